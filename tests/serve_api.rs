//! The JSON API of `newswire serve`, over real HTTP against the binary, on the
//! bundled corpus. Independent of what extraction finds (speakers, quotes).

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::{enc, request, Server};
use serde_json::Value;

/// The bundled corpus, indexed once per test run (under target/).
fn shared_index() -> &'static PathBuf {
    static INDEX: OnceLock<PathBuf> = OnceLock::new();
    INDEX.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-api-index");
        common::index(&common::corpus(), &dir);
        dir
    })
}

fn server() -> Server {
    Server::start(shared_index())
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
    k.sort();
    k
}

fn assert_error(s: &Server, path: &str, status: u16) -> String {
    let (code, v) = s.json(path);
    assert_eq!(code, status, "GET {path}: {v}");
    let msg = v["error"]
        .as_str()
        .unwrap_or_else(|| panic!("GET {path}: no error message: {v}"));
    assert!(!msg.is_empty());
    msg.to_string()
}

#[test]
fn search_returns_the_records_of_search_json() {
    let s = server();
    let (code, v) =
        s.json("/api/search?q=hotline&facet=role,speaker&facet=date&facet=place&limit=5");
    assert_eq!(code, 200, "{v}");
    assert_eq!(keys(&v), ["facets", "hits", "total_hits"]);
    let total = v["total_hits"].as_u64().unwrap();
    let hits = v["hits"].as_array().unwrap();
    assert!(total >= 1 && !hits.is_empty() && hits.len() <= 5, "{v}");
    assert!(
        hits.iter().any(|h| h["path"]
            .as_str()
            .unwrap()
            .contains("tass/2015/05/07/000_53d0751d812f08e0.txt")),
        "the seed article matches hotline: {v}"
    );
    for h in hits {
        assert_eq!(h["type"], "hit");
        for k in ["id", "title", "path", "snippet"] {
            assert!(h[k].is_string(), "{k} in {h}");
        }
        assert!(h["quotes"].is_array());
        for r in h["snippet_highlights"].as_array().unwrap() {
            let r = r.as_array().unwrap();
            assert_eq!(r.len(), 2);
            assert!(r[0].as_u64().unwrap() < r[1].as_u64().unwrap());
        }
    }
    for f in v["facets"].as_array().unwrap() {
        assert_eq!(f["type"], "facet");
        assert!(
            ["role", "speaker", "date", "place"].contains(&f["field"].as_str().unwrap()),
            "{f}"
        );
        assert!(f["count"].as_u64().unwrap() >= 1);
    }

    // The same records as `newswire search --json`, byte for byte.
    let out = Command::new(common::bin())
        .args([
            "search", "hotline", "--json", "--facet", "role", "--facet", "speaker", "--facet",
            "date",
        ])
        .args(["--facet", "place", "-n", "5", "--index"])
        .arg(shared_index())
        .output()
        .unwrap();
    let cli: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let cli_hits: Vec<&Value> = cli.iter().filter(|r| r["type"] == "hit").collect();
    let cli_facets: Vec<&Value> = cli.iter().filter(|r| r["type"] == "facet").collect();
    assert_eq!(cli_hits, hits.iter().collect::<Vec<_>>());
    assert_eq!(
        cli_facets,
        v["facets"].as_array().unwrap().iter().collect::<Vec<_>>()
    );
    let summary = cli.iter().find(|r| r["type"] == "summary").unwrap();
    assert_eq!(summary["total_hits"], v["total_hits"]);
}

#[test]
fn sort_filters_and_paging() {
    let s = server();
    let (_, all) = s.json("/api/search?q=*&limit=0");
    let n = all["total_hits"].as_u64().unwrap();
    assert!(n > 10, "{all}");
    assert!(all["hits"].as_array().unwrap().is_empty());

    let page = |offset: usize| {
        let (code, v) = s.json(&format!("/api/search?sort=date&limit=4&offset={offset}"));
        assert_eq!(code, 200, "{v}");
        v["hits"].as_array().unwrap().clone()
    };
    let (a, b) = (page(0), page(4));
    assert_eq!((a.len(), b.len()), (4, 4));
    let ids: std::collections::HashSet<&str> = a
        .iter()
        .chain(&b)
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 8, "pages overlap");
    let dates: Vec<&str> = a
        .iter()
        .chain(&b)
        .filter_map(|h| h["date"].as_str())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "oldest first: {dates:?}"
    );
    assert_eq!(a[0]["rank"], 1);
    assert_eq!(b[0]["rank"], 5);

    let (_, desc) = s.json("/api/search?q=&sort=-date&limit=3");
    let dates: Vec<&str> = desc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["date"].as_str())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );

    // Filtering on a facet value finds as many articles as the facet counted
    // (whatever extraction finds: the facets come from the same index).
    let (_, f) = s.json("/api/search?q=*&limit=0&facet=date,agency,place");
    let facets = f["facets"].as_array().unwrap().clone();
    for field in ["date", "agency", "place"] {
        let Some(first) = facets.iter().find(|v| v["field"] == field) else {
            continue;
        };
        let value = first["value"].as_str().unwrap();
        let filter = match field {
            "date" => format!("from={0}&to={0}", enc(value)),
            _ => format!("{field}={}", enc(value)),
        };
        let (code, v) = s.json(&format!("/api/search?{filter}&limit=100&facet=date"));
        assert_eq!(code, 200, "{v}");
        assert_eq!(v["total_hits"], first["count"], "{field} {value}");
        let hits = v["hits"].as_array().unwrap();
        match field {
            "date" => {
                assert!(
                    hits.iter()
                        .all(|h| h["date"].as_str().unwrap().starts_with(value)),
                    "{v}"
                );
                // Within one year, the date facet counts by month.
                let months = v["facets"].as_array().unwrap();
                assert!(
                    months.iter().all(|m| m["value"]
                        .as_str()
                        .unwrap()
                        .starts_with(&format!("{value}-"))),
                    "{v}"
                );
            }
            "agency" => assert!(hits.iter().all(|h| h["agency"] == first["value"]), "{v}"),
            _ => {}
        }
    }
    let (code, v) = s.json("/api/search?q=*&from=2015-01&to=2015-12-31&limit=100");
    assert_eq!(code, 200, "{v}");
    assert!(v["total_hits"].as_u64().unwrap() < n);
    assert!(v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["date"].as_str().unwrap().starts_with("2015")));
}

#[test]
fn articles_quotes_and_stats() {
    let s = server();
    let (_, v) = s.json("/api/search?q=hotline&limit=10");
    let seed = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["path"].as_str().unwrap().contains("tass/2015/05/07"))
        .expect("seed article")
        .clone();
    let id = seed["id"].as_str().unwrap();
    let (code, a) = s.json(&format!("/api/articles/{}", enc(id)));
    assert_eq!(code, 200, "{a}");
    assert_eq!(a["id"], seed["id"]);
    assert_eq!(a["title"], seed["title"]);
    assert!(a["body"].as_str().unwrap().contains("hotline"));
    for k in [
        "source", "dateline", "captions", "sections", "speakers", "quotes", "date", "agency",
        "lead", "url",
    ] {
        assert!(
            a.get(k).is_some(),
            "article field {k} missing: {}",
            keys(&a).join(",")
        );
    }
    assert!(a["quotes"].is_array() && a["speakers"].is_array() && a["captions"].is_array());

    let (code, q) = s.json("/api/quotes?q=hotline&limit=5");
    assert_eq!(code, 200, "{q}");
    assert_eq!(keys(&q), ["quotes", "total_quotes"]);
    assert!(q["total_quotes"].is_u64());
    for r in q["quotes"].as_array().unwrap() {
        assert_eq!(r["type"], "quote");
        assert!(r["text"].is_string() && r["id"].is_string());
    }

    let (code, st) = s.json("/api/stats");
    assert_eq!(code, 200, "{st}");
    let (_, all) = s.json("/api/search?limit=0");
    assert_eq!(st["articles"], all["total_hits"]);
    assert_eq!(
        st["schema_version"].as_u64(),
        Some(newswire::schema::SCHEMA_VERSION as u64)
    );
    assert!(st["index"].as_str().unwrap().ends_with("serve-api-index"));
}

#[test]
fn bad_requests_get_json_errors() {
    let s = server();
    assert!(assert_error(&s, "/api/search?q=hotline&limit=101", 400).contains("limit"));
    assert_error(&s, "/api/search?q=hotline&limit=ten", 400);
    assert_error(&s, "/api/search?q=hotline&offset=-1", 400);
    assert!(assert_error(&s, "/api/search?q=hotline&sort=score", 400).contains("sort"));
    assert!(assert_error(&s, "/api/search?q=hotline&facet=colour", 400).contains("facet"));
    assert!(assert_error(&s, "/api/search?q=hotline&nhits=3", 400).contains("unknown parameter"));
    assert_error(&s, "/api/search?q=a&q=b", 400);
    assert!(assert_error(&s, "/api/search?from=2015-13", 400).contains("date"));
    assert!(assert_error(&s, "/api/search?from=2016&to=2015", 400).contains("after"));
    assert!(assert_error(&s, "/api/search?q=colour:red", 400).contains("field"));
    assert_error(&s, "/api/search?q=a%00b", 400);
    let long = "a".repeat(newswire::search::MAX_QUERY_LEN + 1);
    assert!(assert_error(&s, &format!("/api/search?q={long}"), 400).contains("limit"));
    assert_error(&s, "/api/quotes?q=hotline&facet=role", 400);
    assert_error(&s, "/api/quotes?q=hotline&limit=1000", 400);
    assert_error(&s, "/api/articles/no-such-article", 404);
    assert_error(&s, "/api/nothing-here", 404);

    let post = request(&s.addr, "POST", "/api/search?q=hotline", &[]);
    assert_eq!(post.status, 405);
    assert!(post.text().contains("\"error\""));
    // DNS rebinding: a foreign Host is refused on loopback.
    let foreign = request(
        &s.addr,
        "GET",
        "/api/stats",
        &[("Host", "evil.example:7700")],
    );
    assert_eq!(foreign.status, 403, "{}", foreign.text());
    let local = request(&s.addr, "GET", "/api/stats", &[("Host", "localhost:7700")]);
    assert_eq!(local.status, 200);
    // Still serving after all that.
    assert_eq!(s.get("/api/search?q=hotline").status, 200);
}

#[test]
fn the_page_and_its_assets() {
    let s = server();
    let page = s.get("/");
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("script-src 'self'"));
    assert!(page.text().contains("id=\"search-form\""));
    for (path, ty) in [
        ("/assets/app.js", "text/javascript"),
        ("/assets/app.css", "text/css"),
    ] {
        let r = s.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.header("content-type").unwrap().starts_with(ty), "{path}");
    }
    // Article text is never injected as HTML.
    let js = s.get("/assets/app.js").text();
    assert!(
        !js.contains("innerHTML")
            && !js.contains("insertAdjacentHTML")
            && !js.contains("document.write")
    );
}

#[test]
fn picks_up_new_commits_without_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let index = tmp.path().join("index");
    let seed = "tass/2015/05/07/000_53d0751d812f08e0.txt";
    let src = common::corpus();
    std::fs::create_dir_all(corpus.join("tass/2015/05/07")).unwrap();
    std::fs::copy(src.join(seed), corpus.join(seed)).unwrap();
    let out = Command::new(common::bin())
        .args(["index", "-q", "--index"])
        .arg(&index)
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = Server::start(&index);
    assert_eq!(s.json("/api/stats").1["articles"], 1);

    // Add every TASS article, index again while the server runs.
    for e in walkdir::WalkDir::new(src.join("tass"))
        .into_iter()
        .filter_map(|e| e.ok())
    {
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(&src).unwrap();
            std::fs::create_dir_all(corpus.join(rel).parent().unwrap()).unwrap();
            std::fs::copy(e.path(), corpus.join(rel)).unwrap();
        }
    }
    let out = Command::new(common::bin())
        .args(["index", "-q", "--index"])
        .arg(&index)
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0) | Some(3)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let n = s.json("/api/stats").1["articles"].as_u64().unwrap();
        if n > 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not pick up the new commit"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(s.json("/api/search?agency=TASS&limit=0").0, 200);
}
