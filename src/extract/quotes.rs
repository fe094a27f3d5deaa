//! Quote spans and their attribution (STUB, to be replaced). Pure; no I/O.

use crate::article::{Quote, Speaker};

/// Find the quotes in `body` (paragraphs separated by `"\n\n"`) and who said
/// them; `title` and `lead` give extra clues about names and roles.
pub fn attribute(title: &str, lead: Option<&str>, body: &str) -> (Vec<Quote>, Vec<Speaker>) {
    let _ = (title, lead, body);
    (Vec::new(), Vec::new())
}
