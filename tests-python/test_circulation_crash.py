"""Kill -9 during circulation: every accepted change survives and nothing is half-written.

A `pinakes serve` process on the demo data takes checkouts and check-ins from eight clients at once and is killed
with SIGKILL at a random moment, several times. After each kill the database is checked: every loan a client was
told about is there, every check-in it was told about ended its loan, an item is on loan exactly when it has an
open loan, every loan has its checkout event, and (SQLite) the file passes SQLite's integrity check. On the SQLite
file of a data folder, and on PostgreSQL (the demo seeded into a fresh database, then served from it).
"""
import json
import random
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import DemoServer, create_postgres_database, drop_postgres_database, free_port, wait_until_healthy
from crash_storage import PostgresStorage, SQLiteStorage, scalar
from test_demo import WebClient

ROUNDS = 4


def api_token(base):
    client = WebClient(base)
    status, _, _ = client.sign_in("admin", "pinakes-admin")
    assert status in (302, 303), status
    status, _, page = client.request("/staff")
    import re
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert csrf, "the staff page carries no csrf_token"
    status, _, body = client.request("/api/v1/tokens", json.dumps({"name": "crash-test"}).encode(),
                                     headers={"Content-Type": "application/json", "X-CSRF-Token": csrf[1]},
                                     method="POST")
    assert status == 201, body
    return json.loads(body)["token"]


def post(base, token, path, payload):
    req = urllib.request.Request(base + path, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read().decode())
    except urllib.error.HTTPError as e:
        return e.code, None


class Load:
    """Eight clients lending and taking back demo items until the server goes away."""

    def __init__(self, base, token, readers, items):
        self.base, self.token, self.readers, self.items = base, token, readers, items
        self.accepted_loans, self.accepted_returns = set(), set()
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def client(self, seed):
        rnd = random.Random(seed)
        mine = self.items[seed::8]
        while not self.stop.is_set():
            item = rnd.choice(mine)
            reader = rnd.choice(self.readers)
            try:
                status, body = post(self.base, self.token, "/api/v1/circulation/checkout",
                                    {"card": reader["card"], "barcode": item["barcode"], "library": item["library"]})
                if status == 200 and body:
                    with self.lock:
                        self.accepted_loans.add(body["loan"])
                status, body = post(self.base, self.token, "/api/v1/circulation/checkin",
                                    {"barcode": item["barcode"], "library": item["library"]})
                if status == 200 and body and body.get("loan"):
                    with self.lock:
                        self.accepted_returns.add(body["loan"])
            except (urllib.error.URLError, ConnectionError, OSError, ValueError):
                time.sleep(0.05)

    def run(self):
        threads = [threading.Thread(target=self.client, args=(n,), daemon=True) for n in range(8)]
        for t in threads:
            t.start()
        return threads


def check_database(storage, accepted_loans, accepted_returns):
    assert storage.integrity() == [("ok",)]
    loans = {int(row[0]): row[1] for row in storage.rows("SELECT id, ended_at FROM circ_loan")}
    lost = [loan for loan in accepted_loans if loan not in loans]
    assert not lost, f"accepted checkouts missing after the kill: {lost[:10]}"
    unreturned = [loan for loan in accepted_returns if loans.get(loan, "") == ""]
    assert not unreturned, f"accepted check-ins whose loans are still open: {unreturned[:10]}"
    mismatched = storage.rows("""
        SELECT i.barcode, i.status, COUNT(c.id) FROM item_copy i
        LEFT JOIN circ_loan c ON c.copy_id = i.id AND c.ended_at IS NULL
        GROUP BY i.id, i.barcode, i.status HAVING (i.status = 'on-loan') <> (COUNT(c.id) = 1) OR COUNT(c.id) > 1""")
    assert not mismatched, f"items whose status disagrees with their loans: {mismatched[:10]}"
    no_event = scalar(storage, """
        SELECT COUNT(*) FROM circ_loan c WHERE NOT EXISTS
            (SELECT 1 FROM circ_event e WHERE e.loan_id = c.id AND e.kind = 'checkout')""")
    assert no_event == 0, f"{no_event} loans have no checkout event"
    transit_mismatch = scalar(storage, """
        SELECT COUNT(*) FROM circ_transit t JOIN item_copy i ON i.id = t.copy_id
        WHERE t.status = 'open' AND i.status <> 'in-transit'""")
    assert transit_mismatch == 0
    return len(loans)


class ServeProcess:
    def __init__(self, binary, data, port, storage_args=None):
        self.binary, self.data, self.port = binary, data, port
        self.storage_args = storage_args or ["--data", str(data)]
        self.base = f"http://127.0.0.1:{port}"
        self.log = Path(data).parent / f"serve-{port}.log"

    def start(self):
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen([self.binary, "serve", *self.storage_args, "--port", str(self.port)],
                                         stdout=out, stderr=out, stdin=subprocess.DEVNULL, start_new_session=True)
        wait_until_healthy(self.base, self.proc, 120, lambda: self.log.read_text(errors="replace")[-3000:])
        return self

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


@pytest.fixture
def seeded(request, pinakes_bin, tmp_path):
    """The demo consortium on the parametrised backend, stopped: (storage, data folder)."""
    data = tmp_path / "data"
    data.mkdir()
    if request.param == "sqlite":
        demo = DemoServer(pinakes_bin, data).start()
        demo.stop()
        yield SQLiteStorage(data), data
        return
    url = create_postgres_database()
    try:
        demo = DemoServer(pinakes_bin, data, extra_args=["--database", url]).start()
        demo.stop()
        yield PostgresStorage(url, data), data
    finally:
        drop_postgres_database(url)


@pytest.mark.parametrize("seeded", [pytest.param("sqlite", marks=pytest.mark.sqlite_only),
                                    pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_kill_9_during_circulation_loses_nothing_accepted(pinakes_bin, seeded):
    storage, data = seeded
    described = json.loads((data / "demo.json").read_text())
    readers, items = described["readers"], described["items"]
    assert len(readers) >= 10 and len(items) >= 100
    port = free_port()
    rnd = random.Random(4)
    accepted_loans, accepted_returns = set(), set()
    token = None
    total_loans = 0
    for round_number in range(ROUNDS):
        server = ServeProcess(pinakes_bin, data, port, storage.args).start()
        token = token or api_token(server.base)
        load = Load(server.base, token, readers, items[:120])
        threads = load.run()
        time.sleep(1.0 + rnd.random() * 2.5)
        server.kill9()
        load.stop.set()
        for t in threads:
            t.join(timeout=30)
        accepted_loans |= load.accepted_loans
        accepted_returns |= load.accepted_returns
        total_loans = check_database(storage, accepted_loans, accepted_returns)
    assert len(accepted_loans) > 20, "the load made too few checkouts to prove anything"
    assert total_loans >= len(accepted_loans)
