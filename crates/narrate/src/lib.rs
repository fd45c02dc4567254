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

mod kinds;

pub use kinds::{fiscal_year_review, series_profile};
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
    pub summary: Value,
}

fn up_down(c: f64) -> &'static str {
    if c >= 0.0 { "up" } else { "down" }
}

/// Builds the monthly brief.
///
/// # Errors
/// When the series has no value for the month (the message says which months it has).
pub fn build(input: &BriefInput) -> Result<Brief, String> {
    let s = &input.series;
    let key = s.info.key.as_str();
    let series = s.monthly();
    let m = input.month;
    let Some(v) = s.vintage(m) else {
        return Err(format!(
            "no value of {key} for {m}{}; it has {} to {}",
            input
                .as_of
                .map(|d| format!(" as known on {d}"))
                .unwrap_or_default(),
            series.first().map(|x| x.to_string()).unwrap_or_default(),
            series.last().map(|x| x.to_string()).unwrap_or_default()
        ));
    };
    let mut w = Writer::default();
    let src = |m: YearMonth| s.vintage(m).map(|v| Source::of(key, m, v));
    let mut paras = Vec::new();
    let name = &s.short_name;

    // 1. Level and record status.
    let level = w.money("value", m, v.value, Source::of(key, m, v));
    let status_note = match v.status {
        itx_types::Status::Provisional => " (provisional)",
        itx_types::Status::PressReported => {
            " (as reported in the press; no official release in the store yet)"
        }
        _ => "",
    };
    let mut p1 = format!(
        "{} were {level} in {}{status_note}",
        capitalise(name),
        m.long_label()
    );
    let record = series.record(m);
    if let Some(r) = record {
        if r.all_time_high {
            if let Some((hm, hv)) = r.previous_high {
                let prev = w.money("previous_high", hm, hv, src(hm).expect("month in series"));
                let stood = w.count(
                    "previous_high_stood_months",
                    i64::from(r.previous_high_stood_months.unwrap_or(0)),
                    &["previous_high"],
                );
                p1 += &format!(
                    ", an all-time monthly high, above the previous record of {prev} set in {} (a record that had stood for {stood} months)",
                    hm.long_label()
                );
            }
        } else if let Some((sm, sv)) = r.highest_since {
            if m.index() - sm.index() > 1 {
                let since = w.money("highest_since", sm, sv, src(sm).expect("month in series"));
                p1 += &format!(", the highest since {} ({since})", sm.long_label());
            }
        }
        if !r.all_time_high {
            if let Some((bm, bv)) = series.best_same_month_before(m) {
                if v.value > bv {
                    let best = w.money(
                        "best_same_month_before",
                        bm,
                        bv,
                        src(bm).expect("month in series"),
                    );
                    p1 += &format!(
                        " and the best {} on record (previous best {best} in {})",
                        itx_types::month_name(m.month()),
                        bm.year()
                    );
                }
            }
        }
    }
    p1.push('.');

    // 2. YoY and MoM.
    let yoy = series.yoy(m);
    let mom = series.mom(m);
    let mut changes = Vec::new();
    if let Some(c) = yoy {
        let base = w.money(
            "year_ago",
            c.base_period,
            c.base,
            src(c.base_period).expect("month in series"),
        );
        let pct = w.pct("yoy_pct", m, c.pct, &["value", "year_ago"]);
        changes.push(format!(
            "{} {pct} on the {base} of {}",
            up_down(c.abs),
            c.base_period.long_label()
        ));
    }
    if let Some(c) = mom {
        let base = w.money(
            "previous_month",
            c.base_period,
            c.base,
            src(c.base_period).expect("month in series"),
        );
        let pct = w.pct("mom_pct", m, c.pct, &["value", "previous_month"]);
        changes.push(format!(
            "{} {pct} on {}'s {base}",
            up_down(c.abs),
            c.base_period.long_label()
        ));
    }
    if !changes.is_empty() {
        p1 += &format!(" That is {}.", changes.join(", and "));
    }
    paras.push(p1);

    // 3. Fiscal year to date.
    let fytd = series.fytd(m);
    let mut p2 = String::new();
    if let Some(f) = fytd {
        if f.span.months == 1 {
            p2 += &format!("{} opens {}.", itx_types::month_name(m.month()), f.span.fy);
        } else {
            let val = w.money_derived("fytd", f.span, f.value, &["monthly values"]);
            if f.span.months == 12 {
                p2 += &format!("In {} as a whole exports totalled {val}", f.span.fy);
            } else {
                p2 += &format!(
                    "In {} {} exports totalled {val}",
                    f.span.span_label(),
                    f.span.fy
                );
            }
            if let (Some(prior), Some(g)) = (f.prior, f.yoy_pct) {
                let pr = w.money_derived(
                    "fytd_prior",
                    f.span.prior_year(),
                    prior,
                    &["monthly values"],
                );
                let g = w.pct("fytd_yoy_pct", f.span, g, &["fytd", "fytd_prior"]);
                p2 += &format!(
                    ", {} {g} on the {pr} of the same months of {}",
                    up_down(f.value - prior),
                    f.span.fy.prev()
                );
            }
            p2.push('.');
        }
    }
    let mut target_json = Value::Null;
    if let (Some(f), Some(t)) = (fytd, input.target) {
        let src = Source::target(key, f.span.fy, &t);
        let tv = w.money("target", f.span.fy, t.value, src);
        let done = f64::from(f.span.months);
        let left = 12.0 - done;
        if left > 0.0 && f.value >= t.value {
            // Met before the year is out: no "needs $-19 million a month".
            let over = w.money_derived(
                "target_surplus",
                f.span.fy,
                f.value - t.value,
                &["fytd", "target"],
            );
            p2 += &format!(
                " That already passes the {tv} target for {} by {over}, with {} still to come.",
                f.span.fy,
                if (left - 1.0).abs() < f64::EPSILON {
                    "one month".to_string()
                } else {
                    format!("{} months", left as i64)
                }
            );
            target_json = json!({"value": t.value, "what": t.what, "url": t.url,
                "met": true, "surplus": f.value - t.value, "months_left": left});
        } else if left > 0.0 {
            let need = (t.value - f.value) / left;
            let pace = f.value / done;
            let need_s = w.money_derived(
                "target_needed_monthly",
                f.span.fy,
                need,
                &["target", "fytd"],
            );
            let pace_s = w.money_derived("fytd_monthly_average", f.span, pace, &["fytd"]);
            let months_left = w.count("months_left", left as i64, &[]);
            p2 += &format!(
                " Meeting the {tv} target for {} needs {need_s} a month over the remaining {months_left} {}, against {pace_s} a month so far.",
                f.span.fy,
                if (left - 1.0).abs() < f64::EPSILON {
                    "month"
                } else {
                    "months"
                }
            );
            target_json = json!({"value": t.value, "what": t.what, "url": t.url,
                "needed_monthly_avg": need, "monthly_avg_so_far": pace, "months_left": left});
        } else {
            let gap = f.value - t.value;
            let gap_s = w.money_derived("target_gap", f.span.fy, gap.abs(), &["fytd", "target"]);
            p2 += &format!(
                " That {} the {tv} target by {gap_s}.",
                if gap >= 0.0 { "beat" } else { "missed" }
            );
            target_json = json!({"value": t.value, "what": t.what, "url": t.url, "gap": gap});
        }
    }
    let mut outlook_json = Value::Null;
    if let (Some(f), Some(o)) = (fytd, input.outlook.as_ref()) {
        let from = ["fytd", "forecast"];
        let width = o.upper80 - o.lower80;
        let med = w.money_forecast("outlook_median", f.span.fy, o.median, width, &from);
        let lo = w.money_forecast("outlook_lower80", f.span.fy, o.lower80, width, &from);
        let hi = w.money_forecast("outlook_upper80", f.span.fy, o.upper80, width, &from);
        p2 += &format!(
            " On itx's forecast the year ends at about {med}, four chances in five between {lo} and {hi}"
        );
        match (o.p_target, input.target) {
            (Some(p), Some(_)) => {
                let ps = w.pct(
                    "outlook_p_target_pct",
                    f.span.fy,
                    p * 100.0,
                    &["outlook_median", "target"],
                );
                // "an 8.3%", "an 11%", "an 18%", otherwise "a".
                let an = ps.starts_with('8') || ps.starts_with("11") || ps.starts_with("18");
                p2 += &format!(
                    ", with {} {ps} chance of reaching the target.",
                    if an { "an" } else { "a" }
                );
            }
            _ => p2.push('.'),
        }
        outlook_json = json!({"median": o.median, "lower80": o.lower80, "upper80": o.upper80,
            "p_target": o.p_target, "model": o.model});
    }
    if let Some(avg) = series.avg12(m) {
        let a = w.money_derived("avg12", m, avg, &["monthly values"]);
        p2 += &format!(" The 12-month average stands at {a}.");
    }
    let streak = series.yoy_streak(m);
    if let Some(streak) = streak.filter(|n| *n >= 3) {
        let n = w.count("yoy_streak_months", streak as i64, &["monthly values"]);
        p2 += &format!(" Exports have grown year on year for {n} consecutive months.");
    }
    if !p2.is_empty() {
        paras.push(p2.trim().to_string());
    }

    // 4. Share of services and components.
    let mut p3 = String::new();
    let mut share_json = Value::Null;
    if let Some(sv) = input
        .services
        .as_ref()
        .and_then(|x| x.vintage(m).map(|v| (x, v)))
    {
        let (svc, total) = sv;
        if let Some(sh) = itx_metrics::share(v.value, total.value) {
            let t = w.money(
                "services_total",
                m,
                total.value,
                Source::of(svc.info.key.as_str(), m, total),
            );
            let p = w.pct("share_of_services_pct", m, sh, &["value", "services_total"]);
            p3 += &format!(
                "{} made up {p} of all services exports ({t}).",
                capitalise(name)
            );
            share_json = json!({"services_total": total.value, "pct": sh});
        }
    }
    let comps: Vec<(String, Monthly)> = input
        .components
        .iter()
        .map(|c| (c.short_name.clone(), c.monthly()))
        .collect();
    let refs: Vec<(&str, &Monthly)> = comps.iter().map(|(n, mm)| (n.as_str(), mm)).collect();
    let contrib = itx_metrics::contributions(&series, &refs, m, 12);
    if !contrib.is_empty() && yoy.is_some() {
        // Components that moved the total by less than 0.05 points say nothing
        // at one decimal ("took off 0.0 points"), and are left out; components
        // without this month's or the year-ago figure are named as missing.
        let missing: Vec<&str> = input
            .components
            .iter()
            .filter(|x| !contrib.iter().any(|c| c.name == x.short_name))
            .map(|x| x.short_name.as_str())
            .collect();
        let parts: Vec<String> = contrib
            .iter()
            .filter(|c| c.points.abs() >= 0.05)
            .filter_map(|c| Some((c, input.components.iter().find(|x| x.short_name == c.name)?)))
            .map(|(c, comp)| {
                let ck = comp.info.key.as_str();
                let id = format!("component.{}", comp.short_name.replace(' ', "_"));
                let cv = comp
                    .vintage(m)
                    .map(|v| Source::of(ck, m, v))
                    .expect("component month");
                let val = w.money(&id, m, c.change.value, cv);
                let pts = w.pct(&format!("{id}.yoy_points"), m, c.points, &[&id, "year_ago"]);
                format!(
                    "{} ({val}) {} {} points",
                    comp.short_name,
                    if c.points >= 0.0 { "added" } else { "took off" },
                    pts.trim_end_matches('%')
                )
            })
            .collect();
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!(
                " ({} {} no figure for {} in the store)",
                missing.join(" and "),
                if missing.len() == 1 { "has" } else { "have" },
                m.long_label()
            )
        };
        if !parts.is_empty() {
            p3 += &format!(" Of the year-on-year change, {}{gap}.", parts.join("; "));
        }
    }
    if !p3.is_empty() {
        paras.push(p3.trim().to_string());
    }

    // 5. At the start of a fiscal year: the year just ended.
    let mut prev_fy_json = Value::Null;
    if fytd.is_some_and(|f| f.span.months == 1) {
        let fy = series.calendar().fiscal_year_of(m).prev();
        let official = s.fiscal_years.iter().find(|(f, _)| *f == fy);
        let sum = series.fy_total(fy);
        let prior_official = s.fiscal_years.iter().find(|(f, _)| *f == fy.prev());
        let prior_sum = series.fy_total(fy.prev());
        let total = official.map(|(_, v)| v.value).or(sum);
        let prior = prior_official.map(|(_, v)| v.value).or(prior_sum);
        if let Some(total) = total {
            let t = match official {
                Some((_, v)) => w.money("previous_fy_total", fy, total, Source::of(key, fy, v)),
                None => w.money_derived("previous_fy_total", fy, total, &["monthly values"]),
            };
            let mut p4 = format!("{fy} ended with {name} of {t}");
            if let Some((prior, growth)) =
                prior.and_then(|p| Some((p, itx_metrics::growth_pct(p, total)?)))
            {
                let pr = match prior_official {
                    Some((_, v)) => w.money(
                        "previous_fy_prior",
                        fy.prev(),
                        prior,
                        Source::of(key, fy.prev(), v),
                    ),
                    None => {
                        w.money_derived("previous_fy_prior", fy.prev(), prior, &["monthly values"])
                    }
                };
                let g = w.pct(
                    "previous_fy_growth_pct",
                    fy,
                    growth,
                    &["previous_fy_total", "previous_fy_prior"],
                );
                p4 += &format!(", {} {g} on {}'s {pr}", up_down(total - prior), fy.prev());
            }
            p4.push('.');
            if let (Some(_), Some(sum)) = (official, sum) {
                let ms = w.money_derived("previous_fy_monthly_sum", fy, sum, &["monthly values"]);
                p4 += &format!(
                    " (SBP's headline total; the monthly figures in the store add up to {ms}.)"
                );
            }
            paras.push(p4);
            prev_fy_json = json!({
                "label": fy.to_string(), "value": total, "monthly_sum": sum,
                "source": if official.is_some() { "official fiscal-year total" } else { "sum of monthly figures" },
                "prior": prior, "growth_pct": prior.and_then(|p| itx_metrics::growth_pct(p, total)),
            });
        }
    }

    let title = format!("{}, {}", capitalise(name), m.long_label());
    let summary = json!({
        "series": key,
        "series_name": s.info.name,
        "period": m.to_string(),
        "as_of": input.as_of.map(|d| d.to_string()),
        "value": v.value,
        "unit": "US$ million",
        "status": v.status.as_str(),
        "previous_month": mom.map(|c| json!({"period": c.base_period.to_string(), "value": c.base})),
        "mom_pct": mom.map(|c| c.pct),
        "year_ago": yoy.map(|c| json!({"period": c.base_period.to_string(), "value": c.base})),
        "yoy_pct": yoy.map(|c| c.pct),
        "all_time_high": record.map(|r| r.all_time_high),
        "previous_high": record.and_then(|r| r.previous_high).map(|(p, v)| json!({"period": p.to_string(), "value": v})),
        "previous_high_stood_months": record.and_then(|r| r.previous_high_stood_months),
        "highest_since": record.and_then(|r| r.highest_since).map(|(p, v)| json!({"period": p.to_string(), "value": v})),
        "rank": record.map(|r| json!({"rank": r.rank, "of_months": r.months})),
        "fytd": fytd.map(|f| json!({"label": format!("{} {}", f.span.span_label(), f.span.fy), "period": f.span.to_string(), "value": f.value, "prior": f.prior, "yoy_pct": f.yoy_pct})),
        "ttm": series.ttm(m),
        "avg12": series.avg12(m),
        "yoy_streak_months": streak,
        "share_of_services": share_json,
        "contributions": contrib,
        "previous_fiscal_year": prev_fy_json,
        "target": target_json,
        "outlook": outlook_json,
    });
    Ok(Brief {
        title,
        paragraphs: paras,
        facts: w.facts,
        summary,
    }
    .cautioned())
}

impl Brief {
    /// Adds a closing paragraph naming each figure the brief uses that was
    /// loaded as an outlier (`itx ingest --accept-outliers`), so that no reader
    /// takes it as checked.
    #[must_use]
    pub fn cautioned(mut self) -> Brief {
        let flagged: Vec<String> = self
            .sourced_facts()
            .filter_map(|f| {
                let s = f.source.as_ref()?;
                let why = s.flag.as_ref()?;
                Some(format!("{} for {} ({why})", f.text, f.period))
            })
            .collect();
        let (was, it, they) = if flagged.len() == 1 {
            ("One figure here was", "it", "it")
        } else {
            ("These figures were", "them", "they")
        };
        if !flagged.is_empty() {
            self.paragraphs.push(format!(
                "Caution: {was} loaded although {they} failed itx's plausibility checks: {}. Check {it} against SBP's release before quoting {it}.",
                flagged.join("; ")
            ));
        }
        self
    }

    /// Plain text: title, paragraphs, then the sources of the figures.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n\n", self.title);
        for p in &self.paragraphs {
            out += &wrap(p, 88);
            out += "\n\n";
        }
        out += "Sources:\n";
        for f in self.sourced_facts() {
            let s = f.source.as_ref().expect("filtered");
            out += &format!(
                "  {:<10} {}: {} [{}, {}{}] {}\n",
                f.text.replace(" million", "m").replace(" billion", "bn"),
                f.period,
                s.release,
                s.status,
                s.published.as_deref().unwrap_or("undated"),
                if s.kind == "press" { ", press" } else { "" },
                s.url
                    .as_deref()
                    .map(|u| format!("{} ({})", s.location, u))
                    .unwrap_or_else(|| s.location.clone())
            );
        }
        out
    }

    /// Facts that carry a source, one per distinct figure (a month quoted twice is listed once).
    fn sourced_facts(&self) -> impl Iterator<Item = &Fact> {
        let mut seen = std::collections::HashSet::new();
        self.facts.iter().filter(move |f| {
            f.source.as_ref().is_some_and(|s| {
                seen.insert((s.series.clone(), s.period.clone(), s.location.clone()))
            })
        })
    }

    /// Markdown: a heading, the paragraphs, and a sources table.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("## {}\n\n", self.title);
        for p in &self.paragraphs {
            out += p;
            out += "\n\n";
        }
        out += "| figure | period | source | status | published | where |\n|---|---|---|---|---|---|\n";
        for f in self.sourced_facts() {
            let s = f.source.as_ref().expect("filtered");
            let source = match &s.url {
                Some(u) => format!("[{}]({u})", s.release),
                None => s.release.clone(),
            };
            out += &format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                f.text,
                f.period,
                source,
                s.status,
                s.published.as_deref().unwrap_or("undated"),
                s.location.replace('|', "\\|")
            );
        }
        out
    }

    /// HTML for the body of a page: the paragraphs with every number linked to
    /// its source (figures) or to what it was computed from (derived numbers), the
    /// given charts ((file name, caption, SVG), drawn inline with their captions), and the sources table.
    pub fn html_body(&self, charts: &[(String, String, String)]) -> String {
        let sourced: Vec<&Fact> = self.sourced_facts().collect();
        let anchor_of = |f: &Fact| -> Option<usize> {
            let s = f.source.as_ref()?;
            sourced.iter().position(|g| {
                g.source.as_ref().is_some_and(|t| {
                    t.series == s.series && t.period == s.period && t.location == s.location
                })
            })
        };
        // Longest fact texts first, so "$1.057 billion" is not split by "1.057".
        let mut facts: Vec<&Fact> = self.facts.iter().collect();
        facts.sort_by_key(|f| std::cmp::Reverse(f.text.len()));
        let mut body = String::new();
        for p in &self.paragraphs {
            // Mark fact texts with private-use delimiters, escape, then expand.
            let mut marked = p.clone();
            for (i, f) in facts.iter().enumerate() {
                if f.text.is_empty() {
                    continue;
                }
                // The index as one supplementary private-use char: no digits for a
                // shorter fact text ("7") to match inside a marker.
                let tag = char::from_u32(0xF0000 + i as u32).unwrap_or('\u{e002}');
                marked = marked.replace(&f.text, &format!("\u{e000}{tag}\u{e001}"));
            }
            let mut html = String::new();
            let escaped = code_spans(&escape_html(&marked));
            let mut rest = escaped.as_str();
            while let Some(a) = rest.find('\u{e000}') {
                html.push_str(&rest[..a]);
                let after = &rest[a + '\u{e000}'.len_utf8()..];
                let Some(b) = after.find('\u{e001}') else {
                    rest = after;
                    break;
                };
                let i = after[..b]
                    .chars()
                    .next()
                    .map_or(usize::MAX, |c| (c as u32).wrapping_sub(0xF0000) as usize);
                rest = &after[b + '\u{e001}'.len_utf8()..];
                let Some(f) = facts.get(i) else { continue };
                let text = escape_html(&f.text);
                match (anchor_of(f), &f.source) {
                    (Some(n), Some(s)) => html.push_str(&format!(
                        "<a class=\"fact\" href=\"#src-{}\" title=\"{}\">{text}</a>",
                        n + 1,
                        escape_html(&format!(
                            "{} {}: {} ({}, {}), {}",
                            s.series,
                            s.period,
                            s.release,
                            s.status,
                            s.published.as_deref().unwrap_or("undated"),
                            s.location
                        ))
                    )),
                    _ => html.push_str(&format!(
                        "<span class=\"fact derived\" title=\"computed from: {}\">{text}</span>",
                        escape_html(&f.derived_from.join(", "))
                    )),
                }
            }
            html.push_str(rest);
            body.push_str(&format!("<p>{html}</p>\n"));
        }
        let mut figs = String::new();
        for (_name, caption, svg) in charts {
            figs.push_str(&format!(
                "<figure>{svg}<figcaption>{}</figcaption></figure>\n",
                escape_html(caption)
            ));
        }
        let mut rows = String::new();
        for (n, f) in sourced.iter().enumerate() {
            let s = f.source.as_ref().expect("sourced");
            let release = match &s.url {
                Some(u) => format!(
                    "<a href=\"{}\">{}</a>",
                    escape_html(u),
                    escape_html(&s.release)
                ),
                None => escape_html(&s.release),
            };
            rows.push_str(&format!(
                "<tr id=\"src-{}\"><td>{}</td><td>{}</td><td>{release}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                n + 1,
                escape_html(&f.text),
                escape_html(&f.period),
                s.status,
                escape_html(s.published.as_deref().unwrap_or("undated")),
                escape_html(&s.location)
            ));
        }
        format!(
            "{body}{figs}<h2>Sources</h2>\n<table class=\"sources\"><thead><tr><th>figure</th><th>period</th><th>release</th><th>status</th><th>published</th><th>where</th></tr></thead><tbody>\n{rows}</tbody></table>\n"
        )
    }

    /// A standalone HTML page of [`Brief::html_body`] under the brief's title.
    pub fn to_html(&self, charts: &[(String, String, String)]) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<link rel=\"icon\" href=\"data:,\"><title>{title}</title><style>{CSS}</style></head><body><main>\n<h1>{title}</h1>\n{}</main></body></html>\n",
            self.html_body(charts),
            title = escape_html(&self.title),
        )
    }

    /// JSON: the summary fields, the text, and every fact with its source.
    pub fn to_json(&self) -> Value {
        let mut v = self.summary.clone();
        if let Value::Object(map) = &mut v {
            map.insert("title".into(), json!(self.title));
            map.insert("text".into(), json!(self.paragraphs.join("\n\n")));
            map.insert("facts".into(), json!(self.facts));
            let sources: Value = self
                .facts
                .iter()
                .filter_map(|f| f.source.as_ref().map(|s| (f.id.clone(), json!(s))))
                .collect::<serde_json::Map<_, _>>()
                .into();
            map.insert("sources".into(), sources);
        }
        v
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            out += &line;
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += word;
    }
    out += &line;
    out
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
