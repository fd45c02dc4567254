//! Rates over several periods: compound annual growth over whole fiscal years
//! ("5, 10, and 15 year compound annual growth rate (CAGR) of 19.5 percent,
//! 12.5 percent, and 16.3 percent", The News, 2023-07-22, of FY2022-23), and the
//! average of monthly year-on-year rates ("YoY growth averaging 3% in May
//! 22-Jan 23", Topline via Trade Chronicle, 2023-02-20).

use super::*;
use itx_metrics::growth_pct;
use itx_types::FiscalYear;

/// The compound annual rate, in percent, from `start` to `end` over `years`.
fn cagr(start: f64, end: f64, years: u8) -> Option<f64> {
    (start > 0.0 && end > 0.0).then(|| ((end / start).powf(1.0 / f64::from(years)) - 1.0) * 100.0)
}

/// The fiscal year a compound rate ends with: the claim's own, when it is a
/// whole fiscal year out by the article's date, else the last whole fiscal year
/// out then (or in the store).
fn end_year(sd: &Figures, span: Option<Span>, data: &Data<'_>) -> Option<FiscalYear> {
    if let Some(s) = span.filter(|s| s.is_fiscal_year() && !data.after_story(*s)) {
        return Some(s.fiscal_year());
    }
    let last = data
        .story_date()
        .map(crate::period::latest_out)
        .or(sd.last_month)?;
    let fy = Span::to_date(last).fiscal_year();
    Some(if last == fy.last_month() {
        fy
    } else {
        fy.prev()
    })
}

/// Judges a compound annual growth rate of `years` fiscal years.
///
/// # Errors
/// When the store cannot be read.
pub(super) fn judge_cagr(
    sd: &Figures,
    span: Option<Span>,
    stated: Stated,
    years: u8,
    data: &mut Data<'_>,
) -> Result<Judgement, Error> {
    let name = short_name(&sd.key);
    let Some(end) = end_year(sd, span, data) else {
        return Ok(Judgement::unverifiable(
            Some(stated.value),
            "a compound annual growth rate with no fiscal year to end in".into(),
        ));
    };
    let start = FiscalYear {
        start_year: end.start_year - i32::from(years),
        ..end
    };
    let (a, b) = (Span::of_fiscal_year(start), Span::of_fiscal_year(end));
    let (Some(s), Some(e)) = (sd.reading(a), sd.reading(b)) else {
        return Ok(Judgement::unverifiable(
            Some(stated.value),
            format!(
                "a compound annual growth rate over {years} years to {}: {}",
                b.label(),
                no_data(sd, a, None)
            ),
        ));
    };
    let Some(now) = cagr(s.value, e.value, years) else {
        return Ok(Judgement::unverifiable(
            Some(stated.value),
            no_data(sd, a, None),
        ));
    };
    // The range the store's own rounding allows (adjudication rule 1).
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (s0, s1) in s.intervals() {
        for (e0, e1) in e.intervals() {
            if let (Some(l), Some(h)) = (cagr(s1, e0, years), cagr(s0, e1, years)) {
                lo = lo.min(l);
                hi = hi.max(h);
            }
        }
    }
    let then = data
        .series_then(&sd.key)?
        .and_then(|t| Some((t.reading(a)?, t.reading(b)?)))
        .and_then(|(ts, te)| Some((cagr(ts.value, te.value, years)?, ts, te)));
    let (v, h) = (stated.value, stated.half);
    let said = format!(
        "{name} grew at a compound annual rate of {} over the {years} fiscal years from {} ({}) to {} ({})",
        stated_pct(now, h.min(0.005)),
        a.label(),
        musd(s.value),
        b.label(),
        musd(e.value)
    );
    let mut sources = s.sources.clone();
    sources.extend(e.sources.clone());
    let fits = |x: f64| (x - v).abs() <= h + 1e-9;
    let verdict = match stated.qual {
        Qual::AtLeast if hi + 1e-9 >= v => Verdict::Supported,
        Qual::AtMost if lo - 1e-9 <= v => Verdict::Supported,
        Qual::AtLeast | Qual::AtMost => Verdict::Contradicted,
        _ if fits(now) => Verdict::Supported,
        _ if then.as_ref().is_some_and(|(g, _, _)| fits(*g)) => {
            let (g, ts, te) = then.expect("checked");
            let reason = format!(
                "{said}; {} is the rate on the figures known on the article's date ({} to {}: {}), since revised",
                stated_pct(v, h),
                musd(ts.value),
                musd(te.value),
                stated_pct(g, h.min(0.005))
            );
            let mut src = ts.sources;
            src.extend(te.sources);
            return Ok(Judgement::earlier_vintage(v, now, reason, src));
        }
        _ if lo - 1e-9 <= v + h && hi + 1e-9 >= v - h => Verdict::Supported,
        _ => Verdict::Contradicted,
    };
    let reason = match verdict {
        Verdict::Supported => format!("{said}; stated {}", stated_pct(v, h)),
        _ => format!("{said}, not {}", stated_pct(v, h)),
    };
    Ok(Judgement::new(verdict, Some(v), reason)
        .actual(now)
        .sources(sources))
}

/// Judges the mean of the monthly year-on-year rates over `span`'s months
/// ("YoY growth averaging 3% in May 22-Jan 23"): each month on the same month
/// a year earlier, averaged; the range from each month's rounding (rule 1).
///
/// # Errors
/// When the store cannot be read.
pub(super) fn judge_mean_yoy(
    sd: &Figures,
    span: Span,
    value: f64,
    half: f64,
    data: &mut Data<'_>,
) -> Result<Judgement, Error> {
    let name = short_name(&sd.key);
    let months: Vec<Span> = span.iter().map(Span::month).collect();
    let pairs: Option<Vec<(Reading, Reading)>> = months
        .iter()
        .map(|m| Some((sd.reading(*m)?, sd.reading(m.shift(-12))?)))
        .collect();
    let Some(pairs) = pairs else {
        return Ok(Judgement::unverifiable(
            Some(value),
            format!(
                "an average of year-on-year rates over {}: {}",
                span.label(),
                no_data(sd, span.shift(-12), None)
            ),
        ));
    };
    let n = pairs.len() as f64;
    let mean = |f: &dyn Fn(&Reading, &Reading) -> Option<f64>| -> Option<f64> {
        pairs
            .iter()
            .map(|(a, b)| f(a, b))
            .sum::<Option<f64>>()
            .map(|s| s / n)
    };
    let Some(now) = mean(&|a, b| rate(a, b)) else {
        return Ok(Judgement::unverifiable(
            Some(value),
            no_data(sd, span, None),
        ));
    };
    let lo = mean(&|a, b| growth_pct(b.value + b.half, a.value - a.half));
    let hi = mean(&|a, b| growth_pct(b.value - b.half, a.value + a.half));
    let then = match data.series_then(&sd.key)? {
        Some(t) => pairs
            .iter()
            .zip(&months)
            .map(|(_, m)| rate(&t.reading(*m)?, &t.reading(m.shift(-12))?))
            .sum::<Option<f64>>()
            .map(|s| s / n),
        None => None,
    };
    let fits = |x: f64| (x - value).abs() <= half + 1e-9;
    let said = format!(
        "the {} monthly year-on-year rates of {name} over {} average {}",
        pairs.len(),
        span.label(),
        stated_pct(now, half.min(0.005))
    );
    let mut sources: Vec<SourceRef> = Vec::new();
    for (a, b) in &pairs {
        sources.extend(a.sources.iter().cloned());
        sources.extend(b.sources.iter().cloned());
    }
    if !fits(now)
        && let Some(g) = then.filter(|g| fits(*g))
    {
        let reason = format!(
            "{said}; {} is their average on the figures known on the article's date ({}), since revised",
            stated_pct(value, half),
            stated_pct(g, half.min(0.005))
        );
        return Ok(Judgement::earlier_vintage(value, now, reason, sources));
    }
    let in_range = matches!((lo, hi), (Some(l), Some(h)) if l - 1e-9 <= value + half && h + 1e-9 >= value - half);
    let (verdict, reason) = if fits(now) || in_range {
        (
            Verdict::Supported,
            format!("{said}; stated {}", stated_pct(value, half)),
        )
    } else {
        (
            Verdict::Contradicted,
            format!("{said}, not {}", stated_pct(value, half)),
        )
    };
    Ok(Judgement::new(verdict, Some(value), reason)
        .actual(now)
        .sources(sources))
}
