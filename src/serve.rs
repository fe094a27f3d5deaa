//! `newswire serve`: a local search page and a JSON API over [`Searcher`].
//!
//! - `GET /`: one page (HTML, CSS and JS embedded from `src/serve/`, no build
//!   step, nothing fetched from the network).
//! - `GET /api/search?q=...`: `{hits, facets, total_hits}`, with the records
//!   of `search --json` ([`Hit::to_json`](crate::search::Hit::to_json),
//!   [`FacetValue::to_json`](crate::search::FacetValue::to_json)).
//! - `GET /api/quotes?q=...`: `{quotes, total_quotes}` ([`QuoteResult::to_json`](crate::search::QuoteResult::to_json)).
//! - `GET /api/articles/{id}`: the extracted [`Article`](crate::Article).
//! - `GET /api/stats`: article count, index path, schema version.
//!
//! Parameters are named like the CLI options. Bad requests get a 4xx with
//! `{"error": "..."}`. The index is opened read-only and reloads on commits,
//! so a running `newswire index` shows up without a restart. Bound to
//! loopback, the server also refuses requests whose `Host` is not a loopback
//! name (DNS rebinding).

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path as UrlPath, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::error::{Error, Result};
use crate::schema::SCHEMA_VERSION;
use crate::search::{parse_date_bound, FacetKind, SearchRequest, Searcher, Sort, MAX_QUERY_LEN};

/// Largest page of hits or quotes.
pub const MAX_LIMIT: usize = 100;
/// Deepest paging offset.
pub const MAX_OFFSET: usize = 10_000;
/// Longest article id accepted.
const MAX_ID_LEN: usize = 512;

const INDEX_HTML: &str = include_str!("serve/index.html");
const APP_JS: &str = include_str!("serve/app.js");
const APP_CSS: &str = include_str!("serve/app.css");

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

struct App {
    searcher: Searcher,
    index: String,
    loopback: bool,
}

/// Open the index at `index_dir` and serve it on `addr` until the process is
/// stopped. Prints `newswire: listening on http://ADDR/ ...` on stderr once
/// bound (with the real port when `addr` has port 0).
pub fn run(addr: SocketAddr, index_dir: &Path) -> Result<()> {
    let searcher = Searcher::open(index_dir)?;
    let index = std::fs::canonicalize(index_dir)
        .unwrap_or_else(|_| index_dir.to_path_buf())
        .display()
        .to_string();
    let listener = std::net::TcpListener::bind(addr)
        .map_err(|e| Error::Invalid(format!("cannot listen on {addr}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Invalid(format!("cannot listen on {addr}: {e}")))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::Invalid(format!("cannot listen on {addr}: {e}")))?;
    let app = Arc::new(App {
        searcher,
        index,
        loopback: local.ip().is_loopback(),
    });
    if !app.loopback {
        eprintln!(
            "newswire: warning: listening on {local}, not on loopback; the API has no authentication, \
             anyone who can reach this address can read the index"
        );
    }
    eprintln!(
        "newswire: listening on http://{local}/ ({} articles in {}; Ctrl-C to stop)",
        app.searcher.num_articles(),
        app.index
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Invalid(format!("cannot start the server runtime: {e}")))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| Error::Invalid(format!("cannot listen on {local}: {e}")))?;
        axum::serve(listener, router(app))
            .await
            .map_err(|e| Error::Invalid(format!("server error: {e}")))
    })
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(page))
        .route(
            "/assets/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/assets/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS) }),
        )
        .route("/api/search", get(api_search))
        .route("/api/quotes", get(api_quotes))
        .route("/api/articles/{id}", get(api_article))
        .route("/api/stats", get(api_stats))
        .fallback(|| async {
            error(
                StatusCode::NOT_FOUND,
                "not found; endpoints: /api/search, /api/quotes, /api/articles/{id}, /api/stats",
            )
        })
        .method_not_allowed_fallback(|| async {
            error(
                StatusCode::METHOD_NOT_ALLOWED,
                "method not allowed; the API is read-only (GET)",
            )
        })
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

/// A JSON error response.
fn error(status: StatusCode, msg: impl Into<String>) -> Response {
    (status, Json(json!({ "error": msg.into() }))).into_response()
}

fn lib_error(e: Error) -> Response {
    match e {
        Error::Query(_) | Error::Invalid(_) => error(StatusCode::BAD_REQUEST, e.to_string()),
        other => error(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
    }
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

async fn page() -> Response {
    asset("text/html; charset=utf-8", INDEX_HTML)
}

/// Whether `host` (a `Host` header) names this machine's loopback.
fn host_is_loopback(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(h, _)| h),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Security headers on every response; on loopback, refuse foreign `Host`s.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let host_ok = match req.headers().get(header::HOST) {
        None => true,
        Some(h) => !app.loopback || h.to_str().is_ok_and(host_is_loopback),
    };
    let mut res = if host_ok {
        next.run(req).await
    } else {
        error(
            StatusCode::FORBIDDEN,
            "this server only answers requests addressed to localhost / 127.0.0.1",
        )
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    res
}

/// Run blocking index work off the async workers; a panic becomes a 500.
async fn blocking(f: impl FnOnce() -> Response + Send + 'static) -> Response {
    tokio::task::spawn_blocking(f).await.unwrap_or_else(|_| {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error while searching",
        )
    })
}

type Pairs = std::result::Result<Query<Vec<(String, String)>>, QueryRejection>;

const SEARCH_PARAMS: &[&str] = &[
    "q",
    "speaker",
    "role",
    "from",
    "to",
    "place",
    "agency",
    "facet",
    "facet_limit",
    "limit",
    "offset",
    "sort",
];
const QUOTES_PARAMS: &[&str] = &[
    "q", "speaker", "role", "from", "to", "place", "agency", "limit", "offset",
];

fn number(name: &str, v: &str, max: usize) -> std::result::Result<usize, String> {
    v.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n <= max)
        .ok_or_else(|| format!("`{name}` must be a whole number from 0 to {max}, not `{v}`"))
}

/// Turn query-string pairs into a [`SearchRequest`]; `allowed` are the
/// parameter names this endpoint takes. Empty values count as absent.
pub fn request_from_params(
    pairs: &[(String, String)],
    allowed: &[&str],
    default_limit: usize,
) -> std::result::Result<SearchRequest, String> {
    let mut req = SearchRequest::new("");
    req.limit = default_limit;
    let mut seen: Vec<&str> = Vec::new();
    for (k, v) in pairs {
        let Some(&name) = allowed.iter().find(|a| **a == k.as_str()) else {
            return Err(format!(
                "unknown parameter `{k}`; parameters are: {}",
                allowed.join(", ")
            ));
        };
        if name != "facet" {
            if seen.contains(&name) {
                return Err(format!("parameter `{name}` is given more than once"));
            }
            seen.push(name);
        }
        let value = v.trim();
        if value.is_empty() {
            continue;
        }
        let text = || Some(value.to_string());
        match name {
            "q" => {
                if value.len() > MAX_QUERY_LEN {
                    return Err(format!(
                        "query is {} bytes long; the limit is {MAX_QUERY_LEN}",
                        value.len()
                    ));
                }
                req.query = value.to_string();
            }
            "speaker" => req.speaker = text(),
            "role" => req.role = text(),
            "place" => req.place = text(),
            "agency" => req.agency = text(),
            "from" | "to" => {
                parse_date_bound(value).map_err(|e| format!("`{name}`: {e}"))?;
                if name == "from" {
                    req.from = text();
                } else {
                    req.to = text();
                }
            }
            "facet" => {
                for f in value.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                    let kind = match f {
                        "speaker" => FacetKind::Speaker,
                        "role" => FacetKind::Role,
                        "date" => FacetKind::Date,
                        "place" => FacetKind::Place,
                        "agency" => FacetKind::Agency,
                        other => {
                            return Err(format!("unknown facet `{other}`; facets are: speaker, role, date, place, agency"))
                        }
                    };
                    if !req.facets.contains(&kind) {
                        req.facets.push(kind);
                    }
                }
            }
            "facet_limit" => req.facet_limit = number(name, value, MAX_LIMIT)?.max(1),
            "limit" => req.limit = number(name, value, MAX_LIMIT)?,
            "offset" => req.offset = number(name, value, MAX_OFFSET)?,
            "sort" => {
                req.sort = match value {
                    "relevance" => Sort::Relevance,
                    "date" => Sort::Date,
                    "-date" => Sort::DateDesc,
                    other => {
                        return Err(format!(
                            "unknown sort `{other}`; use relevance, date or -date"
                        ))
                    }
                }
            }
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (&req.from, &req.to) {
        if let (Ok((a, _)), Ok((_, b))) = (parse_date_bound(a), parse_date_bound(b)) {
            if a > b {
                return Err(format!("`from` {a} is after `to` {b}"));
            }
        }
    }
    Ok(req)
}

fn parse_pairs(
    pairs: Pairs,
    allowed: &[&str],
    default_limit: usize,
) -> std::result::Result<SearchRequest, String> {
    let Query(pairs) = pairs.map_err(|e| format!("bad query string: {}", e.body_text()))?;
    request_from_params(&pairs, allowed, default_limit)
}

async fn api_search(State(app): State<Arc<App>>, pairs: Pairs) -> Response {
    let req = match parse_pairs(pairs, SEARCH_PARAMS, 10) {
        Ok(r) => r,
        Err(msg) => return error(StatusCode::BAD_REQUEST, msg),
    };
    blocking(move || match app.searcher.search(&req) {
        Ok(r) => Json(json!({
            "hits": r.hits.iter().map(|h| h.to_json()).collect::<Vec<_>>(),
            "facets": r.facets.iter().map(|f| f.to_json()).collect::<Vec<_>>(),
            "total_hits": r.total_hits,
        }))
        .into_response(),
        Err(e) => lib_error(e),
    })
    .await
}

async fn api_quotes(State(app): State<Arc<App>>, pairs: Pairs) -> Response {
    let req = match parse_pairs(pairs, QUOTES_PARAMS, 20) {
        Ok(r) => r,
        Err(msg) => return error(StatusCode::BAD_REQUEST, msg),
    };
    blocking(move || match app.searcher.quotes(&req) {
        Ok((total, qs)) => Json(json!({
            "quotes": qs.iter().map(|q| q.to_json()).collect::<Vec<_>>(),
            "total_quotes": total,
        }))
        .into_response(),
        Err(e) => lib_error(e),
    })
    .await
}

async fn api_article(
    State(app): State<Arc<App>>,
    id: std::result::Result<UrlPath<String>, axum::extract::rejection::PathRejection>,
) -> Response {
    let id = match id {
        Ok(UrlPath(id)) => id,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!("bad article id: {}", e.body_text()),
            )
        }
    };
    if id.is_empty() || id.len() > MAX_ID_LEN || id.chars().any(char::is_control) {
        return error(
            StatusCode::BAD_REQUEST,
            format!("bad article id (1 to {MAX_ID_LEN} bytes, no control characters)"),
        );
    }
    blocking(move || match app.searcher.article(&id) {
        Ok(Some(a)) => Json(a).into_response(),
        Ok(None) => error(StatusCode::NOT_FOUND, format!("no article with id `{id}`")),
        Err(e) => lib_error(e),
    })
    .await
}

async fn api_stats(State(app): State<Arc<App>>) -> Response {
    blocking(move || {
        Json(json!({
            "articles": app.searcher.num_articles(),
            "index": app.index,
            "schema_version": SCHEMA_VERSION,
            "newswire_version": env!("CARGO_PKG_VERSION"),
        }))
        .into_response()
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(s: &[(&str, &str)]) -> Vec<(String, String)> {
        s.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn params_map_to_a_request() {
        let r = request_from_params(
            &pairs(&[
                ("q", "hotline"),
                ("facet", "role,speaker"),
                ("facet", "date"),
                ("sort", "-date"),
                ("limit", "5"),
                ("speaker", ""),
            ]),
            SEARCH_PARAMS,
            10,
        )
        .unwrap();
        assert_eq!(r.query, "hotline");
        assert_eq!(
            r.facets,
            vec![FacetKind::Role, FacetKind::Speaker, FacetKind::Date]
        );
        assert_eq!(r.sort, Sort::DateDesc);
        assert_eq!(r.limit, 5);
        assert_eq!(r.speaker, None);
    }

    #[test]
    fn bad_params_are_refused() {
        for bad in [
            vec![("limit", "101")],
            vec![("limit", "-1")],
            vec![("offset", "x")],
            vec![("sort", "score")],
            vec![("facet", "colour")],
            vec![("from", "2015-13")],
            vec![("from", "2016"), ("to", "2015")],
            vec![("nhits", "3")],
            vec![("q", "a"), ("q", "b")],
        ] {
            assert!(
                request_from_params(&pairs(&bad), SEARCH_PARAMS, 10).is_err(),
                "{bad:?}"
            );
        }
        let long = "a".repeat(MAX_QUERY_LEN + 1);
        assert!(request_from_params(&pairs(&[("q", &long)]), SEARCH_PARAMS, 10).is_err());
        assert!(request_from_params(&pairs(&[("facet", "role")]), QUOTES_PARAMS, 20).is_err());
    }

    #[test]
    fn loopback_hosts() {
        for ok in [
            "localhost",
            "localhost:7700",
            "127.0.0.1:80",
            "[::1]:7700",
            "LOCALHOST.",
            "app.localhost:1",
        ] {
            assert!(host_is_loopback(ok), "{ok}");
        }
        for bad in [
            "evil.example:7700",
            "127.0.0.1.evil.example",
            "10.0.0.1:7700",
            "",
        ] {
            assert!(!host_is_loopback(bad), "{bad}");
        }
    }
}
