//! The dashboard: server-rendered HTML with the SVG charts inline, no script.
//! Every figure links to its source (the brief's sources table, or the release's
//! address in the explorer).

use std::collections::HashMap;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use itx_app::Lang;
use itx_app::render::escape_html as esc;

use crate::api::{CHECK_LIMIT, Params};
use crate::cache::cached;
use crate::{ApiError, Shared};

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/", get(home))
        .route("/explore", get(explore))
        .route("/revisions", get(revisions))
        .route("/assets/fonts/{name}", get(font))
        .route(
            "/check",
            get(crate::check_page::check_form)
                .post(crate::check_page::check_submit)
                .layer(DefaultBodyLimit::max(CHECK_LIMIT)),
        )
}

const EXTRA_CSS: &str = "nav{display:flex;gap:1rem;flex-wrap:wrap;padding:.75rem 1.25rem;border-bottom:1px solid #ddd;font-size:.95rem}\
nav a{color:#0b4f8a;text-decoration:none}nav a.here{font-weight:700;color:#1a1a1a}#lang-switch{margin-inline-start:auto}\
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:1rem 0}\
.card{border:1px solid #ddd;border-radius:.5rem;padding:.75rem}.card .k{color:#555;font-size:.85rem}\
.card .v{font-size:1.5rem;font-weight:700}.badge{display:inline-block;background:#e07010;color:#fff;border-radius:.3rem;padding:.1rem .4rem;font-size:.8rem;margin-left:.3rem}\
form{display:flex;gap:.75rem;flex-wrap:wrap;align-items:end;margin:1rem 0}label{display:flex;flex-direction:column;font-size:.85rem;color:#555}\
input,select,textarea,button{font:inherit;padding:.3rem}textarea{width:100%;min-height:12rem}\
mark.supported{background:#d9f2d9}mark.contradicted{background:#f9d0d0}mark.unverifiable{background:#eee}mark.outdated{background:#fbeecb}ol.notes{overflow-wrap:anywhere}[dir=rtl] ol.notes li>span[dir=ltr]{display:block}\
.up{color:#1a7f37}.down{color:#b42318}\
.field-error{color:#b42318;font-size:.85rem}main table{display:block;overflow-x:auto;max-width:100%}td{overflow-wrap:break-word}td.num{white-space:nowrap}.chart-narrow{display:none}@media (max-width:640px){.chart-wide{display:none}.chart-narrow{display:block}}.share{font-size:.85rem}.share a{color:#0b4f8a}.card .share{margin-top:.3rem}.stale{background:#fff4d6;border:1px solid #e0b000;border-radius:.4rem;padding:.6rem .8rem;overflow-wrap:anywhere}";

/// A chart drawn twice, wide (800 px) and narrow (480 px, fewer month labels,
/// text half as large again on a phone), the page's CSS showing the one that
/// fits the screen: an 800-px chart shrunk to a 390-px phone sets its 12-px
/// labels at about 5 px.
pub(crate) fn responsive(c: &itx_app::render::Chart) -> Option<String> {
    let wide = itx_app::render::svg(c).ok()?;
    let narrow = itx_app::render::svg_sized(
        c,
        itx_app::render::Size {
            width: 480,
            height: 420,
        },
    );
    Some(match narrow {
        Ok(n) => {
            format!("<div class=\"chart-wide\">{wide}</div><div class=\"chart-narrow\">{n}</div>")
        }
        Err(_) => wide,
    })
}

/// The notice every page shows while the headline series' data is overdue
/// (`itx_app::freshness`): what is missing and the command that fetches it.
pub(crate) fn freshness_notice(s: &itx_app::Db) -> Option<String> {
    freshness_notice_in(s, Lang::En)
}

/// [`freshness_notice`] in `lang`.
pub(crate) fn freshness_notice_in(s: &itx_app::Db, lang: Lang) -> Option<String> {
    let ict = itx_types::SeriesKey::new("pk.ebops.9.credit");
    let today = jiff::Zoned::now().date();
    itx_app::freshness::of(s, &ict, today)
        .ok()
        .flatten()
        .and_then(|f| f.notice_in(lang))
}

async fn notice_of(st: &Shared) -> Option<String> {
    st.with_store(|s| Ok(freshness_notice(s)))
        .await
        .ok()
        .flatten()
}

/// `lang`: en (the default) or ur.
pub(crate) fn lang_param(p: &Params) -> Result<Lang, ApiError> {
    match p.str("lang") {
        None => Ok(Lang::En),
        Some(l) => {
            Lang::parse(l).ok_or_else(|| ApiError::bad("lang", format!("lang {l:?}: en or ur")))
        }
    }
}

/// The same address in the other language: `query` without its `lang`, then
/// `lang=ur` when switching to Urdu.
pub(crate) fn switch_href(path: &str, query: Option<&str>, to: Lang) -> String {
    let mut kept: Vec<&str> = query
        .unwrap_or("")
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang="))
        .collect();
    if to == Lang::Ur {
        kept.push("lang=ur");
    }
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// The Urdu web font (Noto Naskh Arabic, subset; embedded in the binary).
async fn font(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match itx_app::render::URDU_FONTS.iter().find(|(n, _)| *n == name) {
        Some((_, bytes)) => (
            [
                (header::CONTENT_TYPE, "font/ttf"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            *bytes,
        )
            .into_response(),
        None => ApiError::not_found(format!("no font {name:?}")).into_response(),
    }
}

/// `@font-face` for Urdu pages: the served Naskh first, then what the
/// reader's system has.
pub(crate) const URDU_FACES: &str = "@font-face{font-family:'itx Naskh';src:url(/assets/fonts/NotoNaskhArabic-Regular.ttf) format('truetype');font-weight:400;font-display:swap}\
@font-face{font-family:'itx Naskh';src:url(/assets/fonts/NotoNaskhArabic-Bold.ttf) format('truetype');font-weight:700;font-display:swap}\
body{font-family:'itx Naskh','Noto Naskh Arabic','Noto Nastaliq Urdu',system-ui,sans-serif}figure,svg,.num,code,.key{direction:ltr}figure svg{font-family:system-ui,sans-serif}";

/// For English pages: Urdu pasted or quoted in them (the check page, an Urdu
/// article's claims) is drawn with the served Naskh, which the browser fetches
/// only when a page has Arabic-script text (`unicode-range`); system fonts often
/// lack Urdu's own letters ("ہ", "ے") and show boxes.
pub(crate) const ARABIC_FALLBACK: &str = "@font-face{font-family:'itx Naskh';src:url(/assets/fonts/NotoNaskhArabic-Regular.ttf) format('truetype');font-weight:400;font-display:swap;unicode-range:U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF}\
@font-face{font-family:'itx Naskh';src:url(/assets/fonts/NotoNaskhArabic-Bold.ttf) format('truetype');font-weight:700;font-display:swap;unicode-range:U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF}\
body,textarea{font-family:'itx Naskh',system-ui,-apple-system,'Segoe UI',sans-serif}";

/// A dashboard page in `lang` (Urdu: right to left, an Urdu font stack, the
/// navigation in Urdu), with a link to the same page in the other language.
pub(crate) fn page_in(
    lang: Lang,
    switch: &str,
    title: &str,
    here: &str,
    notice: Option<&str>,
    body: &str,
) -> String {
    let suffix = if lang == Lang::Ur { "?lang=ur" } else { "" };
    let nav = [
        ("/", "nav-latest"),
        ("/explore", "nav-explorer"),
        ("/revisions", "nav-revisions"),
        ("/check", "nav-check"),
        ("/peers", "nav-peers"),
    ]
    .iter()
    .map(|(href, id)| {
        let class = if *href == here { " class=\"here\"" } else { "" };
        format!(
            "<a href=\"{href}{suffix}\"{class}>{}</a>",
            esc(&itx_l10n_t(lang, id))
        )
    })
    .collect::<String>();
    let other = if lang == Lang::Ur { Lang::En } else { Lang::Ur };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<link rel=\"icon\" href=\"data:,\"><link rel=\"alternate\" type=\"application/atom+xml\" title=\"itx releases\" href=\"/feed.xml\"><title>{} · itx</title><style>{}{EXTRA_CSS}{}</style></head><body>\
<nav><strong>itx</strong>{nav}<a href=\"/api/v1/openapi.json\">API</a><a href=\"{}\" id=\"lang-switch\" lang=\"{}\" hreflang=\"{}\" title=\"{}\">{}</a></nav><main>\n{notice}{body}</main></body></html>\n",
        lang.as_str(),
        lang.dir(),
        esc(title),
        itx_app::render::CSS,
        if lang == Lang::Ur {
            format!("{}{URDU_FACES}", itx_app::render::URDU_CSS)
        } else {
            ARABIC_FALLBACK.to_string()
        },
        esc(switch),
        other.as_str(),
        other.as_str(),
        esc(&itx_l10n_t(lang, "lang-switch-title")),
        esc(&itx_l10n_t(lang, "lang-switch")),
        notice = notice
            .map(|n| format!(
                "<p class=\"stale\" id=\"freshness\" role=\"status\">{}</p>",
                itx_app::render::code_spans(&esc(n))
            ))
            .unwrap_or_default()
    )
}

fn itx_l10n_t(lang: Lang, id: &str) -> String {
    itx_app::render::t(lang, id, &[])
}

fn pct(v: Option<f64>) -> Option<String> {
    v.map(|p| format!("{}{:.1}%", if p >= 0.0 { "+" } else { "" }, p))
}

fn updown(v: Option<f64>) -> &'static str {
    if v.is_some_and(|p| p < 0.0) {
        "down"
    } else {
        "up"
    }
}

/// The home page's headline cards, from the brief's summary: (name, HTML) for
/// each, the name being the card's address under `/card/`. `tier` is the
/// headline figure's source tier in words.
pub(crate) fn cards(
    j: &itx_app::render::MonthSummary,
    m: itx_types::YearMonth,
    tier: Option<&str>,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    use itx_app::render::{amount, percent, t};
    let money = |x: f64| amount(lang, &itx_app::render::money(x));
    let pc = |v: Option<f64>| pct(v).map(|p| percent(lang, &p));
    let mut cards = Vec::new();
    let badge = if j.all_time_high == Some(true) {
        format!(
            "<span class=\"badge\">{}</span>",
            esc(&t(lang, "card-record", &[]))
        )
    } else {
        String::new()
    };
    cards.push(("latest", format!(
        "<div class=\"card\"><div class=\"k\">{}</div><div class=\"v\" id=\"latest-value\"><a class=\"fact\" href=\"#src-1\">{}</a>{badge}</div><div class=\"k tier\" id=\"latest-tier\">{}</div></div>",
        esc(&itx_app::render::month_year(lang, m.year(), m.month())),
        esc(&money(j.value)),
        esc(&tier.map(|x| itx_app::render::tier_words(lang, x)).unwrap_or_default())
    )));
    if let Some(y) = pc(j.yoy_pct) {
        let base = j.year_ago.as_ref().map_or("", |y| y.period.as_str());
        cards.push((
            "yoy",
            format!(
                "<div class=\"card\"><div class=\"k\">{}</div><div class=\"v {}\">{}</div></div>",
                esc(&t(lang, "card-yoy", &[("base", base)])),
                updown(j.yoy_pct),
                esc(&y)
            ),
        ));
    }
    if let Some(mm) = pc(j.mom_pct) {
        cards.push((
            "mom",
            format!(
                "<div class=\"card\"><div class=\"k\">{}</div><div class=\"v {}\">{}</div></div>",
                esc(&t(lang, "card-mom", &[])),
                updown(j.mom_pct),
                esc(&mm)
            ),
        ));
    }
    if let Some(f) = &j.fytd {
        let label = match lang {
            Lang::En => f.label.clone(),
            Lang::Ur => {
                let y = if m.month() >= 7 {
                    m.year()
                } else {
                    m.year() - 1
                };
                format!(
                    "{} {y}-{:02} ({} تا {})",
                    "مالی سال",
                    (y + 1) % 100,
                    itx_app::render::t(lang, "month-7", &[]),
                    itx_app::render::t(lang, &format!("month-{}", m.month()), &[])
                )
            }
        };
        cards.push(("fytd", format!(
            "<div class=\"card\"><div class=\"k\">{}</div><div class=\"v\">{}</div><div class=\"k\">{}</div></div>",
            esc(&t(lang, "card-fytd", &[("label", &label)])),
            esc(&money(f.value)),
            esc(&t(lang, "card-fytd-change", &[("pct", &pc(f.yoy_pct).unwrap_or_default())]))
        )));
    }
    if let Some(tg) = &j.target {
        let detail = match tg.needed_monthly_avg {
            Some(n) => t(lang, "card-target-needs", &[("value", &money(n))]),
            None => match tg.gap {
                Some(g) if g >= 0.0 => t(lang, "card-target-beaten", &[("value", &money(g))]),
                Some(g) => t(lang, "card-target-missed", &[("value", &money(-g))]),
                None => String::new(),
            },
        };
        cards.push(("target", format!(
            "<div class=\"card\"><div class=\"k\">{}</div><div class=\"v\">{}</div><div class=\"k\">{}</div></div>",
            esc(&t(lang, "card-target", &[])),
            esc(&money(tg.value)),
            esc(&detail)
        )));
    }
    if let Some(o) = &j.outlook {
        // As the brief prints it: to the precision the interval supports.
        let width = o.upper80 - o.lower80;
        let forecast = |x: f64| amount(lang, &itx_app::render::money_to(x, width));
        let p = o
            .p_target
            .map(|p| {
                t(
                    lang,
                    "card-forecast-p",
                    &[("p", &percent(lang, &format!("{:.0}%", p * 100.0)))],
                )
            })
            .unwrap_or_default();
        cards.push(("forecast", format!(
            "<div class=\"card\"><div class=\"k\">{}</div><div class=\"v\">{}</div><div class=\"k\">{}{}</div></div>",
            esc(&t(lang, "card-forecast", &[])),
            esc(&forecast(o.median)),
            esc(&t(lang, "card-forecast-range", &[("lo", &forecast(o.lower80)), ("hi", &forecast(o.upper80))])),
            esc(&p)
        )));
    }
    cards
}

async fn home(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "month", "as_of", "lang"])?;
    let key = p.series("series", "ict")?;
    let (month, as_of, lang) = (p.month("month")?, p.date("as_of")?, lang_param(&p)?);
    let other = if lang == Lang::Ur { Lang::En } else { Lang::Ur };
    let switch = switch_href(uri.path(), uri.query(), other);
    cached(
        &st,
        p.key(uri.path()),
        &headers,
        "text/html; charset=utf-8",
        move |s| {
            let (mut b, m) = itx_app::brief_in(s, &key, month, as_of, lang)
                .map_err(|e| ApiError::from_app(e, Some("month")))?;
            // The page shows the freshness notice above everything; the brief's own
            // copy of it would say it twice.
            let notice = freshness_notice_in(s, lang);
            b.paragraphs.retain(|p| Some(p) != notice.as_ref());
            let inline: Vec<(String, String, String)> =
                itx_app::brief_charts_in(s, &key, m, as_of, lang)
                    .map_err(|e| ApiError::from_app(e, None))?
                    .into_iter()
                    .filter_map(|(name, caption, c)| {
                        let caption = match lang {
                            Lang::En => caption,
                            Lang::Ur => itx_app::render::t(
                                lang,
                                &format!("chart-caption-{name}"),
                                &[(
                                    "month",
                                    &itx_app::render::month_year(lang, m.year(), m.month()),
                                )],
                            ),
                        };
                        Some((name, caption, responsive(&c)?))
                    })
                    .collect();
            let tier = b.facts.iter().find_map(|f| {
                f.source
                    .as_ref()
                    .filter(|s| s.period == m.to_string() && s.series == key.as_str())
                    .map(|s| s.tier)
            });
            let query = crate::share::card_query(&key, m, as_of);
            let cards: String = b
                .summary
                .month()
                .map(|j| cards(j, m, tier, lang))
                .unwrap_or_default()
                .into_iter()
                .map(|(name, html)| {
                    crate::share::with_share_link(
                        &html,
                        &format!("/card/{name}?{query}"),
                        &itx_app::render::t(lang, "share-embed-cite", &[]),
                    )
                })
                .collect();
            let from = m.add_months(-12);
            let links: Vec<String> = inline
                .iter()
                .map(|(kind, _, _)| {
                    let q = if kind == "fan" {
                        crate::share::chart_query(&key, None, as_of)
                    } else {
                        crate::share::chart_query(&key, Some((from, m)), as_of)
                    };
                    crate::share::chart_links(kind, &key, &q, Some((from, m)), as_of)
                })
                .collect();
            let body = format!(
                "<h1>{}</h1>\n<div class=\"cards\">{cards}</div>\n{}",
                esc(&b.title),
                b.html_body_linked(&inline, &links)
            );
            Ok(page_in(lang, &switch, &b.title, "/", notice.as_deref(), &body).into_bytes())
        },
    )
    .await
}

/// The explorer; bad input (`?from=2026-13`) shows the form again with the
/// error beside the field it is about, as a 400 page, not the API's JSON.
async fn explore(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let raw = q.clone();
    let lang = raw
        .get("lang")
        .and_then(|l| Lang::parse(l))
        .unwrap_or_default();
    let path = uri.path().to_string();
    let query = uri.query().map(str::to_string);
    match explore_page(st.clone(), uri, headers, q).await {
        Err(e) if e.status.is_client_error() => {
            let notice = notice_of(&st).await;
            let tr = |id: &str| itx_app::render::t(lang, id, &[]);
            let field = |name: &str, label: &str, hint: &str| {
                let value = raw.get(name).map(String::as_str).unwrap_or("");
                let error = if e.parameter.as_deref() == Some(name) {
                    format!(
                        "<span class=\"field-error\" id=\"error-{name}\">{}</span>",
                        esc(&e.message)
                    )
                } else {
                    String::new()
                };
                format!(
                    "<label>{label}<input name=\"{name}\" placeholder=\"{hint}\" value=\"{}\" size=\"10\">{error}</label>",
                    esc(value)
                )
            };
            let general = if e
                .parameter
                .as_deref()
                .is_none_or(|p| !["series", "transform", "from", "to", "as_of"].contains(&p))
            {
                format!(
                    "<p class=\"field-error\" id=\"error\">{}</p>",
                    esc(&e.message)
                )
            } else {
                String::new()
            };
            let hidden = if lang == Lang::Ur {
                "<input type=\"hidden\" name=\"lang\" value=\"ur\">"
            } else {
                ""
            };
            let body = format!(
                "<h1>{}</h1>{general}<form method=\"get\" action=\"/explore\" id=\"explore-form\">{hidden}{}{}{}{}{}<button type=\"submit\">{}</button></form>",
                esc(&tr("explore-title")),
                field("series", &tr("form-series"), "ict, services…"),
                field(
                    "transform",
                    &tr("form-transform"),
                    "level, mom, yoy, fytd, ttm"
                ),
                field("from", &tr("form-from"), "YYYY-MM"),
                field("to", &tr("form-to"), "YYYY-MM"),
                field("as_of", &tr("form-as-of"), "YYYY-MM-DD"),
                esc(&tr("form-show")),
            );
            let other = if lang == Lang::Ur { Lang::En } else { Lang::Ur };
            let switch = switch_href(&path, query.as_deref(), other);
            let mut r = Html(page_in(
                lang,
                &switch,
                &tr("explore-title"),
                "/explore",
                notice.as_deref(),
                &body,
            ))
            .into_response();
            *r.status_mut() = e.status;
            Ok(r)
        }
        other => other,
    }
}

async fn explore_page(
    st: Shared,
    uri: Uri,
    headers: HeaderMap,
    q: HashMap<String, String>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "transform", "as_of", "from", "to", "lang"])?;
    let key = p.series("series", "ict")?;
    let t = p.transform()?;
    let (from, to, as_of) = (p.month("from")?, p.month("to")?, p.date("as_of")?);
    let lang = lang_param(&p)?;
    let other = if lang == Lang::Ur { Lang::En } else { Lang::Ur };
    let switch = switch_href(uri.path(), uri.query(), other);
    let raw: HashMap<&str, String> = ["series", "as_of", "from", "to"]
        .iter()
        .map(|k| (*k, p.str(k).unwrap_or("").to_string()))
        .collect();
    cached(&st, p.key(uri.path()), &headers, "text/html; charset=utf-8", move |s| {
        let tr = |id: &str| itx_app::render::t(lang, id, &[]);
        let list = s.list_series().map_err(|e| ApiError::internal(e.to_string()))?;
        let (data, rows) = itx_app::observations(s, &key, from, to, t, as_of)
            .map_err(|e| ApiError::from_app(e, Some("series")))?;
        let mut opts = String::new();
        for x in &list {
            let sel = if x.info.key == key { " selected" } else { "" };
            // Named as readers know them; the key is the detail a tooltip gives.
            let short = itx_types::short_name(&x.info.key);
            let label = if short == x.info.key.as_str() { x.info.name.clone() } else { short };
            let label = itx_app::render::series_name(lang, x.info.key.as_str(), &label);
            opts += &format!(
                "<option value=\"{0}\" title=\"{0}\"{sel}>{1}</option>",
                esc(x.info.key.as_str()),
                esc(&label)
            );
        }
        let topts: String = itx_app::Transform::ALL
            .iter()
            .map(|x| {
                let sel = if *x == t { " selected" } else { "" };
                format!(
                    "<option value=\"{}\"{sel}>{}</option>",
                    x.as_str(),
                    esc(&tr(&format!("transform-{}", x.as_str())))
                )
            })
            .collect();
        let form = format!(
            "<form method=\"get\" action=\"/explore\" id=\"explore-form\">{hidden}\
<label>{}<select name=\"series\">{opts}</select></label>\
<label>{}<select name=\"transform\" id=\"transform\">{topts}</select></label>\
<label>{}<input name=\"from\" placeholder=\"YYYY-MM\" value=\"{}\" size=\"8\"></label>\
<label>{}<input name=\"to\" placeholder=\"YYYY-MM\" value=\"{}\" size=\"8\"></label>\
<label>{}<input placeholder=\"YYYY-MM-DD\" pattern=\"\\d{{4}}-\\d{{2}}-\\d{{2}}\" size=\"10\" name=\"as_of\" value=\"{}\"></label>\
<button type=\"submit\">{}</button></form>",
            esc(&tr("form-series")),
            esc(&tr("form-transform")),
            esc(&tr("form-from")),
            esc(&raw["from"]),
            esc(&tr("form-to")),
            esc(&raw["to"]),
            esc(&tr("form-as-of")),
            esc(&raw["as_of"]),
            esc(&tr("form-show")),
            hidden = if lang == Lang::Ur { "<input type=\"hidden\" name=\"lang\" value=\"ur\">" } else { "" },
        );
        let digits = if t.unit() == "%" { 1 } else { 2 };
        let mut trs = String::new();
        for r in rows.iter().rev() {
            let v = &r.vintage;
            let src = match &v.release.url {
                Some(u) => format!("<a href=\"{}\">{}</a>", esc(u), esc(&v.release.source)),
                None => esc(&v.release.source),
            };
            trs += &format!(
                "<tr><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{src}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                r.month,
                r.value.map(|x| format!("{x:.digits$}")).unwrap_or_default(),
                esc(&itx_app::render::tier_words(lang, v.release.tier().words())),
                esc(&itx_app::render::status_words(lang, v.status.as_str())),
                esc(&v.release.published.map(|d| d.to_string()).unwrap_or_else(|| tr("undated"))),
                esc(&v.location)
            );
        }
        let last = rows.last().map(|r| r.month);
        let chart = last
            .and_then(|l| {
                let req = itx_app::chart::ChartRequest {
                    kind: "monthly",
                    series: key.clone(),
                    from: Some(from.unwrap_or(l.add_months(-24)).max(rows[0].month)),
                    to: Some(l),
                                        as_of,
                    target: None,
                    lang,
                };
                itx_app::chart::build(s, &req).ok()
            })
            .and_then(|c| responsive(&c))
            .map(|svg| {
                let range = last.map(|l| (from.unwrap_or(l.add_months(-24)).max(rows[0].month), l));
                let q = crate::share::chart_query(&key, range, as_of);
                format!(
                    "<figure>{svg}<figcaption>{}</figcaption></figure>",
                    crate::share::chart_links_in(lang, "monthly", &key, &q, range, as_of)
                )
            })
            .unwrap_or_default();
        // The table as it is shown, to download.
        let mut dq = format!("transform={}", t.as_str());
        for (k, v) in [("from", from.map(|m| m.to_string())), ("to", to.map(|m| m.to_string())), ("as_of", as_of.map(|d| d.to_string()))] {
            if let Some(v) = v {
                dq += &format!("&{k}={v}");
            }
        }
        let obs = format!("/api/v1/series/{key}/observations?{dq}");
        let downloads = format!(
            "<p class=\"share\" id=\"downloads\">{} <a href=\"{obs}&amp;format=csv\">CSV</a> · <a href=\"{obs}&amp;format=xlsx\">XLSX</a> {}</p>",
            esc(&tr("download-table")),
            esc(&tr("download-table-note")),
            obs = esc(&obs)
        );
        let (tname, unit) = match lang {
            Lang::En => (t.as_str().to_string(), t.unit().to_string()),
            Lang::Ur => (
                tr(&format!("transform-{}", t.as_str())),
                tr(if t.unit() == "%" { "unit-pct" } else { "unit-usd-million" }),
            ),
        };
        let heads: String = [
            tr("col-month"),
            itx_app::render::t(lang, "col-value", &[("transform", &tname), ("unit", &unit)]),
            tr("col-source"),
            tr("col-status"),
            tr("col-release"),
            tr("col-published"),
            tr("col-where"),
        ]
        .iter()
        .map(|h| format!("<th>{}</th>", esc(h)))
        .collect();
        let name = {
            let short = itx_types::short_name(&key);
            let english = if short == key.as_str() { data.info.name.clone() } else { short };
            itx_app::render::series_name(lang, key.as_str(), &english)
        };
        let body = format!(
            "<h1>{}</h1><p class=\"key\"><small>{key}</small></p>{form}{chart}{downloads}<table id=\"observations\"><thead><tr>{heads}</tr></thead><tbody>{trs}</tbody></table>",
            esc(&name),
        );
        Ok(page_in(lang, &switch, &tr("explore-title"), "/explore", freshness_notice_in(s, lang).as_deref(), &body).into_bytes())
    })
    .await
}

async fn revisions(
    State(st): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["series", "since", "lang"])?;
    let filter = p.revision_filter()?;
    let lang = lang_param(&p)?;
    let other = if lang == Lang::Ur { Lang::En } else { Lang::Ur };
    let switch = switch_href(uri.path(), uri.query(), other);
    let shown = filter
        .series
        .as_ref()
        .map(|k| k.to_string())
        .unwrap_or_default();
    cached(&st, p.key(uri.path()), &headers, "text/html; charset=utf-8", move |s| {
        let revs = s
            .revisions(&filter)
            .map_err(|e| ApiError::internal(e.to_string()))?;
        let names = itx_app::series_names(s).map_err(|e| ApiError::internal(e.to_string()))?;
        let tr = |id: &str| itx_app::render::t(lang, id, &[]);
        let mut trs = String::new();
        for r in revs.iter().rev() {
            let (old, new, aside) = itx_app::revision_values(r);
            let name = names.get(r.series.as_str()).cloned().unwrap_or_else(|| r.series.to_string());
            let name = itx_app::render::series_name(lang, r.series.as_str(), &name);
            let aside = aside
                .map(|a| format!("<br><small>{}</small>", esc(&a)))
                .unwrap_or_default();
            trs += &format!(
                "<tr><td title=\"{}\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}{aside}</td><td class=\"num\">{}</td><td>{} → {}</td></tr>",
                esc(r.series.as_str()),
                esc(&name),
                r.period,
                esc(&old),
                esc(&new),
                esc(&tr("unit-usd-million")),
                itx_app::pct_change(r.old.value, r.new.value).map(|x| format!("{x:+.2}%")).unwrap_or_default(),
                esc(&r.old.release.source),
                esc(&r.new.release.source)
            );
        }
        let heads: String = ["col-series", "col-period", "col-old", "col-new", "col-unit", "col-change", "col-releases"]
            .iter()
            .map(|id| format!("<th>{}</th>", esc(&tr(id))))
            .collect();
        let body = format!(
            "<h1>{}</h1><p>{}</p>\
<form method=\"get\" action=\"/revisions\">{hidden}<label>{}<input name=\"series\" value=\"{}\" placeholder=\"ict, services…\"></label>\
<button type=\"submit\">{}</button></form>\
<p class=\"share\" id=\"downloads\">{} <a href=\"/api/v1/revisions?{dq}format=csv\">CSV</a> · <a href=\"/api/v1/revisions?{dq}format=xlsx\">XLSX</a></p>\
<table id=\"revisions\"><thead><tr>{heads}</tr></thead><tbody>{trs}</tbody></table>",
            esc(&tr("revisions-title")),
            esc(&tr("revisions-intro")),
            esc(&tr("form-series")),
            esc(&shown),
            esc(&tr("form-filter")),
            esc(&tr("download-revisions")),
            hidden = if lang == Lang::Ur { "<input type=\"hidden\" name=\"lang\" value=\"ur\">" } else { "" },
            dq = if shown.is_empty() { String::new() } else { format!("series={}&amp;", esc(&shown)) }
        );
        Ok(page_in(lang, &switch, &tr("revisions-title"), "/revisions", freshness_notice_in(s, lang).as_deref(), &body).into_bytes())
    })
    .await
}
