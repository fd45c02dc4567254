use super::*;

/// Found by the claims_text fuzz target: a word before a full stop that
/// follows an em space (U+2003, three bytes) sliced inside the space.
#[test]
fn a_multibyte_space_before_an_abbreviation() {
    let t = "Exports rose\u{2003}Rs. 5 billion. Pakistan\u{2003}x. Then more.";
    let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
    assert_eq!(
        s,
        [
            "Exports rose\u{2003}Rs. 5 billion.",
            "Pakistan\u{2003}x.",
            "Then more."
        ]
    );
}

/// A bare number before a percentage shares its sign when "and" or a basis
/// joins them; a range's ends do not.
#[test]
fn a_number_sharing_the_next_percent_sign() {
    let v = |t: &str| percents(t, 0).iter().map(|p| p.value).collect::<Vec<_>>();
    assert_eq!(v("rose 17 and 23 percent respectively"), [17.0, 23.0]);
    assert_eq!(
        v("month-on-month 17 year-on-year 23 percent increased"),
        [17.0, 23.0]
    );
    assert_eq!(v("between 17 and 23 percent"), [23.0]);
    assert_eq!(v("in 12 months and 23 percent"), [23.0]);
    assert_eq!(v("$17 and 23 percent"), [23.0]);
    assert_eq!(v("fell 4.5 and 2 percent"), [4.5, 2.0]);
}

/// Daily Times, 2022-06-05: "… for the month of March 2021.The official
/// stated further …" is two sentences; "U.S.", "Rs.5" and "1.5" are not.
#[test]
fn a_full_stop_without_its_space() {
    let t = "It was $209m for March 2021.The official stated further that exports rose. \
             The U.S. market grew by Rs.5 billion to 1.5 times, ProPakistani.pk said.";
    let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
    assert_eq!(
        s,
        [
            "It was $209m for March 2021.",
            "The official stated further that exports rose.",
            "The U.S. market grew by Rs.5 billion to 1.5 times, ProPakistani.pk said."
        ]
    );
}

#[test]
fn percentages_in_words() {
    let v = |t: &str| percents(t, 0).iter().map(|p| p.value).collect::<Vec<_>>();
    assert_eq!(
        v("increased by around four percent on a month-on-month"),
        [4.0]
    );
    assert_eq!(
        v("a negative growth rate of around one percent in FY23"),
        [1.0]
    );
    assert_eq!(v("up twenty-five per cent and 3.5% more"), [25.0, 3.5]);
    assert_eq!(v("ninety nine percent"), [99.0]);
    assert!(v("someone percent").is_empty());
}

#[test]
fn sentences_split_on_stops_not_decimals_or_abbreviations() {
    let t = "Exports were $1.057 billion. Rs. 100 billion was earned. In July 2025, it rose.\nNext line";
    let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
    assert_eq!(
        s,
        [
            "Exports were $1.057 billion.",
            "Rs. 100 billion was earned.",
            "In July 2025, it rose.",
            "Next line"
        ]
    );
    assert_eq!(sentences(t)[3].para, 1);
    // With blank lines between paragraphs, lines wrap within a paragraph but a
    // heading line stands alone.
    let t = "Record Month in July 2025\nIT exports were\n$354 million in July.\n\nNext paragraph.";
    let s: Vec<(&str, usize)> = sentences(t)
        .iter()
        .map(|s| (&t[s.start..s.end], s.para))
        .collect();
    assert_eq!(
        s,
        [
            ("Record Month in July 2025", 0),
            ("IT exports were\n$354 million in July.", 1),
            ("Next paragraph.", 2)
        ]
    );
}

#[test]
fn amounts_in_the_forms_the_press_prints() {
    let t = "$354 million, US$1.057bn, $4bn, $3,223 million, Rs 100 billion and $ 286m";
    let a = amounts(t, 0);
    let v: Vec<f64> = a.iter().map(|a| a.value).collect();
    assert_eq!(v[..4], [354.0, 1057.0, 4000.0, 3223.0]);
    assert_eq!(a[4].currency, Currency::Rupee);
    assert_eq!(a[5].value, 286.0);
    assert_eq!(a[1].half, 0.5);
    assert_eq!(a[2].half, 500.0);
}

#[test]
fn ranges_of_amounts() {
    let a = amounts(
        "$3-3.5 billion, $356- 366 million, US$ 10-$18 billion and $3 - 2 million",
        0,
    );
    let v: Vec<(f64, f64)> = a.iter().map(|a| (a.value, a.half)).collect();
    assert_eq!(v[..3], [(3250.0, 300.0), (361.0, 5.5), (14000.0, 4500.0)]);
    // A "range" whose second end is not above its first is not read.
    assert_eq!(a.len(), 3);
}

#[test]
fn percentages_with_signs() {
    let p = percents("up 23.8% and -10.2 per cent, Jul-Sep 12%", 0);
    let v: Vec<f64> = p.iter().map(|p| p.value).collect();
    assert_eq!(v, [23.8, -10.2, 12.0]);
    assert!(p[1].signed && !p[2].signed);
}

#[test]
fn record_phrases() {
    let t = "hit an all-time monthly high, surpassing several previous records set earlier in 2025; not a record";
    let r = records(t, 0);
    assert_eq!(r[0].form, RecordForm::AllTimeHigh);
    assert_eq!(
        r[1].form,
        RecordForm::EarlierRecords {
            year: 2025,
            several: true
        }
    );
    assert_eq!(r.len(), 2);
}

/// "A record increase" leaves open what was the record (Concept TV Urdu,
/// 2023-06-22, https://concepttvurdu.com/?p=49986: "28.26 فیصد کے ریکارڈ اضافے");
/// "a record high" does not.
#[test]
fn a_record_increase_is_not_a_record_level() {
    let r = records("posted a record increase of 28%, a record high", 0);
    assert_eq!(r[0].form, RecordForm::RecordChange);
    assert_eq!(r[1].form, RecordForm::AllTimeHigh);
    let r = records("exports saw record year-on-year growth", 0);
    assert_eq!(r[0].form, RecordForm::RecordChange);
    // Urdu "ریکارڈ اضافہ ہوا" in its English-form rewrite.
    let r = records("IT exports saw a record increased", 0);
    assert_eq!(r[0].form, RecordForm::RecordChange);
}

/// "An N-month high" is a record over N months, not all time.
#[test]
fn an_n_month_high() {
    let r = records(
        "a five-month high; the highest level in 11 months; a 5-month peak",
        0,
    );
    let forms: Vec<RecordForm> = r.iter().map(|r| r.form).collect();
    assert_eq!(
        forms,
        [
            RecordForm::HighestIn(5),
            RecordForm::HighestIn(11),
            RecordForm::HighestIn(5)
        ]
    );
}

/// Runs of growth in the forms the press writes them.
#[test]
fn runs_of_months() {
    let t = "the 13th consecutive month; the straight 18th month in a row; for 18 consecutive months; the 2nd month";
    let forms: Vec<RecordForm> = records(t, 0).iter().map(|r| r.form).collect();
    assert_eq!(
        forms,
        [
            RecordForm::Streak(13),
            RecordForm::Streak(18),
            RecordForm::Streak(18)
        ]
    );
}

/// "services exports posted a negative rise of 7.57 percent" (Pakistan Ka
/// Khuda Hafiz, 2024-05-22): a fall, however worded.
#[test]
fn a_negative_rise_is_a_fall() {
    assert_eq!(direction("posted a negative rise of ", ""), Some(Dir::Down));
    assert_eq!(direction("a negative growth rate of ", ""), Some(Dir::Down));
    assert_eq!(direction("posted a rise of ", ""), Some(Dir::Up));
}

/// English words' boundaries are ASCII ones (the regex crate's fast engines
/// run on Urdu text then); Urdu words' keep Unicode's.
#[test]
fn word_boundaries_beside_english_are_ascii() {
    assert_eq!(ascii_bounds(r"\bexports?\b"), r"(?-u:\b)exports?(?-u:\b)");
    assert_eq!(
        ascii_bounds(r"\bIT\s+(?:ارب|بلین)\b"),
        r"(?-u:\b)IT\s+(?:ارب|بلین)\b"
    );
    assert_eq!(ascii_bounds(r"\bسے\b"), r"\bسے\b");
    assert_eq!(ascii_bounds(r"\\b"), r"\\b");
    // "38کروڑ": the figure ends where the Urdu word begins.
    let r = re(r"\b\d+\b");
    assert_eq!(r.find("38کروڑ").map(|m| m.as_str()), Some("38"));
    // And an Urdu word's boundary still needs a non-letter beside it.
    let r = re(r"\bسے\b");
    assert!(r.is_match("ڈالر سے زیادہ"));
    assert!(!r.is_match("ڈالرسےزیادہ"));
}
