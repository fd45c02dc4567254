//! Writing releases: one transaction each, bulk inserts, streaming.

use itx_types::{
    NewObservation, NewRelease, ObservationBatch, Period, SeriesInfo, SeriesKey, push_period,
};
use rusqlite::{Connection, OptionalExtension, params};

use crate::revisions::revisions_in;
use crate::{Error, Flag, Ingested, Outcome, RevisionFilter, Store};

impl Store {
    /// Records release dates from a calendar page; an announcement already held
    /// (same item, period and date) is kept once. Returns how many were new.
    ///
    /// # Errors
    /// On SQLite failure; then nothing is written.
    pub fn add_announcements(&mut self, items: &[crate::Announced]) -> Result<usize, Error> {
        with_transaction(&self.conn, |tx| {
            let at = jiff::Timestamp::now().to_string();
            let mut st = tx.prepare_cached(
                "INSERT INTO announcements (item, period, by_date, rank, file, line, text, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
            )?;
            let mut added = 0;
            for a in items {
                added += st.execute(params![
                    a.item,
                    a.period,
                    a.by.to_string(),
                    a.rank,
                    a.file,
                    i64::try_from(a.line).unwrap_or(i64::MAX),
                    a.text,
                    at
                ])?;
            }
            Ok((added, End::Commit))
        })
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
        self.ingest_streaming_checked(release, |sink| feed(sink).map(|()| true))
    }

    /// [`Store::ingest_streaming`] where `feed`, having written, may look at
    /// what it wrote, still inside the transaction (this release's figures, the
    /// store's before it, the revisions it makes; it may flag figures), and says
    /// whether to commit (`true`) or roll back (`false`: a dry run, or figures
    /// refused).
    ///
    /// # Errors
    /// The error of `feed` (rolled back); as [`Store::ingest`].
    pub fn ingest_streaming_checked<E: From<Error>>(
        &mut self,
        release: &NewRelease,
        feed: impl FnOnce(&mut ReleaseSink<'_>) -> Result<bool, E>,
    ) -> Result<Outcome, E> {
        let mut fed = Ok(false);
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
            let end = if matches!(fed, Ok(true)) {
                End::Commit
            } else {
                End::Rollback
            };
            Ok((Outcome::Added { release_id, rows }, end))
        })?;
        fed.map(|_| outcome)
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
        self.ingest_flagged(releases, &[], dry_run)
    }

    /// [`Store::ingest_reporting`], recording `flags` (figures loaded although
    /// implausible) with the figures they are about, in the same transaction.
    ///
    /// # Errors
    /// As [`Store::ingest_all`]; nothing is written.
    pub fn ingest_flagged(
        &mut self,
        releases: &[NewRelease],
        flags: &[Flag],
        dry_run: bool,
    ) -> Result<Vec<Ingested>, Error> {
        with_transaction(&self.conn, |tx| {
            let ingested_at = jiff::Timestamp::now().to_string();
            let mut out = Vec::with_capacity(releases.len());
            for r in releases {
                let outcome = write_release(tx, r, &ingested_at)?;
                if let Outcome::Added { release_id, .. } = outcome {
                    let mut add = tx.prepare_cached(
                        "INSERT INTO flags (series, period, release_id, reason) VALUES (?1, ?2, ?3, ?4)",
                    )?;
                    for f in flags.iter().filter(|f| f.release == out.len()) {
                        add.execute(params![
                            f.series.as_str(),
                            f.period.to_string(),
                            release_id,
                            f.reason
                        ])?;
                    }
                }
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

    /// What this release does to series `key`: the series before it (the
    /// current value of each period without it), this release's figures of it
    /// (in period order), and the revisions it makes (as [`Store::revisions`]
    /// with this release gives them). One read of the series' vintages.
    ///
    /// # Errors
    /// SQLite failures; a corrupt row.
    pub fn history(&self, key: &SeriesKey) -> Result<crate::History, Error> {
        let vintages = crate::read::series_vintages_in(self.tx, key, None)?;
        Ok(crate::revisions::history_of(key, vintages, self.release_id))
    }

    /// Gives this release its content hash, for a release written before its
    /// hash was known (under a provisional one, so that hashing a large file
    /// overlaps writing it). When another release has that content already, its
    /// id: the caller should then roll back.
    ///
    /// # Errors
    /// SQLite failures.
    pub fn set_content_hash(&mut self, hash: &str) -> Result<Option<i64>, Error> {
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM releases WHERE content_hash = ?1 AND id <> ?2",
                params![hash, self.release_id],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_none() {
            self.tx.execute(
                "UPDATE releases SET content_hash = ?1 WHERE id = ?2",
                params![hash, self.release_id],
            )?;
        }
        Ok(existing)
    }

    /// True when the store holds figures of `key`: asked before this release
    /// writes any, it says whether another release has (one index probe).
    ///
    /// # Errors
    /// SQLite failures.
    pub fn holds(&self, key: &SeriesKey) -> Result<bool, Error> {
        Ok(self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM observations WHERE series = ?1)",
            [key.as_str()],
            |r| r.get(0),
        )?)
    }

    /// Records figures of this release loaded although implausible, each with
    /// the reason.
    ///
    /// # Errors
    /// SQLite failures.
    pub fn flag(&mut self, flags: &[(SeriesKey, Period, String)]) -> Result<(), Error> {
        let mut add = self.tx.prepare_cached(
            "INSERT INTO flags (series, period, release_id, reason) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (series, period, reason) in flags {
            add.execute(params![
                series.as_str(),
                period.to_string(),
                self.release_id,
                reason
            ])?;
        }
        Ok(())
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
        for r in rows.rev().filter_map(|i| batch.get(i)) {
            let series = r.series;
            let first = self.tx.query_row(
                "SELECT location FROM observations
                 WHERE series = ?1 AND period = ?2 AND release_id = ?3",
                params![series, r.period_text, self.release_id],
                |row| row.get::<_, String>(0),
            );
            match first.optional() {
                Ok(Some(first)) => {
                    return Error::DuplicateObservation {
                        source_name: self.source.clone(),
                        series: series.to_string(),
                        period: r.period.to_string(),
                        first,
                        second: r.location.to_string(),
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
            let info = SeriesInfo::default_for(&SeriesKey::new(key));
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
        self.len()
    }
    fn row<'a>(&'a self, i: usize, _: &'a mut String) -> RowRef<'a> {
        let r = ObservationBatch::row(self, i);
        RowRef {
            series: r.series,
            period: r.period_text,
            value: r.value,
            value_published: r.value_published,
            unit: r.unit_published.as_str(),
            status: r.status.as_str(),
            location: r.location,
            quote: r.quote,
            preferred: r.preferred,
        }
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
