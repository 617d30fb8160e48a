#!/usr/bin/env bash
# "Nothing lost": every paragraph the readers produce is in the index and can be found again.
#
# usage: scripts/check-nothing-lost.sh DIR
# Indexes DIR into a temporary index, then checks that the paragraph count per article equals what
# `search parse` reports, and that each paragraph is found by a query on a distinctive phrase from
# it (its rarest run of five words). Prints the counts and every paragraph not found; exits 1 if any.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: scripts/check-nothing-lost.sh DIR}
cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
bin=$repo/target/release/search
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" --index "$work/index" index --quiet "$dir" 2>"$work/index.log" || { cat "$work/index.log"; exit 2; }
tail -1 "$work/index.log"
"$bin" parse --json "$dir" > "$work/parsed.jsonl" 2>/dev/null
"$bin" --index "$work/index" export > "$work/export.jsonl"

python3 - "$bin" "$work/index" "$work/parsed.jsonl" "$work/export.jsonl" <<'PY'
import collections, json, re, subprocess, sys
binary, index, parsed_path, export_path = sys.argv[1:]
parsed = [json.loads(l) for l in open(parsed_path, encoding="utf-8")]
indexed = collections.Counter(json.loads(l)["path"] for l in open(export_path, encoding="utf-8"))
words = collections.Counter()
for a in parsed:
    for p in a["paragraphs"]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", p["text"]))
count_mismatch, missing, total = [], [], 0
for a in parsed:
    if indexed.get(a["path"], 0) != len(a["paragraphs"]):
        count_mismatch.append((a["path"], len(a["paragraphs"]), indexed.get(a["path"], 0)))
    for p in a["paragraphs"]:
        total += 1
        tokens = re.findall(r"[^\W_]+", p["text"])
        if not tokens:
            continue
        runs = [tokens[i:i + 5] for i in range(max(1, len(tokens) - 4))]
        run = min(runs, key=lambda r: sum(words[w.lower()] for w in r))
        query = '"' + " ".join(run) + '"'
        out = subprocess.run([binary, "--index", index, "query", "--json", "--limit", "100", "--", query],
                             capture_output=True, text=True).stdout
        hits = [json.loads(l) for l in out.splitlines()]
        if not any(h["path"] == a["path"] and h["paragraph"] == p["paragraph"] for h in hits):
            missing.append((a["path"], p["paragraph"], query))
print(f"articles {len(parsed)}, paragraphs {total}, indexed {sum(indexed.values())}; "
      f"count mismatches {len(count_mismatch)}, paragraphs not found {len(missing)}")
for m in count_mismatch + missing:
    print("  ", *m)
sys.exit(1 if count_mismatch or missing else 0)
PY
