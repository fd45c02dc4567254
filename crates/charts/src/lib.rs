//! itx-charts (work in progress).
