//! Fiscal-year-to-date totals: this year against last year and the straight-line
//! path to a target, the chart behind "Jul–Mar exports of $2.8 billion, on course
//! for …".

use crate::doc::{Anchor, Doc, Font, fmt_value};
use crate::frame::{
    ACCENT, ACCENT_DARK, FAINT, Frame, INK, LAST_YEAR, LegendItem, Plot, Swatch, month_labels,
};
use crate::scale::{Linear, nice_axis};
use crate::{Error, Meta, Size, text, validate};

pub(crate) const KIND: &str = "cumulative";

/// Cumulative totals by month of the fiscal year.
///
/// `this_year[i]` is the total from the fiscal year's first month through its
/// month `i + 1`, so a year three months old has three values. The target path is
/// the straight line from zero at the start of the year to `target` at its end,
/// marked at every month end (`target × (i + 1) / 12`).
#[derive(Debug, Clone, PartialEq)]
pub struct Cumulative {
    pub meta: Meta,
    /// The legend label of this year: "FY2025-26".
    pub fy_label: String,
    /// The legend label of last year: "FY2024-25".
    pub last_fy_label: String,
    /// Cumulative totals so far, 1 to 12 values.
    pub this_year: Vec<f64>,
    /// Last year's cumulative totals, up to 12 values (none: no line).
    pub last_year: Vec<f64>,
    /// The fiscal year's target total, if there is one.
    pub target: Option<f64>,
    /// The x-axis labels, month 1 to 12 of the fiscal year: "Jul" … "Jun".
    pub month_labels: [String; 12],
}

impl Cumulative {
    /// Month abbreviations for a fiscal year starting in `first_month` (1–12):
    /// 7 gives "Jul", "Aug", … "Jun", Pakistan's fiscal year.
    ///
    /// ```
    /// let labels = itx_charts::Cumulative::month_labels_from(7);
    /// assert_eq!(labels[0], "Jul");
    /// assert_eq!(labels[6], "Jan");
    /// assert_eq!(labels[11], "Jun");
    /// ```
    pub fn month_labels_from(first_month: u8) -> [String; 12] {
        let first = i32::from(first_month.clamp(1, 12)) - 1;
        std::array::from_fn(|i| {
            itx_types::month_abbr(((first + i as i32) % 12 + 1) as u8).to_string()
        })
    }
}

const END_LABEL: Font = Font::new(12.0, INK).bold();
/// Last year's labels: darker than its line, for contrast on white.
const LAST_YEAR_TEXT: &str = FAINT;

pub(crate) fn render(c: &Cumulative, size: Size) -> Result<String, Error> {
    validate::meta(KIND, &c.meta)?;
    validate::non_empty(KIND, &c.this_year, "this_year")?;
    for (name, series) in [("this_year", &c.this_year), ("last_year", &c.last_year)] {
        if series.len() > 12 {
            return Err(validate::invalid(
                KIND,
                format!(
                    "{name} has {} values; a fiscal year has 12 months",
                    series.len()
                ),
            ));
        }
        for (i, v) in series.iter().enumerate() {
            validate::finite(KIND, *v, || format!("{name}[{i}] ({})", c.month_labels[i]))?;
        }
    }
    if let Some(t) = c.target {
        validate::finite(KIND, t, || "target".to_string())?;
    }
    for (what, s) in [
        ("fy_label", &c.fy_label),
        ("last_fy_label", &c.last_fy_label),
    ] {
        if s.trim().is_empty() && (what == "fy_label" || !c.last_year.is_empty()) {
            return Err(Error::Empty {
                chart: KIND,
                what: what.to_string(),
            });
        }
    }

    let all = c
        .this_year
        .iter()
        .chain(&c.last_year)
        .chain(c.target.as_ref())
        .copied();
    let vmin = all.clone().fold(0.0, f64::min);
    let vmax = all.fold(0.0, f64::max);
    let left = nice_axis(vmin, vmax, 5);

    // Labels right of the plot for the lines that reach the year's last month.
    let mut ends: Vec<End> = Vec::new();
    if c.this_year.len() == 12 {
        ends.push(End::new(c.this_year[11], ACCENT_DARK, "end-this-year"));
    }
    if c.last_year.len() == 12 {
        ends.push(End::new(c.last_year[11], LAST_YEAR_TEXT, "end-last-year"));
    }
    if let Some(t) = c.target {
        ends.push(End::new(t, INK, "end-target"));
    }
    let right_extra = ends
        .iter()
        .map(|e| text::width(&e.text, END_LABEL.size, true) + 10.0)
        .fold(0.0, f64::max);

    let mut legend = vec![LegendItem {
        swatch: Swatch::Line {
            color: ACCENT,
            width: 2.5,
            dashed: false,
            marker: true,
        },
        label: c.fy_label.clone(),
    }];
    if !c.last_year.is_empty() {
        legend.push(LegendItem {
            swatch: Swatch::Line {
                color: LAST_YEAR,
                width: 2.0,
                dashed: false,
                marker: true,
            },
            label: c.last_fy_label.clone(),
        });
    }
    if let Some(t) = c.target {
        legend.push(LegendItem {
            swatch: Swatch::Line {
                color: INK,
                width: 1.5,
                dashed: true,
                marker: false,
            },
            label: c
                .meta
                .words
                .path_to_target
                .replace("{value}", &fmt_value(t)),
        });
    }

    let (mut doc, plot, scale) = Frame {
        kind: KIND,
        meta: &c.meta,
        size,
        desc: describe(c),
        legend,
        left: &left,
        right: None,
        right_extra,
    }
    .draw();
    let slot = (plot.right - plot.left) / 12.0;
    let x = |i: usize| plot.left + (i as f64 + 0.5) * slot;

    if let Some(t) = c.target {
        doc.open("class=\"target\"");
        doc.line(
            x(0),
            scale.y(t / 12.0),
            x(11),
            scale.y(t),
            INK,
            1.5,
            "stroke-dasharray=\"6 4\"",
        );
        doc.close();
    }
    if !c.last_year.is_empty() {
        series(
            &mut doc,
            &c.last_year,
            &x,
            &scale,
            LAST_YEAR,
            2.0,
            2.5,
            "last-year",
        );
    }
    series(
        &mut doc,
        &c.this_year,
        &x,
        &scale,
        ACCENT,
        2.75,
        3.5,
        "this-year",
    );

    // This year's latest total, unless it is labelled at the right edge already:
    // above left of the point, or below right if last year's line runs just above.
    doc.open("class=\"annotations\"");
    let k = c.this_year.len() - 1;
    if k < 11 {
        let v = c.this_year[k];
        let (px, py) = (x(k), scale.y(v));
        let last_above = c
            .last_year
            .get(k)
            .is_some_and(|lv| scale.y(*lv) < py && py - scale.y(*lv) < 24.0);
        let (tx, ty, anchor) = if last_above {
            (px + 7.0, py + 17.0, Anchor::Start)
        } else if k == 0 {
            // Nothing to the left of the first month but the axis labels.
            (px + 7.0, py - 9.0, Anchor::Start)
        } else {
            (px - 7.0, py - 9.0, Anchor::End)
        };
        let font = Font {
            fill: ACCENT_DARK,
            ..END_LABEL
        };
        doc.text(
            tx,
            ty,
            &fmt_value(v),
            font.anchor(anchor),
            "class=\"value-label this-year\"",
        );
        // Last year at the same point, the comparison the chart is for: below right
        // of its point, or above left if this year's line runs just below it.
        if let Some(lv) = c.last_year.get(k) {
            let (lx, ly) = (x(k), scale.y(*lv));
            let (tx, ty, anchor) = if last_above {
                (lx - 7.0, ly - 9.0, Anchor::End)
            } else {
                (lx + 7.0, ly + 17.0, Anchor::Start)
            };
            let font = Font {
                fill: LAST_YEAR_TEXT,
                ..END_LABEL
            };
            doc.text(
                tx,
                ty,
                &fmt_value(*lv),
                font.anchor(anchor),
                "class=\"value-label last-year\"",
            );
        }
    }
    end_labels(&mut doc, &plot, &scale, ends);
    doc.close();

    month_labels(
        &mut doc,
        &plot,
        c.month_labels
            .iter()
            .enumerate()
            .map(|(i, l)| (x(i), l.clone())),
        true,
    );
    Ok(doc.finish())
}

/// A line with a point at every month.
#[allow(clippy::too_many_arguments)]
fn series(
    doc: &mut Doc,
    values: &[f64],
    x: &dyn Fn(usize) -> f64,
    scale: &Linear,
    color: &'static str,
    width: f64,
    r: f64,
    class: &str,
) {
    doc.open(&format!("class=\"{class}\""));
    let pts: Vec<(f64, f64)> = values
        .iter()
        .enumerate()
        .map(|(i, v)| (x(i), scale.y(*v)))
        .collect();
    if pts.len() > 1 {
        doc.polyline(&pts, color, width, "");
    }
    for (i, (px, py)) in pts.iter().enumerate() {
        let last = i + 1 == pts.len();
        let fill = if last { color } else { "#ffffff" };
        let attrs = format!(
            "data-month-index=\"{}\" data-value=\"{}\"",
            i + 1,
            crate::doc::n(values[i])
        );
        doc.circle(*px, *py, r, fill, color, 1.75, &attrs);
    }
    doc.close();
}

/// A value label right of the plot, at the height of the line it belongs to.
struct End {
    value: f64,
    text: String,
    color: &'static str,
    class: &'static str,
}

impl End {
    fn new(value: f64, color: &'static str, class: &'static str) -> End {
        End {
            value,
            text: fmt_value(value),
            color,
            class,
        }
    }
}

/// Writes end labels, pushed apart so that none overlaps another.
fn end_labels(doc: &mut Doc, plot: &Plot, scale: &Linear, mut ends: Vec<End>) {
    const GAP: f64 = 15.0;
    ends.sort_by(|a, b| b.value.total_cmp(&a.value));
    let mut ys: Vec<f64> = ends.iter().map(|e| scale.y(e.value) + 4.0).collect();
    for i in 1..ys.len() {
        ys[i] = ys[i].max(ys[i - 1] + GAP);
    }
    if let Some(&last) = ys.last() {
        let overflow = last - (plot.bottom + 4.0);
        if overflow > 0.0 {
            for y in &mut ys {
                *y -= overflow;
            }
        }
    }
    for (e, y) in ends.iter().zip(ys) {
        let font = Font {
            fill: e.color,
            ..END_LABEL
        };
        doc.text(
            plot.right + 8.0,
            y,
            &e.text,
            font,
            &format!("class=\"value-label {}\"", e.class),
        );
    }
}

fn describe(c: &Cumulative) -> String {
    let k = c.this_year.len();
    let through = &c.month_labels[k - 1];
    let mut s = format!(
        "Line chart of cumulative fiscal-year-to-date totals in {}. {} through {}: {}",
        c.meta.unit,
        c.fy_label,
        through,
        fmt_value(c.this_year[k - 1]),
    );
    if let Some(v) = c.last_year.get(k - 1) {
        s.push_str(&format!(
            "; {} at the same point: {}",
            c.last_fy_label,
            fmt_value(*v)
        ));
    }
    if c.last_year.len() == 12 {
        s.push_str(&format!(
            ". {} full year: {}",
            c.last_fy_label,
            fmt_value(c.last_year[11])
        ));
    }
    if let Some(t) = c.target {
        s.push_str(&format!(
            ". A dashed line shows the straight path to the target of {}, {} by {}",
            fmt_value(t),
            fmt_value(t * k as f64 / 12.0),
            through
        ));
    }
    s.push('.');
    s
}
