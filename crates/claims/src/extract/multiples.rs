//! Multiples of another figure: "up more than 6 times since the first quarter of
//! fiscal year 2009-10", "a 6-fold jump", "eight times higher than the country's
//! overall exports". Judged where the sentence says what the multiple is of: two
//! periods it runs from and to ("doubled from $1.3 billion in 2019 to $2.7
//! billion in 2023"), the last N years ("doubled in the last three years"), or
//! the same period a year back ("have doubled compared to the same period last
//! year"). Else found and left unjudged: a base years back the words leave
//! vague ("since 2010"), or another figure ("eight times … than").

use std::sync::LazyLock;

use regex::Regex;

use super::*;

static MULTIPLE: LazyLock<Regex> = LazyLock::new(|| {
    // "Tenfold", "fivefold" run together; "quadruple", "triple" alone
    // ("quadruple IT exports to $5bn", The Register, 2020-08-12); "doubled"
    // ("ICT exports doubled in the last three years", PhoneWorld, 2022-10-10),
    // not "double" ("double-digit"); "5x" ("Trade deficit in services worsens by
    // 5x YoY in November", Mettis Global, 2021-12-21).
    crate::scan::re(
        r"(?i)\b(?:(?P<n>\d+(?:\.\d+)?|[a-z]+)(?:(?:\s*-\s*|\s+)(?:times|fold)|fold)|(?P<x>\d+(?:\.\d+)?)x|(?P<q>quadrupl(?:e[ds]?|ing)|tripl(?:e[ds]?|ing)|doubl(?:e[ds]|ing)))\b",
    )
});

impl Sentence<'_> {
    /// The sentence's multiples, each an unjudged claim on the series it names.
    pub(super) fn multiple_claims(
        &self,
        text: &str,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
        out: &mut Vec<Draft>,
    ) {
        let s = slice(text, self.start, self.end);
        for c in MULTIPLE.captures_iter(s) {
            let Some(m) = c.get(0) else {
                continue;
            };
            let (start, end) = (self.start + m.start(), self.start + m.end());
            // A figure the sentence's other claims already cover (its drafts are
            // the last ones pushed).
            if out
                .iter()
                .rev()
                .take_while(|d| d.start >= self.start)
                .any(|d| d.start < end && start < d.end)
            {
                continue;
            }
            // "6 times", "eight times"; not "several times".
            let value = match (c.name("n").or(c.name("x")), c.name("q")) {
                (Some(n), _) => n
                    .as_str()
                    .parse()
                    .ok()
                    .or_else(|| crate::scan::number_word(n.as_str())),
                // Quadruple, triple, double: told apart by their first letters.
                (None, Some(q)) => match q.as_str().as_bytes()[0].to_ascii_lowercase() {
                    b'q' => Some(4.0),
                    b't' => Some(3.0),
                    _ => Some(2.0),
                },
                _ => None,
            };
            let Some(value) = value else {
                continue;
            };
            let Some(series) = ctx.at(text, start, end, None) else {
                continue;
            };
            let before = tail(slice(text, self.start, start), 40);
            let (span, written, what) = match self.multiple_of(text, spans, start, end, story) {
                Some((span, of)) => (
                    span,
                    true,
                    What::Multiple {
                        value,
                        qual: scan::qualifier_before(before),
                        of,
                    },
                ),
                None => (
                    story,
                    own_main,
                    What::NotJudged {
                        value: Some(value),
                        why: format!(
                            "a multiple (\"{}\") of another figure; the checker does not resolve what it multiplies",
                            m.as_str()
                        ),
                    },
                ),
            };
            out.push(Draft::new(
                start,
                end,
                Kind::Growth {
                    basis: Basis::Unknown,
                },
                Some(series),
                span,
                written,
                what,
            ));
        }
    }
}

impl Sentence<'_> {
    /// What the multiple at `start..end` multiplies, and the claim's own period,
    /// where the sentence says: none for a plan ("could double"), another
    /// figure ("eight times higher than …") or a vague base ("since 2010").
    fn multiple_of(
        &self,
        text: &str,
        spans: &[Option<Span>],
        start: usize,
        end: usize,
        story: Option<Span>,
    ) -> Option<(Option<Span>, MultipleOf)> {
        let before = slice(text, self.start, start);
        let after = slice(text, end, self.end);
        let clause = head(after, scan::clause_end(after));
        // "Fell twofold", "cut by 2x": a fall by a multiple reads either way.
        let falls = scan::direction(tail(before, 40), head(clause, 30)) == Some(Dir::Down)
            && !super::rates::speaks_of_deficit(before);
        if falls
            || scan::projection_cue(before)
            || scan::target_cue(before, clause)
            || THAN.is_match(clause)
        {
            return None;
        }
        // "From $217 million in fiscal year 2011 to $2.12 billion in 2021": the
        // first two periods after the multiple, "from" before the first and
        // "to" between them, of the same length.
        let after_periods: Vec<usize> = (0..self.periods.len())
            .filter(|&i| self.periods[i].start >= end)
            .collect();
        if let [i, j, ..] = after_periods[..] {
            let (a, b) = (self.periods[i], self.periods[j]);
            if FROM.is_match(slice(text, end, a.start)) && TO.is_match(slice(text, a.end, b.start))
            {
                return match (spans[i], spans[j]) {
                    (Some(x), Some(y)) if x.months == y.months && x.last() < y.first => {
                        Some((Some(y), MultipleOf::Base(x)))
                    }
                    _ => None,
                };
            }
        }
        // "Up more than 6 times since the first quarter of fiscal year 2009-10"
        // in a story of the first quarter of FY2021-22 (South Asia Investor,
        // 2021-10): the story's period over the one named, when of one length.
        if let Some(k) = after_periods.iter().copied().find(|&k| {
            let gap = slice(text, end, self.periods[k].start).trim_end();
            let gap = gap.strip_suffix("the").unwrap_or(gap).trim_end();
            gap.to_ascii_lowercase().ends_with("since")
        }) {
            let own = self.own_span(text, spans, k).or(story)?;
            return match spans[k] {
                Some(b) if b.months == own.months && b.last() < own.first => {
                    Some((Some(own), MultipleOf::Base(b)))
                }
                _ => None,
            };
        }
        if let Some(n) = scan::years_back(after) {
            let own = story.filter(|s| s.is_fiscal_year());
            return Some((own, MultipleOf::YearsBack(n)));
        }
        // "In the first four months, the country's IT exports have doubled
        // compared to the same period last year" (UrduPoint, 2024-11-20).
        if scan::basis_cue(clause, true) == Some(scan::Cue::Yoy) {
            let own = self.own_span(text, spans, self.periods.len()).or(story)?;
            return Some((Some(own), MultipleOf::Base(own.shift(-12))));
        }
        None
    }
}

impl Sentence<'_> {
    /// The first period among the sentence's first `upto` mentions that is not
    /// a comparison's base.
    fn own_span(&self, text: &str, spans: &[Option<Span>], upto: usize) -> Option<Span> {
        (0..upto)
            .filter(|&i| !self.is_base(text, i))
            .find_map(|i| spans[i])
    }
}

/// "Eight times higher than the country's overall exports": another figure.
static THAN: LazyLock<Regex> = LazyLock::new(|| crate::scan::re(r"(?i)\b(?:than|faster)\b"));
static FROM: LazyLock<Regex> = LazyLock::new(|| crate::scan::re(r"(?i)\bfrom\b"));
static TO: LazyLock<Regex> = LazyLock::new(|| crate::scan::re(r"(?i)\b(?:to|in)\b"));
