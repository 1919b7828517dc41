#!/usr/bin/env python3
"""Check that SQLite FTS5 `unicode61 remove_diacritics 2` keeps our index text as it is.

Input: a file of index texts, one per line (from `tokenizer-bench --dump-index` or
`--dump-scalars`, whose lines are `codepoint<TAB>index text`). Each line is indexed and the
tokens FTS5 stores are compared with the line split on spaces. Prints the lines that differ.
"""
import sqlite3
import sys

db = sqlite3.connect(":memory:")
db.execute("create virtual table t using fts5(x, tokenize='unicode61 remove_diacritics 2')")
db.execute("create virtual table v using fts5vocab(t, instance)")
expected = {}
for number, line in enumerate(open(sys.argv[1], encoding="utf-8"), start=1):
    text = line.rstrip("\n").split("\t")[-1]
    expected[number] = (line.rstrip("\n"), text.split())
db.executemany("insert into t(rowid, x) values (?, ?)", ((n, " ".join(t)) for n, (_, t) in expected.items()))
stored = {}
for term, doc, _, offset in db.execute("select term, doc, col, offset from v"):
    stored.setdefault(doc, []).append((offset, term))
bad = 0
for number, (line, tokens) in expected.items():
    got = [term for _, term in sorted(stored.get(number, []))]
    if got != tokens:
        bad += 1
        if bad <= 40:
            print(repr(line), "->", got)
print(f"{bad} of {len(expected)} lines differ", file=sys.stderr)
sys.exit(1 if bad else 0)
