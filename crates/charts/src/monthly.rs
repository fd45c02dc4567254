//! Monthly bars with the record marked and the year-on-year change on a second axis:
//! the chart that goes with "ICT exports were a record $354 million in July 2025,
//! up 23.8% on a year earlier".

use itx_types::YearMonth;

use crate::doc::{Anchor, Font, fmt_pct, fmt_value};
use crate::frame::{ACCENT, ACCENT_DARK, Frame, INK, LegendItem, RECORD, Swatch, month_labels};
use crate::scale::{Linear, MonthAxis, aligned_axis, nice_axis};
use crate::{Error, Meta, Size, text, validate};

pub(crate) const KIND: &str = "monthly";

/// Monthly values as bars, with an optional year-on-year line on a right-hand axis.
///
/// Months must be in order; a month missing from `months` leaves a gap. The record
/// bar is drawn in orange under a "Record: 354" badge; the highlighted bar (the month
/// a brief is about, if not the record) is drawn darker and labelled with its value.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyBars {
    pub meta: Meta,
    /// Month and value, in `meta.unit`.
    pub months: Vec<(YearMonth, f64)>,
    /// Year-on-year change in per cent, for months within `months`' range; `None`
    /// (no value a year earlier) breaks the line. Empty: no right-hand axis.
    pub yoy_pct: Vec<(YearMonth, Option<f64>)>,
    /// The bar to mark as the all-time high, if it is in view.
    pub record: Option<YearMonth>,
    /// The bar to emphasise and label, usually the latest month.
    pub highlight: Option<YearMonth>,
}

const BADGE: Font = Font::new(11.0, "#ffffff").bold();
const VALUE: Font = Font::new(12.0, ACCENT_DARK).bold();

pub(crate) fn render(c: &MonthlyBars, size: Size) -> Result<String, Error> {
    validate::meta(KIND, &c.meta)?;
    validate::non_empty(KIND, &c.months, "months")?;
    for (m, v) in &c.months {
        validate::finite(KIND, *v, || format!("the value for {m}"))?;
    }
    validate::increasing(KIND, "months", c.months.iter().map(|p| p.0))?;
    validate::increasing(KIND, "yoy_pct", c.yoy_pct.iter().map(|p| p.0))?;
    let first = c.months[0].0;
    let last = c.months[c.months.len() - 1].0;
    for (m, v) in &c.yoy_pct {
        if *m < first || *m > last {
            return Err(validate::invalid(
                KIND,
                format!("yoy_pct has {m}, outside the bars' range {first} to {last}"),
            ));
        }
        if let Some(v) = v {
            validate::finite(KIND, *v, || format!("yoy_pct for {m}"))?;
        }
    }
    for (name, m) in [("record", c.record), ("highlight", c.highlight)] {
        if let Some(m) = m {
            if !c.months.iter().any(|p| p.0 == m) {
                return Err(validate::invalid(
                    KIND,
                    format!("the {name} month {m} has no bar"),
                ));
            }
        }
    }

    // Value axis from zero (bars must start there) with headroom for the badge.
    let vmin = c.months.iter().map(|p| p.1).fold(0.0, f64::min);
    let vmax = c.months.iter().map(|p| p.1).fold(0.0, f64::max);
    let left = nice_axis(vmin, vmax + 0.1 * (vmax - vmin), 5);
    let yoy: Vec<(YearMonth, f64)> = c
        .yoy_pct
        .iter()
        .filter_map(|(m, v)| v.map(|v| (*m, v)))
        .collect();
    let right = (!yoy.is_empty()).then(|| {
        let lo = yoy.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let hi = yoy.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
        aligned_axis(lo, hi, left.intervals())
    });

    let mut legend = Vec::new();
    if right.is_some() || c.record.is_some() {
        legend.push(LegendItem {
            swatch: Swatch::Bar(ACCENT),
            label: {
                let w = &c.meta.words;
                let bars = w.bars.replace("{unit}", &c.meta.unit);
                if right.is_some() {
                    format!("{bars}{}", w.left_axis)
                } else {
                    bars
                }
            },
        });
        if c.record.is_some() {
            legend.push(LegendItem {
                swatch: Swatch::Bar(RECORD),
                label: c.meta.words.record_high.clone(),
            });
        }
        if right.is_some() {
            legend.push(LegendItem {
                swatch: Swatch::Line {
                    color: INK,
                    width: 1.75,
                    dashed: false,
                    marker: true,
                },
                label: c.meta.words.yoy_line.clone(),
            });
        }
    }

    let (mut doc, plot, scale) = Frame {
        kind: KIND,
        meta: &c.meta,
        size,
        desc: describe(c, &yoy),
        legend,
        left: &left,
        right: right.as_ref().map(|a| (a, c.meta.words.yoy_axis.clone())),
        right_extra: 0.0,
    }
    .draw();

    let axis = MonthAxis::new(first, last, plot.left, plot.right);
    let bar_w = (axis.slot * 0.72).min(64.0);
    let y0 = scale.y(0.0);

    // Months with no figure are shaded and labelled, not silently skipped.
    doc.open("class=\"gaps\"");
    for (a, b) in gaps(c) {
        let x0 = axis.x(a) - axis.slot / 2.0;
        let w = axis.x(b) + axis.slot / 2.0 - x0;
        doc.rect(
            x0,
            plot.top,
            w,
            plot.bottom - plot.top,
            GAP,
            &format!("class=\"gap\" data-from=\"{a}\" data-to=\"{b}\""),
        );
        let label = c.meta.words.no_figure.as_str();
        if text::width(label, GAP_FONT.size, false) + 4.0 <= w {
            doc.text(
                x0 + w / 2.0,
                plot.bottom - 8.0,
                label,
                GAP_FONT.anchor(Anchor::Middle),
                "class=\"gap-label\"",
            );
        }
    }
    doc.close();

    doc.open("class=\"bars\"");
    for (m, v) in &c.months {
        let x = axis.x(*m);
        let y = scale.y(*v);
        let (fill, class) = if c.record == Some(*m) {
            (RECORD, "bar record")
        } else if c.highlight == Some(*m) {
            (ACCENT_DARK, "bar highlight")
        } else {
            (ACCENT, "bar")
        };
        let attrs = format!(
            "class=\"{class}\" data-month=\"{m}\" data-value=\"{}\"",
            crate::doc::n(*v)
        );
        doc.rect(
            x - bar_w / 2.0,
            y.min(y0),
            bar_w,
            (y - y0).abs(),
            fill,
            &attrs,
        );
    }
    doc.close();

    if let Some(right) = &right {
        let rs = Linear::new(right, plot.bottom, plot.top);
        doc.open("class=\"yoy\"");
        // Break the line at a missing value or a missing month.
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut prev: Option<YearMonth> = None;
        for (m, v) in &c.yoy_pct {
            let contiguous = prev.is_some_and(|p| p.add_months(1) == *m);
            match v {
                Some(v) => {
                    if !contiguous && run.len() > 1 {
                        doc.polyline(&run, INK, 1.75, "");
                    }
                    if !contiguous {
                        run.clear();
                    }
                    run.push((axis.x(*m), rs.y(*v)));
                    prev = Some(*m);
                }
                None => {
                    if run.len() > 1 {
                        doc.polyline(&run, INK, 1.75, "");
                    }
                    run.clear();
                    prev = None;
                }
            }
        }
        if run.len() > 1 {
            doc.polyline(&run, INK, 1.75, "");
        }
        for (m, v) in &yoy {
            let attrs = format!(
                "class=\"yoy-point\" data-month=\"{m}\" data-yoy=\"{}\"",
                crate::doc::n(*v)
            );
            doc.circle(axis.x(*m), rs.y(*v), 3.5, "#ffffff", INK, 1.75, &attrs);
        }
        doc.close();
    }

    // Annotations last, so that they sit on top of the line.
    doc.open("class=\"annotations\"");
    for (m, v) in &c.months {
        let x = axis.x(*m);
        let y = scale.y(*v);
        let above = *v >= 0.0;
        if c.record == Some(*m) {
            let label = c.meta.words.record_badge.replace("{value}", &fmt_value(*v));
            let w = text::width(&label, BADGE.size, true) + 12.0;
            let h = 18.0;
            let cx = x.clamp(plot.left + w / 2.0, plot.right - w / 2.0);
            let (top, tip_base, tip) = if above {
                (y - 6.0 - h, y - 6.0, y - 2.0)
            } else {
                (y + 6.0, y + 6.0, y + 2.0)
            };
            doc.polygon(
                &[(x - 4.0, tip_base), (x + 4.0, tip_base), (x, tip)],
                RECORD,
                "",
            );
            doc.rect(
                cx - w / 2.0,
                top,
                w,
                h,
                RECORD,
                "rx=\"3\" class=\"record-badge\"",
            );
            doc.text(
                cx,
                top + 13.0,
                &label,
                BADGE.anchor(Anchor::Middle),
                &format!("class=\"record-label\" data-month=\"{m}\""),
            );
        } else if c.highlight == Some(*m) {
            let ty = if above { y - 6.0 } else { y + 16.0 };
            doc.text(
                x,
                ty,
                &fmt_value(*v),
                VALUE.anchor(Anchor::Middle),
                &format!("class=\"value-label\" data-month=\"{m}\""),
            );
        }
    }
    doc.close();

    month_labels(
        &mut doc,
        &plot,
        axis.labelled()
            .into_iter()
            .map(|m| (axis.x(m), c.meta.words.month_label(m))),
        false,
    );
    Ok(doc.finish())
}

/// Shade of a run of months with no figure.
const GAP: &str = "#efefef";
const GAP_FONT: Font = Font::new(11.0, "#595959");

/// Runs of months between the first and last bar that have no bar.
pub(crate) fn gaps(c: &MonthlyBars) -> Vec<(YearMonth, YearMonth)> {
    let mut out = Vec::new();
    for w in c.months.windows(2) {
        let (a, b) = (w[0].0, w[1].0);
        if a.add_months(1) < b {
            out.push((a.add_months(1), b.add_months(-1)));
        }
    }
    out
}

/// The `<desc>`: what a sighted reader takes from the chart, in a sentence or two.
fn describe(c: &MonthlyBars, yoy: &[(YearMonth, f64)]) -> String {
    let first = c.months[0].0;
    let (last, last_v) = c.months[c.months.len() - 1];
    let (hi_m, hi_v) = c
        .months
        .iter()
        .copied()
        .fold(c.months[0], |a, b| if b.1 > a.1 { b } else { a });
    let mut s = format!(
        "Bar chart of monthly values in {}, {} to {}. Latest: {} in {}. Highest shown: {} in {}",
        c.meta.unit,
        first.long_label(),
        last.long_label(),
        fmt_value(last_v),
        last.long_label(),
        fmt_value(hi_v),
        hi_m.long_label(),
    );
    if let Some(r) = c.record {
        s.push_str(&format!(". Record high marked: {}", r.long_label()));
    }
    let gaps = gaps(c);
    if !gaps.is_empty() {
        let runs: Vec<String> = gaps
            .iter()
            .map(|(a, b)| {
                if a == b {
                    a.long_label()
                } else {
                    format!("{} to {}", a.long_label(), b.long_label())
                }
            })
            .collect();
        s.push_str(&format!(". No figure for {} (shaded)", runs.join(", ")));
    }
    if let Some((m, v)) = yoy.last() {
        s.push_str(&format!(
            ". A line on the right-hand axis shows the change on a year earlier in per cent, {} in {}",
            fmt_pct(*v),
            m.long_label()
        ));
    }
    s.push('.');
    s
}
