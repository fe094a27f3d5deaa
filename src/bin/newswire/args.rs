//! Command-line arguments: the clap definitions of every subcommand, with
//! their help text. No logic beyond parsing.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// newswire: full-text search for news archives. Index a directory of news
/// articles, then ask who said what, when and where.
#[derive(Parser, Debug)]
#[command(name = "newswire", version, about, long_about = None, after_help = "\
Examples:
  newswire index corpus                       index the bundled corpus into ./newswire-index
  newswire search hotline                     ranked articles, with the quotes that match
  newswire search NATO --role minister --facet role
  newswire quotes hotline                     who said \"hotline\"?
  newswire parse corpus/tass --json           what extraction makes of each article

Exit codes: 0 results / success, 1 no results, 2 error,
  3 finished but some inputs were skipped, 130 interrupted (what was done so far is committed).
Environment: NEWSWIRE_INDEX (index directory), NO_COLOR, CLICOLOR_FORCE.")]
pub struct Cli {
    /// When to colour the output (auto: when stdout is a terminal and NO_COLOR is unset).
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Index (or re-index) a corpus directory: .txt page copies, .json, .jsonl, .ndjson, and .gz of any.
    ///
    /// Re-running is incremental: unchanged files are skipped without being read, changed files are
    /// re-indexed, files that disappeared are removed.
    Index(IndexArgs),
    /// Search articles: ranked results with snippets, matching quotes and facet counts.
    Search(SearchArgs),
    /// Search quotes, not articles: who said it, when and where.
    Quotes(QuotesArgs),
    /// Show what extraction makes of articles, without indexing.
    Parse(ParseArgs),
    /// Export articles as NDJSON for Quickwit or the OpenSearch _bulk API (see schema/).
    Export(ExportArgs),
    /// Serve a local search page and JSON API (/api/search, /api/quotes, /api/articles/ID, /api/stats).
    Serve(ServeArgs),
    /// The other copies of an article's story, then other articles related by content.
    Related(RelatedArgs),
}

#[derive(Args, Debug)]
pub struct IndexLocation {
    /// Index directory.
    #[arg(
        long,
        env = "NEWSWIRE_INDEX",
        default_value = "newswire-index",
        value_name = "DIR"
    )]
    pub index: PathBuf,
}

#[derive(Args, Debug)]
pub struct IndexArgs {
    /// Corpus directory (or a single file) to index.
    #[arg(default_value = "corpus", value_name = "CORPUS_DIR")]
    pub corpus: PathBuf,
    #[command(flatten)]
    pub location: IndexLocation,
    /// Year to assume for articles whose date has no year anywhere else (record, dateline, text, path).
    #[arg(long, value_parser = clap::value_parser!(i32).range(1800..=2200))]
    pub year: Option<i32>,
    /// Writer memory budget in MB (peak use is about twice this at a flush).
    #[arg(long, default_value_t = 512, value_name = "MB", value_parser = clap::value_parser!(u64).range(32..=65536))]
    pub memory: u64,
    /// Parsing and indexing threads (0: one per core; Tantivy uses at most 8).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Skip files larger than this many MB (also applies after gunzip).
    #[arg(long, default_value_t = 256, value_name = "MB", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_file_size: u64,
    /// Commit after this many articles, so an interrupted run keeps its work (0: only at the end).
    #[arg(long, default_value_t = 200_000, value_name = "N")]
    pub commit_every: usize,
    /// Fail, committing nothing, if any input cannot be read or parsed.
    #[arg(long)]
    pub strict: bool,
    /// Delete the index and build it anew (needed after a newswire upgrade changes the schema).
    #[arg(long)]
    pub rebuild: bool,
    /// Estimated Jaccard similarity (of 5-word shingles of the body) from which an article is a copy
    /// of an earlier one and joins its story cluster.
    #[arg(long, default_value_t = newswire::dedup::DEFAULT_THRESHOLD, value_name = "J", value_parser = parse_threshold)]
    pub dup_threshold: f64,
    /// No near-duplicate signatures: every article is its own story (faster indexing).
    #[arg(long)]
    pub no_dedup: bool,
    /// No progress bar and no per-file messages; only the summary and errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the summary as one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct Filters {
    /// Only articles quoting this person (any spelling: `Lavrov`, `sergey lavrov`, `Sergei Lavrov`).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only articles quoting someone with this role (`minister` matches every minister).
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// From this date on: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only articles with this dateline place (`Volgograd`, `new delhi`).
    #[arg(long, value_name = "PLACE")]
    pub place: Option<String>,
    /// Only articles from this agency (`TASS`, `Reuters` ...).
    #[arg(long, value_name = "AGENCY")]
    pub agency: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortBy {
    Relevance,
    Date,
    #[value(name = "-date")]
    DateDesc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FacetArg {
    Speaker,
    Role,
    Date,
    Place,
    Agency,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Query in Tantivy syntax: words (all must match), "a phrase", OR, AND, NOT, +must, -not,
    /// field:term with fields title, lead, body, quote, section, caption, credit, dateline,
    /// place, agency, speaker, role. Omit (or `*`) to match every article.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: Filters,
    /// Count hits by speaker, role, date, place or agency (repeatable) over all matching articles.
    #[arg(long, value_enum, value_name = "FIELD")]
    pub facet: Vec<FacetArg>,
    /// Values shown per facet.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub facet_limit: usize,
    /// Hits to show.
    #[arg(long, short = 'n', default_value_t = 10, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub limit: u64,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=1_000_000))]
    pub offset: u64,
    /// Order: relevance (BM25), date (oldest first) or -date (newest first).
    #[arg(long, value_enum, default_value_t = SortBy::Relevance, allow_hyphen_values = true)]
    pub sort: SortBy,
    /// One hit per story: near-duplicate copies collapse into their best-scoring copy, with `+N copies`.
    #[arg(long)]
    pub collapse: bool,
    /// Facet counts of articles (copies) or of distinct stories.
    #[arg(long, value_enum, default_value_t = CountArg::Copies, value_name = "WHAT")]
    pub count: CountArg,
    /// JSON Lines: one {"type":"hit"} per hit, {"type":"facet"} per facet value, one {"type":"summary"}.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CountArg {
    Copies,
    Stories,
}

fn parse_threshold(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) && v > 0.0 => Ok(v),
        _ => Err(format!("`{s}` is not a number in (0, 1]")),
    }
}

#[derive(Args, Debug)]
pub struct RelatedArgs {
    /// Article id (as shown by `search --json`).
    #[arg(value_name = "ID")]
    pub id: String,
    /// Related articles to show (copies are all listed).
    #[arg(long, short = 'n', default_value_t = 10, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=1000))]
    pub limit: u64,
    /// JSON Lines: {"type":"article"}, one {"type":"copy"} per copy, one {"type":"related"} per
    /// related article, one {"type":"summary"}.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Args, Debug)]
pub struct QuotesArgs {
    /// Words or "a phrase" to find inside quotes (Tantivy syntax, searched in quotes only).
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: Filters,
    /// Quotes to show.
    #[arg(long, short = 'n', default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub limit: u64,
    /// Quotes to skip.
    #[arg(long, default_value_t = 0, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=1_000_000))]
    pub offset: u64,
    /// JSON Lines: one {"type":"quote"} per quote and one {"type":"summary"}.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub location: IndexLocation,
}

#[derive(Args, Debug)]
pub struct ParseArgs {
    /// Files or directories to parse.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Year to assume when nothing else gives one.
    #[arg(long, value_parser = clap::value_parser!(i32).range(1800..=2200))]
    pub year: Option<i32>,
    /// One JSON object a line per article (the extraction contract).
    #[arg(long)]
    pub json: bool,
    /// Include the body text in readable output.
    #[arg(long)]
    pub body: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    Quickwit,
    Opensearch,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Corpus directory (or file) to read and extract, like `index` does.
    #[arg(
        value_name = "CORPUS_DIR",
        required_unless_present = "from_index",
        conflicts_with = "from_index"
    )]
    pub corpus: Option<PathBuf>,
    /// Export the articles stored in this index instead of reading a corpus.
    #[arg(long, value_name = "DIR")]
    pub from_index: Option<PathBuf>,
    /// quickwit: one document a line; opensearch: _bulk action + document lines.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Directory for the chunks newswire-00001.ndjson, newswire-00002.ndjson ...
    #[arg(long, default_value = "newswire-export", value_name = "PATH")]
    pub out: PathBuf,
    /// Largest chunk in bytes (Quickwit ingests at most 10 MB a request).
    #[arg(long, default_value_t = 10 * 1024 * 1024, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1024..))]
    pub max_bytes: u64,
    /// The `_index` named in OpenSearch action lines.
    #[arg(long, default_value = "newswire", value_name = "NAME")]
    pub index_name: String,
    /// Replace the chunks of an earlier export in --out.
    #[arg(long)]
    pub force: bool,
    /// Year to assume when nothing else gives one (corpus only).
    #[arg(long, value_parser = clap::value_parser!(i32).range(1800..=2200))]
    pub year: Option<i32>,
    /// No progress bar; only the summary and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub location: IndexLocation,
    /// Address to listen on (port 0: any free port; the address is printed on stderr).
    #[arg(long, default_value = "127.0.0.1:7700", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,
}
