//! Writes a generated SDMX-CSV file of ROWS rows (`sdmx::synthetic_csv`: made-up
//! values, NOT real data) for measuring `itx ingest` on a large file:
//!
//! `cargo run -p itx-app --release --example synthetic_sdmx 3000000 > /tmp/s3m.csv`
//! then `/usr/bin/time -v target/release/itx --store /tmp/s.sqlite ingest /tmp/s3m.csv`.
#![allow(clippy::print_stdout)]

use std::io::Write;

fn main() -> std::io::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000_000);
    let text = itx_ingest::sdmx::synthetic_csv(n);
    std::io::stdout().lock().write_all(text.as_bytes())
}
