//! Differencing and the tests that choose how much of it (KPSS, seasonal strength).

/// Applies `(1 − B)^d (1 − B^m)^D`.
pub(super) fn difference(x: &[f64], d: usize, sd: usize, m: usize) -> Vec<f64> {
    let mut w = x.to_vec();
    for _ in 0..sd {
        w = w.windows(m + 1).map(|v| v[m] - v[0]).collect();
    }
    for _ in 0..d {
        w = w.windows(2).map(|v| v[1] - v[0]).collect();
    }
    w
}

/// The coefficients `δ_i` of `(1 − B)^d (1 − B^m)^D = 1 − Σ δ_i B^i`.
pub(super) fn diff_poly(d: usize, sd: usize, m: usize) -> Vec<(usize, f64)> {
    let mut poly = vec![1.0];
    let mul = |poly: &Vec<f64>, lag: usize| {
        let mut out = vec![0.0; poly.len() + lag];
        for (i, &c) in poly.iter().enumerate() {
            out[i] += c;
            out[i + lag] -= c;
        }
        out
    };
    for _ in 0..d {
        poly = mul(&poly, 1);
    }
    for _ in 0..sd {
        poly = mul(&poly, m);
    }
    poly.iter()
        .enumerate()
        .skip(1)
        .filter(|(_, c)| **c != 0.0)
        .map(|(i, c)| (i, -c))
        .collect()
}

/// The KPSS level-stationarity statistic with Bartlett weights, lag `⌊3√n/13⌋`.
pub(super) fn kpss_stat(x: &[f64]) -> f64 {
    let n = x.len();
    let nf = n as f64;
    let mean = crate::stats::mean(x);
    let e: Vec<f64> = x.iter().map(|v| v - mean).collect();
    let mut s = 0.0;
    let mut eta = 0.0;
    for v in &e {
        s += v;
        eta += s * s;
    }
    eta /= nf * nf;
    let lag = (3.0 * nf.sqrt() / 13.0).floor() as usize;
    let mut s2 = e.iter().map(|v| v * v).sum::<f64>() / nf;
    for i in 1..=lag.min(n.saturating_sub(1)) {
        let w = 1.0 - i as f64 / (lag as f64 + 1.0);
        let cov: f64 = e[i..].iter().zip(&e[..n - i]).map(|(a, b)| a * b).sum();
        s2 += 2.0 * w * cov / nf;
    }
    if s2 > 0.0 { eta / s2 } else { 0.0 }
}

pub(super) fn is_constant(x: &[f64]) -> bool {
    x.iter().all(|&v| v == x[0])
}

/// Number of first differences by repeated KPSS tests (5%, at most 2).
pub(super) fn ndiffs(x: &[f64]) -> usize {
    let mut x = x.to_vec();
    let mut d = 0;
    while d < 2 && x.len() > 3 && !is_constant(&x) && kpss_stat(&x) > 0.463 {
        x = difference(&x, 1, 0, 1);
        d += 1;
    }
    d
}

/// Seasonal strength `max(0, 1 − Var(R)/Var(S + R))` of an STL decomposition with
/// the settings of R's `nsdiffs(test = "seas")` (via `mstl`) and statsforecast's
/// `seas_heuristic`: seasonal window 11, trend window the next odd number from
/// `1.5m / (1 − 1.5/11)`, low-pass window `m` made odd, no robustness iterations.
pub(super) fn seasonal_strength(x: &[f64], m: usize) -> f64 {
    let seasonal = 11;
    let mut trend = (1.5 * m as f64 / (1.0 - 1.5 / seasonal as f64)).ceil() as usize;
    trend += usize::from(trend % 2 == 0);
    let low_pass = m + usize::from(m % 2 == 0);
    stlrs::params()
        .seasonal_length(seasonal)
        .trend_length(trend)
        .low_pass_length(low_pass)
        .seasonal_degree(0)
        .trend_degree(1)
        .low_pass_degree(1)
        .seasonal_jump(1)
        .trend_jump(1)
        .low_pass_jump(1)
        .inner_loops(5)
        .outer_loops(0)
        .robust(false)
        .fit(x, m)
        .map_or(0.0, |fit| fit.seasonal_strength())
}
