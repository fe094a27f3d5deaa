//! The dateline parser on arbitrary paragraphs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Some((_, at)) = newswire::extract::dateline::parse_dateline(data) {
        assert!(at <= data.len() && data.is_char_boundary(at));
    }
});
