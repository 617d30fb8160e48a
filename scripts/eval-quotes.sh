#!/usr/bin/env bash
# Quote extraction and attribution against a hand-annotated set, through the real binary.
#
# usage: scripts/eval-quotes.sh [GOLD.jsonl] [--errors N]
#   GOLD.jsonl  one article a line, {"doc_id", "paragraphs": [{"text"}], "quotes": [...]}
#               (default: ../shared/eval/quotes-dev.jsonl beside the repository)
# Each article is written to a temporary folder as a .txt file (paragraphs separated by blank
# lines), read back with `search parse --json`, and scored with the shared scorer
# (score_quotes.py, beside the gold file): extraction, speaker accuracy and end-to-end figures,
# split into direct and indirect quotes and by mention type. The last line is
# `quote F1 ... P ... R ...; speaker accuracy on matched ...`. SEARCH_BIN=path scores another
# build of the binary (to compare two versions) instead of building this one.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
gold=${1:-$repo/../shared/eval/quotes-dev.jsonl}
shift || true
scorer=${SCORER:-$(dirname "$gold")/score_quotes.py}
[ -f "$scorer" ] || scorer=$repo/../shared/eval/score_quotes.py

[ -n "${SEARCH_BIN:-}" ] || cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$repo/scripts/gold-articles.py" "$gold" "$work/articles"

"${SEARCH_BIN:-$repo/target/release/search}" parse --json "$work/articles" > "$work/parsed.jsonl"

python3 - "$work/parsed.jsonl" "$work/pred.jsonl" <<'PY'
import json, sys


def chars(text, byte):
    """The character offset of a byte offset into `text` (the scorer counts code points)."""
    return len(text.encode("utf-8")[:byte].decode("utf-8", errors="ignore"))


with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        article = json.loads(line)
        # A paragraph over the passage cap comes as parts (`part`): its quotes go back to the
        # whole paragraph, shifted by the text before the part.
        paragraphs, quotes = [], []
        for p in article["paragraphs"]:
            text = p["text"]
            if p.get("part", 1) > 1 and paragraphs:
                whole = paragraphs[-1]
                whole["text"] += " "
                shift = len(whole["text"])
                whole["text"] += text
            else:
                paragraphs.append({"text": text})
                shift = 0
            for q in p.get("quotes", []):
                start, end = chars(text, q["start"]), chars(text, q["end"])
                quotes.append({
                    "paragraph": len(paragraphs) - 1,
                    "start": shift + start,
                    "end": shift + end,
                    "text": text[start:end],
                    "speaker": q.get("speaker"),
                    "kind": q.get("kind"),
                })
        out.write(json.dumps({
            "doc_id": article["title"],
            "paragraphs": paragraphs,
            "quotes": quotes,
        }, ensure_ascii=False) + "\n")
PY

python3 "$scorer" "$gold" "$work/pred.jsonl" "$@"
