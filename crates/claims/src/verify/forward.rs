//! Projections and targets: "on track to cross $4 billion", "the $5 billion
//! target".

use super::*;

pub(super) fn projection(
    sd: &Figures,
    span: Option<Span>,
    value: f64,
    half: f64,
    bound: Option<Bound>,
    as_of: Option<itx_types::Date>,
) -> Judgement {
    let Some(span) = span else {
        return Judgement::unverifiable(
            Some(value),
            "a projection with no date: it cannot be judged against an outcome".into(),
        );
    };
    let Some(r) = sd.reading(span) else {
        let mut why = no_data(sd, span, as_of);
        if sd.last_month.is_none_or(|l| span.last() > l) {
            why.push_str("; the projection's outcome is not known yet");
        }
        return Judgement::unverifiable(Some(value), why);
    };
    // A threshold is exact: "cross $4 billion" means 4,000 whatever the rounding
    // of "$4 billion" as a level; only the outcome's own rounding is allowed for.
    // A point forecast ("expected to reach only $2.58 billion") came true when
    // the outcome rounds to it.
    let held = match bound {
        Some(Bound::AtMost) => r.value - r.half <= value,
        Some(Bound::AtLeast) => r.value + r.half >= value,
        None => close(value, half, r.value, r.half),
    };
    // A projection that missed is not a false statement: the story reported
    // someone's forecast. It is said, not held against the story.
    let (verdict, word) = if held {
        (Verdict::Supported, "came true")
    } else {
        (
            Verdict::Unverifiable,
            "did not come true (a forecast, not a statistic)",
        )
    };
    // A range ("$3-3.5 billion") that held is said as one: the outcome lies
    // between its ends, not "below" its middle.
    let relation = if held && bound.is_none() && !rounding_only(half) {
        "within the range".to_string()
    } else {
        format!(
            "{} {}",
            if r.value >= value { "above" } else { "below" },
            musd(value)
        )
    };
    let reason = format!(
        "the projection {word}: {} were {} in {} ({}), {relation}",
        short_name(&sd.key),
        musd(r.value),
        span.label(),
        reading_note(&r),
    );
    Judgement::new(verdict, Some(value), reason)
        .actual(r.value)
        .sources(r.sources)
}

/// True when `half` is half a unit of some printed digit ("$4 billion": 500),
/// as a single figure's is; a range's is half its width plus that ("$3-3.5
/// billion": 300).
fn rounding_only(half: f64) -> bool {
    let l = (2.0 * half).log10();
    half > 0.0 && (l - l.round()).abs() < 1e-9
}

pub(super) fn target(sd: &Figures, span: Option<Span>, value: f64) -> Judgement {
    let mut reason = "a target, not a statistic".to_string();
    let outcome = span.and_then(|s| sd.reading(s).map(|r| (s, r)));
    match outcome {
        Some((s, r)) => {
            reason.push_str(&format!(
                "; {} were {} in {}, {} the {} target",
                short_name(&sd.key),
                musd(r.value),
                s.label(),
                if r.value >= value {
                    "meeting"
                } else {
                    "short of"
                },
                musd(value)
            ));
            Judgement::unverifiable(Some(value), reason)
                .actual(r.value)
                .sources(r.sources)
        }
        None => Judgement::unverifiable(Some(value), reason),
    }
}
