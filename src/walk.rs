//! The corpus walk shared by `index`, `parse` and `export`: sorted order,
//! symlinks followed, hidden entries and one output directory (the index or
//! the export) skipped, walk errors (loops, dangling links, permissions)
//! turned into [`Skip`] reports. Lazy: it holds no more than walkdir does.

use std::path::Path;

use crate::input::{self, Skip};

/// One step of the walk.
pub enum Entry {
    /// A file newswire reads (`.txt`, `.json`, `.jsonl`, `.ndjson`, `.gz`).
    Article(walkdir::DirEntry),
    /// Any other file.
    Other(walkdir::DirEntry),
    /// What could not be walked, with why.
    Error(Skip),
}

/// Walk `root` (a directory or a single file), skipping hidden entries, the
/// directory `skip` when it lies inside, and any newswire index or export
/// directory (so `newswire index .` does not index its own output).
pub fn walk<'a>(root: &'a Path, skip: Option<&Path>) -> impl Iterator<Item = Entry> + 'a {
    let skip_dir = skip.and_then(|s| std::fs::canonicalize(s).ok());
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            let hidden =
                e.depth() > 0 && e.file_name().to_str().is_some_and(|n| n.starts_with('.'));
            let is_dir = e.file_type().is_dir();
            let skipped =
                is_dir && skip_dir.is_some() && std::fs::canonicalize(e.path()).ok() == skip_dir;
            !(hidden || skipped || (is_dir && is_output_dir(e.path())))
        })
        .filter_map(move |entry| match entry {
            Ok(e) if !e.file_type().is_file() => None,
            Ok(e) if input::format_of(e.path()).is_none() => Some(Entry::Other(e)),
            Ok(e) => Some(Entry::Article(e)),
            Err(err) => Some(Entry::Error(Skip {
                path: err
                    .path()
                    .map(display_path)
                    .unwrap_or_else(|| display_path(root)),
                line: None,
                reason: reason(&err),
            })),
        })
}

/// A newswire index or export directory (never part of a corpus): it holds
/// `newswire.json` or export chunks.
fn is_output_dir(dir: &Path) -> bool {
    dir.join(crate::index::META_FILE).exists() || dir.join("newswire-00001.ndjson").exists()
}

/// A walk error in a few words.
fn reason(err: &walkdir::Error) -> String {
    if err.loop_ancestor().is_some() {
        "symlink loop".to_string()
    } else if let Some(io) = err.io_error() {
        match io.kind() {
            std::io::ErrorKind::NotFound => "dangling symlink or vanished file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => io.to_string(),
        }
    } else {
        err.to_string()
    }
}

/// Display form of a path: as given, without a leading `./`.
pub fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy();
    let mut s: &str = &s;
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}
