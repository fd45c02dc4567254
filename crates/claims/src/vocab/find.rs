//! Finding the vocabulary's phrases in a text: each phrase once, as imports
//! where the words around it say so, without the sub-lines that only describe
//! a series named before them, and with bare "imports" or "exports" read as the
//! other flow of the line before them.

use std::sync::LazyLock;

use itx_types::Flow;
use regex::Regex;

use super::{COMPILED, FREELANCE, SeriesMention};

static IMPORTS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)^\s+(?:imports?|payments)\b").expect("flow regex"));
static IMPORTS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(
        r"(?i)\b(?:imports?|payments)\s+(?:of|for|under\s+the\s+head\s+of|on\s+account\s+of)\s+(?:the\s+)?$",
    )
    .expect("flow regex")
});

/// Words that make the sub-lines after them a description of the series named
/// before: "IT & ITeS export remittances comprising computer services and call
/// centre services increased …" is about the total.
static DESCRIBES: LazyLock<Regex> = LazyLock::new(|| {
    // A list may open with lines the vocabulary does not name alone ("which
    // consist of telecom, information services, and computer", NetMag,
    // 2017-07-20; "comprising the computer and call centre services",
    // PhoneWorld, 2023-03-21).
    crate::scan::regex(
        r"(?i)\b(?:comprising|comprises|comprised\s+of|including|includes|consisting\s+of|consist(?:s|ed)?\s+of|(?:made\s+up|composed)\s+of|such\s+as|namely|which\s+(?:include|includes|comprise|comprises)|i\.e\.|excluding|except(?:\s+for)?|other\s+than|apart\s+from)\s*(?:of\s+)?(?:the\s+)?(?:(?:other\s+)?(?:earnings|remittances|receipts|proceeds|income|exports?|services)\s+(?:from|of|by|such\s+as)\s+)?(?:the\s+)?(?:[a-z-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){0,3}$",
    )
    .expect("description regex")
});
static GENERIC_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    // "the IT industry's exports –which consist of" (NetMag, 2017-07-20): the
    // words between the whole and its description are the description's.
    crate::scan::regex(r"(?i)\b(?:exports|remittances|earnings|receipts)\b[^.;]{0,30}$")
        .expect("whole regex")
});
static LIST_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)^\s*(?:,|and|&|as\s+well\s+as|,\s*and)\s*(?:the\s+)?$")
        .expect("list regex")
});

/// Every vocabulary phrase in `text`, left to right; offsets are `base` + the
/// position in `text`. Sub-lines that only describe a series named before them
/// in `text` ("comprising computer services and call centres") are left out:
/// they are not what the sentence's figures are about.
pub(crate) fn find(text: &str, base: usize) -> Vec<SeriesMention> {
    let all = find_all(text, base);
    let mut out: Vec<SeriesMention> = Vec::with_capacity(all.len());
    let mut prev_end = 0;
    let mut describing = false;
    for m in all {
        let (s, e) = (m.start - base, m.end - base);
        let gap = &text[prev_end.min(s)..s];
        let lead = &gap[crate::scan::floor_boundary(gap, gap.len().saturating_sub(40))..];
        // Lines listed after "comprising", "including" … describe the whole named
        // before them: a series, or the story's own when the sentence names it
        // only as "exports" ("Exports comprising computer services and call center
        // services … stood at $1.530 billion").
        let whole_before = !out.is_empty() || describing || GENERIC_WHOLE.is_match(lead);
        describing =
            whole_before && (DESCRIBES.is_match(lead) || (describing && LIST_JOIN.is_match(gap)));
        prev_end = e;
        // Freelancers' earnings are not part of SBP's headline as the press
        // counts it: "IT exports — including earnings from freelancers —
        // reached over $3.5 billion" is another compilation, so the mention stays.
        if !describing || m.key.as_str() == FREELANCE {
            out.push(m);
        }
    }
    bare_flows(text, base, &mut out);
    out
}

static BARE_IMPORTS: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)\bimports\b").expect("flow regex"));
static BARE_EXPORTS: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)\bexports\b").expect("flow regex"));
/// Imports or exports that are not the line's: the country's, goods', all of
/// them.
static OTHER_FLOWS: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(
        r"(?i)(?:country'?s|countrys|total|overall|national|goods|merchandise|oil|petroleum)\s+$",
    )
    .expect("flow regex")
});

/// "Imports" with no line of their own, after an export line in the same
/// sentence, are that line's imports ("exports of telecommunication, computer
/// and information services rose 35.76% and imports 18.70%"; Urdu "…
/// برآمدات میں 35.76 فیصد اور درآمدات میں 18.70 فیصد"); and "exports" after an
/// import line are its exports ("The country had to pay $12.9bn in services
/// imports against exports of just $7.1bn", Invest.pk, 2023-05-22).
fn bare_flows(text: &str, base: usize, out: &mut Vec<SeriesMention>) {
    let mut added = Vec::new();
    for (bare, from, to) in [
        (&*BARE_IMPORTS, Flow::Credit, Flow::Debit),
        (&*BARE_EXPORTS, Flow::Debit, Flow::Credit),
    ] {
        for m in bare.find_iter(text) {
            let (s, e) = (base + m.start(), base + m.end());
            if out.iter().chain(&added).any(|o| o.start < e && s < o.end)
                || OTHER_FLOWS.is_match(crate::scan::tail(&text[..m.start()], 24))
            {
                continue;
            }
            let Some(prev) = out.iter().rev().find(|o| o.end <= s) else {
                continue;
            };
            if prev.key.flow() == Some(from) {
                added.push(SeriesMention {
                    start: s,
                    end: e,
                    key: prev.key.with_flow(to),
                });
            }
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.start);
    }
}

static BOARD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)^\s+(?:board|بورڈ)\b").expect("valid"));

static PLURAL_POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)\bservices['’]").expect("valid"));

/// The text with the apostrophe of "services’" blanked, byte for byte, so that
/// "the services’ exports", "services’ imports" and "the services’ trade
/// deficit" (The Nation, 2023-10-04) read as the phrases without it; every
/// offset stays the text's.
fn without_plural_possessive(text: &str) -> std::borrow::Cow<'_, str> {
    PLURAL_POSSESSIVE.replace_all(text, |c: &regex::Captures<'_>| {
        let m = &c[0];
        let apostrophe = m.chars().next_back().map_or(0, char::len_utf8);
        format!("{}{}", &m[..m.len() - apostrophe], " ".repeat(apostrophe))
    })
}

fn find_all(text: &str, base: usize) -> Vec<SeriesMention> {
    let text = &*without_plural_possessive(text);
    let c = &*COMPILED;
    c.regex
        .captures_iter(text)
        .filter_map(|caps| {
            let (i, m) = c
                .groups
                .iter()
                .enumerate()
                .find_map(|(i, g)| caps.get(*g).map(|m| (i, m)))?;
            // "Pakistan Software Export Board" is a body, not a line; and
            // "non-IT-related exports" (About Pakistan, 2022-07-20) are not IT's.
            let lead = &text.as_bytes()[m.start().saturating_sub(4)..m.start()];
            if BOARD_AFTER.is_match(&text[m.end()..])
                || lead.eq_ignore_ascii_case(b"non-")
                || lead.eq_ignore_ascii_case(b"non ")
            {
                return None;
            }
            // "computer services imports", "payments for call centre services".
            let key = &c.keys[i];
            let imports = !m.as_str().to_ascii_lowercase().contains("export")
                && (IMPORTS_AFTER.is_match(&text[m.end()..])
                    || IMPORTS_BEFORE.is_match(&text[..m.start()]));
            Some(SeriesMention {
                start: base + m.start(),
                end: base + m.end(),
                key: if imports && key.flow() == Some(Flow::Credit) {
                    key.with_flow(Flow::Debit)
                } else {
                    key.clone()
                },
            })
        })
        .collect()
}
