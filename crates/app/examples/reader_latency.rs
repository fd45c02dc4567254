//! Readers during a large ingest (issue 13): a writer streams a synthetic
//! SDMX-CSV release of ROWS rows into a store holding the embedded data, while a
//! reader loop does what each `itx brief` does first: open the store read-only,
//! check it is not empty, read its generation and ICT's current series. Prints the reader's
//! latencies (p50, p99, max) and errors. Timing lives here, not in a test.
//!
//! `cargo run -p itx-app --release --example reader_latency [ROWS]`
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use itx_ingest::{Source, sdmx};
use itx_store::Store;
use itx_types::SeriesKey;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000_000);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let mut store = itx_app::Db::open(&path).unwrap();
    itx_app::load::bundle(&mut store).unwrap();
    let big = sdmx::synthetic_csv(n);

    let stop = Arc::new(AtomicBool::new(false));
    let reader = {
        let (stop, path) = (stop.clone(), path.clone());
        std::thread::spawn(move || {
            let ict = SeriesKey::new("pk.ebops.9.credit");
            let (mut lat, mut errors) = (Vec::new(), Vec::new());
            let t0 = Instant::now();
            while !stop.load(Ordering::SeqCst) {
                let t = Instant::now();
                let r = Store::open_read_only(&path).and_then(|s| {
                    s.is_empty()?;
                    s.generation()?;
                    s.current_series(&ict, None)
                });
                lat.push(t.elapsed());
                if t.elapsed() > Duration::from_millis(500) {
                    eprintln!(
                        "slow read at {:.2} s: {:.2} s",
                        (t - t0).as_secs_f64(),
                        t.elapsed().as_secs_f64()
                    );
                }
                if let Err(e) = r {
                    errors.push(e.to_string());
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            (lat, errors)
        })
    };
    let t = Instant::now();
    let loaded =
        itx_app::load::sdmx_csv(&mut store, big.as_bytes(), &Source::named("big.csv")).unwrap();
    eprintln!("committed at {:.2} s", t.elapsed().as_secs_f64());
    drop(store);
    let took = t.elapsed();
    eprintln!(
        "writer done at {:.2} s (closed, checkpointed)",
        took.as_secs_f64()
    );
    stop.store(true, Ordering::SeqCst);
    let (mut lat, errors) = reader.join().unwrap();
    lat.sort();
    let q = |p: f64| lat[((lat.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1e3;
    println!(
        "writer: {} rows in {:.2} s; reader: {} reads, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {} errors{}",
        loaded.figures,
        took.as_secs_f64(),
        lat.len(),
        q(0.5),
        q(0.99),
        q(1.0),
        errors.len(),
        errors
            .first()
            .map(|e| format!(" (first: {e})"))
            .unwrap_or_default()
    );
}
