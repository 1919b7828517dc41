"""`--read-database`: searches, SRU, OAI-PMH and ILL statements read a real streaming hot standby; writes, sign-in and
circulation stay on the primary; a standby that goes away is replaced by the primary for every read; bad options
are refused.

A private primary and standby are started for the module (pg_clusters.StreamingPair). The demo consortium is
created on the primary (by `pinakes demo --read-database`, which must serve too), then `pinakes serve` runs with
the standby as its read replica. Pausing WAL replay on the standby makes the routing visible: what the primary
has and the standby has not yet replayed is found by a search only once replay resumes.
"""
import datetime
import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.parse
from pathlib import Path

import pytest
from lxml import etree

import pg_clusters
from conftest import DemoServer, free_port, http_get, kill_group
from test_circulation_crash import api_token, post

pytestmark = pytest.mark.skipif(not pg_clusters.available(), reason="the PostgreSQL server programs are not installed")

SRU_NS = {"srw": "http://www.loc.gov/zing/srw/"}
OAI_NS = {"oai": "http://www.openarchives.org/OAI/2.0/"}
POOL = 2  # --database-pool of the served node
WORD = "quokkaphant"
NEW_RECORD = f"""<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
  <record>
    <leader>00000nam a2200000 a 4500</leader>
    <controlfield tag="001">replica-test-1</controlfield>
    <controlfield tag="008">200101s2020    ch a          000 0 eng d</controlfield>
    <datafield tag="245" ind1="1" ind2="0"><subfield code="a">The {WORD.capitalize()} on the standby</subfield></datafield>
  </record>
</collection>
"""


class Served:
    """`pinakes serve` on the primary with the standby as its read replica."""

    def __init__(self, binary, args, log):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = Path(log)
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen([binary, "serve", "--port", str(self.port), *args], stdout=out,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.logs()
            try:
                if http_get(self.base + "/health", timeout=2)[0] == 200:
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.2)
        self.stop()
        pytest.fail("pinakes serve did not start:\n" + self.logs())

    def logs(self):
        return self.log.read_text(errors="replace")[-3000:]

    def json(self, path):
        status, _, body = http_get(self.base + path, timeout=30)
        assert status == 200, (path, status, body)
        return json.loads(body)

    def total(self, query):
        return self.json("/api/v1/search?facets=false&q=" + urllib.parse.quote(query))["total"]

    def sru_total(self, cql):
        status, _, body = http_get(self.base + "/sru?" + urllib.parse.urlencode(
            {"version": "1.2", "operation": "searchRetrieve", "query": cql, "maximumRecords": "0"}), timeout=30)
        assert status == 200, body
        return int(etree.fromstring(body.encode()).findtext("srw:numberOfRecords", namespaces=SRU_NS))

    def oai_has(self, library, source_id):
        """Whether OAI-PMH GetRecord finds the member record `library`/`source_id`."""
        status, _, listing = http_get(self.base + "/oai?verb=ListIdentifiers&metadataPrefix=marc21", timeout=30)
        assert status == 200, listing
        first = etree.fromstring(listing.encode()).findtext(".//oai:header/oai:identifier", namespaces=OAI_NS)
        repository = first.rsplit(":", 1)[0]
        status, _, body = http_get(self.base + "/oai?" + urllib.parse.urlencode(
            {"verb": "GetRecord", "metadataPrefix": "marc21", "identifier": f"{repository}:{library}/{source_id}"}),
            timeout=30)
        assert status == 200, body
        root = etree.fromstring(body.encode())
        return root.find("oai:GetRecord", OAI_NS) is not None

    def stop(self):
        kill_group(self.proc)


@pytest.fixture(scope="module")
def replicated(pinakes_bin, tmp_path_factory):
    """(pair, primary URL, standby URL, data folder, demo's /ready, served node)."""
    root = tmp_path_factory.mktemp("replica")
    pair = pg_clusters.StreamingPair().start()
    served = None
    try:
        primary = pair.create_database("pinakes")
        standby = pair.replica.url("pinakes")
        data = root / "data"
        data.mkdir()
        demo = DemoServer(pinakes_bin, data, extra_args=["--database", primary, "--read-database", standby])
        demo.start(timeout=400)
        try:
            status, _, body = demo.get("/ready")
        finally:
            demo.stop()
        assert status == 200, body
        pair.wait_caught_up()
        served = Served(pinakes_bin, ["--database", primary, "--read-database", standby, "--database-pool", str(POOL)],
                        root / "serve.log")
        yield pair, primary, standby, data, json.loads(body), served
    finally:
        if served is not None:
            served.stop()
        pair.close()


def count(cluster, sql):
    return int(cluster.scalar(sql, "pinakes"))


def test_demo_serves_with_the_standby_as_its_replica(replicated):
    _, _, _, _, demo_ready, served = replicated
    assert demo_ready["status"] == "ready" and demo_ready["database"] == "postgres"
    assert demo_ready["replica"] == "available" and demo_ready["replica_fallbacks"] == 0
    ready = served.json("/ready")
    assert ready["replica"] == "available", ready
    assert served.total("history") > 5


def test_a_record_imported_on_the_primary_is_found_once_the_standby_has_replayed_it(
        replicated, pinakes, tmp_path):
    pair, primary, _, _, _, served = replicated
    before = served.total("history")
    marc = tmp_path / "new.xml"
    marc.write_text(NEW_RECORD, encoding="utf-8")
    pair.pause_replay()
    try:
        imported = pinakes("import", marc, "--library", "CEN", "--database", primary)
        assert imported.returncode == 0, imported
        title = "SELECT count(*) FROM bib_source_record WHERE source_id = 'replica-test-1'"
        assert count(pair.primary, title) == 1
        assert count(pair.replica, title) == 0
        # The standby answers searches, but does not have the record yet.
        assert served.total("history") == before
        assert served.total(WORD) == 0
        assert served.sru_total(f"dc.title={WORD}") == 0
        assert not served.oai_has("CEN", "replica-test-1")
    finally:
        pair.resume_replay()
    pair.wait_caught_up()
    assert served.total(WORD) == 1
    assert served.sru_total(f"dc.title={WORD}") == 1
    assert served.oai_has("CEN", "replica-test-1")
    assert served.json("/ready")["replica_fallbacks"] == 0


def test_checkouts_and_sign_in_use_the_primary_while_the_standby_lags(replicated):
    pair, _, _, data, _, served = replicated
    guide = json.loads((data / "demo.json").read_text(encoding="utf-8"))
    pair.pause_replay()
    try:
        # Signing in, the staff page (a session lookup) and a new API token all work against the primary.
        token = api_token(served.base)
        loan = None
        for item in guide["items"][:30]:
            reader = guide["readers"][0]
            status, body = post(served.base, token, "/api/v1/circulation/checkout",
                                {"card": reader["card"], "barcode": item["barcode"], "library": item["library"]})
            if status == 200:
                loan = body["loan"]
                break
        assert loan is not None, "no demo item could be lent"
        assert count(pair.primary, f"SELECT count(*) FROM circ_loan WHERE id = {int(loan)}") == 1
        assert count(pair.replica, f"SELECT count(*) FROM circ_loan WHERE id = {int(loan)}") == 0
    finally:
        pair.resume_replay()
    pair.wait_caught_up()
    assert count(pair.replica, f"SELECT count(*) FROM circ_loan WHERE id = {int(loan)}") == 1


def test_ill_statements_read_the_ledger_on_the_replica(replicated):
    pair, _, _, _, _, served = replicated
    token = api_token(served.base)
    today = datetime.date.today()
    booked = int(datetime.datetime(today.year, today.month, 15, 12, tzinfo=datetime.timezone.utc).timestamp())
    path = f"/api/v1/ill/statements?month={today.year}-{today.month:02d}"

    def lines():
        status, _, body = http_get(served.base + path, timeout=30, headers={"Authorization": f"Bearer {token}"})
        assert status == 200, body
        statement = json.loads(body)
        return statement["member"], len(statement["lines"])

    member, before = lines()
    pair.pause_replay()
    try:
        # A ledger line booked on the primary (as a lending would book it), for our own agency.
        request = pair.primary.scalar(f"""
            INSERT INTO ill_request (role, requesting_agency, requesting_request_id, library_id, status, state,
                service_type, title, request_xml, created_at, updated_at)
            SELECT 'lending', 'ISIL:XX-REPLICA', 'replica-1', id, 'Loaned', 'loaned', 'Loan', 'Replica test',
                '<request/>', {booked}, {booked} FROM org_library WHERE code = 'CEN' RETURNING id""", "pinakes")
        pair.primary.scalar(f"""
            INSERT INTO ill_ledger (request_id, requesting_request_id, booked_at, lender, borrower,
                member_library_id, service, kind, amount_cents, currency)
            SELECT {int(request.split()[0])}, 'replica-1', {booked}, '{member}', 'ISIL:XX-REPLICA', id, 'Loan',
                'loanFee', 500, 'CNY' FROM org_library WHERE code = 'CEN' RETURNING id""", "pinakes")
        assert lines() == (member, before)
    finally:
        pair.resume_replay()
    pair.wait_caught_up()
    assert lines() == (member, before + 1)


def test_the_replica_pool_opens_no_more_than_its_size_per_core(replicated):
    pair, _, _, _, _, served = replicated
    errors = []

    def search():
        try:
            for _ in range(5):
                assert served.total("history") > 5
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=search) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    opened = count(pair.replica, "SELECT count(*) FROM pg_stat_activity WHERE datname = 'pinakes' "
                                 "AND pid <> pg_backend_pid()")
    assert 1 <= opened <= POOL * len(os.sched_getaffinity(0)), opened


def test_when_the_standby_stops_reads_fall_back_to_the_primary(replicated):
    pair, _, _, _, _, served = replicated
    before = served.total("history")
    sru_before = served.sru_total("dc.title=history")
    pair.replica.stop()
    assert served.total("history") == before
    assert served.total(WORD) == 1
    assert served.sru_total("dc.title=history") == sru_before
    ready = served.json("/ready")  # still 200: the primary answers
    assert ready["status"] == "ready" and ready["replica"] == "unavailable", ready
    assert ready["replica_fallbacks"] >= 3, ready
    assert "read replica" in served.logs() and "reading from the primary" in served.logs()
    status, _, metrics = http_get(served.base + "/metrics")
    assert status == 200
    lines = [line for line in metrics.splitlines() if line.startswith("pinakes_db_replica_fallbacks_total")]
    assert lines and float(lines[0].split()[-1]) >= 3, lines


@pytest.mark.parametrize("args, env, words", [
    (["--read-database", "postgres://pinakes@127.0.0.1:1/x"], {}, ["--read-database", "PostgreSQL main database"]),
    (["--database", "postgres://pinakes@127.0.0.1:1/x", "--read-database", "mysql://u:secret@db/x"], {},
     ["--read-database", "postgres://"]),
    (["--database", "postgres://pinakes@127.0.0.1:1/x"], {"PINAKES_READ_DATABASE": "replica.sqlite"},
     ["PINAKES_READ_DATABASE", "postgres://"]),
    (["--database-pool", "0"], {}, ["--database-pool 0", "1 to 100"]),
    (["--database-pool", "101"], {}, ["--database-pool 101", "1 to 100"]),
    ([], {"PINAKES_DATABASE_POOL": "many"}, ["PINAKES_DATABASE_POOL many", "1 to 100"]),
])
@pytest.mark.parametrize("command", ["serve", "demo"])
def test_bad_replica_and_pool_options_are_refused_in_one_line(pinakes, tmp_path, command, args, env, words):
    result = pinakes(command, "--data", tmp_path / "data", "--port", str(free_port()), *args,
                     env={**os.environ, **env})
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result
    assert all(word in lines[0] for word in words), result
    assert "secret" not in result.stderr
    assert not (tmp_path / "data" / "pinakes.sqlite").exists()
