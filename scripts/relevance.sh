#!/usr/bin/env bash
# Ranking quality of `search` on the CISI test collection, against bm25s (issue 18); the table goes
# to BENCHMARKS.md.
#
#   scripts/relevance.sh [--binary FILE] [--label TEXT] [--no-reference]
#
#   --binary        measure this binary instead of building target/release/search
#   --label         the name of its row                                             [search]
#   --no-reference  leave out the bm25s row
#   CISI=DIR        where CISI.ALL, CISI.QRY and CISI.REL are          [REPO/../shared/relevance/cisi]
#   VENV=DIR        the Python environment for bm25s, made when missing        [/tmp/relevance-venv]
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CISI=${CISI:-$REPO/../shared/relevance/cisi}
VENV=${VENV:-/tmp/relevance-venv}
BINARY=
ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --binary) BINARY=$2; shift 2 ;;
        --label) ARGS+=(--label "$2"); shift 2 ;;
        --no-reference) ARGS+=(--no-reference); shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "relevance.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
for file in CISI.ALL CISI.QRY CISI.REL; do
    [ -f "$CISI/$file" ] || { echo "relevance.sh: no $CISI/$file (set CISI=DIR)" >&2; exit 2; }
done
if [ -z "$BINARY" ]; then
    cargo build --release --quiet --manifest-path "$REPO/Cargo.toml"
    BINARY=$REPO/target/release/search
fi
if ! "$VENV/bin/python" -c 'import bm25s, Stemmer' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet 'bm25s==0.3.16' 'PyStemmer' numpy scipy
fi
exec "$VENV/bin/python" "$REPO/scripts/relevance.py" --binary "$BINARY" --cisi "$CISI" "${ARGS[@]}"
