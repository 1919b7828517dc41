#!/usr/bin/env python3
"""Search baselines for `pinakes-bench search` (issue 3): SQLite FTS5 queried directly and Zebra, on the same
MARC records and the same query set. Prints one JSON object on standard output (progress on standard error).

    python3 Benchmarks/baselines/search_baselines.py [--file F.mrc] [--queries Benchmarks/search-queries.tsv]
        [--skip-zebra] [--skip-fts5] [--zebra-index icu|default]

Needs Python 3 with pymarc; Zebra needs the Debian packages idzebra-2.0 and yaz. What cannot be measured is
reported under "skipped"/"error" instead of failing. Temporary files go to one folder that is removed.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fts5_baseline  # noqa: E402
import zebra_baseline  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "..", "..", "..", "shared", "data", "loc-booksall",
                            "BooksAll.2016.part01.first100k.mrc")
DEFAULT_QUERIES = os.path.join(HERE, "..", "search-queries.tsv")


def load_queries(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        if line.strip():
            rows.append(dict(zip(header, line.split("\t"))))
    return rows


def percentiles(seconds):
    """p50/p95/p99 in milliseconds (nearest rank)."""
    ordered = sorted(seconds)
    if not ordered:
        return None
    pick = lambda p: ordered[min(len(ordered) - 1, max(0, int(round(p / 100.0 * len(ordered))) - 1))]
    return {"p50": round(pick(50) * 1000, 3), "p95": round(pick(95) * 1000, 3), "p99": round(pick(99) * 1000, 3)}


def measure(queries, one, times=None):
    """Warm-up, then every query once without and once with facets; latency percentiles and recall by kind.

    `one(i, facets)` runs query i and returns the top-20 source ids; `times`, when given, holds the engine's own
    timing per (i, facets) in place of the wall clock around `one`.
    """
    for i in range(len(queries)):
        one(i, True)
    latency, found = {}, {}
    for facets in (False, True):
        spent = []
        for i, q in enumerate(queries):
            start = time.perf_counter()
            ids = one(i, facets)
            wall = time.perf_counter() - start
            spent.append(times.get((i, facets), wall) if times is not None else wall)
            if facets and q.get("expected"):
                hit = found.setdefault(q["kind"], [0, 0])
                hit[1] += 1
                hit[0] += q["expected"] in ids
        latency["with_facets" if facets else "without_facets"] = percentiles(spent)
    return {
        "queries": len(queries),
        "latency_ms": latency,
        "found_in_top20": {kind: {"found": f, "of": n} for kind, (f, n) in sorted(found.items())},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=DEFAULT_FILE)
    parser.add_argument("--queries", default=DEFAULT_QUERIES)
    parser.add_argument("--skip-zebra", action="store_true")
    parser.add_argument("--skip-fts5", action="store_true")
    parser.add_argument("--zebra-index", choices=("icu", "default"), default="icu")
    args = parser.parse_args()
    queries = load_queries(args.queries)
    folder = tempfile.mkdtemp(prefix="pinakes-search-baselines-")
    report = {"file": os.path.abspath(args.file), "queries": os.path.abspath(args.queries), "skipped": {}}
    try:
        if args.skip_fts5:
            report["skipped"]["fts5"] = "--skip-fts5"
        else:
            print("SQLite FTS5: ingest and %d queries …" % len(queries), file=sys.stderr)
            report["fts5"] = guarded(lambda: fts5_baseline.run(args.file, queries, folder, measure))
        if args.skip_zebra:
            report["skipped"]["zebra"] = "--skip-zebra"
        else:
            print("Zebra: zebraidx update and %d queries …" % len(queries), file=sys.stderr)
            index = "icu.idx" if args.zebra_index == "icu" else "default.idx"
            report["zebra"] = guarded(lambda: zebra_baseline.run(args.file, queries, folder, index, measure))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()


def guarded(body):
    """The measurement's result, or what went wrong, so one engine's failure leaves the others' figures."""
    try:
        return body()
    except Exception as error:  # noqa: BLE001 - reported, not hidden
        traceback.print_exc(file=sys.stderr)
        return {"error": "%s: %s" % (type(error).__name__, error)}


if __name__ == "__main__":
    main()
