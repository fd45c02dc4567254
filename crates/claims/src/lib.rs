//! itx-claims (work in progress).
