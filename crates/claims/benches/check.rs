//! Checking speed, on a store loaded with the embedded SBP data:
//! * a 2,000-word article: the seed article and real press articles from the
//!   evaluation corpus (crates/claims/eval/articles), in file order, until 2,000
//!   words; the budget is 50 ms. The same for the corpus's Urdu articles;
//! * 256 KiB of "$1m $1m …", with and without a tracked series named, and of
//!   "1 ارب ڈالر، …" in Urdu,
//!   the pathological body the API must answer in well under a second (the checker
//!   caps numbers per sentence and claims per text).
//!
//! Run: `cargo bench -p itx-claims --bench check`.

#![allow(clippy::print_stderr)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use itx_claims::{CheckOptions, check};
use itx_store::Store;

const SEED: &str = include_str!("../../../data/examples/record_month_article.txt");

/// Articles of the corpus in `lang`, in file order, after `start`, until 2,000 words.
fn article(start: &str, lang: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/articles");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut text = start.to_string();
    for f in files {
        if text.split_whitespace().count() >= 2000 {
            break;
        }
        let a: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&f).expect("article")).expect("json");
        if a["lang"] == lang {
            text.push_str("\n\n");
            text.push_str(a["text"].as_str().unwrap_or_default());
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let mut store = Store::open_in_memory().expect("store");
    store
        .ingest_all(&itx_ingest::bundle::parse_all().unwrap().releases)
        .unwrap();
    let opts = CheckOptions::default();
    for (name, text) in [
        ("check/article_2000_words", article(SEED, "en")),
        ("check/urdu_article_2000_words", article("", "ur")),
    ] {
        let words = text.split_whitespace().count();
        let claims = check(&text, &store, &opts).expect("check").claims.len();
        eprintln!("{name}: {words} words, {claims} claims");
        c.bench_function(name, |b| {
            b.iter(|| check(black_box(&text), &store, &opts).expect("check"))
        });
    }
    let dollars = "$1m ".repeat(256 * 1024 / 4);
    c.bench_function("check/256KiB_dollars", |b| {
        b.iter(|| check(black_box(&dollars), &store, &opts).expect("check"))
    });
    let named = format!("IT exports in July 2025 were {dollars}");
    c.bench_function("check/256KiB_dollars_it_exports", |b| {
        b.iter(|| check(black_box(&named), &store, &opts).expect("check"))
    });
    // The same in Urdu: "IT exports were $1 billion, $1 billion, …".
    let urdu = format!(
        "آئی ٹی برآمدات {}",
        "1 ارب ڈالر، ".repeat(256 * 1024 / "1 ارب ڈالر، ".len())
    );
    c.bench_function("check/256KiB_urdu_dollars", |b| {
        b.iter(|| check(black_box(&urdu), &store, &opts).expect("check"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
