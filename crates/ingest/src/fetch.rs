//! EasyData's API over HTTP: `GET {base}/series/{key}/data?api_key=…&start_date=…
//! &end_date=…&format=json` (sbp_formats.md §4.1). The key comes from the caller
//! (the CLI reads `ITX_EASYDATA_KEY`); the base URL can be pointed elsewhere
//! (`ITX_EASYDATA_URL`) so tests replay recorded-format answers from a local server.

use std::time::Duration;

use itx_types::Date;

use crate::easydata;
use crate::{Error, Parsed, Source};

/// What a fetch needs.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// API base, e.g. `https://easydata.sbp.org.pk/api/v1`.
    pub base_url: &'a str,
    pub api_key: &'a str,
    /// EasyData series key, e.g. `TS_GP_BOP_XMGS_M.P00120`.
    pub series: &'a str,
    pub start: Date,
    pub end: Date,
    /// The date the answer is recorded as published (the day it was fetched).
    pub fetched: Date,
}

/// The largest answer accepted (a monthly series since 1947 is ~100 KB).
const MAX_BODY: u64 = 32 * 1024 * 1024;

fn fail(series: &str, message: impl Into<String>) -> Error {
    Error::Fetch {
        file: format!("EasyData {series}"),
        message: message.into(),
        transient: false,
    }
}

/// A failure that may pass if tried again later.
fn transient(series: &str, message: impl Into<String>) -> Error {
    Error::Fetch {
        file: format!("EasyData {series}"),
        message: message.into(),
        transient: true,
    }
}

/// The request URL without the key (what provenance records).
pub fn public_url(req: &Request<'_>) -> String {
    format!(
        "{}/series/{}/data?start_date={}&end_date={}&format=json",
        req.base_url.trim_end_matches('/'),
        req.series,
        req.start,
        req.end
    )
}

/// Fetches one series and reads the answer.
///
/// # Errors
/// On a network failure, HTTP 401 (key refused), 429 (rate-limited), another
/// non-200 status, an HTML page in place of data, or an answer the JSON reader
/// refuses. Each message names the series.
pub fn easydata_series(req: &Request<'_>) -> Result<Parsed, Error> {
    if !req
        .series
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'))
    {
        return Err(fail(
            req.series,
            "not an EasyData series key (e.g. TS_GP_BOP_XMGS_M.P00120)",
        ));
    }
    let shown = public_url(req);
    let url = format!("{shown}&api_key={}", req.api_key);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .user_agent(concat!("itx/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut resp = agent
        .get(&url)
        .call()
        .map_err(|e| transient(req.series, format!("cannot reach {shown}: {e}")))?;
    let status = resp.status().as_u16();
    let retry_after = resp
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = resp
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| transient(req.series, format!("reading the answer from {shown}: {e}")))?;
    match status {
        200 => {}
        401 | 403 => {
            return Err(fail(
                req.series,
                format!(
                    "EasyData refused the API key (HTTP {status}); check ITX_EASYDATA_KEY (keys are made under My Account → My Data Basket and expire after 90 days)"
                ),
            ));
        }
        429 => {
            let wait = retry_after.map_or(String::new(), |s| format!("; retry after {s} s"));
            return Err(transient(
                req.series,
                format!("EasyData is rate-limiting this key (HTTP 429){wait}"),
            ));
        }
        404 => {
            return Err(fail(
                req.series,
                format!("EasyData has no such series (HTTP 404 from {shown})"),
            ));
        }
        other if other >= 500 => {
            return Err(transient(req.series, format!("HTTP {other} from {shown}")));
        }
        other => return Err(fail(req.series, format!("HTTP {other} from {shown}"))),
    }
    if easydata::looks_like_html(&body) {
        return Err(transient(
            req.series,
            "EasyData answered with a web page instead of data (a login or error page); try again later",
        ));
    }
    let src = Source {
        file: format!("EasyData {}", req.series),
        published: Some(req.fetched),
        url: Some(shown),
        ..Source::default()
    };
    easydata::read_api_json(&body, &src)
}
