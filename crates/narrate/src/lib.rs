//! Facts in, text out: the monthly brief.
//!
//! [`build`] turns the current vintages of a series (and, where present, of total
//! services exports and the ICT components) into a [`Brief`]: a few sentences a
//! journalist could publish plus the facts behind them. Every number in the text is
//! written through [`Writer`], which records it as a fact with its source, so the
//! JSON form can show where each number came from and no number can enter the
//! text without being a fact. Pure: no I/O.
//!
//! Rounding follows newsroom practice: US$ million as whole numbers ($354 million),
//! billions to three decimals with trailing zeros trimmed to two ($1.057 billion,
//! $4.60 billion), percentages to one decimal (23.8%).

mod build;
mod kinds;
mod render;
mod summary;
pub mod urdu;

pub use build::build;
use build::up_down;
pub use kinds::{fiscal_year_review, series_profile};
pub use render::URDU_CSS;
use render::capitalise;
pub use summary::{
    FytdSummary, MonthSummary, OutlookSummary, PeriodValue, PreviousFy, ProfileSummary, Rank,
    ReviewSummary, Share, Summary, TargetSummary,
};
// The money formatters are itx_types'; named here too, where prose is written.
pub use itx_types::{money, money_to};

use itx_metrics::Monthly;
use itx_types::{Date, FiscalYear, SeriesInfo, Vintage, YearMonth};
use serde::Serialize;
use serde_json::{Value, json};

/// The current vintage of each month of one series.
#[derive(Debug, Clone)]
pub struct SeriesData {
    pub info: SeriesInfo,
    /// A short name for prose ("ICT exports", "computer services").
    pub short_name: String,
    pub months: Vec<(YearMonth, Vintage)>,
    /// Official totals published for whole fiscal years (e.g. SBP's headline FY figure).
    pub fiscal_years: Vec<(FiscalYear, Vintage)>,
}

impl SeriesData {
    fn monthly(&self) -> Monthly {
        Monthly::new(
            self.info.key.calendar(),
            self.months.iter().map(|(m, v)| (*m, v.value)),
        )
    }
    fn vintage(&self, m: YearMonth) -> Option<&Vintage> {
        self.months.iter().find(|(k, _)| *k == m).map(|(_, v)| v)
    }
}

/// What the brief is about.
#[derive(Debug, Clone)]
pub struct BriefInput {
    pub series: SeriesData,
    pub month: YearMonth,
    pub as_of: Option<Date>,
    /// Total services exports, for the share.
    pub services: Option<SeriesData>,
    /// Components of the series, for contributions to growth.
    pub components: Vec<SeriesData>,
    /// The government's target for the fiscal year of `month`, if one was stated.
    pub target: Option<itx_types::targets::Target>,
    /// The forecast of the fiscal year's total, when the year is not complete.
    pub outlook: Option<OutlookInput>,
    /// India's same line in the calendar quarter `month` ends, when the store
    /// has it (RBI), beside the quarter's sum of this series' months.
    pub peers: Option<PeersInput>,
}

/// A calendar quarter of this series and of India's same EBOPS line.
#[derive(Debug, Clone)]
pub struct PeersInput {
    pub quarter: itx_types::YearQuarter,
    /// This series' quarter (the sum of its months) and a year earlier.
    pub value: f64,
    pub prior: f64,
    /// India's key, and its quarter and a year earlier.
    pub india_key: String,
    pub india: Vintage,
    pub india_prior: f64,
}

/// A fiscal-year outlook, as the brief states it.
#[derive(Debug, Clone)]
pub struct OutlookInput {
    pub median: f64,
    pub lower80: f64,
    pub upper80: f64,
    /// P(total ≥ target), 0–1.
    pub p_target: Option<f64>,
    pub model: String,
}

/// One number in the brief.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub id: String,
    /// As printed in the text.
    pub text: String,
    pub value: f64,
    pub unit: &'static str,
    pub period: String,
    /// For figures: where the value came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// For computed numbers: the facts they were computed from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<String>,
}

/// Provenance of a figure.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub series: String,
    pub period: String,
    pub release: String,
    pub kind: &'static str,
    /// Where the figure stands, in words: "official file", "official figure as
    /// captured by a third party", "press report" (`itx_types::Tier`), or
    /// "government target".
    pub tier: &'static str,
    pub published: Option<String>,
    pub status: &'static str,
    pub value_published: String,
    pub unit_published: &'static str,
    pub location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Why the figure was implausible when it was loaded anyway.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
}

impl Source {
    pub fn of(series: &str, period: impl ToString, v: &Vintage) -> Source {
        Source {
            series: series.to_string(),
            period: period.to_string(),
            release: v.release.source.clone(),
            kind: v.release.kind.as_str(),
            tier: v.release.tier().words(),
            published: v.release.published.map(|d| d.to_string()),
            status: v.status.as_str(),
            value_published: v.value_published.clone(),
            unit_published: v.unit_published.as_str(),
            location: v.location.clone(),
            file: v.release.file.clone(),
            url: v.release.url.clone(),
            quote: v.quote.clone(),
            flag: v.flag.clone(),
        }
    }

    /// A government target for a fiscal year: a declared policy statement, not a
    /// statistic (`itx_types::targets`).
    pub fn target(series: &str, fy: impl ToString, t: &itx_types::targets::Target) -> Source {
        Source {
            series: series.to_string(),
            period: fy.to_string(),
            release: t.what.to_string(),
            kind: "press",
            tier: "government target",
            published: None,
            status: "target",
            value_published: format!("{}", t.value),
            unit_published: "US$ million",
            location: "itx_types::targets::TARGETS".into(),
            file: None,
            url: Some(t.url.to_string()),
            quote: None,
            flag: None,
        }
    }
}

/// Records every number written into the text as a fact.
#[derive(Debug, Default)]
pub struct Writer {
    pub facts: Vec<Fact>,
}

impl Writer {
    fn push(&mut self, f: Fact) -> String {
        let text = f.text.clone();
        if !self.facts.iter().any(|x| x.id == f.id) {
            self.facts.push(f);
        }
        text
    }
    /// A US$ million figure from a release.
    pub fn money(&mut self, id: &str, period: impl ToString, value: f64, source: Source) -> String {
        self.push(Fact {
            id: id.into(),
            text: money(value),
            value,
            unit: "US$ million",
            period: period.to_string(),
            source: Some(source),
            derived_from: vec![],
        })
    }
    /// A US$ million figure computed from others (a sum).
    pub fn money_derived(
        &mut self,
        id: &str,
        period: impl ToString,
        value: f64,
        from: &[&str],
    ) -> String {
        self.push(Fact {
            id: id.into(),
            text: money(value),
            value,
            unit: "US$ million",
            period: period.to_string(),
            source: None,
            derived_from: from.iter().map(|s| s.to_string()).collect(),
        })
    }
    /// A forecast figure, printed only to the precision its interval supports
    /// ([`money_to`]); the fact keeps the exact value for JSON.
    pub fn money_forecast(
        &mut self,
        id: &str,
        period: impl ToString,
        value: f64,
        interval_width: f64,
        from: &[&str],
    ) -> String {
        self.push(Fact {
            id: id.into(),
            text: money_to(value, interval_width),
            value,
            unit: "US$ million",
            period: period.to_string(),
            source: None,
            derived_from: from.iter().map(|s| s.to_string()).collect(),
        })
    }
    /// A percentage computed from other facts (shown without sign; the words carry it).
    pub fn pct(&mut self, id: &str, period: impl ToString, value: f64, from: &[&str]) -> String {
        self.push(Fact {
            id: id.into(),
            text: format!("{:.1}%", value.abs()),
            value,
            unit: "%",
            period: period.to_string(),
            source: None,
            derived_from: from.iter().map(|s| s.to_string()).collect(),
        })
    }
    /// A count (months).
    pub fn count(&mut self, id: &str, value: i64, from: &[&str]) -> String {
        self.push(Fact {
            id: id.into(),
            text: value.to_string(),
            value: value as f64,
            unit: "months",
            period: String::new(),
            source: None,
            derived_from: from.iter().map(|s| s.to_string()).collect(),
        })
    }
}

/// Escaped HTML text with its backquoted parts (`itx fetch easydata`) as `<code>`.
pub fn code_spans(escaped: &str) -> String {
    escaped
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<code>{part}</code>")
            } else {
                part.to_string()
            }
        })
        .collect()
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The brief page's style: readable on a phone, numbers visibly linked.
pub const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1a1a1a;background:#fff}\
main{max-width:52rem;margin:0 auto;padding:1rem 1.25rem 3rem;line-height:1.55}\
h1{font-size:1.6rem;line-height:1.25}p{font-size:1.05rem}\
a.fact{color:#0b4f8a;text-decoration:none;border-bottom:1px dotted #0b4f8a}\
span.fact{border-bottom:1px dotted #888}\
figure{margin:1.5rem 0}figure svg{width:100%;height:auto}figcaption{color:#555;font-size:.9rem}\
table{border-collapse:collapse;font-size:.85rem;width:100%;display:block;overflow-x:auto}\
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
tr:target{background:#fff4c2}";

/// The brief, ready to render.
#[derive(Debug, Clone)]
pub struct Brief {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub facts: Vec<Fact>,
    /// The machine-readable summary (series, period, value, …).
    pub summary: Summary,
    /// The language it is written in.
    pub lang: itx_l10n::Lang,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14: the July 2026 brief printed "$5.033 billion" for an outlook
    /// whose 80% interval was $4.191–5.917 billion.
    #[test]
    fn forecasts_are_rounded_to_what_their_interval_supports() {
        let w = 5917.0 - 4191.0;
        assert_eq!(money_to(5033.0, w), "$5.0 billion");
        assert_eq!(money_to(4191.0, w), "$4.2 billion");
        assert_eq!(money_to(5917.0, w), "$5.9 billion");
        // A tighter interval keeps a digit more; a month, to tens of millions.
        assert_eq!(money_to(4628.0, 4955.0 - 4293.0), "$4.63 billion");
        assert_eq!(money_to(417.4, 150.0), "$420 million");
        assert_eq!(money_to(417.4, 60.0), "$417 million");
        assert_eq!(money_to(417.4, 5.0), "$417 million");
        assert_eq!(money_to(417.4, f64::NAN), "$417 million");
    }

    #[test]
    fn newsroom_rounding() {
        assert_eq!(money(354.0), "$354 million");
        assert_eq!(money(344.927796), "$345 million");
        assert_eq!(money(1057.0), "$1.057 billion");
        assert_eq!(money(4600.0), "$4.60 billion");
        assert_eq!(money(3813.22), "$3.813 billion");
        assert_eq!(money(0.444429), "$0.4 million");
        assert_eq!(money(5000.0), "$5 billion");
    }
}
