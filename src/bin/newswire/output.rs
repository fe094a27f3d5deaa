//! Output: readable terminal text (optionally coloured, always sanitised)
//! and JSON Lines records with stable field names; the indexing progress bar.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newswire::article::Article;
use newswire::dedup::{CopyRef, Related};
use newswire::export::{ExportFormat, ExportOptions, ExportProgress, ExportSummary};
use newswire::index::{IndexSummary, Progress};
use newswire::input::Skip;
use newswire::search::{QuoteResult, SearchResults};
use newswire::text::sanitize;
use serde_json::json;

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const MATCH: &str = "\x1b[1;31m";
const NAME: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// Paint `s` with `style` when colour is on.
fn paint(s: &str, style: &str, color: bool) -> String {
    if color {
        format!("{style}{s}{RESET}")
    } else {
        s.to_string()
    }
}

/// Sanitised text with highlighted byte ranges (`[...]` without colour).
fn highlighted(text: &str, ranges: &[(usize, usize)], color: bool) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &(a, b) in ranges {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&sanitize(&text[at..a], false));
        let m = sanitize(&text[a..b], false);
        if color {
            out.push_str(&format!("{MATCH}{m}{RESET}"));
        } else {
            out.push_str(&format!("[{m}]"));
        }
        at = b;
    }
    out.push_str(&sanitize(&text[at..], false));
    out
}

/// Progress bar on stderr (hidden when stderr is not a terminal) and skip reports.
pub struct IndexProgress {
    bar: ProgressBar,
    quiet: bool,
}

impl IndexProgress {
    pub fn new(quiet: bool) -> Self {
        let target = if quiet || !io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(Some(0), target);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files ({per_sec}, eta {eta}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        IndexProgress { bar, quiet }
    }
}

impl Progress for IndexProgress {
    fn start(&mut self, files: u64, _bytes: u64) {
        self.bar.set_length(files);
    }
    fn advance(&mut self, files: u64, _bytes: u64) {
        self.bar.inc(files);
    }
    fn skipped(&mut self, skip: &Skip) {
        if !self.quiet {
            self.bar
                .suspend(|| eprintln!("{}", sanitize(&skip.to_string(), false)));
        }
    }
    fn warning(&mut self, warning: &Skip) {
        if !self.quiet {
            self.bar
                .suspend(|| eprintln!("{}", sanitize(&format!("warning: {warning}"), false)));
        }
    }
    fn committing(&mut self, articles: u64) {
        self.bar
            .set_message(format!("committing {articles} articles"));
    }
    fn finish(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// Progress bar of `export` on stderr (hidden when not a terminal); skipped
/// inputs are always reported, as `path[:line]: reason`.
pub struct ExportBar(ProgressBar);

impl ExportBar {
    pub fn new(quiet: bool) -> Self {
        let target = if quiet || !io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        ExportBar(ProgressBar::with_draw_target(Some(0), target))
    }
}

impl ExportProgress for ExportBar {
    fn start(&mut self, total: u64, unit: &'static str) {
        self.0.set_length(total);
        let template =
            format!("{{spinner}} [{{elapsed_precise}}] {{wide_bar}} {{pos}}/{{len}} {unit} ({{per_sec}}, eta {{eta}})");
        self.0.set_style(
            ProgressStyle::with_template(&template)
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    }
    fn advance(&mut self, n: u64) {
        self.0.inc(n);
    }
    fn skipped(&mut self, skip: &Skip) {
        self.0
            .suspend(|| eprintln!("{}", sanitize(&skip.to_string(), false)));
    }
    fn finish(&mut self) {
        self.0.finish_and_clear();
    }
}

/// The closing summary of `export`, on stderr.
pub fn print_export_summary(s: &ExportSummary, opts: &ExportOptions) -> io::Result<()> {
    let secs = s.elapsed.as_secs_f64().max(1e-6);
    let format = match opts.format {
        ExportFormat::Quickwit => "quickwit",
        ExportFormat::OpenSearch => "opensearch",
    };
    writeln!(
        io::stderr().lock(),
        "exported {} articles ({} undated) as {format} NDJSON: {} file(s), {:.1} MB in {:.2}s into {}; {} skipped, {} not articles",
        s.articles,
        s.undated,
        s.files,
        s.bytes as f64 / 1e6,
        secs,
        opts.out_dir.display(),
        s.skipped,
        s.ignored
    )
}

/// The closing summary of `index`: on stderr, or as JSON on stdout.
pub fn print_index_summary(s: &IndexSummary, index: &Path, as_json: bool) -> io::Result<()> {
    let secs = s.elapsed.as_secs_f64().max(1e-6);
    let mb = s.bytes as f64 / 1e6;
    if as_json {
        let v = json!({
            "type": "summary",
            "index": index.display().to_string(),
            "files": s.files,
            "indexed": s.indexed,
            "updated": s.updated,
            "unchanged": s.unchanged,
            "removed": s.removed,
            "ignored": s.ignored,
            "skipped": s.skipped.len(),
            "skip_reasons": s.skip_reasons(),
            "warnings": s.warnings.len(),
            "undated": s.undated,
            "bytes": s.bytes,
            "seconds": secs,
            "interrupted": s.interrupted,
            "commits": s.commits,
            "copies": s.copies,
        });
        let mut out = io::stdout().lock();
        writeln!(out, "{v}")?;
        return Ok(());
    }
    let mut line = format!(
        "{} {} articles new, {} updated; {} files unchanged, {} removed, {} skipped, {} not articles; {} undated; {:.1} MB in {:.2}s ({:.1} MB/s) into {}",
        if s.interrupted { "interrupted: committed" } else { "indexed" },
        s.indexed,
        s.updated,
        s.unchanged,
        s.removed,
        s.skipped.len(),
        s.ignored,
        s.undated,
        mb,
        secs,
        mb / secs,
        index.display()
    );
    let reasons = s.skip_reasons();
    if !reasons.is_empty() {
        let parts: Vec<String> = reasons.iter().map(|(r, n)| format!("{r}: {n}")).collect();
        line.push_str(&format!("\nskipped: {}", parts.join(", ")));
    }
    if !s.warnings.is_empty() {
        line.push_str(&format!(
            "\n{} article(s) indexed with warnings",
            s.warnings.len()
        ));
    }
    if s.interrupted {
        line.push_str("\nrun `newswire index` again to finish the job");
    }
    eprintln!("{}", sanitize(&line, true));
    Ok(())
}

/// `search --json`: one line per hit, per facet value, and a summary.
pub fn search_json(out: &mut impl Write, r: &SearchResults) -> io::Result<()> {
    for h in &r.hits {
        writeln!(out, "{}", h.to_json())?;
    }
    for f in &r.facets {
        writeln!(out, "{}", f.to_json())?;
    }
    writeln!(
        out,
        "{}",
        match r.total_stories {
            Some(n) =>
                json!({"type": "summary", "total_hits": r.total_hits, "total_stories": n, "shown": r.hits.len()}),
            None => json!({"type": "summary", "total_hits": r.total_hits, "shown": r.hits.len()}),
        }
    )
}

/// Readable search results.
pub fn search_text(out: &mut impl Write, r: &SearchResults, color: bool) -> io::Result<()> {
    for h in &r.hits {
        writeln!(
            out,
            "{}. {}",
            h.rank,
            paint(&sanitize(&h.title, false), BOLD, color)
        )?;
        let mut meta = vec![h.date.clone().unwrap_or_else(|| "undated".into())];
        meta.extend(h.place.clone());
        meta.extend(h.agency.clone());
        meta.push(match h.record {
            Some(n) => format!("{}:{}", h.path, n),
            None => h.path.clone(),
        });
        if let Some(s) = h.score {
            meta.push(format!("score {s:.2}"));
        }
        writeln!(
            out,
            "   {}",
            paint(&sanitize(&meta.join(" · "), false), DIM, color)
        )?;
        writeln!(
            out,
            "   {}",
            highlighted(&h.snippet.text, &h.snippet.highlights, color)
        )?;
        for q in h.quotes.iter().take(3) {
            let who = match (&q.speaker, &q.role) {
                (Some(s), Some(r)) => format!("{s} ({r})"),
                (Some(s), None) => s.clone(),
                _ => "unattributed".into(),
            };
            writeln!(
                out,
                "   “{}” — {}",
                highlighted(&q.text, &q.highlights, color),
                paint(&sanitize(&who, false), NAME, color)
            )?;
        }
        if h.quotes.len() > 3 {
            writeln!(out, "   (+{} more quotes)", h.quotes.len() - 3)?;
        }
        if let Some(n) = h.copies.filter(|n| *n > 0) {
            let shown: Vec<String> = h.copies_of.iter().take(5).map(copy_line).collect();
            let more = if h.copies_of.len() > 5 { ", …" } else { "" };
            writeln!(
                out,
                "   {}",
                paint(
                    &sanitize(&format!("+{n} copies: {}{more}", shown.join("; ")), false),
                    DIM,
                    color
                )
            )?;
        }
        writeln!(out)?;
    }
    let mut last_field = None;
    for f in &r.facets {
        if last_field != Some(f.field) {
            writeln!(
                out,
                "{}",
                paint(&format!("{:?}:", f.field).to_lowercase(), BOLD, color)
            )?;
            last_field = Some(f.field);
        }
        writeln!(out, "  {:>6}  {}", f.count, sanitize(&f.value, false))?;
        for c in &f.children {
            writeln!(out, "  {:>6}    {}", c.count, sanitize(&c.value, false))?;
        }
    }
    match r.total_stories {
        Some(n) => writeln!(
            out,
            "{} of {} matching stories ({} articles) shown",
            r.hits.len(),
            n,
            r.total_hits
        ),
        None => writeln!(
            out,
            "{} of {} matching articles shown",
            r.hits.len(),
            r.total_hits
        ),
    }
}

/// `date agency path` of a copy.
fn copy_line(c: &CopyRef) -> String {
    let mut parts = vec![c.date.clone().unwrap_or_else(|| "undated".into())];
    parts.extend(c.agency.clone());
    parts.push(c.path.clone());
    parts.join(" ")
}

/// `related --json`.
pub fn related_json(out: &mut impl Write, r: &Related) -> io::Result<()> {
    let mut a = serde_json::to_value(&r.article).map_err(io::Error::other)?;
    a["type"] = json!("article");
    a["cluster"] = json!(format!("{:016x}", r.cluster));
    writeln!(out, "{a}")?;
    for c in &r.copies {
        let mut v = serde_json::to_value(c).map_err(io::Error::other)?;
        v["type"] = json!("copy");
        writeln!(out, "{v}")?;
    }
    for h in &r.related {
        let mut v = serde_json::to_value(h).map_err(io::Error::other)?;
        v["type"] = json!("related");
        writeln!(out, "{v}")?;
    }
    writeln!(
        out,
        "{}",
        json!({"type": "summary", "copies": r.copies.len(), "related": r.related.len()})
    )
}

/// Readable `related`.
pub fn related_text(out: &mut impl Write, r: &Related, color: bool) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        paint(&sanitize(&r.article.title, false), BOLD, color)
    )?;
    writeln!(
        out,
        "   {}",
        paint(&sanitize(&copy_line(&r.article), false), DIM, color)
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        paint(&format!("copies ({}):", r.copies.len()), BOLD, color)
    )?;
    for c in &r.copies {
        writeln!(
            out,
            "  {}  {}",
            sanitize(&c.title, false),
            paint(&sanitize(&copy_line(c), false), DIM, color)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        paint(&format!("related ({}):", r.related.len()), BOLD, color)
    )?;
    for h in &r.related {
        writeln!(
            out,
            "  {}. {}  {}",
            h.rank,
            sanitize(&h.article.title, false),
            paint(
                &sanitize(
                    &format!("{} · score {:.2}", copy_line(&h.article), h.score),
                    false
                ),
                DIM,
                color
            )
        )?;
    }
    Ok(())
}

/// `quotes --json`.
pub fn quotes_json(out: &mut impl Write, total: usize, qs: &[QuoteResult]) -> io::Result<()> {
    for q in qs {
        writeln!(out, "{}", q.to_json())?;
    }
    writeln!(
        out,
        "{}",
        json!({"type": "summary", "total_quotes": total, "shown": qs.len()})
    )
}

/// Readable quote search results.
pub fn quotes_text(
    out: &mut impl Write,
    total: usize,
    qs: &[QuoteResult],
    color: bool,
) -> io::Result<()> {
    for q in qs {
        let who = q.speaker.clone().unwrap_or_else(|| "unattributed".into());
        let role = match (&q.role, &q.country) {
            (Some(r), Some(c)) => format!(", {r}, {c}"),
            (Some(r), None) => format!(", {r}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "{}. “{}”",
            q.rank,
            highlighted(&q.text, &q.highlights, color)
        )?;
        let mut meta = vec![q.date.clone().unwrap_or_else(|| "undated".into())];
        meta.extend(q.place.clone());
        meta.extend(q.agency.clone());
        writeln!(
            out,
            "   — {}{}  {}",
            paint(&sanitize(&who, false), NAME, color),
            sanitize(&role, false),
            paint(&sanitize(&meta.join(" · "), false), DIM, color)
        )?;
        writeln!(
            out,
            "   {} {}",
            paint(&sanitize(&q.title, false), BOLD, color),
            paint(&sanitize(&q.path, false), DIM, color)
        )?;
        writeln!(out)?;
    }
    writeln!(out, "{} of {} matching quotes shown", qs.len(), total)
}

/// Readable extraction of one article (`parse`).
pub fn article_text(out: &mut impl Write, a: &Article, body: bool, color: bool) -> io::Result<()> {
    let s = |x: &str| sanitize(x, false);
    let src = match a.source.record {
        Some(r) => format!("{}:{}", a.source.path, r),
        None => a.source.path.clone(),
    };
    writeln!(
        out,
        "{} {}",
        paint(&s(&src), DIM, color),
        paint(&format!("[{}]", s(&a.id)), DIM, color)
    )?;
    writeln!(out, "title:    {}", paint(&s(&a.title), BOLD, color))?;
    if let Some(l) = &a.lead {
        writeln!(out, "lead:     {}", s(l))?;
    }
    if let Some(d) = &a.dateline {
        let region = d
            .region
            .as_deref()
            .map(|r| format!(" /{r}/"))
            .unwrap_or_default();
        writeln!(
            out,
            "dateline: {}{} · {} · {}",
            s(&d.place),
            s(&region),
            d.agency
                .as_deref()
                .map(s)
                .unwrap_or_else(|| "no agency".into()),
            s(&d.raw)
        )?;
    }
    let year_source = a
        .year_source
        .map(|y| {
            format!(
                " (year from {})",
                serde_json::to_value(y)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_default();
    writeln!(
        out,
        "date:     {}{}",
        a.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into()),
        year_source
    )?;
    if let Some(ag) = &a.agency {
        writeln!(out, "agency:   {}", s(ag))?;
    }
    for c in &a.captions {
        writeln!(
            out,
            "caption:  {} [{}]",
            s(&c.text),
            s(c.credit.as_deref().unwrap_or("no credit"))
        )?;
    }
    for sec in &a.sections {
        writeln!(out, "section:  {}", s(sec))?;
    }
    for p in a.quoted() {
        let mut extra = p.roles.join(", ");
        if let Some(c) = &p.country {
            if !extra.is_empty() {
                extra.push_str(", ");
            }
            extra.push_str(c);
        }
        writeln!(
            out,
            "speaker:  {} {}",
            paint(&s(&p.name), NAME, color),
            s(&format!("({extra})"))
        )?;
    }
    for q in &a.quotes {
        let kind = if q.direct { "quote" } else { "said" };
        writeln!(
            out,
            "{kind}:{} “{}” — {}",
            if q.direct { "   " } else { "    " },
            s(&q.text),
            paint(&s(q.speaker.as_deref().unwrap_or("?")), NAME, color)
        )?;
    }
    let words = a.body.split_whitespace().count();
    writeln!(
        out,
        "body:     {words} words in {} paragraphs",
        a.body.split("\n\n").filter(|p| !p.is_empty()).count()
    )?;
    if body {
        writeln!(out, "{}", sanitize(&a.body, true))?;
    }
    writeln!(out)
}
