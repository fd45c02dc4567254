//! Urdu copy, read through the English scanners.
//!
//! Urdu business pages state the same figures in a handful of fixed forms: "354
//! ملین ڈالر", "2.925 ارب ڈالر", "35 کروڑ 40 لاکھ ڈالر", "23.8 فیصد اضافہ",
//! "رواں مالی سال کے پہلے 7 ماہ", month names (جولائی), and Urdu or Arabic-Indic
//! digits. [`normalize`] rewrites those forms into the English the scanners
//! already read ("$354 million", "23.8 percent increase", "the first 7 months of
//! the current fiscal year", "July") and drops the particles (کی، کے، میں …) that
//! would otherwise stand between a number and its period or series. It keeps, for
//! every byte it writes, the range of the original text it came from, so a claim
//! found in the rewrite points at the Urdu words it was read from.
//!
//! No crate translates Urdu news copy into the checker's vocabulary, and a general
//! translator would lose the offsets; this is a fixed table of the forms the
//! corpus uses, not a translator.

use std::sync::LazyLock;

use regex::{Captures, Regex};

mod numbers;
mod words;
use numbers::{NUM, ascii_digit, million_and_step, money_en, num};
use words::{PARTICLES, PHRASES, WORDS};

/// The rewrite and, for each of its bytes, the original range it came from.
pub(crate) struct Normalized {
    pub text: String,
    from: Vec<(u32, u32)>,
}

impl Normalized {
    /// A rewrite that keeps the text's bytes, copied piece by piece with
    /// [`Normalized::copy`] (each byte mapped to its own).
    pub(crate) fn with_capacity(n: usize) -> Self {
        Normalized {
            text: String::with_capacity(n),
            from: Vec::with_capacity(n),
        }
    }

    /// Appends `text[a..b]` unchanged.
    pub(crate) fn copy(&mut self, text: &str, a: usize, b: usize) {
        self.text.push_str(&text[a..b]);
        self.from.extend((a..b).map(|i| (i as u32, i as u32 + 1)));
    }

    /// The original byte range of the rewrite's `start..end`.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.from.get(start).map_or(0, |r| r.0 as usize);
        let b = self
            .from
            .get(end.saturating_sub(1).max(start))
            .map_or(a, |r| r.1 as usize);
        (a, b.max(a))
    }
}

/// True when the text holds any Arabic-script letter (a sentence of Urdu copy,
/// as against one of English quoted in it).
pub(crate) fn has_urdu_letters(text: &str) -> bool {
    text.chars().any(arabic_script)
}

fn arabic_script(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// True when the text has enough Arabic-script letters to be Urdu copy.
pub(crate) fn is_urdu(text: &str) -> bool {
    text.chars().filter(|c| arabic_script(*c)).take(20).count() >= 20
}

const MONTHS_UR: &str = "جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|جولائ|اگست|ستمبر|اکتوبر|نومبر|دسمبر";
const FY_UR: &str = r"(?:رواں|موجودہ|جاری|اس|گزشتہ|گذشتہ|پچھلے|پچھلا|سابقہ|آئندہ|اگلے|رواں)?\s*مالی\s*سال(?:\s*(?:\d{4}\s*[-–/]\s*\d{2,4}|\d{2,4}\s*[-–/]\s*\d{4}|\d{2}\s*[-–/]\s*\d{2}|\d{4}|\d{2}\s*(?:کے|کی|میں))\s*ء?)?";

fn re(p: &str) -> Regex {
    crate::scan::regex(p).expect("urdu regex")
}

/// [`re`] for the large alternations: the lazy DFA's cache is given room for
/// their many states (with the default it is cleared over and over on Urdu text,
/// and the crate falls back to its slowest engine: a 2,000-word article took a
/// second). The cache grows only as a text needs it.
fn re_large(p: &str) -> Regex {
    regex::RegexBuilder::new(p)
        .dfa_size_limit(64 << 20)
        .build()
        .expect("urdu regex")
}

/// One alternation of every form, tried left to right; the first that matches at
/// the leftmost position wins. Three optional endings ("سے کم", "سے", a rate's
/// "سے زیادہ") must end a word (`\b`).
///
/// As one regex with all its capture groups and word boundaries, the alternation
/// is slow on Urdu text: a Unicode `\b` keeps the regex crate off its automata
/// for any non-ASCII text, and capturing ~70 groups over a large automaton
/// moves tables at every step (a 2,000-word Urdu article took a second). So
/// [`FORMS`], the alternation without boundaries, only finds where the next
/// form starts; [`ALTERNATIVES`], each form on its own and anchored there, say
/// which form it is and capture it; and only a bounded ending that runs on into
/// a letter is read again with its boundary (see [`form_at`]).
static FORMS: LazyLock<Regex> =
    LazyLock::new(|| re_large(&format!("(?x){}", FORM_LIST.join("|").replace(r"\b", ""))));

/// Every form, anchored at the start of the text it is given, without its
/// word boundaries: one set, to learn in one pass which forms match there.
static FORM_SET: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSetBuilder::new(
        FORM_LIST
            .iter()
            .map(|f| format!(r"(?x)\A(?:{f})").replace(r"\b", "")),
    )
    .size_limit(1 << 26)
    .dfa_size_limit(1 << 26)
    .build()
    .expect("Urdu forms")
});

/// The forms, built once for [`FORMS`] and [`ALTERNATIVES`].
static FORM_LIST: LazyLock<Vec<String>> = LazyLock::new(forms);

/// Each form, anchored at the start of the text it is given: without its word
/// boundaries, and with them.
static ALTERNATIVES: LazyLock<Vec<(Regex, Regex)>> = LazyLock::new(|| {
    FORM_LIST
        .iter()
        .map(|f| {
            let bounded = format!(r"(?x)\A(?:{f})");
            (re(&bounded.replace(r"\b", "")), re(&bounded))
        })
        .collect()
});

/// The groups that end with a word boundary.
const BOUNDED: [&str; 4] = ["under", "mfrom", "pmore", "pless"];

/// A word character as `\b` sees one.
static WORD_CHAR: LazyLock<Regex> = LazyLock::new(|| re(r"\A\w"));

/// The forms, in order of preference, one regex each.
fn forms() -> Vec<String> {
    let all = format!(
        r"
        (?P<samefy>(?P<sfy>{FY_UR}|(?:گزشتہ|گذشتہ|پچھلے)\s*(?:سال|برس)|\d{{2}}\s*[-–]\s*\d{{4}}|\d{{4}}\s*[-–]\s*\d{{2}})\s*(?:کے|کی)?\s*(?:اسی|اس)\s*(?:عرصے|عرصہ|عرصے\s*کے|مدت)(?:\s*(?:کے\s*دوران|میں|کے))?(?P<sfyvs>\s*(?:کی|کے)?\s*(?:نسبت|مقابل[ےہ]\s*میں))?)
        |(?P<part>(?P<partfy>{FY_UR})\s*(?:کے|کی)?\s*(?:(?:(?:پہلے|ابتدائی)\s*)?(?P<n>{NUM})\s*(?:ماہ|مہینوں|مہینے|مہینوں\s*کے)|(?P<onem>پہلے|ابتدائی)\s*(?:ماہ|مہینے)|(?P<ord>پہلی|دوسری|تیسری|چوتھی)\s*(?P<unit>سہ\s*ماہی|ششماہی)))
        |(?P<streak>مسلسل\s*(?P<stn>\d{{1,2}})\s*(?P<stord>ویں)?\s*(?:ماہ|مہینے|مہینوں))
        |(?P<ushare>(?:(?:کل|مجموعی|تمام)\s*(?:خدمات|سروسز)\s*(?:کی|کے)?\s*(?:برآمد|برآمدات|ایکسپورٹ|ایکسپورٹس)|(?:خدمات|سروسز)\s*(?:کی|کے)?\s*(?:کل|مجموعی)\s*(?:برآمد|برآمدات|ایکسپورٹ|ایکسپورٹس))\s*(?:کا|کی|کے)\s*(?:(?P<usf>ایک\s*تہائی|دو\s*تہائی|ایک\s*چوتھائی|نصف|آدھا)|(?P<usn>\d+(?:\.\d+)?)\s*(?:فیصد|%)))
        |(?P<itshare>(?:خدمات|سروسز)\s*(?:کی|کے)\s*(?:کل|مجموعی)\s*(?:برآمد|برآمدات|ایکسپورٹ|ایکسپورٹس)\s*میں\s*(?:آئی\s*ٹی|انفارمیشن\s*ٹیکنالوجی|IT)\s*(?:برآمدات\s*)?(?:کا|کی)\s*حصہ)
        |(?P<ushin>(?:کل|مجموعی|تمام)\s*(?:خدمات|سروسز)\s*(?:کی|کے)?\s*(?:برآمد|برآمدات|ایکسپورٹ|ایکسپورٹس)\s*میں\s*(?P<ushn>\d+(?:\.\d+)?)\s*(?:فیصد|%)\s*حصہ)
        |(?P<ictshare>(?:کل|مجموعی)\s*(?:ICT|IT|آئی\s*سی\s*ٹی|آئی\s*ٹی)\s*(?:کی\s*)?(?:برآمدی\s*ترسیلات|برآمدات|برآمد|ایکسپورٹس|ایکسپورٹ)\s*(?:کا|کی|کے)\s*(?P<isn>\d+(?:\.\d+)?)\s*(?:فیصد|%))
        |(?P<onemost>ایک\s*(?:ماہ|مہینے)\s*میں\s*(?:\S+\s+){{0,4}}?سب\s*سے\s*زیادہ)
        |(?P<spanmost>(?P<smn>{NUM})\s*(?:ماہ|مہینوں|مہینے)\s*(?:کے\s*)?(?:عرصے|عرصہ)\s*(?:میں|کے\s*دوران|کی|کا)\s*سب\s*سے\s*زیادہ)
        |(?P<nhigh>(?P<nhn>{NUM})\s*(?:ماہ|مہینوں|مہینے)\s*(?:کی|کے|میں)\s*(?:بلند\s*ترین|سب\s*سے\s*زیادہ)(?:\s*سطح)?)
        |(?P<avg>(?:گزشتہ|گذشتہ|پچھلے)\s*(?P<avgn>{NUM})\s*(?:ماہ|مہینوں|مہینے)\s*(?:کی|کے|سے|میں)?\s*(?:اوسط|اوسطاً|اوسطا)\s*ً?)
        |(?P<trail>(?:گزشتہ|گذشتہ|پچھلے)\s*(?P<trn>{NUM})\s*(?:ماہ|مہینوں|مہینے))
        |(?P<lastyear>(?:گزشتہ|گذشتہ|پچھلے)\s*(?:سال|برس)\s*(?:کے\s*)?(?:ماہ\s*)?(?P<lym>{MONTHS_UR})(?:\s*\(\s*(?P<lyy>\d{{4}})\s*\))?)
        |(?P<range>(?P<ma>{MONTHS_UR})\s*(?:تا|سے|-|–)\s*(?P<mb>{MONTHS_UR})(?:\s*(?P<rfy>\d{{2}}\s*[-–]\s*\d{{4}}|\d{{4}}\s*[-–]\s*\d{{2}}))?)
        |(?P<yrange>(?P<yma>{MONTHS_UR})\s*(?P<yya>\d{{4}})\s*ء?\s*(?:تا|-|–)\s*(?P<ymb>{MONTHS_UR}))
        |(?P<money>(?:(?P<arb>{NUM})\s*(?:ارب|بلین)\s*)?(?:(?P<cr>{NUM}|اسی)\s*کرو[ڑڈٹ]\s*)?(?:(?P<lk>{NUM}|اسی)\s*لاکھ\s*)?(?:(?P<hz>{NUM}|اسی)\s*ہزار\s*)?(?:(?P<mn>{NUM})\s*ملین\s*)?(?:امریکی\s*)?(?:ڈالر|دالر|(?P<rupees>روپے|روپیہ|روپوں))(?:ز|س)?(?P<over>\s*(?:کی\s*حد\s*عبور|کے\s*ہندسے\s*کو\s*عبور|کا\s*ہندسہ\s*عبور|سے\s*تجاوز|سے\s*زائد|سے\s*زیادہ))?(?P<under>\s*سے\s*کم\b)?(?P<versus>\s*کے\s*مقابل[ےہ]\s*میں)?(?P<mfrom>\s*سے\b)?)
        |(?P<bare>(?P<barb>{NUM})\s*(?:ارب|بلین)\s*(?:(?P<barc>{NUM})\s*کرو[ڑڈٹ]|(?P<bartak>تک)))
        |(?P<usd>\$\s*(?P<usdn>{NUM})\s*(?P<usdu>ارب|بلین|ملین))
        |(?P<pct>(?P<pn>{NUM})\s*(?:فیصد|فی\s*صد|٪)(?:\s*سے\s*(?:(?P<pmore>زیادہ|زائد|تجاوز)|(?P<pless>کم))\b)?)
        |(?P<fy>{FY_UR})
        |(?P<month>{MONTHS_UR})(?P<than>\s*سے(?:\s|$))?
        |(?P<phrase>{phrases})
        |(?P<digit>[۰-۹٠-٩٫٬])
        |(?P<word>{LETTER}+)
        ",
        NUM = NUM.as_str(),
        phrases = PHRASES
            .iter()
            .map(|(ur, _)| ur.split(' ').collect::<Vec<_>>().join(r"\s*"))
            .collect::<Vec<_>>()
            .join("|"),
    );
    // One form a line, each after the first opening with its "|".
    all.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_prefix('|').unwrap_or(l).to_string())
        .collect()
}

/// What the rewrite puts before a base amount ("356 ملین ڈالر کے مقابلے میں" is
/// "compared with $356 million").
pub(crate) const VERSUS: &str = "compared with ";

/// An Urdu letter (not a digit or punctuation mark).
const LETTER: &str = r"[\u{0621}-\u{063A}\u{0641}-\u{065F}\u{0670}-\u{06D3}\u{06D5}-\u{06EF}\u{06FA}-\u{06FF}\u{0750}-\u{077F}]";

fn month_en(s: &str) -> &'static str {
    match s {
        "جنوری" => "January",
        "فروری" => "February",
        "مارچ" => "March",
        "اپریل" => "April",
        "مئی" => "May",
        "جون" => "June",
        "جولائی" | "جولائ" => "July",
        "اگست" => "August",
        "ستمبر" => "September",
        "اکتوبر" => "October",
        "نومبر" => "November",
        _ => "December",
    }
}

/// "رواں مالی سال 2025-26" → "the current fiscal year 2025-26".
fn fy_en(s: &str) -> String {
    let s = s.trim();
    let rel = if ["رواں", "موجودہ", "جاری", "اس"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        "the current "
    } else if ["گزشتہ", "گذشتہ", "پچھلے", "پچھلا", "سابقہ"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        "last "
    } else if s.starts_with("آئندہ") || s.starts_with("اگلے") {
        "next "
    } else {
        ""
    };
    let years: String = s
        .chars()
        .map(ascii_digit)
        .filter(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '/'))
        .collect();
    // Urdu pages also print the years reversed ("22-2021").
    // So are two-digit years ("مالی سال 22-21", Neo News, 2022-01-23).
    let years = match years.split_once(['-', '–', '/']) {
        Some((a, b)) if a.len() == 2 && b.len() == 4 => format!("{b}-{a}"),
        Some((a, b))
            if a.len() == 2
                && b.len() == 2
                && a.parse::<u8>().ok() == b.parse::<u8>().ok().map(|b| (b + 1) % 100) =>
        {
            format!("{b}-{a}")
        }
        _ => years,
    };
    if years.is_empty() {
        format!(" {rel}fiscal year ")
    } else if years.len() == 2 {
        // "مالی سال 23 کے پہلے گیارہ مہینوں" (Pakistan Affairs, 2023-06-26):
        // FY23, as the English copy it renders writes it.
        format!(" {rel}FY{years} ")
    } else {
        format!(" {rel}fiscal year {years} ")
    }
}

/// `dollars`: the copy prints its amounts in dollars and never in rupees, so
/// an amount that leaves its currency out ("گزشتہ سال 1 ارب 44 کروڑ کی ایکسپورٹ
/// تھی") is in dollars too.
fn rewrite(c: &Captures<'_>, dollars: bool) -> Option<String> {
    // "گزشتہ مالی سال اسی عرصے میں", "گزشتہ سال کی اسی مدت": the same months of
    // last year, a comparison's base, not the whole of it (Samaa, 2022-06).
    if let Some(fy) = c.name("sfy") {
        // "… کے اسی عرصے کی نسبت" (compared with the same period of …): the
        // base of the rate after it, as English words it.
        let lead = if c.name("sfyvs").is_some() {
            "compared with"
        } else {
            "in"
        };
        return Some(format!(" {lead} the same period of{}", fy_en(fy.as_str())));
    }
    if c.name("part").is_some() {
        let fy = fy_en(c.name("partfy")?.as_str());
        if let Some(n) = c.name("n").and_then(|n| num(n.as_str())) {
            return Some(format!(" the first {} months of{fy}", n.0));
        }
        if c.name("onem").is_some() {
            return Some(format!(" the first month of{fy}"));
        }
        let ord = match c.name("ord")?.as_str() {
            "پہلی" => "first",
            "دوسری" => "second",
            "تیسری" => "third",
            _ => "fourth",
        };
        let unit = if c.name("unit")?.as_str().contains("سہ") {
            "quarter"
        } else {
            "half"
        };
        return Some(format!(" the {ord} {unit} of{fy}"));
    }
    // "مسلسل 18 ماہ سے": for 18 consecutive months; "مسلسل 17ویں ماہ": the 17th.
    if c.name("streak").is_some() {
        let n = c.name("stn")?.as_str();
        return Some(if c.name("stord").is_some() {
            format!(" the {n}th consecutive month ")
        } else {
            format!(" for {n} consecutive months ")
        });
    }
    // "ہماری کل خدمات کی برآمد کا ایک تہائی" (24 News, 2021-02-25: a third of our
    // total services exports), "خدمات کی کل برآمدات کا 36.3 فیصد" (MM News,
    // 2023-02-22): a share of all services exports, the total written before it.
    if c.name("ushare").is_some() {
        let part = match c
            .name("usf")
            .map(|f| f.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
        {
            Some(f) => match f.as_str() {
                "ایک تہائی" => "a third".to_string(),
                "دو تہائی" => "two thirds".to_string(),
                "ایک چوتھائی" => "a quarter".to_string(),
                _ => "half".to_string(),
            },
            None => format!("{} percent", c.name("usn")?.as_str()),
        };
        return Some(format!(" {part} of total services exports "));
    }
    // "سروسز کی مجموعی برآمدات میں آئی ٹی کا حصہ 40 فیصد" (The Biz Update,
    // 2024-01-18: IT's share in total services exports, 40 percent).
    if c.name("itshare").is_some() {
        return Some(" the share of IT exports in total services exports ".into());
    }
    // "مجموعی سروسز برآمدات میں 48 فیصد حصہ" (Bol News, 2025-10: a 48% share in
    // total services exports), the total written before the share.
    if let Some(n) = c.name("ushn") {
        return Some(format!(
            " {} percent share of total services exports ",
            n.as_str()
        ));
    }
    // "1.344 بلین ڈالر (کل ICT برآمدی ترسیلات کا 88.25%) کا تجارتی سرپلس"
    // (Pakistan Affairs, 2023-02: 88.25% of total ICT export remittances): a
    // share of gross ICT exports, the total written before it.
    if let Some(n) = c.name("isn") {
        return Some(format!(" {} percent of total ICT exports ", n.as_str()));
    }
    // "ایک ماہ میں سب سے زیادہ برآمدات" (WE News, 2026-01): the most exports in a
    // month, an all-time monthly high; "سب سے زیادہ" alone is only "the most".
    if c.name("onemost").is_some() {
        return Some(" the highest in a month ".to_string());
    }
    // "6 ماہ کے عرصے میں سب سے زیادہ آئی ٹی برآمدات" (Neo News, 2022-01-23), "6 ماہ
    // کے عرصے کی سب سے زیادہ" (Javed Chaudhry's site and Reporting Online, the
    // same day): the most exports in the first six months of a fiscal year.
    if c.name("spanmost").is_some() {
        let n = num(c.name("smn")?.as_str())?.0;
        return Some(format!(" the highest IT exports in the first {n} months "));
    }
    // "پانچ ماہ کی بلند ترین سطح": a five-month high.
    if c.name("nhigh").is_some() {
        let n = num(c.name("nhn")?.as_str())?.0;
        return Some(format!(" a {n}-month high "));
    }
    // "گزشتہ 12 ماہ کی اوسط": the average of the last twelve months.
    if c.name("avg").is_some() {
        let n = num(c.name("avgn")?.as_str())?.0;
        return Some(format!(" the {n}-month average "));
    }
    // "گزشتہ آٹھ ماہ کے دوران": during the last eight months.
    if c.name("trail").is_some() {
        let n = num(c.name("trn")?.as_str())?.0;
        return Some(format!(" the last {n} months "));
    }
    if c.name("range").is_some() {
        // "جولائی تا مئی 21-2020" (News Diplomacy, 2021-07-10): the fiscal year
        // after the months, its years often printed reversed.
        let fy = c.name("rfy").map_or(String::new(), |y| {
            let y: String = y.as_str().chars().filter(|c| !c.is_whitespace()).collect();
            match y.split_once(['-', '–']) {
                Some((a, b)) if a.len() == 2 => format!("FY {b}-{a} "),
                _ => format!("FY {y} "),
            }
        });
        return Some(format!(
            " {}-{} {fy}",
            month_en(c.name("ma")?.as_str()),
            month_en(c.name("mb")?.as_str())
        ));
    }
    // "جولائی 2024 تامارچ 2025" (APP Urdu, 2025-04-22): "July 2024 to March 2025",
    // the second year left to follow. Not "مارچ 2024 سے مارچ 2025 تک یعنی ایک سال
    // میں" (Dunya, 2025-04-18: from March 2024 to March 2025, a year on year
    // comparison), which "سے" reads as a base.
    if c.name("yrange").is_some() {
        return Some(format!(
            " {} {} to {} ",
            month_en(c.name("yma")?.as_str()),
            c.name("yya")?.as_str(),
            month_en(c.name("ymb")?.as_str())
        ));
    }
    if c.name("money").is_some() {
        let Some((million, step)) = million_and_step([
            c.name("arb"),
            c.name("cr"),
            c.name("lk"),
            c.name("hz"),
            c.name("mn"),
        ]) else {
            return Some(
                if c.name("rupees").is_some() {
                    " rupees "
                } else {
                    " dollars "
                }
                .into(),
            );
        };
        // Urdu puts "more than" after the amount ("… ڈالر سے تجاوز", "… ڈالر کی
        // حد عبور"); English puts it before, where the bound reader looks.
        let over = if c.name("over").is_some() {
            "over "
        } else if c.name("under").is_some() {
            "under "
        } else {
            ""
        };
        // "30 کروڑ 50 لاکھ ڈالر سے تقریباً 12 فیصد زیادہ" (about 12% more than
        // $305 million), "12 اعشاریہ 8 کروڑ ڈالر سے بڑھ کر" (rising from $128
        // million): the amount after which سے stands is a comparison's base.
        let from = if c.name("mfrom").is_some() {
            "from "
        } else {
            ""
        };
        // "356 ملین ڈالر کے مقابلے میں" is "compared with $356 million": the
        // base of a comparison, whose words English puts first.
        let versus = if c.name("versus").is_some() {
            VERSUS
        } else {
            ""
        };
        // "20 ارب روپے" (Rs 20 billion): the same amount, in the currency the
        // English reader takes as rupees.
        let amount = money_en(million, step);
        let amount = match c.name("rupees") {
            Some(_) => amount.replacen('$', "Rs ", 1),
            None => amount,
        };
        return Some(format!(" {versus}{from}{over}{amount} "));
    }
    if c.name("bare").is_some() {
        if !dollars {
            return None;
        }
        let (million, step) = million_and_step([c.name("barb"), c.name("barc"), None, None, None])?;
        // "برآمدات 0.8 ارب تک پہنچ گئیں" (exports reached 0.8 billion; NHK News
        // Official, 2025-12-18): billions alone, in dollar copy, before "up to".
        let tak = if c.name("bartak").is_some() {
            "تک"
        } else {
            ""
        };
        return Some(format!(" {} {tak} ", money_en(million, step)));
    }
    if c.name("usd").is_some() {
        let n = c.name("usdn")?.as_str();
        let unit = if c.name("usdu")?.as_str() == "ملین" {
            "million"
        } else {
            "billion"
        };
        let ascii: String = n.chars().map(ascii_digit).collect();
        return Some(format!("${ascii} {unit}"));
    }
    if let Some(p) = c.name("pn") {
        let ascii: String = p.as_str().chars().map(ascii_digit).collect();
        let ascii = match num(p.as_str()) {
            // A number word, or a decimal point written out: print the value
            // with the decimals it was given.
            Some((v, d)) if !ascii.chars().all(|c| c.is_ascii_digit() || c == '.') => {
                format!("{v:.prec$}", prec = usize::try_from(d).unwrap_or(0))
            }
            _ => ascii,
        };
        // "23 فیصد سے زیادہ": more than 23 percent; "5 فیصد سے کم": less than 5.
        let bound = match (c.name("pmore"), c.name("pless")) {
            (Some(_), _) => "more than ",
            (_, Some(_)) => "less than ",
            _ => "",
        };
        return Some(format!("{bound}{ascii} percent"));
    }
    if let Some(f) = c.name("fy") {
        return Some(fy_en(f.as_str()));
    }
    // "گزشتہ سال ماہ اکتوبر": October last year.
    // "پچھلے سال دسمبر (2024)": December 2024.
    if let Some(m) = c.name("lym") {
        return Some(match c.name("lyy") {
            Some(y) => format!(" {} {} ", month_en(m.as_str()), y.as_str()),
            None => format!(" {} last year ", month_en(m.as_str())),
        });
    }
    if let Some(m) = c.name("month") {
        // "ستمبر سے 13 فیصد زائد": 13% more than September, a base.
        let than = if c.name("than").is_some() {
            "than "
        } else {
            ""
        };
        return Some(format!(" {} {than}", month_en(m.as_str())));
    }
    if let Some(d) = c.name("digit") {
        return Some(d.as_str().chars().map(ascii_digit).collect());
    }
    if let Some(p) = c.name("phrase") {
        let squeezed: String = p.as_str().split_whitespace().collect();
        let (_, en, _) = SQUEEZED.iter().find(|(ur, _, _)| *ur == squeezed)?;
        return Some(format!(" {en} "));
    }
    Some(word(c.name("word")?.as_str()))
}

/// Rewrites a single word (or the first word of an unmatched pair).
fn word(w: &str) -> String {
    known(w)
        .or_else(|| glued(w, 3))
        .unwrap_or_else(|| w.to_string())
}

/// A listed word, particle, or phrase written without its space ("ریکارڈکی").
fn known(w: &str) -> Option<String> {
    if let Some((_, en)) = WORDS.iter().find(|(ur, _)| *ur == w) {
        return Some(format!(" {en} "));
    }
    if PARTICLES.contains(&w) {
        return Some(" ".into());
    }
    SQUEEZED
        .iter()
        .find(|(ur, _, words)| *words && ur == w)
        .map(|(_, en, _)| format!(" {en} "))
}

/// Each phrase without its spaces (as the copy may print it, and as the form
/// regex lets it match), its English, and whether it had more than one word:
/// computed once, not per word read.
static SQUEEZED: LazyLock<Vec<(String, &'static str, bool)>> = LazyLock::new(|| {
    PHRASES
        .iter()
        .map(|(ur, en)| (ur.split_whitespace().collect(), *en, ur.contains(' ')))
        .collect()
});

/// Words the copy ran together, for want of a space after a letter that does not
/// join ("اوردرآمدات" is "اور درآمدات", "نموریکارڈکی" is "نمو ریکارڈ کی"): split
/// into at most `parts` pieces, each listed and at least two letters long, so that
/// an unlisted word is never cut into listed ones by chance of a short particle.
fn glued(w: &str, parts: usize) -> Option<String> {
    // Listed words are short: a longer run is no two or three of them, and is not
    // searched (a 256 KiB run of letters would cost a cut per letter).
    if parts < 2 || w.len() > 96 {
        return None;
    }
    let cuts = w.char_indices().map(|(i, _)| i).skip(2);
    for i in cuts {
        let (a, b) = w.split_at(i);
        if b.chars().count() < 2 {
            break;
        }
        if let Some(first) = known(a) {
            if let Some(rest) = known(b).or_else(|| glued(b, parts - 1)) {
                return Some(first + &rest);
            }
        }
    }
    None
}

fn emit(out: &mut Normalized, s: &str, a: usize, b: usize) {
    // English words that open a sentence are capitalised, as the sentence
    // splitter expects.
    let opens = out.text.trim_end().ends_with(['.', '?']) || out.text.trim().is_empty();
    match s.trim_start().chars().next() {
        Some(c) if opens && c.is_ascii_lowercase() => {
            let lead = s.len() - s.trim_start().len();
            out.text.push_str(&s[..lead]);
            out.text.push(c.to_ascii_uppercase());
            out.text.push_str(&s[lead + 1..]);
        }
        _ => out.text.push_str(s),
    }
    out.from
        .extend(std::iter::repeat_n((a as u32, b as u32), s.len()));
}

/// Copies `text[a..b]` (no form in it), with Urdu punctuation as English.
fn gap(out: &mut Normalized, text: &str, a: usize, b: usize) {
    for (i, ch) in text[a..b].char_indices() {
        let at = a + i;
        let mapped = match ch {
            '۔' | '؟' => ". ",
            '،' | '؛' => ", ",
            _ => &text[at..at + ch.len_utf8()],
        };
        emit(out, mapped, at, at + ch.len_utf8());
    }
}

/// Urdu typed with Arabic letters: "27 فيصد" (Daily Qudrat, 2022-01-31) writes
/// the Arabic yeh (ي) for Urdu's ی, as many keyboards do, and kaf (ك) and heh
/// (ه) for ک and ہ. Each pair takes the same two bytes in UTF-8, so every
/// offset into the folded text is the same offset into the original.
pub(crate) fn fold_letters(text: &str) -> std::borrow::Cow<'_, str> {
    let fold = |c: char| match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ه' => 'ہ',
        c => c,
    };
    if !text.chars().any(|c| fold(c) != c) {
        return std::borrow::Cow::Borrowed(text);
    }
    let folded: String = text.chars().map(fold).collect();
    debug_assert_eq!(folded.len(), text.len());
    std::borrow::Cow::Owned(folded)
}

/// The first form at or after `pos`: where it starts, and its groups, read
/// from there (offsets from that start).
fn form_at(text: &str, pos: usize) -> Option<(usize, Captures<'_>)> {
    let mut from = pos;
    loop {
        let start = FORMS.find_at(text, from)?.start();
        let rest = &text[start..];
        // The forms that match here, found in one pass (each form's own
        // regex tried in turn had been most of the rewrite's time), in order.
        let here = FORM_SET.matches(rest);
        for (fast, bounded) in here.iter().map(|i| &ALTERNATIVES[i]) {
            let Some(c) = fast
                .captures(rest)
                .filter(|c| c.get(0).is_some_and(|m| !m.is_empty()))
            else {
                continue;
            };
            let runs_on = BOUNDED.iter().any(|g| {
                c.name(g)
                    .is_some_and(|g| WORD_CHAR.is_match(&rest[g.end()..]))
            });
            if !runs_on {
                return Some((start, c));
            }
            // The bounded ending is optional: with its boundary the form still
            // matches, without it.
            return Some((start, bounded.captures(rest).unwrap_or(c)));
        }
        // Not reached: the alternation matched here, so one of its forms does.
        // Were it, the next character on.
        from = start + rest.chars().next()?.len_utf8();
    }
}

/// The English-form rewrite of Urdu copy.
pub(crate) fn normalize(text: &str) -> Normalized {
    let folded = fold_letters(text);
    let text: &str = &folded;
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        from: Vec::with_capacity(text.len()),
    };
    let dollars = (text.contains("ڈالر") || text.contains("دالر")) && !text.contains("روپ");
    let mut pos = 0;
    while let Some((at, c)) = form_at(text, pos) {
        // Every form reads at least one character, so each match moves on.
        let Some(m) = c.get(0) else {
            break;
        };
        let end = at + m.end();
        gap(&mut out, text, pos, at);
        let s = rewrite(&c, dollars).unwrap_or_else(|| m.as_str().to_string());
        // "… ڈالر کے مقابلے میں": the amount's words are the claim's, the
        // comparison's (moved before the amount in English) are not.
        let main_end = c
            .name("versus")
            .or_else(|| c.name("mfrom"))
            .map_or(end, |v| at + v.start());
        emit(&mut out, &s, at, main_end);
        if main_end < end {
            emit(&mut out, " ", main_end, end);
        }
        pos = end;
    }
    gap(&mut out, text, pos, text.len());
    out
}

#[cfg(test)]
mod tests;
