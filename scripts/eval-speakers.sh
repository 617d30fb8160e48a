#!/usr/bin/env bash
# Speaker attribution against a hand-annotated set, through the real binary.
#
# usage: scripts/eval-speakers.sh [GOLD.jsonl] [--errors N]
#   GOLD.jsonl  one article a line, {"doc_id", "paragraphs": [{"text", "speakers"}]}
#               (default: ../shared/eval/speakers-dev.jsonl beside the repository)
# Each article is written to a temporary folder as a .txt file (paragraphs separated by blank
# lines), read back with `search parse --json`, and scored with the shared scorer, whose last
# line is printed last: `speaker F1 ... P ... R ...`. SEARCH_BIN=path scores another build of
# the binary (to compare two versions) instead of building this one.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
gold=${1:-$repo/../shared/eval/speakers-dev.jsonl}
shift || true
scorer=${SCORER:-$(dirname "$gold")/score_speakers.py}
[ -f "$scorer" ] || scorer=$repo/../shared/eval/score_speakers.py

[ -n "${SEARCH_BIN:-}" ] || cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$repo/scripts/gold-articles.py" "$gold" "$work/articles"

"${SEARCH_BIN:-$repo/target/release/search}" parse --json "$work/articles" > "$work/parsed.jsonl"

python3 - "$work/parsed.jsonl" "$work/pred.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        article = json.loads(line)
        # A paragraph over the passage cap comes as parts (`part`): scored as the paragraph.
        paragraphs = []
        for p in article["paragraphs"]:
            if p.get("part", 1) > 1 and paragraphs:
                whole = paragraphs[-1]
                whole["text"] += " " + p["text"]
                whole["speakers"] += [s for s in p["speakers"] if s not in whole["speakers"]]
            else:
                paragraphs.append({"text": p["text"], "speakers": list(p["speakers"])})
        out.write(json.dumps({
            "doc_id": article["title"],
            "paragraphs": paragraphs,
        }, ensure_ascii=False) + "\n")
PY

python3 "$scorer" "$gold" "$work/pred.jsonl" "$@"
