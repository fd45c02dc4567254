//! Readers for official releases and press figures, and the embedded default data.
//!
//! Each reader turns the bytes of one published file into [`itx_types::NewRelease`]s
//! plus [`Warning`]s that name where they arose; a hard error loads nothing. The
//! store write is one transaction per release, done by the caller.
//!
//! ```
//! let data = itx_ingest::bundle::FILES;
//! assert!(data.iter().any(|f| f.name == "dt_2026-04-17_Mar26.xls"));
//! ```

pub mod bop;
pub mod bundle;
pub mod calendar;
pub mod dashboard;
pub mod detect;
pub mod docprops;
pub mod dtxls;
pub mod easydata;
pub mod fetch;
pub mod generic;
pub mod peers_press;
pub mod press;
pub mod rbi;
pub mod sdmx;
mod sheet;
mod xlsx_guard;

use std::fmt;

use itx_types::NewRelease;
use sha2::{Digest, Sha256};

/// Something worth telling the user that did not stop the load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// File and sheet/cell or line.
    pub location: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.location, self.message)
        }
    }
}

impl Warning {
    /// A skipped cell or row, described by the error that would have stopped the load.
    pub fn skipped(err: &Error) -> Warning {
        Warning {
            location: String::new(),
            message: err.to_string(),
        }
    }
}

/// What a reader produced from one file.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub releases: Vec<NewRelease>,
    pub warnings: Vec<Warning>,
    /// Cells or rows left out under `--allow-partial` (always empty otherwise:
    /// without it, the first bad cell is an error and nothing loads).
    pub skipped: Vec<Warning>,
    /// The publication date the reader took from the file itself (when the
    /// caller gave none), and where in the file it was.
    pub dated: Option<docprops::FileDate>,
}

impl Parsed {
    /// Dates the releases that have no date with `d`, the file's own date, and
    /// records where it came from.
    pub fn date_from_file(&mut self, d: docprops::FileDate) {
        for r in self.releases.iter_mut().filter(|r| r.published.is_none()) {
            r.published = Some(d.date);
        }
        self.dated = Some(d);
    }

    /// Dates the releases still without a date `today`: true when there was one.
    pub fn date_undated(&mut self, today: itx_types::Date) -> bool {
        let mut any = false;
        for r in self.releases.iter_mut().filter(|r| r.published.is_none()) {
            r.published = Some(today);
            any = true;
        }
        any
    }
}

/// What the caller knows about a file that the file may not say.
#[derive(Debug, Clone, Default)]
pub struct Source {
    /// The file name shown in provenance and error messages.
    pub file: String,
    /// Publication date of the release (used when the file carries none).
    pub published: Option<itx_types::Date>,
    /// Where the file was published (a reader's default is used when `None`).
    pub url: Option<String>,
    /// Skip bad cells/rows (listing each in [`Parsed::skipped`]) instead of failing.
    pub allow_partial: bool,
    /// The series of a generic CSV file that has no `series` column.
    pub series: Option<itx_types::SeriesKey>,
}

impl Source {
    /// A source with just a file name.
    pub fn named(file: impl Into<String>) -> Source {
        Source {
            file: file.into(),
            ..Source::default()
        }
    }
}

/// Applies the `--allow-partial` policy: a bad cell either stops the read or is
/// recorded as skipped.
#[derive(Debug, Default)]
pub(crate) struct Skips {
    allow: bool,
    pub(crate) skipped: Vec<Warning>,
}

impl Skips {
    pub(crate) fn new(allow: bool) -> Skips {
        Skips {
            allow,
            skipped: Vec::new(),
        }
    }
    /// `Ok(())` (and the cell is skipped) under `--allow-partial`, else the error.
    pub(crate) fn skip(&mut self, err: Error) -> Result<(), Error> {
        if self.allow {
            self.skipped.push(Warning::skipped(&err));
            Ok(())
        } else {
            Err(err)
        }
    }
}

/// Errors from reading a file. Every variant names the file and the place in it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}: cannot read as a workbook: {message}")]
    Workbook { file: String, message: String },
    #[error("{file}: no sheet named like {wanted:?} (sheets: {sheets})")]
    NoSheet {
        file: String,
        wanted: String,
        sheets: String,
    },
    #[error("{file}: sheet {sheet:?}: {message}")]
    Layout {
        file: String,
        sheet: String,
        message: String,
    },
    #[error("{file}: sheet {sheet:?} cell {cell}: {message}")]
    Cell {
        file: String,
        sheet: String,
        cell: String,
        message: String,
    },
    #[error("{file}: line {line}: {message}")]
    Line {
        file: String,
        line: u64,
        message: String,
    },
    #[error("{file}: {message}")]
    File { file: String, message: String },
    /// A download that failed; `transient` when trying again later may work
    /// (network, HTTP 429 or 5xx, a web page in place of data).
    #[error("{file}: {message}")]
    Fetch {
        file: String,
        message: String,
        transient: bool,
    },
}

impl Error {
    /// True for a failed download that may succeed if tried again later.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Error::Fetch {
                transient: true,
                ..
            }
        )
    }
}

/// Runs a workbook reader, turning a panic inside the spreadsheet library into an
/// error naming the file. calamine 0.31 can panic on damaged files (a truncated
/// dt.xls panics in its CFB reader: slice index out of range); no input may crash itx.
pub(crate) fn guard<T>(file: &str, f: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let why = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("unknown failure");
        Err(Error::Workbook {
            file: file.into(),
            message: format!("the workbook is damaged or truncated ({why})"),
        })
    })
}

/// The OLE2 compound-file signature of legacy `.xls` workbooks.
pub(crate) const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// The zip signature of `.xlsx` workbooks.
pub(crate) const ZIP: &[u8] = b"PK\x03\x04";

/// Opens a workbook that [`check_workbook`] has passed: `.xls` and `.xlsx` only, each
/// with its own reader (calamine's automatic choice would also try the `.xlsb` and
/// OpenDocument readers, which the guard does not vet).
pub(crate) fn open_workbook(
    bytes: &[u8],
) -> Result<calamine::Sheets<std::io::Cursor<&[u8]>>, calamine::Error> {
    use calamine::Reader as _;
    let cursor = std::io::Cursor::new(bytes);
    if bytes.starts_with(ZIP) {
        calamine::Xlsx::new(cursor)
            .map(calamine::Sheets::Xlsx)
            .map_err(calamine::Error::Xlsx)
    } else {
        calamine::Xls::new(cursor)
            .map(calamine::Sheets::Xls)
            .map_err(calamine::Error::Xls)
    }
}

/// Validates a legacy `.xls` container before calamine reads it.
///
/// calamine 0.31 trusts the sector numbers in the file: a damaged or crafted one
/// makes it grow a buffer to the sector's offset (terabytes), and the allocation
/// failure aborts the process, which no `catch_unwind` can stop (found by the
/// `workbooks` fuzz target). This walks the same structures calamine walks (the
/// DIFAT, the FAT, the directory chain, the mini stream, and the chain of every
/// directory entry, reachable or not, since calamine looks streams up by name in
/// all of them) and refuses any sector number past the end of the file or any
/// chain that loops. The `cfb` crate validates only what its own tree reaches, so
/// it cannot stand in here.
///
/// An `.xlsx` (zip) workbook is checked by [`xlsx_guard`] for the same reason.
pub(crate) fn check_workbook(bytes: &[u8], file: &str) -> Result<(), Error> {
    if bytes.starts_with(ZIP) {
        return xlsx_guard::problem(bytes).map_or(Ok(()), |why| {
            Err(Error::Workbook {
                file: file.into(),
                message: why,
            })
        });
    }
    let problem = if bytes.starts_with(OLE2) {
        cfb_problem(bytes)
    } else {
        None
    };
    problem.map_or(Ok(()), |why| {
        Err(Error::Workbook {
            file: file.into(),
            message: format!("the workbook is damaged or truncated ({why})"),
        })
    })
}

fn cfb_problem(b: &[u8]) -> Option<String> {
    const END: u32 = 0xFFFF_FFFE;
    const RESERVED: u32 = 0xFFFF_FFFA;
    const DIFSECT: u32 = 0xFFFF_FFFC;
    let u16_at = |o: usize| Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?));
    let u32_at = |o: usize| Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?));
    if b.len() < 512 {
        return Some("shorter than a compound-file header".into());
    }
    let shift = u16_at(0x1E)?;
    let size: usize = match shift {
        9 => 512,
        12 => 4096,
        other => return Some(format!("sector shift {other}")),
    };
    let body = b.len().saturating_sub(512);
    let n_sectors = body.div_ceil(size);
    let sector = |id: u32| -> Option<&[u8]> {
        let start = 512 + id as usize * size;
        b.get(start..(start + size).min(b.len()))
    };
    let words = |s: &[u8]| -> Vec<u32> {
        s.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    };
    // DIFAT: 109 entries in the header, then a chain of DIFAT sectors.
    let mut difat: Vec<u32> = (0..109).filter_map(|i| u32_at(0x4C + 4 * i)).collect();
    let mut id = u32_at(0x44)?;
    let mut steps = 0;
    while id < RESERVED {
        steps += 1;
        if id as usize >= n_sectors || steps > n_sectors {
            return Some(format!("DIFAT sector {id} past the end or looping"));
        }
        let mut w = words(sector(id)?);
        let next = w.pop()?;
        difat.extend(w);
        id = next;
    }
    let mut fats = Vec::new();
    for id in difat.into_iter().filter(|id| *id < DIFSECT) {
        if id as usize >= n_sectors {
            return Some(format!("FAT sector {id} past the end"));
        }
        fats.extend(words(sector(id)?));
    }
    // A chain of sectors (or mini sectors): every id in range, no loop.
    let walk = |start: u32, table: &[u32], limit: usize, what: &str| -> Result<Vec<u32>, String> {
        let mut ids = Vec::new();
        let mut id = start;
        while id != END {
            if id as usize >= limit || id as usize >= table.len() || ids.len() > limit {
                return Err(format!("{what}: sector {id} past the end or looping"));
            }
            ids.push(id);
            id = table[id as usize];
        }
        Ok(ids)
    };
    let dir_ids = match walk(u32_at(0x30)?, &fats, n_sectors, "directory") {
        Ok(v) => v,
        Err(e) => return Some(e),
    };
    let mut dirs = Vec::new();
    let mut names = Vec::new();
    for id in dir_ids {
        for e in sector(id)?.chunks_exact(128) {
            let start = u32::from_le_bytes([e[0x74], e[0x75], e[0x76], e[0x77]]);
            let len = u32::from_le_bytes([e[0x78], e[0x79], e[0x7A], e[0x7B]]) as usize;
            dirs.push((start, len));
            let name_len = (usize::from(u16::from_le_bytes([e[0x40], e[0x41]])) / 2).min(32);
            let units: Vec<u16> = e[..name_len * 2]
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .take_while(|u| *u != 0)
                .collect();
            names.push(String::from_utf16_lossy(&units));
        }
    }
    let &(root_start, root_len) = dirs.first()?;
    let mini_fat_len = u32_at(0x40)?;
    // calamine sizes buffers from these counts before reading anything.
    let dir_len = u32_at(0x28)? as usize;
    for (what, bytes_claimed) in [
        ("directory", dir_len.saturating_mul(size)),
        ("mini FAT", (mini_fat_len as usize).saturating_mul(size)),
        ("mini stream", root_len),
    ] {
        if bytes_claimed > b.len() {
            return Some(format!(
                "the {what} claims {bytes_claimed} bytes in a {}-byte file",
                b.len()
            ));
        }
    }
    let (mini_fats, mini_sectors) = if mini_fat_len > 0 {
        if let Err(e) = walk(root_start, &fats, n_sectors, "mini stream") {
            return Some(e);
        }
        let mf = match walk(u32_at(0x3C)?, &fats, n_sectors, "mini FAT") {
            Ok(v) => v,
            Err(e) => return Some(e),
        };
        let table: Vec<u32> = mf
            .iter()
            .filter_map(|id| sector(*id))
            .flat_map(words)
            .collect();
        (table, root_len.div_ceil(64))
    } else {
        (Vec::new(), 0)
    };
    for (i, &(start, len)) in dirs.iter().enumerate().skip(1) {
        if len > b.len() {
            return Some(format!(
                "directory entry {i} claims {len} bytes in a {}-byte file",
                b.len()
            ));
        }
        let r = if len < 4096 {
            if len == 0 {
                continue;
            }
            walk(start, &mini_fats, mini_sectors, "mini stream chain")
        } else {
            walk(start, &fats, n_sectors, "stream chain")
        };
        let ids = match r {
            Ok(ids) => ids,
            Err(e) => return Some(format!("directory entry {i}: {e}")),
        };
        // The BIFF workbook stream itself: cell positions beyond Excel 97's sheet
        // (65,536 rows × 256 columns) make calamine allocate a grid of billions of
        // cells, another abort. Large streams only (the real ones are ~1 MB).
        if len >= 4096 && matches!(names.get(i).map(String::as_str), Some("Workbook" | "Book")) {
            let mut stream = Vec::with_capacity(len);
            for id in ids {
                stream.extend_from_slice(sector(id)?);
            }
            stream.truncate(len);
            if let Some(why) = biff_problem(&stream) {
                return Some(why);
            }
        }
    }
    None
}

/// Cell or DIMENSIONS records outside an Excel 97 sheet. calamine reads each
/// sheet from the offset its BOUNDSHEET record gives, which may fall anywhere, so
/// the records are scanned from the start and from every such offset.
fn biff_problem(s: &[u8]) -> Option<String> {
    let mut starts = vec![0usize];
    let mut at = 0usize;
    while at + 4 <= s.len() {
        let kind = u16::from_le_bytes([s[at], s[at + 1]]);
        let len = usize::from(u16::from_le_bytes([s[at + 2], s[at + 3]]));
        if kind == 0x0085 && len >= 4 && at + 8 <= s.len() {
            starts.push(u32::from_le_bytes([s[at + 4], s[at + 5], s[at + 6], s[at + 7]]) as usize);
        }
        at += 4 + len;
    }
    starts
        .into_iter()
        .filter(|p| *p < s.len())
        .find_map(|p| biff_records_problem(s, p))
}

fn biff_records_problem(s: &[u8], from: usize) -> Option<String> {
    let mut at = from;
    while at + 4 <= s.len() {
        let kind = u16::from_le_bytes([s[at], s[at + 1]]);
        let len = usize::from(u16::from_le_bytes([s[at + 2], s[at + 3]]));
        let data = s.get(at + 4..(at + 4 + len).min(s.len()))?;
        // NUMBER, LABELSST, RK, BLANK, LABEL, BOOLERR, FORMULA: row u16, col u16.
        let single = matches!(
            kind,
            0x0203 | 0x00FD | 0x027E | 0x0201 | 0x0204 | 0x0205 | 0x0006
        );
        // MULRK, MULBLANK: row, first col, ..., last col (last u16 of the record).
        let multi = matches!(kind, 0x00BD | 0x00BE);
        // DIMENSIONS: calamine reserves rows × columns cells from it.
        if kind == 0x0200 {
            let (first, rows, cols) = match data.len() {
                14 => (
                    u32::from_le_bytes([data[0], data[1], data[2], data[3]]),
                    u32::from_le_bytes([data[4], data[5], data[6], data[7]]),
                    u32::from(u16::from_le_bytes([data[10], data[11]])),
                ),
                10 => (
                    u32::from(u16::from_le_bytes([data[0], data[1]])),
                    u32::from(u16::from_le_bytes([data[2], data[3]])),
                    u32::from(u16::from_le_bytes([data[6], data[7]])),
                ),
                _ => (0, 0, 0),
            };
            // A first row past the last wraps calamine's row count around.
            if rows > 65_536 || cols > 256 || (rows >= 1 && first > rows - 1) {
                return Some(format!(
                    "the sheet claims rows {first}..{rows} × {cols} columns (Excel 97 sheets have 65,536 × 256)"
                ));
            }
        }
        if (single || multi) && data.len() >= 4 {
            let col = u16::from_le_bytes([data[2], data[3]]);
            let last = if multi && data.len() >= 6 {
                u16::from_le_bytes([data[data.len() - 2], data[data.len() - 1]])
            } else {
                col
            };
            if col > 255 || last > 255 || last < col {
                return Some(format!(
                    "a cell record at byte {at} of the workbook stream has column {} (Excel 97 sheets have 256)",
                    col.max(last)
                ));
            }
        }
        at += 4 + len;
    }
    None
}

/// `sha256:<hex>` of some bytes: the identity of a published file's content.
pub fn content_hash(bytes: &[u8]) -> String {
    hex_hash(&Sha256::digest(bytes))
}

/// [`content_hash`] of bytes given in pieces.
#[derive(Default)]
pub struct Hasher(Sha256);

impl Hasher {
    /// The next piece.
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    /// The hash of all the pieces, as [`content_hash`] gives it.
    pub fn finish(self) -> String {
        hex_hash(&self.0.finalize())
    }
}

fn hex_hash(digest: &[u8]) -> String {
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Excel column letters for a 0-based column index (0 → A, 27 → AB).
pub fn col_letters(mut col: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A1-style name of a 0-based (row, col) cell.
pub fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", col_letters(col), row + 1)
}

/// Formats a number exactly as stored (shortest text that reads back to the same f64).
pub fn exact(v: f64) -> String {
    format!("{v}")
}

/// Parses a release date given as `YYYY-MM-DD`, or `YYYY-MM` (taken as the last day
/// of that month: the latest day the figure can have become public). Empty → `None`.
///
/// # Errors
/// When the text is neither form.
pub fn parse_loose_date(s: &str) -> Result<Option<itx_types::Date>, itx_types::Error> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.len() == 7 {
        let m: itx_types::YearMonth = t.parse()?;
        return Ok(Some(m.last_day()));
    }
    itx_types::parse_date(t).map(Some)
}

/// A CSV file whose columns are found by name, with errors that name file and line.
pub(crate) struct Csv<'a> {
    file: &'a str,
    headers: csv::StringRecord,
    rdr: csv::Reader<&'a [u8]>,
}

impl<'a> Csv<'a> {
    pub(crate) fn open(bytes: &'a [u8], file: &'a str) -> Result<Self, Error> {
        // Rows end at "\n" (a "\r" before it is trimmed with the field): with
        // the default CR-or-LF terminator the csv crate counts the "\n" of a
        // "\r\n" only when it reads the next row, so in a Windows-saved file
        // (the press CSVs) every row came out one line early and provenance
        // pointed at the row above.
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(bytes);
        let mut headers = csv::StringRecord::new();
        rdr.read_record(&mut headers).map_err(|e| Error::File {
            file: file.into(),
            message: format!("not a CSV file: {e}"),
        })?;
        Ok(Csv { file, headers, rdr })
    }

    /// The index of column `name` (case and surrounding spaces ignored).
    pub(crate) fn col(&self, name: &str) -> Result<usize, Error> {
        self.headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
            .ok_or_else(|| Error::Line {
                file: self.file.into(),
                line: 1,
                message: format!("missing column {name:?}"),
            })
    }

    pub(crate) fn headers(&self) -> &csv::StringRecord {
        &self.headers
    }

    pub(crate) fn rows(&mut self) -> impl Iterator<Item = Result<CsvRow<'a>, Error>> + '_ {
        let file = self.file;
        std::iter::from_fn(move || {
            let mut rec = csv::StringRecord::new();
            match self.rdr.read_record(&mut rec) {
                Ok(false) => None,
                Ok(true) => Some(Ok(CsvRow {
                    file,
                    line: rec.position().map_or(0, |p| p.line()),
                    rec,
                })),
                Err(e) => Some(Err(Error::File {
                    file: file.into(),
                    message: format!("malformed CSV: {e}"),
                })),
            }
        })
    }
}

/// One record of a [`Csv`].
pub(crate) struct CsvRow<'a> {
    pub(crate) file: &'a str,
    pub(crate) line: u64,
    rec: csv::StringRecord,
}

impl CsvRow<'_> {
    /// Field `i`, trimmed ("" when absent).
    pub(crate) fn get(&self, i: usize) -> &str {
        self.rec.get(i).unwrap_or("").trim()
    }
    pub(crate) fn err(&self, message: impl Into<String>) -> Error {
        Error::Line {
            file: self.file.into(),
            line: self.line,
            message: message.into(),
        }
    }
    /// Field `i` as a finite number, with its text as printed.
    pub(crate) fn number(&self, i: usize, what: &str) -> Result<(f64, String), Error> {
        let raw = self.get(i);
        raw.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(|v| (v, raw.to_string()))
            .ok_or_else(|| self.err(format!("{what} {raw:?} is not a number")))
    }
    /// Every field, as text.
    pub(crate) fn fields(&self) -> Vec<String> {
        self.rec.iter().map(str::to_string).collect()
    }
    /// Where this row is, for provenance.
    pub(crate) fn location(&self) -> String {
        format!("{} line {}", self.file, self.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(58, 8), "I59");
        assert_eq!(col_letters(0), "A");
        assert_eq!(col_letters(25), "Z");
        assert_eq!(col_letters(26), "AA");
        assert_eq!(col_letters(27), "AB");
    }

    #[test]
    fn loose_dates() {
        assert_eq!(
            parse_loose_date("2017-10").unwrap().unwrap().to_string(),
            "2017-10-31"
        );
        assert_eq!(parse_loose_date("").unwrap(), None);
        assert!(parse_loose_date("Oct 2017").is_err());
    }
}
