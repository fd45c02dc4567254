//! SBP EasyData: the portal's long-format CSV export.
//!
//! Ten quoted columns, mapped by name (never position): `Observation Date` is
//! `DD-Mon-YYYY` (month end), `Series Key` identifies the series (the display name
//! is indented with dots and is the same for export and import rows of an item,
//! so it cannot be the key), values are in `Million USD`, and `Observation Status`
//! is always "Normal" — EasyData carries no P/R flags (sbp_formats.md §4.4).

use itx_store::{NewObservation, NewRelease};
use itx_types::{Date, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit, YearMonth};

use crate::{Csv, Error, Parsed, content_hash};

/// The portal's address (dataset catalogue).
pub const PORTAL_URL: &str = "https://easydata.sbp.org.pk/apex/f?p=10:210";

/// itx keys for the 32 series of dataset `TS_GP_BOP_XMGS_M` (Export and Import of
/// Goods and Services). Services items follow EBOPS 2010's order, 1–12.
pub fn xmgs_key(code: &str) -> Option<&'static str> {
    Some(match code {
        "P00010" => "pk.bop.gs.net",
        "P00020" => "pk.bop.goods.credit",
        "P00030" => "pk.ebops.services.credit",
        "P00040" => "pk.ebops.1.credit",
        "P00050" => "pk.ebops.2.credit",
        "P00060" => "pk.ebops.3.credit",
        "P00070" => "pk.ebops.4.credit",
        "P00080" => "pk.ebops.5.credit",
        "P00090" => "pk.ebops.6.credit",
        "P00100" => "pk.ebops.7.credit",
        "P00110" => "pk.ebops.8.credit",
        "P00120" => "pk.ebops.9.credit",
        "P00130" => "pk.ebops.10.credit",
        "P00140" => "pk.ebops.11.credit",
        "P00150" => "pk.ebops.12.credit",
        "P00160" => "pk.ebops.12.logistic.credit",
        "P00170" => "pk.bop.gs.credit",
        "P00180" => "pk.bop.goods.debit",
        "P00190" => "pk.ebops.services.debit",
        "P00200" => "pk.ebops.1.debit",
        "P00210" => "pk.ebops.2.debit",
        "P00220" => "pk.ebops.3.debit",
        "P00230" => "pk.ebops.4.debit",
        "P00240" => "pk.ebops.5.debit",
        "P00250" => "pk.ebops.6.debit",
        "P00260" => "pk.ebops.7.debit",
        "P00270" => "pk.ebops.8.debit",
        "P00280" => "pk.ebops.9.debit",
        "P00290" => "pk.ebops.10.debit",
        "P00300" => "pk.ebops.11.debit",
        "P00310" => "pk.ebops.12.debit",
        "P00320" => "pk.bop.gs.debit",
        _ => return None,
    })
}

/// The itx key of an EasyData series key (`TS_GP_BOP_XMGS_M.P00120` → `pk.ebops.9.credit`);
/// series outside the declared mapping keep their EasyData identity.
pub fn itx_key(easydata_key: &str) -> SeriesKey {
    let (dataset, code) = easydata_key.split_once('.').unwrap_or((easydata_key, ""));
    match (dataset, xmgs_key(code)) {
        ("TS_GP_BOP_XMGS_M", Some(k)) => SeriesKey::new(k),
        _ => SeriesKey::new(format!("pk.easydata.{}", easydata_key.to_ascii_lowercase())),
    }
}

/// Parses `31-Mar-2025` (portal) or `2025-03-31` (API) to its month.
pub fn parse_obs_month(s: &str) -> Option<YearMonth> {
    let t = s.trim();
    let parts: Vec<&str> = t.split('-').collect();
    match parts.as_slice() {
        [d, m, y] if d.len() <= 2 && y.len() == 4 => {
            let month = itx_types::month_from_name(m)?;
            YearMonth::new(y.parse().ok()?, month).ok()
        }
        [y, m, _d] if y.len() == 4 => YearMonth::new(y.parse().ok()?, m.parse().ok()?).ok(),
        _ => None,
    }
}

/// Reads a portal long-format export into one release.
///
/// # Errors
/// When a required column is missing, or a row has a bad date, value or unit.
pub fn read_portal_csv(bytes: &[u8], file: &str, published: Option<Date>) -> Result<Parsed, Error> {
    let mut csv = Csv::open(bytes, file)?;
    let (c_date, c_key, c_val, c_unit, c_name) = (
        csv.col("Observation Date")?,
        csv.col("Series Key")?,
        csv.col("Observation Value")?,
        csv.col("Unit")?,
        csv.col("Series name")?,
    );
    let c_status = csv.col("Observation Status").ok();
    let mut series: Vec<SeriesInfo> = Vec::new();
    let mut observations = Vec::new();
    let mut dataset = String::new();
    for row in csv.rows() {
        let row = row?;
        let field = |i: usize| row.get(i);
        let bad = |message: String| row.err(message);
        let line = row.line;
        let month = parse_obs_month(field(c_date)).ok_or_else(|| {
            bad(format!(
                "Observation Date {:?} is not a date",
                field(c_date)
            ))
        })?;
        let (value, raw) = row.number(c_val, "Observation Value")?;
        let unit = field(c_unit);
        if !unit.eq_ignore_ascii_case("Million USD") {
            return Err(bad(format!("unit {unit:?}; expected \"Million USD\"")));
        }
        let ekey = field(c_key);
        if ekey.is_empty() {
            return Err(bad("empty Series Key".into()));
        }
        if dataset.is_empty() {
            dataset = ekey.split('.').next().unwrap_or("").to_string();
        }
        let key = itx_key(ekey);
        if !series.iter().any(|s| s.key == key) {
            series.push(SeriesInfo {
                key: key.clone(),
                name: field(c_name).to_string(),
                unit: Unit::UsdMillion,
                ebops_code: key.ebops_code().map(str::to_string),
            });
        }
        let status = c_status
            .map(field)
            .filter(|s| !s.eq_ignore_ascii_case("normal") && !s.is_empty())
            .map_or(Ok(Status::Unmarked), Status::parse)
            .map_err(|e| bad(e.to_string()))?;
        observations.push(NewObservation {
            series: key,
            period: Period::Month(month),
            value,
            value_published: raw,
            unit_published: Unit::UsdMillion,
            status,
            location: format!("{file} line {line} ({ekey})"),
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
    let last = observations
        .iter()
        .filter_map(|o| o.period.as_month())
        .max()
        .map(|m| m.short_label())
        .unwrap_or_default();
    Ok(Parsed {
        releases: vec![NewRelease {
            source: format!("SBP EasyData {dataset} portal export (through {last})"),
            kind: SourceKind::Official,
            published,
            file: Some(file.into()),
            url: Some(PORTAL_URL.into()),
            content_hash: content_hash(bytes),
            note: None,
            series,
            observations,
        }],
        warnings: vec![],
        skipped: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_keys() {
        assert_eq!(
            parse_obs_month("31-Mar-2025").unwrap().to_string(),
            "2025-03"
        );
        assert_eq!(
            parse_obs_month("2025-02-28").unwrap().to_string(),
            "2025-02"
        );
        assert!(parse_obs_month("March 2025").is_none());
        assert_eq!(
            itx_key("TS_GP_BOP_XMGS_M.P00120").as_str(),
            "pk.ebops.9.credit"
        );
        assert_eq!(
            itx_key("TS_GP_BOP_XMGS_M.P00280").as_str(),
            "pk.ebops.9.debit"
        );
        assert_eq!(
            itx_key("TS_GP_BOP_WR_M.WR0010").as_str(),
            "pk.easydata.ts_gp_bop_wr_m.wr0010"
        );
    }
}
