//! Growth rates: month on month, year on year, fiscal year to date, with the
//! other readings of a rate whose basis the text leaves open and the causes of a
//! wrong one (an earlier vintage, another pair of figures).

use super::*;
use itx_metrics::growth_pct;

/// A computed rate with as many decimals as the stated one (rounding `half`),
/// at least one: "+24.24%, not +47.43%".
pub(super) fn computed_pct(r: f64, half: f64) -> String {
    stated_pct(r, half.min(0.05))
}

/// The lowest and highest growth rates of a value in `(a0, a1)` on a base in
/// `(b0, b1)`; none for a base that may be zero. A negative base (a deficit:
/// net exports of -$2,070m) takes the rate on its size, as [`growth_pct`]
/// does, so the extremes are among the corners.
fn rate_range((a0, a1): (f64, f64), (b0, b1): (f64, f64)) -> Option<(f64, f64)> {
    if b0 <= 0.0 && b1 >= 0.0 {
        return None;
    }
    let corners = [
        growth_pct(b0, a0)?,
        growth_pct(b0, a1)?,
        growth_pct(b1, a0)?,
        growth_pct(b1, a1)?,
    ];
    let lo = corners.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some((lo, hi))
}

/// Every range of growth rates two readings allow, one per way of reading them.
fn rate_ranges<'r>(a: &'r Reading, b: &'r Reading) -> impl Iterator<Item = (f64, f64)> + 'r {
    a.intervals().into_iter().flat_map(move |ai| {
        b.intervals()
            .into_iter()
            .filter_map(move |bi| rate_range(ai, bi))
    })
}

/// True when some reading of the two allows the stated rate, within its rounding.
pub(super) fn rate_hits(stated: f64, half: f64, a: &Reading, b: &Reading) -> bool {
    rate_ranges(a, b).any(|(lo, hi)| lo - 1e-9 <= stated + half && hi + 1e-9 >= stated - half)
}

/// Why a rate the figures do not give at face value is still supported: the
/// range their own rounding allows ("with each month known to ±$0.5m, the
/// figures give +5.5% to +6.5%").
fn rounding_note(a: &Reading, b: &Reading, half: f64) -> String {
    let printed = |r: &Reading| (r.value - r.half, r.value + r.half);
    match rate_range(printed(a), printed(b)) {
        Some((lo, hi)) => format!(
            " (within the rounding of the figures, which are known {} and {}: they give {} to {})",
            known_to(a.half),
            known_to(b.half),
            computed_pct(lo, half),
            computed_pct(hi, half)
        ),
        None => String::new(),
    }
}

/// A reading's rounding for prose: to the cent of a million ("to ±$3.5m",
/// not "±$3.5000001m" for seven whole-million months and two printed to the
/// US$ thousand), and "exactly" for a figure printed to the dollar's
/// fractions ("±$0.0000001m").
fn known_to(half: f64) -> String {
    if half < 0.005 {
        "exactly".into()
    } else {
        format!("to ±${}m", itx_types::plain((half * 100.0).round() / 100.0))
    }
}

pub(super) fn rate(a: &Reading, b: &Reading) -> Option<f64> {
    itx_metrics::growth_pct(b.value, a.value)
}

pub(super) fn basis_words(basis: Basis) -> &'static str {
    match basis {
        Basis::Yoy => "year on year",
        Basis::Mom => "month on month",
        Basis::FytdYoy => "on the same months a year earlier",
        Basis::FyYoy => "on the previous fiscal year",
        Basis::Unknown => "",
    }
}

/// A rate as the text states it: its value, half its last printed digit, and
/// whether it is a bound ("more than 43 percent").
#[derive(Debug, Clone, Copy)]
pub(super) struct Stated {
    pub value: f64,
    pub half: f64,
    pub qual: Qual,
}

/// True when the readings allow the stated rate: within its rounding, or on the
/// right side of a bound.
fn rate_fits(st: Stated, a: &Reading, b: &Reading) -> bool {
    match st.qual {
        Qual::AtLeast => rate_ranges(a, b).any(|(_, hi)| hi + 1e-9 >= st.value),
        Qual::AtMost => rate_ranges(a, b).any(|(lo, _)| lo - 1e-9 <= st.value),
        // "Around 4 percent", "nearly 24%": the figure, rounded to the stated
        // one's last digit, within one unit of it (FORMAT.md, adjudication
        // rule 4), as for amounts.
        Qual::About | Qual::Nearly => rate_hits(st.value, 3.0 * st.half, a, b),
        Qual::Exact => rate_hits(st.value, st.half, a, b),
    }
}

/// The tolerance a hedge was read with, when the rate needed it.
fn hedge_note(st: Stated) -> String {
    format!(
        " (\"{}\" read as within one unit of its last digit)",
        if st.qual == Qual::Nearly {
            "nearly"
        } else {
            "about"
        }
    )
}

/// The stated rate for prose, with its bound.
fn stated_rate(st: Stated) -> String {
    let bound = match st.qual {
        Qual::AtLeast => "more than ",
        Qual::AtMost => "less than ",
        Qual::About => "about ",
        Qual::Nearly => "nearly ",
        Qual::Exact => "",
    };
    format!("{bound}{}", stated_pct(st.value, st.half))
}

pub(super) fn growth(
    sd: &Figures,
    span: Span,
    st: Stated,
    basis: Basis,
    base: Option<Span>,
    d: &Draft,
    data: &mut Data<'_>,
) -> Result<Judgement, Error> {
    let Stated { value, half, qual } = st;
    let bounded = matches!(qual, Qual::AtLeast | Qual::AtMost);
    let name = short_name(&sd.key);
    let yoy = match basis {
        Basis::Yoy | Basis::FytdYoy | Basis::FyYoy => basis,
        _ if span.is_fiscal_year() => Basis::FyYoy,
        _ if span.months > 1 => Basis::FytdYoy,
        _ => Basis::Yoy,
    };
    let candidates: Vec<(Basis, Span)> = match (basis, base) {
        (Basis::Mom, _) if span.months == 1 => vec![(Basis::Mom, span.shift(-1))],
        (Basis::Mom, _) => vec![],
        // A base is of the same length and earlier; anything else is not the
        // rate's base (a month named beside a fiscal year's rate).
        (Basis::Unknown, Some(b)) if b.months == span.months && b.last() < span.first => {
            vec![(Basis::Unknown, b)]
        }
        (Basis::Unknown, None) if span.months == 1 => {
            vec![(Basis::Yoy, span.shift(-12)), (Basis::Mom, span.shift(-1))]
        }
        (Basis::Unknown, None) => vec![(yoy, span.shift(-12))],
        (b, _) => vec![(b, span.shift(-12))],
    };
    if candidates.is_empty() {
        // A month-on-month rate over a run of months the story borrowed is
        // its last month's ("… 15 percent month-on-month" after a sentence on
        // July-December, TechJuice, 2021-01-22).
        if !d.written && span.months > 1 {
            let last = Span::month(span.last());
            let mut out = growth(sd, last, st, basis, None, d, data)?;
            out.reason = format!(
                "read as {}, the last month of {}: {}",
                last.label(),
                span.label(),
                out.reason
            );
            return Ok(out);
        }
        return Ok(Judgement::unverifiable(
            Some(value),
            format!(
                "a month-on-month rate for {}, which is not a month",
                span.label()
            ),
        ));
    }
    let a = sd.readings(span);
    let Some(a0) = a.first() else {
        return Ok(Judgement::missing(
            Some(value),
            no_data(sd, span, data.as_of()),
        ));
    };
    let mut primary: Option<(Basis, Span, Reading, f64)> = None;
    for (cb, b_span) in &candidates {
        let b = sd.readings(*b_span);
        let Some(b0) = b.first() else { continue };
        let Some(g) = rate(a0, b0) else { continue };
        for ar in &a {
            for br in &b {
                if rate_fits(st, ar, br) {
                    if !bounded {
                        if let Some(o) =
                            earlier_exact_rate(sd, span, *b_span, value, half, ar, br, data)?
                        {
                            return Ok(o);
                        }
                    }
                    let how = match cb {
                        Basis::Unknown => format!("against {}", b_span.label()),
                        other => basis_words(*other).to_string(),
                    };
                    let r = rate(ar, br).unwrap_or(g);
                    let mut reason = format!(
                        "{name} {}: {} against {} in {} is {} {how}; stated {}",
                        span.label(),
                        musd(ar.value),
                        musd(br.value),
                        b_span.label(),
                        computed_pct(r, half),
                        stated_rate(st)
                    );
                    if !bounded && !rate_hits(value, half, ar, br) {
                        reason.push_str(&hedge_note(st));
                    } else if !bounded && (r - value).abs() > half + 1e-9 {
                        reason.push_str(&rounding_note(ar, br, half));
                    }
                    let mut s = ar.sources.clone();
                    s.extend(br.sources.clone());
                    return Ok(Judgement::new(Verdict::Supported, Some(value), reason)
                        .actual(r)
                        .sources(s));
                }
            }
        }
        if primary.is_none() {
            primary = Some((*cb, *b_span, b0.clone(), g));
        }
    }
    let Some((pb, b_span, b0, g)) = primary else {
        return Ok(Judgement::missing(
            Some(value),
            no_data(sd, candidates[0].1, data.as_of()),
        ));
    };
    // " month on month" after the primary reading's rate, where a basis is named.
    let basis_suffix = match pb {
        Basis::Unknown => String::new(),
        other => format!(" {}", basis_words(other)),
    };
    // The rate on the figures known on the article's date: right then, since
    // revised.
    let then = data.series_then(&sd.key)?;
    if let Some(then) = &then {
        for (cb, b_span) in &candidates {
            let (Some(ta), Some(tb)) = (then.reading(span), then.reading(*b_span)) else {
                continue;
            };
            if rate_fits(st, &ta, &tb) {
                let r = rate(&ta, &tb).unwrap_or(g);
                let reason = format!(
                    "{name} {}: {} against {} in {} is {} {}, not {}; on the figures known on the article's date, {} ({} against {}), it was {}, since revised",
                    span.label(),
                    musd(a0.value),
                    musd(b0.value),
                    b_span.label(),
                    computed_pct(g, half),
                    basis_words(*cb),
                    stated_rate(st),
                    data.story_date().map(|d| d.to_string()).unwrap_or_default(),
                    musd(ta.value),
                    musd(tb.value),
                    computed_pct(r, half)
                );
                let mut sources = ta.sources;
                sources.extend(tb.sources);
                return Ok(Judgement::earlier_vintage(value, g, reason, sources));
            }
        }
    }
    // Another reading of the same words: "up 6%" in a story about November may
    // be the fiscal year to date's growth, "9%" the month-on-month rate. When the
    // text does not pin the basis down (or names "year-on-year", which the press
    // uses for year-to-date growth too), a reading that fits is not contradicted.
    // A year still running on the article's date was known only through its
    // first months.
    // Its runs of months are read only to the last month published by then:
    // "5.8%" in a December story about July-November is not July-August's rate.
    let latest_then = data
        .after_story(span)
        .then(|| then.as_ref().map_or(sd.last_month, |t| t.last_month))
        .flatten();
    let found =
        alternative_rate(sd, span, d, latest_then, &candidates, value, half).or_else(|| {
            then.as_ref()
                .and_then(|t| alternative_rate(t, span, d, latest_then, &candidates, value, half))
        });
    if let Some((alt, alt_a, alt_b, r)) = found {
        let same_family = basis == Basis::Unknown
            || (matches!(basis, Basis::Yoy | Basis::FytdYoy | Basis::FyYoy)
                && matches!(alt, Basis::Yoy | Basis::FytdYoy | Basis::FyYoy));
        // The other reading fits today's figures only within their rounding
        // but the figures known then exactly ("17.44%": 2,283 on 1,944 then,
        // 2,284 now): copied from those, since revised.
        if same_family {
            if let Some(mut o) =
                earlier_exact_rate(sd, alt_a, alt_b, value, half, &r.0, &r.1, data)?
            {
                o.reason = format!(
                    "read as the {} rate of {}: {}",
                    alt.label(),
                    alt_a.label(),
                    o.reason
                );
                return Ok(o);
            }
        }
        let mut sources = r.0.sources.clone();
        sources.extend(r.1.sources.clone());
        let fits = format!(
            "{name} {}: {} against {} in {} is {} {}",
            alt_a.label(),
            musd(r.0.value),
            musd(r.1.value),
            alt_b.label(),
            computed_pct(r.2, half),
            basis_words(alt)
        );
        let (verdict, reason) = if same_family {
            // The written period read as the base says so: "read with March
            // 2023 as the base", not "read as the YoY rate".
            let read = if alt_b == span {
                format!("read with {} as the base", span.label())
            } else {
                format!("read as the {} rate", alt.label())
            };
            (
                Verdict::Supported,
                format!(
                    "{fits}; stated {} ({read}; {} against {} in {} is {})",
                    stated_rate(st),
                    musd(a0.value),
                    musd(b0.value),
                    b_span.label(),
                    computed_pct(g, half)
                ),
            )
        } else {
            (
                Verdict::Unverifiable,
                format!(
                    "two readings disagree: {} against {} in {} is {}{}, but {fits}, which fits the stated {}",
                    musd(a0.value),
                    musd(b0.value),
                    b_span.label(),
                    computed_pct(g, half),
                    basis_suffix,
                    stated_rate(st)
                ),
            )
        };
        return Ok(Judgement::new(verdict, Some(value), reason)
            .actual(r.2)
            .sources(sources));
    }
    let mut reason = format!(
        "{name} {}: {} against {} in {} is {}{}, not {}",
        span.label(),
        musd(a0.value),
        musd(b0.value),
        b_span.label(),
        computed_pct(g, half),
        basis_suffix,
        stated_rate(st)
    );
    if candidates.len() > 1 {
        let others: Vec<String> = candidates[1..]
            .iter()
            .filter_map(|(cb, bs)| {
                let b = sd.reading(*bs)?;
                Some(format!(
                    "{} {}",
                    computed_pct(rate(a0, &b)?, half),
                    basis_words(*cb)
                ))
            })
            .collect();
        if !others.is_empty() {
            reason.push_str(&format!(" (and {})", others.join(", ")));
        }
    }
    let mut sources = a0.sources.clone();
    sources.extend(b0.sources.clone());
    let mut cause = None;
    if let Some((c, why, extra)) = growth_cause(sd, span, b_span, pb, value, half, g, data)? {
        reason.push_str("; ");
        reason.push_str(&why);
        sources.extend(extra);
        cause = Some(c);
    }
    Ok(Judgement {
        verdict: Verdict::Contradicted,
        stated: Some(value),
        actual: Some(g),
        reason,
        cause,
        sources,
        missing: false,
        period: None,
    })
}

/// The first other plausible reading of a rate that fits the stated value: for a
/// month, its year-on-year and month-on-month rates and its fiscal year to date's
/// year-on-year rate; for a fiscal year to date read from the sentences before, the
/// last month's rates.
#[allow(clippy::type_complexity)]
pub(super) fn alternative_rate(
    sd: &Figures,
    span: Span,
    d: &Draft,
    latest_then: Option<YearMonth>,
    tried: &[(Basis, Span)],
    value: f64,
    half: f64,
) -> Option<(Basis, Span, Span, (Reading, Reading, f64))> {
    let story = &d.story;
    let mut alts: Vec<(Basis, Span, Span)> = Vec::new();
    let fy_first = span.fiscal_year().first_month();
    if span.months == 1 {
        alts.push((Basis::Yoy, span, span.shift(-12)));
        alts.push((Basis::Mom, span, span.shift(-1)));
        let ytd = Span::to_date(span.first);
        if ytd.months > 1 {
            alts.push((Basis::FytdYoy, ytd, ytd.shift(-12)));
        }
    } else if span.first == fy_first && span.months < 12 && !d.written {
        // A run of months the sentence itself names ("a growth of 21 percent in
        // the first half of the current financial year") is that run's rate; one
        // borrowed from the sentences before may be the last month's.
        let last = Span::month(span.last());
        alts.push((Basis::Yoy, last, last.shift(-12)));
        alts.push((Basis::Mom, last, last.shift(-1)));
    }
    // A rate given to two decimals for a whole fiscal year is often the year to
    // date's ("17.44%" in a story about July-March): with that precision a
    // chance fit among the runs of months is unlikely, so they are tried.
    // Only the latest runs published by the article's date, in a year still
    // running then, or runs the story names: with the rounding of summed
    // whole-million months a two-decimal rate fits some run by chance
    // (FY2020-21's "47.43%" fits July-August FY2021-22).
    if span.is_fiscal_year() && half <= 0.05 {
        for months in 1..12u8 {
            let run = Span {
                first: fy_first,
                months,
            };
            // The run to the last month out then, or to the one before (a
            // story written before that release), or July-March (the
            // Economic Survey's, published in June).
            let latest = latest_then
                .is_some_and(|m| run.last() == m || run.last().add_months(1) == m || months == 9);
            if latest || story.headline == Some(run) || story.named.contains(&run) {
                alts.push((Basis::FytdYoy, run, run.shift(-12)));
            }
        }
    }
    // The story's own period: a rate in a sentence that names another period
    // (or a stray one) is most often the story's headline rate.
    // Only a period that overlaps the written one is another reading of it:
    // "4% month-on-month in March 2024" is not July 2025's rate because the
    // story is about July 2025.
    let overlaps = |o: &Span| o.first <= span.last() && span.first <= o.last();
    if let Some(st) = story.headline.filter(|st| *st != span && overlaps(st)) {
        let b = if st.is_fiscal_year() {
            Basis::FyYoy
        } else if st.months > 1 {
            Basis::FytdYoy
        } else {
            Basis::Yoy
        };
        alts.push((b, st, st.shift(-12)));
        if st.months > 1 {
            let last = Span::month(st.last());
            alts.push((Basis::Yoy, last, last.shift(-12)));
        } else {
            alts.push((Basis::Mom, st, st.shift(-1)));
        }
    }
    // Another period the story names, at its own natural basis.
    for n in story.named.iter().filter(|n| **n != span && overlaps(n)) {
        let b = if n.is_fiscal_year() {
            Basis::FyYoy
        } else if n.months > 1 {
            Basis::FytdYoy
        } else {
            Basis::Yoy
        };
        alts.push((b, *n, n.shift(-12)));
    }
    // A written month may be the rate's base, and a month the story names a
    // year (or a month) on its own: "year-on-year growth shows a 36 percent
    // increase as in March 2023, IT exports stood at $225 million" in a story
    // about March 2024 (The News, 2024-04-24). Not a run of months: "the first
    // quarter of FY2025" beside the current quarter's figures is a fiscal year
    // mislabelled, two readings (K21 News, 2025-10).
    if span.months == 1 {
        for n in story.headline.iter().chain(&story.named) {
            if *n == span.shift(12) {
                alts.push((Basis::Yoy, *n, span));
            } else if *n == span.shift(1) {
                alts.push((Basis::Mom, *n, span));
            }
        }
    }
    for (b, a_span, b_span) in alts {
        if a_span == span && tried.iter().any(|(_, t)| *t == b_span) {
            continue;
        }
        let (Some(a), Some(bb)) = (sd.reading(a_span), sd.reading(b_span)) else {
            continue;
        };
        if rate_hits(value, half, &a, &bb) {
            let r = rate(&a, &bb)?;
            return Some((b, a_span, b_span, (a, bb, r)));
        }
    }
    None
}

/// A rate from current figures, and from first prints when those exist.
pub(super) fn rates_for(sd: &Figures, a: Span, b: Span) -> Vec<(f64, bool, Vec<SourceRef>)> {
    let mut out = Vec::new();
    if let (Some(x), Some(y)) = (sd.reading(a), sd.reading(b)) {
        if let Some(r) = rate(&x, &y) {
            let mut s = x.sources;
            s.extend(y.sources);
            out.push((r, false, s));
        }
    }
    if let (Some(x), Some(y)) = (sd.first_print(a), sd.first_print(b)) {
        if let Some(r) = rate(&x, &y) {
            let mut s = x.sources;
            s.extend(y.sources);
            out.push((r, true, s));
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
pub(super) fn growth_cause(
    sd: &Figures,
    span: Span,
    base: Span,
    basis: Basis,
    value: f64,
    half: f64,
    actual: f64,
    data: &mut Data<'_>,
) -> Result<Option<Explained>, Error> {
    // 1. The figures as first printed.
    if let (Some(a), Some(b)) = (sd.first_print(span), sd.first_print(base)) {
        if rate_hits(value, half, &a, &b) {
            let why = format!(
                "{} matches the figures as first printed ({} and {}, an earlier vintage), since revised",
                stated_pct(value, half),
                musd(a.value),
                musd(b.value)
            );
            let mut s = a.sources;
            s.extend(b.sources);
            return Ok(Some((Cause::EarlierVintage, why, s)));
        }
    }
    // 2. Another pair's growth: the other basis, the previous period's rate, the
    //    ratio taken the wrong way round.
    let lag = base.first.index() - span.first.index();
    let mut candidates: Vec<(String, Span, Span)> = Vec::new();
    if span.months == 1 {
        match basis {
            Basis::Mom => candidates.push(("the year-on-year rate".into(), span, span.shift(-12))),
            _ => candidates.push(("the month-on-month rate".into(), span, span.shift(-1))),
        }
        candidates.push((
            format!("the rate of {}", span.shift(-1).label()),
            span.shift(-1),
            base.shift(-1),
        ));
    } else {
        let prev = span.shift(-12);
        candidates.push((
            format!(
                "the growth of the year before ({} over {})",
                prev.label(),
                prev.shift(lag).label()
            ),
            prev,
            prev.shift(lag),
        ));
    }
    let tol = (0.05 * value.abs()).max(1.5);
    let mut best: Option<(f64, String, Vec<SourceRef>)> = None;
    for (label, a, b) in &candidates {
        for (r, first_print, sources) in rates_for(sd, *a, *b) {
            let d = (r - value).abs();
            if d <= tol
                && d < (actual - value).abs()
                && best.as_ref().is_none_or(|(bd, _, _)| d < *bd)
            {
                let how = if first_print {
                    "on first-print figures"
                } else {
                    "on current figures"
                };
                best = Some((d, format!("{label}: {} {how}", pct(r)), sources));
            }
        }
    }
    if let (Some(x), Some(y)) = (sd.reading(span), sd.reading(base)) {
        if let Some(inverted) = itx_metrics::growth_pct(x.value, y.value) {
            let d = (inverted.abs() - value.abs()).abs();
            if d <= 0.5 + half && best.as_ref().is_none_or(|(bd, _, _)| d < *bd) {
                best = Some((
                    d,
                    format!(
                        "the change taken on the wrong base ({} over {}: {})",
                        musd(y.value),
                        musd(x.value),
                        pct(inverted)
                    ),
                    Vec::new(),
                ));
            }
        }
    }
    if let Some((_, label, sources)) = best {
        let why = format!(
            "{} is close to {label}, a different pair of figures",
            stated_pct(value, half)
        );
        return Ok(Some((Cause::Arithmetic, why, sources)));
    }
    // 3. Another series' growth over the same periods.
    for other in vocab::known_series() {
        // Imports are not another reading of an exports rate (nor the reverse):
        // a rate fits some small series' growth by chance.
        if other == sd.key || other.flow() != sd.key.flow() {
            continue;
        }
        let od = data.series(&other)?;
        if let (Some(a), Some(b)) = (od.reading(span), od.reading(base)) {
            if rate_hits(value, half, &a, &b) {
                let sub = other.is_part_of(&sd.key) || sd.key.is_part_of(&other);
                let why = format!(
                    "{} is the growth of {} ({}), {}",
                    stated_pct(value, half),
                    short_name(&other),
                    pct(rate(&a, &b).unwrap_or(0.0)),
                    if sub {
                        "a different series"
                    } else {
                        "which the sentence may mean"
                    }
                );
                let mut s = a.sources;
                s.extend(b.sources);
                let cause = if sub {
                    Cause::DifferentDefinition
                } else {
                    Cause::OtherMeasure
                };
                return Ok(Some((cause, why, s)));
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::known_to;

    #[test]
    fn roundings_read_as_prose() {
        // Seven whole-million months and two printed to the US$ thousand
        // (`itx vintages ict 2025-02`, `2025-03`) are known to ±$3.5m together,
        // said without the float's tail.
        assert_eq!(known_to(7.0 * 0.5 + 2.0 * 0.000_000_05), "to ±$3.5m");
        assert_eq!(known_to(4.5), "to ±$4.5m");
        assert_eq!(known_to(0.000_000_1), "exactly");
    }
}
