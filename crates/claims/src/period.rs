//! Periods as the press writes them: "July 2025", "in June", "Jul-Sep FY26",
//! "1QFY26", "5MFY25", "FY2024-25", "the first eight months of the current fiscal
//! year", "earlier in 2025".
//!
//! A story rarely repeats the year, so a mention is parsed into an [`Expr`] that
//! may need a reference period (the period the story is about) to become a
//! [`Span`] of months. Pakistan's fiscal calendar (July–June) is the calendar of
//! every tracked series.

use std::sync::LazyLock;

use itx_types::{FiscalCalendar, FiscalYear, YearMonth};
use regex::{Captures, Regex};

mod date;
mod span;

pub(crate) use date::{dateline, latest_out, month_of};
pub(crate) use span::{Expr, FyRef, Span, YearRef};

/// The fiscal calendar the tracked series use.
pub(crate) const CAL: FiscalCalendar = FiscalCalendar::PAKISTAN;

/// A period mention with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const MONTH_ABBRS: &str = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
// "FY 202324" (The Nation, 2024-12-19): the dash dropped.
const FYNUM: &str = r"\d{4}\s?[-–—/]\s?\d{2,4}|(?:19|20)\d{4}|\d{2}\s?[-–—/]\s?\d{2}\b|\d{2,4}";

fn re(pattern: &str) -> Regex {
    crate::scan::regex(pattern).expect("period regex")
}

/// A day, not a period: "August 19, 2025", "19th Aug 2025", "2025-08-19" (Urdu
/// datelines glue the year on: "28 مئی2022ء", whose ء the rewrite drops), and
/// without a year a dateline's
/// "Apr 18 (APP):", "Aug 18:" or "on April 18".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\.?,?\s*\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:\(|:)|\bon\s+(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    ))
});
/// "July 2022 to February 2023"; brokers' short form "May 22-Jan 23" (Topline,
/// via Trade Chronicle, 2023-02-20), both years in two digits; days of the
/// months in Urdu's "یکم جولائی 2021 تا 30 مئی 2022" (1 July 2021 to 30 May
/// 2022, NNI, 2022).
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<a>{MONTHS})\.?,?\s*'?(?P<ya>(?:19|20)\d{{2}})\s*(?:[-–—]|\s(?:to|through|till|until|and|تا)\s)\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<b>{MONTHS})\.?,?\s*'?(?P<yb>(?:19|20)\d{{2}})\b|\b(?P<a2>{MONTHS})\s?'?(?P<ya2>\d{{2}})\s?[-–—]\s?(?P<b2>{MONTHS})\s?'?(?P<yb2>\d{{2}})\b"
    ))
});
/// Text ending in "between" or "from", before a run of months.
static BETWEEN_FROM: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:between|from)\s+$"));
static FY_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:Q(?P<qa>[1-4])\s?[-–—]\s?Q(?P<qb>[1-4])|(?P<qa2>[1-4])Q\s?[-–—]\s?(?P<qb2>[1-4])Q|(?P<m>\d{{1,2}})\s?M|(?P<q>[1-4])\s?Q|Q(?P<q2>[1-4])|(?P<h>[12])\s?H|H(?P<h2>[12]))\s?,?\s?FY\s?'?(?P<fy>{FYNUM})\b"
    ))
});
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\b(?:(?i:fiscal|financial)\s+year\s+|FY\s?'?)(?P<fy0>{FYNUM}),?\s+)?\b(?P<btw>(?i:between)\s+)?(?P<a>{MONTHS})\.?\s?(?:[-–—/]|\s(?:to|through|till|until|and)\s)\s?(?P<b>{MONTHS})\b\.?(?:,?\s*(?:(?i:period)\s+)?(?:of\s+|in\s+)?(?:the\s+)?(?:(?i:fiscal|financial)\s+year\s+|FY\s?'?)(?P<fy>{FYNUM})\b|,?\s+(?P<fy2>\d{{4}}\s?[-–—/]\s?\d{{2}})\b|\s?\(\s?(?P<fy3>\d{{4}}\s?[-–—/]\s?\d{{2}})\s?\)|,?\s+(?P<y>\d{{4}})\b)?"
    ))
});
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>quarter|half)|(?P<first>first\s+)?(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months|(?P<onem>first|opening)\s+month)\b",
    )
});
/// "The last eight months", "over the past 12 months": the months up to the one
/// the story is about (Urdu "گزشتہ آٹھ ماہ" is rewritten to it).
/// "On a trailing 12-month basis", "on TTM basis" (brokers' notes: Topline's,
/// reprinted by Trade Chronicle; PhoneWorld, 2024-06-21): the twelve months to
/// the story's.
static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+)?(?:last|past|previous|preceding)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months\b|\b(?:on\s+(?:an?\s+)?)?(?:trailing|rolling)[- ](?P<n2>twelve|12)[- ]months?(?:\s+basis)?\b|\b(?:on\s+(?:an?\s+)?)?(?-i:TTM)(?:\s+basis)?\b",
    )
});
static PAREN_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*\(\s*(?P<a>{MONTHS})\.?\s?(?:[-–—/]|\s(?:to|through|till|until)\s)\s?(?P<b>{MONTHS})\.?\s*\)"
    ))
});
/// The months a bracket right after `at` names from the start of the fiscal
/// year ("nine months (July-March)", "FY2024 (July to March)"): how many, and
/// where the bracket starts and ends.
fn bracketed_months(text: &str, at: usize) -> Option<(u8, usize, usize)> {
    let p = PAREN_RANGE.captures(&text[at..])?;
    let a = month_num(p.name("a")?.as_str())?;
    let b = month_num(p.name("b")?.as_str())?;
    if a != CAL.start_month {
        return None;
    }
    let paren = p.get(0)?;
    let months = ((i32::from(b) - i32::from(a)).rem_euclid(12) + 1) as u8;
    Some((months, at + paren.start(), at + paren.end()))
}

static FY_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\s*(?:(?:of|in|during|for)\s+(?:the\s+)?(?:(?P<rel>current|this|ongoing|last|previous|preceding|outgoing|past)\s+)?(?:(?:fiscal|financial)\s+year(?:\s+(?P<fy1>{FYNUM}))?(?:\s*\(\s*FY\s?'?(?P<fy2>{FYNUM})\s*\))?|FY\s?'?(?P<fy3>{FYNUM})|year\s*\(\s*(?P<fy5>\d{{4}}\s?[-–—/]\s?\d{{2}})\s*\))|\(?\s*FY\s?'?(?P<fy4>{FYNUM})\s*\)?)"
    ))
});
static FY: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\bFY\s?'?(?P<fy>{FYNUM})\b")));
/// The second of two fiscal years written "FY 2018 and 2019" (ProPakistani,
/// 2020-04-25): a fiscal year too, not the calendar year.
static FY_LIST_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\bFY\s?'?(?:{FYNUM})\s*(?:,\s*and|,|and|&)\s*(?P<fy>(?:19|20)\d{{2}})\b"
    ))
});
static FISCAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:fiscal|financial)\s+year\s+(?:of\s+|\(\s*FY\s*\)\s*)?(?P<fy>\d{4}\s?[-–—/]\s?\d{2,4}|\d{2}\s?[-–—/]\s?\d{2}|\d{4})\b",
    )
});
/// "The year ended June 30, 2018" (The News, 2018-08-26), "the fiscal year
/// ending in June" (Daily Point, 2024-08-15), "Fiscal Year ending June-2021"
/// (Business Tribune, 2021-04-30): the fiscal year by its last month.
static FY_ENDING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:fiscal|financial)\s+year|FY|year)\s+(?:that\s+)?(?:ended|ending|ends|closed|closing)\s+(?:in\s+|on\s+)?(?:June|Jun\.?)(?:\s+30(?:th)?)?(?:\s*[,\-–]?\s*(?P<y>(?:19|20)\d{2}))?\b",
    )
});
static BARE_FY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:in|during|for|of|and|to|by|until|till|the\s+year)\s+(?P<fy>(?:19|20)\d{2}\s?[-–]\s?(?:(?:19|20)\d{2}|\d{2}))\b",
    )
});
/// Text ending in "the same period of (the)", before a relative fiscal year.
static SAME_PERIOD_OF: LazyLock<Regex> = LazyLock::new(|| {
    // Also before a label that names the relative year again: "the same period
    // of the last financial year FY23", and before the year itself: "the
    // corresponding months of the last fiscal year 2022-23" (The Nation,
    // 2024-01-01).
    re(
        r"(?i)\b(?:same|corresponding)\s+(?:period|months?|quarter)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:(?:last|previous|preceding|past)\s+(?:(?:fiscal|financial)\s+year\s*[,(]?\s*)?)?$",
    )
});

static REL_FY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+)?(?P<rel>current|this|ongoing|last|previous|preceding|outgoing|past|next|coming)\s+(?:fiscal|financial)\s+year\b|\b(?P<rel2>this|current|last|previous|next)\s+FY\b",
    )
});

/// True when the text names "the same period of last fiscal year": the mention
/// [`REL_FY`] leaves to the base phrases, a period all the same for the sentence.
pub(crate) fn names_same_period_of(text: &str) -> bool {
    REL_FY
        .find_iter(text)
        .any(|m| SAME_PERIOD_OF.is_match(crate::scan::tail(&text[..m.start()], 48)))
}
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<m>{MONTHS})\.?,?\s*'?(?P<y>(?:19|20)\d{{2}})\b|\b(?P<m2>{MONTH_ABBRS})[-’'](?P<y2>\d{{2}})\b"
    ))
});
static BARE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<m>{MONTHS})\b(?:['’]s)?(?P<rel>\s+(?:of\s+)?(?i:last|this|the\s+previous|previous|the\s+current|current)\s+year)?"
    ))
});
/// "Last fiscal year July", "the current fiscal year's March" (Urdu's "گذشتہ مالی
/// سال جولائی" rewritten): a month of a fiscal year named before it.
static FY_THEN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:the\s+)?(?P<rel>current|this|ongoing|last|previous|preceding|outgoing|past)\s+(?:fiscal|financial)\s+year(?:['’]s)?\s+(?P<m>{MONTHS})\b(?:\s+(?:19|20)\d{{2}}\b)?"
    ))
});
/// The words before a month that say a year began in it: "which started July",
/// "that began in July".
static YEAR_STARTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:start(?:ed|s|ing)?|began|begins|beginning|commenc(?:ed|es|ing))\s+(?:in\s+|from\s+|on\s+)?$",
    )
});
static LAST_MONTH: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?i:last)\s+month\b(?:['’]s)?"));
/// The end of a run of months' first half: "July-", "July to ".
static RANGE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:[-–—/]|\b(?:to|through|till|until|and)\s)\s*$"));
/// The start of a run of months' second half: "-April", " to April".
static RANGE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:[-–—/]|(?:to|through|till|until)\s)"));
static CAL_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?i:in|during|for|of|calendar\s+year|CY)\s+(?P<y>(?:19|20)\d{2})\b"));

fn parse_fy(s: &str) -> Option<FiscalYear> {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .map(|c| {
            if matches!(c, '–' | '—' | '/') {
                '-'
            } else {
                c
            }
        })
        .collect();
    // "FY 202324": a year and the next one's last two digits, run together.
    if t.len() == 6
        && t.bytes().all(|b| b.is_ascii_digit())
        && let (Ok(x), Ok(y)) = (t[..4].parse::<u32>(), t[4..].parse::<u32>())
        && y == (x + 1) % 100
    {
        return CAL
            .parse_fiscal_year(&format!("{}-{}", &t[..4], &t[4..]))
            .ok();
    }
    // "Fiscal Year 21-22": two two-digit years a year apart are FY2021-22.
    if let Some((a, b)) = t.split_once('-')
        && a.len() == 2
        && b.len() == 2
        && let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>())
        && y == (x + 1) % 100
    {
        return CAL.parse_fiscal_year(&format!("20{a}-{b}")).ok();
    }
    CAL.parse_fiscal_year(&t).ok()
}

fn month_num(s: &str) -> Option<u8> {
    itx_types::month_from_name(s.trim_end_matches('.'))
}

fn word_number(s: &str) -> Option<u8> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let lower = s.to_ascii_lowercase();
    WORDS
        .iter()
        .position(|w| *w == lower)
        .map(|i| i as u8 + 1)
        .or_else(|| lower.parse().ok())
        .filter(|n| (1..=12).contains(n))
}

fn ordinal(s: &str) -> Option<u8> {
    Some(match s.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// The year a relative word points to: -1 for "last", "previous" …, 1 for
/// "next", "coming", else 0.
pub(crate) fn relative(word: &str) -> i32 {
    match word.to_ascii_lowercase().as_str() {
        "last" | "previous" | "preceding" | "outgoing" | "past" => -1,
        "next" | "coming" => 1,
        _ => 0,
    }
}

/// The fiscal year a qualifier right after `end` names ("of FY26", "of the
/// current fiscal year"), and where the qualifier ends.
fn fy_qualifier(text: &str, end: usize) -> Option<(FyRef, usize)> {
    let caps = FY_QUALIFIER.captures(&text[end..])?;
    let whole = caps.get(0)?;
    let explicit = ["fy1", "fy2", "fy3", "fy4", "fy5"]
        .iter()
        .find_map(|n| caps.name(n))
        .and_then(|m| parse_fy(m.as_str()));
    let fy = match (explicit, caps.name("rel")) {
        (Some(fy), _) => FyRef::Explicit(fy),
        (None, Some(rel)) => FyRef::Relative(relative(rel.as_str())),
        (None, None) if whole.as_str().to_ascii_lowercase().contains("year") => FyRef::Relative(0),
        _ => return None,
    };
    Some((fy, end + whole.end()))
}

/// Every period mention in `text` (offsets are `base` + the position in `text`),
/// left to right; where patterns overlap, the more specific one wins.
pub(crate) fn find(text: &str, base: usize) -> Vec<Mention> {
    let mut found: Vec<Mention> = Vec::new();
    let add = |found: &mut Vec<Mention>, start: usize, end: usize, expr: Expr| {
        if found.iter().all(|m| end <= m.start || start >= m.end) {
            found.push(Mention { start, end, expr });
        }
    };
    for c in FY_ENDING.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let year = c.name("y").and_then(|y| y.as_str().parse().ok());
        add(&mut found, whole.start(), whole.end(), Expr::FyEnding(year));
    }
    // "July 2022 to February 2023": one run of months, not two months; before
    // the days, since a run may end on one ("تا 30 مئی 2022", to 30 May 2022).
    for c in YEAR_RANGE.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let ym = |m: &str, y: &str| {
            let (m, y) = (
                month_num(c.name(m)?.as_str())?,
                c.name(y)?.as_str().parse::<i32>().ok()?,
            );
            YearMonth::new(if y < 100 { 2000 + y } else { y }, m).ok()
        };
        let (Some(first), Some(last)) = (
            ym("a", "ya").or_else(|| ym("a2", "ya2")),
            ym("b", "yb").or_else(|| ym("b2", "yb2")),
        ) else {
            continue;
        };
        let months = (last.year() - first.year()) * 12 + i32::from(last.month())
            - i32::from(first.month())
            + 1;
        // A run longer than two years only after "between" or "from": "Between
        // September 2019 and March 2022, the 31 full months when PTI was in
        // power" (Dawn, via a repost, 2024-02-12); else two dates a sentence
        // names side by side.
        let opened = BETWEEN_FROM.is_match(&text[..whole.start()]);
        if (2..=24).contains(&months) || (opened && (2..=120).contains(&months)) {
            let months = months as u8;
            // "July 2023 to May 2024 of FY2023-24" (DND, 2024-06-21): the
            // fiscal year only places the run, and is not a period of its own
            // for the rate that follows.
            let end = fy_qualifier(text, whole.end()).map_or(whole.end(), |(_, e)| e);
            add(
                &mut found,
                whole.start(),
                end,
                Expr::Span(Span { first, months }),
            );
        }
    }
    for m in DATE.find_iter(text) {
        add(&mut found, m.start(), m.end(), Expr::Date);
    }
    // "Last month, Pakistan's IT exports were recorded at $236 million"
    // (Firstpost, 2023-06-22): May 2023, the latest month out. Not "the last
    // month of the fiscal year", nor "the previous month", a comparison's base.
    for m in LAST_MONTH.find_iter(text) {
        let before = crate::scan::tail(&text[..m.start()], 8).to_ascii_lowercase();
        if before.trim_end().ends_with("the") {
            continue;
        }
        add(&mut found, m.start(), m.end(), Expr::LastMonth);
    }
    // A month of a fiscal year the text names with it: "July of the last fiscal
    // year" is July 2023 in August 2024 (Daily Aaj, 2024-08-20), not July 2024
    // and the whole of FY2023-24.
    let month_of_fy = |month: u8, fy: FyRef| Expr::FyPart {
        offset: (i32::from(month) - i32::from(CAL.start_month)).rem_euclid(12) as u8,
        months: 1,
        fy,
    };
    for c in BARE_MONTH.captures_iter(text) {
        let whole = c.get(0).expect("match");
        if c.name("rel").is_some() || !text[whole.end()..].trim_start().starts_with(['o', 'O']) {
            continue;
        }
        // "July-October of the current fiscal year" is a run of months.
        if RANGE_BEFORE.is_match(crate::scan::tail(&text[..whole.start()], 16)) {
            continue;
        }
        let Some(month) = c.name("m").and_then(|m| month_num(m.as_str())) else {
            continue;
        };
        if let Some((fy, end)) = fy_qualifier(text, whole.end()) {
            add(&mut found, whole.start(), end, month_of_fy(month, fy));
        }
    }
    for c in FY_THEN_MONTH.captures_iter(text) {
        let whole = c.get(0).expect("match");
        // "The current fiscal year July-April" is a run of months.
        if whole.as_str().ends_with(|ch: char| ch.is_ascii_digit())
            || RANGE_AFTER.is_match(&text[whole.end()..])
        {
            continue;
        }
        let (Some(rel), Some(month)) = (
            c.name("rel"),
            c.name("m").and_then(|m| month_num(m.as_str())),
        ) else {
            continue;
        };
        let fy = FyRef::Relative(relative(rel.as_str()));
        add(
            &mut found,
            whole.start(),
            whole.end(),
            month_of_fy(month, fy),
        );
    }
    for c in FY_PART.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let Some(fy) = c.name("fy").and_then(|m| parse_fy(m.as_str())) else {
            continue;
        };
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u8>().ok());
        // "Q1 – Q3 FY23" (Pakistan News Index, 2023-05-17): July to March.
        let quarters = num("qa")
            .zip(num("qb"))
            .or_else(|| num("qa2").zip(num("qb2")))
            .filter(|(a, b)| a <= b);
        let (offset, months) = if let Some((a, b)) = quarters {
            ((a - 1) * 3, (b - a + 1) * 3)
        } else if let Some(n) = num("m") {
            (0, n)
        } else if let Some(q) = num("q").or_else(|| num("q2")) {
            ((q - 1) * 3, 3)
        } else if let Some(h) = num("h").or_else(|| num("h2")) {
            ((h - 1) * 6, 6)
        } else {
            continue;
        };
        if (1..=12).contains(&months) {
            let fy = FyRef::Explicit(fy);
            add(
                &mut found,
                whole.start(),
                whole.end(),
                Expr::FyPart { offset, months, fy },
            );
        }
    }
    for c in RANGE.captures_iter(text) {
        if let Some((start, end, expr)) = range(&c) {
            add(&mut found, start, end, expr);
        }
    }
    for c in TRAILING.captures_iter(text) {
        let whole = c.get(0).expect("match");
        // "The last six months of the fiscal year" is a part of that year, not the
        // months up to the story's.
        if fy_qualifier(text, whole.end()).is_some() {
            continue;
        }
        let n = match c.name("n").or_else(|| c.name("n2")) {
            Some(n) => word_number(n.as_str()),
            None => Some(12),
        };
        if let Some(n) = n
            && (2..=24).contains(&n)
        {
            add(
                &mut found,
                whole.start(),
                whole.end(),
                Expr::Trailing { months: n },
            );
        }
    }
    for c in ORDINAL.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let (offset, months) = if let Some(n) = c.name("n") {
            let Some(n) = word_number(n.as_str()) else {
                continue;
            };
            (0, n)
        } else if c.name("onem").is_some() {
            (0, 1)
        } else {
            let (Some(o), Some(unit)) = (
                c.name("ord").and_then(|m| ordinal(m.as_str())),
                c.name("unit"),
            ) else {
                continue;
            };
            if unit.as_str().eq_ignore_ascii_case("half") {
                if o > 2 {
                    continue;
                }
                ((o - 1) * 6, 6)
            } else {
                ((o - 1) * 3, 3)
            }
        };
        // "The first eight months (July-March)": the months written out win over
        // the count, which the press often gets wrong (propakistani.pk,
        // 2024-04-22); the fiscal year may follow the brackets.
        let mut end_of_words = whole.end();
        let (offset, months) = match bracketed_months(text, whole.end()) {
            Some((n, ps, pe)) if offset == 0 => {
                found.retain(|m| m.end <= ps || m.start >= pe);
                end_of_words = pe;
                (0, n)
            }
            _ => (offset, months),
        };
        // "Ten months of the current financial year" says which months without
        // "first"; plain "ten months" does not.
        let qualifier = fy_qualifier(text, end_of_words);
        if c.name("n").is_some() && c.name("first").is_none() && qualifier.is_none() {
            continue;
        }
        // "The first month of the current fiscal year" is July; "the first
        // month" alone says not of what.
        if c.name("onem").is_some() && qualifier.is_none() {
            continue;
        }
        let (fy, end) = qualifier.unwrap_or((FyRef::Relative(0), end_of_words));
        add(
            &mut found,
            whole.start(),
            end,
            Expr::FyPart { offset, months, fy },
        );
    }
    for regex in [&*FY, &*FISCAL, &*BARE_FY, &*FY_LIST_TAIL] {
        for c in regex.captures_iter(text) {
            let m = c.name("fy").expect("group");
            let Some(fy) = parse_fy(m.as_str()) else {
                continue;
            };
            // For "in 2024-25" only the years are the mention.
            let start = if std::ptr::eq(regex, &*BARE_FY) || std::ptr::eq(regex, &*FY_LIST_TAIL) {
                m.start()
            } else {
                c.get(0).expect("match").start()
            };
            // "FY2024 (July-March)" (INP-WealthPK, 2024-07-22): the months in
            // brackets of that year, not the whole of it.
            if let Some((months, ps, pe)) = bracketed_months(text, m.end()) {
                found.retain(|f| f.end <= ps || f.start >= pe);
                add(
                    &mut found,
                    start,
                    pe,
                    Expr::FyPart {
                        offset: 0,
                        months,
                        fy: FyRef::Explicit(fy),
                    },
                );
                continue;
            }
            // "The corresponding period of FY 2023-24": the story's months in
            // that year, not the whole of it.
            let same = SAME_PERIOD_OF.is_match(crate::scan::tail(&text[..start], 48));
            add(
                &mut found,
                start,
                m.end(),
                if same {
                    Expr::SameMonthsIn(fy)
                } else {
                    Expr::Span(Span::of_fiscal_year(fy))
                },
            );
        }
    }
    for c in REL_FY.captures_iter(text) {
        let whole = c.get(0).expect("match");
        // "the corresponding period of the last fiscal year" is a comparison base
        // (read with the base phrases), not the whole of last year.
        if SAME_PERIOD_OF.is_match(crate::scan::tail(&text[..whole.start()], 48)) {
            continue;
        }
        let rel = c.name("rel").or_else(|| c.name("rel2")).expect("group");
        let fy = FyRef::Relative(relative(rel.as_str()));
        add(
            &mut found,
            whole.start(),
            whole.end(),
            Expr::FyPart {
                offset: 0,
                months: 12,
                fy,
            },
        );
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let parsed = if let (Some(m), Some(y)) = (c.name("m"), c.name("y")) {
            month_num(m.as_str()).zip(y.as_str().parse::<i32>().ok())
        } else if let (Some(m), Some(y)) = (c.name("m2"), c.name("y2")) {
            month_num(m.as_str()).zip(y.as_str().parse::<i32>().ok().map(|y| 2000 + y))
        } else {
            None
        };
        if let Some(ym) = parsed.and_then(|(m, y)| YearMonth::new(y, m).ok()) {
            add(
                &mut found,
                whole.start(),
                whole.end(),
                Expr::Span(Span::month(ym)),
            );
        }
    }
    for c in BARE_MONTH.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let Some(month) = c.name("m").and_then(|m| month_num(m.as_str())) else {
            continue;
        };
        // "The current financial year which started July" names when the year
        // began, not a month the figures are of (TechJuice, 2018-11-21).
        if c.name("rel").is_none()
            && YEAR_STARTED.is_match(crate::scan::tail(&text[..whole.start()], 24))
        {
            continue;
        }
        let year = match c.name("rel") {
            Some(r)
                if r.as_str().to_ascii_lowercase().contains("last")
                    || r.as_str().to_ascii_lowercase().contains("previous") =>
            {
                YearRef::Offset(-1)
            }
            Some(_) => YearRef::Offset(0),
            None => YearRef::Recent,
        };
        add(
            &mut found,
            whole.start(),
            whole.end(),
            Expr::Month { month, year },
        );
    }
    for c in CAL_YEAR.captures_iter(text) {
        let y = c.name("y").expect("group");
        // "in 2024-25" is a fiscal year (handled above), not the calendar year 2024.
        let rest = &text[y.end()..];
        if rest
            .strip_prefix(['-', '–', '—'])
            .is_some_and(|r| r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()))
        {
            continue;
        }
        let Ok(year) = y.as_str().parse::<i32>() else {
            continue;
        };
        if let Ok(first) = YearMonth::new(year, 1) {
            add(
                &mut found,
                y.start(),
                y.end(),
                Expr::Span(Span { first, months: 12 }),
            );
        }
    }
    found.sort_by_key(|m| m.start);
    for m in &mut found {
        m.start += base;
        m.end += base;
    }
    found
}

fn range(c: &Captures<'_>) -> Option<(usize, usize, Expr)> {
    let whole = c.get(0)?;
    let a = month_num(c.name("a")?.as_str())?;
    let b = month_num(c.name("b")?.as_str())?;
    let joined_by_and = whole.as_str().contains(" and ");
    if joined_by_and && c.name("btw").is_none() {
        return None;
    }
    let months = ((i32::from(b) - i32::from(a)).rem_euclid(12) + 1) as u8;
    let offset = (i32::from(a) - i32::from(CAL.start_month)).rem_euclid(12) as u8;
    let start = whole.start();
    if let Some(fy) = c
        .name("fy")
        .or_else(|| c.name("fy2"))
        .or_else(|| c.name("fy3"))
        .or_else(|| c.name("fy0"))
        .and_then(|m| parse_fy(m.as_str()))
    {
        return Some((
            start,
            whole.end(),
            Expr::FyPart {
                offset,
                months,
                fy: FyRef::Explicit(fy),
            },
        ));
    }
    if let Some(y) = c.name("y").and_then(|m| m.as_str().parse::<i32>().ok()) {
        // "July-December 2025": the year is that of the last month.
        let last = YearMonth::new(y, b).ok()?;
        let first = last.add_months(1 - i32::from(months));
        return Some((start, whole.end(), Expr::Span(Span { first, months })));
    }
    Some((
        start,
        whole.end(),
        Expr::FyPart {
            offset,
            months,
            fy: FyRef::Relative(0),
        },
    ))
}

#[cfg(test)]
mod tests;
