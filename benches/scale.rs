//! Scale benchmark: newswire against plain Tantivy on a synthetic archive
//! built from real news texts.
//!
//! ```text
//! cargo bench --bench scale -- --articles 10000 --work /tmp/nwbench
//! ```
//!
//! Steps: build (or reuse) a corpus of N articles under `<work>/corpus-<N>`;
//! index it with newswire and with a plain-Tantivy baseline, each in a child
//! process (so each has its own peak RSS); re-run newswire with nothing
//! changed; run the query classes on both indexes; spawn `newswire search`
//! a number of times; print one markdown table. See `benches/README.md`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use newswire::index::{index_corpus, IndexOptions, NoProgress};
use newswire::search::{FacetKind, SearchRequest, Searcher};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{Query, QueryParser};
use tantivy::schema::{Schema, Value, STORED, TEXT};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, TantivyDocument};

/// Version of the corpus layout; a cached corpus of another version is rebuilt.
const CORPUS_VERSION: u32 = 1;
/// Share of articles written as JSON Lines records, in tenths.
const JSONL_TENTHS: usize = 3;
const JSONL_PER_FILE: usize = 1000;

type Res<T> = std::result::Result<T, Box<dyn std::error::Error>>;

#[derive(Debug, Clone)]
struct Config {
    articles: usize,
    work: PathBuf,
    threads: usize,
    memory_mb: usize,
    reps: usize,
    process_runs: usize,
}

fn parse_args() -> Res<Config> {
    let mut c = Config {
        articles: 10_000,
        work: std::env::temp_dir().join("nwbench"),
        threads: 2,
        memory_mb: 512,
        reps: 30,
        process_runs: 20,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--articles" => c.articles = val()?.replace(['_', ','], "").parse()?,
            "--work" => c.work = PathBuf::from(val()?),
            "--threads" => c.threads = val()?.parse()?,
            "--memory" => c.memory_mb = val()?.parse()?,
            "--reps" => c.reps = val()?.parse()?,
            "--process-runs" => c.process_runs = val()?.parse()?,
            // Passed by `cargo bench`.
            "--bench" => {}
            "-h" | "--help" => {
                eprintln!(
                    "usage: cargo bench --bench scale -- [--articles N] [--work DIR] [--threads T] \
                     [--memory MB] [--reps R] [--process-runs P]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument `{other}` (see --help)").into()),
        }
    }
    if c.articles == 0 || c.reps == 0 {
        return Err("--articles and --reps must be positive".into());
    }
    Ok(c)
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--child") {
        if let Err(e) = child(&argv[2..]) {
            eprintln!("child failed: {e}");
            std::process::exit(2);
        }
        return;
    }
    if let Err(e) = run() {
        eprintln!("scale bench failed: {e}");
        std::process::exit(2);
    }
}

// ---------------------------------------------------------------------------
// Corpus builder
// ---------------------------------------------------------------------------

/// One real article used as a template.
#[derive(Debug, Clone)]
struct Template {
    agency: &'static str,
    title: String,
    /// Body paragraphs joined by blank lines (no title).
    body: String,
    /// The page copy as written to a `.txt` (title, blank line, body; or the original page).
    page: String,
    /// (year, month, day)
    date: (i32, u8, u8),
}

/// Where the shared data is: `NEWSWIRE_SHARED_DATA`, `<repo>/../shared/data`,
/// or `<main worktree>/../shared/data` when this checkout is a git worktree.
fn shared_data_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NEWSWIRE_SHARED_DATA") {
        let p = PathBuf::from(p);
        return p.is_dir().then_some(p);
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut candidates = vec![repo.join("../shared/data")];
    // A worktree's `.git` is a file: `gitdir: <main>/.git/worktrees/<name>`.
    if let Ok(s) = std::fs::read_to_string(repo.join(".git")) {
        if let Some(gitdir) = s.trim().strip_prefix("gitdir:") {
            let gitdir = PathBuf::from(gitdir.trim());
            if let Some(main) = gitdir
                .ancestors()
                .find(|a| a.file_name().is_some_and(|n| n == ".git"))
            {
                if let Some(root) = main.parent() {
                    candidates.push(root.join("../shared/data"));
                }
            }
        }
    }
    candidates.into_iter().find(|p| p.is_dir())
}

fn gunzip_file(p: &Path) -> Res<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(p)?).read_to_end(&mut out)?;
    Ok(out)
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s[a..].find(close)? + a;
    Some(&s[a..b])
}

fn unescape_sgml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("&lt;") {
            out.push('<');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("&gt;") {
            out.push('>');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("&amp;") {
            out.push('&');
            rest = r;
        } else if rest.starts_with("&#") && rest.find(';').is_some_and(|j| j < 6) {
            // Control characters written as `&#N;`: dropped.
            rest = &rest[rest.find(';').unwrap_or(0) + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

fn month_num(m: &str) -> Option<u8> {
    const M: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    M.iter()
        .position(|x| m.eq_ignore_ascii_case(x))
        .map(|i| i as u8 + 1)
}

/// Reuters-21578: `<TITLE>`, `<DATELINE>` + `<BODY>` as wire copy, `<DATE>`.
fn reuters(dir: &Path, out: &mut Vec<Template>) -> Res<()> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".sgm.gz"))
        .collect();
    files.sort();
    for f in files {
        // Latin-1: every byte is the code point of the same value.
        let text: String = gunzip_file(&f)?.into_iter().map(char::from).collect();
        for doc in text.split("</REUTERS>") {
            let (Some(title), Some(body)) = (
                between(doc, "<TITLE>", "</TITLE>"),
                between(doc, "<BODY>", "</BODY>"),
            ) else {
                continue;
            };
            let dateline = between(doc, "<DATELINE>", "</DATELINE>")
                .unwrap_or("")
                .trim();
            let date = between(doc, "<DATE>", "</DATE>").unwrap_or("").trim();
            // ` 2-MAR-1987 21:47:14.67`
            let mut dp = date.split(['-', ' ']).filter(|s| !s.is_empty());
            let d: u8 = dp.next().and_then(|s| s.parse().ok()).unwrap_or(1);
            let m = dp.next().and_then(month_num).unwrap_or(1);
            let y: i32 = dp.next().and_then(|s| s.parse().ok()).unwrap_or(1987);
            let body = unescape_sgml(body);
            let body = body
                .trim_end()
                .trim_end_matches("REUTER")
                .trim_end()
                .trim_end_matches("Reuter")
                .trim_end();
            // Paragraphs start at indented lines.
            let mut paras: Vec<String> = Vec::new();
            for line in body.lines() {
                if line.starts_with("    ") || paras.is_empty() {
                    paras.push(line.trim().to_string());
                } else if let Some(p) = paras.last_mut() {
                    p.push(' ');
                    p.push_str(line.trim());
                }
            }
            paras.retain(|p| !p.is_empty());
            if paras.is_empty() {
                continue;
            }
            let title = unescape_sgml(title).trim().to_string();
            let dateline = unescape_sgml(dateline);
            paras[0] = format!("{} {}", dateline.trim_end(), paras[0])
                .trim()
                .to_string();
            let body = paras.join("\n\n");
            out.push(Template {
                agency: "reuters",
                page: format!("{title}\n\n{body}\n"),
                title,
                body,
                date: (y, m, d),
            });
        }
    }
    Ok(())
}

/// A page copy whose first paragraph is the title.
fn from_page(agency: &'static str, text: &str, date: (i32, u8, u8)) -> Option<Template> {
    let text = text.replace("\r\n", "\n");
    let t = text.trim();
    let (title, body) = match t.split_once("\n\n") {
        Some((a, b)) => (a.trim(), b.trim()),
        None => t.split_once('\n').map(|(a, b)| (a.trim(), b.trim()))?,
    };
    if title.is_empty() || body.is_empty() {
        return None;
    }
    Some(Template {
        agency,
        title: title.to_string(),
        body: body.to_string(),
        page: format!("{t}\n"),
        date,
    })
}

fn bbc(dir: &Path, out: &mut Vec<Template>) -> Res<()> {
    let bytes = gunzip_file(&dir.join("bbc_news_2225.jsonl.gz"))?;
    for (i, line) in String::from_utf8_lossy(&bytes).lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let text = v["text"].as_str().unwrap_or("");
        // BBC has no dates: spread over 2004-2005.
        let date = (
            2004 + (i % 2) as i32,
            (i % 12) as u8 + 1,
            (i % 28) as u8 + 1,
        );
        out.extend(from_page("bbc", text, date));
    }
    Ok(())
}

fn polnear(dir: &Path, out: &mut Vec<Template>) -> Res<()> {
    for split in ["train", "dev", "test"] {
        let d = dir.join(split).join("text");
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let name = f
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            // `<publisher>_YYYY-MM-DD_<slug>.txt`
            let date = name
                .split('_')
                .nth(1)
                .and_then(|s| {
                    let mut p = s.split('-');
                    Some((
                        p.next()?.parse().ok()?,
                        p.next()?.parse().ok()?,
                        p.next()?.parse().ok()?,
                    ))
                })
                .unwrap_or((2016, 1, 1));
            out.extend(from_page("polnear", &std::fs::read_to_string(&f)?, date));
        }
    }
    Ok(())
}

fn tass(dir: &Path, out: &mut Vec<Template>) -> Res<()> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("text"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for f in files {
        out.extend(from_page(
            "tass",
            &std::fs::read_to_string(&f)?,
            (2024, 12, 26),
        ));
    }
    Ok(())
}

/// Fallback: the repo's own `corpus/` page copies (`.txt`), dated by path.
fn repo_corpus(out: &mut Vec<Template>) -> Res<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for e in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let e = e?;
        let p = e.path();
        if !p.to_string_lossy().ends_with(".txt") {
            continue;
        }
        let rel = p.strip_prefix(&root)?.to_string_lossy().to_string();
        let parts: Vec<&str> = rel.split('/').collect();
        let date = (|| {
            Some((
                parts.get(1)?.parse().ok()?,
                parts.get(2)?.parse().ok()?,
                parts.get(3)?.parse().ok()?,
            ))
        })()
        .unwrap_or((2016, 6, 1));
        let agency: &'static str = match parts[0] {
            "tass" => "tass",
            "reuters" => "reuters",
            "ap" => "ap",
            "afp" => "afp",
            "xinhua" => "xinhua",
            _ => "misc",
        };
        out.extend(from_page(agency, &std::fs::read_to_string(p)?, date));
    }
    Ok(())
}

/// Load the templates; the string says where they came from.
fn templates() -> Res<(Vec<Template>, String)> {
    let mut t = Vec::new();
    if let Some(dir) = shared_data_dir() {
        reuters(&dir.join("reuters21578"), &mut t)?;
        bbc(&dir.join("bbc-news-2225"), &mut t)?;
        polnear(&dir.join("polnear"), &mut t)?;
        tass(&dir.join("tass-sample"), &mut t)?;
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for x in &t {
            *counts.entry(x.agency).or_default() += 1;
        }
        let mut c: Vec<_> = counts.into_iter().collect();
        c.sort();
        let desc = format!(
            "shared data at {} ({} real texts: {})",
            dir.display(),
            t.len(),
            c.iter()
                .map(|(a, n)| format!("{a} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Ok((t, desc));
    }
    repo_corpus(&mut t)?;
    let desc = format!(
        "SHARED DATA NOT FOUND (set NEWSWIRE_SHARED_DATA): using the repo's corpus/ only ({} page copies; \
         small variety, figures are less representative)",
        t.len()
    );
    eprintln!("note: {desc}");
    Ok((t, desc))
}

/// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
    (y, m, d)
}

/// Corpus statistics, written next to it and read back when reused.
#[derive(Debug, Clone, Default)]
struct CorpusInfo {
    dir: PathBuf,
    articles: usize,
    bytes: u64,
    files: usize,
    source: String,
}

fn build_corpus(cfg: &Config) -> Res<CorpusInfo> {
    let root = cfg.work.join(format!("corpus-{}", cfg.articles));
    let dir = root.join("articles");
    let stamp = root.join("complete.tsv");
    if let Ok(s) = std::fs::read_to_string(&stamp) {
        let f: Vec<&str> = s.splitn(5, '\t').collect();
        if f.len() == 5 && f[0] == CORPUS_VERSION.to_string() {
            eprintln!("reusing corpus {}", dir.display());
            return Ok(CorpusInfo {
                dir,
                articles: f[1].parse()?,
                bytes: f[2].parse()?,
                files: f[3].parse()?,
                source: f[4].trim().to_string(),
            });
        }
    }
    if root.exists() {
        std::fs::remove_dir_all(&root)?;
    }
    std::fs::create_dir_all(&dir)?;
    let started = Instant::now();
    let (mut tpl, source) = templates()?;
    if tpl.is_empty() {
        return Err("no article texts found".into());
    }
    // Interleave sources deterministically (a fixed-seed shuffle).
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in (1..tpl.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        tpl.swap(i, (seed % (i as u64 + 1)) as usize);
    }
    let n = cfg.articles;
    let mut bytes = 0u64;
    let mut files = 0usize;
    let mut jsonl: Option<(std::io::BufWriter<std::fs::File>, usize)> = None;
    let mut jsonl_files = 0usize;
    for i in 0..n {
        let t = &tpl[i % tpl.len()];
        let round = (i / tpl.len()) as i64;
        // Each repetition of a text moves 9 days later.
        let (y, m, d) = civil_from_days(days_from_civil(t.date.0, t.date.1, t.date.2) + round * 9);
        let id = format!("syn{i:08}");
        if i % 10 < JSONL_TENTHS {
            if jsonl.as_ref().is_none_or(|(_, k)| *k >= JSONL_PER_FILE) {
                if let Some((mut w, _)) = jsonl.take() {
                    w.flush()?;
                }
                let p = dir
                    .join("jsonl")
                    .join(format!("part-{jsonl_files:05}.jsonl"));
                std::fs::create_dir_all(p.parent().unwrap_or(&dir))?;
                jsonl = Some((std::io::BufWriter::new(std::fs::File::create(p)?), 0));
                jsonl_files += 1;
                files += 1;
            }
            let rec = serde_json::json!({
                "id": id,
                "title": t.title,
                "text": t.body,
                "date": format!("{y:04}-{m:02}-{d:02}T12:00:00Z"),
                "source": t.agency,
                "url": format!("https://example.invalid/{}/{id}", t.agency),
            });
            let line = serde_json::to_string(&rec)? + "\n";
            bytes += line.len() as u64;
            if let Some((w, k)) = jsonl.as_mut() {
                w.write_all(line.as_bytes())?;
                *k += 1;
            }
        } else {
            let p = dir.join(format!("{}/{y:04}/{m:02}/{d:02}/{id}.txt", t.agency));
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&p, &t.page)?;
            bytes += t.page.len() as u64;
            files += 1;
        }
    }
    if let Some((mut w, _)) = jsonl.take() {
        w.flush()?;
    }
    let readme = format!(
        "SYNTHETIC BENCHMARK CORPUS. Not real news records.\n\n\
         Built by newswire's `benches/scale.rs` (corpus version {CORPUS_VERSION}) from {source}.\n\
         {n} articles: real texts repeated with new ids (syn########), new paths and dates shifted by 9 days\n\
         per repetition. {JSONL_TENTHS}0% are JSON Lines records ({JSONL_PER_FILE} a file, articles/jsonl/), the rest\n\
         page copies at articles/<agency>/YYYY/MM/DD/<id>.txt. The texts stay under their owners' terms (see each\n\
         source's SOURCE.md): do not publish or commit this directory.\n"
    );
    // Next to `articles/`, not in it: it is not an article.
    std::fs::write(root.join("README.txt"), readme)?;
    std::fs::write(
        &stamp,
        format!("{CORPUS_VERSION}\t{n}\t{bytes}\t{files}\t{source}\n"),
    )?;
    eprintln!(
        "built corpus {} ({n} articles, {files} files, {:.1} MB) in {:.1}s",
        dir.display(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(CorpusInfo {
        dir,
        articles: n,
        bytes,
        files,
        source,
    })
}

// ---------------------------------------------------------------------------
// Indexing children
// ---------------------------------------------------------------------------

/// Peak resident set size of this process, in bytes (`VmHWM`).
fn vm_hwm() -> u64 {
    proc_status("VmHWM:")
}

/// A `/proc/self/status` figure in bytes (0 where there is none).
fn proc_status(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        })
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}

/// Samples `RssAnon` (heap and stacks: the memory the process itself holds,
/// without the index files it maps, whose pages the kernel can drop) every
/// 50 ms until dropped; `peak()` is the largest sample.
struct AnonSampler {
    peak: std::sync::Arc<std::sync::atomic::AtomicU64>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl AnonSampler {
    fn start() -> AnonSampler {
        use std::sync::atomic::Ordering;
        let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (p, st) = (peak.clone(), stop.clone());
        std::thread::spawn(move || {
            while !st.load(Ordering::Relaxed) {
                p.fetch_max(proc_status("RssAnon:"), Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        });
        AnonSampler { peak, stop }
    }

    fn peak(&self) -> u64 {
        use std::sync::atomic::Ordering;
        self.peak
            .fetch_max(proc_status("RssAnon:"), Ordering::Relaxed);
        self.stop.store(true, Ordering::Relaxed);
        self.peak.load(Ordering::Relaxed)
    }
}

/// `--child <newswire|baseline> <corpus> <index> <threads> <memory MB>`:
/// index, then print `RESULT <secs> <articles> <bytes> <peak rss> <peak anonymous rss>`.
fn child(args: &[String]) -> Res<()> {
    let [kind, corpus, index, threads, memory] = args else {
        return Err("bad child arguments".into());
    };
    let (corpus, index) = (Path::new(corpus), Path::new(index));
    let threads: usize = threads.parse()?;
    let memory = memory.parse::<usize>()? * 1024 * 1024;
    let anon = AnonSampler::start();
    let started = Instant::now();
    let (articles, bytes) = match kind.as_str() {
        "newswire" => {
            let opts = IndexOptions {
                threads,
                memory_bytes: memory,
                ..IndexOptions::default()
            };
            let s = index_corpus(corpus, index, &opts, &mut NoProgress)?;
            if !s.skipped.is_empty() {
                eprintln!(
                    "newswire skipped {} inputs: {:?}",
                    s.skipped.len(),
                    s.skip_reasons()
                );
            }
            (s.indexed + s.updated, s.bytes)
        }
        "baseline" => baseline_index(corpus, index, threads, memory)?,
        other => return Err(format!("unknown child kind {other}").into()),
    };
    let secs = started.elapsed().as_secs_f64();
    println!(
        "RESULT {secs} {articles} {bytes} {} {}",
        vm_hwm(),
        anon.peak()
    );
    Ok(())
}

/// Plain Tantivy: one `body` TEXT|STORED field with title + body, default tokenizer.
fn baseline_schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("body", TEXT | STORED);
    b.build()
}

fn baseline_index(corpus: &Path, index: &Path, threads: usize, memory: usize) -> Res<(u64, u64)> {
    if index.exists() {
        std::fs::remove_dir_all(index)?;
    }
    std::fs::create_dir_all(index)?;
    let schema = baseline_schema();
    let body = schema.get_field("body")?;
    let idx = Index::create_in_dir(index, schema)?;
    let mut w = idx.writer_with_num_threads(threads, memory.max(threads * 16 * 1024 * 1024))?;
    let (mut n, mut bytes) = (0u64, 0u64);
    for e in walkdir::WalkDir::new(corpus).sort_by_file_name() {
        let e = e?;
        let p = e.path();
        let name = p.to_string_lossy();
        if name.ends_with(".txt") {
            let text = std::fs::read_to_string(p)?;
            bytes += text.len() as u64;
            let mut d = TantivyDocument::default();
            d.add_text(body, &text);
            w.add_document(d)?;
            n += 1;
        } else if name.ends_with(".jsonl") {
            let f = std::io::BufReader::new(std::fs::File::open(p)?);
            for line in f.lines() {
                let line = line?;
                bytes += line.len() as u64 + 1;
                let v: serde_json::Value = serde_json::from_str(&line)?;
                let text = format!(
                    "{}\n\n{}",
                    v["title"].as_str().unwrap_or(""),
                    v["text"].as_str().unwrap_or("")
                );
                let mut d = TantivyDocument::default();
                d.add_text(body, &text);
                w.add_document(d)?;
                n += 1;
            }
        }
    }
    w.commit()?;
    w.wait_merging_threads()?;
    Ok((n, bytes))
}

#[derive(Debug, Clone, Copy)]
struct Run {
    secs: f64,
    articles: u64,
    peak_rss: u64,
    peak_anon: u64,
}

fn spawn_child(kind: &str, corpus: &Path, index: &Path, cfg: &Config) -> Res<Run> {
    let out = Command::new(std::env::current_exe()?)
        .arg("--child")
        .arg(kind)
        .arg(corpus)
        .arg(index)
        .arg(cfg.threads.to_string())
        .arg(cfg.memory_mb.to_string())
        .stderr(Stdio::inherit())
        .output()?;
    if !out.status.success() {
        return Err(format!("{kind} indexing child failed ({})", out.status).into());
    }
    let s = String::from_utf8_lossy(&out.stdout);
    let line = s
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .ok_or("child printed no RESULT")?;
    let f: Vec<&str> = line.split_whitespace().collect();
    Ok(Run {
        secs: f[0].parse()?,
        articles: f[1].parse()?,
        peak_rss: f[3].parse()?,
        peak_anon: f[4].parse()?,
    })
}

fn dir_size(p: &Path) -> u64 {
    walkdir::WalkDir::new(p)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Default)]
struct Lat {
    median: f64,
    p95: f64,
    hits: usize,
}

fn measure(reps: usize, mut f: impl FnMut() -> Res<usize>) -> Res<Lat> {
    let mut hits = 0;
    for _ in 0..3.min(reps) {
        hits = f()?;
    }
    let mut v = Vec::with_capacity(reps);
    for _ in 0..reps {
        let t = Instant::now();
        hits = f()?;
        v.push(t.elapsed().as_secs_f64() * 1e3);
    }
    Ok(stats(v, hits))
}

fn stats(mut v: Vec<f64>, hits: usize) -> Lat {
    v.sort_by(f64::total_cmp);
    let p95 = ((v.len() as f64 * 0.95).ceil() as usize).clamp(1, v.len()) - 1;
    Lat {
        median: v[v.len() / 2],
        p95: v[p95],
        hits,
    }
}

/// Plain Tantivy answering a query the usual way: count, top 10, stored docs, a snippet each.
struct Baseline {
    index: Index,
    reader: tantivy::IndexReader,
    body: tantivy::schema::Field,
}

impl Baseline {
    fn open(dir: &Path) -> Res<Self> {
        let index = Index::open_in_dir(dir)?;
        let body = index.schema().get_field("body")?;
        let reader = index.reader()?;
        Ok(Baseline {
            index,
            reader,
            body,
        })
    }

    fn parse(&self, q: &str) -> Res<Box<dyn Query>> {
        let mut p = QueryParser::for_index(&self.index, vec![self.body]);
        p.set_conjunction_by_default();
        Ok(p.parse_query(q)?)
    }

    fn search(&self, q: &str) -> Res<usize> {
        let query = self.parse(q)?;
        let s = self.reader.searcher();
        let (n, top) = s.search(&*query, &(Count, TopDocs::with_limit(10).order_by_score()))?;
        let g = SnippetGenerator::create(&s, &*query, self.body)?;
        for (_, addr) in top {
            let d: TantivyDocument = s.doc(addr)?;
            let text = d
                .get_first(self.body)
                .and_then(|v| v.as_str())
                .unwrap_or("");
            std::hint::black_box(g.snippet(text));
        }
        Ok(n)
    }

    fn count(&self, q: &str) -> Res<usize> {
        Ok(self.reader.searcher().search(&*self.parse(q)?, &Count)?)
    }

    /// Alphabetic terms of the body field with their document frequencies.
    fn doc_freqs(&self) -> Res<Vec<(String, u64)>> {
        let mut m: HashMap<String, u64> = HashMap::new();
        for seg in self.reader.searcher().segment_readers() {
            let inv = seg.inverted_index(self.body)?;
            let mut st = inv.terms().stream()?;
            while st.advance() {
                let Ok(t) = std::str::from_utf8(st.key()) else {
                    continue;
                };
                if t.len() >= 4 && t.bytes().all(|b| b.is_ascii_lowercase()) {
                    *m.entry(t.to_string()).or_default() += st.value().doc_freq as u64;
                }
            }
        }
        Ok(m.into_iter().collect())
    }
}

struct Queries {
    rare: String,
    common: String,
    and2: String,
    phrase: String,
    or3: String,
}

const STOP: &[&str] = &[
    "that", "with", "from", "have", "this", "were", "will", "been", "which", "their", "they",
    "would", "also", "after", "more", "about", "there", "than", "when", "into", "other", "some",
    "could", "what", "over", "only", "them", "said", "says", "year", "last", "first", "told",
    "just", "people", "time", "years", "like", "those", "made", "while", "many", "because",
    "where", "most", "being", "should", "very", "such", "before",
];

/// `same_hits(term, n)`: whether newswire finds `term` in `n` articles too, so
/// that the rare term compares like with like (a word found only in datelines
/// is in the baseline's body but not in newswire's).
fn pick_queries(b: &Baseline, same_hits: impl Fn(&str, u64) -> bool) -> Res<Queries> {
    let mut df = b.doc_freqs()?;
    df.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let common: Vec<&str> = df
        .iter()
        .map(|(t, _)| t.as_str())
        .filter(|t| !STOP.contains(t))
        .take(40)
        .collect();
    if common.len() < 40 {
        return Err("corpus vocabulary too small".into());
    }
    let mut rare: Vec<(&str, u64)> = df
        .iter()
        .filter(|(t, n)| (2..=5).contains(n) && t.len() >= 7)
        .map(|(t, n)| (t.as_str(), *n))
        .collect();
    rare.sort();
    // From the middle of the list on, the first that newswire finds as often.
    let mid = rare.len() / 2;
    let rare = rare[mid..]
        .iter()
        .chain(&rare[..mid])
        .take(200)
        .find(|(t, n)| same_hits(t, *n))
        .or(rare.get(mid))
        .map(|(t, _)| *t)
        .unwrap_or(df[df.len() - 1].0.as_str());
    let mut phrase = "\"prime minister\"".to_string();
    for p in [
        "\"prime minister\"",
        "\"foreign minister\"",
        "\"united states\"",
        "\"last year\"",
    ] {
        if b.count(p)? > 0 {
            phrase = p.to_string();
            break;
        }
    }
    Ok(Queries {
        rare: rare.to_string(),
        common: common[0].to_string(),
        and2: format!("{} {}", common[3], common[8]),
        phrase,
        or3: format!("{} OR {} OR {}", common[15], common[25], common[35]),
    })
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

struct Row {
    figure: String,
    newswire: String,
    baseline: String,
    ratio: String,
    target: String,
    met: String,
}

fn row(
    figure: &str,
    nw: String,
    base: String,
    ratio: String,
    target: &str,
    met: Option<bool>,
) -> Row {
    Row {
        figure: figure.to_string(),
        newswire: nw,
        baseline: base,
        ratio,
        target: target.to_string(),
        met: match met {
            Some(true) => "yes".into(),
            Some(false) => "**no**".into(),
            None => "".into(),
        },
    }
}

fn mib(b: u64) -> String {
    format!("{:.0} MiB", b as f64 / 1048576.0)
}

fn run() -> Res<()> {
    let cfg = parse_args()?;
    std::fs::create_dir_all(&cfg.work)?;
    let corpus = build_corpus(&cfg)?;
    let nw_dir = cfg.work.join(format!("index-newswire-{}", cfg.articles));
    let base_dir = cfg.work.join(format!("index-baseline-{}", cfg.articles));
    if nw_dir.exists() {
        std::fs::remove_dir_all(&nw_dir)?;
    }

    eprintln!("indexing with newswire ...");
    let nw = spawn_child("newswire", &corpus.dir, &nw_dir, &cfg)?;
    eprintln!("  {:.1}s, {} articles", nw.secs, nw.articles);
    eprintln!("indexing with plain Tantivy ...");
    let base = spawn_child("baseline", &corpus.dir, &base_dir, &cfg)?;
    eprintln!("  {:.1}s, {} articles", base.secs, base.articles);
    eprintln!("re-running newswire with nothing changed ...");
    let rerun = spawn_child("newswire", &corpus.dir, &nw_dir, &cfg)?;
    eprintln!("  {:.2}s", rerun.secs);

    let mut rows = Vec::new();
    let mbps = |r: &Run| corpus.bytes as f64 / 1e6 / r.secs;
    let aps = |r: &Run| r.articles as f64 / r.secs;
    rows.push(row(
        "indexing throughput (MB/s)",
        format!("{:.2}", mbps(&nw)),
        format!("{:.2}", mbps(&base)),
        format!("{:.2}", mbps(&nw) / mbps(&base)),
        "≥ 0.70 of baseline",
        Some(mbps(&nw) / mbps(&base) >= 0.7),
    ));
    rows.push(row(
        "indexing throughput (articles/s)",
        format!("{:.0}", aps(&nw)),
        format!("{:.0}", aps(&base)),
        format!("{:.2}", aps(&nw) / aps(&base)),
        "≥ 0.70 of baseline",
        Some(aps(&nw) / aps(&base) >= 0.7),
    ));
    rows.push(row(
        "indexing wall time (s)",
        format!("{:.1}", nw.secs),
        format!("{:.1}", base.secs),
        format!("{:.2}", nw.secs / base.secs),
        "",
        None,
    ));
    let gib15 = 1.5 * 1024.0 * 1024.0 * 1024.0;
    rows.push(row(
        "peak RSS while indexing",
        mib(nw.peak_rss),
        mib(base.peak_rss),
        format!("{:.2}", nw.peak_rss as f64 / base.peak_rss as f64),
        "",
        None,
    ));
    rows.push(row(
        "peak anonymous memory (RssAnon) while indexing",
        mib(nw.peak_anon),
        mib(base.peak_anon),
        format!("{:.2}", nw.peak_anon as f64 / base.peak_anon as f64),
        "< 1.5 GiB",
        Some((nw.peak_anon as f64) < gib15),
    ));
    let (nw_size, base_size) = (dir_size(&nw_dir), dir_size(&base_dir));
    let (nw_rel, base_rel) = (
        nw_size as f64 / corpus.bytes as f64,
        base_size as f64 / corpus.bytes as f64,
    );
    rows.push(row(
        "index size / corpus size",
        format!("{nw_rel:.2} ({})", mib(nw_size)),
        format!("{base_rel:.2} ({})", mib(base_size)),
        format!("{:.2}", nw_rel / base_rel),
        "≤ 1.00",
        Some(nw_rel <= 1.0),
    ));
    rows.push(row(
        "re-run, nothing changed (s)",
        format!(
            "{:.2} ({:.1}% of first run)",
            rerun.secs,
            100.0 * rerun.secs / nw.secs
        ),
        "— (no change detection)".into(),
        "".into(),
        "< 10% of first run",
        Some(rerun.secs < 0.1 * nw.secs),
    ));
    if rerun.articles != 0 {
        eprintln!(
            "warning: the unchanged re-run re-indexed {} articles",
            rerun.articles
        );
    }

    // Queries.
    let b = Baseline::open(&base_dir)?;
    let s = Searcher::open(&nw_dir)?;
    let q = pick_queries(&b, |t, n| {
        s.search(&SearchRequest::new(t))
            .is_ok_and(|r| r.total_hits as u64 == n)
    })?;
    let reps = cfg.reps;
    let nw_q = |req: SearchRequest| -> Res<Lat> {
        measure(reps, || {
            let r = s.search(&req)?;
            std::hint::black_box(&r);
            Ok(r.total_hits)
        })
    };
    let speaker = {
        let mut r = SearchRequest::new("*");
        r.limit = 0;
        r.facets = vec![FacetKind::Speaker];
        r.facet_limit = 1;
        s.search(&r)?.facets.into_iter().next().map(|f| f.value)
    };
    let mut classes: Vec<(String, Lat, Option<Lat>, bool)> = Vec::new();
    for (name, query, strict) in [
        ("rare term", &q.rare, true),
        ("common term", &q.common, true),
        ("two-term AND", &q.and2, true),
        ("phrase", &q.phrase, true),
        ("OR of three", &q.or3, true),
    ] {
        let a = nw_q(SearchRequest::new(query.as_str()))?;
        let bl = measure(reps, || b.search(query))?;
        classes.push((format!("{name}: `{query}`"), a, Some(bl), strict));
    }
    match &speaker {
        Some(sp) => {
            let query = format!("speaker:\"{sp}\"");
            let a = nw_q(SearchRequest::new(query.as_str()))?;
            let phrase = format!("\"{sp}\"");
            let bl = measure(reps, || b.search(&phrase))?;
            classes.push((format!("field: `{query}` (baseline: phrase in body)"), a, Some(bl), false));
        }
        None => eprintln!("note: no speaker facets in the index (extraction found no speakers): field query skipped"),
    }
    let mut req = SearchRequest::new(q.common.as_str());
    req.from = Some("2015".into());
    req.to = Some("2016".into());
    classes.push((
        format!("date range: `{}` 2015–2016", q.common),
        nw_q(req)?,
        None,
        false,
    ));
    for (kind, name) in [(FacetKind::Speaker, "speaker"), (FacetKind::Date, "date")] {
        let mut req = SearchRequest::new(q.common.as_str());
        req.limit = 0;
        req.facets = vec![kind];
        classes.push((
            format!("facet counts by {name} over `{}`", q.common),
            nw_q(req)?,
            None,
            false,
        ));
    }

    for (name, a, bl, strict) in &classes {
        let is_facet = name.starts_with("facet");
        let (target, met) = match (bl, is_facet) {
            (_, true) => ("median < 50 ms", Some(a.median < 50.0)),
            (Some(bl), _) if *strict => ("≤ 1.5x baseline", Some(a.median <= 1.5 * bl.median)),
            _ => ("", None),
        };
        rows.push(row(
            &format!("{name} — median / p95 ms (hits)"),
            format!("{:.2} / {:.2} ({})", a.median, a.p95, a.hits),
            bl.as_ref()
                .map(|l| format!("{:.2} / {:.2} ({})", l.median, l.p95, l.hits))
                .unwrap_or_else(|| "—".into()),
            bl.as_ref()
                .map(|l| format!("{:.2}", a.median / l.median))
                .unwrap_or_default(),
            target,
            met,
        ));
    }
    if speaker.is_none() {
        rows.push(row(
            "field query `speaker:…`",
            "n/a: no speakers extracted".into(),
            "—".into(),
            "".into(),
            "",
            None,
        ));
    }

    // Whole process.
    let bin = env!("CARGO_BIN_EXE_newswire");
    let mut v = Vec::new();
    for _ in 0..cfg.process_runs.max(1) {
        let t = Instant::now();
        let out = Command::new(bin)
            .args(["search", "--index"])
            .arg(&nw_dir)
            .arg(&q.common)
            .stdin(Stdio::null())
            .output()?;
        v.push(t.elapsed().as_secs_f64() * 1e3);
        if !out.status.success() {
            return Err(format!(
                "newswire search failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
    }
    let p = stats(v, 10);
    rows.push(row(
        &format!(
            "`newswire search {}` whole process, 10 hits — median / p95 ms",
            q.common
        ),
        format!("{:.1} / {:.1}", p.median, p.p95),
        "—".into(),
        "".into(),
        "median < 50 ms",
        Some(p.median < 50.0),
    ));

    // The table.
    let mut t = String::new();
    writeln!(
        t,
        "\n### newswire scale benchmark: {} articles ({} files, {:.1} MB), {} writer threads, {} MB budget, {} reps\n",
        corpus.articles,
        corpus.files,
        corpus.bytes as f64 / 1e6,
        cfg.threads,
        cfg.memory_mb,
        reps
    )?;
    writeln!(t, "Corpus: synthetic, from {}.\n", corpus.source)?;
    writeln!(
        t,
        "| figure | newswire | plain Tantivy | ratio | target | met |"
    )?;
    writeln!(t, "|---|---|---|---|---|---|")?;
    for r in rows {
        writeln!(
            t,
            "| {} | {} | {} | {} | {} | {} |",
            r.figure, r.newswire, r.baseline, r.ratio, r.target, r.met
        )?;
    }
    print!("{t}");
    Ok(())
}
