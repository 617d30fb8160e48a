#!/usr/bin/env bash
# What the readers make of corpora: one Markdown table row per folder (files, skipped, articles,
# paragraphs, passages, median and largest passage in characters, share of articles dated at
# each precision). The README's table under "Passages" was made with it.
#
# usage: scripts/corpus-table.sh [NAME=]DIR...
#   e.g. scripts/corpus-table.sh wikinews=../shared/corpus/wikinews un=/tmp/un/TXT
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cargo run --release --quiet --manifest-path "$repo/Cargo.toml" --example corpus_table -- "$@"
