//! Bounds, each its own rule (issue 11): "over", "under" and "nearly" on a
//! level, and the two ends of "between $3 billion and $3.5 billion" (a lower
//! and an upper bound, each judged as one).

mod common;

use common::expect;
use itx_claims::{CheckOptions, Verdict};

use Verdict::{Contradicted, Supported};

/// Checked on today's figures, with no article date.
fn now() -> CheckOptions {
    CheckOptions::default()
}

/// Bounds each have their rule: "under $500 million" is an upper bound that July
/// 2025's $354m (dashboard) meets; "nearly $400 million" is not (354 is 11.5%
/// short); "over $300 million" is a lower bound it meets.
#[test]
fn under_below_and_nearly_are_different_bounds() {
    expect(
        "IT exports were under $500 million in July 2025. IT exports were nearly \
         $400 million in July 2025. IT exports were over $300 million in July 2025.",
        &now(),
        &[
            ("$500 million", "amount", "2025-07", Supported, None),
            ("$400 million", "amount", "2025-07", Contradicted, None),
            ("$300 million", "amount", "2025-07", Supported, None),
        ],
    );
}

/// "IT exports were between $3 billion and $3.5 billion in FY2023-24" is two
/// bounds: FY2023-24's $3,223m (`itx series show ict`, summed by fiscal year) is
/// above the first and below the second, so neither end is wrong (the second
/// had been judged as a level, $3,500m, and contradicted). "Between $3.3 billion
/// and $3.5 billion" is wrong at its lower end.
#[test]
fn between_two_amounts_is_a_lower_and_an_upper_bound() {
    expect(
        "IT exports were between $3 billion and $3.5 billion in FY2023-24. IT exports \
         were between $3.3 billion and $3.5 billion in FY2023-24.",
        &now(),
        &[
            ("$3 billion", "amount", "FY2023-24", Supported, None),
            ("$3.5 billion", "amount", "FY2023-24", Supported, None),
            ("$3.3 billion", "amount", "FY2023-24", Contradicted, None),
            ("$3.5 billion", "amount", "FY2023-24", Supported, None),
        ],
    );
}
