//! Names, roles and countries: mentions of people and organisations, and the article's
//! table of persons they resolve to. Pure; no I/O.
//!
//! A *mention* is found at a token by one forward pass, no parser needed:
//! `[the|a] [title chain] [Name]` where the title chain is honorifics (`Mr`, `Sen.`), roles
//! (`Foreign Minister`, `spokesman`), demonyms and country names (`Russian`, `Germany's`),
//! modifiers (`former`) and `counterpart`; a name is a run of capitalised tokens, initials and
//! particles (`de`, `von`, `bin`). Pronouns (`he`, `she`) are mentions too.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{strip_possessive, Gender, Lexicon, LEXICON};
use super::text::{Kind, Token};

/// A folded key under which spelling variants of one name meet (`Sergey Lavrov`,
/// `Sergei Lavrov` -> `sergey lavrov`).
///
/// The rule, applied in this order:
/// 1. letters are lowercased and accents folded (`é` → `e`, `ß` → `ss`, `ł` → `l` ...);
/// 2. apostrophes and periods are dropped (`O’Malley` → `omalley`, `J.` → `j`), hyphens
///    and other separators become spaces (`Frank-Walter` → `frank walter`);
/// 3. honorifics (`mr`, `mrs`, `ms`, `dr` ...) and the suffixes `jr`, `sr` are dropped;
/// 4. each word is folded for common transliteration variants: `ks` → `x`
///    (`Aleksandr` → `alexandr`), a final `andr` → `ander` (`Alexandr` → `alexander`),
///    `kh` → `h` (`Mikhail` → `mihail`), a final `ow` → `ov` (`Lavrow`), and the endings
///    `-iy`, `-ii`, `-ij`, `-yi`, `-yy` → `-y`, `-ei`, `-ej` → `-ey`, `-ai` → `-ay`, and a final
///    `-i` after a consonant → `-y` (`Sergei`/`Sergey`, `Dmitri`/`Dmitriy`/`Dmitry`,
///    `Yuri`/`Yury`, `Nikolai`/`Nikolay` meet).
///
/// Words are joined by one space.
pub fn name_key(name: &str) -> String {
    // The same names are keyed again and again while an article is attributed;
    // a small per-thread memo (emptied when full) saves the folding.
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    MEMO.with(|memo| {
        if let Some(k) = memo.borrow().get(name) {
            return k.clone();
        }
        let k = fold_name(name);
        let mut memo = memo.borrow_mut();
        if memo.len() >= 4096 {
            memo.clear();
        }
        memo.insert(name.to_string(), k.clone());
        k
    })
}

fn fold_name(name: &str) -> String {
    let lx = &*LEXICON;
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\'' | '’' | '‘' | '.' | '`' | 'ʼ' => {}
            c if c.is_alphanumeric() => fold_char(c, &mut folded),
            _ => folded.push(' '),
        }
    }
    let mut out = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if lx.honorifics.contains_key(w) || w == "jr" || w == "sr" {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&fold_word(w));
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ě' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(s);
}

/// One lower-case word folded as [`name_key`] folds it (`jürgen` → `jurgen`, `mikhail` →
/// `mihail`), for tables of given names looked up by key.
pub(crate) fn fold_given_name(w: &str) -> String {
    let mut folded = String::with_capacity(w.len());
    for c in w.chars() {
        fold_char(c, &mut folded);
    }
    fold_word(&folded)
}

fn fold_word(w: &str) -> String {
    let mut s = w.replace("ks", "x").replace("kh", "h");
    if let Some(stem) = s.strip_suffix("andr") {
        s = format!("{stem}ander");
    }
    if s.len() > 3 {
        if let Some(stem) = s.strip_suffix("ow") {
            s = format!("{stem}ov");
        }
    }
    for (from, to) in [
        ("iy", "y"),
        ("ii", "y"),
        ("ij", "y"),
        ("yi", "y"),
        ("yy", "y"),
        ("ei", "ey"),
        ("ej", "ey"),
        ("ai", "ay"),
    ] {
        if s.len() > from.len() + 1 {
            if let Some(stem) = s.strip_suffix(from) {
                return format!("{stem}{to}");
            }
        }
    }
    if s.len() > 2 && s.ends_with('i') {
        let before = s[..s.len() - 1].chars().last().unwrap_or('a');
        if !"aeiouy".contains(before) {
            s.pop();
            s.push('y');
        }
    }
    s
}

/// What a mention refers to, as far as the words of the mention tell.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A named person (`Russian Foreign Minister Sergey Lavrov`, `Mr Blair`, `Lavrov`).
    Person {
        /// The name without honorifics or titles.
        name: String,
        /// Number of name words.
        words: usize,
    },
    /// A description (`the Russian foreign minister`, `the diplomat`).
    Role { definite: bool },
    /// A personal pronoun, lowercased (`he`, `she`, `it`, `they`, `i`, `we`).
    Pronoun(String),
    /// A named organisation or country (`the Kremlin`, `Russian Foreign Ministry`, `Moscow`).
    Org { name: String },
    /// `the ministry`: refers to the last organisation named with this head word.
    OrgHead { head: String },
    /// `the statement`: refers to the last organisation that spoke nearby.
    OrgGeneric,
}

/// One mention in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Token range.
    pub t0: usize,
    pub t1: usize,
    pub kind: MentionKind,
    /// Canonical roles named in the mention (or its appositive).
    pub roles: Vec<String>,
    /// Roles a bare description accepts (`diplomat`): any holder of one of them.
    pub accepts: Vec<String>,
    pub country: Option<String>,
    pub gender: Option<Gender>,
    /// `his German counterpart X`.
    pub counterpart: bool,
    /// The mention ends in `'s`.
    pub possessive: bool,
    /// Token index just past an appositive (`X, Germany's foreign minister,`), if any.
    pub appositive_end: Option<usize>,
    /// A noun for a person came before the name (`Model Caprice`): a person, of no office.
    pub person: bool,
}

/// A body's head words, in lower case, that one capitalised word may qualify (`the Kiel
/// institute`, `The Hunt group`); not a document (`the Halifax survey` is Halifax's) nor a
/// word for a person (`The Holland international`).
const QUALIFIED_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "institute",
    "ministry",
    "department",
    "agency",
    "committee",
    "commission",
    "council",
    "union",
    "association",
    "board",
    "fund",
    "club",
    "court",
    "administration",
    "authority",
    "bureau",
    "organisation",
    "organization",
    "federation",
    "coalition",
    "alliance",
    "foundation",
    "society",
    "network",
    "newspaper",
    "magazine",
    "daily",
    "corporation",
    "airline",
];

/// Whether the word at token `k`, in paragraph `para`, may be a noun a phrase before it
/// qualifies (`the Australian government telecommunications authority`): a word in lower case
/// that is no reporting verb, auxiliary, adverb, past form, preposition or joining word.
fn noun_at(lx: &Lexicon, text: &str, toks: &[Token], k: usize, para: usize) -> bool {
    toks.get(k)
        .filter(|x| x.kind == Kind::Word && x.para == para)
        .map(|x| tok(text, x))
        .is_some_and(|w| {
            !is_cap(w)
                && !lx.verbs.contains(w)
                && !w.ends_with("ed")
                && !lx.prepositions.contains(w)
                // (`the Soviet government daily Izvestia`: a periodical is a noun.)
                && (!w.ends_with("ly")
                    || matches!(w, "daily" | "weekly" | "monthly" | "quarterly" | "monopoly"))
                && !matches!(
                    w,
                    "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "were"
                        | "are"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "can"
                        | "does"
                        | "did"
                        | "also"
                        | "and"
                        | "or"
                        | "which"
                        | "that"
                        | "who"
                        | "now"
                        | "still"
                        | "then"
                        | "yesterday"
                        | "today"
                )
        })
}

/// Whether `words` are demonyms only, each of one word or more (`Malaysian`, `South
/// African`, `British` `French`).
fn demonyms_only(lx: &Lexicon, words: &[&str]) -> bool {
    let mut p = 0;
    while p < words.len() {
        match demonym_at(lx, words, p) {
            Some((_, n)) => p += n,
            None => return false,
        }
    }
    p > 0
}

/// Demonyms of a nation inside a state, whose government is not the state's (`the Scottish
/// government`, `the Welsh administration`), though the lexicon gives them the state.
const NATIONS_WITHIN: &[&str] = &["English", "Scottish", "Scots", "Welsh"];

/// Nouns for a nation's government (`the Malaysian government`, `the U.S. authorities`).
pub(crate) const GOVERNMENTS: &[&str] = &[
    "government",
    "authorities",
    "administration",
    "cabinet",
    "regime",
    "junta",
];

const MODIFIERS: &[&str] = &[
    "former",
    "top",
    "chief",
    "then",
    "current",
    "senior",
    "acting",
    "outgoing",
    "incoming",
    "longtime",
    "veteran",
    "interim",
    "then-",
    "presumptive",
    "likely",
    "eventual",
    "embattled",
    "retired",
];
const PARTICLES: &[&str] = &[
    "de", "von", "van", "bin", "der", "den", "da", "di", "du", "la", "le", "al", "ibn", "del",
    "dos", "das", "ben", "ter", "zu", "el", "st.",
];
/// Whether token `k` is an `and` joining two portfolios before a role (`Trade and Industry
/// Minister Jose Hugo Castelo Branco`): capitalised words before it with no given name, a
/// capitalised word after it that is no role, given name, honorific or demonym, then a role word
/// (not `Bush and Vice President Cheney`).
fn portfolio_and(lx: &Lexicon, text: &str, toks: &[Token], k: usize) -> bool {
    let word = |x: usize| {
        toks.get(x)
            .filter(|t| t.kind == Kind::Word && t.inside.is_none() && t.para == toks[k].para)
            .map(|t| tok(text, t))
    };
    if k == 0 || word(k) != Some("and") {
        return false;
    }
    // (No given name or honorific among the capitalised words before: `Chancellor Gordon Brown
    // and Transport Secretary Alistair Darling` are two people.)
    let mut b = k;
    while b > 0 && word(b - 1).is_some_and(|w| is_cap(w) && toks[b - 1].sent == toks[k].sent) {
        b -= 1;
    }
    let prev = b < k
        && (b..k).all(|x| {
            word(x).is_some_and(|w| {
                let l = low(w);
                !lx.first_names.contains_key(&l) && !lx.honorifics.contains_key(&l)
            })
        });
    // A capitalised word that is no given name or honorific.
    let plain_cap = |x: usize| {
        word(x).is_some_and(|w| {
            let l = low(w);
            is_cap(w) && !lx.first_names.contains_key(&l) && !lx.honorifics.contains_key(&l)
        })
    };
    let next = plain_cap(k + 1)
        && word(k + 1).is_some_and(|w| {
            // (Not a demonym: `IAAF chief Lamine Diack and Namibian athlete Frankie Fredericks`.)
            !lx.role_words.contains(&low(w)) && lx.country(w).is_none()
        });
    // (A role by itself, `Minister`, `boss`: not a word of one, `for`; after one more
    // capitalised word at most: `Economic and Fiscal Policy Minister Heizo Takenaka`.)
    let role = |x: usize| word(x).is_some_and(|w| lx.roles.contains_key(&low(w)));
    // (Written as a title then: not `Model Caprice and Holby City actor Jeremy Edwards`.)
    let title_role = |x: usize| role(x) && word(x).is_some_and(is_cap);
    prev && next && (role(k + 2) || (plain_cap(k + 2) && title_role(k + 3)))
}

/// Particles that may open a surname written alone (`von Schack told`, `de Gaulle said`, `bin
/// Laden`); not `al`, `el`, `la`, `le` (`al Qaeda`, `la Liga`).
const OPENING_PARTICLES: &[&str] = &[
    "von", "van", "de", "der", "den", "bin", "ibn", "du", "da", "di", "del", "dos", "das",
];

/// Whether token `i` is a lower-case particle opening a surname: one of
/// [`OPENING_PARTICLES`], not after a capitalised word, then a capitalised word in the same
/// sentence.
fn opening_particle(text: &str, toks: &[Token], i: usize) -> bool {
    let (Some(t), Some(n)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    // (Not inside a capitalised run: `Os du Randt` is read whole or not at all.)
    let after_cap = i > 0
        && toks[i - 1].kind == Kind::Word
        && toks[i - 1].sent == t.sent
        && is_cap(tok(text, &toks[i - 1]));
    OPENING_PARTICLES.contains(&tok(text, t))
        && !after_cap
        && n.kind == Kind::Word
        && n.inside.is_none()
        && n.sent == t.sent
        && is_cap(tok(text, n))
}

/// Whether `w` is a surname joined to its lower-case particle by a hyphen (`al-Nuaimi`,
/// `el-Sisi`, `ul-Haq`, `ash-Sharaa`): the particle, a hyphen, then a capital letter.
fn hyphen_particle(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        matches!(
            p,
            "al" | "el" | "ul" | "ad" | "ash" | "as" | "at" | "az" | "ar" | "bin" | "ben" | "abu"
        ) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "i", "we"];
/// The head a `the central bank` mention carries: it stands for the body the text names whose
/// name is a central bank's (`Bank of Spain`, `Bundesbank`, `Reserve Bank of India`), never for
/// whichever bank spoke last.
pub(crate) const CENTRAL_BANK: &str = "central bank";

/// Whether a body's name is a central bank's: `... Central Bank`, `Reserve Bank ...`, `Federal
/// Reserve`, `Bundesbank`, or `Bank of` a country or place (`Bank of Japan`, `Bank of England`).
pub(crate) fn is_central_bank(name: &str) -> bool {
    let l = name.to_lowercase();
    l.contains("central bank")
        || l.contains("reserve bank")
        || l.contains("federal reserve")
        || l.contains("bundesbank")
        || name
            .strip_prefix("Bank of ")
            .is_some_and(|place| LEXICON.country(place).is_some() || LEXICON.is_place(place))
}

/// Who speaks for a body (`a BBC spokesman`, `the Darlington Council spokeswoman`).
pub(crate) const SPOKESPEOPLE: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Words that are never inside a person's name (a headline in title case was read as one).
const INNER_NONNAMES: &[&str] = &[
    "why", "how", "what", "who", "she", "he", "they", "we", "you", "in", "on", "is", "are", "was",
    "and", "or", "the", "for", "with", "to", "at", "from", "by", "says", "said",
];

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is a brand written in camel case: one to four lower-case letters, then a
/// capital and a lower-case letter (`eBay`, `iTunes`, `easyJet`); not a name's particle
/// (`deRose`, `diCaprio`, `McDonald` is capitalised anyway).
fn is_camel_brand(w: &str) -> bool {
    let w = strip_possessive(w);
    let k = w.find(|c: char| !c.is_ascii_lowercase()).unwrap_or(w.len());
    let rest = &w[k..];
    let mut chars = rest.chars();
    (1..=4).contains(&k)
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && rest.chars().all(char::is_alphanumeric)
        && !matches!(
            &w[..k],
            "de" | "du" | "di" | "da" | "la" | "le" | "van" | "von" | "mc" | "mac"
        )
}

fn low(w: &str) -> String {
    lower(w.trim_end_matches('.'))
}

/// Lower case, with the cheap ASCII path for the common case.
pub fn lower(w: &str) -> String {
    if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    }
}

/// A token's text.
pub fn tok<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.start..t.end]
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

/// Whether the word at token `i` opens a role (`First Minister`, `roles.tsv`), so is no
/// common word read alone (`first`, `nonnames.txt`).
fn opens_role(lx: &Lexicon, text: &str, toks: &[Token], i: usize) -> bool {
    let words: Vec<String> = toks[i..]
        .iter()
        .take(4)
        .take_while(|x| x.kind == Kind::Word && x.inside.is_none() && x.para == toks[i].para)
        .map(|x| low(tok(text, x)))
        .collect();
    role_at(lx, &words, 0).is_some()
}

/// The role matching the longest run of words at `words[i..]`: (canonical, gender, length).
fn role_at(lx: &Lexicon, words: &[String], i: usize) -> Option<(String, Option<Gender>, usize)> {
    let max = lx.role_max_words.min(words.len() - i);
    for n in (1..=max).rev() {
        let key = words[i..i + n].join(" ");
        if let Some((c, g)) = lx.role(&key) {
            return Some((c.clone(), *g, n));
        }
    }
    None
}

/// The country of the longest demonym at `words[i..]` (words as written): (country, length).
fn demonym_at(lx: &Lexicon, words: &[&str], i: usize) -> Option<(String, usize)> {
    let max = lx.demonym_max_words.min(words.len() - i);
    for n in (1..=max).rev() {
        let mut key = words[i..i + n].join(" ");
        if n > 1 {
            key = strip_possessive(&key).to_string();
        }
        if let Some(c) = lx.country(&key) {
            return Some((c.clone(), n));
        }
    }
    None
}

/// Parse the mention starting at token `i` (tokens inside quotes are never mentions).
pub fn mention_at(text: &str, toks: &[Token], i: usize) -> Option<Mention> {
    let none = HashSet::default();
    mention_in(text, toks, i, &none, &none, &none, &none)
}

/// Two capitalised words opened by a word that opens no person's name, written before a
/// third capitalised word somewhere in the text (`First City` of `First City Bancorporation`):
/// the short forms a firm may go by. One pass over the tokens.
fn firm_pairs(lx: &Lexicon, text: &str, toks: &[Token]) -> HashSet<String> {
    let word = |k: usize| word_outside(text, toks, k);
    let mut out = HashSet::default();
    for i in 0..toks.len().saturating_sub(2) {
        let (Some(a), Some(b), Some(c)) = (word(i), word(i + 1), word(i + 2)) else {
            continue;
        };
        if is_cap(a)
            && is_cap(b)
            && is_cap(c)
            && toks[i].para == toks[i + 2].para
            && lx.thing_openers.contains(&low(a))
        {
            out.insert(format!("{a} {b}"));
        }
    }
    out
}

/// Whether `w` is a reporting verb in a form no noun takes: a past in `-ed`, `said`, `told`
/// or `says` (not `demands`, `call`, `report`: `Labour's demands comes`, `PSI's report was
/// qualified`; nor `posted`, a firm's results: `Chi-Chi's posted a loss`).
fn past_or_says(lx: &Lexicon, w: &str) -> bool {
    lx.verbs.contains(w)
        && ((w.ends_with("ed") && w != "posted") || matches!(w, "said" | "told" | "says"))
}

/// The capitalised words a text writes only with a possessive `'s` and never bare (`Moody's`,
/// `Lowe's`; not `Blair`, written `Blair's` and `Blair`): the names of firms named for
/// someone, or a contraction's (`Blair's said` is `Blair has said`). One pass over the tokens.
fn possessive_names(text: &str, toks: &[Token]) -> HashSet<String> {
    let mut stems = HashSet::default();
    let mut bare = HashSet::default();
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let w = tok(text, t);
        if !is_cap(w) {
            continue;
        }
        if is_possessive(w) {
            stems.insert(strip_possessive(w).to_string());
        } else {
            bare.insert(w);
        }
    }
    stems.retain(|s: &String| !bare.contains(s.as_str()));
    stems
}

/// The capitalised words a text writes right before a lower-case word but `and`, `of`, `for`
/// or `&`, or before a period or comma (`Edelman said`, `an associate of Edelman.`): words that
/// may end a name there. One pass over the tokens.
fn words_ending_alone(text: &str, toks: &[Token]) -> HashSet<String> {
    let mut out = HashSet::default();
    for (t, n) in toks.iter().zip(toks.iter().skip(1)) {
        let w = tok(text, t);
        if t.kind != Kind::Word || !is_cap(w) || out.contains(w) {
            continue;
        }
        let next = tok(text, n);
        let ends = match n.kind {
            Kind::Word => !is_cap(next) && !matches!(next, "and" | "of" | "for" | "&"),
            _ => matches!(next, "." | ","),
        };
        if ends {
            out.insert(w.to_string());
        }
    }
    out
}

/// The words of a text that are written in lower case somewhere (`although`, `see`): such a
/// word opening a sentence is not a first name.
pub fn lowercase_words(text: &str, toks: &[Token]) -> HashSet<String> {
    let mut set = HashSet::default();
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let w = tok(text, t);
        if w.chars().next().is_some_and(char::is_lowercase) && !set.contains(w) {
            set.insert(w.to_string());
        }
    }
    set
}

/// Whether a capitalised word is a title or an organisation rather than part of a person's
/// name: a role word, an honorific, an organisation head, a country, an acronym, or a word the
/// text also writes in lower case (`Billionaire`, `Comedian`, `Founder`); never an initial.
fn title_like(lx: &Lexicon, w: &str, lowered: &HashSet<String>) -> bool {
    let lw = low(w);
    // (An initial is a name's: `A. Malachi Mixon` in a text that writes `a`.)
    let initial = w.len() == 2 && w.ends_with('.');
    !lx.first_names.contains_key(&lw)
        && !initial
        && (lx.role_words.contains(&lw)
            || lx.honorifics.contains_key(&lw)
            || lx.org_heads.contains(&lw)
            || lx.country(w).is_some()
            || lowered.contains(&lw)
            || (w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())))
}

/// A word placing a person or body (`Texas-based`, `Los Angeles-area`, `Korean-born`), in lower
/// case: no part of the name after it.
fn placed_word(l: &str) -> bool {
    l.ends_with("-based") || l.ends_with("-area") || l.ends_with("-born")
}

/// The most tokens [`mention_in`] reads from where it starts.
const MAX_RUN: usize = 40;

fn mention_in(
    text: &str,
    toks: &[Token],
    i: usize,
    lowered: &HashSet<String>,
    firm_pairs: &HashSet<String>,
    possessive_only: &HashSet<String>,
    ends_alone: &HashSet<String>,
) -> Option<Mention> {
    let lx = &*LEXICON;
    let t = toks.get(i)?;
    if t.kind != Kind::Word || t.inside.is_some() {
        return None;
    }
    let w0 = tok(text, t);
    // Fast path for most words: one that is not capitalised opens a mention
    // only as a pronoun, a determiner, a role word, a modifier or
    // `counterpart…` (the rules below, without their allocations).
    if w0.is_ascii() && !w0.bytes().any(|b| b.is_ascii_uppercase()) {
        let lw = w0.trim_end_matches('.');
        let opens = PRONOUNS.contains(&w0)
            || matches!(
                w0,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "him"
            )
            || lx.role_words.contains(lw)
            || MODIFIERS.contains(&lw)
            || lw.starts_with("counterpart")
            || opening_particle(text, toks, i)
            || hyphen_particle(w0);
        if !opens {
            return None;
        }
    }
    if crate::extract::text::is_state_or_party(w0) {
        return None;
    }
    // A place of more than one word before `-born`, `-based` or `-area` and a name (`New
    // York-born Monte Haines`, `South Korean-born X`): the name is read from the place's last
    // word on (see the title chain), the mention spanning the whole place.
    let cap_word = |k: usize| {
        toks.get(k).filter(|x| {
            x.kind == Kind::Word && x.inside.is_none() && x.para == t.para && is_cap(tok(text, x))
        })
    };
    if is_cap(w0) {
        let placed = (i + 1..i + 3).find(|&k| {
            (i + 1..k).all(|b| cap_word(b).is_some())
                && cap_word(k).is_some_and(|x| placed_word(&low(tok(text, x))))
                && cap_word(k + 1).is_some()
        });
        if let Some(k) = placed {
            let mut m = mention_in(
                text,
                toks,
                k,
                lowered,
                firm_pairs,
                possessive_only,
                ends_alone,
            )?;
            m.t0 = i;
            m.start = t.start;
            return Some(m);
        }
    }
    // A body's name a run of capitalised words would break (`Reporters Without Borders`,
    // `Save the Children`): the longest one written here.
    if let Some(names) = lx.org_phrases.get(w0) {
        let fits = |words: &Vec<String>| {
            words.iter().enumerate().all(|(n, w)| {
                toks.get(i + n).is_some_and(|x| {
                    x.kind == Kind::Word
                        && x.inside.is_none()
                        && x.para == t.para
                        && tok(text, x) == w.as_str()
                })
            })
        };
        if let Some(words) = names.iter().filter(|w| fits(w)).max_by_key(|w| w.len()) {
            let name = words.join(" ");
            return Some(spanning(
                toks,
                i,
                i + words.len(),
                MentionKind::Org { name },
            ));
        }
    }
    // `of Greenwich, Conn said`: a state's abbreviation after a place and its comma, its
    // period left out.
    // (Not a given name before a surname: `At Wimbledon, Del Potro said`.)
    if lx.us_states.contains(w0)
        && i >= 2
        && tok(text, &toks[i - 1]) == ","
        && toks[i - 2].kind == Kind::Word
        && is_cap(tok(text, &toks[i - 2]))
        && toks
            .get(i + 1)
            .is_none_or(|n| n.kind != Kind::Word || !is_cap(tok(text, n)))
    {
        return None;
    }
    // A US state of two words (`North Carolina`, `New Hampshire`, `New York City`): a place,
    // taken whole so that its second word is not read as a name (not before more capitalised
    // words: `New York Times`, `New Jersey Gov. X` are read whole below).
    if let Some(n) = toks.get(i + 1).filter(|n| {
        n.kind == Kind::Word && n.inside.is_none() && n.para == t.para && is_cap(tok(text, n))
    }) {
        let pair = format!("{w0} {}", strip_possessive(tok(text, n)));
        if lx.us_state_names.contains(pair.as_str()) {
            let city = toks
                .get(i + 2)
                .is_some_and(|c| c.para == t.para && tok(text, c) == "City");
            let t1 = i + 2 + usize::from(city);
            let more = toks
                .get(t1)
                .is_some_and(|x| x.kind == Kind::Word && x.para == t.para && is_cap(tok(text, x)));
            if !more {
                let mut m = spanning(toks, i, t1, MentionKind::Org { name: pair });
                m.country = Some("United States".to_string());
                m.possessive = is_possessive(tok(text, &toks[t1 - 1]));
                return Some(m);
            }
        }
    }
    let l0 = lower(w0);
    if PRONOUNS.contains(&l0.as_str()) {
        return Some(simple(i, t, MentionKind::Pronoun(l0)));
    }
    // `According to him, ...`: the object form names the source as `he` would.
    if matches!(l0.as_str(), "him" | "her") && i >= 2 {
        let after_according = tok(text, &toks[i - 1]) == "to"
            && low(tok(text, &toks[i - 2])) == "according"
            && toks.get(i + 1).is_none_or(|n| n.kind != Kind::Word);
        // `the agency quoted him as saying`, `cited her as saying`: the one quoted.
        let quoted_as = {
            let before = low(tok(text, &toks[i - 1]));
            (before.starts_with("quot") || before.starts_with("cit"))
                && toks.get(i + 1).is_some_and(|n| tok(text, n) == "as")
                && toks
                    .get(i + 2)
                    .is_some_and(|n| matches!(tok(text, n), "saying" | "telling"))
        };
        if after_according || quoted_as {
            let p = if l0 == "him" { "he" } else { "she" };
            return Some(simple(i, t, MentionKind::Pronoun(p.to_string())));
        }
    }
    // (A mention is read from at most `MAX_RUN` words: a run of capitalised words without
    // end, read again from each of its words, would cost its length squared.)
    let same = |k: usize| {
        toks.get(k).filter(|x| {
            k < i + MAX_RUN && x.kind == Kind::Word && x.inside.is_none() && x.para == t.para
        })
    };
    // A firm's legal form at token `x` (`Co`, `Inc`, `Co's`), and the last of those right after
    // one at `e` (`Co Ltd`), up to a possessive.
    let form = |x: usize| same(x).is_some_and(|t| lx.is_legal_form(strip_possessive(tok(text, t))));
    let through_forms = |mut e: usize| {
        while !is_possessive(tok(text, &toks[e])) && form(e + 1) {
            e += 1;
        }
        e
    };
    // A brand written in camel case (`eBay's David Stern`, `iTunes`, `easyJet`) is a body's
    // name.
    if is_camel_brand(w0) {
        let mut m = simple(
            i,
            t,
            MentionKind::Org {
                name: strip_possessive(w0).to_string(),
            },
        );
        m.possessive = is_possessive(w0);
        return Some(m);
    }
    // A web address (`Amazon.com`, `Halo.Bungie.Org`) is a body's name.
    let site = strip_possessive(w0);
    if site.contains('.') && crate::extract::text::domain_len(site) == Some(site.len()) {
        let mut m = simple(
            i,
            t,
            MentionKind::Org {
                name: site.to_string(),
            },
        );
        m.possessive = site.len() < w0.len();
        return Some(m);
    }
    // A ticker in angle brackets (`Cable and Wireless Plc <CAWL.L>`) names no one (not a name
    // so bracketed: `<National Bank of Canada>`).
    if in_ticker(text, t.start) {
        return None;
    }
    // `Cable and Wireless Plc`, `Procter & Gamble Co`: one capitalised word that is no given
    // name, `and`/`&`, and capitalised words ending in a firm's suffix (or `Co`) are one
    // firm's name.
    // (Not `Asher Edelman and Dominion Textile Ltd`, a person and a firm, nor `J.P. Morgan and
    // Co`, which is read as a name a firm bears.)
    let and = i + 1;
    if is_cap(w0)
        && !lx.first_names.contains_key(&l0)
        && lx.country(w0).is_none()
        // (Nor the end of a list of names: `Goldman, Sachs and Co`.)
        && (i == 0
            || !(is_cap(tok(text, &toks[i - 1])) || tok(text, &toks[i - 1]) == ","))
        && same(and).is_some_and(|x| matches!(tok(text, x), "and" | "&"))
    {
        let and_co = same(and + 1).is_some_and(|x| matches!(tok(text, x), "Co" | "Company"));
        // (The first suffix among at most four words after `and`, the words before it
        // capitalised.)
        let suffix = (and + 2..and + 6)
            .take_while(|&e| same(e - 1).is_some())
            .find(|&e| {
                (and_co && e == and + 2)
                    || (e > and + 2 && lx.firm_suffixes.contains(tok(text, &toks[e - 1])))
            })
            .filter(|&e| (and + 1..e - 1).all(|x| is_cap(tok(text, &toks[x]))))
            .map(|e| {
                // (`and Co Inc`: the legal form after `Co` too.)
                if same(e).is_some_and(|x| lx.legal_forms.contains(tok(text, x))) {
                    e + 1
                } else {
                    e
                }
            });
        if let Some(e) = suffix {
            return Some(org_span(text, toks, i, e));
        }
        // (Or a possessive right after `and`: `Ernst and Young's Sanjay Mehta`.)
        if same(and + 1).is_some_and(|x| {
            let w = tok(text, x);
            is_cap(w)
                && is_possessive(w)
                && !lx.is_given_name(&low(strip_possessive(w)))
                && lx.country(strip_possessive(w)).is_none()
        }) {
            let mut m = org_span(text, toks, i, and + 2);
            m.possessive = true;
            // (`Standard and Poor's said`: a name written only so, before a reporting verb, is
            // the firm's whole name.)
            let own = strip_possessive(tok(text, &toks[and + 1]));
            if possessive_only.contains(own)
                && same(and + 2).is_some_and(|x| past_or_says(lx, tok(text, x)))
            {
                m.possessive = false;
                m.kind = MentionKind::Org {
                    name: format!(
                        "{w0} {} {}",
                        tok(text, &toks[and]),
                        tok(text, &toks[and + 1])
                    )
                    .replace('’', "'"),
                };
            }
            return Some(m);
        }
    }
    // `American Telephone and Telegraph Co`, `Goodyear Tire and Rubber Co`, `the Pacific Gas
    // and Electric Co`: two or three capitalised words, `and`, one more and a legal form are
    // one firm's name (no person's name has `and`); so are one to three words, `and`, one or
    // two more and a body's head word (`the Securities and Exchange Commission`). None of them
    // a given name, a role or an honorific (not `Chairman John Smith and Acme Corp`); the first
    // after `the` if any.
    {
        let s0 = usize::from(l0 == "the") + i;
        let plain = |x: usize, inner: bool| {
            same(x).is_some_and(|t| {
                let w = tok(text, t);
                let l = low(w);
                is_cap(w)
                    && !is_possessive(w)
                    && !lx.first_names.contains_key(&l)
                    && !lx.roles.contains_key(&l)
                    && !lx.honorifics.contains_key(&l)
                    && !lx.legal_forms.contains(w)
                    && !lx.nonnames.contains(l.as_str())
                    && (inner || lx.country(w).is_none())
            })
        };
        let after_name =
            i > 0 && (is_cap(tok(text, &toks[i - 1])) || tok(text, &toks[i - 1]) == ",");
        // (The word before `and` is no country's name (one may stand before another word:
        // `Great American Savings`) and never ends a name elsewhere in the text: not `Asher
        // Edelman and Dominion Textile Ltd`, written `Edelman said`; one word alone is a common
        // word the text writes in lower case too: `the Securities and Exchange Commission`.)
        let and = (s0 + 1..s0 + 4)
            .take_while(|&k| plain(k - 1, true))
            .find(|&k| k > s0 && same(k).is_some_and(|x| matches!(tok(text, x), "and" | "&")))
            .filter(|&k| {
                let w = tok(text, &toks[k - 1]);
                let l = low(w);
                lx.country(w).is_none()
                    && if k == s0 + 1 {
                        // (Or after `the`, a word in lower case too: `the Finance and Economy
                        // Ministry`, `the Securities and Exchange Commission` in a text that
                        // never writes `securities`; not an acronym, `the IMF and World Bank`,
                        // nor a body's own head word, `the Club and Bloc Party`.)
                        lowered.contains(&l)
                            || (l0 == "the"
                                && w.chars().skip(1).any(char::is_lowercase)
                                && (!lx.org_heads.contains(&l) || l.ends_with('s')))
                    } else {
                        !ends_alone.contains(w)
                    }
            });
        // (A body's head word ending one or two plain words after `and`: `the Food and Drug
        // Administration`, `the United Food and Commercial Workers Union`; not after a body's
        // name before `and`: `the Club and Bloc Party`.)
        let head = |x: usize| {
            same(x).is_some_and(|t| {
                let w = tok(text, t);
                is_cap(w) && lx.org_of_heads.contains(&low(strip_possessive(w)))
            })
        };
        if let Some(and) = and.filter(|_| !after_name) {
            // (A legal form after one plain word, and any legal form right after it:
            // `Sumitomo Trust and Banking Co Ltd`; not `Asher Edelman and Dominion Textile
            // Ltd`, a person and a firm, nor after a firm's word before `and`: `Mitsubishi
            // Heavy Industries and Mitsubishi Corp`.)
            let e = Some(and + 2).filter(|&e| {
                and > s0 + 1
                    && !lx.firm_suffixes.contains(tok(text, &toks[and - 1]))
                    && plain(and + 1, true)
                    && form(e)
            });
            let headed = [and + 2, and + 3]
                .into_iter()
                .find(|&h| (and + 1..h).all(|x| plain(x, true)) && head(h))
                .filter(|_| !head(and - 1));
            if let Some(h) = headed.filter(|_| e.is_none()) {
                return Some(org_through(text, toks, i, s0, h));
            }
            if let Some(e) = e {
                return Some(org_through(text, toks, i, s0, through_forms(e)));
            }
        }
    }
    // `Morgan Grenfell and Co Ltd`, `J.P. Morgan & Co`: two or three capitalised words right
    // before `and Co`/`& Co` are a firm's name, though they read as a person's (no person is
    // `and Co`); not from a role's word or an honorific (`Chairman John Smith and Co`).
    if is_cap(w0)
        && !lx.role_words.contains(&l0)
        && !lx.honorifics.contains_key(&l0)
        // (Nor the end of a list of names: `Smith Barney, Harris Upham and Co`.)
        && (i == 0 || !is_cap(tok(text, &toks[i - 1])))
        && (i < 2 || tok(text, &toks[i - 1]) != "," || !is_cap(tok(text, &toks[i - 2])))
    {
        let and = (i + 2..i + 4)
            .take_while(|&k| {
                same(k - 1).is_some_and(|x| {
                    let w = tok(text, x);
                    is_cap(w) && !is_possessive(w)
                })
            })
            .find(|&k| {
                // (`&` is no word token.)
                toks.get(k).is_some_and(|x| {
                    x.para == t.para && x.inside.is_none() && matches!(tok(text, x), "and" | "&")
                })
            });
        if let Some(and) =
            and.filter(|&k| same(k + 1).is_some_and(|x| matches!(tok(text, x), "Co" | "Company")))
        {
            let e = if same(and + 2).is_some_and(|x| lx.legal_forms.contains(tok(text, x))) {
                and + 3
            } else {
                and + 2
            };
            return Some(org_span(text, toks, i, e));
        }
    }
    // `Marks & Spencer`, `the Transport & General Worker's Union`: capitalised words joined by
    // `&` are one body's name (no person's name has `&`): after `&`, one word, then more
    // capitalised words but a role's, an honorific or a given name (`Procter & Gamble Chief
    // Executive ...`), through a possessive only into a body's head word (`Worker's Union`).
    let s0 = if l0 == "the" { i + 1 } else { i };
    // (Not from a role's word: `Chairman & Chief Executive John Smith`.)
    if same(s0).is_some_and(|x| {
        let w = tok(text, x);
        is_cap(w) && !is_possessive(w) && !ends_amp_name(lx, &low(w))
    }) && toks
        .get(s0 + 1)
        .is_some_and(|x| x.para == t.para && x.inside.is_none() && tok(text, x) == "&")
        && same(s0 + 2).is_some_and(|x| is_cap(tok(text, x)))
        && (s0 == 0 || !is_cap(tok(text, &toks[s0 - 1])) || s0 == i + 1)
    {
        let mut e = s0 + 3;
        while let Some(x) = same(e) {
            let w = tok(text, x);
            let l = low(strip_possessive(w));
            let after_possessive = is_possessive(tok(text, &toks[e - 1]));
            if !is_cap(w)
                || ends_amp_name(lx, &l)
                || (after_possessive && !lx.org_heads.contains(&l))
            {
                break;
            }
            e += 1;
        }
        let mut m = org_span(text, toks, s0, e);
        m.start = t.start;
        m.t0 = i;
        m.possessive = is_possessive(tok(text, &toks[e - 1]));
        return Some(m);
    }
    // Determiner.
    let mut j = i;
    let mut definite = None;
    if matches!(
        l0.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its"
    ) {
        definite = Some(l0 != "a" && l0 != "an");
        j += 1;
    } else if lx.nonnames.contains(l0.as_str())
        && !lx.honorifics.contains_key(&low(w0))
        && !opens_role(lx, text, toks, i)
        && !modal_first_name(text, toks, i)
        && !month_surname(lx, text, toks, i)
        // `US President Joe Biden` (not `us`); `South Korea said` (a country's name of two
        // words, not `Korea`; `South Korea's Hyundai Motor` and `North Korean Central News
        // Agency` are still read whole below).
        && lx.country(w0).is_none()
        && toks.get(i + 1).is_none_or(|n| {
            let w1 = tok(text, n);
            n.kind != Kind::Word
                || is_possessive(w1)
                || lx
                    .country(&format!("{w0} {w1}"))
                    .is_none_or(|c| *c != format!("{w0} {w1}"))
        })
    {
        // `NBC's Saturday Night Live`: a capitalised phrase of three words or more opened
        // by such a word, with no given name in it, is a named thing; taken whole, so that
        // no name is read from its tail.
        if is_cap(w0) && lx.thing_openers.contains(&l0) {
            let mut e = i + 1;
            while toks.get(e).is_some_and(|x| {
                x.kind == Kind::Word && x.inside.is_none() && x.para == t.para && {
                    let w = tok(text, x);
                    let l = low(w);
                    is_cap(w)
                        && !lx.first_names.contains_key(&l)
                        && !lx.role_words.contains(&l)
                        && !lx.honorifics.contains_key(&l)
                        // (Not through a possessive after `First`: `First Chicago's Johnson`.)
                        && (l0 != "first" || !is_possessive(w))
                }
            }) {
                e += 1;
            }
            // (Not when a title or a given name follows: `New Metropolitan Police
            // Commissioner Sir Ian Blair` is a name after a title.)
            let whole = toks
                .get(e)
                .is_none_or(|x| x.kind != Kind::Word || x.para != t.para || !is_cap(tok(text, x)));
            // (Two words are a firm named short when the text also writes them before more
            // of a name: `First City said` after `First City Bancorporation of Texas`; not a
            // nation's word, `West German prosecutors`, nor a given name, `June Carter` after
            // `The June Carter Cash tribute album`.)
            let short_firm = e == i + 2
                && whole
                && !lx.is_given_name(&l0)
                && lx.country(tok(text, &toks[i + 1])).is_none()
                && firm_pairs.contains(&text[t.start..toks[e - 1].end]);
            if (e >= i + 3 && whole) || short_firm {
                return Some(org_span(text, toks, i, e));
            }
        }
        return None;
    } else if lx.inverted_verbs.contains(l0.as_str())
        && (l0.ends_with("ed") || matches!(l0.as_str(), "said" | "says" | "wrote" | "writes"))
        && !lx.first_names.contains_key(&l0)
    {
        // `Continued Stone:`, `Added Smith:`: a reporting verb opens no name.
        return None;
    }
    // A capitalised word opening a sentence that the text also writes in lower case (`Does
    // Rubio`, `Although Klein`, `See Sexton`) is not a first name, unless it is a known one.
    let opens_sentence = i == 0
        || toks[i - 1].sent != t.sent
        || toks[i - 1].kind == Kind::Open
        || matches!(tok(text, &toks[i - 1]), "(" | "[" | "—" | "–");
    // (Not a surname's particle opening the sentence: `De Villiers also warned` after `Henri
    // de Villiers`.)
    // (Only a name the text also writes with the particle in lower case: not `Der Spiegel`.)
    let particle_name = OPENING_PARTICLES.contains(&l0.as_str())
        && same(i + 1).is_some_and(|n| {
            let next = tok(text, n);
            is_cap(next) && text.contains(&format!("{l0} {}", strip_possessive(next)))
        });
    // (Not an honorific: `Lord Nicholls said` in a text that writes `a senior law lord`.)
    let common_opener = j == i
        && opens_sentence
        && lowered.contains(&l0)
        && !lx.first_names.contains_key(&l0)
        && !lx.honorifics.contains_key(&l0)
        && !particle_name;
    // An adverb opening a sentence before a comma (`Ironically, ...`, `Lately, ...`) is no
    // name.
    if j == i
        && opens_sentence
        && !lx.first_names.contains_key(&l0)
        && toks.get(i + 1).is_some_and(|n| tok(text, n) == ",")
        && [
            "ally", "ously", "ently", "antly", "ingly", "edly", "ably", "ibly", "fully", "lessly",
            "ately", "ively", "ularly", "lately",
        ]
        .iter()
        .any(|s| l0 == *s || (l0.len() > s.len() + 1 && l0.ends_with(s)))
    {
        return None;
    }
    // A participle opening a sentence before a preposition or a determiner (`Repeating from
    // his speech, Biden ...`, `Citing the report, ...`) is no name.
    if j == i
        && opens_sentence
        && l0.len() > 5
        && l0.ends_with("ing")
        && !lx.first_names.contains_key(&l0)
        && same(i + 1).is_some_and(|n| {
            matches!(
                tok(text, n),
                "from"
                    | "to"
                    | "in"
                    | "at"
                    | "on"
                    | "about"
                    | "with"
                    | "for"
                    | "after"
                    | "before"
                    | "during"
                    | "through"
                    | "over"
                    | "into"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "that"
                    | "this"
                    | "these"
                    | "those"
                    | "up"
                    | "out"
                    | "back"
                    | "off"
                    | "down"
            )
        })
    {
        return None;
    }
    // `the group's president said`, `the company's chairman`: a body's head word in the
    // possessive right after `the`, then a role word.
    let body_role = |k: usize| {
        k == j
            && definite == Some(true)
            && same(k).is_some_and(|x| {
                let w = tok(text, x);
                let base = low(strip_possessive(w));
                !is_cap(w)
                    && is_possessive(w)
                    && (lx.org_heads.contains(&base) || lx.org_generic.contains(&base))
            })
            && same(k + 1).is_some_and(|n| lx.role_words.contains(&low(tok(text, n))))
    };
    // Collect the run.
    let mut k = j;
    let mut possessive = false;
    let mut seen_cap = false;
    // After `the`, capitalised words that are no given name may qualify a role that follows
    // (`the Florida senator`, `the New Jersey governor`, `the Republican presidential nominee`).
    let mut seen_first_name = false;
    while let Some(x) = same(k) {
        let w = tok(text, x);
        let lw = low(w);
        let cap = is_cap(w);
        let qualifier_ok = !seen_cap || (definite == Some(true) && !seen_first_name);
        let ok = if cap
            // (`Fadhil al-Chalabi`, `al-Chalabi said`.)
            || hyphen_particle(w)
            || (qualifier_ok
                && (lx.role_words.contains(&lw)
                    || MODIFIERS.contains(&lw.as_str())
                    || lw.starts_with("counterpart"))
                && !matches!(lw.as_str(), "of" | "the" | "for" | "and" | "a"))
        {
            true
        } else if k > j && portfolio_and(lx, text, toks, k) {
            // `Trade and Industry Minister Jose Hugo Castelo Branco`: two portfolios, one post
            // (not `Bush and Vice President Cheney`).
            true
        } else if lw == "to" && k > j {
            // `Russian Ambassador to Havana Viktor Koronelli`: a post held in a place.
            let prev = low(tok(text, &toks[k - 1]));
            lx.posts_to.contains(&prev) && same(k + 1).is_some_and(|n| is_cap(tok(text, n)))
        } else if matches!(lw.as_str(), "of" | "for") && k > j {
            // `Minister of Foreign Affairs`, `Secretary of State John Kerry`
            let prev = low(tok(text, &toks[k - 1]));
            // (`Chancellor of the Exchequer Nigel Lawson`: a role written with `of the`.)
            let of_the = same(k + 1).is_some_and(|n| tok(text, n) == "the")
                && same(k + 2).is_some_and(|n| {
                    let w = tok(text, n);
                    is_cap(w) && lx.role(&format!("{prev} {lw} the {}", low(w))).is_some()
                });
            if of_the {
                k += 2;
                continue;
            }
            if lx.role_words.contains(&prev) && same(k + 1).is_some_and(|n| is_cap(tok(text, n))) {
                true
            } else if let Some(n) = role_through(lx, text, toks, k - 1, t.para) {
                // `former secretary of state Hillary Clinton`, `the minister for foreign
                // affairs`: a role written in lower case with its `of`/`for` is taken whole.
                k = k - 1 + n;
                continue;
            } else if definite.is_some()
                && same(k + 1).is_some_and(|n| {
                    let key = format!("{prev} {lw} {}", low(tok(text, n)));
                    lx.descriptions.contains_key(&key)
                })
            {
                // `the head of state`: a description of three words ends the run.
                k += 2;
                break;
            } else {
                false
            }
        } else if PARTICLES.contains(&lw.as_str())
            && (seen_cap
                // (`Mr de Vabres`, `Mr De Vido`: a particle right after an honorific.)
                || (k > j && lx.honorifics.contains_key(&low(tok(text, &toks[k - 1]))))
                // (`von Schack told`: a surname opening with its particle.)
                || (k == i && opening_particle(text, toks, i)))
        {
            same(k + 1).is_some_and(|n| {
                is_cap(tok(text, n)) || PARTICLES.contains(&low(tok(text, n)).as_str())
            })
        } else if definite == Some(true) && !seen_first_name && desc_ahead(lx, text, toks, k) {
            // `the gambling tycoon`, `the billionaire business mogul`, `the 46-year-old`.
            true
        } else if definite.is_some() && k == j {
            lx.descriptions.contains_key(&lw)
                || lx.org_heads.contains(&lw)
                || lx.org_generic.contains(&lw)
                || body_role(k)
                // (`the central bank`, read whole below.)
                || (definite == Some(true)
                    && w == "central"
                    && same(k + 1).is_some_and(|n| tok(text, n) == "bank"))
        } else {
            (lx.descriptions.contains_key(&lw) && definite.is_some())
                || (definite == Some(true)
                    && k == j + 1
                    && lw == "bank"
                    && tok(text, &toks[j]) == "central")
                // (`the Russian diplomats`: a plural generic noun after demonyms only; not
                // `the French statement`, some government's.)
                || (definite == Some(true)
                    && lx.org_generic.contains(&lw)
                    && lw.ends_with('s')
                    && toks[j..k]
                        .iter()
                        .all(|x| lx.country(tok(text, x)).is_some()))
                // (`the Malaysian government`: a nation's government after demonyms only.)
                || (definite == Some(true)
                    && k > j
                    && GOVERNMENTS.contains(&strip_possessive(&lw))
                    // (`the South African government`: a demonym of two words too.)
                    && demonyms_only(
                        lx,
                        &toks[j..k].iter().map(|x| tok(text, x)).collect::<Vec<_>>(),
                    ))
        };
        if !ok {
            break;
        }
        if cap
            && lx.country(w).is_none()
            && !lx.regions.contains(w)
            && !lx.role_words.contains(&lw)
            && !lx.honorifics.contains_key(&lw)
        {
            seen_cap = true;
            seen_first_name |= lx.first_names.contains_key(&lw);
        }
        k += 1;
        if is_possessive(w) {
            // A country's possessive stays in a title chain (`Germany's foreign minister`);
            // so does a body's head word (`the group's president`).
            if (lx.country(w).is_some() && !seen_cap_name(lx, text, toks, j, k)) || body_role(k - 1)
            {
                continue;
            }
            // A known body's name with a possessive inside (`People's Daily`, `Lloyd's
            // Register`).
            if let Some(n) = same(k) {
                let name = format!(
                    "{} {}",
                    toks[j..k]
                        .iter()
                        .map(|x| tok(text, x))
                        .collect::<Vec<_>>()
                        .join(" "),
                    strip_possessive(tok(text, n))
                );
                // (Or a body's head word after a word that names no one: `People's Bank of
                // China`, `Women's Institute`.)
                let head = low(strip_possessive(tok(text, n)));
                // (A common word the text also writes in lower case: `People's`, `Women's`;
                // not `Clinton's Campaign`, `Putin's Party`.)
                // (Or an acronym's: `the FDA's Office of Drug Safety`.)
                let first = strip_possessive(w);
                let acronym =
                    first.chars().count() >= 2 && first.chars().all(|c| c.is_ascii_uppercase());
                let plain = k == j + 1 && (lowered.contains(&low(first)) || acronym);
                if lx.org_names.contains(name.replace('’', "'").as_str())
                    || (plain
                        && is_cap(tok(text, n))
                        && (lx.org_heads.contains(&head) || lx.org_of_heads.contains(&head)))
                {
                    continue;
                }
            }
            // `Moody's said`, `Lowe's Cos Inc said`: one word the text never writes without
            // its `'s`, right before a reporting verb, or before capitalised words ending in a
            // firm's legal form, is a firm's name (not `Moody's analysts`, nor `Blair's said`
            // in a text that writes `Blair`, nor a country's or a given name's possessive).
            let stem = strip_possessive(w);
            if k == j + 1
                && definite.is_none()
                && possessive_only.contains(stem)
                && lx.country(stem).is_none()
                && !lx.is_given_name(&low(stem))
                && !lx.nonnames.contains(low(stem).as_str())
                && !lx.legal_forms.contains(stem)
                && !lx.firm_suffixes.contains(stem)
            {
                let name = w.replace('’', "'");
                if same(k).is_some_and(|n| past_or_says(lx, tok(text, n))) {
                    return Some(spanning(toks, j, k, MentionKind::Org { name }));
                }
                // (At most four capitalised words after it, the last a legal form: `Lowe's
                // Cos Inc`.)
                let first = (k..k + 4)
                    .take_while(|&e| same(e).is_some_and(|x| is_cap(tok(text, x))))
                    .find(|&e| form(e));
                if let Some(e) = first.map(through_forms) {
                    let name = joined_name(text, toks, j, e + 1).replace('’', "'");
                    let mut m = spanning(toks, j, e + 1, MentionKind::Org { name });
                    m.possessive = is_possessive(tok(text, &toks[e]));
                    return Some(m);
                }
            }
            // `Christie's been making the case`: `'s` for `has`/`is`, not a possessive.
            let contraction = (w.ends_with("'s") || w.ends_with("’s"))
                && same(k).is_some_and(|n| {
                    matches!(
                        tok(text, n),
                        "been"
                            | "got"
                            | "gotten"
                            | "going"
                            | "not"
                            | "never"
                            | "already"
                            | "also"
                            | "just"
                            | "still"
                            | "now"
                            | "a"
                            | "an"
                            | "the"
                    )
                });
            possessive = !contraction;
            break;
        }
    }
    // `then` ending the run qualifies nothing: `The mayor then says` (not a possessive's run).
    if !possessive && k > j + 1 && tok(text, &toks[k - 1]) == "then" {
        k -= 1;
    }
    if k == j {
        return None;
    }
    let run: Vec<&str> = toks[j..k].iter().map(|x| tok(text, x)).collect();
    let lows: Vec<String> = run.iter().map(|w| low(w)).collect();
    // `Mr German said`, `Mrs English`: after an honorific, a nationality's word is a surname.
    if run.len() == 2 && lx.country(run[1]).is_some() && !is_possessive(run[1]) {
        if let Some(&g) = lx.honorifics.get(&lows[0]) {
            let mut m = spanning(
                toks,
                i,
                k,
                MentionKind::Person {
                    name: run[1].to_string(),
                    words: 1,
                },
            );
            m.gender = g;
            return Some(m);
        }
    }
    let start_byte = t.start;
    let mk = |t1: usize, kind: MentionKind| Mention {
        start: start_byte,
        end: toks[t1 - 1].end,
        t0: i,
        t1,
        kind,
        roles: Vec::new(),
        accepts: Vec::new(),
        country: None,
        gender: None,
        counterpart: false,
        possessive: false,
        appositive_end: None,
        person: false,
    };
    // `the Kiel institute said`, `The Hunt group said`: one capitalised word (no given name,
    // country, US state, region, title, honorific or word that opens no name) qualifying a
    // body's head word written in lower case is that body, not a person called Kiel or Hunt.
    if definite == Some(true) && run.len() == 1 && !possessive && is_cap(run[0]) {
        let head = same(k)
            .map(|x| tok(text, x))
            .filter(|w| QUALIFIED_HEADS.contains(&strip_possessive(w)));
        let plain = !lx.is_given_name(&lows[0])
            && lx.country(run[0]).is_none()
            && !lx.role_words.contains(&lows[0])
            && !lx.honorifics.contains_key(&lows[0])
            && !lx.nonnames.contains(lows[0].as_str())
            // (A place's name says where the body is, not which it is: `the Texas company`,
            // `the European group`.)
            && !lx.us_state_names.contains(run[0])
            && !lx.regions.contains(run[0]);
        // (Not before a name or a title, `the Hunt group chairman Ray Hunt`, another such word
        // or a document's, `the Tokyo bank association`, `the Q magazine poll`, nor the body's
        // name set off after it, `The Milan daily, Il Giornale, said`; nor a place's compound,
        // `The Houston-based company`.)
        let open_after = same(k + 1).is_none_or(|x| {
            let w = tok(text, x);
            !is_cap(w)
                && !QUALIFIED_HEADS.contains(&w)
                && !lx.documents.contains(w)
                && !lx.org_generic.contains(w)
                && !matches!(w, "poll" | "polls")
        }) && !(toks.get(k + 1).is_some_and(|x| tok(text, x) == ",")
            && same(k + 2).is_some_and(|x| is_cap(tok(text, x))));
        let compound = run[0].contains(['-', '–']);
        if let Some(h) = head.filter(|_| plain && open_after && !compound) {
            let mut m = mk(
                k + 1,
                MentionKind::OrgHead {
                    head: strip_possessive(h).to_string(),
                },
            );
            m.possessive = is_possessive(h);
            return Some(m);
        }
    }
    // `the Ministry of Defence`, `the Institute for Fiscal Studies`, `the Department for
    // Education and Skills`, `the University of the West of England`: a body's head word, then
    // `of`/`for`/`on` and capitalised words (joined by `and`, `of`, `the`), is one name.
    if !possessive && is_cap(run[run.len() - 1]) && lx.org_of_heads.contains(&lows[run.len() - 1]) {
        let mut e = k;
        let mut end = k;
        let mut poss = false;
        if same(e).is_some_and(|x| matches!(tok(text, x), "of" | "for" | "on")) {
            e += 1;
            while let Some(x) = same(e) {
                let w = tok(text, x);
                // (Not a day or a month: `the Electoral Commission on Thursday`.)
                let when = crate::extract::dates::month_number(w).is_some()
                    || WEEKDAYS.contains(&low(w).as_str());
                if is_cap(w) && !when {
                    // `Bank of Japan Governor Satoshi Sumita`: a title and a person's name
                    // after the body's name are no part of it.
                    if e > k + 1 && title_then_name(lx, text, toks, e, t.para) {
                        break;
                    }
                    // (Nor a person's name right after the name's last word: `the Office of
                    // Management and Budget James Miller`; not a body's head word after a given
                    // name, `the University of Michigan Ross School`.)
                    // (Not a state's second word: `the University of West Virginia Tech`.)
                    if e > k + 1
                        && lx.is_given_name(&low(w))
                        && same(e + 1).is_some_and(|n| {
                            let n = tok(text, n);
                            is_cap(n) && !lx.org_of_heads.contains(&low(strip_possessive(n)))
                        })
                        && !lx
                            .us_state_names
                            .contains(format!("{} {w}", tok(text, &toks[e - 1])).as_str())
                    {
                        break;
                    }
                    e += 1;
                    end = e;
                    if is_possessive(w) {
                        poss = true;
                        break;
                    }
                } else if matches!(w, "the" | "and" | "of" | "&")
                    && same(e + 1).is_some_and(|n| is_cap(tok(text, n)))
                {
                    e += 1;
                } else {
                    break;
                }
            }
        }
        if end > k {
            // (The capitalised words that end the run open the name: not `spokesman for` of `A
            // spokesman for Bank of America`.)
            let first = (0..run.len())
                .rev()
                .take_while(|&x| is_cap(run[x]))
                .last()
                .unwrap_or(0);
            let words: Vec<&str> = toks[j + first..end].iter().map(|x| tok(text, x)).collect();
            let name = strip_possessive(&words.join(" ")).to_string();
            let mut m = mk(end, MentionKind::Org { name });
            m.possessive = poss;
            return Some(m);
        }
    }
    // `the Shanghai official`, `the Pentagon source`: someone left unnamed, a description no
    // one named holds (the place or body only says where they are).
    if definite == Some(true)
        && run.len() == 1
        && is_cap(run[0])
        && same(k).is_some_and(|n| matches!(tok(text, n), "official" | "source"))
    {
        return Some(mk(k + 1, MentionKind::Role { definite: true }));
    }
    // `says the Waterford man`: a place and a noun for a person, a description naming no
    // one (whom it means is found as for `the 22-year-old`).
    if definite == Some(true)
        && run.len() == 1
        && is_cap(run[0])
        && !lx.role_words.contains(&lows[0])
        && same(k).is_some_and(|n| lx.place_person_nouns.contains(tok(text, n)))
    {
        return Some(mk(k + 1, MentionKind::Role { definite: true }));
    }
    // `a Twitter comment`, `a Trump supporter`: one capitalised word after `a`/`an` and before
    // a lower-case noun qualifies that noun; it names no one who speaks (unless the noun is
    // a role or a statement: `a BBC spokesman said` is the BBC speaking).
    // So does one after a possessive determiner (`his Christian conservative values`, `their
    // Republican colleagues`).
    let indefinite = definite == Some(false)
        || matches!(l0.as_str(), "his" | "her" | "their" | "its")
        || (i > 0 && matches!(tok(text, &toks[i - 1]), "a" | "an" | "A" | "An"));
    // (So do several: `an Abraham Lincoln impersonator`, `a Goldman Sachs analyst`; not
    // before a verb, `a New Jersey Democrat said`.)
    let words_ok = run.len() == 1 || run.iter().all(|w| is_cap(w));
    if indefinite && words_ok && is_cap(run[0]) && !lows.iter().any(|w| lx.role_words.contains(w)) {
        let noun_after = same(k).is_some_and(|n| {
            let w = tok(text, n);
            w.chars().next().is_some_and(char::is_lowercase)
                && (run.len() == 1
                    || !(lx.verbs.contains(w)
                        || matches!(w, "has" | "had" | "was" | "is" | "were" | "will" | "would")))
                // (`a BBC spokesman`, `a CAS statement`: the body speaks; `a Trump aide`, `a
                // Jewish reporter` is someone unnamed.)
                && !SPOKESPEOPLE.contains(&w)
                && !lx.org_generic.contains(w)
                && !matches!(
                    w,
                    "who"
                        | "which"
                        | "and"
                        | "or"
                        | "of"
                        | "in"
                        | "at"
                        | "on"
                        | "for"
                        | "to"
                        | "official"
                        | "source"
                )
        });
        if noun_after && run.len() == 1 {
            return None;
        }
        // Several such words are taken whole with their noun, as someone unnamed, so that none
        // of them is read as a name. Not a body's name before a noun for a thing (`a Mineral
        // Resources Department proposal`, read below), but a parent's `its Foothill Capital
        // Corp unit`; a person's full name among them still names the person, as no subject
        // (as if possessive): `a Bernie Sanders rally`.
        if noun_after {
            let last = strip_possessive(run[run.len() - 1]);
            let body = lx.org_heads.contains(&low(last))
                || lx.is_legal_form(last)
                || lx.org_names.contains(strip_possessive(&run.join(" ")));
            let part = same(k).is_some_and(|n| {
                matches!(
                    tok(text, n),
                    "unit" | "units" | "subsidiary" | "subsidiaries" | "division" | "affiliate"
                )
            });
            if !body && lx.first_names.contains_key(&lows[0]) {
                let mut m = mk(
                    k,
                    MentionKind::Person {
                        name: run.join(" "),
                        words: run.len(),
                    },
                );
                m.possessive = true;
                return Some(m);
            }
            if !body || part {
                return Some(mk(k + 1, MentionKind::Role { definite: false }));
            }
        }
        // `a BaFin spokeswoman`, `a Sony statement`, `a Goldman Sachs spokesman`: the words
        // name a body.
        let speaks_for = same(k).is_some_and(|n| {
            let w = tok(text, n);
            SPOKESPEOPLE.contains(&w) || w == "statement"
        });
        if speaks_for && !lows.iter().any(|w| lx.first_names.contains_key(w)) {
            let name = strip_possessive(&run.join(" ")).to_string();
            return Some(mk(k, MentionKind::Org { name }));
        }
    }
    // Whole run a known organisation?
    let joined = run.join(" ");
    let stripped = strip_possessive(&joined).to_string();
    if lx.org_names.contains(stripped.as_str()) {
        let mut m = mk(
            k,
            MentionKind::Org {
                name: stripped.clone(),
            },
        );
        m.country = lx.country(&stripped).cloned();
        m.possessive = possessive;
        return Some(m);
    }
    // The title chain.
    let mut p = 0;
    let mut roles = Vec::new();
    let mut country = None;
    let mut gender = None;
    let mut counterpart = false;
    let mut accepts = Vec::new();
    // Roles after `former` (`a former Swedish defense minister`) are not held now.
    // (So are those after `former` and a portfolio the run does not take: `Former welfare
    // minister Frank Field`.)
    let word_before = |b: usize| {
        toks.get(b)
            .filter(|x| x.kind == Kind::Word && x.inside.is_none() && x.para == t.para)
            .map(|x| low(tok(text, x)))
    };
    let mut past = j >= 2
        && role_at(lx, &lows, 0).is_some()
        && word_before(j - 1).is_some_and(|w| !lx.role_words.contains(&w))
        && matches!(word_before(j - 2).as_deref(), Some("former" | "ex"));
    let mut peer = false;
    let mut agent_of = false;
    // A role under `former`/`retired` (`the retired neurosurgeon`): a description still.
    let mut held_before = false;
    // `the Florida senator`: a definite description ending in a lowercase role word; its
    // capitalised words (a state, a party) qualify the role and name nobody.
    let last = run.len() - 1;
    let age = is_age(run[last]);
    // `the Darlington Council spokesman`, `the White House spokeswoman`: the body named
    // speaks (capitalised words that are no country's, then a spokesman).
    if definite == Some(true)
        && run.len() >= 2
        && SPOKESPEOPLE.contains(&lows[last].as_str())
        && run[..last]
            .iter()
            .all(|w| is_cap(w) && lx.country(w).is_none() && !lx.honorifics.contains_key(&low(w)))
    {
        let name = strip_possessive(&run[..last].join(" ")).to_string();
        return Some(mk(j + last, MentionKind::Org { name }));
    }
    let desc_tail = definite == Some(true)
        && (run.len() >= 2 || age)
        && !is_cap(run[last])
        && (lx.role_words.contains(&lows[last])
            || lx.descriptions.contains_key(&lows[last])
            || age)
        && !lows.iter().any(|w| lx.first_names.contains_key(w));
    while p < run.len() {
        if let Some((c, n)) = demonym_at(lx, &run, p) {
            // A country name alone is not a chain if a name follows that starts with it
            // (`Jordan Smith`); keep it simple: accept it.
            country.get_or_insert(c);
            p += n;
            continue;
        }
        // `the Russian leader`, `the head of state`: a description to its end.
        if definite.is_some() {
            if let Some(acc) = lx.descriptions.get(&lows[p..].join(" ")) {
                accepts = acc.clone();
                // (`the Tory leader`: a party's leader, not a president or a monarch; a prime
                // minister may be one, `the Labour leader` for Prime Minister Tony Blair, and the
                // party itself is not checked, so no head of government is dropped.)
                if run[..p].iter().any(|w| lx.party_words.contains(*w))
                    && accepts.iter().any(|r| r.ends_with("Leader"))
                {
                    accepts.retain(|r| !matches!(r.as_str(), "President" | "King" | "Queen"));
                }
                p = run.len();
                continue;
            }
        }
        // `chief Asian strategist`, `chief Russian negotiator`: a demonym or a region inside
        // a role.
        // (Not `former`, `retired`: offices held before have their own rule below; nor
        // `counterpart`.)
        let inside = (p + 1 < run.len()
            && !is_cap(run[p])
            && !lows[p].starts_with("counterpart")
            && !matches!(
                lows[p].as_str(),
                "former" | "retired" | "ex" | "then" | "late" | "of" | "for" | "to"
            ))
        .then(|| {
            demonym_at(lx, &run, p + 1)
                .map(|(c, n)| (Some(c), n))
                .or_else(|| lx.regions.contains(run[p + 1]).then_some((None, 1)))
        })
        .flatten();
        if let Some((c, dn)) = inside {
            if let Some((r, g, n)) = role_at(lx, &lows, p + 1 + dn) {
                let whole = format!("{} {}", lows[p], lows[p + 1 + dn..p + 1 + dn + n].join(" "));
                let r = lx.role(&whole).map_or(r, |(c, _)| c.clone());
                if !past && !agent_of && !roles.contains(&r) {
                    roles.push(r);
                }
                if let Some(c) = c {
                    country.get_or_insert(c);
                }
                held_before |= past;
                gender = gender.or(g);
                p += 1 + dn + n;
                continue;
            }
        }
        if let Some((r, g, n)) = role_at(lx, &lows, p) {
            // A royal style and one given name are the name (`Prince Charles`, `King
            // Abdullah`): not Charles Kennedy's `Charles`.
            if n == 1
                && is_cap(run[p])
                && lx.royal_styles.contains(&lows[p])
                && p + 2 == run.len()
                && is_cap(run[p + 1])
                && lx.first_names.contains_key(&lows[p + 1])
            {
                if !roles.contains(&r) {
                    roles.push(r);
                }
                gender = gender.or(g);
                peer = true;
                break;
            }
            // A capitalised one-word role right before the end of the run with no name after
            // it and no determiner (`King said`) is a surname, not a title.
            if !(definite.is_none() && p + n == run.len() && is_cap(run[p]) && roles.is_empty()) {
                if !past && !agent_of && !roles.contains(&r) {
                    roles.push(r);
                }
                held_before |= past;
                gender = gender.or(g);
                p += n;
                continue;
            }
        }
        let lw = &lows[p];
        if let Some(g) = lx.honorifics.get(lw.as_str()) {
            gender = gender.or(*g);
            // A peer's style is the name (`Lord Hanningfield`, `Baroness Scotland`), not a
            // title before one: kept when one word that is no given name follows.
            if lx.peerage.contains(lw)
                && p + 2 == run.len()
                && is_cap(run[p + 1])
                && !lx.first_names.contains_key(&lows[p + 1])
            {
                peer = true;
                break;
            }
            p += 1;
            continue;
        }
        if MODIFIERS.contains(&lw.as_str()) || matches!(lw.as_str(), "of" | "for" | "to") {
            past |= matches!(lw.as_str(), "former" | "retired" | "ex");
            // `a spokesman for House Speaker Paul Ryan`: the name after it is whom the
            // spokesman speaks for, not the spokesman.
            agent_of |= matches!(lw.as_str(), "of" | "for")
                && roles.last().is_some_and(|r| lx.agent_roles.contains(r));
            p += 1;
            continue;
        }
        if lw.starts_with("counterpart") {
            counterpart = true;
            p += 1;
            continue;
        }
        if desc_tail {
            // A qualifier (`Florida`, `gambling`) or the age of `the 46-year-old`.
            p += 1;
            continue;
        }
        // `the Agriculture Minister`, `the Trade Secretary`: a portfolio before a role that
        // ends the run.
        if definite == Some(true)
            && is_cap(run[p])
            && !lx.first_names.contains_key(lw)
            && p + 1 < run.len()
            && role_at(lx, &lows, p + 1).is_some_and(|(_, _, n)| p + 1 + n == run.len())
        {
            p += 1;
            continue;
        }
        // `(Argentine) Army Chief of Staff Hector Rios Erenu`, `Suffolk Chief Constable
        // Alastair McWhirter`: a capitalised word before the chain's first role, one of two
        // words or more, and a name after it (not another role word: `OPEC Deputy Secretary
        // General`), qualifies the role (a body's or a place's name), as `White House` would.
        if roles.is_empty()
            && definite.is_none()
            && is_cap(run[p])
            && role_at(lx, &lows, p + 1).is_some_and(|(_, _, n)| {
                p + 1 + n < run.len()
                    && n >= 2
                    && is_cap(run[p + 1 + n])
                    && !lx.role_words.contains(&lows[p + 1 + n])
            })
        {
            p += 1;
            continue;
        }
        break;
    }
    // (Before a verb or punctuation, not a noun: `the Swiss franc`, `the German government`,
    // `the Texas Republican primary`.)
    let before_verb = same(k).is_none_or(|n| {
        let w = tok(text, n);
        lx.verbs.contains(w)
            || matches!(
                w,
                "who"
                    | "has"
                    | "had"
                    | "was"
                    | "is"
                    | "will"
                    | "would"
                    | "also"
                    | "then"
                    | "later"
                    | "added"
                    | "insisted"
                    | "admitted"
                    | "conceded"
            )
    });
    // (Before punctuation, an auxiliary or a verb in the past.)
    let before_past = same(k).is_none_or(|n| {
        let w = tok(text, n);
        matches!(
            w,
            "has" | "had" | "was" | "is" | "will" | "would" | "said" | "says" | "told" | "wrote"
        ) || (lx.verbs.contains(w) && w.len() > 4 && w.ends_with("ed"))
    });
    // `the Spaniard said`, `the Scot`: a person of that country, as a description (nouns for
    // persons only: `the US said` is the country, `the American` too often someone else).
    // (Before any verb in the past too, maybe after an adverb: `The Scot (initially) defended
    // Beattie` is about a person.)
    let past_at = |j: usize| {
        same(j).is_some_and(|n| {
            let w = tok(text, n);
            (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
                || lx.irregular_past.contains(w)
        })
    };
    let before_any_past =
        || past_at(k) || (same(k).is_some_and(|n| adverb_in_ly(tok(text, n))) && past_at(k + 1));
    if definite == Some(true)
        && l0 == "the"
        && run.len() == 1
        && p == run.len()
        && roles.is_empty()
        && country.is_some()
        && lx.nationality_nouns.contains(run[0])
        && !possessive
        && (before_verb || before_any_past())
    {
        let mut m = mk(k, MentionKind::Role { definite: true });
        m.country = country;
        return Some(m);
    }
    // `the 24-year-old Swiss added`, `the 30-year-old Spaniard said`: an age and a nation's
    // adjective or noun are a person of that country, as a description.
    if definite.is_none()
        && run.len() == 1
        && p == run.len()
        && roles.is_empty()
        && !possessive
        && before_verb
        && i >= 2
        && is_age(tok(text, &toks[i - 1]))
        && low(tok(text, &toks[i - 2])) == "the"
        && country.as_deref().is_some_and(|c| c != run[0])
    {
        let mut m = spanning(toks, i - 2, k, MentionKind::Role { definite: true });
        m.country = country;
        return Some(m);
    }
    // `the West Virginia Democrat told reporters`, `the Texas Republican said`: a party member
    // (by state), a description the person the text is about answers to, as `he` would. (`a
    // New Jersey Democrat said`: someone unnamed, or a name's appositive, no name itself.)
    if ((l0 == "the" && definite == Some(true)) || matches!(l0.as_str(), "a" | "an"))
        && roles.is_empty()
        && !possessive
        && lx.party_members.contains(run[run.len() - 1])
        && (run.len() == 1 || {
            let place = run[..run.len() - 1].join(" ");
            lx.is_place(&place)
        })
        && before_verb
    {
        return Some(mk(
            k,
            MentionKind::Role {
                definite: l0 == "the",
            },
        ));
    }
    // The name part: capitalised words, initials, particles; it stops at a lowercase word
    // (and at a weekday after a name of two words: `John Podesta Tuesday`, not `Mike Friday`).
    let mut q = p;
    while q < run.len() {
        let w = run[q];
        if q >= p + 2 && WEEKDAYS.contains(&lows[q].as_str()) {
            break;
        }
        if is_cap(w)
            || hyphen_particle(w)
            || (q > p
                && (PARTICLES.contains(&lows[q].as_str()) || SUFFIXES.contains(&lows[q].as_str())))
            // (`Mr de Vabres`: a particle opening the name after an honorific.)
            || (q == p
                && p > 0
                && lx.honorifics.contains_key(&lows[p - 1])
                && PARTICLES.contains(&lows[q].as_str())
                && run.get(q + 1).is_some_and(|n| is_cap(n)))
            // (`von Schack told`: a particle opening the mention.)
            || (q == 0 && j == i && opening_particle(text, toks, i))
            || (q > p && portfolio_and(lx, text, toks, j + q))
        {
            q += 1;
        } else {
            break;
        }
    }
    let end_tok = j + q;
    // A title inside the capitalised run (`Vermont Sen. Bernie Sanders`, `CNN President Jeff
    // Zucker`, `Army Lt. Gen. Mick Bednarek`): the name starts after the last one, and the
    // title's role and gender go to the mention. The last word is never cut (`Steve King`).
    if q > p + 1 && !peer {
        let mut cut = None;
        let mut r = p;
        while r + 1 < q {
            if let Some((role, g, n)) = role_at(lx, &lows[..q - 1], r) {
                cut = Some((r + n, Some(role), g));
                r += n;
                continue;
            }
            if let Some(g) = lx.honorifics.get(lows[r].as_str()) {
                cut = Some((r + 1, None, *g));
            }
            r += 1;
        }
        if let Some((c, role, g)) = cut {
            if c < q && (c > p + 1 || role.is_some() || lx.honorifics.contains_key(&lows[p])) {
                if let Some(role) = role {
                    if !roles.contains(&role) {
                        roles.push(role);
                    }
                }
                gender = gender.or(g);
                p = c;
            }
        }
    }
    // A known first name after title-like capitalised words (`Post Editor-in-Chief Martin
    // Baron`, `Billionaire Donald Trump`, `Senate Majority Whip John Cornyn`) starts the name.
    // (A given name of the longer list too, when all the words before are title-like: `EADS
    // Chief Executive Philippe Camus`.)
    if q >= p + 3 || (q == p + 2 && lowered.contains(&lows[p])) {
        if let Some(f) = (p + 1..q - 1).find(|&f| lx.first_names.contains_key(&lows[f])) {
            if common_opener || run[p..f].iter().all(|w| title_like(lx, w, lowered)) {
                p = f;
            }
        } else if let Some(f) =
            (p + 1..q - 1).find(|&f| lx.given_name_genders.contains_key(&lows[f]))
        {
            if run[p..f].iter().all(|w| title_like(lx, w, lowered)) {
                p = f;
            }
        }
    }
    // Words before a name that are no part of it: `Texas-based Matt Mackowiak`, `Los
    // Angeles-area Sanders`, a gerund (`Asserting Clinton`), and capitalised words none of
    // which is a known first name or an initial before a known first name and a surname
    // (`Comedian Sarah Silverman`, `Political Affairs Wendy Sherman`).
    if q > p + 1 {
        if let Some(c) = (p..q - 1).rev().find(|&r| placed_word(&lows[r])) {
            p = c + 1;
        }
    }
    // (`The Canada-based company says`, `Houston-based analyst John Olson`: such a word
    // alone names no one; left to the rules for what follows when a name follows a word that
    // is no role: `the UK-based journal Screen Digest`.)
    if q == p + 1
        && placed_word(&lows[p])
        && !(same(k).is_some_and(|n| !lx.role_words.contains(&low(tok(text, n))))
            && same(k + 1).is_some_and(|n| is_cap(tok(text, n))))
    {
        return None;
    }
    // A noun for a person (`Teenager Sania Mirza`, `Villager Li`), a qualifier (`Rival
    // Airbus`) or a hyphened adjective (`Oscar-nominated Owen`, `Man-of-the-match Duff`)
    // before a name is no part of it; only the noun tells a person.
    let mut person = false;
    if q > p + 1
        && !lx.is_given_name(&lows[p])
        && (lx.person_nouns.contains(&lows[p])
            || lx.name_qualifiers.contains(&lows[p])
            || run[p].rsplit_once('-').is_some_and(|(_, last)| {
                (last.ends_with("ed") || last.ends_with("ing") || run[p].matches('-').count() > 1)
                    && last.chars().all(|c| c.is_lowercase())
            }))
    {
        // (A hyphened adjective may qualify a firm: `Cash-strapped Alitalia`.)
        person = lx.person_nouns.contains(&lows[p]);
        p += 1;
    }
    // (A gerund opens its clause: not a capitalised word right after a role word in lower
    // case, `said analyst Erling Refsum`, `president Sterling Williams said`, which is a
    // given name; after other words such a word may be a place, `Ambassador to Peking
    // Octavio Valerio`, `the Ealing North MP`.)
    let after_role = j + p > 0
        && toks[j + p - 1].kind == Kind::Word
        && lx.roles.contains_key(tok(text, &toks[j + p - 1]));
    if q > p + 1
        && lows[p].ends_with("ing")
        && lows[p].len() > 5
        && !lx.first_names.contains_key(&lows[p])
        && !after_role
    {
        p += 1;
    }
    if q >= p + 3 {
        if let Some(f) = (p + 1..q - 1).find(|&f| lx.first_names.contains_key(&lows[f])) {
            // (Nor a given name of the longer list: `Yusuf Ali Osman`.)
            if lows[p..f].iter().all(|w| {
                !lx.is_given_name(w)
                    && w.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !PARTICLES.contains(&w.as_str())
            }) {
                p = f;
            }
        }
    }
    // (Not `Bank Negara said`: a bank's name opens with the word; nor a body's name ending in
    // its head word, `Offshore Data Services said` in a text that writes `offshore rigs`.)
    if common_opener
        && p == 0
        && q > 1
        && lows[0] != "bank"
        && (!lx
            .org_heads
            .contains(low(strip_possessive(run[q - 1])).as_str())
            || lx.nonnames.contains(lows[0].as_str()))
    {
        return None;
    }
    // `Under-Secretary-General for Humanitarian Affairs Tomas Lindqvist`: a portfolio ending
    // in a word that never ends a name, then two words or more: the name is those (not when
    // they end in a body's head word: `a spokesman for International Business Machines Corp`).
    if q > p + 2
        && p > 0
        && matches!(lows[p - 1].as_str(), "of" | "for" | "to")
        && !lx
            .org_heads
            .contains(low(strip_possessive(run[q - 1])).trim_end_matches('.'))
    {
        if let Some(r) = (p..q - 2)
            .rev()
            .find(|&r| lx.nonpersons.contains(&lows[r]) || lx.org_heads.contains(&lows[r]))
        {
            p = r + 1;
        }
    }
    // `chairman of America Rising`: a country's name right after a role's `of`/`for`, then
    // more capitalised words, opens the name of a body, not a title chain (not two words
    // after the country's own name, not its adjective or possessive, that read as a person's
    // name: `general manager for Canada Hajimu Watanabe`; but `a spokesman for Iran's War
    // Information Headquarters`, `British Sugar Plc`, `British Home Stores`; a body's head
    // word ending them is read below).
    // (Read last, as it may search the text.)
    let person_after = || {
        q == p + 2 && p > 0 && lx.country(run[p - 1]).is_some_and(|c| c == run[p - 1]) && {
            // (A given name first, or the last word written again alone: `Watanabe said`;
            // not `Japan Air Lines`.)
            let last = run[q - 1];
            lx.is_given_name(&lows[p])
                || text
                    .match_indices(last)
                    .filter(|&(at, _)| {
                        !text[..at].ends_with(char::is_alphanumeric)
                            && !text[at + last.len()..].starts_with(char::is_alphanumeric)
                    })
                    .nth(1)
                    .is_some()
        }
    };
    if q > p
        && p > 1
        && !roles.is_empty()
        && matches!(lows[p - 2].as_str(), "of" | "for")
        && lx.country(run[p - 1]).is_some()
        && !person_after()
    {
        p -= 1;
    }
    // `Lord Bach, Minister for Defence Procurement, said`: capitalised words right after a
    // role's `of`/`for`/`to` with no given name among them are its portfolio (or its post's
    // place: `Russia's envoy to NATO`), not a person.
    if q > p
        && p > 0
        && !roles.is_empty()
        && (agent_of
            || matches!(lows[p - 1].as_str(), "of" | "for" | "to")
                && !lows[p..q].iter().any(|w| lx.first_names.contains_key(w)))
    {
        // `A spokesman for Darlington Council said`: the body speaks.
        let body = strip_possessive(&run[p..q].join(" ")).to_string();
        let last = low(strip_possessive(run[q - 1]));
        let spokesperson = roles.iter().any(|r| r == "Spokesperson");
        // (A given name, or a title or honorific right before: `for Mr Prescott`.)
        let named = lows[p..q].iter().any(|w| lx.first_names.contains_key(w))
            || !matches!(lows[p - 1].as_str(), "of" | "for");
        // (A post held *to* a place is the post's, not the place's: `Russia's envoy to NATO`.)
        let named = named || lows[p - 1] == "to";
        if !named
            && (spokesperson
                || lx.org_names.contains(body.as_str())
                || lx.org_heads.contains(last.as_str()))
        {
            let mut m = mk(j + q, MentionKind::Org { name: body });
            m.country = country;
            m.possessive = possessive && j + q == k;
            return Some(m);
        }
        let mut m = mk(
            j + q,
            MentionKind::Role {
                definite: definite == Some(true),
            },
        );
        m.roles = roles;
        m.country = country;
        m.gender = gender;
        m.possessive = possessive && j + q == k;
        return Some(m);
    }
    if q > p {
        let name_words = &run[p..q];
        let first = low(name_words[0]);
        // (`A. Malachi Mixon III`: an initial, not the article.)
        let initial = name_words[0].len() == 2 && name_words[0].ends_with('.');
        if (lx.nonnames.contains(first.as_str())
            && !initial
            && !(p == 0
                && j == i
                && (modal_first_name(text, toks, i) || month_surname(lx, text, toks, i))))
            || first.chars().all(|c| c.is_numeric())
        {
            // `the South Shropshire Hunt`: a named thing; taken whole, so that no name is
            // read from its tail.
            // So is a longer capitalised phrase with no given name in it (`NBC's Saturday
            // Night Live`).
            let thing = (l0 == "the" && name_words.len() >= 2)
                || (name_words.len() >= 3 && !has_given_name(lx, name_words));
            // (`the Ealing North MP`: places qualifying a role that ends the phrase.)
            let role_last = name_words
                .last()
                .and_then(|w| lx.role(&low(w)))
                .filter(|_| definite == Some(true) && roles.is_empty());
            if let Some((role, g)) = role_last {
                let mut m = mk(end_tok, MentionKind::Role { definite: true });
                m.roles = vec![role.clone()];
                m.gender = *g;
                m.possessive = possessive && end_tok == k;
                return Some(m);
            }
            if thing && roles.is_empty() {
                let name = strip_possessive(&name_words.join(" ")).to_string();
                let mut m = mk(end_tok, MentionKind::Org { name });
                m.possessive = possessive && end_tok == k;
                return Some(m);
            }
            return None;
        }
        // A region's adjective alone (`a senior Arab banker`) names no one.
        if name_words.len() == 1 && lx.regions.contains(strip_possessive(name_words[0])) {
            return None;
        }
        // Nor does a trade's word alone opening a sentence before no verb (`Oil and natural
        // gas liquids sold`, `Energy prices rose`; not `Chemical said`, `General Motors`).
        if run.len() == 1
            && opens_sentence
            && !before_past
            && lx.trade_heads.contains(&low(strip_possessive(run[0])))
        {
            return None;
        }
        let name_text = name_words.join(" ");
        let name_text = strip_possessive(&name_text).to_string();
        let last_low = low(strip_possessive(name_words[name_words.len() - 1]));
        let poss = possessive && end_tok == k;
        // `the Glasgow Kelvin MP`, `a Labour MP`: a seat's or a party's capitalised words
        // before a role that ends the phrase, with no given name, describe someone; they are
        // neither a name nor a body.
        if matches!(l0.as_str(), "the" | "a" | "an")
            && roles.is_empty()
            && !possessive
            && name_words.len() >= 2
            && !has_given_name(lx, name_words)
        {
            if let Some((role, g)) = lx.role(&last_low) {
                // (With the seat after it: `the Labour MP for Birkenhead`.)
                let seat = q + 1 < run.len()
                    && matches!(lows[q].as_str(), "for" | "of")
                    && run[q + 1..].iter().all(|w| is_cap(w))
                    && !has_given_name(lx, &run[q + 1..]);
                let mut m = mk(
                    if seat { k } else { end_tok },
                    MentionKind::Role {
                        definite: l0 == "the",
                    },
                );
                m.roles = vec![role.clone()];
                m.gender = *g;
                return Some(m);
            }
        }
        let acronym = name_words.len() == 1
            && name_text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && name_text
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic());
        // `the Joint Strike Fighter`, `the South Shropshire Hunt`, `his Christmas Midnight
        // Mass`: capitalised words after `the` (two or more) or a possessive, with no title
        // and no given name, name a thing or a body, not a person.
        let the_thing = match l0.as_str() {
            // (`of The Nation`, `The Hill reported`: one word after a capitalised `The` inside
            // a sentence is a title too, not `the Sanders camp`.)
            "the" => {
                name_words.len() >= 2
                    || (w0 == "The" && !opens_sentence)
                    // (`The Halifax, meanwhile, said`, `the Academy has announced`, `the U.S.
                    // Government said`: one word right after `the` or a demonym, before a
                    // verb in the past or a comma; not `the Kok report said`, `the Shultz
                    // comments`.)
                    || (run[..p].iter().all(|w| lx.country(w).is_some())
                        && before_past
                        && !lx.role_words.contains(&last_low)
                        && !lx.honorifics.contains_key(&last_low)
                        && !lx.descriptions.contains_key(&last_low)
                        && !matches!(last_low.as_str(), "official" | "source"))
            }
            "his" | "her" | "their" | "its" => true,
            _ => false,
        } && roles.is_empty()
            // (A thing that never speaks, `the Affordable Care Act`, stays a failed name.)
            && !lx.nonpersons.contains(&last_low)
            && !has_given_name(lx, name_words)
            // (Nor after an honorific, or with a given name of the longer list: `the Rev.
            // Federico Lombardi`.)
            && (p == 0 || !lx.honorifics.contains_key(&lows[p - 1]))
            && !name_words[..name_words.len() - 1]
                .iter()
                .any(|w| lx.given_name_genders.contains_key(&low(w)));
        // A US state alone (`Florida developer Mel Sembler`), `San Jose`: a place.
        let place = p == 0
            && (lx.us_state_names.contains(name_text.as_str())
                || name_words.len() >= 2 && lx.place_openers.contains(&low(name_words[0])));
        // A trade's word inside a name of three words or more (`Westinghouse Electric Power`),
        // or opening one after a place split off it (`Tokyo Electric Power`): a firm's (not a
        // title's, `BMA Banking Services Director`; a name going on with `of` is left to the
        // rules for `X of Y`: `Mitsubishi Motor Sales of America`).
        let inner_trade = lx.role(&last_low).is_none()
            && same(end_tok).is_none_or(|x| tok(text, x) != "of")
            && ((name_words.len() >= 3
                && name_words[1..name_words.len() - 1]
                    .iter()
                    .any(|w| lx.trade_heads.contains(&low(w))))
                || (p >= 1
                    && name_words.len() >= 2
                    && lx.trade_heads.contains(&low(name_words[0]))
                    && lx.is_place(run[p - 1])));
        // (`Bank Negara`, `Banco Santander`: a bank's name opens with the word; so do firms'
        // in other languages, `Deutsche Genossenschaftbank`, `Societe Generale`, `Grupo Mexico`.)
        let bank = |w: &str| lx.firm_openers.contains(w);
        let bank_first =
            (name_words.len() >= 2 && bank(&low(name_words[0]))) || (p == 1 && bank(&lows[0]));
        // `lead manager Morgan Stanley`, `underwriter Drexel Burnham`: a firm's part in an issue.
        // (The words before may precede the mention: `sole manager Morgan Stanley`.)
        // (As written, and lower-cased.)
        let written_before = |n: usize| -> Option<&str> {
            if n <= p {
                return Some(run[p - n]);
            }
            let x = i.checked_sub(n - p)?;
            (toks[x].kind == Kind::Word && toks[x].sent == toks[i].sent)
                .then(|| tok(text, &toks[x]))
        };
        let word_before = |n: usize| written_before(n).map(low);
        // (Not a name opening with a given name: `underwriter Michael Milken`, `Lead manager
        // Richard Jones said`.)
        // (A nation's word between: `lead manager Swiss Volksbank said`.)
        let role_at = 1 + usize::from(
            written_before(1).is_some_and(|w| is_cap(w) && lx.country(w).is_some()),
        );
        let syndicate = !lx.is_given_name(&low(name_words[0]))
            && word_before(role_at).is_some_and(|w| {
                lx.syndicate_roles.contains(&w)
                    || (matches!(w.as_str(), "manager" | "managers")
                        && word_before(role_at + 1)
                            .is_some_and(|l| lx.syndicate_leads.contains(&l)))
            });
        // `distributor Toho`, `software firm Macrovision`: a name right after a trade written
        // in lower case is a firm's (not one opening with a given name: `games maker Peter
        // Molyneux`, `fellow broadcaster Michael Pointon`).
        // (Not the subject of a relative clause: `the company Musk founded`.)
        let relative = trade_relative(written_before(2), same(end_tok).map(|x| tok(text, x)));
        let trade = !lx.is_given_name(&low(name_words[0]))
            && !relative
            && written_before(1).is_some_and(|w| !is_cap(w) && lx.trades.contains(w));
        // (`AB Volvo`, `N.V. Philips`: a legal form first, then a capitalised word; not `AB de
        // Villiers`.)
        let legal_first = name_words.len() >= 2
            && matches!(name_words[0], "AB" | "N.V.")
            && is_cap(name_words[1]);
        if lx.org_names.contains(name_text.as_str())
            || lx.org_heads.contains(last_low.as_str())
            || syndicate
            || trade
            || legal_first
            || bank_first
            || inner_trade
            || place
            || acronym
            || the_thing
        {
            // (Its name without the lower-case words before it: `lead manager Credit Suisse`,
            // `a senior U.S. Treasury official`.)
            let first = (0..q).find(|&x| lows[x] != run[x]).unwrap_or(0);
            let org_name = strip_possessive(&run[first..q].join(" ")).to_string();
            let mut m = mk(end_tok, MentionKind::Org { name: org_name });
            m.country = country;
            m.possessive = poss;
            return Some(m);
        }
        let mut clean: Vec<&str> = name_words
            .iter()
            .copied()
            .filter(|w| !SUFFIXES.contains(&low(w).as_str()))
            .collect();
        while clean.len() > 2 && clean.last().is_some_and(|w| lx.post_nominals.contains(*w)) {
            // (A seat's letters are an office: `Frank Field MP`.)
            if let Some((r, _)) = clean.pop().and_then(|w| lx.role(&low(w))) {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
        }
        if let Some(last) = clean.last_mut() {
            *last = strip_possessive(last);
        }
        let words = clean.len();
        // A role's word alone, capitalised before `and` (or `&`) and another title (`Chairman
        // and Managing Director Abdul Fattah al-Bader`), names no one.
        if words == 1
            && roles.is_empty()
            && lx.role(&low(clean[0])).is_some()
            && toks
                .get(end_tok)
                .is_some_and(|x| x.para == t.para && matches!(tok(text, x), "and" | "&"))
        {
            return None;
        }
        // One capitalised word after `a`/`an` (a country between or not) that the text writes
        // in lower case too, or a noun for a person, is that noun (`A U.S. Banker said`), no
        // name.
        let one = definite == Some(false)
            || (i > 0 && matches!(low(tok(text, &toks[i - 1])).as_str(), "a" | "an"));
        // (Not before the noun it qualifies, a lower-case word that is no reporting verb nor
        // a word of grammar: `a UK Government official responded` is the official speaking.)
        let noun_after = same(end_tok).is_some_and(|n| {
            let w = tok(text, n);
            w.starts_with(char::is_lowercase) && !lx.verbs.contains(w) && !lx.nonnames.contains(w)
        });
        if words == 1
            && one
            && !noun_after
            && (lowered.contains(&low(clean[0])) || lx.person_nouns.contains(&low(clean[0])))
        {
            return None;
        }
        // A peer's territorial designation (`Lord Faulkner of Worcester`, `Lord Nicholls of
        // Birkenhead`) belongs to the mention, not the name.
        let (end_tok, poss) = if peer
            && !poss
            && same(end_tok).is_some_and(|x| tok(text, x) == "of")
            // (A place, not a body's acronym: `Lord Browne of BP said`.)
            && same(end_tok + 1).is_some_and(|x| {
                let w = tok(text, x);
                is_cap(w) && w.chars().skip(1).any(char::is_lowercase)
            })
            && same(end_tok + 2).is_none_or(|x| !is_cap(tok(text, x)))
        {
            (end_tok + 2, is_possessive(tok(text, &toks[end_tok + 1])))
        } else {
            (end_tok, poss)
        };
        let mut m = mk(
            end_tok,
            MentionKind::Person {
                name: clean.join(" "),
                words,
            },
        );
        m.roles = roles;
        m.country = country;
        m.gender = gender;
        m.counterpart = counterpart;
        m.possessive = poss;
        m.person = person;
        return Some(m);
    }
    // `the Russian diplomats stressed`: a nation's people named by a generic noun speak for
    // the body quoted last, as `the statement` does.
    if definite == Some(true)
        && p > 0
        && p + 1 == run.len()
        && country.is_some()
        && lx.org_generic.contains(lows[p].as_str())
    {
        return Some(mk(j + run.len(), MentionKind::OrgGeneric));
    }
    // `the Malaysian government said`, `the U.S. government`: a nation's government, named by
    // its demonym, speaks as the country does (`Moscow said`).
    if definite == Some(true)
        && p > 0
        && p + 1 == run.len()
        && roles.is_empty()
        && accepts.is_empty()
        && GOVERNMENTS.contains(&strip_possessive(&lows[p]))
        && !run[..p]
            .iter()
            .any(|w| NATIONS_WITHIN.contains(&strip_possessive(w)))
        && (possessive || !noun_at(lx, text, toks, j + run.len(), t.para))
    {
        if let Some(c) = &country {
            let mut m = mk(j + run.len(), MentionKind::Org { name: c.clone() });
            m.country = Some(c.clone());
            m.possessive = possessive;
            return Some(m);
        }
    }
    // No name: a description, an organisation head, or a country.
    if p == 0 {
        let lw = &lows[0];
        // `the central bank said`: the one central bank the text named (see
        // [`CENTRAL_BANK`]).
        if definite == Some(true) && run.len() == 2 && run[0] == "central" && run[1] == "bank" {
            return Some(mk(
                j + 2,
                MentionKind::OrgHead {
                    head: CENTRAL_BANK.to_string(),
                },
            ));
        }
        if definite.is_some() && run.len() == 1 {
            if lx.org_heads.contains(lw.as_str()) && !is_cap(run[0]) {
                return Some(mk(j + 1, MentionKind::OrgHead { head: lw.clone() }));
            }
            if lx.org_generic.contains(lw.as_str()) {
                return Some(mk(j + 1, MentionKind::OrgGeneric));
            }
        }
        return None;
    }
    let end_tok = j + p;
    if !roles.is_empty()
        || !accepts.is_empty()
        || (age && desc_tail)
        || (held_before && definite == Some(true))
    {
        // `Germany's foreign minister` is definite too.
        if definite.is_none() && is_possessive(run[0]) && lx.country(run[0]).is_some() {
            definite = Some(true);
        }
        // `Natalia Eismont, spokeswoman of the Belarusian leader,`: a bare role right after a
        // name and a comma is an appositive.
        let appositive = i >= 2
            && tok(text, &toks[i - 1]) == ","
            && toks[i - 2].kind == Kind::Word
            && is_cap(tok(text, &toks[i - 2]));
        if definite.is_none() && !appositive {
            return None;
        }
        let mut m = mk(
            end_tok,
            MentionKind::Role {
                definite: definite == Some(true),
            },
        );
        m.roles = roles;
        m.accepts = accepts;
        m.country = country;
        m.gender = gender;
        m.possessive = possessive && end_tok == k;
        return Some(m);
    }
    if let Some(c) = country {
        // A country or capital standing for its government (`Moscow said`), not a demonym.
        let w = strip_possessive(&run[..p].join(" ")).to_string();
        let adjective = !w.eq_ignore_ascii_case(&c)
            && (w.ends_with("an")
                || w.ends_with("ish")
                || w.ends_with("ese")
                || w.ends_with("ch")
                || w.ends_with('i'));
        if adjective || p != run.len() && !is_possessive(run[p - 1]) {
            return None;
        }
        let mut m = mk(end_tok, MentionKind::Org { name: w });
        m.country = Some(c);
        m.possessive = possessive && end_tok == k;
        return Some(m);
    }
    None
}

/// The length of the longest role of three words or more written in lower case from token
/// `k` in paragraph `para` (`secretary of state`), if any.
fn role_through(lx: &Lexicon, text: &str, toks: &[Token], k: usize, para: usize) -> Option<usize> {
    let mut words = Vec::new();
    for x in toks.iter().skip(k).take(lx.role_max_words) {
        let w = tok(text, x);
        if x.kind != Kind::Word || x.inside.is_some() || x.para != para || is_cap(w) {
            break;
        }
        words.push(w.to_string());
    }
    (3..=words.len())
        .rev()
        .find(|&n| lx.role(&words[..n].join(" ")).is_some())
}

/// Whether a capitalised title (`Governor`, `Chairman`) starts at token `e` and a person's
/// name follows it in paragraph `para`: a known given name or an honorific first, or two
/// capitalised words or more of which none is a role or a body's word (`Bank of Japan
/// Governor Satoshi Sumita`; not `Association of Chief Police Officers`).
fn title_then_name(lx: &Lexicon, text: &str, toks: &[Token], e: usize, para: usize) -> bool {
    let caps: Vec<String> = toks[e..]
        .iter()
        .take_while(|x| {
            x.kind == Kind::Word && x.inside.is_none() && x.para == para && is_cap(tok(text, x))
        })
        .map(|x| low(strip_possessive(tok(text, x))))
        .collect();
    let Some((_, _, n)) = role_at(lx, &caps, 0) else {
        return false;
    };
    let name = &caps[n..];
    let Some(first) = name.first() else {
        return false;
    };
    let bodyish = |w: &String| {
        let w = w.strip_suffix('s').unwrap_or(w);
        lx.role_words.contains(w)
            || lx.org_heads.contains(w)
            || lx.org_of_heads.contains(w)
            || lx.org_generic.contains(w)
    };
    lx.is_given_name(first)
        || lx.honorifics.contains_key(first)
        || (name.len() >= 2 && !name.iter().any(bodyish))
}

/// Whether a known given name is among `words` (as written).
fn has_given_name(lx: &Lexicon, words: &[&str]) -> bool {
    words.iter().any(|w| lx.first_names.contains_key(&low(w)))
}

/// `Will Doyle`, `May Smith`: a modal that is also a given name, capitalised mid-sentence
/// and followed by a capitalised word; or `Will` as a surname before a reporting verb after a
/// quote (`"Q," Will wrote` for George Will; `May said` is [`month_surname`]'s).
fn modal_first_name(text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let w = tok(text, t);
    matches!(w, "Will" | "May")
        && i > 0
        && toks[i - 1].sent == t.sent
        // (mid-sentence, also after a comma: `"Q," Will Estrada said`)
        && (toks[i - 1].kind == Kind::Word
            || matches!(tok(text, &toks[i - 1]), "," | "\"" | "”" | "»"))
        && toks.get(i + 1).is_some_and(|n| {
            let nw = tok(text, n);
            n.kind == Kind::Word
                && n.para == t.para
                && (is_cap(nw)
                    || (w == "Will"
                        && toks[i - 1].kind != Kind::Word
                        && LEXICON.verbs.contains(nw)))
        })
}

/// `May said:`, `"Q," June told reporters`: a month's name right before a reporting verb in
/// lower case is a surname (a month says nothing).
fn month_surname(lx: &Lexicon, text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    // (Not a date: `in May said`, `since June`.)
    let after_date_word = i > 0
        && toks[i - 1].sent == t.sent
        && matches!(
            low(tok(text, &toks[i - 1])).as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "from"
                | "of"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "on"
                | "during"
                | "through"
                | "before"
                | "after"
        );
    crate::extract::dates::month_number(tok(text, t)).is_some()
        && is_cap(tok(text, t))
        && !after_date_word
        && toks.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.sent == t.sent
                && n.inside.is_none()
                && lx.verbs.contains(tok(text, n))
        })
}

/// `46-year-old`: a person's age standing for the person (`the 46-year-old said`).
pub(crate) fn is_age(w: &str) -> bool {
    age_of(w).is_some()
}

/// The age an `NN-year-old` word gives (`46-year-old` → 46).
pub(crate) fn age_of(w: &str) -> Option<u32> {
    w.strip_suffix("-year-old")
        .filter(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit()))
        .and_then(|n| n.parse().ok())
}

/// Whether the words from token `k` are a few lowercase qualifiers and then the head of a
/// description ending the phrase (`gambling tycoon`, `billionaire business mogul`, `46-year-old`):
/// a role word or description noun or an age, with no capitalised word (a name) after it. The
/// first word is lower case; a capitalised word after it that is no given name may qualify the
/// head too (`double Olympic champion`).
fn desc_ahead(lx: &Lexicon, text: &str, toks: &[Token], k: usize) -> bool {
    let para = toks[k].para;
    for d in 0..4 {
        let Some(x) = toks
            .get(k + d)
            .filter(|x| x.kind == Kind::Word && x.inside.is_none() && x.para == para)
        else {
            return false;
        };
        let w = tok(text, x);
        let lw = low(w);
        // (A capitalised word that is no given name may qualify the head: `the double Olympic
        // champion`.)
        if is_cap(w) && d > 0 && !lx.first_names.contains_key(&lw) && !is_possessive(w) {
            continue;
        }
        if is_cap(w) || lx.nonnames.contains(lw.as_str()) || lx.verbs.contains(lw.as_str()) {
            return false;
        }
        let head =
            is_age(w) || (d > 0 && (lx.role(&lw).is_some() || lx.descriptions.contains_key(&lw)));
        if head {
            return toks
                .get(k + d + 1)
                .is_none_or(|n| n.para != para || n.kind != Kind::Word || !is_cap(tok(text, n)));
        }
    }
    false
}

/// Whether a capitalised name word comes before token `k` in the run `j..k` (so a possessive
/// country there ends the name rather than continuing a chain).
fn seen_cap_name(lx: &Lexicon, text: &str, toks: &[Token], j: usize, k: usize) -> bool {
    toks[j..k.saturating_sub(1)].iter().any(|x| {
        let w = tok(text, x);
        is_cap(w) && lx.country(w).is_none() && lx.role(&low(w)).is_none()
    })
}

/// Whether byte `at` lies inside a ticker in angle brackets (`<CAWL.L>`, `<TSBA.T>`): a `<`
/// at most 13 bytes before it and a `>` after it, capital letters, digits and periods only
/// between (not a name so bracketed: `<Genentech>`).
fn in_ticker(text: &str, at: usize) -> bool {
    let mut lo = at.saturating_sub(13);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let Some(p) = text[lo..at].rfind('<').map(|p| lo + p) else {
        return false;
    };
    let mut hi = (p + 15).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    text[p..hi].find('>').map(|c| p + c).is_some_and(|c| {
        c > at
            && text[p + 1..c]
                .chars()
                .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit() || x == '.')
    })
}

/// An organisation named by tokens `t0..t1`, their words joined (a final `'s` dropped).
fn org_span(text: &str, toks: &[Token], t0: usize, t1: usize) -> Mention {
    let name = joined_name(text, toks, t0, t1);
    spanning(toks, t0, t1, MentionKind::Org { name })
}

/// An organisation spanning tokens `from..=e`, named by the words of `t0..=e` (an article
/// before the name is in the span only: `the Pacific Gas and Electric Co`), possessive when
/// its last word is.
fn org_through(text: &str, toks: &[Token], from: usize, t0: usize, e: usize) -> Mention {
    let name = joined_name(text, toks, t0, e + 1);
    let mut m = spanning(toks, from, e + 1, MentionKind::Org { name });
    m.possessive = is_possessive(tok(text, &toks[e]));
    m
}

/// The words of tokens `t0..t1` joined by one space, a final `'s` dropped.
fn joined_name(text: &str, toks: &[Token], t0: usize, t1: usize) -> String {
    let words: Vec<&str> = toks[t0..t1].iter().map(|x| tok(text, x)).collect();
    strip_possessive(&words.join(" ")).to_string()
}

/// The word at token `k` if it is one and stands outside quotes.
fn word_outside<'t>(text: &'t str, toks: &[Token], k: usize) -> Option<&'t str> {
    toks.get(k)
        .filter(|x| x.kind == Kind::Word && x.inside.is_none())
        .map(|x| tok(text, x))
}

/// A mention of tokens `t0..t1` (`t1 > t0`) with nothing more known than its kind.
fn spanning(toks: &[Token], t0: usize, t1: usize, kind: MentionKind) -> Mention {
    let mut m = simple(t0, &toks[t0], kind);
    m.t1 = t1;
    m.end = toks[t1 - 1].end;
    m
}

fn simple(i: usize, t: &Token, kind: MentionKind) -> Mention {
    Mention {
        start: t.start,
        end: t.end,
        t0: i,
        t1: i + 1,
        kind,
        roles: Vec::new(),
        accepts: Vec::new(),
        country: None,
        gender: None,
        counterpart: false,
        possessive: false,
        appositive_end: None,
        person: false,
    }
}

/// Whether a capitalised word (`l`, lower-cased) after `&` ends a body's name rather than
/// continue it: a role's word, an honorific or a given name (`Procter & Gamble Chief Executive
/// ...`, `Smith & Nephew Mr ...`).
pub(crate) fn ends_amp_name(lx: &Lexicon, l: &str) -> bool {
    lx.role_words.contains(l) || lx.honorifics.contains_key(l) || lx.first_names.contains_key(l)
}

/// Whether a name after a trade is the subject of a relative clause (`the company Musk
/// founded`): the trade after `the`/`a`/`an` (`det`, the word before it) and a verb in the
/// past after the name (`next`); not `Russian oil firm Yukos lied`.
pub(crate) fn trade_relative(det: Option<&str>, next: Option<&str>) -> bool {
    matches!(det, Some("the" | "a" | "an" | "The" | "A" | "An"))
        && next
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
}

/// All mentions outside quotes, left to right, not overlapping. An appositive description
/// right after a name (`Steinmeier, Germany's foreign minister,`) is folded into the name's
/// mention (its roles and country), and `appositive_end` records where it ends.
pub fn mentions(text: &str, toks: &[Token]) -> Vec<Mention> {
    mentions_with(text, toks, &lowercase_words(text, toks))
}

/// [`mentions`] with the set of words another text (the article body) writes in lower case,
/// for a title or lead written in title case.
pub fn mentions_with(text: &str, toks: &[Token], lowered: &HashSet<String>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let pairs = firm_pairs(&LEXICON, text, toks);
    let possessive_only = possessive_names(text, toks);
    let alone = words_ending_alone(text, toks);
    let mut i = 0;
    while i < toks.len() {
        match mention_in(text, toks, i, lowered, &pairs, &possessive_only, &alone) {
            Some(m) => {
                i = m.t1;
                out.push(m);
            }
            None => i += 1,
        }
    }
    split_adjacent_surnames(text, toks, &mut out);
    split_place_before_surname(text, toks, &mut out);
    // `the Cincinnati, Ohio, investor`: a state after its city is an address, no one's name.
    out.retain(|m| {
        let state = matches!(&m.kind, MentionKind::Org { name } | MentionKind::Person { name, .. }
            if LEXICON.us_state_names.contains(name.as_str()));
        let comma = |k: usize| {
            toks.get(k)
                .is_some_and(|x| x.kind == Kind::Punct && tok(text, x) == ",")
        };
        !(state
            && m.t0 >= 2
            && comma(m.t0 - 1)
            && toks[m.t0 - 2].kind == Kind::Word
            && tok(text, &toks[m.t0 - 2]).starts_with(char::is_uppercase)
            && !m.possessive)
    });
    numbered_stations(text, toks, &mut out);
    join_nicknames(text, toks, &mut out);
    join_possessive_offices(&mut out);
    name_media(text, toks, &mut out);
    bodies_by_form(&mut out);
    bodies_by_context(text, toks, &mut out);
    // `the MP for Sittingbourne and Sheppey said`: a role's place of two names; the second is
    // no person.
    // (Only a seat's holder, and not when the second name is someone's: `The Secretary of
    // State and Powell said`.)
    let surnames: HashSet<String> = out
        .iter()
        .filter_map(|o| match &o.kind {
            MentionKind::Person { name, words } if *words >= 2 => {
                name.rsplit(' ').next().map(str::to_string)
            }
            _ => None,
        })
        .collect();
    let word = |k: usize| {
        toks.get(k)
            .filter(|x| x.kind == Kind::Word)
            .map(|x| tok(text, x))
    };
    // (The second names merged are dropped in one pass at the end.)
    let mut dropped = vec![false; out.len()];
    let mut idx = 0;
    while idx + 1 < out.len() {
        let (m, n) = (&out[idx], &out[idx + 1]);
        if matches!(m.kind, MentionKind::Role { .. })
            && m.roles
                .iter()
                .any(|r| matches!(r.as_str(), "MP" | "MEP" | "MSP"))
            && m.t1 >= m.t0 + 3
            && matches!(word(m.t1 - 2), Some("for" | "of"))
            && word(n.t0).is_some_and(|w| !surnames.contains(w))
            && word(m.t1) == Some("and")
            && n.t0 == m.t1 + 1
            && matches!(n.kind, MentionKind::Person { words: 1, .. })
            && !n.possessive
            && word(n.t1).is_none_or(|w| !is_cap(w))
        {
            let (t1, end) = (n.t1, n.end);
            out[idx].t1 = t1;
            out[idx].end = end;
            dropped[idx + 1] = true;
            idx += 1;
        }
        idx += 1;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    // `Clinton herself`, `Trump himself`: the reflexive tells the gender.
    for m in out.iter_mut() {
        if matches!(m.kind, MentionKind::Person { .. }) && m.gender.is_none() {
            m.gender = toks
                .get(m.t1)
                .filter(|x| x.kind == Kind::Word && x.para == toks[m.t0].para)
                .and_then(|x| match tok(text, x) {
                    "himself" => Some(Gender::Male),
                    "herself" => Some(Gender::Female),
                    _ => None,
                });
        }
    }
    // Appositives.
    let mut merged: Vec<Mention> = Vec::with_capacity(out.len());
    let mut idx = 0;
    while idx < out.len() {
        let mut m = out[idx].clone();
        // A description before a full name between commas (`The Bishop of Durham, the Rt Rev
        // Dr Tom Wright, described`, `Germany's foreign minister, Frank-Walter Steinmeier,`):
        // the name holds the role.
        if matches!(m.kind, MentionKind::Role { .. }) {
            let named = out.get(idx + 1).filter(|n| {
                matches!(n.kind, MentionKind::Person { words, .. } if words >= 2)
                    && !n.possessive
                    && n.t0 == m.t1 + 1
                    && toks.get(m.t1).is_some_and(|x| tok(text, x) == ",")
                    && toks
                        .get(n.t1)
                        .is_some_and(|x| x.para == toks[n.t0].para && tok(text, x) == ",")
            });
            if let Some(n) = named {
                let mut n = n.clone();
                for r in &m.roles {
                    if !n.roles.contains(r) {
                        n.roles.push(r.clone());
                    }
                }
                n.country = n.country.clone().or(m.country.clone());
                n.gender = n.gender.or(m.gender);
                merged.push(m);
                merged.push(n);
                idx += 2;
                continue;
            }
        }
        // A role word, `of` and a body before a full name (`Chairman of the Environmental
        // Audit Committee Peter Ainsworth`, `Secretary of the Treasury James Baker`): one
        // mention of that person, holding the role.
        if let MentionKind::Person { name, words: 1 } = &m.kind {
            let role = LEXICON
                .role(&name.to_lowercase())
                .filter(|_| !m.possessive && toks.get(m.t1).is_some_and(|x| tok(text, x) == "of"));
            // (The body inside the next mention, before the name.)
            let named = out.get(idx + 1).filter(|n| {
                n.t0 == m.t1 + 1
                    && matches!(&n.kind, MentionKind::Person { name, words }
                        if *words >= 2 && !text[n.start..n.end].starts_with(name.as_str()))
            });
            if let (Some((role, g)), Some(n)) = (role, named) {
                let mut n = n.clone();
                n.start = m.start;
                n.t0 = m.t0;
                if !n.roles.contains(role) {
                    n.roles.push(role.clone());
                }
                n.gender = n.gender.or(*g);
                merged.push(n);
                idx += 2;
                continue;
            }
        }
        if matches!(m.kind, MentionKind::Person { .. }) && !m.possessive {
            if let Some(next) = out.get(idx + 1) {
                let comma = toks.get(m.t1).is_some_and(|x| tok(text, x) == ",");
                if comma && next.t0 == m.t1 + 1 && matches!(next.kind, MentionKind::Role { .. }) {
                    // The role may take a complement first (`Natalia Eismont, spokeswoman of
                    // the Belarusian leader,`): up to ten words, then the same punctuation.
                    let para = toks[m.t0].para;
                    let mut t1 = next.t1;
                    if toks
                        .get(t1)
                        .is_some_and(|x| matches!(tok(text, x), "of" | "for" | "at" | "to"))
                    {
                        // (A reporting verb ends it unclosed: `Anais Faraj, an analyst at
                        // Nomura told ...` is read by the verb search.)
                        let stop = (t1..(t1 + 11).min(toks.len())).find(|&x| {
                            toks[x].para != para
                                || toks[x].kind != Kind::Word
                                || toks[x].inside.is_some()
                                || LEXICON.verbs.contains(tok(text, &toks[x]))
                        });
                        // (Only to the sentence's end: before a comma, the free-appositive
                        // rule of the verb search reads it.)
                        if let Some(x) = stop.filter(|&x| {
                            toks[x].para != para || matches!(tok(text, &toks[x]), "." | ";")
                        }) {
                            t1 = x;
                        }
                    }
                    // (Before a comma the person holds the role all the same, `Ban Ki-moon, the
                    // secretary general of the United Nations, sat`; the verb search reads the
                    // appositive.)
                    let closing_comma = t1 == next.t1
                        && (t1..(t1 + 11).min(toks.len()))
                            .find(|&x| toks[x].kind != Kind::Word || toks[x].para != para)
                            .is_some_and(|x| {
                                x > t1 + 1
                                    && toks[x].para == para
                                    && toks[x].inside.is_none()
                                    && tok(text, &toks[x]) == ","
                                    && (t1..x).all(|y| !LEXICON.verbs.contains(tok(text, &toks[y])))
                            });
                    if toks
                        .get(t1)
                        .is_some_and(|x| matches!(tok(text, x), "of" | "for" | "at" | "to"))
                        && closing_comma
                    {
                        take_description(&mut m, next);
                        merged.push(m);
                        idx += 1;
                        continue;
                    }
                    let after = toks.get(t1).map(|x| tok(text, x));
                    let para_end = toks.get(t1).is_none_or(|x| x.para != para);
                    if para_end || matches!(after, Some("," | "." | ";" | ")")) {
                        take_description(&mut m, next);
                        let end = if after == Some(",") { t1 + 1 } else { t1 };
                        m.appositive_end = Some(end);
                        merged.push(m);
                        merged.push(next.clone());
                        idx += 2;
                        continue;
                    }
                }
            }
        }
        merged.push(m);
        idx += 1;
    }
    names_after_bodies(text, toks, &mut merged);
    merged
}

/// `BBC Radio 1`, `Channel 4`: a station's number after `Radio` or `Channel` ends its name (a
/// body's), where the name would stop before it.
fn numbered_stations(text: &str, toks: &[Token], ments: &mut [Mention]) {
    for m in ments.iter_mut() {
        let name = match &m.kind {
            MentionKind::Org { name } | MentionKind::Person { name, .. } => name,
            _ => continue,
        };
        let Some(t) = toks.get(m.t1) else { continue };
        let number = tok(text, t);
        if m.possessive
            || t.kind != Kind::Word
            || t.para != toks[m.t0].para
            || !(1..=2).contains(&number.len())
            || !number.bytes().all(|b| b.is_ascii_digit())
            || !matches!(name.rsplit(' ').next(), Some("Radio" | "Channel"))
        {
            continue;
        }
        let full = format!("{name} {number}");
        m.kind = MentionKind::Org { name: full };
        m.t1 += 1;
        m.end = t.end;
    }
}

/// A name takes the roles, country and gender of the description set off after it (`X, the
/// German foreign minister,`).
fn take_description(m: &mut Mention, desc: &Mention) {
    for r in &desc.roles {
        if !m.roles.contains(r) {
            m.roles.push(r.clone());
        }
    }
    m.country = m.country.clone().or(desc.country.clone());
    m.gender = m.gender.or(desc.gender);
}

/// A body's name without a place's possessive or a word of where it is or who owns it
/// before it (`Japan's Finance Ministry`, `Washington-based Atlantic Council`, `State-owned
/// Philippine Airlines`: `Finance Ministry`, `Atlantic Council`, `Philippine Airlines`; not
/// `People's Daily`, `Lloyd's Register`).
fn body_name(name: &str) -> &str {
    let Some((first, rest)) = name.split_once(' ') else {
        return name;
    };
    let lower = first.to_lowercase();
    // (Not what part of it another body owns: `Wholly-owned Mobil Corp unit`.)
    let owned = ["-based", "-owned", "-run", "-controlled", "-backed"]
        .iter()
        .any(|s| lower.ends_with(s))
        && !["wholly-", "majority-", "partly-", "jointly-", "fully-"]
            .iter()
            .any(|p| lower.starts_with(p));
    let place = first != strip_possessive(first) && LEXICON.is_place(strip_possessive(first));
    if owned || place {
        rest
    } else {
        name
    }
}

/// The key of a body's name in [`Entities`] (`org:` and its [`name_key`]).
fn org_key(name: &str) -> String {
    format!("org:{}", name_key(name))
}

/// A firm's name without the abbreviated legal forms ending it (`Dow Chemical Co` → `Dow
/// Chemical`, `Morgan Stanley and Co Inc` → `Morgan Stanley`); `None` when it has none, or
/// nothing of a name would be left.
pub(crate) fn without_legal_form(name: &str) -> Option<String> {
    let mut words: Vec<&str> = name.split(' ').collect();
    let n = words.len();
    // (Abbreviated forms only: `Company` and `Corporation` belong to names such as the
    // Australian Broadcasting Corporation and the Royal Shakespeare Company.)
    let legal = |w: &str| {
        let w = w.trim_end_matches('.');
        LEXICON.legal_forms.contains(w) && !matches!(w, "Company" | "Corporation")
    };
    while words.len() > 1 && words.last().is_some_and(|w| legal(w)) {
        words.pop();
        while words.len() > 1
            && words
                .last()
                .is_some_and(|w| matches!(*w, "and" | "&" | ","))
        {
            words.pop();
        }
    }
    let short = words.join(" ");
    let short = short.trim_end_matches(',');
    (words.len() < n && !short.is_empty()).then(|| short.to_string())
}

/// Whether a body's name is an acronym: two to six capital letters, an `&` among them
/// (`FDIC`, `GM`, `AT&T`).
pub(crate) fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(char::is_ascii_uppercase).count();
    (2..=6).contains(&letters) && name.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// A person or organisation of the article.
#[derive(Debug, Clone, Default)]
pub struct Entity {
    /// Canonical name (the longest full form seen, honorifics stripped).
    pub name: String,
    pub key: String,
    /// Keys of the first and last name words.
    pub first_key: String,
    pub last_key: String,
    pub roles: Vec<String>,
    pub country: Option<String>,
    pub gender: Option<Gender>,
    pub org: bool,
    /// Body offsets of the mentions naming it in full (empty when only in title/lead).
    pub full_at: Vec<usize>,
    /// First body offset where it is mentioned at all.
    pub first_at: Option<usize>,
    /// Body mentions naming it so far (in full, or by a surname resolved to it).
    pub named: usize,
    /// Named in full in the title or the lead.
    pub headline: bool,
    /// Named after a noun for a person (`Model Caprice`): a person, whatever the name.
    pub person: bool,
    /// Ages the text gives it (`Jane Doe, 46,`, `the 28-year-old Morientes`).
    pub ages: Vec<u32>,
}

/// The article's persons and organisations.
#[derive(Debug, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    by_key: HashMap<String, usize>,
    /// The last word of each key → the entities whose key ends with it, in the list's order:
    /// the only ones a surname can mean (a text of thousands of names looks each up at once).
    by_last: HashMap<String, Vec<usize>>,
    /// The entities named in two words or more when added, in the list's order (the only
    /// ones [`Self::only_person`] can find: a name gains a space later only as a firm's).
    full: Vec<usize>,
    /// The name keys of the bodies' names without their legal forms (`canadian pacific` of
    /// `Canadian Pacific Ltd`) → the first body so named (see [`Self::org_by_words`]).
    short_orgs: HashMap<String, usize>,
    /// Name keys of the capitalised words the text writes three times or more: names of
    /// their own, no slips of the keyboard.
    pub frequent: HashSet<String>,
}

impl Entity {
    /// A single word with no known gender or role (`Cruz`, `Brooklyn`, `Yukos`): what the
    /// text tells of it is too little to say it is a person.
    pub fn is_bare(&self) -> bool {
        !self.name.contains(' ') && self.gender.is_none() && self.roles.is_empty() && !self.person
    }

    /// Whether a role it holds says what it does (not only `Player`, `Champion`: see
    /// `vague_roles` in `word_classes.tsv`): a description of another role is not this one.
    pub fn has_office(&self) -> bool {
        self.roles
            .iter()
            .any(|r| !LEXICON.vague_roles.contains(r.as_str()))
    }
}

/// How many people named in full the fallbacks of [`Entities::by_surname`] (a given name, a
/// family name first, a misspelt surname) look through.
const MAX_FALLBACK_PEOPLE: usize = 1000;

impl Entities {
    /// Add (or merge) a person named in full (two or more words); `at` is the body offset.
    pub fn add_person(&mut self, m: &Mention, at: Option<usize>) -> Option<usize> {
        let MentionKind::Person { name, words } = &m.kind else {
            return None;
        };
        let key = name_key(name);
        let parts: Vec<&str> = key.split(' ').collect();
        let (first, last) = (parts.first()?.to_string(), parts.last()?.to_string());
        let idx = if *words >= 2 {
            let found = self.by_key.get(&key).copied().or_else(|| {
                self.ending_with(&key).iter().copied().find(|&i| {
                    let e = &self.list[i];
                    !e.org && e.first_key == first && e.last_key == last && e.name.contains(' ')
                })
            });
            // `Prince Abdullah` after `Crown Prince Abdullah Ibn Abdulaziz`: a royal style and
            // a given name are the one person named in full with that given name who holds a
            // royal style.
            let found = found.or_else(|| {
                // (The same style, `Prince` for a Crown Prince, not `King`; and no other
                // country: not Jordan's King Abdullah for Saudi Arabia's.)
                let royal = |r: &String| r.split(' ').any(|w| w.to_lowercase() == first);
                (*words == 2 && LEXICON.royal_styles.contains(&first))
                    .then(|| {
                        let mut hits = self.list.iter().enumerate().filter(|(_, e)| {
                            !e.org
                                && e.first_key == last
                                && e.roles.iter().any(royal)
                                && (m.country.is_none()
                                    || e.country.is_none()
                                    || m.country == e.country)
                        });
                        match (hits.next(), hits.next()) {
                            (Some((i, _)), None) => Some(i),
                            _ => None,
                        }
                    })
                    .flatten()
            });
            // `Mrs Parker Bowles`, `Mr Saumarez Smith`, `Mr De Vido`, `Perez de Cuellar` after
            // `Camilla Parker Bowles`, `Charles Saumarez Smith`, `Julio De Vido`, `Javier Perez
            // de Cuellar`: two words or more that are no given name and a surname (or come
            // after an honorific) are the end of the one longer name known that ends with them.
            let found = found.or_else(|| {
                if LEXICON.first_names.contains_key(&first) && m.gender.is_none() {
                    return None;
                }
                let tail = format!(" {key}");
                let mut longer = self.ending_with(&key).iter().copied().filter(|&i| {
                    let e = &self.list[i];
                    !e.org && e.key.ends_with(&tail)
                });
                let i = longer.next()?;
                longer.next().is_none().then_some(i)
            });
            match found {
                Some(i) => {
                    if name.len() > self.list[i].name.len() && self.list[i].key != key {
                        // keep the first spelling; a longer form only adds a middle name
                    }
                    i
                }
                None => {
                    let gender = match LEXICON.first_names.get(&first) {
                        Some(g) => *g,
                        None => LEXICON.given_name_genders.get(&first).copied(),
                    };
                    self.push(Entity {
                        name: name.clone(),
                        key,
                        first_key: first,
                        last_key: last,
                        gender,
                        ..Entity::default()
                    })
                }
            }
        } else {
            return None;
        };
        self.note(idx, m, at, true);
        Some(idx)
    }

    /// Record what a mention tells about entity `idx`.
    pub fn note(&mut self, idx: usize, m: &Mention, at: Option<usize>, full: bool) {
        let e = &mut self.list[idx];
        for r in &m.roles {
            if !e.roles.contains(r) {
                e.roles.push(r.clone());
            }
        }
        if e.country.is_none() {
            e.country = m.country.clone();
        }
        if e.gender.is_none() {
            e.gender = m.gender;
        }
        e.person |= m.person;
        if let Some(at) = at {
            e.named += 1;
            if full {
                e.full_at.push(at);
            }
            if e.first_at.is_none_or(|f| at < f) {
                e.first_at = Some(at);
            }
        }
    }

    /// An organisation by name (created on first use); a body's head word alone (`the
    /// Commission`) is the one body named with it before (`the European Commission`).
    pub fn org(&mut self, name: &str, country: Option<String>, at: Option<usize>) -> usize {
        // (A country's possessive is kept when another country's body has the name: `Japan's
        // Finance Ministry`, then `Germany's Finance Ministry`.)
        let plain = body_name(name);
        let from = name
            .strip_suffix(plain)
            .and_then(|f| LEXICON.country(f.trim_end()));
        let other = self
            .by_key
            .get(&org_key(plain))
            .and_then(|&i| self.list[i].country.as_ref());
        let name = match (from, other) {
            (Some(a), Some(b)) if a != b => name,
            _ => plain,
        };
        let key = org_key(name);
        // (`the Commission said` after `the European Commission`: a body's head word alone
        // is the one body named so.)
        let head = name_key(name);
        let tail = format!(" {head}");
        // (A body's own head word only: not `the State` for Islamic State, `the Times`.)
        let head_word = !name.contains(' ') && LEXICON.back_heads.contains(&head);
        // (Or whose head comes before `of`: `the Bank said` after `the Bank of England`.)
        let of_head = format!("{head} of ");
        let inner_of_head = format!(" {head} of ");
        let earlier = if head_word {
            let mut ending = (0..self.list.len()).filter(|&i| {
                let k = &self.list[i].last_key;
                self.list[i].org
                    && (k.ends_with(&tail) || k.starts_with(&of_head) || k.contains(&inner_of_head))
            });
            match (ending.next(), ending.next()) {
                (Some(i), None) => Some(i),
                _ => None,
            }
        } else {
            None
        };
        // (`the FDIC said` after `the Federal Deposit Insurance Corp`, `GM` after `General
        // Motors Corp`: an acronym is the one body named before whose initials it is.)
        // (Not a country's: `the US said` after `Universal Studios`.)
        let known = self.by_key.get(&key).copied();
        let acronym = (known.is_none() && earlier.is_none())
            .then(|| {
                (is_acronym(name) && LEXICON.country(name).is_none())
                    .then(|| self.by_initials(name))
                    .flatten()
                    .or_else(|| self.by_joined_initials(name))
            })
            .flatten();
        if let Some(i) = acronym {
            self.by_key.insert(key.clone(), i);
        }
        let idx = match known.or(earlier).or(acronym) {
            Some(i) => i,
            None => {
                let i = self.push(Entity {
                    name: name.to_string(),
                    key,
                    last_key: name_key(name),
                    country,
                    org: true,
                    ..Entity::default()
                });
                if let Some(short) = without_legal_form(name) {
                    self.short_orgs.entry(name_key(&short)).or_insert(i);
                }
                i
            }
        };
        if let Some(at) = at {
            let e = &mut self.list[idx];
            if e.first_at.is_none_or(|f| at < f) {
                e.first_at = Some(at);
            }
        }
        idx
    }

    /// A single-word person name (`Lavrov`, `Mr Blair`) at body offset `at.0` (None for
    /// title/lead), where the text "near" it begins at `at.1`: the only full name with that
    /// surname; else the one the headline names; else the one named in full last if that was
    /// near, else the one named most often before. `None` when nobody was named before.
    pub fn by_surname(
        &self,
        name: &str,
        gender: Option<Gender>,
        at: Option<(usize, usize)>,
    ) -> Option<usize> {
        let key = name_key(name);
        // (The tail built once, as in `has_surname`.)
        let tail = format!(" {key}");
        let ending = self.ending_with(&key);
        let cands: Vec<usize> = ending
            .iter()
            .copied()
            .filter(|&i| {
                let e = &self.list[i];
                !e.org
                    && e.name.contains(' ')
                    && (e.last_key == key || e.key.ends_with(&tail))
                    && gender_ok(e.gender, gender)
            })
            .collect();
        // (A title's gender over a given name's: `Mr Faraj` after `Anais Faraj`, the one
        // person named in full with that surname, whose gender only the longer, less sure list
        // of given names told; not `Mrs Smith` after `John Smith`, `Mr Obama` after `Michelle
        // Obama`: a spouse.)
        let cands = if cands.is_empty() && gender.is_some() {
            let listed = |e: &Entity| {
                !LEXICON.first_names.contains_key(&e.first_key)
                    && e.gender.is_some()
                    && e.gender == LEXICON.given_name_genders.get(&e.first_key).copied()
            };
            let all: Vec<usize> = ending
                .iter()
                .copied()
                .filter(|&i| {
                    let e = &self.list[i];
                    !e.org
                        && e.name.contains(' ')
                        && (e.last_key == key
                            || e.key
                                .strip_suffix(key.as_str())
                                .is_some_and(|r| r.ends_with(' ')))
                })
                .collect();
            if all.len() == 1 && listed(&self.list[all[0]]) {
                all
            } else {
                cands
            }
        } else {
            cands
        };
        if cands.is_empty() {
            return self
                .by_given_name(&key, gender)
                .or_else(|| self.by_family_name(&key, gender))
                .or_else(|| self.by_paternal_surname(&key, gender))
                .or_else(|| self.by_misspelt_surname(&key, gender));
        }
        if let [only] = cands[..] {
            // (Not a headline's capitalised words the body never writes in full, no given
            // name first: `Apple Mac mini gets warm welcome` names no `Mac`.)
            let e = &self.list[only];
            if e.headline && e.full_at.is_empty() && !LEXICON.is_given_name(&e.first_key) {
                return None;
            }
            return Some(only);
        }
        // The one the headline names in full: the story is about them (`Chris Murphy`, not the
        // `Anne Marie Murphy` it mentions).
        // (A headline's capitalised words make false names, `Understated Perez`: only a name
        // the body writes in full too.)
        let mut headline = cands
            .iter()
            .filter(|&&i| self.list[i].headline && !self.list[i].full_at.is_empty());
        if let (Some(&h), None) = (headline.next(), headline.next()) {
            return Some(h);
        }
        let (at, near) = at?;
        // The one named in full last before, when that was in this paragraph or the two before
        // (`Bill Clinton spoke with voters ... Clinton said`).
        let latest = cands
            .iter()
            .filter_map(|&i| {
                let p = self.list[i].full_at.iter().filter(|&&p| p < at).max()?;
                Some((*p, i))
            })
            .max();
        if let Some((_, i)) = latest.filter(|&(p, _)| p >= near) {
            return Some(i);
        }
        // Else, of those named in full before (the title and the lead come before the body,
        // for a name whose first word is a known given name), the one named most often so far:
        // the person the story is about (`Carly Fiorina`, not `her husband, Frank Fiorina`
        // named pages ago); between equals, the one named last.
        let before: Vec<(usize, usize, usize)> = cands
            .iter()
            .filter_map(|&i| {
                let e = &self.list[i];
                let last = e.full_at.iter().filter(|&&p| p < at).max().map(|&p| p + 1);
                let opening = e.headline && LEXICON.is_given_name(&e.first_key);
                let last = last.or(opening.then_some(0))?;
                Some((e.named + usize::from(e.headline), last, i))
            })
            .collect();
        before.iter().max().map(|&(_, _, i)| i)
    }

    /// A given name alone (`Glenn said` after `correspondent Glenn Campbell`): the one person
    /// named in full with it.
    fn by_given_name(&self, key: &str, gender: Option<Gender>) -> Option<usize> {
        if key.contains(' ') || !LEXICON.is_given_name(key) {
            return None;
        }
        self.only_person(gender, |e| e.first_key == key)
    }

    /// A family name written first (`Premier Zhao Ziyang ... Zhao said`, `Li Peng ... Li`):
    /// the one person named in full in two or three words whose first word it is, when it is
    /// no given name we know (a given name the lists lack is read the same way).
    fn by_family_name(&self, key: &str, gender: Option<Gender>) -> Option<usize> {
        if key.contains(' ') || LEXICON.is_given_name(key) {
            return None;
        }
        // (Only someone the body names in full and knows as a person, by a title, a gender or
        // a family name written first (`Gao Jianming`): not `Nestle SA`, `Yahoo Messenger` or a
        // headline's `Reagan Defends ...`.)
        self.only_person(gender, |e| {
            e.first_key == key
                && matches!(e.name.split(' ').count(), 2 | 3)
                && !e.full_at.is_empty()
                && (e.gender.is_some()
                    || !e.roles.is_empty()
                    || (LEXICON.family_first.contains(&e.first_key)
                        // (Not when a body's name opens with it: `Sun Co ... Sun said`.)
                        && !self.list.iter().any(|o| {
                            o.org && o.last_key.split(' ').next() == Some(key)
                        })))
        })
    }

    /// The first of two surnames (`Energy Minister Arturo Hernandez Grisanti ... Hernandez
    /// said`): the one person the body names in three words, a known given name first, whose
    /// second word it is, known as a person by a title or a gender (as [`Self::by_family_name`]).
    fn by_paternal_surname(&self, key: &str, gender: Option<Gender>) -> Option<usize> {
        if key.contains(' ') || LEXICON.first_names.contains_key(key) {
            return None;
        }
        self.only_person(gender, |e| {
            let words: Vec<&str> = e.key.split(' ').collect();
            words.len() == 3
                && words[1] == key
                && !e.full_at.is_empty()
                && (e.gender.is_some() || !e.roles.is_empty())
                && LEXICON.is_given_name(&e.first_key)
        })
    }

    /// The one person named in full, of a gender that agrees, for whom `pred` holds; `None`
    /// when there is none or more than one. (Among the first `MAX_FALLBACK_PEOPLE` named in
    /// full: a text of thousands of names is not read once per word.)
    fn only_person(&self, gender: Option<Gender>, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut found = None;
        for &i in self.full.iter().take(MAX_FALLBACK_PEOPLE) {
            let e = &self.list[i];
            if !e.org && e.name.contains(' ') && gender_ok(e.gender, gender) && pred(e) {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    /// A surname of six letters or more one edit away from the surname of exactly one
    /// person named in full, with the same first letter, written fewer than three times
    /// (`Koronolli` for `Viktor Koronelli`; two letters swapped count as one edit,
    /// `Schelsinger` for `Helmut Schlesinger`): a slip of the keyboard, not another person (not
    /// `Reagan` for `Donald Regan` in a story about both).
    fn by_misspelt_surname(&self, key: &str, gender: Option<Gender>) -> Option<usize> {
        if key.contains(' ') || key.chars().count() < 6 {
            return None;
        }
        // (A slip is rare: a surname written three times or more is a name of its own,
        // `Reagan` in a story that also names `Donald Regan`.)
        if self.frequent.contains(key) {
            return None;
        }
        self.only_person(gender, |e| {
            e.last_key.chars().next() == key.chars().next() && one_slip(&e.last_key, key)
        })
    }

    /// A firm named short by the first word of its name (`Kidder said` after `lead manager
    /// Kidder, Peabody and Co`, `Drexel said` after `Drexel Burnham Lambert Inc`): the one
    /// body named before byte `at` whose name is that word or opens with it, when it is no
    /// given name, no place and no surname of anyone named in full. Or, given name or not, by
    /// the last word of the person's name it bears before `and Co` (`Grace said` after `W.R.
    /// Grace and Co`) or before its legal forms (`Labatt said` after `John Labatt Ltd`): the
    /// one such body.
    pub fn org_by_first_word(&self, name: &str, at: usize) -> Option<usize> {
        let key = name_key(name);
        if key.contains(' ')
            || name.chars().count() < 3
            || !name.chars().all(char::is_alphabetic)
            || LEXICON.country(name).is_some()
            || self.has_surname(name)
        {
            return None;
        }
        // (Or by the last word of the person's name it bears, given name or not: `Grace said`
        // after `W.R. Grace and Co`, `Morgan said` after `J.P. Morgan and Co Inc`.)
        // (Or by the surname of a given name and a surname before its legal forms: `Labatt
        // said` after `John Labatt Ltd`, `Bosch` after `Robert Bosch GmbH`.)
        let named_firm = |e: &Entity| {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            words.len() >= 3
                && LEXICON.is_given_name(&name_key(words[0]))
                && name_key(words[1]) == key
                && words[2..]
                    .iter()
                    .all(|w| LEXICON.legal_forms.contains(w.trim_end_matches('.')))
        };
        let founder = |e: &Entity| {
            let k = &e.last_key;
            named_firm(e)
                || [" and co", " & co"].iter().any(|co| {
                    k.find(co).is_some_and(|p| {
                        let rest = &k[p + co.len()..];
                        (rest.is_empty() || rest.starts_with(' '))
                            && k[..p].contains(' ')
                            && k[..p].rsplit(' ').next() == Some(key.as_str())
                    })
                })
        };
        let mut hits = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.org && e.first_at.is_some_and(|f| f < at) && founder(e));
        if let (Some((i, _)), None) = (hits.next(), hits.next()) {
            return Some(i);
        }
        if LEXICON.is_given_name(&key) {
            return None;
        }
        // (A longer name ends in a firm's suffix, `Excelan Inc`, `Hecla Mining Co`: not a
        // product, `Nintendo DS`, nor `Carter Administration`.)
        let firm = |e: &Entity| {
            e.name.rsplit(' ').next().is_some_and(|w| {
                let w = w.trim_end_matches('.');
                LEXICON.firm_suffixes.contains(w) || LEXICON.legal_forms.contains(w)
            })
        };
        let mut hits = self.list.iter().enumerate().filter(|(_, e)| {
            e.org
                && e.first_at.is_some_and(|f| f < at)
                && (e.last_key == key
                    || (e.last_key.split(' ').next() == Some(key.as_str()) && firm(e)))
        });
        match (hits.next(), hits.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The body named before by these very words, without legal forms (`Canadian Pacific`
    /// after `Canadian Pacific Ltd`, `General Mills` after `General Mills Inc`): for a
    /// mention read as one name after a nation's or a title's word (`Pacific`, `Mills`).
    pub fn org_by_words(&self, words: &str) -> Option<usize> {
        // (Two words or more after an honorific is taken off: not `Mr. Trump` for a body
        // called `Trump`.)
        let key = name_key(words);
        if !key.contains(' ') {
            return None;
        }
        self.by_key
            .get(&org_key(words))
            .or_else(|| self.short_orgs.get(&key))
            .copied()
    }

    /// Whether some person named in full has this surname.
    pub fn has_surname(&self, name: &str) -> bool {
        let key = name_key(name);
        // (The tail built once, not once per entity: a text of thousands of names asks this
        // for each of its single words.)
        let tail = format!(" {key}");
        self.ending_with(&key).iter().any(|&i| {
            let e = &self.list[i];
            !e.org && e.name.contains(' ') && (e.last_key == key || e.key.ends_with(&tail))
        })
    }

    /// Let `acronym` name body `idx` from now on (unless it names a body already).
    pub fn alias(&mut self, acronym: &str, idx: usize) {
        let key = org_key(acronym);
        self.by_key.entry(key).or_insert(idx);
    }

    /// The one body named before whose initials are `acronym`, its legal form's or not
    /// (`FDIC` of `Federal Deposit Insurance Corp`, `GM` of `General Motors Corp`, `OECD` of
    /// `Organisation for Economic Co-operation and Development`).
    fn by_initials(&self, acronym: &str) -> Option<usize> {
        // (None when a body's name opens with it: `CTC said` after `CTC Dealer Holdings Ltd`
        // is not `Canadian Tire Corp`, and `IBM` after `IBM PC` is left as written.)
        if self
            .list
            .iter()
            .any(|e| e.org && e.name.split_whitespace().next() == Some(acronym))
        {
            return None;
        }
        let mut hits = self.list.iter().enumerate().filter(|(_, e)| {
            if !e.org {
                return false;
            }
            let words: Vec<&str> = e.name.split_whitespace().collect();
            // (Two letters are every word's: `GM` of `General Motors`, not `BA` of `Bank of
            // America`.)
            if acronym.len() == 2 && words.iter().any(|w| !w.starts_with(char::is_uppercase)) {
                return false;
            }
            let initials = |ws: &[&str]| -> String {
                ws.iter()
                    .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                    .collect()
            };
            let all = initials(&words);
            // (Two words of its own at least before a legal form: not `Beatrice Cos Inc`
            // for `BCI`.)
            let own = words.iter().filter(|w| !LEXICON.is_legal_form(w)).count();
            let short = match words.split_last() {
                Some((last, rest)) if LEXICON.is_legal_form(last) => initials(rest),
                _ => String::new(),
            };
            own >= 2 && (all == acronym || short == acronym)
        });
        match (hits.next(), hits.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// `S and P`, `S&P` after `Standard and Poor's Corp`: single capitals joined by `and` or
    /// `&` are the initials of the one body named before whose capitalised words (its legal
    /// form left out) they are.
    fn by_joined_initials(&self, name: &str) -> Option<usize> {
        let parts: Vec<&str> = name
            .split(|c: char| c == '&' || c.is_whitespace())
            .filter(|w| !w.is_empty() && *w != "and")
            .collect();
        if parts.len() < 2
            || !name.contains(['&', ' '])
            || !parts
                .iter()
                .all(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
        {
            return None;
        }
        let letters: String = parts.concat();
        let mut hits = self.list.iter().enumerate().filter(|(_, e)| {
            let words: Vec<&str> = e
                .name
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase) && !LEXICON.is_legal_form(w))
                .collect();
            e.org
                && words.len() == letters.len()
                && words.iter().all(|w| w.len() > 1)
                && words
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
                    == letters
        });
        match (hits.next(), hits.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// Add an entity to the list and its indexes; its index.
    fn push(&mut self, e: Entity) -> usize {
        let i = self.list.len();
        let last = e.key.rsplit(' ').next().unwrap_or_default().to_string();
        self.by_last.entry(last).or_default().push(i);
        if e.name.contains(' ') {
            self.full.push(i);
        }
        self.by_key.insert(e.key.clone(), i);
        self.list.push(e);
        i
    }

    /// The entities whose key's last word is `key`'s (a superset of those `key` can end),
    /// in the list's order.
    fn ending_with(&self, key: &str) -> &[usize] {
        let last = key.rsplit(' ').next().unwrap_or_default();
        self.by_last.get(last).map_or(&[], Vec::as_slice)
    }

    /// A name the text also uses for an organisation (`Royal Mail said it ...` and `a
    /// spokeswoman for Royal Mail`) is the organisation's, wherever it is read as a person's.
    pub fn names_of_organisations_are_no_persons(&mut self) {
        for i in 0..self.list.len() {
            let e = &self.list[i];
            // (A name that is no person's anyway stays out: `Pennsylvania Gov.`.)
            if !e.org
                && person_name_ok(&e.name)
                && self.by_key.contains_key(&format!("org:{}", e.key))
            {
                self.list[i].org = true;
            }
        }
    }

    /// The keys of the bodies' names without their legal forms (`brown forman` of
    /// `Brown-Forman Inc`).
    pub fn short_firm_keys(&self) -> HashSet<String> {
        self.list
            .iter()
            .filter(|o| o.org)
            .filter_map(|o| without_legal_form(&o.name))
            .map(|s| name_key(&s))
            .collect()
    }

    /// The person known by one word, `name` (no organisation).
    pub fn single(&self, name: &str) -> Option<usize> {
        let &i = self.by_key.get(&name_key(name))?;
        let e = &self.list[i];
        (!e.org && !e.name.contains(' ')).then_some(i)
    }

    /// A single-word name with nothing to link it to: an entity of its own.
    pub fn add_single(&mut self, name: &str, m: &Mention, at: Option<usize>) -> usize {
        let key = name_key(name);
        let idx = match self.by_key.get(&key) {
            Some(&i) => i,
            None => self.push(Entity {
                name: name.to_string(),
                key: key.clone(),
                first_key: key.clone(),
                last_key: key,
                ..Entity::default()
            }),
        };
        self.note(idx, m, at, false);
        idx
    }

    /// The one person holding the role a description names (`the German foreign minister`),
    /// or `None` when nobody or more than one could be meant.
    pub fn by_role(&self, m: &Mention) -> Option<usize> {
        let cands = self.role_holders(m);
        if cands.len() == 1 {
            Some(cands[0])
        } else {
            None
        }
    }

    /// Every person who could hold the role a description names.
    pub fn role_holders(&self, m: &Mention) -> Vec<usize> {
        (0..self.list.len())
            .filter(|&i| {
                let e = &self.list[i];
                if e.org {
                    return false;
                }
                let role_ok = m.answers_to(&e.roles);
                let country_ok = match (&m.country, &e.country) {
                    (Some(a), Some(b)) => a == b,
                    (Some(_), None) => false,
                    (None, _) => true,
                };
                role_ok && country_ok && gender_ok(e.gender, m.gender)
            })
            .collect()
    }
}

impl Mention {
    /// Whether a person holding `roles` answers to this description: one of the roles it
    /// accepts (`the diplomat`, `the Russian leader`), else every role it names (`the
    /// senator`; `minister` stands for any minister, and a role for that role `of` something:
    /// `chancellor` for the Chancellor of the Exchequer, `secretary` for the Secretary of State).
    pub fn answers_to(&self, roles: &[String]) -> bool {
        if !self.accepts.is_empty() {
            roles.iter().any(|r| {
                self.accepts.iter().any(|a| match a.strip_prefix('*') {
                    Some(suffix) => r.ends_with(suffix),
                    None => a == r,
                })
            })
        } else {
            self.roles.iter().all(|want| {
                // (`the Chancellor` for the Chancellor of the Exchequer, `the Secretary` for the
                // Secretary of State.)
                let of_want = |r: &String| {
                    r.strip_prefix(want.as_str())
                        .is_some_and(|t| t.starts_with(" of "))
                };
                roles.iter().any(|r| {
                    r == want || (want == "Minister" && r.ends_with("Minister")) || of_want(r)
                })
            })
        }
    }
}

/// A body's possessive before one word naming an office of it (`the U.S. Trade
/// Representative's Office said`): one body, `U.S. Trade Representative's Office`, not a body
/// named `Office`.
fn join_possessive_offices(ments: &mut Vec<Mention>) {
    // (One pass building a new list: a text of thousands of such bodies is not shifted once
    // per join.)
    let mut out: Vec<Mention> = Vec::with_capacity(ments.len());
    for b in ments.drain(..) {
        if let Some(a) = out.last_mut() {
            if let (MentionKind::Org { name: owner }, MentionKind::Org { name: office }) =
                (&a.kind, &b.kind)
            {
                if a.possessive
                    && b.t0 == a.t1
                    && b.t1 == b.t0 + 1
                    && LEXICON.possessive_offices.contains(office.as_str())
                {
                    a.kind = MentionKind::Org {
                        name: format!("{owner}'s {office}"),
                    };
                    a.end = b.end;
                    a.t1 = b.t1;
                    a.possessive = b.possessive;
                    a.appositive_end = b.appositive_end;
                    continue;
                }
            }
        }
        out.push(b);
    }
    *ments = out;
}

/// Words ending in `-ly` that are no adverbs (`rally driver Dave Hawkins said`).
const LY_NOUNS: &[&str] = &[
    "rally",
    "family",
    "supply",
    "reply",
    "assembly",
    "anomaly",
    "monopoly",
    "bully",
    "belly",
    "jelly",
    "folly",
    "tally",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "elderly",
    "friendly",
    "silly",
];

/// Whether `w` is a lower-case adverb in `-ly` (`initially`, `finally`), not one of
/// [`LY_NOUNS`] (`the Smith family decided`, `the daily reported`).
pub(crate) fn adverb_in_ly(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase) && !LY_NOUNS.contains(&w)
}

/// Whether two names differ by one slip of the keyboard: a letter wrong, added or left out,
/// or two letters swapped (`Koronolli` for `Koronelli`, `Schelsinger` for `Schlesinger`).
pub(crate) fn one_slip(a: &str, b: &str) -> bool {
    strsim::osa_distance(a, b) == 1
}

/// Whether `name` opens with a given name of either list (`Gordon Brown`, `Yusuf Ali Osman`).
pub fn opens_with_given_name(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| LEXICON.is_given_name(&name_key(w)))
}

/// A person's name after a body's head word inside one run of capitalised words: `President
/// of the Rio de Janeiro Coffee Trade Association Carlos Calmon` (a given name after the head)
/// is Carlos Calmon; `Minister of State for Energy Alick Buchanan-Smith`, `Minister of Mines
/// and Energy Subroto` (the run opening with the head) are Alick Buchanan-Smith and Subroto.
fn names_after_bodies(text: &str, toks: &[Token], ments: &mut [Mention]) {
    let lx = &*LEXICON;
    for m in ments.iter_mut() {
        let MentionKind::Person { name, .. } = &m.kind else {
            continue;
        };
        let ws: Vec<&str> = name.split(' ').collect();
        let head = |w: &str| lx.org_heads.contains(&w.to_lowercase());
        let Some(h) = (0..ws.len().saturating_sub(1)).rev().find(|&h| head(ws[h])) else {
            continue;
        };
        let rest = &ws[h + 1..];
        // (Opening with the head only after a role's portfolio, `for`/`and`/`of` and a role
        // word a few words before: not `Union Texas Petroleum said`, `International Paper`.)
        let portfolio = m.t0 > 0
            && matches!(tok(text, &toks[m.t0 - 1]), "for" | "and" | "of")
            && (m.t0.saturating_sub(6)..m.t0 - 1).any(|k| {
                toks[k].para == toks[m.t0].para
                    && lx.role_words.contains(&tok(text, &toks[k]).to_lowercase())
            });
        let cut = if h == 0 {
            portfolio && !opens_with_given_name(name) && !m.possessive
        } else {
            rest.len() >= 2 && lx.first_names.contains_key(&name_key(rest[0]))
        };
        if !cut {
            continue;
        }
        // (The token that opens the rest, right after the head's.)
        let Some(k) = (m.t0..m.t1).find(|&k| {
            k > m.t0 && tok(text, &toks[k - 1]) == ws[h] && tok(text, &toks[k]) == rest[0]
        }) else {
            continue;
        };
        m.kind = MentionKind::Person {
            name: rest.join(" "),
            words: rest.len(),
        };
        // (A role and its body before the name stay in the mention, as titles do; a head
        // opening the mention, after the role's portfolio, is left out of it.)
        if h == 0 {
            m.t0 = k;
            m.start = toks[k].start;
        }
    }
}

/// A name a run of capitalised words gave as a person's that a firm's legal form ends
/// (`Harris Associates L.P.`, `Kindness N.V.`) or a body's head word and then only countries
/// end (`Lloyds Bank Canada`, `Amnesty International UK`): a body's.
fn bodies_by_form(ments: &mut [Mention]) {
    let lx = &*LEXICON;
    for m in ments.iter_mut() {
        let MentionKind::Person { name, words: 2.. } = &m.kind else {
            continue;
        };
        if !m.roles.is_empty() || m.person || m.gender.is_some() {
            continue;
        }
        let ws: Vec<&str> = name.split(' ').collect();
        if opens_with_given_name(name) {
            continue;
        }
        let last = ws[ws.len() - 1];
        let form = lx.is_legal_form(last);
        let head_then_countries = (1..ws.len() - 1).any(|h| {
            lx.org_heads.contains(&ws[h].to_lowercase())
                && ws[h + 1..].iter().all(|w| lx.country(w).is_some())
        });
        if form || head_then_countries {
            m.kind = MentionKind::Org { name: name.clone() };
        }
    }
}

/// A name no given name opens, known as no one's by role, gender or title, whose words after
/// it say it is a firm: its place and legal form (`Sooner Defense of Florida Inc said`, `Children's
/// Discovery Centers of America Inc`), or an appositive saying what part of a firm or what
/// trade it is (`F.W. Dodge, a division of Mcgraw-Hill Inc, said`, `Texaco Refining and
/// Marketing, an operating subsidiary of Texaco Inc, said`; not `John Smith, a company
/// spokesman`, a given name opening it, nor `Zhang Wei, a company spokesman`, whose trade word
/// does not head the appositive).
fn bodies_by_context(text: &str, toks: &[Token], ments: &mut Vec<Mention>) {
    let lx = &*LEXICON;
    let word = |k: usize| word_outside(text, toks, k);
    let punct = |k: usize| {
        toks.get(k)
            .filter(|x| x.kind == Kind::Punct)
            .map(|x| tok(text, x))
    };
    let mut dead = vec![false; ments.len()];
    let mut i = 0;
    while i < ments.len() {
        let m = &ments[i];
        let MentionKind::Person { name, .. } = &m.kind else {
            i += 1;
            continue;
        };
        // `analyst with Conner Ballan division of Edward Viner and Co`: a part of a firm, given
        // name or not.
        let division =
            word(m.t1).is_some_and(|w| lx.firm_parts.contains(w)) && word(m.t1 + 1) == Some("of");
        if division && m.roles.is_empty() && !m.person && !m.possessive {
            let name = name.clone();
            into_body(&mut ments[i], name);
            i += 1;
            continue;
        }
        if !m.roles.is_empty() || m.person || m.gender.is_some() || opens_with_given_name(name) {
            i += 1;
            continue;
        }
        let para = toks[m.t0].para;
        let same = |k: usize| toks.get(k).is_some_and(|x| x.para == para);
        // `of Florida Inc`: `of`, one or two one-word places, a legal form (the end of the
        // body's name; not a firm's person, `Darwin Beck of First Boston Corp`).
        let of_place = if word(m.t1) == Some("of") {
            (m.t1 + 2..m.t1 + 4).find(|&f| {
                same(f)
                    && word(f).is_some_and(|w| lx.is_legal_form(w))
                    && (m.t1 + 1..f).all(|k| word(k).is_some_and(|w| lx.is_place(w)))
            })
        } else {
            None
        };
        // `, a division of`, `, an operating subsidiary of` (after `and Marketing`, the end of
        // the body's name).
        let mut e = m.t1;
        if word(e) == Some("and") && word(e + 1).is_some_and(is_cap) && punct(e + 2) == Some(",") {
            e += 2;
        }
        let part = punct(e) == Some(",")
            && word(e + 1).is_some_and(|w| matches!(w, "a" | "an"))
            && (e + 2..e + 5).any(|k| {
                same(k)
                    && word(k).is_some_and(|w| {
                        lx.firm_parts.contains(w)
                            || lx.trades.contains(w)
                    })
                    // (The noun heads the appositive: not `Zhang Wei, a company spokesman,`.)
                    && (word(k + 1) == Some("of") || matches!(punct(k + 1), Some("," | "." | ")")))
                    && (e + 2..k).all(|x| word(x).is_some_and(|w| !is_cap(w)))
            });
        // `the U.S. Agriculture Department's latest Export Sales report`: the name of a
        // body's report, a thing (not `the Kok report`, `the Maekawa report`: a person's).
        let bodys = i > 0
            && ments[i - 1].possessive
            && matches!(ments[i - 1].kind, MentionKind::Org { .. })
            && ments[i - 1].t1 + 2 >= m.t0;
        if bodys && word(m.t1).is_some_and(|w| lx.report_nouns.contains(w)) {
            let name = name.clone();
            into_body(&mut ments[i], name);
            i += 1;
            continue;
        }
        // `said Le Figaro newspaper`, `Izvestia daily said`: a publication named before the
        // noun for one (`daily` and `weekly` before a reporting verb or a stop only: not
        // `Smith daily rides`).
        let media = word(m.t1).is_some_and(|w| {
            lx.publication_nouns.contains(w)
                || (matches!(w, "daily" | "weekly")
                    && (punct(m.t1 + 1).is_some()
                        || word(m.t1 + 1).is_some_and(|v| lx.verbs.contains(v))))
        });
        // (Not after an article: `the Murdoch newspaper` is the owner's, `a Hong Kong
        // newspaper` one of a place.)
        let article = |k: Option<usize>| {
            k.and_then(word)
                .is_some_and(|w| matches!(w, "the" | "The" | "a" | "A" | "an" | "An"))
        };
        if media && !m.possessive && !article(Some(m.t0)) && !article(m.t0.checked_sub(1)) {
            let name = name.clone();
            into_body(&mut ments[i], name);
            i += 1;
            continue;
        }
        let end = match (of_place, part) {
            (Some(f), _) => f + 1,
            (None, true) => e,
            (None, false) => {
                i += 1;
                continue;
            }
        };
        // The mentions the body's name swallows (`Florida Inc`, `Marketing`) go (marked here,
        // dropped once at the end); none may run past its end.
        let mut k = i + 1;
        while k < ments.len() && ments[k].t1 <= end {
            k += 1;
        }
        if ments.get(k).is_some_and(|n| n.t0 < end) {
            i += 1;
            continue;
        }
        for d in &mut dead[i + 1..k] {
            *d = true;
        }
        let m = &mut ments[i];
        m.t1 = end;
        m.end = toks[end - 1].end;
        let name = text[m.start..m.end].to_string();
        let name = name
            .strip_prefix("The ")
            .map_or(name.clone(), str::to_string);
        into_body(m, name);
        i = k;
    }
    let mut n = 0;
    ments.retain(|_| {
        n += 1;
        !dead[n - 1]
    });
}

/// Mention `m`, read as a person's, is the body `name`: no gender, no country of a person's.
fn into_body(m: &mut Mention, name: String) {
    m.kind = MentionKind::Org { name };
    m.gender = None;
    m.country = None;
}

/// A medium named after what it is (`the official news agency Tass said`, `the Kuwait daily
/// al-Qabas`, `trade paper Automotive News`, `Italian news agency Apcom`): one body's mention
/// from the article (or the first word saying whose it is) to the name, not a person's
/// (`told the newspaper Gordon Brown would` keeps the person: a given name opens it). So is a
/// name after a spokesman and `from` (`a spokesperson from Icstis`) or `for the` (`a spokesman
/// for the World Summit`), without the words before.
fn name_media(text: &str, toks: &[Token], ments: &mut Vec<Mention>) {
    let lx = &*LEXICON;
    let word = |k: usize| word_outside(text, toks, k);
    // (Not a person's surname whose full name the text gives: `In the paper Bangemann
    // wrote` after `Economics Minister Martin Bangemann`.)
    let surnames: HashSet<String> = ments
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Person { name, words: 2.. } => name.rsplit(' ').next().map(str::to_string),
            _ => None,
        })
        .collect();
    // (One pass building a new list, as for offices.)
    let mut out: Vec<Mention> = Vec::with_capacity(ments.len());
    let mut rest = std::mem::take(ments).into_iter().peekable();
    while let Some(mut m) = rest.next() {
        let para = toks[m.t0].para;
        // (A possessive and more of the name after it: a title, given name or not, `the
        // magazine Jane's Defence Weekly`.)
        let titled = |m: &Mention, n: &Mention| {
            m.possessive
                && n.t0 == m.t1
                && n.roles.is_empty()
                && matches!(n.kind, MentionKind::Person { .. } | MentionKind::Org { .. })
        };
        // (Not the subject of a clause reported after a medium, `told the newspaper Mr Lawson
        // would resign`, `told the agency Exxon Corp would cut jobs`.)
        // (The finite verbs of a clause, `can` too; not `did`/`does`, which open no statement
        // here.)
        let clause = word(m.t1).is_some_and(|w| {
            w == "can" || (super::quotes::FINITE.contains(&w) && !matches!(w, "did" | "does"))
        });
        let named = !clause
            && match &m.kind {
                MentionKind::Person { name, .. } => {
                    m.roles.is_empty()
                        && !m.person
                        && m.gender.is_none()
                        && !surnames.contains(name.as_str())
                        && (rest.peek().is_some_and(|n| titled(&m, n))
                            || !opens_with_given_name(name))
                }
                MentionKind::Org { .. } => true,
                _ => false,
            };
        let medium = m.t0 > 0
            && toks[m.t0 - 1].para == para
            && word(m.t0 - 1).is_some_and(|w| lx.media_before_names.contains(w));
        // (`a spokesperson from Icstis`, `a spokesman for the World Summit`: a body's name
        // after a spokesman and `from`, or `for`/`of`/`at` and `the`.)
        let the = word(m.t0).is_some_and(|w| w == "the");
        let spoken_for = m.t0 > 1
            && toks[m.t0 - 2].para == para
            && m.gender.is_none()
            && (word(m.t0 - 1) == Some("from")
                || (the && matches!(word(m.t0 - 1), Some("for" | "of" | "at"))))
            && word(m.t0 - 2).is_some_and(|w| SPOKESPEOPLE.contains(&w));
        if named && spoken_for {
            if let MentionKind::Person { name, .. } = &m.kind {
                let name = name.clone();
                into_body(&mut m, name);
            }
        }
        if !(named && medium) {
            out.push(m);
            continue;
        }
        // Back over the words saying whose medium it is (`official`, `Iranian`, `EC's`,
        // `state news`), to the article that opens them.
        let mut t0 = m.t0 - 1;
        while t0 > 0 && m.t0 - t0 < 6 && toks[t0 - 1].para == para {
            let Some(w) = word(t0 - 1) else { break };
            let l = low(w);
            if matches!(l.as_str(), "the" | "a" | "an" | "its" | "their") {
                t0 -= 1;
                break;
            }
            // (Not a word joining or opening the sentence: `And Spanish daily ABC`.)
            let describes = w
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && !lx.verbs.contains(l.as_str())
                && !matches!(
                    l.as_str(),
                    "of" | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "by"
                        | "for"
                        | "from"
                        | "with"
                        | "and"
                        | "or"
                        | "but"
                        | "so"
                        | "yet"
                        | "that"
                        | "which"
                        | "who"
                        | "as"
                        | "according"
                        | "meanwhile"
                        | "however"
                        | "also"
                        | "now"
                        | "then"
                        | "while"
                        | "when"
                        | "if"
                );
            if !describes {
                break;
            }
            t0 -= 1;
        }
        // (The mentions inside, `the Kuwait`, `The news`, are part of it.)
        while out.last().is_some_and(|o| o.t0 >= t0) {
            out.pop();
        }
        if let Some(o) = out.last() {
            t0 = t0.max(o.t1);
        }
        // (The name as written: `US magazine Rolling Stone's` is no `Stone`.)
        if matches!(m.kind, MentionKind::Person { .. }) {
            let name = strip_possessive(&text[m.start..m.end]).to_string();
            into_body(&mut m, name);
        }
        // (`the trade paper Ward's Automotive Reports`: a possessive opening the name.)
        let name_start = m.start;
        if let Some(n) = rest.next_if(|n| titled(&m, n)) {
            m.kind = MentionKind::Org {
                name: text[name_start..n.end].to_string(),
            };
            m.t1 = n.t1;
            m.end = n.end;
            m.possessive = n.possessive;
            m.appositive_end = n.appositive_end;
        }
        m.t0 = t0;
        m.start = toks[t0].start;
        out.push(m);
    }
    *ments = out;
}

/// A nickname in quotes between a given name and a surname (`Antonio "LA" Reid`, `Mohammed
/// "Mo" Farah`): one person, named without the nickname.
fn join_nicknames(text: &str, toks: &[Token], ments: &mut Vec<Mention>) {
    let lx = &*LEXICON;
    let quote_mark = |k: usize| {
        toks.get(k)
            .is_some_and(|x| matches!(tok(text, x), "\"" | "“" | "”" | "'" | "‘" | "’"))
    };
    // (After a given name, or initials: `C. J. "Pete" Silas`.)
    let initials = |g: &str| {
        g.split_whitespace()
            .all(|w| w.ends_with('.') && w.split_terminator('.').all(|p| p.chars().count() == 1))
    };
    let mut i = 0;
    while i + 1 < ments.len() {
        let a = &ments[i];
        // (The nickname may be a mention of its own: `Brian 'Head' Welch`.)
        let inner = |m: &Mention| m.t0 == a.t1 + 1 && quote_mark(m.t1);
        let skip = usize::from(inner(&ments[i + 1]) && i + 2 < ments.len());
        let b = &ments[i + 1 + skip];
        let joined = match (&a.kind, &b.kind) {
            (
                MentionKind::Person {
                    name: given,
                    words: gw,
                },
                MentionKind::Person {
                    name: surname,
                    words,
                },
            ) if !a.possessive
                && ((*gw == 1 && lx.first_names.contains_key(&low(given))) || initials(given))
                && b.t0 >= a.t1 + 3
                && b.t0 <= a.t1 + 4
                && toks[a.t1..b.t0].iter().all(|x| x.para == toks[a.t0].para)
                && quote_mark(a.t1)
                && quote_mark(b.t0 - 1)
                && toks[a.t1 + 1..b.t0 - 1]
                    .iter()
                    .all(|x| x.kind == Kind::Word && is_cap(tok(text, x))) =>
            {
                Some(MentionKind::Person {
                    name: format!("{given} {surname}"),
                    words: words + gw,
                })
            }
            _ => None,
        };
        // (A nickname in parentheses is a mention of its own: `James E. (Jim) Nugent`.)
        let paren = |k: usize, p: &str| toks.get(k).is_some_and(|x| tok(text, x) == p);
        let nb = &ments[i + 1];
        let in_parens = match (&a.kind, &nb.kind, ments.get(i + 2).map(|c| (&c.kind, c))) {
            (
                MentionKind::Person { name: given, words },
                MentionKind::Person { words: 1, .. },
                Some((
                    MentionKind::Person {
                        name: surname,
                        words: w2,
                    },
                    c,
                )),
            ) if !a.possessive
                // (A given name and initials only: not `Peter Brown (Pete) Smith`.)
                && given.split_whitespace().enumerate().all(|(n, g)| {
                    if n == 0 {
                        lx.first_names.contains_key(&low(g))
                    } else {
                        g.len() == 2 && g.ends_with('.')
                    }
                })
                && paren(a.t1, "(")
                && nb.t0 == a.t1 + 1
                && nb.t1 == nb.t0 + 1
                && paren(nb.t1, ")")
                && c.t0 == nb.t1 + 1
                && toks[a.t0].para == toks[c.t0].para =>
            {
                Some(MentionKind::Person {
                    name: format!("{given} {surname}"),
                    words: words + w2,
                })
            }
            _ => None,
        };
        if in_parens.is_some() || (joined.is_some() && skip == 1) {
            ments.remove(i + 1);
        }
        if let Some(kind) = joined.or(in_parens) {
            let b = ments.remove(i + 1);
            let a = &mut ments[i];
            a.kind = kind;
            a.end = b.end;
            a.t1 = b.t1;
            for r in b.roles {
                if !a.roles.contains(&r) {
                    a.roles.push(r);
                }
            }
            a.country = a.country.take().or(b.country);
            a.gender = a.gender.or(b.gender);
            a.possessive = b.possessive;
            a.appositive_end = b.appositive_end;
        }
        i += 1;
    }
}

/// Two surnames side by side (`During that conversation with Biden Putin "responded ..."`)
/// are two people, not one with the first as given name: when both words end other
/// persons' full names in the text and the first is no known given name, the mention keeps
/// the second (the one the clause goes on with).
fn split_adjacent_surnames(text: &str, toks: &[Token], ments: &mut [Mention]) {
    let lx = &*LEXICON;
    let mut surnames: HashSet<String> = HashSet::default();
    for m in ments.iter() {
        if let MentionKind::Person { name, words } = &m.kind {
            if *words >= 2 {
                if let Some(last) = name.split_whitespace().last() {
                    surnames.insert(low(strip_possessive(last)));
                }
            }
        }
    }
    for m in ments.iter_mut() {
        let MentionKind::Person { name, words: 2 } = &m.kind else {
            continue;
        };
        let (first, second) = match name.split_whitespace().collect::<Vec<_>>()[..] {
            [a, b] => (low(a), b.to_string()),
            _ => continue,
        };
        let two_people = m.t1 == m.t0 + 2
            && m.roles.is_empty()
            && first != low(&second)
            && !lx.first_names.contains_key(&first)
            && surnames.contains(&first)
            && surnames.contains(&low(&second))
            // Written so as a full name elsewhere, it is one.
            && ments_named(text, toks, name) < 2;
        if two_people {
            m.t0 = m.t1 - 1;
            m.start = toks[m.t0].start;
            m.kind = MentionKind::Person {
                name: second,
                words: 1,
            };
        }
    }
}

/// A place run into a surname the text gives a person in full (`to the Soviet Union Lyng said`
/// after `Richard Lyng`, `At a meeting in Atlanta Duffy said` with `Henry A. Duffy`): after
/// `the` or a preposition, no given name first, the run written only once; the surname alone is
/// the mention.
fn split_place_before_surname(text: &str, toks: &[Token], ments: &mut [Mention]) {
    // Surname → the full names of people the text names with it.
    let mut full: HashMap<String, Vec<String>> = HashMap::default();
    for m in ments.iter() {
        if let MentionKind::Person { name, words: 2.. } = &m.kind {
            if opens_with_given_name(name) || !m.roles.is_empty() {
                if let Some(last) = name.split_whitespace().last() {
                    full.entry(low(strip_possessive(last)))
                        .or_default()
                        .push(name.clone());
                }
            }
        }
    }
    if full.is_empty() {
        return;
    }
    for m in ments.iter_mut() {
        let name = match &m.kind {
            MentionKind::Person { name, words: 2.. } => name.clone(),
            MentionKind::Org { name } if name.contains(' ') => name.clone(),
            _ => continue,
        };
        if !m.roles.is_empty() || m.possessive || m.t1 < m.t0 + 2 {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let last = words[words.len() - 1];
        let Some(names) = full.get(&low(last)) else {
            continue;
        };
        let the = tok(text, &toks[m.t0]).eq_ignore_ascii_case("the");
        let after_prep = m.t0 > 0
            && toks[m.t0 - 1].kind == Kind::Word
            && toks[m.t0 - 1].para == toks[m.t0].para
            && matches!(
                tok(text, &toks[m.t0 - 1]),
                "in" | "at" | "to" | "from" | "for" | "with" | "on" | "of" | "by"
            );
        let place_first = !opens_with_given_name(&name) && !names.contains(&name);
        if (the || after_prep) && place_first && ments_named(text, toks, &name) < 2 {
            m.t0 = m.t1 - 1;
            m.start = toks[m.t0].start;
            m.kind = MentionKind::Person {
                name: last.to_string(),
                words: 1,
            };
            m.country = None;
            m.gender = None;
        }
    }
}

/// How many times `name` occurs in the text outside quotes (at most 2 are counted).
fn ments_named(text: &str, toks: &[Token], name: &str) -> usize {
    let first = name.split_whitespace().next().unwrap_or("");
    let n = name.split_whitespace().count();
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.inside.is_none() && tok(text, t) == first)
        .filter(|(i, _)| {
            let ws: Vec<&str> = toks[*i..(*i + n).min(toks.len())]
                .iter()
                .map(|t| strip_possessive(tok(text, t)))
                .collect();
            ws.join(" ") == name
        })
        .take(2)
        .count()
}

/// Whether a name we took for a person's can be one: not ending in a word that never ends a
/// person's name (`Affordable Care Act`, `Iowans`, `Wyoming`), nor in an initial
/// (`Donald J.`), with no contraction (`Eastland I’ve`), no word that never starts a name
/// inside it (`Explains Why She Sees`) and no gerund opening it (`Entrusting Donald Trump`).
pub fn person_name_ok(name: &str) -> bool {
    let lx = &*LEXICON;
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let last_l = low(super::lexicon::strip_possessive(last));
    if lx.nonpersons.contains(&last_l) {
        return false;
    }
    // A plural demonym or nationality noun alone (`Russians`, `Israelis`, `Britons`): a
    // people, not a person (`Claire Danes` is one).
    if let Some(one) = last.strip_suffix('s').filter(|_| words.len() == 1) {
        if lx.country(one).is_some() {
            return false;
        }
    }
    // A house's name (`Companies House`, `Trafalgar House`, `Mansion House`) is a building's
    // or a body's, not a person's called House (`Michael House`, `Edward M. House`).
    if words.len() >= 2 && last_l == "house" && !lx.is_given_name(&low(words[0])) {
        return false;
    }
    // A region's adjective (`Latin American`, `South African`, `East German`).
    if words.len() == 2
        && lx.region_prefixes.contains(words[0])
        && (lx.country(last).is_some() || lx.regions.contains(*last))
    {
        return false;
    }
    // An acronym of three letters or more is an organisation's (`CNN Worldwide`), and one of
    // two or more in the plural a thing's (`Windows ATMs`, `PCs`).
    if words.iter().any(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let n = letters.len();
        n >= 3
            && letters[..n - 1].iter().all(|c| c.is_uppercase())
            && (letters[n - 1].is_uppercase() || letters[n - 1] == 's')
    }) {
        return false;
    }
    // A compound adjective is no name's word (`World Cup-winning`, `Oscar-nominated`).
    if words.iter().any(|w| {
        w.rsplit_once('-').is_some_and(|(_, tail)| {
            tail.starts_with(char::is_lowercase)
                && (tail.ends_with("ing") || tail.ends_with("ed"))
                && tail.len() >= 6
        })
    }) {
        return false;
    }
    // An institution's one-word name is in no person's (`Senate Iran` of `a Senate Iran
    // committee aide`).
    if words.len() >= 2 && words.iter().any(|w| lx.institutions.contains(*w)) {
        return false;
    }
    // A title ends no name (`Pennsylvania Gov.`, `Sen.`).
    if last.ends_with('.') && lx.honorifics.contains_key(&last_l) {
        return false;
    }
    if words.len() >= 2 && last.trim_end_matches('.').chars().count() == 1 {
        return false;
    }
    let contraction = |w: &str| {
        [
            "’ve", "'ve", "’m", "'m", "’ll", "'ll", "’re", "'re", "’d", "'d",
        ]
        .iter()
        .any(|c| w.ends_with(c))
    };
    if words.iter().any(|w| contraction(w)) {
        return false;
    }
    // No person's name has a digit (`Hawaii Five-0`, `Galaxy S7`).
    if name.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if words.len() >= 2 {
        let inner = &words[1..];
        if inner
            .iter()
            .any(|w| INNER_NONNAMES.contains(&low(w).as_str()))
        {
            return false;
        }
        let f = low(words[0]);
        if words.len() >= 3 && f.ends_with("ing") && !lx.first_names.contains_key(&f) {
            return false;
        }
    }
    true
}

/// Whether a known gender (if any) agrees with a wanted one (if any).
pub fn gender_ok(have: Option<Gender>, want: Option<Gender>) -> bool {
    match (have, want) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::{paragraphs, quote_spans, tokenize};
    use super::*;

    #[test]
    fn two_word_states_are_places() {
        let m =
            ms("He campaigned in North Carolina and New Hampshire. West Virginia voters agreed.");
        let names: Vec<_> = m
            .iter()
            .map(|m| match &m.kind {
                MentionKind::Org { name } | MentionKind::Person { name, .. } => name.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(
            names,
            ["", "North Carolina", "New Hampshire", "West Virginia"]
        );
        assert!(m[1..]
            .iter()
            .all(|m| matches!(m.kind, MentionKind::Org { .. })));
        // Negative: a longer capitalised name starting with a state is read whole.
        let m = ms("New York Times reporter Maggie Haberman said so.");
        assert!(matches!(&m[0].kind, MentionKind::Org { name } if name == "New York Times"));
    }

    #[test]
    fn an_appositive_role_with_its_body_before_a_comma() {
        // `Ban Ki-moon, the secretary general of the United Nations, sat`: the role is his.
        let m = ms("Ban Ki-moon, the secretary general of the United Nations, sat inside.");
        assert_eq!(m[0].roles, ["Secretary-General"], "{m:?}");
        // Negative: a verb in the words after the role ends no appositive there.
        let m = ms("Ban Ki-moon, the secretary general of the body said, sat inside.");
        assert!(m[0].roles.is_empty(), "{m:?}");
    }

    #[test]
    fn a_title_and_a_name_after_a_bodys_name() {
        let m = ms("Bank of Canada Governor John Crow said so.");
        assert!(matches!(&m[0].kind, MentionKind::Org { name } if name == "Bank of Canada"));
        assert!(
            matches!(&m[1].kind, MentionKind::Person { name, .. } if name == "John Crow"),
            "{m:?}"
        );
        assert_eq!(m[1].roles, ["Governor"]);
        // Negative: a title and words that name a body, not a person, stay in the name.
        let m = ms("The Bank of England Director Banking Services said so.");
        assert!(
            matches!(&m[0].kind, MentionKind::Org { name } if name == "Bank of England Director Banking Services"),
            "{m:?}"
        );
    }

    #[test]
    fn one_capitalised_word_after_the_names_a_body() {
        for t in [
            "The Halifax, meanwhile, said prices rose.",
            "Meanwhile, the Academy has announced a change.",
            "The U.S. Government said the attack was a response.",
        ] {
            let m = ms(t);
            assert!(matches!(&m[0].kind, MentionKind::Org { .. }), "{t}: {m:?}");
        }
        // Negative: an honorific (`the Ayatollah`).
        let m = ms("Then the Ayatollah said so.");
        assert!(!matches!(&m[0].kind, MentionKind::Org { .. }), "{m:?}");
        // Negatives: before a noun (`the Kok report said`), a role (`the U.S. Official`).
        for t in [
            "Then the Kok report said so.",
            "Then the U.S. Official added this.",
        ] {
            let m = ms(t);
            assert!(!matches!(&m[0].kind, MentionKind::Org { .. }), "{t}: {m:?}");
        }
    }

    #[test]
    fn a_place_based_word_alone_names_no_one() {
        let m = ms("The Canada-based company says it is looking for players.");
        assert!(
            m.iter()
                .all(|m| !matches!(m.kind, MentionKind::Person { .. })),
            "{m:?}"
        );
        // A role and a name after it: the name.
        let m = ms("Drexel's Houston-based analyst John Olson said so.");
        assert!(person_named(&m, "John Olson"), "{m:?}");
        // Negative: a name after a word that is no role is left to what follows (it is
        // not lost with the place-based word).
        let m = ms("It rose, according to the UK-based journal Screen Digest.");
        assert!(
            m.iter().any(|m| matches!(&m.kind,
                MentionKind::Person { name, .. } | MentionKind::Org { name } if name == "Screen Digest")),
            "{m:?}"
        );
        // `Downing St` is Downing Street.
        let m = ms("Downing St said an offer might be made.");
        assert!(matches!(&m[0].kind, MentionKind::Org { name } if name == "Downing St"));
    }

    #[test]
    fn bodies_with_a_possessive_inside() {
        let m = ms("The People's Daily said so. The People's Bank of China agreed with people.");
        assert!(matches!(&m[0].kind, MentionKind::Org { name } if name == "People's Daily"));
        assert!(
            matches!(&m[1].kind, MentionKind::Org { name } if name == "People's Bank of China")
        );
        // Negative: a person's possessive stays one (`Mr Smith's Party`, `Hillary's Campaign`,
        // `Clinton's Campaign`).
        let m = ms("Clinton's Campaign said so.");
        assert!(
            matches!(&m[0].kind, MentionKind::Person { name, .. } if name == "Clinton"),
            "{m:?}"
        );
        let m = ms("Mr Smith's Party met. Hillary's Campaign met.");
        assert!(matches!(&m[0].kind, MentionKind::Person { name, .. } if name == "Smith"));
        assert!(
            matches!(&m[2].kind, MentionKind::Person { name, .. } if name == "Hillary"),
            "{m:?}"
        );
    }

    #[test]
    fn a_states_abbreviation_without_its_period() {
        let m = ms("He works for Herold Inc of Greenwich, Conn said Andrew.");
        assert!(!person_named(&m, "Conn"), "{m:?}");
        // Negative: a given name before a surname (`At Wimbledon, Del Potro said`).
        let m = ms("At Wimbledon, Del Potro said so.");
        assert!(person_named(&m, "Del Potro"), "{m:?}");
        // Negative: not after a place and a comma (`Conn said` opening a sentence).
        let m = ms("It was late. Conn said so.");
        assert!(person_named(&m, "Conn"), "{m:?}");
    }

    #[test]
    fn a_weekday_after_a_name_is_no_part_of_it() {
        let m = ms("Wikileaks released emails from campaign chair John Podesta Tuesday, and more.");
        assert!(person_named(&m, "John Podesta"), "{m:?}");
        // Negative: a surname that is a weekday (`England sevens coach Mike Friday`).
        let m = ms("said England sevens coach Mike Friday.");
        assert!(person_named(&m, "Mike Friday"), "{m:?}");
    }

    #[test]
    fn keys() {
        assert_eq!(name_key("Sergey Lavrov"), name_key("Sergei Lavrov"));
        assert_eq!(name_key("Dmitry Peskov"), name_key("Dmitri Peskov"));
        assert_eq!(name_key("Dmitriy Peskov"), name_key("Dmitry Peskov"));
        assert_eq!(name_key("Aleksandr Novak"), name_key("Alexander Novak"));
        assert_eq!(name_key("Yuriy Ushakov"), name_key("Yuri Ushakov"));
        assert_eq!(
            name_key("Frank-Walter Steinmeier"),
            "frank walter steinmeier"
        );
        assert_eq!(name_key("José Ángel Gurría"), "jose angel gurria");
        assert_eq!(name_key("Mr. Martin O’Malley"), "martin omalley");
        assert_eq!(name_key("Sergey Lavrov"), "sergey lavrov");
    }

    fn ms(t: &str) -> Vec<Mention> {
        let p = paragraphs(t);
        let s = quote_spans(t, &p);
        let toks = tokenize(t, &p, &s);
        mentions(t, &toks)
    }

    /// Whether `m` holds a person mention named `name`.
    fn person_named(m: &[Mention], name: &str) -> bool {
        m.iter()
            .any(|m| matches!(&m.kind, MentionKind::Person { name: n, .. } if n == name))
    }

    #[test]
    fn a_role_opened_by_a_common_word() {
        // `First` is a common word (`First, the minister said`), but `First Minister` opens a
        // role: the title chain takes it, opening a sentence or not.
        for t in [
            "First Minister Rhodri Morgan said he would go.",
            "Later, First Minister Rhodri Morgan said he would go.",
        ] {
            let m = ms(t);
            let p = m.iter().find(
                |m| matches!(&m.kind, MentionKind::Person { name, .. } if name == "Rhodri Morgan"),
            );
            assert_eq!(
                p.map(|p| p.roles.clone()),
                Some(vec!["First Minister".to_string()]),
                "{t}: {m:?}"
            );
        }
        // (Not a name: `First, the minister said`; `First` alone stays a common word.)
        let m = ms("First, the minister said he would go.");
        assert!(
            !m.iter()
                .any(|m| matches!(m.kind, MentionKind::Person { .. })),
            "{m:?}"
        );
    }

    #[test]
    fn an_office_to_come() {
        // `Prime Minister-designate Noboru Takeshita` (a given name the lists do not know): the
        // title is no part of the name, and the role is the one to come.
        let m = ms("Japanese Prime Minister-designate Noboru Takeshita said so.");
        assert!(person_named(&m, "Noboru Takeshita"), "{m:?}");
        assert_eq!(m[0].roles, ["Prime Minister-designate"]);
        assert_eq!(m[0].country.as_deref(), Some("Japan"));
    }

    #[test]
    fn a_body_before_a_role_of_several_words() {
        // `Army Chief of Staff Hector Rios Erenu`: `Army` qualifies the role; no person named
        // `Army Chief`.
        for (t, name, role) in [
            (
                "Army Chief of Staff Hector Rios Erenu said he would use all means.",
                "Hector Rios Erenu",
                "Chief of Staff",
            ),
            (
                "Argentine Army Chief of Staff Hector Rios Erenu said he would use all means.",
                "Hector Rios Erenu",
                "Chief of Staff",
            ),
            (
                "Suffolk Chief Constable Alastair McWhirter told the BBC it was wrong.",
                "Alastair McWhirter",
                "Chief Constable",
            ),
        ] {
            let m = ms(t);
            assert!(person_named(&m, name), "{t}: {m:?}");
            assert_eq!(m[0].roles, [role], "{t}: {m:?}");
            assert!(!person_named(&m, "Army Chief"), "{m:?}");
        }
        // `director of rugby` is one role, not `director` and words after it.
        let m = ms("Sale Sharks director of rugby Philippe Saint-Andre has re-opened the debate.");
        let p = m.iter().find(|x| x.roles == ["Director of Rugby"]);
        assert!(
            p.is_some_and(|p| p.kind
                == MentionKind::Person {
                    name: "Philippe Saint-Andre".into(),
                    words: 2
                }),
            "{m:?}"
        );
    }

    #[test]
    fn chains() {
        let m = ms("Russian Foreign Minister Sergey Lavrov met his German counterpart Frank-Walter Steinmeier.");
        assert_eq!(
            m[0].kind,
            MentionKind::Person {
                name: "Sergey Lavrov".into(),
                words: 2
            }
        );
        assert_eq!(m[0].roles, ["Foreign Minister"]);
        assert_eq!(m[0].country.as_deref(), Some("Russia"));
        let st = m.iter().find(|x| x.counterpart).unwrap();
        assert_eq!(
            st.kind,
            MentionKind::Person {
                name: "Frank-Walter Steinmeier".into(),
                words: 2
            }
        );
        assert_eq!(st.country.as_deref(), Some("Germany"));
        let m = ms("The Russian foreign minister said it.");
        assert!(matches!(m[0].kind, MentionKind::Role { definite: true }));
        assert_eq!(m[0].roles, ["Foreign Minister"]);
        let m = ms("Heiko Maas, Germany's foreign minister, said so.");
        assert_eq!(m[0].roles, ["Foreign Minister"]);
        assert_eq!(m[0].country.as_deref(), Some("Germany"));
        let m = ms("Mr. Blair said. Sen. Ted Cruz said. Ursula von der Leyen said.");
        assert_eq!(
            m[0].kind,
            MentionKind::Person {
                name: "Blair".into(),
                words: 1
            }
        );
        assert_eq!(m[0].gender, Some(Gender::Male));
        assert_eq!(
            m[1].kind,
            MentionKind::Person {
                name: "Ted Cruz".into(),
                words: 2
            }
        );
        assert_eq!(m[1].roles, ["Senator"]);
        assert_eq!(
            m[2].kind,
            MentionKind::Person {
                name: "Ursula von der Leyen".into(),
                words: 4
            }
        );
        let m = ms("The Russian Foreign Ministry said. The Kremlin said. The ministry said.");
        assert_eq!(
            m[0].kind,
            MentionKind::Org {
                name: "Russian Foreign Ministry".into()
            }
        );
        assert_eq!(
            m[1].kind,
            MentionKind::Org {
                name: "Kremlin".into()
            }
        );
        assert_eq!(
            m[2].kind,
            MentionKind::OrgHead {
                head: "ministry".into()
            }
        );
        let m = ms("Kremlin spokesman Dmitry Peskov said.");
        assert_eq!(m[0].roles, ["Spokesperson"]);
        assert_eq!(m[0].country.as_deref(), Some("Russia"));
        let m = ms("Minister of Foreign Affairs Sergey Lavrov said.");
        assert_eq!(m[0].roles, ["Foreign Minister"]);
    }

    #[test]
    fn titles_in_runs() {
        let name = |m: &Mention| match &m.kind {
            MentionKind::Person { name, .. } => name.clone(),
            k => format!("{k:?}"),
        };
        let m = ms("Vermont Sen. Bernie Sanders spoke.");
        assert_eq!(name(&m[0]), "Bernie Sanders");
        assert!(m[0].roles.contains(&"Senator".to_string()));
        let m = ms("He met Army Lt. Gen. Mick Bednarek and Sens. Rand Paul.");
        assert_eq!(name(&m[1]), "Mick Bednarek");
        assert_eq!(name(&m[2]), "Rand Paul");
        // Negatives: a surname that is also a role word stays (`King`), and so does a name
        // whose first word the text never writes in lower case.
        let m = ms("Steve King spoke. Jorge Antonio Llamas spoke.");
        assert_eq!(name(&m[0]), "Steve King");
        assert_eq!(name(&m[1]), "Jorge Antonio Llamas");
        // A word the text writes in lower case does not open a name at a sentence start.
        let m = ms("It was so although he came. Although Klein came.");
        assert!(m.iter().all(|x| name(x) != "Although Klein"));
    }

    #[test]
    fn former_roles_and_month_like_first_names() {
        let name = |m: &Mention| match &m.kind {
            MentionKind::Person { name, .. } => name.clone(),
            k => format!("{k:?}"),
        };
        // A former office is not a role held now; a current one is.
        let m = ms("Eklund, a former Swedish defense minister, spoke.");
        assert!(m[0].roles.is_empty(), "{:?}", m[0].roles);
        let m = ms("Novak, the Czech foreign minister, spoke.");
        assert_eq!(m[0].roles, ["Foreign Minister"]);
        // `Jan` is a given name, not the month, at the start of a sentence.
        let m = ms("Jan Novak, the Czech foreign minister, said so.");
        assert_eq!(name(&m[0]), "Jan Novak");
    }

    #[test]
    fn a_title_ends_no_name() {
        assert!(!person_name_ok("Pennsylvania Gov."));
        assert!(!person_name_ok("Sen."));
        assert!(!person_name_ok("CNN Worldwide"));
        assert!(!person_name_ok("World Cup-winning"));
        assert!(person_name_ok("Frank-Walter Steinmeier"));
        // A house's name is no person's; a given name before House is.
        assert!(!person_name_ok("Companies House"));
        assert!(person_name_ok("Michael House"));
        assert!(person_name_ok("Li Ka-shing"));
        // Negative: a name ending in a period that is no title stays.
        assert!(person_name_ok("Robert P. Casey"));
        assert!(person_name_ok("Ed Rendell"));
    }

    #[test]
    fn a_people_is_no_person() {
        // `Russians say C`: a plural demonym or nationality noun alone is a people.
        for w in [
            "Russians",
            "Israelis",
            "Germans",
            "Britons",
            "Kiwis",
            "Muscovites",
        ] {
            assert!(!person_name_ok(w), "{w}");
        }
        // Not a name ending so (`Claire Danes`), nor a surname in `s` (`Jones`, `Rogers`).
        for w in ["Claire Danes", "Jones", "Rogers", "Thomas"] {
            assert!(person_name_ok(w), "{w}");
        }
    }

    #[test]
    fn bodies_named_with_and_before_a_head_word() {
        let orgs = |t: &str| {
            ms(t)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::Org { name } => Some(name),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let got = orgs(
            "The Securities and Exchange Commission met. The Food and Drug Administration said \
             the securities and the food were safe.",
        );
        assert_eq!(
            got,
            [
                "Securities and Exchange Commission",
                "Food and Drug Administration"
            ],
            "{got:?}"
        );
        // Negatives: a body's name before `and` ends there (`the European Commission and
        // National Union of Students`, `the Club and Bloc Party`); one word before `and` the
        // text never writes in lower case is no common word (`Gervais and Labour Party`).
        for (text, bad) in [
            (
                "The European Commission and National Union of Students met.",
                "European Commission and National Union",
            ),
            (
                "The Club and Bloc Party met the fans.",
                "Club and Bloc Party",
            ),
            (
                "Gervais and Labour Party met the fans.",
                "Gervais and Labour Party",
            ),
        ] {
            let got = orgs(text);
            assert!(got.iter().all(|n| !n.contains(bad)), "{got:?}");
        }
    }

    #[test]
    fn firms_of_two_names_and_tickers() {
        let org = |m: &Mention| match &m.kind {
            MentionKind::Org { name } => Some(name.clone()),
            _ => None,
        };
        // `First City said`: two words opened by a word that opens no person's name are a
        // firm named short when the text writes them before more of a name.
        let m = ms("First City Bancorporation of Texas lost money.\n\nFirst City said it would sell loans.");
        assert_eq!(org(&m[2]).as_deref(), Some("First City"), "{m:?}");
        let m = ms("First City lost money.\n\nFirst City said it would sell loans.");
        assert!(
            m.iter().all(|x| org(x).as_deref() != Some("First City")),
            "{m:?}"
        );
        // (Not a nation's word: `West German prosecutors`.)
        let m = ms("West German Economics Minister Martin Bangemann spoke.\n\nWest German prosecutors said the fraud was large.");
        assert!(
            m.iter().all(|x| org(x).as_deref() != Some("West German")),
            "{m:?}"
        );
        // `X and Y Plc` is one firm, and a ticker in angle brackets names no one.
        let m = ms("Thatcher fought for Cable and Wireless Plc <CAWL.L> in Tokyo.");
        assert_eq!(org(&m[1]).as_deref(), Some("Cable and Wireless Plc"));
        assert_eq!(m.len(), 3, "{m:?}");
        assert_eq!(org(&m[2]).as_deref(), Some("Tokyo"));
        let m = ms("Merck and Co Inc said it would spend more.");
        assert_eq!(org(&m[0]).as_deref(), Some("Merck and Co Inc"));
        // A brand in camel case is a body's name, its possessive before a person's.
        let m = ms("So said eBay's David Stern today.");
        assert_eq!(org(&m[0]).as_deref(), Some("eBay"), "{m:?}");
        assert!(m[0].possessive && person_named(&m, "David Stern"), "{m:?}");
        // Negatives: a name's particle in lower case, a word in capitals after one letter.
        for w in ["deRose", "diCaprio", "aND", "e-mail"] {
            assert!(!is_camel_brand(w), "{w}");
        }
        // A person's name before `and Co` is a firm's: one mention, the legal form with it.
        let m = ms("Gilts rose, Morgan Grenfell and Co Ltd economist Stephen Bell said.");
        assert_eq!(
            org(&m[1]).as_deref(),
            Some("Morgan Grenfell and Co Ltd"),
            "{m:?}"
        );
        assert!(person_named(&m, "Stephen Bell"), "{m:?}");
        let m = ms("So said J.P. Morgan & Co today.");
        assert_eq!(org(&m[0]).as_deref(), Some("J.P. Morgan & Co"), "{m:?}");
        // Negatives: not from a role's word; not past a possessive; not `and` another name.
        let m = ms("So said Chairman John Smith and Co.");
        assert!(
            m.iter()
                .all(|x| org(x).is_none_or(|o| !o.contains("Smith"))),
            "{m:?}"
        );
        let m = ms("So said John Smith's wife and Co.");
        assert!(
            m.iter()
                .all(|x| org(x).is_none_or(|o| !o.contains("Smith"))),
            "{m:?}"
        );
        let m = ms("So said John Smith and Mary Jones.");
        assert!(person_named(&m, "John Smith"), "{m:?}");
        let m = ms("H.P. Smith, analyst at Smith Barney, Harris Upham and Co said so.");
        assert!(
            m.iter()
                .all(|x| org(x).as_deref() != Some("Harris Upham and Co")),
            "{m:?}"
        );
        // A name in angle brackets is still a name.
        let m = ms("It bought <National Bank of Canada> shares.");
        assert_eq!(org(&m[1]).as_deref(), Some("National Bank of Canada"));
        // Negatives: a person and a firm; the end of a list of names; a given name first.
        let m = ms("Asher Edelman and Dominion Textile Ltd said they would bid.");
        assert!(person_named(&m, "Asher Edelman"), "{m:?}");
        let m = ms("Analysts at Goldman, Sachs and Co said so.");
        assert!(
            m.iter().all(|x| org(x).as_deref() != Some("Sachs and Co")),
            "{m:?}"
        );
        let m = ms("Edward and Morgan Grenfell Ltd said so.");
        assert!(m
            .iter()
            .all(|x| org(x).as_deref() != Some("Edward and Morgan Grenfell Ltd")));
    }

    #[test]
    fn a_body_found_by_its_words_without_legal_forms() {
        let mut ents = Entities::default();
        let pacific = ents.org("Canadian Pacific Ltd", None, Some(0));
        let trump = ents.org("Trump Inc", None, Some(10));
        assert_eq!(ents.org_by_words("Canadian Pacific"), Some(pacific));
        assert_eq!(ents.org_by_words("Canadian Pacific Ltd"), Some(pacific));
        assert_eq!(ents.org_by_words("Trump Inc"), Some(trump));
        // Not one word, nor one word after an honorific.
        assert_eq!(ents.org_by_words("Pacific"), None);
        assert_eq!(ents.org_by_words("Trump"), None);
        assert_eq!(ents.org_by_words("Mr. Trump"), None);
    }

    #[test]
    fn a_place_of_two_words_before_born_is_no_part_of_the_name() {
        // `New York-born Monte Haines`, `South Korean-born Monte Haines`: the person named
        // after the place, the mention spanning the place (it still opens the sentence).
        for t in [
            "New York-born Monte Haines holds little hope.",
            "South Korean-born Monte Haines holds little hope.",
        ] {
            let m = ms(t);
            assert!(person_named(&m, "Monte Haines"), "{m:?}");
            assert_eq!(m[0].t0, 0, "{m:?}");
        }
        let m = ms("New York-based Prospect Group Inc said it bought shares.");
        assert!(
            matches!(&m[0].kind, MentionKind::Org { name }
                if name.ends_with("Prospect Group Inc") && !name.starts_with("New")),
            "{m:?}"
        );
        // Negative: a place of two words before no `-born` is still read whole.
        let m = ms("New York Times reporter Maggie Haberman said so.");
        assert!(matches!(&m[0].kind, MentionKind::Org { name } if name == "New York Times"));
    }

    #[test]
    fn a_given_name_in_ing_after_a_role_word() {
        // `said analyst Erling Refsum`, `president Sterling Williams said`: after a role word,
        // a capitalised word in `-ing` is a given name, no gerund.
        let m = ms("The deal helps, said analyst Erling Refsum at Nomura.");
        assert!(person_named(&m, "Erling Refsum"), "{m:?}");
        let m = ms("We are a buyer, president Sterling Williams said.");
        assert!(person_named(&m, "Sterling Williams"), "{m:?}");
        // Negatives: a gerund opening its clause, and a place after a preposition.
        let m = ms("Asserting Clinton was wrong, he left.");
        assert!(!person_named(&m, "Asserting Clinton"), "{m:?}");
        let m = ms("It was signed, Ambassador to Peking Octavio Valerio said.");
        assert!(person_named(&m, "Octavio Valerio"), "{m:?}");
    }

    #[test]
    fn indefinite_qualifiers_name_no_one() {
        // `a Trump aide`, `a Jewish reporter`: one capitalised word before a noun for a person
        // that is no spokesman is someone unnamed, no name.
        let m = ms("Then a Trump aide said no. A Jewish reporter asked.");
        assert!(
            !person_named(&m, "Trump") && !person_named(&m, "Jewish"),
            "{m:?}"
        );
        // Several words too, taken whole as someone unnamed: `an Abraham Lincoln impersonator`
        // (a full name stays, as a name that is no subject), `a Goldman Sachs analyst`.
        let m =
            ms("One ad stars an Abraham Lincoln impersonator. A Goldman Sachs analyst said no.");
        assert!(
            !person_named(&m, "Lincoln") && !person_named(&m, "Sachs"),
            "{m:?}"
        );
        assert!(
            m.iter().any(|x| x.possessive && matches!(&x.kind, MentionKind::Person { name, .. } if name == "Abraham Lincoln")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|x| x.kind == MentionKind::Role { definite: false }
                    && x.end - x.start == "A Goldman Sachs analyst".len()),
            "{m:?}"
        );
        // Negatives: a spokesman speaks for the body (`a Goldman Sachs spokesman`), a body's
        // name before a noun for a thing stays a body, and a subsidiary is no mention.
        let m = ms("A Goldman Sachs spokesman said it.");
        assert!(
            matches!(&m[0].kind, MentionKind::Org { name } if name == "Goldman Sachs"),
            "{m:?}"
        );
        let m = ms("The cabinet will review a Mineral Resources Department proposal.");
        assert!(
            matches!(&m[0].kind, MentionKind::Org { name } if name == "Mineral Resources Department"),
            "{m:?}"
        );
        let m = ms("Foothill Group Inc said its Foothill Capital Corp unit arranged it.");
        assert!(!m.iter().any(|x| matches!(&x.kind, MentionKind::Org { name } if name.starts_with("Foothill Capital"))), "{m:?}");
        // Nor before a verb: `A New Jersey Democrat said` is a party member.
        let m = ms("A New Jersey Democrat said so.");
        assert_eq!(m[0].kind, MentionKind::Role { definite: false }, "{m:?}");
        assert_eq!(
            &"A New Jersey Democrat said so."[m[0].start..m[0].end],
            "A New Jersey Democrat"
        );
    }

    #[test]
    fn a_seat_or_party_before_a_role_is_a_description() {
        // `the Glasgow Kelvin MP`, `a Labour MP`: capitalised words before a role that ends the
        // phrase are no name nor body; with its seat after it, the phrase is taken whole.
        let m = ms("The Glasgow Kelvin MP said so. A Labour MP said it. Then the Labour MP for Birkenhead asked.");
        let roles: Vec<_> = m
            .iter()
            .filter(|x| matches!(x.kind, MentionKind::Role { .. }) && x.roles == ["MP"])
            .collect();
        assert_eq!(roles.len(), 3, "{m:?}");
        assert!(
            !person_named(&m, "Birkenhead") && !person_named(&m, "Labour MP"),
            "{m:?}"
        );
        // Negative: a body's possessive is no role's (`the US Trade Representative's Office`).
        let m = ms("The US Trade Representative's Office said so.");
        assert!(
            !m.iter().any(|x| matches!(x.kind, MentionKind::Role { .. })),
            "{m:?}"
        );
    }

    #[test]
    fn a_nations_noun_before_any_verb_in_the_past_is_a_person() {
        // `The Scot defended Beattie`, `The Scot initially defended`: a person of that country,
        // as `the Scot said` is.
        for t in [
            "The Scot defended Beattie.",
            "The Scot initially defended Beattie.",
        ] {
            let m = ms(t);
            assert!(
                m.iter()
                    .any(|x| matches!(x.kind, MentionKind::Role { definite: true })
                        && x.country.as_deref() == Some("United Kingdom")),
                "{t}: {m:?}"
            );
        }
        // Negative: before a noun, or an adverb and a noun, it is no one (`The Scot initially
        // team`, a body's name).
        for t in ["The Scot team won.", "The Scot initially team won."] {
            let m = ms(t);
            assert!(
                !m.iter().any(|x| matches!(x.kind, MentionKind::Role { .. })),
                "{t}: {m:?}"
            );
        }
    }

    #[test]
    fn seat_letters_after_a_name_and_a_former_portfolio() {
        // `Frank Field MP`: the seat's letters are an office held; `Former welfare minister`
        // is one held no longer.
        let field = |t: &str| {
            ms(t)
                .into_iter()
                .find(|x| matches!(&x.kind, MentionKind::Person { name, .. } if name == "Frank Field"))
                .map(|x| x.roles)
        };
        let roles = field("Former welfare minister Frank Field MP criticised the rivalry.");
        assert_eq!(roles, Some(vec!["MP".to_string()]));
        // Negative: without `former`, the portfolio's minister is one.
        let roles = field("He met welfare minister Frank Field MP on Monday.");
        assert_eq!(roles, Some(vec!["Minister".to_string(), "MP".to_string()]));
    }
}
