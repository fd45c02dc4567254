//! Responses to GET requests, kept per URI and store generation, with ETags.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::{ApiError, Shared};

/// A rendered response.
#[derive(Clone)]
pub(crate) struct Entry {
    generation: i64,
    etag: String,
    content_type: &'static str,
    /// Shared, not copied, by every response that serves it.
    body: Bytes,
}

/// A bounded map (cleared when full: entries are cheap to rebuild), with the
/// keys being rendered now.
pub(crate) struct Cache {
    cap: usize,
    map: Mutex<HashMap<String, Entry>>,
    in_flight: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl Cache {
    pub(crate) fn new(cap: usize) -> Cache {
        Cache {
            cap,
            map: Mutex::new(HashMap::new()),
            in_flight: Mutex::new(HashMap::new()),
        }
    }
    /// The lock that requests for `key` take turns on while it is rendered.
    fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        match self.in_flight.lock() {
            Ok(mut m) => m.entry(key.to_string()).or_default().clone(),
            Err(_) => Arc::default(),
        }
    }
    /// `key` is rendered (or failed): later misses start afresh.
    fn land(&self, key: &str) {
        if let Ok(mut m) = self.in_flight.lock() {
            m.remove(key);
        }
    }
    fn get(&self, key: &str, generation: i64) -> Option<Entry> {
        let m = self.map.lock().ok()?;
        m.get(key).filter(|e| e.generation == generation).cloned()
    }
    fn put(&self, key: String, e: Entry) {
        if let Ok(mut m) = self.map.lock() {
            if m.len() >= self.cap {
                m.clear();
            }
            m.insert(key, e);
        }
    }
}

fn respond(e: &Entry, headers: &HeaderMap, hit: bool) -> Response {
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == e.etag));
    let mut r = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        Response::new(Body::from(e.body.clone()))
    };
    let h = r.headers_mut();
    if !not_modified {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(e.content_type),
        );
    }
    if let Ok(v) = HeaderValue::from_str(&e.etag) {
        h.insert(header::ETAG, v);
    }
    // Whether this response was rendered for this request or served from the
    // cache (as a CDN's X-Cache says).
    h.insert(
        "x-itx-cache",
        HeaderValue::from_static(if hit { "hit" } else { "miss" }),
    );
    // Data changes only with a new release: caches may keep it a minute and
    // then revalidate with the ETag.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60, must-revalidate"),
    );
    r
}

/// Serves `key` from the cache, or renders it with `make` (on a store thread).
pub(crate) async fn cached<F>(
    st: &Shared,
    key: String,
    headers: &HeaderMap,
    content_type: &'static str,
    make: F,
) -> Result<Response, ApiError>
where
    F: FnOnce(&mut itx_app::Db) -> Result<Vec<u8>, ApiError> + Send + 'static,
{
    let generation = st.generation().await?;
    // Pages and briefs say when data is overdue, which changes with the day.
    let key = format!("{key} @{}", jiff::Zoned::now().date());
    if let Some(e) = st.cache.get(&key, generation) {
        return Ok(respond(&e, headers, true));
    }
    // Identical misses wait for the first to finish rather than each fitting
    // the same models; then they find its result in the cache.
    let flight = st.cache.flight(&key);
    let _turn = flight.lock().await;
    if let Some(e) = st.cache.get(&key, generation) {
        return Ok(respond(&e, headers, true));
    }
    // At most a few renders (model fits) at once, whatever the load.
    let _permit = st
        .renders
        .acquire()
        .await
        .map_err(|_| ApiError::internal("the server is shutting down"))?;
    let made = st.with_store(make).await;
    st.cache.land(&key);
    let body = made?;
    let digest = Sha256::digest(&body);
    let etag = format!(
        "\"g{generation}-{}\"",
        digest[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let e = Entry {
        generation,
        etag,
        content_type,
        body: Bytes::from(body),
    };
    st.cache.put(key, e.clone());
    Ok(respond(&e, headers, false))
}
