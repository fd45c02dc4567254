//! Compound annual growth rates (stop 36), on the sentences that carry them:
//! the years are the sentence's ("5, 10, and 15 year", "over the last five
//! years"), the rate runs over whole fiscal years to the claim's year, or to the
//! last one out on the article's date, and is judged like any rate: within the
//! rounding of the summed months (rule 1), or as first printed (rule 3). And
//! averages of monthly year-on-year rates over a run of months.

mod common;

use common::{claim, on, run};
use itx_claims::Verdict;

/// The News, 2023-07-22 (https://www.thenews.com.pk/print/1092812-pakistan-it-exports-stagnate-at-2-6-billion-in-fy23-missing-target):
/// "IT exports growth for FY23 … remained flat YoY to record $2.6 billion, which
/// is way lower than 5, 10, and 15 year compound annual growth rate (CAGR) of
/// 19.5 percent, 12.5 percent, and 16.3 percent, respectively". FY2017-18
/// $1,067m, FY2012-13 $803m, FY2007-08 $269m to FY2022-23 $2,596m give +19.46%,
/// +12.45% and +16.32% (`itx series show ict`, summed by fiscal year); on
/// FY2022-23 as known on the article's date, $2,605m, the ten-year rate was
/// +12.49%: the 12.5% is outdated.
#[test]
fn five_ten_and_fifteen_year_rates() {
    let text = "IT exports growth for FY23 has slowed down to its lowest level since FY16, as the \
                inflows remained flat YoY to record $2.6 billion, which is way lower than 5, 10, \
                and 15 year compound annual growth rate (CAGR) of 19.5 percent, 12.5 percent, and \
                16.3 percent, respectively.";
    let r = run(text, &on("2023-07-22"));
    for (quote, verdict, from) in [
        ("19.5 percent", Verdict::Supported, "FY2017-18"),
        ("12.5 percent", Verdict::Outdated, "FY2012-13"),
        ("16.3 percent", Verdict::Supported, "FY2007-08"),
    ] {
        let c = claim(&r, quote, 0);
        assert_eq!(c.verdict, verdict, "{quote}: {}", c.reason);
        assert!(c.reason.contains(from), "{quote}: {}", c.reason);
    }
}

/// Tweaks For Geeks, 2025-01-22 (https://www.tweaksforgeeks.com/pakistans-ict-export-remittances-surpass-3-2-billion-in-fy-2024/):
/// "the IT industry has maintained a compound annual growth rate (CAGR)
/// exceeding 22% over the last five years": FY2018-19 $1,192m to FY2023-24
/// $3,223m, the last whole fiscal year out in January 2025, is +22.01% a year.
#[test]
fn over_the_last_five_years() {
    let text = "ICT exports rose to $3.223 billion in FY2023-24.\n\nShe emphasized that the IT \
                industry has maintained a compound annual growth rate (CAGR) exceeding 22% over \
                the last five years.";
    let r = run(text, &on("2025-01-22"));
    let c = claim(&r, "22%", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("FY2018-19"), "{}", c.reason);
}

/// The same sentence with a rate the years do not give: FY2017-18 to FY2022-23
/// is +19.46% a year, not 25%.
#[test]
fn a_wrong_compound_rate_is_contradicted() {
    let text = "IT exports remained flat YoY in FY23 to record $2.6 billion, way lower than the \
                5 year compound annual growth rate (CAGR) of 25 percent.";
    let r = run(text, &on("2023-07-22"));
    let c = claim(&r, "25 percent", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("+19.46%"), "{}", c.reason);
}

/// Trade Chronicle (a Topline note), 2023-02-20
/// (https://tradechronicle.com/pakistan-jan-23-it-exports-at-us190mn-2-yoy-7mfy23-exports-almost-flat-at-us1-5bn/):
/// "slowdown is being witnessed after April 2022, with YoY growth averaging 3%
/// in May 22-Jan 23 compared to average 32% YoY growth in prior nine month
/// period of Aug 21-Apr 22". "May 22-Jan 23" is a run of nine months, and the
/// rates are the means of their monthly year-on-year rates: +2.60% and +32.04%
/// (`itx series show ict --transform yoy`).
#[test]
fn an_average_of_year_on_year_rates() {
    let text = "IT export number for January 2023 increased by 2% YoY to US$190mn.\n\nOn a broader \
                level, slowdown is being witnessed after April 2022, with YoY growth averaging 3% \
                in May 22-Jan 23 compared to average 32% YoY growth in prior nine month period of \
                Aug 21-Apr 22.";
    let r = run(text, &on("2023-02-20"));
    for (quote, period, mean) in [
        ("3%", "2022-05..2023-01", "+2.60%"),
        ("32%", "2021-08..2022-04", "+32.04%"),
    ] {
        let c = claim(&r, quote, 0);
        assert_eq!(c.period.as_deref(), Some(period), "{quote}: {}", c.reason);
        assert_eq!(c.verdict, Verdict::Supported, "{quote}: {}", c.reason);
        assert!(c.reason.contains(mean), "{quote}: {}", c.reason);
    }
}

/// The Nation, 2024-06-23
/// (https://www.nation.com.pk/23-Jun-2024/it-exports-set-another-record-of-dollar-332m-in-may):
/// "increasing to $2.92 billion during the period of July to April 2023–24 …,
/// showing an increase of $0.55 billion". A figure the words make a change
/// that no change the sentence may mean gives is wrong, not ambiguous:
/// Jul-Apr FY2023-24 rose by $459m on Jul-Apr FY2022-23 ($2,594m against
/// $2,135m). ($0.55 billion is Jul-May's change, the month the story is about
/// being out a month later: the story's figures are all Jul-May's.)
#[test]
fn a_change_no_reading_gives_is_wrong() {
    let text = "According to data, the exports of IT and IT-enabled services surged to record \
                highs throughout the financial year, increasing to $2.92 billion during the period \
                of July to April 2023–24 as compared to previous export inflows of $2.37 million, \
                showing an increase of $0.55 billion, or 23% year-on-year.";
    let r = run(text, &on("2024-06-23"));
    let c = claim(&r, "$0.55 billion", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("rose by $459m"), "{}", c.reason);
}

/// Dawn, 2022-12-05 (https://dawn.com/news/1724775/political-uncertainty-hits-tech-exports-in-pakistan):
/// "the average year-on-year growth per month between April and October …
/// has been just 9.56 per cent". An average of rates needs no word of
/// direction; "between April and October", with no year, is the latest such run
/// out in December 2022, April to October 2022, whose seven monthly
/// year-on-year rates average +6.69% (`itx series show ict --transform yoy`).
#[test]
fn an_average_without_a_direction_word() {
    let text = "Earlier this year, Pakistan was closing in on technology services exports of $3 \
                billion for FY22.\n\nDuring July-September, Pakistan’s proceeds from the sector \
                stood at $633m — lower than the past four quarters.\n\nFurthermore, the average year-on-year growth per \
                month between April and October — after the PTI was removed from the government \
                — has been just 9.56 per cent.";
    let r = run(text, &on("2022-12-05"));
    let c = claim(&r, "9.56 per cent", 0);
    assert_eq!(
        c.period.as_deref(),
        Some("2022-04..2022-10"),
        "{}",
        c.reason
    );
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("+6.69%"), "{}", c.reason);
}
