//! Command-line arguments (clap derive types only; the one file that knows clap).
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use time::{Date, Month};

/// Paragraph-level full-text search over news articles: who said what, and when.
#[derive(Debug, Parser)]
#[command(name = "search", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Index folder (default: the nearest `.search` folder here or above, else `./.search`; an
    /// empty value, as `SEARCH_INDEX=`, is the default too).
    #[arg(long, global = true, env = "SEARCH_INDEX", value_name = "PATH", value_parser = path_or_default)]
    pub index: Option<PathBuf>,

    /// When to colour output: auto means when stdout is a terminal and NO_COLOR is unset.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "Examples:
  search index corpus/
  search query \"reassurance force\"
  search query --speaker zakharova --since 2025-09-01 troops
  search query --json 'speaker:macron \"security guarantees\"'
  search parse corpus/";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index the articles under one or more folders (re-indexing a folder replaces its documents).
    #[command(after_help = INDEX_EXAMPLES)]
    Index(IndexArgs),
    /// Find the best passages for a query.
    Query(QueryArgs),
    /// Find quotes by their own words: who said it, the quote, its article, date and paragraph.
    Quotes(QuotesArgs),
    /// Show articles as they would be indexed (paragraphs, dates, speakers, quotes), without indexing.
    #[command(after_help = PARSE_EXAMPLES)]
    Parse(ParseArgs),
    /// Speakers ranked by how many paragraphs quote them (optionally among those matching QUERY),
    /// or with --quotes by how many of their quotes match.
    #[command(after_help = SPEAKERS_EXAMPLES)]
    Speakers(SpeakersArgs),
    /// What the index holds: files, articles, paragraphs, speakers, dates, size.
    #[command(after_help = STATS_EXAMPLES)]
    Stats(StatsArgs),
    /// Merge the index's segments: faster queries on a large index, replaced paragraphs' space
    /// reclaimed.
    #[command(after_help = COMPACT_EXAMPLES)]
    Compact,
    /// Verify the index: every file there and matching its checksum, every stored paragraph
    /// readable, the manifest whole. Exit 2 when something is damaged.
    #[command(after_help = CHECK_EXAMPLES)]
    Check,
    /// Every indexed paragraph as JSON Lines, for Quickwit or Elasticsearch/OpenSearch.
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// A shell completion script on stdout.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// The manual page (roff) on stdout.
    #[command(after_help = MAN_EXAMPLES)]
    Man,
    /// A web page and a JSON API over the index, on this machine only (127.0.0.1) unless --bind
    /// says otherwise; Ctrl-C stops it.
    #[command(after_help = SERVE_EXAMPLES)]
    Serve(ServeArgs),
}

const INDEX_EXAMPLES: &str = "Examples:
  search index corpus/
  search index --rebuild --full corpus/ more-news/
  search index --prune corpus/           after removing a folder of articles";
const PARSE_EXAMPLES: &str = "Examples:
  search parse corpus/2025-09-04-reassurance-force.txt
  search parse --json corpus/ | jq -r '.title'";
const SPEAKERS_EXAMPLES: &str = "Examples:
  search speakers
  search speakers -n 5 --since 2025-09-01 troops
  search speakers --json 'security guarantees'
  search speakers --quotes 'climate refugees'     who said it most, first and last date";
const STATS_EXAMPLES: &str = "Examples:
  search stats
  search stats --json | jq .paragraphs";
const COMPACT_EXAMPLES: &str = "Examples:
  search compact
  search --index /data/news.search compact";
const CHECK_EXAMPLES: &str = "Examples:
  search check
  search check || search index --rebuild corpus/";
const EXPORT_EXAMPLES: &str = "Examples:
  search export > paragraphs.jsonl
  search export --format elasticsearch --since 2025-09-01 > bulk.ndjson";
const COMPLETIONS_EXAMPLES: &str = "Examples:
  search completions bash > ~/.local/share/bash-completion/completions/search
  search completions zsh > ~/.zfunc/_search";
const SERVE_EXAMPLES: &str = "Examples:
  search serve --open
  search serve --port 8080
  curl 'http://127.0.0.1:7700/api/search?q=troops&speaker=zakharova'";
const MAN_EXAMPLES: &str = "Examples:
  search man | man -l -
  search man > ~/.local/share/man/man1/search.1";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Quickwit: one document a line; elasticsearch: bulk API action and document lines.
    #[arg(long, value_enum, default_value_t = ExportFormat::Quickwit)]
    pub format: ExportFormat,

    #[command(flatten)]
    pub dates: Dates,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Quickwit,
    Elasticsearch,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free one, said on stderr).
    #[arg(short, long, default_value_t = 7700)]
    pub port: u16,

    /// The address to listen on. Any but a loopback address makes the index readable by
    /// whoever can reach it.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,

    /// Open the page in the system's browser.
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Count only paragraphs (with --quotes: quotes) matching this query.
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Count each speaker's quotes whose own words match QUERY, instead of the paragraphs
    /// quoting them.
    #[arg(long)]
    pub quotes: bool,

    /// How many speakers to list.
    #[arg(short = 'n', long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub limit: u32,

    #[command(flatten)]
    pub dates: Dates,

    /// Print JSON Lines, one object per speaker.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folders (or single files) to index.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,

    /// Also list unsupported files, symbolic links not followed and unchanged files.
    #[arg(short, long)]
    pub verbose: bool,

    /// Follow symbolic links met in the folders (by default they are skipped: a link can lead
    /// out of the corpus). The folders named are followed either way.
    #[arg(short = 'L', long)]
    pub follow: bool,

    /// Read the files that .gitignore, .ignore and .searchignore files name as well (hidden
    /// files and folders stay skipped).
    #[arg(long)]
    pub no_ignore: bool,

    /// Start from an empty index (also the way out of an index made by an incompatible version,
    /// or of a damaged one: `search check` says what is damaged).
    #[arg(long)]
    pub rebuild: bool,

    /// Keep no copy of the paragraph text (the default for a new index; HTML pages' text is
    /// kept): passages are read back from the files when shown, so the corpus must stay where
    /// it is. The kind is chosen when the index is made and kept by later runs (--rebuild too).
    #[arg(long)]
    pub lean: bool,

    /// Keep a copy of the paragraph text (about twice the size of a lean index): passages are
    /// shown even when the corpus moves, changes or goes.
    #[arg(long, conflicts_with = "lean")]
    pub full: bool,

    /// Remove what the index holds from a folder named that is gone or yields no file (without
    /// it such a run is refused: an unplugged disk's mount point is an empty folder).
    #[arg(long)]
    pub prune: bool,

    /// Treat any warning as an error: change nothing and exit with 2.
    #[arg(long)]
    pub strict: bool,

    /// No progress bar, only warnings and the summary.
    #[arg(short, long)]
    pub quiet: bool,

    /// Threads for reading files and for indexing them, each (default: one per core, at most 8).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub threads: Option<u16>,
}

#[derive(Debug, Args)]
#[command(after_help = QUERY_SYNTAX)]
pub struct QueryArgs {
    /// The query; several words are joined with spaces. Without one, a filter lists every
    /// passage it keeps, newest first.
    #[arg(value_name = "QUERY", required_unless_present_any = ["speaker", "said_by", "since", "until"])]
    pub query: Vec<String>,

    /// How many passages to show.
    #[arg(short = 'n', long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,

    /// Only passages quoting this speaker (full name or surname, any case); repeat for any of several.
    #[arg(short, long, value_name = "NAME", value_parser = speaker_name)]
    pub speaker: Vec<String>,

    /// Only passages where the query matches inside a quote of this speaker (not merely a
    /// passage that quotes them); repeat for any of several.
    #[arg(long, value_name = "NAME", value_parser = speaker_name)]
    pub said_by: Vec<String>,

    #[command(flatten)]
    pub dates: Dates,

    /// Print JSON Lines, one object per hit.
    #[arg(long)]
    pub json: bool,

    /// Crop passages longer than this many characters to a window around the best match.
    #[arg(long, default_value_t = 320, value_parser = clap::value_parser!(u32).range(40..))]
    pub width: u32,

    /// Also show N passages (paragraphs, or parts of a long one) of the same article before and
    /// after each hit.
    #[arg(short = 'C', long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=50))]
    pub context: u32,

    /// After the hits, count all matching paragraphs per speaker and per month.
    #[arg(long)]
    pub facets: bool,
}

const QUERY_SYNTAX: &str = "Query syntax:
  reassurance force        every word first, then paragraphs with some of the words
  \"reassurance force\"      the exact phrase
  troops -nato             troops but not nato
  shutt*  macrn~1          words beginning so; words 1 (or ~2) edits away
  troops OR soldiers       either word (tantivy's syntax)
  speaker:zakharova        a field: speaker, title, section, text
A query that cannot be parsed, or uses syntax and finds nothing, is run again as plain words.

Examples:
  search query reassurance force
  search query '\"security guarantees\"' --speaker zakharova
  search query --since 2025-09-01 --until 2025-09-30 --json troops";

#[derive(Debug, Args)]
#[command(after_help = QUOTES_EXAMPLES)]
pub struct QuotesArgs {
    /// The query, matched against the words inside quotes only; several words are joined with
    /// spaces. Read as `search query` reads it. Without one, a filter lists every quote it
    /// keeps, newest first (`search quotes --speaker NAME`: what NAME said).
    #[arg(value_name = "QUERY", required_unless_present_any = ["speaker", "since", "until"])]
    pub query: Vec<String>,

    /// How many quotes to show.
    #[arg(short = 'n', long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,

    /// Only quotes of this speaker (full name or surname, any case); repeat for any of several.
    #[arg(short, long, value_name = "NAME", value_parser = speaker_name)]
    pub speaker: Vec<String>,

    #[command(flatten)]
    pub dates: Dates,

    /// Only direct quotes (in quotation marks).
    #[arg(long, conflicts_with = "reported")]
    pub direct: bool,

    /// Only reported speech (a reporting verb's clause, in the writer's words).
    #[arg(long)]
    pub reported: bool,

    /// Print JSON Lines, one object per quote.
    #[arg(long)]
    pub json: bool,

    /// Crop quotes and paragraphs longer than this many characters around the best match.
    #[arg(long, default_value_t = 320, value_parser = clap::value_parser!(u32).range(40..))]
    pub width: u32,

    /// Also show the paragraph each quote stands in.
    #[arg(short = 'C', long)]
    pub context: bool,

    /// After the quotes, count all matching quotes per speaker and per month.
    #[arg(long)]
    pub facets: bool,
}

const QUOTES_EXAMPLES: &str = "Examples:
  search quotes \"reassurance force\"
  search quotes --speaker macron --direct troops
  search quotes --speaker zakharova --since 2025-09
  search quotes --facets --json 'climate refugees'";

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Files or folders to read.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Print one JSON object per article.
    #[arg(long)]
    pub json: bool,
}

/// `--since` and `--until`, shared by every command that filters by date.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Dates {
    /// Only articles dated on or after this day; a year or a month means its first day. An
    /// article dated only by its year or month matches when that whole period is in range.
    #[arg(long, value_name = "DATE", value_parser = parse_since)]
    pub since: Option<Date>,

    /// Only articles dated on or before this day; a year or a month means its last day.
    #[arg(long, value_name = "DATE", value_parser = parse_until)]
    pub until: Option<Date>,
}

impl Dates {
    /// A range that no day can satisfy is a mistake worth saying, not an empty result.
    pub fn check(&self) -> Result<(), String> {
        match (self.since, self.until) {
            (Some(since), Some(until)) if since > until => Err(format!(
                "--since {since} is after --until {until}: no day can match"
            )),
            _ => Ok(()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// An empty path (`SEARCH_INDEX=` exported empty) means the default, as an empty NO_COLOR means
/// unset; `Config` reads it so. clap's own path parser refuses it ("a value is required").
fn path_or_default(text: &str) -> Result<PathBuf, String> {
    Ok(PathBuf::from(text))
}

/// A name with no letter or digit (`-s ""`) matches no one: a mistake to say, not a filter to drop.
pub fn speaker_name(text: &str) -> Result<String, String> {
    if text.chars().any(char::is_alphanumeric) {
        Ok(text.to_owned())
    } else {
        Err("a speaker's name needs a letter".into())
    }
}

/// `--since`: `YYYY-MM-DD`, or the first day of `YYYY` or `YYYY-MM`.
pub fn parse_since(text: &str) -> Result<Date, String> {
    parse_bound(text, false)
}

/// `--until`: `YYYY-MM-DD`, or the last day of `YYYY` or `YYYY-MM`.
pub fn parse_until(text: &str) -> Result<Date, String> {
    parse_bound(text, true)
}

/// A day, a month or a year as the day that starts it, or (`last`) ends it.
fn parse_bound(text: &str, last: bool) -> Result<Date, String> {
    let refused = || format!("`{text}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = text.trim().split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let shaped = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    };
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u8>().ok());
    let year: i32 = parts
        .first()
        .filter(|_| shaped)
        .and_then(|y| y.parse().ok())
        .ok_or_else(refused)?;
    let month = match number(1) {
        Some(m) => Month::try_from(m).map_err(|_| refused())?,
        None if last => Month::December,
        None => Month::January,
    };
    let day = match number(2) {
        Some(d) => d,
        None if last => month.length(year),
        None => 1,
    };
    Date::from_calendar_date(year, month, day).map_err(|_| refused())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn days_parse_and_impossible_days_are_refused() {
        assert!(parse_since("2025-09-04").is_ok());
        assert!(parse_since("2025-02-30").is_err());
        assert!(parse_since("04/09/2025").is_err());
    }

    /// Issue 16, item 3: a year or a month is a bound, its first day or its last.
    #[test]
    fn years_and_months_are_bounds() {
        let day = |text: &str, last: bool| parse_bound(text, last).map(|d| d.to_string());
        assert_eq!(day("1990", false).as_deref(), Ok("1990-01-01"));
        assert_eq!(day("1990", true).as_deref(), Ok("1990-12-31"));
        assert_eq!(day("1999-12", true).as_deref(), Ok("1999-12-31"));
        assert_eq!(day("2024-02", true).as_deref(), Ok("2024-02-29"));
        assert_eq!(day("2023-02", true).as_deref(), Ok("2023-02-28"));
        assert_eq!(day("1990-09", false).as_deref(), Ok("1990-09-01"));
        assert_eq!(day("1990-09-04", true).as_deref(), Ok("1990-09-04"));
        for bad in [
            "",
            "90",
            "19900",
            "1990-9",
            "1990-13",
            "1990-00",
            "1990-09-4",
            "1990-02-30",
            "September 1990",
            "1990-09-04T10:00",
            "+1990",
            "1990-",
        ] {
            let err = parse_bound(bad, true).expect_err(bad);
            assert_eq!(
                err,
                format!("`{bad}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
            );
        }
    }

    /// Issue 15: `-s ""` silently dropped the filter.
    #[test]
    fn speaker_names_need_a_letter() {
        assert!(speaker_name("Zakharova").is_ok());
        assert!(speaker_name("").is_err());
        assert!(speaker_name(" -. ").is_err());
    }
}
