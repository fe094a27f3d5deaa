//! Article dates (STUB, to be replaced): the full date from record fields,
//! dateline, text, path or `--year`, and how the year was found. Pure; no I/O.

use crate::article::{Date, Dateline, YearSource};

/// Everything the date can be taken from.
#[derive(Debug, Clone, Default)]
pub struct DateHints<'a> {
    /// The record's own date field, unparsed (`2015-05-07T10:00:00Z`, `2015-05-07 10:00:00`).
    pub record_date: Option<&'a str>,
    pub dateline: Option<&'a Dateline>,
    /// Captions, lead and the first body paragraphs, for a written date with a year.
    pub top_text: &'a str,
    /// The file path, for `YYYY/MM/DD`, `YYYY-MM-DD` or `YYYYMMDD`.
    pub path: &'a str,
    /// `--year` from the command line.
    pub cli_year: Option<i32>,
}

/// The article's date and where its year came from; `(None, None)` when unknown.
pub fn resolve_date(h: &DateHints<'_>) -> (Option<Date>, Option<YearSource>) {
    let _ = h;
    (None, None)
}
