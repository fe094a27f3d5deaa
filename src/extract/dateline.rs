//! Dateline parser (STUB, to be replaced). Pure; no I/O.

use crate::article::Dateline;

/// Parse a dateline at the start of `paragraph`. Returns the dateline and the
/// byte offset where the story text after it begins.
pub fn parse_dateline(paragraph: &str) -> Option<(Dateline, usize)> {
    let _ = paragraph;
    None
}
