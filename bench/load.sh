#!/usr/bin/env bash
# Load test of `itx serve` on loopback with wrk (Debian: apt-get install wrk):
# cached JSON observations and the dashboard home page, 2 threads, 64
# connections, 15 s each, latency percentiles. Usage: bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p itx
itx=./target/release/itx
export ITX_STORE="${TMPDIR:-/tmp}/itx-load.sqlite"
rm -f "$ITX_STORE"
"$itx" init 2>/dev/null
port=18088
"$itx" serve --addr "127.0.0.1:$port" 2>/dev/null &
pid=$!
trap 'kill $pid' EXIT
sleep 1
for path in "/api/v1/series/ict/observations?from=2024-07&transform=yoy" "/"; do
  curl -sf -o /dev/null "http://127.0.0.1:$port$path"   # warm the cache
  echo "== $path"
  wrk -t2 -c64 -d15s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|99%|90%|50%"
done
