//! Records and ranks: "all-time high", "highest ever", "surpassing previous
//! records", judged on the data known at the article's date.

use super::*;

/// "The 13th consecutive month of growth": the run of months, ending with `m`, in
/// which the figure grew on a year earlier (the press's usual meaning), or else on
/// the month before.
fn streak(sd: &Figures, m: YearMonth, n: u8, name: &str, falling: bool) -> Judgement {
    let (yoy, mom, moved) = if falling {
        (
            sd.monthly.fall_streak(m, 12),
            sd.monthly.fall_streak(m, 1),
            "fell",
        )
    } else {
        (sd.monthly.yoy_streak(m), sd.monthly.streak(m, 1), "grew")
    };
    let n = usize::from(n);
    let src: Vec<SourceRef> = sd.month_source(m).into_iter().collect();
    let Some(yoy) = yoy else {
        return Judgement::unverifiable(
            None,
            format!(
                "the run of {} of {name} to {} reaches back before the data",
                if falling { "falls" } else { "growth" },
                m.long_label()
            ),
        );
    };
    let said = format!(
        "{name} {moved} on a year earlier in each of the {yoy} months to {}",
        m.long_label()
    );
    let (verdict, reason) = match mom {
        _ if yoy == n => (Verdict::Supported, format!("{said}; stated {n}")),
        Some(k) if k == n => (
            Verdict::Supported,
            format!("{said}; read as growth on the month before, the run is {n} months"),
        ),
        Some(1) => (
            Verdict::Contradicted,
            format!("{said} (on the month before, in the last month), not {n}"),
        ),
        Some(k) => (
            Verdict::Contradicted,
            format!("{said} (on the month before, in the last {k} months), not {n}"),
        ),
        None => (Verdict::Contradicted, format!("{said}, not {n}")),
    };
    Judgement::new(verdict, None, reason).sources(src)
}

/// "A five-month high" (or "an eight-month low") of month `m` at `v`, given
/// the latest earlier month at or above it (at or below it, for a `low`):
/// true when that month is `n` or more months back.
fn window_extreme(m: YearMonth, v: f64, n: u8, (em, ev): (YearMonth, f64), low: bool) -> Judgement {
    let (most, end, side) = if low {
        ("lowest", "low", "below")
    } else {
        ("highest", "high", "above")
    };
    let gap = m.index() - em.index();
    let (verdict, reason) = if gap >= i32::from(n) {
        (
            Verdict::Supported,
            format!(
                "{} ({}) is the {most} since {} ({}), {gap} months earlier: {} {n}-month {end}",
                m.long_label(),
                musd(v),
                em.long_label(),
                musd(ev),
                a_or_an(n)
            ),
        )
    } else {
        (
            Verdict::Contradicted,
            format!(
                "{} ({}) is not {} {n}-month {end}: {} ({}), {gap} months earlier, was at or {side} it",
                m.long_label(),
                musd(v),
                a_or_an(n),
                em.long_label(),
                musd(ev)
            ),
        )
    };
    Judgement::new(verdict, None, reason)
}

/// "an" before a number said with a vowel (8, 11, 18, 80–89), else "a".
fn a_or_an(n: u8) -> &'static str {
    if matches!(n, 8 | 11 | 18) || (80..90).contains(&n) {
        "an"
    } else {
        "a"
    }
}

/// "A record increase": a record of the level, the rate or the change.
fn record_change(name: &str, span: Span) -> Judgement {
    Judgement::unverifiable(
        None,
        format!(
            "a record increase: whether the level, the growth rate or the change of {name} in {} was the record, the words do not say",
            span.label()
        ),
    )
}

/// A stated rank against the month's rank `among` a set of months.
fn ranked(stated: usize, rank: usize, m: YearMonth, v: f64, among: &str) -> Judgement {
    let verdict = if rank == stated {
        Verdict::Supported
    } else {
        Verdict::Contradicted
    };
    let reason = format!(
        "{} ({}) ranks {rank} of the {among}",
        m.long_label(),
        musd(v)
    );
    Judgement::new(verdict, Some(stated as f64), reason)
}

pub(super) fn record(
    sd: &Figures,
    span: Span,
    form: RecordForm,
    named: Option<Span>,
    named_value: Option<f64>,
) -> Judgement {
    let name = short_name(&sd.key);
    // Checked before the month is looked up: it needs none.
    if form == RecordForm::RecordChange {
        return record_change(&name, span);
    }
    // A month or a quarter alike.
    if form == RecordForm::FirstFallSince {
        return first_fall_since(sd, span, named, &name);
    }
    if let RecordForm::BeyondPast { below, n } = form {
        return beyond_past(sd, span, below, n, &name);
    }
    let Some(m) = span.single() else {
        return match form {
            RecordForm::AllTimeHigh => span_record(sd, span),
            _ => Judgement::unverifiable(
                None,
                format!(
                    "a record claim about {}, which is not a month",
                    span.label()
                ),
            ),
        };
    };
    let Some(v) = sd.monthly.get(m) else {
        return Judgement::unverifiable(None, no_data(sd, span, None));
    };
    let Some(rec) = sd.monthly.record(m) else {
        return Judgement::unverifiable(
            None,
            format!(
                "the history of {name} before {} has gaps, so no record can be established",
                m.long_label()
            ),
        );
    };
    let month_src: Vec<SourceRef> = sd.month_source(m).into_iter().collect();
    let with = |o: Judgement, extra: Option<YearMonth>| {
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
        RecordForm::RecordChange => record_change(&name, span),
        RecordForm::FirstFallSince => first_fall_since(sd, span, named, &name),
        RecordForm::BeyondPast { below, n } => beyond_past(sd, span, below, n, &name),
        RecordForm::AllTimeHigh => {
            if rec.all_time_high {
                let reason = format!(
                    "{} ({}) is the highest of the {} months of {name} since {since}; the previous high was {prev_text}",
                    m.long_label(),
                    musd(v),
                    rec.months
                );
                with(
                    Judgement::new(Verdict::Supported, None, reason),
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
                    Judgement::new(Verdict::Contradicted, None, reason),
                    prev.map(|p| p.0),
                )
            }
        }
        RecordForm::Rank(n) => with(
            ranked(
                n,
                rec.rank,
                m,
                v,
                &format!("{} months since {since}", rec.months),
            ),
            None,
        ),
        RecordForm::RankInYear(n) => {
            let year = Span::to_date(m);
            let values: Option<Vec<f64>> = year.iter().map(|x| sd.monthly.get(x)).collect();
            let Some(values) = values else {
                return Judgement::unverifiable(None, no_data(sd, year, None));
            };
            let rank = 1 + values.iter().filter(|&&x| x > v).count();
            let among = format!("{} months of {}", values.len(), year.label());
            with(ranked(n, rank, m, v, &among), None)
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
                with(Judgement::new(verdict, None, reason), Some(bm))
            }
            None => Judgement::unverifiable(
                None,
                format!("no complete history of {name} before {}", m.long_label()),
            ),
        },
        RecordForm::PreviousRecord => {
            let Some((pm, pv)) = prev else {
                return Judgement::unverifiable(None, "no earlier month to compare".into());
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
            // A wrong old record says what the story named.
            let stated = match (verdict, named_value, named) {
                (Verdict::Contradicted, Some(x), Some(n)) => {
                    format!(", not {} in {}", musd(x), n.label())
                }
                (Verdict::Contradicted, Some(x), None) => format!(", not {}", musd(x)),
                (Verdict::Contradicted, None, Some(n)) => format!(", not {}", n.label()),
                _ => String::new(),
            };
            let reason = format!(
                "the highest month before {} was {prev_text}{stated}",
                m.long_label()
            );
            with(Judgement::new(verdict, named_value, reason), Some(pm))
        }
        RecordForm::Streak(n) => streak(sd, m, n, &name, false),
        RecordForm::FallStreak(n) => streak(sd, m, n, &name, true),
        RecordForm::HighestIn(n) => {
            if rec.all_time_high {
                let reason = format!(
                    "{} ({}) is an all-time high (previous high {prev_text}), so above every month in the {n} before it",
                    m.long_label(),
                    musd(v)
                );
                return with(
                    Judgement::new(Verdict::Supported, None, reason),
                    prev.map(|p| p.0),
                );
            }
            let Some((hm, hv)) = rec.highest_since else {
                return Judgement::unverifiable(None, "no earlier month at or above it".into());
            };
            with(window_extreme(m, v, n, (hm, hv), false), Some(hm))
        }
        RecordForm::LowestIn(n) => {
            let Some((lm, lv)) = rec.lowest_since else {
                let reason = format!(
                    "{} ({}) is the lowest month on record, so below every month in the {n} before it",
                    m.long_label(),
                    musd(v)
                );
                return with(Judgement::new(Verdict::Supported, None, reason), None);
            };
            with(window_extreme(m, v, n, (lm, lv), true), Some(lm))
        }
        RecordForm::HighestSince => {
            if rec.all_time_high {
                let reason = format!(
                    "{} ({}) is an all-time high (previous high {prev_text}), not merely the highest since an earlier month",
                    m.long_label(),
                    musd(v)
                );
                return with(Judgement::new(Verdict::Contradicted, None, reason), None);
            }
            let Some((hm, hv)) = rec.highest_since else {
                return Judgement::unverifiable(None, "no earlier month at or above it".into());
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
            with(Judgement::new(verdict, None, reason), Some(hm))
        }
        RecordForm::LowestSince => {
            let Some((lm, lv)) = rec.lowest_since else {
                let reason = format!(
                    "{} ({}) is the lowest month on record, not merely the lowest since an earlier one",
                    m.long_label(),
                    musd(v)
                );
                return with(Judgement::new(Verdict::Contradicted, None, reason), None);
            };
            let verdict = match named {
                Some(n) if n == Span::month(lm) => Verdict::Supported,
                Some(_) => Verdict::Contradicted,
                None => Verdict::Unverifiable,
            };
            let reason = format!(
                "{} ({}) is the lowest since {} ({})",
                m.long_label(),
                musd(v),
                lm.long_label(),
                musd(lv)
            );
            with(Judgement::new(verdict, None, reason), Some(lm))
        }
        RecordForm::EarlierRecords { year, several } => {
            let months: Vec<YearMonth> = (1..=12)
                .filter_map(|mo| YearMonth::new(year, mo).ok())
                .filter(|x| *x < m)
                .collect();
            if months.is_empty() {
                return Judgement::unverifiable(
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
            let mut o = with(Judgement::new(verdict, None, reason), prev.map(|p| p.0));
            o.sources
                .extend(set.iter().filter_map(|x| sd.month_source(*x)));
            o
        }
    }
}

/// A record for a multi-month span: against the same span of every earlier year.
pub(super) fn span_record(sd: &Figures, span: Span) -> Judgement {
    let Some(r) = sd.reading(span) else {
        return Judgement::unverifiable(None, no_data(sd, span, None));
    };
    let mut earlier: Vec<(Span, f64)> = Vec::new();
    let mut k = 1;
    while let Some(e) = sd.reading(span.shift(-12 * k)) {
        earlier.push((span.shift(-12 * k), e.value));
        k += 1;
    }
    let Some((bs, bv)) = earlier.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1)) else {
        return Judgement::unverifiable(None, format!("no earlier {} to compare", span.label()));
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
    Judgement::new(verdict, None, reason)
        .actual(r.value)
        .sources(r.sources)
}

/// The change of `s` on the same months a year earlier, in percent.
fn yoy_of(sd: &Figures, s: Span) -> Option<(f64, Vec<SourceRef>)> {
    let a = sd.reading(s)?;
    let b = sd.reading(s.shift(-12))?;
    let g = itx_metrics::growth_pct(b.value, a.value)?;
    let mut src = a.sources;
    src.extend(b.sources);
    Some((g, src))
}

/// "The first decline since the third quarter of FY16": `span` fell on a year
/// earlier, and no period of its length between `named` and it did. The periods
/// are stepped back by the span's own length (months, or quarters).
fn first_fall_since(sd: &Figures, span: Span, named: Option<Span>, name: &str) -> Judgement {
    let Some((own, src)) = yoy_of(sd, span) else {
        return Judgement::unverifiable(None, no_data(sd, span, None));
    };
    let label = span.label();
    if own >= 0.0 {
        return Judgement::new(
            Verdict::Contradicted,
            None,
            format!("{name} did not fall in {label}: {own:+.1}% on a year earlier"),
        )
        .sources(src);
    }
    let step = i32::from(span.months);
    // Back at most 30 years, and no further than the period named.
    let last_fall = (1..=360 / step)
        .map(|k| span.shift(-step * k))
        .take_while(|s| named.is_none_or(|n| s.first >= n.first))
        .map(|s| (s, yoy_of(sd, s)))
        .take_while(|(_, g)| g.is_some())
        .find_map(|(s, g)| g.filter(|(x, _)| *x < 0.0).map(|(x, _)| (s, x)));
    let fell = format!("{name} fell {:.1}% on a year earlier in {label}", -own);
    let Some(n) = named else {
        return Judgement::unverifiable(
            None,
            format!("{fell}; the words name no period it is the first fall since"),
        );
    };
    let (verdict, reason) = match last_fall {
        Some((s, x)) if s == n => (
            Verdict::Supported,
            format!("{fell}, the first fall since {} ({x:+.1}%)", n.label()),
        ),
        Some((s, x)) => (
            Verdict::Contradicted,
            format!(
                "{fell}, but it also fell in {} ({x:+.1}%), after {}",
                s.label(),
                n.label()
            ),
        ),
        None => match yoy_of(sd, n) {
            // The period named and every one between grew: no fall since then.
            Some((x, _)) => (
                Verdict::Supported,
                format!("{fell}; it had not fallen since {} ({x:+.1}%)", n.label()),
            ),
            None => {
                return Judgement::unverifiable(None, no_data(sd, n, None));
            }
        },
    };
    Judgement::new(verdict, None, reason).sources(src)
}

/// "Lower than the past four quarters": the period against each of the `n`
/// periods of its length before it. Right when the store's rounding lets it be
/// below (above) every one of them (a bound is met when rule 1's range reaches
/// its side); wrong when one is below (above) it even so.
fn beyond_past(sd: &Figures, span: Span, below: bool, n: u8, name: &str) -> Judgement {
    // No figure for the line: `missing`, so that a line the prose names for
    // the whole is read as the whole (`lines::judge_or_whole`).
    let Some(own) = sd.reading(span) else {
        return Judgement::missing(None, no_data(sd, span, None));
    };
    let step = i32::from(span.months);
    let earlier: Option<Vec<(Span, Reading)>> = (1..=i32::from(n))
        .map(|k| {
            let s = span.shift(-step * k);
            sd.reading(s).map(|r| (s, r))
        })
        .collect();
    let Some(earlier) = earlier else {
        return Judgement::missing(None, no_data(sd, span.shift(-step * i32::from(n)), None));
    };
    let (lo, hi) = (own.value - own.half, own.value + own.half);
    let beyond = |r: &Reading| {
        if below {
            lo < r.value + r.half
        } else {
            hi > r.value - r.half
        }
    };
    let list = earlier
        .iter()
        .map(|(s, r)| format!("{} {}", s.label(), musd(r.value)))
        .collect::<Vec<_>>()
        .join(", ");
    let word = if below { "below" } else { "above" };
    let head = format!("{name} in {} ({})", span.label(), musd(own.value));
    let mut sources = own.sources.clone();
    for (_, r) in &earlier {
        sources.extend(r.sources.iter().cloned());
    }
    let (verdict, reason) = match earlier.iter().find(|(_, r)| !beyond(r)) {
        None => (
            Verdict::Supported,
            format!("{head} were {word} each of the {n} periods before it: {list}"),
        ),
        Some((s, r)) => (
            Verdict::Contradicted,
            format!(
                "{head} were not {word} {} ({}): {list}",
                s.label(),
                musd(r.value)
            ),
        ),
    };
    Judgement::new(verdict, None, reason)
        .actual(own.value)
        .sources(sources)
}
