//! `itx status` on the embedded data: the newest month is July 2026, released
//! 18 August 2026, so from late September 2026 on August 2026 is overdue, and
//! the expected dates say how they were estimated.

use std::process::Command;

#[test]
fn status_names_the_overdue_months_and_the_basis_of_the_expected_dates() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_itx"))
            .args(args)
            .env("ITX_STORE", dir.path().join("itx.sqlite"))
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let table = run(&["status"]);
    let ict = table
        .lines()
        .find(|l| l.starts_with("pk.ebops.9.credit "))
        .unwrap();
    assert!(
        ict.contains("2026-07") && ict.contains("2026-08-18") && ict.contains("OVERDUE: 2026-08"),
        "{table}"
    );
    assert!(
        table.contains("published a median 17 days after the month's end"),
        "{table}"
    );

    let v: serde_json::Value =
        serde_json::from_str(&run(&["status", "--series", "ict", "--format", "json"])).unwrap();
    let f = &v[0];
    assert_eq!(f["latest_month"], "2026-07");
    assert_eq!(f["latest_release"]["published"], "2026-08-18");
    assert_eq!(f["expected_next"]["month"], "2026-08");
    assert_eq!(f["expected_next"]["estimate"], true);
    assert_eq!(f["overdue"][0], "2026-08");

    // The brief says so too, first.
    let brief = run(&["brief", "--format", "md"]);
    assert!(
        brief.contains("Data may be out of date: SBP's figures for August"),
        "{brief}"
    );
}
