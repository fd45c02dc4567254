//! "… 20 percent and 35 percent MoM decline in computer and telecom services
//! respectively": figures paired in order with the lines a sentence lists,
//! after the figures or before them ("Exports of computer software and
//! software consultancy dropped by 25 percent and 15 percent respectively").

use std::sync::LazyLock;

use itx_types::SeriesKey;
use regex::Regex;

use crate::scan::{ceil_boundary, floor_boundary};
use crate::vocab::{self, SeriesMention};

static RESPECTIVELY: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)\brespectively\b").expect("valid"));
/// What joins the figures of one group: "20 percent and 35 percent", "$12m,
/// $9m and $4m".
static GROUP_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)^\s*(?:%|percent|per\s+cent|pc)?\s*(?:,\s*and|,|and|&)\s*$")
        .expect("valid")
});
/// Where a list of lines begins after its figures ("… decline in computer and
/// telecom services").
static LIST_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\b(?:in|for|of|from|by)\s+(?:the\s+)?").expect("valid")
});
/// What opens a list right after "respectively": ", in ".
static FOLLOWING_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)^\s*,?\s*(?:in|for|of|from|by)\s+(?:the\s+)?").expect("valid")
});
static LIST_SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*").expect("valid")
});

/// For each figure of the group before "respectively" (by start offset), its
/// line: `Some(key)` when the list names a tracked one, `None` when the line is
/// not tracked (the figure then borrows no other series). Empty when the
/// sentence pairs nothing, or pairs periods rather than lines.
///
/// `numbers`: the sentence's figures as (start, end), in order; offsets are
/// absolute, `text[start..end]` is the sentence.
pub(super) fn pairs(
    text: &str,
    start: usize,
    end: usize,
    numbers: &[(usize, usize)],
    mentions: &[SeriesMention],
) -> Vec<(usize, Option<SeriesKey>)> {
    let Some((group, r)) = group(text, start, end, numbers) else {
        return Vec::new();
    };
    let last = group[group.len() - 1];
    // The lines listed after the group, or else the ones named just before it,
    // or else a list before it whose lines are not all named on their own
    // ("telecom and computer services showed … increases of 92% and 11%
    // respectively").
    let lines = listed_after(text, last.1, r)
        .filter(|l| l.len() == group.len())
        .or_else(|| listed_following(text, r, end).filter(|l| l.len() == group.len()))
        .or_else(|| {
            let named: Vec<Option<SeriesKey>> = mentions
                .iter()
                .filter(|m| m.end <= group[0].0)
                .map(|m| Some(m.key.clone()))
                .collect();
            (named.len() >= group.len()).then(|| named[named.len() - group.len()..].to_vec())
        })
        .or_else(|| listed_before(text, start, group[0].0, group.len(), mentions));
    match lines {
        Some(lines) if lines.iter().any(Option::is_some) => {
            group.iter().zip(lines).map(|(n, k)| (n.0, k)).collect()
        }
        _ => Vec::new(),
    }
}

/// The figures before "respectively" (two or more, joined by "and" or commas),
/// and where "respectively" starts.
fn group(
    text: &str,
    start: usize,
    end: usize,
    numbers: &[(usize, usize)],
) -> Option<(Vec<(usize, usize)>, usize)> {
    let r = start + RESPECTIVELY.find(&text[start..end])?.start();
    let before: Vec<(usize, usize)> = numbers.iter().copied().filter(|n| n.1 <= r).collect();
    let mut group = vec![*before.last()?];
    for w in before.windows(2).rev() {
        let (a, b) = (w[0], w[1]);
        if b != group[0] || a.1 > b.0 || !GROUP_JOIN.is_match(&text[a.1..b.0]) {
            break;
        }
        group.insert(0, a);
    }
    (group.len() >= 2).then_some((group, r))
}

/// What joins two periods of a list: "FY21 and FY22", "FY21, FY22 and FY23".
static PERIOD_JOIN: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::regex(r"(?i)^\s*(?:,\s*and|,|and|&)\s*$").expect("valid"));
/// What may stand between a list of periods and its figures: "in FY21 and FY22,
/// i.e. 47 percent and 24.1 percent respectively".
/// Or a short clause of words alone: "in FY 2018 and 2019 as export values
/// stood at $1.19 billion and $1.065 billion respectively" (ProPakistani,
/// 2020-04-25).
static PERIOD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)^[\s,:;(–-]*(?:(?:i\.\s?e\.?|viz\.?|namely|of|by|at|were|was|stood\s+at|rose|grew|growth\s+of)[\s,:;]*)*$|^[\s,:;(–-]*(?:[a-z’']+[\s,:;]+){1,6}$")
        .expect("valid")
});

/// For each figure of the group before "respectively", the period (an index
/// into `periods`) it pairs with, when the sentence lists as many periods as
/// figures, right before the group ("growth in FY21 and FY22, i.e. 47 percent
/// and 24.1 percent respectively") or between the group and "respectively"
/// ("47 percent and 24.1 percent in FY21 and FY22 respectively"). Empty otherwise.
pub(super) fn period_pairs(
    text: &str,
    start: usize,
    end: usize,
    numbers: &[(usize, usize)],
    periods: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let Some((group, r)) = group(text, start, end, numbers) else {
        return Vec::new();
    };
    let n = group.len();
    let joined = |list: &[usize]| {
        list.windows(2)
            .all(|w| PERIOD_JOIN.is_match(&text[periods[w[0]].1..periods[w[1]].0]))
    };
    let first = group[0].0;
    let last = group[n - 1].1;
    let before: Vec<usize> = (0..periods.len())
        .filter(|&i| periods[i].1 <= first)
        .collect();
    let after: Vec<usize> = (0..periods.len())
        .filter(|&i| periods[i].0 >= last && periods[i].1 <= r)
        .collect();
    let list = if before.len() >= n
        && PERIOD_LEAD.is_match(&text[periods[before[before.len() - 1]].1..first])
    {
        before[before.len() - n..].to_vec()
    } else if after.len() == n {
        after
    } else {
        return Vec::new();
    };
    if !joined(&list) {
        return Vec::new();
    }
    group.iter().zip(list).map(|(g, i)| (g.0, i)).collect()
}

/// Words that end a list's first line on its left ("the export of software, …",
/// "said telecom and computer services").
static LEFT_STOP: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(
        r"(?i)(?:^|[\s,;:(])(?:of|the|in|said|that|from|by|for|and|while|exports?)\s+$",
    )
    .expect("valid")
});
/// What joins two lines of a list, at the end of the text before a line.
static JOIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)(?:\s*,\s*and|\s*,|\s+and|\s*&)\s*$").expect("valid")
});
/// A join anywhere.
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*").expect("valid")
});

/// The `n` lines of a list that ends with the last line named before `to`, read
/// right to left: each line between the list's joins ("software, other services,
/// and software consultancy"), the first one a single word after a word such as
/// "of" or "said". A line read alone names a tracked line or, when it names none,
/// with the last line's generic noun ("telecom" in "telecom and computer services"
/// is "telecom services"); "other …" is none.
fn listed_before(
    text: &str,
    from: usize,
    to: usize,
    n: usize,
    mentions: &[SeriesMention],
) -> Option<Vec<Option<SeriesKey>>> {
    let last = mentions.iter().rfind(|m| m.end <= to && m.start >= from)?;
    let head = text[last.start..last.end]
        .split_whitespace()
        .last()
        .filter(|w| {
            ["services", "exports", "remittances"].contains(&w.to_ascii_lowercase().as_str())
        });
    let mut lines = vec![Some(last.key.clone())];
    let mut cursor = last.start;
    while lines.len() < n {
        let before = &text[from..cursor];
        let join = JOIN_BEFORE.find(before)?;
        let rest = &before[..join.start()];
        let line_start = if lines.len() + 1 < n {
            // A middle line runs back to the join before it.
            let j = JOIN.find_iter(rest).last()?;
            if rest[j.end()..].split_whitespace().count() > 3 {
                return None;
            }
            j.end()
        } else {
            // The first line: one word, after a word that ends the list on the left.
            let w = rest
                .trim_end()
                .rfind(char::is_whitespace)
                .map_or(0, |i| i + 1);
            if !LEFT_STOP.is_match(&rest[..w]) {
                return None;
            }
            w
        };
        let piece = rest[line_start..].trim();
        let named = mentions
            .iter()
            .find(|m| m.start >= from + line_start && m.end <= from + join.start())
            .map(|m| m.key.clone());
        let key = if piece.to_ascii_lowercase().starts_with("other ") {
            None
        } else {
            named.or_else(|| {
                let found = vocab::find(&format!("{piece} {}", head?), 0);
                (found.len() == 1).then(|| found[0].key.clone())
            })
        };
        lines.insert(0, key);
        cursor = from + line_start;
    }
    Some(lines)
}

/// The lines of a list right after "respectively" ("declines of 20% & 35%,
/// respectively, in computer& telecom services": Technology Times,
/// 2023-02-23), up to the end of the clause.
fn listed_following(text: &str, r: usize, end: usize) -> Option<Vec<Option<SeriesKey>>> {
    let after = &text[ceil_boundary(text, r)..floor_boundary(text, end)];
    let after = after.get("respectively".len()..)?;
    let lead = FOLLOWING_LEAD.find(after)?;
    let rest = &after[lead.end()..];
    let list = rest.split([',', ';', '.', '(']).next().unwrap_or(rest);
    read_list(list.trim())
}

/// The lines of a list between the last figure and "respectively", each read
/// alone and, when it names no line, with the list's last word ("computer" in
/// "computer and telecom services" is "computer services").
fn listed_after(text: &str, from: usize, to: usize) -> Option<Vec<Option<SeriesKey>>> {
    let between = &text[ceil_boundary(text, from)..floor_boundary(text, to)];
    let lead = LIST_LEAD.find_iter(between).last()?;
    read_list(between[lead.end()..].trim())
}

/// A list of lines ("computer and telecom services"), each read alone and,
/// when it names no line, with the list's last word.
fn read_list(list: &str) -> Option<Vec<Option<SeriesKey>>> {
    let pieces: Vec<&str> = LIST_SPLIT.split(list).filter(|p| !p.is_empty()).collect();
    if pieces.len() < 2 {
        return None;
    }
    let head = pieces
        .last()
        .and_then(|p| p.split_whitespace().last())
        .filter(|_| {
            pieces
                .last()
                .is_some_and(|p| p.split_whitespace().count() > 1)
        });
    let one = |s: &str| -> Option<SeriesKey> {
        let found = vocab::find(s, 0);
        (found.len() == 1).then(|| found[0].key.clone())
    };
    Some(
        pieces
            .iter()
            .map(|p| one(p).or_else(|| head.and_then(|h| one(&format!("{p} {h}")))))
            .collect(),
    )
}
