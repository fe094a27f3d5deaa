//! Indexing: walk a corpus, parse changed files in parallel, and feed one
//! Tantivy writer; incremental, interruptible and atomic.
//!
//! - **Idempotent.** Each article carries its file's path, size, mtime and
//!   content hash (fast fields), so the index is its own manifest. A file
//!   whose size and mtime are unchanged is not read again; one whose bytes
//!   hash the same is not parsed again; a changed file's articles are deleted
//!   by path term and re-added; files gone from the corpus are deleted.
//! - **Parallel, bounded.** A producer thread parses batches of files with
//!   rayon while the caller's thread adds documents; a bounded channel keeps at
//!   most two batches in memory. The writer's budget is `--memory`.
//! - **Atomic.** A file's delete and adds land in the same commit; a run
//!   commits every `commit_every` articles and at the end, so an interrupted
//!   run loses at most the work since the last commit, and readers always see
//!   a whole commit.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tantivy::directory::error::LockError;
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{Index, IndexSettings, IndexWriter, TantivyDocument, TantivyError, Term};

use crate::article::{Article, YearSource};
use crate::dedup::{self, Clusterer, DedupOptions};
use crate::error::{Error, Result};
use crate::extract::{extract, ExtractOptions};
use crate::input::{self, RawArticle, ReadLimits, Skip};
use crate::schema::{self, build_schema, Fields, FileStamp, SCHEMA_VERSION};
use crate::walk::Entry;

/// Name of the file, inside the index directory, that records which newswire
/// schema built the index.
pub const META_FILE: &str = "newswire.json";

/// How to index.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Year to assume for articles with no other year (`--year`).
    pub year: Option<i32>,
    /// Writer memory budget in bytes (`--memory`).
    pub memory_bytes: usize,
    /// Parsing and indexing threads; 0 = one per core (Tantivy uses at most 8).
    pub threads: usize,
    pub limits: ReadLimits,
    /// Any skipped input makes the run fail before anything is committed.
    pub strict: bool,
    /// Drop the index and build it anew (also across schema versions).
    pub rebuild: bool,
    /// Commit after this many added articles (0 = only at the end).
    pub commit_every: usize,
    /// Set from a signal handler to stop the run after the current batch.
    pub interrupt: Option<Arc<AtomicBool>>,
    /// Near-duplicate signatures and story clusters (`--no-dedup`, `--dup-threshold`).
    pub dedup: DedupOptions,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            year: None,
            memory_bytes: 512 * 1024 * 1024,
            threads: 0,
            limits: ReadLimits::default(),
            strict: false,
            rebuild: false,
            commit_every: 200_000,
            interrupt: None,
            dedup: DedupOptions::default(),
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct IndexSummary {
    /// Article files found (`.txt`, `.json`, `.jsonl`, `.ndjson`, `.gz`).
    pub files: u64,
    /// Articles added from files new to the index.
    pub indexed: u64,
    /// Articles re-added from files that changed.
    pub updated: u64,
    /// Files left alone because they did not change.
    pub unchanged: u64,
    /// Files gone from the corpus whose articles were removed.
    pub removed: u64,
    /// Files that are not articles (other extensions), left alone.
    pub ignored: u64,
    /// Files and records that could not be read or parsed.
    pub skipped: Vec<Skip>,
    /// Articles indexed with a caveat (a record date that does not parse ...).
    pub warnings: Vec<Skip>,
    /// Articles indexed without a known date.
    pub undated: u64,
    /// Bytes read from changed files.
    pub bytes: u64,
    pub elapsed: Duration,
    /// The run was stopped early (Ctrl-C); what was done so far is committed.
    pub interrupted: bool,
    /// Number of commits made.
    pub commits: u64,
    /// Articles that joined the story cluster of an earlier copy.
    pub copies: u64,
}

impl IndexSummary {
    /// Skips grouped by reason (the reason's text up to the first detail).
    pub fn skip_reasons(&self) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for s in &self.skipped {
            let key = s
                .reason
                .split([':', '('])
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            *m.entry(key).or_insert(0) += 1;
        }
        m
    }
}

/// Progress reports from a run; the binary draws a bar, tests ignore them.
pub trait Progress {
    /// The walk is done: `files` article files, `bytes` to read at most.
    fn start(&mut self, _files: u64, _bytes: u64) {}
    /// `files` more files handled, `bytes` of them.
    fn advance(&mut self, _files: u64, _bytes: u64) {}
    /// An input was skipped (reported as it happens).
    fn skipped(&mut self, _skip: &Skip) {}
    /// An article was indexed with a caveat (reported as it happens).
    fn warning(&mut self, _warning: &Skip) {}
    /// A commit is about to start or has finished.
    fn committing(&mut self, _articles: u64) {}
    fn finish(&mut self) {}
}

/// A [`Progress`] that reports nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Open the index at `dir`, creating it when absent; checks the schema version.
pub fn open_or_create(dir: &Path, rebuild: bool) -> Result<Index> {
    let has_meta = dir.join("meta.json").exists();
    if has_meta && rebuild {
        // Never pull the index from under a running `newswire index`.
        ensure_unlocked(dir)?;
        std::fs::remove_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    if dir.join("meta.json").exists() {
        return open_checked(dir);
    }
    if dir.exists() {
        // A lone newswire.json is what a run killed while creating the index leaves.
        let non_empty = std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .any(|e| e.map_or(true, |e| e.file_name() != META_FILE));
        if non_empty {
            return Err(Error::Invalid(format!(
                "{} exists and is not a newswire index; choose another --index",
                dir.display()
            )));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    // The version file goes first: a reader that sees meta.json must find it.
    let meta = serde_json::json!({
        "schema_version": SCHEMA_VERSION,
        "newswire": env!("CARGO_PKG_VERSION"),
    });
    let meta_path = dir.join(META_FILE);
    std::fs::write(&meta_path, serde_json::to_string_pretty(&meta)? + "\n")
        .map_err(|e| Error::io(&meta_path, e))?;
    let (schema, _) = build_schema();
    let index = Index::builder()
        .schema(schema)
        .settings(index_settings())
        .create_in_dir(dir)?;
    schema::register_tokenizers(&index);
    Ok(index)
}

/// Settings of a new index: the doc store (the stored article JSON) is
/// compressed with zstd, about 30% smaller than lz4 on news articles; level 9
/// in 128 KB blocks makes it 10% smaller again than level 3 in 16 KB blocks
/// (100k-article bench corpus), at no measurable indexing cost (compression
/// has its own thread) and about a millisecond more to fetch ten cold hits.
pub fn index_settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(9),
        }),
        docstore_blocksize: 131072,
        ..IndexSettings::default()
    }
}

/// Fail with [`Error::Locked`] when a writer holds the index at `dir`.
fn ensure_unlocked(dir: &Path) -> Result<()> {
    use tantivy::directory::{Directory, MmapDirectory, INDEX_WRITER_LOCK};
    let directory =
        MmapDirectory::open(dir).map_err(|e| Error::Invalid(format!("{}: {e}", dir.display())))?;
    match directory.acquire_lock(&INDEX_WRITER_LOCK) {
        Ok(_guard) => Ok(()),
        Err(LockError::LockBusy) => Err(Error::Locked(dir.to_path_buf())),
        Err(LockError::IoError(e)) => {
            Err(Error::io(dir, std::io::Error::new(e.kind(), e.to_string())))
        }
    }
}

/// Open an existing index, refusing one built with another schema version.
pub fn open_checked(dir: &Path) -> Result<Index> {
    if !dir.join("meta.json").exists() {
        return Err(Error::NoIndex(dir.to_path_buf()));
    }
    let meta_path = dir.join(META_FILE);
    let found = std::fs::read_to_string(&meta_path)
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.get("schema_version").map(|v| v.to_string()))
        .unwrap_or_else(|| "unknown".to_string());
    if found != SCHEMA_VERSION.to_string() {
        return Err(Error::IncompatibleIndex {
            path: dir.to_path_buf(),
            found,
            expected: SCHEMA_VERSION,
        });
    }
    let index = Index::open_in_dir(dir)?;
    let (schema, _) = build_schema();
    if index.schema() != schema {
        return Err(Error::IncompatibleIndex {
            path: dir.to_path_buf(),
            found: format!("{found} (different fields)"),
            expected: SCHEMA_VERSION,
        });
    }
    schema::register_tokenizers(&index);
    Ok(index)
}

/// Open a writer, turning a held lock into a message that names it.
pub fn writer(index: &Index, dir: &Path, threads: usize, memory: usize) -> Result<IndexWriter> {
    let threads = if threads == 0 {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .min(8)
    } else {
        threads
    };
    // Tantivy needs at least 15 MB per thread and refuses 4 GB or more.
    let memory = memory.clamp(threads * 16 * 1024 * 1024, threads * 4000 * 1024 * 1024);
    match index.writer_with_num_threads(threads, memory) {
        Ok(w) => Ok(w),
        Err(TantivyError::LockFailure(LockError::LockBusy, _)) => {
            Err(Error::Locked(dir.to_path_buf()))
        }
        Err(e) => Err(e.into()),
    }
}

/// What the index knows of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Known {
    size: u64,
    mtime: i64,
    hash: u64,
}

/// Read path → file stamp for every live document.
fn manifest(index: &Index) -> Result<HashMap<String, Known>> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut out = HashMap::new();
    for seg in searcher.segment_readers() {
        let ff = seg.fast_fields();
        let Some(paths) = ff.str("path")? else {
            continue;
        };
        let size = ff.u64("file_size")?;
        let mtime = ff.i64("file_mtime")?;
        let hash = ff.u64("file_hash")?;
        // Path ordinal -> first live doc. The paths are then read in one pass
        // over the dictionary: looking each doc's path up alone decompresses
        // a dictionary block per doc, which made an unchanged re-run slow.
        let mut by_ord: BTreeMap<u64, tantivy::DocId> = BTreeMap::new();
        for doc in seg.doc_ids_alive() {
            if let Some(ord) = paths.term_ords(doc).next() {
                by_ord.entry(ord).or_insert(doc);
            }
        }
        let ords: Vec<u64> = by_ord.keys().copied().collect();
        let mut docs = by_ord.into_values();
        paths
            .dictionary()
            .sorted_ords_to_term_cb(&ords, |bytes| {
                let Some(doc) = docs.next() else { return };
                let Ok(path) = std::str::from_utf8(bytes) else {
                    return;
                };
                if out.contains_key(path) {
                    return;
                }
                out.insert(
                    path.to_string(),
                    Known {
                        size: size.first(doc).unwrap_or(0),
                        mtime: mtime.first(doc).unwrap_or(0),
                        hash: hash.first(doc).unwrap_or(0),
                    },
                );
            })
            .map_err(|e| Error::io("index", e))?;
    }
    Ok(out)
}

/// A file found by the walk.
#[derive(Debug, Clone)]
struct Found {
    path: PathBuf,
    display: String,
    size: u64,
    mtime: i64,
}

pub use crate::walk::display_path;

/// Walk `root` in sorted order (following symlinks, skipping hidden entries
/// and the index directory itself). Returns article files, the count of other
/// files, and the walk errors (loops, dangling links, permissions).
fn walk(root: &Path, index_dir: &Path) -> (Vec<Found>, u64, Vec<Skip>) {
    let mut files = Vec::new();
    let mut ignored = 0;
    let mut errors = Vec::new();
    for entry in crate::walk::walk(root, Some(index_dir)) {
        match entry {
            Entry::Other(_) => ignored += 1,
            Entry::Error(s) => errors.push(s),
            Entry::Article(e) => match e.metadata() {
                Ok(m) => files.push(Found {
                    display: display_path(e.path()),
                    size: m.len(),
                    mtime: mtime_ns(&m),
                    path: e.into_path(),
                }),
                Err(err) => errors.push(Skip {
                    path: display_path(e.path()),
                    line: None,
                    reason: err.to_string(),
                }),
            },
        }
    }
    (files, ignored, errors)
}

fn mtime_ns(m: &std::fs::Metadata) -> i64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

/// What parsing one file gave.
enum Outcome {
    /// Same bytes as indexed: nothing to do.
    Unchanged,
    /// The file could not be read this time: what the index has of it stays.
    Unreadable(Skip),
    Parsed {
        docs: Vec<TantivyDocument>,
        undated: u64,
        skipped: Vec<Skip>,
        warnings: Vec<Skip>,
        bytes: u64,
    },
}

/// Judge one extracted article: `Err(reason)` when it has nothing worth
/// indexing, `Ok(Some(note))` when it is indexed with a caveat.
pub fn review(raw: &RawArticle, a: &Article) -> std::result::Result<Option<String>, String> {
    let has_words = |s: &str| s.chars().any(char::is_alphanumeric);
    if !has_words(&a.title) && !has_words(&a.body) && !a.lead.as_deref().is_some_and(has_words) {
        return Err("no recognisable title or body text".into());
    }
    match raw.date.as_deref().map(str::trim) {
        Some(d) if !d.is_empty() && a.year_source != Some(YearSource::Record) => {
            let shown: String = d.chars().take(60).collect();
            let ellipsis = if shown.len() < d.len() { "…" } else { "" };
            Ok(Some(format!(
                "date `{shown}{ellipsis}` not understood; indexed {}",
                if a.date.is_some() {
                    "with the date found in the text"
                } else {
                    "without a date"
                }
            )))
        }
        _ => Ok(None),
    }
}

fn process(
    f: &Found,
    known: Option<Known>,
    fields: &Fields,
    opts: &ExtractOptions,
    limits: ReadLimits,
    dedup_opts: &DedupOptions,
) -> Outcome {
    let bytes = match input::read_bytes(&f.path, limits.max_file_bytes) {
        Ok(b) => b,
        Err(reason) => {
            return Outcome::Unreadable(Skip {
                path: f.display.clone(),
                line: None,
                reason,
            })
        }
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    if known.is_some_and(|k| k.hash == hash && k.size == bytes.len() as u64) {
        return Outcome::Unchanged;
    }
    let (format, gz) = input::format_of(&f.path).expect("walk keeps only article files");
    let recs = input::parse_bytes(&f.display, &bytes, format, gz, limits);
    let stamp = FileStamp {
        size: bytes.len() as u64,
        mtime: f.mtime,
        hash,
    };
    // Records of one file (a JSON Lines file holds thousands) are extracted in
    // parallel too, in the pool this runs in; results keep their order.
    let one = |r: &RawArticle| {
        let a = extract(r, opts);
        let note = |reason| Skip {
            path: f.display.clone(),
            line: r.source.record,
            reason,
        };
        match review(r, &a) {
            Err(reason) => Err(note(reason)),
            Ok(warning) => {
                let mut d = schema::to_document(fields, &a, stamp);
                dedup::prepare(&mut d, fields, &a, dedup_opts);
                Ok((d, warning.map(note), a.date.is_none()))
            }
        }
    };
    let results: Vec<_> = if recs.records.len() > 1 {
        recs.records.par_iter().map(one).collect()
    } else {
        recs.records.iter().map(one).collect()
    };
    let mut undated = 0;
    let mut skipped = recs.skipped;
    let mut warnings = Vec::new();
    let mut docs = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Err(s) => skipped.push(s),
            Ok((d, warning, no_date)) => {
                warnings.extend(warning);
                undated += u64::from(no_date);
                docs.push(d);
            }
        }
    }
    Outcome::Parsed {
        docs,
        undated,
        skipped,
        warnings,
        bytes: bytes.len() as u64,
    }
}

/// Index (or re-index) the corpus at `root` into the index at `index_dir`.
pub fn index_corpus(
    root: &Path,
    index_dir: &Path,
    opts: &IndexOptions,
    progress: &mut dyn Progress,
) -> Result<IndexSummary> {
    let started = Instant::now();
    if !root.exists() {
        return Err(Error::io(
            root,
            std::io::Error::new(std::io::ErrorKind::NotFound, "corpus directory not found"),
        ));
    }
    let root = &corpus_root(root)?;
    let index = open_or_create(index_dir, opts.rebuild)?;
    let mut writer = writer(&index, index_dir, opts.threads, opts.memory_bytes)?;
    let (_, fields) = build_schema();
    let known = manifest(&index)?;
    let mut clusterer = Clusterer::new(&index, &fields, opts.dedup)?;

    let (found, ignored, walk_errors) = walk(root, index_dir);
    let mut summary = IndexSummary {
        files: found.len() as u64,
        ignored,
        ..IndexSummary::default()
    };
    for s in walk_errors {
        progress.skipped(&s);
        summary.skipped.push(s);
    }

    // Files whose size and mtime match the index are not read at all.
    let mut todo = Vec::new();
    let seen: HashSet<&str> = found.iter().map(|f| f.display.as_str()).collect();
    for f in &found {
        match known.get(&f.display) {
            Some(k) if k.size == f.size && k.mtime == f.mtime => summary.unchanged += 1,
            k => todo.push((f, k.copied())),
        }
    }
    let todo_bytes: u64 = todo.iter().map(|(f, _)| f.size).sum();
    progress.start(found.len() as u64, todo_bytes);
    progress.advance(summary.unchanged, 0);

    let extract_opts = ExtractOptions { year: opts.year };
    let interrupted = || {
        opts.interrupt
            .as_ref()
            .is_some_and(|f| f.load(Ordering::SeqCst))
    };
    let mut since_commit = 0usize;
    let commit_every = if opts.strict { 0 } else { opts.commit_every };

    // `--threads` bounds parsing as well as Tantivy's indexing threads.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| Error::Invalid(format!("cannot start parsing threads: {e}")))?;
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = sync_channel::<Vec<(String, bool, Outcome)>>(2);
        let pool = &pool;
        let fields_p = fields.clone();
        let limits = opts.limits;
        let todo = &todo;
        let interrupted_p = &interrupted;
        let extract_opts = &extract_opts;
        scope.spawn(move || {
            for batch in batches(todo) {
                if interrupted_p() {
                    break;
                }
                let out: Vec<_> = pool.install(|| {
                    batch
                        .par_iter()
                        .map(|(f, k)| {
                            (
                                f.display.clone(),
                                k.is_some(),
                                process(f, *k, &fields_p, extract_opts, limits, &opts.dedup),
                            )
                        })
                        .collect()
                });
                if tx.send(out).is_err() {
                    break;
                }
            }
        });
        // Files are added whole, and commits and Ctrl-C fall between files.
        'batches: for batch in rx {
            for (display, existed, outcome) in batch {
                if interrupted() {
                    break 'batches;
                }
                let mut file_bytes = 0;
                match outcome {
                    Outcome::Unchanged => summary.unchanged += 1,
                    Outcome::Unreadable(s) => {
                        progress.skipped(&s);
                        summary.skipped.push(s);
                    }
                    Outcome::Parsed {
                        docs,
                        undated,
                        skipped,
                        warnings,
                        bytes,
                    } => {
                        file_bytes = bytes;
                        summary.bytes += bytes;
                        for s in skipped {
                            progress.skipped(&s);
                            summary.skipped.push(s);
                        }
                        for w in warnings {
                            progress.warning(&w);
                            summary.warnings.push(w);
                        }
                        if existed {
                            writer.delete_term(Term::from_field_text(fields.path, &display));
                        }
                        let count = docs.len() as u64;
                        for mut d in docs {
                            summary.copies += u64::from(clusterer.assign(&mut d)?);
                            writer.add_document(d)?;
                        }
                        if existed {
                            summary.updated += count;
                        } else {
                            summary.indexed += count;
                        }
                        summary.undated += undated;
                        since_commit += count as usize;
                    }
                }
                progress.advance(1, file_bytes);
                if commit_every > 0 && since_commit >= commit_every {
                    progress.committing(since_commit as u64);
                    writer.commit()?;
                    summary.commits += 1;
                    since_commit = 0;
                    clusterer.committed(&index)?;
                }
            }
        }
        Ok(())
    })?;

    summary.interrupted = interrupted();
    if !summary.interrupted {
        // Files gone from under `root` lose their articles; files under a
        // path the walk could not enter (permissions, loops) keep theirs.
        let under = |path: &str, dir: &str| {
            dir.is_empty() || path == dir || path.starts_with(&format!("{dir}/"))
        };
        let prefix = display_path(root);
        let prefix = if prefix == "." { String::new() } else { prefix };
        let shadowed: Vec<&str> = summary
            .skipped
            .iter()
            .filter(|s| s.line.is_none())
            .map(|s| s.path.as_str())
            .collect();
        for path in known.keys() {
            let gone = under(path, &prefix)
                && Path::new(path).is_absolute() == Path::new(&prefix).is_absolute()
                && !seen.contains(path.as_str())
                && !shadowed.iter().any(|d| under(path, d));
            if gone {
                writer.delete_term(Term::from_field_text(fields.path, path));
                summary.removed += 1;
            }
        }
    }
    if opts.strict && !summary.skipped.is_empty() {
        writer.rollback()?;
        return Err(Error::Strict(summary.skipped.len()));
    }
    progress.committing(since_commit as u64);
    writer.commit()?;
    summary.commits += 1;
    writer.wait_merging_threads()?;
    progress.finish();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The corpus root as the index keys its files: relative to the current
/// directory when it lies below it (so `corpus`, `./corpus`, `corpus/` and
/// `$PWD/corpus` are one root), absolute otherwise.
fn corpus_root(root: &Path) -> Result<PathBuf> {
    let abs = std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let cwd = std::env::current_dir()
        .and_then(std::fs::canonicalize)
        .map_err(|e| Error::io(".", e))?;
    Ok(match abs.strip_prefix(&cwd) {
        Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rel) => rel.to_path_buf(),
        Err(_) => abs,
    })
}

/// Batches of about 16 MB or 1,000 files, in walk order.
fn batches<'a>(
    todo: &'a [(&'a Found, Option<Known>)],
) -> impl Iterator<Item = &'a [(&'a Found, Option<Known>)]> {
    const MAX_BYTES: u64 = 16 * 1024 * 1024;
    const MAX_FILES: usize = 1000;
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= todo.len() {
            return None;
        }
        let mut end = start;
        let mut bytes = 0;
        while end < todo.len()
            && end - start < MAX_FILES
            && (end == start || bytes + todo[end].0.size <= MAX_BYTES)
        {
            bytes += todo[end].0.size;
            end += 1;
        }
        let b = &todo[start..end];
        start = end;
        Some(b)
    })
}
