//! itx-server (work in progress).
