//! The one error type of the app layer. Its [`Kind`] decides, in one place each,
//! the CLI's exit code and the server's HTTP status; the message is for the user.

/// What went wrong, for the user, with the cause kept for the log.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The caller's input is wrong: a parameter, an option, a date.
    #[error("{0}")]
    Bad(String),
    /// What was asked for does not exist (a series without data, a month not
    /// in the store).
    #[error("{0}")]
    NotFound(String),
    /// A series key, period or date that does not parse.
    #[error(transparent)]
    Types(#[from] itx_types::Error),
    /// A file (or fetched response) that cannot be read as what it should be;
    /// nothing was loaded.
    #[error(transparent)]
    File(#[from] itx_ingest::Error),
    /// New figures refused by the plausibility rules (`--accept-outliers`).
    #[error("{0}")]
    Refused(String),
    /// A file or directory of the caller's that cannot be read or written.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    /// The store failed (or is missing, or newer than this itx).
    #[error(transparent)]
    Store(#[from] itx_store::Error),
    /// The claim checker could not read the store.
    #[error(transparent)]
    Check(#[from] itx_claims::Error),
    /// Something inside itx failed: a bug, not the caller's doing.
    #[error("{0}")]
    Internal(String),
}

impl From<serde_json::Error> for Error {
    /// Serialising itx's own values: a bug if it fails.
    fn from(e: serde_json::Error) -> Error {
        Error::Internal(format!("JSON: {e}"))
    }
}

/// The kinds of [`Error`] front ends tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad input (HTTP 400).
    Bad,
    /// Nothing there (HTTP 404).
    NotFound,
    /// Input understood but refused: an unreadable file, implausible figures
    /// (HTTP 422).
    Unprocessable,
    /// A source (the network, a store from a newer itx) is not usable now
    /// (HTTP 503).
    Unavailable,
    /// A bug or a machine failure (HTTP 500; details only in the log).
    Internal,
}

impl Error {
    /// The kind of this error.
    pub fn kind(&self) -> Kind {
        match self {
            Error::Bad(_) => Kind::Bad,
            Error::NotFound(_) => Kind::NotFound,
            Error::Types(itx_types::Error::UnknownSeries(_)) => Kind::NotFound,
            Error::Types(_) => Kind::Bad,
            Error::File(e) if e.is_transient() => Kind::Unavailable,
            Error::File(_) | Error::Refused(_) => Kind::Unprocessable,
            Error::Io { .. } => Kind::Bad,
            Error::Store(
                itx_store::Error::Missing { .. }
                | itx_store::Error::Newer { .. }
                | itx_store::Error::NotAStore { .. },
            ) => Kind::Unavailable,
            Error::Store(_) | Error::Check(_) | Error::Internal(_) => Kind::Internal,
        }
    }

    /// True for a failed download that may succeed if tried again later.
    pub fn is_transient(&self) -> bool {
        matches!(self, Error::File(e) if e.is_transient())
    }

    /// An I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// Results of the app layer.
pub type Result<T, E = Error> = std::result::Result<T, E>;
