//! `itx forecast`, `itx outlook`, `itx bench forecast`.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use itx_app::Db;
use itx_app::forecasting;
use itx_app::forecasting::ModelKind;
use itx_types::{Date, SeriesKey};

use crate::{Format, TextJson};

fn model(s: &str) -> Result<ModelKind> {
    s.parse::<ModelKind>()
        .map_err(|e| anyhow::anyhow!("--model: {e}"))
}

#[allow(clippy::too_many_arguments)]
pub fn forecast(
    store: &Db,
    series: &str,
    h: usize,
    model_name: &str,
    levels: &str,
    as_of: Option<Date>,
    format: Format,
    chart: Option<&Path>,
    out: &mut dyn Write,
) -> Result<()> {
    let key = SeriesKey::resolve(series)?;
    if !(1..=120).contains(&h) {
        bail!("--horizon {h}: between 1 and 120 months");
    }
    let kind = model(model_name)?;
    let levels = forecasting::parse_levels(levels).map_err(|e| anyhow::anyhow!("--level: {e}"))?;
    let (hist, pts, name) = forecasting::forecast(store, &key, h, kind, as_of, &levels)?;
    if let Some(path) = chart {
        let c = forecasting::fan_chart(store, &key, h, kind, as_of)?;
        itx_app::chart::write(&c, Some(path), out)?;
    }
    match format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&forecasting::forecast_json(&key, &hist, &pts, &name))?
        )?,
        _ => {
            let rows: Vec<Vec<String>> = pts
                .iter()
                .map(|p| {
                    let mut row = vec![p.month.to_string(), format!("{:.1}", p.mean)];
                    for &(_, lo, hi) in &p.bands {
                        row.push(format!("{lo:.1}"));
                        row.push(format!("{hi:.1}"));
                    }
                    row
                })
                .collect();
            let mut header = vec!["period".to_string(), "mean".to_string()];
            for lv in &levels {
                header.push(format!("lo{lv}"));
                header.push(format!("hi{lv}"));
            }
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            if format == Format::Table {
                writeln!(out, "{key}, model {name}, US$ million")?;
                if !hist.filled.is_empty() {
                    writeln!(
                        out,
                        "(months missing in the data, interpolated for the model: {})",
                        hist.filled
                            .iter()
                            .map(|m| m.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )?;
                }
            }
            crate::listing::table(out, format, &header, &rows)?;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn outlook(
    store: &Db,
    series: &str,
    fy: Option<&str>,
    target: Option<f64>,
    as_of: Option<Date>,
    model_name: &str,
    format: TextJson,
    out: &mut dyn Write,
) -> Result<()> {
    let key = SeriesKey::resolve(series)?;
    if target.is_some_and(|t| !(t.is_finite() && t > 0.0)) {
        bail!("--target must be a positive number of US$ million");
    }
    let o = forecasting::outlook(store, &key, fy, target, as_of, model(model_name)?)?;
    if format == TextJson::Json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&forecasting::outlook_json(&key, &o))?
        )?;
        return Ok(());
    }
    let x = &o.outlook;
    let m = itx_app::render::money;
    if x.months_left == 0 {
        // A finished year: its outlook is what happened.
        writeln!(
            out,
            "{key}, {}: complete, all 12 months published; total {} (the sum of the monthly figures)",
            o.fy,
            m(x.fixed_sum)
        )?;
        if let Some(t) = o.target {
            let gap = x.fixed_sum - t;
            writeln!(
                out,
                "target {}: {} by {}",
                m(t),
                if gap >= 0.0 { "met" } else { "missed" },
                m(gap.abs())
            )?;
        }
        writeln!(
            out,
            "(an outlook is for a year in progress: --as-of DATE replays what it said during {})",
            o.fy
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{key}, {} outlook{}",
        o.fy,
        o.as_of
            .map(|d| format!(" as known on {d}"))
            .unwrap_or_default()
    )?;
    writeln!(
        out,
        "published: {} of 12 months, {}; simulated: {} months ({} joint paths, model {})",
        x.months_fixed,
        m(x.fixed_sum),
        x.months_left,
        x.paths,
        x.model
    )?;
    writeln!(
        out,
        "total: median {}; 80% {} to {}; 95% {} to {}",
        m(x.median),
        m(x.lower80),
        m(x.upper80),
        m(x.lower95),
        m(x.upper95)
    )?;
    match &o.calibration {
        Some(c) => writeln!(
            out,
            "spread: fitted to {} earlier fiscal years' outcomes (the simulated spread × {:.2}; recent years weigh more)",
            c.years, c.factor
        )?,
        None => writeln!(
            out,
            "spread: as simulated (fewer than {} earlier years to fit it on)",
            forecasting::MIN_CALIBRATION_YEARS
        )?,
    }
    if let (Some(t), Some(p)) = (o.target, x.p_target) {
        writeln!(
            out,
            "target {}: P(total >= target) = {:.1}%",
            m(t),
            p * 100.0
        )?;
        if let Some(n) = x.needed_monthly_avg {
            writeln!(
                out,
                "needed: {} a month over the remaining {} {}",
                m(n),
                x.months_left,
                if x.months_left == 1 {
                    "month"
                } else {
                    "months"
                }
            )?;
        }
    }
    if !o.filled.is_empty() {
        writeln!(
            out,
            "note: not yet published then, interpolated for the model: {}",
            o.filled
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )?;
    }
    if let Some(r) = o.realised {
        let inside = r >= x.lower95 && r <= x.upper95;
        writeln!(
            out,
            "realised: {} ({} the 95% interval)",
            m(r),
            if inside { "inside" } else { "outside" }
        )?;
    }
    Ok(())
}

pub fn bench(
    store: &Db,
    data: &str,
    models: Option<&str>,
    season: Option<usize>,
    backtest: Option<&str>,
    format: TextJson,
    out: &mut dyn Write,
) -> Result<()> {
    let kinds: Vec<ModelKind> = match models {
        Some(list) => list
            .split(',')
            .map(|s| model(s.trim()))
            .collect::<Result<_>>()?,
        None => vec![
            ModelKind::Combo,
            ModelKind::Ets,
            ModelKind::Theta,
            ModelKind::Dotm,
            ModelKind::Arima,
            ModelKind::SeasonalNaive,
        ],
    };
    let key = backtest.map(SeriesKey::resolve).transpose()?;
    let data = match &key {
        Some(k) => itx_app::bench::BenchData::Backtest(k),
        None => itx_app::bench::BenchData::Named(data),
    };
    let report = itx_app::bench::run(store, &data, &kinds, season)?;
    match format {
        TextJson::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        TextJson::Text => {
            let v = serde_json::to_value(&report)?;
            writeln!(
                out,
                "{}: {} series, horizon {}, season {}",
                v["dataset"].as_str().unwrap_or(""),
                v["series"],
                v["horizon"],
                v["season"]
            )?;
            let rows: Vec<Vec<String>> = v["models"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|m| {
                            let f = |k: &str, d: usize| {
                                m[k].as_f64().map_or("-".into(), |x| format!("{x:.d$}"))
                            };
                            vec![
                                m["name"].as_str().unwrap_or("").to_string(),
                                f("smape", 2),
                                f("mase", 3),
                                m["coverage_80"]
                                    .as_f64()
                                    .map_or("-".into(), |x| format!("{x:.1}%")),
                                m["coverage_95"]
                                    .as_f64()
                                    .map_or("-".into(), |x| format!("{x:.1}%")),
                                f("seconds", 1),
                            ]
                        })
                        .collect()
                })
                .unwrap_or_default();
            crate::listing::table(
                out,
                Format::Table,
                &["model", "sMAPE", "MASE", "cover80", "cover95", "seconds"],
                &rows,
            )?;
        }
    }
    Ok(())
}

/// `itx bench outlook`.
pub fn bench_outlook(
    store: &Db,
    series: &str,
    from: &str,
    format: crate::TextJson,
    out: &mut dyn Write,
) -> Result<()> {
    let key = SeriesKey::resolve(series)?;
    let b = itx_app::outlook_bench::run(store, &key, Some(from))?;
    if format == crate::TextJson::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&b)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} fiscal-year outlook ({}), replayed at each month-end of {} to {}: {} replays in {:.1} s",
        b.series,
        b.model,
        b.from,
        b.to,
        b.replays.len(),
        b.seconds
    )?;
    writeln!(
        out,
        "(the store's figures cut at each month: pseudo real time; the rules are the run rate, FYTD × 12 / k, and last year's total × FYTD growth)\n"
    )?;
    writeln!(
        out,
        "{:>6} {:>4}  {:>9} {:>9} {:>9}  {:>6} {:>6}  {:>8} {:>8} {:>8}  {:>9}",
        "months",
        "n",
        "MAPE itx",
        "run rate",
        "growth",
        "80%",
        "95%",
        "CRPS itx",
        "run rate",
        "growth",
        "P(side)"
    )?;
    let opt = |v: Option<f64>, w: usize, d: usize| {
        v.map_or_else(|| format!("{:>w$}", "-"), |x| format!("{x:>w$.d$}"))
    };
    for s in b.by_month.iter().chain(std::iter::once(&b.overall)) {
        writeln!(
            out,
            "{:>6} {:>4}  {:>8.2}% {:>8.2}% {:>8}%  {:>5.1}% {:>5.1}%  {:>8.1} {:>8.1} {:>8}  {:>9}",
            s.months_elapsed
                .map_or("all".to_string(), |k| k.to_string()),
            s.replays,
            s.mape,
            s.mape_run_rate,
            opt(s.mape_growth_rule, 8, 2),
            s.cover80 * 100.0,
            s.cover95 * 100.0,
            s.crps,
            s.crps_run_rate,
            opt(s.crps_growth_rule, 8, 1),
            s.p_realised_side.map_or_else(
                || "-".to_string(),
                |p| format!("{:.0}% of {}", p * 100.0, s.with_target)
            ),
        )?;
    }
    writeln!(
        out,
        "\nMAPE: mean absolute % error of the median against the year's total; CRPS in US$ million (itx's from its 2.5/10/50/90/97.5% quantiles; the rules' is their absolute error); P(side): the mean probability itx gave to the side of the target the year ended on."
    )?;
    Ok(())
}
