//! A share whose total is written before its figure (stop 41): "the share of
//! IT exports in total services exports reached 40 percent", "IT exports'
//! share of total services exports rose to 40 percent", and Urdu's "سروسز کی
//! مجموعی برآمدات میں آئی ٹی کا حصہ 40 فیصد". Each had been read as services
//! exports' own share of something, and a true share called wrong. A share is
//! never its total's share of itself: where the sentence names no part apart
//! from the total, the part is left unread.
//!
//! Jul-Dec FY2023-24: ICT exports $1,456m, services exports $3,680m, 39.6%
//! (`itx series show ict --transform fytd`, `itx series show services
//! --transform fytd`, to 2023-12).

mod common;

use common::{claim, on, run, series};
use itx_claims::Verdict::{Supported, Unverifiable};

/// The Biz Update (Urdu), 2024-01-18 (https://urdu.thebizupdate.com/?p=2447):
/// "رواں مالی سال کے 6 ماہ میں آئی ٹی برآمدات کا حجم ڈیڑھ ارب ڈالر رہا جبکہ
/// ششماہی بنیاد پر سروسز کی مجموعی برآمدات میں آئی ٹی کا حصہ 40 فیصد ہوگیا" (in
/// the fiscal year's first six months IT exports were one and a half billion
/// dollars, and IT's share in total services exports became 40%). "ڈیڑھ" (one
/// and a half) had not been read, nor the share's total; once the amount was
/// found, the share was called wrong as services exports' share of all exports.
#[test]
fn an_urdu_share_with_its_total_before_it() {
    let r = run(
        "رواں مالی سال کے 6 ماہ میں آئی ٹی برآمدات کا حجم ڈیڑھ ارب ڈالر رہا جبکہ ششماہی بنیاد پر \
         سروسز کی مجموعی برآمدات میں آئی ٹی کا حصہ 40 فیصد ہوگیا۔",
        &on("2024-01-18"),
    );
    let amount = claim(&r, "ڈیڑھ ارب ڈالر", 0);
    assert_eq!(amount.stated, Some(1_500.0), "{}", amount.reason);
    assert_eq!(amount.period.as_deref(), Some("FY2023-24 Jul-Dec"));
    assert_eq!(amount.verdict, Supported, "{}", amount.reason);
    let share = claim(&r, "40 فیصد", 0);
    assert_eq!(series(share), Some("pk.ebops.9.credit"), "{}", share.reason);
    assert_eq!(share.verdict, Supported, "{}", share.reason);
    assert!(
        share.reason.contains("39.6% of services exports"),
        "{}",
        share.reason
    );
}

/// The English forms (sentences written for this test, in the words of the
/// Urdu above): the total after "in" following the part, or after "of"
/// following a possessive.
#[test]
fn an_english_share_with_its_total_before_it() {
    for text in [
        "IT exports were $1.5 billion in the first half, while the share of IT exports in total \
         services exports reached 40 percent.",
        "IT exports' share of total services exports rose to 40 percent in Jul-Dec FY2023-24.",
    ] {
        let r = run(text, &on("2024-01-18"));
        let c = claim(&r, "40 percent", 0);
        assert_eq!(series(c), Some("pk.ebops.9.credit"), "{text}: {}", c.reason);
        assert_eq!(c.verdict, Supported, "{text}: {}", c.reason);
    }
    // "IT's" names no series the store tracks: the part is left unread, not
    // taken for services exports' share of itself.
    let r = run(
        "IT's share of total services exports rose to 40 percent in Jul-Dec FY2023-24.",
        &on("2024-01-18"),
    );
    let c = claim(&r, "40 percent", 0);
    assert_eq!(c.verdict, Unverifiable, "{}", c.reason);
}

/// Rehnuma News (Urdu), 2024-10-18 (https://rehnumanews.tv/news/38238):
/// "پاکستان کے آئی ٹی سیکٹر نے شعبہ خدمات کی برآمدات میں اہم کردار ادا کیا ہے، جس
/// کی شراکت داری 44.4 فیصد تک پہنچ گئی ہے" (Pakistan's IT sector has played an
/// important role in services exports, its contribution reaching 44.4%).
/// "شراکت داری" (partnership) had not been read as a share, and with no total
/// placed by the words the share was nobody's. ICT, a line of services, is the
/// part; services the whole: $292m of $661m in September 2024 is 44.2%
/// (`itx series show ict`, `itx series show services`, 2024-09). The period is
/// only the sentences before's, so the verdict stays open.
#[test]
fn an_urdu_contribution_of_a_line_to_its_aggregate() {
    let r = run(
        "پاکستان کے آئی ٹی سیکٹر نے شعبہ خدمات کی برآمدات میں اہم کردار ادا کیا ہے، جس کی شراکت \
         داری 44.4 فیصد تک پہنچ گئی ہے۔ اسٹیٹ بینک کی حالیہ رپورٹ کے مطابق، ستمبر 2024ء میں \
         پاکستان کی آئی ٹی برآمدات میں سالانہ 42 فیصد کا اضافہ ہوا۔",
        &on("2024-10-18"),
    );
    let share = claim(&r, "44.4 فیصد", 0);
    assert_eq!(series(share), Some("pk.ebops.9.credit"), "{}", share.reason);
    assert!(
        share.reason.contains("44.2% of services exports"),
        "{}",
        share.reason
    );
    assert_eq!(share.verdict, Unverifiable, "{}", share.reason);
}

/// SAMAA English, 2023-01-20 (https://www.samaaenglish.tv/news/40030360):
/// "export remittances of $1.333 billion have been realized by the IT & ITeS
/// industry, said to be the 'highest among all services' at 37.8% of the
/// total export of services, and an increase of 2.4% in comparison to $1.302
/// billion reported for the same period last year." The share's total is no
/// owner of the rate after it: ICT's Jul-Dec FY2022-23 $1,334m on $1,303m is
/// +2.38% (`itx series show ict --transform fytd`, 2022-12 and 2021-12); read
/// as services exports' rate, the sentence had been called two readings.
#[test]
fn a_shares_total_owns_no_rate_after_it() {
    let r = run(
        "According to the Ministry of Information Technology and Telecommunication's reply, from \
         July to December FY2022-23, export remittances of $1.333 billion have been realized by \
         the IT & ITeS industry, said to be the 'highest among all services' at 37.8% of the total \
         export of services, and an increase of 2.4% in comparison to $1.302 billion reported for \
         the same period last year.",
        &on("2023-01-20"),
    );
    let rate = claim(&r, "2.4%", 0);
    assert_eq!(series(rate), Some("pk.ebops.9.credit"), "{}", rate.reason);
    assert_eq!(rate.verdict, Supported, "{}", rate.reason);
    assert_eq!(
        series(claim(&r, "$1.302 billion", 0)),
        Some("pk.ebops.9.credit")
    );
}

/// Time of News, 2022-05-20 (https://timeofnews.com.pk/pakistans-it-exports-soar-to-2-2-billion/):
/// "Last year, over the same period, net exports were valued at $1.274 billion,
/// representing 74.94% of the $1.7 billion in ICT exports." "Last year, over
/// the same period," had not been read as the period a year earlier, nor
/// "representing" as making the share the amount's: the share was judged on
/// FY2021-22's figures (75.76%) and a true claim called wrong. EasyData, Jul-Apr
/// FY2020-21: ICT exports $1,700m, imports $426m, net $1,274m, 74.94%
/// (`itx series show ict --transform fytd`, to 2021-04).
#[test]
fn last_year_over_the_same_period_and_a_share_representing() {
    let r = run(
        "Net exports from July 2021 to April 2022 amounted to $1.665 billion, or 75.75% of \
         $2.198 billion worth of ICT exports.\n\nLast year, over the same period, net exports \
         were valued at $1.274 billion, representing 74.94% of the $1.7 billion in ICT exports.",
        &on("2022-05-20"),
    );
    let net = claim(&r, "$1.274 billion", 0);
    assert_eq!(net.period.as_deref(), Some("FY2020-21 Jul-Apr"));
    assert_eq!(net.verdict, Supported, "{}", net.reason);
    let share = claim(&r, "74.94%", 0);
    assert_eq!(share.period.as_deref(), Some("FY2020-21 Jul-Apr"));
    assert_eq!(share.verdict, Supported, "{}", share.reason);
}

/// The same opening with "a comparable time" (PakUpdates' rewording of the
/// story, 2022-05-20: "Last year, for a comparable time, net goods were $1.126
/// billion"), written here about ICT exports: Jul-Mar FY2020-21, $1,507m.
#[test]
fn last_year_for_a_comparable_time() {
    let r = run(
        "ICT exports from July 2021 to March 2022 were $1.948 billion. Last year, for a \
         comparable time, ICT exports were $1.507 billion.",
        &on("2022-05-20"),
    );
    let base = claim(&r, "$1.507 billion", 0);
    assert_eq!(base.period.as_deref(), Some("FY2020-21 Jul-Mar"));
    assert_eq!(base.verdict, Supported, "{}", base.reason);
}

/// PkTopWeb, 2022-04-23
/// (https://pktopweb.com/2022/04/23/pakistan-records-its-highest-ever-it-exports-in-9-months-of-fy-2022/):
/// "Last year, for the same period, net exports were $1.126 billion, accounting
/// for 74.72 percent of total exports of $1.507 billion." A total named as
/// "total exports of" an amount had not been read as the share's total, so the
/// share was not judged. Its amount is gross ICT exports, not the story's net
/// exports. EasyData, Jul-Mar FY2020-21: ICT exports $1,507m, net $1,126m,
/// 74.72% (`itx series show ict --transform fytd`, to 2021-03).
#[test]
fn a_share_of_total_exports_of_an_amount() {
    let r = run(
        "Net exports from July 2021 to March 2022 during FY2021-22 were $1.472 billion, \
         accounting for 75.56 percent of total ICT exports of $1.948 billion. Last year, for the \
         same period, net exports were $1.126 billion, accounting for 74.72 percent of total \
         exports of $1.507 billion.",
        &on("2022-04-23"),
    );
    let share = claim(&r, "74.72 percent", 0);
    assert_eq!(share.period.as_deref(), Some("FY2020-21 Jul-Mar"));
    assert_eq!(share.verdict, Supported, "{}", share.reason);
    let total = claim(&r, "$1.507 billion", 0);
    assert_eq!(series(total), Some("pk.ebops.9.credit"), "{}", total.reason);
    assert_eq!(total.verdict, Supported, "{}", total.reason);
}

/// CXO News, 2022-06-11 (`eval/fresh17/`), quoting P@SHA: "the IT industry
/// exported more than $2.1 billion in 2021. … the sector holds the distinction
/// of being Pakistan's only export industry with a 75% trade surplus": net ICT
/// exports as a share of ICT exports, 2021's $1,849m of $2,451m (75.4%). It had
/// been read as neither a rate nor a share.
#[test]
fn a_trade_surplus_as_a_share_of_exports() {
    let text = "The IT industry exported more than $2.1 billion in 2021. Since the primary raw \
                material for IT exports is skilled human talent, the sector holds the \
                distinction of being Pakistan's only export industry with a 75% trade surplus.";
    let r = run(text, &on("2022-06-11"));
    let c = claim(&r, "75%", 0);
    assert_eq!(c.kind.label(), "share");
    assert_eq!(c.verdict, Supported, "{}", c.reason);
    assert!(c.reason.contains("75.4%"), "{}", c.reason);
    // A surplus that grew by a rate is a rate, not a share.
    let text = "Pakistan's IT exports trade surplus rose 12% in 2021.";
    let r = run(text, &on("2022-06-11"));
    assert_ne!(claim(&r, "12%", 0).kind.label(), "share");
}
