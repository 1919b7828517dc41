"""Shared fixtures: the pinakes binary, data folders, a running demo server, ../shared and PostgreSQL.

Every test talks to real processes on 127.0.0.1 with random free ports and bounded time-outs, and every
process a fixture starts is killed at the end, whatever happened.
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
SHARED_SCHEMAS = SHARED / "schemas"

DEMO_START_TIMEOUT = 180  # seconds: the demo loads ~2,500 records with a debug build
COMMAND_TIMEOUT = 120

# `PINAKES_TEST_BACKEND=postgres` runs the demo servers of these tests on PostgreSQL (a fresh database each, on the
# server named by PINAKES_TEST_POSTGRES_URL) instead of the embedded SQLite file; `demo_scalar` reads whichever the
# demo uses. scripts/test runs the server-facing modules both ways.
BACKEND = os.environ.get("PINAKES_TEST_BACKEND", "sqlite")
_DEMO_DATABASES = {}


@pytest.fixture(scope="session", autouse=True)
def _drop_demo_databases():
    yield
    for url in _DEMO_DATABASES.values():
        drop_postgres_database(url)


def demo_scalar(data, sql):
    """One value from the database of the demo on folder `data`: its PostgreSQL database when the demo runs on
    one (PINAKES_TEST_BACKEND=postgres), else DATA/pinakes.sqlite (read-only)."""
    url = _DEMO_DATABASES.get(Path(data))
    if url is not None:
        result = _psql(url, sql)
        assert result.returncode == 0, result
        value = result.stdout.strip()
        return int(value) if value.lstrip("-").isdigit() else value
    import sqlite3

    con = sqlite3.connect(f"file:{Path(data) / 'pinakes.sqlite'}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keeps each phase's report on the item, so fixtures can tell whether the test failed (screenshots)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)


# ---------------------------------------------------------------- binary and commands


@pytest.fixture(scope="session")
def pinakes_bin():
    path = Path(os.environ.get("PINAKES_BIN") or ROOT / ".build" / "debug" / "pinakes")
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(f"pinakes binary not found at {path}: run `swift build --product pinakes` or set PINAKES_BIN")
    return str(path)


class Result:
    """A finished command: exit status, standard output and standard error as text."""

    def __init__(self, args, returncode, stdout_bytes, stderr_bytes):
        self.args, self.returncode = args, returncode
        self.stdout_bytes, self.stderr_bytes = stdout_bytes, stderr_bytes
        self.stdout = stdout_bytes.decode("utf-8", errors="replace")
        self.stderr = stderr_bytes.decode("utf-8", errors="replace")

    @property
    def output(self):
        return self.stdout + self.stderr

    def __repr__(self):
        return (f"<{' '.join(map(str, self.args))} exit {self.returncode}\n--- stdout\n{self.stdout[-3000:]}"
                f"\n--- stderr\n{self.stderr[-3000:]}>")


def run(args, timeout=COMMAND_TIMEOUT, input=None, env=None):
    """Runs a command to completion with a time-out; the process group is killed if it overruns."""
    proc = subprocess.Popen([str(a) for a in args], stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            env=env)
    try:
        out, err = proc.communicate(input=input.encode() if isinstance(input, str) else input, timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        out, err = proc.communicate()
        pytest.fail(f"{args} did not finish within {timeout} s\n{out.decode(errors='replace')[-2000:]}"
                    f"\n{err.decode(errors='replace')[-2000:]}")
    return Result(args, proc.returncode, out, err)


def kill_group(proc, grace=10):
    """Stops a process started with start_new_session: SIGTERM, then SIGKILL after `grace` seconds."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


@pytest.fixture
def pinakes(pinakes_bin):
    """Calls the CLI: `pinakes("library", "list", "--data", d)` returns a Result."""

    def call(*args, timeout=COMMAND_TIMEOUT, input=None, env=None):
        return run([pinakes_bin, *args], timeout=timeout, input=input, env=env)

    return call


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_ports(count):
    """`count` different free ports, held open together while chosen so that none is handed out twice."""
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


# ---------------------------------------------------------------- HTTP


def http_get(url, timeout=10, headers=None):
    """GET without following redirects; returns (status, headers, body text)."""
    req = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", errors="replace")


def wait_until_healthy(base, proc, timeout, logs):
    """Polls BASE/health until it answers 200; fails the test (with `logs()`) if `proc` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{base}: the server exited with {proc.returncode}:\n{logs()}")
        try:
            if http_get(base + "/health", timeout=2)[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.2)
    pytest.fail(f"{base} did not answer /health within {timeout} s:\n{logs()}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class DemoServer:
    """`pinakes demo --data DIR --port P` as a child process; stdout and stderr go to log files."""

    def __init__(self, binary, data, port=None, log_dir=None, extra_args=()):
        self.binary, self.data = binary, Path(data)
        self.extra_args = list(extra_args)
        if BACKEND == "postgres" and "--database" not in self.extra_args:
            # One database per data folder, so a demo restarted on the same folder finds its data again.
            if self.data not in _DEMO_DATABASES:
                _DEMO_DATABASES[self.data] = create_postgres_database()
            self.extra_args += ["--database", _DEMO_DATABASES[self.data]]
        main, partner = free_ports(2)
        if "--partner-port" not in self.extra_args:
            # The demo's ISO 18626 partner node listens too, on a port of its own: not `0`, which the system may
            # hand out as the very port just chosen (and released) for the main server.
            self.extra_args += ["--partner-port", str(partner)]
        self.port = port or main
        self.base = f"http://127.0.0.1:{self.port}"
        log_dir = Path(log_dir or self.data.parent)
        tag = uuid.uuid4().hex[:8]
        self.stdout_path = log_dir / f"demo-{tag}.out"
        self.stderr_path = log_dir / f"demo-{tag}.err"
        self.proc = None

    def start(self, timeout=DEMO_START_TIMEOUT):
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(
                [self.binary, "demo", "--data", str(self.data), "--port", str(self.port), *self.extra_args],
                stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                pytest.fail(f"pinakes demo exited with {self.proc.returncode} before serving:\n{self.logs()}")
            try:
                status, _, _ = http_get(self.base + "/health", timeout=2)
                if status == 200:
                    return self
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.3)
        self.stop()
        pytest.fail(f"pinakes demo did not answer /health within {timeout} s:\n{self.logs()}")

    def stop(self):
        if self.proc is not None:
            kill_group(self.proc)

    def stdout(self):
        return self.stdout_path.read_text(errors="replace") if self.stdout_path.exists() else ""

    def logs(self):
        err = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        return f"--- stdout\n{self.stdout()[-3000:]}\n--- stderr\n{err[-3000:]}"

    def get(self, path, **kw):
        return http_get(self.base + path, **kw)


@pytest.fixture(scope="module")
def demo_server(pinakes_bin, tmp_path_factory):
    """One demo consortium per test module, served on a random port."""
    data = tmp_path_factory.mktemp("demo") / "data"
    data.mkdir()
    server = DemoServer(pinakes_bin, data).start()
    try:
        yield server
    finally:
        server.stop()


SIP2_LINE_RE = re.compile(r"SIP2 kiosks: ([0-9.]+):(\d+)")


@pytest.fixture(scope="module")
def demo_sip2(pinakes_bin, tmp_path_factory):
    """A demo with SIP2 kiosks on a port the server picks (`--sip2-port 0`); `.sip2_port` is the port it
    printed, `.guide` the demo.json it wrote."""
    data = tmp_path_factory.mktemp("demo-sip2") / "data"
    data.mkdir()
    server = DemoServer(pinakes_bin, data, extra_args=["--sip2-port", "0"]).start()
    try:
        deadline = time.monotonic() + 30
        match = SIP2_LINE_RE.search(server.stdout())
        while match is None and time.monotonic() < deadline:
            time.sleep(0.2)
            match = SIP2_LINE_RE.search(server.stdout())
        if match is None:
            pytest.fail(f"pinakes demo did not print its SIP2 port:\n{server.logs()}")
        server.sip2_host, server.sip2_port = match.group(1), int(match.group(2))
        server.guide = json.loads((data / "demo.json").read_text(encoding="utf-8"))
        yield server
    finally:
        server.stop()


@pytest.fixture
def start_demo(pinakes_bin):
    """Starts demo servers on demand inside a test; all are stopped afterwards."""
    started = []

    def start(data, timeout=DEMO_START_TIMEOUT):
        server = DemoServer(pinakes_bin, data)
        started.append(server)
        return server.start(timeout=timeout)

    yield start
    for server in started:
        server.stop()


DEMO_LOGINS = {
    "admin": "pinakes-admin",
    "gusu": "pinakes-staff",
    "central": "pinakes-staff",
    "reader": "pinakes-reader",
    "publisher": "pinakes-partner",
}


# ---------------------------------------------------------------- ../shared


@pytest.fixture(scope="session")
def shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def marcxml_xsd():
    xsd = SHARED_SCHEMAS / "marcxml" / "MARC21slim.xsd"
    if not xsd.is_file():
        found = list(SHARED_SCHEMAS.rglob("MARC21slim.xsd")) if SHARED_SCHEMAS.is_dir() else []
        if not found:
            pytest.skip("MARC21slim.xsd not found under ../shared/schemas")
        xsd = found[0]
    return xsd


# ---------------------------------------------------------------- SQLite


def sqlite_counts(data):
    """Row counts of the catalogue tables in DATA/pinakes.sqlite, and PRAGMA integrity_check."""
    import sqlite3

    con = sqlite3.connect(f"file:{Path(data) / 'pinakes.sqlite'}?mode=ro", uri=True, timeout=30)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("bib_source_record", "bib_source_version", "item_copy")}
        counts["integrity"] = con.execute("PRAGMA integrity_check").fetchall()
        return counts
    finally:
        con.close()


# ---------------------------------------------------------------- PostgreSQL


def _with_database(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _psql(url, sql):
    # psql does not know sslmode in a URL's query when given as a libpq URI? It does; keep the URL whole.
    return run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], timeout=60)


def create_postgres_database():
    """A fresh, empty database on the server named by PINAKES_TEST_POSTGRES_URL; its URL."""
    base = os.environ.get("PINAKES_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("PINAKES_TEST_POSTGRES_URL is not set")
    if not shutil.which("psql"):
        pytest.fail("psql is needed to create test databases (apt-get install postgresql-client)")
    name = "pinakes_py_" + uuid.uuid4().hex[:12]
    created = _psql(base, f'CREATE DATABASE "{name}"')
    assert created.returncode == 0, created
    return _with_database(base, name)


def drop_postgres_database(url):
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    _psql(os.environ["PINAKES_TEST_POSTGRES_URL"], f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database on the server named by PINAKES_TEST_POSTGRES_URL; dropped afterwards."""
    url = create_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


def postgres_count(url, sql):
    result = _psql(url, sql)
    assert result.returncode == 0, result
    return int(result.stdout.strip())


SUMMARY_RE = re.compile(
    r"^(?P<file>.+?): read (?P<read>\d+), new (?P<new>\d+), updated (?P<updated>\d+), unchanged (?P<unchanged>\d+), "
    r"deleted (?P<deleted>\d+), rejected (?P<rejected>\d+); items new (?P<items_new>\d+), "
    r"updated (?P<items_updated>\d+), rejected (?P<items_rejected>\d+)\s*$", re.M)


def summaries(text):
    """The per-file summary lines of `pinakes import`, as {file: {read: N, new: N, …}}."""
    return {m["file"]: {k: int(v) for k, v in m.groupdict().items() if k != "file"}
            for m in SUMMARY_RE.finditer(text)}
