//! SBP's summary balance of payments, `Balancepayment_BPM6.xls`.
//!
//! One sheet (`BPM6_Summary`), million US$, items down column B, and a two-row
//! period header whose kinds are mixed in one row: full fiscal years (`Jul-Jun` /
//! `FY24`), single months (`Mar` / `FY25R`), quarters (`Jul-Sep` / `FY26`) and
//! fiscal-year-to-date (`Jul-Mar` / `FY26P`, merged over two columns, so a blank
//! span cell carries the span on its left). Markers are glued to the fiscal year
//! with no space (`FY25R`), a blank separator row follows the header, and the notes
//! start with "Notes" (sbp_formats.md §3).

use std::collections::HashMap;

use calamine::{Data, Reader};
use itx_types::{
    FiscalCalendar, FiscalYear, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit,
    YearQuarter,
};
use itx_types::{NewObservation, NewRelease};

use crate::sheet::{Sheet, norm};
use crate::{Error, Parsed, Skips, Source, Warning, cell_name, content_hash, exact};

/// SBP's address for the file (sbp_formats.md §1.1).
pub const DEFAULT_URL: &str = "https://www.sbp.org.pk/ecodata/Balancepayment_BPM6.xls";

/// The summary rows itx loads, by their label (compared case-insensitively after
/// collapsing spaces), and the series each becomes. Other rows are left alone.
pub const ROWS: &[(&str, &str, &str)] = &[
    (
        "Exports of Goods FOB",
        "pk.bop.goods.credit",
        "Goods exports (FOB)",
    ),
    (
        "Imports of Goods FOB",
        "pk.bop.goods.debit",
        "Goods imports (FOB)",
    ),
    (
        "Balance on Trade in Goods",
        "pk.bop.goods.net",
        "Balance on trade in goods",
    ),
    (
        "Exports of Services",
        "pk.ebops.services.credit",
        "Services exports",
    ),
    (
        "Imports of Services",
        "pk.ebops.services.debit",
        "Services imports",
    ),
    (
        "Balance on Trade in Services",
        "pk.ebops.services.net",
        "Balance on trade in services",
    ),
    (
        "Balance on Trade in Goods and Services",
        "pk.bop.gs.net",
        "Balance on trade in goods and services",
    ),
    (
        "Current Account Balance",
        "pk.bop.ca.net",
        "Current account balance",
    ),
    (
        "Workers' Remittances",
        "pk.bop.remittances.credit",
        "Workers' remittances",
    ),
];

struct Column {
    col: u32,
    period: Period,
    status: Status,
}

/// True when a workbook's sheets look like the BoP summary.
pub fn is_bop_sheet(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    n.contains("BPM6") || n.contains("SUMMARY")
}

/// Reads one release of the BoP summary.
///
/// # Errors
/// When the bytes are not a workbook, there is no summary sheet, the unit is not
/// million US$, the `Items` header or the fiscal-year row is missing, a header
/// cannot be read as a period, or (without `allow_partial`) a value cell is text.
pub fn read(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    crate::check_workbook(bytes, &src.file)?;
    read_vetted(bytes, src)
}

/// [`read`] of bytes [`crate::check_workbook`] has already passed.
pub(crate) fn read_vetted(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    crate::guard(&src.file, || read_unguarded(bytes, src))
}

fn read_unguarded(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let file = src.file.as_str();
    let mut wb = crate::open_workbook(bytes).map_err(|e| Error::Workbook {
        file: file.into(),
        message: e.to_string(),
    })?;
    let names = wb.sheet_names();
    let Some(sheet) = names.iter().find(|n| is_bop_sheet(n)).cloned() else {
        return Err(Error::NoSheet {
            file: file.into(),
            wanted: "BPM6_Summary".into(),
            sheets: names.join(", "),
        });
    };
    let range = wb.worksheet_range(&sheet).map_err(|e| Error::Workbook {
        file: file.into(),
        message: format!("sheet {sheet:?}: {e}"),
    })?;
    let ctx = Sheet {
        file,
        sheet: &sheet,
        range: &range,
    };
    let (r0, c0, r1, c1) = ctx.bounds();

    // The header: the row whose label cell reads "Items".
    let (head, label_col) = (r0..=r1.min(r0 + 30))
        .find_map(|r| {
            (c0..=c1)
                .find(|&c| {
                    ctx.text(r, c)
                        .is_some_and(|t| t.eq_ignore_ascii_case("items"))
                })
                .map(|c| (r, c))
        })
        .ok_or_else(|| ctx.layout("header not found: no \"Items\" cell in the first 30 rows"))?;
    check_unit(&ctx, head)?;
    let columns = columns(&ctx, head, label_col)?;

    let mut skips = Skips::new(src.allow_partial);
    let mut warnings = Vec::new();
    let mut series = Vec::new();
    let mut observations = Vec::new();
    let mut seen: HashMap<(SeriesKey, Period), (u32, u32, f64)> = HashMap::new();
    for r in head + 2..=r1 {
        let Some(label) = ctx.text(r, label_col) else {
            continue; // the blank separator row(s)
        };
        if label.to_ascii_lowercase().starts_with("note") {
            break;
        }
        let Some(&(_, key, name)) = ROWS.iter().find(|(l, _, _)| l.eq_ignore_ascii_case(&label))
        else {
            continue;
        };
        let key = SeriesKey::new(key);
        if series.iter().any(|s: &SeriesInfo| s.key == key) {
            warnings.push(Warning {
                location: format!("{file} '{sheet}'!{}", cell_name(r, label_col)),
                message: format!("second {label:?} row ignored"),
            });
            continue;
        }
        series.push(SeriesInfo {
            key: key.clone(),
            name: name.to_string(),
            unit: Unit::UsdMillion,
            ebops_code: key.ebops_code().map(str::to_string),
        });
        for col in &columns {
            let value = match ctx.get(r, col.col) {
                None => continue,
                Some(Data::Float(f)) if f.is_finite() => *f,
                Some(Data::Int(i)) => *i as f64,
                Some(Data::String(s)) if matches!(norm(s).as_str(), "-" | "N/A" | "") => continue,
                Some(other) => {
                    skips.skip(ctx.cell_err(
                        r,
                        col.col,
                        format!("expected a number, found {other:?}"),
                    ))?;
                    continue;
                }
            };
            // A quarter that is also the year-to-date (Jul-Sep) can be printed twice:
            // the same figure is one observation; two different figures are an error.
            if let Some(&(pr, pc, pv)) = seen.get(&(key.clone(), col.period)) {
                if pv == value {
                    continue;
                }
                return Err(ctx.cell_err(
                    r,
                    col.col,
                    format!(
                        "{} {} is {value} here but {pv} at {}",
                        key,
                        col.period,
                        cell_name(pr, pc)
                    ),
                ));
            }
            seen.insert((key.clone(), col.period), (r, col.col, value));
            observations.push(NewObservation {
                series: key.clone(),
                period: col.period,
                value,
                value_published: exact(value),
                unit_published: Unit::UsdMillion,
                status: col.status,
                location: format!("'{sheet}'!{}", cell_name(r, col.col)),
                quote: None,
                preferred: false,
            });
        }
    }
    if !series
        .iter()
        .any(|s| s.key.as_str() == "pk.ebops.services.credit")
    {
        return Err(ctx.layout("no \"Exports of Services\" row"));
    }
    let title = (r0..head)
        .flat_map(|r| (c0..=c1).map(move |c| (r, c)))
        .find_map(|(r, c)| ctx.text(r, c).filter(|t| t.contains("Balance of Payments")))
        .unwrap_or_else(|| "Summary Balance of Payments".into());
    Ok(Parsed {
        dated: None,
        releases: vec![NewRelease {
            source: format!("SBP {title}"),
            kind: SourceKind::Official,
            published: src.published,
            file: Some(file.into()),
            url: Some(src.url.clone().unwrap_or_else(|| DEFAULT_URL.into())),
            content_hash: content_hash(bytes),
            note: Some(format!(
                "periods: {}",
                columns
                    .iter()
                    .map(|c| format!("{} ({})", c.period, c.status.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            series,
            observations,
        }],
        warnings,
        skipped: skips.skipped,
    })
}

/// Refuses anything but million US$.
fn check_unit(ctx: &Sheet<'_>, head: u32) -> Result<(), Error> {
    let (r0, c0, _, c1) = ctx.bounds();
    for r in r0..head {
        for c in c0..=c1 {
            let Some(t) = ctx.text(r, c) else { continue };
            let lower = t.to_ascii_lowercase();
            if !(lower.contains("us$") || lower.contains("usd")) {
                continue;
            }
            if lower.contains("million") {
                return Ok(());
            }
            return Err(ctx.cell_err(
                r,
                c,
                format!("unit is {t:?}; the BoP summary must be in million US$"),
            ));
        }
    }
    Err(ctx.layout("unit not found: no \"(Million US$)\" above the header; refusing to guess"))
}

fn columns(ctx: &Sheet<'_>, head: u32, label_col: u32) -> Result<Vec<Column>, Error> {
    let (_, _, _, c1) = ctx.bounds();
    let fy_row = head + 1;
    let mut out = Vec::new();
    let mut span: Option<String> = None;
    for c in label_col + 1..=c1 {
        if let Some(t) = ctx.text(head, c) {
            span = Some(t);
        }
        let Some(fy_text) = ctx.text(fy_row, c) else {
            continue;
        };
        let span = span
            .clone()
            .ok_or_else(|| ctx.cell_err(head, c, "no period above this fiscal year"))?;
        let (period, status) = parse_column(&span, &fy_text).ok_or_else(|| {
            ctx.cell_err(
                fy_row,
                c,
                format!("cannot read {span:?} / {fy_text:?} as a period (expected e.g. \"Mar\" over \"FY26P\")"),
            )
        })?;
        out.push(Column {
            col: c,
            period,
            status,
        });
    }
    if out.is_empty() {
        return Err(ctx.layout(format!(
            "row {}: no fiscal-year labels under the period header",
            fy_row + 1
        )));
    }
    Ok(out)
}

/// `("Mar", "FY25R")` → (2025-03, revised); `("Jul-Sep", "FY26")` → (2025-Q3,
/// unmarked); `("Jul-Jun", "FY24")` → FY2023-24; `("Jul-Mar", "FY26P")` → FY2025-26
/// Jul-Mar, provisional.
pub fn parse_column(span: &str, fy: &str) -> Option<(Period, Status)> {
    let fy = fy.trim();
    let (fy, status) = if let Some(f) = fy.strip_suffix('P').or_else(|| fy.strip_suffix("(P)")) {
        (f.trim(), Status::Provisional)
    } else if let Some(f) = fy.strip_suffix('R').or_else(|| fy.strip_suffix("(R)")) {
        (f.trim(), Status::Revised)
    } else {
        (fy, Status::Unmarked)
    };
    let fy: FiscalYear = FiscalCalendar::PAKISTAN.parse_fiscal_year(fy).ok()?;
    let span = span.trim();
    if let Some(m) = itx_types::month_from_name(span) {
        let month = fy.months().find(|ym| ym.month() == m)?;
        return Some((Period::Month(month), status));
    }
    let (a, b) = span.split_once('-')?;
    let (a, b) = (
        itx_types::month_from_name(a.trim())?,
        itx_types::month_from_name(b.trim())?,
    );
    let first = fy.months().find(|ym| ym.month() == a)?;
    let last = fy.months().find(|ym| ym.month() == b)?;
    let len = last.index() - first.index() + 1;
    if len == 3 && (a - 1) % 3 == 0 {
        return Some((
            Period::Quarter(YearQuarter::new(first.year(), a.div_ceil(3)).ok()?),
            status,
        ));
    }
    Some((fy.span(span)?, status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_periods() {
        let p = |s, f| parse_column(s, f).map(|(p, st)| format!("{p} {}", st.as_str()));
        assert_eq!(p("Jul-Jun", "FY24").unwrap(), "FY2023-24 unmarked");
        assert_eq!(p("Mar", "FY25R").unwrap(), "2025-03 revised");
        assert_eq!(p("Feb", "FY26R").unwrap(), "2026-02 revised");
        assert_eq!(p("Jul-Sep", "FY26").unwrap(), "2025-Q3 unmarked");
        assert_eq!(p("Oct-Dec", "FY26R").unwrap(), "2025-Q4 revised");
        assert_eq!(p("Jan-Mar", "FY26P").unwrap(), "2026-Q1 provisional");
        assert_eq!(
            p("Jul-Mar", "FY26P").unwrap(),
            "FY2025-26 Jul-Mar provisional"
        );
        assert_eq!(p("Jul-Mar", "FY25R").unwrap(), "FY2024-25 Jul-Mar revised");
        assert!(p("Items", "FY26").is_none());
        assert!(p("Mar", "FYxx").is_none());
    }
}
