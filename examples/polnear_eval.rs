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
//!   in some gold Source span of the article; the same test for the quote speakers the list
//!   leaves out (people reached only through pronouns) is printed beside it.
//!
//! The *head* of a gold source: when the Source text has a capitalised word (a name,
//! `Sen. Ted Cruz`, `the Trump campaign`), its last capitalised word; when it has none
//! (`he`, `the senator`), the head of the nearest gold Source before it that has one (for
//! `he`/`she`, of a person not known by given name to be of the other gender). This
//! stands in for the coreference PolNeAR does not annotate; it is approximate in both
//! directions (a pronoun can refer further back), and it is the same for every system.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newswire::extract::lexicon::{Gender, LEXICON};
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
    /// Quote speakers left out of the speaker list, and those of them that are gold sources.
    left_out: usize,
    left_out_ok: usize,
    /// Per gold class (named person, organisation, unnamed, and the named persons whose
    /// Source span itself names them): gold, found, attributed, right (full name for persons,
    /// lenient otherwise), abstained.
    class: [ClassCounts; 4],
}

#[derive(Default, Clone, Copy)]
struct ClassCounts {
    gold: usize,
    found: usize,
    attributed: usize,
    right: usize,
    wrong: usize,
}

/// What a gold Source is, after resolving pronouns and descriptions to the nearest previous
/// gold Source naming a person.
#[derive(Debug, Clone, PartialEq)]
enum GoldClass {
    /// A named person: the head (folded last name word) and its source offset.
    Person { head: String },
    /// A named organisation or publication (`CNN`, `the Trump campaign`, `the statement`).
    Org,
    /// An unnamed source (`a source`, `the official`, `aides`, `one voter`) or a pronoun or
    /// description with no named person before it.
    Unnamed,
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
    println!(
        "| quote speakers left out of the facet (pronouns only, bare single words) that are gold sources | {:.1}% | {}/{} |",
        pct(c.left_out_ok, c.left_out),
        c.left_out_ok,
        c.left_out
    );
    println!();
    println!("By gold source (pronouns and descriptions resolved to the nearest previous gold Source naming a person):");
    println!(
        "| gold source | gold | found | right | right/gold | right/attributed | abstained/found |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (name, k) in [
        ("named person (right = full name)", &c.class[0]),
        ("organisation (lenient)", &c.class[1]),
        ("unnamed (lenient)", &c.class[2]),
        (
            "named person whose Source span names them (no pronoun resolution)",
            &c.class[3],
        ),
    ] {
        println!(
            "| {name} | {} | {} | {} | {:.1}% | {:.1}% ({}/{}) | {:.1}% ({}/{}) |",
            k.gold,
            k.found,
            k.right,
            pct(k.right, k.gold),
            pct(k.right, k.attributed),
            k.right,
            k.attributed,
            pct(k.found - k.attributed, k.found),
            k.found - k.attributed,
            k.found
        );
    }
    let k = &c.class[0];
    println!(
        "HEADLINE right full name among gold direct quotes with a named speaker: {:.1}% ({}/{}); precision {:.1}%; facet precision {:.1}%",
        pct(k.right, k.gold),
        k.right,
        k.gold,
        pct(k.right, k.attributed),
        pct(c.facet_ok, c.facet)
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

    // Gold classes: each Source classified on its own; pronouns and definite descriptions
    // take the nearest previous Source that names a person.
    let mut classed: Vec<(usize, Option<GoldClass>)> = attrs
        .iter()
        .filter_map(|(_, s)| spans.get(s.as_ref()?))
        .filter_map(|s| s.frags.first().map(|f| (f.0, classify_source(&s.text))))
        .collect();
    classed.sort_by_key(|c| c.0);
    let fulls = full_names(text);
    // A gold `he`/`she` skips earlier sources known (by their given names in the text) to be
    // of the other gender.
    let agrees = |own: &str, head: &str| -> bool {
        let want = match own.trim().to_lowercase().as_str() {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => return true,
        };
        let Some(v) = fulls.get(head) else {
            return true;
        };
        let genders: Vec<Gender> = v
            .iter()
            .filter_map(|(_, f)| match LEXICON.first_names.get(f) {
                Some(g) => *g,
                None => LEXICON.given_name_genders.get(f).copied(),
            })
            .collect();
        genders.is_empty() || genders.contains(&want)
    };
    let class_at = |start: usize, own: &str| -> GoldClass {
        classify_source(own).unwrap_or_else(|| {
            classed
                .iter()
                .rev()
                .filter(|(p, _)| *p < start)
                .find_map(|(_, c)| match c {
                    Some(GoldClass::Person { head }) if agrees(own, head) => c.clone(),
                    _ => None,
                })
                .unwrap_or(GoldClass::Unnamed)
        })
    };

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
        let src_start = source.frags.first().map_or(0, |f| f.0);
        let class = class_at(src_start, &source.text);
        let ci = match class {
            GoldClass::Person { .. } => 0,
            GoldClass::Org => 1,
            GoldClass::Unnamed => 2,
        };
        // (The named persons the Source span itself names, not a pronoun or description
        // resolved by the heuristic above, are counted again on their own.)
        let cis: &[usize] = match (ci, classify_source(&source.text)) {
            (0, Some(GoldClass::Person { .. })) => &[0, 3],
            (0, _) => &[0],
            (1, _) => &[1],
            _ => &[2],
        };
        for &k in cis {
            c.class[k].gold += 1;
        }
        // The person's full name as the article gives it: the nearest full form before the
        // source with this last name, else the first after.
        let own = full_names(source.text.split('(').next().unwrap_or(""));
        // (At most two first words: `Hillary Rodham Clinton` gives `hillary` and `rodham`.)
        let firsts = |v: &Vec<(usize, String)>| -> Vec<String> {
            let at = v
                .iter()
                .rev()
                .find(|(p, _)| *p < src_start)
                .or_else(|| v.first())
                .map_or(0, |x| x.0);
            v.iter()
                .filter(|x| x.0 == at)
                .map(|x| x.1.clone())
                .collect()
        };
        let gold_first: Option<Vec<String>> = match &class {
            GoldClass::Person { head } if own.contains_key(head) => Some(firsts(&own[head])),
            GoldClass::Person { head } => fulls.get(head).map(firsts),
            _ => None,
        };
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
            if std::env::var_os("POLNEAR_MISS").is_some() && ci == 0 {
                let ps = text[..cs].rfind('\n').map_or(0, |i| i + 1);
                let pe = text[ce..].find('\n').map_or(text.len(), |i| ce + i);
                println!(
                    "MISSFULL {stem} [gold {:?}]: {}",
                    source.text,
                    &text[ps..pe]
                );
            }
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
        for &k in cis {
            c.class[k].found += 1;
        }
        let Some(sp) = &q.speaker else {
            if std::env::var_os("POLNEAR_ABSTAIN").is_some() && ci == 0 {
                let ps = body[..q.start].rfind("\n").map_or(0, |i| i + 1);
                let pe = body[q.end..].find("\n").map_or(body.len(), |i| q.end + i);
                println!("ABSTAIN {stem} [gold {:?}]: {}", source.text, &body[ps..pe]);
            }
            continue;
        };
        c.attributed += 1;
        for &k in cis {
            c.class[k].attributed += 1;
        }
        let head = head_of(&source.text).or_else(|| {
            sources
                .iter()
                .rev()
                .find(|(p, h)| {
                    *p < src_start && h.as_deref().is_some_and(|h| agrees(&source.text, h))
                })
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
        let class_ok = match &class {
            GoldClass::Person { head } => {
                let words: Vec<&str> = key.split(' ').collect();
                let last_ok = key.ends_with(head.as_str())
                    && (key.len() == head.len() || key[..key.len() - head.len()].ends_with(' '));
                // (Or the article's fuller form of a name the source gives as two words that
                // are a surname, `Le Pen` → `Marine Le Pen`, `Suu Kyi` → `Aung San Suu Kyi`:
                // our name is at most two words more, ends with the source's two words, and the
                // article writes it so.)
                let fuller = |f: &String| {
                    let tail = format!(" {f} {head}");
                    let extra = key.strip_suffix(&tail).map_or(9, |x| x.split(' ').count());
                    extra <= 2 && text.contains(sp.as_str())
                };
                match &gold_first {
                    Some(f) => {
                        words.len() >= 2 && last_ok && f.iter().any(|f| f == words[0] || fuller(f))
                    }
                    None => key.split(' ').any(|w| w == head) || last_ok,
                }
            }
            _ => name_ok || mention_ok,
        };
        if class_ok {
            for &k in cis {
                c.class[k].right += 1;
            }
        } else {
            for &k in cis {
                c.class[k].wrong += 1;
            }
            if ci == 0 && std::env::var_os("POLNEAR_WRONG").is_some() {
                let ps = body[..q.start].rfind("\n").map_or(0, |i| i + 1);
                let pe = body[q.end..].find("\n").map_or(body.len(), |i| q.end + i);
                let m = q.mention.map(|(a, b)| &body[a..b]);
                println!(
                    "WRONGFULL {stem} ours {sp:?} via {m:?} gold {:?} {class:?} first {gold_first:?}: {}",
                    source.text,
                    &body[ps..pe]
                );
            }
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
    // Speakers quotes name that the speaker list leaves out (reached only through pronouns),
    // by the same test, once each.
    let mut left_out: Vec<&str> = Vec::new();
    for q in &quotes {
        if let Some(sp) = q.speaker.as_deref() {
            if !speakers.iter().any(|s| s.name == sp) && !left_out.contains(&sp) {
                left_out.push(sp);
            }
        }
    }
    for sp in left_out {
        c.left_out += 1;
        let key = name_key(sp);
        let last = key.rsplit(' ').next().unwrap_or("");
        if source_texts.iter().any(|t| t.split(' ').any(|w| w == last)) {
            c.left_out_ok += 1;
        }
    }
}

/// Capitalised words that are never part of a person's name: titles, parties, function words
/// that open sentences, US states.
const NAME_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "if",
    "when",
    "while",
    "after",
    "before",
    "said",
    "says",
    "asked",
    "told",
    "added",
    "according",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "of",
    "to",
    "as",
    "that",
    "this",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "why",
    "what",
    "how",
    "who",
    "where",
    "yes",
    "no",
    "not",
    "even",
    "only",
    "then",
    "now",
    "like",
    "both",
    "also",
    "still",
    "since",
    "because",
    "although",
    "though",
    "meanwhile",
    "however",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "sens",
    "rep",
    "reps",
    "gov",
    "rev",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
    "maj",
    "president",
    "presidents",
    "senator",
    "senators",
    "governor",
    "secretary",
    "speaker",
    "chairman",
    "chairwoman",
    "judge",
    "justice",
    "mayor",
    "candidate",
    "former",
    "vice",
    "attorney",
    "general",
    "director",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "democratic",
    "gop",
    "independent",
    "presidential",
    "pastor",
    "father",
    "host",
    "anchor",
    "chief",
    "leader",
    "majority",
    "minority",
    "rabbi",
    "bishop",
    "pope",
    "prime",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "professor",
    "prof",
    "officer",
    "detective",
    "agent",
    "commissioner",
    "congressman",
    "congresswoman",
    "councilman",
    "first",
    "lady",
    "sir",
    "dear",
    "nominee",
    "front-runner",
    "frontrunner",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new",
    "hampshire",
    "jersey",
    "mexico",
    "york",
    "carolina",
    "north",
    "south",
    "dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode",
    "island",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "west",
    "washington",
    "wisconsin",
    "wyoming",
    "u.s.",
    "us",
    "american",
    "america",
    "white",
    "house",
    "state",
    "un",
];

/// Last words of organisation names.
const ORG_LAST: &[&str] = &[
    "news",
    "post",
    "times",
    "journal",
    "magazine",
    "committee",
    "party",
    "campaign",
    "board",
    "network",
    "foundation",
    "institute",
    "university",
    "center",
    "council",
    "association",
    "department",
    "agency",
    "office",
    "house",
    "group",
    "inc",
    "corp",
    "register",
    "sun",
    "tribune",
    "herald",
    "press",
    "media",
    "union",
    "club",
    "pac",
    "fund",
    "elections",
    "commission",
    "court",
    "ministry",
    "administration",
    "coalition",
    "alliance",
    "project",
];

/// Nouns of anonymous or collective sources.
const ANON: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "person",
    "people",
    "man",
    "woman",
    "men",
    "women",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisers",
    "advisor",
    "staffer",
    "staffers",
    "reporter",
    "user",
    "friend",
    "supporter",
    "supporters",
    "protester",
    "protesters",
    "voter",
    "voters",
    "resident",
    "residents",
    "member",
    "members",
    "employee",
    "narrator",
    "voice",
    "someone",
    "one",
    "another",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "critic",
    "critics",
    "observer",
    "strategist",
    "insider",
    "operative",
    "donor",
    "colleague",
    "crowd",
    "audience",
    "others",
    "some",
    "many",
    "several",
];

/// Nouns of non-person sources.
const ORG_NOUNS: &[&str] = &[
    "statement",
    "report",
    "email",
    "emails",
    "group",
    "company",
    "newspaper",
    "editorial",
    "board",
    "release",
    "suit",
    "lawsuit",
    "website",
    "letter",
    "ministry",
    "campaign",
    "committee",
    "ad",
    "ads",
    "poll",
    "survey",
    "memo",
    "study",
    "video",
    "tweet",
    "post",
    "message",
    "book",
    "page",
    "site",
    "filing",
    "complaint",
    "document",
    "article",
    "story",
    "network",
    "organization",
    "agency",
    "department",
    "office",
    "party",
    "team",
    "updates",
    "paper",
    "magazine",
    "show",
    "program",
    "speech",
    "excerpts",
    "interview",
    "transcript",
    "administration",
    "government",
    "court",
    "law",
    "bill",
    "platform",
    "petition",
    "sign",
];

/// Whether a capitalised word is a title, party, state or function word rather than a name.
fn name_stop(w: &str) -> bool {
    let l = strip_poss(w).0.to_lowercase();
    let l = l.trim_end_matches('.');
    NAME_STOP.contains(&l)
        || LEXICON.role_words.contains(l)
        || LEXICON.honorifics.contains_key(l)
        || LEXICON.country(strip_poss(w).0).is_some()
}

fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Words of a text with the punctuation glued to each end: (offset, word, trailing char).
fn words_of(text: &str) -> Vec<(usize, &str, Option<char>)> {
    let mut out = Vec::new();
    let mut off = 0;
    for raw in text.split_inclusive(|c: char| c.is_whitespace()) {
        let at = off;
        off += raw.len();
        let r = raw.trim_end();
        let Some(lead) = r.find(|c: char| c.is_alphanumeric()) else {
            continue;
        };
        let end = r
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(lead, |(i, c)| i + c.len_utf8());
        let core = &r[lead..end];
        // An initial (`J.`) keeps its period silently; other trailing punctuation is recorded.
        let mut rest = r[end..].chars();
        let mut tail = rest.next();
        if tail == Some('.') && core.chars().count() == 1 {
            tail = rest.next();
        }
        if raw.contains('\n') {
            tail = tail.or(Some('\n'));
        }
        out.push((at + lead, core, tail));
    }
    out
}

fn strip_poss(w: &str) -> (&str, bool) {
    for suf in ["'s", "’s", "'", "’"] {
        if let Some(x) = w.strip_suffix(suf) {
            return (x, true);
        }
    }
    (w, false)
}

/// Classify a gold Source text on its own: a person's head, an organisation, unnamed, or
/// `None` for a pronoun or definite description that refers back.
fn classify_source(text: &str) -> Option<GoldClass> {
    // A parenthesis (`(D-Md.)`) ends the part that names the source.
    let text = text.split('(').next().unwrap_or(text);
    let ws = words_of(text);
    if ws.is_empty() {
        return Some(GoldClass::Unnamed);
    }
    let lows: Vec<String> = ws.iter().map(|w| w.1.to_lowercase()).collect();
    let first = lows[0].as_str();
    if ws.len() == 1 && matches!(first, "he" | "she" | "i" | "who" | "his" | "her" | "him") {
        return None;
    }
    if ws.len() <= 2 && matches!(first, "she’s" | "he’s" | "she's" | "he's") {
        return None;
    }
    // Name runs: capitalised non-stop words; a possessive ends a run (and disqualifies it).
    let mut k = 0;
    while k < ws.len() {
        let (_, w, _) = ws[k];
        let stop = name_stop;
        if !is_cap_word(w) || stop(w) {
            k += 1;
            continue;
        }
        let run0 = k;
        let mut poss = false;
        while k < ws.len() && is_cap_word(ws[k].1) && !stop(ws[k].1) {
            let (_, p) = strip_poss(ws[k].1);
            k += 1;
            if p {
                poss = true;
                break;
            }
            if ws[k - 1].2.is_some_and(|c| c == ',') {
                break;
            }
        }
        if poss {
            continue;
        }
        let before_det = run0 > 0
            && matches!(lows[run0 - 1].as_str(), "the" | "a" | "an")
            && (run0 == 1 || ws[run0 - 2].2.is_none());
        let next_lower = ws.get(k).is_some_and(|n| {
            !is_cap_word(n.1)
                && ws[k - 1].2.is_none()
                && !matches!(n.1, "of" | "who" | "and" | "in" | "on" | "at" | "from")
        });
        if next_lower {
            continue;
        }
        // A run followed by a title and then a name (`Senate Minority Leader Harry Reid`,
        // `Clark County Sheriff Joe Lombardo`, `Priorities USA chief strategist Guy Cecil`)
        // qualifies that name: the name's run is the source.
        let next_title = ws[k - 1].2.is_none()
            && ws
                .get(k)
                .is_some_and(|n| is_cap_word(n.1) && name_stop(n.1))
            && ws[k..]
                .iter()
                .take_while(|w| w.2 != Some(','))
                .any(|w| is_cap_word(w.1) && !name_stop(w.1));
        if next_title {
            continue;
        }
        // A suffix (`Robert P. Casey Jr.`) is no head.
        let mut last_at = k - 1;
        if last_at > run0 && name_key(strip_poss(ws[last_at].1).0).is_empty() {
            last_at -= 1;
        }
        let last = strip_poss(ws[last_at].1).0;
        let last_low = last.to_lowercase();
        let acronym = last.len() >= 2 && last.chars().all(|c| !c.is_lowercase());
        if before_det || ORG_LAST.contains(&last_low.as_str()) || acronym {
            return Some(GoldClass::Org);
        }
        return Some(GoldClass::Person {
            head: name_key(last),
        });
    }
    if lows.iter().any(|w| ANON.contains(&w.as_str()))
        || matches!(
            first,
            "a" | "an" | "some" | "many" | "several" | "their" | "our"
        )
    {
        return Some(GoldClass::Unnamed);
    }
    if lows.iter().any(|w| ORG_NOUNS.contains(&w.as_str())) || matches!(first, "it" | "which") {
        return Some(GoldClass::Org);
    }
    if matches!(first, "the" | "this") {
        return None;
    }
    Some(GoldClass::Unnamed)
}

/// Full names in an article by folded last word: (offset, first-name key).
fn full_names(text: &str) -> HashMap<String, Vec<(usize, String)>> {
    let ws = words_of(text);
    let mut out: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for i in 1..ws.len() {
        let (at, w, _) = ws[i];
        let (w, _) = strip_poss(w);
        if !is_cap_word(w) || name_stop(w) {
            continue;
        }
        // Walk back over a middle name or initial to the first name.
        let mut j = i;
        let mut first = None;
        for _ in 0..2 {
            let (_, p, tail) = ws[j - 1];
            if tail.is_some() || !is_cap_word(p) || name_stop(p) {
                break;
            }
            if strip_poss(p).1 {
                break;
            }
            j -= 1;
            first = Some(p);
            if j == 0 {
                break;
            }
        }
        // An initial alone is not a first name: `J. Trump` needs `Donald` before it.
        let Some(f) = first else { continue };
        if f.chars().count() == 1 {
            continue;
        }
        out.entry(name_key(w)).or_default().push((at, name_key(f)));
        if j + 1 < i {
            // `Hillary Rodham Clinton`: the word right before the last name also counts.
            out.entry(name_key(w))
                .or_default()
                .push((at, name_key(ws[i - 1].1)));
        }
    }
    // Prefer forms whose first word is a known given name or recurs with this last name.
    for v in out.values_mut() {
        let mut n: HashMap<String, usize> = HashMap::new();
        for (_, f) in v.iter() {
            *n.entry(f.clone()).or_default() += 1;
        }
        let good = |f: &String| n[f] >= 2 || LEXICON.first_names.contains_key(f);
        if v.iter().any(|(_, f)| good(f)) {
            v.retain(|(_, f)| good(f));
        }
    }
    out
}
