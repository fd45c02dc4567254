//! The exact likelihood of an ARMA model by a Kalman filter, and conditional sums of squares.

/// The exact Gaussian likelihood of a zero-mean ARMA process by the Kalman filter
/// (Harvey's state-space form, as R's `arima`), with σ² concentrated out. The initial
/// state covariance is the stationary one, `Σ_j T^j R Rᵀ T^jᵀ` (exact for pure MA
/// models; otherwise summed until negligible, at most 300 terms); once the covariance
/// reaches its steady state the filter switches to the O(r) recursion.
#[derive(Default)]
pub(super) struct Kalman {
    pub(super) a: Vec<f64>,
    pub(super) rv: Vec<f64>,
    pub(super) p: Vec<f64>,
    pub(super) tp: Vec<f64>,
    pub(super) state: Vec<f64>,
    pub(super) g: Vec<f64>,
    pub(super) sigma2: f64,
    /// When set, the predicted state `a_{t|t-1}` before each observation and after the
    /// last is appended to `states` (`r` values each).
    pub(super) record: bool,
    pub(super) states: Vec<f64>,
}

impl Kalman {
    pub(super) fn neg2_loglik(
        &mut self,
        u: &[f64],
        ar: &[(usize, f64)],
        ma: &[(usize, f64)],
    ) -> f64 {
        let pmax = ar.iter().map(|l| l.0).max().unwrap_or(0);
        let qmax = ma.iter().map(|l| l.0).max().unwrap_or(0);
        let r = pmax.max(qmax + 1);
        self.a.clear();
        self.a.resize(r, 0.0);
        for &(l, v) in ar {
            self.a[l - 1] = v;
        }
        self.rv.clear();
        self.rv.resize(r, 0.0);
        self.rv[0] = 1.0;
        for &(l, v) in ma {
            self.rv[l] = v;
        }
        // P0 = Σ g_j g_jᵀ, g_0 = R, g_{j+1} = T g_j.
        self.p.clear();
        self.p.resize(r * r, 0.0);
        self.g.clear();
        self.g.extend_from_slice(&self.rv);
        let mut trace = 0.0;
        for j in 0..300 {
            let gg: f64 = self.g.iter().map(|v| v * v).sum();
            for i in 0..r {
                let gi = self.g[i];
                if gi != 0.0 {
                    for k in 0..r {
                        self.p[i * r + k] += gi * self.g[k];
                    }
                }
            }
            trace += gg;
            if gg < 1e-12 * trace || (pmax == 0 && j >= qmax) {
                break;
            }
            let g0 = self.g[0];
            for i in 0..r {
                self.g[i] = self.a[i] * g0 + if i + 1 < r { self.g[i + 1] } else { 0.0 };
            }
        }
        self.state.clear();
        self.state.resize(r, 0.0);
        self.tp.resize(r * r, 0.0);
        let n = u.len();
        let (mut ssq, mut sumlog) = (0.0, 0.0);
        let mut steady = false;
        let mut k_gain = vec![0.0; r];
        let mut f_steady = 1.0;
        self.states.clear();
        for &ut in u {
            if self.record {
                self.states.extend_from_slice(&self.state);
            }
            let (f, v);
            if steady {
                f = f_steady;
                v = ut - self.state[0];
                for (s, k) in self.state.iter_mut().zip(&k_gain) {
                    *s += k * v;
                }
            } else {
                f = self.p[0];
                if f.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) || !f.is_finite() {
                    return f64::INFINITY;
                }
                v = ut - self.state[0];
                for ((k, s), row) in k_gain
                    .iter_mut()
                    .zip(self.state.iter_mut())
                    .zip(self.p.chunks(r))
                {
                    *k = row[0] / f;
                    *s += *k * v;
                }
                // P ← P − K P[0,:] (row 0 copied first: the update zeroes it).
                self.g.clear();
                self.g.extend_from_slice(&self.p[..r]);
                for (row, &ki) in self.p.chunks_mut(r).zip(&k_gain) {
                    if ki != 0.0 {
                        for (pv, gv) in row.iter_mut().zip(&self.g) {
                            *pv -= ki * gv;
                        }
                    }
                }
            }
            ssq += v * v / f;
            sumlog += f.ln();
            // Predict: state ← T state.
            let s0 = self.state[0];
            for i in 0..r {
                self.state[i] = self.a[i] * s0 + if i + 1 < r { self.state[i + 1] } else { 0.0 };
            }
            if !steady {
                // TP = T P; P ← TP Tᵀ + R Rᵀ.
                for i in 0..r {
                    for k in 0..r {
                        self.tp[i * r + k] = self.a[i] * self.p[k]
                            + if i + 1 < r {
                                self.p[(i + 1) * r + k]
                            } else {
                                0.0
                            };
                    }
                }
                let mut change = 0.0f64;
                for i in 0..r {
                    for k in 0..r {
                        let nv = self.tp[i * r] * self.a[k]
                            + if k + 1 < r {
                                self.tp[i * r + k + 1]
                            } else {
                                0.0
                            }
                            + self.rv[i] * self.rv[k];
                        change = change.max((nv - self.p[i * r + k]).abs());
                        self.p[i * r + k] = nv;
                    }
                }
                if change < 1e-10 {
                    steady = true;
                    f_steady = self.p[0];
                    for (k, row) in k_gain.iter_mut().zip(self.p.chunks(r)) {
                        *k = row[0] / f_steady;
                    }
                }
            }
        }
        if self.record {
            self.states.extend_from_slice(&self.state);
        }
        let nf = n as f64;
        self.sigma2 = ssq / nf;
        if ssq.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return f64::INFINITY;
        }
        nf * (ssq / nf).ln() + sumlog
    }
}

/// Conditional sum of squares of `w` (differenced, scaled) for one parameter set.
/// Fills `e` (residuals, zero before `ncond`) when given.
pub(super) fn css(
    w: &[f64],
    ar: &[(usize, f64)],
    ma: &[(usize, f64)],
    c: f64,
    ncond: usize,
    e: &mut [f64],
) -> f64 {
    let mut sse = 0.0;
    for v in e.iter_mut().take(ncond) {
        *v = 0.0;
    }
    for t in ncond..w.len() {
        let mut r = w[t] - c;
        for &(l, a) in ar {
            r -= a * (w[t - l] - c);
        }
        for &(l, b) in ma {
            if l <= t {
                r -= b * e[t - l];
            }
        }
        e[t] = r;
        sse += r * r;
    }
    sse
}
