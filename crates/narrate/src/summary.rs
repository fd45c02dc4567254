//! A brief's machine-readable summary, typed: the dashboard reads these fields,
//! and the JSON brief is this plus the text and the facts (keys sorted, as the
//! JSON has always had them).

use serde::Serialize;

/// What a brief sums up, by kind of brief.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Summary {
    Month(Box<MonthSummary>),
    Review(ReviewSummary),
    Profile(ProfileSummary),
}

impl Summary {
    /// The month's summary, for a monthly brief.
    pub fn month(&self) -> Option<&MonthSummary> {
        match self {
            Summary::Month(m) => Some(m),
            _ => None,
        }
    }
}

/// A month and a value (US$ million).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodValue {
    pub period: String,
    pub value: f64,
}

/// The summary of a monthly brief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthSummary {
    pub all_time_high: Option<bool>,
    pub as_of: Option<String>,
    pub avg12: Option<f64>,
    pub contributions: Vec<itx_metrics::Contribution>,
    /// How fresh the data is (the latest brief only; set by the app).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freshness: Option<serde_json::Value>,
    pub fytd: Option<FytdSummary>,
    pub highest_since: Option<PeriodValue>,
    pub mom_pct: Option<f64>,
    pub outlook: Option<OutlookSummary>,
    pub period: String,
    pub previous_fiscal_year: Option<PreviousFy>,
    pub previous_high: Option<PeriodValue>,
    pub previous_high_stood_months: Option<i32>,
    pub previous_month: Option<PeriodValue>,
    pub rank: Option<Rank>,
    pub series: String,
    pub series_name: String,
    pub share_of_services: Option<Share>,
    pub status: String,
    pub target: Option<TargetSummary>,
    pub ttm: Option<f64>,
    pub unit: String,
    pub value: f64,
    pub year_ago: Option<PeriodValue>,
    pub yoy_pct: Option<f64>,
    pub yoy_streak_months: Option<usize>,
}

/// The month's rank among all months.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rank {
    pub of_months: usize,
    pub rank: usize,
}

/// The fiscal year to date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FytdSummary {
    /// "Jul-Mar FY2025-26".
    pub label: String,
    pub period: String,
    pub prior: Option<f64>,
    pub value: f64,
    pub yoy_pct: Option<f64>,
}

/// The share of all services exports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    pub pct: f64,
    pub services_total: f64,
}

/// The fiscal year just ended (in a July brief).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreviousFy {
    pub growth_pct: Option<f64>,
    pub label: String,
    pub monthly_sum: Option<f64>,
    pub prior: Option<f64>,
    /// "official fiscal-year total" or "sum of monthly figures".
    pub source: String,
    pub value: f64,
}

/// The year's target and where the year stands against it; which fields are
/// present depends on whether the year is met, under way or over.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetSummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_avg_so_far: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months_left: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needed_monthly_avg: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surplus: Option<f64>,
    /// Where the target was stated.
    pub url: String,
    pub value: f64,
    pub what: String,
}

/// The fiscal year's outlook.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlookSummary {
    pub lower80: f64,
    pub median: f64,
    pub model: String,
    pub p_target: Option<f64>,
    pub upper80: f64,
}

/// The summary of a fiscal-year review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSummary {
    pub best_month: PeriodValue,
    /// The best month was an all-time high when it happened.
    pub best_month_record: bool,
    pub complete: bool,
    pub fiscal_year: String,
    pub monthly_sum: f64,
    pub prior: Option<f64>,
    pub series: String,
    pub target: Option<f64>,
    pub total: f64,
}

/// The summary of a series profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileSummary {
    pub first_month: String,
    pub gaps: usize,
    pub last_month: String,
    pub latest: f64,
    pub months: usize,
    pub press_months: usize,
    pub series: String,
}
