//! The claim checker: find the numeric claims about the tracked series in English
//! text and judge each against the store.
//!
//! [`check`] reads a story sentence by sentence and finds every money amount,
//! percentage, record word, comparison and projection that is about a tracked
//! series. It resolves what series ([`VOCABULARY`]: "IT exports" is SBP's EBOPS
//! item 9, "computer services" its item 9.2, …) and what period ("July 2025",
//! "1QFY26", "the first eight months", "in June" in a story about July) each
//! refers to, using the sentence and its neighbours, and gives a [`Verdict`]:
//! supported within the rounding of the source, contradicted (with the right
//! figure, its source and, where it is a known one, the likely [`Cause`]), or
//! unverifiable (and why). Pure: it reads the store and returns a [`Report`];
//! [`to_text`] and [`to_json`] render it.
//!
//! ```
//! use itx_claims::{CheckOptions, Verdict, check};
//! use itx_store::Store;
//! use itx_types::{NewObservation, NewRelease};
//! use itx_types::{Period, SeriesKey, SourceKind, Status, Unit, YearMonth};
//!
//! let mut store = Store::open_in_memory()?;
//! let ict = SeriesKey::resolve("ict")?;
//! let obs = |y, m, v: f64| NewObservation {
//!     series: ict.clone(), period: Period::Month(YearMonth::new(y, m).unwrap()),
//!     value: v, value_published: v.to_string(), unit_published: Unit::UsdMillion,
//!     status: Status::Unmarked, location: "line 1".into(), quote: None, preferred: false,
//! };
//! store.ingest(&NewRelease {
//!     source: "SBP".into(), kind: SourceKind::Official,
//!     published: Some("2025-08-18".parse()?), file: None, url: None,
//!     content_hash: "doc".into(), note: None, series: vec![],
//!     observations: vec![obs(2024, 7, 286.0), obs(2025, 7, 354.0)],
//! })?;
//! let text = "In July 2025, IT exports were $354 million, up 23.8% year-on-year \
//!             compared to $286 million in July 2024.";
//! let report = check(text, &store, &CheckOptions::default())?;
//! let verdicts: Vec<_> = report.claims.iter().map(|c| (c.text.as_str(), c.verdict)).collect();
//! assert_eq!(verdicts, [
//!     ("$354 million", Verdict::Supported),
//!     ("23.8%", Verdict::Supported),
//!     ("$286 million", Verdict::Supported),
//! ]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod alt;
mod cues;
mod data;
pub mod eval;
mod extract;
mod mend;
mod period;
mod render;
mod scan;
mod urdu;
mod verify;
mod vocab;

use itx_store::Store;
use itx_types::{Date, SeriesKey};
use serde::Serialize;

pub use render::{SOURCES_SHOWN, to_json, to_text};
pub use vocab::{Term, UNTRACKED, VOCABULARY};

/// Errors from [`check`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read series {series} from the store")]
    Store {
        series: String,
        #[source]
        source: Box<itx_store::Error>,
    },
}

/// How to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Judge against the store as known on this date (releases published later
    /// are ignored); `None`: everything the store holds.
    pub as_of: Option<Date>,
    /// The article's publication date: "in July" is the latest July whose
    /// figures were out by then, "the current fiscal year" the one containing it,
    /// and record claims are judged on what was known then. `None`: found in the
    /// text (a dateline or "Published …"), else today's store.
    pub date: Option<Date>,
    /// The series a number refers to when neither its sentence nor its
    /// neighbours name one; `None`: the series the text names most often.
    pub default_series: Option<SeriesKey>,
}

/// What a growth rate is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Same month a year earlier.
    Yoy,
    /// The month before.
    Mom,
    /// Fiscal year to date against the same months a year earlier.
    FytdYoy,
    /// A whole fiscal year against the one before.
    FyYoy,
    /// Not stated; both YoY and MoM are tried (or the base the text names).
    Unknown,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Yoy => "YoY",
            Basis::Mom => "MoM",
            Basis::FytdYoy => "FYTD YoY",
            Basis::FyYoy => "FY YoY",
            Basis::Unknown => "basis not stated",
        }
    }
}

/// What kind of claim a number makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Kind {
    /// A level: "$354 million in July 2025".
    Amount,
    /// A growth rate: "23.8% year-on-year".
    Growth { basis: Basis },
    /// A record or rank: "all-time high", "highest ever", "surpassing … records".
    Record,
    /// The base of a comparison: "compared to $286 million in July 2024".
    Comparison,
    /// A forecast: "on track to cross $4 billion by the end of FY2025-26".
    Projection,
    /// A policy target: "the $5 billion target".
    Target,
    /// A share: "45% of services exports".
    Share,
    /// A figure outside the statistics itx holds, found so that the reader
    /// sees it was not checked: "2.32 million freelancers", "62 percent of IT
    /// companies".
    Other,
}

impl Kind {
    pub fn label(self) -> String {
        match self {
            Kind::Amount => "amount".into(),
            Kind::Growth { basis } => format!("growth ({})", basis.label()),
            Kind::Record => "record".into(),
            Kind::Comparison => "comparison".into(),
            Kind::Projection => "projection".into(),
            Kind::Target => "target".into(),
            Kind::Share => "share".into(),
            Kind::Other => "other figure".into(),
        }
    }
}

/// The judgement on one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The data agree, within the rounding of the source and of the text.
    Supported,
    /// True as first published, or as known on the article's date, but revised
    /// since: the claim carries both figures and both releases.
    Outdated,
    /// The data disagree; the claim carries the right figure.
    Contradicted,
    /// The data cannot settle it (no period, no figure yet, not in US$, a target).
    Unverifiable,
}

impl Verdict {
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Supported => "✓",
            Verdict::Outdated => "~",
            Verdict::Contradicted => "✗",
            Verdict::Unverifiable => "?",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Outdated => "outdated",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

/// The likely reason a contradicted figure is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cause {
    /// The figure is an earlier release's value, since revised (June 2025 was
    /// first printed as $338m, later $339m).
    EarlierVintage,
    /// The figure belongs to a neighbouring period (November 2025 printed as
    /// $366m, which is September 2025's).
    NeighbouringPeriod,
    /// The figure is another series' (computer services reported as IT exports).
    DifferentDefinition,
    /// The rate is another pair's growth (FY22 growth given as 47.43%, which is
    /// FY21's over FY20).
    Arithmetic,
    /// The figure is another measure of the story's subject (net exports,
    /// imports, all services): the sentence may mean that one, so the claim is
    /// left unverifiable with both readings rather than called wrong.
    OtherMeasure,
    /// The printed figure is the right one with a digit dropped or added, or
    /// with million written for billion ("US $ 20mn" for $201m).
    Misprint,
}

impl Cause {
    pub fn as_str(self) -> &'static str {
        match self {
            Cause::EarlierVintage => "earlier vintage",
            Cause::NeighbouringPeriod => "neighbouring period",
            Cause::DifferentDefinition => "different series definition",
            Cause::Arithmetic => "arithmetic",
            Cause::OtherMeasure => "another measure",
            Cause::Misprint => "misprint",
        }
    }
}

/// Says so in the reason when a figure the verdict rests on was loaded as an
/// outlier: the verdict is only as good as that figure.
fn caution(claim: &mut Claim) {
    let flagged: Vec<String> = claim
        .sources
        .iter()
        .filter(|s| s.flag.is_some())
        .map(|s| format!("{} for {}", s.value_published, s.period))
        .collect();
    if !flagged.is_empty() {
        claim.reason.push_str(&format!(
            " Caution: this rests on {}, loaded although it failed itx's plausibility checks.",
            flagged.join(" and ")
        ));
    }
}

/// One figure the verdict rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub period: String,
    /// US$ million.
    pub value: f64,
    /// The number exactly as the source printed it, in `unit_published`.
    pub value_published: String,
    /// "US$ million", "US$ thousand".
    pub unit_published: String,
    pub status: String,
    /// The release: "SBP dt.xls (EBOPS 2010 trade in services), Mar-26 release".
    pub source: String,
    pub published: Option<Date>,
    pub file: Option<String>,
    /// Cell or line in the file.
    pub location: String,
    pub url: Option<String>,
    /// Why the figure was implausible when it was loaded anyway
    /// (`itx ingest --accept-outliers`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
}

/// One claim found in the text, with its verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The claim's words as they appear in the text.
    pub text: String,
    /// Byte offsets into the checked text.
    pub start: usize,
    pub end: usize,
    #[serde(flatten)]
    pub kind: Kind,
    pub series: Option<SeriesKey>,
    /// Canonical period: `2025-07`, `FY2025-26`, `FY2025-26 Jul-Sep`.
    pub period: Option<String>,
    /// The number the text states (US$ million, or percent).
    pub stated: Option<f64>,
    /// The number the data give for it.
    pub actual: Option<f64>,
    pub verdict: Verdict,
    pub reason: String,
    pub cause: Option<Cause>,
    pub sources: Vec<SourceRef>,
}

/// The most claims one check judges: a long report runs to about a hundred;
/// past this the text is not an article, and the rest is left unread (the
/// report says so).
pub const MAX_CLAIMS: usize = 1000;

/// Every claim found, in text order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub claims: Vec<Claim>,
    /// True when the text held more than [`MAX_CLAIMS`] claims and only the
    /// first were judged.
    pub capped: bool,
}

impl Report {
    /// How many claims got `verdict`.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.claims.iter().filter(|c| c.verdict == verdict).count()
    }
}

/// Finds and judges every numeric claim about a tracked series in `text`.
///
/// # Errors
/// When the store cannot be read.
pub fn check(text: &str, store: &Store, opts: &CheckOptions) -> Result<Report, Error> {
    let mut data = data::Data::new(store, opts.as_of);
    let rewrite = rewrite_of(text);
    let (drafts, found_end) = read_claims(text, rewrite.as_ref(), &mut data, opts)?;
    let capped = drafts.len() > MAX_CLAIMS;
    let drafts: Vec<_> = drafts.into_iter().take(MAX_CLAIMS).collect();
    let mut verified = Vec::with_capacity(drafts.len());
    for (d, c) in &drafts {
        verified.push(verify::verify(text, d.clone(), *c, &mut data)?);
    }
    if data.story_date().is_none() {
        mark_undated_guesses(
            text,
            rewrite.as_ref(),
            &drafts,
            &found_end,
            &mut verified,
            &mut data,
            opts,
        )?;
    }
    verify::date_records(text, &drafts, &mut verified, &mut data)?;
    verify::doubt_written_periods(&mut verified);
    verify::doubt_series_by_scale(&drafts, &mut verified);
    verify::doubt_rates_by_levels(&mut verified);
    let mut claims = verify::corroborate(verified);
    claims.iter_mut().for_each(caution);
    Ok(Report { claims, capped })
}

/// With no date given or printed, a month without its year is read as the
/// latest such month in the store: a guess. The text is read again as of a
/// year earlier; a claim whose period moves hangs on the date, and is not
/// called wrong on the guess. Only when something would be called wrong, and
/// only as far as the last such claim: the sentences' scans are kept from the
/// first reading, so the second costs little.
#[allow(clippy::too_many_arguments)]
fn mark_undated_guesses(
    text: &str,
    rewrite: Option<&urdu::Normalized>,
    drafts: &[(extract::Draft, cues::Cues)],
    found_end: &[usize],
    verified: &mut [verify::Verified],
    data: &mut data::Data<'_>,
    opts: &CheckOptions,
) -> Result<(), Error> {
    let accused =
        |v: &verify::Verified| v.claim.verdict == Verdict::Contradicted || v.withheld.is_some();
    let read = rewrite.map_or(text, |n| n.text.as_str());
    let Some(last) = verified
        .iter()
        .zip(found_end)
        .filter(|(v, _)| accused(v))
        .map(|(_, e)| *e)
        .max()
    else {
        return Ok(());
    };
    let probe = data
        .series(&SeriesKey::new(vocab::HEADLINE))?
        .last_month
        .and_then(|m| Date::new(i16::try_from(m.year() - 1).ok()?, m.month() as i8, 20).ok());
    let Some(probe) = probe else {
        return Ok(());
    };
    let shifted = CheckOptions {
        date: Some(probe),
        ..opts.clone()
    };
    // What follows the last claim in doubt cannot move the periods before it.
    let upto = scan::sentences(read)
        .iter()
        .find(|s| s.end >= last)
        .map_or(read.len(), |s| s.end);
    let other = read_drafts(&read[..upto], rewrite.map(|n| (n, text)), data, &shifted)?;
    data.set_story_date(None);
    let at = |d: &extract::Draft| match rewrite {
        Some(n) => n.original(d.start, d.end),
        None => (d.start, d.end),
    };
    for ((d, _), v) in drafts.iter().zip(verified.iter_mut()) {
        if other
            .iter()
            .any(|o| at(o) == (d.start, d.end) && o.span != d.span)
        {
            verify::undated_guess(v);
        }
    }
    Ok(())
}

/// Every claim the text makes, read (not judged), with its cues. `urdu` is
/// the text's English-form rewrite when it is Urdu copy.
#[allow(clippy::type_complexity)]
fn read_claims(
    text: &str,
    urdu: Option<&urdu::Normalized>,
    data: &mut data::Data<'_>,
    opts: &CheckOptions,
) -> Result<(Vec<(extract::Draft, cues::Cues)>, Vec<usize>), Error> {
    let rewrite = urdu.map_or(text, |n| n.text.as_str());
    let story = cues::StoryCues::of(text, rewrite);
    let read = read_drafts(rewrite, urdu.map(|n| (n, text)), data, opts)?;
    let found_end = read.iter().map(|d| d.end).collect();
    let claims = read
        .into_iter()
        .map(|mut d| {
            // Cues are read where the claim was found (the rewrite, for Urdu);
            // the claim then points back at the words it came from.
            // Services exports, imports or their balance.
            let services_total = d
                .series
                .as_ref()
                .is_some_and(|k| k.as_str().starts_with("pk.ebops.services."));
            let c = cues::read(rewrite, d.start, d.end, &story, services_total);
            if let Some(n) = urdu {
                (d.start, d.end) = n.original(d.start, d.end);
            }
            (d, c)
        })
        .collect();
    Ok((claims, found_end))
}

/// The drafts of every claim in `read` (the text, or the rewrite of Urdu copy
/// with its map and original), at their places in `read`.
fn read_drafts(
    read: &str,
    urdu: Option<(&urdu::Normalized, &str)>,
    data: &mut data::Data<'_>,
    opts: &CheckOptions,
) -> Result<Vec<extract::Draft>, Error> {
    match urdu {
        // Urdu copy is read in its English-form rewrite; a sentence is Urdu
        // when the words it was rewritten from are.
        Some((n, text)) => {
            let is_urdu = |a: usize, b: usize| {
                let (a, b) = n.original(a, b);
                text.get(a..b).is_some_and(urdu::has_urdu_letters)
            };
            extract::extract(read, data, opts, Some(&is_urdu))
        }
        None => extract::extract(read, data, opts, None),
    }
}

/// Runs every reader of outside text the checker has, without a store: the
/// sentence splitter, the number, percentage, record, period and series-name
/// readers, the dateline finder and the Urdu rewrite (with its offset map).
/// Returns how many pieces were read, or `None` if a rewrite offset maps off a
/// character boundary of the text (a bug). The `claims_text` fuzz target's entry
/// point; [`check`] runs the same readers and then the store-backed judging.
#[doc(hidden)]
pub fn read_text(text: &str) -> Option<usize> {
    let mut n = usize::from(period::dateline(text).is_some());
    let normalized = rewrite_of(text);
    let rewrite = normalized.as_ref().map_or(text, |u| u.text.as_str());
    for s in scan::sentences(rewrite) {
        let st = &rewrite[s.start..s.end];
        n += scan::amounts(st, s.start).len()
            + scan::percents(st, s.start).len()
            + scan::records(st, s.start).len()
            + period::find(st, s.start).len()
            + vocab::find(st, s.start).len();
        if let Some(u) = &normalized {
            let (a, b) = u.original(s.start, s.end);
            if a > b || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                return None;
            }
        }
    }
    Some(n)
}

/// What the checker reads instead of the text, with its offset map: the
/// English-form rewrite of Urdu copy; English with its decimals mended where a
/// paragraph break split them; else none (the text itself).
fn rewrite_of(text: &str) -> Option<urdu::Normalized> {
    if urdu::is_urdu(text) {
        Some(urdu::normalize(text))
    } else {
        mend::split_decimals(text)
    }
}

/// The English-form rewrite the checker reads Urdu copy through (for inspecting
/// what it saw: `cargo run -p itx-claims --example rewrite article.txt`).
pub fn urdu_rewrite(text: &str) -> Option<String> {
    urdu::is_urdu(text).then(|| urdu::normalize(text).text)
}
