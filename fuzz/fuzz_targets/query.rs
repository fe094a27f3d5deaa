//! The query front end on arbitrary query strings, against a small index.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newswire::search::{SearchRequest, Searcher};

fn searcher() -> &'static Searcher {
    static S: OnceLock<(tempfile::TempDir, Searcher)> = OnceLock::new();
    &S.get_or_init(|| {
        let t = tempfile::TempDir::new().unwrap();
        let corpus = t.path().join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        for i in 0..5 {
            std::fs::write(
                corpus.join(format!("a{i}.txt")),
                format!("Harbour story {i}\n\nMOSCOW, May {i}. /TASS/. The council met. \"We agree,\" Lavrov said.\n"),
            )
            .unwrap();
        }
        let idx = t.path().join("idx");
        let opts = newswire::index::IndexOptions { threads: 1, memory_bytes: 32 << 20, ..Default::default() };
        newswire::index::index_corpus(&corpus, &idx, &opts, &mut newswire::index::NoProgress).unwrap();
        let s = Searcher::open(&idx).unwrap();
        (t, s)
    })
    .1
}

fuzz_target!(|data: &str| {
    // `query\u{1}from\u{1}to`: the date filters are fuzzed too.
    let mut parts = data.splitn(3, '\u{1}');
    let mut req = SearchRequest::new(parts.next().unwrap_or(""));
    req.from = parts.next().map(str::to_string);
    req.to = parts.next().map(str::to_string);
    let _ = searcher().search(&req);
    let _ = searcher().quotes(&req);
});
