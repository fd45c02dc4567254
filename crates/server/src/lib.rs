//! itx over HTTP: the JSON API under `/api/v1` and a server-rendered dashboard.
//!
//! The server is a library; `itx serve` starts it. Every handler runs its store
//! work on a blocking thread with a store handle from a small pool. Responses to
//! GET requests depend only on the request and the store's content, so they are
//! cached in memory keyed by URI and tagged with an ETag derived from the store's
//! generation (the newest release id): a new release changes every ETag.
//!
//! Limits: request bodies are capped (256 KiB for a claim check, 32 MiB for an
//! ingest); the expensive POST endpoints are rate-limited per client; nothing
//! writes to the store unless the server was started with an ingest token.

mod api;
mod cache;
mod check_page;
mod pages;
mod posts;
mod share;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use itx_app::Db;

pub use api::openapi;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store (SQLite file).
    pub store: PathBuf,
    /// When set, `POST /api/v1/ingest` accepts files with `Authorization: Bearer <token>`.
    pub ingest_token: Option<String>,
    /// POST requests (check, ingest) per client per minute.
    pub post_per_minute: u32,
}

impl Config {
    pub fn new(store: PathBuf) -> Config {
        Config {
            store,
            ingest_token: None,
            post_per_minute: 60,
        }
    }
}

/// Shared by every request.
pub(crate) struct State {
    cfg: Config,
    pool: Mutex<Vec<Db>>,
    cache: cache::Cache,
    /// Renders (model fits, briefs) running at once.
    renders: tokio::sync::Semaphore,
    limiter: Mutex<HashMap<String, (Instant, u32)>>,
    generation: Mutex<Option<(Instant, i64)>>,
}

pub(crate) type Shared = Arc<State>;

/// Runs `f` on a blocking thread, off the async workers.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        // A panic is a bug: its message goes to the log (as every 5xx's
        // detail does), the client gets a generic 500.
        let why = if e.is_panic() {
            let payload = e.into_panic();
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_else(|| "a panic".to_string())
        } else {
            e.to_string()
        };
        ApiError::internal(format!("worker panicked: {why}"))
    })?
}

impl State {
    /// Runs `f` with a store handle, on a blocking thread.
    pub(crate) async fn with_store<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Db) -> Result<T, ApiError> + Send + 'static,
    {
        let st = self.clone();
        blocking(move || {
            let mut store = match st.pool.lock().ok().and_then(|mut p| p.pop()) {
                Some(s) => s,
                None => Db::open_read_only(&st.cfg.store)?,
            };
            let out = f(&mut store);
            if let Ok(mut p) = st.pool.lock() {
                if p.len() < 16 {
                    p.push(store);
                }
            }
            out
        })
        .await
    }

    /// Runs `f` with a handle that may write (`POST /ingest`), on a blocking
    /// thread. Opened for each call: writes are rare, and the pool's handles stay
    /// read-only, so no read can ever write the store.
    pub(crate) async fn with_writer<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Db) -> Result<T, ApiError> + Send + 'static,
    {
        let st = self.clone();
        blocking(move || {
            let mut store = Db::open(&st.cfg.store)?;
            f(&mut store)
        })
        .await
    }

    /// The store's generation: the newest release id (changes with every ingest,
    /// by this server or by `itx ingest` on the same file). Read at most once a
    /// second; an ingest through this server refreshes it at once.
    pub(crate) async fn generation(self: &Arc<Self>) -> Result<i64, ApiError> {
        if let Ok(g) = self.generation.lock() {
            if let Some((at, gen_)) = *g {
                if at.elapsed() < Duration::from_secs(1) {
                    return Ok(gen_);
                }
            }
        }
        let g = self
            .with_store(|s| Ok(s.generation().map_err(itx_app::Error::from)?))
            .await?;
        if let Ok(mut slot) = self.generation.lock() {
            *slot = Some((Instant::now(), g));
        }
        Ok(g)
    }

    pub(crate) fn forget_generation(&self) {
        if let Ok(mut slot) = self.generation.lock() {
            *slot = None;
        }
    }

    /// True when `client` may make another POST now.
    pub(crate) fn allow_post(&self, client: &str) -> bool {
        let Ok(mut m) = self.limiter.lock() else {
            return false;
        };
        let now = Instant::now();
        let window = Duration::from_secs(60);
        // Clients seen more than a window ago are forgotten, so the map does not
        // grow with every address that ever posted.
        if m.len() >= LIMITER_PRUNE_AT {
            m.retain(|_, (start, _)| now.duration_since(*start) <= window);
        }
        let e = m.entry(client.to_string()).or_insert((now, 0));
        if now.duration_since(e.0) > window {
            *e = (now, 0);
        }
        e.1 += 1;
        e.1 <= self.cfg.post_per_minute
    }
}

/// How many clients the POST limiter remembers before it forgets the stale ones.
const LIMITER_PRUNE_AT: usize = 1024;

/// Errors as JSON with a message and, where one is to blame, the parameter.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub parameter: Option<String>,
}

impl ApiError {
    pub fn bad(parameter: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            parameter: Some(parameter.to_string()),
        }
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
            parameter: None,
        }
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: message.into(),
            parameter: None,
        }
    }
    pub fn status(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            parameter: None,
        }
    }
    /// An error of the shared app layer, by its kind: the one place an app
    /// error becomes an HTTP status.
    pub fn from_app(e: itx_app::Error, parameter: Option<&str>) -> ApiError {
        let status = match e.kind() {
            itx_app::Kind::Bad => StatusCode::BAD_REQUEST,
            itx_app::Kind::NotFound => StatusCode::NOT_FOUND,
            itx_app::Kind::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            itx_app::Kind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            itx_app::Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError {
            status,
            message: e.to_string(),
            parameter: parameter.map(str::to_string),
        }
    }
}

impl From<itx_app::Error> for ApiError {
    fn from(e: itx_app::Error) -> ApiError {
        ApiError::from_app(e, None)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // A server error's details (paths, SQL, internals) go to the log, not to
        // the client.
        let message = if self.status.is_server_error() {
            tracing::error!(status = self.status.as_u16(), error = %self.message, "request failed");
            "internal error; the server's log has the details".to_string()
        } else {
            itx_app::excerpt(&self.message)
        };
        let body = itx_app::responses::ErrorBody {
            error: message,
            parameter: self.parameter,
            status: self.status.as_u16(),
        };
        let mut r = (self.status, axum::Json(body)).into_response();
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        r
    }
}

/// Builds the application.
///
/// # Errors
/// When the store cannot be opened.
pub fn router(cfg: Config) -> itx_app::Result<Router> {
    let first = Db::open_read_only(&cfg.store)?;
    let state = Arc::new(State {
        cfg,
        pool: Mutex::new(vec![first]),
        cache: cache::Cache::new(2048),
        renders: tokio::sync::Semaphore::new(
            std::thread::available_parallelism().map_or(2, |n| n.get()),
        ),
        limiter: Mutex::new(HashMap::new()),
        generation: Mutex::new(None),
    });
    Ok(api::routes()
        .merge(pages::routes())
        .merge(share::routes())
        .fallback(|| async { ApiError::not_found("no such page or endpoint") })
        .layer(axum::middleware::from_fn(share::frame_policy))
        .layer(axum::middleware::from_fn(log_request))
        .with_state(state))
}

/// One log line a request: method, path, status and time taken.
async fn log_request(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let start = Instant::now();
    let resp = next.run(req).await;
    let ms = (start.elapsed().as_secs_f64() * 1e4).round() / 10.0;
    let status = resp.status().as_u16();
    if resp.status().is_server_error() {
        tracing::warn!(%method, path, status, ms, "request");
    } else {
        tracing::info!(%method, path, status, ms, "request");
    }
    resp
}

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    App(#[from] itx_app::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// Serves until Ctrl-C.
///
/// # Errors
/// When the address cannot be bound or the store opened.
pub async fn serve(addr: SocketAddr, cfg: Config) -> Result<(), ServeError> {
    let app = router(cfg)?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| ServeError::Bind { addr, source: e })?;
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}

/// The client's address for rate limiting ("local" when unknown, as in tests).
pub(crate) fn client_of(headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    let _ = headers;
    peer.map_or_else(|| "local".to_string(), |p| p.ip().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_in_a_worker_is_a_500_with_its_message_for_the_log() {
        let e = blocking::<()>(|| panic!("boom at the bottom"))
            .await
            .unwrap_err();
        assert_eq!(e.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(e.message.contains("boom at the bottom"), "{}", e.message);
        // The client sees none of it.
        let body = e.into_response().into_body();
        let bytes = axum::body::to_bytes(body, 1 << 16).await.unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("boom"), "{text}");
        assert!(text.contains("internal error"), "{text}");
    }
}
