//! Urdu phrases whose meaning is the whole phrase (stop 37). "سب سے زیادہ" ("the
//! most"): alone only "the most" ("the largest surplus among services"); after
//! "in one month" an all-time monthly high, and after "in a period of six
//! months" a record for the first months of the fiscal year. And a share of all
//! services exports, its total written before it ("کل خدمات کی برآمد کا ایک
//! تہائی": a third of total services exports). And "بڑھ گئی" (has risen) is a rise;
//! "ہدف" (target) after an amount and its verb makes the amount a target; "کل
//! ICT برآمدی ترسیلات کا 88.25%" is a share of total ICT exports; "شعبہ کی
//! برآمدات" (the sector's exports) are the story's.

mod common;

use common::{claim, on, run, series};
use itx_claims::Verdict;

/// WE News, January 2026 (https://wenews.pk/news/416151): "دسمبر 2025 میں ایک نیا
/// ریکارڈ قائم کردیا ہے، جس کے تحت ایک ماہ میں سب سے زیادہ برآمدات کا ہدف حاصل
/// ہوا" (a new record in December 2025: the most exports in one month). December
/// 2025's $437m is above every earlier month; the previous high was $386m in
/// October 2025 (`itx series show ict`).
#[test]
fn the_most_in_one_month_is_a_monthly_record() {
    let text = "پاکستان کی آئی ٹی برآمدات نے دسمبر 2025 میں ایک نیا ریکارڈ قائم کردیا ہے، جس کے \
                تحت ایک ماہ میں سب سے زیادہ برآمدات کا ہدف حاصل ہوا۔";
    let r = run(text, &on("2026-01-20"));
    let c = claim(&r, "ایک ماہ میں سب سے زیادہ", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("$386m in October 2025"), "{}", c.reason);
}

/// The same words after a month that was not the highest: November 2025's $356m
/// is below October's $386m.
#[test]
fn the_most_in_one_month_can_be_wrong() {
    let text = "پاکستان کی آئی ٹی برآمدات نومبر 2025 میں 356 ملین ڈالر رہیں، جو ایک ماہ میں سب \
                سے زیادہ برآمدات ہیں۔";
    let r = run(text, &on("2025-12-20"));
    let c = claim(&r, "ایک ماہ میں سب سے زیادہ", 0);
    assert_eq!(c.verdict, Verdict::Contradicted, "{}", c.reason);
}

/// Neo News, 2022-01-23 (https://neonews.pk/23-Jan-2022/115943): "پاکستان نے 6 ماہ
/// کے عرصے میں سب سے زیادہ آئی ٹی برآمدات کا سنگ میل عبور کر لیا اور 6 ماہ میں 1.302
/// ارب ڈالر کی برآمدات ہوئیں" (the most IT exports in six months). In January
/// 2022 the six months are July–December FY2021-22: $1,302m as known that day,
/// above every earlier year's July–December (the best, $956.98m in FY2020-21,
/// as then printed).
#[test]
fn the_most_in_six_months_is_a_record_for_the_span() {
    let text = "اسلام آباد: سینیٹر فیصل جاوید نے کہا کہ پاکستان نے 6 ماہ کے عرصے میں سب سے زیادہ \
                آئی ٹی برآمدات کا سنگ میل عبور کر لیا اور 6 ماہ میں 1.302 ارب ڈالر کی برآمدات \
                ہوئیں۔";
    let r = run(text, &on("2022-01-23"));
    let c = claim(&r, "6 ماہ کے عرصے میں سب سے زیادہ", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("Jul-Dec FY2021-22"), "{}", c.reason);
    // Reporting Online, the same day (`eval/fresh27/`): "پاکستان نے6ماہ کے عرصے
    // کی سب سے زیادہ آئی ٹی برآمدات کا ہدف عبور کر لیا" (the most IT exports of a
    // six-month span); it had not been found.
    let text = "اسلام آباد (رپورٹنگ آن لائن) پاکستان تحریک انصاف کے رہنما سینیٹر فیصل جاوید نے کہا \
                ہے کہ پاکستان نے6ماہ کے عرصے کی سب سے زیادہ آئی ٹی برآمدات کا ہدف عبور کر لیا ۔";
    let r = run(text, &on("2022-01-23"));
    let c = claim(&r, "6ماہ کے عرصے کی سب سے زیادہ", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("Jul-Dec FY2021-22"), "{}", c.reason);
}

/// "سب سے زیادہ" alone is "the most", not a record (Jang, 2025-05: "یہ ٹریڈ
/// سرپلس سروسز سیکٹر میں سب سے زیادہ ہے", the largest surplus among services).
#[test]
fn the_most_alone_is_not_a_record() {
    let text = "آئی ٹی کا ٹریڈ سرپلس 2.7 ارب ڈالر رہا ہے، یہ ٹریڈ سرپلس سروسز سیکٹر میں سب سے \
                زیادہ ہے۔";
    let r = run(text, &on("2025-05-20"));
    assert!(
        r.claims.iter().all(|c| !c.text.contains("سب سے زیادہ")),
        "{:?}",
        r.claims.iter().map(|c| &c.text).collect::<Vec<_>>()
    );
}

/// 24 News, 2021-02-25 (https://www.24urdu.com/25-Feb-2021/18462): "یہ برآمدات ہماری کل خدمات کی برآمد کا
/// ایک تہائی ہے" (these exports are a third of our total services exports), in a
/// story on July–January FY2020-21: ICT exports $1,122m of services exports
/// $3,363m is 33.4% (`itx series show ict`, `itx series show services`, July 2020
/// to January 2021). The fraction had not been found.
#[test]
fn a_third_of_total_services_exports() {
    let text = "مشیر تجارت نے کہاکہ رواں مالی سال 7 ماہ میں انفارمیشن اینڈ ٹیکنالوجی \
                اور ٹیلی کام سروس کی برآمدات 1 ارب 11 کروڑ 90 لاکھ ڈالر تک جا پہنچی ، \
                پچھلے مالی سال پہلے 7 ماہ میں آئی ٹی اور ٹیلی کام سروس کی برآمدات \
                81اعشاریہ 10 کروڑ ڈالر تھی،جنوری 2021 میں آئی ٹی اینڈ ٹیلی کام سروس کی \
                برآمدات 26 فیصد اضافہ ہوا۔عبدالرزاق داﺅد نے کہاکہ جنوری میں آئی ٹی اینڈ \
                ٹیلی کام سروس کی برآمدات12 اعشاریہ 8 کروڑ ڈالر سے بڑھ کر16 اعشاریہ 10 \
                کروڑ ڈالر تک پہنچ گئی۔\n\nمشیر تجارت نے کہاکہ یہ برآمدات ہماری کل خدمات \
                کی برآمد کا ایک تہائی ہے ،اس وجہ سے آئی ٹی اینڈ ٹیلی کام سروس ہمارے لئے \
                سٹرٹیجک اہمیت کا حامل ہے۔ ،انشا اللہ ہم اس سال آئی ٹی اینڈ ٹیلی کام \
                سروس میں 2 ارب ڈالر برآمد عبور کریں گے۔";
    let r = run(text, &on("2021-02-25"));
    let c = r
        .claims
        .iter()
        .find(|c| c.text.contains("ایک تہائی"))
        .expect("the share is found");
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
    assert!(c.reason.contains("of services exports"), "{}", c.reason);
}

/// Lahore News, 2024-02-13 (https://lahorenews.tv/topic_files/amp/1_83535_amp.php):
/// "پچھلے60 دنوں میں آئی ٹی شعبے کی برآمدات 32 فیصد بڑھ گئی ہیں" (in the last 60
/// days the IT sector's exports have risen 32%). "بڑھ" before "گئی" is the verb
/// "to rise"; the rate had not been found. Sixty days name no month the store
/// holds, so it is unverifiable, not judged against the story's month.
#[test]
fn has_risen_is_a_rise() {
    let text = "ڈاکٹر عمر سیف نے کہا کہ حکومتی اقدامات سے آئی ٹی کے شعبے میں بہتری آرہی ہے، \
                پچھلے60 دنوں میں آئی ٹی شعبے کی برآمدات 32 فیصد بڑھ گئی ہیں۔";
    let r = run(text, &on("2024-02-13"));
    let c = claim(&r, "32 فیصد", 0);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(c.reason.contains("no period"), "{}", c.reason);
    // The same verb with a month: July 2025's $354m is 23.8% above July 2024's
    // $286m (`itx series show ict`), so 24% stands and 32% does not.
    let r = run(
        "آئی ٹی برآمدات جولائی 2025 میں 24 فیصد بڑھ گئی ہیں۔",
        &on("2025-08-20"),
    );
    let c = claim(&r, "24 فیصد", 0);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}

/// Public News, 2021-05-28 (https://publicnews.com/28-May-2021/15381): "آئی ٹی
/// ایکسپورٹ 2023 تک 5 ارب ڈالر تک لے جانے کا ہدف ہے" (the target is to take IT
/// exports to $5 billion by 2023). Urdu puts "ہدف" (target) after the amount and
/// its verb: the $5 billion is a target, not a level of no period.
#[test]
fn a_target_named_after_its_amount() {
    let text = "وفاقی وزیر امین الحق کا گڈ مارننگ پبلک میں گفتگو کرتے ہوئے کہنا تھا کہ آئی ٹی \
                ایکسپورٹ 2023 تک 5 ارب ڈالر تک لے جانے کا ہدف ہے،";
    let r = run(text, &on("2021-05-28"));
    let c = claim(&r, "5 ارب ڈالر", 0);
    assert_eq!(c.kind.label(), "target", "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(c.reason.starts_with("a target"), "{}", c.reason);
}

/// Pakistan Affairs, February 2023 (https://pakistanaffairs.pk/ict-export-remittances-rise-to-1-5b-the-express-tribune): "مالی سال 23 کے جولائی تا جنوری کے
/// دوران IT اور ITeS صنعت کی طرف سے 1.344 بلین ڈالر (کل ICT برآمدی ترسیلات کا
/// 88.25%) کا تجارتی سرپلس" ($1.344 billion of trade surplus, 88.25% of total
/// ICT export remittances, in July-January FY23). The total is written before
/// the percentage, and the share in brackets is the surplus's: net ICT exports,
/// $1,345m, are 88.25% of gross, $1,524m (`itx series show ict`, `itx series
/// show ict-imports`, July 2022 to January 2023). It had not been found.
#[test]
fn a_share_of_total_ict_exports_in_brackets() {
    let text = "آئی ٹی کی وزارت نے نشاندہی کی کہ مالی سال 23 کے جولائی تا جنوری کے دوران IT اور \
                ITeS صنعت کی طرف سے 1.344 بلین ڈالر (کل ICT برآمدی ترسیلات کا 88.25%) کا تجارتی \
                سرپلس حاصل کیا گیا۔";
    let r = run(text, &on("2023-02-20"));
    let c = r
        .claims
        .iter()
        .find(|c| c.text.contains("88.25%"))
        .expect("the share is found");
    assert_eq!(c.kind.label(), "share", "{}", c.reason);
    assert_eq!(series(c), Some("pk.ebops.9.net"), "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Supported, "{}", c.reason);
}

/// News Diplomacy, 2021-07-10 (https://urdu.newsdiplomacy.com/latest-news/it-exports-increase-47pc):
/// "توقع ہے کہ 2023 تک شعبہ کی برآمدات 5 ارب ڈالر تک پہنچ جائیں گی" (the sector's
/// exports are expected to reach $5 billion by 2023), in a story about IT
/// exports: "شعبہ کی برآمدات" (the sector's exports) is the story's series, as
/// "the sector" is in English. The $5 billion is a projection (it had not been
/// found).
#[test]
fn the_sectors_exports_are_the_storys() {
    let text = "مالی سال 2021 کے ابتدائی گیارہ مہینوں کے دوران آئی ٹی اور آئی ٹی ای ایس کی قومی \
                برآمدات میں 0.69 ارب ڈالر یعنی 47 فیصد سے زیادہ کا نمایاں اضافہ ریکارڈ کیا گیا ہے۔ \
                توقع ہے کہ 2023 تک شعبہ کی برآمدات 5 ارب ڈالر تک پہنچ جائیں گی۔";
    let r = run(text, &on("2021-07-10"));
    let c = claim(&r, "5 ارب ڈالر", 0);
    assert_eq!(c.kind.label(), "projection", "{}", c.reason);
    assert_eq!(series(c), Some("pk.ebops.9.credit"), "{}", c.reason);
}

/// Tariq Javeed, 2023-11-20 (https://tariqjaveed.com/?p=82838), a story about
/// telecom services: "جاری مالی سال کے پہلے 4 ماہ میں خدمات کی برآمدات کا مجموعی
/// حجم 170.8 ملین ڈالر ریکارڈ کیا گیا جو گزشتہ مالی سال کی اسی مدت کے مقابلہ میں
/// 3فیصد زیادہ ہے" (in the first 4 months of the current fiscal year services
/// exports totalled $170.8 million, 3% more than in the same period last year).
/// "Services" here is the story's telecom services: $170.8m is not of the scale
/// of all services exports (July-October FY2023-24: $2,308m, `itx series show
/// services --from 2023-07 --to 2023-10`), so the 3% is not judged against them.
/// It had been contradicted (all services fell 1.3%).
#[test]
fn urdu_a_rate_beside_an_amount_off_its_series_scale() {
    let text = "ٹیلی کام خدمات کی برآمدات میں اکتوبر کے دوران سالانہ بنیادوں پر 3فیصد کی نمو \
                ریکارڈکی گئی ہے۔ اکتوبر میں ٹیلی کام خدمات کی برآمدات سے ملک کو 50.2 ملین ڈالر کو \
                زرمبادلہ حاصل ہوا۔ سٹیٹ بینک کے مطابق جاری مالی سال کے پہلے 4 ماہ میں خدمات کی \
                برآمدات کا مجموعی حجم 170.8 ملین ڈالر ریکارڈ کیا گیا جو گزشتہ مالی سال کی اسی مدت \
                کے مقابلہ میں 3فیصد زیادہ ہے۔";
    let r = run(text, &on("2023-11-20"));
    let c = claim(&r, "3فیصد", 1);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(
        c.reason.starts_with("the series is in doubt"),
        "{}",
        c.reason
    );
}

/// Bol News (Urdu), October 2025 (https://www.bolnews.com/urdu/latest/2025/10/835933/amp):
/// "آئی سی ٹی برآمدات نے مجموعی سروسز برآمدات میں 48 فیصد حصہ برقرار رکھتے ہوئے"
/// (ICT exports kept a 48% share in total services exports), in a story about
/// July-September 2025. A share of all services exports, the total written
/// before it; the store has no services figure for those months yet, so it is
/// found and left unverifiable, with that said. It had not been found. In
/// English, "a 48% share in total services exports" reads the same.
#[test]
fn a_share_in_total_services_exports() {
    let text = "جولائی تا ستمبر 2025 کے دوران آئی سی ٹی برآمدات نے مجموعی سروسز برآمدات میں 48 فیصد \
                حصہ برقرار رکھا۔";
    let r = run(text, &on("2025-10-20"));
    let c = claim(&r, "مجموعی سروسز برآمدات میں 48 فیصد حصہ", 0);
    assert_eq!(c.kind.label(), "share", "{}", c.reason);
    assert_eq!(series(c), Some("pk.ebops.9.credit"), "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert!(
        c.reason.contains("no figure for Services exports"),
        "{}",
        c.reason
    );
    let r = run(
        "During July-September 2025, ICT exports maintained a 48% share in total services \
         exports.",
        &on("2025-10-20"),
    );
    let c = claim(&r, "48%", 0);
    assert_eq!(c.kind.label(), "share", "{}", c.reason);
    assert!(
        c.reason.contains("no figure for Services exports"),
        "{}",
        c.reason
    );
}

/// Asal Media, 2013-07-20 (https://asalmedia.com/financial-year-2013-services-exports-33-6-percent):
/// "خدمات کی شعبے کی برآدات کا حجم چھ ارب چودہ کروڑ نوے ہزار ڈالر رہا" (the
/// services sector's exports were six arab fourteen crore ninety thousand
/// dollars). "برآدات" misspells "برآمدات" (exports), and the services sector's
/// exports are all services': before, the amount was tied to no series.
#[test]
fn a_misspelt_word_for_exports_of_the_services_sector() {
    let r = run(
        "جون دوہزار تیرہ کو ختم ہونے والے مالی سال میں خدمات کی شعبے کی برآدات کا حجم چھ ارب چودہ \
         کروڑ نوے ہزار ڈالر رہا۔",
        &on("2013-07-20"),
    );
    let c = claim(&r, "چھ ارب چودہ کروڑ نوے ہزار ڈالر", 0);
    assert_eq!(
        c.series.as_ref().map(|k| k.as_str()),
        Some("pk.ebops.services.credit"),
        "{}",
        c.reason
    );
    assert_eq!(c.stated, Some(6_140.09), "{}", c.reason);
}

/// Daily Qudrat, 2022-01-31 (https://dailyqudrat.pk/61361): "2021 میں پاکستان سے
/// ريموٹ امپلائيزکی ماہانہ آمدنی 27 فيصد تک بڑھ گئی" (remote employees' monthly
/// income from Pakistan rose by up to 27% in 2021), typed with the Arabic yeh
/// (ي) where Urdu writes ی: "فيصد" for "فیصد" (percent). The figure had not
/// been found at all; it is now, and left unchecked (no series of the store).
/// The quote stays as the article printed it.
#[test]
fn urdu_typed_with_arabic_letters() {
    let text = "ساؤتھ ايشيا انويسٹر ويويو کے اعداد وشمار کے مطابق 2021 میں پاکستان سے ريموٹ \
                امپلائيزکی ماہانہ آمدنی 27 فيصد تک بڑھ گئی .";
    let r = run(text, &on("2022-01-31"));
    let c = claim(&r, "27 فيصد", 0);
    assert_eq!(c.stated, Some(27.0), "{}", c.reason);
    assert_eq!(c.verdict, Verdict::Unverifiable, "{}", c.reason);
    assert_eq!(&text[c.start..c.end], "27 فيصد");
}
