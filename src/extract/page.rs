//! Page structure (STUB, to be replaced): splits a page copy into title, lead,
//! captions, dateline, sections and body paragraphs. Pure; no I/O.

use crate::article::{Caption, Dateline};

/// The parts of a page copy (or of a record's body text).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub lead: Option<String>,
    pub captions: Vec<Caption>,
    pub sections: Vec<String>,
    pub dateline: Option<Dateline>,
    /// Body paragraphs in order; the dateline is cut from the first one,
    /// sub-headings, captions and chrome are not in here.
    pub paragraphs: Vec<String>,
}

/// A whole `.txt` page copy: chrome, title, lead, captions, dateline, body.
pub fn parse_page(text: &str) -> Page {
    let mut paras: Vec<String> = text
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let title = if paras.is_empty() {
        None
    } else {
        Some(paras.remove(0))
    };
    Page {
        title,
        paragraphs: paras,
        ..Page::default()
    }
}

/// The body text of a record whose title is known from its own field.
pub fn parse_body(text: &str) -> Page {
    let paragraphs = text
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    Page {
        paragraphs,
        ..Page::default()
    }
}
