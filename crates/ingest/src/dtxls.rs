//! SBP's EBOPS 2010 trade-in-services workbook, `dt.xls`.
//!
//! One release holds five period blocks (year-ago month, previous month, latest
//! month, prior-year FYTD, current FYTD), each with Credit/Debit/Net columns, in
//! thousand US$, with EBOPS items down the rows. The layout traps handled here are
//! the ones seen in the real files (shared/design/sbp_formats.md §1): the sheet
//! name ends in a space, column A is empty (calamine ranges start at B2, so cells
//! are addressed absolutely), the year-ago header is sometimes a date cell and
//! sometimes text, P/R markers live only in headers, labels carry NBSPs and stray
//! spaces, `N/A` means "not available" (never zero), and the footer begins with
//! lines that look like EBOPS codes ("1. Credit means ...").

use std::collections::{BTreeMap, HashMap};

use calamine::{Data, Reader};
use itx_types::{
    Date, FiscalCalendar, Flow, Period, SeriesInfo, SeriesKey, SourceKind, Status, Unit, YearMonth,
};
use itx_types::{NewObservation, NewRelease};

use crate::sheet::{Sheet, norm};
use crate::{Error, Parsed, Skips, Source, Warning, cell_name, content_hash, exact};

/// SBP's address for the file (sbp_formats.md §1.1).
pub const DEFAULT_URL: &str = "https://www.sbp.org.pk/ecodata/dt.xls";

/// The 87 EBOPS lines of the 2026 releases (Feb-26 and Mar-26, identical). A line
/// outside this list still loads, under its code, with a warning: SBP added the
/// freelance lines (9.2.5, 10.3.5) in the past and may add more.
pub const KNOWN_CODES: &[&str] = &[
    "1", "1.1", "1.2", "2", "3", "3.1", "3.1.1", "3.1.2", "3.1.3", "3.2", "3.2.1", "3.2.2",
    "3.2.3", "3.3", "3.3.1", "3.3.2", "3.3.3", "3.4", "3.4.1", "3.4.2", "3.4.3", "3.5", "3.6",
    "3.7", "4", "4.1", "4.1.1", "4.1.2", "4.2", "4.2.1", "4.2.2", "4.2.3", "4.2.3.1", "4.2.3.2",
    "5", "5.1", "5.2", "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "6.4", "7", "7.1",
    "7.2", "8", "9", "9.1", "9.1.1", "9.1.2", "9.2", "9.2.1", "9.2.2", "9.2.3", "9.2.4", "9.2.5",
    "9.2.6", "9.3", "9.3.1", "9.3.2", "10", "10.1", "10.2", "10.2.1", "10.2.1.1", "10.2.1.2",
    "10.2.1.3", "10.2.2", "10.3", "10.3.1", "10.3.2", "10.3.3", "10.3.4", "10.3.5", "10.3.6", "11",
    "11.1", "11.1.1", "11.1.2", "11.2", "12", "12.1", "12.2", "12.3",
];

#[derive(Debug, Clone, Copy, PartialEq)]
struct Block {
    period: Period,
    status: Status,
    /// Absolute columns of Credit, Debit, Net.
    cols: [Option<u32>; 3],
    label_cell: (u32, u32),
}

const FLOWS: [Flow; 3] = [Flow::Credit, Flow::Debit, Flow::Net];

/// Reads one dt.xls (or .xlsx) release.
///
/// # Errors
/// When the bytes are not a workbook, no sheet is named like "EBOPS", the unit is
/// not thousand US$, the header blocks cannot be resolved, two blocks claim the
/// same period, or a value cell holds text other than `N/A`.
pub fn read(bytes: &[u8], info: &Source) -> Result<Parsed, Error> {
    crate::check_workbook(bytes, &info.file)?;
    read_vetted(bytes, info)
}

/// [`read`] of bytes [`crate::check_workbook`] has already passed.
pub(crate) fn read_vetted(bytes: &[u8], info: &Source) -> Result<Parsed, Error> {
    crate::guard(&info.file, || read_unguarded(bytes, info))
}

fn read_unguarded(bytes: &[u8], info: &Source) -> Result<Parsed, Error> {
    let file = info.file.clone();
    let mut wb = crate::open_workbook(bytes).map_err(|e| Error::Workbook {
        file: file.clone(),
        message: e.to_string(),
    })?;
    let names = wb.sheet_names();
    let Some(sheet) = names
        .iter()
        .find(|n| n.to_ascii_uppercase().contains("EBOPS"))
        .cloned()
    else {
        return Err(Error::NoSheet {
            file,
            wanted: "EBOPS".into(),
            sheets: names.join(", "),
        });
    };
    let range = wb.worksheet_range(&sheet).map_err(|e| Error::Workbook {
        file: file.clone(),
        message: format!("sheet {sheet:?}: {e}"),
    })?;
    let ctx = Sheet {
        file: &file,
        sheet: &sheet,
        range: &range,
    };
    let (sub_row, label_col) = ctx.find_subheader()?;
    ctx.check_unit(sub_row)?;
    let blocks = ctx.blocks(sub_row, label_col)?;
    let mut warnings = Vec::new();
    let mut skips = Skips::new(info.allow_partial);
    let rows = ctx.body(sub_row + 1, label_col, &blocks, &mut warnings, &mut skips)?;
    if rows.is_empty() {
        return Err(ctx.layout("no EBOPS rows under the header"));
    }
    validate_sums(&ctx, &rows, &blocks, &mut warnings);

    let mut series = Vec::new();
    let mut observations = Vec::new();
    for row in &rows {
        for (fi, flow) in FLOWS.iter().enumerate() {
            let key = SeriesKey::ebops("pk", &row.code, *flow);
            series.push(SeriesInfo {
                key: key.clone(),
                name: format!("{} ({})", row.name, flow.noun()),
                unit: Unit::UsdMillion,
                ebops_code: Some(row.code.clone()),
            });
            for (bi, block) in blocks.iter().enumerate() {
                let Some((raw, (r, c))) = row.values[bi][fi] else {
                    continue;
                };
                observations.push(NewObservation {
                    series: key.clone(),
                    period: block.period,
                    value: Unit::UsdThousand.to_millions(raw),
                    value_published: exact(raw),
                    unit_published: Unit::UsdThousand,
                    status: block.status,
                    location: format!("'{sheet}'!{}", cell_name(r, c)),
                    quote: None,
                    preferred: false,
                });
            }
        }
    }
    let latest = blocks
        .iter()
        .filter_map(|b| b.period.as_month())
        .max()
        .ok_or_else(|| ctx.layout("no month block in the header"))?;
    let release = NewRelease {
        source: format!(
            "SBP dt.xls (EBOPS 2010 trade in services), {} release",
            latest.short_label()
        ),
        kind: SourceKind::Official,
        published: info.published,
        file: Some(file.clone()),
        url: Some(info.url.clone().unwrap_or_else(|| DEFAULT_URL.to_string())),
        content_hash: content_hash(bytes),
        note: Some(format!(
            "periods: {}",
            blocks
                .iter()
                .map(|b| format!("{} ({})", b.period, b.status.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        series,
        observations,
    };
    Ok(Parsed {
        dated: None,
        releases: vec![release],
        warnings,
        skipped: skips.skipped,
    })
}

/// A value in thousand US$ and its absolute (row, col) cell.
type CellValue = (f64, (u32, u32));

struct Row {
    code: String,
    name: String,
    /// Per block, per flow (credit, debit, net).
    values: Vec<[Option<CellValue>; 3]>,
    line: u32,
}

impl Sheet<'_> {
    /// The row of Credit/Debit/Net sub-headers, and the column of the row labels.
    fn find_subheader(&self) -> Result<(u32, u32), Error> {
        let (r0, c0, r1, c1) = self.bounds();
        for r in r0..=r1.min(r0 + 40) {
            let credits: Vec<u32> = (c0..=c1)
                .filter(|&c| {
                    self.text(r, c)
                        .is_some_and(|t| t.eq_ignore_ascii_case("credit"))
                })
                .collect();
            if let Some(&first) = credits.first() {
                // Labels sit in the nearest column left of the first block that has text
                // somewhere below the header.
                let label_col = (c0..first)
                    .rev()
                    .find(|&c| (r + 1..=r1.min(r + 5)).any(|rr| self.text(rr, c).is_some()))
                    .ok_or_else(|| self.cell_err(r, first, "no label column left of \"Credit\""))?;
                return Ok((r, label_col));
            }
        }
        Err(self
            .layout("header not found: no row with \"Credit\" sub-headers in the first 40 rows"))
    }

    /// Refuses anything but thousand US$ (sbp_formats.md §1.4: "check the unit text").
    fn check_unit(&self, sub_row: u32) -> Result<(), Error> {
        let (r0, c0, _, c1) = self.bounds();
        for r in r0..sub_row {
            for c in c0..=c1 {
                let Some(t) = self.text(r, c) else { continue };
                let lower = t.to_ascii_lowercase();
                if !(lower.contains("us$") || lower.contains("usd") || lower.contains("amount")) {
                    continue;
                }
                if lower.contains("thousand") {
                    return Ok(());
                }
                return Err(self.cell_err(
                    r,
                    c,
                    format!("unit is {t:?}; dt.xls figures must be in thousand US$"),
                ));
            }
        }
        Err(self.layout(
            "unit not found: no \"(Amount in Thousand US$)\" above the header; refusing to guess",
        ))
    }

    fn blocks(&self, sub_row: u32, label_col: u32) -> Result<Vec<Block>, Error> {
        let (_, _, _, c1) = self.bounds();
        let head_row = sub_row
            .checked_sub(1)
            .ok_or_else(|| self.layout("no period header row above the Credit/Debit/Net row"))?;
        let starts: Vec<u32> = (label_col + 1..=c1)
            .filter(|&c| self.get(head_row, c).is_some())
            .collect();
        if starts.is_empty() {
            return Err(self.layout(format!("row {}: no period headers", head_row + 1)));
        }
        let mut blocks: Vec<Block> = Vec::new();
        for (i, &c) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(c1, |n| n - 1);
            let (period, status) = self.block_label(head_row, c)?;
            let mut cols = [None; 3];
            for cc in c..=end {
                if let Some(t) = self.text(sub_row, cc) {
                    if let Some(pos) = FLOWS
                        .iter()
                        .position(|f| t.eq_ignore_ascii_case(f.as_str()))
                    {
                        cols[pos].get_or_insert(cc);
                    }
                }
            }
            if cols[0].is_none() {
                return Err(self.cell_err(sub_row, c, "no \"Credit\" column under this period"));
            }
            if let Some(prev) = blocks.iter().find(|b| b.period == period) {
                return Err(self.cell_err(
                    head_row,
                    c,
                    format!(
                        "period {period} appears twice (also at {})",
                        cell_name(prev.label_cell.0, prev.label_cell.1)
                    ),
                ));
            }
            blocks.push(Block {
                period,
                status,
                cols,
                label_cell: (head_row, c),
            });
        }
        Ok(blocks)
    }

    fn block_label(&self, r: u32, c: u32) -> Result<(Period, Status), Error> {
        match self.get(r, c) {
            Some(Data::DateTime(dt)) => {
                let m = excel_serial_month(dt.as_f64())
                    .ok_or_else(|| self.cell_err(r, c, format!("date {} out of range", dt.as_f64())))?;
                Ok((Period::Month(m), Status::Unmarked))
            }
            Some(Data::Float(f)) if (20000.0..80000.0).contains(f) => {
                let m = excel_serial_month(*f)
                    .ok_or_else(|| self.cell_err(r, c, format!("date {f} out of range")))?;
                Ok((Period::Month(m), Status::Unmarked))
            }
            Some(Data::String(s)) => parse_block_label(&norm(s)).ok_or_else(|| {
                self.cell_err(
                    r,
                    c,
                    format!("cannot read period header {s:?} (expected e.g. \"Mar-26 (P)\" or \"Jul-Mar, FY26 (P)\")"),
                )
            }),
            other => Err(self.cell_err(
                r,
                c,
                format!("expected a period header, found {other:?}"),
            )),
        }
    }

    fn body(
        &self,
        first_row: u32,
        label_col: u32,
        blocks: &[Block],
        warnings: &mut Vec<Warning>,
        skips: &mut Skips,
    ) -> Result<Vec<Row>, Error> {
        let (_, _, r1, _) = self.bounds();
        let mut rows: Vec<Row> = Vec::new();
        let mut seen: HashMap<String, u32> = HashMap::new();
        for r in first_row..=r1 {
            let Some(label) = self.text(r, label_col) else {
                if self.get(r, label_col).is_some() {
                    return Err(self.cell_err(r, label_col, "expected a row label"));
                }
                continue;
            };
            let Some((code, name)) = parse_row_label(&label) else {
                break; // the footer ("R' for revised ...", "Notes:")
            };
            if seen.contains_key(&code) {
                break; // footer notes numbered like codes ("1. Credit means ...")
            }
            seen.insert(code.clone(), r);
            if code != "services" && !KNOWN_CODES.contains(&code.as_str()) {
                warnings.push(Warning {
                    location: format!("{} '{}'!{}", self.file, self.sheet, cell_name(r, label_col)),
                    message: format!(
                        "new line {code} ({name}), not in the 2026 layout; loaded under its code"
                    ),
                });
            }
            let mut values = Vec::with_capacity(blocks.len());
            for b in blocks {
                let mut v = [None; 3];
                for (fi, col) in b.cols.iter().enumerate() {
                    let Some(c) = *col else { continue };
                    match self.number(r, c) {
                        Ok(x) => v[fi] = x.map(|x| (x, (r, c))),
                        Err(e) => skips.skip(e)?,
                    }
                }
                values.push(v);
            }
            rows.push(Row {
                code,
                name,
                values,
                line: r,
            });
        }
        if rows.iter().all(|r| r.code != "services") {
            warnings.push(Warning {
                location: format!("{} '{}'", self.file, self.sheet),
                message: "no \"Services\" total row".into(),
            });
        }
        Ok(rows)
    }

    /// A value cell: a number, or `None` for "N/A"/"-"/empty; anything else is an error.
    fn number(&self, r: u32, c: u32) -> Result<Option<f64>, Error> {
        match self.get(r, c) {
            None => Ok(None),
            Some(Data::Float(f)) if f.is_finite() => Ok(Some(*f)),
            Some(Data::Int(i)) => Ok(Some(*i as f64)),
            Some(Data::String(s)) => {
                let t = norm(s);
                if t.eq_ignore_ascii_case("N/A") || t == "-" || t.is_empty() {
                    return Ok(None);
                }
                t.replace(',', "")
                    .parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(Some)
                    .ok_or_else(|| self.cell_err(r, c, format!("expected a number, found {s:?}")))
            }
            Some(other) => Err(self.cell_err(r, c, format!("expected a number, found {other:?}"))),
        }
    }
}

/// The month of an Excel (1900 date system) serial day number.
fn excel_serial_month(serial: f64) -> Option<YearMonth> {
    if !(1.0..200_000.0).contains(&serial) {
        return None;
    }
    let base = Date::new(1899, 12, 30).ok()?;
    let d = base
        .checked_add(jiff::Span::new().days(serial.floor() as i64))
        .ok()?;
    YearMonth::new(i32::from(d.year()), d.month() as u8).ok()
}

/// Reads "Mar-26 (P)", "Feb-26 (R)", "Mar-25", "Jul-Mar, FY26 (P)", "Jul, FY26".
///
/// Fiscal years come from the number in the label, never from the column position
/// or the (P) marker, so July's rollover reads right.
fn parse_block_label(s: &str) -> Option<(Period, Status)> {
    let (body, status) = split_marker(s);
    if let Some((span, fy)) = body.split_once(',') {
        let fy = FiscalCalendar::PAKISTAN.parse_fiscal_year(fy.trim()).ok()?;
        return Some((fy.span(span)?, status));
    }
    let m: YearMonth = body.trim().parse().ok()?;
    Some((Period::Month(m), status))
}

fn split_marker(s: &str) -> (&str, Status) {
    let t = s.trim();
    for (marker, status) in [("(P)", Status::Provisional), ("(R)", Status::Revised)] {
        if let Some(body) = t.strip_suffix(marker) {
            return (body.trim_end(), status);
        }
    }
    (t, Status::Unmarked)
}

/// "9.2.5 Freelance of ..." → ("9.2.5", "Freelance of ..."); "Services" → ("services", ..).
fn parse_row_label(label: &str) -> Option<(String, String)> {
    if label.eq_ignore_ascii_case("services") {
        return Some(("services".into(), "Services".into()));
    }
    let end = label
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(label.len());
    let code = label[..end].trim_end_matches('.');
    let rest = label[end..].trim();
    let well_formed = !code.is_empty()
        && code.split('.').all(|p| !p.is_empty() && p.len() <= 2)
        && label[end..].starts_with(' ')
        && !rest.is_empty();
    well_formed.then(|| (code.to_string(), rest.to_string()))
}

fn parent_code(code: &str) -> Option<String> {
    match code.rsplit_once('.') {
        Some((p, _)) => Some(p.to_string()),
        None if code != "services" => Some("services".into()),
        None => None,
    }
}

/// Every parent must equal the sum of its children within 1 thousand US$
/// (true of every row of the real releases, sbp_formats.md §1.2); `N/A` counts as 0.
fn validate_sums(ctx: &Sheet<'_>, rows: &[Row], blocks: &[Block], warnings: &mut Vec<Warning>) {
    let index: HashMap<&str, &Row> = rows.iter().map(|r| (r.code.as_str(), r)).collect();
    let mut children: BTreeMap<String, Vec<&Row>> = BTreeMap::new();
    for r in rows {
        if let Some(p) = parent_code(&r.code) {
            if index.contains_key(p.as_str()) {
                children.entry(p).or_default().push(r);
            }
        }
    }
    for (parent, kids) in &children {
        let p = index[parent.as_str()];
        for (bi, _) in blocks.iter().enumerate() {
            for (fi, flow) in FLOWS.iter().enumerate() {
                let Some((pv, (r, c))) = p.values[bi][fi] else {
                    continue;
                };
                let sum: f64 = kids
                    .iter()
                    .filter_map(|k| k.values[bi][fi])
                    .map(|(v, _)| v)
                    .sum();
                if (pv - sum).abs() > 1.0 {
                    warnings.push(Warning {
                        location: format!("{} '{}'!{}", ctx.file, ctx.sheet, cell_name(r, c)),
                        message: format!(
                            "{parent} {} = {pv} but its {} sub-items (row {} onward) sum to {sum}",
                            flow.as_str(),
                            kids.len(),
                            p.line + 2
                        ),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_labels_as_seen_in_real_releases() {
        let m = |s: &str| parse_block_label(s).map(|(p, st)| (p.to_string(), st));
        assert_eq!(
            m("Mar-26 (P)"),
            Some(("2026-03".into(), Status::Provisional))
        );
        assert_eq!(m("Mar-25 (R)"), Some(("2025-03".into(), Status::Revised)));
        assert_eq!(
            m("Jul-Mar, FY26 (P)"),
            Some(("FY2025-26 Jul-Mar".into(), Status::Provisional))
        );
        assert_eq!(
            m("Jul-Feb, FY25"),
            Some(("FY2024-25 Jul-Feb".into(), Status::Unmarked))
        );
        // July rollover (format inferred, sbp_formats.md §7 variant d).
        assert_eq!(
            m("Jul, FY27 (P)"),
            Some(("FY2026-27 Jul-Jul".into(), Status::Provisional))
        );
        assert_eq!(
            m("Jul-Jun, FY26"),
            Some(("FY2025-26".into(), Status::Unmarked))
        );
        assert_eq!(m("Apr-Mar, FY26"), None);
        assert_eq!(m("Total"), None);
    }

    #[test]
    fn row_labels_with_nbsp_and_stray_spaces() {
        let p = |s: &str| parse_row_label(&norm(s));
        assert_eq!(
            p("9.\u{a0}Telecommunications, Computer and information services")
                .unwrap()
                .0,
            "9"
        );
        assert_eq!(
            p("9.2.4 Export / Import  of Computer Software ").unwrap(),
            (
                "9.2.4".to_string(),
                "Export / Import of Computer Software".to_string()
            )
        );
        assert_eq!(p("12.3\u{a0}\u{a0}Other").unwrap().0, "12.3");
        assert_eq!(p("Services").unwrap().0, "services");
        assert!(p("R' for revised, 'P' for provisional, 'N/A' for Not Available").is_none());
        assert!(p("Notes:").is_none());
        assert!(p("2026").is_none());
    }

    #[test]
    fn excel_serials() {
        assert_eq!(excel_serial_month(45716.0).unwrap().to_string(), "2025-02");
        assert_eq!(excel_serial_month(45808.0).unwrap().to_string(), "2025-05");
        assert!(excel_serial_month(-3.0).is_none());
    }
}
