//! Fitting one ETS form: its starting states (R's `initstate`), the bound on the
//! slope's smoothing, and the likelihood search over its parameters.

use super::*;

/// What one fit of one form produced.
pub(super) struct FormFit {
    pub(super) params: EtsParams,
    pub(super) init: States,
    pub(super) sse: f64,
    pub(super) aicc: f64,
    pub(super) np: usize,
}

/// Starting states for a form (R's `initstate`), on scaled data.
pub(super) fn initial_states(y: &[f64], m: usize, spec: EtsSpec) -> Option<States> {
    let n = y.len();
    let (season, y_sa): (Vec<f64>, Vec<f64>) = if spec.has_season() {
        let kind = if spec.season == SeasonType::Additive {
            Kind::Additive
        } else {
            Kind::Multiplicative
        };
        let seas = if n >= 3 * m {
            decompose::seasonal_indices(y, m, kind)?
        } else {
            // Too short for a decomposition: a line plus one Fourier pair.
            let t: Vec<f64> = (1..=n).map(|i| i as f64).collect();
            let w = 2.0 * std::f64::consts::PI / m as f64;
            let cols = vec![
                vec![1.0; n],
                t.clone(),
                t.iter().map(|v| (w * v).sin()).collect(),
                t.iter().map(|v| (w * v).cos()).collect(),
            ];
            let c = stats::lstsq(&cols, y)?;
            (0..m)
                .map(|i| {
                    let trend = c[0] + c[1] * (i + 1) as f64;
                    match kind {
                        Kind::Additive => y[i] - trend,
                        Kind::Multiplicative => y[i] / trend,
                    }
                })
                .collect()
        };
        let seas: Vec<f64> = match kind {
            Kind::Additive => seas,
            Kind::Multiplicative => {
                let mut s: Vec<f64> = seas.iter().map(|v| v.max(1e-2)).collect();
                let sum: f64 = s.iter().sum();
                if sum > m as f64 {
                    s.iter_mut().for_each(|v| *v *= m as f64 / sum);
                }
                s
            }
        };
        let y_sa = y
            .iter()
            .enumerate()
            .map(|(t, &v)| match kind {
                Kind::Additive => v - seas[t % m],
                Kind::Multiplicative => v / seas[t % m],
            })
            .collect();
        (seas, y_sa)
    } else {
        (vec![0.0; m], y.to_vec())
    };
    let maxn = (10.max(2 * m)).min(n);
    let head = &y_sa[..maxn];
    let (level, slope) = if spec.has_trend() {
        let (mut l, mut b) = stats::linear_trend(head);
        if (l + b).abs() < 1e-8 {
            l *= 1.0 + 1e-3;
            b *= 1.0 - 1e-3;
        }
        (l, b)
    } else {
        (stats::mean(head), 0.0)
    };
    (level.is_finite() && slope.is_finite()).then_some(States {
        level,
        slope,
        season,
    })
}

/// The largest slope smoothing β a form may take: the form's starting α (`0.2` for a
/// non-seasonal form, `0.2 / m` for a seasonal one, as R's and statsforecast's
/// `initparam` cap β at the starting α), except that in an automatic search on seasonal
/// data every trended form but the additive-error non-seasonal ones gets the seasonal
/// forms' `0.2 / m`. That exception is statsforecast's AutoETS as it runs (its search
/// reuses one bounds array across candidates, so the cap set by ETS(A,Ad,A) stays for
/// every later form: ETS(M,Ad,N), ETS(M,A,N) and the multiplicative-error seasonal
/// forms), and it is most of why AutoETS forecasts better than R's `ets`: a slope that
/// changes slowly. On M3 (`--example m3 -- monthly|quarterly ets`): without any cap
/// 14.29 and 9.55, with each form's own starting α 14.20 and 9.35, as here 14.14 and 9.26
/// (statsforecast 14.16 and 9.45). Measured per series against statsforecast's dump
/// with `--example ets_dump` (reference/ets_dump.py).
pub(super) fn slope_bound(spec: EtsSpec, m: usize, seasonal_search: bool) -> f64 {
    let additive_nonseasonal = spec.error == ErrorType::Additive && !spec.has_season();
    if spec.has_season() || (seasonal_search && !additive_nonseasonal) {
        start_alpha(m.max(1))
    } else {
        start_alpha(1)
    }
}

/// The bounds of α, β' and γ' (R's and statsforecast's `lower`/`upper`).
const SMOOTHING_BOUNDS: (f64, f64) = (1e-4, 0.9999);

/// R's and statsforecast's starting α for a form whose season is `period` (1 without).
pub(super) fn start_alpha(period: usize) -> f64 {
    let (lo, hi) = SMOOTHING_BOUNDS;
    lo + 0.2 * (hi - lo) / period as f64
}

/// Fits one form by maximum likelihood.
pub(super) fn fit_form(y: &[f64], m: usize, spec: EtsSpec, beta_max: f64) -> Option<FormFit> {
    let n = y.len();
    let m_eff = if spec.has_season() { m } else { 1 };
    let init = initial_states(y, m_eff, spec)?;
    // Parameter vector: α, β', γ', φ (as present), ℓ0, b0, and for quarterly seasons
    // the first m − 1 seasonal states (the last makes them sum to 0, or to m), with
    // β = min(α, β_max) β' (see `slope_bound`).
    let (lower_a, upper_a) = SMOOTHING_BOUNDS;
    let mut x0 = vec![start_alpha(m_eff)];
    let mut lo = vec![lower_a];
    let mut hi = vec![upper_a];
    if spec.has_trend() {
        x0.push(0.1);
        lo.push(lower_a);
        hi.push(upper_a);
    }
    if spec.has_season() {
        x0.push(0.05);
        lo.push(lower_a);
        hi.push(upper_a);
    }
    if spec.trend == TrendType::Damped {
        x0.push(0.8 + 0.99 * 0.18);
        lo.push(0.8);
        hi.push(0.98);
    }
    let n_smooth = x0.len();
    x0.push(init.level);
    if spec.has_trend() {
        x0.push(init.slope);
    }
    // The initial seasonal states are fitted too, as R and statsforecast fit them, for
    // seasons up to four (quarters): three more parameters. Tourism quarterly 15.08 →
    // 14.81 (statsforecast 14.84), M3 quarterly 9.26 → 9.26, M1 quarterly 16.27 → 16.33.
    // For months they stay at the decomposition's: eleven more parameters make the fit
    // five times slower (M3 monthly 7.5 s → 39 s) for 14.142 → 14.141 on M3 monthly and
    // 19.42 → 19.18 on Tourism monthly, and the outlook refits ETS for every replay.
    let opt_season = spec.has_season() && m_eff <= 4;
    if opt_season {
        x0.extend_from_slice(&init.season[..m_eff - 1]);
    }
    let n_states = x0.len() - n_smooth;
    lo.extend(std::iter::repeat_n(-1e10, n_states));
    hi.extend(std::iter::repeat_n(1e10, n_states));
    // np counts smoothing parameters, initial states (ℓ0, b0 and the m − 1 free seasonal
    // states: estimated by the likelihood for quarters, by decomposition for months,
    // and counted as R counts them either way, which keeps the AICc's preference
    // between seasonal and non-seasonal forms) and σ.
    let np = n_smooth
        + 1
        + usize::from(spec.has_trend())
        + if spec.has_season() { m_eff - 1 } else { 0 }
        + 1;
    if np + 1 >= n {
        return None;
    }

    // x = [α, β' (trend), γ' (season), φ (damped), ℓ0, b0 (trend)].
    let unpack = |x: &[f64], st: &mut States| -> EtsParams {
        let mut it = x.iter().copied();
        let mut next = || it.next().unwrap_or(0.0);
        let alpha = next();
        let beta = if spec.has_trend() {
            alpha.min(beta_max) * next()
        } else {
            0.0
        };
        let gamma = if spec.has_season() {
            (1.0 - alpha) * next()
        } else {
            0.0
        };
        let phi = if spec.trend == TrendType::Damped {
            next()
        } else {
            1.0
        };
        st.level = next();
        if spec.has_trend() {
            st.slope = next();
        }
        if opt_season {
            let mut sum = 0.0;
            for j in 0..m_eff - 1 {
                st.season[j] = next();
                sum += st.season[j];
            }
            st.season[m_eff - 1] = if spec.season == SeasonType::Multiplicative {
                m_eff as f64 - sum
            } else {
                -sum
            };
        }
        EtsParams {
            alpha,
            beta,
            gamma,
            phi,
        }
    };
    let nf = n as f64;
    let mut work = init.clone();
    let objective = |x: &[f64]| -> f64 {
        let p = unpack(x, &mut work);
        let core = Core { spec, p, m: m_eff };
        if opt_season
            && spec.season == SeasonType::Multiplicative
            && work.season.iter().any(|&v| v <= 0.0)
        {
            return f64::INFINITY;
        }
        match core.filter(&work, y, None) {
            Some((sse, logsum)) if sse > 0.0 => nf * sse.ln() + 2.0 * logsum,
            _ => f64::INFINITY,
        }
    };
    let opts = Options {
        max_iter: 2000,
        tol_f: 1e-4,
        ..Options::default()
    };
    let best = optim::minimize(objective, &x0, &lo, &hi, opts);
    if !best.f.is_finite() {
        return None;
    }
    let mut st = init;
    let params = unpack(&best.x, &mut st);
    let core = Core {
        spec,
        p: params,
        m: m_eff,
    };
    let (sse, _) = core.filter(&st, y, None)?;
    let npf = np as f64;
    let aicc = best.f + 2.0 * npf + 2.0 * npf * (npf + 1.0) / (nf - npf - 1.0);
    Some(FormFit {
        params,
        init: st,
        sse,
        aicc,
        np,
    })
}
