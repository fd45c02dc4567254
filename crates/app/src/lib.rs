//! What the CLI and the HTTP server share: loading a series as known on a date,
//! transforms, the brief with its charts, vintages, releases and revisions as
//! JSON. No printing, no process exit: callers render and report.

/// Returns an [`Error::Bad`] built like `format!`.
macro_rules! bad {
    ($($t:tt)*) => {
        return Err($crate::Error::Bad(format!($($t)*)).into())
    };
}

pub mod bench;
pub mod chart;
pub mod checking;
pub mod cite;
pub mod claims_eval;
mod db;
mod derived;
mod error;
pub mod export;
pub mod feed;
pub mod forecasting;
pub mod freshness;
pub mod ingest;
pub mod load;
pub mod outlook_bench;
pub mod peers;
pub mod plausible;
pub mod render;
pub mod responses;

pub use db::Db;
pub use itx_l10n::Lang;
// What the store's reads return, named here for the front ends.
pub use error::{Error, Kind, Result};
use itx_metrics::Monthly;
use itx_narrate::{Brief, BriefInput, SeriesData};
use itx_store::Store;
pub use itx_store::{
    Announced, Error as StoreError, Ingested, Outcome, Revision, RevisionFilter, Stated,
};
use itx_types::{Date, Period, SeriesKey, Vintage, YearMonth, short_name};

/// Parses `YYYY-MM` (also "Jul-25", "July 2025").
pub fn parse_month(s: &str) -> Result<YearMonth> {
    s.parse::<YearMonth>().map_err(|_| {
        Error::Bad(format!(
            "not a month: {s:?} (expected YYYY-MM, e.g. 2025-07)"
        ))
    })
}

/// The series' current monthly values, and official fiscal-year totals.
pub fn load_series(store: &Store, key: &SeriesKey, as_of: Option<Date>) -> Result<SeriesData> {
    let info = store
        .series_info(key)?
        .ok_or_else(|| itx_types::Error::UnknownSeries(key.to_string()))?;
    let mut months = Vec::new();
    let mut fiscal_years = Vec::new();
    for (p, v) in store.current_series(key, as_of)? {
        match p {
            Period::Month(m) => months.push((m, v)),
            Period::FiscalYear(fy) if v.release.kind == itx_types::SourceKind::Official => {
                fiscal_years.push((fy, v))
            }
            _ => {}
        }
    }
    let short = short_name(key);
    Ok(SeriesData {
        short_name: if short == key.as_str() {
            info.name.clone()
        } else {
            short
        },
        info,
        months,
        fiscal_years,
    })
}

/// The review of a fiscal year (default: the latest complete one), as known on `as_of`.
pub fn fy_review(
    store: &Store,
    key: &SeriesKey,
    fy: Option<&str>,
    as_of: Option<Date>,
) -> Result<Brief> {
    let series = load_series(store, key, as_of)?;
    let cal = key.calendar();
    let fy = match fy {
        Some(f) => cal
            .parse_fiscal_year(f)
            .map_err(|e| Error::Bad(format!("--fy: {e}")))?,
        None => {
            let Some((last, _)) = series.months.last() else {
                return Err(Error::NotFound(format!("no data for {key}")));
            };
            let fy = cal.fiscal_year_of(*last);
            if fy.last_month() == *last {
                fy
            } else {
                fy.prev()
            }
        }
    };
    let target = itx_types::targets::target(key.as_str(), &fy.to_string()).copied();
    itx_narrate::fiscal_year_review(&series, fy, target).map_err(Error::NotFound)
}

/// A brief in `lang` (English as built; Urdu written from its facts by
/// `itx_narrate::urdu`).
///
/// # Errors
/// When the brief lacks a fact the Urdu text needs (none of the embedded
/// data's briefs do).
pub fn in_lang(b: Brief, lang: Lang) -> Result<Brief> {
    match lang {
        Lang::En => Ok(b),
        Lang::Ur => itx_narrate::urdu::brief(&b).ok_or_else(|| {
            Error::Bad(
                "--lang ur: this brief lacks a fact the Urdu text needs; ask for it in English (--lang en)".into(),
            )
        }),
    }
}

/// The profile of a series, as known on `as_of`.
pub fn profile(store: &Store, key: &SeriesKey, as_of: Option<Date>) -> Result<Brief> {
    let series = load_series(store, key, as_of)?;
    itx_narrate::series_profile(&series).map_err(Error::NotFound)
}

/// The brief for a month (default: the latest with data), as known on `as_of`.
pub fn brief(
    store: &Store,
    key: &SeriesKey,
    month: Option<YearMonth>,
    as_of: Option<Date>,
) -> Result<(Brief, YearMonth)> {
    let series = load_series(store, key, as_of)?;
    // The latest brief says when the data is old; one for a chosen month or
    // date is about that month, not about today.
    let latest_requested = month.is_none() && as_of.is_none();
    let Some(month) = month.or_else(|| series.months.last().map(|(m, _)| *m)) else {
        return Err(Error::NotFound(format!(
            "no data for {key}{}",
            as_of
                .map(|d| format!(" as known on {d}"))
                .unwrap_or_default()
        )));
    };
    let services_key = SeriesKey::new("pk.ebops.services.credit");
    let services = (*key != services_key && key.flow() == Some(itx_types::Flow::Credit))
        .then(|| load_series(store, &services_key, as_of))
        .transpose()?;
    let components = component_keys(store, key)?
        .iter()
        .map(|k| load_series(store, k, as_of))
        .collect::<Result<Vec<_>>>()?;
    let fy = key.calendar().fiscal_year_of(month);
    // The year's outlook, while months remain, from what was known at the month.
    let outlook = if fy.last_month() != month && key.flow() == Some(itx_types::Flow::Credit) {
        forecasting::outlook_of(
            &series,
            Some(&fy.to_string()),
            None,
            Some(month),
            itx_forecast::ModelKind::Combo,
            store.path().as_deref(),
        )
        .ok()
        .map(|o| itx_narrate::OutlookInput {
            median: o.outlook.median,
            lower80: o.outlook.lower80,
            upper80: o.outlook.upper80,
            p_target: o.outlook.p_target,
            model: o.outlook.model,
        })
    } else {
        None
    };
    let input = BriefInput {
        series,
        month,
        as_of,
        services,
        components,
        target: itx_types::targets::target(key.as_str(), &fy.to_string()).copied(),
        outlook,
        peers: peers::brief_input(store, key, month, as_of)?,
    };
    let mut b = itx_narrate::build(&input).map_err(Error::NotFound)?;
    if let Some((latest, vintage)) = latest_requested
        .then(|| input.series.months.last())
        .flatten()
    {
        let today = jiff::Zoned::now().date();
        let name = input.series.info.name.clone();
        let f = freshness::of_latest(store, key, name, *latest, vintage, today)?;
        if let Some(notice) = f.notice() {
            b.paragraphs.insert(0, notice);
        }
        if let itx_narrate::Summary::Month(summary) = &mut b.summary {
            summary.freshness = Some(serde_json::to_value(&f)?);
        }
    }
    Ok((b, month))
}

/// The brief for a month in `lang`: [`brief`], then for Urdu the Urdu brief
/// written from its facts (`itx_narrate::urdu`), with the freshness notice in
/// Urdu when the latest month is asked for.
///
/// # Errors
/// As [`brief`].
pub fn brief_in(
    store: &Store,
    key: &SeriesKey,
    month: Option<YearMonth>,
    as_of: Option<Date>,
    lang: Lang,
) -> Result<(Brief, YearMonth)> {
    let (b, m) = brief(store, key, month, as_of)?;
    match lang {
        Lang::En => Ok((b, m)),
        Lang::Ur => {
            let Some(mut u) = itx_narrate::urdu::brief(&b) else {
                return Err(Error::Bad(
                    "--lang ur: this brief lacks a fact the Urdu text needs; ask for it in English (--lang en)".into(),
                ));
            };
            if month.is_none() && as_of.is_none() {
                let today = jiff::Zoned::now().date();
                if let Some(n) = freshness::of(store, key, today)?.and_then(|f| f.notice_in(lang)) {
                    u.paragraphs.insert(0, n);
                }
            }
            Ok((u, m))
        }
    }
}

/// The charts that go with a brief: (file name, caption, chart). Components are
/// included only when every sub-item is published for some month in the window.
pub fn brief_charts(
    store: &Store,
    key: &SeriesKey,
    month: YearMonth,
    as_of: Option<Date>,
) -> Result<Vec<(String, String, itx_charts::Chart)>> {
    brief_charts_in(store, key, month, as_of, Lang::En)
}

/// [`brief_charts`] with the charts' words in `lang` (the captions stay
/// English; pages take theirs from the catalogue).
pub fn brief_charts_in(
    store: &Store,
    key: &SeriesKey,
    month: YearMonth,
    as_of: Option<Date>,
    lang: Lang,
) -> Result<Vec<(String, String, itx_charts::Chart)>> {
    let req = |kind: &'static str| chart::ChartRequest {
        kind,
        series: key.clone(),
        from: Some(month.add_months(-12)),
        to: Some(month),
        as_of,
        target: None,
        lang,
    };
    let mut out = vec![(
        "monthly".to_string(),
        format!(
            "Monthly values to {}, with the change on a year earlier.",
            month.long_label()
        ),
        chart::build(store, &req("monthly"))?,
    )];
    if let Ok(c) = chart::build(store, &req("cumulative")) {
        out.push((
            "cumulative".into(),
            "The fiscal year so far against last year (and the target path, where one was set)."
                .into(),
            c,
        ));
    }
    // The forecast fan, for the latest month's brief (older months have actuals).
    let data = load_series(store, key, as_of)?;
    let latest = data.months.last().map(|(m, _)| *m);
    if let Some(c) = (latest == Some(month))
        .then(|| {
            forecasting::fan_chart_of(
                &data,
                12,
                itx_forecast::ModelKind::Combo,
                store.path().as_deref(),
                lang,
            )
            .ok()
        })
        .flatten()
    {
        out.push((
            "fan".into(),
            "The next twelve months: itx's forecast with calibrated 80% and 95% intervals.".into(),
            c,
        ));
    }
    if let Ok(c) = chart::build(store, &req("components")) {
        out.push((
            "components".into(),
            "Components, for the months SBP's dt.xls releases give them.".into(),
            c,
        ));
    }
    Ok(out)
}

/// [`brief_charts`] drawn as SVG: (file name, caption, SVG). A chart that cannot
/// be drawn is left out, as [`brief_charts`] leaves out what cannot be built.
pub fn brief_chart_svgs(
    store: &Store,
    key: &SeriesKey,
    month: YearMonth,
    as_of: Option<Date>,
) -> Result<Vec<(String, String, String)>> {
    Ok(brief_charts(store, key, month, as_of)?
        .into_iter()
        .filter_map(|(name, caption, c)| Some((name, caption, itx_charts::svg(&c).ok()?)))
        .collect())
}

/// The direct EBOPS children of a series, with the same flow (9 → 9.1, 9.2, 9.3).
pub fn component_keys(store: &Store, key: &SeriesKey) -> Result<Vec<SeriesKey>> {
    let Some(code) = key.ebops_code() else {
        return Ok(vec![]);
    };
    let code = if code == "services" { "" } else { code };
    Ok(store
        .series_keys()?
        .into_iter()
        .filter(|ck| {
            ck.flow() == key.flow()
                && ck.as_str().split('.').next() == key.as_str().split('.').next()
                && ck.ebops_code().is_some_and(|c| {
                    let rest = if code.is_empty() {
                        Some(c)
                    } else {
                        c.strip_prefix(code).and_then(|r| r.strip_prefix('.'))
                    };
                    rest.is_some_and(|r| {
                        !r.is_empty() && !r.contains('.') && r.chars().all(|ch| ch.is_ascii_digit())
                    })
                })
        })
        .collect())
}

/// A transform of a monthly series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transform {
    Level,
    Mom,
    Yoy,
    Fytd,
    Ttm,
}

impl Transform {
    pub const ALL: [Transform; 5] = [
        Transform::Level,
        Transform::Mom,
        Transform::Yoy,
        Transform::Fytd,
        Transform::Ttm,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Transform::Level => "level",
            Transform::Mom => "mom",
            Transform::Yoy => "yoy",
            Transform::Fytd => "fytd",
            Transform::Ttm => "ttm",
        }
    }
    /// # Errors
    /// When the name is none of level, mom, yoy, fytd, ttm.
    pub fn parse(s: &str) -> Result<Transform> {
        Transform::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                Error::Bad(format!(
                    "unknown transform {s:?}: level, mom, yoy, fytd or ttm"
                ))
            })
    }
    pub fn unit(self) -> &'static str {
        if matches!(self, Transform::Mom | Transform::Yoy) {
            "%"
        } else {
            "US$ million"
        }
    }
}

/// One row of [`observations`].
#[derive(Debug, Clone)]
pub struct ObsRow {
    pub month: YearMonth,
    pub value: Option<f64>,
    pub vintage: Vintage,
}

/// A series' monthly values (transformed) between two months, as known on `as_of`.
pub fn observations(
    store: &Store,
    key: &SeriesKey,
    from: Option<YearMonth>,
    to: Option<YearMonth>,
    transform: Transform,
    as_of: Option<Date>,
) -> Result<(SeriesData, Vec<ObsRow>)> {
    let data = load_series(store, key, as_of)?;
    let monthly = Monthly::new(
        key.calendar(),
        data.months.iter().map(|(m, v)| (*m, v.value)),
    );
    if monthly.is_empty() {
        return Err(Error::NotFound(format!(
            "{key} has no monthly values{}",
            as_of
                .map(|d| format!(" as known on {d}"))
                .unwrap_or_default()
        )));
    }
    let in_range = |m: YearMonth| from.is_none_or(|f| m >= f) && to.is_none_or(|t| m <= t);
    let rows: Vec<ObsRow> = data
        .months
        .iter()
        .filter(|(m, _)| in_range(*m))
        .map(|(m, v)| ObsRow {
            month: *m,
            value: match transform {
                Transform::Level => Some(v.value),
                Transform::Mom => monthly.mom(*m).map(|c| c.pct),
                Transform::Yoy => monthly.yoy(*m).map(|c| c.pct),
                Transform::Fytd => monthly.fytd(*m).map(|f| f.value),
                Transform::Ttm => monthly.ttm(*m),
            },
            vintage: v.clone(),
        })
        .collect();
    if rows.is_empty() {
        return Err(Error::NotFound(format!(
            "{key} has no months in the range asked for (it has {} to {})",
            monthly.first().map(|m| m.to_string()).unwrap_or_default(),
            monthly.last().map(|m| m.to_string()).unwrap_or_default()
        )));
    }
    Ok((data, rows))
}

/// [`observations`] as the API answers it.
pub fn observations_json(
    key: &SeriesKey,
    data: &SeriesData,
    rows: &[ObsRow],
    transform: Transform,
    as_of: Option<Date>,
) -> responses::Observations {
    responses::Observations {
        as_of: as_of.map(|d| d.to_string()),
        name: data.info.name.clone(),
        observations: rows
            .iter()
            .map(|r| {
                let v = &r.vintage;
                responses::Observation {
                    location: v.location.clone(),
                    period: r.month.to_string(),
                    published: v.release.published.map(|d| d.to_string()),
                    source: v.release.source.clone(),
                    status: v.status.as_str().to_string(),
                    tier: v.release.tier().words().to_string(),
                    url: v.release.url.clone(),
                    value: r.value,
                }
            })
            .collect(),
        series: key.to_string(),
        transform: transform.as_str().to_string(),
        unit: transform.unit().to_string(),
    }
}

/// The aliases of a key, comma-separated.
pub fn aliases(key: &str) -> String {
    itx_types::ALIASES
        .iter()
        .filter(|(_, k)| *k == key)
        .map(|(a, _)| *a)
        .collect::<Vec<_>>()
        .join(",")
}

/// Each series' name for readers: the short name where itx has one ("ICT
/// exports"), else the name its release gave it; keyed by series key.
pub fn series_names(store: &Store) -> Result<std::collections::HashMap<String, String>> {
    Ok(store
        .list_series()?
        .into_iter()
        .map(|s| {
            let short = short_name(&s.info.key);
            let name = if short == s.info.key.as_str() {
                s.info.name.clone()
            } else {
                short
            };
            (s.info.key.to_string(), name)
        })
        .collect())
}

/// Every series with what the store holds for it.
pub fn series_list_json(store: &Store) -> Result<Vec<responses::SeriesItem>> {
    Ok(store.list_series()?.iter().map(series_item).collect())
}

/// One series of [`series_list_json`] (without links).
pub fn series_item(s: &itx_store::SeriesSummary) -> responses::SeriesItem {
    responses::SeriesItem {
        aliases: aliases(s.info.key.as_str()),
        ebops_code: s.info.ebops_code.clone(),
        first_month: s.first_month.clone(),
        key: s.info.key.to_string(),
        last_month: s.last_month.clone(),
        links: None,
        name: s.info.name.clone(),
        periods: s.periods,
        unit: s.info.unit.as_str().to_string(),
        vintages: s.vintages,
    }
}

/// Every release's value of one figure, the current one marked.
pub fn vintages(
    store: &Store,
    key: &SeriesKey,
    period: &str,
) -> Result<(Period, Vec<Vintage>, Option<usize>)> {
    if store.series_info(key)?.is_none() {
        return Err(Error::NotFound(format!("unknown series {key}")));
    }
    let period = Period::parse(period, &key.calendar()).map_err(|e| Error::Bad(e.to_string()))?;
    let vs = store.vintages(key, &period)?;
    if vs.is_empty() {
        return Err(Error::NotFound(format!(
            "no release states a value of {key} for {period}"
        )));
    }
    let current = itx_types::pick_current(&vs, None).map(|v| (v.release.id, v.location.clone()));
    let idx = vs
        .iter()
        .position(|v| current.as_ref() == Some(&(v.release.id, v.location.clone())));
    Ok((period, vs, idx))
}

/// [`vintages`] as the API answers it.
pub fn vintages_json(
    key: &SeriesKey,
    period: &Period,
    vs: &[Vintage],
    current: Option<usize>,
) -> responses::Vintages {
    responses::Vintages {
        period: period.to_string(),
        series: key.to_string(),
        vintages: vs
            .iter()
            .enumerate()
            .map(|(i, v)| responses::VintageRow {
                current: current == Some(i),
                kind: v.release.kind.as_str().to_string(),
                location: v.location.clone(),
                preferred: v.preferred,
                published: v.release.published.map(|d| d.to_string()),
                quote: v.quote.clone(),
                release: v.release.source.clone(),
                status: v.status.as_str().to_string(),
                tier: v.release.tier().words().to_string(),
                unit_published: v.unit_published.as_str().to_string(),
                url: v.release.url.clone(),
                value: v.value,
                value_published: v.value_published.clone(),
            })
            .collect(),
    }
}

/// Every release, oldest first.
pub fn releases_json(store: &Store) -> Result<Vec<responses::ReleaseRow>> {
    Ok(store
        .releases()?
        .iter()
        .map(|r| responses::ReleaseRow {
            figures: r.rows,
            file: r.release.file.clone(),
            id: r.release.id,
            kind: r.release.kind.as_str().to_string(),
            note: r.note.clone(),
            published: r.release.published.map(|d| d.to_string()),
            source: r.release.source.clone(),
            url: r.release.url.clone(),
        })
        .collect())
}

/// A revision's two values in the series' unit (US$ million), to as many
/// decimals as it takes to show that they differ (one at least, six at most),
/// and, where either was printed in another unit, the published text.
/// `("744.0", "777.2", Some("published 744 US$ million → 777,219.956 US$ thousand"))`.
pub fn revision_values(r: &Revision) -> (String, String, Option<String>) {
    let mut dp = 1;
    while dp < 6 && grouped(r.old.value, dp) == grouped(r.new.value, dp) {
        dp += 1;
    }
    let (old, new) = (grouped(r.old.value, dp), grouped(r.new.value, dp));
    let printed = |s: &itx_store::Stated| {
        // Thousands separators on the printed digits, none changed.
        format!(
            "{} {}",
            itx_types::printed(&s.value_published),
            s.unit_published.as_str()
        )
    };
    let other_unit = r.old.unit_published != itx_types::Unit::UsdMillion
        || r.new.unit_published != itx_types::Unit::UsdMillion;
    let aside = other_unit.then(|| format!("published {} → {}", printed(&r.old), printed(&r.new)));
    (old, new, aside)
}

/// A revision as the API answers it.
pub fn revision_json(r: &Revision) -> responses::RevisionRow {
    let side = |s: &itx_store::Stated| responses::Side {
        location: s.location.clone(),
        published: s.release.published.map(|d| d.to_string()),
        release_id: s.release.id,
        source: s.release.source.clone(),
        status: s.status.as_str().to_string(),
        tier: s.release.tier().words().to_string(),
        unit_published: s.unit_published.as_str().to_string(),
        value: s.value,
        value_published: s.value_published.clone(),
    };
    let (old, new, aside) = revision_values(r);
    responses::RevisionRow {
        change: r.change(),
        change_pct: pct_change(r.old.value, r.new.value),
        name: short_name(&r.series),
        new: side(&r.new),
        old: side(&r.old),
        period: r.period.to_string(),
        series: r.series.as_str().to_string(),
        shown: responses::Shown {
            new,
            old,
            published: aside,
        },
        unit: "US$ million".to_string(),
    }
}

/// An error message with any line longer than 300 characters cut to an excerpt:
/// a file with a 50 MB cell must not echo the cell (the CLI's messages and the
/// API's error bodies).
pub fn excerpt(message: &str) -> String {
    const MAX: usize = 300;
    message
        .lines()
        .map(|line| {
            let n = line.chars().count();
            if n <= MAX {
                line.to_string()
            } else {
                let head: String = line.chars().take(MAX).collect();
                format!("{head}… ({} more characters)", n - MAX)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub use itx_types::grouped;

/// (new − old) / |old| × 100, when old is not zero.
pub fn pct_change(old: f64, new: f64) -> Option<f64> {
    itx_metrics::growth_pct(old, new)
}
