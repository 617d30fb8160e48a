//! End-to-end tests: the real binary, run in a temporary folder with a clean environment
//! (`util`), one module per area. One test binary, as ripgrep and fd have: one link instead of
//! one per file.
mod util;

mod compact;
mod dates;
mod export;
mod files;
mod index;
mod lean;
mod names;
mod passages;
mod paths;
mod pipes;
mod properties;
mod query;
mod quotes;
mod robust;
mod serve;
mod snapshots;
mod speakers;
mod syntax;
mod tiers;
mod usage;
mod why;
