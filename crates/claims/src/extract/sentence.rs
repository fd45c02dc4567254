//! One sentence read: its numbers, periods and series, and the claims they make.

use super::*;

/// What the article's date and language fix for every sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Anchor {
    /// The fiscal year containing the article's date ("the current fiscal year").
    pub(super) fy: Option<itx_types::FiscalYear>,
    /// The latest month out on the article's date.
    pub(super) latest: Option<Span>,
    /// Urdu copy (read in its English-form rewrite), where a number's period
    /// comes before it ("فروری 2025 میں … 30 کروڑ 50 لاکھ ڈالر").
    pub(super) urdu: bool,
}

/// One sentence's pieces.
pub(super) struct Sentence<'a> {
    pub(super) urdu: bool,
    /// The latest month out on the article's date, if known.
    pub(super) latest: Option<Span>,
    pub(super) start: usize,
    /// Every amount and percentage, (start, end), in order; where each ends cuts
    /// the words before a number at the previous one.
    pub(super) numbers: Vec<(usize, usize)>,
    pub(super) amount_spans: Vec<(usize, usize)>,
    pub(super) end: usize,
    pub(super) series: &'a [SeriesMention],
    pub(super) amounts: Vec<AmountInfo>,
    pub(super) pcts: Vec<Pct>,
    pub(super) records: Vec<RecordPhrase>,
    /// The subjects the checker does not track that the sentence names
    /// (absolute offsets, in order).
    pub(super) untracked: Vec<(usize, usize)>,
    pub(super) periods: Vec<Mention>,
    /// Figures paired in order with a list of periods ("in FY21 and FY22, i.e.
    /// 47 percent and 24.1 percent respectively"): (figure start, period index).
    pub(super) by_period: Vec<(usize, usize)>,
    /// The period the story is about so far (the sentences before), if any.
    pub(super) discourse: Option<Span>,
}

/// What a sentence's words give whatever the article's date: read once per
/// check (an undated text is read twice, see `crate::check`).
#[derive(Debug, Clone)]
pub(crate) struct Scanned {
    amounts: Vec<scan::Amount>,
    pcts: Vec<Pct>,
    records: Vec<scan::RecordPhrase>,
    periods: Vec<period::Mention>,
    untracked: Vec<(usize, usize)>,
}

/// Sentences already scanned, by their place in the text read.
pub(crate) type ScanCache = std::collections::HashMap<(usize, usize), std::rc::Rc<Scanned>>;

fn scan_sentence(text: &str, start: usize, end: usize) -> Scanned {
    let st = &text[start..end];
    // No real sentence carries more numbers than this; the cap keeps the
    // per-number look-backs below from growing with the square of a
    // pathological one ("$1m $1m …" for 256 KiB).
    let mut amounts = scan::amounts(st, start);
    amounts.truncate(MAX_NUMBERS_PER_SENTENCE);
    amounts::round_hundreds(&mut amounts);
    let pcts: Vec<Pct> = scan::percents(st, start)
        .into_iter()
        .take(MAX_NUMBERS_PER_SENTENCE)
        .filter(|p| {
            !amounts
                .iter()
                .any(|a| overlaps((a.start, a.end), (p.start, p.end)))
        })
        .collect();
    Scanned {
        amounts,
        pcts,
        records: scan::records(st, start),
        periods: period::find(st, start),
        untracked: vocab::untracked(st, start),
    }
}

impl<'a> Sentence<'a> {
    pub(super) fn read(
        text: &str,
        at: &scan::Sentence,
        series: &'a [SeriesMention],
        anchor: Anchor,
        cache: &mut ScanCache,
    ) -> Self {
        let (start, end) = (at.start, at.end);
        let scanned = std::rc::Rc::clone(
            cache
                .entry((start, end))
                .or_insert_with(|| std::rc::Rc::new(scan_sentence(text, start, end))),
        );
        let Scanned {
            amounts,
            pcts,
            records,
            periods,
            untracked,
        } = (*scanned).clone();
        let mut periods = periods;
        for m in &mut periods {
            if let Some(fy) = anchor.fy {
                m.expr = anchored(m.expr, fy, anchor.latest);
            }
            if let (Expr::Month { .. }, Some(latest)) = (m.expr, anchor.latest) {
                if let Some(span) = m.expr.resolve(Some(latest)) {
                    m.expr = Expr::Span(span);
                }
            }
            if let (Expr::LastMonth, Some(latest)) = (m.expr, anchor.latest) {
                m.expr = Expr::Span(latest);
            }
        }
        // Without the article's date "last month" says no month.
        periods.retain(|m| m.expr != Expr::LastMonth);
        periods.retain(|m| {
            !records.iter().any(|r| {
                matches!(r.form, RecordForm::EarlierRecords { .. })
                    && overlaps((r.start, r.end), (m.start, m.end))
            }) && !amounts
                .iter()
                .any(|a| overlaps((a.start, a.end), (m.start, m.end)))
                && !pcts
                    .iter()
                    .any(|p| overlaps((p.start, p.end), (m.start, m.end)))
        });
        let mut numbers: Vec<(usize, usize)> = amounts
            .iter()
            .map(|a| (a.start, a.end))
            .chain(pcts.iter().map(|p| (p.start, p.end)))
            .collect();
        numbers.sort_unstable();
        let listed: Vec<(usize, usize)> = periods.iter().map(|m| (m.start, m.end)).collect();
        let by_period = respectively::period_pairs(text, start, end, &numbers, &listed);
        let amount_spans = amounts.iter().map(|a| (a.start, a.end)).collect();
        let mut s = Sentence {
            urdu: anchor.urdu,
            latest: anchor.latest,
            start,
            numbers,
            amount_spans,
            end,
            series,
            amounts: Vec::new(),
            pcts,
            records,
            untracked,
            periods,
            by_period,
            discourse: None,
        };
        s.amounts = amounts
            .into_iter()
            .map(|a| s.read_amount(text, a))
            .collect();
        // The second end of a range ("between $3.5 billion and $3.7 billion by
        // the fiscal year's end", "$3.5-3.7 billion") is what the first is: a
        // projection or a target stays one.
        for i in 1..s.amounts.len() {
            let (prev, cur) = (&s.amounts[i - 1], &s.amounts[i]);
            if matches!(prev.kind, Kind::Projection | Kind::Target)
                && matches!(cur.kind, Kind::Amount | Kind::Projection | Kind::Target)
                && scan::range_join(slice(text, prev.amount.end, cur.amount.start))
            {
                s.amounts[i].kind = s.amounts[i - 1].kind;
                // "$3.6 billion to $4 billion by the end of FY2024-25": the
                // period written after the range is both ends'.
                if s.amounts[i - 1].bound.is_none() {
                    s.amounts[i - 1].bound = s.amounts[i].bound;
                }
            }
            // "A target to increase IT exports from $3.2 billion in FY2024 to
            // $4.2 billion in FY2025": where the rise starts is a level, where
            // it ends the target.
            let (prev, cur) = (&s.amounts[i - 1], &s.amounts[i]);
            let lead = tail(slice(text, start, prev.amount.start), 80);
            if cur.kind == Kind::Amount
                && scan::target_rise_from(lead)
                && scan::rise_to(slice(text, prev.amount.end, cur.amount.start))
            {
                s.amounts[i].kind = Kind::Target;
            }
        }
        s
    }

    /// The threshold a projected amount at `start..end` states: its words, or
    /// its end of a range ("could reach $3.6 to $4 billion": at least 3,600
    /// and at most 4,000).
    pub(super) fn projection_bound(&self, text: &str, start: usize, end: usize) -> Option<Bound> {
        let prev = self.prev_number_end(start);
        let next = self.numbers.iter().map(|n| n.0).filter(|s| *s >= end).min();
        if prev > self.start && scan::range_join(slice(text, prev, start)) {
            Some(Bound::AtMost)
        } else if next.is_some_and(|n| scan::range_join(slice(text, end, n))) {
            Some(Bound::AtLeast)
        } else {
            scan::projection_bound(slice(text, prev, start))
                .or_else(|| scan::projection_bound_after(slice(text, end, self.end)))
        }
    }

    /// The end of the number (amount or percentage) before `pos`, or the sentence start.
    pub(super) fn prev_number_end(&self, pos: usize) -> usize {
        self.numbers
            .iter()
            .map(|n| n.1)
            .filter(|e| *e <= pos)
            .max()
            .unwrap_or(self.start)
    }

    pub(super) fn read_amount(&self, text: &str, a: Amount) -> AmountInfo {
        // Comparison words may sit after a percentage ("26 percent above the
        // $348 million"), so the words before an amount run back to the previous
        // amount only.
        let prev_amount_end = self
            .amount_spans
            .iter()
            .map(|(_, e)| *e)
            .filter(|e| *e <= a.start)
            .max()
            .unwrap_or(self.start);
        let before = tail(slice(text, prev_amount_end, a.start), 80);
        let after = slice(text, a.end, self.end);
        let prev_end = self.prev_number_end(a.start);
        let listed = self.listed_period(a.start);
        // The lead runs back to the previous amount: a rate may sit between
        // ("in the same period of last fiscal year, 70.97 percent with $423
        // million", Daily Gulf News in Urdu, 2021-11). A relative period that
        // opens the amount's own clause is its period, not one named before or
        // after it ("July-December 2025 … $557 million, while in the same
        // period of last fiscal year … $352 million", Express, 2026-01-20, in
        // Urdu).
        let lead_rel = [prev_end, prev_amount_end]
            .map(|from| slice(text, from, a.start))
            .into_iter()
            .filter(|l| l.len() < 120)
            .find_map(scan::rel_offset_leading)
            .or_else(|| scan::rel_possessive(before));
        let bound = listed
            .or_else(|| {
                lead_rel
                    .is_none()
                    .then(|| self.bound_after(text, a.end))
                    .flatten()
            })
            .or_else(|| {
                self.periods.iter().rposition(|m| {
                    // A bare month's match takes its "'s" ("April’s deficit of
                    // $187 million", World Pakistan, 2024-06-21).
                    let own = slice(text, m.start, m.end);
                    let end = ["’s", "'s"]
                        .iter()
                        .find(|s| own.ends_with(*s))
                        .map_or(m.end, |s| m.end - s.len());
                    m.end <= a.start
                        && lead_rel.is_none()
                        && scan::possessive_gap(slice(text, end, a.start))
                })
            })
            .or_else(|| {
                (prev_end > self.start && lead_rel.is_none())
                    .then(|| self.period_led_into(text, a.start, scan::lead_gap))
                    .flatten()
            });
        let rel_after = scan::rel_offset_after(after);
        // "trade surplus of $2.297 billion during the last year (FY 2022-23)" (The
        // Nation, 2024-12-19): the period the brackets name is the relative one's.
        let bound = bound.or_else(|| {
            let (_, e) = rel_after?;
            let rest = &after[e..];
            let open = rest.len() - rest.trim_start().len();
            rest[open..].starts_with('(').then_some(())?;
            let at = a.end + e + open + 1;
            self.periods
                .iter()
                .position(|m| m.start >= at && slice(text, at, m.start).trim().is_empty())
        });
        let rel = if bound.is_none() {
            rel_after.map(|(n, _)| n).or(lead_rel)
        } else {
            None
        };
        let after_previous_record = self.records.iter().any(|r| {
            r.form == RecordForm::PreviousRecord
                && r.end <= a.start
                && slice(text, r.end, a.start)
                    .trim()
                    .trim_start_matches("of")
                    .trim_start_matches("at")
                    .trim()
                    .is_empty()
        });
        // Urdu puts the noun after the amount and its verbs ("2023 تک 5 ارب ڈالر
        // تک لے جانے کا ہدف ہے", Public News, 2021-05-28): the target is
        // looked for further on.
        let target = scan::target_cue(before, after)
            || (self.urdu && scan::target_cue(head(after, 40), ""))
            || (!self.urdu && scan::in_target_list(tail(slice(text, self.start, a.start), 200)));
        // A target the sentence says was crossed is a claim about the outcome:
        // at least that much ("آئی ٹی برآمدات نے 30 جون تک 2 ارب ڈالرز کاہدف عبور
        // کرلیا", IT exports crossed the $2 billion target by 30 June, UrduPoint,
        // 2021-07-23: FY2020-21 was $2,108m).
        let met = target && scan::target_met(before, after);
        let kind = if target && !met {
            Kind::Target
        } else if met {
            Kind::Amount
        } else if scan::comparator_before(before)
            || after_previous_record
            || (prev_amount_end > self.start
                && scan::added_to(
                    tail(slice(text, self.start, prev_amount_end), 60),
                    slice(text, prev_amount_end, a.start),
                ))
        {
            Kind::Comparison
        } else if scan::projection_cue(self.clause_before(text, a.start))
            || (self.urdu && scan::projection_cue(head(after, 40)))
        {
            // Urdu puts the verb after the amount ("… ارب ڈالر کے درمیان ہو سکتی ہے").
            Kind::Projection
        } else {
            Kind::Amount
        };
        // An Urdu base amount ("305 ملین ڈالر کے مقابلہ میں 342 ملین ڈالر") takes
        // the period the sentence marks as the base's, not the clause's own.
        let bound = bound.filter(|_| !(self.urdu && kind == Kind::Comparison));
        AmountInfo {
            amount: a,
            kind,
            met,
            listed: listed.is_some() && bound == listed,
            bound,
            rel,
            span: None,
        }
    }

    /// The period a figure starting at `pos` is paired with by "respectively".
    pub(super) fn listed_period(&self, pos: usize) -> Option<usize> {
        self.by_period
            .iter()
            .find(|(at, _)| *at == pos)
            .map(|(_, i)| *i)
    }

    /// The words of the clause before an amount at `pos`: back to the previous
    /// number, at most 70 bytes; in Urdu, whose verbs close their clause, after
    /// the previous clause's "could" (the rewrite of "ہو سکتی ہے").
    pub(super) fn clause_before<'t>(&self, text: &'t str, pos: usize) -> &'t str {
        let before = tail(slice(text, self.prev_number_end(pos), pos), 70);
        match before.rfind("could") {
            Some(i) if self.urdu => &before[i + "could".len()..],
            _ => before,
        }
    }

    /// The period mention right after `pos` with only connecting words between.
    pub(super) fn bound_after(&self, text: &str, pos: usize) -> Option<usize> {
        if self.urdu {
            // Urdu writes the period before the number, with the number's own
            // clause between.
            let prev = self
                .numbers
                .iter()
                .map(|n| n.1)
                .filter(|e| *e < pos)
                .filter(|e| !self.periods.iter().any(|m| m.start < *e && *e <= m.end))
                .max()
                .unwrap_or(self.start);
            let own_start = self
                .amount_spans
                .iter()
                .find(|(_, e)| *e == pos)
                .map_or(pos, |(s, _)| *s);
            // A period followed by "compared to" ("گزشتہ مالی سال کے اسی عرصے کے
            // مقابلے میں 2.35 فیصد") is the base, not the number's own.
            let own = |from: usize| {
                self.periods.iter().rposition(|m| {
                    m.end <= own_start.min(pos)
                        && m.start >= from
                        && !matches!(m.expr, Expr::Date)
                        // The words up to the next number are the period's: a
                        // later amount's base words are that amount's ("فروری 2025
                        // کے مقابلہ میں مارچ 2025 کے دوران … 12.13 فیصد … 305 ملین
                        // ڈالر کے مقابلہ میں 342 ملین ڈالر": 342 is March's).
                        && {
                            let next = self
                                .amount_spans
                                .iter()
                                .map(|(s, _)| *s)
                                .chain(self.pcts.iter().map(|p| p.start))
                                .filter(|s| *s >= m.end)
                                .min()
                                .unwrap_or(own_start);
                            let words = slice(text, m.end, own_start.min(next));
                            !URDU_BASE.iter().any(|w| words.contains(w))
                        }
                })
            };
            // Else the clause's period, which its figures share ("اگست میں نیٹ آئی
            // ٹی ایکسپورٹ ماہانہ بنیادوں پر 7 فیصد اور سالانہ بنیادوں پر 3 فیصد
            // اضافے کے ساتھ 204 ملین ڈالر": all three are August's).
            let clause = slice(text, self.start, own_start)
                .rfind([',', ';'])
                .map_or(self.start, |i| self.start + i);
            return own(prev).or_else(|| own(clause));
        }
        let i = self
            .periods
            .iter()
            .position(|m| m.start >= pos && !matches!(m.expr, Expr::Date))?;
        let gap = slice(text, pos, self.periods[i].start);
        (scan::binding_gap(gap) && !scan::base_phrase_before(gap)).then_some(i)
    }

    /// The nearest period since the previous number before `pos`, when the
    /// words between (`joins`) make it the number's ("1QFY26 exports stood at
    /// $1.057bn", "since FY24 had already seen a jump of 24 percent").
    pub(super) fn period_led_into(
        &self,
        text: &str,
        pos: usize,
        joins: fn(&str) -> bool,
    ) -> Option<usize> {
        let prev_end = self.prev_number_end(pos);
        let i = self
            .periods
            .iter()
            .rposition(|m| m.end <= pos && m.start >= prev_end && !matches!(m.expr, Expr::Date))?;
        joins(slice(text, self.periods[i].end, pos)).then_some(i)
    }

    /// Mentions that are bases of comparisons ("compared to $286 million in July
    /// 2024", "than November's $356 million", "compared to June", "since April").
    pub(super) fn is_base(&self, text: &str, i: usize) -> bool {
        let bound_to_comparison = self
            .amounts
            .iter()
            .any(|a| a.bound == Some(i) && a.kind == Kind::Comparison);
        let m = self.periods[i];
        let before = tail(slice(text, self.start, m.start), 60);
        // "The corresponding period of FY 2023-24" is a base by its words, and
        // so is a label in brackets after them.
        // Urdu names "the same period of FY22" first and says "… کے مقابلے میں"
        // (compared with) after the base amount: "تجارتی سرپلس مالی سال 22 کی اسی
        // مدت میں رجسٹرڈ $1.117 بلین کے سرپلس کے مقابلے میں 20.32 فیصد زیادہ تھا"
        // (Pakistan Affairs, 2023-02).
        let urdu_same_period = self.urdu
            && before
                .trim_end()
                .to_ascii_lowercase()
                .ends_with("same period of")
            && slice(text, m.end, self.end).contains("مقابل");
        // "over the past eight months" (Pakistan News Gazette, 2025-03-19) is
        // the run the figures are of, never a base: "over" is not "compared
        // with" before it.
        // Not where the sentence also names a run of days or weeks the
        // months cannot give ("a steady increase over the past five months,
        // with a notable thirteen percent surge observed in the last 30 days",
        // Radio Pakistan, 2024-02-26).
        if matches!(m.expr, Expr::Trailing { .. })
            && !bound_to_comparison
            && !scan::days_or_weeks(slice(text, self.start, self.end))
        {
            return false;
        }
        bound_to_comparison
            || urdu_same_period
            // "گزشتہ مالی سال کے مقابلے میں رواں مالی سال میں …" (compared with
            // the last fiscal year, in the current one …; Siasat, 2021-10-20).
            || (self.urdu && super::urdu_base_after(text, &m))
            || matches!(m.expr, Expr::SameMonthsIn(_))
            || scan::same_period_before(before)
            || (scan::base_phrase_before(before)
                && !opens_range(before, slice(text, m.start, m.end)))
    }

    /// True when mention `i` dates an old record the sentence names ("higher
    /// than the previous monthly-level high export receipts record of $330
    /// million in October 2024", The Nation, 2025-01-19): the record's month,
    /// not the sentence's.
    pub(super) fn dates_previous_record(&self, text: &str, i: usize) -> bool {
        let m = self.periods[i];
        self.records.iter().any(|r| {
            r.form == RecordForm::PreviousRecord && r.end <= m.start && {
                let gap = slice(text, r.end, m.start).trim_end();
                gap.len() <= 80
                    && !gap.contains([',', ';'])
                    && [" in", " during"].iter().any(|w| gap.ends_with(w))
            }
        })
    }

    /// True when the sentence's first period is, in Urdu, marked as a base by
    /// the words after it ("… کے مقابلے میں").
    pub(super) fn urdu_base_first(&self, text: &str) -> bool {
        self.urdu
            && self
                .periods
                .iter()
                .find(|m| !matches!(m.expr, Expr::Date))
                .is_some_and(|m| urdu_base_after(text, m))
    }

    /// The sentence's own main period, if it names one.
    /// A figure no tracked series claims, in a sentence about a subject the
    /// checker does not track ("rice exports, which fell by 44 percent";
    /// "workers' remittances … reaching $16.1 billion"): found, and left
    /// unjudged with the subject named, so a reader sees it was read.
    pub(super) fn untracked(
        &self,
        text: &str,
        start: usize,
        end: usize,
        value: Option<f64>,
        kind: Kind,
    ) -> Option<Draft> {
        // The subject named last before the figure, else the first after it
        // ("rice exports, which fell by 44 percent"; "remittances … reaching
        // $16.1 billion").
        let (a, b) = self
            .untracked
            .iter()
            .rev()
            .find(|(_, e)| *e <= start)
            .or_else(|| self.untracked.iter().find(|(s, _)| *s >= start))?;
        let subject = slice(text, *a, *b);
        // Market prices are asides ("Boeing Shares Plunge 4.9%", a link to
        // another story), not figures of the economy a trade story weighs.
        if vocab::names_market(subject) {
            return None;
        }
        Some(Draft::new(
            start,
            end,
            kind,
            None,
            None,
            false,
            What::NotJudged {
                value,
                why: format!("about {}, which itx does not track", sentence_case(subject)),
            },
        ))
    }

    pub(super) fn main_span(
        &self,
        text: &str,
        discourse: Option<Span>,
        fallback: Option<Span>,
    ) -> Option<Span> {
        let i = (0..self.periods.len()).find(|&i| {
            !matches!(self.periods[i].expr, Expr::Date)
                && !self.is_base(text, i)
                && !self.dates_previous_record(text, i)
        })?;
        self.periods[i].expr.resolve(discourse.or(fallback))
    }

    pub(super) fn claims(
        mut self,
        text: &str,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
        out: &mut Vec<Draft>,
    ) {
        // The periods the sentence marks as a comparison's base ("اپریل 2021
        // کے مقابلے میں …"): a base amount without a period of its own is the
        // nearest such before it ("… 193 ملین ڈالر کے مقابلے میں 249 ملین ڈالر").
        let base_periods: Vec<(usize, Span)> = self
            .periods
            .iter()
            .zip(spans)
            .filter(|(m, _)| {
                // The Urdu words only: the rewrite's "than" marks a base of a
                // rate ("ستمبر سے 13 فیصد زائد"), not of an amount.
                let after = slice(text, m.end, m.end + 24);
                // "مئی 2023 میں 236 ملین ڈالر کے مقابلے میں" (hamariweb, 2024-06) is
                // rewritten "May 2023 میں compared with $236 million": the period
                // before the base amount is the base's.
                urdu_base_after(text, m)
                    || self.urdu
                        && after.find(crate::urdu::VERSUS).is_some_and(|i| {
                            after[i + crate::urdu::VERSUS.len()..].starts_with('$')
                        })
            })
            .filter_map(|(m, s)| s.map(|s| (m.end, s)))
            .collect();
        let base_before = |at: usize| {
            base_periods
                .iter()
                .rev()
                .find(|(end, _)| *end <= at)
                .map(|(_, s)| *s)
        };
        for a in &mut self.amounts {
            // "… totaling $5.08 billion compared to $5.15 billion in FY23"
            // after "Over the span of 8 months in FY24" (HUM English,
            // 2024-03-19): a base's fiscal year, beside a run of the next
            // year's months, is the same months of that year.
            let same_months = a
                .bound
                .filter(|&i| {
                    a.kind == Kind::Comparison && spans[i].is_some_and(|b| b.is_fiscal_year())
                })
                .and_then(|i| run_of_next_year(spans, i));
            a.span = match (a.bound, a.rel) {
                // "The previous fiscal year", anchored to the article's date,
                // lands on the story's own year when the story is about the
                // year just closed: a base is never the claim's own period
                // ("For the fiscal year ending in June, IT exports totaled $3.2
                // billion, a 24% increase from $2.5 billion in the previous
                // fiscal year", Daily Point, 2024-08-15), as for rates.
                (Some(i), _)
                    if a.kind == Kind::Comparison
                        && spans[i].is_some_and(|b| story == Some(b) && b.is_fiscal_year())
                        && {
                            let m = self.periods[i];
                            slice(text, m.start, m.end)
                                .split_whitespace()
                                .any(|w| crate::period::relative(w) < 0)
                        } =>
                {
                    spans[i].map(|b| b.shift(-12))
                }
                (Some(_), _) if same_months.is_some() => same_months.map(|r| r.shift(-12)),
                (Some(i), _) => spans[i],
                (None, Some(n)) => story.map(|s| s.shift(n)),
                (None, None) if a.kind == Kind::Comparison => base_before(a.amount.start),
                (None, None) if a.kind == Kind::Projection => None,
                (None, None) => story,
            };
        }
        self.month_on_month_ends(text);
        let claimed_bases = self.rate_claims(text, spans, story, own_main, ctx, out);
        self.amount_claims(text, story, own_main, ctx, &claimed_bases, out);
        self.record_claims(text, spans, story, own_main, ctx, out);
        self.multiple_claims(text, spans, story, own_main, ctx, out);
        self.other_figures(text, out);
    }
}

/// A relative fiscal year made explicit against the article's. "The first
/// eleven months of the current fiscal year" in a story of 15 July 2019 are
/// those of the year just closed, FY2018-19 (UrduPoint, 2019-07-15): a run of
/// the current year's months that would end months after the latest out on the
/// article's date is the previous year's (PBS publishes a month's trade in the
/// first week of the next: "the first seven months of the current fiscal year"
/// on 5 February 2020 are FY2019-20's, to January).
fn anchored(expr: Expr, fy: itx_types::FiscalYear, latest: Option<Span>) -> Expr {
    let current = matches!(
        expr,
        Expr::FyPart {
            fy: crate::period::FyRef::Relative(0),
            ..
        }
    );
    let e = expr.anchored(fy);
    match (latest, e.resolve(None)) {
        (Some(l), Some(run))
            if current && run.months < 12 && run.last() > Span::month(l.last()).shift(2).last() =>
        {
            expr.anchored(fy.prev())
        }
        // "The current fiscal year" as a whole, of which no month was out on
        // the article's date, is the year just closed: "IT exports rose 47.4
        // percent, crossing $2 billion for the first time in the current
        // fiscal year" on 20 July 2021 (LearnOnWeb, Urdu) is FY2020-21.
        (Some(l), Some(run)) if current && run.months == 12 && run.first > l.last() => {
            expr.anchored(fy.prev())
        }
        _ => e,
    }
}

/// The run of months from July, short of a whole year, that another period of
/// the sentence names in the fiscal year after the one at `i`.
fn run_of_next_year(spans: &[Option<Span>], i: usize) -> Option<Span> {
    let year = spans[i]?;
    spans.iter().enumerate().find_map(|(j, s)| {
        let s = (*s)?;
        (j != i
            && s.months < 12
            && s.first.month() == 7
            && s.shift(-12).fiscal_year() == year.fiscal_year())
        .then_some(s)
    })
}

/// "From July to October FY 2025-26", "from July 2021 to January 2022": the
/// "from" before a period opens the range itself, it is no comparison base.
pub(super) fn opens_range(before: &str, period: &str) -> bool {
    // "July-May", "July – May": months joined by a dash.
    let dashed = period
        .split_whitespace()
        .next()
        .and_then(|w| w.split_once(['-', '–']))
        .is_some_and(|(a, b)| {
            a.chars().all(char::is_alphabetic) && b.chars().all(char::is_alphabetic)
        });
    before.trim_end().to_ascii_lowercase().ends_with("from")
        && (dashed
            || period.split_whitespace().skip(1).any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "to" | "till" | "until" | "through" | "-" | "–"
                )
            }))
}

/// The year-on-year basis that fits a span.
pub(super) fn yoy_basis(t: Span) -> Basis {
    if t.is_fiscal_year() {
        Basis::FyYoy
    } else if t.months > 1 && t.first.month() == period::CAL.start_month {
        Basis::FytdYoy
    } else {
        Basis::Yoy
    }
}

/// A phrase as it reads mid-sentence: "Workers’ remittances" → "workers’
/// remittances"; acronyms ("GDP", "KSE-100") and countries ("Sri Lanka") stay.
pub(super) fn sentence_case(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b))
            if a.is_uppercase() && b.is_lowercase() && !vocab::is_country(phrase) =>
        {
            a.to_lowercase().chain(phrase.chars().skip(1)).collect()
        }
        _ => phrase.to_string(),
    }
}
