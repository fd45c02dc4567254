//! Record and rank phrases: "all-time high", "highest since", "lowest since",
//! "the previous record", "best July on record".

use super::*;

impl Sentence<'_> {
    /// The sentence's record phrases.
    pub(super) fn record_claims(
        &self,
        text: &str,
        spans: &[Option<Span>],
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
        out: &mut Vec<Draft>,
    ) {
        for r in &self.records {
            let Some(series) = ctx.at(text, r.start, r.end, None) else {
                continue;
            };
            // "a record $366 million", "all-time high of $354 million".
            let attached = self.amounts.iter().find(|a| {
                a.amount.start >= r.end
                    && matches!(
                        slice(text, r.end, a.amount.start)
                            .trim()
                            .to_ascii_lowercase()
                            .as_str(),
                        "" | "of" | "at" | "with" | "of about" | "of nearly"
                    )
            });
            let mut written = true;
            let (span, named, named_value) = match r.form {
                RecordForm::PreviousRecord => {
                    // "The previous highest monthly export number was $303m in
                    // December 2023" (Dawn, 2024-04-23): a few words may part the
                    // phrase from its amount.
                    let attached = attached.or_else(|| {
                        self.amounts.iter().find(|a| {
                            a.amount.start >= r.end
                                && scan::record_value_gap(slice(text, r.end, a.amount.start))
                        })
                    });
                    let named = attached
                        .and_then(|a| a.span)
                        .or_else(|| self.bound_after(text, r.end).and_then(|i| spans[i]));
                    // The record is broken in the story's month; the month the
                    // sentence names is the old record's.
                    let own = if named.is_some() && named == story {
                        self.discourse.or(story)
                    } else {
                        story
                    };
                    (own, named, attached.map(|a| a.amount.value))
                }
                RecordForm::HighestSince | RecordForm::LowestSince | RecordForm::FirstFallSince => {
                    let named = self
                        .periods
                        .iter()
                        .position(|m| {
                            m.start >= r.end && slice(text, r.end, m.start).trim().is_empty()
                        })
                        .and_then(|i| spans[i]);
                    let mut own = attached.and_then(|a| a.span);
                    // "Q1FY23 was the first time since Q3FY16 when …": the fall is
                    // the period the sentence names before the phrase; with none,
                    // the story's, which is not the sentence's own.
                    if r.form == RecordForm::FirstFallSince {
                        own = own.or_else(|| self.span_before(spans, r.start));
                        written = own.is_some();
                    }
                    (own.or(story), named, None)
                }
                RecordForm::SameMonth(month) => {
                    let own = attached
                        .and_then(|a| a.span)
                        .or_else(|| self.bound_after(text, r.end).and_then(|i| spans[i]))
                        .or(story);
                    let fixed = own.and_then(|s| {
                        if s.months == 1 && s.first.month() != month {
                            Expr::Month {
                                month,
                                year: period::YearRef::Recent,
                            }
                            .resolve(Some(s))
                        } else {
                            Some(s)
                        }
                    });
                    (fixed, None, None)
                }
                RecordForm::EarlierRecords { .. } => (story, None, None),
                // "During July-September, … proceeds from the sector stood at
                // $633m — lower than the past four quarters": the amount's
                // period, else the one the sentence names before the phrase,
                // else the story's.
                RecordForm::BeyondPast { .. } => {
                    let own = attached
                        .and_then(|a| a.span)
                        .or_else(|| self.span_before(spans, r.start));
                    written = own.is_some();
                    (own.or(story), None, None)
                }
                // A run's month is the one the sentence ends it on, never the one
                // it says the run began ("the 13th consecutive month of growth,
                // beginning in October 2022").
                RecordForm::Streak(_) | RecordForm::FallStreak(_) => {
                    let starts = |i: usize| {
                        let gap = slice(text, r.end, self.periods[i].start).to_ascii_lowercase();
                        ["beginning", "starting", "since", "from", "began"]
                            .iter()
                            .any(|w| gap.contains(w))
                    };
                    let own = self.bound_after(text, r.end).filter(|&i| !starts(i));
                    let start_named = (0..self.periods.len())
                        .any(|i| self.periods[i].start >= r.end && starts(i));
                    // "These monthly IT exports in December 2024 …, which is the
                    // 15th consecutive month of IT export growth starting from
                    // October 2023" (The Nation, 2025-01-19): the month the
                    // sentence names before the run, when it names one.
                    let before = self.span_before(spans, r.start).filter(|s| s.months == 1);
                    let fallback = if start_named {
                        before.or(self.discourse).or(story)
                    } else {
                        story
                    };
                    (own.and_then(|i| spans[i]).or(fallback), None, None)
                }
                // "May 2023 exports are the 2nd highest in FY23" (Trade
                // Chronicle, 2023-06-22): the year after the phrase is the one
                // the month is ranked in; the month is the one the sentence
                // names before it, else the story's.
                RecordForm::RankInYear(_) => {
                    let month = (0..self.periods.len())
                        .rev()
                        .filter(|&i| self.periods[i].end <= r.start)
                        .find_map(|i| spans[i].filter(|s| s.months == 1));
                    let own = month
                        .or(self.discourse.filter(|s| s.months == 1))
                        .or(story.filter(|s| s.months == 1));
                    written = month.is_some();
                    (own.or(story), None, None)
                }
                RecordForm::AllTimeHigh
                | RecordForm::Rank(_)
                | RecordForm::RecordChange
                | RecordForm::HighestIn(_)
                | RecordForm::LowestIn(_) => {
                    // "versus 11MFY22 that witnessed highest ever ICT exports" (Business
                    // Recorder, 2023-06-26): the record is the period's it follows.
                    let witnessed = self
                        .periods
                        .iter()
                        .position(|m| {
                            m.end <= r.start && scan::witnessed_gap(slice(text, m.end, r.start))
                        })
                        .and_then(|i| spans[i]);
                    let own = attached
                        .and_then(|a| a.span)
                        .or_else(|| self.bound_after(text, r.end).and_then(|i| spans[i]))
                        .or(witnessed);
                    // "IT exports at the highest level in history" in a
                    // headline that names no period (Sahafat, 2025-04-20): the
                    // story's month or its year to date may be meant.
                    written = own.is_some() || own_main;
                    (own.or(story), None, None)
                }
            };
            out.push(Draft::new(
                r.start,
                r.end,
                Kind::Record,
                Some(series),
                span,
                written,
                What::Record {
                    form: r.form,
                    named,
                    named_value,
                },
            ));
        }
    }
}

impl Sentence<'_> {
    /// The period of the last mention the sentence makes before `at`, if it
    /// resolves.
    fn span_before(&self, spans: &[Option<Span>], at: usize) -> Option<Span> {
        (0..self.periods.len())
            .rev()
            .find(|&i| self.periods[i].end <= at)
            .and_then(|i| spans[i])
    }
}
