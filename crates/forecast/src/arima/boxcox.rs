//! The Box-Cox transform and Guerrero's choice of its lambda.

pub(super) fn box_cox(y: f64, lambda: f64) -> f64 {
    if lambda.abs() < 1e-9 {
        y.ln()
    } else {
        (y.powf(lambda) - 1.0) / lambda
    }
}

pub(super) fn inv_box_cox(z: f64, lambda: f64) -> f64 {
    if lambda.abs() < 1e-9 {
        z.exp()
    } else {
        (lambda * z + 1.0).max(0.0).powf(1.0 / lambda)
    }
}

/// Guerrero's (1993) Box–Cox parameter, as R's `BoxCox.lambda(method = "guerrero")`:
/// the `λ` in `[lo, hi]` that makes `sd_i / mean_i^(1 − λ)` most nearly constant over the
/// last whole years (`i`, of `season` observations each); `None` with fewer than two.
pub(super) fn guerrero(y: &[f64], season: usize, lo: f64, hi: f64) -> Option<f64> {
    let period = season.max(2);
    let whole = y.len() / period * period;
    if whole < 2 * period {
        return None;
    }
    let x = &y[y.len() - whole..];
    let stats: Vec<(f64, f64)> = x
        .chunks(period)
        .map(|c| {
            let mu = crate::stats::mean(c);
            let sd = (c.iter().map(|v| (v - mu) * (v - mu)).sum::<f64>() / (c.len() as f64 - 1.0))
                .sqrt();
            (mu, sd)
        })
        .collect();
    let cv = |lam: f64| {
        let rat: Vec<f64> = stats
            .iter()
            .map(|(mu, sd)| sd / mu.powf(1.0 - lam))
            .collect();
        let m = crate::stats::mean(&rat);
        let sd =
            (rat.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (rat.len() as f64 - 1.0)).sqrt();
        sd / m
    };
    // Golden-section search (R uses `optimize`, the same method).
    let g = (5f64.sqrt() - 1.0) / 2.0;
    let (mut a, mut b) = (lo, hi);
    let mut c = b - g * (b - a);
    let mut d = a + g * (b - a);
    let (mut fc, mut fd) = (cv(c), cv(d));
    for _ in 0..60 {
        if fc < fd {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = cv(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = cv(d);
        }
    }
    let l = (a + b) / 2.0;
    l.is_finite().then_some(l)
}
