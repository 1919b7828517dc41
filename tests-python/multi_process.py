"""Several `pinakes serve` processes on one PostgreSQL database, for the scale-out tests.

`seed_demo` fills a database with the demo consortium (and stops the demo), `ServeProcess` runs one serve process
with its own data folder and log file, `psql_rows` reads the shared database the way an operator would, and the job helpers read `job_run`.
"""
import json
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import (DemoServer, create_postgres_database, drop_postgres_database, free_ports, kill_group, run,
                      wait_until_healthy)

START_TIMEOUT = 120
SIP2_LINE_RE = re.compile(r"SIP2 kiosks: ([0-9.]+):(\d+)")


def psql_rows(url, sql):
    """The rows of a query as lists of strings (psql unaligned, tab-separated)."""
    result = run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt", "-F", "\t", "-c", sql], timeout=60)
    assert result.returncode == 0, result
    return [line.split("\t") for line in result.stdout.splitlines() if line]


def psql_value(url, sql):
    rows = psql_rows(url, sql)
    assert len(rows) == 1 and len(rows[0]) == 1, rows
    return rows[0][0]


def available(url, items, count, exclude=()):
    """`count` demo copies on the shelf now (not on loan, held or travelling)."""
    barcodes = ",".join(f"'{i['barcode']}'" for i in items)
    shelf = {row[0] for row in psql_rows(url, f"SELECT barcode FROM item_copy WHERE status = 'available' "
                                              f"AND barcode IN ({barcodes})")}
    found = [i for i in items if i["barcode"] in shelf and i["barcode"] not in exclude]
    assert len(found) >= count, f"only {len(found)} demo copies are on the shelf"
    return found[:count]


def job_runs(url, name, since_ms):
    rows = psql_rows(url, f"SELECT id, holder, started_at, COALESCE(finished_at, -1), outcome FROM job_run "
                          f"WHERE name = '{name}' AND started_at >= {since_ms} ORDER BY started_at, id")
    return [(int(i), holder, int(start), int(end), outcome) for i, holder, start, end, outcome in rows]


def assert_one_at_a_time(runs, interval_ms):
    for earlier, later in zip(runs, runs[1:]):
        assert earlier[3] != -1 or earlier[4] == "running", earlier
        if earlier[3] != -1:
            assert later[2] >= earlier[3], f"runs {earlier} and {later} overlap"
        assert later[2] - earlier[2] >= interval_ms, f"run {later} started before it was due after {earlier}"


def pid_of(holder):
    return int(holder.split(":")[-2])


def fresh_database():
    """A new empty database on PINAKES_TEST_POSTGRES_URL's server, as (url, drop); skips without a server."""
    url = create_postgres_database()
    return url, lambda: drop_postgres_database(url)


def seed_demo(binary, url, data):
    """Creates the demo consortium in the database at `url` (its partner node in `data`), stops the demo once it
    serves, and returns the demo.json guide."""
    port, partner = free_ports(2)
    demo = DemoServer(binary, data, port=port, extra_args=["--database", url, "--partner-port", str(partner)])
    try:
        demo.start()
    finally:
        demo.stop()
    return json.loads((Path(data) / "demo.json").read_text(encoding="utf-8"))


class ServeProcess:
    """`pinakes serve --database URL` on a port of its own, with its own data folder; output goes to a log."""

    def __init__(self, binary, url, folder, port, extra=()):
        self.binary, self.url, self.port = binary, url, port
        self.data = Path(folder) / f"serve-{port}"
        self.data.mkdir(parents=True, exist_ok=True)
        self.log = Path(folder) / f"serve-{port}.log"
        self.base = f"http://127.0.0.1:{port}"
        self.extra = [str(a) for a in extra]
        self.proc = None

    def start(self):
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [self.binary, "serve", "--database", self.url, "--data", str(self.data), "--port", str(self.port),
                 *self.extra], stdout=out, stderr=out, stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            wait_until_healthy(self.base, self.proc, START_TIMEOUT, self.logs)
        except BaseException:
            self.stop()
            raise
        return self

    def sip2_address(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = SIP2_LINE_RE.search(self.logs())
            if match:
                return match.group(1), int(match.group(2))
            time.sleep(0.2)
        pytest.fail(f"pinakes serve on {self.port} printed no SIP2 port:\n{self.logs()}")

    def logs(self):
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def terminate(self, timeout=30):
        """SIGTERM; returns (exit status, seconds it took to exit)."""
        asked = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        status = self.proc.wait(timeout=timeout)
        return status, time.monotonic() - asked

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self):
        if self.proc is not None:
            kill_group(self.proc)

    @property
    def running(self):
        return self.proc is not None and self.proc.poll() is None
