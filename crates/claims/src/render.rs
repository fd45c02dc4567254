//! The report as people read it: the text with each claim marked in place and a
//! numbered note per claim, or JSON.

/// Sources listed under a claim before the rest are only counted (a sum over
/// a fiscal year names a figure per month, two for net exports).
pub const SOURCES_SHOWN: usize = 3;

use itx_types::{SeriesKey, short_name};
use serde_json::{Value, json};

use crate::{Report, Verdict};

/// The report as JSON: `{claims: [{text, start, end, kind, basis?, series,
/// period, stated, actual, verdict, reason, cause, sources}], summary}`.
pub fn to_json(report: &Report) -> Value {
    let claims = serde_json::to_value(&report.claims).unwrap_or_default();
    json!({
        "claims": claims,
        "summary": {
            "claims": report.claims.len(),
            "capped": report.capped,
            "supported": report.count(Verdict::Supported),
            "outdated": report.count(Verdict::Outdated),
            "contradicted": report.count(Verdict::Contradicted),
            "unverifiable": report.count(Verdict::Unverifiable),
        }
    })
}

/// `text` with every claim marked in place, `⟦$354 million⟧[1 ✓]`, followed by a
/// legend and one note per claim (verdict, what was checked, why, and sources).
pub fn to_text(text: &str, report: &Report) -> String {
    let mut claims: Vec<(usize, &crate::Claim)> = report.claims.iter().enumerate().collect();
    claims.sort_by_key(|(_, c)| (c.start, c.end));
    let mut out = String::with_capacity(text.len() + 64 * claims.len());
    let mut pos = 0;
    for (i, c) in &claims {
        if c.start < pos
            || c.end > text.len()
            || !text.is_char_boundary(c.start)
            || !text.is_char_boundary(c.end)
        {
            continue;
        }
        out.push_str(&text[pos..c.start]);
        out.push('⟦');
        out.push_str(&text[c.start..c.end]);
        out.push_str(&format!("⟧[{} {}]", i + 1, c.verdict.symbol()));
        pos = c.end;
    }
    out.push_str(&text[pos..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!(
        "\n{} {}: {} ✓ supported, {} ~ outdated, {} ✗ contradicted, {} ? unverifiable\n",
        report.claims.len(),
        if report.claims.len() == 1 {
            "claim"
        } else {
            "claims"
        },
        report.count(Verdict::Supported),
        report.count(Verdict::Outdated),
        report.count(Verdict::Contradicted),
        report.count(Verdict::Unverifiable)
    ));
    if report.capped {
        out.push_str(&format!(
            "(only the first {} claims were judged; the rest of the text was not read)\n",
            crate::MAX_CLAIMS
        ));
    }
    for (i, c) in report.claims.iter().enumerate() {
        let series = c
            .series
            .as_ref()
            .map_or_else(|| "no series".to_string(), |k: &SeriesKey| short_name(k));
        let period = c.period.as_deref().unwrap_or("no period");
        out.push_str(&format!(
            "\n[{}] {} {} — {} · {series} · {period}: \"{}\"\n    {}\n",
            i + 1,
            c.verdict.symbol(),
            c.verdict.as_str(),
            c.kind.label(),
            c.text,
            c.reason
        ));
        if let Some(cause) = c.cause {
            out.push_str(&format!("    likely cause: {}\n", cause.as_str()));
        }
        for s in c.sources.iter().take(SOURCES_SHOWN) {
            let published = s
                .published
                .map_or_else(|| "undated".to_string(), |d| d.to_string());
            let location = match s.file.as_deref() {
                Some(f) if !s.location.starts_with(f) => format!("{f} {}", s.location),
                _ => s.location.clone(),
            };
            out.push_str(&format!(
                "    {} = {} {}: {} ({}, {published}), {location}\n",
                s.period,
                itx_types::printed(&s.value_published),
                s.unit_published,
                s.source,
                s.status
            ));
        }
        if c.sources.len() > SOURCES_SHOWN {
            out.push_str(&format!(
                "    … and {} more figures\n",
                c.sources.len() - SOURCES_SHOWN
            ));
        }
    }
    out
}
