//! Words that refer back or point at a subject without naming a line: "the
//! segment", "these services", "the exports", "the imports", "the sector", and
//! IT and exports named apart. The sentence reader turns each into the line it
//! stands for.

use std::sync::LazyLock;

use itx_types::SeriesKey;
use regex::Regex;

use super::HEADLINE;

/// "IT" and "exports" apart ("the IT sector's exports", Urdu's "آئی ٹی سیکٹر میں
/// … برآمدات" read as "IT سیکٹر … exports"): a story that names no tracked
/// series by its phrase but speaks of IT (or ICT) and of exports is about ICT
/// exports.
static LOOSE_IT: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"\b(?:IT|ICT|I\.T\.)(?:\W|$)").expect("valid"));
static LOOSE_EXPORTS: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)\bexports?\b").expect("valid"));

static SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\b(?:the|this|that)\s+(?:segment|sub-?sector)\b").expect("valid")
});

/// True when the text refers back to a line named before ("The segment
/// witnessed a growth of 39 percent", "The subsector exports posted a rise").
pub(crate) fn says_segment(text: &str) -> bool {
    SEGMENT.is_match(text)
}

static THESE_SERVICES: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)\b(?:these|those)\s+services\b").expect("valid"));

/// The text refers back to the services the sentence before named
/// ("In September, these services witnessed a 0.48 per cent year-on-year
/// decrease", HUM English, 2023-10-20, after a sentence on "the
/// telecommunications, computers, and information services sector").
/// Where the words are, if the text has them.
pub(crate) fn says_these_services(text: &str) -> Option<std::ops::Range<usize>> {
    THESE_SERVICES.find(text).map(|m| m.range())
}

/// True when the text says "IT" or "ICT" as a word.
pub(crate) fn says_it(text: &str) -> bool {
    LOOSE_IT.is_match(text)
}

static THE_EXPORTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(
        r"(?i)\bthe\s+(?:exports|amount)\b|^\W*(?:exports|amount)\s+(?:for|in|during|is|are|was|were|stood|remained|rose|fell|increased|decreased|declined|grew)\b",
    )
    .expect("valid")
});

/// True when the text says "the exports" or "the amount" with no line named:
/// the story's own ("The exports for Jan-23 are lowest since May 2022"), not
/// the sub-line the sentence before ended on. A broker's note drops the
/// article: "Exports for Jan-23 are lowest since May 2022 … Amount is below the
/// 6-month rolling average of US$221mn" (Topline via Trade Chronicle,
/// 2023-02-20).
pub(crate) fn says_the_exports(text: &str) -> bool {
    THE_EXPORTS.is_match(text)
}

static THE_IMPORTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)^\W*(?:however,?\s+)?(?:the\s+)?(?:monthly\s+)?imports\b")
        .expect("valid")
});

/// True when the sentence opens on "the imports" with no line named: the
/// imports of the line the sentence before was about ("The exports of services
/// during July-June (2021-22) were recorded at $6968.16 million … The imports
/// also rose by 43.52 percent", Daily Times, 2022-09-01).
pub(crate) fn opens_on_imports(text: &str) -> bool {
    THE_IMPORTS.is_match(text)
}

static THESE_EXPORTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\b(?:these|those|such|its|their)\s+exports\b").expect("valid")
});

/// True when the text points back at the exports the story is about ("These
/// exports now constitute a third of total exports of services").
pub(crate) fn says_these_exports(text: &str) -> bool {
    THESE_EXPORTS.is_match(text)
}

static THE_SECTOR: LazyLock<Regex> = LazyLock::new(|| {
    // Urdu "شعبہ کی برآمدات" (the sector's exports) is rewritten "sector exports".
    crate::scan::regex(r"(?i)\bthe\s+(?:sector|industry)\b|\bsector['’]?s?\s+exports\b")
        .expect("valid")
});

/// True when the text says "the sector" or "the industry": in a story about a
/// series, the story's ("the sector recorded a 19.3% annual increase in
/// exports").
pub(crate) fn says_the_sector(text: &str) -> bool {
    THE_SECTOR.is_match(text)
}

/// ICT exports, when the text says IT (or ICT) and exports apart.
pub(crate) fn loose_subject(text: &str) -> Option<SeriesKey> {
    (LOOSE_IT.is_match(text) && LOOSE_EXPORTS.is_match(text)).then(|| SeriesKey::new(HEADLINE))
}

static THE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\b(?:during|in|for)\s+the\s+month\b").expect("valid")
});

/// True when the text names "the month" with no month after it: the month the
/// story last named ("the exports of services during the month amounted to
/// $583mn").
pub(crate) fn says_the_month(text: &str) -> bool {
    THE_MONTH.find_iter(text).any(|m| {
        let rest = &text[m.end()..];
        let of = rest
            .trim_start()
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("of "));
        !of && !rest.starts_with(['-', '–'])
    })
}

static UNDER_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(
        r"(?i)\b(?:during|in|for|over)\s+the\s+(?:period\s+under\s+(?:review|consideration)|review\s+period|period\s+in\s+review)\b",
    )
    .expect("valid")
});

/// True when the text refers to "the period under review": the period the
/// story is about, written by reference ("The services' imports into the
/// country during the period under review decreased by 14.45 per cent").
pub(crate) fn says_period_under_review(text: &str) -> bool {
    UNDER_REVIEW.is_match(text)
}

static A_YEAR_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(
        r"(?i)\b(?:in|during|for)\s+the\s+(?:same|corresponding)\s+(?:period|months)\s+(?:of|in)\s+(?:the\s+)?(?:last|previous|preceding)\s+(?:fiscal|financial)\s+year\b",
    )
    .expect("valid")
});

/// Words that compare: with them, or a word of a change ([`scan::tells_change`]),
/// "the same period of last fiscal year" is a comparison's base, not the
/// sentence's own period.
static COMPARING: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\b(?:compar\w*|against|than|versus|vs|from|to)\b").expect("valid")
});

/// True when the text is all about "the same period of last fiscal year",
/// with no comparison or change in it: its figures are that period's ("The
/// net exports were $423 million or 70.97% of $596 million in exports in the
/// same period of last fiscal year", APP via Augaf, 2021-12-16).
pub(crate) fn says_only_a_year_back(text: &str) -> bool {
    A_YEAR_BACK.is_match(text) && !COMPARING.is_match(text) && !crate::scan::tells_change(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_month_is_named_by_reference_only() {
        assert!(says_the_month(
            "the exports of services during the month amounted to $583mn"
        ));
        assert!(!says_the_month("during the month of November 2021"));
        assert!(!says_the_month("in the month-on-month comparison"));
        assert!(says_period_under_review(
            "imports during the period under review decreased"
        ));
        assert!(opens_on_imports("However, monthly imports saw a decrease"));
        assert!(!opens_on_imports("Exports and imports rose"));
    }
}
