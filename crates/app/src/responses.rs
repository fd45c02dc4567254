//! What the API answers, as types: each response is a `Serialize` struct here,
//! and the OpenAPI document is generated from them (`utoipa`), so the document
//! cannot drift from what the server sends. The CLI's JSON output uses the same
//! types. Fields are declared in alphabetical order, the order the JSON has
//! always had.

use serde::Serialize;
use utoipa::ToSchema;

/// One series in the store.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SeriesItem {
    /// Short names that resolve to this key (comma-separated), e.g. `ict`.
    pub aliases: String,
    pub ebops_code: Option<String>,
    /// The first month with a figure, `YYYY-MM`.
    pub first_month: Option<String>,
    /// e.g. `pk.ebops.9.credit`.
    pub key: String,
    pub last_month: Option<String>,
    /// Where to find its figures (on `/api/v1/series/{key}` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<SeriesLinks>,
    pub name: String,
    /// Periods with at least one figure.
    pub periods: usize,
    pub unit: String,
    /// Figures stated, over every release.
    pub vintages: usize,
}

/// Links from a series to its data.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SeriesLinks {
    pub observations: String,
    pub vintages: String,
}

/// A series' monthly values with a transform.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Observations {
    /// Only releases published by this date were used.
    pub as_of: Option<String>,
    pub name: String,
    pub observations: Vec<Observation>,
    pub series: String,
    /// level, mom, yoy, fytd or ttm.
    pub transform: String,
    /// `%` for mom and yoy, else `US$ million`.
    pub unit: String,
}

/// One month of [`Observations`], with the release it comes from.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Observation {
    /// Where in the release: file, sheet, cell or line.
    pub location: String,
    /// `YYYY-MM`.
    pub period: String,
    /// The release's publication date.
    pub published: Option<String>,
    /// The release.
    pub source: String,
    /// provisional, revised, final…
    pub status: String,
    /// Where the figure stands, in words: "official file", "official figure as
    /// captured by a third party" or "press report".
    pub tier: String,
    pub url: Option<String>,
    /// None where the transform has no value (no base month).
    pub value: Option<f64>,
}

/// Every release's value of one figure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Vintages {
    pub period: String,
    pub series: String,
    pub vintages: Vec<VintageRow>,
}

/// One release's statement of a figure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VintageRow {
    /// The one itx takes as current today.
    pub current: bool,
    /// official, press…
    pub kind: String,
    pub location: String,
    pub preferred: bool,
    pub published: Option<String>,
    /// The sentence a press figure was quoted from.
    pub quote: Option<String>,
    /// The release.
    pub release: String,
    pub status: String,
    /// "official file", "official figure as captured by a third party" or "press report".
    pub tier: String,
    pub unit_published: String,
    pub url: Option<String>,
    /// US$ million.
    pub value: f64,
    /// As printed.
    pub value_published: String,
}

/// One release in the store.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReleaseRow {
    /// Figures it states.
    pub figures: usize,
    pub file: Option<String>,
    pub id: i64,
    pub kind: String,
    pub note: Option<String>,
    pub published: Option<String>,
    pub source: String,
    pub url: Option<String>,
}

/// A figure one official release stated differently from the one before.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RevisionRow {
    /// New minus old, US$ million.
    pub change: f64,
    pub change_pct: Option<f64>,
    /// The series' name ("ICT exports").
    pub name: String,
    pub new: Side,
    pub old: Side,
    pub period: String,
    pub series: String,
    /// Both values as text, to the decimals that tell them apart.
    pub shown: Shown,
    pub unit: String,
}

/// A revision's values as shown to readers.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Shown {
    pub new: String,
    pub old: String,
    /// The published text, where a side was printed in another unit.
    pub published: Option<String>,
}

/// One side of a revision.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Side {
    pub location: String,
    pub published: Option<String>,
    pub release_id: i64,
    pub source: String,
    pub status: String,
    /// "official file" or "official figure as captured by a third party".
    pub tier: String,
    pub unit_published: String,
    /// US$ million.
    pub value: f64,
    pub value_published: String,
}

/// How fresh the store's data is.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Status {
    /// True when any series has an overdue month.
    pub overdue: bool,
    /// Per tracked series (or the one asked for).
    #[schema(value_type = Vec<Object>)]
    pub series: Vec<crate::freshness::Freshness>,
    pub today: String,
}

/// A fiscal year's outlook.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Outlook {
    pub as_of: Option<String>,
    /// The factor the simulated totals' spread was scaled by so that earlier
    /// years' outlooks (each replayed at its 11 month-ends) held their outcomes
    /// 80% of the time (recent years weighing more), and how many years that
    /// rests on (`null`: fewer than six could be replayed).
    pub calibration: Option<OutlookCalibration>,
    pub fiscal_year: String,
    /// Months of the history filled by interpolation (the last three years).
    pub interpolated_months: Vec<String>,
    pub model: String,
    pub months_left: usize,
    pub months_published: usize,
    /// What the remaining months must average for the target.
    pub needed_monthly_avg: Option<f64>,
    /// The chance the year reaches the target.
    pub p_target: Option<f64>,
    /// Simulated paths.
    pub paths: usize,
    pub published_months: Vec<PeriodValue>,
    pub published_sum: f64,
    /// The year's outcome as known today (for an `as_of` replay).
    pub realised: Option<f64>,
    pub realised_inside_95: Option<bool>,
    pub series: String,
    pub target: Option<f64>,
    pub total: Total,
}

/// How an outlook's spread was fitted to earlier years.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OutlookCalibration {
    pub factor: f64,
    pub years: usize,
}

/// A month and its value.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeriodValue {
    pub period: String,
    pub value: f64,
}

/// The distribution of a fiscal year's total, US$ million.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Total {
    pub lower80: f64,
    pub lower95: f64,
    pub median: f64,
    pub upper80: f64,
    pub upper95: f64,
}

/// A forecast with its intervals.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Forecast {
    /// Per month: `period`, `mean`, and `lowerNN` / `upperNN` per level asked for.
    #[schema(value_type = Vec<Object>)]
    pub forecast: Vec<serde_json::Map<String, serde_json::Value>>,
    pub interpolated_months: Vec<String>,
    pub last_month: Option<String>,
    pub model: String,
    pub series: String,
    pub unit: String,
}

/// An error: what went wrong and, where one is to blame, the parameter.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: String,
    pub parameter: Option<String>,
    pub status: u16,
}

/// The claims of a text, judged.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CheckResponse {
    /// `{text, start, end, kind, basis?, series, period, stated, actual,
    /// verdict (supported, outdated, contradicted, unverifiable), reason, cause,
    /// sources}`, in text order.
    #[schema(value_type = Vec<Object>)]
    pub claims: Vec<itx_claims::Claim>,
    pub summary: CheckSummary,
}

/// How many claims got each verdict.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CheckSummary {
    /// True when the text held more claims than one check judges.
    pub capped: bool,
    pub claims: usize,
    pub contradicted: usize,
    pub outdated: usize,
    pub supported: usize,
    pub unverifiable: usize,
}

/// What `POST /api/v1/ingest` did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IngestResponse {
    pub dry_run: bool,
    /// Figures loaded although implausible (`accept_outliers`).
    pub flagged: Vec<String>,
    /// The format detected (or given).
    pub format: Option<String>,
    /// Where the release date came from when the file dated itself.
    pub published_from_file: Option<FileDated>,
    /// True when neither the request nor the file gave a date.
    pub published_taken_as_today: bool,
    pub releases: Vec<IngestedRelease>,
    pub warnings: Vec<String>,
}

/// A date a file gave itself.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileDated {
    /// The timestamp it rests on.
    pub at: String,
    /// e.g. "the workbook's last-saved time".
    pub basis: String,
    pub date: String,
}

/// One release of an ingest.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IngestedRelease {
    pub figures: usize,
    pub outcome: IngestOutcome,
    pub revisions: Vec<RevisionRow>,
    pub source: String,
}

/// `{"added": id}` or `{"already_ingested": id}`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IngestOutcome {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub already_ingested: Option<i64>,
}

/// What `itx ingest --format json` reports for one input file.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InputReport {
    pub dry_run: bool,
    pub format: Option<String>,
    /// The path (or "EasyData TS_…") as given.
    pub input: String,
    pub published_from_file: Option<FileDated>,
    pub published_taken_as_today: bool,
    pub releases: Vec<InputRelease>,
    /// Rows left out (`--allow-partial`), each with where and why.
    pub skipped: Vec<String>,
    pub warnings: Vec<String>,
}

/// One release of an [`InputReport`].
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InputRelease {
    pub figures: usize,
    pub published: Option<String>,
    /// None for a release a dry run would add.
    pub release_id: Option<i64>,
    pub revisions: Vec<RevisionRow>,
    /// Revisions made but not listed in `revisions` (a large file's report
    /// lists the first [`crate::ingest::REVISIONS_LISTED`]; `itx revisions`
    /// lists them all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revisions_not_listed: Option<usize>,
    pub rows_per_series: std::collections::BTreeMap<String, usize>,
    pub source: String,
    /// added, would add, already ingested.
    pub status: String,
    pub url: Option<String>,
}
