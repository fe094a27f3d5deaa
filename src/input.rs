//! Reading inputs: which files are articles, how their bytes become text
//! (gzip, UTF-8/UTF-16/Windows-1251/Latin-1 detection) and how JSON and JSON
//! Lines scraper records map onto one [`RawArticle`] shape.
//!
//! Everything here works on bytes already read; the only I/O is in
//! [`read_file`], which the indexer and `parse` call.

use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use crate::article::Source;

/// One article as read from a file, before extraction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawArticle {
    pub source: Source,
    /// The record's own id, if it has one.
    pub id: Option<String>,
    pub title: Option<String>,
    pub lead: Option<String>,
    /// The story text: a whole page copy, or a record's body.
    pub text: String,
    /// The record's date field, unparsed.
    pub date: Option<String>,
    pub url: Option<String>,
    pub agency: Option<String>,
    pub authors: Vec<String>,
}

/// What kind of article file a path is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A page copy of one story (`.txt`).
    Text,
    /// One JSON object or an array of them (`.json`).
    Json,
    /// One JSON object a line (`.jsonl`, `.ndjson`).
    JsonLines,
}

/// The format of `path` and whether it is gzip-compressed; `None` for files
/// newswire does not read.
pub fn format_of(path: &Path) -> Option<(Format, bool)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let (stem, gz) = match name.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (name, false),
    };
    let ext = stem.rsplit_once('.')?.1;
    let f = match ext {
        "txt" => Format::Text,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        _ => return None,
    };
    Some((f, gz))
}

/// A file or record that could not be read, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: String,
    /// Line (JSON Lines) or record number (JSON arrays), 1-based.
    pub line: Option<u64>,
    pub reason: String,
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct ReadLimits {
    /// Largest file read, in bytes (after decompression too).
    pub max_file_bytes: u64,
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_file_bytes: 256 * 1024 * 1024,
        }
    }
}

/// What one file gave: its records and the parts that were skipped.
#[derive(Debug, Default)]
pub struct FileRecords {
    pub records: Vec<RawArticle>,
    pub skipped: Vec<Skip>,
}

/// Read and decode a file from disk (the one I/O entry point of this module).
pub fn read_file(path: &Path, display: &str, limits: ReadLimits) -> FileRecords {
    let skip = |reason: String| FileRecords {
        records: Vec::new(),
        skipped: vec![Skip {
            path: display.to_string(),
            line: None,
            reason,
        }],
    };
    let Some((format, gz)) = format_of(path) else {
        return skip("not an article file (.txt, .json, .jsonl, .ndjson, .gz)".into());
    };
    let bytes = match read_bytes(path, limits.max_file_bytes) {
        Ok(b) => b,
        Err(reason) => return skip(reason),
    };
    parse_bytes(display, &bytes, format, gz, limits)
}

/// Read a whole file, refusing one over `limit` bytes; errors are short reasons.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let len = file.metadata().map_err(|e| io_reason(&e))?.len();
    if len > limit {
        return Err(format!(
            "over the size limit ({len} bytes > {limit}, --max-file-size)"
        ));
    }
    let mut buf = Vec::with_capacity(len as usize);
    file.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| io_reason(&e))?;
    Ok(buf)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "not found (dangling symlink?)".into(),
        _ => e.to_string(),
    }
}

/// Decompress if needed, decode and split into records. Pure.
pub fn parse_bytes(
    display: &str,
    bytes: &[u8],
    format: Format,
    gz: bool,
    limits: ReadLimits,
) -> FileRecords {
    let mut out = FileRecords::default();
    let fail = |out: &mut FileRecords, line: Option<u64>, reason: String| {
        out.skipped.push(Skip {
            path: display.to_string(),
            line,
            reason,
        })
    };
    let owned;
    let bytes = if gz {
        let (data, err) = gunzip_partial(bytes, limits.max_file_bytes);
        match err {
            None => {
                owned = data;
                &owned[..]
            }
            // A truncated JSON Lines archive: keep the complete lines before the damage.
            Some(reason) if format == Format::JsonLines && data.contains(&b'\n') => {
                let end = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                let lines = data[..end].iter().filter(|&&b| b == b'\n').count();
                fail(
                    &mut out,
                    None,
                    format!("{reason} (indexing the {lines} complete line(s) before the damage)"),
                );
                owned = data[..end].to_vec();
                &owned[..]
            }
            Some(reason) => {
                fail(&mut out, None, reason);
                return out;
            }
        }
    } else {
        bytes
    };
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(reason) => {
            fail(&mut out, None, reason);
            return out;
        }
    };
    if text.trim().is_empty() {
        fail(&mut out, None, "empty file".into());
        return out;
    }
    let source = |record: Option<u64>| Source {
        path: display.to_string(),
        record,
    };
    match format {
        Format::Text => out.records.push(RawArticle {
            source: source(None),
            text,
            ..RawArticle::default()
        }),
        Format::Json => match serde_json::from_str::<Value>(&text) {
            Err(e) => fail(
                &mut out,
                Some(e.line() as u64),
                format!("invalid JSON: {e}"),
            ),
            Ok(Value::Array(items)) => {
                for (i, v) in items.into_iter().enumerate() {
                    let n = i as u64 + 1;
                    match record_from_value(v, source(Some(n))) {
                        Ok(r) => out.records.push(r),
                        Err(reason) => fail(&mut out, Some(n), format!("record {n}: {reason}")),
                    }
                }
            }
            Ok(v) => match record_from_value(v, source(None)) {
                Ok(r) => out.records.push(r),
                Err(reason) => fail(&mut out, None, reason),
            },
        },
        Format::JsonLines => {
            for (i, line) in text.lines().enumerate() {
                let n = i as u64 + 1;
                if line.trim().is_empty() {
                    continue;
                }
                let parsed = serde_json::from_str::<Value>(line)
                    .map_err(|e| format!("invalid JSON: {e}"))
                    .and_then(|v| record_from_value(v, source(Some(n))));
                match parsed {
                    Ok(r) => out.records.push(r),
                    Err(reason) => fail(&mut out, Some(n), reason),
                }
            }
        }
    }
    out
}

/// Decompress gzip, returning what was decoded before any error, and the error.
fn gunzip_partial(bytes: &[u8], limit: u64) -> (Vec<u8>, Option<String>) {
    let mut out = Vec::new();
    let mut reader = flate2::read::MultiGzDecoder::new(bytes).take(limit + 1);
    // `read_to_end` keeps what it read before an error in `out`.
    let result = reader.read_to_end(&mut out);
    if out.len() as u64 > limit {
        return (
            Vec::new(),
            Some(format!(
                "over the size limit once decompressed (> {limit} bytes, --max-file-size)"
            )),
        );
    }
    match result {
        Ok(_) => (out, None),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            (out, Some("truncated gzip data".to_string()))
        }
        Err(e) => (out, Some(format!("bad gzip data: {e}"))),
    }
}

/// Decode bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
/// the most likely legacy encoding (Windows-1251, Windows-1252 ...). Binary
/// data (NUL bytes or mostly control characters) is refused.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return check_text(text.into_owned());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => check_text(s.to_string()),
        Err(_) => {
            if let Some(text) = mostly_utf8(bytes) {
                return check_text(text);
            }
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            let enc = det.guess(None, true);
            let (text, _, _) = enc.decode(bytes);
            check_text(text.into_owned())
        }
    }
}

/// UTF-8 with a few stray invalid bytes (a scraper's cut in the middle of a
/// character, one bad byte): decoded as UTF-8 with U+FFFD for the bad bytes,
/// where guessing a legacy encoding would garble every non-ASCII character.
fn mostly_utf8(bytes: &[u8]) -> Option<String> {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    (multibyte >= 8 && invalid * 20 <= multibyte)
        .then(|| String::from_utf8_lossy(bytes).into_owned())
}

/// UTF-8 text that was decoded once too often as Windows-1252 (`FranÃ§ois`, `itâ€™s`, a
/// scraper's double decoding). Runs of two non-ASCII characters or more that hold a typical
/// first character (`Ã`, `â`, `Â`, `Ä`, `Å`, `Ð`, `Ñ`) are candidates; one is repaired when,
/// written back as Windows-1252, it is valid UTF-8 of fewer characters, all letters or
/// punctuation a news text uses (not `ɻ` from `É»`). Only a text where at least two
/// candidates and most of them repair is changed: accented capitals next to punctuation in
/// real text (`IRMÃ`, then a no-break space) are left alone, as are other scripts.
pub fn repair_mojibake(text: String) -> String {
    const TYPICAL: [char; 7] = ['Ã', 'â', 'Â', 'Ä', 'Å', 'Ð', 'Ñ'];
    if !text.contains(TYPICAL) {
        return text;
    }
    let fixed = |run: &str| -> Option<String> {
        if run.chars().count() < 2 || !run.contains(TYPICAL) {
            return None;
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(run);
        let fixed = std::str::from_utf8(&bytes).ok().filter(|_| !unmappable)?;
        let plausible = fixed.chars().all(|c| {
            matches!(c as u32, 0xA0..=0x17F | 0x370..=0x4FF | 0x2000..=0x206F | 0x20AC | 0x2122)
        });
        (plausible && fixed.chars().count() < run.chars().count()).then(|| fixed.to_string())
    };
    let runs: Vec<&str> = text
        .split(|c: char| c.is_ascii())
        .filter(|r| r.chars().count() >= 2 && r.contains(TYPICAL))
        .collect();
    let repaired = runs.iter().filter(|r| fixed(r).is_some()).count();
    if repaired < 2 || repaired * 2 <= runs.len() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        match fixed(run) {
            Some(f) => out.push_str(&f),
            None => out.push_str(run),
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii() {
            flush(&mut run, &mut out);
            out.push(c);
        } else {
            run.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn check_text(text: String) -> Result<String, String> {
    let text = repair_mojibake(text);
    if text.contains('\0') {
        return Err("binary file (contains NUL characters)".into());
    }
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    if !sample.is_empty() && control * 10 > sample.len() {
        return Err("binary file (mostly control characters)".into());
    }
    Ok(text)
}

const TITLE: &[&str] = &["title", "headline", "heading"];
const LEAD: &[&str] = &["description", "lead", "summary", "standfirst", "subtitle"];
const BODY: &[&str] = &[
    "text",
    "body",
    "maintext",
    "content",
    "article",
    "paragraphs",
];
const DATE: &[&str] = &[
    "date",
    "published",
    "date_publish",
    "pubDate",
    "pubdate",
    "published_at",
    "datePublished",
];
const URL: &[&str] = &["url", "link"];
const AGENCY: &[&str] = &["source", "agency", "source_domain", "publisher"];
const AUTHORS: &[&str] = &["authors", "byline", "author"];
const ID: &[&str] = &["id", "_id", "uuid"];

/// Map a scraper's JSON object onto a [`RawArticle`], recognising the usual
/// field names. Errors name the offending field.
pub fn record_from_value(v: Value, source: Source) -> Result<RawArticle, String> {
    let Value::Object(map) = v else {
        return Err(format!("expected a JSON object, found {}", kind(&v)));
    };
    let title = string_field(&map, TITLE)?;
    let lead = string_field(&map, LEAD)?;
    let text = text_field(&map, BODY)?.unwrap_or_default();
    if title.as_deref().is_none_or(|t| t.trim().is_empty()) && text.trim().is_empty() {
        return Err("record has no title and no body text".into());
    }
    let date = match first(&map, DATE) {
        None | Some((_, Value::Null)) => None,
        Some((_, Value::String(s))) => Some(s.clone()),
        Some((k, Value::Number(n))) => {
            return Err(format!(
                "field `{k}` is a number ({n}); expected a date string"
            ))
        }
        Some((k, other)) => {
            return Err(format!(
                "field `{k}` is {}; expected a date string",
                kind(other)
            ))
        }
    };
    let id = match first(&map, ID) {
        None | Some((_, Value::Null)) => None,
        Some((_, Value::String(s))) => Some(s.clone()),
        Some((_, Value::Number(n))) => Some(n.to_string()),
        Some((k, other)) => {
            return Err(format!(
                "field `{k}` is {}; expected a string or number",
                kind(other)
            ))
        }
    };
    let authors = match first(&map, AUTHORS) {
        None | Some((_, Value::Null)) => Vec::new(),
        Some((_, Value::String(s))) => vec![s.clone()],
        Some((k, Value::Array(a))) => a
            .iter()
            .map(|x| match x {
                Value::String(s) => Ok(s.clone()),
                Value::Object(o) => o
                    .get("name")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| format!("field `{k}` has an author without a name")),
                other => Err(format!("field `{k}` has {}; expected strings", kind(other))),
            })
            .collect::<Result<_, _>>()?,
        Some((k, other)) => {
            return Err(format!(
                "field `{k}` is {}; expected a string or a list",
                kind(other)
            ))
        }
    };
    Ok(RawArticle {
        source,
        id,
        title,
        lead,
        text,
        date,
        url: string_field(&map, URL)?,
        agency: string_field(&map, AGENCY)?,
        authors,
    })
}

fn first<'a>(
    map: &'a Map<String, Value>,
    keys: &[&'static str],
) -> Option<(&'static str, &'a Value)> {
    keys.iter().find_map(|k| map.get(*k).map(|v| (*k, v)))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn string_field(map: &Map<String, Value>, keys: &[&'static str]) -> Result<Option<String>, String> {
    match first(map, keys) {
        None | Some((_, Value::Null)) => Ok(None),
        Some((_, Value::String(s))) => Ok(Some(s.clone())),
        Some((k, other)) => Err(format!("field `{k}` is {}; expected a string", kind(other))),
    }
}

/// A body field: a string, or a list of paragraph strings.
fn text_field(map: &Map<String, Value>, keys: &[&'static str]) -> Result<Option<String>, String> {
    match first(map, keys) {
        None | Some((_, Value::Null)) => Ok(None),
        Some((_, Value::String(s))) => Ok(Some(s.clone())),
        Some((k, Value::Array(items))) => {
            let mut paras = Vec::with_capacity(items.len());
            for it in items {
                match it {
                    Value::String(s) => paras.push(s.trim().to_string()),
                    Value::Null => {}
                    other => {
                        return Err(format!(
                            "field `{k}` has {} among its paragraphs; expected strings",
                            kind(other)
                        ))
                    }
                }
            }
            Ok(Some(paras.join("\n\n")))
        }
        Some((k, other)) => Err(format!(
            "field `{k}` is {}; expected a string or a list of paragraphs",
            kind(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_decoded_twice_is_repaired() {
        let r = |s: &str| repair_mojibake(s.to_string());
        assert_eq!(
            r("President FranÃ§ois Hollande, itâ€™s MiloÅ¡ Zeman"),
            "President François Hollande, it’s Miloš Zeman"
        );
        // (Any text decoded twice comes back: Cyrillic too.)
        for s in [
            "Москва, 7 мая",
            "Sánchez said “no” to José",
            "€5 – £4 for Müller",
        ] {
            let twice = encoding_rs::WINDOWS_1252
                .decode(s.as_bytes())
                .0
                .into_owned();
            assert_ne!(twice, s);
            assert_eq!(r(&twice), s);
        }
        // Negatives: accented letters of the text itself and other scripts; one lone
        // candidate (`IRMÃ` and a no-break space).
        for s in ["José and São Paulo", "Москва", "A IRMÃ\u{a0}de Maria"] {
            assert_eq!(r(s), s);
        }
        // A run that would decode to no letter or punctuation a news text uses (an arrow) is
        // left, next to real mojibake that is repaired.
        assert_eq!(r("FranÃ§ois MÃ¼ller â†’ next"), "François Müller â†’ next");
        // Through `decode`, so every input format gets it.
        assert_eq!(
            decode("FranÃ§ois MÃ¼ller".as_bytes()).unwrap(),
            "François Müller"
        );
    }

    fn parse(name: &str, bytes: &[u8]) -> FileRecords {
        let (f, gz) = format_of(Path::new(name)).unwrap();
        parse_bytes(name, bytes, f, gz, ReadLimits::default())
    }

    #[test]
    fn formats_by_name() {
        assert_eq!(format_of(Path::new("a/b.txt")), Some((Format::Text, false)));
        assert_eq!(
            format_of(Path::new("b.JSONL.gz")),
            Some((Format::JsonLines, true))
        );
        assert_eq!(
            format_of(Path::new("b.ndjson")),
            Some((Format::JsonLines, false))
        );
        assert_eq!(format_of(Path::new("b.json")), Some((Format::Json, false)));
        assert_eq!(format_of(Path::new("b.pdf")), None);
        assert_eq!(format_of(Path::new("README")), None);
    }

    #[test]
    fn jsonl_bad_lines_are_skipped_good_kept() {
        let data = b"{\"title\":\"A\",\"text\":\"x\"}\nnot json\n\n{\"title\":5}\n{\"headline\":\"B\",\"paragraphs\":[\"p1\",\"p2\"]}\n";
        let r = parse("x.jsonl", data);
        assert_eq!(r.records.len(), 2);
        assert_eq!(r.records[1].text, "p1\n\np2");
        assert_eq!(r.records[1].source.record, Some(5));
        assert_eq!(r.skipped.len(), 2);
        assert_eq!(r.skipped[0].line, Some(2));
        assert!(
            r.skipped[1].reason.contains("`title` is a number"),
            "{:?}",
            r.skipped[1]
        );
    }

    #[test]
    fn json_array_and_object() {
        let r = parse(
            "a.json",
            br#"[{"title":"A","maintext":"b","date_publish":"2021-06-01 08:30:00","authors":["X"]},{"id":7}]"#,
        );
        assert_eq!(r.records.len(), 1);
        assert_eq!(r.records[0].date.as_deref(), Some("2021-06-01 08:30:00"));
        assert_eq!(r.records[0].authors, vec!["X".to_string()]);
        assert_eq!(r.skipped[0].line, Some(2));
        let r = parse(
            "o.json",
            br#"{"title":"T","body":"B","id":12,"link":"http://x"}"#,
        );
        assert_eq!(r.records[0].id.as_deref(), Some("12"));
        assert_eq!(r.records[0].url.as_deref(), Some("http://x"));
        let r = parse("bad.json", b"{\"title\": ");
        assert!(r.skipped[0].reason.starts_with("invalid JSON"));
    }

    #[test]
    fn gzip_and_truncated_gzip() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(b"Title\n\nBody text here.").unwrap();
        let gz = enc.finish().unwrap();
        let r = parse("a.txt.gz", &gz);
        assert_eq!(r.records[0].text, "Title\n\nBody text here.");
        let r = parse("a.txt.gz", &gz[..gz.len() / 2]);
        assert!(r.records.is_empty());
        assert!(r.skipped[0].reason.contains("gzip"));
    }

    #[test]
    fn encodings() {
        // Windows-1251 Cyrillic.
        let (cp1251, _, _) =
            encoding_rs::WINDOWS_1251.encode("Москва, 7 мая. Министр иностранных дел заявил.");
        assert!(decode(&cp1251).unwrap().contains("Москва"));
        // Latin-1.
        let latin1 = b"Caf\xe9 in M\xfcnchen, said the minister.";
        assert!(decode(latin1).unwrap().contains("Café"));
        // UTF-16 LE with BOM.
        let mut u16 = vec![0xFF, 0xFE];
        for c in "Hello, world".encode_utf16() {
            u16.extend_from_slice(&c.to_le_bytes());
        }
        assert_eq!(decode(&u16).unwrap(), "Hello, world");
        assert!(decode(b"abc\0def").is_err());
        assert!(decode(&[1, 2, 3, 4, 5, 6, 7, 8]).is_err());
    }

    #[test]
    fn mostly_utf8_with_a_stray_byte_stays_utf8() {
        let mut b = "Москва, 7 мая. Министр заявил.".as_bytes().to_vec();
        b.push(0xFF);
        let t = decode(&b).unwrap();
        assert!(t.starts_with("Москва, 7 мая."), "{t}");
        assert!(t.ends_with('\u{FFFD}'));
    }

    #[test]
    fn truncated_jsonl_gzip_keeps_the_complete_lines() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let lines: String = (0..300)
            .map(|i| format!("{{\"title\":\"T{i}\",\"text\":\"b\"}}\n"))
            .collect();
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(lines.as_bytes()).unwrap();
        let gz = enc.finish().unwrap();
        let r = parse("a.jsonl.gz", &gz[..gz.len() / 2]);
        assert!(
            !r.records.is_empty() && r.records.len() < 300,
            "{}",
            r.records.len()
        );
        assert_eq!(r.records[0].title.as_deref(), Some("T0"));
        assert_eq!(r.skipped.len(), 1);
        assert!(
            r.skipped[0].reason.starts_with("truncated gzip data"),
            "{:?}",
            r.skipped
        );
        // A broken header salvages nothing.
        let r = parse("b.jsonl.gz", b"not gzip at all\n");
        assert!(r.records.is_empty());
        assert!(r.skipped[0].reason.starts_with("bad gzip data"));
    }

    #[test]
    fn empty_and_wrong_types() {
        assert_eq!(parse("e.txt", b"  \n \n").skipped[0].reason, "empty file");
        let r = parse(
            "w.jsonl",
            b"{\"title\":\"T\",\"text\":{\"a\":1}}\n[1,2]\n{\"title\":\"\"}\n",
        );
        assert_eq!(r.skipped.len(), 3);
        assert!(r.skipped[1].reason.contains("expected a JSON object"));
        assert!(r.skipped[2].reason.contains("no title and no body"));
    }
}
