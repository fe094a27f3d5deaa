//! Word lists for quote attribution, loaded once from the tables in `src/data/`.
//!
//! The tables are plain text (one entry a line, `#` starts a comment) so that they can be
//! extended without touching code:
//! - `reporting_verbs.txt`: inflected forms of reporting verbs; `*` marks forms that may stand
//!   before their subject (`"…," said Lavrov`), `^` forms that report a quote beside them but
//!   no statement (`began`).
//! - `roles.tsv`: role variant → canonical role (and an optional gender).
//! - `descriptions.tsv`: a bare noun (`diplomat`) → the canonical roles that answer to it.
//! - `demonyms.tsv`: demonym or country name → country.
//! - `honorifics.tsv`: honorifics stripped from names, with a gender when they tell one.
//! - `organisations.txt`: organisation names, organisation head words, generic nouns.
//! - `nonnames.txt`: capitalised words that never start a person's name.
//! - `nonpersons.txt`: words that never end a person's name (`Act`, `Sea`, `Iowans`).
//! - `first_names.tsv`: common given names and their gender (`x`: both; to tell `he` from `she`).
//! - `given_names.tsv`: more given names and their gender (and, after a title, where a name
//!   starts).
//! - `word_classes.tsv`: small classes the rules ask about (peers' styles, posts held *to* a
//!   place, roles held for someone else, openers of named things, US state abbreviations).

/// The tables hash with FxHash: their keys are short words, looked up for
/// nearly every word of every article, and SipHash showed in indexing
/// profiles. (No untrusted keys are inserted: the tables are ours.)
pub type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
pub type HashSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;
use crate::extract::speakers::fold_given_name;
use std::sync::LazyLock;

/// A gender as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// All tables, parsed.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Every reporting-verb form (lowercase).
    pub verbs: HashSet<String>,
    /// Forms that can come before their subject (`said Lavrov`).
    pub inverted_verbs: HashSet<String>,
    /// Forms that report only a quote next to them (`"Q," Hannity started`), never a
    /// statement (`Hoddle began his career`).
    pub narrative_verbs: HashSet<String>,
    /// Role variant (lowercase words joined by one space) → (canonical role, gender).
    pub roles: HashMap<String, (String, Option<Gender>)>,
    /// Longest role variant, in words.
    pub role_max_words: usize,
    /// Every word that occurs in some role variant (lowercase).
    pub role_words: HashSet<String>,
    /// Description noun → canonical roles (an entry starting with `*` matches any role ending so).
    pub descriptions: HashMap<String, Vec<String>>,
    /// Demonym or country name → country.
    pub demonyms: HashMap<String, String>,
    /// Longest demonym entry, in words.
    pub demonym_max_words: usize,
    /// Honorific (lowercase, no period) → gender.
    pub honorifics: HashMap<String, Option<Gender>>,
    /// Full organisation names as written.
    pub org_names: HashSet<String>,
    /// Longest organisation name, in words.
    pub org_max_words: usize,
    /// Organisation names with a word that breaks a run of capitalised words (`Reporters
    /// Without Borders`, `Save the Children`), by first word: their words.
    pub org_phrases: HashMap<String, Vec<Vec<String>>>,
    /// Organisation head words (`Ministry`), lowercase.
    pub org_heads: HashSet<String>,
    /// Generic nouns that refer back to the last organisation that spoke (`statement`).
    pub org_generic: HashSet<String>,
    /// Capitalised words that never start a person's name (lowercase).
    pub nonnames: HashSet<String>,
    /// Words that never end a person's name.
    pub nonpersons: HashSet<String>,
    /// Common given names (lowercase) → gender (`None` for names both men and women bear:
    /// `Robin`, `Kim`).
    pub first_names: HashMap<String, Option<Gender>>,
    /// More given names and their gender (`given_names.tsv`): gender, and where a name starts
    /// after title-like words.
    pub given_name_genders: HashMap<String, Gender>,
    /// Capitalised words that open names of things (`Saturday Night Live`), lowercase.
    pub thing_openers: HashSet<String>,
    /// Canonical roles held for someone else (`Spokesperson`).
    pub agent_roles: HashSet<String>,
    /// Canonical roles that say little of a person (`Player`, `Champion`): holding only these,
    /// a person still answers to any description (`the Gloucester fly-half`).
    pub vague_roles: HashSet<String>,
    /// Peers' styles (`lord`), lowercase.
    pub peerage: HashSet<String>,
    /// Royal styles kept with one given name as the name (`Prince Charles`).
    pub royal_styles: HashSet<String>,
    /// Base forms of reporting verbs that are nouns too (`state`, `post`).
    pub noun_verbs: HashSet<String>,
    /// Reporting verbs that introduce a quote but open no statement: their object is a thing,
    /// not a clause (`welcomed the move`).
    pub quote_only_verbs: HashSet<String>,
    /// Reporting verbs that introduce a quote only through `as` right before it (`dismissed
    /// the claims as "Q"`).
    pub as_only_verbs: HashSet<String>,
    /// Words in `-s` or `-ed` after `said it` that are no verb (`months`, `always`, `indeed`).
    pub clause_nonverbs: HashSet<String>,
    /// Deeds of business a body reports of itself (`X said it sold ...`): X is a firm.
    pub firm_deeds: HashSet<String>,
    /// Words naming public bodies, as written (`Commission`, `FDA`): no `company` or `bank`.
    pub public_bodies: HashSet<String>,
    /// What a medium is, written before its name (`the news agency Tass`): the name is a body's.
    pub media_before_names: HashSet<String>,
    /// Last words of a newspaper's name, as written (`Daily`, `Times`): `the newspaper` after it.
    pub newspaper_names: HashSet<String>,
    /// Offices named after a body's possessive, as written (`the U.S. Trade Representative's
    /// Office`): one body with it.
    pub possessive_offices: HashSet<String>,
    /// Words after which such a base form is the verb (`to`, `they`, `can`).
    pub verb_openers: HashSet<String>,
    /// Participles whose agent issues the text that speaks (`issued by`).
    pub issuing_verbs: HashSet<String>,
    /// A body's texts that speak for it by name (`the Agriculture Department's latest Export
    /// Sales report`).
    pub report_nouns: HashSet<String>,
    /// Words that make a region's adjective of a demonym (`Latin American`, `South African`).
    pub region_prefixes: HashSet<String>,
    /// Verbs of a view or a wish (`wants`, `voiced`): a quoted sentence after one is the
    /// subject's.
    pub view_verbs: HashSet<String>,
    /// Occasions of speech (`interview`, `speech`): `During the interview Mr Blair said C`.
    pub speech_occasions: HashSet<String>,
    /// Words opening a subordinate clause (`when`, `although`), lowercase.
    pub subordinators: HashSet<String>,
    /// Prepositions that end a description after `according to` (`against`, `by`), lowercase.
    pub prepositions: HashSet<String>,
    /// Documents that may be written by others than whoever spoke last (`study`, `survey`,
    /// `prospectus`), lowercase: `the study said` is only its named issuer's.
    pub documents: HashSet<String>,
    /// Asides between commas after a reporting verb (`said, however, C`), lowercase.
    pub asides: HashSet<String>,
    /// Words opening a comparison (`like`, `unlike`): one compared with is not the topic.
    pub comparisons: HashSet<String>,
    /// Participles opening a question put to the main clause's subject (`asked`, `pressed`).
    pub question_openers: HashSet<String>,
    /// Common irregular past tenses (`went`, `lost`): a verb follows what stands before.
    pub irregular_past: HashSet<String>,
    /// Institutions whose name is one word (`Senate`, `Kremlin`): no part of a person's name.
    pub institutions: HashSet<String>,
    /// Firms' parts in an issue of securities (`underwriter`, `co-manager`), lowercase.
    pub syndicate_roles: HashSet<String>,
    /// Words making `manager` a firm's part in an issue (`lead`, `sole`), lowercase.
    pub syndicate_leads: HashSet<String>,
    /// Posts held *to* a place (`ambassador`), lowercase.
    pub posts_to: HashSet<String>,
    /// Verbs of stance that take an object before a quote (`criticised the plan. "Q"`).
    pub stance_verbs: HashSet<String>,
    /// Nouns for a person of a nation (`Spaniard`, `Scot`), as written; their country is in
    /// `demonyms.tsv`.
    pub nationality_nouns: HashSet<String>,
    /// Nouns for a member of a party (`Democrat`, `Republican`), as written: `the West
    /// Virginia Democrat said` describes a person.
    pub party_members: HashSet<String>,
    /// Words naming a party before a role (`the Tory leader`).
    pub party_words: HashSet<String>,
    /// Participles that name a thing by someone's words (`described by X as "Q"`).
    pub naming_participles: HashSet<String>,
    /// Family names written first (`Gao Jianming`), lowercase: a full name opening with one
    /// is a person's.
    pub family_first: HashSet<String>,
    /// Head words of bodies named with `of`/`for`/`on` after them (`ministry`), lowercase.
    pub org_of_heads: HashSet<String>,
    /// Letters after a name (`MSP`, `QC`), as written.
    pub post_nominals: HashSet<String>,
    /// Nouns of speech that, as a verb's object before a colon, introduce a quote (`delivered
    /// a blunt message to Trump: "Q"`).
    pub speech_nouns: HashSet<String>,
    /// AP state abbreviations without the period (`Ky`), as written.
    pub us_states: HashSet<String>,
    /// State abbreviations that are also words (`Wash`): in party labels only.
    pub us_state_words: HashSet<String>,
    /// US states by name (`Florida`, `New York`), as written.
    pub us_state_names: HashSet<String>,
    /// Words opening the names of places (`san`, `los`), lowercase.
    pub place_openers: HashSet<String>,
    /// Plural nouns for unnamed sources (`Brokers said ...`): alone, no one's name.
    pub source_plurals: HashSet<String>,
    /// Adjectives of regions, no country's (`Asian`), as written.
    pub regions: HashSet<String>,
    /// Head words that alone stand for the one body named with them before (`commission`).
    pub back_heads: HashSet<String>,
    /// Verbs that give words as their object (`issued` a statement), lowercase.
    pub giving_verbs: HashSet<String>,
    /// Nouns for people, no roles (`teenager`, `journalist`), lowercase: opening a sentence
    /// before a name, no part of it.
    pub person_nouns: HashSet<String>,
    /// Nouns for someone by their tie to another (`wife`, `lawyer` aside), lowercase.
    pub kin_nouns: HashSet<String>,
    /// Words for those told something or the gathering told (`reporters`, `conference`).
    pub audiences: HashSet<String>,
    /// First words of firms' names (`bank`, `deutsche`), lowercase.
    pub firm_openers: HashSet<String>,
    /// Nouns for a publication after its name (`newspaper`), lowercase.
    pub publication_nouns: HashSet<String>,
    /// Nouns for a part of a firm (`division`, `subsidiary`), lowercase.
    pub firm_parts: HashSet<String>,
    /// Nouns for a person after `the` and a place (`the Waterford man`), lowercase: a
    /// description, no name.
    pub place_person_nouns: HashSet<String>,
    /// Legal forms of firms (`Inc`, `Corp`), as written.
    pub legal_forms: HashSet<String>,
    /// Words before a name that are no part of it nor tell a person (`rival`), lowercase.
    pub name_qualifiers: HashSet<String>,
    /// Last words of firms' names (`Inc`, `AG`), as written.
    pub firm_suffixes: HashSet<String>,
    /// Trades that end a firm's name but alone name no body (`Oil`, `Energy`), lower case.
    pub trade_heads: HashSet<String>,
    /// Trades written before a firm's name (`distributor`), lowercase.
    pub trades: HashSet<String>,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim_end())
        .filter(|l| !l.trim().is_empty())
}

fn parse_gender(s: &str) -> Option<Gender> {
    match s.trim() {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lx = Lexicon::default();
        for line in lines(include_str!("../data/reporting_verbs.txt")) {
            for w in line.split_whitespace() {
                let narrative = w.ends_with('^');
                let inverted = narrative || w.ends_with('*');
                let w = w.trim_end_matches(['*', '^']).to_lowercase();
                if inverted {
                    lx.inverted_verbs.insert(w.clone());
                }
                if narrative {
                    lx.narrative_verbs.insert(w.clone());
                }
                lx.verbs.insert(w);
            }
        }
        for line in lines(include_str!("../data/roles.tsv")) {
            let mut cols = line.split('\t');
            let (Some(variant), Some(canon)) = (cols.next(), cols.next()) else {
                continue;
            };
            let gender = cols.next().and_then(parse_gender);
            let variant = variant.split_whitespace().collect::<Vec<_>>();
            lx.role_max_words = lx.role_max_words.max(variant.len());
            for w in &variant {
                lx.role_words.insert(w.to_lowercase());
            }
            lx.roles.insert(
                variant.join(" ").to_lowercase(),
                (canon.trim().to_string(), gender),
            );
        }
        for line in lines(include_str!("../data/descriptions.tsv")) {
            let mut cols = line.split('\t');
            let (Some(noun), Some(roles)) = (cols.next(), cols.next()) else {
                continue;
            };
            let roles = roles
                .split('|')
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .collect();
            lx.descriptions.insert(noun.trim().to_lowercase(), roles);
        }
        for line in lines(include_str!("../data/demonyms.tsv")) {
            let mut cols = line.split('\t');
            let (Some(d), Some(c)) = (cols.next(), cols.next()) else {
                continue;
            };
            let d = d.split_whitespace().collect::<Vec<_>>();
            lx.demonym_max_words = lx.demonym_max_words.max(d.len());
            let c = c.trim().to_string();
            lx.demonym_max_words = lx.demonym_max_words.max(c.split_whitespace().count());
            lx.demonyms.insert(c.clone(), c.clone());
            lx.demonyms.insert(d.join(" "), c);
        }
        for line in lines(include_str!("../data/honorifics.tsv")) {
            let mut cols = line.split('\t');
            if let Some(h) = cols.next() {
                let g = cols.next().and_then(parse_gender);
                lx.honorifics.insert(h.trim().to_lowercase(), g);
            }
        }
        for line in lines(include_str!("../data/organisations.txt")) {
            let line = line.trim();
            if let Some(n) = line.strip_prefix('=') {
                let words = n.split_whitespace().collect::<Vec<_>>();
                lx.org_max_words = lx.org_max_words.max(words.len());
                lx.org_names.insert(words.join(" "));
                let breaks = |w: &&str| {
                    !w.starts_with(char::is_uppercase) || matches!(*w, "Without" | "Sans")
                };
                if words.len() >= 2 && words[1..].iter().any(breaks) {
                    lx.org_phrases
                        .entry(words[0].to_string())
                        .or_default()
                        .push(words.iter().map(|w| w.to_string()).collect());
                }
            } else if let Some(h) = line.strip_prefix('~') {
                lx.org_heads.insert(h.trim().to_lowercase());
            } else if let Some(g) = line.strip_prefix('?') {
                lx.org_generic.insert(g.trim().to_lowercase());
            }
        }
        for line in lines(include_str!("../data/nonnames.txt")) {
            for w in line.split_whitespace() {
                lx.nonnames.insert(w.to_lowercase());
            }
        }
        for line in lines(include_str!("../data/nonpersons.txt")) {
            for w in line.split_whitespace() {
                lx.nonpersons.insert(w.to_lowercase());
            }
        }
        let first: Vec<(String, Option<Gender>)> = lines(include_str!("../data/first_names.tsv"))
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let (n, g) = (cols.next()?, cols.next()?);
                Some((n.trim().to_lowercase(), parse_gender(g)))
            })
            .collect();
        insert_with_folded_keys(&mut lx.first_names, first);
        let given: Vec<(String, Gender)> = lines(include_str!("../data/given_names.tsv"))
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let n = cols.next()?;
                Some((n.trim().to_lowercase(), cols.next().and_then(parse_gender)?))
            })
            .collect();
        insert_with_folded_keys(&mut lx.given_name_genders, given);
        for line in lines(include_str!("../data/word_classes.tsv")) {
            let Some((class, members)) = line.split_once('\t') else {
                continue;
            };
            let set = match class.trim() {
                "thing_openers" => &mut lx.thing_openers,
                "agent_roles" => &mut lx.agent_roles,
                "vague_roles" => &mut lx.vague_roles,
                "peerage" => &mut lx.peerage,
                "royal_styles" => &mut lx.royal_styles,
                "noun_verbs" => &mut lx.noun_verbs,
                "quote_only_verbs" => &mut lx.quote_only_verbs,
                "as_only_verbs" => &mut lx.as_only_verbs,
                "clause_nonverbs" => &mut lx.clause_nonverbs,
                "firm_deeds" => &mut lx.firm_deeds,
                "public_bodies" => &mut lx.public_bodies,
                "possessive_offices" => &mut lx.possessive_offices,
                "media_before_names" => &mut lx.media_before_names,
                "newspaper_names" => &mut lx.newspaper_names,
                "verb_openers" => &mut lx.verb_openers,
                "issuing_verbs" => &mut lx.issuing_verbs,
                "report_nouns" => &mut lx.report_nouns,
                "region_prefixes" => &mut lx.region_prefixes,
                "view_verbs" => &mut lx.view_verbs,
                "speech_occasions" => &mut lx.speech_occasions,
                "subordinators" => &mut lx.subordinators,
                "prepositions" => &mut lx.prepositions,
                "documents" => &mut lx.documents,
                "asides" => &mut lx.asides,
                "comparisons" => &mut lx.comparisons,
                "question_openers" => &mut lx.question_openers,
                "irregular_past" => &mut lx.irregular_past,
                "institutions" => &mut lx.institutions,
                "syndicate_roles" => &mut lx.syndicate_roles,
                "syndicate_leads" => &mut lx.syndicate_leads,
                "posts_to" => &mut lx.posts_to,
                "stance_verbs" => &mut lx.stance_verbs,
                "speech_nouns" => &mut lx.speech_nouns,
                "nationality_nouns" => &mut lx.nationality_nouns,
                "party_members" => &mut lx.party_members,
                "party_words" => &mut lx.party_words,
                "naming_participles" => &mut lx.naming_participles,
                "family_first" => &mut lx.family_first,
                "org_of_heads" => &mut lx.org_of_heads,
                "post_nominals" => &mut lx.post_nominals,
                "us_states" => &mut lx.us_states,
                "us_state_words" => &mut lx.us_state_words,
                "us_state_names" => &mut lx.us_state_names,
                "place_openers" => &mut lx.place_openers,
                "source_plurals" => &mut lx.source_plurals,
                "regions" => &mut lx.regions,
                "back_heads" => &mut lx.back_heads,
                "giving_verbs" => &mut lx.giving_verbs,
                "firm_suffixes" => &mut lx.firm_suffixes,
                "trade_heads" => &mut lx.trade_heads,
                "trades" => &mut lx.trades,
                "person_nouns" => &mut lx.person_nouns,
                "kin_nouns" => &mut lx.kin_nouns,
                "audiences" => &mut lx.audiences,
                "firm_openers" => &mut lx.firm_openers,
                "publication_nouns" => &mut lx.publication_nouns,
                "firm_parts" => &mut lx.firm_parts,
                "place_person_nouns" => &mut lx.place_person_nouns,
                "legal_forms" => &mut lx.legal_forms,
                "name_qualifiers" => &mut lx.name_qualifiers,
                _ => continue,
            };
            // Roles are `|`-separated (they have spaces); the other classes are words.
            let sep = if members.contains('|') { '|' } else { ' ' };
            set.extend(
                members
                    .split(sep)
                    .map(str::trim)
                    .filter(|m| !m.is_empty())
                    .map(str::to_string),
            );
        }
        lx
    }

    /// Whether a lowercase (folded) word is a given name of either list.
    pub fn is_given_name(&self, key: &str) -> bool {
        self.first_names.contains_key(key) || self.given_name_genders.contains_key(key)
    }

    /// The canonical role of a lowercase variant (`"foreign minister"`).
    pub fn role(&self, variant: &str) -> Option<&(String, Option<Gender>)> {
        self.roles.get(variant)
    }

    /// Whether `name` is a place: a US state's name (as written) or a country's or demonym's
    /// (see [`Lexicon::country`]).
    pub fn is_place(&self, name: &str) -> bool {
        self.us_state_names.contains(name) || self.country(name).is_some()
    }

    /// A legal form ending a firm's name, with or without its period (`Inc`, `N.V.`, `Inc.`).
    pub fn is_legal_form(&self, w: &str) -> bool {
        self.legal_forms.contains(w)
            || self.legal_forms.contains(w.trim_end_matches('.'))
            || self.legal_forms.contains(format!("{w}.").as_str())
    }

    /// The country of a demonym or country name, a final `'s`/`’s` dropped first.
    pub fn country(&self, word: &str) -> Option<&String> {
        let w = strip_possessive(word);
        self.demonyms.get(w)
    }
}

/// Given names, each under its spelling and its folded key (names are looked up both ways:
/// `Jurgen Melzer` by key finds `jürgen`). A spelling in the table always wins; of two names
/// folding alike, the first listed.
fn insert_with_folded_keys<V: Copy>(map: &mut HashMap<String, V>, names: Vec<(String, V)>) {
    for (n, v) in &names {
        map.entry(n.clone()).or_insert(*v);
    }
    for (n, v) in names {
        map.entry(fold_given_name(&n)).or_insert(v);
    }
}

/// `Germany's` → `Germany` (also `’s` and a bare final apostrophe).
pub fn strip_possessive(word: &str) -> &str {
    for suf in ["'s", "’s", "'", "’"] {
        if let Some(w) = word.strip_suffix(suf) {
            if !w.is_empty() {
                return w;
            }
        }
    }
    word
}

/// The tables, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let lx = &*LEXICON;
        assert!(lx.verbs.contains("said"));
        assert!(lx.inverted_verbs.contains("said"));
        assert!(!lx.inverted_verbs.contains("told"));
        assert!(lx.inverted_verbs.contains("began") && lx.narrative_verbs.contains("began"));
        assert_eq!(lx.role("foreign minister").unwrap().0, "Foreign Minister");
        assert_eq!(lx.role("defence minister").unwrap().0, "Defense Minister");
        assert_eq!(lx.country("Germany's").unwrap(), "Germany");
        assert_eq!(lx.country("U.S.").unwrap(), "United States");
        assert!(lx.org_names.contains("White House"));
        assert!(lx.org_heads.contains("ministry"));
        assert_eq!(lx.honorifics.get("mrs"), Some(&Some(Gender::Female)));
        assert!(lx.thing_openers.contains("saturday"));
        assert!(lx.agent_roles.contains("Senior Adviser"));
        assert!(lx.peerage.contains("baroness"));
        assert!(lx.royal_styles.contains("prince"));
        assert!(lx.noun_verbs.contains("state") && lx.verb_openers.contains("to"));
        assert!(lx.issuing_verbs.contains("issued"));
        assert!(lx.view_verbs.contains("forecast"));
        assert!(lx.speech_occasions.contains("interview"));
        assert!(lx.subordinators.contains("although") && lx.prepositions.contains("against"));
        assert!(lx.documents.contains("study"));
        assert!(lx.asides.contains("however"));
        assert!(lx.question_openers.contains("asked"));
        assert!(lx
            .org_phrases
            .get("Reporters")
            .is_some_and(|v| v[0].len() == 3));
        assert!(lx.syndicate_roles.contains("underwriter") && lx.syndicate_leads.contains("lead"));
        assert!(lx.institutions.contains("Senate"));
        assert!(lx.irregular_past.contains("went"));
        assert!(lx.comparisons.contains("unlike"));
        assert!(lx.posts_to.contains("ambassador"));
        assert!(lx.us_states.contains("Ky") && lx.us_state_words.contains("Wash"));
        // (Every class the code asks about is read: a misspelt class name reads as nothing.)
        assert!(lx.regions.contains("Asian") && lx.back_heads.contains("commission"));
        assert!(lx.giving_verbs.contains("issued") && lx.firm_suffixes.contains("Inc"));
        assert!(lx.trades.contains("distributor") && lx.source_plurals.contains("brokers"));
        assert!(lx.person_nouns.contains("teenager") && lx.name_qualifiers.contains("rival"));
        assert!(lx.legal_forms.contains("Corp"));
    }

    #[test]
    fn given_names_are_found_by_their_folded_key() {
        let lx = &*LEXICON;
        // `Jurgen Melzer` is keyed `jurgen melzer`; the table spells it `jürgen`.
        assert_eq!(lx.given_name_genders.get("jürgen"), Some(&Gender::Male));
        assert_eq!(lx.given_name_genders.get("jurgen"), Some(&Gender::Male));
        let key = crate::extract::speakers::name_key("Mikhail");
        assert_eq!(lx.first_names.get(&key), Some(&Some(Gender::Male)), "{key}");
        // (A folded key never displaces a name spelt so: `terri` folds to `terry`.)
        assert_eq!(crate::extract::speakers::name_key("Terri"), "terry");
        assert_eq!(lx.first_names.get("terri"), Some(&Some(Gender::Female)));
        assert_ne!(lx.first_names.get("terry"), Some(&Some(Gender::Female)));
        // (A name given to men and women alike tells no gender: Lakshmi Mittal.)
        assert!(!lx.given_name_genders.contains_key("lakshmi"));
        // (Alexis Lautenberg, Alexis Tsipras.)
        assert_eq!(lx.first_names.get("alexis"), Some(&None));
    }
}
