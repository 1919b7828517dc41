"""Observability and graceful shutdown of a real server: Prometheus metrics that move, JSON logs with request ids,
/health and /ready, and SIGTERM that lets the request in flight finish, refuses new connections, and exits 0.

One demo (JSON logs at level info) is started for the module; its data folder is then served by `pinakes serve`.
"""
import json
import re
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from conftest import ROOT, DemoServer, free_port, http_get, kill_group
from test_circulation_crash import api_token, post
from test_sip2_kiosk import RawKiosk, frame

ISO18626_REQUEST = ROOT / "Tests" / "ISO18626Tests" / "Fixtures" / "request-2021.xml"
TIMESTAMP_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
LOGS = ["--log-format", "json", "--log-level", "info"]


@pytest.fixture(scope="module")
def demo(pinakes_bin, tmp_path_factory):
    data = tmp_path_factory.mktemp("observability") / "data"
    data.mkdir()
    server = DemoServer(pinakes_bin, data, extra_args=LOGS).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def seeded(demo):
    """The demo's data folder and its `--database` (on PostgreSQL) once the demo has stopped; its SIGTERM exit is
    checked on the way."""
    demo.stop()
    assert demo.proc.returncode == 0, demo.logs()
    database = demo.extra_args[demo.extra_args.index("--database"):][:2] if "--database" in demo.extra_args else []
    return demo.data, database


def scrape(base):
    """{(name, frozenset(labels)): value} of /metrics, parsed as Prometheus text format."""
    status, headers, text = http_get(base + "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples, name, **labels):
    """The sum over every series of `name` whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, series), v in samples.items() if n == name and wanted <= series)


def check_out_one(base, token, data):
    """Lends the first demo item that is free to a demo reader; the item's barcode, library and the loan id."""
    guide = json.loads((Path(data) / "demo.json").read_text(encoding="utf-8"))
    reader = guide["readers"][0]
    for item in guide["items"][:60]:
        status, body = post(base, token, "/api/v1/circulation/checkout",
                                 {"card": reader["card"], "barcode": item["barcode"], "library": item["library"]})
        if status == 200:
            return item, body["loan"]
    pytest.fail("no demo item could be checked out")


def stderr_lines(server):
    return server.stderr_path.read_text(encoding="utf-8", errors="replace").splitlines()


def wait_for_the_demo_exchange(demo, timeout=90):
    """The demo lends to its partner over ISO 18626 just after it starts serving (both nodes count into the
    process's one registry); the counters move only with this test's requests once that exchange is done."""
    deadline = time.monotonic() + timeout
    while not re.search(r"^ILL: Suzhou sent Wuhan a copy|did not complete", demo.stdout(), re.M):
        assert time.monotonic() < deadline, "the demo's partner exchange did not finish:\n" + demo.logs()
        time.sleep(0.3)
    assert "did not complete" not in demo.stdout(), demo.logs()


def test_metrics_count_searches_checkouts_imports_and_iso18626_messages(demo):
    wait_for_the_demo_exchange(demo)
    before = scrape(demo.base)
    for query in ("dream", "history", "红楼梦"):
        status, _, _ = http_get(demo.base + "/api/v1/search?q=" + urllib.parse.quote(query))
        assert status == 200
    token = api_token(demo.base)
    check_out_one(demo.base, token, demo.data)
    req = urllib.request.Request(demo.base + "/iso18626", data=ISO18626_REQUEST.read_bytes(), method="POST",
                                 headers={"Content-Type": "application/xml"})
    with urllib.request.urlopen(req, timeout=15) as resp:
        assert resp.status == 200 and b"requestConfirmation" in resp.read()
    after = scrape(demo.base)

    search = dict(name="pinakes_http_requests_total", method="GET", route="/api/v1/search", status="200")
    assert value(after, **search) - value(before, **search) >= 3
    assert value(after, "pinakes_http_request_duration_seconds_count", method="GET", route="/api/v1/search") >= 3
    # Exactly one loan was made, counted once its transaction committed (failed attempts count nothing).
    checkouts = dict(name="pinakes_circulation_events_total", event="checkout")
    assert value(after, **checkouts) - value(before, **checkouts) == 1
    # The demo imported its records in this process.
    assert value(after, "pinakes_import_records_total", outcome="read") >= 2000
    assert value(after, "pinakes_import_records_total", outcome="new") >= 2000
    assert value(after, "pinakes_import_items_total", outcome="new") > 0
    assert value(after, "pinakes_import_runs_total") >= 2
    # The sample request comes from an agency this node does not know: received, and refused.
    received = dict(name="pinakes_iso18626_messages_received_total", kind="request", outcome="refused")
    assert value(after, **received) - value(before, **received) == 1
    assert total(after, "pinakes_iso18626_messages_sent_total", outcome="sent") > 0  # the demo's own exchange
    committed = dict(name="pinakes_db_transactions_total", outcome="committed")
    assert value(after, **committed) > value(before, **committed)
    waits = dict(name="pinakes_db_connection_wait_seconds_count", role="primary")
    assert value(after, **waits) > value(before, **waits)
    assert value(after, "pinakes_db_connections_in_use", role="primary") >= 0
    assert value(after, "pinakes_http_requests_in_flight") >= 1  # the scrape itself
    builds = [(dict(series), v) for (n, series), v in after.items() if n == "pinakes_build_info"]
    assert len(builds) == 1 and builds[0][0]["version"] and builds[0][1] == 1, builds
    assert value(after, "pinakes_process_uptime_seconds") > 0
    assert abs(value(after, "pinakes_process_start_time_seconds") - time.time()) < 3600
    assert total(after, "pinakes_job_runs_total") > 0


def test_json_logs_carry_the_request_id_given_or_a_fresh_one(demo):
    status, headers, _ = http_get(demo.base + "/health", headers={"X-Request-Id": "abc-123"})
    assert status == 200 and headers["X-Request-Id"] == "abc-123"
    _, fresh_headers, _ = http_get(demo.base + "/ready")
    fresh = fresh_headers["X-Request-Id"]
    assert UUID_RE.match(fresh), fresh
    _, unsafe_headers, _ = http_get(demo.base + "/health", headers={"X-Request-Id": "no spaces; or <tags>"})
    assert UUID_RE.match(unsafe_headers["X-Request-Id"]) and unsafe_headers["X-Request-Id"] != fresh
    _, problem_headers, _ = http_get(demo.base + "/api/v1/libraries/NOPE", headers={"X-Request-Id": "lib.404_x"})
    assert problem_headers["X-Request-Id"] == "lib.404_x"

    deadline = time.monotonic() + 10
    while True:
        lines = stderr_lines(demo)
        records = [json.loads(line) for line in lines]  # every line is one JSON object
        by_id = {r.get("request_id"): r for r in records if r.get("msg", "").startswith(("GET ", "POST "))}
        if {"abc-123", fresh, "lib.404_x"} <= by_id.keys() or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert records, "the demo wrote no log lines"
    for record in records:
        assert TIMESTAMP_RE.match(record["ts"]), record
        assert record["level"] in ("trace", "debug", "info", "notice", "warning", "error", "critical"), record
        assert isinstance(record["logger"], str) and isinstance(record["msg"], str), record
    given = by_id["abc-123"]
    assert (given["status"], given["method"], given["path"], given["route"]) == (200, "GET", "/health", "/health")
    assert given["level"] == "info" and isinstance(given["duration_ms"], (int, float))
    assert by_id[fresh]["path"] == "/ready"
    assert by_id["lib.404_x"]["status"] == 404


class ServeProcess:
    """`pinakes serve` on a data folder with SIP2 and Z39.50 on ports it picks; stdout and stderr to files."""

    def __init__(self, binary, seeded, extra=()):
        data, database = seeded
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.out, self.err = Path(data).parent / f"serve-{self.port}.out", Path(data).parent / f"serve-{self.port}.err"
        args = [binary, "serve", "--data", str(data), "--port", str(self.port), *database, "--sip2-port", "0",
                "--sip2-user", "kiosk", "--sip2-password", "kiosk-pass", "--z3950-port", "0", *extra]
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                         start_new_session=True)

    def wait_until_serving(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.logs()
            sip2 = re.search(r"SIP2 kiosks: [0-9.]+:(\d+)", self.out.read_text())
            z3950 = re.search(r"Z39.50: [0-9.]+:(\d+)", self.out.read_text())
            try:
                if sip2 and z3950 and http_get(self.base + "/health", timeout=2)[0] == 200:
                    self.sip2_port, self.z3950_port = int(sip2[1]), int(z3950[1])
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        pytest.fail("pinakes serve did not start:\n" + self.logs())

    def logs(self):
        return f"--- stdout\n{self.out.read_text()[-3000:]}\n--- stderr\n{self.err.read_text()[-3000:]}"


def refuses_connections(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return False
    except OSError:
        return True


def read_response(sock):
    """Status, headers and body of one HTTP/1.1 response with Content-Length."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the connection closed before the response head: {data!r}"
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    length = int(headers["content-length"])
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, f"the connection closed after {len(body)} of {length} body bytes"
        body += chunk
    return int(lines[0].split()[1]), headers, body


def test_sigterm_finishes_the_request_in_flight_refuses_new_ones_and_exits_0(pinakes_bin, seeded):
    server = ServeProcess(pinakes_bin, seeded).wait_until_serving()
    try:
        status, _, body = http_get(server.base + "/ready")
        assert status == 200 and json.loads(body)["status"] == "ready"
        token = api_token(server.base)
        item, _ = check_out_one(server.base, token, seeded[0])
        payload = json.dumps({"barcode": item["barcode"], "library": item["library"]}).encode()
        head = (f"POST /api/v1/circulation/checkin HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                f"X-Request-Id: slow-checkin\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
            sock.sendall(head + payload[: len(payload) // 2])
            # The request is in the handlers, waiting for the rest of its body (the scrape itself is the other).
            deadline = time.monotonic() + 10
            while value(scrape(server.base), "pinakes_http_requests_in_flight") < 2:
                assert time.monotonic() < deadline, "the slow request never reached the server's handlers"
                time.sleep(0.05)
            server.proc.terminate()
            deadline = time.monotonic() + 15
            while not refuses_connections(server.port):
                assert time.monotonic() < deadline, "the server still accepts connections 15 s after SIGTERM"
                time.sleep(0.1)
            assert server.proc.poll() is None, "the server exited before answering the request in flight"
            sock.sendall(payload[len(payload) // 2:])
            status, headers, body = read_response(sock)
        assert status == 200, body
        assert headers["x-request-id"] == "slow-checkin"
        answer = json.loads(body)
        assert answer.get("loan"), answer  # the check-in ended the loan made above
        started = time.monotonic()
        assert server.proc.wait(timeout=10) == 0, server.logs()
        assert time.monotonic() - started < 10
        assert refuses_connections(server.sip2_port) and refuses_connections(server.z3950_port)
    finally:
        kill_group(server.proc)


def test_serve_logs_json_lines_and_answers_health_and_ready(pinakes_bin, seeded):
    server = ServeProcess(pinakes_bin, seeded, extra=LOGS).wait_until_serving()
    try:
        status, _, body = http_get(server.base + "/ready")
        backend = "postgres" if seeded[1] else "sqlite"
        assert status == 200 and json.loads(body) == {"status": "ready", "database": backend}
        assert http_get(server.base + "/health")[0] == 200
    finally:
        server.proc.terminate()
        assert server.proc.wait(timeout=30) == 0, server.logs()
        kill_group(server.proc)
    records = [json.loads(line) for line in server.err.read_text().splitlines()]
    assert all(TIMESTAMP_RE.match(r["ts"]) for r in records)
    assert any(r.get("path") == "/ready" and r.get("status") == 200 and r.get("request_id") for r in records)


def test_kiosk_and_z3950_traffic_is_counted_per_protocol_and_message(pinakes_bin, seeded):
    server = ServeProcess(pinakes_bin, seeded).wait_until_serving()
    try:
        location = json.loads((Path(seeded[0]) / "demo.json").read_text(encoding="utf-8"))["sip2"]["location"]
        before = scrape(server.base)
        kiosk = RawKiosk("127.0.0.1", server.sip2_port)
        try:
            assert kiosk.send(frame(f"9300CNkiosk|COkiosk-pass|CP{location}|AY0AZ")).startswith("941")
            assert kiosk.send(frame("9900302.00AY1AZ")).startswith("98")
            assert kiosk.send(frame("9900302.00AY2AZ")).startswith("98")
            assert kiosk.send(frame("XX not a message|AY3AZ")).startswith("96")
            during = scrape(server.base)
        finally:
            kiosk.close()
        script = (f"open tcp:127.0.0.1:{server.z3950_port}/Default\nfind @attr 1=4 dream\nshow 1\nclose\nquit\n")
        yaz = subprocess.run(["yaz-client"], input=script, capture_output=True, text=True, timeout=60)
        assert "Number of hits" in yaz.stdout, yaz.stdout + yaz.stderr
        deadline = time.monotonic() + 10
        while True:  # the server counts a connection closed once it has seen the client hang up
            after = scrape(server.base)
            open_now = [value(after, "pinakes_protocol_connections_open", protocol=p) for p in ("sip2", "z3950")]
            if open_now == [0, 0] or time.monotonic() > deadline:
                break
            time.sleep(0.1)
    finally:
        kill_group(server.proc)

    def moved(samples, name, **labels):
        return value(samples, name, **labels) - value(before, name, **labels)

    sip2 = dict(protocol="sip2")
    assert moved(during, "pinakes_protocol_connections_total", outcome="accepted", **sip2) == 1
    assert value(during, "pinakes_protocol_connections_open", **sip2) == 1
    assert moved(during, "pinakes_protocol_messages_total", kind="login", **sip2) == 1
    assert moved(during, "pinakes_protocol_messages_total", kind="scStatus", **sip2) == 2
    assert moved(during, "pinakes_protocol_messages_total", kind="invalid", **sip2) == 1
    assert moved(during, "pinakes_protocol_message_duration_seconds_count", **sip2) == 4
    z3950 = dict(protocol="z3950")
    assert moved(after, "pinakes_protocol_connections_total", outcome="accepted", **z3950) == 1
    for kind in ("initRequest", "searchRequest", "presentRequest", "close"):
        assert moved(after, "pinakes_protocol_messages_total", kind=kind, **z3950) == 1, kind
    assert open_now == [0, 0], open_now


def test_a_bad_log_format_or_level_is_one_clear_error(pinakes, tmp_path):
    bad_format = pinakes("--log-format", "yaml", "library", "list", "--data", tmp_path / "d")
    assert bad_format.returncode == 1
    assert bad_format.stderr.strip().splitlines() == ["Error: --log-format yaml: expected text or json"]
    bad_level = pinakes("library", "list", "--data", tmp_path / "d", "--log-level", "loud")
    assert bad_level.returncode == 1 and "--log-level loud: expected one of trace, debug" in bad_level.stderr
    missing = pinakes("library", "list", "--log-level")
    assert missing.returncode == 1 and "--log-level needs a value" in missing.stderr
    quiet = pinakes("library", "list", "--data", tmp_path / "d", "--log-format=json")
    assert quiet.returncode == 0 and quiet.stderr == ""  # default level warning: nothing to say
