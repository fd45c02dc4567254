//! Release-day layouts built in the test from the real ones (sbp_formats.md §7):
//! an `.xlsx` with the dt.xls geometry (sheet "EBOPS " with its trailing space,
//! empty column A, merged period headers, Credit/Debit/Net sub-headers, the unit
//! cell at L6, labels with NBSPs) filled with the real Mar-26 figures of
//! data/sbp/sbp_dt_mar26_subset.csv; then one thing changed per test.

use itx_ingest::detect::{self, Format};
use itx_ingest::{Error, Parsed, Source, bundle};
use itx_types::NewRelease;
use itx_types::Status;
use rust_xlsxwriter::{ExcelDateTime, Format as XFormat, Workbook};

/// The real figures: (label as printed, 15 values in thousand US$).
fn subset() -> Vec<(String, Vec<f64>)> {
    let text = include_str!("../../../data/sbp/sbp_dt_mar26_subset.csv");
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            // label_repr is Python's repr: quotes around, NBSP written as \xa0.
            let label = r[1].trim_matches('\'').replace("\\xa0", "\u{a0}");
            let values = (2..17)
                .map(|i| {
                    if &r[i] == "N/A" {
                        f64::NAN
                    } else {
                        r[i].parse().unwrap()
                    }
                })
                .collect();
            (label, values)
        })
        .collect()
}

#[derive(Clone)]
enum Head {
    Date(i16, i8, i8),
    Text(&'static str),
}

#[derive(Clone)]
struct Layout {
    heads: [Head; 5],
    unit: Option<&'static str>,
    /// Inserted after 9.2.6: (label, credit value in every block).
    extra_row: Option<(&'static str, f64)>,
    /// Text written into the 9.2.5 Credit cell of the latest month.
    bad_cell: Option<&'static str>,
}

impl Layout {
    /// The Mar-26 release as SBP printed it, with the year-ago header as a date cell
    /// (as in the Feb-26 and May-26 releases).
    fn mar26() -> Layout {
        Layout {
            heads: [
                Head::Date(2025, 3, 31),
                Head::Text("Feb-26 (R)"),
                Head::Text("Mar-26 (P)"),
                Head::Text("Jul-Mar, FY25 (R)"),
                Head::Text("Jul-Mar, FY26 (P)"),
            ],
            unit: Some("(Amount in Thousand US$)"),
            extra_row: None,
            bad_cell: None,
        }
    }

    fn xlsx(&self) -> Vec<u8> {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("EBOPS ").unwrap();
        let plain = XFormat::new();
        let date = XFormat::new().set_num_format("[$-409]mmm\\-yy;@");
        ws.write_string(1, 1, "Trade in Services").unwrap();
        ws.write_string(
            2,
            1,
            "BPM6 - Extended Balance of Payments Services Classification (EBOPS 2010)",
        )
        .unwrap();
        if let Some(u) = self.unit {
            ws.merge_range(5, 11, 5, 16, u, &plain).unwrap();
        }
        ws.merge_range(6, 1, 7, 1, "Trade in Services", &plain)
            .unwrap();
        for (b, head) in self.heads.iter().enumerate() {
            let c = 2 + 3 * b as u16;
            match head {
                Head::Text(t) => ws.merge_range(6, c, 6, c + 2, t, &plain).unwrap(),
                Head::Date(y, m, d) => {
                    ws.merge_range(6, c, 6, c + 2, "", &plain).unwrap();
                    let dt = ExcelDateTime::from_ymd(*y as u16, *m as u8, *d as u8).unwrap();
                    ws.write_datetime_with_format(6, c, &dt, &date).unwrap()
                }
            };
            for (i, s) in ["Credit", "Debit", "Net"].iter().enumerate() {
                ws.write_string(7, c + i as u16, *s).unwrap();
            }
        }
        let mut row = 8u32;
        for (label, values) in subset() {
            ws.write_string(row, 1, &label).unwrap();
            for (i, v) in values.iter().enumerate() {
                let col = 2 + i as u16;
                let is_debit = i % 3 == 1;
                if label.starts_with("9.2.5") && is_debit {
                    ws.write_string(row, col, "N/A").unwrap();
                } else if label.starts_with("9.2.5") && i == 6 && self.bad_cell.is_some() {
                    ws.write_string(row, col, self.bad_cell.unwrap()).unwrap();
                } else {
                    ws.write_number(row, col, *v).unwrap();
                }
            }
            row += 1;
            if let (true, Some((l, v))) = (label.starts_with("9.2.6"), self.extra_row) {
                ws.write_string(row, 1, l).unwrap();
                for b in 0..5u16 {
                    ws.write_number(row, 2 + 3 * b, v).unwrap();
                }
                row += 1;
            }
        }
        for note in [
            "R' for revised, 'P' for provisional, 'N/A' for Not Available",
            "Notes:",
            "1. Credit means export of services, debit means import of services and net means services balance.",
            "2. Due to rounding off, figures may differ from BOP data available on websites.",
        ] {
            ws.write_string(row, 1, note).unwrap();
            row += 1;
        }
        wb.save_to_buffer().unwrap()
    }
}

fn src(file: &str) -> Source {
    Source {
        published: Some("2026-04-17".parse().unwrap()),
        ..Source::named(file)
    }
}

fn read(bytes: &[u8], file: &str) -> Result<(Format, Parsed), Error> {
    detect::read(bytes, None, &src(file))
}

fn value(rel: &NewRelease, key: &str, period: &str) -> Option<(f64, Status, String)> {
    rel.observations
        .iter()
        .find(|o| o.series.as_str() == key && o.period.to_string() == period)
        .map(|o| (o.value, o.status, o.location.clone()))
}

#[test]
fn the_mar26_layout_reads_exactly_with_a_date_cell_year_ago_header() {
    let (format, p) = read(&Layout::mar26().xlsx(), "dt_mar26.xlsx").unwrap();
    assert_eq!(format, Format::DtXls);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let rel = &p.releases[0];
    // Mar-26 (P) ICT credit, thousand US$ 413,622.892 (sbp_formats.md §1.6).
    let (v, st, loc) = value(rel, "pk.ebops.9.credit", "2026-03").unwrap();
    assert!((v - 413.622892).abs() < 1e-9, "{v}");
    assert_eq!(st, Status::Provisional);
    assert_eq!(loc, "'EBOPS '!I18"); // the 10th line of the fixture (Services is row 9)
    // The date-cell header is March 2025 with no marker.
    assert_eq!(
        value(rel, "pk.ebops.9.credit", "2025-03").unwrap().1,
        Status::Unmarked
    );
    assert_eq!(
        value(rel, "pk.ebops.9.credit", "2026-02").unwrap().1,
        Status::Revised
    );
    let (_, st, _) = value(rel, "pk.ebops.9.credit", "FY2024-25 Jul-Mar").unwrap();
    assert_eq!(st, Status::Revised);
    let (v, st, _) = value(rel, "pk.ebops.9.credit", "FY2025-26 Jul-Mar").unwrap();
    assert_eq!(st, Status::Provisional);
    assert!((v - 3387.915858).abs() < 1e-6, "{v}");
    // N/A debit of freelance is missing, not zero; its net is still there.
    assert!(value(rel, "pk.ebops.9.2.5.debit", "2026-03").is_none());
    assert!(value(rel, "pk.ebops.9.2.5.net", "2026-03").is_some());
    // The footer is not read as EBOPS lines ("1. Credit means ...").
    assert!(rel.series.iter().all(|s| !s.name.contains("Credit means")));
}

#[test]
fn a_text_year_ago_header_with_its_marker_reads_as_revised() {
    let mut l = Layout::mar26();
    l.heads[0] = Head::Text("Mar-25 (R)");
    let (_, p) = read(&l.xlsx(), "dt.xlsx").unwrap();
    let (v, st, _) = value(&p.releases[0], "pk.ebops.9.credit", "2025-03").unwrap();
    assert_eq!(st, Status::Revised);
    assert!((v - 344.927796).abs() < 1e-6, "{v}");
}

#[test]
fn a_july_release_rolls_the_fiscal_year_over_by_the_number_in_the_label() {
    let mut l = Layout::mar26();
    l.heads = [
        Head::Date(2024, 7, 31),
        Head::Text("Jun-25 (R)"),
        Head::Text("Jul-25 (P)"),
        Head::Text("Jul, FY25"),
        Head::Text("Jul, FY26 (P)"),
    ];
    let (_, p) = read(&l.xlsx(), "dt_jul25.xlsx").unwrap();
    let rel = &p.releases[0];
    let periods: Vec<String> = rel
        .observations
        .iter()
        .filter(|o| o.series.as_str() == "pk.ebops.9.credit")
        .map(|o| format!("{} {}", o.period, o.status.as_str()))
        .collect();
    assert_eq!(
        periods,
        [
            "2024-07 unmarked",
            "2025-06 revised",
            "2025-07 provisional",
            "FY2024-25 Jul-Jul unmarked",
            "FY2025-26 Jul-Jul provisional"
        ]
    );
    assert!(rel.source.contains("Jul-25 release"), "{}", rel.source);
}

#[test]
fn an_inserted_line_loads_under_its_code_and_the_parent_sum_is_flagged() {
    let mut l = Layout::mar26();
    l.extra_row = Some(("9.2.7 New line", 100.0));
    let (_, p) = read(&l.xlsx(), "dt.xlsx").unwrap();
    let rel = &p.releases[0];
    // Lookups by code are unaffected.
    let (v, _, _) = value(rel, "pk.ebops.9.2.credit", "2026-03").unwrap();
    assert!((v - 359.006681).abs() < 1e-6);
    assert_eq!(
        value(rel, "pk.ebops.9.2.7.credit", "2026-03").unwrap().0,
        0.1
    );
    let w: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
    assert!(
        w.iter()
            .any(|w| w.contains("new line 9.2.7") && w.contains("'EBOPS '!B29")),
        "{w:?}"
    );
    assert!(
        w.iter().any(|w| w.contains("9.2") && w.contains("sum")),
        "the 9.2 total no longer equals its lines: {w:?}"
    );
}

#[test]
fn a_unit_in_millions_or_no_unit_is_refused_with_its_cell() {
    let mut l = Layout::mar26();
    l.unit = Some("(Amount in Million US$)");
    let e = read(&l.xlsx(), "dt.xlsx").unwrap_err().to_string();
    assert!(e.contains("cell L6") && e.contains("thousand"), "{e}");
    l.unit = None;
    let e = read(&l.xlsx(), "dt.xlsx").unwrap_err().to_string();
    assert!(e.contains("unit not found"), "{e}");
}

#[test]
fn a_text_value_is_an_error_naming_the_cell_unless_partial_is_allowed() {
    let mut l = Layout::mar26();
    l.bad_cell = Some("41 3,6(22");
    let bytes = l.xlsx();
    let e = read(&bytes, "dt.xlsx").unwrap_err().to_string();
    assert!(e.contains("dt.xlsx") && e.contains("cell I27"), "{e}");
    let mut s = src("dt.xlsx");
    s.allow_partial = true;
    let (_, p) = detect::read(&bytes, None, &s).unwrap();
    assert_eq!(p.skipped.len(), 1);
    assert!(p.skipped[0].to_string().contains("I27"));
    assert!(value(&p.releases[0], "pk.ebops.9.2.5.credit", "2026-03").is_none());
    assert!(value(&p.releases[0], "pk.ebops.9.2.5.credit", "2026-02").is_some());
}

#[test]
fn html_truncated_empty_and_garbage_files_are_refused_by_name() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "dt.xls",
            b"<!DOCTYPE html><html><body>Service unavailable</body></html>".to_vec(),
            "HTML page",
        ),
        (
            "dt.xls",
            bundle::DT_MAR26.bytes[..40_000].to_vec(),
            "workbook",
        ),
        ("dt.xls", Vec::new(), "empty file"),
        ("x.csv", b"\x00\x01\x02garbage".to_vec(), "binary"),
        ("x.csv", b"a,b\n1,2\n".to_vec(), "not a format itx reads"),
        ("x.pdf", b"%PDF-1.4 ...".to_vec(), "PDF"),
    ];
    for (file, bytes, want) in cases {
        let e = read(&bytes, file).unwrap_err().to_string();
        assert!(e.starts_with(file) && e.contains(want), "{file}: {e}");
    }
}

#[test]
fn the_real_bop_summary_reads_every_period_kind() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/sbp/Balancepayment_BPM6.xls"
    ))
    .unwrap();
    let (format, p) = read(&bytes, "Balancepayment_BPM6.xls").unwrap();
    assert_eq!(format, Format::BopSummary);
    let rel = &p.releases[0];
    let services = |period: &str| value(rel, "pk.ebops.services.credit", period).unwrap();
    // Row 13 of the sheet: 7689, 777, 8450, 2212, 2554, 800, 903, 2582, 6277, 7348.
    assert_eq!(services("FY2023-24").0, 7689.0);
    assert_eq!(
        services("2025-03"),
        (777.0, Status::Revised, "'BPM6_Summary'!D13".into())
    );
    assert_eq!(services("FY2024-25").0, 8450.0);
    assert_eq!(services("2025-Q3").0, 2212.0);
    assert_eq!(services("2025-Q4").1, Status::Revised);
    assert_eq!(services("2026-02").0, 800.0);
    assert_eq!(
        services("2026-03"),
        (903.0, Status::Provisional, "'BPM6_Summary'!I13".into())
    );
    assert_eq!(services("2026-Q1").0, 2582.0);
    // The merged Jul-Mar header carries over to column L.
    assert_eq!(services("FY2024-25 Jul-Mar").0, 6277.0);
    assert_eq!(
        services("FY2025-26 Jul-Mar"),
        (7348.0, Status::Provisional, "'BPM6_Summary'!L13".into())
    );
    // Cross-check with dt.xls of the same month: 902,912.773 thousand (§1.4).
    assert!((903.0 - 902.912773_f64).abs() < 0.5);
    let imports = value(rel, "pk.ebops.services.debit", "2025-03").unwrap();
    assert_eq!(imports.0, 897.3303064213328);
    assert_eq!(rel.observations.len(), 90);
}

#[test]
fn easydata_api_json_reads_by_column_name_and_refuses_web_pages() {
    // Shape from sbp_formats.md §4.2; values copied from the real portal export
    // (P00120: Feb-2025 305, Mar-2025 342) and re-dated to ISO, as the API prints.
    let answer = r#"{"columns":["Dataset Name","Series Key","Series Name","Observation Date","Observation Value","Unit","Observation Status","Status Comments"],
 "rows":[["Export and Import of Goods and Services","TS_GP_BOP_XMGS_M.P00120","Exports of Services-Telecommunications, Computer, and Information Services","2025-02-28","305","Million USD","Normal",""],
         ["Export and Import of Goods and Services","TS_GP_BOP_XMGS_M.P00120","Exports of Services-Telecommunications, Computer, and Information Services","2025-03-31","342","Million USD","Normal",""]]}"#;
    let (format, p) = read(answer.as_bytes(), "ict.json").unwrap();
    assert_eq!(format, Format::EasydataJson);
    let rel = &p.releases[0];
    assert_eq!(value(rel, "pk.ebops.9.credit", "2025-03").unwrap().0, 342.0);
    assert_eq!(
        value(rel, "pk.ebops.9.credit", "2025-02").unwrap().2,
        "ict.json row 1 (TS_GP_BOP_XMGS_M.P00120)"
    );

    // Columns in another order still read.
    let reordered = r#"{"columns":["Observation Value","Observation Date","Unit","Series Key","Series Name"],
      "rows":[["342","2025-03-31","Million USD","TS_GP_BOP_XMGS_M.P00120","ICT"]]}"#;
    let (_, p) = read(reordered.as_bytes(), "r.json").unwrap();
    assert_eq!(
        value(&p.releases[0], "pk.ebops.9.credit", "2025-03")
            .unwrap()
            .0,
        342.0
    );

    // No rows: no release, a warning, not an error.
    let (_, p) = read(br#"{"columns":[],"rows":[]}"#, "e.json").unwrap();
    assert!(p.releases.is_empty() && p.warnings.len() == 1);

    // A bad value names its row.
    let bad = answer.replace("\"342\"", "\"3 42\"");
    let e = read(bad.as_bytes(), "b.json").unwrap_err().to_string();
    assert!(e.contains("b.json: row 2") && e.contains("3 42"), "{e}");
}

/// Found by the `workbooks` fuzz target: a mutated Balancepayment_BPM6.xls whose
/// Workbook stream chain points at sector 1,879,048,206. calamine 0.31 would
/// allocate ~1 TB for it and abort the process; itx refuses the file by name.
#[test]
fn a_workbook_whose_sectors_point_past_its_end_is_refused_not_fatal() {
    let bytes = include_bytes!("fixtures/fuzz-cfb-sector-past-end.xls");
    for format in [None, Some(Format::DtXls), Some(Format::BopSummary)] {
        let e = detect::read(bytes, format, &src("crash.xls"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("crash.xls") && e.contains("damaged"), "{e}");
    }
    // The second finding: a cell in column 65,025 (calamine would allocate a
    // 65,536 × 65,026 grid).
    let bytes = include_bytes!("fixtures/fuzz-biff-column-65025.xls");
    let e = detect::read(bytes, None, &src("crash2.xls"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("column 65025"), "{e}");
    // The third: a DIMENSIONS record claiming 100,794,624 rows × 4,096 columns.
    let bytes = include_bytes!("fixtures/fuzz-biff-dimensions.xls");
    let e = detect::read(bytes, None, &src("crash3.xls"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("..100794624"), "{e}");
    // The fourth: a header claiming a 2 TB directory.
    let bytes = include_bytes!("fixtures/fuzz-cfb-directory-length.xls");
    let e = detect::read(bytes, None, &src("crash4.xls"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("the directory claims"), "{e}");
    // The fifth: a BOUNDSHEET offset into the middle of a record, where calamine
    // finds a DIMENSIONS record a linear scan never sees.
    let bytes = include_bytes!("fixtures/fuzz-biff-boundsheet-offset.xls");
    let e = detect::read(bytes, None, &src("crash5.xls"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("the sheet claims rows"), "{e}");
}

/// An .xlsx of 5 KB with values in A1 and XFD1048576: calamine 0.31 would allocate a
/// grid of 17 billion cells (550 GB) and abort the process. itx refuses it by name,
/// for every reader, before calamine sees it.
#[test]
fn an_xlsx_whose_values_span_the_whole_sheet_is_refused_not_fatal() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("EBOPS").unwrap();
    ws.write_string(0, 0, "EBOPS 2010").unwrap();
    ws.write_number(1_048_575, 16_383, 1.0).unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    assert!(bytes.len() < 10_000, "{} bytes", bytes.len());
    for format in [None, Some(Format::DtXls), Some(Format::BopSummary)] {
        let e = detect::read(&bytes, format, &src("huge.xlsx"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("huge.xlsx")
                && e.contains("xl/worksheets/sheet1.xml")
                && e.contains("rows 1 to 1048576 and columns A to XFD")
                && e.contains("at most 4,000,000 cells"),
            "{format:?}: {e}"
        );
    }
    // Formatting far away (a styled empty cell) is no value, and does not count.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("EBOPS").unwrap();
    ws.write_string(0, 0, "EBOPS 2010").unwrap();
    ws.write_blank(1_048_575, 16_383, &XFormat::new().set_bold())
        .unwrap();
    let e = detect::read(&wb.save_to_buffer().unwrap(), None, &src("styled.xlsx"))
        .unwrap_err()
        .to_string();
    assert!(!e.contains("at most"), "{e}");
}
