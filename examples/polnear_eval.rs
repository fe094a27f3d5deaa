//! Scores `newswire::extract::quotes::attribute` on PolNeAR (political news, brat standoff).
//!
//! `cargo run --release --example polnear_eval -- <train|dev|test> [--data DIR] [--show N]`
//!
//! DIR defaults to `$NEWSWIRE_SHARED_DATA`, else `<crate>/../shared/data`; the corpus is read
//! from `DIR/polnear/<split>/{text,attributions}`. One `.ann` per article (the first in sorted
//! order). Gold direct quotes are attributions whose Content opens at `"` or `“` and that
//! have a Source.
//!
//! Scores:
//! - **found**: share of gold direct quotes overlapped by one of our direct quotes;
//! - **right (lenient)**: share of gold quotes whose overlapping quote of ours has a speaker
//!   and either our mention span overlaps the gold Source span, or our speaker's name
//!   contains the gold source's *head* (below);
//! - **right (name)**: the head test alone, so our own resolution is checked against a name;
//! - **precision**: right (lenient) among found quotes we attributed; **abstained**: found
//!   quotes left without a speaker;
//! - **facet precision**: share of our non-organisation speakers whose last name word occurs
//!   in some gold Source span of the article.
//!
//! The *head* of a gold source: when the Source text has a capitalised word (a name,
//! `Sen. Ted Cruz`, `the Trump campaign`), its last capitalised word; when it has none
//! (`he`, `the senator`), the head of the nearest gold Source before it that has one. This
//! stands in for the coreference PolNeAR does not annotate; it is approximate in both
//! directions (a pronoun can refer further back), and it is the same for every system.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newswire::extract::quotes::attribute;
use newswire::extract::speakers::name_key;

#[derive(Debug, Clone)]
struct Span {
    /// Byte fragments in the file text.
    frags: Vec<(usize, usize)>,
    text: String,
}

/// An attribution: its Content span id and its Source span id (if any).
type Attr = (String, Option<String>);

#[derive(Default)]
struct Counts {
    articles: usize,
    gold: usize,
    found: usize,
    attributed: usize,
    right: usize,
    right_name: usize,
    facet: usize,
    facet_ok: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut split = None;
    let mut data: Option<PathBuf> = None;
    let mut show = 0usize;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--data" => {
                data = args.get(i + 1).map(PathBuf::from);
                i += 1;
            }
            "--show" => {
                show = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(20);
                i += 1;
            }
            s => split = Some(s.to_string()),
        }
        i += 1;
    }
    let Some(split) = split else {
        eprintln!("usage: polnear_eval <train|dev|test> [--data DIR] [--show N]");
        std::process::exit(2);
    };
    let data = data
        .or_else(|| std::env::var_os("NEWSWIRE_SHARED_DATA").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")));
    let dir = data.join("polnear").join(&split);
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    if !text_dir.is_dir() || !ann_dir.is_dir() {
        eprintln!(
            "error: PolNeAR split not found at {} (give --data DIR or set NEWSWIRE_SHARED_DATA)",
            dir.display()
        );
        std::process::exit(1);
    }
    let mut anns: Vec<String> = read_dir_names(&ann_dir)
        .into_iter()
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut texts: Vec<String> = read_dir_names(&text_dir)
        .into_iter()
        .filter(|n| n.ends_with(".txt"))
        .collect();
    texts.sort();
    let mut c = Counts::default();
    let mut shown = 0;
    let t0 = std::time::Instant::now();
    for name in &texts {
        let stem = name.trim_end_matches(".txt");
        let Some(ann) = anns.iter().find(|a| {
            a.strip_prefix(stem)
                .and_then(|r| r.strip_prefix('_'))
                .is_some_and(|r| !r.trim_end_matches(".ann").contains('_'))
        }) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(text_dir.join(name)) else {
            continue;
        };
        let Ok(ann_text) = std::fs::read_to_string(ann_dir.join(ann)) else {
            continue;
        };
        c.articles += 1;
        score_article(&text, &ann_text, &mut c, show, &mut shown, stem);
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "PolNeAR {split}: {} articles, {} gold direct quotes ({:.1?})",
        c.articles,
        c.gold,
        t0.elapsed()
    );
    println!("| metric | value | count |");
    println!("|---|---|---|");
    println!(
        "| quotes found | {:.1}% | {}/{} |",
        pct(c.found, c.gold),
        c.found,
        c.gold
    );
    println!(
        "| speaker right (lenient) | {:.1}% | {}/{} |",
        pct(c.right, c.gold),
        c.right,
        c.gold
    );
    println!(
        "| speaker right among found | {:.1}% | {}/{} |",
        pct(c.right, c.found),
        c.right,
        c.found
    );
    println!(
        "| speaker right (name test only) | {:.1}% | {}/{} |",
        pct(c.right_name, c.gold),
        c.right_name,
        c.gold
    );
    println!(
        "| precision (right among attributed) | {:.1}% | {}/{} |",
        pct(c.right, c.attributed),
        c.right,
        c.attributed
    );
    println!(
        "| abstained (found, no speaker) | {:.1}% | {}/{} |",
        pct(c.found - c.attributed, c.found),
        c.found - c.attributed,
        c.found
    );
    println!(
        "| speaker-facet precision | {:.1}% | {}/{} |",
        pct(c.facet_ok, c.facet),
        c.facet_ok,
        c.facet
    );
}

fn read_dir_names(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// Parse brat T and E lines: spans by id, and attributions (content id, source id).
fn parse_ann(ann: &str, char_to_byte: &[usize]) -> (HashMap<String, Span>, Vec<Attr>) {
    let mut spans = HashMap::new();
    let mut attrs = Vec::new();
    let to_byte = |c: usize| char_to_byte.get(c).copied();
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 {
            continue;
        }
        if cols[0].starts_with('T') {
            let mut head = cols[1].splitn(2, ' ');
            let _kind = head.next();
            let Some(offs) = head.next() else { continue };
            let mut frags = Vec::new();
            for f in offs.split(';') {
                let mut it = f.split_whitespace();
                let (Some(a), Some(b)) = (it.next(), it.next()) else {
                    continue;
                };
                let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                    continue;
                };
                if let (Some(a), Some(b)) = (to_byte(a), to_byte(b)) {
                    frags.push((a, b));
                }
            }
            frags.sort();
            spans.insert(
                cols[0].to_string(),
                Span {
                    frags,
                    text: cols.get(2).unwrap_or(&"").to_string(),
                },
            );
        } else if cols[0].starts_with('E') {
            let mut content = None;
            let mut source = None;
            for arg in cols[1].split_whitespace() {
                if let Some(t) = arg.strip_prefix("Content:") {
                    content = Some(t.to_string());
                } else if let Some(t) = arg.strip_prefix("Source:") {
                    source = Some(t.to_string());
                }
            }
            if let Some(ct) = content {
                attrs.push((ct, source));
            }
        }
    }
    (spans, attrs)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> usize {
    let s = a.0.max(b.0);
    let e = a.1.min(b.1);
    e.saturating_sub(s)
}

/// The last word of the first run of capitalised words of a source text (`Rev. Kyev Tatum,
/// then pastor at ...` → `tatum`), possessive dropped, folded.
fn head_of(text: &str) -> Option<String> {
    const NOT: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "I",
        "We",
        "His",
        "Her",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Rev",
        "President",
        "Senator",
        "Sens",
    ];
    let mut last = None;
    for raw in text.split_whitespace() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        let cap = w.chars().next().is_some_and(char::is_uppercase) && !NOT.contains(&w);
        if cap {
            last = Some(w);
            if raw.ends_with([',', '’', '\'']) || raw.ends_with("'s") || raw.ends_with("’s") {
                break;
            }
        } else if last.is_some() {
            break;
        }
    }
    last.map(name_key).filter(|k| !k.is_empty())
}

fn score_article(
    text: &str,
    ann: &str,
    c: &mut Counts,
    show: usize,
    shown: &mut usize,
    stem: &str,
) {
    let mut char_to_byte: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    char_to_byte.push(text.len());
    let (spans, attrs) = parse_ann(ann, &char_to_byte);
    // Title = first line; body = the rest, leading blank lines skipped.
    let title_end = text.find('\n').unwrap_or(text.len());
    let title = &text[..title_end];
    let rest = &text[title_end..];
    let body_off = title_end + (rest.len() - rest.trim_start().len());
    let body = text[body_off..].trim_end();
    let (quotes, speakers) = attribute(title, None, body);

    // Gold sources in text order (for the head of pronoun sources).
    let mut sources: Vec<(usize, Option<String>)> = attrs
        .iter()
        .filter_map(|(_, s)| spans.get(s.as_ref()?))
        .filter_map(|s| s.frags.first().map(|f| (f.0, head_of(&s.text))))
        .collect();
    sources.sort();
    let source_texts: Vec<String> = attrs
        .iter()
        .filter_map(|(_, s)| spans.get(s.as_ref()?))
        .map(|s| name_key(&s.text))
        .collect();

    for (ct, st) in &attrs {
        let (Some(content), Some(source)) = (spans.get(ct), st.as_ref().and_then(|s| spans.get(s)))
        else {
            continue;
        };
        let Some(&(cs, ce)) = content.frags.first() else {
            continue;
        };
        if !(text[cs..].starts_with('"') || text[cs..].starts_with('“')) {
            continue;
        }
        let ce = content.frags.iter().map(|f| f.1).max().unwrap_or(ce);
        c.gold += 1;
        let best = quotes
            .iter()
            .filter(|q| q.direct)
            .map(|q| {
                (
                    overlaps((q.start + body_off, q.end + body_off), (cs, ce)),
                    q,
                )
            })
            .filter(|(o, _)| *o > 0)
            .max_by_key(|(o, _)| *o)
            .map(|(_, q)| q);
        let Some(q) = best else {
            if *shown < show {
                *shown += 1;
                println!(
                    "MISS {stem}: {:?}",
                    &text[cs..ce.min(cs + 80).max(cs)]
                        .chars()
                        .take(80)
                        .collect::<String>()
                );
            }
            continue;
        };
        c.found += 1;
        let Some(sp) = &q.speaker else {
            if std::env::var_os("POLNEAR_ABSTAIN").is_some() {
                let ps = body[..q.start].rfind("\n").map_or(0, |i| i + 1);
                let pe = body[q.end..].find("\n").map_or(body.len(), |i| q.end + i);
                println!("ABSTAIN {stem} [gold {:?}]: {}", source.text, &body[ps..pe]);
            }
            continue;
        };
        c.attributed += 1;
        let src_start = source.frags.first().map_or(0, |f| f.0);
        let head = head_of(&source.text).or_else(|| {
            sources
                .iter()
                .rev()
                .find(|(p, h)| *p < src_start && h.is_some())
                .and_then(|(_, h)| h.clone())
        });
        let key = name_key(sp);
        let name_ok = head
            .as_ref()
            .is_some_and(|h| key.split(' ').any(|w| w == h));
        let mention_ok = q.mention.is_some_and(|(a, b)| {
            source
                .frags
                .iter()
                .any(|&f| overlaps((a + body_off, b + body_off), f) > 0)
        });
        if name_ok {
            c.right_name += 1;
        }
        if name_ok || mention_ok {
            c.right += 1;
        } else if *shown < show {
            *shown += 1;
            let m = q.mention.map(|(a, b)| &body[a..b]);
            println!(
                "WRONG {stem}: ours {sp:?} via {m:?}, gold {:?} (head {head:?}) for {:?}",
                source.text,
                q.text.chars().take(60).collect::<String>()
            );
        }
    }
    for s in speakers.iter().filter(|s| !s.organization) {
        c.facet += 1;
        let key = name_key(&s.name);
        let last = key.rsplit(' ').next().unwrap_or("");
        if source_texts.iter().any(|t| t.split(' ').any(|w| w == last)) {
            c.facet_ok += 1;
        } else if *shown < show {
            *shown += 1;
            println!("FACET {stem}: {:?} not a gold source", s.name);
        }
    }
}
