//! Extraction alone (no I/O, no indexing): articles/s on one core over a fixed
//! sample of page copies built in memory from the repo's `corpus/`; and eight adversarial
//! articles at two sizes each (see `cases` below), whose items/s must not fall as they grow.
//!
//! ```text
//! cargo bench --bench extract
//! ```

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newswire::extract::{extract, ExtractOptions};
use newswire::input::{format_of, parse_bytes, RawArticle, ReadLimits};

/// Every article file of `corpus/` (page copies, JSON, JSON Lines, gzip),
/// read into raw records once.
fn sample() -> Vec<RawArticle> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let Ok(e) = e else { continue };
        let Some((format, gz)) = format_of(e.path()) else {
            continue;
        };
        let Ok(bytes) = std::fs::read(e.path()) else {
            continue;
        };
        let display = e
            .path()
            .strip_prefix(&root)
            .unwrap_or(e.path())
            .to_string_lossy()
            .to_string();
        out.extend(parse_bytes(&display, &bytes, format, gz, ReadLimits::default()).records);
    }
    assert!(!out.is_empty(), "no articles in corpus/");
    out
}

/// Builds an adversarial article's text with `n` items.
type TextOfSize = fn(usize) -> String;

fn bench(c: &mut Criterion) {
    let sample = sample();
    let opts = ExtractOptions::default();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Elements(sample.len() as u64));
    g.bench_function(format!("{}_corpus_articles", sample.len()), |b| {
        b.iter(|| {
            for raw in &sample {
                std::hint::black_box(extract(std::hint::black_box(raw), &opts));
            }
        })
    });
    // Page copies only (the extractor's hardest input: chrome, captions, datelines).
    let pages: Vec<RawArticle> = sample
        .iter()
        .filter(|r| r.title.is_none())
        .cloned()
        .collect();
    g.throughput(Throughput::Elements(pages.len() as u64));
    g.bench_function(format!("{}_page_copies", pages.len()), |b| {
        b.iter(|| {
            for raw in &pages {
                std::hint::black_box(extract(std::hint::black_box(raw), &opts));
            }
        })
    });
    g.finish();

    // Adversarial articles at two sizes each; items/s should be about equal at both (a
    // falling ratio is a walk that grows with the text). One paragraph of `The senator said,
    // "Q."` with nobody named (each description resolved by a walk back); a capitalised run
    // before `said` (one name thousands of words long); a run of title words (a mention read
    // from each word); distinct names, one a paragraph (each surname looked up among all);
    // quotes opened and never closed; short quotes in one sentence without end; statements
    // of `the statement`; seats of `the MP for X and Y`.
    let cases: [(&str, TextOfSize); 8] = [
        ("repeated_description", |n| {
            "The senator said, \"We will see it now.\" ".repeat(n)
        }),
        ("long_capitalised_run", |n| {
            format!("{}said the deal was off.", "Trafalgar House ".repeat(n / 2))
        }),
        ("title_run", |n| "Minister President ".repeat(n / 2)),
        ("distinct_names", |n| {
            (0..n).map(|i| format!("Smith{i} said\n\n")).collect()
        }),
        ("unclosed_quotes", |n| {
            (0..n)
                .map(|i| format!("\"We will build {i} new schools this year. "))
                .collect()
        }),
        ("sentence_without_end", |n| {
            (0..n)
                .map(|i| format!("\"Really{i},\" she added "))
                .collect()
        }),
        ("statements", |n| {
            (0..n)
                .map(|i| format!("The statement said {i} schools would open. "))
                .collect()
        }),
        ("seats", |n| {
            (0..n)
                .map(|i| format!("The MP for Kent and Smith{i} went home.\n\n"))
                .collect()
        }),
    ];
    for (name, text) in cases {
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        for n in [200_usize, 800] {
            let raw = RawArticle {
                title: Some("Adversarial".to_string()),
                text: text(n),
                ..RawArticle::default()
            };
            g.throughput(Throughput::Elements(n as u64));
            g.bench_function(format!("{n}_items"), |b| {
                b.iter(|| std::hint::black_box(extract(std::hint::black_box(&raw), &opts)))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
