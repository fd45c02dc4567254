//! The Theta family in its state-space form (Fiorucci, Pellegrini, Louzada, Petropoulos
//! & Koehler 2016): the standard Theta method (STM, Assimakopoulos & Nikolopoulos 2000),
//! the optimised Theta method (OTM, θ estimated) and their dynamic variants (DSTM,
//! DOTM), whose trend line is re-estimated as each observation arrives.
//!
//! The series is first seasonally adjusted by classical multiplicative decomposition when
//! the 90% autocorrelation test at the seasonal lag says so (additive when the data are
//! not all positive or an index would fall below 0.01), as in the M3 Theta entry and
//! statsforecast's `AutoTheta`. The model is then
//!
//! ```text
//! y_t = μ_t + ε_t
//! μ_t = ℓ_{t-1} + (1 - 1/θ) [A_{t-1} (1-α)^t + B_{t-1} (1 - (1-α)^{t+1}) / α]
//! ℓ_t = α y_t + (1 - α) ℓ_{t-1}
//! ```
//!
//! with `A`, `B` the intercept and slope of the least-squares line through the data
//! (fixed for STM/OTM; updated recursively for DSTM/DOTM). `ℓ_0`, `α ∈ [0.1, 0.99]` and
//! (for OTM/DOTM) `θ ≥ 1` minimise the in-sample one-step squared error, skipping the
//! first three errors (Fiorucci et al.'s `forecTheta`, as statsforecast does).

use crate::Error;
use crate::decompose::{self, Kind};
use crate::model::{Fitted, Model, OriginForecasts, check_series};
use crate::optim::{self, Options};

/// Which member of the Theta family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThetaKind {
    /// Standard Theta method: θ = 2, static trend line.
    Standard,
    /// Optimised Theta method: θ estimated, static trend line.
    Optimised,
    /// Dynamic standard Theta: θ = 2, trend line updated as data arrive.
    DynamicStandard,
    /// Dynamic optimised Theta: θ estimated, trend line updated as data arrive.
    DynamicOptimised,
}

impl ThetaKind {
    fn dynamic(self) -> bool {
        matches!(
            self,
            ThetaKind::DynamicStandard | ThetaKind::DynamicOptimised
        )
    }
    fn optimise_theta(self) -> bool {
        matches!(self, ThetaKind::Optimised | ThetaKind::DynamicOptimised)
    }
    fn label(self) -> &'static str {
        match self {
            ThetaKind::Standard => "Theta",
            ThetaKind::Optimised => "OTM",
            ThetaKind::DynamicStandard => "DSTM",
            ThetaKind::DynamicOptimised => "DOTM",
        }
    }
}

/// A Theta-family model specification.
#[derive(Debug, Clone, Copy)]
pub struct Theta {
    /// Which variant.
    pub kind: ThetaKind,
}

impl Theta {
    /// A specification of the given variant.
    pub fn new(kind: ThetaKind) -> Self {
        Theta { kind }
    }
}

/// Seasonal adjustment applied before fitting, undone after forecasting.
#[derive(Debug, Clone)]
pub(crate) struct Adjustment {
    kind: Kind,
    /// Index for 0-based position `t` is `idx[t % m]`.
    idx: Vec<f64>,
}

impl Adjustment {
    /// Decides (by the seasonality test) and computes the adjustment of `y`.
    pub(crate) fn detect(y: &[f64], m: usize) -> Option<Adjustment> {
        if !decompose::is_seasonal(y, m) {
            return None;
        }
        let positive = y.iter().all(|&v| v > 0.0);
        if positive {
            if let Some(idx) = decompose::seasonal_indices(y, m, Kind::Multiplicative) {
                if idx.iter().all(|&v| v >= 0.01) {
                    return Some(Adjustment {
                        kind: Kind::Multiplicative,
                        idx,
                    });
                }
            }
        }
        decompose::seasonal_indices(y, m, Kind::Additive).map(|idx| Adjustment {
            kind: Kind::Additive,
            idx,
        })
    }

    fn index(&self, t: usize) -> f64 {
        self.idx[t % self.idx.len()]
    }

    pub(crate) fn remove(&self, t: usize, v: f64) -> f64 {
        match self.kind {
            Kind::Multiplicative => v / self.index(t),
            Kind::Additive => v - self.index(t),
        }
    }

    pub(crate) fn restore(&self, t: usize, v: f64) -> f64 {
        match self.kind {
            Kind::Multiplicative => v * self.index(t),
            Kind::Additive => v + self.index(t),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct State {
    level: f64,
    mean_y: f64,
    a: f64,
    b: f64,
}

#[derive(Debug, Clone, Copy)]
struct Params {
    level0: f64,
    alpha: f64,
    theta: f64,
}

/// The Theta recursions for one parameter vector.
struct Recursion<'a> {
    y: &'a [f64],
    dynamic: bool,
    /// Full-sample trend line (static models).
    a_n: f64,
    b_n: f64,
}

impl Recursion<'_> {
    /// One-step forecast made at step `i` from the previous state, given `(1-α)^i`.
    #[inline]
    fn mu(s: &State, p: &Params, pow_i: f64) -> f64 {
        let q = 1.0 - p.alpha;
        s.level + (1.0 - 1.0 / p.theta) * (s.a * pow_i + s.b * (1.0 - pow_i * q) / p.alpha)
    }

    #[inline]
    fn update(&self, s: &State, p: &Params, i: usize, y: f64) -> State {
        let fi = i as f64;
        let level = p.alpha * y + (1.0 - p.alpha) * s.level;
        let mean_y = (fi * s.mean_y + y) / (fi + 1.0);
        if self.dynamic {
            let b = ((fi - 1.0) * s.b + 6.0 * (y - s.mean_y) / (fi + 1.0)) / (fi + 2.0);
            State {
                level,
                mean_y,
                a: mean_y - b * (fi + 2.0) / 2.0,
                b,
            }
        } else {
            State {
                level,
                mean_y,
                a: s.a,
                b: s.b,
            }
        }
    }

    fn initial(&self, p: &Params) -> (State, f64) {
        let y0 = self.y[0];
        let (a, b, mu) = if self.dynamic {
            (y0, 0.0, y0)
        } else {
            (
                self.a_n,
                self.b_n,
                p.level0 + (1.0 - 1.0 / p.theta) * (self.a_n + self.b_n),
            )
        };
        (
            State {
                level: p.alpha * y0 + (1.0 - p.alpha) * p.level0,
                mean_y: y0,
                a,
                b,
            },
            mu,
        )
    }

    /// Runs the filter; returns the sum of squared errors from index 3 on, and (when
    /// asked) every state and error.
    fn run(
        &self,
        p: &Params,
        mut states: Option<&mut Vec<State>>,
        errors: Option<&mut Vec<f64>>,
    ) -> f64 {
        let (mut s, mu0) = self.initial(p);
        let mut errs = errors;
        if let Some(e) = errs.as_deref_mut() {
            e.clear();
            e.push(self.y[0] - mu0);
        }
        if let Some(st) = states.as_deref_mut() {
            st.clear();
            st.push(s);
        }
        let q = 1.0 - p.alpha;
        let mut pow_i = q; // (1-α)^i for i = 1
        let mut sse = 0.0;
        for (i, &yi) in self.y.iter().enumerate().skip(1) {
            let e = yi - Self::mu(&s, p, pow_i);
            if i >= 3 {
                sse += e * e;
            }
            if let Some(er) = errs.as_deref_mut() {
                er.push(e);
            }
            s = self.update(&s, p, i, yi);
            if let Some(st) = states.as_deref_mut() {
                st.push(s);
            }
            pow_i *= q;
        }
        sse
    }

    /// Forecasts `h` steps from the state after `t` observations (`state` is the state
    /// at index `t - 1`), adding `shocks[k]` to step `k`'s value.
    fn forecast(
        &self,
        state: &State,
        p: &Params,
        t: usize,
        h: usize,
        shocks: Option<&[f64]>,
    ) -> Vec<f64> {
        let q = 1.0 - p.alpha;
        let mut pow_i = q.powi(t as i32);
        let mut s = *state;
        let mut out = Vec::with_capacity(h);
        for k in 0..h {
            let mut v = Self::mu(&s, p, pow_i);
            if let Some(z) = shocks {
                v += z[k];
            }
            out.push(v);
            s = self.update(&s, p, t + k, v);
            pow_i *= q;
        }
        out
    }
}

/// A fitted Theta-family model.
#[derive(Debug, Clone)]
pub struct FittedTheta {
    kind: ThetaKind,
    /// Seasonally adjusted data, divided by `scale`.
    ya: Vec<f64>,
    scale: f64,
    adjust: Option<Adjustment>,
    params: Params,
    states: Vec<State>,
    a_n: f64,
    b_n: f64,
    /// Innovation standard deviation (adjusted, scaled units).
    sigma: f64,
}

impl FittedTheta {
    /// The smoothing parameter α.
    pub fn alpha(&self) -> f64 {
        self.params.alpha
    }
    /// θ (2 for the standard variants).
    pub fn theta(&self) -> f64 {
        self.params.theta
    }
    /// Whether the series was seasonally adjusted before fitting.
    pub fn seasonally_adjusted(&self) -> bool {
        self.adjust.is_some()
    }

    fn recursion(&self) -> Recursion<'_> {
        Recursion {
            y: &self.ya,
            dynamic: self.kind.dynamic(),
            a_n: self.a_n,
            b_n: self.b_n,
        }
    }

    fn restore(&self, t0: usize, v: &mut [f64]) {
        for (k, x) in v.iter_mut().enumerate() {
            *x *= self.scale;
            if let Some(adj) = &self.adjust {
                *x = adj.restore(t0 + k, *x);
            }
        }
    }
}

impl Model for Theta {
    type Fitted = FittedTheta;

    fn fit(&self, y: &[f64], season: usize) -> Result<FittedTheta, Error> {
        check_series(y, self.kind.label(), 5)?;
        let adjust = if season > 1 {
            Adjustment::detect(y, season)
        } else {
            None
        };
        let mut ya: Vec<f64> = match &adjust {
            Some(adj) => y
                .iter()
                .enumerate()
                .map(|(t, &v)| adj.remove(t, v))
                .collect(),
            None => y.to_vec(),
        };
        let scale = {
            let s = ya.iter().map(|v| v.abs()).sum::<f64>() / ya.len() as f64;
            if s > 0.0 && s.is_finite() { s } else { 1.0 }
        };
        ya.iter_mut().for_each(|v| *v /= scale);
        let (a_n, b_n) = crate::stats::linear_trend(&ya);
        let rec = Recursion {
            y: &ya,
            dynamic: self.kind.dynamic(),
            a_n,
            b_n,
        };
        let opt_theta = self.kind.optimise_theta();
        let unpack = |x: &[f64]| Params {
            level0: x[0],
            alpha: x[1],
            theta: if opt_theta { x[2] } else { 2.0 },
        };
        let (x0, lo, hi) = if opt_theta {
            (
                vec![ya[0] / 2.0, 0.5, 2.0],
                vec![-1e10, 0.1, 1.0],
                vec![1e10, 0.99, 1e10],
            )
        } else {
            (vec![ya[0] / 2.0, 0.5], vec![-1e10, 0.1], vec![1e10, 0.99])
        };
        let opts = Options {
            tol_f: 1e-10,
            max_iter: 2000,
            ..Options::default()
        };
        let best = optim::minimize(|x| rec.run(&unpack(x), None, None), &x0, &lo, &hi, opts);
        if !best.f.is_finite() {
            return Err(Error::FitFailed(self.kind.label().into()));
        }
        let params = unpack(&best.x);
        let mut states = Vec::with_capacity(ya.len());
        let mut errors = Vec::with_capacity(ya.len());
        rec.run(&params, Some(&mut states), Some(&mut errors));
        let tail = &errors[3.min(errors.len())..];
        let sigma = if tail.len() >= 2 {
            let m = crate::stats::mean(tail);
            (tail.iter().map(|e| (e - m) * (e - m)).sum::<f64>() / (tail.len() - 1) as f64).sqrt()
        } else {
            0.0
        };
        Ok(FittedTheta {
            kind: self.kind,
            ya,
            scale,
            adjust,
            params,
            states,
            a_n,
            b_n,
            sigma,
        })
    }
}

impl Fitted for FittedTheta {
    fn name(&self) -> String {
        self.kind.label().to_string()
    }

    fn path(&self, z: &[f64]) -> Vec<f64> {
        let n = self.ya.len();
        let shocks: Vec<f64> = z.iter().map(|v| v * self.sigma).collect();
        let mut out =
            self.recursion()
                .forecast(&self.states[n - 1], &self.params, n, z.len(), Some(&shocks));
        self.restore(n, &mut out);
        out
    }

    fn n_obs(&self) -> usize {
        self.ya.len()
    }

    fn n_params(&self) -> f64 {
        // ℓ0, α, θ (when estimated), the trend line's two coefficients, and m − 1 free
        // seasonal indices when the series was adjusted.
        let base = if self.kind.optimise_theta() { 3.0 } else { 2.0 } + 2.0;
        base + self
            .adjust
            .as_ref()
            .map_or(0.0, |a| a.idx.len() as f64 - 1.0)
    }

    fn origin_forecasts(&self, h: usize) -> OriginForecasts {
        let n = self.ya.len();
        let first = 3.min(n);
        let rec = self.recursion();
        let forecasts = (first..n)
            .map(|t| {
                let mut f = rec.forecast(&self.states[t - 1], &self.params, t, h, None);
                self.restore(t, &mut f);
                f
            })
            .collect();
        OriginForecasts { first, forecasts }
    }
}
