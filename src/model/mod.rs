//! The plain types that stages hand on and `render` shows: no tantivy, no I/O. `search` and
//! `index` make them; `render` writes them to the terminal or as JSON.
mod check;
mod counts;
mod explanation;
mod hit;
mod paragraph;
mod quote;
mod stats;

pub use check::Report;
pub use counts::{Facets, MonthCount, SpeakerCount, Variant};
pub use explanation::{AskedSpeaker, DateFilter, Explanation, Scope, SpeakerFilter};
pub use hit::{Hit, Match, Neighbour};
pub use paragraph::{place, StoredParagraph};
pub use quote::{QuoteHit, StoredQuote};
pub use stats::Stats;
