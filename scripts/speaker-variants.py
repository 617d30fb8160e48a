#!/usr/bin/env python3
"""How many of an index's most quoted speakers are another name of one of them (issue 17).

    scripts/speaker-variants.py [--top N] [--binary FILE] [INDEX_DIR]

Runs `search speakers --json -n N` and prints each pair of listed names that look like one person
under two names, then `variants K of N`: the listed names that have such a partner. The rule is
deliberately simpler than the tool's own, so that it can judge it: two names are paired when,
after dropping forms of address and titles in front, case, accents, hyphens and one-letter
initials, they are equal, or one is a single word that ends the other, or both have the same first
and last word. Pairs of places (`Africa`, `South Africa`) are found too: read the pairs.
"""
import argparse
import json
import subprocess
import unicodedata

FRONT = set("""comrade excellency his her mr mrs ms dr sir madam herr monsieur honourable honorable
marshal president presidents secretary-general secretarygeneral general pope king queen prince
minister prime""".split())


def words(name):
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ws = [w.strip(".,'’") for w in folded.replace("-", " ").split()]
    ws = [w for w in ws if w]
    while len(ws) > 1 and ws[0] in FRONT:
        ws = ws[1:]
    if len(ws) > 1:
        ws = [w for w in ws[:-1] if len(w) > 1] + ws[-1:]
    return ws


def paired(a, b):
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        one, other = (a, b) if len(a) == 1 else (b, a)
        return len(other) > 1 and other[-1] == one[0]
    return a[0] == b[0] and a[-1] == b[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=200)
    ap.add_argument("--binary", default="search")
    ap.add_argument("index", nargs="?")
    args = ap.parse_args()
    cmd = [args.binary, "speakers", "--json", "-n", str(args.top)]
    if args.index:
        cmd += ["--index", args.index]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    names = [json.loads(line)["speaker"] for line in out.splitlines() if line.strip()]
    keyed = [(n, words(n)) for n in names]
    partnered = set()
    for i, (a, wa) in enumerate(keyed):
        for b, wb in keyed[i + 1:]:
            if paired(wa, wb):
                print(f"{a}  ~  {b}")
                partnered.update([a, b])
    print(f"variants {len(partnered)} of {len(names)}")


if __name__ == "__main__":
    main()
