//! Quick timing of the SDMX-CSV path, split into parse and commit (the criterion
//! bench `cargo bench -p itx-ingest --bench ingest` is the measurement of record).
#![allow(clippy::print_stdout)]

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let big = itx_ingest::sdmx::synthetic_csv(n);
    let t = std::time::Instant::now();
    let p =
        itx_ingest::sdmx::read_csv(big.as_bytes(), &itx_ingest::Source::named("s.csv")).unwrap();
    let parse = t.elapsed();
    let dir = tempfile::tempdir().unwrap();
    let mut store = itx_store::Store::open(&dir.path().join("s.sqlite")).unwrap();
    let t = std::time::Instant::now();
    store.ingest_all(&p.releases).unwrap();
    let commit = t.elapsed();
    println!(
        "{n} rows: parse {:.3} s, commit {:.3} s, total {:.0} rows/s",
        parse.as_secs_f64(),
        commit.as_secs_f64(),
        n as f64 / (parse + commit).as_secs_f64()
    );
}
