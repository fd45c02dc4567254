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

fn brief_ur(month: &str, format: &str) -> String {
    run(&[
        "brief", "--month", month, "--format", format, "--lang", "ur",
    ])
}

fn json_text(json: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["text"].as_str().unwrap().to_string()
}

/// Every number in the Urdu text is one of the brief's facts (in its Urdu
/// form), a month's year or a fiscal year's label.
fn assert_numbers_are_facts(json: &str) {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(v["lang"], "ur");
    let mut text = v["text"].as_str().unwrap().to_string();
    let mut facts: Vec<String> = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect();
    // Years and fiscal-year labels first, then the facts, longest first; a fact
    // that is a bare count ("11") only where it stands as a word.
    let labels = regex::Regex::new(r"\d{4}-\d{2}(-\d{2})?|\d{4}").unwrap();
    text = labels.replace_all(&text, "").into_owned();
    facts.sort_by_key(|f| std::cmp::Reverse(f.len()));
    for f in &facts {
        if f.chars().all(|c| c.is_ascii_digit()) {
            text = text.replace(&format!(" {f} "), " ¤ ");
        } else {
            text = text.replace(f.as_str(), "¤");
        }
    }
    let rest = text;
    assert!(
        !rest.chars().any(|c| c.is_ascii_digit()),
        "a number that is not a fact: {rest}"
    );
}

/// July 2025 in Urdu: $354m (35 کروڑ 40 لاکھ ڈالر), a record, up 23.8% on
/// July 2024's $286m (28 کروڑ 60 لاکھ ڈالر).
#[test]
fn urdu_record_month_july_2025() {
    let json = brief_ur("2025-07", "json");
    assert_numbers_are_facts(&json);
    let md = brief_ur("2025-07", "md");
    for s in [
        "جولائی 2025 میں آئی ٹی برآمدات 35 کروڑ 40 لاکھ ڈالر رہیں",
        "اب تک کی بلند ترین ماہانہ سطح",
        "برآمدات میں جولائی 2024 کے 28 کروڑ 60 لاکھ ڈالر کے مقابلے میں 23.8 فیصد اضافہ ہوا",
    ] {
        assert!(md.contains(s), "{s} not in {md}");
    }
    insta::assert_snapshot!("brief_2025_07_md_ur", md);
}

/// January 2026 in Urdu: down 14.5% on December 2025's $437m.
#[test]
fn urdu_falling_month_january_2026() {
    let json = brief_ur("2026-01", "json");
    assert_numbers_are_facts(&json);
    let text = json_text(&json);
    assert!(
        text.contains("43 کروڑ 70 لاکھ ڈالر کے مقابلے میں 14.5 فیصد کمی ہوئی"),
        "{text}"
    );
    insta::assert_snapshot!("brief_2026_01_text_ur", brief_ur("2026-01", "text"));
}

/// June 2026 in Urdu: FY2025-26 closes at $4.598bn, short of the $5bn target.
#[test]
fn urdu_fiscal_year_end_june_2026() {
    let json = brief_ur("2026-06", "json");
    assert_numbers_are_facts(&json);
    let text = json_text(&json);
    assert!(
        text.contains("پورے مالی سال 2025-26 میں برآمدات 4 ارب 59 کروڑ 80 لاکھ ڈالر رہیں"),
        "{text}"
    );
    assert!(text.contains("5 ارب ڈالر کا ہدف"));
    assert!(text.contains("پورا نہ ہو سکا"));
    insta::assert_snapshot!("brief_2026_06_text_ur", brief_ur("2026-06", "text"));
}

/// `--lang ur` on status, check and chart (and ITX_LANG as the default).
#[test]
fn urdu_status_check_and_chart() {
    let status = run(&["status", "--series", "ict", "--lang", "ur"]);
    assert!(
        status.contains("تازہ ترین") && status.contains("تاخیر کا شکار"),
        "{status}"
    );
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "In July 2025 IT exports hit an all-time high of $354 million.",
    )
    .unwrap();
    let check = run(&["check", article.to_str().unwrap(), "--lang", "ur"]);
    assert!(check.contains("2 دعوے: 2 ✓ درست"), "{check}");
    // One claim is one: "1 claim", "1 دعویٰ".
    std::fs::write(&article, "IT exports were $354 million in July 2025.").unwrap();
    let one = run(&["check", article.to_str().unwrap()]);
    assert!(one.contains("\n1 claim: 1 ✓ supported"), "{one}");
    let one = run(&["check", article.to_str().unwrap(), "--lang", "ur"]);
    assert!(one.contains("1 دعویٰ: 1 ✓ درست"), "{one}");
    let svg = run(&["chart", "monthly", "--to", "2025-07", "--lang", "ur"]);
    assert!(
        svg.contains("آئی ٹی برآمدات: جولائی 2025 میں ریکارڈ"),
        "{svg}"
    );
    // ITX_LANG is the default for every command that takes --lang.
    let out = Command::new(env!("CARGO_BIN_EXE_itx"))
        .args(["brief", "--month", "2025-07"])
        .env("ITX_STORE", dir.path().join("itx.sqlite"))
        .env("ITX_LANG", "ur")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("35 کروڑ 40 لاکھ ڈالر"));
    let bad = Command::new(env!("CARGO_BIN_EXE_itx"))
        .args(["brief", "--lang", "fr"])
        .env("ITX_STORE", dir.path().join("itx.sqlite"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("en (English) or ur (Urdu)"));
}

/// The FY2025-26 review in Urdu: SBP's headline $4.60bn (4 ارب 60 کروڑ ڈالر),
/// up 20.6% on $3.814bn, the $5bn target missed by $400m.
#[test]
fn urdu_fiscal_year_review_fy2025_26() {
    let args = [
        "brief",
        "--kind",
        "fy",
        "--fy",
        "FY2025-26",
        "--lang",
        "ur",
        "--format",
    ];
    let json = run(&[&args[..], &["json"]].concat());
    assert_numbers_are_facts(&json);
    let text = json_text(&json);
    assert!(
        text.contains("مالی سال 2025-26 میں آئی ٹی برآمدات 4 ارب 60 کروڑ ڈالر رہیں"),
        "{text}"
    );
    assert!(text.contains("20.6 فیصد زیادہ"));
    assert!(text.contains("پورا نہ ہو سکا: برآمدات ہدف سے 40 کروڑ ڈالر کم رہیں"));
    insta::assert_snapshot!(
        "review_fy2025_26_md_ur",
        run(&[&args[..], &["md"]].concat())
    );
}

/// The ICT profile in Urdu: July 2005 to July 2026, 253 months, the latest
/// $417m (41 کروڑ 70 لاکھ ڈالر), the high $437m in December 2025.
#[test]
fn urdu_series_profile_ict() {
    let text = json_text(&run(&[
        "brief", "--kind", "profile", "--lang", "ur", "--format", "json",
    ]));
    assert!(
        text.contains("جولائی 2005 سے جولائی 2026 تک ہیں: 253 ماہ"),
        "{text}"
    );
    assert!(
        text.contains(
            "تازہ ترین اعداد و شمار جولائی 2026 کے ہیں، جب برآمدات 41 کروڑ 70 لاکھ ڈالر رہیں"
        )
    );
    assert!(text.contains("43 کروڑ 70 لاکھ ڈالر ہے، جو دسمبر 2025 میں"));
    insta::assert_snapshot!(
        "profile_ict_md_ur",
        run(&[
            "brief", "--kind", "profile", "--lang", "ur", "--format", "md"
        ])
    );
}

/// June 2025 ends a quarter India's figures cover: Pakistan's April–June 2025
/// (317 + 329.29 + 339 = 985.29, up 4.9% on 939) beside India's (RBI:
/// US$ 47,932m, up 12.7% on 42,541m), in English and Urdu, every number a fact.
#[test]
fn a_quarter_end_brief_sets_pakistan_beside_india() {
    let en = json_text(&run(&["brief", "--month", "2025-06", "--format", "json"]));
    assert!(
        en.contains("In April–June 2025 ICT exports totalled $985 million, up 4.9% on a year earlier; India's were $47.932 billion (Reserve Bank of India), up 12.7%."),
        "{en}"
    );
    let json = brief_ur("2025-06", "json");
    assert_numbers_are_facts(&json);
    let ur = json_text(&json);
    assert!(
        ur.contains("اپریل تا جون 2025 میں آئی ٹی برآمدات 98 کروڑ 50 لاکھ ڈالر رہیں"),
        "{ur}"
    );
    assert!(ur.contains(
        "بھارت کی یہ برآمدات 47 ارب 93 کروڑ 20 لاکھ ڈالر رہیں، جن میں 12.7 فیصد اضافہ ہوا"
    ));
    // A month that ends no quarter India covers has no such sentence.
    assert!(
        !json_text(&run(&["brief", "--month", "2025-07", "--format", "json"])).contains("India")
    );
}
