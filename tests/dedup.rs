//! Near-duplicate clustering, evaluated on copies made by realistic edits.
//!
//! Each original story gets edited copies: a new headline (and a different
//! photo caption), the last paragraphs trimmed, a background paragraph
//! inserted, another agency in the dateline and trailer, and a re-filed
//! version combining several edits. Some copies are indexed with the
//! originals, the rest in a second, incremental run (late arrivals must find
//! their story in the committed index). Every pair of indexed articles is
//! then a true pair (same original story) or not, and a predicted pair (same
//! `cluster`) or not: we report pair precision and recall.
//!
//! - `corpus_copies_cluster` (always runs): the bundled `corpus/` page copies.
//! - `reuters_copies_cluster` (ignored, needs `../shared/data` or
//!   `NEWSWIRE_SHARED_DATA`): Reuters-21578 stories; the different stories are
//!   chosen in groups with the same TOPICS and the same DATE, so that "same
//!   topic, same day, different story" is what must stay apart.
//! - `dedup_cost` (ignored, same data): indexing throughput with signatures
//!   on and off.
//!
//! `NEWSWIRE_SHARED_DATA=/path/to/shared/data cargo test --release --test dedup -- --ignored --nocapture`

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

use newswire::dedup::{self, DedupOptions};
use newswire::index::{index_corpus, IndexOptions, NoProgress};
use newswire::search::Searcher;
use serde_json::json;

/// One story as the test sees it.
#[derive(Clone, Debug)]
struct Story {
    title: String,
    paragraphs: Vec<String>,
    date: Option<String>,
}

/// One document to index, with the original story it comes from.
#[derive(Clone, Debug)]
struct Doc {
    id: String,
    story: usize,
    title: String,
    text: String,
    date: Option<String>,
}

/// A tiny deterministic generator (no extra dependency).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const AGENCIES: &[(&str, &str)] = &[
    ("(Reuters)", "(AP)"),
    ("/TASS/", "/Interfax/"),
    ("(Xinhua)", "(AFP)"),
    ("(AP)", "(Reuters)"),
    ("(AFP)", "(dpa)"),
    ("(UPI)", "(AP)"),
    ("(Yonhap)", "(Kyodo)"),
    ("(Kyodo)", "(AFP)"),
    ("(ANSA)", "(Reuters)"),
    ("(dpa)", "(AFP)"),
    ("(Interfax)", "(TASS)"),
];

/// Another agency in the dateline (or one added) and that agency's trailer.
fn swap_agency(paras: &mut Vec<String>) {
    let Some(first) = paras.first_mut() else {
        return;
    };
    match AGENCIES.iter().find(|(a, _)| first.contains(a)) {
        Some((a, b)) => *first = first.replacen(a, b, 1),
        None => *first = format!("WASHINGTON (AP) - {first}"),
    }
    paras.push("(Reporting by the AP newsroom; editing by the desk)".to_string());
}

/// The edited copies of `s`, named by edit. `filler` is a paragraph from
/// another story (the background paragraph an editor inserts).
fn variants(s: &Story, filler: &str, rng: &mut Lcg) -> Vec<(&'static str, Story)> {
    let n = s.paragraphs.len();
    let mut out = Vec::new();

    let mut v = s.clone();
    v.title = format!("UPDATE 1-{}", s.title.to_uppercase());
    v.paragraphs.insert(
        0,
        "A general view of the venue. Photo by staff photographer/Pool".to_string(),
    );
    out.push(("new headline and caption", v));

    let mut v = s.clone();
    let cut = (n / 4).max(1).min(n.saturating_sub(2));
    v.paragraphs.truncate(n - cut);
    out.push(("last paragraphs trimmed", v));

    let mut v = s.clone();
    let at = (n / 2).max(1).min(n);
    v.paragraphs.insert(at, filler.to_string());
    out.push(("paragraph inserted", v));

    let mut v = s.clone();
    swap_agency(&mut v.paragraphs);
    out.push(("other agency", v));

    let mut v = s.clone();
    v.title = format!("{} - sources", s.title);
    if n > 3 {
        v.paragraphs.truncate(n - 1);
    }
    swap_agency(&mut v.paragraphs);
    let at = 1 + rng.below(v.paragraphs.len().saturating_sub(1).max(1));
    v.paragraphs.insert(
        at.min(v.paragraphs.len()),
        "The official, who spoke on condition of anonymity because the talks were private, \
         said no decision had been taken yet."
            .to_string(),
    );
    out.push(("re-filed update", v));
    out
}

fn doc(id: String, story: usize, s: &Story) -> Doc {
    Doc {
        id,
        story,
        title: s.title.clone(),
        text: s.paragraphs.join("\n\n"),
        date: s.date.clone(),
    }
}

fn write_jsonl(path: &Path, docs: &[Doc]) {
    let mut out = String::new();
    for d in docs {
        let mut v = json!({"id": d.id, "title": d.title, "text": d.text});
        if let Some(date) = &d.date {
            v["date"] = json!(date);
        }
        out.push_str(&v.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

#[derive(Debug, Default)]
struct Eval {
    docs: usize,
    stories: usize,
    tp: u64,
    fp: u64,
    fn_: u64,
    clusters: usize,
    /// Misses by edit kind.
    missed: BTreeMap<String, u64>,
    /// Wrong merges: (id, id).
    wrong: Vec<(String, String)>,
}

impl Eval {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

/// Index `stories` with their copies (some late, in a second run) and score
/// the clusters pair by pair. `truth` maps a story to its true story (for
/// originals that are genuine duplicates of each other).
fn evaluate(stories: &[Story], truth: &[usize], opts: DedupOptions, tag: &str) -> Eval {
    evaluate_truths(stories, &[truth], opts, tag).remove(0)
}

/// [`evaluate`] under several definitions of the true stories.
fn evaluate_truths(
    stories: &[Story],
    truths: &[&[usize]],
    opts: DedupOptions,
    tag: &str,
) -> Vec<Eval> {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("c");
    std::fs::create_dir_all(&root).unwrap();
    let ix = tmp.path().join("ix");
    let mut rng = Lcg(42);
    let mut first = Vec::new();
    let mut late = Vec::new();
    let mut kind_of: HashMap<String, &'static str> = HashMap::new();
    for (i, s) in stories.iter().enumerate() {
        first.push(doc(format!("{tag}{i:05}-orig"), i, s));
        let filler = &stories[(i + 7) % stories.len()].paragraphs;
        let filler = filler.get(filler.len() / 2).cloned().unwrap_or_default();
        for (k, (kind, v)) in variants(s, &filler, &mut rng).into_iter().enumerate() {
            let id = format!("{tag}{i:05}-v{k}");
            kind_of.insert(id.clone(), kind);
            // Two copies with the originals, three arrive later.
            if k < 2 {
                first.push(doc(id, i, &v));
            } else {
                late.push(doc(id, i, &v));
            }
        }
    }
    write_jsonl(&root.join("a-first.jsonl"), &first);
    let o = IndexOptions {
        dedup: opts,
        threads: 1,
        memory_bytes: 64 << 20,
        ..IndexOptions::default()
    };
    index_corpus(&root, &ix, &o, &mut NoProgress).unwrap();
    write_jsonl(&root.join("b-late.jsonl"), &late);
    let s = index_corpus(&root, &ix, &o, &mut NoProgress).unwrap();
    assert_eq!(s.indexed as usize, late.len());

    let clusters: HashMap<String, u64> = Searcher::open(&ix)
        .unwrap()
        .clusters()
        .unwrap()
        .into_iter()
        .map(|(id, _, c)| (id, c))
        .collect();
    let all: Vec<&Doc> = first.iter().chain(&late).collect();
    assert_eq!(clusters.len(), all.len());
    truths
        .iter()
        .map(|t| score(stories, t, &all, &clusters, &kind_of))
        .collect()
}

fn score(
    stories: &[Story],
    truth: &[usize],
    all: &[&Doc],
    clusters: &HashMap<String, u64>,
    kind_of: &HashMap<String, &'static str>,
) -> Eval {
    let mut e = Eval {
        docs: all.len(),
        stories: stories.len(),
        clusters: clusters
            .values()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        ..Eval::default()
    };
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            let same = truth[a.story] == truth[b.story];
            let pred = clusters[&a.id] == clusters[&b.id];
            match (same, pred) {
                (true, true) => e.tp += 1,
                (false, true) => {
                    e.fp += 1;
                    e.wrong.push((a.id.clone(), b.id.clone()));
                }
                (true, false) => {
                    e.fn_ += 1;
                    let k = kind_of
                        .get(&b.id)
                        .or_else(|| kind_of.get(&a.id))
                        .copied()
                        .unwrap_or("original");
                    *e.missed.entry(k.to_string()).or_insert(0) += 1;
                }
                (false, false) => {}
            }
        }
    }
    e.stories = truth.iter().collect::<std::collections::HashSet<_>>().len();
    e
}

/// Pair precision / recall by threshold, from signatures alone (no index):
/// for tuning `--dup-threshold`.
fn threshold_table(stories: &[Story], truth: &[usize]) {
    let mut rng = Lcg(42);
    let mut sigs = Vec::new();
    for (i, s) in stories.iter().enumerate() {
        let filler = &stories[(i + 7) % stories.len()].paragraphs;
        let filler = filler.get(filler.len() / 2).cloned().unwrap_or_default();
        let mut all = vec![s.clone()];
        all.extend(variants(s, &filler, &mut rng).into_iter().map(|v| v.1));
        for v in all {
            if let Some(sig) = dedup::signature(&v.title, &v.paragraphs.join("\n\n")) {
                sigs.push((truth[i], sig));
            }
        }
    }
    let mut pos = Vec::new();
    let mut neg = Vec::new();
    for (i, a) in sigs.iter().enumerate() {
        for b in &sigs[i + 1..] {
            let j = a.1.jaccard(&b.1);
            if a.0 == b.0 {
                pos.push(j);
            } else if j > 0.0 {
                neg.push(j);
            }
        }
    }
    let neg_total = sigs.len() * (sigs.len() - 1) / 2 - pos.len();
    eprintln!(
        "  estimated Jaccard: {} true pairs (min {:.2}), {} other pairs (max {:.2})",
        pos.len(),
        pos.iter().cloned().fold(1.0, f64::min),
        neg_total,
        neg.iter().cloned().fold(0.0, f64::max)
    );
    for t in [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8] {
        let tp = pos.iter().filter(|j| **j >= t).count();
        let fp = neg.iter().filter(|j| **j >= t).count();
        eprintln!(
            "  threshold {t:.1}: precision {:.4} recall {:.4} (all pairs compared, no LSH)",
            tp as f64 / (tp + fp).max(1) as f64,
            tp as f64 / pos.len().max(1) as f64
        );
    }
}

fn report(name: &str, e: &Eval) {
    eprintln!(
        "{name}: {} stories, {} documents, {} clusters; pairs: TP {} FP {} FN {}; precision {:.4} recall {:.4}",
        e.stories,
        e.docs,
        e.clusters,
        e.tp,
        e.fp,
        e.fn_,
        e.precision(),
        e.recall()
    );
    if !e.missed.is_empty() {
        eprintln!("  missed pairs by edit: {:?}", e.missed);
    }
    for (a, b) in e.wrong.iter().take(20) {
        eprintln!("  wrongly merged: {a} ~ {b}");
    }
}

// ------------------------------------------------------------ bundled corpus

const CHROME: &[&str] = &[
    "All news",
    "Read also",
    "Share",
    "Skip to main content",
    "Read more",
];

/// The `.txt` page copies of `corpus/`: title = first paragraph that is not
/// site chrome; the rest is body.
fn corpus_stories() -> Vec<Story> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<PathBuf> = walk(&root)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| !p.ends_with("README.md"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut paras: Vec<String> = text
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty() && !CHROME.contains(&p.as_str()))
            .collect();
        if paras.len() < 4 {
            continue;
        }
        let title = paras.remove(0);
        out.push(Story {
            title,
            paragraphs: paras,
            date: None,
        });
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn corpus_copies_cluster() {
    let stories = corpus_stories();
    assert!(stories.len() >= 30, "only {} stories", stories.len());
    let truth: Vec<usize> = (0..stories.len()).collect();
    let e = evaluate(&stories, &truth, DedupOptions::default(), "c");
    report("corpus/", &e);
    threshold_table(&stories, &truth);
    assert!(e.precision() >= 0.99, "precision {}", e.precision());
    assert!(e.recall() >= 0.95, "recall {}", e.recall());

    // Off: every article is its own story.
    let off = evaluate(
        &stories[..5],
        &truth[..5],
        DedupOptions {
            enabled: false,
            ..DedupOptions::default()
        },
        "o",
    );
    assert_eq!(off.tp + off.fp, 0);
    assert_eq!(off.clusters, off.docs);
}

// ------------------------------------------------------------ Reuters-21578

fn shared_data() -> PathBuf {
    let dir = std::env::var_os("NEWSWIRE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let reut = dir.join("reuters21578");
    if !reut.is_dir() {
        panic!(
            "needs the staged Reuters-21578 data: {} not found; set NEWSWIRE_SHARED_DATA to the \
             shared/data directory",
            reut.display()
        );
    }
    dir
}

/// A Reuters-21578 story with its TOPICS and day.
struct Reut {
    id: u64,
    topics: String,
    day: String,
    story: Story,
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s[a..].find(close)? + a;
    Some(&s[a..b])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace("&#3;", "")
        .replace("&#22;", "")
        .replace("&#31;", "")
        .replace("&#127;", "")
}

/// Every Reuters-21578 story with a body and a title (SGML gz, Latin-1).
fn reuters(dir: &Path) -> Vec<Reut> {
    let mut out = Vec::new();
    for n in 0..=21 {
        let path = dir.join(format!("reuters21578/reut2-{n:03}.sgm.gz"));
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut bytes)
            .unwrap();
        let text: String = bytes.iter().map(|&b| b as char).collect(); // Latin-1
        for rec in text.split("</REUTERS>") {
            let Some(id) = between(rec, "NEWID=\"", "\"").and_then(|s| s.parse().ok()) else {
                continue;
            };
            let (Some(body), Some(title), Some(date)) = (
                between(rec, "<BODY>", "</BODY>"),
                between(rec, "<TITLE>", "</TITLE>"),
                between(rec, "<DATE>", "</DATE>"),
            ) else {
                continue;
            };
            let topics: Vec<&str> = between(rec, "<TOPICS>", "</TOPICS>")
                .unwrap_or("")
                .split("<D>")
                .filter_map(|t| t.split("</D>").next())
                .filter(|t| !t.is_empty())
                .collect();
            let body = unescape(body);
            let body = body.trim_end().trim_end_matches("Reuter").trim_end();
            // Paragraphs start with an indented line.
            let paragraphs: Vec<String> = body
                .split("\n    ")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .collect();
            let day = date.trim().split(' ').next().unwrap_or("").to_string();
            let iso = iso_day(&day);
            out.push(Reut {
                id,
                topics: topics.join(","),
                day,
                story: Story {
                    title: unescape(title).trim().to_string(),
                    paragraphs,
                    date: iso,
                },
            });
        }
    }
    out
}

/// `26-FEB-1987` → `1987-02-26`.
fn iso_day(d: &str) -> Option<String> {
    let mut it = d.split('-');
    let (day, mon, year) = (it.next()?, it.next()?, it.next()?);
    const M: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    let m = M.iter().position(|x| x.eq_ignore_ascii_case(mon))? + 1;
    Some(format!("{year}-{m:02}-{:02}", day.parse::<u32>().ok()?))
}

/// Originals for the evaluation: whole groups of stories with the same
/// TOPICS and day (≥ 2 in the group, ≥ 60 words and ≥ 3 paragraphs each).
type Sample = (Vec<Story>, Vec<usize>, Vec<usize>, usize, usize, usize);

/// Words of a headline, tickers (`<BP>`) and punctuation left out.
fn title_words(t: &str) -> std::collections::BTreeSet<String> {
    let mut t = t.to_string();
    while let (Some(a), Some(b)) = (t.find('<'), t.find('>')) {
        if b < a {
            break;
        }
        t.replace_range(a..=b, " ");
    }
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Originals, the strict truth (only re-sends with exact Jaccard >= 0.8 are
/// one story), the headline truth (also same-day same-topic stories whose
/// headlines share at least half their words and whose texts overlap (exact
/// Jaccard >= 0.4): re-filed versions), the
/// number of same-topic same-day pairs, and how many pairs each truth joins.
fn reuters_sample(all: &[Reut], max_stories: usize) -> Sample {
    let mut groups: BTreeMap<(String, String), Vec<&Reut>> = BTreeMap::new();
    for r in all {
        let words: usize = r
            .story
            .paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum();
        if r.topics.is_empty() || words < 60 || r.story.paragraphs.len() < 3 {
            continue;
        }
        groups
            .entry((r.topics.clone(), r.day.clone()))
            .or_default()
            .push(r);
    }
    let mut stories = Vec::new();
    let mut group_of = Vec::new();
    // Spread over topics: take groups in order of a hash of their key.
    let mut keys: Vec<_> = groups.keys().filter(|k| groups[*k].len() >= 2).collect();
    keys.sort_by_key(|k| xxhash_rust::xxh3::xxh3_64(format!("{}{}", k.0, k.1).as_bytes()));
    for (g, k) in keys.into_iter().enumerate() {
        if stories.len() >= max_stories {
            break;
        }
        let mut members = groups[k].clone();
        members.sort_by_key(|r| r.id);
        for r in members.into_iter().take(6) {
            stories.push(r.story.clone());
            group_of.push(g);
        }
    }
    // Genuine duplicates among the originals (Reuters re-sent some stories):
    // exact shingle Jaccard >= 0.8 makes them one true story.
    let sets: Vec<Vec<u64>> = stories
        .iter()
        .map(|s| dedup::shingles(&s.paragraphs.join("\n\n")))
        .collect();
    let mut truth: Vec<usize> = (0..stories.len()).collect();
    let mut by_title: Vec<usize> = (0..stories.len()).collect();
    let mut refiled = 0;
    let mut resent = 0;
    let mut same_day_pairs = 0;
    for i in 0..stories.len() {
        for j in i + 1..stories.len() {
            if group_of[i] != group_of[j] {
                continue;
            }
            same_day_pairs += 1;
            let inter = sets[i]
                .iter()
                .filter(|h| sets[j].binary_search(h).is_ok())
                .count();
            let union = sets[i].len() + sets[j].len() - inter;
            let exact = inter as f64 / union.max(1) as f64;
            let (ta, tb) = (
                title_words(&stories[i].title),
                title_words(&stories[j].title),
            );
            let tj = ta.intersection(&tb).count() as f64 / ta.union(&tb).count().max(1) as f64;
            if exact >= 0.8 || (exact >= 0.4 && tj >= 0.5) {
                refiled += 1;
                let (t, tj) = (by_title[i], by_title[j]);
                for x in by_title.iter_mut() {
                    if *x == tj {
                        *x = t;
                    }
                }
            }
            if exact >= 0.8 {
                resent += 1;
                let (t, tj) = (truth[i], truth[j]);
                for x in truth.iter_mut() {
                    if *x == tj {
                        *x = t;
                    }
                }
            }
        }
    }
    (stories, truth, by_title, same_day_pairs, resent, refiled)
}

#[test]
#[ignore = "needs ../shared/data"]
fn reuters_copies_cluster() {
    let dir = shared_data();
    let all = reuters(&dir);
    assert!(
        all.len() > 10_000,
        "only {} Reuters stories parsed",
        all.len()
    );
    let max = std::env::var("NEWSWIRE_DEDUP_STORIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let (stories, strict, truth, same_day_pairs, resent, refiled) = reuters_sample(&all, max);
    eprintln!(
        "Reuters-21578: {} originals in groups of same TOPICS and DATE: {} same-topic same-day \
         pairs; {} are re-sends (exact shingle Jaccard >= 0.8); {} are re-sends or re-filed \
         versions (headlines sharing >= half their words, exact Jaccard >= 0.4)",
        stories.len(),
        same_day_pairs,
        resent,
        refiled
    );
    let mut es = evaluate_truths(&stories, &[&strict, &truth], DedupOptions::default(), "r");
    let e = es.remove(1);
    report(
        "Reuters-21578, strict truth (only exact re-sends are one story)",
        &es[0],
    );
    report(
        "Reuters-21578, headline truth (re-filed versions are one story)",
        &e,
    );
    // The distinct story pairs behind wrong merges, with their exact similarity.
    let mut pairs: Vec<(usize, usize)> = e
        .wrong
        .iter()
        .map(|(a, b)| (a[1..6].parse().unwrap(), b[1..6].parse().unwrap()))
        .map(|(a, b): (usize, usize)| (a.min(b), a.max(b)))
        .collect();
    pairs.sort();
    pairs.dedup();
    for (a, b) in pairs {
        let (x, y) = (&stories[a], &stories[b]);
        let sx = dedup::shingles(&x.paragraphs.join("\n\n"));
        let sy = dedup::shingles(&y.paragraphs.join("\n\n"));
        let inter = sx.iter().filter(|h| sy.binary_search(h).is_ok()).count();
        eprintln!(
            "  different stories merged (exact Jaccard {:.2}):\n    {:?} {}\n    {:?} {}",
            inter as f64 / (sx.len() + sy.len() - inter).max(1) as f64,
            x.title,
            x.paragraphs
                .join(" / ")
                .chars()
                .take(300)
                .collect::<String>(),
            y.title,
            y.paragraphs
                .join(" / ")
                .chars()
                .take(300)
                .collect::<String>()
        );
    }
    threshold_table(&stories, &truth);
    assert!(e.precision() >= 0.98, "precision {}", e.precision());
    assert!(e.recall() >= 0.95, "recall {}", e.recall());
}

/// Indexing throughput with signatures and clusters on, then off, on the
/// same corpus (every Reuters-21578 story with a body, as JSON Lines).
#[test]
#[ignore = "needs ../shared/data"]
fn dedup_cost() {
    let dir = shared_data();
    let all = reuters(&dir);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("c");
    std::fs::create_dir_all(&root).unwrap();
    let docs: Vec<Doc> = all
        .iter()
        .map(|r| doc(format!("reut-{}", r.id), 0, &r.story))
        .collect();
    // Several files, so that parsing is spread over threads as in real use.
    for (i, chunk) in docs.chunks(1000).enumerate() {
        write_jsonl(&root.join(format!("r{i:03}.jsonl")), chunk);
    }
    let mut rates = Vec::new();
    for (name, enabled) in [("dedup on", true), ("dedup off", false), ("dedup on", true)] {
        let o = IndexOptions {
            dedup: DedupOptions {
                enabled,
                ..DedupOptions::default()
            },
            rebuild: true,
            ..IndexOptions::default()
        };
        let ix = tmp.path().join("ix");
        let s = index_corpus(&root, &ix, &o, &mut NoProgress).unwrap();
        let rate = s.indexed as f64 / s.elapsed.as_secs_f64();
        eprintln!(
            "{name}: {} articles in {:.2}s = {:.0} articles/s ({} joined an earlier copy's cluster)",
            s.indexed,
            s.elapsed.as_secs_f64(),
            rate,
            s.copies
        );
        rates.push(rate);
    }
    let on = (rates[0] + rates[2]) / 2.0;
    eprintln!(
        "throughput with dedup / without: {:.2} (dedup costs {:.0}% of the time)",
        on / rates[1],
        (rates[1] / on - 1.0) * 100.0
    );
}

/// `collapse`, `count: stories` and `related` on a small index with copies.
#[test]
fn collapse_count_and_related() {
    use newswire::search::{CountMode, FacetKind, SearchRequest};
    let stories = corpus_stories();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("c");
    std::fs::create_dir_all(&root).unwrap();
    let mut docs: Vec<Doc> = stories
        .iter()
        .enumerate()
        .map(|(i, s)| doc(format!("s{i:03}"), i, s))
        .collect();
    let mut rng = Lcg(1);
    for (k, (_, v)) in variants(&stories[0], "Background.", &mut rng)
        .into_iter()
        .enumerate()
    {
        docs.push(doc(format!("s000-copy{k}"), 0, &v));
    }
    let mut lines = String::new();
    for d in &docs {
        let agency = if d.id.ends_with("copy3") {
            "AP"
        } else {
            "TASS"
        };
        lines.push_str(
            &json!({"id": d.id, "title": d.title, "text": d.text, "source": agency}).to_string(),
        );
        lines.push('\n');
    }
    std::fs::write(root.join("all.jsonl"), lines).unwrap();
    let ix = tmp.path().join("ix");
    let s = index_corpus(&root, &ix, &IndexOptions::default(), &mut NoProgress).unwrap();
    assert_eq!(s.copies, 5);
    let searcher = Searcher::open(&ix).unwrap();
    // A phrase of story 0's body finds its six copies; collapsed, one story.
    let words: Vec<&str> = stories[0].paragraphs[1]
        .split_whitespace()
        .take(6)
        .collect();
    let mut req = SearchRequest::new(format!("\"{}\"", words.join(" ").replace('"', "")));
    let plain = searcher.search(&req).unwrap();
    assert!(plain.total_hits >= 6, "{}", plain.total_hits);
    req.collapse = true;
    req.facets = vec![FacetKind::Agency];
    let r = searcher.search(&req).unwrap();
    assert_eq!(r.total_hits, plain.total_hits);
    let hit = r.hits.iter().find(|h| h.id.starts_with("s000")).unwrap();
    assert_eq!(hit.copies, Some(5));
    assert_eq!(hit.copies_of.len(), 5);
    assert!(r.total_stories.unwrap() < plain.total_hits);
    // Counting stories, each agency counts story 0 once however many of its
    // six copies carry that agency (the agency comes from each copy's dateline).
    let sum = |r: &newswire::search::SearchResults| r.facets.iter().map(|f| f.count).sum::<u64>();
    req.count = CountMode::Stories;
    let by_story = searcher.search(&req).unwrap();
    let mut agencies: Vec<String> = std::iter::once("s000".to_string())
        .chain((0..5).map(|k| format!("s000-copy{k}")))
        .map(|id| {
            searcher
                .article(&id)
                .unwrap()
                .unwrap()
                .agency
                .unwrap_or_default()
        })
        .collect();
    agencies.sort();
    agencies.dedup();
    assert_eq!(
        sum(&r) - sum(&by_story),
        6 - agencies.len() as u64,
        "{agencies:?}"
    );
    for f in &by_story.facets {
        let copies = r.facets.iter().find(|g| g.value == f.value).unwrap().count;
        assert!(f.count <= copies, "{f:?}");
    }

    let rel = searcher.related("s000-copy2", 5).unwrap().unwrap();
    assert_eq!(rel.copies.len(), 5);
    assert!(rel.copies.iter().any(|c| c.id == "s000"));
    assert!(!rel.related.is_empty());
    assert!(rel
        .related
        .iter()
        .all(|h| !h.article.id.starts_with("s000")));
    assert!(searcher.related("nope", 5).unwrap().is_none());
}
