//! The itx store: SQLite, bitemporal, append-only.
//!
//! Every release that ever stated a value for a (series, period) is kept with its
//! value as printed, status, release date and provenance. Nothing is updated in
//! place; "current" is computed at query time by [`itx_types::pick_current`], as
//! known today or as known on any earlier date (`as_of`).
//!
//! ```
//! use itx_store::{Store, NewRelease, NewObservation};
//! use itx_types::{Period, SeriesKey, SourceKind, Status, Unit, YearMonth};
//! let mut store = Store::open_in_memory()?;
//! let key = SeriesKey::resolve("ict")?;
//! let release = NewRelease {
//!     source: "example".into(), kind: SourceKind::Official,
//!     published: Some("2025-08-20".parse().unwrap()), file: None, url: None,
//!     content_hash: "abc".into(), note: None,
//!     series: vec![], // series rows are created on demand
//!     observations: vec![NewObservation {
//!         series: key.clone(), period: Period::Month(YearMonth::new(2025, 7)?),
//!         value: 354.0, value_published: "354".into(), unit_published: Unit::UsdMillion,
//!         status: Status::Provisional, location: "line 2".into(), quote: None, preferred: false,
//!     }],
//! };
//! assert!(store.ingest(&release)?.is_new());
//! assert!(!store.ingest(&release)?.is_new()); // same content: nothing added
//! let cur = store.current_series(&key, None)?;
//! assert_eq!(cur[0].1.value, 354.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use itx_types::{
    Date, Period, Release, SeriesInfo, SeriesKey, SourceKind, Status, Unit, Vintage, ebops_name,
    pick_current,
};
use rusqlite::{Connection, OptionalExtension, params};

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the store {path}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("store: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("store holds a malformed row: {0}")]
    Corrupt(String),
    #[error(
        "release {source_name:?}: {series} {period} appears twice in one release ({first} and {second})"
    )]
    DuplicateObservation {
        source_name: String,
        series: String,
        period: String,
        first: String,
        second: String,
    },
}

/// A release to be written, with all its observations (one transaction).
#[derive(Debug, Clone)]
pub struct NewRelease {
    pub source: String,
    pub kind: SourceKind,
    pub published: Option<Date>,
    pub file: Option<String>,
    pub url: Option<String>,
    /// Identifies the content; a release whose hash is already stored is not added again.
    pub content_hash: String,
    pub note: Option<String>,
    /// Names for series this release introduces (others get a name from their key).
    pub series: Vec<SeriesInfo>,
    pub observations: Vec<NewObservation>,
}

/// One figure of a release.
#[derive(Debug, Clone, PartialEq)]
pub struct NewObservation {
    pub series: SeriesKey,
    pub period: Period,
    /// In US$ million.
    pub value: f64,
    pub value_published: String,
    pub unit_published: Unit,
    pub status: Status,
    pub location: String,
    pub quote: Option<String>,
    pub preferred: bool,
}

/// What an ingest did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Added { release_id: i64, rows: usize },
    AlreadyIngested { release_id: i64 },
}

impl Outcome {
    pub fn is_new(&self) -> bool {
        matches!(self, Outcome::Added { .. })
    }
}

/// A series with a summary of what the store holds for it.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesSummary {
    pub info: SeriesInfo,
    pub periods: usize,
    pub vintages: usize,
    pub first_month: Option<String>,
    pub last_month: Option<String>,
}

/// One figure as one release stated it (a side of a [`Revision`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    pub release: Release,
    /// US$ million.
    pub value: f64,
    pub value_published: String,
    pub unit_published: Unit,
    pub status: Status,
    pub location: String,
}

/// A later official release stating a different value for a figure than the
/// official release before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub series: SeriesKey,
    pub period: Period,
    pub old: Stated,
    pub new: Stated,
}

impl Revision {
    /// New minus old, US$ million.
    pub fn change(&self) -> f64 {
        self.new.value - self.old.value
    }
}

/// What [`Store::ingest_reporting`] did with one release.
#[derive(Debug, Clone, PartialEq)]
pub struct Ingested {
    pub outcome: Outcome,
    /// Revisions this release is part of, as the newer or the older statement.
    pub revisions: Vec<Revision>,
}

/// Which revisions to list.
#[derive(Debug, Clone, Default)]
pub struct RevisionFilter {
    pub series: Option<SeriesKey>,
    /// Only revisions made by releases published on or after this date.
    pub since: Option<Date>,
    /// Only revisions made by this release.
    pub release_id: Option<i64>,
}

/// A release with the number of figures it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseSummary {
    pub release: Release,
    pub rows: usize,
    pub note: Option<String>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS series (
    key        TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    unit       TEXT NOT NULL,
    ebops_code TEXT
);
CREATE TABLE IF NOT EXISTS releases (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('official', 'press')),
    published    TEXT,
    file         TEXT,
    url          TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    ingested_at  TEXT NOT NULL,
    note         TEXT
);
CREATE TABLE IF NOT EXISTS observations (
    series          TEXT NOT NULL REFERENCES series(key),
    period          TEXT NOT NULL,
    release_id      INTEGER NOT NULL REFERENCES releases(id),
    value           REAL NOT NULL,
    value_published TEXT NOT NULL,
    unit_published  TEXT NOT NULL,
    status          TEXT NOT NULL,
    location        TEXT NOT NULL,
    quote           TEXT,
    preferred       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (series, period, release_id)
) WITHOUT ROWID;
PRAGMA user_version = 1;
";

/// The store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store at `path`.
    ///
    /// # Errors
    /// When the file cannot be opened or is not an itx store.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let conn = Connection::open(path).map_err(|source| Error::Open {
            path: path.display().to_string(),
            source,
        })?;
        Self::init(conn).map_err(|e| match e {
            Error::Sql(source) => Error::Open {
                path: path.display().to_string(),
                source,
            },
            other => other,
        })
    }

    /// A store that lives in memory only.
    ///
    /// # Errors
    /// Only if SQLite cannot allocate.
    pub fn open_in_memory() -> Result<Store, Error> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, Error> {
        // WAL: a reader (itx brief) during an ingest sees the store as it was before
        // the ingest's transaction or after it, never a mix, and is never blocked.
        // 16 KiB pages (applies to a new store only): fewer B-tree splits on bulk loads.
        conn.pragma_update(None, "page_size", 16384)?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // 64 MiB page cache: a million-row release stays in memory until commit.
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn })
    }

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

    /// Writes one release in one transaction. Identical content is not added twice.
    ///
    /// # Errors
    /// On a duplicate (series, period) within the release, or SQLite failure; in
    /// either case nothing is written.
    pub fn ingest(&mut self, r: &NewRelease) -> Result<Outcome, Error> {
        Ok(self.ingest_all(std::slice::from_ref(r))?.remove(0))
    }

    /// Writes several releases in one transaction: all of them, or on error none.
    ///
    /// # Errors
    /// As [`Store::ingest`], for any of the releases.
    pub fn ingest_all(&mut self, releases: &[NewRelease]) -> Result<Vec<Outcome>, Error> {
        let tx = self.conn.transaction()?;
        let ingested_at = jiff::Timestamp::now().to_string();
        let mut out = Vec::with_capacity(releases.len());
        for r in releases {
            out.push(write_release(&tx, r, &ingested_at)?);
        }
        tx.commit()?;
        Ok(out)
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
            "SELECT r.id, r.source, r.kind, r.published, r.file, r.url, r.note,
                    (SELECT count(*) FROM observations o WHERE o.release_id = r.id)
             FROM releases r ORDER BY r.published IS NULL, r.published, r.id",
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
        let cal = key.calendar();
        let mut st = self.conn.prepare_cached(&format!(
            "{VINTAGE_SELECT} WHERE o.series = ?1 ORDER BY r.published IS NULL, r.published, r.id"
        ))?;
        let rows = st.query_map([key.as_str()], row_to_vintage)?;
        let mut out: BTreeMap<Period, Vec<Vintage>> = BTreeMap::new();
        for row in rows {
            let (period, v) = row??;
            let period = Period::parse(&period, &cal)
                .map_err(|e| Error::Corrupt(format!("{key} period: {e}")))?;
            out.entry(period).or_default().push(v);
        }
        Ok(out)
    }

    /// What changed between official releases: for each figure, each official
    /// release (in publication order; undated ones last, by ingestion) whose value
    /// differs from the official release before it. Press copies are not releases
    /// and are left out; a figure printed identically again is not a revision.
    pub fn revisions(&self, filter: &RevisionFilter) -> Result<Vec<Revision>, Error> {
        revisions_in(&self.conn, filter)
    }

    /// Writes releases in one transaction and reports, for each, the revisions it
    /// is part of (as the newer or the older side). With `dry_run` the transaction
    /// is rolled back: the report is what the ingest would do, and nothing changes.
    ///
    /// # Errors
    /// As [`Store::ingest_all`]; nothing is written.
    pub fn ingest_reporting(
        &mut self,
        releases: &[NewRelease],
        dry_run: bool,
    ) -> Result<Vec<Ingested>, Error> {
        let tx = self.conn.transaction()?;
        let ingested_at = jiff::Timestamp::now().to_string();
        let mut out = Vec::with_capacity(releases.len());
        for r in releases {
            let outcome = write_release(&tx, r, &ingested_at)?;
            let revisions = match outcome {
                Outcome::Added { release_id, .. } => revisions_in(
                    &tx,
                    &RevisionFilter {
                        release_id: Some(release_id),
                        ..RevisionFilter::default()
                    },
                )?,
                Outcome::AlreadyIngested { .. } => Vec::new(),
            };
            out.push(Ingested { outcome, revisions });
        }
        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(out)
    }
}

/// See [`Store::revisions`].
fn revisions_in(conn: &Connection, filter: &RevisionFilter) -> Result<Vec<Revision>, Error> {
    {
        let mut sql = format!(
            "{VINTAGE_COLUMNS}, o.series FROM observations o JOIN releases r ON r.id = o.release_id
             WHERE r.kind = 'official'"
        );
        if filter.series.is_some() {
            sql.push_str(" AND o.series = ?1");
        }
        if let Some(id) = filter.release_id {
            // Only figures this release states, and their earlier vintages.
            sql.push_str(&format!(
                " AND (o.series, o.period) IN (SELECT series, period FROM observations WHERE release_id = {id})"
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
            let series: String = row.get(14)?;
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

impl Store {
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

/// The first (series, period) a release states twice, as an error naming both
/// places. Only called when SQLite's primary key has refused a row, so the common
/// path pays nothing for the check.
fn duplicate_error(r: &NewRelease) -> Error {
    let mut seen: std::collections::HashMap<(&str, Period), &str> =
        std::collections::HashMap::with_capacity(r.observations.len());
    for o in &r.observations {
        if let Some(first) = seen.insert((o.series.as_str(), o.period), &o.location) {
            return Error::DuplicateObservation {
                source_name: r.source.clone(),
                series: o.series.to_string(),
                period: o.period.to_string(),
                first: first.to_string(),
                second: o.location.clone(),
            };
        }
    }
    Error::Corrupt("primary key refused a row, but the release has no duplicate".into())
}

fn is_primary_key_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY)
}

fn write_release(
    tx: &rusqlite::Transaction<'_>,
    r: &NewRelease,
    ingested_at: &str,
) -> Result<Outcome, Error> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM releases WHERE content_hash = ?1",
            [&r.content_hash],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(release_id) = existing {
        return Ok(Outcome::AlreadyIngested { release_id });
    }
    tx.execute(
        "INSERT INTO releases (source, kind, published, file, url, content_hash, ingested_at, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            r.source,
            r.kind.as_str(),
            r.published.map(|d| d.to_string()),
            r.file,
            r.url,
            r.content_hash,
            ingested_at,
            r.note
        ],
    )?;
    let release_id = tx.last_insert_rowid();
    let mut add_series = tx.prepare_cached(
        "INSERT INTO series (key, name, unit, ebops_code) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(key) DO NOTHING",
    )?;
    for s in &r.series {
        add_series.execute(params![
            s.key.as_str(),
            s.name,
            s.unit.as_str(),
            s.ebops_code
        ])?;
    }
    let mut keys: Vec<&str> = r.observations.iter().map(|o| o.series.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    for o in keys {
        let info = default_info(&SeriesKey::new(o));
        add_series.execute(params![
            info.key.as_str(),
            info.name,
            info.unit.as_str(),
            info.ebops_code
        ])?;
    }
    // Rows go in BATCH at a time through one multi-row INSERT: on a million-row
    // release this halves the per-statement overhead of the SQLite VM.
    let mut batch = tx.prepare_cached(&insert_sql(BATCH))?;
    let mut single = tx.prepare_cached(&insert_sql(1))?;
    let mut periods: Vec<String> = Vec::with_capacity(BATCH);
    let dup = |e: rusqlite::Error| {
        if is_primary_key_violation(&e) {
            duplicate_error(r)
        } else {
            Error::Sql(e)
        }
    };
    for chunk in r.observations.chunks(BATCH) {
        let stmt = if chunk.len() == BATCH {
            &mut batch
        } else {
            &mut single
        };
        if chunk.len() == BATCH {
            periods.clear();
            periods.extend(chunk.iter().map(|o| o.period.to_string()));
            for (i, o) in chunk.iter().enumerate() {
                bind_obs(stmt, i * OBS_COLUMNS, o, &periods[i], release_id)?;
            }
            stmt.raw_execute().map_err(dup)?;
        } else {
            for o in chunk {
                let p = o.period.to_string();
                bind_obs(stmt, 0, o, &p, release_id)?;
                stmt.raw_execute().map_err(dup)?;
            }
        }
    }
    Ok(Outcome::Added {
        release_id,
        rows: r.observations.len(),
    })
}

/// Rows per multi-row INSERT (10 parameters each; SQLite allows 32,766).
const BATCH: usize = 64;
const OBS_COLUMNS: usize = 10;

fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO observations (series, period, release_id, value, value_published,
           unit_published, status, location, quote, preferred) VALUES ",
    );
    for i in 0..rows {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str("(?,?,?,?,?,?,?,?,?,?)");
    }
    sql
}

/// Binds one observation at parameter offset `at` (0-based; SQLite counts from 1).
fn bind_obs(
    stmt: &mut rusqlite::CachedStatement<'_>,
    at: usize,
    o: &NewObservation,
    period: &str,
    release_id: i64,
) -> Result<(), Error> {
    stmt.raw_bind_parameter(at + 1, o.series.as_str())?;
    stmt.raw_bind_parameter(at + 2, period)?;
    stmt.raw_bind_parameter(at + 3, release_id)?;
    stmt.raw_bind_parameter(at + 4, o.value)?;
    stmt.raw_bind_parameter(at + 5, o.value_published.as_str())?;
    stmt.raw_bind_parameter(at + 6, o.unit_published.as_str())?;
    stmt.raw_bind_parameter(at + 7, o.status.as_str())?;
    stmt.raw_bind_parameter(at + 8, o.location.as_str())?;
    stmt.raw_bind_parameter(at + 9, o.quote.as_deref())?;
    stmt.raw_bind_parameter(at + 10, o.preferred)?;
    Ok(())
}

macro_rules! vintage_columns {
    () => {
        "SELECT r.id, r.source, r.kind, r.published, r.file, r.url,
        o.period, o.value, o.value_published, o.unit_published, o.status, o.location,
        o.quote, o.preferred"
    };
}
const VINTAGE_COLUMNS: &str = vintage_columns!();
const VINTAGE_SELECT: &str = concat!(
    vintage_columns!(),
    " FROM observations o JOIN releases r ON r.id = o.release_id"
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

fn row_to_vintage(r: &rusqlite::Row<'_>) -> RowResult<(String, Vintage)> {
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

/// A name for a series nobody described: from its EBOPS code where it has one.
pub fn default_info(key: &SeriesKey) -> SeriesInfo {
    let code = key.ebops_code().map(str::to_string);
    let name = match (code.as_deref().and_then(ebops_name), key.flow()) {
        (Some(n), Some(f)) => format!("{n} ({})", f.noun()),
        _ => key.to_string(),
    };
    SeriesInfo {
        key: key.clone(),
        name,
        unit: Unit::UsdMillion,
        ebops_code: code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use itx_types::YearMonth;

    fn release(hash: &str, published: &str, value: f64) -> NewRelease {
        NewRelease {
            source: format!("test {hash}"),
            kind: SourceKind::Official,
            published: Some(published.parse().unwrap()),
            file: Some("f.xls".into()),
            url: None,
            content_hash: hash.into(),
            note: None,
            series: vec![],
            observations: vec![NewObservation {
                series: SeriesKey::new("pk.ebops.services.credit"),
                period: Period::Month(YearMonth::new(2026, 2).unwrap()),
                value,
                value_published: value.to_string(),
                unit_published: Unit::UsdMillion,
                status: Status::Provisional,
                location: "'EBOPS '!I9".into(),
                quote: None,
                preferred: false,
            }],
        }
    }

    #[test]
    fn revisions_are_kept_and_as_of_sees_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sqlite");
        let mut s = Store::open(&path).unwrap();
        s.ingest(&release("feb", "2026-03-17", 812.2456)).unwrap();
        s.ingest(&release("mar", "2026-04-17", 800.2060)).unwrap();
        drop(s);
        let s = Store::open(&path).unwrap();
        let key = SeriesKey::new("pk.ebops.services.credit");
        let feb = Period::Month(YearMonth::new(2026, 2).unwrap());
        let vs = s.vintages(&key, &feb).unwrap();
        assert_eq!(
            vs.iter().map(|v| v.value).collect::<Vec<_>>(),
            [812.2456, 800.2060]
        );
        assert_eq!(s.current_series(&key, None).unwrap()[0].1.value, 800.2060);
        let before = Some("2026-04-01".parse().unwrap());
        assert_eq!(s.current_series(&key, before).unwrap()[0].1.value, 812.2456);
        assert_eq!(s.list_series().unwrap()[0].vintages, 2);
    }

    #[test]
    fn a_duplicate_inside_a_release_writes_nothing() {
        let mut s = Store::open_in_memory().unwrap();
        let mut r = release("dup", "2026-03-17", 1.0);
        r.observations.push(r.observations[0].clone());
        assert!(matches!(
            s.ingest(&r),
            Err(Error::DuplicateObservation { .. })
        ));
        assert!(s.is_empty().unwrap());
    }

    #[test]
    fn a_file_that_is_not_a_store_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk");
        std::fs::write(
            &path,
            b"this is not sqlite, just text padding it out to a page",
        )
        .unwrap();
        let err = Store::open(&path).err().expect("must fail");
        assert!(err.to_string().contains("junk"), "{err}");
    }
}
