//! What readers take away (issue 14): downloads (CSV, XLSX), PNG charts, the
//! Atom feed, embeds and citations, and each figure's source tier in words, on
//! the embedded SBP data. Figures: ICT exports July 2025 $354m (SBP headline
//! table as captured by the public dashboard on 2026-08-18), July 2024 $286m
//! (SBP EasyData export published 2025-04-17), August 2025 $337m (press only:
//! phoneworld.com.pk), March 2025 344,927.7955 thousand (Mar-26 dt.xls).

use std::io::Cursor;

use axum::http::{StatusCode, header};
use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

mod common;
use common::{app, get};

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[tokio::test]
async fn observations_vintages_and_revisions_download_as_csv_and_xlsx() {
    let a = app();
    let (s, h, b) = a
        .send(get(
            "/api/v1/series/ict/observations?from=2024-07&to=2025-08&format=csv",
        ))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"itx-pk.ebops.9.credit-level.csv\""
    );
    let csv = text(&b);
    let mut rows = csv.lines();
    assert_eq!(
        rows.next().unwrap(),
        "period,value,unit,transform,series,name,status,source_tier,release,published,url,location,release_id,as_of"
    );
    let row = |m: &str| csv.lines().find(|l| l.starts_with(m)).unwrap().to_string();
    assert!(
        row("2025-07,354,US$ million,level")
            .contains(",official figure as captured by a third party,")
    );
    assert!(row("2024-07,286,").contains(",official file,SBP EasyData"));
    assert!(row("2024-07,286,").contains(",2025-04-17,"));
    assert!(row("2025-08,337,").contains(",press report,"));
    assert_eq!(csv.lines().count(), 1 + 14);

    // The same as a workbook: numbers as numbers, and a README sheet.
    let (s, h, b) = a
        .send(get(
            "/api/v1/series/ict/observations?transform=yoy&to=2025-07&as_of=2026-08-20&format=xlsx",
        ))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(b)).unwrap();
    assert_eq!(wb.sheet_names(), ["data", "README"]);
    let data = wb.worksheet_range("data").unwrap();
    let jul = data
        .rows()
        .find(|r| r[0] == Data::String("2025-07".into()))
        .unwrap();
    // (354 − 286) / 286 = 23.78%.
    match &jul[1] {
        Data::Float(v) => assert!((v - 23.776).abs() < 0.001, "{v}"),
        other => panic!("yoy is not a number: {other:?}"),
    }
    assert_eq!(jul[13], Data::String("2026-08-20".into()));
    let readme = wb.worksheet_range("README").unwrap();
    let lines: Vec<String> = readme
        .rows()
        .map(|r| {
            r.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let all = lines.join("\n");
    assert!(
        all.contains("As known on 2026-08-20 (only releases published by then)"),
        "{all}"
    );
    assert!(all.contains("Unit %"), "{all}");
    assert!(
        all.contains("SBP EasyData TS_GP_BOP_XMGS_M portal export"),
        "{all}"
    );
    assert!(all.contains("official file; published 2025-04-17"), "{all}");

    // Vintages: every release's March 2025, the current one marked.
    let (_, _, b) = a
        .send(get("/api/v1/series/ict/vintages/2025-03?format=csv"))
        .await;
    let csv = text(&b);
    let current: Vec<&str> = csv.lines().filter(|l| l.contains(",yes,")).collect();
    assert_eq!(current.len(), 1, "{csv}");
    assert!(
        current[0].starts_with("2025-03,344.9277955,US$ million,"),
        "{csv}"
    );
    assert!(current[0].contains("US$ thousand"));

    // Revisions, both values in US$ million and the printed text beside them.
    let (_, h, b) = a
        .send(get("/api/v1/revisions?series=services&format=csv"))
        .await;
    assert_eq!(
        h[header::CONTENT_DISPOSITION],
        "attachment; filename=\"itx-revisions.csv\""
    );
    let csv = text(&b);
    let feb = csv
        .lines()
        .find(|l| l.contains(",2026-02,812.2456956,800.2060419,"))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(feb.starts_with("pk.ebops.services.credit,Services exports,"));
    assert!(feb.contains(",812245.695591939 US$ thousand,800206.041911469 US$ thousand,"));
    // A series without a short name is named as its release names it.
    let (_, _, b) = a.send(get("/api/v1/revisions?format=csv")).await;
    let csv = text(&b);
    assert!(
        !csv.contains("pk.ebops.10.2.2.credit,pk.ebops.10.2.2.credit,"),
        "{csv}"
    );

    // A format that is not one is refused, naming the parameter.
    let (s, _, b) = a
        .send(get("/api/v1/series/ict/observations?format=pdf"))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(v["parameter"], "format");
}

#[tokio::test]
async fn every_figure_says_its_source_tier_in_words() {
    let a = app();
    let v = a
        .json("/api/v1/series/ict/observations?from=2024-07&to=2025-08")
        .await;
    let tier = |m: &str| {
        v["observations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["period"] == m)
            .unwrap()["tier"]
            .clone()
    };
    assert_eq!(tier("2024-07"), "official file");
    assert_eq!(
        tier("2025-07"),
        "official figure as captured by a third party"
    );
    assert_eq!(tier("2025-08"), "press report");
    let v = a.json("/api/v1/series/ict/vintages/2025-03").await;
    let tiers: Vec<&str> = v["vintages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["tier"].as_str().unwrap())
        .collect();
    assert!(tiers.contains(&"press report") && tiers.contains(&"official file"));
    // The home page says it under the headline figure, and in the sources table.
    let (_, b) = a.get("/").await;
    let html = text(&b);
    assert!(html.contains(
        "<div class=\"k tier\" id=\"latest-tier\">official figure as captured by a third party</div>"
    ));
    assert!(html.contains("<th>tier</th>"));
}

#[tokio::test]
async fn charts_come_as_png_too() {
    let a = app();
    for uri in [
        "/api/v1/charts/monthly.png?from=2025-07&to=2026-07",
        "/api/v1/charts/cumulative?format=png",
    ] {
        let (s, h, b) = a.send(get(uri)).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert_eq!(h[header::CONTENT_TYPE], "image/png");
        assert_eq!(&b[..8], b"\x89PNG\r\n\x1a\n", "{uri}");
        // Drawn at twice the SVG's 800 px width.
        assert_eq!(u32::from_be_bytes(b[16..20].try_into().unwrap()), 1600);
    }
    let (s, _, _) = a.send(get("/api/v1/charts/monthly.gif")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _, b) = a.send(get("/api/v1/charts/monthly.svg?format=png")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{}", text(&b));
}

#[tokio::test]
async fn the_feed_has_an_entry_per_official_release() {
    let a = app();
    let (s, h, b) = a.send(get("/feed.xml")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        h[header::CONTENT_TYPE],
        "application/atom+xml; charset=utf-8"
    );
    let xml = text(&b);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let atom = "http://www.w3.org/2005/Atom";
    let entries: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((atom, "entry")))
        .collect();
    assert!(entries.len() >= 5, "{} entries", entries.len());
    let child = |e: &roxmltree::Node, t: &str| {
        e.children()
            .find(|n| n.has_tag_name((atom, t)))
            .and_then(|n| n.text())
            .unwrap_or("")
            .to_string()
    };
    // Newest first: the release of 18 August 2026 with July 2026's $417m.
    let first = &entries[0];
    assert!(child(first, "title").contains("ICT exports July 2026: $417 million"));
    assert_eq!(child(first, "updated"), "2026-08-18T00:00:00+05:00");
    let content = child(first, "content");
    assert!(
        content.contains("ICT exports were $417 million in July 2026"),
        "{content}"
    );
    // Every id is distinct and does not depend on the store's row numbers.
    let mut ids: Vec<String> = entries.iter().map(|e| child(e, "id")).collect();
    assert!(ids.iter().all(|i| i.starts_with("urn:itx:release:")));
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), entries.len());
    // Some release in the feed revised figures, and says which.
    assert!(
        entries
            .iter()
            .any(|e| child(e, "content").contains("It revised")),
        "{xml}"
    );
}

#[tokio::test]
async fn cards_and_charts_embed_with_a_snippet_and_only_they_may_be_framed() {
    let a = app();
    let (s, h, b) = a.send(get("/card/latest?embed=1")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_SECURITY_POLICY], "frame-ancestors *");
    assert!(h.get(header::X_FRAME_OPTIONS).is_none());
    let html = text(&b);
    assert!(
        html.contains("$417 million") && !html.contains("<nav>"),
        "{html}"
    );
    assert!(html.contains("target=\"_top\""));

    let (_, h, b) = a.send(get("/card/latest")).await;
    assert_eq!(h[header::CONTENT_SECURITY_POLICY], "frame-ancestors 'none'");
    let html = text(&b);
    assert!(html.contains(
        "&lt;iframe src=&quot;http://localhost/card/latest?series=ict&amp;amp;month=2026-07&amp;amp;embed=1&quot;"
    ), "{html}");
    assert!(html.contains("id=\"cite-text\""));

    let (s, h, b) = a
        .send(get("/chart/monthly?from=2025-07&to=2026-07&embed=1"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_SECURITY_POLICY], "frame-ancestors *");
    assert!(text(&b).contains("<svg"));
    for uri in ["/", "/explore", "/chart/monthly", "/api/v1/series"] {
        let (_, h, _) = a.send(get(uri)).await;
        assert_eq!(h[header::X_FRAME_OPTIONS], "DENY", "{uri}");
    }
    // The home page links each card and chart to its page.
    let (_, b) = a.get("/").await;
    let html = text(&b);
    assert!(html.contains("href=\"/card/yoy?series=ict&amp;month=2026-07\""));
    assert!(html.contains("href=\"/chart/monthly?series=ict&amp;from=2025-07&amp;to=2026-07\""));
    assert!(html.contains(
        "href=\"/api/v1/charts/monthly.png?series=ict&amp;from=2025-07&amp;to=2026-07\""
    ));
    let (s, _, _) = a.send(get("/card/nonsense")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _, _) = a.send(get("/card/latest?embed=yes")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn figures_cite_their_release_in_text_bibtex_and_csl_json() {
    let a = app();
    let v = a.json("/api/v1/cite?month=2025-07").await;
    let t = v["text"].as_str().unwrap();
    assert!(
        t.starts_with("State Bank of Pakistan. \"ICT exports, July 2025: $354 million\""),
        "{t}"
    );
    assert!(t.contains("official figure as captured by a third party; published 2026-08-18"));
    assert!(t.contains("Retrieved "));
    let csl = &v["csl"][0];
    assert_eq!(
        csl["issued"]["date-parts"][0],
        serde_json::json!([2026, 8, 18])
    );
    assert_eq!(csl["type"], "dataset");

    let (s, h, b) = a
        .send(get("/api/v1/cite?month=2024-07&format=bibtex"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/x-bibtex")
    );
    let bib = text(&b);
    assert!(
        bib.starts_with("@misc{itx-pk-ebops-9-credit-2024-07,"),
        "{bib}"
    );
    assert!(bib.contains("title = {ICT exports, July 2024: \\$286 million (pk.ebops.9.credit)}"));
    assert!(bib.contains("date = {2025-04-17}"));
    assert!(bib.contains("url = {https://easydata.sbp.org.pk/apex/f?p=10:210}"));

    // A press-only month is cited to the outlet, as a press report.
    let v = a.json("/api/v1/cite?month=2025-08").await;
    assert!(
        v["text"]
            .as_str()
            .unwrap()
            .starts_with("phoneworld.com.pk. ")
    );
    assert!(v["text"].as_str().unwrap().contains("press report"));

    // A chart cites what it rests on.
    let (_, _, b) = a
        .send(get(
            "/api/v1/cite?chart=monthly&from=2025-07&to=2026-07&format=text",
        ))
        .await;
    let t = text(&b);
    assert!(t.contains("(newest published 2026-08-18)"), "{t}");
    let (s, _, _) = a.send(get("/api/v1/cite?month=2099-01")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn charts_mark_the_record_and_the_gaps_and_have_a_phone_size() {
    let a = app();
    // ICT's all-time high as known today is December 2025's $437m (SBP dt.xls as
    // captured by the dashboard); the default window Jul-25 to Jul-26 marks it.
    let (_, b) = a
        .get("/api/v1/charts/monthly?from=2025-07&to=2026-07")
        .await;
    let svg = text(&b);
    assert!(
        svg.contains("class=\"bar record\" data-month=\"2025-12\" data-value=\"437\""),
        "{svg}"
    );
    assert!(svg.contains("Record: 437"));
    // Services has no monthly figure for April to December 2025 in the store:
    // the months are shaded, labelled and said in the subtitle and description.
    let (_, b) = a
        .get("/api/v1/charts/monthly?series=services&from=2025-01&to=2026-07")
        .await;
    let svg = text(&b);
    assert!(
        svg.contains("class=\"gap\" data-from=\"2025-04\" data-to=\"2025-12\""),
        "{svg}"
    );
    assert!(svg.contains(">no figure</text>"));
    let subtitle: String = svg
        .lines()
        .filter(|l| l.contains("class=\"subtitle\""))
        .map(|l| l.split('>').nth(1).unwrap_or("").trim_end_matches("</text"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        subtitle.contains("no figure in the store for Apr-25 to Dec-25 (shaded)"),
        "{subtitle}"
    );
    assert!(svg.contains("No figure for April 2025 to December 2025 (shaded)"));
    // Components stop where SBP's dt.xls does, and say so.
    let (_, b) = a
        .get("/api/v1/charts/components?from=2025-07&to=2026-07")
        .await;
    let svg = text(&b);
    assert!(
        svg.contains("<desc") && svg.replace('\n', " ").contains("which the store has to"),
        "{svg}"
    );
    // The dashboard carries a 480-px copy of each chart for phones.
    let (_, b) = a.get("/").await;
    let html = text(&b);
    assert!(html.contains("<div class=\"chart-narrow\"><svg"));
    assert!(html.contains("width=\"480\""));
}

#[tokio::test]
async fn every_page_reads_in_urdu_right_to_left() {
    let a = app();
    for uri in [
        "/?lang=ur",
        "/explore?series=ict&from=2025-01&to=2025-09&lang=ur",
        "/revisions?lang=ur",
        "/check?lang=ur",
    ] {
        let (s, b) = a.get(uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        let html = text(&b);
        assert!(html.contains("<html lang=\"ur\" dir=\"rtl\">"), "{uri}");
        assert!(html.contains("id=\"lang-switch\""), "{uri}");
        assert!(html.contains("itx Naskh"), "{uri}");
        // The navigation is Urdu, and keeps the language.
        assert!(html.contains("<a href=\"/explore?lang=ur\""), "{uri}");
    }
    let (_, b) = a.get("/?lang=ur").await;
    let html = text(&b);
    // July 2026: $417 million (SBP headline table as captured on 2026-08-18).
    assert!(html.contains("41 کروڑ 70 لاکھ ڈالر"));
    assert!(html.contains("سرکاری عدد، کسی تیسرے فریق کی محفوظ کردہ نقل سے"));
    let (_, b) = a.get("/explore?series=ict&transform=yoy&lang=ur").await;
    assert!(text(&b).contains("سالانہ تبدیلی (فیصد)"));
    let (s, _) = a.get("/?lang=fr").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // Charts in Urdu: title, legend, badge, months and source line.
    let (_, b) = a
        .get("/api/v1/charts/monthly?from=2025-07&to=2026-07&lang=ur")
        .await;
    let svg = text(&b);
    for w in [
        "آئی ٹی برآمدات، ماہانہ",
        "ریکارڈ: 437",
        "دسمبر 25",
        "ماخذ: اسٹیٹ بینک آف پاکستان، 18 اگست 2026 کو جاری کردہ اعداد و شمار",
        "اب تک کی بلند ترین سطح",
    ] {
        assert!(svg.contains(w), "{w} not in the Urdu chart");
    }
    let (s, h, b) = a.send(get("/api/v1/charts/cumulative.png?lang=ur")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_TYPE], "image/png");
    assert_eq!(&b[..4], b"\x89PNG");
    let (_, b) = a.get("/?lang=ur").await;
    assert!(
        text(&b).contains("جولائی 26"),
        "the Urdu home's charts are in Urdu"
    );
    let (s, h, b) = a
        .send(get("/assets/fonts/NotoNaskhArabic-Regular.ttf"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_TYPE], "font/ttf");
    assert!(b.len() > 50_000);
}

#[tokio::test]
async fn pakistan_beside_india_in_the_api_and_on_a_page() {
    let a = app();
    // India 2025-Q2 (RBI): ICT US$ 47,932m; Pakistan Apr–Jun 2025: 985.29.
    let v = a.json("/api/v1/peers?from=2025-Q2").await;
    let row = &v["rows"][0];
    assert_eq!(row["quarter"], "2025-Q2");
    assert!((row["india"]["value"].as_f64().unwrap() - 47_932.04).abs() < 0.01);
    assert!((row["pakistan"]["value"].as_f64().unwrap() - 985.29).abs() < 0.01);
    let (s, b) = a.get("/peers").await;
    assert_eq!(s, StatusCode::OK);
    let html = text(&b);
    assert!(
        html.contains("47,932.0") && html.contains("Q1 FY2025-26"),
        "{html}"
    );
    assert!(html.contains("Reserve Bank of India"));
    // The indexed chart: both lines from 2019-Q1 = 100.
    assert!(html.contains("data-series=\"India\"") && html.contains("data-series=\"Pakistan\""));
    assert!(html.contains("2019-Q1 = 100"));
    let (s, b) = a.get("/peers?lang=ur").await;
    assert_eq!(s, StatusCode::OK);
    let html = text(&b);
    assert!(html.contains("پاکستان اور بھارت") && html.contains("<th>سہ ماہی</th>"));
    let (s, _) = a.get("/api/v1/peers?from=2025-13").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}
