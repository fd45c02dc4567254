//! Checks an `.xlsx` workbook before calamine reads it.
//!
//! calamine 0.31 sizes a sheet's cell grid from the bounding box of the cells that
//! hold a value (`Range::from_sparse`): a 1.5 KB file with values in A1 and XFD1048576
//! asks for 17 billion cells (550 GB), and the allocation failure aborts the process,
//! which no `catch_unwind` can stop. A deflated part can also expand without bound (a
//! zip bomb), and calamine keeps every shared string in memory. So before calamine
//! sees the file, this walks every part of the zip with the same rules calamine uses
//! to place cells (quick-xml events; `<row r>` and `<c r>` attributes, or the running
//! row and column where they are missing; only `<c>` elements that hold a value
//! count) and refuses a part that expands past [`MAX_PART_BYTES`] or a sheet whose grid
//! would exceed [`MAX_CELLS`]. Written here because no crate validates what calamine
//! will allocate; it uses calamine's own zip and XML crates.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

/// The most bytes one part of the workbook may expand to.
pub(crate) const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;
/// The most cells a sheet's grid (its value cells' bounding box) may span.
pub(crate) const MAX_CELLS: u64 = 4_000_000;
/// The most parts a workbook may have.
const MAX_PARTS: usize = 10_000;

/// Why an `.xlsx` file is refused, or `None` when calamine may read it.
pub(crate) fn problem(bytes: &[u8]) -> Option<String> {
    problem_within(bytes, MAX_PART_BYTES, MAX_CELLS)
}

fn problem_within(bytes: &[u8], max_part: u64, max_cells: u64) -> Option<String> {
    let mut zip = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return Some(format!("not a readable zip archive ({e})")),
    };
    if zip.len() > MAX_PARTS {
        return Some(format!(
            "{} parts in the archive; itx reads workbooks of at most {MAX_PARTS}",
            zip.len()
        ));
    }
    if zip.index_for_name("xl/workbook.xml").is_none() {
        return Some(
            "a zip archive but not an Excel .xlsx workbook (no xl/workbook.xml); save it as .xls or .xlsx"
                .into(),
        );
    }
    let mut buf = Vec::new();
    for i in 0..zip.len() {
        let mut part = match zip.by_index(i) {
            Ok(p) => p,
            Err(e) => return Some(format!("part {i} of the archive cannot be read ({e})")),
        };
        if part.is_dir() {
            continue;
        }
        let name = part.name().to_string();
        buf.clear();
        match (&mut part).take(max_part + 1).read_to_end(&mut buf) {
            Ok(n) if n as u64 > max_part => {
                return Some(format!(
                    "{name} expands to more than {} bytes; itx reads workbook parts of at most that",
                    grouped(max_part)
                ));
            }
            Ok(_) => {}
            Err(e) => return Some(format!("{name} cannot be decompressed ({e})")),
        }
        if let Some(why) = grid_problem(&buf, max_cells) {
            return Some(format!("{name}: {why}"));
        }
    }
    None
}

/// The bounding box of a worksheet part's value cells, placed as calamine places them.
fn grid_problem(xml: &[u8], max_cells: u64) -> Option<String> {
    if !xml.windows(9).any(|w| w == b"sheetData") {
        return None;
    }
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut row, mut col) = (0u64, 0u64);
    let mut bounds: Option<(u64, u64, u64, u64)> = None;
    // The cell being read: its position, and whether a value element was seen.
    let mut open_cell: Option<((u64, u64), bool)> = None;
    loop {
        buf.clear();
        let event = match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(ref e) if e.local_name().as_ref() == b"row" => {
                if let Some(r) = attr(e, b"r").and_then(|v| cell_ref(&v).map(|p| p.0)) {
                    row = r;
                }
            }
            Event::End(ref e) if e.local_name().as_ref() == b"row" => {
                row = row.saturating_add(1);
                col = 0;
            }
            Event::Start(ref e) if e.local_name().as_ref() == b"c" => {
                let pos = match attr(e, b"r").and_then(|v| cell_ref(&v)) {
                    Some((r, c)) => {
                        col = c;
                        (r, c)
                    }
                    None => (row, col),
                };
                open_cell = Some((pos, false));
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(e.local_name().as_ref(), b"v" | b"is" | b"f") =>
            {
                if let Some((_, seen)) = open_cell.as_mut() {
                    *seen = true;
                }
            }
            Event::End(ref e) if e.local_name().as_ref() == b"c" => {
                if let Some(((r, c), true)) = open_cell.take() {
                    bounds = Some(match bounds {
                        None => (r, r, c, c),
                        Some((r0, r1, c0, c1)) => (r0.min(r), r1.max(r), c0.min(c), c1.max(c)),
                    });
                }
                col = col.saturating_add(1);
            }
            _ => {}
        }
    }
    let (r0, r1, c0, c1) = bounds?;
    let cells = (r1 - r0 + 1).saturating_mul(c1 - c0 + 1);
    (cells > max_cells).then(|| {
        format!(
            "the sheet's values span rows {} to {} and columns {} to {} ({} cells); itx reads sheets of at most {} cells",
            r0 + 1,
            r1 + 1,
            column_name(c0),
            column_name(c1),
            grouped(cells),
            grouped(max_cells),
        )
    })
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<Vec<u8>> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// A cell or row reference (`B12`, `12`) as a zero-based (row, column).
fn cell_ref(v: &[u8]) -> Option<(u64, u64)> {
    let letters = v.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let (col_part, row_part) = v.split_at(letters);
    if row_part.is_empty() || !row_part.iter().all(u8::is_ascii_digit) || row_part.len() > 12 {
        return None;
    }
    let row: u64 = std::str::from_utf8(row_part).ok()?.parse().ok()?;
    let col = col_part
        .iter()
        .take(8)
        .fold(0u64, |acc, b| acc * 26 + u64::from(b - b'A' + 1));
    Some((row.saturating_sub(1), col.saturating_sub(1)))
}

fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn column_name(mut c: u64) -> String {
    let mut s = Vec::new();
    c += 1;
    while c > 0 {
        let r = ((c - 1) % 26) as u8;
        s.push(b'A' + r);
        c = (c - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(cell_ref(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_ref(b"12"), Some((11, 0)));
        assert_eq!(cell_ref(b"A"), None);
        assert_eq!(column_name(16_383), "XFD");
        assert_eq!(column_name(26), "AA");
    }

    #[test]
    fn grid_of_value_cells_only() {
        let far_styled = br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"></c><c r="XFD1048575" s="1"/></row></sheetData></worksheet>"#;
        assert_eq!(grid_problem(far_styled, MAX_CELLS), None);
        let far_value = br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>"#;
        let why = grid_problem(far_value, MAX_CELLS).expect("refused");
        assert!(
            why.contains("rows 1 to 1048576 and columns A to XFD"),
            "{why}"
        );
        // Without r attributes, positions run on as calamine runs them.
        let running = br#"<x:worksheet><x:sheetData><x:row r="4000000"><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row r="1"><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>"#;
        assert!(grid_problem(running, MAX_CELLS).is_some());
    }

    /// A deflated part that expands past the limit is refused by name, without
    /// expanding further (the limit is lowered here to keep the test small; the real
    /// one is 256 MiB).
    #[test]
    fn a_part_that_expands_too_far_is_refused() {
        use std::io::Write;
        let mut out = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut out);
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            z.start_file("xl/workbook.xml", opts).unwrap();
            z.write_all(b"<workbook/>").unwrap();
            z.start_file("xl/sharedStrings.xml", opts).unwrap();
            z.write_all(&vec![b' '; 1 << 20]).unwrap();
            z.finish().unwrap();
        }
        let bytes = out.into_inner();
        assert!(bytes.len() < 10_000, "{} bytes", bytes.len());
        let why = problem_within(&bytes, 64 * 1024, MAX_CELLS).expect("refused");
        assert!(
            why.starts_with("xl/sharedStrings.xml expands to more than 65,536 bytes"),
            "{why}"
        );
        assert_eq!(problem_within(&bytes, 2 << 20, MAX_CELLS), None);
    }

    #[test]
    fn other_zip_archives_are_refused() {
        use std::io::Write;
        let mut out = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut out);
            z.start_file("content.xml", zip::write::SimpleFileOptions::default())
                .unwrap();
            z.write_all(b"<office:document-content/>").unwrap();
            z.finish().unwrap();
        }
        let why = problem(&out.into_inner()).expect("refused");
        assert!(why.contains("not an Excel .xlsx workbook"), "{why}");
    }
}
