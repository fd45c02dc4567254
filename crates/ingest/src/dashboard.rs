//! SBP figures as captured over time by a public dashboard.
//!
//! `sbp_figures_2025_2026_via_dashboard.csv` lists figures from SBP's dt.xls and
//! its headline table (ExportsImports-Goods.pdf) for Mar-2025 … Jul-2026, each
//! with the day the dashboard first saw it (`first_seen`) and the git commit that
//! holds it. Rows seen on the same day from the same SBP file form one release;
//! a later capture of the same period is a revision.

use std::collections::BTreeMap;

use itx_types::{FiscalCalendar, Period, SeriesKey, SourceKind, Status, Unit};
use itx_types::{NewObservation, NewRelease};

use crate::{Csv, Error, Parsed, content_hash, parse_loose_date};

/// The dashboard's repository (each release links to its commit).
pub const REPO_URL: &str = "https://github.com/FarrukhMasud/pakistaneconomydashboard";

fn series_key(name: &str) -> Option<&'static str> {
    Some(match name {
        "ict_exports" => "pk.ebops.9.credit",
        "services_exports" => "pk.ebops.services.credit",
        "telecom_services" => "pk.ebops.9.1.credit",
        "software_consultancy" => "pk.ebops.9.2.2.credit",
        "computer_software" => "pk.ebops.9.2.4.credit",
        "freelance_computer" => "pk.ebops.9.2.5.credit",
        "information_services" => "pk.ebops.9.3.credit",
        _ => return None,
    })
}

/// "2025-05", "FY25 Jul-May", "Jul FY26", "Jul-Jun FY25".
pub fn parse_period(s: &str) -> Option<Period> {
    let t = s.trim();
    if let Ok(m) = t.parse() {
        return Some(Period::Month(m));
    }
    let cal = FiscalCalendar::PAKISTAN;
    let (mut fy, mut span) = (None, None);
    for tok in t.split_whitespace() {
        if tok.starts_with("FY") {
            fy = cal.parse_fiscal_year(tok).ok();
        } else {
            span = Some(tok);
        }
    }
    fy?.span(span?)
}

/// Reads the capture file into one release per (SBP file, first-seen day).
///
/// # Errors
/// When a column is missing or a row has a bad period, value, date or series.
pub fn read(bytes: &[u8], file: &str) -> Result<Parsed, Error> {
    let mut csv = Csv::open(bytes, file)?;
    let (c_period, c_series, c_value, c_file, c_seen, c_commit) = (
        csv.col("period")?,
        csv.col("series")?,
        csv.col("value_musd")?,
        csv.col("sbp_file")?,
        csv.col("first_seen")?,
        csv.col("commit")?,
    );
    let file_hash = content_hash(bytes);
    let mut groups: BTreeMap<(String, String, String), Vec<NewObservation>> = BTreeMap::new();
    for row in csv.rows() {
        let row = row?;
        let f = |i: usize| row.get(i);
        let period = parse_period(f(c_period))
            .ok_or_else(|| row.err(format!("period {:?} not understood", f(c_period))))?;
        let key = series_key(f(c_series))
            .ok_or_else(|| row.err(format!("unknown series {:?}", f(c_series))))?;
        let (value, raw) = row.number(c_value, "value")?;
        parse_loose_date(f(c_seen)).map_err(|e| row.err(e.to_string()))?;
        groups
            .entry((
                f(c_seen).to_string(),
                f(c_file).to_string(),
                f(c_commit).to_string(),
            ))
            .or_default()
            .push(NewObservation {
                series: SeriesKey::new(key),
                period,
                value,
                value_published: raw,
                unit_published: Unit::UsdMillion,
                status: Status::Unmarked,
                location: row.location(),
                quote: None,
                preferred: false,
            });
    }
    let releases = groups
        .into_iter()
        .map(|((seen, sbp_file, commit), observations)| NewRelease {
            source: format!(
                "SBP {sbp_file}{}pakistaneconomydashboard on {seen}",
                itx_types::CAPTURED_BY
            ),
            kind: SourceKind::Official,
            published: parse_loose_date(&seen).ok().flatten(),
            file: Some(file.into()),
            url: Some(format!("{REPO_URL}/commit/{commit}")),
            content_hash: format!("{file_hash}#{seen}/{sbp_file}/{commit}"),
            note: Some("release date = the day the dashboard first captured the figure (an upper bound on SBP's publication date)".into()),
            series: vec![],
            observations,
        })
        .collect();
    Ok(Parsed {
        dated: None,
        releases,
        warnings: vec![],
        skipped: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashboard_periods() {
        let p = |s: &str| parse_period(s).map(|p| p.to_string());
        assert_eq!(p("2025-05").as_deref(), Some("2025-05"));
        assert_eq!(p("FY25 Jul-May").as_deref(), Some("FY2024-25 Jul-May"));
        assert_eq!(p("Jul FY27").as_deref(), Some("FY2026-27 Jul-Jul"));
        assert_eq!(p("Jul-Jun FY26").as_deref(), Some("FY2025-26"));
        assert_eq!(p("Mar-Jun FY26"), None);
    }
}
