//! Checking the numeric claims of an article: the one door the CLI's `itx
//! check`, the API's `POST /api/v1/check`, the dashboard's check page and `itx
//! bench claims` go through, so a rule added here holds for all of them.

use crate::Result;
use itx_store::Store;

pub use itx_claims::{CheckOptions, MAX_CLAIMS, Report, Verdict, to_text};

/// Finds and judges every numeric claim about a tracked series in `text`
/// (English or Urdu), as `opts` say (the article's date, the as-of date).
///
/// # Errors
/// When the store cannot be read.
pub fn check(store: &Store, text: &str, opts: &CheckOptions) -> Result<Report> {
    Ok(itx_claims::check(text, store, opts)?)
}

/// The report as the API and `itx check --format json` give it.
pub fn to_json(report: &Report) -> crate::responses::CheckResponse {
    crate::responses::CheckResponse {
        claims: report.claims.clone(),
        summary: crate::responses::CheckSummary {
            capped: report.capped,
            claims: report.claims.len(),
            contradicted: report.count(Verdict::Contradicted),
            outdated: report.count(Verdict::Outdated),
            supported: report.count(Verdict::Supported),
            unverifiable: report.count(Verdict::Unverifiable),
        },
    }
}
