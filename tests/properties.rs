//! Property tests (fuzzing that runs in CI): the article parser, the dateline
//! parser, the JSON record reader and the query front end must never panic,
//! whatever they are given. More cases: `PROPTEST_CASES=20000 cargo test
//! --release --test properties`. The same four targets live in `fuzz/` for
//! cargo-fuzz.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use newswire::article::Source;
use newswire::extract::{dateline::parse_dateline, extract, ExtractOptions};
use newswire::input::{self, Format, RawArticle, ReadLimits};
use newswire::search::{SearchRequest, Searcher, Sort};
use proptest::prelude::*;

/// Text that looks like news copy often enough to reach deep code paths.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("MOSCOW, May 7. /TASS/. ".to_string()),
        Just("PORTLAND, Ore., Feb 26 (Reuters) - ".to_string()),
        Just("\"We will not,\" Lavrov said. ".to_string()),
        Just("«Мы не будем», — заявил министр. ".to_string()),
        Just("\n\n".to_string()),
        Just("Photo: Dmitry Rogulin/TASS\n".to_string()),
        Just("2015-05-07 ".to_string()),
        Just("said ".to_string()),
        Just("\u{202e}\u{0}\u{1b}[31m".to_string()),
        // Web addresses, tickers, firms and character references (session 12's rules).
        Just("Amazon.com's a.b.cüside Zürich.Com pct.Net ".to_string()),
        Just("Cable and Wireless Plc <CAWL.L> <Genentech> <".to_string()),
        Just("&#8220;Jos&#233; &amp; &#x2019;".to_string()),
        "[A-Z][a-z]{0,12}[ ,.:;\"'«»“”()-]{0,3}",
        "\\PC{0,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn raw_article() -> impl Strategy<Value = RawArticle> {
    (
        prop::option::of(newsy_text()),
        prop::option::of(newsy_text()),
        newsy_text(),
        prop::option::of(prop_oneof![
            "\\PC{0,30}",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9:]{8})?"
        ]),
        prop::option::of(any::<String>()),
        prop::option::of(0u64..1000),
        "[a-z/]{0,20}(/[0-9]{4}/[0-9]{2}/[0-9]{2})?/[a-z]{1,8}\\.txt",
    )
        .prop_map(|(title, lead, text, date, id, record, path)| RawArticle {
            source: Source { path, record },
            id,
            title,
            lead,
            text,
            date,
            ..RawArticle::default()
        })
}

/// JSON-ish bytes: real records, broken ones and junk.
fn json_bytes() -> impl Strategy<Value = Vec<u8>> {
    let value = prop_oneof![
        Just("null".to_string()),
        Just("5".to_string()),
        Just("[\"p1\", null, \"p2\"]".to_string()),
        Just("{\"name\":\"X\"}".to_string()),
        "\"\\PC{0,20}\"",
    ];
    let key = prop_oneof![
        Just("title"),
        Just("headline"),
        Just("text"),
        Just("body"),
        Just("paragraphs"),
        Just("date"),
        Just("published"),
        Just("authors"),
        Just("id"),
        Just("url"),
        Just("source"),
        Just("description"),
        Just("other"),
    ];
    let record = prop::collection::vec((key, value), 0..6).prop_map(|kv| {
        let body: Vec<String> = kv.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        format!("{{{}}}", body.join(","))
    });
    let line = prop_oneof![record.clone(), "\\PC{0,30}", Just(String::new())];
    prop_oneof![
        prop::collection::vec(line, 0..8).prop_map(|v| v.join("\n").into_bytes()),
        prop::collection::vec(record, 0..5).prop_map(|v| format!("[{}]", v.join(",")).into_bytes()),
        prop::collection::vec(any::<u8>(), 0..300),
    ]
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![
        Just(Format::Text),
        Just(Format::Json),
        Just(Format::JsonLines)
    ]
}

/// A query made of the pieces of the query language, or anything at all.
fn query() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("harbour"),
        Just("council"),
        Just("\""),
        Just("("),
        Just(")"),
        Just("AND"),
        Just("OR"),
        Just("NOT"),
        Just("+"),
        Just("-"),
        Just("*"),
        Just(":"),
        Just("^2"),
        Just("~1"),
        Just("["),
        Just("]"),
        Just("{"),
        Just("}"),
        Just("TO"),
        Just("IN"),
        Just("title:"),
        Just("date:"),
        Just("nosuch:"),
        Just("2015-05-07T00:00:00Z"),
        Just("\\"),
        Just(" "),
        Just("Москва"),
        Just("\u{202e}"),
        Just("\u{1}"),
    ];
    prop_oneof![
        prop::collection::vec(token, 0..16).prop_map(|v| v.concat()),
        any::<String>(),
        "[ -~]{0,40}",
    ]
}

fn date_bound() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
        "\\PC{0,12}"
    ])
}

/// A small index shared by the query properties.
fn searcher() -> &'static Searcher {
    static S: OnceLock<(tempfile::TempDir, Searcher)> = OnceLock::new();
    &S.get_or_init(|| {
        let t = tempfile::TempDir::new().unwrap();
        let corpus: PathBuf = t.path().join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        for i in 0..5 {
            std::fs::write(
                corpus.join(format!("a{i}.txt")),
                format!("Harbour story {i}\n\nMOSCOW, May {i}. /TASS/. The council met. \"We agree,\" Lavrov said.\n"),
            )
            .unwrap();
        }
        std::fs::write(
            corpus.join("r.jsonl"),
            "{\"title\":\"Москва\",\"text\":\"Совет собрался.\",\"date\":\"2015-05-07\",\"source\":\"TASS\"}\n",
        )
        .unwrap();
        let idx = t.path().join("idx");
        let opts = newswire::index::IndexOptions {
            threads: 1,
            memory_bytes: 32 << 20,
            ..Default::default()
        };
        newswire::index::index_corpus(&corpus, &idx, &opts, &mut newswire::index::NoProgress).unwrap();
        let s = Searcher::open(Path::new(&idx)).unwrap();
        (t, s)
    })
    .1
}

proptest! {
    #[test]
    fn extract_never_panics(raw in raw_article(), year in prop::option::of(1800i32..2200)) {
        let a = extract(&raw, &ExtractOptions { year });
        // What the pipeline relies on: quotes (and their mentions) point into the body, or
        // into the lead for a quote there, at their own text.
        for q in &a.quotes {
            let text = a.text_of(q);
            prop_assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
            if let Some((s, e)) = q.mention {
                prop_assert!(text.get(s..e).is_some());
            }
        }
        let _ = newswire::index::review(&raw, &a);
    }

    #[test]
    fn dateline_parser_never_panics(p in newsy_text()) {
        if let Some((_, at)) = parse_dateline(&p) {
            prop_assert!(at <= p.len() && p.is_char_boundary(at));
        }
    }

    #[test]
    fn record_reader_never_panics(bytes in json_bytes(), format in format(), gz in any::<bool>()) {
        let limits = ReadLimits { max_file_bytes: 1 << 20 };
        let data = if gz {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&bytes).unwrap();
            let full = e.finish().unwrap();
            // Sometimes truncated.
            let cut = full.len() - (bytes.len() % 3).min(full.len());
            full[..cut].to_vec()
        } else {
            bytes
        };
        let r = input::parse_bytes("p.x", &data, format, gz, limits);
        // A page copy gives an article or a reason why not.
        prop_assert!(format != Format::Text || r.records.len() + r.skipped.len() == 1);
        for rec in &r.records {
            // Records always carry something to index.
            prop_assert!(rec.title.as_deref().is_some_and(|t| !t.trim().is_empty()) || !rec.text.trim().is_empty());
        }
    }

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..500)) {
        let _ = input::decode(&bytes);
    }

    #[test]
    fn search_returns_ok_or_err(
        q in query(),
        from in date_bound(),
        to in date_bound(),
        speaker in prop::option::of(query()),
        place in prop::option::of("\\PC{0,10}"),
        sort in prop_oneof![Just(Sort::Relevance), Just(Sort::Date), Just(Sort::DateDesc)],
        limit in 0usize..20,
        offset in 0usize..20,
    ) {
        let s = searcher();
        let mut req = SearchRequest::new(q);
        req.from = from;
        req.to = to;
        req.speaker = speaker;
        req.place = place;
        req.sort = sort;
        req.limit = limit;
        req.offset = offset;
        req.facets = vec![
            newswire::search::FacetKind::Date,
            newswire::search::FacetKind::Role,
            newswire::search::FacetKind::Speaker,
        ];
        if let Ok(r) = s.search(&req) {
            prop_assert!(r.hits.len() <= limit.max(1));
        }
        let _ = s.quotes(&req);
    }
}

/// Regression inputs found while fuzzing.
#[test]
fn regressions() {
    // Tantivy's query parser recursed once per parenthesis and overflowed the stack.
    let s = searcher();
    let deep = format!("{}harbour{}", "(".repeat(2000), ")".repeat(2000));
    assert!(s.search(&SearchRequest::new(deep)).is_err());
    assert!(s.search(&SearchRequest::new("(".repeat(4000))).is_err());
    let ok = format!("{}harbour{}", "(".repeat(20), ")".repeat(20));
    assert!(s.search(&SearchRequest::new(ok)).is_ok());
}
