//! The briefs pinned as snapshots (crates/cli/tests/snapshots/), on the embedded
//! data: a record month (July 2025: $354m, above December 2024's $348m), a falling
//! month (January 2026: down 14.5% on December 2025's $437m) and a fiscal-year end
//! (June 2026: FY2025-26 closes at $4.598bn by the monthly figures, short of the
//! $5bn target). A change of wording or of a figure shows up as a snapshot diff.

use std::process::Command;

fn brief(month: &str, format: &str) -> String {
    run(&["brief", "--month", month, "--format", format])
}

fn run(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_itx"))
        .args(args)
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

/// FY2025-26 review: SBP's headline $4.60bn (4,600; monthly sum 4,598.49) against
/// FY2024-25's $3.814bn, and the $5bn target missed by $400m.
#[test]
fn fiscal_year_review_fy2025_26() {
    let md = run(&[
        "brief",
        "--kind",
        "fy",
        "--fy",
        "FY2025-26",
        "--format",
        "md",
    ]);
    assert!(md.contains("up 20.6% on the $3.814 billion of FY2024-25"));
    assert!(md.contains("missed by $400 million"));
    insta::assert_snapshot!("review_fy2025_26_md", md);
}

#[test]
fn series_profile_ict() {
    let md = run(&["brief", "--kind", "profile", "--format", "md"]);
    assert!(md.contains("runs from July 2005 to July 2026: 253 months"));
    insta::assert_snapshot!("profile_ict_md", md);
}
