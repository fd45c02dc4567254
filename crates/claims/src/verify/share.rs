//! Shares: "45% of services exports".
//!
//! Like amounts and rates, a share that the figures known on the article's date
//! give exactly (to its written decimals) and today's figures do not is
//! outdated, even when today's figures reach it within their rounding: the
//! reporter copied the release of the day (FORMAT.md, adjudication rule 3).
//! UrduPoint's "87.47%" of net to gross ICT exports in January 2023 is 1,166 on
//! 1,333 as first released, 87.48% now.

use super::*;

pub(super) fn share_claim(
    part: &Figures,
    total: &Figures,
    span: Span,
    value: f64,
    half: f64,
    story: Option<Span>,
    then: Option<(&Figures, &Figures)>,
) -> Judgement {
    let (Some(p), Some(t)) = (part.reading(span), total.reading(span)) else {
        let missing = if part.reading(span).is_none() {
            part
        } else {
            total
        };
        return Judgement::unverifiable(Some(value), no_data(missing, span, None));
    };
    let Some(actual) = share(p.value, t.value) else {
        return Judgement::unverifiable(Some(value), "the total is zero".into());
    };
    let line = |span: Span, p: &Reading, t: &Reading, share: f64| {
        format!(
            "{} ({}) are {} of {} ({}) in {}",
            short_name(&part.key),
            musd(p.value),
            share_pct(share, half),
            in_sentence(&short_name(&total.key)),
            musd(t.value),
            span.label()
        )
    };
    if let Some(j) = earlier_share(then, span, value, half, actual, Fit::Exact, &line) {
        return j;
    }
    if share_hits(&p, &t, value, half) {
        let mut s = p.sources.clone();
        s.extend(t.sources.clone());
        return Judgement::new(Verdict::Supported, Some(value), line(span, &p, &t, actual))
            .actual(actual)
            .sources(s);
    }
    // Within the rounding of the figures known on the article's date only: the
    // share of the day, since revised ("FY23 ICT export as a percentage of total
    // export was however up to 7.4 percent": $2,605m of $35,472m as known in
    // July 2023, 7.34%, within their rounding; $2,596m now, 7.32%, not; Business
    // Recorder, 2023-07).
    if let Some(j) = earlier_share(then, span, value, half, actual, Fit::Rounding, &line) {
        return j;
    }
    // A share "now" is often the fiscal year to date's, or the story's period's:
    // a reading that fits is not a contradiction.
    let ytd = Span::to_date(span.last());
    for other in [Some(ytd), Some(Span::month(span.last())), story]
        .into_iter()
        .flatten()
    {
        if other == span {
            continue;
        }
        if let (Some(op), Some(ot)) = (part.reading(other), total.reading(other)) {
            if share_hits(&op, &ot, value, half) {
                let s_other = share(op.value, ot.value).unwrap_or(actual);
                let reason = format!(
                    "{}; read as {}, the figure fits: {}",
                    line(span, &p, &t, actual),
                    other.label(),
                    line(other, &op, &ot, s_other)
                );
                let mut s = op.sources;
                s.extend(ot.sources);
                return Judgement::new(Verdict::Supported, Some(value), reason)
                    .actual(s_other)
                    .sources(s);
            }
        }
    }
    let mut s = p.sources.clone();
    s.extend(t.sources.clone());
    Judgement::new(
        Verdict::Contradicted,
        Some(value),
        line(span, &p, &t, actual),
    )
    .actual(actual)
    .sources(s)
}

/// How a share of the figures known on the article's date must meet the
/// stated one.
#[derive(Clone, Copy, PartialEq)]
enum Fit {
    /// To its written decimals, while today's figures do not.
    Exact,
    /// Within the rounding of those figures (today's rounding having failed).
    Rounding,
}

/// Outdated when the figures known on the article's date give the stated share
/// (as `fit` says) and today's do not.
fn earlier_share(
    then: Option<(&Figures, &Figures)>,
    span: Span,
    value: f64,
    half: f64,
    now: f64,
    fit: Fit,
    line: &dyn Fn(Span, &Reading, &Reading, f64) -> String,
) -> Option<Judgement> {
    if fit == Fit::Exact && (now - value).abs() <= half + 1e-9 {
        return None;
    }
    let (part, total) = then?;
    let (p, t) = (part.reading(span)?, total.reading(span)?);
    let was = share(p.value, t.value)?;
    let reason = match fit {
        Fit::Exact if (was - value).abs() <= half + 1e-9 => format!(
            "{} on the figures known on the article's date; today's figures give {}",
            line(span, &p, &t, was),
            share_pct(now, half)
        ),
        // One decimal more than stated: both round to the stated figure's digits.
        Fit::Rounding if share_hits(&p, &t, value, half) => format!(
            "{} ({}) on the figures known on the article's date, within their rounding; today's figures give {}, whose rounding does not reach it",
            line(span, &p, &t, was),
            share_pct(was, half / 10.0),
            share_pct(now, half / 10.0)
        ),
        _ => return None,
    };
    let mut s = p.sources;
    s.extend(t.sources);
    Some(Judgement::earlier_vintage(value, now, reason, s))
}

/// A share as a percentage with the stated figure's decimals (at least one).
fn share_pct(v: f64, half: f64) -> String {
    let decimals = decimals(half).max(1);
    format!("{v:.decimals$}%")
}

/// True when some values of the two readings within their rounding give the
/// stated share.
fn share_hits(p: &Reading, t: &Reading, value: f64, half: f64) -> bool {
    for (p0, p1) in p.intervals() {
        for (t0, t1) in t.intervals() {
            if t0 <= 0.0 {
                continue;
            }
            let (lo, hi) = (p0 / t1 * 100.0, p1 / t0 * 100.0);
            if lo - 1e-9 <= value + half && hi + 1e-9 >= value - half {
                return true;
            }
        }
    }
    false
}

/// A name inside a sentence: "Services exports" → "services exports", but
/// "ICT exports" and "Net ICT exports" keep their acronym.
fn in_sentence(name: &str) -> String {
    let first = name.split_whitespace().next().unwrap_or_default();
    if first.len() > 1 && first.chars().all(|c| c.is_ascii_uppercase()) {
        return name.to_string();
    }
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The totals a share "of total exports" may be of when the sentence names none:
/// all services exports, all exports of goods and services, and for a sub-line,
/// the headline item it is part of.
const UNNAMED_TOTALS: [&str; 2] = [vocab::SERVICES, vocab::GOODS_SERVICES];

/// A share whose total the sentence does not name ("مجموعی برآمدات میں آئی ٹی کا
/// حصہ 46 فیصد", IT's share of total exports is 46%): supported when some total
/// it may be of gives it, contradicted when every one of them has figures for the
/// period and none does (each reading is then wrong), else unverifiable.
pub(super) fn unnamed_total(
    part: &Figures,
    span: Span,
    value: f64,
    half: f64,
    story: Option<Span>,
    data: &mut Data<'_>,
) -> Result<Judgement, Error> {
    let headline = SeriesKey::new(vocab::HEADLINE);
    let mut totals: Vec<SeriesKey> = UNNAMED_TOTALS.iter().map(|k| SeriesKey::new(*k)).collect();
    if part.key.is_part_of(&headline) {
        totals.insert(0, headline);
    }
    totals.retain(|t| *t != part.key);
    let unnamed = || Judgement::unverifiable(Some(value), "the total is not named".into());
    let mut wrong = Vec::new();
    let part_then = data.series_then(&part.key)?;
    for t in &totals {
        let total = data.series(t)?;
        let total_then = data.series_then(t)?;
        let then = part_then.as_deref().zip(total_then.as_deref());
        let j = share_claim(part, &total, span, value, half, story, then);
        if j.fits() {
            return Ok(Judgement {
                reason: format!(
                    "the total is not named; read as {}: {}",
                    in_sentence(&short_name(t)),
                    j.reason
                ),
                ..j
            });
        }
        match j.verdict {
            Verdict::Unverifiable => return Ok(unnamed()),
            _ => wrong.push(j),
        }
    }
    let Some(first) = wrong.first() else {
        return Ok(unnamed());
    };
    let reasons: Vec<&str> = wrong.iter().map(|j| j.reason.as_str()).collect();
    Ok(Judgement {
        verdict: Verdict::Contradicted,
        stated: Some(value),
        actual: first.actual,
        reason: format!(
            "the total is not named, and no total it may be of gives it: {}",
            reasons.join("; ")
        ),
        cause: None,
        sources: wrong.iter().flat_map(|j| j.sources.clone()).collect(),
        missing: false,
        period: None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_inside_a_sentence() {
        assert_eq!(super::in_sentence("Services exports"), "services exports");
        assert_eq!(super::in_sentence("ICT exports"), "ICT exports");
        assert_eq!(super::in_sentence("Net ICT exports"), "net ICT exports");
    }
}
