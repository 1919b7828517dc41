#!/usr/bin/env python3
"""Writes the input of the 1,000,000-member-record scale run of `pinakes-bench search --scale` (issue 3).

    python3 Benchmarks/make-scale-input.py OUT_DIR [--total 1000000] [--libraries 4] [--cache /tmp/pinakes-scale-cache]

The source is the Library of Congress "Books All" 2016 part 01 file (250,000 records, UTF-8 ISO 2709) inside the
PyPI sdist of pymarc 5.4.0: it is taken from the pip cache folder, or fetched there with
`pip download --no-binary :all: --no-deps pymarc==5.4.0`. The data is not committed.

Library k of n holds a window of the file that starts k/n of the way in and wraps around, of total/n records,
in an order shuffled with a fixed seed; the windows overlap, so one title is held by several libraries. With
250,000 records, four libraries and 1,000,000 member records each window is the whole file (every title held by
all four); `--total 625000` gives the 62.5 % windows (A 0–62.5 %, B 25–87.5 %, …) where most titles are held by
two or three libraries. Prints the files written, one a line, for `--scale`.
"""

import argparse
import glob
import os
import random
import subprocess
import sys
import tarfile

SEED = 20261130
SDIST = "pymarc-5.4.0.tar.gz"
MEMBER = "BooksAll.2016.part01.utf8"


def sdist(cache):
    os.makedirs(cache, exist_ok=True)
    path = os.path.join(cache, SDIST)
    if not os.path.exists(path):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps", "--quiet",
             "-d", cache, "pymarc==5.4.0"],
            check=True,
        )
    found = glob.glob(os.path.join(cache, "pymarc-5.4.0*.tar.gz"))
    if not found:
        raise SystemExit("pymarc 5.4.0 sdist not found in %s" % cache)
    return found[0]


def loc_file(cache):
    """Path of the extracted 250,000-record file (extracted once into the cache)."""
    target = os.path.join(cache, MEMBER)
    if os.path.exists(target):
        return target
    with tarfile.open(sdist(cache)) as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith("/" + MEMBER)), None)
        if member is None:
            raise SystemExit("%s is not in the sdist" % MEMBER)
        with tar.extractfile(member) as source, open(target + ".part", "wb") as out:
            while True:
                chunk = source.read(1 << 20)
                if not chunk:
                    break
                out.write(chunk)
    os.rename(target + ".part", target)
    return target


def records(path):
    """The file's records as bytes, split on the ISO 2709 record length (leader/00-04)."""
    with open(path, "rb") as handle:
        data = handle.read()
    out, at = [], 0
    while at + 5 <= len(data):
        length = int(data[at : at + 5])
        out.append(data[at : at + length])
        at += length
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--total", type=int, default=1_000_000)
    parser.add_argument("--libraries", type=int, default=4)
    parser.add_argument("--cache", default="/tmp/pinakes-scale-cache")
    args = parser.parse_args()
    source = records(loc_file(args.cache))
    count = len(source)
    window = min(count, args.total // args.libraries)
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(SEED)
    written = 0
    for k in range(args.libraries):
        start = k * count // args.libraries
        indexes = [(start + i) % count for i in range(window)]
        rng.shuffle(indexes)
        path = os.path.join(args.out, "library-%s.mrc" % chr(ord("A") + k))
        with open(path, "wb") as out:
            for i in indexes:
                out.write(source[i])
        written += window
        print(path)
    print("%d records in the LoC file; %d libraries × %d = %d member records" % (count, args.libraries, window,
          written), file=sys.stderr)


if __name__ == "__main__":
    main()
