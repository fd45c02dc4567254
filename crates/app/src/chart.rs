//! The charts of itx-charts, drawn from the store's current figures.

use std::io::Write;
use std::path::Path;

use crate::{Error, Result};
use itx_charts::{Chart, Cumulative, Meta, MonthlyBars, Stacked};
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
    let latest = vintages
        .iter()
        .filter(|(_, v)| v.release.kind == SourceKind::Official)
        .filter_map(|(_, v)| v.release.published)
        .max();
    let press: Vec<String> = vintages
        .iter()
        .filter(|(_, v)| v.release.kind == SourceKind::Press)
        .map(|(m, _)| m.short_label())
        .collect();
    let mut s = match latest {
        Some(d) => format!(
            "Source: State Bank of Pakistan, release of {}",
            long_date(d)
        ),
        None => "Source: press reports of SBP figures".to_string(),
    };
    if !press.is_empty() && latest.is_some() {
        s.push_str(&format!("; {} as reported by the press", press.join(", ")));
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
    let name = &data.short_name;
    let source = source_line(&window);
    let unit = "US$ million";
    Ok(match r.kind {
        "monthly" => {
            let rec = all.record(to).filter(|x| x.all_time_high);
            let title = match &rec {
                Some(_) => format!("{name}: a record in {}", to.long_label()),
                None => format!("{name} by month"),
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
            let missing = missing_runs(&window.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            let gaps = if missing.is_empty() {
                String::new()
            } else {
                format!(
                    "; no figure in the store for {} (shaded)",
                    missing.join(", ")
                )
            };
            Chart::Monthly(MonthlyBars {
                meta: Meta::new(title, unit, source).with_subtitle(format!(
                    "{}, {} to {}; line: change on a year earlier{gaps}",
                    data.info.name,
                    from.short_label(),
                    to.short_label()
                )),
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
            Chart::Cumulative(Cumulative {
                meta: Meta::new(
                    format!("{name}, {} so far against {}", fy, fy.prev()),
                    unit,
                    source_line(&fy_window),
                )
                .with_subtitle(match target {
                    Some(t) => format!(
                        "Cumulative since July; dashed: the straight path to the ${} million target",
                        crate::grouped(t, 0)
                    ),
                    None => "Cumulative since July".to_string(),
                }),
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
                    Ok((d.short_name, m))
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
                note += &format!(
                    "; components are published only in SBP's dt.xls, which the store has to {} (totals only after that)",
                    last.short_label()
                );
            }
            let missing = missing_runs(&months);
            if !missing.is_empty() {
                note += &format!("; no components for {}", missing.join(", "));
            }
            Chart::Stacked(Stacked {
                meta: Meta::new(format!("What makes up {name}"), unit, source)
                    .with_subtitle(format!("{}, by component{note}", data.info.name)),
                months,
                components,
                total: Some(window.iter().map(|(_, v)| v.value).collect()),
            })
        }
        "fan" => crate::forecasting::fan_chart(
            store,
            &r.series,
            12,
            itx_forecast::ModelKind::Combo,
            r.as_of,
        )?,
        other => bad!("unknown chart kind {other:?}: monthly, cumulative, components, fan"),
    })
}

/// Runs of months missing between the first and last of `months` (in order),
/// as "Aug-25 to Dec-25" or "Aug-25".
fn missing_runs(months: &[YearMonth]) -> Vec<String> {
    months
        .windows(2)
        .filter(|w| w[0].add_months(1) < w[1])
        .map(|w| {
            let (a, b) = (w[0].add_months(1), w[1].add_months(-1));
            if a == b {
                a.short_label()
            } else {
                format!("{} to {}", a.short_label(), b.short_label())
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
