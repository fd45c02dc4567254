//! Text measurement with the metrics of the embedded font.
//!
//! SVG has no layout engine for us to ask how wide a label is, yet the legend, the
//! axis margins, title wrapping and month-label thinning all depend on it. The
//! advance widths below are those of the embedded DejaVu Sans and DejaVu Sans Bold
//! (`fonts/`, 2048 units per em), so the PNG, rendered with exactly those fonts,
//! lays out as measured. Viewers that substitute Verdana get nearly the same widths;
//! Arial and Helvetica are narrower, so the layout errs on the roomy side.

/// The font family written into every SVG: the embedded face first, then faces
/// with similar metrics, then the generic family.
pub(crate) const FONT_FAMILY: &str =
    "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Arial, sans-serif";

const UNITS_PER_EM: f64 = 2048.0;

/// Advance widths of U+0020..=U+007E in DejaVu Sans 2.37.
const REGULAR: [u16; 95] = [
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048,
    1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235,
    1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024,
    1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300,
    1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
];

/// Advance widths of U+0020..=U+007E in DejaVu Sans Bold 2.37.
const BOLD: [u16; 95] = [
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425,
    1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048,
    1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501,
    1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024,
    1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407, 1466,
    1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
];

/// Width in pixels of `s` set in the embedded font at `size` pixels.
pub(crate) fn width(s: &str, size: f64, bold: bool) -> f64 {
    let table = if bold { &BOLD } else { &REGULAR };
    let units: u32 = s
        .chars()
        .map(|c| match c {
            ' '..='~' => u32::from(table[c as usize - 0x20]),
            '\u{2212}' => 1716,              // minus sign
            '\u{2013}' | '\u{2014}' => 1024, // dashes (the em dash is wider; err roomy)
            '\u{2009}' | '\u{202f}' => 409,  // thin spaces
            '\u{2018}' | '\u{2019}' => 700,  // quotes
            '\u{2026}' => 2048,              // ellipsis
            _ if bold => 1480,               // a wide lowercase letter
            _ => 1330,
        })
        .sum();
    f64::from(units) / UNITS_PER_EM * size
}

/// Breaks `s` into lines no wider than `max` (at `size`), at spaces. A single word
/// wider than `max` gets a line of its own rather than being cut.
pub(crate) fn wrap(s: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let candidate = format!("{line} {word}");
        if width(&candidate, size, bold) <= max {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_font() {
        // "Jul-25" at 12px: J 604 + u 1298 + l 569 + - 739 + 2 1303 + 5 1303 = 5816 units.
        assert!((width("Jul-25", 12.0, false) - 5816.0 / 2048.0 * 12.0).abs() < 1e-9);
        assert!(width("Record", 12.0, true) > width("Record", 12.0, false));
        assert_eq!(width("", 12.0, false), 0.0);
    }

    #[test]
    fn wraps_at_spaces() {
        let lines = wrap("ICT exports reach a record in July 2025", 20.0, true, 250.0);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 20.0, true) <= 250.0));
        assert_eq!(lines.join(" "), "ICT exports reach a record in July 2025");
        assert_eq!(wrap("  ", 12.0, false, 100.0), Vec::<String>::new());
    }
}
