//! The briefs pinned as snapshots (crates/cli/tests/snapshots/), on the embedded
//! data: a record month (July 2025: $354m, above December 2024's $348m), a falling
//! month (January 2026: down 14.5% on December 2025's $437m) and a fiscal-year end
//! (June 2026: FY2025-26 closes at $4.598bn by the monthly figures, short of the
//! $5bn target). A change of wording or of a figure shows up as a snapshot diff.

use std::process::Command;

fn brief(month: &str, format: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_itx"))
        .args(["brief", "--month", month, "--format", format])
        .env("ITX_STORE", dir.path().join("itx.sqlite"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn record_month_july_2025() {
    let md = brief("2025-07", "md");
    assert!(md.contains("an all-time monthly high"));
    insta::assert_snapshot!("brief_2025_07_md", md);
}

#[test]
fn falling_month_january_2026() {
    let text = brief("2026-01", "text");
    assert!(text.contains("down 14.5% on December 2025's $437 million"));
    insta::assert_snapshot!("brief_2026_01_text", text);
}

#[test]
fn fiscal_year_end_june_2026() {
    let text = brief("2026-06", "text");
    assert!(text.contains("In FY2025-26 as a whole"));
    assert!(text.contains("missed the $5 billion target"));
    insta::assert_snapshot!("brief_2026_06_text", text);
}
