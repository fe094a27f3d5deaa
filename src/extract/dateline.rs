//! Datelines: recognises the wire dateline at the start of a paragraph
//! (`VOLGOGRAD, May 7. /TASS/.`, `PORTLAND, Ore., Feb 26 (Reuters) -`,
//! `(ANSA) - ROME, JUL 11 -` ...) after an optional byline or slug line, and
//! the `By NAME` byline itself. A shape it does not know gives `None`, never a
//! guess. Pure; no I/O.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{checked_date, month_number, MONTH_PATTERN};
use crate::article::Dateline;

/// Agency names as written in datelines, and their canonical spelling.
const AGENCIES: &[(&str, &str)] = &[
    ("Reuters", "Reuters"),
    ("Reuter", "Reuters"),
    ("AP", "AP"),
    ("AFP", "AFP"),
    ("Xinhua", "Xinhua"),
    ("UPI", "UPI"),
    ("Interfax", "Interfax"),
    ("RIA Novosti", "RIA Novosti"),
    ("Yonhap", "Yonhap"),
    ("Kyodo", "Kyodo"),
    ("dpa", "dpa"),
    ("DPA", "dpa"),
    ("ANSA", "ANSA"),
    ("TASS", "TASS"),
    ("ITAR-TASS", "TASS"),
];

/// Dashes that end a dateline: `-`, `--`, `—`, `–`, `_`, Interfax `.-`.
const DASH: &str = r"(?:\.-|--|-|—|–|_)";

/// A place word: capitalised, with `.` `'` `-` `/` inside (`ST. LOUIS`, `WINSTON-SALEM`).
const PLACE_WORD: &str = r"\p{Lu}[\p{L}\p{M}'’.\-/]*";

/// Lower-case words allowed between the words of a place (`DAR ES SALAAM`, `Rio de Janeiro`).
const CONNECTORS: &str =
    r"(?:de|da|do|dos|del|della|di|du|la|le|el|al|of|es|au|am|an|on|upon|sur|en|y|the|van|von|der)";

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let agencies = AGENCIES
        .iter()
        .map(|(a, _)| regex::escape(a).replace(' ', r"\ "))
        .collect::<Vec<_>>()
        .join("|");
    let (month, word, connectors) = (MONTH_PATTERN, PLACE_WORD, CONNECTORS);
    let place = format!(
        r"(?:{word}(?:[\ \t]+(?:{connectors}[\ \t]+)?{word}){{0,4}}|\p{{Ll}}[\p{{Ll}}'.\-]*(?:[\ \t]+\p{{Ll}}[\p{{Ll}}'.\-]*){{0,2}})"
    );
    let region = r"(?:the[\ \t]+)?\p{Lu}[\p{L}.'’\-]*(?:[\ \t]+\p{L}[\p{L}.'’\-]*){0,3}";
    Regex::new(&format!(
        r"(?x)
        ^(?:\((?P<pre>{agencies})\)[\ \t]*{DASH}[\ \t]*)?      # ANSA: agency first
        \**                                                   # 1987 priority marks
        (?:
            (?P<place>{place})
            (?:[\ \t]*/(?P<slashed>[^/\n]{{2,40}})/)?         # TASS: IGORA /Leningrad Region/
            (?P<regions>(?:[\ \t]*,[\ \t]*{region}){{0,3}})
            [\ \t]*[,.]?[\ \t]*
        )?
        (?:
            (?P<month>{month})\b\.?[\ \t]*(?P<day>\d{{1,2}})\b
            (?:[\ \t]*,?[\ \t]*(?P<year>\d{{4}})\b)?
            [.,]?[\ \t]*
        )?
        (?:
            /(?P<slash_agency>(?:ITAR-)?TASS)/\.?
          | \((?P<agency>{agencies})\)(?:[\ \t]*{DASH})?
          | ,?[\ \t]*(?P<reuter>Reuters?)[\ \t]*{DASH}
          | {DASH}
        )
        (?:\s+|$)"
    ))
    .expect("dateline pattern")
});

/// `By Jane Doe and John Roe` (names need a lower-case letter, so an
/// all-capitals dateline after them is not taken for a name).
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    // Capitalised words (`Julia`) or initials; all-capital names only on a
    // line of their own (see `BYLINE_LINE`), as `NEW YORK` may follow.
    let word = r"(?:\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*|\p{Lu}\.)";
    let name = format!(r"{word}(?:[\ \t]+{word}){{0,3}}");
    Regex::new(&format!(
        r"^By[\ \t]+(?P<names>{name}(?:(?:[\ \t]*,[\ \t]*|[\ \t]+and[\ \t]+){name})*)(?:[\ \t]*\n\s*|[\ \t]*$|[\ \t]+)"
    ))
    .expect("byline pattern")
});

/// A slug line (`RUSSIA * ECONOMY * OIL`) or an editor's note (`(ATTN: ...)`).
static SLUG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[\p{Lu}\d][\p{Lu}\d\ \-&]*(?:[\ \t]+\*[\ \t]+[\p{Lu}\d][\p{Lu}\d\ \-&]*)+[\ \t]*(?:\n|$)|\(ATTN:[^)\n]*\))\s*",
    )
    .expect("slug pattern")
});

/// A byline alone on its line, names in any case (`By JULIA MARSDEN and KOFI ANSAH Associated Press`).
static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^By[\ \t]+(?P<names>\p{Lu}[\p{L}'’.\-]*(?:(?:[\ \t]+|[\ \t]*,[\ \t]*)(?:and[\ \t]+)?\p{Lu}[\p{L}'’.\-]*){0,11})[\ \t]*$")
        .expect("byline line pattern")
});

/// An agency after the last name (`By JULIA MARSDEN Associated Press`) is not part of it.
static BYLINE_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\ \t,]*(?:The[\ \t]+)?(?:Associated[\ \t]+Press|AP|Reuters|AFP|Bloomberg)$")
        .expect("byline agency pattern")
});

static NAME_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\ \t]*,[\ \t]*|[\ \t]+and[\ \t]+").expect("name separator pattern")
});

/// Whether `line` is a whole slug line (`RUSSIA * NATO * SECURITY`) or editor's note.
pub fn is_slug_line(line: &str) -> bool {
    SLUG.find(line.trim())
        .is_some_and(|m| m.end() == line.trim().len())
}

/// A `By NAME[, NAME and NAME]` byline at the start of `text`: the names and
/// the byte offset after it (and the line break or spaces that end it).
pub fn parse_byline(text: &str) -> Option<(Vec<String>, usize)> {
    let c = BYLINE_LINE
        .captures(text)
        .or_else(|| BYLINE.captures(text))?;
    let names = NAME_SEPARATOR
        .split(&c["names"])
        .map(|n| BYLINE_AGENCY.replace(n, "").into_owned())
        .filter(|n| !n.is_empty())
        .collect();
    Some((names, c.get(0)?.end()))
}

/// Parse a dateline at the start of `paragraph`. Returns the dateline and the
/// byte offset where the story text after it begins.
///
/// A byline, slug line or `(ATTN: ...)` note may come first; it is skipped and
/// not part of `raw`. A dateline needs a date or an agency besides the place:
/// `TOKYO - ` alone is not taken. One with no place (`March 11 (Reuters) -`)
/// has an empty `place`, and needs both. An impossible day (`Feb 31`) leaves
/// month, day and year `None`.
pub fn parse_dateline(paragraph: &str) -> Option<(Dateline, usize)> {
    let mut start = paragraph.len() - paragraph.trim_start().len();
    for _ in 0..3 {
        let rest = &paragraph[start..];
        match parse_byline(rest)
            .map(|(_, n)| n)
            .or_else(|| SLUG.find(rest).map(|m| m.end()))
        {
            Some(n) if n > 0 => start += n,
            _ => break,
        }
    }
    let text = &paragraph[start..];
    let c = DATELINE.captures(text)?;
    let whole = c.get(0)?;
    let place = c
        .name("place")
        .map_or("", |m| m.as_str().trim_end_matches('.'));
    let agency = ["pre", "slash_agency", "agency", "reuter"]
        .iter()
        .find_map(|g| c.name(g))
        .and_then(|m| AGENCIES.iter().find(|(a, _)| *a == m.as_str()))
        .map(|(_, canonical)| (*canonical).to_string());
    let month = c.name("month").and_then(|m| month_number(m.as_str()));
    let known = if place.is_empty() {
        agency.is_some() && month.is_some()
    } else {
        month.is_some() || (agency.is_some() && !place.starts_with(char::is_lowercase))
    };
    if !known {
        return None;
    }
    let day: Option<u8> = c.name("day").and_then(|d| d.as_str().parse().ok());
    let year: Option<i32> = c.name("year").and_then(|y| y.as_str().parse().ok());
    let (month, day, year) = match (month, day) {
        (Some(m), Some(d)) if checked_date(year.unwrap_or(2000), m, d).is_some() => {
            (Some(m), Some(d), year)
        }
        _ => (None, None, None),
    };
    let regions = c.name("regions").map_or("", |m| m.as_str());
    let region = c
        .name("slashed")
        .map(|m| m.as_str().trim().to_string())
        .or_else(|| {
            let parts: Vec<&str> = regions
                .split(',')
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        });
    let dateline = Dateline {
        raw: whole.as_str().trim().to_string(),
        place: place.to_string(),
        region,
        agency,
        month,
        day,
        year,
    };
    Some((dateline, start + whole.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `place[ / region] | agency | month/day[/year] | story`, `-` for none.
    fn summary(p: &str) -> String {
        let Some((d, at)) = parse_dateline(p) else {
            return "none".into();
        };
        let region = d.region.map_or(String::new(), |r| format!(" / {r}"));
        let agency = d.agency.as_deref().unwrap_or("-");
        let date = match (d.month, d.day, d.year) {
            (Some(m), Some(day), Some(y)) => format!("{m}/{day}/{y}"),
            (Some(m), Some(day), None) => format!("{m}/{day}"),
            _ => "-".into(),
        };
        format!("{}{region} | {agency} | {date} | {}", d.place, &p[at..])
    }

    fn check(cases: &[(&str, &str)]) {
        for (p, want) in cases {
            assert_eq!(summary(p), *want, "{p:?}");
        }
    }

    #[test]
    fn tass() {
        check(&[
            (
                "VOLGOGRAD, May 7. /TASS/. Russia is",
                "VOLGOGRAD | TASS | 5/7 | Russia is",
            ),
            (
                "IGORA /Leningrad Region/, December 26. /TASS/. Russia",
                "IGORA / Leningrad Region | TASS | 12/26 | Russia",
            ),
            (
                "MOSCOW, October 4. /ITAR-TASS/. Text",
                "MOSCOW | TASS | 10/4 | Text",
            ),
        ]);
        let (d, _) = parse_dateline("VOLGOGRAD, May 7. /TASS/. Russia").unwrap();
        assert_eq!(d.raw, "VOLGOGRAD, May 7. /TASS/.");
    }

    #[test]
    fn reuters() {
        check(&[
            (
                "HOUSTON, Jan 27 (Reuters) - Oil",
                "HOUSTON | Reuters | 1/27 | Oil",
            ),
            (
                "MADRID, Sept 3 (Reuters) - Spain",
                "MADRID | Reuters | 9/3 | Spain",
            ),
            (
                "WASHINGTON (Reuters) - The U.S.",
                "WASHINGTON | Reuters | - | The U.S.",
            ),
            ("March 11 (Reuters) - Stocks", " | Reuters | 3/11 | Stocks"),
            (
                "WASHINGTON, May 7, 2015 (Reuters) - T",
                "WASHINGTON | Reuters | 5/7/2015 | T",
            ),
        ]);
        let (d, _) = parse_dateline("HOUSTON, Jan 27 (Reuters) - Oil").unwrap();
        assert_eq!(d.raw, "HOUSTON, Jan 27 (Reuters) -");
    }

    #[test]
    fn reuters_1987() {
        check(&[
            (
                "    PEKING, March 3 - Chinese",
                "PEKING | - | 3/3 | Chinese",
            ),
            (
                "PORTLAND, Ore., Feb 26 - Shares",
                "PORTLAND / Ore. | - | 2/26 | Shares",
            ),
            (
                "WASHINGTON, March 11, Reuter - A",
                "WASHINGTON | Reuters | 3/11 | A",
            ),
            (
                "ST. LOUIS, MO., March 3 - T",
                "ST. LOUIS / MO. | - | 3/3 | T",
            ),
            (
                "WINSTON-SALEM, N.C., March 2 - T",
                "WINSTON-SALEM / N.C. | - | 3/2 | T",
            ),
            (
                "CLARKSBURG, W. Va., March 16 - T",
                "CLARKSBURG / W. Va. | - | 3/16 | T",
            ),
            (
                "MONTREAL, Feb 26-\n    Shr 1.11 dlrs",
                "MONTREAL | - | 2/26 | Shr 1.11 dlrs",
            ),
            (
                "JOHANNESBURG March 13 - Shr",
                "JOHANNESBURG | - | 3/13 | Shr",
            ),
            ("NEW YORK , March 5 - T", "NEW YORK | - | 3/5 | T"),
            ("NEW YORK, June 29, - T", "NEW YORK | - | 6/29 | T"),
            ("DAR ES SALAAM, March 2 - T", "DAR ES SALAAM | - | 3/2 | T"),
            (
                "ARNHEM, the Netherlands, April 1 - T",
                "ARNHEM / the Netherlands | - | 4/1 | T",
            ),
            (
                "des moines, april 7 - barrow",
                "des moines | - | 4/7 | barrow",
            ),
            ("****LONDON, March 5 - India", "LONDON | - | 3/5 | India"),
            (
                "GEORGETOWN, Grand Cayman, British West Indies, March 25 -\nShr",
                "GEORGETOWN / Grand Cayman, British West Indies | - | 3/25 | Shr",
            ),
        ]);
    }

    #[test]
    fn ap() {
        check(&[
            ("TORONTO (AP) — The city", "TORONTO | AP | - | The city"),
            (
                "AUSTIN, Texas (AP) — Gov.",
                "AUSTIN / Texas | AP | - | Gov.",
            ),
            ("NEW YORK (AP) _ Stocks", "NEW YORK | AP | - | Stocks"),
            (
                "By Jane Doe and John Roe\nNEW YORK (AP) — T",
                "NEW YORK | AP | - | T",
            ),
            ("By Jim Smith NEW YORK (AP) — T", "NEW YORK | AP | - | T"),
        ]);
    }

    #[test]
    fn afp_xinhua_upi() {
        check(&[
            ("PARIS, Jan 1 (AFP) - France", "PARIS | AFP | 1/1 | France"),
            ("New Delhi (AFP) - India", "New Delhi | AFP | - | India"),
            (
                "BEIJING, March 31 (Xinhua) -- China",
                "BEIJING | Xinhua | 3/31 | China",
            ),
            ("GAZA, Dec. 1 (Xinhua) -- T", "GAZA | Xinhua | 12/1 | T"),
            (
                "BEIRUT, Lebanon, Sept. 20 (UPI) -- T",
                "BEIRUT / Lebanon | UPI | 9/20 | T",
            ),
            ("Nov. 28 (UPI) -- T", " | UPI | 11/28 | T"),
        ]);
    }

    #[test]
    fn interfax_ria_yonhap_kyodo_dpa_ansa() {
        check(&[
            (
                "MOSCOW. April 2 (Interfax) - T",
                "MOSCOW | Interfax | 4/2 | T",
            ),
            ("Dushanbe. (Interfax) - T", "Dushanbe | Interfax | - | T"),
            (
                "MOSCOW, January 5 (RIA Novosti) - T",
                "MOSCOW | RIA Novosti | 1/5 | T",
            ),
            (
                "RUSSIA * ECONOMY\nMOSCOW, Jan 5 (RIA Novosti) - T",
                "MOSCOW | RIA Novosti | 1/5 | T",
            ),
            (
                "SEOUL, Jan. 5 (Yonhap) -- South",
                "SEOUL | Yonhap | 1/5 | South",
            ),
            (
                "(ATTN: UPDATES) SEOUL, Jan. 5 (Yonhap) -- T",
                "SEOUL | Yonhap | 1/5 | T",
            ),
            (
                "YILAN, Taiwan (Kyodo) -- T",
                "YILAN / Taiwan | Kyodo | - | T",
            ),
            ("Berlin (dpa) - Die", "Berlin | dpa | - | Die"),
            (
                "(ANSA) - ROME, JUL 11 - Italy",
                "ROME | ANSA | 7/11 | Italy",
            ),
        ]);
        let (d, _) = parse_dateline("(ANSA) - ROME, JUL 11 - Italy").unwrap();
        assert_eq!(d.raw, "(ANSA) - ROME, JUL 11 -");
    }

    #[test]
    fn dashes() {
        for dash in ["-", "--", "—", "–", "_"] {
            assert_eq!(
                summary(&format!("LONDON, May 7 {dash} T")),
                "LONDON | - | 5/7 | T"
            );
        }
        assert_eq!(summary("LONDON, May 7 -"), "LONDON | - | 5/7 | ");
    }

    #[test]
    fn impossible_days_are_dropped() {
        check(&[
            ("LONDON, Feb 31 - T", "LONDON | - | - | T"),
            ("LONDON, Feb 29 - T", "LONDON | - | 2/29 | T"),
            ("LONDON, Feb 29, 2015 (AFP) - T", "LONDON | AFP | - | T"),
            (
                "LONDON, Feb 29, 2016 (AFP) - T",
                "LONDON | AFP | 2/29/2016 | T",
            ),
        ]);
    }

    #[test]
    fn sentences_are_not_datelines() {
        for p in [
            "Russia is receiving signals, Lavrov said.",
            "WASHINGTON is preparing new sanctions.",
            "Russia is receiving signals from NATO on possible resumption of cooperation",
            "\"This initiative belonged to NATO,\" he said.",
            "According to Lavrov, it was not Russia",
            "Officials - including the minister - said",
            "NATO - Russia relations",
            "The meeting on May 7 - the first",
            "March 11 - the day after",
            "the talks (AFP) -",
            "By Friday, March 7 - the deadline",
            "Moscow-NATO communication line resumption meets parties’ interests",
            "",
            "   ",
            "(Reuters) -",
            "Thomson Reuters (TRI) said",
        ] {
            assert_eq!(parse_dateline(p), None, "{p:?}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for p in [
            "é",
            "ÉÉ, Май 7. /ТАСС/.",
            "\u{0}",
            "A, Jan 99999999999 -",
            "—",
            "By ",
            "* * *\n",
            "LONDON,",
        ] {
            let _ = parse_dateline(p);
        }
    }

    #[test]
    fn bylines() {
        let (names, at) = parse_byline("By Jane Doe and John O'Brien\nNEW YORK").unwrap();
        assert_eq!(names, ["Jane Doe", "John O'Brien"]);
        assert_eq!(at, "By Jane Doe and John O'Brien\n".len());
        let (names, at) = parse_byline("By Hyonhee Shin, Jack Kim").unwrap();
        assert_eq!((names.len(), at), (2, 25));
        assert_eq!(parse_byline("By the end of the year"), None);
        assert_eq!(parse_byline("Byron Smith said"), None);
    }
}
#[cfg(test)]
mod byline_probe {
    #[test]
    fn probe() {
        let t = "By JULIA MARSDEN and KOFI ANSAH Associated Press";
        let r = super::parse_byline(t);
        assert_eq!(r.as_ref().map(|x| x.1), Some(t.len()), "{r:?}");
        assert_eq!(r.unwrap().0, vec!["JULIA MARSDEN", "KOFI ANSAH"]);
    }
}
