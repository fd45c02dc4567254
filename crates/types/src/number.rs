//! Numbers as itx prints them.

/// `v` with `decimals` decimals and commas between thousands: `grouped(812245.7, 1)` is
/// "812,245.7", `grouped(-1234.0, 0)` is "-1,234"; a value that rounds to zero has no
/// sign.
pub fn grouped(v: f64, decimals: usize) -> String {
    let s = format!("{:.decimals$}", v.abs());
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::from(
        if v < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            "-"
        } else {
            ""
        },
    );
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(812_245.7, 1), "812,245.7");
        assert_eq!(grouped(-1234.0, 0), "-1,234");
        assert_eq!(grouped(17_179_869_184.0, 0), "17,179,869,184");
        assert_eq!(grouped(-0.004, 2), "0.00");
        assert_eq!(grouped(999.0, 0), "999");
    }
}
