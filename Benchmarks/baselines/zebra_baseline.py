"""Zebra (idzebra-2.0, the engine behind Koha) on the same records, driven through one yaz-client process."""

import os
import re
import shutil
import signal
import socket
import subprocess
import time

CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "zebra")
WORD = re.compile(r"\w+", re.UNICODE)
FACETS = "zebra::facet::Code-language:0,Date:0"


def pqf(text):
    """@attr 1=1016 (Any) with the query's words ANDed, ranked by relevance (2=102, Zebra's rank-1 as Koha asks
    for it); None when the text has no word. YAZ hands the attributes before the operator down to every term."""
    words = ['"%s"' % w.replace("\\", "\\\\").replace('"', '\\"') for w in WORD.findall(text)]
    if not words:
        return None
    return "@attr 1=1016 @attr 2=102 " + "@and " * (len(words) - 1) + " ".join(words)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class YazClient:
    """One long-running yaz-client: a command is written, its output read up to the next prompt."""

    def __init__(self, address):
        self.process = subprocess.Popen(
            ["yaz-client", address], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        self.read_to_prompt()

    def read_to_prompt(self):
        out = b""
        while not out.endswith(b"Z> "):
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError("yaz-client ended: %r" % out[-300:])
            out += chunk
        return out.decode("utf-8", "replace")

    def command(self, line):
        self.process.stdin.write(line.encode("utf-8") + b"\n")
        self.process.stdin.flush()
        return self.read_to_prompt()

    def close(self):
        try:
            self.process.stdin.write(b"quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


def elapsed(output):
    """The request time yaz-client measured (seconds), from its "Elapsed:" line."""
    match = re.search(r"Elapsed: ([0-9.]+)", output)
    return float(match.group(1)) if match else 0.0


def configure(folder, index):
    """Writes zebra.cfg for a register in `folder`; `index` is icu.idx (ICU chain) or default.idx (charmap)."""
    os.makedirs(os.path.join(folder, "register"), exist_ok=True)
    with open(os.path.join(CONF, "zebra.cfg.in"), encoding="utf-8") as handle:
        text = handle.read().replace("@CONF@", CONF).replace("@DIR@", folder).replace("@INDEX@", index)
    path = os.path.join(folder, "zebra.cfg")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def ingest(path, folder, index):
    cfg = configure(folder, index)
    log = open(os.path.join(folder, "zebraidx.log"), "w")
    subprocess.run(["zebraidx", "-c", cfg, "init"], stdout=log, stderr=log, check=True)
    start = time.perf_counter()
    subprocess.run(["zebraidx", "-c", cfg, "update", path], stdout=log, stderr=log, check=True)
    seconds = time.perf_counter() - start
    log.close()
    with open(os.path.join(folder, "zebraidx.log"), encoding="utf-8", errors="replace") as handle:
        counts = re.findall(r"Records: (\d+) i/u/d", handle.read())
    return cfg, seconds, int(counts[-1]) if counts else None


def run(path, queries, folder, index, measure):
    """Ingest with zebraidx, then zebrasrv on a loopback port and the measurements through yaz-client."""
    if not all(shutil.which(t) for t in ("zebraidx", "zebrasrv", "yaz-client")):
        return {"skipped": "zebraidx, zebrasrv or yaz-client not installed (apt-get install idzebra-2.0 yaz)"}
    cfg, seconds, count = ingest(path, folder, index)
    address = "tcp:127.0.0.1:%d" % free_port()
    server = subprocess.Popen(
        ["zebrasrv", "-c", cfg, "-l", os.path.join(folder, "zebrasrv.log"), address],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        time.sleep(0.5)
        client = YazClient(address)
        client.command("format xml")
        expressions = [pqf(q["query"]) for q in queries]
        times = {}

        def one(i, facets):
            if expressions[i] is None:
                return []
            out = client.command("find " + expressions[i])
            spent = elapsed(out)
            hits = re.search(r"Number of hits: (\d+)", out)
            ids = []
            if hits and int(hits.group(1)) > 0:
                client.command("elements brief")
                out = client.command("show 1+%d" % min(20, int(hits.group(1))))
                spent += elapsed(out)
                ids = re.findall(r'<brief id="([^"]*)"', out)
                if facets:
                    client.command("elements " + FACETS)
                    spent += elapsed(client.command("show 1+1"))
            times[(i, facets)] = spent
            return ids

        result = {
            "records": count,
            "ingest_seconds": round(seconds, 2),
            "records_per_second": round(count / seconds) if count else None,
            "index": "ICU chain (words-icu.xml: tokenize rule w)" if index == "icu.idx" else "default charmap",
            "query": "PQF @attr 1=1016 @attr 2=102 (relevance) with words ANDed; present 20 brief records; facets via %s" % FACETS,
            "timing": "yaz-client's Elapsed per request over loopback TCP, summed per query",
        }
        result.update(measure(queries, one, times))
        client.close()
        return result
    finally:
        stop(server)


def stop(server):
    """Ends zebrasrv and the processes it forked (its own process group), forcibly after 5 s."""
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sig)
            server.wait(timeout=wait)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
