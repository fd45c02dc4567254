//! Slips a sentence itself shows: a comparison base dated the very month it is
//! compared with, in a sentence that says which base it means.

use std::sync::LazyLock;

use regex::Regex;

use super::*;

static MOM: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::re(r"(?i)\b(?:month[- ]on[- ]month|MoM|m/m)\b"));
static YOY: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::re(r"(?i)\b(?:year[- ]on[- ]year|YoY|y/y)\b"));

/// A comparison base contradicted as its written month, whose sentence says the
/// comparison is month on month (or year on year) and whose figure is the month
/// before's (a year before's): the base misdated, read as meant. "ITeS
/// exports' remittances increased by around 17 per cent on a month-on-month
/// (MoM) basis in December 2023 and remained $303 million compared to $ 259
/// million in December 2023" (Business Recorder, 2024-01-18): November 2023's
/// $259m. Returns the reason, the reading that fits and its period.
pub(super) fn misdated_base(
    text: &str,
    d: &Draft,
    data: &mut Data<'_>,
) -> Result<Option<(String, Reading, Span)>, Error> {
    let (Kind::Comparison, Some(span), Some(key), What::Level { value, half, .. }) =
        (d.kind, d.span, &d.series, &d.what)
    else {
        return Ok(None);
    };
    // The sentence so far: back to the last full stop, at most 300 bytes.
    let from = crate::scan::floor_boundary(text, d.start.saturating_sub(300));
    let before = &text[from..d.start];
    let before = before.rfind(". ").map_or(before, |i| &before[i + 2..]);
    let (lag, basis) = match (MOM.is_match(before), YOY.is_match(before)) {
        (true, false) => (-1, "month-on-month"),
        (false, true) => (-12, "year-on-year"),
        _ => return Ok(None),
    };
    let base = span.shift(lag);
    let sd = data.series(key)?;
    Ok(sd
        .readings(base)
        .into_iter()
        .find(|r| close(*value, *half, r.value, r.half))
        .map(|r| {
            let reason = format!(
                "read as the {basis} base, {}: {}, {} ({}); the sentence dates it {}, the period it is compared with",
                base.label(),
                short_name(key),
                musd(r.value),
                reading_note(&r),
                span.label()
            );
            (reason, r, base)
        }))
}
