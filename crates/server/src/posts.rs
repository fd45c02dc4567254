//! The two POST endpoints of `/api/v1`: checking a text's claims and loading a
//! release.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::api::Params;
use crate::{ApiError, Shared};

/// Reads the text of a check request: plain text, or JSON `{"text": ...}`.
pub(crate) fn check_text(headers: &HeaderMap, body: &Bytes) -> Result<String, ApiError> {
    let ct = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain");
    let text = if ct.starts_with("application/json") {
        let v: Value = serde_json::from_slice(body)
            .map_err(|e| ApiError::bad("body", format!("not JSON: {e}")))?;
        v.get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| ApiError::bad("text", "JSON body needs a \"text\" string"))?
            .to_string()
    } else {
        String::from_utf8(body.to_vec())
            .map_err(|_| ApiError::bad("body", "the text is not UTF-8"))?
    };
    if text.trim().is_empty() {
        return Err(ApiError::bad("text", "no text to check"));
    }
    Ok(text)
}

#[utoipa::path(post, path = "/api/v1/check", summary = "Check the numeric claims of a text",
    params(("as_of" = Option<String>, Query, description = "Use only what had been published by this date (YYYY-MM-DD)"),
        ("date" = Option<String>, Query, description = "The article's publication date, YYYY-MM-DD (or YYYY-MM, read as the 15th): months without a year, 'the current fiscal year' and records are read as of it (default: a dateline in the text, else today)")),
    request_body(description = "The text, or {\"text\": ...}", content((String = "text/plain"), (Object = "application/json"))),
    responses((status = 200, description = "The claims found, each with its verdict and sources", body = itx_app::responses::CheckResponse),
        (status = 400, description = "Bad input", body = itx_app::responses::ErrorBody), (status = 413, description = "Body too large", body = itx_app::responses::ErrorBody), (status = 429, description = "Too many requests", body = itx_app::responses::ErrorBody)))]
pub(crate) async fn check(
    State(st): State<Shared>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let p = Params::new(q, &["as_of", "date"])?;
    if !st.allow_post(&crate::client_of(&headers, connect.map(|c| c.0.0))) {
        return Err(ApiError::status(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "more than {} checks a minute from this client",
                st.cfg.post_per_minute
            ),
        ));
    }
    let (as_of, date) = (p.date("as_of")?, p.article_date("date")?);
    let text = check_text(&headers, &body)?;
    let report = run_check(&st, text, as_of, date).await?;
    Ok(Json(itx_app::checking::to_json(&report)).into_response())
}

/// Checks a text's claims against the store as known on `as_of`, reading it as
/// published on `date` (the API's check and the dashboard's check page).
pub(crate) async fn run_check(
    st: &Shared,
    text: String,
    as_of: Option<itx_types::Date>,
    date: Option<itx_types::Date>,
) -> Result<itx_app::checking::Report, ApiError> {
    st.with_store(move |s| {
        let opts = itx_app::checking::CheckOptions {
            as_of,
            date,
            ..itx_app::checking::CheckOptions::default()
        };
        itx_app::checking::check(s, &text, &opts).map_err(|e| ApiError::internal(format!("{e:#}")))
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/ingest", summary = "Load a release (server started with --allow-ingest; Authorization: Bearer token)",
    params(("published" = Option<String>, Query, description = "Release date (YYYY-MM-DD); default: the file's own date, else today"),
        ("file" = Option<String>, Query, description = "File name for provenance"),
        ("format" = Option<String>, Query, description = "Override detection"),
        ("source_url" = Option<String>, Query, description = "Where it was published"),
        ("dry_run" = Option<bool>, Query, description = "true: report only"),
        ("accept_outliers" = Option<bool>, Query, description = "true: load figures far outside their series' history, flagged (never negative exports, non-numbers or future dates)")),
    request_body(description = "The file's bytes", content_type = "application/octet-stream", content = Vec<u8>),
    responses((status = 200, description = "Ingest report", body = itx_app::responses::IngestResponse),
        (status = 401, description = "No or wrong token", body = itx_app::responses::ErrorBody),
        (status = 403, description = "Read-only server", body = itx_app::responses::ErrorBody),
        (status = 413, description = "Body too large", body = itx_app::responses::ErrorBody),
        (status = 422, description = "Unreadable or implausible file", body = itx_app::responses::ErrorBody),
        (status = 429, description = "Too many requests", body = itx_app::responses::ErrorBody)))]
pub(crate) async fn ingest(
    State(st): State<Shared>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let Some(token) = st.cfg.ingest_token.clone() else {
        return Err(ApiError::status(
            StatusCode::FORBIDDEN,
            "this server is read-only (start it with --allow-ingest and a token)",
        ));
    };
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    // Compared in constant time: the time a wrong token takes says nothing of
    // how much of it was right.
    let right =
        given.is_some_and(|g| constant_time_eq::constant_time_eq(g.as_bytes(), token.as_bytes()));
    if !right {
        return Err(ApiError::status(
            StatusCode::UNAUTHORIZED,
            "missing or wrong bearer token",
        ));
    }
    if !st.allow_post(&crate::client_of(&headers, connect.map(|c| c.0.0))) {
        return Err(ApiError::status(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests",
        ));
    }
    let p = Params::new(
        q,
        &[
            "published",
            "file",
            "format",
            "source_url",
            "dry_run",
            "accept_outliers",
        ],
    )?;
    let accept_outliers = p
        .str("accept_outliers")
        .is_some_and(|v| v == "true" || v == "1");
    let published = p.date("published")?;
    let format = p
        .str("format")
        .map(|f| {
            f.parse::<itx_app::ingest::Format>()
                .map_err(|e| ApiError::bad("format", e))
        })
        .transpose()?;
    let src = itx_app::ingest::Source {
        file: p.str("file").unwrap_or("upload").to_string(),
        // The file's own date (a workbook's last-saved time) when none is given;
        // today when the file has none either.
        published,
        url: p.str("source_url").map(str::to_string),
        ..itx_app::ingest::Source::default()
    };
    let dry_run = p.str("dry_run").is_some_and(|v| v == "true" || v == "1");
    let today = jiff::Zoned::now().date();
    // Up to 32 MiB of parsing runs on a blocking thread, not on an async worker.
    let input = crate::blocking(move || {
        let label = src.file.clone();
        Ok(itx_app::ingest::read(&body, &label, &src, format, today)?)
    })
    .await?;
    let v = st
        .with_writer(move |db| {
            // The same reading, dating and plausibility rules as `itx ingest`.
            let inputs = [input];
            let w = itx_app::ingest::write(db, &inputs, accept_outliers, dry_run, today)?;
            Ok(itx_app::ingest::response(&inputs[0], &w, dry_run))
        })
        .await?;
    st.forget_generation();
    Ok(Json(v).into_response())
}
