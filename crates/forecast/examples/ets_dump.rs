//! Per-series automatic ETS on M3, one JSON line per series (form, parameters, AICc,
//! sMAPE), to set beside statsforecast's per-series AutoETS (reference/ets_dump.py).
//!
//! ```sh
//! cargo run -p itx-forecast --release --example ets_dump -- quarterly > itx_ets_q.jsonl
//! cargo run -p itx-forecast --release --example ets_dump -- data/forecasting/tourism_quarterly.csv.gz 4
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use itx_forecast::ets::Ets;
use itx_forecast::{Fitted, Model, bench};

const M3_MONTHLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_monthly.csv.gz");
const M3_QUARTERLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_quarterly.csv.gz");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dataset = args.first().cloned().unwrap_or_else(|| "monthly".into());
    let (gz, season) = match dataset.as_str() {
        "monthly" => (M3_MONTHLY_GZ.to_vec(), 12),
        "quarterly" => (M3_QUARTERLY_GZ.to_vec(), 4),
        path => match (
            std::fs::read(path),
            args.get(1).and_then(|s| s.parse().ok()),
        ) {
            (Ok(bytes), Some(season)) => (bytes, season),
            _ => {
                eprintln!("expected monthly, quarterly, or a .csv.gz file and its season");
                std::process::exit(2);
            }
        },
    };
    let series = match bench::load_gz(&gz, &dataset) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    for s in &series {
        let line = match Ets::auto().fit(&s.train, season) {
            Ok(f) => {
                let mean = f.path(&vec![0.0; s.horizon]);
                let smape: f64 = s
                    .test
                    .iter()
                    .zip(&mean)
                    .map(|(y, f)| 200.0 * (y - f).abs() / (y.abs() + f.abs()).max(1e-12))
                    .sum::<f64>()
                    / s.test.len() as f64;
                let p = f.params();
                serde_json::json!({
                    "id": s.id, "model": f.name(), "alpha": p.alpha, "beta": p.beta,
                    "gamma": p.gamma, "phi": p.phi, "aicc": f.aicc(), "smape": smape,
                    "mean": mean,
                })
            }
            Err(e) => serde_json::json!({"id": s.id, "error": e.to_string()}),
        };
        println!("{line}");
    }
}
