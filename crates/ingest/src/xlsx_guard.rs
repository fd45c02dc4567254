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
//! count; see [`grid_problem`]) and refuses a part that expands past
//! [`MAX_PART_BYTES`], parts that together expand past [`MAX_TOTAL_BYTES`], or a sheet
//! whose grid would exceed [`MAX_CELLS`]. Written here because no crate validates what
//! calamine will allocate; it uses calamine's own zip and XML crates.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

/// The most bytes one part of the workbook may expand to (64 MiB of empty shared
/// strings already become some 13 million strings in calamine).
pub(crate) const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// The most bytes all parts together may expand to (zip entries may overlap, so the
/// parts' count alone does not bound the work).
pub(crate) const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
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
    let mut total = 0u64;
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
            Ok(n) => {
                total += n as u64;
                if total > MAX_TOTAL_BYTES {
                    return Some(format!(
                        "the workbook's parts expand to more than {} bytes; itx reads workbooks of at most that",
                        grouped(MAX_TOTAL_BYTES)
                    ));
                }
            }
            Err(e) => return Some(format!("{name} cannot be decompressed ({e})")),
        }
        if let Some(why) = grid_problem(&buf, max_cells) {
            return Some(format!("{name}: {why}"));
        }
    }
    None
}

/// The bounding box of a worksheet part's value cells, placed exactly as calamine
/// 0.31 places them (`XlsxCellReader::new` and `next_cell`, read with calamine's XML
/// settings): events before `<sheetData>` and after `</sheetData>` are ignored; a
/// `<row r>` sets the row and `</row>` moves to the next; a `<c r>` sets the column,
/// and every `</c>` moves to the next; a cell holds a value when its last child is
/// `<v>` or `<is>` (a later `<f>` empties it), and the children's contents are skipped
/// as calamine skips them. References are decoded with calamine's own u32 arithmetic,
/// wrapping included. Whatever calamine would refuse (malformed XML, a bad reference,
/// an unexpected child of `<c>`) is refused here too, so a file passes only when
/// calamine would read the same cells.
fn grid_problem(xml: &[u8], max_cells: u64) -> Option<String> {
    let (r0, r1, c0, c1) = match grid_bounds(xml) {
        Ok(b) => b?,
        Err(why) => return Some(why),
    };
    let cells = u64::from(r1 - r0 + 1).saturating_mul(u64::from(c1 - c0) + 1);
    (cells > max_cells).then(|| {
        format!(
            "the sheet's values span rows {} to {} and columns {} to {} ({} cells); itx reads sheets of at most {} cells",
            u64::from(r0) + 1,
            u64::from(r1) + 1,
            crate::col_letters(c0),
            crate::col_letters(c1),
            grouped(cells),
            grouped(max_cells),
        )
    })
}

/// The bounding box `(first row, last row, first column, last column)`, from 0,
/// of a worksheet part's value cells as [`grid_problem`] describes; `None` for a
/// sheet without values; `Err` for what calamine would refuse.
fn grid_bounds(xml: &[u8]) -> Result<Option<(u32, u32, u32, u32)>, String> {
    if !xml.windows(9).any(|w| w == b"sheetData") {
        return Ok(None);
    }
    let mut reader = Reader::from_reader(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    let malformed = |reader: &Reader<&[u8]>, what: &str| {
        Err(format!(
            "{what} at byte {} of the sheet's XML",
            reader.buffer_position()
        ))
    };
    // Up to <sheetData>.
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(ref e)) if e.local_name().as_ref() == b"sheetData" => break,
            Ok(Event::Eof) => return Ok(None),
            Err(_) => return malformed(&reader, "malformed XML"),
            Ok(_) => {}
        }
    }
    let (mut row, mut col) = (0u32, 0u32);
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    loop {
        buf.clear();
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(_) => return malformed(&reader, "malformed XML"),
        };
        match event {
            Event::Start(ref e) if e.local_name().as_ref() == b"row" => {
                if let Some(r) = attr(e, b"r") {
                    match reference(&r) {
                        Some((r, _)) => row = r,
                        None => return malformed(&reader, "an unreadable row number"),
                    }
                }
            }
            Event::End(ref e) if e.local_name().as_ref() == b"row" => {
                row = row.wrapping_add(1);
                col = 0;
            }
            Event::Start(ref e) if e.local_name().as_ref() == b"c" => {
                let pos = match attr(e, b"r") {
                    Some(r) => match reference(&r) {
                        Some((r, Some(c))) => {
                            col = c;
                            (r, c)
                        }
                        _ => return malformed(&reader, "an unreadable cell reference"),
                    },
                    None => (row, col),
                };
                let mut has_value = false;
                let mut inner = Vec::new();
                loop {
                    inner.clear();
                    match reader.read_event_into(&mut inner) {
                        Ok(Event::Start(ref child)) => {
                            let name = child.name().as_ref().to_vec();
                            match child.local_name().as_ref() {
                                b"v" | b"is" => {
                                    has_value = true;
                                    // calamine reads to the first end tag of that name.
                                    let mut skip = Vec::new();
                                    loop {
                                        skip.clear();
                                        match reader.read_event_into(&mut skip) {
                                            Ok(Event::End(ref end))
                                                if end.name().as_ref() == name =>
                                            {
                                                break;
                                            }
                                            Ok(Event::Eof) | Err(_) => {
                                                return malformed(&reader, "malformed XML");
                                            }
                                            Ok(_) => {}
                                        }
                                    }
                                }
                                b"f" => {
                                    has_value = false;
                                    let mut skip = Vec::new();
                                    if reader
                                        .read_to_end_into(quick_xml::name::QName(&name), &mut skip)
                                        .is_err()
                                    {
                                        return malformed(&reader, "malformed XML");
                                    }
                                }
                                _ => return malformed(&reader, "an unexpected element in a cell"),
                            }
                        }
                        Ok(Event::End(ref end)) if end.local_name().as_ref() == b"c" => break,
                        Ok(Event::Eof) | Err(_) => return malformed(&reader, "malformed XML"),
                        Ok(_) => {}
                    }
                }
                col = col.wrapping_add(1);
                if has_value {
                    let (r, c) = pos;
                    bounds = Some(match bounds {
                        None => (r, r, c, c),
                        Some((r0, r1, c0, c1)) => (r0.min(r), r1.max(r), c0.min(c), c1.max(c)),
                    });
                }
            }
            Event::End(ref e) if e.local_name().as_ref() == b"sheetData" => break,
            Event::Eof => return malformed(&reader, "the sheet's XML ends inside <sheetData>"),
            _ => {}
        }
    }
    Ok(bounds)
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<Vec<u8>> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// A cell or row reference (`B12`, `12`) as calamine 0.31 decodes it
/// (`get_row_and_optional_column`): zero-based row and optional column, in u32
/// arithmetic that wraps as calamine's does in a release build (where it would panic
/// instead, itx's `guard` catches the panic). `None` where calamine returns an error.
fn reference(range: &[u8]) -> Option<(u32, Option<u32>)> {
    let (mut row, mut col) = (0u32, 0u32);
    let mut pow = 1u32;
    let mut readrow = true;
    for &c in range.iter().rev() {
        match c {
            b'0'..=b'9' => {
                if !readrow {
                    return None;
                }
                row = row.wrapping_add(u32::from(c - b'0').wrapping_mul(pow));
                pow = pow.wrapping_mul(10);
            }
            b'A'..=b'Z' | b'a'..=b'z' => {
                if readrow {
                    if row == 0 {
                        return None;
                    }
                    pow = 1;
                    readrow = false;
                }
                let base = if c.is_ascii_uppercase() { b'A' } else { b'a' };
                col = col.wrapping_add((u32::from(c - base) + 1).wrapping_mul(pow));
                pow = pow.wrapping_mul(26);
            }
            _ => return None,
        }
    }
    let row = row.checked_sub(1)?;
    Some((row, col.checked_sub(1)))
}

fn grouped(n: u64) -> String {
    // Counts here stay below 2^53, so the f64 is exact.
    itx_types::grouped(n as f64, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(reference(b"A1"), Some((0, Some(0))));
        assert_eq!(reference(b"XFD1048576"), Some((1_048_575, Some(16_383))));
        assert_eq!(reference(b"xfd1048576"), Some((1_048_575, Some(16_383))));
        assert_eq!(reference(b"12"), Some((11, None)));
        assert_eq!(reference(b"A"), None);
        assert_eq!(reference(b"A0"), None);
        assert_eq!(reference(b"1A"), None);
        // Leading zeros and long rows wrap as calamine's u32 arithmetic does.
        assert_eq!(reference(b"A0000001048576"), Some((1_048_575, Some(0))));
        assert_eq!(crate::col_letters(16_383), "XFD");
        assert_eq!(crate::col_letters(26), "AA");
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

    /// Ways to place a far cell that a looser reading would miss (found in review):
    /// each must be refused, because calamine 0.31 would read the far cell.
    #[test]
    fn far_cells_are_found_however_they_are_written() {
        let sheets: [&[u8]; 6] = [
            // A mismatched end tag (calamine does not check end names).
            br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></rowx><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>"#,
            // A self-closing row moves calamine's running row.
            br#"<worksheet><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row><row r="1048575"/><row><c><v>2</v></c></row></sheetData></worksheet>"#,
            // Lower-case references.
            br#"<worksheet><sheetData><row r="1"><c r="a1"><v>1</v></c><c r="xfd1048576"><v>2</v></c></row></sheetData></worksheet>"#,
            // A row element inside a formula is skipped by calamine.
            br#"<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c><c><f><row r="1"></row></f><v>2</v></c></row><row r="1"><c r="A1"><v>3</v></c></row></sheetData></worksheet>"#,
            // Rows before <sheetData> do not count for calamine.
            br#"<worksheet><row r="1048576"></row><sheetData><row><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>"#,
            // Namespaced tags.
            br#"<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="1048576"><x:c r="XFD1048576"><x:is><x:t>z</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#,
        ];
        for (i, xml) in sheets.iter().enumerate() {
            let why = grid_problem(xml, MAX_CELLS).unwrap_or_default();
            assert!(
                why.contains("itx reads sheets of at most"),
                "case {i}: {why:?}"
            );
        }
        // A value emptied by a later formula does not count (calamine keeps the last).
        let emptied = br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>2</v><f>A1</f></c></row></sheetData></worksheet>"#;
        assert_eq!(grid_problem(emptied, MAX_CELLS), None);
        // Whatever calamine cannot read is refused too.
        let odd_child =
            br#"<worksheet><sheetData><row><c r="A1"><x>1</x></c></row></sheetData></worksheet>"#;
        assert!(
            grid_problem(odd_child, MAX_CELLS)
                .unwrap()
                .contains("unexpected element")
        );
        let truncated = br#"<worksheet><sheetData><row><c r="A1"><v>1</v>"#;
        assert!(grid_problem(truncated, MAX_CELLS).is_some());
    }

    /// A deflated part that expands past the limit is refused by name, without
    /// expanding further (the limit is lowered here to keep the test small; the real
    /// one is 64 MiB).
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

    /// A one-sheet `.xlsx` holding `sheet` as its worksheet part.
    fn workbook_with(sheet: &[u8]) -> Vec<u8> {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let parts: [(&str, &[u8]); 4] = [
            ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
            ("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", sheet),
        ];
        for (name, bytes) in parts {
            zip.start_file(name, opts).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    /// The guard's whole premise, checked against the calamine this build links:
    /// for each layout, the bounding box the guard computes is the one calamine
    /// allocates. A calamine bump that places cells differently fails here (the
    /// versions are pinned with `=` in Cargo.toml; update both together).
    #[test]
    fn the_guard_measures_what_calamine_allocates() {
        use calamine::{Reader as _, Xlsx};
        let sheets: [&[u8]; 7] = [
            br#"<worksheet><sheetData><row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="7"><c r="C7"><v>3</v></c></row></sheetData></worksheet>"#,
            // Running positions (no r attributes).
            br#"<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row></sheetData></worksheet>"#,
            // Styled cells without values do not count; a self-closing row moves on.
            br#"<worksheet><sheetData><row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c></row><row r="5"/><row><c r="E9" s="2"></c><c><v>2</v></c></row></sheetData></worksheet>"#,
            // Lower-case references, inline strings, namespaces.
            br#"<x:worksheet><x:sheetData><x:row r="3"><x:c r="c3"><x:is><x:t>z</x:t></x:is></x:c></x:row><x:row r="12"><x:c r="k12"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>"#,
            // A value emptied by a later formula.
            br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="Z40"><v>2</v><f>A1</f></c></row></sheetData></worksheet>"#,
            // Rows out of order.
            br#"<worksheet><sheetData><row r="30"><c r="AA30"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData></worksheet>"#,
            // No values at all.
            br#"<worksheet><sheetData><row r="1"><c r="A1" s="1"/></row></sheetData></worksheet>"#,
        ];
        for (i, sheet) in sheets.iter().enumerate() {
            let ours = grid_bounds(sheet).unwrap_or_else(|e| panic!("case {i}: {e}"));
            let mut wb = Xlsx::new(Cursor::new(workbook_with(sheet))).unwrap();
            let range = wb.worksheet_range_at(0).unwrap().unwrap();
            let theirs = match (range.start(), range.end()) {
                (Some((r0, c0)), Some((r1, c1))) => Some((r0, r1, c0, c1)),
                _ => None,
            };
            assert_eq!(ours, theirs, "case {i}");
        }
    }
}
