//! Pakistan beside India on the same footing: EBOPS 2010 item 9 (or its
//! computer-services line, or all services), calendar quarters, US$ million.
//!
//! India's figures are the RBI's quarterly receipts (`in.ebops.*`, read by
//! `itx_ingest::rbi`); Pakistan's quarter is the sum of its three months
//! (`pk.ebops.*`), noted when a month rests on a press report. Each quarter is
//! also named in each country's own fiscal year: India's runs April–March,
//! Pakistan's July–June.

use itx_store::Store;
use itx_types::{Period, SeriesKey, SourceKind, YearQuarter};
use serde::Serialize;

use crate::{Error, Result, load_series};

/// Which line to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// EBOPS 9: telecommunications, computer and information services.
    Ict,
    /// EBOPS 9.2: computer services (India: "software services").
    Computer,
    /// All services.
    Services,
}

impl Line {
    /// The line's name for chart titles.
    pub fn name(self) -> &'static str {
        match self {
            Line::Ict => "ICT exports",
            Line::Computer => "Computer services exports",
            Line::Services => "Services exports",
        }
    }

    /// `ict`, `computer` or `services`.
    ///
    /// # Errors
    /// Anything else.
    pub fn parse(s: &str) -> Result<Line> {
        match s {
            "ict" => Ok(Line::Ict),
            "computer" | "software" => Ok(Line::Computer),
            "services" => Ok(Line::Services),
            _ => Err(Error::Bad(format!(
                "--series {s:?}: ict, computer or services"
            ))),
        }
    }
    fn item(self) -> &'static str {
        match self {
            Line::Ict => "9",
            Line::Computer => "9.2",
            Line::Services => "services",
        }
    }
    fn key(self, country: &str) -> SeriesKey {
        SeriesKey::new(format!("{country}.ebops.{}.credit", self.item()))
    }
    /// How the line is defined in each country's source.
    pub fn note(self) -> &'static str {
        match self {
            Line::Ict => {
                "EBOPS 2010 item 9 (telecommunications, computer and information services): SBP's ICT exports; RBI's IC_TCIS"
            }
            Line::Computer => {
                "EBOPS 2010 item 9.2 (computer services): SBP's computer services; RBI's software services (IC_TCIS_SS)"
            }
            Line::Services => "all services exports (credits): SBP's services total; RBI's IC_SERV",
        }
    }
}

/// One country in one quarter.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// US$ million.
    pub value: f64,
    /// On the same quarter a year earlier, %.
    pub yoy_pct: Option<f64>,
    /// Of the country's services exports, %.
    pub share_of_services_pct: Option<f64>,
    /// The last four quarters against the four before, %.
    pub growth_4q_pct: Option<f64>,
    /// The quarter in the country's own fiscal year: "Q1 FY2025-26".
    pub fiscal_quarter: String,
    /// Where it comes from, and any caveat (press months, a derived quarter).
    pub note: String,
}

/// One calendar quarter.
#[derive(Debug, Clone, Serialize)]
pub struct PeerRow {
    /// "2025-Q2".
    pub quarter: String,
    pub india: Option<Figure>,
    pub pakistan: Option<Figure>,
    /// Pakistan's figure as a share of India's, %.
    pub pakistan_pct_of_india: Option<f64>,
}

/// The comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Peers {
    pub line: String,
    pub definition: String,
    pub rows: Vec<PeerRow>,
    /// Peers with no official figure in the store, and why.
    pub not_compared: Vec<String>,
    /// What the press has printed for those peers (data/press/peers_ict_exports.csv),
    /// each marked press-reported: shown, never compared.
    pub press: Vec<PressFigure>,
}

/// One press figure for a peer itx does not compare.
#[derive(Debug, Clone, Serialize)]
pub struct PressFigure {
    pub country: String,
    /// As printed: "FY2021-22", "2024 (claim)".
    pub period: String,
    /// What the figure is, in the file's words: "it_exports_epb".
    pub series: String,
    /// US$ million.
    pub value: f64,
    /// Always "press-reported".
    pub status: &'static str,
    pub url: String,
    /// The site it is on ("thedailystar.net").
    pub site: String,
    pub published: String,
    pub quote: String,
    /// File and line.
    pub location: String,
}

/// The press figures for the peers itx does not compare, by country in the
/// order of [`itx_types::peers::UNCOMPARED`], then by period as printed.
///
/// # Errors
/// Only if the embedded file fails to parse (ruled out by the ingest tests).
pub fn press_figures() -> Result<Vec<PressFigure>> {
    // The embedded file is read once per process, not on every comparison.
    static PRESS: std::sync::LazyLock<std::result::Result<Vec<PressFigure>, String>> =
        std::sync::LazyLock::new(|| read_press_figures().map_err(|e| e.to_string()));
    PRESS.clone().map_err(Error::Internal)
}

fn read_press_figures() -> Result<Vec<PressFigure>> {
    let rows = itx_ingest::bundle::peer_press()?;
    let mut out: Vec<PressFigure> = Vec::new();
    for u in itx_types::peers::UNCOMPARED {
        let mut these: Vec<PressFigure> = rows
            .iter()
            .filter(|r| r.country == u.country)
            .map(|r| PressFigure {
                country: r.country.clone(),
                period: r.period.clone(),
                series: r.series.clone(),
                value: r.value,
                status: "press-reported",
                url: r.url.clone(),
                site: r.site.clone(),
                published: r.published.clone(),
                quote: r.quote.clone(),
                location: r.location.clone(),
            })
            .collect();
        these.sort_by(|a, b| a.period.cmp(&b.period));
        out.extend(these);
    }
    Ok(out)
}

/// A country's quarterly values of one key: India's as stored; Pakistan's
/// summed from its months (`None` for a quarter with a month missing).
fn quarters(store: &Store, key: &SeriesKey) -> Result<Vec<(YearQuarter, f64, String)>> {
    if key.as_str().starts_with("in.") {
        return Ok(store
            .current_series(key, None)?
            .into_iter()
            .filter_map(|(p, v)| match p {
                Period::Quarter(q) => Some((
                    q,
                    v.value,
                    if v.location.contains("derived") {
                        format!("RBI; derived: {}", v.location)
                    } else {
                        "RBI (DBIE)".to_string()
                    },
                )),
                _ => None,
            })
            .collect());
    }
    let data = match load_series(store, key, None) {
        Ok(d) => d,
        Err(Error::NotFound(_)) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    let (Some(first), Some(last)) = (data.months.first(), data.months.last()) else {
        return Ok(out);
    };
    let mut q = first.0.quarter();
    while q.first_month() <= last.0 {
        let months: Vec<_> = (0..3).map(|i| q.first_month().add_months(i)).collect();
        let vals: Vec<_> = months
            .iter()
            .map(|m| data.months.iter().find(|(mm, _)| mm == m).map(|(_, v)| v))
            .collect();
        if vals.iter().all(Option::is_some) {
            let vs: Vec<_> = vals.into_iter().flatten().collect();
            let sum: f64 = vs.iter().map(|v| v.value).sum();
            let press: Vec<String> = months
                .iter()
                .zip(&vs)
                .filter(|(_, v)| v.release.kind == SourceKind::Press)
                .map(|(m, _)| m.short_label())
                .collect();
            let note = if press.is_empty() {
                "SBP, sum of the quarter's months".to_string()
            } else {
                format!(
                    "SBP, sum of the quarter's months; {} as reported by the press",
                    press.join(", ")
                )
            };
            out.push((q, sum, note));
        }
        q = YearQuarter::new(
            if q.quarter == 4 { q.year + 1 } else { q.year },
            q.quarter % 4 + 1,
        )
        .map_err(|e| Error::Internal(e.to_string()))?;
    }
    Ok(out)
}

fn back(q: YearQuarter, n: i32) -> YearQuarter {
    let idx = q.year * 4 + i32::from(q.quarter) - 1 - n;
    YearQuarter::new(idx.div_euclid(4), (idx.rem_euclid(4) + 1) as u8).unwrap_or(q)
}

/// "Q1 FY2025-26" for a calendar quarter in a fiscal year starting in
/// `first_month` (4: India, 7: Pakistan).
fn fiscal_quarter(q: YearQuarter, first_month: u8) -> String {
    let m = q.first_month();
    let start_year = if m.month() >= first_month {
        m.year()
    } else {
        m.year() - 1
    };
    let n = (i32::from(m.month()) - i32::from(first_month)).rem_euclid(12) / 3 + 1;
    format!("Q{n} FY{start_year}-{:02}", (start_year + 1) % 100)
}

fn figure(
    series: &[(YearQuarter, f64, String)],
    services: &[(YearQuarter, f64, String)],
    q: YearQuarter,
    fy_first_month: u8,
) -> Option<Figure> {
    let get = |s: &[(YearQuarter, f64, String)], q: YearQuarter| {
        s.iter().find(|(x, _, _)| *x == q).map(|(_, v, _)| *v)
    };
    let (_, value, note) = series.iter().find(|(x, _, _)| *x == q)?;
    let sum4 = |end: YearQuarter| {
        (0..4)
            .map(|i| get(series, back(end, i)))
            .sum::<Option<f64>>()
    };
    Some(Figure {
        value: *value,
        yoy_pct: get(series, back(q, 4)).and_then(|b| itx_metrics::growth_pct(b, *value)),
        share_of_services_pct: get(services, q)
            .filter(|s| *s > 0.0)
            .map(|s| value / s * 100.0),
        growth_4q_pct: match (sum4(q), sum4(back(q, 4))) {
            (Some(a), Some(b)) => itx_metrics::growth_pct(b, a),
            _ => None,
        },
        fiscal_quarter: fiscal_quarter(q, fy_first_month),
        note: note.clone(),
    })
}

/// Pakistan and India, quarter by quarter from `from` (default: the last
/// eight quarters India has).
///
/// # Errors
/// When India's figures are not in the store (say how to load them).
pub fn compare(store: &Store, line: Line, from: Option<YearQuarter>) -> Result<Peers> {
    let india = quarters(store, &line.key("in"))?;
    if india.is_empty() {
        return Err(Error::NotFound(
            "India's figures are not in the store: itx ingest data/peers/india_rbi_ict_quarterly.csv (RBI's DBIE export)".into(),
        ));
    }
    let india_services = quarters(store, &Line::Services.key("in"))?;
    let pakistan = quarters(store, &line.key("pk"))?;
    let pakistan_services = quarters(store, &Line::Services.key("pk"))?;
    let last = india.iter().map(|(q, _, _)| *q).max().expect("non-empty");
    let first = from.unwrap_or(back(last, 7));
    let mut rows = Vec::new();
    let mut q = first;
    while q <= last {
        let i = figure(&india, &india_services, q, 4);
        let p = figure(&pakistan, &pakistan_services, q, 7);
        let pct = match (&p, &i) {
            (Some(p), Some(i)) if i.value > 0.0 => Some(p.value / i.value * 100.0),
            _ => None,
        };
        if i.is_some() || p.is_some() {
            rows.push(PeerRow {
                quarter: q.to_string(),
                india: i,
                pakistan: p,
                pakistan_pct_of_india: pct,
            });
        }
        q = back(q, -1);
    }
    Ok(Peers {
        line: match line {
            Line::Ict => "ict",
            Line::Computer => "computer",
            Line::Services => "services",
        }
        .into(),
        definition: line.note().into(),
        rows,
        not_compared: itx_types::peers::UNCOMPARED
            .iter()
            .map(|u| format!("{}: {}", u.country, u.reason))
            .collect(),
        press: press_figures()?,
    })
}

/// Pakistan's and India's line indexed to 100 in `base` (default: the first
/// quarter from 2019-Q1 on where both have a figure), quarter by quarter: how
/// much each has grown, on one axis though the levels differ fiftyfold.
///
/// # Errors
/// As [`compare`]; when the two have no quarter in common from `base` on.
pub fn chart(store: &Store, line: Line, base: Option<YearQuarter>) -> Result<itx_charts::Chart> {
    let india = quarters(store, &line.key("in"))?;
    if india.is_empty() {
        return Err(Error::NotFound(
            "India's figures are not in the store: itx ingest data/peers/india_rbi_ict_quarterly.csv".into(),
        ));
    }
    let pakistan = quarters(store, &line.key("pk"))?;
    let start = base.unwrap_or(YearQuarter {
        year: 2019,
        quarter: 1,
    });
    let both = |q: YearQuarter| {
        Some((
            india.iter().find(|(x, _, _)| *x == q)?.1,
            pakistan.iter().find(|(x, _, _)| *x == q)?.1,
        ))
    };
    let base_q = india
        .iter()
        .map(|(q, _, _)| *q)
        .filter(|q| *q >= start)
        .find(|q| both(*q).is_some())
        .ok_or_else(|| {
            Error::NotFound(format!(
                "Pakistan and India have no quarter in common from {start} on"
            ))
        })?;
    let (i0, p0) = both(base_q).expect("found");
    let last = india.iter().map(|(q, _, _)| *q).max().expect("non-empty");
    // Both over the same quarters: up to India's latest.
    let index = |s: &[(YearQuarter, f64, String)], v0: f64| -> Vec<(itx_types::YearMonth, f64)> {
        s.iter()
            .filter(|(q, _, _)| *q >= base_q && *q <= last)
            .map(|(q, v, _)| (q.first_month(), v / v0 * 100.0))
            .collect()
    };
    let name = line.name();
    Ok(itx_charts::Chart::Indexed(itx_charts::Indexed {
        meta: itx_charts::Meta::new(
            format!("{name}: Pakistan and India, {base_q} = 100"),
            format!("index, {base_q} = 100"),
            "Sources: State Bank of Pakistan (Pakistan's quarters are sums of its months); Reserve Bank of India (DBIE)",
        )
        .with_subtitle(format!(
            "Quarterly, {base_q} to {last}; US$ values indexed to the same quarter. {}",
            line.note()
        )),
        series: vec![
            ("Pakistan".into(), index(&pakistan, p0)),
            ("India".into(), index(&india, i0)),
        ],
        quarterly: true,
        log: false,
    }))
}

/// Pakistan's and India's quarterly levels (US$ million) on a log scale, from
/// `from` (default 2019-Q1) to India's latest quarter: on a log axis equal
/// slopes are equal growth rates, and a line fifty times the other stays
/// readable.
///
/// # Errors
/// As [`chart`].
pub fn levels_chart(
    store: &Store,
    line: Line,
    from: Option<YearQuarter>,
) -> Result<itx_charts::Chart> {
    let india = quarters(store, &line.key("in"))?;
    let Some(last) = india.iter().map(|(q, _, _)| *q).max() else {
        return Err(Error::NotFound(
            "India's figures are not in the store: itx ingest data/peers/india_rbi_ict_quarterly.csv".into(),
        ));
    };
    let pakistan = quarters(store, &line.key("pk"))?;
    let start = from.unwrap_or(YearQuarter {
        year: 2019,
        quarter: 1,
    });
    let pick = |s: &[(YearQuarter, f64, String)]| -> Vec<(itx_types::YearMonth, f64)> {
        s.iter()
            .filter(|(q, v, _)| *q >= start && *q <= last && *v > 0.0)
            .map(|(q, v, _)| (q.first_month(), *v))
            .collect()
    };
    let (p, i) = (pick(&pakistan), pick(&india));
    if p.is_empty() || i.is_empty() {
        return Err(Error::NotFound(format!(
            "Pakistan and India have no quarter in common from {start} on"
        )));
    }
    Ok(itx_charts::Chart::Indexed(itx_charts::Indexed {
        meta: itx_charts::Meta::new(
            format!("{}: Pakistan and India, US$ million a quarter", line.name()),
            "US$ million, log scale",
            "Sources: State Bank of Pakistan (Pakistan's quarters are sums of its months); Reserve Bank of India (DBIE)",
        )
        .with_subtitle(format!(
            "Quarterly, {start} to {last}, on a log scale: equal slopes are equal growth. {}",
            line.note()
        )),
        series: vec![("Pakistan".into(), p), ("India".into(), i)],
        quarterly: true,
        log: true,
    }))
}

/// India's same line beside `key`'s quarter ending in `month`, for the brief:
/// `None` unless `month` ends a calendar quarter, `key` is Pakistan's, and both
/// countries have the quarter and the one a year before.
///
/// # Errors
/// When the store cannot be read.
pub fn brief_input(
    store: &Store,
    key: &SeriesKey,
    month: itx_types::YearMonth,
    as_of: Option<itx_types::Date>,
) -> Result<Option<itx_narrate::PeersInput>> {
    let Some(item) = key.as_str().strip_prefix("pk.ebops.") else {
        return Ok(None);
    };
    if month.month() % 3 != 0 || !item.ends_with(".credit") {
        return Ok(None);
    }
    let india_key = SeriesKey::new(format!("in.ebops.{item}"));
    let q = month.quarter();
    let year_ago = back(q, 4);
    let india: Vec<(Period, itx_types::Vintage)> = store.current_series(&india_key, as_of)?;
    let at = |q: YearQuarter| {
        india
            .iter()
            .find(|(p, _)| *p == Period::Quarter(q))
            .map(|(_, v)| v.clone())
    };
    let (Some(iq), Some(ip)) = (at(q), at(year_ago)) else {
        return Ok(None);
    };
    let data = load_series(store, key, as_of)?;
    let sum = |q: YearQuarter| -> Option<f64> {
        (0..3)
            .map(|i| {
                let m = q.first_month().add_months(i);
                data.months
                    .iter()
                    .find(|(mm, _)| *mm == m)
                    .map(|(_, v)| v.value)
            })
            .sum()
    };
    let (Some(value), Some(prior)) = (sum(q), sum(year_ago)) else {
        return Ok(None);
    };
    Ok(Some(itx_narrate::PeersInput {
        quarter: q,
        value,
        prior,
        india_key: india_key.to_string(),
        india: iq,
        india_prior: ip.value,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_quarters_of_each_country() {
        let q = YearQuarter::new(2025, 2).unwrap(); // April–June 2025
        assert_eq!(fiscal_quarter(q, 4), "Q1 FY2025-26");
        assert_eq!(fiscal_quarter(q, 7), "Q4 FY2024-25");
        let q = YearQuarter::new(2025, 1).unwrap();
        assert_eq!(fiscal_quarter(q, 4), "Q4 FY2024-25");
        assert_eq!(fiscal_quarter(q, 7), "Q3 FY2024-25");
        assert_eq!(
            back(YearQuarter::new(2025, 1).unwrap(), 1).to_string(),
            "2024-Q4"
        );
        assert_eq!(
            back(YearQuarter::new(2024, 4).unwrap(), -1).to_string(),
            "2025-Q1"
        );
    }

    /// The levels on a log scale, on the embedded data: India's 2025-Q2 ICT
    /// (RBI: US$ 47,932m) and Pakistan's April–June 2025 (985.29) as the last
    /// points; ticks run 1–2–5 from 200 to 50,000; no base line at 100.
    #[test]
    fn levels_on_a_log_scale() {
        let mut store = Store::open_in_memory().unwrap();
        crate::load::bundle_into(&mut store).unwrap();
        let c = levels_chart(&store, Line::Ict, None).unwrap();
        let itx_charts::Chart::Indexed(ix) = &c else {
            panic!("an indexed chart")
        };
        assert!(ix.log);
        let last = |name: &str| {
            ix.series
                .iter()
                .find(|(n, _)| n == name)
                .unwrap()
                .1
                .last()
                .copied()
                .unwrap()
        };
        assert!((last("India").1 - 47_932.04).abs() < 0.01);
        assert!((last("Pakistan").1 - 985.29).abs() < 0.01);
        let svg = itx_charts::svg(&c).unwrap();
        for label in ["200", "1,000", "50,000"] {
            assert!(svg.contains(&format!(">{label}<")), "{label}");
        }
        assert!(!svg.contains("class=\"base\""));
    }
}
