//! Indicators on the real ICT exports series (embedded SBP and press data).
//! Golden values come from the SBP files themselves or from the press figures the
//! SBP numbers were reported as (data/press/SOURCES.md, "Arithmetic checks").

use itx_metrics::{Monthly, contributions, share};
use itx_store::Store;
use itx_types::{FiscalCalendar, SeriesKey, YearMonth};

fn ym(y: i32, m: u8) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}

fn load(store: &Store, key: &str) -> Monthly {
    let key = SeriesKey::new(key);
    Monthly::new(
        key.calendar(),
        store
            .current_series(&key, None)
            .unwrap()
            .into_iter()
            .filter_map(|(p, v)| Some((p.as_month()?, v.value))),
    )
}

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest_all(&itx_ingest::bundle::parse_all().unwrap().releases)
        .unwrap();
    s
}

#[test]
fn ict_exports_indicators() {
    let s = store();
    let ict = load(&s, "pk.ebops.9.credit");
    assert_eq!(ict.calendar(), FiscalCalendar::PAKISTAN);
    assert!(ict.gaps().is_empty(), "{:?}", ict.gaps());

    // July 2025: +23.8% YoY on 286, +4.4% MoM on 339 (press: "23.8%", "~5%").
    let jul = ym(2025, 7);
    assert_eq!(format!("{:.1}", ict.yoy(jul).unwrap().pct), "23.8");
    assert_eq!(format!("{:.1}", ict.mom(jul).unwrap().pct), "4.4");
    let r = ict.record(jul).unwrap();
    assert!(r.all_time_high);
    assert_eq!(r.previous_high, Some((ym(2024, 12), 348.0)));
    assert_eq!(r.previous_high_stood_months, Some(7));
    // December 2025 ($437m) is the record that July 2026 ($417m) stays under;
    // April 2026 ($422.26m) is the last month above it.
    let r = ict.record(ym(2026, 7)).unwrap();
    assert!(!r.all_time_high);
    assert_eq!(r.previous_high, Some((ym(2025, 12), 437.0)));
    assert_eq!(r.highest_since.unwrap().0, ym(2026, 4));
    assert_eq!(ict.best_same_month_before(ym(2026, 7)), Some((jul, 354.0)));

    // FYTD: Q1 FY26 = 1,057 and Jul-Dec = 2,236, as reported (SOURCES.md).
    assert_eq!(ict.fytd(ym(2025, 9)).unwrap().value, 1057.0);
    assert_eq!(ict.fytd(ym(2025, 12)).unwrap().value, 2236.0);
    assert_eq!(ict.fytd(ym(2025, 7)).unwrap().span.months, 1);
    // Jul-Jan FY26 growth: the press reported +19.7%/+19.78% on first releases;
    // with January 2026 revised to 373.53 and Feb-2025 to 306.29 it is 19.8%.
    let f = ict.fytd(ym(2026, 1)).unwrap();
    assert_eq!(format!("{:.1}", f.yoy_pct.unwrap()), "19.8");

    // FY totals from monthly sums: FY24 = 3,223 exactly as reported (EasyData months).
    let pk = FiscalCalendar::PAKISTAN;
    let fy24 = pk.parse_fiscal_year("FY24").unwrap();
    assert_eq!(ict.fy_total(fy24), Some(3223.0));
    let (_, _, g) = ict.fy_growth(fy24).unwrap();
    assert_eq!(format!("{g:.1}"), "24.2"); // press: FY24 +24.2%
    // FY2024-25 months add to within a million of SBP's headline 3,814.
    let fy25 = ict.fy_total(fy24.next()).unwrap();
    assert!((fy25 - 3814.0).abs() < 1.0, "{fy25}");
    // CAGR FY24 → FY26 between the monthly sums.
    let cagr = ict.cagr(fy24, fy24.next().next()).unwrap();
    let direct = ((ict.fy_total(fy24.next().next()).unwrap() / 3223.0).sqrt() - 1.0) * 100.0;
    assert!((cagr - direct).abs() < 1e-9);

    // The press's "12-month average" is the 12 months *before* the month reported:
    // Dawn (Sep 2025 story) "12M avg $326m" = Sep 2024 … Aug 2025 = 326.8;
    // pakistanscope (Oct 2025 story) "$332m" = Oct 2024 … Sep 2025 = 333.0.
    assert_eq!(format!("{:.1}", ict.avg12(ym(2025, 8)).unwrap()), "326.8");
    assert_eq!(format!("{:.1}", ict.avg12(ym(2025, 9)).unwrap()), "333.0");
    assert!(ict.ttm(ym(2025, 10)).unwrap() > 3900.0);

    // YoY growth every month from May 2025's dip (-0.8%) to July 2026.
    assert_eq!(ict.yoy_streak(ym(2026, 7)), Some(14));
    assert!(ict.yoy(ym(2025, 5)).unwrap().pct < 0.0);
    // Falls on a year earlier in February, March and April 2023 (-3.0%, -13.5%,
    // -23.3%), after January's +2.2%: a run of three; May 2023 rose again.
    assert_eq!(ict.fall_streak(ym(2023, 4), 12), Some(3));
    assert_eq!(ict.fall_streak(ym(2023, 5), 12), Some(0));
    assert_eq!(ict.yoy_streak(ym(2023, 4)), Some(0));
    // Net ICT exports exist only for scattered months: no record may be claimed.
    let net = load(&s, "pk.ebops.9.net");
    assert_eq!(net.record(ym(2026, 3)), None);
}

#[test]
fn share_and_components_from_the_dt_xls_release() {
    let s = store();
    let ict = load(&s, "pk.ebops.9.credit");
    let services = load(&s, "pk.ebops.services.credit");
    let m = ym(2026, 3);
    // Mar-26 dt.xls: 413,622.892 of 902,912.773 thousand US$ is 45.8%; the current
    // services figure is the later (Apr-26 release) 912.21, giving 45.3%.
    let sh = share(ict.get(m).unwrap(), services.get(m).unwrap()).unwrap();
    assert_eq!(format!("{sh:.1}"), "45.3");
    let parts: Vec<(&str, Monthly)> = [
        ("telecom", "9.1"),
        ("computer", "9.2"),
        ("information", "9.3"),
    ]
    .iter()
    .map(|(n, c)| (*n, load(&s, &format!("pk.ebops.{c}.credit"))))
    .collect();
    let refs: Vec<(&str, &Monthly)> = parts.iter().map(|(n, m)| (*n, m)).collect();
    // Feb 2026 YoY (both months in the Feb-26 release): components add up to the total's growth.
    let feb = ym(2026, 2);
    let cs = contributions(&ict, &refs, feb, 12);
    assert_eq!(cs.len(), 3);
    let sum: f64 = cs.iter().map(|c| c.points).sum();
    assert!((sum - ict.yoy(feb).unwrap().pct).abs() < 0.01, "{sum}");
    assert!(
        cs[1].points > cs[0].points,
        "computer services drive growth"
    );
}
