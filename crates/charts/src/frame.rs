//! What every chart shares: title, subtitle, legend, unit labels, gridlines, value
//! axes and the source line, laid out around a plot area.
//!
//! The look follows newspaper practice (the FT and Economist house styles): title
//! top left, unit written once above the value axis instead of rotated along it,
//! thin light gridlines with a darker zero line, source in small grey type bottom
//! left.

use crate::doc::{Anchor, Doc, Font};
use crate::scale::{Axis, Linear};
use crate::text;
use crate::{Meta, Size};

/// Outer margin.
pub(crate) const PAD: f64 = 20.0;

/// Palette. One accent for the main series; orange, far from it for every kind of
/// colour vision, for the record.
pub(crate) const ACCENT: &str = "#2a6f9e";
pub(crate) const ACCENT_DARK: &str = "#17486b";
pub(crate) const RECORD: &str = "#e0700b";
pub(crate) const INK: &str = "#1a1a1a";
pub(crate) const TEXT: &str = "#333333";
pub(crate) const MUTED: &str = "#595959";
/// The lightest grey with 4.5:1 contrast on white (WCAG AA), for the source line.
pub(crate) const FAINT: &str = "#767676";
pub(crate) const GRID: &str = "#dddddd";
pub(crate) const LAST_YEAR: &str = "#8c8c8c";

/// Categorical colours for stacked components, starting with the accent.
pub(crate) const PALETTE: [&str; 8] = [
    ACCENT, "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#bab0ac",
];

const TITLE: Font = Font::new(20.0, INK).bold();
const SUBTITLE: Font = Font::new(14.0, MUTED);
const LEGEND: Font = Font::new(12.0, TEXT);
pub(crate) const TICK: Font = Font::new(12.0, MUTED);
const UNIT: Font = Font::new(12.0, MUTED);
const SOURCE: Font = Font::new(11.0, FAINT);

/// A legend entry's symbol.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A filled square, for bars.
    Bar(&'static str),
    /// A short line, optionally dashed and with a point marker.
    Line {
        color: &'static str,
        width: f64,
        dashed: bool,
        marker: bool,
    },
    /// A wide flat rectangle, for an interval band.
    Band(&'static str),
}

/// One legend entry.
#[derive(Debug, Clone)]
pub(crate) struct LegendItem {
    pub swatch: Swatch,
    pub label: String,
}

/// The plot area, in pixels.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plot {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// What the frame needs to know to lay out a chart.
pub(crate) struct Frame<'a> {
    pub kind: &'static str,
    pub meta: &'a Meta,
    pub size: Size,
    pub desc: String,
    pub legend: Vec<LegendItem>,
    pub left: &'a Axis,
    /// A right-hand axis sharing the left's gridlines, with its title.
    pub right: Option<(&'a Axis, String)>,
    /// Room to keep free right of the plot (for end-of-line labels).
    pub right_extra: f64,
}

impl Frame<'_> {
    /// Writes the title, subtitle, legend, unit labels, gridlines, value axes and the
    /// source line; returns the document, the plot area and the left axis's scale.
    ///
    /// Long titles, subtitles, legends and source lines wrap. Should the wrapped text
    /// leave the plot less than [`MIN_PLOT`] pixels high, the chart grows taller
    /// rather than squash the data.
    pub(crate) fn draw(self) -> (Doc, Plot, Linear) {
        let w = f64::from(self.size.width);
        let inner = w - 2.0 * PAD;

        // Measure first: everything above and below the plot.
        let title = text::wrap(&self.meta.title, TITLE.size, true, inner);
        let subtitle = self
            .meta
            .subtitle
            .as_deref()
            .map(|s| text::wrap(s, SUBTITLE.size, false, inner))
            .unwrap_or_default();
        let (legend_at, legend_rows) = legend_layout(&self.legend, inner);
        let source = text::wrap(&self.meta.source, SOURCE.size, false, inner);
        let legend_y = PAD + 25.0 * title.len() as f64 + 19.0 * subtitle.len() as f64 + 8.0;
        let unit_base = legend_y
            + if legend_rows > 0 {
                LEGEND_ROW * legend_rows as f64 + 6.0
            } else {
                0.0
            }
            + 12.0;
        let top = unit_base + 16.0;
        // Month labels (22) and a gap (12) above the source lines (15 each).
        let footer = 22.0 + 12.0 + 15.0 * source.len() as f64 + PAD - 4.0;
        let h = f64::from(self.size.height).max((top + MIN_PLOT + footer).ceil());
        let bottom = h - footer;

        // Two sizes of one chart can share a page (the dashboard's wide and
        // narrow copies): their ids must differ.
        let mut id = crate::doc::chart_id(self.kind, &self.meta.title);
        if self.size != Size::default() {
            id += &format!("-{}x{}", self.size.width, self.size.height);
        }
        let mut doc = Doc::new(self.size.width, h as u32, &id, &self.meta.title, &self.desc);

        doc.open("class=\"header\"");
        for (i, line) in title.iter().enumerate() {
            let y = PAD + 17.0 + 25.0 * i as f64;
            doc.text(PAD, y, line, TITLE, "class=\"title\"");
        }
        for (i, line) in subtitle.iter().enumerate() {
            let y = PAD + 25.0 * title.len() as f64 + 14.0 + 19.0 * i as f64;
            doc.text(PAD, y, line, SUBTITLE, "class=\"subtitle\"");
        }
        doc.close();
        draw_legend(&mut doc, &self.legend, &legend_at, legend_y);

        doc.open("class=\"source\"");
        let source_top = h - PAD + 4.0 - 15.0 * source.len() as f64;
        for (i, line) in source.iter().enumerate() {
            let y = source_top + 15.0 * (i as f64 + 1.0) - 4.0;
            doc.text(PAD, y, line, SOURCE, "class=\"source\"");
        }
        doc.close();

        // Plot area: the unit label sits above the value axis, month labels below.
        let widest = |axis: &Axis| {
            axis.labels
                .iter()
                .map(|l| text::width(l, TICK.size, false))
                .fold(0.0, f64::max)
        };
        let left = PAD + widest(self.left) + 8.0;
        let right_w = self
            .right
            .as_ref()
            .map_or(0.0, |(axis, _)| widest(axis) + 8.0);
        let right = (w - PAD - right_w - self.right_extra).max(left + 100.0);
        let plot = Plot {
            left,
            right,
            top,
            bottom,
        };

        doc.open("class=\"units\"");
        doc.text(PAD, unit_base, &self.meta.unit, UNIT, "class=\"unit\"");
        if let Some((_, title)) = &self.right {
            doc.text(
                w - PAD,
                unit_base,
                title,
                UNIT.anchor(Anchor::End),
                "class=\"unit unit-right\"",
            );
        }
        doc.close();

        let scale = Linear::new(self.left, bottom, top);
        grid(
            &mut doc,
            &plot,
            self.left,
            &scale,
            self.right.as_ref().map(|(a, _)| *a),
            w,
        );
        (doc, plot, scale)
    }
}

/// The least height of the plot area, in pixels.
pub(crate) const MIN_PLOT: f64 = 160.0;
const LEGEND_ROW: f64 = 20.0;
const SWATCH_W: f64 = 22.0;

/// Places legend entries left to right, wrapping into rows within `max_w`: returns
/// each entry's x offset and row, and the number of rows.
fn legend_layout(items: &[LegendItem], max_w: f64) -> (Vec<(f64, usize)>, usize) {
    let mut at = Vec::with_capacity(items.len());
    let (mut x, mut row) = (0.0, 0);
    for item in items {
        let w = SWATCH_W + 6.0 + text::width(&item.label, LEGEND.size, false);
        if x > 0.0 && x + w > max_w {
            x = 0.0;
            row += 1;
        }
        at.push((x, row));
        x += w + 18.0;
    }
    let rows = if items.is_empty() { 0 } else { row + 1 };
    (at, rows)
}

fn draw_legend(doc: &mut Doc, items: &[LegendItem], at: &[(f64, usize)], y0: f64) {
    if items.is_empty() {
        return;
    }
    doc.open("class=\"legend\"");
    for (item, (dx, row)) in items.iter().zip(at) {
        let x = PAD + dx;
        let mid = y0 + LEGEND_ROW * *row as f64 + 8.0;
        match item.swatch {
            Swatch::Bar(c) => doc.rect(x + 5.0, mid - 6.0, 12.0, 12.0, c, ""),
            Swatch::Band(c) => doc.rect(x, mid - 5.0, SWATCH_W, 10.0, c, ""),
            Swatch::Line {
                color,
                width,
                dashed,
                marker,
            } => {
                let dash = if dashed {
                    "stroke-dasharray=\"5 3\""
                } else {
                    ""
                };
                doc.line(x, mid, x + SWATCH_W, mid, color, width, dash);
                if marker {
                    doc.circle(x + SWATCH_W / 2.0, mid, 3.5, "#ffffff", color, 1.75, "");
                }
            }
        }
        doc.text(
            x + SWATCH_W + 6.0,
            mid + 4.0,
            &item.label,
            LEGEND,
            "class=\"legend-label\"",
        );
    }
    doc.close();
}

/// Gridlines at every left tick (the zero line darker), left tick labels, and the
/// right axis's labels on the same gridlines.
fn grid(doc: &mut Doc, plot: &Plot, left: &Axis, scale: &Linear, right: Option<&Axis>, w: f64) {
    doc.open("class=\"grid\" shape-rendering=\"crispEdges\"");
    for t in &left.ticks {
        let y = scale.y(*t).round() + 0.5;
        let stroke = if *t == 0.0 { "#4d4d4d" } else { GRID };
        doc.line(plot.left, y, plot.right, y, stroke, 1.0, "");
    }
    doc.close();
    doc.open("class=\"axis axis-left\"");
    for (t, label) in left.ticks.iter().zip(&left.labels) {
        let y = scale.y(*t);
        doc.text(
            plot.left - 8.0,
            y + 4.0,
            label,
            TICK.anchor(Anchor::End),
            "",
        );
    }
    doc.close();
    if let Some(r) = right {
        doc.open("class=\"axis axis-right\"");
        for (k, label) in r.labels.iter().enumerate() {
            let y = scale.y(left.ticks[k.min(left.ticks.len() - 1)]);
            doc.text(w - PAD, y + 4.0, label, TICK.anchor(Anchor::End), "");
        }
        doc.close();
    }
}

/// Writes month labels under the plot, each centred on `x(m)`, with a short tick.
pub(crate) fn month_labels(
    doc: &mut Doc,
    plot: &Plot,
    labels: impl IntoIterator<Item = (f64, String)>,
    ticks: bool,
) {
    doc.open("class=\"axis axis-x\"");
    for (x, label) in labels {
        if ticks {
            doc.line(x, plot.bottom, x, plot.bottom + 4.0, "#4d4d4d", 1.0, "");
        }
        doc.text(
            x,
            plot.bottom + 18.0,
            &label,
            TICK.anchor(Anchor::Middle),
            "class=\"month\"",
        );
    }
    doc.close();
}
