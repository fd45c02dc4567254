//! Every text reader (EasyData CSV/JSON, SDMX-CSV/JSON, RBI's DBIE CSV, generic CSV) and the
//! format detector on arbitrary bytes: each must return Ok or a clean Err, never
//! panic. The first byte picks the reader (or detection) and --allow-partial.
//! SDMX-CSV is also streamed from a reader handing over 7 bytes at a time (the
//! path of `itx ingest` for a large file), and must find what reading whole finds.
#![no_main]

use itx_ingest::Source;
use itx_ingest::detect::{self, Format};
use libfuzzer_sys::fuzz_target;

const TEXT: [Option<Format>; 8] = [
    None,
    Some(Format::EasydataCsv),
    Some(Format::EasydataJson),
    Some(Format::SdmxCsv),
    Some(Format::SdmxJson),
    Some(Format::Csv),
    Some(Format::RbiCsv),
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
    let whole = detect::read(bytes, format, &src);
    // UTF-16 text is decoded by `detect::read` only: streamed files are UTF-8
    // (`itx_app::ingest::streamable` sends UTF-16 files the whole way).
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if format == Some(Format::SdmxCsv) && !utf16 {
        let streamed = itx_ingest::sdmx::stream_csv_from(Dribble(bytes), &src, Count(0));
        if let (Ok((_, p)), Ok((n, found))) = (&whole, &streamed) {
            let figures: usize = p.releases.iter().map(|r| r.observations.len()).sum();
            assert_eq!((figures, figures), (n.0, found.figures));
        }
        assert_eq!(whole.is_ok(), streamed.is_ok());
    }
});

/// Hands over a few bytes at a time.
struct Dribble<'a>(&'a [u8]);

impl std::io::Read for Dribble<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.len().min(buf.len()).min(7);
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

/// Counts the figures streamed.
struct Count(usize);

impl itx_ingest::sdmx::Sink for Count {
    fn series(&mut self, _: &itx_types::SeriesInfo, _: &str) -> Result<(), itx_ingest::Error> {
        Ok(())
    }
    fn push(&mut self, _: &itx_types::ObservationRef<'_>) -> Result<(), itx_ingest::Error> {
        self.0 += 1;
        Ok(())
    }
}

