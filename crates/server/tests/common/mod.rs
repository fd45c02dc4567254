//! The test app shared by the API and reader tests: the router on a store
//! loaded with the embedded SBP data, driven without a socket.
#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

pub struct App {
    _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub router: Router,
}

pub fn app_with(token: Option<&str>, per_minute: u32) -> App {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("itx.sqlite");
    let mut store = itx_app::Db::open(&path).unwrap();
    itx_app::load::bundle(&mut store).unwrap();
    drop(store);
    let cfg = itx_server::Config {
        store: path.clone(),
        ingest_token: token.map(str::to_string),
        post_per_minute: per_minute,
    };
    App {
        _dir: dir,
        path,
        router: itx_server::router(cfg).unwrap(),
    }
}

pub fn app() -> App {
    app_with(None, 60)
}

impl App {
    pub async fn send(&self, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let r = self.router.clone().oneshot(req).await.unwrap();
        let status = r.status();
        let headers = r.headers().clone();
        let body = r.into_body().collect().await.unwrap().to_bytes().to_vec();
        (status, headers, body)
    }
    pub async fn get(&self, uri: &str) -> (StatusCode, Vec<u8>) {
        let (s, _, b) = self
            .send(Request::get(uri).body(Body::empty()).unwrap())
            .await;
        (s, b)
    }
    pub async fn json(&self, uri: &str) -> Value {
        let (s, b) = self.get(uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}: {}", String::from_utf8_lossy(&b));
        serde_json::from_slice(&b).unwrap()
    }
    /// A 4xx with a JSON error naming `param` (when given).
    pub async fn bad(&self, req: Request<Body>, status: StatusCode, param: Option<&str>) -> Value {
        let uri = req.uri().to_string();
        let (s, _, b) = self.send(req).await;
        assert_eq!(s, status, "{uri}: {}", String::from_utf8_lossy(&b));
        let v: Value = serde_json::from_slice(&b).unwrap_or(Value::Null);
        if let Some(p) = param {
            assert_eq!(v["parameter"], p, "{uri}: {v}");
        }
        v
    }
    pub fn releases(&self) -> usize {
        itx_app::Db::open(&self.path)
            .unwrap()
            .releases()
            .unwrap()
            .len()
    }
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}
