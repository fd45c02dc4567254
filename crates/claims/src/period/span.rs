//! A run of months ([`Span`]) and a period as written ([`Expr`]), resolved
//! against the period a story is about.

use itx_types::{FiscalYear, FiscalYtd, Period, YearMonth};

use super::CAL;

/// A run of consecutive months: one month, a fiscal year-to-date, a quarter, a
/// fiscal or calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Span {
    pub first: YearMonth,
    pub months: u8,
}

impl Span {
    pub fn month(m: YearMonth) -> Span {
        Span {
            first: m,
            months: 1,
        }
    }
    pub fn of_fiscal_year(fy: FiscalYear) -> Span {
        Span {
            first: fy.first_month(),
            months: 12,
        }
    }
    /// The fiscal year to date through `m`: July (the fiscal year's first
    /// month) to `m`.
    pub fn to_date(m: YearMonth) -> Span {
        let ytd = FiscalYtd::through(&CAL, m);
        Span {
            first: ytd.fy.first_month(),
            months: ytd.months,
        }
    }
    pub fn last(self) -> YearMonth {
        self.first.add_months(i32::from(self.months) - 1)
    }
    pub fn shift(self, n: i32) -> Span {
        Span {
            first: self.first.add_months(n),
            ..self
        }
    }
    pub fn iter(self) -> impl Iterator<Item = YearMonth> {
        (0..i32::from(self.months)).map(move |i| self.first.add_months(i))
    }
    pub fn single(self) -> Option<YearMonth> {
        (self.months == 1).then_some(self.first)
    }
    pub fn fiscal_year(self) -> FiscalYear {
        CAL.fiscal_year_of(self.last())
    }
    /// True for a whole fiscal year.
    pub fn is_fiscal_year(self) -> bool {
        self.months == 12 && self.first.month() == CAL.start_month
    }
    /// The period itx stores figures under, when the span is one of its kinds.
    pub fn period(self) -> Option<Period> {
        if self.months == 1 {
            return Some(Period::Month(self.first));
        }
        let fy = CAL.fiscal_year_of(self.first);
        if self.first == fy.first_month() && self.months <= 12 {
            return Some(if self.months == 12 {
                Period::FiscalYear(fy)
            } else {
                Period::FiscalYtd(FiscalYtd {
                    fy,
                    months: self.months,
                })
            });
        }
        if self.months == 12 && self.first.month() == 1 {
            return Some(Period::Year(self.first.year()));
        }
        if self.months == 3 && (self.first.month() - 1) % 3 == 0 {
            return Some(Period::Quarter(self.first.quarter()));
        }
        None
    }
    /// Canonical text: `2025-07`, `FY2025-26`, `FY2025-26 Jul-Mar`, `2025-Q4`,
    /// `2025`, or `2025-11..2026-01` for other runs.
    pub fn key(self) -> String {
        match self.period() {
            Some(p) => p.to_string(),
            None => format!("{}..{}", self.first, self.last()),
        }
    }
    /// Prose: "July 2025", "Jul-Mar FY2025-26", "FY2025-26".
    pub fn label(self) -> String {
        match self.period() {
            Some(Period::Quarter(_)) | None => format!(
                "{} to {}",
                self.first.long_label(),
                self.last().long_label()
            ),
            Some(p) => p.label(),
        }
    }
}

/// Which fiscal year a mention means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FyRef {
    Explicit(FiscalYear),
    /// Relative to the fiscal year of the reference period: 0 = "the current
    /// fiscal year", -1 = "last fiscal year".
    Relative(i32),
}

/// Which year a month named without one is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// The latest such month not after the reference month ("in June" in a story
    /// about July 2025 is June 2025).
    Recent,
    /// The reference month's calendar year plus this ("June last year": -1).
    Offset(i32),
}

/// A period mention, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    Span(Span),
    Month {
        month: u8,
        year: YearRef,
    },
    /// `months` months starting `offset` months into a fiscal year.
    FyPart {
        offset: u8,
        months: u8,
        fy: FyRef,
    },
    /// The `months` months ending with the reference month ("the last eight
    /// months", "over the past 12 months").
    Trailing {
        months: u8,
    },
    /// The reference period's months in another fiscal year ("the corresponding
    /// period of FY 2023-24" in a story about July–August 2024).
    SameMonthsIn(FiscalYear),
    /// The fiscal year that ends in June of this calendar year ("the year ended
    /// June 30, 2018"), or without a year the latest such June ("for the
    /// fiscal year ending in June").
    FyEnding(Option<i32>),
    /// A calendar date ("August 20, 2025"): when something was said, not a period
    /// of data.
    Date,
    /// "Last month": the latest month out on the article's date; nothing without
    /// a date.
    LastMonth,
}

impl Expr {
    /// The months meant, given the period the story is about.
    pub fn resolve(self, reference: Option<Span>) -> Option<Span> {
        match self {
            Expr::Span(s) => Some(s),
            Expr::Date | Expr::LastMonth => None,
            Expr::FyEnding(Some(y)) => Some(Span::of_fiscal_year(CAL.fiscal_year_ending(y))),
            Expr::FyEnding(None) => {
                let r = reference?.last();
                let end = CAL.start_month - 1;
                let y = if r.month() >= end {
                    r.year()
                } else {
                    r.year() - 1
                };
                Some(Span::of_fiscal_year(CAL.fiscal_year_ending(y)))
            }
            Expr::SameMonthsIn(fy) => {
                let r = reference?;
                let start = r.fiscal_year().first_month();
                let offset = (r.first.year() - start.year()) * 12 + i32::from(r.first.month())
                    - i32::from(start.month());
                Some(if r.months >= 12 || offset < 0 {
                    Span::of_fiscal_year(fy)
                } else {
                    Span {
                        first: fy.first_month().add_months(offset),
                        months: r.months,
                    }
                })
            }
            Expr::Trailing { months } => Some(Span {
                first: reference?.last().add_months(1 - i32::from(months)),
                months,
            }),
            Expr::Month { month, year } => {
                let r = reference?.last();
                let y = match year {
                    YearRef::Recent if month <= r.month() => r.year(),
                    YearRef::Recent => r.year() - 1,
                    YearRef::Offset(k) => r.year() + k,
                };
                YearMonth::new(y, month).ok().map(Span::month)
            }
            Expr::FyPart { offset, months, fy } => {
                let fy = match fy {
                    FyRef::Explicit(f) => f,
                    FyRef::Relative(k) => {
                        let mut f = reference?.fiscal_year();
                        for _ in 0..k.unsigned_abs() {
                            f = if k < 0 { f.prev() } else { f.next() };
                        }
                        f
                    }
                };
                Some(Span {
                    first: fy.first_month().add_months(i32::from(offset)),
                    months,
                })
            }
        }
    }
}

impl Expr {
    /// A relative fiscal year ("the current fiscal year", "last fiscal year")
    /// made explicit against the fiscal year of the article's date.
    pub fn anchored(self, today: FiscalYear) -> Expr {
        match self {
            Expr::FyPart {
                offset,
                months,
                fy: FyRef::Relative(k),
            } => {
                let mut f = today;
                for _ in 0..k.unsigned_abs() {
                    f = if k < 0 { f.prev() } else { f.next() };
                }
                Expr::FyPart {
                    offset,
                    months,
                    fy: FyRef::Explicit(f),
                }
            }
            e => e,
        }
    }
}
