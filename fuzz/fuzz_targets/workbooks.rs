//! The workbook readers (dt.xls, BoP summary), workbook detection and the
//! workbook's own date (`docprops`) on arbitrary bytes. Panics inside calamine are caught by itx (`guard`) and reported as a
//! damaged workbook. libFuzzer's panic hook would abort on them before the catch,
//! so this target counts them and swaps in a silent hook: a panic that escapes
//! itx still unwinds into libFuzzer's C frames and aborts, which is the crash
//! this target is looking for.
#![no_main]

use itx_ingest::Source;
use itx_ingest::detect::{self, Format};
use libfuzzer_sys::fuzz_target;

static QUIET: std::sync::Once = std::sync::Once::new();

fuzz_target!(|data: &[u8]| {
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
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
    // The release date a workbook carries (OLE property set, docProps/core.xml).
    let _ = itx_ingest::docprops::workbook_saved(bytes);
});
