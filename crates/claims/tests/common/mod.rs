//! Shared by the behaviour tests: a store loaded once with the embedded SBP data,
//! and an assertion on every claim a text yields.

#![allow(dead_code)]

use itx_claims::{Cause, CheckOptions, Report, Verdict, check, to_text};
use std::sync::{LazyLock, Mutex};

use itx_store::Store;

static STORE: LazyLock<Mutex<Store>> = LazyLock::new(|| {
    let mut s = Store::open_in_memory().expect("in-memory store");
    s.ingest_all(&itx_ingest::bundle::parse_all().unwrap().releases)
        .unwrap();
    Mutex::new(s)
});

/// Checks `text` against the embedded data.
pub fn run(text: &str, opts: &CheckOptions) -> Report {
    let store = STORE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    check(text, &store, opts).expect("check runs")
}

/// One expected claim: its words, kind label, period (`-` for none), verdict, cause.
pub type Want = (
    &'static str,
    &'static str,
    &'static str,
    Verdict,
    Option<Cause>,
);

/// Asserts that `text` yields exactly the `want`ed claims, in order.
pub fn expect(text: &str, opts: &CheckOptions, want: &[Want]) -> Report {
    let report = run(text, opts);
    let got: Vec<(String, String, String, Verdict, Option<Cause>)> = report
        .claims
        .iter()
        .map(|c| {
            (
                c.text.clone(),
                c.kind.label(),
                c.period.clone().unwrap_or_else(|| "-".into()),
                c.verdict,
                c.cause,
            )
        })
        .collect();
    let want: Vec<(String, String, String, Verdict, Option<Cause>)> = want
        .iter()
        .map(|(t, k, p, v, c)| (t.to_string(), k.to_string(), p.to_string(), *v, *c))
        .collect();
    assert_eq!(got, want, "\n{}", to_text(text, &report));
    report
}

/// The claim with these words (the first, or the `n`th when repeated).
pub fn claim<'a>(report: &'a Report, text: &str, n: usize) -> &'a itx_claims::Claim {
    report
        .claims
        .iter()
        .filter(|c| c.text == text)
        .nth(n)
        .unwrap_or_else(|| panic!("no claim {text:?} (#{n})"))
}

/// Asserts a number to a tolerance.
pub fn near(got: Option<f64>, want: f64, tol: f64) {
    let g = got.expect("a number");
    assert!((g - want).abs() <= tol, "got {g}, want {want} ± {tol}");
}

/// The series key a claim was read against.
pub fn series(c: &itx_claims::Claim) -> Option<&str> {
    c.series.as_ref().map(|k| k.as_str())
}

/// Options for an article published on `date` (YYYY-MM-DD).
pub fn on(date: &str) -> CheckOptions {
    CheckOptions {
        date: Some(date.parse().expect("date")),
        ..CheckOptions::default()
    }
}
