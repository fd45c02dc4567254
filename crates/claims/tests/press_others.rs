//! Figures outside the statistics itx holds (stop 41): counts of people, jobs
//! or days, and percentages that are neither a rate of change nor a share of a
//! series. They are found and left unchecked, each with what it is, so that a
//! reader sees every figure of a story accounted for. Before, they were passed
//! over in silence: 126 of the 3,492 claims annotated in the development sets
//! were not found, most of them figures like these.

mod common;

use common::{claim, on, run};
use itx_claims::Kind;
use itx_claims::Verdict::Unverifiable;

/// TCL News (a Dawn text), 2025-08-20 (https://tclnews.com/article/it-exports-hit-record-354m-in-july):
/// "the permissible retention limit … increased from 35pc to 50pc": a limit
/// the central bank set, no statistic.
#[test]
fn a_percentage_of_no_series_is_found_and_left_unchecked() {
    let r = run(
        "She also highlighted the relaxation in the permissible retention limit by the State \
         Bank of Pakistan (SBP), which increased from 35pc to 50pc in Exporters’ Specialized \
         Foreign Currency Accounts.",
        &on("2025-08-20"),
    );
    for t in ["35pc", "50pc"] {
        let c = claim(&r, t, 0);
        assert_eq!(c.kind, Kind::Other, "{}", c.reason);
        assert_eq!(c.verdict, Unverifiable, "{}", c.reason);
        assert!(c.series.is_none(), "{:?}", c.series);
        assert!(c.reason.contains("not checked"), "{}", c.reason);
    }
    assert_eq!(r.claims.len(), 2, "{:?}", r.claims);
}

/// UrduPoint, 2024-12-19 (https://www.urdupoint.com/en/pakistan/pakistans-ict-exports-reach-record-3223-1895665.html):
/// "will create 7,500 jobs and add $70 million annually to IT exports": the
/// jobs are counted, the money is a projection.
#[test]
fn counts_of_jobs_are_found_beside_the_money() {
    let r = run(
        "The Islamabad IT Park, scheduled for completion by 2025, will create 7,500 jobs and add \
         $70 million annually to IT exports, while the Karachi IT Park, set for 2027, is \
         expected to create 15,000 jobs and contribute $100 million annually.",
        &on("2024-12-19"),
    );
    for (t, n) in [("7,500 jobs", 7_500.0), ("15,000 jobs", 15_000.0)] {
        let c = claim(&r, t, 0);
        assert_eq!(c.kind, Kind::Other, "{}", c.reason);
        assert_eq!(c.stated, Some(n), "{}", c.reason);
        assert_eq!(c.reason, "a count of jobs, which itx does not track");
    }
    for t in ["$70 million", "$100 million"] {
        assert_eq!(claim(&r, t, 0).kind, Kind::Projection);
    }
}

/// Dawn, 2024-12-18 (https://www.dawn.com/news/1879460/it-exports-surge-to-324m):
/// "fewer working days in November (21 days) than in October (23 days)". A
/// count of days is no period: the months stay the sentence's.
#[test]
fn a_count_of_days_is_no_period() {
    let r = run(
        "However, the MoM drop in IT exports is due to fewer working days in November (21 days) \
         than in October (23 days).",
        &on("2024-12-18"),
    );
    for t in ["21 days", "23 days"] {
        let c = claim(&r, t, 0);
        assert_eq!(c.kind, Kind::Other, "{}", c.reason);
        assert_eq!(c.verdict, Unverifiable, "{}", c.reason);
    }
}

/// A year, a month's day or a fiscal-year label is no count, and a fraction in
/// words is as often a period ("in the primary half of FY21", Technologistan,
/// 2021-01-15) as a share: none of them is taken for a figure. (A sentence
/// written for this test around Technologistan's words.)
#[test]
fn years_days_and_halves_are_no_figures() {
    let r = run(
        "In the primary half of FY21, the ICT exports were $958 million, and on 18 August 2025 \
         the minister met 2025 graduates' parents in three quarters of the districts.",
        &on("2021-01-15"),
    );
    assert!(
        r.claims.iter().all(|c| c.kind != Kind::Other),
        "{:?}",
        r.claims
            .iter()
            .map(|c| (&c.text, c.kind))
            .collect::<Vec<_>>()
    );
}

/// Knowledge by Lanes, 2023-05-19 (https://www.knowledgebylanes.com/pakistans-it-exports-account-for-less-than-1-in-the-global-market/):
/// "80 percent of firms export less than $0.1 million and more than 90 percent
/// export less than $0.5 million per year": thresholds of a firm-level study,
/// money the checker ties to no series. Found and left unchecked, where before
/// they were passed over.
#[test]
fn money_of_no_series_is_found_and_left_unchecked() {
    let r = run(
        "Analysis of firm-wise data shows that 80 percent of firms export less than $0.1 \
         million and more than 90 percent export less than $0.5 million per year.",
        &on("2023-05-19"),
    );
    for t in ["80 percent", "$0.1 million", "90 percent", "$0.5 million"] {
        let c = claim(&r, t, 0);
        assert_eq!(c.kind, Kind::Other, "{t}: {}", c.reason);
        assert_eq!(c.verdict, Unverifiable, "{t}: {}", c.reason);
        assert!(c.series.is_none(), "{t}: {:?}", c.series);
    }
    assert_eq!(
        claim(&r, "$0.1 million", 0).reason,
        "an amount the checker could tie to no series it holds; not checked"
    );
}

/// Independent Urdu (https://www.independenturdu.com/article-author/میاں-عمران-احمد,
/// an author page, undated; checked as of 2025-10-20): "پاکستان میں تقریباً 30
/// لاکھ فری لانسرز کام کر رہے ہیں" (about 3 million freelancers work in
/// Pakistan). An Urdu count, its multiplier (لاکھ, a hundred thousand) and what
/// it counts, said in English as every reason is.
#[test]
fn an_urdu_count_is_found_with_its_multiplier() {
    let r = run(
        "پاکستان فری لانسرز ایسوسی ایشن کے مطابق پاکستان میں تقریباً 30 لاکھ فری لانسرز کام کر \
         رہے ہیں، جو سالانہ تقریباً چار سو ملین ڈالرز سے زیادہ زرمبادلہ ملک میں لاتے ہیں۔",
        &on("2025-10-20"),
    );
    let c = claim(&r, "30 لاکھ فری لانسرز", 0);
    assert_eq!(c.kind, Kind::Other, "{}", c.reason);
    assert_eq!(c.stated, Some(3_000_000.0), "{}", c.reason);
    assert_eq!(c.reason, "a count of freelancers, which itx does not track");
}

/// Roshan Pakistan News, 2024-06-22 (https://roshanpakistannews.com/?p=24393):
/// "ڈیجیٹل انفراسٹرکچر انفارمیشن منصوبوں کے لیے 20 ارب روپے مختص کیے گئے
/// ہیں" (Rs 20 billion allocated for digital infrastructure projects). An Urdu
/// amount in rupees is read as one, found and left unchecked, where it had been
/// passed over.
#[test]
fn an_urdu_amount_in_rupees_is_found() {
    let r = run(
        "وزیر نے مزید کہا کہ روپے موجودہ بجٹ میں ڈیجیٹل انفراسٹرکچر انفارمیشن منصوبوں کے لیے 20 \
         ارب روپے مختص کیے گئے ہیں۔",
        &on("2024-06-22"),
    );
    let c = claim(&r, "20 ارب روپے", 0);
    assert_eq!(c.verdict, Unverifiable, "{}", c.reason);
    assert_eq!(c.stated, Some(20_000.0), "{}", c.reason);
    assert!(c.reason.contains("in rupees"), "{}", c.reason);
}

/// Business Recorder, 2024-12-13 (https://www.brecorder.com/news/40337431/out-of-232mn-freelancers-only-38000-hold-bank-accounts-in-pakistan-pm-committee-told):
/// "only 38,000 of Pakistan’s 2.32 million freelancers have bank accounts".
/// A figure in thousands with no unit, in a sentence that counts something,
/// is a count too: "38,000" had not been found.
#[test]
fn a_bare_figure_beside_a_count_is_a_count() {
    let r = run(
        "In a startling development, it was disclosed during a high-level meeting of the Prime \
         Minister’s Committee on IT Export Remittances that only 38,000 of Pakistan’s 2.32 \
         million freelancers have bank accounts in the country.",
        &on("2024-12-13"),
    );
    let c = claim(&r, "38,000", 0);
    assert_eq!(c.kind, Kind::Other, "{}", c.reason);
    assert_eq!(c.stated, Some(38_000.0), "{}", c.reason);
    assert!(c.reason.contains("of freelancers"), "{}", c.reason);
    assert_eq!(
        claim(&r, "2.32 million freelancers", 0).stated,
        Some(2_320_000.0)
    );
}
