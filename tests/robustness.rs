//! Robustness: bad input, faults and concurrent use, driving the real binary
//! on temporary corpora. Nothing here depends on what extraction makes of an
//! article (dates, speakers): only on what gets indexed, reported and exited.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_newswire");

fn cmd() -> Command {
    let mut c = Command::new(BIN);
    c.env_remove("NEWSWIRE_INDEX")
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(300));
    c
}

fn index(corpus: &Path, idx: &Path, extra: &[&str]) -> Output {
    cmd()
        .arg("index")
        .arg(corpus)
        .arg("--index")
        .arg(idx)
        .args(["--threads", "1", "--memory", "32"])
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn search(idx: &Path, query: &str, extra: &[&str]) -> Output {
    cmd()
        .arg("search")
        .arg("--index")
        .arg(idx)
        .args(extra)
        .arg("--")
        .arg(query)
        .output()
        .unwrap()
}

/// `total_hits` of `search QUERY --json`; panics unless the search worked.
fn hits(idx: &Path, query: &str) -> u64 {
    let o = search(idx, query, &["--json"]);
    let code = o.status.code();
    assert!(
        code == Some(0) || code == Some(1),
        "search {query:?} failed: {}",
        stderr(&o)
    );
    summary(&o.stdout)["total_hits"].as_u64().unwrap()
}

fn summary(stdout: &[u8]) -> serde_json::Value {
    let text = String::from_utf8_lossy(stdout);
    let line = text.lines().last().expect("a summary line");
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(v["type"], "summary");
    v
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn article(i: usize) -> String {
    format!("Story number {i} about the harbour\n\nThe council met on day {i} and discussed the harbour plan zq{i}x.\n")
}

/// `n` small article files under `dir`, in subdirectories of 100.
fn generate(dir: &Path, n: usize) {
    for i in 0..n {
        write(dir, &format!("d{:03}/a{i:05}.txt", i / 100), article(i));
    }
}

fn assert_no_panic(o: &Output) {
    let e = stderr(o);
    assert!(!e.contains("panicked") && !e.contains("overflow"), "{e}");
    assert!(o.status.code().is_some(), "killed by a signal: {e}");
}

// ---------------------------------------------------------------- bad files

#[test]
fn bad_files_are_reported_and_every_good_article_indexed() {
    let t = TempDir::new().unwrap();
    let c = t.path().join("corpus");
    let idx = t.path().join("idx");
    // Good articles: 1 + 1 + 2 (of the mixed JSONL) + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 11, plus the gzip salvage.
    write(
        &c,
        "good.txt",
        "Good title\n\nBody about the lighthouse keeper.\n",
    );
    write(
        &c,
        "good.json",
        r#"{"title":"Json title","text":"body with the word quince"}"#,
    );
    write(
        &c,
        "mixed.jsonl",
        "{\"title\":\"Line one\",\"text\":\"alpha\"}\nnot json at all\n{\"title\":5,\"text\":\"x\"}\n\n{\"headline\":\"Line five\",\"paragraphs\":[\"p1\",\"p2\"]}\n[1,2]\n",
    );
    write(
        &c,
        "baddate.jsonl",
        "{\"title\":\"Undated story\",\"text\":\"the gazebo\",\"date\":\"sometime last week\"}\n",
    );
    write(
        &c,
        "cp1251.txt",
        encoding_rs::WINDOWS_1251
            .encode("Москва, 7 мая. Министр иностранных дел заявил журналистам.\n\nПереговоры продолжатся в Женеве.")
            .0,
    );
    write(
        &c,
        "latin1.txt",
        encoding_rs::WINDOWS_1252
            .encode("Café in München\n\nDer Bürgermeister sagte, dass die Brücke geschlossen wird. Très bien.")
            .0,
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Sixteen bits\n\nA body about the zeppelin.".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    write(&c, "utf16.txt", utf16);
    let mut stray = "Заголовок статьи\n\nТекст про Петербург и его мосты."
        .as_bytes()
        .to_vec();
    stray.extend_from_slice(b" \xff\xfe end");
    write(&c, "stray-byte.txt", stray);
    write(
        &c,
        "longline.txt",
        format!("Long line {}", "walrus ".repeat(130_000)),
    );
    write(
        &c,
        "longfields.jsonl",
        format!(
            "{{\"id\":\"{}\",\"title\":\"Long fields\",\"text\":\"narwhal\",\"source\":\"{}\",\"url\":\"{}\"}}\n",
            "i".repeat(100_000),
            "s".repeat(70_000),
            "u".repeat(70_000)
        ),
    );
    write(&c, "notes/readme.md", "not an article");
    // Bad files.
    write(&c, "binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    write(&c, "nul.txt", b"Title\n\nSome text\0with a NUL byte");
    write(
        &c,
        "controls.txt",
        [1u8, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20].repeat(20),
    );
    write(&c, "empty.txt", "");
    write(&c, "blank.txt", "  \n\t\n   \r\n");
    write(&c, "punct.txt", "----\n\n*** ### ***\n");
    write(&c, "invalid.json", "{\"title\": ");
    write(
        &c,
        "wrongtypes.json",
        r#"[{"title":"T","text":{"nested":1}},{"title":"U","text":"ok","date":20150507}]"#,
    );
    write(&c, "notitle.jsonl", "{\"url\":\"http://x\"}\n");
    write(
        &c,
        "big.txt",
        "Big title\n\n".to_string() + &"x".repeat(2 * 1024 * 1024),
    );
    let lines: String = (0..400)
        .map(|i| format!("{{\"title\":\"gz {i}\",\"text\":\"salvaged\"}}\n"))
        .collect();
    let gz = gzip(lines.as_bytes());
    write(&c, "truncated.jsonl.gz", &gz[..gz.len() * 2 / 3]);
    write(&c, "truncated.txt.gz", &gzip(article(1).as_bytes())[..20]);
    write(&c, "notgzip.json.gz", "this is not gzip");
    std::os::unix::fs::symlink("nowhere.txt", c.join("dangling.txt")).unwrap();
    std::fs::create_dir_all(c.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", c.join("loop/up")).unwrap();
    let locked = write(
        &c,
        "locked.txt",
        "Locked title\n\nA body about the okapi.\n",
    );
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::File::open(&locked).is_ok();

    let o = index(&c, &idx, &["--max-file-size", "1", "--json"]);
    let err = stderr(&o);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");

    let expect = [
        "binary.txt: binary file",
        "nul.txt: binary file",
        "controls.txt: binary file",
        "empty.txt: empty file",
        "blank.txt: empty file",
        "punct.txt: no recognisable title or body",
        "invalid.json:1: invalid JSON",
        "mixed.jsonl:2: invalid JSON",
        "mixed.jsonl:3: field `title` is a number",
        "mixed.jsonl:6: expected a JSON object",
        "wrongtypes.json:1: record 1: field `text` is an object",
        "wrongtypes.json:2: record 2: field `date` is a number",
        "notitle.jsonl:1: record has no title and no body",
        "big.txt: over the size limit",
        "truncated.jsonl.gz: truncated gzip data",
        "truncated.txt.gz: truncated gzip data",
        "notgzip.json.gz: bad gzip data",
        "dangling.txt: dangling symlink",
        "loop/up: symlink loop",
    ];
    for e in expect {
        assert!(err.contains(e), "stderr lacks `{e}`:\n{err}");
    }
    assert!(
        err.contains("baddate.jsonl:1: date `sometime last week` not understood"),
        "{err}"
    );
    let s = summary(&o.stdout);
    let skip_lines = err
        .lines()
        .filter(|l| !l.starts_with("warning:") && l.contains(": "))
        .count();
    assert_eq!(
        s["skipped"].as_u64().unwrap() as usize,
        expect.len(),
        "{err}"
    );
    assert_eq!(skip_lines, expect.len(), "{err}");
    assert_eq!(s["ignored"], 1);

    // Every good article is there, the legacy encodings decoded.
    let salvaged = hits(&idx, "salvaged");
    assert!(salvaged > 0 && salvaged < 400, "{salvaged}");
    let good = 11 + salvaged + u64::from(readable_anyway);
    assert_eq!(hits(&idx, "*"), good);
    assert_eq!(s["indexed"].as_u64().unwrap(), good);
    for word in [
        "lighthouse",
        "quince",
        "alpha",
        "p2",
        "gazebo",
        "москва",
        "женеве",
        "café",
        "münchen",
        "brücke",
        "zeppelin",
        "петербург",
        "walrus",
        "narwhal",
    ] {
        assert_eq!(hits(&idx, word), 1, "{word}");
    }
    if readable_anyway {
        println!("note: running as root, a mode-000 file is still readable; it was indexed");
        assert_eq!(hits(&idx, "okapi"), 1);
    } else {
        assert!(err.contains("locked.txt: permission denied"), "{err}");
        assert_eq!(hits(&idx, "okapi"), 0);
    }
}

#[test]
fn unreadable_directory_is_reported() {
    let t = TempDir::new().unwrap();
    let c = t.path().join("corpus");
    write(&c, "ok.txt", article(1));
    let sub = c.join("private");
    write(&sub, "secret.txt", article(2));
    std::fs::set_permissions(&sub, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::read_dir(&sub).is_ok();
    let o = index(&c, &t.path().join("idx"), &[]);
    assert_no_panic(&o);
    if readable_anyway {
        println!("note: running as root, a mode-000 directory is still readable; skipping that assertion");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(hits(&t.path().join("idx"), "*"), 2);
    } else {
        assert_eq!(o.status.code(), Some(3));
        assert!(
            stderr(&o).contains("private: permission denied"),
            "{}",
            stderr(&o)
        );
        assert_eq!(hits(&t.path().join("idx"), "*"), 1);
    }
    std::fs::set_permissions(&sub, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
}

#[test]
fn parse_reports_the_same_problems() {
    let t = TempDir::new().unwrap();
    write(t.path(), "good.txt", article(1));
    write(t.path(), "punct.txt", "--\n\n**\n");
    write(t.path(), "bin.txt", b"\0\x01\x02");
    let o = cmd()
        .arg("parse")
        .arg(t.path())
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    let err = stderr(&o);
    assert!(
        err.contains("punct.txt: no recognisable title or body"),
        "{err}"
    );
    assert!(err.contains("bin.txt: binary file"), "{err}");
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
}

// --------------------------------------------------------------- exit codes

#[test]
fn exit_codes_and_strict() {
    let t = TempDir::new().unwrap();
    let clean = t.path().join("clean");
    generate(&clean, 5);
    let idx = t.path().join("idx");
    let o = index(&clean, &idx, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(hits(&idx, "*"), 5);

    // The same corpus plus bad files: 3, and the good ones are still committed.
    let mixed = t.path().join("mixed");
    generate(&mixed, 5);
    write(&mixed, "bad.json", "{oops");
    write(&mixed, "empty.txt", "");
    let idx2 = t.path().join("idx2");
    let o = index(&mixed, &idx2, &[]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(hits(&idx2, "*"), 5);

    // --strict: fatal, nothing committed, on a fresh index ...
    let idx3 = t.path().join("idx3");
    let o = index(&mixed, &idx3, &["--strict"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("2 input(s) could not be indexed and --strict is set; nothing was committed"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("bad.json:1: invalid JSON"),
        "{}",
        stderr(&o)
    );
    assert_eq!(hits(&idx3, "*"), 0);
    // ... and on an existing one, which keeps what it had.
    write(&clean, "late.txt", article(99));
    write(&clean, "late-bad.jsonl", "nope\n");
    let o = index(&clean, &idx, &["--strict", "--commit-every", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(hits(&idx, "*"), 5);
    assert_eq!(hits(&idx, "zq99x"), 0);
    // Without --strict the good new file goes in.
    let o = index(&clean, &idx, &[]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(hits(&idx, "zq99x"), 1);

    // Fatal errors: 2.
    let o = index(&t.path().join("missing"), &t.path().join("idx4"), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("corpus directory not found"),
        "{}",
        stderr(&o)
    );
    let not_index = t.path().join("notindex");
    write(&not_index, "file", "x");
    let o = index(&clean, &not_index, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is not a newswire index"),
        "{}",
        stderr(&o)
    );
    let o = search(&t.path().join("nothing"), "x", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no newswire index"), "{}", stderr(&o));
}

// ------------------------------------------------- interruption and kill -9

fn spawn_index(corpus: &Path, idx: &Path, extra: &[&str]) -> Child {
    std::process::Command::new(BIN)
        .arg("index")
        .arg(corpus)
        .arg("--index")
        .arg(idx)
        .args(["--threads", "1", "--memory", "32", "--commit-every", "500"])
        .args(extra)
        .env_remove("NEWSWIRE_INDEX")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Wait until the index at `idx` has at least one committed article, or the
/// child has exited; true when it is still running.
fn wait_for_first_commit(child: &mut Child, idx: &Path) -> bool {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if idx.join("meta.json").exists() {
            let o = search(idx, "*", &["--json"]);
            if o.status.code() == Some(0) && summary(&o.stdout)["total_hits"].as_u64() > Some(0) {
                return true;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no commit within two minutes");
}

fn signal(child: &Child, sig: &str) {
    let st = std::process::Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(st.success());
}

const BIG: usize = 3000;

#[test]
fn kill_9_mid_run_leaves_the_last_commit_searchable_and_a_rerun_finishes() {
    let t = TempDir::new().unwrap();
    let c = t.path().join("corpus");
    generate(&c, BIG);
    let idx = t.path().join("idx");
    let mut child = spawn_index(&c, &idx, &[]);
    let running = wait_for_first_commit(&mut child, &idx);
    if running {
        child.kill().unwrap(); // SIGKILL
    } else {
        println!("note: the run finished before the kill could land");
    }
    let status = child.wait().unwrap();
    let after_kill = hits(&idx, "*");
    assert!(after_kill > 0 && after_kill <= BIG as u64);
    if running {
        assert_eq!(status.code(), None, "killed by a signal");
        println!("kill -9 after {after_kill} of {BIG} articles were committed");
    }
    // Committed articles are whole: each one is findable by its own word.
    assert_eq!(hits(&idx, "zq0x"), 1);
    // A second run finishes the job: every article once.
    let o = index(&c, &idx, &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = summary(&o.stdout);
    assert_eq!(
        s["indexed"].as_u64().unwrap() + s["unchanged"].as_u64().unwrap(),
        BIG as u64
    );
    assert_eq!(hits(&idx, "*"), BIG as u64);
    assert_eq!(hits(&idx, &format!("zq{}x", BIG - 1)), 1);
}

#[test]
fn sigint_and_sigterm_stop_cleanly_and_say_what_was_committed() {
    for sig in ["INT", "TERM"] {
        let t = TempDir::new().unwrap();
        let c = t.path().join("corpus");
        generate(&c, BIG);
        let idx = t.path().join("idx");
        let mut child = spawn_index(&c, &idx, &[]);
        let running = wait_for_first_commit(&mut child, &idx);
        if running {
            signal(&child, sig);
        }
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        let committed = hits(&idx, "*");
        if running && out.status.code() == Some(130) {
            assert!(err.contains("interrupted: committed"), "{err}");
            assert!(err.contains("run `newswire index` again"), "{err}");
            assert!(committed > 0 && committed <= BIG as u64);
            println!("SIG{sig}: {committed} of {BIG} committed");
        } else {
            // The signal came too late to matter.
            println!("note: SIG{sig} landed after the run had finished: {err}");
            assert_eq!(out.status.code(), Some(0), "{err}");
        }
        let o = index(&c, &idx, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(hits(&idx, "*"), BIG as u64);
    }
}

// -------------------------------------------------------------- concurrency

#[test]
fn search_works_while_index_runs() {
    let t = TempDir::new().unwrap();
    let c = t.path().join("corpus");
    generate(&c, BIG);
    let idx = t.path().join("idx");
    let mut child = spawn_index(&c, &idx, &[]);
    let mut searches = 0;
    let mut last = 0;
    if wait_for_first_commit(&mut child, &idx) {
        while child.try_wait().unwrap().is_none() {
            let n = hits(&idx, "harbour");
            assert!(n >= last, "hits went down: {last} -> {n}");
            last = n;
            searches += 1;
        }
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{searches} searches during the run");
    assert_eq!(hits(&idx, "harbour"), BIG as u64);
}

#[test]
fn a_second_writer_fails_at_once_naming_the_lock() {
    let t = TempDir::new().unwrap();
    let c = t.path().join("corpus");
    generate(&c, 3);
    let idx = t.path().join("idx");
    assert_eq!(index(&c, &idx, &[]).status.code(), Some(0));
    // Hold the writer lock as a running `index` would.
    let held = newswire::index::open_checked(&idx).unwrap();
    let writer = newswire::index::writer(&held, &idx, 1, 0).unwrap();
    for extra in [&[][..], &["--rebuild"][..]] {
        let started = Instant::now();
        let o = index(&c, &idx, extra);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains(".tantivy-writer.lock"),
            "{}",
            stderr(&o)
        );
        assert!(started.elapsed() < Duration::from_secs(30));
        // The index is still there and searchable meanwhile.
        assert_eq!(hits(&idx, "*"), 3);
    }
    drop(writer);
    // (What the run said, should it fail: it failed once, exit 2, on a loaded machine.)
    let o = index(&c, &idx, &["--rebuild"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(hits(&idx, "*"), 3);
}

// -------------------------------------------------------------- bad queries

fn small_index() -> (TempDir, PathBuf) {
    let t = TempDir::new().unwrap();
    let c = t.path().join("corpus");
    generate(&c, 3);
    write(
        &c,
        "evil.txt",
        "Evil \u{1b}[31mred\u{1b}[0m title \u{202e}desrever\n\nBody with \u{7}bell and \u{2066}isolate\u{2069} and harbour.",
    );
    let idx = t.path().join("idx");
    assert_eq!(index(&c, &idx, &[]).status.code(), Some(0));
    (t, idx)
}

#[test]
fn bad_queries_get_a_message_and_exit_2() {
    let (_t, idx) = small_index();
    let deep = format!("{}a{}", "(".repeat(2000), ")".repeat(2000));
    let open_only = "(".repeat(3000);
    let huge = "word ".repeat(2000);
    let cases: Vec<(&str, &str)> = vec![
        ("\"unbalanced", "syntax error"),
        ("(a OR b", "syntax error"),
        ("a)", "syntax error"),
        ("nosuchfield:x", "unknown field `nosuchfield`"),
        ("", "empty query"),
        ("   ", "empty query"),
        ("AND", "syntax error"),
        ("OR", "syntax error"),
        ("NOT", "syntax error"),
        ("+", "syntax error"),
        ("NOT harbour", "invalid query"),
        ("a\u{1}b", "control character"),
        ("a\u{1b}[31m", "control character"),
        ("date:yesterday", "RFC 3339"),
        (&deep, "parentheses"),
        (&open_only, "parentheses"),
        (&huge, "the limit is 4096"),
    ];
    for (q, msg) in cases {
        for sub in ["search", "quotes"] {
            let o = cmd()
                .arg(sub)
                .arg("--index")
                .arg(&idx)
                .arg("--")
                .arg(q)
                .output()
                .unwrap();
            assert_no_panic(&o);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{sub} {q:?}: {err}");
            assert!(
                err.starts_with("newswire: ") && err.contains(msg),
                "{sub} {q:?}: {err}"
            );
            assert!(err.len() < 1000, "message too long: {err}");
            assert!(!err.contains('\u{1b}'), "control character echoed: {err:?}");
        }
    }
    // Odd but valid queries work.
    for q in [
        "*",
        "harbour*",
        "\"the harbour\"",
        "title:harbour",
        "harbour~1",
        "\u{202e}harbour",
    ] {
        let o = search(&idx, q, &[]);
        assert_no_panic(&o);
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{q:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn invalid_dates_and_filters_get_a_message_and_exit_2() {
    let (_t, idx) = small_index();
    for args in [
        &["--from", "2015-13"][..],
        &["--from", "yesterday"],
        &["--to", "2015-02-30"],
        &["--from", "15"],
        &["--from", "2016", "--to", "2015"],
        &["--to", "2015/05/07"],
        &["--speaker", "  "],
        &["--place", "..."],
    ] {
        let o = cmd()
            .arg("search")
            .arg("--index")
            .arg(&idx)
            .args(args)
            .arg("harbour")
            .output()
            .unwrap();
        assert_no_panic(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with("newswire: "),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    let o = cmd()
        .arg("search")
        .arg("--index")
        .arg(&idx)
        .args(["--from", "0000", "--to", "9999"])
        .arg("*")
        .output()
        .unwrap();
    assert_no_panic(&o);
}

#[test]
fn terminal_output_never_passes_control_or_bidi_characters() {
    let (t, idx) = small_index();
    let o = cmd()
        .arg("search")
        .arg("--index")
        .arg(&idx)
        .arg("evil")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("Evil"), "{out}");
    for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}', '\u{2069}'] {
        assert!(!out.contains(bad), "{bad:?} in {out:?}");
    }
    // Paths with control characters in skip reports are neutralised too.
    let c = t.path().join("corpus2");
    write(&c, "bad\u{1b}[2Jname.json", "{");
    let o = index(&c, &t.path().join("idx2"), &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(!stderr(&o).contains('\u{1b}'), "{:?}", stderr(&o));
    assert!(
        stderr(&o).contains("name.json:1: invalid JSON"),
        "{}",
        stderr(&o)
    );
}

// ------------------------------------------------------------ compatibility

#[test]
fn an_index_from_another_schema_version_says_to_rebuild() {
    let (t, idx) = small_index();
    let corpus = t.path().join("corpus");
    let meta = idx.join(newswire::index::META_FILE);
    for bad in [
        r#"{"schema_version": 999, "newswire": "9.9.9"}"#,
        "not json",
        "",
    ] {
        std::fs::write(&meta, bad).unwrap();
        for o in [search(&idx, "harbour", &[]), index(&corpus, &idx, &[])] {
            assert_eq!(o.status.code(), Some(2));
            let err = stderr(&o);
            assert!(
                err.contains("incompatible newswire") && err.contains("--rebuild"),
                "{err}"
            );
        }
    }
    std::fs::remove_file(&meta).unwrap();
    assert!(stderr(&search(&idx, "harbour", &[])).contains("--rebuild"));
    let o = index(&corpus, &idx, &["--rebuild"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(hits(&idx, "*"), 4);
}
