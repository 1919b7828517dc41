"""The protocols benchmark (issue 6): SRU and Z39.50 searches per second with N clients against a Pinakes node and
against Zebra (zebrasrv) holding the same records, in the same run; and a full OAI-PMH harvest of the node by sickle.

    python3 protocols_bench.py --pinakes .build/release/pinakes --file BooksAll...first100k.mrc [--clients 8]

Prints one JSON report on standard output (progress on standard error). Needs Debian's idzebra-2.0 and yaz for
Zebra, and PyPI's sickle for the harvest; what is missing is reported as skipped.

The workload is a copy cataloguer's: half the searches are ISBN look-ups (an ISBN as the record gives it), half
are title words ANDed; each search presents the first 10 hits as MARCXML, both engines and both protocols alike.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import z3950_client  # noqa: E402
from zebra_baseline import free_port, stop  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "de", "la", "le", "et", "und", "der", "die"}


def say(text):
    print(text, file=sys.stderr, flush=True)


def wait_for_port(port, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("nothing listens on port %d after %d s" % (port, seconds))


# ---------------------------------------------------------------- the workload


def iso2709_records(path):
    with open(path, "rb") as handle:
        data = handle.read()
    at = 0
    while at + 24 <= len(data):
        try:
            size = int(data[at:at + 5])
        except ValueError:
            break
        yield data[at:at + size]
        at += size


def subfield(record, tag, code):
    """First `code` subfield of the first `tag` field of an ISO 2709 record, as text."""
    base = int(record[12:17])
    directory = record[24:base - 1]
    for i in range(0, len(directory) - 11, 12):
        if directory[i:i + 3] == tag.encode():
            size, start = int(directory[i + 3:i + 7]), int(directory[i + 7:i + 12])
            body = record[base + start:base + start + size].rstrip(b"\x1e")
            for part in body.split(b"\x1f")[1:]:
                if part[:1] == code.encode():
                    return part[1:].decode("utf-8", "replace").strip()
    return None


def workload(path, count, seed=20261201):
    """`count` searches, half ISBN look-ups and half title words, from records of the file."""
    isbns, titles = [], []
    for record in iso2709_records(path):
        isbn = subfield(record, "020", "a")
        if isbn:
            token = isbn.split()[0]
            if re.fullmatch(r"[0-9Xx]{10}|[0-9]{13}", token):
                isbns.append(token)
        title = subfield(record, "245", "a")
        if title:
            words = [w for w in WORD.findall(title.lower()) if w not in STOP and len(w) > 2 and w.isascii()]
            if len(words) >= 2:
                titles.append(words[:3])
    rng = random.Random(seed)
    half = count // 2
    chosen = [("isbn", [i]) for i in rng.sample(isbns, min(half, len(isbns)))]
    chosen += [("title", w) for w in rng.sample(titles, min(count - len(chosen), len(titles)))]
    rng.shuffle(chosen)
    return chosen


def cql(kind, words):
    if kind == "isbn":
        return "bath.isbn=%s" % words[0]
    return 'dc.title all "%s"' % " ".join(words)


# ---------------------------------------------------------------- load


def sru_worker(args):
    host, port, path, searches, seconds, version = args
    connection = http.client.HTTPConnection(host, port, timeout=30)
    done = failed = 0
    latencies, hits = [], {}
    start = time.perf_counter()
    for kind, words in searches:
        if time.perf_counter() - start > seconds:
            break
        query = urllib.parse.urlencode({
            "version": version, "operation": "searchRetrieve", "query": cql(kind, words),
            "maximumRecords": "10", "recordSchema": "marcxml",
        })
        began = time.perf_counter()
        try:
            connection.request("GET", path + "?" + query)
            response = connection.getresponse()
            body = response.read()
            match = re.search(rb"numberOfRecords>(\d+)<", body)
            if response.status == 200 and match:
                done += 1
                hits[" ".join(words)] = int(match.group(1))
            else:
                failed += 1
        except (OSError, http.client.HTTPException):
            failed += 1
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=30)
        latencies.append((time.perf_counter() - began) * 1000)
    return done, failed, latencies, hits


def z3950_worker(args):
    host, port, searches, seconds = args
    connection = z3950_client.Connection(host, port)
    done = failed = 0
    latencies, hits = [], {}
    start = time.perf_counter()
    for kind, words in searches:
        if time.perf_counter() - start > seconds:
            break
        began = time.perf_counter()
        try:
            count, _ = connection.search(7 if kind == "isbn" else 4, words, present=10, syntax="xml")
            done += 1
            hits[" ".join(words)] = count
        except (OSError, RuntimeError):
            failed += 1
            connection.close()
            connection = z3950_client.Connection(host, port)
        latencies.append((time.perf_counter() - began) * 1000)
    connection.close()
    return done, failed, latencies, hits


def load(worker, make_args, searches, clients, seconds):
    """Each client works through its own share of the searches (repeated as needed) for `seconds`."""
    shares = [(searches[i::clients] * 50) for i in range(clients)]
    started = time.perf_counter()
    with multiprocessing.Pool(clients) as pool:
        results = pool.map(worker, [make_args(share) for share in shares])
    elapsed = time.perf_counter() - started
    done = sum(r[0] for r in results)
    failed = sum(r[1] for r in results)
    latencies = sorted(x for r in results for x in r[2])
    hits = {}
    for r in results:
        hits.update(r[3])

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))], 2) if latencies else None

    return {
        "searches": done, "failed": failed, "seconds": round(elapsed, 2),
        "per_second": round(done / elapsed, 1) if elapsed else None, "p50_ms": pct(0.5), "p99_ms": pct(0.99),
        "hits": hits,
    }


# ---------------------------------------------------------------- the engines


def start_pinakes(binary, path, folder):
    data = os.path.join(folder, "pinakes-data")
    log = open(os.path.join(folder, "pinakes.log"), "w")

    def cli(*args):
        subprocess.run([binary, *args, "--data", data], check=True, stdout=log, stderr=log)

    cli("library", "add", "BENCH", "--name", "Benchmark consortium", "--type", "consortium")
    cli("library", "add", "LOC", "--name", "Library of Congress records", "--type", "central")
    started = time.perf_counter()
    cli("import", path, "--library", "LOC")
    imported = time.perf_counter() - started
    http_port, z_port = free_port(), free_port()
    server = subprocess.Popen(
        [binary, "serve", "--data", data, "--port", str(http_port), "--z3950-port", str(z_port), "--jobs-every", "0"],
        stdout=log, stderr=log, start_new_session=True)
    wait_for_port(http_port)
    wait_for_port(z_port)
    return server, http_port, z_port, imported


def zebra_config(folder, conf):
    """zebra.cfg (grs.marc with Zebra's stock MARC 21 rules, as Koha's first Zebra set-ups) and a YAZ GFS file
    that answers SRU on the same port with yaz's own CQL→PQF properties plus bath.isbn."""
    os.makedirs(os.path.join(folder, "register"), exist_ok=True)
    with open(os.path.join(conf, "zebra.cfg.in"), encoding="utf-8") as handle:
        text = handle.read().replace("@DIR@", folder).replace("@CONF@", conf)
    with open(os.path.join(folder, "zebra.cfg"), "w", encoding="utf-8") as handle:
        handle.write(text)
    with open("/usr/share/yaz/etc/pqf.properties", encoding="utf-8") as handle:
        properties = handle.read()
    properties += "\nindex.bath.isbn = 1=7\nindex.bath.issn = 1=8\n"
    with open(os.path.join(folder, "pqf.properties"), "w", encoding="utf-8") as handle:
        handle.write(properties)
    with open(os.path.join(conf, "yazgfs.xml.in"), encoding="utf-8") as handle:
        text = handle.read().replace("@DIR@", folder)
    with open(os.path.join(folder, "yazgfs.xml"), "w", encoding="utf-8") as handle:
        handle.write(text)


def start_zebra(path, folder, conf):
    zebra_config(folder, conf)
    cfg = os.path.join(folder, "zebra.cfg")
    log = open(os.path.join(folder, "zebraidx.log"), "w")
    subprocess.run(["zebraidx", "-c", cfg, "init"], stdout=log, stderr=log, check=True)
    started = time.perf_counter()
    subprocess.run(["zebraidx", "-c", cfg, "update", path], stdout=log, stderr=log, check=True)
    indexed = time.perf_counter() - started
    port = free_port()
    with open(os.path.join(folder, "yazgfs.xml"), encoding="utf-8") as handle:
        text = handle.read().replace("@PORT@", str(port))
    with open(os.path.join(folder, "yazgfs.xml"), "w", encoding="utf-8") as handle:
        handle.write(text)
    server = subprocess.Popen(
        ["zebrasrv", "-f", os.path.join(folder, "yazgfs.xml"), "-l", os.path.join(folder, "zebrasrv.log")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, cwd=folder)
    wait_for_port(port)
    return server, port, indexed


def harvest(base, limit_seconds):
    """A full ListRecords marc21 harvest with sickle: records and seconds."""
    try:
        from sickle import Sickle
    except ImportError:
        return {"skipped": "sickle not installed (pip install sickle)"}
    started = time.perf_counter()
    count = deleted = 0
    for record in Sickle(base, timeout=120).ListRecords(metadataPrefix="marc21", ignore_deleted=False):
        count += 1
        deleted += 1 if record.deleted else 0
        if time.perf_counter() - started > limit_seconds:
            break
    seconds = time.perf_counter() - started
    return {"records": count, "deleted": deleted, "seconds": round(seconds, 2),
            "per_second": round(count / seconds, 1) if seconds else None}


def agreement(ours, theirs):
    """Of the searches both answered, how many gave the same hit count."""
    common = set(ours) & set(theirs)
    same = sum(1 for q in common if ours[q] == theirs[q])
    return {"compared": len(common), "same_hits": same}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pinakes", required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--harvest-seconds", type=float, default=600)
    parser.add_argument("--skip-zebra", action="store_true")
    args = parser.parse_args()
    conf = os.path.join(os.path.dirname(os.path.abspath(__file__)), "zebra-protocols")
    folder = tempfile.mkdtemp(prefix="pinakes-protocols-")
    report = {"clients": args.clients, "seconds_per_run": args.seconds, "skipped": {}}
    searches = workload(args.file, args.searches)
    report["workload"] = "%d searches: %d ISBN look-ups, %d title-word ANDs; each presents 10 hits as MARCXML" % (
        len(searches), sum(1 for s in searches if s[0] == "isbn"), sum(1 for s in searches if s[0] == "title"))
    servers = []
    try:
        say("Pinakes: library add, import, serve …")
        server, http_port, z_port, imported = start_pinakes(args.pinakes, args.file, folder)
        servers.append(server)
        report["pinakes_import_seconds"] = round(imported, 1)
        say("Pinakes: SRU load …")
        report["pinakes_sru"] = load(sru_worker, lambda s: ("127.0.0.1", http_port, "/sru", s, args.seconds, "1.2"),
                                     searches, args.clients, args.seconds)
        say("Pinakes: Z39.50 load …")
        report["pinakes_z3950"] = load(z3950_worker, lambda s: ("127.0.0.1", z_port, s, args.seconds),
                                       searches, args.clients, args.seconds)
        say("Pinakes: OAI-PMH harvest with sickle …")
        report["pinakes_oai"] = harvest("http://127.0.0.1:%d/oai" % http_port, args.harvest_seconds)
        stop(server)
        servers.remove(server)
        if args.skip_zebra or not all(shutil.which(t) for t in ("zebraidx", "zebrasrv")):
            report["skipped"]["zebra"] = "--skip-zebra" if args.skip_zebra else "apt-get install idzebra-2.0 yaz"
        else:
            say("Zebra: zebraidx update, zebrasrv …")
            zebra, port, indexed = start_zebra(args.file, os.path.join(folder, "zebra"), conf)
            servers.append(zebra)
            report["zebra_index_seconds"] = round(indexed, 1)
            say("Zebra: SRU load …")
            report["zebra_sru"] = load(sru_worker, lambda s: ("127.0.0.1", port, "/Default", s, args.seconds, "1.2"),
                                       searches, args.clients, args.seconds)
            say("Zebra: Z39.50 load …")
            report["zebra_z3950"] = load(z3950_worker, lambda s: ("127.0.0.1", port, s, args.seconds),
                                         searches, args.clients, args.seconds)
            report["agreement_sru"] = agreement(report["pinakes_sru"]["hits"], report["zebra_sru"]["hits"])
            report["agreement_z3950"] = agreement(report["pinakes_z3950"]["hits"], report["zebra_z3950"]["hits"])
    finally:
        for server in servers:
            stop(server)
        for key in list(report):
            if isinstance(report[key], dict):
                report[key].pop("hits", None)
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
