//! The example article (shared/examples/record_month_article.txt): a story about
//! July 2025's record month, checked against the embedded SBP data.

mod common;

use common::{claim, expect, near, run};
use itx_claims::{CheckOptions, Kind, Verdict, to_json, to_text};

use Verdict::{Contradicted, Supported, Unverifiable};

const ARTICLE: &str = include_str!("../../../data/examples/record_month_article.txt");

/// Every claim the article makes, with its verdict. Figures:
/// * July 2025 = $354m: SBP headline via sbp_figures_2025_2026_via_dashboard.csv
///   (2025-07,ict_exports,354); SOURCES.md coverage table, FY2025-26 row.
/// * July 2024 = $286m: SBP EasyData export, P00120, 2024-07; SOURCES.md FY2024-25 row.
/// * 23.8% = 354/286 − 1 (SOURCES.md "Arithmetic checks": Jul 2025 +23.8% YoY).
/// * Previous record December 2024 = $348m (EasyData 2024-12); January–June 2025
///   (313, 306.29, 344.93, 317, 329.29, 339) all below it, so no record was set
///   earlier in 2025.
/// * FY2025-26 = $4,600m: SBP headline (dashboard CSV, "Jul-Jun FY26,ict_exports,4600").
#[test]
fn the_record_month_article() {
    let r = expect(
        ARTICLE,
        &CheckOptions::default(),
        &[
            (
                "all-time monthly high",
                "record",
                "2025-07",
                Supported,
                None,
            ),
            ("$354 million", "amount", "2025-07", Supported, None),
            ("23.8%", "growth (YoY)", "2025-07", Supported, None),
            ("$286 million", "comparison", "2024-07", Supported, None),
            // The heading "Record-Breaking Growth in July 2025": a record
            // claim without a number, true (above every earlier month).
            ("Record-Breaking", "record", "2025-07", Supported, None),
            ("highest-ever", "record", "2025-07", Supported, None),
            (
                "surpassing several previous records set earlier in 2025",
                "record",
                "2025-07",
                Contradicted,
                None,
            ),
            // "more than 60% of the population under the age of 30": a figure of
            // the story that itx does not track, found and left unchecked.
            ("60%", "other figure", "-", Unverifiable, None),
            // The heading "Future Outlook: A $5 Billion Industry in Sight"
            // names no series: found, not judged against IT exports.
            ("$5 Billion", "other figure", "-", Unverifiable, None),
            ("record", "record", "2025-07", Supported, None),
            ("$4 billion", "projection", "FY2025-26", Supported, None),
            // "potentially $5 billion annually in the coming years": no date.
            ("$5 billion", "projection", "-", Unverifiable, None),
            ("record-breaking", "record", "2025-07", Supported, None),
            ("$354 million", "amount", "2025-07", Supported, None),
        ],
    );
    near(claim(&r, "$354 million", 0).actual, 354.0, 1e-9);
    near(
        claim(&r, "23.8%", 0).actual,
        (354.0 / 286.0 - 1.0) * 100.0,
        1e-9,
    );
    near(claim(&r, "$286 million", 0).actual, 286.0, 1e-9);
    near(claim(&r, "$4 billion", 0).actual, 4600.0, 1e-9);
    let earlier = claim(
        &r,
        "surpassing several previous records set earlier in 2025",
        0,
    );
    assert!(
        earlier.reason.contains("$348m in December 2024"),
        "{}",
        earlier.reason
    );
    let ath = claim(&r, "all-time monthly high", 0);
    assert!(
        ath.reason
            .contains("previous high was $348m in December 2024"),
        "{}",
        ath.reason
    );
    // The growth rate is found with its basis, and its sources are both months.
    let g = claim(&r, "23.8%", 0);
    assert_eq!(
        g.kind,
        Kind::Growth {
            basis: itx_claims::Basis::Yoy
        }
    );
    let periods: Vec<&str> = g.sources.iter().map(|s| s.period.as_str()).collect();
    assert_eq!(periods, ["2025-07", "2024-07"]);
}

/// An aside that is no figure of the story is no claim: "Boeing Shares Plunge
/// 4.9%" (a link to another story). A figure of the story that itx does not
/// track ("more than 60% of the population") is found and left unchecked, so
/// that the reader knows it was not checked; so is the heading's "$5 Billion
/// Industry", which names no series, and is not judged as IT exports.
#[test]
fn asides_are_not_claims() {
    let r = run(ARTICLE, &CheckOptions::default());
    assert!(
        r.claims.iter().all(|c| c.text != "4.9%"),
        "4.9% taken for a claim"
    );
    let pop = claim(&r, "60%", 0);
    assert_eq!(pop.verdict, Unverifiable, "{}", pop.reason);
    assert!(
        pop.reason
            .contains("about population, which itx does not track"),
        "{}",
        pop.reason
    );
    let heading = claim(&r, "$5 Billion", 0);
    assert_eq!(heading.kind, itx_claims::Kind::Other, "{}", heading.reason);
    assert!(heading.series.is_none(), "{:?}", heading.series);
    assert_eq!(r.claims.iter().filter(|c| c.text.contains("$5")).count(), 2);
}

/// Offsets are byte offsets into the text; the text output marks claims in place
/// and JSON carries every field.
#[test]
fn offsets_text_and_json() {
    let r = run(ARTICLE, &CheckOptions::default());
    for c in &r.claims {
        assert_eq!(&ARTICLE[c.start..c.end], c.text);
    }
    let text = to_text(ARTICLE, &r);
    assert!(text.contains("⟦$354 million⟧[2 ✓]"), "{text}");
    assert!(text.contains("⟦surpassing several previous records set earlier in 2025⟧[7 ✗]"));
    assert!(
        text.contains(
            "14 claims: 10 ✓ supported, 0 ~ outdated, 1 ✗ contradicted, 3 ? unverifiable"
        )
    );
    let json = to_json(&r);
    let c = &json["claims"][2];
    assert_eq!(c["text"], "23.8%");
    assert_eq!(c["kind"], "growth");
    assert_eq!(c["basis"], "yoy");
    assert_eq!(c["series"], "pk.ebops.9.credit");
    assert_eq!(c["period"], "2025-07");
    assert_eq!(c["stated"], 23.8);
    assert_eq!(c["verdict"], "supported");
    assert!(c["reason"].as_str().unwrap().contains("+23.8%"));
    assert_eq!(c["sources"][0]["published"], "2026-08-18");
    for key in ["start", "end", "actual", "sources", "cause"] {
        assert!(c.get(key).is_some(), "{key}");
    }
    assert_eq!(json["summary"]["contradicted"], 1);
}

/// As known on 1 September 2025 the FY2025-26 outcome did not exist yet: the
/// projection cannot be judged. July 2025 was known from the press
/// (brecorder.com, 2025-08-20, $354m); the record cannot be established because
/// May 2025 had not been captured yet (the store's May 2025 figure is dated
/// 2026-08-07).
#[test]
fn as_of_before_the_outcome() {
    let opts = CheckOptions {
        as_of: Some("2025-09-01".parse().unwrap()),
        ..CheckOptions::default()
    };
    let r = run(ARTICLE, &opts);
    let p = claim(&r, "$4 billion", 0);
    assert_eq!(p.verdict, Unverifiable, "{}", p.reason);
    assert!(p.reason.contains("not known yet"), "{}", p.reason);
    assert_eq!(claim(&r, "$354 million", 0).verdict, Supported);
    assert_eq!(claim(&r, "23.8%", 0).verdict, Supported);
    assert_eq!(claim(&r, "all-time monthly high", 0).verdict, Unverifiable);
}

/// The same article with blank lines between its lines: headings stand alone
/// and the verdicts do not change.
#[test]
fn blank_line_paragraphs_give_the_same_verdicts() {
    let spaced = ARTICLE.replace('\n', "\n\n");
    let a = run(ARTICLE, &CheckOptions::default());
    let b = run(&spaced, &CheckOptions::default());
    let view = |r: &itx_claims::Report| -> Vec<(String, Option<String>, Verdict)> {
        r.claims
            .iter()
            .map(|c| (c.text.clone(), c.period.clone(), c.verdict))
            .collect()
    };
    assert_eq!(view(&a), view(&b));
}
