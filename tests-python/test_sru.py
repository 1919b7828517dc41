"""SRU at /sru against a running demo, through real SRU clients: responses validated against the OASIS SRU 2.0
schemas, MARC21slim and YAZ's OPAC XML schema; yaz-client (GET and POST), zoomsh and sruthi fetch records.
"""
import json
import shutil
import subprocess
import urllib.parse
import urllib.request

import pytest
import sruthi
from lxml import etree

from conftest import SHARED_SCHEMAS

SRU1 = "http://www.loc.gov/zing/srw/"
SRU2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse"
MARC = "http://www.loc.gov/MARC21/slim"
NS = {"srw": SRU1, "sru": SRU2, "marc": MARC, "zr": "http://explain.z3950.org/dtd/2.0/",
      "dc": "http://purl.org/dc/elements/1.1/", "srw_dc": "info:srw/schema/1/dc-schema",
      "diag": "http://docs.oasis-open.org/ns/search-ws/diagnostic"}
OASIS_SCHEMAS = "http://docs.oasis-open.org/search-ws/searchRetrieve/v1.0/csd01/schemas/"

needs_schemas = pytest.mark.skipif(not (SHARED_SCHEMAS / "sru").is_dir(), reason="../shared/schemas is absent")
needs_yaz = pytest.mark.skipif(shutil.which("yaz-client") is None, reason="yaz-client is not installed")


class LocalSchemas(etree.Resolver):
    """Resolves the OASIS import URLs of sruResponse.xsd to the staged copies (the tests run offline)."""

    def resolve(self, url, pubid, context):
        if url.startswith(OASIS_SCHEMAS):
            return self.resolve_filename(str(SHARED_SCHEMAS / "sru" / url[len(OASIS_SCHEMAS):]), context)
        return None


def schema(path):
    parser = etree.XMLParser()
    parser.resolvers.add(LocalSchemas())
    return etree.XMLSchema(etree.parse(str(path), parser))


@pytest.fixture(scope="module")
def schemas():
    if not (SHARED_SCHEMAS / "sru").is_dir():
        pytest.skip("../shared/schemas is absent")
    return {"sru": schema(SHARED_SCHEMAS / "sru" / "sruResponse.xsd"),
            "marc": schema(SHARED_SCHEMAS / "marcxml" / "MARC21slim.xsd"),
            "opac": schema(SHARED_SCHEMAS / "marcxml" / "opacxml.xsd")}


def sru(server, method="GET", **params):
    """The parsed XML answer to an SRU request; every SRU answer is HTTP 200 XML."""
    data = urllib.parse.urlencode(params)
    if method == "GET":
        request = urllib.request.Request(f"{server.base}/sru?{data}")
    else:
        request = urllib.request.Request(f"{server.base}/sru", data=data.encode(), method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
        assert response.headers.get_content_type() in ("application/xml", "text/xml")
        return etree.fromstring(response.read())


def api_search(server, cql, limit=20):
    query = urllib.parse.urlencode({"cql": cql, "limit": limit, "facets": "false"}, quote_via=urllib.parse.quote)
    status, _, body = server.get(f"/api/v1/search?{query}")
    assert status == 200, body
    return json.loads(body)


@pytest.fixture(scope="module")
def demo_isbn(demo_server):
    """An ISBN of a demo title that only one title carries, and that title."""
    for result in api_search(demo_server, "dc.title=history", limit=100)["results"]:
        for isbn in result["isbns"]:
            if api_search(demo_server, f"bath.isbn={isbn}")["total"] == 1:
                return isbn, result
    pytest.fail("no demo title with an ISBN of its own")


def assert_valid(validator, element):
    assert validator.validate(element), validator.error_log


def test_explain_is_answered_with_no_parameters(demo_server):
    root = sru(demo_server)
    assert root.tag == f"{{{SRU1}}}explainResponse"
    assert root.findtext("srw:version", namespaces=NS) == "1.2"
    explain = root.find("srw:record/srw:recordData/zr:explain", NS)
    assert explain.findtext("zr:serverInfo/zr:port", namespaces=NS) == str(demo_server.port)
    names = {f"{n.get('set')}.{n.text}" for n in explain.iterfind(".//zr:index/zr:map/zr:name", NS)}
    assert {"dc.title", "dc.creator", "dc.subject", "bath.isbn", "bath.issn", "dc.date", "dc.publisher",
            "cql.anywhere", "cql.allRecords", "pinakes.library", "dc.language", "dc.format"} <= names


@needs_schemas
def test_version_2_responses_are_valid_against_the_oasis_schemas(demo_server, schemas):
    assert_valid(schemas["sru"], sru(demo_server, version="2.0", operation="explain"))
    for packing in ("xml", "string"):
        root = sru(demo_server, version="2.0", query="dc.title=history", maximumRecords=5,
                   recordXMLEscaping=packing)
        assert_valid(schemas["sru"], root)
        assert int(root.findtext("sru:numberOfRecords", namespaces=NS)) > 5
        assert root.findtext("sru:nextRecordPosition", namespaces=NS) == "6"
        data = root.findall("sru:records/sru:record/sru:recordData", NS)
        assert len(data) == 5
        for record in data:
            marc = record[0] if packing == "xml" else etree.fromstring(record.text.encode())
            assert marc.tag == f"{{{MARC}}}record"
            assert_valid(schemas["marc"], marc)
    failed = sru(demo_server, version="2.0", query="dc.title=")
    assert_valid(schemas["sru"], failed)
    assert failed.findtext("sru:diagnostics/diag:diagnostic/diag:uri", namespaces=NS) == "info:srw/diagnostic/1/10"


@needs_schemas
def test_opac_records_are_valid_and_show_each_copy(demo_server, schemas):
    root = sru(demo_server, "POST", version="2.0", query="dc.title=history", maximumRecords=5,
               recordSchema="opacxml")
    assert_valid(schemas["sru"], root)
    records = root.findall("sru:records/sru:record/sru:recordData/opacRecord", NS)
    assert len(records) == 5
    for record in records:
        assert_valid(schemas["opac"], record)
        assert_valid(schemas["marc"], record.find("bibliographicRecord/marc:record", NS))
        holdings = record.findall("holdings/holding")
        assert holdings and all(h.findtext("circulations/circulation/itemId") for h in holdings)
        assert all(h.find("circulations/circulation/availableNow").get("value") in ("0", "1") for h in holdings)


def test_dublin_core_titles_match_the_search_api_in_order(demo_server):
    cql = "dc.title=history sortBy dc.title"
    api = api_search(demo_server, cql, limit=10)
    root = sru(demo_server, version="1.2", operation="searchRetrieve", query=cql, maximumRecords=10,
               recordSchema="dc")
    assert int(root.findtext("srw:numberOfRecords", namespaces=NS)) == api["total"]
    titles = [dc.findtext("dc:title", namespaces=NS)
              for dc in root.iterfind("srw:records/srw:record/srw:recordData/srw_dc:dc", NS)]
    assert titles == [r["title"] for r in api["results"]]


def test_sruthi_reads_explain_and_pages_through_results(demo_server):
    url = f"{demo_server.base}/sru"
    info = sruthi.explain(url)
    assert info.server["port"] == demo_server.port and info.server["database"] == "sru"
    assert info.config["maximumRecords"] == 100 and "marcxml" in info.schema
    total = api_search(demo_server, "dc.title=history")["total"]
    assert 10 < total < 200, "pick a query with a few pages"
    records = sruthi.searchretrieve(url, query="dc.title=history")
    assert records.count == total
    fetched = list(records)
    assert len(fetched) == total and all(r["schema"] == "info:srw/schema/1/marcxml-v1.1" for r in fetched)
    with pytest.raises(sruthi.errors.SruError):
        sruthi.searchretrieve(url, query="nosuch.index=x")


def yaz_client(url, commands):
    done = subprocess.run(["yaz-client", url], input="\n".join(commands + ["quit"]) + "\n",
                          capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


@needs_yaz
@pytest.mark.parametrize("method", ["get", "post"])
def test_yaz_client_fetches_a_record_by_isbn(demo_server, demo_isbn, method):
    isbn, result = demo_isbn
    out = yaz_client(f"http://127.0.0.1:{demo_server.port}/sru",
                     [f"sru {method} 1.2", "querytype cql", "format xml", "schema marcxml",
                      f"find bath.isbn={isbn}", "show 1"])
    assert "Number of hits: 1" in out, out
    assert '<datafield tag="020"' in out and '<datafield tag="245"' in out, out
    assert result["title"].split(" ")[0] in out, out
    wrong = yaz_client(f"http://127.0.0.1:{demo_server.port}/sru",
                       [f"sru {method} 1.2", "querytype cql", "find nosuch.index=x"])
    assert "SRW diagnostic info:srw/diagnostic/1/16" in wrong and "nosuch.index" in wrong, wrong


@needs_yaz
@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_zoomsh_searches_and_shows_over_sru(demo_server, demo_isbn, version):
    """zoomsh sends a query written `cql:…` as CQL (a bare one is PQF, which this server does not take)."""
    isbn, result = demo_isbn
    done = subprocess.run(
        ["zoomsh", "set sru get", f"set sru_version {version}", "set preferredRecordSyntax xml",
         "set schema marcxml", f"connect http://127.0.0.1:{demo_server.port}/sru", f"search cql:bath.isbn={isbn}",
         "show 0 1", "quit"],
        capture_output=True, text=True, timeout=60)
    out = done.stdout + done.stderr
    assert ": 1 hits" in out, out
    assert "<leader>" in out and result["title"].split(" ")[0] in out, out
