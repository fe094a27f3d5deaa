//! Export: extracted articles as NDJSON for Quickwit or for the OpenSearch /
//! Elasticsearch `_bulk` API, with the fields of `schema/quickwit-index.yaml`
//! and `schema/opensearch-mapping.json`.
//!
//! - [`export_doc`] is the doc mapping: one [`Article`] to one flat JSON
//!   object (text, RFC 3339 date, parallel arrays for quotes).
//! - [`ChunkWriter`] streams records into `newswire-00001.ndjson`,
//!   `newswire-00002.ndjson` ..., each at most `max_bytes` long; a record (for
//!   OpenSearch, an action line and its source line) never straddles two files.
//! - [`export`] walks a corpus (sorted, like `index`) or reads the stored
//!   articles of an index, one file or one document at a time: memory stays
//!   flat whatever the corpus size.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use tantivy::schema::Value as _;
use tantivy::{DocAddress, TantivyDocument};

use crate::article::Article;
use crate::error::{Error, Result};
use crate::extract::{extract, ExtractOptions};
use crate::index::{display_path, open_checked};
use crate::input::{self, ReadLimits, Skip};
use crate::schema::build_schema;
use crate::walk::Entry;

/// Default largest chunk: Quickwit's ingest API takes at most 10 MB a request.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Longest `_id` OpenSearch and Elasticsearch accept, in bytes.
pub const MAX_ID_BYTES: usize = 512;

/// Chunk file names: `newswire-00001.ndjson` ...
pub const CHUNK_PREFIX: &str = "newswire-";
pub const CHUNK_SUFFIX: &str = ".ndjson";

/// The target system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One document a line (`quickwit index ingest --input-path`).
    Quickwit,
    /// `_bulk` NDJSON: an `index` action line, then the document line.
    OpenSearch,
}

/// Where the articles come from.
#[derive(Debug, Clone, Copy)]
pub enum ExportSource<'a> {
    /// A corpus directory (or file): read and extracted like `index` does.
    Corpus(&'a Path),
    /// A newswire index: the stored `article` JSON of each live document.
    Index(&'a Path),
}

/// How to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// Directory receiving the chunk files (created when absent).
    pub out_dir: PathBuf,
    /// Largest chunk file, in bytes.
    pub max_bytes: u64,
    /// The `_index` of OpenSearch action lines.
    pub index_name: String,
    /// Replace the chunk files of an earlier export in `out_dir`.
    pub force: bool,
    /// Year to assume for undated articles (`--year`), corpus only.
    pub year: Option<i32>,
    pub limits: ReadLimits,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            format: ExportFormat::Quickwit,
            out_dir: PathBuf::from("newswire-export"),
            max_bytes: DEFAULT_MAX_BYTES,
            index_name: "newswire".into(),
            force: false,
            year: None,
            limits: ReadLimits::default(),
        }
    }
}

/// What an export did. Skips are only counted (and reported through
/// [`ExportProgress::skipped`] as they happen), so memory stays flat.
#[derive(Debug, Clone, Default)]
pub struct ExportSummary {
    /// Articles written.
    pub articles: u64,
    /// Articles written without a date (no `date` field).
    pub undated: u64,
    /// Chunk files written.
    pub files: u64,
    /// Bytes written, all chunks together.
    pub bytes: u64,
    /// Inputs (files, records, documents) that could not be exported.
    pub skipped: u64,
    /// Files under the corpus that are not articles (other extensions).
    pub ignored: u64,
    pub elapsed: Duration,
}

/// Progress reports; the binary draws a bar, tests ignore them.
pub trait ExportProgress {
    /// `total` units to go: article files (corpus) or documents (index).
    fn start(&mut self, _total: u64, _unit: &'static str) {}
    fn advance(&mut self, _n: u64) {}
    /// An input was skipped, reported as it happens.
    fn skipped(&mut self, _skip: &Skip) {}
    fn finish(&mut self) {}
}

/// An [`ExportProgress`] that reports nothing.
pub struct NoExportProgress;
impl ExportProgress for NoExportProgress {}

/// `YYYY-MM-DDT00:00:00Z` (RFC 3339), for years 1 to 9999.
pub fn rfc3339(d: crate::article::Date) -> Option<String> {
    (1..=9999)
        .contains(&d.year)
        .then(|| format!("{d}T00:00:00Z"))
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// The doc mapping: an article as the flat JSON object both
/// `schema/quickwit-index.yaml` and `schema/opensearch-mapping.json` describe.
/// Absent values are left out (never `null`); list fields are always arrays.
/// Quotes are parallel arrays: `quote_texts[i]` was said by
/// `quote_speakers[i]` (`""` when unattributed), `quote_direct[i]` tells
/// direct from reported speech.
pub fn export_doc(a: &Article) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), json!(a.id));
    m.insert("path".into(), json!(a.source.path));
    if let Some(r) = a.source.record {
        m.insert("record".into(), json!(r));
    }
    if let Some(u) = &a.url {
        m.insert("url".into(), json!(u));
    }
    m.insert("title".into(), json!(a.title));
    if let Some(l) = &a.lead {
        m.insert("lead".into(), json!(l));
    }
    m.insert("body".into(), json!(a.body));
    if let Some(d) = a.date.and_then(rfc3339) {
        m.insert("date".into(), json!(d));
        if let Some(ys) = a.year_source {
            m.insert(
                "year_source".into(),
                serde_json::to_value(ys).unwrap_or(Value::Null),
            );
        }
    }
    if let Some(dl) = &a.dateline {
        m.insert("dateline".into(), json!(dl.raw));
        if !dl.place.trim().is_empty() {
            m.insert("place".into(), json!(dl.place.trim()));
        }
        if let Some(r) = dl
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            m.insert("region".into(), json!(r));
        }
    }
    if let Some(ag) = a.agency.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        m.insert("agency".into(), json!(ag));
    }
    m.insert("authors".into(), json!(a.authors));
    m.insert("sections".into(), json!(a.sections));
    m.insert(
        "captions".into(),
        json!(a.captions.iter().map(|c| &c.text).collect::<Vec<_>>()),
    );
    m.insert(
        "credits".into(),
        json!(a
            .captions
            .iter()
            .filter_map(|c| c.credit.as_ref())
            .collect::<Vec<_>>()),
    );
    let (mut speakers, mut roles, mut role_speaker, mut countries) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for s in a.quoted() {
        let name = s.name.trim();
        if name.is_empty() {
            continue;
        }
        push_unique(&mut speakers, name);
        for r in &s.roles {
            push_unique(&mut roles, r);
            if !r.trim().is_empty() {
                push_unique(&mut role_speaker, &format!("{}/{name}", r.trim()));
            }
        }
        if let Some(c) = &s.country {
            push_unique(&mut countries, c);
        }
    }
    m.insert("speakers".into(), json!(speakers));
    m.insert("roles".into(), json!(roles));
    m.insert("role_speaker".into(), json!(role_speaker));
    m.insert("countries".into(), json!(countries));
    m.insert(
        "quote_texts".into(),
        json!(a.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()),
    );
    m.insert(
        "quote_speakers".into(),
        json!(a
            .quotes
            .iter()
            .map(|q| q.speaker.as_deref().unwrap_or(""))
            .collect::<Vec<_>>()),
    );
    m.insert(
        "quote_direct".into(),
        json!(a.quotes.iter().map(|q| q.direct).collect::<Vec<_>>()),
    );
    m
}

/// The OpenSearch `_id` of an article id: the id itself when it fits in
/// [`MAX_ID_BYTES`], else `xxh3-` and its 128-bit hash (stable across runs).
pub fn opensearch_id(id: &str) -> String {
    if id.len() <= MAX_ID_BYTES && !id.is_empty() {
        id.to_string()
    } else {
        format!("xxh3-{:032x}", xxhash_rust::xxh3::xxh3_128(id.as_bytes()))
    }
}

/// One export record, newline-terminated: the document line, preceded for
/// OpenSearch by its action line.
pub fn record(
    a: &Article,
    format: ExportFormat,
    index_name: &str,
    buf: &mut Vec<u8>,
) -> Result<()> {
    buf.clear();
    if format == ExportFormat::OpenSearch {
        let action = json!({"index": {"_index": index_name, "_id": opensearch_id(&a.id)}});
        serde_json::to_writer(&mut *buf, &action)?;
        buf.push(b'\n');
    }
    serde_json::to_writer(&mut *buf, &export_doc(a))?;
    buf.push(b'\n');
    Ok(())
}

/// Writes records into numbered chunk files of at most `max_bytes` each.
pub struct ChunkWriter {
    dir: PathBuf,
    max_bytes: u64,
    file: Option<(PathBuf, BufWriter<File>)>,
    current: u64,
    files: u64,
    bytes: u64,
}

impl ChunkWriter {
    /// A writer into `dir` (created when absent). Refuses a directory holding
    /// chunks of an earlier export unless `force`, which deletes them: left in
    /// place, stale chunks would be ingested twice.
    pub fn new(dir: &Path, max_bytes: u64, force: bool) -> Result<Self> {
        if max_bytes == 0 {
            return Err(Error::Invalid("--max-bytes must be at least 1".into()));
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(CHUNK_PREFIX) && name.ends_with(CHUNK_SUFFIX) {
                if !force {
                    return Err(Error::Invalid(format!(
                        "{} already holds an export ({name} ...); pass --force to replace it, or choose another --out",
                        dir.display()
                    )));
                }
                std::fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            }
        }
        Ok(ChunkWriter {
            dir: dir.to_path_buf(),
            max_bytes,
            file: None,
            current: 0,
            files: 0,
            bytes: 0,
        })
    }

    /// Path of chunk number `n` (1-based).
    pub fn chunk_path(dir: &Path, n: u64) -> PathBuf {
        dir.join(format!("{CHUNK_PREFIX}{n:05}{CHUNK_SUFFIX}"))
    }

    /// Append a whole record; starts a new chunk when it would not fit.
    /// Returns `false` (writing nothing) for a record longer than a chunk.
    pub fn write(&mut self, rec: &[u8]) -> Result<bool> {
        let len = rec.len() as u64;
        if len > self.max_bytes {
            return Ok(false);
        }
        if self.file.is_none() || self.current + len > self.max_bytes {
            self.close()?;
            self.files += 1;
            let path = Self::chunk_path(&self.dir, self.files);
            let f = File::create(&path).map_err(|e| Error::io(&path, e))?;
            self.file = Some((path, BufWriter::with_capacity(256 * 1024, f)));
            self.current = 0;
        }
        if let Some((path, w)) = &mut self.file {
            w.write_all(rec).map_err(|e| Error::io(&*path, e))?;
        }
        self.current += len;
        self.bytes += len;
        Ok(true)
    }

    fn close(&mut self) -> Result<()> {
        if let Some((path, mut w)) = self.file.take() {
            w.flush().map_err(|e| Error::io(&path, e))?;
            w.into_inner()
                .map_err(|e| Error::io(&path, e.into_error()))?
                .sync_all()
                .map_err(|e| Error::io(&path, e))?;
        }
        Ok(())
    }

    /// Flush the last chunk; returns (files, bytes) written.
    pub fn finish(mut self) -> Result<(u64, u64)> {
        self.close()?;
        Ok((self.files, self.bytes))
    }
}

/// State shared by both sources while writing.
struct Sink<'a> {
    opts: &'a ExportOptions,
    writer: ChunkWriter,
    buf: Vec<u8>,
    summary: ExportSummary,
    progress: &'a mut dyn ExportProgress,
}

impl Sink<'_> {
    fn skip(&mut self, s: Skip) {
        self.summary.skipped += 1;
        self.progress.skipped(&s);
    }

    fn article(&mut self, a: &Article) -> Result<()> {
        record(a, self.opts.format, &self.opts.index_name, &mut self.buf)?;
        if self.writer.write(&self.buf)? {
            self.summary.articles += 1;
            if a.date.is_none() {
                self.summary.undated += 1;
            }
        } else {
            let s = Skip {
                path: a.source.path.clone(),
                line: a.source.record,
                reason: format!(
                    "exported record is {} bytes, over the {} byte chunk limit (--max-bytes)",
                    self.buf.len(),
                    self.opts.max_bytes
                ),
            };
            self.skip(s);
        }
        Ok(())
    }
}

/// Export every article of `source` into chunk files under `opts.out_dir`.
pub fn export(
    source: ExportSource<'_>,
    opts: &ExportOptions,
    progress: &mut dyn ExportProgress,
) -> Result<ExportSummary> {
    let started = Instant::now();
    let root = match source {
        ExportSource::Corpus(p) | ExportSource::Index(p) => p,
    };
    if !root.exists() {
        return Err(Error::io(
            root,
            std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
        ));
    }
    // Open the index before creating any output, so a bad --from-index writes nothing.
    let index = match source {
        ExportSource::Index(dir) => Some(open_checked(dir)?),
        ExportSource::Corpus(_) => None,
    };
    let writer = ChunkWriter::new(&opts.out_dir, opts.max_bytes, opts.force)?;
    let mut sink = Sink {
        opts,
        writer,
        buf: Vec::with_capacity(64 * 1024),
        summary: ExportSummary::default(),
        progress,
    };
    match (source, index) {
        (ExportSource::Index(_), Some(index)) => export_index(&index, &mut sink)?,
        _ => export_corpus(root, &mut sink)?,
    }
    let Sink {
        writer,
        mut summary,
        progress,
        ..
    } = sink;
    let (files, bytes) = writer.finish()?;
    summary.files = files;
    summary.bytes = bytes;
    summary.elapsed = started.elapsed();
    progress.finish();
    Ok(summary)
}

fn export_corpus(root: &Path, sink: &mut Sink<'_>) -> Result<()> {
    // A first, cheap pass counts the article files for the progress bar.
    let total = crate::walk::walk(root, Some(&sink.opts.out_dir))
        .filter(|e| matches!(e, Entry::Article(_)))
        .count();
    sink.progress.start(total as u64, "files");
    let extract_opts = ExtractOptions {
        year: sink.opts.year,
    };
    for entry in crate::walk::walk(root, Some(&sink.opts.out_dir)) {
        match entry {
            Entry::Other(_) => sink.summary.ignored += 1,
            Entry::Error(s) => sink.skip(s),
            Entry::Article(e) => {
                let path = e.into_path();
                let display = display_path(&path);
                let recs = input::read_file(&path, &display, sink.opts.limits);
                for s in recs.skipped {
                    sink.skip(s);
                }
                for r in &recs.records {
                    let a = extract(r, &extract_opts);
                    // The same judgement as `index`: what it would not index is not exported.
                    match crate::index::review(r, &a) {
                        Err(reason) => sink.skip(Skip {
                            path: r.source.path.clone(),
                            line: r.source.record,
                            reason,
                        }),
                        Ok(_) => sink.article(&a)?,
                    }
                }
                sink.progress.advance(1);
            }
        }
    }
    Ok(())
}

fn export_index(index: &tantivy::Index, sink: &mut Sink<'_>) -> Result<()> {
    let (_, fields) = build_schema();
    let reader = index.reader()?;
    let searcher = reader.searcher();
    sink.progress.start(searcher.num_docs(), "articles");
    for (ord, seg) in searcher.segment_readers().iter().enumerate() {
        for doc in seg.doc_ids_alive() {
            let d: TantivyDocument = searcher.doc(DocAddress::new(ord as u32, doc))?;
            let parsed = d
                .get_first(fields.article)
                .and_then(|v| v.as_str())
                .ok_or_else(|| "document has no stored `article` field".to_string())
                .and_then(|s| {
                    crate::schema::article_from_stored(s)
                        .map_err(|e| format!("stored article is not valid: {e}"))
                });
            match parsed {
                Ok(a) => sink.article(&a)?,
                Err(reason) => sink.skip(Skip {
                    path: format!("index segment {ord}"),
                    line: Some(doc as u64),
                    reason,
                }),
            }
            sink.progress.advance(1);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Date, Quote, Speaker};

    #[test]
    fn doc_mapping_is_flat_with_parallel_quotes() {
        let a = Article {
            id: "x".into(),
            date: Date::new(2015, 5, 7),
            speakers: vec![Speaker {
                name: "Frank-Walter Steinmeier".into(),
                roles: vec!["Foreign Minister".into()],
                country: Some("Germany".into()),
                organization: false,
            }],
            quotes: vec![
                Quote {
                    text: "the hotline is important".into(),
                    speaker: Some("Frank-Walter Steinmeier".into()),
                    direct: true,
                    ..Quote::default()
                },
                Quote {
                    text: "unattributed".into(),
                    ..Quote::default()
                },
            ],
            ..Article::default()
        };
        let d = export_doc(&a);
        assert_eq!(d["date"], "2015-05-07T00:00:00Z");
        assert_eq!(
            d["role_speaker"],
            json!(["Foreign Minister/Frank-Walter Steinmeier"])
        );
        assert_eq!(d["quote_speakers"], json!(["Frank-Walter Steinmeier", ""]));
        assert_eq!(d["quote_direct"], json!([true, false]));
        assert!(d.values().all(|v| !v.is_null() && !v.is_object()));
    }

    #[test]
    fn long_ids_are_hashed() {
        assert_eq!(opensearch_id("abc"), "abc");
        let long = "é".repeat(300);
        let h = opensearch_id(&long);
        assert!(h.len() <= MAX_ID_BYTES && h.starts_with("xxh3-"));
        assert_eq!(h, opensearch_id(&long));
    }

    #[test]
    fn chunks_split_on_records_and_refuse_oversize() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = ChunkWriter::new(dir.path(), 10, false).unwrap();
        assert!(w.write(b"12345\n").unwrap());
        assert!(w.write(b"1234\n").unwrap()); // 11 > 10: new chunk
        assert!(!w.write(b"12345678901\n").unwrap());
        assert_eq!(w.finish().unwrap(), (2, 11));
        assert!(ChunkWriter::new(dir.path(), 10, false).is_err());
        ChunkWriter::new(dir.path(), 10, true).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
