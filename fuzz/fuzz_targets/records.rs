//! The record reader (gzip, encodings, JSON, JSON Lines) on arbitrary bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::input::{parse_bytes, Format, ReadLimits};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else {
        return;
    };
    let format = match sel % 3 {
        0 => Format::Text,
        1 => Format::Json,
        _ => Format::JsonLines,
    };
    let gz = sel & 4 != 0;
    let r = parse_bytes(
        "f",
        bytes,
        format,
        gz,
        ReadLimits {
            max_file_bytes: 1 << 20,
        },
    );
    if format == Format::Text {
        assert_eq!(r.records.len() + r.skipped.len(), 1);
    }
});
