//! Numbers in Urdu copy: digits (ASCII, Urdu, Arabic-Indic), decimals written
//! out ("اعشاریہ"), number words, and amounts in ارب / کروڑ / لاکھ / ہزار /
//! ملین, with the precision each carries.

use std::sync::LazyLock;

use super::words::NUMBER_WORDS;

/// The digits a decimal spells one by one after its point ("25 اعشاریہ چار پانچ
/// فیصد": 25.45 percent, NNI, 2022).
const DIGIT_WORDS: &str = "صفر|ایک|دو|تین|چار|پانچ|چھ|سات|آٹھ|نو";

/// A number: ASCII or Urdu digits with a decimal point (also written out,
/// "اعشاریہ": "21 اعشاریہ 37" is 21.37), or a number word.
pub(super) static NUM: LazyLock<String> = LazyLock::new(|| {
    let mut words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    // Longer words first: the alternation takes the first that matches.
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    // A number word before a decimal point written out ("ایک عشاریہ 21 ارب": 1.21
    // billion) is the number's whole part.
    let words = words.join("|");
    // Hundreds written out come first ("چھ سو چوراسی": 684; run together,
    // "نوسواٹھاون": 958), and a decimal written out may end in a number word
    // ("47 اعشاریہ ایک فیصد": 47.1 percent).
    format!(
        r"(?:(?:{words}|\d{{1,2}})\s*سو(?:\s*(?:{words}|\d{{1,2}}))?|(?:\d+|{words})\s*(?:ا?عشاریہ|اشاریہ)\s*(?:\d+|{words})(?:\s+(?:{DIGIT_WORDS}))*|\d+(?:\s*[.٫]\s*\d+)?|[۰-۹٠-٩]+(?:[.٫][۰-۹٠-٩]+)?|{words})"
    )
});
/// A number below a hundred: a number word or one or two digits.
fn below_hundred(s: &str) -> Option<f64> {
    let s = s.trim();
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == s)
        .map(|(_, v)| *v)
        .or_else(|| {
            let d: String = s.chars().map(ascii_digit).collect();
            (d.len() <= 2).then(|| d.parse().ok()).flatten()
        })
        .filter(|v| *v < 100.0)
}

pub(super) fn num(s: &str) -> Option<(f64, i32)> {
    // "ڈیڑھ ارب ڈالر" (thebizupdate, 2024-01-18) is $1.5 billion: the half is
    // a printed tenth.
    if let Some((_, v)) = NUMBER_WORDS.iter().find(|(w, _)| *w == s) {
        if v.fract() != 0.0 {
            return Some((*v, 1));
        }
        return Some((*v, 0));
    }
    // "چھ سو چوراسی" (684), "نوسواٹھاون" (958), "پانچ سو" (500): "سو" is also
    // inside "سولہ" (16), so each place it occurs is tried.
    for (i, _) in s.match_indices("سو") {
        let (left, right) = (&s[..i], &s[i + "سو".len()..]);
        let Some(h) = below_hundred(left).filter(|h| *h >= 1.0) else {
            continue;
        };
        let rest = if right.trim().is_empty() {
            Some(0.0)
        } else {
            below_hundred(right)
        };
        if let Some(r) = rest {
            return Some((h * 100.0 + r, 0));
        }
    }
    // Also spelt without its ain ("2 اشاریہ 828 ارب ڈالرز", Jang, 2025-04-18).
    if let Some((whole, frac)) = s.split_once("عشاریہ").or_else(|| s.split_once("اشاریہ"))
    {
        let whole = whole.trim().trim_end_matches('ا').trim();
        let frac = frac.trim();
        // A fraction written as a word ("47 اعشاریہ ایک": 47.1), or as digit
        // words one by one ("25 اعشاریہ چار پانچ": 25.45).
        let digit = |w: &str| {
            DIGIT_WORDS
                .split('|')
                .position(|d| d == w)
                .map(|i| char::from(b'0' + u8::try_from(i).unwrap_or(0)))
        };
        let frac_digits = NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == frac)
            .map(|(_, v)| format!("{v}"))
            .or_else(|| {
                let words: Vec<&str> = frac.split_whitespace().collect();
                (words.len() > 1)
                    .then(|| words.iter().map(|w| digit(w)).collect::<Option<String>>())
                    .flatten()
            });
        let whole_value = NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == whole)
            .map(|(_, v)| *v)
            .or_else(|| {
                whole
                    .chars()
                    .map(ascii_digit)
                    .collect::<String>()
                    .parse()
                    .ok()
            });
        if let Some(v) = whole_value {
            if frac_digits.is_some() || NUMBER_WORDS.iter().any(|(w, _)| *w == whole) {
                let digits: String =
                    frac_digits.unwrap_or_else(|| frac.chars().map(ascii_digit).collect());
                let f: f64 = format!("0.{digits}").parse().ok()?;
                return Some((v + f, i32::try_from(digits.len()).ok()?));
            }
        }
    }
    let ascii: String = s
        .replace("اعشاریہ", ".")
        // The decimal word is spelt with and without its alef ("2 عشاریہ 12 ارب").
        .replace("عشاریہ", ".")
        .replace("اشاریہ", ".")
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(ascii_digit)
        .collect();
    let decimals = ascii.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
    ascii.parse().ok().map(|v| (v, decimals))
}

pub(super) fn ascii_digit(c: char) -> char {
    match c {
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '٫' => '.',
        '٬' => ',',
        c => c,
    }
}

/// "$354 million" for US$ million `v` printed to `decimals` places of the unit
/// written; the precision the Urdu carried is kept by choosing the unit.
pub(super) fn money_en(million: f64, step: f64) -> String {
    // `step`: the value of the last printed digit, in US$ million.
    if step >= 1.0 && million >= 1000.0 || step >= 10.0 {
        let d = (-(step / 1000.0).log10()).ceil().max(0.0) as usize;
        format!("${:.*} billion", d, million / 1000.0)
    } else {
        let d = (-step.log10()).ceil().max(0.0) as usize;
        format!("${million:.d$} million")
    }
}

/// US$ million from an amount's ارب, کروڑ, لاکھ and ملین numbers (any may be
/// missing), and the value of its last printed digit; `None` when none is there.
pub(super) fn million_and_step(parts: [Option<regex::Match<'_>>; 5]) -> Option<(f64, f64)> {
    // Eighty ("اسی") is read only before a crore, a lakh or a thousand: elsewhere
    // it is "that same" (see NUMBER_WORDS). "دو ارب بیاسی کروڑ اسی لاکھ ڈالر"
    // (Samaa, 2025-04-18) is $2,828 million.
    let [arb, cr, lk, hz, mn] = parts.map(|m| {
        m.and_then(|m| match m.as_str().trim() {
            "اسی" => Some((80.0, 0)),
            s => num(s),
        })
    });
    // "ایک ارب 488 کروڑ" (MM News, 2023-02-22): crores after the billions run
    // to 99; three whole digits there are the billions' decimals, "1.488
    // billion" as meant, not 4,880 million more.
    if let (Some((b, 0)), Some((c, 0))) = (arb, cr)
        && (100.0..1000.0).contains(&c)
        && lk.is_none()
        && hz.is_none()
        && mn.is_none()
    {
        return Some((b * 1000.0 + c, 1.0));
    }
    let mut million = 0.0;
    let mut step = f64::INFINITY;
    // ارب a billion, کروڑ ten million, لاکھ a hundred thousand, ہزار a thousand.
    for (part, unit) in [(arb, 1000.0), (cr, 10.0), (lk, 0.1), (hz, 0.001), (mn, 1.0)] {
        if let Some((v, d)) = part {
            million += v * unit;
            step = step.min(unit * 10f64.powi(-d));
        }
    }
    if step.is_infinite() {
        return None;
    }
    // "1 ارب 40 کروڑ" is how "1.4 billion" reads in Urdu: a whole number of
    // hundred-millions after the billions is that precision, not ten millions.
    if arb.is_some()
        && lk.is_none()
        && hz.is_none()
        && mn.is_none()
        && cr.is_some_and(|(v, d)| d == 0 && v % 10.0 == 0.0)
    {
        step = 100.0;
    }
    Some((million, step))
}
