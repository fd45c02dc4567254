//! Per-series automatic ETS on a competition file, one JSON line per series (form,
//! parameters, AICc, sMAPE), to set beside statsforecast's per-series AutoETS
//! (reference/ets_dump.py).
//!
//! ```sh
//! cargo run -p itx-forecast --release --example ets_dump -- data/forecasting/m3_quarterly.csv.gz 4
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use itx_forecast::ets::Ets;
use itx_forecast::{Fitted, Model, bench};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(season)) = (args.first(), args.get(1).and_then(|s| s.parse().ok()))
    else {
        eprintln!("usage: ets_dump FILE.csv.gz SEASON");
        std::process::exit(2);
    };
    let series = match std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|gz| bench::load_gz(&gz, path).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
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
