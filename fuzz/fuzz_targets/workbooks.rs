//! The workbook readers (dt.xls, BoP summary) and workbook detection on arbitrary
//! bytes. Panics inside calamine are caught by itx (`guard`) and reported as a
//! damaged workbook, but libFuzzer's panic hook aborts first, so a crash here that
//! points into calamine is a finding about calamine, not a reachable itx panic.
#![no_main]

use itx_ingest::Source;
use itx_ingest::detect::{self, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else {
        return;
    };
    let format = match sel % 3 {
        0 => None,
        1 => Some(Format::DtXls),
        _ => Some(Format::BopSummary),
    };
    let src = Source {
        allow_partial: sel & 0x80 != 0,
        ..Source::named("fuzz.xls")
    };
    let _ = detect::read(bytes, format, &src);
});
