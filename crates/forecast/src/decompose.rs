//! Classical seasonal decomposition and the seasonality test used by the Theta family.
//!
//! Theta forecasts are made on seasonally adjusted data when a seasonality test says so
//! (Assimakopoulos & Nikolopoulos 2000; the M3 implementation), and ETS takes its
//! starting seasonal states from the same decomposition (Hyndman et al. 2008, §2.6.1).
//! The decomposition is the textbook one (statsmodels `seasonal_decompose`): a centred
//! 2×m moving average for the trend, seasonal indices as the per-position means of the
//! detrended series, normalised to average 1 (multiplicative) or 0 (additive).

use crate::stats;

/// Additive or multiplicative decomposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Additive,
    Multiplicative,
}

/// The `m` seasonal indices of a classical decomposition; index `i` belongs to
/// observations `i, i + m, i + 2m, ...` (0-based).
pub(crate) fn seasonal_indices(y: &[f64], m: usize, kind: Kind) -> Option<Vec<f64>> {
    let n = y.len();
    if m < 2 || n < 2 * m {
        return None;
    }
    // Centred moving average: weights 1/m (odd m) or [1/2, 1, ..., 1, 1/2]/m (even m).
    let half = m / 2;
    let mut trend = vec![f64::NAN; n];
    for (t, tr) in trend.iter_mut().enumerate().take(n - half).skip(half) {
        let s = if m % 2 == 0 {
            0.5 * y[t - half] + y[t - half + 1..t + half].iter().sum::<f64>() + 0.5 * y[t + half]
        } else {
            y[t - half..=t + half].iter().sum::<f64>()
        };
        *tr = s / m as f64;
    }
    let mut sums = vec![0.0; m];
    let mut counts = vec![0usize; m];
    for t in 0..n {
        if trend[t].is_nan() {
            continue;
        }
        let d = match kind {
            Kind::Additive => y[t] - trend[t],
            Kind::Multiplicative => y[t] / trend[t],
        };
        if d.is_finite() {
            sums[t % m] += d;
            counts[t % m] += 1;
        }
    }
    if counts.contains(&0) {
        return None;
    }
    let mut idx: Vec<f64> = sums
        .iter()
        .zip(&counts)
        .map(|(s, &c)| s / c as f64)
        .collect();
    let avg = stats::mean(&idx);
    match kind {
        Kind::Additive => idx.iter_mut().for_each(|v| *v -= avg),
        Kind::Multiplicative => {
            if avg == 0.0 || !avg.is_finite() {
                return None;
            }
            idx.iter_mut().for_each(|v| *v /= avg)
        }
    }
    idx.iter().all(|v| v.is_finite()).then_some(idx)
}

/// The 90% autocorrelation test for seasonality used with the Theta method in M3
/// (and by statsforecast's `AutoTheta`): seasonal when
/// `|r_m| > 1.645 · sqrt((1 + 2 Σ_{k<m} r_k²) / n)`. Needs `m ≥ 4` and `n ≥ 2m`.
pub(crate) fn is_seasonal(y: &[f64], m: usize) -> bool {
    if m < 4 || y.len() < 2 * m {
        return false;
    }
    let r = stats::acf(y, m);
    let s: f64 = r[..m - 1].iter().map(|v| v * v).sum();
    let stat = ((1.0 + 2.0 * s) / y.len() as f64).sqrt();
    r[m - 1].abs() / stat > stats::normal_quantile(0.95)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_a_pure_seasonal_pattern() {
        let pat = [1.2, 0.8, 1.0, 1.0];
        let y: Vec<f64> = (0..24).map(|t| 100.0 * pat[t % 4]).collect();
        let s = seasonal_indices(&y, 4, Kind::Multiplicative).unwrap();
        for (a, b) in s.iter().zip(pat) {
            assert!((a - b).abs() < 1e-12, "{s:?}");
        }
        assert!(is_seasonal(&y, 4));
        let flat: Vec<f64> = (0..24).map(|t| t as f64).collect();
        assert!(!is_seasonal(&flat, 4));
    }
}
