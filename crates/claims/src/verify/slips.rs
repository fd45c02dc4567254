//! Slips a sentence itself shows: a comparison base dated the very month it is
//! compared with, in a sentence that says which base it means; an export figure
//! written in rupees that is the dollar figure to its last digit.

use super::*;
use crate::scan::{Cue, basis_cue};

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
    // The basis the sentence names before the base, nearest to it.
    let (from, _) = crate::cues::sentence(text, d.start, d.end);
    let (lag, basis) = match basis_cue(&text[from..d.start], false) {
        Some(Cue::Mom) => (-1, "month-on-month"),
        Some(Cue::Yoy) => (-12, "year-on-year"),
        None => return Ok(None),
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

/// Why an amount in rupees is not judged.
pub(super) const RUPEES: &str = "an amount in rupees; the tracked series are in US dollars";

/// An amount written in rupees, judged as US dollars (`j`): kept only where the
/// dollar figure of the sentence's own period gives it (a slip of the unit:
/// Rs959 million would be some $6 million, where ICT exports for Jul-Dec
/// FY2020-21 were $960m; ARY News, 2022-01-23), else not judged.
pub(super) fn rupees(j: Judgement, d: &Draft) -> Judgement {
    if !j.fits() || j.reason.contains("read as") {
        return Judgement::unverifiable(stated_of(&d.what), RUPEES.into());
    }
    Judgement {
        reason: format!(
            "written in rupees, surely a slip for US dollars (the rupee amount would be a small fraction of the figure): read as dollars, {}",
            j.reason
        ),
        ..j
    }
}
