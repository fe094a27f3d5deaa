//! Tokens, paragraphs and quote-mark pairing for quote attribution.
//!
//! Everything works in byte offsets into one text and only ever cuts at char boundaries.
//! One pass over the text, no backtracking: linear in its length.

use crate::extract::lexicon::LEXICON;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters/digits, with inner `'` `’` `-` and abbreviation periods (`U.S.`, `Mr.`).
    Word,
    /// One punctuation character.
    Punct,
    /// A quote mark that opens a quote span.
    Open,
    /// A quote mark that closes a quote span.
    Close,
}

/// A token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Paragraph number.
    pub para: usize,
    /// Sentence number (counted over the whole text; a quote does not end its host sentence).
    pub sent: usize,
    /// Index of the raw quote span this token lies in, if any.
    pub inside: Option<usize>,
}

/// A pair of quote marks within one paragraph (or a paragraph end standing in for the closer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte range of the quoted text (without marks).
    pub start: usize,
    pub end: usize,
    /// Byte offset just after the closing mark (or the paragraph end).
    pub close: usize,
    /// Paragraph number.
    pub para: usize,
    /// `false` when the paragraph ended before a closing mark.
    pub closed: bool,
    /// Index of the first span of a quote that runs over several paragraphs.
    pub group: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr",
    "sr", "prof", "inc", "corp", "co", "ltd", "no", "jan", "feb", "aug", "sept", "sep", "oct",
    "nov", "dec", "rev", "fr", "hon", "vs", "mt", "ft", "gov't", "messrs", "pres", "sens", "reps",
    "supt", "atty", "cmdr", "adm", "maj",
];

/// Whether `c` may continue a word after an inner `'` `’` `-` `.`.
fn wordish(c: char) -> bool {
    c.is_alphanumeric()
}

/// Top-level domains that end a web address written as a name (`Amazon.com`, `Salon.com`).
const DOMAINS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "co.uk", "org.uk", "uk", "io",
];

/// The longest web address newswire reads as one word (a host name is at most 253 bytes).
const MAX_DOMAIN: usize = 256;

/// The length of a web address opening `s` (`Halo.Bungie.Org`, `Amazon.com`: dotted words
/// ending in a known top-level domain, then no other word character), if any. Only the first
/// [`MAX_DOMAIN`] bytes are looked at, so a long run of dotted text costs no more than that.
/// A capitalised domain after a lower-case word is a lost space, not an address
/// (`pct.Net income`, `quarter.Net profit`).
pub(crate) fn domain_len(s: &str) -> Option<usize> {
    let mut run = 0;
    for (i, c) in s.char_indices() {
        if !(c.is_alphanumeric() || c == '.' || c == '-') {
            break;
        }
        if i >= MAX_DOMAIN {
            return None;
        }
        run = i + c.len_utf8();
    }
    let run = s[..run].trim_end_matches(['.', '-']);
    if !run.contains('.') {
        return None;
    }
    let (host, tld) = DOMAINS
        .iter()
        .filter_map(|d| {
            let cut = run.len().checked_sub(d.len() + 1)?;
            let (host, rest) = (run.get(..cut)?, run.get(cut..)?);
            let tld = rest.strip_prefix('.')?;
            tld.eq_ignore_ascii_case(d).then_some((host, tld))
        })
        .max_by_key(|(_, t)| t.len())?;
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let last_part = host.rsplit('.').next().unwrap_or(host);
    (!host.is_empty()
        && (!upper(tld) || upper(last_part))
        && host
            .split('.')
            .all(|p| p.chars().count() >= 2 && p.chars().any(char::is_alphabetic)))
    .then_some(run.len())
}

/// Whether a word so far may go on over an inner period: it is at most two characters
/// (`U.S`), or its last hyphenated part is one capital letter (`D-N.Y.`, `R-N.C.`).
fn short_segment(word: &str) -> bool {
    if word.chars().count() <= 2 {
        return true;
    }
    let last = word.rsplit('-').next().unwrap_or("");
    word.contains('-') && last.chars().count() == 1 && last.chars().all(char::is_uppercase)
}

/// A US state's AP abbreviation or a party label as a token (`Ala.`, `R-Ky.`): never a
/// name.
pub fn is_state_or_party(token: &str) -> bool {
    let Some(w) = token.strip_suffix('.') else {
        return false;
    };
    let lx = &*LEXICON;
    lx.us_states.contains(w) || party_label(w)
}

fn is_abbrev(word: &str) -> bool {
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str())
        || (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()))
        || LEXICON.us_states.contains(word)
    {
        return true;
    }
    party_label(word)
}

/// A party label before its period: `R-Ky`, `D-Mass`, `I-Vt`.
fn party_label(word: &str) -> bool {
    let lx = &*LEXICON;
    match word.split_once('-') {
        Some(("R" | "D" | "I", st)) => lx.us_states.contains(st) || lx.us_state_words.contains(st),
        _ => false,
    }
}

/// The byte ranges of the paragraphs of `text` (split at line breaks, blank lines dropped).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„')
}

/// Pair the double quote marks of each paragraph. Single quotes are never quote marks here, so a
/// single-quoted quote nested in a double-quoted one stays part of it.
///
/// A paragraph that ends inside a quote continues into the next paragraph when that one opens
/// with a quote mark (the newspaper convention for long quotes): both pieces get the same `group`.
pub fn quote_spans(text: &str, paras: &[(usize, usize)]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut carry: Option<usize> = None; // group of an unclosed quote at the previous paragraph end
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let para = &text[ps..pe];
        let opens_with_mark = para.chars().next().is_some_and(is_opener);
        let continued = if opens_with_mark { carry.take() } else { None };
        carry = None;
        // (opening char, offset of the mark)
        let mut open: Option<(char, usize)> = None;
        let mut depth_guillemet = 0usize;
        let mut first_in_para = true;
        // The group of a quote cut short by a straight mark that opens again (below).
        let mut reopened: Option<usize> = None;
        for (i, c) in para.char_indices() {
            let at = ps + i;
            // `Kuwait"s Oil Minister`: a straight mark typed for an apostrophe is no quote mark.
            if c == '"' && apostrophe_mark(para, i) {
                continue;
            }
            // `... an inquiry. "We want a judge ...`: a straight mark after a sentence's end
            // and a space, before a capital, opens the next paragraph of the same quote (its
            // paragraph break lost in the copy); the quote so far ends unclosed.
            if c == '"' && matches!(open, Some(('"', _))) && reopens(para, i) {
                let (_, o) = open.take().unwrap_or(('"', at));
                let (mut first, cont) = group_of_next(&mut reopened, first_in_para, continued);
                push_span(text, &mut spans, o, at, pi, false, &mut first, cont);
                first_in_para = false;
                reopened = spans.last().map(|s| s.group);
                open = Some(('"', at));
                continue;
            }
            let closes = match (open, c) {
                // A stray straight closer with nothing open (`... for terrorists". His party`):
                // a word or a mark right before it, a space or a mark after; it opens nothing.
                (None, '"') if stray_closer(para, i) => None,
                (None, '"' | '“' | '„' | '«') => {
                    open = Some((c, at));
                    depth_guillemet = usize::from(c == '«');
                    None
                }
                (Some(('«', _)), '«') => {
                    depth_guillemet += 1;
                    None
                }
                (Some(('«', o)), '»') => {
                    depth_guillemet = depth_guillemet.saturating_sub(1);
                    (depth_guillemet == 0).then_some(o)
                }
                // `“It's unusual,“ said Larry Noble`: an opening curly mark typed as the
                // closer (a mark right before it, a space after).
                (Some(('“', o)), '“') if stray_closer(para, i) => Some(o),
                // A straight closer after a curly opener too (mixed marks in scraped text).
                (Some(('„', o)), '“' | '”')
                | (Some(('"', o)), '"' | '”')
                | (Some(('“', o)), '”' | '"') => Some(o),
                _ => None,
            };
            if let Some(o) = closes {
                let (mut first, cont) = group_of_next(&mut reopened, first_in_para, continued);
                push_span(text, &mut spans, o, at, pi, true, &mut first, cont);
                first_in_para = false;
                open = None;
            }
        }
        if let Some((_, o)) = open {
            let (mut first, cont) = group_of_next(&mut reopened, first_in_para, continued);
            push_span(text, &mut spans, o, pe, pi, false, &mut first, cont);
            let next_opens = paras
                .get(pi + 1)
                .and_then(|&(ns, ne)| text[ns..ne].chars().next())
                .is_some_and(is_opener);
            if next_opens {
                carry = spans.last().map(|s| s.group);
            }
        }
    }
    spans
}

/// How the next span of a paragraph joins a group, as `push_span` takes it: the group of a
/// quote reopened just before (`reopened`, taken), else the paragraph's own continuation.
fn group_of_next(
    reopened: &mut Option<usize>,
    first_in_para: bool,
    continued: Option<usize>,
) -> (bool, Option<usize>) {
    match reopened.take() {
        Some(g) => (true, Some(g)),
        None => (first_in_para, continued),
    }
}

/// Whether the straight mark at byte `i` of `para` can only close: right after a letter, a
/// digit or `.,!?` and before a space, `.`, `,`, `;`, `:`, `)` or the paragraph's end.
fn stray_closer(para: &str, i: usize) -> bool {
    let prev = para[..i].chars().next_back();
    let next = para[i..].chars().nth(1);
    prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | '!' | '?'))
        && next.is_none_or(|n| n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | ')'))
}

/// Whether the straight mark at byte `i` of `para` stands for an apostrophe: right after a
/// letter, a digit or a closing angle bracket and before a contraction's or possessive's
/// ending (`s`, `t`, `d`, `m`, `ll`, `re`, `ve`) that ends the word (`Kuwait"s`, `don"t`,
/// `1985"s`, `<Qatar National Bank SAQ>"s`).
fn apostrophe_mark(para: &str, i: usize) -> bool {
    let prev = para[..i].chars().next_back();
    let rest = &para[i + 1..];
    let ending = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    prev.is_some_and(|p| p.is_alphanumeric() || p == '>')
        && matches!(ending, "s" | "t" | "d" | "m" | "ll" | "re" | "ve")
}

/// Whether the straight mark at byte `i` of `para` opens a quote although one is open: a
/// sentence ended before it (`.`, `?` or `!`, a space) and a capital or a digit follows.
fn reopens(para: &str, i: usize) -> bool {
    let before = para[..i].trim_end();
    let spaced = before.len() < i;
    let ended = before.ends_with(['.', '?', '!']);
    let next = para[i..].chars().nth(1);
    spaced && ended && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
}

#[allow(clippy::too_many_arguments)]
fn push_span(
    text: &str,
    spans: &mut Vec<Span>,
    open: usize,
    close_at: usize,
    para: usize,
    closed: bool,
    first_in_para: &mut bool,
    continued: Option<usize>,
) {
    let mark_len = text[open..].chars().next().map_or(1, char::len_utf8);
    let start = open + mark_len;
    let close = if closed {
        close_at + text[close_at..].chars().next().map_or(0, char::len_utf8)
    } else {
        close_at
    };
    let (mut s, mut e) = (start, close_at.max(start));
    // Trim spaces inside the marks, and a trailing truncation ellipsis of an unclosed quote.
    let inner = &text[s..e];
    let lead = inner.len() - inner.trim_start().len();
    s += lead;
    e = s + inner.trim().len();
    if !closed {
        let t = text[s..e].trim_end_matches(['…', '.']).trim_end();
        if text[s..e].ends_with('…') || text[s..e].ends_with("...") {
            e = s + t.len();
        }
    }
    let idx = spans.len();
    let group = if *first_in_para && continued.is_some() {
        continued.unwrap_or(idx)
    } else {
        idx
    };
    *first_in_para = false;
    spans.push(Span {
        open,
        start: s,
        end: e,
        close,
        para,
        closed,
        group,
    });
}

/// Tokenise `text` (already split into paragraphs and quote spans).
pub fn tokenize(text: &str, paras: &[(usize, usize)], spans: &[Span]) -> Vec<Token> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut sent = 0usize;
    let mut si = 0usize; // next span to consider
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        sent += 1;
        let mut pending_break = false;
        let mut it = text[ps..pe].char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let at = ps + i;
            while si < spans.len() && spans[si].close <= at {
                si += 1;
            }
            let inside = spans
                .get(si)
                .filter(|s| {
                    s.open < at && at < s.close && !(s.closed && at + c.len_utf8() == s.close)
                })
                .map(|_| si);
            if c.is_whitespace() {
                continue;
            }
            let kind;
            let mut end = at + c.len_utf8();
            if spans.get(si).is_some_and(|s| s.open == at) {
                kind = Kind::Open;
            } else if spans
                .get(si)
                .is_some_and(|s| s.closed && s.close == at + c.len_utf8())
            {
                kind = Kind::Close;
            } else if wordish(c) {
                kind = Kind::Word;
                // A web address is one word (`Amazon.com said`, `Halo.Bungie.Org`).
                let site = domain_len(&text[at..pe]);
                if let Some(n) = site {
                    end = at + n;
                    while it.peek().is_some_and(|&(j, _)| ps + j < end) {
                        it.next();
                    }
                }
                while let Some(&(j, d)) = it.peek() {
                    if wordish(d) {
                        end = ps + j + d.len_utf8();
                        it.next();
                        continue;
                    }
                    if matches!(d, '\'' | '’' | '-' | '.' | '&') {
                        // only when a letter/digit follows
                        let mut la = it.clone();
                        la.next();
                        if let Some(&(k, e2)) = la.peek() {
                            if wordish(e2) && !(d == '.' && e2.is_lowercase()) {
                                // `U.S`, `O’Malley`, `Frank-Walter`; a wire ticker in
                                // angle brackets, `<TSBA.T>`, `<HKBH.HK>`.
                                let ticker = text[..at].ends_with('<') && e2.is_uppercase();
                                // (A decimal: `914.1 mln`, `645.7`.)
                                let decimal = e2.is_ascii_digit()
                                    && text[at..ps + j].ends_with(|c: char| c.is_ascii_digit());
                                if d != '.' || short_segment(&text[at..ps + j]) || ticker || decimal
                                {
                                    end = ps + k + e2.len_utf8();
                                    it.next();
                                    it.next();
                                    continue;
                                }
                            }
                        }
                    }
                    break;
                }
                // Abbreviation period: `Mr.`, `U.S.`, an initial `J.` (not after a web
                // address: `editor of Mic.com.`)
                if let Some(&(j, '.')) = it.peek().filter(|_| site.is_none()) {
                    let w = &text[at..end];
                    // (Not after a decimal: `The Nikkei fell 214.3. Tokyo broker ...`.)
                    let decimal = w.ends_with(|c: char| c.is_ascii_digit());
                    if is_abbrev(w) || (w.contains('.') && !decimal) {
                        end = ps + j + 1;
                        it.next();
                    }
                }
            } else {
                kind = Kind::Punct;
            }
            let inside = if matches!(kind, Kind::Open | Kind::Close) {
                None
            } else {
                inside
            };
            if pending_break && inside.is_none() && kind != Kind::Punct {
                let first = text[at..end].chars().next().unwrap_or(' ');
                if first.is_uppercase() || first.is_numeric() || kind == Kind::Open {
                    sent += 1;
                }
                pending_break = false;
            }
            if kind == Kind::Punct && inside.is_none() && matches!(c, '.' | '!' | '?') {
                pending_break = true;
            }
            if kind == Kind::Close
                && spans
                    .get(si)
                    .is_some_and(|s| text[s.start..s.end].ends_with(['.', '!', '?']))
            {
                pending_break = true;
            }
            toks.push(Token {
                start: at,
                end,
                kind,
                para: pi,
                sent,
                inside,
            });
        }
    }
    toks
}

/// Whether a quote span's text looks like a real quote rather than a scare-quoted term or a name:
/// at least four words, and not all words title case.
pub fn is_real_quote(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.len() < 4 {
        return false;
    }
    let small = [
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "or", "de",
    ];
    let title_case = words.iter().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            || small.contains(&w)
    });
    !title_case
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `t` (no quote spans) and their words.
    fn tokens_of(t: &str) -> (Vec<Token>, Vec<&str>) {
        let toks = tokenize(t, &paragraphs(t), &[]);
        let words = toks.iter().map(|k| &t[k.start..k.end]).collect();
        (toks, words)
    }

    fn spans_of(t: &str) -> Vec<String> {
        let p = paragraphs(t);
        quote_spans(t, &p)
            .iter()
            .map(|s| t[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn a_straight_mark_for_an_apostrophe_is_no_quote_mark() {
        assert_eq!(
            spans_of("Kuwait\"s minister said \"we don\"t plan it\" today."),
            ["we don\"t plan it"]
        );
        // (After a year, or a name in angle brackets.)
        assert_eq!(
            spans_of(
                "The bank said 1985\"s result and <Qatar National Bank SAQ>\"s were \"bad news\"."
            ),
            ["bad news"]
        );
        // (Not a mark before a word of its own: `"s"` opens, `said"The` opens.)
        assert_eq!(
            spans_of("He said\"The plan\" and \"s\" too."),
            ["The plan", "s"]
        );
    }

    #[test]
    fn marks() {
        assert_eq!(
            spans_of("He said \"a b\" and “c d” and «e f» and „g h“."),
            ["a b", "c d", "e f", "g h"]
        );
        assert_eq!(
            spans_of("“It is ‘wrong’ now,” he said."),
            ["It is ‘wrong’ now,"]
        );
        assert_eq!(spans_of("\"A,\" he said, \"B.\""), ["A,", "B."]);
    }

    #[test]
    fn straight_marks_reopening_after_a_sentence() {
        // A paragraph break lost in the copy: each sentence reopens the quote.
        let t = "He said: \"We are going to court. \"We want a judge. \"Then a debate.\" He left.";
        assert_eq!(
            spans_of(t),
            [
                "We are going to court.",
                "We want a judge.",
                "Then a debate."
            ]
        );
        let p = paragraphs(t);
        let s = quote_spans(t, &p);
        assert!(s.iter().all(|x| x.group == s[0].group));
        // In a paragraph that continues a quote from the one before, too.
        let t = "\"We are going to court.\n\n\"We want a judge. \"Then a debate.\" He left.";
        let p = paragraphs(t);
        let s = quote_spans(t, &p);
        assert_eq!(s.len(), 3);
        assert!(s.iter().all(|x| x.group == s[0].group), "{s:?}");
        // An opening curly mark typed as the closer.
        assert_eq!(
            spans_of("“It's unusual,“ said Larry Noble. “It's hard.”"),
            ["It's unusual,", "It's hard."]
        );
        // A stray closer with nothing open opens nothing.
        assert_eq!(
            spans_of("He said it \"creates martyrs\" for terrorists\". His party, he said, \"will act.\""),
            ["creates martyrs", "will act."]
        );
        // Negative: a closer after a sentence end with no space, and a lowercase word after.
        assert_eq!(
            spans_of("\"We won.\" He left. \"so it goes\""),
            ["We won.", "so it goes"]
        );
    }

    #[test]
    fn multi_paragraph() {
        let t = "“First part.\n\n“Second part,” he said.";
        let p = paragraphs(t);
        let s = quote_spans(t, &p);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].group, s[0].group);
        assert!(!s[0].closed);
    }

    #[test]
    fn truncated() {
        assert_eq!(spans_of("He said \"this is cut off…"), ["this is cut off"]);
    }

    #[test]
    fn tokens_and_sentences() {
        let t = "Mr. Smith of the U.S. said. O’Malley, Frank-Walter came";
        let (toks, words) = tokens_of(t);
        assert_eq!(
            words,
            [
                "Mr.",
                "Smith",
                "of",
                "the",
                "U.S.",
                "said",
                ".",
                "O’Malley",
                ",",
                "Frank-Walter",
                "came"
            ]
        );
        assert_eq!(toks[0].sent, toks[5].sent);
        assert_ne!(toks[0].sent, toks[7].sent);
    }

    #[test]
    fn a_wire_ticker_and_a_decimal_are_one_word() {
        let t = "Toshiba Corp <TSBA.T> expects a profit. Then";
        let (toks, words) = tokens_of(t);
        assert_eq!(
            words,
            ["Toshiba", "Corp", "<", "TSBA.T", ">", "expects", "a", "profit", ".", "Then"]
        );
        assert_eq!(toks[0].sent, toks[7].sent);
        // A decimal is one word: `914.1` ends no sentence; the period after it does.
        let t = "Sales rose to 914.1 mln dlrs. Then";
        let (toks, words) = tokens_of(t);
        assert_eq!(
            words,
            ["Sales", "rose", "to", "914.1", "mln", "dlrs", ".", "Then"]
        );
        assert_eq!(toks[0].sent, toks[5].sent);
        let t = "The Nikkei fell 214.3. Tokyo broker";
        let (toks, words) = tokens_of(t);
        assert_eq!(
            words,
            ["The", "Nikkei", "fell", "214.3", ".", "Tokyo", "broker"]
        );
        assert_ne!(toks[0].sent, toks[5].sent);
        // Negative: outside angle brackets a period before a capital still ends a sentence.
        let t = "It rose sharply.Then";
        let (toks, words) = tokens_of(t);
        assert_eq!(words, ["It", "rose", "sharply", ".", "Then"]);
        assert_ne!(toks[0].sent, toks[4].sent);
    }

    #[test]
    fn party_labels_are_one_word() {
        // `(D-N.Y.)`: the state abbreviation stays in the word, no sentence ends inside.
        let t = "Rep. Hakeem Jeffries (D-N.Y.) reacted. Then";
        let (toks, words) = tokens_of(t);
        assert_eq!(
            words,
            ["Rep.", "Hakeem", "Jeffries", "(", "D-N.Y.", ")", "reacted", ".", "Then"]
        );
        assert_eq!(toks[0].sent, toks[6].sent);
        // Negative: a longer hyphenated word does not swallow a sentence's period.
        let t = "It was pro-Trump. Then";
        let (toks, words) = tokens_of(t);
        assert_eq!(words, ["It", "was", "pro-Trump", ".", "Then"]);
        assert_ne!(toks[0].sent, toks[4].sent);
    }

    #[test]
    fn scare_quotes() {
        assert!(!is_real_quote("woke"));
        assert!(!is_real_quote("Operation Iraqi Freedom Now"));
        assert!(is_real_quote("has heard the information"));
    }

    #[test]
    fn web_addresses_are_one_word() {
        let t = "Claude Errera of Halo.Bungie.Org said so. Jake Horowitz of Mic.com. Then";
        let (toks, words) = tokens_of(t);
        assert_eq!(
            words,
            [
                "Claude",
                "Errera",
                "of",
                "Halo.Bungie.Org",
                "said",
                "so",
                ".",
                "Jake",
                "Horowitz",
                "of",
                "Mic.com",
                ".",
                "Then"
            ]
        );
        // (The period after the address still ends its sentence.)
        assert_ne!(toks[10].sent, toks[12].sent);
        assert_eq!(domain_len("Amazon.com's"), Some(10));
        // Negatives: no known domain, or a one-letter part.
        assert_eq!(domain_len("end.The"), None);
        assert_eq!(domain_len("U.S.com"), None);
        // (A lost space before a capitalised word is no address: `pct.Net income`.)
        assert_eq!(domain_len("pct.Net income"), None);
        assert_eq!(domain_len("quarter.Net"), None);
        // (No panic on a multibyte letter where a domain's period would be.)
        assert_eq!(domain_len("a.b.cüside"), None);
        assert_eq!(domain_len("Zürich.com"), Some(11));
        // (A run longer than any host name is looked at only so far.)
        assert_eq!(domain_len(&"a.b.".repeat(200)), None);
        let t = "It ended.The next";
        let (toks, _) = tokens_of(t);
        assert_eq!(toks.len(), 5);
    }
}
