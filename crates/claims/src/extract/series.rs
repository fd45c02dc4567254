//! Where a number's series comes from: the line paired with it ("… respectively"),
//! the nearest line named in its clause, the paragraph's last line, the story's.

use std::sync::LazyLock;

use itx_types::SeriesKey;
use regex::Regex;

use super::{clause_break, closes_aside, slice};
use crate::vocab::{self, SeriesMention};

/// Where a number's series comes from.
pub(super) struct SeriesContext<'a> {
    /// Figures paired with the lines the sentence lists ("… respectively"):
    /// by start offset, the line, or none when it is not tracked.
    pub(super) paired: Vec<(usize, Option<SeriesKey>)>,
    /// The sentence's figures, (start, end) in order.
    pub(super) numbers: Vec<(usize, usize)>,
    /// Where each of its percentages starts.
    pub(super) rates: Vec<usize>,
    pub(super) mentions: &'a [SeriesMention],
    /// Subjects the store does not track, named in the sentence (start, end).
    pub(super) untracked: &'a [(usize, usize)],
    /// Last series named by each preceding sentence of the paragraph, nearest first.
    pub(super) earlier: Vec<SeriesKey>,
    /// The story's series, when this sentence may fall back on it.
    pub(super) default: Option<SeriesKey>,
}

impl SeriesContext<'_> {
    /// The gross exports an amount "in exports" is of when no line is named
    /// next to it: the story's (or the paragraph's) series, as gross exports
    /// ("… 72.85pc of US $ 1.3bn in exports" in a story about net exports).
    pub(super) fn gross_exports(&self) -> Option<SeriesKey> {
        self.default
            .clone()
            .or_else(|| self.earlier.first().cloned())
            .map(vocab::gross)
    }

    /// True when the next figure after `pos` is a rate within a few words, in the
    /// same clause (a base amount after a line is the line's: "an increase of
    /// 19.96% as compared to trade surplus of US$ 972 million").
    fn leads_into_rate(&self, text: &str, pos: usize) -> bool {
        self.numbers.iter().find(|n| n.0 >= pos).is_some_and(|n| {
            self.rates.contains(&n.0) && n.0 - pos <= 24 && !clause_break(slice(text, pos, n.0))
        })
    }

    /// True when mention `m` is the total of a share that came before the
    /// figure at `start`, after another line the share is of: "$1.333 billion
    /// … by the IT & ITeS industry, … at 37.8% of the total export of services,
    /// and an increase of 2.4% in comparison to $1.302 billion" (SAMAA English,
    /// 2023-01-20): the rate and the base are the industry's, not services'.
    fn share_total(&self, text: &str, m: &SeriesMention, start: usize) -> bool {
        // "… 14.77% of the total ICT export remittances of $2.616 billion", "45
        // percent of total services exports in July 2026, which stood at $927
        // million": an amount right after the total, or in a clause about it, is
        // the total's own; a new clause of the sentence's subject is not.
        m.end <= start
            && SHARE_TOTAL_LEAD.is_match(crate::scan::tail(slice(text, 0, m.start), 40))
            && NEW_CLAUSE.is_match(slice(text, m.end, start))
            && self
                .mentions
                .iter()
                .any(|o| o.end <= m.start && o.key != m.key && m.start - o.end <= 300)
    }

    /// True when mention `m` stands in an apposition between commas that
    /// describes the line named just before it, and the apposition closed before
    /// the figure at `start`: "IT and IT-enabled services, a large component of
    /// the freelance economy, contributed over $3.2 billion" (SMTV Global,
    /// 2024-07-20) is IT and IT-enabled services' figure.
    pub(super) fn in_apposition(&self, text: &str, m: &SeriesMention, start: usize) -> bool {
        if m.end > start {
            return false;
        }
        // The apposition closes with a comma at most a word after the mention
        // ("… of the freelance economy,"): "the ICT sector led the way,
        // contributing …" is a clause, not an apposition.
        let after = slice(text, m.end, start);
        let closes = after.find(',').is_some_and(|i| {
            after[..i].split_whitespace().count() <= 1
                && !after[..i].contains(|c: char| c.is_ascii_digit())
        });
        if !closes {
            return false;
        }
        self.mentions
            .iter()
            .rev()
            .find(|o| o.end <= m.start)
            .is_some_and(|o| {
                let gap = slice(text, o.end, m.start);
                let Some(rest) = gap.trim_start().strip_prefix(',') else {
                    return false;
                };
                let first = rest.split_whitespace().next().unwrap_or("");
                matches!(first.to_ascii_lowercase().as_str(), "a" | "an" | "which")
                    && !rest.contains([',', ';', '(', ')'])
                    && rest.len() <= 60
            })
    }

    pub(super) fn at(
        &self,
        text: &str,
        start: usize,
        end: usize,
        exclude: Option<&SeriesKey>,
    ) -> Option<SeriesKey> {
        if let Some((_, k)) = self.paired.iter().find(|(at, _)| *at == start) {
            return k.clone();
        }
        let eligible = |m: &&SeriesMention| Some(&m.key) != exclude;
        // A line named inside an aside that closed before the figure is the
        // aside's ("$2.123 billion (… highest net exporter with $1.573 billion
        // in net exports) at a growth rate of 47,43%": the rate is of exports).
        let before = self
            .mentions
            .iter()
            .rev()
            .filter(eligible)
            .filter(|m| {
                // An acronym in brackets glosses the words before it, it is
                // no aside ("IT-enabled Services (ITeS) sector has recorded
                // exports worth $763 million", TechJuice, 2020-12-24).
                let gloss = slice(text, m.end, start).trim_start().starts_with(')')
                    && slice(text, m.start.saturating_sub(2), m.start)
                        .trim_end()
                        .ends_with('(');
                (m.end > start || gloss || !closes_aside(slice(text, m.end, start)))
                    && !self.in_apposition(text, m, start)
                    && !self.share_total(text, m, start)
            })
            .find(|m| m.end <= start)
            .map(|m| (start - m.end, m));
        let after = self
            .mentions
            .iter()
            .filter(eligible)
            .find(|m| m.start >= end)
            // A line named inside an aside that opens after the figure is the
            // aside's ("US $ 2.123 billion(largest exporter … highest net
            // exporter with …"); an acronym whose bracket the mention itself
            // closes glosses the words before it, no aside ("$426.070 million
            // by providing different information technology (IT) services",
            // The Nation, 2022-11-01).
            .filter(|m| {
                let gap = slice(text, end, m.start);
                match gap.trim_end().strip_suffix('(') {
                    Some(lead) if slice(text, m.start, m.end).contains(')') => {
                        !clause_break(lead) && !opens_aside(lead)
                    }
                    _ => !clause_break(gap) && !opens_aside(gap),
                }
            })
            // A line named after another figure is that figure's ("$1.47bn
            // which accounts to 75.56pc of the total $1.94bn ICT exports").
            .filter(|m| !self.numbers.iter().any(|n| n.0 >= end && n.1 <= m.start))
            // Nor is a line that leads into the next rate ("exports 35.76
            // percent imports 18.70 percent", Urdu's order) when one came before.
            .filter(|m| before.is_none() || !self.leads_into_rate(text, m.end))
            .map(|m| (m.start - end, m));
        let inside = self
            .mentions
            .iter()
            .filter(eligible)
            .find(|m| m.start < end && start < m.end);
        if let Some(m) = inside {
            return Some(m.key.clone());
        }
        // A surplus named right after the amount is what the amount is, whatever
        // line the sentence named before as its owner ("IT اور ITeS صنعت کی طرف سے
        // 1.344 بلین ڈالر (… کا 88.25%) کا تجارتی سرپلس", "ICT services delivered a
        // $1.344 billion trade surplus"); an aside between does not part them.
        let surplus_after = self
            .mentions
            .iter()
            .filter(eligible)
            .find(|m| m.start >= end && m.key.as_str() == vocab::NET)
            .filter(|m| {
                let gap = slice(text, end, m.start);
                if opens_aside(gap) {
                    return false;
                }
                let gap = outside_asides(gap);
                gap.split_whitespace().count() <= 3
                    && !gap.chars().any(|c| c.is_ascii_digit())
                    && !clause_break(&gap)
            });
        if let Some(m) = surplus_after {
            return Some(m.key.clone());
        }
        match (before, after) {
            (Some((db, b)), Some((da, a))) => Some(if da < db { &a.key } else { &b.key }.clone()),
            (Some((_, m)), None) | (None, Some((_, m))) => Some(m.key.clone()),
            // A subject the store does not track, named in the figure's own
            // clause before it, owns the figure: "remittances rose by 25.2%
            // from July to January" (Express Tribune via daily8.com,
            // 2025-02-27) is not the IT story's series.
            (None, None)
                if self.untracked.iter().any(|(a, e)| {
                    *e <= start && !clause_break(slice(text, *e, start)) && start - *a <= 80
                }) =>
            {
                None
            }
            (None, None) => self
                .earlier
                .iter()
                .find(|k| Some(*k) != exclude)
                .cloned()
                .or_else(|| self.default.clone()),
        }
    }
}

/// True when the text opens a bracket it does not close.
fn opens_aside(gap: &str) -> bool {
    gap.matches('(').count() > gap.matches(')').count()
}

/// The text with its bracketed asides left out.
fn outside_asides(gap: &str) -> String {
    let mut depth = 0usize;
    gap.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The words between a share's figure and its total: "37.8% of the total",
/// "40 percent share of".
static SHARE_TOTAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::re(
        r"(?i)(?:%|\bper\s?cent|\bpercent|\bpc)\s+(?:share\s+)?(?:of|in)\s+(?:the\s+)?(?:(?:total|overall|all|entire|country['’]s)\s+)*$",
    )
});

/// A comma and a conjunction that open a new clause about the sentence's
/// subject: ", and an increase of 2.4%".
static NEW_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| crate::scan::re(r"(?i)[,;]\s*(?:and|while|whereas|with|besides)\b"));
