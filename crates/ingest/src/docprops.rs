//! The date a file says it was made: a release's publication date when the
//! user gives none. SBP's workbooks are saved on the day they are posted (the
//! March 2026 `dt.xls`, posted 17 April, was last saved 2026-04-17 07:40 UTC), so
//! the last-saved time of the workbook is the best date the file itself holds.
//!
//! - `.xls`: the `\x05SummaryInformation` property set of the OLE compound file
//!   (`PIDSI_LASTSAVE_DTM`), read with the `cfb` crate; the property set itself
//!   is a dozen bytes of layout ([MS-OLEPS] 2.21), parsed here as no maintained
//!   crate reads it.
//! - `.xlsx`: `dcterms:modified` in `docProps/core.xml`.
//! - SDMX-JSON: `meta.prepared`.
//!
//! Times are turned into dates in Pakistan Standard Time (UTC+5), SBP's clock.
//!
//! [MS-OLEPS]: https://learn.microsoft.com/openspecs/windows_protocols/ms-oleps

use std::io::{Cursor, Read};

use itx_types::Date;
use jiff::Timestamp;

/// A date read from a file, and where in the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct FileDate {
    pub date: Date,
    /// The time as the file states it (UTC).
    pub at: Timestamp,
    /// What the date is, for a reader: "the workbook's last-saved time".
    pub basis: &'static str,
}

impl std::fmt::Display for FileDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}: {})",
            self.date,
            self.basis,
            self.at.strftime("%Y-%m-%d %H:%M UTC")
        )
    }
}

/// Pakistan Standard Time, UTC+5 all year (no daylight saving since 2009).
fn pakistan_date(at: Timestamp) -> Date {
    at.to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(5)))
        .date()
}

fn file_date(at: Timestamp, basis: &'static str) -> Option<FileDate> {
    // Office writes zero or 1601 for "never"; nothing SBP published predates 1990.
    (at.as_second() > 631_152_000).then(|| FileDate {
        date: pakistan_date(at),
        at,
        basis,
    })
}

/// The last-saved time of an `.xls` or `.xlsx` workbook, if it records one.
/// A damaged file has none: a panic in the container readers (`cfb`, `zip`) is
/// caught, as the workbook readers' are, so no input can crash itx here.
pub fn workbook_saved(bytes: &[u8]) -> Option<FileDate> {
    std::panic::catch_unwind(|| {
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            xls_saved(bytes)
        } else if bytes.starts_with(b"PK") {
            xlsx_modified(bytes)
        } else {
            None
        }
    })
    .ok()
    .flatten()
}

/// The largest property stream read: real ones are a few hundred bytes.
const MAX_PROPERTIES: u64 = 1 << 16;

fn xls_saved(bytes: &[u8]) -> Option<FileDate> {
    let mut cf = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let stream = cf.open_stream("/\u{5}SummaryInformation").ok()?;
    let mut buf = Vec::new();
    stream.take(MAX_PROPERTIES).read_to_end(&mut buf).ok()?;
    let filetime = property_filetime(&buf, PIDSI_LASTSAVE_DTM)?;
    file_date(
        filetime_to_timestamp(filetime)?,
        "the workbook's last-saved time",
    )
}

/// `PIDSI_LASTSAVE_DTM` of the SummaryInformation property set.
const PIDSI_LASTSAVE_DTM: u32 = 13;
/// `VT_FILETIME`.
const VT_FILETIME: u32 = 0x40;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(s.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    let s = b.get(at..at.checked_add(8)?)?;
    Some(u64::from_le_bytes(s.try_into().ok()?))
}

/// A `VT_FILETIME` property of the first section of a property-set stream:
/// header (byte order 0xFFFE, version, system id, CLSID, section count), then
/// (FMTID, offset) per section; a section is (size, count, (id, offset)×count),
/// offsets from the section's start; a value is (type, padding, 8 bytes).
fn property_filetime(b: &[u8], id: u32) -> Option<u64> {
    if b.get(0..2)? != [0xFE, 0xFF] || u32_at(b, 24)? == 0 {
        return None;
    }
    let section = usize::try_from(u32_at(b, 44)?).ok()?;
    let count = usize::try_from(u32_at(b, section.checked_add(4)?)?).ok()?;
    for i in 0..count.min(1024) {
        let entry = section.checked_add(8)?.checked_add(i.checked_mul(8)?)?;
        if u32_at(b, entry)? != id {
            continue;
        }
        let value = section.checked_add(usize::try_from(u32_at(b, entry + 4)?).ok()?)?;
        if u32_at(b, value)? & 0xFFFF != VT_FILETIME {
            return None;
        }
        return u64_at(b, value.checked_add(4)?);
    }
    None
}

/// 100-nanosecond intervals since 1601-01-01 UTC.
fn filetime_to_timestamp(ft: u64) -> Option<Timestamp> {
    const UNIX_EPOCH_IN_FILETIME_SECONDS: i64 = 11_644_473_600;
    let secs = i64::try_from(ft / 10_000_000).ok()? - UNIX_EPOCH_IN_FILETIME_SECONDS;
    Timestamp::from_second(secs).ok()
}

fn xlsx_modified(bytes: &[u8]) -> Option<FileDate> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let entry = zip.by_name("docProps/core.xml").ok()?;
    let mut xml = String::new();
    entry.take(MAX_PROPERTIES).read_to_string(&mut xml).ok()?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut inside = false;
    loop {
        match reader.read_event().ok()? {
            quick_xml::events::Event::Start(e) => {
                inside = e.local_name().as_ref() == b"modified";
            }
            quick_xml::events::Event::Text(t) if inside => {
                let text = t.decode().ok()?;
                let at: Timestamp = text.trim().parse().ok()?;
                return file_date(at, "the workbook's last-modified time");
            }
            quick_xml::events::Event::End(_) => inside = false,
            quick_xml::events::Event::Eof => return None,
            _ => {}
        }
    }
}

/// `meta.prepared` of an SDMX-JSON message.
pub fn sdmx_prepared(message: &serde_json::Value) -> Option<FileDate> {
    let text = message.get("meta")?.get("prepared")?.as_str()?;
    let at: Timestamp = text.trim().parse().ok()?;
    file_date(at, "the SDMX message's prepared time")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sbp(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/../../data/sbp/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    /// The expected times are what Python's `olefile` reads from the same files
    /// (`OleFileIO(f).get_metadata().last_saved_time`).
    #[test]
    fn the_sbp_workbooks_say_when_they_were_saved() {
        for (file, saved, date) in [
            (
                "Balancepayment_BPM6.xls",
                "2026-04-15 15:25 UTC",
                "2026-04-15",
            ),
            (
                "dt_2026-03-17_Feb26.xls",
                "2026-03-17 09:12 UTC",
                "2026-03-17",
            ),
            (
                "dt_2026-04-17_Mar26.xls",
                "2026-04-17 07:40 UTC",
                "2026-04-17",
            ),
        ] {
            let d = workbook_saved(&sbp(file)).unwrap();
            assert_eq!(
                d.at.strftime("%Y-%m-%d %H:%M UTC").to_string(),
                saved,
                "{file}"
            );
            assert_eq!(d.date.to_string(), date, "{file}");
        }
    }

    #[test]
    fn a_late_evening_save_is_the_next_day_in_karachi() {
        let at: Timestamp = "2026-04-15T20:30:00Z".parse().unwrap();
        assert_eq!(pakistan_date(at).to_string(), "2026-04-16");
    }

    #[test]
    fn files_without_a_date_have_none() {
        assert_eq!(workbook_saved(b"period,value\n2025-07,354\n"), None);
        assert_eq!(workbook_saved(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]), None);
        assert_eq!(property_filetime(&[0xFE, 0xFF, 0, 0], 13), None);
        let mut bad = vec![0u8; 64];
        bad[0] = 0xFE;
        bad[1] = 0xFF;
        bad[24] = 1;
        bad[44..48].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(property_filetime(&bad, 13), None);
    }

    #[test]
    fn an_xlsx_says_when_it_was_modified() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let props = rust_xlsxwriter::DocProperties::new().set_creation_datetime(
            &rust_xlsxwriter::ExcelDateTime::parse_from_str("2026-05-18T06:00:00").unwrap(),
        );
        wb.set_properties(&props);
        wb.add_worksheet().write(0, 0, 1).unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        let d = workbook_saved(&bytes).unwrap();
        assert_eq!(d.date.to_string(), "2026-05-18");
    }

    #[test]
    fn an_sdmx_message_says_when_it_was_prepared() {
        let v: serde_json::Value =
            serde_json::from_str(r#"{"meta": {"prepared": "2026-08-18T19:05:00Z"}}"#).unwrap();
        assert_eq!(sdmx_prepared(&v).unwrap().date.to_string(), "2026-08-19");
        assert_eq!(sdmx_prepared(&serde_json::json!({"meta": {}})), None);
    }
}
