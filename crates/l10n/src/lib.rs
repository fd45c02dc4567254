//! itx's words in English and Urdu.
//!
//! Every user-facing word the dashboard and the Urdu brief use is in one Fluent
//! catalogue per language (`locales/en.ftl`, `locales/ur.ftl`), compiled into
//! the binary, so a translator can review the Urdu without reading code. Values
//! are passed in already formatted (figures go through [`amount`] and
//! [`percent`]), so Fluent's own number formatting never touches a figure.
//!
//! The English brief's sentences are still written in `itx-narrate`'s code
//! (its snapshot tests hold them); the catalogue's `brief-*` messages are the
//! Urdu brief's.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A language itx writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ur,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ur];

    /// `en` or `ur` (also `english`, `urdu`, any case).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "ur" | "urdu" => Some(Lang::Ur),
            _ => None,
        }
    }
    /// The BCP 47 tag: `en`, `ur`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ur => "ur",
        }
    }
    /// The writing direction, for `dir=`: `ltr` or `rtl`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ur => "rtl",
        }
    }
    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Ur => include_str!("../locales/ur.ftl"),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static UR: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Ur => &UR,
    };
    cell.get_or_init(|| {
        // The catalogues are part of the source; a syntax error in one is caught
        // by this crate's tests, and what parses is still used.
        let res = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
        let id: unic_langid::LanguageIdentifier = lang.as_str().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Plain text: no invisible bidi isolation marks around values (the
        // dashboard sets `dir` on the elements instead).
        b.set_use_isolating(false);
        let _ = b.add_resource(res);
        b
    })
}

/// The message `id` in `lang`, with `args` ((name, value) pairs, values
/// already formatted). A message missing from the catalogue comes back as its
/// id, so a gap shows on the page instead of failing it (a test checks there
/// are none).
pub fn t(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        // A count ("1", "12") goes in as a number, so a message can select its
        // plural ("1 claim", "2 claims"); it prints as it came. Anything else,
        // a padded month ("07") included, stays text.
        let count = !v.is_empty()
            && v.len() <= 15
            && v.bytes().all(|b| b.is_ascii_digit())
            && (v.len() == 1 || !v.starts_with('0'));
        match v.parse::<f64>() {
            Ok(n) if count => fa.set(*k, n),
            _ => fa.set(*k, v.to_string()),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fa), &mut errors)
        .into_owned()
}

/// Every message id of a language's catalogue.
pub fn ids(lang: Lang) -> Vec<String> {
    let res = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The month's name: "July", "جولائی".
pub fn month_name(lang: Lang, month: u8) -> String {
    t(lang, &format!("month-{month}"), &[])
}

/// A month and year: "July 2025", "جولائی 2025".
pub fn month_year(lang: Lang, year: i32, month: u8) -> String {
    format!("{} {year}", month_name(lang, month))
}

/// A percentage as printed: "23.8%" in English, "23.8 فیصد" in Urdu, from the
/// English text (the figure is not reformatted, so both say the same).
pub fn percent(lang: Lang, english: &str) -> String {
    match lang {
        Lang::En => english.to_string(),
        Lang::Ur => match english.trim().strip_suffix('%') {
            Some(n) => format!("{} فیصد", n.trim()),
            None => english.to_string(),
        },
    }
}

/// An amount as Urdu business pages print it, from the English text itx
/// writes ("$354 million", "$4.598 billion", "$9.5 million"), at the same
/// rounding: "35 کروڑ 40 لاکھ ڈالر", "4 ارب 59 کروڑ 80 لاکھ ڈالر", "95 لاکھ ڈالر".
///
/// Why crore and lakh: of the Urdu articles in the claim checker's corpus
/// (crates/claims/eval/articles), the big dailies and broadcasters (Jang/Geo,
/// Dunya, Express, Samaa, Radio Pakistan) print amounts in ارب/کروڑ/لاکھ, while
/// "ملین ڈالر" is mostly in wire copy translated from English (APP, UrduPoint,
/// Profit). An amount that does not come to whole lakh (never, at itx's
/// rounding) is printed in ملین with the English digits.
pub fn amount(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    let text = english.trim();
    let Some(rest) = text.strip_prefix('$') else {
        return english.to_string();
    };
    let (num, per_unit_lakh, unit_word) = if let Some(n) = rest.strip_suffix(" billion") {
        (n, 10_000i64, "ارب")
    } else if let Some(n) = rest.strip_suffix(" million") {
        (n, 10, "ملین")
    } else {
        return english.to_string();
    };
    let (neg, digits) = match num.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, num),
    };
    // Exact decimal arithmetic on the printed digits: "3.814" billion is
    // 38,140 lakh, with no float in between.
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let Ok(whole_n) = whole.replace(',', "").parse::<i64>() else {
        return english.to_string();
    };
    let mut scale = per_unit_lakh;
    let mut frac_lakh = 0i64;
    for c in frac.chars() {
        let Some(d) = c.to_digit(10) else {
            return english.to_string();
        };
        if scale % 10 != 0 {
            // More decimals than whole lakh can carry.
            return format!("{num} {unit_word} ڈالر");
        }
        scale /= 10;
        frac_lakh += i64::from(d) * scale;
    }
    let lakh = whole_n * per_unit_lakh + frac_lakh;
    let (arab, crore, lakh_left) = (lakh / 10_000, (lakh % 10_000) / 100, lakh % 100);
    let mut parts = Vec::new();
    if arab > 0 {
        parts.push(format!("{arab} ارب"));
    }
    if crore > 0 {
        parts.push(format!("{crore} کروڑ"));
    }
    if lakh_left > 0 {
        parts.push(format!("{lakh_left} لاکھ"));
    }
    if parts.is_empty() {
        parts.push("0".to_string());
    }
    format!("{}{} ڈالر", if neg { "منفی " } else { "" }, parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_their_plural_and_print_as_given() {
        let n = |lang, n: &str| t(lang, "check-count", &[("n", n)]);
        assert_eq!(n(Lang::En, "1"), "1 claim");
        assert_eq!(n(Lang::En, "0"), "0 claims");
        assert_eq!(n(Lang::En, "12"), "12 claims");
        assert_eq!(n(Lang::En, "1000"), "1000 claims");
        assert_eq!(n(Lang::Ur, "1"), "1 دعویٰ");
        assert_eq!(n(Lang::Ur, "3"), "3 دعوے");
    }

    #[test]
    fn amounts_read_as_urdu_business_pages_print_them() {
        let ur = |s| amount(Lang::Ur, s);
        // July 2025's record (SBP): "35 کروڑ 40 لاکھ ڈالر", as Dunya printed
        // March 2025's $342m: "34.2 کروڑ" / Geo's "16 کروڑ 10 لاکھ ڈالرز".
        assert_eq!(ur("$354 million"), "35 کروڑ 40 لاکھ ڈالر");
        assert_eq!(ur("$286 million"), "28 کروڑ 60 لاکھ ڈالر");
        assert_eq!(ur("$4.598 billion"), "4 ارب 59 کروڑ 80 لاکھ ڈالر");
        assert_eq!(ur("$3.814 billion"), "3 ارب 81 کروڑ 40 لاکھ ڈالر");
        assert_eq!(ur("$5 billion"), "5 ارب ڈالر");
        assert_eq!(ur("$4.2 billion"), "4 ارب 20 کروڑ ڈالر");
        assert_eq!(ur("$9.5 million"), "95 لاکھ ڈالر");
        assert_eq!(ur("$300 million"), "30 کروڑ ڈالر");
        assert_eq!(amount(Lang::En, "$354 million"), "$354 million");
        assert_eq!(percent(Lang::Ur, "23.8%"), "23.8 فیصد");
        assert_eq!(percent(Lang::Ur, "-4.4%"), "-4.4 فیصد");
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_messages() {
        for lang in Lang::ALL {
            let r = FluentResource::try_new(lang.source().to_string());
            assert!(r.is_ok(), "{lang}.ftl: {:?}", r.err().map(|(_, e)| e));
        }
        let (en, ur) = (ids(Lang::En), ids(Lang::Ur));
        let missing_ur: Vec<&String> = en.iter().filter(|k| !ur.contains(k)).collect();
        assert!(missing_ur.is_empty(), "not in ur.ftl: {missing_ur:?}");
        // Urdu may have the Urdu brief's sentences (brief-*), which English
        // writes in code; nothing else.
        let extra: Vec<&String> = ur
            .iter()
            .filter(|k| !en.contains(k) && !k.starts_with("brief-"))
            .collect();
        assert!(extra.is_empty(), "only in ur.ftl: {extra:?}");
    }

    #[test]
    fn every_message_formats_without_errors() {
        for lang in Lang::ALL {
            let b = bundle(lang);
            for id in ids(lang) {
                let Some(p) = b.get_message(&id).and_then(|m| m.value()) else {
                    continue;
                };
                let mut args = FluentArgs::new();
                for name in [
                    "series",
                    "month",
                    "value",
                    "pct",
                    "prior",
                    "label",
                    "n",
                    "fy",
                    "target",
                    "needed",
                    "lo",
                    "hi",
                    "p",
                    "services",
                    "when",
                    "what",
                    "total",
                    "sum",
                    "base",
                    "since",
                    "left",
                    "so_far",
                    "cmd",
                    "dir",
                    "transform",
                    "unit",
                    "name",
                    "from",
                    "to",
                    "gaps",
                    "runs",
                    "date",
                    "months",
                    "note",
                    "model",
                    "supported",
                    "outdated",
                    "contradicted",
                    "unverifiable",
                    "gap",
                    "k",
                    "published",
                    "key",
                    "list",
                    "what",
                    "quarter",
                    "india",
                    "ipct",
                    "idir",
                ] {
                    args.set(name, "X");
                }
                let mut errors = Vec::new();
                let _ = b.format_pattern(p, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
            }
        }
    }

    #[test]
    fn months() {
        assert_eq!(month_year(Lang::Ur, 2025, 7), "جولائی 2025");
        assert_eq!(month_year(Lang::En, 2025, 7), "July 2025");
        assert_eq!(t(Lang::Ur, "no-such-message", &[]), "no-such-message");
    }
}
