#!/usr/bin/env bash
# Incremental re-indexing benchmark: full build of ~20,000 real files, then a re-index after one
# file changed, and one after nothing changed. Prints the times and the ratio.
#
# usage: scripts/bench-incremental.sh [SHARED_DIR] [WORK_DIR]
#   SHARED_DIR  the shared data folder (default: ../shared beside the repository)
#   WORK_DIR    scratch space (default: /tmp/search-bench-incremental); never inside the repo
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$repo/../shared}
work=${2:-/tmp/search-bench-incremental}
files=${FILES:-20000}

cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
bin=$repo/target/release/search

mkdir -p "$work"
corpus=$work/corpus
if [ ! -d "$corpus" ] || [ "$(find "$corpus" -type f | wc -l)" -lt "$files" ]; then
  rm -rf "$corpus" "$work/un"
  mkdir -p "$work/un" "$corpus"
  tar -xJf "$shared/bench/ungdc-1946-2024.tar.xz" -C "$work/un"
  # The UN General Debate speeches (real text, CC0), repeated under new names up to $files files.
  mapfile -t speeches < <(find "$work/un" -name '*.txt' -type f | sort)
  n=0; copy=0
  while [ "$n" -lt "$files" ]; do
    for s in "${speeches[@]}"; do
      [ "$n" -ge "$files" ] && break
      d=$corpus/copy$copy/$(basename "$(dirname "$s")" | tr ' ' '_')
      mkdir -p "$d"
      cp "$s" "$d/$(basename "$s")"
      n=$((n + 1))
    done
    copy=$((copy + 1))
  done
fi
count=$(find "$corpus" -type f | wc -l)
size=$(du -sm "$corpus" | cut -f1)
index=$work/index
rm -rf "$index"

seconds() { local s e; s=$(date +%s.%N); "$@" 2>"$work/last.log" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", 100 * a / b }'; }

full=$(seconds "$bin" --index "$index" index "$corpus")
tail -1 "$work/last.log"
none=$(seconds "$bin" --index "$index" index "$corpus")
tail -1 "$work/last.log"
victim=$(find "$corpus" -type f -name '*.txt' | sort | sed -n 1p)
printf '\nAn added closing paragraph for the benchmark, written %s.\n' "$(date +%s%N)" >> "$victim"
one=$(seconds "$bin" --index "$index" index "$corpus")
tail -1 "$work/last.log"

printf '\nfiles: %s (%s MB)\n' "$count" "$size"
printf 'full build:          %6.2f s\n' "$full"
printf 'nothing changed:     %6.2f s  (%s%% of full)\n' "$none" "$(pct "$none" "$full")"
printf 'one file changed:    %6.2f s  (%s%% of full)\n' "$one" "$(pct "$one" "$full")"
