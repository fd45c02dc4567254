//! The store as the front ends hold it: every read of [`itx_store::Store`]
//! (through `Deref`), and writes only through this crate, where the rules for
//! new data live (plausibility, flags, announcements).

use std::ops::Deref;
use std::path::Path;

use itx_store::Store;

use crate::Result;

/// An open store. Reads go straight to [`Store`]; writes go through
/// [`crate::ingest`] and [`crate::load`], so no front end can write figures
/// that skip the checks.
pub struct Db {
    pub(crate) store: Store,
}

impl Db {
    /// Opens (creating if needed) the store at `path` for reading and writing.
    ///
    /// # Errors
    /// When the file cannot be opened or is not an itx store.
    pub fn open(path: &Path) -> Result<Db> {
        Ok(Db {
            store: Store::open(path)?,
        })
    }

    /// Opens the store at `path` for reading only: never writes it, never waits
    /// for a writer.
    ///
    /// # Errors
    /// When there is no store there, or it is not an itx store.
    pub fn open_read_only(path: &Path) -> Result<Db> {
        Ok(Db {
            store: Store::open_read_only(path)?,
        })
    }

    /// An empty store in memory (tests, one-off checks).
    ///
    /// # Errors
    /// Only if SQLite cannot allocate it.
    pub fn open_in_memory() -> Result<Db> {
        Ok(Db {
            store: Store::open_in_memory()?,
        })
    }
}

impl Deref for Db {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}
