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
mod others;
mod rates;
mod records;
mod respectively;
mod sentence;
mod series;
mod shares;

pub(crate) use sentence::ScanCache;
use sentence::{Anchor, Sentence, opens_range, yoy_basis};
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
    /// A rate of a balance the text calls a deficit ("the services trade
    /// deficit decreased 34.9 percent"): its sign was turned, a smaller deficit
    /// being higher net exports.
    pub deficit: bool,
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
            deficit: false,
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
    /// A multiple of an earlier figure of the same series ("doubled from $1.3
    /// billion in 2019 to $2.7 billion in 2023"): the claim's period over `of`.
    Multiple {
        value: f64,
        qual: Qual,
        of: MultipleOf,
    },
}

/// What a multiple multiplies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum MultipleOf {
    /// An earlier period the sentence names, or the same period a year back.
    Base(Span),
    /// The fiscal year `n` years before the claim's (or the last one out).
    YearsBack(u8),
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

/// True when the sentence names line `key` as "other …" ("Other computer
/// services exports increased by 93.28 percent", PhoneWorld, 2021-02-25): the
/// residual sub-line, never the whole item, so a figure of it is not read as
/// the headline's when the store holds no figure for it.
fn other_line(text: &str, mentions: &[SeriesMention], key: &SeriesKey) -> bool {
    mentions.iter().any(|m| {
        m.key == *key
            && key.as_str() != vocab::HEADLINE
            && text[..m.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("other"))
    })
}

/// The headline item, when the first sentence that names a series names it
/// first: the story is about IT exports, whatever lines it goes on to give
/// more often ("Telecommunications, Computer, and Information Technology
/// exports for January 2024 … Overall service exports also saw a decline …
/// services …", Express Tribune, 2024-02-20).
fn lede_headline(mentions: &[Vec<SeriesMention>]) -> Option<SeriesKey> {
    let first = mentions.iter().find(|m| !m.is_empty())?.first()?;
    (first.key.as_str() == crate::vocab::HEADLINE).then(|| first.key.clone())
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
    let top = counts
        .iter()
        .find(|(_, n)| *n == best)
        .map(|(k, _)| k.clone())?;
    // A breakdown named line by line is of the whole named before it: the
    // Bureau of Statistics' "information technology (IT) services" total,
    // then its computer, telecom and information lines (The Nation,
    // 2022-11-01); a sentence that names no line is about the whole.
    let first_of_top = mentions.iter().flatten().position(|m| m.key == top)?;
    Some(
        mentions
            .iter()
            .flatten()
            .take(first_of_top)
            .find(|m| top.is_part_of(&m.key))
            .map_or(top, |m| m.key.clone()),
    )
}

/// How an amount was read.
#[derive(Debug, Clone)]
struct AmountInfo {
    amount: Amount,
    kind: Kind,
    /// A target the sentence says was met or crossed: a lower bound on the
    /// outcome, not a target.
    met: bool,
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
    urdu: Option<&dyn Fn(usize, usize) -> bool>,
) -> Result<Vec<Draft>, Error> {
    let sentences = scan::sentences(text);
    let mentions: Vec<Vec<SeriesMention>> = sentences
        .iter()
        .map(|s| {
            data.mentions()
                .entry((s.start, s.end))
                .or_insert_with(|| vocab::find(&text[s.start..s.end], s.start))
                .clone()
        })
        .collect();
    let default_series = opts
        .default_series
        .clone()
        .or_else(|| lede_headline(&mentions))
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
        urdu: false,
    };
    // A text in Urdu may quote or carry whole paragraphs in English: each
    // sentence is read in the order of its own language.
    let anchor_of = |s: &scan::Sentence| Anchor {
        urdu: urdu.is_some_and(|is_urdu| is_urdu(s.start, s.end)),
        ..anchor
    };
    let mut discourse: Option<Span> = None;
    let mut last_month: Option<Span> = None;
    let mut headline: Option<Span> = None;
    let mut named: Vec<Span> = Vec::new();
    let mut earlier: Vec<(usize, SeriesKey)> = Vec::new();
    let mut drafts = Vec::new();
    // A headline or lead that names no period ("IT exports increase 35.77pc to
    // $1.302bn in six months") is about the period the story names first.
    let first_main = sentences.iter().enumerate().find_map(|(si, s)| {
        let sentence = Sentence::read(text, s, &mentions[si], anchor_of(s), data.scans());
        // Urdu marks a base after it: "گذشتہ مالی سال جولائی کے مقابلے میں 33.64 فیصد
        // اضافہ" (up 33.64% on July of the last fiscal year, Daily Aaj,
        // 2024-08-20) names no period the story is about.
        if sentence.urdu_base_first(text) {
            return None;
        }
        sentence.main_span(text, None, fallback_ref)
    });
    for (si, s) in sentences.iter().enumerate() {
        let mut sentence = Sentence::read(text, s, &mentions[si], anchor_of(s), data.scans());
        sentence.discourse = discourse;
        let main = sentence.main_span(text, discourse, fallback_ref);
        // "… the exports of services during the month amounted to $583mn, i.e.,
        // up by 15% YoY and 6% MoM" after a sentence on the first five months
        // (Mettis Global, 2021-12-21): the month the story last named.
        let the_month = if main.is_none() && vocab::says_the_month(&text[s.start..s.end]) {
            last_month
        } else {
            None
        };
        // A sentence all about the same months a year back, comparing nothing:
        // its figures are those months' (written, by reference).
        // Urdu copy is left out: its rewrite carries few of the words that
        // compare.
        let a_year_back = (main.is_none()
            && the_month.is_none()
            && !anchor_of(s).urdu
            && vocab::says_only_a_year_back(&text[s.start..s.end]))
        .then(|| discourse.map(|d| d.shift(-12)))
        .flatten();
        let reference = main
            .or(the_month)
            .or(a_year_back)
            .or(discourse)
            .or(first_main)
            .or(fallback_ref);
        let story = main
            .or(the_month)
            .or(a_year_back)
            .or(discourse)
            .or(first_main);
        if let Some(m) = main.filter(|m| m.months == 1) {
            last_month = Some(m);
        }
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
        .flatten()
        // "These services" are the line the sentence before named last, also
        // across a paragraph break (the press sets a sentence a paragraph);
        // "the imports" are that line's imports.
        .or_else(|| {
            let before = (si > 0 && sentences[si - 1].para + 1 >= s.para)
                .then(|| mentions[si - 1].iter().max_by_key(|m| m.end))
                .flatten()?;
            let own = &text[s.start..s.end];
            if let Some(words) = vocab::says_these_services(own) {
                let (from, to) = (s.start + words.start, s.start + words.end);
                if mentions[si].iter().all(|m| m.start >= from && m.end <= to) {
                    return Some(before.key.clone());
                }
            }
            (mentions[si].is_empty()
                && vocab::opens_on_imports(own)
                && before.key.flow() == Some(itx_types::Flow::Credit))
            .then(|| before.key.with_flow(itx_types::Flow::Debit))
        });
        let numbers = sentence.numbers.clone();
        let untracked = sentence.untracked.clone();
        let ctx = SeriesContext {
            paired: respectively::pairs(text, s.start, s.end, &numbers, &mentions[si]),
            numbers,
            rates: sentence.pcts.iter().map(|p| p.start).collect(),
            mentions: &mentions[si],
            untracked: &untracked,
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
        sentence.claims(
            text,
            &spans,
            story,
            // "During the period under review" writes the story's period by
            // reference, as "during the month" writes the month's.
            main.or(the_month).or(a_year_back).is_some()
                || (discourse.is_some() && vocab::says_period_under_review(&text[s.start..s.end])),
            &ctx,
            &mut drafts,
        );
        for d in &mut drafts[before..] {
            d.sentence = si;
            d.segment = (segment.is_some() && d.series == segment)
                || d.series
                    .as_ref()
                    .is_some_and(|k| other_line(text, &mentions[si], k));
        }
        // A sentence about the same period a year earlier ("The exports made in
        // the preceding fiscal year of 2015-2016 were worth $788.640 million",
        // NetMag, 2017-07-20) gives the base, not a new subject: the story stays
        // on its period ("This pointed toward a year-on-year growth of 19%").
        let base_only = main.is_some() && discourse.is_some_and(|d| main == Some(d.shift(-12)));
        if main.is_some() && !base_only {
            discourse = main;
            headline = headline.or(main);
        } else if the_month.is_some() {
            // The story is back on that month.
            discourse = the_month;
        }
        // The sentence's last line, not one an apposition named in passing.
        if let Some(last) = mentions[si]
            .iter()
            .rev()
            .find(|m| !ctx.in_apposition(text, m, s.end))
        {
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
