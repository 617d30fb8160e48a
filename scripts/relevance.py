#!/usr/bin/env python3
"""Ranking quality of `search` against a BM25 reference (bm25s) on the CISI test collection.

Run through scripts/relevance.sh, which builds the binary and the Python environment. Every
CISI document becomes a .txt file (a `Title:` header, then its abstract joined into one
paragraph); every judged query, stripped of everything but words, goes through
`search query --json --limit 100` and through bm25s (Lucene's BM25, k1 1.2, b 0.75, English
stop words and Snowball stemming) over the same abstracts, and over title and abstract as one
text (`search` also scores a match in the title). Prints MAP@100, nDCG@10, P@10 and
Recall@100 for each, averaged over the judged queries, as a Markdown table.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile


def records(path):
    """{id: {field letter: text}} of a SMART-format file (`.I id`, then `.X` field lines)."""
    out, current, field = {}, None, None
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.rstrip("\r\n")
            m = re.match(r"^\.([A-Z])(?:\s+(\d+))?\s*$", line)
            if m and m.group(1) == "I":
                current = out.setdefault(int(m.group(2)), {})
                field = None
            elif m:
                field = m.group(1)
                current.setdefault(field, [])
            elif current is not None and field is not None:
                current[field].append(line)
    return {i: {k: " ".join(" ".join(v).split()) for k, v in r.items()} for i, r in out.items()}


def judgments(path):
    rel = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                rel.setdefault(int(parts[0]), set()).add(int(parts[1]))
    return rel


def stripped(text):
    """The words of a query, without anything a query language could read as syntax."""
    return " ".join(re.sub(r"[^\w']+|(?<!\w)'|'(?!\w)", " ", text).split())


def run_search(binary, corpus, index, queries, limit):
    env = dict(os.environ, SEARCH_INDEX=index)
    subprocess.run([binary, "index", "--quiet", corpus], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ranked = {}
    for qid, text in queries.items():
        run = subprocess.run([binary, "query", "--json", "--limit", str(limit), "--", text],
                             env=env, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"relevance: query {qid} failed: {run.stderr.strip()}")
        docs = []
        for line in run.stdout.splitlines():
            hit = json.loads(line)
            if "path" not in hit:
                continue
            doc = int(os.path.basename(hit["path"]).split(".")[0])
            if doc not in docs:  # a passage of a document already ranked
                docs.append(doc)
        ranked[qid] = docs
    return ranked


def run_bm25s(docs, queries, limit):
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    ids = sorted(docs)
    corpus = bm25s.tokenize([docs[i] for i in ids], stopwords="en", stemmer=stemmer,
                            show_progress=False)
    retriever = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
    retriever.index(corpus, show_progress=False)
    ranked = {}
    for qid, text in queries.items():
        tokens = bm25s.tokenize([text], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            ranked[qid] = []
            continue
        found, scores = retriever.retrieve(tokens, k=min(limit, len(ids)), show_progress=False)
        ranked[qid] = [ids[d] for d, s in zip(found[0], scores[0]) if s > 0]
    return ranked


def metrics(ranked, rel):
    totals = {"MAP@100": 0.0, "nDCG@10": 0.0, "P@10": 0.0, "Recall@100": 0.0}
    for qid, relevant in rel.items():
        docs = ranked.get(qid, [])[:100]
        hits, precision_sum = 0, 0.0
        for rank, doc in enumerate(docs, 1):
            if doc in relevant:
                hits += 1
                precision_sum += hits / rank
        totals["MAP@100"] += precision_sum / len(relevant)
        totals["Recall@100"] += hits / len(relevant)
        top = docs[:10]
        totals["P@10"] += sum(d in relevant for d in top) / 10
        dcg = sum(1 / math.log2(r + 1) for r, d in enumerate(top, 1) if d in relevant)
        ideal = sum(1 / math.log2(r + 1) for r in range(1, min(len(relevant), 10) + 1))
        totals["nDCG@10"] += dcg / ideal
    return {k: v / len(rel) for k, v in totals.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--cisi", required=True, help="folder with CISI.ALL, CISI.QRY, CISI.REL")
    parser.add_argument("--label", default="search")
    parser.add_argument("--no-reference", action="store_true")
    args = parser.parse_args()

    documents = records(os.path.join(args.cisi, "CISI.ALL"))
    rel = judgments(os.path.join(args.cisi, "CISI.REL"))
    queries = {q: stripped(r.get("W", "")) for q, r in records(os.path.join(args.cisi, "CISI.QRY")).items()
               if q in rel}
    bodies = {i: d.get("W", "") for i, d in documents.items()}
    rows = []
    with tempfile.TemporaryDirectory(prefix="relevance-") as tmp:
        corpus = os.path.join(tmp, "cisi")
        os.makedirs(corpus)
        for i, d in documents.items():
            with open(os.path.join(corpus, f"{i}.txt"), "w", encoding="utf-8") as f:
                f.write(f"Title: {d.get('T', '')}\n\n{bodies[i]}\n")
        ranked = run_search(args.binary, corpus, os.path.join(tmp, "index"), queries, 100)
        rows.append((args.label, metrics(ranked, rel)))
    if not args.no_reference:
        rows.append(("bm25s 0.3 (Lucene BM25, k1 1.2, b 0.75), abstracts",
                     metrics(run_bm25s(bodies, queries, 100), rel)))
        titled = {i: f"{d.get('T', '')} {bodies[i]}" for i, d in documents.items()}
        rows.append(("bm25s 0.3, title and abstract as one text",
                     metrics(run_bm25s(titled, queries, 100), rel)))
    print(f"CISI: {len(documents)} documents, {len(rel)} judged queries (stripped to words), "
          f"one document per abstract\n")
    print("| engine | MAP@100 | nDCG@10 | P@10 | Recall@100 |")
    print("|---|---|---|---|---|")
    for label, m in rows:
        print(f"| {label} | {m['MAP@100']:.3f} | {m['nDCG@10']:.3f} | {m['P@10']:.3f} | {m['Recall@100']:.3f} |")


if __name__ == "__main__":
    main()
