//! Texts checked without their date: a month written without its year is read
//! as the latest such month in the store, which is a guess, so nothing is
//! called wrong on it. Sentences from a real article outside the evaluation
//! corpus: "Pakistan's IT Exports Increase by 40% to Record $332 Million in
//! May" (Startup Pakistan, via worldpakistan.com.pk, June 2024, undated on the
//! page).
//!
//! Figures: SBP EasyData export TS_GP_BOP_XMGS_M (May 2024: 332; May 2023:
//! 235 first printed, 236 now; services net exports May 2023: -342) and
//! pakistaneconomydashboard's captures of SBP's 2026 releases (May 2026:
//! 373.27), as embedded in the store (data/README.md).

mod common;

use common::{claim, on, run};
use itx_claims::{CheckOptions, Verdict};

const MAY: &str = "In May, Pakistan’s IT exports saw a significant increase, jumping 40.7% \
    compared to the same month last year. The exports reached $332 million, up from $235 \
    million in May 2023.\n\nHowever, despite the rise in IT exports, the country’s service \
    sector experienced a trade deficit of $193 million in May. This was slightly higher than \
    April’s deficit of $187 million but lower than the $342 million deficit recorded in May \
    2023.";

/// Undated, "In May" is read as May 2026 ($373.27m), and May 2024's $332m
/// would be called wrong on that guess. It is unverifiable, the reason saying
/// why and how to give the date; with the date (2024-06-20) it is supported.
#[test]
fn a_month_without_its_year_in_an_undated_text_is_not_called_wrong() {
    let r = run(MAY, &CheckOptions::default());
    for figure in ["40.7%", "$332 million"] {
        let c = claim(&r, figure, 0);
        assert_eq!(c.verdict, Verdict::Unverifiable, "{figure}: {}", c.reason);
        assert!(
            c.reason.contains("article's date is not known"),
            "{}",
            c.reason
        );
        assert!(c.reason.contains("--date"), "{}", c.reason);
    }
    let dated = CheckOptions {
        date: Some("2024-06-20".parse().unwrap()),
        ..CheckOptions::default()
    };
    let r = run(MAY, &dated);
    for figure in ["40.7%", "$332 million"] {
        let c = claim(&r, figure, 0);
        assert_eq!(c.verdict, Verdict::Supported, "{figure}: {}", c.reason);
        assert_eq!(c.period.as_deref(), Some("2024-05"), "{figure}");
    }
    // A year written is no guess: May 2023's $235m is judged, dated or not.
    let r = run(MAY, &CheckOptions::default());
    let c = claim(&r, "$235 million", 0);
    assert_ne!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
}

/// "The $342 million deficit recorded in May 2023": a deficit named after its
/// amount is the balance with its sign turned (services net exports, May 2023:
/// -$342m). It had been read as +$342m and called wrong.
#[test]
fn a_deficit_named_after_its_amount() {
    let r = run(MAY, &CheckOptions::default());
    let c = claim(&r, "$342 million", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}

/// LearnOnWeb (Urdu), 2021-07-20 (`eval/fresh35/`): "پاکستان کی انفارمیشن
/// ٹکنالوجی کی برآمدات میں 47.4 فیصد کا اضافہ ہوا ہے جو رواں مالی سال میں ملک کی
/// تاریخ میں پہلی بار 2 بلین ڈالر کا عبور کرچکا ہے" (IT exports rose 47.4%,
/// crossing $2 billion for the first time in the current fiscal year). On 20
/// July no month of FY2021-22 was out: the current fiscal year is the one just
/// closed, FY2020-21 (+46.4% today, whose rounding reaches 47.4%), and "last
/// year's 1.44 billion" FY2019-20's $1,440m. Both had been read against
/// FY2021-22 and left unverifiable.
#[test]
fn the_current_fiscal_year_before_any_of_its_months_is_out() {
    let text = "اسلام آباد: پاکستان کی انفارمیشن ٹکنالوجی کی برآمدات میں 47.4 فیصد کا اضافہ ہوا ہے \
                جو رواں مالی سال میں ملک کی تاریخ میں پہلی بار 2 بلین ڈالر کا عبور کرچکا ہے۔ \
                وزارت تجارت کی جانب سے پیر کو جاری کردہ اعداد و شمار کے مطابق ، مطلق شرائط میں ، \
                آئی ٹی کی برآمدات 2020-21 میں 2.12 بلین reached تک پہنچ گئیں جو گذشتہ سال کے \
                دوران 1.44 بلین ڈالر تھیں۔";
    let r = run(text, &on("2021-07-20"));
    for words in ["47.4 فیصد", "1.44 بلین ڈالر"] {
        let c = claim(&r, words, 0);
        assert_eq!(c.verdict, Verdict::Supported, "{words}: {}", c.reason);
    }
    // In mid-August, with July's figure out, the current year is the new one.
    let text = "IT exports stood at $196 million so far in the current fiscal year.";
    let r = run(text, &on("2021-08-20"));
    let c = claim(&r, "$196 million", 0);
    assert_eq!(c.period.as_deref(), Some("FY2021-22"), "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}
