//! Forecasting for itx: point forecasts with calibrated 80% / 95% intervals, joint
//! sample paths, fiscal-year outlooks with the odds of meeting a target, and the
//! M3 benchmark that keeps the models honest.
//!
//! The models share one vocabulary ([`Model`] → [`Fitted`]; only a fitted model can
//! forecast): the naive and seasonal naive baselines ([`naive`]), exponential smoothing
//! with automatic selection ([`ets`]), the Theta family ([`theta`]), automatic seasonal
//! ARIMA ([`arima`]) and combinations ([`combo`]). [`ModelKind`] names them for callers;
//! [`ModelKind::Combo`], the mean of ETS, DOTM, Theta and ARIMA, is the default, chosen on the
//! M3 evidence ([`combo::DEFAULT_MEMBERS`]; the [`mod@bench`] module reproduces it).
//!
//! Intervals are calibrated per series from in-sample rolling-origin errors (see
//! [`Forecaster`]), and [`sample_paths`] draws joint paths with exactly those
//! marginals, which [`fy_outlook`] sums into a fiscal year.
//!
//! ```
//! use itx_forecast::{ModelKind, forecast};
//!
//! // Four years of a seasonal monthly series with a gentle trend.
//! let y: Vec<f64> = (0..48)
//!     .map(|t| 100.0 + t as f64 + 10.0 * (t as f64 * std::f64::consts::PI / 6.0).sin())
//!     .collect();
//! let fc = forecast(&y, 12, 6, ModelKind::Combo, &[80, 95])?;
//! assert_eq!(fc.mean.len(), 6);
//! assert!(fc.lower[&95][0] <= fc.lower[&80][0] && fc.lower[&80][0] <= fc.mean[0]);
//! # Ok::<(), itx_forecast::Error>(())
//! ```

#![warn(missing_docs)]

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

pub mod arima;
pub mod bench;
mod calibrate;
pub mod combo;
mod decompose;
mod error;
pub mod ets;
pub mod model;
pub mod naive;
mod optim;
mod outlook;
pub mod stats;
pub mod theta;

pub use error::Error;
pub use model::{Fitted, Model, OriginForecasts, Prediction};
pub use outlook::{
    MIN_CALIBRATION_SCORES, Outlook, spread_factor, spread_factor_weighted, spread_score,
};

use calibrate::Calibrated;

/// The M3 monthly data (1,428 series, h = 18), gzip-compressed long CSV
/// (`data/forecasting/m3_monthly.csv.gz`; read it with [`bench::load_gz`]).
/// Compiled in only with the feature `m3` (about 1 MB with the quarterly file);
/// without it, `itx bench` reads the files from the repository's data folder.
#[cfg(feature = "m3")]
pub const M3_MONTHLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_monthly.csv.gz");
/// The M3 quarterly data (756 series, h = 8), gzip-compressed long CSV.
#[cfg(feature = "m3")]
pub const M3_QUARTERLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_quarterly.csv.gz");
/// The M3 yearly data (645 series, h = 6, no season), gzip-compressed long CSV.
#[cfg(feature = "m3")]
pub const M3_YEARLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_yearly.csv.gz");
/// The M3 "other" data (174 series, h = 8, no season), gzip-compressed long CSV.
#[cfg(feature = "m3")]
pub const M3_OTHER_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_other.csv.gz");

/// The longest horizon [`forecast`] and [`sample_paths`] accept (20 years of months;
/// the error structure costs O(h²) to compute).
pub const MAX_HORIZON: usize = 240;
/// The most sample paths [`sample_paths`] draws in one call.
pub const MAX_PATHS: usize = 1_000_000;
/// The most values (paths × steps) [`sample_paths`] returns in one call.
pub const MAX_PATH_VALUES: usize = 10_000_000;

/// Which model to forecast with. Parses from (and prints as) `naive`, `snaive`, `ets`,
/// `theta`, `otm`, `dotm`, `arima`, `combo`; `auto` parses as [`ModelKind::Combo`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModelKind {
    /// The last value, repeated.
    Naive,
    /// The value one season earlier.
    SeasonalNaive,
    /// Exponential smoothing, form chosen by AICc ([`ets::Ets::auto`]).
    Ets,
    /// The standard Theta method ([`theta::ThetaKind::Standard`]).
    Theta,
    /// The optimised Theta method ([`theta::ThetaKind::Optimised`]).
    Otm,
    /// The dynamic optimised Theta method ([`theta::ThetaKind::DynamicOptimised`]).
    Dotm,
    /// Seasonal ARIMA on the Box–Cox transformed series, orders chosen by the stepwise
    /// search ([`arima::AutoArima`]).
    Arima,
    /// The default: the mean of ETS, DOTM, Theta and ARIMA ([`combo::DEFAULT_MEMBERS`]).
    Combo,
}

impl ModelKind {
    /// Every kind, baselines first.
    pub const ALL: [ModelKind; 8] = [
        ModelKind::Naive,
        ModelKind::SeasonalNaive,
        ModelKind::Ets,
        ModelKind::Theta,
        ModelKind::Otm,
        ModelKind::Dotm,
        ModelKind::Arima,
        ModelKind::Combo,
    ];

    /// The name `FromStr` accepts and `Display` prints.
    pub fn as_str(self) -> &'static str {
        match self {
            ModelKind::Naive => "naive",
            ModelKind::SeasonalNaive => "snaive",
            ModelKind::Ets => "ets",
            ModelKind::Theta => "theta",
            ModelKind::Otm => "otm",
            ModelKind::Dotm => "dotm",
            ModelKind::Arima => "arima",
            ModelKind::Combo => "combo",
        }
    }

    /// Fits the model this kind names.
    ///
    /// # Errors
    /// As [`forecast`].
    pub fn fit(self, y: &[f64], season: usize) -> Result<Box<dyn Fitted>, Error> {
        let m = season.max(1);
        Ok(match self {
            ModelKind::Naive => Box::new(naive::Naive.fit(y, m)?),
            ModelKind::SeasonalNaive => Box::new(naive::SeasonalNaive.fit(y, m)?),
            ModelKind::Ets => Box::new(ets::Ets::auto().fit(y, m)?),
            ModelKind::Theta => Box::new(theta::Theta::new(theta::ThetaKind::Standard).fit(y, m)?),
            ModelKind::Otm => Box::new(theta::Theta::new(theta::ThetaKind::Optimised).fit(y, m)?),
            ModelKind::Dotm => {
                Box::new(theta::Theta::new(theta::ThetaKind::DynamicOptimised).fit(y, m)?)
            }
            ModelKind::Arima => Box::new(arima::AutoArima::default().fit(y, m)?),
            ModelKind::Combo => Box::new(combo::Combo::default().fit(y, m)?),
        })
    }
}

impl fmt::Display for ModelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ModelKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let t = s.trim().to_ascii_lowercase();
        if t == "auto" {
            return Ok(ModelKind::Combo);
        }
        ModelKind::ALL
            .into_iter()
            .find(|k| k.as_str() == t)
            .ok_or_else(|| Error::UnknownModel(s.to_string()))
    }
}

/// Point forecasts with central intervals.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Forecast {
    /// Point forecasts for steps 1..=h.
    pub mean: Vec<f64>,
    /// Lower interval bounds by level (percent), one per step.
    pub lower: BTreeMap<u8, Vec<f64>>,
    /// Upper interval bounds by level (percent), one per step.
    pub upper: BTreeMap<u8, Vec<f64>>,
    /// The fitted model, e.g. `ETS(M,Ad,M)` or `Combo(mean of ETS(M,A,M), DOTM, Theta)`.
    pub model: String,
}

/// A fitted model together with the series it was fitted to: it forecasts with
/// calibrated intervals and draws sample paths.
///
/// # Calibration
///
/// Model-based intervals are too narrow out of sample: they ignore parameter and model
/// uncertainty (statsforecast's AutoETS covers 74.7% / 89.7% of M3 monthly test values
/// with nominal 80% / 95% intervals, its DOTM 73.2% / 86.6%). So widths are calibrated
/// per series, from the model's own record:
///
/// 1. The fitted model forecasts `h` steps from every in-sample origin after a 10%
///    burn-in, parameters fixed ([`Fitted::origin_forecasts`]); for positive series each
///    error is rescaled by `ŷ_{n+k} / ŷ_{t+k|t}`, so errors made at a lower level count
///    in proportion.
/// 2. Each error is standardised by the model-based standard deviation of its step (the
///    row norms of [`Prediction::loadings`]). Their mean square by step, smoothed by a
///    weighted straight line in the step that may rise but not fall, gives a per-step
///    variance ratio.
/// 3. The errors standardised by that ratio are pooled over steps; their empirical
///    quantiles give the half-width multipliers for each level (1.28 and 1.96 for
///    normal errors; real errors have heavier tails), taken at split conformal
///    prediction's finite-sample level `p (1 + 1/n)` for `n` forecast origins.
/// 4. In-sample errors are made by parameters fitted to the same data, so widths are
///    inflated by `sqrt(n / (n − p))` for the `p` quantities the fit estimated
///    ([`Fitted::n_params`]), and by `sqrt((n + p) / (n − p))` (Akaike's final
///    prediction error) where an automatic search also chose the model's form by
///    in-sample fit ([`Fitted::chosen_by_fit`]: ETS and ARIMA unless given a form).
///
/// With fewer than 30 usable errors (very short series) the model-based widths are used
/// with normal quantiles, still with step 4. On M3 monthly this takes the default
/// model's coverage to 79.6% / 94.8% (80% / 95% nominal), and every family's into
/// 77–83% / 92–97% (ETS, the lowest, 78.7% / 93.7%); on M3 quarterly every family is
/// inside too (seasonal naive 78.8% / 92.0%: the baselines' errors are not rescaled by
/// the level, [`Fitted::errors_scale_with_level`]).
pub struct Forecaster {
    y: Vec<f64>,
    fitted: Box<dyn Fitted>,
    season: usize,
}

impl fmt::Debug for Forecaster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Forecaster")
            .field("model", &self.fitted.name())
            .field("n", &self.y.len())
            .finish()
    }
}

fn check_horizon(h: usize) -> Result<(), Error> {
    if h == 0 {
        return Err(Error::InvalidArgument(
            "the horizon must be at least 1 step".into(),
        ));
    }
    if h > MAX_HORIZON {
        return Err(Error::InvalidArgument(format!(
            "the horizon {h} is longer than the {MAX_HORIZON} steps allowed"
        )));
    }
    Ok(())
}

impl Forecaster {
    /// Fits `kind` to `y` (oldest first) with seasonal period `season` (12 for monthly
    /// data, 4 for quarterly, 1 for none).
    ///
    /// # Errors
    /// As [`forecast`].
    pub fn fit(y: &[f64], season: usize, kind: ModelKind) -> Result<Forecaster, Error> {
        let fitted = kind.fit(y, season)?;
        Ok(Forecaster {
            y: y.to_vec(),
            fitted,
            season: season.max(1),
        })
    }

    /// Wraps a model fitted by hand (e.g. a [`combo::Combo`] of other members) fitted to
    /// `y` with seasonal period `season`.
    pub fn from_fitted(y: &[f64], season: usize, fitted: Box<dyn Fitted>) -> Forecaster {
        Forecaster {
            y: y.to_vec(),
            fitted,
            season: season.max(1),
        }
    }

    /// The calibration for `h` steps. Widths are calibrated over at least a season (12
    /// months), so that the intervals of the coming year do not depend on how far ahead
    /// one asks. (Over two seasons, ETS alone would cover 76.7% instead of 77.1% of M3
    /// monthly outcomes at 80%.)
    fn calibrated(&self, h: usize) -> Calibrated {
        let min_h = self.season.clamp(1, MAX_HORIZON);
        Calibrated::new(self.fitted.as_ref(), &self.y, h, min_h)
    }

    /// The fitted model's description.
    pub fn model(&self) -> String {
        self.fitted.name()
    }

    /// The fitted model.
    pub fn fitted(&self) -> &dyn Fitted {
        self.fitted.as_ref()
    }

    /// Point forecasts for `h` steps with calibrated central intervals at each of
    /// `levels` (percent, 1–99).
    ///
    /// # Errors
    /// A zero or too long horizon, or a level outside 1–99.
    pub fn forecast(&self, h: usize, levels: &[u8]) -> Result<Forecast, Error> {
        check_horizon(h)?;
        if let Some(l) = levels.iter().find(|&&l| l == 0 || l >= 100) {
            return Err(Error::InvalidArgument(format!(
                "interval level {l}% must be between 1 and 99"
            )));
        }
        let cal = self.calibrated(h);
        let sd = cal.sd();
        let mut lower = BTreeMap::new();
        let mut upper = BTreeMap::new();
        for &l in levels {
            let q = cal.quantile(f64::from(l));
            lower.insert(
                l,
                cal.pred
                    .mean
                    .iter()
                    .zip(&sd)
                    .map(|(m, s)| m - q * s)
                    .collect(),
            );
            upper.insert(
                l,
                cal.pred
                    .mean
                    .iter()
                    .zip(&sd)
                    .map(|(m, s)| m + q * s)
                    .collect(),
            );
        }
        Ok(Forecast {
            mean: cal.pred.mean,
            lower,
            upper,
            model: self.fitted.name(),
        })
    }

    /// `n` joint sample paths of the next `h` steps.
    ///
    /// Each path is the point forecast plus the model's correlated innovations (its
    /// loadings `L` applied to independent standard normals), each step's deviation
    /// standardised, passed through the calibrated quantile function and rescaled by
    /// the calibrated standard deviation: a Gaussian copula with the model's
    /// correlation across steps and the calibrated intervals as marginals. The same
    /// `seed` gives the same paths.
    ///
    /// # Errors
    /// A zero or too long horizon, `n` outside 1..=[`MAX_PATHS`], or more than
    /// [`MAX_PATH_VALUES`] values in all.
    pub fn sample_paths(&self, h: usize, n: usize, seed: u64) -> Result<Vec<Vec<f64>>, Error> {
        check_horizon(h)?;
        if n == 0 || n > MAX_PATHS {
            return Err(Error::InvalidArgument(format!(
                "the number of paths must be 1 to {MAX_PATHS}, got {n}"
            )));
        }
        if n.saturating_mul(h) > MAX_PATH_VALUES {
            return Err(Error::InvalidArgument(format!(
                "{n} paths of {h} steps are more than the {MAX_PATH_VALUES} values allowed"
            )));
        }
        let cal = self.calibrated(h);
        let sd = cal.sd();
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut z = vec![0.0; h];
        let mut paths = Vec::with_capacity(n);
        for _ in 0..n {
            for v in z.iter_mut() {
                *v = StandardNormal.sample(&mut rng);
            }
            let path = (0..h)
                .map(|k| {
                    let row = &cal.pred.loadings[k];
                    let dev: f64 = row.iter().zip(&z).map(|(l, zj)| l * zj).sum();
                    let u = if cal.model_sd[k] > 0.0 {
                        dev / cal.model_sd[k]
                    } else {
                        0.0
                    };
                    cal.pred.mean[k] + sd[k] * cal.transform(u)
                })
                .collect();
            paths.push(path);
        }
        Ok(paths)
    }
}

/// Point forecasts for `h` steps of `y` (oldest first, seasonal period `season`) with
/// calibrated central intervals at each of `levels` (percent).
///
/// # Errors
/// An empty series, a NaN or infinite value, a constant series, a series too short for
/// the model (the message names the model and the minimum), a zero or too long horizon,
/// or a level outside 1–99.
pub fn forecast(
    y: &[f64],
    season: usize,
    h: usize,
    kind: ModelKind,
    levels: &[u8],
) -> Result<Forecast, Error> {
    check_horizon(h)?;
    Forecaster::fit(y, season, kind)?.forecast(h, levels)
}

/// `n` joint sample paths (each of `h` steps) with the calibrated intervals as
/// marginals; see [`Forecaster::sample_paths`]. Use them for anything aggregated
/// (quarter or fiscal-year totals, averages) instead of summing intervals.
///
/// # Errors
/// As [`forecast`], and `n` outside 1..=[`MAX_PATHS`].
pub fn sample_paths(
    y: &[f64],
    season: usize,
    h: usize,
    kind: ModelKind,
    n: usize,
    seed: u64,
) -> Result<Vec<Vec<f64>>, Error> {
    check_horizon(h)?;
    Forecaster::fit(y, season, kind)?.sample_paths(h, n, seed)
}

/// The outlook for a fiscal year's total: the published months (`months_fixed_in_fy`,
/// which must be the last values of `history`) are fixed, the `months_left` remaining
/// months are simulated jointly from a model fitted to `history`, and the totals of
/// `n_paths` paths give the median, the 80% and 95% intervals and `P(total ≥ target)`.
/// `needed_monthly_avg` is what the remaining months must average to reach the target.
///
/// ```
/// use itx_forecast::{ModelKind, fy_outlook};
///
/// // Three years of monthly data; the fiscal year (July–June) has 4 months published.
/// let history: Vec<f64> = (0..40).map(|t| 300.0 + 2.0 * t as f64 + (t % 12) as f64).collect();
/// let published = &history[36..];
/// let o = fy_outlook(&history, 12, published, 8, Some(4200.0), ModelKind::Theta, 2000, 7)?;
/// assert_eq!((o.months_fixed, o.months_left), (4, 8));
/// assert!(o.lower95 <= o.lower80 && o.lower80 <= o.median && o.median <= o.upper80);
/// let needed = (4200.0 - published.iter().sum::<f64>()) / 8.0;
/// assert!((o.needed_monthly_avg.unwrap() - needed).abs() < 1e-9);
/// # Ok::<(), itx_forecast::Error>(())
/// ```
///
/// # Errors
/// As [`sample_paths`]; also when the published months are not the end of `history`,
/// or a value or the target is not finite.
#[allow(clippy::too_many_arguments)]
pub fn fy_outlook(
    history: &[f64],
    season: usize,
    months_fixed_in_fy: &[f64],
    months_left: usize,
    target: Option<f64>,
    kind: ModelKind,
    n_paths: usize,
    seed: u64,
) -> Result<Outlook, Error> {
    fy_outlook_spread(
        history,
        season,
        months_fixed_in_fy,
        months_left,
        target,
        kind,
        n_paths,
        seed,
        1.0,
    )
}

/// [`fy_outlook`] with the simulated totals scaled by `spread` about their
/// median before the quantiles and the target's chance are read: a spread
/// fitted on earlier years' outcomes ([`spread_factor`]) calibrates the
/// intervals. Totals never fall below what is already published.
///
/// # Errors
/// As [`fy_outlook`]; also when `spread` is not positive.
#[allow(clippy::too_many_arguments)]
pub fn fy_outlook_spread(
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
    outlook::fy_outlook(
        history,
        season,
        months_fixed_in_fy,
        months_left,
        target,
        kind,
        n_paths,
        seed,
        spread,
    )
}
