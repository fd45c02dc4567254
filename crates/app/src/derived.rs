//! Derived results (model fits: forecasts and fiscal-year outlooks) kept beside
//! the store, so that a warm `itx brief` or page does not refit the same models.
//!
//! An entry is keyed by a SHA-256 of everything the computation reads (the
//! figures, the model, the horizon, itx's version), so a stale entry can never
//! be served: new data is a new key. An ingest also empties the cache
//! ([`clear`]), so it does not grow with every release. Entries live in memory
//! for the process and in `<store>.derived/` for the next one; the store itself
//! is never written, and where that folder cannot be written (a read-only
//! location, an in-memory store) the file layer is simply skipped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

/// Entries kept in memory (a few hundred bytes each).
const MEMORY_ENTRIES: usize = 512;
/// Files kept in the folder before the oldest are removed.
const FILE_ENTRIES: usize = 1024;

static MEMORY: Mutex<Option<HashMap<String, serde_json::Value>>> = Mutex::new(None);

/// The key of a computation named `what` over `parts` (numbers as their bits).
pub(crate) struct Key {
    hasher: Sha256,
    what: &'static str,
}

impl Key {
    pub(crate) fn new(what: &'static str) -> Key {
        let mut hasher = Sha256::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update([0]);
        hasher.update(what.as_bytes());
        Key { hasher, what }
    }
    pub(crate) fn num(mut self, x: f64) -> Key {
        self.hasher.update(x.to_bits().to_le_bytes());
        self
    }
    pub(crate) fn nums(mut self, xs: &[f64]) -> Key {
        self.hasher.update((xs.len() as u64).to_le_bytes());
        for x in xs {
            self.hasher.update(x.to_bits().to_le_bytes());
        }
        self
    }
    pub(crate) fn text(mut self, s: &str) -> Key {
        self.hasher.update((s.len() as u64).to_le_bytes());
        self.hasher.update(s.as_bytes());
        self
    }
    fn name(self) -> String {
        let digest = self.hasher.finalize();
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        format!("{}-{hex}", self.what)
    }
}

/// The folder beside the store at `store_path` (none for an in-memory store).
fn folder(store_path: Option<&Path>) -> Option<PathBuf> {
    let p = store_path?;
    let mut name = p.file_name()?.to_os_string();
    name.push(".derived");
    Some(p.with_file_name(name))
}

/// The result of `compute` for `key`, from the cache when it holds it.
///
/// # Errors
/// `compute`'s (errors are not cached).
pub(crate) fn cached<T, E>(
    store_path: Option<&Path>,
    key: Key,
    compute: impl FnOnce() -> Result<T, E>,
) -> Result<T, E>
where
    T: Serialize + DeserializeOwned,
{
    let name = key.name();
    if let Some(v) = MEMORY
        .lock()
        .ok()
        .and_then(|m| m.as_ref().and_then(|m| m.get(&name).cloned()))
    {
        if let Ok(t) = serde_json::from_value(v) {
            return Ok(t);
        }
    }
    let dir = folder(store_path);
    let file = dir.as_ref().map(|d| d.join(format!("{name}.json")));
    if let Some(bytes) = file.as_ref().and_then(|f| std::fs::read(f).ok()) {
        if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&bytes) {
            if let Ok(t) = serde_json::from_value(v.clone()) {
                remember(name, v);
                return Ok(t);
            }
        }
    }
    let t = compute()?;
    if let Ok(v) = serde_json::to_value(&t) {
        if let (Some(dir), Some(file)) = (&dir, &file) {
            write_file(dir, file, &v);
        }
        remember(name, v);
    }
    Ok(t)
}

fn remember(name: String, v: serde_json::Value) {
    if let Ok(mut m) = MEMORY.lock() {
        let m = m.get_or_insert_with(HashMap::new);
        if m.len() >= MEMORY_ENTRIES {
            m.clear();
        }
        m.insert(name, v);
    }
}

/// Writes an entry (to a temporary file, then renamed, so a reader never sees
/// half of one); any failure just leaves the entry out.
fn write_file(dir: &Path, file: &Path, v: &serde_json::Value) {
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(bytes) = serde_json::to_vec(v) else {
        return;
    };
    let tmp = file.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, file).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    prune(dir);
}

/// Keeps the folder to [`FILE_ENTRIES`] files, removing the oldest.
fn prune(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    if files.len() <= FILE_ENTRIES {
        return;
    }
    files.sort();
    for (_, p) in &files[..files.len() - FILE_ENTRIES] {
        let _ = std::fs::remove_file(p);
    }
}

/// Empties the cache of the store at `store_path` (after an ingest: entries for
/// the old data would never be asked for again).
pub(crate) fn clear(store_path: Option<&Path>) {
    if let Ok(mut m) = MEMORY.lock() {
        *m = None;
    }
    if let Some(dir) = folder(store_path) {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_computed_once_and_read_back_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("s.sqlite");
        let key = || Key::new("test").nums(&[1.0, 0.1 + 0.2]).text("combo");
        let mut calls = 0;
        let value = std::f64::consts::PI / 7.0;
        for _ in 0..3 {
            let got: f64 = cached(Some(&store), key(), || {
                calls += 1;
                Ok::<_, ()>(value)
            })
            .unwrap();
            assert_eq!(got.to_bits(), value.to_bits());
        }
        assert_eq!(calls, 1);
        // Another process (memory emptied) reads the file.
        *MEMORY.lock().unwrap() = None;
        let got: f64 = cached(Some(&store), key(), || Err(())).unwrap();
        assert_eq!(got.to_bits(), value.to_bits());
        // Different inputs are a different entry.
        let other: Result<f64, &str> = cached(Some(&store), Key::new("test").num(2.0), || Err("x"));
        assert_eq!(other, Err("x"));
        // An ingest empties it.
        clear(Some(&store));
        assert!(!dir.path().join("s.sqlite.derived").exists());
        let again: Result<f64, &str> = cached(Some(&store), key(), || Err("recomputed"));
        assert_eq!(again, Err("recomputed"));
    }

    #[test]
    fn an_unwritable_folder_only_skips_the_file_layer() {
        let got: u32 = cached(
            Some(Path::new("/proc/itx-no/s.sqlite")),
            Key::new("t2"),
            || Ok::<_, ()>(7),
        )
        .unwrap();
        assert_eq!(got, 7);
    }
}
