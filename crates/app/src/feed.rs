//! An Atom feed of releases (RFC 4287): one entry per official release that
//! states monthly ICT or services figures, newest first, with the headline
//! figures it states, the revisions it made and the first paragraph of the
//! brief as known on its publication date.
//!
//! Press reports are not entries: the feed announces data, and a press figure
//! is a quotation of data, shown in briefs only where SBP's figure is missing.

use std::collections::BTreeMap;

use itx_store::{RevisionFilter, Store};
use itx_types::{Date, Period, Release, SeriesKey, SourceKind, YearMonth, money, short_name};

use crate::Result;

/// Entries in the feed (a reader polls it; older releases are in the API).
pub const ENTRIES: usize = 20;

/// The series whose figures make an entry's headline.
const HEADLINE: [&str; 2] = ["pk.ebops.9.credit", "pk.ebops.services.credit"];

/// XML text with `&`, `<`, `>`, `"` escaped.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One release in the feed.
#[derive(Debug, Clone)]
pub struct Entry {
    pub release: Release,
    /// (series, month, US$ million) for the newest month of each headline series.
    pub headline: Vec<(SeriesKey, YearMonth, f64)>,
    /// Revisions it made, as sentences.
    pub revisions: Vec<String>,
    pub revisions_total: usize,
    /// The brief's first paragraph as known on the publication date.
    pub lead: Option<String>,
}

/// The newest [`ENTRIES`] official releases with monthly headline figures.
///
/// # Errors
/// When the store cannot be read.
pub fn entries(store: &Store) -> Result<Vec<Entry>> {
    let mut newest: BTreeMap<i64, (Release, Vec<(SeriesKey, YearMonth)>)> = BTreeMap::new();
    for k in HEADLINE {
        let key = SeriesKey::new(k);
        for (r, month) in store.release_latest_months(&key)? {
            if r.kind != SourceKind::Official || r.published.is_none() {
                continue;
            }
            let Ok(m) = month.parse::<YearMonth>() else {
                continue;
            };
            newest
                .entry(r.id)
                .or_insert_with(|| (r, Vec::new()))
                .1
                .push((key.clone(), m));
        }
    }
    let mut list: Vec<(Release, Vec<(SeriesKey, YearMonth)>)> = newest.into_values().collect();
    list.sort_by_key(|(r, _)| std::cmp::Reverse((r.published, r.id)));
    list.truncate(ENTRIES);
    let ict = SeriesKey::new(HEADLINE[0]);
    let mut out = Vec::new();
    for (release, months) in list {
        let mut headline = Vec::new();
        for (key, m) in months {
            let stated = store
                .vintages(&key, &Period::Month(m))?
                .into_iter()
                .find(|v| v.release.id == release.id);
            if let Some(v) = stated {
                headline.push((key, m, v.value));
            }
        }
        let revs = store.revisions(&RevisionFilter {
            series: None,
            since: None,
            release_id: Some(release.id),
        })?;
        let revisions = revs
            .iter()
            .filter(|r| HEADLINE.contains(&r.series.as_str()))
            .take(12)
            .map(|r| {
                let (old, new, _) = crate::revision_values(r);
                format!(
                    "{} {}: {old} → {new} US$ million",
                    short_name(&r.series),
                    r.period
                )
            })
            .collect();
        let lead = crate::brief(store, &ict, None, release.published)
            .ok()
            .and_then(|(b, _)| b.paragraphs.into_iter().next());
        out.push(Entry {
            release,
            headline,
            revisions,
            revisions_total: revs.len(),
            lead,
        });
    }
    Ok(out)
}

/// An entry's id that stays the same when the store is rebuilt (release ids do
/// not): a digest of the release's name, date and file.
fn stable_id(r: &Release) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(format!("{}|{:?}|{:?}", r.source, r.published, r.file));
    d[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// The feed as Atom XML; `base` is the server's address (`http://host:port`).
pub fn atom(entries: &[Entry], base: &str, updated_fallback: Date) -> String {
    let stamp = |d: Date| format!("{d}T00:00:00+05:00");
    let updated = entries
        .iter()
        .filter_map(|e| e.release.published)
        .max()
        .unwrap_or(updated_fallback);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
<title>itx: Pakistan's IT and services exports, release by release</title>\n\
<subtitle>Each official release itx holds: its headline figures, the revisions it made, and the brief as known that day.</subtitle>\n\
<id>{base}/feed.xml</id>\n<link rel=\"self\" href=\"{base}/feed.xml\"/>\n<link href=\"{base}/\"/>\n\
<updated>{}</updated>\n<author><name>itx</name></author>\n<generator>itx {}</generator>\n",
        stamp(updated),
        env!("CARGO_PKG_VERSION"),
        base = xml(base)
    );
    for e in entries {
        let r = &e.release;
        let Some(published) = r.published else {
            continue;
        };
        let head: Vec<String> = e
            .headline
            .iter()
            .map(|(k, m, v)| format!("{} {}: {}", short_name(k), m.long_label(), money(*v)))
            .collect();
        let title = if head.is_empty() {
            r.source.clone()
        } else {
            format!("{} ({})", head.join("; "), r.source)
        };
        let mut html = String::new();
        if let Some(lead) = &e.lead {
            html += &format!("<p>{}</p>", xml(lead));
        }
        if !head.is_empty() {
            html += "<p>Headline figures in this release:</p><ul>";
            for h in &head {
                html += &format!("<li>{}</li>", xml(h));
            }
            html += "</ul>";
        }
        if e.revisions_total > 0 {
            html += &format!(
                "<p>It revised {} figure{} the release before it had stated{}:</p><ul>",
                e.revisions_total,
                if e.revisions_total == 1 { "" } else { "s" },
                if e.revisions.len() < e.revisions_total {
                    ", among them".to_string()
                } else {
                    String::new()
                }
            );
            for line in &e.revisions {
                html += &format!("<li>{}</li>", xml(line));
            }
            html += "</ul>";
        } else {
            html += "<p>It revised no figure.</p>";
        }
        html += &format!(
            "<p>Source: {} ({}), published {published}.</p>",
            xml(&r.source),
            r.tier().words()
        );
        let link = r
            .url
            .as_deref()
            .map(|u| format!("<link href=\"{}\"/>", xml(u)))
            .unwrap_or_default();
        let month = e.headline.first().map(|(_, m, _)| *m);
        let brief = month
            .map(|m| {
                format!(
                    "<link rel=\"related\" href=\"{}/?month={m}&amp;as_of={published}\"/>",
                    xml(base)
                )
            })
            .unwrap_or_default();
        out += &format!(
            "<entry>\n<id>urn:itx:release:{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<published>{}</published>\n{link}{brief}\n<content type=\"html\">{}</content>\n</entry>\n",
            stable_id(r),
            xml(&title),
            stamp(published),
            stamp(published),
            xml(&html),
        );
    }
    out += "</feed>\n";
    out
}
