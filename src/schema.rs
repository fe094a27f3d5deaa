//! The Tantivy schema of a newswire index, the tokenizers it needs, and the
//! mapping from an [`Article`] to a Tantivy document.
//!
//! The schema is written down in `schema/schema.json` (a golden file a test
//! compares with [`build_schema`]) and described field by field in
//! `schema/README.md`. Change [`SCHEMA_VERSION`] whenever the schema or the
//! meaning of a field changes: old indexes are then refused with a clear
//! message instead of failing obscurely.

use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, Facet, FacetOptions, Field, IndexRecordOption,
    NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{DateTime, Index, TantivyDocument};

use crate::article::{Article, Date};
use crate::extract::speakers::name_key;

/// Version of the schema and of the meaning of its fields.
pub const SCHEMA_VERSION: u32 = 6;

/// The analyzer for all text fields: words, lower-cased, accents folded.
pub const TOKENIZER: &str = "newswire";

/// Handles on every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: Field,
    pub path: Field,
    pub file_size: Field,
    pub file_mtime: Field,
    pub file_hash: Field,
    pub title: Field,
    pub lead: Field,
    pub body: Field,
    pub sections: Field,
    pub captions: Field,
    pub credits: Field,
    pub dateline: Field,
    pub place: Field,
    pub agency: Field,
    pub date: Field,
    pub speaker: Field,
    pub speaker_key: Field,
    pub role: Field,
    pub quote: Field,
    pub facet: Field,
    pub article: Field,
    pub cluster: Field,
    pub minhash: Field,
}

/// A text field with positions (any field takes phrase queries); `norms`: whether BM25
/// weighs a match by the field's length. Fields used as filters (`place`, `agency`,
/// `speaker_key`, ...) go without: one byte per article and field saved.
fn text(norms: bool) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_fieldnorms(norms),
    )
}

/// An exact key (raw tokenizer, no positions, no norms).
fn key() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    )
}

/// Build the schema (the same every time; see `schema/schema.json`).
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        id: b.add_text_field("id", key() | STORED),
        path: b.add_text_field("path", key() | FAST),
        file_size: b.add_u64_field("file_size", NumericOptions::default().set_fast()),
        file_mtime: b.add_i64_field("file_mtime", NumericOptions::default().set_fast()),
        file_hash: b.add_u64_field("file_hash", NumericOptions::default().set_fast()),
        title: b.add_text_field("title", text(true)),
        lead: b.add_text_field("lead", text(true)),
        body: b.add_text_field("body", text(true)),
        sections: b.add_text_field("section", text(true)),
        captions: b.add_text_field("caption", text(true)),
        credits: b.add_text_field("credit", text(false)),
        dateline: b.add_text_field("dateline", text(false)),
        place: b.add_text_field("place", text(false)),
        agency: b.add_text_field("agency", text(false)),
        date: b.add_date_field(
            "date",
            DateOptions::default()
                .set_indexed()
                .set_fast()
                .set_precision(DateTimePrecision::Seconds),
        ),
        speaker: b.add_text_field("speaker", text(true)),
        speaker_key: b.add_text_field("speaker_key", text(false)),
        role: b.add_text_field("role", text(true)),
        quote: b.add_text_field("quote", text(true)),
        facet: b.add_facet_field("facet", FacetOptions::default()),
        article: b.add_text_field("article", STORED),
        cluster: b.add_u64_field(
            "cluster",
            NumericOptions::default()
                .set_indexed()
                .set_fast()
                .set_stored(),
        ),
        minhash: b.add_bytes_field("minhash", BytesOptions::default().set_fast()),
    };
    (b.build(), fields)
}

/// Register the analyzers the schema names. Tantivy does not persist custom
/// analyzers: call this after every create and every open.
pub fn register_tokenizers(index: &Index) {
    index.tokenizers().register(TOKENIZER, analyzer());
}

/// The text analyzer, also used to match query terms inside quotes.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Midnight UTC of a date, as a Tantivy date.
pub fn tantivy_date(d: Date) -> Option<DateTime> {
    let month = time::Month::try_from(d.month).ok()?;
    let date = time::Date::from_calendar_date(d.year, month, d.day).ok()?;
    Some(DateTime::from_utc(date.midnight().assume_utc()))
}

/// A facet path component: Tantivy facets use `/` as separator, so it is
/// replaced; empty values are dropped by the caller.
pub fn facet_part(s: &str) -> String {
    s.trim().replace(['/', '\\'], "-")
}

/// File facts recorded with each article for change detection.
#[derive(Debug, Clone, Copy, Default)]
pub struct FileStamp {
    pub size: u64,
    pub mtime: i64,
    pub hash: u64,
}

/// The facet paths of an article: `/speaker/<name>`, `/role/<role>/<name>`,
/// `/date/YYYY/MM/DD`, `/place/<place>`, `/agency/<agency>`.
pub fn facet_paths(a: &Article) -> Vec<String> {
    let mut out = Vec::new();
    for s in a.quoted() {
        let name = facet_part(&s.name);
        if name.is_empty() {
            continue;
        }
        out.push(format!("/speaker/{name}"));
        for r in &s.roles {
            let role = facet_part(r);
            if !role.is_empty() {
                out.push(format!("/role/{role}/{name}"));
            }
        }
    }
    if let Some(d) = a.date {
        out.push(format!("/date/{:04}/{:02}/{:02}", d.year, d.month, d.day));
    }
    if let Some(p) = a
        .dateline
        .as_ref()
        .map(|d| facet_part(&d.place))
        .filter(|p| !p.is_empty())
    {
        out.push(format!("/place/{p}"));
    }
    if let Some(ag) = a
        .agency
        .as_deref()
        .map(facet_part)
        .filter(|p| !p.is_empty())
    {
        out.push(format!("/agency/{ag}"));
    }
    out.sort();
    out.dedup();
    out
}

/// The Tantivy document of an article.
pub fn to_document(f: &Fields, a: &Article, stamp: FileStamp) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.id, &a.id);
    d.add_text(f.path, &a.source.path);
    d.add_u64(f.file_size, stamp.size);
    d.add_i64(f.file_mtime, stamp.mtime);
    d.add_u64(f.file_hash, stamp.hash);
    // `body` is the article's whole text in reading order (title, lead,
    // body, sections, captions): one field answers plain queries, as fast as
    // a one-field index. The title is in it twice, so that a headline match
    // weighs more at no cost at query time (a phrase never spans the two
    // copies: values are apart in positions). Title, lead, sections and
    // captions also have their own small fields for field queries.
    d.add_text(f.title, &a.title);
    d.add_text(f.body, &a.title);
    d.add_text(f.body, &a.title);
    if let Some(l) = &a.lead {
        d.add_text(f.lead, l);
        d.add_text(f.body, l);
    }
    d.add_text(f.body, &a.body);
    for s in &a.sections {
        d.add_text(f.sections, s);
        d.add_text(f.body, s);
    }
    for c in &a.captions {
        d.add_text(f.captions, &c.text);
        d.add_text(f.body, &c.text);
        if let Some(cr) = &c.credit {
            d.add_text(f.credits, cr);
        }
    }
    if let Some(dl) = &a.dateline {
        d.add_text(f.dateline, &dl.raw);
        d.add_text(f.place, &dl.place);
        if let Some(r) = &dl.region {
            d.add_text(f.place, r);
        }
    }
    if let Some(ag) = &a.agency {
        d.add_text(f.agency, ag);
    }
    if let Some(dt) = a.date.and_then(tantivy_date) {
        d.add_date(f.date, dt);
    }
    for s in a.quoted() {
        d.add_text(f.speaker, &s.name);
        d.add_text(f.speaker_key, name_key(&s.name));
        for r in &s.roles {
            d.add_text(f.role, r);
        }
        if let Some(c) = &s.country {
            d.add_text(f.role, c);
        }
    }
    // Search by speaker finds every person a quote is given to, also one the speaker list
    // leaves out (reached only through pronouns).
    for name in quote_only_speakers(a) {
        d.add_text(f.speaker, name);
        d.add_text(f.speaker_key, name_key(name));
    }
    for q in &a.quotes {
        d.add_text(f.quote, &q.text);
    }
    for p in facet_paths(a) {
        if let Ok(facet) = Facet::from_text(&p) {
            d.add_facet(f.facet, facet);
        }
    }
    if let Ok(json) = stored_article(a) {
        d.add_text(f.article, json);
    }
    d
}

/// The stored form of an article (the `article` field): its JSON, with the
/// text of each quote that is exactly `body[start..end]` (`lead[start..end]` for a quote
/// in the lead) left empty (it is put back by [`article_from_stored`]).
pub fn stored_article(a: &Article) -> serde_json::Result<String> {
    if a.quotes.is_empty() {
        return serde_json::to_string(a);
    }
    let mut lean = a.clone();
    for q in &mut lean.quotes {
        if a.text_of(q).get(q.start..q.end) == Some(q.text.as_str()) {
            q.text.clear();
        }
    }
    serde_json::to_string(&lean)
}

/// An article from its stored form (see [`stored_article`]).
pub fn article_from_stored(json: &str) -> serde_json::Result<Article> {
    let mut a: Article = serde_json::from_str(json)?;
    let mut quotes = std::mem::take(&mut a.quotes);
    for q in &mut quotes {
        if q.text.is_empty() && q.start < q.end {
            if let Some(t) = a.text_of(q).get(q.start..q.end) {
                q.text = t.to_string();
            }
        }
    }
    a.quotes = quotes;
    Ok(a)
}

/// Names quotes are given to that the article's speaker list does not hold, each once.
fn quote_only_speakers(a: &Article) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for name in a.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
        if !a.quoted().any(|s| s.name == name) && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built schema must match the golden file `schema/schema.json`.
    /// After an intended change: `NEWSWIRE_BLESS=1 cargo test schema_golden`
    /// and bump [`SCHEMA_VERSION`].
    #[test]
    fn schema_golden() {
        let (schema, _) = build_schema();
        let got = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/schema.json");
        if std::env::var_os("NEWSWIRE_BLESS").is_some() {
            std::fs::write(path, &got).unwrap();
        }
        let want = std::fs::read_to_string(path).expect("schema/schema.json is missing");
        assert_eq!(
            got, want,
            "schema changed: update schema/schema.json, schema/README.md and SCHEMA_VERSION"
        );
    }

    #[test]
    fn stored_quote_texts_come_back_from_the_body_or_the_lead() {
        let a = Article {
            lead: Some("Lavrov said \"the hotline works\" on Monday.".into()),
            body: "\"It is important,\" he said.".into(),
            quotes: vec![
                crate::article::Quote {
                    text: "the hotline works".into(),
                    start: 13,
                    end: 30,
                    direct: true,
                    in_lead: true,
                    ..Default::default()
                },
                crate::article::Quote {
                    text: "It is important,".into(),
                    start: 1,
                    end: 17,
                    direct: true,
                    ..Default::default()
                },
            ],
            ..Article::default()
        };
        let stored = stored_article(&a).unwrap();
        // (Both texts are left out of the stored form, and put back.)
        let lean: Article = serde_json::from_str(&stored).unwrap();
        assert!(lean.quotes.iter().all(|q| q.text.is_empty()));
        assert_eq!(article_from_stored(&stored).unwrap(), a);
    }

    #[test]
    fn stored_articles_of_earlier_versions_still_load() {
        // Before `organizations`, bodies were in `speakers` with `"organization": true`.
        let old = r#"{"id":"x","source":{"path":"a.txt","record":null},"url":null,"title":"T","lead":null,"dateline":null,"date":null,"year_source":null,"agency":null,"authors":[],"captions":[],"sections":[],"speakers":[{"name":"Kremlin","roles":[],"country":null,"organization":true}],"quotes":[],"body":""}"#;
        let a = article_from_stored(old).unwrap();
        assert!(a.organizations.is_empty());
        let quoted: Vec<&str> = a.quoted().map(|s| s.name.as_str()).collect();
        assert_eq!(quoted, ["Kremlin"]);
        assert_eq!(facet_paths(&a), ["/speaker/Kremlin"]);
    }

    #[test]
    fn facets_are_escaped_and_complete() {
        let a = Article {
            speakers: vec![crate::article::Speaker {
                name: "Sergey Lavrov".into(),
                roles: vec!["Foreign Minister".into()],
                country: Some("Russia".into()),
                organization: false,
            }],
            organizations: vec![crate::article::Speaker {
                name: "Kremlin".into(),
                organization: true,
                ..Default::default()
            }],
            date: Date::new(2015, 5, 7),
            dateline: Some(crate::article::Dateline {
                place: "IGORA/X".into(),
                ..Default::default()
            }),
            agency: Some("TASS".into()),
            ..Article::default()
        };
        assert_eq!(
            facet_paths(&a),
            vec![
                "/agency/TASS",
                "/date/2015/05/07",
                "/place/IGORA-X",
                "/role/Foreign Minister/Sergey Lavrov",
                "/speaker/Kremlin",
                "/speaker/Sergey Lavrov"
            ]
        );
    }
}
