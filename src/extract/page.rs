//! Page structure: splits a page copy (or a record's body) into title, lead,
//! byline, photo captions with their credits, dateline, sub-headings and body
//! paragraphs, and drops site chrome and wire trailers. Pure; no I/O.
//!
//! The text is cut into *units*: blank lines separate blocks; inside a block
//! each line is a unit, except in indented layouts (1987 wire copy) where an
//! indented line starts a paragraph and the lines after it continue it.

use std::sync::LazyLock;

use regex::Regex;

use super::dateline::{parse_byline, parse_dateline};
use crate::article::{Caption, Dateline};

/// The parts of a page copy (or of a record's body text).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub lead: Option<String>,
    /// Names from a `By NAME` byline before or in the dateline paragraph.
    pub authors: Vec<String>,
    pub captions: Vec<Caption>,
    pub sections: Vec<String>,
    pub dateline: Option<Dateline>,
    /// Body paragraphs in order; the dateline is cut from the first one,
    /// sub-headings, captions and chrome are not in here.
    pub paragraphs: Vec<String>,
}

/// Whole lines of site chrome, as case-insensitive regexes.
const CHROME: &[&str] = &[
    r"All news",
    r"Read (?:also|more)",
    r"Share(?: this (?:article|story))?",
    r"Skip to (?:main )?content",
    r"Purchase Licensing Rights, opens new tab",
    r"Advertisement(?: · Scroll to continue)?",
    r"Scroll to continue",
    r"\d+ min read",
    r"Sign up here\.",
    r"Our Standards: .*",
    r"\[\d+/\d+\]",
    r"(?:Copyright|©) ?\d{4}\b.*", // AP: Copyright 2026 The Associated Press. All rights reserved.
    r"enditem",
    r"NNNN",
];

/// Photo credits at the end of a line; `c` is the credit, the line before the
/// match (and `keep`, when matched) is the caption.
const CREDITS: &[&str] = &[
    r"\((?P<c>AP Photo/[^()]+)\)",
    r"\((?P<c>Xinhua/[^()]+)\)",
    r"\((?:Photo by )?(?P<c>[^()]+(?:/| via )Getty Images)\)",
    r"\((?:Image|Photo): (?P<c>[^()]+)\)",
    r"(?:^|\s)(?P<c>REUTERS/NAME(?:/(?:File Photo|File|Illustration|Pool))*)",
    r"(?:^|\s)(?P<c>NAME via Reuters(?:/NAME)?)",
    r"(?:^|(?P<keep>[.!?])\s+)(?:Photo by )?(?P<c>NAME(?:/[\p{Lu}][\w-]*)*(?:/| via )Getty Images)",
    r"(?:^|\s)Photograph: (?P<c>NAME(?:/NAME)+)",
    r"(?:^|\s)Photo: (?P<c>[^()]+)",
    r"\ {2,}(?P<c>NAME(?:/[\p{Lu}][\w-]*)*/(?:ITAR-)?TASS)",
    r"^©\s*(?P<c>[^/]+(?:/[^/]+)+)",
];

/// A credited name: capitalised words (`Dmitry Rogulin`, `Jane A. Doe`).
const NAME: &str = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\ \p{Lu}[\p{L}\p{M}'’.\-]*){0,4}";

/// The dateline is looked for in this many text units after the title.
const DATELINE_WINDOW: usize = 4;

/// The longest line, in words, that can be a sub-heading.
const HEADING_MAX_WORDS: usize = 12;

static CHROME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<String> = CHROME.iter().map(|p| format!("(?:{p})")).collect();
    Regex::new(&format!("^(?i:{})$", alternatives.join("|"))).expect("chrome pattern")
});

fn credit_pattern(p: &str) -> String {
    format!(r"{}\s*$", p.replace("NAME", NAME))
}

static CREDIT_LINES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    CREDITS
        .iter()
        .map(|p| Regex::new(&credit_pattern(p)).expect("credit pattern"))
        .collect()
});

/// Words one of which every [`CREDITS`] pattern needs: a line with none of
/// them is not tried against the patterns (most lines; the captures are slow).
const CREDIT_WORDS: &[&str] = &[
    "Photo",
    "Xinhua/",
    "Getty Images",
    "Image: ",
    "REUTERS/",
    "via Reuters",
    "TASS",
    "©",
];

static COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[\d+/\d+\]\s*").expect("counter pattern"));

/// `Reporting by ...; Editing by ...` and the like, at the end of Reuters copy.
static STAFF_CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:additional )?(?:reporting|writing|editing|compiled) by)\b")
        .expect("staff pattern")
});

/// The 1987 ` REUTER` sign-off and Xinhua's `enditem` at the end of the last paragraph.
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s+)(?:REUTER|Reuter|(?i:enditem))\s*$").expect("sign-off pattern")
});

/// A whole `.txt` page copy: chrome, title, lead, captions, dateline, body.
///
/// The title is the first line that is not chrome. With a dateline, the first
/// other line before it is the lead and any further ones are captions; with
/// none, the line after the title is the lead when it reads like a sentence
/// (four words or more), and the body starts after it.
pub fn parse_page(text: &str) -> Page {
    build(text, true)
}

/// The body text of a record whose title is known from its own field.
/// A lead is only taken from lines before a dateline.
pub fn parse_body(text: &str) -> Page {
    build(text, false)
}

enum Item {
    Text(String),
    Caption(Caption),
}

fn build(text: &str, with_title: bool) -> Page {
    let mut page = Page::default();
    let mut texts = Vec::new();
    for item in items(&units(text)) {
        match item {
            Item::Text(t) => texts.push(t),
            Item::Caption(c) => page.captions.push(c),
        }
    }
    // A slug line (`RUSSIA * NATO * SECURITY`) before the title is not the title.
    if with_title && texts.len() > 1 && crate::extract::dateline::is_slug_line(&texts[0]) {
        texts.remove(0);
    }
    if with_title && !texts.is_empty() {
        page.title = Some(texts.remove(0));
    }
    let found = texts
        .iter()
        .take(DATELINE_WINDOW)
        .enumerate()
        .find_map(|(i, t)| parse_dateline(t).map(|(d, at)| (i, d, at)));
    let body = match found {
        Some((i, dateline, at)) => {
            let mut body = texts.split_off(i);
            for t in texts {
                match parse_byline(&t) {
                    Some((names, n)) if n == t.len() => page.authors.extend(names),
                    _ if page.lead.is_none() => page.lead = Some(t),
                    _ => page.captions.push(Caption {
                        text: t,
                        credit: None,
                    }),
                }
            }
            if let Some((names, _)) = parse_byline(&body[0]) {
                page.authors.extend(names);
            }
            let story = body[0][at..].trim().to_string();
            page.dateline = Some(dateline);
            if story.is_empty() {
                body.remove(0);
            } else {
                body[0] = story;
            }
            body
        }
        None if with_title
            && texts
                .first()
                .is_some_and(|t| t.split_whitespace().count() >= 4) =>
        {
            page.lead = Some(texts.remove(0));
            texts
        }
        None => texts,
    };
    let (paragraphs, sections) = split_sections(drop_trailers(body));
    page.paragraphs = paragraphs;
    page.sections = sections;
    page
}

/// Blocks split at blank lines; lines inside a block, joined in indented layouts.
fn units(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut units = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if !line.trim().is_empty() {
            block.push(line);
            continue;
        }
        let indented = |l: &&str| l.starts_with(char::is_whitespace);
        let paragraphs = block.iter().any(indented) && !block.iter().all(indented);
        let mut current: Option<String> = None;
        for line in block.drain(..) {
            match current.as_mut() {
                Some(unit) if paragraphs && !indented(&line) => {
                    unit.push(' ');
                    unit.push_str(line.trim());
                }
                _ => units.extend(current.replace(line.trim().to_string())),
            }
        }
        units.extend(current);
    }
    units
}

/// Units classified: chrome dropped, credited lines, repeated lines and lines
/// before a lone credit (`© Name/TASS`) made captions, duplicates merged.
fn items(units: &[String]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for (i, unit) in units.iter().enumerate() {
        let line = COUNTER.replace(unit, "");
        let line = line
            .trim_end_matches("Purchase Licensing Rights, opens new tab")
            .trim();
        if line.is_empty() || CHROME_LINE.is_match(line) {
            continue;
        }
        if let Some((text, credit)) = split_credit(line) {
            if !text.is_empty() {
                items.push(caption(text.to_string(), Some(credit)));
                continue;
            }
            match items.pop() {
                Some(Item::Caption(mut c)) => {
                    c.credit.get_or_insert(credit);
                    items.push(Item::Caption(c));
                }
                Some(Item::Text(text)) => items.push(caption(text, Some(credit))),
                None => {}
            }
            continue;
        }
        if matches!(items.last(), Some(Item::Caption(c)) if c.text == line) {
            continue;
        }
        if units.get(i + 1).is_some_and(|next| next.trim() == line) {
            items.push(caption(line.to_string(), None));
        } else {
            items.push(Item::Text(line.to_string()));
        }
    }
    items
}

fn caption(text: String, credit: Option<String>) -> Item {
    Item::Caption(Caption { text, credit })
}

/// A photo credit at the end of `line`: the caption before it and the credit.
fn split_credit(line: &str) -> Option<(&str, String)> {
    if !CREDIT_WORDS.iter().any(|w| line.contains(w)) {
        return None;
    }
    CREDIT_LINES.iter().find_map(|re| {
        let c = re.captures(line)?;
        let end = c.name("keep").map_or(c.get(0)?.start(), |k| k.end());
        Some((line[..end].trim(), c["c"].trim().to_string()))
    })
}

/// Drops trailing staff credits and the `REUTER` / `enditem` sign-off.
fn drop_trailers(mut body: Vec<String>) -> Vec<String> {
    while let Some(last) = body.last_mut() {
        let signed_off = SIGN_OFF.replace(last, "").into_owned();
        if STAFF_CREDITS.is_match(&signed_off) || signed_off.is_empty() {
            body.pop();
        } else {
            *last = signed_off;
            break;
        }
    }
    body
}

/// Splits sub-headings (short lines between two paragraphs that end a
/// sentence, the second not continuing the first in lower case) from the
/// paragraphs: `(paragraphs, sections)`.
fn split_sections(body: Vec<String>) -> (Vec<String>, Vec<String>) {
    let ends_sentence = |t: &str| t.ends_with(['.', '!', '?', '"', '”', '»', '…', ':']);
    let (mut paragraphs, mut sections) = (Vec::new(), Vec::new());
    let mut after_paragraph = false;
    for (i, unit) in body.iter().enumerate() {
        let before_paragraph = body
            .get(i + 1)
            .is_some_and(|next| ends_sentence(next) && !next.starts_with(char::is_lowercase));
        if after_paragraph && before_paragraph && is_heading(unit) {
            sections.push(unit.clone());
            after_paragraph = false;
        } else {
            after_paragraph = ends_sentence(unit);
            paragraphs.push(unit.clone());
        }
    }
    (paragraphs, sections)
}

/// A line that can be a sub-heading: short, capitalised, with letters, no
/// terminal punctuation or trailing comma, no quote mark, not a dateline.
fn is_heading(line: &str) -> bool {
    line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && line.split_whitespace().count() <= HEADING_MAX_WORDS
        && line.contains(char::is_alphabetic)
        && !line.ends_with(['.', '!', '?', ':', '"', '”', ',', ';'])
        && !line.contains(['"', '“', '”', '«', '»', '„'])
        && parse_dateline(line).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TASS_PAGE: &str = "All news\n\n\
        Kremlin comments on talks — spokesman\n\n\
        The talks were useful, Dmitry Peskov said\n\
        Kremlin Spokesman Dmitry Peskov  Sergei Bobylev/TASS\n\
        Kremlin Spokesman Dmitry Peskov\n\
        © Sergei Bobylev/TASS\n\n\
        MOSCOW, March 3. /TASS/. The Kremlin regards the talks as useful, Kremlin Spokesman Dmitry Peskov said.\n\n\
        \"The talks were useful,\" Peskov said.\n\n\
        Read also\n\n\
        Next round expected in April\n\n\
        The next round may take place in April, he said.\n\n\
        Share";

    #[test]
    fn golden_tass_page() {
        let page = parse_page(TASS_PAGE);
        assert_eq!(
            page.title.as_deref(),
            Some("Kremlin comments on talks — spokesman")
        );
        assert_eq!(
            page.lead.as_deref(),
            Some("The talks were useful, Dmitry Peskov said")
        );
        assert_eq!(
            page.captions,
            [Caption {
                text: "Kremlin Spokesman Dmitry Peskov".into(),
                credit: Some("Sergei Bobylev/TASS".into())
            }]
        );
        let dateline = page.dateline.expect("dateline");
        assert_eq!(
            (dateline.place.as_str(), dateline.month, dateline.day),
            ("MOSCOW", Some(3), Some(3))
        );
        assert_eq!(dateline.raw, "MOSCOW, March 3. /TASS/.");
        assert_eq!(page.sections, ["Next round expected in April"]);
        assert_eq!(
            page.paragraphs,
            [
                "The Kremlin regards the talks as useful, Kremlin Spokesman Dmitry Peskov said.",
                "\"The talks were useful,\" Peskov said.",
                "The next round may take place in April, he said.",
            ]
        );
        assert!(page.authors.is_empty());
    }

    #[test]
    fn tass_without_blank_lines() {
        let page = parse_page(
            "Title here\nLead line of the story\nHANOI, December 26. /TASS/. First.\nSecond.\n",
        );
        assert_eq!(page.title.as_deref(), Some("Title here"));
        assert_eq!(page.lead.as_deref(), Some("Lead line of the story"));
        assert_eq!(page.dateline.map(|d| d.place), Some("HANOI".to_string()));
        assert_eq!(page.paragraphs, ["First.", "Second."]);
    }

    #[test]
    fn reuters_1987_layout() {
        let text = "DENG SAYS CHINA'S TROUBLES OVER\n\n    PEKING, March 3 - Chinese leader Deng told\nvisiting officials.\n    \"They are over,\"\nDeng added.\n REUTER\n";
        let page = parse_page(text);
        assert_eq!(
            page.title.as_deref(),
            Some("DENG SAYS CHINA'S TROUBLES OVER")
        );
        assert_eq!(page.lead, None);
        assert_eq!(page.dateline.map(|d| d.place), Some("PEKING".to_string()));
        assert_eq!(
            page.paragraphs,
            [
                "Chinese leader Deng told visiting officials.",
                "\"They are over,\" Deng added."
            ]
        );
    }

    #[test]
    fn reuters_1987_table_has_no_sections() {
        let text = "X CORP 4TH QTR NET\n\n    TOLEDO, Ohio, March 2 -\n    Shr 45 cts vs 58 cts\n    Net 1.1 mln vs 829,000\n    Sales 7.2 mln\n Reuter\n";
        let page = parse_page(text);
        assert_eq!(
            page.dateline.map(|d| (d.place, d.region)),
            Some(("TOLEDO".into(), Some("Ohio".into())))
        );
        assert!(page.sections.is_empty());
        assert_eq!(
            page.paragraphs,
            [
                "Shr 45 cts vs 58 cts",
                "Net 1.1 mln vs 829,000",
                "Sales 7.2 mln"
            ]
        );
    }

    #[test]
    fn reuters_web_page() {
        let text = "Skip to main content\n\nOil rises on supply fears\n\n3 Min Read\n\n\
            [1/3] A worker at an oil field in Texas, U.S. September 28, 2024. REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab\n\n\
            HOUSTON, Sept 30 (Reuters) - Oil prices rose on Monday.\n\nAdvertisement · Scroll to continue\n\n\
            Analysts expect more gains.\n\nReporting by John Roe; Editing by Jan Poe\n\nOur Standards: The Thomson Reuters Trust Principles.";
        let page = parse_page(text);
        assert_eq!(page.title.as_deref(), Some("Oil rises on supply fears"));
        assert_eq!(page.lead, None);
        assert_eq!(
            page.captions,
            [Caption {
                text: "A worker at an oil field in Texas, U.S. September 28, 2024.".into(),
                credit: Some("REUTERS/Jane Doe/File Photo".into()),
            }]
        );
        let dateline = page.dateline.expect("dateline");
        assert_eq!(
            (dateline.place.as_str(), dateline.agency.as_deref()),
            ("HOUSTON", Some("Reuters"))
        );
        assert_eq!(
            page.paragraphs,
            ["Oil prices rose on Monday.", "Analysts expect more gains."]
        );
    }

    #[test]
    fn ap_page_with_byline() {
        let text = "Storm hits coast\n\nBy Jane Doe and John Roe\n\n\
            Waves crash ashore in Galveston, Texas, on Wednesday, April 1, 2026. (AP Photo/Sam Poe, File)\n\n\
            GALVESTON, Texas (AP) — A storm hit the coast.\n\nCopyright 2026 The Associated Press. All rights reserved.";
        let page = parse_page(text);
        assert_eq!(page.authors, ["Jane Doe", "John Roe"]);
        assert_eq!(page.lead, None);
        assert_eq!(
            page.captions[0].credit.as_deref(),
            Some("AP Photo/Sam Poe, File")
        );
        assert_eq!(page.dateline.and_then(|d| d.region), Some("Texas".into()));
        assert_eq!(page.paragraphs, ["A storm hit the coast."]);
    }

    #[test]
    fn chrome_is_dropped() {
        let chrome = "All news\nRead also\nRead more\nShare\nSkip to main content\n\
            Purchase Licensing Rights, opens new tab\nAdvertisement\nScroll to continue\n4 Min Read\n\
            Sign up here.\nOur Standards: The Thomson Reuters Trust Principles.\n[1/3]\n\
            © 2024 Reuters. All rights reserved.\nenditem\nNNNN";
        let page = parse_page(&format!(
            "{chrome}\nTitle\n{chrome}\nBEIJING, March 31 (Xinhua) -- Text.\n{chrome}"
        ));
        assert_eq!(page.title.as_deref(), Some("Title"));
        assert_eq!(
            (page.lead, page.captions, page.paragraphs),
            (None, vec![], vec!["Text.".to_string()])
        );
    }

    #[test]
    fn credits() {
        // One case per pattern of `CREDITS`: each must also pass the
        // `CREDIT_WORDS` pre-filter.
        for (line, text, credit) in [
            (
                "Ships in port (AP Photo/Jane Doe)",
                "Ships in port",
                "AP Photo/Jane Doe",
            ),
            (
                "Ships in port (Jane Doe/AFP/Getty Images)",
                "Ships in port",
                "Jane Doe/AFP/Getty Images",
            ),
            (
                "Ships in port. REUTERS/Jane Doe/File Photo",
                "Ships in port.",
                "REUTERS/Jane Doe/File Photo",
            ),
            (
                "Ships in port  Dmitry Rogulin/ITAR-TASS",
                "Ships in port",
                "Dmitry Rogulin/ITAR-TASS",
            ),
            (
                "Ships in port (Xinhua/Li Ming)",
                "Ships in port",
                "Xinhua/Li Ming",
            ),
            (
                "Ships in port. Photo by Jane Doe/Getty Images",
                "Ships in port.",
                "Jane Doe/Getty Images",
            ),
            (
                "Ships in port. Jane Doe/AFP via Getty Images",
                "Ships in port.",
                "Jane Doe/AFP via Getty Images",
            ),
            (
                "Ships in port. Photograph: Jane Doe/EPA",
                "Ships in port.",
                "Jane Doe/EPA",
            ),
            (
                "Ships in port (Image: Jane Doe)",
                "Ships in port",
                "Jane Doe",
            ),
            ("Photo: Jane Doe/TASS", "", "Jane Doe/TASS"),
            ("© Dmitry Rogulin/TASS", "", "Dmitry Rogulin/TASS"),
            (
                "Fans cheer. Action Images via Reuters/Jon Poe",
                "Fans cheer.",
                "Action Images via Reuters/Jon Poe",
            ),
        ] {
            assert_eq!(
                split_credit(line),
                Some((text, credit.to_string())),
                "{line}"
            );
        }
        for line in [
            "Chapter one of the AP style guide",
            "The figures were first reported by Reuters.",
            "He told the AP.",
            "Prices rose 3% (AP) in May",
            "Putin met Lavrov  in Moscow",
        ] {
            assert_eq!(split_credit(line), None, "{line}");
        }
    }

    #[test]
    fn no_dateline() {
        let page =
            parse_page("A title\n\nThe first paragraph reads like a sentence.\n\nThe second one.");
        assert_eq!(
            page.lead.as_deref(),
            Some("The first paragraph reads like a sentence.")
        );
        assert_eq!(page.dateline, None);
        assert_eq!(page.paragraphs, ["The second one."]);
        let body = parse_body("The first paragraph reads like a sentence.\n\nThe second one.");
        assert_eq!(
            (body.title, body.lead, body.paragraphs.len()),
            (None, None, 2)
        );
    }

    #[test]
    fn body_with_lead_and_dateline() {
        let body =
            parse_body("The lead line\n\nMOSCOW, December 26. /TASS/. Story.\n\nEnd. enditem");
        assert_eq!(body.title, None);
        assert_eq!(body.lead.as_deref(), Some("The lead line"));
        assert_eq!(body.paragraphs, ["Story.", "End."]);
    }

    #[test]
    fn headings_need_paragraphs_around() {
        let page = parse_page(
            "T\n\nLONDON, May 7 (Reuters) - One.\n\nA heading\n\nTwo.\n\nOn Tuesday,\n\nThree.\n\n\
             78,000\n\nFour.\n\nThe men's race went to\n\ndominated it.\n\nNot a heading at the end",
        );
        assert_eq!(page.sections, ["A heading"]);
        assert_eq!(page.paragraphs.len(), 9);
        assert_eq!(
            page.paragraphs.last().map(String::as_str),
            Some("Not a heading at the end")
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "\n\n\n",
            "© X/TASS",
            "   \n  x\ny\n",
            "\r\n\r\nTitle\r\nLead\r\n",
            "é\n\n—",
            "[1/3]",
        ] {
            let _ = parse_page(text);
            let _ = parse_body(text);
        }
    }
}
