//! The SDMX readers' unit tests.

use super::*;
use itx_types::YearMonth;

fn src(file: &str) -> Source {
    Source::named(file)
}

fn partial(file: &str) -> Source {
    Source {
        allow_partial: true,
        ..Source::named(file)
    }
}

fn quarter(y: i32, q: u8) -> Period {
    Period::Quarter(YearQuarter::new(y, q).unwrap())
}

fn month(y: i32, m: u8) -> Period {
    Period::Month(YearMonth::new(y, m).unwrap())
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

#[test]
fn mapping_table() {
    let k = |c, e, i| itx_key(c, e, i).map(|k| k.as_str().to_string());
    assert_eq!(k("PAK", "CD_T", "SI").as_deref(), Some("pk.ebops.9.credit"));
    assert_eq!(k("PAK", "DB_T", "SI").as_deref(), Some("pk.ebops.9.debit"));
    assert_eq!(
        k("PAK", "NETCD_T", "S").as_deref(),
        Some("pk.ebops.services.net")
    );
    assert_eq!(k("IND", "CD_T", "SA").as_deref(), Some("in.ebops.1.credit"));
    assert_eq!(
        k("BGD", "CD_T", "SJ").as_deref(),
        Some("bd.ebops.10.credit")
    );
    assert_eq!(
        k("PHL", "CD_T", "SL").as_deref(),
        Some("ph.ebops.12.credit")
    );
    assert_eq!(k("VNM", "DB_T", "SH").as_deref(), Some("vn.ebops.8.debit"));
    assert_eq!(
        k("USA", "CD_T", "SI").as_deref(),
        Some("usa.ebops.9.credit")
    );
    assert_eq!(k("PAK", "CD_T", "CAB"), None);
    assert_eq!(k("PAK", "A_T", "SI"), None);
    assert_eq!(k("G001", "CD_T", "SI"), None);
    assert_eq!(k("PAK", "CD_T", "SI2"), None); // sub-items are not declared
    for (i, (_, code, _)) in INDICATORS.iter().enumerate().skip(1) {
        assert_eq!(code.parse::<usize>().unwrap(), i); // SA..SL = 1..12
    }
    assert_eq!(
        map_series("PAK", "CD_T", "SI").unwrap().1,
        "Pakistan ICT services exports (IMF BOP)"
    );
}

#[test]
fn periods() {
    assert_eq!(parse_period("2025-Q1"), Some(quarter(2025, 1)));
    assert_eq!(parse_period("2025Q4"), Some(quarter(2025, 4)));
    assert_eq!(parse_period("2025-03"), Some(month(2025, 3)));
    assert_eq!(parse_period("2025-M03"), Some(month(2025, 3)));
    assert_eq!(parse_period("2025M12"), Some(month(2025, 12)));
    assert_eq!(parse_period("2025"), Some(Period::Year(2025)));
    for bad in [
        "2025-Q5",
        "2025-Q0",
        "2025-13",
        "2025-S1",
        "2025-",
        "25-Q1",
        "2025-03-31",
        "20x5",
        "",
        "1800",
        "2025-Q12",
        "2025M",
        "ééééé",
    ] {
        assert_eq!(parse_period(bad), None, "{bad}");
    }
}

#[test]
fn detection() {
    assert!(looks_like_csv(HEAD.trim_end()));
    assert!(looks_like_csv(
        "\u{feff}STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,TIME_PERIOD: Time,OBS_VALUE"
    ));
    assert!(looks_like_csv(
        "STRUCTURE[;];STRUCTURE_ID;TIME_PERIOD;OBS_VALUE"
    ));
    assert!(looks_like_csv("\"DATAFLOW\",\"TIME_PERIOD\",\"OBS_VALUE\""));
    assert!(!looks_like_csv(
        "Observation Date,Series Key,Observation Value"
    ));
    assert!(!looks_like_csv("DATAFLOW,COUNTRY,OBS_VALUE"));
    assert!(!looks_like_csv(""));
    let j: Value = serde_json::from_str(r#"{"data":{"dataSets":[],"structures":[{}]}}"#).unwrap();
    assert!(looks_like_json(&j));
    let j: Value = serde_json::from_str(r#"{"dataSets":[],"structure":{}}"#).unwrap();
    assert!(looks_like_json(&j));
    let j: Value = serde_json::from_str(r#"{"data":{"dataSets":[]}}"#).unwrap();
    assert!(!looks_like_json(&j));
    assert!(!looks_like_json(&Value::Null));
}

#[test]
fn csv_1_0() {
    let p = read_csv(CSV1.as_bytes(), &src("imf.csv")).unwrap();
    assert_eq!(p.releases.len(), 1);
    let r = &p.releases[0];
    assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (imf.csv)");
    assert_eq!(r.kind, SourceKind::Official);
    assert_eq!(r.file.as_deref(), Some("imf.csv"));
    assert_eq!(r.content_hash, content_hash(CSV1.as_bytes()));
    let got: Vec<_> = r
        .observations
        .iter()
        .map(|o| {
            (
                o.series.as_str(),
                o.period,
                o.value,
                o.value_published.as_str(),
                o.unit_published,
                o.status,
                o.location.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "pk.ebops.9.credit",
                quarter(2025, 1),
                1234.5,
                "1234.5",
                Unit::UsdMillion,
                Status::Provisional,
                "imf.csv line 2"
            ),
            // The quoted field spans lines 2–3, so this row is line 4.
            (
                "pk.ebops.9.credit",
                quarter(2025, 2),
                1301.0,
                "1301000",
                Unit::UsdThousand,
                Status::Revised,
                "imf.csv line 4"
            ),
            (
                "pk.ebops.services.debit",
                Period::Year(2024),
                4321.0,
                "4321",
                Unit::UsdMillion,
                Status::Final,
                "imf.csv line 5"
            ),
            (
                "vn.ebops.1.credit",
                month(2025, 4),
                12.5 / 1e6,
                "12.5",
                Unit::Usd,
                Status::Unmarked,
                "imf.csv line 10"
            ),
        ]
    );
    // One warning for the unmapped series (first seen on line 6), none for NaN/empty.
    assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
    assert_eq!(p.warnings[0].location, "imf.csv line 6");
    assert!(p.warnings[0].message.contains("PAK.CD_T.CAB"));
    assert!(p.skipped.is_empty());
    // Series are those with figures (not IND/BGD, whose only values were missing).
    let keys: Vec<_> = r.series.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "pk.ebops.9.credit",
            "pk.ebops.services.debit",
            "vn.ebops.1.credit"
        ]
    );
    assert_eq!(r.series[0].name, "Pakistan ICT services exports (IMF BOP)");
    assert_eq!(r.series[0].ebops_code.as_deref(), Some("9"));
    assert_eq!(r.series[0].unit, Unit::UsdMillion);
    assert_eq!(r.series[1].name, "Pakistan services imports (IMF BOP)");
    assert_eq!(r.series[1].ebops_code.as_deref(), Some("services"));
}

#[test]
fn csv_2_0_with_labels_and_no_unit_mult() {
    let text = "\
STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY: Country,BOP_ACCOUNTING_ENTRY: Accounting entry,INDICATOR: Indicator,UNIT: Unit,FREQUENCY: Frequency,TIME_PERIOD: Time period,OBS_VALUE: Observation value,SCALE,OBS_STATUS,FULL_DESCRIPTION
dataflow,IMF.STA:BOP(21.0.0),I,PAK: Pakistan,CD_T: Credit,SI: ICT,USD: US dollar,Q: Quarterly,2024-Q4,987600000,6,P: Provisional,\"multi-line
description\"
dataflow,IMF.STA:BOP(21.0.0),D,PAK: Pakistan,CD_T: Credit,SI: ICT,USD: US dollar,Q: Quarterly,2024-Q3,,6,,
dataflow,IMF.STA:BOP(21.0.0),I,PAK: Pakistan,DB_T: Debit,SI: ICT,USD: US dollar,A: Annual,2024,412000000,6,,x
";
    let p = read_csv(text.as_bytes(), &src("v2.csv")).unwrap();
    let r = &p.releases[0];
    assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (v2.csv)");
    assert_eq!(r.observations.len(), 2);
    let o = &r.observations[0];
    assert_eq!(o.series.as_str(), "pk.ebops.9.credit");
    assert_eq!(o.period, quarter(2024, 4));
    assert_eq!(o.value, 987.6);
    assert_eq!(o.status, Status::Provisional);
    assert_eq!(o.location, "v2.csv line 2");
    let o = &r.observations[1];
    assert_eq!(o.series.as_str(), "pk.ebops.9.debit");
    assert_eq!(o.period, Period::Year(2024));
    assert_eq!(o.location, "v2.csv line 5");
    // UNIT_MULT absent: one warning at the header; the delete row: one warning.
    assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
    assert!(p.warnings[0].message.contains("no UNIT_MULT column"));
    assert!(p.warnings[0].message.contains("SCALE"));
    assert_eq!(p.warnings[0].location, "v2.csv line 1");
    assert!(p.warnings[1].message.contains("ACTION D"));

    // A delimiter named in the first header field.
    let semi = "STRUCTURE[;];STRUCTURE_ID;ACTION;COUNTRY;BOP_ACCOUNTING_ENTRY;INDICATOR;UNIT;FREQUENCY;TIME_PERIOD;OBS_VALUE;UNIT_MULT\n\
                dataflow;IMF.STA:BOP(24.0.0);I;BGD;CD_T;SI;USD;Q;2025-Q1;1,5;6\n";
    let err = read_csv(semi.as_bytes(), &src("semi.csv"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 2") && err.contains("OBS_VALUE"), "{err}");
    let semi = semi.replace("1,5", "150.5");
    let p = read_csv(semi.as_bytes(), &src("semi.csv")).unwrap();
    let r = &p.releases[0];
    assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(24.0.0) (semi.csv)");
    assert_eq!(r.observations[0].series.as_str(), "bd.ebops.9.credit");
    assert_eq!(r.observations[0].value, 150.5);
    assert!(p.warnings.is_empty());
}

#[test]
fn synonyms_and_raw_values() {
    // REF_AREA/FREQ synonyms; IMF-style raw US$ values without UNIT_MULT
    // (sbp_formats.md §5.3: OBS_VALUE is raw USD, SCALE display-only).
    let text = "DATAFLOW,REF_AREA,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQ,TIME_PERIOD,OBS_VALUE,SCALE\n\
                IMF.STA:BOP(21.0.0),PAK,CD_T,SI,USD,Q,2025-Q1,1050000000,6\n";
    let p = read_csv(text.as_bytes(), &src("raw.csv")).unwrap();
    assert_eq!(p.releases[0].observations[0].value, 1050.0);
    assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
    // Values already in millions without UNIT_MULT are flagged.
    let small = text.replace("1050000000", "1050");
    let p = read_csv(small.as_bytes(), &src("raw.csv")).unwrap();
    assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
    assert!(p.warnings[1].message.contains("look like millions"));
}

const JSON1: &str = r#"{
  "header": {"id": "synthetic"},
  "data": {
    "structure": {
      "links": [{"rel": "dataflow", "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IMF.STA:BOP(21.0.0)"}],
      "dimensions": {
        "series": [
          {"id": "COUNTRY", "keyPosition": 0, "values": [{"id": "PAK", "name": "Pakistan"}, {"id": "IND"}]},
          {"id": "BOP_ACCOUNTING_ENTRY", "keyPosition": 1, "values": [{"id": "CD_T"}]},
          {"id": "INDICATOR", "keyPosition": 2, "values": [{"id": "SI"}, {"id": "CAB"}]},
          {"id": "UNIT", "keyPosition": 3, "values": [{"id": "USD"}]},
          {"id": "FREQUENCY", "keyPosition": 4, "values": [{"id": "Q"}]}
        ],
        "observation": [
          {"id": "TIME_PERIOD", "keyPosition": 5, "values": [{"id": "2024-Q4"}, {"id": "2025-Q1"}, {"id": "2025-Q2"}]}
        ]
      },
      "attributes": {
        "series": [{"id": "UNIT_MULT", "values": [{"id": "6"}, {"id": "3"}]}],
        "observation": [{"id": "OBS_STATUS", "values": [{"id": "P"}, {"id": "R"}]}]
      }
    },
    "dataSets": [{
      "series": {
        "0:0:0:0:0": {"attributes": [0], "observations": {"0": [812.25, 1], "1": ["901.5", 0], "2": [null]}},
        "1:0:0:0:0": {"attributes": [1], "observations": {"1": [2500000, null]}},
        "0:0:1:0:0": {"attributes": [0], "observations": {"0": [1.0]}}
      }
    }]
  }
}"#;

#[test]
fn json_1_0() {
    let p = read_json(JSON1.as_bytes(), &src("imf.json")).unwrap();
    let r = &p.releases[0];
    assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (imf.json)");
    let got: Vec<_> = r
        .observations
        .iter()
        .map(|o| {
            (
                o.series.as_str(),
                o.period,
                o.value,
                o.value_published.as_str(),
                o.unit_published,
                o.status,
                o.location.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "pk.ebops.9.credit",
                quarter(2024, 4),
                812.25,
                "812.25",
                Unit::UsdMillion,
                Status::Revised,
                "imf.json series PAK.CD_T.SI.USD.Q obs 0"
            ),
            (
                "pk.ebops.9.credit",
                quarter(2025, 1),
                901.5,
                "901.5",
                Unit::UsdMillion,
                Status::Provisional,
                "imf.json series PAK.CD_T.SI.USD.Q obs 1"
            ),
            (
                "in.ebops.9.credit",
                quarter(2025, 1),
                2500.0,
                "2500000",
                Unit::UsdThousand,
                Status::Unmarked,
                "imf.json series IND.CD_T.SI.USD.Q obs 1"
            ),
        ]
    );
    assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
    assert!(p.warnings[0].message.contains("PAK.CD_T.CAB"));
    assert_eq!(
        p.warnings[0].location,
        "imf.json series PAK.CD_T.CAB.USD.Q obs 0"
    );
}

const JSON2: &str = r#"{
  "meta": {"id": "synthetic", "schema": "https://json.sdmx.org/2.0.0/sdmx-json-data-schema.json"},
  "data": {
    "structures": [{
      "links": [{"rel": "dataflow", "href": "https://api.imf.org/external/sdmx/3.0/structure/dataflow/IMF.STA/BOP/21.0.0"}],
      "dimensions": {
        "dataSet": [
          {"id": "UNIT", "keyPosition": 3, "values": [{"id": "USD"}]},
          {"id": "FREQUENCY", "keyPosition": 4, "values": [{"id": "M"}]}
        ],
        "series": [
          {"id": "COUNTRY", "keyPosition": 0, "values": [{"id": "PHL"}]},
          {"id": "BOP_ACCOUNTING_ENTRY", "keyPosition": 1, "values": [{"id": "DB_T"}, {"id": "NETCD_T"}]},
          {"id": "INDICATOR", "keyPosition": 2, "values": [{"id": "SJ"}]}
        ],
        "observation": [
          {"id": "TIME_PERIOD", "keyPosition": 5, "values": [{"value": "2025-01"}, {"id": "2025-M02"}]}
        ]
      },
      "attributes": {
        "dataSet": [{"id": "UNIT_MULT", "values": [{"value": 6}]}],
        "series": [],
        "observation": [{"id": "OBS_STATUS", "values": [{"id": "F"}]}]
      }
    }],
    "dataSets": [{
      "structure": 0,
      "action": "Information",
      "attributes": [0],
      "series": {
        "0:0:0": {"observations": {"0": [-12.75, 0], "1": ["NaN"]}},
        "0:1:0": {"observations": {"1": [3.5]}}
      }
    }]
  }
}"#;

#[test]
fn json_2_0() {
    let p = read_json(JSON2.as_bytes(), &src("imf2.json")).unwrap();
    let r = &p.releases[0];
    assert_eq!(r.source, "IMF SDMX IMF.STA:BOP(21.0.0) (imf2.json)");
    assert_eq!(r.observations.len(), 2);
    let o = &r.observations[0];
    assert_eq!(o.series.as_str(), "ph.ebops.10.debit");
    assert_eq!(o.period, month(2025, 1));
    assert_eq!(o.value, -12.75);
    assert_eq!(o.status, Status::Final);
    assert_eq!(o.location, "imf2.json series PHL.DB_T.SJ.USD.M obs 0");
    let o = &r.observations[1];
    assert_eq!(o.series.as_str(), "ph.ebops.10.net");
    assert_eq!(o.period, month(2025, 2));
    assert_eq!(o.value, 3.5);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!(
        r.series[0].name,
        "Philippines other business services imports (IMF BOP)"
    );
}

#[test]
fn json_flat_and_top_level() {
    let text = r#"{
      "structure": {
        "dimensions": {
          "series": [],
          "observation": [
            {"id": "REF_AREA", "values": [{"id": "PAK"}]},
            {"id": "BOP_ACCOUNTING_ENTRY", "values": [{"id": "CD_T"}]},
            {"id": "INDICATOR", "values": [{"id": "SI"}]},
            {"id": "UNIT", "values": [{"id": "USD"}]},
            {"id": "FREQ", "values": [{"id": "A"}]},
            {"id": "TIME_PERIOD", "values": [{"id": "2023"}, {"id": "2024"}]}
          ]
        }
      },
      "dataSets": [{"observations": {"0:0:0:0:0:0": [2600000000], "0:0:0:0:0:1": [3223100000]}}]
    }"#;
    let p = read_json(text.as_bytes(), &src("flat.json")).unwrap();
    let r = &p.releases[0];
    assert_eq!(r.source, "IMF SDMX (dataflow not named) (flat.json)");
    let got: Vec<_> = r
        .observations
        .iter()
        .map(|o| (o.series.as_str(), o.period, o.value, o.location.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "pk.ebops.9.credit",
                Period::Year(2023),
                2600.0,
                "flat.json series PAK.CD_T.SI.USD.A obs 0:0:0:0:0:0"
            ),
            (
                "pk.ebops.9.credit",
                Period::Year(2024),
                3223.1,
                "flat.json series PAK.CD_T.SI.USD.A obs 0:0:0:0:0:1"
            ),
        ]
    );
    assert_eq!(p.warnings.len(), 1);
    assert!(p.warnings[0].message.contains("UNIT_MULT"));
}

#[test]
fn json_errors() {
    let e = |t: &str| {
        read_json(t.as_bytes(), &src("e.json"))
            .unwrap_err()
            .to_string()
    };
    assert!(e("").contains("empty"));
    assert!(e("{").contains("not JSON"));
    assert!(e("[1,2]").contains("not an SDMX-JSON"));
    assert!(e(r#"{"dataSets":[{}],"structure":{}}"#).contains("no COUNTRY dimension"));
    // A series key pointing past the structure's values.
    let bad = JSON1.replace("\"1:0:0:0:0\"", "\"7:0:0:0:0\"");
    let m = e(&bad);
    assert!(
        m.contains("series 7:0:0:0:0") && m.contains("value 7 of dimension COUNTRY"),
        "{m}"
    );
    // Duplicate (series, period) via two keys mapping to the same itx series.
    let dup = JSON1
        .replace(r#"{"id": "IND"}"#, r#"{"id": "PAK"}"#)
        .replace(r#""1": [2500000, null]"#, r#""0": [1, null]"#);
    let m = e(&dup);
    assert!(
        m.contains("pk.ebops.9.credit 2024-Q4 appears twice")
            && m.contains("series PAK.CD_T.SI.USD.Q obs 0"),
        "{m}"
    );
    // A non-numeric string value; allow_partial skips it.
    let nan = JSON1.replace(r#"["901.5", 0]"#, r#"["n/a", 0]"#);
    let m = e(&nan);
    assert!(
        m.contains("series PAK.CD_T.SI.USD.Q obs 1") && m.contains("OBS_VALUE"),
        "{m}"
    );
    let p = read_json(nan.as_bytes(), &partial("e.json")).unwrap();
    assert_eq!(p.releases[0].observations.len(), 2);
    assert_eq!(p.skipped.len(), 1);
}

#[test]
fn unknown_unit() {
    let text = csv_of(&[
        "PAK,CD_T,SI,USD,Q,2025-Q1,1,6,",
        "PAK,CD_T,SI,XDC,Q,2025-Q2,2,6,",
    ]);
    let err = read_csv(text.as_bytes(), &src("u.csv")).unwrap_err();
    assert!(matches!(err, Error::Line { line: 3, .. }), "{err}");
    let m = err.to_string();
    assert!(
        m.starts_with("u.csv: line 3:") && m.contains("\"XDC\""),
        "{m}"
    );
    let p = read_csv(text.as_bytes(), &partial("u.csv")).unwrap();
    assert_eq!(p.releases[0].observations.len(), 1);
    assert_eq!(p.skipped.len(), 1);
    assert!(p.skipped[0].message.contains("line 3"));
}

#[test]
fn bad_number() {
    let text = csv_of(&[
        "PAK,CD_T,SI,USD,Q,2025-Q1,1,6,",
        "PAK,CD_T,SI,USD,Q,2025-Q2,1.2.3,6,",
        "PAK,CD_T,SI,USD,Q,2025-Q3,3,6,",
    ]);
    let m = read_csv(text.as_bytes(), &src("n.csv"))
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("n.csv")
            && m.contains("line 3")
            && m.contains("OBS_VALUE")
            && m.contains("1.2.3"),
        "{m}"
    );
    let p = read_csv(text.as_bytes(), &partial("n.csv")).unwrap();
    let periods: Vec<_> = p.releases[0]
        .observations
        .iter()
        .map(|o| o.period)
        .collect();
    assert_eq!(periods, [quarter(2025, 1), quarter(2025, 3)]);
    assert_eq!(p.skipped.len(), 1);
    assert!(p.skipped[0].message.contains("line 3"), "{:?}", p.skipped);
    // Infinity is not a figure either.
    let inf = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,inf,6,"]);
    assert!(read_csv(inf.as_bytes(), &src("n.csv")).is_err());
}

#[test]
fn bad_unit_mult() {
    let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,1,9,"]);
    let m = read_csv(text.as_bytes(), &src("m.csv"))
        .unwrap_err()
        .to_string();
    assert!(m.contains("line 2") && m.contains("UNIT_MULT 9"), "{m}");
    // An empty UNIT_MULT cell falls back to 0 (raw US$), with a warning.
    let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,7000000,,"]);
    let p = read_csv(text.as_bytes(), &src("m.csv")).unwrap();
    assert_eq!(p.releases[0].observations[0].value, 7.0);
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(p.warnings[0].location, "m.csv line 2");
}

#[test]
fn duplicate_period() {
    let text = csv_of(&[
        "PAK,CD_T,SI,USD,Q,2025-Q1,1,6,",
        "PAK,CD_T,SI,USD,A,2025,4,6,",
        "PAK,CD_T,SI,USD,Q,2025Q1,2,6,",
    ]);
    let err = read_csv(text.as_bytes(), &partial("d.csv")).unwrap_err();
    assert!(matches!(err, Error::Line { line: 4, .. }), "{err}");
    let m = err.to_string();
    assert!(
        m.contains("pk.ebops.9.credit 2025-Q1 appears twice: line 2 and line 4"),
        "{m}"
    );
}

#[test]
fn frequency_mismatch() {
    let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025,1,6,"]);
    let m = read_csv(text.as_bytes(), &src("f.csv"))
        .unwrap_err()
        .to_string();
    assert!(
        m.contains("line 2") && m.contains("FREQUENCY \"Q\"") && m.contains("annual"),
        "{m}"
    );
    let text = csv_of(&["PAK,CD_T,SI,USD,M,2025-Q1,1,6,"]);
    let m = read_csv(text.as_bytes(), &src("f.csv"))
        .unwrap_err()
        .to_string();
    assert!(m.contains("quarterly"), "{m}");
    let text = csv_of(&["PAK,CD_T,SI,USD,S,2025-S1,1,6,"]);
    let m = read_csv(text.as_bytes(), &src("f.csv"))
        .unwrap_err()
        .to_string();
    assert!(m.contains("TIME_PERIOD \"2025-S1\""), "{m}");
    let text = csv_of(&["PAK,CD_T,SI,USD,W,2025-03,1,6,"]);
    let m = read_csv(text.as_bytes(), &src("f.csv"))
        .unwrap_err()
        .to_string();
    assert!(m.contains("not supported"), "{m}");
}

#[test]
fn garbage_and_empty() {
    let e = |b: &[u8]| read_csv(b, &src("g.csv")).unwrap_err().to_string();
    assert!(e(b"").contains("empty"));
    assert!(e(b"  \n\n").contains("empty"));
    assert!(e(b"\xEF\xBB\xBF").contains("empty"));
    assert!(e(HEAD.as_bytes()).contains("no data rows"));
    assert!(e(b"hello,world\n1,2\n").contains("not SDMX-CSV"));
    assert!(e(b"\x00\xff\xfe garbage \x01").contains("g.csv"));
    assert!(e(b"DATAFLOW,COUNTRY\nx,y\n").contains("missing column BOP_ACCOUNTING_ENTRY"));
    // Ragged rows are named by line.
    let ragged = format!("{HEAD}IMF.STA:BOP(21.0.0),PAK,CD_T\n");
    assert!(e(ragged.as_bytes()).contains("line 2"));
    // Only unmapped rows.
    let text = csv_of(&["PAK,NETCD_T,CAB,USD,Q,2025-Q1,1,6,"]);
    let m = e(text.as_bytes());
    assert!(
        m.contains("no rows of a series in the itx mapping") && m.contains("PAK.NETCD_T.CAB"),
        "{m}"
    );
    // Only missing values.
    let text = csv_of(&["PAK,CD_T,SI,USD,Q,2025-Q1,NaN,6,"]);
    assert!(e(text.as_bytes()).contains("no observations with values"));
}

#[test]
fn never_panics_on_truncated_or_mangled_input() {
    for doc in [CSV1, JSON1, JSON2] {
        let bytes = doc.as_bytes();
        for cut in 0..bytes.len() {
            let _ = read_csv(&bytes[..cut], &src("t"));
            let _ = read_json(&bytes[..cut], &partial("t"));
        }
        for i in (0..bytes.len()).step_by(7) {
            let mut m = bytes.to_vec();
            m[i] = b":,\"\n0Q-"[i % 7];
            let _ = read_csv(&m, &partial("t"));
            let _ = read_json(&m, &src("t"));
        }
    }
}

#[test]
fn synthetic_rows_all_map_and_are_distinct() {
    for n in [1, 41, 5000] {
        let text = synthetic_csv(n);
        assert!(looks_like_csv(text.lines().next().unwrap()));
        let p = read_csv(text.as_bytes(), &src("synthetic.csv")).unwrap();
        assert_eq!(p.releases[0].observations.len(), n);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }
    // 24 countries × 3 entries × 13 indicators = 936 series; 5000 rows → 6 months each.
    let p = read_csv(synthetic_csv(5000).as_bytes(), &src("s")).unwrap();
    assert_eq!(p.releases[0].series.len(), 5000_usize.div_ceil(6));
    let p = read_csv(synthetic_csv(936 * 3612 / 1000).as_bytes(), &src("s")).unwrap();
    assert_eq!(p.releases[0].observations.len(), 3380);
}

#[test]
fn duplicates_are_found_in_any_order() {
    // Months of one series from 2025-12 back to 1990-01, then quarters and
    // years, then one month again: the dense check grows both ways.
    let mut rows = Vec::new();
    let mut m = YearMonth::new(2025, 12).unwrap();
    while m >= YearMonth::new(1990, 1).unwrap() {
        rows.push(format!("PAK,CD_T,SI,USD,M,{m},1,6,"));
        m = m.add_months(-1);
    }
    for y in [2020, 1950, 2200, 1900] {
        rows.push(format!("PAK,CD_T,SI,USD,A,{y},1,6,"));
        rows.push(format!("PAK,CD_T,SI,USD,Q,{y}-Q4,1,6,"));
    }
    let ok = csv_of(&rows.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        read_csv(ok.as_bytes(), &src("o.csv")).unwrap().releases[0]
            .observations
            .len(),
        rows.len()
    );
    let n = rows.len();
    for (again, first) in [
        ("PAK,CD_T,SI,USD,M,2000-06,2,6,", 2 + 306),
        ("PAK,CD_T,SI,USD,A,1950,2,6,", 2 + n - 6),
        ("PAK,CD_T,SI,USD,Q,1900-Q4,2,6,", 2 + n - 1),
    ] {
        rows.push(again.to_string());
        let text = csv_of(&rows.iter().map(String::as_str).collect::<Vec<_>>());
        let m = read_csv(text.as_bytes(), &src("o.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            m.contains(&format!("appears twice: line {first} and line {}", n + 2)),
            "{m}"
        );
        rows.pop();
    }
}

/// Collects what [`stream_csv_from`] hands over.
#[derive(Default, Debug)]
struct Collect {
    series: Vec<String>,
    rows: Vec<(String, String, f64, String)>,
}

impl Sink for Collect {
    fn series(&mut self, info: &SeriesInfo, _: &str) -> Result<(), Error> {
        self.series.push(info.key.to_string());
        Ok(())
    }
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), Error> {
        self.rows.push((
            o.series.to_string(),
            o.period.to_string(),
            o.value,
            o.location.to_string(),
        ));
        Ok(())
    }
}

#[test]
fn a_reader_streams_what_the_bytes_read() {
    // Over the 64 KiB head, with a byte-order mark, read in small pieces as a
    // file would be.
    let text = format!("\u{feff}{}", synthetic_csv(4000));
    assert!(text.len() > 3 * 64 * 1024);
    let whole = read_csv(text.as_bytes(), &src("s.csv")).unwrap();
    let reader = std::io::BufReader::with_capacity(977, text.as_bytes());
    let (got, found) = stream_csv_from(reader, &src("s.csv"), Collect::default()).unwrap();
    let r = &whole.releases[0];
    assert_eq!(found.figures, r.observations.len());
    assert_eq!(got.rows.len(), r.observations.len());
    for (o, (k, p, v, at)) in r.observations.iter().zip(&got.rows) {
        assert_eq!(
            (o.series.as_str(), o.period.to_string()),
            (k.as_str(), p.clone())
        );
        assert_eq!((o.value, o.location.as_str()), (*v, at.as_str()));
    }
    assert_eq!(got.series.len(), r.series.len());
    // SDMX-CSV 2.0 with its own delimiter, from a reader.
    let v2 = "STRUCTURE[;];STRUCTURE_ID;ACTION;COUNTRY;BOP_ACCOUNTING_ENTRY;INDICATOR;UNIT;FREQUENCY;TIME_PERIOD;OBS_VALUE;UNIT_MULT\n\
              dataflow;IMF.STA:BOP(21.0.0);I;PAK;CD_T;SI;USD;M;2025-07;354000000;0\n";
    let (got, _) = stream_csv_from(v2.as_bytes(), &src("v2.csv"), Collect::default()).unwrap();
    assert_eq!(got.rows.len(), 1);
    assert_eq!(got.rows[0].2, 354.0);
    // Blank: named as empty.
    let e = stream_csv_from(&b"\n \n"[..], &src("b.csv"), Collect::default()).unwrap_err();
    assert!(e.to_string().contains("b.csv: empty file"), "{e}");
}

#[test]
fn a_failing_reader_names_the_file() {
    struct Broken(usize);
    impl std::io::Read for Broken {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let head = b"DATAFLOW,COUNTRY,BOP_ACCOUNTING_ENTRY,INDICATOR,UNIT,FREQUENCY,TIME_PERIOD,OBS_VALUE\n";
            if self.0 == 0 {
                self.0 = 1;
                let n = head.len().min(buf.len());
                buf[..n].copy_from_slice(&head[..n]);
                return Ok(n);
            }
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let e = stream_csv_from(Broken(0), &src("hot.csv"), Collect::default()).unwrap_err();
    assert!(
        e.to_string().contains("hot.csv: cannot read: disk on fire"),
        "{e}"
    );
}
