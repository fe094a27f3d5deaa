//! Bytes of a newswire index by field and component (term dictionary,
//! postings, positions, fast columns, norms) and doc store per segment: where
//! the index size goes.
//!
//! `cargo run --release --example index_space -- INDEX_DIR`

use tantivy::Index;
fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: index_space INDEX_DIR");
        std::process::exit(2);
    };
    let index = Index::open_in_dir(&dir).unwrap();
    newswire::schema::register_tokenizers(&index);
    let r = index.reader().unwrap();
    let s = r.searcher();
    let u = s.space_usage().unwrap();

    let mut tot: std::collections::BTreeMap<String, [u64; 6]> = Default::default();
    for seg in u.segments() {
        let parts: [(&str, &tantivy::space_usage::PerFieldSpaceUsage); 5] = [
            ("term", seg.termdict()),
            ("idx", seg.postings()),
            ("pos", seg.positions()),
            ("fast", seg.fast_fields()),
            ("norm", seg.fieldnorms()),
        ];
        for (i, (_, p)) in parts.iter().enumerate() {
            for fu in p.fields() {
                tot.entry(fu.field_name().to_string()).or_default()[i] += fu.total().get_bytes();
            }
        }
        println!(
            "segment docs {} store {}",
            seg.num_docs(),
            seg.store().total().get_bytes()
        );
    }
    println!(
        "{:14} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "field", "term", "idx", "pos", "fast", "norm"
    );
    for (k, v) in tot {
        println!(
            "{:14} {:>9} {:>9} {:>9} {:>9} {:>9}",
            k, v[0], v[1], v[2], v[3], v[4]
        );
    }
}
