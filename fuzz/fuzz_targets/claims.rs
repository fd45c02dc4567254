//! The claim checker on arbitrary text, English, Urdu or neither, with and
//! without an article date: it must return a report (or a store error), never
//! panic, and every claim's offsets must lie on character boundaries of the
//! text, so the marked-up rendering cannot slice through a character.
#![no_main]

use std::sync::{LazyLock, Mutex};

use itx_claims::{CheckOptions, check, to_text, urdu_rewrite};
use itx_store::Store;
use libfuzzer_sys::fuzz_target;

static STORE: LazyLock<Mutex<Store>> = LazyLock::new(|| {
    let mut s = Store::open_in_memory().expect("in-memory store");
    s.ingest_all(&itx_ingest::bundle::parse_all().expect("embedded data parses").releases)
        .expect("embedded data loads");
    Mutex::new(s)
});

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(bytes);
    let opts = CheckOptions {
        // Dates from 2019 to 2027 when the selector's high bit is set.
        date: (sel & 0x80 != 0).then(|| {
            let y = 2019 + i16::from(sel & 0x07);
            let m = 1 + (sel >> 3 & 0x0f) % 12;
            itx_types::Date::new(y, m as i8, 15).expect("valid date")
        }),
        ..CheckOptions::default()
    };
    let store = STORE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let _ = urdu_rewrite(&text);
    if let Ok(report) = check(&text, &store, &opts) {
        for c in &report.claims {
            assert!(c.start <= c.end && c.end <= text.len());
            assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        }
        let _ = to_text(&text, &report);
    }
});
