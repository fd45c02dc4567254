//! SBP's advance release calendar: one web page a month ("Data Calender" on the
//! English pages, `sbp.org.pk/Cal/YYYY/Mon.asp`; ڈیٹا کلینڈر or ڈیٹا کیلنڈر on the
//! Urdu ones, `sbp.org.pk/Urdu/Cal/YYYY/Mon.asp`), read into the release dates it
//! announces.
//!
//! Each entry is an item title naming its period, then a date line:
//!
//! ```text
//! Inflation Monitor for July 2025
//! Release Date: Not Later Than August 06,2025
//!
//! مرکزی حکومت کا قرضہ برائے جون 2020ء
//! تاریخ اجرا:6 اگست 2020ء تک
//! ```
//!
//! The pages are typed by hand, so the reader takes what they print, not a template:
//! "Not later than" in any case, no space after the comma ("August 06,2025") or no
//! comma ("August 15 2025"), no space after the colon (`تاریخ اجرا:6`) or around the
//! digits (`04جون2021ء`), Arabic-Indic and Extended Arabic-Indic digits, Arabic
//! letter forms for Urdu ones, day-first dates ("21st November 2025", "21-Nov-25")
//! and ISO dates. A recurring phrase ("ہر مہینے کے پہلے ہفتے تک", by the first week
//! of every month) is not a date and is passed over; any other date line that
//! cannot be read is listed in [`Calendar::skipped`], never guessed at.
//!
//! Dates and periods are kept as printed, typos included: SBP's January 2025 page
//! announces "Central Government Debt for November, 2025" and one release "Not Later
//! Than January 16, 2024". [`Calendar::month`] lets a caller check.
//!
//! No HTML or encoding crate is used: the pages need only their tags dropped, a
//! dozen entities decoded and their block tags read as line breaks, which a few
//! tolerant lines do on any input, where an XML parser (quick-xml) would stop at
//! the first unclosed `<br>` or bare `&` that real HTML is full of.

use itx_types::{Date, YearMonth};

use crate::Error;
use html::{Segment, decode, segments};

/// Larger inputs are not calendar pages (a month's page, rate ticker and menus
/// included, is tens of kilobytes); the cap bounds time and memory on any input.
const MAX_BYTES: usize = 1 << 20;
/// A text run longer than this is not an item title or a date line; it is ignored.
const MAX_SEGMENT_CHARS: usize = 2_000;
/// An item title runs over at most this many source lines.
const MAX_ITEM_LINES: usize = 3;
/// At most this many unreadable date lines are listed (the count is always given).
const MAX_SKIPPED: usize = 200;
/// A skipped line is quoted up to this many characters.
const MAX_QUOTE_CHARS: usize = 160;

/// One announced release: what, for which period, and the date SBP said it would be out by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// The item title as printed (whitespace collapsed), period included.
    pub item: String,
    /// The month the item covers ("for July 2025", "برائے جون 2020ء"); `None` for a
    /// quarter ("for Q4/FY25") or when the title names no month.
    pub period: Option<YearMonth>,
    /// The date SBP said the item would be released by ("Not Later Than").
    pub by: Date,
    /// The 1-based line of the date line in the file.
    pub line: usize,
    /// The date line as printed (tags dropped, whitespace collapsed).
    pub text: String,
}

/// What one calendar page announces.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Calendar {
    /// The calendar page's month, when the page says ("Data Calender / August 2025").
    /// `None` when its heading names the data month instead (SBP's Urdu August 2025
    /// page is headed ڈیٹا کیلنڈر برائے جولائی 2025ء, "data calendar for July 2025").
    pub month: Option<YearMonth>,
    /// The readable entries, in page order (a repeated entry is kept, as printed).
    pub announcements: Vec<Announcement>,
    /// Lines that looked like a release date but could not be read, with line numbers.
    pub skipped: Vec<String>,
}

/// True when `bytes` look like an SBP calendar page ("Data Calender",
/// "Data Calendar", ڈیٹا کلینڈر / ڈیٹا کیلنڈر, or a "Release Date" line, in the
/// first 64 KiB): what `itx ingest` reads with [`read`].
pub fn looks_like(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1 << 16)]).to_lowercase();
    [
        "data calender",
        "data calendar",
        "ڈیٹا کلینڈر",
        "ڈیٹا کیلنڈر",
        "release date",
        "تاریخ اجرا",
    ]
    .iter()
    .any(|m| head.contains(m))
}

/// Reads one calendar page (HTML or its text, English or Urdu).
///
/// # Errors
/// When the input is too large to be a calendar page, or no release date on it
/// can be read ("no release dates found"); the error names the file.
pub fn read(bytes: &[u8], file: &str) -> Result<Calendar, Error> {
    let fail = |message: String| Error::File {
        file: file.into(),
        message,
    };
    if bytes.len() > MAX_BYTES {
        return Err(fail(format!(
            "{} bytes is too large for an SBP data calendar page (at most {MAX_BYTES})",
            bytes.len()
        )));
    }
    let text = decode(bytes);
    let segs = segments(&text);
    let mut kinds: Vec<Kind> = segs.iter().map(kind_of).collect();
    let value_at = dates_on_next_line(&segs, &mut kinds);

    let mut cal = Calendar {
        month: page_month(&segs, &kinds),
        ..Calendar::default()
    };
    let mut unreadable = 0usize;
    for (i, seg) in segs.iter().enumerate() {
        let Some(Kind::Date { start, end }) = kinds.get(i) else {
            continue;
        };
        let phrase = match value_at.get(i).copied().flatten() {
            Some(j) => segs.get(j).map_or("", |s| s.text.as_str()),
            None => seg.text.get(*end..).unwrap_or(""),
        };
        let by = match read_date(phrase) {
            DateRead::Date(d) => d,
            DateRead::Recurring => continue,
            DateRead::Bad(why) => {
                unreadable += 1;
                if cal.skipped.len() < MAX_SKIPPED {
                    cal.skipped.push(skip_note(file, seg, &why));
                }
                continue;
            }
        };
        let prefix = seg
            .text
            .get(..*start)
            .unwrap_or("")
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '|' | '–'));
        let item = if prefix.is_empty() {
            item_before(&segs, &kinds, i)
        } else {
            Some(prefix.to_string())
        };
        let Some(item) = item else {
            unreadable += 1;
            if cal.skipped.len() < MAX_SKIPPED {
                cal.skipped
                    .push(skip_note(file, seg, "no item title before the date"));
            }
            continue;
        };
        cal.announcements.push(Announcement {
            period: period_of(&item),
            item,
            by,
            line: seg.line,
            text: seg.text.clone(),
        });
    }
    if cal.announcements.is_empty() {
        let why = if unreadable > 0 {
            format!(
                "no release dates found ({unreadable} date line(s) could not be read; first: {})",
                cal.skipped.first().map_or("", String::as_str)
            )
        } else {
            "no release dates found (not an SBP data calendar page?)".to_string()
        };
        return Err(fail(why));
    }
    Ok(cal)
}

/// The announcement for trade in services / "Export and Import of Goods and Services" / EBOPS / BoP for `period`, if any.
///
/// An item naming services trade (or EBOPS) wins over a balance-of-payments one,
/// since the services figures are in both; among equals the first on the page wins.
pub fn services_release(cal: &Calendar, period: YearMonth) -> Option<&Announcement> {
    cal.announcements
        .iter()
        .filter(|a| a.period == Some(period))
        .filter_map(|a| services_rank(&a.item).map(|r| (r, a)))
        .min_by_key(|(r, a)| (*r, a.line))
        .map(|(_, a)| a)
}

/// 0 for an item on services trade, 1 for a balance-of-payments item, else `None`.
pub fn services_rank(item: &str) -> Option<u8> {
    let words: Vec<String> = tokens(item)
        .into_iter()
        .filter_map(|t| match t {
            Tok::Word(w) => Some(w),
            Tok::Num { .. } => None,
        })
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    let has_prefix = |p: &str| words.iter().any(|x| x.starts_with(p));
    let folded = fold_str(item);
    let services = has("services") || has("service") || folded.contains("خدمات");
    let trade = has_prefix("export") || has_prefix("import") || has("trade");
    let trade_ur = folded.contains("برآمد") || folded.contains("درآمد") || folded.contains("تجارت");
    if has("ebops") || (services && (trade || trade_ur)) {
        return Some(0);
    }
    let bop = folded.contains("balance of payment")
        || has("bop")
        || has("bpm")
        || folded.contains("ادائیگیوں کا توازن");
    bop.then_some(1)
}

// ---------------------------------------------------------------------------
// Bytes to text runs.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Empty,
    /// Too long to be part of the calendar.
    Overlong,
    /// "Data Calender", ڈیٹا کلینڈر…; `tail` is where the text after the label starts.
    Heading {
        tail: usize,
    },
    /// Only a month and year ("August 2025", "اگست2020ء").
    MonthOnly,
    /// A release-date line; the label spans `start..end`.
    Date {
        start: usize,
        end: usize,
    },
    /// The date itself, on the line after a label that stands alone.
    DateValue,
    Text,
}

fn kind_of(seg: &Segment) -> Kind {
    if seg.overlong {
        return Kind::Overlong;
    }
    if seg.text.is_empty() {
        return Kind::Empty;
    }
    if let Some((start, end)) = date_label(&seg.text) {
        return Kind::Date { start, end };
    }
    if let Some(tail) = heading_label(&seg.text) {
        return Kind::Heading { tail };
    }
    if month_only(&seg.text).is_some() {
        return Kind::MonthOnly;
    }
    Kind::Text
}

/// A date label alone on its line ("<b>Release Date:</b><br>August 06, 2025")
/// takes the next non-empty line as its date; that line is then no item title.
/// Returns, for each run, the run holding its date when it is not the run itself.
fn dates_on_next_line(segs: &[Segment], kinds: &mut [Kind]) -> Vec<Option<usize>> {
    let mut value_at = vec![None; segs.len()];
    for (i, seg) in segs.iter().enumerate() {
        let Some(Kind::Date { end, .. }) = kinds.get(i).copied() else {
            continue;
        };
        if !seg.text.get(end..).unwrap_or("").trim().is_empty() {
            continue;
        }
        let next = (i + 1..segs.len()).find(|&j| kinds.get(j) != Some(&Kind::Empty));
        if let Some(j) = next {
            if let Some(k @ Kind::Text) = kinds.get_mut(j) {
                *k = Kind::DateValue;
                if let Some(v) = value_at.get_mut(i) {
                    *v = Some(j);
                }
            }
        }
    }
    value_at
}

/// The page month from the first heading that names one, on its line or the next.
fn page_month(segs: &[Segment], kinds: &[Kind]) -> Option<YearMonth> {
    for (i, kind) in kinds.iter().enumerate() {
        let Kind::Heading { tail } = *kind else {
            continue;
        };
        let tail_text = segs.get(i).and_then(|s| s.text.get(tail..)).unwrap_or("");
        if for_marker(tail_text).is_some() {
            // "Data calendar for July 2025" names the data month, not the page's.
            continue;
        }
        if let Some(m) = month_only(tail_text) {
            return Some(m);
        }
        let next = segs
            .iter()
            .zip(kinds)
            .skip(i + 1)
            .find(|(_, k)| **k != Kind::Empty);
        if let Some((seg, Kind::MonthOnly)) = next {
            if let Some(m) = month_only(&seg.text) {
                return Some(m);
            }
        }
    }
    None
}

/// The item title for the date run at `at`: the nearest non-empty run before it,
/// extended back over runs it continues on the next source line.
fn item_before(segs: &[Segment], kinds: &[Kind], at: usize) -> Option<String> {
    let mut j = at;
    let last = loop {
        j = j.checked_sub(1)?;
        match kinds.get(j)? {
            Kind::Empty => {}
            Kind::Text => break j,
            _ => return None,
        }
    };
    let mut first = last;
    while last - first + 1 < MAX_ITEM_LINES && segs.get(first).is_some_and(|s| s.soft) {
        let Some(prev) = first.checked_sub(1) else {
            break;
        };
        if kinds.get(prev) != Some(&Kind::Text) {
            break;
        }
        first = prev;
    }
    let parts: Vec<&str> = segs
        .get(first..=last)?
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    Some(parts.join(" "))
}

// ---------------------------------------------------------------------------
// Labels.

/// Folds a character for matching: ASCII lower case, the Arabic letter forms of
/// Urdu letters, and every kind of digit to ASCII.
fn fold(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => {
            char::from_u32(u32::from(c) - 0x0660 + u32::from('0')).unwrap_or(c)
        }
        '\u{06F0}'..='\u{06F9}' => {
            char::from_u32(u32::from(c) - 0x06F0 + u32::from('0')).unwrap_or(c)
        }
        '\u{064A}' | '\u{0649}' => '\u{06CC}', // ي ى → ی
        '\u{0643}' => '\u{06A9}',              // ك → ک
        '\u{00A0}' => ' ',
        _ => c.to_ascii_lowercase(),
    }
}

fn fold_str(s: &str) -> String {
    s.chars().map(fold).collect()
}

/// Arabic vowel marks and the like, which may sit inside a word or label.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Matches `words` at byte `at` of `s`, each word folded, with spaces, zero-width
/// joiners/non-joiners or marks allowed between them (and none required, since
/// `تاریخ‌اجرا` with a ZWNJ is as common as with a space); returns the end.
fn match_words(s: &str, at: usize, words: &[&str]) -> Option<usize> {
    let mut pos = at;
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            let rest = s.get(pos..)?;
            let gap: usize = rest
                .chars()
                .take_while(|c| {
                    c.is_whitespace() || is_mark(*c) || matches!(*c, '\u{200C}' | '\u{200D}')
                })
                .map(char::len_utf8)
                .sum();
            pos += gap;
        }
        let rest = s.get(pos..)?;
        let mut chars = rest.char_indices();
        for want in word.chars() {
            let (_, got) = chars.next()?;
            if fold(got) != want {
                return None;
            }
        }
        pos += chars.next().map_or(rest.len(), |(o, _)| o);
    }
    Some(pos)
}

/// True when `s[end..]` does not continue the word just matched.
fn word_ends(s: &str, end: usize) -> bool {
    s.get(end..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when `s[..start]` does not end inside a word.
fn word_starts(s: &str, start: usize) -> bool {
    s.get(..start)
        .and_then(|r| r.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds the first of `labels` (each a word list) in `s`: (start, end) in bytes.
/// With `whole`, the label must not start inside a word either (an inline tag can
/// glue a title to "Release Date", so that label is looked for anywhere).
fn find_label(s: &str, labels: &[&[&str]], whole: bool) -> Option<(usize, usize)> {
    for (at, _) in s.char_indices() {
        if whole && !word_starts(s, at) {
            continue;
        }
        for label in labels {
            if let Some(end) = match_words(s, at, label) {
                if word_ends(s, end) {
                    return Some((at, end));
                }
            }
        }
    }
    None
}

/// "Release Date" in any case and spacing, or تاریخ اجرا / تاریخِ اجراء; the end
/// includes a following colon or dash.
fn date_label(s: &str) -> Option<(usize, usize)> {
    const LABELS: &[&[&str]] = &[
        &["release", "date"],
        &["تاریخ", "اجراء"],
        &["تاریخ", "اجرا"],
    ];
    let (start, end) = find_label(s, LABELS, false)?;
    let rest = s.get(end..)?;
    let skip: usize = rest
        .chars()
        .take_while(|c| c.is_whitespace() || matches!(c, ':' | '：' | '-' | '–' | '|'))
        .map(char::len_utf8)
        .sum();
    Some((start, end + skip))
}

/// The end of a calendar heading label ("Data Calender", "Data Calendar",
/// "Release Calendar", ڈیٹا کلینڈر, ڈیٹا کیلنڈر) when `s` starts with one.
fn heading_label(s: &str) -> Option<usize> {
    const LABELS: &[&[&str]] = &[
        &["data", "calender"],
        &["data", "calendar"],
        &["advance", "release", "calendar"],
        &["release", "calendar"],
        &["ڈیٹا", "کلینڈر"],
        &["ڈیٹا", "کیلنڈر"],
        &["ڈیٹا", "کیلینڈر"],
    ];
    let (start, end) = find_label(s, LABELS, true)?;
    // A heading opens its line; the words inside a sentence are not one.
    (start == 0).then_some(end)
}

/// Where the period begins in an item title: after its last "for" or برائے.
fn for_marker(s: &str) -> Option<usize> {
    let mut found = None;
    for (at, _) in s.char_indices() {
        if !word_starts(s, at) {
            continue;
        }
        for label in [&["for"][..], &["برائے"][..], &["براۓ"][..]] {
            if let Some(end) = match_words(s, at, label) {
                if word_ends(s, end) {
                    found = Some(end);
                }
            }
        }
    }
    found
}

// ---------------------------------------------------------------------------
// Dates and periods.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Num { value: u32, digits: usize },
    Word(String),
}

/// Splits text into numbers and words (folded), dropping punctuation, marks and
/// the year sign ء; digits and letters need no space between them (`04جون2021ء`).
fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut num: Option<(u32, usize)> = None;
    let flush_word = |word: &mut String, out: &mut Vec<Tok>| {
        if !word.is_empty() {
            out.push(Tok::Word(std::mem::take(word)));
        }
    };
    let flush_num = |num: &mut Option<(u32, usize)>, out: &mut Vec<Tok>| {
        if let Some((value, digits)) = num.take() {
            out.push(Tok::Num { value, digits });
        }
    };
    for c in s.chars() {
        let f = fold(c);
        if let Some(d) = f.to_digit(10).filter(|_| f.is_ascii_digit()) {
            flush_word(&mut word, &mut out);
            let (v, n) = num.unwrap_or((0, 0));
            num = Some((v.saturating_mul(10).saturating_add(d), n + 1));
        } else if is_mark(c) || matches!(c, '\u{200C}' | '\u{200D}') {
            // Inside a word; not a separator.
        } else if f.is_alphabetic() && f != '\u{0621}' {
            flush_num(&mut num, &mut out);
            word.push(f);
        } else {
            flush_word(&mut word, &mut out);
            flush_num(&mut num, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_num(&mut num, &mut out);
    out
}

/// Month names, English (full, three-letter, "sept") and Urdu (with the
/// spellings that drop the final ی).
fn month_of(word: &str) -> Option<u8> {
    const EN: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const UR: [&[&str]; 12] = [
        &["جنوری"],
        &["فروری"],
        &["مارچ"],
        &["اپریل"],
        &["مئی", "مئ"],
        &["جون"],
        &["جولائی", "جولائ"],
        &["اگست"],
        &["ستمبر"],
        &["اکتوبر"],
        &["نومبر"],
        &["دسمبر"],
    ];
    let i = EN
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(word)))
        .or_else(|| (word == "sept").then_some(8))
        .or_else(|| UR.iter().position(|names| names.contains(&word)))?;
    u8::try_from(i + 1).ok()
}

/// A year as printed: four digits in 1900–2200, or two digits for 20xx.
fn year_of(value: u32, digits: usize) -> Option<i32> {
    match digits {
        4 => i32::try_from(value)
            .ok()
            .filter(|y| (1900..=2200).contains(y)),
        2 => i32::try_from(value).ok().map(|y| 2000 + y),
        _ => None,
    }
}

/// The month a run names when it names nothing else ("August 2025", "اگست2020ء").
fn month_only(s: &str) -> Option<YearMonth> {
    match tokens(s).as_slice() {
        [Tok::Word(w), Tok::Num { value, digits }] => {
            YearMonth::new(year_of(*value, *digits)?, month_of(w)?).ok()
        }
        _ => None,
    }
}

/// The month an item title covers: the first month-and-year after its last "for"
/// (برائے), or without one the last month-and-year in it.
fn period_of(item: &str) -> Option<YearMonth> {
    let tail = match for_marker(item) {
        Some(end) => item.get(end..)?,
        None => item,
    };
    let toks = tokens(tail);
    let mut pairs = toks.windows(2).filter_map(|w| match w {
        [Tok::Word(m), Tok::Num { value, digits }] => {
            YearMonth::new(year_of(*value, *digits)?, month_of(m)?).ok()
        }
        _ => None,
    });
    if for_marker(item).is_some() {
        pairs.next()
    } else {
        pairs.next_back()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum DateRead {
    Date(Date),
    /// "By the first week of every month": a rule, not a date.
    Recurring,
    Bad(String),
}

/// Words around the date that say nothing about it.
const FILLER: &[&str] = &[
    "not",
    "later",
    "latter",
    "than",
    "no",
    "by",
    "on",
    "till",
    "until",
    "upto",
    "up",
    "to",
    "the",
    "st",
    "nd",
    "rd",
    "th",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "تک",
    "بروز",
    "پیر",
    "منگل",
    "بدھ",
    "جمعرات",
    "جمعہ",
    "ہفتہ",
    "اتوار",
];
/// Words of a rule that recurs ("every month", ہر مہینے).
const RECURRING: &[&str] = &[
    "every",
    "each",
    "daily",
    "weekly",
    "fortnightly",
    "monthly",
    "quarterly",
    "ہر",
];
/// Words that name a span, not a day ("first week of", پہلے ہفتے).
const VAGUE: &[&str] = &[
    "week",
    "weeks",
    "mid",
    "middle",
    "end",
    "beginning",
    "early",
    "first",
    "second",
    "third",
    "fourth",
    "last",
    "ہفتے",
    "ہفتوں",
    "پہلے",
    "دوسرے",
    "تیسرے",
    "آخری",
    "وسط",
    "آخر",
];

/// Reads the date in the text after a date label.
fn read_date(phrase: &str) -> DateRead {
    let toks = tokens(phrase);
    let words: Vec<&str> = toks
        .iter()
        .filter_map(|t| match t {
            Tok::Word(w) => Some(w.as_str()),
            Tok::Num { .. } => None,
        })
        .collect();
    let recurring = words.iter().any(|w| RECURRING.contains(w));
    let vague = words.iter().any(|w| VAGUE.contains(w));
    if recurring {
        return DateRead::Recurring;
    }
    // (position in toks, month) and (position, value, digits).
    let months: Vec<(usize, u8)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Tok::Word(w) if !FILLER.contains(&w.as_str()) => month_of(w).map(|m| (i, m)),
            _ => None,
        })
        .collect();
    let nums: Vec<(usize, u32, usize)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Tok::Num { value, digits } => Some((i, *value, *digits)),
            Tok::Word(_) => None,
        })
        .collect();
    if nums.is_empty() {
        return DateRead::Bad("no date in it".into());
    }
    if vague {
        return DateRead::Bad("it names a week or part of a month, not a day".into());
    }
    let (year, month, day) = match (months.as_slice(), nums.as_slice()) {
        ([(mi, m)], [a, b]) => {
            // The four-digit number is the year; with two two-digit numbers, the
            // one after the month that comes last is ("21-Nov-25", "Nov 21, 25").
            let (day, year) = if a.2 == 4 && b.2 != 4 {
                (b, a)
            } else if (b.2 == 4 && a.2 != 4) || (a.0 < *mi && b.0 > *mi) || a.0 > *mi {
                (a, b)
            } else {
                return DateRead::Bad("cannot tell the day from the year".into());
            };
            let Some(y) = year_of(year.1, year.2) else {
                return DateRead::Bad(format!("{} is not a year", year.1));
            };
            if day.2 > 2 {
                return DateRead::Bad(format!("{} is not a day of the month", day.1));
            }
            (y, *m, day.1)
        }
        ([], [(_, y, 4), (_, m, 1..=2), (_, d, 1..=2)]) => {
            let Some(y) = year_of(*y, 4) else {
                return DateRead::Bad(format!("{y} is not a year"));
            };
            let Ok(m) = u8::try_from(*m) else {
                return DateRead::Bad(format!("{m} is not a month"));
            };
            (y, m, *d)
        }
        ([], _) => {
            return DateRead::Bad(
                "no month name, and a date in figures other than YYYY-MM-DD is ambiguous".into(),
            );
        }
        ([_], _) => return DateRead::Bad("not a day, a month and a year".into()),
        _ => return DateRead::Bad("more than one month named".into()),
    };
    let (Ok(y16), Ok(m8), Ok(d8)) = (i16::try_from(year), i8::try_from(month), i8::try_from(day))
    else {
        return DateRead::Bad("no such date".into());
    };
    match Date::new(y16, m8, d8) {
        Ok(d) => DateRead::Date(d),
        Err(_) => DateRead::Bad(format!("no such date ({year}-{month:02}-{day:02})")),
    }
}

fn skip_note(file: &str, seg: &Segment, why: &str) -> String {
    let mut quote: String = seg.text.chars().take(MAX_QUOTE_CHARS).collect();
    if seg.text.chars().nth(MAX_QUOTE_CHARS).is_some() {
        quote.push('…');
    }
    format!(
        "{file}: line {}: cannot read the release date ({why}): {quote:?}",
        seg.line
    )
}

mod html;
#[cfg(test)]
mod tests;
