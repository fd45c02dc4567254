//! Numbers and money as itx prints them.

/// A figure as plain text without float noise: "344.9277955", never
/// "344.92779550000006". Seven decimals keep every digit a source printed in
/// US$ thousand (four decimals) once it is in US$ million; trailing zeros go.
pub fn plain(v: f64) -> String {
    let s = format!("{v:.7}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// A number as a source printed it, for prose: commas between thousands, and a
/// workbook's binary double cut at 15 significant digits, as the spreadsheet
/// itself shows it ("2833526.8030999997" is "2,833,526.8031"). Digits a source
/// printed within those 15 are kept, trailing zeros included ("812.50").
/// Text that is not a plain decimal number comes back as it is.
pub fn printed(text: &str) -> String {
    let t = text.trim();
    let plain_number = !t.is_empty()
        && t.trim_start_matches('-')
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.');
    let Some(v) = t
        .parse::<f64>()
        .ok()
        .filter(|v| plain_number && v.is_finite())
    else {
        return t.to_string();
    };
    let decimals = t.split_once('.').map_or(0, |(_, f)| f.len());
    let int_digits = if v.abs() >= 1.0 {
        v.abs().log10().floor() as usize + 1
    } else {
        1
    };
    let keep = decimals.min(15usize.saturating_sub(int_digits));
    let s = grouped(v, keep);
    if keep < decimals && s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

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

// Money: the one set of formatters every crate uses (US$ million in, text out).

/// A forecast in US$ million rounded to what an interval `width` wide supports:
/// a digit that the interval spans many times over is noise. The last digit
/// shown is the largest power of ten at most a tenth of the width (never
/// finer than $1 million): $5,033m with an 80% interval 1,726 wide is "$5.0
/// billion"; $417m with one 150 wide, "$420 million".
pub fn money_to(musd: f64, width: f64) -> String {
    let step = if width.is_finite() && width > 10.0 {
        10f64.powi((width / 10.0).log10().floor() as i32)
    } else {
        1.0
    };
    let v = (musd / step).round() * step;
    if v.abs() >= 1000.0 {
        let dp = ((1000.0 / step).log10().round() as usize).min(3);
        format!("${:.*} billion", dp, v / 1000.0)
    } else {
        format!("${v:.0} million")
    }
}

/// "$354 million", "$1.057 billion", "$4.60 billion".
pub fn money(musd: f64) -> String {
    if musd.abs() >= 1000.0 && musd % 1000.0 == 0.0 {
        // A round figure, like a target: "$5 billion", not "$5.00 billion".
        format!("${} billion", musd / 1000.0)
    } else if musd.abs() >= 1000.0 {
        let s = format!("{:.3}", musd / 1000.0);
        let s = if s.ends_with('0') {
            &s[..s.len() - 1]
        } else {
            &s[..]
        };
        format!("${s} billion")
    } else if musd.abs() < 9.95 {
        format!("${:.1} million", musd)
    } else {
        format!("${:.0} million", musd)
    }
}

/// "$354m", "$344.93m", "$4,600m".
pub fn money_m(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    let dp = if r.fract() == 0.0 { 0 } else { 2 };
    let sign = if format!("{r:.dp$}").starts_with('-') {
        "-"
    } else {
        ""
    };
    format!("{sign}${}m", grouped(r.abs(), dp))
}

#[cfg(test)]
mod tests {
    use super::{grouped, plain, printed};

    #[test]
    fn printed_figures_lose_the_workbooks_float_noise_only() {
        // The Jul-Mar FY2024-25 ICT total as stored from SBP's dt.xls (a binary
        // double; Excel shows 2833526.8031).
        assert_eq!(printed("2833526.8030999997"), "2,833,526.8031");
        // Digits the source printed stay, trailing zeros included.
        assert_eq!(printed("812245.695591939"), "812,245.695591939");
        assert_eq!(printed("812.50"), "812.50");
        assert_eq!(printed("-31"), "-31");
        assert_eq!(printed("0.5"), "0.5");
        // Not a plain number: as it was.
        assert_eq!(printed("1.2e3"), "1.2e3");
        assert_eq!(printed("n.a."), "n.a.");
        assert_eq!(printed(""), "");
    }

    #[test]
    fn plain_figures_carry_no_float_noise() {
        // 344,927.7955 US$ thousand (SBP dt.xls, March 2025) in US$ million.
        assert_eq!(plain(344_927.795_5 / 1000.0), "344.9277955");
        assert_eq!(plain(344.927_795_500_000_06), "344.9277955");
        assert_eq!(plain(354.0), "354");
        assert_eq!(plain(3_387_915.857_800_000_3), "3387915.8578");
        assert_eq!(plain(-0.000_000_01), "0");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(812_245.7, 1), "812,245.7");
        assert_eq!(grouped(-1234.0, 0), "-1,234");
        assert_eq!(grouped(17_179_869_184.0, 0), "17,179,869,184");
        assert_eq!(grouped(-0.004, 2), "0.00");
        assert_eq!(grouped(999.0, 0), "999");
    }
}
