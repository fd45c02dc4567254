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
        with_transaction(&self.conn, |tx| {
            let ingested_at = jiff::Timestamp::now().to_string();
            let mut out = Vec::with_capacity(releases.len());
            for r in releases {
                out.push(write_release(tx, r, &ingested_at)?);
            }
            Ok((out, End::Commit))
        })
    }

    /// Writes one release whose observations arrive while it is written (from a
    /// reader on another thread, say, so that reading and writing a large file
    /// overlap). `release` is written as [`Store::ingest`] writes it, then `feed`
    /// names series and writes batches of observations through the
    /// [`ReleaseSink`]. One transaction: committed when `feed` returns `Ok`, rolled
    /// back when it returns an error or a write fails, so a file that fails to
    /// read loads nothing. When the content hash is stored already, nothing is
    /// written and `feed` is not called.
    ///
    /// # Errors
    /// The error of `feed`; or as [`Store::ingest`] (converted with `From`).
    pub fn ingest_streaming<E: From<Error>>(
        &mut self,
        release: &NewRelease,
        feed: impl FnOnce(&mut ReleaseSink<'_>) -> Result<(), E>,
    ) -> Result<Outcome, E> {
        let mut fed = Ok(());
        let outcome = with_transaction(&self.conn, |tx| {
            let ingested_at = jiff::Timestamp::now().to_string();
            let outcome = write_release(tx, release, &ingested_at)?;
            let Outcome::Added { release_id, rows } = outcome else {
                return Ok((outcome, End::Rollback));
            };
            let mut sink = ReleaseSink::new(tx, release_id, &release.source)?;
            fed = feed(&mut sink);
            let rows = rows + sink.rows;
            drop(sink);
            let end = if fed.is_ok() {
                End::Commit
            } else {
                End::Rollback
            };
            Ok((Outcome::Added { release_id, rows }, end))
        })?;
        fed.map(|()| outcome)
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
        with_transaction(&self.conn, |tx| {
            let ingested_at = jiff::Timestamp::now().to_string();
            let mut out = Vec::with_capacity(releases.len());
            for r in releases {
                let outcome = write_release(tx, r, &ingested_at)?;
                let revisions = match outcome {
                    Outcome::Added { release_id, .. } => revisions_in(
                        tx,
                        &RevisionFilter {
                            release_id: Some(release_id),
                            ..RevisionFilter::default()
                        },
                    )?,
                    Outcome::AlreadyIngested { .. } => Vec::new(),
                };
                out.push(Ingested { outcome, revisions });
            }
            let end = if dry_run { End::Rollback } else { End::Commit };
            Ok((out, end))
        })
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

/// Runs `f` in one transaction with foreign-key enforcement off, restoring it
/// afterwards (the pragma is a no-op inside a transaction, so it is set around it).
///
/// Every writer in this file keeps the references by construction: the release
/// row is inserted before its observations, and [`ReleaseSink`] inserts the row
/// of each series before the first observation that names it. Enforcement by
/// SQLite would cost two index lookups per observation (a third of a bulk load);
/// the tests check `PRAGMA foreign_key_check` after each kind of write.
fn with_transaction<T>(
    conn: &Connection,
    f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<(T, End), Error>,
) -> Result<T, Error> {
    struct Restore<'c>(&'c Connection);
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let _ = self.0.pragma_update(None, "foreign_keys", "ON");
        }
    }
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let _restore = Restore(conn);
    // Dropped before `_restore`: rolled back unless committed. Immediate: the
    // write lock is taken now (waiting out another writer under the busy timeout),
    // so the content-hash lookup and the writes after it share one snapshot; a
    // deferred transaction that has read fails with SQLITE_BUSY_SNAPSHOT, without
    // waiting, when another connection (a reader opening the store) commits first.
    let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
    let (out, end) = f(&tx)?;
    match end {
        End::Commit => tx.commit()?,
        End::Rollback => tx.rollback()?,
    }
    Ok(out)
}

/// How [`with_transaction`] ends a transaction whose writes succeeded.
enum End {
    Commit,
    Rollback,
}

/// Inserts the release row, unless its content is stored already: the new
/// release's id, or the stored one's.
fn insert_release(
    tx: &rusqlite::Transaction<'_>,
    r: &NewRelease,
    ingested_at: &str,
) -> Result<Result<i64, i64>, Error> {
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM releases WHERE content_hash = ?1",
            [&r.content_hash],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(release_id) = existing {
        return Ok(Err(release_id));
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
    Ok(Ok(tx.last_insert_rowid()))
}

fn write_release(
    tx: &rusqlite::Transaction<'_>,
    r: &NewRelease,
    ingested_at: &str,
) -> Result<Outcome, Error> {
    let release_id = match insert_release(tx, r, ingested_at)? {
        Ok(new) => new,
        Err(release_id) => return Ok(Outcome::AlreadyIngested { release_id }),
    };
    let mut sink = ReleaseSink::new(tx, release_id, &r.source)?;
    for s in &r.series {
        sink.series(s)?;
    }
    sink.insert(&r.observations[..]).map_err(|e| match e {
        Failed::Duplicate(_) => duplicate_error(r),
        Failed::Other(e) => e,
    })?;
    Ok(Outcome::Added {
        release_id,
        rows: r.observations.len(),
    })
}

/// Why [`ReleaseSink::insert`] failed.
enum Failed {
    /// The primary key refused a row of this range (the rows of one statement).
    Duplicate(std::ops::Range<usize>),
    Other(Error),
}

impl From<Error> for Failed {
    fn from(e: Error) -> Self {
        Failed::Other(e)
    }
}

impl From<rusqlite::Error> for Failed {
    fn from(e: rusqlite::Error) -> Self {
        Failed::Other(e.into())
    }
}

/// Writes the series and observations of one release inside its transaction
/// (see [`Store::ingest_streaming`]).
pub struct ReleaseSink<'t> {
    tx: &'t rusqlite::Transaction<'t>,
    release_id: i64,
    /// The release's source, for error messages.
    source: String,
    rows: usize,
    add_series: rusqlite::CachedStatement<'t>,
    batch: Insert<'t>,
    single: Insert<'t>,
    /// Series whose row this sink has written (or found), so that each
    /// observation's series exists (foreign keys hold by construction).
    known: std::collections::HashSet<String>,
    /// The series of the previous observation: a run of one series is checked once.
    last: Option<String>,
    /// Scratch for the text of a period.
    buf: String,
}

impl<'t> ReleaseSink<'t> {
    fn new(
        tx: &'t rusqlite::Transaction<'t>,
        release_id: i64,
        source: &str,
    ) -> Result<Self, Error> {
        Ok(ReleaseSink {
            tx,
            release_id,
            source: source.to_string(),
            rows: 0,
            add_series: tx.prepare_cached(
                "INSERT INTO series (key, name, unit, ebops_code) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(key) DO NOTHING",
            )?,
            batch: Insert::new(tx, BATCH, release_id)?,
            single: Insert::new(tx, 1, release_id)?,
            known: std::collections::HashSet::new(),
            last: None,
            buf: String::new(),
        })
    }

    /// The id of the release being written.
    pub fn release_id(&self) -> i64 {
        self.release_id
    }

    /// Observations written so far.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Names a series (a series already in the store keeps its name). A series
    /// never named gets [`default_info`] when its first observation is written.
    pub fn series(&mut self, info: &SeriesInfo) -> Result<(), Error> {
        if !self.known.contains(info.key.as_str()) {
            self.add_series.execute(params![
                info.key.as_str(),
                info.name,
                info.unit.as_str(),
                info.ebops_code
            ])?;
            self.known.insert(info.key.as_str().to_string());
        }
        Ok(())
    }

    /// Writes a batch of observations.
    ///
    /// # Errors
    /// [`Error::DuplicateObservation`] when a (series, period) is already in this
    /// release; SQLite failures. Either way the transaction is rolled back.
    pub fn write(&mut self, batch: &ObservationBatch) -> Result<(), Error> {
        match self.insert(batch) {
            Ok(()) => Ok(()),
            Err(Failed::Other(e)) => Err(e),
            Err(Failed::Duplicate(rows)) => Err(self.duplicate_in(batch, rows)),
        }
    }

    /// The duplicate that failed the statement writing rows `rows` of `batch`.
    /// The statement stopped at the refused row, keeping the rows before it, and
    /// wrote none after it: so the last of its rows whose (series, period) the
    /// release holds is a duplicate (the refused row, or a later one).
    fn duplicate_in(&self, batch: &ObservationBatch, rows: std::ops::Range<usize>) -> Error {
        for r in rows.rev().filter_map(|i| batch.rows.get(i)) {
            let series = batch.text(r.series);
            let first = self.tx.query_row(
                "SELECT location FROM observations
                 WHERE series = ?1 AND period = ?2 AND release_id = ?3",
                params![series, batch.text(r.period_text), self.release_id],
                |row| row.get::<_, String>(0),
            );
            match first.optional() {
                Ok(Some(first)) => {
                    return Error::DuplicateObservation {
                        source_name: self.source.clone(),
                        series: series.to_string(),
                        period: r.period.to_string(),
                        first,
                        second: batch.text(r.location).to_string(),
                    };
                }
                Ok(None) => {}
                Err(e) => return e.into(),
            }
        }
        Error::Corrupt("primary key refused a row, but the release has no duplicate".into())
    }

    /// Makes sure the row of series `key` exists before an observation names it.
    fn ensure_series(&mut self, key: &str) -> Result<(), Error> {
        if self.last.as_deref() == Some(key) {
            return Ok(());
        }
        if !self.known.contains(key) {
            let info = default_info(&SeriesKey::new(key));
            self.series(&info)?;
        }
        match &mut self.last {
            Some(last) => key.clone_into(last),
            None => self.last = Some(key.to_string()),
        }
        Ok(())
    }

    /// Inserts rows [`BATCH`] at a time through one multi-row INSERT (a tenth of
    /// the per-statement overhead of single-row INSERTs).
    fn insert(&mut self, rows: &(impl Rows + ?Sized)) -> Result<(), Failed> {
        let n = rows.count();
        let mut i = 0;
        let mut buf = std::mem::take(&mut self.buf);
        let failed = |e: rusqlite::Error, rows: std::ops::Range<usize>| {
            if is_primary_key_violation(&e) {
                Failed::Duplicate(rows)
            } else {
                Failed::Other(e.into())
            }
        };
        while n - i >= BATCH {
            for k in 0..BATCH {
                let row = rows.row(i + k, &mut buf);
                self.ensure_series(row.series)?;
                self.batch.bind(k, &row)?;
            }
            self.batch
                .stmt
                .raw_execute()
                .map_err(|e| failed(e, i..i + BATCH))?;
            i += BATCH;
        }
        while i < n {
            let row = rows.row(i, &mut buf);
            self.ensure_series(row.series)?;
            self.single.bind(0, &row)?;
            self.single
                .stmt
                .raw_execute()
                .map_err(|e| failed(e, i..i + 1))?;
            i += 1;
        }
        self.buf = buf;
        self.rows += n;
        Ok(())
    }
}

/// One observation as its columns' values.
struct RowRef<'a> {
    series: &'a str,
    period: &'a str,
    value: f64,
    value_published: &'a str,
    unit: &'static str,
    status: &'static str,
    location: &'a str,
    quote: Option<&'a str>,
    preferred: bool,
}

/// Observations to insert: a release's own, or a streamed batch.
trait Rows {
    fn count(&self) -> usize;
    /// Row `i`; `buf` may hold text the row borrows.
    fn row<'a>(&'a self, i: usize, buf: &'a mut String) -> RowRef<'a>;
}

impl Rows for [NewObservation] {
    fn count(&self) -> usize {
        self.len()
    }
    fn row<'a>(&'a self, i: usize, buf: &'a mut String) -> RowRef<'a> {
        let o = &self[i];
        buf.clear();
        push_period(buf, &o.period);
        RowRef {
            series: o.series.as_str(),
            period: buf,
            value: o.value,
            value_published: &o.value_published,
            unit: o.unit_published.as_str(),
            status: o.status.as_str(),
            location: &o.location,
            quote: o.quote.as_deref(),
            preferred: o.preferred,
        }
    }
}

impl Rows for ObservationBatch {
    fn count(&self) -> usize {
        self.rows.len()
    }
    fn row<'a>(&'a self, i: usize, _: &'a mut String) -> RowRef<'a> {
        let r = &self.rows[i];
        RowRef {
            series: self.text(r.series),
            period: self.text(r.period_text),
            value: r.value,
            value_published: self.text(r.value_published),
            unit: r.unit.as_str(),
            status: r.status.as_str(),
            location: self.text(r.location),
            quote: r.quote.map(|q| self.text(q)),
            preferred: r.preferred,
        }
    }
}

/// One observation, borrowed: what [`ObservationBatch::push`] copies in.
#[derive(Debug, Clone, Copy)]
pub struct ObservationRef<'a> {
    pub series: &'a SeriesKey,
    pub period: Period,
    /// In US$ million.
    pub value: f64,
    pub value_published: &'a str,
    pub unit_published: Unit,
    pub status: Status,
    pub location: &'a str,
    pub quote: Option<&'a str>,
    pub preferred: bool,
}

/// Observations on their way to [`ReleaseSink::write`]: all text in one buffer,
/// so that a batch is filled and emptied again without an allocation per row
/// (a reader on another thread fills one while the store writes the last).
#[derive(Debug, Clone, Default)]
pub struct ObservationBatch {
    text: String,
    rows: Vec<BatchRow>,
}

/// A range of [`ObservationBatch::text`].
type ByteRange = (u32, u32);

#[derive(Debug, Clone, Copy)]
struct BatchRow {
    series: ByteRange,
    period: Period,
    period_text: ByteRange,
    value: f64,
    value_published: ByteRange,
    unit: Unit,
    status: Status,
    location: ByteRange,
    quote: Option<ByteRange>,
    preferred: bool,
}

impl ObservationBatch {
    /// An empty batch with room for `rows` observations.
    pub fn with_capacity(rows: usize) -> ObservationBatch {
        ObservationBatch {
            text: String::with_capacity(rows * 64),
            rows: Vec::with_capacity(rows),
        }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Empties the batch, keeping its memory.
    pub fn clear(&mut self) {
        self.text.clear();
        self.rows.clear();
    }

    /// Adds a copy of one observation.
    ///
    /// # Panics
    /// When the batch holds 4 GiB of text (callers send batches long before).
    pub fn push(&mut self, o: &ObservationRef<'_>) {
        let series = self.push_text(o.series.as_str());
        let start = self.text.len();
        push_period(&mut self.text, &o.period);
        let period_text = (Self::offset(start), Self::offset(self.text.len()));
        let value_published = self.push_text(o.value_published);
        let location = self.push_text(o.location);
        let quote = o.quote.map(|q| self.push_text(q));
        self.rows.push(BatchRow {
            series,
            period: o.period,
            period_text,
            value: o.value,
            value_published,
            unit: o.unit_published,
            status: o.status,
            location,
            quote,
            preferred: o.preferred,
        });
    }

    /// Adds a copy of one observation.
    pub fn push_observation(&mut self, o: &NewObservation) {
        self.push(&ObservationRef {
            series: &o.series,
            period: o.period,
            value: o.value,
            value_published: &o.value_published,
            unit_published: o.unit_published,
            status: o.status,
            location: &o.location,
            quote: o.quote.as_deref(),
            preferred: o.preferred,
        });
    }

    fn offset(n: usize) -> u32 {
        u32::try_from(n).expect("an ObservationBatch holds less than 4 GiB of text")
    }

    fn push_text(&mut self, s: &str) -> ByteRange {
        let start = Self::offset(self.text.len());
        self.text.push_str(s);
        (start, Self::offset(self.text.len()))
    }

    fn text(&self, (a, b): ByteRange) -> &str {
        self.text.get(a as usize..b as usize).unwrap_or("")
    }
}

/// Appends the canonical text of a period (as its `Display`), without the
/// formatting machinery for the common kinds: it runs once per stored figure.
fn push_period(buf: &mut String, p: &Period) {
    use std::fmt::Write as _;
    fn push4(buf: &mut String, y: i32) -> bool {
        let Ok(y) = u16::try_from(y) else {
            return false;
        };
        if !(1000..=9999).contains(&y) {
            return false;
        }
        for d in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
            buf.push(char::from(b'0' + d as u8));
        }
        true
    }
    let start = buf.len();
    let done = match p {
        Period::Month(m) if m.month() < 100 && push4(buf, m.year()) => {
            let m = m.month();
            buf.push('-');
            buf.push(char::from(b'0' + m / 10));
            buf.push(char::from(b'0' + m % 10));
            true
        }
        Period::Quarter(q) if q.quarter < 10 && push4(buf, q.year) => {
            buf.push_str("-Q");
            buf.push(char::from(b'0' + q.quarter));
            true
        }
        Period::Year(y) => push4(buf, *y),
        _ => false,
    };
    if !done {
        buf.truncate(start);
        let _ = write!(buf, "{p}");
    }
}

/// Rows per multi-row INSERT. Fewer statements cost less VM overhead, but every
/// bound text is a copy that SQLite keeps until the parameter is bound again: up
/// to ~120 of them fit the connection's lookaside (93 small and 30 large slots by
/// default), beyond that each is a malloc and free under SQLite's memory mutex.
/// 16 rows (96 texts) measured best on a million-row release; 64 cost 20% more.
const BATCH: usize = 16;
const OBS_COLUMNS: usize = 10;

/// `INSERT OR FAIL`: a failing multi-row statement keeps the rows it inserted
/// before the failure instead of undoing them, which spares SQLite a statement
/// journal (a copy of every page each statement touches, spilled to a temporary
/// file: 15% of a bulk load). Any failure rolls back the whole transaction anyway.
fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT OR FAIL INTO observations (series, period, release_id, value, value_published,
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

/// An INSERT of a number of observations, with what its parameters hold.
struct Insert<'t> {
    stmt: rusqlite::CachedStatement<'t>,
    /// Per row of the statement. Bindings survive the reset after each run, and
    /// within a release most columns repeat from row to row (series, unit,
    /// status, quote, preferred; the release always): a value already bound is
    /// not bound again, which spares a copy and a malloc per text.
    bound: Vec<Bound>,
}

#[derive(Default)]
struct Bound {
    series: Option<String>,
    unit: Option<&'static str>,
    status: Option<&'static str>,
    quote: Option<Option<String>>,
    preferred: Option<bool>,
}

impl<'t> Insert<'t> {
    fn new(tx: &'t rusqlite::Transaction<'_>, rows: usize, release_id: i64) -> Result<Self, Error> {
        let mut stmt = tx.prepare_cached(&insert_sql(rows))?;
        for k in 0..rows {
            stmt.raw_bind_parameter(k * OBS_COLUMNS + 3, release_id)?;
        }
        Ok(Insert {
            stmt,
            bound: (0..rows).map(|_| Bound::default()).collect(),
        })
    }

    /// Binds one observation as row `k` of the statement.
    fn bind(&mut self, k: usize, o: &RowRef<'_>) -> Result<(), Error> {
        let stmt = &mut self.stmt;
        let at = k * OBS_COLUMNS; // SQLite counts parameters from 1
        let b = &mut self.bound[k];
        if b.series.as_deref() != Some(o.series) {
            stmt.raw_bind_parameter(at + 1, o.series)?;
            match &mut b.series {
                Some(s) => o.series.clone_into(s),
                None => b.series = Some(o.series.to_string()),
            }
        }
        stmt.raw_bind_parameter(at + 2, o.period)?;
        stmt.raw_bind_parameter(at + 4, o.value)?;
        stmt.raw_bind_parameter(at + 5, o.value_published)?;
        if b.unit != Some(o.unit) {
            stmt.raw_bind_parameter(at + 6, o.unit)?;
            b.unit = Some(o.unit);
        }
        if b.status != Some(o.status) {
            stmt.raw_bind_parameter(at + 7, o.status)?;
            b.status = Some(o.status);
        }
        stmt.raw_bind_parameter(at + 8, o.location)?;
        if b.quote.as_ref().map(Option::as_deref) != Some(o.quote) {
            stmt.raw_bind_parameter(at + 9, o.quote)?;
            b.quote = Some(o.quote.map(str::to_string));
        }
        if b.preferred != Some(o.preferred) {
            stmt.raw_bind_parameter(at + 10, o.preferred)?;
            b.preferred = Some(o.preferred);
        }
        Ok(())
    }
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

    /// `n` observations over three series, months from 2000-01 (a named series,
    /// and two left to `default_info`).
    fn many(hash: &str, n: usize) -> NewRelease {
        let mut r = release(hash, "2026-03-17", 1.0);
        r.series = vec![SeriesInfo {
            key: SeriesKey::new("pk.ebops.9.credit"),
            name: "named".into(),
            unit: Unit::UsdMillion,
            ebops_code: Some("9".into()),
        }];
        r.observations = (0..n)
            .map(|i| {
                let key = ["pk.ebops.9.credit", "pk.ebops.services.debit", ""][i % 3];
                let month = YearMonth::new(2000, 1).unwrap().add_months((i / 3) as i32);
                NewObservation {
                    series: SeriesKey::new(key),
                    period: Period::Month(month),
                    value: i as f64,
                    value_published: i.to_string(),
                    unit_published: Unit::UsdThousand,
                    status: [Status::Final, Status::Provisional][i % 2],
                    location: format!("f.csv line {}", i + 2),
                    quote: (i % 7 == 0).then(|| format!("q{i}")),
                    preferred: i % 5 == 0,
                }
            })
            .collect();
        r
    }

    /// Every stored observation, as text, in key order; and the series rows.
    fn dump(s: &Store) -> (Vec<String>, Vec<String>) {
        let rows = |sql: &str| -> Vec<String> {
            let mut st = s.conn.prepare(sql).unwrap();
            st.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        (
            rows(
                "SELECT series || '|' || period || '|' || release_id || '|' || value || '|' ||
                 value_published || '|' || unit_published || '|' || status || '|' || location
                 || '|' || coalesce(quote, 'NULL') || '|' || preferred FROM observations",
            ),
            rows(
                "SELECT key || '|' || name || '|' || unit || '|' || coalesce(ebops_code, '') FROM series",
            ),
        )
    }

    /// Foreign keys hold and are enforced again after a write.
    fn assert_integrity(s: &Store) {
        let broken: i64 = s
            .conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(broken, 0);
        let fk: i64 = s
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn streamed_batches_store_what_ingest_stores() {
        // 1,000 rows: whole statements and a remainder, over several batches.
        let r = many("h", 1000);
        let mut a = Store::open_in_memory().unwrap();
        assert_eq!(
            a.ingest(&r).unwrap(),
            Outcome::Added {
                release_id: 1,
                rows: 1000
            }
        );
        assert_integrity(&a);
        let mut b = Store::open_in_memory().unwrap();
        let header = NewRelease {
            observations: vec![],
            ..r.clone()
        };
        let outcome = b
            .ingest_streaming(&header, |sink| {
                assert_eq!(sink.release_id(), 1);
                let mut batch = ObservationBatch::with_capacity(300);
                for chunk in r.observations.chunks(333) {
                    batch.clear();
                    for o in chunk {
                        batch.push_observation(o);
                    }
                    sink.write(&batch)?;
                }
                assert_eq!(sink.rows(), 1000);
                Ok::<_, Error>(())
            })
            .unwrap();
        assert_eq!(
            outcome,
            Outcome::Added {
                release_id: 1,
                rows: 1000
            }
        );
        assert_integrity(&b);
        let (obs, series) = dump(&a);
        assert_eq!(obs.len(), 1000);
        assert!(series.contains(&"pk.ebops.9.credit|named|US$ million|9".to_string()));
        assert_eq!((obs, series), dump(&b));
        // Same content again: `feed` is not called, nothing is written.
        let again = b.ingest_streaming(&header, |_| -> Result<(), Error> {
            panic!("feed called for a release already stored")
        });
        assert_eq!(again.unwrap(), Outcome::AlreadyIngested { release_id: 1 });
        assert_eq!(b.releases().unwrap().len(), 1);
    }

    #[test]
    fn a_failed_stream_writes_nothing() {
        let r = many("h", 100);
        let header = NewRelease {
            observations: vec![],
            ..r.clone()
        };
        let mut s = Store::open_in_memory().unwrap();
        let mut batch = ObservationBatch::default();
        for o in &r.observations {
            batch.push_observation(o);
        }
        // The feed fails after writing (a reader's error).
        let err = s.ingest_streaming(&header, |sink| {
            sink.write(&batch)?;
            Err(Error::Corrupt("reader failed".into()))
        });
        assert!(matches!(err, Err(Error::Corrupt(m)) if m == "reader failed"));
        assert!(s.is_empty().unwrap());
        assert_eq!(dump(&s), (vec![], vec![]));
        assert_integrity(&s);
        // A duplicate across batches names both rows.
        let mut second = ObservationBatch::default();
        second.push_observation(&NewObservation {
            period: Period::Month(YearMonth::new(2099, 1).unwrap()),
            ..r.observations[50].clone()
        });
        second.push_observation(&NewObservation {
            location: "g.csv line 9".into(),
            ..r.observations[40].clone()
        });
        let err = s
            .ingest_streaming(&header, |sink| {
                sink.write(&batch)?;
                sink.write(&second)
            })
            .unwrap_err();
        let Error::DuplicateObservation {
            first,
            second,
            source_name,
            ..
        } = &err
        else {
            panic!("{err}");
        };
        assert_eq!(
            (first.as_str(), second.as_str()),
            ("f.csv line 42", "g.csv line 9")
        );
        assert_eq!(source_name, "test h");
        // Within one batch.
        let err = s
            .ingest_streaming(&header, |sink| {
                let mut b = batch.clone();
                b.push_observation(&r.observations[7]);
                sink.write(&b)
            })
            .unwrap_err();
        assert!(
            err.to_string().contains("(f.csv line 9 and f.csv line 9)"),
            "{err}"
        );
        assert!(s.is_empty().unwrap());
        assert_integrity(&s);
    }

    #[test]
    fn a_duplicate_after_many_rows_writes_nothing() {
        let mut r = many("dup", 1000);
        let mut twin = r.observations[10].clone();
        twin.location = "f.csv line 5000".into();
        r.observations.push(twin);
        let err = Store::open_in_memory().unwrap().ingest(&r).unwrap_err();
        assert!(
            err.to_string()
                .contains("appears twice in one release (f.csv line 12 and f.csv line 5000)"),
            "{err}"
        );
    }

    #[test]
    fn periods_are_written_as_displayed() {
        let mut periods = vec![Period::Year(1900), Period::Year(2200), Period::Year(999)];
        for y in [1900, 1999, 2025, 2200] {
            for m in 1..=12 {
                periods.push(Period::Month(YearMonth::new(y, m).unwrap()));
            }
            for q in 1..=4 {
                periods.push(Period::Quarter(itx_types::YearQuarter::new(y, q).unwrap()));
            }
        }
        periods.push(Period::Quarter(
            itx_types::YearQuarter::new(12345, 2).unwrap(),
        ));
        periods.push(Period::Quarter(itx_types::YearQuarter::new(-5, 2).unwrap()));
        let pk = itx_types::FiscalCalendar::PAKISTAN;
        for t in ["FY2025-26", "FY2025-26 Jul-Mar"] {
            periods.push(Period::parse(t, &pk).unwrap());
        }
        for p in periods {
            let mut buf = String::from("x");
            push_period(&mut buf, &p);
            assert_eq!(buf, format!("x{p}"));
        }
    }
}
