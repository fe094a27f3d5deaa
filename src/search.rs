//! Search: query parsing, filters, ranking or date sorting, facet counts,
//! highlighted snippets and the matching quotes of each hit; and quote search
//! (quotes, not articles). Output formatting is the caller's.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::Serialize;
use serde_json::json;
use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, Order, ReloadPolicy, TantivyDocument, Term};

use crate::article::{Article, Date};
pub use crate::dedup::CountMode;
use crate::dedup::{self, CopyRef};
use crate::error::{Error, Result};
use crate::extract::speakers::name_key;
use crate::index::open_checked;
use crate::schema::{analyzer, build_schema, tantivy_date, Fields};

/// Longest query accepted, in bytes.
pub const MAX_QUERY_LEN: usize = 4096;

/// Deepest parenthesis nesting accepted (Tantivy's parser recurses per level
/// and overflows the stack, aborting the process, at about a thousand).
pub const MAX_QUERY_DEPTH: usize = 32;

/// Fields a query may name, as `field:term`.
pub const QUERY_FIELDS: &[&str] = &[
    "title", "lead", "body", "quote", "section", "caption", "credit", "dateline", "place",
    "agency", "speaker", "role", "date",
];

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// BM25 score, best first.
    #[default]
    Relevance,
    /// Oldest first.
    Date,
    /// Newest first.
    DateDesc,
}

/// Facet dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum FacetKind {
    Speaker,
    Role,
    Date,
    Place,
    Agency,
}

impl FacetKind {
    /// The facet root path.
    fn root(self) -> &'static str {
        match self {
            FacetKind::Speaker => "/speaker",
            FacetKind::Role => "/role",
            FacetKind::Date => "/date",
            FacetKind::Place => "/place",
            FacetKind::Agency => "/agency",
        }
    }
}

/// A search: query, filters, facets, paging.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Tantivy query syntax; empty or `*` matches every article.
    pub query: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    pub place: Option<String>,
    pub agency: Option<String>,
    pub facets: Vec<FacetKind>,
    /// Values shown per facet.
    pub facet_limit: usize,
    pub limit: usize,
    pub offset: usize,
    pub sort: Sort,
    /// Characters of snippet.
    pub snippet_chars: usize,
    /// One hit per story (cluster of near-duplicate copies); see [`crate::dedup`].
    pub collapse: bool,
    /// Facet counts of articles (copies) or of distinct stories.
    pub count: CountMode,
}

impl SearchRequest {
    /// A request with defaults (10 hits, relevance order, no filters).
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            speaker: None,
            role: None,
            from: None,
            to: None,
            place: None,
            agency: None,
            facets: Vec::new(),
            facet_limit: 20,
            limit: 10,
            offset: 0,
            sort: Sort::Relevance,
            snippet_chars: 220,
            collapse: false,
            count: CountMode::Copies,
        }
    }
}

/// Highlighted text: `text` with byte ranges to emphasise.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Highlighted {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

/// A quote in a hit.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteHit {
    pub text: String,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub highlights: Vec<(usize, usize)>,
}

/// One search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub id: String,
    pub path: String,
    pub record: Option<u64>,
    pub url: Option<String>,
    pub title: String,
    pub date: Option<String>,
    pub place: Option<String>,
    pub agency: Option<String>,
    /// BM25 score; `None` when sorted by date.
    pub score: Option<f32>,
    pub snippet: Highlighted,
    pub quotes: Vec<QuoteHit>,
    /// With `collapse`: the number of other matching copies of the story.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copies: Option<usize>,
    /// With `collapse`: those copies (at most [`crate::dedup::MAX_COPIES_LISTED`]), oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub copies_of: Vec<CopyRef>,
}

/// A facet value and its count; `children` for roles (the people holding it).
#[derive(Debug, Clone, Serialize)]
pub struct FacetValue {
    pub field: FacetKind,
    pub value: String,
    pub count: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<FacetValue>,
}

/// Results of a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub total_hits: usize,
    /// With `collapse`: the number of matching stories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_stories: Option<usize>,
    pub hits: Vec<Hit>,
    pub facets: Vec<FacetValue>,
}

/// One quote found by quote search.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteResult {
    pub rank: usize,
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    pub id: String,
    pub title: String,
    pub path: String,
    pub place: Option<String>,
    pub agency: Option<String>,
}

impl Hit {
    /// The hit as one JSON record: the contract shared by `search --json` and
    /// the `serve` API (`"type": "hit"`, snippet highlights as byte ranges).
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = json!({
            "type": "hit",
            "rank": self.rank,
            "id": self.id,
            "path": self.path,
            "record": self.record,
            "url": self.url,
            "title": self.title,
            "date": self.date,
            "place": self.place,
            "agency": self.agency,
            "score": self.score,
            "snippet": self.snippet.text,
            "snippet_highlights": self.snippet.highlights,
            "quotes": self.quotes.iter().map(|q| json!({
                "text": q.text, "speaker": q.speaker, "role": q.role, "highlights": q.highlights,
            })).collect::<Vec<_>>(),
        });
        if let Some(n) = self.copies {
            v["copies"] = json!(n);
            v["copies_of"] = self
                .copies_of
                .iter()
                .map(|c| json!({"id": c.id, "path": c.path, "date": c.date, "agency": c.agency, "title": c.title}))
                .collect();
        }
        v
    }
}

impl FacetValue {
    /// The facet value as one JSON record (`"type": "facet"`; roles carry the
    /// people holding them as `children`), shared by `search --json` and `serve`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut o =
            json!({"type": "facet", "field": self.field, "value": self.value, "count": self.count});
        if !self.children.is_empty() {
            o["children"] = self
                .children
                .iter()
                .map(|c| json!({"value": c.value, "count": c.count}))
                .collect();
        }
        o
    }
}

impl QuoteResult {
    /// The quote as one JSON record (`"type": "quote"`), shared by `quotes --json` and `serve`.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_else(|_| json!({}));
        v["type"] = json!("quote");
        v
    }
}

/// An open index, ready to search. Cheap to share across threads.
pub struct Searcher {
    index: Index,
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    /// The name table of the last searcher generation it was built for.
    names: Mutex<Option<(u64, Arc<NameTable>)>>,
}

/// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the first and last day it covers.
pub fn parse_date_bound(s: &str) -> Result<(Date, Date)> {
    let bad = || {
        Error::Invalid(format!(
            "invalid date `{s}`: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015, 2015-05, 2015-05-07)"
        ))
    };
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| -> Result<u32> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let year = num(parts.first().copied().unwrap_or(""), 4)? as i32;
    let days_in = |y: i32, m: u8| {
        (28..=31)
            .rev()
            .find(|d| Date::new(y, m, *d).is_some())
            .unwrap_or(28)
    };
    match parts.len() {
        1 => Ok((
            Date::new(year, 1, 1).ok_or_else(bad)?,
            Date::new(year, 12, 31).ok_or_else(bad)?,
        )),
        2 => {
            let m = num(parts[1], 2)? as u8;
            let first = Date::new(year, m, 1).ok_or_else(bad)?;
            Ok((first, Date::new(year, m, days_in(year, m)).ok_or_else(bad)?))
        }
        3 => {
            let d = Date::new(year, num(parts[1], 2)? as u8, num(parts[2], 2)? as u8)
                .ok_or_else(bad)?;
            Ok((d, d))
        }
        _ => Err(bad()),
    }
}

fn next_day(d: Date) -> Option<Date> {
    let m = time::Month::try_from(d.month).ok()?;
    let t = time::Date::from_calendar_date(d.year, m, d.day)
        .ok()?
        .next_day()?;
    Some(Date {
        year: t.year(),
        month: t.month() as u8,
        day: t.day(),
    })
}

/// Every speaker the index knows, for merging spelling variants and
/// surnames: built from the `/speaker/...` facet terms (cheap: one pass over
/// a small term dictionary per segment).
#[derive(Debug, Default, Clone)]
pub struct NameTable {
    /// Name key → (display spelling, its document count), the most used spelling.
    display: HashMap<String, (String, u64)>,
    /// Name key → every spelling seen.
    spellings: HashMap<String, Vec<String>>,
    /// Surname → the one full-name key with that surname (absent when several).
    surname: HashMap<String, Option<String>>,
}

impl NameTable {
    /// Build the table from a list of (spelling, document count).
    pub fn from_names(names: impl IntoIterator<Item = (String, u64)>) -> NameTable {
        let mut t = NameTable::default();
        for (name, count) in names {
            let key = name_key(&name);
            let e = t.display.entry(key.clone()).or_insert((name.clone(), 0));
            if count > e.1 || (count == e.1 && name < e.0) {
                *e = (name.clone(), count);
            }
            t.spellings.entry(key).or_default().push(name);
        }
        for key in t.display.keys() {
            if let Some((_, last)) = key.rsplit_once(' ') {
                t.surname
                    .entry(last.to_string())
                    .and_modify(|v| {
                        if v.as_deref() != Some(key.as_str()) {
                            *v = None
                        }
                    })
                    .or_insert_with(|| Some(key.clone()));
            }
        }
        t
    }

    /// The key a name counts under: its own, or the one full name its
    /// surname belongs to.
    pub fn canonical_key(&self, name: &str) -> String {
        let key = name_key(name);
        if !key.contains(' ') {
            if let Some(Some(full)) = self.surname.get(&key) {
                return full.clone();
            }
        }
        key
    }

    /// The display spelling of a key (the most used one).
    pub fn display(&self, key: &str) -> Option<&str> {
        self.display.get(key).map(|(d, _)| d.as_str())
    }

    /// Every spelling in the index that counts as the person `key`:
    /// its own spellings and, when unambiguous, the bare surname.
    pub fn spellings_of(&self, key: &str) -> Vec<String> {
        let mut out = self.spellings.get(key).cloned().unwrap_or_default();
        if let Some((_, last)) = key.rsplit_once(' ') {
            if self
                .surname
                .get(last)
                .is_some_and(|v| v.as_deref() == Some(key))
            {
                out.extend(self.spellings.get(last).cloned().unwrap_or_default());
            }
        }
        out
    }
}

/// Merge facet values that name one person in different spellings: same
/// [`name_key`], or a surname alone when the table knows exactly one full
/// name with it. Sorted by count, then name.
pub fn merge_names(values: Vec<(String, u64)>, table: &NameTable) -> Vec<(String, u64)> {
    let mut by_key: HashMap<String, (u64, String, u64)> = HashMap::new();
    for (name, count) in values {
        let key = table.canonical_key(&name);
        let e = by_key.entry(key.clone()).or_insert((0, name.clone(), 0));
        e.0 += count;
        if count > e.2 || (count == e.2 && name < e.1) {
            e.1 = name;
            e.2 = count;
        }
    }
    let mut out: Vec<(String, u64)> = by_key
        .into_iter()
        .map(|(k, (c, d, _))| (table.display(&k).map(str::to_string).unwrap_or(d), c))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

fn tokens(text: &str) -> Vec<(String, usize, usize)> {
    let mut a = analyzer();
    let mut ts = a.token_stream(text);
    let mut out = Vec::new();
    while ts.advance() {
        let t = ts.token();
        out.push((t.text.clone(), t.offset_from, t.offset_to));
    }
    out
}

/// Highlight ranges of `text` whose tokens are in `terms`.
fn highlight_terms(text: &str, terms: &BTreeSet<String>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if terms.is_empty() {
        return out;
    }
    let mut a = analyzer();
    let mut ts = a.token_stream(text);
    while ts.advance() {
        let t = ts.token();
        if terms.contains(t.text.as_str()) {
            out.push((t.offset_from, t.offset_to));
        }
    }
    out
}

/// A query that matches `text`'s tokens as a phrase (or a term) in `field`.
fn phrase_query(field: Field, text: &str) -> Option<Box<dyn Query>> {
    let terms: Vec<Term> = tokens(text)
        .into_iter()
        .map(|(t, _, _)| Term::from_field_text(field, &t))
        .collect();
    match terms.len() {
        0 => None,
        1 => Some(Box::new(TermQuery::new(
            terms.into_iter().next()?,
            IndexRecordOption::Basic,
        ))),
        _ => Some(Box::new(PhraseQuery::new(terms))),
    }
}

impl Searcher {
    /// Open the index at `dir` for searching (reloads on new commits).
    pub fn open(dir: &Path) -> Result<Searcher> {
        let index = open_checked(dir)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        let (_, fields) = build_schema();
        Ok(Searcher {
            index,
            reader,
            fields,
            names: Mutex::new(None),
        })
    }

    /// The speakers the index knows (see [`NameTable`]); built once per
    /// index generation (a commit makes a new one), as it reads every
    /// speaker facet term of the index.
    pub fn name_table(&self) -> Result<Arc<NameTable>> {
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        if let Some((g, t)) = &*self.names.lock().unwrap_or_else(|e| e.into_inner()) {
            if *g == generation {
                return Ok(Arc::clone(t));
            }
        }
        let table = Arc::new(self.build_name_table(&searcher)?);
        *self.names.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((generation, Arc::clone(&table)));
        Ok(table)
    }

    fn build_name_table(&self, searcher: &tantivy::Searcher) -> Result<NameTable> {
        let prefix = tantivy::schema::Facet::from_text("/speaker")
            .map_err(|e| Error::Invalid(e.to_string()))?;
        let mut start = prefix.encoded_str().as_bytes().to_vec();
        start.push(0);
        let mut end = prefix.encoded_str().as_bytes().to_vec();
        end.push(1);
        let mut counts: HashMap<String, u64> = HashMap::new();
        for seg in searcher.segment_readers() {
            let inv = seg.inverted_index(self.fields.facet)?;
            let mut stream = inv
                .terms()
                .range()
                .ge(&start)
                .lt(&end)
                .into_stream()
                .map_err(|e| Error::io("index", e))?;
            while stream.advance() {
                let name = String::from_utf8_lossy(&stream.key()[start.len()..]).into_owned();
                *counts.entry(name).or_insert(0) += u64::from(stream.value().doc_freq);
            }
        }
        Ok(NameTable::from_names(counts))
    }

    /// Number of articles in the index.
    pub fn num_articles(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn parse_user_query(&self, q: &str, default_fields: &[Field]) -> Result<Box<dyn Query>> {
        let q = q.trim();
        if q.len() > MAX_QUERY_LEN {
            return Err(Error::Query(format!(
                "query is {} bytes long; the limit is {MAX_QUERY_LEN}",
                q.len()
            )));
        }
        if let Some(c) = q.chars().find(|c| c.is_control()) {
            return Err(Error::Query(format!(
                "query contains a control character (U+{:04X})",
                c as u32
            )));
        }
        let depth = q
            .chars()
            .scan(0usize, |d, c| {
                match c {
                    '(' => *d += 1,
                    ')' => *d = d.saturating_sub(1),
                    _ => {}
                }
                Some(*d)
            })
            .max()
            .unwrap_or(0);
        if depth > MAX_QUERY_DEPTH {
            return Err(Error::Query(format!(
                "query nests parentheses {depth} deep; the limit is {MAX_QUERY_DEPTH}"
            )));
        }
        if q.is_empty() || q == "*" {
            return Ok(Box::new(AllQuery));
        }
        let mut parser = QueryParser::for_index(&self.index, default_fields.to_vec());
        parser.set_conjunction_by_default();
        parser.parse_query(q).map_err(|e| {
            use tantivy::query::QueryParserError as E;
            Error::Query(match e {
                E::FieldDoesNotExist(name) => format!(
                    "unknown field `{name}`; fields are: {}",
                    QUERY_FIELDS.join(", ")
                ),
                E::SyntaxError(_) => format!("syntax error in `{}`: check quotes, parentheses and operators", head(q, 80)),
                E::DateFormatError(_) => "`date:` takes an RFC 3339 date-time (date:\"2015-05-07T00:00:00Z\"); for date ranges use --from and --to".to_string(),
                other => other.to_string(),
            })
        })
    }

    fn filters(&self, req: &SearchRequest) -> Result<Vec<Box<dyn Query>>> {
        let f = &self.fields;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        let mut text_filter = |field: Field, value: &Option<String>, what: &str| -> Result<()> {
            if let Some(v) = value {
                let q = phrase_query(field, v)
                    .ok_or_else(|| Error::Invalid(format!("--{what} needs a word to match")))?;
                out.push(q);
            }
            Ok(())
        };
        text_filter(f.role, &req.role, "role")?;
        text_filter(f.place, &req.place, "place")?;
        text_filter(f.agency, &req.agency, "agency")?;
        if let Some(sp) = &req.speaker {
            out.push(self.speaker_filter(sp)?);
        }
        let (from, to) = self.date_range(req)?;
        if from.is_some() || to.is_some() {
            let lower = match from {
                Some(d) => Bound::Included(date_term(f.date, d)?),
                None => Bound::Unbounded,
            };
            let upper = match to.and_then(next_day) {
                Some(d) => Bound::Excluded(date_term(f.date, d)?),
                None => Bound::Unbounded,
            };
            out.push(Box::new(RangeQuery::new(lower, upper)));
        }
        Ok(out)
    }

    fn speaker_matcher(&self, req: &SearchRequest) -> Result<Option<SpeakerMatcher>> {
        let Some(name) = &req.speaker else {
            return Ok(None);
        };
        let table = self.name_table()?;
        Ok(Some(SpeakerMatcher {
            key: name_key(name),
            canonical: table.canonical_key(name),
            table,
        }))
    }

    /// Articles quoting `name` in any spelling: its words in order in a
    /// speaker key, or a spelling the name table counts as the same person
    /// (a bare surname when the index knows one such full name).
    fn speaker_filter(&self, name: &str) -> Result<Box<dyn Query>> {
        let key = name_key(name);
        let by_words = phrase_query(self.fields.speaker_key, &key)
            .ok_or_else(|| Error::Invalid("--speaker needs a name".into()))?;
        let table = self.name_table()?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, by_words)];
        for spelling in table.spellings_of(&table.canonical_key(name)) {
            if let Ok(facet) = tantivy::schema::Facet::from_text(&format!(
                "/speaker/{}",
                crate::schema::facet_part(&spelling)
            )) {
                clauses.push((
                    Occur::Should,
                    Box::new(TermQuery::new(
                        Term::from_facet(self.fields.facet, &facet),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    fn date_range(&self, req: &SearchRequest) -> Result<(Option<Date>, Option<Date>)> {
        let from = req
            .from
            .as_deref()
            .map(parse_date_bound)
            .transpose()?
            .map(|r| r.0);
        let to = req
            .to
            .as_deref()
            .map(parse_date_bound)
            .transpose()?
            .map(|r| r.1);
        if let (Some(a), Some(b)) = (from, to) {
            if a > b {
                return Err(Error::Invalid(format!("--from {a} is after --to {b}")));
            }
        }
        Ok((from, to))
    }

    fn full_query(&self, user: Box<dyn Query>, filters: Vec<Box<dyn Query>>) -> Box<dyn Query> {
        if filters.is_empty() {
            return user;
        }
        let mut clauses = vec![(Occur::Must, user)];
        clauses.extend(filters.into_iter().map(|q| (Occur::Must, q)));
        Box::new(BooleanQuery::new(clauses))
    }

    /// The default field of plain query words: `body`, the whole text.
    fn text_fields(&self) -> Vec<Field> {
        vec![self.fields.body]
    }

    /// Query terms (analysed words) the user asked for in text fields.
    fn query_words(&self, q: &dyn Query) -> BTreeSet<String> {
        let mut words = BTreeSet::new();
        let f = &self.fields;
        let fields = [f.title, f.lead, f.body, f.quote, f.sections, f.captions];
        q.query_terms(&mut |t, _| {
            if fields.contains(&t.field()) {
                if let Some(s) = t.value().as_str() {
                    words.insert(s.to_string());
                }
            }
        });
        words
    }

    pub(crate) fn load(&self, searcher: &tantivy::Searcher, addr: DocAddress) -> Result<Article> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let json = doc
            .get_first(self.fields.article)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        Ok(crate::schema::article_from_stored(json)?)
    }

    /// Fetch one article by id.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        let searcher = self.reader.searcher();
        let q = TermQuery::new(
            Term::from_field_text(self.fields.id, id),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&q, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(self.load(&searcher, *addr)?)),
            None => Ok(None),
        }
    }

    /// Run a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults> {
        let user = self.parse_user_query(&req.query, &self.text_fields())?;
        let words = self.query_words(&*user);
        let filters = self.filters(req)?;
        let query = self.full_query(user.box_clone(), filters);
        let searcher = self.reader.searcher();
        let limit = req.limit.max(1);
        let collapsed = match req.collapse {
            true => Some(dedup::collapse(
                &searcher, &*query, req.sort, req.offset, limit,
            )?),
            false => None,
        };

        let (total, addrs): (usize, Vec<(Option<f32>, DocAddress)>) = match req.sort {
            _ if collapsed.is_some() => {
                let c = collapsed.as_ref().expect("checked");
                (c.matched, c.top.clone())
            }
            Sort::Relevance => {
                let (n, top) = searcher.search(
                    &*query,
                    &(
                        Count,
                        TopDocs::with_limit(limit)
                            .and_offset(req.offset)
                            .order_by_score(),
                    ),
                )?;
                (n, top.into_iter().map(|(s, a)| (Some(s), a)).collect())
            }
            Sort::Date | Sort::DateDesc => {
                let order = if req.sort == Sort::Date {
                    Order::Asc
                } else {
                    Order::Desc
                };
                let (n, top) = searcher.search(
                    &*query,
                    &(
                        Count,
                        TopDocs::with_limit(limit)
                            .and_offset(req.offset)
                            .order_by_fast_field::<tantivy::DateTime>("date", order),
                    ),
                )?;
                (n, top.into_iter().map(|(_, a)| (None, a)).collect())
            }
        };
        let hits = if req.limit == 0 {
            Vec::new()
        } else {
            self.hits(&searcher, &*user, &words, req, addrs)?
        };
        let mut hits = hits;
        if let Some(c) = &collapsed {
            self.attach_copies(&searcher, &*query, &mut hits, c)?;
        }
        let facets = self.facets(&searcher, &*query, req)?;
        Ok(SearchResults {
            total_hits: total,
            total_stories: collapsed.map(|c| c.stories),
            hits,
            facets,
        })
    }

    fn hits(
        &self,
        searcher: &tantivy::Searcher,
        user: &dyn Query,
        words: &BTreeSet<String>,
        req: &SearchRequest,
        addrs: Vec<(Option<f32>, DocAddress)>,
    ) -> Result<Vec<Hit>> {
        let f = &self.fields;
        // Snippet generators for body, lead and title, each made when first
        // needed (most snippets come from the body; making one looks every
        // query term up in every segment).
        let fields = [f.body, f.lead, f.title];
        let mut gens: [Option<SnippetGenerator>; 3] = [None, None, None];
        let speaker = self.speaker_matcher(req)?;
        let mut hits = Vec::with_capacity(addrs.len());
        for (i, (score, addr)) in addrs.into_iter().enumerate() {
            let a = self.load(searcher, addr)?;
            let texts = [
                a.body.as_str(),
                a.lead.as_deref().unwrap_or(""),
                a.title.as_str(),
            ];
            let mut found = None;
            for ((g, field), t) in gens.iter_mut().zip(fields).zip(texts) {
                if t.is_empty() {
                    continue;
                }
                if g.is_none() {
                    let mut new = SnippetGenerator::create(searcher, user, field)?;
                    new.set_max_num_chars(req.snippet_chars);
                    *g = Some(new);
                }
                let s = g.as_ref().expect("just made").snippet(t);
                if !s.highlighted().is_empty() {
                    found = Some(s);
                    break;
                }
            }
            let snippet = found
                .map(|s| Highlighted {
                    text: s.fragment().to_string(),
                    highlights: s.highlighted().iter().map(|r| (r.start, r.end)).collect(),
                })
                .unwrap_or_else(|| Highlighted {
                    text: head(
                        a.lead
                            .as_deref()
                            .filter(|l| !l.is_empty())
                            .unwrap_or(&a.body),
                        req.snippet_chars,
                    ),
                    highlights: Vec::new(),
                });
            let quotes = matching_quotes(&a, words, speaker.as_ref());
            hits.push(Hit {
                rank: req.offset + i + 1,
                id: a.id.clone(),
                path: a.source.path.clone(),
                record: a.source.record,
                url: a.url.clone(),
                title: a.title.clone(),
                date: a.date.map(|d| d.to_string()),
                place: a.dateline.as_ref().map(|d| d.place.clone()),
                agency: a.agency.clone(),
                score,
                snippet,
                quotes,
                copies: None,
                copies_of: Vec::new(),
            });
        }
        Ok(hits)
    }

    fn facets(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        req: &SearchRequest,
    ) -> Result<Vec<FacetValue>> {
        if req.facets.is_empty() {
            return Ok(Vec::new());
        }
        let kinds: BTreeSet<FacetKind> = req.facets.iter().copied().collect();
        let names = if kinds.contains(&FacetKind::Speaker) || kinds.contains(&FacetKind::Role) {
            self.name_table()?
        } else {
            Arc::new(NameTable::default())
        };
        let (from, to) = self.date_range(req)?;
        // Date granularity: by year, or by month/day when the range is narrower.
        let date_root = match (from, to) {
            (Some(a), Some(b)) if a.year == b.year && a.month == b.month => {
                format!("/date/{:04}/{:02}", a.year, a.month)
            }
            (Some(a), Some(b)) if a.year == b.year => format!("/date/{:04}", a.year),
            _ => "/date".to_string(),
        };
        let mut fc = FacetCollector::for_field("facet");
        for k in &kinds {
            if *k == FacetKind::Date {
                fc.add_facet(date_root.as_str());
            } else {
                fc.add_facet(k.root());
            }
        }
        let counts = searcher.search(query, &fc)?;
        let stories = match req.count {
            CountMode::Stories => Some(dedup::story_facets(searcher, query)?),
            CountMode::Copies => None,
        };
        let children = |counts: &FacetCounts, root: &str| match &stories {
            Some(s) => s.children(root),
            None => children(counts, root),
        };
        let mut out = Vec::new();
        for k in kinds {
            let root = if k == FacetKind::Date {
                date_root.clone()
            } else {
                k.root().to_string()
            };
            let values = children(&counts, &root);
            let values = match k {
                FacetKind::Speaker => merge_names(values, &names),
                FacetKind::Date => {
                    let mut v = values;
                    v.sort();
                    v
                }
                _ => sorted(values),
            };
            let limit = if k == FacetKind::Date {
                usize::MAX
            } else {
                req.facet_limit
            };
            for (value, count) in values.into_iter().take(limit) {
                let value = match k {
                    FacetKind::Date => format!(
                        "{}/{}",
                        root.trim_start_matches("/date").trim_start_matches('/'),
                        value
                    )
                    .trim_start_matches('/')
                    .replace('/', "-"),
                    _ => value,
                };
                out.push(FacetValue {
                    field: k,
                    value,
                    count,
                    children: Vec::new(),
                });
            }
        }
        // People under each shown role: one more pass, over the shown roles only.
        let roles: Vec<String> = out
            .iter()
            .filter(|v| v.field == FacetKind::Role)
            .map(|v| v.value.clone())
            .collect();
        if !roles.is_empty() {
            let mut fc = FacetCollector::for_field("facet");
            for r in &roles {
                fc.add_facet(format!("/role/{r}").as_str());
            }
            let counts = searcher.search(query, &fc)?;
            for v in out.iter_mut().filter(|v| v.field == FacetKind::Role) {
                v.children = merge_names(children(&counts, &format!("/role/{}", v.value)), &names)
                    .into_iter()
                    .map(|(value, count)| FacetValue {
                        field: FacetKind::Speaker,
                        value,
                        count,
                        children: Vec::new(),
                    })
                    .collect();
            }
        }
        Ok(out)
    }

    /// Quote search: the quotes (not articles) that match `req.query`,
    /// best article first, with their speakers.
    pub fn quotes(&self, req: &SearchRequest) -> Result<(usize, Vec<QuoteResult>)> {
        let user = self.parse_user_query(&req.query, &[self.fields.quote])?;
        let words = self.query_words(&*user);
        let filters = self.filters(req)?;
        let query = self.full_query(user, filters);
        let searcher = self.reader.searcher();
        let want = req.offset + req.limit.max(1);
        let speaker = self.speaker_matcher(req)?;
        let role = req.role.as_deref().map(str::to_lowercase);
        let mut out = Vec::new();
        let mut total = 0usize;
        let mut fetched = 0usize;
        let mut page = want.max(20);
        loop {
            let top = searcher.search(
                &*query,
                &TopDocs::with_limit(page)
                    .and_offset(fetched)
                    .order_by_score(),
            )?;
            let n = top.len();
            for (_, addr) in top {
                let a = self.load(&searcher, addr)?;
                for q in a.quotes.iter().filter(|q| q.direct) {
                    let hl = highlight_terms(&q.text, &words);
                    if !words.is_empty() && hl.is_empty() {
                        continue;
                    }
                    let sp = q
                        .speaker
                        .as_deref()
                        .and_then(|s| a.quoted().find(|p| p.name == s));
                    if let Some(m) = &speaker {
                        if !q.speaker.as_deref().is_some_and(|s| m.matches(s)) {
                            continue;
                        }
                    }
                    if let Some(r) = &role {
                        if !sp.is_some_and(|p| {
                            p.roles
                                .iter()
                                .any(|x| x.to_lowercase().contains(r.as_str()))
                        }) {
                            continue;
                        }
                    }
                    total += 1;
                    if total > req.offset && out.len() < req.limit {
                        out.push(QuoteResult {
                            rank: total,
                            text: q.text.clone(),
                            highlights: hl,
                            speaker: q.speaker.clone(),
                            role: sp.and_then(|p| p.roles.first().cloned()),
                            country: sp.and_then(|p| p.country.clone()),
                            date: a.date.map(|d| d.to_string()),
                            id: a.id.clone(),
                            title: a.title.clone(),
                            path: a.source.path.clone(),
                            place: a.dateline.as_ref().map(|d| d.place.clone()),
                            agency: a.agency.clone(),
                        });
                    }
                }
            }
            fetched += n;
            if n < page || fetched >= 10_000 {
                break;
            }
            page *= 2;
        }
        Ok((total, out))
    }
}

fn date_term(field: Field, d: Date) -> Result<Term> {
    let dt = tantivy_date(d).ok_or_else(|| Error::Invalid(format!("date {d} out of range")))?;
    Ok(Term::from_field_date_for_search(field, dt))
}

fn children(counts: &FacetCounts, root: &str) -> Vec<(String, u64)> {
    counts
        .get(root)
        .map(|(facet, c)| {
            let s = facet.to_path_string();
            let name = s.rsplit('/').next().unwrap_or("").to_string();
            (name, c)
        })
        .collect()
}

fn sorted(mut v: Vec<(String, u64)>) -> Vec<(String, u64)> {
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Decides whether a quote's speaker is the person asked for with `--speaker`.
struct SpeakerMatcher {
    key: String,
    canonical: String,
    table: Arc<NameTable>,
}

impl SpeakerMatcher {
    /// The query's words in order in the name's key (`Lavrov` matches
    /// `Sergey Lavrov`), or the same person by the name table.
    fn matches(&self, name: &str) -> bool {
        let n = format!(" {} ", name_key(name));
        n.contains(&format!(" {} ", self.key.trim()))
            || self.table.canonical_key(name) == self.canonical
    }
}

/// A query as quoted back in an error message: at most 80 characters.
/// The first `chars` characters of `text`, with `…` when cut.
fn head(text: &str, chars: usize) -> String {
    let mut out: String = text.chars().take(chars).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// The quotes of `a` that contain a query word; without query words, the
/// quotes of the filtered speaker.
fn matching_quotes(
    a: &Article,
    words: &BTreeSet<String>,
    speaker: Option<&SpeakerMatcher>,
) -> Vec<QuoteHit> {
    a.quotes
        .iter()
        .filter(|q| q.direct)
        .filter_map(|q| {
            let hl = highlight_terms(&q.text, words);
            let by_speaker =
                speaker.is_some_and(|m| q.speaker.as_deref().is_some_and(|s| m.matches(s)));
            if hl.is_empty() && !(words.is_empty() && by_speaker) {
                return None;
            }
            let role = q
                .speaker
                .as_deref()
                .and_then(|s| a.quoted().find(|p| p.name == s))
                .and_then(|p| p.roles.first().cloned());
            Some(QuoteHit {
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                role,
                highlights: hl,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds() {
        assert_eq!(
            parse_date_bound("2015").unwrap(),
            (
                Date::new(2015, 1, 1).unwrap(),
                Date::new(2015, 12, 31).unwrap()
            )
        );
        assert_eq!(
            parse_date_bound("2016-02").unwrap().1,
            Date::new(2016, 2, 29).unwrap()
        );
        assert_eq!(
            parse_date_bound("2015-05-07").unwrap().0,
            Date::new(2015, 5, 7).unwrap()
        );
        for bad in [
            "",
            "15",
            "2015-13",
            "2015-02-30",
            "2015/05",
            "2015-5",
            "abcd",
            "2015-05-07-01",
        ] {
            assert!(parse_date_bound(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_merge_across_spellings_and_surnames() {
        let table = NameTable::from_names([
            ("Sergey Lavrov".to_string(), 5),
            ("Sergei Lavrov".to_string(), 1),
            ("Lavrov".to_string(), 1),
            ("Igor Ivanov".to_string(), 1),
            ("Sergei Ivanov".to_string(), 1),
            ("Ivanov".to_string(), 2),
        ]);
        let merged = merge_names(
            vec![
                ("Sergei Lavrov".into(), 1),
                ("Lavrov".into(), 1),
                ("Ivanov".into(), 2),
                ("Igor Ivanov".into(), 1),
            ],
            &table,
        );
        // Display is the index's most used spelling, even if absent from these results.
        assert_eq!(merged[0], ("Ivanov".to_string(), 2));
        assert!(
            merged.contains(&("Sergey Lavrov".to_string(), 2)),
            "{merged:?}"
        );
        // Two Ivanovs: the surname alone stays apart.
        assert!(merged.contains(&("Igor Ivanov".to_string(), 1)));
        let mut sp = table.spellings_of("sergey lavrov");
        sp.sort();
        assert_eq!(sp, vec!["Lavrov", "Sergei Lavrov", "Sergey Lavrov"]);
        assert_eq!(table.spellings_of("igor ivanov"), vec!["Igor Ivanov"]);
    }

    #[test]
    fn highlights_use_the_analyzer() {
        let words: BTreeSet<String> = ["hotline".to_string()].into();
        assert_eq!(
            highlight_terms("the Hotline is important", &words),
            vec![(4, 11)]
        );
    }
}
