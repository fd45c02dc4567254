//! Figures copied from releases the store holds only in part, each on the real
//! sentence that prompted the rule (stop 31; the articles are in
//! `crates/claims/eval/`), with the readings of the same sentences that had
//! to be right first: figures paired with a list of periods by "respectively",
//! a line named inside an aside, "last year, he said that for the same period".

mod common;

use common::{claim, expect, on, run, series};
use itx_claims::{Cause, Verdict};

use Verdict::{Contradicted, Outdated, Supported};

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

/// Islamabad Post, 2022-12-11 (https://islamabadpost.com.pk/arithmetically-it-exports-are-in-a-complex-descent-senior-economist/):
/// "in FY21 and FY22, i.e. 47 percent and 24.1 percent respectively" pairs the
/// rates with the years in order; 24.1 percent had been read as FY21's and
/// contradicted. FY22 is $2,619m against $2,108m today (+24.2%); as first
/// released, $2,616m (+24.1%): outdated. The 87 percent over the two years is
/// not a one-year rate and is wrong either way (+81.9%).
#[test]
fn rates_paired_with_a_list_of_years() {
    let text = "Faiz Ul Haq added that while rupee value was in a downward spiral, \
                Pakistan’s IT exports did post significant growth in FY21 and FY22, i.e. 47 \
                percent and 24.1 percent respectively – and, resulted in 87 percent cumulative \
                growth in a couple of years.";
    expect(
        text,
        &on("2022-12-11"),
        &[
            (
                "47 percent",
                "growth (FY YoY)",
                "FY2020-21",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "24.1 percent",
                "growth (FY YoY)",
                "FY2021-22",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "87 percent",
                "growth (FY YoY)",
                "FY2020-21",
                Contradicted,
                None,
            ),
        ],
    );
}

/// Business Recorder, 2021-07-21 (https://www.brecorder.com/news/40108384/it-ites-export-remittances-surge-to-2123bn):
/// June 2021 was out by the article's date, but the store holds it only from a
/// print of July 2022 ($210m). Under the corpus's rule 3 a figure with no print
/// known on the article's date is judged on the earliest print held, so $214m is
/// contradicted; but a first print of $214m would have been a revision of 1.9%,
/// as large as first revisions the store does hold (February 2021 179 → 176),
/// and the reason says the judgement rests on a later print.
#[test]
fn a_month_whose_first_print_the_store_lacks() {
    let text = "ISLAMABAD: The IT and IT-enabled Services (ITeS) export remittances comprising \
                computer services and call centre services have surged to $2.123 billion at a \
                growth rate of 47.43 percent in fiscal year 2020-21, compared to $1.44 billion \
                during 2019-2020.\n\nThe sector exports remittances remained $214 million in \
                June 2021 compared to $143 million in June 2020, witnessing 50 percent growth \
                year on year.";
    let r = common::run(text, &on("2021-07-21"));
    let c = claim(&r, "$214 million", 0);
    assert_eq!(c.verdict, Contradicted, "{}", c.reason);
    assert!(
        c.reason.contains(
            "the store holds no release of June 2021 from on or before the article's date, 2021-07-21, so this is judged on the earliest print it holds (first prints $4m higher"
        ),
        "{}",
        c.reason
    );
    // Read a year later, when the store does hold June 2021's print ($210m, July
    // 2022), the same words are contradicted without the caveat.
    let r = common::run(text, &on("2022-08-15"));
    let c = claim(&r, "$214 million", 0);
    assert_eq!(c.verdict, Contradicted);
    assert!(!c.reason.contains("earliest print"), "{}", c.reason);
}

/// Business Recorder, the same article: the line named inside an aside that
/// opens after the figure ("$2.123 billion (… highest net exporter with $ 1.573
/// billion in net exports)") is the aside's, not the figure's: $2.123 billion is
/// ICT exports, not net exports. Daily Times, 2022-06-05
/// (https://dailytimes.com.pk/946866/pakistans-it-exports-likely-to-surpass-3b-this-year/):
/// "Last year, he said that for the same period" puts the net exports and their
/// share in Jul-Mar FY2020-21 ($1,126m of $1,507m: 74.72%).
#[test]
fn an_aside_after_the_figure_and_last_year_he_said_that() {
    let text = "ICT export remittances, including telecommunication, computer and information \
                services have surged to $2.123 billion (largest exporter in services sector \
                and highest net exporter with $ 1.573 billion in net exports) at a growth rate \
                of 47.43 percent during fiscal year 2020-21.";
    let r = common::run(text, &on("2021-07-21"));
    assert_eq!(
        common::series(claim(&r, "$2.123 billion", 0)),
        Some("pk.ebops.9.credit")
    );
    let text = "The official stated further that the net exports for the period July 2021 to \
                March 2022 during FY2021-22 are $1.472b, which was 75.56% of $1.948b in \
                exports. Last year, he said that for the same period the net exports were \
                $1.126b, which was 74.72% of $1.507b in exports.";
    let r = common::run(text, &on("2022-06-05"));
    for words in ["$1.126b", "74.72%"] {
        let c = claim(&r, words, 0);
        assert_eq!(
            c.period.as_deref(),
            Some("FY2020-21 Jul-Mar"),
            "{}",
            c.reason
        );
        assert_eq!(c.verdict, Supported, "{}", c.reason);
    }
}

/// UrduPoint, 2023-01-28 (https://www.urdupoint.com/en/pakistan/it-exports-remittance-increases-by-238-in-1-1633102.html):
/// "Trade surplus of US$ 1.166 billion (87.47% of total ICT export remittances)".
/// Jul-Dec FY2022-23 as printed in January 2023 is $1,166m net on $1,333m gross,
/// 87.47%; today's $1,167m on $1,334m is 87.48%, which reaches 87.47% only within
/// the rounding of six whole-million months. A share copied from the release of
/// the day is outdated, as an amount or a rate is (FORMAT.md, adjudication rule 3).
#[test]
fn a_share_as_printed_then() {
    let text = "Trade surplus of US$ 1.166 billion (87.47% of total ICT export remittances) has \
                been realized by the IT & ITeS Industry during the period July to December of \
                FY2022-23.";
    let r = run(text, &on("2023-01-28"));
    let c = claim(&r, "87.47%", 0);
    assert_eq!(c.kind.label(), "share");
    assert_eq!(c.verdict, Outdated, "{}", c.reason);
    assert!(c.reason.contains("87.48%"), "{}", c.reason);
}

/// The Journalist Online (Urdu), 2025-04-18
/// (https://thejournalistonline.com/2025/04/18/, the Prime Minister's statement):
/// "آئی ٹی برآمدات 2 اعشاریہ 828 بلین ڈالر", "IT exports reached $2.828 billion",
/// with no period written. On the day, SBP's Jul-Mar FY2024-25 summed to $2,825m
/// (`itx series show ict --transform fytd --as-of 2025-04-18`), whose rounding
/// reaches 2,828; today's print of the span is $2,833.53m (the March 2026 dt.xls),
/// which does not. A period the reader must supply that fits only as known on the
/// article's date makes the figure outdated, not unresolved.
#[test]
fn an_unwritten_period_that_fits_only_as_then_known() {
    let text = "وزیراعظم شہباز شریف نے انفارمیشن ٹیکنالوجی (آئی ٹی) کی برآمدات میں اضافے کا خیر مقدم کیا ہے۔\n\n\
                شہبازشریف نے یہ بھی کہا کہ آئی ٹی برآمدات 2 اعشاریہ 828 بلین ڈالر کی تاریخی سطح پر پہنچ چکی ہیں۔";
    let r = run(text, &on("2025-04-18"));
    let c = claim(&r, "2 اعشاریہ 828 بلین ڈالر", 0);
    assert_eq!(c.verdict, Outdated, "{}", c.reason);
    assert!(
        c.reason
            .contains("Jul-Mar FY2024-25 as known on the article's date"),
        "{}",
        c.reason
    );
    assert!(c.reason.contains("$2,833.53m"), "{}", c.reason);
}

/// Geo, 2021-06-26: "IT exports increased 59% year-on-year to $200 million in
/// May." SBP first printed May 2021 as $200m (PhoneWorld, 2021-06-28) and revised
/// it to $198m (`itx vintages ict 2021-05`). A month's figure written to the
/// million is that precise: it is the first print, outdated, not "about $200
/// million" and so right on today's figure.
#[test]
fn a_round_hundred_for_one_month_is_to_the_million() {
    let text = "State Bank of Pakistan data shows IT exports increased 59% year-on-year to \
                $200 million in May. The exports were $126 million in May last year.";
    let r = run(text, &on("2021-06-26"));
    let c = claim(&r, "$200 million", 0);
    assert_eq!(c.verdict, Outdated, "{}", c.reason);
    assert!(!c.reason.contains("round figure"), "{}", c.reason);
}

/// PhoneWorld, 2024-09-20 (https://www.phoneworld.com.pk/pakistans-ict-export-remittances-surge-by-30-in-early-2024-25/):
/// "remittances reached $584 million in the July-August period, compared to $449
/// million during the same time last year". Jul-Aug FY2023-24 is $450m today
/// (214 + 236), within the rounding of $449m, but as known on the article's date
/// it was exactly $449m (August 2023 then printed $235m: `itx vintages ict
/// 2023-08`). Copied from the release of the day and since revised: outdated, as
/// it would be with the period written.
#[test]
fn a_base_of_the_day_whose_period_the_reader_supplies() {
    let text = "Pakistan’s Information and Communication Technology (ICT) sector has achieved \
                a significant milestone, with export remittances increasing by an impressive \
                30% in the first two months of the 2024-25 financial year. According to the \
                Ministry of Information Technology and Telecommunication, remittances reached \
                $584 million in the July-August period, compared to $449 million during the \
                same time last year.";
    let r = run(text, &on("2024-09-20"));
    let c = claim(&r, "$449 million", 0);
    assert_eq!(c.verdict, Outdated, "{}", c.reason);
    assert!(c.reason.contains("$450m"), "{}", c.reason);
}

/// Daily Times, 2022-06-05 (https://dailytimes.com.pk/946866/pakistans-it-exports-likely-to-surpass-3b-this-year/):
/// "the net exports for the period July 2021 to March 2022 during FY2021-22 are
/// $1.472b" is the ministry's exports as first released ($1,948m, September 2021
/// at its first print) less imports of $476m. Today's exports give $1,474m net,
/// within the rounding of nine months' figures, so it had been called supported;
/// it is the figure of the day, since revised: outdated (rule 3, as labelled in
/// `eval/fresh5/`). Net exports now carry the exports' earlier prints.
#[test]
fn net_exports_as_first_released() {
    let text = "The official stated further that the net exports for the period July 2021 \
                to March 2022 during FY2021-22 are $1.472b, which was 75.56% of $1.948b in \
                exports.";
    let r = run(text, &on("2022-06-05"));
    let c = claim(&r, "$1.472b", 0);
    assert_eq!(c.verdict, Verdict::Outdated, "{}", c.reason);
    assert_eq!(series(c), Some("pk.ebops.9.net"), "{}", c.reason);
}
