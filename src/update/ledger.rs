//! The new manifest, written in path order while the files to read finish in any order.
use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, PoisonError};

use anyhow::Result;

use crate::index::manifest::ManifestWriter;
use crate::index::FileEntry;

/// How many steps planning may run ahead of the oldest unsettled one: this bounds the entries
/// held back here behind a file still being read (~300 bytes each).
pub(super) const WINDOW: u64 = 4096;

/// Steps settled in any order, written in step order.
pub(super) struct Ledger<'w> {
    out: ManifestWriter,
    /// The first step not yet written.
    next: u64,
    held: BTreeMap<u64, Option<FileEntry>>,
    window: &'w Window,
}

impl<'w> Ledger<'w> {
    pub(super) fn new(out: ManifestWriter, window: &'w Window) -> Ledger<'w> {
        Ledger {
            out,
            next: 0,
            held: BTreeMap::new(),
            window,
        }
    }

    /// Step `step` is done: its entry (none for a file gone or failed anew) takes its place.
    pub(super) fn settle(&mut self, step: u64, entry: Option<FileEntry>) -> Result<()> {
        if step != self.next {
            self.held.insert(step, entry);
            return Ok(());
        }
        if let Some(entry) = &entry {
            self.out.push(entry)?;
        }
        self.next += 1;
        while let Some(entry) = self.held.remove(&self.next) {
            if let Some(entry) = &entry {
                self.out.push(entry)?;
            }
            self.next += 1;
        }
        self.window.advance(self.next);
        Ok(())
    }

    /// The manifest written so far; `None` if a step is still unsettled (the run stopped early).
    pub(super) fn finish(self) -> Option<ManifestWriter> {
        if self.held.is_empty() {
            Some(self.out)
        } else {
            self.out.discard();
            None
        }
    }
}

/// Where the ledger is, shared with the planning thread, which waits for it.
#[derive(Default)]
pub(super) struct Window {
    state: Mutex<State>,
    moved: Condvar,
}

#[derive(Default)]
struct State {
    /// The ledger's first unwritten step, or `u64::MAX` once the run stops.
    next: u64,
    /// Whether planning waits (a wake-up is a system call; most steps need none).
    waiting: bool,
}

impl Window {
    /// Blocks until step `step` is within `WINDOW` of the ledger; false if the run stopped.
    pub(super) fn admit(&self, step: u64) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while step >= state.next.saturating_add(WINDOW) {
            state.waiting = true;
            state = self
                .moved
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        state.waiting = false;
        state.next != u64::MAX
    }

    fn advance(&self, to: u64) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if state.next != u64::MAX {
            state.next = to;
        }
        if state.waiting {
            self.moved.notify_all();
        }
    }

    /// Releases the planning thread for good.
    pub(super) fn close(&self) {
        self.state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .next = u64::MAX;
        self.moved.notify_all();
    }

    #[cfg(test)]
    fn next(&self) -> u64 {
        self.state.lock().unwrap().next
    }

    /// Whether planning is blocked in `admit` (it sets this under the lock it waits with).
    #[cfg(test)]
    fn is_waiting(&self) -> bool {
        self.state.lock().unwrap().waiting
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::manifest::{self, Header};

    fn entry(key: &str) -> FileEntry {
        FileEntry {
            key: crate::corpus::FileKey::of(std::path::Path::new(key)),
            display: key.into(),
            size: 1,
            mtime_ns: 2,
            node: None,
            hash: crate::corpus::content_hash(key.as_bytes()),
            articles: 1,
            paragraphs: 1,
        }
    }

    /// A ledger writing generation 1 in `dir`.
    fn ledger<'w>(dir: &tempfile::TempDir, window: &'w Window) -> Ledger<'w> {
        let out = ManifestWriter::create(dir.path(), 1, &Header::complete()).unwrap();
        Ledger::new(out, window)
    }

    #[test]
    fn entries_settled_out_of_order_are_written_in_step_order() {
        let dir = tempfile::tempdir().unwrap();
        let window = Window::default();
        let mut ledger = ledger(&dir, &window);
        ledger.settle(2, Some(entry("/c"))).unwrap();
        ledger.settle(1, None).unwrap();
        assert_eq!(window.next(), 0, "step 0 is still out");
        ledger.settle(0, Some(entry("/a"))).unwrap();
        assert_eq!(window.next(), 3);
        ledger.settle(3, Some(entry("/d"))).unwrap();
        ledger.finish().unwrap().finish().unwrap();
        let stored = manifest::load(dir.path(), 1).unwrap();
        let keys: Vec<String> = stored
            .entries()
            .unwrap()
            .map(|e| e.unwrap().key.text().into_owned())
            .collect();
        assert_eq!(keys, ["/a", "/c", "/d"]);
    }

    #[test]
    fn a_ledger_missing_a_step_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let window = Window::default();
        let mut ledger = ledger(&dir, &window);
        ledger.settle(1, Some(entry("/b"))).unwrap();
        assert!(ledger.finish().is_none());
        assert!(manifest::load(dir.path(), 1).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn the_window_holds_planning_back_until_the_ledger_moves() {
        let window = Window::default();
        assert!(window.admit(WINDOW - 1));
        std::thread::scope(|scope| {
            let waiting = scope.spawn(|| window.admit(WINDOW + 5));
            // Until the thread either returns (admitted too far ahead) or waits: no timing can
            // make this pass when `admit` does not wait.
            while !window.is_waiting() {
                assert!(!waiting.is_finished(), "admitted too far ahead");
                std::thread::yield_now();
            }
            assert!(!waiting.is_finished(), "admitted too far ahead");
            window.advance(6);
            assert!(waiting.join().unwrap());
        });
        let closed = Window::default();
        closed.close();
        assert!(
            !closed.admit(u64::MAX - 1),
            "a closed window admits nothing"
        );
    }
}
