//! Every route of the API and dashboard, without a socket (tower `oneshot`), on a
//! store loaded with the embedded SBP data. Expected figures are SBP's: ICT exports
//! July 2025 $354m (dashboard capture of the headline table), July 2024 $286m
//! (EasyData P00120), February 2026 services 812,245.7 → 800,206.0 thousand US$
//! (Feb-26 → Mar-26 dt.xls).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::Value;

mod common;
use common::{app, app_with, get};

#[tokio::test]
async fn series_observations_vintages_releases_revisions() {
    let a = app();
    let list = a.json("/api/v1/series").await;
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|s| s["key"] == "pk.ebops.9.credit"
                && s["aliases"].as_str().unwrap().contains("ict"))
    );

    let meta = a.json("/api/v1/series/ict").await;
    assert_eq!(meta["first_month"], "2005-07");

    let obs = a
        .json("/api/v1/series/ict/observations?from=2025-07&to=2025-07")
        .await;
    assert_eq!(obs["observations"][0]["value"], 354.0);
    let yoy = a
        .json("/api/v1/series/ict/observations?from=2025-07&to=2025-07&transform=yoy")
        .await;
    let pct = yoy["observations"][0]["value"].as_f64().unwrap();
    assert!((pct - (354.0 / 286.0 - 1.0) * 100.0).abs() < 1e-9, "{pct}");
    assert_eq!(yoy["unit"], "%");
    // As known on 2026-01-01, March 2025 was EasyData's 342 (the Mar-26 dt.xls revised it later).
    let asof = a
        .json("/api/v1/series/ict/observations?from=2025-03&to=2025-03&as_of=2026-01-01")
        .await;
    assert_eq!(asof["observations"][0]["value"], 342.0);

    let v = a.json("/api/v1/series/services/vintages/2026-02").await;
    let published: Vec<&str> = v["vintages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["value_published"].as_str().unwrap())
        .collect();
    assert!(published.contains(&"812245.695591939") && published.contains(&"800206.041911469"));

    let rel = a.json("/api/v1/releases").await;
    assert!(rel.as_array().unwrap().len() > 100);

    let rev = a
        .json("/api/v1/revisions?series=services&since=2026-04-01")
        .await;
    assert!(
        rev.as_array()
            .unwrap()
            .iter()
            .any(|r| r["period"] == "2026-02" && r["old"]["value_published"] == "812245.695591939")
    );
}

#[tokio::test]
async fn brief_charts_and_check() {
    let a = app();
    let b = a.json("/api/v1/brief?month=2025-07").await;
    assert_eq!(b["value"], 354.0);
    assert_eq!(b["all_time_high"], true);
    let (s, html) = a.get("/api/v1/brief?month=2025-07&format=html").await;
    assert_eq!(s, StatusCode::OK);
    let html = String::from_utf8(html).unwrap();
    assert!(html.contains(">$354 million</a>") && html.contains("<svg"));

    for kind in [
        "monthly",
        "cumulative.svg",
        "components?from=2025-03&to=2026-03",
    ] {
        let (s, h, body) = a.send(get(&format!("/api/v1/charts/{kind}"))).await;
        assert_eq!(
            s,
            StatusCode::OK,
            "{kind}: {}",
            String::from_utf8_lossy(&body)
        );
        assert_eq!(h[header::CONTENT_TYPE], "image/svg+xml");
        assert!(String::from_utf8(body).unwrap().contains("US$ million"));
    }

    let req = Request::post("/api/v1/check")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("In July 2025 IT exports hit an all-time high of $354 million, up 23.8% on $286 million in July 2024."))
        .unwrap();
    let (s, _, body) = a.send(req).await;
    assert_eq!(s, StatusCode::OK);
    let v: Value = serde_json::from_slice(&body).unwrap();
    let verdicts: Vec<&str> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap())
        .collect();
    assert!(
        !verdicts.is_empty() && verdicts.iter().all(|v| *v == "supported"),
        "{v}"
    );
    // "In July" in a story published on 2025-08-20 is July 2025 (SBP: $354m).
    let req = Request::post("/api/v1/check?date=2025-08-20")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(
            "IT exports hit an all-time high of $354 million in July.",
        ))
        .unwrap();
    let (s, _, body) = a.send(req).await;
    assert_eq!(s, StatusCode::OK);
    let v: Value = serde_json::from_slice(&body).unwrap();
    let amount = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "amount")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(amount["period"], "2025-07", "{v}");
    assert_eq!(amount["verdict"], "supported", "{v}");
    let req = Request::post("/api/v1/check?date=yesterday")
        .body(Body::from("IT exports were $354 million in July."))
        .unwrap();
    let (s, _, body) = a.send(req).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("date"));
    let req = Request::post("/api/v1/check")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            r#"{"text": "IT exports rose 4% month-on-month in March 2024 to $306 million."}"#,
        ))
        .unwrap();
    let (_, _, body) = a.send(req).await;
    let v: Value = serde_json::from_slice(&body).unwrap();
    assert!(
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["verdict"] == "contradicted"),
        "{v}"
    );
}

/// FY2025-26 replayed as of 2025-08-31 (July 2025 published): the year ended at
/// SBP's $4,600m, which must lie inside the 95% interval.
#[tokio::test]
async fn forecast_and_outlook() {
    let a = app();
    let f = a.json("/api/v1/forecast?horizon=6&model=theta").await;
    let pts = f["forecast"].as_array().unwrap();
    assert_eq!(pts.len(), 6);
    assert_eq!(pts[0]["period"], "2026-08");
    for p in pts {
        let (l, m, h) = (
            p["lower95"].as_f64().unwrap(),
            p["mean"].as_f64().unwrap(),
            p["upper95"].as_f64().unwrap(),
        );
        assert!(l < m && m < h, "{p}");
    }
    let o = a
        .json("/api/v1/outlook?fy=FY2025-26&as_of=2025-08-31")
        .await;
    assert_eq!(o["months_published"], 1);
    assert_eq!(o["target"], 5000.0);
    assert_eq!(o["realised"], 4600.0);
    assert_eq!(o["realised_inside_95"], true, "{o}");
    a.bad(
        get("/api/v1/outlook?fy=FY2099-00"),
        StatusCode::BAD_REQUEST,
        Some("fy"),
    )
    .await;
    a.bad(
        get("/api/v1/forecast?horizon=0"),
        StatusCode::BAD_REQUEST,
        Some("horizon"),
    )
    .await;
    a.bad(
        get("/api/v1/forecast?model=prophet"),
        StatusCode::BAD_REQUEST,
        Some("model"),
    )
    .await;
    let g = a
        .json("/api/v1/forecast?horizon=2&model=theta&level=90")
        .await;
    assert!(g["forecast"][0]["upper90"].as_f64() < pts[0]["upper95"].as_f64());
    assert!(g["forecast"][0].get("upper95").is_none());
    a.bad(
        get("/api/v1/forecast?level=0"),
        StatusCode::BAD_REQUEST,
        Some("level"),
    )
    .await;
    let (s, svg) = a.get("/api/v1/charts/fan").await;
    assert_eq!(s, StatusCode::OK);
    assert!(String::from_utf8(svg).unwrap().contains("forecast"));
}

#[tokio::test]
async fn dashboard_pages() {
    let a = app();
    let (s, home) = a.get("/").await;
    assert_eq!(s, StatusCode::OK);
    let home = String::from_utf8(home).unwrap();
    assert!(
        home.contains("ICT exports, July 2026") && home.contains("$417 million"),
        "home"
    );
    assert!(home.contains("href=\"#src-1\"") && home.contains("<svg"));
    let (s, ex) = a
        .get("/explore?series=ict&transform=yoy&from=2025-01&to=2025-12")
        .await;
    assert_eq!(s, StatusCode::OK);
    let ex = String::from_utf8(ex).unwrap();
    assert!(ex.contains("<option value=\"yoy\" selected>") && ex.contains("yoy (%)"));
    assert!(
        ex.contains("<td class=\"num\">2025-07</td><td class=\"num\">23.8</td>"),
        "YoY July 2025 in the table"
    );
    // Bad form input: the form again, the error beside its field (issue 14).
    let (s, bad) = a.get("/explore?series=ict&from=2026-13").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let bad = String::from_utf8(bad).unwrap();
    assert!(
        bad.starts_with("<!DOCTYPE html>")
            && bad.contains("id=\"error-from\"")
            && bad.contains("value=\"2026-13\""),
        "{bad}"
    );
    let (s, rv) = a.get("/revisions?series=services").await;
    assert_eq!(s, StatusCode::OK);
    // Both values in US$ million, with the published text (thousands) beside them.
    let rv = String::from_utf8(rv).unwrap();
    assert!(
        rv.contains("<td class=\"num\">812.2</td><td class=\"num\">800.2</td><td>US$ million<br><small>published 812,245.695591939 US$ thousand"),
        "{rv}"
    );
    let (s, f) = a.get("/check").await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        String::from_utf8(f)
            .unwrap()
            .contains("<textarea name=\"text\"")
    );
    let (s, _, page) = a
        .send(check_form(
            "text=Pakistan%27s+IT+exports+were+%24366+million+in+November+2025.&as_of=",
        ))
        .await;
    assert_eq!(s, StatusCode::OK);
    let page = String::from_utf8(page).unwrap();
    // November 2025 was $356m; $366m is September's figure.
    assert!(page.contains("<mark class=\"contradicted\""), "{page}");
    // The form keeps the text checked, to edit and check again.
    assert!(
        page.contains("IT exports were $366 million in November 2025.</textarea>"),
        "{page}"
    );
    // A sum over nine months names nine figures: three show, six fold away.
    let (s, _, page) = a
        .send(check_form(
            "text=ICT+exports+were+%242%2C284+million+in+July-March+FY2023-24.&as_of=",
        ))
        .await;
    assert_eq!(s, StatusCode::OK);
    let page = String::from_utf8(page).unwrap();
    assert!(
        page.contains("<details><summary>6 more figures</summary>"),
        "{page}"
    );
    assert_eq!(page.matches("2023-07 = ").count(), 1, "{page}");
    // Each source line is isolated left to right, so that the Urdu page shows
    // "2023-07 = 214", not "214 = 2023-07"; the article keeps each paragraph's
    // own direction.
    assert!(
        page.contains("<li><span dir=\"ltr\" lang=\"en\">2023-07 = "),
        "{page}"
    );
    assert!(page.contains("unicode-bidi:plaintext"), "{page}");
    // On a right-to-left page each English reason stands on its own line, left
    // to right, rather than wrapping inside the Urdu line around it (seen in
    // the Urdu check page's screenshot, stop 41).
    assert!(
        page.contains("[dir=rtl] ol.notes li>span[dir=ltr]{display:block}"),
        "{page}"
    );
}

/// The check page's form, posted.
fn check_form(body: &'static str) -> Request<Body> {
    Request::post("/check")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn openapi_lists_exactly_the_routes() {
    let a = app();
    let doc = a.json("/api/v1/openapi.json").await;
    let paths: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let routes = [
        "/api/v1/openapi.json",
        "/api/v1/series",
        "/api/v1/series/{key}",
        "/api/v1/series/{key}/observations",
        "/api/v1/series/{key}/vintages/{period}",
        "/api/v1/releases",
        "/api/v1/status",
        "/api/v1/revisions",
        "/api/v1/brief",
        "/api/v1/charts/{kind}",
        "/api/v1/forecast",
        "/api/v1/outlook",
        "/api/v1/check",
        "/api/v1/ingest",
        "/api/v1/cite",
        "/api/v1/peers",
    ];
    let mut want: Vec<String> = routes.iter().map(|s| s.to_string()).collect();
    let mut got = paths.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    // Each documented GET answers (with sample parameters) and each POST exists.
    for (path, item) in doc["paths"].as_object().unwrap() {
        let uri = path
            .replace("{key}", "ict")
            .replace("{period}", "2025-07")
            .replace("{kind}", "monthly");
        if item.get("get").is_some() {
            let (s, b) = a.get(&uri).await;
            assert_eq!(s, StatusCode::OK, "{uri}: {}", String::from_utf8_lossy(&b));
        } else {
            let (s, _, _) = a
                .send(Request::post(&uri).body(Body::empty()).unwrap())
                .await;
            assert_ne!(s, StatusCode::NOT_FOUND, "{uri}");
            assert_ne!(s, StatusCode::METHOD_NOT_ALLOWED, "{uri}");
        }
    }
}

#[tokio::test]
async fn etags_and_cache_headers() {
    let a = app();
    let (s, h, _) = a
        .send(get("/api/v1/series/ict/observations?from=2026-01"))
        .await;
    assert_eq!(s, StatusCode::OK);
    let etag = h[header::ETAG].to_str().unwrap().to_string();
    assert!(
        h[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    let req = Request::get("/api/v1/series/ict/observations?from=2026-01")
        .header(header::IF_NONE_MATCH, &etag)
        .body(Body::empty())
        .unwrap();
    let (s, _, body) = a.send(req).await;
    assert_eq!(s, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    // Errors are never cached.
    let (_, h, _) = a.send(get("/api/v1/series/nope.nope.nope")).await;
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn hostile_input_gets_4xx_and_leaves_the_store_unchanged() {
    let a = app();
    let before = a.releases();
    let cases: Vec<(&str, StatusCode, Option<&str>)> = vec![
        (
            "/api/v1/series/ict/observations?from=2025-13",
            StatusCode::BAD_REQUEST,
            Some("from"),
        ),
        (
            "/api/v1/series/ict/observations?as_of=yesterday",
            StatusCode::BAD_REQUEST,
            Some("as_of"),
        ),
        (
            "/api/v1/series/ict/observations?transform=log",
            StatusCode::BAD_REQUEST,
            Some("transform"),
        ),
        (
            "/api/v1/series/ict/observations?from=2026-01&to=2025-01",
            StatusCode::BAD_REQUEST,
            Some("from"),
        ),
        (
            "/api/v1/series/ict/observations?frm=2025-01",
            StatusCode::BAD_REQUEST,
            Some("frm"),
        ),
        (
            "/api/v1/series/no.such.series/observations",
            StatusCode::NOT_FOUND,
            None,
        ),
        (
            "/api/v1/series/ict';DROP%20TABLE%20observations;--/observations",
            StatusCode::NOT_FOUND,
            Some("key"),
        ),
        (
            "/api/v1/series/ict/vintages/1'%20OR%20'1'='1",
            StatusCode::BAD_REQUEST,
            Some("period"),
        ),
        (
            "/api/v1/series/ict/vintages/1990-01",
            StatusCode::NOT_FOUND,
            None,
        ),
        (
            "/api/v1/series/..%2F..%2Fetc%2Fpasswd",
            StatusCode::NOT_FOUND,
            None,
        ),
        ("/../../etc/passwd", StatusCode::NOT_FOUND, None),
        ("/api/v1/brief?month=1990-01", StatusCode::NOT_FOUND, None),
        (
            "/api/v1/brief?format=pdf",
            StatusCode::BAD_REQUEST,
            Some("format"),
        ),
        ("/api/v1/charts/pie", StatusCode::NOT_FOUND, None),
        (
            "/api/v1/charts/monthly?target=-5",
            StatusCode::BAD_REQUEST,
            Some("target"),
        ),
        (
            "/api/v1/revisions?since=2026-02-30",
            StatusCode::BAD_REQUEST,
            Some("since"),
        ),
    ];
    for (uri, status, param) in cases {
        a.bad(get(uri), status, param).await;
    }
    // A dashboard page answers bad input with its form and the error, escaped.
    let (s, page) = a.get("/explore?transform=%3Cscript%3E").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let page = String::from_utf8(page).unwrap();
    assert!(
        page.contains("id=\"error-transform\"") && !page.contains("<script>"),
        "{page}"
    );
    // A body over the limit: 413, before any work.
    let huge = vec![b'a'; 300 * 1024];
    let (s, _, _) = a
        .send(
            Request::post("/api/v1/check")
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from(huge))
                .unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    a.bad(
        Request::post("/api/v1/check")
            .body(Body::from("   "))
            .unwrap(),
        StatusCode::BAD_REQUEST,
        Some("text"),
    )
    .await;
    a.bad(
        Request::post("/api/v1/check")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{\"txt\":1}"))
            .unwrap(),
        StatusCode::BAD_REQUEST,
        Some("text"),
    )
    .await;
    a.bad(
        Request::post("/api/v1/check")
            .body(Body::from(vec![0xff, 0xfe, 0x00]))
            .unwrap(),
        StatusCode::BAD_REQUEST,
        Some("body"),
    )
    .await;
    // Writing is off unless the server was started with a token.
    let v = a
        .bad(
            Request::post("/api/v1/ingest")
                .body(Body::from("period,value\n2025-07,1\n"))
                .unwrap(),
            StatusCode::FORBIDDEN,
            None,
        )
        .await;
    assert!(v["error"].as_str().unwrap().contains("read-only"));
    assert_eq!(a.releases(), before);
}

#[tokio::test]
async fn ingest_needs_the_token_and_checks_are_rate_limited() {
    let token = "0123456789abcdef-test-token";
    let a = app_with(Some(token), 3);
    let before = a.releases();
    let bop = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/sbp/Balancepayment_BPM6.xls"
    ))
    .unwrap();
    let post = |auth: Option<&str>, body: Vec<u8>| {
        let mut r =
            Request::post("/api/v1/ingest?published=2026-04-17&file=Balancepayment_BPM6.xls");
        if let Some(t) = auth {
            r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        r.body(Body::from(body)).unwrap()
    };
    a.bad(post(None, bop.clone()), StatusCode::UNAUTHORIZED, None)
        .await;
    a.bad(
        post(Some("wrong-token-wrong-token"), bop.clone()),
        StatusCode::UNAUTHORIZED,
        None,
    )
    .await;
    a.bad(
        post(Some(token), b"<!DOCTYPE html><html></html>".to_vec()),
        StatusCode::UNPROCESSABLE_ENTITY,
        None,
    )
    .await;
    assert_eq!(a.releases(), before);
    let (s, _, body) = a.send(post(Some(token), bop)).await;
    assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    assert_eq!(a.releases(), before + 1);
    // The rate limit (3 POSTs a minute here) covers ingest and check alike.
    let check = || {
        Request::post("/api/v1/check")
            .body(Body::from("IT exports were $354 million in July 2025."))
            .unwrap()
    };
    let (s, _, _) = a.send(check()).await;
    assert_eq!(s, StatusCode::OK);
    a.bad(check(), StatusCode::TOO_MANY_REQUESTS, None).await;
}

/// A server error's details (a path, the store's message) go to the log, not
/// to the client.
#[tokio::test]
async fn server_errors_keep_their_details_in_the_log() {
    use axum::response::IntoResponse;
    use http_body_util::BodyExt;
    let r = itx_server::ApiError::internal("/root/secret.sqlite: database disk image is malformed")
        .into_response();
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body = r.into_body().collect().await.unwrap().to_bytes();
    let s = String::from_utf8_lossy(&body);
    assert!(!s.contains("secret") && !s.contains("malformed"), "{s}");
    assert!(s.contains("internal error"), "{s}");
    // A client error keeps its message: it is the caller's to fix.
    let r = itx_server::ApiError::bad("month", "\"2025-13\" is not a month").into_response();
    let body = r.into_body().collect().await.unwrap().to_bytes();
    assert!(String::from_utf8_lossy(&body).contains("2025-13"));
}

/// Freshness (issue 13): the embedded data ends with July 2026, released 18
/// August 2026, so from late September 2026 August is overdue; the brief's JSON
/// carries the same.
#[tokio::test]
async fn status_and_the_brief_say_what_is_overdue() {
    let a = app();
    let v = a.json("/api/v1/status?series=ict").await;
    assert_eq!(v["overdue"], true, "{v}");
    let f = &v["series"][0];
    assert_eq!(f["latest_release"]["published"], "2026-08-18", "{v}");
    assert_eq!(f["expected_next"]["month"], "2026-08", "{v}");
    assert_eq!(f["overdue"][0], "2026-08", "{v}");
    let b = a.json("/api/v1/brief").await;
    assert_eq!(b["freshness"]["overdue"][0], "2026-08", "{b}");
}

/// `POST /ingest` applies the same plausibility rules as `itx ingest` (422,
/// the line named, the store unchanged), and a huge bad value is quoted as an
/// excerpt, not echoed.
#[tokio::test]
async fn ingest_refuses_implausible_figures_and_quotes_huge_values_briefly() {
    let token = "0123456789abcdef-test-token";
    let a = app_with(Some(token), 10);
    let before = a.releases();
    let post = |body: String| {
        Request::post("/api/v1/ingest?file=ict.csv&published=2026-09-18")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::from(body))
            .unwrap()
    };
    let v = a
        .bad(
            post("series,period,value\npk.ebops.9.credit,2026-08,-417\n".into()),
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        )
        .await;
    let e = v["error"].as_str().unwrap();
    assert!(
        e.contains("ict.csv line 2") && e.contains("is negative"),
        "{e}"
    );
    let huge = format!(
        "series,period,value\npk.ebops.9.credit,2026-08,{}x\n",
        "9".repeat(200_000)
    );
    let v = a
        .bad(post(huge), StatusCode::UNPROCESSABLE_ENTITY, None)
        .await;
    let e = v["error"].as_str().unwrap();
    assert!(
        e.len() < 1_000 && e.contains("more characters"),
        "{} bytes",
        e.len()
    );
    assert_eq!(a.releases(), before);
}

/// Identical requests arriving together are rendered once (the others wait and
/// take its result), and the same request written two ways is one cache entry.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn identical_misses_render_once_and_keys_ignore_parameter_order() {
    let a = app();
    let uri = "/api/v1/outlook?series=ict&fy=FY2026-27";
    let sends = (0..8).map(|_| {
        let a = &a;
        async move { a.send(Request::get(uri).body(Body::empty()).unwrap()).await }
    });
    let answers = futures_util::future::join_all(sends).await;
    let mut misses = 0;
    let mut bodies = std::collections::HashSet::new();
    for (s, h, b) in &answers {
        assert_eq!(*s, StatusCode::OK, "{}", String::from_utf8_lossy(b));
        if h["x-itx-cache"] == "miss" {
            misses += 1;
        }
        bodies.insert(b.clone());
    }
    assert_eq!(misses, 1, "eight identical requests, one render");
    assert_eq!(bodies.len(), 1);
    // Reordered, with an empty parameter (the default): the same entry.
    let (s, h, _) = a
        .send(
            Request::get("/api/v1/outlook?fy=FY2026-27&model=&series=ict")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h["x-itx-cache"], "hit");
    // A different parameter value is a different entry.
    let (_, h, _) = a
        .send(
            Request::get("/api/v1/outlook?series=ict&fy=FY2026-27&target=4000")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(h["x-itx-cache"], "miss");
}
