//! The schema, and opening a store.

use std::path::Path;

use rusqlite::Connection;

use crate::{Error, Store};

/// The schema this build writes and reads ([`PRAGMA user_version`]). A store
/// with a higher version was written by a newer itx and is refused, not guessed at.
///
/// [`PRAGMA user_version`]: https://sqlite.org/pragma.html#pragma_user_version
pub const SCHEMA_VERSION: i64 = 2;

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
CREATE TABLE IF NOT EXISTS announcements (
    item        TEXT NOT NULL,
    period      TEXT NOT NULL,
    by_date     TEXT NOT NULL,
    rank        INTEGER NOT NULL,
    file        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (item, period, by_date)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS flags (
    series     TEXT NOT NULL,
    period     TEXT NOT NULL,
    release_id INTEGER NOT NULL REFERENCES releases(id),
    reason     TEXT NOT NULL,
    PRIMARY KEY (series, period, release_id)
) WITHOUT ROWID;
";

/// Version 2 added `flags` (figures loaded with `--accept-outliers`) and
/// `announcements` (release dates from SBP's advance release calendar). A
/// version-1 store opened read-only gets empty temporary tables of those names
/// (the temporary database is the connection's own), so reads work unchanged
/// and the file is not touched; the next write migrates it.
const FLAGS_STANDIN: &str = "CREATE TEMP TABLE flags (
    series TEXT NOT NULL, period TEXT NOT NULL, release_id INTEGER NOT NULL, reason TEXT NOT NULL
);
CREATE TEMP TABLE announcements (
    item TEXT NOT NULL, period TEXT NOT NULL, by_date TEXT NOT NULL, rank INTEGER NOT NULL,
    file TEXT NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL
);";

/// How a store is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read only: nothing is written on opening or after (the file stays
    /// byte-identical), the schema version is checked, never migrated. Works on a
    /// store in a directory this user cannot write.
    Read,
    /// Read and write: creates the file and the schema if needed, migrates an
    /// older schema.
    Write,
}

impl Store {
    /// Opens (creating if needed) the store at `path` for reading and writing.
    ///
    /// # Errors
    /// When the file cannot be opened, is not an itx store, or was written by a
    /// newer itx.
    pub fn open(path: &Path) -> Result<Store, Error> {
        Self::open_with(path, Access::Write)
    }

    /// Opens the store at `path` for reading only: see [`Access::Read`].
    ///
    /// # Errors
    /// When the file does not exist or cannot be opened, is not an itx store, or
    /// was written by a newer itx.
    pub fn open_read_only(path: &Path) -> Result<Store, Error> {
        Self::open_with(path, Access::Read)
    }

    /// Opens the store at `path` with the given access.
    ///
    /// # Errors
    /// As [`Store::open`] and [`Store::open_read_only`].
    pub fn open_with(path: &Path, access: Access) -> Result<Store, Error> {
        let shown = || path.display().to_string();
        let open_error = |source| Error::Open {
            path: shown(),
            source,
        };
        let conn = match access {
            Access::Write => Connection::open(path).map_err(open_error)?,
            Access::Read => {
                if !path.is_file() {
                    return Err(Error::Missing { path: shown() });
                }
                open_read_only(path).map_err(open_error)?
            }
        };
        Self::init(conn, access).map_err(|e| match e {
            Error::Sql(source) => Error::Open {
                path: shown(),
                source,
            },
            Error::Newer { found, .. } => Error::Newer {
                path: shown(),
                found,
            },
            Error::NotAStore { .. } => Error::NotAStore { path: shown() },
            other => other,
        })
    }

    /// A store that lives in memory only.
    ///
    /// # Errors
    /// Only if SQLite cannot allocate.
    pub fn open_in_memory() -> Result<Store, Error> {
        Self::init(Connection::open_in_memory()?, Access::Write)
    }

    /// The file this store lives in (`None` in memory).
    pub fn path(&self) -> Option<std::path::PathBuf> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from)
    }

    /// Whether this handle may write.
    pub fn access(&self) -> Access {
        if self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            Access::Read
        } else {
            Access::Write
        }
    }

    fn init(conn: Connection, access: Access) -> Result<Store, Error> {
        // A reader waits out a writer's brief exclusive moments (a WAL checkpoint,
        // recovery) rather than failing; under WAL it never waits for a
        // transaction, however long.
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::Newer {
                path: String::new(),
                found: version,
            });
        }
        if access == Access::Read {
            if version == 0 {
                return Err(Error::NotAStore {
                    path: String::new(),
                });
            }
            if version < 2 {
                conn.execute_batch(FLAGS_STANDIN)?;
            }
            return Ok(Store { conn });
        }
        // WAL: a reader (itx brief) during an ingest sees the store as it was
        // before the ingest's transaction or after it, never a mix, and is never
        // blocked. 16 KiB pages (applies to a new store only): fewer B-tree splits
        // on bulk loads.
        conn.pragma_update(None, "page_size", 16384)?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        // 64 MiB page cache: a million-row release stays in memory until commit.
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        if version < SCHEMA_VERSION {
            // Version 0 is a new file (or one from before versions were kept);
            // version 1 lacks `flags`. The statements create only what is
            // missing, so one batch takes any older store to this version.
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            ))?;
        }
        Ok(Store { conn })
    }
}

/// Opens `path` read-only. A WAL store needs its `-shm` index: SQLite creates
/// it beside the file, which a reader in a directory it cannot write cannot do.
/// Then the file is opened as immutable (no index, no locks), which is right
/// for a store nobody here can write; the next open by a writer's reader sees
/// its changes as usual.
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    use rusqlite::OpenFlags;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    // Opening is lazy: the first read is what fails without the index.
    match conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(conn),
        Err(e) if cannot_open_index(&e) => {
            drop(conn);
            let uri = immutable_uri(path);
            Connection::open_with_flags(&uri, flags | OpenFlags::SQLITE_OPEN_URI)
        }
        Err(e) => Err(e),
    }
}

fn cannot_open_index(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly))
}

/// `file:` URI for `path` with `immutable=1` (RFC 3986 escaping of the path).
fn immutable_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in abs.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}
