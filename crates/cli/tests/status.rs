//! `itx status` on the embedded data: the newest month is July 2026, released
//! 18 August 2026, so from late September 2026 on August 2026 is overdue, and
//! the expected dates say how they were estimated.

use std::process::Command;

/// Runs itx on a store in `dir`; its standard output, after a success.
fn itx(dir: &std::path::Path, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_itx"))
        .args(args)
        .env("ITX_STORE", dir.join("itx.sqlite"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn status_names_the_overdue_months_and_the_basis_of_the_expected_dates() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| itx(dir.path(), args);
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

/// A release-calendar page (constructed in the layout of SBP's English pages,
/// `sbp.org.pk/Cal/YYYY/Mon.asp`: the real pages in the fixtures carry no
/// services item) sets the expected date, and the newest month is checked
/// against the date announced for it.
#[test]
fn an_ingested_release_calendar_gives_the_expected_date() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| itx(dir.path(), args);
    let page = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let aug = page(
        "Aug.asp",
        "<html><body><h3>Data Calender</h3><p>August 2026</p>\
         <p>Inflation Monitor for July 2026<br>Release Date: Not Later Than August 06,2026</p>\
         <p>Export and Import of Goods and Services for July 2026<br>Release Date: Not Later Than August 20, 2026</p></body></html>",
    );
    let sep = page(
        "Sep.asp",
        "<html><body><h3>Data Calender</h3><p>September 2026</p>\
         <p>Summary of Balance of Payments as per BPM6 for August 2026<br>Release Date: Not Later Than September 17, 2026</p>\
         <p>Export and Import of Goods and Services for August 2026<br>Release Date: Not Later Than September 21, 2026</p></body></html>",
    );
    let out = run(&["ingest", &aug, &sep]);
    assert!(
        out.contains("2 release dates, 1 for itx's series")
            && out.contains("2026-08 by 2026-09-21"),
        "{out}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&run(&["status", "--series", "ict", "--format", "json"])).unwrap();
    let e = &v[0]["expected_next"];
    assert_eq!(e["by"], "2026-09-21", "{v}");
    assert_eq!(e["estimate"], false, "{v}");
    assert!(e["basis"].as_str().unwrap().contains("Sep.asp line"), "{v}");
    assert!(
        v[0]["calendar_check"]
            .as_str()
            .unwrap()
            .contains("July 2026 came out 2026-08-18, by the date SBP announced (2026-08-20)"),
        "{v}"
    );
    // Ingesting the same page again adds nothing.
    assert!(run(&["ingest", &sep]).contains(", 0 new"));
}
