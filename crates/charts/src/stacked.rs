//! Components stacked month by month, with the headline total marked over each bar:
//! what ICT exports are made of, or where services exports come from.

use itx_types::YearMonth;

use crate::doc::{Anchor, Font, esc, fmt_value, n};
use crate::frame::{ACCENT_DARK, Frame, INK, LegendItem, PALETTE, Swatch, month_labels};
use crate::scale::{MonthAxis, nice_axis};
use crate::{Error, Meta, Size, validate};

pub(crate) const KIND: &str = "components";

/// Components stacked by month.
///
/// Positive values stack upwards from zero and negative ones downwards, in the
/// order given (the first component at the bottom). When `total` is given it is
/// marked over each bar with a dark rule, so a headline total that differs from the
/// sum of the components (a residual, or a different release) stays visible.
#[derive(Debug, Clone, PartialEq)]
pub struct Stacked {
    pub meta: Meta,
    /// The months, in order (gaps allowed).
    pub months: Vec<YearMonth>,
    /// Component name and one value per month; at most eight components.
    pub components: Vec<(String, Vec<f64>)>,
    /// The headline total per month, if it should be marked.
    pub total: Option<Vec<f64>>,
}

const VALUE: Font = Font::new(12.0, ACCENT_DARK).bold();

pub(crate) fn render(c: &Stacked, size: Size) -> Result<String, Error> {
    validate::meta(KIND, &c.meta)?;
    validate::non_empty(KIND, &c.months, "months")?;
    validate::non_empty(KIND, &c.components, "components")?;
    validate::increasing(KIND, "months", c.months.iter().copied())?;
    if c.components.len() > PALETTE.len() {
        return Err(validate::invalid(
            KIND,
            format!(
                "{} components is more than the {} a stacked chart can tell apart; group the smallest as \"Other\"",
                c.components.len(),
                PALETTE.len()
            ),
        ));
    }
    for (name, values) in &c.components {
        if name.trim().is_empty() {
            return Err(Error::Empty {
                chart: KIND,
                what: "a component's name".to_string(),
            });
        }
        check_len(name, values.len(), c.months.len())?;
        for (m, v) in c.months.iter().zip(values) {
            validate::finite(KIND, *v, || format!("{name} for {m}"))?;
        }
    }
    if let Some(total) = &c.total {
        check_len("total", total.len(), c.months.len())?;
        for (m, v) in c.months.iter().zip(total) {
            validate::finite(KIND, *v, || format!("total for {m}"))?;
        }
    }

    let sum_pos = |i: usize| -> f64 { c.components.iter().map(|(_, v)| v[i].max(0.0)).sum() };
    let sum_neg = |i: usize| -> f64 { c.components.iter().map(|(_, v)| v[i].min(0.0)).sum() };
    let mut vmin: f64 = 0.0;
    let mut vmax: f64 = 0.0;
    for i in 0..c.months.len() {
        vmin = vmin.min(sum_neg(i));
        vmax = vmax.max(sum_pos(i));
        if let Some(t) = &c.total {
            vmin = vmin.min(t[i]);
            vmax = vmax.max(t[i]);
        }
    }
    let left = nice_axis(vmin, vmax + 0.06 * (vmax - vmin), 5);

    let mut legend: Vec<LegendItem> = c
        .components
        .iter()
        .enumerate()
        .map(|(i, (name, _))| LegendItem {
            swatch: Swatch::Bar(PALETTE[i]),
            label: name.clone(),
        })
        .collect();
    if c.total.is_some() {
        legend.push(LegendItem {
            swatch: Swatch::Line {
                color: INK,
                width: 2.5,
                dashed: false,
                marker: false,
            },
            label: c.meta.words.total.clone(),
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
        right_extra: 0.0,
    }
    .draw();
    let first = c.months[0];
    let last = c.months[c.months.len() - 1];
    let axis = MonthAxis::new(first, last, plot.left, plot.right);
    let bar_w = (axis.slot * 0.72).min(64.0);

    doc.open("class=\"bars\"");
    for (i, m) in c.months.iter().enumerate() {
        let x = axis.x(*m) - bar_w / 2.0;
        let (mut up, mut down) = (0.0, 0.0);
        for (k, (name, values)) in c.components.iter().enumerate() {
            let v = values[i];
            let (from, to) = if v >= 0.0 {
                up += v;
                (up - v, up)
            } else {
                down += v;
                (down - v, down)
            };
            let (y1, y2) = (scale.y(from), scale.y(to));
            let attrs = format!(
                "class=\"segment\" data-component=\"{}\" data-month=\"{m}\" data-value=\"{}\" stroke=\"#ffffff\" stroke-width=\"0.75\"",
                esc(name),
                n(v)
            );
            doc.rect(x, y1.min(y2), bar_w, (y2 - y1).abs(), PALETTE[k], &attrs);
        }
    }
    doc.close();

    if let Some(total) = &c.total {
        doc.open("class=\"total\"");
        for (m, t) in c.months.iter().zip(total) {
            let (x, y) = (axis.x(*m), scale.y(*t));
            let attrs = format!("data-month=\"{m}\" data-value=\"{}\"", n(*t));
            doc.line(
                x - bar_w / 2.0 - 4.0,
                y,
                x + bar_w / 2.0 + 4.0,
                y,
                INK,
                2.5,
                &attrs,
            );
        }
        doc.close();
    }

    // The latest month's total, printed over its bar.
    let li = c.months.len() - 1;
    let latest = c
        .total
        .as_ref()
        .map_or_else(|| sum_pos(li) + sum_neg(li), |t| t[li]);
    let top = scale
        .y(c.total
            .as_ref()
            .map_or(sum_pos(li), |t| t[li].max(sum_pos(li))));
    doc.open("class=\"annotations\"");
    doc.text(
        axis.x(last),
        top - 7.0,
        &fmt_value(latest),
        VALUE.anchor(Anchor::Middle),
        &format!("class=\"value-label\" data-month=\"{last}\""),
    );
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

fn check_len(name: &str, got: usize, want: usize) -> Result<(), Error> {
    if got == want {
        Ok(())
    } else {
        Err(validate::invalid(
            KIND,
            format!("{name} has {got} values for {want} months"),
        ))
    }
}

fn describe(c: &Stacked) -> String {
    let first = c.months[0];
    let li = c.months.len() - 1;
    let last = c.months[li];
    let parts: Vec<String> = c
        .components
        .iter()
        .map(|(name, v)| format!("{name} {}", fmt_value(v[li])))
        .collect();
    let mut s = format!(
        "Stacked bar chart of monthly values in {} by component, {} to {}. {}: {}",
        c.meta.unit,
        first.long_label(),
        last.long_label(),
        last.long_label(),
        parts.join(", "),
    );
    if let Some(t) = &c.total {
        s.push_str(&format!("; total {}", fmt_value(t[li])));
    }
    s.push('.');
    s
}
