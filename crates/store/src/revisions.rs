//! Revisions: what changed between official releases.

use itx_types::{Period, SeriesKey, Unit};
use rusqlite::Connection;

use crate::read::{VINTAGE_COLUMNS, VINTAGE_FROM, row_to_vintage};
use crate::{Error, Revision, RevisionFilter, Stated, Store};

impl Store {
    /// What changed between official releases: for each figure, each official
    /// release (in publication order; undated ones last, by ingestion) whose value
    /// differs from the official release before it. Press copies are not releases
    /// and are left out; a figure printed identically again is not a revision.
    pub fn revisions(&self, filter: &RevisionFilter) -> Result<Vec<Revision>, Error> {
        revisions_in(&self.conn, filter)
    }
}

/// See [`Store::revisions`].
pub(crate) fn revisions_in(
    conn: &Connection,
    filter: &RevisionFilter,
) -> Result<Vec<Revision>, Error> {
    {
        let mut sql =
            format!("{VINTAGE_COLUMNS}, o.series {VINTAGE_FROM} WHERE r.kind = 'official'");
        if filter.series.is_some() {
            sql.push_str(" AND o.series = ?1");
        }
        if let Some(id) = filter.release_id {
            // Only figures this release states, and their earlier vintages.
            // With a series, the inner scan is of that series alone (the
            // primary key's prefix), not of every figure in the store.
            let of_series = if filter.series.is_some() {
                " AND series = ?1"
            } else {
                ""
            };
            sql.push_str(&format!(
                " AND (o.series, o.period) IN (SELECT series, period FROM observations WHERE release_id = {id}{of_series})"
            ));
        }
        sql.push_str(" ORDER BY o.series, o.period, r.published IS NULL, r.published, r.id");
        let mut st = conn.prepare(&sql)?;
        let key = filter.series.as_ref().map(|k| k.as_str().to_string());
        let mut rows = match &key {
            Some(k) => st.query([k])?,
            None => st.query([])?,
        };
        let mut out = Vec::new();
        let mut prev: Option<(String, String, Stated)> = None;
        while let Some(row) = rows.next()? {
            let (period, v) = row_to_vintage(row)??;
            let series: String = row.get(15)?;
            let cur = Stated {
                release: v.release,
                value: v.value,
                value_published: v.value_published,
                unit_published: v.unit_published,
                status: v.status,
                location: v.location,
            };
            if let Some((ps, pp, old)) = &prev {
                if *ps == series && *pp == period && !same_figure(old, &cur) {
                    let wanted = filter
                        .release_id
                        .is_none_or(|id| cur.release.id == id || old.release.id == id)
                        && filter
                            .since
                            .is_none_or(|d| cur.release.published.is_some_and(|p| p >= d));
                    if wanted {
                        let key = SeriesKey::new(series.clone());
                        let cal = key.calendar();
                        let period = Period::parse(&period, &cal)
                            .map_err(|e| Error::Corrupt(format!("{key} period: {e}")))?;
                        out.push(Revision {
                            series: key,
                            period,
                            old: old.clone(),
                            new: cur.clone(),
                        });
                    }
                }
            }
            prev = Some((series, period, cur));
        }
        Ok(out)
    }
}

/// What a release does to one series, from its vintages (as
/// [`crate::read::series_vintages_in`] gives them, this release's included):
/// the series before it, its own figures, and its revisions (as
/// [`Store::revisions`] with this release and series gives them).
#[derive(Debug, Clone)]
pub struct History {
    /// The current value of each period without this release.
    pub before: Vec<(Period, f64)>,
    /// This release's figures, in period order.
    pub stated: Vec<itx_types::NewObservation>,
    pub revisions: Vec<Revision>,
}

pub(crate) fn history_of(
    key: &SeriesKey,
    vintages: std::collections::BTreeMap<Period, Vec<itx_types::Vintage>>,
    release_id: i64,
) -> History {
    let mut out = History {
        before: Vec::new(),
        stated: Vec::new(),
        revisions: Vec::new(),
    };
    for (period, vs) in vintages {
        let others = vs.iter().filter(|v| v.release.id != release_id);
        if let Some(v) = itx_types::pick_current_of(others, None) {
            out.before.push((period, v.value));
        }
        let Some(ours) = vs.iter().find(|v| v.release.id == release_id) else {
            continue;
        };
        out.stated.push(itx_types::NewObservation {
            series: key.clone(),
            period,
            value: ours.value,
            value_published: ours.value_published.clone(),
            unit_published: ours.unit_published,
            status: ours.status,
            location: ours.location.clone(),
            quote: ours.quote.clone(),
            preferred: ours.preferred,
        });
        let official = vs
            .iter()
            .filter(|v| v.release.kind == itx_types::SourceKind::Official)
            .map(stated_of);
        let mut prev: Option<Stated> = None;
        for cur in official {
            if let Some(old) = &prev {
                let ours = cur.release.id == release_id || old.release.id == release_id;
                if ours && !same_figure(old, &cur) {
                    out.revisions.push(Revision {
                        series: key.clone(),
                        period,
                        old: old.clone(),
                        new: cur.clone(),
                    });
                }
            }
            prev = Some(cur);
        }
    }
    out
}

fn stated_of(v: &itx_types::Vintage) -> Stated {
    Stated {
        release: v.release.clone(),
        value: v.value,
        value_published: v.value_published.clone(),
        unit_published: v.unit_published,
        status: v.status,
        location: v.location.clone(),
    }
}

/// Half the last printed digit of a published figure, in US$ million: "903"
/// (million) → 0.5; "777.2" → 0.05; "777219.9563226087" (thousand) → ~5e-14.
pub fn half_step(value_published: &str, unit: Unit) -> f64 {
    let t = value_published.trim();
    let decimals = if t.contains(['e', 'E']) {
        0
    } else {
        t.split_once('.').map_or(0, |(_, f)| f.len())
    };
    let step = 10f64.powi(-(decimals.min(30) as i32));
    unit.to_millions(step) / 2.0
}

/// Two statements of a figure agree when each lies within the other's printed
/// precision: SBP's 903 (million, rounded) and 902,912.8 (thousand) are the same
/// figure, not a revision; float noise is ignored too.
fn same_figure(a: &Stated, b: &Stated) -> bool {
    let tol = half_step(&a.value_published, a.unit_published)
        .max(half_step(&b.value_published, b.unit_published))
        .max(1e-9 * a.value.abs().max(b.value.abs()));
    (a.value - b.value).abs() <= tol
}
