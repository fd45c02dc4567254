//! The readers on the real SBP files itx ships (data/sbp, data/press).

use itx_ingest::{bundle, dtxls};
use itx_store::Store;
use itx_types::{Period, SeriesKey, Status, YearMonth};

fn read_dt(f: bundle::File, published: &str) -> itx_types::NewRelease {
    let info = itx_ingest::Source {
        published: Some(published.parse().unwrap()),
        ..itx_ingest::Source::named(f.name)
    };
    let parsed = dtxls::read(f.bytes, &info).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    parsed.releases.into_iter().next().unwrap()
}

/// Every value of the 26 rows transcribed in data/sbp/sbp_dt_mar26_subset.csv
/// (3 decimals, thousand US$) matches what the reader takes from the Mar-26 dt.xls.
#[test]
fn mar26_release_matches_the_transcribed_subset() {
    let rel = read_dt(bundle::DT_MAR26, "2026-04-17");
    let subset = include_str!("../../../data/sbp/sbp_dt_mar26_subset.csv");
    let mut rdr = csv::Reader::from_reader(subset.as_bytes());
    let periods = [
        "2025-03",
        "2026-02",
        "2026-03",
        "FY2024-25 Jul-Mar",
        "FY2025-26 Jul-Mar",
    ];
    let flows = ["credit", "debit", "net"];
    let mut checked = 0;
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let label = rec[1].trim_matches('\'').replace("\\xa0", " ");
        let code = if label == "Services" {
            "services".to_string()
        } else {
            label
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches('.')
                .to_string()
        };
        for (i, p) in periods.iter().enumerate() {
            for (j, flow) in flows.iter().enumerate() {
                let want = &rec[2 + i * 3 + j];
                let key = format!("pk.ebops.{code}.{flow}");
                let got = rel
                    .observations
                    .iter()
                    .find(|o| o.series.as_str() == key && o.period.to_string() == *p);
                match got {
                    Some(o) => {
                        let v: f64 = o.value_published.parse().unwrap();
                        assert_eq!(format!("{v:.3}"), *want, "{key} {p} at {}", o.location);
                        assert_eq!(o.value, v / 1000.0);
                    }
                    // N/A cells are missing, never zero (9.2.5 and 10.3.5 debit).
                    None => assert_eq!(want, "N/A", "{key} {p} missing"),
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 26 * 15);
    let ict = rel
        .observations
        .iter()
        .find(|o| o.series.as_str() == "pk.ebops.9.credit" && o.period.to_string() == "2026-03")
        .unwrap();
    assert_eq!(ict.location, "'EBOPS '!I59");
    assert_eq!(ict.status, Status::Provisional);
    assert!(
        rel.observations
            .iter()
            .all(|o| o.series.as_str() != "pk.ebops.9.2.5.debit")
    );
}

#[test]
fn feb26_release_reads_the_date_cell_header_and_its_revision_lands() {
    let feb = read_dt(bundle::DT_FEB26, "2026-03-17");
    let find = |r: &itx_types::NewRelease, key: &str, p: &str| {
        r.observations
            .iter()
            .find(|o| o.series.as_str() == key && o.period.to_string() == p)
            .cloned()
            .unwrap()
    };
    // Year-ago header is an Excel date cell (45716 = 2025-02-28), no marker.
    assert_eq!(
        find(&feb, "pk.ebops.9.credit", "2025-02").status,
        Status::Unmarked
    );
    assert_eq!(
        find(&feb, "pk.ebops.9.credit", "2026-01").status,
        Status::Revised
    );
    assert_eq!(
        find(&feb, "pk.ebops.services.credit", "2026-02").value_published,
        "812245.695591939"
    );
    let mar = read_dt(bundle::DT_MAR26, "2026-04-17");
    assert_eq!(
        find(&mar, "pk.ebops.services.credit", "2026-02").value_published,
        "800206.041911469"
    );
    // ICT was not revised between the two releases (sbp_formats.md §1.7).
    assert_eq!(
        find(&feb, "pk.ebops.9.credit", "2026-02").value_published,
        find(&mar, "pk.ebops.9.credit", "2026-02").value_published
    );

    // Either ingest order gives the same current state.
    let state = |first: &itx_types::NewRelease, second: &itx_types::NewRelease| {
        let mut s = Store::open_in_memory().unwrap();
        s.ingest(first).unwrap();
        s.ingest(second).unwrap();
        [
            "pk.ebops.services.credit",
            "pk.ebops.9.credit",
            "pk.ebops.9.2.5.credit",
        ]
        .iter()
        .flat_map(|k| s.current_series(&SeriesKey::new(*k), None).unwrap())
        .map(|(p, v)| (p, v.value_published, v.release.source))
        .collect::<Vec<_>>()
    };
    assert_eq!(state(&feb, &mar), state(&mar, &feb));
}

#[test]
fn bundle_loads_once_with_only_the_rbi_files_known_defects_noted() {
    let mut s = Store::open_in_memory().unwrap();
    let parsed = bundle::parse_all().unwrap();
    // The SBP and press files load without a word; the RBI file's three known
    // defects (data/peers/SOURCES.md) are each said, and nothing else.
    assert_eq!(parsed.warnings.len(), 3, "{:?}", parsed.warnings);
    assert!(
        parsed
            .warnings
            .iter()
            .all(|w| w.location.starts_with("india_rbi_ict_quarterly.csv")),
        "{:?}",
        parsed.warnings
    );
    let first = s.ingest_all(&parsed.releases).unwrap();
    let added = first.iter().filter(|o| o.is_new()).count();
    assert!(added > 100, "{added}");
    assert_eq!(added, first.len());
    let again = s.ingest_all(&parsed.releases).unwrap();
    assert!(again.iter().all(|o| !o.is_new()));

    // EasyData's 32 series are all there, ICT exports from July 2005.
    let ict = s
        .current_series(&SeriesKey::new("pk.ebops.9.credit"), None)
        .unwrap();
    let months: Vec<YearMonth> = ict.iter().filter_map(|(p, _)| p.as_month()).collect();
    assert_eq!(months.first().unwrap().to_string(), "2005-07");
    let jul05 = &ict
        .iter()
        .find(|(p, _)| *p == Period::Month(YearMonth::new(2005, 7).unwrap()))
        .unwrap()
        .1;
    assert_eq!(jul05.value, 16.0); // first value of P00120 (sbp_formats.md §4.4)
    let easydata_series = s
        .list_series()
        .unwrap()
        .into_iter()
        .filter(|x| x.first_month.as_deref() == Some("2005-07"))
        .count();
    assert_eq!(easydata_series, 32);
}

/// Excel's "Unicode text" is UTF-16 with a byte-order mark: the real EasyData
/// export saved that way (either byte order) reads exactly as the UTF-8 file.
#[test]
fn a_utf16_csv_reads_as_its_utf8_original() {
    use itx_ingest::detect;
    let src = itx_ingest::Source::named(bundle::EASYDATA.name);
    let (f8, want) = detect::read(bundle::EASYDATA.bytes, None, &src).unwrap();
    let text = std::str::from_utf8(bundle::EASYDATA.bytes).unwrap();
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for bytes in [&le, &be] {
        let (f, got) = detect::read(bytes, None, &src).unwrap();
        assert_eq!(f, f8);
        assert_eq!(got.releases.len(), want.releases.len());
        for (g, w) in got.releases.iter().zip(&want.releases) {
            assert_eq!(g.observations, w.observations);
        }
        assert!(got.releases[0].observations.len() > 7000);
    }
    // Cut short, or broken: named as UTF-16, with the file and the byte.
    let e = detect::read(&le[..le.len() - 1], None, &src)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(bundle::EASYDATA.name) && e.contains("UTF-16"),
        "{e}"
    );
    let mut broken = le.clone();
    broken.splice(10..12, [0x00, 0xD8]); // a lone high surrogate at byte 10
    let e = detect::read(&broken, None, &src).unwrap_err().to_string();
    assert!(e.contains("byte 10"), "{e}");
}
