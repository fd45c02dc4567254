//! From words to claims: which numbers are claims, what series and period each
//! is about, and what it asserts.
//!
//! A story is read sentence by sentence. Within a sentence a number takes the
//! period written right after it ("$286 million in July 2024"), or right before
//! it with a possessive ("November's $356 million"), or a relative one ("a year
//! earlier"); otherwise the sentence's main period (its first period that is not
//! the base of a comparison), or failing that the period the story was last
//! about. A number takes the nearest series phrase in its clause, else the last
//! one of the preceding sentences of its paragraph, else the series the story
//! names most (only when the sentence itself has a number and a period, so that
//! stray figures in headings and asides are not taken for claims).

use std::collections::HashMap;
use std::rc::Rc;

use itx_types::SeriesKey;

use crate::data::Data;
use crate::period::{self, Expr, Mention, Span};
use crate::scan::{
    self, Amount, Cue, Currency, Dir, Pct, Qual, RecordForm, RecordPhrase, ceil_boundary,
    floor_boundary, head, tail,
};
use crate::vocab::{self, SeriesMention};
use crate::{Basis, CheckOptions, Error, Kind};

mod amounts;
mod multiples;
mod rates;
mod records;
mod respectively;
mod series;
mod shares;

use series::SeriesContext;

/// Urdu words that make the period before them a comparison's base
/// ("کے مقابلے میں": compared to; "کی نسبت": relative to; "کی بنیاد پر": on the
/// basis of, which the rewrite leaves in Urdu only after a period: "ماہانہ
/// بنیادوں پر" becomes "month-on-month"), then the rewrite's English ones.
const URDU_BASE: &[&str] = &["مقابل", "نسبت", "بنیاد", "than", "compared"];
/// How many of [`URDU_BASE`] are Urdu words.
const URDU_BASE_WORDS: usize = 3;

/// Numbers read from one sentence, at most.
const MAX_NUMBERS_PER_SENTENCE: usize = 48;

/// True when Urdu words right after a period mention mark it as a comparison's
/// base ("اپریل 2021 کے مقابلے میں").
fn urdu_base_after(text: &str, m: &Mention) -> bool {
    let after = slice(text, m.end, m.end + 24);
    URDU_BASE[..URDU_BASE_WORDS]
        .iter()
        .any(|w| after.contains(w))
}

/// A claim before it is judged.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub series: Option<SeriesKey>,
    pub span: Option<Span>,
    /// True when the period was written in the claim's own sentence (not
    /// borrowed from the sentences before it).
    pub written: bool,
    pub what: What,
    /// True when the series is the line the sentence before named, referred
    /// back to ("The segment witnessed …"): that line, never the whole item.
    pub segment: bool,
    /// The amount is written in rupees ("Rs959 million"): judged as US dollars
    /// only where that reading fits exactly (a slip), else not judged.
    pub rupees: bool,
    /// The sentence the claim is in (its index in the text).
    pub sentence: usize,
    /// True when "respectively" pairs the figure with one of a list of periods
    /// ("$1.19 billion and $1.065 billion … in FY 2018 and 2019 respectively"):
    /// the pairing is the text's, so another period of the list that gives the
    /// figure is a swap, not another reading.
    pub listed: bool,
    /// What the whole story says, shared by its claims.
    pub story: Rc<Story>,
}

impl Draft {
    /// A claim read from one sentence; the story, the sentence's index and the
    /// segment mark are filled in once the whole text is read.
    fn new(
        start: usize,
        end: usize,
        kind: Kind,
        series: Option<SeriesKey>,
        span: Option<Span>,
        written: bool,
        what: What,
    ) -> Draft {
        Draft {
            start,
            end,
            kind,
            series,
            span,
            written,
            what,
            segment: false,
            rupees: false,
            listed: false,
            sentence: 0,
            story: Rc::default(),
        }
    }
}

/// What a story as a whole fixes for each of its claims.
#[derive(Debug, Default)]
pub(crate) struct Story {
    /// The period the story is about: its first sentence's period, most often
    /// the headline's.
    pub headline: Option<Span>,
    /// Every period the story names, resolved.
    pub named: Vec<Span>,
    /// The series the story is about (named most often, or the caller's).
    pub series: Option<SeriesKey>,
    /// Every series the story names.
    pub named_series: Vec<SeriesKey>,
}

/// The side a projected threshold is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    AtLeast,
    AtMost,
}

/// What a claim asserts.
#[derive(Debug, Clone)]
pub(crate) enum What {
    Level {
        value: f64,
        half: f64,
        qual: Qual,
        /// For a comparison base whose period is not written: the periods it may be.
        guesses: Vec<Span>,
        /// The unit was not written ("$894"): read as millions.
        unit_assumed: bool,
    },
    /// A figure no series is read for, and why: an amount in rupees, or one
    /// per day or per worker where the store holds monthly totals.
    NotJudged {
        value: Option<f64>,
        why: String,
    },
    Growth {
        value: f64,
        half: f64,
        /// The base the text names, when it names one.
        base: Option<Span>,
        /// "more than 43 percent": a bound (exact otherwise; "about" is read as
        /// the rounding the rate is printed with).
        qual: Qual,
    },
    Record {
        form: RecordForm,
        /// For "previous record …" and "highest since …": the period named.
        named: Option<Span>,
        named_value: Option<f64>,
    },
    Projection {
        value: f64,
        /// Half the last digit the figure is printed with.
        half: f64,
        /// A threshold ("cross $4 billion", "stay under $3 billion"): exact,
        /// whatever its printed rounding. Else a point ("reach $2.58 billion").
        bound: Option<Bound>,
        /// Written as a range ("$3-3.5 billion"), read as its middle.
        range: bool,
    },
    Target {
        value: f64,
    },
    /// A growth rate the words put in the future ("current projections
    /// estimate a growth of 18-20%").
    ProjectedRate {
        value: f64,
    },
    Share {
        value: f64,
        half: f64,
        total: Option<SeriesKey>,
    },
    /// The mean of the monthly year-on-year rates over a run of months.
    MeanYoy {
        value: f64,
        half: f64,
    },
    /// A compound annual growth rate over `years` whole fiscal years, ending
    /// with the claim's fiscal year (or the last one out on the article's date).
    Cagr {
        value: f64,
        half: f64,
        qual: Qual,
        years: u8,
    },
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Text between two absolute offsets, clamped to char boundaries.
fn slice(text: &str, a: usize, b: usize) -> &str {
    let a = floor_boundary(text, a);
    let b = ceil_boundary(text, b.max(a));
    &text[a..b]
}

/// True when `gap` closes a parenthesis it did not open.
fn closes_aside(gap: &str) -> bool {
    gap.find([')', '('])
        .is_some_and(|i| gap[i..].starts_with(')'))
}

fn clause_break(gap: &str) -> bool {
    gap.contains([',', ';', ':', '(', ')'])
        || gap.split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "while" | "whereas" | "but" | "and" | "though" | "although"
            )
        })
}

fn most_frequent(mentions: &[Vec<SeriesMention>]) -> Option<SeriesKey> {
    let mut counts: Vec<(SeriesKey, usize)> = Vec::new();
    for m in mentions.iter().flatten() {
        match counts.iter_mut().find(|(k, _)| *k == m.key) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.key.clone(), 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    let tied = counts.iter().filter(|(_, n)| *n == best).count();
    // Several lines named once each ("net IT exports … computer services …
    // telecom …"): none is the story's subject; a figure whose sentence names
    // no series is then the headline item's, what IT-export stories are about.
    if best == 1 && tied > 1 {
        return Some(SeriesKey::new(crate::vocab::HEADLINE));
    }
    // Other ties go to the series named first.
    counts.into_iter().find(|(_, n)| *n == best).map(|(k, _)| k)
}

/// How an amount was read.
#[derive(Debug, Clone)]
struct AmountInfo {
    amount: Amount,
    kind: Kind,
    bound: Option<usize>,
    /// The period is the one "respectively" pairs the amount with.
    listed: bool,
    rel: Option<i32>,
    span: Option<Span>,
}

/// Finds the claims in `text`.
///
/// # Errors
/// When the store cannot be read (for the reference period of undated mentions).
pub(crate) fn extract(
    text: &str,
    data: &mut Data<'_>,
    opts: &CheckOptions,
    urdu: bool,
) -> Result<Vec<Draft>, Error> {
    let sentences = scan::sentences(text);
    let mentions: Vec<Vec<SeriesMention>> = sentences
        .iter()
        .map(|s| vocab::find(&text[s.start..s.end], s.start))
        .collect();
    let default_series = opts
        .default_series
        .clone()
        .or_else(|| most_frequent(&mentions))
        .or_else(|| vocab::loose_subject(text));
    // Month names without a year, before the story has named any period, are
    // read against the latest month out on the article's date, or without a
    // date, the latest month with data.
    let date = opts.date.or_else(|| period::dateline(text));
    data.set_story_date(date);
    let fallback_ref = match (&default_series, date) {
        (_, Some(d)) => Some(Span::month(period::latest_out(d))),
        (Some(k), None) => data.series(k)?.latest(),
        (None, None) => None,
    };
    // "The current fiscal year" is the one containing the article's date.
    let today_fy = date.map(|d| Span::month(period::month_of(d)).fiscal_year());
    // A month named without a year is the latest such month out by the date.
    let latest = date.map(|d| Span::month(period::latest_out(d)));
    let anchor = Anchor {
        fy: today_fy,
        latest,
        urdu,
    };
    let mut discourse: Option<Span> = None;
    let mut headline: Option<Span> = None;
    let mut named: Vec<Span> = Vec::new();
    let mut earlier: Vec<(usize, SeriesKey)> = Vec::new();
    let mut drafts = Vec::new();
    // A headline or lead that names no period ("IT exports increase 35.77pc to
    // $1.302bn in six months") is about the period the story names first.
    let first_main = sentences.iter().enumerate().find_map(|(si, s)| {
        let sentence = Sentence::read(text, s.start, s.end, &mentions[si], anchor);
        // Urdu marks a base after it: "گذشتہ مالی سال جولائی کے مقابلے میں 33.64 فیصد
        // اضافہ" (up 33.64% on July of the last fiscal year, Daily Aaj,
        // 2024-08-20) names no period the story is about.
        if sentence.urdu_base_first(text) {
            return None;
        }
        sentence.main_span(text, None, fallback_ref)
    });
    for (si, s) in sentences.iter().enumerate() {
        let mut sentence = Sentence::read(text, s.start, s.end, &mentions[si], anchor);
        sentence.discourse = discourse;
        let main = sentence.main_span(text, discourse, fallback_ref);
        let reference = main.or(discourse).or(first_main).or(fallback_ref);
        let story = main.or(discourse).or(first_main);
        let spans: Vec<Option<Span>> = sentence
            .periods
            .iter()
            .map(|m| m.expr.resolve(reference))
            .collect();
        named.extend(spans.iter().flatten());
        let has_numbers = !sentence.amounts.is_empty() || !sentence.pcts.is_empty();
        let has_period = sentence
            .periods
            .iter()
            .any(|m| !matches!(m.expr, Expr::Date))
            || sentence.amounts.iter().any(|a| a.rel.is_some())
            // "… said that in the same period of last fiscal year $1,898m of
            // exports took place" (Samaa, 2022-06, in Urdu): a period all the same.
            || period::names_same_period_of(&text[s.start..s.end]);
        // A sentence about something the checker does not track borrows no series.
        // Something named only well after its last figure is not what the
        // figures are of ("The exports increased by only $18 million compared to
        // FY 2017 which is much lower than … in terms of taxes", ProPakistani,
        // 2018-11-19); one named right after is ("$16.1 billion in remittances").
        let last_number = sentence.numbers.iter().map(|n| n.1).max();
        let elsewhere = mentions[si].is_empty()
            && sentence
                .untracked
                .iter()
                .any(|(a, _)| last_number.is_none_or(|e| *a < e + 60));
        // A deck under a one-sentence headline ("IT exports witness 24% surge in
        // May 2023" / "Reach $236 million, despite decline of 1% year-on-year",
        // Express Tribune, 2023-06-22) is about the headline's series.
        let deck = si == 1
            && s.para == 1
            && sentences[0].para == 0
            && mentions[si].is_empty()
            && !mentions[0].is_empty()
            && !elsewhere;
        // "The exports …" in a sentence that names no line: the story's.
        let the_exports = (mentions[si].is_empty()
            && !elsewhere
            && vocab::says_the_exports(&text[s.start..s.end]))
        .then(|| default_series.clone())
        .flatten();
        // "The segment …", "the subsector …" is the line the sentence before
        // was about, not the headline item it was compared with ("Computer
        // Services … the biggest contributor to IT exports … The segment
        // witnessed a growth of 39 percent").
        let segment = (mentions[si].is_empty()
            && si > 0
            && sentences[si - 1].para == s.para
            && vocab::says_segment(&text[s.start..s.end]))
        .then(|| {
            mentions[si - 1]
                .iter()
                .find(|m| m.key.as_str() != vocab::HEADLINE)
                .map(|m| m.key.clone())
        })
        .flatten();
        let numbers = sentence.numbers.clone();
        let ctx = SeriesContext {
            paired: respectively::pairs(text, s.start, s.end, &numbers, &mentions[si]),
            numbers,
            rates: sentence.pcts.iter().map(|p| p.start).collect(),
            mentions: &mentions[si],
            earlier: segment
                .iter()
                .chain(&the_exports)
                .cloned()
                .chain(
                    earlier
                        .iter()
                        .rev()
                        .take_while(|(p, _)| *p == s.para)
                        .take(2)
                        .filter(|_| !elsewhere)
                        .map(|(_, k)| k.clone()),
                )
                .collect(),
            // A sentence with a period, or one that says "IT" ("the IT sector's
            // year-on-year export growth rate was 17 percent"), may fall back
            // on the story's series.
            // A record phrase is a claim without a number ("برآمدات کا نیا
            // ریکارڈ قائم کر لیا": exports set a new record).
            default: ((has_numbers || !sentence.records.is_empty())
                && (has_period
                    || deck
                    || vocab::says_it(&text[s.start..s.end])
                    || vocab::says_the_sector(&text[s.start..s.end])
                    || vocab::says_these_exports(&text[s.start..s.end]))
                && !elsewhere)
                .then(|| default_series.clone())
                .flatten(),
        };
        let before = drafts.len();
        sentence.claims(text, &spans, story, main.is_some(), &ctx, &mut drafts);
        for d in &mut drafts[before..] {
            d.sentence = si;
            d.segment = segment.is_some() && d.series == segment;
        }
        if main.is_some() {
            discourse = main;
            headline = headline.or(main);
        }
        if let Some(last) = mentions[si].last() {
            earlier.push((s.para, last.key.clone()));
        }
    }
    drafts.sort_by_key(|d| d.start);
    named.sort();
    named.dedup();
    let mut named_series: Vec<SeriesKey> =
        mentions.iter().flatten().map(|m| m.key.clone()).collect();
    named_series.sort();
    named_series.dedup();
    let story = Rc::new(Story {
        headline,
        named,
        series: default_series,
        named_series,
    });
    for d in &mut drafts {
        d.story = Rc::clone(&story);
    }
    Ok(drafts)
}

/// What the article's date and language fix for every sentence.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// The fiscal year containing the article's date ("the current fiscal year").
    fy: Option<itx_types::FiscalYear>,
    /// The latest month out on the article's date.
    latest: Option<Span>,
    /// Urdu copy (read in its English-form rewrite), where a number's period
    /// comes before it ("فروری 2025 میں … 30 کروڑ 50 لاکھ ڈالر").
    urdu: bool,
}

/// One sentence's pieces.
struct Sentence<'a> {
    urdu: bool,
    /// The latest month out on the article's date, if known.
    latest: Option<Span>,
    start: usize,
    /// Every amount and percentage, (start, end), in order; where each ends cuts
    /// the words before a number at the previous one.
    numbers: Vec<(usize, usize)>,
    amount_spans: Vec<(usize, usize)>,
    end: usize,
    series: &'a [SeriesMention],
    amounts: Vec<AmountInfo>,
    pcts: Vec<Pct>,
    records: Vec<RecordPhrase>,
    /// The subjects the checker does not track that the sentence names
    /// (absolute offsets, in order).
    untracked: Vec<(usize, usize)>,
    periods: Vec<Mention>,
    /// Figures paired in order with a list of periods ("in FY21 and FY22, i.e.
    /// 47 percent and 24.1 percent respectively"): (figure start, period index).
    by_period: Vec<(usize, usize)>,
    /// The period the story is about so far (the sentences before), if any.
    discourse: Option<Span>,
}

impl<'a> Sentence<'a> {
    fn read(
        text: &str,
        start: usize,
        end: usize,
        series: &'a [SeriesMention],
        anchor: Anchor,
    ) -> Self {
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
        let records = scan::records(st, start);
        let mut periods = period::find(st, start);
        for m in &mut periods {
            if let Some(fy) = anchor.fy {
                m.expr = m.expr.anchored(fy);
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
            untracked: vocab::untracked(&text[start..end], start),
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
        }
        s
    }

    /// The threshold a projected amount at `start..end` states: its words, or
    /// its end of a range ("could reach $3.6 to $4 billion": at least 3,600
    /// and at most 4,000).
    fn projection_bound(&self, text: &str, start: usize, end: usize) -> Option<Bound> {
        let prev = self.prev_number_end(start);
        let next = self.numbers.iter().map(|n| n.0).filter(|s| *s >= end).min();
        if prev > self.start && scan::range_join(slice(text, prev, start)) {
            Some(Bound::AtMost)
        } else if next.is_some_and(|n| scan::range_join(slice(text, end, n))) {
            Some(Bound::AtLeast)
        } else {
            scan::projection_bound(slice(text, prev, start))
        }
    }

    /// The end of the number (amount or percentage) before `pos`, or the sentence start.
    fn prev_number_end(&self, pos: usize) -> usize {
        self.numbers
            .iter()
            .map(|n| n.1)
            .filter(|e| *e <= pos)
            .max()
            .unwrap_or(self.start)
    }

    fn read_amount(&self, text: &str, a: Amount) -> AmountInfo {
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
        let bound = listed
            .or_else(|| self.bound_after(text, a.end))
            .or_else(|| {
                self.periods.iter().rposition(|m| {
                    m.end <= a.start && scan::possessive_gap(slice(text, m.end, a.start))
                })
            })
            .or_else(|| {
                (prev_end > self.start)
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
            rel_after.map(|(n, _)| n).or_else(|| {
                // The lead runs back to the previous amount: a rate may sit
                // between ("in the same period of last fiscal year, 70.97
                // percent with $423 million", Daily Gulf News in Urdu, 2021-11).
                [prev_end, prev_amount_end]
                    .map(|from| slice(text, from, a.start))
                    .into_iter()
                    .filter(|l| l.len() < 120)
                    .find_map(scan::rel_offset_leading)
            })
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
        let kind = if scan::target_cue(before, after)
            || (self.urdu && scan::target_cue(head(after, 40), ""))
        {
            Kind::Target
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
            listed: listed.is_some() && bound == listed,
            bound,
            rel,
            span: None,
        }
    }

    /// The period a figure starting at `pos` is paired with by "respectively".
    fn listed_period(&self, pos: usize) -> Option<usize> {
        self.by_period
            .iter()
            .find(|(at, _)| *at == pos)
            .map(|(_, i)| *i)
    }

    /// The words of the clause before an amount at `pos`: back to the previous
    /// number, at most 70 bytes; in Urdu, whose verbs close their clause, after
    /// the previous clause's "could" (the rewrite of "ہو سکتی ہے").
    fn clause_before<'t>(&self, text: &'t str, pos: usize) -> &'t str {
        let before = tail(slice(text, self.prev_number_end(pos), pos), 70);
        match before.rfind("could") {
            Some(i) if self.urdu => &before[i + "could".len()..],
            _ => before,
        }
    }

    /// The period mention right after `pos` with only connecting words between.
    fn bound_after(&self, text: &str, pos: usize) -> Option<usize> {
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
    fn period_led_into(&self, text: &str, pos: usize, joins: fn(&str) -> bool) -> Option<usize> {
        let prev_end = self.prev_number_end(pos);
        let i = self
            .periods
            .iter()
            .rposition(|m| m.end <= pos && m.start >= prev_end && !matches!(m.expr, Expr::Date))?;
        joins(slice(text, self.periods[i].end, pos)).then_some(i)
    }

    /// Mentions that are bases of comparisons ("compared to $286 million in July
    /// 2024", "than November's $356 million", "compared to June", "since April").
    fn is_base(&self, text: &str, i: usize) -> bool {
        let bound_to_comparison = self
            .amounts
            .iter()
            .any(|a| a.bound == Some(i) && a.kind == Kind::Comparison);
        let m = self.periods[i];
        let before = tail(slice(text, self.start, m.start), 60);
        // "The corresponding period of FY 2023-24" is a base by its words.
        bound_to_comparison
            || matches!(m.expr, Expr::SameMonthsIn(_))
            || (scan::base_phrase_before(before)
                && !opens_range(before, slice(text, m.start, m.end)))
    }

    /// True when mention `i` dates an old record the sentence names ("higher
    /// than the previous monthly-level high export receipts record of $330
    /// million in October 2024", The Nation, 2025-01-19): the record's month,
    /// not the sentence's.
    fn dates_previous_record(&self, text: &str, i: usize) -> bool {
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
    fn urdu_base_first(&self, text: &str) -> bool {
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
    fn untracked(
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

    fn main_span(
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

    fn claims(
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
            a.span = match (a.bound, a.rel) {
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
        self.record_claims(text, spans, story, ctx, out);
        self.multiple_claims(text, story, own_main, ctx, out);
    }
}

/// "From July to October FY 2025-26", "from July 2021 to January 2022": the
/// "from" before a period opens the range itself, it is no comparison base.
fn opens_range(before: &str, period: &str) -> bool {
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
fn yoy_basis(t: Span) -> Basis {
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
fn sentence_case(phrase: &str) -> String {
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
