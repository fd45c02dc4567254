//! SDMX-CSV 1.0 and 2.0: read whole, or streamed to a [`Sink`].

use super::*;

/// SDMX-CSV 2.0 names a non-comma delimiter in its first header field
/// (`STRUCTURE[;]`); otherwise the delimiter is a comma.
pub(super) fn delimiter(head: &[u8]) -> u8 {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let head = head.strip_prefix(b"\"").unwrap_or(head);
    match (head.get(..10), head.get(10), head.get(11)) {
        (Some(s), Some(&d), Some(b']')) if s.eq_ignore_ascii_case(b"STRUCTURE[") && d != b'"' => d,
        _ => b',',
    }
}

/// A failed read of the file itself (a disk error) is said as one, not as
/// malformed CSV.
fn read_err(file: &str, e: &::csv::Error) -> Error {
    if e.is_io_error() {
        file_err(file, format!("cannot read: {e}"))
    } else {
        csv_err(file, e)
    }
}

fn csv_err(file: &str, e: &::csv::Error) -> Error {
    match e.position() {
        Some(p) => Error::Line {
            file: file.to_string(),
            line: p.line(),
            message: format!("malformed CSV: {e}"),
        },
        None => file_err(file, format!("malformed CSV: {e}")),
    }
}

/// Reads an SDMX-CSV 1.0 (`DATAFLOW,…`) or 2.0 (`STRUCTURE,STRUCTURE_ID,ACTION,…`)
/// file into one release.
///
/// # Errors
/// When the file is empty or not SDMX-CSV, a required column is missing, no row is
/// of a mapped series, a (series, period) appears twice, or (without
/// `allow_partial`) a row has a bad unit, period, frequency, value or UNIT_MULT.
pub fn read_csv(bytes: &[u8], src: &Source) -> Result<Parsed, Error> {
    let out = Vec::with_capacity(bytes.len() / 48);
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (b, rows) = read_csv_into(body, true, body, src, out)?;
    b.finish(bytes, src, rows)
}

/// The rows of an SDMX-CSV file into `out`; the builder and the number of rows.
/// `head` is the start of `body` (after any byte-order mark), for the delimiter;
/// `whole` says it is all of it, so that a blank file can be named as empty.
fn read_csv_into<'a, O: Out, R: std::io::Read>(
    head: &[u8],
    whole: bool,
    body: R,
    src: &'a Source,
    out: O,
) -> Result<(Builder<'a, O>, usize), Error> {
    let file = src.file.as_str();
    if whole && head.iter().all(u8::is_ascii_whitespace) {
        return Err(file_err(file, "empty file (expected an SDMX-CSV header)"));
    }
    // Headers are read as a record: an unquoted `STRUCTURE[;]` holds the delimiter
    // itself and so splits into `STRUCTURE[` and `]`, which are joined back here.
    let mut rdr = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(head))
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut headers = ::csv::StringRecord::new();
    if !rdr
        .read_record(&mut headers)
        .map_err(|e| read_err(file, &e))?
    {
        return Err(file_err(file, "empty file (expected an SDMX-CSV header)"));
    }
    let mut names: Vec<&str> = headers.iter().map(column_name).collect();
    let split_first = headers.get(0).is_some_and(|h| h.trim().ends_with('['))
        && headers.get(1).is_some_and(|h| h.trim() == "]");
    if split_first {
        names.remove(1);
    }
    let first = names.first().copied().unwrap_or("");
    let v2 = first.eq_ignore_ascii_case("STRUCTURE");
    if !v2 && !first.eq_ignore_ascii_case("DATAFLOW") {
        let shown: String = first.chars().take(40).collect();
        return Err(file_err(
            file,
            format!(
                "not SDMX-CSV: first column is {shown:?}, expected DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.0)"
            ),
        ));
    }
    let find = |role: Role| {
        COMPONENTS
            .iter()
            .filter(|(_, r)| *r == role)
            .find_map(|(n, _)| names.iter().position(|h| h.eq_ignore_ascii_case(n)))
    };
    let need = |role: Role| {
        find(role).ok_or_else(|| {
            let name = COMPONENTS
                .iter()
                .find(|(_, r)| *r == role)
                .map_or("?", |(n, _)| n);
            Error::Line {
                file: file.to_string(),
                line: 1,
                message: format!("missing column {name}"),
            }
        })
    };
    let c_country = need(Role::Country)?;
    let c_entry = need(Role::Entry)?;
    let c_indicator = need(Role::Indicator)?;
    let c_unit = need(Role::Unit)?;
    let c_time = need(Role::Time)?;
    let c_value = need(Role::Value)?;
    let c_freq = find(Role::Freq);
    let c_mult = find(Role::Mult);
    let c_status = find(Role::Status);
    let c_flow = if v2 {
        names
            .iter()
            .position(|h| h.eq_ignore_ascii_case("STRUCTURE_ID"))
    } else {
        Some(0)
    };
    let c_action = names.iter().position(|h| h.eq_ignore_ascii_case("ACTION"));

    let mut b = Builder::new(file, src.allow_partial, out);
    if c_mult.is_none() {
        let scale = names.iter().any(|h| h.eq_ignore_ascii_case("SCALE"));
        let why = if scale {
            "no UNIT_MULT column (SCALE is a display attribute and is not applied)"
        } else {
            "no UNIT_MULT column"
        };
        b.warn_mult_assumed(format!("{file} line 1"), why);
    }
    let mut flow_warned = false;
    let mut delete_warned = false;
    let mut rows = 0usize;
    let mut rec = ::csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(read_err(file, &e)),
        }
        rows += 1;
        let line = rec.position().map_or(0, |p| p.line());
        let at = At::Line(line);
        if rec.len() != names.len() {
            return Err(b.err(
                at,
                format!(
                    "malformed CSV: {} fields where the header has {}",
                    rec.len(),
                    names.len()
                ),
            ));
        }
        let field = |i: usize| rec.get(i).unwrap_or("");
        if let Some(c) = c_action {
            let action = code(field(c));
            if action.eq_ignore_ascii_case("D") || action.eq_ignore_ascii_case("Delete") {
                if !delete_warned {
                    delete_warned = true;
                    b.warn(
                        b.location(at),
                        "rows with ACTION D (delete) carry no figure and are skipped",
                    );
                }
                continue;
            }
        }
        if let Some(c) = c_flow {
            let df = field(c).trim();
            if b.dataflow.is_empty() {
                df.clone_into(&mut b.dataflow);
            } else if df != b.dataflow && !flow_warned {
                flow_warned = true;
                let message = format!("rows of dataflow {df:?} read as part of {:?}", b.dataflow);
                b.warn(b.location(at), message);
            }
        }
        let row = Row {
            country: field(c_country),
            entry: field(c_entry),
            indicator: field(c_indicator),
            unit: field(c_unit),
            freq: c_freq.map(field),
            time: field(c_time),
            value: Some(field(c_value)),
            mult: c_mult.map(field),
            status: c_status.map(field),
        };
        b.add(at, &row)?;
    }
    Ok((b, rows))
}

/// Where [`stream_csv`] sends a file's figures as it reads them.
pub trait Sink {
    /// Series `info` is about to get its first figure; `dataflow` names the
    /// file's dataflow (known from the first figure on).
    ///
    /// # Errors
    /// Whatever stops the read (the sink's consumer has gone).
    fn series(&mut self, info: &SeriesInfo, dataflow: &str) -> Result<(), Error>;
    /// One figure.
    ///
    /// # Errors
    /// As [`Sink::series`].
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), Error>;
}

/// A [`Sink`] as a builder's output.
struct Streaming<S>(S);

impl<S: Sink> Out for Streaming<S> {
    fn series(&mut self, info: &SeriesInfo, dataflow: &str) -> Result<(), Error> {
        self.0.series(info, dataflow)
    }
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), Error> {
        self.0.push(o)
    }
    fn location_of(&self, _: usize) -> Option<&str> {
        None
    }
}

/// Reads an SDMX-CSV file as [`read_csv`] does, but hands each figure to `sink`
/// as it is read instead of keeping them: a file of millions of rows is never
/// held in memory. Returns the sink and what the read found; the release is
/// [`header`]`(src, &found.dataflow, content_hash(bytes))` with `found.series`.
///
/// # Errors
/// As [`read_csv`] (every check runs; a sink has had figures of a file that
/// then failed, and must discard them), or the sink's own error.
pub fn stream_csv<S: Sink>(bytes: &[u8], src: &Source, sink: S) -> Result<(S, Found), Error> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (mut b, rows) = read_csv_into(body, true, body, src, Streaming(sink))?;
    let found = b.end(rows)?;
    Ok((b.out.0, found))
}

/// How much of a file [`stream_csv_from`] looks at before reading it: enough for
/// the header and the delimiter.
const HEAD: u64 = 64 * 1024;

/// [`stream_csv`] from a reader (a file of any size): the file is never held
/// in memory, only the rows being read.
///
/// # Errors
/// As [`stream_csv`]; a failed read of `reader` names the file.
pub fn stream_csv_from<R: std::io::Read, S: Sink>(
    mut reader: R,
    src: &Source,
    sink: S,
) -> Result<(S, Found), Error> {
    use std::io::Read as _;
    let mut head = Vec::with_capacity(HEAD as usize);
    (&mut reader)
        .take(HEAD)
        .read_to_end(&mut head)
        .map_err(|e| file_err(&src.file, format!("cannot read: {e}")))?;
    let whole = (head.len() as u64) < HEAD;
    let start = if head.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let body = std::io::Cursor::new(&head[start..]).chain(reader);
    let (mut b, rows) = read_csv_into(&head[start..], whole, body, src, Streaming(sink))?;
    let found = b.end(rows)?;
    Ok((b.out.0, found))
}
