//! The JSON API under `/api/v1`, and its OpenAPI document.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::Response;
use axum::routing::{get, post};
use itx_app::Transform;
use itx_app::export::Download;
use itx_types::{Date, SeriesKey, YearMonth};
use serde_json::Value;

use crate::cache::cached;
use crate::{ApiError, Shared};

/// Largest claim-check body (a 2,000-word article is ~15 KB).
pub(crate) const CHECK_LIMIT: usize = 256 * 1024;
/// Largest file accepted by the ingest endpoint (a dt.xls is ~1.5 MB).
pub(crate) const INGEST_LIMIT: usize = 32 * 1024 * 1024;

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_doc))
        .route("/api/v1/series", get(series_list))
        .route("/api/v1/series/{key}", get(series_meta))
        .route("/api/v1/series/{key}/observations", get(observations))
        .route("/api/v1/series/{key}/vintages/{period}", get(vintages))
        .route("/api/v1/releases", get(releases))
        .route("/api/v1/status", get(status))
        .route("/api/v1/revisions", get(revisions))
        .route("/api/v1/brief", get(brief))
        .route("/api/v1/charts/{kind}", get(chart))
        .route("/api/v1/forecast", get(forecast))
        .route("/api/v1/outlook", get(outlook))
        .route(
            "/api/v1/check",
            post(crate::posts::check).layer(DefaultBodyLimit::max(CHECK_LIMIT)),
        )
        .route(
            "/api/v1/ingest",
            post(crate::posts::ingest).layer(DefaultBodyLimit::max(INGEST_LIMIT)),
        )
}

/// Query parameters, with unknown names refused (a typo should not be ignored).
pub(crate) struct Params(HashMap<String, String>);

/// A date parameter or form field (YYYY-MM-DD), its name in the error.
pub(crate) fn date_field(k: &str, s: &str) -> Result<Date, ApiError> {
    itx_types::parse_date(s).map_err(|e| ApiError::bad(k, format!("{k}: {e}")))
}

/// An article's date (YYYY-MM-DD, or YYYY-MM for its 15th), its name in the error.
pub(crate) fn article_date_field(k: &str, s: &str) -> Result<Date, ApiError> {
    itx_types::parse_article_date(s).map_err(|e| ApiError::bad(k, format!("{k}: {e}")))
}

impl Params {
    pub(crate) fn new(q: HashMap<String, String>, allowed: &[&str]) -> Result<Params, ApiError> {
        if let Some(k) = q.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(ApiError::bad(
                k,
                format!(
                    "unknown parameter {k:?}; this endpoint takes: {}",
                    allowed.join(", ")
                ),
            ));
        }
        Ok(Params(q))
    }
    /// The cache key of a response at `path`: the parameters given, in one
    /// order, empty ones left out (they mean the default), so that the same
    /// request written two ways is one entry.
    pub(crate) fn key(&self, path: &str) -> String {
        let mut given: Vec<(&String, &String)> =
            self.0.iter().filter(|(_, v)| !v.is_empty()).collect();
        given.sort();
        let mut key = path.to_string();
        for (i, (k, v)) in given.iter().enumerate() {
            key.push(if i == 0 { '?' } else { '&' });
            key.push_str(k);
            key.push('=');
            key.push_str(v);
        }
        key
    }
    pub(crate) fn str(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str).filter(|s| !s.is_empty())
    }
    pub(crate) fn date(&self, k: &str) -> Result<Option<Date>, ApiError> {
        self.str(k).map(|s| date_field(k, s)).transpose()
    }
    /// An article's date: YYYY-MM-DD, or YYYY-MM (its 15th).
    pub(crate) fn article_date(&self, k: &str) -> Result<Option<Date>, ApiError> {
        self.str(k).map(|s| article_date_field(k, s)).transpose()
    }
    pub(crate) fn month(&self, k: &str) -> Result<Option<YearMonth>, ApiError> {
        self.str(k)
            .map(|s| {
                s.parse::<YearMonth>()
                    .map_err(|_| ApiError::bad(k, format!("{k}: {s:?} is not a month (YYYY-MM)")))
            })
            .transpose()
    }
    pub(crate) fn series(&self, k: &str, default: &str) -> Result<SeriesKey, ApiError> {
        let s = self.str(k).unwrap_or(default);
        series_key(s).map_err(|e| ApiError {
            parameter: Some(k.into()),
            ..e
        })
    }
    /// `series` and `since`, as a revision filter.
    pub(crate) fn revision_filter(&self) -> Result<itx_app::RevisionFilter, ApiError> {
        Ok(itx_app::RevisionFilter {
            series: self.str("series").map(series_key).transpose()?,
            since: self.date("since")?,
            release_id: None,
        })
    }
    pub(crate) fn positive(&self, k: &str) -> Result<Option<f64>, ApiError> {
        self.str(k)
            .map(|t| {
                t.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite() && *v > 0.0)
                    .ok_or_else(|| ApiError::bad(k, format!("{k} {t:?} is not a positive number")))
            })
            .transpose()
    }
    pub(crate) fn transform(&self) -> Result<Transform, ApiError> {
        Transform::parse(self.str("transform").unwrap_or("level"))
            .map_err(|e| ApiError::bad("transform", e.to_string()))
    }
}

pub(crate) fn series_key(s: &str) -> Result<SeriesKey, ApiError> {
    SeriesKey::resolve(s).map_err(|_| ApiError {
        status: StatusCode::NOT_FOUND,
        message: format!(
            "unknown series {s:?} (a key like pk.ebops.9.credit or an alias like ict)"
        ),
        parameter: Some("key".into()),
    })
}

fn json_bytes(v: &impl serde::Serialize) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec_pretty(v).map_err(|e| ApiError::internal(e.to_string()))
}

fn app(parameter: Option<&'static str>) -> impl Fn(itx_app::Error) -> ApiError {
    move |e| ApiError::from_app(e, parameter)
}

fn store_err(e: itx_app::StoreError) -> ApiError {
    ApiError::from_app(e.into(), None)
}

#[utoipa::path(get, path = "/api/v1/openapi.json", summary = "This document",
    responses((status = 200, description = "OpenAPI document", content_type = "application/json")))]
async fn openapi_doc(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    cached(
        &st,
        uri.path().to_string(),
        &headers,
        "application/json",
        |_| json_bytes(&openapi()),
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/series", summary = "Every series in the store",
    responses((status = 200, description = "Series list", body = Vec<itx_app::responses::SeriesItem>), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody)))]
async fn series_list(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    Params::new(q, &[])?;
    cached(
        &st,
        uri.path().to_string(),
        &headers,
        "application/json",
        |s| json_bytes(&itx_app::series_list_json(s).map_err(app(None))?),
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/series/{key}", summary = "One series' metadata",
    params(("key" = String, Path, description = "Key or alias (ict)")),
    responses((status = 200, description = "Series, with links to its data", body = itx_app::responses::SeriesItem), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn series_meta(
    State(st): State<Shared>,
    Path(key): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let key = series_key(&key)?;
    cached(
        &st,
        uri.path().to_string(),
        &headers,
        "application/json",
        move |s| {
            let list = s.list_series().map_err(store_err)?;
            let Some(x) = list.into_iter().find(|x| x.info.key == key) else {
                return Err(ApiError::not_found(format!("no series {key} in the store")));
            };
            let mut item = itx_app::series_item(&x);
            item.links = Some(itx_app::responses::SeriesLinks {
                observations: format!("/api/v1/series/{}/observations", x.info.key),
                vintages: format!("/api/v1/series/{}/vintages/{{period}}", x.info.key),
            });
            json_bytes(&item)
        },
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/series/{key}/observations", summary = "Monthly values with a transform",
    params(("key" = String, Path, description = "Key or alias"),
        ("from" = Option<String>, Query, description = "First month (YYYY-MM)"),
        ("to" = Option<String>, Query, description = "Last month (YYYY-MM)"),
        ("transform" = Option<String>, Query, description = "level, mom, yoy, fytd, ttm"),
        ("as_of" = Option<String>, Query, description = "Use only what had been published by this date (YYYY-MM-DD)"),
        ("format" = Option<String>, Query, description = "json (default), csv or xlsx (a download: every row with its source, tier, release and publication date; the workbook has a README sheet)")),
    responses((status = 200, description = "Observations with sources", body = itx_app::responses::Observations, content(
        (itx_app::responses::Observations = "application/json"), (String = "text/csv"), (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn observations(
    State(st): State<Shared>,
    Path(key): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["from", "to", "transform", "as_of", "format"])?;
    let key = series_key(&key)?;
    let download = download_format(&p)?;
    let (from, to, t, as_of) = (
        p.month("from")?,
        p.month("to")?,
        p.transform()?,
        p.date("as_of")?,
    );
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::bad("from", format!("from {f} is after to {t}")));
        }
    }
    let file = format!("itx-{key}-{}", t.as_str());
    let r = cached(
        &st,
        p.key(uri.path()),
        &headers,
        content_type(download),
        move |s| {
            let (data, rows) =
                itx_app::observations(s, &key, from, to, t, as_of).map_err(app(None))?;
            match download {
                None => json_bytes(&itx_app::observations_json(&key, &data, &rows, t, as_of)),
                Some(d) => d
                    .write(&itx_app::export::observations_table(
                        &key,
                        &data,
                        &rows,
                        t,
                        as_of,
                        today(),
                    ))
                    .map_err(app(None)),
            }
        },
    )
    .await?;
    Ok(attach(r, download, &file))
}

/// `format`: `None` for JSON (the default), or a download.
pub(crate) fn download_format(p: &Params) -> Result<Option<Download>, ApiError> {
    match p.str("format").unwrap_or("json") {
        "json" => Ok(None),
        f => Download::parse(f)
            .map(Some)
            .ok_or_else(|| ApiError::bad("format", format!("format {f:?}: json, csv or xlsx"))),
    }
}

fn content_type(d: Option<Download>) -> &'static str {
    d.map_or("application/json", Download::content_type)
}

/// A download is saved under a name that says what it is.
pub(crate) fn attach(mut r: Response, d: Option<Download>, stem: &str) -> Response {
    if let Some(d) = d {
        let name: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if let Ok(v) = HeaderValue::from_str(&format!(
            "attachment; filename=\"{name}.{}\"",
            d.extension()
        )) {
            r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
    }
    r
}

fn today() -> Date {
    jiff::Zoned::now().date()
}

#[utoipa::path(get, path = "/api/v1/series/{key}/vintages/{period}", summary = "Every release's value of one figure",
    params(("key" = String, Path, description = "Key or alias"),
        ("period" = String, Path, description = "2025-03, FY2025-26, FY2025-26 Jul-Mar"),
        ("format" = Option<String>, Query, description = "json (default), csv or xlsx")),
    responses((status = 200, description = "Vintages, current marked", body = itx_app::responses::Vintages, content(
        (itx_app::responses::Vintages = "application/json"), (String = "text/csv"), (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn vintages(
    State(st): State<Shared>,
    Path((key, period)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["format"])?;
    let download = download_format(&p)?;
    let key = series_key(&key)?;
    let file = format!("itx-{key}-{period}-vintages");
    let r = cached(
        &st,
        p.key(uri.path()),
        &headers,
        content_type(download),
        move |s| {
            let (p, vs, cur) = itx_app::vintages(s, &key, &period).map_err(app(Some("period")))?;
            match download {
                None => json_bytes(&itx_app::vintages_json(&key, &p, &vs, cur)),
                Some(d) => {
                    let name = s
                        .series_info(&key)
                        .map_err(store_err)?
                        .map_or_else(|| key.to_string(), |i| i.name);
                    d.write(&itx_app::export::vintages_table(
                        &key,
                        &name,
                        &p,
                        &vs,
                        cur,
                        today(),
                    ))
                    .map_err(app(None))
                }
            }
        },
    )
    .await?;
    Ok(attach(r, download, &file))
}

#[utoipa::path(get, path = "/api/v1/releases", summary = "Every release",
    responses((status = 200, description = "Releases, oldest first", body = Vec<itx_app::responses::ReleaseRow>), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody)))]
async fn releases(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    Params::new(q, &[])?;
    cached(
        &st,
        uri.path().to_string(),
        &headers,
        "application/json",
        |s| json_bytes(&itx_app::releases_json(s).map_err(app(None))?),
    )
    .await
}

/// Freshness of the tracked series (or `?series=`): `latest_release`,
/// `expected_next`, `overdue` (`itx_app::freshness`).
#[utoipa::path(get, path = "/api/v1/status",
    summary = "Freshness: for each tracked series (or one), the newest month, its release (latest_release), when the next month is expected and how that was estimated (expected_next), and the months overdue today (overdue)",
    params(("series" = Option<String>, Query, description = "Series key or alias (default: every tracked series)")),
    responses((status = 200, description = "Freshness", body = itx_app::responses::Status), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn status(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series"])?;
    let key = p
        .str("series")
        .map(|_| p.series("series", "ict"))
        .transpose()?;
    cached(
        &st,
        p.key(uri.path()),
        &headers,
        "application/json",
        move |s| {
            let today = jiff::Zoned::now().date();
            let all = match &key {
                Some(k) => itx_app::freshness::of(s, k, today)
                    .map_err(|e| ApiError::internal(e.to_string()))?
                    .into_iter()
                    .collect(),
                None => itx_app::freshness::status(s, today)
                    .map_err(|e| ApiError::internal(e.to_string()))?,
            };
            let overdue = all.iter().any(itx_app::freshness::Freshness::is_overdue);
            json_bytes(&itx_app::responses::Status {
                overdue,
                series: all,
                today: today.to_string(),
            })
        },
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/revisions", summary = "What changed between official releases",
    params(("series" = Option<String>, Query, description = "Key or alias"),
        ("since" = Option<String>, Query, description = "Revisions by releases published on or after (YYYY-MM-DD)"),
        ("format" = Option<String>, Query, description = "json (default), csv or xlsx")),
    responses((status = 200, description = "Revisions", body = Vec<itx_app::responses::RevisionRow>, content(
        (Vec<itx_app::responses::RevisionRow> = "application/json"), (String = "text/csv"), (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn revisions(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "since", "format"])?;
    let filter = p.revision_filter()?;
    let download = download_format(&p)?;
    let r = cached(
        &st,
        p.key(uri.path()),
        &headers,
        content_type(download),
        move |s| {
            let revs = s.revisions(&filter).map_err(store_err)?;
            match download {
                None => json_bytes(&revs.iter().map(itx_app::revision_json).collect::<Vec<_>>()),
                Some(d) => {
                    let mut what = String::new();
                    if let Some(k) = &filter.series {
                        what += &format!(" of {} ({k})", itx_types::short_name(k));
                    }
                    if let Some(d) = filter.since {
                        what += &format!(", by releases published on or after {d}");
                    }
                    let names = itx_app::series_names(s).map_err(app(None))?;
                    d.write(&itx_app::export::revisions_table(
                        &revs,
                        &names,
                        &what,
                        today(),
                    ))
                    .map_err(app(None))
                }
            }
        },
    )
    .await?;
    Ok(attach(r, download, "itx-revisions"))
}

#[utoipa::path(get, path = "/api/v1/brief", summary = "The monthly brief",
    params(("series" = Option<String>, Query, description = "Key or alias (default ict)"),
        ("month" = Option<String>, Query, description = "YYYY-MM (default latest)"),
        ("as_of" = Option<String>, Query, description = "Use only what had been published by this date (YYYY-MM-DD)"),
        ("format" = Option<String>, Query, description = "json or html"),
        ("lang" = Option<String>, Query, description = "en (default) or ur: the brief in Urdu")),
    responses((status = 200, description = "Brief: title, paragraphs, facts (each with its source), summary", content(
        (Object = "application/json"), (String = "text/html"))), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn brief(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "month", "as_of", "format", "lang"])?;
    let key = p.series("series", "ict")?;
    let (month, as_of) = (p.month("month")?, p.date("as_of")?);
    let lang = crate::pages::lang_param(&p)?;
    let html = match p.str("format").unwrap_or("json") {
        "json" => false,
        "html" => true,
        other => {
            return Err(ApiError::bad(
                "format",
                format!("format {other:?}: json or html"),
            ));
        }
    };
    let ct = if html {
        "text/html; charset=utf-8"
    } else {
        "application/json"
    };
    cached(&st, p.key(uri.path()), &headers, ct, move |s| {
        let (b, m) = itx_app::brief_in(s, &key, month, as_of, lang).map_err(app(Some("month")))?;
        if html {
            let inline: Vec<(String, String, String)> =
                itx_app::brief_charts_in(s, &key, m, as_of, lang)
                    .map_err(app(None))?
                    .into_iter()
                    .filter_map(|(n, c, ch)| Some((n, c, itx_app::render::svg(&ch).ok()?)))
                    .collect();
            Ok(b.to_html(&inline).into_bytes())
        } else {
            json_bytes(&b.to_json())
        }
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/charts/{kind}", summary = "A chart as SVG or PNG (monthly, cumulative, components, fan)",
    params(("kind" = String, Path, description = "monthly, cumulative, components or fan (optionally .svg or .png)"),
        ("series" = Option<String>, Query, description = "Key or alias"),
        ("from" = Option<String>, Query, description = "First month (YYYY-MM)"),
        ("to" = Option<String>, Query, description = "Last month (YYYY-MM)"),
        ("as_of" = Option<String>, Query, description = "Use only what had been published by this date (YYYY-MM-DD)"),
        ("target" = Option<f64>, Query, description = "FY target, US$ million"),
        ("format" = Option<String>, Query, description = "svg (default) or png (at twice the SVG's size; the same as kind.png)"),
        ("lang" = Option<String>, Query, description = "en (default) or ur: the chart's words in Urdu")),
    responses((status = 200, description = "The chart", content(
        (String = "image/svg+xml"), (Vec<u8> = "image/png"))), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn chart(
    State(st): State<Shared>,
    Path(kind): Path<String>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(
        q,
        &["series", "from", "to", "as_of", "target", "format", "lang"],
    )?;
    let lang = crate::pages::lang_param(&p)?;
    let (kind, ext) = match kind.rsplit_once('.') {
        Some((k, e)) => (k.to_string(), Some(e.to_ascii_lowercase())),
        None => (kind, None),
    };
    if let Some(e) = ext.as_deref().filter(|e| !["svg", "png"].contains(e)) {
        return Err(ApiError::not_found(format!(
            "no chart {kind}.{e}: a chart is .svg or .png"
        )));
    }
    let format = match (ext.as_deref(), p.str("format")) {
        (Some(e), Some(f)) if !e.eq_ignore_ascii_case(f) => {
            return Err(ApiError::bad(
                "format",
                format!("format {f:?} but the address asks for .{e}"),
            ));
        }
        (Some(e), _) => e.to_string(),
        (None, f) => f.unwrap_or("svg").to_ascii_lowercase(),
    };
    let png = match format.as_str() {
        "svg" => false,
        "png" => true,
        f => return Err(ApiError::bad("format", format!("format {f:?}: svg or png"))),
    };
    if !["monthly", "cumulative", "components", "fan"].contains(&kind.as_str()) {
        return Err(ApiError::not_found(format!(
            "no chart {kind:?}: monthly, cumulative, components or fan"
        )));
    }
    let series = p.series("series", "ict")?;
    let (from, to, as_of) = (p.month("from")?, p.month("to")?, p.date("as_of")?);
    let target = p.positive("target")?;
    // Keyed by what the chart depends on, not by the URI: the fan chart takes
    // only the series and the as-of date, so other parameters (or their order)
    // must not force another model fit.
    let key = if kind == "fan" {
        format!("chart:fan:{series}:{as_of:?}:{png}:{lang}")
    } else {
        format!("chart:{kind}:{series}:{from:?}:{to:?}:{as_of:?}:{target:?}:{png}:{lang}")
    };
    let ct = if png { "image/png" } else { "image/svg+xml" };
    cached(&st, key, &headers, ct, move |s| {
        let req = itx_app::chart::ChartRequest {
            kind: &kind,
            series,
            from,
            to,
            as_of,
            target,
            lang,
        };
        let c = if req.kind == "fan" {
            itx_app::forecasting::fan_chart_in(
                s,
                &req.series,
                12,
                itx_app::forecasting::ModelKind::Combo,
                req.as_of,
                lang,
            )
        } else {
            itx_app::chart::build(s, &req)
        }
        .map_err(app(None))?;
        let unprocessable = |e: itx_app::render::ChartError| {
            ApiError::status(StatusCode::UNPROCESSABLE_ENTITY, e.to_string())
        };
        let svg = itx_app::render::svg(&c).map_err(unprocessable)?;
        if png {
            itx_app::render::png(&svg, 2.0).map_err(unprocessable)
        } else {
            Ok(svg.into_bytes())
        }
    })
    .await
}

fn model_param(p: &Params) -> Result<itx_app::forecasting::ModelKind, ApiError> {
    p.str("model")
        .unwrap_or("auto")
        .parse::<itx_app::forecasting::ModelKind>()
        .map_err(|e| ApiError::bad("model", e.to_string()))
}

#[utoipa::path(get, path = "/api/v1/forecast", summary = "Forecast with calibrated intervals (lowerNN/upperNN per level)",
    params(("series" = Option<String>, Query, description = "Key or alias (default ict)"),
        ("horizon" = Option<u32>, Query, description = "Months ahead, 1-120 (default 12)"),
        ("model" = Option<String>, Query, description = "auto, combo, ets, theta, otm, dotm, arima, snaive, naive"),
        ("level" = Option<String>, Query, description = "Interval levels, percent, comma-separated (default 80,95)"),
        ("as_of" = Option<String>, Query, description = "Use only what had been published by this date (YYYY-MM-DD)")),
    responses((status = 200, description = "Forecast", body = itx_app::responses::Forecast), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn forecast(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "horizon", "model", "level", "as_of"])?;
    let key = p.series("series", "ict")?;
    let levels = match p.str("level") {
        None => itx_app::forecasting::LEVELS.to_vec(),
        Some(s) => itx_app::forecasting::parse_levels(s)
            .map_err(|e| ApiError::bad("level", e.to_string()))?,
    };
    let h = match p.str("horizon") {
        None => 12,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|h| (1..=120).contains(h))
            .ok_or_else(|| ApiError::bad("horizon", format!("horizon {s:?}: 1 to 120 months")))?,
    };
    let (kind, as_of) = (model_param(&p)?, p.date("as_of")?);
    cached(
        &st,
        p.key(uri.path()),
        &headers,
        "application/json",
        move |s| {
            let (hist, pts, name) =
                itx_app::forecasting::forecast(s, &key, h, kind, as_of, &levels)
                    .map_err(|e| ApiError::from_app(e, None))?;
            json_bytes(&itx_app::forecasting::forecast_json(
                &key, &hist, &pts, &name,
            ))
        },
    )
    .await
}

#[utoipa::path(get, path = "/api/v1/outlook", summary = "Fiscal-year outlook: total's median and intervals, P(total >= target)",
    params(("series" = Option<String>, Query, description = "Key or alias (default ict)"),
        ("fy" = Option<String>, Query, description = "FY2025-26 or FY26"),
        ("target" = Option<f64>, Query, description = "US$ million (default: the stated target)"),
        ("as_of" = Option<String>, Query, description = "Use only what had been published by this date (YYYY-MM-DD)"),
        ("model" = Option<String>, Query, description = "as for /forecast")),
    responses((status = 200, description = "Outlook", body = itx_app::responses::Outlook), (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
async fn outlook(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "fy", "target", "as_of", "model"])?;
    let key = p.series("series", "ict")?;
    let fy = p.str("fy").map(str::to_string);
    let target = p.positive("target")?;
    let (kind, as_of) = (model_param(&p)?, p.date("as_of")?);
    cached(
        &st,
        p.key(uri.path()),
        &headers,
        "application/json",
        move |s| {
            let o = itx_app::forecasting::outlook(s, &key, fy.as_deref(), target, as_of, kind)
                .map_err(|e| ApiError::from_app(e, Some("fy")))?;
            json_bytes(&itx_app::forecasting::outlook_json(&key, &o))
        },
    )
    .await
}

/// The OpenAPI document for `/api/v1`, generated from the handlers'
/// `#[utoipa::path]` attributes and the response types of `itx_app::responses`.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "itx API",
        description = "Pakistan's IT and services export statistics from SBP releases, every figure with its source and every release kept."
    ),
    paths(
        openapi_doc,
        series_list,
        series_meta,
        observations,
        vintages,
        releases,
        status,
        revisions,
        brief,
        chart,
        forecast,
        outlook,
        crate::posts::check,
        crate::posts::ingest,
        crate::share::cite,
        crate::share::peers_api
    )
)]
struct ApiDoc;

/// The OpenAPI document as JSON (tests check it lists exactly the routes).
pub fn openapi() -> Value {
    serde_json::to_value(<ApiDoc as utoipa::OpenApi>::openapi()).unwrap_or(Value::Null)
}
