//! Rolling-origin backtest of one monthly series, printed as the bench's JSON report.
//!
//! ```sh
//! cargo run -p itx-forecast --release --example backtest -- values.csv [h] [origins] [models]
//! ```
//!
//! The file holds one observation per line, oldest first; when a line has several
//! comma-separated fields the last is the value, and lines whose value does not parse
//! (a header) are skipped. Defaults: h = 12, 24 origins, every model.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use itx_forecast::{ModelKind, bench};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: backtest FILE [h] [origins] [models]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let y: Vec<f64> = text
        .lines()
        .filter_map(|l| l.rsplit(',').next().and_then(|v| v.trim().parse().ok()))
        .collect();
    let h = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(12);
    let origins = args.get(2).and_then(|v| v.parse().ok()).unwrap_or(24);
    let kinds: Vec<ModelKind> = match args.get(3) {
        Some(list) => match list.split(',').map(str::parse).collect::<Result<_, _>>() {
            Ok(k) => k,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        },
        None => ModelKind::ALL.to_vec(),
    };
    let report = bench::backtest(&y, 12, h, origins, &kinds);
    println!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
}
