#!/usr/bin/env python3
"""Benchmark corpus builder and tantivy-cli feeder for scripts/bench.sh.

    convert.py corpus UNGDC_TXT_DIR REUTERS_FULL_DIR OUT_DIR [--copies N]
        UN General Debate speeches -> OUT/un/SSSS/CCC_SS_YYYY.txt with a header
            Title: CCC, UN General Debate session SS (YYYY)
            Date: YYYY-01-01          (the corpus gives only the year, in the file name)
        and paragraphs separated by blank lines (see `un_paragraphs`).
        Reuters-21578 -> OUT/reuters/reuters-0NN.jsonl, one article a line:
            {"date": "1987-02-26T15:01:01", "title": ..., "body": paragraphs joined by blank lines}
        (articles without a body are left out: 19,043 of 21,578 remain).
        With --copies N > 1, copy K (K = 2..N) is the same set again under OUT/copyK/ with every
        file name prefixed `cK-`, so each copy is a distinct set of files (used for the ~1 GB size).

    convert.py flatten < parse.jsonl > docs.jsonl
        `search parse --json` (one object per article with paragraphs[]) -> one JSON document per
        paragraph with the fields search indexes: path, title, date (RFC 3339, for tantivy-cli's date
        field), paragraph, section, text, speakers.

Only the text's layout is changed (paragraph breaks, header); the words are the corpus's own.
"""
import json
import os
import re
import shutil
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
UN_NAME = re.compile(r"^([A-Z]{2,3})_(\d+)_(\d{4})\.txt$")
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
PAGE_FOOTER = re.compile(r"^\s*(\d{1,4}\s+)?\d{2}-\d{4,6}(\s+\d{1,4})?\s*$|^\s*\d{1,3}\s*$")


def read_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def un_paragraphs(text):
    """The speech's paragraphs. The files come in two layouts:
    - one paragraph per line (long lines): every line is a paragraph;
    - lines wrapped at ~50-60 characters: a paragraph starts after a blank line or at an
      indented line; files with neither get a break after a short line ending a sentence.
    """
    lines = [l.rstrip() for l in text.split("\n")]
    nonblank = [l for l in lines if l.strip()]
    if not nonblank:
        return []
    mean = sum(len(l) for l in nonblank) / len(nonblank)
    if mean > 200:
        return [" ".join(l.split()) for l in nonblank if not PAGE_FOOTER.match(l)]
    marked = any(l[:1] in (" ", "\t") and l.strip() for l in lines[1:]) or any(
        not l.strip() for l in lines[1:-1])
    widths = sorted(len(l) for l in nonblank)
    median = widths[len(widths) // 2]
    paras, cur = [], []
    for line in lines:
        if PAGE_FOOTER.match(line):
            continue  # "35 08-51749", "08-51749 12", a lone page number: page furniture, not text
        if not line.strip():
            # a blank line ends a paragraph, unless it falls mid-sentence (a page break)
            if cur and SENTENCE_END.search(cur[-1]):
                paras.append(cur)
                cur = []
            continue
        if line[:1] in (" ", "\t") and cur:
            paras.append(cur)
            cur = []
        cur.append(line.strip())
        if not marked and len(line) < 0.6 * median and SENTENCE_END.search(line):
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        # a line ending in a hyphen after a letter continues the word: "Secretary-" + "General"
        # -> "Secretary-General" (the hyphen is kept: it is usually a real compound)
        joined = ""
        for line in p:
            if joined.endswith("-") and joined[-2:-1].isalpha():
                joined += line
            else:
                joined = f"{joined} {line}" if joined else line
        out.append(" ".join(joined.split()))
    return out


def reuters_date(s):
    # " 9-MAR-1987 04:58:41.12" -> "1987-03-09T04:58:41"
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d)", s)
    if not m:
        return None
    d, mon, y, hh, mm, ss = m.groups()
    return f"{y}-{MONTHS[mon]:02d}-{int(d):02d}T{hh}:{mm}:{ss}"


def reuters_body(body):
    body = body.replace("\x03", "").replace("\r", "")
    # paragraphs start on an indented line ("\n    The dry period ...")
    parts = re.split(r"\n(?=[ \t]+\S)|\n[ \t]*\n", body)
    paras = [" ".join(p.split()) for p in parts]
    return "\n\n".join(p for p in paras if p)


def build_corpus(un_dir, reuters_dir, out, copies):
    un_out = os.path.join(out, "un")
    files = 0
    for session in sorted(os.listdir(un_dir)):
        sdir = os.path.join(un_dir, session)
        if not os.path.isdir(sdir):
            continue
        for name in sorted(os.listdir(sdir)):
            m = UN_NAME.match(name)
            if not m:
                continue
            country, sess, year = m.groups()
            paras = un_paragraphs(read_text(os.path.join(sdir, name)))
            if not paras:
                continue
            d = os.path.join(un_out, f"{int(sess):02d}")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(f"Title: {country}, UN General Debate session {int(sess)} ({year})\n")
                f.write(f"Date: {year}-01-01\n\n")
                f.write("\n\n".join(paras))
                f.write("\n")
            files += 1
    r_out = os.path.join(out, "reuters")
    os.makedirs(r_out, exist_ok=True)
    articles = 0
    for name in sorted(os.listdir(reuters_dir)):
        if not re.match(r"reuters-\d+\.json$", name):
            continue
        items = json.load(open(os.path.join(reuters_dir, name), encoding="utf-8"))
        with open(os.path.join(r_out, name[:-5] + ".jsonl"), "w", encoding="utf-8") as f:
            for a in items:
                body = reuters_body(a.get("body") or "")
                if not body:
                    continue
                rec = {"date": reuters_date(a.get("date", "")),
                       "title": " ".join((a.get("title") or "").split()),
                       "body": body}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                articles += 1
        files += 1
    base = [d for d in ("un", "reuters")]
    for k in range(2, copies + 1):
        for top in base:
            for root, _, names in os.walk(os.path.join(out, top)):
                rel = os.path.relpath(root, out)
                dst = os.path.join(out, f"copy{k}", rel)
                os.makedirs(dst, exist_ok=True)
                for n in names:
                    shutil.copyfile(os.path.join(root, n), os.path.join(dst, f"c{k}-{n}"))
    print(f"corpus: {files} files per copy ({articles} Reuters articles), {copies} cop(y/ies)",
          file=sys.stderr)


def rfc3339(date):
    if not date:
        return None
    if len(date) == 10:
        return date + "T00:00:00Z"
    if re.search(r"(Z|[+-]\d\d:\d\d)$", date):
        return date
    return date + "Z"


def flatten():
    out = sys.stdout
    n = with_speakers = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        a = json.loads(line)
        date = rfc3339(a.get("date"))
        for p in a.get("paragraphs", []):
            doc = {"path": a["path"], "title": a.get("title") or "",
                   "paragraph": p["paragraph"], "text": p["text"],
                   "speakers": p.get("speakers") or []}
            if date:
                doc["date"] = date
            if p.get("section"):
                doc["section"] = p["section"]
            out.write(json.dumps(doc, ensure_ascii=False))
            out.write("\n")
            n += 1
            with_speakers += bool(doc["speakers"])
    print(f"paragraphs={n}", file=sys.stderr)
    print(f"speaker_paragraphs={with_speakers}", file=sys.stderr)


def main():
    args = sys.argv[1:]
    if args[:1] == ["corpus"]:
        copies = 1
        if "--copies" in args:
            i = args.index("--copies")
            copies = int(args[i + 1])
            del args[i:i + 2]
        build_corpus(args[1], args[2], args[3], copies)
    elif args[:1] == ["flatten"]:
        flatten()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
