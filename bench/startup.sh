#!/usr/bin/env bash
# Times a first run (new store: every embedded release loaded) and warm commands.
# Needs hyperfine (Debian: apt-get install hyperfine). Usage: bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
itx=./target/release/itx
export ITX_STORE="${TMPDIR:-/tmp}/itx-bench.sqlite"
hyperfine -N --warmup 3 --runs 30 --prepare "rm -f $ITX_STORE" "$itx init"
"$itx" init 2>/dev/null
hyperfine -N --warmup 5 \
  "$itx brief" \
  "$itx brief --month 2025-07 --format json" \
  "$itx vintages ict 2025-03" \
  "$itx series show ict --transform yoy --format csv"
