//! What the words around a figure say about how to read it: a change rather
//! than a level ("$52 million higher", "an increase of $66m"), an average, or
//! another compiler's figures (the Pakistan Bureau of Statistics' trade data are
//! not SBP's balance of payments and are not judged against them).

use std::sync::LazyLock;

use regex::Regex;

use crate::scan::{head, re, tail};

/// Reading hints from the sentence a figure stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cues {
    /// The figure is written as a difference.
    pub change: bool,
    /// The sentence speaks of an average.
    pub average: bool,
    /// Over how many months ("the 6-month rolling average"); 12 unless said.
    pub average_months: u8,
    /// An average per quarter ("an average of $504 million … each quarter").
    pub per_quarter: bool,
    /// The figure is attributed to another compiler (PBS).
    pub other_compiler: bool,
    /// The story credits the Pakistan Software Export Board, whose "IT &
    /// ITeS" is computer services and call centres only, and not SBP.
    pub pseb: bool,
    /// The figure's sentence defines its "IT & ITeS" as computer services and
    /// call centres ("export remittances comprising computer and call centre
    /// services surged to $379.3 million"), PSEB's narrow measure.
    pub narrow: bool,
    /// The figure is of exports to one country ("IT exports to the UAE … $265
    /// million"; "سعودی عرب کو پاکستان کی آئی ٹی برآمدات 310 ملین ڈالر"):
    /// the store has no breakdown by destination.
    pub destination: bool,
}

impl Default for Cues {
    fn default() -> Self {
        Cues {
            change: false,
            average: false,
            average_months: 12,
            per_quarter: false,
            other_compiler: false,
            pseb: false,
            narrow: false,
            destination: false,
        }
    }
}

/// Words just before a figure that make it a difference.
const CHANGE_BEFORE: &[&str] = &[
    "increase of",
    "increased by",
    "rise of",
    "rose by",
    "up by",
    "jump of",
    "jumped by",
    "growth of",
    "grew by",
    "decline of",
    "declined by",
    "fell by",
    "fall of",
    "down by",
    "drop of",
    "dropped by",
    "addition of",
    "additional",
    "an extra",
];

/// Words that may stand between a change's words and its figure: "increased
/// by only $18 million" (ProPakistani, 2018-11-19).
const HEDGES: &[&str] = &[
    "only",
    "just",
    "merely",
    "a mere",
    "a paltry",
    "nearly",
    "about",
    "around",
    "some",
    "almost",
    "over",
    "more than",
];

/// `before` (lower case, trimmed) without one hedge word at its end.
fn without_hedge(before: &str) -> &str {
    HEDGES
        .iter()
        .find_map(|h| {
            before
                .strip_suffix(h)
                .filter(|rest| rest.is_empty() || rest.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(before)
}

/// A rate given first, "or" the amount: "an increase of 43% or $459 million"
/// (Graana, 2021-04-30). The change's words are before the rate.
static RATE_OR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\s*\d[\d.,]*\s*(?:%|percent|per\s+cent|pc)\s+or$"));

/// A figure given per month: "less than $300 million per month" (ProPakistani,
/// 2021-11-06) is about the average month of a run, not its total.
static PER_MONTH: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:per|a|each|every)\s+month\b"));

/// `before` (lower case, trimmed) without a rate and "or" at its end.
fn without_rate_or(before: &str) -> &str {
    RATE_OR
        .find(before)
        .map_or(before, |m| before[..m.start()].trim_end())
}

/// Words just after a figure that make it a difference.
const CHANGE_AFTER: &[&str] = &[
    "higher",
    "more than",
    "lower",
    "less than",
    "increase",
    "rise",
    "decrease",
    "decline",
    "up from",
    "over the same",
    "over last",
];

const OTHER_COMPILER: &[&str] = &[
    "bureau of statistics",
    "pbs",
    "ادارہ شماریات",
    "ادارۂ شماریات",
    "ادارہ برائے شماریات",
    // "پاکستان بیورو شماریات" (Daily Express, 2013-08-20), "پاکستان بیورو برائے
    // شماریات" (Akks, 2023-10-19): the Bureau by its English word.
    "بیورو شماریات",
    "بیورو برائے شماریات",
    "بیورو آف شماریات",
    "بیورو آف اسٹیٹسٹکس",
    "بیورو آف سٹیٹسٹکس",
    "پی بی ایس",
];

const SBP: &[&str] = &["state bank", "sbp", "اسٹیٹ بینک", "سٹیٹ بینک"];

const PSEB: &[&str] = &[
    "pseb",
    "software export board",
    "سافٹ وئیر ایکسپورٹ بورڈ",
    "سافٹ ویئر ایکسپورٹ بورڈ",
    "سافٹ ویئر ایکسپورٹس بورڈ",
    "پی ایس ای بی",
];

/// The bounds of the sentence around `start..end`: from after the previous
/// full stop (a '.' followed by white space, or '۔') or line break to the next.
pub(crate) fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let bytes = text.as_bytes();
    let is_stop = |i: usize| {
        let b = bytes[i];
        b == b'\n'
            || (b == b'.' && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace))
            || text[i..].starts_with('۔')
    };
    let mut a = start;
    while a > 0 {
        let mut p = a - 1;
        while p > 0 && !text.is_char_boundary(p) {
            p -= 1;
        }
        if is_stop(p) {
            break;
        }
        a = p;
    }
    let mut b = end;
    while b < text.len() && text.is_char_boundary(b) && !is_stop(b) {
        b += text[b..].chars().next().map_or(1, char::len_utf8);
    }
    (a, b.min(text.len()))
}

fn has_any(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| word_at(hay, w).next().is_some())
}

/// Where `word` stands in `hay`, not inside a longer Latin word.
fn word_at<'a>(hay: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(word).filter_map(move |(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        (!before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric()))
        .then_some(i)
    })
}

/// The cues for the figure at `start..end` of `text`.
pub(crate) fn read(
    text: &str,
    start: usize,
    end: usize,
    story: &StoryCues,
    services_total: bool,
) -> Cues {
    let (a, b) = sentence(text, start, end);
    let start = start.clamp(a, b);
    let end = end.clamp(start, b);
    // Wide enough for a rate between a change's words and its amount ("an
    // increase of 43% or $459 million").
    let before = lower_folded(tail(&text[a..start], 48));
    let after = lower_folded(head(&text[end..b], 24));
    let whole = lower_folded(&text[a..b]);
    Cues {
        change: CHANGE_BEFORE
            .iter()
            .any(|w| without_hedge(without_rate_or(before.trim_end())).ends_with(w))
            || CHANGE_AFTER
                .iter()
                .any(|w| after.trim_start().starts_with(w)),
        average: whole.contains("average") || PER_MONTH.is_match(&after),
        average_months: average_months(&whole),
        per_quarter: PER_QUARTER.is_match(&whole),
        other_compiler: story.pbs
            || has_any(&whole, OTHER_COMPILER)
            || (!has_any(&whole, SBP)
                && (story.last_credit_is_pbs(a, services_total) || story.lede_credit_is_pbs(b))),
        pseb: story.pseb,
        narrow: NARROW.is_match(&text[a..b]),
        destination: DESTINATION.is_match(&text[a..start]) || SOURCE_MARKET.is_match(&text[a..b]),
    }
}

/// The narrow "IT & ITeS" a sentence defines: "comprising (of) computer
/// services and call centre services", "consisting of the computer and call
/// centre services".
static NARROW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:compris\w*|consist\w*)\s+(?:of\s+)?(?:the\s+)?computer\s+(?:services\s+)?(?:and|&)\s+call\s+cent(?:er|re)s?\b",
    )
});

/// The markets Pakistan's IT exports go to, as the press names them in English.
const MARKETS: &str = r"US|USA|U\.S\.|United\s+States|America|UK|U\.K\.|United\s+Kingdom|Britain|UAE|United\s+Arab\s+Emirates|Saudi\s+Arabia|KSA|Germany|Canada|Australia|Singapore|Qatar|Ireland|Netherlands|Japan";

/// Receipts from one market, anywhere in the sentence: "nearly half (47 per
/// cent) of the proceeds between FY13 and FY22 coming from the United States"
/// (PhoneWorld, 2024-06-21). Not "demand from the US", which is no figure's,
/// nor a currency ("exports increased by 93.28 percent from US$192.904
/// million", PhoneWorld, 2021-02-25).
static SOURCE_MARKET: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:proceeds|receipts|earnings|revenues?|exports|remittances)\s+(?:\S+\s+){{0,6}}?(?:coming\s+|earned\s+|received\s+)?from\s+(?:the\s+)?(?:{MARKETS})(?:[^\w$]|$)"
    ))
});

/// Exports to one country, named before the figure: English "exports to the
/// UAE" (China and Malaysia too, which "from" would make exporters), Urdu "سعودی
/// عرب کو" (to Saudi Arabia), which the Urdu rewrite leaves as the country
/// before "exports" (its particles dropped); or one market's share: "total IT
/// exports are concentrated in a few markets, with USA's share being more than
/// 55 percent" (Knowledge by Lanes, 2023-05-19).
static DESTINATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\bexports?\s+to\s+(?:the\s+)?(?:{MARKETS}|China|Malaysia)(?:[^\w$]|$)|(?:سعودی\s+عرب|امریکہ|امریکا|متحدہ\s+عرب\s+امارات|برطانیہ|چین|سنگاپور|ملائشیا|کینیڈا|آسٹریلیا)\s*(?:کو|(?:\s+\S+){{0,2}}\s+(?:IT\s+|ICT\s+)?exports\b)|\b(?:{MARKETS})['’]s?\s+share\b|\bshare\s+of\s+(?:the\s+)?(?:{MARKETS})\b"
    ))
});

/// Lower case, with Urdu typed in Arabic letters read as Urdu's ("اسٹيٹ بینک").
fn lower_folded(text: &str) -> String {
    folded(text.to_lowercase())
}

/// `text` with Urdu's letters folded (the same bytes, so the same offsets).
fn folded(text: String) -> String {
    match crate::urdu::fold_letters(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(folded) => folded,
    }
}

/// What the whole story says about whose figures it gives.
#[derive(Debug, Clone, Default)]
pub(crate) struct StoryCues {
    /// It credits the Pakistan Bureau of Statistics and not SBP.
    pub pbs: bool,
    /// It credits the Pakistan Software Export Board and not SBP.
    pub pseb: bool,
    /// Every credit to the Bureau or the State Bank, in order, where the
    /// claims are read; found once per text, not around every claim.
    credits: Vec<Credit>,
}

/// One credit to the Bureau or the State Bank.
#[derive(Debug, Clone, Copy)]
struct Credit {
    start: usize,
    end: usize,
    /// The Bureau's (else the State Bank's).
    pbs: bool,
    /// Its sentence names one line of services (ICT, computer, telecom …).
    one_line: bool,
}

impl StoryCues {
    /// Each compiler counts when the story (`text`) credits it and not the
    /// State Bank; the credits are placed in `read`, where claims are read
    /// (the English-form rewrite, for Urdu copy).
    pub(crate) fn of(text: &str, read: &str) -> StoryCues {
        let lower = lower_folded(text);
        let only = |compiler: &[&str]| has_any(&lower, compiler) && !has_any(&lower, SBP);
        StoryCues {
            pbs: only(OTHER_COMPILER),
            pseb: only(PSEB),
            credits: credits_in(read),
        }
    }

    /// True when the last compiler credited before `at` is the Pakistan Bureau
    /// of Statistics: "According to data compiled by the Pakistan Bureau of
    /// Statistics, … In January, services exports reached $885.09 million"
    /// (Dawn, 2026-03-05) is PBS's figure until the story credits the State
    /// Bank.
    ///
    /// For a services total, a State Bank credit in a sentence about one line
    /// does not end the Bureau's: "According to the data compiled by the State
    /// Bank of Pakistan, the exports of telecommunications, computer, and
    /// information services reached $2.825bn …" and then "In FY24, the services
    /// exports posted a paltry growth of 2.77pc to $7.8bn" (Dawn's monthly PBS
    /// story, here as World Economist ran it, 2025-04-18) is still PBS's.
    fn last_credit_is_pbs(&self, at: usize, services_total: bool) -> bool {
        self.credits
            .iter()
            .take_while(|c| c.start < at)
            .filter(|c| c.end <= at && (c.pbs || !(services_total && c.one_line)))
            .last()
            .is_some_and(|c| c.pbs)
    }

    /// True when the sentence ending at `b` comes before any credit and the
    /// first credit after it, within a paragraph or two, is the Bureau's:
    /// "Export of services grew 6.16 per cent to $4.748 billion in the first
    /// seven months …" and then "… according to statistics issued by the
    /// Pakistan Bureau of Statistics on Tuesday" (Dawn, 2025-03-05).
    fn lede_credit_is_pbs(&self, b: usize) -> bool {
        self.credits
            .first()
            .is_some_and(|c| c.pbs && c.start >= b && c.start < b + LEDE_CREDIT_WITHIN)
    }
}

/// A line of services named in a (lower-case) sentence.
static ONE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:telecom\w*|computer|information\s+technology|ict|it|software|call\s+cent(?:er|re)s?|freelanc\w*)\b",
    )
});

/// How far after a lede its credit may come: the press credits its opening
/// paragraph in the next one.
const LEDE_CREDIT_WITHIN: usize = 600;

/// Every credit to the Bureau or the State Bank in `text`, in order.
fn credits_in(text: &str) -> Vec<Credit> {
    // ASCII lower case and Urdu's letters folded keep every byte offset.
    let lower = folded(text.to_ascii_lowercase());
    let found = |words: &'static [&'static str], pbs: bool| {
        let lower = &lower;
        words
            .iter()
            .flat_map(move |w| word_at(lower, w).map(move |start| (start, start + w.len(), pbs)))
    };
    let mut out: Vec<Credit> = found(OTHER_COMPILER, true)
        .chain(found(SBP, false))
        .map(|(start, end, pbs)| Credit {
            start,
            end,
            pbs,
            one_line: !pbs && {
                let (a, b) = sentence(&lower, start, start);
                ONE_LINE.is_match(&lower[a..b])
            },
        })
        .collect();
    out.sort_by_key(|c| c.start);
    out
}

static AVERAGE_OVER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(\d{1,2}|three|six|nine|twelve)[- ]months?(?:\s+(?:rolling|moving|trailing))?\s+average")
});

/// The months an average runs over, as the (lower-case) sentence says: "the
/// 6-month rolling average" is six; otherwise twelve, the press's usual.
/// "each quarter", "per quarter", "a quarterly average".
static PER_QUARTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:each|per|a|every)\s+quarter\b|\bquarterly\s+average\b"));

fn average_months(lower: &str) -> u8 {
    let n = AVERAGE_OVER.captures(lower).and_then(|c| {
        Some(match c.get(1)?.as_str() {
            "three" => 3,
            "six" => 6,
            "nine" => 9,
            "twelve" => 12,
            d => d.parse().ok()?,
        })
    });
    n.filter(|n| (2..=12).contains(n)).unwrap_or(12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_an_average_runs_over() {
        assert_eq!(
            super::average_months("below the 6-month rolling average of"),
            6
        );
        assert_eq!(super::average_months("the three-month moving average"), 3);
        assert_eq!(super::average_months("the last 12-month average of"), 12);
        assert_eq!(super::average_months("the monthly average"), 12);
    }

    fn at(text: &str, figure: &str) -> Cues {
        let i = text.find(figure).unwrap();
        read(text, i, i + figure.len(), &StoryCues::of(text, text), false)
    }

    #[test]
    fn differences_and_levels() {
        let t = "IT exports were $354 million in July. That is $68 million higher than a year ago.";
        assert!(!at(t, "$354 million").change);
        assert!(at(t, "$68 million").change);
        let t = "January saw an increase of $66m over December.";
        assert!(at(t, "$66m").change);
    }

    #[test]
    fn sentences_end_at_stops_not_decimals() {
        let t = "Exports were $3.8 billion. Imports rose.";
        let i = t.find("$3.8").unwrap();
        assert_eq!(sentence(t, i, i + 12), (0, 25));
        let u = "آئی ٹی برآمدات ۔ 286 ملین ڈالر رہیں";
        let i = u.find("286").unwrap();
        let (a, _) = sentence(u, i, i + 3);
        assert!(a > 0 && u[a..].starts_with(' '));
    }

    #[test]
    fn another_compiler() {
        let t = "According to the Pakistan Bureau of Statistics, IT exports were $449 million.";
        assert!(at(t, "$449 million").other_compiler);
        let t = "According to data compiled by the Pakistan Bureau of Statistics, services \
                 exports rose.\n\nIn January, services exports reached $885.09 million.";
        assert!(at(t, "$885.09 million").other_compiler);
        let t = "PBS data show exports. The State Bank said IT exports were $449 million.";
        assert!(!StoryCues::of(t, t).pbs);
        assert!(!at(t, "$449 million").other_compiler);
    }
}
