#!/usr/bin/env python3
"""Builds Benchmarks/search-queries.tsv, the query set of `pinakes-bench search` (issue 3).

Reproducible: fixed seed, inputs from ../shared/data and Debian's unicode-data Unihan. Needs Python 3 and
pymarc (pip install pymarc==5.4.0).

    python3 Benchmarks/make-search-queries.py [--data ../shared/data] [--out Benchmarks/search-queries.tsv]

Rows (tab separated): kind, query, expected (trimmed 001 of the LoC record that must be in the top 20, or empty),
note. Kinds:
  citation             200 titles from the NYU OpenURL samples (rft.atitle/btitle/title/jtitle and the KEV 0.1
                       atitle/btitle/title/jtitle), decoded and deduplicated; `expected` is set only when a record of
                       the file has exactly that title (245 $a, or $a $b, compared case- and punctuation-folded).
  known-item           200 randomly drawn records: the first 3–5 significant words of 245 $a, as many as needed
                       until at most 20 records of the file have all of them among their 245 words.
  author               100 randomly drawn records with a personal name in 100 $a: "Surname Forename(s)".
  chinese-simplified   50 records in Chinese (008/35-37 `chi`) with an 880 paired with 245 in Han script: a 2–4
  chinese-traditional  character run of the vernacular title, in Simplified and in Traditional form (Unihan
                       kSimplifiedVariant / kTraditionalVariant), preferring runs whose two forms differ and whose
                       folded form occurs in at most 20 vernacular titles of the file.
"""

import argparse
import bz2
import collections
import os
import random
import re
import sys
import unicodedata
import urllib.parse

import pymarc

SEED = 20261130
LOC_FILE = "loc-booksall/BooksAll.2016.part01.first100k.mrc"
OPENURL_DIR = "protocol-samples/openurl/nyu"
UNIHAN = "/usr/share/unicode/Unihan_Variants.txt.bz2"
TITLE_KEYS = ("rft.atitle", "rft.btitle", "rft.title", "rft.jtitle", "atitle", "btitle", "title", "jtitle")
STOPWORDS = set(
    "a an and are as at by de del der des die das du el en et for from how i in into is it la las le les los "
    "of on or over the their to und under upon van von what when with y".split()
)
# Words the simple search box reads as syntax when followed by a colon.
PREFIXES = {"title", "author", "subject", "isbn", "year", "library"}
WORD = re.compile(r"\w+", re.UNICODE)


def fold(text):
    """Case- and diacritic-folded words, for comparing titles."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return WORD.findall(text)


def box_text(text):
    """Text safe for the simple search box: no quotes, no leading '-', no field prefixes, one line."""
    text = re.sub(r"[\"\t\r\n]+", " ", text)
    text = re.sub(r"(^|\s)-+", r"\1", text)
    text = re.sub(r"\b(%s):" % "|".join(PREFIXES), r"\1", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" /:;,.=")


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


class Record:
    __slots__ = ("id", "title_a", "title_ab", "words", "author", "lang", "han_title")


def read_records(path):
    out = []
    with open(path, "rb") as handle:
        for r in pymarc.MARCReader(handle, to_unicode=True, force_utf8=True, permissive=True):
            if r is None or not r.get_fields("001"):
                continue
            rec = Record()
            rec.id = r["001"].data.strip()
            f245 = r.get_fields("245")
            a = " ".join(f245[0].get_subfields("a")) if f245 else ""
            b = " ".join(f245[0].get_subfields("b")) if f245 else ""
            rec.title_a, rec.title_ab = a, (a + " " + b).strip()
            rec.words = set(fold(" ".join(f245[0].get_subfields("a", "b", "n", "p")))) if f245 else set()
            f100 = r.get_fields("100")
            rec.author = f100[0].get("a") if f100 and f100[0].indicator1 in ("0", "1") else None
            rec.lang = r["008"].data[35:38] if r.get_fields("008") and len(r["008"].data) >= 38 else ""
            rec.han_title = None
            for f in r.get_fields("880"):
                if (f.get("6") or "").startswith("245") and f.get("a") and any(is_han(c) for c in f.get("a")):
                    rec.han_title = f.get("a")
                    break
            out.append(rec)
    return out


def openurl_titles(folder):
    """(title, key, file) of every title parameter, in file and line order, first occurrence of each."""
    seen, out = set(), []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
            for line in handle:
                query = line.strip().partition("?")[2]
                try:
                    params = urllib.parse.parse_qs(query, errors="strict")
                except (UnicodeDecodeError, ValueError):
                    continue
                for key in TITLE_KEYS:
                    for value in params.get(key, []):
                        text = box_text(value)
                        norm = " ".join(fold(text))
                        if len(norm) < 3 or len(text) > 200 or "\ufffd" in text or norm in seen:
                            continue
                        seen.add(norm)
                        out.append((text, key, name))
    return out


def citations(records, folder, rng):
    by_title = collections.defaultdict(set)
    for rec in records:
        by_title[" ".join(fold(rec.title_a))].add(rec.id)
        by_title[" ".join(fold(rec.title_ab))].add(rec.id)
    rows = []
    for text, key, name in rng.sample(openurl_titles(folder), 200):
        ids = sorted(by_title.get(" ".join(fold(text)), ()))
        expected = ids[0] if len(ids) == 1 else ""
        note = "%s in %s" % (key, name) + ("; title of %d records in the file" % len(ids) if ids else "")
        rows.append(("citation", text, expected, note))
    return rows


def known_items(records, index, rng):
    rows, used = [], set()
    while len(rows) < 200:
        rec = rng.choice(records)
        words = [w.strip(".,:;/=[]()!?'\"") for w in rec.title_a.split()]
        words = [w for w in words if WORD.search(w) and w.casefold() not in STOPWORDS and not w.isdigit()]
        if rec.id in used or len(words) < 3:
            continue
        for n in range(3, min(5, len(words)) + 1):
            hits = set.intersection(*(index.get(w, set()) for w in fold(" ".join(words[:n]))))
            if len(hits) <= 20:
                used.add(rec.id)
                rows.append(("known-item", " ".join(words[:n]), rec.id, "title words shared by %d records of the file" % len(hits)))
                break
    return rows


def authors(records, rng):
    rows, used = [], set()
    candidates = [r for r in records if r.author and "," in r.author]
    while len(rows) < 100:
        rec = rng.choice(candidates)
        surname, _, forename = rec.author.partition(",")
        forename = re.sub(r"\(.*?\)|\d.*$", "", forename)
        query = box_text(surname + " " + forename)
        if rec.id in used or len(WORD.findall(query)) < 2:
            continue
        used.add(rec.id)
        rows.append(("author", query, rec.id, "100 $a %s" % rec.author.strip(" ,.")))
    return rows


def unihan_variants(path):
    simp, trad = {}, {}
    with bz2.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[1] not in ("kSimplifiedVariant", "kTraditionalVariant"):
                continue
            char = chr(int(parts[0][2:], 16))
            values = [chr(int(v[2:].split("<")[0], 16)) for v in parts[2].split()]
            (simp if parts[1] == "kSimplifiedVariant" else trad)[char] = values
    return simp, trad


def convert(text, table, keep_own):
    """Text in the other form, and whether any character had a choice of forms.

    Unihan lists a character among its own variants when it is also used as such (乾 simplifies to 乾 or 干,
    独 has the traditional forms 独 and 獨): to Simplified we keep it (`keep_own`), to Traditional we take the
    first other form, as Taiwan and Hong Kong print it.
    """
    out, ambiguous = [], False
    for c in text:
        values = table.get(c, [c])
        ambiguous |= len(set(values)) > 1
        others = [v for v in values if v != c]
        out.append(c if (keep_own and c in values) or not others else others[0])
    return "".join(out), ambiguous


def chinese(records, simp, trad, rng):
    folded_titles = [convert(r.han_title, simp, True)[0] for r in records if r.han_title]
    candidates = [r for r in records if r.han_title and r.lang == "chi"]
    rows, used = [], set()
    rng.shuffle(candidates)
    for rec in candidates:
        if len(rows) == 100:
            break
        runs = [m for m in re.findall(r"\w+", rec.han_title) if len(m) >= 2 and all(is_han(c) for c in m)]
        choices = []
        for run in runs:
            for n in (4, 3, 2):
                for i in range(len(run) - n + 1):
                    choices.append(run[i : i + n])
        rng.shuffle(choices)
        length = rng.choice((2, 3, 4))
        best = None
        for s in choices:
            s_simp, amb1 = convert(s, simp, True)
            s_trad, amb2 = convert(s, trad, False)
            count = sum(1 for t in folded_titles if s_simp in t)
            if count > 20:
                continue
            score = (s_simp != s_trad, not (amb1 or amb2), len(s) == length, len(s))
            if best is None or score > best[0]:
                best = (score, s, s_simp, s_trad, count)
        if best is None or rec.id in used:
            continue
        used.add(rec.id)
        _, s, s_simp, s_trad, count = best
        form = "simplified" if s == s_simp and s != s_trad else "traditional" if s == s_trad and s != s_simp else "same"
        note = "from 880 title %s (record written %s); in %d vernacular titles" % (rec.han_title.strip(" /:"), form, count)
        rows.append(("chinese-simplified", s_simp, rec.id, note))
        rows.append(("chinese-traditional", s_trad, rec.id, note))
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(here, "search-queries.tsv"))
    args = parser.parse_args()
    rng = random.Random(SEED)
    records = read_records(os.path.join(args.data, LOC_FILE))
    index = collections.defaultdict(set)
    for rec in records:
        for w in rec.words:
            index[w].add(rec.id)
    simp, trad = unihan_variants(UNIHAN)
    rows = citations(records, os.path.join(args.data, OPENURL_DIR), rng)
    rows += known_items(records, index, rng)
    rows += authors(records, rng)
    rows += chinese(records, simp, trad, rng)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(
            "# Pinakes search benchmark queries (issue 3), made by Benchmarks/make-search-queries.py (seed %d). "
            "Short strings: titles, names and record ids (001) from public-domain Library of Congress records, "
            "and article, book and journal titles (bibliographic facts) from the NYU OpenURL sampler, whose "
            "files state no licence.\n" % SEED
        )
        out.write("kind\tquery\texpected\tnote\n")
        for row in rows:
            out.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    counts = collections.Counter(r[0] for r in rows)
    print("wrote %s: %s" % (args.out, dict(counts)), file=sys.stderr)


if __name__ == "__main__":
    main()
