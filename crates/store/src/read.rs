//! Reading: series, releases, vintages and current values.

use std::collections::BTreeMap;

use itx_types::{
    Date, Period, Release, SeriesInfo, SeriesKey, SourceKind, Status, Unit, Vintage, pick_current,
};
use rusqlite::{OptionalExtension, params};

use crate::{Error, ReleaseSummary, SeriesSummary, Store};

impl Store {
    /// True when no release has been ingested.
    pub fn is_empty(&self) -> Result<bool, Error> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM releases", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    /// The newest release id (0 for an empty store): changes with every ingest,
    /// so it versions anything computed from the store.
    pub fn generation(&self) -> Result<i64, Error> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM releases", [], |r| {
                r.get(0)
            })?)
    }

    /// The release id stored under `content_hash`, if any.
    pub fn release_by_hash(&self, content_hash: &str) -> Result<Option<i64>, Error> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM releases WHERE content_hash = ?1",
                [content_hash],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Metadata of one series.
    pub fn series_info(&self, key: &SeriesKey) -> Result<Option<SeriesInfo>, Error> {
        self.conn
            .query_row(
                "SELECT key, name, unit, ebops_code FROM series WHERE key = ?1",
                [key.as_str()],
                row_to_info,
            )
            .optional()?
            .transpose()
    }

    /// Every series key, ordered (cheap: no scan of the observations).
    pub fn series_keys(&self) -> Result<Vec<SeriesKey>, Error> {
        let mut st = self
            .conn
            .prepare_cached("SELECT key FROM series ORDER BY key")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|r| Ok(SeriesKey::new(r?))).collect()
    }

    /// Every series with counts, ordered by key.
    pub fn list_series(&self) -> Result<Vec<SeriesSummary>, Error> {
        let mut st = self.conn.prepare(
            "SELECT s.key, s.name, s.unit, s.ebops_code,
                    count(DISTINCT o.period), count(*),
                    min(CASE WHEN length(o.period) = 7 THEN o.period END),
                    max(CASE WHEN length(o.period) = 7 THEN o.period END)
             FROM series s JOIN observations o ON o.series = s.key
             GROUP BY s.key ORDER BY s.key",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                row_to_info(r)?,
                r.get::<_, i64>(4)? as usize,
                r.get::<_, i64>(5)? as usize,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (info, periods, vintages, first_month, last_month) = row?;
            out.push(SeriesSummary {
                info: info?,
                periods,
                vintages,
                first_month,
                last_month,
            });
        }
        Ok(out)
    }

    /// Every release, oldest publication first.
    pub fn releases(&self) -> Result<Vec<ReleaseSummary>, Error> {
        let mut st = self.conn.prepare(
            // One pass over the observations for all the counts (a count per
            // release would scan the table once per release: the primary key
            // leads with the series, not the release).
            "SELECT r.id, r.source, r.kind, r.published, r.file, r.url, r.note, coalesce(c.n, 0)
             FROM releases r
             LEFT JOIN (SELECT release_id, count(*) AS n FROM observations GROUP BY release_id) c
               ON c.release_id = r.id
             ORDER BY r.published IS NULL, r.published, r.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                row_to_release(r)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, i64>(7)? as usize,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (release, note, rows) = row?;
            out.push(ReleaseSummary {
                release: release?,
                rows,
                note,
            });
        }
        Ok(out)
    }

    /// Every release's value for one figure, oldest publication first.
    pub fn vintages(&self, key: &SeriesKey, period: &Period) -> Result<Vec<Vintage>, Error> {
        let mut st = self.conn.prepare_cached(&format!(
            "{VINTAGE_SELECT} WHERE o.series = ?1 AND o.period = ?2
             ORDER BY r.published IS NULL, r.published, r.id"
        ))?;
        let rows = st.query_map(params![key.as_str(), period.to_string()], row_to_vintage)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??.1);
        }
        Ok(out)
    }

    /// Every vintage of every period of one series.
    pub fn series_vintages(
        &self,
        key: &SeriesKey,
    ) -> Result<BTreeMap<Period, Vec<Vintage>>, Error> {
        series_vintages_in(&self.conn, key, None)
    }
    /// For each release that states monthly figures of `key`, the latest month
    /// it states: the store's own history of when each month came out.
    pub fn release_latest_months(&self, key: &SeriesKey) -> Result<Vec<(Release, String)>, Error> {
        let mut st = self.conn.prepare_cached(
            "SELECT r.id, r.source, r.kind, r.published, r.file, r.url, max(o.period)
             FROM observations o JOIN releases r ON r.id = o.release_id
             WHERE o.series = ?1 AND length(o.period) = 7
             GROUP BY r.id ORDER BY r.published IS NULL, r.published, r.id",
        )?;
        let rows = st.query_map([key.as_str()], |r| {
            Ok((row_to_release(r)?, r.get::<_, String>(6)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (release, month) = row?;
            out.push((release?, month));
        }
        Ok(out)
    }

    /// The calendar announcements for one month (`YYYY-MM`), best guide first
    /// (services trade before the balance of payments), then the latest
    /// ingested (a newer page restating a date wins).
    pub fn announced(&self, period: &str) -> Result<Vec<crate::Announced>, Error> {
        let mut st = self.conn.prepare_cached(
            "SELECT item, period, by_date, rank, file, line, text FROM announcements
             WHERE period = ?1 ORDER BY rank, ingested_at DESC, by_date",
        )?;
        let rows = st.query_map([period], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, u8>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (item, period, by, rank, file, line, text) = row?;
            let by = itx_types::parse_date(&by).map_err(|e| Error::Corrupt(e.to_string()))?;
            out.push(crate::Announced {
                item,
                period,
                by,
                rank,
                file,
                line: usize::try_from(line).unwrap_or(0),
                text,
            });
        }
        Ok(out)
    }

    /// The current value of every period of a series, as known on `as_of`
    /// (`None`: with everything the store holds).
    pub fn current_series(
        &self,
        key: &SeriesKey,
        as_of: Option<Date>,
    ) -> Result<Vec<(Period, Vintage)>, Error> {
        Ok(self
            .series_vintages(key)?
            .into_iter()
            .filter_map(|(p, vs)| pick_current(&vs, as_of).map(|v| (p, v.clone())))
            .collect())
    }
}

/// Every vintage of every period of one series, leaving out release `except`.
pub(crate) fn series_vintages_in(
    conn: &rusqlite::Connection,
    key: &SeriesKey,
    except: Option<i64>,
) -> Result<BTreeMap<Period, Vec<Vintage>>, Error> {
    let cal = key.calendar();
    let mut st = conn.prepare_cached(&format!(
        "{VINTAGE_SELECT} WHERE o.series = ?1 AND o.release_id IS NOT ?2
         ORDER BY r.published IS NULL, r.published, r.id"
    ))?;
    let rows = st.query_map(params![key.as_str(), except], row_to_vintage)?;
    let mut out: BTreeMap<Period, Vec<Vintage>> = BTreeMap::new();
    for row in rows {
        let (period, v) = row??;
        let period = Period::parse(&period, &cal)
            .map_err(|e| Error::Corrupt(format!("{key} period: {e}")))?;
        out.entry(period).or_default().push(v);
    }
    Ok(out)
}

macro_rules! vintage_columns {
    () => {
        "SELECT r.id, r.source, r.kind, r.published, r.file, r.url,
        o.period, o.value, o.value_published, o.unit_published, o.status, o.location,
        o.quote, o.preferred, f.reason"
    };
}
/// The tables [`VINTAGE_COLUMNS`] reads from.
pub(crate) const VINTAGE_FROM: &str = " FROM observations o JOIN releases r ON r.id = o.release_id
    LEFT JOIN flags f ON f.release_id = o.release_id AND f.series = o.series AND f.period = o.period";
pub(crate) const VINTAGE_COLUMNS: &str = vintage_columns!();
const VINTAGE_SELECT: &str = concat!(
    vintage_columns!(),
    " FROM observations o JOIN releases r ON r.id = o.release_id
    LEFT JOIN flags f ON f.release_id = o.release_id AND f.series = o.series AND f.period = o.period"
);

type RowResult<T> = rusqlite::Result<Result<T, Error>>;

fn row_to_release(r: &rusqlite::Row<'_>) -> RowResult<Release> {
    let kind: String = r.get(2)?;
    let published: Option<String> = r.get(3)?;
    let Some(kind) = SourceKind::parse(&kind) else {
        return Ok(Err(Error::Corrupt(format!("release kind {kind:?}"))));
    };
    let published = match published.map(|p| itx_types::parse_date(&p)).transpose() {
        Ok(p) => p,
        Err(e) => return Ok(Err(Error::Corrupt(e.to_string()))),
    };
    Ok(Ok(Release {
        id: r.get(0)?,
        source: r.get(1)?,
        kind,
        published,
        file: r.get(4)?,
        url: r.get(5)?,
    }))
}

pub(crate) fn row_to_vintage(r: &rusqlite::Row<'_>) -> RowResult<(String, Vintage)> {
    let release = match row_to_release(r)? {
        Ok(rel) => rel,
        Err(e) => return Ok(Err(e)),
    };
    let unit: String = r.get(9)?;
    let status: String = r.get(10)?;
    let (Some(unit_published), Ok(status)) = (Unit::parse(&unit), Status::parse(&status)) else {
        return Ok(Err(Error::Corrupt(format!(
            "unit {unit:?} / status {status:?}"
        ))));
    };
    Ok(Ok((
        r.get(6)?,
        Vintage {
            release,
            value: r.get(7)?,
            value_published: r.get(8)?,
            unit_published,
            status,
            location: r.get(11)?,
            quote: r.get(12)?,
            preferred: r.get(13)?,
            flag: r.get(14)?,
        },
    )))
}

fn row_to_info(r: &rusqlite::Row<'_>) -> RowResult<SeriesInfo> {
    let unit: String = r.get(2)?;
    let Some(unit) = Unit::parse(&unit) else {
        return Ok(Err(Error::Corrupt(format!("unit {unit:?}"))));
    };
    Ok(Ok(SeriesInfo {
        key: SeriesKey::new(r.get::<_, String>(0)?),
        name: r.get(1)?,
        unit,
        ebops_code: r.get(3)?,
    }))
}
