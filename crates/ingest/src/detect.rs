//! Which reader a file needs, decided from its content (never its name), and the
//! one entry point that reads any supported file.

use std::fmt;
use std::str::FromStr;

use calamine::{DataType, Reader};

use crate::{Error, Parsed, Source, bop, dtxls, easydata, generic, sdmx};

/// A file format itx reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SBP's EBOPS trade-in-services workbook (`dt.xls`, or `.xlsx`).
    DtXls,
    /// SBP's summary balance of payments (`Balancepayment_BPM6.xls`).
    BopSummary,
    /// EasyData CSV: the portal's long export or the API's `format=csv` answer.
    EasydataCsv,
    /// EasyData API JSON (`{"columns": [...], "rows": [...]}`).
    EasydataJson,
    /// SDMX-CSV 1.0 or 2.0.
    SdmxCsv,
    /// The Reserve Bank of India's DBIE SDMX-CSV of invisibles receipts.
    RbiCsv,
    /// SDMX-JSON data message.
    SdmxJson,
    /// `period,value[,series,unit,status]` CSV.
    Csv,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::DtXls,
        Format::BopSummary,
        Format::EasydataCsv,
        Format::EasydataJson,
        Format::SdmxCsv,
        Format::RbiCsv,
        Format::SdmxJson,
        Format::Csv,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Format::DtXls => "dt-xls",
            Format::BopSummary => "bop-summary",
            Format::EasydataCsv => "easydata-csv",
            Format::EasydataJson => "easydata-json",
            Format::SdmxCsv => "sdmx-csv",
            Format::RbiCsv => "rbi-csv",
            Format::SdmxJson => "sdmx-json",
            Format::Csv => "csv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!(
                    "unknown format {s:?}; one of: {}",
                    Format::ALL.map(Format::as_str).join(", ")
                )
            })
    }
}

use crate::OLE2;

/// Decides the format from the bytes.
///
/// # Errors
/// For an empty file, a web page (SBP sometimes serves an HTML page in place of
/// the workbook), an XML or PDF document, a workbook with neither an EBOPS nor a
/// BoP summary sheet, or text that matches no known header.
pub fn detect(bytes: &[u8], file: &str) -> Result<Format, Error> {
    let err = |message: String| Error::File {
        file: file.into(),
        message,
    };
    let body = strip_bom(bytes);
    let first = body.iter().position(|b| !b.is_ascii_whitespace());
    let Some(first) = first else {
        return Err(err("empty file".into()));
    };
    let text = &body[first..];
    if bytes.starts_with(OLE2) || bytes.starts_with(b"PK\x03\x04") {
        crate::check_workbook(bytes, file)?;
        return crate::guard(file, || workbook_format(bytes, file));
    }
    if easydata::looks_like_html(text) {
        return Err(err(
            "an HTML page, not data (SBP sometimes serves a web page in place of the file; download it again)".into(),
        ));
    }
    if text.starts_with(b"%PDF") {
        return Err(err(
            "a PDF; itx reads SBP's spreadsheets and CSV, not PDF tables".into(),
        ));
    }
    if text.starts_with(b"<") {
        return Err(err(
            "an XML document; itx reads SDMX-CSV and SDMX-JSON, not SDMX-ML (ask the API for format=csv or json)".into(),
        ));
    }
    if text.starts_with(b"{") || text.starts_with(b"[") {
        let v: serde_json::Value =
            serde_json::from_slice(text).map_err(|e| err(format!("malformed JSON: {e}")))?;
        if sdmx::looks_like_json(&v) {
            return Ok(Format::SdmxJson);
        }
        if v.get("rows").is_some() {
            return Ok(Format::EasydataJson);
        }
        return Err(err(
            "JSON, but neither an EasyData answer ({\"columns\", \"rows\"}) nor an SDMX-JSON data message".into(),
        ));
    }
    let header_line = text
        .split(|&b| b == b'\n')
        .next()
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .unwrap_or_default();
    if header_line.contains('\0') || text.iter().take(512).any(|&b| b == 0) {
        return Err(err("binary data that is not a workbook".into()));
    }
    if crate::rbi::looks_like(&header_line) {
        return Ok(Format::RbiCsv);
    }
    if sdmx::looks_like_csv(&header_line) {
        return Ok(Format::SdmxCsv);
    }
    let headers: Vec<String> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(header_line.as_bytes())
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default();
    let has = |n: &str| headers.iter().any(|h| h.trim().eq_ignore_ascii_case(n));
    if has("Series Key") && has("Observation Date") && has("Observation Value") {
        return Ok(Format::EasydataCsv);
    }
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    if generic::looks_like(&refs) {
        return Ok(Format::Csv);
    }
    let shown: String = header_line.chars().take(80).collect();
    Err(err(format!(
        "not a format itx reads (first line {shown:?}); expected SBP dt.xls or BoP summary workbooks, EasyData CSV/JSON, SDMX-CSV/JSON, or CSV with period and value columns"
    )))
}

fn workbook_format(bytes: &[u8], file: &str) -> Result<Format, Error> {
    let err = |message: String| Error::File {
        file: file.into(),
        message,
    };
    let mut wb =
        crate::open_workbook(bytes).map_err(|e| err(format!("cannot read as a workbook: {e}")))?;
    let names = wb.sheet_names();
    if names
        .iter()
        .any(|n| n.to_ascii_uppercase().contains("EBOPS"))
    {
        return Ok(Format::DtXls);
    }
    if names.iter().any(|n| bop::is_bop_sheet(n)) {
        return Ok(Format::BopSummary);
    }
    // Fall back on content: a sheet whose text mentions EBOPS.
    for n in &names {
        if let Ok(r) = wb.worksheet_range(n) {
            let mentions = r
                .cells()
                .take(400)
                .any(|(_, _, d)| d.get_string().is_some_and(|s| s.contains("EBOPS")));
            if mentions {
                return Ok(Format::DtXls);
            }
        }
    }
    Err(err(format!(
        "a workbook, but neither SBP's EBOPS table (dt.xls) nor the BoP summary (sheets: {})",
        names.join(", ")
    )))
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b)
}

/// Reads a file in the given format (or the detected one when `None`).
///
/// # Errors
/// As [`detect`] and the chosen reader.
pub fn read(bytes: &[u8], format: Option<Format>, src: &Source) -> Result<(Format, Parsed), Error> {
    // Excel's "Unicode text" and some exports are UTF-16 with a byte-order mark:
    // read as the same text in UTF-8.
    if let Some(utf8) = utf16_to_utf8(bytes, &src.file)? {
        return read(&utf8, format, src);
    }
    // A workbook that detection read has passed `check_workbook` already.
    let (format, vetted) = match format {
        Some(f) => (f, false),
        None => (detect(bytes, &src.file)?, true),
    };
    let text = strip_bom(bytes);
    let mut parsed = match format {
        Format::DtXls if vetted => dtxls::read_vetted(bytes, src)?,
        Format::DtXls => dtxls::read(bytes, src)?,
        Format::BopSummary if vetted => bop::read_vetted(bytes, src)?,
        Format::BopSummary => bop::read(bytes, src)?,
        Format::EasydataCsv => easydata::read_csv(text, src)?,
        Format::EasydataJson => easydata::read_api_json(text, src)?,
        Format::SdmxCsv => sdmx::read_csv(text, src)?,
        Format::RbiCsv => crate::rbi::read(text, src)?,
        Format::SdmxJson => sdmx::read_json(text, src)?,
        Format::Csv => generic::read(text, src)?,
    };
    if src.published.is_none() && matches!(format, Format::DtXls | Format::BopSummary) {
        if let Some(d) = crate::docprops::workbook_saved(bytes) {
            parsed.date_from_file(d);
        }
    }
    Ok((format, parsed))
}

/// The text of a UTF-16 file with a byte-order mark (little- or big-endian) as
/// UTF-8; `None` for anything else. Decoded here with the standard library's
/// `char::decode_utf16`: a dependency would add nothing for one encoding.
///
/// # Errors
/// An odd number of bytes, or an unpaired surrogate, named by byte offset.
fn utf16_to_utf8(bytes: &[u8], file: &str) -> Result<Option<Vec<u8>>, Error> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return Ok(None),
    };
    let body = &bytes[2..];
    let bad = |message: String| Error::File {
        file: file.to_string(),
        message,
    };
    if body.len() % 2 != 0 {
        return Err(bad(format!(
            "a UTF-16 text file (it starts with a byte-order mark) with an odd number of bytes ({}): it is cut short",
            bytes.len()
        )));
    }
    let units = body.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut out = String::with_capacity(body.len() / 2);
    let mut unit = 0usize;
    for ch in char::decode_utf16(units) {
        match ch {
            Ok(c) => {
                out.push(c);
                unit += c.len_utf16();
            }
            Err(_) => {
                return Err(bad(format!(
                    "a UTF-16 text file with a broken character (an unpaired surrogate) at byte {}",
                    2 + 2 * unit
                )));
            }
        }
    }
    Ok(Some(out.into_bytes()))
}
