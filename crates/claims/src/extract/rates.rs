//! Percentages: growth rates (their basis, base and own period) and shares
//! ("which is 74.65 percent of US$ 1.302 billion in exports", "the share of …").

use super::*;

impl Sentence<'_> {
    /// The sentence's rates and shares; returns the periods that rates gave
    /// to comparison bases without a written one (by amount index).
    pub(super) fn rate_claims(
        &self,
        text: &str,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
        out: &mut Vec<Draft>,
    ) -> HashMap<usize, Span> {
        let mut claimed_bases: HashMap<usize, Span> = HashMap::new();
        let mut last_dir: Option<Dir> = None;
        for (pi, p) in self.pcts.iter().enumerate() {
            let next = self.pcts.get(pi + 1).map_or(self.end, |n| n.start);
            // Urdu writes a comparison's base before the rate ("گزشتہ ماہ کے مقابلے
            // میں 30 کروڑ 50 لاکھ ڈالر سے تقریباً 12 فیصد زیادہ": about 12% more than
            // last month's $305 million): the base is the rate's, and so are the
            // words before it.
            let prev = self.prev_number_end(p.start);
            let base_before_rate = if self.urdu {
                self.amounts
                    .iter()
                    .position(|a| a.amount.end == prev && a.kind == Kind::Comparison)
            } else {
                // English may name the base first too ("added $627 million to the
                // $2.596 billion achieved during FY 2022-23, a remarkable increase
                // of over 24 percent"): the last amount before the rate, when it
                // is a base and no other rate stands between.
                let prev_pct = pi.checked_sub(1).map_or(self.start, |i| self.pcts[i].end);
                self.amounts
                    .iter()
                    .rposition(|a| a.amount.end <= p.start)
                    .filter(|&i| {
                        self.amounts[i].kind == Kind::Comparison
                            && self.amounts[i].amount.start >= prev_pct
                    })
            };
            let before_from = base_before_rate
                .map_or(prev, |i| self.prev_number_end(self.amounts[i].amount.start));
            let before = tail(slice(text, before_from, p.start), 60);
            let after = slice(text, p.end, next.min(p.end + 100));
            let first_amount_after = self
                .amounts
                .iter()
                .find(|a| a.amount.start >= p.end && a.amount.start < next)
                .map_or(after.len(), |a| a.amount.start - p.end);
            let after_words = head(after, first_amount_after.min(scan::clause_end(after)));
            if let Some(d) = self.share_claim(text, p, next, spans, story, own_main, ctx) {
                // The total amount without a period of its own is over the
                // share's ("… were $1.12bn which was 74.72pc of $1.50bn").
                if let (Some(i), Some(span)) = (self.share_total(text, p, next), d.span) {
                    if self.amounts[i].span.is_none() {
                        claimed_bases.insert(i, span);
                    }
                }
                out.push(d);
                continue;
            }
            // The words after a group of figures paired with a list ("20
            // percent and 35 percent MoM decline in computer and telecom
            // services respectively") are every figure's of the group.
            let group_after = ctx
                .paired
                .iter()
                .map(|(at, _)| *at)
                .max()
                .filter(|last| *last > p.start && ctx.paired.iter().any(|(at, _)| *at == p.start))
                .and_then(|last| self.pcts.iter().find(|q| q.start == last))
                .map(|q| {
                    let after = slice(text, q.end, self.end.min(q.end + 100));
                    head(after, scan::clause_end(after))
                });
            let after_words = match group_after {
                Some(g) if scan::direction("", after_words).is_none() => g,
                _ => after_words,
            };
            // The second of "increases of 92% and 11%" shares the first's direction.
            // So does a rate set against it ("شرح 17فیصد جبکہ زیرتبصرہ مہینے میں
            // 5.5فیصد": a growth rate of 17% while, in the month under review, 5.5%).
            let listed = pi > 0
                && (matches!(before.trim(), "and" | "," | ", and" | "&")
                    || ["while ", "whereas "]
                        .iter()
                        .any(|w| before.trim_start().to_ascii_lowercase().starts_with(w)));
            // "A rise in share in total service exports to 39 percent from 34
            // percent in 1HFY23" (Business Recorder, 2024-01-22): the levels a
            // share moved between, not rates of change.
            if let Some(d) = self.share_moved(text, p, spans, story, own_main, ctx) {
                out.push(d);
                continue;
            }
            let dir = scan::direction(before, after_words)
                .or_else(|| self.direction_of_list(text, pi))
                .or(if listed { last_dir } else { None })
                .or_else(|| {
                    scan::growth_stood_at(slice(text, before_from, p.start)).then_some(Dir::Up)
                })
                // "ICT export remittances grew by $49 million (19.1%) in March
                // 2024" (Trending Pakistan, 2024-06-12): a rate in brackets
                // right after a change takes the change's direction.
                .or_else(|| {
                    let a = self
                        .amounts
                        .iter()
                        .rev()
                        .find(|a| a.amount.end <= p.start)?;
                    if slice(text, a.amount.end, p.start).trim() != "(" {
                        return None;
                    }
                    scan::direction(tail(slice(text, self.start, a.amount.start), 40), "")
                });
            // Urdu writes the basis before the rate ("ماہانہ بنیادوں پر 7 فیصد اور
            // سالانہ بنیادوں پر 3 فیصد"): there the words before come first.
            let cue = if self.urdu {
                scan::basis_cue(before, false).or_else(|| scan::basis_cue(after_words, true))
            } else {
                scan::basis_cue(after_words, true).or_else(|| scan::basis_cue(before, false))
            };
            let base_amount = self
                .amounts
                .iter()
                .position(|a| {
                    a.amount.start >= p.end
                        && a.amount.start < next
                        && a.kind == Kind::Comparison
                        // "higher than 12% from the preceding month and also higher
                        // than the previous … record of $330 million": the old
                        // record, no base of the rate.
                        && !self.records.iter().any(|r| {
                            r.form == RecordForm::PreviousRecord
                                && r.start >= p.end
                                && r.end <= a.amount.start
                        })
                })
                .or(base_before_rate);
            let based = (0..self.periods.len()).find(|&i| {
                let m = self.periods[i];
                let gap = slice(text, p.end, m.start);
                // "to the lowest since May 2022" is no base of the rate.
                m.start >= p.end
                    && m.start < next
                    && !self.dates_previous_record(text, i)
                    // "up 23.8% on July 2024": "on" right after the rate.
                    && (scan::base_phrase_before(gap) || gap.trim().eq_ignore_ascii_case("on"))
                    && !opens_range(gap, slice(text, m.start, m.end))
                    && !gap.to_ascii_lowercase().contains("since")
            });
            // "A growth rate of 23.42% over the first 10 months of FY 2019-20" (PSEB,
            // 2020-06-02): "over" a run of months whose year-later months were not
            // out on the article's date is the rate's own period, not its base.
            let over_own = based
                .filter(|&i| {
                    let gap = slice(text, p.end, self.periods[i].start).trim_end();
                    let gap = gap.strip_suffix("the").unwrap_or(gap).trim_end();
                    gap.to_ascii_lowercase().ends_with("over")
                })
                .and_then(|i| spans[i])
                .filter(|b| {
                    b.months > 1 && self.latest.is_some_and(|l| b.shift(12).last() > l.last())
                });
            let named_base = base_amount
                .and_then(|i| self.amounts[i].span)
                .or_else(|| based.and_then(|i| spans[i]).filter(|_| over_own.is_none()));
            // Urdu names the base before the rate: "نومبر 2025 کے مقابلے میں یہ
            // برآمدات 23 فیصد بڑھیں" (compared with November 2025, exports rose 23%).
            let named_base = named_base.or_else(|| {
                if !self.urdu {
                    return None;
                }
                let from = self.prev_number_end(p.start);
                (0..self.periods.len())
                    .rev()
                    .find(|&i| {
                        let m = self.periods[i];
                        m.start >= from
                            && m.end <= p.start
                            && URDU_BASE[..URDU_BASE_WORDS]
                                .iter()
                                .any(|w| slice(text, m.end, p.start).contains(w))
                    })
                    .and_then(|i| spans[i])
            });
            // A base is never the claim's own period. "The previous fiscal year",
            // anchored to the article's date, lands on the sentence's own
            // written year when the story is about the year just closed: "For
            // the fiscal year ending in June, IT exports totaled $3.2 billion, a
            // 24% increase from $2.5 billion in the previous fiscal year" (Daily
            // Point, 2024-08-15). The base is then the year before that one.
            let named_base = named_base.map(|b| {
                if story == Some(b) && b.is_fiscal_year() {
                    b.shift(-12)
                } else {
                    b
                }
            });
            // "The average year-on-year growth per month between April and
            // October … has been just 9.56 per cent" (Dawn, 2022-12-05): an
            // average of rates needs no word of direction.
            let averaged = scan::mean_of_yoy(slice(text, self.start, p.start));
            if dir.is_none()
                && cue.is_none()
                && base_amount.is_none()
                && named_base.is_none()
                && !averaged
            {
                if let Some(d) = self.worded_share(text, p, spans, story, own_main, ctx) {
                    out.push(d);
                }
                // Otherwise not a rate of change ("60% of the population").
                continue;
            }
            if dir.is_some() {
                last_dir = dir;
            }
            let Some(series) = ctx.at(text, p.start, p.end, None) else {
                // A rate paired with a line the store does not track ("other
                // services" in "software, other services, and software
                // consultancy … 14%, 13%, and 8% respectively") is found and left
                // unjudged.
                if ctx
                    .paired
                    .iter()
                    .any(|(at, k)| *at == p.start && k.is_none())
                {
                    out.push(Draft::new(
                        p.start,
                        p.end,
                        Kind::Growth {
                            basis: Basis::Unknown,
                        },
                        None,
                        story,
                        own_main,
                        What::Growth {
                            value: p.value,
                            half: p.half,
                            qual: Qual::Exact,
                            base: None,
                        },
                    ));
                } else {
                    out.extend(self.untracked(
                        text,
                        p.start,
                        p.end,
                        Some(p.value),
                        Kind::Growth {
                            basis: Basis::Unknown,
                        },
                    ));
                }
                continue;
            };
            // A compound or average growth rate over several years is found and
            // left unjudged: the store's rates are one period's on another's.
            if averaged || scan::multi_year_rate(slice(text, self.start, p.start), after_words) {
                // A compound annual growth rate whose years the sentence says
                // ("5, 10, and 15 year compound annual growth rate (CAGR) of 19.5
                // percent, 12.5 percent, and 16.3 percent, respectively"; "a CAGR
                // exceeding 22% over the last five years") is judged over whole
                // fiscal years; an average of rates is not.
                let sentence = slice(text, self.start, self.end);
                // "YoY growth averaging 3% in May 22-Jan 23" (Topline, via Trade
                // Chronicle, 2023-02-20): the mean of the monthly year-on-year
                // rates over the run of months written beside it.
                let months = scan::mean_of_yoy(sentence)
                    .then(|| self.run_beside(text, p, spans))
                    .flatten();
                // Its place among the sentence's compound rates, for a list of
                // years ("5, 10, and 15 year").
                let order = || {
                    self.pcts
                        .iter()
                        .filter(|q| q.start < p.start)
                        .filter(|q| scan::multi_year_rate(slice(text, self.start, q.start), ""))
                        .count()
                };
                let (what, span, written) = match (scan::cagr_years(sentence, order), months) {
                    (Some(years), _) => (
                        What::Cagr {
                            value: p.value,
                            half: p.half,
                            qual: scan::qualifier_before(tail(before, 40)),
                            years,
                        },
                        story,
                        own_main,
                    ),
                    (None, Some(run)) => (
                        What::MeanYoy {
                            value: p.value,
                            half: p.half,
                        },
                        Some(run),
                        true,
                    ),
                    (None, None) => (
                        What::NotJudged {
                            value: Some(p.value),
                            why: "a compound or average growth rate over several years; the checker judges one period's growth on another's".into(),
                        },
                        story,
                        own_main,
                    ),
                };
                out.push(Draft::new(
                    p.start,
                    p.end,
                    Kind::Growth {
                        basis: Basis::Unknown,
                    },
                    Some(series),
                    span,
                    written,
                    what,
                ));
                continue;
            }
            // "projections estimate a growth of 18-20%", "expected to grow 20%":
            // a forecast, found and left unjudged.
            if scan::projection_cue(before) {
                out.push(Draft::new(
                    p.start,
                    p.end,
                    Kind::Projection,
                    Some(series),
                    story,
                    own_main,
                    What::ProjectedRate { value: p.value },
                ));
                continue;
            }
            let dir = dir.or(last_dir);
            last_dir = dir;
            let value = if p.signed || dir != Some(Dir::Down) {
                p.value
            } else {
                -p.value
            };
            // The balance is stored as exports less imports, negative in deficit:
            // a deficit that fell 34.9% is net exports up 34.9%.
            let deficit = series.flow() == Some(itx_types::Flow::Net)
                && speaks_of_deficit(slice(text, self.start, p.start));
            let value = if deficit { -value } else { value };
            // The period right after a base amount is the base's ("19.5 per cent
            // higher than $313 million recorded in January 2025"), not the rate's.
            let bound = self
                .bound_after(text, p.end)
                // Urdu's clause period may be a base named first ("مالی سال 22 کی
                // اسی مدت میں … کے مقابلے میں 20.32 فیصد زیادہ").
                .filter(|&i| !(self.urdu && self.is_base(text, i)))
                .filter(|&i| base_amount.is_none_or(|b| self.amounts[b].bound != Some(i)))
                // "Up 23.8% on July 2024": the period right after is the base.
                .filter(|&i| based != Some(i) || over_own.is_some())
                .or_else(|| self.period_led_into(text, p.start, scan::rate_lead_gap))
                .and_then(|i| spans[i]);
            let listed = self.listed_period(p.start).and_then(|i| spans[i]);
            let bound = listed.or(over_own).or(bound);
            // A base the sentence writes fixes the claim's own period from the
            // basis: the month after for MoM, a year later for YoY ("up 13.7%
            // compared with $364 million in February 2026").
            let from_base = named_base
                .filter(|_| bound.is_none())
                .and_then(|b| match cue {
                    Some(Cue::Mom) if b.months == 1 => Some(b.shift(1)),
                    Some(Cue::Yoy) => Some(b.shift(12)),
                    // The sentence's own period may be the base itself ("نومبر 2025 کے
                    // مقابلے میں یہ برآمدات 23 فیصد بڑھیں"): the story's, a month or a
                    // year on from it, is the rate's.
                    _ => story
                        .into_iter()
                        .chain(self.discourse)
                        .find(|t| *t == b.shift(12) || (b.months == 1 && *t == b.shift(1)))
                        .or_else(|| (b.months > 1).then(|| b.shift(12)))
                        // A change from a month ("fell 13 percent from their peak of
                        // $260 million recorded in March 2022") in a story about the
                        // months to August is August's.
                        .or_else(|| {
                            let t = story.filter(|t| t.months < 12)?;
                            let last = Span::month(t.last());
                            (b.months == 1 && last.first > b.first).then_some(last)
                        })
                        // Else a year on from the base, where that year's figure
                        // was out on the article's date ("مئی 2023 میں 236 ملین ڈالر
                        // کے مقابلے میں 40.7 فیصد اضافہ", hamariweb, June 2024): a
                        // rate is never of its own base's period.
                        .or_else(|| {
                            let t = b.shift(12);
                            self.latest.filter(|l| t.last() <= l.last()).map(|_| t)
                        }),
                });
            // A rate without its own period in a sentence that names a period and
            // its basis's base is the later one's ("$305 million in February
            // 2025, which rose to $342 million in March; … rose 12 percent
            // month-on-month").
            let paired = match cue {
                Some(Cue::Mom) => later_of_pair(spans, 1),
                Some(Cue::Yoy) => later_of_pair(spans, 12),
                _ => None,
            };
            let bound = bound.or(from_base).or(paired);
            let span = bound.or(story);
            // "Grew month-over-month (October to November) from $151 million to
            // $168 million showing an increase of 11 percent" (TechJuice,
            // 2020-12-24): two months the sentence compares month on month are
            // the later one on the earlier, not a run of two.
            let (span, cue) = match span {
                Some(t)
                    if t.months == 2
                        && cue.is_none()
                        && scan::basis_cue(slice(text, self.start, p.start), false)
                            == Some(Cue::Mom) =>
                {
                    (Some(Span::month(t.last())), Some(Cue::Mom))
                }
                _ => (span, cue),
            };
            let basis = match (cue, span) {
                (Some(Cue::Mom), _) => Basis::Mom,
                (Some(Cue::Yoy), Some(t)) => yoy_basis(t),
                (Some(Cue::Yoy), None) => Basis::Yoy,
                (None, Some(t)) => match named_base {
                    Some(b) if b == t.shift(-12) => yoy_basis(t),
                    Some(b) if t.months == 1 && b == t.shift(-1) => Basis::Mom,
                    Some(_) => Basis::Unknown,
                    None if t.months > 1 => yoy_basis(t),
                    None => Basis::Unknown,
                },
                (None, None) => Basis::Unknown,
            };
            // A comparison base without a written period is the basis's base.
            if let (Some(i), Some(t)) = (base_amount, span) {
                if self.amounts[i].span.is_none() {
                    let lag = match basis {
                        Basis::Mom => Some(-1),
                        Basis::Yoy | Basis::FytdYoy | Basis::FyYoy => Some(-12),
                        Basis::Unknown => None,
                    };
                    if let Some(lag) = lag {
                        claimed_bases.insert(i, t.shift(lag));
                    }
                }
            }
            let mut d = Draft::new(
                p.start,
                p.end,
                Kind::Growth { basis },
                Some(series),
                span,
                bound.is_some() || own_main,
                What::Growth {
                    value,
                    half: p.half,
                    // A bound only on a change the words name, before the rate or
                    // right after it ("grew by more than 43 percent", "more than 23
                    // percent increase", Urdu's "23 فیصد سے زیادہ کا اضافہ"): "account
                    // for over 10.8% of total exports" is a share.
                    // A bound on a fall is on its size: "down by over three
                    // percent" is a rate of -3% or less.
                    qual: match scan::qualifier_before(tail(before, 40)) {
                        _ if p.floor => Qual::AtLeast,
                        q @ (Qual::AtLeast | Qual::AtMost)
                            if scan::direction(tail(before, 40), head(after_words, 24))
                                .is_some() =>
                        {
                            match (q, value < 0.0 && !p.signed) {
                                (Qual::AtLeast, true) => Qual::AtMost,
                                (Qual::AtMost, true) => Qual::AtLeast,
                                _ => q,
                            }
                        }
                        // "Decreased by around 4 percent": a hedge, whatever the
                        // direction words.
                        q @ (Qual::About | Qual::Nearly) => q,
                        _ => Qual::Exact,
                    },
                    base: if basis == Basis::Unknown {
                        named_base
                    } else {
                        None
                    },
                },
            );
            d.deficit = deficit;
            out.push(d);
        }
        claimed_bases
    }
}

impl Sentence<'_> {
    /// The run of months written right after a rate ("averaging 3% in May
    /// 22-Jan 23"), else the last one written before it in the sentence; a run
    /// written without its year ("between April and October") is the latest
    /// one out on the article's date.
    fn run_beside(&self, text: &str, p: &Pct, spans: &[Option<Span>]) -> Option<Span> {
        let run = |i: usize| spans[i].filter(|s| s.months >= 2);
        (0..self.periods.len())
            .find(|&i| {
                let m = self.periods[i];
                m.start >= p.end && slice(text, p.end, m.start).len() <= 60 && run(i).is_some()
            })
            .or_else(|| {
                (0..self.periods.len())
                    .rev()
                    .find(|&i| self.periods[i].end <= p.start && run(i).is_some())
            })
            .and_then(run)
            .map(|s| match self.latest {
                Some(l) if s.last() > l.last() => s.shift(-12),
                _ => s,
            })
    }

    /// The direction a list of rates shares when its words come after the last
    /// of them ("exports 35.76% and imports 18.70% growth registered", Urdu's
    /// "برآمدات میں 35.76 فیصد اور درآمدات میں 18.70 فیصد کی نمو"): the first later
    /// rate, up to three on, whose own words give one, with no clause break or
    /// amount between.
    fn direction_of_list(&self, text: &str, pi: usize) -> Option<Dir> {
        let mut from = self.pcts[pi].end;
        for (qi, q) in self.pcts.iter().enumerate().skip(pi + 1).take(3) {
            let gap = slice(text, from, q.start);
            let amount_between = self
                .amounts
                .iter()
                .any(|a| a.amount.start >= from && a.amount.start < q.start);
            if amount_between || scan::clause_end(gap) < gap.len() || gap.contains([',', ';', ':'])
            {
                return None;
            }
            let next = self.pcts.get(qi + 1).map_or(self.end, |n| n.start);
            let after = slice(text, q.end, next.min(q.end + 100));
            if let Some(d) = scan::direction("", head(after, scan::clause_end(after))) {
                return Some(d);
            }
            from = q.end;
        }
        None
    }
}

/// The later of two periods of the same length `lag` months apart that the
/// sentence names, when there is exactly one such pair.
/// True when the clause before a rate speaks of a deficit, not a surplus, last
/// ("the services trade deficit decreased", "خدمات کا تجارتی خسارہ", rewritten
/// "services trade deficit").
pub(super) fn speaks_of_deficit(before: &str) -> bool {
    let lower = before.to_lowercase();
    match (lower.rfind("deficit"), lower.rfind("surplus")) {
        (Some(d), Some(s)) => d > s,
        (Some(_), None) => true,
        _ => false,
    }
}

fn later_of_pair(spans: &[Option<Span>], lag: i32) -> Option<Span> {
    let named: Vec<Span> = spans.iter().flatten().copied().collect();
    let mut pairs = named
        .iter()
        .filter(|s| (lag != 1 || s.months == 1) && named.contains(&s.shift(-lag)));
    let later = *pairs.next()?;
    pairs.all(|s| *s == later).then_some(later)
}
