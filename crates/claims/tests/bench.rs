//! The speed budget: checking a 2,000-word article takes under 50 ms. Run with
//! `cargo test --release -p itx-claims --test bench -- --ignored` (debug builds
//! are several times slower); `examples/bench_check.rs` prints the figures.

mod common;
mod texts;

use std::time::Instant;

use itx_claims::CheckOptions;

const ARTICLE: &str = include_str!("../../../data/examples/record_month_article.txt");

#[test]
#[ignore = "timing; run in release"]
fn a_2000_word_article_in_under_50_ms() {
    let mut text = String::new();
    let mut words = 0;
    for p in std::iter::once(ARTICLE)
        .chain(texts::ALL.iter().copied())
        .cycle()
    {
        if words >= 2000 {
            break;
        }
        text.push_str(p.trim());
        text.push_str("\n\n");
        words += p.split_whitespace().count();
    }
    let opts = CheckOptions::default();
    let claims = common::run(&text, &opts).claims.len();
    assert!(claims > 60, "{claims}");
    let runs = 20;
    let t = Instant::now();
    for _ in 0..runs {
        common::run(&text, &opts);
    }
    let ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(runs);
    assert!(ms < 50.0, "{ms:.1} ms per {words}-word article");
}
