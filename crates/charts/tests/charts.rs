//! Behaviour of the four chart kinds on SBP's ICT export figures: every SVG parses,
//! says what it shows (title, unit, source, months), marks what it should, escapes
//! its text, rejects bad data by name, and renders to a PNG of the right size.

use itx_charts::{
    Chart, Cumulative, Error, Fan, FanPoint, Meta, MonthlyBars, Size, Stacked, png, svg, svg_sized,
};
use itx_types::YearMonth;
use roxmltree::{Document, Node};

/// ICT exports, US$ million (SBP): Jul-2024 … Jul-2025. July 2025 is the record;
/// the previous high was December 2024's 348.
const ICT: [(&str, f64); 13] = [
    ("2024-07", 286.0),
    ("2024-08", 298.0),
    ("2024-09", 292.0),
    ("2024-10", 330.0),
    ("2024-11", 311.0),
    ("2024-12", 348.0),
    ("2025-01", 313.0),
    ("2025-02", 305.0),
    ("2025-03", 342.0),
    ("2025-04", 317.0),
    ("2025-05", 329.0),
    ("2025-06", 339.0),
    ("2025-07", 354.0),
];

/// The same months a year earlier (SBP EasyData): Jul-2023 … Jul-2024.
const ICT_YEAR_EARLIER: [f64; 13] = [
    214.0, 236.0, 206.0, 238.0, 259.0, 303.0, 265.0, 257.0, 306.0, 310.0, 332.0, 297.0, 286.0,
];

const SOURCE: &str = "Source: State Bank of Pakistan, release of 18 August 2025";
const UNIT: &str = "US$ million";

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

fn meta(title: &str) -> Meta {
    Meta::new(title, UNIT, SOURCE)
}

fn monthly() -> MonthlyBars {
    MonthlyBars {
        meta: meta("ICT exports reach a record $354 million")
            .with_subtitle("Telecommunication, computer and information services"),
        months: ICT.iter().map(|(m, v)| (ym(m), *v)).collect(),
        yoy_pct: ICT
            .iter()
            .zip(ICT_YEAR_EARLIER)
            .map(|((m, v), prev)| (ym(m), Some((v / prev - 1.0) * 100.0)))
            .collect(),
        record: Some(ym("2025-07")),
        highlight: Some(ym("2025-07")),
    }
}

fn running(values: impl IntoIterator<Item = f64>) -> Vec<f64> {
    values
        .into_iter()
        .scan(0.0, |acc, v| {
            *acc += v;
            Some(*acc)
        })
        .collect()
}

/// FY2025-26 one month old (July 2025: 354) against FY2024-25 (3,810 in the
/// monthly figures) and a target of 4,200.
fn cumulative() -> Cumulative {
    Cumulative {
        meta: meta("ICT exports, fiscal year to date"),
        fy_label: "FY2025-26".to_string(),
        last_fy_label: "FY2024-25".to_string(),
        this_year: vec![354.0],
        last_year: running(ICT[..12].iter().map(|p| p.1)),
        target: Some(4_200.0),
        month_labels: Cumulative::month_labels_from(7),
    }
}

/// Services exports, Jul-2024 … Mar-2025 (SBP EasyData): ICT and the rest.
fn stacked() -> Stacked {
    let services = [
        631.0, 620.0, 661.0, 701.0, 666.0, 807.0, 692.0, 713.0, 744.0,
    ];
    let ict: Vec<f64> = ICT[..9].iter().map(|p| p.1).collect();
    let other: Vec<f64> = services.iter().zip(&ict).map(|(s, i)| s - i).collect();
    Stacked {
        meta: meta("Services exports by component"),
        months: ICT[..9].iter().map(|p| ym(p.0)).collect(),
        components: vec![
            ("Telecom, computer & information".to_string(), ict),
            ("Other services".to_string(), other),
        ],
        total: Some(services.to_vec()),
    }
}

fn fan() -> Fan {
    Fan {
        meta: meta("ICT exports: the next three months"),
        history: ICT.iter().map(|(m, v)| (ym(m), *v)).collect(),
        forecast: [("2025-08", 358.0), ("2025-09", 361.0), ("2025-10", 365.0)]
            .iter()
            .enumerate()
            .map(|(h, (m, mean))| {
                let sd = 20.0 * ((h + 1) as f64).sqrt();
                FanPoint {
                    month: ym(m),
                    mean: *mean,
                    lo80: mean - 1.28 * sd,
                    hi80: mean + 1.28 * sd,
                    lo95: mean - 1.96 * sd,
                    hi95: mean + 1.96 * sd,
                }
            })
            .collect(),
    }
}

fn all_kinds() -> Vec<Chart> {
    vec![
        Chart::Monthly(monthly()),
        Chart::Cumulative(cumulative()),
        Chart::Stacked(stacked()),
        Chart::Fan(fan()),
    ]
}

/// Texts of the `<text>` elements whose class list includes `class`.
fn texts(doc: &Document, class: &str) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text") && has_class(n, class))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect()
}

fn has_class(n: &Node, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

fn all_texts(doc: &Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_string())
        .collect()
}

fn child_text(doc: &Document, tag: &str) -> String {
    doc.root_element()
        .children()
        .find(|n| n.has_tag_name(tag))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn every_kind_parses_and_carries_title_unit_source_and_description() {
    for chart in all_kinds() {
        let s = svg(&chart).unwrap();
        let doc = Document::parse(&s).unwrap_or_else(|e| panic!("{}: {e}", chart.kind()));
        let root = doc.root_element();
        assert_eq!(root.attribute("width"), Some("800"), "{}", chart.kind());
        assert_eq!(root.attribute("height"), Some("450"), "{}", chart.kind());
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(child_text(&doc, "title"), chart.meta().title);
        let desc = child_text(&doc, "desc");
        assert!(desc.contains(UNIT), "{}: desc {desc:?}", chart.kind());
        assert!(desc.len() > 60, "{}: desc too thin: {desc:?}", chart.kind());
        // aria-labelledby points at the title and desc ids.
        let ids: Vec<&str> = root
            .attribute("aria-labelledby")
            .unwrap()
            .split(' ')
            .collect();
        for id in ids {
            assert!(
                doc.descendants().any(|n| n.attribute("id") == Some(id)),
                "{id}"
            );
        }
        assert_eq!(texts(&doc, "title"), vec![chart.meta().title.clone()]);
        assert_eq!(texts(&doc, "unit")[0], UNIT, "{}", chart.kind());
        assert_eq!(
            texts(&doc, "source"),
            vec![SOURCE.to_string()],
            "{}",
            chart.kind()
        );
        // No NaN or infinite coordinate slipped through.
        for n in doc.descendants().filter(|n| n.is_element()) {
            for a in n.attributes() {
                if let Ok(v) = a.value().parse::<f64>() {
                    assert!(
                        v.is_finite(),
                        "{}: {}={}",
                        chart.kind(),
                        a.name(),
                        a.value()
                    );
                }
                assert!(!a.value().contains("NaN"), "{}: {}", chart.kind(), a.name());
            }
        }
        // Nothing is written outside the canvas.
        for n in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let x: f64 = n.attribute("x").unwrap().parse().unwrap();
            let y: f64 = n.attribute("y").unwrap().parse().unwrap();
            assert!(
                (0.0..=800.0).contains(&x) && (0.0..=450.0).contains(&y),
                "{}: {:?} at {x},{y}",
                chart.kind(),
                n.text()
            );
        }
    }
}

#[test]
fn monthly_bars_mark_the_record_and_plot_yoy_on_a_percent_axis() {
    let s = svg(&Chart::Monthly(monthly())).unwrap();
    let doc = Document::parse(&s).unwrap();

    // One bar per month; the record is July 2025's and only that one.
    let bars: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && has_class(n, "bar"))
        .collect();
    assert_eq!(bars.len(), 13);
    let record: Vec<&Node> = bars.iter().filter(|n| has_class(n, "record")).collect();
    assert_eq!(record.len(), 1);
    assert_eq!(record[0].attribute("data-month"), Some("2025-07"));
    assert_eq!(record[0].attribute("data-value"), Some("354"));
    let fill = |m: &str| {
        bars.iter()
            .find(|n| n.attribute("data-month") == Some(m))
            .and_then(|n| n.attribute("fill"))
            .unwrap()
    };
    assert_ne!(
        fill("2025-07"),
        fill("2024-12"),
        "record bar has its own colour"
    );
    assert_eq!(fill("2024-12"), fill("2025-01"));
    // Heights follow the data: the record bar is the tallest, the previous high next.
    let height = |m: &str| -> f64 {
        bars.iter()
            .find(|n| n.attribute("data-month") == Some(m))
            .and_then(|n| n.attribute("height"))
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(height("2025-07") > height("2024-12"));
    assert!(height("2024-12") > height("2025-06"));
    assert!((height("2025-07") / height("2024-07") - 354.0 / 286.0).abs() < 0.01);
    assert_eq!(texts(&doc, "record-label"), vec!["Record: 354"]);

    // Month labels, "Jul-25" style, none missing at this width.
    let months = texts(&doc, "month");
    assert_eq!(months.first().map(String::as_str), Some("Jul-24"));
    assert_eq!(months.last().map(String::as_str), Some("Jul-25"));
    assert!(months.contains(&"Dec-24".to_string()));

    // YoY: a right-hand axis titled in per cent, a point per month, a zero tick
    // (May 2025 was down 0.9% on a year earlier).
    let right = texts(&doc, "unit-right");
    assert_eq!(right.len(), 1);
    assert!(right[0].contains('%'), "{right:?}");
    let points: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && has_class(n, "yoy-point"))
        .collect();
    assert_eq!(points.len(), 13);
    let jul25: f64 = points[12].attribute("data-yoy").unwrap().parse().unwrap();
    assert!((jul25 - 23.78).abs() < 0.01, "{jul25}");
    let right_ticks: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && has_class(n, "axis-right"))
        .flat_map(|g| g.children().filter(|n| n.has_tag_name("text")))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    let left_ticks: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && has_class(n, "axis-left"))
        .flat_map(|g| g.children().filter(|n| n.has_tag_name("text")))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    assert_eq!(left_ticks, vec!["0", "100", "200", "300", "400"]);
    assert_eq!(
        right_ticks.len(),
        left_ticks.len(),
        "the axes share gridlines"
    );
    assert!(right_ticks.contains(&"0".to_string()), "{right_ticks:?}");

    // The legend names all three series.
    let legend = texts(&doc, "legend-label");
    assert_eq!(legend.len(), 3, "{legend:?}");
    assert!(legend[0].contains(UNIT));
    assert!(legend.iter().any(|l| l.contains("Record")));
    assert!(legend.iter().any(|l| l.contains('%')));
}

#[test]
fn monthly_without_yoy_has_no_right_axis_and_labels_the_highlight() {
    let mut c = monthly();
    c.yoy_pct.clear();
    c.record = None;
    c.highlight = Some(ym("2025-06"));
    let s = svg(&Chart::Monthly(c)).unwrap();
    let doc = Document::parse(&s).unwrap();
    assert!(texts(&doc, "unit-right").is_empty());
    assert!(texts(&doc, "record-label").is_empty());
    assert!(
        texts(&doc, "legend-label").is_empty(),
        "one series needs no legend"
    );
    assert_eq!(texts(&doc, "value-label"), vec!["339"]);
}

#[test]
fn monthly_labels_thin_out_over_four_years_and_gaps_stay_gaps() {
    let months: Vec<(YearMonth, f64)> = (0..48)
        .filter(|i| *i != 30)
        .map(|i| (ym("2021-07").add_months(i), 250.0 + f64::from(i)))
        .collect();
    let c = MonthlyBars {
        meta: meta("Four years"),
        months,
        yoy_pct: vec![],
        record: None,
        highlight: None,
    };
    let s = svg(&Chart::Monthly(c)).unwrap();
    let doc = Document::parse(&s).unwrap();
    let labels = texts(&doc, "month");
    assert!(labels.len() < 20, "{labels:?}");
    for july in ["Jul-21", "Jul-22", "Jul-23", "Jul-24"] {
        assert!(labels.contains(&july.to_string()), "{labels:?}");
    }
    let bars = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && has_class(n, "bar"))
        .count();
    assert_eq!(bars, 47);
}

#[test]
fn cumulative_shows_both_years_and_the_target_path() {
    let s = svg(&Chart::Cumulative(cumulative())).unwrap();
    let doc = Document::parse(&s).unwrap();
    assert_eq!(
        texts(&doc, "month"),
        [
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"
        ]
    );
    let legend = texts(&doc, "legend-label");
    assert_eq!(
        legend,
        ["FY2025-26", "FY2024-25", "Path to target of 4,200"]
    );
    // This year's July, last year's July for comparison, and the right-edge labels.
    assert_eq!(texts(&doc, "this-year"), ["354"]);
    assert_eq!(texts(&doc, "last-year"), ["286"]);
    assert_eq!(texts(&doc, "end-last-year"), ["3,810"]);
    assert_eq!(texts(&doc, "end-target"), ["4,200"]);
    // The target path runs from a twelfth of the target in July to all of it in June.
    let target = doc
        .descendants()
        .find(|n| n.has_tag_name("g") && has_class(n, "target"))
        .and_then(|g| g.children().find(|n| n.has_tag_name("line")))
        .unwrap();
    let y1: f64 = target.attribute("y1").unwrap().parse().unwrap();
    let y2: f64 = target.attribute("y2").unwrap().parse().unwrap();
    assert!(y2 < y1, "the path rises");
    assert!(target.attribute("stroke-dasharray").is_some());
    // Last year's line has twelve points.
    let last_year_points = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && has_class(n, "last-year"))
        .flat_map(|g| g.children().filter(|n| n.has_tag_name("circle")))
        .count();
    assert_eq!(last_year_points, 12);
}

#[test]
fn fiscal_month_labels_roll_over_in_january() {
    let pk = Cumulative::month_labels_from(7);
    assert_eq!(
        (
            pk[0].as_str(),
            pk[5].as_str(),
            pk[6].as_str(),
            pk[11].as_str()
        ),
        ("Jul", "Dec", "Jan", "Jun")
    );
    let india = Cumulative::month_labels_from(4);
    assert_eq!((india[0].as_str(), india[11].as_str()), ("Apr", "Mar"));
}

#[test]
fn stacked_components_stack_to_the_total() {
    let s = svg(&Chart::Stacked(stacked())).unwrap();
    let doc = Document::parse(&s).unwrap();
    let segments: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && has_class(n, "segment"))
        .collect();
    assert_eq!(segments.len(), 18);
    assert_eq!(
        segments[0].attribute("data-component"),
        Some("Telecom, computer & information")
    );
    assert!(s.contains("Telecom, computer &amp; information"));
    let legend = texts(&doc, "legend-label");
    assert_eq!(
        legend,
        ["Telecom, computer & information", "Other services", "Total"]
    );
    let totals = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && has_class(n, "total"))
        .flat_map(|g| g.children().filter(|n| n.has_tag_name("line")))
        .count();
    assert_eq!(totals, 9);
    // The top of each stack sits on its total's rule (components sum to the total).
    for m in ["2024-07", "2025-03"] {
        let top = segments
            .iter()
            .filter(|n| n.attribute("data-month") == Some(m))
            .map(|n| n.attribute("y").unwrap().parse::<f64>().unwrap())
            .fold(f64::INFINITY, f64::min);
        let rule = doc
            .descendants()
            .find(|n| n.has_tag_name("line") && n.attribute("data-month") == Some(m))
            .and_then(|n| n.attribute("y1"))
            .unwrap()
            .parse::<f64>()
            .unwrap();
        assert!((top - rule).abs() < 0.02, "{m}: {top} vs {rule}");
    }
    assert_eq!(texts(&doc, "value-label"), ["744"]);
    assert_eq!(
        texts(&doc, "month").first().map(String::as_str),
        Some("Jul-24")
    );
}

#[test]
fn fan_grows_out_of_the_last_actual_value() {
    let s = svg(&Chart::Fan(fan())).unwrap();
    let doc = Document::parse(&s).unwrap();
    for class in ["band80", "band95"] {
        let band = doc
            .descendants()
            .find(|n| n.has_tag_name("polygon") && has_class(n, class))
            .unwrap_or_else(|| panic!("no {class}"));
        // Anchor point, then three upper and three lower bounds.
        assert_eq!(band.attribute("points").unwrap().split(' ').count(), 7);
    }
    let last = doc
        .descendants()
        .find(|n| n.has_tag_name("circle") && has_class(n, "last-actual"))
        .unwrap();
    assert_eq!(last.attribute("data-month"), Some("2025-07"));
    let legend = texts(&doc, "legend-label");
    assert_eq!(
        legend,
        ["Actual", "Forecast", "80% interval", "95% interval"]
    );
    let months = texts(&doc, "month");
    assert_eq!(months.first().map(String::as_str), Some("Jul-24"));
    // Sixteen months: every other one labelled, counted from July, into the forecast.
    assert_eq!(
        months,
        [
            "Jul-24", "Sep-24", "Nov-24", "Jan-25", "Mar-25", "May-25", "Jul-25", "Sep-25"
        ]
    );
    assert!(all_texts(&doc).contains(&"Forecast".to_string()));
}

#[test]
fn text_is_escaped_everywhere() {
    let nasty = "R&D <ICT> \"exports\" & 'more'";
    let mut m = monthly();
    m.meta = Meta::new(nasty, "US$ <million>", "Source: SBP & <EasyData>").with_subtitle(nasty);
    let mut st = stacked();
    st.meta = m.meta.clone();
    st.components[1].0 = "<Other> & more".to_string();
    let mut cu = cumulative();
    cu.meta = m.meta.clone();
    cu.fy_label = "FY<26>".to_string();
    let mut f = fan();
    f.meta = m.meta.clone();
    for chart in [
        Chart::Monthly(m),
        Chart::Stacked(st),
        Chart::Cumulative(cu),
        Chart::Fan(f),
    ] {
        let s = svg(&chart).unwrap();
        assert!(s.contains("R&amp;D &lt;ICT&gt; &quot;exports&quot; &amp; &apos;more&apos;"));
        assert!(!s.contains("<ICT>") && !s.contains("<million>") && !s.contains("<EasyData>"));
        let doc = Document::parse(&s).unwrap();
        assert_eq!(child_text(&doc, "title"), nasty);
        assert_eq!(texts(&doc, "title"), [nasty]);
        assert_eq!(texts(&doc, "unit")[0], "US$ <million>");
        assert_eq!(texts(&doc, "source"), ["Source: SBP & <EasyData>"]);
        let legend = texts(&doc, "legend-label");
        if chart.kind() == "components" {
            assert!(legend.contains(&"<Other> & more".to_string()));
        }
        if chart.kind() == "cumulative" {
            assert!(legend.contains(&"FY<26>".to_string()));
        }
    }
}

#[test]
fn long_titles_wrap_and_a_small_chart_grows_rather_than_squash_the_plot() {
    let mut c = monthly();
    c.meta.title = "ICT exports reach a record in July 2025 as computer services and freelancers carry the year".to_string();
    let s = svg_sized(
        &Chart::Monthly(c.clone()),
        Size {
            width: 480,
            height: 300,
        },
    )
    .unwrap();
    let doc = Document::parse(&s).unwrap();
    let lines = texts(&doc, "title");
    assert!(lines.len() >= 3, "{lines:?}");
    assert_eq!(lines.join(" "), c.meta.title);
    assert_eq!(
        child_text(&doc, "title"),
        c.meta.title,
        "<title> keeps it whole"
    );
    let height: f64 = doc
        .root_element()
        .attribute("height")
        .unwrap()
        .parse()
        .unwrap();
    assert!(height > 300.0, "{height}");
    // The PNG follows the grown height.
    let p = png(&s, 1.0).unwrap();
    assert_eq!(png_size(&p), (480, height as u32));
}

#[test]
fn bad_input_is_rejected_by_name() {
    let msg = |c: Chart| svg(&c).unwrap_err().to_string();

    let mut c = monthly();
    c.months.clear();
    c.yoy_pct.clear();
    c.record = None;
    c.highlight = None;
    let e = svg(&Chart::Monthly(c)).unwrap_err();
    assert!(matches!(e, Error::Empty { .. }), "{e}");
    assert_eq!(e.to_string(), "monthly chart: months is empty");

    let mut c = monthly();
    c.months[8].1 = f64::NAN;
    let e = svg(&Chart::Monthly(c)).unwrap_err();
    assert!(matches!(e, Error::NotFinite { .. }), "{e}");
    assert_eq!(
        e.to_string(),
        "monthly chart: the value for 2025-03 is NaN, not a finite number"
    );

    let mut c = monthly();
    c.yoy_pct[2].1 = Some(f64::INFINITY);
    assert!(msg(Chart::Monthly(c)).contains("yoy_pct for 2024-09"));

    let mut c = monthly();
    c.record = Some(ym("2023-07"));
    assert_eq!(
        msg(Chart::Monthly(c)),
        "monthly chart: the record month 2023-07 has no bar"
    );

    let mut c = monthly();
    c.months.swap(3, 4);
    assert!(msg(Chart::Monthly(c)).contains("2024-10 comes after 2024-11"));

    let mut c = monthly();
    c.meta.source = " ".to_string();
    assert_eq!(
        msg(Chart::Monthly(c)),
        "monthly chart: source line is empty"
    );

    let mut c = cumulative();
    c.this_year.clear();
    assert_eq!(
        msg(Chart::Cumulative(c)),
        "cumulative chart: this_year is empty"
    );
    let mut c = cumulative();
    c.last_year.push(4000.0);
    assert!(msg(Chart::Cumulative(c)).contains("last_year has 13 values"));
    let mut c = cumulative();
    c.last_year[6] = f64::NAN;
    assert!(msg(Chart::Cumulative(c)).contains("last_year[6] (Jan)"));

    let mut c = stacked();
    c.components[1].1.pop();
    assert_eq!(
        msg(Chart::Stacked(c)),
        "components chart: Other services has 8 values for 9 months"
    );
    let mut c = stacked();
    c.total.as_mut().unwrap()[0] = f64::NEG_INFINITY;
    assert!(msg(Chart::Stacked(c)).contains("total for 2024-07"));

    let mut c = fan();
    c.forecast[1].hi80 = c.forecast[1].hi95 + 1.0;
    assert!(msg(Chart::Fan(c)).contains("forecast for 2025-09"));
    let mut c = fan();
    c.forecast[0].month = ym("2025-07");
    assert!(msg(Chart::Fan(c)).contains("not after the last actual month 2025-07"));
    let mut c = fan();
    c.forecast.clear();
    assert_eq!(msg(Chart::Fan(c)), "fan chart: forecast is empty");

    let e = svg_sized(
        &Chart::Fan(fan()),
        Size {
            width: 300,
            height: 200,
        },
    )
    .unwrap_err();
    assert!(matches!(e, Error::TooSmall { .. }), "{e}");
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(p: &[u8]) -> (u32, u32) {
    assert_eq!(&p[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&p[12..16], b"IHDR");
    let w = u32::from_be_bytes(p[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(p[20..24].try_into().unwrap());
    (w, h)
}

#[test]
fn png_has_the_signature_and_the_scaled_size() {
    for chart in all_kinds() {
        let s = svg(&chart).unwrap();
        assert_eq!(
            png_size(&png(&s, 1.0).unwrap()),
            (800, 450),
            "{}",
            chart.kind()
        );
    }
    let s = svg(&Chart::Monthly(monthly())).unwrap();
    assert_eq!(png_size(&png(&s, 2.0).unwrap()), (1600, 900));
}

#[test]
fn output_is_deterministic() {
    for chart in all_kinds() {
        let a = svg(&chart).unwrap();
        let b = svg(&chart.clone()).unwrap();
        assert_eq!(a, b, "{}", chart.kind());
        assert_eq!(
            png(&a, 1.0).unwrap(),
            png(&b, 1.0).unwrap(),
            "{}",
            chart.kind()
        );
    }
    // Two charts with different titles get different element ids, so both can sit
    // on one HTML page.
    let a = svg(&Chart::Monthly(monthly())).unwrap();
    let mut other = monthly();
    other.meta.title = "Another".to_string();
    let b = svg(&Chart::Monthly(other)).unwrap();
    let id = |s: &str| {
        Document::parse(s)
            .unwrap()
            .root_element()
            .attribute("aria-labelledby")
            .unwrap()
            .to_string()
    };
    assert_ne!(id(&a), id(&b));
}

#[test]
fn png_draws_the_text_and_the_record_bar() {
    use resvg::tiny_skia::Pixmap;
    let s = svg(&Chart::Monthly(monthly())).unwrap();
    let img = Pixmap::decode_png(&png(&s, 1.0).unwrap()).unwrap();
    let px = |x: u32, y: u32| img.pixel(x, y).unwrap();
    let count = |x0: u32, x1: u32, y0: u32, y1: u32, f: &dyn Fn(u8, u8, u8) -> bool| {
        let mut n = 0;
        for y in y0..y1 {
            for x in x0..x1 {
                let p = px(x, y);
                if f(p.red(), p.green(), p.blue()) {
                    n += 1;
                }
            }
        }
        n
    };
    // The title (near-black, top left) and the source line (grey, bottom left) are
    // drawn: text needs a font, and CI machines have none but the embedded one.
    let dark = |r: u8, g: u8, b: u8| r < 80 && g < 80 && b < 80;
    assert!(count(20, 400, 20, 45, &dark) > 500, "title not drawn");
    let grey = |r: u8, g: u8, b: u8| r < 200 && r == g && g == b;
    assert!(
        count(20, 300, 420, 440, &grey) > 200,
        "source line not drawn"
    );
    // The background is white and the record bar orange.
    let p = px(2, 2);
    assert_eq!(
        (p.red(), p.green(), p.blue(), p.alpha()),
        (255, 255, 255, 255)
    );
    let doc = Document::parse(&s).unwrap();
    let bar = doc
        .descendants()
        .find(|n| n.has_tag_name("rect") && n.attribute("data-month") == Some("2025-07"))
        .unwrap();
    let x: f64 = bar.attribute("x").unwrap().parse().unwrap();
    let w: f64 = bar.attribute("width").unwrap().parse().unwrap();
    let y: f64 = bar.attribute("y").unwrap().parse().unwrap();
    let p = px((x + w / 2.0) as u32, (y + 30.0) as u32);
    assert_eq!((p.red(), p.green(), p.blue()), (0xe0, 0x70, 0x0b));
}
