"""Z39.50 against the real YAZ tools: `pinakes demo --z3950-port` driven by yaz-client and zoomsh, the
copy-cataloguing flow (find by ISBN, fetch USMARC, import into another catalogue), diagnostics, and agreement
with the JSON search API."""

import json
import re
import shutil
import subprocess
import time
import urllib.parse

import pytest

from conftest import DemoServer, free_port, http_get, kill_group, run

Z3950_LINE_RE = re.compile(r"Z39\.50: ([0-9.]+):(\d+) \(database Default\)")

pytestmark = pytest.mark.skipif(shutil.which("yaz-client") is None, reason="Debian package yaz is not installed")


@pytest.fixture(scope="module")
def demo_z3950(pinakes_bin, tmp_path_factory):
    """The demo with Z39.50 on a port it picks (`--z3950-port 0`); `.z_port` is the port it printed."""
    data = tmp_path_factory.mktemp("demo-z3950") / "data"
    data.mkdir()
    server = DemoServer(pinakes_bin, data, extra_args=["--z3950-port", "0"]).start()
    try:
        deadline = time.monotonic() + 30
        match = Z3950_LINE_RE.search(server.stdout())
        while match is None and time.monotonic() < deadline:
            time.sleep(0.2)
            match = Z3950_LINE_RE.search(server.stdout())
        if match is None:
            pytest.fail(f"pinakes demo did not print its Z39.50 port:\n{server.logs()}")
        server.z_host, server.z_port = match.group(1), int(match.group(2))
        yield server
    finally:
        server.stop()


def api_search(server, query):
    status, _, body = http_get(server.base + "/api/v1/search?" + urllib.parse.urlencode({"q": query, "limit": 5}))
    assert status == 200, body
    return json.loads(body)


@pytest.fixture(scope="module")
def demo_book(demo_z3950):
    """A demo title with an ISBN, found through the JSON API: (isbn, title, total hits for isbn:)."""
    for word in ["history", "china", "poems", "music"]:
        for result in api_search(demo_z3950, word)["results"]:
            if result["isbns"]:
                isbn = result["isbns"][0]
                return isbn, result["title"], api_search(demo_z3950, f"isbn:{isbn}")["total"]
    pytest.fail("no demo title with an ISBN")


def yaz(server, *commands, database="Default", timeout=30):
    script = f"open tcp:{server.z_host}:{server.z_port}/{database}\n" + "\n".join(commands) + "\nclose\nquit\n"
    result = subprocess.run(["yaz-client"], input=script, capture_output=True, text=True, timeout=timeout)
    return result.stdout + result.stderr


def test_yaz_client_finds_a_demo_book_by_isbn_and_shows_it_as_usmarc(demo_z3950, demo_book):
    isbn, title, total = demo_book
    out = yaz(demo_z3950, f"find @attr 1=7 {isbn}", "format usmarc", "show 1")
    assert "Connection accepted by v3 target" in out
    assert f"Number of hits: {total}," in out
    assert "Record type: USmarc" in out
    assert isbn[3:12] in out  # the ISBN as catalogued, ISBN-10 or ISBN-13
    assert title.split(" ")[0] in out


def test_isbn_hit_count_matches_the_json_api(demo_z3950):
    for isbn_word in ["history", "china"]:
        for result in api_search(demo_z3950, isbn_word)["results"][:3]:
            for isbn in result["isbns"][:1]:
                total = api_search(demo_z3950, f"isbn:{isbn}")["total"]
                out = yaz(demo_z3950, f"find @attr 1=7 {isbn}")
                assert f"Number of hits: {total}," in out, out


def test_xml_brief_and_opac_syntaxes(demo_z3950, demo_book):
    isbn, _, _ = demo_book
    out = yaz(demo_z3950, f"find @attr 1=7 {isbn}", "format xml", "elements B", "show 1")
    assert 'Record type: XML' in out
    assert '<record xmlns="http://www.loc.gov/MARC21/slim">' in out
    assert 'tag="245"' in out and 'tag="650"' not in out and 'tag="999"' not in out
    out = yaz(demo_z3950, f"find @attr 1=7 {isbn}", "format opac", "elements F", "show 1")
    assert "Record type: OPAC" in out
    assert "localLocation:" in out and "itemId:" in out and "availableNow:" in out


def test_scan_lists_titles_in_order_with_counts(demo_z3950):
    out = yaz(demo_z3950, "scan @attr 1=4 a")
    assert "Received ScanResponse" in out
    entries = re.findall(r"^[* ] (.+) \((\d+)\)$", out, flags=re.M)
    assert len(entries) >= 10
    # The browse key folds case and punctuation like the search tokenizer; ASCII titles sort by their words.
    keys = [re.sub(r"[^0-9a-z]+", " ", name.lower()).strip() for name, _ in entries]
    assert keys == sorted(keys)
    assert keys[0] >= "a"
    assert all(int(count) >= 1 for _, count in entries)


def test_unknown_database_and_unsupported_attribute_give_diagnostics(demo_z3950):
    out = yaz(demo_z3950, "find @attr 1=4 history", database="Nowhere")
    assert "[235]" in out and "Nowhere" in out
    out = yaz(demo_z3950, "find @attr 1=9999 history")
    assert "[114]" in out
    out = yaz(demo_z3950, "find @attr 1=4 history", "elements Q", "show 1")
    assert "[25]" in out


def test_boolean_queries_narrow_and_widen(demo_z3950):
    def hits(query):
        out = yaz(demo_z3950, f"find {query}")
        match = re.search(r"Number of hits: (\d+)", out)
        assert match, out
        return int(match.group(1))

    history, china = hits("@attr 1=1016 history"), hits("@attr 1=1016 china")
    both = hits("@and @attr 1=1016 history @attr 1=1016 china")
    either = hits("@or @attr 1=1016 history @attr 1=1016 china")
    assert both <= min(history, china) and either >= max(history, china)
    assert hits("@not @attr 1=1016 history @attr 1=1016 china") == history - both


def test_zoomsh_searches_and_shows_a_record(demo_z3950, demo_book):
    isbn, _, total = demo_book
    target = f"tcp:{demo_z3950.z_host}:{demo_z3950.z_port}/Default"
    result = subprocess.run(
        ["zoomsh", f"connect {target}", "set preferredRecordSyntax usmarc", f"search @attr 1=7 {isbn}", "show 0 1",
         "quit"], capture_output=True, text=True, timeout=30)
    assert f"{total} hits" in result.stdout, result.stdout + result.stderr
    assert "syntax=USmarc" in result.stdout


def test_copy_cataloguing_a_record_into_another_catalogue(demo_z3950, demo_book, pinakes_bin, tmp_path):
    isbn, title, _ = demo_book
    dump = tmp_path / "fetched.mrc"
    yaz(demo_z3950, f"set_marcdump {dump}", f"find @attr 1=7 {isbn}", "format usmarc", "show 1")
    assert dump.exists() and dump.stat().st_size > 24
    checked = subprocess.run(["yaz-marcdump", str(dump)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and isbn[3:12] in checked.stdout, checked.stderr
    other = tmp_path / "other"
    other.mkdir()
    storage = ["--data", str(other)]
    assert run([pinakes_bin, "library", "add", "COPY", "--name", "Copy consortium", "--type", "consortium",
                *storage]).returncode == 0
    imported = run([pinakes_bin, "import", str(dump), "--library", "COPY", *storage])
    assert imported.returncode == 0, imported
    port = free_port()
    proc = subprocess.Popen([pinakes_bin, "serve", *storage, "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/search?" + urllib.parse.urlencode({"q": f"isbn:{isbn}"})
        deadline, found = time.monotonic() + 60, None
        while found is None and time.monotonic() < deadline:
            try:
                status, _, body = http_get(url, timeout=2)
                found = json.loads(body) if status == 200 else None
            except OSError:
                time.sleep(0.3)
        assert found is not None, "pinakes serve did not answer"
        assert found["total"] == 1
        assert found["results"][0]["title"] == title
    finally:
        kill_group(proc)
