//! The surface of a story: sentences, money amounts, percentages, record words
//! and the small words around them ("compared to", "year-on-year", "on track
//! to") that say what a number is.
//!
//! Everything here is lexical; deciding what a number refers to happens in
//! `lib.rs`, with these pieces.

use std::sync::LazyLock;

use regex::Regex;

/// The largest char boundary at or below `i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last `n` bytes of `s` or fewer, cut at a character boundary.
pub(crate) fn tail(s: &str, n: usize) -> &str {
    &s[ceil_boundary(s, s.len().saturating_sub(n))..]
}

/// The first `n` bytes of `s` or fewer, cut at a character boundary.
pub(crate) fn head(s: &str, n: usize) -> &str {
    &s[..floor_boundary(s, n)]
}

/// A sentence: byte range and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
    pub para: usize,
}

/// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Rs", "Mr", "Mrs", "Ms", "Dr", "No", "St", "vs", "approx", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "Govt", "e.g",
    "i.e", "U.S", "U.K", "Pvt", "I.T",
];

/// Splits text into sentences. Paragraphs are blocks separated by blank lines;
/// text without blank lines (one paragraph per line, as web copy often is) has a
/// paragraph per line.
pub(crate) fn sentences(text: &str) -> Vec<Sentence> {
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let s = line_start;
            line_start += l.len();
            (s, l)
        })
        .collect();
    let blank_separated = lines.iter().any(|(_, l)| l.trim().is_empty());
    let mut cur: Option<(usize, usize)> = None;
    for (s, l) in &lines {
        let body_end = s + l.trim_end_matches(['\n', '\r']).len();
        if l.trim().is_empty() {
            if let Some(b) = cur.take() {
                blocks.push(b);
            }
            continue;
        }
        if blank_separated && !is_heading(l) {
            cur = Some(cur.map_or((*s, body_end), |(a, _)| (a, body_end)));
        } else if blank_separated {
            // A heading inside a block stands alone, or it would run into the
            // sentence after it.
            if let Some(b) = cur.take() {
                blocks.push(b);
            }
            blocks.push((*s, body_end));
        } else {
            blocks.push((*s, body_end));
        }
    }
    if let Some(b) = cur {
        blocks.push(b);
    }
    let mut out = Vec::new();
    for (para, (a, b)) in blocks.into_iter().enumerate() {
        split_block(text, a, b, para, &mut out);
    }
    out
}

/// A short, title-cased line that does not end a sentence: "Factors Driving the
/// Surge", "Read More: Boeing Shares Plunge 4.9% After Shocking Air India Crash",
/// a lone "-". (A wrapped line of prose is rarely half capitalised.)
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    let ends_open = !t.ends_with(['.', '!', '?', ',', ';', ':', '"', '”', ')', '’']);
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '$'))
        .count();
    ends_open && words.len() <= 12 && capitalised * 2 >= words.len()
}

fn split_block(text: &str, a: usize, b: usize, para: usize, out: &mut Vec<Sentence>) {
    let block = &text[a..b];
    let mut start = 0;
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?') {
            let mut j = k + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | ']') {
                j += 1;
            }
            if j < chars.len() && chars[j].1.is_whitespace() {
                let mut n = j;
                while n < chars.len() && chars[n].1.is_whitespace() {
                    n += 1;
                }
                let starts_sentence = n < chars.len()
                    && (chars[n].1.is_uppercase()
                        || chars[n].1.is_ascii_digit()
                        || ('\u{0621}'..='\u{06FF}').contains(&chars[n].1)
                        || matches!(chars[n].1, '$' | '"' | '“' | '(' | '‘' | '\''));
                if starts_sentence && !(c == '.' && abbreviation_before(block, i)) {
                    push(text, a + start, a + chars[j].0, para, out);
                    start = chars[n].0;
                    k = n;
                    continue;
                }
            } else if c == '.'
                && j == k + 1
                && run_on_sentence(&chars, k)
                && !abbreviation_before(block, i)
            {
                // A full stop the page lost its space after: "… reported for the
                // month of March 2021.The official stated further …" (Daily Times,
                // 2022-06-05).
                push(text, a + start, a + chars[j].0, para, out);
                start = chars[j].0;
                k = j;
                continue;
            }
        }
        k += 1;
    }
    push(text, a + start, b, para, out);
}

/// True when the full stop at `k` ends a word of at least three letters or
/// digits (a year, "million") and a capitalised word follows it directly
/// ("2021.The"): two sentences run together, not an abbreviation ("U.S.") or a
/// decimal.
fn run_on_sentence(chars: &[(usize, char)], k: usize) -> bool {
    let before = chars[..k]
        .iter()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric())
        .count();
    let last_lower_or_digit =
        k > 0 && (chars[k - 1].1.is_ascii_lowercase() || chars[k - 1].1.is_ascii_digit());
    let next_upper = chars
        .get(k + 1)
        .is_some_and(|(_, c)| c.is_ascii_uppercase());
    let then_lower = chars
        .get(k + 2..k + 4)
        .is_some_and(|w| w.iter().all(|(_, c)| c.is_ascii_lowercase()));
    before >= 3 && last_lower_or_digit && next_upper && then_lower
}

fn abbreviation_before(block: &str, dot: usize) -> bool {
    // The word starts after the separator, which may be several bytes long
    // (an em space, U+2003).
    let word_start = block[..dot]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &block[word_start..dot];
    (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
        || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn push(text: &str, a: usize, b: usize, para: usize, out: &mut Vec<Sentence>) {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            start: a + lead,
            end: b - trail,
            para,
        });
    }
}

/// The currency an amount is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Currency {
    Usd,
    Rupee,
}

/// A money amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    pub start: usize,
    pub end: usize,
    pub currency: Currency,
    /// US$ million for dollar amounts.
    pub value: f64,
    /// Half the last printed digit, in US$ million.
    pub half: f64,
    /// "$894" with no unit, in a story whose figures are millions: read as
    /// millions, but never called wrong on that reading.
    pub unit_assumed: bool,
    /// Two ends written as one figure ("$3-3.5 billion"): `value` is the
    /// middle and `half` reaches both ends.
    pub range: bool,
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?P<cur>\bUS\s?\$|\bUSD\s?|\$|\bRs\.?\s?|\bPKR\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*[-–]\s*(?:US\s?)?\$?\s?(?P<hi>\d+(?:\.\d+)?)\s*-?\s*(?P<unitr>trillion|billion|million|thousand|crore|lakh|bn|bln|mln|mn|tr|b|m|k)\b|(?:\s*-?\s*(?P<unit>trillion|billion|million|thousand|crore|lakh|bn|bln|mln|mn|tr|b|m|k)\b)?)|\b(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit2>trillion|billion|million|crore|lakh|bn|bln|mln|mn)\s+(?:(?:US|U\.S\.|American)\s*)?(?P<cur2>dollars?|USD)\b",
    )
});

/// Amounts in words: "one billion dollars", "over half a billion dollars", "Pass
/// Billion Dollars" (a billion).
static WORD_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // Every number word to ninety-nine: "fifteen billion Dollars" (UrduPoint,
        // 2024-11-22) is not "billion dollars".
        r"(?i)\b(?:(?P<w>half\s+a|a|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+)?(?P<h>hundred\s+)?(?P<u>billion|million)\s+(?:(?:US|U\.S\.|American)\s+)?dollars?\b",
    )
});

/// What before "billion dollars" leaves the number unsaid or already said.
static VAGUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:\b(?:several|multi|many|few|some|tens\s+of|hundreds\s+of|of)|[\d.,]|-)\s*$")
});

/// Amounts in words, each read as its figure would be ("one billion dollars" as
/// "$1 billion", "half a billion dollars" as "$0.5 billion").
fn word_amounts(text: &str, base: usize) -> Vec<Amount> {
    WORD_AMOUNT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // "Three hundred million dollars a month is a psychological barrier":
            // a rate, not a figure of the data.
            if PER_AFTER.is_match(&text[whole.end()..]) {
                return None;
            }
            // "several billion dollars", "a multi-billion dollar", "15 billion
            // dollars" (the figure's own reading): no amount of a billion.
            if c.name("w").is_none() && VAGUE_BEFORE.is_match(&text[..whole.start()]) {
                return None;
            }
            let mult = if c.name("u")?.as_str().eq_ignore_ascii_case("billion") {
                1e3
            } else {
                1.0
            };
            let (n, half) = match c.name("w").map(|w| w.as_str().to_ascii_lowercase()) {
                Some(w) if w.starts_with("half") => (0.5, 0.05),
                Some(w) if w == "a" || w == "one" => (1.0, 0.5),
                Some(w) => (
                    w.split(['-', ' '])
                        .filter(|p| !p.is_empty())
                        .map(number_word)
                        .sum::<Option<f64>>()?,
                    0.5,
                ),
                None => (1.0, 0.5),
            };
            // "Three hundred million dollars": hundreds, known to the hundred.
            let (n, half) = if c.name("h").is_some() {
                (n * 100.0, half * 100.0)
            } else {
                (n, half)
            };
            Some(Amount {
                start: base + whole.start(),
                end: base + whole.end(),
                currency: Currency::Usd,
                value: n * mult,
                half: half * mult,
                unit_assumed: false,
                range: false,
            })
        })
        .collect()
}

/// The unit of a range's second end, which the first leaves unwritten ("$3.6
/// to $4 billion", NewsGuru, 2025-01).
static RANGE_UNIT_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:to|-|–|and)\s*(?:US\s*)?\$\s*\d[\d,]*(?:\.\d+)?\s*(?P<u>trillion|billion|bn|bln|million|mn|mln)\b",
    )
});

static PER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s*(?:per|a|an|each|every|/|for\s+each|apiece|monthly|an?\s+hour|salary|wage)\b")
});

/// A figure with its unit but no currency ("to reach 298 million, an increase
/// of 4%"), followed by words that end or continue a clause about money, not by
/// a noun ("2.32 million freelancers").
static BARE_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // ASCII word boundaries: a Unicode one keeps the regex engine off its
        // fast paths, and this runs on every sentence (Urdu rewrites included).
        r"(?i)(?-u:\b)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>billion|million|bn|mn)(?:\s*[,.;:)]|\s+(?:in|during|for|from|to|against|compared|as|and|while|which|with|on|last|this|a\s+year)(?-u:\b)|\s*$)",
    )
});

/// How many millions one of a unit word is ("bn": 1,000; "lakh": 0.1; the
/// Urdu words too, for counts: "30 لاکھ فری لانسرز").
pub(crate) fn unit_millions(unit: &str) -> Option<f64> {
    Some(match unit.to_ascii_lowercase().as_str() {
        "trillion" | "tr" => 1e6,
        // "$1.3bln" (The News, 2021-03-23).
        "billion" | "bn" | "bln" | "b" | "ارب" => 1e3,
        "million" | "mn" | "mln" | "m" | "ملین" => 1.0,
        "crore" | "کروڑ" => 10.0,
        "lakh" | "لاکھ" => 0.1,
        "thousand" | "k" | "ہزار" => 1e-3,
        _ => return None,
    })
}

/// How many digits a written number has after its decimal point.
fn fraction_digits(num: &str) -> i32 {
    num.split_once('.').map_or(0, |(_, f)| f.len() as i32)
}

/// Figures without a currency, in a text (one sentence) whose earlier amount
/// names dollars: "increased by US$ 12 million to reach 298 million" (ARY
/// News, 2024-09-19). The dollar carries to them.
fn bare_amounts(text: &str, base: usize, amounts: &[Amount]) -> Vec<Amount> {
    let Some(first) = amounts.iter().find(|a| a.currency == Currency::Usd) else {
        return Vec::new();
    };
    BARE_AMOUNT
        .captures_iter(text)
        .filter_map(|c| {
            let num = c.name("num")?;
            let start = base + num.start();
            // The second end of a range read as none ("$3 - 2 million").
            let lead = text[..num.start()].trim_end();
            if start < first.end || lead.ends_with(['-', '–', '—']) {
                return None;
            }
            let unit = c.name("unit")?;
            let n: f64 = num.as_str().replace(',', "").parse().ok()?;
            let mult = unit_millions(unit.as_str())?;
            Some(Amount {
                start,
                end: base + unit.end(),
                currency: Currency::Usd,
                value: n * mult,
                half: 0.5 * 10f64.powi(-fraction_digits(num.as_str())) * mult,
                unit_assumed: false,
                range: false,
            })
        })
        .collect()
}

/// Every money amount in `text` (offsets `base` + position). Dollar figures
/// without a unit ("$894") are read as millions, marked as such.
pub(crate) fn amounts(text: &str, base: usize) -> Vec<Amount> {
    let mut out = digit_amounts(text, base);
    let words: Vec<Amount> = word_amounts(text, base)
        .into_iter()
        .filter(|w| !out.iter().any(|a| a.start < w.end && w.start < a.end))
        .collect();
    out.extend(words);
    out.sort_by_key(|a| a.start);
    // `out` is sorted and its amounts do not overlap: only the last one that
    // starts before a bare figure ends can overlap it (a binary search, not a
    // scan, since a sentence may hold thousands of figures).
    let bare: Vec<Amount> = bare_amounts(text, base, &out)
        .into_iter()
        .filter(|b| {
            let i = out.partition_point(|a| a.start < b.end);
            i == 0 || out[i - 1].end <= b.start
        })
        .collect();
    out.extend(bare);
    out.sort_by_key(|a| a.start);
    out
}

fn digit_amounts(text: &str, base: usize) -> Vec<Amount> {
    AMOUNT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let cur = c
                .name("cur")
                .or_else(|| c.name("cur2"))?
                .as_str()
                .to_ascii_lowercase();
            let currency = if cur.starts_with("rs") || cur.starts_with("pkr") {
                Currency::Rupee
            } else {
                Currency::Usd
            };
            let num = c
                .name("num")
                .or_else(|| c.name("num2"))?
                .as_str()
                .replace(',', "");
            let n: f64 = num.parse().ok()?;
            let mut decimals = fraction_digits(&num);
            // "$3-3.5 billion", "$356- 366 million": a range, read as its middle
            // with room to both ends, each end to the finer of the two precisions.
            let hi = match c.name("hi") {
                Some(h) => {
                    let hv: f64 = h.as_str().parse().ok()?;
                    if hv <= n {
                        return None;
                    }
                    decimals = decimals.max(fraction_digits(h.as_str()));
                    Some(hv)
                }
                None => None,
            };
            let unit = c
                .name("unit")
                .or_else(|| c.name("unitr"))
                .or_else(|| c.name("unit2"))
                .or_else(|| {
                    RANGE_UNIT_AHEAD
                        .captures(&text[whole.end()..])
                        .and_then(|r| r.name("u"))
                });
            let mult = match unit {
                Some(u) => unit_millions(u.as_str())?,
                None if currency == Currency::Rupee => 1e-6,
                // "$894" (the unit in the sentence before): read as millions
                // when it is of a monthly-to-yearly scale and not a rate per
                // person or month ("$100 per month").
                None if (10.0..10_000.0).contains(&n)
                    && !PER_AFTER.is_match(&text[whole.end()..]) =>
                {
                    1.0
                }
                None => return None,
            };
            let half = 0.5 * 10f64.powi(-decimals) * mult;
            let (value, half) = match hi {
                Some(hv) => ((n + hv) / 2.0 * mult, (hv - n) / 2.0 * mult + half),
                None => (n * mult, half),
            };
            Some(Amount {
                start: base + whole.start(),
                end: base + whole.end(),
                currency,
                value,
                half,
                unit_assumed: unit.is_none() && currency == Currency::Usd,
                range: hi.is_some(),
            })
        })
        .collect()
}

/// A percentage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Pct {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub half: f64,
    /// The text printed a sign ("-10.2%").
    pub signed: bool,
    /// The figure is a floor the words set, not a rate printed: "double-digit
    /// growth" is 10% or more.
    pub floor: bool,
}

static PCT: LazyLock<Regex> =
    // A decimal comma ("47,43%", UrduPoint 2021-07-20) has one or two digits after it;
    // a thousands comma has three.
    LazyLock::new(|| {
        // "precent": a misprint the press makes ("more than 25 precent", The
        // Register, 2020-08-12).
        re(r"(?P<num>\d+(?:\.\d+|,\d{1,2})?)\s?(?:%|(?i:per\s?cent|percent|precent|pc)\b)")
    });

static WORD_PCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?|(?P<small>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\s+(?:per\s?cent|percent)\b",
    )
});

/// The value of an English number word from one to ninety-nine.
pub(crate) fn number_word(w: &str) -> Option<f64> {
    const SMALL: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let w = w.to_ascii_lowercase();
    SMALL
        .iter()
        .position(|s| *s == w)
        .map(|i| (i + 1) as f64)
        .or_else(|| {
            TENS.iter()
                .position(|s| *s == w)
                .map(|i| ((i + 2) * 10) as f64)
        })
}

/// Percentages written in words ("around four percent", "twenty-five per
/// cent"): whole numbers, so known to half a point.
fn word_percents(text: &str, base: usize) -> Vec<Pct> {
    WORD_PCT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let value = match (c.name("small"), c.name("tens"), c.name("unit")) {
                (Some(s), _, _) => number_word(s.as_str())?,
                (None, Some(t), u) => {
                    number_word(t.as_str())?
                        + u.and_then(|u| number_word(u.as_str())).unwrap_or(0.0)
                }
                _ => return None,
            };
            Some(Pct {
                start: base + whole.start(),
                end: base + whole.end(),
                value,
                half: 0.5,
                signed: false,
                floor: false,
            })
        })
        .collect()
}

/// A fraction in words before "of" ("a third of total services exports",
/// "nearly half of"), or "by" a fraction ("rose by a third").
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<f>(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|three[-\s]quarters|(?:a|one)[-\s]fifth|half)\s+of\b",
    )
});

/// Fractions in words as percentages, known to a tenth of their value: "a
/// third" is 30–36.7%, "half" 45–55% (how loosely the press uses them).
fn fraction_percents(text: &str, base: usize) -> Vec<Pct> {
    FRACTION
        .captures_iter(text)
        .filter_map(|c| {
            let f = c.name("f")?;
            let w = f.as_str().to_ascii_lowercase();
            // "The first half of the fiscal year" is a period.
            let before = text[..f.start()].trim_end().to_ascii_lowercase();
            if w == "half"
                && ["first", "second", "1st", "2nd", "latter", "former", "last"]
                    .iter()
                    .any(|p| before.ends_with(p))
            {
                return None;
            }
            let value = if w.starts_with("two") {
                200.0 / 3.0
            } else if w.starts_with("three") {
                75.0
            } else if w.ends_with("third") {
                100.0 / 3.0
            } else if w.ends_with("quarter") {
                25.0
            } else if w.ends_with("fifth") {
                20.0
            } else {
                50.0
            };
            Some(Pct {
                start: base + f.start(),
                end: base + f.end(),
                value,
                half: value / 10.0,
                signed: false,
                floor: false,
            })
        })
        .collect()
}

/// "Double-digit growth", "grew in double digits": a rate of 10% or more,
/// a floor (Nedians, 2018-07-20: "double digit growth to reach $1,065 million
/// in fiscal year 2018", +13.5%; Urdu "دوہرے ہندسوں" is rewritten to it).
static DOUBLE_DIGIT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bdouble[- ]digits?\b"));

/// What "double-digit" may qualify that is not a growth rate of exports.
static NOT_GROWTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s-]*(?:\w+\s+)?(?:inflation|interest|mark-?up|policy\s+rate|unemployment|returns?|margins?|share)\b",
    )
});

fn double_digits(text: &str, base: usize) -> Vec<Pct> {
    DOUBLE_DIGIT
        .find_iter(text)
        .filter(|m| !NOT_GROWTH.is_match(&text[m.end()..]))
        .map(|m| Pct {
            start: base + m.start(),
            end: base + m.end(),
            value: 10.0,
            half: 0.5,
            signed: false,
            floor: true,
        })
        .collect()
}

/// Every percentage in `text`, with a sign when one is printed; in figures or
/// in words.
pub(crate) fn percents(text: &str, base: usize) -> Vec<Pct> {
    let mut out = digit_percents(text, base);
    out.extend(word_percents(text, base));
    out.extend(fraction_percents(text, base));
    out.extend(double_digits(text, base));
    out.sort_by_key(|p| p.start);
    out
}

/// A bare number that shares the next percentage's sign: "rose 17 and 23
/// percent", Urdu's "ماہانہ بنیادوں پر 17 اور سالانہ بنیادوں پر 23 فیصد" (17
/// month on month and 23 percent year on year, The Biz Update, 2024-01-18).
static SHARED_PCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s(])(?P<num>\d{1,3}(?:\.\d+)?)\s+(?:(?:and|&)\s+)?(?:(?:month-on-month|year-on-year)\s+)?$",
    )
});

/// The number before `pct` that shares its percent sign, unless the two are a
/// range's ends ("between 17 and 23 percent").
fn shared_percent(text: &str, pct: &Pct, base: usize) -> Option<Pct> {
    let before = &text[..pct.start - base];
    let c = SHARED_PCT.captures(before)?;
    let num = c.name("num")?;
    let lead = before[..num.start()].trim_end().to_ascii_lowercase();
    if lead.ends_with("between") || lead.ends_with(|ch: char| ch.is_ascii_digit() || ch == '$') {
        return None;
    }
    // Something must join them: "and", or the basis words of Urdu's order.
    let gap = &before[num.end()..];
    if gap.trim().is_empty() {
        return None;
    }
    let value: f64 = num.as_str().parse().ok()?;
    let decimals = num.as_str().split_once('.').map_or(0, |(_, f)| f.len()) as i32;
    Some(Pct {
        start: base + num.start(),
        end: base + num.end(),
        value: if pct.value < 0.0 { -value } else { value },
        half: 0.5 * 10f64.powi(-decimals),
        signed: false,
        floor: false,
    })
}

fn digit_percents(text: &str, base: usize) -> Vec<Pct> {
    let found = digit_percents_written(text, base);
    let shared: Vec<Pct> = found
        .iter()
        .filter_map(|p| shared_percent(text, p, base))
        .filter(|s| !found.iter().any(|p| p.start <= s.start && s.start < p.end))
        .collect();
    found.into_iter().chain(shared).collect()
}

fn digit_percents_written(text: &str, base: usize) -> Vec<Pct> {
    PCT.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let num = c.name("num")?.as_str().replace(',', ".");
            let num = num.as_str();
            // Part of a longer number ("1.5" in "21.5%" is found whole; "3,223.5%" is not a rate).
            let before = &text[..whole.start()];
            if before.ends_with(|ch: char| ch.is_ascii_digit() || ch == ',' || ch == '.') {
                return None;
            }
            let mut value: f64 = num.parse().ok()?;
            let decimals = num.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
            let mut start = whole.start();
            let mut signed = false;
            let trimmed = before.trim_end_matches(' ');
            if let Some(sign) = trimmed
                .chars()
                .next_back()
                .filter(|ch| matches!(ch, '-' | '−' | '+' | '–'))
            {
                let pre = &trimmed[..trimmed.len() - sign.len_utf8()];
                if pre.is_empty() || pre.ends_with(|ch: char| ch.is_whitespace() || ch == '(') {
                    signed = true;
                    start = pre.len();
                    if sign != '+' {
                        value = -value;
                    }
                }
            }
            Some(Pct {
                start: base + start,
                end: base + whole.end(),
                value,
                half: 0.5 * 10f64.powi(-decimals),
                signed,
                floor: false,
            })
        })
        .collect()
}

mod pattern;
mod phrases;
mod records;

pub(crate) use pattern::*;
pub(crate) use phrases::*;
pub(crate) use records::*;

#[cfg(test)]
mod tests;
