//! `itx ingest`, `itx fetch easydata`, `itx revisions`.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Context, Result};
use itx_ingest::detect::Format as FileFormat;
use itx_ingest::{Parsed, Source};
use itx_store::{Ingested, Outcome, Revision, RevisionFilter, Store};
use itx_types::{Date, SeriesKey};
use serde_json::json;

use crate::Format;
use crate::commands::table;

/// What to ingest and how.
pub struct IngestOptions<'a> {
    pub published: Option<Date>,
    pub url: Option<&'a str>,
    pub format: Option<FileFormat>,
    pub allow_partial: bool,
    pub accept_outliers: bool,
    pub dry_run: bool,
    pub series: Option<SeriesKey>,
    pub output: Format,
}

/// One parsed input, ready to write.
pub(crate) struct Input {
    label: String,
    format: Option<FileFormat>,
    parsed: Parsed,
    /// Where the release date came from.
    dated: Dated,
}

/// Where a release's publication date came from.
enum Dated {
    /// `--published`, or the reader's own source (an API's fetch date, a
    /// column of the file).
    Given,
    /// The file's own metadata (a workbook's last-saved time, SDMX `prepared`).
    File(itx_ingest::docprops::FileDate),
    /// Nothing said: taken as today.
    Today,
}

fn today() -> Date {
    jiff::Zoned::now().date()
}

/// Reads every file first: if any fails, nothing is written.
pub fn ingest_files(
    store: &mut Store,
    files: &[std::path::PathBuf],
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    let mut inputs = Vec::new();
    let mut calendars = Vec::new();
    for path in files {
        let label = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| format!("{label}: cannot read"))?;
        let file = path
            .file_name()
            .map_or(label.clone(), |n| n.to_string_lossy().into_owned());
        if o.format.is_none() && is_calendar(&bytes) {
            calendars.push((label, file, bytes));
            continue;
        }
        let src = Source {
            file,
            published: o.published,
            url: o.url.map(str::to_string),
            allow_partial: o.allow_partial,
            series: o.series.clone(),
        };
        let (format, mut parsed) = itx_ingest::detect::read(&bytes, o.format, &src)
            .map_err(|e| anyhow::anyhow!("{e} (nothing was loaded)"))?;
        let mut dated = match parsed.dated.take() {
            Some(d) => Dated::File(d),
            None => Dated::Given,
        };
        if parsed.date_undated(today()) {
            dated = Dated::Today;
        }
        inputs.push(Input {
            label,
            format: Some(format),
            parsed,
            dated,
        });
    }
    // Calendar pages are read first too: one that fails loads nothing.
    let mut pages = Vec::new();
    for (label, file, bytes) in &calendars {
        let cal = itx_ingest::calendar::read(bytes, file)
            .map_err(|e| anyhow::anyhow!("{e} (nothing was loaded)"))?;
        pages.push((label, file, cal));
    }
    for (label, file, cal) in pages {
        calendar_report(store, label, file, &cal, o, out)?;
    }
    if inputs.is_empty() && !calendars.is_empty() {
        return Ok(());
    }
    write_and_report(store, inputs, o, out).map(|_| ())
}

/// An SBP release-calendar page (HTML or text), not a workbook or data file.
fn is_calendar(bytes: &[u8]) -> bool {
    let workbook = bytes.starts_with(b"PK") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    !workbook && itx_ingest::calendar::looks_like(bytes)
}

/// Stores the release dates a calendar page announces for itx's series
/// (services trade and the balance of payments) and says what it found.
fn calendar_report(
    store: &mut Store,
    label: &str,
    file: &str,
    cal: &itx_ingest::calendar::Calendar,
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    let ours: Vec<itx_store::Announced> = cal
        .announcements
        .iter()
        .filter_map(|a| {
            Some(itx_store::Announced {
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
    let added = if o.dry_run {
        0
    } else {
        store.add_announcements(&ours)?
    };
    writeln!(
        out,
        "{label} (sbp-calendar{}){}\n  {} release dates, {} for itx's series (services trade, balance of payments){}",
        cal.month
            .map_or(String::new(), |m| format!(", {}", m.long_label())),
        if o.dry_run {
            " — dry run, nothing written"
        } else {
            ""
        },
        cal.announcements.len(),
        ours.len(),
        if o.dry_run {
            String::new()
        } else {
            format!(", {added} new")
        }
    )?;
    for a in &ours {
        writeln!(out, "    {} by {}: {}", a.period, a.by, a.item)?;
    }
    for s in &cal.skipped {
        writeln!(out, "  skipped: {s}")?;
    }
    Ok(())
}

/// `itx fetch easydata`.
pub fn fetch_easydata(
    store: &mut Store,
    keys: &[String],
    from: Option<Date>,
    to: Option<Date>,
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    let inputs =
        fetch_inputs(keys, from, to).map_err(|e| anyhow::anyhow!("{e:#} (nothing was loaded)"))?;
    write_and_report(store, inputs, o, out).map(|_| ())
}

/// Why a fetch failed: `Transient` failures may pass on a later try.
pub(crate) enum FetchFailure {
    Transient(String),
    Fatal(anyhow::Error),
}

impl std::fmt::Display for FetchFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchFailure::Transient(m) => write!(f, "{m}"),
            FetchFailure::Fatal(e) => write!(f, "{e:#}"),
        }
    }
}

impl From<anyhow::Error> for FetchFailure {
    fn from(e: anyhow::Error) -> Self {
        FetchFailure::Fatal(e)
    }
}

/// The EasyData series itx tracks: every aliased series that EasyData publishes
/// (ICT and services exports and imports, goods).
pub(crate) fn tracked_easydata_keys() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for key in itx_app::freshness::tracked() {
        if let Some(k) = itx_ingest::easydata::easydata_key_of(&key) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Fetches `keys` (the tracked series when empty), all or none.
pub(crate) fn fetch_inputs(
    keys: &[String],
    from: Option<Date>,
    to: Option<Date>,
) -> std::result::Result<Vec<Input>, FetchFailure> {
    let api_key = std::env::var("ITX_EASYDATA_KEY").map_err(|_| {
        anyhow::anyhow!(
            "set ITX_EASYDATA_KEY to your EasyData API key (easydata.sbp.org.pk: My Account → My Data Basket → Generate API Key)"
        )
    })?;
    let base = std::env::var("ITX_EASYDATA_URL")
        .unwrap_or_else(|_| itx_ingest::easydata::API_URL.to_string());
    let fetched = today();
    let end = to.unwrap_or(fetched);
    // Without a start date the API returns only the latest observation; default
    // to the whole history of the services table (EasyData starts July 2005).
    let start = from.unwrap_or(jiff::civil::date(2005, 7, 1));
    if start > end {
        return Err(anyhow::anyhow!("--from {start} is after --to {end}").into());
    }
    let keys = if keys.is_empty() {
        tracked_easydata_keys()
    } else {
        keys.iter()
            .map(|k| easydata_key(k))
            .collect::<Result<Vec<_>>>()?
    };
    let mut inputs = Vec::new();
    for series in keys {
        let parsed = itx_ingest::fetch::easydata_series(&itx_ingest::fetch::Request {
            base_url: &base,
            api_key: &api_key,
            series: &series,
            start,
            end,
            fetched,
        })
        .map_err(|e| {
            if e.is_transient() {
                FetchFailure::Transient(e.to_string())
            } else {
                FetchFailure::Fatal(e.into())
            }
        })?;
        inputs.push(Input {
            label: format!("EasyData {series}"),
            format: Some(FileFormat::EasydataJson),
            parsed,
            dated: Dated::Given,
        });
    }
    Ok(inputs)
}

/// An EasyData key, from itself or from the itx key/alias it is mapped to.
fn easydata_key(s: &str) -> Result<String> {
    if s.starts_with("TS_") {
        return Ok(s.to_string());
    }
    let key = SeriesKey::resolve(s)?;
    itx_ingest::easydata::easydata_key_of(&key)
        .with_context(|| format!("{key} has no EasyData series; give the EasyData key (TS_GP_...)"))
}

/// Checks, writes and reports `inputs`; what each release did.
pub(crate) fn write_and_report(
    store: &mut Store,
    inputs: Vec<Input>,
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<Vec<Ingested>> {
    let releases: Vec<_> = inputs
        .iter()
        .flat_map(|i| i.parsed.releases.iter().cloned())
        .collect();
    let findings = itx_app::plausible::check(store, &releases, today())?;
    let flags = itx_app::plausible::decide(&findings, &releases, o.accept_outliers)
        .map_err(anyhow::Error::msg)?;
    let results = store.ingest_flagged(&releases, &flags, o.dry_run)?;
    let mut results = results.into_iter();
    let mut reports = Vec::new();
    let mut dones = Vec::new();
    for input in &inputs {
        let done: Vec<Ingested> = results.by_ref().take(input.parsed.releases.len()).collect();
        reports.push(report_json(input, &done, o.dry_run));
        dones.push(done);
    }
    if o.output == Format::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&reports)?)?;
        return Ok(dones.into_iter().flatten().collect());
    }
    for f in &findings {
        writeln!(out, "flagged outlier (--accept-outliers): {f}")?;
    }
    for ((input, r), done) in inputs.iter().zip(&reports).zip(&dones) {
        write_text(input, r, done, o.dry_run, out)?;
    }
    Ok(dones.into_iter().flatten().collect())
}

fn report_json(input: &Input, done: &[Ingested], dry_run: bool) -> serde_json::Value {
    let mut releases = Vec::new();
    for (rel, ing) in input.parsed.releases.iter().zip(done) {
        let mut per_series: BTreeMap<&str, usize> = BTreeMap::new();
        for o in &rel.observations {
            *per_series.entry(o.series.as_str()).or_default() += 1;
        }
        let (status, id) = match ing.outcome {
            Outcome::Added { release_id, .. } => {
                (if dry_run { "would add" } else { "added" }, release_id)
            }
            Outcome::AlreadyIngested { release_id } => ("already ingested", release_id),
        };
        releases.push(json!({
            "status": status,
            "release_id": if dry_run && status != "already ingested" { None } else { Some(id) },
            "source": rel.source,
            "published": rel.published.map(|d| d.to_string()),
            "url": rel.url,
            "figures": rel.observations.len(),
            "rows_per_series": per_series,
            "revisions": ing.revisions.iter().map(itx_app::revision_json).collect::<Vec<_>>(),
        }));
    }
    json!({
        "input": input.label,
        "format": input.format.map(|f| f.as_str()),
        "dry_run": dry_run,
        "published_taken_as_today": matches!(input.dated, Dated::Today),
        "published_from_file": match &input.dated {
            Dated::File(d) => Some(json!({"date": d.date.to_string(), "basis": d.basis, "at": d.at.to_string()})),
            _ => None,
        },
        "releases": releases,
        "warnings": input.parsed.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "skipped": input.parsed.skipped.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}

/// One line per revision, both values in US$ million with the published text
/// where it was printed in another unit: `pk.ebops.services.credit 2026-02:
/// 812.2 → 800.2 US$ million (-1.48%; published 812,245.699 US$ thousand →
/// 800,206.042 US$ thousand); SBP dt.xls … Feb-26 release (2026-03-17,
/// provisional) → …`.
pub fn revision_line(r: &Revision) -> String {
    let (old, new, aside) = itx_app::revision_values(r);
    let side = |s: &itx_store::Stated| {
        format!(
            "{} ({}, {})",
            s.release.source,
            s.release
                .published
                .map_or("undated".to_string(), |d| d.to_string()),
            s.status.as_str()
        )
    };
    let mut notes: Vec<String> = itx_app::pct_change(r.old.value, r.new.value)
        .map(|p| format!("{p:+.2}%"))
        .into_iter()
        .collect();
    notes.extend(aside);
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join("; "))
    };
    format!(
        "{} {}: {old} → {new} US$ million{notes}; {} → {}",
        r.series,
        r.period,
        side(&r.old),
        side(&r.new)
    )
}

fn write_text(
    input: &Input,
    r: &serde_json::Value,
    done: &[Ingested],
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let fmt = input.format.map_or("", |f| f.as_str());
    writeln!(
        out,
        "{} ({fmt}){}",
        input.label,
        if dry_run {
            " — dry run, nothing written"
        } else {
            ""
        }
    )?;
    if input.parsed.releases.is_empty() {
        writeln!(out, "  no release: nothing to load")?;
    }
    let empty = Vec::new();
    for (rel, ing) in r["releases"].as_array().unwrap_or(&empty).iter().zip(done) {
        let id = rel["release_id"]
            .as_i64()
            .map_or(String::new(), |i| format!(" #{i}"));
        writeln!(
            out,
            "  {}{id}: {} (published {}{})",
            rel["status"].as_str().unwrap_or(""),
            rel["source"].as_str().unwrap_or(""),
            rel["published"].as_str().unwrap_or("undated"),
            match &input.dated {
                Dated::Today =>
                    "; today, as neither --published nor the file gives a date: pass --published if it was earlier"
                        .to_string(),
                Dated::File(d) => format!(
                    ", from {}: {}; --published overrides it",
                    d.basis,
                    d.at.strftime("%Y-%m-%d %H:%M UTC")
                ),
                Dated::Given => String::new(),
            }
        )?;
        if rel["status"] == "already ingested" {
            continue;
        }
        let per: Vec<(String, u64)> = rel["rows_per_series"]
            .as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
                    .collect()
            })
            .unwrap_or_default();
        writeln!(out, "  {} figures in {} series", rel["figures"], per.len())?;
        let rows: Vec<Vec<String>> = per
            .iter()
            .map(|(k, n)| vec![format!("    {k}"), n.to_string()])
            .collect();
        table(out, Format::Table, &["    series", "rows"], &rows)?;
        writeln!(out, "  revisions: {}", ing.revisions.len())?;
        for rv in &ing.revisions {
            writeln!(out, "    {}", revision_line(rv))?;
        }
    }
    if !input.parsed.warnings.is_empty() {
        writeln!(out, "  warnings: {}", input.parsed.warnings.len())?;
        for w in &input.parsed.warnings {
            writeln!(out, "    {w}")?;
        }
    }
    if !input.parsed.skipped.is_empty() {
        writeln!(
            out,
            "  skipped (--allow-partial): {}",
            input.parsed.skipped.len()
        )?;
        for w in &input.parsed.skipped {
            writeln!(out, "    {w}")?;
        }
    }
    Ok(())
}

/// `itx revisions`.
pub fn revisions(
    store: &Store,
    series: Option<&str>,
    since: Option<Date>,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let filter = RevisionFilter {
        series: series.map(SeriesKey::resolve).transpose()?,
        since,
        release_id: None,
    };
    let revs = store.revisions(&filter)?;
    match format {
        Format::Json => {
            let v: Vec<_> = revs.iter().map(itx_app::revision_json).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        Format::Csv | Format::Table => {
            let rows: Vec<Vec<String>> = revs
                .iter()
                .map(|r| {
                    vec![
                        r.series.to_string(),
                        r.period.to_string(),
                        r.old.value_published.clone(),
                        r.new.value_published.clone(),
                        r.new.unit_published.as_str().to_string(),
                        itx_app::pct_change(r.old.value, r.new.value)
                            .map_or(String::new(), |p| format!("{p:+.2}")),
                        r.old
                            .release
                            .published
                            .map_or("undated".into(), |d| d.to_string()),
                        r.new
                            .release
                            .published
                            .map_or("undated".into(), |d| d.to_string()),
                        r.new.release.source.clone(),
                    ]
                })
                .collect();
            if format == Format::Table {
                for r in &revs {
                    writeln!(out, "{}", revision_line(r))?;
                }
                if revs.is_empty() {
                    writeln!(out, "no revisions")?;
                }
            } else {
                table(
                    out,
                    format,
                    &[
                        "series",
                        "period",
                        "old",
                        "new",
                        "unit",
                        "change_pct",
                        "old_published",
                        "new_published",
                        "by",
                    ],
                    &rows,
                )?;
            }
        }
    }
    Ok(())
}
