//! Fiscal-year outlooks: the published months are fixed, the remaining months are
//! simulated jointly, and the year's total is read off the simulated totals.
//!
//! Summing the remaining months' marginal intervals would overstate (perfectly
//! correlated) or understate (independent) the total's uncertainty; the joint sample
//! paths of [`crate::sample_paths`] carry the model's correlation between months (a
//! level shift persists, a seasonal pattern repeats), with the calibrated marginals.

use crate::{Error, Forecaster, ModelKind, stats};

/// The outlook for a fiscal year's total.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Outlook {
    /// Sum of the fiscal year's published months.
    pub fixed_sum: f64,
    /// How many of the fiscal year's months are published.
    pub months_fixed: usize,
    /// How many remain to be forecast.
    pub months_left: usize,
    /// Median of the simulated fiscal-year totals.
    pub median: f64,
    /// 10th percentile of the totals (lower end of the 80% interval).
    pub lower80: f64,
    /// 90th percentile of the totals.
    pub upper80: f64,
    /// 2.5th percentile of the totals (lower end of the 95% interval).
    pub lower95: f64,
    /// 97.5th percentile of the totals.
    pub upper95: f64,
    /// Share of simulated totals at or above the target, when one is given.
    pub p_target: Option<f64>,
    /// The average monthly value the remaining months need for the total to reach the
    /// target: `(target − fixed_sum) / months_left` (when a target is given and months
    /// remain).
    pub needed_monthly_avg: Option<f64>,
    /// The model that made the paths.
    pub model: String,
    /// Number of simulated paths.
    pub paths: usize,
}

/// See [`crate::fy_outlook`]; `spread` scales the simulated totals about their
/// median (1: as simulated; see [`crate::spread_factor`]).
#[allow(clippy::too_many_arguments)]
pub(crate) fn fy_outlook(
    history: &[f64],
    season: usize,
    months_fixed_in_fy: &[f64],
    months_left: usize,
    target: Option<f64>,
    kind: ModelKind,
    n_paths: usize,
    seed: u64,
    spread: f64,
) -> Result<Outlook, Error> {
    if !(spread.is_finite() && spread > 0.0) {
        return Err(Error::InvalidArgument(format!(
            "the spread factor must be positive, not {spread}"
        )));
    }
    if let Some((i, v)) = months_fixed_in_fy
        .iter()
        .enumerate()
        .find(|(_, v)| !v.is_finite())
    {
        return Err(Error::InvalidArgument(format!(
            "published month {i} of the fiscal year is {v}"
        )));
    }
    if let Some(t) = target.filter(|t| !t.is_finite()) {
        return Err(Error::InvalidArgument(format!(
            "the target {t} is not a finite number"
        )));
    }
    let k = months_fixed_in_fy.len();
    if k > history.len() {
        return Err(Error::InvalidArgument(format!(
            "{k} published fiscal-year months but only {} months of history",
            history.len()
        )));
    }
    let tail = &history[history.len() - k..];
    if let Some(i) = tail
        .iter()
        .zip(months_fixed_in_fy)
        .position(|(a, b)| (a - b).abs() > 1e-9 * a.abs().max(b.abs()).max(1.0))
    {
        return Err(Error::InvalidArgument(format!(
            "the fiscal year's published months must be the last {k} months of the history: \
             month {i} of the year is {} but the history has {}",
            months_fixed_in_fy[i], tail[i]
        )));
    }
    let fixed_sum: f64 = months_fixed_in_fy.iter().sum();
    let needed_monthly_avg = match (target, months_left) {
        (Some(t), m) if m > 0 => Some((t - fixed_sum) / m as f64),
        _ => None,
    };
    if months_left == 0 {
        // Nothing left to forecast: the total is known.
        return Ok(Outlook {
            fixed_sum,
            months_fixed: k,
            months_left: 0,
            median: fixed_sum,
            lower80: fixed_sum,
            upper80: fixed_sum,
            lower95: fixed_sum,
            upper95: fixed_sum,
            p_target: target.map(|t| if fixed_sum >= t { 1.0 } else { 0.0 }),
            needed_monthly_avg: None,
            model: "none (every month is published)".into(),
            paths: 0,
        });
    }
    let fc = Forecaster::fit(history, season, kind)?;
    let paths = fc.sample_paths(months_left, n_paths, seed)?;
    let mut totals: Vec<f64> = paths
        .iter()
        .map(|p| fixed_sum + p.iter().sum::<f64>())
        .collect();
    totals.sort_by(|a, b| a.total_cmp(b));
    if spread != 1.0 {
        let mid = stats::quantile_sorted(&totals, 0.5);
        for t in &mut totals {
            *t = fixed_sum.max(mid + spread * (*t - mid));
        }
    }
    let q = |p: f64| stats::quantile_sorted(&totals, p);
    let p_target =
        target.map(|t| totals.iter().filter(|&&v| v >= t).count() as f64 / totals.len() as f64);
    Ok(Outlook {
        fixed_sum,
        months_fixed: k,
        months_left,
        median: q(0.5),
        lower80: q(0.1),
        upper80: q(0.9),
        lower95: q(0.025),
        upper95: q(0.975),
        p_target,
        needed_monthly_avg,
        model: fc.model(),
        paths: totals.len(),
    })
}

/// How far a realised total fell from a raw outlook's median, in half-widths
/// of the raw 80% interval on the side it fell: 1 is the interval's edge.
pub fn spread_score(o: &Outlook, realised: f64) -> Option<f64> {
    let half = if realised >= o.median {
        o.upper80 - o.median
    } else {
        o.median - o.lower80
    };
    (half > 0.0).then(|| (realised - o.median).abs() / half)
}

/// The fewest scores (earlier outcomes) a spread factor is estimated from.
pub const MIN_CALIBRATION_SCORES: usize = 5;

/// The factor that makes a raw outlook's 80% interval hold 80% of `scores`
/// ([`spread_score`] of earlier years' raw outlooks at the same month): split
/// conformal, the ⌈(n + 1)·0.8⌉-th smallest score (the largest when that is
/// past n). `None` with fewer than [`MIN_CALIBRATION_SCORES`] scores.
pub fn spread_factor(scores: &[f64]) -> Option<f64> {
    let weighted: Vec<(f64, f64)> = scores.iter().map(|&s| (s, 1.0)).collect();
    spread_factor_weighted(&weighted)
}

/// [`spread_factor`] with a weight for each score: conformal prediction beyond
/// exchangeability (Barber, Candès, Ramdas & Tibshirani 2023), the smallest
/// score whose cumulative weight reaches 0.8 of the total plus the new
/// outlook's own weight of 1 (the largest score when none does). Equal weights
/// of 1 give [`spread_factor`]'s rank; weights that fall with a score's age let
/// a series whose volatility changes be calibrated on its recent record.
pub fn spread_factor_weighted(scores: &[(f64, f64)]) -> Option<f64> {
    let mut s: Vec<(f64, f64)> = scores
        .iter()
        .copied()
        .filter(|(x, w)| x.is_finite() && w.is_finite() && *w > 0.0)
        .collect();
    if s.len() < MIN_CALIBRATION_SCORES {
        return None;
    }
    s.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = s.iter().map(|p| p.1).sum();
    let need = 0.8 * (total + 1.0);
    let mut cum = 0.0;
    let mut c = s[s.len() - 1].0;
    for &(x, w) in &s {
        cum += w;
        // A relative slack so that equal weights give the exact conformal rank.
        if cum >= need * (1.0 - 1e-12) {
            c = x;
            break;
        }
    }
    (c > 0.0).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(median: f64, lo: f64, hi: f64) -> Outlook {
        Outlook {
            fixed_sum: 0.0,
            months_fixed: 3,
            months_left: 9,
            median,
            lower80: lo,
            upper80: hi,
            lower95: lo,
            upper95: hi,
            p_target: None,
            needed_monthly_avg: None,
            model: String::new(),
            paths: 0,
        }
    }

    #[test]
    fn scores_and_the_conformal_factor() {
        let raw = o(100.0, 90.0, 120.0);
        assert_eq!(spread_score(&raw, 110.0), Some(0.5));
        assert_eq!(spread_score(&raw, 80.0), Some(2.0));
        assert_eq!(spread_factor(&[0.1, 0.2, 0.3, 0.4]), None);
        // n = 9: the ⌈10 × 0.8⌉ = 8th smallest.
        let s = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
        assert_eq!(spread_factor(&s), Some(0.8));
        // n = 5: rank 5, the largest.
        assert_eq!(spread_factor(&[0.5, 0.1, 0.3, 0.2, 0.4]), Some(0.5));
        // Weights: the old large scores count for less. Nine scores, the three
        // largest weighted 0.1: total 6.3, need 0.8 × 7.3 = 5.84, reached at the
        // sixth smallest (cumulative 6.0).
        let w: Vec<(f64, f64)> = s
            .iter()
            .map(|&x| (x, if x > 0.65 { 0.1 } else { 1.0 }))
            .collect();
        assert_eq!(spread_factor_weighted(&w), Some(0.6));
        // Equal weights of 1 are the unweighted rank.
        let ones: Vec<(f64, f64)> = s.iter().map(|&x| (x, 1.0)).collect();
        assert_eq!(spread_factor_weighted(&ones), spread_factor(&s));
    }
}
