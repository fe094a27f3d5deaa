//! Extraction: from a raw record (text and whatever fields a scraper gave) to
//! an [`Article`]. Pure functions, no I/O; each stage lives in its own module.
//!
//! - [`page`]: title, lead, captions, sections, body paragraphs of a page copy.
//! - [`dateline`]: `VOLGOGRAD, May 7. /TASS/.` and the other agency shapes.
//! - [`dates`]: the full date of the story and where its year came from.
//! - [`quotes`] and [`speakers`]: who said what.

pub mod dateline;
pub mod dates;
pub mod lexicon;
pub mod page;
pub mod quotes;
pub mod speakers;
pub mod text;

use crate::article::{Article, Source};
use crate::input::RawArticle;

/// Options that change extraction.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// The year to assume when nothing else gives one (`--year`).
    pub year: Option<i32>,
}

/// A stable article id: the record's own id when it has one, else a hash of
/// the source path and record number.
pub fn article_id(source: &Source, own: Option<&str>) -> String {
    match own.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => id.to_string(),
        None => {
            let key = match source.record {
                Some(r) => format!("{}#{}", source.path, r),
                None => source.path.clone(),
            };
            format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
        }
    }
}

/// A record's text without its first line when that line is the record's own title (scraped
/// records often repeat the headline at the top of the text: it is the title, not a paragraph).
fn without_title<'a>(text: &'a str, title: &str) -> &'a str {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    if first.trim() == title.trim() {
        rest
    } else {
        text
    }
}

/// A text with the HTML character references a scraper left in it decoded (`&#8220;` → `“`,
/// `Jos&#233;` → `José`, `AT&amp;T` → `AT&T`); a text with none is returned as it is. A bare
/// `&` (`AT&T`) stays.
fn unescape(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('&') {
        html_escape::decode_html_entities(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Extract everything newswire knows how to find from one raw record.
pub fn extract(raw: &RawArticle, opts: &ExtractOptions) -> Article {
    let text = unescape(&raw.text);
    let raw_title = raw.title.as_deref().map(|t| unescape(t).into_owned());
    let page = match raw_title.as_deref().filter(|t| !t.trim().is_empty()) {
        Some(t) => page::parse_body(without_title(&text, t)),
        None => page::parse_page(&text),
    };
    let title = raw_title
        .filter(|t| !t.trim().is_empty())
        .or(page.title)
        .unwrap_or_default();
    let lead = raw
        .lead
        .as_deref()
        .map(|l| unescape(l).into_owned())
        .filter(|l| !l.trim().is_empty())
        .or(page.lead);
    let body = page.paragraphs.join("\n\n");

    let mut top = String::new();
    for c in &page.captions {
        top.push_str(&c.text);
        top.push('\n');
    }
    if let Some(l) = &lead {
        top.push_str(l);
        top.push('\n');
    }
    for p in page.paragraphs.iter().take(3) {
        top.push_str(p);
        top.push('\n');
    }
    let (date, year_source) = dates::resolve_date(&dates::DateHints {
        record_date: raw.date.as_deref(),
        dateline: page.dateline.as_ref(),
        top_text: &top,
        path: &raw.source.path,
        cli_year: opts.year,
    });

    // (The sub-headings give clues as the headline does: `Salma Hayek Described Her
    // Experience` names the `Hayek` of the paragraphs below.)
    let headings = std::iter::once(title.as_str())
        .chain(page.sections.iter().map(String::as_str))
        .map(|h| h.replace(['\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join("\n");
    let (quotes, quoted) = quotes::attribute(&headings, lead.as_deref(), &body);
    let (organizations, speakers) = quoted.into_iter().partition(|s| s.organization);
    let agency = page
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| raw.agency.clone());

    Article {
        id: article_id(&raw.source, raw.id.as_deref()),
        source: raw.source.clone(),
        url: raw.url.clone(),
        title,
        lead,
        dateline: page.dateline,
        date,
        year_source,
        agency,
        authors: if raw.authors.is_empty() {
            page.authors
        } else {
            raw.authors.clone()
        },
        captions: page.captions,
        sections: page.sections,
        speakers,
        organizations,
        quotes,
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::{extract, unescape, without_title, ExtractOptions};
    use crate::article::Source;
    use crate::input::RawArticle;

    #[test]
    fn a_sub_heading_names_the_speaker_below_it() {
        // A page copy whose sub-heading alone gives `Hayek` a given name.
        let text = "Actress speaks out on pay\n\n\
            Stars gathered in Cannes on Sunday.\n\n\
            The jury is led this year by a director.\n\n\
            Salma Hayek Described Her Experience Being Discriminated Against\n\n\
            \"I was told many times that I would never make it,\" Hayek said.\n\n\
            The festival runs until May 25.";
        let raw = RawArticle {
            source: Source {
                path: "a.txt".into(),
                record: None,
            },
            id: None,
            title: None,
            lead: None,
            text: text.into(),
            date: None,
            url: None,
            agency: None,
            authors: Vec::new(),
        };
        let a = extract(&raw, &ExtractOptions::default());
        assert_eq!(
            a.sections,
            ["Salma Hayek Described Her Experience Being Discriminated Against"]
        );
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Salma Hayek"));
    }

    #[test]
    fn html_character_references_are_decoded() {
        assert_eq!(
            unescape("&#8220;We will win,&#8221; said Jos&#233; Mourinho of AT&amp;T."),
            "“We will win,” said José Mourinho of AT&T."
        );
        // Negatives: a bare ampersand and text with none are left as they are.
        assert_eq!(
            unescape("AT&T and Procter & Gamble"),
            "AT&T and Procter & Gamble"
        );
        assert!(matches!(unescape("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_title_repeated_atop_the_text_is_dropped() {
        let text = "Dominici backs France\n\nWing Christophe Dominici says France can win.";
        assert_eq!(
            without_title(text, "Dominici backs France").trim(),
            "Wing Christophe Dominici says France can win."
        );
        // Negative: a first line that is not the title stays.
        assert_eq!(without_title(text, "Another headline"), text);
        assert_eq!(without_title("", "T"), "");
        assert_eq!(without_title("T", "T"), "");
    }
}
