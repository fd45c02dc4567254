//! The SBP data-calendar reader (`itx_ingest::calendar`) on arbitrary bytes: the
//! page's HTML stripper, entity decoder, label matcher and English/Urdu date reader
//! must return Ok or a clean Err, never panic; an Ok page has an announcement, and
//! the services look-up runs on every period it names.
#![no_main]

use itx_ingest::calendar;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = calendar::looks_like(data);
    if let Ok(cal) = calendar::read(data, "fuzz") {
        assert!(
            !cal.announcements.is_empty(),
            "an Ok calendar without announcements"
        );
        for a in &cal.announcements {
            if let Some(period) = a.period {
                let _ = calendar::services_release(&cal, period);
            }
        }
    }
});
