//! The itx store: SQLite, bitemporal, append-only.
//!
//! Every release that ever stated a value for a (series, period) is kept with its
//! value as printed, status, release date and provenance. Nothing is updated in
//! place; "current" is computed at query time by [`itx_types::pick_current`], as
//! known today or as known on any earlier date (`as_of`).
//!
//! ```
//! use itx_store::Store;
//! use itx_types::{NewObservation, NewRelease, Period, SeriesKey, SourceKind, Status, Unit, YearMonth};
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

mod read;
mod revisions;
mod schema;
mod write;

pub use revisions::{History, half_step};
pub use schema::{Access, SCHEMA_VERSION};
pub use write::ReleaseSink;

use itx_types::{Date, Period, Release, SeriesInfo, SeriesKey, Status, Unit};
use rusqlite::Connection;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the store {path}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("no store at {path}")]
    Missing { path: String },
    #[error(
        "the store {path} has schema version {found}, written by a newer itx; this itx reads version {SCHEMA_VERSION} (upgrade itx, or use another --store)"
    )]
    Newer { path: String, found: i64 },
    #[error("{path} is not an itx store (it has no itx schema)")]
    NotAStore { path: String },
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

/// A figure loaded although a plausibility check refused it.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    /// Index of the release (in the slice given to [`Store::ingest_flagged`]).
    pub release: usize,
    pub series: SeriesKey,
    pub period: Period,
    pub reason: String,
}

/// A release date announced in SBP's advance release calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Announced {
    /// The item title as printed ("Export and Import of Goods and Services for
    /// August 2026").
    pub item: String,
    /// The month it covers, `YYYY-MM`.
    pub period: String,
    /// Released not later than this date.
    pub by: Date,
    /// 0 for services trade, 1 for the balance of payments (which carries the
    /// services total): the lower is the better guide for itx's series.
    pub rank: u8,
    /// The calendar page and the line of the date on it.
    pub file: String,
    pub line: usize,
    /// The date line as printed.
    pub text: String,
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

/// The store.
pub struct Store {
    conn: Connection,
}

#[cfg(test)]
mod tests;
