//! Small numerical helpers: the normal quantile, autocorrelations, least squares.

/// The standard normal quantile function Φ⁻¹(p), by Wichura's algorithm AS 241
/// (PPND16, about 1e-16 relative accuracy). Returns ±∞ at 0 and 1, NaN outside [0, 1].
#[allow(
    clippy::inconsistent_digit_grouping,
    clippy::excessive_precision,
    clippy::unreadable_literal
)]
pub fn normal_quantile(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        return q
            * (((((((r * 2509.080_928_730_122_7 + 33430.575_583_588_128) * r
                + 67265.770_927_008_7)
                * r
                + 45921.953_931_549_87)
                * r
                + 13731.693_765_509_461)
                * r
                + 1971.590_950_306_551_3)
                * r
                + 133.141_667_891_784_38)
                * r
                + 3.387_132_872_796_366_5)
            / (((((((r * 5226.495_278_852_545 + 28729.085_735_721_943) * r
                + 39307.895_800_092_71)
                * r
                + 21213.794_301_586_597)
                * r
                + 5394.196_021_424_751)
                * r
                + 687.187_007_492_057_9)
                * r
                + 42.313_330_701_600_91)
                * r
                + 1.0);
    }
    let mut r = if q < 0.0 { p } else { 1.0 - p };
    r = (-r.ln()).sqrt();
    let val = if r <= 5.0 {
        r -= 1.6;
        (((((((r * 7.745_450_142_783_414e-4 + 0.022_723_844_989_269_184) * r
            + 0.241_780_725_177_450_6)
            * r
            + 1.270_458_252_452_368_4)
            * r
            + 3.647_848_324_763_204_5)
            * r
            + 5.769_497_221_460_691)
            * r
            + 4.630_337_846_156_546)
            * r
            + 1.423_437_110_749_683_5)
            / (((((((r * 1.050_750_071_644_416_9e-9 + 5.475_938_084_995_345e-4) * r
                + 0.015_198_666_563_616_457)
                * r
                + 0.148_103_976_427_480_08)
                * r
                + 0.689_767_334_985_1)
                * r
                + 1.676_384_830_183_803_8)
                * r
                + 2.053_191_626_637_759)
                * r
                + 1.0)
    } else {
        r -= 5.0;
        (((((((r * 2.010_334_399_292_288_1e-7 + 2.711_555_568_743_487_6e-5) * r
            + 1.242_660_947_388_078_4e-3)
            * r
            + 0.026_532_189_526_576_124)
            * r
            + 0.296_560_571_828_504_9)
            * r
            + 1.784_826_539_917_291_3)
            * r
            + 5.463_784_911_164_114)
            * r
            + 6.657_904_643_501_103)
            / (((((((r * 2.044_263_103_389_939_7e-15 + 1.421_511_758_316_446e-7) * r
                + 1.846_318_317_510_054_8e-5)
                * r
                + 7.868_691_311_456_133e-4)
                * r
                + 0.014_875_361_290_850_615)
                * r
                + 0.136_929_880_922_735_8)
                * r
                + 0.599_832_206_555_888)
                * r
                + 1.0)
    };
    if q < 0.0 { -val } else { val }
}

/// The standard normal distribution function Φ(x): the Abramowitz & Stegun 26.2.17
/// approximation (error below 7.5e-8), polished by Newton steps on the exact quantile
/// function [`normal_quantile`] to near machine precision.
pub fn normal_cdf(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x > 0.0 {
        1.0 - lower_tail(-x)
    } else {
        lower_tail(x)
    }
}

/// Φ(x) for x ≤ 0, computed in the lower tail to keep its relative precision.
fn lower_tail(x: f64) -> f64 {
    if x < -38.0 {
        return 0.0;
    }
    let density = |v: f64| (-0.5 * v * v).exp() / (2.0 * std::f64::consts::PI).sqrt();
    let t = 1.0 / (1.0 + 0.231_641_9 * x.abs());
    let poly = t
        * (0.319_381_530
            + t * (-0.356_563_782
                + t * (1.781_477_937 + t * (-1.821_255_978 + 1.330_274_429 * t))));
    let mut p = density(x) * poly;
    for _ in 0..3 {
        if !(p > 0.0 && p < 1.0) {
            break;
        }
        let q = normal_quantile(p);
        let next = p - (q - x) * density(q);
        if next.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater)
            || (next - p).abs() <= 1e-17 * p
        {
            break;
        }
        p = next;
    }
    p
}

/// The two-sided normal multiplier for a central interval of `level` percent
/// (1.2816 for 80, 1.9600 for 95).
pub fn z_for_level(level: f64) -> f64 {
    normal_quantile(0.5 + level / 200.0)
}

/// Arithmetic mean (NaN for an empty slice).
pub(crate) fn mean(x: &[f64]) -> f64 {
    x.iter().sum::<f64>() / x.len() as f64
}

/// The series divided by its mean absolute value (1 when that is zero), and the scale:
/// models fit on values near 1 whatever the data's units.
pub(crate) fn scaled(y: &[f64]) -> (f64, Vec<f64>) {
    let s = y.iter().map(|v| v.abs()).sum::<f64>() / y.len() as f64;
    let s = if s > 0.0 { s } else { 1.0 };
    (s, y.iter().map(|v| v / s).collect())
}

/// Sample autocorrelations r_1..=r_max_lag (statsmodels `acf`, unadjusted: every lag
/// divides by the lag-0 sum of squares).
pub(crate) fn acf(y: &[f64], max_lag: usize) -> Vec<f64> {
    let m = mean(y);
    let d: Vec<f64> = y.iter().map(|v| v - m).collect();
    let c0: f64 = d.iter().map(|v| v * v).sum();
    (1..=max_lag)
        .map(|k| {
            if k >= d.len() || c0 == 0.0 {
                return 0.0;
            }
            d[..d.len() - k]
                .iter()
                .zip(&d[k..])
                .map(|(a, b)| a * b)
                .sum::<f64>()
                / c0
        })
        .collect()
}

/// Least squares `y ≈ X β` for a few columns, by the normal equations with partial
/// pivoting. Returns `None` when `XᵀX` is singular.
pub(crate) fn lstsq(cols: &[Vec<f64>], y: &[f64]) -> Option<Vec<f64>> {
    let p = cols.len();
    let mut a = vec![vec![0.0; p + 1]; p];
    for i in 0..p {
        for j in 0..p {
            a[i][j] = cols[i].iter().zip(&cols[j]).map(|(u, v)| u * v).sum();
        }
        a[i][p] = cols[i].iter().zip(y).map(|(u, v)| u * v).sum();
    }
    solve(a)
}

/// Solves an augmented `p × (p+1)` system by Gaussian elimination with partial pivoting.
pub(crate) fn solve(mut a: Vec<Vec<f64>>) -> Option<Vec<f64>> {
    let p = a.len();
    let scale = a
        .iter()
        .flat_map(|r| r.iter().take(p))
        .fold(0.0f64, |m, v| m.max(v.abs()));
    for c in 0..p {
        let piv = (c..p).max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))?;
        if a[piv][c].abs() <= 1e-12 * scale.max(f64::MIN_POSITIVE) {
            return None;
        }
        a.swap(c, piv);
        let pivot_row = a[c].clone();
        for (r, row) in a.iter_mut().enumerate() {
            if r != c {
                let f = row[c] / pivot_row[c];
                if f != 0.0 {
                    for (v, pv) in row[c..].iter_mut().zip(&pivot_row[c..]) {
                        *v -= f * pv;
                    }
                }
            }
        }
    }
    Some((0..p).map(|i| a[i][p] / a[i][i]).collect())
}

/// Intercept and slope of the least-squares line through `(1, y_0), (2, y_1), ...`.
pub(crate) fn linear_trend(y: &[f64]) -> (f64, f64) {
    let n = y.len() as f64;
    if y.len() < 2 {
        return (y.first().copied().unwrap_or(0.0), 0.0);
    }
    let tbar = (n + 1.0) / 2.0;
    let ybar = mean(y);
    let mut sxy = 0.0;
    let mut sxx = 0.0;
    for (i, v) in y.iter().enumerate() {
        let t = i as f64 + 1.0 - tbar;
        sxy += t * (v - ybar);
        sxx += t * t;
    }
    let b = sxy / sxx;
    (ybar - b * tbar, b)
}

/// The `q`-quantile of `x` (0 ≤ q ≤ 1) with linear interpolation (numpy's default).
/// Sorts `x` in place.
pub(crate) fn quantile_mut(x: &mut [f64], q: f64) -> f64 {
    if x.is_empty() {
        return f64::NAN;
    }
    x.sort_by(|a, b| a.total_cmp(b));
    quantile_sorted(x, q)
}

/// Like [`quantile_mut`] for already-sorted data.
pub(crate) fn quantile_sorted(x: &[f64], q: f64) -> f64 {
    let pos = q.clamp(0.0, 1.0) * (x.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    x[lo] + (x[hi] - x[lo]) * (pos - lo as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_quantiles() {
        assert!((normal_quantile(0.975) - 1.959_963_984_540_054).abs() < 1e-12);
        assert!((normal_quantile(0.9) - 1.281_551_565_544_600_4).abs() < 1e-12);
        assert!((normal_quantile(0.05) + 1.644_853_626_951_472_2).abs() < 1e-12);
        assert!((normal_quantile(1e-10) + 6.361_340_902_404_056).abs() < 1e-9);
        assert!(normal_quantile(1.5).is_nan());
    }

    #[test]
    fn normal_cdf_values() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-15);
        assert!((normal_cdf(1.959_963_984_540_054) - 0.975).abs() < 1e-12);
        assert!((normal_cdf(-3.0) - 0.001_349_898_031_630_094_6).abs() < 1e-14);
        for p in [0.01, 0.2, 0.5, 0.77, 0.999] {
            assert!((normal_cdf(normal_quantile(p)) - p).abs() < 1e-12);
        }
    }

    #[test]
    fn trend_line() {
        let (a, b) = linear_trend(&[3.0, 5.0, 7.0, 9.0]);
        assert!((a - 1.0).abs() < 1e-12 && (b - 2.0).abs() < 1e-12);
    }

    #[test]
    fn least_squares() {
        let x1: Vec<f64> = (0..10).map(|i| i as f64).collect();
        let y: Vec<f64> = x1.iter().map(|x| 2.0 + 3.0 * x).collect();
        let b = lstsq(&[vec![1.0; 10], x1], &y).unwrap();
        assert!((b[0] - 2.0).abs() < 1e-9 && (b[1] - 3.0).abs() < 1e-9);
    }
}
