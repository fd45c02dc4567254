//! What a figure is measured against (stop 40). A month written beside a rate
//! may be the rate's base: when the story names the month a year (or a month)
//! on, the rate of that later month on the written one is another reading of
//! the same words, tried before the rate is called wrong (the first two tests:
//! both sentences were accused, a true rate called contradicted, in
//! `eval/fresh10/`'s blind score). An amount given after its rate ("43% or $459
//! million") is a change; one given "per month" is a run's average month.

mod common;

use common::{claim, on, run, series};
use itx_claims::Kind;
use itx_claims::Verdict::{Contradicted, Supported, Unverifiable};

/// The News, 2024-04-24 (https://www.thenews.com.pk/print/1181559-p-sha-hails-surge-in-it-exports):
/// "year-on-year growth shows a 36 percent increase as in March 2023, IT exports
/// stood at $225 million", in a story about March 2024. March 2023 is the base:
/// $306m on $225m is +36.0% (`itx series show ict --from 2023-03 --to 2024-03
/// --transform yoy`). Read as March 2023's own rate ($225m on $260m, -13.5%) it
/// had been contradicted.
#[test]
fn a_year_earlier_month_written_after_the_rate() {
    let text = "informational technology exports of the country have performed exceedingly \
                well in March 2024 as they clock at $306 million; whereas they clocked at $257 \
                million in February 2024.\n\nDeciphering the trade data further, Khan informed \
                that year-on-year growth shows a 36 percent increase as in March 2023, IT \
                exports stood at $225 million.";
    let r = run(text, &on("2024-04-24"));
    let c = claim(&r, "36 percent", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(
        c.reason
            .contains("March 2024: $306m against $225m in March 2023 is +36.0% year on year"),
        "{}",
        c.reason
    );
    assert!(
        c.reason.contains("read with March 2023 as the base"),
        "{}",
        c.reason
    );
    assert_eq!(claim(&r, "$225 million", 0).verdict, Supported);
}

/// ARY News, 2024-09-19 (https://arynews.tv/pakistan-records-14-increase-in-exports/):
/// "In comparison to the previous month (July 2024), ICT services export
/// remittances increased by US$ 12 million to reach 298 million, an increase of
/// 4%". July 2024 is the base, by its words: August's $298m on July's $286m is
/// $12m and +4.2% (`itx series show ict --from 2024-07 --to 2024-08`). The 4% had
/// been contradicted as July's own rate, and the $12m read as July on June.
#[test]
fn in_comparison_to_the_previous_month_in_brackets() {
    let text = "According to the Ministry of Information Technology and Telecommunication in \
                August 2024, ICT services export remittances of US$ 298 million have been \
                received, an increase of 26.8% in comparison to US$ 235 million in August \
                2023.\n\nIn comparison to the previous month (July 2024), ICT services export \
                remittances increased by US$ 12 million to reach 298 million, an increase of 4%.";
    let r = run(text, &on("2024-09-19"));
    for quote in ["US$ 12 million", "4%"] {
        let c = claim(&r, quote, 0);
        assert_eq!(
            c.period.as_deref(),
            Some("2024-08"),
            "{quote}: {}",
            c.reason
        );
        assert_eq!(c.verdict, Supported, "{quote}: {}", c.reason);
        assert!(c.reason.contains("July 2024"), "{quote}: {}", c.reason);
    }
}

/// Graana, 2021-04-30 (https://graana.com/blog/in-a-first-it-exports-cross-1-5bn/amp):
/// "This shows an increase of 43% or $459 million in exports", after "$1.5
/// billion in the current financial year 2020-21 … $1.053 billion in the
/// previous year". The $459 million is the change, given after the rate: July-
/// March FY2020-21 on the same months a year earlier is $1,507m less $1,053m,
/// $454m, known to ±$9m from its 18 whole-million months (FORMAT.md rule 1;
/// `itx series show ict --from 2019-07 --to 2021-03`). It had been left
/// unjudged, too small to be a level.
#[test]
fn a_change_given_after_its_rate() {
    let text = "IT exports crossed $1.5 billion in the current financial year 2020-21 while it \
                was recorded at $1.053 billion in the previous year. This shows an increase of \
                43% or $459 million in exports.";
    let r = run(text, &on("2021-04-30"));
    let c = claim(&r, "$459 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(
        c.reason.contains("the change on a year earlier"),
        "{}",
        c.reason
    );
}

/// ProPakistani, 2021-11-06 (https://propakistani.pk/2021/11/06/imf-deal-will-help-boost-tax-collection-in-fy22-finance-advisor/):
/// "hence the exports value remains less than $300 million per month", in a
/// story about July-September FY2021-22. Per month is the run's average month:
/// $636m over three months, $212m (`itx series show ict --from 2021-07 --to
/// 2021-09`), under $300m. Against the quarter's total it had been left unjudged.
#[test]
fn a_bound_per_month() {
    let text = "In fact, IT exports recorded 42% growth year-on-year in the first quarter of the \
                financial year 2021-22.\n\nStakeholders of the IT industry were of the view the \
                government’s department has not yet fulfilled the commitment, hence the exports \
                value remains less than $300 million per month.";
    let r = run(text, &on("2021-11-06"));
    let c = claim(&r, "$300 million", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(
        c.reason.contains("the average month of Jul-Sep FY2021-22"),
        "{}",
        c.reason
    );
}

/// ARY News, 2024-09-19 (https://arynews.tv/pakistan-records-14-increase-in-exports/):
/// "increased by US$ 12 million to reach 298 million": the dollar of the first
/// amount carries to the second, August 2024's $298m (`itx vintages ict
/// 2024-08`). A count after its unit stays a count: "2.32 million freelancers"
/// is no money figure, found as a count and left unchecked.
#[test]
fn the_dollar_carries_within_a_sentence() {
    let text = "In August 2024, ICT export remittances increased by US$ 12 million to reach 298 \
                million, an increase of 4%.";
    let r = run(text, &on("2024-09-19"));
    let c = claim(&r, "298 million", 0);
    assert_eq!(c.period.as_deref(), Some("2024-08"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    let r = run(
        "IT exports were $298 million in August 2024, and Pakistan is home to 2.32 million \
         freelancers.",
        &on("2024-09-19"),
    );
    let count = claim(&r, "2.32 million freelancers", 0);
    assert_eq!(count.kind, Kind::Other, "{}", count.reason);
    assert_eq!(count.verdict, Unverifiable, "{}", count.reason);
    assert_eq!(count.stated, Some(2_320_000.0), "{}", count.reason);
    assert!(
        count.reason.contains("a count of freelancers"),
        "{}",
        count.reason
    );
}

/// TCL News (a Dawn text), 2025-08-20 (https://tclnews.com/article/it-exports-hit-record-354m-in-july):
/// "export proceeds per day for July stood at $15.4m" is a figure per day (July
/// 2025's $354m over its working days), which the store's monthly totals do not
/// hold. It had been supported as July's change on June ($354m less $339m).
#[test]
fn a_figure_per_day_named_before_its_verb() {
    let text = "IT exports hit a record $354m in July 2025.\n\nSani Irfan of Topline Securities \
                noted that export proceeds per day for July stood at $15.4m, compared to $17.8m \
                in June.";
    let r = run(text, &on("2025-08-20"));
    let c = claim(&r, "$15.4m", 0);
    assert_eq!(c.verdict, Unverifiable, "{}", c.reason);
    assert!(c.reason.starts_with("a figure per day"), "{}", c.reason);
}

/// The News, 2024-04-24 (https://www.thenews.com.pk/print/1181559-p-sha-hails-surge-in-it-exports):
/// "IT exports for March 2024 are also the highest exports of the industry in a
/// single month in the country's history": March 2024's $306m is above every
/// earlier month (the previous high, December 2023's $303m: `itx series show
/// ict --from 2005-07 --to 2024-03`). Four words between "highest" and "in a
/// single month" had hidden the record.
#[test]
fn the_highest_of_the_industry_in_a_single_month() {
    let text = "It is pertinent to note that IT exports for March 2024 are also the highest \
                exports of the industry in a single month in the country's history.";
    let r = run(text, &on("2024-04-24"));
    let c = claim(&r, "highest exports of the industry in a single month", 0);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("$303m in December 2023"), "{}", c.reason);
}

/// Daily Point, 2024-08-15 (https://dailypointpk.com/english/internet-firewall-may-cost-economy-300m-warns-software-association):
/// "For the fiscal year ending in June, IT exports totaled $3.2 billion, a 24%
/// increase from $2.5 billion in the previous fiscal year". Here with its year
/// written as FY2023-24 (a sentence adapted for the test: "the fiscal year
/// ending in June" is not yet read as a fiscal year). "The previous fiscal
/// year", anchored to the article's date, is FY2023-24 itself; a base is never
/// the claim's own period, so it is FY2022-23: $3,223m on $2,596m, +24.2%
/// (`itx series show ict --from 2022-07 --to 2024-06`, summed by year). The rate
/// had been read as FY2024-25's.
#[test]
fn the_previous_fiscal_year_of_the_year_written() {
    let text = "For FY2023-24, IT exports totaled $3.2 billion, a 24% increase from $2.6 billion \
                in the previous fiscal year.";
    let r = run(text, &on("2024-08-15"));
    let c = claim(&r, "24%", 0);
    assert_eq!(c.period.as_deref(), Some("FY2023-24"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("$2,596m in FY2022-23"), "{}", c.reason);
}

/// SMTV Global (an Express Tribune reprint), 2024-07-20 (https://smtvglobal.com/freelancing-providing-digital-lifeline-for-pakistans-economy-the-express-tribune):
/// "In the fiscal year 2023-24, IT and IT-enabled services, a large component of
/// the freelance economy, contributed over $3.2 billion … This marks a 24%
/// year-on-year increase, amounting to an additional $627 million compared to
/// the previous fiscal year." The freelance economy is named in an apposition:
/// the figures are IT and IT-enabled services' (FY2023-24: $3,223m, +24.2% and
/// $627m on FY2022-23's $2,596m). And "the previous fiscal year", anchored to
/// the article's date, is FY2023-24, the year the story is about: a base is
/// never the claim's own period, so it is FY2022-23. All three had been read as
/// freelancers' earnings, which the store holds only from 2025.
#[test]
fn a_line_named_in_an_apposition() {
    let text = "Recent data from the State Bank of Pakistan (SBP) highlights the importance of the \
                freelance sector.\n\nIn the fiscal year 2023-24, IT and IT-enabled services, a \
                large component of the freelance economy, contributed over $3.2 billion to the \
                country’s export earnings. This marks a 24% year-on-year increase, amounting to \
                an additional $627 million compared to the previous fiscal year.";
    let r = run(text, &on("2024-07-20"));
    for quote in ["$3.2 billion", "24%", "$627 million"] {
        let c = claim(&r, quote, 0);
        assert_eq!(
            series(c),
            Some("pk.ebops.9.credit"),
            "{quote}: {}",
            c.reason
        );
        assert_eq!(c.verdict, Supported, "{quote}: {}", c.reason);
    }
    assert!(claim(&r, "24%", 0).reason.contains("$2,596m in FY2022-23"));
}

/// "Up 23.8% on July 2024" (a sentence written for this test, in the British
/// form "up X% on <period>"; found while checking the dashboard): the month
/// right after "on" is the rate's base, and the rate July 2025's. It had been
/// read as July 2024's own rate, supported only through the other reading,
/// with July 2023 in its reason. July 2025 $354m, July 2024 $286m (`itx
/// vintages ict 2025-07`, `2024-07`).
#[test]
fn a_period_after_on_is_the_base() {
    let r = run(
        "Pakistan's IT exports rose to $354 million in July 2025, up 23.8% on July 2024.",
        &on("2025-08-20"),
    );
    let c = claim(&r, "23.8%", 0);
    assert_eq!(c.period.as_deref(), Some("2025-07"), "{}", c.reason);
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(!c.reason.contains("July 2023"), "{}", c.reason);
}

/// Dawn, 2024-12-18 (https://www.dawn.com/news/1879460/it-exports-surge-to-324m):
/// "Per-day export proceeds were recorded at $15.4m for November versus $14.3m
/// for October". The unit before the verb with "were recorded at", and the
/// base after "versus" a figure per day too: both had been left unverifiable
/// as off the scale of a month's exports, which says the wrong thing.
#[test]
fn a_per_day_figure_and_its_base() {
    let r = run(
        "However, the MoM drop in IT exports is due to fewer working days in November (21 days) \
         than in October (23 days). Per-day export proceeds were recorded at $15.4m for November \
         versus $14.3m for October.",
        &on("2024-12-18"),
    );
    for t in ["$15.4m", "$14.3m"] {
        let c = claim(&r, t, 0);
        assert_eq!(c.verdict, Unverifiable, "{t}: {}", c.reason);
        assert!(c.reason.contains("a figure per day"), "{t}: {}", c.reason);
    }
}

/// Daily Point, 2024-08-15 (https://dailypointpk.com/english/internet-firewall-may-cost-economy-300m-warns-software-association,
/// `fresh12/`): "the fiscal year ending in June", in August 2024, is FY2023-24
/// (3,223, the sum of its twelve months), and "the previous fiscal year" of its
/// base is FY2022-23 (2,596), not FY2023-24 again: 24% is 3,223 on 2,596
/// (+24.2%), and "$2.5 billion" is wrong, as its annotators found (2,596 is
/// $2.6 billion to that digit; every print of FY2022-23 is between 2,590 and 2,605).
#[test]
fn the_year_ending_in_june_and_the_year_before() {
    let r = run(
        "For the fiscal year ending in June, IT exports totaled $3.2 billion, a 24% increase \
         from $2.5 billion in the previous fiscal year.",
        &on("2024-08-15"),
    );
    let level = claim(&r, "$3.2 billion", 0);
    assert_eq!(level.period.as_deref(), Some("FY2023-24"));
    assert_eq!(level.verdict, Supported, "{}", level.reason);
    let rate = claim(&r, "24%", 0);
    assert_eq!(rate.period.as_deref(), Some("FY2023-24"));
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
    let base = claim(&r, "$2.5 billion", 0);
    assert_eq!(base.period.as_deref(), Some("FY2022-23"));
    assert_eq!(
        base.verdict,
        itx_claims::Verdict::Contradicted,
        "{}",
        base.reason
    );
}

/// The News, 2018-08-26 (https://www.thenews.com.pk/print/359327-ict-related-exports-surge-13-5-percent,
/// `fresh8/`): "for the year ended June 30, 2018" is FY2017-18, not a date:
/// SBP's twelve months sum to 1,067 (±6), which holds $1.066 billion, and 1,067
/// on 940 is +13.5%. The figures are credited to PBS, and SBP's give them.
#[test]
fn the_year_ended_june_30() {
    let r = run(
        "KARACHI: Pakistan's information, communication technology (ICT)-related exports \
         surged 13.52 percent to $1.066 billion for the year ended June 30, 2018, Pakistan \
         Bureau of Statistics reported.",
        &on("2018-08-26"),
    );
    for figure in ["13.52 percent", "$1.066 billion"] {
        let c = claim(&r, figure, 0);
        assert_eq!(c.period.as_deref(), Some("FY2017-18"), "{figure}");
        assert_eq!(c.verdict, Supported, "{figure}: {}", c.reason);
    }
}

/// Business Tribune, 2021-04-30 (`fresh8/businesstribune-2021-04-30-it-exports-record-1-5-billion`):
/// "the Fiscal Year ending June-2021" is FY2020-21, the year the forecast is of,
/// not FY2019-20, against whose $1,440m the forecast "surpass $2 billion" had
/// been contradicted. FY2020-21 was not out on the article's date, so it is a
/// projection, judged by its outcome (2,108).
#[test]
fn the_fiscal_year_ending_june_hyphen_year() {
    let r = run(
        "Keeping in view the existing pace, IT exports are likely to surpass $2 billion for \
         Fiscal Year ending June-2021.",
        &on("2021-04-30"),
    );
    let c = claim(&r, "$2 billion", 0);
    assert_eq!(c.period.as_deref(), Some("FY2020-21"));
    assert_ne!(c.verdict, itx_claims::Verdict::Contradicted, "{}", c.reason);
    assert!(c.reason.contains("projection"), "{}", c.reason);
}

/// Pakistan Observer, April 2021 (https://pakobserver.net/it-industry-achieves-43-61-growth/,
/// `fresh2/`): "43.61% growth rate compared to
/// the corresponding period, July-March, 2019-20" names the base after a comma:
/// the rate is Jul-Mar FY2020-21's, 1,507 on 1,053 (EasyData; +43.1%, whose
/// range, each nine-month sum known to ±$4.5m, holds 43.61%), not Jul-Mar
/// FY2019-20's on the year before (+19.8%), which had called it wrong.
#[test]
fn the_corresponding_period_then_its_months() {
    let r = run(
        "Information Technology and Telecommunication Industry has achieved 43.61% growth \
         rate compared to the corresponding period, July-March, 2019-20, during which IT \
         exports remittances inflow totaled US $1.052 million.",
        &on("2021-04-30"),
    );
    let rate = claim(&r, "43.61%", 0);
    assert_eq!(rate.period.as_deref(), Some("FY2020-21 Jul-Mar"));
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
}

/// Telecoalert, 2019-01-24 (https://www.telecoalert.com/2019/01/24/pakistan-it-exports-increased/):
/// "the IT industry managed to export IT and IT-enabled services worth $540
/// million" names no period; the story's is the first six months of FY2018-19,
/// when SBP's months sum to $584m (`itx series show ict --from 2018-07 --to
/// 2018-12 --transform fytd`). A level within 15% of its borrowed period's figure
/// is that figure misstated, not another measure's: contradicted, the reason
/// saying the period is borrowed. Rates and far figures stay unjudged.
#[test]
fn a_near_level_with_a_borrowed_period_is_contradicted() {
    let text = "According to statistics from the State Bank of Pakistan (SBP), overall, the IT \
                industry managed to export IT and IT-enabled services worth $540 million, \
                seeing a paltry increase of $20 million compared to the exports figures of the \
                same period last year.\n\nPakistan’s IT industry has made exports of over half \
                a billion dollars in the first six months of the financial year 2018-2019.";
    let r = run(text, &on("2019-01-24"));
    let c = claim(&r, "$540 million", 0);
    assert_eq!(c.verdict, Contradicted, "{}", c.reason);
    assert!(
        c.reason.starts_with("the sentence names no period"),
        "{}",
        c.reason
    );
    assert!(c.reason.contains("$584m"), "{}", c.reason);
}

/// World Pakistan, 2024-06-21 (https://worldpakistan.com.pk/pakistans-it-exports-increase-by-40-to-record-332-million-in-may/):
/// "April’s deficit of $187 million" is April 2024's services balance (exports
/// $656m less imports $876m: a deficit of $220m, `itx series show services`
/// and `services-imports --from 2024-04 --to 2024-04`), so it is wrong. The
/// month's "’s" had hidden the period, so it had been read as May's (a $231m
/// deficit), and a deficit's negative size had let a run of months be tried for
/// it, which fitted by chance (Jul-Aug FY2022-23, -$185m) and called it right.
#[test]
fn a_months_deficit_named_by_its_possessive() {
    let text = "However, despite the rise in IT exports, the country’s service sector \
                experienced a trade deficit of $193 million in May. This was slightly higher \
                than April’s deficit of $187 million but lower than the $342 million deficit \
                recorded in May 2023.";
    let r = run(text, &on("2024-06-21"));
    let c = claim(&r, "$187 million", 0);
    assert_eq!(c.period.as_deref(), Some("2024-04"), "{}", c.reason);
    assert_eq!(c.verdict, Contradicted, "{}", c.reason);
    assert!(c.reason.contains("-$220m"), "{}", c.reason);
    assert!(!c.reason.contains("run of months"), "{}", c.reason);
}

/// Global Village Space, 2022-07-20 (https://globalvillagespace.com/freelancers-winning-the-marathon):
/// "IT service export remittances fell to $265 million in fiscal year 2022, from
/// $363 million in fiscal year 2021" gives two levels of a line the store does
/// not hold. The base "$363 million" had been read as ICT's rise between the two
/// years (+$353m as first printed) and called right; a base is a level by its
/// words, never a change, so it is left unjudged.
#[test]
fn a_base_is_never_a_change() {
    let text = "Moreover, payment issues should also be resolved to help freelancers.\n\nIT \
                service export remittances fell to $265 million in fiscal year 2022, from $363 \
                million in fiscal year 2021.";
    let r = run(text, &on("2022-07-20"));
    let c = claim(&r, "$363 million", 0);
    assert_ne!(c.verdict, Supported, "{}", c.reason);
    assert!(!c.reason.contains("change"), "{}", c.reason);
}

/// TechJuice, 2025-03-20
/// (https://www.techjuice.pk/pakistans-call-center-sector-sees-20-export-growth-crosses-200-million-in-fy-2024-25):
/// "Crosses $200 Million in FY 2024-25", and "the sector earned $207 million
/// from July to February, reflecting a robust 20% increase from the previous
/// year's $166 million". "Crosses" had not been read as a lower bound, a year in
/// progress has no whole figure for call centres (the store holds SBP's Jul-Feb
/// and Jul-Mar runs, $207.90m and $240.15m, dt.xls), and "the previous year's"
/// had not moved $166m to Jul-Feb FY2023-24: it was called wrong against the
/// year's own $207.90m. The store holds no Jul-Feb FY2023-24 run of call centres.
#[test]
fn a_year_in_progress_crossed_and_the_previous_years_base() {
    let r = run(
        "Pakistan's Call Center Sector Sees 20% Export Growth, Crosses $200 Million in FY \
         2024-25\n\nPakistan's call center industry has hit a significant milestone. Recent \
         figures from the State Bank of Pakistan show the call center sector earned $207 million \
         from July to February, reflecting a robust 20% increase from the previous year's $166 \
         million.",
        &on("2025-03-20"),
    );
    let bound = claim(&r, "$200 Million", 0);
    assert_eq!(
        series(bound),
        Some("pk.ebops.9.1.1.credit"),
        "{}",
        bound.reason
    );
    assert_eq!(bound.verdict, Supported, "{}", bound.reason);
    assert!(
        bound.reason.contains("the months of FY2024-25"),
        "{}",
        bound.reason
    );
    let base = claim(&r, "$166 million", 0);
    assert_ne!(base.verdict, Contradicted, "{}", base.reason);
}

/// "Last year's" and "the previous month's" own the amount after them
/// (sentences written for this test): Jul-Feb FY2023-24 ICT exports $1,978m
/// (`itx series show ict --transform fytd`, to 2024-02).
#[test]
fn last_years_amount_is_a_year_earlier() {
    let r = run(
        "ICT exports were $2,487 million in July-February FY2024-25, up from last year's \
         $1,978 million.",
        &on("2025-03-20"),
    );
    let base = claim(&r, "$1,978 million", 0);
    assert_eq!(base.period.as_deref(), Some("FY2023-24 Jul-Feb"));
    assert_eq!(base.verdict, Supported, "{}", base.reason);
}

/// HUM English, 2024-03-19 (https://humenglish.com/business/services-trade-deficit),
/// on SBP's figures: "Over the span of 8 months in FY24, service exports saw a
/// slight dip of 1.36 per cent year over year, totaling $5.08 billion compared
/// to $5.15 billion in FY23." The base's "FY23" is the same eight months of
/// FY23, not the whole year ($7,596m), against which a true figure had been
/// called wrong: EasyData Jul-Feb FY2022-23, $5,147m.
#[test]
fn a_base_year_beside_a_run_of_the_next_years_months() {
    let r = run(
        "Over the span of 8 months in FY24, service exports saw a slight dip of 1.36 per cent year \
         over year, totaling $5.08 billion compared to $5.15 billion in FY23.",
        &on("2024-03-19"),
    );
    let base = claim(&r, "$5.15 billion", 0);
    assert_eq!(base.period.as_deref(), Some("FY2022-23 Jul-Feb"));
    assert_eq!(base.verdict, Supported, "{}", base.reason);
}
