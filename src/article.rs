//! The extracted article: the data model every other module speaks.
//!
//! `parse --json` prints these structures as they are (serde field names are a
//! stable contract), the indexer turns them into Tantivy documents, and the
//! exporters write them out. Nothing here does I/O.

use serde::{Deserialize, Serialize};

/// Where an article came from: a file, and for JSON arrays / JSON Lines the
/// record number inside it (0-based for arrays, 1-based line number for JSONL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Source {
    pub path: String,
    pub record: Option<u64>,
}

/// A dateline such as `VOLGOGRAD, May 7. /TASS/.` or `PORTLAND, Ore., Feb 26 (Reuters) -`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Dateline {
    /// The dateline as it stands in the text, separator included.
    pub raw: String,
    /// The place, as written (`VOLGOGRAD`, `New Delhi`).
    pub place: String,
    /// A region or state when given (`Leningrad Region`, `Ore.`, `Lebanon`).
    pub region: Option<String>,
    /// The agency named in the dateline (`TASS`, `Reuters`, `AP` ...), canonical spelling.
    pub agency: Option<String>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub year: Option<i32>,
}

/// A calendar date (no time of day); serialised as `"YYYY-MM-DD"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A checked constructor: `None` when the day does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let m = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, m, day).ok()?;
        Some(Date { year, month, day })
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let bad = || serde::de::Error::custom(format!("invalid date `{s}`, expected YYYY-MM-DD"));
        let mut it = s.splitn(3, '-');
        let mut part = || it.next().and_then(|p| p.parse::<i32>().ok());
        let (y, m, d) = (part(), part(), part());
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(
                y,
                u8::try_from(m).map_err(|_| bad())?,
                u8::try_from(d).map_err(|_| bad())?,
            )
            .ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How the year of [`Article::date`] was found, in order of preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YearSource {
    /// The record's own date field (JSON `date`, `published` ...).
    Record,
    /// A year written in the dateline itself.
    Dateline,
    /// A full date in a caption or in the text near the top.
    Text,
    /// `YYYY/MM/DD`, `YYYY-MM-DD` or `YYYYMMDD` in the file path.
    Path,
    /// `--year` on the command line.
    Cli,
}

/// A photo caption and its credit (`Dmitry Rogulin/TASS`, `AP Photo/Name`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
}

/// A person (or organisation) quoted in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Speaker {
    /// Canonical full name as the article gives it (`Sergey Lavrov`).
    pub name: String,
    /// Normalised roles (`Foreign Minister`, `President`).
    pub roles: Vec<String>,
    /// Country, from a demonym or country name (`Russia`).
    pub country: Option<String>,
    /// `true` for organisations (`the Kremlin`, `the ministry`): those in
    /// [`Article::organizations`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub organization: bool,
}

/// A quote: direct (inside quote marks) or indirect (reported speech).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub text: String,
    /// Canonical name of the speaker; `None` when unattributed. Usually a
    /// [`Speaker::name`] of the article (or of [`Article::organizations`]); a person reached
    /// only through pronouns, or a single word nothing marks as a person or a firm
    /// (`Ronaldinho said`), is named here but left out of both lists.
    pub speaker: Option<String>,
    /// Byte offsets of `text` in [`Article::body`] (in [`Article::lead`] when `in_lead`).
    pub start: usize,
    pub end: usize,
    /// `true` for a quote in quote marks, `false` for reported speech.
    pub direct: bool,
    /// Byte offsets of the mention that names the speaker (`he`, `Lavrov`, `the German
    /// foreign minister`), when attributed, in the same text as `start` and `end` (none when
    /// the mention is in the other one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<(usize, usize)>,
    /// `true` for a quote in the lead (a page copy's first paragraph or standfirst): its
    /// offsets are then in [`Article::lead`]. Left out of JSON when `false`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_lead: bool,
}

/// Everything extraction makes of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable id: the record's own `id`, else a hash of path and record number.
    pub id: String,
    pub source: Source,
    pub url: Option<String>,
    pub title: String,
    pub lead: Option<String>,
    pub dateline: Option<Dateline>,
    pub date: Option<Date>,
    pub year_source: Option<YearSource>,
    /// Agency: from the dateline, else the record's `source`/`agency` field.
    pub agency: Option<String>,
    pub authors: Vec<String>,
    pub captions: Vec<Caption>,
    pub sections: Vec<String>,
    /// The people the article names as speaking (by name, title or description in a cue).
    pub speakers: Vec<Speaker>,
    /// The bodies the article quotes (`the Kremlin`, `Time Warner`, `the ministry`), apart
    /// from [`Article::speakers`] so that list holds people only. The index's speaker
    /// field and facet take both (see [`Article::quoted`]).
    #[serde(default)]
    pub organizations: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    /// Body paragraphs joined by a blank line (`"\n\n"`), dateline removed.
    pub body: String,
}

impl Article {
    /// Everyone the article quotes: its people, then its bodies.
    pub fn quoted(&self) -> impl Iterator<Item = &Speaker> {
        self.speakers.iter().chain(&self.organizations)
    }

    /// The text a quote's offsets point into: the lead for a quote in it, else the body.
    pub fn text_of(&self, q: &Quote) -> &str {
        if q.in_lead {
            self.lead.as_deref().unwrap_or_default()
        } else {
            &self.body
        }
    }
}
