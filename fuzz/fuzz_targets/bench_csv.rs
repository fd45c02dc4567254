//! The forecast benchmark's readers (`itx bench forecast --data FILE`): the long-CSV
//! reader and the gzip-wrapped one, on arbitrary bytes, must return Ok or a clean Err,
//! never panic. An Ok set's series have training values, all finite; the benchmark
//! then scores the naive forecast on them (whatever their horizons and seasons) without
//! panicking.
#![no_main]

use itx_forecast::{ModelKind, bench};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for series in [bench::load_long_csv(data).ok(), bench::load_gz(data, "fuzz").ok()]
        .into_iter()
        .flatten()
    {
        for s in &series {
            assert!(!s.train.is_empty(), "series {} without train rows", s.id);
            assert!(s.train.iter().chain(&s.test).all(|v| v.is_finite()));
        }
        let season = bench::inferred_season(&series).unwrap_or(1);
        let _ = bench::run(&series, season, &[ModelKind::Naive]);
    }
});
