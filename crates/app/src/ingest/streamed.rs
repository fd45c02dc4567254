//! Large SDMX-CSV files, streamed: read from disk on one thread while the store
//! writes on the other, checked for plausibility and revisions inside the
//! transaction, never held in memory. The same rules and report as
//! [`super::write`], for files too large to read whole.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use itx_ingest::sdmx::{self, Found};
use itx_store::{Ingested, Outcome, ReleaseSink, Revision};
use itx_types::{Date, NewRelease, ObservationBatch, ObservationRef, Period, SeriesKey};

use super::{Dated, Format, Source};
use crate::plausible::{self, Fig, Finding};
use crate::responses::{InputRelease, InputReport};
use crate::{Db, Error, Result};

/// Files from this size on are streamed (when SDMX-CSV): below it, reading
/// the file whole costs little, and whole files keep the other readers'
/// extras (UTF-16 text, one transaction across several files).
pub const STREAM_FROM: u64 = 8 * 1024 * 1024;

/// Revisions a streamed file's report lists; the rest are counted
/// (`revisions_not_listed`) and `itx revisions` lists them all.
pub const REVISIONS_LISTED: usize = 1000;

/// Implausible figures kept to report; past this many a file is refused even
/// with `--accept-outliers` (it is the wrong file, or the wrong unit).
const FINDINGS_KEPT: usize = 10_000;

/// True when `path` is a file to stream: SDMX-CSV (from its first bytes, or
/// as `format` says), in UTF-8, of at least [`STREAM_FROM`] bytes.
pub fn streamable(path: &Path, format: Option<Format>) -> bool {
    use std::io::Read as _;
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if meta.len() < STREAM_FROM || !matches!(format, None | Some(Format::SdmxCsv)) {
        return false;
    }
    let mut head = Vec::new();
    let read = File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    let name = path
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    read.is_ok()
        && !head.starts_with(&[0xFF, 0xFE])
        && !head.starts_with(&[0xFE, 0xFF])
        && itx_ingest::detect::detect(&head, &name).is_ok_and(|f| f == Format::SdmxCsv)
}

/// What [`stream_file`] did.
#[derive(Debug)]
pub struct Streamed {
    /// The report, as [`super::report_json`] gives for a file read whole.
    pub report: InputReport,
    /// How the release was dated.
    pub dated: Dated,
    /// Figures loaded flagged (`accept_outliers`).
    pub findings: Vec<Finding>,
    /// The outcome and the listed revisions.
    pub ingested: Ingested,
}

/// Reads the SDMX-CSV file at `path` and writes it as it is read, with the
/// checks of [`super::write`]: plausibility (refused, or flagged with
/// `accept_outliers`), revisions reported, nothing kept with `dry_run`. One
/// transaction: a file that fails anywhere loads nothing.
///
/// # Errors
/// As [`super::read`] and [`super::write`]; a file that cannot be read.
pub fn stream_file(
    db: &mut Db,
    path: &Path,
    label: &str,
    src: &Source,
    accept_outliers: bool,
    dry_run: bool,
    today: Date,
) -> Result<Streamed> {
    let cannot = |e: std::io::Error| Error::File(file_error(&src.file, &e));
    let mut src = src.clone();
    let dated = if src.published.is_some() {
        Dated::Given
    } else {
        src.published = Some(today);
        Dated::Today
    };
    // The file is hashed as it is read (on the reading thread, which has time
    // to spare while the store writes); the release is written under a
    // provisional hash, replaced at the end, when an identical file already
    // ingested is found and the write rolled back.
    let file = Hashing {
        inner: BufReader::with_capacity(1 << 18, File::open(path).map_err(cannot)?),
        hasher: itx_ingest::Hasher::default(),
    };
    let from_reader = std::sync::Arc::new(std::sync::OnceLock::new());
    let mut checks = Checks {
        today,
        accept_outliers,
        dry_run,
        from_reader: from_reader.clone(),
        ..Checks::default()
    };
    let provisional = format!(
        "pending:{}:{}",
        std::process::id(),
        jiff::Timestamp::now().as_nanosecond()
    );
    let mut loaded = crate::load::stream_into(
        &mut db.store,
        &src,
        provisional,
        |stream| {
            let mut file = file;
            let judging = Judging {
                inner: stream,
                src: &src,
                release: None,
                checks: ReaderChecks::default(),
                key: None,
                run: ObservationBatch::default(),
            };
            let (mut judging, found) = sdmx::stream_csv_from(&mut file, &src, judging)?;
            judging.end_run();
            // The rest of the file, past what the reader needed (nothing, for a
            // well-formed file), so that the hash is of all of it.
            std::io::copy(&mut file, &mut std::io::sink())
                .map_err(|e| file_error(&src.file, &e))?;
            let _ = from_reader.set((file.hasher.finish(), judging.checks));
            Ok((judging.inner, found))
        },
        &mut checks,
    )?;
    if let Some(release_id) = checks.already {
        loaded.outcome = Outcome::AlreadyIngested { release_id };
    }
    if loaded.outcome.is_new() && !dry_run {
        crate::derived::clear(db.store.path().as_deref());
    }
    let (status, id) = match loaded.outcome {
        Outcome::Added { release_id, .. } => {
            (if dry_run { "would add" } else { "added" }, release_id)
        }
        Outcome::AlreadyIngested { release_id } => ("already ingested", release_id),
    };
    let rel = &loaded.release;
    let listed = checks.revisions.len();
    let release = InputRelease {
        figures: loaded.figures,
        published: rel.published.map(|d| d.to_string()),
        release_id: (!dry_run || status == "already ingested").then_some(id),
        revisions: checks.revisions.iter().map(crate::revision_json).collect(),
        revisions_not_listed: (checks.revisions_made > listed)
            .then_some(checks.revisions_made - listed),
        rows_per_series: std::mem::take(&mut checks.rows_per_series),
        source: rel.source.clone(),
        status: status.to_string(),
        url: rel.url.clone(),
    };
    let report = InputReport {
        dry_run,
        format: Some(Format::SdmxCsv.as_str().to_string()),
        input: label.to_string(),
        published_from_file: None,
        published_taken_as_today: matches!(dated, Dated::Today),
        releases: vec![release],
        skipped: loaded.skipped.iter().map(ToString::to_string).collect(),
        warnings: loaded.warnings.iter().map(ToString::to_string).collect(),
    };
    Ok(Streamed {
        report,
        dated,
        findings: checks.findings,
        ingested: Ingested {
            outcome: loaded.outcome,
            revisions: checks.revisions,
        },
    })
}

fn file_error(file: &str, e: &std::io::Error) -> itx_ingest::Error {
    itx_ingest::Error::File {
        file: file.to_string(),
        message: format!("cannot read: {e}"),
    }
}

/// A reader that hashes what passes through it.
struct Hashing<R> {
    inner: R,
    hasher: itx_ingest::Hasher,
}

impl<R: std::io::Read> std::io::Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

/// What the reading thread found: each series' figures judged as a run (files
/// list a series' rows together) without the store's history, which only the
/// writing thread can read.
#[derive(Debug, Default)]
struct ReaderChecks {
    findings: Vec<Finding>,
    /// Findings past [`FINDINGS_KEPT`].
    findings_over: usize,
    rows_per_series: BTreeMap<String, usize>,
    /// Series whose run has ended; a series met again after its run ended is
    /// in `again`, and judged at the end from the store with all its figures.
    ended: HashSet<String>,
    again: BTreeSet<String>,
}

impl ReaderChecks {
    fn found(&mut self, found: Vec<Finding>) {
        for f in found {
            if self.findings.len() < FINDINGS_KEPT {
                self.findings.push(f);
            } else {
                self.findings_over += 1;
            }
        }
    }
}

/// The reading thread's [`sdmx::Sink`]: judges each run of a series as it
/// ends, then passes every figure on to the writer.
struct Judging<'a, S> {
    inner: S,
    src: &'a Source,
    /// The release's header, once the dataflow is known.
    release: Option<NewRelease>,
    checks: ReaderChecks,
    key: Option<SeriesKey>,
    run: ObservationBatch,
}

impl<S> Judging<'_, S> {
    fn end_run(&mut self) {
        let Some(key) = self.key.take() else {
            return;
        };
        if let (false, Some(release)) = (self.checks.again.contains(key.as_str()), &self.release) {
            let mut figs: Vec<Fig<'_>> = (0..self.run.len())
                .map(|i| {
                    let r = self.run.row(i);
                    Fig {
                        period: r.period,
                        value: r.value,
                        value_published: r.value_published,
                        location: r.location,
                    }
                })
                .collect();
            figs.sort_by_key(|f| f.period);
            let found = plausible::series_findings(release, &key, &figs, &[]);
            self.checks.found(found);
            self.checks.ended.insert(key.as_str().to_string());
        }
        self.run.clear();
    }
}

impl<S: sdmx::Sink> sdmx::Sink for Judging<'_, S> {
    fn series(
        &mut self,
        info: &itx_types::SeriesInfo,
        dataflow: &str,
    ) -> std::result::Result<(), itx_ingest::Error> {
        if self.release.is_none() {
            self.release = Some(sdmx::header(self.src, dataflow, String::new()));
        }
        self.inner.series(info, dataflow)
    }

    fn push(&mut self, o: &ObservationRef<'_>) -> std::result::Result<(), itx_ingest::Error> {
        if self.key.as_ref() != Some(o.series) {
            self.end_run();
            if self.checks.ended.contains(o.series.as_str()) {
                self.checks.again.insert(o.series.as_str().to_string());
            }
            self.key = Some(o.series.clone());
        }
        match self.checks.rows_per_series.get_mut(o.series.as_str()) {
            Some(n) => *n += 1,
            None => {
                self.checks
                    .rows_per_series
                    .insert(o.series.as_str().to_string(), 1);
            }
        }
        self.run.push(o);
        self.inner.push(o)
    }
}

/// The writing thread's checks, at the end of the write and inside its
/// transaction: the reading thread's findings, with the series the store held
/// before judged again against its history, and their revisions.
#[derive(Default)]
struct Checks {
    /// From the reading thread, once it is done: the file's content hash and
    /// what it found.
    from_reader: std::sync::Arc<std::sync::OnceLock<(String, ReaderChecks)>>,
    /// The release already ingested with the same content.
    already: Option<i64>,
    today: Date,
    accept_outliers: bool,
    dry_run: bool,
    /// Series the store held before this release.
    held: BTreeSet<String>,
    findings: Vec<Finding>,
    findings_over: usize,
    revisions: Vec<Revision>,
    revisions_made: usize,
    rows_per_series: BTreeMap<String, usize>,
}

impl crate::load::Watch for Checks {
    fn series(&mut self, sink: &mut ReleaseSink<'_>, key: &SeriesKey) -> Result<()> {
        if sink.holds(key)? {
            self.held.insert(key.as_str().to_string());
        }
        Ok(())
    }

    fn end(
        &mut self,
        sink: &mut ReleaseSink<'_>,
        release: &NewRelease,
        _found: &Found,
    ) -> Result<bool> {
        let Some((hash, read)) = self.from_reader.get() else {
            return Err(Error::Internal(
                "the streamed file's reader left no result".into(),
            ));
        };
        if let Some(id) = sink.set_content_hash(hash)? {
            self.already = Some(id);
            return Ok(false);
        }
        self.rows_per_series = read.rows_per_series.clone();
        self.findings_over = read.findings_over;
        // Judged again, from the store: series it held (against their history)
        // and series met in more than one run (with all their figures).
        let again: BTreeSet<&String> = self.held.iter().chain(&read.again).collect();
        self.findings = plausible::dated_after(release, self.today)
            .into_iter()
            .chain(
                read.findings
                    .iter()
                    .filter(|f| {
                        !f.figure
                            .as_ref()
                            .is_some_and(|(k, _)| again.contains(&k.as_str().to_string()))
                    })
                    .cloned(),
            )
            .collect();
        for key in again {
            let key = SeriesKey::new(key.clone());
            let h = sink.history(&key)?;
            let figs: Vec<Fig<'_>> = h.stated.iter().map(Fig::of).collect();
            for f in plausible::series_findings(release, &key, &figs, &h.before) {
                if self.findings.len() < FINDINGS_KEPT {
                    self.findings.push(f);
                } else {
                    self.findings_over += 1;
                }
            }
            self.revisions_made += h.revisions.len();
            let room = REVISIONS_LISTED.saturating_sub(self.revisions.len());
            self.revisions.extend(h.revisions.into_iter().take(room));
        }
        let flags = plausible::decide(
            &self.findings,
            std::slice::from_ref(release),
            self.accept_outliers,
        )
        .map_err(|msg| Error::Refused(self.over(msg)))?;
        if self.findings_over > 0 {
            return Err(Error::Refused(format!(
                "more than {FINDINGS_KEPT} figures fail the plausibility checks ({} in all), so nothing was loaded, even with --accept-outliers: check that this is the file and the unit you meant",
                self.findings.len() + self.findings_over
            )));
        }
        let flags: Vec<(SeriesKey, Period, String)> = flags
            .into_iter()
            .map(|f| (f.series, f.period, f.reason))
            .collect();
        sink.flag(&flags)?;
        Ok(!self.dry_run)
    }
}

impl Checks {
    /// `msg`, with the findings past those kept counted.
    fn over(&self, msg: String) -> String {
        if self.findings_over == 0 {
            return msg;
        }
        format!(
            "{msg}\n(and {} more not listed: more than {FINDINGS_KEPT} in all)",
            self.findings_over
        )
    }
}
