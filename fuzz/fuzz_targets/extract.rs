//! The article parser on arbitrary page copies and record fields.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::article::Source;
use newswire::extract::{extract, ExtractOptions};
use newswire::input::RawArticle;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // First byte picks the shape: a page copy, or a record with a title/date field.
    let mut parts = text.splitn(3, '\u{1}');
    let (a, b, c) = (parts.next().unwrap_or(""), parts.next(), parts.next());
    let raw = RawArticle {
        source: Source {
            path: "2015/05/07/x.txt".into(),
            record: Some(1),
        },
        title: b.map(str::to_string),
        date: c.map(str::to_string),
        text: a.to_string(),
        ..RawArticle::default()
    };
    let art = extract(&raw, &ExtractOptions { year: Some(2015) });
    for q in &art.quotes {
        assert!(q.start <= q.end && q.end <= art.body.len());
    }
    let _ = newswire::index::review(&raw, &art);
});
