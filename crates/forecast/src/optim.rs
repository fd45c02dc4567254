//! A bounded Nelder–Mead simplex minimiser.
//!
//! Every model here is fitted by minimising a cheap, non-smooth-at-the-bounds objective
//! over a handful of parameters, which is what Nelder–Mead is good at (R's `forecast`
//! and statsforecast fit ETS and Theta the same way). The variant is the adaptive one of
//! Gao & Han (2012), whose expansion/contraction coefficients depend on the dimension,
//! with every trial point clamped to the box.
//!
//! Written here rather than taken from a crate: `argmin`'s Nelder–Mead has no box
//! constraints and carries a generic solver framework (executors, observers, state
//! types) for what is a 150-line loop on the hot path of every fit; the models need
//! the box (smoothing parameters, partial autocorrelations) and an objective that may
//! return infinity for inadmissible points.

/// Options for [`minimize`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    /// Maximum number of iterations (each costs one to `n + 2` evaluations).
    pub max_iter: usize,
    /// Stop when the standard deviation of the simplex's values falls below this.
    pub tol_f: f64,
    /// Initial simplex: coordinate `i` is moved by `step * |x0_i|`, or by
    /// `zero_step` when `x0_i == 0`.
    pub step: f64,
    /// See `step`.
    pub zero_step: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_iter: 1000,
            tol_f: 1e-4,
            step: 0.05,
            zero_step: 1e-4,
        }
    }
}

/// The minimiser's result.
#[derive(Debug, Clone)]
pub(crate) struct Minimum {
    pub x: Vec<f64>,
    pub f: f64,
}

fn clamp_into(x: &mut [f64], lower: &[f64], upper: &[f64]) {
    for ((v, &lo), &hi) in x.iter_mut().zip(lower).zip(upper) {
        if v.is_nan() {
            *v = lo.max(hi.min(0.0));
        }
        *v = v.clamp(lo, hi);
    }
}

/// Minimises `f` over the box `[lower, upper]` from `x0`.
///
/// Non-finite objective values are treated as `+inf` (the point is rejected), so an
/// objective may return `f64::INFINITY` to mark an inadmissible parameter vector.
pub(crate) fn minimize<F>(f: F, x0: &[f64], lower: &[f64], upper: &[f64], opts: Options) -> Minimum
where
    F: FnMut(&[f64]) -> f64,
{
    minimize_steps(f, x0, lower, upper, opts, None)
}

/// [`minimize`] with explicit initial simplex steps (one per coordinate).
pub(crate) fn minimize_steps<F>(
    mut f: F,
    x0: &[f64],
    lower: &[f64],
    upper: &[f64],
    opts: Options,
    steps: Option<&[f64]>,
) -> Minimum
where
    F: FnMut(&[f64]) -> f64,
{
    let n = x0.len();
    let mut eval = |x: &[f64]| {
        let v = f(x);
        if v.is_finite() { v } else { f64::INFINITY }
    };
    let mut start = x0.to_vec();
    clamp_into(&mut start, lower, upper);
    if n == 0 {
        let v = eval(&start);
        return Minimum { x: start, f: v };
    }
    let dim = n as f64;
    // Gao & Han's coefficients; their shrink factor 1 − 1/n would collapse a
    // one-dimensional simplex, so it is kept at or above 1/2 (the classic value).
    let (alpha, gamma, rho, sigma) = (
        1.0,
        1.0 + 2.0 / dim,
        0.75 - 0.5 / dim,
        (1.0 - 1.0 / dim).max(0.5),
    );

    let mut pts: Vec<Vec<f64>> = Vec::with_capacity(n + 1);
    pts.push(start.clone());
    for i in 0..n {
        let mut p = start.clone();
        let step = match steps {
            Some(st) => st[i],
            None if p[i] == 0.0 => opts.zero_step,
            None => opts.step * p[i].abs(),
        };
        p[i] += step;
        if p[i] > upper[i] {
            p[i] = start[i] - step;
        }
        clamp_into(&mut p, lower, upper);
        pts.push(p);
    }
    let mut vals: Vec<f64> = pts.iter().map(|p| eval(p)).collect();
    let mut order: Vec<usize> = (0..=n).collect();
    let mut centroid = vec![0.0; n];
    let mut xr = vec![0.0; n];
    let mut xe = vec![0.0; n];
    let mut xc = vec![0.0; n];

    for _ in 0..opts.max_iter {
        order.sort_by(|&a, &b| vals[a].total_cmp(&vals[b]));
        let (best, worst, second) = (order[0], order[n], order[n - 1]);
        // Convergence: spread of the simplex's values (finite ones only).
        if vals.iter().all(|v| v.is_finite()) {
            let m = vals.iter().sum::<f64>() / vals.len() as f64;
            let sd =
                (vals.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / vals.len() as f64).sqrt();
            if sd < opts.tol_f {
                break;
            }
        }
        centroid.iter_mut().for_each(|c| *c = 0.0);
        for (k, p) in pts.iter().enumerate() {
            if k != worst {
                for (c, v) in centroid.iter_mut().zip(p) {
                    *c += v / dim;
                }
            }
        }
        for i in 0..n {
            xr[i] = centroid[i] + alpha * (centroid[i] - pts[worst][i]);
        }
        clamp_into(&mut xr, lower, upper);
        let fr = eval(&xr);
        if fr < vals[best] {
            for i in 0..n {
                xe[i] = centroid[i] + gamma * (xr[i] - centroid[i]);
            }
            clamp_into(&mut xe, lower, upper);
            let fe = eval(&xe);
            if fe < fr {
                pts[worst].copy_from_slice(&xe);
                vals[worst] = fe;
            } else {
                pts[worst].copy_from_slice(&xr);
                vals[worst] = fr;
            }
            continue;
        }
        if fr < vals[second] {
            pts[worst].copy_from_slice(&xr);
            vals[worst] = fr;
            continue;
        }
        // Contraction: outside if the reflection beat the worst point, inside otherwise.
        let outside = fr < vals[worst];
        for i in 0..n {
            xc[i] = if outside {
                centroid[i] + rho * (xr[i] - centroid[i])
            } else {
                centroid[i] - rho * (centroid[i] - pts[worst][i])
            };
        }
        clamp_into(&mut xc, lower, upper);
        let fc = eval(&xc);
        if (outside && fc <= fr) || (!outside && fc < vals[worst]) {
            pts[worst].copy_from_slice(&xc);
            vals[worst] = fc;
            continue;
        }
        // Shrink towards the best point.
        let b = pts[best].clone();
        for k in 0..=n {
            if k == best {
                continue;
            }
            for i in 0..n {
                pts[k][i] = b[i] + sigma * (pts[k][i] - b[i]);
            }
            clamp_into(&mut pts[k], lower, upper);
            vals[k] = eval(&pts[k]);
        }
    }
    let best = (0..=n)
        .min_by(|&a, &b| vals[a].total_cmp(&vals[b]))
        .unwrap_or(0);
    Minimum {
        x: pts[best].clone(),
        f: vals[best],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_quadratic() {
        let m = minimize(
            |x| (x[0] - 1.0).powi(2) + 10.0 * (x[1] + 2.0).powi(2),
            &[0.5, 0.5],
            &[-10.0, -10.0],
            &[10.0, 10.0],
            Options {
                tol_f: 1e-14,
                ..Options::default()
            },
        );
        assert!(
            (m.x[0] - 1.0).abs() < 1e-4 && (m.x[1] + 2.0).abs() < 1e-4,
            "{:?}",
            m.x
        );
    }

    #[test]
    fn respects_bounds() {
        let m = minimize(|x| x[0], &[0.5], &[0.1], &[0.9], Options::default());
        assert!((m.x[0] - 0.1).abs() < 1e-12);
    }

    #[test]
    fn survives_infinite_objective() {
        let m = minimize(
            |x| {
                if x[0] < 0.3 {
                    f64::NAN
                } else {
                    (x[0] - 0.5).powi(2)
                }
            },
            &[0.4],
            &[0.0],
            &[1.0],
            Options {
                tol_f: 1e-12,
                ..Options::default()
            },
        );
        assert!((m.x[0] - 0.5).abs() < 1e-3);
    }
}
