//! Rates over several periods: compound annual growth over whole fiscal years
//! ("5, 10, and 15 year compound annual growth rate (CAGR) of 19.5 percent,
//! 12.5 percent, and 16.3 percent", The News, 2023-07-22, of FY2022-23), and the
//! average of monthly year-on-year rates ("YoY growth averaging 3% in May
//! 22-Jan 23", Topline via Trade Chronicle, 2023-02-20).

use super::*;
use itx_metrics::growth_pct;
use itx_types::FiscalYear;

fn cagr(start: f64, end: f64, years: u8) -> Option<f64> {
    itx_metrics::cagr_pct(start, end, u32::from(years))
}

/// The run of months from `first`'s first to `last`'s last (`last` alone if
/// the run is too long to be a span).
fn from_to(first: Span, last: Span) -> Span {
    u8::try_from(last.last().index() - first.first.index() + 1).map_or(last, |months| Span {
        first: first.first,
        months,
    })
}

/// The fiscal year `n` years before `end`, and `end`, as spans.
fn years_back(end: FiscalYear, n: u8) -> (Span, Span) {
    let start = FiscalYear {
        start_year: end.start_year - i32::from(n),
        ..end
    };
    (Span::of_fiscal_year(start), Span::of_fiscal_year(end))
}

/// A rate computed over several periods, to be judged against the stated one.
struct Computed {
    /// On today's figures.
    now: f64,
    /// The range the store's own rounding allows (adjudication rule 1).
    range: Option<(f64, f64)>,
    /// On the figures known on the article's date: the rate, the words before
    /// it in the reason (what gives it, up to an open bracket) and where the
    /// figures come from.
    then: Option<(f64, String, Vec<SourceRef>)>,
    /// What today's figures give, for the reason.
    said: String,
    sources: Vec<SourceRef>,
}

/// Right on today's figures, else right as known on the article's date
/// (outdated, rule 3), else within the store's rounding (rule 1), else wrong;
/// a bound is right when the range reaches it.
fn judge_computed(stated: Stated, c: Computed) -> Judgement {
    let (v, h) = (stated.value, stated.half);
    let fits = |x: f64| (x - v).abs() <= h + 1e-9;
    let (lo, hi) = c.range.unwrap_or((c.now, c.now));
    let verdict = match stated.qual {
        Qual::AtLeast if hi + 1e-9 >= v => Verdict::Supported,
        Qual::AtMost if lo - 1e-9 <= v => Verdict::Supported,
        Qual::AtLeast | Qual::AtMost => Verdict::Contradicted,
        _ if fits(c.now) => Verdict::Supported,
        _ => {
            if let Some((g, how, sources)) = c.then.filter(|(g, _, _)| fits(*g)) {
                let reason = format!(
                    "{}; {} is {how}{}), since revised",
                    c.said,
                    stated_pct(v, h),
                    stated_pct(g, h.min(0.005))
                );
                return Judgement::earlier_vintage(v, c.now, reason, sources);
            }
            if c.range.is_some() && lo - 1e-9 <= v + h && hi + 1e-9 >= v - h {
                Verdict::Supported
            } else {
                Verdict::Contradicted
            }
        }
    };
    let reason = match verdict {
        Verdict::Supported => format!("{}; stated {}", c.said, stated_pct(v, h)),
        _ => format!("{}, not {}", c.said, stated_pct(v, h)),
    };
    Judgement::new(verdict, Some(v), reason)
        .actual(c.now)
        .sources(c.sources)
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
    let (a, b) = years_back(end, years);
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
        .and_then(|(ts, te)| {
            let g = cagr(ts.value, te.value, years)?;
            let how = format!(
                "the rate on the figures known on the article's date ({} to {}: ",
                musd(ts.value),
                musd(te.value)
            );
            let mut sources = ts.sources;
            sources.extend(te.sources);
            Some((g, how, sources))
        });
    let said = format!(
        "{name} grew at a compound annual rate of {} over the {years} fiscal years from {} ({}) to {} ({})",
        stated_pct(now, stated.half.min(0.005)),
        a.label(),
        musd(s.value),
        b.label(),
        musd(e.value)
    );
    let mut sources = s.sources;
    sources.extend(e.sources);
    // The years compared, shown as the claim's period.
    let whole = from_to(a, b);
    Ok(judge_computed(
        stated,
        Computed {
            now,
            range: (lo <= hi).then_some((lo, hi)),
            then,
            said,
            sources,
        },
    )
    .over(whole))
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
    let then = then.map(|g| {
        (
            g,
            "their average on the figures known on the article's date (".to_string(),
            sources.clone(),
        )
    });
    Ok(judge_computed(
        Stated {
            value,
            half,
            qual: Qual::Exact,
        },
        Computed {
            now,
            range: lo.zip(hi),
            then,
            said,
            sources,
        },
    ))
}

/// Judges a multiple ("doubled", "tenfold", "6 times") of an earlier figure:
/// the claim's period over the one `of` names. Written as a whole number, a
/// multiple stands for ±0.5 of it ("doubled" is 1.5 to 2.5 times; rule 2);
/// "nearly" is short of it by a tenth at most, "about" one unit either side
/// (rule 4); the store's rounding widens the ratio (rule 1).
///
/// # Errors
/// When the store cannot be read.
pub(super) fn judge_multiple(
    sd: &Figures,
    span: Option<Span>,
    value: f64,
    qual: Qual,
    of: MultipleOf,
    data: &mut Data<'_>,
) -> Result<Judgement, Error> {
    let name = short_name(&sd.key);
    let (own, base) = match of {
        MultipleOf::Base(b) => match span {
            Some(t) => (t, b),
            None => {
                return Ok(Judgement::unverifiable(
                    Some(value),
                    "a multiple with no period of its own".into(),
                ));
            }
        },
        MultipleOf::YearsBack(n) => {
            let Some(end) = end_year(sd, span, data) else {
                return Ok(Judgement::unverifiable(
                    Some(value),
                    "a multiple over several years with no fiscal year to end in".into(),
                ));
            };
            let (start, end) = years_back(end, n);
            (end, start)
        }
    };
    let (e, s) = match (sd.reading(own), sd.reading(base)) {
        (Some(e), Some(s)) => (e, s),
        (e, _) => {
            let missing = if e.is_some() { base } else { own };
            return Ok(Judgement::missing(
                Some(value),
                format!(
                    "a multiple of {} over {}: {}",
                    own.label(),
                    base.label(),
                    no_data(sd, missing, None)
                ),
            ));
        }
    };
    // The years compared, shown as the claim's period: from the base's first
    // month to the claim's last.
    let whole = from_to(base, own);
    // A deficit's multiple is of its size: both figures of one sign.
    let ratio = |a: f64, b: f64| (a * b > 0.0 && a.is_finite()).then(|| a / b);
    let Some(now) = ratio(e.value, s.value) else {
        return Ok(Judgement::unverifiable(
            Some(value),
            format!(
                "{name} changed sign between {} and {}: no multiple",
                base.label(),
                own.label()
            ),
        ));
    };
    let (mut lo, mut hi) = (now, now);
    for (s0, s1) in s.intervals() {
        for (e0, e1) in e.intervals() {
            for r in [ratio(e0, s0), ratio(e0, s1), ratio(e1, s0), ratio(e1, s1)]
                .into_iter()
                .flatten()
            {
                lo = lo.min(r);
                hi = hi.max(r);
            }
        }
    }
    let half = if value.fract() == 0.0 { 0.5 } else { 0.05 };
    let (want_lo, want_hi) = match qual {
        Qual::Exact => (value - half, value + half),
        Qual::AtLeast => (value, f64::INFINITY),
        Qual::AtMost => (0.0, value),
        Qual::Nearly => (0.9 * value, value + half),
        Qual::About => (value - 3.0 * half, value + 3.0 * half),
    };
    let meets = |l: f64, h: f64| l <= want_hi + 1e-9 && h + 1e-9 >= want_lo;
    let times = |x: f64| format!("{x:.2} times");
    let said = format!(
        "{name} in {} ({}) were {} those in {} ({})",
        own.label(),
        musd(e.value),
        times(now),
        base.label(),
        musd(s.value)
    );
    let stated = match qual {
        Qual::Exact => format!("{value} times"),
        Qual::AtLeast => format!("at least {value} times"),
        Qual::AtMost => format!("at most {value} times"),
        Qual::Nearly => format!("nearly {value} times"),
        Qual::About => format!("about {value} times"),
    };
    let mut sources = e.sources.clone();
    sources.extend(s.sources.iter().cloned());
    if meets(lo, hi) {
        return Ok(Judgement::new(
            Verdict::Supported,
            Some(value),
            format!("{said}; stated {stated}"),
        )
        .actual(now)
        .sources(sources)
        .over(whole));
    }
    // Right on the figures known on the article's date (rule 3).
    let then = data
        .series_then(&sd.key)?
        .and_then(|t| Some((t.reading(own)?, t.reading(base)?)));
    if let Some((te, ts)) = then {
        if let Some(g) = ratio(te.value, ts.value).filter(|g| meets(*g, *g)) {
            let mut sources = te.sources;
            sources.extend(ts.sources);
            let reason = format!(
                "{said}; {stated} is the multiple on the figures known on the article's date ({} over {}: {}), since revised",
                musd(te.value),
                musd(ts.value),
                times(g)
            );
            return Ok(Judgement::earlier_vintage(value, now, reason, sources).over(whole));
        }
    }
    Ok(Judgement::new(
        Verdict::Contradicted,
        Some(value),
        format!("{said}, not {stated}"),
    )
    .actual(now)
    .sources(sources)
    .over(whole))
}
