//! Quick timing of the SDMX-CSV path (the criterion bench
//! `cargo bench -p itx-app --bench ingest` is the measurement of record):
//! streamed (`itx_app::load::sdmx_csv`: parse and write overlap on two threads), then
//! parse-then-commit (`sdmx::read_csv` + `Store::ingest_all`), split into parse
//! and commit. Each into a new file-backed store, closed (checkpointed) in the timing.
//!
//! `cargo run -p itx-app --release --example sdmx_speed [ROWS]`
#![allow(clippy::print_stdout)]

use std::time::Instant;

use itx_ingest::{Source, sdmx};
use itx_store::Store;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let big = sdmx::synthetic_csv(n);
    let src = Source::named("s.csv");

    let dir = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let mut store = itx_app::Db::open(&dir.path().join("s.sqlite")).unwrap();
    let loaded = itx_app::load::sdmx_csv(&mut store, big.as_bytes(), &src).unwrap();
    drop(store);
    let streamed = t.elapsed();
    assert!(loaded.outcome.is_new() && loaded.figures == n);
    println!(
        "{n} rows streamed: {:.3} s, {:.0} rows/s",
        streamed.as_secs_f64(),
        n as f64 / streamed.as_secs_f64()
    );

    let dir = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let p = sdmx::read_csv(big.as_bytes(), &src).unwrap();
    let parse = t.elapsed();
    let t = Instant::now();
    let mut store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    store.ingest_all(&p.releases).unwrap();
    drop(store);
    let commit = t.elapsed();
    println!(
        "{n} rows parse, then commit: parse {:.3} s, commit {:.3} s, total {:.0} rows/s",
        parse.as_secs_f64(),
        commit.as_secs_f64(),
        n as f64 / (parse + commit).as_secs_f64()
    );
}
