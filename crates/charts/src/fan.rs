//! The forecast fan: actual values, then the forecast's centre line inside its 80%
//! and 95% intervals, in the style of the Bank of England's fan charts (darker for
//! the likelier band).

use itx_types::YearMonth;

use crate::doc::{Font, fmt_value, n};
use crate::frame::{ACCENT, FAINT, Frame, LegendItem, Swatch, month_labels};
use crate::scale::{MonthAxis, nice_axis};
use crate::{Error, Meta, Size, validate};

pub(crate) const KIND: &str = "fan";

/// Colours of the bands: the accent lightened, solid rather than translucent so
/// that the two bands do not mix into a third shade.
const BAND80: &str = "#a9c6dc";
const BAND95: &str = "#d9e6f0";

/// One forecast month: the centre (median or mean) and the bounds of the 80% and
/// 95% intervals, with `lo95 ≤ lo80 ≤ mean ≤ hi80 ≤ hi95`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FanPoint {
    pub month: YearMonth,
    pub mean: f64,
    pub lo80: f64,
    pub hi80: f64,
    pub lo95: f64,
    pub hi95: f64,
}

/// Actual values followed by a forecast.
///
/// The bands open from the last actual value, so the fan visibly grows out of the
/// history; a dotted rule separates the two.
#[derive(Debug, Clone, PartialEq)]
pub struct Fan {
    pub meta: Meta,
    /// Actual values, months in order.
    pub history: Vec<(YearMonth, f64)>,
    /// Forecast months, in order, all after the last actual month.
    pub forecast: Vec<FanPoint>,
}

pub(crate) fn render(c: &Fan, size: Size) -> Result<String, Error> {
    validate::meta(KIND, &c.meta)?;
    validate::non_empty(KIND, &c.history, "history")?;
    validate::non_empty(KIND, &c.forecast, "forecast")?;
    for (m, v) in &c.history {
        validate::finite(KIND, *v, || format!("the value for {m}"))?;
    }
    validate::increasing(KIND, "history", c.history.iter().map(|p| p.0))?;
    validate::increasing(KIND, "forecast", c.forecast.iter().map(|p| p.month))?;
    let (last_m, last_v) = c.history[c.history.len() - 1];
    for p in &c.forecast {
        for (name, v) in [
            ("mean", p.mean),
            ("lo80", p.lo80),
            ("hi80", p.hi80),
            ("lo95", p.lo95),
            ("hi95", p.hi95),
        ] {
            validate::finite(KIND, v, || format!("forecast {name} for {}", p.month))?;
        }
        let ordered = p.lo95 <= p.lo80 && p.lo80 <= p.mean && p.mean <= p.hi80 && p.hi80 <= p.hi95;
        if !ordered {
            return Err(validate::invalid(
                KIND,
                format!(
                    "forecast for {}: need lo95 <= lo80 <= mean <= hi80 <= hi95, got {} <= {} <= {} <= {} <= {}",
                    p.month, p.lo95, p.lo80, p.mean, p.hi80, p.hi95
                ),
            ));
        }
    }
    let f_first = c.forecast[0].month;
    if f_first <= last_m {
        return Err(validate::invalid(
            KIND,
            format!("the forecast starts at {f_first}, not after the last actual month {last_m}"),
        ));
    }
    let f_last = c.forecast[c.forecast.len() - 1].month;

    let lo = c
        .history
        .iter()
        .map(|p| p.1)
        .chain(c.forecast.iter().map(|p| p.lo95))
        .fold(f64::INFINITY, f64::min);
    let hi = c
        .history
        .iter()
        .map(|p| p.1)
        .chain(c.forecast.iter().map(|p| p.hi95))
        .fold(f64::NEG_INFINITY, f64::max);
    // A line need not start at zero, but a range close to zero reads better from it.
    let lo = if lo > 0.0 && lo < 0.25 * hi { 0.0 } else { lo };
    let left = nice_axis(lo, hi, 5);

    let legend = vec![
        LegendItem {
            swatch: Swatch::Line {
                color: ACCENT,
                width: 2.25,
                dashed: false,
                marker: false,
            },
            label: c.meta.words.actual.clone(),
        },
        LegendItem {
            swatch: Swatch::Line {
                color: ACCENT,
                width: 2.25,
                dashed: true,
                marker: false,
            },
            label: c.meta.words.forecast.clone(),
        },
        LegendItem {
            swatch: Swatch::Band(BAND80),
            label: c.meta.words.interval80.clone(),
        },
        LegendItem {
            swatch: Swatch::Band(BAND95),
            label: c.meta.words.interval95.clone(),
        },
    ];

    let (mut doc, plot, scale) = Frame {
        kind: KIND,
        meta: &c.meta,
        size,
        desc: describe(c),
        legend,
        left: &left,
        right: None,
        right_extra: 0.0,
    }
    .draw();
    let axis = MonthAxis::new(c.history[0].0, f_last, plot.left, plot.right);
    let anchor = (axis.x(last_m), scale.y(last_v));

    doc.open("class=\"fan\"");
    for (fill, class, wide) in [(BAND95, "band95", true), (BAND80, "band80", false)] {
        let bounds = |p: &FanPoint| {
            if wide {
                (p.lo95, p.hi95)
            } else {
                (p.lo80, p.hi80)
            }
        };
        let mut pts = vec![anchor];
        pts.extend(
            c.forecast
                .iter()
                .map(|p| (axis.x(p.month), scale.y(bounds(p).1))),
        );
        pts.extend(
            c.forecast
                .iter()
                .rev()
                .map(|p| (axis.x(p.month), scale.y(bounds(p).0))),
        );
        doc.polygon(&pts, fill, &format!("class=\"{class}\""));
    }
    let mut centre = vec![anchor];
    centre.extend(
        c.forecast
            .iter()
            .map(|p| (axis.x(p.month), scale.y(p.mean))),
    );
    doc.polyline(
        &centre,
        ACCENT,
        2.25,
        "stroke-dasharray=\"6 4\" class=\"forecast\"",
    );
    doc.close();

    // The boundary between actual and forecast.
    let bx = (anchor.0 + axis.x(f_first)) / 2.0;
    doc.open("class=\"boundary\"");
    doc.line(
        bx,
        plot.top,
        bx,
        plot.bottom,
        FAINT,
        1.0,
        "stroke-dasharray=\"2 3\"",
    );
    doc.text(
        bx + 5.0,
        plot.top + 12.0,
        &c.meta.words.forecast,
        Font::new(11.0, FAINT),
        "",
    );
    doc.close();

    doc.open("class=\"history\"");
    let hist: Vec<(f64, f64)> = c
        .history
        .iter()
        .map(|(m, v)| (axis.x(*m), scale.y(*v)))
        .collect();
    // Gaps in the months break the line.
    let mut run: Vec<(f64, f64)> = Vec::new();
    for (i, pt) in hist.iter().enumerate() {
        if i > 0 && c.history[i - 1].0.add_months(1) != c.history[i].0 {
            if run.len() > 1 {
                doc.polyline(&run, ACCENT, 2.25, "");
            }
            run.clear();
        }
        run.push(*pt);
    }
    if run.len() > 1 {
        doc.polyline(&run, ACCENT, 2.25, "");
    }
    doc.circle(
        anchor.0,
        anchor.1,
        3.5,
        ACCENT,
        "#ffffff",
        1.0,
        &format!(
            "class=\"last-actual\" data-month=\"{last_m}\" data-value=\"{}\"",
            n(last_v)
        ),
    );
    doc.close();

    month_labels(
        &mut doc,
        &plot,
        axis.labelled()
            .into_iter()
            .map(|m| (axis.x(m), c.meta.words.month_label(m))),
        // Tick marks hang from a zero line only; from a light gridline they look lost.
        left.lo == 0.0,
    );
    Ok(doc.finish())
}

fn describe(c: &Fan) -> String {
    let (first, _) = c.history[0];
    let (last_m, last_v) = c.history[c.history.len() - 1];
    let f = c.forecast[c.forecast.len() - 1];
    format!(
        "Line chart in {}: actual values from {} to {} ({} in {}), then a forecast to {} of {} \
         (80% interval {} to {}; 95% interval {} to {}).",
        c.meta.unit,
        first.long_label(),
        last_m.long_label(),
        fmt_value(last_v),
        last_m.long_label(),
        f.month.long_label(),
        fmt_value(f.mean),
        fmt_value(f.lo80),
        fmt_value(f.hi80),
        fmt_value(f.lo95),
        fmt_value(f.hi95),
    )
}
