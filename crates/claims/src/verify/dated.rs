//! Readings the article's date fixes: a fiscal year still running on that date
//! is, for a figure or a rate stated of it, its months out by then.

use super::*;

/// The claim read over the months of its fiscal year out on the article's date,
/// with the judgement on that reading, when the year was still running then
/// and that reading gives the stated figure ("مالی سال 22-21 کے دوران اب تک" with
/// a rate of 36%, Neo News, 2022-01-23: Jul-Dec FY2021-22, +35.7%).
pub(super) fn months_out(
    d: &Draft,
    cues: Cues,
    data: &mut Data<'_>,
) -> Result<Option<(Draft, Judgement)>, Error> {
    let (Some(date), Some(span), Some(key)) = (data.story_date(), d.span, d.series.clone()) else {
        return Ok(None);
    };
    let out_by = crate::period::latest_out(date);
    if !span.is_fiscal_year()
        || !data.after_story(span)
        || out_by < span.first
        || !matches!(d.what, What::Level { .. } | What::Growth { .. })
    {
        return Ok(None);
    }
    let mut so_far = d.clone();
    so_far.span = Some(Span::to_date(out_by));
    if so_far.kind
        == (Kind::Growth {
            basis: Basis::FyYoy,
        })
    {
        so_far.kind = Kind::Growth {
            basis: Basis::FytdYoy,
        };
    }
    let alt = judge(&key, &so_far, cues, data)?;
    if !alt.fits() {
        return Ok(None);
    }
    let out = Judgement {
        reason: format!(
            "read as the months of {} out by the article's date ({date}), {}: {}",
            span.label(),
            Span::to_date(out_by).label(),
            alt.reason
        ),
        ..alt
    };
    Ok(Some((so_far, out)))
}
