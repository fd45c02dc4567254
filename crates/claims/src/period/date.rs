//! The article's own date: printed near the top ("Published August 19, 2025"), and
//! what was out by then.

use std::sync::LazyLock;

use itx_types::{Date, YearMonth};
use regex::Regex;

use super::{MONTHS, month_num, re};

/// The month a date falls in.
pub(crate) fn month_of(d: Date) -> YearMonth {
    YearMonth::new(i32::from(d.year()), d.month() as u8).expect("a date's month is valid")
}

/// The latest month whose figures were out on `d`: SBP publishes a month's trade
/// in services in the third week of the next month (17–21 in 2025–26), and the
/// ministry's figures a few days earlier, so from the 12th the month before,
/// else the one before that.
pub(crate) fn latest_out(d: Date) -> YearMonth {
    month_of(d).add_months(if d.day() >= 12 { -1 } else { -2 })
}

static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:published|updated|posted|dated?)\s*(?:on|:)?\s*(?P<d>(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    ))
});

/// The article's date as the text prints it near the top ("Published August
/// 19, 2025", "Updated 2025-08-20"), if it does.
pub(crate) fn dateline(text: &str) -> Option<Date> {
    let head = &text[..crate::scan::ceil_boundary(text, text.len().min(400))];
    let c = PUBLISHED.captures(head)?;
    parse_written_date(c.name("d")?.as_str())
}

/// "August 19, 2025", "19th Aug 2025", "2025-08-19".
fn parse_written_date(s: &str) -> Option<Date> {
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let [a, b, y] = words[..] else { return None };
    let num = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<i8>()
            .ok()
    };
    let (m, d) = match (month_num(a), num(a)) {
        (Some(m), _) => (m, num(b)?),
        (None, Some(d)) => (month_num(b)?, d),
        _ => return None,
    };
    Date::new(y.parse().ok()?, m as i8, d).ok()
}
