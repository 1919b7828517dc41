"""SQLite FTS5 queried directly: the baseline "what the built-in tokenizer gives" for the search benchmark."""

import os
import re
import sqlite3
import time

import marc_fields

WEIGHTS = (10.0, 5.0, 3.0, 1.0)  # bm25 column weights: title > author > subject > other, as Pinakes ranks.
WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text):
    """An FTS5 AND of the query's words, each quoted; None when the text has no word."""
    words = WORD.findall(text)
    return " ".join('"%s"' % w.replace('"', '""') for w in words) if words else None


def ingest(path, folder):
    """Parses the MARC file and builds the FTS5 table; returns (connection, parse s, index s, records)."""
    start = time.perf_counter()
    records = marc_fields.read(path)
    parsed = time.perf_counter()
    db = sqlite3.connect(os.path.join(folder, "fts5.sqlite"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE rec(id INTEGER PRIMARY KEY, source TEXT, language TEXT, decade INTEGER)")
    db.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, author, subject, other, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("BEGIN")
    for rowid, (source, groups, language, decade) in enumerate(records, 1):
        db.execute("INSERT INTO rec VALUES (?, ?, ?, ?)", (rowid, source, language, decade))
        db.execute(
            "INSERT INTO fts(rowid, title, author, subject, other) VALUES (?, ?, ?, ?, ?)",
            (rowid, groups["title"], groups["author"], groups["subject"], groups["other"]),
        )
    db.execute("COMMIT")
    db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    return db, parsed - start, time.perf_counter() - parsed, len(records)


TOP = (
    "SELECT rec.source FROM fts JOIN rec ON rec.id = fts.rowid WHERE fts MATCH ? "
    "ORDER BY bm25(fts, %s) LIMIT 20" % ", ".join(str(w) for w in WEIGHTS)
)
COUNT = "SELECT count(*) FROM fts WHERE fts MATCH ?"
FACETS = (
    "SELECT rec.language, rec.decade, count(*) FROM fts JOIN rec ON rec.id = fts.rowid "
    "WHERE fts MATCH ? GROUP BY rec.language, rec.decade"
)


def search(db, expression, facets):
    """(top-20 source ids, total, facets) of one query: exact counts of language and decade over all hits."""
    ids = [row[0] for row in db.execute(TOP, (expression,))]
    if not facets:
        return ids, db.execute(COUNT, (expression,)).fetchone()[0], None
    languages, decades, total = {}, {}, 0
    for language, decade, count in db.execute(FACETS, (expression,)):
        total += count
        languages[language] = languages.get(language, 0) + count
        decades[decade] = decades.get(decade, 0) + count
    return ids, total, {"language": languages, "decade": decades}


def run(path, queries, folder, measure):
    """Ingest and the latency/recall measurements, as a dict for the JSON report."""
    db, parse_s, index_s, count = ingest(path, folder)
    expressions = [match_expression(q["query"]) for q in queries]

    def one(i, facets):
        if expressions[i] is None:
            return []
        return search(db, expressions[i], facets)[0]

    result = {
        "records": count,
        "ingest_seconds": round(parse_s + index_s, 2),
        "ingest_parse_seconds": round(parse_s, 2),
        "ingest_index_seconds": round(index_s, 2),
        "records_per_second": round(count / (parse_s + index_s)),
        "tokenizer": "unicode61 remove_diacritics 2",
        "query": "FTS5 AND of quoted words, top 20 by bm25%s" % (WEIGHTS,),
    }
    result.update(measure(queries, one))
    db.close()
    return result
