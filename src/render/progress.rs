//! The indexing progress bar on stderr (only when stderr is a terminal and not `--quiet`).
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar over the bytes of the files to read, or nothing at all.
pub struct Progress {
    bar: Option<ProgressBar>,
    files: u64,
    total_files: u64,
    /// Whether `total_files` is final (the files to read are counted beside the run).
    counted: bool,
    paragraphs: u64,
}

impl Progress {
    pub fn new(enabled: bool) -> Progress {
        let bar = enabled.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10));
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {msg} {wide_bar} {binary_bytes_per_sec} ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar.set_message("scanning…");
            bar
        });
        Progress {
            bar,
            files: 0,
            total_files: 0,
            counted: false,
            paragraphs: 0,
        }
    }

    /// Whether the bar is drawn at all.
    pub fn is_shown(&self) -> bool {
        self.bar.is_some()
    }

    /// More files to read, of `bytes` bytes in all; `last` when they are all counted.
    pub fn add_work(&mut self, files: usize, bytes: u64, last: bool) {
        self.total_files += files as u64;
        self.counted = last;
        if let Some(bar) = &self.bar {
            bar.inc_length(bytes);
        }
    }

    pub fn file_done(&mut self, bytes: u64, paragraphs: usize) {
        self.files += 1;
        self.paragraphs += paragraphs as u64;
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            let more = if self.counted { "" } else { "+" };
            bar.set_message(format!(
                "{}/{}{more} files, {} paragraph{}",
                self.files,
                self.total_files.max(self.files),
                self.paragraphs,
                super::plural(usize::try_from(self.paragraphs).unwrap_or(usize::MAX))
            ));
        }
    }

    /// Prints a line above the bar (a warning) without tearing it.
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| crate::messages::line(line)),
            None => crate::messages::line(line),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
