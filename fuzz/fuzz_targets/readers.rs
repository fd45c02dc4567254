//! Every text reader (EasyData CSV/JSON, SDMX-CSV/JSON, generic CSV) and the
//! format detector on arbitrary bytes: each must return Ok or a clean Err, never
//! panic. The first byte picks the reader (or detection) and --allow-partial.
#![no_main]

use itx_ingest::Source;
use itx_ingest::detect::{self, Format};
use libfuzzer_sys::fuzz_target;

const TEXT: [Option<Format>; 7] = [
    None,
    Some(Format::EasydataCsv),
    Some(Format::EasydataJson),
    Some(Format::SdmxCsv),
    Some(Format::SdmxJson),
    Some(Format::Csv),
    None,
];

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else {
        return;
    };
    let src = Source {
        allow_partial: sel & 0x80 != 0,
        series: Some(itx_types::SeriesKey::new("pk.ebops.9.credit")),
        ..Source::named("fuzz")
    };
    let format = TEXT[usize::from(sel & 0x7f) % TEXT.len()];
    let _ = detect::read(bytes, format, &src);
});

