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
use crate::data::{Data, Figures, Reading, source_ref};
use crate::extract::{Bound, Draft, MultipleOf, Story, What};
use crate::period::Span;
use crate::scan::{Qual, RecordForm};
use crate::{Basis, Cause, Claim, Error, Kind, SourceRef, Verdict, alt, vocab};

/// A verdict with what backs it.
struct Judgement {
    verdict: Verdict,
    stated: Option<f64>,
    actual: Option<f64>,
    reason: String,
    cause: Option<Cause>,
    sources: Vec<SourceRef>,
    /// Unverifiable because the store has no figure for the series in the period.
    missing: bool,
    /// The period judged, where the judge chose it (a multiple's or a compound
    /// rate's years, counted back from the last whole fiscal year out).
    period: Option<Span>,
}

impl Judgement {
    fn new(verdict: Verdict, stated: Option<f64>, reason: String) -> Self {
        Judgement {
            verdict,
            stated,
            actual: None,
            reason,
            cause: None,
            sources: Vec::new(),
            missing: false,
            period: None,
        }
    }
    fn unverifiable(stated: Option<f64>, reason: String) -> Self {
        Judgement::new(Verdict::Unverifiable, stated, reason)
    }
    /// Unverifiable: no figure for the series in the period (see [`no_data`]).
    fn missing(stated: Option<f64>, reason: String) -> Self {
        Judgement {
            missing: true,
            ..Judgement::unverifiable(stated, reason)
        }
    }
    /// Right as printed earlier, since revised: reported as outdated.
    fn earlier_vintage(stated: f64, actual: f64, reason: String, sources: Vec<SourceRef>) -> Self {
        Judgement {
            verdict: Verdict::Contradicted,
            stated: Some(stated),
            actual: Some(actual),
            reason,
            cause: Some(Cause::EarlierVintage),
            sources,
            missing: false,
            period: None,
        }
    }
    /// True when the reading gives the stated figure: today, or as printed
    /// earlier (reported as outdated).
    fn fits(&self) -> bool {
        self.verdict == Verdict::Supported
            || (self.verdict == Verdict::Contradicted && self.cause == Some(Cause::EarlierVintage))
    }
    fn actual(mut self, v: f64) -> Self {
        self.actual = Some(v);
        self
    }
    fn sources(mut self, s: Vec<SourceRef>) -> Self {
        self.sources = s;
        self
    }
    /// The period judged, where the judge chose it.
    fn over(mut self, span: Span) -> Self {
        self.period = Some(span);
        self
    }
}

pub(crate) use itx_types::money_m as musd;

/// A figure printed as a range of amounts ("$3-3.5 billion").
static RANGE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::scan::re(r"\d\s*[-–]\s*(?:US\s?)?\$?\s?\d"));

fn pct(v: f64) -> String {
    format!("{v:+.1}%")
}

/// How many decimals a figure printed with rounding `half` was written with
/// (half of 0.005 is two).
fn decimals(half: f64) -> usize {
    (-(half * 2.0).log10()).round().clamp(0.0, 6.0) as usize
}

fn stated_pct(v: f64, half: f64) -> String {
    let decimals = decimals(half);
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
    if r.difference {
        format!("from {} monthly figures", r.sources.len())
    } else if r.averaged {
        format!("average of the {} monthly figures", r.sources.len())
    } else if r.summed {
        format!("sum of the {} monthly figures", r.sources.len())
    } else {
        r.sources.first().map(brief).unwrap_or_default()
    }
}

/// The months in which a sum of [`Figures::mixes`] differs from today's, for
/// prose: "September 2021 as $215m, now $216m".
fn revised_months(sd: &Figures, span: Span, mix: &Reading) -> String {
    revised(sd, span, mix)
        .map(|(m, then, now)| format!("{} as {}, now {}", m.long_label(), musd(then), musd(now)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each month of a mix that differs from today's figure: (month, then, now).
fn revised<'a>(
    sd: &'a Figures,
    span: Span,
    mix: &'a Reading,
) -> impl Iterator<Item = (YearMonth, f64, f64)> + 'a {
    span.iter().zip(&mix.sources).filter_map(|(m, s)| {
        let now = sd.current.get(&Period::Month(m))?.value;
        ((now - s.value).abs() > 1e-9).then_some((m, s.value, now))
    })
}

/// Within the rounding of both figures, the intervals closed at their edges
/// ("$247 million", 246.5 to 247.5, meets SBP's 246, 245.5 to 246.5), as the
/// annotators read adjudication rules 1-2 and as rates are read.
fn close(stated: f64, half: f64, v: f64, vh: f64) -> bool {
    (stated - v).abs() <= half + vh + 1e-9
}

fn data_through(sd: &Figures) -> String {
    sd.last_month
        .map_or_else(|| "none".to_string(), YearMonth::long_label)
}

fn no_data(sd: &Figures, span: Span, as_of: Option<itx_types::Date>) -> String {
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

/// A judged claim, with what the story-level pass needs.
pub(crate) struct Verified {
    pub claim: Claim,
    /// The sentence the claim is in.
    pub sentence: usize,
    /// The contradiction (reason, cause) withheld only because the claim's
    /// period was borrowed from the sentences before.
    pub withheld: Option<(String, Option<Cause>)>,
}

/// A claim whose period is a guess (no article date, no year written) is
/// never called wrong: what it would be on the latest data is said, with how to
/// give the date.
pub(crate) fn undated_guess(v: &mut Verified) {
    if v.claim.verdict != Verdict::Contradicted && v.withheld.is_none() {
        return;
    }
    let reason = if v.claim.verdict == Verdict::Contradicted {
        v.claim.reason.clone()
    } else {
        v.withheld
            .as_ref()
            .map(|(r, _)| r.clone())
            .unwrap_or_default()
    };
    v.withheld = None;
    v.claim.verdict = Verdict::Unverifiable;
    v.claim.cause = None;
    v.claim.reason = format!(
        "the sentence writes no year and the article's date is not known, so its period is read as the latest the store holds, a guess: {reason}; give the article's date (itx check --date, or \"Published on\" on the check page) to judge it"
    );
}

pub(crate) fn verify(
    text: &str,
    mut d: Draft,
    cues: Cues,
    data: &mut Data<'_>,
) -> Result<Verified, Error> {
    let out = match &d.series {
        // Bangladesh's, Vietnam's, the Philippines' figures: never judged
        // against Pakistan's, and there is no official series of theirs.
        Some(key) if let Some(u) = uncompared(key) => Judgement::unverifiable(
            stated_of(&d.what),
            format!(
                "{} is not compared: {}; the figure is not judged",
                u.country, u.reason
            ),
        ),
        // Exports to one country: never the country's whole exports.
        Some(_)
            if cues.destination
                && matches!(
                    d.what,
                    What::Level { .. } | What::Growth { .. } | What::Share { .. } | What::Record { .. }
                ) =>
        {
            Judgement::unverifiable(
                stated_of(&d.what),
                "about exports to one country; the store has no breakdown by destination, so the figure is not judged".into(),
            )
        }
        Some(key) if d.rupees => {
            slips::rupees(judge(key, &d, cues, data)?, &d)
        }
        Some(key)
            if !another_compilation(&d, cues) && !matches!(d.what, What::NotJudged { .. }) =>
        {
            judge_or_whole(key, &d, cues, data)?
        }
        Some(key) if another_compilation(&d, cues) => bureau(key, &d, cues, data)?,
        _ => judge_unread(&d, cues),
    };
    // A figure that is the story's own series' figure, under a sub-line the
    // sentence seemed to name, is two readings that disagree, not an error.
    let mut out = out;
    if let (Verdict::Contradicted, Some(Cause::DifferentDefinition), Some(own)) =
        (out.verdict, out.cause, &d.series)
    {
        // The story's series, or another the story itself names: the figure may
        // well be that one's.
        let named = d
            .story
            .series
            .iter()
            .chain(&d.story.named_series)
            .filter(|k| *k != own)
            .map(short_name)
            .any(|n| {
                out.reason.contains(&format!("growth of {n} "))
                    || out.reason.contains(&format!("is {n} for"))
            });
        if named {
            out.verdict = Verdict::Unverifiable;
            out.cause = None;
            out.reason = format!(
                "two readings disagree: {}; which series the sentence means is not certain",
                out.reason
            );
        }
    }
    // A figure that was right as first printed is outdated, not wrong; one that
    // is another measure's figure is two readings, not an error.
    let mut verdict = match (out.verdict, out.cause) {
        (Verdict::Contradicted, Some(Cause::EarlierVintage)) => Verdict::Outdated,
        (Verdict::Contradicted, Some(Cause::OtherMeasure)) => {
            out.cause = None;
            out.reason = format!("two readings disagree: {}", out.reason);
            Verdict::Unverifiable
        }
        (v, _) => v,
    };
    // A story that gives the Pakistan Software Export Board's figures, and not
    // SBP's, gives PSEB's "IT & ITeS" (computer services and call centres, by
    // its reports): a figure the headline does not give and that narrow
    // measure does not explain is not judged (the store holds that measure
    // only where both lines are published).
    if verdict == Verdict::Contradicted
        && cues.pseb
        && out.cause != Some(Cause::DifferentDefinition)
    {
        verdict = Verdict::Unverifiable;
        out.cause = None;
        out.reason = format!(
            "the story gives the Pakistan Software Export Board's figures, whose \"IT & ITeS\" counts computer services and call centres only, not SBP's ICT exports: not judged ({})",
            out.reason
        );
    }
    // A sentence that defines its "IT & ITeS" as computer services and call
    // centres (PSEB's measure) may give that measure's figure: one the headline
    // contradicts, for a period the store holds neither line for, is two
    // readings, not an error ("IT and IT-enabled services comprising computer
    // and call centre services surged to $379.3 million" in Jul-Sep FY2020-21,
    // The News, 2020-12-02; ICT exports were $446m).
    if verdict == Verdict::Contradicted
        && cues.narrow
        && out.cause != Some(Cause::DifferentDefinition)
        && d.series
            .as_ref()
            .is_some_and(|k| k.as_str() == vocab::HEADLINE)
        && !narrow_held(d.span, data)?
    {
        verdict = Verdict::Unverifiable;
        out.cause = None;
        out.reason = format!(
            "two readings: the sentence defines its \"IT & ITeS\" as computer services and call centres only, the Pakistan Software Export Board's measure, which the store does not hold for the period; as SBP's ICT exports, {}",
            out.reason
        );
    }
    // A comparison base its own sentence shows to be misdated.
    if verdict == Verdict::Contradicted && out.cause == Some(Cause::NeighbouringPeriod) {
        if let Some((reason, r, base)) = slips::misdated_base(text, &d, data)? {
            d.span = Some(base);
            verdict = Verdict::Supported;
            out.cause = None;
            out.actual = Some(r.value);
            out.sources = r.sources;
            out.reason = reason;
        }
    }
    // The press takes goods exports from the Pakistan Bureau of Statistics'
    // customs-based trade figures, which differ from SBP's balance-of-payments
    // goods line the store holds: a figure that line does not give is not
    // judged ("merchandise exports … to $12.8 billion", the Ministry's report
    // in INP-WealthPK, 2025-12-19).
    if verdict == Verdict::Contradicted
        && d.series
            .as_ref()
            .is_some_and(|k| k.as_str().starts_with("pk.bop.goods."))
    {
        verdict = Verdict::Unverifiable;
        out.cause = None;
        out.reason = format!(
            "goods trade is usually reported from the Pakistan Bureau of Statistics' customs-based figures, which differ from SBP's balance of payments: not judged ({})",
            out.reason
        );
    }
    // Only a figure whose period its own sentence writes is called wrong: one
    // read over a period borrowed from the sentences before may be about
    // another (precision first).
    if verdict == Verdict::Contradicted
        && matches!(
            d.what,
            What::Level {
                unit_assumed: true,
                ..
            }
        )
    {
        verdict = Verdict::Unverifiable;
        out.cause = None;
        out.reason = format!("the unit is not written; read as millions, {}", out.reason);
    }
    // A fiscal year still running on the article's date: its months out by then.
    if verdict == Verdict::Contradicted
        && let Some((so_far, alt)) = dated::months_out(&d, cues, data)?
    {
        verdict = if alt.verdict == Verdict::Supported {
            Verdict::Supported
        } else {
            Verdict::Outdated
        };
        out = alt;
        d = so_far;
    }
    // A period that ends in or after the article's month had no figures yet when
    // it was written: that reading is not the one the writer meant ("from July
    // 2021 to January 2022" read as a base, and the claim a year on).
    if verdict == Verdict::Contradicted
        && let (Some(date), Some(span)) = (data.story_date(), d.span)
        && data.after_story(span)
    {
        verdict = Verdict::Unverifiable;
        out.cause = None;
        out.reason = format!(
            "read as {}, which had no figures yet on the article's date ({date}); the period meant is not certain: {}",
            span.label(),
            out.reason
        );
    }
    // A level near its borrowed period's figure (within 15%) is that
    // period's, misstated, not another measure's: contradicted, with the
    // period said to be borrowed ("$540 million" for Jul-Dec FY2018-19's $584m,
    // Telecoalert, 2019-01-24). Rates and far figures stay withheld.
    let mut withheld = None;
    let near_level = matches!(
        d.what,
        What::Level {
            qual: Qual::Exact,
            ..
        }
    ) && !cues.other_compiler
        && matches!((out.stated, out.actual), (Some(s), Some(a)) if a != 0.0 && ((s - a) / a).abs() <= 0.15);
    if verdict == Verdict::Contradicted && !d.written && near_level {
        // Still marked as borrowed: a figure elsewhere that confirms the
        // period says so in place of this note (see `together::corroborate`).
        withheld = Some((out.reason.clone(), out.cause));
        out.reason = format!(
            "the sentence names no period: read as {} (from the sentences before), {}",
            d.span
                .map_or_else(|| "the story's period".to_string(), Span::label),
            out.reason
        );
    }
    if verdict == Verdict::Contradicted && !d.written && !near_level {
        withheld = Some((out.reason.clone(), out.cause));
        verdict = Verdict::Unverifiable;
        out.cause = None;
        out.reason = format!(
            "the sentence names no period: read as {} (from the sentences before), {}",
            d.span
                .map_or_else(|| "the story's period".to_string(), Span::label),
            out.reason
        );
    }
    if d.deficit {
        out.reason.push_str(
            " (the text gives the change of the deficit, whose sign is turned here: a smaller deficit is higher net exports)",
        );
    }
    // "$356- 366 million" is judged as its middle with room to both ends: said so,
    // since the reasons print the middle.
    if let What::Level { value, half, .. } | What::Projection { value, half, .. } = &d.what
        && RANGE.is_match(&text[d.start..d.end])
    {
        out.reason = format!(
            "a range, read as {} to {} (its ends, each to its last digit): {}",
            musd(*value - *half),
            musd(*value + *half),
            out.reason
        );
    }
    let claim = Claim {
        text: text[d.start..d.end].to_string(),
        start: d.start,
        end: d.end,
        kind: d.kind,
        series: d.series,
        period: out.period.or(d.span).map(Span::key),
        stated: out.stated,
        actual: out.actual,
        verdict,
        reason: out.reason,
        cause: out.cause,
        sources: out.sources,
    };
    Ok(Verified {
        claim,
        sentence: d.sentence,
        withheld,
    })
}

/// A projection's words around a figure whose period was wholly out by the
/// article's date report it, they do not forecast it: "on track to break all
/// previous records, reaching $3.142 billion in the first 10 months (July–April)
/// of FY 2024–25" (PhoneWorld, 2025-05-19) is Jul-Apr's sum as then printed.
/// The level it is, with its bound as a qualifier.
fn reported_not_projected(d: &Draft, data: &Data<'_>) -> Option<Draft> {
    let What::Projection {
        value,
        half,
        bound,
        range: false,
    } = d.what
    else {
        return None;
    };
    let span = d.span?;
    let day = data.story_date()?;
    if span.last() > crate::period::latest_out(day) {
        return None;
    }
    let qual = match bound {
        Some(Bound::AtLeast) => Qual::AtLeast,
        Some(Bound::AtMost) => Qual::AtMost,
        None => Qual::Exact,
    };
    let mut level = d.clone();
    level.what = What::Level {
        value,
        half,
        qual,
        guesses: Vec::new(),
        unit_assumed: false,
    };
    Some(level)
}

/// The judgement on a claim read as a figure of series `key`.
fn judge(key: &SeriesKey, d: &Draft, cues: Cues, data: &mut Data<'_>) -> Result<Judgement, Error> {
    if let Some(level) = reported_not_projected(d, data) {
        return judge(key, &level, cues, data);
    }
    let what = &d.what;
    let sd = data.series(key)?;
    Ok(match (d.span, what) {
        (
            span,
            What::Level {
                value,
                half,
                qual,
                guesses,
                ..
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
                written: d.written,
                listed: d.listed,
                base: d.kind == Kind::Comparison,
            },
            data,
        )?,
        (
            Some(span),
            What::Growth {
                value,
                half,
                base,
                qual,
            },
        ) => {
            let basis = match d.kind {
                Kind::Growth { basis } => basis,
                _ => Basis::Unknown,
            };
            let stated = Stated {
                value: *value,
                half: *half,
                qual: *qual,
            };
            growth(&sd, span, stated, basis, *base, d, data)?
        }
        (
            Some(span),
            What::Record {
                form,
                named,
                named_value,
            },
        ) => {
            // A record is judged on what was known on the article's
            // date (when that date gives the month itself).
            let then = data.series_then(key)?.filter(|t| t.reading(span).is_some());
            record(
                then.as_deref().unwrap_or(&sd),
                span,
                *form,
                *named,
                *named_value,
            )
        }
        (
            span,
            What::Projection {
                value,
                half,
                bound,
                range,
            },
        ) => projection(&sd, span, *value, *half, *bound, *range, data.as_of()),
        (span, What::Target { value }) => target(&sd, span, *value),
        (_, What::ProjectedRate { value }) => Judgement::unverifiable(
            Some(*value),
            "a projected growth rate: a forecast, which no release settles".into(),
        ),
        (Some(span), What::Share { value, half, total }) => match total {
            Some(t) => {
                let total = data.series(t)?;
                let part_then = data.series_then(&sd.key)?;
                let total_then = data.series_then(t)?;
                let then = part_then.as_deref().zip(total_then.as_deref());
                share_claim(&sd, &total, span, *value, *half, d.story.headline, then)
            }
            None => unnamed_total(&sd, span, *value, *half, d.story.headline, data)?,
        },
        (
            span,
            What::Cagr {
                value,
                half,
                qual,
                years,
            },
        ) => {
            let stated = Stated {
                value: *value,
                half: *half,
                qual: *qual,
            };
            multi_period::judge_cagr(&sd, span, stated, *years, data)?
        }
        (Some(span), What::MeanYoy { value, half }) => {
            multi_period::judge_mean_yoy(&sd, span, *value, *half, data)?
        }
        (span, What::Multiple { value, qual, of }) => {
            multi_period::judge_multiple(&sd, span, *value, *qual, *of, data)?
        }
        (_, What::NotJudged { value, why }) => Judgement::unverifiable(*value, why.clone()),
        (None, what) => Judgement::unverifiable(
            stated_of(what),
            "no period could be resolved from the sentence or the story".into(),
        ),
    })
}

/// What the sentence and the story say about how to read a figure.
#[derive(Debug, Clone, Copy)]
struct Context<'s> {
    cues: Cues,
    story: &'s Story,
    /// The period was written in the claim's own sentence.
    written: bool,
    /// "Respectively" paired the figure with its period (see [`Draft::listed`]).
    listed: bool,
    /// The figure is a comparison's base ("from $363 million in fiscal year
    /// 2021"): a level by its words, never a change.
    base: bool,
}

fn stated_of(what: &What) -> Option<f64> {
    match what {
        What::Level { value, .. }
        | What::Growth { value, .. }
        | What::Projection { value, .. }
        | What::Target { value }
        | What::ProjectedRate { value }
        | What::Share { value, .. }
        | What::Cagr { value, .. }
        | What::MeanYoy { value, .. }
        | What::Multiple { value, .. } => Some(*value),
        What::NotJudged { value, .. } => *value,
        What::Record { .. } => None,
    }
}

fn level_matches(value: f64, half: f64, qual: Qual, r: &Reading) -> bool {
    match qual {
        Qual::Exact => close(value, half, r.value, r.half),
        Qual::AtLeast => r.value + r.half > value,
        Qual::AtMost => r.value - r.half < value,
        // "Nearly" a deficit is just short of it in size.
        Qual::Nearly if value < 0.0 => r.value + r.half > value && r.value <= 0.9 * value,
        Qual::Nearly => r.value - r.half < value && r.value >= 0.9 * value,
        Qual::About => (r.value - value).abs() <= (half + r.half).max(about(value, half)),
    }
}

/// How far "about" reaches from the stated figure: 3% for a round figure
/// ("about $350 million"), and for one printed to its last digit one unit of
/// that digit beyond its own rounding (FORMAT.md, adjudication rule 4: the
/// store's figure rounded to that digit is within one unit of it), so "about
/// $348 million" is not March 2025's $344.93m.
fn about(value: f64, half: f64) -> f64 {
    if round_figure(value, half) {
        0.03 * value.abs()
    } else {
        3.0 * half
    }
}

/// True when a figure printed with rounding `half` ends in a zero ("$350
/// million"): "about" it reaches further.
fn round_figure(value: f64, half: f64) -> bool {
    let step = 2.0 * half;
    step > 0.0 && ((value / step).round() as i64) % 10 == 0
}

/// The tolerance "about" was read with, when the figure needed it.
fn about_note(value: f64, half: f64, qual: Qual, r: &Reading) -> String {
    if qual != Qual::About || (r.value - value).abs() <= half + r.half {
        return String::new();
    }
    if round_figure(value, half) {
        format!(
            " (\"about\" read as within 3% of a figure as round as this one: {})",
            musd(about(value, half))
        )
    } else {
        format!(
            " (\"about\" read as within one unit of its last digit: {})",
            musd(2.0 * half)
        )
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

mod dated;
mod earlier;
mod forward;
mod growth;
mod level;
mod lines;
mod multi_period;
mod record;
mod share;
mod slips;
mod together;

use earlier::*;
use forward::*;
use growth::*;
use level::*;
use lines::*;
use record::*;
use share::*;
pub(crate) use together::{
    corroborate, date_records, doubt_rates_by_levels, doubt_series_by_scale, doubt_written_periods,
};

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
        // "$355 million" against 354: the two roundings touch at 354.5, which
        // both may be (closed intervals, FORMAT.md stop 42); 356 is not.
        assert!(close(355.0, 0.5, 354.0, 0.5));
        assert!(!close(356.0, 0.5, 354.0, 0.5));
        // "$345 million" against dt.xls's 344.9277955.
        assert!(close(345.0, 0.5, 344.9277955, 5e-8));
        // "$1.06 billion" against 1,057.
        assert!(close(1060.0, 5.0, 1057.0, 0.5));
        assert_eq!(stated_pct(23.8, 0.05), "+23.8%");
        assert_eq!(stated_pct(47.43, 0.005), "+47.43%");
    }
}
