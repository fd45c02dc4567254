//! The dashboard's check page: a form for an article's text (and its date),
//! and its claims shown with their verdicts, reasons and sources.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::Extension;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, Form, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use itx_app::Lang;
use itx_app::render::escape_html as esc;

use crate::api::Params;
use crate::pages::{freshness_notice_in, lang_param, page_in, switch_href};
use crate::{ApiError, Shared};

/// The check form (in `lang`), filled with what was just checked, so it can
/// be edited and checked again.
fn check_form_with(lang: Lang, text: &str, date: Option<&str>, as_of: Option<&str>) -> String {
    let tr = |id: &str| esc(&itx_app::render::t(lang, id, &[]));
    let value = |v: Option<&str>| v.map_or(String::new(), |v| format!(" value=\"{}\"", esc(v)));
    format!(
        "<form method=\"post\" action=\"/check\" id=\"check-form\">{}\
<label style=\"width:100%\">{}<textarea name=\"text\" id=\"text\" dir=\"auto\" required>{}</textarea></label>\
<label>{}<input placeholder=\"YYYY-MM-DD\" pattern=\"\\d{{4}}-\\d{{2}}(-\\d{{2}})?\" size=\"10\" name=\"date\"{}></label><label>{}<input placeholder=\"YYYY-MM-DD\" pattern=\"\\d{{4}}-\\d{{2}}-\\d{{2}}\" size=\"10\" name=\"as_of\"{}></label><button type=\"submit\">{}</button></form>",
        if lang == Lang::Ur {
            "<input type=\"hidden\" name=\"lang\" value=\"ur\">"
        } else {
            ""
        },
        tr("check-paste"),
        esc(text),
        tr("check-published"),
        value(date),
        tr("form-as-of"),
        value(as_of),
        tr("check-submit"),
    )
}

pub(crate) async fn check_form(
    State(st): State<Shared>,
    uri: Uri,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["lang"])?;
    let lang = lang_param(&p)?;
    let other = if lang == Lang::Ur { Lang::En } else { Lang::Ur };
    let switch = switch_href(uri.path(), uri.query(), other);
    let notice = st
        .with_store(move |s| Ok(freshness_notice_in(s, lang)))
        .await
        .ok()
        .flatten();
    let tr = |id: &str| itx_app::render::t(lang, id, &[]);
    let mut r = Html(page_in(
        lang,
        &switch,
        &tr("check-title"),
        "/check",
        notice.as_deref(),
        &format!(
            "<h1>{}</h1><p>{}</p>{}",
            esc(&tr("check-title")),
            esc(&tr("check-intro")),
            check_form_with(lang, "", None, None)
        ),
    ))
    .into_response();
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(r)
}

pub(crate) async fn check_submit(
    State(st): State<Shared>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Result<Response, ApiError> {
    if !st.allow_post(&crate::client_of(&headers, connect.map(|c| c.0.0))) {
        return Err(ApiError::status(
            StatusCode::TOO_MANY_REQUESTS,
            "too many checks from this client; wait a minute",
        ));
    }
    let Form(form) = form.map_err(|e| ApiError {
        status: e.status(),
        message: e.body_text(),
        parameter: Some("text".into()),
    })?;
    let text = form.get("text").cloned().unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::bad("text", "no text to check"));
    }
    let field = |name: &str| form.get(name).map(String::as_str).filter(|s| !s.is_empty());
    let as_of = field("as_of")
        .map(|s| crate::api::date_field("as_of", s))
        .transpose()?;
    let date = field("date")
        .map(|s| crate::api::article_date_field("date", s))
        .transpose()?;
    let lang = form
        .get("lang")
        .and_then(|l| Lang::parse(l))
        .unwrap_or_default();
    let tr = |id: &str| itx_app::render::t(lang, id, &[]);
    let report = crate::posts::run_check(&st, text.clone(), as_of, date).await?;
    let claims = &report.claims;
    // The text with each claim marked in place (offsets are bytes into `text`).
    let mut marked = String::new();
    let mut at = 0usize;
    let mut notes = String::new();
    for (i, c) in claims.iter().enumerate() {
        let (start, end) = (c.start, c.end);
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        let verdict = c.verdict.as_str();
        marked += &esc(&text[at..start]);
        marked += &format!(
            "<mark class=\"{verdict}\" title=\"{}\"><a href=\"#claim-{n}\">{}</a></mark>",
            esc(&c.reason),
            esc(&text[start..end]),
            n = i + 1
        );
        at = end;
        let source = |s: &itx_app::checking::SourceRef| {
            // The figure as its source printed it, as the CLI shows it; written
            // left to right on the Urdu page too ("2025-07 = 354", not "354 =
            // 2025-07").
            format!(
                "<li><span dir=\"ltr\" lang=\"en\">{} = {} {}: {} ({})</span></li>",
                esc(&s.period),
                esc(&itx_types::printed(&s.value_published)),
                esc(&s.unit_published),
                esc(&s.source),
                esc(&s.location)
            )
        };
        // The first few show, the rest fold away (the CLI counts them).
        let shown = itx_app::checking::SOURCES_SHOWN;
        let first: String = c.sources.iter().take(shown).map(source).collect();
        let mut sources = format!("<ul>{first}</ul>");
        if c.sources.len() > shown {
            let rest: String = c.sources.iter().skip(shown).map(source).collect();
            sources += &format!(
                "<details><summary>{}</summary><ul>{rest}</ul></details>",
                esc(&itx_app::render::t(
                    lang,
                    "check-more-figures",
                    &[("n", &(c.sources.len() - shown).to_string())]
                ))
            );
        }
        notes += &format!(
            "<li id=\"claim-{n}\" class=\"verdict {verdict}\"><strong>{}</strong>: “<bdi>{}</bdi>” — <span dir=\"ltr\" lang=\"en\">{}</span>{sources}</li>",
            esc(&tr(&format!("verdict-{verdict}"))),
            esc(&text[start..end]),
            esc(&c.reason),
            n = i + 1
        );
    }
    marked += &esc(&text[at..]);
    let form = check_form_with(
        lang,
        &text,
        date.map(|d| d.to_string()).as_deref(),
        as_of.map(|d| d.to_string()).as_deref(),
    );
    let body = format!(
        "<h1>{}</h1>{form}<h2>{}</h2>{}<div class=\"checked\" dir=\"auto\" style=\"white-space:pre-wrap;unicode-bidi:plaintext\">{marked}</div><ol class=\"notes\">{notes}</ol>",
        esc(&tr("check-title")),
        esc(&itx_app::render::t(
            lang,
            "check-count",
            &[("n", &claims.len().to_string())]
        )),
        Some(tr("check-reasons-note"))
            .filter(|n| !n.trim().is_empty())
            .map(|n| format!("<p>{}</p>", esc(&n)))
            .unwrap_or_default(),
    );
    let notice = st
        .with_store(move |s| Ok(freshness_notice_in(s, lang)))
        .await
        .ok()
        .flatten();
    let switch = if lang == Lang::Ur {
        "/check"
    } else {
        "/check?lang=ur"
    };
    Ok(Html(page_in(
        lang,
        switch,
        &tr("check-title"),
        "/check",
        notice.as_deref(),
        &body,
    ))
    .into_response())
}
