//! A failed allocation said as one line. A damaged index can make tantivy ask for terabytes (a
//! length read from flipped bits); Rust's answer to a failed allocation is an abort (SIGABRT,
//! exit 134, "memory allocation of N bytes failed"), which no `catch_unwind` can turn into a
//! message. The binary's allocator is the system's, with that one case changed: the run ends
//! with one line naming the likely cause and exit code 2.
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::OnceLock;

/// What to say about the index being read when an allocation fails: set once a command knows
/// its index (`crash::guard`).
static INDEX: OnceLock<String> = OnceLock::new();

/// A request this large is no real need of `search`'s: it comes from a length read from
/// damaged bytes.
const ABSURD_BYTES: usize = 1 << 40;

/// Names the index that a failed allocation is probably about (already escaped for a
/// terminal).
pub fn expect_index(index_shown: String) {
    let _ = INDEX.set(index_shown);
}

/// The system allocator, ending the run with one line when it fails (see the module doc).
pub struct Allocator;

// SAFETY: every call goes to `System` unchanged; only a null result is acted on, by exiting.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if ptr.is_null() {
            failed(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if ptr.is_null() {
            failed(layout.size());
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let ptr = unsafe { System.realloc(ptr, layout, new_size) };
        if ptr.is_null() {
            failed(new_size);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// Says why the run stops, without allocating (the allocator just failed), and exits with 2.
fn failed(bytes: usize) -> ! {
    let mut line = [0u8; 4096];
    let room = {
        let mut at: &mut [u8] = &mut line;
        let _ = match (INDEX.get(), bytes >= ABSURD_BYTES) {
            (Some(index), true) => writeln!(
                at,
                "search: the index at {index} is damaged (a read asked for {bytes} bytes of memory); `search check` lists what is wrong, `search index --rebuild DIR...` makes it anew from the corpus"
            ),
            _ => writeln!(at, "search: out of memory (an allocation of {bytes} bytes failed)"),
        };
        at.len()
    };
    let written = line.len() - room;
    let _ = std::io::stderr().write_all(&line[..written]);
    std::process::exit(2)
}
