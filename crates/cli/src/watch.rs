//! `itx watch`: release day without a person at the keyboard. Each poll fetches
//! the tracked EasyData series; a new release (a content hash the store has not
//! seen) is checked and ingested like `itx ingest`, the new brief's headline
//! and the revisions are printed, and a JSON summary is POSTed to the webhook.
//! Transient failures (HTTP 429 or 5xx, network, a web page in place of data)
//! double the wait, up to six hours; a refused key or a bad answer stops.

use std::io::Write;
use std::time::Duration;

use anyhow::{Result, bail};
use itx_app::{Db, Outcome};
use serde_json::json;

use crate::Format;
use crate::ingest::{IngestOptions, fetch_inputs, revision_line, write_and_report};

/// The longest wait between polls after repeated transient failures.
const MAX_WAIT: Duration = Duration::from_secs(6 * 3600);

pub struct WatchOptions<'a> {
    pub every: Duration,
    pub webhook: Option<&'a str>,
    pub series: &'a [String],
    pub polls: Option<u32>,
}

/// "30m", "1h", "90s", "0s".
pub fn parse_every(s: &str) -> Result<Duration> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| anyhow::anyhow!("--every {s:?}: a number and a unit (90s, 30m, 1h)"))?;
    let secs = match unit {
        "s" => n,
        "m" | "" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        _ => bail!("--every {s:?}: the unit is s, m or h (90s, 30m, 1h)"),
    };
    Ok(Duration::from_secs(secs))
}

pub fn watch(
    store: &mut Db,
    o: &WatchOptions<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let ingest = IngestOptions {
        published: None,
        url: None,
        format: None,
        allow_partial: false,
        accept_outliers: false,
        dry_run: false,
        series: None,
        output: Format::Table,
    };
    let mut wait = o.every;
    let mut poll = 0u32;
    loop {
        poll += 1;
        let at = jiff::Zoned::now()
            .strftime("%Y-%m-%d %H:%M:%S %Z")
            .to_string();
        match fetch_inputs(o.series, None, None) {
            Ok(inputs) => {
                wait = o.every;
                let mut report = Vec::new();
                let done = write_and_report(store, &inputs, &ingest, &mut report)?;
                let added: Vec<i64> = done
                    .iter()
                    .filter_map(|d| match d.outcome {
                        Outcome::Added { release_id, .. } => Some(release_id),
                        Outcome::AlreadyIngested { .. } => None,
                    })
                    .collect();
                if added.is_empty() {
                    writeln!(err, "itx watch: {at}: poll {poll}: nothing new")?;
                } else {
                    let revisions: Vec<&itx_app::Revision> =
                        done.iter().flat_map(|d| &d.revisions).collect();
                    let headline = headline(store)?;
                    writeln!(
                        out,
                        "{at}: {} new release{}; {} revision{}",
                        added.len(),
                        if added.len() == 1 { "" } else { "s" },
                        revisions.len(),
                        if revisions.len() == 1 { "" } else { "s" }
                    )?;
                    if let Some(h) = &headline {
                        writeln!(out, "  {h}")?;
                    }
                    for r in &revisions {
                        writeln!(out, "  revised: {}", revision_line(r))?;
                    }
                    if let Some(url) = o.webhook {
                        let body = json!({
                            "event": "new_release",
                            "at": at,
                            "release_ids": added,
                            "headline": headline,
                            "revisions": revisions.iter().map(|r| itx_app::revision_json(r)).collect::<Vec<_>>(),
                        });
                        // A webhook that fails is reported, not fatal: the data is in.
                        if let Err(e) = post(url, &body) {
                            writeln!(err, "itx watch: webhook {url}: {e}")?;
                        }
                    }
                }
            }
            Err(why) if why.is_transient() => {
                wait = if poll == 1 || wait < o.every {
                    o.every.max(Duration::from_secs(60)).min(MAX_WAIT)
                } else {
                    (wait * 2).min(MAX_WAIT)
                };
                // With a zero interval (tests) there is nothing to back off from.
                if o.every.is_zero() {
                    wait = Duration::ZERO;
                }
                writeln!(
                    err,
                    "itx watch: {at}: poll {poll}: {why}; trying again in {}",
                    shown(wait)
                )?;
            }
            Err(e) => return Err(e.into()),
        }
        if o.polls.is_some_and(|n| poll >= n) {
            return Ok(());
        }
        std::thread::sleep(wait);
    }
}

fn shown(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 && s % 3600 == 0 {
        format!("{}h", s / 3600)
    } else if s >= 60 && s % 60 == 0 {
        format!("{}m", s / 60)
    } else {
        format!("{s}s")
    }
}

/// The first sentence of the latest ICT brief.
fn headline(store: &Db) -> Result<Option<String>> {
    let key = itx_types::SeriesKey::new("pk.ebops.9.credit");
    let (b, _) = itx_app::brief(store, &key, None, None)?;
    // The first paragraph that is not the freshness notice.
    Ok(b.paragraphs
        .iter()
        .find(|p| !p.starts_with("Data may be out of date"))
        .map(|p| match p.find(". ") {
            Some(i) => p[..=i].to_string(),
            None => p.clone(),
        }))
}

fn post(url: &str, body: &serde_json::Value) -> Result<()> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .user_agent(concat!("itx/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    agent
        .post(url)
        .header("content-type", "application/json")
        .send(body.to_string())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(())
}
