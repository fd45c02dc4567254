//! Ingest throughput: read + detect + parse + one committed transaction into a
//! file-backed store (WAL, as `itx` uses it), for the three sizes that matter:
//! one real dt.xls release, the full real EasyData export (7,584 rows), and a
//! generated 1,000,000-row SDMX-CSV file (`sdmx::synthetic_csv`, synthetic values).
//!
//! The 1,000,000-row case is measured streamed (`itx_app::load::sdmx_csv`: one thread
//! parses while the other writes, the path for large SDMX-CSV files) and, for
//! comparison, parsed in full and then committed (`detect::read` +
//! `Store::ingest_all`, the path of every other format).
//!
//! Run: `cargo bench -p itx-app --bench ingest`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use itx_ingest::{Source, bundle, detect, sdmx};
use itx_store::Store;

/// Parses `bytes` and commits the release into a new store; returns rows written.
fn ingest_once(bytes: &[u8], file: &str) -> usize {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("bench.sqlite")).expect("store");
    let src = Source {
        published: Some("2026-04-17".parse().expect("date")),
        ..Source::named(file)
    };
    let (_, parsed) = detect::read(bytes, None, &src).expect("parse");
    store.ingest_all(&parsed.releases).expect("ingest");
    parsed.releases.iter().map(|r| r.observations.len()).sum()
}

/// As [`ingest_once`], streamed: the file is written while it is parsed.
fn load_once(bytes: &[u8], file: &str) -> usize {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = itx_app::Db::open(&dir.path().join("bench.sqlite")).expect("store");
    let src = Source {
        published: Some("2026-04-17".parse().expect("date")),
        ..Source::named(file)
    };
    assert_eq!(
        detect::detect(bytes, file).expect("detect"),
        detect::Format::SdmxCsv
    );
    let loaded = itx_app::load::sdmx_csv(&mut store, bytes, &src).expect("load");
    loaded.figures
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest");
    g.sample_size(20);
    let rows = ingest_once(bundle::DT_MAR26.bytes, bundle::DT_MAR26.name) as u64;
    g.throughput(Throughput::Elements(rows));
    g.bench_function("dt.xls Mar-26 release (parse + commit)", |b| {
        b.iter(|| ingest_once(bundle::DT_MAR26.bytes, bundle::DT_MAR26.name))
    });
    let rows = ingest_once(bundle::EASYDATA.bytes, bundle::EASYDATA.name) as u64;
    g.throughput(Throughput::Elements(rows));
    g.bench_function("EasyData full export (parse + commit)", |b| {
        b.iter(|| ingest_once(bundle::EASYDATA.bytes, bundle::EASYDATA.name))
    });
    g.finish();

    let mut g = c.benchmark_group("ingest-sdmx");
    g.sample_size(10);
    let big = sdmx::synthetic_csv(1_000_000);
    g.throughput(Throughput::Elements(1_000_000));
    g.bench_function("SDMX-CSV 1,000,000 rows (parse + commit)", |b| {
        b.iter(|| load_once(big.as_bytes(), "synthetic.csv"))
    });
    g.bench_function("SDMX-CSV 1,000,000 rows (parse, then commit)", |b| {
        b.iter(|| ingest_once(big.as_bytes(), "synthetic.csv"))
    });
    g.bench_function("SDMX-CSV 1,000,000 rows (parse only)", |b| {
        b.iter(|| sdmx::read_csv(big.as_bytes(), &Source::named("synthetic.csv")).expect("parse"))
    });
    g.finish();
}

criterion_group!(ingest, benches);
criterion_main!(ingest);
