"""`pinakes harvest` against real OAI-PMH providers: one built on the PyPI oai-repo library serving the Evergreen
concerto records (marc21 and oai_dc) and the Caltech oai_dc records, a provider that asks for patience (503 +
Retry-After) and one whose page breaks, and another Pinakes node's `/oai`."""
import http.server
import json
import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import SHARED_DATA, free_port, http_get, kill_group

HERE = Path(__file__).resolve().parent
needs_shared = pytest.mark.skipif(
    not (SHARED_DATA / "evergreen" / "marcxml" / "concerto_bibs.xml").exists(), reason="needs /work/shared/data")
SUMMARY = re.compile(r"pages (\d+), new (\d+), updated (\d+), unchanged (\d+), deleted (\d+), rejected (\d+)")


class Provider:
    """tests-python/oai_provider.py as a child process."""

    def __init__(self, *args, port=None):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}/oai"
        self.proc = subprocess.Popen([sys.executable, str(HERE / "oai_provider.py"), "--port", str(self.port), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if http_get(self.base + "?verb=Identify", timeout=2)[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        pytest.fail("the oai-repo provider did not start")

    def stop(self):
        kill_group(self.proc)


@pytest.fixture
def library(pinakes, data_dir):
    assert pinakes("library", "add", "CONS", "--name", "Consortium", "--data", data_dir).returncode == 0
    assert pinakes("library", "add", "ARC", "--name", "Archive", "--type", "archive", "--data", data_dir).returncode == 0
    return data_dir


def counts(result):
    match = SUMMARY.search(result.stdout)
    assert match, result
    return dict(zip(["pages", "new", "updated", "unchanged", "deleted", "rejected"], map(int, match.groups())))


def rows(data_dir, query, *args):
    with sqlite3.connect(data_dir / "pinakes.sqlite") as db:
        return db.execute(query, args).fetchall()


def titles(data_dir):
    return {source: title for source, title in rows(
        data_dir, "SELECT source_id, title FROM bib_source_record r JOIN org_library l ON l.id = r.library_id "
                  "WHERE l.code = 'ARC' AND NOT r.deleted")}


@needs_shared
def test_marc21_harvest_stores_every_concerto_record_and_reharvest_changes_nothing(pinakes, library):
    provider = Provider("--limit", "40")
    try:
        first = pinakes("harvest", provider.base, "--library", "ARC", "--set", "concerto", "--data", library)
        again = pinakes("harvest", provider.base, "--library", "ARC", "--set", "concerto", "--from", "2019-01-01",
                        "--data", library)
    finally:
        provider.stop()
    assert first.returncode == 0, first
    got = counts(first)
    expected = len(re.findall(r"<record>", (SHARED_DATA / "evergreen/marcxml/concerto_bibs.xml").read_text()))
    assert got["new"] == expected and got["pages"] == -(-expected // 40), first
    stored = titles(library)
    assert len(stored) == expected
    assert stored["oai:concerto:1"].startswith("La canzone italiana del Novecento")
    assert counts(again)["unchanged"] == expected and counts(again)["new"] == 0, again
    # the harvest went through the catalogue importer: one import run per harvest, records in clusters
    assert rows(library, "SELECT COUNT(*) FROM bib_source_record WHERE cluster_id IS NULL")[0][0] == 0
    assert rows(library, "SELECT status, records_new FROM bib_import_run ORDER BY id")[0] == ("finished", expected)


@needs_shared
def test_oai_dc_harvest_builds_marc_records_that_search_finds(pinakes, library, pinakes_bin):
    provider = Provider()
    try:
        result = pinakes("harvest", provider.base, "--library", "ARC", "--prefix", "oai_dc", "--set", "caltech",
                         "--data", library)
    finally:
        provider.stop()
    assert result.returncode == 0, result
    assert counts(result)["new"] == 100
    assert titles(library)["oai:caltech.library.caltech.edu:4".replace("caltech.library", "caltechcstr.library")] \
        == "A Language Processor and a Sample Language"
    port = free_port()
    server = subprocess.Popen([pinakes_bin, "serve", "--data", str(library), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        body = ""
        for _ in range(100):
            try:
                status, _, body = http_get(f"http://127.0.0.1:{port}/api/v1/search?q=language%20processor")
                if status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        assert "A Language Processor and a Sample Language" in body
    finally:
        kill_group(server)


@needs_shared
def test_incremental_harvest_brings_only_changed_and_deleted_records(pinakes, library):
    provider = Provider()
    try:
        assert pinakes("harvest", provider.base, "--library", "ARC", "--set", "concerto", "--data", library).returncode == 0
    finally:
        provider.stop()
    time.sleep(1.1)  # the changes get a datestamp after the first harvest's responseDate
    provider = Provider("--delete", "oai:concerto:2", "--retitle", "oai:concerto:3=Harvested again",
                        "--delete", "oai:concerto:unknown-never-stored", port=provider.port)
    try:
        result = pinakes("harvest", provider.base, "--library", "ARC", "--set", "concerto", "--data", library)
    finally:
        provider.stop()
    assert result.returncode == 0, result
    got = counts(result)
    assert (got["new"], got["updated"], got["deleted"], got["pages"]) == (0, 1, 1, 1), result
    assert "deletions of unknown records skipped 1" in result.stdout, result
    stored = titles(library)
    assert "oai:concerto:2" not in stored and stored["oai:concerto:3"].startswith("Harvested again")
    assert rows(library, "SELECT COUNT(*) FROM bib_source_version")[0][0] == 2


class FlakyProvider(http.server.BaseHTTPRequestHandler):
    """Answers 503 + Retry-After to the first request, then serves pages from a dict, counting requests."""
    pages = {}
    requests = []

    def do_GET(self):
        FlakyProvider.requests.append((time.monotonic(), self.path))
        if len(FlakyProvider.requests) == 1:
            self.send_response(503)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        token = re.search(r"resumptionToken=([^&]*)", self.path)
        body = FlakyProvider.pages[token.group(1) if token else "first"].encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def page(records, token=""):
    entries = "".join(
        f"<record><header><identifier>oai:flaky:{n}</identifier><datestamp>2024-01-01</datestamp></header>"
        f"<metadata><oai_dc:dc xmlns:oai_dc='http://www.openarchives.org/OAI/2.0/oai_dc/' "
        f"xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>Flaky title {n}</dc:title></oai_dc:dc></metadata>"
        f"</record>" for n in records)
    return ("<?xml version='1.0'?><OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'>"
            "<responseDate>2024-02-02T10:00:00Z</responseDate><request>x</request>"
            f"<ListRecords>{entries}<resumptionToken>{token}</resumptionToken></ListRecords></OAI-PMH>")


@pytest.fixture
def flaky():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FlakyProvider)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    FlakyProvider.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}/oai"
    server.shutdown()


def test_503_with_retry_after_is_waited_out_then_every_page_is_stored(pinakes, library, flaky):
    FlakyProvider.pages = {"first": page([1, 2], "p2"), "p2": page([3])}
    result = pinakes("harvest", flaky, "--library", "ARC", "--prefix", "oai_dc", "--data", library)
    assert result.returncode == 0, result
    assert counts(result)["new"] == 3 and counts(result)["pages"] == 2
    waited = FlakyProvider.requests[1][0] - FlakyProvider.requests[0][0]
    assert waited >= 0.9, FlakyProvider.requests
    assert sorted(titles(library).values()) == ["Flaky title 1", "Flaky title 2", "Flaky title 3"]


def test_a_broken_page_fails_with_url_and_token_and_stores_nothing_of_it(pinakes, library, flaky):
    broken = page([5, 6]).replace("</ListRecords>", "")  # not well-formed
    FlakyProvider.pages = {"first": page([4], "tok-2"), "tok-2": broken}
    result = pinakes("harvest", flaky, "--library", "ARC", "--prefix", "oai_dc", "--data", library)
    assert result.returncode == 1, result
    assert flaky in result.stderr and "resumptionToken tok-2" in result.stderr and "malformed XML" in result.stderr
    assert sorted(titles(library).values()) == ["Flaky title 4"]
    status, last_from = rows(library, "SELECT last_status, last_from FROM harvest_source")[0]
    assert status == "failed" and last_from is None
    assert rows(library, "SELECT status, pages FROM harvest_run")[0] == ("failed", 1)


def test_provider_errors_and_unknown_library_are_reported(pinakes, library, flaky):
    FlakyProvider.pages = {"first": "<?xml version='1.0'?><OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'>"
                                    "<responseDate>2024-02-02T10:00:00Z</responseDate>"
                                    "<error code='cannotDisseminateFormat'>no marc21 here</error></OAI-PMH>"}
    result = pinakes("harvest", flaky, "--library", "ARC", "--data", library)
    assert result.returncode == 1 and "cannotDisseminateFormat: no marc21 here" in result.stderr, result
    result = pinakes("harvest", flaky, "--library", "NOPE", "--data", library)
    assert result.returncode != 0 and "NOPE" in result.output, result


class Node:
    """`pinakes serve` on a data folder, on a free port."""

    def __init__(self, binary, data):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([binary, "serve", "--data", str(data), "--port", str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        for _ in range(300):
            try:
                if http_get(self.base + "/health", timeout=2)[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        pytest.fail("pinakes serve did not start")

    def total(self, query):
        status, _, body = http_get(self.base + "/api/v1/search?q=" + urllib.request.quote(query))
        assert status == 200, body
        return json.loads(body)["total"]

    def stop(self):
        kill_group(self.proc)


@needs_shared
def test_a_second_node_builds_its_catalogue_from_the_first_and_then_only_the_new_records(
        pinakes, pinakes_bin, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    assert pinakes("library", "add", "CONS", "--name", "First consortium", "--data", first).returncode == 0
    concerto = SHARED_DATA / "evergreen" / "marcxml" / "concerto_bibs.xml"
    assert pinakes("import", concerto, "--library", "CONS", "--data", first).returncode == 0
    assert pinakes("library", "add", "WHU", "--name", "Second consortium", "--data", second).returncode == 0
    time.sleep(1.1)  # the provider lists records stamped before the second it answers in
    node = Node(pinakes_bin, first)
    try:
        assert http_get(node.base + "/oai?verb=Identify")[0] == 200
        result = pinakes("harvest", node.base + "/oai", "--library", "WHU", "--data", second, timeout=600)
        assert result.returncode == 0, result
        expected = len(re.findall(r"<record>", concerto.read_text()))
        assert counts(result)["new"] == expected, result
        time.sleep(1.1)  # the next import's datestamps come after this harvest's responseDate
        serials = SHARED_DATA / "evergreen" / "marcxml" / "serials_marc21.xml"
        imported = pinakes("import", serials, "--library", "CONS", "--data", first)
        assert imported.returncode == 0, imported
        added = int(re.search(r"new (\d+)", imported.stdout).group(1))
        time.sleep(1.1)
        again = pinakes("harvest", node.base + "/oai", "--library", "WHU", "--data", second, timeout=600)
        assert again.returncode == 0, again
        assert counts(again)["new"] == added and counts(again)["unchanged"] == 0, again
        title_word = "Novecento"
        on_first = node.total(title_word)
    finally:
        node.stop()
    with sqlite3.connect(first / "pinakes.sqlite") as db:
        first_count = db.execute("SELECT COUNT(*) FROM bib_source_record WHERE NOT deleted").fetchone()[0]
    with sqlite3.connect(second / "pinakes.sqlite") as db:
        second_count = db.execute("SELECT COUNT(*) FROM bib_source_record WHERE NOT deleted").fetchone()[0]
    assert first_count == second_count == expected + added
    node = Node(pinakes_bin, second)
    try:
        assert on_first > 0 and node.total(title_word) == on_first
    finally:
        node.stop()
