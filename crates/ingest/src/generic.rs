//! Plain CSV for anything else (a peer country's series, a ministry's table):
//! `period,value` plus optional `series`, `unit`, `status` columns, found by name.
//!
//! - `period`: `2025-07`, `Jul-25`, `July 2025`, `2025-Q3`, `2025`, `FY2025-26`,
//!   `FY2025-26 Jul-Mar` (fiscal years read with the series' country calendar);
//! - `series`: an itx key or alias; without the column, the caller names it
//!   (`itx ingest --series KEY`);
//! - `unit`: `US$ million` (also `million`, `USD million`), `US$ thousand`, `US$`;
//!   without the column the figures are taken as US$ million, and the report says so;
//! - `status`: `provisional`/`P`, `revised`/`R`, `final`; blank is unmarked.

use std::collections::HashMap;

use itx_types::{NewObservation, NewRelease};
use itx_types::{Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit};

use crate::{Csv, Error, Parsed, Skips, Source, Warning, content_hash};

/// Reads a unit as people write it.
pub fn parse_unit(s: &str) -> Option<Unit> {
    let t = s.trim().to_ascii_lowercase().replace(['$', '.'], "");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.as_str() {
        "us million" | "usd million" | "million" | "million usd" | "million us" | "mn"
        | "usd mn" | "us mn" | "musd" => Some(Unit::UsdMillion),
        "us thousand" | "usd thousand" | "thousand" | "thousand usd" | "thousand us" | "000"
        | "kusd" => Some(Unit::UsdThousand),
        "us" | "usd" => Some(Unit::Usd),
        _ => None,
    }
}

/// True when a CSV header looks like this format (a `period` and a `value` column).
pub fn looks_like(headers: &[&str]) -> bool {
    let has = |n: &str| headers.iter().any(|h| h.trim().eq_ignore_ascii_case(n));
    has("period") && has("value")
}

/// Reads one generic CSV file as one release.
///
/// # Errors
/// When `period` or `value` is missing, no series is named, or (without
/// `allow_partial`) a row has a bad period, value, unit, series or status; and on a
/// duplicate (series, period), naming both lines.
pub fn read(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    let mut csv = Csv::open(bytes, file)?;
    let c_period = csv.col("period")?;
    let c_value = csv.col("value")?;
    let c_series = csv.col("series").ok();
    let c_unit = csv.col("unit").ok();
    let c_status = csv.col("status").ok();
    if c_series.is_none() && src.series.is_none() {
        return Err(Error::Line {
            file: file.into(),
            line: 1,
            message: "no \"series\" column: name the series (itx ingest --series KEY)".into(),
        });
    }
    let mut skips = Skips::new(src.allow_partial);
    let mut warnings = Vec::new();
    if c_unit.is_none() {
        warnings.push(Warning {
            location: format!("{file} line 1"),
            message: "no \"unit\" column: figures taken as US$ million".into(),
        });
    }
    let mut series: Vec<SeriesInfo> = Vec::new();
    let mut observations = Vec::new();
    let mut seen: HashMap<(SeriesKey, Period), u64> = HashMap::new();
    for row in csv.rows() {
        let row = row?;
        let key = match c_series.map(|c| row.get(c)).filter(|s| !s.is_empty()) {
            Some(s) => match SeriesKey::resolve(s) {
                Ok(k) => k,
                Err(e) => {
                    skips.skip(row.err(format!("series: {e}")))?;
                    continue;
                }
            },
            None => match &src.series {
                Some(k) => k.clone(),
                None => {
                    skips.skip(row.err("empty series"))?;
                    continue;
                }
            },
        };
        let period = match Period::parse(row.get(c_period), &key.calendar()) {
            Ok(p) => p,
            Err(_) => {
                skips.skip(row.err(format!(
                    "period {:?} is not a month, quarter, year or fiscal year",
                    row.get(c_period)
                )))?;
                continue;
            }
        };
        if row.get(c_value).is_empty() {
            continue;
        }
        let (value, raw) = match row.number(c_value, "value") {
            Ok(v) => v,
            Err(e) => {
                skips.skip(e)?;
                continue;
            }
        };
        let unit = match c_unit.map(|c| row.get(c)) {
            None => Unit::UsdMillion,
            Some(u) => match parse_unit(u) {
                Some(u) => u,
                None => {
                    skips.skip(row.err(format!(
                        "unit {u:?}; itx reads US$ million, US$ thousand or US$"
                    )))?;
                    continue;
                }
            },
        };
        let status = match c_status.map_or(Ok(Status::Unmarked), |c| Status::parse(row.get(c))) {
            Ok(s) => s,
            Err(e) => {
                skips.skip(row.err(e.to_string()))?;
                continue;
            }
        };
        if let Some(first) = seen.insert((key.clone(), period), row.line) {
            return Err(row.err(format!("{key} {period} appears twice (also line {first})")));
        }
        if !series.iter().any(|s| s.key == key) {
            series.push(itx_types::SeriesInfo::default_for(&key));
        }
        observations.push(NewObservation {
            series: key,
            period,
            value: unit.to_millions(value),
            value_published: raw,
            unit_published: unit,
            status,
            location: row.location(),
            quote: None,
            preferred: false,
        });
    }
    if observations.is_empty() {
        return Err(Error::File {
            file: file.into(),
            message: "no data rows".into(),
        });
    }
    Ok(Parsed {
        dated: None,
        releases: vec![NewRelease {
            source: format!("CSV file {file}"),
            kind: SourceKind::Official,
            published: src.published,
            file: Some(file.into()),
            url: src.url.clone(),
            content_hash: content_hash(bytes),
            note: None,
            series,
            observations,
        }],
        warnings,
        skipped: skips.skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(series: Option<&str>) -> Source {
        Source {
            series: series.map(SeriesKey::new),
            ..Source::named("peer.csv")
        }
    }

    #[test]
    fn reads_periods_units_and_statuses() {
        // Synthetic figures: the reader's behaviour, not real data, is under test.
        let text = "period,value,unit,status\n2025-07,354,US$ million,P\nAug-25,337000,US$ thousand,\nFY2024-25,3814.51,million,final\n";
        let p = read(text.as_bytes(), &src(Some("in.ebops.9.credit"))).unwrap();
        let obs = &p.releases[0].observations;
        assert_eq!(obs.len(), 3);
        assert_eq!(obs[0].period.to_string(), "2025-07");
        assert_eq!(obs[0].status, Status::Provisional);
        assert_eq!(obs[1].period.to_string(), "2025-08");
        assert_eq!(obs[1].value, 337.0);
        assert_eq!(obs[1].value_published, "337000");
        // India's fiscal year runs April-March: FY2024-25 is Apr-2024..Mar-2025.
        assert_eq!(obs[2].period.to_string(), "FY2024-25");
        assert_eq!(obs[2].location, "peer.csv line 4");
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn names_the_bad_line_and_skips_it_only_when_asked() {
        let text = "series,period,value\nict,2025-07,354\nict,2025-13,1\nict,2025-08,abc\n";
        let e = read(text.as_bytes(), &src(None)).unwrap_err().to_string();
        assert!(
            e.contains("peer.csv: line 3") && e.contains("2025-13"),
            "{e}"
        );
        let mut s = src(None);
        s.allow_partial = true;
        let p = read(text.as_bytes(), &s).unwrap();
        assert_eq!(p.releases[0].observations.len(), 1);
        assert_eq!(p.skipped.len(), 2);
        assert!(
            p.skipped[1].to_string().contains("line 4"),
            "{:?}",
            p.skipped
        );
    }

    #[test]
    fn refuses_duplicates_and_unnamed_series() {
        let dup = "period,value\n2025-07,354\nJul-25,355\n";
        let e = read(dup.as_bytes(), &src(Some("ict")))
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 3") && e.contains("also line 2"), "{e}");
        let e = read(dup.as_bytes(), &src(None)).unwrap_err().to_string();
        assert!(e.contains("--series"), "{e}");
        assert_eq!(parse_unit("USD mn"), Some(Unit::UsdMillion));
        assert_eq!(parse_unit("Rs million"), None);
    }
}
