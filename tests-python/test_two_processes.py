"""Two `pinakes serve` processes on one PostgreSQL database, as behind a load balancer.

The database is seeded with the demo consortium, then two serve processes run on it with `--jobs-every 1`:
- clients lending the same copies through both processes at once never get one copy lent twice, every
  accepted checkout is exactly one loan row, and every refusal is a clean 409;
- a web session, an API token and an OAI-PMH resumption token made by one process work on the other, and a
  SIP2 checkout on one lends a copy returned through the other;
- each scheduled job runs in one process at a time, at most once per due time, and goes on in the other
  process when one is killed;
- SIGTERM ends a serve process within seconds, whatever its job interval.
"""
import json
import random
import threading
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from conftest import NoRedirect, free_ports
from multi_process import (ServeProcess, assert_one_at_a_time, available, fresh_database, job_runs, pid_of, psql_rows,
                           psql_value, seed_demo)
from test_circulation_crash import api_token
from test_circulation_journey import call, fields
from test_demo import WebClient
from test_sip2_kiosk import RawKiosk, frame

THREADS = 16
ROUNDS = 3
STAMP = "20261129    120000"
OAI = {"oai": "http://www.openarchives.org/OAI/2.0/"}


@pytest.fixture(scope="module")
def seeded(pinakes_bin, tmp_path_factory):
    """A PostgreSQL database holding the demo consortium: (url, demo.json, a folder for the processes)."""
    url, drop = fresh_database()
    folder = tmp_path_factory.mktemp("two-processes")
    data = folder / "demo-data"
    data.mkdir()
    try:
        yield url, seed_demo(pinakes_bin, url, data), folder
    finally:
        drop()


@pytest.fixture(scope="module")
def pair(pinakes_bin, seeded):
    """Processes A and B serving the seeded database with the circulation jobs every second; B also serves
    SIP2 kiosks."""
    url, guide, folder = seeded
    sip2 = guide["sip2"]
    port_a, port_b = free_ports(2)
    a = ServeProcess(pinakes_bin, url, folder, port_a, ["--jobs-every", "1"])
    b = ServeProcess(pinakes_bin, url, folder, port_b,
                     ["--jobs-every", "1", "--sip2-port", "0", "--sip2-user", sip2["user"],
                      "--sip2-password", sip2["password"], "--sip2-library", sip2["location"]])
    try:
        a.start()
        b.start()
        a.started_ms = b.started_ms = int(time.time() * 1000)
        yield a, b
    finally:
        a.stop()
        b.stop()


class Tally:
    """What the clients were told, from both processes."""

    def __init__(self):
        self.lock = threading.Lock()
        self.loans, self.returns, self.statuses, self.failures = set(), set(), [], []

    def note(self, what, status, body):
        with self.lock:
            self.statuses.append((what, status))
            if status >= 500 or status not in (200, 409):
                self.failures.append((what, status, body))
            if status == 200 and what == "checkout":
                self.loans.add(body["loan"])
            if status == 200 and what == "checkin" and body.get("loan"):
                self.returns.add(body["loan"])


def contest(bases, token, readers, copy, tally):
    """All threads at once lend one copy, each to its own reader; the statuses they got."""
    start = threading.Barrier(THREADS)
    got = [None] * THREADS

    def lend(n):
        start.wait(timeout=30)
        status, body = call(bases[n % 2], token, "POST", "/api/v1/circulation/checkout",
                            {"card": readers[n]["card"], "barcode": copy["barcode"], "library": copy["library"]})
        tally.note("checkout", status, body)
        got[n] = status

    threads = [threading.Thread(target=lend, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return got


def cycles(bases, token, readers, copies, tally, seed, turns=8):
    """Every thread borrows a random copy of a few and returns it through the other process, `turns` times."""

    def client(n):
        rnd = random.Random(seed * 100 + n)
        for _ in range(turns):
            copy = rnd.choice(copies)
            status, body = call(bases[n % 2], token, "POST", "/api/v1/circulation/checkout",
                                {"card": readers[n]["card"], "barcode": copy["barcode"], "library": copy["library"]})
            tally.note("checkout", status, body)
            if status == 200:
                status, body = call(bases[(n + 1) % 2], token, "POST", "/api/v1/circulation/checkin",
                                    {"barcode": copy["barcode"], "library": copy["library"]})
                tally.note("checkin", status, body)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)


def check_loans(url, since_loan, tally):
    doubled = psql_rows(url, "SELECT copy_id, COUNT(*) FROM circ_loan WHERE ended_at IS NULL "
                             "GROUP BY copy_id HAVING COUNT(*) > 1")
    assert not doubled, f"copies with two open loans: {doubled}"
    made = {int(row[0]) for row in psql_rows(url, f"SELECT id FROM circ_loan WHERE id > {since_loan}")}
    assert made == tally.loans, (f"loans in the database but never accepted: {sorted(made - tally.loans)[:10]}; "
                                 f"accepted but missing: {sorted(tally.loans - made)[:10]}")
    if tally.returns:
        ids = ",".join(map(str, tally.returns))
        still_open = psql_rows(url, f"SELECT id FROM circ_loan WHERE id IN ({ids}) AND ended_at IS NULL")
        assert not still_open, f"accepted check-ins whose loans are still open: {still_open[:10]}"
    mismatched = psql_rows(url, """
        SELECT i.barcode, i.status, COUNT(c.id) FROM item_copy i
        LEFT JOIN circ_loan c ON c.copy_id = i.id AND c.ended_at IS NULL
        GROUP BY i.id, i.barcode, i.status HAVING (i.status = 'on-loan') <> (COUNT(c.id) = 1)""")
    assert not mismatched, f"copies whose status disagrees with their loans: {mismatched[:10]}"


def oai_page(base, **arguments):
    status, _, body = WebClient(base).request("/oai?" + urllib.parse.urlencode(arguments))
    assert status == 200, body[:500]
    root = ET.fromstring(body)
    ids = [h.findtext("oai:identifier", namespaces=OAI) for h in root.iterfind("oai:ListRecords/oai:record/oai:header", OAI)]
    return ids, root.findtext("oai:ListRecords/oai:resumptionToken", namespaces=OAI)


def assert_matches_openapi(base, listed):
    """The jobs answer validates against the JobList schema of the served OpenAPI document."""
    jsonschema = pytest.importorskip("jsonschema")
    document = json.loads(WebClient(base).request("/api/openapi.json")[2])
    schema = document["paths"]["/api/v1/jobs"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", "components": document["components"], **schema}
    errors = list(jsonschema.Draft202012Validator(root).iter_errors(listed))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert all(job["recentRuns"] and job["runs"] >= 1 for job in listed["jobs"]), listed


def test_a_session_a_token_an_oai_list_and_a_kiosk_carry_over_between_processes(pair, seeded):
    a, b = pair
    url, guide, _ = seeded
    on_a = WebClient(a.base)
    status, _, _ = on_a.sign_in("admin", "pinakes-admin")
    assert status in (302, 303)
    on_b = WebClient(b.base)
    on_b.jar = on_a.jar
    on_b.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(on_a.jar), NoRedirect)
    status, _, page = on_b.request("/staff")
    assert status == 200, "a session made on A is not known on B"
    cookie = next(c for c in on_a.jar if c.name == "pinakes_session").value
    csrf = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    assert WebClient(a.base).request("/staff", headers={"Cookie": f"pinakes_session={cookie}"})[0] == 200
    status, _, _ = on_b.request("/logout", {"csrf_token": csrf})
    assert status in (302, 303)
    status, _, _ = WebClient(a.base).request("/staff", headers={"Cookie": f"pinakes_session={cookie}"})
    assert status != 200, "signing out on B did not end the session on A"

    token = api_token(a.base)
    status, listed = call(b.base, token, "GET", "/api/v1/jobs")
    assert status == 200, listed
    assert {"circulation", "harvest", "sharing"} <= {job["name"] for job in listed["jobs"]}
    assert_matches_openapi(b.base, listed)
    staff = WebClient(b.base)
    staff.sign_in("gusu", "pinakes-staff")
    assert staff.request("/api/v1/jobs")[0] == 403, "library staff may see the jobs"

    first, resume = oai_page(a.base, verb="ListRecords", metadataPrefix="oai_dc")
    assert first and resume, "the demo's OAI list has a single page"
    on_b_next, _ = oai_page(b.base, verb="ListRecords", resumptionToken=resume)
    on_a_next, _ = oai_page(a.base, verb="ListRecords", resumptionToken=resume)
    assert on_b_next and on_b_next == on_a_next and not set(on_b_next) & set(first)

    copy = available(url, guide["items"], 1)[0]
    lender, borrower = guide["readers"][0], guide["readers"][1]
    status, lent = call(a.base, token, "POST", "/api/v1/circulation/checkout",
                        {"card": lender["card"], "barcode": copy["barcode"], "library": copy["library"]})
    assert status == 200, lent
    status, back = call(a.base, token, "POST", "/api/v1/circulation/checkin",
                        {"barcode": copy["barcode"], "library": copy["library"]})
    assert status == 200 and back.get("loan") == lent["loan"], back
    kiosk = RawKiosk(*b.sip2_address())
    try:
        sip2 = guide["sip2"]
        assert kiosk.send(frame(f"9300CN{sip2['user']}|CO{sip2['password']}|CP{sip2['location']}|AY0AZ")).startswith("941")
        answer = kiosk.send(frame(f"11NN{STAMP}{STAMP}AO{copy['library']}|AA{borrower['card']}|AB{copy['barcode']}"
                                  f"|AC|AY1AZ"))
        assert answer.startswith("121"), fields(answer)
    finally:
        kiosk.close()
    status, back = call(a.base, token, "POST", "/api/v1/circulation/checkin",
                        {"barcode": copy["barcode"], "library": copy["library"]})
    assert status == 200 and back.get("loan") and back["loan"] != lent["loan"], back


def test_clients_on_both_processes_never_get_one_copy_lent_twice(pair, seeded):
    a, b = pair
    url, guide, _ = seeded
    token = api_token(a.base)
    bases = [a.base, b.base]
    readers = guide["readers"][:THREADS]
    assert len(readers) == THREADS, "the demo has too few readers"
    since_loan = int(psql_value(url, "SELECT COALESCE(MAX(id), 0) FROM circ_loan"))
    tally = Tally()
    used = set()
    for round_number in range(ROUNDS):
        copy = available(url, guide["items"], 1, exclude=used)[0]
        used.add(copy["barcode"])
        got = contest(bases, token, readers, copy, tally)
        assert sorted(got).count(200) == 1, f"round {round_number}: {got}"
        assert all(s == 409 for s in got if s != 200), got
        status, body = call(a.base, token, "POST", "/api/v1/circulation/checkin",
                            {"barcode": copy["barcode"], "library": copy["library"]})
        tally.note("checkin", status, body)
        assert status == 200, body
        pool = available(url, guide["items"], 4, exclude=used)
        cycles(bases, token, readers, pool, tally, seed=round_number)
        assert not tally.failures, f"unclean answers: {tally.failures[:10]}"
        check_loans(url, since_loan, tally)
    lent = [s for what, s in tally.statuses if what == "checkout" and s == 200]
    refused = [s for what, s in tally.statuses if what == "checkout" and s == 409]
    assert len(lent) >= ROUNDS * 4 and len(refused) >= ROUNDS * (THREADS - 1), (len(lent), len(refused))


def test_each_job_runs_in_one_process_at_a_time_and_survives_a_kill(pair, seeded):
    a, b = pair
    url, _, _ = seeded
    since = max(a.started_ms, int(time.time() * 1000) - 60_000)
    time.sleep(9)
    until = int(time.time() * 1000)
    runs = [r for r in job_runs(url, "circulation", since) if r[2] <= until]
    assert_one_at_a_time(runs, 1000)
    elapsed = (until - since) / 1000
    assert 3 <= len(runs) <= elapsed + 1, f"{len(runs)} circulation runs in {elapsed:.1f} s"
    holders = {r[1] for r in job_runs(url, "circulation", a.started_ms)}
    assert {pid_of(h) for h in holders} <= {a.proc.pid, b.proc.pid}, holders
    for name, interval in (("sharing", 30_000), ("harvest", 300_000)):
        assert_one_at_a_time(job_runs(url, name, 0), interval)

    # Kill -9 the process that holds the circulation lease, mid-run if we catch one.
    victim, mid_run = None, False
    deadline = time.monotonic() + 20
    while victim is None and time.monotonic() < deadline:
        rows = psql_rows(url, "SELECT holder FROM job_lease WHERE name = 'circulation' AND holder <> ''")
        if rows:
            victim = a if pid_of(rows[0][0]) == a.proc.pid else b
            victim.kill9()
            # The run may have ended between the read and the kill: it was caught mid-run only if the dead
            # process still holds the lease (a finished run frees it in the transaction that records its end).
            held = psql_rows(url, "SELECT holder FROM job_lease WHERE name = 'circulation' AND holder <> ''")
            mid_run = bool(held) and pid_of(held[0][0]) == victim.proc.pid
        else:
            time.sleep(0.02)
    if victim is None:
        victim = a
        victim.kill9()
    survivor = b if victim is a else a
    print(f"{len(runs)} circulation runs in {elapsed:.1f} s by {len(holders)} holders; killed "
          f"{'A' if victim is a else 'B'} {'mid-run' if mid_run else 'between runs'}")
    killed_at = int(time.time() * 1000)
    # The survivor runs the job again: at once, or after the dead holder's 30 s lease has expired.
    deadline = time.monotonic() + 75
    after = []
    while len(after) < 3 and time.monotonic() < deadline:
        time.sleep(1)
        after = [r for r in job_runs(url, "circulation", killed_at) if r[4] == "ok"]
    assert len(after) >= 3, f"no circulation runs after the kill (mid-run: {mid_run}):\n{survivor.logs()[-2000:]}"
    assert all(pid_of(r[1]) == survivor.proc.pid for r in after), after
    if mid_run:
        left = psql_rows(url, f"SELECT outcome, finished_at FROM job_run WHERE name = 'circulation' "
                              f"AND holder LIKE '%:{victim.proc.pid}:%' AND finished_at IS NULL")
        assert left, "the killed run is not left open in the history"
    assert_one_at_a_time(job_runs(url, "circulation", since), 1000)
    status, took = survivor.terminate()
    assert status == 0 and took < 10, (status, took)


def test_sigterm_ends_a_serve_process_within_seconds_whatever_its_job_interval(pinakes_bin, seeded):
    url, _, folder = seeded
    for every in ("300", "1"):
        server = ServeProcess(pinakes_bin, url, folder, free_ports(1)[0], ["--jobs-every", every]).start()
        try:
            time.sleep(2)  # past the first runs, into the waits between them
            status, took = server.terminate()
            assert status == 0, server.logs()[-2000:]
            assert took < 5, f"--jobs-every {every}: SIGTERM took {took:.1f} s"
        finally:
            server.stop()
