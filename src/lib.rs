//! # newswire
//!
//! Full-text search for news archives, on Tantivy: point it at a directory of
//! articles (page copies of wire stories, JSON / JSON Lines scraper records,
//! gzip of either) and ask "who said *hotline*, when, and where?".
//!
//! The library does all the work; the `newswire` binary only turns arguments
//! into calls and results into output.
//!
//! - [`input`]: reading files into raw article records (formats, encodings, gzip).
//! - [`extract`]: pure extraction of title, lead, dateline, date, captions,
//!   sections, quotes and speakers.
//! - [`schema`]: the Tantivy schema and the article → document mapping.
//! - [`index`]: incremental, parallel, interruptible indexing.
//! - [`search`]: ranked search with filters, facets, snippets and quotes.
//! - [`export`]: NDJSON for Quickwit or OpenSearch, in size-capped chunks.
//! - `serve` (feature `serve`, on by default): the local search page and JSON API.
//! - [`dedup`]: near-duplicate signatures, story clusters, collapsing and related articles.
//!
//! ```no_run
//! use newswire::{index, search};
//! # fn main() -> Result<(), newswire::Error> {
//! let dir = std::path::Path::new("newswire-index");
//! let opts = index::IndexOptions::default();
//! index::index_corpus(std::path::Path::new("corpus"), dir, &opts, &mut index::NoProgress)?;
//! let idx = search::Searcher::open(dir)?;
//! let results = idx.search(&search::SearchRequest::new("hotline"))?;
//! for hit in results.hits {
//!     println!("{} {:?} {}", hit.rank, hit.date, hit.title);
//! }
//! # Ok(()) }
//! ```

pub mod article;
pub mod dedup;
pub mod error;
pub mod export;
pub mod extract;
pub mod index;
pub mod input;
pub mod schema;
pub mod search;
#[cfg(feature = "serve")]
pub mod serve;
pub mod text;
pub mod walk;

pub use article::Article;
pub use error::{Error, Result};
