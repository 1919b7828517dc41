""""Harvest now" does not hold the librarian's request: the run starts, the answer comes at once, and the pages
arrive while the run's page reloads itself. A provider that keeps its second page back shows it: the run is
`running` with one page stored, a second "harvest now" of the source is refused, and once the page comes the run
ends `finished`, its records counted in the import metrics. A server stopped (SIGTERM) during a harvest exits
promptly, and the run says it was stopped, with its first page kept; the source can be harvested again at once."""
import http.server
import os
import re
import threading
import time
import urllib.parse

import pytest

from conftest import http_get, kill_group
from sharing_nodes import RECORD
from test_demo import WebClient
from test_harvest import Node
from test_harvest_pages import cli, csrf
from test_observability import scrape, value

PASSWORD = "background-admin-pw"
OAI = "http://www.openarchives.org/OAI/2.0/"


def record(number):
    marc = RECORD.format(id=f"bg{number}", title=f"Slow provider volume {number}", author="Xuanzang",
                         publisher="Publisher", numbers="", items="")
    return (f"<record><header><identifier>oai:slow:bg{number}</identifier>"
            f"<datestamp>2020-01-01T00:00:00Z</datestamp></header><metadata>{marc}</metadata></record>")


def response(verb, body):
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return (f'<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="{OAI}"><responseDate>{stamp}</responseDate>'
            f'<request verb="{verb}">http://slow/oai</request>{body}</OAI-PMH>').encode()


class SlowProvider:
    """An OAI-PMH provider whose first ListRecords page comes at once and whose second waits for `release()`."""

    def __init__(self):
        self.second_page = threading.Event()
        self.asked_second = threading.Event()
        provider = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
                verb = query.get("verb", [""])[0]
                if verb == "Identify":
                    body = response(verb, "<Identify><repositoryName>Slow</repositoryName><baseURL>http://slow/oai"
                                          "</baseURL><protocolVersion>2.0</protocolVersion><earliestDatestamp>"
                                          "2020-01-01T00:00:00Z</earliestDatestamp><deletedRecord>no</deletedRecord>"
                                          "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>")
                elif "resumptionToken" in query:
                    provider.asked_second.set()
                    if not provider.second_page.wait(timeout=120):
                        return
                    body = response(verb, f"<ListRecords>{record(2)}<resumptionToken/></ListRecords>")
                else:
                    body = response(verb, f"<ListRecords>{record(1)}"
                                          f"<resumptionToken>page-2</resumptionToken></ListRecords>")
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/xml; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the harvester hung up (its server was stopped)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/oai"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def hold_back(self):
        self.second_page.clear()
        self.asked_second.clear()

    def release(self):
        self.second_page.set()

    def stop(self):
        self.second_page.set()
        self.server.shutdown()


def field(page, name):
    found = re.search(rf'id="run-{name}">([^<]*)<', page)
    assert found, page
    return found[1]


def wait_for_status(client, location, wanted, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        status, _, page = client.request(location)
        assert status == 200, page
        if field(page, "status") == wanted or time.monotonic() > deadline:
            return page
        time.sleep(0.2)


@pytest.fixture
def provider():
    slow = SlowProvider()
    yield slow
    slow.stop()


def test_harvest_now_answers_at_once_and_the_run_page_follows_the_harvest(pinakes_bin, tmp_path, provider):
    data = tmp_path / "data"
    data.mkdir()
    cli(pinakes_bin, data, "library", "add", "DEST", "--name", "Harvesting library")
    cli(pinakes_bin, data, "user", "add", "admin", "--role", "admin", "--name", "Harvest admin",
        env=dict(os.environ, PINAKES_PASSWORD=PASSWORD))
    node = Node(pinakes_bin, data)
    try:
        client = WebClient(node.base)
        assert client.sign_in("admin", PASSWORD)[0] in (302, 303)
        token = csrf(client.request("/staff/harvests")[2])
        status, headers, _ = client.request("/staff/harvests", {
            "csrf_token": token, "baseURL": provider.base, "library": "DEST", "prefix": "marc21",
            "intervalHours": "24"})
        assert status == 302, status
        source = re.search(r'id="harvest-(\d+)"', client.request("/staff/harvests")[2])[1]

        before = scrape(node.base)
        provider.hold_back()
        status, headers, _ = client.request(f"/staff/harvests/{source}/harvest", {"csrf_token": token})
        assert status == 302 and headers["Location"].startswith("/staff/harvests/runs/"), (status, headers)
        location = headers["Location"]
        assert provider.asked_second.wait(timeout=30), "the harvest never asked for its second page"
        assert not provider.second_page.is_set()  # answered while the provider still holds page 2 back
        status, _, page = client.request(location)
        assert status == 200 and field(page, "status") == "running" and field(page, "pages") == "1", page
        assert '<meta http-equiv="refresh" content="2">' in page
        status, _, refused = client.request(f"/staff/harvests/{source}/harvest", {"csrf_token": token})
        assert status == 409 and "being harvested" in refused, (status, refused)

        provider.release()
        page = wait_for_status(client, location, "finished")
        assert field(page, "status") == "finished" and field(page, "pages") == "2" and field(page, "new") == "2"
        assert 'http-equiv="refresh"' not in page
        after = scrape(node.base)  # each committed page counts in the import metrics, the run once it ends
        for outcome in ("read", "new"):
            moved = value(after, "pinakes_import_records_total", outcome=outcome) - value(
                before, "pinakes_import_records_total", outcome=outcome)
            assert moved == 2, (outcome, moved)
        assert value(after, "pinakes_import_runs_total") - value(before, "pinakes_import_runs_total") == 1
        status, _, body = http_get(node.base + "/api/v1/search?q=" + urllib.parse.quote("Slow provider"))
        assert status == 200 and '"total":2' in body.replace(" ", ""), body

        # Stopped mid-harvest: the server exits promptly and the run says so.
        provider.hold_back()
        status, headers, _ = client.request(f"/staff/harvests/{source}/harvest", {"csrf_token": token})
        assert status == 302, status
        stopped_location = headers["Location"]
        assert provider.asked_second.wait(timeout=30)
        node.proc.terminate()
        assert node.proc.wait(timeout=20) == 0
    finally:
        kill_group(node.proc)
    provider.release()
    node = Node(pinakes_bin, data)
    try:
        client = WebClient(node.base)
        assert client.sign_in("admin", PASSWORD)[0] in (302, 303)
        status, _, page = client.request(stopped_location)
        assert status == 200 and field(page, "status") == "failed" and field(page, "pages") == "1", page
        assert "stopped: the server shut down during the harvest" in page
        token = csrf(client.request("/staff/harvests")[2])
        status, headers, _ = client.request(f"/staff/harvests/{source}/harvest", {"csrf_token": token})
        assert status == 302, status  # the source is not left marked as being harvested
        page = wait_for_status(client, headers["Location"], "finished")
        assert field(page, "status") == "finished", page
    finally:
        kill_group(node.proc)
