//! Figures the press credits to the Pakistan Bureau of Statistics (PBS). Its
//! trade in services is compiled from SBP's figures: a PBS figure that SBP's
//! own figures give is supported, with the credit said in the reason; one they
//! do not give is another compilation's, unverifiable, never contradicted
//! (FORMAT.md, adjudication rule 6, read as written). Each test names its
//! article (`crates/claims/eval/`).
//!
//! Figures: SBP EasyData export TS_GP_BOP_XMGS_M (ICT exports P00120, Jul-2005
//! … Mar-2025, dated 2025-04-17), as embedded in the store (data/README.md).

mod common;

use common::{claim, on, run, series};
use itx_claims::Verdict;

use Verdict::{Supported, Unverifiable};

/// Dawn, 2026-03-05 (https://www.dawn.com/news/1978497/): the paragraph after
/// "According to data compiled by the Pakistan Bureau of Statistics" gives PBS's
/// services figures ($885.09m; SBP's January 2026 is $876.48m): another
/// compilation, not an error.
#[test]
fn another_compilers_figures_stay_its_own() {
    let r = run(
        "According to data compiled by the Pakistan Bureau of Statistics, the export of services \
         reached $5.66 billion in July-January FY26, up from $4.76bn a year earlier.\n\n\
         In January, services exports reached $885.09 million, up from $675.03 million in the \
         same month last year, marking a growth of 31.12pc.",
        &on("2026-03-05"),
    );
    let c = claim(&r, "$885.09 million", 0);
    assert_eq!(c.verdict, Unverifiable, "{}", c.reason);
    assert!(
        c.reason.contains("Pakistan Bureau of Statistics"),
        "{}",
        c.reason
    );
}

/// The Nation, 2022-11-01 (https://www.nation.com.pk/01-Nov-2022/pakistan-earns-dollar-426-million-from-it-services-export-in-2-months,
/// `fresh6/`): PBS's "information technology (IT) services" are SBP's ICT
/// exports. Jul-Aug FY2022-23 = 199 + 228 = 427 (±1) gives $426.070m; Jul-Aug
/// FY2021-22 = 196 + 224 = 420 gives $419.980m, and 427 on 420 is +1.67%, whose
/// range (426 on 421 to 428 on 419) holds 1.45%. The computer-services line
/// has no SBP figure for those months: PBS's own, not judged.
#[test]
fn a_pbs_total_sbp_gives_is_supported() {
    let r = run(
        "ISLAMABAD-Pakistan earned $426.070 million by providing different information \
         technology (IT) services in various countries during the first two months of the \
         current fiscal year 2022-23.\n\n\
         This shows a growth of 1.45 percent as compared to $419.980 million earned through \
         the provision of services during the corresponding months of the fiscal year \
         2021-22, the Pakistan Bureau of Statistics (PBS) reported. During July-August \
         (2022-23), the export of computer services grew by 10.10 percent as it surged from \
         $312.620 million last fiscal year to $344.190 million this year.\n\n\
         Among the computer services, the exports of software consultancy services witnessed \
         an increase of 7.20 percent, from $113.566 million to $121.740 million.",
        &on("2022-11-01"),
    );
    let total = claim(&r, "$426.070 million", 0);
    assert_eq!(total.verdict, Supported, "{}", total.reason);
    assert_eq!(
        total.series.as_ref().map(|k| k.as_str()),
        Some("pk.ebops.9.credit")
    );
    assert_eq!(total.period.as_deref(), Some("FY2022-23 Jul-Aug"));
    let rate = claim(&r, "1.45 percent", 0);
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
    assert!(
        rate.reason.contains("Pakistan Bureau of Statistics") && rate.reason.contains("+1.67%"),
        "{}",
        rate.reason
    );
    assert_eq!(
        rate.series.as_ref().map(|k| k.as_str()),
        Some("pk.ebops.9.credit")
    );
    let base = claim(&r, "$419.980 million", 0);
    assert_eq!(base.verdict, Supported, "{}", base.reason);
    let line = claim(&r, "$344.190 million", 0);
    assert_eq!(line.verdict, Unverifiable, "{}", line.reason);
}

/// UrduPoint, 2020-12-04 (https://www.urdupoint.com/en/business/pakistan-earns-us-444050-million-from-it-se-1104356.html,
/// `fresh3/`): PBS's Q1 FY2020-21 total of $444.050m is not SBP's today (163 +
/// 124 + 159 = 446, ±1.5: 444.5 to 447.5) but is what SBP's months first
/// printed give (163 + 124 + 158 = 445, ±1.5; July's "161.98" in the press is
/// PBS's own figure, not SBP's print): outdated. Its base, $314.900m, is SBP's
/// Jul-Sep FY2019-20 (115 + 96 + 104 = 315), and its rate, 41.01%, is within
/// the range SBP's rounded sums give (446 on 315 is +41.6%).
#[test]
fn a_pbs_total_right_as_sbp_first_printed_it() {
    let r = run(
        "ISLAMABAD, (UrduPoint / Pakistan Point News - 4th Dec, 2020 ) :Pakistan has earned US \
         $444.050 million by providing different information technology (IT) services in \
         various countries during the first quarter (Q1) of financial year 2020-21.\n\n\
         This shows growth of 41.01 percent when compared to US $314.900 million earned \
         through provision of services during the corresponding period of fiscal year \
         2019-20, Pakistan Bureau of Statistics (PBS) reported.",
        &on("2020-12-04"),
    );
    let total = claim(&r, "US $444.050 million", 0);
    assert_eq!(total.verdict, Verdict::Outdated, "{}", total.reason);
    assert!(
        total.reason.contains("$446m") && total.reason.contains("$445m"),
        "{}",
        total.reason
    );
    assert_eq!(claim(&r, "41.01 percent", 0).verdict, Supported);
    assert_eq!(claim(&r, "US $314.900 million", 0).verdict, Supported);
}

/// Profit, 2021-10-24 (https://profit.pakistantoday.com.pk/2021/10/24/pakistans-earns-419m-from-it-services-export-in-2mfy22/,
/// `fresh9/`): "the corresponding period of fiscal year 2020-21 (2MFY21)" is
/// the base's period, the label in brackets restating it: the rate is Jul-Aug
/// FY2021-22's, 420 on 287 (196 + 224 on 163 + 124) = +46.3%, not Jul-Aug
/// FY2020-21's on the year before (+36.0%), which had called it wrong.
#[test]
fn a_label_in_brackets_restates_the_base() {
    let r = run(
        "ISLAMABAD: Pakistan earned $419.992 million by providing different information \
         technology (IT) services in various countries during the first two months of \
         financial year 2021-22 (2MFY22).\n\n\
         This shows a growth of 46.32 per cent when compared to $287.030 million earned \
         through provision of services during the corresponding period of fiscal year \
         2020-21 (2MFY21), the Pakistan Bureau of Statistics (PBS) reported.",
        &on("2021-10-24"),
    );
    let rate = claim(&r, "46.32 per cent", 0);
    assert_eq!(rate.period.as_deref(), Some("FY2021-22 Jul-Aug"));
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
    let base = claim(&r, "$287.030 million", 0);
    assert_eq!(base.period.as_deref(), Some("FY2020-21 Jul-Aug"));
    assert_eq!(base.verdict, Supported, "{}", base.reason);
}

/// The Nation, 2024-01-01 (https://www.nation.com.pk/01-Jan-2024/pakistan-earns-dollar-892-97m-from-it-services-export-in-4-months,
/// `fresh4/`): "the corresponding months of the last fiscal year 2022-23" are
/// Jul-Oct FY2022-23, the base, not the whole year: 894 on 855 (SBP's Jul-Oct
/// sums) is +4.56%, whose range (892 on 857 to 896 on 853) holds 4.45%.
#[test]
fn the_corresponding_months_of_a_named_year() {
    let r = run(
        "ISLAMABAD-Pakistan earned $892.972 million by providing different Information \
         Technology (IT) services to various countries during the first four months of the \
         current fiscal year 2023-24.\n\n\
         This shows a growth of 4.45 percent as compared with the $854.918 million earned \
         through the provision of services during the corresponding months of the last \
         fiscal year 2022-23, the Pakistan Bureau of Statistics (PBS) reported.",
        &on("2024-01-01"),
    );
    let rate = claim(&r, "4.45 percent", 0);
    assert_eq!(rate.period.as_deref(), Some("FY2023-24 Jul-Oct"));
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
    let base = claim(&r, "$854.918 million", 0);
    assert_eq!(base.period.as_deref(), Some("FY2022-23 Jul-Oct"));
    assert_eq!(base.verdict, Supported, "{}", base.reason);
}

/// UrduPoint, 2020-08-27 (https://www.urdupoint.com/en/business/pakistans-earns-us-1438-million-from-it-ser-1012916.html,
/// `fresh6/`): "July-June (2019-20)" is FY2019-20, its year in brackets; SBP's
/// twelve months sum to 1,440 (±6), which holds $1,438.827m.
#[test]
fn a_run_of_months_with_its_year_in_brackets() {
    let r = run(
        "ISLAMABAD, (UrduPoint / Pakistan Point News - 27th Aug, 2020 ) :Pakistan earned US $ \
         1438.827 million by providing different information technology (IT) services in \
         various countries during July-June (2019-20).",
        &on("2020-08-27"),
    );
    let c = claim(&r, "US $ 1438.827 million", 0);
    assert_eq!(c.period.as_deref(), Some("FY2019-20"));
    assert_eq!(c.verdict, Supported, "{}", c.reason);
}

/// PhoneWorld, 2022-12-22 (https://www.phoneworld.com.pk/pakistan-earns-854-million-by-providing-it-services-to-various-countries/,
/// `fresh4/`): PBS's $854m for Jul-Oct FY2022-23 is what SBP's months summed to
/// on the article's date (199 + 228 + 206 + 221, as then printed); September
/// 2022 has since been revised to 207, so today's sum is 855: outdated, as
/// any figure right as first printed.
#[test]
fn a_pbs_total_right_as_sbp_first_printed_is_outdated() {
    let r = run(
        "Recent reports unveiled that Pakistan has earned US $854 million by providing various \
         IT services to many countries during the first four months of the current fiscal \
         year 2022-23, according to the Pakistan Bureau of Statistics (PBS).",
        &on("2022-12-22"),
    );
    let c = claim(&r, "US $854 million", 0);
    assert_eq!(c.verdict, Verdict::Outdated, "{}", c.reason);
    assert!(
        c.reason.contains("Pakistan Bureau of Statistics"),
        "{}",
        c.reason
    );
}

/// A sentence that defines its "IT & ITeS" as computer services and call
/// centres gives the Pakistan Software Export Board's narrow measure, which the
/// store holds for none of these periods: a figure SBP's ICT total contradicts
/// is two readings, not an error.
/// - UrduPoint, 2020-07-26 (`fresh3/urdupoint-2020-07-26-pseb-fy20-23-71pc-1-230bn`):
///   "… export remittances comprising of computer services and call center
///   services have surged by a staggering 23.71% to US $1.230 billion in the
///   Financial Year 2019-20" (ICT exports FY2019-20: $1,440m).
/// - The News, 2020-12-02 (a page outside the corpus): "… comprising computer
///   and call centre services surged to $379.3 million … during first three
///   months (July-September) of FY2020-21" (ICT exports: $446m).
///
/// The same definition beside SBP's ICT figure ("comprising computer services
/// and call centre services … $194 million in December 2020", Business Recorder,
/// 2021-01-22) is still checked as ICT exports.
#[test]
fn the_narrow_it_and_ites_a_sentence_defines() {
    let r = run(
        "Pakistan's information technology (IT) and IT-enabled Services (ITeS) export \
         remittances comprising of computer services and call center services have surged by a \
         staggering 23.71% to US $1.230 billion in the Financial Year 2019-20 in comparison to \
         US $994.848 million during the same period last year 2018-19.",
        &on("2020-07-26"),
    );
    for figure in ["23.71%", "US $1.230 billion", "US $994.848 million"] {
        let c = claim(&r, figure, 0);
        assert_eq!(c.verdict, Verdict::Unverifiable, "{figure}: {}", c.reason);
        assert!(
            c.reason.contains("computer services and call centres"),
            "{}",
            c.reason
        );
    }
    let r = run(
        "Export remittances from IT and IT-enabled services comprising computer and call centre \
         services surged to $379.3 million at a growth rate of 43.6 percent during first three \
         months (July-September) of FY2020-21.",
        &on("2020-12-02"),
    );
    assert_eq!(
        claim(&r, "$379.3 million", 0).verdict,
        Verdict::Unverifiable
    );
    let r = run(
        "The ITeS export remittances comprising computer services and call centre services have \
         surged to $194 million in December 2020.",
        &on("2021-01-22"),
    );
    // December 2020's first print, since revised to 195.
    assert_eq!(claim(&r, "$194 million", 0).verdict, Verdict::Outdated);
}

/// The Nation, 2019-03-06 (https://staging.nation.com.pk/06-Mar-2019/telecom-info-services-exports-increase-to-539-7m-in-six-months):
/// PBS's call-centre exports, "$49.640 million in July-December (2018-19)", are
/// a line the store holds no figure for then. Taken for ICT's, the amount fits
/// only as ICT's rise on a year earlier ($584m against $532m as first printed),
/// which is no sign the Bureau's figure is SBP's: it stays another compilation's,
/// not judged.
#[test]
fn a_bureau_level_that_fits_only_as_a_change() {
    let text = "ISLAMABAD - Pakistan’s exports of telecommunication, computer and \
                information services have increased to $539.71 million, registering 3.78 \
                per cent growth in first half of current fiscal year. The earning made \
                through these exports was $520.043 million during same period last year. \
                Data issued by PBS on Tuesday showed that in telecommunication sector, call \
                center services exports increased by 9.28 per cent.\n\nThese have reached \
                $49.640 million in July-December (2018-19) from $45.424 million in \
                corresponding period of last year.";
    let r = run(text, &on("2019-03-06"));
    let c = claim(&r, "$49.640 million", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(!c.reason.contains("SBP's give it"), "{}", c.reason);
}

/// Technology Times (Urdu), 2011-05-15 (https://technologytimespk.blogspot.com/2011/05/blog-post_6468.html):
/// the Federal Bureau of Statistics' "دو ارب روپے" (two billion rupees) of
/// software consultancy exports is in rupees. Credited to the Bureau, it had
/// been read as $2,000m and found to fit services exports over July-November
/// 2010; a rupee figure the store cannot hold is not judged.
#[test]
fn a_bureau_figure_in_rupees() {
    let text = "وفاقی ادارہ شماریات کے جاری کردہ اعدادو شمار کے مطابق جولائی 2010ءسے مارچ 2011ءکے \
                دوران پاکستان سے غیر ملکی ممالک کو کمپیوٹر اور اطلاعات کے شعبوں میں خدمات فاراہم کی \
                گئیں۔ اس عرصے کے دوران سوفٹ یئر کے حوالے سے مشاوراتی خدمات کی برآمد دو ارب روپے رہی۔";
    let r = run(text, &on("2011-05-15"));
    let c = claim(&r, "دو ارب روپے", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(c.reason.contains("rupee"), "{}", c.reason);
}

/// ProPakistani, 2011-11-02 (https://propakistani.pk/2011/11/02/pakistan-it-exports-up-32-6-in-q1-fy-2012/):
/// "Pakistan IT and ITES exports increased to reach US $ 61 million in Jul-Sep
/// 2011 versus US $ 45 million" is not SBP's ICT exports over those months
/// ($107m against $94m; `itx series show ict --from 2010-07 --to 2011-09`):
/// the story counts a narrower measure, so its "32.6 percent" is not judged
/// against ICT's +13.8%. It had been called contradicted.
#[test]
fn a_rate_of_a_story_whose_own_levels_are_another_measure() {
    let text = "Pakistan’s exports of IT and IT-enabled services witnessed an outstanding \
                growth of 32.6 percent in the first quarter of 2011-12 compared with the \
                corresponding period of past financial year.\n\nState Bank of Pakistan (SBP) \
                statistics showed that Pakistan IT and ITES exports increased to reach US $ 61 \
                million in Jul-Sep 2011 versus US $ 45 million exports recorded in the same \
                period of 2010.";
    let r = run(text, &on("2011-11-02"));
    let c = claim(&r, "32.6 percent", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(c.reason.contains("US $ 61 million"), "{}", c.reason);
}

/// Daily Express (Urdu), 2013-08-20 (https://express.pk/story/174997/pakistan):
/// "پاکستان بیورو شماریات سے جاری اعدادوشمار کے مطابق جولائی 2013 میں 12.26 فیصد کے
/// اضافے سے 38کروڑ 49لاکھ 20ہزار ڈالر کی خدمات برآمد کی گئیں" (according to figures
/// released by the Pakistan Bureau of Statistics, services of $384.92m were
/// exported in July 2013, up 12.26%). The Bureau named by its English word
/// ("بیورو") had not been read as PBS, and both figures were called wrong against
/// SBP's July 2013 ($343m, -1.7% on July 2012's $349m, `itx series show
/// services --from 2012-07 --to 2013-07`): another compilation's, unverifiable.
#[test]
fn the_bureau_in_urdu_by_its_english_word() {
    let r = run(
        "پاکستان بیورو شماریات سے جاری اعدادوشمار کے مطابق جولائی 2013 میں 12.26 فیصد کے اضافے \
         سے 38کروڑ 49لاکھ 20ہزار ڈالر کی خدمات برآمد کی گئیں جبکہ گزشتہ سال کی اسی مدت میں \
         سروسز ایکسپورٹ کی مالیت 34کروڑ 28لاکھ90ہزار ڈالر رہی تھی۔",
        &on("2013-08-20"),
    );
    assert_the_bureaus(&r, &["12.26 فیصد", "38کروڑ 49لاکھ 20ہزار ڈالر"]);
}

/// Dawn, 2025-03-05 (https://www.dawn.com/news/1895870/services-exports-swell-to-44bn):
/// the lede, "Export of services grew 6.16 per cent to $4.748 billion in the
/// first seven months of the current fiscal year from $4.472bn a year ago", is
/// credited in the next paragraph: "according to statistics issued by the
/// Pakistan Bureau of Statistics on Tuesday". Those are the Bureau's figures,
/// which SBP's do not give (EasyData Jul-Jan FY2024-25: $4,778m, +9.69%): they
/// had been called wrong.
#[test]
fn a_lede_credited_to_the_bureau_in_the_next_paragraph() {
    let r = run(
        "ISLAMABAD: Export of services grew 6.16 per cent to $4.748 billion in the first seven \
         months of the current fiscal year from $4.472bn a year ago, driven by the \
         telecommunication sector.\n\nIn rupee terms, the exports improved by 3.27pc to Rs1.321 \
         trillion in the first seven months of FY25 against Rs1.279tr in FY24, according to \
         statistics issued by the Pakistan Bureau of Statistics on Tuesday.",
        &on("2025-03-05"),
    );
    assert_the_bureaus(&r, &["6.16 per cent", "$4.748 billion", "$4.472bn"]);
}

/// The Nation, 2025-02-23
/// (https://www.nation.com.pk/23-Feb-2025/current-account-records-dollar-682m-surplus-in-7-months-of-fy25-sbp),
/// citing SBP: "Balance on trade of services in July-January FY 24-25 has
/// recorded a deficit of $1.929 billion …, adding that the services’ trade
/// deficit was recorded as $315 million in January 2025". SBP's own phrases for
/// the services balance had been read as the trade deficit of goods, which itx
/// does not track. EasyData (2025-04-17, the store's only print): January 2025
/// imports $1,024m less exports $692m, a deficit of $332m.
#[test]
fn the_services_balance_in_sbps_words() {
    let r = run(
        "Balance on trade of services in July-January FY 24-25 has recorded a deficit of $1.929 \
         billion, the data showed, adding that the services’ trade deficit was recorded as $315 \
         million in January 2025, the State Bank of Pakistan (SBP) reported.",
        &on("2025-02-23"),
    );
    for quote in ["$1.929 billion", "$315 million"] {
        let c = claim(&r, quote, 0);
        assert_eq!(
            series(c),
            Some("pk.ebops.services.net"),
            "{quote}: {}",
            c.reason
        );
    }
    let january = claim(&r, "$315 million", 0);
    assert_eq!(january.actual, Some(-332.0), "{}", january.reason);
}

/// World Economist, 2025-04-18
/// (https://world-economist.com/export-of-services-rises-to-6-2bn-in-july-march-business),
/// running Dawn's monthly story on PBS's services trade: after "according to
/// statistics released by the Pakistan Bureau of Statistics", a paragraph
/// credits SBP for one line ("According to the data compiled by the State Bank
/// of Pakistan, the exports of telecommunications, computer, and information
/// services reached $2.825bn …"), and the story returns to the totals: "In
/// FY24, the services exports posted a paltry growth of 2.77pc to $7.8bn from
/// $7.59bn a year ago." Those totals are still the Bureau's (SBP's FY2023-24:
/// $7,691m, +1.25%) and had been called wrong; the line's figure stays SBP's.
#[test]
fn a_state_bank_credit_for_one_line_leaves_the_totals_to_the_bureau() {
    let r = run(
        "In rupee terms, the exports improved by 7.41pc to Rs1.734 trillion in 9MFY25 against \
         Rs1.616tr in FY24, according to statistics released by the Pakistan Bureau of \
         Statistics on Thursday.\nAccording to the data compiled by the State Bank of Pakistan, \
         the exports of telecommunications, computer, and information services reached $2.825bn \
         in July-March FY25 against $2.284bn over the corresponding months of last year, \
         indicating a growth of 23.68pc.\nIn FY24, the services exports posted a paltry growth \
         of 2.77pc to $7.8bn from $7.59bn a year ago.",
        &on("2025-04-18"),
    );
    assert_the_bureaus(&r, &["2.77pc", "$7.8bn"]);
    let line = claim(&r, "$2.284bn", 0);
    assert!(!line.reason.contains("Bureau"), "{}", line.reason);
}

/// Each figure quoted is left unverifiable as the Bureau's.
fn assert_the_bureaus(r: &itx_claims::Report, quotes: &[&str]) {
    for quote in quotes {
        let c = claim(r, quote, 0);
        assert_eq!(c.verdict, Unverifiable, "{quote}: {}", c.reason);
        assert!(
            c.reason.contains("Pakistan Bureau of Statistics"),
            "{quote}: {}",
            c.reason
        );
    }
}
