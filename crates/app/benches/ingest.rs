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
//! `itx ingest` of a large file is measured as the CLI runs it: a generated
//! 3,000,000-row SDMX-CSV file on disk, streamed (`itx_app::ingest::stream_file`:
//! read from disk and hashed on one thread, written on the other, with the
//! plausibility checks and the revision report) into a file-backed store that
//! holds the embedded real data. Its memory is measured outside criterion:
//! `cargo run -p itx-app --release --example synthetic_sdmx 3000000 > /tmp/s3m.csv`,
//! then `/usr/bin/time -v target/release/itx --store /tmp/s.sqlite ingest
//! /tmp/s3m.csv --published 2026-04-01` (maximum resident set size).
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

/// `itx ingest FILE` of a large SDMX-CSV file: a new store with the embedded
/// data, then the file streamed into it.
fn cli_ingest(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("s3m.csv");
    std::fs::write(&file, sdmx::synthetic_csv(3_000_000)).expect("write");
    let mut g = c.benchmark_group("ingest-cli");
    g.sample_size(10);
    g.throughput(Throughput::Elements(3_000_000));
    g.bench_function(
        "itx ingest: SDMX-CSV file of 3,000,000 rows (streamed, checked)",
        |b| {
            b.iter_batched(
                || {
                    let store = dir.path().join(format!(
                        "s{}.sqlite",
                        jiff::Timestamp::now().as_nanosecond()
                    ));
                    let mut db = itx_app::Db::open(&store).expect("store");
                    itx_app::load::bundle(&mut db).expect("bundle");
                    db
                },
                |mut db| {
                    let src = Source {
                        published: Some("2026-04-01".parse().expect("date")),
                        ..Source::named("s3m.csv")
                    };
                    let s = itx_app::ingest::stream_file(
                        &mut db,
                        &file,
                        "s3m.csv",
                        &src,
                        false,
                        false,
                        "2026-12-02".parse().expect("date"),
                    )
                    .expect("ingest");
                    drop(db);
                    s.report.releases[0].figures
                },
                criterion::BatchSize::PerIteration,
            )
        },
    );
    g.finish();
}

criterion_group!(ingest, benches, cli_ingest);
criterion_main!(ingest);
