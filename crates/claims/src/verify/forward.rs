//! Projections and targets: "on track to cross $4 billion", "the $5 billion
//! target".

use super::*;

pub(super) fn projection(
    sd: &Figures,
    span: Option<Span>,
    value: f64,
    half: f64,
    bound: Option<Bound>,
    range: bool,
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
    let relation = if held && range && bound.is_none() {
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
