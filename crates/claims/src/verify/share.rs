//! Shares: "45% of services exports".

use super::*;

pub(super) fn share_claim(
    part: &SeriesData,
    total: &SeriesData,
    span: Span,
    value: f64,
    half: f64,
) -> Outcome {
    let (Some(p), Some(t)) = (part.reading(span), total.reading(span)) else {
        let missing = if part.reading(span).is_none() {
            part
        } else {
            total
        };
        return Outcome::unverifiable(Some(value), no_data(missing, span, None));
    };
    let Some(actual) = share(p.value, t.value) else {
        return Outcome::unverifiable(Some(value), "the total is zero".into());
    };
    let mut hit = false;
    for (p0, p1) in p.intervals() {
        for (t0, t1) in t.intervals() {
            if t0 <= 0.0 {
                continue;
            }
            let (lo, hi) = (p0 / t1 * 100.0, p1 / t0 * 100.0);
            hit |= lo - 1e-9 <= value + half && hi + 1e-9 >= value - half;
        }
    }
    let verdict = if hit {
        Verdict::Supported
    } else {
        Verdict::Contradicted
    };
    let reason = format!(
        "{} ({}) are {:.1}% of {} ({}) in {}",
        short_name(&part.key),
        musd(p.value),
        actual,
        short_name(&total.key).to_lowercase(),
        musd(t.value),
        span.label()
    );
    let mut s = p.sources;
    s.extend(t.sources);
    Outcome::new(verdict, Some(value), reason)
        .actual(actual)
        .sources(s)
}
