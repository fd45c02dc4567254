//! Large SDMX-CSV files streamed into the store (`itx_app::load::sdmx_csv`)
//! hold exactly what reading them whole and writing the release holds.

use itx_app::Db;
use itx_app::load::{Loaded, sdmx_csv};
use itx_ingest::Source;
use itx_ingest::sdmx::{read_csv, synthetic_csv};
use itx_store::{Outcome, Store};
use itx_types::NewRelease;

fn src(file: &str) -> Source {
    Source::named(file)
}

fn partial(file: &str) -> Source {
    Source {
        allow_partial: true,
        ..Source::named(file)
    }
}

const HEAD: &str = "DATAFLOW,COUNTRY,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\n";

/// A header plus rows; the first row is line 2.
fn csv_of(rows: &[&str]) -> String {
    let mut s = HEAD.to_string();
    for r in rows {
        s.push_str("IMF.STA:BOP(21.0.0),");
        s.push_str(r);
        s.push('\n');
    }
    s
}

// All values in these samples are SYNTHETIC: no real IMF value file for
// Pakistan is available; only the layouts follow sbp_formats.md §5.
const CSV1: &str = "\
DATAFLOW,COUNTRY: Country,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS,COMMENT
IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1234.5,6,P,\"first line
second line, with a comma\"
IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025Q2,1301000,3,R,
IMF.STA:BOP(21.0.0),PAK,DB_T,S,USD,A,2024,4321,6,F,
IMF.STA:BOP(21.0.0),PAK,CD_T,CAB,USD,Q,2025-Q1,99,6,,
IMF.STA:BOP(21.0.0),PAK,CD_T,CAB,USD,Q,2025-Q2,98,6,,
IMF.STA:BOP(21.0.0),IND,NETCD_T,SC,USD,M,2025-03,NaN,6,,
IMF.STA:BOP(21.0.0),BGD,CD_T,SL,USD,M,2025-M04,,6,,
IMF.STA:BOP(21.0.0),VNM,CD_T,SA,USD,M,2025-04,12.5,0,A,
";

/// Everything a store holds, for comparing two ways of loading a file.
fn contents(store: &Store) -> Vec<String> {
    let mut out: Vec<String> = store
        .list_series()
        .unwrap()
        .iter()
        .map(|s| format!("{:?}", s.info))
        .collect();
    for key in store.series_keys().unwrap() {
        for (period, vs) in store.series_vintages(&key).unwrap() {
            out.extend(vs.iter().map(|v| format!("{key} {period} {v:?}")));
        }
    }
    out
}

fn loaded(text: &str, src: &Source) -> (Db, Result<Loaded, itx_app::Error>) {
    let mut store = Db::open_in_memory().unwrap();
    let r = sdmx_csv(&mut store, text.as_bytes(), src);
    (store, r)
}

#[test]
fn streamed_load_stores_what_read_csv_stores() {
    // Several batches of the stream, and a small file with warnings and skips.
    let big = synthetic_csv(3 * itx_app::load::STREAM_BATCH + 17);
    let small = CSV1.replace("2025Q2,1301000", "2025Q2,n/a");
    for (text, src) in [
        (big.as_str(), src("big.csv")),
        (&small, partial("small.csv")),
    ] {
        let parsed = read_csv(text.as_bytes(), &src).unwrap();
        let mut want = Store::open_in_memory().unwrap();
        want.ingest_all(&parsed.releases).unwrap();
        let (mut store, l) = loaded(text, &src);
        let l = l.unwrap();
        let r = &parsed.releases[0];
        assert!(l.outcome.is_new());
        assert_eq!(l.figures, r.observations.len());
        let header = NewRelease {
            observations: vec![],
            ..r.clone()
        };
        assert_eq!(format!("{:?}", l.release), format!("{header:?}"));
        assert_eq!(l.warnings, parsed.warnings);
        assert_eq!(l.skipped, parsed.skipped);
        assert_eq!(contents(&store), contents(&want));
        assert!(!contents(&store).is_empty());
        // Again: already ingested, read in full but not written.
        let again = sdmx_csv(&mut store, text.as_bytes(), &src).unwrap();
        assert_eq!(again.outcome, Outcome::AlreadyIngested { release_id: 1 });
        assert_eq!(again.figures, l.figures);
        assert_eq!(again.warnings, l.warnings);
        assert_eq!(contents(&store), contents(&want));
    }
}

#[test]
fn a_streamed_load_that_fails_late_loads_nothing() {
    // Errors after several batches have been written.
    let big = synthetic_csv(3 * itx_app::load::STREAM_BATCH);
    let lines = 3 * itx_app::load::STREAM_BATCH + 2;
    let bad_number = format!("{big}IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1.2.3,6,\n");
    let first = big.lines().nth(1).unwrap().to_string();
    let duplicate = format!("{big}{first}\n");
    let unmapped_only = csv_of(&["PAK,NETCD_T,CAB,USD,Q,2025-Q1,1,6,"]);
    for (text, wanted) in [
        (bad_number, format!("line {lines}:")),
        (duplicate, format!("appears twice: line 2 and line {lines}")),
        (
            unmapped_only,
            "no rows of a series in the itx mapping".into(),
        ),
        (HEAD.to_string(), "no data rows".into()),
    ] {
        let want = read_csv(text.as_bytes(), &src("x.csv"))
            .unwrap_err()
            .to_string();
        assert!(want.contains(&wanted), "{want}");
        let (store, l) = loaded(&text, &src("x.csv"));
        let err = l.unwrap_err();
        assert!(matches!(err, itx_app::Error::File(_)), "{err}");
        assert_eq!(err.to_string(), want);
        assert!(store.is_empty().unwrap());
        assert!(store.series_keys().unwrap().is_empty());
    }
}

/// A reader that opens the store during a long ingest (200,000 synthetic rows)
/// sees all of the release or none of it.
#[test]
fn a_reader_during_a_long_ingest_sees_all_of_a_release_or_none_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let mut writer = Store::open(&path).unwrap();
    writer
        .ingest_all(&itx_ingest::bundle::parse_all().unwrap().releases)
        .unwrap();
    let before = writer.releases().unwrap().len();
    let big = synthetic_csv(200_000);
    let parsed = read_csv(big.as_bytes(), &src("big.csv")).unwrap();
    let n = parsed.releases[0].observations.len();
    assert_eq!(n, 200_000);

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let stop = stop.clone();
        let path = path.clone();
        std::thread::spawn(move || {
            let (mut saw_old, mut saw_new) = (0, 0);
            loop {
                let done = stop.load(std::sync::atomic::Ordering::SeqCst);
                // A fresh read-only handle each time, as each `itx brief` opens
                // one: opening never waits for the writer and never fails.
                let store = Store::open_read_only(&path).unwrap();
                let rs = store.releases().unwrap();
                if rs.len() == before {
                    saw_old += 1;
                } else {
                    assert_eq!(rs.len(), before + 1);
                    let last = rs
                        .iter()
                        .find(|r| r.release.source.contains("big.csv"))
                        .unwrap();
                    assert_eq!(last.rows, 200_000, "a reader saw part of a release");
                    saw_new += 1;
                }
                if done {
                    return (saw_old, saw_new);
                }
            }
        })
    };
    writer.ingest(&parsed.releases[0]).unwrap();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (_, saw_new) = reader.join().unwrap();
    // The reader ran throughout and ended on the new state.
    assert!(saw_new > 0);
    assert_eq!(
        Store::open_read_only(&path)
            .unwrap()
            .releases()
            .unwrap()
            .len(),
        before + 1
    );
}
