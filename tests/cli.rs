//! End-to-end tests of the `newswire` binary on temp dirs: the bundled corpus,
//! incremental re-indexing, exit codes and JSON output.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

const SEED: &str = "tass/2015/05/07/000_53d0751d812f08e0.txt";

fn nw() -> Command {
    let mut c = Command::cargo_bin("newswire").unwrap();
    c.env_remove("NEWSWIRE_INDEX").env("NO_COLOR", "1");
    c
}

/// Index `dir` into `index`, returning the JSON summary.
fn index(dir: &Path, index: &Path, extra: &[&str]) -> (i32, Value) {
    let out = nw()
        .arg("index")
        .arg(dir)
        .arg("--index")
        .arg(index)
        .arg("--json")
        .args(extra)
        .output()
        .unwrap();
    let code = out.status.code().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let summary = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "bad summary {stdout:?}: {e}; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (code, summary)
}

/// Run `search` with `--json`, returning exit code and parsed lines.
fn search_json(index: &Path, args: &[&str]) -> (i32, Vec<Value>) {
    json_lines("search", index, args)
}

/// Run subcommand `cmd` with `--json` on `index`, returning exit code and parsed lines.
fn json_lines(cmd: &str, index: &Path, args: &[&str]) -> (i32, Vec<Value>) {
    let out = nw()
        .arg(cmd)
        .args(args)
        .arg("--json")
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code().unwrap(), lines)
}

fn of_type<'a>(lines: &'a [Value], t: &str) -> Vec<&'a Value> {
    lines.iter().filter(|l| l["type"] == t).collect()
}

fn total(lines: &[Value]) -> u64 {
    of_type(lines, "summary")[0]["total_hits"].as_u64().unwrap()
}

#[test]
fn bundled_corpus_hotline_finds_the_seed_first() {
    let tmp = tempfile::tempdir().unwrap();
    let ix = tmp.path().join("ix");
    let (code, summary) = index(&corpus(), &ix, &[]);
    assert_eq!(code, 0, "{summary}");
    assert!(summary["indexed"].as_u64().unwrap() >= 41, "{summary}");
    assert_eq!(summary["skipped"], 0);

    let (code, lines) = search_json(&ix, &["hotline"]);
    assert_eq!(code, 0);
    let hits = of_type(&lines, "hit");
    assert!(
        hits[0]["path"].as_str().unwrap().ends_with(SEED),
        "{:?}",
        hits[0]
    );
    for key in [
        "id", "path", "title", "date", "place", "agency", "score", "snippet", "quotes",
    ] {
        assert!(hits[0].get(key).is_some(), "hit lacks {key}");
    }
    assert!(hits[0]["snippet"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("hotline"));
    assert_eq!(hits[0]["date"], "2015-05-07");
    assert_eq!(hits[0]["place"], "VOLGOGRAD");
    assert_eq!(hits[0]["agency"], "TASS");
    let quotes = hits[0]["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    for q in quotes {
        assert!(q["text"].as_str().unwrap().contains("hotline"));
        assert_eq!(q["speaker"], "Frank-Walter Steinmeier");
    }

    // Readable output: the seed first, with its quote attributed.
    let out = nw()
        .args(["search", "hotline", "--index"])
        .arg(&ix)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.split("\n\n").next().unwrap();
    assert!(first.contains(SEED), "{text}");
    assert!(first.contains("Frank-Walter Steinmeier"), "{text}");
    assert!(!text.contains('\x1b'), "NO_COLOR must turn colour off");

    // Facets.
    let (_, lines) = search_json(&ix, &["hotline", "--facet", "speaker"]);
    let facets = of_type(&lines, "facet");
    assert!(
        facets.iter().any(|f| f["field"] == "speaker"
            && f["value"] == "Frank-Walter Steinmeier"
            && f["count"] == 1),
        "{facets:?}"
    );
    let (_, lines) = search_json(&ix, &["NATO", "--role", "minister", "--facet", "role"]);
    let fm = of_type(&lines, "facet")
        .into_iter()
        .find(|f| f["field"] == "role" && f["value"] == "Foreign Minister")
        .expect("Foreign Minister facet")
        .clone();
    let people: Vec<&str> = fm["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert!(
        people.contains(&"Sergey Lavrov") && people.contains(&"Frank-Walter Steinmeier"),
        "{people:?}"
    );
    for h in of_type(&lines, "hit") {
        assert!(h["path"].is_string());
    }

    // Date filters keep the seed (year from its path).
    let (code, lines) = search_json(&ix, &["hotline", "--from", "2015-05", "--to", "2015-05"]);
    assert_eq!(code, 0);
    assert!(of_type(&lines, "hit")
        .iter()
        .any(|h| h["path"].as_str().unwrap().ends_with(SEED)));
    let (code, lines) = search_json(&ix, &["hotline", "--from", "2016"]);
    assert!(!of_type(&lines, "hit")
        .iter()
        .any(|h| h["path"].as_str().unwrap().ends_with(SEED)));
    assert!(code == 0 || code == 1);

    // Speaker filter in any spelling.
    for spelling in ["Lavrov", "sergey lavrov", "Sergei Lavrov"] {
        let (code, lines) = search_json(&ix, &["NATO", "--speaker", spelling]);
        assert_eq!(code, 0, "{spelling}");
        assert!(
            of_type(&lines, "hit")
                .iter()
                .any(|h| h["path"].as_str().unwrap().ends_with(SEED)),
            "{spelling}"
        );
    }

    // Quote search.
    let (code, lines) = json_lines("quotes", &ix, &["hotline"]);
    assert_eq!(code, 0);
    let quotes = of_type(&lines, "quote");
    assert_eq!(quotes[0]["speaker"], "Frank-Walter Steinmeier");
    assert_eq!(quotes[1]["speaker"], "Frank-Walter Steinmeier");
    assert_eq!(quotes[0]["role"], "Foreign Minister");
}

#[test]
fn year_from_cli_when_path_has_none() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("c");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(corpus().join(SEED), dir.join("seed.txt")).unwrap();
    let ix = tmp.path().join("ix");
    let (code, s) = index(&dir, &ix, &["--year", "2015"]);
    assert_eq!(code, 0);
    assert_eq!(s["undated"], 0);
    let (code, lines) = search_json(&ix, &["hotline", "--from", "2015-05", "--to", "2015-05"]);
    assert_eq!(code, 0);
    assert_eq!(total(&lines), 1);
    // Without --year the article is undated, still indexed and counted.
    let ix2 = tmp.path().join("ix2");
    let (_, s) = index(&dir, &ix2, &[]);
    assert_eq!(s["undated"], 1);
    assert_eq!(s["indexed"], 1);
}

fn write(p: &Path, text: &str) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn reindexing_is_idempotent_and_incremental() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("c");
    let ix = tmp.path().join("ix");
    write(
        &dir.join("a.txt"),
        "Alpha title\n\nLONDON, May 3 (Reuters) - Alpha zebra story body.\n",
    );
    write(
        &dir.join("b.txt"),
        "Beta title\n\nPARIS, Jan 1 (AFP) - Beta zebra story body.\n",
    );
    write(
        &dir.join("r.jsonl"),
        "{\"id\":\"r1\",\"title\":\"Gamma\",\"text\":\"Gamma zebra.\"}\n{\"id\":\"r2\",\"title\":\"Delta\",\"text\":\"Delta zebra.\"}\n",
    );
    let (_, s) = index(&dir, &ix, &[]);
    assert_eq!(
        (s["indexed"].as_u64(), s["updated"].as_u64()),
        (Some(4), Some(0))
    );
    let (_, lines) = search_json(&ix, &["zebra"]);
    assert_eq!(total(&lines), 4);

    // Same corpus again: nothing changes.
    let (_, s) = index(&dir, &ix, &[]);
    assert_eq!(s["indexed"], 0);
    assert_eq!(s["updated"], 0);
    assert_eq!(s["unchanged"], 3);
    let (_, lines) = search_json(&ix, &["zebra"]);
    assert_eq!(total(&lines), 4);

    // Change one file, delete another, add a third.
    std::thread::sleep(std::time::Duration::from_millis(20));
    write(
        &dir.join("a.txt"),
        "Alpha title\n\nLONDON, May 3 (Reuters) - Alpha zebra story, now with yak.\n",
    );
    std::fs::remove_file(dir.join("b.txt")).unwrap();
    write(&dir.join("c.txt"), "Epsilon title\n\nEpsilon zebra.\n");
    let (_, s) = index(&dir, &ix, &[]);
    assert_eq!(s["updated"], 1);
    assert_eq!(s["indexed"], 1);
    assert_eq!(s["removed"], 1);
    assert_eq!(s["unchanged"], 1);
    let (_, lines) = search_json(&ix, &["zebra"]);
    assert_eq!(total(&lines), 4);
    let (_, lines) = search_json(&ix, &["yak"]);
    assert_eq!(total(&lines), 1);
    let (code, lines) = search_json(&ix, &["Beta"]);
    assert_eq!(code, 1);
    assert_eq!(total(&lines), 0);

    // The same corpus spelled another way is the same corpus: nothing new,
    // nothing removed.
    let spellings = [
        format!("{}/", dir.display()),
        dir.canonicalize().unwrap().display().to_string(),
    ];
    for spelling in &spellings {
        let (_, s) = index(Path::new(spelling), &ix, &[]);
        assert_eq!(
            (s["indexed"].as_u64(), s["removed"].as_u64()),
            (Some(0), Some(0)),
            "{spelling}"
        );
    }
    let (_, lines) = search_json(&ix, &["zebra"]);
    assert_eq!(total(&lines), 4);

    // Touching a file without changing its bytes re-reads but does not re-index.
    let f = std::fs::File::options()
        .append(true)
        .open(dir.join("c.txt"))
        .unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(f);
    let (_, s) = index(&dir, &ix, &[]);
    assert_eq!(
        (s["indexed"].as_u64(), s["updated"].as_u64()),
        (Some(0), Some(0))
    );
}

#[test]
fn exit_codes_and_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("c");
    let ix = tmp.path().join("ix");
    write(&dir.join("a.txt"), "Alpha title\n\nAlpha body.\n");
    write(&dir.join("bad.json"), "{\"title\": ");
    write(&dir.join("notes.md"), "not an article");
    let out = nw()
        .arg("index")
        .arg(&dir)
        .arg("--index")
        .arg(&ix)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "some inputs skipped");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.json:1: invalid JSON"), "{err}");
    assert!(err.contains("1 skipped"), "{err}");

    // Hits: 0; none: 1; bad query / missing index: 2 with one `newswire:` line.
    nw().args(["search", "alpha", "--index"])
        .arg(&ix)
        .assert()
        .code(0);
    nw().args(["search", "nothingmatches", "--index"])
        .arg(&ix)
        .assert()
        .code(1);
    for bad in [
        &["search", "title:(alpha"][..],
        &["search", "nosuchfield:x"],
        &["search", ""],
        &["search", "a", "--from", "2015-13"],
    ] {
        let out = nw().args(bad).arg("--index").arg(&ix).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("newswire: "), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let out = nw()
        .args(["search", "x", "--index"])
        .arg(tmp.path().join("none"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("no newswire index"));
}

#[test]
fn a_closed_pipe_is_a_clean_exit() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newswire"))
        .args(["parse", "--json"])
        .arg(corpus())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'));
    // The reader is dropped: the pipe is closed while output remains.
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn parse_json_is_the_extraction_contract() {
    let out = nw()
        .arg("parse")
        .arg(corpus().join(SEED))
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "id",
        "source",
        "title",
        "lead",
        "dateline",
        "date",
        "year_source",
        "captions",
        "sections",
        "speakers",
        "organizations",
        "quotes",
        "body",
    ] {
        assert!(a.get(key).is_some(), "missing {key}");
    }
    assert_eq!(a["dateline"]["place"], "VOLGOGRAD");
    assert_eq!(a["dateline"]["agency"], "TASS");
    assert_eq!(a["dateline"]["month"], 5);
    assert_eq!(a["dateline"]["day"], 7);
    assert_eq!(a["date"], "2015-05-07");
    assert_eq!(a["year_source"], "path");
    assert_eq!(a["captions"].as_array().unwrap().len(), 1);
    assert_eq!(a["captions"][0]["credit"], "Dmitry Rogulin/TASS");
    assert_eq!(a["sections"].as_array().unwrap().len(), 2);
    assert!(!a["body"].as_str().unwrap().contains("Rogulin"));
    let names: Vec<&str> = a["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"Sergey Lavrov") && names.contains(&"Frank-Walter Steinmeier"));
}

#[test]
fn parse_json_lists_people_and_bodies_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("a.jsonl");
    write(
        &file,
        "{\"id\":\"1\",\"title\":\"Talks\",\"text\":\"Foreign Minister Sergey Lavrov met his counterpart on Monday.\\n\\n\\\"The talks were useful,\\\" Lavrov said.\\n\\n\\\"We welcome the outcome,\\\" the Kremlin said.\"}\n",
    );
    let out = nw().arg("parse").arg(&file).arg("--json").output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names = |key: &str| -> Vec<String> {
        a[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("speakers"), ["Sergey Lavrov"]);
    assert_eq!(names("organizations"), ["Kremlin"]);
    let speakers: Vec<&str> = a["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .collect();
    assert_eq!(speakers, ["Sergey Lavrov", "Kremlin"]);
}

#[test]
fn records_numbered_alike_in_two_files_are_two_stories() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("c");
    write(
        &dir.join("a.jsonl"),
        "{\"id\":\"1\",\"title\":\"Walrus census\",\"text\":\"Scientists counted the walrus herd on the northern coast this week and found it growing.\"}\n",
    );
    write(
        &dir.join("b.jsonl"),
        "{\"id\":\"1\",\"title\":\"Walrus tariffs\",\"text\":\"Parliament debated a walrus ivory tariff on Tuesday, with ministers split on the measure.\"}\n",
    );
    let ix = tmp.path().join("ix");
    index(&dir, &ix, &[]);
    let (code, lines) = search_json(&ix, &["walrus", "--collapse"]);
    assert_eq!(code, 0);
    assert_eq!(of_type(&lines, "hit").len(), 2, "{lines:?}");
}

#[test]
fn speakers_reached_only_through_pronouns_are_searchable_but_no_facet_value() {
    // Rubio speaks through a pronoun only; Kasich is named in a cue.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("c");
    write(
        &dir.join("a.json"),
        r#"{"id": "a1", "title": "Debate night", "date": "2016-02-07", "text": "Marco Rubio walked onto the stage in Des Moines on Monday night.\n\n\"I am passionate about the budget deficit,\" he said.\n\n\"We will balance the budget deficit,\" John Kasich said."}"#,
    );
    let ix = tmp.path().join("ix");
    let (code, _) = index(&dir, &ix, &[]);
    assert_eq!(code, 0);
    let (code, lines) = json_lines("quotes", &ix, &["deficit", "--speaker", "Marco Rubio"]);
    assert_eq!(code, 0, "{lines:?}");
    let quotes = of_type(&lines, "quote");
    assert_eq!(quotes.len(), 1, "{lines:?}");
    assert_eq!(quotes[0]["speaker"], "Marco Rubio");
    // The facet lists Kasich, not Rubio.
    let (_, lines) = search_json(&ix, &["deficit", "--facet", "speaker"]);
    let facets = of_type(&lines, "facet");
    let values: Vec<&str> = facets
        .iter()
        .filter(|f| f["field"] == "speaker")
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["John Kasich"], "{facets:?}");
}
