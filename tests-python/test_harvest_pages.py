"""The staff pages of scheduled harvests against a real provider: an administrator of a second Pinakes node adds
the first node's `/oai` as a source on /staff/harvests, presses "harvest now", reads the run's counts on its page,
and finds the harvested records in the second node's search."""
import os
import re
import time

from conftest import run
from sharing_nodes import marcxml
from test_demo import WebClient
from test_harvest import Node

PASSWORD = "harvest-admin-pw"
RECORDS = [(f"hp{n}", f"Zanzibar voyages volume {n}", "Ibn Battuta", None, None, []) for n in range(1, 4)]


def cli(binary, data, *args, env=None):
    result = run([binary, *args, "--data", str(data)], env=env)
    assert result.returncode == 0, result
    return result


def csrf(page):
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, "the page carries no csrf_token"
    return token[1]


def test_harvest_now_on_the_staff_page_brings_the_first_nodes_records(pinakes_bin, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    records = tmp_path / "records.xml"
    records.write_text(marcxml(RECORDS), encoding="utf-8")
    cli(pinakes_bin, first, "library", "add", "SRC", "--name", "Source consortium")
    cli(pinakes_bin, first, "import", str(records), "--library", "SRC")
    cli(pinakes_bin, second, "library", "add", "DEST", "--name", "Harvesting consortium")
    cli(pinakes_bin, second, "user", "add", "admin", "--role", "admin", "--name", "Harvest admin",
        env=dict(os.environ, PINAKES_PASSWORD=PASSWORD))
    time.sleep(1.1)  # the provider lists records stamped before the second it answers in
    provider, harvester = Node(pinakes_bin, first), Node(pinakes_bin, second)
    try:
        assert harvester.total("Zanzibar") == 0
        client = WebClient(harvester.base)
        status, _, _ = client.sign_in("admin", PASSWORD)
        assert status in (302, 303), status
        status, _, page = client.request("/staff/harvests")
        assert status == 200 and 'id="no-sources"' in page, page
        token = csrf(page)
        status, _, refused = client.request("/staff/harvests", {
            "csrf_token": token, "baseURL": "not a url", "library": "DEST", "prefix": "marc21",
            "intervalHours": "24"})
        assert status == 400 and 'id="problem-baseURL"' in refused
        status, headers, _ = client.request("/staff/harvests", {
            "csrf_token": token, "baseURL": provider.base + "/oai", "library": "DEST", "prefix": "marc21",
            "intervalHours": "24", "enabled": "true"})
        assert status == 302 and headers["Location"] == "/staff/harvests?done=added"
        status, _, page = client.request("/staff/harvests")
        source = re.search(r'id="harvest-(\d+)"', page)
        assert status == 200 and source and provider.base + "/oai" in page, page
        status, headers, _ = client.request(f"/staff/harvests/{source[1]}/harvest", {"csrf_token": token})
        assert status == 302 and headers["Location"].startswith("/staff/harvests/runs/"), (status, headers)
        # The harvest goes on after the answer; its page reloads itself until the run has ended.
        deadline = time.monotonic() + 60
        while True:
            status, _, run_page = client.request(headers["Location"])
            assert status == 200, run_page
            if 'id="run-status">running<' not in run_page or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert re.search(r'id="run-status">finished<', run_page), run_page
        assert re.search(r'id="run-new">3<', run_page) and re.search(r'id="run-rejected">0<', run_page), run_page
        assert re.search(r'id="run-pages">1<', run_page), run_page
        status, _, page = client.request("/staff/harvests?lang=zh")
        assert status == 200 and "已完成" in page and "定时采集" in page
        assert harvester.total("Zanzibar") == 3
    finally:
        provider.stop()
        harvester.stop()
