//! Runs the M3 benchmark and prints the JSON report.
//!
//! ```sh
//! cargo run -p itx-forecast --release --example m3 -- monthly            # default model set
//! cargo run -p itx-forecast --release --example m3 -- quarterly ets,dotm
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use itx_forecast::{ModelKind, bench};

/// The M3 data, from the repository (the library embeds it only with feature `m3`).
const M3_MONTHLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_monthly.csv.gz");
const M3_QUARTERLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_quarterly.csv.gz");
const M3_YEARLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_yearly.csv.gz");
const M3_OTHER_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_other.csv.gz");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dataset = args.first().map(String::as_str).unwrap_or("monthly");
    let (gz, season, name) = match dataset {
        "monthly" => (M3_MONTHLY_GZ, 12, "M3 monthly"),
        "quarterly" => (M3_QUARTERLY_GZ, 4, "M3 quarterly"),
        "yearly" => (M3_YEARLY_GZ, 1, "M3 yearly"),
        "other" => (M3_OTHER_GZ, 1, "M3 other"),
        other => {
            eprintln!("unknown dataset {other:?}: expected monthly, quarterly, yearly or other");
            std::process::exit(2);
        }
    };
    let kinds: Vec<ModelKind> = match args.get(1) {
        Some(list) => match list.split(',').map(str::parse).collect::<Result<_, _>>() {
            Ok(k) => k,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        },
        None => ModelKind::ALL.to_vec(),
    };
    let limit: usize = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let series = match bench::load_gz(gz, name) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let series = &series[..series.len().min(limit)];
    let report = bench::run_named(series, season, &kinds, name);
    println!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
}
