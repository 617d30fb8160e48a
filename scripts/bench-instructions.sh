#!/usr/bin/env bash
# Instructions of `search index` for two builds on the same sample, counted by callgrind: a
# figure that other work on a shared machine does not move, unlike wall or CPU time.
#
#   scripts/bench-instructions.sh OLD_BINARY NEW_BINARY CORPUS [EVERY]
#
# The sample is every EVERY-th file (default 20) of CORPUS in sorted order, copied to a
# temporary folder; each binary indexes it into a new index on one thread (--threads 1) under
# `valgrind --tool=callgrind`, the two side by side. Prints each total and the ratio. Needs
# valgrind. Takes about fifty times as long as indexing the sample: ~3 minutes for 12 MB.
set -euo pipefail
if [ $# -lt 3 ]; then
    sed -n '5,10p' "$0" >&2
    exit 2
fi
old=$1 new=$2 corpus=$3 every=${4:-20}
command -v valgrind >/dev/null || { echo "bench-instructions.sh: valgrind is needed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$corpus" && find . -type f | LC_ALL=C sort | awk -v n="$every" 'NR % n == 0') |
    while IFS= read -r f; do
        mkdir -p "$work/sample/$(dirname "$f")"
        cp "$corpus/$f" "$work/sample/$f"
    done
echo "sample: $(find "$work/sample" -type f | wc -l) files, $(du -sh "$work/sample" | cut -f1)"

count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/$2.out" \
        "$1" index --quiet --threads 1 --index "$work/index-$2" "$work/sample" \
        2> "$work/$2.log" >/dev/null
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/$2.log" > "$work/$2.total"
}
count "$old" old &
count "$new" new &
wait
a=$(cat "$work/old.total" 2>/dev/null || true)
b=$(cat "$work/new.total" 2>/dev/null || true)
[ -n "$a" ] && [ -n "$b" ] || { echo "bench-instructions.sh: a run failed:" >&2; cat "$work"/*.log >&2; exit 1; }
echo "old $old: $a instructions"
echo "new $new: $b instructions"
python3 -c "print(f'new / old: {$b / $a:.4f}')"
