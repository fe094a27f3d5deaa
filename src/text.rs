//! Text helpers for output: making untrusted article text safe for a
//! terminal (no control or bidi characters pass through).

/// Replace control characters (except newline and tab when `keep_newlines`)
/// and Unicode bidi controls with a visible placeholder, so article text can
/// never move the cursor, change colours or reorder what the reader sees.
pub fn sanitize(s: &str, keep_newlines: bool) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\t' if keep_newlines => c,
            '\n' | '\t' | '\r' => ' ',
            c if is_unsafe(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Control characters, bidi embeddings/overrides/isolates and marks.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_are_neutralised() {
        assert_eq!(sanitize("a\x1b[31mb", false), "a\u{FFFD}[31mb");
        assert_eq!(sanitize("x\u{202E}y", false), "x\u{FFFD}y");
        assert_eq!(sanitize("l1\nl2\r", false), "l1 l2 ");
        assert_eq!(sanitize("l1\nl2", true), "l1\nl2");
        assert_eq!(sanitize("Привет, «мир»", false), "Привет, «мир»");
    }
}
