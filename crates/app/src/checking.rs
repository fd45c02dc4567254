//! Checking the numeric claims of an article: the one door the CLI's `itx
//! check`, the API's `POST /api/v1/check`, the dashboard's check page and `itx
//! bench claims` go through, so a rule added here holds for all of them.

use crate::Result;
use itx_store::Store;

pub use itx_claims::{
    CheckOptions, MAX_CLAIMS, Report, SOURCES_SHOWN, SourceRef, Verdict, to_text,
};

/// Finds and judges every numeric claim about a tracked series in `text`
/// (English or Urdu), as `opts` say (the article's date, the as-of date).
///
/// # Errors
/// When the store cannot be read.
pub fn check(store: &Store, text: &str, opts: &CheckOptions) -> Result<Report> {
    Ok(itx_claims::check(text, store, opts)?)
}

/// [`to_text`] in `lang`: for Urdu the summary line and the verdicts in
/// Urdu; each claim's reason stays English (the checker writes it).
pub fn to_text_in(lang: itx_l10n::Lang, text: &str, report: &Report) -> String {
    let english = to_text(text, report);
    if lang == itx_l10n::Lang::En {
        return english;
    }
    let n = |v: Verdict| report.count(v).to_string();
    let args = [
        ("n", report.claims.len().to_string()),
        ("supported", n(Verdict::Supported)),
        ("outdated", n(Verdict::Outdated)),
        ("contradicted", n(Verdict::Contradicted)),
        ("unverifiable", n(Verdict::Unverifiable)),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut out = english.replacen(
        &itx_l10n::t(itx_l10n::Lang::En, "check-summary", &args),
        &itx_l10n::t(lang, "check-summary", &args),
        1,
    );
    for v in [
        Verdict::Supported,
        Verdict::Outdated,
        Verdict::Contradicted,
        Verdict::Unverifiable,
    ] {
        let word = itx_l10n::t(lang, &format!("verdict-{}", v.as_str()), &[]);
        out = out.replace(
            &format!("] {} {} — ", v.symbol(), v.as_str()),
            &format!("] {} {word} — ", v.symbol()),
        );
    }
    out
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
