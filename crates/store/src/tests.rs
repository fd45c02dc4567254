//! The store's unit tests.

use super::*;
use itx_types::YearMonth;
use itx_types::{NewObservation, NewRelease, ObservationBatch, SourceKind, push_period};

fn release(hash: &str, published: &str, value: f64) -> NewRelease {
    NewRelease {
        source: format!("test {hash}"),
        kind: SourceKind::Official,
        published: Some(published.parse().unwrap()),
        file: Some("f.xls".into()),
        url: None,
        content_hash: hash.into(),
        note: None,
        series: vec![],
        observations: vec![NewObservation {
            series: SeriesKey::new("pk.ebops.services.credit"),
            period: Period::Month(YearMonth::new(2026, 2).unwrap()),
            value,
            value_published: value.to_string(),
            unit_published: Unit::UsdMillion,
            status: Status::Provisional,
            location: "'EBOPS '!I9".into(),
            quote: None,
            preferred: false,
        }],
    }
}

#[test]
fn revisions_are_kept_and_as_of_sees_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let mut s = Store::open(&path).unwrap();
    s.ingest(&release("feb", "2026-03-17", 812.2456)).unwrap();
    s.ingest(&release("mar", "2026-04-17", 800.2060)).unwrap();
    drop(s);
    let s = Store::open(&path).unwrap();
    let key = SeriesKey::new("pk.ebops.services.credit");
    let feb = Period::Month(YearMonth::new(2026, 2).unwrap());
    let vs = s.vintages(&key, &feb).unwrap();
    assert_eq!(
        vs.iter().map(|v| v.value).collect::<Vec<_>>(),
        [812.2456, 800.2060]
    );
    assert_eq!(s.current_series(&key, None).unwrap()[0].1.value, 800.2060);
    let before = Some("2026-04-01".parse().unwrap());
    assert_eq!(s.current_series(&key, before).unwrap()[0].1.value, 812.2456);
    assert_eq!(s.list_series().unwrap()[0].vintages, 2);
}

#[test]
fn a_duplicate_inside_a_release_writes_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let mut r = release("dup", "2026-03-17", 1.0);
    r.observations.push(r.observations[0].clone());
    assert!(matches!(
        s.ingest(&r),
        Err(Error::DuplicateObservation { .. })
    ));
    assert!(s.is_empty().unwrap());
}

#[test]
fn a_file_that_is_not_a_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk");
    std::fs::write(
        &path,
        b"this is not sqlite, just text padding it out to a page",
    )
    .unwrap();
    let err = Store::open(&path).err().expect("must fail");
    assert!(err.to_string().contains("junk"), "{err}");
}

/// `n` observations over three series, months from 2000-01 (a named series,
/// and two left to `default_info`).
fn many(hash: &str, n: usize) -> NewRelease {
    let mut r = release(hash, "2026-03-17", 1.0);
    r.series = vec![SeriesInfo {
        key: SeriesKey::new("pk.ebops.9.credit"),
        name: "named".into(),
        unit: Unit::UsdMillion,
        ebops_code: Some("9".into()),
    }];
    r.observations = (0..n)
        .map(|i| {
            let key = ["pk.ebops.9.credit", "pk.ebops.services.debit", ""][i % 3];
            let month = YearMonth::new(2000, 1).unwrap().add_months((i / 3) as i32);
            NewObservation {
                series: SeriesKey::new(key),
                period: Period::Month(month),
                value: i as f64,
                value_published: i.to_string(),
                unit_published: Unit::UsdThousand,
                status: [Status::Final, Status::Provisional][i % 2],
                location: format!("f.csv line {}", i + 2),
                quote: (i % 7 == 0).then(|| format!("q{i}")),
                preferred: i % 5 == 0,
            }
        })
        .collect();
    r
}

/// Every stored observation, as text, in key order; and the series rows.
fn dump(s: &Store) -> (Vec<String>, Vec<String>) {
    let rows = |sql: &str| -> Vec<String> {
        let mut st = s.conn.prepare(sql).unwrap();
        st.query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    (
        rows(
            "SELECT series || '|' || period || '|' || release_id || '|' || value || '|' ||
             value_published || '|' || unit_published || '|' || status || '|' || location
             || '|' || coalesce(quote, 'NULL') || '|' || preferred FROM observations",
        ),
        rows(
            "SELECT key || '|' || name || '|' || unit || '|' || coalesce(ebops_code, '') FROM series",
        ),
    )
}

/// Foreign keys hold and are enforced again after a write.
fn assert_integrity(s: &Store) {
    let broken: i64 = s
        .conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
    let fk: i64 = s
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn streamed_batches_store_what_ingest_stores() {
    // 1,000 rows: whole statements and a remainder, over several batches.
    let r = many("h", 1000);
    let mut a = Store::open_in_memory().unwrap();
    assert_eq!(
        a.ingest(&r).unwrap(),
        Outcome::Added {
            release_id: 1,
            rows: 1000
        }
    );
    assert_integrity(&a);
    let mut b = Store::open_in_memory().unwrap();
    let header = NewRelease {
        observations: vec![],
        ..r.clone()
    };
    let outcome = b
        .ingest_streaming(&header, |sink| {
            assert_eq!(sink.release_id(), 1);
            let mut batch = ObservationBatch::with_capacity(300);
            for chunk in r.observations.chunks(333) {
                batch.clear();
                for o in chunk {
                    batch.push_observation(o);
                }
                sink.write(&batch)?;
            }
            assert_eq!(sink.rows(), 1000);
            Ok::<_, Error>(())
        })
        .unwrap();
    assert_eq!(
        outcome,
        Outcome::Added {
            release_id: 1,
            rows: 1000
        }
    );
    assert_integrity(&b);
    let (obs, series) = dump(&a);
    assert_eq!(obs.len(), 1000);
    assert!(series.contains(&"pk.ebops.9.credit|named|US$ million|9".to_string()));
    assert_eq!((obs, series), dump(&b));
    // Same content again: `feed` is not called, nothing is written.
    let again = b.ingest_streaming(&header, |_| -> Result<(), Error> {
        panic!("feed called for a release already stored")
    });
    assert_eq!(again.unwrap(), Outcome::AlreadyIngested { release_id: 1 });
    assert_eq!(b.releases().unwrap().len(), 1);
}

#[test]
fn a_failed_stream_writes_nothing() {
    let r = many("h", 100);
    let header = NewRelease {
        observations: vec![],
        ..r.clone()
    };
    let mut s = Store::open_in_memory().unwrap();
    let mut batch = ObservationBatch::default();
    for o in &r.observations {
        batch.push_observation(o);
    }
    // The feed fails after writing (a reader's error).
    let err = s.ingest_streaming(&header, |sink| {
        sink.write(&batch)?;
        Err(Error::Corrupt("reader failed".into()))
    });
    assert!(matches!(err, Err(Error::Corrupt(m)) if m == "reader failed"));
    assert!(s.is_empty().unwrap());
    assert_eq!(dump(&s), (vec![], vec![]));
    assert_integrity(&s);
    // A duplicate across batches names both rows.
    let mut second = ObservationBatch::default();
    second.push_observation(&NewObservation {
        period: Period::Month(YearMonth::new(2099, 1).unwrap()),
        ..r.observations[50].clone()
    });
    second.push_observation(&NewObservation {
        location: "g.csv line 9".into(),
        ..r.observations[40].clone()
    });
    let err = s
        .ingest_streaming(&header, |sink| {
            sink.write(&batch)?;
            sink.write(&second)
        })
        .unwrap_err();
    let Error::DuplicateObservation {
        first,
        second,
        source_name,
        ..
    } = &err
    else {
        panic!("{err}");
    };
    assert_eq!(
        (first.as_str(), second.as_str()),
        ("f.csv line 42", "g.csv line 9")
    );
    assert_eq!(source_name, "test h");
    // Within one batch.
    let err = s
        .ingest_streaming(&header, |sink| {
            let mut b = batch.clone();
            b.push_observation(&r.observations[7]);
            sink.write(&b)
        })
        .unwrap_err();
    assert!(
        err.to_string().contains("(f.csv line 9 and f.csv line 9)"),
        "{err}"
    );
    assert!(s.is_empty().unwrap());
    assert_integrity(&s);
}

#[test]
fn a_duplicate_after_many_rows_writes_nothing() {
    let mut r = many("dup", 1000);
    let mut twin = r.observations[10].clone();
    twin.location = "f.csv line 5000".into();
    r.observations.push(twin);
    let err = Store::open_in_memory().unwrap().ingest(&r).unwrap_err();
    assert!(
        err.to_string()
            .contains("appears twice in one release (f.csv line 12 and f.csv line 5000)"),
        "{err}"
    );
}

#[test]
fn periods_are_written_as_displayed() {
    let mut periods = vec![Period::Year(1900), Period::Year(2200), Period::Year(999)];
    for y in [1900, 1999, 2025, 2200] {
        for m in 1..=12 {
            periods.push(Period::Month(YearMonth::new(y, m).unwrap()));
        }
        for q in 1..=4 {
            periods.push(Period::Quarter(itx_types::YearQuarter::new(y, q).unwrap()));
        }
    }
    periods.push(Period::Quarter(
        itx_types::YearQuarter::new(12345, 2).unwrap(),
    ));
    periods.push(Period::Quarter(itx_types::YearQuarter::new(-5, 2).unwrap()));
    let pk = itx_types::FiscalCalendar::PAKISTAN;
    for t in ["FY2025-26", "FY2025-26 Jul-Mar"] {
        periods.push(Period::parse(t, &pk).unwrap());
    }
    for p in periods {
        let mut buf = String::from("x");
        push_period(&mut buf, &p);
        assert_eq!(buf, format!("x{p}"));
    }
}

#[test]
fn a_read_only_handle_never_writes_and_refuses_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let mut w = Store::open(&path).unwrap();
    w.ingest(&release("a", "2025-08-20", 354.0)).unwrap();
    drop(w); // the last handle checkpoints the WAL into the file
    let before = std::fs::read(&path).unwrap();

    let mut r = Store::open_read_only(&path).unwrap();
    assert_eq!(r.access(), Access::Read);
    assert_eq!(r.releases().unwrap().len(), 1);
    let e = r.ingest(&release("b", "2025-09-20", 355.0)).unwrap_err();
    assert!(e.to_string().contains("readonly"), "{e}");
    drop(r);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a read changed the file"
    );

    // Opening for writing an existing store of this version writes nothing either.
    drop(Store::open(&path).unwrap());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_store_from_a_newer_itx_is_refused_by_name_and_a_missing_one_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let missing = dir.path().join("none.sqlite");
    let e = Store::open_read_only(&missing).err().unwrap();
    assert!(matches!(e, Error::Missing { .. }), "{e}");
    assert!(!missing.exists());

    drop(Store::open(&path).unwrap());
    let c = Connection::open(&path).unwrap();
    c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(c);
    for e in [
        Store::open_read_only(&path).err().unwrap(),
        Store::open(&path).err().unwrap(),
    ] {
        let m = e.to_string();
        assert!(
            m.contains("s.sqlite") && m.contains("newer itx") && m.contains("version 2"),
            "{m}"
        );
    }

    // A SQLite file that is not a store.
    let other = dir.path().join("other.sqlite");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x);")
        .unwrap();
    let e = Store::open_read_only(&other).err().unwrap();
    assert!(
        matches!(e, Error::NotAStore { .. }) && e.to_string().contains("other.sqlite"),
        "{e}"
    );
}
