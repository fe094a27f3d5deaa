//! The `newswire` binary: turns arguments into library calls and results
//! into terminal or JSON Lines output. All the work is in the library.

mod args;
mod output;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use newswire::index::{index_corpus, IndexOptions};
use newswire::input::ReadLimits;
use newswire::search::{FacetKind, SearchRequest, Searcher, Sort};

use args::{Cli, ColorWhen, Command, FacetArg, Filters, SortBy};

/// Exit code when indexing finished but some inputs were skipped.
const EXIT_SKIPPED: u8 = 3;
/// Exit code after Ctrl-C / SIGTERM (what was done is committed).
const EXIT_INTERRUPTED: u8 = 130;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if err.chain().any(is_broken_pipe) {
                return ExitCode::SUCCESS;
            }
            eprintln!(
                "newswire: {}",
                newswire::text::sanitize(&format!("{err:#}"), false)
            );
            ExitCode::from(2)
        }
    }
}

/// A closed pipe (`newswire search x | head`): a clean exit, not an error.
/// serde_json wraps the io::Error without exposing it as a source.
fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let pipe = std::io::ErrorKind::BrokenPipe;
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == pipe)
        || e.downcast_ref::<serde_json::Error>()
            .is_some_and(|j| j.io_error_kind() == Some(pipe))
}

fn color_enabled(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                return false;
            }
            if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") {
                return true;
            }
            std::io::stdout().is_terminal()
                && std::env::var("TERM").map(|t| t != "dumb").unwrap_or(true)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    let color = color_enabled(cli.color);
    match cli.command {
        Command::Index(a) => cmd_index(a),
        Command::Search(a) => cmd_search(a, color),
        Command::Quotes(a) => cmd_quotes(a, color),
        Command::Parse(a) => cmd_parse(a, color),
        Command::Export(a) => cmd_export(a),
        Command::Serve(a) => cmd_serve(a),
        Command::Related(a) => cmd_related(a, color),
    }
}

fn cmd_index(a: args::IndexArgs) -> anyhow::Result<u8> {
    let interrupt = Arc::new(AtomicBool::new(false));
    {
        let flag = interrupt.clone();
        // A second Ctrl-C kills at once; the index stays at its last commit.
        let _ = ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) {
                std::process::exit(EXIT_INTERRUPTED as i32);
            }
            eprintln!(
                "\nnewswire: interrupted; committing what is done (Ctrl-C again to quit at once)"
            );
        });
    }
    let opts = IndexOptions {
        year: a.year,
        memory_bytes: (a.memory as usize) * 1024 * 1024,
        threads: a.threads,
        limits: ReadLimits {
            max_file_bytes: a.max_file_size * 1024 * 1024,
        },
        strict: a.strict,
        rebuild: a.rebuild,
        commit_every: a.commit_every,
        interrupt: Some(interrupt),
        dedup: newswire::dedup::DedupOptions {
            enabled: !a.no_dedup,
            threshold: a.dup_threshold,
        },
    };
    let mut progress = output::IndexProgress::new(a.quiet);
    let summary = index_corpus(&a.corpus, &a.location.index, &opts, &mut progress)?;
    output::print_index_summary(&summary, &a.location.index, a.json)?;
    Ok(if summary.interrupted {
        EXIT_INTERRUPTED
    } else if summary.skipped.is_empty() {
        0
    } else {
        EXIT_SKIPPED
    })
}

fn cmd_export(a: args::ExportArgs) -> anyhow::Result<u8> {
    use newswire::export::{export, ExportFormat, ExportOptions, ExportSource};
    let opts = ExportOptions {
        format: match a.format {
            args::ExportFormatArg::Quickwit => ExportFormat::Quickwit,
            args::ExportFormatArg::Opensearch => ExportFormat::OpenSearch,
        },
        out_dir: a.out,
        max_bytes: a.max_bytes,
        index_name: a.index_name,
        force: a.force,
        year: a.year,
        limits: ReadLimits::default(),
    };
    let source = match (&a.from_index, &a.corpus) {
        (Some(dir), _) => ExportSource::Index(dir),
        (None, Some(dir)) => ExportSource::Corpus(dir),
        (None, None) => anyhow::bail!("give a CORPUS_DIR or --from-index DIR"),
    };
    let mut progress = output::ExportBar::new(a.quiet);
    let summary = export(source, &opts, &mut progress)?;
    output::print_export_summary(&summary, &opts)?;
    Ok(if summary.skipped > 0 { EXIT_SKIPPED } else { 0 })
}

fn request(query: Option<String>, f: Filters) -> SearchRequest {
    let mut r = SearchRequest::new(query.unwrap_or_default());
    r.speaker = f.speaker;
    r.role = f.role;
    r.from = f.from;
    r.to = f.to;
    r.place = f.place;
    r.agency = f.agency;
    r
}

fn check_query(q: &Option<String>) -> anyhow::Result<()> {
    if q.as_deref().is_some_and(|q| q.trim().is_empty()) {
        anyhow::bail!("empty query; give words to search for, or `*` to match every article");
    }
    Ok(())
}

fn cmd_search(a: args::SearchArgs, color: bool) -> anyhow::Result<u8> {
    check_query(&a.query)?;
    let searcher = Searcher::open(&a.location.index)?;
    let mut req = request(a.query, a.filters);
    req.limit = a.limit as usize;
    req.offset = a.offset as usize;
    req.facet_limit = a.facet_limit;
    req.sort = match a.sort {
        SortBy::Relevance => Sort::Relevance,
        SortBy::Date => Sort::Date,
        SortBy::DateDesc => Sort::DateDesc,
    };
    let mut facets: Vec<FacetKind> = a
        .facet
        .iter()
        .map(|f| match f {
            FacetArg::Speaker => FacetKind::Speaker,
            FacetArg::Role => FacetKind::Role,
            FacetArg::Date => FacetKind::Date,
            FacetArg::Place => FacetKind::Place,
            FacetArg::Agency => FacetKind::Agency,
        })
        .collect();
    facets.dedup();
    req.facets = facets;
    req.collapse = a.collapse;
    req.count = match a.count {
        args::CountArg::Copies => newswire::search::CountMode::Copies,
        args::CountArg::Stories => newswire::search::CountMode::Stories,
    };
    let results = searcher.search(&req).context("search failed")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if a.json {
        output::search_json(&mut out, &results)?;
    } else {
        output::search_text(&mut out, &results, color)?;
    }
    out.flush()?;
    Ok(if results.total_hits > 0 { 0 } else { 1 })
}

fn cmd_quotes(a: args::QuotesArgs, color: bool) -> anyhow::Result<u8> {
    check_query(&a.query)?;
    let searcher = Searcher::open(&a.location.index)?;
    let mut req = request(a.query, a.filters);
    req.limit = a.limit as usize;
    req.offset = a.offset as usize;
    let (total, quotes) = searcher.quotes(&req)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if a.json {
        output::quotes_json(&mut out, total, &quotes)?;
    } else {
        output::quotes_text(&mut out, total, &quotes, color)?;
    }
    out.flush()?;
    Ok(if total > 0 { 0 } else { 1 })
}

#[cfg(feature = "serve")]
fn cmd_serve(a: args::ServeArgs) -> anyhow::Result<u8> {
    newswire::serve::run(a.addr, &a.location.index)?;
    Ok(0)
}

#[cfg(not(feature = "serve"))]
fn cmd_serve(_: args::ServeArgs) -> anyhow::Result<u8> {
    anyhow::bail!("this newswire was built without the `serve` feature")
}

fn cmd_parse(a: args::ParseArgs, color: bool) -> anyhow::Result<u8> {
    let opts = newswire::extract::ExtractOptions { year: a.year };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut parsed = 0usize;
    let mut skipped = 0usize;
    for root in &a.paths {
        if !root.exists() {
            anyhow::bail!("{}: no such file or directory", root.display());
        }
        for entry in newswire::walk::walk(root, None) {
            let entry = match entry {
                newswire::walk::Entry::Article(e) => e,
                newswire::walk::Entry::Other(e) => {
                    // A non-article file named on the command line is worth a word.
                    if e.depth() == 0 {
                        skipped += 1;
                        eprintln!(
                            "{}: not an article file (.txt, .json, .jsonl, .ndjson, .gz)",
                            newswire::text::sanitize(
                                &newswire::walk::display_path(e.path()),
                                false
                            )
                        );
                    }
                    continue;
                }
                newswire::walk::Entry::Error(s) => {
                    skipped += 1;
                    eprintln!("{}", newswire::text::sanitize(&s.to_string(), false));
                    continue;
                }
            };
            let display = newswire::walk::display_path(entry.path());
            let recs = newswire::input::read_file(entry.path(), &display, ReadLimits::default());
            for s in &recs.skipped {
                skipped += 1;
                eprintln!("{}", newswire::text::sanitize(&s.to_string(), false));
            }
            for r in &recs.records {
                let article = newswire::extract::extract(r, &opts);
                let note = |reason: String| newswire::input::Skip {
                    path: display.clone(),
                    line: r.source.record,
                    reason,
                };
                match newswire::index::review(r, &article) {
                    Err(reason) => {
                        skipped += 1;
                        eprintln!(
                            "{}",
                            newswire::text::sanitize(&note(reason).to_string(), false)
                        );
                        continue;
                    }
                    Ok(Some(reason)) => {
                        eprintln!(
                            "{}",
                            newswire::text::sanitize(&format!("warning: {}", note(reason)), false)
                        );
                    }
                    Ok(None) => {}
                }
                parsed += 1;
                if a.json {
                    serde_json::to_writer(&mut out, &article)?;
                    writeln!(out)?;
                } else {
                    output::article_text(&mut out, &article, a.body, color)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(if skipped > 0 {
        EXIT_SKIPPED
    } else if parsed > 0 {
        0
    } else {
        1
    })
}

fn cmd_related(a: args::RelatedArgs, color: bool) -> anyhow::Result<u8> {
    let searcher = Searcher::open(&a.location.index)?;
    let Some(r) = searcher.related(&a.id, a.limit as usize)? else {
        anyhow::bail!("no article with id `{}` in the index", a.id);
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if a.json {
        output::related_json(&mut out, &r)?;
    } else {
        output::related_text(&mut out, &r, color)?;
    }
    out.flush()?;
    Ok(0)
}
