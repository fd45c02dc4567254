//! "The first decline since …" (stop 37): a fall on a year earlier, the first
//! since the period named, for a month or a quarter alike. Judged on the
//! figures known on the article's date: the period claimed fell, the period
//! named fell, and none of the same length between them did.

mod common;

use common::{claim, on, run};
use itx_claims::Verdict;

/// Dawn, 2022-12-05 (https://dawn.com/news/1724775/political-uncertainty-hits-tech-exports-in-pakistan): "the outgoing September was
/// the first time since May 2020 when IT exports fell year-on-year". September
/// 2022 fell 4.2%, but so had May 2022 (`itx series show ict --transform yoy
/// --from 2020-05 --to 2022-09`): contradicted, with the later fall named.
#[test]
fn a_fall_in_between_contradicts_it() {
    let text = "Additionally, the outgoing September was the first time since May 2020 when IT \
                exports fell year-on-year.";
    let r = run(text, &on("2022-12-05"));
    let c = claim(&r, "first time since", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("also fell in May 2022"), "{}", c.reason);
}

/// The same month against the fall it did follow: May 2022.
#[test]
fn the_last_fall_named_supports_it() {
    let text = "IT exports fell 4.2% year-on-year in September 2022, the first decline since May \
                2022.";
    let r = run(text, &on("2022-12-05"));
    let c = claim(&r, "first decline since", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}

/// Quarters step back by quarters: July–September 2022 ($634m against $636m,
/// -0.3%) is the first quarter to fall on a year earlier since January–March
/// 2016 ($201m against $205m), the third quarter of FY16 (Islamabad Post,
/// 2022-12-11, with the quarter written in the sentence).
#[test]
fn quarters_step_back_by_quarters() {
    let text = "Q1FY23 was the first time since Q3FY16 when the quarterly IT exports declined \
                year-on-year.";
    let r = run(text, &on("2022-12-11"));
    let c = claim(&r, "first time since", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(
        c.reason.contains("January 2016 to March 2016"),
        "{}",
        c.reason
    );
}

/// Islamabad Post, 2022-12-11 (https://islamabadpost.com.pk/arithmetically-it-exports-are-in-a-complex-descent-senior-economist/):
/// the lead "posting quarterly growth rates for five and a half years in a row,
/// i.e. first decline since third quarter of FY16" names no quarter of its
/// own; the story's first period (FY2020-21, named later) grew, and that is not
/// the claim's period: unverifiable, not contradicted.
#[test]
fn a_fall_whose_period_is_not_written_is_not_contradicted() {
    let text = "Pakistan's IT exports are heading north after posting quarterly growth rates for \
                five and a half years in a row, i.e. first decline since third quarter of FY16.\n\n\
                Pakistan's IT exports did post significant growth in FY21 and FY22, i.e. 47 \
                percent and 24.1 percent respectively.";
    let r = run(text, &on("2022-12-11"));
    let c = claim(&r, "first decline since", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
}
