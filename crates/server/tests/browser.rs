//! The dashboard in a real browser: serves the embedded data on a loopback port
//! and runs tests/browser/browser.mjs (playwright-core driving Debian's Chromium).
//!
//! It needs node, /usr/bin/chromium and `npm ci` in tests/browser; `.ci/run`
//! installs them and sets ITX_BROWSER_TESTS=1, which makes a missing piece a
//! failure. Without that variable the test says what is missing and passes.

use std::path::Path;
use std::process::Command;

#[test]
#[allow(clippy::print_stderr)] // the skip notice belongs in the test log
fn dashboard_in_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tests/browser/browser.mjs");
    let required = std::env::var("ITX_BROWSER_TESTS").is_ok_and(|v| v == "1");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let missing: Vec<&str> = [
        (!node_ok).then_some("node"),
        (!Path::new(&chromium).exists()).then_some("chromium"),
        (!root
            .join("tests/browser/node_modules/playwright-core")
            .exists())
        .then_some("tests/browser/node_modules (npm ci)"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        assert!(!required, "browser tests required but missing: {missing:?}");
        eprintln!("browser test skipped: missing {missing:?} (set up by .ci/run)");
        return;
    }

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("itx.sqlite");
    let mut store = itx_app::Db::open(&path).unwrap();
    itx_app::load::bundle(&mut store).unwrap();
    drop(store);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let app = itx_server::router(itx_server::Config::new(path)).unwrap();
    rt.spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });

    let artifacts = root.join("target/browser");
    let out = Command::new("node")
        .arg(&script)
        .arg(format!("http://{addr}"))
        .env("ITX_ARTIFACTS", &artifacts)
        .env("CHROMIUM", &chromium)
        .current_dir(root.join("tests/browser"))
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "browser tests failed:\n{log}");
    assert!(log.contains("browser tests passed"), "{log}");
    for shot in [
        "home.png",
        "explorer-yoy.png",
        "check.png",
        "home-phone.png",
    ] {
        assert!(artifacts.join(shot).exists(), "screenshot {shot}");
    }
}
