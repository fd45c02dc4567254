//! Shares: "45% of total services exports", "$972 million which is 74.65
//! percent of US$ 1.302 billion in exports", "the share of telecom and computer
//! services stood at 19 percent and 81 percent".

use std::sync::LazyLock;

use regex::Regex;

use super::*;

/// The words right before a share's figure when the share moved: "rose to",
/// "from", "to".
static SHARE_LEVEL: LazyLock<Regex> = LazyLock::new(|| scan::re(r"(?i)\b(?:to|from)\s*$"));

/// A share word after a possessive: "IT exports' share", "IT's share", "its
/// share".
static POSSESSIVE_SHARE: LazyLock<Regex> =
    LazyLock::new(|| scan::re(r"(?i)(?:['’]s?|\b(?:its|their))\s+(?:share|contribution)$"));

/// True when the words before a series name it as a share's total ("… in
/// total service exports", "share in overall …").
fn names_total(before: &str) -> bool {
    let g = before.trim_end().to_ascii_lowercase();
    [" in", " total", " overall"].iter().any(|w| g.ends_with(w))
}

impl Sentence<'_> {
    /// The amount a percentage is a share of ("74.65 percent of US$ 1.302
    /// billion"), by index, between the percentage and the next one at `next`.
    pub(super) fn share_total(&self, text: &str, p: &Pct, next: usize) -> Option<usize> {
        self.amounts.iter().position(|a| {
            a.amount.start >= p.end
                && a.amount.start < next
                && scan::of_amount(slice(text, p.end, a.amount.start))
        })
    }

    /// A share whose total is named right after it: a series ("of total
    /// services exports") or an amount ("of US$ 1.302 billion in exports").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn share_claim(
        &self,
        text: &str,
        p: &Pct,
        next: usize,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
    ) -> Option<Draft> {
        let after = slice(text, p.end, next.min(p.end + 100));
        // "45% of total services exports".
        if let Some(off) = scan::share_of(after) {
            let at = p.end + off;
            if let Some(total) = self
                .series
                .iter()
                .find(|m| m.start >= p.end && m.start <= at && m.end > at)
            {
                // "$1.344 billion (88.25% of total ICT export remittances) of
                // trade surplus": a share in brackets right after an amount is
                // that amount's, of whatever series the amount is.
                let bracketed = self.amounts.iter().rev().find(|a| {
                    a.amount.end <= p.start && slice(text, a.amount.end, p.start).trim() == "("
                });
                let series = match bracketed {
                    Some(a) => ctx.at(text, a.amount.start, a.amount.end, Some(&total.key)),
                    None => ctx.at(text, p.start, p.end, Some(&total.key)),
                };
                let bound = self.bound_after(text, total.end).and_then(|i| spans[i]);
                let span = bound.or(story);
                return Some(Draft::new(
                    p.start,
                    p.end,
                    Kind::Share,
                    series,
                    span,
                    bound.is_some() || own_main,
                    What::Share {
                        value: p.value,
                        half: p.half,
                        total: Some(total.key.clone()),
                    },
                ));
            }
        }
        // "ICT export as a percentage of total export was … 7.4 percent versus
        // 6.6 percent in FY22": shares of the total named after "of" (or of the
        // total the share rules try, where it is not a series).
        let before = slice(text, self.start, p.start);
        // The percentages in the clause that follows the words, not a later
        // clause's ("… (exports of goods and services down by 11% in FY23").
        if let Some(off) = scan::as_share_of(before).filter(|off| {
            let gap = &before[*off..];
            gap.len() <= 90 && !gap.contains([';', '(', '–'])
        }) {
            let at = self.start + off;
            let total = self
                .series
                .iter()
                .find(|m| m.start >= at && m.start <= at + 30 && m.end <= p.start)
                .map(|m| m.key.clone());
            return Some(self.share_draft(text, p, total, spans, story, own_main, ctx));
        }
        // "$972 million which is 74.65 percent of US$ 1.302 billion in
        // exports": a share of the total amount named, whose series is the
        // one named after it, or the story's exports.
        if let Some(total_amount) = self.share_total(text, p, next).map(|i| &self.amounts[i]) {
            let end = total_amount.amount.end;
            let total = self
                .series
                .iter()
                .find(|m| m.start >= end && !clause_break(slice(text, end, m.start)))
                .filter(|m| m.start - end <= 40)
                .map(|m| m.key.clone())
                .or_else(|| {
                    // "… of $1.50bn received in exports proceeds", "… of total
                    // exports of $1.507 billion" (PkTopWeb, 2022-04-23): gross
                    // exports, also in a story mostly about net exports.
                    (scan::exports_after(slice(text, end, self.end))
                        || exports_total(slice(text, p.end, total_amount.amount.start)))
                    .then(|| ctx.gross_exports())
                    .flatten()
                });
            let part = total
                .as_ref()
                .and_then(|t| ctx.at(text, p.start, p.end, Some(t)));
            if let (Some(total), Some(part)) = (total, part) {
                // "… the net exports were $1.274b, which was 74.94pc of $1.7b": a
                // total with no period of its own is over the part's period.
                let part_amount = self.amounts.iter().rev().find(|a| {
                    a.amount.end <= p.start && scan::which_is(slice(text, a.amount.end, p.start))
                });
                let bound = match part_amount {
                    Some(a) if total_amount.bound.is_none() && total_amount.rel.is_none() => {
                        a.span.or(total_amount.span)
                    }
                    _ => total_amount.span,
                };
                return Some(Draft::new(
                    p.start,
                    p.end,
                    Kind::Share,
                    Some(part),
                    bound.or(story),
                    bound.is_some() || own_main,
                    What::Share {
                        value: p.value,
                        half: p.half,
                        total: Some(total),
                    },
                ));
            }
        }
        None
    }

    /// A share whose words say so but whose total may not be named: judged
    /// where it is, else found and left unverifiable.
    pub(super) fn worded_share(
        &self,
        text: &str,
        p: &Pct,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
    ) -> Option<Draft> {
        // A share whose words say so ("the share of telecom and computer
        // services stood at 19 percent and 81 percent"): judged where the
        // total is named, else found and left unverifiable.
        let before = slice(text, self.start, p.start);
        // "The sector holds the distinction of being Pakistan's only export
        // industry with a 75% trade surplus" (Daily Pakistan, 2022-06-11; in
        // Urdu "75 فیصد تجارتی سرپلس", Nawa-i-Waqt, 2022-07-25): net ICT exports
        // as a share of ICT exports.
        if SURPLUS_AFTER.is_match(slice(text, p.end, self.end))
            && ctx
                .at(text, p.start, p.end, None)
                .is_some_and(|k| matches!(k.as_str(), vocab::HEADLINE | vocab::NET))
        {
            return Some(self.share_of(
                text,
                p,
                Some(SeriesKey::new(vocab::NET)),
                Some(SeriesKey::new(vocab::HEADLINE)),
                spans,
                story,
                own_main,
            ));
        }
        if scan::share_words(before) {
            // The total named after the figure, else between the share word
            // and it ("the share of IT exports in total services exports
            // reached 40 percent").
            let after = self
                .series
                .iter()
                .find(|m| m.start >= p.end)
                .map(|m| m.key.clone());
            if after.is_some() {
                return Some(self.share_draft(text, p, after, spans, story, own_main, ctx));
            }
            let total = scan::share_word_end(before)
                .and_then(|w| self.total_before(text, self.start + w, p));
            // "Pakistan's IT sector … in services exports …, whose contribution
            // reached 44.4 percent" (Rehnuma News, Urdu, 2024-10-18): with no
            // total placed by the words, a line and the aggregate it belongs to,
            // both named before the figure, are the part and the whole.
            if total.is_none()
                && let Some((part, whole)) = self.nested_pair(p)
            {
                return Some(self.share_of(
                    text,
                    p,
                    Some(part),
                    Some(whole),
                    spans,
                    story,
                    own_main,
                ));
            }
            return Some(part_apart_from(
                self.share_draft(text, p, total.clone(), spans, story, own_main, ctx),
                &total,
            ));
        }
        None
    }

    /// A share whose words say it moved, with the figure it moved to or from
    /// ("the share of IT exports in total service exports rose to 39 percent
    /// from 34 percent"): each figure is a level of the share, its total the
    /// series named after "in" or "of" between the share word and the figure.
    pub(super) fn share_moved(
        &self,
        text: &str,
        p: &Pct,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
    ) -> Option<Draft> {
        // The words since the figure before, or, when those name no share
        // ("to 39 percent in 1HFY24 from 34 percent"), the sentence's.
        let near = slice(text, self.prev_number_end(p.start).max(self.start), p.start);
        let lead = if scan::share_word_end(near).is_none() {
            slice(text, self.start, p.start)
        } else {
            near
        };
        let word = scan::share_word_end(lead)?;
        if !SHARE_LEVEL.is_match(tail(lead, 16)) {
            return None;
        }
        let from = p.start - lead.len() + word;
        let total = self.total_before(text, from, p);
        Some(part_apart_from(
            self.share_draft(text, p, total.clone(), spans, story, own_main, ctx),
            &total,
        ))
    }

    /// The total a share names between its share word (ending at `from`) and
    /// its figure: "the share of IT exports in total services exports", "IT
    /// exports' share of total services exports" (after a possessive the
    /// series after "of" is the total, where after "the share of" it is the
    /// part).
    fn total_before(&self, text: &str, from: usize, p: &Pct) -> Option<SeriesKey> {
        let possessive = POSSESSIVE_SHARE.is_match(slice(text, self.start, from));
        self.series
            .iter()
            .filter(|m| m.start >= from && m.end <= p.start)
            .find(|m| {
                let gap = slice(text, from, m.start);
                names_total(gap)
                    || possessive && gap.trim_end().to_ascii_lowercase().ends_with(" of")
            })
            .or_else(|| {
                // A figure "from 34 percent" after one "to 39 percent" shares its
                // total.
                self.series
                    .iter()
                    .filter(|m| m.start >= self.start && m.end <= p.start)
                    .find(|m| {
                        let gap = slice(text, self.start, m.start);
                        scan::share_words(gap) && names_total(gap)
                    })
            })
            .map(|m| m.key.clone())
    }

    /// The two series the sentence names before a share's figure when they
    /// are exactly two and one is a line of the other (ICT exports and services
    /// exports; services and exports of goods and services): (part, whole).
    fn nested_pair(&self, p: &Pct) -> Option<(SeriesKey, SeriesKey)> {
        let mut keys: Vec<&SeriesKey> = Vec::new();
        for m in self
            .series
            .iter()
            .filter(|m| m.start >= self.start && m.end <= p.start)
        {
            if !keys.contains(&&m.key) {
                keys.push(&m.key);
            }
        }
        let [a, b] = keys.as_slice() else {
            return None;
        };
        if vocab::counted_in(a, b) {
            Some(((*a).clone(), (*b).clone()))
        } else if vocab::counted_in(b, a) {
            Some(((*b).clone(), (*a).clone()))
        } else {
            None
        }
    }

    /// A share of `total` (a series, or none named), over the period named right
    /// after it or the story's.
    #[allow(clippy::too_many_arguments)]
    fn share_draft(
        &self,
        text: &str,
        p: &Pct,
        total: Option<SeriesKey>,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
    ) -> Draft {
        let part = ctx.at(text, p.start, p.end, total.as_ref());
        self.share_of(text, p, part, total, spans, story, own_main)
    }

    /// A share of `part` in `total`, over the period named right after it or
    /// the story's; never a total's share of itself.
    #[allow(clippy::too_many_arguments)]
    fn share_of(
        &self,
        text: &str,
        p: &Pct,
        part: Option<SeriesKey>,
        total: Option<SeriesKey>,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
    ) -> Draft {
        let bound = self.bound_after(text, p.end).and_then(|i| spans[i]);
        Draft::new(
            p.start,
            p.end,
            Kind::Share,
            part.clone(),
            bound.or(story),
            bound.is_some() || own_main,
            What::Share {
                value: p.value,
                half: p.half,
                total: total.filter(|t| Some(t) != part.as_ref()),
            },
        )
    }
}

/// A trade surplus right after a percentage: the surplus as a share of exports.
static SURPLUS_AFTER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::scan::re(r"(?i)^\s*(?:trade\s+|تجارتی\s+)?surplus\b"));

/// True when the words between a percentage and an amount make the amount the
/// share's total and name it as exports ("74.72 percent of total exports of
/// $1.507 billion", PkTopWeb, 2022-04-23): gross exports.
pub(super) fn exports_total(gap: &str) -> bool {
    scan::of_amount(gap) && scan::exports_after(gap)
}

/// A share of a total the sentence names before it (`d`, drafted with `total`):
/// never the total's share of itself. Where the sentence names no part apart
/// from the total ("IT's share of total services exports" in a story about
/// services), the part is left unread.
fn part_apart_from(mut d: Draft, total: &Option<SeriesKey>) -> Draft {
    if total.is_some() && d.series == *total {
        d.series = None;
    }
    d
}
