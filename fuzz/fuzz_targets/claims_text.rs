//! The claim checker's readers of outside text on arbitrary bytes, without a
//! store: sentences, amounts, percentages, record phrases, periods, series
//! names, the dateline and the Urdu rewrite (whose offsets must map back onto
//! character boundaries of the text). Fast enough for millions of runs; the
//! `claims` target runs the whole check, store included, more slowly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    assert!(
        itx_claims::read_text(&text).is_some(),
        "a rewrite offset off a character boundary"
    );
});
