//! The shared vocabulary: a [`Model`] is a specification, fitting it to a series gives a
//! [`Fitted`] model, and only a fitted model can forecast.
//!
//! Every fitted model describes its future the same way, through [`Fitted::path`]: the
//! values it would produce for a given sequence of standardised innovations. With all
//! innovations zero that is the point forecast; the model's (linearised) error structure
//! follows by perturbing one innovation at a time ([`Fitted::predict`]), which gives the
//! loadings `L` of the forecast errors on independent N(0, 1) shocks, `e = L z`. That one
//! description serves intervals (the row norms of `L`), joint sample paths (`mean + L z`)
//! and combinations (members driven by the same shocks), for every family alike.

use crate::Error;

/// Point forecasts with the model's own description of their errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// Point forecasts for steps 1..=h.
    pub mean: Vec<f64>,
    /// Lower-triangular loadings: row `k` (step `k + 1`) has `k + 1` entries, and the
    /// step's forecast error is `Σ_j loadings[k][j] · z_j` for independent standard
    /// normal shocks `z_j`, one per future period.
    pub loadings: Vec<Vec<f64>>,
}

impl Prediction {
    /// The model-based standard deviation of each step's forecast error.
    pub fn sd(&self) -> Vec<f64> {
        self.loadings
            .iter()
            .map(|row| row.iter().map(|v| v * v).sum::<f64>().sqrt())
            .collect()
    }
}

/// Forecasts made from in-sample origins, with the fitted parameters held fixed:
/// `forecasts[i][k]` forecasts observation `first + i + k` (0-based) from observations
/// `0..first + i`. Calibration compares them with what happened.
#[derive(Debug, Clone, Default)]
pub struct OriginForecasts {
    /// The first origin (number of observations known when the first forecast was made).
    pub first: usize,
    /// One forecast vector of length `h` per origin `first, first + 1, ..., n - 1`.
    pub forecasts: Vec<Vec<f64>>,
}

/// A model specification that can be fitted to a series.
pub trait Model {
    /// The fitted model.
    type Fitted: Fitted;
    /// Fits the model to `y` (oldest first) with seasonal period `season` (1 for none).
    ///
    /// # Errors
    /// When the series is too short, not finite or constant, or no parameters fit.
    fn fit(&self, y: &[f64], season: usize) -> Result<Self::Fitted, Error>;
}

/// A fitted model: it can forecast, and describe its forecast errors.
pub trait Fitted: Send + Sync {
    /// A short description, e.g. `ETS(M,Ad,M)` or `ARIMA(0,1,1)(0,1,1)[12]`.
    fn name(&self) -> String;
    /// The future values for steps `1..=z.len()` when the standardised innovations are
    /// `z` (the model scales them by its own innovation standard deviation); `z = 0`
    /// gives the point forecasts.
    fn path(&self, z: &[f64]) -> Vec<f64>;
    /// Forecasts for `h` steps made from every usable in-sample origin.
    fn origin_forecasts(&self, h: usize) -> OriginForecasts;
    /// Number of observations the model was fitted to.
    fn n_obs(&self) -> usize;
    /// Number of estimated quantities (coefficients, smoothing parameters, initial
    /// states, seasonal indices): the degrees of freedom the fit used up.
    fn n_params(&self) -> f64;
    /// True when the model's form was chosen among several by in-sample fit (an
    /// automatic search), so that its in-sample errors flatter it twice: once for the
    /// parameters, once for the choice.
    fn chosen_by_fit(&self) -> bool {
        false
    }
    /// True when the model's forecast errors grow with the level of the series (the
    /// noise of a model that tracks the level); false when they are mostly the change
    /// the model does not follow (the seasonal naive method's year-on-year change), which
    /// a trend keeps the same size at any level.
    fn errors_scale_with_level(&self) -> bool {
        true
    }

    /// Point forecasts and loadings for `h` steps (see [`Prediction`]), by perturbing
    /// one innovation at a time (exact for linear models, a linearisation otherwise).
    fn predict(&self, h: usize) -> Prediction {
        let zero = vec![0.0; h];
        let mean = self.path(&zero);
        let delta = 1e-3;
        let mut loadings: Vec<Vec<f64>> = (0..h).map(|k| vec![0.0; k + 1]).collect();
        let mut z = zero;
        for j in 0..h {
            z[j] = delta;
            let p = self.path(&z);
            z[j] = 0.0;
            for k in j..h {
                let v = (p[k] - mean[k]) / delta;
                loadings[k][j] = if v.is_finite() { v } else { 0.0 };
            }
        }
        Prediction { mean, loadings }
    }
}

impl<T: Fitted + ?Sized> Fitted for Box<T> {
    fn name(&self) -> String {
        (**self).name()
    }
    fn path(&self, z: &[f64]) -> Vec<f64> {
        (**self).path(z)
    }
    fn origin_forecasts(&self, h: usize) -> OriginForecasts {
        (**self).origin_forecasts(h)
    }
    fn predict(&self, h: usize) -> Prediction {
        (**self).predict(h)
    }
    fn n_obs(&self) -> usize {
        (**self).n_obs()
    }
    fn n_params(&self) -> f64 {
        (**self).n_params()
    }
    fn chosen_by_fit(&self) -> bool {
        (**self).chosen_by_fit()
    }
    fn errors_scale_with_level(&self) -> bool {
        (**self).errors_scale_with_level()
    }
}

/// Checks what every model needs: at least `need` finite, not-all-equal values.
pub(crate) fn check_series(y: &[f64], what: &str, need: usize) -> Result<(), Error> {
    if y.is_empty() {
        return Err(Error::Empty);
    }
    if let Some((index, &value)) = y.iter().enumerate().find(|(_, v)| !v.is_finite()) {
        return Err(Error::NonFinite { index, value });
    }
    if y.len() < need {
        return Err(Error::TooShort {
            what: what.to_string(),
            need,
            got: y.len(),
        });
    }
    if y.iter().all(|&v| v == y[0]) {
        return Err(Error::Constant {
            n: y.len(),
            value: y[0],
        });
    }
    Ok(())
}
