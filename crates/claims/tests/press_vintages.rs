//! Figures copied from releases the store holds only in part, each on the real
//! sentence that prompted the rule (the articles are in
//! `crates/claims/eval/fresh5/`).

mod common;

use common::{claim, expect, on};
use itx_claims::{Cause, Verdict};

use Verdict::{Outdated, Supported};

/// UrduPoint, 2022-03-20 (https://www.urdupoint.com/en/business/it-exports-increased-by-2992-in-8-months-1485525.html):
/// Jul-Feb FY2021-22 sums to $1,690m today. In March 2022 September 2021 stood at
/// its first print, $215m (now $216m), and the months summed to $1,689m (so they
/// do with January 2022 at its first print, $185m, now $186m); the
/// 29.92% is that $1,689m against Jul-Feb FY2020-21 as then printed, $1,300m
/// (January 2021 $161m, February 2021 $179m; now $162m and $176m, $1,298m).
/// Today's sums fit these figures only within the rounding of eight whole-million
/// months, the figures printed then exactly: outdated, not supported. "$1.3 billion",
/// printed to the hundred million, fits today's $1,298m and stays supported.
#[test]
fn a_running_total_as_printed_then() {
    let text = "\"ICT export remittances, including Telecommunication, Computer and \
                Information Services for the period July 2021 to February 2022 have surged \
                to the US $ 1.689 billion at a growth rate of 29.92 percent in comparison to \
                the US $ 1.3 billion during the same period in FY 2020-21,\" said an official \
                of the ministry of IT and Telecom here on Sunday.";
    let r = expect(
        text,
        &on("2022-03-20"),
        &[
            (
                "US $ 1.689 billion",
                "amount",
                "FY2021-22 Jul-Feb",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "29.92 percent",
                "growth (FYTD YoY)",
                "FY2021-22 Jul-Feb",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "US $ 1.3 billion",
                "comparison",
                "FY2020-21 Jul-Feb",
                Supported,
                None,
            ),
        ],
    );
    let total = claim(&r, "US $ 1.689 billion", 0);
    // Either first print, September's $215m or January 2022's $185m (now $186m),
    // gives $1,689m with one month changed; the store cannot say which release
    // the ministry summed.
    assert!(
        total.reason.contains("September 2021 as $215m, now $216m")
            || total.reason.contains("January 2022 as $185m, now $186m"),
        "{}",
        total.reason
    );
    let rate = claim(&r, "29.92 percent", 0);
    assert!(
        rate.reason.contains("$1,689m against $1,300m"),
        "{}",
        rate.reason
    );
}
