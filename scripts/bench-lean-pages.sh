#!/usr/bin/env bash
# What a lean index costs at query time on saved news pages (HTML), against a full one: each shown
# hit re-reads and re-parses its whole page. Prints the index sizes and hyperfine's figures.
#
#   scripts/bench-lean-pages.sh [--workdir DIR] [--pages N] [--binary F]
#
#   --workdir  the scratch folder of scripts/bench.sh, whose corpus-200/un text it wraps in HTML
#              (run scripts/bench.sh first)                                   [/tmp/search-bench]
#   --pages    how many pages                                                                [2000]
#   --binary   the search binary to measure                          [target/release/search, built]
set -euo pipefail

WORKDIR=/tmp/search-bench
PAGES=2000
BINARY=
while [ $# -gt 0 ]; do
    case "$1" in
        --workdir) WORKDIR=$2; shift 2 ;;
        --pages) PAGES=$2; shift 2 ;;
        --binary) BINARY=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "bench-lean-pages.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC=$WORKDIR/corpus-200/un
[ -d "$SRC" ] || { echo "bench-lean-pages.sh: no $SRC: run scripts/bench.sh first" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "bench-lean-pages.sh: needs hyperfine (scripts/bench.sh installs it)" >&2; exit 2; }
if [ -z "$BINARY" ]; then
    (cd "$REPO" && cargo build --release --quiet)
    BINARY=$REPO/target/release/search
fi
OUT=$WORKDIR/pages-$PAGES
rm -rf "$OUT"; mkdir -p "$OUT"
python3 "$REPO/scripts/bench/pages.py" "$SRC" "$OUT/corpus" "$PAGES"
"$BINARY" index --quiet --full --index "$OUT/full" "$OUT/corpus"
"$BINARY" index --quiet --lean --index "$OUT/lean" "$OUT/corpus"
echo "$PAGES pages, $(du -sm "$OUT/corpus" | cut -f1) MB; index full $(du -sm "$OUT/full" | cut -f1) MB, lean $(du -sm "$OUT/lean" | cut -f1) MB"
# Each query as hyperfine splits a command: the phrase keeps its double quotes.
for query in "'\"nuclear disarmament\"'" sovereignty; do
    for n in 10 50; do
        hyperfine -N --warmup 3 --runs 20 \
            -n "full  -n $n $query" "$BINARY query --index $OUT/full --color never -n $n $query" \
            -n "lean  -n $n $query" "$BINARY query --index $OUT/lean --color never -n $n $query" \
            2>&1 | grep -E '^Benchmark|Time \(mean'
    done
done
