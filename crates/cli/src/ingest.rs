//! `itx ingest`, `itx fetch easydata`, `itx revisions`.

use std::io::Write;

use anyhow::{Context, Result};
use itx_app::ingest::{self, Dated, Format as FileFormat, Input, Source};
use itx_app::{Db, Ingested, Revision, RevisionFilter, Stated};
use itx_types::{Date, SeriesKey};

use crate::Format;
use crate::listing::table;

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

fn today() -> Date {
    jiff::Zoned::now().date()
}

/// Reads every file first: if any fails, nothing is written.
pub fn ingest_files(
    db: &mut Db,
    files: &[std::path::PathBuf],
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    if let [path] = files {
        if ingest::streamable(path, o.format) {
            return stream_file(db, path, o, out);
        }
    }
    let mut inputs = Vec::new();
    let mut calendars = Vec::new();
    for path in files {
        let label = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| format!("{label}: cannot read"))?;
        let file = path
            .file_name()
            .map_or(label.clone(), |n| n.to_string_lossy().into_owned());
        if o.format.is_none() && ingest::is_calendar(&bytes) {
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
        let input = ingest::read(&bytes, &label, &src, o.format, today())
            .map_err(|e| anyhow::anyhow!("{e} (nothing was loaded)"))?;
        inputs.push(input);
    }
    // Calendar pages are read first too: one that fails loads nothing.
    let mut pages = Vec::new();
    for (label, file, bytes) in &calendars {
        let cal = ingest::read_calendar(bytes, file)
            .map_err(|e| anyhow::anyhow!("{e} (nothing was loaded)"))?;
        pages.push((label, file, cal));
    }
    for (label, file, cal) in pages {
        calendar_report(db, label, file, &cal, o, out)?;
    }
    if inputs.is_empty() && !calendars.is_empty() {
        return Ok(());
    }
    write_and_report(db, &inputs, o, out).map(|_| ())
}

/// One large SDMX-CSV file, streamed: read and written at once, never held in
/// memory; the same checks and report as files read whole.
fn stream_file(
    db: &mut Db,
    path: &std::path::Path,
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    let label = path.display().to_string();
    let src = Source {
        file: path
            .file_name()
            .map_or(label.clone(), |n| n.to_string_lossy().into_owned()),
        published: o.published,
        url: o.url.map(str::to_string),
        allow_partial: o.allow_partial,
        series: o.series.clone(),
    };
    let s = ingest::stream_file(
        db,
        path,
        &label,
        &src,
        o.accept_outliers,
        o.dry_run,
        today(),
    )
    .map_err(|e| match e {
        // Says so itself.
        itx_app::Error::Refused(_) => anyhow::anyhow!(e),
        e => anyhow::anyhow!("{e} (nothing was loaded)"),
    })?;
    if o.output == Format::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&[&s.report])?)?;
        return Ok(());
    }
    for f in &s.findings {
        writeln!(out, "flagged outlier (--accept-outliers): {f}")?;
    }
    write_text(
        &s.dated,
        &s.report,
        std::slice::from_ref(&s.ingested),
        o.dry_run,
        out,
    )
}

/// Stores the release dates a calendar page announces for itx's series
/// (services trade and the balance of payments) and says what it found.
fn calendar_report(
    db: &mut Db,
    label: &str,
    file: &str,
    cal: &ingest::Calendar,
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    let (ours, added) = ingest::announce(db, file, cal, o.dry_run)?;
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
    db: &mut Db,
    keys: &[String],
    from: Option<Date>,
    to: Option<Date>,
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<()> {
    let inputs =
        fetch_inputs(keys, from, to).map_err(|e| anyhow::anyhow!("{e} (nothing was loaded)"))?;
    write_and_report(db, &inputs, o, out).map(|_| ())
}

/// Fetches `keys` (the tracked series when empty) from EasyData, all or none,
/// with the API key and address from the environment.
pub(crate) fn fetch_inputs(
    keys: &[String],
    from: Option<Date>,
    to: Option<Date>,
) -> itx_app::Result<Vec<Input>> {
    let api_key = std::env::var("ITX_EASYDATA_KEY").map_err(|_| {
        itx_app::Error::Bad(
            "set ITX_EASYDATA_KEY to your EasyData API key (easydata.sbp.org.pk: My Account → My Data Basket → Generate API Key)".into(),
        )
    })?;
    let base = std::env::var("ITX_EASYDATA_URL")
        .unwrap_or_else(|_| itx_app::ingest::EASYDATA_API_URL.to_string());
    ingest::fetch(&ingest::FetchRequest {
        base_url: &base,
        api_key: &api_key,
        series: keys,
        from,
        to,
        today: today(),
    })
}

/// Checks, writes and reports `inputs`; what each release did.
pub(crate) fn write_and_report(
    db: &mut Db,
    inputs: &[Input],
    o: &IngestOptions<'_>,
    out: &mut dyn Write,
) -> Result<Vec<Ingested>> {
    let written = ingest::write(db, inputs, o.accept_outliers, o.dry_run, today())?;
    let reports: Vec<_> = inputs
        .iter()
        .zip(&written.done)
        .map(|(input, done)| ingest::report_json(input, done, o.dry_run))
        .collect();
    if o.output == Format::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&reports)?)?;
        return Ok(written.done.into_iter().flatten().collect());
    }
    for f in &written.findings {
        writeln!(out, "flagged outlier (--accept-outliers): {f}")?;
    }
    for ((input, r), done) in inputs.iter().zip(&reports).zip(&written.done) {
        write_text(&input.dated, r, done, o.dry_run, out)?;
    }
    Ok(written.done.into_iter().flatten().collect())
}

/// One line per revision, both values in US$ million with the published text
/// where it was printed in another unit: `pk.ebops.services.credit 2026-02:
/// 812.2 → 800.2 US$ million (-1.48%; published 812,245.699 US$ thousand →
/// 800,206.042 US$ thousand); SBP dt.xls … Feb-26 release (2026-03-17,
/// provisional) → …`.
pub fn revision_line(r: &Revision) -> String {
    let (old, new, aside) = itx_app::revision_values(r);
    let side = |s: &Stated| {
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
    dated: &Dated,
    r: &itx_app::responses::InputReport,
    done: &[Ingested],
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<()> {
    writeln!(
        out,
        "{} ({}){}",
        r.input,
        r.format.as_deref().unwrap_or(""),
        if dry_run {
            " — dry run, nothing written"
        } else {
            ""
        }
    )?;
    if r.releases.is_empty() {
        writeln!(out, "  no release: nothing to load")?;
    }
    for (rel, ing) in r.releases.iter().zip(done) {
        let id = rel.release_id.map_or(String::new(), |i| format!(" #{i}"));
        writeln!(
            out,
            "  {}{id}: {} (published {}{})",
            rel.status,
            rel.source,
            rel.published.as_deref().unwrap_or("undated"),
            match dated {
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
        if rel.status == "already ingested" {
            continue;
        }
        let per = &rel.rows_per_series;
        writeln!(out, "  {} figures in {} series", rel.figures, per.len())?;
        let rows: Vec<Vec<String>> = per
            .iter()
            .map(|(k, n)| vec![format!("    {k}"), n.to_string()])
            .collect();
        table(out, Format::Table, &["    series", "rows"], &rows)?;
        let more = rel.revisions_not_listed.unwrap_or(0);
        writeln!(out, "  revisions: {}", ing.revisions.len() + more)?;
        for rv in &ing.revisions {
            writeln!(out, "    {}", revision_line(rv))?;
        }
        if more > 0 {
            writeln!(
                out,
                "    … and {more} more{}",
                rel.release_id.map_or(String::new(), |id| format!(
                    ": itx revisions --release {id} lists them all"
                ))
            )?;
        }
    }
    if !r.warnings.is_empty() {
        writeln!(out, "  warnings: {}", r.warnings.len())?;
        for w in &r.warnings {
            writeln!(out, "    {w}")?;
        }
    }
    if !r.skipped.is_empty() {
        writeln!(out, "  skipped (--allow-partial): {}", r.skipped.len())?;
        for w in &r.skipped {
            writeln!(out, "    {w}")?;
        }
    }
    Ok(())
}

/// `itx revisions`.
pub fn revisions(
    store: &Db,
    filter: &RevisionFilter,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let revs = store.revisions(filter)?;
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
