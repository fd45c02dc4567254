//! The other brief kinds: the fiscal-year review and the series profile. Same
//! rule as the monthly brief: every number in the text is a recorded fact.

use crate::{PeriodValue, ProfileSummary, ReviewSummary, Summary};
use itx_types::{FiscalYear, YearMonth};

use crate::{Brief, SeriesData, Source, Writer, capitalise, up_down};

/// The review of one complete (or, with `allow_partial`, running) fiscal year.
///
/// # Errors
/// When the series has none of the year's months.
pub fn fiscal_year_review(
    s: &SeriesData,
    fy: FiscalYear,
    target: Option<itx_types::targets::Target>,
) -> Result<Brief, String> {
    let key = s.info.key.as_str();
    let series = s.monthly();
    let months: Vec<YearMonth> = fy.months().filter(|m| series.get(*m).is_some()).collect();
    if months.is_empty() {
        return Err(format!("no months of {fy} for {key}"));
    }
    let complete = months.len() == 12;
    let name = &s.short_name;
    let mut w = Writer::default();
    let mut paras = Vec::new();
    let sum: f64 = months.iter().filter_map(|m| series.get(*m)).sum();
    let official = s.fiscal_years.iter().find(|(f, _)| *f == fy);

    // 1. The total and its growth.
    let total = match official {
        Some((_, v)) => w.money("fy_total", fy, v.value, Source::of(key, fy, v)),
        None => w.money_derived("fy_total", fy, sum, &["monthly values"]),
    };
    let total_v = official.map_or(sum, |(_, v)| v.value);
    let mut p1 = if complete {
        format!("{} totalled {total} in {fy}", capitalise(name))
    } else {
        let last = *months.last().expect("non-empty");
        let published = w.count("months_published", months.len() as i64, &[]);
        let twelve = w.count("months_in_year", 12, &[]);
        format!(
            "{} totalled {total} in {fy} to {} ({published} of {twelve} months published)",
            capitalise(name),
            last.long_label(),
        )
    };
    let prior_official = s.fiscal_years.iter().find(|(f, _)| *f == fy.prev());
    let prior_sum: Option<f64> = if complete {
        series.fy_total(fy.prev())
    } else {
        months
            .iter()
            .map(|m| series.get(m.add_months(-12)))
            .sum::<Option<f64>>()
    };
    let prior_v = if complete {
        prior_official.map(|(_, v)| v.value).or(prior_sum)
    } else {
        prior_sum
    };
    if let Some((prior, growth)) =
        prior_v.and_then(|p| Some((p, itx_metrics::growth_pct(p, total_v)?)))
    {
        let pr = match (complete, prior_official) {
            (true, Some((_, v))) => w.money(
                "prior_total",
                fy.prev(),
                prior,
                Source::of(key, fy.prev(), v),
            ),
            _ => w.money_derived("prior_total", fy.prev(), prior, &["monthly values"]),
        };
        let g = w.pct("growth_pct", fy, growth, &["fy_total", "prior_total"]);
        p1 += &format!(
            ", {} {g} on the {pr} of {}{}",
            up_down(total_v - prior),
            if complete { "" } else { "the same months of " },
            fy.prev()
        );
    }
    p1.push('.');
    if let (Some(_), true) = (official, complete) {
        let ms = w.money_derived("monthly_sum", fy, sum, &["monthly values"]);
        p1 += &format!(" (SBP's headline total; the twelve monthly figures add up to {ms}.)");
    }
    if let Some(t) = target {
        let src = Source::target(key, fy, &t);
        let tv = w.money("target", fy, t.value, src);
        let gap = total_v - t.value;
        let gs = w.money_derived("target_gap", fy, gap.abs(), &["fy_total", "target"]);
        p1 += &format!(
            " The target was {tv}: {}",
            if complete {
                format!("{} by {gs}.", if gap >= 0.0 { "beaten" } else { "missed" })
            } else if gap >= 0.0 {
                "already reached.".to_string()
            } else {
                format!("{gs} still to go.")
            }
        );
    }
    paras.push(p1);

    // 2. The year's months: best month, record, growth months.
    let (best_m, best_v) = months
        .iter()
        .filter_map(|m| Some((*m, series.get(*m)?)))
        .fold((months[0], f64::MIN), |a, b| if b.1 > a.1 { b } else { a });
    let bv = w.money(
        "best_month",
        best_m,
        best_v,
        Source::of(key, best_m, s.vintage(best_m).expect("month in series")),
    );
    let mut p2 = format!("The strongest month was {} at {bv}", best_m.long_label());
    let best_month_record = series.record(best_m).is_some_and(|r| r.all_time_high);
    if best_month_record {
        p2 += ", a record at the time";
    }
    p2.push('.');
    let growing = months
        .iter()
        .filter(|m| series.yoy(**m).is_some_and(|c| c.abs > 0.0))
        .count();
    let with_base = months.iter().filter(|m| series.yoy(**m).is_some()).count();
    if with_base == 1 {
        p2 += if growing == 1 {
            " It was higher than a year earlier."
        } else {
            " It was not higher than a year earlier."
        };
    } else if with_base > 1 {
        let g = w.count("months_up_yoy", growing as i64, &["monthly values"]);
        let n = w.count("months_with_base", with_base as i64, &["monthly values"]);
        p2 += &format!(" Exports were higher than a year earlier in {g} of {n} months.");
    }
    paras.push(p2);

    // 3. The longer run: five-year compound growth.
    if complete {
        let from = fy.prev().prev().prev().prev().prev();
        if let Some(c) = series.cagr(from, fy) {
            let cg = w.pct("cagr5_pct", fy, c, &["monthly values"]);
            paras.push(format!(
                "Over the five years since {from}, {name} grew at {cg} a year (compound)."
            ));
        }
    }
    let title = format!("{}, {fy} review", capitalise(name));
    let summary = Summary::Review(ReviewSummary {
        best_month: PeriodValue {
            period: best_m.to_string(),
            value: best_v,
        },
        best_month_record,
        complete,
        fiscal_year: fy.to_string(),
        monthly_sum: sum,
        prior: prior_v,
        series: key.to_string(),
        target: target.map(|t| t.value),
        total: total_v,
    });
    Ok(Brief {
        title,
        paragraphs: paras,
        facts: w.facts,
        summary,
        lang: itx_l10n::Lang::En,
    }
    .cautioned())
}

/// What the store holds for a series, and where it stands.
///
/// # Errors
/// When the series has no monthly values.
pub fn series_profile(s: &SeriesData) -> Result<Brief, String> {
    let key = s.info.key.as_str();
    let series = s.monthly();
    let (Some(first), Some(last)) = (series.first(), series.last()) else {
        return Err(format!("{key} has no monthly values"));
    };
    let name = &s.short_name;
    let mut w = Writer::default();
    let mut paras = Vec::new();
    let n = w.count("months", series.len() as i64, &[]);
    let press = s
        .months
        .iter()
        .filter(|(_, v)| v.release.kind == itx_types::SourceKind::Press)
        .count();
    let gaps = series.gaps().len();
    let mut p1 = format!(
        "{} ({}, key {key}) runs from {} to {}: {n} months",
        capitalise(name),
        s.info.name,
        first.long_label(),
        last.long_label()
    );
    if gaps > 0 {
        let g = w.count("gaps", gaps as i64, &[]);
        p1 += &format!(", with {g} missing");
    }
    p1.push('.');
    if press > 0 {
        let p = w.count("press_months", press as i64, &[]);
        p1 += &format!(" {p} of them rest on press reports of SBP figures, not on an SBP release.");
    }
    paras.push(p1);

    let lv = s.vintage(last).expect("last month");
    let latest = w.money("latest", last, lv.value, Source::of(key, last, lv));
    let mut p2 = format!("The latest figure is {latest} for {}", last.long_label());
    if let Some((hm, hv)) =
        series
            .iter()
            .fold(None, |a: Option<(YearMonth, f64)>, (m, v)| match a {
                Some((_, av)) if av >= v => a,
                _ => Some((m, v)),
            })
    {
        let hv_s = w.money(
            "high",
            hm,
            hv,
            Source::of(key, hm, s.vintage(hm).expect("month")),
        );
        if hm == last {
            p2 += ", the highest on record.";
        } else {
            p2 += &format!("; the highest was {hv_s} in {}.", hm.long_label());
        }
    } else {
        p2.push('.');
    }
    paras.push(p2);

    // Fiscal-year totals of the last three complete years.
    let cal = s.info.key.calendar();
    let mut fy = cal.fiscal_year_of(last);
    if series.fy_total(fy).is_none() {
        fy = fy.prev();
    }
    let mut parts = Vec::new();
    for f in [fy.prev().prev(), fy.prev(), fy] {
        if let Some(t) = series.fy_total(f) {
            let id = format!("fy_total.{f}");
            let ts = w.money_derived(&id, f, t, &["monthly values"]);
            parts.push(format!("{f} {ts}"));
        }
    }
    if !parts.is_empty() {
        paras.push(format!(
            "Fiscal-year totals from the monthly figures: {}.",
            parts.join("; ")
        ));
    }
    let title = format!("{}: profile", capitalise(name));
    let summary = Summary::Profile(ProfileSummary {
        first_month: first.to_string(),
        gaps,
        last_month: last.to_string(),
        latest: lv.value,
        months: series.len(),
        press_months: press,
        series: key.to_string(),
    });
    Ok(Brief {
        title,
        paragraphs: paras,
        facts: w.facts,
        summary,
        lang: itx_l10n::Lang::En,
    }
    .cautioned())
}
