//! Figures reported in the press, each with its URL and quote.
//!
//! The press calls SBP's EBOPS item 9 "IT exports", "IT & ITeS exports" or "ICT
//! exports" (data/press/SOURCES.md, key finding), so `it_ites` and `ict_total` rows
//! both belong to `pk.ebops.9.credit`. Each article is a release. For the months
//! only the press covers, `pk_ict_monthly_preferred.csv` names the one figure the
//! evidence supports; every other row is stored too (misprints included), marked
//! press-reported, and yields to any official figure.

use std::collections::{BTreeMap, HashSet};

use itx_types::{NewObservation, NewRelease};
use itx_types::{Period, SeriesKey, SourceKind, Status, Unit, YearMonth};

use crate::{Csv, Error, Parsed, Warning, content_hash, parse_loose_date};

/// The itx series a press series name refers to.
pub fn series_key(name: &str) -> Option<&'static str> {
    Some(match name {
        "it_ites" | "ict_total" => "pk.ebops.9.credit",
        "net_it" => "pk.ebops.9.net",
        "telecom_services" => "pk.ebops.9.1.credit",
        "call_centre" => "pk.ebops.9.1.1.credit",
        "computer_services" => "pk.ebops.9.2.credit",
        "software_consultancy" => "pk.ebops.9.2.2.credit",
        "information_services" => "pk.ebops.9.3.credit",
        _ => return None,
    })
}

/// The (period, value, url) triples the curated list prefers.
///
/// # Errors
/// When a column is missing.
pub fn read_preferred(
    bytes: &[u8],
    file: &str,
) -> Result<HashSet<(String, String, String)>, Error> {
    let mut csv = Csv::open(bytes, file)?;
    let (p, v, u) = (
        csv.col("period")?,
        csv.col("value_musd")?,
        csv.col("source_url")?,
    );
    let mut out = HashSet::new();
    for row in csv.rows() {
        let row = row?;
        out.insert((
            row.get(p).to_string(),
            row.get(v).to_string(),
            row.get(u).to_string(),
        ));
    }
    Ok(out)
}

/// The site a URL is on, without "www." ("brecorder.com"): how a press
/// release is named.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// Reads the monthly press file: one release per (URL, date).
///
/// # Errors
/// When a column is missing or a row has a bad period, value or date.
pub fn read_monthly(
    bytes: &[u8],
    file: &str,
    preferred: &HashSet<(String, String, String)>,
) -> Result<Parsed, Error> {
    let mut csv = Csv::open(bytes, file)?;
    let (c_period, c_series, c_value, c_url, c_date, c_quote) = (
        csv.col("period")?,
        csv.col("series")?,
        csv.col("value_musd")?,
        csv.col("source_url")?,
        csv.col("source_date")?,
        csv.col("quote")?,
    );
    let file_hash = content_hash(bytes);
    let mut warnings = Vec::new();
    let mut groups: BTreeMap<(String, String), Vec<NewObservation>> = BTreeMap::new();
    for row in csv.rows() {
        let row = row?;
        let f = |i: usize| row.get(i);
        let month: YearMonth = f(c_period)
            .parse()
            .map_err(|e: itx_types::Error| row.err(e.to_string()))?;
        let Some(key) = series_key(f(c_series)) else {
            warnings.push(Warning {
                location: row.location(),
                message: format!("series {:?} is not tracked; row skipped", f(c_series)),
            });
            continue;
        };
        let (value, raw) = row.number(c_value, "value")?;
        parse_loose_date(f(c_date)).map_err(|e| row.err(e.to_string()))?;
        let is_preferred = key == "pk.ebops.9.credit"
            && preferred.contains(&(f(c_period).to_string(), raw.clone(), f(c_url).to_string()));
        let obs = NewObservation {
            series: SeriesKey::new(key),
            period: Period::Month(month),
            value,
            value_published: raw,
            unit_published: Unit::UsdMillion,
            status: Status::PressReported,
            location: format!("{} (as {:?})", row.location(), f(c_series)),
            quote: Some(f(c_quote).to_string()).filter(|q| !q.is_empty()),
            preferred: is_preferred,
        };
        let group = groups
            .entry((f(c_url).to_string(), f(c_date).to_string()))
            .or_default();
        // One article can quote the same figure under two names (it_ites, ict_total).
        if let Some(prev) = group
            .iter()
            .find(|o| o.series == obs.series && o.period == obs.period)
        {
            warnings.push(Warning {
                location: obs.location.clone(),
                message: format!(
                    "same article already gave {} for {} at {}; row skipped",
                    prev.value_published, obs.period, prev.location
                ),
            });
            continue;
        }
        group.push(obs);
    }
    let releases = groups
        .into_iter()
        .map(|((url, date), observations)| NewRelease {
            source: format!(
                "{}{}",
                host(&url),
                if date.is_empty() {
                    " (undated)".to_string()
                } else {
                    format!(", {date}")
                }
            ),
            kind: SourceKind::Press,
            published: parse_loose_date(&date).ok().flatten(),
            file: Some(file.into()),
            url: Some(url.clone()).filter(|u| !u.is_empty()),
            content_hash: format!("{file_hash}#{url}#{date}"),
            note: (date.len() == 7)
                .then(|| "source gives only the month; taken as its last day".to_string()),
            series: vec![],
            observations,
        })
        .collect();
    Ok(Parsed {
        dated: None,
        releases,
        warnings,
        skipped: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host("https://www.dawn.com/news/1950304/x"), "dawn.com");
        assert_eq!(host("https://dunya.com.pk/index.php?x=1"), "dunya.com.pk");
    }
}
