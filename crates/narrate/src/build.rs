//! The monthly brief: facts from the series, then the paragraphs that state them.

use super::*;

pub(crate) fn up_down(c: f64) -> &'static str {
    if c >= 0.0 { "up" } else { "down" }
}

/// Builds the monthly brief.
///
/// # Errors
/// When the series has no value for the month (the message says which months it has).
pub fn build(input: &BriefInput) -> Result<Brief, String> {
    let s = &input.series;
    let key = s.info.key.as_str();
    let series = s.monthly();
    let m = input.month;
    let Some(v) = s.vintage(m) else {
        return Err(format!(
            "no value of {key} for {m}{}; it has {} to {}",
            input
                .as_of
                .map(|d| format!(" as known on {d}"))
                .unwrap_or_default(),
            series.first().map(|x| x.to_string()).unwrap_or_default(),
            series.last().map(|x| x.to_string()).unwrap_or_default()
        ));
    };
    let mut w = Writer::default();
    let src = |m: YearMonth| s.vintage(m).map(|v| Source::of(key, m, v));
    let mut paras = Vec::new();
    let name = &s.short_name;

    // 1. Level and record status.
    let level = w.money("value", m, v.value, Source::of(key, m, v));
    let status_note = match v.status {
        itx_types::Status::Provisional => " (provisional)",
        itx_types::Status::PressReported => {
            " (as reported in the press; no official release in the store yet)"
        }
        _ => "",
    };
    let mut p1 = format!(
        "{} were {level} in {}{status_note}",
        capitalise(name),
        m.long_label()
    );
    let record = series.record(m);
    if let Some(r) = record {
        if r.all_time_high {
            if let Some((hm, hv)) = r.previous_high {
                let prev = w.money("previous_high", hm, hv, src(hm).expect("month in series"));
                let stood = w.count(
                    "previous_high_stood_months",
                    i64::from(r.previous_high_stood_months.unwrap_or(0)),
                    &["previous_high"],
                );
                p1 += &format!(
                    ", an all-time monthly high, above the previous record of {prev} set in {} (a record that had stood for {stood} months)",
                    hm.long_label()
                );
            }
        } else if let Some((sm, sv)) = r.highest_since {
            if m.index() - sm.index() > 1 {
                let since = w.money("highest_since", sm, sv, src(sm).expect("month in series"));
                p1 += &format!(", the highest since {} ({since})", sm.long_label());
            }
        }
        if !r.all_time_high {
            if let Some((bm, bv)) = series.best_same_month_before(m) {
                if v.value > bv {
                    let best = w.money(
                        "best_same_month_before",
                        bm,
                        bv,
                        src(bm).expect("month in series"),
                    );
                    p1 += &format!(
                        " and the best {} on record (previous best {best} in {})",
                        itx_types::month_name(m.month()),
                        bm.year()
                    );
                }
            }
        }
    }
    p1.push('.');

    // 2. YoY and MoM.
    let yoy = series.yoy(m);
    let mom = series.mom(m);
    let mut changes = Vec::new();
    if let Some(c) = yoy {
        let base = w.money(
            "year_ago",
            c.base_period,
            c.base,
            src(c.base_period).expect("month in series"),
        );
        let pct = w.pct("yoy_pct", m, c.pct, &["value", "year_ago"]);
        changes.push(format!(
            "{} {pct} on the {base} of {}",
            up_down(c.abs),
            c.base_period.long_label()
        ));
    }
    if let Some(c) = mom {
        let base = w.money(
            "previous_month",
            c.base_period,
            c.base,
            src(c.base_period).expect("month in series"),
        );
        let pct = w.pct("mom_pct", m, c.pct, &["value", "previous_month"]);
        changes.push(format!(
            "{} {pct} on {}'s {base}",
            up_down(c.abs),
            c.base_period.long_label()
        ));
    }
    if !changes.is_empty() {
        p1 += &format!(" That is {}.", changes.join(", and "));
    }
    paras.push(p1);

    // 3. Fiscal year to date.
    let fytd = series.fytd(m);
    let mut p2 = String::new();
    if let Some(f) = fytd {
        if f.span.months == 1 {
            p2 += &format!("{} opens {}.", itx_types::month_name(m.month()), f.span.fy);
        } else {
            let val = w.money_derived("fytd", f.span, f.value, &["monthly values"]);
            if f.span.months == 12 {
                p2 += &format!("In {} as a whole exports totalled {val}", f.span.fy);
            } else {
                p2 += &format!(
                    "In {} {} exports totalled {val}",
                    f.span.span_label(),
                    f.span.fy
                );
            }
            if let (Some(prior), Some(g)) = (f.prior, f.yoy_pct) {
                let pr = w.money_derived(
                    "fytd_prior",
                    f.span.prior_year(),
                    prior,
                    &["monthly values"],
                );
                let g = w.pct("fytd_yoy_pct", f.span, g, &["fytd", "fytd_prior"]);
                p2 += &format!(
                    ", {} {g} on the {pr} of the same months of {}",
                    up_down(f.value - prior),
                    f.span.fy.prev()
                );
            }
            p2.push('.');
        }
    }
    let mut target_json = None;
    if let (Some(f), Some(t)) = (fytd, input.target) {
        let src = Source::target(key, f.span.fy, &t);
        let tv = w.money("target", f.span.fy, t.value, src);
        let done = f64::from(f.span.months);
        let left = 12.0 - done;
        if left > 0.0 && f.value >= t.value {
            // Met before the year is out: no "needs $-19 million a month".
            let over = w.money_derived(
                "target_surplus",
                f.span.fy,
                f.value - t.value,
                &["fytd", "target"],
            );
            p2 += &format!(
                " That already passes the {tv} target for {} by {over}, with {} still to come.",
                f.span.fy,
                if (left - 1.0).abs() < f64::EPSILON {
                    "one month".to_string()
                } else {
                    format!("{} months", left as i64)
                }
            );
            target_json = Some(TargetSummary {
                met: Some(true),
                surplus: Some(f.value - t.value),
                months_left: Some(left),
                ..target_summary(&t)
            });
        } else if left > 0.0 {
            let need = (t.value - f.value) / left;
            let pace = f.value / done;
            let need_s = w.money_derived(
                "target_needed_monthly",
                f.span.fy,
                need,
                &["target", "fytd"],
            );
            let pace_s = w.money_derived("fytd_monthly_average", f.span, pace, &["fytd"]);
            let months_left = w.count("months_left", left as i64, &[]);
            p2 += &format!(
                " Meeting the {tv} target for {} needs {need_s} a month over the remaining {months_left} {}, against {pace_s} a month so far.",
                f.span.fy,
                if (left - 1.0).abs() < f64::EPSILON {
                    "month"
                } else {
                    "months"
                }
            );
            target_json = Some(TargetSummary {
                needed_monthly_avg: Some(need),
                monthly_avg_so_far: Some(pace),
                months_left: Some(left),
                ..target_summary(&t)
            });
        } else {
            let gap = f.value - t.value;
            let gap_s = w.money_derived("target_gap", f.span.fy, gap.abs(), &["fytd", "target"]);
            p2 += &format!(
                " That {} the {tv} target by {gap_s}.",
                if gap >= 0.0 { "beat" } else { "missed" }
            );
            target_json = Some(TargetSummary {
                gap: Some(gap),
                ..target_summary(&t)
            });
        }
    }
    let mut outlook_json = None;
    if let (Some(f), Some(o)) = (fytd, input.outlook.as_ref()) {
        let from = ["fytd", "forecast"];
        let width = o.upper80 - o.lower80;
        let med = w.money_forecast("outlook_median", f.span.fy, o.median, width, &from);
        let lo = w.money_forecast("outlook_lower80", f.span.fy, o.lower80, width, &from);
        let hi = w.money_forecast("outlook_upper80", f.span.fy, o.upper80, width, &from);
        p2 += &format!(
            " On itx's forecast the year ends at about {med}, four chances in five between {lo} and {hi}"
        );
        match (o.p_target, input.target) {
            (Some(p), Some(_)) => {
                let ps = w.pct(
                    "outlook_p_target_pct",
                    f.span.fy,
                    p * 100.0,
                    &["outlook_median", "target"],
                );
                // "an 8.3%", "an 11%", "an 18%", otherwise "a".
                let an = ps.starts_with('8') || ps.starts_with("11") || ps.starts_with("18");
                p2 += &format!(
                    ", with {} {ps} chance of reaching the target.",
                    if an { "an" } else { "a" }
                );
            }
            _ => p2.push('.'),
        }
        outlook_json = Some(OutlookSummary {
            lower80: o.lower80,
            median: o.median,
            model: o.model.clone(),
            p_target: o.p_target,
            upper80: o.upper80,
        });
    }
    if let Some(avg) = series.avg12(m) {
        let a = w.money_derived("avg12", m, avg, &["monthly values"]);
        p2 += &format!(" The 12-month average stands at {a}.");
    }
    let streak = series.yoy_streak(m);
    if let Some(streak) = streak.filter(|n| *n >= 3) {
        let n = w.count("yoy_streak_months", streak as i64, &["monthly values"]);
        p2 += &format!(" Exports have grown year on year for {n} consecutive months.");
    }
    if !p2.is_empty() {
        paras.push(p2.trim().to_string());
    }

    // 4. Share of services and components.
    let mut p3 = String::new();
    let mut share_json = None;
    if let Some(sv) = input
        .services
        .as_ref()
        .and_then(|x| x.vintage(m).map(|v| (x, v)))
    {
        let (svc, total) = sv;
        if let Some(sh) = itx_metrics::share(v.value, total.value) {
            let t = w.money(
                "services_total",
                m,
                total.value,
                Source::of(svc.info.key.as_str(), m, total),
            );
            let p = w.pct("share_of_services_pct", m, sh, &["value", "services_total"]);
            p3 += &format!(
                "{} made up {p} of all services exports ({t}).",
                capitalise(name)
            );
            share_json = Some(Share {
                pct: sh,
                services_total: total.value,
            });
        }
    }
    let comps: Vec<(String, Monthly)> = input
        .components
        .iter()
        .map(|c| (c.short_name.clone(), c.monthly()))
        .collect();
    let refs: Vec<(&str, &Monthly)> = comps.iter().map(|(n, mm)| (n.as_str(), mm)).collect();
    let contrib = itx_metrics::contributions(&series, &refs, m, 12);
    if !contrib.is_empty() && yoy.is_some() {
        // Components that moved the total by less than 0.05 points say nothing
        // at one decimal ("took off 0.0 points"), and are left out; components
        // without this month's or the year-ago figure are named as missing.
        let missing: Vec<&str> = input
            .components
            .iter()
            .filter(|x| !contrib.iter().any(|c| c.name == x.short_name))
            .map(|x| x.short_name.as_str())
            .collect();
        let parts: Vec<String> = contrib
            .iter()
            .filter(|c| c.points.abs() >= 0.05)
            .filter_map(|c| Some((c, input.components.iter().find(|x| x.short_name == c.name)?)))
            .map(|(c, comp)| {
                let ck = comp.info.key.as_str();
                let id = format!("component.{}", comp.short_name.replace(' ', "_"));
                let cv = comp
                    .vintage(m)
                    .map(|v| Source::of(ck, m, v))
                    .expect("component month");
                let val = w.money(&id, m, c.change.value, cv);
                let pts = w.pct(&format!("{id}.yoy_points"), m, c.points, &[&id, "year_ago"]);
                format!(
                    "{} ({val}) {} {} points",
                    comp.short_name,
                    if c.points >= 0.0 { "added" } else { "took off" },
                    pts.trim_end_matches('%')
                )
            })
            .collect();
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!(
                " ({} {} no figure for {} in the store)",
                missing.join(" and "),
                if missing.len() == 1 { "has" } else { "have" },
                m.long_label()
            )
        };
        if !parts.is_empty() {
            p3 += &format!(" Of the year-on-year change, {}{gap}.", parts.join("; "));
        }
    }
    if !p3.is_empty() {
        paras.push(p3.trim().to_string());
    }

    // 4b. Beside India, in a quarter's last month India's figures cover.
    if let Some(pi) = &input.peers {
        let q = pi.quarter;
        let first = q.first_month();
        let label = format!(
            "{}–{} {}",
            itx_types::month_name(first.month()),
            itx_types::month_name(first.add_months(2).month()),
            first.year()
        );
        let pq = w.money_derived("peers_value", q, pi.value, &["monthly values"]);
        let india = w.money(
            "peers_india",
            q,
            pi.india.value,
            Source::of(&pi.india_key, q, &pi.india),
        );
        let mut p5 = format!("In {label} {name} totalled {pq}");
        if let Some(g) = itx_metrics::growth_pct(pi.prior, pi.value) {
            let gs = w.pct("peers_yoy_pct", q, g, &["peers_value", "monthly values"]);
            p5 += &format!(", {} {gs} on a year earlier", up_down(g));
        }
        p5 += &format!("; India's were {india} (Reserve Bank of India)");
        if let Some(g) = itx_metrics::growth_pct(pi.india_prior, pi.india.value) {
            let gs = w.pct(
                "peers_india_yoy_pct",
                q,
                g,
                &["peers_india", "India a year earlier"],
            );
            p5 += &format!(", {} {gs}", up_down(g));
        }
        p5.push('.');
        paras.push(p5);
    }

    // 5. At the start of a fiscal year: the year just ended.
    let mut prev_fy_json = None;
    if fytd.is_some_and(|f| f.span.months == 1) {
        let fy = series.calendar().fiscal_year_of(m).prev();
        let official = s.fiscal_years.iter().find(|(f, _)| *f == fy);
        let sum = series.fy_total(fy);
        let prior_official = s.fiscal_years.iter().find(|(f, _)| *f == fy.prev());
        let prior_sum = series.fy_total(fy.prev());
        let total = official.map(|(_, v)| v.value).or(sum);
        let prior = prior_official.map(|(_, v)| v.value).or(prior_sum);
        if let Some(total) = total {
            let t = match official {
                Some((_, v)) => w.money("previous_fy_total", fy, total, Source::of(key, fy, v)),
                None => w.money_derived("previous_fy_total", fy, total, &["monthly values"]),
            };
            let mut p4 = format!("{fy} ended with {name} of {t}");
            if let Some((prior, growth)) =
                prior.and_then(|p| Some((p, itx_metrics::growth_pct(p, total)?)))
            {
                let pr = match prior_official {
                    Some((_, v)) => w.money(
                        "previous_fy_prior",
                        fy.prev(),
                        prior,
                        Source::of(key, fy.prev(), v),
                    ),
                    None => {
                        w.money_derived("previous_fy_prior", fy.prev(), prior, &["monthly values"])
                    }
                };
                let g = w.pct(
                    "previous_fy_growth_pct",
                    fy,
                    growth,
                    &["previous_fy_total", "previous_fy_prior"],
                );
                p4 += &format!(", {} {g} on {}'s {pr}", up_down(total - prior), fy.prev());
            }
            p4.push('.');
            if let (Some(_), Some(sum)) = (official, sum) {
                let ms = w.money_derived("previous_fy_monthly_sum", fy, sum, &["monthly values"]);
                p4 += &format!(
                    " (SBP's headline total; the monthly figures in the store add up to {ms}.)"
                );
            }
            paras.push(p4);
            prev_fy_json = Some(PreviousFy {
                growth_pct: prior.and_then(|p| itx_metrics::growth_pct(p, total)),
                label: fy.to_string(),
                monthly_sum: sum,
                prior,
                source: if official.is_some() {
                    "official fiscal-year total"
                } else {
                    "sum of monthly figures"
                }
                .to_string(),
                value: total,
            });
        }
    }

    let title = format!("{}, {}", capitalise(name), m.long_label());
    let pv = |(p, v): (YearMonth, f64)| PeriodValue {
        period: p.to_string(),
        value: v,
    };
    let summary = Summary::Month(Box::new(MonthSummary {
        all_time_high: record.map(|r| r.all_time_high),
        as_of: input.as_of.map(|d| d.to_string()),
        avg12: series.avg12(m),
        contributions: contrib,
        freshness: None,
        fytd: fytd.map(|f| FytdSummary {
            label: format!("{} {}", f.span.span_label(), f.span.fy),
            period: f.span.to_string(),
            prior: f.prior,
            value: f.value,
            yoy_pct: f.yoy_pct,
        }),
        highest_since: record.and_then(|r| r.highest_since).map(pv),
        mom_pct: mom.map(|c| c.pct),
        outlook: outlook_json,
        period: m.to_string(),
        previous_fiscal_year: prev_fy_json,
        previous_high: record.and_then(|r| r.previous_high).map(pv),
        previous_high_stood_months: record.and_then(|r| r.previous_high_stood_months),
        previous_month: mom.map(|c| pv((c.base_period, c.base))),
        rank: record.map(|r| Rank {
            of_months: r.months,
            rank: r.rank,
        }),
        series: key.to_string(),
        series_name: s.info.name.clone(),
        share_of_services: share_json,
        status: v.status.as_str().to_string(),
        target: target_json,
        ttm: series.ttm(m),
        unit: "US$ million".to_string(),
        value: v.value,
        year_ago: yoy.map(|c| pv((c.base_period, c.base))),
        yoy_pct: yoy.map(|c| c.pct),
        yoy_streak_months: streak,
    }));
    Ok(Brief {
        title,
        paragraphs: paras,
        facts: w.facts,
        summary,
        lang: itx_l10n::Lang::En,
    }
    .cautioned())
}

/// A target's own fields, the rest of the summary empty.
fn target_summary(t: &itx_types::targets::Target) -> TargetSummary {
    TargetSummary {
        gap: None,
        met: None,
        monthly_avg_so_far: None,
        months_left: None,
        needed_monthly_avg: None,
        surplus: None,
        url: t.url.to_string(),
        value: t.value,
        what: t.what.to_string(),
    }
}
