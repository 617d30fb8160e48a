#!/usr/bin/env python3
"""Flags speakers of an index that are not names (issue 17): a check to run on a corpus the
attribution was never tuned on, not a measure of recall.

    scripts/check-speakers.py [--top N] [--binary FILE] [INDEX_DIR]

Runs `search speakers --json -n N` (on INDEX_DIR, else the index `search` finds from here) and
prints every name among the N most frequent that has the shape of something other than a name,
with why, then `flagged K of N`. The rules are about English and the shape of names, not about any
corpus:

- a function word or a sentence adverb alone (`Let`, `Nevertheless`, `Already`, `OK`);
- a fragment: a name that starts with a lower-case preposition or conjunction (`of Israel`,
  `and Tobago`) or ends with the pronoun `I` (`Need I`); an unnamed role (`the minister`) is a
  speaker;
- a number, in digits or words (`13`, `Ten`);
- a company's legal suffix alone (`Corp`, `Co`, `Inc`): the rest of its name was lost;
- a lone nationality adjective (`Palestinian`, `Chinese`, `British`): a people speaks through
  someone.

Word endings alone are not used: `-ly` and `-ing` end names as often as adverbs and verb forms
(`Italy`, `Assembly`, `Manning`). A whole country or organisation that speaks (`France`, `United Nations`) is a speaker and is not
flagged; capitalised common nouns (`Government`, `Powers`) are not told from organisations here.
"""
import argparse
import json
import subprocess
import sys

FUNCTION_WORDS = set("""
a about above after again against all also although am an and any are as at be because been before
being below between both but by can could did do does doing down during each either else even ever
every few for from further had has have having he her here hers herself him himself his how however i
if in into is it its itself just let many may me might more most much must my myself need neither no
nor not now of off on once only or other our ours ourselves out over own perhaps quite rather same
shall she should since so some still such than that the their theirs them themselves then there these
they this those though through thus to too under until up upon us very was we were what when where
whether which while who whom whose why will with within without would yet you your yours yourself
""".split())

SENTENCE_ADVERBS = set("""
accordingly additionally admittedly already also altogether anyway besides certainly clearly
consequently finally furthermore hence hopefully indeed instead likewise meanwhile moreover
naturally nevertheless nonetheless notably obviously ok okay otherwise overall personally rest
similarly still surely therefore thus ultimately undoubtedly yes
""".split())

NUMBER_WORDS = set("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million billion first second third fourth fifth
""".split())

# Legal suffixes of company names.
COMPANY_SUFFIXES = set("co corp corporation inc ltd llc plc ag sa nv bv gmbh".split())

# Words that start a fragment when they start a "name" in lower case.
LINKS = set("of and or in on at by for to from with into than as".split())

# Endings of nationality adjectives (`Brazilian`, `Korean`, `Chinese`, `British`, `Icelandic`,
# `Iraqi`), for a lone word of six letters or more.
NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "qi")


def why_not_a_name(name):
    words = name.split()
    if not words:
        return "empty"
    lower = [w.lower().strip(".,'’") for w in words]
    if words[0][0].islower() and lower[0] in LINKS:
        return "fragment: starts with a preposition or conjunction"
    if len(words) > 1 and words[-1] == "I":
        return "fragment: ends with the pronoun I"
    if all(w.isdigit() or w in NUMBER_WORDS for w in lower):
        return "a number"
    if len(words) == 1:
        word = lower[0]
        if word in FUNCTION_WORDS:
            return "a function word"
        if word in SENTENCE_ADVERBS:
            return "a sentence adverb"
        if word in COMPANY_SUFFIXES:
            return "a company suffix alone"
        if len(word) >= 6 and word.endswith(NATIONALITY_ENDINGS):
            return "a nationality adjective"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", nargs="?", help="the index folder (default: the one search finds)")
    parser.add_argument("--top", type=int, default=200, help="how many of the most frequent speakers [200]")
    parser.add_argument("--binary", default="search", help="the search binary [search on PATH]")
    args = parser.parse_args()
    command = [args.binary, "--color", "never"]
    if args.index:
        command += ["--index", args.index]
    command += ["speakers", "--json", "-n", str(args.top)]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode > 1:
        sys.exit(f"check-speakers: {' '.join(command)} failed: {out.stderr.strip()}")
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    flagged = 0
    for row in rows:
        reason = why_not_a_name(row["speaker"])
        if reason:
            flagged += 1
            print(f"{row['paragraphs']:>7}  {row['speaker']}  ({reason})")
    print(f"flagged {flagged} of {len(rows)}")


if __name__ == "__main__":
    main()
