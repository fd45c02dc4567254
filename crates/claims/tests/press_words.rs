//! Record phrases and numbers as real copy writes them (stop 31), each on the
//! sentence that prompted the rule (the articles are in `crates/claims/eval/`):
//! "the previous highest … was", "the monthly peak of", Urdu "پہلی بار" with an
//! amount, hundreds written out ("نوسواٹھاون ملین ڈالر"), a decimal ending in a
//! word ("47 اعشاریہ ایک فیصد"), and a rate set against another by "جبکہ" (while).

mod common;

use common::{claim, on, run, series};
use itx_claims::Verdict;

use Verdict::Supported;

/// Dawn, 2024-04-23 (https://www.dawn.com/news/1829115/it-exports-surge-to-306m-in-march):
/// "The previous highest monthly export number was $303m in December 2023" is a
/// previous record, its amount a few words on: December 2023's $303m was the
/// highest month before March 2024, the story's month (it had been judged as of
/// December 2023). CW Pakistan, 2023-01-21 (https://cwpakistan.com/it-exports-shrink-2-percent):
/// "the monthly peak of $260 million recorded in March 2022" is the highest month
/// before December 2022.
#[test]
fn the_previous_highest_and_the_monthly_peak() {
    let text = "ISLAMABAD: Pakistan recorded the highest-ever monthly IT exports of $306 \
                million in March, posting a 37 per cent rise over the corresponding month \
                last year. The previous highest monthly export number was $303m in December \
                2023.";
    let r = run(text, &on("2024-04-23"));
    let c = claim(&r, "previous highest", 0);
    assert_eq!(c.period.as_deref(), Some("2024-03"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    let text = "IT exports shrink 2 percent in December.\n\nDecember exports reached close to \
                $250 million for the first time after April 2022, but were down from the \
                monthly peak of $260 million recorded in March 2022, he said.";
    let r = run(text, &on("2023-01-21"));
    let c = claim(&r, "the monthly peak of", 0);
    assert_eq!(c.kind.label(), "record");
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("$260m in March 2022"), "{}", c.reason);
}

/// Express (thinkerspk.com), 2025-11-17 (https://www.thinkerspk.com/a/332115):
/// "اکتوبر 2025 میں پہلی بار … نے 38کروڑ 60 لاکھ ڈالر کی برآمدات کی ہیں" (in October
/// 2025, for the first time, … exported $386 million) claims a level no month had
/// reached: October 2025's $386m above September 2025's $366m.
#[test]
fn urdu_for_the_first_time_with_an_amount() {
    let text = "اکتوبر 2025 میں پہلی بار مقامی آئی ٹی سیکٹر نے 38کروڑ 60 لاکھ ڈالر کی برآمدات \
                کی ہیں۔";
    let r = run(text, &on("2025-11-17"));
    let c = claim(&r, "پہلی بار", 0);
    assert_eq!(c.kind.label(), "record");
    assert_eq!(c.period.as_deref(), Some("2025-10"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// Dunya News, January 2021: "گزشتہ سال چھ سو چوراسی ملین ڈالر سے بڑھ کر … نوسواٹھاون
/// ملین ڈالر" is $684 million rising to $958 million (hundreds written out, the
/// second run together). Jul-Dec FY2019-20 is $684m; Jul-Dec FY2020-21 $960m
/// today, $958m with September and December 2020 at their first prints.
#[test]
fn urdu_hundreds_written_out() {
    let text = "پاکستان سافٹ ویئر ایکسپورٹ بورڈ کے مطابق آئی ٹی کی برآمدات گزشتہ سال چھ سو چوراسی \
                ملین ڈالر سے بڑھ کر رواں مالی سال کی پہلی ششماہی میں نوسواٹھاون ملین ڈالر تک ہو \
                گئیں۔";
    let r = run(text, &on("2021-01-25"));
    let c = claim(&r, "نوسواٹھاون ملین ڈالر", 0);
    assert_eq!(c.stated, Some(958.0), "{}", c.reason);
    assert_eq!(
        c.period.as_deref(),
        Some("FY2020-21 Jul-Dec"),
        "{}",
        c.reason
    );
    assert_eq!(claim(&r, "چھ سو چوراسی ملین ڈالر", 0).stated, Some(684.0));
}

/// Express (thinkerspk.com), 2025-11-17: "شرح 17فیصد جبکہ زیرتبصرہ مہینے میں
/// 5.5فیصد" (a growth rate of 17% while, in the month under review, 5.5%): the
/// second rate is a rate too. October 2025's $386m is +17.0% on October 2024's
/// $330m and +5.5% on September's $366m.
#[test]
fn urdu_a_rate_set_against_another() {
    let text = "اکتوبر 2025 میں پہلی بار مقامی آئی ٹی سیکٹر نے 38کروڑ 60 لاکھ ڈالر کی برآمدات \
                کی ہیں۔\n\nاسٹیٹ بینک کے اعداد و شمار کے مطابق پاکستانی آئی ٹی سیکٹر کی ایک سال \
                میں برآمدی نمو کی شرح 17فیصد جبکہ زیرتبصرہ مہینے میں 5.5فیصد ریکارڈ کی گئی ہے۔";
    let r = run(text, &on("2025-11-17"));
    let c = claim(&r, "5.5فیصد", 0);
    assert_eq!(c.period.as_deref(), Some("2025-10"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// UrduPoint, 2021-07-31 (https://www.urdupoint.com/pakistan/news/karachi/national-news/live-news-2866236.html):
/// a story that names no period is about what was out on its date. June 2021 was
/// out, so "2 بلین ڈالر سے تجاوز" (exceeded $2 billion) is FY2020-21's $2,108m and
/// last year's "1.44 بلین امریکی ڈالر" FY2019-20's $1,440m; both had been left
/// with no period.
#[test]
fn a_story_without_a_period_is_about_what_was_out() {
    let text = "یو بی جی کے دیگر رہنماؤں اور ممبران نے وزیر اعظم کے مشیر تجارت عبدالرزاق داؤد کو آئی \
                ٹی ایکسپورٹ کو ملکی تاریخ میں پہلی بار 2 بلین ڈالر سے تجاوز کرنے پر مبارکباد پیش کی \
                ہے۔\n\nیو بی جی کی قیادت نے بجٹ میں ٹیکسوں اور طریقہ کار میں حکومت کی جانب سے پیش \
                کردہ مختلف مراعات کا بھی خیر مقدم کیا کہ جس کے نتیجے میں آئی ٹی برآمدات کی حوصلہ \
                افزائی ہوئی، خاص طور پر برآمدات کے لحاظ سے جو گزشتہ سال 1.44 بلین امریکی ڈالر کی \
                سطح پر ریکارڈ کی گئی تھی۔";
    let r = run(text, &on("2021-07-31"));
    for (words, fy) in [
        ("2 بلین ڈالر سے تجاوز", "FY2020-21"),
        ("1.44 بلین امریکی ڈالر", "FY2019-20"),
    ] {
        let c = claim(&r, words, 0);
        assert_eq!(c.verdict, Supported, "{}", c.reason);
        assert!(c.reason.contains(fy), "{}", c.reason);
    }
}

/// Bol News, 2021-04-26 (https://www.bolnews.com/latest/2021/04/it-exports-of-the-country-surpass-1-5-billion-for-the-first-time/):
/// "to surpass $1.5 billion for the first time ever" in a story about March 2021:
/// a bound far beyond a month's scale is the fiscal year to date's (Jul-Mar
/// FY2020-21, $1,507m), and the decimal point of "$1.5" no longer hides the
/// record phrase after it.
#[test]
fn a_bound_beyond_a_month_and_a_decimal_before_the_first_time() {
    let text = "The Information Technology (IT) industry of Pakistan is experiencing sustained \
                growth since months now enabling its exports to surpass $1.5 billion for the \
                first time ever. Apart from this, another record was broken as the country \
                received $213 million in export remittances in March alone.";
    let r = run(text, &on("2021-04-26"));
    let c = claim(&r, "$1.5 billion", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("Jul-Mar FY2020-21"), "{}", c.reason);
    assert_eq!(
        claim(&r, "for the first time ever", 0).kind.label(),
        "record"
    );
}

/// The News, 2023-06-22 (https://www.thenews.com.pk/print/1083147-pakistan-to-miss-5bn-it-exports-target-by-half):
/// "the FY23 average exports of $215 million" is the average month of FY2022-23
/// so far: Jul-May summed to $2,369m on the article's date ($215.36m a month),
/// $2,371m today ($215.55m, which rounds to $216m): right then, revised since.
#[test]
fn the_average_month_of_a_year_so_far() {
    let text = "In May 2023, IT exports were recorded at $236 million. The number of May 2023 \
                exports is the 2nd highest in FY23 (Dec 2022: $246 million), and also above the \
                FY23 average exports of $215 million.";
    let r = run(text, &on("2023-06-22"));
    let c = claim(&r, "$215 million", 0);
    assert_eq!(c.period.as_deref(), Some("FY2022-23"), "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Outdated, "{}", c.reason);
    assert!(
        c.reason.contains("average month of Jul-May FY2022-23"),
        "{}",
        c.reason
    );
}

/// The Nation, 2024-12-19 (https://www.nation.com.pk/19-Dec-2024/it-exports-surge-in-2023-24-sheza-fatima):
/// "the $2.596 million achieved during FY 2022-23" is FY2022-23's $2,596m with
/// its unit word slipped: read as meant, and said so.
#[test]
fn million_written_for_billion() {
    let text = "Pakistan’s IT sector added a stellar $627 million to the $2.596 million \
                achieved during FY 2022-23, a remarkable increase of over 24 percent, she told \
                the National Assembly.";
    let r = run(text, &on("2024-12-19"));
    let c = claim(&r, "$2.596 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(
        c.reason.contains("\"million\" written for \"billion\""),
        "{}",
        c.reason
    );
}

/// Daily Pakistan, 2024-05-18 (https://en.dailypakistan.com.pk/18-May-2024/it-exports-set-another-record-of-dollar-310-million-in-april):
/// "crossing a mark of $2.593 billion during the period of July to April 2023–24, as
/// compared to previous export inflows of $2.135 million" — the base a year back,
/// Jul-Apr FY2022-23's $2,135m, with "million" written for "billion". It had been
/// left unverifiable, read against the story's own months.
#[test]
fn million_written_for_billion_in_a_base() {
    let text = "According to the data revealed by the State Bank of Pakistan, exports of IT and \
                IT-enabled services surged to record highs throughout the financial year, \
                crossing a mark of $2.593 billion during the period of July to April 2023–24, \
                as compared to previous export inflows of $2.135 million.";
    let r = run(text, &on("2024-05-18"));
    let c = claim(&r, "$2.135 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(
        c.reason.contains("Jul-Apr FY2022-23, $2,135m"),
        "{}",
        c.reason
    );
    assert!(c.reason.contains("not $2.135m"), "{}", c.reason);
    assert!(
        c.reason.contains("\"million\" written for \"billion\""),
        "{}",
        c.reason
    );
}

/// ARY News, 2022-01-23 (https://arynews.tv/pakistans-ict-exports-witness-35pc-increase-in-six-months-of-fy2022/,
/// `eval/fresh4/`): "the country's exports rose by 25 per cent to $15.125
/// billion in the first half (Jul-Dec) of the current fiscal year" is about
/// goods, not the story's ICT exports (it had been contradicted as ICT's
/// +35.7%). INP-WealthPK, 2025-12-19: "merchandise exports … to $12.8
/// billion". The press takes goods trade from the Bureau of Statistics'
/// customs figures, which differ from SBP's balance of payments: not judged.
#[test]
fn the_countrys_exports_are_goods_and_not_judged_against_sbp() {
    let r = run(
        "ICT exports reached US$1.3 billion during the six months from July to December 2021. \
         It is pertinent to mention here that the country's exports rose by 25 per cent to \
         $15.125 billion in the first half (Jul-Dec) of the current fiscal year, compared to \
         $12.110 billion during last year's corresponding period.",
        &on("2022-01-23"),
    );
    let c = claim(&r, "25 per cent", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(c.reason.contains("Goods exports"), "{}", c.reason);
    assert!(c.reason.contains("Bureau of Statistics"), "{}", c.reason);
    assert_eq!(claim(&r, "US$1.3 billion", 0).verdict, Supported);
}

/// The News, 2023-03-25 (https://www.thenews.com.pk/print/1053572-pakistan-to-miss-fy23-it-exports-target-by-big-margin,
/// `eval/fresh4/`): "Exports for Feb'23 have stayed below the $200 million
/// mark" is an upper bound (February 2023: $195m); "below the" had not been
/// read as one, and the $200m was contradicted as a level. The News,
/// 2023-07-22: "Net (exports minus imports) IT exports … increased by 15
/// percent" is net exports' growth (FY2022-23 on FY2021-22: +15.0% on the
/// figures of the article's date, +14.4% now), not gross exports' -0.9%.
#[test]
fn below_the_mark_and_net_in_brackets() {
    let r = run(
        "IT exports went down 3 percent year-on-year (YoY) in February 2023. Exports for \
         Feb'23 have stayed below the $200 million mark for the second consecutive month.",
        &on("2023-03-25"),
    );
    let c = claim(&r, "$200 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("under $200m"), "{}", c.reason);
    let r = run(
        "Net (exports minus imports) IT exports in Pakistan increased by 15 percent \
         year-on-year (YoY) in FY23.",
        &on("2023-07-22"),
    );
    let c = claim(&r, "15 percent", 0);
    assert_eq!(c.verdict, Verdict::Outdated, "{}", c.reason);
    assert!(c.reason.contains("$2,306m against $2,006m"), "{}", c.reason);
}

/// The News, 2021-03-23 (`eval/fresh4/`): "$1.3bln" is $1.3 billion (Jul-Feb
/// FY2020-21's ICT exports: $1,311m); "bln" had not been read as a unit.
#[test]
fn bln_is_billions() {
    let r = run(
        "Pakistan's IT exports rose to $1.3bln in July-February FY21.",
        &on("2021-03-23"),
    );
    let c = claim(&r, "$1.3bln", 0);
    assert_eq!(c.stated, Some(1300.0), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// Business Recorder, 2024-01-18 (`eval/fresh5/`): "ITeS exports' remittances
/// increased by around 17 per cent on a month-on-month (MoM) basis in December
/// 2023 and remained $303 million compared to $ 259 million in December 2023."
/// The base is dated the month it is compared with; the sentence says month on
/// month, and $259m is November 2023's figure: read as meant (it had been
/// contradicted as December's).
#[test]
fn a_month_on_month_base_dated_its_own_month() {
    let r = run(
        "The official data showed that ITeS exports' remittances increased by around 17 per \
         cent on a month-on-month (MoM) basis in December 2023 and remained $303 million \
         compared to $ 259 million in December 2023.",
        &on("2024-01-18"),
    );
    let c = claim(&r, "$ 259 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert_eq!(c.period.as_deref(), Some("2023-11"), "{}", c.reason);
    assert!(c.reason.contains("month-on-month base"), "{}", c.reason);
    assert_eq!(claim(&r, "$303 million", 0).verdict, Supported);
}

/// South Asia Investor, 2021-10 (`eval/fresh2/`): "Pakistan's quarterly
/// technology exports reached $635 million in the first quarter of the current
/// fiscal year 2021-22, up more than 6 times since the first quarter of fiscal
/// year 2009-10." A multiple of the quarter named after "since": Q1 FY2021-22
/// ($636m today) over Q1 FY2009-10 ($106m) is 6.0 times, so "more than 6
/// times" holds within the store's rounding. It had been left unjudged. A
/// vague base ("6-fold since 2010", a calendar year against a quarter) still is.
#[test]
fn a_multiple_since_a_named_quarter() {
    let r = run(
        "Pakistan's quarterly technology exports reached $635 million in the first quarter \
         of the current fiscal year 2021-22, up more than 6 times since the first quarter of \
         fiscal year 2009-10.",
        &on("2021-10-20"),
    );
    let c = claim(&r, "6 times", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("FY2009-10"), "{}", c.reason);
    let r = run(
        "Pakistan's quarterly technology exports reached $635 million in the first quarter \
         of the current fiscal year 2021-22, up 6-fold since 2010.",
        &on("2021-10-20"),
    );
    let c = claim(&r, "6-fold", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(c.reason.contains("a multiple"), "{}", c.reason);
}

/// PhoneWorld, 2022-10-10 (`eval/fresh27/`): "Pakistan's information and
/// communications technology (ICT) exports have doubled in the last three
/// years." FY2021-22 ($2,619m) over FY2018-19 ($1,192m) is 2.20 times:
/// "doubled" (1.5 to 2.5 times) holds. A doubling planned ("could double in the
/// next five years") is no figure to check.
#[test]
fn doubled_in_the_last_three_years() {
    let r = run(
        "Pakistan's information and communications technology (ICT) exports have doubled in \
         the last three years.",
        &on("2022-10-10"),
    );
    let c = claim(&r, "doubled", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("2.20 times"), "{}", c.reason);
    let r = run(
        "Pakistan's ICT exports could double in the next five years.",
        &on("2022-10-10"),
    );
    if let Some(c) = r.claims.iter().find(|c| c.text.contains("double")) {
        assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    }
}

/// The News, 2024-10-14 (`eval/fresh18/`): "They doubled from $1.3 billion in
/// 2019 to $2.7 billion in 2023": calendar 2023 over calendar 2019 is about 2.1
/// times. UrduPoint, 2024-11-20 (`eval/fresh6/`): "in the first four months,
/// the country's IT exports have doubled compared to the same period last
/// year": Jul-Oct FY2024-25 ($1,206m) is 1.35 times Jul-Oct FY2023-24 ($894m),
/// not twice.
#[test]
fn doubled_between_two_periods() {
    let r = run(
        "Pakistan's IT exports doubled from $1.3 billion in 2019 to $2.7 billion in 2023.",
        &on("2024-10-14"),
    );
    let c = claim(&r, "doubled", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    let r = run(
        "Speaking at a news conference, he stated that in the first four months, the \
         country's IT exports have doubled compared to the same period last year.",
        &on("2024-11-20"),
    );
    let c = claim(&r, "doubled", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("1.35 times"), "{}", c.reason);
}

/// ARY News, 2022-01-23 (https://arynews.tv/pakistans-ict-exports-witness-35pc-increase-in-six-months-of-fy2022/):
/// "… against Rs959 million exports during the same period of the previous
/// fiscal year". Rs959 million would be some $6 million; Jul-Dec FY2020-21's
/// ICT exports were $960m, $959m as then printed: a slip of the unit, judged as
/// dollars and said so. A rupee amount no dollar figure of the sentence gives
/// is still not judged.
#[test]
fn rupees_that_are_a_slip_for_dollars() {
    let text = "The ICT exports rose to $1.3 billion during the six months from July to December \
                2021 against Rs959 million exports during the same period of the previous fiscal \
                year.";
    let r = run(text, &on("2022-01-23"));
    let c = claim(&r, "Rs959 million", 0);
    assert_ne!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert_ne!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("rupees"), "{}", c.reason);
    let text = "The ICT exports rose to $1.3 billion during the six months from July to December \
                2021, and the government gave Rs500 million in tax relief.";
    let r = run(text, &on("2022-01-23"));
    let c = claim(&r, "Rs500 million", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
}

/// Daily Times, 2022-02-26 (https://dailytimes.com.pk/892044/it-exports-in-seven-months-remain-highest-ever-at-1-487b/):
/// "The country has reported the highest IT and
/// telecom services exports in the first seven months of the current financial
/// year": a record for the span. Jul-Jan FY2021-22 ($1,487m as then known) is
/// above the same months of every earlier year (FY2020-21's $1,120m the best).
#[test]
fn the_highest_exports_in_the_first_months() {
    let text = "The country has reported the highest IT and telecom services exports in the \
                first seven months of the current financial year, showing a growth of 32.65 \
                percent.";
    let r = run(text, &on("2022-02-26"));
    let c = claim(&r, "the highest", 0);
    assert_eq!(c.kind.label(), "record");
    assert_eq!(
        c.period.as_deref(),
        Some("FY2021-22 Jul-Jan"),
        "{}",
        c.reason
    );
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}

/// TechJuice, 2020-12-24 (https://www.techjuice.pk/pakistans-it-exports-show-a-40-growth-in-july-nov-fy21/):
/// "According to the latest statistics of the export of goods and services …,
/// the Information Telecommunication (IT) and IT-enabled Services (ITeS) sector
/// has recorded exports worth $763 million in the July-Nov period" names the
/// headline, the acronym closing a bracket; the statistics' name is not the
/// figure's line. Jul-Nov FY2020-21 is $765m today, $763m as then printed.
#[test]
fn it_and_ites_with_their_acronyms_in_brackets() {
    let text = "According to the latest statistics of the export of goods and services issued by \
                the State Bank of Pakistan (SBP), the Information Telecommunication (IT) and \
                IT-enabled Services (ITeS) sector has recorded exports worth $763 million in the \
                July-Nov period of the Fiscal Year 2020-21(FY21) which is up 39 percent from the \
                same period of the Fiscal Year 2019-2020(FY20) when they were recorded as $549 \
                million.";
    let r = run(text, &on("2020-12-24"));
    for quote in ["$763 million", "39 percent", "$549 million"] {
        let c = claim(&r, quote, 0);
        assert_eq!(
            c.series.as_ref().map(|k| k.as_str()),
            Some("pk.ebops.9.credit"),
            "{quote}: {}",
            c.reason
        );
        assert_ne!(c.verdict, Verdict::Unverifiable, "{quote}: {}", c.reason);
    }
}

/// Business Tribune, 2021-04-30
/// (https://businesstribune.com.pk/economy-news/it-exports-at-record-level-of-1-5-billion/):
/// "receiving the highest export proceeds in a month of $ 213 million" is an
/// all-time monthly high: March 2021, $213m as first printed ($209m now), above
/// every earlier month (December 2020, $194m).
#[test]
fn the_highest_in_a_month_is_a_monthly_record() {
    let text = "Pakistan’s information technology sector has shown strong growth in recent \
                months, surpassing $ 1.5 billion exports during Fiscal Year 2021. In the month of \
                March alone, the industry broke another record, receiving the highest export proceeds in a month of $ 213 million according to data released \
                by the State Bank of Pakistan.";
    let r = run(text, &on("2021-04-30"));
    let c = claim(&r, "highest export proceeds in a month", 0);
    assert_eq!(c.kind.label(), "record");
    assert_eq!(c.period.as_deref(), Some("2021-03"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// Siasat.pk, 2018-07-20
/// (https://blog.siasat.pk/making-history-pakistans-it-exports-cross-1-billion-mark/):
/// "IT exports through banking channels have crossed $1 billion mark in
/// Pakistan, for the very first time" is the first fiscal year above $1bn
/// (FY2017-18, $1,067m; FY2016-17 was $940m).
#[test]
fn for_the_very_first_time() {
    let text = "IT exports through banking channels have crossed $1 billion mark in Pakistan, for \
                the very first time, in the financial year 2017-18.";
    let r = run(text, &on("2018-07-20"));
    let c = claim(&r, "for the very first time", 0);
    assert_eq!(c.kind.label(), "record");
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// Trade Chronicle (a Topline note), 2023-06-22
/// (https://tradechronicle.com/pakistan-technology-it-exports-for-may-23-jump-amid-higher-working-days-up-24-mom-to-us236mn/):
/// "May 2023 exports is the 2nd highest number in FY23 (Dec 2022: US$246mn)"
/// ranks May among the months of FY2022-23 so far (second to December's $246m),
/// not among all months since 2005 (fifth); and "declined 1% YoY to record at
/// US$2.37bn" uses "record" as a verb, no record claim.
#[test]
fn a_rank_within_the_fiscal_year_and_record_as_a_verb() {
    let text = "In 11MFY23, IT exports have marginally declined 1% YoY to record at US$2.37bn.\n\n\
                May 2023 exports is the 2nd highest number in FY23 (Dec 2022: US$246mn). This \
                number is also above the FY23 average exports of US$215mn.";
    let r = run(text, &on("2023-06-22"));
    let c = claim(&r, "2nd highest", 0);
    assert_eq!(c.period.as_deref(), Some("2023-05"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(
        c.reason.contains("ranks 2 of the 11 months"),
        "{}",
        c.reason
    );
    assert!(r.claims.iter().all(|c| c.text != "record"));

    // The News, 2023-06-22 (https://www.thenews.com.pk/print/1083147-pakistan-to-miss-5bn-it-exports-target-by-half),
    // the same note with FY23 right after the phrase: "The number of May 2023
    // exports is the 2nd highest in FY23". FY23 is where the month is ranked,
    // not the claim's period; it had been left unjudged as "a record claim
    // about FY2022-23".
    let text = "IT exports were $236 million in May 2023.\n\nThe number of May 2023 exports is the \
                2nd highest in FY23 (Dec 2022: $246 million).";
    let r = run(text, &on("2023-06-22"));
    let c = claim(&r, "2nd highest", 0);
    assert_eq!(c.period.as_deref(), Some("2023-05"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// Siasat.pk, 2018-07-20
/// (https://blog.siasat.pk/making-history-pakistans-it-exports-cross-1-billion-mark/):
/// "The country also recorded the highest value for the year 2016-17" is a
/// record for FY2016-17 ($940m, above every earlier fiscal year: FY2014-15's
/// $821m was the best before), and "the year 2016-17" is that fiscal year.
#[test]
fn the_highest_value_for_the_year() {
    let text = "Pakistan’s IT exports crossed $1 billion in the financial year 2017-18.\n\nThe \
                country also recorded the highest value for the year 2016-17.";
    let r = run(text, &on("2018-07-20"));
    let c = claim(&r, "highest value for the year", 0);
    assert_eq!(c.period.as_deref(), Some("FY2016-17"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// Nukta, 2024-12-18 (https://nukta.com/pakistans-technology-exports-surge-25-in-november):
/// "expected to reach $4-4.5 billion by 2024-25" is one figure, a range, and a
/// projection for FY2024-25 ("by 2024-25" names the fiscal year). FY2024-25 came
/// to $3,814m, outside $3,950m–$4,550m (each end with the rounding of its last
/// digit): a forecast that did not come true, which is not a false statement.
#[test]
fn a_range_of_amounts_is_one_projection() {
    let text = "Projections indicate a 40% rise, with IT exports expected to reach $4-4.5 \
                billion by 2024-25.";
    let r = run(text, &on("2024-12-18"));
    let c = claim(&r, "$4-4.5 billion", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert_eq!(c.period.as_deref(), Some("FY2024-25"), "{}", c.reason);
    assert!(c.reason.contains("did not come true"), "{}", c.reason);
    assert!(
        c.reason.starts_with("a range, read as $3,950m to $4,550m"),
        "{}",
        c.reason
    );
}

/// TechJuice, January 2026 (https://www.techjuice.pk/pakistan-it-exports-hit-record-437-million-in-december):
/// "a 23% increase compared to $356- 366 million in November": November 2025's
/// $356m is inside the range (it had been read as $356m, the range's end left
/// out).
#[test]
fn a_range_of_amounts_is_judged_as_a_range() {
    let text = "Pakistan's IT sector achieved a historic milestone in December 2025, recording \
                $437 million in export remittances, marking a 23% increase compared to $356- 366 \
                million in November.";
    let r = run(text, &on("2026-01-20"));
    let c = claim(&r, "$356- 366 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert_eq!(c.period.as_deref(), Some("2025-11"), "{}", c.reason);
}

/// NewsGuru, January 2025 (https://newsguru.pk/pakistan/pakistans-it-sector-reaches-record-high-monthly-exports-amid-connectivity-challenges):
/// "IT exports could reach $3.6 to $4 billion by the end of FY2024-25": the first
/// end takes the unit of the second ("$3.6" had not been read at all). The two
/// ends are a lower and an upper bound of the forecast; FY2024-25 came to
/// $3,814m (`itx series show ict`, the fiscal year's total), inside both.
#[test]
fn a_range_whose_first_end_has_no_unit() {
    let text = "Senior analyst Muhammad Yasir forecasts that IT exports could reach $3.6 to $4 \
                billion by the end of FY2024-25, though he believes this figure could be higher \
                if internet challenges were resolved.";
    let r = run(text, &on("2025-01-20"));
    let c = claim(&r, "$3.6", 0);
    assert_eq!(c.kind.label(), "projection", "{}", c.reason);
    assert_eq!(c.stated, Some(3600.0), "{}", c.reason);
    assert!(c.reason.contains("above $3,600m"), "{}", c.reason);
    let c = claim(&r, "$4 billion", 0);
    assert!(c.reason.contains("below $4,000m"), "{}", c.reason);
}

/// The News, 2022-01-23: "While jumping 29 percent to $251 million in December,
/// IT exports surged 36 percent to $1.3 billion in the first half". A change word
/// in its -ing form ("jumping", "climbing", "dipping") makes a rate as its past
/// does: December 2021's $251m against $195m is +28.7% (`itx series show ict
/// --from 2020-12 --to 2021-12 --transform yoy`).
#[test]
fn a_change_word_in_its_ing_form() {
    let text = "KARACHI: While jumping 29 percent to $251 million in December, IT exports \
                surged 36 percent to $1.3 billion in the first half of this fiscal year.";
    let r = run(text, &on("2022-01-23"));
    let c = claim(&r, "29 percent", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("+28.7% year on year"), "{}", c.reason);
}

/// TopClaps, 2024-05-20 (https://topclaps.com/pakistans-it-exports-surge-62-3-in-one-month-historic-growth/):
/// "During July 2023 and April 2024, IT exports reached 2,593 billion dollars.
/// … during the same period last fiscal year, the nation recorded IT exports
/// valued at $2,135 billion." No series comes near $100 billion: the comma is a
/// decimal point, and read so the figures are Jul-Apr FY2023-24 as known on
/// 2024-05-20 ($2,593m; $2,594m now) and Jul-Apr FY2022-23 ($2,135m), `itx
/// series show ict --transform fytd`, 2024-04 and 2023-04. Before, both were
/// "not of the scale" and left open.
#[test]
fn a_comma_for_the_decimal_point_before_billion() {
    let r = run(
        "During July 2023 and April 2024, IT exports reached 2,593 billion dollars. It should be \
         noted that during the same period last fiscal year, the nation recorded IT exports valued \
         at $2,135 billion.",
        &on("2024-05-20"),
    );
    let now = claim(&r, "2,593 billion dollars", 0);
    assert_eq!(now.verdict, Verdict::Outdated, "{}", now.reason);
    assert!(now.reason.starts_with("read as $2,593m"), "{}", now.reason);
    let base = claim(&r, "$2,135 billion", 0);
    assert_eq!(base.verdict, Verdict::Supported, "{}", base.reason);
}

/// The Nation, 2023-10-04
/// (https://www.nation.com.pk/04-Oct-2023/services-exports-increase-by-2pc-to-dollar-1-135m),
/// PBS's figures: "the services’ exports from the country increased by 2.34
/// percent by going up from $586.29 million in August 2022 to $600.03 million
/// during August 2023". "The services’ exports" are services exports (they had
/// been read as the story's services balance). SBP gives the rate within
/// rounding: EasyData August 2023 $621m on August 2022 $606m, +2.48% (+2.31% to
/// +2.64% at the figures' rounding).
#[test]
fn the_services_apostrophe_exports() {
    let r = run(
        "Based on the figures, the services’ trade deficit increased by 174.22 percent during \
         the period under review. Meanwhile, on year on year (YoY) basis, the services’ exports \
         from the country increased by 2.34 percent by going up from $586.29 million in August \
         2022 to $600.03 million during August 2023, according to the PBS data.",
        &on("2023-10-04"),
    );
    let rate = claim(&r, "2.34 percent", 0);
    assert_eq!(
        series(rate),
        Some("pk.ebops.services.credit"),
        "{}",
        rate.reason
    );
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
    let deficit = claim(&r, "174.22 percent", 0);
    assert_eq!(
        series(deficit),
        Some("pk.ebops.services.net"),
        "{}",
        deficit.reason
    );
}

/// The News, 2017-10-29
/// (https://www.thenews.com.pk/print/240367-Services-import-up-31-percent-to-750mln-in-July-Aug),
/// PBS's figures: "Imports under the head of telecommunication, computer and
/// information services marginally increased two percent to $74.34 million in
/// July-August." They are ICT imports, not exports: EasyData July and August
/// 2017, $34m and $40m, $74m.
#[test]
fn imports_under_the_head_of_a_line() {
    let r = run(
        "Imports under the head of telecommunication, computer and information services \
         marginally increased two percent to $74.34 million in July-August, the Pakistan Bureau \
         of Statistics said.",
        &on("2017-10-29"),
    );
    let level = claim(&r, "$74.34 million", 0);
    assert_eq!(series(level), Some("pk.ebops.9.debit"), "{}", level.reason);
    assert_eq!(level.verdict, Supported, "{}", level.reason);
}

/// Daily Times, 2022-09-01
/// (https://dailytimes.com.pk/990789/pakistan-earns-541-million-from-travel-services-export-during-fy-2021-22/),
/// PBS's figures in a story on travel services: "The exports of services during
/// July-June (2021-22) were recorded at $6968.16 million against the exports of
/// $5945.47 million in July-June (2020-21). The imports also rose by 43.52
/// percent by growing from $8461.27 million last year to $12143.91 million
/// during the period under review." The imports are services imports (they had
/// been read as the story's travel exports): EasyData FY2020-21, $8,461m.
#[test]
fn the_imports_of_the_line_named_before() {
    let r = run(
        "Pakistan earned $541 million from travel services exports in FY2021-22, the PBS data \
         revealed.\n\nThe exports of services during July-June (2021-22) were recorded at \
         $6968.16 million against the exports of $5945.47 million in July-June (2020-21).\n\nThe \
         imports also rose by 43.52 percent by growing from $8461.27 million last year to \
         $12143.91 million during the period under review.",
        &on("2022-09-01"),
    );
    let base = claim(&r, "$8461.27 million", 0);
    assert_eq!(
        series(base),
        Some("pk.ebops.services.debit"),
        "{}",
        base.reason
    );
    assert_eq!(base.verdict, Supported, "{}", base.reason);
}

/// About Pakistan, 2022-07-20
/// (https://www.aboutpakistan.com/news/pakistani-freelancers-earned-397-million-from-abroad-during-fy21-22/),
/// on freelancers' earnings: "Conversely, non-IT-related exports have posted a
/// huge increase of 297.492% during FY2021-22." Non-IT work is no line of ICT
/// exports (the rate had been judged as ICT's and called wrong); the store holds
/// freelancers' earnings only from February 2025.
#[test]
fn non_it_exports_are_not_it() {
    let r = run(
        "Pakistani freelancers have produced export revenue of $397.328 million during \
         FY2021-22.\n\nConversely, non-IT-related exports have posted a huge increase of \
         297.492% during FY2021-22.",
        &on("2022-07-20"),
    );
    let rate = claim(&r, "297.492%", 0);
    assert_eq!(series(rate), None, "{}", rate.reason);
    assert_eq!(
        rate.verdict,
        itx_claims::Verdict::Unverifiable,
        "{}",
        rate.reason
    );
}

/// HUM English, 2024-03-19 (https://humenglish.com/business/services-trade-deficit),
/// on SBP's February 2024 figures: "On the import side, services amounted to
/// $785 million for the year, reflecting a 21.14 per cent increase year over
/// year. However, monthly imports saw a 22.51 per cent decrease compared to the
/// previous month, totaling $1.013 billion." Both sentences are about services
/// imports (they had been read as the ICT exports named before, or as nothing).
/// EasyData: February 2024 $769m, January $972m.
#[test]
fn on_the_import_side_and_monthly_imports() {
    let r = run(
        "Among the various service exports in February, Telecommunications, Computer, and \
         Information Services took the lead with $257 million.\n\nOn the import side, services \
         amounted to $785 million for the year, reflecting a 21.14 per cent increase year over \
         year. However, monthly imports saw a 22.51 per cent decrease compared to the previous \
         month, totaling $1.013 billion.",
        &on("2024-03-19"),
    );
    for quote in ["$785 million", "22.51 per cent", "$1.013 billion"] {
        let c = claim(&r, quote, 0);
        assert_eq!(
            series(c),
            Some("pk.ebops.services.debit"),
            "{quote}: {}",
            c.reason
        );
    }
}

/// Mettis Global, 2021-12-21 (`eval/fresh22/`): "Pakistan's trade deficit in
/// services widened by 5x YoY to $249 million during the month of November
/// 2021". A deficit's multiple is of its size: November 2021's services deficit
/// ($546m) is 4.11 times November 2020's ($133m), not 5 (4.5 to 5.5). A fall by
/// a multiple ("fell twofold") reads either way and stays unjudged.
#[test]
fn a_deficit_five_times_a_year_back() {
    let r = run(
        "Pakistan's trade deficit in services widened by 5x YoY to $249 million during the \
         month of November 2021 from $49mn in the same month of the previous year.",
        &on("2021-12-21"),
    );
    let c = claim(&r, "5x", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("4.11 times"), "{}", c.reason);
    let r = run(
        "Pakistan's IT exports fell twofold from $2 billion in FY2021-22 to $1 billion in \
         FY2022-23.",
        &on("2024-01-01"),
    );
    let c = claim(&r, "twofold", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
}

/// UrduPoint prints many decimals split by a paragraph break: "the export of
/// IT services have surged to US $ 2.123 billion … in comparison to US $ 1.
///
/// 440 billion during FY 2019-20" (2021-07-20, `eval/articles/`). Read as
/// $1.440 billion (FY2019-20's $1,440m); the two halves had been two sentences
/// and the figure not found.
#[test]
fn a_decimal_split_by_a_paragraph_break() {
    let text = "The export of IT services have surged to US $ 2.123 billion during FY 2020-21 in \
                comparison to US $ 1.\n\n440 billion during FY 2019-20, he said.";
    let r = run(text, &on("2021-07-20"));
    let c = claim(&r, "US $ 1.\n\n440 billion", 0);
    assert_eq!(c.stated, Some(1440.0), "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    // A sentence that ends in a number and a paragraph that opens with one
    // are left as they are.
    let r = run(
        "IT exports were $2.6 billion in FY2022-23.\n\n300 companies took part.",
        &on("2023-08-01"),
    );
    assert_eq!(
        claim(&r, "$2.6 billion", 0).period.as_deref(),
        Some("FY2022-23")
    );
}
