//! `itx bench outlook`: the fiscal-year outlook replayed at every month-end of
//! past fiscal years, against the analysts' two rules of thumb.
//!
//! For each complete fiscal year from `from` on and each month-end k = 1..11
//! of it, the outlook is made from the months up to k only, and compared with
//! the year's realised total (the sum of its twelve monthly figures). The two
//! rules: the run rate (FYTD × 12 / k) and last year's total grown at the FYTD
//! rate (last year × FYTD / last year's same months).
//!
//! The replays use the figures as the store holds them today, cut at month k
//! ("pseudo real time"): the store holds one vintage of most of the history
//! (SBP's EasyData export of April 2025), so the figures as first published
//! cannot be replayed before 2025. Revisions of ICT exports are small (under
//! 1% in the releases the store has), so this flatters no method much, and it
//! flatters all three alike.

use std::time::Instant;

use itx_forecast::ModelKind;
use itx_store::Store;
use itx_types::{FiscalYear, SeriesKey};
use serde::Serialize;

use crate::{Error, Result, forecasting, load_series};

/// One replay: a fiscal year seen at its k-th month-end.
#[derive(Debug, Clone, Serialize)]
pub struct Replay {
    pub fiscal_year: String,
    pub months_elapsed: usize,
    /// The year's total, US$ million.
    pub realised: f64,
    pub median: f64,
    pub lower80: f64,
    pub upper80: f64,
    pub lower95: f64,
    pub upper95: f64,
    pub run_rate: f64,
    pub growth_rule: Option<f64>,
    pub target: Option<f64>,
    pub p_target: Option<f64>,
    /// The spread factor fitted on the years before this one at the same
    /// month (`None`: fewer than five could be replayed; the raw spread).
    pub spread: Option<f64>,
}

/// Scores over a set of replays.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    /// Months elapsed (`None`: all replays).
    pub months_elapsed: Option<usize>,
    pub replays: usize,
    /// Mean absolute % error of itx's median, the run rate, the growth rule.
    pub mape: f64,
    pub mape_run_rate: f64,
    pub mape_growth_rule: Option<f64>,
    /// Share of realised totals inside the 80% and 95% intervals.
    pub cover80: f64,
    pub cover95: f64,
    /// Mean CRPS, US$ million: itx's from its five quantiles; for the rules
    /// (point forecasts) the absolute error.
    pub crps: f64,
    pub crps_run_rate: f64,
    pub crps_growth_rule: Option<f64>,
    /// Mean probability itx gave to the side of the target the year ended on,
    /// over the replays of years with a target, and how many there were.
    pub p_realised_side: Option<f64>,
    pub with_target: usize,
}

/// The benchmark: every replay and the scores by months elapsed and overall.
#[derive(Debug, Clone, Serialize)]
pub struct OutlookBench {
    pub series: String,
    pub from: String,
    pub to: String,
    pub model: String,
    pub replays: Vec<Replay>,
    pub by_month: Vec<Score>,
    pub overall: Score,
    pub seconds: f64,
}

/// CRPS of a forecast given by its 2.5/10/50/90/97.5% quantiles, approximated
/// as twice the mean quantile (pinball) loss at those levels.
fn crps_from_quantiles(qs: &[(f64, f64)], y: f64) -> f64 {
    let loss: f64 = qs
        .iter()
        .map(|&(tau, q)| {
            let u = y - q;
            if u >= 0.0 { tau * u } else { (tau - 1.0) * u }
        })
        .sum();
    2.0 * loss / qs.len() as f64
}

fn score(replays: &[&Replay], months_elapsed: Option<usize>) -> Score {
    let n = replays.len().max(1) as f64;
    let ape = |f: f64, y: f64| ((f - y) / y).abs() * 100.0;
    let mean = |xs: &mut dyn Iterator<Item = f64>| {
        let v: Vec<f64> = xs.collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
    };
    let inside = |lo: f64, hi: f64, y: f64| lo <= y && y <= hi;
    let targets: Vec<f64> = replays
        .iter()
        .filter_map(|r| {
            let (t, p) = (r.target?, r.p_target?);
            Some(if r.realised >= t { p } else { 1.0 - p })
        })
        .collect();
    Score {
        months_elapsed,
        replays: replays.len(),
        mape: replays
            .iter()
            .map(|r| ape(r.median, r.realised))
            .sum::<f64>()
            / n,
        mape_run_rate: replays
            .iter()
            .map(|r| ape(r.run_rate, r.realised))
            .sum::<f64>()
            / n,
        mape_growth_rule: mean(
            &mut replays
                .iter()
                .filter_map(|r| Some(ape(r.growth_rule?, r.realised))),
        ),
        cover80: replays
            .iter()
            .filter(|r| inside(r.lower80, r.upper80, r.realised))
            .count() as f64
            / n,
        cover95: replays
            .iter()
            .filter(|r| inside(r.lower95, r.upper95, r.realised))
            .count() as f64
            / n,
        crps: replays
            .iter()
            .map(|r| {
                crps_from_quantiles(
                    &[
                        (0.025, r.lower95),
                        (0.1, r.lower80),
                        (0.5, r.median),
                        (0.9, r.upper80),
                        (0.975, r.upper95),
                    ],
                    r.realised,
                )
            })
            .sum::<f64>()
            / n,
        crps_run_rate: replays
            .iter()
            .map(|r| (r.run_rate - r.realised).abs())
            .sum::<f64>()
            / n,
        crps_growth_rule: mean(
            &mut replays
                .iter()
                .filter_map(|r| Some((r.growth_rule? - r.realised).abs())),
        ),
        p_realised_side: (!targets.is_empty())
            .then(|| targets.iter().sum::<f64>() / targets.len() as f64),
        with_target: targets.len(),
    }
}

/// Replays `key`'s fiscal years from `from` (default FY2010-11) to the last
/// complete one.
///
/// # Errors
/// An unknown series or fiscal year, or one with too little history.
pub fn run(store: &Store, key: &SeriesKey, from: Option<&str>) -> Result<OutlookBench> {
    let start = Instant::now();
    let data = load_series(store, key, None)?;
    let cal = key.calendar();
    let monthly = itx_metrics::Monthly::new(cal, data.months.iter().map(|(m, v)| (*m, v.value)));
    let first: FiscalYear = cal
        .parse_fiscal_year(from.unwrap_or("FY2010-11"))
        .map_err(|e| Error::Bad(format!("--from: {e}")))?;
    let Some(last_month) = monthly.last() else {
        return Err(Error::NotFound(format!("{key} has no monthly figures")));
    };
    let mut last_fy = cal.fiscal_year_of(last_month);
    if last_fy.last_month() != last_month {
        last_fy = last_fy.prev();
    }
    if first > last_fy {
        return Err(Error::Bad(format!(
            "--from {first} is after the last complete fiscal year in the store ({last_fy})"
        )));
    }
    let mut jobs: Vec<(FiscalYear, usize)> = Vec::new();
    let mut fy = first;
    while fy <= last_fy {
        if monthly.fy_total(fy).is_some() {
            for k in 1..=11 {
                jobs.push((fy, k));
            }
        }
        fy = fy.next();
    }
    // The replays are independent: two threads halve the wall time on CI's two cores.
    let replay = |&(fy, k): &(FiscalYear, usize)| -> Result<Replay> {
        let realised = monthly.fy_total(fy).expect("complete year");
        let through = fy.first_month().add_months(k as i32 - 1);
        let fytd: f64 = fy.months().take(k).filter_map(|m| monthly.get(m)).sum();
        let prev_total = monthly.fy_total(fy.prev());
        let prev_fytd: Option<f64> = fy
            .prev()
            .months()
            .take(k)
            .map(|m| monthly.get(m))
            .sum::<Option<f64>>();
        let target = itx_types::targets::target(key.as_str(), &fy.to_string()).map(|t| t.value);
        let fo = forecasting::outlook_of(
            &data,
            Some(&fy.to_string()),
            target,
            Some(through),
            ModelKind::Combo,
            None,
        )?;
        let spread = fo.calibration.as_ref().map(|c| c.factor);
        let o = fo.outlook;
        Ok(Replay {
            fiscal_year: fy.to_string(),
            months_elapsed: k,
            realised,
            median: o.median,
            lower80: o.lower80,
            upper80: o.upper80,
            lower95: o.lower95,
            upper95: o.upper95,
            run_rate: fytd * 12.0 / k as f64,
            growth_rule: match (prev_total, prev_fytd) {
                (Some(t), Some(p)) if p > 0.0 => Some(t * fytd / p),
                _ => None,
            },
            target,
            p_target: o.p_target,
            spread,
        })
    };
    let half = jobs.len().div_ceil(2);
    let (a, b) = jobs.split_at(half);
    let (ra, rb) = std::thread::scope(|s| {
        let h = s.spawn(|| b.iter().map(replay).collect::<Result<Vec<_>>>());
        let ra = a.iter().map(replay).collect::<Result<Vec<_>>>();
        (ra, h.join())
    });
    let mut replays = ra?;
    replays.extend(rb.map_err(|_| Error::Internal("a replay thread panicked".into()))??);
    let by_month = (1..=11)
        .map(|k| {
            let rs: Vec<&Replay> = replays.iter().filter(|r| r.months_elapsed == k).collect();
            score(&rs, Some(k))
        })
        .collect();
    let all: Vec<&Replay> = replays.iter().collect();
    Ok(OutlookBench {
        series: key.to_string(),
        from: first.to_string(),
        to: last_fy.to_string(),
        model: ModelKind::Combo.to_string(),
        overall: score(&all, None),
        by_month,
        replays,
        seconds: start.elapsed().as_secs_f64(),
    })
}

#[cfg(test)]
mod tests {
    use super::crps_from_quantiles;

    #[test]
    fn crps_is_zero_only_when_every_quantile_hits() {
        let qs = [
            (0.025, 10.0),
            (0.1, 10.0),
            (0.5, 10.0),
            (0.9, 10.0),
            (0.975, 10.0),
        ];
        assert_eq!(crps_from_quantiles(&qs, 10.0), 0.0);
        // A point forecast 2 below the outcome: each level's loss is tau × 2,
        // they sum to 5 and twice their mean is 2, the absolute error, as a
        // point forecast's CRPS is.
        assert!((crps_from_quantiles(&qs, 12.0) - 2.0).abs() < 1e-12);
    }
}
