//! What readers take away: each card and chart on a page of its own, with an
//! embeddable copy (`?embed=1`, the only pages another site may frame), a
//! copyable iframe snippet, "cite this" in plain text, BibTeX and CSL-JSON, and
//! downloads; the citation API; and the Atom feed of releases.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Uri, header};
use axum::response::Response;
use axum::routing::get;
use itx_app::render::escape_html as esc;
use itx_types::{Date, SeriesKey, YearMonth, short_name};

use crate::api::Params;
use crate::cache::cached;
use crate::pages::{cards, freshness_notice_in, page_in};
use crate::{ApiError, Shared};
use itx_app::Lang;

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/feed.xml", get(feed))
        .route("/card/{name}", get(card))
        .route("/chart/{kind}", get(chart))
        .route("/api/v1/cite", get(cite))
        .route("/api/v1/peers", get(peers_api))
        .route("/peers", get(peers_page))
}

/// The cards a page can show, in order.
const CARDS: [&str; 6] = ["latest", "yoy", "mom", "fytd", "target", "forecast"];
const CHARTS: [&str; 4] = ["monthly", "cumulative", "components", "fan"];

fn today() -> Date {
    jiff::Zoned::now().date()
}

/// The address this server is reached at, from the request (`Host`, and
/// `X-Forwarded-Proto` behind a proxy): citations and embed snippets need
/// absolute URLs.
pub(crate) fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
    {
        Some("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}")
}

fn series_param(key: &SeriesKey) -> String {
    let alias = itx_app::aliases(key.as_str());
    let shown = alias.split(',').next().filter(|a| !a.is_empty());
    format!("series={}", shown.unwrap_or(key.as_str()))
}

/// The query of a card's page: `series=ict&month=2026-07[&as_of=…]`.
pub(crate) fn card_query(key: &SeriesKey, m: YearMonth, as_of: Option<Date>) -> String {
    let mut q = format!("{}&month={m}", series_param(key));
    if let Some(d) = as_of {
        q += &format!("&as_of={d}");
    }
    q
}

/// The query of a chart's page: `series=ict[&from=…&to=…][&as_of=…]`.
pub(crate) fn chart_query(
    key: &SeriesKey,
    range: Option<(YearMonth, YearMonth)>,
    as_of: Option<Date>,
) -> String {
    let mut q = series_param(key);
    if let Some((f, t)) = range {
        q += &format!("&from={f}&to={t}");
    }
    if let Some(d) = as_of {
        q += &format!("&as_of={d}");
    }
    q
}

/// A card with its "embed · cite" link as the card's last line.
pub(crate) fn with_share_link(card: &str, href: &str, label: &str) -> String {
    let link = format!(
        "<div class=\"share\"><a href=\"{}\">{}</a></div>",
        esc(href),
        esc(label)
    );
    match card.rfind("</div>") {
        Some(i) => format!("{}{link}{}", &card[..i], &card[i..]),
        None => format!("{card}{link}"),
    }
}

/// The links under a chart: its PNG and SVG, its data, its embed-and-cite page.
pub(crate) fn chart_links(
    kind: &str,
    key: &SeriesKey,
    query: &str,
    range: Option<(YearMonth, YearMonth)>,
    as_of: Option<Date>,
) -> String {
    chart_links_in(itx_app::Lang::En, kind, key, query, range, as_of)
}

/// [`chart_links`] in `lang`.
pub(crate) fn chart_links_in(
    lang: itx_app::Lang,
    kind: &str,
    key: &SeriesKey,
    query: &str,
    range: Option<(YearMonth, YearMonth)>,
    as_of: Option<Date>,
) -> String {
    let mut data = String::new();
    if let Some((f, t)) = range {
        data += &format!("&from={f}&to={t}");
    }
    if let Some(d) = as_of {
        data += &format!("&as_of={d}");
    }
    let obs = format!("/api/v1/series/{key}/observations?");
    format!(
        "<span class=\"share\"> <a href=\"/api/v1/charts/{kind}.png?{q}\">PNG</a> · <a href=\"/api/v1/charts/{kind}.svg?{q}\">SVG</a> · {} <a href=\"{obs}format=csv{d}\">CSV</a> <a href=\"{obs}format=xlsx{d}\">XLSX</a> · <a href=\"/chart/{kind}?{q}\">{}</a></span>",
        esc(&itx_app::render::t(lang, "data", &[])),
        esc(&itx_app::render::t(lang, "share-embed-cite", &[])),
        q = esc(query),
        d = esc(&data),
    )
}

/// The iframe snippet for an embeddable URL.
fn snippet(src: &str, title: &str, (w, h): (u32, u32)) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{w}\" height=\"{h}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
        esc(src),
        esc(title)
    )
}

/// A standalone embeddable page: the thing, a line saying where it comes from,
/// and a link back (opening outside the frame).
fn embed_page(lang: Lang, title: &str, inner: &str, back: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{t} · itx</title><style>{}\
body{{margin:0;padding:.5rem;max-width:none}}.card{{border:1px solid #ddd;border-radius:.5rem;padding:.75rem}}.card .k{{color:#555;font-size:.85rem}}.card .v{{font-size:1.5rem;font-weight:700}}\
.badge{{display:inline-block;background:#e07010;color:#fff;border-radius:.3rem;padding:.1rem .4rem;font-size:.8rem;margin-left:.3rem}}.up{{color:#1a7f37}}.down{{color:#b42318}}figure{{margin:0}}figure svg{{width:100%;height:auto}}.via{{font-size:.75rem;color:#555;margin:.3rem 0 0}}{urdu}.chart-narrow{{display:none}}@media (max-width:640px){{.chart-wide{{display:none}}.chart-narrow{{display:block}}}}</style></head>\
<body>{inner}<p class=\"via\"><a href=\"{}\" target=\"_top\">{t}</a> · itx</p></body></html>\n",
        lang.as_str(),
        lang.dir(),
        itx_app::render::CSS,
        esc(back),
        t = esc(title),
        urdu = if lang == Lang::Ur {
            crate::pages::URDU_FACES
        } else {
            ""
        },
    )
}

/// The share block of a page: embed snippet, citation, downloads.
fn share_block(
    lang: Lang,
    what: &str,
    snippet: &str,
    c: &itx_app::cite::Citation,
    cite_api: &str,
    downloads: &str,
) -> String {
    let tr = |id: &str| esc(&itx_app::render::t(lang, id, &[]));
    format!(
        "<section class=\"share-block\"><h2>{}</h2><p>{}</p>\
<textarea readonly id=\"embed-snippet\" rows=\"3\" dir=\"ltr\" style=\"min-height:0;font-family:monospace;font-size:.85rem\">{}</textarea>\
<h2>{}</h2><p id=\"cite-text\" dir=\"ltr\" lang=\"en\">{}</p>\
<details><summary>BibTeX</summary><pre id=\"cite-bibtex\" dir=\"ltr\">{}</pre></details>\
<details><summary>CSL-JSON</summary><pre id=\"cite-csl\" dir=\"ltr\">{}</pre></details>\
<p>{} <a href=\"{api}&amp;format=text\">{}</a> · <a href=\"{api}&amp;format=bibtex\">BibTeX</a> · <a href=\"{api}&amp;format=csl\">CSL-JSON</a></p>\
<h2>{}</h2><p>{downloads}</p></section>",
        tr("share-embed-title"),
        tr(&format!("share-embed-help-{what}")),
        esc(snippet),
        tr("share-cite-title"),
        esc(&c.text),
        esc(&c.bibtex),
        esc(&serde_json::to_string_pretty(&c.csl).unwrap_or_default()),
        tr("share-files"),
        tr("share-text"),
        tr("share-data-title"),
        api = esc(cite_api),
    )
}

fn embed_flag(p: &Params) -> Result<bool, ApiError> {
    match p.str("embed") {
        None | Some("0") => Ok(false),
        Some("1") => Ok(true),
        Some(o) => Err(ApiError::bad("embed", format!("embed {o:?}: 1 or 0"))),
    }
}

/// `/card/{name}`: one headline card, embeddable.
async fn card(
    State(st): State<Shared>,
    Path(name): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "month", "as_of", "embed", "lang"])?;
    let lang = crate::pages::lang_param(&p)?;
    let switch = crate::pages::switch_href(
        uri.path(),
        uri.query(),
        if lang == Lang::Ur { Lang::En } else { Lang::Ur },
    );
    if !CARDS.contains(&name.as_str()) {
        return Err(ApiError::not_found(format!(
            "no card {name:?}: {}",
            CARDS.join(", ")
        )));
    }
    let key = p.series("series", "ict")?;
    let (month, as_of, embed) = (p.month("month")?, p.date("as_of")?, embed_flag(&p)?);
    let base = base_url(&headers);
    cached(
        &st,
        format!("{}|{base}", p.key(uri.path())),
        &headers,
        "text/html; charset=utf-8",
        move |s| {
            let (b, m) = itx_app::brief(s, &key, month, as_of)
                .map_err(|e| ApiError::from_app(e, Some("month")))?;
            let tier = b.facts.iter().find_map(|f| {
                f.source
                    .as_ref()
                    .filter(|s| s.period == m.to_string() && s.series == key.as_str())
                    .map(|s| s.tier)
            });
            let all = b
                .summary
                .month()
                .map(|j| cards(j, m, tier, lang))
                .unwrap_or_default();
            let Some((_, html)) = all.into_iter().find(|(n, _)| *n == name) else {
                return Err(ApiError::not_found(format!(
                    "the {} brief for {} has no {name} card",
                    short_name(&key),
                    m.long_label()
                )));
            };
            // The card's link to its source points into the home page (out of
            // the frame, when embedded).
            let html = html.replace(
                "href=\"#src-1\"",
                &format!(
                    "href=\"{}/?{}#src-1\" target=\"_top\"",
                    esc(&base),
                    esc(&card_query(&key, m, as_of))
                ),
            );
            let title = itx_app::render::t(
                lang,
                "card-page-title",
                &[
                    ("series", &itx_app::render::series_name(lang, key.as_str(), &short_name(&key))),
                    ("month", &itx_app::render::month_year(lang, m.year(), m.month())),
                    ("what", &itx_app::render::t(lang, &format!("card-title-{name}"), &[])),
                ],
            );
            let query = card_query(&key, m, as_of);
            let here = format!(
                "{base}/card/{name}?{query}{}",
                if lang == Lang::Ur { "&lang=ur" } else { "" }
            );
            if embed {
                return Ok(embed_page(lang, &title, &html, &here).into_bytes());
            }
            // The figure the card rests on, and for a change the base it is on.
            let c = itx_app::cite::of_figure(s, &key, m, as_of, &here, today())
                .map_err(|e| ApiError::from_app(e, None))?;
                        let block = share_block(
                lang,
                "card",
                &snippet(&format!("{here}&embed=1"), &title, (320, 190)),
                &c,
                &format!("/api/v1/cite?{query}"),
                &format!(
                    "{0} <a href=\"/api/v1/series/{key}/observations?to={m}&amp;format=csv{1}\">CSV</a> · <a href=\"/api/v1/series/{key}/observations?to={m}&amp;format=xlsx{1}\">XLSX</a>",
                    esc(&itx_app::render::t(
                        lang,
                        "share-monthly-to",
                        &[
                            ("series", &itx_app::render::series_name(lang, key.as_str(), &short_name(&key))),
                            ("month", &m.to_string()),
                        ],
                    )),
                    as_of.map(|d| format!("&amp;as_of={d}")).unwrap_or_default()
                ),
            );
            let body = format!("<h1>{}</h1><div class=\"cards\" style=\"max-width:22rem\">{html}</div>{block}", esc(&title));
            Ok(page_in(lang, &switch, &title, "", freshness_notice_in(s, lang).as_deref(), &body).into_bytes())
        },
    )
    .await
}

/// `/chart/{kind}`: one chart, embeddable.
async fn chart(
    State(st): State<Shared>,
    Path(kind): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "from", "to", "as_of", "embed", "lang"])?;
    let lang = crate::pages::lang_param(&p)?;
    let switch = crate::pages::switch_href(
        uri.path(),
        uri.query(),
        if lang == Lang::Ur { Lang::En } else { Lang::Ur },
    );
    if !CHARTS.contains(&kind.as_str()) {
        return Err(ApiError::not_found(format!(
            "no chart {kind:?}: {}",
            CHARTS.join(", ")
        )));
    }
    let key = p.series("series", "ict")?;
    let (from, to, as_of, embed) = (
        p.month("from")?,
        p.month("to")?,
        p.date("as_of")?,
        embed_flag(&p)?,
    );
    let base = base_url(&headers);
    cached(
        &st,
        format!("{}|{base}", p.key(uri.path())),
        &headers,
        "text/html; charset=utf-8",
        move |s| {
            let c = if kind == "fan" {
                itx_app::forecasting::fan_chart_in(
                    s,
                    &key,
                    12,
                    itx_app::forecasting::ModelKind::Combo,
                    as_of,
                    lang,
                )
            } else {
                itx_app::chart::build(
                    s,
                    &itx_app::chart::ChartRequest {
                        kind: &kind,
                        series: key.clone(),
                        from,
                        to,
                        as_of,
                        target: None,
                        lang,
                    },
                )
            }
            .map_err(|e| ApiError::from_app(e, None))?;
            let svg = crate::pages::responsive(&c).ok_or_else(|| {
                ApiError::internal(format!("the {kind} chart could not be drawn"))
            })?;
            let title = c.meta().title.clone();
            let range = from.zip(to);
            let query = chart_query(&key, range, as_of);
            let here = format!(
                "{base}/chart/{kind}?{query}{}",
                if lang == Lang::Ur { "&lang=ur" } else { "" }
            );
            let figure = format!("<figure>{svg}</figure>");
            if embed {
                return Ok(embed_page(lang, &title, &figure, &here).into_bytes());
            }
            let cite = itx_app::cite::of_chart(s, &title, &key, (from, to), as_of, &here, today())
                .map_err(|e| ApiError::from_app(e, None))?;
            let links = chart_links_in(lang, &kind, &key, &query, range, as_of);
            let block = share_block(
                lang,
                "chart",
                &snippet(&format!("{here}&embed=1"), &title, (640, 400)),
                &cite,
                &format!("/api/v1/cite?{query}&chart={kind}"),
                &links,
            );
            let body = format!("<h1>{}</h1>{figure}{block}", esc(&title));
            Ok(page_in(
                lang,
                &switch,
                &title,
                "",
                freshness_notice_in(s, lang).as_deref(),
                &body,
            )
            .into_bytes())
        },
    )
    .await
}

/// `GET /api/v1/cite`: the citation of a figure (`series`, `month`) or a chart
/// (`chart`, `series`, `from`, `to`), as JSON, text, BibTeX or CSL-JSON.
#[utoipa::path(get, path = "/api/v1/cite", summary = "Cite a figure or a chart: plain text, BibTeX, CSL-JSON",
    params(("series" = Option<String>, Query, description = "Key or alias (default ict)"),
        ("month" = Option<String>, Query, description = "The figure's month (YYYY-MM; default the latest)"),
        ("chart" = Option<String>, Query, description = "Cite a chart instead: monthly, cumulative, components or fan"),
        ("from" = Option<String>, Query, description = "A chart's first month"),
        ("to" = Option<String>, Query, description = "A chart's last month"),
        ("as_of" = Option<String>, Query, description = "As known on this date (YYYY-MM-DD)"),
        ("format" = Option<String>, Query, description = "json (default: all three), text, bibtex or csl")),
    responses((status = 200, description = "The citation", body = itx_app::cite::Citation, content(
        (itx_app::cite::Citation = "application/json"), (String = "text/plain"), (String = "application/x-bibtex"), (Object = "application/vnd.citationstyles.csl+json"))),
        (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "Not found", body = itx_app::responses::ErrorBody)))]
pub(crate) async fn cite(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(
        q,
        &["series", "month", "chart", "from", "to", "as_of", "format"],
    )?;
    let key = p.series("series", "ict")?;
    let (month, from, to, as_of) = (
        p.month("month")?,
        p.month("from")?,
        p.month("to")?,
        p.date("as_of")?,
    );
    let chart = p.str("chart").map(str::to_string);
    if let Some(c) = &chart {
        if !CHARTS.contains(&c.as_str()) {
            return Err(ApiError::bad(
                "chart",
                format!("chart {c:?}: {}", CHARTS.join(", ")),
            ));
        }
    }
    let format = p.str("format").unwrap_or("json").to_string();
    let ct = match format.as_str() {
        "json" => "application/json",
        "text" => "text/plain; charset=utf-8",
        "bibtex" => "application/x-bibtex; charset=utf-8",
        "csl" => "application/vnd.citationstyles.csl+json",
        f => {
            return Err(ApiError::bad(
                "format",
                format!("format {f:?}: json, text, bibtex or csl"),
            ));
        }
    };
    let base = base_url(&headers);
    cached(
        &st,
        format!("{}|{base}", p.key(uri.path())),
        &headers,
        ct,
        move |s| {
            let c = match &chart {
                Some(kind) => {
                    let range = from.zip(to);
                    let url = format!("{base}/chart/{kind}?{}", chart_query(&key, range, as_of));
                    let title = format!("{}, {kind} chart", short_name(&key));
                    itx_app::cite::of_chart(s, &title, &key, (from, to), as_of, &url, today())
                }
                None => {
                    let m = match month {
                        Some(m) => m,
                        None => itx_app::load_series(s, &key, as_of)
                            .map_err(|e| ApiError::from_app(e, None))?
                            .months
                            .last()
                            .map(|(m, _)| *m)
                            .ok_or_else(|| ApiError::not_found(format!("no data for {key}")))?,
                    };
                    let url = format!("{base}/card/latest?{}", card_query(&key, m, as_of));
                    itx_app::cite::of_figure(s, &key, m, as_of, &url, today())
                }
            }
            .map_err(|e| ApiError::from_app(e, Some("month")))?;
            Ok(match format.as_str() {
                "text" => format!("{}\n", c.text).into_bytes(),
                "bibtex" => c.bibtex.into_bytes(),
                "csl" => serde_json::to_vec_pretty(&c.csl)
                    .map_err(|e| ApiError::internal(e.to_string()))?,
                _ => {
                    serde_json::to_vec_pretty(&c).map_err(|e| ApiError::internal(e.to_string()))?
                }
            })
        },
    )
    .await
}

/// `/feed.xml`: the Atom feed of releases.
async fn feed(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &[])?;
    let base = base_url(&headers);
    cached(
        &st,
        format!("{}|{base}", p.key(uri.path())),
        &headers,
        "application/atom+xml; charset=utf-8",
        move |s| {
            let entries = itx_app::feed::entries(s).map_err(|e| ApiError::from_app(e, None))?;
            Ok(itx_app::feed::atom(&entries, &base, today()).into_bytes())
        },
    )
    .await
}

/// `Content-Security-Policy: frame-ancestors`: any site may frame the embed
/// pages (`/card/…?embed=1`, `/chart/…?embed=1`); no site may frame anything
/// else (clickjacking).
pub(crate) async fn frame_policy(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = req.uri().path();
    let embeddable = (path.starts_with("/card/") || path.starts_with("/chart/"))
        && req
            .uri()
            .query()
            .is_some_and(|q| q.split('&').any(|kv| kv == "embed=1"));
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    if embeddable {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors *"),
        );
    } else {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'none'"),
        );
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    resp
}

fn peers_params(
    p: &Params,
) -> Result<(itx_app::peers::Line, Option<itx_types::YearQuarter>), ApiError> {
    let line = itx_app::peers::Line::parse(p.str("series").unwrap_or("ict"))
        .map_err(|e| ApiError::bad("series", e.to_string()))?;
    let from = match p.str("from") {
        None => None,
        Some(s) => match itx_types::Period::parse(s, &itx_types::FiscalCalendar::CALENDAR_YEAR) {
            Ok(itx_types::Period::Quarter(q)) => Some(q),
            _ => {
                return Err(ApiError::bad(
                    "from",
                    format!("from {s:?}: a calendar quarter, like 2024-Q3"),
                ));
            }
        },
    };
    Ok((line, from))
}

/// `GET /api/v1/peers`: Pakistan beside India by calendar quarter.
#[utoipa::path(get, path = "/api/v1/peers", summary = "Pakistan beside India by calendar quarter: level, YoY, share of services, last 4 quarters vs the 4 before, Pakistan as % of India",
    params(("series" = Option<String>, Query, description = "ict (default), computer or services"),
        ("from" = Option<String>, Query, description = "First calendar quarter, like 2024-Q3 (default: India's last eight)")),
    responses((status = 200, description = "The comparison", content_type = "application/json"),
        (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 404, description = "India's figures not in the store", body = itx_app::responses::ErrorBody)))]
pub(crate) async fn peers_api(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "from"])?;
    let (line, from) = peers_params(&p)?;
    cached(
        &st,
        p.key(uri.path()),
        &headers,
        "application/json",
        move |s| {
            let r =
                itx_app::peers::compare(s, line, from).map_err(|e| ApiError::from_app(e, None))?;
            serde_json::to_vec_pretty(&r).map_err(|e| ApiError::internal(e.to_string()))
        },
    )
    .await
}

/// `/peers`: the comparison as a page.
async fn peers_page(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "from", "lang"])?;
    let (line, from) = peers_params(&p)?;
    let lang = crate::pages::lang_param(&p)?;
    let switch = crate::pages::switch_href(
        uri.path(),
        uri.query(),
        if lang == Lang::Ur { Lang::En } else { Lang::Ur },
    );
    let shown = p.str("series").unwrap_or("ict").to_string();
    cached(&st, p.key(uri.path()), &headers, "text/html; charset=utf-8", move |s| {
        let r = itx_app::peers::compare(s, line, from).map_err(|e| ApiError::from_app(e, None))?;
        let tr = |id: &str| itx_app::render::t(lang, id, &[]);
        let figure: String = [
            itx_app::peers::chart(s, line, None),
            itx_app::peers::levels_chart(s, line, None),
        ]
        .into_iter()
        .filter_map(|c| c.ok().and_then(|c| crate::pages::responsive(&c)))
        .map(|svg| format!("<figure>{svg}</figure>"))
        .collect();
        let pct = |v: Option<f64>| v.map_or_else(String::new, |x| format!("{x:+.1}%"));
        let share = |v: Option<f64>| v.map_or_else(String::new, |x| format!("{x:.1}%"));
        let mut trs = String::new();
        for row in &r.rows {
            for (country, f) in [("India", &row.india), ("Pakistan", &row.pakistan)] {
                let country_word = itx_app::render::t(lang, &format!("country-{}", country.to_lowercase()), &[]);
                let Some(f) = f else { continue };
                trs += &format!(
                    "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                    esc(&row.quarter),
                    esc(&country_word),
                    esc(&f.fiscal_quarter),
                    esc(&itx_types::grouped(f.value, 1)),
                    pct(f.yoy_pct),
                    share(f.share_of_services_pct),
                    pct(f.growth_4q_pct),
                    if country == "Pakistan" { share(row.pakistan_pct_of_india) } else { String::new() },
                    esc(&f.note)
                );
            }
        }
        let opts: String = ["ict", "computer", "services"]
            .iter()
            .map(|o| {
                let sel = if *o == shown { " selected" } else { "" };
                format!("<option value=\"{o}\"{sel}>{o}</option>")
            })
            .collect();
        let notes: String = r
            .not_compared
            .iter()
            .zip(itx_types::peers::UNCOMPARED)
            .map(|(n, u)| {
                let figures: String = r
                    .press
                    .iter()
                    .filter(|f| f.country == u.country)
                    .map(|f| {
                        format!(
                            "<li>{} · {} · ${} million · <a href=\"{}\">{}</a> (press-reported)</li>",
                            esc(&f.period),
                            esc(&f.series.replace('_', " ")),
                            esc(&itx_types::plain(f.value)),
                            esc(&f.url),
                            esc(if f.published.is_empty() { "undated" } else { &f.published }),
                        )
                    })
                    .collect();
                format!("<li>{}<ul class=\"press\">{figures}</ul></li>", esc(n))
            })
            .collect();
        let body = format!(
            "<h1>{title}</h1><p dir=\"ltr\" lang=\"en\">{}.</p><p>{intro}</p>\
<form method=\"get\" action=\"/peers\">{hidden}<label>{line_w}<select name=\"series\">{opts}</select></label><label>{from_w}<input name=\"from\" placeholder=\"2024-Q3\" size=\"8\" dir=\"ltr\"></label><button type=\"submit\">{show_w}</button></form>\
{figure}<p class=\"share\" id=\"downloads\"><a href=\"/api/v1/peers?series={}\">JSON</a></p>\
<table id=\"peers\"><thead><tr>{heads}</tr></thead><tbody>{trs}</tbody></table>\
<h2>{not_w}</h2><ul dir=\"ltr\" lang=\"en\">{notes}</ul><p>{sources_w}</p>",
            esc(&r.definition),
            esc(&shown),
            title = esc(&tr("peers-title")),
            intro = esc(&tr("peers-intro")),
            hidden = if lang == Lang::Ur { "<input type=\"hidden\" name=\"lang\" value=\"ur\">" } else { "" },
            line_w = esc(&tr("peers-line")),
            from_w = esc(&tr("form-from")),
            show_w = esc(&tr("form-show")),
            heads = ["col-quarter", "col-country", "col-own-fq", "col-usd", "col-yoy", "col-share", "col-4q", "col-pct-india", "col-source"]
                .iter()
                .map(|id| format!("<th>{}</th>", esc(&tr(id))))
                .collect::<String>(),
            not_w = esc(&tr("peers-not-compared")),
            sources_w = esc(&tr("peers-sources")),
        );
        Ok(page_in(
            lang,
            &switch,
            &tr("peers-title"),
            "/peers",
            freshness_notice_in(s, lang).as_deref(),
            &body,
        )
        .into_bytes())
    })
    .await
}
