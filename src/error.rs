//! Typed errors of the library. The binary wraps them with `anyhow` and prints
//! each once as `newswire: ...`.

use std::path::PathBuf;

/// Everything the library can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An I/O error on a named path.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// No index where one was expected.
    #[error("no newswire index at {0} (run `newswire index CORPUS_DIR` first, or pass --index)")]
    NoIndex(PathBuf),
    /// The index was built by an incompatible version of newswire.
    #[error("the index at {path} was built by an incompatible newswire (schema version {found}, this newswire needs {expected}); re-index with `newswire index --rebuild`")]
    IncompatibleIndex {
        path: PathBuf,
        found: String,
        expected: u32,
    },
    /// Another process holds the index writer lock.
    #[error("another `newswire index` is writing to {0} (lock file .tantivy-writer.lock is held); wait for it to finish")]
    Locked(PathBuf),
    /// The query could not be parsed.
    #[error("invalid query: {0}")]
    Query(String),
    /// A bad option value (dates, limits ...).
    #[error("{0}")]
    Invalid(String),
    /// `--strict` and some inputs were skipped.
    #[error("{0} input(s) could not be indexed and --strict is set; nothing was committed")]
    Strict(usize),
    /// An error from Tantivy.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// A JSON error while writing output or reading metadata.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
}

impl From<tantivy::query::QueryParserError> for Error {
    fn from(e: tantivy::query::QueryParserError) -> Self {
        Error::Query(e.to_string())
    }
}

impl Error {
    /// An I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
