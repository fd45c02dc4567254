//! Other readings of a level whose written period does not give it.
//!
//! The press often writes "$1.443 billion" in a sentence whose nearest period is
//! a month, meaning the fiscal year to that month; "$52 million higher" meaning
//! a difference; "an average of $320 million" over twelve months. Before a
//! figure is called wrong, every reading a careful reader could take from the
//! same sentence is tried; one that fits makes the figure supported, with the
//! reading named in the reason.

use crate::cues::Cues;
use crate::data::{Figures, Reading};
use crate::extract::Story;
use crate::period::Span;

/// One way of reading a figure, with the data for it.
pub(crate) struct Alternative {
    /// "the fiscal year to date through October 2025".
    pub what: String,
    pub reading: Reading,
    /// The run of months read, for a reading of one (not a difference or an
    /// average).
    pub span: Option<Span>,
    /// For a difference, the later period and its base.
    pub pair: Option<(Span, Span)>,
}

/// How a reading over the period the story is about names itself.
pub(crate) const STORY_PERIOD: &str = "the story's period";

/// How a reading of a fiscal year's figure over some of its months names itself.
pub(crate) const RUN_OF_MONTHS: &str = "the run of months";

pub(crate) fn difference(a: Reading, b: Reading) -> Reading {
    let mut sources = a.sources;
    sources.extend(b.sources);
    Reading {
        value: (a.value - b.value).abs(),
        half: a.half + b.half,
        summed: true,
        difference: true,
        averaged: false,
        sources,
    }
}

fn average(r: Reading, n: f64) -> Reading {
    Reading {
        value: r.value / n,
        half: r.half / n,
        averaged: true,
        ..r
    }
}

/// Every other reading of a level stated for `span`, most likely first. The
/// first print of each is included, so a figure right as first published is
/// found too.
pub(crate) fn levels(
    sd: &Figures,
    span: Span,
    story_ctx: &Story,
    value: f64,
    cues: Cues,
) -> Vec<Alternative> {
    let story = story_ctx.headline;
    let mut out = Vec::new();
    let push =
        |out: &mut Vec<Alternative>, what: String, r: Option<Reading>, span: Option<Span>| {
            if let Some(r) = r {
                out.push(Alternative {
                    what,
                    reading: r,
                    span,
                    pair: None,
                });
            }
        };
    let both = |s: Span| {
        let mut v = sd.readings(s);
        v.extend(sd.first_print(s));
        v
    };
    // A difference when the words say so, or when the figure is far too small to
    // be the level ("$49 million" in a story about a $306m month).
    let small = sd
        .reading(span)
        .is_some_and(|r| value > 0.0 && value < 0.4 * r.value);
    if cues.change || small {
        let mut runs = vec![span];
        let ytd = Span::to_date(span.last());
        if ytd != span {
            runs.push(ytd);
        }
        if let Some(st) = story.filter(|st| !runs.contains(st)) {
            runs.push(st);
        }
        let mut pairs = Vec::new();
        for run in runs {
            if run.months == 1 {
                pairs.push(("the change on the month before", run, run.shift(-1)));
            }
            pairs.push(("the change on a year earlier", run, run.shift(-12)));
        }
        // The written period may be the base and another the story names the
        // later one ("compared to the previous month of February 2024 …
        // increased by $49 million in March 2024").
        for n in story_ctx
            .named
            .iter()
            .filter(|n| **n != span && n.months == span.months)
        {
            let (later, earlier) = if n.first > span.first {
                (*n, span)
            } else {
                (span, *n)
            };
            pairs.push((
                "the change between two periods the story names",
                later,
                earlier,
            ));
        }
        for (what, span, base) in pairs {
            let change = |what: String, a, b| Alternative {
                what,
                reading: difference(a, b),
                span: None,
                pair: Some((span, base)),
            };
            for (a, b) in sd.readings(span).into_iter().zip(sd.readings(base)) {
                out.push(change(
                    format!("{what} ({} on {})", span.label(), base.label()),
                    a,
                    b,
                ));
            }
            if let (Some(a), Some(b)) = (sd.first_print(span), sd.reading(base)) {
                out.push(change(
                    format!(
                        "{what} ({} as first printed, on {})",
                        span.label(),
                        base.label()
                    ),
                    a,
                    b,
                ));
            }
        }
    }
    // "The country earned an average of $504 million in export revenue from IT
    // … each quarter" (BOL News, 2021-04-26): the run's sum over its quarters.
    if cues.average && cues.per_quarter && span.months >= 6 && span.months % 3 == 0 {
        let quarters = f64::from(span.months / 3);
        for r in both(span) {
            push(
                &mut out,
                format!("the average quarter of {}", span.label()),
                Some(average(r, quarters)),
                None,
            );
        }
    }
    if cues.average && span.months > 1 {
        // "The FY23 average exports of $215 million" (The News, 2023-06-22): the
        // average month of the run so far, through the latest month known.
        let end = sd.last_month.map_or(span.last(), |l| l.min(span.last()));
        let n = end.index() - span.first.index() + 1;
        if let Ok(n @ 2..) = u8::try_from(n) {
            let s = Span {
                first: span.first,
                months: n,
            };
            push(
                &mut out,
                format!("the average month of {}", s.label()),
                sd.summed(s).map(|r| average(r, f64::from(n))),
                None,
            );
        }
    }
    if cues.average {
        let last = span.last();
        let n = cues.average_months;
        for (what, end) in [("through", last), ("before", span.first.add_months(-1))] {
            let s = Span {
                first: end.add_months(-(i32::from(n) - 1)),
                months: n,
            };
            push(
                &mut out,
                format!(
                    "the average of the {n} months {what} {}",
                    if end == last {
                        last.long_label()
                    } else {
                        span.first.long_label()
                    }
                ),
                sd.summed(s).map(|r| average(r, f64::from(n))),
                None,
            );
        }
    }
    let ytd = Span::to_date(span.last());
    if ytd != span {
        for r in both(ytd) {
            push(
                &mut out,
                format!("the fiscal year to date, {}", ytd.label()),
                Some(r),
                Some(ytd),
            );
        }
    }
    let fy = Span::of_fiscal_year(span.fiscal_year());
    if fy != span && fy != ytd {
        for r in both(fy) {
            push(
                &mut out,
                format!("the whole of {}", fy.label()),
                Some(r),
                Some(fy),
            );
        }
    }
    let prev_fy = Span::of_fiscal_year(span.fiscal_year().prev());
    for r in both(prev_fy) {
        push(
            &mut out,
            format!("the whole of {}", prev_fy.label()),
            Some(r),
            Some(prev_fy),
        );
    }
    let year_ago = span.shift(-12);
    for r in both(year_ago) {
        push(
            &mut out,
            format!("the same period a year earlier, {}", year_ago.label()),
            Some(r),
            Some(year_ago),
        );
    }
    if ytd != span {
        let s = ytd.shift(-12);
        for r in both(s) {
            push(
                &mut out,
                format!("the same months a year earlier, {}", s.label()),
                Some(r),
                Some(s),
            );
        }
    }
    if span.months > 1 {
        let m = Span::month(span.last());
        for r in both(m) {
            push(
                &mut out,
                format!("the month of {}", m.label()),
                Some(r),
                Some(m),
            );
        }
        // And its first month: "Between September 2019 and March 2022 … they
        // started out at $104m and closed at $260m" (Dawn, via a repost,
        // 2024-02-12).
        let m = Span::month(span.first);
        for r in both(m) {
            push(
                &mut out,
                format!("the first month of {}, {}", span.label(), m.label()),
                Some(r),
                Some(m),
            );
        }
    }
    // The period the story is about, and the same months a year before it: a
    // sentence that names another period may still give the story's figure.
    if let Some(st) = story.filter(|st| *st != span) {
        for s in [st, st.shift(-12)] {
            for r in both(s) {
                push(
                    &mut out,
                    format!("{STORY_PERIOD}, {}", s.label()),
                    Some(r),
                    Some(s),
                );
            }
        }
    }
    // A figure of a fiscal year's scale in a sentence whose period is a month,
    // or a figure for a whole fiscal year: any run of months from a July, this
    // fiscal year or the one before (the press often leaves the
    // months unwritten: "in FY22" for its first seven months). A written run of
    // months ("the first eight months") is taken at its word.
    // In size: a balance is negative ("April's deficit of $187 million",
    // -$187m, is not of a run's scale when May's was -$231m).
    let month_scale = sd
        .reading(Span::month(span.last()))
        .map_or(f64::INFINITY, |r| r.value.abs());
    if span.is_fiscal_year() || (span.months == 1 && value.abs() > 2.5 * month_scale) {
        let fy = span.fiscal_year();
        for f in [fy, fy.prev()] {
            for months in 2..=12u8 {
                let s = Span {
                    first: f.first_month(),
                    months,
                };
                if s == span {
                    continue;
                }
                for r in both(s) {
                    push(
                        &mut out,
                        format!("{RUN_OF_MONTHS} {}", s.label()),
                        Some(r),
                        Some(s),
                    );
                }
            }
        }
    }
    out
}

/// True when a figure is so far from the data for its written period (more than
/// two and a half times, or less than two fifths) that the period cannot be the
/// one meant: a month of ICT exports is not $1.4 billion.
pub(crate) fn out_of_scale(value: f64, actual: f64) -> bool {
    actual > 0.0 && value > 0.0 && (value > 2.5 * actual || value < 0.4 * actual)
}

/// True when `value` millions is `actual` millions with "million" written for
/// "billion": a thousand times the figure within its rounding and `slack`.
pub(crate) fn million_for_billion(value: f64, half: f64, actual: f64, slack: f64) -> bool {
    (value * 1000.0 - actual).abs() <= half * 1000.0 + slack
}

/// How a figure far from the right one may be that one misprinted: a digit
/// dropped ("US $ 20mn" for $201m), a digit added ("$2,249 million" for $249m),
/// or million written for billion ("$2.37 million" for $2,371m). Whole-million
/// figures only, compared as printed: a one-digit edit of a three-digit figure
/// is rarely another figure by chance.
pub(crate) fn misprint(value: f64, half: f64, actual: f64) -> Option<&'static str> {
    if million_for_billion(value, half, actual, 0.5) {
        return Some("million written for billion");
    }
    if value.fract() != 0.0 || value < 1.0 || actual < 10.0 {
        return None;
    }
    let stated = format!("{value:.0}");
    let right = format!("{:.0}", actual.round());
    let dropped = |long: &str, short: &str| {
        long.len() == short.len() + 1
            && (0..long.len()).any(|i| format!("{}{}", &long[..i], &long[i + 1..]) == short)
    };
    if dropped(&right, &stated) {
        Some("a digit dropped")
    } else if dropped(&stated, &right) {
        Some("a digit added")
    } else {
        None
    }
}
