//! English copy with a scraping slip mended before it is read: a decimal a
//! paragraph break split ("US $ 1.\n\n440 billion"), read through an
//! offset-mapped rewrite as Urdu copy is.

use std::sync::LazyLock;

use regex::Regex;

use crate::urdu::Normalized;

fn re(p: &str) -> Regex {
    crate::scan::regex(p).expect("mend regex")
}

/// A decimal split by a paragraph break, as UrduPoint's pages print many
/// ("in comparison to US $ 1.\n\n440 billion", "fell by 56.\n\n88 per cent").
/// Only a short number before the point and a unit (or "and") after the
/// digits: a sentence ending in a year ("in FY2022-23.") and a paragraph
/// opening with a count ("300 companies …") stay apart.
static SPLIT_DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b[0-9]{1,3}\.[ \t]*\n\s*[0-9]{1,3}\s*(?:%|(?i:per\s?cent|percent|billion|billon|million|bn|mn|and)\b)",
    )
});

/// The text with each decimal a paragraph break split mended (the break taken
/// out), every byte mapped to its own; none when there is no such break. No
/// sentence ends in a bare number and goes on with one in the next paragraph.
pub(crate) fn split_decimals(text: &str) -> Option<Normalized> {
    if !SPLIT_DECIMAL.is_match(text) {
        return None;
    }
    let mut out = Normalized::with_capacity(text.len());
    let mut pos = 0;
    for m in SPLIT_DECIMAL.find_iter(text) {
        // Up to the point; then on from the first digit after the break.
        let s = m.as_str();
        let (Some(point), Some(next)) = (s.find('.'), s.find('\n')) else {
            continue;
        };
        let Some(digit) = s[next..].find(|c: char| c.is_ascii_digit()) else {
            continue;
        };
        out.copy(text, pos, m.start() + point + 1);
        pos = m.start() + next + digit;
    }
    out.copy(text, pos, text.len());
    Some(out)
}
