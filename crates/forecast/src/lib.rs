//! itx-forecast (work in progress).
