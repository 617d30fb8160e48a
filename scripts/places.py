#!/usr/bin/env python3
"""Writes src/speakers/places.txt: names of countries and of their states, provinces and
territories, from the ISO 3166 tables of Debian's `iso-codes` package
(https://salsa.debian.org/iso-codes-team/iso-codes), one name a line, sorted.

usage: python3 scripts/places.py [/usr/share/iso-codes/json] > src/speakers/places.txt

The list answers whether a capitalised word that speaks ("Argentina said") is a place, which
a he or she can never point back to, and whether the words after a place and a comma go on
naming it ("in Dunedin, New Zealand,", "in Halifax, Nova Scotia,"). Names of several words are
kept whole, up to a comma or a bracket ("Korea, Republic of" is "Korea"); hyphenated ones are
left out.
"""
import json
import sys
import unicodedata

# Subdivisions big enough to speak through their governments in the news.
KINDS = {"State", "Province", "Territory", "Country", "Nation", "Federal district",
         "Emirate", "Autonomous region", "Autonomous republic", "Republic"}


def short_name(name):
    name = name.split(",")[0].split("(")[0].split("[")[0].strip()
    return name if name and "-" not in name else None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
    names = set()
    countries = json.load(open(f"{folder}/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    for c in countries:
        for key in ("name", "common_name"):
            if c.get(key):
                names.add(short_name(c[key]))
    subdivisions = json.load(open(f"{folder}/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    for s in subdivisions:
        if s["type"] in KINDS:
            names.add(short_name(s["name"]))
    names.discard(None)
    # English news drops the accents: "Bihar", "Quebec"
    names |= {"".join(ch for ch in unicodedata.normalize("NFKD", n)
                      if not unicodedata.combining(ch)) for n in names}
    for n in sorted(names):
        print(n)


if __name__ == "__main__":
    main()
