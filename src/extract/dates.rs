//! Article dates: the month lexicon shared with the dateline parser, written
//! dates (`2015-05-07`, `Thu, 07 May 2015 10:00:00 +0000`, `May 7, 2015`,
//! `28 September 2024`), dates in file paths, and [`resolve_date`], which picks
//! the article's date from the record field, dateline, text, path or `--year`
//! and says where its year came from. Pure; no I/O.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::article::{Date, Dateline, YearSource};

/// Month names as wire copy writes them: full names, Reuters 3-letter forms
/// plus `Sept`, in any case. Callers add `\b` and an optional `.` (AP `Jan.`).
pub(crate) const MONTH_PATTERN: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const MONTH_PREFIXES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Years outside this range are taken for noise (prices, counts), not years.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

/// The month number (1-12) of a name matched by [`MONTH_PATTERN`].
pub(crate) fn month_number(name: &str) -> Option<u8> {
    let prefix = name.get(..3)?.to_ascii_lowercase();
    let index = MONTH_PREFIXES.iter().position(|m| *m == prefix)?;
    u8::try_from(index + 1).ok()
}

/// A checked date whose year is in the accepted range (1800–2200).
pub(crate) fn checked_date(year: i32, month: u8, day: u8) -> Option<Date> {
    YEARS.contains(&year).then(|| Date::new(year, month, day))?
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])").expect("ISO date pattern")
});

static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = MONTH_PATTERN;
    Regex::new(&format!(
        r"\b(?:(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{month})\.?,?\s+(?P<y2>\d{{4}}))\b"
    ))
    .expect("text date pattern")
});

static PATH_FULL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])(\d{4})(?:[/_-](\d{1,2})[/_-](\d{1,2})|(\d{2})(\d{2}))(?:[^0-9]|$)")
        .expect("path date pattern")
});

static PATH_PARTIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|/)(\d{4})(?:/(\d{1,2}))?(?:/|$)").expect("path year pattern")
});

/// A record's own date field: ISO 8601 (`2015-05-07`, `2015-05-07T10:00:00Z`,
/// `2015-05-07 10:00:00`, `20150507`), RFC 2822 (`Thu, 07 May 2015 10:00:00 +0000`)
/// or a written date (`May 7, 2015`, `7 May 2015`). The date is taken as
/// written; a time zone offset does not move it.
pub fn parse_record_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(c) = ISO_DATE.captures(s) {
        return checked_date(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    TEXT_DATE.captures_iter(s).find_map(|c| text_date(&c))
}

/// The first written date with a year in `text` (`September 28, 2024`,
/// `Wednesday, April 1, 2026`, `28 September 2024`). The month must be
/// capitalised, so that "may" the verb is never read as a month.
pub fn find_text_date(text: &str) -> Option<Date> {
    TEXT_DATE
        .captures_iter(text)
        .filter(|c| {
            c.name("m1")
                .or(c.name("m2"))
                .is_some_and(|m| m.as_str().starts_with(char::is_uppercase))
        })
        .find_map(|c| text_date(&c))
}

fn text_date(c: &Captures<'_>) -> Option<Date> {
    let (m, d, y) = match c.name("m1") {
        Some(m) => (m, c.name("d1")?, c.name("y1")?),
        None => (c.name("m2")?, c.name("d2")?, c.name("y2")?),
    };
    checked_date(
        y.as_str().parse().ok()?,
        month_number(m.as_str())?,
        d.as_str().parse().ok()?,
    )
}

/// A date in a file path as `(year, month, day)`: `YYYY/MM/DD`, `YYYY-MM-DD`
/// or `YYYYMMDD` give all three, a `YYYY/MM` folder year and month, a `YYYY`
/// folder the year alone.
pub fn path_date(path: &str) -> Option<(i32, Option<u8>, Option<u8>)> {
    let full = PATH_FULL.captures_iter(path).find_map(|c| {
        let (m, d) = match c.get(2) {
            Some(m) => (m, c.get(3)?),
            None => (c.get(4)?, c.get(5)?),
        };
        checked_date(
            c[1].parse().ok()?,
            m.as_str().parse().ok()?,
            d.as_str().parse().ok()?,
        )
    });
    if let Some(d) = full {
        return Some((d.year, Some(d.month), Some(d.day)));
    }
    PATH_PARTIAL.captures_iter(path).find_map(|c| {
        let year: i32 = c[1].parse().ok().filter(|y| YEARS.contains(y))?;
        match c.get(2) {
            Some(m) => {
                let month: u8 = m.as_str().parse().ok().filter(|m| (1..=12).contains(m))?;
                Some((year, Some(month), None))
            }
            None => Some((year, None, None)),
        }
    })
}

/// Everything the date can be taken from.
#[derive(Debug, Clone, Default)]
pub struct DateHints<'a> {
    /// The record's own date field, unparsed (`2015-05-07T10:00:00Z`, `2015-05-07 10:00:00`).
    pub record_date: Option<&'a str>,
    pub dateline: Option<&'a Dateline>,
    /// Captions, lead and the first body paragraphs, for a written date with a year.
    pub top_text: &'a str,
    /// The file path, for `YYYY/MM/DD`, `YYYY-MM-DD` or `YYYYMMDD`.
    pub path: &'a str,
    /// `--year` from the command line.
    pub cli_year: Option<i32>,
}

/// The article's date and where its year came from; `(None, None)` when unknown.
///
/// The year comes from the first of: the record's date field (which also gives
/// month and day), a year in the dateline, a full written date in `top_text`,
/// a date in the path, `cli_year`. Month and day come from the dateline when it
/// has them, else from the year's own source. A dateline in December read
/// with a source date in January (or the other way round) moves the year back
/// (or forward) by one: the story was filed across New Year.
///
/// A year alone is not a date: when no source gives a month and day, the
/// article is undated and the result is `(None, None)`.
pub fn resolve_date(h: &DateHints<'_>) -> (Option<Date>, Option<YearSource>) {
    if let Some(d) = h.record_date.and_then(parse_record_date) {
        return (Some(d), Some(YearSource::Record));
    }
    let in_range = |y: &i32| YEARS.contains(y);
    let found = h
        .dateline
        .and_then(|d| d.year)
        .filter(in_range)
        .map(|y| (YearSource::Dateline, y, None, None))
        .or_else(|| {
            let d = find_text_date(h.top_text)?;
            Some((YearSource::Text, d.year, Some(d.month), Some(d.day)))
        })
        .or_else(|| path_date(h.path).map(|(y, m, d)| (YearSource::Path, y, m, d)))
        .or_else(|| {
            h.cli_year
                .filter(in_range)
                .map(|y| (YearSource::Cli, y, None, None))
        });
    let Some((source, year, month, day)) = found else {
        return (None, None);
    };
    let from_dateline = h.dateline.and_then(|d| {
        let (m, day) = (d.month?, d.day?);
        let year = match (month, m) {
            (Some(1), 12) => year - 1,
            (Some(12), 1) => year + 1,
            _ => year,
        };
        checked_date(year, m, day)
    });
    match from_dateline.or_else(|| checked_date(year, month?, day?)) {
        Some(date) => (Some(date), Some(source)),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> Option<Date> {
        Date::new(y, m, d)
    }

    fn dateline(month: Option<u8>, day: Option<u8>, year: Option<i32>) -> Dateline {
        Dateline {
            place: "MOSCOW".into(),
            month,
            day,
            year,
            ..Dateline::default()
        }
    }

    #[test]
    fn month_names() {
        for (name, n) in [
            ("Jan", 1),
            ("SEPT", 9),
            ("september", 9),
            ("Dec", 12),
            ("JUL", 7),
        ] {
            assert_eq!(month_number(name), Some(n), "{name}");
        }
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Fri"), None);
        assert_eq!(month_number("é"), None);
    }

    #[test]
    fn record_dates() {
        for s in [
            "2015-05-07",
            "2015-05-07T10:00:00Z",
            "2015-05-07 10:00:00",
            " 20150507 ",
            "Thu, 07 May 2015 10:00:00 +0000",
            "May 7, 2015",
            "7 May 2015",
        ] {
            assert_eq!(parse_record_date(s), date(2015, 5, 7), "{s}");
        }
        for s in [
            "",
            "2015-02-31",
            "1700-01-01",
            "yesterday",
            "May 7",
            "07/05/2015",
            "2015-05-07x",
        ] {
            assert_eq!(parse_record_date(s), None, "{s}");
        }
    }

    #[test]
    fn text_dates() {
        assert_eq!(
            find_text_date("Kyiv, Ukraine September 28, 2024. REUTERS/Name"),
            date(2024, 9, 28)
        );
        assert_eq!(
            find_text_date("taken on Wednesday, April 1, 2026 (AP Photo/X)"),
            date(2026, 4, 1)
        );
        assert_eq!(find_text_date("on 28 September 2024 in"), date(2024, 9, 28));
        assert_eq!(find_text_date("he may 7, 2015 be"), None);
        assert_eq!(find_text_date("sold 12 May 1000 tonnes"), None);
        assert_eq!(find_text_date("no date here, 2015"), None);
    }

    #[test]
    fn path_dates() {
        assert_eq!(
            path_date("news/2015/05/07/story.html"),
            Some((2015, Some(5), Some(7)))
        );
        assert_eq!(
            path_date("a/2015-05-07-lavrov.txt"),
            Some((2015, Some(5), Some(7)))
        );
        assert_eq!(
            path_date("a/tass_20150507.txt"),
            Some((2015, Some(5), Some(7)))
        );
        assert_eq!(
            path_date("archive/2015/05/x.txt"),
            Some((2015, Some(5), None))
        );
        assert_eq!(path_date("archive/2015/x.txt"), Some((2015, None, None)));
        assert_eq!(path_date("seed/000_53d0751d812f08e0.txt"), None);
        assert_eq!(path_date("text/tass-1893769.txt"), None);
        assert_eq!(path_date("a/20151399.txt"), None);
    }

    #[test]
    fn record_date_wins() {
        let dl = dateline(Some(5), Some(8), None);
        let h = DateHints {
            record_date: Some("2015-05-07"),
            dateline: Some(&dl),
            cli_year: Some(2020),
            ..Default::default()
        };
        assert_eq!(
            resolve_date(&h),
            (date(2015, 5, 7), Some(YearSource::Record))
        );
    }

    #[test]
    fn unparsable_record_date_falls_through() {
        let dl = dateline(Some(5), Some(7), None);
        let h = DateHints {
            record_date: Some("n/a"),
            dateline: Some(&dl),
            cli_year: Some(2015),
            ..Default::default()
        };
        assert_eq!(resolve_date(&h), (date(2015, 5, 7), Some(YearSource::Cli)));
    }

    #[test]
    fn dateline_year() {
        let dl = dateline(Some(5), Some(7), Some(2015));
        let h = DateHints {
            dateline: Some(&dl),
            top_text: "on May 1, 2009",
            ..Default::default()
        };
        assert_eq!(
            resolve_date(&h),
            (date(2015, 5, 7), Some(YearSource::Dateline))
        );
    }

    #[test]
    fn text_year_with_dateline_month_day() {
        let dl = dateline(Some(5), Some(7), None);
        let h = DateHints {
            dateline: Some(&dl),
            top_text: "Photo taken May 6, 2015.",
            path: "2009/01/01/x",
            ..Default::default()
        };
        assert_eq!(resolve_date(&h), (date(2015, 5, 7), Some(YearSource::Text)));
        let none = DateHints {
            top_text: "Photo taken May 6, 2015.",
            ..Default::default()
        };
        assert_eq!(
            resolve_date(&none),
            (date(2015, 5, 6), Some(YearSource::Text))
        );
    }

    #[test]
    fn new_year_boundary() {
        let dec = dateline(Some(12), Some(31), None);
        let h = DateHints {
            dateline: Some(&dec),
            top_text: "January 1, 2016",
            ..Default::default()
        };
        assert_eq!(
            resolve_date(&h),
            (date(2015, 12, 31), Some(YearSource::Text))
        );
        let jan = dateline(Some(1), Some(1), None);
        let h = DateHints {
            dateline: Some(&jan),
            path: "2015/12/31/x",
            ..Default::default()
        };
        assert_eq!(resolve_date(&h), (date(2016, 1, 1), Some(YearSource::Path)));
    }

    #[test]
    fn path_year_month_takes_day_from_dateline() {
        let dl = dateline(Some(5), Some(7), None);
        let h = DateHints {
            dateline: Some(&dl),
            path: "arch/2015/05/x.txt",
            ..Default::default()
        };
        assert_eq!(resolve_date(&h), (date(2015, 5, 7), Some(YearSource::Path)));
        let h = DateHints {
            path: "arch/2015/05/x.txt",
            ..Default::default()
        };
        assert_eq!(resolve_date(&h), (None, None));
    }

    #[test]
    fn cli_year() {
        let dl = dateline(Some(2), Some(29), None);
        let leap = DateHints {
            dateline: Some(&dl),
            cli_year: Some(2016),
            ..Default::default()
        };
        assert_eq!(
            resolve_date(&leap),
            (date(2016, 2, 29), Some(YearSource::Cli))
        );
        let not_leap = DateHints {
            dateline: Some(&dl),
            cli_year: Some(2015),
            ..Default::default()
        };
        assert_eq!(resolve_date(&not_leap), (None, None));
        let no_day = DateHints {
            cli_year: Some(2015),
            ..Default::default()
        };
        assert_eq!(resolve_date(&no_day), (None, None));
        let out_of_range = DateHints {
            cli_year: Some(i32::MAX),
            dateline: Some(&dl),
            ..Default::default()
        };
        assert_eq!(resolve_date(&out_of_range), (None, None));
    }

    #[test]
    fn nothing_known() {
        assert_eq!(resolve_date(&DateHints::default()), (None, None));
    }
}
