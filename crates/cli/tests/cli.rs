//! The real `itx` binary on the embedded SBP data, each test with a fresh store.

use std::process::{Command, Output};

use serde_json::Value;

struct Itx {
    _dir: tempfile::TempDir,
    store: std::path::PathBuf,
}

impl Itx {
    fn new() -> Itx {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("itx.sqlite");
        Itx { _dir: dir, store }
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_itx"))
            .args(args)
            .env("ITX_STORE", &self.store)
            .output()
            .unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }
    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }
    /// Exit code 2 and a one-line message on stderr containing `needle`.
    fn fails(&self, args: &[&str], needle: &str) {
        let o = self.run(args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let last = err.lines().last().unwrap_or("");
        assert!(
            last.starts_with("itx: ") && last.contains(needle),
            "{args:?}: {err}"
        );
    }
}

fn round1(x: &Value) -> String {
    format!("{:.1}", x.as_f64().unwrap())
}

/// The July 2025 record month (shared/examples/record_month_article.txt): $354m,
/// +23.8% on July 2024's $286m, an all-time high above December 2024's $348m, and
/// June 2025 at its revised $339m.
#[test]
fn brief_july_2025_states_the_record_month_facts() {
    let itx = Itx::new();
    let b = itx.json(&["brief", "--month", "2025-07", "--format", "json"]);
    assert_eq!(b["series"], "pk.ebops.9.credit");
    assert_eq!(b["period"], "2025-07");
    assert_eq!(b["value"], 354.0);
    assert_eq!(b["year_ago"]["period"], "2024-07");
    assert_eq!(b["year_ago"]["value"], 286.0);
    assert_eq!(round1(&b["yoy_pct"]), "23.8");
    assert_eq!(b["previous_month"]["period"], "2025-06");
    assert_eq!(b["previous_month"]["value"], 339.0);
    assert_eq!(round1(&b["mom_pct"]), "4.4");
    assert_eq!(b["all_time_high"], true);
    assert_eq!(b["previous_high"]["period"], "2024-12");
    assert_eq!(b["previous_high"]["value"], 348.0);
    assert_eq!(b["fytd"]["label"], "Jul FY2025-26");
    assert_eq!(b["fytd"]["value"], 354.0);
    let text = b["text"].as_str().unwrap();
    assert!(
        text.contains("$354 million in July 2025, an all-time monthly high"),
        "{text}"
    );
    assert!(
        text.contains("previous record of $348 million set in December 2024"),
        "{text}"
    );
    assert!(
        text.contains("up 23.8% on the $286 million of July 2024"),
        "{text}"
    );
    // Each figure names its release.
    assert_eq!(
        b["sources"]["year_ago"]["release"],
        "SBP EasyData TS_GP_BOP_XMGS_M portal export (through Mar-25)"
    );
    assert!(
        b["sources"]["value"]["location"]
            .as_str()
            .unwrap()
            .contains("line")
    );
}

/// Replaces `needle` where it stands as a whole number (no digit or '.' just
/// before or after it: the count "5" must not eat the 5 of "2025").
fn replace_number(hay: &str, needle: &str) -> String {
    if needle.is_empty() {
        return hay.to_string();
    }
    let mut out = String::new();
    let mut rest = hay;
    while let Some(i) = rest.find(needle) {
        let before = rest[..i].chars().last();
        let after = rest[i + needle.len()..].chars().next();
        // A '.' after the number may end the sentence; before it, it is a decimal point.
        let before_ok = !before.is_some_and(|c| c.is_ascii_digit() || c == '.');
        let after_ok = !after.is_some_and(|c| c.is_ascii_digit());
        out.push_str(&rest[..i]);
        if before_ok && after_ok {
            out.push('#');
        } else {
            out.push_str(needle);
        }
        rest = &rest[i + needle.len()..];
    }
    out.push_str(rest);
    out
}

/// Every number printed in a brief is one of its facts (text of the fact = text in the brief).
#[test]
fn every_number_in_a_brief_is_a_fact() {
    let itx = Itx::new();
    let runs: Vec<Vec<&str>> = ["2025-07", "2026-01", "2026-03", "2025-11", "2026-07"]
        .iter()
        .map(|m| vec!["--month", *m])
        .chain([
            vec!["--kind", "fy"],
            vec!["--kind", "fy", "--fy", "FY2024-25"],
            vec!["--kind", "fy", "--fy", "FY2026-27"],
            vec!["--kind", "profile"],
        ])
        .collect();
    for args in runs {
        let month = args.join(" ");
        let mut cmd = vec!["brief", "--format", "json"];
        cmd.extend(&args);
        let b = itx.json(&cmd);
        let text = b["text"].as_str().unwrap();
        let facts: Vec<String> = b["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["text"].as_str().unwrap().to_string())
            .collect();
        let mut rest = text.to_string();
        // Remove each fact's text, longest first; no digit may remain outside dates and periods.
        let mut sorted = facts.clone();
        sorted.sort_by_key(|f| std::cmp::Reverse(f.len()));
        for f in &sorted {
            rest = replace_number(&rest, f);
            rest = replace_number(&rest, f.trim_end_matches('%'));
        }
        for word in rest.split_whitespace() {
            let w = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let w = w.strip_suffix("'s").unwrap_or(w);
            let is_year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (2000..2100).contains(&y));
            let is_fy = w.starts_with("FY");
            let is_term = w == "12-month"; // "the 12-month average" names an indicator
            let is_key = word.contains("pk."); // a series key, e.g. pk.ebops.9.credit
            if w.chars().any(|c| c.is_ascii_digit()) && !is_year && !is_fy && !is_term && !is_key {
                panic!(
                    "{month}: number {word:?} in the brief is not a fact:\n{text}\nfacts: {facts:?}"
                );
            }
        }
    }
}

/// No arguments: the latest month, July 2026 ($417m against $354m), and the
/// fiscal year just ended: FY2025-26 $4,600m against FY2024-25 $3,814m (SBP headline).
#[test]
fn brief_without_arguments_describes_july_2026() {
    let itx = Itx::new();
    let b = itx.json(&["brief", "--format", "json"]);
    assert_eq!(b["period"], "2026-07");
    assert_eq!(b["value"], 417.0);
    assert_eq!(b["year_ago"]["value"], 354.0);
    assert_eq!(round1(&b["yoy_pct"]), "17.8");
    assert_eq!(b["all_time_high"], false);
    assert_eq!(b["previous_fiscal_year"]["label"], "FY2025-26");
    assert_eq!(b["previous_fiscal_year"]["value"], 4600.0);
    assert_eq!(b["previous_fiscal_year"]["prior"], 3814.0);
    // The months add up to within rounding of the headline total.
    let sum = b["previous_fiscal_year"]["monthly_sum"].as_f64().unwrap();
    assert!((sum - 4600.0).abs() < 3.0, "{sum}");
    let text = itx.ok(&["brief"]);
    assert!(text.starts_with("ICT exports, July 2026"), "{text}");
    assert!(text.contains("$4.60 billion"), "{text}");
    let md = itx.ok(&["brief", "--format", "md"]);
    assert!(md.starts_with("## ICT exports, July 2026"), "{md}");
}

/// March 2025: EasyData's 342 (export dated 2025-04-17) and the Mar-26 dt.xls's
/// 344.93 (revised) are two vintages; as known on 2026-01-01 the figure is 342.
#[test]
fn vintages_and_as_of() {
    let itx = Itx::new();
    let v = itx.json(&["vintages", "ict", "2025-03", "--format", "json"]);
    let vs = v["vintages"].as_array().unwrap();
    let official: Vec<(f64, &str)> = vs
        .iter()
        .filter(|x| x["kind"] == "official")
        .map(|x| (x["value"].as_f64().unwrap(), x["status"].as_str().unwrap()))
        .collect();
    assert!(official.contains(&(342.0, "unmarked")), "{official:?}");
    assert!(
        official
            .iter()
            .any(|(x, s)| (x - 344.927796).abs() < 1e-6 && *s == "revised"),
        "{official:?}"
    );
    let current: Vec<&Value> = vs.iter().filter(|x| x["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["status"], "revised");

    let then = itx.json(&[
        "series",
        "show",
        "ict",
        "--from",
        "2025-03",
        "--to",
        "2025-03",
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]);
    assert_eq!(then["observations"][0]["value"], 342.0);
    let now = itx.json(&[
        "series", "show", "ict", "--from", "2025-03", "--to", "2025-03", "--format", "json",
    ]);
    assert_eq!(round1(&now["observations"][0]["value"]), "344.9");

    // June 2025: 338 was the first print (press), 339 the revised figure.
    let v = itx.json(&["vintages", "ict", "2025-06", "--format", "json"]);
    let values: Vec<f64> = v["vintages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["value"].as_f64().unwrap())
        .collect();
    assert!(
        values.contains(&338.0) && values.contains(&339.0),
        "{values:?}"
    );

    // Feb-26 → Mar-26 revision of services exports: 812,245.7 → 800,206.0 thousand US$.
    let v = itx.json(&["vintages", "services", "2026-02", "--format", "json"]);
    let published: Vec<&str> = v["vintages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["value_published"].as_str().unwrap())
        .collect();
    assert_eq!(&published[..2], ["812245.695591939", "800206.041911469"]);
}

/// The monthly ICT series is complete from July 2005 to July 2026, and the months
/// that rest on press figures are exactly Apr-2025 and Aug–Dec 2025.
#[test]
fn ict_series_is_complete_and_press_months_are_known() {
    let itx = Itx::new();
    let s = itx.json(&["series", "show", "ict", "--format", "json"]);
    let obs = s["observations"].as_array().unwrap();
    assert_eq!(obs.first().unwrap()["period"], "2005-07");
    assert_eq!(obs.last().unwrap()["period"], "2026-07");
    assert_eq!(obs.len(), 21 * 12 + 1);
    let press: Vec<&str> = obs
        .iter()
        .filter(|o| o["status"] == "press-reported")
        .map(|o| o["period"].as_str().unwrap())
        .collect();
    assert_eq!(
        press,
        [
            "2025-04", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"
        ]
    );
    // November 2025: the preferred 356 is current; the misprints 348 and 366 are kept.
    let v = itx.json(&["vintages", "ict", "2025-11", "--format", "json"]);
    let vs = v["vintages"].as_array().unwrap();
    let cur: Vec<f64> = vs
        .iter()
        .filter(|x| x["current"] == true)
        .map(|x| x["value"].as_f64().unwrap())
        .collect();
    assert_eq!(cur, [356.0]);
    for misprint in [348.0, 366.0] {
        assert!(vs.iter().any(|x| x["value"] == misprint), "{misprint}");
    }
    // Transforms.
    let yoy = itx.json(&[
        "series",
        "show",
        "ict",
        "--from",
        "2025-07",
        "--to",
        "2025-07",
        "--transform",
        "yoy",
        "--format",
        "json",
    ]);
    assert_eq!(round1(&yoy["observations"][0]["value"]), "23.8");
    let fytd = itx.json(&[
        "series",
        "show",
        "ict",
        "--from",
        "2025-09",
        "--to",
        "2025-09",
        "--transform",
        "fytd",
        "--format",
        "json",
    ]);
    assert_eq!(fytd["observations"][0]["value"], 1057.0); // Q1 FY26 = 354+337+366, as reported
    let csv = itx.ok(&[
        "series", "show", "ict", "--from", "2025-01", "--to", "2025-02", "--format", "csv",
    ]);
    assert_eq!(csv.lines().count(), 3, "{csv}");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let itx = Itx::new();
    itx.fails(&["brief", "--series", "nonsense"], "unknown series");
    itx.fails(
        &["brief", "--series", "pk.ebops.99.credit"],
        "unknown series",
    );
    itx.fails(
        &["brief", "--month", "2031-01"],
        "no value of pk.ebops.9.credit for 2031-01",
    );
    itx.fails(&["brief", "--month", "2025-13"], "not a month");
    itx.fails(&["brief", "--as-of", "yesterday"], "not a date");
    itx.fails(&["brief", "--as-of", "2001-01-01"], "no data");
    itx.fails(&["vintages", "ict", "July"], "not a period");
    itx.fails(&["vintages", "ict", "1999-01"], "no release states a value");
    itx.fails(
        &["series", "show", "ict", "--from", "2030-01"],
        "no months in the range",
    );
}

#[test]
fn store_is_loaded_once_and_listed() {
    let itx = Itx::new();
    let o = itx.run(&["series", "list"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("loaded the embedded"));
    let o = itx.run(&["series", "list"]);
    assert!(o.stderr.is_empty(), "second run must not load again");
    let list = itx.json(&["series", "list", "--format", "json"]);
    let ict = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "pk.ebops.9.credit")
        .unwrap();
    assert_eq!(ict["first_month"], "2005-07");
    assert!(ict["aliases"].as_str().unwrap().contains("ict"));
    let releases = itx.json(&["releases", "--format", "json"]);
    assert!(releases.as_array().unwrap().len() > 100);
    itx.ok(&["init"]); // idempotent
}

#[test]
fn brief_out_is_refused_for_formats_that_print_before_anything_is_printed() {
    let itx = Itx::new();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().display().to_string();
    for f in ["md", "json", "text"] {
        itx.fails(
            &["brief", "--format", f, "--out", &out],
            "--out is for --format html",
        );
    }
}

#[test]
fn a_huge_bad_value_is_quoted_as_an_excerpt() {
    let itx = Itx::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let value = "9".repeat(1_000_000) + "x";
    std::fs::write(&path, format!("period,value\n2025-07,{value}\n")).unwrap();
    let o = itx.run(&["ingest", &path.display().to_string(), "--series", "ict"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{}", &err[..err.len().min(500)]);
    assert!(err.len() < 2_000, "stderr is {} bytes", err.len());
    assert!(
        err.contains("line 2") && err.contains("more characters"),
        "{err}"
    );
}

/// Issue 14: a finished year's outlook was an internal error ("month 0 of the
/// year is 354 but the history has 337"); it is the year's realised total. The
/// twelve months of FY2025-26 in the store add up to $4.598 billion (SBP's
/// headline total is $4.60 billion; README).
#[test]
fn a_finished_years_outlook_is_its_total() {
    let itx = Itx::new();
    let out = itx.ok(&["outlook", "--fy", "FY2025-26"]);
    assert!(
        out.contains("FY2025-26: complete, all 12 months published; total $4.598 billion")
            && out.contains("target $5 billion: missed by $402 million"),
        "{out}"
    );
    let v = itx.json(&["outlook", "--fy", "FY2015-16", "--format", "json"]);
    assert_eq!(v["months_left"], 0, "{v}");
    assert_eq!(v["total"]["median"], v["published_sum"], "{v}");
}

/// Issue 14: call-centre exports have 7 months of figures in the store, and a
/// forecast used to interpolate the rest and give an 80% interval of 36.0–37.4.
#[test]
fn a_forecast_resting_mostly_on_interpolated_months_is_refused() {
    let itx = Itx::new();
    itx.fails(
        &["forecast", "--series", "call-centres"],
        "31 of the last 36 months have no figure",
    );
    itx.ok(&["forecast", "--series", "ict"]);
}

/// Issue 14: May 2026's contributions said "information services … took off
/// 0.0 points" and left computer services out without a word (the store has no
/// May figure for it).
#[test]
fn contributions_drop_zero_points_and_name_missing_components() {
    let itx = Itx::new();
    let b = itx.ok(&["brief", "--month", "2026-05", "--format", "md"]);
    assert!(!b.contains("0.0 points"), "{b}");
    assert!(
        b.contains("telecommunications services exports ($49 million) added 0.3 points (computer services exports has no figure for May 2026 in the store)"),
        "{b}"
    );
}

/// `itx bench outlook` replays FY2023-24 to FY2025-26 at each month-end (33
/// replays). FY2025-26 seen at July 2025 (SBP: $354m; FY2024-25's months add
/// up to $3,814.5m, its July $286m): the run rate is 354 × 12 = 4,248 and the
/// growth rule 3,814.51 × 354 / 286 = 4,721.5; the realised total is the
/// twelve months' sum, 4,598.49.
#[test]
fn the_outlook_is_replayed_against_the_analysts_rules() {
    let itx = Itx::new();
    let b = itx.json(&[
        "bench",
        "outlook",
        "--from",
        "FY2023-24",
        "--format",
        "json",
    ]);
    let replays = b["replays"].as_array().unwrap();
    assert_eq!(replays.len(), 33);
    let july = replays
        .iter()
        .find(|r| r["fiscal_year"] == "FY2025-26" && r["months_elapsed"] == 1)
        .unwrap();
    assert_eq!(july["run_rate"], 4248.0);
    assert!((july["growth_rule"].as_f64().unwrap() - 4721.46).abs() < 0.01);
    assert!((july["realised"].as_f64().unwrap() - 4598.49).abs() < 0.01);
    // The same outlook the July 2025 brief states (a 3.9% chance of $5bn,
    // the spread fitted on FY2015-16 to FY2024-25, recent years weighing
    // more; 3.6% before ETS capped the slope's smoothing as statsforecast does).
    assert_eq!(july["p_target"], 0.0394);
    assert!(july["spread"].as_f64().is_some_and(|s| s > 0.0 && s < 1.0));
    assert_eq!(july["target"], 5000.0);
    assert_eq!(b["by_month"].as_array().unwrap().len(), 11);
    let cover = b["overall"]["cover80"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&cover));
    itx.fails(
        &["bench", "outlook", "--from", "FY2030-31"],
        "after the last complete fiscal year",
    );
}

/// `itx peers` on the embedded data: India's 2025-Q2 (RBI: ICT US$ 47,932m,
/// software services 47,324m) beside Pakistan's April–June 2025, the sum of
/// its months (317 press-reported + 329.29 + 339 = 985.29).
#[test]
fn pakistan_beside_india_by_quarter() {
    let itx = Itx::new();
    let p = itx.json(&["peers", "--from", "2024-Q3", "--format", "json"]);
    let rows = p["rows"].as_array().unwrap();
    let quarters: Vec<&str> = rows
        .iter()
        .map(|r| r["quarter"].as_str().unwrap())
        .collect();
    assert_eq!(quarters, ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]);
    let q2 = &rows[3];
    assert!((q2["india"]["value"].as_f64().unwrap() - 47_932.04).abs() < 0.01);
    assert_eq!(q2["india"]["fiscal_quarter"], "Q1 FY2025-26");
    assert!((q2["pakistan"]["value"].as_f64().unwrap() - 985.29).abs() < 0.01);
    assert_eq!(q2["pakistan"]["fiscal_quarter"], "Q4 FY2024-25");
    assert!(
        q2["pakistan"]["note"]
            .as_str()
            .unwrap()
            .contains("Apr-25 as reported by the press")
    );
    assert!(
        q2["india"]["yoy_pct"].as_f64().is_some() && q2["pakistan"]["yoy_pct"].as_f64().is_some()
    );
    let share = q2["pakistan_pct_of_india"].as_f64().unwrap();
    assert!((share - 985.29 / 47_932.04 * 100.0).abs() < 1e-6);
    let sw = itx.json(&[
        "peers", "--series", "computer", "--from", "2025-Q2", "--format", "json",
    ]);
    assert!((sw["rows"][0]["india"]["value"].as_f64().unwrap() - 47_323.85).abs() < 0.01);
    // The peers not compared come with what the press printed for them, marked
    // press-reported: Bangladesh's EPB total for FY2021-22, $592.06m (The Daily
    // Star, 2023-02; data/press/peers_ict_exports.csv line 8).
    let press = p["press"].as_array().unwrap();
    let epb = press
        .iter()
        .find(|f| {
            f["country"] == "Bangladesh"
                && f["series"] == "it_exports_epb"
                && f["period"] == "FY2021-22"
        })
        .unwrap();
    assert_eq!(epb["value"], 592.06);
    assert_eq!(epb["status"], "press-reported");
    assert_eq!(epb["location"], "peers_ict_exports.csv line 8");
    assert!(press.iter().all(|f| f["country"] != "India"));
    let table = itx.ok(&["peers"]);
    assert!(table.contains("Not compared: Vietnam"), "{table}");
    assert!(table.contains("it_bpm_revenue"), "{table}");
    // Both indexed to 100 in 2019-Q1, drawn to a PNG.
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("peers.png");
    itx.ok(&["peers", "--chart", png.to_str().unwrap()]);
    assert_eq!(&std::fs::read(&png).unwrap()[..4], b"\x89PNG");
    // Their levels on a log scale instead.
    let svg = dir.path().join("levels.svg");
    itx.ok(&["peers", "--chart", svg.to_str().unwrap(), "--log"]);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("log scale") && text.contains(">50,000<"),
        "{text}"
    );
    itx.fails(&["peers", "--from", "2025-13"], "a calendar quarter");
    itx.fails(
        &["peers", "--series", "tourism"],
        "ict, computer or services",
    );
}

/// Issue 17: the outlook says how its spread was fitted. FY2025-26 as known on
/// 2026-02-28 rests on the ten years before it (FY2015-16 to FY2024-25).
#[test]
fn the_outlook_says_how_its_spread_was_fitted() {
    let itx = Itx::new();
    let out = itx.ok(&["outlook", "--fy", "FY2025-26", "--as-of", "2026-02-28"]);
    assert!(
        out.contains("spread: fitted to 10 earlier fiscal years' outcomes"),
        "{out}"
    );
}
