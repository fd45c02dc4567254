//! Indicators that stories and policy notes use, on a monthly series.
//!
//! Levels, month-on-month and year-on-year changes, fiscal-year-to-date totals and
//! their growth, trailing-12-month sums and averages, fiscal-year totals, records
//! (all-time and for the calendar month), streaks of YoY increases, shares,
//! component contributions to growth and CAGR. Every function returns `None`
//! rather than guess when a month it needs is missing.
//!
//! ```
//! use itx_metrics::Monthly;
//! use itx_types::{FiscalCalendar, YearMonth};
//! let m = |y, mo| YearMonth::new(y, mo).unwrap();
//! let s = Monthly::new(FiscalCalendar::PAKISTAN, [(m(2024, 7), 286.0), (m(2025, 6), 339.0), (m(2025, 7), 354.0)]);
//! let yoy = s.yoy(m(2025, 7)).unwrap();
//! assert_eq!(format!("{:.1}", yoy.pct), "23.8");
//! assert_eq!(format!("{:.1}", s.mom(m(2025, 7)).unwrap().pct), "4.4");
//! ```

use std::collections::BTreeMap;

use itx_types::{FiscalCalendar, FiscalYear, FiscalYtd, YearMonth};
use serde::Serialize;

/// A monthly series with its fiscal calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Monthly {
    values: BTreeMap<YearMonth, f64>,
    cal: FiscalCalendar,
}

/// A change between two observations.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    pub base_period: YearMonth,
    pub base: f64,
    pub value: f64,
    pub abs: f64,
    pub pct: f64,
}

impl Change {
    fn between(base_period: YearMonth, base: f64, value: f64) -> Option<Change> {
        Some(Change {
            base_period,
            base,
            value,
            abs: value - base,
            pct: growth_pct(base, value)?,
        })
    }
}

/// Fiscal-year-to-date total through a month, and the same span a year earlier.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Fytd {
    #[serde(serialize_with = "ser_display")]
    pub span: FiscalYtd,
    pub value: f64,
    pub prior: Option<f64>,
    pub yoy_pct: Option<f64>,
}

fn ser_display<T: std::fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// Where a month stands against the history before it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Record {
    /// Strictly above every earlier month.
    pub all_time_high: bool,
    /// The highest month before this one (the earliest, if tied).
    pub previous_high: Option<(YearMonth, f64)>,
    /// For a record: months from the previous high to this month.
    pub previous_high_stood_months: Option<i32>,
    /// For a non-record: the latest earlier month at or above this value; the
    /// month is then "the highest since" that one.
    pub highest_since: Option<(YearMonth, f64)>,
    /// The latest earlier month at or below this value: the month is "the
    /// lowest since" that one (`None` when it is the lowest of all).
    pub lowest_since: Option<(YearMonth, f64)>,
    /// 1 = highest ever, counting this month among all months up to it.
    pub rank: usize,
    /// Months compared (this one included).
    pub months: usize,
}

/// A component's contribution to the growth of a total, in percentage points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    pub name: String,
    pub change: Change,
    pub points: f64,
}

impl Monthly {
    pub fn new(cal: FiscalCalendar, values: impl IntoIterator<Item = (YearMonth, f64)>) -> Self {
        Monthly {
            values: values.into_iter().collect(),
            cal,
        }
    }
    pub fn calendar(&self) -> FiscalCalendar {
        self.cal
    }
    pub fn get(&self, m: YearMonth) -> Option<f64> {
        self.values.get(&m).copied()
    }
    pub fn first(&self) -> Option<YearMonth> {
        self.values.keys().next().copied()
    }
    pub fn last(&self) -> Option<YearMonth> {
        self.values.keys().next_back().copied()
    }
    pub fn len(&self) -> usize {
        self.values.len()
    }
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (YearMonth, f64)> + '_ {
        self.values.iter().map(|(m, v)| (*m, *v))
    }
    /// Months between the first and last that have no value.
    pub fn gaps(&self) -> Vec<YearMonth> {
        let (Some(a), Some(b)) = (self.first(), self.last()) else {
            return vec![];
        };
        (0..=b.index() - a.index())
            .map(|i| a.add_months(i))
            .filter(|m| !self.values.contains_key(m))
            .collect()
    }

    /// Change over `lag` months.
    pub fn change(&self, m: YearMonth, lag: i32) -> Option<Change> {
        let base_period = m.add_months(-lag);
        Change::between(base_period, self.get(base_period)?, self.get(m)?)
    }
    pub fn mom(&self, m: YearMonth) -> Option<Change> {
        self.change(m, 1)
    }
    pub fn yoy(&self, m: YearMonth) -> Option<Change> {
        self.change(m, 12)
    }

    fn sum_months(&self, from: YearMonth, n: i32) -> Option<f64> {
        (0..n).map(|i| self.get(from.add_months(i))).sum()
    }

    /// Fiscal-year-to-date through `m` (all its months must be present).
    pub fn fytd(&self, m: YearMonth) -> Option<Fytd> {
        let span = FiscalYtd::through(&self.cal, m);
        let value = self.ytd_total(span)?;
        let prior = self.ytd_total(span.prior_year());
        Some(Fytd {
            span,
            value,
            prior,
            yoy_pct: prior.and_then(|p| growth_pct(p, value)),
        })
    }

    pub fn ytd_total(&self, span: FiscalYtd) -> Option<f64> {
        self.sum_months(span.fy.first_month(), i32::from(span.months))
    }

    /// Sum of the 12 months ending with `m`.
    pub fn ttm(&self, m: YearMonth) -> Option<f64> {
        self.sum_months(m.add_months(-11), 12)
    }
    /// Average of the 12 months ending with `m`.
    pub fn avg12(&self, m: YearMonth) -> Option<f64> {
        self.ttm(m).map(|s| s / 12.0)
    }

    /// Total of a complete fiscal year.
    pub fn fy_total(&self, fy: FiscalYear) -> Option<f64> {
        self.sum_months(fy.first_month(), 12)
    }
    /// Growth of a complete fiscal year over the one before.
    pub fn fy_growth(&self, fy: FiscalYear) -> Option<(f64, f64, f64)> {
        let (a, b) = (self.fy_total(fy.prev())?, self.fy_total(fy)?);
        Some((a, b, growth_pct(a, b)?))
    }
    /// Compound annual growth rate (%) between two complete fiscal years.
    pub fn cagr(&self, from: FiscalYear, to: FiscalYear) -> Option<f64> {
        let years = u32::try_from(to.start_year - from.start_year).ok()?;
        cagr_pct(self.fy_total(from)?, self.fy_total(to)?, years)
    }

    /// True when every month from the first to `m` has a value and there are at
    /// least `min_months` of them: the condition for claiming a record or a streak,
    /// since a gap could hide a higher month.
    pub fn complete_through(&self, m: YearMonth, min_months: usize) -> bool {
        let Some(first) = self.first() else {
            return false;
        };
        let n = m.index() - first.index() + 1;
        n >= min_months as i32 && self.values.range(first..=m).count() as i32 == n
    }

    /// How month `m` ranks against every month before it. `None` when `m` has no
    /// value or the history before it has gaps or is shorter than two years
    /// ([`Monthly::complete_through`]): no record claims on partial data.
    pub fn record(&self, m: YearMonth) -> Option<Record> {
        if !self.complete_through(m, 24) {
            return None;
        }
        let v = self.get(m)?;
        let before: Vec<(YearMonth, f64)> = self.values.range(..m).map(|(k, x)| (*k, *x)).collect();
        let previous_high = highest(before.iter().copied());
        let all_time_high = previous_high.is_none_or(|(_, h)| v > h);
        let highest_since = if all_time_high {
            None
        } else {
            before.iter().rev().find(|(_, x)| *x >= v).copied()
        };
        Some(Record {
            all_time_high,
            previous_high,
            previous_high_stood_months: previous_high
                .filter(|_| all_time_high)
                .map(|(k, _)| m.index() - k.index()),
            highest_since,
            lowest_since: before.iter().rev().find(|(_, x)| *x <= v).copied(),
            rank: 1 + before.iter().filter(|(_, x)| *x > v).count(),
            months: before.len() + 1,
        })
    }

    /// The highest earlier value for the same calendar month (e.g. every July before
    /// this one); `None` on a history with gaps or shorter than two years.
    pub fn best_same_month_before(&self, m: YearMonth) -> Option<(YearMonth, f64)> {
        if !self.complete_through(m, 24) {
            return None;
        }
        let same_month = self
            .values
            .range(..m)
            .filter(|(k, _)| k.month() == m.month())
            .map(|(k, v)| (*k, *v));
        highest(same_month)
    }

    /// Consecutive months, ending with `m`, in which YoY growth was positive.
    /// `None` when the run reaches back to missing data (its true length is unknown).
    pub fn yoy_streak(&self, m: YearMonth) -> Option<usize> {
        self.streak(m, 12)
    }

    /// Consecutive months, ending with `m`, in which growth on `lag` months
    /// earlier was positive; `None` when the run reaches back to missing data.
    pub fn streak(&self, m: YearMonth, lag: i32) -> Option<usize> {
        self.run(m, lag, true)
    }

    /// Consecutive months, ending with `m`, in which growth on `lag` months
    /// earlier was negative; `None` when the run reaches back to missing data.
    pub fn fall_streak(&self, m: YearMonth, lag: i32) -> Option<usize> {
        self.run(m, lag, false)
    }

    /// Consecutive months, ending with `m`, of rises (or falls) on `lag`
    /// months earlier.
    fn run(&self, m: YearMonth, lag: i32, rising: bool) -> Option<usize> {
        let mut n = 0;
        let mut cur = m;
        loop {
            match self.change(cur, lag) {
                Some(c) if if rising { c.abs > 0.0 } else { c.abs < 0.0 } => n += 1,
                Some(_) => return Some(n),
                None => return None,
            }
            cur = cur.add_months(-1);
        }
    }
}

/// The highest (month, value) in chronological input; the earliest wins a tie,
/// since that month set the level first.
fn highest(months: impl Iterator<Item = (YearMonth, f64)>) -> Option<(YearMonth, f64)> {
    months.fold(None, |best, (k, x)| match best {
        Some((_, b)) if b >= x => best,
        _ => Some((k, x)),
    })
}

/// Growth from `base` to `value`, in percent: (value − base) / |base| × 100;
/// `None` when the base is zero. The one growth formula of the workspace.
pub fn growth_pct(base: f64, value: f64) -> Option<f64> {
    (base != 0.0).then(|| (value - base) / base.abs() * 100.0)
}

/// The compound annual growth rate, in percent, from `base` to `value` over
/// `years`; `None` for no years or a value that is not positive.
pub fn cagr_pct(base: f64, value: f64, years: u32) -> Option<f64> {
    (years > 0 && base > 0.0 && value > 0.0)
        .then(|| ((value / base).powf(1.0 / f64::from(years)) - 1.0) * 100.0)
}

/// `part` as a percentage of `total`.
pub fn share(part: f64, total: f64) -> Option<f64> {
    (total != 0.0).then(|| part / total * 100.0)
}

/// Each component's contribution to the total's growth over `lag` months, in
/// percentage points of the total's base value; they add up to the total's growth
/// when the components add up to the total.
pub fn contributions(
    total: &Monthly,
    components: &[(&str, &Monthly)],
    m: YearMonth,
    lag: i32,
) -> Vec<Contribution> {
    let Some(base_total) = total.get(m.add_months(-lag)).filter(|b| *b != 0.0) else {
        return vec![];
    };
    components
        .iter()
        .filter_map(|(name, c)| {
            let change = c.change(m, lag)?;
            Some(Contribution {
                name: (*name).to_string(),
                points: change.abs / base_total * 100.0,
                change,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(y: i32, m: u8) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    #[test]
    fn records_and_highest_since() {
        // Two years of 1.0 before the months under test.
        let head = (0..24).map(|i| (ym(2022, 1).add_months(i), 1.0));
        let tail = [
            (ym(2024, 1), 10.0),
            (ym(2024, 2), 30.0),
            (ym(2024, 3), 20.0),
            (ym(2024, 4), 25.0),
            (ym(2024, 5), 31.0),
        ];
        let s = Monthly::new(FiscalCalendar::PAKISTAN, head.chain(tail));
        let r = s.record(ym(2024, 5)).unwrap();
        assert!(r.all_time_high);
        assert_eq!(r.previous_high, Some((ym(2024, 2), 30.0)));
        assert_eq!(r.previous_high_stood_months, Some(3));
        let r = s.record(ym(2024, 4)).unwrap();
        assert!(!r.all_time_high);
        assert_eq!(r.highest_since, Some((ym(2024, 2), 30.0)));
        assert_eq!((r.rank, r.months), (2, 28));
        // No record claims on a gappy or short history.
        let gappy = Monthly::new(
            FiscalCalendar::PAKISTAN,
            [(ym(2020, 1), 1.0), (ym(2024, 5), 31.0)],
        );
        assert_eq!(gappy.record(ym(2024, 5)), None);
        assert_eq!(gappy.best_same_month_before(ym(2024, 5)), None);
        let short = Monthly::new(
            FiscalCalendar::PAKISTAN,
            [(ym(2024, 4), 1.0), (ym(2024, 5), 31.0)],
        );
        assert_eq!(short.record(ym(2024, 5)), None);
    }

    #[test]
    fn contributions_add_up() {
        let m = |a: f64, b: f64| {
            Monthly::new(
                FiscalCalendar::PAKISTAN,
                [(ym(2024, 7), a), (ym(2025, 7), b)],
            )
        };
        let (t, c1, c2) = (m(100.0, 120.0), m(60.0, 75.0), m(40.0, 45.0));
        let cs = contributions(&t, &[("a", &c1), ("b", &c2)], ym(2025, 7), 12);
        let total: f64 = cs.iter().map(|c| c.points).sum();
        assert!((total - t.yoy(ym(2025, 7)).unwrap().pct).abs() < 1e-9);
        assert!((cs[0].points - 15.0).abs() < 1e-9);
    }
}
