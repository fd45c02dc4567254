//! Levels: "$354 million in July 2025", with the bounds, the other readings of
//! a figure whose written period does not give it, and the causes of a wrong one
//! (an earlier vintage, a neighbouring period, another series).

use super::*;

#[allow(clippy::too_many_arguments)]
pub(super) fn level(
    sd: &Figures,
    span: Option<Span>,
    value: f64,
    half: f64,
    qual: Qual,
    guesses: &[Span],
    ctx: Context<'_>,
    data: &mut Data<'_>,
) -> Result<Judgement, Error> {
    let name = short_name(&sd.key);
    // "$2,135 billion", "2,593 billion dollars" (TopClaps, 2024-05-20): no
    // Pakistani series comes near $100 billion, so a figure that large may have
    // used a comma for the decimal point; read so (rule 7) when that reading
    // fits, and said so. Otherwise it is judged as written (India's services
    // exports do pass $100 billion a year).
    if qual == Qual::Exact && value.abs() >= 100_000.0 {
        let meant = level(
            sd,
            span,
            value / 1000.0,
            half / 1000.0,
            qual,
            guesses,
            ctx,
            data,
        )?;
        if meant.fits() {
            return Ok(Judgement {
                stated: Some(value),
                reason: format!(
                    "read as {}: a thousands comma before \"billion\" stands for the decimal point; {}",
                    musd(value / 1000.0),
                    meant.reason
                ),
                ..meant
            });
        }
    }
    let Some(span) = span else {
        if let Some((g, r)) = guessed(sd, value, half, qual, guesses) {
            // Right within rounding today, but exactly the figure known on the
            // article's date: outdated, as for a written period (ARY News's
            // "Rs959 million", 2022-01-23, Jul-Dec FY2020-21 as then printed).
            // A figure printed finer than SBP's million is the Bureau's, not an
            // earlier SBP print (The Nation's "$199.050 million", 2023-09-20).
            if qual == Qual::Exact && half >= 0.5 - 1e-9 {
                let then = data.series_then(&sd.key)?;
                if let Some(mut o) = earlier_exact(sd, then.as_deref(), g, value, half, &r, data) {
                    o.reason = format!("the period is not written; {}", o.reason);
                    return Ok(o);
                }
            }
            let reason = format!(
                "the period is not written; {} is {name} for {} ({})",
                musd(r.value),
                g.label(),
                reading_note(&r)
            );
            return Ok(Judgement::new(Verdict::Supported, Some(value), reason)
                .actual(r.value)
                .sources(r.sources));
        }
        // A figure right only as known on the article's date, for a period the
        // story leaves to the reader: outdated (the Economic Survey's "$2.825
        // billion", Jul-Mar FY2024-25 as summed in June 2025; today's span print
        // is 2,833.53).
        if let Some(then) = data.series_then(&sd.key)?
            && let Some((g, r)) = guessed(&then, value, half, qual, guesses)
        {
            let now = sd.reading(g);
            let reason = format!(
                "the period is not written; {} is {name} for {} as known on the article's date, {} ({}), since revised{}",
                musd(r.value),
                g.label(),
                data.story_date().map(|d| d.to_string()).unwrap_or_default(),
                reading_note(&r),
                now.as_ref()
                    .map(|n| format!(": today's figure is {}", musd(n.value)))
                    .unwrap_or_default()
            );
            let actual = now.as_ref().map_or(r.value, |n| n.value);
            let mut sources = r.sources;
            if let Some(n) = now {
                sources.extend(n.sources);
            }
            return Ok(Judgement::earlier_vintage(value, actual, reason, sources));
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
        return Ok(Judgement::unverifiable(Some(value), reason));
    };
    let readings = sd.readings(span);
    let Some(first) = readings.first() else {
        if let Some(o) = year_so_far_above(sd, span, value, half, qual) {
            return Ok(o);
        }
        return Ok(Judgement::missing(
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
            "{name}, {}: {} ({}); stated {}{}{}{}",
            span.label(),
            musd(r.value),
            reading_note(r),
            qual_word(qual),
            musd(value),
            if half >= 50.0 && value % 100.0 == 0.0 && value < 1000.0 {
                " (a round figure, read to the hundred million)"
            } else {
                ""
            },
            about_note(value, half, qual, r)
        );
        return Ok(Judgement::new(Verdict::Supported, Some(value), reason)
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
            return Ok(Judgement::earlier_vintage(value, actual, reason, sources));
        }
    }
    // "$2.596 million" for FY2022-23's $2,596m: the figure is right and its unit
    // word slipped ("million" for "billion"); read as meant, said so.
    if qual == Qual::Exact && value * 1000.0 >= 0.4 * actual && value < 0.4 * actual {
        if let Some(r) = readings
            .iter()
            .find(|r| alt::million_for_billion(value, half, r.value, r.half + 1e-9))
        {
            let reason = format!(
                "{name}, {}: {} ({}); stated {}, read as {}: \"million\" written for \"billion\"",
                span.label(),
                musd(r.value),
                reading_note(r),
                as_written(value, half),
                musd(value * 1000.0)
            );
            return Ok(Judgement::new(Verdict::Supported, Some(value), reason)
                .actual(r.value)
                .sources(r.sources.clone()));
        }
        // The same slip in another reading of the sentence, for a figure written
        // to the million ("as compared to previous export inflows of $2.135
        // million": Jul-Apr FY2022-23's $2,135m, the base a year back).
        if half <= 0.005 + 1e-12 {
            let meant = value * 1000.0;
            if let Some(a) = alt::levels(sd, span, ctx.story, meant, ctx.cues)
                .into_iter()
                .find(|a| level_matches(meant, half * 1000.0, qual, &a.reading))
            {
                let reason = format!(
                    "{name}, {}: {}, not {}; read as {}, {} ({}): \"million\" written for \"billion\"",
                    span.label(),
                    musd(actual),
                    as_written(value, half),
                    a.what,
                    musd(a.reading.value),
                    reading_note(&a.reading)
                );
                return Ok(Judgement::new(Verdict::Supported, Some(value), reason)
                    .actual(a.reading.value)
                    .sources(a.reading.sources));
            }
        }
    }
    // A one-sided bound ("more than $1.1 billion") is met by any larger
    // aggregate, so it is read only over runs as long as the one written.
    // A bound far beyond a month's scale is read over the fiscal year to date
    // through it ("surpass $1.5 billion for the first time ever", a story about
    // March 2021: Jul-Mar FY2020-21's $1,507m).
    let ytd_bound =
        (span.months == 1 && alt::out_of_scale(value, actual)).then(|| Span::to_date(span.last()));
    // A fiscal year the sentence writes, in a story every fiscal year of which
    // was over and out by the article's date, is that whole year, not some of
    // its months ("$1.090 billion in the financial year 2018-19", Times of
    // Islamabad, 2019-09-05, is no Jul-May). While a year is running the press
    // writes "FY2024" for its months so far.
    let out_by = data.story_date().map(crate::period::latest_out);
    let whole_year_out = ctx.written
        && span.is_fiscal_year()
        && out_by.is_some_and(|out| {
            out >= span.last()
                && ctx
                    .story
                    .named
                    .iter()
                    .filter(|n| n.is_fiscal_year())
                    .all(|n| out >= n.last())
        });
    // A reading over months not yet out on the article's date (`out_by`) is no
    // reading of the article ("0.69 ارب ڈالر" read as FY2020-21 on FY2019-20 in
    // a story of 2021-07-10, before June 2021 was out; "$3.2 billion" read as
    // FY2023-24 in March 2024).
    let fair = |a: &alt::Alternative| {
        if whole_year_out && a.what.starts_with(alt::RUN_OF_MONTHS) {
            return false;
        }
        if ctx.base && a.pair.is_some() {
            return false;
        }
        let last = a
            .pair
            .map(|(later, _)| later.last())
            .or(a.span.map(|s| s.last()));
        if let (Some(out), Some(last)) = (out_by, last)
            && last > out
        {
            return false;
        }
        matches!(qual, Qual::Exact | Qual::About | Qual::Nearly)
            || a.span.is_none_or(|s| s.months == span.months)
            || (a.span.is_some() && a.span == ytd_bound)
    };
    let fits_now = alt::levels(sd, span, ctx.story, value, ctx.cues)
        .into_iter()
        .find(|a| fair(a) && level_matches(value, half, qual, &a.reading));
    // A reading that only the figures known on the article's date give was right
    // then and revised since.
    let fits_then = if fits_now.is_none() {
        then.as_ref().and_then(|t| {
            alt::levels(t, span, ctx.story, value, ctx.cues)
                .into_iter()
                .find(|a| fair(a) && level_matches(value, half, qual, &a.reading))
                .map(|mut a| {
                    a.what.push_str(" as known on the article's date");
                    a
                })
        })
    } else {
        None
    };
    let revised_since = fits_then.is_some();
    let fits = fits_now.or(fits_then);
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
                        what: format!("{}, {ALSO_NAMED}", n.label()),
                        reading: r,
                        span: Some(*n),
                        pair: None,
                    })
            })
    });
    // A sentence that writes no period, in a story about a run of months or a
    // year, may give the latest month out on the article's date: "ان اعداد و
    // شمار میں … برآمدات 257 ملین ڈالر رہیں" (in these figures [SBP's], exports
    // were $257 million; Mashriq TV, 2024-04-02: February 2024's).
    let fits = fits.or_else(|| {
        let out = out_by?;
        let m = Span::month(out);
        (!ctx.written && span.months > 1 && m != span && span.first <= out && out <= span.last())
            .then_some(())?;
        sd.readings(m)
            .into_iter()
            .find(|r| level_matches(value, half, qual, r))
            .map(|r| alt::Alternative {
                what: format!("the latest month out on the article's date, {}", m.label()),
                reading: r,
                span: Some(m),
                pair: None,
            })
    });
    // A figure "respectively" pairs with its period is not read as another
    // one: that the other period gives it means the list is swapped
    // (ProPakistani, 2020-04-25: "FY 2018 and 2019 … $1.19 billion and $1.065
    // billion respectively", FY2017-18 $1,067m and FY2018-19 $1,192m).
    if ctx.listed
        && let Some(a) = fits.as_ref().filter(|a| a.span.is_some_and(|s| s != span))
    {
        let reason = format!(
            "{name} were {} in {}, not {}{}; {} is {}: the figures and the periods the sentence pairs \"respectively\" look swapped",
            musd(actual),
            span.label(),
            qual_word(qual),
            musd(value),
            musd(a.reading.value),
            a.what,
        );
        let mut sources = first.sources.clone();
        sources.extend(a.reading.sources.clone());
        return Ok(Judgement {
            verdict: Verdict::Contradicted,
            stated: Some(value),
            actual: Some(actual),
            reason,
            cause: Some(Cause::NeighbouringPeriod),
            sources,
            missing: false,
            period: None,
        });
    }
    if let (None, Some(k)) = (&fits, &ctx.story.series) {
        if *k != sd.key {
            let other = data.series(k)?;
            let direct = other
                .readings(span)
                .into_iter()
                .chain(other.first_print(span))
                .map(|r| (span.label(), r));
            let read = alt::levels(&other, span, ctx.story, value, ctx.cues)
                .into_iter()
                .filter(|a| fair(a))
                .filter(|a| !ctx.written || a.span.is_none_or(|s| s == span))
                .map(|a| (a.what, a.reading));
            if let Some((what, r)) = direct
                .chain(read)
                .find(|(_, r)| level_matches(value, half, qual, r))
            {
                let reason = format!(
                    "two readings disagree: {name} were {} in {}, not {}{}, but {} is {} for {what}, the story's series; which one the sentence means is not certain",
                    musd(actual),
                    span.label(),
                    qual_word(qual),
                    musd(value),
                    musd(r.value),
                    short_name(k),
                );
                return Ok(Judgement::unverifiable(Some(value), reason)
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
        if let (None, Qual::Exact) = (a.span, qual) {
            if let Some(o) =
                earlier_exact_difference(sd, then.as_deref(), span, value, half, &a, ctx)
            {
                return Ok(o);
            }
        }
        let reason = format!(
            "{name}, {}: {}, not {}{} — but read as {}, the figure fits: {} ({}){}",
            span.label(),
            musd(actual),
            qual_word(qual),
            musd(value),
            a.what,
            musd(a.reading.value),
            reading_note(&a.reading),
            if revised_since { ", since revised" } else { "" }
        );
        if revised_since {
            return Ok(Judgement::earlier_vintage(
                value,
                actual,
                reason,
                a.reading.sources,
            ));
        }
        return Ok(Judgement::new(Verdict::Supported, Some(value), reason)
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
    if cause.is_none() && qual == Qual::Exact {
        // The annotators' convention, and the reader's: a month with no print
        // dated before the article is judged on the earliest print the store
        // holds. The reason says so, since a first print the store lacks may
        // have differed.
        if let Some(why) = unknown_first_print(then.as_deref(), span, value, data) {
            reason.push_str(&format!("; {why}"));
        }
    }
    if cause.is_none() && alt::out_of_scale(value, actual) {
        // A figure of another scale that is the right one misprinted is wrong as
        // printed, and says why (Daily Times' "US $ 20mn" for February 2022's
        // $201m).
        if qual == Qual::Exact
            && let Some(how) = alt::misprint(value, half, actual)
        {
            reason.push_str(&format!(
                "; {} looks like a misprint of {} ({how})",
                musd(value),
                musd(actual)
            ));
            return Ok(Judgement {
                verdict: Verdict::Contradicted,
                stated: Some(value),
                actual: Some(actual),
                reason,
                cause: Some(Cause::Misprint),
                sources,
                missing: false,
                period: None,
            });
        }
        // A figure the words make a change ("a paltry increase of $20 million
        // compared to … the same period last year", Telecoalert, 2019-01-24) that
        // no change the sentence may mean gives is wrong, not ambiguous.
        if qual == Qual::Exact
            && ctx.cues.change
            && let Some(change) = year_on_change(sd, span)
        {
            reason = format!(
                "read as a change: {name} {} by {} in {} on {} ({} against {}), not {}",
                if change.value < 0.0 { "fell" } else { "rose" },
                musd(change.value.abs()),
                span.label(),
                span.shift(-12).label(),
                musd(actual),
                musd(actual - change.value),
                musd(value)
            );
            return Ok(Judgement {
                verdict: Verdict::Contradicted,
                stated: Some(value),
                actual: Some(change.value),
                reason,
                cause: None,
                sources: change.sources,
                missing: false,
                period: None,
            });
        }
        return Ok(Judgement::unverifiable(
            Some(value),
            format!(
                "the period is ambiguous: {} {OFF_SCALE} {name} for {} ({}), and no other reading of the sentence fits it",
                musd(value),
                span.label(),
                musd(actual)
            ),
        )
        .actual(actual)
        .sources(sources));
    }
    Ok(Judgement {
        verdict: Verdict::Contradicted,
        stated: Some(value),
        actual: Some(actual),
        reason,
        cause,
        sources,
        missing: false,
        period: None,
    })
}

/// Periods whose figure a misprint most often borrows.
pub(super) fn neighbours(span: Span) -> Vec<Span> {
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

pub(super) type Explained = (Cause, String, Vec<SourceRef>);

pub(super) fn level_cause(
    sd: &Figures,
    span: Span,
    value: f64,
    half: f64,
    data: &mut Data<'_>,
) -> Result<Option<Explained>, Error> {
    let period = span.period();
    let sbp_first_print = period.and_then(|p| sd.vintages.get(&p)).is_some_and(|vs| {
        vs.iter().any(|v| {
            v.release.kind != SourceKind::Press && v.status == itx_types::Status::Provisional
        })
    });
    let vintage: Option<(Period, &Vintage)> = period.and_then(|p| {
        sd.other_vintages(&p)
            .into_iter()
            // An undated press figure may be a first print SBP's later tables
            // revised, but not where the store holds SBP's own provisional print
            // and it differs (pakistandigitalpost's undated $365m for February
            // 2026, which SBP first printed as 363.81).
            .filter(|v| v.release.published.is_some() || !sbp_first_print)
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
            // A sub-line given as the whole (or the whole as a sub-line) is the
            // press's known definitional slip; another measure (net, imports,
            // all services) may be what the sentence means.
            let (cause, gloss) = if other.is_part_of(&sd.key) || sd.key.is_part_of(&other) {
                (
                    Cause::DifferentDefinition,
                    "a different series (the press's \"IT exports\" is SBP's EBOPS item 9; data/press/SOURCES.md)",
                )
            } else {
                (Cause::OtherMeasure, "which the sentence may mean")
            };
            let why = format!(
                "{} is {} for {}, {gloss}",
                musd(value),
                short_name(&other),
                span.label()
            );
            return Ok(Some((cause, why, r.sources)));
        }
    }
    // The narrow "IT & ITeS" of PSEB's reports: computer services plus call centres.
    if sd.key.as_str() == vocab::HEADLINE {
        if let Some((a, b)) = narrow_lines(span, data)? {
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

/// A stated figure in US$ million with the decimals it was written with
/// ("$2.135 million" is "$2.135m", where [`musd`] shows two).
fn as_written(value: f64, half: f64) -> String {
    format!("${}m", itx_types::grouped(value, decimals(half)))
}

/// How a figure read over another period the story names says so; a rate in
/// the same sentence is then not called wrong over the written one.
pub(super) const ALSO_NAMED: &str = "which the story also names";

/// How a level far from its series' scale says so.
const OFF_SCALE: &str = "is not of the scale of";

/// True when a level's reason says it is far from its series' scale over the
/// period read, with no other reading that fits.
pub(super) fn off_scale(reason: &str) -> bool {
    reason.starts_with("the period is ambiguous: ") && reason.contains(OFF_SCALE)
}

/// True when a level's reason reads it over a period the story names other
/// than the one its sentence writes (its own, or another it names).
pub(super) fn read_over_story_period(reason: &str) -> bool {
    reason.contains(ALSO_NAMED) || reason.contains(&format!("— but read as {}", alt::STORY_PERIOD))
}

/// The first of a figure's guessed periods (its period not written) whose
/// figures give it, with the reading that does.
pub(super) fn guessed(
    sd: &Figures,
    value: f64,
    half: f64,
    qual: Qual,
    guesses: &[Span],
) -> Option<(Span, Reading)> {
    guesses.iter().find_map(|g| {
        sd.readings(*g)
            .into_iter()
            .find(|r| level_matches(value, half, qual, r))
            .map(|r| (*g, r))
    })
}

/// A lower bound on a fiscal year the store holds no whole figure for, met by
/// the longest run of its months from July that the store holds: the year is
/// at least its months so far ("Pakistan's Call Center Sector … Crosses $200
/// Million in FY 2024-25", TechJuice, 2025-03-20: SBP's Jul-Feb figure is
/// $207.90m). A run below the bound says nothing of the whole year.
fn year_so_far_above(
    sd: &Figures,
    span: Span,
    value: f64,
    half: f64,
    qual: Qual,
) -> Option<Judgement> {
    if qual != Qual::AtLeast || !span.is_fiscal_year() {
        return None;
    }
    let (run, r) = (1..span.months).rev().find_map(|months| {
        let run = Span {
            first: span.first,
            months,
        };
        sd.readings(run).into_iter().next().map(|r| (run, r))
    })?;
    level_matches(value, half, qual, &r).then(|| {
        let reason = format!(
            "{} were {} in {} ({}), the months of {} the store holds; stated more than {}, so the whole year is too",
            short_name(&sd.key),
            musd(r.value),
            run.label(),
            reading_note(&r),
            span.label(),
            musd(value)
        );
        Judgement::new(Verdict::Supported, Some(value), reason)
            .actual(r.value)
            .sources(r.sources)
    })
}

/// The change of a period on the same period a year earlier.
fn year_on_change(sd: &Figures, span: Span) -> Option<Reading> {
    let (a, b) = (sd.reading(span)?, sd.reading(span.shift(-12))?);
    Some(crate::alt::difference(a, b))
}
