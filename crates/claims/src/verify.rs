//! Judging a claim against the data.
//!
//! A stated figure is supported when it lies within the rounding of what the text
//! printed and of what the source printed ("$354 million" is 353.5–354.5; SBP's
//! "354" is 353.5–354.5 too). A stated rate is supported when some value of the
//! two levels within their rounding gives it, computed on the figures as the press
//! would have used them (SBP's precise figure, or that figure rounded to the
//! million). When a figure is contradicted, the known causes are tried in turn:
//! an earlier vintage of the same figure, a neighbouring period's figure,
//! another series' figure, another pair's growth.

use itx_metrics::share;
use itx_store::half_step;
use itx_types::{Period, SeriesKey, SourceKind, Vintage, YearMonth, short_name};

use crate::cues::Cues;
use crate::data::{Data, Reading, SeriesData, source_ref};
use crate::extract::{Draft, Story, What};
use crate::period::Span;
use crate::scan::{Qual, RecordForm};
use crate::{Basis, Cause, Claim, Error, Kind, SourceRef, Verdict, alt, vocab};

/// A verdict with what backs it.
struct Outcome {
    verdict: Verdict,
    stated: Option<f64>,
    actual: Option<f64>,
    reason: String,
    cause: Option<Cause>,
    sources: Vec<SourceRef>,
}

impl Outcome {
    fn new(verdict: Verdict, stated: Option<f64>, reason: String) -> Self {
        Outcome {
            verdict,
            stated,
            actual: None,
            reason,
            cause: None,
            sources: Vec::new(),
        }
    }
    fn unverifiable(stated: Option<f64>, reason: String) -> Self {
        Outcome::new(Verdict::Unverifiable, stated, reason)
    }
    fn actual(mut self, v: f64) -> Self {
        self.actual = Some(v);
        self
    }
    fn sources(mut self, s: Vec<SourceRef>) -> Self {
        self.sources = s;
        self
    }
}

/// "$354m", "$344.93m", "$4,600m".
pub(crate) fn musd(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    let dp = if r.fract() == 0.0 { 0 } else { 2 };
    let sign = if format!("{r:.dp$}").starts_with('-') {
        "-"
    } else {
        ""
    };
    format!("{sign}${}m", itx_types::grouped(r.abs(), dp))
}

fn pct(v: f64) -> String {
    format!("{v:+.1}%")
}

fn stated_pct(v: f64, half: f64) -> String {
    let decimals = (-(half * 2.0).log10()).round().max(0.0) as usize;
    format!("{v:+.decimals$}%")
}

/// Release name and date of a source, for prose.
fn brief(s: &SourceRef) -> String {
    match s.published {
        // Press releases are named with their date already ("brecorder.com, 2025-08-20").
        Some(d) if s.source.contains(&d.to_string()) => s.source.clone(),
        Some(d) => format!("{}, published {d}", s.source),
        None if s.source.contains("undated") => s.source.clone(),
        None => format!("{}, undated", s.source),
    }
}

fn reading_note(r: &Reading) -> String {
    if r.summed {
        format!("sum of the {} monthly figures", r.sources.len())
    } else {
        r.sources.first().map(brief).unwrap_or_default()
    }
}

/// Within the rounding of both figures (strictly: "$355 million" is not SBP's 354).
fn close(stated: f64, half: f64, v: f64, vh: f64) -> bool {
    let d = (stated - v).abs();
    d < 1e-9 || d < half + vh - 1e-9
}

fn data_through(sd: &SeriesData) -> String {
    sd.last_month
        .map_or_else(|| "none".to_string(), YearMonth::long_label)
}

fn no_data(sd: &SeriesData, span: Span, as_of: Option<itx_types::Date>) -> String {
    let known = match as_of {
        Some(d) => format!(" as of {d}"),
        None => String::new(),
    };
    if sd.last_month.is_none_or(|l| span.last() > l) {
        format!(
            "no figure for {} in {} yet{known} (data through {})",
            short_name(&sd.key),
            span.label(),
            data_through(sd)
        )
    } else {
        format!(
            "the store has no figure for {} in {}{known}",
            short_name(&sd.key),
            span.label()
        )
    }
}

pub(crate) fn verify(
    text: &str,
    d: Draft,
    cues: Cues,
    data: &mut Data<'_>,
) -> Result<Claim, Error> {
    let out = match (&d.series, &d.what) {
        (_, What::Level { value, .. } | What::Growth { value, .. } | What::Share { value, .. })
            if cues.other_compiler =>
        {
            Outcome::unverifiable(
                Some(*value),
                "attributed to the Pakistan Bureau of Statistics, another compilation (customs-based trade in services), so not judged against SBP's balance of payments".into(),
            )
        }
        (_, What::Rupee) => Outcome::unverifiable(
            None,
            "an amount in rupees; the tracked series are in US dollars".into(),
        ),
        (None, _) => Outcome::unverifiable(None, "no tracked series named".into()),
        (Some(key), what) => {
            let sd = data.series(key)?;
            match (d.span, what) {
                (
                    span,
                    What::Level {
                        value,
                        half,
                        qual,
                        guesses,
                    },
                ) => level(
                    &sd,
                    span,
                    *value,
                    *half,
                    *qual,
                    guesses,
                    Context {
                        cues,
                        story: &d.story,
                    },
                    data,
                )?,
                (Some(span), What::Growth { value, half, base }) => {
                    let basis = match d.kind {
                        Kind::Growth { basis } => basis,
                        _ => Basis::Unknown,
                    };
                    growth(&sd, span, *value, *half, basis, *base, d.story.headline, data)?
                }
                (
                    Some(span),
                    What::Record {
                        form,
                        named,
                        named_value,
                    },
                ) => record(&sd, span, *form, *named, *named_value),
                (span, What::Projection { value, at_most, .. }) => {
                    projection(&sd, span, *value, *at_most, data.as_of())
                }
                (span, What::Target { value }) => target(&sd, span, *value),
                (Some(span), What::Share { value, half, total }) => match total {
                    Some(t) => {
                        let total = data.series(t)?;
                        share_claim(&sd, &total, span, *value, *half)
                    }
                    None => Outcome::unverifiable(Some(*value), "the total is not named".into()),
                },
                (Some(_), What::Rupee) => Outcome::unverifiable(
                    None,
                    "an amount in rupees; the tracked series are in US dollars".into(),
                ),
                (None, what) => Outcome::unverifiable(
                    stated_of(what),
                    "no period could be resolved from the sentence or the story".into(),
                ),
            }
        }
    };
    // A figure that was right as first printed is outdated, not wrong.
    let verdict = match (out.verdict, out.cause) {
        (Verdict::Contradicted, Some(Cause::EarlierVintage)) => Verdict::Outdated,
        (v, _) => v,
    };
    Ok(Claim {
        text: text[d.start..d.end].to_string(),
        start: d.start,
        end: d.end,
        kind: d.kind,
        series: d.series,
        period: d.span.map(Span::key),
        stated: out.stated,
        actual: out.actual,
        verdict,
        reason: out.reason,
        cause: out.cause,
        sources: out.sources,
    })
}

/// What the sentence and the story say about how to read a figure.
#[derive(Debug, Clone, Copy)]
struct Context<'s> {
    cues: Cues,
    story: &'s Story,
}

fn stated_of(what: &What) -> Option<f64> {
    match what {
        What::Level { value, .. }
        | What::Growth { value, .. }
        | What::Projection { value, .. }
        | What::Target { value }
        | What::Share { value, .. } => Some(*value),
        What::Rupee | What::Record { .. } => None,
    }
}

fn level_matches(value: f64, half: f64, qual: Qual, r: &Reading) -> bool {
    match qual {
        Qual::Exact => close(value, half, r.value, r.half),
        Qual::AtLeast => r.value + r.half > value,
        Qual::AtMost => r.value - r.half < value,
        Qual::Nearly => r.value - r.half < value && r.value >= 0.9 * value,
        Qual::About => (r.value - value).abs() <= (half + r.half).max(0.03 * value),
    }
}

fn qual_word(q: Qual) -> &'static str {
    match q {
        Qual::Exact => "",
        Qual::AtLeast => "more than ",
        Qual::AtMost => "under ",
        Qual::Nearly => "nearly ",
        Qual::About => "about ",
    }
}

#[allow(clippy::too_many_arguments)]
fn level(
    sd: &SeriesData,
    span: Option<Span>,
    value: f64,
    half: f64,
    qual: Qual,
    guesses: &[Span],
    ctx: Context<'_>,
    data: &mut Data<'_>,
) -> Result<Outcome, Error> {
    let name = short_name(&sd.key);
    let Some(span) = span else {
        for g in guesses {
            if let Some(r) = sd
                .readings(*g)
                .into_iter()
                .find(|r| level_matches(value, half, qual, r))
            {
                let reason = format!(
                    "the period is not written; {} is {name} for {} ({})",
                    musd(r.value),
                    g.label(),
                    reading_note(&r)
                );
                return Ok(Outcome::new(Verdict::Supported, Some(value), reason)
                    .actual(r.value)
                    .sources(r.sources));
            }
        }
        let tried: Vec<String> = guesses
            .iter()
            .filter_map(|g| {
                sd.reading(*g)
                    .map(|r| format!("{} {}", g.label(), musd(r.value)))
            })
            .collect();
        let mut reason = "no period could be resolved for this figure".to_string();
        if !tried.is_empty() {
            reason.push_str(&format!("; it matches none of {}", tried.join(", ")));
        }
        return Ok(Outcome::unverifiable(Some(value), reason));
    };
    let readings = sd.readings(span);
    let Some(first) = readings.first() else {
        return Ok(Outcome::unverifiable(
            Some(value),
            no_data(sd, span, data.as_of()),
        ));
    };
    let actual = first.value;
    let then = data.series_then(&sd.key)?;
    if let Some(r) = readings
        .iter()
        .find(|r| level_matches(value, half, qual, r))
    {
        if qual == Qual::Exact {
            if let Some(o) = earlier_exact(sd, then.as_deref(), span, value, half, r, data) {
                return Ok(o);
            }
        }
        let reason = format!(
            "{name}, {}: {} ({}); stated {}{}",
            span.label(),
            musd(r.value),
            reading_note(r),
            qual_word(qual),
            musd(value)
        );
        return Ok(Outcome::new(Verdict::Supported, Some(value), reason)
            .actual(r.value)
            .sources(r.sources.clone()));
    }
    if let Some(then) = &then {
        if let Some(r) = then
            .readings(span)
            .into_iter()
            .find(|r| level_matches(value, half, qual, r))
        {
            let reason = format!(
                "{name} were {} in {} ({}), not {}{}; {} is the figure as known on the article's date, {} ({}), since revised",
                musd(actual),
                span.label(),
                reading_note(first),
                qual_word(qual),
                musd(value),
                musd(r.value),
                data.story_date().map(|d| d.to_string()).unwrap_or_default(),
                reading_note(&r)
            );
            let mut sources = first.sources.clone();
            sources.extend(r.sources);
            return Ok(Outcome {
                verdict: Verdict::Contradicted,
                stated: Some(value),
                actual: Some(actual),
                reason,
                cause: Some(Cause::EarlierVintage),
                sources,
            });
        }
    }
    let fits = alt::levels(sd, span, ctx.story.headline, value, ctx.cues)
        .into_iter()
        .find(|a| level_matches(value, half, qual, &a.reading))
        .or_else(|| {
            then.as_ref().and_then(|t| {
                alt::levels(t, span, ctx.story.headline, value, ctx.cues)
                    .into_iter()
                    .find(|a| level_matches(value, half, qual, &a.reading))
                    .map(|mut a| {
                        a.what.push_str(" as known on the article's date");
                        a
                    })
            })
        });
    // Another period the story names, of the same length (a sentence's figure
    // bound to the wrong one of two months it names), or the story's own series
    // (a sub-line named nearby capturing the headline figure): a reading the
    // story itself offers is not a contradiction.
    let fits = fits.or_else(|| {
        ctx.story
            .named
            .iter()
            .filter(|n| **n != span && n.months == span.months)
            .find_map(|n| {
                sd.readings(*n)
                    .into_iter()
                    .find(|r| level_matches(value, half, qual, r))
                    .map(|r| alt::Alternative {
                        what: format!("{}, which the story also names", n.label()),
                        reading: r,
                        span: Some(*n),
                    })
            })
    });
    if let (None, Some(k)) = (&fits, &ctx.story.series) {
        if *k != sd.key {
            let other = data.series(k)?;
            if let Some(r) = other
                .readings(span)
                .into_iter()
                .find(|r| level_matches(value, half, qual, r))
            {
                let reason = format!(
                    "two readings disagree: {name} were {} in {}, not {}{}, but {} is {} for {}, the story's series; which one the sentence means is not certain",
                    musd(actual),
                    span.label(),
                    qual_word(qual),
                    musd(value),
                    musd(r.value),
                    short_name(k),
                    span.label()
                );
                return Ok(Outcome::unverifiable(Some(value), reason)
                    .actual(actual)
                    .sources(r.sources));
            }
        }
    }
    if let Some(a) = fits {
        if let (Some(s), Qual::Exact) = (a.span, qual) {
            if let Some(mut o) =
                earlier_exact(sd, then.as_deref(), s, value, half, &a.reading, data)
            {
                o.reason = format!("read as {}: {}", a.what, o.reason);
                return Ok(o);
            }
        }
        let reason = format!(
            "{name}, {}: {}, not {}{} — but read as {}, the figure fits: {} ({})",
            span.label(),
            musd(actual),
            qual_word(qual),
            musd(value),
            a.what,
            musd(a.reading.value),
            reading_note(&a.reading)
        );
        return Ok(Outcome::new(Verdict::Supported, Some(value), reason)
            .actual(a.reading.value)
            .sources(a.reading.sources));
    }
    let mut reason = format!(
        "{name} were {} in {} ({}), not {}{}",
        musd(actual),
        span.label(),
        reading_note(first),
        qual_word(qual),
        musd(value)
    );
    if let Some(other) = readings.get(1) {
        reason.push_str(&format!(" (the months add up to {})", musd(other.value)));
    }
    let mut sources = first.sources.clone();
    let mut cause = None;
    if qual == Qual::Exact {
        if let Some((c, why, extra)) = level_cause(sd, span, value, half, data)? {
            reason.push_str("; ");
            reason.push_str(&why);
            sources.extend(extra);
            cause = Some(c);
        }
    }
    if cause.is_none() && alt::out_of_scale(value, actual) {
        return Ok(Outcome::unverifiable(
            Some(value),
            format!(
                "the period is ambiguous: {} is not of the scale of {name} for {} ({}), and no other reading of the sentence fits it",
                musd(value),
                span.label(),
                musd(actual)
            ),
        )
        .actual(actual)
        .sources(sources));
    }
    Ok(Outcome {
        verdict: Verdict::Contradicted,
        stated: Some(value),
        actual: Some(actual),
        reason,
        cause,
        sources,
    })
}

/// A figure the current data support only within rounding that the figures
/// known on the article's date, or as first printed, give exactly: it was
/// copied from those, since revised ("$1.302 billion": 1,302 then, 1,303 now).
fn earlier_exact(
    sd: &SeriesData,
    then: Option<&SeriesData>,
    span: Span,
    value: f64,
    half: f64,
    current: &Reading,
    data: &Data<'_>,
) -> Option<Outcome> {
    // A figure the current one rounds to is simply right.
    let miss = (value - current.value).abs();
    if miss <= half + 1e-9 {
        return None;
    }
    let date = data.story_date().map(|d| d.to_string()).unwrap_or_default();
    let earlier = then
        .into_iter()
        .flat_map(|t| t.readings(span))
        .map(|r| (r, format!("as known on the article's date, {date}")))
        .chain(
            sd.first_print(span)
                .map(|r| (r, "as first printed".to_string())),
        );
    for (r, when) in earlier {
        let d = (value - r.value).abs();
        if d <= half + 1e-9 && d < miss - 1e-9 {
            let reason = format!(
                "stated {}: {} for {} {when} ({}); the current figure is {}",
                musd(value),
                musd(r.value),
                span.label(),
                reading_note(&r),
                musd(current.value)
            );
            let mut sources = r.sources;
            sources.extend(current.sources.clone());
            return Some(Outcome {
                verdict: Verdict::Contradicted,
                stated: Some(value),
                actual: Some(current.value),
                reason,
                cause: Some(Cause::EarlierVintage),
                sources,
            });
        }
    }
    None
}

/// [`earlier_exact`] for a rate: the stated rate rounds exactly from the
/// figures known on the article's date (or first printed), not from today's.
#[allow(clippy::too_many_arguments)]
fn earlier_exact_rate(
    sd: &SeriesData,
    a: Span,
    b: Span,
    value: f64,
    half: f64,
    ar: &Reading,
    br: &Reading,
    data: &mut Data<'_>,
) -> Result<Option<Outcome>, Error> {
    let Some(now) = rate(ar, br) else {
        return Ok(None);
    };
    let miss = (now - value).abs();
    if miss <= half + 1e-9 {
        return Ok(None);
    }
    let date = data.story_date().map(|d| d.to_string()).unwrap_or_default();
    let mut earlier: Vec<(Reading, Reading, String)> = Vec::new();
    if let Some(t) = data.series_then(&sd.key)? {
        if let (Some(x), Some(y)) = (t.reading(a), t.reading(b)) {
            earlier.push((
                x,
                y,
                format!("the figures known on the article's date, {date}"),
            ));
        }
    }
    if let (Some(x), Some(y)) = (sd.first_print(a), sd.first_print(b)) {
        earlier.push((x, y, "the figures as first printed".to_string()));
    }
    for (x, y, when) in earlier {
        let Some(g) = rate(&x, &y) else { continue };
        if (g - value).abs() <= half + 1e-9 {
            let reason = format!(
                "{} is the rate on {when} ({} against {}: {}); on today's figures ({} against {}) it is {}",
                stated_pct(value, half),
                musd(x.value),
                musd(y.value),
                pct(g),
                musd(ar.value),
                musd(br.value),
                pct(now)
            );
            let mut sources = x.sources;
            sources.extend(y.sources);
            return Ok(Some(Outcome {
                verdict: Verdict::Contradicted,
                stated: Some(value),
                actual: Some(now),
                reason,
                cause: Some(Cause::EarlierVintage),
                sources,
            }));
        }
    }
    Ok(None)
}

/// Periods whose figure a misprint most often borrows.
fn neighbours(span: Span) -> Vec<Span> {
    if span.months == 1 {
        [-1, 1, -2, 2, -3, 3, -12, -11, -13, 12]
            .iter()
            .map(|n| span.shift(*n))
            .collect()
    } else {
        let mut v = Vec::new();
        if span.months > 1 {
            v.push(Span {
                months: span.months - 1,
                ..span
            });
        }
        if span.months < 12 {
            v.push(Span {
                months: span.months + 1,
                ..span
            });
        }
        v.push(span.shift(-12));
        v
    }
}

type Explained = (Cause, String, Vec<SourceRef>);

fn level_cause(
    sd: &SeriesData,
    span: Span,
    value: f64,
    half: f64,
    data: &mut Data<'_>,
) -> Result<Option<Explained>, Error> {
    let period = span.period();
    let vintage: Option<(Period, &Vintage)> = period.and_then(|p| {
        sd.other_vintages(&p)
            .into_iter()
            .find(|v| {
                close(
                    value,
                    half,
                    v.value,
                    half_step(&v.value_published, v.unit_published),
                )
            })
            .map(|v| (p, v))
    });
    let neighbour = neighbours(span).into_iter().find_map(|n| {
        sd.readings(n)
            .into_iter()
            .find(|r| close(value, half, r.value, r.half))
            .map(|r| (n, r))
    });
    // A press figure that fewer releases printed than the current one is a
    // misprint when it is another period's figure (Nov 2025 "$366m", one table,
    // against four reports of $356m); one that more printed is the first print.
    let all = period
        .and_then(|p| sd.vintages.get(&p))
        .map_or(&[][..], Vec::as_slice);
    let current = period.and_then(|p| sd.current.get(&p));
    let misprint = |v: &Vintage| {
        let count = |x: f64| all.iter().filter(|o| (o.value - x).abs() < 1e-9).count();
        v.release.kind == SourceKind::Press
            && !v.preferred
            && current.is_some_and(|c| count(v.value) < count(c.value))
    };
    match (vintage, neighbour) {
        (Some((p, v)), Some((n, r))) if misprint(v) => {
            let why = format!(
                "{} is {}'s figure (a neighbouring period); {} printed it for {}",
                musd(value),
                n.label(),
                brief(&source_ref(&p.to_string(), v)),
                span.label()
            );
            let mut s = r.sources;
            s.push(source_ref(&p.to_string(), v));
            return Ok(Some((Cause::NeighbouringPeriod, why, s)));
        }
        (Some((p, v)), _) => {
            let s = source_ref(&p.to_string(), v);
            let why = format!(
                "{} is an earlier vintage: {} gave {} for {}, since superseded",
                musd(value),
                brief(&s),
                v.value_published,
                span.label()
            );
            return Ok(Some((Cause::EarlierVintage, why, vec![s])));
        }
        (None, Some((n, r))) => {
            let why = format!(
                "{} is {}'s figure (a neighbouring period)",
                musd(value),
                n.label()
            );
            return Ok(Some((Cause::NeighbouringPeriod, why, r.sources)));
        }
        (None, None) => {}
    }
    if span.months > 1 {
        if let Some(r) = sd
            .first_print(span)
            .filter(|r| close(value, half, r.value, r.half))
        {
            let why = format!(
                "{} is the figure as first printed ({}), since revised",
                musd(value),
                reading_note(&r)
            );
            return Ok(Some((Cause::EarlierVintage, why, r.sources)));
        }
    }
    for other in vocab::known_series() {
        if other == sd.key {
            continue;
        }
        let od = data.series(&other)?;
        if let Some(r) = od
            .readings(span)
            .into_iter()
            .find(|r| close(value, half, r.value, r.half))
        {
            let why = format!(
                "{} is {} for {}, a different series (the press's \"IT exports\" is SBP's EBOPS item 9; data/press/SOURCES.md)",
                musd(value),
                short_name(&other),
                span.label()
            );
            return Ok(Some((Cause::DifferentDefinition, why, r.sources)));
        }
    }
    // The narrow "IT & ITeS" of PSEB's reports: computer services plus call centres.
    if sd.key.as_str() == "pk.ebops.9.credit" {
        let computer = data.series(&SeriesKey::new("pk.ebops.9.2.credit"))?;
        let calls = data.series(&SeriesKey::new("pk.ebops.9.1.1.credit"))?;
        if let (Some(a), Some(b)) = (computer.reading(span), calls.reading(span)) {
            if close(value, half, a.value + b.value, a.half + b.half) {
                let why = format!(
                    "{} is computer services plus call centres ({} + {}), the narrow definition PSEB used, not EBOPS item 9 (data/press/SOURCES.md)",
                    musd(value),
                    musd(a.value),
                    musd(b.value)
                );
                let mut s = a.sources;
                s.extend(b.sources);
                return Ok(Some((Cause::DifferentDefinition, why, s)));
            }
        }
    }
    Ok(None)
}

/// The range of growth rates two readings allow, over every way of reading them.
fn rate_hits(stated: f64, half: f64, a: &Reading, b: &Reading) -> bool {
    for (a0, a1) in a.intervals() {
        for (b0, b1) in b.intervals() {
            if b0 <= 0.0 {
                continue;
            }
            let lo = (a0 / b1 - 1.0) * 100.0;
            let hi = (a1 / b0 - 1.0) * 100.0;
            if lo - 1e-9 <= stated + half && hi + 1e-9 >= stated - half {
                return true;
            }
        }
    }
    false
}

fn rate(a: &Reading, b: &Reading) -> Option<f64> {
    (b.value != 0.0).then(|| (a.value / b.value - 1.0) * 100.0)
}

fn basis_words(basis: Basis) -> &'static str {
    match basis {
        Basis::Yoy => "year on year",
        Basis::Mom => "month on month",
        Basis::FytdYoy => "on the same months a year earlier",
        Basis::FyYoy => "on the previous fiscal year",
        Basis::Unknown => "",
    }
}

#[allow(clippy::too_many_arguments)]
fn growth(
    sd: &SeriesData,
    span: Span,
    value: f64,
    half: f64,
    basis: Basis,
    base: Option<Span>,
    story: Option<Span>,
    data: &mut Data<'_>,
) -> Result<Outcome, Error> {
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
        (Basis::Unknown, Some(b)) => vec![(Basis::Unknown, b)],
        (Basis::Unknown, None) if span.months == 1 => {
            vec![(Basis::Yoy, span.shift(-12)), (Basis::Mom, span.shift(-1))]
        }
        (Basis::Unknown, None) => vec![(yoy, span.shift(-12))],
        (b, _) => vec![(b, span.shift(-12))],
    };
    if candidates.is_empty() {
        return Ok(Outcome::unverifiable(
            Some(value),
            format!(
                "a month-on-month rate for {}, which is not a month",
                span.label()
            ),
        ));
    }
    let a = sd.readings(span);
    let Some(a0) = a.first() else {
        return Ok(Outcome::unverifiable(
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
                if rate_hits(value, half, ar, br) {
                    if let Some(o) =
                        earlier_exact_rate(sd, span, *b_span, value, half, ar, br, data)?
                    {
                        return Ok(o);
                    }
                    let how = match cb {
                        Basis::Unknown => format!("against {}", b_span.label()),
                        other => basis_words(*other).to_string(),
                    };
                    let reason = format!(
                        "{name} {}: {} against {} in {} is {} {how}; stated {}",
                        span.label(),
                        musd(ar.value),
                        musd(br.value),
                        b_span.label(),
                        pct(rate(ar, br).unwrap_or(g)),
                        stated_pct(value, half)
                    );
                    let mut s = ar.sources.clone();
                    s.extend(br.sources.clone());
                    return Ok(Outcome::new(Verdict::Supported, Some(value), reason)
                        .actual(rate(ar, br).unwrap_or(g))
                        .sources(s));
                }
            }
        }
        if primary.is_none() {
            primary = Some((*cb, *b_span, b0.clone(), g));
        }
    }
    let Some((pb, b_span, b0, g)) = primary else {
        return Ok(Outcome::unverifiable(
            Some(value),
            no_data(sd, candidates[0].1, data.as_of()),
        ));
    };
    // The rate on the figures known on the article's date: right then, since
    // revised.
    if let Some(then) = data.series_then(&sd.key)? {
        for (cb, b_span) in &candidates {
            let (Some(ta), Some(tb)) = (then.reading(span), then.reading(*b_span)) else {
                continue;
            };
            if rate_hits(value, half, &ta, &tb) {
                let r = rate(&ta, &tb).unwrap_or(g);
                let reason = format!(
                    "{name} {}: {} against {} in {} is {} {}, not {}; on the figures known on the article's date, {} ({} against {}), it was {}, since revised",
                    span.label(),
                    musd(a0.value),
                    musd(b0.value),
                    b_span.label(),
                    pct(g),
                    basis_words(*cb),
                    stated_pct(value, half),
                    data.story_date().map(|d| d.to_string()).unwrap_or_default(),
                    musd(ta.value),
                    musd(tb.value),
                    pct(r)
                );
                let mut sources = ta.sources;
                sources.extend(tb.sources);
                return Ok(Outcome {
                    verdict: Verdict::Contradicted,
                    stated: Some(value),
                    actual: Some(g),
                    reason,
                    cause: Some(Cause::EarlierVintage),
                    sources,
                });
            }
        }
    }
    // Another reading of the same words: "up 6%" in a story about November may
    // be the fiscal year to date's growth, "9%" the month-on-month rate. When the
    // text does not pin the basis down (or names "year-on-year", which the press
    // uses for year-to-date growth too), a reading that fits is not contradicted.
    let then = data.series_then(&sd.key)?;
    let found = alternative_rate(sd, span, story, &candidates, value, half).or_else(|| {
        then.as_ref()
            .and_then(|t| alternative_rate(t, span, story, &candidates, value, half))
    });
    if let Some((alt, alt_a, alt_b, r)) = found {
        let same_family = basis == Basis::Unknown
            || (matches!(basis, Basis::Yoy | Basis::FytdYoy | Basis::FyYoy)
                && matches!(alt, Basis::Yoy | Basis::FytdYoy | Basis::FyYoy));
        let mut sources = r.0.sources.clone();
        sources.extend(r.1.sources.clone());
        let fits = format!(
            "{name} {}: {} against {} in {} is {} {}",
            alt_a.label(),
            musd(r.0.value),
            musd(r.1.value),
            alt_b.label(),
            pct(r.2),
            basis_words(alt)
        );
        let (verdict, reason) = if same_family {
            (
                Verdict::Supported,
                format!(
                    "{fits}; stated {} (read as the {} rate; {} against {} in {} is {})",
                    stated_pct(value, half),
                    alt.label(),
                    musd(a0.value),
                    musd(b0.value),
                    b_span.label(),
                    pct(g)
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
                    pct(g),
                    match pb {
                        Basis::Unknown => String::new(),
                        other => format!(" {}", basis_words(other)),
                    },
                    stated_pct(value, half)
                ),
            )
        };
        return Ok(Outcome::new(verdict, Some(value), reason)
            .actual(r.2)
            .sources(sources));
    }
    let mut reason = format!(
        "{name} {}: {} against {} in {} is {}{}, not {}",
        span.label(),
        musd(a0.value),
        musd(b0.value),
        b_span.label(),
        pct(g),
        match pb {
            Basis::Unknown => String::new(),
            other => format!(" {}", basis_words(other)),
        },
        stated_pct(value, half)
    );
    if candidates.len() > 1 {
        let others: Vec<String> = candidates[1..]
            .iter()
            .filter_map(|(cb, bs)| {
                let b = sd.reading(*bs)?;
                Some(format!("{} {}", pct(rate(a0, &b)?), basis_words(*cb)))
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
    Ok(Outcome {
        verdict: Verdict::Contradicted,
        stated: Some(value),
        actual: Some(g),
        reason,
        cause,
        sources,
    })
}

/// The first other plausible reading of a rate that fits the stated value: for a
/// month, its year-on-year and month-on-month rates and its fiscal year to date's
/// year-on-year rate; for a fiscal year to date, the last month's rates.
#[allow(clippy::type_complexity)]
fn alternative_rate(
    sd: &SeriesData,
    span: Span,
    story: Option<Span>,
    tried: &[(Basis, Span)],
    value: f64,
    half: f64,
) -> Option<(Basis, Span, Span, (Reading, Reading, f64))> {
    let mut alts: Vec<(Basis, Span, Span)> = Vec::new();
    let fy_first = span.fiscal_year().first_month();
    if span.months == 1 {
        alts.push((Basis::Yoy, span, span.shift(-12)));
        alts.push((Basis::Mom, span, span.shift(-1)));
        let months = span.first.index() - fy_first.index() + 1;
        if months > 1 {
            let ytd = Span {
                first: fy_first,
                months: months as u8,
            };
            alts.push((Basis::FytdYoy, ytd, ytd.shift(-12)));
        }
    } else if span.first == fy_first && span.months < 12 {
        let last = Span::month(span.last());
        alts.push((Basis::Yoy, last, last.shift(-12)));
        alts.push((Basis::Mom, last, last.shift(-1)));
    }
    // The story's own period: a rate in a sentence that names another period
    // (or a stray one) is most often the story's headline rate.
    if let Some(st) = story.filter(|st| *st != span) {
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
fn rates_for(sd: &SeriesData, a: Span, b: Span) -> Vec<(f64, bool, Vec<SourceRef>)> {
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
fn growth_cause(
    sd: &SeriesData,
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
        if x.value != 0.0 {
            let inverted = (y.value / x.value - 1.0) * 100.0;
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
        if other == sd.key {
            continue;
        }
        let od = data.series(&other)?;
        if let (Some(a), Some(b)) = (od.reading(span), od.reading(base)) {
            if rate_hits(value, half, &a, &b) {
                let why = format!(
                    "{} is the growth of {} ({}), a different series",
                    stated_pct(value, half),
                    short_name(&other),
                    pct(rate(&a, &b).unwrap_or(0.0))
                );
                let mut s = a.sources;
                s.extend(b.sources);
                return Ok(Some((Cause::DifferentDefinition, why, s)));
            }
        }
    }
    Ok(None)
}

fn record(
    sd: &SeriesData,
    span: Span,
    form: RecordForm,
    named: Option<Span>,
    named_value: Option<f64>,
) -> Outcome {
    let name = short_name(&sd.key);
    let Some(m) = span.single() else {
        return match form {
            RecordForm::AllTimeHigh => span_record(sd, span),
            _ => Outcome::unverifiable(
                None,
                format!(
                    "a record claim about {}, which is not a month",
                    span.label()
                ),
            ),
        };
    };
    let Some(v) = sd.monthly.get(m) else {
        return Outcome::unverifiable(None, no_data(sd, span, None));
    };
    let Some(rec) = sd.monthly.record(m) else {
        return Outcome::unverifiable(
            None,
            format!(
                "the history of {name} before {} has gaps, so no record can be established",
                m.long_label()
            ),
        );
    };
    let month_src: Vec<SourceRef> = sd.month_source(m).into_iter().collect();
    let with = |o: Outcome, extra: Option<YearMonth>| {
        let mut s = month_src.clone();
        s.extend(extra.and_then(|x| sd.month_source(x)));
        o.actual(v).sources(s)
    };
    let since = sd
        .monthly
        .first()
        .map_or_else(String::new, YearMonth::long_label);
    let prev = rec.previous_high;
    let prev_text = prev.map_or_else(String::new, |(pm, pv)| {
        format!("{} in {}", musd(pv), pm.long_label())
    });
    match form {
        RecordForm::AllTimeHigh => {
            if rec.all_time_high {
                let reason = format!(
                    "{} ({}) is the highest of the {} months of {name} since {since}; the previous high was {prev_text}",
                    m.long_label(),
                    musd(v),
                    rec.months
                );
                with(
                    Outcome::new(Verdict::Supported, None, reason),
                    prev.map(|p| p.0),
                )
            } else {
                let reason = format!(
                    "not a record: {} ({}) ranks {} of {} months; the highest before it was {prev_text}",
                    m.long_label(),
                    musd(v),
                    rec.rank,
                    rec.months
                );
                with(
                    Outcome::new(Verdict::Contradicted, None, reason),
                    prev.map(|p| p.0),
                )
            }
        }
        RecordForm::Rank(n) => {
            let verdict = if rec.rank == n {
                Verdict::Supported
            } else {
                Verdict::Contradicted
            };
            let reason = format!(
                "{} ({}) ranks {} of the {} months since {since}",
                m.long_label(),
                musd(v),
                rec.rank,
                rec.months
            );
            with(Outcome::new(verdict, Some(n as f64), reason), None)
        }
        RecordForm::SameMonth(month) => match sd.monthly.best_same_month_before(m) {
            Some((bm, bv)) => {
                let label = itx_types::month_name(month);
                let verdict = if v > bv {
                    Verdict::Supported
                } else {
                    Verdict::Contradicted
                };
                let reason = format!(
                    "{} ({}) against the best earlier {label}, {} in {}",
                    m.long_label(),
                    musd(v),
                    musd(bv),
                    bm.year()
                );
                with(Outcome::new(verdict, None, reason), Some(bm))
            }
            None => Outcome::unverifiable(
                None,
                format!("no complete history of {name} before {}", m.long_label()),
            ),
        },
        RecordForm::PreviousRecord => {
            let Some((pm, pv)) = prev else {
                return Outcome::unverifiable(None, "no earlier month to compare".into());
            };
            let month_ok = named.is_none_or(|n| n == Span::month(pm));
            let value_ok = named_value.is_none_or(|x| close(x, 0.5, pv, 0.5));
            let verdict = if month_ok && value_ok && (named.is_some() || named_value.is_some()) {
                Verdict::Supported
            } else if named.is_none() && named_value.is_none() {
                Verdict::Unverifiable
            } else {
                Verdict::Contradicted
            };
            let reason = format!(
                "the highest month before {} was {prev_text}",
                m.long_label()
            );
            with(Outcome::new(verdict, named_value, reason), Some(pm))
        }
        RecordForm::HighestSince => {
            if rec.all_time_high {
                let reason = format!(
                    "{} ({}) is an all-time high (previous high {prev_text}), not merely the highest since an earlier month",
                    m.long_label(),
                    musd(v)
                );
                return with(Outcome::new(Verdict::Contradicted, None, reason), None);
            }
            let Some((hm, hv)) = rec.highest_since else {
                return Outcome::unverifiable(None, "no earlier month at or above it".into());
            };
            let verdict = match named {
                Some(n) if n == Span::month(hm) => Verdict::Supported,
                Some(_) => Verdict::Contradicted,
                None => Verdict::Unverifiable,
            };
            let reason = format!(
                "{} ({}) is the highest since {} ({})",
                m.long_label(),
                musd(v),
                hm.long_label(),
                musd(hv)
            );
            with(Outcome::new(verdict, None, reason), Some(hm))
        }
        RecordForm::EarlierRecords { year, several } => {
            let months: Vec<YearMonth> = (1..=12)
                .filter_map(|mo| YearMonth::new(year, mo).ok())
                .filter(|x| *x < m)
                .collect();
            if months.is_empty() {
                return Outcome::unverifiable(
                    None,
                    format!("no month of {year} comes before {}", m.long_label()),
                );
            }
            let set: Vec<YearMonth> = months
                .iter()
                .copied()
                .filter(|x| sd.monthly.record(*x).is_some_and(|r| r.all_time_high))
                .collect();
            let list: Vec<String> = set
                .iter()
                .map(|x| {
                    format!(
                        "{} ({})",
                        x.long_label(),
                        musd(sd.monthly.get(*x).unwrap_or(0.0))
                    )
                })
                .collect();
            let (verdict, reason) = if set.is_empty() {
                (
                    Verdict::Contradicted,
                    format!(
                        "no month of {year} before {} set a record: the record {} broke was {prev_text}",
                        m.long_label(),
                        m.long_label()
                    ),
                )
            } else if several && set.len() < 2 {
                (
                    Verdict::Contradicted,
                    format!("only one earlier record in {year}: {}", list.join(", ")),
                )
            } else {
                (
                    Verdict::Supported,
                    format!("records set earlier in {year}: {}", list.join(", ")),
                )
            };
            let mut o = with(Outcome::new(verdict, None, reason), prev.map(|p| p.0));
            o.sources
                .extend(set.iter().filter_map(|x| sd.month_source(*x)));
            o
        }
    }
}

/// A record for a multi-month span: against the same span of every earlier year.
fn span_record(sd: &SeriesData, span: Span) -> Outcome {
    let Some(r) = sd.reading(span) else {
        return Outcome::unverifiable(None, no_data(sd, span, None));
    };
    let mut earlier: Vec<(Span, f64)> = Vec::new();
    let mut k = 1;
    while let Some(e) = sd.reading(span.shift(-12 * k)) {
        earlier.push((span.shift(-12 * k), e.value));
        k += 1;
    }
    let Some((bs, bv)) = earlier.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1)) else {
        return Outcome::unverifiable(None, format!("no earlier {} to compare", span.label()));
    };
    let verdict = if r.value > bv {
        Verdict::Supported
    } else {
        Verdict::Contradicted
    };
    let reason = format!(
        "{} ({}) against the best of {} earlier years, {} in {}",
        span.label(),
        musd(r.value),
        earlier.len(),
        musd(bv),
        bs.label()
    );
    Outcome::new(verdict, None, reason)
        .actual(r.value)
        .sources(r.sources)
}

fn projection(
    sd: &SeriesData,
    span: Option<Span>,
    value: f64,
    at_most: bool,
    as_of: Option<itx_types::Date>,
) -> Outcome {
    let Some(span) = span else {
        return Outcome::unverifiable(
            Some(value),
            "a projection with no date: it cannot be judged against an outcome".into(),
        );
    };
    let Some(r) = sd.reading(span) else {
        let mut why = no_data(sd, span, as_of);
        if sd.last_month.is_none_or(|l| span.last() > l) {
            why.push_str("; the projection's outcome is not known yet");
        }
        return Outcome::unverifiable(Some(value), why);
    };
    // A threshold is exact: "cross $4 billion" means 4,000 whatever the rounding
    // of "$4 billion" as a level; only the outcome's own rounding is allowed for.
    let held = if at_most {
        r.value - r.half <= value
    } else {
        r.value + r.half >= value
    };
    let (verdict, word) = if held {
        (Verdict::Supported, "came true")
    } else {
        (Verdict::Contradicted, "did not come true")
    };
    let reason = format!(
        "the projection {word}: {} were {} in {} ({}), {} {}",
        short_name(&sd.key),
        musd(r.value),
        span.label(),
        reading_note(&r),
        if r.value >= value { "above" } else { "below" },
        musd(value)
    );
    Outcome::new(verdict, Some(value), reason)
        .actual(r.value)
        .sources(r.sources)
}

fn target(sd: &SeriesData, span: Option<Span>, value: f64) -> Outcome {
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
            Outcome::unverifiable(Some(value), reason)
                .actual(r.value)
                .sources(r.sources)
        }
        None => Outcome::unverifiable(Some(value), reason),
    }
}

fn share_claim(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_prose() {
        assert_eq!(musd(4600.0), "$4,600m");
        assert_eq!(musd(344.9277955), "$344.93m");
        assert_eq!(musd(354.0), "$354m");
        assert_eq!(musd(-5.5), "-$5.50m");
    }

    #[test]
    fn rounding_on_both_sides() {
        // "$354 million" against SBP's "354".
        assert!(close(354.0, 0.5, 354.0, 0.5));
        // "$355 million" is not 354: the two roundings only touch.
        assert!(!close(355.0, 0.5, 354.0, 0.5));
        // "$345 million" against dt.xls's 344.9277955.
        assert!(close(345.0, 0.5, 344.9277955, 5e-8));
        // "$1.06 billion" against 1,057.
        assert!(close(1060.0, 5.0, 1057.0, 0.5));
        assert_eq!(stated_pct(23.8, 0.05), "+23.8%");
        assert_eq!(stated_pct(47.43, 0.005), "+47.43%");
    }
}
