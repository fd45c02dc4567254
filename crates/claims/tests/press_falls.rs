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

/// A services deficit's change, as the press writes it. The store keeps the
/// balance as exports less imports: -$1,347m in Jul-Dec FY2020-21 against
/// -$2,070m a year earlier (`itx series show pk.ebops.services.net --from
/// 2019-07 --to 2020-12 --transform fytd`). A deficit 34.9% smaller is net
/// exports up 34.9%, and a deficit's size is the balance with its sign turned.
/// The News, 2021-01-23 (https://www.thenews.com.pk/print/778388-it-exports-surge-40pc-to-958mln-in-first-half):
/// "Trade deficit in services improved to $977 million … showing a 42 percent
/// improvement" is contradicted on SBP's figures (-34.9%, not -42%), no longer
/// left as two readings. The English and Urdu sentences after it are the same
/// figures written as the press writes them; before, the fall was called
/// contradicted and the amount a positive balance.
#[test]
fn a_deficit_that_shrank_is_net_exports_that_rose() {
    let r = run(
        "Trade deficit in services improved to $977 million in the July-December period \
         compared to $1.7 billion in the same period a year earlier, showing a 42 percent \
         improvement.",
        &on("2021-01-23"),
    );
    let c = claim(&r, "42 percent", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("+34.9%"), "{}", c.reason);
    for text in [
        "The trade deficit in services decreased 34.9 percent to $1.347 billion in \
         July-December 2020.",
        "جولائی تا دسمبر 2020 میں خدمات کا تجارتی خسارہ 34.9 فیصد کمی سے ایک ارب 34 کروڑ 70 \
         لاکھ ڈالر رہا۔",
    ] {
        let r = run(text, &on("2021-02-15"));
        let rate = &r.claims[0];
        assert_eq!(rate.verdict, Verdict::Supported, "{}", rate.reason);
        assert!(
            rate.reason.contains("the change of the deficit"),
            "{}",
            rate.reason
        );
        let amount = &r.claims[1];
        assert_eq!(amount.verdict, Verdict::Supported, "{}", amount.reason);
        assert!(amount.reason.contains("-$1,347m"), "{}", amount.reason);
    }
    let r = run(
        "The services trade deficit increased 21 percent in July-December 2019.",
        &on("2020-02-15"),
    );
    assert_eq!(claim(&r, "21 percent", 0).verdict, Verdict::Contradicted);
}

/// HUM News, 2025-01-17: "Pakistan’s service sector faced a trade deficit of
/// $218 million in December 2024, marking a significant 116 per cent increase
/// compared to the $101 million deficit in the same period last year". The
/// relative period after "deficit" is the base's: December 2023, when services
/// exports of $742m less imports of $856m left a deficit of $114m (`itx series
/// show services --from 2023-12 --to 2023-12`, `itx series show
/// services-imports …`). The store's only print of those months is EasyData's of
/// 2025-04-17, so the $101m is judged on it, and said so.
#[test]
fn a_deficit_in_the_same_period_last_year() {
    let text = "ISLAMABAD: Pakistan’s service sector faced a trade deficit of $218 million in \
                December 2024, marking a significant 116 per cent increase compared to the $101 \
                million deficit in the same period last year, according to the latest data from \
                the State Bank of Pakistan (SBP).";
    let r = run(text, &on("2025-01-17"));
    let c = claim(&r, "$101 million", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert_eq!(c.period.as_deref(), Some("2023-12"), "{}", c.reason);
    assert!(c.reason.contains("-$114m"), "{}", c.reason);
    let c = claim(&r, "$218 million", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("-$213m"), "{}", c.reason);
}

/// The News, 2022-08-03 (https://www.thenews.com.pk/print/979120-july-exports-imports-fall-amid-economic-slowdown):
/// "The trade deficit in services ballooned 105.7 percent to $5.175 billion in
/// FY22 from $2.516 billion in FY21." Both amounts are the deficit's size: the
/// store's FY2020-21 balance is -$2,516m (imports $8,461m less exports
/// $5,945m, `itx series show services`, `services-imports`, `--transform
/// fytd`), so the base is right; it had been read as a surplus of $2,516m and
/// called wrong. "ballooned" was no verb the deficit's words knew.
#[test]
fn a_deficit_named_anywhere_before_its_amounts() {
    let r = run(
        "The trade deficit in services ballooned 105.7 percent to $5.175 billion in FY22 from \
         $2.516 billion in FY21.",
        &on("2022-08-03"),
    );
    let base = claim(&r, "$2.516 billion", 0);
    assert_eq!(base.stated, Some(-2_516.0), "{}", base.reason);
    assert_eq!(base.verdict, Verdict::Supported, "{}", base.reason);
    assert_eq!(claim(&r, "$5.175 billion", 0).stated, Some(-5_175.0));
}

/// Profit, 2024-08-03 (https://profit.pakistantoday.com.pk/2024/08/03/pakistans-services-trade-deficit-soars-122-to-2-31-billion-in-fy24):
/// "Service imports also jumped 41.4% in June, totaling $1.06 billion, up from
/// $746 million in the same month last year." Services imports had no words of
/// their own and were read as the story's balance; June 2023's imports are
/// $746m (`itx series show services-imports --from 2023-06 --to 2023-06`).
#[test]
fn services_imports_by_their_own_words() {
    let r = run(
        "Service imports also jumped 41.4% in June 2024, totaling $1.06 billion, up from $746 \
         million in the same month last year.",
        &on("2024-08-03"),
    );
    let base = claim(&r, "$746 million", 0);
    assert_eq!(
        base.series.as_ref().map(|k| k.as_str()),
        Some("pk.ebops.services.debit"),
        "{}",
        base.reason
    );
    assert_eq!(base.verdict, Verdict::Supported, "{}", base.reason);
}

/// A lower bound on a deficit is an upper bound on net exports (sentences
/// written for this test; Invest.pk, 2023-05-22, https://invest.pk/view-news/3880,
/// wrote "Pakistan ran a huge $5.4bn services trade deficit in the last fiscal
/// year"): "a deficit of over $5.4bn" had been read as net exports above
/// -$5.4bn, which any smaller deficit meets. EasyData FY2021-22: imports
/// $12,942m less exports $7,102m, a deficit of $5,840m; FY2020-21's was $2,516m.
#[test]
fn a_deficit_of_over_an_amount() {
    let r = run(
        "Pakistan ran a services trade deficit of over $5.4bn in FY2021-22.",
        &on("2023-05-22"),
    );
    let c = claim(&r, "$5.4bn", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    let r = run(
        "Pakistan ran a services trade deficit of over $5.4bn in FY2020-21.",
        &on("2023-05-22"),
    );
    let c = claim(&r, "$5.4bn", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    let r = run(
        "Pakistan ran a services trade deficit of nearly $6bn in FY2021-22.",
        &on("2023-05-22"),
    );
    let c = claim(&r, "$6bn", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}
