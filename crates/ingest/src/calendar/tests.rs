//! Tests of the release-calendar reader on real SBP calendar pages.

use super::*;

const AUG_2025_EN: &str = include_str!("../../tests/data/calendar/sbp_cal_2025_aug_en.html");
const JAN_2025_EN: &str = include_str!("../../tests/data/calendar/sbp_cal_2025_jan_en.html");
const AUG_2020_UR: &str = include_str!("../../tests/data/calendar/sbp_cal_2020_aug_ur.html");
const JUN_2021_UR: &str = include_str!("../../tests/data/calendar/sbp_cal_2021_jun_ur.html");

fn ym(y: i32, m: u8) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}
fn date(y: i16, m: i8, d: i8) -> Date {
    Date::new(y, m, d).unwrap()
}
fn read_str(s: &str) -> Result<Calendar, Error> {
    read(s.as_bytes(), "test.html")
}
fn find<'a>(cal: &'a Calendar, item: &str) -> &'a Announcement {
    cal.announcements
        .iter()
        .find(|a| a.item == item)
        .unwrap_or_else(|| panic!("no item {item:?} in {:#?}", cal.announcements))
}

#[test]
fn english_august_2025_page() {
    let cal = read(AUG_2025_EN.as_bytes(), "Aug.asp").unwrap();
    assert_eq!(cal.month, Some(ym(2025, 8)));
    assert_eq!(cal.announcements.len(), 20);
    assert!(cal.skipped.is_empty(), "{:?}", cal.skipped);
    let first = &cal.announcements[0];
    assert_eq!(first.item, "Inflation Monitor for July 2025");
    assert_eq!(first.period, Some(ym(2025, 7)));
    assert_eq!(first.by, date(2025, 8, 6));
    assert_eq!(first.line, 6);
    assert_eq!(first.text, "Release Date: Not Later Than August 06,2025");
    // No comma before the year, lower-case "later than".
    let fcd = find(&cal, "Foreign currency Deposits for July 2025");
    assert_eq!(fcd.by, date(2025, 8, 15));
    assert_eq!(fcd.text, "Release Date: Not later than August 15 2025");
    // Quarterly items have no month.
    let debt = find(&cal, "Central Government Debt for Q4/FY25");
    assert_eq!((debt.period, debt.by), (None, date(2025, 8, 12)));
    let bls = find(&cal, "Bank Lending Survey(BLS) for (Q4 FY25)");
    assert_eq!((bls.period, bls.by), (None, date(2025, 8, 15)));
    let rem = find(&cal, "Country-wise Worker’s Remittances for July 2025");
    assert_eq!((rem.period, rem.by), (Some(ym(2025, 7)), date(2025, 8, 11)));
    let last = cal.announcements.last().unwrap();
    assert_eq!(
        last.item,
        "Total Investments of Scheduled Banks - (Stock) for July 2025"
    );
    assert_eq!(last.by, date(2025, 8, 16));
    // Every date on the August page is in August 2025.
    assert!(
        cal.announcements
            .iter()
            .all(|a| (a.by.year(), a.by.month()) == (2025, 8))
    );
    // No services item is in the part of the page the corpus holds.
    assert_eq!(services_release(&cal, ym(2025, 7)), None);
}

#[test]
fn english_january_2025_page_keeps_sbps_typos() {
    let cal = read(JAN_2025_EN.as_bytes(), "Jan.asp").unwrap();
    assert_eq!(cal.month, Some(ym(2025, 1)));
    assert_eq!(cal.announcements.len(), 18);
    // "for November, 2025" on a January 2025 page: kept as printed.
    let nss = find(
        &cal,
        "Savings Mobilized by National Savings Schemes for November, 2025",
    );
    assert_eq!((nss.period, nss.by), (Some(ym(2025, 11)), date(2025, 1, 6)));
    let cpi = find(&cal, "Inflation Monitor for December 2024");
    assert_eq!((cpi.period, cpi.by), (Some(ym(2024, 12)), date(2025, 1, 6)));
    let core = find(
        &cal,
        "Core Set of Portfolio Investment Assets data for June 2024",
    );
    assert_eq!(
        (core.period, core.by),
        (Some(ym(2024, 6)), date(2025, 1, 15))
    );
    // "January 16, 2024" on the January 2025 page: kept as printed.
    let loans = find(
        &cal,
        "Loans to Private Sector Business by Type of Finance for December 2024",
    );
    assert_eq!(loans.by, date(2024, 1, 16));
}

#[test]
fn urdu_august_2020_page() {
    let cal = read(AUG_2020_UR.as_bytes(), "Aug.asp").unwrap();
    // "اگست2020ء": no space before the year.
    assert_eq!(cal.month, Some(ym(2020, 8)));
    // The page repeats its first entry; both are kept.
    assert_eq!(cal.announcements.len(), 3);
    let a = &cal.announcements[0];
    assert_eq!(a.item, "مرکزی حکومت کا قرضہ برائے جون 2020ء");
    assert_eq!(a.period, Some(ym(2020, 6)));
    assert_eq!(a.by, date(2020, 8, 6));
    assert_eq!(a.text, "تاریخ اجرا:6 اگست 2020ء تک");
    assert_eq!(a.line, 6);
    let c = &cal.announcements[2];
    assert_eq!(c.item, "حکومت کے ملکی قرضے اور واجبات برائے جون 2020ء");
    assert_eq!((c.period, c.by), (Some(ym(2020, 6)), date(2020, 8, 6)));
}

#[test]
fn urdu_june_2021_page_passes_over_the_recurring_date() {
    let cal = read(JUN_2021_UR.as_bytes(), "Jun.asp").unwrap();
    assert_eq!(cal.month, Some(ym(2021, 6)));
    // "تاریخ اجرا: ہر مہینے کے پہلے ہفتے تک" is a rule, neither an entry nor skipped.
    assert!(cal.skipped.is_empty(), "{:?}", cal.skipped);
    assert_eq!(cal.announcements.len(), 1);
    let a = &cal.announcements[0];
    // Double spaces collapsed; "04جون2021ء" has no spaces at all.
    assert_eq!(
        a.item,
        "جدولی بینکوں کی مجموعی امانتیں – (اسٹاکس) برائے مئی 2021ء"
    );
    assert_eq!(a.period, Some(ym(2021, 5)));
    assert_eq!(a.by, date(2021, 6, 4));
}

/// Lines of https://www.sbp.org.pk/urdu/Cal/2025/Aug.asp as the page corpus
/// holds them (ڈیٹا کیلنڈر, the other spelling; a heading naming the data month).
#[test]
fn urdu_august_2025_page_heading_names_the_data_month() {
    let page = "ڈیٹا کیلنڈر   \n\nڈیٹا کیلنڈر برائے جولائی 2025ء\n\n\
                انفلیشن مانیٹر برائے جولائی 2025ء\nتاریخ اجرا: 06 اگست 2025ء تک\n\n\
                بینکوں کی اوسط رواں شرح مبادلہ برائے جولائی 2025ء\nتاریخ اجرا: 06 اگست 2025ء تک\n";
    let cal = read_str(page).unwrap();
    assert_eq!(cal.month, None);
    assert_eq!(cal.announcements.len(), 2);
    let a = &cal.announcements[0];
    assert_eq!(a.item, "انفلیشن مانیٹر برائے جولائی 2025ء");
    assert_eq!((a.period, a.by), (Some(ym(2025, 7)), date(2025, 8, 6)));
}

/// The same entries wrapped in the markup a page carries read the same.
#[test]
fn html_markup_reads_like_the_text() {
    let plain = read_str(AUG_2025_EN).unwrap();
    let body = AUG_2025_EN
        .split_once('\n')
        .unwrap()
        .1
        .replace('’', "&#8217;")
        .replace("\n\n", "\u{1}")
        .replace("\n", "&nbsp;<br/>\r\n")
        .replace('\u{1}', "</p>\r\n<p class=\"cal\">");
    let html = format!(
        "<html><head><title>SBP</title><script>var x = '<p>Release Date: Not Later Than May 1, 2020</p>';</script>\
         <style>p {{ margin: 0 }}</style></head><body><!-- Release Date: June 1, 2020 -->\
         <table><tr><td><b>SBP Policy Rate</b></td><td>11.00% p.a.</td></tr></table>\
         <div><p class=\"cal\">{body}</p></div></body></html>"
    );
    let cal = read_str(&html).unwrap();
    let key = |c: &Calendar| -> Vec<(String, Option<YearMonth>, Date)> {
        c.announcements
            .iter()
            .map(|a| (a.item.clone(), a.period, a.by))
            .collect()
    };
    assert_eq!(key(&cal), key(&plain));
    assert_eq!(cal.month, Some(ym(2025, 8)));
    assert!(cal.skipped.is_empty(), "{:?}", cal.skipped);
}

#[test]
fn a_title_wrapped_in_the_source_and_a_title_on_the_date_line() {
    let html = "<p>Pakistan&#8217;s External Debt/liabilities\n   Servicing for Q4/FY25<br>\n\
                Release Date: Not later than August 12, 2025</p>\n\
                <tr><td>Central Bank Survey for July 2025</td> <td>Release Date: Not Later Than August 12, 2025</td></tr>\n\
                <p>Inflation Monitor for July 2025 <b>Release Date:</b> Not Later Than August 06,2025</p>";
    let cal = read_str(html).unwrap();
    let items: Vec<&str> = cal.announcements.iter().map(|a| a.item.as_str()).collect();
    assert_eq!(
        items,
        [
            "Pakistan’s External Debt/liabilities Servicing for Q4/FY25",
            "Central Bank Survey for July 2025",
            "Inflation Monitor for July 2025",
        ]
    );
    assert_eq!(cal.announcements[0].line, 3);
    assert_eq!(cal.announcements[2].by, date(2025, 8, 6));

    // A label alone on its line, the date on the next (constructed markup).
    let html = "<p><b>Inflation Monitor for July 2025</b><br><b>Release Date:</b><br>\
                Not Later Than August 06,2025</p><p>Central Bank Survey for July 2025<br>\
                Release Date: Not Later Than August 12, 2025</p>";
    let cal = read_str(html).unwrap();
    let got: Vec<(&str, Date)> = cal
        .announcements
        .iter()
        .map(|a| (a.item.as_str(), a.by))
        .collect();
    assert_eq!(
        got,
        [
            ("Inflation Monitor for July 2025", date(2025, 8, 6)),
            ("Central Bank Survey for July 2025", date(2025, 8, 12)),
        ]
    );
}

/// Constructed variants (not from a page): the spellings a hand-typed page may
/// carry, each read to the same date.
#[test]
fn typo_and_format_variants() {
    let want = date(2025, 11, 21);
    for line in [
        "Release Date: Not Later Than 21-Nov-2025",
        "Release date : Not Latter Than 21-Nov-2025",
        "Release Date Not Later Than November 21, 2025",
        "RELEASE  DATE:NOT LATER THAN November 21,2025",
        "Release Date: 21st November 2025",
        "Release Date: Not later than Friday, November 21, 2025",
        "Release Date: 21 Nov 25",
        "Release Date – 2025-11-21",
        "تاریخ اجرا: ۲۱ نومبر ۲۰۲۵ء تک",
        "تاریخ اجرا:٢١ نومبر ٢٠٢٥ء تک",
        "تاریخ‌اجرا: 21نومبر2025ء تک",
        "تاریخِ اجراء: 21 نومبر، 2025ء تک",
    ] {
        let cal = read_str(&format!("Some Item for October 2025\n{line}\n"))
            .unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(cal.announcements.len(), 1, "{line:?}");
        assert_eq!(cal.announcements[0].by, want, "{line:?}");
        assert_eq!(cal.announcements[0].period, Some(ym(2025, 10)), "{line:?}");
    }
    // Arabic letter forms of Urdu ones: جولائي with ي.
    let cal = read_str("انفلیشن مانیٹر برائے جولائي 2025ء\nتاریخ اجرا: 06 اگست 2025ء تک").unwrap();
    assert_eq!(cal.announcements[0].period, Some(ym(2025, 7)));
}

/// Constructed lines: what cannot be read is listed with its line, not guessed.
#[test]
fn unreadable_dates_are_skipped_with_their_line() {
    let page = "A for July 2025\nRelease Date: Not Later Than August 06,2025\n\
                B for July 2025\nRelease Date: Not Later Than February 30, 2025\n\
                C for July 2025\nRelease Date: 2nd week of August 2025\n\
                D for July 2025\nRelease Date: 06/08/2025\n\
                E for July 2025\nRelease Date: To be announced\n\
                F for July 2025\nRelease Date: first week of every month\n\
                G for July 2025\nRelease Date: August 6 or August 7, 2025\n";
    let cal = read(page.as_bytes(), "cal.html").unwrap();
    assert_eq!(cal.announcements.len(), 1);
    assert_eq!(cal.skipped.len(), 5, "{:#?}", cal.skipped);
    assert!(
        cal.skipped[0].starts_with("cal.html: line 4: "),
        "{}",
        cal.skipped[0]
    );
    assert!(
        cal.skipped[0].contains("no such date"),
        "{}",
        cal.skipped[0]
    );
    assert!(cal.skipped[1].contains("week"), "{}", cal.skipped[1]);
    assert!(cal.skipped[2].contains("ambiguous"), "{}", cal.skipped[2]);
    assert!(
        cal.skipped[4].starts_with("cal.html: line 14: "),
        "{}",
        cal.skipped[4]
    );
}

/// Constructed entries: no services item is in the pages the corpus holds.
#[test]
fn services_release_prefers_services_trade_over_the_bop() {
    let page = "Data Calendar\nAugust 2025\n\n\
                Summary of Balance of Payments as per BPM6 for July 2025\nRelease Date: Not Later Than August 18, 2025\n\n\
                Export and Import of Goods and Services for July 2025\nRelease Date: Not Later Than August 19, 2025\n\n\
                Banking Services Statistics for July 2025\nRelease Date: Not Later Than August 20, 2025\n\n\
                Summary of Balance of Payments as per BPM6 for June 2025\nRelease Date: Not Later Than August 20, 2025\n";
    let cal = read_str(page).unwrap();
    let jul = services_release(&cal, ym(2025, 7)).unwrap();
    assert_eq!(
        jul.item,
        "Export and Import of Goods and Services for July 2025"
    );
    assert_eq!(jul.by, date(2025, 8, 19));
    let jun = services_release(&cal, ym(2025, 6)).unwrap();
    assert_eq!(jun.by, date(2025, 8, 20));
    assert_eq!(services_release(&cal, ym(2025, 5)), None);
}

#[test]
fn pages_without_release_dates_are_errors_naming_the_file() {
    for bytes in [
        &b""[..],
        b"<html><body>Data Calendar</body></html>",
        "ڈیٹا کلینڈر\nجون 2021ء\n\nشماریاتی بلیٹن برائے  اپریل  2021ء\nتاریخ اجرا: ہر مہینے کے پہلے ہفتے تک\n".as_bytes(),
    ] {
        let err = read(bytes, "Jun.asp").unwrap_err().to_string();
        assert!(err.starts_with("Jun.asp: no release dates found"), "{err}");
    }
    let err = read(b"X for July 2025\nRelease Date: soon", "a.asp")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("could not be read") && err.contains("line 2"),
        "{err}"
    );
}

/// Deterministic mutations of the real pages (truncations, inserted markup,
/// digits and labels, at any byte, mid-character included): never a panic, and
/// an Ok calendar always has an announcement.
#[test]
fn mutated_pages_never_panic() {
    const BITS: &[&str] = &[
        "<",
        ">",
        "&",
        "&#",
        ";",
        "\n",
        "\r",
        "<br>",
        "<!--",
        "-->",
        "<script>",
        "</p>",
        "Release Date:",
        "تاریخ اجرا:",
        "برائے",
        " for ",
        "۲",
        "٠",
        "ء",
        "\u{200C}",
        "\u{FEFF}",
        "Data Calender",
        "2025",
        "31",
        "Nov",
        "اگست",
    ];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for page in [AUG_2025_EN, JAN_2025_EN, AUG_2020_UR, JUN_2021_UR] {
        for _ in 0..400 {
            let mut bytes = page.as_bytes().to_vec();
            for _ in 0..(next() % 6) {
                let at = (next() as usize) % (bytes.len() + 1);
                match next() % 4 {
                    0 => bytes.truncate(at),
                    1 => {
                        let bit = BITS[(next() as usize) % BITS.len()].as_bytes();
                        bytes.splice(at..at, bit.iter().copied());
                    }
                    2 if at < bytes.len() => {
                        let n = (next() as usize % 40).min(bytes.len() - at);
                        bytes.drain(at..at + n);
                    }
                    _ if at < bytes.len() => bytes[at] = next() as u8,
                    _ => {}
                }
            }
            if let Ok(cal) = read(&bytes, "mutant") {
                assert!(!cal.announcements.is_empty());
                for a in &cal.announcements {
                    if let Some(p) = a.period {
                        let _ = services_release(&cal, p);
                    }
                }
            }
        }
    }
}

#[test]
fn garbage_never_panics() {
    let binary: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    assert!(read(&binary, "bin").is_err());
    let mut huge = "a".repeat(1_000_000);
    huge.push_str(" Release Date: Not Later Than August 06, 2025");
    assert!(read(huge.as_bytes(), "huge").is_err());
    assert!(read(&vec![b'x'; MAX_BYTES + 1], "big").is_err());
    // A page of bare line breaks keeps one empty run, not a million.
    assert_eq!(segments(&"\n".repeat(100_000)).len(), 1);
    assert!(read(&vec![b'\n'; MAX_BYTES], "newlines").is_err());
    for s in [
        "<",
        "<<<<<<",
        "<div",
        "<script>Release Date: August 6, 2025",
        "<!-- Release Date",
        "&",
        "&#xFFFFFFFF;&#99999999999;&#;&#x;&nbsp",
        "Release Date:",
        "Release Date: 99999999999999999999 August 2025",
        "Release Date: 0 August 2025",
        "Release Date: 31 June 2025",
        "تاریخ اجرا",
        "\r\r\n\n\r",
        "Data Calender\n",
        "Data Calender for",
        "\u{FEFF}\u{200F}Release\u{200C}Date: August 06,2025",
    ] {
        let _ = read_str(s);
        let _ = read_str(&format!("x for July 2025\n{s}"));
    }
    // UTF-16 with a BOM.
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Inflation Monitor for July 2025\nRelease Date: Not Later Than August 06,2025"
        .encode_utf16()
    {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let cal = read(&utf16, "utf16").unwrap();
    assert_eq!(cal.announcements[0].by, date(2025, 8, 6));
    let _ = read(&[0xFF, 0xFE, 0x00], "odd");
}
