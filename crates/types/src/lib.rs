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
    #[error("not a date: {0:?} (expected YYYY-MM-DD, or YYYY-MM for a month)")]
    BadArticleDate(String),
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

/// Parses an article's publication date: `YYYY-MM-DD`, or `YYYY-MM` for a story
/// known only to its month (a print edition, an archive listing), taken as the
/// month's 15th: SBP's monthly figures come out around the 17th, so the middle
/// of the month claims no release the story could not have seen from its first
/// days, and few it had.
///
/// # Errors
/// When the text is neither.
pub fn parse_article_date(s: &str) -> Result<Date, Error> {
    let t = s.trim();
    if t.len() == 7 && t.as_bytes()[4] == b'-' {
        return parse_date(&format!("{t}-15")).map_err(|_| Error::BadArticleDate(s.to_string()));
    }
    parse_date(t).map_err(|_| Error::BadArticleDate(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::parse_article_date;

    #[test]
    fn an_article_date_may_be_a_month() {
        assert_eq!(
            parse_article_date("2025-08-20").unwrap().to_string(),
            "2025-08-20"
        );
        assert_eq!(
            parse_article_date(" 2023-07 ").unwrap().to_string(),
            "2023-07-15"
        );
        for bad in ["2025-13", "2025-8", "July 2025", "2025-02-30", ""] {
            let e = parse_article_date(bad).unwrap_err().to_string();
            assert!(e.contains("YYYY-MM for a month"), "{bad}: {e}");
        }
    }
}
