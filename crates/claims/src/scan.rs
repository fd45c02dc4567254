//! The surface of a story: sentences, money amounts, percentages, record words
//! and the small words around them ("compared to", "year-on-year", "on track
//! to") that say what a number is.
//!
//! Everything here is lexical; deciding what a number refers to happens in
//! `lib.rs`, with these pieces.

use std::sync::LazyLock;

use regex::Regex;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("scanner regex")
}

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
            }
        }
        k += 1;
    }
    push(text, a + start, b, para, out);
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
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?P<cur>\bUS\s?\$|\bUSD\s?|\$|\bRs\.?\s?|\bPKR\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*-?\s*(?P<unit>trillion|billion|million|thousand|crore|lakh|bn|mln|mn|tr|b|m|k)\b)?|\b(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit2>trillion|billion|million|crore|lakh|bn|mln|mn)\s+(?:(?:US|U\.S\.|American)\s*)?(?P<cur2>dollars?|USD)\b",
    )
});

static PER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s*(?:per|a|an|each|every|/|for\s+each|apiece|monthly|an?\s+hour|salary|wage)\b")
});

/// Every money amount in `text` (offsets `base` + position). Dollar figures
/// without a unit ("$894") are read as millions, marked as such.
pub(crate) fn amounts(text: &str, base: usize) -> Vec<Amount> {
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
            let decimals = num.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
            let unit = c.name("unit").or_else(|| c.name("unit2"));
            let mult = match unit.map(|u| u.as_str().to_ascii_lowercase()) {
                Some(u) => match u.as_str() {
                    "trillion" | "tr" => 1e6,
                    "billion" | "bn" | "b" => 1e3,
                    "million" | "mn" | "mln" | "m" => 1.0,
                    "crore" => 10.0,
                    "lakh" => 0.1,
                    "thousand" | "k" => 1e-3,
                    _ => return None,
                },
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
            Some(Amount {
                start: base + whole.start(),
                end: base + whole.end(),
                currency,
                value: n * mult,
                half: 0.5 * 10f64.powi(-decimals) * mult,
                unit_assumed: unit.is_none() && currency == Currency::Usd,
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
}

static PCT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|(?i:per\s?cent|percent|pc)\b)"));

static WORD_PCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?|(?P<small>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\s+(?:per\s?cent|percent)\b",
    )
});

/// The value of an English number word from one to ninety-nine.
fn number_word(w: &str) -> Option<f64> {
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
            })
        })
        .collect()
}

/// Every percentage in `text`, with a sign when one is printed; in figures or
/// in words.
pub(crate) fn percents(text: &str, base: usize) -> Vec<Pct> {
    let mut out = digit_percents(text, base);
    out.extend(word_percents(text, base));
    out.sort_by_key(|p| p.start);
    out
}

fn digit_percents(text: &str, base: usize) -> Vec<Pct> {
    PCT.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let num = c.name("num")?.as_str();
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
            })
        })
        .collect()
}

/// What a record phrase says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordForm {
    /// "all-time high", "highest ever", "record".
    AllTimeHigh,
    /// "best July on record".
    SameMonth(u8),
    /// "second-highest".
    Rank(usize),
    /// "the previous record (of $348 million in December 2024)".
    PreviousRecord,
    /// "the highest since April 2026".
    HighestSince,
    /// "the lowest since May 2022".
    LowestSince,
    /// "surpassing several previous records set earlier in 2025".
    EarlierRecords { year: i32, several: bool },
}

/// A record or rank phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RecordPhrase {
    pub start: usize,
    pub end: usize,
    pub form: RecordForm,
}

const MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";

static EARLIER_RECORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:surpass|break|beat|eclips|exceed|top|outdo|better)\w*\s+(?:(?:several|multiple|many|numerous|a\s+number\s+of|a\s+string\s+of|two|three|all|the|its)\s+)?(?:(?:previous|earlier|past|prior)\s+)?(?:monthly\s+)?(?P<rec>records?)\s+(?:(?:set|achieved|posted|made|registered)\s+)?(?:earlier\s+)?(?:in|during)\s+(?P<y>(?:19|20)\d{2})\b",
    )
});
static PREVIOUS_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:previous|earlier|prior|last|old)\s+(?:all[- ]time\s+)?(?:monthly\s+)?(?:record|high|peak|best)\b",
    )
});
static RANK: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?P<r>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ]highest\b"));
static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bhighest\s+(?:level\s+|monthly\s+(?:level\s+|figure\s+)?|figure\s+)?since\b")
});
static LOWEST_SINCE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\blowest\s+(?:(?:level|monthly|figure)\s+){0,2}since\b"));
static SAME_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:best|highest|strongest)(?:[- ]ever)?\s+(?P<m>{MONTHS})\s+(?:on\s+record|ever)\b|\brecord\s+(?P<m2>{MONTHS})\b"
    ))
});
static ALL_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:all[- ]time\s+(?:monthly\s+)?(?:high|record|peak|best)|highest[- ]ever|(?:ever|all[- ]time)[- ]highest|record[- ](?:high|breaking|level|setting)|historic\s+(?:high|peak)|(?:new|fresh|another)\s+(?:monthly\s+)?(?:record|high|peak)|highest\s+(?:monthly\s+|\w+[- ]month\s+)?(?:level\s+|figure\s+)?(?:on\s+record|in\s+(?:the\s+)?(?:country['’]s\s+)?history|ever(?:\s+recorded)?)|(?:for\s+the\s+)?first\s+time\s+in\s+(?:the\s+)?(?:country['’]s\s+)?history|record)\b",
    )
});
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:not|no|short\s+of|below|shy\s+of|under|beneath|than|equall?ed|matched|near|close\s+to)\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?$",
    )
});

/// Every record or rank phrase in `text` (negated ones, "short of the record",
/// are left out).
pub(crate) fn records(text: &str, base: usize) -> Vec<RecordPhrase> {
    let mut out: Vec<RecordPhrase> = Vec::new();
    let add = |start: usize, end: usize, form: RecordForm, out: &mut Vec<RecordPhrase>| {
        let before = &text[floor_boundary(text, start.saturating_sub(30))..start];
        if NEGATED.is_match(before) {
            return;
        }
        if out.iter().all(|r| end <= r.start || start >= r.end) {
            out.push(RecordPhrase { start, end, form });
        }
    };
    for c in EARLIER_RECORDS.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let Some(year) = c.name("y").and_then(|y| y.as_str().parse().ok()) else {
            continue;
        };
        let several = c
            .name("rec")
            .is_some_and(|r| r.as_str().ends_with(['s', 'S']));
        add(
            whole.start(),
            whole.end(),
            RecordForm::EarlierRecords { year, several },
            &mut out,
        );
    }
    for m in PREVIOUS_RECORD.find_iter(text) {
        add(m.start(), m.end(), RecordForm::PreviousRecord, &mut out);
    }
    for c in RANK.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let r = match c
            .name("r")
            .map(|r| r.as_str().to_ascii_lowercase())
            .as_deref()
        {
            Some("second" | "2nd") => 2,
            Some("third" | "3rd") => 3,
            Some("fourth" | "4th") => 4,
            _ => 5,
        };
        add(whole.start(), whole.end(), RecordForm::Rank(r), &mut out);
    }
    for m in SINCE.find_iter(text) {
        add(m.start(), m.end(), RecordForm::HighestSince, &mut out);
    }
    for m in LOWEST_SINCE.find_iter(text) {
        add(m.start(), m.end(), RecordForm::LowestSince, &mut out);
    }
    for c in SAME_MONTH.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let Some(month) = c
            .name("m")
            .or_else(|| c.name("m2"))
            .and_then(|m| itx_types::month_from_name(m.as_str()))
        else {
            continue;
        };
        add(
            whole.start(),
            whole.end(),
            RecordForm::SameMonth(month),
            &mut out,
        );
    }
    for m in ALL_TIME.find_iter(text) {
        add(m.start(), m.end(), RecordForm::AllTimeHigh, &mut out);
    }
    out.sort_by_key(|r| r.start);
    for r in &mut out {
        r.start += base;
        r.end += base;
    }
    out
}

/// Direction words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Up,
    Down,
}

static UP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:up|rose|rise|rising|risen|increase[ds]?|increasing|grow|grew|grown|growth|growing|jump(?:ed|s)?|surge[ds]?|surging|higher|climb(?:ed|s)?|expand(?:ed|s)?|expansion|soar(?:ed|s)?|gain(?:ed|s)?|advance[ds]?|boost(?:ed)?|improve[ds]?|improvement|uptick|spike[ds]?|above|more)\b",
    )
});
static DOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // "a negative growth rate of": the down word is the whole phrase, so
        // that it ends after the "growth" it qualifies.
        r"(?i)\b(?:down|fell|fall(?:en|s)?|falling|decline[ds]?|declining|decrease[ds]?|decreasing|drop(?:ped|s)?|lower|contract(?:ed|ion|s)?|shr[ai]nk|shrunk|dip(?:ped|s)?|plunge[ds]?|slump(?:ed|s)?|slid|slide|below|reduc\w*|negative(?:\s+growth(?:\s+rate)?(?:\s+of)?)?|less)\b",
    )
});

static QUALIFIER_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:more\s+than|less\s+than|over|nearly|almost|about|around|some|up\s+to|at\s+least)\s*$",
    )
});

/// The direction word nearest the end of `before` or the start of `after`. A
/// qualifier right before the number ("more than 60%") is not a direction.
pub(crate) fn direction(before: &str, after: &str) -> Option<Dir> {
    let before = match QUALIFIER_TAIL.find(before) {
        Some(m) => &before[..m.start()],
        None => before,
    };
    let last = |r: &Regex, s: &str| r.find_iter(s).last().map(|m| s.len() - m.end());
    let first = |r: &Regex, s: &str| r.find(s).map(|m| m.start());
    let b = match (last(&UP, before), last(&DOWN, before)) {
        (Some(u), Some(d)) => Some(if u <= d { Dir::Up } else { Dir::Down }),
        (Some(_), None) => Some(Dir::Up),
        (None, Some(_)) => Some(Dir::Down),
        (None, None) => None,
    };
    let a = match (first(&UP, after), first(&DOWN, after)) {
        (Some(u), Some(d)) => Some(if u <= d { Dir::Up } else { Dir::Down }),
        (Some(_), None) => Some(Dir::Up),
        (None, Some(_)) => Some(Dir::Down),
        (None, None) => None,
    };
    // "a 23.8% increase" puts the word after; "rose 23.8%" before. Prefer the
    // closer one.
    match (b, a) {
        (Some(x), None) | (None, Some(x)) => Some(x),
        (Some(x), Some(y)) => {
            let db = last(&UP, before)
                .into_iter()
                .chain(last(&DOWN, before))
                .min()
                .unwrap_or(usize::MAX);
            let da = first(&UP, after)
                .into_iter()
                .chain(first(&DOWN, after))
                .min()
                .unwrap_or(usize::MAX);
            Some(if db <= da { x } else { y })
        }
        (None, None) => None,
    }
}

/// A basis cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Yoy,
    Mom,
}

static YOY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y|y-o-y|annual(?:ly)?|on\s+an\s+annual\s+basis|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:same|corresponding)\s+(?:month|period|quarter|months)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:fiscal\s+)?year|(?:same|corresponding)\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|last\s+year|previous\s+year|preceding\s+year|prior\s+year)\b",
    )
});
static MOM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:month[- ]on[- ]month|month[- ]over[- ]month|mom|m/m|m-o-m|sequential(?:ly)?|(?:previous|preceding|prior|last)\s+month|(?:a|one)\s+month\s+(?:earlier|ago|before))\b",
    )
});

/// The basis word in `seg` nearest its start (`from_start`) or its end.
pub(crate) fn basis_cue(seg: &str, from_start: bool) -> Option<Cue> {
    let pick = |r: &Regex| {
        if from_start {
            r.find(seg).map(|m| m.start())
        } else {
            r.find_iter(seg).last().map(|m| seg.len() - m.end())
        }
    };
    match (pick(&YOY), pick(&MOM)) {
        (Some(y), Some(m)) => Some(if y <= m { Cue::Yoy } else { Cue::Mom }),
        (Some(_), None) => Some(Cue::Yoy),
        (None, Some(_)) => Some(Cue::Mom),
        (None, None) => None,
    }
}

static COMPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\bfrom|(?:%|\bper\s?cent|\bpercent)\s+(?:above|below|over|up\s+on|down\s+on)|\b(?:higher|lower|greater|bigger|smaller|more|less)\s+than\s+(?:the|a|an|its|[A-Z][a-z]+(?:\s+\d{4})?['’]s)|\bcompared\s+(?:to|with)|\bagainst|\bversus|\bvs\.?|\bas\s+against|\brelative\s+to)\s+(?:(?:the|a|an|its|just|only|revised|reported|provisional|last|year['’]s|month['’]s)\s+)*(?:[A-Z][a-z]+(?:\s+\d{4})?['’]s\s+(?:(?:revised|reported|provisional)\s+)?)?$",
    )
});

/// True when `before` ends with a comparison word ("compared to", "from",
/// "higher than November's").
pub(crate) fn comparator_before(before: &str) -> bool {
    COMPARATOR.is_match(before)
}

/// How an amount is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qual {
    Exact,
    /// "over", "more than", "surpassing", "crossed": a lower bound.
    AtLeast,
    /// "under", "below", "less than": an upper bound.
    AtMost,
    /// "nearly", "almost", "close to": just under, within 10%.
    Nearly,
    /// "about", "around", "approximately": either side, within 3%.
    About,
}

static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?P<ge>over|more\s+than|above|in\s+excess\s+of|exceeding|exceeded|at\s+least|upwards\s+of|beyond|surpass(?:ed|ing)?|cross(?:ed|ing)?)(?:\s+(?:the|a))?|\b(?P<le>under|less\s+than|below|short\s+of)|\b(?P<near>nearly|almost|close\s+to|just\s+shy\s+of|just\s+under|just\s+below)|(?:\b(?P<ap>about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated)|(?P<tilde>~)))\s*$",
    )
});

pub(crate) fn qualifier_before(before: &str) -> Qual {
    match QUALIFIER.captures(before) {
        Some(c) if c.name("ge").is_some() => Qual::AtLeast,
        Some(c) if c.name("le").is_some() => Qual::AtMost,
        Some(c) if c.name("near").is_some() => Qual::Nearly,
        Some(_) => Qual::About,
        None => Qual::Exact,
    }
}

static PROJECTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:on\s+track|on\s+course|expect(?:s|ed|ing)?|projected|projects?|projection|forecasts?|forecasted|set\s+to|poised|likely|could|would|will|may|might|aims?|aiming|hopes?|envisag\w*|anticipat\w*|estimated\s+to|potential(?:ly)?|eyeing|eyes|can|hopefully|hoping|able\s+to)\b|\w['’]ll\b",
    )
});
static TARGET: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:target(?:s|ed)?|goal|ambition)\b"));
static AT_MOST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:below|under|less\s+than|short\s+of|fall\s+short|stay\s+under)\b")
});

static RANGE_JOIN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:and|to|or|-|–|—)\s*$"));

/// True when the words between two amounts make them the ends of one range.
pub(crate) fn range_join(gap: &str) -> bool {
    RANGE_JOIN.is_match(gap)
}

/// True when `before` (the clause before an amount) is about the future.
pub(crate) fn projection_cue(before: &str) -> bool {
    PROJECTION.is_match(before)
}

/// True when the amount is a target ("a $5 billion target", "target of $5bn").
pub(crate) fn target_cue(before: &str, after: &str) -> bool {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(40))..];
    let head = &after[..ceil_boundary(after, 20.min(after.len()))];
    TARGET.is_match(tail) || TARGET.is_match(head)
}

/// The direction a projection states: at least the amount (default) or at most.
pub(crate) fn projection_at_most(before: &str) -> bool {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(30))..];
    AT_MOST.is_match(tail)
}

static BINDING_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,()-]*(?:(?:in|during|for|of|by|the|a|an|end|at|month|months|year|fiscal|till|until|through|as|on|over|basis|mom|yoy|its|it|ict|exports?|remittances|revenues?|earnings|mark|level|threshold|milestone|worth|alone|respectively|recorded|registered|reported|posted|set|achieved|seen|witnessed|increase|rise|growth|jump|surge|decline|decrease|fall|drop)\b[\s,()-]*){0,8}$",
    )
});
static POSSESSIVE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^['’]s\s+(?:(?:revised|reported|provisional|record|figure\s+of|tally\s+of|total\s+of|exports\s+of)\s+)?$",
    )
});
static REL_OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,]*(?:(?:in|during)\s+)?(?:the\s+)?(?P<what>(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:same|corresponding)\s+(?:month|period|quarter|months)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:fiscal\s+)?year|(?:same|corresponding)\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|(?:last|previous|preceding|prior)\s+(?:fiscal\s+)?year|(?:a|one)\s+month\s+(?:earlier|ago|before)|(?:previous|preceding|prior|last)\s+month)\b",
    )
});

/// True when only connecting words stand between a number and a period after it
/// ("$286 million in July 2024", "$4 billion in IT export by the end of FY26").
pub(crate) fn binding_gap(gap: &str) -> bool {
    gap.len() <= 80 && BINDING_GAP.is_match(gap)
}

static LEAD_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,]*(?:(?:to|at|of|stood|stand|stands|standing|was|were|is|are|reached|reaching|clocked|in|totalled|totaled|totalling|amounted|came|it|ict|exports?|remittances|rose|grew|increased|fell|declined|dropped|surged|jumped|climbed|the|total|tally|figure|reaching|a|an|some)\b[\s,]*){1,6}$",
    )
});

/// True when a period before a number owns it through a verb ("in the first
/// five months of FY26 to $1.799 billion", "1QFY26 exports stood at $1.057bn").
pub(crate) fn lead_gap(gap: &str) -> bool {
    gap.len() <= 60 && LEAD_GAP.is_match(gap)
}

/// True when a period before a number owns it ("November's $356 million").
pub(crate) fn possessive_gap(gap: &str) -> bool {
    POSSESSIVE_GAP.is_match(gap)
}

/// A relative period right after a number ("$286 million a year earlier"): the
/// offset in months and where the phrase ends.
pub(crate) fn rel_offset_after(after: &str) -> Option<(i32, usize)> {
    let c = REL_OFFSET.captures(after)?;
    let what = c.name("what")?.as_str().to_ascii_lowercase();
    let months =
        if what.contains("month") && !what.contains("same") && !what.contains("corresponding") {
            -1
        } else {
            -12
        };
    Some((months, c.get(0)?.end()))
}

static REL_LEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:in|during|for)\s+)?(?:the\s+)?(?P<what>(?:same|corresponding)\s+(?:month|period|quarter|months)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:fiscal\s+)?year|(?:same|corresponding)\s+period\s+(?:a\s+year\s+)?(?:earlier|ago))\s*,?\s+(?:[a-z]+\s+){0,4}$",
    )
});

/// A relative period that opens the clause before a number ("During the same
/// period last year, exports stood at $2.18 billion"): the offset in months.
pub(crate) fn rel_offset_leading(before: &str) -> Option<i32> {
    REL_LEADING.is_match(before).then_some(-12)
}

static SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:share\s+)?of\s+(?:(?:the|total|all|overall|its|our|country['’]s|pakistan['’]s|national|entire)\s+)*",
    )
});

/// For "45% of total services exports": where the series after "of" starts.
pub(crate) fn share_of(after: &str) -> Option<usize> {
    SHARE_OF.find(after).map(|m| m.end())
}

static OF_AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*of\s+(?:the\s+)?(?:total\s+|overall\s+)?$"));
static EXPORTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:in|of|received\s+in)\s+)?(?:the\s+)?(?:total\s+|overall\s+|gross\s+)?(?:exports?|export\s+(?:remittances|proceeds)|exports?\s+proceeds)\b",
    )
});
static SHARE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:share|shares|mix|contribution|contributes|contributed|accounts?\s+for|accounted\s+for|constitut(?:e|es|ed|ing)|makes?\s+up|made\s+up)\b",
    )
});

/// For "which is 74.65 percent of US$ 1.302 billion": true when the words
/// between a percentage and an amount make the amount the share's total.
pub(crate) fn of_amount(gap: &str) -> bool {
    OF_AMOUNT.is_match(gap)
}

/// True when the words right after a total amount say it is an amount of
/// exports ("of US$ 1.302 billion in exports").
pub(crate) fn exports_after(after: &str) -> bool {
    EXPORTS_AFTER.is_match(after)
}

/// True when `text` speaks of a share ("the share of telecom and computer
/// services stood at 19 percent", "IT exports accounted for 10 percent").
pub(crate) fn share_words(text: &str) -> bool {
    SHARE_WORDS.is_match(text)
}

static BASE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\bcompared\s+(?:to|with)|\bfrom|\bover|\bagainst|\bthan|\bversus|\bvs\.?|\bsince)\s+(?:(?:the|a|an|its|level\s+of|figure\s+(?:of|for)|exports\s+(?:of|in))\s+)*$",
    )
});

/// True when `before` ends with a word that makes the period after it the base
/// of a comparison ("compared to June", "over the same period of FY25").
pub(crate) fn base_phrase_before(before: &str) -> bool {
    BASE_PHRASE.is_match(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the claims_text fuzz target: a word before a full stop that
    /// follows an em space (U+2003, three bytes) sliced inside the space.
    #[test]
    fn a_multibyte_space_before_an_abbreviation() {
        let t = "Exports rose\u{2003}Rs. 5 billion. Pakistan\u{2003}x. Then more.";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            [
                "Exports rose\u{2003}Rs. 5 billion.",
                "Pakistan\u{2003}x.",
                "Then more."
            ]
        );
    }

    #[test]
    fn percentages_in_words() {
        let v = |t: &str| percents(t, 0).iter().map(|p| p.value).collect::<Vec<_>>();
        assert_eq!(
            v("increased by around four percent on a month-on-month"),
            [4.0]
        );
        assert_eq!(
            v("a negative growth rate of around one percent in FY23"),
            [1.0]
        );
        assert_eq!(v("up twenty-five per cent and 3.5% more"), [25.0, 3.5]);
        assert_eq!(v("ninety nine percent"), [99.0]);
        assert!(v("someone percent").is_empty());
    }

    #[test]
    fn sentences_split_on_stops_not_decimals_or_abbreviations() {
        let t = "Exports were $1.057 billion. Rs. 100 billion was earned. In July 2025, it rose.\nNext line";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            [
                "Exports were $1.057 billion.",
                "Rs. 100 billion was earned.",
                "In July 2025, it rose.",
                "Next line"
            ]
        );
        assert_eq!(sentences(t)[3].para, 1);
        // With blank lines between paragraphs, lines wrap within a paragraph but a
        // heading line stands alone.
        let t =
            "Record Month in July 2025\nIT exports were\n$354 million in July.\n\nNext paragraph.";
        let s: Vec<(&str, usize)> = sentences(t)
            .iter()
            .map(|s| (&t[s.start..s.end], s.para))
            .collect();
        assert_eq!(
            s,
            [
                ("Record Month in July 2025", 0),
                ("IT exports were\n$354 million in July.", 1),
                ("Next paragraph.", 2)
            ]
        );
    }

    #[test]
    fn amounts_in_the_forms_the_press_prints() {
        let t = "$354 million, US$1.057bn, $4bn, $3,223 million, Rs 100 billion and $ 286m";
        let a = amounts(t, 0);
        let v: Vec<f64> = a.iter().map(|a| a.value).collect();
        assert_eq!(v[..4], [354.0, 1057.0, 4000.0, 3223.0]);
        assert_eq!(a[4].currency, Currency::Rupee);
        assert_eq!(a[5].value, 286.0);
        assert_eq!(a[1].half, 0.5);
        assert_eq!(a[2].half, 500.0);
    }

    #[test]
    fn percentages_with_signs() {
        let p = percents("up 23.8% and -10.2 per cent, Jul-Sep 12%", 0);
        let v: Vec<f64> = p.iter().map(|p| p.value).collect();
        assert_eq!(v, [23.8, -10.2, 12.0]);
        assert!(p[1].signed && !p[2].signed);
    }

    #[test]
    fn record_phrases() {
        let t = "hit an all-time monthly high, surpassing several previous records set earlier in 2025; not a record";
        let r = records(t, 0);
        assert_eq!(r[0].form, RecordForm::AllTimeHigh);
        assert_eq!(
            r[1].form,
            RecordForm::EarlierRecords {
                year: 2025,
                several: true
            }
        );
        assert_eq!(r.len(), 2);
    }
}
