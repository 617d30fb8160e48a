//! The tantivy index: schema, analyzers, opening and creating it, writing and reading paragraphs.
//! Only this module and `search/` know tantivy.
pub mod analyzers;
mod check;
mod compact;
pub mod dates;
pub mod directory;
pub mod failure;
pub mod live;
pub mod manifest;
mod rebuild;
pub mod schema;
mod source;
mod stem;
mod stored;
mod tokenizer;
mod writer;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use tantivy::directory::error::LockError;
use tantivy::indexer::LogMergePolicy;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{Index, IndexSettings, TantivyError};

pub use compact::Compaction;
use directory::{Access, IndexDirectory};
pub use manifest::FileEntry;
pub use rebuild::Swap;
pub use schema::Fields;
pub use stored::{read_quote, ParagraphReader};
pub use writer::{IndexWriter, NewParagraph};

/// A file beside tantivy's own that says which version of `search` laid the index out.
const FORMAT_FILE: &str = "search-format";
/// A file beside it that says the index's kind (`lean` or `full`), so that `--rebuild` keeps
/// the kind of an index whose tantivy files are too damaged to say.
const KIND_FILE: &str = "search-kind";
/// Bump when the schema or the meaning of a field changes. 3: `path` is the article's address
/// (its file's canonical path, `#N`), no longer a display path two files could share.
/// 4: a paragraph split into passages has a `part`.
/// 5: a date is a period: its end, precision and sortable first and last keys (`dates`).
/// 6: quote documents beside the paragraphs (`kind`, `quote*`); `part` is indexed.
pub const FORMAT_VERSION: u32 = 6;
/// Document store block size.
const DOCSTORE_BLOCK_BYTES: usize = 32 * 1024;

/// What an index keeps of the paragraph text; chosen when the index is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// No copy of the text (the default, `search index --lean`): passages are read back from
    /// the corpus files, HTML pages' excepted.
    Lean,
    /// A copy of every paragraph's text (`search index --full`): passages are shown even when
    /// the corpus moves, changes or goes.
    Full,
}

impl Kind {
    /// The kind of a new index when none is asked for.
    pub const DEFAULT: Kind = Kind::Lean;

    fn flag(self) -> &'static str {
        match self {
            Kind::Lean => "--lean",
            Kind::Full => "--full",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Lean => "lean",
            Kind::Full => "full",
        }
    }

    /// The kind recorded in the index folder `path`, if any.
    fn recorded(path: &Path) -> Option<Kind> {
        let text = std::fs::read_to_string(path.join(KIND_FILE)).ok()?;
        [Kind::Lean, Kind::Full]
            .into_iter()
            .find(|kind| kind.name() == text.trim())
    }
}

/// An opened index with its analyzers registered and its fields looked up.
pub struct SearchIndex {
    pub index: Index,
    pub fields: Fields,
    pub path: PathBuf,
}

impl SearchIndex {
    /// Opens an existing index for reading: nothing in its folder is written, so an index on a
    /// read-only mount, or another user's, can be queried.
    pub fn open(path: &Path) -> Result<SearchIndex> {
        Self::open_with(path, Access::Read)
    }

    /// Opens an existing index to change it (`search compact`).
    pub fn open_to_write(path: &Path) -> Result<SearchIndex> {
        Self::open_with(path, Access::Write)
    }

    fn open_with(path: &Path, access: Access) -> Result<SearchIndex> {
        if !path.join("meta.json").is_file() {
            if path.is_dir() && !path.join(FORMAT_FILE).exists() && has_entries(path) {
                bail!(
                    "{} is not a search index (no tantivy meta.json)",
                    path.display()
                );
            }
            bail!(
                "no index found at {}; run `search index DIR` first",
                path.display()
            );
        }
        check_format(path)?;
        let index = IndexDirectory::open(path, access)
            .and_then(Index::open)
            .with_context(|| format!("opening the index at {}", path.display()))?;
        Self::wrap(index, path)
    }

    /// Opens the index at `path`, creating it (and the folder) when there is none yet, of the
    /// kind asked or else the default. An existing index keeps its kind: asking for the other
    /// one is refused.
    pub fn open_or_create(path: &Path, asked: Option<Kind>) -> Result<SearchIndex> {
        if path.join("meta.json").is_file() {
            let index = Self::open_to_write(path)?;
            if let Some(asked) = asked.filter(|&kind| kind != index.kind()) {
                let keeps = match index.kind() {
                    Kind::Full => "keeps the paragraph text",
                    Kind::Lean => "keeps no copy of the paragraph text",
                };
                bail!(
                    "the index at {} {keeps}; {} makes a new index: add --rebuild",
                    path.display(),
                    asked.flag()
                );
            }
            return Ok(index);
        }
        if path.is_dir() && has_entries(path) && !path.join(FORMAT_FILE).exists() {
            bail!(
                "{} exists and is not a search index; choose another --index",
                path.display()
            );
        }
        std::fs::create_dir_all(path)
            .with_context(|| format!("creating the index folder {}", path.display()))?;
        // The format file comes first: a run killed before tantivy's meta.json exists leaves a
        // folder that the next run recognises as its own and completes.
        std::fs::write(path.join(FORMAT_FILE), format!("{FORMAT_VERSION}\n"))
            .with_context(|| format!("writing {}", path.join(FORMAT_FILE).display()))?;
        let kind = asked.unwrap_or(Kind::DEFAULT);
        std::fs::write(path.join(KIND_FILE), format!("{}\n", kind.name()))
            .with_context(|| format!("writing {}", path.join(KIND_FILE).display()))?;
        let settings = IndexSettings {
            docstore_compression: Compressor::Zstd(ZstdCompressor::default()),
            // Paragraphs of one article share words, names and titles: blocks larger than the
            // 16 KiB default let zstd find them, but every hit shown decompresses its whole
            // block. On the 200 MB benchmark corpus: 128 KiB store 84 MB, a 7-hit query 9.5 ms
            // (half its user time in zstd); 64 KiB 88 MB, 8.9 ms; 32 KiB 93 MB, 7.4 ms.
            docstore_blocksize: DOCSTORE_BLOCK_BYTES,
            ..IndexSettings::default()
        };
        let index = IndexDirectory::open(path, Access::Write)
            .and_then(|directory| {
                let schema = schema::build(kind == Kind::Lean);
                Index::create(directory, schema, settings)
            })
            .with_context(|| format!("creating an index in {}", path.display()))?;
        Self::wrap(index, path)
    }

    /// Whether the index keeps no copy of the paragraph text (`search index --lean`): passages
    /// are read back from the corpus files.
    pub fn is_lean(&self) -> bool {
        self.fields.lean.is_some()
    }

    pub fn kind(&self) -> Kind {
        if self.is_lean() {
            Kind::Lean
        } else {
            Kind::Full
        }
    }

    /// The manifest generation committed last, and the manifest itself, unless it is missing
    /// or unusable though the index holds documents (every file must then be read again).
    pub fn manifest(&self) -> Result<(u64, Result<manifest::Stored, manifest::Unusable>)> {
        let metas = self
            .index
            .load_metas()
            .context("reading the index metadata")?;
        let generation = manifest::generation_of(metas.payload.as_deref());
        let docs: u64 = metas.segments.iter().map(|s| u64::from(s.num_docs())).sum();
        let manifest = if generation == 0 && docs > 0 {
            Err(manifest::Unusable::Missing)
        } else {
            manifest::load(&self.path, generation)
        };
        Ok((generation, manifest))
    }

    fn wrap(index: Index, path: &Path) -> Result<SearchIndex> {
        analyzers::register(&index);
        let fields = Fields::of(&index.schema()).with_context(|| {
            format!(
                "the index at {} has an unexpected schema; rebuild it",
                path.display()
            )
        })?;
        Ok(SearchIndex {
            index,
            fields,
            path: path.to_path_buf(),
        })
    }

    /// A searcher over the last commit. One process runs one command, so the reader does not
    /// watch for later commits (no watcher thread, no reload).
    pub fn searcher(&self) -> Result<tantivy::Searcher> {
        let reader = self
            .index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()
            .context("opening an index reader")?;
        Ok(reader.searcher())
    }

    /// Threads to use when not told: one per core, at most 8 (as tantivy chooses).
    pub fn default_threads() -> usize {
        std::thread::available_parallelism().map_or(2, |n| n.get().min(8))
    }

    /// Bytes on disk: tantivy's files and the manifest.
    pub fn disk_bytes(&self) -> u64 {
        walkdir::WalkDir::new(&self.path)
            .into_iter()
            .flatten()
            .filter_map(|e| e.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum()
    }

    /// The single writer, indexing on `threads` threads; a second `search index` on the same
    /// index gets a clear refusal.
    pub fn writer(&self, threads: usize) -> Result<IndexWriter> {
        const BUDGET_BYTES: usize = 128 * 1024 * 1024;
        let inner = self.tantivy_writer(threads, BUDGET_BYTES)?;
        inner.set_merge_policy(Box::new(merge_policy()));
        Ok(IndexWriter::new(inner, self.fields, self.path.clone()))
    }

    /// tantivy's writer, once the files that no commit refers to are removed: a run killed
    /// during a commit leaves the segment and delete files it wrote, and the next run, doing
    /// the same work, would reach the same names and fail on them.
    fn tantivy_writer(&self, threads: usize, budget: usize) -> Result<tantivy::IndexWriter> {
        let inner = match self.index.writer_with_num_threads(threads, budget) {
            Ok(inner) => inner,
            Err(TantivyError::LockFailure(LockError::LockBusy, _)) => return Err(self.busy()),
            Err(err) => return Err(err).context("opening the index for writing"),
        };
        inner
            .garbage_collect_files()
            .wait()
            .context("removing files left by an interrupted run")?;
        Ok(inner)
    }

    fn busy(&self) -> anyhow::Error {
        anyhow::anyhow!(
            "another search index or search compact is writing to {}; wait for it to finish",
            self.path.display()
        )
    }
}

/// Segments holding fewer paragraphs than this are merged, eight at a time; larger ones are
/// left alone (until deletes bring them under it).
const SMALL_SEGMENT_DOCS: usize = 50_000;

/// Merge only small segments. An indexing thread fills ~100,000 paragraphs per segment at this
/// budget; merging those into ever larger segments is what made peak memory grow with the
/// corpus (at 1 GB: 606 MB peak, 422 MB of it segment files mapped by the merges) and cost a
/// fifth of the indexing time, for queries ~15% faster on 9 segments than on 16. Small segments
/// (the tail of each run, incremental runs) are still merged so their number stays bounded.
fn merge_policy() -> LogMergePolicy {
    let mut policy = LogMergePolicy::default();
    policy.set_max_docs_before_merge(SMALL_SEGMENT_DOCS);
    policy
}

fn has_entries(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_some())
}

fn check_format(path: &Path) -> Result<()> {
    let file = path.join(FORMAT_FILE);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    match text.trim().parse::<u32>() {
        Ok(FORMAT_VERSION) => Ok(()),
        Ok(other) => bail!(
            "the index at {} has format {other}, this search reads format {FORMAT_VERSION}; run `search index --rebuild DIR`",
            path.display()
        ),
        Err(_) => bail!(
            "{} is a tantivy index but not one made by search; choose another --index",
            path.display()
        ),
    }
}
