//! The crate's one error type.

/// Everything that can go wrong when fitting, forecasting or benchmarking.
///
/// Each variant names the input that failed, so that a caller can print it as is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The series has no observations.
    #[error("the series is empty: nothing to forecast")]
    Empty,
    /// A value is NaN or infinite.
    #[error("observation {index} (0-based) is {value}: every value must be a finite number")]
    NonFinite {
        /// 0-based position of the first offending value.
        index: usize,
        /// The offending value.
        value: f64,
    },
    /// Every observation has the same value, so there is no variation to model.
    #[error(
        "all {n} observations equal {value}: a constant series has no variation to model \
         (its forecast would be {value} with zero-width intervals)"
    )]
    Constant {
        /// Number of observations.
        n: usize,
        /// The value they all share.
        value: f64,
    },
    /// Too few observations for what was asked.
    #[error("{what} needs at least {need} observations, got {got}")]
    TooShort {
        /// What needed them ("ETS", "seasonal naive with season 12", ...).
        what: String,
        /// The minimum.
        need: usize,
        /// What the series has.
        got: usize,
    },
    /// An argument is out of its domain (a zero horizon, a 120% level, ...).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// A model name that [`crate::ModelKind`] does not know.
    #[error(
        "unknown model {0:?}: expected one of naive, snaive, ets, theta, otm, dotm, arima, combo, auto"
    )]
    UnknownModel(String),
    /// No candidate model could be fitted (every likelihood was infinite or not a number).
    #[error("{0}: no candidate model could be fitted to this series")]
    FitFailed(String),
    /// A benchmark CSV could not be read.
    #[error("{source_name} line {line}: {message}")]
    Csv {
        /// What was being read (a file name, "embedded m3_monthly.csv.gz").
        source_name: String,
        /// 1-based line number (0 when the failure is not tied to a line).
        line: u64,
        /// What was wrong.
        message: String,
    },
}
