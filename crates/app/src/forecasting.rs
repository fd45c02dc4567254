//! Forecasts and fiscal-year outlooks from the store's monthly series.

use crate::Result;
use itx_forecast::Outlook;
use itx_store::Store;
use itx_types::{Date, FiscalYear, SeriesKey, YearMonth};
use serde_json::json;

use itx_narrate::SeriesData;

use std::path::Path;

use crate::{Error, derived, load_series, responses};

pub use itx_forecast::ModelKind;

/// Paths simulated for an outlook (joint sample paths of the remaining months).
pub const PATHS: usize = 5000;
/// Seed of the simulation: the same data give the same outlook.
pub const SEED: u64 = 20_250_701;

/// A series' months as the model sees them: first to last month, with isolated
/// gaps (e.g. a month known only later) filled by linear interpolation; the filled
/// months are listed so the caller can say so.
pub struct History {
    pub months: Vec<(YearMonth, f64)>,
    pub filled: Vec<YearMonth>,
}

pub fn history(store: &Store, key: &SeriesKey, as_of: Option<Date>) -> Result<History> {
    history_of(&load_series(store, key, as_of)?)
}

/// [`history`] of a series already loaded.
pub fn history_of(data: &SeriesData) -> Result<History> {
    let key = &data.info.key;
    let known: Vec<(YearMonth, f64)> = data.months.iter().map(|(m, v)| (*m, v.value)).collect();
    let (Some(&(first, _)), Some(&(last, _))) = (known.first(), known.last()) else {
        return Err(Error::NotFound(format!("no monthly data for {key}")));
    };
    let mut months = Vec::new();
    let mut filled = Vec::new();
    let mut i = 0;
    let mut m = first;
    while m <= last {
        if known.get(i).is_some_and(|(k, _)| *k == m) {
            months.push(known[i]);
            i += 1;
        } else {
            let (pm, pv) = *months.last().expect("first month is known");
            let (nm, nv) = known[i];
            let t = f64::from(m.index() - pm.index()) / f64::from(nm.index() - pm.index());
            months.push((m, pv + (nv - pv) * t));
            filled.push(m);
        }
        m = m.add_months(1);
    }
    // A model fitted mostly to interpolated months forecasts the straight lines
    // it was given, with intervals far too narrow: refuse instead.
    let recent = months.len().min(RECENT_MONTHS);
    let since = months[months.len() - recent].0;
    let gaps = filled.iter().filter(|m| **m >= since).count();
    if gaps * 2 > recent {
        return Err(Error::Bad(format!(
            "{key}: {gaps} of the last {recent} months have no figure (the store has {} months of it in all); a forecast would rest mostly on interpolated months",
            known.len()
        )));
    }
    Ok(History { months, filled })
}

/// The window over which [`history_of`] requires most months to be known.
const RECENT_MONTHS: usize = 36;

/// The interval levels (percent) forecasts carry unless asked otherwise.
pub const LEVELS: [u8; 2] = [80, 95];

/// One forecast month: the point forecast and a central interval per level.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub month: YearMonth,
    pub mean: f64,
    /// (level in percent, lower, upper), in the order the levels were asked for.
    pub bands: Vec<(u8, f64, f64)>,
}

impl Point {
    /// The interval at `level` percent, if it was computed.
    pub fn band(&self, level: u8) -> Option<(f64, f64)> {
        self.bands
            .iter()
            .find(|b| b.0 == level)
            .map(|&(_, lo, hi)| (lo, hi))
    }
}

/// Parses interval levels such as `80,95` (percent, 1 to 99; sorted, repeats dropped).
pub fn parse_levels(s: &str) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim) {
        let level = part
            .parse::<u8>()
            .ok()
            .filter(|l| (1..=99).contains(l))
            .ok_or_else(|| {
                Error::Bad(format!(
                    "interval level {part:?}: a whole percentage from 1 to 99 (e.g. 80,95)"
                ))
            })?;
        out.push(level);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// Forecasts `h` months after the last known one, with intervals at `levels`.
pub fn forecast(
    store: &Store,
    key: &SeriesKey,
    h: usize,
    kind: ModelKind,
    as_of: Option<Date>,
    levels: &[u8],
) -> Result<(History, Vec<Point>, String)> {
    let hist = history(store, key, as_of)?;
    let (pts, model) = forecast_of(&hist, h, kind, levels, store.path().as_deref())?;
    Ok((hist, pts, model))
}

/// Forecasts `h` months after a history's last month, with intervals at `levels`.
/// `cache`: the store's file, beside which fits are kept ([`crate::derived`]).
pub fn forecast_of(
    hist: &History,
    h: usize,
    kind: ModelKind,
    levels: &[u8],
    cache: Option<&Path>,
) -> Result<(Vec<Point>, String)> {
    let y: Vec<f64> = hist.months.iter().map(|(_, v)| *v).collect();
    let levels_f: Vec<f64> = levels.iter().map(|&l| f64::from(l)).collect();
    let key = derived::Key::new("forecast")
        .nums(&y)
        .num(h as f64)
        .text(&kind.to_string())
        .nums(&levels_f);
    let f = derived::cached(cache, key, || {
        itx_forecast::forecast(&y, 12, h, kind, levels)
    })
    .map_err(|e| Error::Bad(format!("forecast: {e}")))?;
    let last = hist.months.last().expect("non-empty").0;
    let points = (0..h)
        .map(|i| Point {
            month: last.add_months(i as i32 + 1),
            mean: f.mean[i],
            bands: levels
                .iter()
                .map(|&lv| {
                    let at = |side: &std::collections::BTreeMap<u8, Vec<f64>>| {
                        side.get(&lv)
                            .and_then(|v| v.get(i))
                            .copied()
                            .unwrap_or(f64::NAN)
                    };
                    (lv, at(&f.lower), at(&f.upper))
                })
                .collect(),
        })
        .collect();
    Ok((points, f.model))
}

/// A fiscal-year outlook and what it rests on.
pub struct FyOutlook {
    pub fy: FiscalYear,
    pub target: Option<f64>,
    /// How the interval's spread was fitted to earlier years' outcomes (`None`
    /// when fewer than six earlier years could be replayed).
    pub calibration: Option<Calibration>,
    pub outlook: Outlook,
    pub fixed: Vec<(YearMonth, f64)>,
    pub filled: Vec<YearMonth>,
    pub as_of: Option<Date>,
    /// The year's outcome as the store knows it today (SBP's total, or the sum
    /// of twelve months), for scoring a replayed outlook.
    pub realised: Option<f64>,
}

/// The spread fitted to earlier years: the simulated totals are scaled by
/// `factor` about their median so that the earlier years' outlooks, at every
/// month-end, would have held 80% of their outcomes inside the 80% interval.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Calibration {
    pub factor: f64,
    /// How many earlier fiscal years (each replayed at 11 month-ends) it rests on.
    pub years: usize,
}

/// Paths for each earlier year's outlook the spread is fitted on (its 10th and
/// 90th percentiles are all that is read).
const CALIBRATION_PATHS: usize = 1000;
/// The most recent earlier years the spread is fitted on: the series' early
/// years (2005–2012) moved in ways its recent ones do not.
const CALIBRATION_YEARS: usize = 10;
/// Each earlier year's scores weigh this much less than the next year's (the
/// year before the outlook's weighs 1): a half-life of about three years, so
/// that a series whose volatility changes is calibrated on its recent record
/// (weighted conformal prediction, [`itx_forecast::spread_factor_weighted`]).
/// Chosen on the replays `itx bench outlook` scores, so its coverage there is a
/// development figure: 80% intervals held 82.4% of 176 outcomes (0.9: 85.2%,
/// 0.7: 81.8%; without weights 85.2%).
const CALIBRATION_DECAY: f64 = 0.8;
/// The fewest earlier years a spread is fitted on. A year's 11 replays are one
/// outcome seen 11 times, so with `n` years each holds 1/n of the pooled scores,
/// and with fewer than six (1/n ≥ 20%) a single year can set their 80% point on
/// its own: with three, FY2008-09 (the crisis year, scores 4–7.6) widened the
/// FY2011-12 outlooks fivefold. Below six the simulated spread is used as it is.
pub const MIN_CALIBRATION_YEARS: usize = 6;

/// The spread factor for an outlook of `fy`: each of the (up to ten) complete
/// fiscal years before `fy` that has 36 months of history before it is
/// replayed at each of its 11 month-ends with only the months known then, and
/// [`itx_forecast::spread_score`] measures where its outcome fell; the factor
/// is the split-conformal 80% point of those scores, pooled over the months
/// (a single year's 11 replays are too few to calibrate on).
fn spread_of(
    months: &[(YearMonth, f64)],
    fy: FiscalYear,
    kind: ModelKind,
    cache: Option<&Path>,
) -> Result<Option<Calibration>> {
    let by_month: std::collections::BTreeMap<YearMonth, f64> = months.iter().copied().collect();
    let mut scores = Vec::new();
    let mut years = 0;
    let mut year = fy.prev();
    while years < CALIBRATION_YEARS {
        let Some(vals) = year
            .months()
            .map(|m| by_month.get(&m).copied())
            .collect::<Option<Vec<f64>>>()
        else {
            break;
        };
        if by_month.range(..year.first_month()).count() < 36 {
            break;
        }
        for k in 1..12 {
            let through = year.first_month().add_months(k as i32 - 1);
            let history: Vec<f64> = by_month.range(..=through).map(|(_, v)| *v).collect();
            let fixed = &vals[..k];
            let key = derived::Key::new("outlook-calibration")
                .nums(&history)
                .nums(fixed)
                .text(&kind.to_string())
                .num(CALIBRATION_PATHS as f64)
                .num(SEED as f64);
            let raw = derived::cached(cache, key, || {
                itx_forecast::fy_outlook(
                    &history,
                    12,
                    fixed,
                    12 - k,
                    None,
                    kind,
                    CALIBRATION_PATHS,
                    SEED,
                )
            })
            .map_err(|e| Error::Bad(format!("outlook calibration: {e}")))?;
            if let Some(score) = itx_forecast::spread_score(&raw, vals.iter().sum()) {
                scores.push((score, CALIBRATION_DECAY.powi(years as i32)));
            }
        }
        years += 1;
        year = year.prev();
    }
    if years < MIN_CALIBRATION_YEARS {
        return Ok(None);
    }
    Ok(itx_forecast::spread_factor_weighted(&scores).map(|factor| Calibration { factor, years }))
}

/// The outlook of a fiscal year (default: the one the latest month belongs to,
/// or the next when that month closes a year), as known on `as_of`.
pub fn outlook(
    store: &Store,
    key: &SeriesKey,
    fy: Option<&str>,
    target: Option<f64>,
    as_of: Option<Date>,
    kind: ModelKind,
) -> Result<FyOutlook> {
    let data = load_series(store, key, as_of)?;
    let mut o = outlook_of(&data, fy, target, None, kind, store.path().as_deref())?;
    // Scoring a replay needs the outcome as known today; a live outlook does not.
    if let Some(d) = as_of {
        o.as_of = Some(d);
        let now = load_series(store, key, None)?;
        o.realised = now
            .fiscal_years
            .iter()
            .find(|(f, _)| *f == o.fy)
            .map(|(_, v)| v.value)
            .or_else(|| {
                let vals: Vec<f64> =
                    o.fy.months()
                        .filter_map(|m| {
                            now.months
                                .iter()
                                .find(|(k, _)| *k == m)
                                .map(|(_, v)| v.value)
                        })
                        .collect();
                (vals.len() == 12).then(|| vals.iter().sum())
            });
    }
    Ok(o)
}

/// The outlook from a series already loaded (as known on its `as_of`), without
/// the outcome: what the brief of a month needs.
/// `cache`: the store's file, beside which fits are kept ([`crate::derived`]).
pub fn outlook_of(
    data: &SeriesData,
    fy: Option<&str>,
    target: Option<f64>,
    through: Option<YearMonth>,
    kind: ModelKind,
    cache: Option<&Path>,
) -> Result<FyOutlook> {
    let key = &data.info.key;
    let mut hist = history_of(data)?;
    if let Some(t) = through {
        hist.months.retain(|(m, _)| *m <= t);
        hist.filled.retain(|m| *m <= t);
        if hist.months.is_empty() {
            return Err(Error::NotFound(format!("no data for {key} through {t}")));
        }
    }
    let cal = key.calendar();
    let last = hist.months.last().expect("non-empty").0;
    let fy = match fy {
        Some(s) => cal
            .parse_fiscal_year(s)
            .map_err(|e| Error::Bad(format!("fy: {e}")))?,
        None => {
            let f = cal.fiscal_year_of(last);
            if f.last_month() == last { f.next() } else { f }
        }
    };
    if fy.first_month() > last.add_months(1) {
        return Err(Error::Bad(format!(
            "{fy} starts after the month following the latest data ({last}); choose {} or earlier",
            cal.fiscal_year_of(last.add_months(1))
        )));
    }
    // A year already over: its outlook is its realised total, so the model
    // sees the history up to the year's end and has nothing left to simulate.
    if fy.last_month() <= last {
        hist.months.retain(|(m, _)| *m <= fy.last_month());
    }
    let fixed: Vec<(YearMonth, f64)> = hist
        .months
        .iter()
        .filter(|(m, _)| fy.contains(*m))
        .copied()
        .collect();
    let left = 12 - fixed.len();
    let target = target
        .or_else(|| itx_types::targets::target(key.as_str(), &fy.to_string()).map(|t| t.value));
    // The model sees everything up to the last month before the year's unknown part.
    let y: Vec<f64> = hist.months.iter().map(|(_, v)| *v).collect();
    let fixed_vals: Vec<f64> = fixed.iter().map(|(_, v)| *v).collect();
    let key = derived::Key::new("outlook")
        .nums(&y)
        .nums(&fixed_vals)
        .num(left as f64)
        .num(target.unwrap_or(f64::NAN))
        .text(&kind.to_string())
        .num(PATHS as f64)
        .num(SEED as f64);
    // The spread that made earlier years' outlooks at this month hold their
    // outcomes 80% of the time (split conformal on those years only).
    let calibration = if left > 0 && !fixed.is_empty() {
        spread_of(&hist.months, fy, kind, cache)?
    } else {
        None
    };
    let spread = calibration.as_ref().map_or(1.0, |c| c.factor);
    let key = key.num(spread);
    let o = derived::cached(cache, key, || {
        itx_forecast::fy_outlook_spread(
            &y,
            12,
            &fixed_vals,
            left,
            target,
            kind,
            PATHS,
            SEED,
            spread,
        )
    })
    .map_err(|e| Error::Bad(format!("outlook: {e}")))?;
    Ok(FyOutlook {
        fy,
        target,
        calibration,
        outlook: o,
        fixed,
        filled: hist
            .filled
            .into_iter()
            .filter(|m| *m >= last.add_months(-36))
            .collect(),
        as_of: None,
        realised: None,
    })
}

/// An outlook as the API answers it.
pub fn outlook_json(key: &SeriesKey, o: &FyOutlook) -> responses::Outlook {
    let x = &o.outlook;
    responses::Outlook {
        as_of: o.as_of.map(|d| d.to_string()),
        calibration: o
            .calibration
            .as_ref()
            .map(|c| responses::OutlookCalibration {
                factor: c.factor,
                years: c.years,
            }),
        fiscal_year: o.fy.to_string(),
        interpolated_months: o.filled.iter().map(ToString::to_string).collect(),
        model: x.model.clone(),
        months_left: x.months_left,
        months_published: x.months_fixed,
        needed_monthly_avg: x.needed_monthly_avg,
        p_target: x.p_target,
        paths: x.paths,
        published_months: o
            .fixed
            .iter()
            .map(|(m, v)| responses::PeriodValue {
                period: m.to_string(),
                value: *v,
            })
            .collect(),
        published_sum: x.fixed_sum,
        realised: o.realised,
        realised_inside_95: o.realised.map(|r| r >= x.lower95 && r <= x.upper95),
        series: key.to_string(),
        target: o.target,
        total: responses::Total {
            lower80: x.lower80,
            lower95: x.lower95,
            median: x.median,
            upper80: x.upper80,
            upper95: x.upper95,
        },
    }
}

/// A forecast as the API answers it.
pub fn forecast_json(
    key: &SeriesKey,
    h: &History,
    pts: &[Point],
    model: &str,
) -> responses::Forecast {
    responses::Forecast {
        forecast: pts
            .iter()
            .map(|p| {
                let mut row = serde_json::Map::new();
                row.insert("period".into(), json!(p.month.to_string()));
                row.insert("mean".into(), json!(p.mean));
                for &(lv, lo, hi) in &p.bands {
                    row.insert(format!("lower{lv}"), json!(lo));
                    row.insert(format!("upper{lv}"), json!(hi));
                }
                row
            })
            .collect(),
        interpolated_months: h.filled.iter().map(ToString::to_string).collect(),
        last_month: h.months.last().map(|(m, _)| m.to_string()),
        model: model.to_string(),
        series: key.to_string(),
        unit: "US$ million".to_string(),
    }
}

/// The fan chart: the last two years of history and the forecast.
pub fn fan_chart(
    store: &Store,
    key: &SeriesKey,
    h: usize,
    kind: ModelKind,
    as_of: Option<Date>,
) -> Result<itx_charts::Chart> {
    fan_chart_in(store, key, h, kind, as_of, itx_l10n::Lang::En)
}

/// [`fan_chart`] with its words in `lang`.
pub fn fan_chart_in(
    store: &Store,
    key: &SeriesKey,
    h: usize,
    kind: ModelKind,
    as_of: Option<Date>,
    lang: itx_l10n::Lang,
) -> Result<itx_charts::Chart> {
    fan_chart_of(
        &load_series(store, key, as_of)?,
        h,
        kind,
        store.path().as_deref(),
        lang,
    )
}

/// [`fan_chart`] of a series already loaded.
pub fn fan_chart_of(
    data: &SeriesData,
    h: usize,
    kind: ModelKind,
    cache: Option<&Path>,
    lang: itx_l10n::Lang,
) -> Result<itx_charts::Chart> {
    let hist = history_of(data)?;
    let (pts, model) = forecast_of(&hist, h, kind, &LEVELS, cache)?;
    let last = hist.months.last().expect("non-empty").0;
    let window: Vec<(YearMonth, &itx_types::Vintage)> = data
        .months
        .iter()
        .filter(|(m, _)| *m > last.add_months(-24))
        .map(|(m, v)| (*m, v))
        .collect();
    let history: Vec<(YearMonth, f64)> = hist
        .months
        .iter()
        .filter(|(m, _)| *m > last.add_months(-24))
        .copied()
        .collect();
    Ok(itx_charts::Chart::Fan(itx_charts::Fan {
        meta: {
            let to = last.add_months(h as i32);
            let name =
                itx_narrate::urdu::series_name(lang, data.info.key.as_str(), &data.short_name);
            itx_charts::Meta::new(
                itx_l10n::t(
                    lang,
                    "chart-title-fan",
                    &[
                        ("series", &name),
                        ("month", &itx_l10n::month_year(lang, to.year(), to.month())),
                    ],
                ),
                itx_l10n::t(lang, "chart-unit", &[]),
                crate::chart::source_line_in(lang, &window),
            )
            .with_subtitle(itx_l10n::t(
                lang,
                "chart-subtitle-fan",
                &[("model", &model.to_string())],
            ))
            .with_words(crate::chart::words(lang))
        },
        history,
        forecast: pts
            .iter()
            .map(|p| {
                let (lo80, hi80) = p.band(80).unwrap_or((f64::NAN, f64::NAN));
                let (lo95, hi95) = p.band(95).unwrap_or((f64::NAN, f64::NAN));
                itx_charts::FanPoint {
                    month: p.month,
                    mean: p.mean,
                    lo80,
                    hi80,
                    lo95,
                    hi95,
                }
            })
            .collect(),
    }))
}
