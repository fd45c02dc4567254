//! Times `itx_claims::check` on a 2,000-word article built from the example
//! article and the test paragraphs (the issue's budget: under 50 ms an article).
//!
//! ```sh
//! cargo run --release -p itx-claims --example bench_check
//! ```
#![allow(clippy::print_stdout)]

#[path = "../tests/texts/mod.rs"]
mod texts;

use std::time::Instant;

use itx_claims::{CheckOptions, check};
use itx_store::Store;

const ARTICLE: &str = include_str!("../../../data/examples/record_month_article.txt");

/// The example article, then the paragraphs, repeated until `words` words.
pub fn article(words: usize) -> String {
    let mut parts: Vec<&str> = vec![ARTICLE];
    parts.extend(texts::ALL);
    let mut out = String::new();
    let mut n = 0;
    for p in parts.iter().cycle() {
        if n >= words {
            break;
        }
        out.push_str(p.trim());
        out.push_str("\n\n");
        n += p.split_whitespace().count();
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::open_in_memory()?;
    itx_ingest::bundle::load(&mut store)?;
    let text = article(2000);
    let words = text.split_whitespace().count();
    let opts = CheckOptions::default();
    let claims = check(&text, &store, &opts)?.claims.len();
    let runs = 100;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let r = check(&text, &store, &opts)?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(r.claims.len(), claims);
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / runs as f64;
    println!(
        "{words} words, {claims} claims: mean {mean:.2} ms/article, median {:.2} ms, min {:.2} ms, max {:.2} ms ({runs} runs)",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
    Ok(())
}
