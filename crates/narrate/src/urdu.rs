//! The monthly brief in Urdu.
//!
//! Written from the English brief's facts and summary, not by translating its
//! sentences: every number in the Urdu text is one of the English brief's facts,
//! printed the Urdu way ([`itx_l10n::amount`], [`itx_l10n::percent`]) at the
//! same rounding, and each fact's text is replaced by that Urdu form so the HTML
//! links and the JSON sources work as in English. The sentences are the
//! catalogue's `brief-*` messages (crates/l10n/locales/ur.ftl).

use itx_l10n::{Lang, amount, month_name, percent, t};
use itx_types::YearMonth;

use crate::{Brief, Fact, Summary};

const UR: Lang = Lang::Ur;

/// A series' name in Urdu (the catalogue's `series-*`), or its English short
/// name where the catalogue has none.
pub fn series_name(lang: Lang, key: &str, english: &str) -> String {
    let id = format!("series-{}", key.replace('.', "-"));
    let s = t(lang, &id, &[]);
    if s == id { english.to_string() } else { s }
}

/// "جولائی 2025" from "2025-07".
fn month_label(period: &str) -> String {
    period
        .parse::<YearMonth>()
        .map(|m| itx_l10n::month_year(UR, m.year(), m.month()))
        .unwrap_or_else(|_| period.to_string())
}

/// "2025-26" from "FY2025-26" (Urdu pages write مالی سال 2025-26).
fn fy_label(fy: &str) -> String {
    fy.trim_start_matches("FY").to_string()
}

/// A source tier or status in `lang`, from the English words in a [`crate::Source`].
pub fn tier_words(lang: Lang, english: &str) -> String {
    let id = match english {
        "official file" => "tier-official-file",
        "official figure as captured by a third party" => "tier-official-captured",
        "press report" => "tier-press",
        "government target" => "tier-target",
        other => return other.to_string(),
    };
    t(lang, id, &[])
}

/// A status (provisional, revised, …) in `lang`.
pub fn status_words(lang: Lang, status: &str) -> String {
    let id = format!("status-{status}");
    let s = t(lang, &id, &[]);
    if s == id { status.to_string() } else { s }
}

/// A brief in Urdu: the monthly brief, the fiscal-year review or the series
/// profile (`None` only for a brief whose facts it cannot find).
pub fn brief(b: &Brief) -> Option<Brief> {
    match &b.summary {
        Summary::Month(_) => month_brief(b),
        Summary::Review(_) => review(b),
        Summary::Profile(_) => profile(b),
    }
}

/// The series profile in Urdu.
fn profile(b: &Brief) -> Option<Brief> {
    let Summary::Profile(s) = &b.summary else {
        return None;
    };
    let fact = |id: &str| b.facts.iter().find(|f| f.id == id);
    let num = |id: &str| fact(id).map(ur);
    let english_name = b.title.split(':').next().unwrap_or("").to_string();
    let series = series_name(UR, &s.series, &english_name);
    let mut p1 = vec![t(
        UR,
        "brief-profile-span",
        &[
            ("series", &series),
            ("key", &s.series),
            ("from", &month_label(&s.first_month)),
            ("to", &month_label(&s.last_month)),
            ("n", &num("months")?),
        ],
    )];
    if let Some(g) = num("gaps") {
        p1.push(t(UR, "brief-profile-gaps", &[("n", &g)]));
    }
    if let Some(p) = num("press_months") {
        p1.push(t(UR, "brief-profile-press", &[("n", &p)]));
    }
    let mut p2 = Vec::new();
    if let Some(latest) = num("latest") {
        let high = fact("high");
        let record = high.is_some_and(|h| h.period == s.last_month);
        p2.push(t(
            UR,
            if record {
                "brief-profile-latest-record"
            } else {
                "brief-profile-latest"
            },
            &[("month", &month_label(&s.last_month)), ("value", &latest)],
        ));
        if let (false, Some(h)) = (record, high) {
            p2.push(t(
                UR,
                "brief-profile-high",
                &[("value", &ur(h)), ("month", &month_label(&h.period))],
            ));
        }
    }
    let items: Vec<String> = b
        .facts
        .iter()
        .filter(|f| f.id.starts_with("fy_total."))
        .map(|f| {
            t(
                UR,
                "brief-profile-fy-item",
                &[("fy", &fy_label(&f.period)), ("value", &ur(f))],
            )
        })
        .collect();
    let mut p3 = Vec::new();
    if !items.is_empty() {
        p3.push(t(UR, "brief-profile-fy", &[("list", &items.join("؛ "))]));
    }
    Some(Brief {
        title: t(UR, "brief-profile-title", &[("series", &series)]),
        paragraphs: [p1, p2, p3]
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.join(" "))
            .collect(),
        facts: facts_in_urdu(b),
        summary: b.summary.clone(),
        lang: UR,
    })
}

/// The Urdu text of a fact.
fn ur(f: &Fact) -> String {
    match f.unit {
        "US$ million" => amount(UR, &f.text),
        "%" => percent(UR, &f.text),
        _ => f.text.clone(),
    }
}

/// The facts with their texts in Urdu.
fn facts_in_urdu(b: &Brief) -> Vec<Fact> {
    b.facts
        .iter()
        .map(|f| Fact {
            text: ur(f),
            ..f.clone()
        })
        .collect()
}

/// The fiscal-year review in Urdu.
fn review(b: &Brief) -> Option<Brief> {
    let Summary::Review(s) = &b.summary else {
        return None;
    };
    let fact = |id: &str| b.facts.iter().find(|f| f.id == id);
    let num = |id: &str| fact(id).map(ur);
    let dir = |v: f64| if v < 0.0 { "down" } else { "up" };
    let english_name = b.title.split(',').next().unwrap_or("").to_string();
    let series = series_name(UR, &s.series, &english_name);
    let fy = fy_label(&s.fiscal_year);
    let mut p1: Vec<String> = Vec::new();
    let total = num("fy_total")?;
    if s.complete {
        p1.push(t(
            UR,
            "brief-review-total",
            &[("fy", &fy), ("series", &series), ("value", &total)],
        ));
    } else {
        // The newest month the review's facts speak of.
        let last = b
            .facts
            .iter()
            .filter_map(|f| f.period.parse::<YearMonth>().ok())
            .max();
        if let (Some(last), Some(published), Some(n)) =
            (last, num("months_published"), num("months_in_year"))
        {
            p1.push(t(
                UR,
                "brief-review-total-partial",
                &[
                    ("fy", &fy),
                    ("month", &month_label(&last.to_string())),
                    ("series", &series),
                    ("value", &total),
                    ("published", &published),
                    ("n", &n),
                ],
            ));
        }
    }
    if let (Some(prior), Some(pct), Some(pv)) = (num("prior_total"), num("growth_pct"), s.prior) {
        let base = fact("prior_total")
            .map(|f| fy_label(&f.period))
            .unwrap_or_default();
        p1.push(t(
            UR,
            if s.complete {
                "brief-review-growth"
            } else {
                "brief-review-growth-partial"
            },
            &[
                ("base", &base),
                ("prior", &prior),
                ("pct", &pct),
                ("dir", dir(s.total - pv)),
            ],
        ));
    }
    if let Some(sum) = num("monthly_sum") {
        p1.push(t(UR, "brief-review-headline", &[("sum", &sum)]));
    }
    if let (Some(target), Some(tv)) = (num("target"), s.target) {
        let gap = num("target_gap").unwrap_or_default();
        let id = match (s.complete, s.total >= tv) {
            (true, true) => "brief-review-target-met",
            (true, false) => "brief-review-target-missed",
            (false, true) => "brief-review-target-reached",
            (false, false) => "brief-review-target-to-go",
        };
        p1.push(t(UR, id, &[("target", &target), ("gap", &gap)]));
    }
    let mut p2: Vec<String> = Vec::new();
    if let Some(best) = num("best_month") {
        p2.push(t(
            UR,
            if s.best_month_record {
                "brief-review-best-record"
            } else {
                "brief-review-best"
            },
            &[
                ("month", &month_label(&s.best_month.period)),
                ("value", &best),
            ],
        ));
    }
    if let (Some(k), Some(n)) = (num("months_up_yoy"), num("months_with_base")) {
        p2.push(t(UR, "brief-review-months-up", &[("k", &k), ("n", &n)]));
    }
    let mut p3: Vec<String> = Vec::new();
    if let Some(c) = num("cagr5_pct") {
        // Five years back from the year reviewed: FY2025-26 → FY2020-21.
        let since = s
            .fiscal_year
            .trim_start_matches("FY")
            .split_once('-')
            .and_then(|(y, _)| y.parse::<i32>().ok())
            .map(|y| format!("{}-{:02}", y - 5, (y - 4) % 100))
            .unwrap_or_default();
        p3.push(t(
            UR,
            "brief-review-cagr",
            &[("since", &since), ("series", &series), ("pct", &c)],
        ));
    }
    Some(Brief {
        title: t(
            UR,
            "brief-review-title",
            &[("series", &series), ("fy", &fy)],
        ),
        paragraphs: [p1, p2, p3]
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.join(" "))
            .collect(),
        facts: facts_in_urdu(b),
        summary: b.summary.clone(),
        lang: UR,
    })
}

/// The monthly brief in Urdu.
fn month_brief(b: &Brief) -> Option<Brief> {
    let Summary::Month(s) = &b.summary else {
        return None;
    };
    let fact = |id: &str| b.facts.iter().find(|f| f.id == id);
    let num = |id: &str| fact(id).map(ur);
    let dir = |v: Option<f64>| {
        if v.is_some_and(|x| x < 0.0) {
            "down"
        } else {
            "up"
        }
    };
    let month = month_label(&s.period);
    let series = series_name(UR, &s.series, &s.series_name);
    let m: Option<YearMonth> = s.period.parse().ok();

    let mut p1: Vec<String> = Vec::new();
    let value = num("value").unwrap_or_default();
    let source = fact("value").and_then(|f| f.source.as_ref());
    let press = source.is_some_and(|src| src.kind == "press");
    let provisional = source.is_some_and(|src| src.status == "provisional");
    p1.push(t(
        UR,
        if press {
            "brief-value-press"
        } else if provisional {
            "brief-value-provisional"
        } else {
            "brief-value"
        },
        &[("month", &month), ("series", &series), ("value", &value)],
    ));
    if s.all_time_high == Some(true) {
        if let (Some(prior), Some(when)) = (num("previous_high"), s.previous_high.as_ref()) {
            let when = month_label(&when.period);
            match num("previous_high_stood_months") {
                Some(n) => p1.push(t(
                    UR,
                    "brief-record",
                    &[("prior", &prior), ("when", &when), ("n", &n)],
                )),
                None => p1.push(t(
                    UR,
                    "brief-record-short",
                    &[("prior", &prior), ("when", &when)],
                )),
            }
        }
    } else if let (Some(prior), Some(hs)) = (num("highest_since"), s.highest_since.as_ref()) {
        p1.push(t(
            UR,
            "brief-highest-since",
            &[("when", &month_label(&hs.period)), ("prior", &prior)],
        ));
    }
    if let (Some(prior), Some(f), Some(m)) = (
        num("best_same_month_before"),
        fact("best_same_month_before"),
        m,
    ) {
        p1.push(t(
            UR,
            "brief-best-same-month",
            &[
                ("month", &month_name(UR, m.month())),
                ("prior", &prior),
                ("when", &month_label(&f.period)),
            ],
        ));
    }
    if let (Some(pct), Some(prior), Some(ya)) = (num("yoy_pct"), num("year_ago"), &s.year_ago) {
        p1.push(t(
            UR,
            "brief-yoy",
            &[
                ("when", &month_label(&ya.period)),
                ("prior", &prior),
                ("pct", &pct),
                ("dir", dir(s.yoy_pct)),
            ],
        ));
    }
    if let (Some(pct), Some(prior), Some(pm)) =
        (num("mom_pct"), num("previous_month"), &s.previous_month)
    {
        p1.push(t(
            UR,
            "brief-mom",
            &[
                ("when", &month_label(&pm.period)),
                ("prior", &prior),
                ("pct", &pct),
                ("dir", dir(s.mom_pct)),
            ],
        ));
    }

    let mut p2: Vec<String> = Vec::new();
    if let (Some(f), Some(m)) = (&s.fytd, m) {
        let fy_text = fy_label(f.label.rsplit(' ').next().unwrap_or(""));
        let count = (i32::from(m.month()) + 12 - 7) % 12 + 1;
        let n = t(UR, &format!("count-{count}"), &[]);
        let whole = count == 12;
        if let (Some(value), Some(prior), Some(pct)) =
            (num("fytd"), num("fytd_prior"), num("fytd_yoy_pct"))
        {
            if whole {
                p2.push(t(
                    UR,
                    "brief-fy-whole",
                    &[
                        ("fy", &fy_text),
                        ("value", &value),
                        ("prior", &prior),
                        ("pct", &pct),
                        ("dir", dir(f.yoy_pct)),
                    ],
                ));
            } else {
                let label = format!("{} تا {}", month_name(UR, 7), month_name(UR, m.month()));
                p2.push(t(
                    UR,
                    "brief-fytd",
                    &[
                        ("fy", &fy_text),
                        ("n", &n),
                        ("label", &label),
                        ("value", &value),
                        ("prior", &prior),
                        ("pct", &pct),
                        ("dir", dir(f.yoy_pct)),
                    ],
                ));
            }
        }
    }
    if let Some(m) = m.filter(|m| m.month() == 7) {
        // July: the year opens (as the English brief says).
        let y = m.year();
        p2.push(t(
            UR,
            "brief-fy-opens",
            &[("fy", &format!("{y}-{:02}", (y + 1) % 100))],
        ));
    }
    if let (Some(tf), Some(ts)) = (fact("target"), &s.target) {
        let fy_text = fy_label(&tf.period);
        let target = ur(tf);
        if let (Some(needed), Some(left), Some(so_far)) = (
            num("target_needed_monthly"),
            num("months_left"),
            num("fytd_monthly_average"),
        ) {
            p2.push(t(
                UR,
                "brief-target-needs",
                &[
                    ("fy", &fy_text),
                    ("target", &target),
                    ("left", &left),
                    ("needed", &needed),
                    ("so_far", &so_far),
                ],
            ));
        } else if let Some(gap) = num("target_gap") {
            let id = if ts.gap.is_some_and(|g| g >= 0.0) {
                "brief-target-met"
            } else {
                "brief-target-missed"
            };
            p2.push(t(
                UR,
                id,
                &[("fy", &fy_text), ("target", &target), ("value", &gap)],
            ));
        }
    }
    if let (Some(med), Some(lo), Some(hi)) = (
        num("outlook_median"),
        num("outlook_lower80"),
        num("outlook_upper80"),
    ) {
        p2.push(t(
            UR,
            "brief-outlook",
            &[("value", &med), ("lo", &lo), ("hi", &hi)],
        ));
        if let Some(p) = num("outlook_p_target_pct") {
            p2.push(t(UR, "brief-outlook-p", &[("p", &p)]));
        }
    }
    if let Some(a) = num("avg12") {
        p2.push(t(UR, "brief-avg12", &[("value", &a)]));
    }
    if let Some(n) = num("yoy_streak_months") {
        p2.push(t(UR, "brief-streak", &[("n", &n)]));
    }

    let mut p3: Vec<String> = Vec::new();
    if let (Some(pct), Some(services)) = (num("share_of_services_pct"), num("services_total")) {
        p3.push(t(
            UR,
            "brief-share",
            &[("pct", &pct), ("services", &services), ("series", &series)],
        ));
    }
    if let (Some(total), Some(prior), Some(pct), Some(pf)) = (
        num("previous_fy_total"),
        num("previous_fy_prior"),
        num("previous_fy_growth_pct"),
        &s.previous_fiscal_year,
    ) {
        let base = fact("previous_fy_prior")
            .map(|f| fy_label(&f.period))
            .unwrap_or_default();
        p3.push(t(
            UR,
            "brief-prev-fy",
            &[
                ("fy", &fy_label(&pf.label)),
                ("series", &series),
                ("value", &total),
                ("base", &base),
                ("prior", &prior),
                ("pct", &pct),
                ("dir", dir(pf.growth_pct)),
            ],
        ));
        // As the English: SBP's headline total, and what the months add up to.
        if let Some(sum) = num("previous_fy_monthly_sum") {
            p3.push(t(UR, "brief-prev-fy-headline", &[("sum", &sum)]));
        }
    }

    let mut p4: Vec<String> = Vec::new();
    if let (Some(v), Some(pct), Some(india), Some(ipct)) = (
        fact("peers_value"),
        fact("peers_yoy_pct"),
        num("peers_india"),
        fact("peers_india_yoy_pct"),
    ) {
        // "اپریل تا جون 2025" from the quarter "2025-Q2".
        let quarter = v
            .period
            .split_once("-Q")
            .and_then(|(y, q)| Some((y.parse::<i32>().ok()?, q.parse::<u8>().ok()?)))
            .map(|(y, q)| {
                format!(
                    "{} تا {} {y}",
                    month_name(UR, (q - 1) * 3 + 1),
                    month_name(UR, (q - 1) * 3 + 3)
                )
            })
            .unwrap_or_else(|| v.period.clone());
        p4.push(t(
            UR,
            "brief-peers",
            &[
                ("quarter", &quarter),
                ("series", &series),
                ("value", &ur(v)),
                ("pct", &ur(pct)),
                ("dir", dir(Some(pct.value))),
                ("india", &india),
                ("ipct", &ur(ipct)),
                ("idir", dir(Some(ipct.value))),
            ],
        ));
    }
    let paragraphs: Vec<String> = [p1, p2, p3, p4]
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join(" "))
        .collect();
    let facts = facts_in_urdu(b);
    Some(Brief {
        title: t(UR, "brief-title", &[("series", &series), ("month", &month)]),
        paragraphs,
        facts,
        summary: b.summary.clone(),
        lang: UR,
    })
}
