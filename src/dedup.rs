//! Near-duplicate wire copies: one story, many copies.
//!
//! **Signature.** Each article's body is cut into the analysed tokens of the
//! index (lower-cased, accents folded) and into overlapping [`SHINGLE`]-word
//! shingles; the [`NUM_HASHES`] minimum values of seeded xxh3 hashes over the
//! shingle set make its MinHash signature (the functions are seeded
//! multiply-shift hashes of each shingle's xxh3 value; the low 16 bits of
//! each minimum are kept, 8 for the values no band uses). The share of equal positions in
//! two signatures estimates the Jaccard similarity of the two shingle sets.
//! A new headline does not change it (the title is not used unless the body
//! is shorter than one shingle); an added or cut paragraph, a changed dateline
//! agency or a different caption only change the shingles they touch.
//!
//! **Clusters.** The first `BANDS * ROWS` values of the signature are cut
//! into [`BANDS`] bands of [`ROWS`] values, each hashed to 32 bits. A new
//! article's candidates are the articles sharing at least one band hash: in
//! the index as it was when the run started (a sorted table of the band
//! hashes of every committed signature, built from the `minhash` column when
//! the run has articles to add: 8 bytes a band, 160 MB at a million articles;
//! nothing is indexed for it) and among the articles added earlier in the same run (an
//! in-memory band map, kept across commits up to [`MAX_RUN`] articles, then
//! emptied once the index can answer). A candidate is a copy when the estimated
//! Jaccard similarity is at least the threshold (`--dup-threshold`, default
//! [`DEFAULT_THRESHOLD`]). The article joins the cluster of the earliest-dated
//! copy (undated last, then the smallest id); with no copy, its cluster id is
//! its own (xxh3 of its id).
//!
//! **Limits.** Clustering is greedy and incremental, not a global
//! partition: a late article that is a copy of two existing clusters joins
//! one of them and does not merge them; an article deleted or re-indexed
//! leaves its copies' cluster ids as they were (still a shared label);
//! membership is not transitive across runs (A ~ B and B ~ C put C with B's
//! cluster, which is A's, but A and C are never compared). Translations share
//! no shingles and are not copies. With 20 bands of 2 rows, a pair at
//! Jaccard 0.5 is a candidate with probability 0.997, at 0.4 with 0.97, at
//! 0.3 with 0.85 (42 bands of 3 rows, before: 0.996, 0.94, 0.68, with twice
//! the band hashes). The default threshold 0.4 was tuned on `tests/dedup.rs`
//! (300 Reuters stories, six copies each): pairs of copies are estimated at
//! 0.09 to 1.0 (a heavily edited copy joins its story through another copy),
//! the 1.6 million pairs of different stories at most 0.34.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::{Collector, DocSetCollector, SegmentCollector, TopDocs};
use tantivy::columnar::{BytesColumn, Column};
use tantivy::query::{BooleanQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption, OwnedValue, Value};
use tantivy::{
    DocAddress, DocId, Index, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term,
};
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

use crate::article::Article;
use crate::error::{Error, Result};
use crate::schema::{analyzer, Fields};
use crate::search::{Hit, Searcher, Sort};

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Rows (signature values) per LSH band.
pub const ROWS: usize = 2;
/// LSH bands (over the first `BANDS * ROWS` values of the signature).
pub const BANDS: usize = 20;
/// Signature length: one MinHash value per hash function.
pub const NUM_HASHES: usize = 126;
/// Signature values kept at 16 bits (those the bands use); the others keep 8.
pub const WIDE: usize = BANDS * ROWS;
/// Bytes of a stored signature.
pub const SIGNATURE_BYTES: usize = 2 * WIDE + (NUM_HASHES - WIDE);
/// Default `--dup-threshold`: estimated Jaccard similarity of 5-word shingle sets.
pub const DEFAULT_THRESHOLD: f64 = 0.4;
/// At most this many other copies are listed per collapsed hit (`copies` counts them all).
pub const MAX_COPIES_LISTED: usize = 100;

/// Near-duplicate detection at index time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DedupOptions {
    /// Compute signatures and clusters (`--no-dedup` turns it off: every
    /// article is then its own cluster).
    pub enabled: bool,
    /// Estimated Jaccard similarity from which two articles are copies.
    pub threshold: f64,
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions {
            enabled: true,
            threshold: DEFAULT_THRESHOLD,
        }
    }
}

/// A MinHash signature (b-bit minwise hashing): the low 16 bits of each
/// minimum for the values the bands use, the low 8 bits for the others
/// (stored in 166 bytes). The low bits of a minimum are uniform (its high
/// bits are mostly zero), so two different minima agree by chance with
/// probability 1/65536 and 1/256: the estimated similarity of two unrelated
/// texts is biased up by about 86/126 × 1/256 = 0.003, negligible against the
/// threshold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u16; NUM_HASHES]);

/// Multipliers (odd) and increments of the hash functions.
fn coefficients() -> &'static ([u64; NUM_HASHES], [u64; NUM_HASHES]) {
    static C: std::sync::OnceLock<([u64; NUM_HASHES], [u64; NUM_HASHES])> =
        std::sync::OnceLock::new();
    C.get_or_init(|| {
        let s = seeds();
        let mut a = [0u64; NUM_HASHES];
        let mut b = [0u64; NUM_HASHES];
        for i in 0..NUM_HASHES {
            a[i] = s[i] | 1;
            b[i] = s[(i + 1) % NUM_HASHES];
        }
        (a, b)
    })
}

/// Seeds of the hash functions (fixed: signatures are stored in indexes).
fn seeds() -> &'static [u64; NUM_HASHES] {
    static SEEDS: std::sync::OnceLock<[u64; NUM_HASHES]> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut s = [0u64; NUM_HASHES];
        let mut x: u64 = 0x6e65_7773_7769_7265; // "newswire"
        for v in s.iter_mut() {
            // splitmix64
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            *v = z ^ (z >> 31);
        }
        s
    })
}

/// The distinct shingle hashes of `text` (analysed tokens, [`SHINGLE`] words each;
/// the whole token run when shorter).
pub fn shingles(text: &str) -> Vec<u64> {
    let mut a = analyzer();
    let mut ts = a.token_stream(text);
    let mut toks = Vec::new();
    while ts.advance() {
        toks.push(xxh3_64(ts.token().text.as_bytes()));
    }
    if toks.is_empty() {
        return Vec::new();
    }
    let w = SHINGLE.min(toks.len());
    let mut buf = Vec::with_capacity(8 * SHINGLE);
    let mut out: Vec<u64> = toks
        .windows(w)
        .map(|win| {
            buf.clear();
            for t in win {
                buf.extend_from_slice(&t.to_le_bytes());
            }
            xxh3_64(&buf)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The MinHash signature of an article's text: the body, or title and body
/// when the body is shorter than one shingle. `None` for no words at all.
pub fn signature(title: &str, body: &str) -> Option<Signature> {
    let mut sh = shingles(body);
    if sh.len() <= 1 {
        sh = shingles(&format!("{title}\n\n{body}"));
    }
    signature_of(&sh)
}

/// The MinHash signature of a set of shingle hashes.
pub fn signature_of(shingles: &[u64]) -> Option<Signature> {
    if shingles.is_empty() {
        return None;
    }
    // Hash function i of a shingle's xxh3 value x: a_i * x + b_i
    // (multiply-shift, a_i odd); one multiply-add per function.
    let (a, b) = coefficients();
    let mut min = [u64::MAX; NUM_HASHES];
    for &x in shingles {
        for ((m, a), b) in min.iter_mut().zip(a).zip(b) {
            *m = (*m).min(a.wrapping_mul(x).wrapping_add(*b));
        }
    }
    let mut sig = [0u16; NUM_HASHES];
    for (i, (s, m)) in sig.iter_mut().zip(&min).enumerate() {
        *s = if i < WIDE {
            *m as u16
        } else {
            u16::from(*m as u8)
        };
    }
    Some(Signature(sig))
}

impl Signature {
    /// Estimated Jaccard similarity: the share of equal values.
    pub fn jaccard(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / NUM_HASHES as f64
    }

    /// The band hashes (one per band, salted with the band number), 32
    /// bits each: a chance collision only adds a candidate to verify.
    pub fn bands(&self) -> [u64; BANDS] {
        let mut out = [0u64; BANDS];
        let mut buf = [0u8; 2 * ROWS];
        for (b, o) in out.iter_mut().enumerate() {
            for (r, v) in self.0[b * ROWS..(b + 1) * ROWS].iter().enumerate() {
                buf[2 * r..2 * r + 2].copy_from_slice(&v.to_le_bytes());
            }
            *o = xxh3_64_with_seed(&buf, b as u64) >> 32;
        }
        out
    }

    /// [`WIDE`] values as u16 little-endian, then one byte for each other.
    pub fn to_bytes(&self) -> Vec<u8> {
        let (wide, narrow) = self.0.split_at(WIDE);
        wide.iter()
            .flat_map(|v| v.to_le_bytes())
            .chain(narrow.iter().map(|&v| v as u8))
            .collect()
    }

    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != SIGNATURE_BYTES {
            return None;
        }
        let (wide, narrow) = b.split_at(2 * WIDE);
        let mut sig = [0u16; NUM_HASHES];
        let values = wide
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .chain(narrow.iter().map(|&v| u16::from(v)));
        for (s, v) in sig.iter_mut().zip(values) {
            *s = v;
        }
        Some(Signature(sig))
    }
}

/// The cluster id of an article that is nobody's copy: a hash of its path
/// and id, so that records numbered alike in different files (`"id": "1"`)
/// never share a story.
pub fn own_cluster(path: &str, id: &str) -> u64 {
    xxh3_64(format!("{path}\u{0}{id}").as_bytes())
}

/// Add the signature (`minhash`) of `a` to its document; done where
/// articles are parsed, in parallel. The cluster is
/// added later, in order, by [`Clusterer::assign`].
pub fn prepare(doc: &mut TantivyDocument, f: &Fields, a: &Article, opts: &DedupOptions) {
    if !opts.enabled {
        return;
    }
    if let Some(sig) = signature(&a.title, &a.body) {
        doc.add_bytes(f.minhash, &sig.to_bytes());
    }
}

/// An article added in this run, before the index can answer for it.
struct Entry {
    id: String,
    date: Option<i64>,
    cluster: u64,
    sig: Signature,
}

/// Fast columns of one committed segment.
struct SegCols {
    minhash: Option<BytesColumn>,
    cluster: Column<u64>,
    date: Column<tantivy::DateTime>,
}

impl SegCols {
    /// The stored signature of `doc`, if it has one.
    fn signature(&self, doc: DocId, buf: &mut Vec<u8>) -> Result<Option<Signature>> {
        let Some(mh) = &self.minhash else {
            return Ok(None);
        };
        let Some(ord) = mh.term_ords(doc).next() else {
            return Ok(None);
        };
        buf.clear();
        if !mh
            .ord_to_bytes(ord, buf)
            .map_err(|e| Error::io("index", e))?
        {
            return Ok(None);
        }
        Ok(Signature::from_bytes(buf))
    }
}

/// Where a verified copy lives.
enum Found {
    Run(usize),
    Committed(DocAddress),
}

/// Assigns cluster ids, in the order articles are added.
pub struct Clusterer {
    opts: DedupOptions,
    fields: Fields,
    searcher: Option<tantivy::Searcher>,
    cols: Vec<SegCols>,
    /// Band hashes of the committed articles, `band hash << 32 | ordinal`,
    /// sorted; an ordinal is a doc id plus its segment's entry in `bases`.
    committed: Vec<u64>,
    bases: Vec<u32>,
    run: Vec<Entry>,
    /// Band hash -> last node of its chain in `nodes`.
    bands: HashMap<u64, u32, BuildMix>,
    /// (index in `run`, previous node of the same band or `NONE`).
    nodes: Vec<(u32, u32)>,
}

/// End of a band chain.
const NONE: u32 = u32::MAX;

/// Articles of a run kept in memory across commits; beyond this, a commit
/// empties the map and the index answers for them (bounds memory to about
/// 100 MB).
pub const MAX_RUN: usize = 200_000;

/// Hasher for keys that are already hashes (band hashes) or small ints.
#[derive(Default, Clone, Copy)]
struct BuildMix;

struct Mix(u64);

impl std::hash::BuildHasher for BuildMix {
    type Hasher = Mix;
    fn build_hasher(&self) -> Mix {
        Mix(0)
    }
}

impl std::hash::Hasher for Mix {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.write_u64(u64::from(v));
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0 ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl Clusterer {
    /// A clusterer that sees the committed state of `index`.
    pub fn new(index: &Index, fields: &Fields, opts: DedupOptions) -> Result<Clusterer> {
        let mut c = Clusterer {
            opts,
            fields: fields.clone(),
            searcher: None,
            cols: Vec::new(),
            committed: Vec::new(),
            bases: Vec::new(),
            run: Vec::new(),
            bands: HashMap::default(),
            nodes: Vec::new(),
        };
        c.refresh(index)?;
        Ok(c)
    }

    /// After a commit. The index as it was when the run started answers for
    /// the articles of earlier runs, and the in-memory band map for those of
    /// this run, so nothing is looked up twice; only when the map holds more
    /// than [`MAX_RUN`] articles is it emptied and the index reopened.
    pub fn committed(&mut self, index: &Index) -> Result<()> {
        if self.run.len() <= MAX_RUN {
            return Ok(());
        }
        self.refresh(index)
    }

    /// Empty the band map and see the committed state of `index`.
    fn refresh(&mut self, index: &Index) -> Result<()> {
        self.run.clear();
        self.bands.clear();
        self.nodes.clear();
        self.cols.clear();
        self.committed = Vec::new();
        self.bases.clear();
        self.searcher = None;
        if !self.opts.enabled {
            return Ok(());
        }
        let searcher = index.reader()?.searcher();
        if searcher.num_docs() == 0 {
            return Ok(());
        }
        // Sized once: growing by doubling would briefly hold twice the table
        // (160 MB at a million articles).
        self.committed
            .reserve_exact(BANDS * searcher.num_docs() as usize);
        let mut base = 0u32;
        let mut buf = Vec::new();
        for seg in searcher.segment_readers() {
            let ff = seg.fast_fields();
            let cols = SegCols {
                minhash: ff.bytes("minhash")?,
                cluster: ff.u64("cluster")?,
                date: ff.date("date")?,
            };
            for doc in 0..seg.max_doc() {
                if seg.alive_bitset().is_some_and(|a| !a.is_alive(doc)) {
                    continue;
                }
                if let Some(sig) = cols.signature(doc, &mut buf)? {
                    let ord = u64::from(base + doc);
                    self.committed
                        .extend(sig.bands().iter().map(|h| (h << 32) | ord));
                }
            }
            self.bases.push(base);
            base += seg.max_doc();
            self.cols.push(cols);
        }
        self.committed.sort_unstable();
        self.searcher = Some(searcher);
        Ok(())
    }

    /// Set the cluster of `doc` (built by `schema::to_document` and [`prepare`]).
    /// Returns `true` when it joined another article's cluster.
    pub fn assign(&mut self, doc: &mut TantivyDocument) -> Result<bool> {
        let f = &self.fields;
        let id = doc
            .get_first(f.id)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let own = own_cluster(
            doc.get_first(f.path).and_then(|v| v.as_str()).unwrap_or(""),
            &id,
        );
        let sig = doc
            .get_first(f.minhash)
            .and_then(|v| v.as_bytes())
            .and_then(Signature::from_bytes);
        let Some(sig) = sig.filter(|_| self.opts.enabled) else {
            doc.add_u64(f.cluster, own);
            return Ok(false);
        };
        let date = doc
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .map(|d| d.into_timestamp_secs());
        let bands = sig.bands();

        // (date key, found) of every verified copy.
        let mut copies: Vec<((bool, i64), Found)> = Vec::new();
        let key = |d: Option<i64>| (d.is_none(), d.unwrap_or(0));
        let mut seen: HashSet<u32, BuildMix> = HashSet::default();
        for h in &bands {
            let mut node = self.bands.get(h).copied().unwrap_or(NONE);
            while node != NONE {
                let (i, prev) = self.nodes[node as usize];
                node = prev;
                if seen.insert(i) {
                    let e = &self.run[i as usize];
                    if e.sig.jaccard(&sig) >= self.opts.threshold {
                        copies.push((key(e.date), Found::Run(i as usize)));
                    }
                }
            }
        }
        if self.searcher.is_some() {
            let mut ords: Vec<u32> = Vec::new();
            for h in &bands {
                let from = self.committed.partition_point(|&e| e >> 32 < *h);
                ords.extend(
                    self.committed[from..]
                        .iter()
                        .take_while(|&&e| e >> 32 == *h)
                        .map(|&e| e as u32),
                );
            }
            ords.sort_unstable();
            ords.dedup();
            let mut buf = Vec::new();
            for ord in ords {
                let seg = self.bases.partition_point(|&b| b <= ord) - 1;
                let addr = DocAddress::new(seg as SegmentOrdinal, ord - self.bases[seg]);
                let cols = &self.cols[seg];
                let Some(other) = cols.signature(addr.doc_id, &mut buf)? else {
                    continue;
                };
                if other.jaccard(&sig) >= self.opts.threshold {
                    let d = cols
                        .date
                        .first(addr.doc_id)
                        .map(|d| d.into_timestamp_secs());
                    copies.push((key(d), Found::Committed(addr)));
                }
            }
        }

        let cluster = match copies.iter().map(|c| c.0).min() {
            None => own,
            Some(first) => {
                // Earliest date, then smallest id.
                let mut best: Option<(String, u64)> = None;
                for (_, found) in copies.iter().filter(|c| c.0 == first) {
                    let (cid, cl) = match found {
                        Found::Run(i) => (self.run[*i].id.clone(), self.run[*i].cluster),
                        Found::Committed(addr) => self.committed_id_cluster(*addr)?,
                    };
                    if best.as_ref().is_none_or(|b| cid < b.0) {
                        best = Some((cid, cl));
                    }
                }
                best.map(|b| b.1).unwrap_or(own)
            }
        };
        doc.add_u64(f.cluster, cluster);
        let i = self.run.len() as u32;
        for h in bands {
            let prev = self
                .bands
                .insert(h, self.nodes.len() as u32)
                .unwrap_or(NONE);
            self.nodes.push((i, prev));
        }
        self.run.push(Entry {
            id,
            date,
            cluster,
            sig,
        });
        Ok(!copies.is_empty())
    }

    fn committed_id_cluster(&self, addr: DocAddress) -> Result<(String, u64)> {
        let searcher = self
            .searcher
            .as_ref()
            .expect("committed candidates need a searcher");
        let doc: TantivyDocument = searcher.doc(addr)?;
        let id = doc
            .get_first(self.fields.id)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let cluster = self.cols[addr.segment_ord as usize]
            .cluster
            .first(addr.doc_id)
            .unwrap_or(0);
        Ok((id, cluster))
    }
}

// ---------------------------------------------------------------- search side

/// How facet values are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CountMode {
    /// Every matching article.
    #[default]
    Copies,
    /// Distinct stories (clusters) among the matching articles.
    Stories,
}

/// Another copy of a story.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CopyRef {
    pub id: String,
    pub path: String,
    pub date: Option<String>,
    pub agency: Option<String>,
    pub title: String,
}

impl CopyRef {
    fn of(a: &Article) -> CopyRef {
        CopyRef {
            id: a.id.clone(),
            path: a.source.path.clone(),
            date: a.date.map(|d| d.to_string()),
            agency: a.agency.clone(),
            title: a.title.clone(),
        }
    }
}

/// The stories of a collapsed search.
pub struct Collapsed {
    /// Matching articles.
    pub matched: usize,
    /// Matching stories (clusters).
    pub stories: usize,
    /// The representatives of the requested page, best first.
    pub top: Vec<(Option<f32>, DocAddress)>,
    /// Cluster of each representative in `top`, and its matching copies (itself included).
    pub clusters: Vec<(u64, usize)>,
}

/// Per cluster: its best (key, address) and its number of matching copies.
type Groups = HashMap<u64, (f64, DocAddress, usize)>;

struct CollapseCollector {
    sort: Sort,
}

struct CollapseSegment {
    seg: SegmentOrdinal,
    sort: Sort,
    cluster: Column<u64>,
    date: Column<tantivy::DateTime>,
    groups: Groups,
}

impl Collector for CollapseCollector {
    type Fruit = Groups;
    type Child = CollapseSegment;

    fn for_segment(
        &self,
        seg: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let ff = reader.fast_fields();
        Ok(CollapseSegment {
            seg,
            sort: self.sort,
            cluster: ff.u64("cluster")?,
            date: ff.date("date")?,
            groups: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, fruits: Vec<Groups>) -> tantivy::Result<Groups> {
        let mut out: Groups = HashMap::new();
        for g in fruits {
            for (c, (k, a, n)) in g {
                let e = out.entry(c).or_insert((k, a, 0));
                if better((k, a), (e.0, e.1)) {
                    e.0 = k;
                    e.1 = a;
                }
                e.2 += n;
            }
        }
        Ok(out)
    }
}

/// Higher key wins; ties go to the lower address (stable results).
fn better(a: (f64, DocAddress), b: (f64, DocAddress)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

impl SegmentCollector for CollapseSegment {
    type Fruit = Groups;

    fn collect(&mut self, doc: DocId, score: Score) {
        let cluster = self.cluster.first(doc).unwrap_or(u64::MAX - doc as u64);
        let date = || self.date.first(doc).map(|d| d.into_timestamp_secs() as f64);
        // Key: higher is better; undated last either way.
        let key = match self.sort {
            Sort::Relevance => score as f64,
            Sort::Date => date().map(|d| -d).unwrap_or(f64::NEG_INFINITY),
            Sort::DateDesc => date().unwrap_or(f64::NEG_INFINITY),
        };
        let addr = DocAddress::new(self.seg, doc);
        let e = self.groups.entry(cluster).or_insert((key, addr, 0));
        if better((key, addr), (e.0, e.1)) {
            e.0 = key;
            e.1 = addr;
        }
        e.2 += 1;
    }

    fn harvest(self) -> Groups {
        self.groups
    }
}

/// One hit per story: the best-scoring copy (by relevance), or the oldest /
/// newest copy when sorted by date; stories ordered the same way.
pub fn collapse(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    sort: Sort,
    offset: usize,
    limit: usize,
) -> Result<Collapsed> {
    let groups = searcher.search(query, &CollapseCollector { sort })?;
    let mut v: Vec<(u64, (f64, DocAddress, usize))> = groups.into_iter().collect();
    v.sort_by(|a, b| {
        b.1 .0
            .partial_cmp(&a.1 .0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1 .1.cmp(&b.1 .1))
    });
    let stories = v.len();
    let matched = v.iter().map(|x| x.1 .2).sum();
    let page: Vec<_> = v.into_iter().skip(offset).take(limit).collect();
    Ok(Collapsed {
        matched,
        stories,
        top: page
            .iter()
            .map(|(_, (k, a, _))| ((sort == Sort::Relevance).then_some(*k as f32), *a))
            .collect(),
        clusters: page.iter().map(|(c, (_, _, n))| (*c, *n)).collect(),
    })
}

fn cluster_query(f: &Fields, clusters: impl Iterator<Item = u64>) -> BooleanQuery {
    BooleanQuery::new(
        clusters
            .map(|c| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_field_u64(f.cluster, c),
                    IndexRecordOption::Basic,
                ));
                (Occur::Should, q)
            })
            .collect(),
    )
}

impl Searcher {
    /// Fill `copies` and `copies_of` of collapsed hits: the other matching
    /// copies of each hit's story, oldest first.
    pub(crate) fn attach_copies(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        hits: &mut [Hit],
        c: &Collapsed,
    ) -> Result<()> {
        if hits.is_empty() {
            return Ok(());
        }
        let q = BooleanQuery::new(vec![
            (Occur::Must, query.box_clone()),
            (
                Occur::Must,
                Box::new(cluster_query(&self.fields, c.clusters.iter().map(|x| x.0))),
            ),
        ]);
        let mut by_cluster: HashMap<u64, Vec<DocAddress>> = HashMap::new();
        let mut addrs: Vec<DocAddress> =
            searcher.search(&q, &DocSetCollector)?.into_iter().collect();
        addrs.sort();
        for a in addrs {
            let col = searcher
                .segment_reader(a.segment_ord)
                .fast_fields()
                .u64("cluster")?;
            if let Some(cl) = col.first(a.doc_id) {
                by_cluster.entry(cl).or_default().push(a);
            }
        }
        for ((hit, (cl, n)), (_, rep)) in hits.iter_mut().zip(&c.clusters).zip(&c.top) {
            hit.copies = Some(n.saturating_sub(1));
            let mut list = Vec::new();
            for a in by_cluster.get(cl).into_iter().flatten() {
                if a == rep || list.len() >= MAX_COPIES_LISTED {
                    continue;
                }
                list.push(CopyRef::of(&self.load(searcher, *a)?));
            }
            list.sort_by(|a, b| {
                (a.date.is_none(), &a.date, &a.id).cmp(&(b.date.is_none(), &b.date, &b.id))
            });
            hit.copies_of = list;
        }
        Ok(())
    }

    /// The cluster of every live article, as (id, path, cluster), in index order.
    pub fn clusters(&self) -> Result<Vec<(String, String, u64)>> {
        let searcher = self.reader.searcher();
        let mut out = Vec::new();
        for (s, seg) in searcher.segment_readers().iter().enumerate() {
            let col = seg.fast_fields().u64("cluster")?;
            for doc in seg.doc_ids_alive() {
                let a = self.load(&searcher, DocAddress::new(s as u32, doc))?;
                out.push((a.id, a.source.path, col.first(doc).unwrap_or(0)));
            }
        }
        Ok(out)
    }

    /// The other copies of article `id` (same cluster), oldest first, and up
    /// to `limit` articles related by content ("more like this" on its title
    /// and body), best first, copies excluded, one per story. `None` when no such article.
    pub fn related(&self, id: &str, limit: usize) -> Result<Option<Related>> {
        let searcher = self.reader.searcher();
        let f = &self.fields;
        let top = searcher.search(
            &TermQuery::new(Term::from_field_text(f.id, id), IndexRecordOption::Basic),
            &TopDocs::with_limit(1).order_by_score(),
        )?;
        let Some(&(_, addr)) = top.first() else {
            return Ok(None);
        };
        let a = self.load(&searcher, addr)?;
        let cluster = searcher
            .segment_reader(addr.segment_ord)
            .fast_fields()
            .u64("cluster")?
            .first(addr.doc_id)
            .unwrap_or(0);
        let mut copies = Vec::new();
        let mut addrs: Vec<DocAddress> = searcher
            .search(
                &cluster_query(f, std::iter::once(cluster)),
                &DocSetCollector,
            )?
            .into_iter()
            .filter(|x| *x != addr)
            .collect();
        addrs.sort();
        for x in addrs {
            copies.push(CopyRef::of(&self.load(&searcher, x)?));
        }
        copies.sort_by(|a, b| {
            (a.date.is_none(), &a.date, &a.id).cmp(&(b.date.is_none(), &b.date, &b.id))
        });
        let mut related = Vec::new();
        if limit > 0 {
            let mlt = MoreLikeThisQuery::builder()
                .with_min_doc_frequency(1)
                .with_min_term_frequency(1)
                .with_max_query_terms(30)
                .with_min_word_length(3)
                .with_stop_words(STOP_WORDS.iter().map(|s| s.to_string()).collect())
                .with_document_fields(vec![
                    (f.title, vec![OwnedValue::Str(a.title.clone())]),
                    (f.body, vec![OwnedValue::Str(a.body.clone())]),
                ]);
            let q = BooleanQuery::new(vec![
                (Occur::Must, Box::new(mlt) as Box<dyn Query>),
                (
                    Occur::MustNot,
                    Box::new(cluster_query(f, std::iter::once(cluster))),
                ),
                (
                    Occur::MustNot,
                    Box::new(TermQuery::new(
                        Term::from_field_text(f.id, id),
                        IndexRecordOption::Basic,
                    )),
                ),
            ]);
            // One hit per other story: its best-scoring copy.
            let top = searcher.search(&q, &TopDocs::with_limit(limit * 5).order_by_score())?;
            let mut stories = HashSet::new();
            for (score, x) in top {
                let cl = searcher
                    .segment_reader(x.segment_ord)
                    .fast_fields()
                    .u64("cluster")?
                    .first(x.doc_id);
                if cl.is_some_and(|c| !stories.insert(c)) {
                    continue;
                }
                if related.len() >= limit {
                    break;
                }
                let r = self.load(&searcher, x)?;
                related.push(RelatedHit {
                    rank: related.len() + 1,
                    score,
                    article: CopyRef::of(&r),
                });
            }
        }
        Ok(Some(Related {
            article: CopyRef::of(&a),
            cluster,
            copies,
            related,
        }))
    }
}

/// What `newswire related` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Related {
    pub article: CopyRef,
    /// The story's cluster id.
    pub cluster: u64,
    /// The other copies of the story, oldest first.
    pub copies: Vec<CopyRef>,
    /// Other stories by content, best first.
    pub related: Vec<RelatedHit>,
}

/// An article related by content.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedHit {
    pub rank: usize,
    pub score: f32,
    #[serde(flatten)]
    pub article: CopyRef,
}

/// English function words left out of "more like this" queries.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "said", "its",
    "his", "her", "their", "this", "from", "but", "not", "they", "will", "would", "also", "which",
    "who", "been", "than", "after", "about", "into", "more", "one", "two", "new", "she", "him",
    "our", "out", "can", "could", "there", "when", "what", "all", "year", "years",
];

// ---------------------------------------------------------------- story facet counts

/// Facet path → the distinct clusters of matching articles under it
/// (every ancestor below the root counted too).
pub struct StoryFacets(HashMap<String, HashSet<u64>>);

impl StoryFacets {
    /// The children of `root` with their story counts, as
    /// `search::children` gives article counts.
    pub fn children(&self, root: &str) -> Vec<(String, u64)> {
        let prefix = format!("{}/", root.trim_end_matches('/'));
        let mut out: Vec<(String, u64)> = self
            .0
            .iter()
            .filter_map(|(path, set)| {
                let rest = path.strip_prefix(&prefix)?;
                (!rest.is_empty() && !rest.contains('/'))
                    .then(|| (rest.to_string(), set.len() as u64))
            })
            .collect();
        out.sort();
        out
    }
}

struct StoryFacetCollector;

struct StoryFacetSegment {
    reader: tantivy::fastfield::FacetReader,
    cluster: Column<u64>,
    by_ord: HashMap<u64, HashSet<u64>>,
}

impl Collector for StoryFacetCollector {
    type Fruit = HashMap<String, HashSet<u64>>;
    type Child = StoryFacetSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(StoryFacetSegment {
            reader: reader.facet_reader("facet")?,
            cluster: reader.fast_fields().u64("cluster")?,
            by_ord: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut out: Self::Fruit = HashMap::new();
        for m in fruits {
            for (k, v) in m {
                out.entry(k).or_default().extend(v);
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for StoryFacetSegment {
    type Fruit = HashMap<String, HashSet<u64>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let cluster = self.cluster.first(doc).unwrap_or(u64::MAX - doc as u64);
        for ord in self.reader.facet_ords(doc) {
            self.by_ord.entry(ord).or_default().insert(cluster);
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut out: Self::Fruit = HashMap::new();
        let mut facet = Facet::root();
        for (ord, set) in self.by_ord {
            if self.reader.facet_from_ord(ord, &mut facet).is_err() {
                continue;
            }
            let path = facet.to_path_string();
            // The path and each ancestor below the top level (`/role/X` for `/role/X/Name`).
            let mut end = path.len();
            loop {
                let p = &path[..end];
                if p.matches('/').count() < 2 {
                    break;
                }
                out.entry(p.to_string())
                    .or_default()
                    .extend(set.iter().copied());
                match p.rfind('/') {
                    Some(i) => end = i,
                    None => break,
                }
            }
        }
        out
    }
}

/// Count facet values by distinct stories among the articles matching `query`.
pub fn story_facets(searcher: &tantivy::Searcher, query: &dyn Query) -> Result<StoryFacets> {
    Ok(StoryFacets(searcher.search(query, &StoryFacetCollector)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The foreign ministers of the two countries agreed on Thursday to set up a \
        direct communication link between their ministries, a hotline that would be used in \
        emergencies, officials said after three hours of talks in the city. The ministers also \
        discussed trade, energy supplies and the situation in the region, and agreed to meet \
        again in the autumn. Both sides described the talks as constructive and open.";

    #[test]
    fn copies_are_similar_and_others_are_not() {
        let a = signature("Ministers agree hotline", TEXT).unwrap();
        let retitled = signature("Hotline agreed", TEXT).unwrap();
        assert_eq!(a.jaccard(&retitled), 1.0);
        let trimmed = TEXT.rsplit_once(" Both sides").unwrap().0;
        let b = signature("x", trimmed).unwrap();
        assert!(a.jaccard(&b) > 0.6, "{}", a.jaccard(&b));
        let other = signature(
            "x",
            "Oil prices rose sharply on Monday as traders reacted to reports of supply \
             disruptions in the Gulf and a fall in stockpiles, analysts said.",
        )
        .unwrap();
        assert!(a.jaccard(&other) < 0.1);
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a.clone()));
        let shared = a.bands().iter().filter(|h| b.bands().contains(h)).count();
        assert!(shared > 0);
        assert!(signature("", "").is_none());
    }

    #[test]
    fn story_facet_children() {
        let mut m = HashMap::new();
        m.insert("/agency/TASS".to_string(), HashSet::from([1, 2]));
        m.insert("/role/Minister".to_string(), HashSet::from([1]));
        m.insert("/role/Minister/X Y".to_string(), HashSet::from([1]));
        let s = StoryFacets(m);
        assert_eq!(s.children("/agency"), vec![("TASS".to_string(), 2)]);
        assert_eq!(s.children("/role"), vec![("Minister".to_string(), 1)]);
        assert_eq!(s.children("/role/Minister"), vec![("X Y".to_string(), 1)]);
    }
}
