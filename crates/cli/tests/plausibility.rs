//! Plausibility on ingest (issue 13): each refusal on a real-layout file,
//! naming the file and its line, exit 2, and the store file byte-identical;
//! `--accept-outliers` loads an outlier flagged, and the brief and the claim
//! checker say so.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Itx {
    dir: tempfile::TempDir,
    store: PathBuf,
}

impl Itx {
    fn new() -> Itx {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("itx.sqlite");
        let itx = Itx { dir, store };
        itx.ok(&["init"], None);
        itx
    }
    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_itx"));
        c.args(args).env("ITX_STORE", &self.store);
        let Some(text) = stdin else {
            return c.output().unwrap();
        };
        c.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }
    fn ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let o = self.run(args, stdin);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }
    /// Runs a refused ingest: exit 2, the message, and the store unchanged.
    fn refused(&self, args: &[&str]) -> String {
        let before = std::fs::read(&self.store).unwrap();
        let o = self.run(args, None);
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            std::fs::read(&self.store).unwrap() == before,
            "{args:?} changed the store"
        );
        err
    }
    fn file(&self, name: &str, text: &str) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    }
}

/// SBP's EasyData portal export (real layout), with line 4 (services exports,
/// March 2025: "744") replaced.
fn easydata_with(value: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/sbp/easydata_TS_GP_BOP_XMGS_M_long_export.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert!(
        lines[3].contains("\"2 Exports of Services\",\"744\""),
        "{}",
        lines[3]
    );
    lines[3] = lines[3].replace("\"744\"", &format!("\"{value}\""));
    lines.join("\n") + "\n"
}

#[test]
fn a_negative_export_figure_is_refused_by_file_and_line() {
    let itx = Itx::new();
    let f = itx.file("easydata.csv", &easydata_with("-744"));
    let err = itx.refused(&["ingest", &f, "--published", "2025-04-17"]);
    assert!(
        err.contains("easydata.csv line 4")
            && err.contains("pk.ebops.services.credit 2025-03: -744 is negative"),
        "{err}"
    );
    // Not an outlier: --accept-outliers does not load it either.
    let err = itx.refused(&[
        "ingest",
        &f,
        "--published",
        "2025-04-17",
        "--accept-outliers",
    ]);
    assert!(err.contains("is negative"), "{err}");
}

#[test]
fn a_figure_ten_times_the_series_record_is_refused_and_so_is_a_non_number() {
    let itx = Itx::new();
    for v in ["99999999999", "1e308"] {
        let f = itx.file("easydata.csv", &easydata_with(v));
        let err = itx.refused(&["ingest", &f, "--published", "2025-04-17"]);
        assert!(
            err.contains("easydata.csv line 4")
                && err.contains("over a thousand times the largest value of the series so far")
                && err.contains("--accept-outliers"),
            "{v}: {err}"
        );
    }
    let f = itx.file("easydata.csv", &easydata_with("1e309"));
    let err = itx.refused(&["ingest", &f, "--published", "2025-04-17"]);
    assert!(
        err.contains("line 4") && err.contains("not a number"),
        "{err}"
    );
}

#[test]
fn future_release_dates_and_periods_after_the_release_are_refused() {
    let itx = Itx::new();
    let f = itx.file(
        "ict.csv",
        "series,period,value\npk.ebops.9.credit,2099-01,400\n",
    );
    let err = itx.refused(&["ingest", &f]);
    assert!(
        err.contains("ict.csv line 2: pk.ebops.9.credit 2099-01: the release is dated")
            && err.contains("before this period began"),
        "{err}"
    );
    let f = itx.file(
        "ict.csv",
        "series,period,value\npk.ebops.9.credit,2026-08,420\n",
    );
    let err = itx.refused(&["ingest", &f, "--published", "2031-01-01"]);
    assert!(
        err.contains("published 2031-01-01, which is after today"),
        "{err}"
    );
}

/// ICT exports of March 2026 were $413.6 million (SBP's dt.xls via the
/// dashboard capture of 18 May 2026); a restatement at five times that, between February and April's
/// real figures, is a spike the series has never made.
#[test]
fn a_spike_is_refused_and_loads_flagged_with_accept_outliers() {
    let itx = Itx::new();
    let f = itx.file(
        "restated.csv",
        "series,period,value\npk.ebops.9.credit,2026-03,2085\n",
    );
    let args = ["ingest", &f, "--published", "2026-11-20"];
    let err = itx.refused(&args);
    assert!(
        err.contains("restated.csv line 2: pk.ebops.9.credit 2026-03: 2085 is")
            && err.contains("times the month before"),
        "{err}"
    );
    let out = itx.ok(&[&args[..], &["--accept-outliers"]].concat(), None);
    assert!(out.contains("flagged outlier"), "{out}");

    let brief = itx.ok(&["brief", "--month", "2026-03", "--format", "md"], None);
    assert!(
        brief.contains("Caution: One figure here was loaded although it failed")
            && brief.contains("$2.085 billion for 2026-03"),
        "{brief}"
    );
    // With the outlier, July–March passes the $5 billion target three months
    // early: said as such, not as "needs $-19 million a month".
    assert!(
        brief.contains("That already passes the $5 billion target for FY2025-26 by")
            && !brief.contains("needs $-"),
        "{brief}"
    );
    let check = itx.ok(
        &["check", "-"],
        Some("IT exports were $2.085 billion in March 2026."),
    );
    assert!(
        check.contains("loaded although it failed itx's plausibility checks"),
        "{check}"
    );
}
