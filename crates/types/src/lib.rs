//! The vocabulary of itx: periods and fiscal calendars, series keys, observations,
//! releases and vintages. No I/O lives here; every other crate speaks these types.
//!
//! ```
//! use itx_types::{FiscalCalendar, YearMonth, SeriesKey};
//! let jul = YearMonth::new(2025, 7)?;
//! assert_eq!(FiscalCalendar::PAKISTAN.fiscal_year_of(jul).to_string(), "FY2025-26");
//! assert_eq!(SeriesKey::resolve("ict")?.as_str(), "pk.ebops.9.credit");
//! # Ok::<(), itx_types::Error>(())
//! ```

mod number;
mod obs;
pub mod peers;
mod period;
mod release;
mod series;
pub mod targets;

pub use number::{grouped, money, money_m, money_to, plain, printed};
pub use obs::{
    CAPTURED_BY, Release, SourceKind, Status, Tier, Vintage, pick_current, pick_current_of,
};
pub use period::{
    FiscalCalendar, FiscalYear, FiscalYtd, Period, YearMonth, YearQuarter, month_abbr,
    month_from_name, month_name,
};
pub use release::{
    BatchedRow, NewObservation, NewRelease, ObservationBatch, ObservationRef, push_period,
};
pub use series::{ALIASES, Flow, SeriesInfo, SeriesKey, Unit, ebops_name, short_name};

/// A civil date (release dates, as-of dates).
pub type Date = jiff::civil::Date;

/// Errors from parsing itx's vocabulary.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    #[error("not a period: {0:?} (expected e.g. 2025-07, FY2025-26, \"FY2025-26 Jul-Mar\")")]
    BadPeriod(String),
    #[error("not a date: {0:?} (expected YYYY-MM-DD)")]
    BadDate(String),
    #[error("unknown series {0:?} (try `itx series list`)")]
    UnknownSeries(String),
    #[error("unknown status {0:?}")]
    BadStatus(String),
}

/// Parses a `YYYY-MM-DD` date.
///
/// # Errors
/// When the text is not a valid date.
pub fn parse_date(s: &str) -> Result<Date, Error> {
    let t = s.trim();
    if t.len() != 10 {
        return Err(Error::BadDate(s.to_string()));
    }
    t.parse::<Date>().map_err(|_| Error::BadDate(s.to_string()))
}
