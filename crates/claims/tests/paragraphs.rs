//! The checker on paragraphs written in the style of Pakistani business news,
//! each with the verdict expected for every claim and where the figures behind
//! it come from.
//!
//! Figure sources, cited below as:
//! * "EasyData": SBP EasyData export TS_GP_BOP_XMGS_M, series P00120 (ICT exports),
//!   Jul-2005 … Mar-2025, dated 2025-04-17 (data/README.md).
//! * "dt.xls Feb-26 / Mar-26": SBP EBOPS workbooks released 2026-03-17 / 2026-04-17.
//! * "dashboard": sbp_figures_2025_2026_via_dashboard.csv, SBP figures by first-seen day.
//! * "press": pk_it_exports_monthly.csv (preferred figure per pk_ict_monthly_preferred.csv).
//! * "SOURCES.md": data/press/SOURCES.md (coverage table, conflicts, arithmetic checks).

mod common;
mod texts;

use common::{claim, expect, near};
use itx_claims::{Cause, CheckOptions, Verdict};

use Verdict::{Contradicted, Outdated, Supported, Unverifiable};

fn now() -> CheckOptions {
    CheckOptions::default()
}

/// July 2025 $354m (dashboard 2025-07), June 2025 $339m (dashboard 2025-06),
/// July 2024 $286m (EasyData). SOURCES.md arithmetic checks: "Jul 2025 +23.8% YoY
/// (354/286) and ~+5% MoM (vs 339: +4.4%)".
#[test]
fn july_2025_levels_and_both_rates() {
    let r = expect(
        texts::JULY_2025,
        &now(),
        &[
            ("$354 million", "amount", "2025-07", Supported, None),
            ("23.8 percent", "growth (YoY)", "2025-07", Supported, None),
            ("4.4 percent", "growth (MoM)", "2025-07", Supported, None),
            ("$339 million", "amount", "2025-06", Supported, None),
        ],
    );
    near(
        claim(&r, "4.4 percent", 0).actual,
        (354.0 / 339.0 - 1.0) * 100.0,
        1e-9,
    );
}

/// June 2025 was first printed as $338m (Topline/Profit; press row, undated) and
/// revised to $339m (MoITT via Business Recorder 2025-08-20; SBP headline via
/// dashboard 2026-08-07): SOURCES.md conflicts table, "Jun 2025 | 338 … 339 |
/// revision". June 2024 is $297m (EasyData), so +14% YoY holds (339/297 = +14.1%;
/// SOURCES.md "Jun 2025 +14% YoY").
#[test]
fn june_2025_first_print_is_an_earlier_vintage() {
    let r = expect(
        texts::JUNE_2025_FIRST_PRINT,
        &now(),
        &[
            (
                "$338 million",
                "amount",
                "2025-06",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            ("14%", "growth (YoY)", "2025-06", Supported, None),
        ],
    );
    let c = claim(&r, "$338 million", 0);
    near(c.actual, 339.0, 1e-9);
    assert!(
        c.reason.contains("as printed earlier") && c.reason.contains("the current figure is $339m"),
        "{}",
        c.reason
    );
}

/// Trap: ProPakistani's "+4% MoM" for March 2024. March 2024 $306m, February 2024
/// $257m, March 2023 $225m (EasyData): MoM is +19.1%, YoY +36.0% (SOURCES.md
/// mismatches: "Mar 2024: '+4% MoM'. Actual +19% (306 vs 257)").
#[test]
fn trap_march_2024_four_percent_mom() {
    let r = expect(
        texts::MARCH_2024_MOM,
        &now(),
        &[
            ("$306 million", "amount", "2024-03", Supported, None),
            ("4 percent", "growth (MoM)", "2024-03", Contradicted, None),
            ("36 percent", "growth (YoY)", "2024-03", Supported, None),
        ],
    );
    near(
        claim(&r, "4 percent", 0).actual,
        (306.0 / 257.0 - 1.0) * 100.0,
        1e-9,
    );
}

/// Trap: FY22 growth given as 47.43%. FY2021-22 = $2,619m and FY2020-21 =
/// $2,108m (sums of EasyData months; SOURCES.md fiscal table 2,619 and 2,108), so
/// growth is +24.2%. 47.43% is FY21 over FY20 (2,123/1,440 in the press; in the
/// store FY20 sums to $1,440m, FY21 to $2,108m, and first prints give +47.0%):
/// SOURCES.md mismatches.
#[test]
fn trap_fy22_growth_of_47_43_percent() {
    let r = expect(
        texts::FY22_GROWTH,
        &now(),
        &[
            (
                "47.43 percent",
                "growth (FY YoY)",
                "FY2021-22",
                Contradicted,
                Some(Cause::Arithmetic),
            ),
            ("$2.62 billion", "amount", "FY2021-22", Supported, None),
            ("$2.11 billion", "comparison", "FY2020-21", Supported, None),
        ],
    );
    let c = claim(&r, "47.43 percent", 0);
    near(c.actual, (2619.0 / 2108.0 - 1.0) * 100.0, 0.01);
    assert!(
        c.reason.contains("FY2020-21 over FY2019-20"),
        "{}",
        c.reason
    );
}

/// Trap: TechJuice printed November 2025 as $366m, which is September 2025's
/// figure (press: six outlets, Sep 2025 = 366); November 2025 is $356m (press,
/// preferred; SOURCES.md conflicts "Nov 2025 … 366 is Sep 2025's"). Jul–Nov FY26 =
/// 354 + 337 + 366 + 386 + 356 = $1,799m (SOURCES.md checks: "5M 1,799").
#[test]
fn trap_november_2025_printed_as_366() {
    let r = expect(
        texts::NOVEMBER_2025_TABLE,
        &now(),
        &[
            (
                "$366 million",
                "amount",
                "2025-11",
                Contradicted,
                Some(Cause::NeighbouringPeriod),
            ),
            (
                "$1.799 billion",
                "amount",
                "FY2025-26 Jul-Nov",
                Supported,
                None,
            ),
        ],
    );
    let c = claim(&r, "$366 million", 0);
    near(c.actual, 356.0, 1e-9);
    assert!(c.reason.contains("September 2025"), "{}", c.reason);
}

/// 1QFY26 = 354 + 337 + 366 = $1,057m; 1QFY25 = 286 + 298 + 292 = $876m
/// (EasyData), reported later as $877m (SOURCES.md conflicts "Q1 FY25 | 876 …
/// 877"), within the rounding of three rounded months. 1,057/876 = +20.7%, and
/// with the months' rounding +20.3% is possible: "20 percent" holds.
#[test]
fn first_quarter_fy26() {
    expect(
        texts::Q1_FY26,
        &now(),
        &[
            (
                "20 percent",
                "growth (FYTD YoY)",
                "FY2025-26 Jul-Sep",
                Supported,
                None,
            ),
            (
                "$1.057 billion",
                "amount",
                "FY2025-26 Jul-Sep",
                Supported,
                None,
            ),
            (
                "$877 million",
                "comparison",
                "FY2024-25 Jul-Sep",
                Supported,
                None,
            ),
        ],
    );
}

/// December 2025 $437m (press, preferred: arabnews 2026-01-20), the highest month
/// on record (previous high October 2025, $386m); November 2025 $356m; December
/// 2024 $348m (EasyData). SOURCES.md arithmetic: "Dec 2025 +23% MoM (vs 356) and
/// +26% YoY (vs 348)". The second sentence names the series only through "The
/// figure", and its months only as bases: both come from the first sentence.
#[test]
fn december_2025_record_and_rates_across_sentences() {
    expect(
        texts::DECEMBER_2025,
        &now(),
        &[
            ("all-time high", "record", "2025-12", Supported, None),
            ("$437 million", "amount", "2025-12", Supported, None),
            ("23 percent", "growth (MoM)", "2025-12", Supported, None),
            ("$356 million", "comparison", "2025-11", Supported, None),
            ("26 percent", "growth (YoY)", "2025-12", Supported, None),
            ("$348 million", "comparison", "2024-12", Supported, None),
        ],
    );
}

/// Dunya's "27% MoM" for December 2025 (SOURCES.md mismatches): MoM is +22.8%
/// (437/356); 27% is nearest the YoY rate, +25.6% (437/348), the base Dunya used.
#[test]
fn december_2025_wrong_mom() {
    let r = expect(
        texts::DECEMBER_2025_MOM,
        &now(),
        &[
            (
                "27 percent",
                "growth (MoM)",
                "2025-12",
                Contradicted,
                Some(Cause::Arithmetic),
            ),
            ("$437 million", "amount", "2025-12", Supported, None),
        ],
    );
    assert!(
        claim(&r, "27 percent", 0)
            .reason
            .contains("year-on-year rate")
    );
}

/// FY2024-25 $3,814m (SBP headline, dashboard "Jul-Jun FY25"; press $3.80–3.81bn,
/// SOURCES.md conflicts), FY2023-24 $3,223m (sum of EasyData months; SOURCES.md
/// fiscal table 3,223). 3,814/3,223 = +18.3% (SOURCES.md "FY25 +18.2%").
#[test]
fn fiscal_year_2024_25() {
    expect(
        texts::FY25_TOTAL,
        &now(),
        &[
            (
                "18 percent",
                "growth (FY YoY)",
                "FY2024-25",
                Supported,
                None,
            ),
            ("$3.8 billion", "amount", "FY2024-25", Supported, None),
            ("$3.22 billion", "comparison", "FY2023-24", Supported, None),
        ],
    );
}

/// FY2025-26 $4,600m (SBP headline, dashboard "Jul-Jun FY26"; the months sum to
/// $4,598.49m), +20.6% on FY2024-25's $3,814m (README). The $5bn target
/// (SOURCES.md targets: FY26 $5bn) is not a statistic.
#[test]
fn fiscal_year_2025_26_and_its_target() {
    let r = expect(
        texts::FY26_TOTAL,
        &now(),
        &[
            ("$4.6 billion", "amount", "FY2025-26", Supported, None),
            (
                "20.6 percent",
                "growth (FY YoY)",
                "FY2025-26",
                Supported,
                None,
            ),
            ("$5 billion", "target", "FY2025-26", Unverifiable, None),
        ],
    );
    let t = claim(&r, "$5 billion", 0);
    near(t.actual, 4600.0, 1e-9);
    assert!(t.reason.contains("short of"), "{}", t.reason);
}

/// Projections: "exceed $5 billion in FY2025-26" did not come true ($4,600m, SBP
/// headline), which the reason says, but a story that reports a forecast is not
/// wrong for it (the corpus annotates every projection unverifiable); FY2026-27
/// has only July 2026 ($417m, dashboard), so its outcome is not known.
#[test]
fn projections_past_and_future() {
    let r = expect(
        texts::PROJECTIONS,
        &now(),
        &[
            ("$5 billion", "projection", "FY2025-26", Unverifiable, None),
            ("$6 billion", "projection", "FY2026-27", Unverifiable, None),
        ],
    );
    assert!(
        claim(&r, "$5 billion", 0)
            .reason
            .contains("did not come true")
    );
    assert!(claim(&r, "$6 billion", 0).reason.contains("not known yet"));
}

/// September 2025 $366m was a record (Dawn 2025-10-21: "IT exports hit record
/// 366m"): the previous high was July 2025's $354m. November 2025's $356m was not
/// (October 2025 $386m and September 2025 $366m were higher; press preferred
/// figures). The second sentence says only "exports": the series comes from the
/// first sentence of the paragraph.
#[test]
fn records_true_and_false() {
    let r = expect(
        texts::RECORDS,
        &now(),
        &[
            ("record", "record", "2025-09", Supported, None),
            ("$366 million", "amount", "2025-09", Supported, None),
            ("previous record", "record", "2025-09", Supported, None),
            ("$354 million", "comparison", "2025-07", Supported, None),
            ("record", "record", "2025-11", Contradicted, None),
            ("$356 million", "amount", "2025-11", Supported, None),
        ],
    );
    let c = claim(&r, "record", 1);
    assert!(c.reason.contains("$386m in October 2025"), "{}", c.reason);
}

/// Definitions: $2.87bn for Jul–Mar FY26 is computer services ($2,868.75m, EBOPS
/// 9.2, dt.xls Mar-26), not IT exports in the press's sense (EBOPS 9:
/// $3,387.92m, dt.xls Mar-26). SOURCES.md "Key definitional finding".
#[test]
fn computer_services_reported_as_it_exports() {
    let r = expect(
        texts::NINE_MONTHS_COMPUTER,
        &now(),
        &[(
            "$2.87 billion",
            "amount",
            "FY2025-26 Jul-Mar",
            Contradicted,
            Some(Cause::DifferentDefinition),
        )],
    );
    let c = claim(&r, "$2.87 billion", 0);
    near(c.actual, 3387.92, 0.01);
    assert!(c.reason.contains("computer services"), "{}", c.reason);
}

/// Freelance (EBOPS 9.2.5): Jul–Mar FY26 $856.37m and Jul–Mar FY25 $567.52m
/// (dt.xls Mar-26).
#[test]
fn freelance_sub_item() {
    let r = expect(
        texts::FREELANCE,
        &now(),
        &[
            (
                "$856 million",
                "amount",
                "FY2025-26 Jul-Mar",
                Supported,
                None,
            ),
            (
                "$568 million",
                "comparison",
                "FY2024-25 Jul-Mar",
                Supported,
                None,
            ),
        ],
    );
    assert_eq!(
        claim(&r, "$856 million", 0)
            .series
            .as_ref()
            .map(|k| k.as_str()),
        Some("pk.ebops.9.2.5.credit")
    );
}

/// Shares: July 2026 ICT $417m of services $927m = 45.0% (dashboard; README
/// brief); February 2026 ICT $363.81m of services $800.21m = 45.5%, not 52%
/// (dt.xls Mar-26).
#[test]
fn shares_of_services_exports() {
    let r = expect(
        texts::SHARES,
        &now(),
        &[
            ("45 percent", "share", "2026-07", Supported, None),
            ("$927 million", "amount", "2026-07", Supported, None),
            ("52%", "share", "2026-02", Contradicted, None),
        ],
    );
    assert_eq!(
        claim(&r, "$927 million", 0)
            .series
            .as_ref()
            .map(|k| k.as_str()),
        Some("pk.ebops.services.credit")
    );
    near(claim(&r, "52%", 0).actual, 363.81 / 800.21 * 100.0, 0.01);
}

/// March 2025 was $342m in EasyData (2025-04-17; Dunya 2025-04-18) and revised to
/// $344.93m in dt.xls Mar-26 (2026-04-17; README "As known on a date"). March 2024
/// $306m (EasyData). +12% YoY holds on the first print (342/306 = +11.8%;
/// SOURCES.md "Mar 2025 +12% YoY"), not on the revision (+12.7%).
#[test]
fn march_2025_revised_after_the_story() {
    let r = expect(
        texts::MARCH_2025_VINTAGE,
        &now(),
        &[
            (
                "$342 million",
                "amount",
                "2025-03",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "12 percent",
                "growth (YoY)",
                "2025-03",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
        ],
    );
    near(claim(&r, "$342 million", 0).actual, 344.93, 0.01);
}

/// The same story checked as known when it was written: both claims hold.
#[test]
fn march_2025_as_of_publication() {
    let opts = CheckOptions {
        as_of: Some("2025-05-01".parse().unwrap()),
        ..CheckOptions::default()
    };
    expect(
        texts::MARCH_2025_VINTAGE,
        &opts,
        &[
            ("$342 million", "amount", "2025-03", Supported, None),
            ("12 percent", "growth (YoY)", "2025-03", Supported, None),
        ],
    );
}

/// Rupees are not what the series measure; October 2026 is after the last month
/// in the store (July 2026, dashboard).
#[test]
fn rupees_and_months_not_yet_published() {
    let r = expect(
        texts::NOT_CHECKABLE,
        &now(),
        &[
            ("Rs 100 billion", "amount", "2025-07", Unverifiable, None),
            ("$430 million", "amount", "2026-10", Unverifiable, None),
        ],
    );
    assert!(claim(&r, "Rs 100 billion", 0).reason.contains("rupees"));
    assert!(
        claim(&r, "$430 million", 0)
            .reason
            .contains("data through July 2026")
    );
}

/// Net ICT exports, March 2025: $313.48m (dt.xls Mar-26, EBOPS 9 credit less debit).
#[test]
fn net_it_exports() {
    let r = expect(
        texts::NET_EXPORTS,
        &now(),
        &[("$313 million", "amount", "2025-03", Supported, None)],
    );
    assert_eq!(
        claim(&r, "$313 million", 0)
            .series
            .as_ref()
            .map(|k| k.as_str()),
        Some("pk.ebops.9.net")
    );
}

/// July 2026 $417m (dashboard), the highest since April 2026 ($422.26m, dashboard)
/// and the best July (previous best July 2025, $354m): the README's brief.
#[test]
fn highest_since_and_best_july() {
    expect(
        texts::JULY_2026,
        &now(),
        &[
            ("$417 million", "amount", "2026-07", Supported, None),
            ("highest since", "record", "2026-07", Supported, None),
            ("best July on record", "record", "2026-07", Supported, None),
        ],
    );
}

/// Jul–Feb FY26 = $2,974.29m (dt.xls Feb-26); $3.39bn is Jul–Mar ($3,387.92m,
/// dt.xls Mar-26): ProPakistani's "first eight months" for Jul–Mar (SOURCES.md
/// typos). Jul–Feb FY25 = $2,486.62m (dt.xls Feb-26): +19.6%, and on the sums of
/// the months up to +19.8%, so the press's "+19.7%" holds (SOURCES.md "Jul–Feb
/// FY26 +19.7%").
#[test]
fn trap_first_eight_months() {
    expect(
        texts::EIGHT_MONTHS,
        &now(),
        &[
            (
                "$3.39 billion",
                "amount",
                "FY2025-26 Jul-Feb",
                Contradicted,
                Some(Cause::NeighbouringPeriod),
            ),
            (
                "$2.97 billion",
                "amount",
                "FY2025-26 Jul-Feb",
                Supported,
                None,
            ),
            (
                "19.7 percent",
                "growth (FYTD YoY)",
                "FY2025-26 Jul-Feb",
                Supported,
                None,
            ),
        ],
    );
}

/// January 2026 $373.53m (dt.xls Feb-26), December 2025 $437m (press), January
/// 2025 $313m (EasyData): −14.5% MoM and +19.3% (on $374m, +19.5%) YoY; SOURCES.md
/// "Jan 2026 +19.5% YoY and −14% MoM". $374m is today's $373.53m rounded:
/// supported. The two rates round from the first print ($374m: −14.4%, +19.5%),
/// not from today's figures (−14.5%, +19.3%): right as first published, since
/// revised.
#[test]
fn january_2026_fall_and_rise() {
    let r = expect(
        texts::JANUARY_2026,
        &now(),
        &[
            (
                "14 percent",
                "growth (MoM)",
                "2026-01",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            ("$374 million", "amount", "2026-01", Supported, None),
            (
                "19.5 percent",
                "growth (YoY)",
                "2026-01",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
        ],
    );
    assert_eq!(claim(&r, "14 percent", 0).stated, Some(-14.0));
}

/// October 2025 $386m (press, preferred), October 2024 $330m (EasyData),
/// September 2025 $366m: +17.0% YoY, +5.5% MoM (SOURCES.md "Oct 2025 +17% YoY and
/// +5.5% MoM").
#[test]
fn october_2025() {
    expect(
        texts::OCTOBER_2025,
        &now(),
        &[
            ("$386 million", "amount", "2025-10", Supported, None),
            ("17 percent", "growth (YoY)", "2025-10", Supported, None),
            ("5.5 percent", "growth (MoM)", "2025-10", Supported, None),
        ],
    );
}

/// Business Recorder's "−11.3% MoM" for June 2024 (SOURCES.md mismatches). June
/// 2024 is $297m in EasyData; $298m is the first print (Business Recorder and
/// Arab News, 2024-07-20). May 2024 $332m: −10.5% (−10.2% on the first print);
/// 11.3% is the change taken on the wrong base (332/298 − 1 = +11.4%).
#[test]
fn june_2024_decline_on_the_wrong_base() {
    let r = expect(
        texts::JUNE_2024_MOM,
        &now(),
        &[
            (
                "11.3 percent",
                "growth (MoM)",
                "2024-06",
                Contradicted,
                Some(Cause::Arithmetic),
            ),
            (
                "$298 million",
                "amount",
                "2024-06",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
        ],
    );
    assert_eq!(claim(&r, "11.3 percent", 0).stated, Some(-11.3));
    assert!(claim(&r, "11.3 percent", 0).reason.contains("wrong base"));
}

/// A wrong base and the rate computed from it: July 2024 was $286m (EasyData), so
/// +18% (354/300) is wrong too; the right YoY is +23.8%.
#[test]
fn wrong_comparison_base() {
    let r = expect(
        texts::WRONG_BASE,
        &now(),
        &[
            ("$354 million", "amount", "2025-07", Supported, None),
            ("18 percent", "growth (YoY)", "2025-07", Contradicted, None),
            ("$300 million", "comparison", "2024-07", Contradicted, None),
        ],
    );
    near(claim(&r, "$300 million", 0).actual, 286.0, 1e-9);
}

/// "from $339 million" without a month: the rate's basis is unstated, MoM fits
/// (354/339 = +4.4%), and $339m is June 2025's figure (dashboard 2025-06).
#[test]
fn comparison_base_without_a_period() {
    let r = expect(
        texts::UNDATED_BASE,
        &now(),
        &[
            (
                "4.4 percent",
                "growth (basis not stated)",
                "2025-07",
                Supported,
                None,
            ),
            ("$354 million", "amount", "2025-07", Supported, None),
            ("$339 million", "comparison", "-", Supported, None),
        ],
    );
    assert!(claim(&r, "$339 million", 0).reason.contains("June 2025"));
}

/// Numbers about other subjects (inflation, the policy rate) in an IT story are
/// not claims about IT exports: they are found and left unchecked, with what
/// they are about. "Imports of computer services" is the debit side of EBOPS
/// 9.2: March 2025 $28.72m (dt.xls Mar-26, 'EBOPS '!D63).
#[test]
fn other_subjects_and_imports() {
    let r = expect(
        texts::OTHER_SUBJECTS,
        &now(),
        &[
            ("$354 million", "amount", "2025-07", Supported, None),
            ("4.1 percent", "other figure", "-", Unverifiable, None),
            ("11 percent", "other figure", "-", Unverifiable, None),
            ("$28.7 million", "amount", "2025-03", Supported, None),
        ],
    );
    let inflation = claim(&r, "4.1 percent", 0);
    assert!(
        inflation.reason.contains("nflation"),
        "{}",
        inflation.reason
    );
    assert!(inflation.series.is_none(), "{:?}", inflation.series);
    assert_eq!(
        claim(&r, "$28.7 million", 0)
            .series
            .as_ref()
            .map(|k| k.as_str()),
        Some("pk.ebops.9.2.debit")
    );
}

/// The crash: an en dash in a fiscal year ("2024–25", as most Pakistani
/// copy prints it) panicked the checker. FY2024-25 is $3,814m (SBP headline via
/// dashboard), FY2023-24 $3,223m (EasyData months), so +18.3%, not 20%.
#[test]
fn an_en_dash_fiscal_year_is_read_not_crashed() {
    expect(
        "IT exports rose 20% in 2024–25 to $3.8 billion.",
        &now(),
        &[
            ("20%", "growth (FY YoY)", "FY2024-25", Contradicted, None),
            ("$3.8 billion", "amount", "FY2024-25", Supported, None),
        ],
    );
}

/// "In July" in a story dated 2025-08-20 is July 2025, not the latest July in the
/// store (2026: $417m); "the current fiscal year" is FY2025-26 even if the text
/// named FY2024-25 before.
#[test]
fn the_article_date_fixes_months_without_a_year() {
    let opts = CheckOptions {
        date: Some("2025-08-20".parse().unwrap()),
        ..CheckOptions::default()
    };
    expect(
        "IT exports hit an all-time high of $354 million in July.",
        &opts,
        &[
            ("all-time high", "record", "2025-07", Supported, None),
            ("$354 million", "amount", "2025-07", Supported, None),
        ],
    );
}

/// A figure that does not fit its written month is tried as the fiscal year to
/// date, a difference, an average before it is called wrong. January 2022 is
/// $186m and December 2021 $251m (EasyData); Jul-Jan FY2021-22 sums to $1,489m
/// (196 + 224 + 216 + 195 + 221 + 251 + 186, EasyData). $900m fits no reading of
/// January 2022 and is ten times its scale, so the period is ambiguous, not the
/// figure wrong. A figure credited to PBS is read the same way where SBP's own
/// figures give it: $449m is Jul-Aug FY2023-24 as SBP first printed it (214 +
/// 235, the August print the press reported; since revised to 236).
#[test]
fn other_readings_before_a_contradiction() {
    expect(
        "IT exports were $1,489 million in January 2022. In January 2022 IT exports \
         were $65 million lower than in December 2021. IT exports were $900 million \
         in January 2022. IT exports were $150 million in January 2022.",
        &now(),
        &[
            ("$1,489 million", "amount", "2022-01", Supported, None),
            ("$65 million", "amount", "2022-01", Supported, None),
            ("$900 million", "amount", "2022-01", Unverifiable, None),
            ("$150 million", "amount", "2022-01", Contradicted, None),
        ],
    );
    expect(
        "According to the Pakistan Bureau of Statistics, IT exports were $449 million \
         in August 2023.",
        &now(),
        &[(
            "$449 million",
            "amount",
            "2023-08",
            Outdated,
            Some(Cause::EarlierVintage),
        )],
    );
}

/// Net exports are ICT exports minus ICT imports (EasyData): Jul-Dec FY2021-22
/// exports 196 + 224 + 216 + 195 + 221 + 251 = 1,303, imports 330 (sum of the six
/// EasyData months), net 973; Pakistan Today (2022-01-23) printed $972m, which is
/// exactly the exports as first printed (1,302: September 2021 at its first print,
/// 215) less the same imports, so it is outdated (rule 3; the corpus labels it so),
/// though within the rounding of twelve whole-million figures. Net exports carry
/// the exports' earlier prints since stop 45.
#[test]
fn net_exports_are_exports_minus_imports() {
    let r = expect(
        "The net exports for the period July-December FY 2021-22 are US$ 972 million. \
         Net IT exports were $1,200 million in July-December FY 2021-22.",
        &now(),
        &[
            (
                "US$ 972 million",
                "amount",
                "FY2021-22 Jul-Dec",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "$1,200 million",
                "amount",
                "FY2021-22 Jul-Dec",
                Contradicted,
                None,
            ),
        ],
    );
    near(claim(&r, "$1,200 million", 0).actual, 973.0, 1e-9);
    assert!(
        claim(&r, "US$ 972 million", 0)
            .sources
            .iter()
            .all(|s| s.source.contains("minus imports")),
        "every figure behind a net claim is a difference"
    );
}

/// A figure that is the story's own series' (ICT December 2021 $251m, EasyData)
/// under a sub-line named in its sentence (services exports, $699m in December
/// 2021, EasyData) is two readings that disagree: neither endorsed nor accused.
#[test]
fn the_story_series_against_a_named_sub_line() {
    let r = expect(
        "IT exports in January 2022 fell to $186 million. Services exports in \
         December 2021 rose; they were $251 million in that month.",
        &now(),
        &[
            ("$186 million", "amount", "2022-01", Supported, None),
            ("$251 million", "amount", "2021-12", Unverifiable, None),
        ],
    );
    assert!(
        claim(&r, "$251 million", 0)
            .reason
            .contains("two readings disagree")
    );
}

/// "Crossing the $400 million mark" is a lower bound (December 2025: $437m,
/// press, preferred). A sum of eleven whole-million months (Jul-May FY2019-20:
/// $1,297m, EasyData) is known only to ±5.5, so "$1.29 billion" (±5) fits it.
#[test]
fn thresholds_and_the_rounding_of_sums() {
    expect(
        "IT exports climbed to $437 million in December 2025, crossing the $400 million \
         mark for the first time. IT exports were $1.29 billion in July-May FY2019-20.",
        &now(),
        &[
            ("$437 million", "amount", "2025-12", Supported, None),
            ("$400 million", "amount", "2025-12", Supported, None),
            ("for the first time", "record", "2025-12", Supported, None),
            (
                "$1.29 billion",
                "amount",
                "FY2019-20 Jul-May",
                Supported,
                None,
            ),
        ],
    );
}

/// A headline that names no period is about the period the story names first
/// (Pakistan Today, 2022-01-23): Jul-Dec FY2021-22 $1,303m against $960m in
/// Jul-Dec FY2020-21 (EasyData sums) is +35.7%; $1.302bn was the sum with
/// September 2021 as first printed ($215m, since $216m), and 35.77% is that
/// $1,302m against Jul-Dec FY2020-21 as printed by then (one month at its first
/// print: $959m, or $958.98m with July 2020's $161.98m): both outdated.
#[test]
fn a_headline_without_a_period() {
    let opts = CheckOptions {
        date: Some("2022-01-23".parse().unwrap()),
        ..CheckOptions::default()
    };
    expect(
        "IT exports increase 35.77pc to $1.302bn in six months\n\n\
         ICT exports rose to $1.302 billion in July-December FY2021-22.",
        &opts,
        &[
            (
                "35.77pc",
                "growth (FYTD YoY)",
                "FY2021-22 Jul-Dec",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "$1.302bn",
                "amount",
                "FY2021-22 Jul-Dec",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
            (
                "$1.302 billion",
                "amount",
                "FY2021-22 Jul-Dec",
                Outdated,
                Some(Cause::EarlierVintage),
            ),
        ],
    );
}

/// A share said "now" in a story about a month is often the fiscal year to
/// date's (Business Recorder, 2021-01-22): ICT $195m of services $636m in
/// December 2020 is 30.7%, but Jul-Dec FY2020-21, $960m of $2,879m (EasyData
/// sums), is 33.3%, which "33pc" states.
#[test]
fn a_share_read_over_the_year_to_date() {
    let r = expect(
        "ICT exports were $195 million in December 2020. ICT exports now constitute \
         33pc of our total export of services.",
        &now(),
        &[
            ("$195 million", "amount", "2020-12", Supported, None),
            ("33pc", "share", "2020-12", Supported, None),
        ],
    );
    near(claim(&r, "33pc", 0).actual, 960.0 / 2879.0 * 100.0, 0.05);
}

/// A two-decimal rate for a whole fiscal year is tried over the runs of months
/// from July (Business Recorder, 2024-06-11, on the Economic Survey): FY2023-24
/// over FY2022-23 is +24.2% ($3,223m / $2,596m, EasyData sums), but Jul-Mar is
/// $2,284m against $1,944m, +17.49% — within the rounding of nine
/// whole-million months, but "17.44%" is exactly the rate as first printed
/// (2,283 with August 2023 at 235), so the claim is outdated, not supported.
#[test]
fn a_precise_rate_for_a_year_read_over_its_first_months() {
    let opts = CheckOptions {
        date: Some("2024-06-11".parse().unwrap()),
        ..CheckOptions::default()
    };
    let r = expect(
        "ICT exports grew by 17.44% in FY2023-24.",
        &opts,
        &[(
            "17.44%",
            "growth (FY YoY)",
            "FY2023-24",
            Outdated,
            Some(Cause::EarlierVintage),
        )],
    );
    assert!(claim(&r, "17.44%", 0).reason.contains("Jul-Mar"));
}

/// A rate that does not fit its sentence's month but fits another period the
/// story names is read there (APP, 2021-02-25): January 2021 over January 2020 is
/// +26.6% ($162m / $128m, EasyData), Jul-Jan FY2020-21 over the year before is
/// +38.2% ($1,122m / $812m, EasyData sums).
#[test]
fn a_rate_read_over_another_named_period() {
    let r = expect(
        "ICT exports were $1,122 million in July-January FY2020-21. In January 2021, \
         ICT exports were up 38 percent year on year.",
        &now(),
        &[
            (
                "$1,122 million",
                "amount",
                "FY2020-21 Jul-Jan",
                Supported,
                None,
            ),
            ("38 percent", "growth (YoY)", "2021-01", Supported, None),
        ],
    );
    near(
        claim(&r, "38 percent", 0).actual,
        (1122.0 / 812.0 - 1.0) * 100.0,
        0.01,
    );
}

/// Another period of the story is another reading of a rate only where it
/// overlaps the period written: "4% month-on-month in March 2024" is not July
/// 2025's +4.4% (354 / 339) because the story's first sentence is about July
/// 2025. March 2024 over February 2024 is +19.1% (306 / 257, EasyData).
#[test]
fn a_written_period_is_not_read_as_a_distant_one() {
    expect(
        "In July 2025 IT exports hit an all-time high of $354 million. In March 2024 IT \
         exports rose 4% month-on-month to $306 million.",
        &now(),
        &[
            ("all-time high", "record", "2025-07", Supported, None),
            ("$354 million", "amount", "2025-07", Supported, None),
            ("4%", "growth (MoM)", "2024-03", Contradicted, None),
            ("$306 million", "amount", "2024-03", Supported, None),
        ],
    );
}

/// India's figures are checked against India's series (RBI DBIE, quarterly,
/// data/peers/india_rbi_ict_quarterly.csv: ICT 2025-Q2 47,932.04, 2024-Q2
/// 42,540.96, +12.7%; software services 2025-Q2 47,323.85), not Pakistan's;
/// a wrong Indian rate is contradicted like any other. Bangladesh has no
/// official series on the same footing: its figure is unverifiable and says why.
#[test]
fn india_is_checked_against_india_and_bangladesh_is_named() {
    let r = expect(
        "India's IT exports grew 20 percent to $47.9 billion in April-June 2025, while \
         India's software exports were $47.3 billion. Bangladesh's IT exports were \
         $592.06 million in FY2021-22.",
        &now(),
        &[
            ("20 percent", "growth (YoY)", "2025-Q2", Contradicted, None),
            ("$47.9 billion", "amount", "2025-Q2", Supported, None),
            ("$47.3 billion", "amount", "2025-Q2", Supported, None),
            ("$592.06 million", "amount", "FY2021-22", Unverifiable, None),
        ],
    );
    assert!(
        claim(&r, "20 percent", 0)
            .reason
            .contains("India's ICT exports")
    );
    assert!(
        claim(&r, "$592.06 million", 0)
            .reason
            .starts_with("Bangladesh is not compared")
    );
}
