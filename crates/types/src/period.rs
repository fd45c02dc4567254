//! Periods: months, quarters, calendar years, fiscal years and fiscal-year-to-date spans.
//!
//! Statistics offices publish figures for several kinds of period side by side (SBP's
//! BoP summary mixes months, quarters, fiscal years and "Jul-Mar" running totals in one
//! header row), so each kind is its own type and [`Period`] is the closed union of them.
//! The fiscal calendar is data ([`FiscalCalendar`]), never an `if` on the country.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_NAME: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Parses an English month abbreviation or full name ("Mar", "march", "Sept").
pub fn month_from_name(s: &str) -> Option<u8> {
    let lower = s.trim().to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    MONTH_NAME
        .iter()
        .position(|full| {
            let full = full.to_ascii_lowercase();
            full == lower || (full.starts_with(&lower) && lower.len() >= 3)
        })
        .map(|i| i as u8 + 1)
}

/// The three-letter English abbreviation of month `m` (1–12).
pub fn month_abbr(m: u8) -> &'static str {
    MONTH_ABBR[(m.clamp(1, 12) - 1) as usize]
}

/// The full English name of month `m` (1–12).
pub fn month_name(m: u8) -> &'static str {
    MONTH_NAME[(m.clamp(1, 12) - 1) as usize]
}

/// A calendar month, e.g. July 2025.
///
/// ```
/// use itx_types::YearMonth;
/// let jul: YearMonth = "2025-07".parse()?;
/// assert_eq!(jul.add_months(-1).to_string(), "2025-06");
/// assert_eq!(jul.add_months(6).to_string(), "2026-01");
/// assert_eq!(jul.long_label(), "July 2025");
/// # Ok::<(), itx_types::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct YearMonth {
    year: i32,
    month: u8,
}

impl YearMonth {
    /// # Errors
    /// When `month` is not 1–12 or the year is outside 1900–2200.
    pub fn new(year: i32, month: u8) -> Result<Self, Error> {
        if !(1..=12).contains(&month) || !(1900..=2200).contains(&year) {
            return Err(Error::BadPeriod(format!("{year}-{month:02}")));
        }
        Ok(YearMonth { year, month })
    }
    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    /// Months since year 0, so that differences are month counts.
    pub fn index(self) -> i32 {
        self.year * 12 + i32::from(self.month) - 1
    }
    fn from_index(i: i32) -> Self {
        YearMonth {
            year: i.div_euclid(12),
            month: (i.rem_euclid(12) + 1) as u8,
        }
    }
    pub fn add_months(self, n: i32) -> Self {
        Self::from_index(self.index() + n)
    }
    /// "July 2025".
    pub fn long_label(self) -> String {
        format!("{} {}", month_name(self.month), self.year)
    }
    /// "Jul-25", SBP's own header form.
    pub fn short_label(self) -> String {
        format!(
            "{}-{:02}",
            month_abbr(self.month),
            self.year.rem_euclid(100)
        )
    }
    /// The last calendar day of the month.
    pub fn last_day(self) -> jiff::civil::Date {
        let first = jiff::civil::Date::new(self.year as i16, self.month as i8, 1)
            .expect("validated year-month");
        first.last_of_month()
    }
    pub fn quarter(self) -> YearQuarter {
        YearQuarter {
            year: self.year,
            quarter: (self.month - 1) / 3 + 1,
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = Error;
    /// Accepts `2025-07`, `2025-7`, `Jul-2025`, `July 2025` and `Jul-25`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::BadPeriod(s.to_string());
        let t = s.trim();
        if let Some((a, b)) = t.split_once(['-', ' ', '/']) {
            if let (Ok(y), Ok(m)) = (a.parse::<i32>(), b.parse::<u8>()) {
                if a.len() == 4 {
                    return YearMonth::new(y, m).map_err(|_| bad());
                }
            }
            if let Some(m) = month_from_name(a) {
                let y: i32 = b.trim().parse().map_err(|_| bad())?;
                let y = match b.trim().len() {
                    2 => 2000 + y,
                    4 => y,
                    _ => return Err(bad()),
                };
                return YearMonth::new(y, m).map_err(|_| bad());
            }
        }
        Err(bad())
    }
}

impl TryFrom<String> for YearMonth {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        s.parse()
    }
}
impl From<YearMonth> for String {
    fn from(m: YearMonth) -> String {
        m.to_string()
    }
}

/// A calendar quarter, e.g. 2025-Q3 (July–September 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearQuarter {
    pub year: i32,
    pub quarter: u8,
}

impl YearQuarter {
    /// # Errors
    /// When `quarter` is not 1–4.
    pub fn new(year: i32, quarter: u8) -> Result<Self, Error> {
        if !(1..=4).contains(&quarter) {
            return Err(Error::BadPeriod(format!("{year}-Q{quarter}")));
        }
        Ok(YearQuarter { year, quarter })
    }
    pub fn first_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: (self.quarter - 1) * 3 + 1,
        }
    }
}

impl fmt::Display for YearQuarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)
    }
}

/// A fiscal calendar: the month a fiscal year starts in, as data.
///
/// Pakistan's and Bangladesh's fiscal years run July–June, India's April–March.
/// A fiscal year is named after both calendar years it spans (FY2025-26) or,
/// in the short form SBP uses, after the year it ends in (FY26).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct FiscalCalendar {
    pub name: &'static str,
    pub start_month: u8,
}

impl FiscalCalendar {
    pub const PAKISTAN: FiscalCalendar = FiscalCalendar {
        name: "Pakistan (July-June)",
        start_month: 7,
    };
    pub const BANGLADESH: FiscalCalendar = FiscalCalendar {
        name: "Bangladesh (July-June)",
        start_month: 7,
    };
    pub const INDIA: FiscalCalendar = FiscalCalendar {
        name: "India (April-March)",
        start_month: 4,
    };
    pub const CALENDAR_YEAR: FiscalCalendar = FiscalCalendar {
        name: "calendar year",
        start_month: 1,
    };

    /// The fiscal year that contains `m`.
    ///
    /// ```
    /// use itx_types::{FiscalCalendar, YearMonth};
    /// let pk = FiscalCalendar::PAKISTAN;
    /// // The July rollover: June 2025 closes FY2024-25, July 2025 opens FY2025-26.
    /// assert_eq!(pk.fiscal_year_of(YearMonth::new(2025, 6)?).to_string(), "FY2024-25");
    /// assert_eq!(pk.fiscal_year_of(YearMonth::new(2025, 7)?).to_string(), "FY2025-26");
    /// assert_eq!(pk.fiscal_year_of(YearMonth::new(2025, 7)?).short_label(), "FY26");
    /// # Ok::<(), itx_types::Error>(())
    /// ```
    pub fn fiscal_year_of(&self, m: YearMonth) -> FiscalYear {
        let start_year = if m.month >= self.start_month {
            m.year
        } else {
            m.year - 1
        };
        FiscalYear {
            start_year,
            start_month: self.start_month,
        }
    }

    /// The fiscal year whose short label ends in `end_year` (FY26 → 2026).
    pub fn fiscal_year_ending(&self, end_year: i32) -> FiscalYear {
        let start_year = if self.start_month == 1 {
            end_year
        } else {
            end_year - 1
        };
        FiscalYear {
            start_year,
            start_month: self.start_month,
        }
    }

    /// Parses `FY2025-26`, `FY26`, `2025-26` or (calendar year) `2025`.
    ///
    /// # Errors
    /// When the text is none of those forms.
    pub fn parse_fiscal_year(&self, s: &str) -> Result<FiscalYear, Error> {
        let bad = || Error::BadPeriod(s.to_string());
        let t = s.trim();
        let t = t
            .strip_prefix("FY")
            .or_else(|| t.strip_prefix("fy"))
            .unwrap_or(t)
            .trim();
        if let Some((a, b)) = t.split_once('-') {
            let a: i32 = a.parse().map_err(|_| bad())?;
            let b: i32 = b.parse().map_err(|_| bad())?;
            if !(1900..=2200).contains(&a) || (a + 1).rem_euclid(100) != b.rem_euclid(100) {
                return Err(bad());
            }
            return Ok(FiscalYear {
                start_year: a,
                start_month: self.start_month,
            });
        }
        let y: i32 = t.parse().map_err(|_| bad())?;
        match t.len() {
            2 => Ok(self.fiscal_year_ending(2000 + y)),
            4 => Ok(self.fiscal_year_ending(y)),
            _ => Err(bad()),
        }
    }
}

impl FiscalYear {
    /// Reads a span of this fiscal year written the way SBP writes it: "Jul-Mar" (the
    /// first nine months), "Jul" (the first month), "Jul-Jun" (the whole year).
    /// Returns `None` when the span does not start with the fiscal year's first month.
    ///
    /// ```
    /// use itx_types::{FiscalCalendar, Period};
    /// let fy26 = FiscalCalendar::PAKISTAN.parse_fiscal_year("FY26")?;
    /// assert_eq!(fy26.span("Jul-Mar").unwrap().to_string(), "FY2025-26 Jul-Mar");
    /// assert_eq!(fy26.span("Jul-Jun"), Some(Period::FiscalYear(fy26)));
    /// assert_eq!(fy26.span("Apr-Mar"), None);
    /// # Ok::<(), itx_types::Error>(())
    /// ```
    pub fn span(self, span: &str) -> Option<Period> {
        let span = span.trim();
        let (a, b) = span.split_once('-').unwrap_or((span, span));
        let (a, b) = (month_from_name(a)?, month_from_name(b)?);
        if a != self.start_month {
            return None;
        }
        let months = (i32::from(b) - i32::from(a)).rem_euclid(12) + 1;
        Some(if months == 12 {
            Period::FiscalYear(self)
        } else {
            Period::FiscalYtd(FiscalYtd {
                fy: self,
                months: months as u8,
            })
        })
    }
}

/// One fiscal year of a given calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FiscalYear {
    /// Calendar year of the first month.
    pub start_year: i32,
    pub start_month: u8,
}

impl FiscalYear {
    pub fn first_month(self) -> YearMonth {
        YearMonth {
            year: self.start_year,
            month: self.start_month,
        }
    }
    pub fn last_month(self) -> YearMonth {
        self.first_month().add_months(11)
    }
    /// The year the fiscal year ends in.
    pub fn end_year(self) -> i32 {
        self.last_month().year
    }
    pub fn months(self) -> impl Iterator<Item = YearMonth> {
        let first = self.first_month();
        (0..12).map(move |i| first.add_months(i))
    }
    pub fn contains(self, m: YearMonth) -> bool {
        (0..12).contains(&(m.index() - self.first_month().index()))
    }
    pub fn prev(self) -> FiscalYear {
        FiscalYear {
            start_year: self.start_year - 1,
            ..self
        }
    }
    pub fn next(self) -> FiscalYear {
        FiscalYear {
            start_year: self.start_year + 1,
            ..self
        }
    }
    /// "FY26" (SBP's short form: the year the fiscal year ends in).
    pub fn short_label(self) -> String {
        format!("FY{:02}", self.end_year().rem_euclid(100))
    }
}

impl fmt::Display for FiscalYear {
    /// "FY2025-26", or "2025" for a calendar-year calendar.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start_month == 1 {
            write!(f, "{}", self.start_year)
        } else {
            write!(
                f,
                "FY{}-{:02}",
                self.start_year,
                (self.start_year + 1).rem_euclid(100)
            )
        }
    }
}

/// The first `months` months of a fiscal year: "Jul-Mar FY2025-26" is 9 months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FiscalYtd {
    pub fy: FiscalYear,
    /// 1–12.
    pub months: u8,
}

impl FiscalYtd {
    /// # Errors
    /// When `months` is not 1–12.
    pub fn new(fy: FiscalYear, months: u8) -> Result<Self, Error> {
        if !(1..=12).contains(&months) {
            return Err(Error::BadPeriod(format!("{fy} with {months} months")));
        }
        Ok(FiscalYtd { fy, months })
    }
    /// The year-to-date span that ends with month `m`.
    pub fn through(cal: &FiscalCalendar, m: YearMonth) -> FiscalYtd {
        let fy = cal.fiscal_year_of(m);
        FiscalYtd {
            fy,
            months: (m.index() - fy.first_month().index() + 1) as u8,
        }
    }
    pub fn last_month(self) -> YearMonth {
        self.fy.first_month().add_months(i32::from(self.months) - 1)
    }
    /// The same span one fiscal year earlier.
    pub fn prior_year(self) -> FiscalYtd {
        FiscalYtd {
            fy: self.fy.prev(),
            ..self
        }
    }
    /// "Jul-Mar", or "Jul" for a one-month span.
    pub fn span_label(self) -> String {
        let a = month_abbr(self.fy.start_month);
        if self.months == 1 {
            a.to_string()
        } else {
            format!("{a}-{}", month_abbr(self.last_month().month))
        }
    }
}

impl fmt::Display for FiscalYtd {
    /// Canonical form "FY2025-26 Jul-Mar" (always with both months, so it parses back).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}-{}",
            self.fy,
            month_abbr(self.fy.start_month),
            month_abbr(self.last_month().month)
        )
    }
}

/// Any period a figure can be published for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Month(YearMonth),
    Quarter(YearQuarter),
    Year(i32),
    FiscalYear(FiscalYear),
    FiscalYtd(FiscalYtd),
}

impl Period {
    /// Parses the canonical text of any period kind, reading fiscal years with `cal`.
    ///
    /// ```
    /// use itx_types::{FiscalCalendar, Period};
    /// let pk = FiscalCalendar::PAKISTAN;
    /// for s in ["2025-07", "2025-Q3", "2025", "FY2025-26", "FY2025-26 Jul-Mar"] {
    ///     assert_eq!(Period::parse(s, &pk)?.to_string(), s);
    /// }
    /// # Ok::<(), itx_types::Error>(())
    /// ```
    ///
    /// # Errors
    /// When the text is not a period.
    pub fn parse(s: &str, cal: &FiscalCalendar) -> Result<Period, Error> {
        let bad = || Error::BadPeriod(s.to_string());
        let t = s.trim();
        if t.starts_with("FY") || t.starts_with("fy") {
            if let Some((fy, span)) = t.split_once(' ') {
                return cal.parse_fiscal_year(fy)?.span(span).ok_or_else(bad);
            }
            return Ok(Period::FiscalYear(cal.parse_fiscal_year(t)?));
        }
        if let Some((y, q)) = t.split_once("-Q") {
            let y: i32 = y.parse().map_err(|_| bad())?;
            let q: u8 = q.parse().map_err(|_| bad())?;
            return Ok(Period::Quarter(YearQuarter::new(y, q)?));
        }
        if t.len() == 4 {
            return t.parse().map(Period::Year).map_err(|_| bad());
        }
        t.parse().map(Period::Month)
    }

    pub fn as_month(self) -> Option<YearMonth> {
        match self {
            Period::Month(m) => Some(m),
            _ => None,
        }
    }

    /// A label for prose: "July 2025", "Jul-Mar FY2025-26", "FY2025-26", "2025-Q3".
    pub fn label(self) -> String {
        match self {
            Period::Month(m) => m.long_label(),
            Period::FiscalYtd(y) => format!("{} {}", y.span_label(), y.fy),
            other => other.to_string(),
        }
    }
}

impl From<YearMonth> for Period {
    fn from(m: YearMonth) -> Self {
        Period::Month(m)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month(m) => m.fmt(f),
            Period::Quarter(q) => q.fmt(f),
            Period::Year(y) => write!(f, "{y}"),
            Period::FiscalYear(fy) => fy.fmt(f),
            Period::FiscalYtd(y) => y.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_month_parses_the_forms_sbp_and_the_press_use() {
        for s in ["2025-07", "2025-7", "Jul-2025", "July 2025", "Jul-25"] {
            assert_eq!(
                s.parse::<YearMonth>().unwrap().to_string(),
                "2025-07",
                "{s}"
            );
        }
        for s in ["2025-13", "2025", "Juy 2025", "", "07-2025x"] {
            assert!(s.parse::<YearMonth>().is_err(), "{s}");
        }
    }

    #[test]
    fn fiscal_years_per_calendar() {
        let m = YearMonth::new(2026, 3).unwrap();
        assert_eq!(
            FiscalCalendar::PAKISTAN.fiscal_year_of(m).to_string(),
            "FY2025-26"
        );
        assert_eq!(
            FiscalCalendar::INDIA.fiscal_year_of(m).to_string(),
            "FY2025-26"
        );
        let apr = YearMonth::new(2026, 4).unwrap();
        assert_eq!(
            FiscalCalendar::INDIA.fiscal_year_of(apr).to_string(),
            "FY2026-27"
        );
        assert_eq!(
            FiscalCalendar::CALENDAR_YEAR
                .fiscal_year_of(apr)
                .to_string(),
            "2026"
        );
        let pk = FiscalCalendar::PAKISTAN;
        assert_eq!(pk.parse_fiscal_year("FY26").unwrap().start_year, 2025);
        assert_eq!(pk.parse_fiscal_year("FY2025-26").unwrap().start_year, 2025);
        assert!(pk.parse_fiscal_year("FY2025-27").is_err());
    }

    #[test]
    fn fytd_spans_and_the_july_rollover() {
        let pk = FiscalCalendar::PAKISTAN;
        let mar = FiscalYtd::through(&pk, YearMonth::new(2026, 3).unwrap());
        assert_eq!(mar.months, 9);
        assert_eq!(mar.to_string(), "FY2025-26 Jul-Mar");
        assert_eq!(mar.prior_year().to_string(), "FY2024-25 Jul-Mar");
        let jul = FiscalYtd::through(&pk, YearMonth::new(2026, 7).unwrap());
        assert_eq!((jul.months, jul.fy.short_label()), (1, "FY27".to_string()));
        assert_eq!(jul.to_string(), "FY2026-27 Jul-Jul");
        assert_eq!(
            Period::parse("FY2026-27 Jul-Jul", &pk).unwrap(),
            Period::FiscalYtd(jul)
        );
        // Twelve months of a fiscal year is the fiscal year itself.
        assert_eq!(
            Period::parse("FY2024-25 Jul-Jun", &pk).unwrap().to_string(),
            "FY2024-25"
        );
    }
}
