//! End to end in a real browser: headless Chromium, driven over the Chrome
//! DevTools Protocol (a websocket, `tungstenite`), against `newswire serve` on
//! the bundled corpus.
//!
//! Chromium: `$NEWSWIRE_CHROMIUM`, else `chromium` / `chromium-browser` /
//! `google-chrome` on PATH. When none is found and `CI` is set and we are
//! root, the test runs `apt-get install -y chromium` itself; if Chromium still
//! cannot be had, it prints `SKIPPED` and passes.
//!
//! Screenshots go to `$NEWSWIRE_SCREENSHOTS` (default
//! `target/tmp/screenshots`): `search.png` and `article.png`.
//! `NEWSWIRE_SCREENSHOTS=docs/screenshots cargo test --test browser` refreshes
//! the ones in the docs.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};
use tungstenite::{stream::MaybeTlsStream, Message, WebSocket};

const SEED_PATH: &str = "tass/2015/05/07/000_53d0751d812f08e0.txt";
const SEED_TITLE: &str =
    "Russia to respond constructively to proposals on resuming cooperation with NATO";

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NEWSWIRE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .find_map(|n| on_path(n))
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = find_chromium() {
        return Some(p);
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    if std::env::var_os("CI").is_some() && root && on_path("apt-get").is_some() {
        eprintln!("browser test: chromium not found; installing it with apt-get (CI)");
        let ok = Command::new("sh")
            .args(["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"])
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("browser test: apt-get install chromium failed");
        }
    }
    find_chromium()
}

/// Headless Chromium in its own process group, killed (group and all) on drop.
struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    port: String,
}

impl Browser {
    fn launch(exe: &Path) -> Browser {
        use std::os::unix::process::CommandExt;
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(exe)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--window-size=1280,900",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()
            .expect("launch chromium");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut seen = String::new();
        let port = loop {
            match lines.next() {
                Some(Ok(l)) => {
                    if let Some(rest) = l.split("ws://").nth(1) {
                        break rest
                            .split('/')
                            .next()
                            .unwrap()
                            .rsplit(':')
                            .next()
                            .unwrap()
                            .to_string();
                    }
                    seen.push_str(&l);
                    seen.push('\n');
                }
                _ => panic!("chromium did not print its DevTools address; stderr:\n{seen}"),
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Browser {
            child,
            _profile: profile,
            port,
        }
    }

    /// A CDP connection to the first page target.
    fn page(&self) -> Cdp {
        let addr = format!("127.0.0.1:{}", self.port);
        let deadline = Instant::now() + Duration::from_secs(20);
        let ws_url = loop {
            let r = common::request(&addr, "GET", "/json/list", &[]);
            let list: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
            let page = list
                .as_array()
                .and_then(|a| a.iter().find(|t| t["type"] == "page"))
                .and_then(|t| t["webSocketDebuggerUrl"].as_str().map(String::from));
            if let Some(u) = page {
                break u;
            }
            assert!(Instant::now() < deadline, "no page target in chromium");
            std::thread::sleep(Duration::from_millis(100));
        };
        let (ws, _) =
            tungstenite::connect(ws_url.as_str()).expect("connect to the DevTools websocket");
        if let MaybeTlsStream::Plain(s) = ws.get_ref() {
            s.set_read_timeout(Some(Duration::from_secs(60))).ok();
        }
        let mut cdp = Cdp {
            ws,
            next: 0,
            problems: Vec::new(),
        };
        cdp.call("Runtime.enable", json!({}));
        cdp.call("Log.enable", json!({}));
        cdp.call("Page.enable", json!({}));
        cdp.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}),
        );
        cdp
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The whole group we started: the browser and its helper processes.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Cdp {
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
    next: u64,
    /// JavaScript exceptions and console / CSP errors seen on the page.
    problems: Vec<String>,
}

impl Cdp {
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let msg = json!({"id": id, "method": method, "params": params});
        self.ws
            .send(Message::text(msg.to_string()))
            .expect("send to chromium");
        loop {
            let m = self.ws.read().expect("read from chromium");
            let Message::Text(t) = m else { continue };
            let v: Value = serde_json::from_str(t.as_str()).expect("CDP JSON");
            if v["id"].as_u64() == Some(id) {
                if let Some(e) = v.get("error") {
                    panic!("{method} failed: {e}");
                }
                return v["result"].clone();
            }
            match v["method"].as_str() {
                Some("Runtime.exceptionThrown") => self
                    .problems
                    .push(format!("exception: {}", v["params"]["exceptionDetails"])),
                Some("Log.entryAdded") if v["params"]["entry"]["level"] == "error" => self
                    .problems
                    .push(format!("console: {}", v["params"]["entry"]["text"])),
                Some("Runtime.consoleAPICalled") if v["params"]["type"] == "error" => self
                    .problems
                    .push(format!("console.error: {}", v["params"]["args"])),
                _ => {}
            }
        }
    }

    /// Evaluate a JS expression (promises awaited) and return its value.
    fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("JS error in `{expr}`: {e}");
        }
        r["result"]["value"].clone()
    }

    /// Wait until `expr` is truthy.
    fn wait_for(&mut self, expr: &str, what: &str) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.eval(expr);
            if !(v.is_null() || v == json!(false) || v == json!("") || v == json!(0)) {
                return true;
            }
            if Instant::now() > deadline {
                eprintln!("browser test: timed out waiting for {what}");
                return false;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_ready(&mut self, url_has: &str) -> bool {
        self.wait_for(
            &format!(
                "location.href.includes({}) && document.body && document.body.dataset.state === 'ready'",
                json!(url_has)
            ),
            &format!("the page to be ready at a URL with {url_has}"),
        )
    }

    /// A real mouse click at the centre of the first element matching `selector`.
    fn click(&mut self, selector: &str) -> bool {
        let at = self.eval(&format!(
            "(() => {{ const el = document.querySelector({}); if (!el) return null; \
             el.scrollIntoView({{block: 'center'}}); const r = el.getBoundingClientRect(); \
             return [r.x + r.width / 2, r.y + r.height / 2]; }})()",
            json!(selector)
        ));
        let Some([x, y]) = at
            .as_array()
            .map(|a| [a[0].as_f64().unwrap(), a[1].as_f64().unwrap()])
        else {
            return false;
        };
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            );
        }
        true
    }

    fn press_enter(&mut self) {
        for kind in ["keyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}),
            );
        }
    }

    fn screenshot(&mut self, path: &Path) {
        let r = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let png = base64::engine::general_purpose::STANDARD
            .decode(r["data"].as_str().unwrap())
            .unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
        eprintln!("browser test: screenshot {}", path.display());
    }
}

#[test]
fn search_page_in_headless_chromium() {
    let Some(exe) = chromium() else {
        // A missing browser fails the test (CI installs one, see .ci/run),
        // unless the developer opts out explicitly.
        assert!(
            std::env::var_os("NEWSWIRE_SKIP_BROWSER").is_some(),
            "no Chromium found: install it (`apt-get install -y chromium`), point \
             NEWSWIRE_CHROMIUM at a Chrome/Chromium binary, or set NEWSWIRE_SKIP_BROWSER=1 \
             to leave this test out"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "browser test left out: NEWSWIRE_SKIP_BROWSER is set"
        );
        return;
    };
    let shots = std::env::var_os("NEWSWIRE_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots"));
    let index = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser-index");
    common::index(&common::corpus(), &index);
    let server = common::Server::start(&index);
    let browser = Browser::launch(&exe);
    let mut page = browser.page();
    // Checks that need the real extractors (titles, dates, speakers): collected
    // and reported at the end, so the rest of the walk (and the screenshots)
    // still happens.
    let mut extraction_failures: Vec<String> = Vec::new();

    page.call("Page.navigate", json!({"url": server.url("/")}));
    assert!(page.wait_ready("/"), "the page did not load");

    // Type the query and press Enter: the form submits from the keyboard.
    assert!(page.click("#q"));
    page.call("Input.insertText", json!({"text": "hotline"}));
    page.press_enter();
    assert!(
        page.wait_ready("q=hotline"),
        "Enter in the search box did not search"
    );
    assert!(page.wait_for("document.querySelectorAll('#hits .hit').length > 0", "hits"));

    // The seed article's id, from the API (ids hash the path when records have none).
    let (_, api) = server.json("/api/search?q=hotline&limit=100");
    let seed_id = api["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["path"].as_str().unwrap().ends_with(SEED_PATH))
        .map(|h| h["id"].clone())
        .expect("the API finds the seed article for hotline");
    let seed =
        format!("document.querySelector('#hits .hit[data-id=\"' + CSS.escape({seed_id}) + '\"]')");
    assert_eq!(
        page.eval(&format!("!!{seed}")),
        json!(true),
        "the seed article is not among the hits"
    );
    let title = page.eval(&format!("{seed}.querySelector('h3').textContent"));
    if !title.as_str().unwrap().contains(SEED_TITLE) {
        extraction_failures.push(format!(
            "the seed hit's title is {title}, not {SEED_TITLE:?}"
        ));
    }
    let snippet_marks = page.eval(&format!(
        "[...{seed}.querySelectorAll('.snippet mark')].map(m => m.textContent)"
    ));
    assert!(
        snippet_marks
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m.as_str().unwrap().eq_ignore_ascii_case("hotline")),
        "the snippet highlights hotline: {snippet_marks}"
    );
    let total_before: u64 = page
        .eval("document.getElementById('summary').dataset.total")
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(total_before >= 1);
    page.screenshot(&shots.join("search.png"));

    // Steinmeier's hotline quote, attributed, on the seed hit.
    let stein = page.eval(&format!(
        "[...{seed}.querySelectorAll('.quote')].filter(q => (q.dataset.speaker || '').includes('Steinmeier')).map(q => q.textContent)"
    ));
    if !stein
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q.as_str().unwrap().contains("hotline"))
    {
        extraction_failures.push(format!(
            "no hotline quote by Steinmeier on the seed hit (quotes by Steinmeier: {stein})"
        ));
    }

    // The role facet: "Foreign Minister" with the people under it; one click filters.
    let role_btn = "#facet-role button[data-field='role'][data-value='Foreign Minister']";
    let count = page.eval(&format!(
        "(document.querySelector({}) || {{dataset: {{}}}}).dataset.count",
        json!(role_btn)
    ));
    match count.as_str().and_then(|c| c.parse::<u64>().ok()) {
        None => extraction_failures
            .push("no role facet `Foreign Minister` after searching hotline".into()),
        Some(n) => {
            assert!(n >= 1 && n <= total_before);
            let people = page.eval(&format!(
                "[...document.querySelector({}).closest('li').querySelectorAll('.people button')].map(b => b.dataset.value)",
                json!(role_btn)
            ));
            for who in ["Steinmeier", "Lavrov"] {
                if !people
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p.as_str().unwrap().contains(who))
                {
                    extraction_failures.push(format!(
                        "{who} is not listed under Foreign Minister: {people}"
                    ));
                }
            }
            assert!(page.click(role_btn));
            assert!(
                page.wait_ready("role=Foreign"),
                "clicking the role facet did not filter"
            );
            let total: u64 = page
                .eval("document.getElementById('summary').dataset.total")
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            // `role` matches every role containing the words (a "Deputy Foreign
            // Minister" too), so the filtered total is at least the facet count.
            assert!(
                total >= n,
                "the role facet count {n} is over the filtered total {total}"
            );
            assert_eq!(
                page.eval(&format!(
                    "document.querySelector({}).getAttribute('aria-pressed')",
                    json!(role_btn)
                )),
                json!("true")
            );
            assert_eq!(
                page.eval(&format!("!!{seed}")),
                json!(true),
                "the seed article quotes a foreign minister"
            );
            assert_eq!(
                page.eval("document.querySelectorAll('#active-filters .chip').length >= 1"),
                json!(true)
            );
            page.screenshot(&shots.join("search-role.png"));
            // Back: the filter is gone again, with the same results as before.
            page.call("Runtime.evaluate", json!({"expression": "history.back()"}));
            assert!(page.wait_for(
                "!location.search.includes('role=') && document.body.dataset.state === 'ready'",
                "back"
            ));
            let again: u64 = page
                .eval("document.getElementById('summary').dataset.total")
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            assert_eq!(again, total_before);
        }
    }

    // The article view: click the seed title.
    assert!(page.wait_for(&format!("!!{seed}"), "the seed hit after going back"));
    let link = page.eval(&format!(
        "{seed}.querySelector('h3 a').getAttribute('href')"
    ));
    assert!(link.as_str().unwrap().contains("article="), "{link}");
    let id = page.eval(&format!("{seed}.dataset.id"));
    page.eval(&format!(
        "{seed}.querySelector('h3 a').setAttribute('id', 'seed-link')"
    ));
    assert!(page.click("#seed-link"));
    assert!(page.wait_ready("article="), "the article view did not open");
    assert_eq!(page.eval("document.body.dataset.view"), json!("article"));
    assert_eq!(page.eval("document.querySelector('.full').dataset.id"), id);
    assert_eq!(id, seed_id);
    let h1 = page.eval("document.querySelector('.full h1').textContent");
    if !h1.as_str().unwrap().contains(SEED_TITLE) {
        extraction_failures.push(format!("the article view's title is {h1}"));
    }
    let text = page.eval("document.querySelector('.full .body').textContent");
    assert!(
        text.as_str().unwrap().contains("the hotline is important"),
        "body text shown"
    );
    assert_eq!(
        page.eval(&format!(
            "document.querySelector('.facts').textContent.includes({})",
            json!(SEED_PATH)
        )),
        json!(true)
    );
    page.screenshot(&shots.join("article.png"));
    let coloured = page.eval(
        "[...document.querySelectorAll('.full .body .q')].filter(q => (q.dataset.speaker || '').includes('Steinmeier')).length",
    );
    if coloured.as_u64().unwrap_or(0) == 0 {
        extraction_failures.push("no quote by Steinmeier marked in the article text".into());
    }
    let roles = page.eval("[...document.querySelectorAll('.speakers li')].map(l => l.textContent)");
    for who in ["Steinmeier", "Lavrov"] {
        if !roles.as_array().unwrap().iter().any(|r| {
            r.as_str().unwrap().contains(who) && r.as_str().unwrap().contains("Foreign Minister")
        }) {
            extraction_failures.push(format!(
                "{who} (Foreign Minister) missing from the article's speakers: {roles}"
            ));
        }
    }

    // Back to the results; the URL alone restores them (shareable state).
    page.call("Runtime.evaluate", json!({"expression": "history.back()"}));
    assert!(page.wait_for(
        "document.body.dataset.view === 'search' && document.body.dataset.state === 'ready'",
        "back to results"
    ));
    assert_eq!(
        page.eval("document.getElementById('q').value"),
        json!("hotline")
    );
    let shared = server.url("/?q=hotline&from=2015&to=2015&sort=-date");
    page.call("Page.navigate", json!({"url": shared}));
    assert!(page.wait_ready("sort=-date"));
    assert_eq!(
        page.eval("document.getElementById('from').value"),
        json!("2015")
    );
    assert_eq!(
        page.eval("document.getElementById('sort').value"),
        json!("-date")
    );
    assert_eq!(
        page.eval("[...document.querySelectorAll('#hits .meta')].every(m => m.textContent.startsWith('2015'))"),
        json!(true)
    );
    // By month within one year: bars, and clicking one narrows to that month.
    let bar =
        page.eval("(document.querySelector('#histogram .bar') || {dataset: {}}).dataset.value");
    match bar.as_str() {
        None => extraction_failures
            .push("no date histogram for hotline in 2015 (no dated articles?)".into()),
        Some(bar) => {
            let bar = bar.to_string();
            assert!(bar.starts_with("2015-"), "{bar}");
            assert!(page.click("#histogram .bar"));
            assert!(
                page.wait_ready(&format!("from={bar}")),
                "clicking a bar did not filter by {bar}"
            );
        }
    }

    // Every article (empty box), paging, and a facet click that needs no speakers.
    page.call("Page.navigate", json!({"url": server.url("/")}));
    assert!(page.wait_ready("/"));
    let all: u64 = page
        .eval("document.getElementById('summary').dataset.total")
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(all > 10, "{all}");
    let first = page.eval("document.querySelector('#hits .hit').dataset.id");
    assert!(page.click("#pager button:last-of-type"));
    assert!(page.wait_ready("offset=10"), "Next did not page");
    assert_ne!(
        page.eval("document.querySelector('#hits .hit').dataset.id"),
        first
    );
    page.call("Runtime.evaluate", json!({"expression": "history.back()"}));
    assert!(page.wait_for(
        "!location.search.includes('offset=') && document.body.dataset.state === 'ready'",
        "back to page 1"
    ));
    assert_eq!(
        page.eval("document.querySelector('#hits .hit').dataset.id"),
        first
    );
    let agency = page.eval(
        "(document.querySelector('#facet-agency button.facet') || {dataset: {}}).dataset.count",
    );
    if let Some(n) = agency.as_str().and_then(|c| c.parse::<u64>().ok()) {
        assert!(page.click("#facet-agency button.facet"));
        assert!(
            page.wait_ready("agency="),
            "the agency facet did not filter"
        );
        let total: u64 = page
            .eval("document.getElementById('summary').dataset.total")
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            total, n,
            "the agency facet count and the filtered total differ"
        );
        // The chip removes the filter again.
        assert!(page.click("#active-filters .chip"));
        assert!(page.wait_for(
            "!location.search.includes('agency=') && document.body.dataset.state === 'ready'",
            "the filter chip to clear the filter"
        ));
    }

    let problems = std::mem::take(&mut page.problems);
    assert!(problems.is_empty(), "errors on the page: {problems:#?}");
    assert!(
        extraction_failures.is_empty(),
        "extraction checks failed (they need the merged extractors):\n- {}",
        extraction_failures.join("\n- ")
    );
}
