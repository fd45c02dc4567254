//! A small SVG writer: escaping, number formatting and the few elements charts use.
//!
//! Charts are written as text rather than through a DOM so that the output is
//! byte-for-byte deterministic (attribute order, number formatting) and snapshot
//! tests stay stable. Every piece of caller-supplied text goes through [`esc`].

use std::fmt::Write as _;

use crate::text::FONT_FAMILY;

/// Escapes text for use in SVG content or a double-quoted attribute. Characters
/// XML 1.0 forbids (most C0 controls) are dropped; tabs and newlines become spaces.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Formats a coordinate: at most two decimals, no trailing zeros, never "-0".
pub(crate) fn n(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Formats `v` with `dp` decimals, thousands separated by commas and a true minus
/// sign (U+2212) for negative numbers: `fmt_num(-1234.5, 1)` is "−1,234.5".
pub(crate) fn fmt_num(v: f64, dp: usize) -> String {
    let grouped = itx_types::grouped(v.abs(), dp);
    let is_zero = grouped.chars().all(|c| matches!(c, '0' | '.' | ','));
    if v < 0.0 && !is_zero {
        format!("\u{2212}{grouped}")
    } else {
        grouped
    }
}

/// A data value as printed on a chart: whole numbers from 100 up, one decimal from
/// 10, two below (ICT exports of $344.93m print as "345", information services of
/// $0.38m as "0.38").
pub(crate) fn fmt_value(v: f64) -> String {
    let a = v.abs();
    let dp = if a >= 99.5 {
        0
    } else if a >= 9.95 {
        1
    } else {
        2
    };
    fmt_num(v, dp)
}

/// A percentage change with its sign: "+23.8%", "−0.9%".
pub(crate) fn fmt_pct(v: f64) -> String {
    let s = fmt_num(v, 1);
    if v > 0.0 && s != "0.0" {
        format!("+{s}%")
    } else {
        format!("{s}%")
    }
}

/// Horizontal alignment of a text element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

/// How a text element looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Font {
    pub size: f64,
    pub bold: bool,
    pub fill: &'static str,
    pub anchor: Anchor,
}

impl Font {
    pub(crate) const fn new(size: f64, fill: &'static str) -> Font {
        Font {
            size,
            bold: false,
            fill,
            anchor: Anchor::Start,
        }
    }
    pub(crate) const fn bold(mut self) -> Font {
        self.bold = true;
        self
    }
    pub(crate) const fn anchor(mut self, anchor: Anchor) -> Font {
        self.anchor = anchor;
        self
    }
}

/// An SVG document under construction.
pub(crate) struct Doc {
    out: String,
}

impl Doc {
    /// Opens the root element with a white background, `<title>` and `<desc>`.
    /// `id` prefixes the element ids so that several charts can share one HTML page.
    pub(crate) fn new(width: u32, height: u32, id: &str, title: &str, desc: &str) -> Doc {
        let mut out = String::with_capacity(16 * 1024);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
             font-family=\"{family}\">\n\
             <title id=\"{id}-title\">{title}</title>\n\
             <desc id=\"{id}-desc\">{desc}</desc>\n\
             <rect class=\"background\" x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n",
            family = esc(FONT_FAMILY),
            title = esc(title),
            desc = esc(desc),
        );
        Doc { out }
    }

    /// Closes the root element and returns the document.
    pub(crate) fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    /// Opens a group; `attrs` is written verbatim (callers pass literals).
    pub(crate) fn open(&mut self, attrs: &str) {
        let _ = writeln!(self.out, "<g {attrs}>");
    }

    pub(crate) fn close(&mut self) {
        self.out.push_str("</g>\n");
    }

    /// A rectangle; `extra` holds further attributes (already escaped).
    pub(crate) fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, extra: &str) {
        let sep = if extra.is_empty() { "" } else { " " };
        let _ = writeln!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"{sep}{extra}/>",
            n(x),
            n(y),
            n(w.max(0.0)),
            n(h.max(0.0)),
        );
    }

    /// A straight line; `extra` holds further attributes (dash arrays and the like).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn line(
        &mut self,
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        stroke: &str,
        width: f64,
        extra: &str,
    ) {
        let sep = if extra.is_empty() { "" } else { " " };
        let _ = writeln!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"{sep}{extra}/>",
            n(x1),
            n(y1),
            n(x2),
            n(y2),
            n(width),
        );
    }

    /// An open polyline through `points`.
    pub(crate) fn polyline(
        &mut self,
        points: &[(f64, f64)],
        stroke: &str,
        width: f64,
        extra: &str,
    ) {
        let sep = if extra.is_empty() { "" } else { " " };
        let _ = writeln!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{}\" \
             stroke-linejoin=\"round\" stroke-linecap=\"round\"{sep}{extra}/>",
            pts(points),
            n(width),
        );
    }

    /// A closed, filled polygon.
    pub(crate) fn polygon(&mut self, points: &[(f64, f64)], fill: &str, extra: &str) {
        let sep = if extra.is_empty() { "" } else { " " };
        let _ = writeln!(
            self.out,
            "<polygon points=\"{}\" fill=\"{fill}\"{sep}{extra}/>",
            pts(points),
        );
    }

    /// A circle.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn circle(
        &mut self,
        cx: f64,
        cy: f64,
        r: f64,
        fill: &str,
        stroke: &str,
        width: f64,
        extra: &str,
    ) {
        let sep = if extra.is_empty() { "" } else { " " };
        let _ = writeln!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{}\"{sep}{extra}/>",
            n(cx),
            n(cy),
            n(r),
            n(width),
        );
    }

    /// A text element; `content` is escaped here. `extra` holds further attributes.
    pub(crate) fn text(&mut self, x: f64, y: f64, content: &str, font: Font, extra: &str) {
        let anchor = match font.anchor {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
            Anchor::End => " text-anchor=\"end\"",
        };
        let weight = if font.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let sep = if extra.is_empty() { "" } else { " " };
        let _ = writeln!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"{weight}{anchor}{sep}{extra}>{}</text>",
            n(x),
            n(y),
            n(font.size),
            font.fill,
            esc(content),
        );
    }
}

fn pts(points: &[(f64, f64)]) -> String {
    let mut s = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", n(*x), n(*y));
    }
    s
}

/// A stable id prefix for a chart (FNV-1a of its kind and title), so that two charts
/// on one page do not share `<title>` ids and the same chart always gets the same id.
pub(crate) fn chart_id(kind: &str, title: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in kind.bytes().chain([0u8]).chain(title.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("itx-{kind}-{:08x}", h as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            esc("R&D <ICT> \"x\" 'y'\u{1}\n"),
            "R&amp;D &lt;ICT&gt; &quot;x&quot; &apos;y&apos; "
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(n(1.0), "1");
        assert_eq!(n(-0.001), "0");
        assert_eq!(n(12.345), "12.35");
        assert_eq!(n(12.5), "12.5");
        assert_eq!(fmt_num(3810.0, 0), "3,810");
        assert_eq!(fmt_num(-1234.5, 1), "\u{2212}1,234.5");
        assert_eq!(fmt_num(-0.01, 1), "0.0");
        assert_eq!(fmt_num(100.0, 0), "100");
        assert_eq!(fmt_num(1_000_000.0, 0), "1,000,000");
        assert_eq!(fmt_value(344.93), "345");
        assert_eq!(fmt_value(48.71), "48.7");
        assert_eq!(fmt_value(0.38), "0.38");
        assert_eq!(fmt_pct(23.776), "+23.8%");
        assert_eq!(fmt_pct(-0.9), "\u{2212}0.9%");
        assert_eq!(fmt_pct(0.0), "0.0%");
    }

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(chart_id("monthly", "ICT"), chart_id("monthly", "ICT"));
        assert_ne!(chart_id("monthly", "ICT"), chart_id("fan", "ICT"));
    }
}
