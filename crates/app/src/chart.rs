//! The charts of itx-charts, drawn from the store's current figures.

use std::io::Write;
use std::path::Path;

use crate::{Error, Result};
use itx_charts::{Chart, Cumulative, Meta, MonthlyBars, Stacked, Words};
use itx_l10n::{Lang, t};
use itx_metrics::Monthly;
use itx_store::Store;
use itx_types::{Date, SeriesKey, SourceKind, Vintage, YearMonth};

use crate::{component_keys, load_series};

/// What to draw.
pub struct ChartRequest<'a> {
    pub kind: &'a str,
    pub series: SeriesKey,
    pub from: Option<YearMonth>,
    pub to: Option<YearMonth>,
    pub as_of: Option<Date>,
    pub target: Option<f64>,
    /// The language of the chart's words.
    pub lang: Lang,
}

/// The chart's other words (legends, badges, month names) in `lang`.
pub fn words(lang: Lang) -> Words {
    let w = |id: &str| t(lang, id, &[]);
    // Placeholders the chart fills in itself pass through as they are.
    let keep = |id: &str, name: &str| t(lang, id, &[(name, &format!("{{{name}}}"))]);
    Words {
        bars: keep("chart-bars", "unit"),
        left_axis: w("chart-left-axis"),
        record_high: w("chart-record-high"),
        yoy_line: w("chart-yoy-line"),
        yoy_axis: w("chart-yoy-axis"),
        record_badge: keep("chart-record-badge", "value"),
        no_figure: w("chart-no-figure"),
        path_to_target: keep("chart-path-to-target", "value"),
        total: w("chart-total"),
        actual: w("chart-actual"),
        forecast: w("chart-forecast"),
        interval80: w("chart-interval80"),
        interval95: w("chart-interval95"),
        months: (lang != Lang::En)
            .then(|| std::array::from_fn(|i| itx_l10n::month_name(lang, (i + 1) as u8))),
    }
}

/// A month in `lang`'s short form: "Jul-25", "جولائی 25".
fn short(lang: Lang, m: YearMonth) -> String {
    words(lang).month_label(m)
}

/// A series' short name in `lang`.
fn name_in(lang: Lang, key: &SeriesKey, english: &str) -> String {
    itx_narrate::urdu::series_name(lang, key.as_str(), english)
}

/// "17 April 2026".
pub fn long_date(d: Date) -> String {
    format!(
        "{} {} {}",
        d.day(),
        itx_types::month_name(d.month() as u8),
        d.year()
    )
}

/// The source line for a set of vintages: the latest official release, and the
/// months that rest on press reports only.
pub fn source_line(vintages: &[(YearMonth, &Vintage)]) -> String {
    source_line_in(Lang::En, vintages)
}

/// [`source_line`] in `lang`.
pub fn source_line_in(lang: Lang, vintages: &[(YearMonth, &Vintage)]) -> String {
    let latest = vintages
        .iter()
        .filter(|(_, v)| v.release.kind == SourceKind::Official)
        .filter_map(|(_, v)| v.release.published)
        .max();
    let press: Vec<String> = vintages
        .iter()
        .filter(|(_, v)| v.release.kind == SourceKind::Press)
        .map(|(m, _)| short(lang, *m))
        .collect();
    let date = |d: Date| match lang {
        Lang::En => long_date(d),
        _ => format!(
            "{} {}",
            d.day(),
            itx_l10n::month_year(lang, i32::from(d.year()), d.month() as u8)
        ),
    };
    let mut s = match latest {
        Some(d) => t(lang, "chart-source", &[("date", &date(d))]),
        None => t(lang, "chart-source-press", &[]),
    };
    if !press.is_empty() && latest.is_some() {
        let sep = if lang == Lang::En { ", " } else { "، " };
        s.push_str(&t(
            lang,
            "chart-source-press-months",
            &[("months", &press.join(sep))],
        ));
    }
    s
}

/// Builds the chart.
pub fn build(store: &Store, r: &ChartRequest<'_>) -> Result<Chart> {
    let data = load_series(store, &r.series, r.as_of)?;
    let cal = r.series.calendar();
    let Some(&(last, _)) = data.months.last().map(|(m, v)| (m, v)).as_ref() else {
        bad!("no monthly data for {}", r.series);
    };
    let to = r.to.unwrap_or(*last);
    let from = r.from.unwrap_or(to.add_months(-12));
    if from > to {
        bad!("--from {from} is after --to {to}");
    }
    let all = Monthly::new(cal, data.months.iter().map(|(m, v)| (*m, v.value)));
    let window: Vec<(YearMonth, &Vintage)> = data
        .months
        .iter()
        .filter(|(m, _)| *m >= from && *m <= to)
        .map(|(m, v)| (*m, v))
        .collect();
    if window.is_empty() {
        bad!("no data for {} between {from} and {to}", r.series);
    }
    let lang = r.lang;
    let name = &name_in(lang, &r.series, &data.short_name);
    let source = source_line_in(lang, &window);
    let unit_text = t(lang, "chart-unit", &[]);
    let unit = unit_text.as_str();
    let full_name = match lang {
        Lang::En => data.info.name.clone(),
        _ => name.clone(),
    };
    Ok(match r.kind {
        "monthly" => {
            let rec = all.record(to).filter(|x| x.all_time_high);
            let month_long = itx_l10n::month_year(lang, to.year(), to.month());
            let title = match &rec {
                Some(_) => t(
                    lang,
                    "chart-title-record",
                    &[("series", name), ("month", &month_long)],
                ),
                None => t(lang, "chart-title-monthly", &[("series", name)]),
            };
            // The all-time high as known at the last month, marked wherever it
            // falls in the window (the latest such month on a tie).
            let high = data
                .months
                .iter()
                .filter(|(m, _)| *m <= to)
                .fold(None::<(YearMonth, f64)>, |best, (m, v)| match best {
                    Some((_, b)) if b > v.value => best,
                    _ => Some((*m, v.value)),
                })
                .map(|(m, _)| m)
                .filter(|m| *m >= window[0].0);
            let missing = missing_runs(lang, &window.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            let gaps = if missing.is_empty() {
                String::new()
            } else {
                t(lang, "chart-gaps", &[("runs", &missing.join(", "))])
            };
            Chart::Monthly(MonthlyBars {
                meta: Meta::new(title, unit, source)
                    .with_subtitle(t(
                        lang,
                        "chart-subtitle-monthly",
                        &[
                            ("name", &full_name),
                            ("from", &short(lang, from)),
                            ("to", &short(lang, to)),
                            ("gaps", &gaps),
                        ],
                    ))
                    .with_words(words(lang)),
                months: window.iter().map(|(m, v)| (*m, v.value)).collect(),
                yoy_pct: window
                    .iter()
                    .map(|(m, _)| (*m, all.yoy(*m).map(|c| c.pct)))
                    .collect(),
                record: high,
                highlight: window.last().map(|(m, _)| *m),
            })
        }
        "cumulative" => {
            let fy = cal.fiscal_year_of(to);
            let this: Vec<f64> = cumulative(&all, fy.months().take_while(|m| *m <= to));
            let last_year = cumulative(&all, fy.prev().months());
            if last_year.len() < 12 {
                bad!(
                    "{} is incomplete in the store; no full-year comparison",
                    fy.prev()
                );
            }
            let target = r.target.or_else(|| {
                itx_types::targets::target(r.series.as_str(), &fy.to_string()).map(|t| t.value)
            });
            let fy_window: Vec<(YearMonth, &Vintage)> = data
                .months
                .iter()
                .filter(|(m, _)| fy.prev().contains(*m) || (fy.contains(*m) && *m <= to))
                .map(|(m, v)| (*m, v))
                .collect();
            let fy_text = |f: itx_types::FiscalYear| match lang {
                Lang::En => f.to_string(),
                _ => f.to_string().trim_start_matches("FY").to_string(),
            };
            Chart::Cumulative(Cumulative {
                meta: Meta::new(
                    t(
                        lang,
                        "chart-title-cumulative",
                        &[
                            ("series", name),
                            ("fy", &fy_text(fy)),
                            ("prior", &fy_text(fy.prev())),
                        ],
                    ),
                    unit,
                    source_line_in(lang, &fy_window),
                )
                .with_subtitle(match target {
                    Some(tv) => t(
                        lang,
                        "chart-subtitle-cumulative-target",
                        &[("target", &crate::grouped(tv, 0))],
                    ),
                    None => t(lang, "chart-subtitle-cumulative", &[]),
                })
                .with_words(words(lang)),
                fy_label: fy.to_string(),
                last_fy_label: fy.prev().to_string(),
                this_year: this,
                last_year,
                target,
                month_labels: Cumulative::month_labels_from(fy.first_month().month()),
            })
        }
        "components" => {
            let keys = component_keys(store, &r.series)?;
            if keys.is_empty() {
                bad!("{} has no component series in the store", r.series);
            }
            // Sub-items come from dt.xls releases, a few months each (EasyData has
            // none): draw the months of the window that every component covers.
            let series: Vec<(String, Monthly)> = keys
                .iter()
                .map(|k| {
                    let d = load_series(store, k, r.as_of)?;
                    let m = Monthly::new(cal, d.months.iter().map(|(m, v)| (*m, v.value)));
                    Ok((name_in(lang, k, &d.short_name), m))
                })
                .collect::<Result<_>>()?;
            let months: Vec<YearMonth> = window
                .iter()
                .map(|(m, _)| *m)
                .filter(|m| series.iter().all(|(_, s)| s.get(*m).is_some()))
                .collect();
            if months.is_empty() {
                let mut have: Vec<YearMonth> = series
                    .iter()
                    .flat_map(|(_, s)| s.iter().map(|(m, _)| m))
                    .collect();
                have.sort();
                have.dedup();
                bad!(
                    "no month between {from} and {to} has all the components of {}; months with sub-items: {}",
                    r.series,
                    have.iter()
                        .map(|m| m.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            let components = series
                .iter()
                .map(|(n, s)| (n.clone(), months.iter().filter_map(|m| s.get(*m)).collect()))
                .collect();
            let window: Vec<(YearMonth, &Vintage)> = window
                .into_iter()
                .filter(|(m, _)| months.contains(m))
                .collect();
            let source = source_line(&window);
            // Components come only with SBP's dt.xls: say where they stop, and
            // which months inside the window lack them.
            let mut note = String::new();
            if let Some(last) = months.last().filter(|l| **l < to) {
                note += &t(
                    lang,
                    "chart-components-stop",
                    &[("month", &short(lang, *last))],
                );
            }
            let missing = missing_runs(lang, &months);
            if !missing.is_empty() {
                note += &t(
                    lang,
                    "chart-components-missing",
                    &[("runs", &missing.join(", "))],
                );
            }
            Chart::Stacked(Stacked {
                meta: Meta::new(
                    t(lang, "chart-title-components", &[("series", name)]),
                    unit,
                    source,
                )
                .with_subtitle(t(
                    lang,
                    "chart-subtitle-components",
                    &[("name", &full_name), ("note", &note)],
                ))
                .with_words(words(lang)),
                months,
                components,
                total: Some(window.iter().map(|(_, v)| v.value).collect()),
            })
        }
        "fan" => crate::forecasting::fan_chart_in(
            store,
            &r.series,
            12,
            itx_forecast::ModelKind::Combo,
            r.as_of,
            lang,
        )?,
        other => bad!("unknown chart kind {other:?}: monthly, cumulative, components, fan"),
    })
}

/// Runs of months missing between the first and last of `months` (in order),
/// as "Aug-25 to Dec-25" or "Aug-25".
fn missing_runs(lang: Lang, months: &[YearMonth]) -> Vec<String> {
    months
        .windows(2)
        .filter(|w| w[0].add_months(1) < w[1])
        .map(|w| {
            let (a, b) = (w[0].add_months(1), w[1].add_months(-1));
            if a == b {
                short(lang, a)
            } else {
                t(
                    lang,
                    "chart-run",
                    &[("from", &short(lang, a)), ("to", &short(lang, b))],
                )
            }
        })
        .collect()
}

fn cumulative(all: &Monthly, months: impl Iterator<Item = YearMonth>) -> Vec<f64> {
    let mut sum = 0.0;
    let mut out = Vec::new();
    for m in months {
        let Some(v) = all.get(m) else { break };
        sum += v;
        out.push(sum);
    }
    out
}

/// Writes the chart as SVG or PNG (by the file's extension), or SVG to `out`.
pub fn write(chart: &Chart, path: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    let svg = itx_charts::svg(chart).map_err(|e| Error::Internal(e.to_string()))?;
    let Some(path) = path else {
        out.write_all(svg.as_bytes())
            .map_err(|e| Error::io("writing the chart", e))?;
        return Ok(());
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = match ext.as_deref() {
        Some("svg") => svg.into_bytes(),
        Some("png") => itx_charts::png(&svg, 2.0).map_err(|e| Error::Internal(e.to_string()))?,
        _ => bad!(
            "--out {}: the file must end in .svg or .png",
            path.display()
        ),
    };
    std::fs::write(path, bytes).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    Ok(())
}
