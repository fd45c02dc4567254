//! New data into the store, the one way every front end does it: read every
//! input first (one bad file loads nothing), date what is undated, check the new
//! figures for plausibility, then write them all in one transaction.

use std::collections::BTreeMap;

use itx_store::{Announced, Ingested, Outcome};
use itx_types::{Date, SeriesKey};

use crate::plausible::{self, Finding};
use crate::{Db, Error, Result};

mod streamed;
pub use streamed::{REVISIONS_LISTED, STREAM_FROM, Streamed, stream_file, streamable};

pub use itx_ingest::calendar::Calendar;
pub use itx_ingest::detect::Format;
pub use itx_ingest::docprops::FileDate;
pub use itx_ingest::easydata::API_URL as EASYDATA_API_URL;
pub use itx_ingest::parse_loose_date;
pub use itx_ingest::{Parsed, Source, Warning};

/// One parsed input, ready to write.
#[derive(Debug)]
pub struct Input {
    /// What the user gave (a path, "EasyData TS_…").
    pub label: String,
    pub format: Option<Format>,
    pub parsed: Parsed,
    /// Where the release date came from.
    pub dated: Dated,
}

/// Where a release's publication date came from.
#[derive(Debug, Clone)]
pub enum Dated {
    /// `--published`, or the reader's own source (an API's fetch date, a
    /// column of the file).
    Given,
    /// The file's own metadata (a workbook's last-saved time, SDMX `prepared`).
    File(FileDate),
    /// Nothing said: taken as `today`.
    Today,
}

/// Reads one file (`format` overrides detection); releases the file does not
/// date are dated by its metadata, else `today`.
///
/// # Errors
/// [`Error::File`] naming the file and where in it.
pub fn read(
    bytes: &[u8],
    label: &str,
    src: &Source,
    format: Option<Format>,
    today: Date,
) -> Result<Input> {
    let (format, mut parsed) = itx_ingest::detect::read(bytes, format, src)?;
    let mut dated = match parsed.dated.take() {
        Some(d) => Dated::File(d),
        None => Dated::Given,
    };
    if parsed.date_undated(today) {
        dated = Dated::Today;
    }
    Ok(Input {
        label: label.to_string(),
        format: Some(format),
        parsed,
        dated,
    })
}

/// True for an SBP release-calendar page (HTML or text), not a workbook or
/// data file.
pub fn is_calendar(bytes: &[u8]) -> bool {
    let workbook = bytes.starts_with(b"PK") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    !workbook && itx_ingest::calendar::looks_like(bytes)
}

/// Reads a calendar page.
///
/// # Errors
/// [`Error::File`] when it is not one.
pub fn read_calendar(bytes: &[u8], file: &str) -> Result<Calendar> {
    Ok(itx_ingest::calendar::read(bytes, file)?)
}

/// The release dates a calendar page announces for itx's series (services trade
/// and the balance of payments), stored unless `dry_run`; with how many were new.
///
/// # Errors
/// When the store write fails (nothing is written).
pub fn announce(
    db: &mut Db,
    file: &str,
    cal: &Calendar,
    dry_run: bool,
) -> Result<(Vec<Announced>, usize)> {
    let ours: Vec<Announced> = cal
        .announcements
        .iter()
        .filter_map(|a| {
            Some(Announced {
                rank: itx_ingest::calendar::services_rank(&a.item)?,
                period: a.period?.to_string(),
                item: a.item.clone(),
                by: a.by,
                file: file.to_string(),
                line: a.line,
                text: a.text.clone(),
            })
        })
        .collect();
    let added = if dry_run {
        0
    } else {
        db.store.add_announcements(&ours)?
    };
    Ok((ours, added))
}

/// The EasyData series itx tracks: every aliased series that EasyData publishes
/// (ICT and services exports and imports, goods).
pub fn tracked_easydata_keys() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for key in crate::freshness::tracked() {
        if let Some(k) = itx_ingest::easydata::easydata_key_of(&key) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// An EasyData key, from itself or from the itx key/alias it is mapped to.
///
/// # Errors
/// An unknown alias, or a series EasyData does not publish.
pub fn easydata_key(s: &str) -> Result<String> {
    if s.starts_with("TS_") {
        return Ok(s.to_string());
    }
    let key = SeriesKey::resolve(s)?;
    itx_ingest::easydata::easydata_key_of(&key).ok_or_else(|| {
        Error::Bad(format!(
            "{key} has no EasyData series; give the EasyData key (TS_GP_...)"
        ))
    })
}

/// Where and how to fetch from EasyData.
#[derive(Debug, Clone)]
pub struct FetchRequest<'a> {
    pub base_url: &'a str,
    pub api_key: &'a str,
    /// EasyData keys, itx keys or aliases; the tracked series when empty.
    pub series: &'a [String],
    /// Default: July 2005, where the services table starts (without a start
    /// the API returns only the latest observation).
    pub from: Option<Date>,
    /// Default: `today`.
    pub to: Option<Date>,
    pub today: Date,
}

/// Fetches every series asked for, all or none.
///
/// # Errors
/// Bad keys or dates ([`Error::Bad`]); a failed request ([`Error::File`], which
/// [`Error::is_transient`] tells apart: a timeout or a 5xx may pass later).
pub fn fetch(r: &FetchRequest<'_>) -> Result<Vec<Input>> {
    let end = r.to.unwrap_or(r.today);
    let start = r.from.unwrap_or(jiff::civil::date(2005, 7, 1));
    if start > end {
        return Err(Error::Bad(format!("--from {start} is after --to {end}")));
    }
    let keys = if r.series.is_empty() {
        tracked_easydata_keys()
    } else {
        r.series
            .iter()
            .map(|k| easydata_key(k))
            .collect::<Result<Vec<_>>>()?
    };
    let mut inputs = Vec::new();
    for series in keys {
        let parsed = itx_ingest::fetch::easydata_series(&itx_ingest::fetch::Request {
            base_url: r.base_url,
            api_key: r.api_key,
            series: &series,
            start,
            end,
            fetched: r.today,
        })?;
        inputs.push(Input {
            label: format!("EasyData {series}"),
            format: Some(Format::EasydataJson),
            parsed,
            dated: Dated::Given,
        });
    }
    Ok(inputs)
}

/// What [`write`] did.
#[derive(Debug)]
pub struct Written {
    /// Figures the plausibility rules flagged (loaded only with `accept_outliers`).
    pub findings: Vec<Finding>,
    /// Per input, per release: its outcome and the revisions it made.
    pub done: Vec<Vec<Ingested>>,
}

/// Checks the inputs' figures for plausibility and writes them (one
/// transaction), or with `dry_run` says what would be written.
///
/// # Errors
/// [`Error::Refused`] for implausible figures without `accept_outliers`; a
/// store failure. Nothing is written then.
pub fn write(
    db: &mut Db,
    inputs: &[Input],
    accept_outliers: bool,
    dry_run: bool,
    today: Date,
) -> Result<Written> {
    let releases: Vec<_> = inputs
        .iter()
        .flat_map(|i| i.parsed.releases.iter().cloned())
        .collect();
    let findings = plausible::check(&db.store, &releases, today)?;
    let flags = plausible::decide(&findings, &releases, accept_outliers).map_err(Error::Refused)?;
    let mut results = db
        .store
        .ingest_flagged(&releases, &flags, dry_run)?
        .into_iter();
    let done: Vec<Vec<Ingested>> = inputs
        .iter()
        .map(|i| results.by_ref().take(i.parsed.releases.len()).collect())
        .collect();
    if !dry_run && done.iter().flatten().any(|d| d.outcome.is_new()) {
        crate::derived::clear(db.store.path().as_deref());
    }
    Ok(Written { findings, done })
}

/// The report of one input: per release its status, id, figures per series and
/// revisions; the input's warnings and how it was dated.
pub fn report_json(
    input: &Input,
    done: &[Ingested],
    dry_run: bool,
) -> crate::responses::InputReport {
    let releases = input
        .parsed
        .releases
        .iter()
        .zip(done)
        .map(|(rel, ing)| {
            let mut rows_per_series: BTreeMap<String, usize> = BTreeMap::new();
            for o in &rel.observations {
                *rows_per_series
                    .entry(o.series.as_str().to_string())
                    .or_default() += 1;
            }
            let (status, id) = match ing.outcome {
                Outcome::Added { release_id, .. } => {
                    (if dry_run { "would add" } else { "added" }, release_id)
                }
                Outcome::AlreadyIngested { release_id } => ("already ingested", release_id),
            };
            crate::responses::InputRelease {
                figures: rel.observations.len(),
                published: rel.published.map(|d| d.to_string()),
                release_id: (!dry_run || status == "already ingested").then_some(id),
                revisions: ing.revisions.iter().map(crate::revision_json).collect(),
                revisions_not_listed: None,
                rows_per_series,
                source: rel.source.clone(),
                status: status.to_string(),
                url: rel.url.clone(),
            }
        })
        .collect();
    crate::responses::InputReport {
        dry_run,
        format: input.format.map(|f| f.as_str().to_string()),
        input: input.label.clone(),
        published_from_file: file_date_json(&input.dated),
        published_taken_as_today: matches!(input.dated, Dated::Today),
        releases,
        skipped: input
            .parsed
            .skipped
            .iter()
            .map(ToString::to_string)
            .collect(),
        warnings: input
            .parsed
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}

/// `{date, basis, at}` when the date came from the file's metadata.
pub fn file_date_json(dated: &Dated) -> Option<crate::responses::FileDated> {
    match dated {
        Dated::File(d) => Some(crate::responses::FileDated {
            at: d.at.to_string(),
            basis: d.basis.to_string(),
            date: d.date.to_string(),
        }),
        _ => None,
    }
}

/// What the API answers for one ingested input.
pub fn response(
    input: &Input,
    written: &Written,
    dry_run: bool,
) -> crate::responses::IngestResponse {
    use crate::responses::{IngestOutcome, IngestResponse, IngestedRelease};
    let done = written.done.first().map_or(&[][..], Vec::as_slice);
    IngestResponse {
        dry_run,
        flagged: written.findings.iter().map(ToString::to_string).collect(),
        format: input.format.map(|f| f.as_str().to_string()),
        published_from_file: file_date_json(&input.dated),
        published_taken_as_today: matches!(input.dated, Dated::Today),
        releases: input
            .parsed
            .releases
            .iter()
            .zip(done)
            .map(|(r, d)| IngestedRelease {
                figures: r.observations.len(),
                outcome: match d.outcome {
                    Outcome::Added { release_id, .. } => IngestOutcome {
                        added: Some(release_id),
                        already_ingested: None,
                    },
                    Outcome::AlreadyIngested { release_id } => IngestOutcome {
                        added: None,
                        already_ingested: Some(release_id),
                    },
                },
                revisions: d.revisions.iter().map(crate::revision_json).collect(),
                source: r.source.clone(),
            })
            .collect(),
        warnings: input
            .parsed
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}
