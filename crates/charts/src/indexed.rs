//! Growth of two or more series side by side, each indexed to 100 in a base
//! period: the chart for "Pakistan grew 24% while India grew 12%", where the
//! levels (US$ 1bn against US$ 48bn a quarter) cannot share a linear axis. With
//! `log`, the levels themselves on a log scale: equal slopes are equal growth
//! rates, and both countries' sizes stay readable.

use itx_types::YearMonth;

use crate::doc::{fmt_value, n};
use crate::frame::{Frame, LegendItem, PALETTE, Swatch, month_labels};
use crate::scale::{MonthAxis, log_axis, nice_axis};
use crate::{Error, Meta, Size, validate};

pub(crate) const KIND: &str = "indexed";

/// Lines indexed to 100 at a base period. Each point is placed at a month (a
/// quarter at its first month); `label` names the time-axis ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct Indexed {
    pub meta: Meta,
    /// (name, points in time order).
    pub series: Vec<(String, Vec<(YearMonth, f64)>)>,
    /// The points are quarters (placed at their first month; ticks read
    /// "2025-Q2"), else months (ticks read "Jul-25").
    pub quarterly: bool,
    /// The values are levels drawn on a log scale (all must be positive), not
    /// indices around a base of 100.
    pub log: bool,
}

impl Indexed {
    fn tick(&self, m: YearMonth) -> String {
        if self.quarterly {
            m.quarter().to_string()
        } else {
            self.meta.words.month_label(m)
        }
    }
}

pub(crate) fn render(c: &Indexed, size: Size) -> Result<String, Error> {
    validate::meta(KIND, &c.meta)?;
    validate::non_empty(KIND, &c.series, "series")?;
    if c.series.len() > PALETTE.len() {
        return Err(validate::invalid(
            KIND,
            format!("{} lines; at most {}", c.series.len(), PALETTE.len()),
        ));
    }
    for (name, pts) in &c.series {
        validate::non_empty(KIND, pts, "points")?;
        validate::increasing(KIND, name, pts.iter().map(|p| p.0))?;
        for (m, v) in pts {
            validate::finite(KIND, *v, || format!("{name} at {m}"))?;
            if c.log && *v <= 0.0 {
                return Err(validate::invalid(
                    KIND,
                    format!("{name} at {m} is {v}; a log scale needs positive values"),
                ));
            }
        }
    }
    // On a log scale every value is drawn at its log10.
    let y_of = |v: f64| if c.log { v.log10() } else { v };
    let all = || c.series.iter().flat_map(|(_, p)| p.iter());
    let first = all().map(|p| p.0).min().expect("non-empty");
    let last = all().map(|p| p.0).max().expect("non-empty");
    let lo = all().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = all().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let left = if c.log {
        log_axis(lo, hi)
    } else {
        nice_axis(lo.min(100.0), hi.max(100.0), 5)
    };
    let legend = c
        .series
        .iter()
        .enumerate()
        .map(|(i, (name, _))| LegendItem {
            swatch: Swatch::Line {
                color: PALETTE[i],
                width: 2.25,
                dashed: false,
                marker: false,
            },
            label: name.clone(),
        })
        .collect();
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
    let axis = MonthAxis::new(first, last, plot.left, plot.right);
    doc.open("class=\"lines\"");
    if !c.log {
        let y100 = scale.y(100.0);
        doc.line(
            plot.left,
            y100,
            plot.right,
            y100,
            "#999999",
            1.0,
            "class=\"base\"",
        );
    }
    for (i, (name, pts)) in c.series.iter().enumerate() {
        let line: Vec<(f64, f64)> = pts
            .iter()
            .map(|(m, v)| (axis.x(*m), scale.y(y_of(*v))))
            .collect();
        if line.len() > 1 {
            doc.polyline(
                &line,
                PALETTE[i],
                2.25,
                &format!("class=\"line\" data-series=\"{}\"", crate::doc::esc(name)),
            );
        }
        if let Some((m, v)) = pts.last() {
            doc.circle(
                axis.x(*m),
                scale.y(y_of(*v)),
                3.0,
                PALETTE[i],
                "#ffffff",
                1.0,
                &format!("class=\"end\" data-month=\"{m}\" data-value=\"{}\"", n(*v)),
            );
        }
    }
    doc.close();
    month_labels(
        &mut doc,
        &plot,
        axis.labelled().into_iter().map(|m| (axis.x(m), c.tick(m))),
        false,
    );
    Ok(doc.finish())
}

fn describe(c: &Indexed) -> String {
    let ends: Vec<String> = c
        .series
        .iter()
        .filter_map(|(name, pts)| {
            let (m, v) = pts.last()?;
            Some(format!("{name} {} at {}", fmt_value(*v), c.tick(*m)))
        })
        .collect();
    let what = if c.log {
        "their levels on a log scale"
    } else {
        "indexed to 100 in the base period"
    };
    format!(
        "Line chart of {} series, {what}. Latest: {}.",
        c.series.len(),
        ends.join("; ")
    )
}
