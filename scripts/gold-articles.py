"""Write each article of an annotated gold file as a .txt file the tool reads.

usage: python3 scripts/gold-articles.py GOLD.jsonl OUT_DIR

One article a line, {"doc_id", "paragraphs": [{"text"}]}: each becomes OUT_DIR/NNNN.txt, its
doc_id as the title and its paragraphs separated by blank lines, so that `search parse --json`
gives back one paragraph per gold paragraph. Shared by eval-speakers.sh and eval-quotes.sh.
"""
import json
import os
import sys

gold, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
for n, line in enumerate(open(gold, encoding="utf-8")):
    if not line.strip():
        continue
    doc = json.loads(line)
    body = "\n\n".join(p["text"].replace("\n", " ") for p in doc["paragraphs"])
    with open(os.path.join(out, f"{n:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"Title: {doc['doc_id']}\n\n{body}\n")
