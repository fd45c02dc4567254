//! SBP EasyData: the portal's long-format CSV export, and the API's JSON and CSV.
//!
//! The API (`/api/v1/series/{key}/data`, sbp_formats.md §4.2) answers with
//! `{"columns": [...], "rows": [[...]]}`: values are strings, dates ISO month ends,
//! columns found by name. Its CSV has the same 8 leading columns.
//!
//! Ten quoted columns, mapped by name (never position): `Observation Date` is
//! `DD-Mon-YYYY` (month end), `Series Key` identifies the series (the display name
//! is indented with dots and is the same for export and import rows of an item,
//! so it cannot be the key), values are in `Million USD`, and `Observation Status`
//! is always "Normal" — EasyData carries no P/R flags (sbp_formats.md §4.4).

use itx_types::{Date, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit, YearMonth};
use itx_types::{NewObservation, NewRelease};

use crate::{Csv, Error, Parsed, Skips, Source, Warning, content_hash};

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

/// The EasyData key of an itx series, where the declared mapping has one
/// (`pk.ebops.9.credit` → `TS_GP_BOP_XMGS_M.P00120`).
pub fn easydata_key_of(key: &SeriesKey) -> Option<String> {
    if let Some(rest) = key.as_str().strip_prefix("pk.easydata.") {
        return Some(rest.to_ascii_uppercase());
    }
    (1..=32)
        .map(|i| format!("P{:05}", i * 10))
        .find(|code| xmgs_key(code) == Some(key.as_str()))
        .map(|code| format!("TS_GP_BOP_XMGS_M.{code}"))
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
    read_csv(
        bytes,
        &Source {
            published,
            ..Source::named(file)
        },
    )
}

/// The unit of an EasyData figure, from its `Unit` text.
fn unit_of(text: &str) -> Option<Unit> {
    match text.trim().to_ascii_lowercase().as_str() {
        "million usd" | "usd million" | "million us$" => Some(Unit::UsdMillion),
        "thousand usd" | "usd thousand" | "thousand us$" => Some(Unit::UsdThousand),
        "usd" | "us$" => Some(Unit::Usd),
        _ => None,
    }
}

/// Reads EasyData CSV: the portal's long export (10 columns, `DD-Mon-YYYY`) or
/// the API's `format=csv` answer (8 columns, ISO dates). Columns by name.
///
/// # Errors
/// When a required column is missing, or (without `allow_partial`) a row has a bad
/// date, value or unit.
pub fn read_csv(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    let mut csv = Csv::open(bytes, file)?;
    let headers: Vec<String> = csv.headers().iter().map(str::to_string).collect();
    let mut rows = Vec::new();
    for row in csv.rows() {
        let row = row?;
        rows.push((row.line, row.fields()));
    }
    let portal = headers
        .iter()
        .any(|h| h.trim().eq_ignore_ascii_case("Series Display Name"));
    let table = Table {
        headers,
        rows,
        json: false,
    };
    let what = if portal { "portal export" } else { "API" };
    let url = if portal {
        PORTAL_URL.to_string()
    } else {
        src.url.clone().unwrap_or_else(|| API_URL.to_string())
    };
    table.read(src, what, url, content_hash(bytes))
}

/// Rows of an EasyData answer, from CSV or JSON, with where each came from.
struct Table {
    headers: Vec<String>,
    /// (CSV line, or 1-based JSON row; fields).
    rows: Vec<(u64, Vec<String>)>,
    json: bool,
}

impl Table {
    fn place(&self, file: &str, n: u64) -> String {
        if self.json {
            format!("{file} row {n}")
        } else {
            format!("{file} line {n}")
        }
    }
    fn err(&self, file: &str, n: u64, message: String) -> Error {
        if self.json {
            Error::File {
                file: file.into(),
                message: format!("row {n}: {message}"),
            }
        } else {
            Error::Line {
                file: file.into(),
                line: n,
                message,
            }
        }
    }
    fn col(&self, file: &str, name: &str) -> Result<usize, Error> {
        self.headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
            .ok_or_else(|| Error::File {
                file: file.into(),
                message: format!("missing column {name:?}"),
            })
    }

    fn read(&self, src: &Source, what: &str, url: String, hash: String) -> Result<Parsed, Error> {
        let file = src.file.as_str();
        let mut skips = Skips::new(src.allow_partial);
        let (c_date, c_key, c_val, c_unit, c_name) = (
            self.col(file, "Observation Date")?,
            self.col(file, "Series Key")?,
            self.col(file, "Observation Value")?,
            self.col(file, "Unit")?,
            self.col(file, "Series name")?,
        );
        let c_status = self.col(file, "Observation Status").ok();
        let mut series: Vec<SeriesInfo> = Vec::new();
        let mut observations = Vec::new();
        let mut dataset = String::new();
        for (n, fields) in &self.rows {
            let n = *n;
            let field = |i: usize| fields.get(i).map_or("", |s| s.trim());
            let bad = |message: String| self.err(file, n, message);
            let Some(month) = parse_obs_month(field(c_date)) else {
                skips.skip(bad(format!(
                    "Observation Date {:?} is not a date",
                    field(c_date)
                )))?;
                continue;
            };
            let raw = field(c_val);
            if raw.is_empty() {
                continue; // no observation for that month
            }
            let Some(value) = raw.parse::<f64>().ok().filter(|v| v.is_finite()) else {
                skips.skip(bad(format!("Observation Value {raw:?} is not a number")))?;
                continue;
            };
            let unit_text = field(c_unit);
            let Some(unit) = unit_of(unit_text) else {
                skips.skip(bad(format!(
                    "unit {unit_text:?}; itx reads \"Million USD\", \"Thousand USD\" or \"USD\""
                )))?;
                continue;
            };
            let ekey = field(c_key);
            if ekey.is_empty() {
                skips.skip(bad("empty Series Key".into()))?;
                continue;
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
            let status = match c_status
                .map(field)
                .filter(|s| !s.eq_ignore_ascii_case("normal") && !s.is_empty())
                .map_or(Ok(Status::Unmarked), Status::parse)
            {
                Ok(s) => s,
                Err(e) => {
                    skips.skip(bad(e.to_string()))?;
                    continue;
                }
            };
            observations.push(NewObservation {
                series: key,
                period: Period::Month(month),
                value: unit.to_millions(value),
                value_published: raw.to_string(),
                unit_published: unit,
                status,
                location: format!("{} ({ekey})", self.place(file, n)),
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
            dated: None,
            releases: vec![NewRelease {
                source: format!("SBP EasyData {dataset} {what} (through {last})"),
                kind: SourceKind::Official,
                published: src.published,
                file: Some(file.into()),
                url: Some(url),
                content_hash: hash,
                note: None,
                series,
                observations,
            }],
            warnings: vec![],
            skipped: skips.skipped,
        })
    }
}

/// The API's address.
pub const API_URL: &str = "https://easydata.sbp.org.pk/api/v1";

/// Reads the API's JSON answer (`{"columns": [...], "rows": [[...]]}`).
///
/// An answer with no rows is not an error: it yields no release and a warning
/// (EasyData returns `{"rows": []}` for a range with no observations).
///
/// # Errors
/// When the body is not JSON of that shape (an HTML error page, say), a column is
/// missing, or (without `allow_partial`) a row is malformed.
pub fn read_api_json(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    let err = |message: String| Error::File {
        file: file.into(),
        message,
    };
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        if looks_like_html(bytes) {
            err("an HTML page, not EasyData JSON (the API answers errors with web pages)".into())
        } else {
            err(format!("not EasyData JSON: {e}"))
        }
    })?;
    let rows = v
        .get("rows")
        .and_then(|r| r.as_array())
        .ok_or_else(|| err("no \"rows\" array: not an EasyData data answer".into()))?;
    if rows.is_empty() {
        return Ok(Parsed {
            dated: None,
            warnings: vec![Warning {
                location: file.into(),
                message: "EasyData returned no observations for this range".into(),
            }],
            ..Parsed::default()
        });
    }
    let headers: Vec<String> = v
        .get("columns")
        .and_then(|c| c.as_array())
        .ok_or_else(|| err("no \"columns\" array".into()))?
        .iter()
        .map(|c| c.as_str().unwrap_or("").to_string())
        .collect();
    let mut table_rows = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let cells = row
            .as_array()
            .ok_or_else(|| err(format!("row {}: not an array", i + 1)))?;
        let texts = cells
            .iter()
            .map(|c| match c {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            })
            .collect();
        table_rows.push((i as u64 + 1, texts));
    }
    let table = Table {
        headers,
        rows: table_rows,
        json: true,
    };
    let url = src.url.clone().unwrap_or_else(|| API_URL.to_string());
    table.read(src, "API", url, content_hash(bytes))
}

/// True when bytes start like a web page.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head: Vec<u8> = bytes
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || **b == 0xEF || **b == 0xBB || **b == 0xBF)
        .take(64)
        .map(u8::to_ascii_lowercase)
        .collect();
    head.starts_with(b"<!doctype html")
        || head.starts_with(b"<html")
        || head.starts_with(b"<head")
        || head.starts_with(b"<body")
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
            easydata_key_of(&SeriesKey::new("pk.ebops.9.credit")).as_deref(),
            Some("TS_GP_BOP_XMGS_M.P00120")
        );
        assert_eq!(
            easydata_key_of(&SeriesKey::new("pk.ebops.9.2.credit")),
            None
        );
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
