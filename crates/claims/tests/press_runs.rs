//! Runs of months in a year still running on the article's date (stop 39): a
//! rate is read over the run the sentence names ("July to November … from …
//! the same period of the last financial year FY23"), never over an earlier run
//! that happens to fit, and a rate the figures give only within their rounding
//! says so.

mod common;

use common::{claim, expect, on};
use itx_claims::{Cause, Verdict};

use Cause::EarlierVintage;
use Verdict::{Outdated, Supported};

/// PhoneWorld, 2023-12-19 (https://www.phoneworld.com.pk/it-export-crosses-1-billion-mark-in-5-months/):
/// "$1.152 billion during July to November of the current financial year (FY24)
/// from $1.088 billion during the same period of the last financial year FY23,
/// showing a modest increment of $64 million or 5.8% year-on-year". The base is
/// July-November FY23, not the whole of FY23, so the 5.8% is July-November's
/// year-on-year rate: $1,153m on $1,088m today (`itx series show ict --from
/// 2022-07 --to 2023-11`), +6.0%, but each of the ten whole-million months is
/// known to ±$0.5m, which allows +5.5% to +6.4% (FORMAT.md rule 1). It had been
/// supported as July-August's rate ($450m on $427m), a run the story never names.
#[test]
fn the_same_period_of_the_last_financial_year_fy23() {
    let text = "The exports of IT and IT-enabled services increased to $1.152 billion during \
                July to November of the current financial year (FY24) from $1.088 billion \
                during the same period of the last financial year FY23, showing a modest \
                increment of $64 million or 5.8% year-on-year";
    let r = expect(
        text,
        &on("2023-12-19"),
        &[
            (
                "$1.152 billion",
                "amount",
                "FY2023-24 Jul-Nov",
                Outdated,
                Some(EarlierVintage),
            ),
            (
                "$1.088 billion",
                "comparison",
                "FY2022-23 Jul-Nov",
                Supported,
                None,
            ),
            (
                "$64 million",
                "amount",
                "FY2023-24 Jul-Nov",
                Outdated,
                Some(EarlierVintage),
            ),
            (
                "5.8%",
                "growth (FYTD YoY)",
                "FY2023-24 Jul-Nov",
                Supported,
                None,
            ),
        ],
    );
    let reason = &claim(&r, "5.8%", 0).reason;
    assert!(reason.contains("$1,088m in Jul-Nov FY2022-23"), "{reason}");
    assert!(reason.contains("within the rounding"), "{reason}");
    assert!(!reason.contains("Jul-Aug"), "{reason}");
}
