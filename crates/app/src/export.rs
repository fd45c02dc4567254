//! Downloads: a table of figures (observations, vintages, revisions) as CSV or
//! XLSX, each row carrying its source, tier, release and publication date.
//!
//! CSV: one header row, then data. The source, unit, release and as-of date are
//! columns of every row rather than a preamble, so the file loads as it is in
//! Excel, pandas or R (a preamble of comment lines breaks most readers).
//! XLSX: the same table on a sheet `data`, and a sheet `README` saying what
//! the table is, as of when, and which releases it rests on.

use itx_narrate::SeriesData;
use itx_store::Revision;
use itx_types::{Date, Period, SeriesKey, Vintage};
use rust_xlsxwriter::{Format, Workbook};

use crate::{Error, ObsRow, Result, Transform};

/// One cell of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}
impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}
impl From<f64> for Cell {
    fn from(v: f64) -> Cell {
        Cell::Number(v)
    }
}
impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Cell {
        v.map_or(Cell::Empty, Into::into)
    }
}

/// A download: what it is (for the README sheet and the file name), its columns
/// and rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// e.g. "ICT exports (pk.ebops.9.credit), yoy, 2024-07 to 2025-07".
    pub title: String,
    /// Lines of the README sheet: (what, value).
    pub about: Vec<(String, String)>,
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

/// A download format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    Csv,
    Xlsx,
}

impl Download {
    /// `csv` or `xlsx`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Download> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Some(Download::Csv),
            "xlsx" => Some(Download::Xlsx),
            _ => None,
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            Download::Csv => "csv",
            Download::Xlsx => "xlsx",
        }
    }
    pub fn content_type(self) -> &'static str {
        match self {
            Download::Csv => "text/csv; charset=utf-8",
            Download::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
    /// The table in this format.
    ///
    /// # Errors
    /// When the workbook cannot be written (it holds only what was read from
    /// the store, so in practice never).
    pub fn write(self, t: &Table) -> Result<Vec<u8>> {
        match self {
            Download::Csv => to_csv(t),
            Download::Xlsx => to_xlsx(t),
        }
    }
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("writing a download: {e}"))
}

/// The table as CSV (RFC 4180, UTF-8, `\n` line ends).
///
/// # Errors
/// Never in practice (writing to memory).
pub fn to_csv(t: &Table) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(&t.columns).map_err(internal)?;
    for row in &t.rows {
        w.write_record(row.iter().map(|c| match c {
            Cell::Text(s) => s.clone(),
            Cell::Number(v) => itx_types::plain(*v),
            Cell::Empty => String::new(),
        }))
        .map_err(internal)?;
    }
    w.into_inner().map_err(internal)
}

/// The table as an XLSX workbook: sheet `data` (numbers as numbers, the header
/// bold and frozen) and sheet `README`.
///
/// # Errors
/// Never in practice (writing to memory).
pub fn to_xlsx(t: &Table) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let data = wb.add_worksheet();
    data.set_name("data").map_err(internal)?;
    for (c, name) in t.columns.iter().enumerate() {
        let c = u16::try_from(c).map_err(internal)?;
        data.write_string_with_format(0, c, *name, &bold)
            .map_err(internal)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(internal)?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(internal)?;
            match cell {
                Cell::Text(s) => data.write_string(r, c, s).map(|_| ()),
                Cell::Number(v) => data.write_number(r, c, *v).map(|_| ()),
                Cell::Empty => Ok(()),
            }
            .map_err(internal)?;
        }
    }
    data.set_freeze_panes(1, 0).map_err(internal)?;
    data.autofit();
    let readme = wb.add_worksheet();
    readme.set_name("README").map_err(internal)?;
    readme
        .write_string_with_format(0, 0, &t.title, &bold)
        .map_err(internal)?;
    for (i, (k, v)) in t.about.iter().enumerate() {
        let r = u32::try_from(i + 2).map_err(internal)?;
        readme
            .write_string_with_format(r, 0, k, &bold)
            .map_err(internal)?;
        readme.write_string(r, 1, v).map_err(internal)?;
    }
    readme.set_column_width(0, 22).map_err(internal)?;
    readme.set_column_width(1, 110).map_err(internal)?;
    wb.save_to_buffer().map_err(internal)
}

/// The lines every README sheet starts with.
fn about_common(retrieved: Date, as_of: Option<Date>) -> Vec<(String, String)> {
    vec![
        (
            "As known on".into(),
            as_of.map_or_else(
                || format!("{retrieved} (every release in the store)"),
                |d| format!("{d} (only releases published by then)"),
            ),
        ),
        ("Downloaded".into(), retrieved.to_string()),
        (
            "Made by".into(),
            format!(
                "itx {} from State Bank of Pakistan releases as stored; every row names its release",
                env!("CARGO_PKG_VERSION")
            ),
        ),
        (
            "Source tiers".into(),
            "official file: read from SBP's own file or EasyData export; official figure as captured by a third party: SBP's figure read from a public dashboard's capture of SBP's file; press report: a figure quoted in the press, used only where no official figure exists".into(),
        ),
    ]
}

/// The releases a set of vintages rests on, one README line each.
fn about_releases<'a>(vs: impl Iterator<Item = &'a itx_types::Release>) -> Vec<(String, String)> {
    let mut seen: Vec<&itx_types::Release> = Vec::new();
    for r in vs {
        if !seen.iter().any(|s| s.id == r.id) {
            seen.push(r);
        }
    }
    seen.sort_by_key(|r| (r.published, r.id));
    seen.iter()
        .map(|r| {
            (
                format!("Release #{}", r.id),
                format!(
                    "{} — {}; published {}{}",
                    r.source,
                    r.tier().words(),
                    r.published
                        .map_or_else(|| "(undated)".to_string(), |d| d.to_string()),
                    r.url
                        .as_deref()
                        .map(|u| format!("; {u}"))
                        .unwrap_or_default()
                ),
            )
        })
        .collect()
}

fn vintage_cells(v: &Vintage) -> [Cell; 7] {
    [
        v.status.as_str().into(),
        v.release.tier().words().into(),
        v.release.source.as_str().into(),
        v.release.published.map(|d| d.to_string()).into(),
        v.release.url.clone().into(),
        v.location.as_str().into(),
        v.release.id.to_string().into(),
    ]
}

/// [`crate::observations`] as a download.
pub fn observations_table(
    key: &SeriesKey,
    data: &SeriesData,
    rows: &[ObsRow],
    transform: Transform,
    as_of: Option<Date>,
    retrieved: Date,
) -> Table {
    let range = match (rows.first(), rows.last()) {
        (Some(a), Some(b)) => format!(", {} to {}", a.month, b.month),
        _ => String::new(),
    };
    let mut about = vec![
        ("Series".into(), format!("{} ({key})", data.info.name)),
        ("Transform".into(), transform.as_str().to_string()),
        ("Unit".into(), transform.unit().to_string()),
    ];
    about.extend(about_common(retrieved, as_of));
    about.extend(about_releases(rows.iter().map(|r| &r.vintage.release)));
    Table {
        title: format!("{} ({key}), {}{range}", data.info.name, transform.as_str()),
        about,
        columns: vec![
            "period",
            "value",
            "unit",
            "transform",
            "series",
            "name",
            "status",
            "source_tier",
            "release",
            "published",
            "url",
            "location",
            "release_id",
            "as_of",
        ],
        rows: rows
            .iter()
            .map(|r| {
                let mut row: Vec<Cell> = vec![
                    r.month.to_string().into(),
                    r.value.into(),
                    transform.unit().into(),
                    transform.as_str().into(),
                    key.as_str().into(),
                    data.info.name.as_str().into(),
                ];
                row.extend(vintage_cells(&r.vintage));
                row.push(as_of.map(|d| d.to_string()).into());
                row
            })
            .collect(),
    }
}

/// [`crate::vintages`] as a download.
pub fn vintages_table(
    key: &SeriesKey,
    name: &str,
    period: &Period,
    vs: &[Vintage],
    current: Option<usize>,
    retrieved: Date,
) -> Table {
    let mut about = vec![
        ("Series".into(), format!("{name} ({key})")),
        ("Period".into(), period.to_string()),
        ("Unit".into(), "US$ million (value); value_published as printed, in unit_published".into()),
        (
            "Current".into(),
            "the row marked current is the figure itx uses today: official outranks press, then the latest release".into(),
        ),
    ];
    about.extend(about_common(retrieved, None));
    about.extend(about_releases(vs.iter().map(|v| &v.release)));
    Table {
        title: format!("{name} ({key}), {period}: every release's value"),
        about,
        columns: vec![
            "period",
            "value",
            "unit",
            "value_published",
            "unit_published",
            "current",
            "series",
            "status",
            "source_tier",
            "release",
            "published",
            "url",
            "location",
            "release_id",
            "quote",
        ],
        rows: vs
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let mut row: Vec<Cell> = vec![
                    period.to_string().into(),
                    v.value.into(),
                    "US$ million".into(),
                    v.value_published.as_str().into(),
                    v.unit_published.as_str().into(),
                    if current == Some(i) { "yes" } else { "" }.into(),
                    key.as_str().into(),
                ];
                row.extend(vintage_cells(v));
                row.push(v.quote.clone().into());
                row
            })
            .collect(),
    }
}

/// Revisions as a download (both values in US$ million, the published text
/// beside them).
pub fn revisions_table(
    revs: &[Revision],
    names: &std::collections::HashMap<String, String>,
    filter: &str,
    retrieved: Date,
) -> Table {
    let mut about = vec![
        (
            "What".into(),
            format!(
                "every figure an official release stated differently from the official release before it{filter}; rounded reprints are not revisions"
            ),
        ),
        (
            "Unit".into(),
            "US$ million (old, new, change); the published text in old_published / new_published"
                .into(),
        ),
    ];
    about.extend(about_common(retrieved, None));
    Table {
        title: format!("Revisions{filter}"),
        about,
        columns: vec![
            "series",
            "name",
            "period",
            "old",
            "new",
            "unit",
            "change",
            "change_pct",
            "old_published",
            "new_published",
            "old_release",
            "old_release_published",
            "new_release",
            "new_release_published",
            "new_release_id",
            "new_location",
        ],
        rows: revs
            .iter()
            .map(|r| {
                let printed = |s: &itx_store::Stated| {
                    format!("{} {}", s.value_published, s.unit_published.as_str())
                };
                vec![
                    r.series.as_str().into(),
                    names
                        .get(r.series.as_str())
                        .cloned()
                        .unwrap_or_else(|| itx_types::short_name(&r.series))
                        .into(),
                    r.period.to_string().into(),
                    r.old.value.into(),
                    r.new.value.into(),
                    "US$ million".into(),
                    r.change().into(),
                    crate::pct_change(r.old.value, r.new.value).into(),
                    printed(&r.old).into(),
                    printed(&r.new).into(),
                    r.old.release.source.as_str().into(),
                    r.old.release.published.map(|d| d.to_string()).into(),
                    r.new.release.source.as_str().into(),
                    r.new.release.published.map(|d| d.to_string()).into(),
                    r.new.release.id.to_string().into(),
                    r.new.location.as_str().into(),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_quotes() {
        let t = Table {
            title: "t".into(),
            about: vec![],
            columns: vec!["a", "b"],
            rows: vec![vec!["x, \"y\"".into(), Cell::Empty]],
        };
        let text = String::from_utf8(to_csv(&t).unwrap()).unwrap();
        assert_eq!(text, "a,b\n\"x, \"\"y\"\"\",\n");
    }
}
