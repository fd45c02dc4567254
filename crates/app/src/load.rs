//! Files into the store: the embedded data, and large SDMX-CSV files streamed
//! (read on one thread while the store writes on another). Readers stay pure
//! (`itx_ingest`: bytes in, a parsed release out); this is where their output
//! meets the store.

use itx_ingest::sdmx::{self, Found, Sink};
use itx_ingest::{Source, Warning, bundle};

use crate::{Db, Error};
use itx_ingest::Error as ReadError;
use itx_store::{Outcome, ReleaseSink, Store};
use itx_types::{NewRelease, ObservationBatch, ObservationRef, SeriesInfo, SeriesKey};

/// What loading the bundle did.
#[derive(Debug, Clone, Default)]
pub struct BundleReport {
    pub releases_added: usize,
    pub releases_present: usize,
    pub rows: usize,
    pub warnings: Vec<Warning>,
}

/// Loads the data compiled into itx (`itx_ingest::bundle`) into `store`: one
/// transaction; releases already present are skipped, so this is idempotent.
///
/// # Errors
/// When parsing or the store write fails; the store is then unchanged.
pub fn bundle(db: &mut Db) -> Result<BundleReport, Error> {
    let r = bundle_into(&mut db.store)?;
    if r.releases_added > 0 {
        crate::derived::clear(db.store.path().as_deref());
    }
    Ok(r)
}

/// [`bundle`], into a bare store (this crate's tests).
pub(crate) fn bundle_into(store: &mut Store) -> Result<BundleReport, Error> {
    let parsed = bundle::parse_all()?;
    let outcomes = store.ingest_all(&parsed.releases)?;
    let mut report = BundleReport {
        warnings: parsed.warnings,
        ..BundleReport::default()
    };
    for o in outcomes {
        match o {
            Outcome::Added { rows, .. } => {
                report.releases_added += 1;
                report.rows += rows;
            }
            Outcome::AlreadyIngested { .. } => report.releases_present += 1,
        }
    }
    Ok(report)
}

fn file_err(src: &Source, message: &str) -> ReadError {
    ReadError::File {
        file: src.file.clone(),
        message: message.to_string(),
    }
}

/// What [`sdmx_csv`] did.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub outcome: Outcome,
    /// The release as written: its series, but not its observations, which went
    /// to the store as they were read.
    pub release: NewRelease,
    /// Observations read (and written, when the outcome is `Added`).
    pub figures: usize,
    pub warnings: Vec<Warning>,
    pub skipped: Vec<Warning>,
}

/// Observations per batch sent from the reading thread to the writing one.
pub const STREAM_BATCH: usize = 4096;
/// Batches in flight between the two threads.
const STREAM_DEPTH: usize = 4;

/// What the reading thread of [`sdmx_csv`] sends to the writing one.
enum Msg {
    /// The first figure has been read; the dataflow is known.
    Start(String),
    /// A series with figures: written before the batch holding its first figure.
    Series(SeriesInfo),
    Batch(ObservationBatch),
}

/// The [`Sink`] of [`sdmx_csv`]'s reading thread: full batches go to the writer,
/// which sends them back empty for reuse.
pub(crate) struct Stream {
    tx: std::sync::mpsc::SyncSender<Msg>,
    back: std::sync::mpsc::Receiver<ObservationBatch>,
    batch: ObservationBatch,
    started: bool,
}

impl Stream {
    fn send(&self, msg: Msg) -> Result<(), ReadError> {
        // The writer hung up: it failed, and its error is the one reported.
        self.tx.send(msg).map_err(|_| ReadError::File {
            file: String::new(),
            message: "the store stopped the load".into(),
        })
    }

    fn flush(&mut self) -> Result<(), ReadError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let empty = self
            .back
            .try_recv()
            .unwrap_or_else(|_| ObservationBatch::with_capacity(STREAM_BATCH));
        let full = std::mem::replace(&mut self.batch, empty);
        self.send(Msg::Batch(full))
    }
}

impl Sink for Stream {
    fn series(&mut self, info: &SeriesInfo, dataflow: &str) -> Result<(), ReadError> {
        if !self.started {
            self.started = true;
            self.send(Msg::Start(dataflow.to_string()))?;
        }
        self.send(Msg::Series(info.clone()))
    }
    fn push(&mut self, o: &ObservationRef<'_>) -> Result<(), ReadError> {
        self.batch.push(o);
        if self.batch.len() >= STREAM_BATCH {
            self.flush()?;
        }
        Ok(())
    }
}

/// Reads an SDMX-CSV file (as [`sdmx::read_csv`]) and writes it into `store` while it
/// is read: one thread parses, the calling thread writes, so a large file costs
/// about the longer of the two instead of their sum, and the observations are
/// never all held in memory. One transaction, as `Store::ingest`: a file that
/// fails to read, or to write, loads nothing. A file already ingested (same
/// content hash) is read in full, for its errors and warnings, and not written.
///
/// # Errors
/// As [`sdmx::read_csv`] (`Error::File`), or a store failure (`Error::Store`).
pub fn sdmx_csv(db: &mut Db, bytes: &[u8], src: &Source) -> Result<Loaded, Error> {
    let loaded = sdmx_csv_into(&mut db.store, bytes, src)?;
    if loaded.outcome.is_new() {
        crate::derived::clear(db.store.path().as_deref());
    }
    Ok(loaded)
}

/// What the writing thread of a streamed load does besides writing: looks at
/// each batch as it is written, and at the end, still inside the transaction,
/// decides whether to commit.
pub(crate) trait Watch {
    /// Series `key` is about to get its first figure of this release.
    ///
    /// # Errors
    /// Whatever stops the load (rolled back).
    fn series(&mut self, _sink: &mut ReleaseSink<'_>, _key: &SeriesKey) -> Result<(), Error> {
        Ok(())
    }
    /// `batch` has just been written.
    ///
    /// # Errors
    /// Whatever stops the load (rolled back).
    fn batch(
        &mut self,
        _sink: &mut ReleaseSink<'_>,
        _release: &NewRelease,
        _batch: &ObservationBatch,
    ) -> Result<(), Error> {
        Ok(())
    }
    /// Everything has been read and written: `true` commits.
    ///
    /// # Errors
    /// As [`Watch::batch`].
    fn end(
        &mut self,
        _sink: &mut ReleaseSink<'_>,
        _release: &NewRelease,
        _found: &Found,
    ) -> Result<bool, Error> {
        Ok(true)
    }
}

/// Writes and commits, nothing else.
struct Plain;
impl Watch for Plain {}

fn sdmx_csv_into(store: &mut Store, bytes: &[u8], src: &Source) -> Result<Loaded, Error> {
    let hash = itx_ingest::content_hash(bytes);
    stream_into(
        store,
        src,
        hash,
        |stream| sdmx::stream_csv(bytes, src, stream),
        &mut Plain,
    )
}

/// Reads with `read` on one thread while the calling thread writes what it
/// sends, watched by `watch`; one transaction.
pub(crate) fn stream_into<W: Watch>(
    store: &mut Store,
    src: &Source,
    hash: String,
    read: impl FnOnce(Stream) -> Result<(Stream, Found), ReadError> + Send,
    watch: &mut W,
) -> Result<Loaded, Error> {
    use std::sync::mpsc;
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel(STREAM_DEPTH);
        let (back_tx, back) = mpsc::channel();
        let stream = Stream {
            tx,
            back,
            batch: ObservationBatch::with_capacity(STREAM_BATCH),
            started: false,
        };
        let reader = scope.spawn(move || -> Result<Found, ReadError> {
            let (mut stream, found) = read(stream)?;
            stream.flush()?;
            Ok(found)
        });
        let join = |h: std::thread::ScopedJoinHandle<'_, Result<Found, ReadError>>| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        // No first figure: the read failed (or found none, which is an error too).
        let Ok(Msg::Start(dataflow)) = rx.recv() else {
            drop(rx);
            return Err(match join(reader) {
                Err(e) => Error::File(e),
                Ok(_) => Error::File(file_err(src, "internal: no figure was sent")),
            });
        };
        let release = sdmx::header(src, &dataflow, hash);
        let mut reader = Some(reader);
        let mut found = None;
        let written = store.ingest_streaming_checked(&release, |sink| -> Result<bool, Error> {
            for msg in &rx {
                match msg {
                    Msg::Start(_) => {}
                    Msg::Series(info) => {
                        watch.series(sink, &info.key)?;
                        sink.series(&info)?;
                    }
                    Msg::Batch(mut batch) => {
                        sink.write(&batch)?;
                        watch.batch(sink, &release, &batch)?;
                        batch.clear();
                        let _ = back_tx.send(batch);
                    }
                }
            }
            // The reader has hung up: it is done, and a failed read rolls back.
            let reader = reader
                .take()
                .ok_or_else(|| Error::File(file_err(src, "internal: reader joined twice")))?;
            let read = join(reader)?;
            let commit = watch.end(sink, &release, &read)?;
            found = Some(read);
            Ok(commit)
        });
        let read = match (&written, reader) {
            // Already ingested: nothing written, but the file is read in full (its
            // errors come first, as they would from `read_csv`).
            (Ok(_), Some(reader)) => {
                for msg in &rx {
                    if let Msg::Batch(mut batch) = msg {
                        batch.clear();
                        let _ = back_tx.send(batch);
                    }
                }
                Some(join(reader)?)
            }
            // The write failed: hang up, so that the reader stops; its error (the
            // store stopped it) is not the one to report.
            (Err(_), Some(reader)) => {
                drop(rx);
                let _ = join(reader);
                None
            }
            (_, None) => None,
        };
        let outcome = written?;
        let found = found
            .or(read)
            .ok_or_else(|| Error::File(file_err(src, "internal: the reader's result is lost")))?;
        let mut release = release;
        release.series = found.series;
        Ok(Loaded {
            outcome,
            release,
            figures: found.figures,
            warnings: found.warnings,
            skipped: found.skipped,
        })
    })
}
