#!/usr/bin/env bash
# `search serve` on a large index (issue 20): the median latency of /api/search against the same
# search run in-process as `search query --json` runs it (examples/bench_serve.rs), then a bounded
# load of concurrent clients on loopback (examples/load_serve.rs). Prints Markdown for BENCHMARKS.md.
#
#   scripts/bench-serve.sh INDEX [--runs N] [--clients N] [--seconds N] [--max N]
#
# INDEX is an index made by `search index` (for the figures in BENCHMARKS.md: the UN General
# Debate speeches from ../shared/bench/ungdc-1946-2024.tar.xz, five copies of the TXT folder,
# ~1.07 GB). The server is started here on a free loopback port and stopped at the end; the load
# stops after --seconds or --max requests, whichever comes first.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INDEX=${1:?usage: scripts/bench-serve.sh INDEX [--runs N] [--clients N] [--seconds N] [--max N]}
shift
RUNS=30 CLIENTS=50 SECONDS_=30 MAX=200000
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --clients) CLIENTS=$2; shift 2 ;;
        --seconds) SECONDS_=$2; shift 2 ;;
        --max) MAX=$2; shift 2 ;;
        *) echo "bench-serve.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
QUERIES=("nuclear disarmament" '"human rights"' "economic development" "apartheid" "peace security council reform" "refugees")

cd "$REPO"
cargo build --release --quiet --examples
cargo build --release --quiet
SEARCH=$REPO/target/release/search
LOG=$(mktemp)
"$SEARCH" --index "$INDEX" serve --port 0 2> "$LOG" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 100); do
    URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LOG" || true)
    [ -n "$URL" ] && break
    sleep 0.1
done
[ -n "$URL" ] || { echo "bench-serve.sh: the server did not start:" >&2; cat "$LOG" >&2; exit 1; }

echo "index: $INDEX ($("$SEARCH" --index "$INDEX" stats --json | sed 's/.*"paragraphs":\([0-9]*\).*"segments":\([0-9]*\).*"size_bytes":\([0-9]*\).*/\1 paragraphs, \2 segments, \3 bytes/'))"
echo "commit: $(git rev-parse --short=12 HEAD); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Latency, $RUNS runs per cell after one warm-up:"
echo
target/release/examples/bench_serve "$INDEX" "$URL" "$RUNS" "${QUERIES[@]}"
echo
echo "Load ($CLIENTS clients, at most $SECONDS_ s or $MAX requests each run; the page's requests, then without facets):"
echo
target/release/examples/load_serve "$URL" "$CLIENTS" "$SECONDS_" "$MAX" true "${QUERIES[@]}"
target/release/examples/load_serve "$URL" "$CLIENTS" "$SECONDS_" "$MAX" false "${QUERIES[@]}"
