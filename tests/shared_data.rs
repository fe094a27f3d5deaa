//! Checks of the page and dateline extractors against the real data staged in
//! `shared/data` (not redistributable, so never copied into the repo). The
//! folder is found through `NEWSWIRE_SHARED_DATA`, else `../shared/data` beside
//! the crate. Run with `cargo test --test shared_data -- --ignored`.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::LazyLock;

use newswire::extract::page::parse_page;
use regex::Regex;

fn shared_data() -> PathBuf {
    let dir = std::env::var_os("NEWSWIRE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")));
    assert!(
        dir.is_dir(),
        "the shared data folder {} is absent: set NEWSWIRE_SHARED_DATA to shared/data",
        dir.display()
    );
    dir
}

static NUMERIC_ENTITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"&#\d+;").unwrap());

static DATE_OR_DASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:^|\s)\d|\s-")
        .unwrap()
});

/// The SGML entities of Reuters-21578: `&lt;` `&gt;` `&amp;` decoded, `&#N;` (control characters) removed.
fn decode_entities(s: &str) -> String {
    NUMERIC_ENTITY
        .replace_all(s, "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The gold place: the dateline before its first comma, else before its date
/// or dash; wire marks such as `****` are trimmed.
fn gold_place(dateline: &str) -> String {
    let text = dateline.trim();
    let place = match text.split_once(',') {
        Some((place, _)) => place,
        None => DATE_OR_DASH.find(text).map_or(text, |m| &text[..m.start()]),
    };
    place
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

#[test]
#[ignore = "needs ../shared/data (run with --ignored)"]
fn reuters21578_dateline_places() {
    let dir = shared_data().join("reuters21578");
    let tag = |name: &str| Regex::new(&format!(r"(?s)<{name}>(.*?)</{name}>")).unwrap();
    let (doc_re, title_re, dateline_re, body_re) = (
        Regex::new(r"(?s)<REUTERS[^>]*>(.*?)</REUTERS>").unwrap(),
        tag("TITLE"),
        tag("DATELINE"),
        tag("BODY"),
    );
    let (mut docs, mut matched, mut missed) = (0usize, 0usize, 0usize);
    let mut mismatches: HashMap<(String, String), usize> = HashMap::new();
    for n in 0..=21 {
        let path = dir.join(format!("reut2-{n:03}.sgm.gz"));
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).expect("reuters file"))
            .read_to_end(&mut bytes)
            .expect("gzip");
        let text: String = bytes.iter().map(|&b| char::from(b)).collect();
        for doc in doc_re.captures_iter(&text) {
            let (Some(dateline), Some(body)) =
                (dateline_re.captures(&doc[1]), body_re.captures(&doc[1]))
            else {
                continue;
            };
            let title = title_re
                .captures(&doc[1])
                .map_or(String::new(), |t| decode_entities(&t[1]));
            let dateline = decode_entities(&dateline[1]);
            let page = parse_page(&format!(
                "{title}\n\n{dateline} {}",
                decode_entities(&body[1])
            ));
            let (gold, got) = (
                gold_place(&dateline),
                page.dateline.map_or(String::new(), |d| d.place),
            );
            docs += 1;
            if gold.eq_ignore_ascii_case(&got) {
                matched += 1;
            } else {
                missed += usize::from(got.is_empty());
                *mismatches
                    .entry((dateline.trim().to_string(), got))
                    .or_default() += 1;
            }
        }
    }
    let share = matched as f64 / docs as f64;
    println!(
        "Reuters-21578 dateline places: docs {docs}, matched {matched}, share {share:.4}; \
         of the rest {missed} found no dateline and {} another place",
        docs - matched - missed
    );
    let mut top: Vec<_> = mismatches.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("{:>5}  {:<45}  got", "count", "gold dateline");
    for ((gold, got), count) in top.iter().take(15) {
        println!("{count:>5}  {:<45}  {got:?}", format!("{gold:?}"));
    }
    assert_eq!(docs, 19_043);
    assert!(share >= 0.97, "share {share:.4} below 0.97");
}

#[test]
#[ignore = "needs ../shared/data (run with --ignored)"]
fn tass_sample_datelines() {
    let dir = shared_data().join("tass-sample");
    let records: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(dir.join("politics_20.json")).expect("politics_20.json"),
    )
    .expect("json");
    let mut checked = 0;
    for record in &records {
        let link = record["link"].as_str().expect("link");
        let id = link.rsplit('/').next().expect("id");
        let text =
            std::fs::read_to_string(dir.join(format!("text/tass-{id}.txt"))).expect("page copy");
        let page = parse_page(&text);
        let first = record["content"][1].as_str().expect("content[1]");
        let gold_place = first.split([',', '/']).next().expect("place").trim();
        let date = record["date"].as_str().expect("date");
        let (month, day): (u8, u8) = (date[5..7].parse().unwrap(), date[8..10].parse().unwrap());
        let dateline = page.dateline.unwrap_or_else(|| panic!("{id}: no dateline"));
        assert_eq!(dateline.place, gold_place, "{id}");
        assert_eq!(
            (dateline.month, dateline.day),
            (Some(month), Some(day)),
            "{id}"
        );
        assert_eq!(dateline.agency.as_deref(), Some("TASS"), "{id}");
        assert!(
            first.starts_with(&dateline.raw),
            "{id}: raw {:?}",
            dateline.raw
        );
        assert_eq!(page.title.as_deref(), record["title"].as_str(), "{id}");
        assert_eq!(page.lead.as_deref(), record["description"].as_str(), "{id}");
        assert_eq!(
            page.paragraphs.first().map(String::as_str),
            Some(first[dateline.raw.len()..].trim()),
            "{id}"
        );
        checked += 1;
    }
    println!(
        "TASS sample: {checked} of {} pages with place, month/day, title and lead right",
        records.len()
    );
    assert_eq!(checked, 20);
}

#[test]
#[ignore = "needs ../shared/data (run with --ignored)"]
fn seed_page() {
    let path = shared_data().join("../seed/000_53d0751d812f08e0.txt");
    let page = parse_page(&std::fs::read_to_string(path).expect("seed page"));
    assert_eq!(
        page.title.as_deref(),
        Some(
            "Russia to respond constructively to proposals on resuming cooperation with NATO — FM"
        )
    );
    assert!(page
        .lead
        .as_deref()
        .is_some_and(|l| l.starts_with("According to Lavrov, it was not Russia")));
    assert_eq!(page.captions.len(), 1);
    assert_eq!(
        page.captions[0].text,
        "Russian Foreign Minister Sergey Lavrov and his German counterpart Frank-Walter Steinmeier"
    );
    assert_eq!(
        page.captions[0].credit.as_deref(),
        Some("Dmitry Rogulin/TASS")
    );
    let d = page.dateline.expect("dateline");
    assert_eq!(
        (d.place.as_str(), d.month, d.day, d.agency.as_deref()),
        ("VOLGOGRAD", Some(5), Some(7), Some("TASS"))
    );
    assert_eq!(
        page.sections,
        [
            "Moscow-NATO communication line resumption meets parties’ interests",
            "Russia pinning big hopes on Merkel's visit to Moscow on May 10",
        ]
    );
    assert_eq!(
        page.paragraphs.len(),
        20,
        "22 blocks from the dateline on, less 2 sub-headings"
    );
    assert!(page.paragraphs[0].starts_with("Russia is receiving signals from NATO"));
}
