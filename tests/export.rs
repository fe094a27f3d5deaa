//! `newswire export`: drives the real binary on the bundled corpus into temp
//! directories and checks every exported line against the doc mappings in
//! `schema/quickwit-index.yaml` and `schema/opensearch-mapping.json`, then
//! round-trips the Quickwit export through a Tantivy schema built from the
//! same YAML.
//!
//! Tests named `*_after_extraction_merge` need the real extraction modules
//! (speakers, quotes, dates); everything else is independent of extraction
//! quality.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Map, Value};
use tantivy::collector::TopDocs;
use tantivy::query::{QueryParser, TermQuery};
use tantivy::schema::{
    DateOptions, DateTimePrecision, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing,
    TextOptions, Value as _,
};
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

const SEED: &str = "corpus/tass/2015/05/07/000_53d0751d812f08e0.txt";
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One field of the Quickwit doc mapping.
#[derive(Debug, Clone)]
struct FieldMapping {
    name: String,
    /// Base type: text, datetime, u64, bool ...
    ty: String,
    array: bool,
    tokenizer: String,
    record: String,
    fast: bool,
    stored: bool,
    indexed: bool,
    fieldnorms: bool,
    input_formats: Vec<String>,
}

struct QuickwitConfig {
    yaml: serde_norway::Value,
    fields: Vec<FieldMapping>,
}

impl QuickwitConfig {
    fn load() -> Self {
        let text =
            std::fs::read_to_string(Path::new(ROOT).join("schema/quickwit-index.yaml")).unwrap();
        let yaml: serde_norway::Value = serde_norway::from_str(&text).unwrap();
        let list = yaml["doc_mapping"]["field_mappings"]
            .as_sequence()
            .expect("field_mappings");
        let s = |v: &serde_norway::Value, k: &str, d: &str| {
            v.get(k).and_then(|x| x.as_str()).unwrap_or(d).to_string()
        };
        let b = |v: &serde_norway::Value, k: &str, d: bool| {
            v.get(k).and_then(|x| x.as_bool()).unwrap_or(d)
        };
        let fields = list
            .iter()
            .map(|f| {
                let full = s(f, "type", "");
                let (ty, array) = match full
                    .strip_prefix("array<")
                    .and_then(|t| t.strip_suffix('>'))
                {
                    Some(inner) => (inner.to_string(), true),
                    None => (full.clone(), false),
                };
                FieldMapping {
                    name: s(f, "name", ""),
                    ty,
                    array,
                    tokenizer: s(f, "tokenizer", "default"),
                    record: s(f, "record", "basic"),
                    fast: b(f, "fast", false),
                    stored: b(f, "stored", true),
                    indexed: b(f, "indexed", true),
                    fieldnorms: b(f, "fieldnorms", false),
                    input_formats: f
                        .get("input_formats")
                        .and_then(|x| x.as_sequence())
                        .map(|xs| {
                            xs.iter()
                                .filter_map(|x| x.as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect();
        QuickwitConfig { yaml, fields }
    }

    fn field(&self, name: &str) -> Option<&FieldMapping> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The Tantivy schema Quickwit would build from this mapping.
    fn tantivy_schema(&self) -> Schema {
        let mut b = Schema::builder();
        for f in &self.fields {
            match f.ty.as_str() {
                "text" => {
                    let mut o = TextOptions::default();
                    if f.stored {
                        o = o.set_stored();
                    }
                    if f.indexed {
                        let record = match f.record.as_str() {
                            "position" => IndexRecordOption::WithFreqsAndPositions,
                            "freq" => IndexRecordOption::WithFreqs,
                            _ => IndexRecordOption::Basic,
                        };
                        o = o.set_indexing_options(
                            TextFieldIndexing::default()
                                .set_tokenizer(&f.tokenizer)
                                .set_index_option(record)
                                .set_fieldnorms(f.fieldnorms),
                        );
                    }
                    if f.fast {
                        assert_eq!(
                            f.tokenizer, "raw",
                            "{}: fast text fields should be raw",
                            f.name
                        );
                        o = o.set_fast("raw");
                    }
                    b.add_text_field(&f.name, o);
                }
                "datetime" => {
                    let mut o = DateOptions::default().set_precision(DateTimePrecision::Seconds);
                    if f.stored {
                        o = o.set_stored();
                    }
                    if f.indexed {
                        o = o.set_indexed();
                    }
                    if f.fast {
                        o = o.set_fast();
                    }
                    b.add_date_field(&f.name, o);
                }
                "u64" | "bool" => {
                    let mut o = NumericOptions::default();
                    if f.stored {
                        o = o.set_stored();
                    }
                    if f.indexed {
                        o = o.set_indexed();
                    }
                    if f.fast {
                        o = o.set_fast();
                    }
                    if f.ty == "u64" {
                        b.add_u64_field(&f.name, o);
                    } else {
                        b.add_bool_field(&f.name, o);
                    }
                }
                other => panic!("{}: type {other} not handled by this test", f.name),
            }
        }
        b.build()
    }
}

fn newswire() -> Command {
    let mut c = Command::cargo_bin("newswire").unwrap();
    c.current_dir(ROOT).env_remove("NEWSWIRE_INDEX");
    c
}

/// Run `newswire export` with `args`; returns the chunk files in order and stderr.
fn export(out: &Path, args: &[&str]) -> (Vec<PathBuf>, String) {
    let o = newswire()
        .arg("export")
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(0), "export failed: {stderr}");
    (chunks(out), stderr)
}

fn chunks(out: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ndjson"))
        .collect();
    files.sort();
    for (i, f) in files.iter().enumerate() {
        let want = format!("newswire-{:05}.ndjson", i + 1);
        assert_eq!(
            f.file_name().unwrap().to_str().unwrap(),
            want,
            "chunks are numbered from 1 without gaps"
        );
    }
    files
}

/// Every chunk: non-empty, at most `max` bytes, ends with a newline; returns all lines.
fn chunk_lines(files: &[PathBuf], max: u64) -> Vec<String> {
    let mut lines = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(!text.is_empty(), "{}: empty chunk", f.display());
        assert!(
            text.len() as u64 <= max,
            "{}: {} bytes > {max}",
            f.display(),
            text.len()
        );
        assert!(text.ends_with('\n'), "{}: no final newline", f.display());
        lines.extend(text.lines().map(String::from));
    }
    lines
}

fn exported_count(stderr: &str) -> usize {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("exported "))
        .expect("summary line");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn is_rfc3339(s: &str) -> bool {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).is_ok()
}

fn field_name_ok(name: &str) -> bool {
    let mut cs = name.chars();
    cs.next().is_some_and(|c| c.is_ascii_alphabetic())
        && cs.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Check one scalar against a base type of the Quickwit mapping.
fn check_scalar(ty: &str, formats: &[String], v: &Value) -> Result<(), String> {
    let ok = match ty {
        "text" => v.is_string(),
        "u64" => v.is_u64(),
        "bool" => v.is_boolean(),
        "datetime" => {
            assert_eq!(formats, ["rfc3339"]);
            v.as_str().is_some_and(is_rfc3339)
        }
        other => return Err(format!("unexpected type {other}")),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{v} is not a {ty}"))
    }
}

fn check_quickwit_doc(cfg: &QuickwitConfig, doc: &Map<String, Value>) -> Result<(), String> {
    for (k, v) in doc {
        let f = cfg
            .field(k)
            .ok_or_else(|| format!("field `{k}` is not in the mapping (mode: strict)"))?;
        if !field_name_ok(k) {
            return Err(format!("bad field name {k}"));
        }
        if f.array {
            let items = v
                .as_array()
                .ok_or_else(|| format!("`{k}` is array<{}> but got {v}", f.ty))?;
            for it in items {
                check_scalar(&f.ty, &f.input_formats, it).map_err(|e| format!("`{k}`: {e}"))?;
            }
        } else {
            check_scalar(&f.ty, &f.input_formats, v).map_err(|e| format!("`{k}`: {e}"))?;
        }
    }
    for required in ["id", "path", "title", "body"] {
        if !doc.contains_key(required) {
            return Err(format!("missing `{required}`"));
        }
    }
    let len = |k: &str| doc.get(k).and_then(Value::as_array).map(Vec::len);
    if len("quote_texts") != len("quote_speakers") || len("quote_texts") != len("quote_direct") {
        return Err("quote arrays are not parallel".into());
    }
    Ok(())
}

#[test]
fn quickwit_config_declares_what_the_export_needs() {
    let cfg = QuickwitConfig::load();
    let dm = &cfg.yaml["doc_mapping"];
    assert_eq!(dm["mode"].as_str(), Some("strict"));
    let ts = dm["timestamp_field"].as_str().expect("timestamp_field");
    let tsf = cfg.field(ts).unwrap();
    assert!(tsf.ty == "datetime" && tsf.fast && !tsf.array && tsf.input_formats == ["rfc3339"]);
    for f in [
        "title",
        "lead",
        "body",
        "quote_texts",
        "sections",
        "captions",
    ] {
        assert_eq!(
            cfg.field(f).unwrap().record,
            "position",
            "{f} needs positions for phrase queries"
        );
    }
    for f in [
        "speakers",
        "roles",
        "role_speaker",
        "place",
        "agency",
        "quote_speakers",
    ] {
        let m = cfg.field(f).unwrap();
        assert!(
            m.tokenizer == "raw" && m.fast && m.ty == "text",
            "{f} must be a raw fast text field"
        );
    }
    let mut seen = HashSet::new();
    for f in &cfg.fields {
        assert!(field_name_ok(&f.name), "{}", f.name);
        assert!(seen.insert(&f.name), "{} mapped twice", f.name);
    }
    for f in cfg.yaml["search_settings"]["default_search_fields"]
        .as_sequence()
        .unwrap()
    {
        assert!(cfg.field(f.as_str().unwrap()).is_some());
    }
}

#[test]
fn quickwit_export_matches_doc_mapping_and_splits_chunks() {
    let cfg = QuickwitConfig::load();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("qw");
    let max = 20_000u64;
    let (files, stderr) = export(
        &out,
        &[
            "corpus",
            "--format",
            "quickwit",
            "--max-bytes",
            &max.to_string(),
        ],
    );
    assert!(
        files.len() > 1,
        "a 20 kB cap should split the corpus into several chunks"
    );
    let lines = chunk_lines(&files, max);
    assert_eq!(lines.len(), exported_count(&stderr));
    assert!(
        lines.len() >= 40,
        "the bundled corpus has more than 40 articles"
    );
    let mut ids = HashSet::new();
    let mut seed = false;
    for (i, line) in lines.iter().enumerate() {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        let doc = v
            .as_object()
            .unwrap_or_else(|| panic!("line {}: not an object", i + 1));
        check_quickwit_doc(&cfg, doc).unwrap_or_else(|e| panic!("line {}: {e}\n{line}", i + 1));
        assert!(
            ids.insert(doc["id"].as_str().unwrap().to_string()),
            "duplicate id on line {}",
            i + 1
        );
        seed |= doc["path"] == SEED;
    }
    assert!(seed, "the seed article is exported");

    // The same corpus with the default cap fits in one chunk, identical content.
    let out2 = tmp.path().join("one");
    let (files2, _) = export(&out2, &["corpus", "--format", "quickwit"]);
    assert_eq!(files2.len(), 1);
    assert_eq!(chunk_lines(&files2, 10 * 1024 * 1024), lines);
}

/// Build a RAM index from a Quickwit export through the YAML-derived schema.
fn roundtrip_index(cfg: &QuickwitConfig, files: &[PathBuf]) -> (Index, Schema, usize) {
    let schema = cfg.tantivy_schema();
    let index = Index::create_in_ram(schema.clone());
    let mut w: IndexWriter = index.writer_with_num_threads(1, 20_000_000).unwrap();
    let mut n = 0;
    for line in chunk_lines(files, u64::MAX) {
        let doc =
            TantivyDocument::parse_json(&schema, &line).unwrap_or_else(|e| panic!("{e}: {line}"));
        w.add_document(doc).unwrap();
        n += 1;
    }
    w.commit().unwrap();
    (index, schema, n)
}

fn paths_of(index: &Index, schema: &Schema, query: &dyn tantivy::query::Query) -> Vec<String> {
    let searcher = index.reader().unwrap().searcher();
    let path = schema.get_field("path").unwrap();
    searcher
        .search(query, &TopDocs::with_limit(100).order_by_score())
        .unwrap()
        .into_iter()
        .map(|(_, addr)| {
            let d: TantivyDocument = searcher.doc(addr).unwrap();
            d.get_first(path)
                .and_then(|v| v.as_str())
                .unwrap()
                .to_string()
        })
        .collect()
}

fn quickwit_export_tmp() -> (tempfile::TempDir, Vec<PathBuf>) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("qw");
    let (files, _) = export(&out, &["corpus", "--format", "quickwit"]);
    (tmp, files)
}

#[test]
fn quickwit_export_roundtrips_through_tantivy() {
    let cfg = QuickwitConfig::load();
    let (_tmp, files) = quickwit_export_tmp();
    let (index, schema, n) = roundtrip_index(&cfg, &files);
    assert_eq!(index.reader().unwrap().searcher().num_docs() as usize, n);
    let defaults: Vec<_> = cfg.yaml["search_settings"]["default_search_fields"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|f| schema.get_field(f.as_str().unwrap()).unwrap())
        .collect();
    let qp = QueryParser::for_index(&index, defaults);
    let hits = paths_of(&index, &schema, &*qp.parse_query("hotline").unwrap());
    assert!(
        hits.iter().any(|p| p == SEED),
        "hotline should find the seed article: {hits:?}"
    );
    // Phrase queries work because the text fields record positions.
    let hits = paths_of(
        &index,
        &schema,
        &*qp.parse_query("\"the hotline is important\"").unwrap(),
    );
    assert_eq!(hits, vec![SEED.to_string()]);
}

#[test]
fn quickwit_roundtrip_finds_seed_by_speaker_and_date_after_extraction_merge() {
    let cfg = QuickwitConfig::load();
    let (_tmp, files) = quickwit_export_tmp();
    let (index, schema, _) = roundtrip_index(&cfg, &files);
    let speakers = schema.get_field("speakers").unwrap();
    let q = TermQuery::new(
        Term::from_field_text(speakers, "Frank-Walter Steinmeier"),
        IndexRecordOption::Basic,
    );
    assert!(
        paths_of(&index, &schema, &q).iter().any(|p| p == SEED),
        "speaker term finds the seed"
    );
    let qp = QueryParser::for_index(&index, vec![schema.get_field("quote_texts").unwrap()]);
    assert!(
        paths_of(&index, &schema, &*qp.parse_query("hotline").unwrap())
            .iter()
            .any(|p| p == SEED)
    );

    // In the export itself: the date, and a hotline quote aligned with its speaker.
    let seed: Value = chunk_lines(&files, u64::MAX)
        .iter()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|d| d["path"] == SEED)
        .unwrap();
    assert_eq!(seed["date"], "2015-05-07T00:00:00Z");
    let texts = seed["quote_texts"].as_array().unwrap();
    let by = seed["quote_speakers"].as_array().unwrap();
    assert!(texts
        .iter()
        .zip(by)
        .any(|(t, s)| t.as_str().unwrap().contains("hotline") && s == "Frank-Walter Steinmeier"));
}

#[test]
fn opensearch_bulk_is_well_formed() {
    let mapping: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("schema/opensearch-mapping.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(mapping["mappings"]["dynamic"], "strict");
    let props = mapping["mappings"]["properties"].as_object().unwrap();
    // Same fields as the Quickwit mapping.
    let cfg = QuickwitConfig::load();
    let qw: HashSet<&str> = cfg.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(props.keys().map(String::as_str).collect::<HashSet<_>>(), qw);
    for f in ["speakers", "roles", "place", "agency"] {
        assert_eq!(
            props[f]["fields"]["keyword"]["type"], "keyword",
            "{f} needs a keyword sub-field"
        );
    }

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("os");
    let max = 30_000u64;
    let (files, stderr) = export(
        &out,
        &[
            "corpus",
            "--format",
            "opensearch",
            "--max-bytes",
            &max.to_string(),
        ],
    );
    assert!(files.len() > 1);
    let mut ids = HashSet::new();
    let mut docs = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(
            text.len() as u64 <= max && text.ends_with('\n'),
            "{}",
            f.display()
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines.len() % 2,
            0,
            "{}: action and source lines come in pairs",
            f.display()
        );
        for pair in lines.chunks(2) {
            let action: Value = serde_json::from_str(pair[0]).unwrap();
            let meta = action["index"]
                .as_object()
                .unwrap_or_else(|| panic!("not an index action: {}", pair[0]));
            assert_eq!(action.as_object().unwrap().len(), 1);
            assert_eq!(meta["_index"], "newswire");
            let id = meta["_id"].as_str().unwrap();
            assert!(!id.is_empty() && id.len() <= 512);
            assert!(ids.insert(id.to_string()), "duplicate _id {id}");
            let src: Value = serde_json::from_str(pair[1]).unwrap();
            let src = src.as_object().unwrap();
            assert_eq!(src["id"].as_str().unwrap().len() <= 512, src["id"] == id);
            for (k, v) in src {
                let ty = props
                    .get(k)
                    .unwrap_or_else(|| panic!("`{k}` not in the mapping"))["type"]
                    .as_str()
                    .unwrap();
                let items = v.as_array().cloned().unwrap_or_else(|| vec![v.clone()]);
                for it in items {
                    let ok = match ty {
                        "text" | "keyword" => it.is_string(),
                        "date" => it.as_str().is_some_and(is_rfc3339),
                        "boolean" => it.is_boolean(),
                        "long" => it.is_u64(),
                        other => panic!("type {other}"),
                    };
                    assert!(ok, "`{k}`: {it} is not {ty}");
                }
            }
            docs += 1;
        }
    }
    assert_eq!(docs, exported_count(&stderr));
}

#[test]
fn export_from_index_equals_export_from_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    newswire()
        .args([
            "index",
            "corpus",
            "--quiet",
            "--memory",
            "64",
            "--threads",
            "1",
            "--index",
        ])
        .arg(&idx)
        .assert()
        .success();
    let (a, _) = export(&tmp.path().join("a"), &["corpus", "--format", "quickwit"]);
    let (b, _) = export(
        &tmp.path().join("b"),
        &[
            "--from-index",
            idx.to_str().unwrap(),
            "--format",
            "quickwit",
        ],
    );
    let by_id = |files: &[PathBuf]| -> BTreeMap<String, Value> {
        chunk_lines(files, u64::MAX)
            .iter()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                (v["id"].as_str().unwrap().to_string(), v)
            })
            .collect()
    };
    let (a, b) = (by_id(&a), by_id(&b));
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn bad_inputs_are_reported_and_counted_and_old_exports_protected() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("c");
    std::fs::create_dir_all(corpus.join(".hidden")).unwrap();
    std::fs::write(
        corpus.join("a.jsonl"),
        "{\"title\":\"One\",\"text\":\"Body one.\"}\nnot json\n",
    )
    .unwrap();
    std::fs::write(corpus.join("b.txt"), "Title\n\nSome body.\n").unwrap();
    std::fs::write(
        corpus.join("big.txt"),
        format!("Big\n\n{}\n", "word ".repeat(2000)),
    )
    .unwrap();
    std::fs::write(corpus.join("notes.md"), "not an article").unwrap();
    // What `index` would not index (no words at all) is not exported either.
    std::fs::write(corpus.join("punct.txt"), "!!!\n\n???\n").unwrap();
    std::fs::write(corpus.join(".hidden/x.txt"), "Hidden\n\nno").unwrap();
    let out = tmp.path().join("out");
    let run = |extra: &[&str]| {
        newswire()
            .arg("export")
            .arg(&corpus)
            .args(["--format", "quickwit", "--max-bytes", "4096", "--out"])
            .arg(&out)
            .args(extra)
            .output()
            .unwrap()
    };
    let o = run(&[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("a.jsonl:2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("big.txt: exported record is"), "{stderr}");
    assert!(
        stderr.contains("punct.txt: no recognisable title or body"),
        "{stderr}"
    );
    assert!(stderr.contains("exported 2 articles"), "{stderr}");
    assert!(stderr.contains("3 skipped, 1 not articles"), "{stderr}");
    let lines = chunk_lines(&chunks(&out), 4096);
    assert_eq!(lines.len(), 2);
    assert!(!lines.iter().any(|l| l.contains("Hidden")));

    // A second export into the same directory must not mix with the first.
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
    assert_eq!(run(&["--force"]).status.code(), Some(3));
    assert_eq!(chunks(&out).len(), 1);
}
