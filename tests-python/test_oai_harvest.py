"""`/oai`, the OAI-PMH 2.0 provider: full harvests of the demo with sickle, oaipmh-scythe and Debian's
HTTP::OAI, every page valid against the OAI-PMH schemas (oai_dc, oai-identifier and MARC21slim resolved from
../shared/schemas, never the network), an incremental harvest after an import, a token that outlives a restart,
and the errors harvesters get for bad requests."""
import re
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest
from lxml import etree
from oaipmh_scythe import Scythe
from sickle import Sickle

from conftest import ROOT, SHARED_SCHEMAS, demo_scalar, free_port, http_get, kill_group, run

OAI = "http://www.openarchives.org/OAI/2.0/"
NS = {"oai": OAI, "marc": "http://www.loc.gov/MARC21/slim", "dc": "http://purl.org/dc/elements/1.1/",
      "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/"}
OAI_SCHEMAS = SHARED_SCHEMAS / "oai-pmh"
UNIVERSITY = ROOT / "Sources" / "PinakesApp" / "Demo" / "demo-university.mrc"

# simpledc20021212.xsd imports the W3C schema of the xml: namespace by URL; this local stand-in declares
# the one attribute Dublin Core uses (xml:lang), so validation never reaches for the network.
XML_NAMESPACE_XSD = b"""<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace"
  xml:lang="en"><xs:attribute name="lang" type="xs:language"/></xs:schema>"""


class LocalSchemas(etree.Resolver):
    """Answers schema imports from ../shared/schemas by file name."""

    def resolve(self, url, pubid, context):
        name = url.rsplit("/", 1)[-1]
        if name == "xml.xsd":
            return self.resolve_string(XML_NAMESPACE_XSD, context)
        for folder in (OAI_SCHEMAS, SHARED_SCHEMAS / "marcxml"):
            if (folder / name).is_file():
                return self.resolve_filename(str(folder / name), context)
        return None


def load_schema(text):
    parser = etree.XMLParser()
    parser.resolvers.add(LocalSchemas())
    return etree.XMLSchema(etree.fromstring(text, parser))


@pytest.fixture(scope="module")
def schemas():
    if not (OAI_SCHEMAS / "OAI-PMH.xsd").is_file():
        pytest.skip("../shared/schemas/oai-pmh is absent")
    # One schema that knows the envelope and everything inside it, since the envelope's `any` is strict.
    imports = [(OAI, "OAI-PMH.xsd"), (NS["oai_dc"], "oai_dc.xsd"),
               ("http://www.openarchives.org/OAI/2.0/oai-identifier", "oai-identifier.xsd"),
               (NS["marc"], "MARC21slim.xsd")]
    bundle = ('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
              + "".join(f'<xs:import namespace="{ns}" schemaLocation="{name}"/>' for ns, name in imports)
              + "</xs:schema>")
    marc = etree.parse(str(SHARED_SCHEMAS / "marcxml" / "MARC21slim.xsd"))
    return {"oai": load_schema(bundle.encode()), "marc": etree.XMLSchema(marc)}


def assert_valid(schema, document):
    root = etree.fromstring(document) if isinstance(document, bytes) else document
    assert schema.validate(root), f"{schema.error_log}\n{etree.tostring(root)[:2000]!r}"
    return root


def oai(base, **arguments):
    """One GET of /oai; the parsed response."""
    status, headers, body = http_get(base + "/oai?" + urllib.parse.urlencode(arguments), timeout=60)
    assert status == 200 and headers["Content-Type"].startswith("text/xml"), body[:500]
    return etree.fromstring(body.encode())


def error_code(root):
    error = root.find("oai:error", NS)
    return None if error is None else error.get("code")


def member_record_count(data):
    return demo_scalar(data, "SELECT count(*) FROM bib_source_record")


class CheckedSickle(Sickle):
    """sickle, validating every response page it fetches."""

    def __init__(self, endpoint, schema, **kw):
        super().__init__(endpoint, max_retries=0, **kw)
        self.schema, self.pages = schema, 0

    def harvest(self, **kwargs):
        response = super().harvest(**kwargs)
        assert_valid(self.schema, response.raw.encode())
        self.pages += 1
        return response


# ---------------------------------------------------------------- full harvests of the demo


def test_sickle_copies_the_whole_demo_catalogue_in_dublin_core_and_marc(demo_server, schemas):
    expected = member_record_count(demo_server.data)
    assert expected > 2000
    copied = {}
    for prefix in ("oai_dc", "marc21"):
        sickle = CheckedSickle(demo_server.base + "/oai", schemas["oai"])
        started = time.monotonic()
        records = list(sickle.ListRecords(metadataPrefix=prefix, ignore_deleted=False))
        elapsed = time.monotonic() - started
        print(f"sickle ListRecords {prefix}: {len(records)} records, {sickle.pages} pages, "
              f"{len(records) / elapsed:.0f} records/s")
        identifiers = [r.header.identifier for r in records]
        assert len(identifiers) == expected and len(set(identifiers)) == expected
        assert sickle.pages == -(-expected // 100)
        copied[prefix] = records
    for record in copied["marc21"]:
        if record.deleted:
            continue
        marc = record.xml.find("oai:metadata/marc:record", NS)
        assert_valid(schemas["marc"], marc)
        # The identifier's last part is the member's own id, the record's 001 (or 035 or content hash).
        control = marc.findtext("marc:controlfield[@tag='001']", namespaces=NS)
        local = urllib.parse.unquote(record.header.identifier.split("/", 1)[1])
        assert control is None or control == local or control.strip() == local.strip()
    titled = [r for r in copied["oai_dc"] if r.metadata.get("title")]
    assert len(titled) > 0.95 * expected


def test_oaipmh_scythe_lists_identifiers_and_records_by_set(demo_server, schemas):
    expected = member_record_count(demo_server.data)
    with Scythe(demo_server.base + "/oai") as scythe:
        identify = scythe.identify()
        assert identify.protocolVersion == "2.0" and identify.deletedRecord == "persistent"
        headers = list(scythe.list_identifiers(metadata_prefix="marc21", ignore_deleted=False))
        assert len(headers) == expected
        specs = [s.setSpec for s in scythe.list_sets()]
        assert "library" in specs and "format:book" in specs
        libraries = [s for s in specs if s.startswith("library:")]
        root_set = libraries[0]
        in_root = list(scythe.list_identifiers(metadata_prefix="oai_dc", set_=root_set, ignore_deleted=False))
        assert len(in_root) == expected
        formats = [s for s in specs if s.startswith("format:")]
        by_format = sum(len(list(scythe.list_identifiers(metadata_prefix="oai_dc", set_=s, ignore_deleted=False)))
                        for s in formats)
        assert by_format == expected
        one = scythe.get_record(identifier=headers[0].identifier, metadata_prefix="oai_dc")
        assert one.header.identifier == headers[0].identifier
    for verb in ("Identify", "ListMetadataFormats", "ListSets"):
        assert_valid(schemas["oai"], oai(demo_server.base, verb=verb))


# HTTP::OAI follows the resumption tokens itself; onRecord sees every header of every page.
PERL_HARVEST = r"""
use strict; use HTTP::OAI;
my $n = 0;
my $h = HTTP::OAI::Harvester->new(baseURL => $ARGV[0]);
my $r = $h->ListIdentifiers(metadataPrefix => 'oai_dc', onRecord => sub { $n++ });
die "error: " . $r->message . "\n" if $r->is_error;
print "$n\n";
"""


def test_http_oai_harvests_every_identifier(demo_server):
    expected = member_record_count(demo_server.data)
    result = run(["perl", "-e", PERL_HARVEST, demo_server.base + "/oai"], timeout=300)
    assert result.returncode == 0, result
    assert int(result.stdout.strip()) == expected
    # The command-line harvester prints one `identifier:` line per header, following the tokens too.
    listed = run(["oai_pmh", "-X", "ListIdentifiers", "--metadataPrefix", "marc21", demo_server.base + "/oai"],
                 timeout=300)
    assert listed.returncode == 0, listed
    lines = [line for line in listed.stdout.splitlines() if line.startswith("identifier: ")]
    assert len(lines) == expected and len(set(lines)) == expected


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("arguments,code", [
    ({}, "badVerb"),
    ({"verb": "ListEverything"}, "badVerb"),
    ({"verb": "ListRecords"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-01-01", "until": "2025-01-01"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-01-01T00:00:00Z", "until": "2027-01-01"},
     "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "1 May"}, "badArgument"),
    ({"verb": "Identify", "identifier": "x"}, "badArgument"),
    ({"verb": "ListRecords", "resumptionToken": "MXxvYWlfZGN8fHwxfDJ8M3wxMDB8MjAw"}, "badResumptionToken"),
    ({"verb": "ListRecords", "metadataPrefix": "mods"}, "cannotDisseminateFormat"),
    ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:nowhere.example:X/1"}, "idDoesNotExist"),
    ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "library:NOWHERE"}, "noRecordsMatch"),
])
def test_bad_requests_get_the_oai_error_they_deserve(demo_server, schemas, arguments, code):
    root = assert_valid(schemas["oai"], oai(demo_server.base, **arguments))
    assert error_code(root) == code
    request = root.find("oai:request", NS)
    assert (request.get("verb") is None) == (code in ("badVerb", "badArgument"))


def test_a_repeated_argument_and_a_post_with_the_wrong_type_are_refused(demo_server, schemas):
    status, _, body = http_get(demo_server.base + "/oai?verb=ListSets&verb=ListSets")
    assert error_code(assert_valid(schemas["oai"], body.encode())) == "badVerb"
    import urllib.request
    form = urllib.request.Request(demo_server.base + "/oai", data=b"verb=Identify", method="POST",
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(form, timeout=30) as response:
        root = assert_valid(schemas["oai"], response.read())
    assert root.find("oai:Identify/oai:protocolVersion", NS).text == "2.0"


# ---------------------------------------------------------------- incremental harvest and restarts


class Node:
    """`pinakes serve` on a data folder, started and stopped by the test."""

    def __init__(self, binary, data, log):
        self.binary, self.data, self.log = binary, data, log
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self):
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen([self.binary, "serve", "--data", str(self.data), "--port", str(self.port),
                                          "--jobs-every", "0"], stdout=out, stderr=out, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if http_get(self.base + "/health", timeout=2)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        pytest.fail(f"pinakes serve did not start: {Path(self.log).read_text(errors='replace')[-2000:]}")

    def stop(self):
        if self.proc is not None:
            kill_group(self.proc)
            self.proc = None


def identifiers(base, **arguments):
    """Every header of a list, following tokens: (identifier, deleted) pairs and the first responseDate."""
    root = oai(base, verb="ListIdentifiers", **arguments)
    date = root.findtext("oai:responseDate", namespaces=NS)
    found = []
    while error_code(root) is None:
        for header in root.iterfind("oai:ListIdentifiers/oai:header", NS):
            found.append((header.findtext("oai:identifier", namespaces=NS), header.get("status") == "deleted"))
        token = root.findtext("oai:ListIdentifiers/oai:resumptionToken", namespaces=NS)
        if not token:
            break
        root = oai(base, verb="ListIdentifiers", resumptionToken=token)
    assert error_code(root) in (None, "noRecordsMatch")
    return found, date


def marcxml_collection(records):
    body = "".join(etree.tostring(r, encoding="unicode") for r in records)
    return f'<collection xmlns="{NS["marc"]}">{body}</collection>'


def test_incremental_harvest_after_an_import_gets_only_what_changed_and_tokens_outlive_a_restart(
        pinakes_bin, pinakes, tmp_path, schemas):
    data = tmp_path / "data"
    data.mkdir()
    for args in (["SZ", "--name", "Suzhou Library Consortium"], ["CEN", "--name", "Central", "--type", "central"]):
        assert pinakes("library", "add", *args, "--data", data).returncode == 0
    first = pinakes("import", UNIVERSITY, "--library", "CEN", "--data", data)
    assert first.returncode == 0, first
    time.sleep(1.2)
    node = Node(pinakes_bin, data, tmp_path / "serve.log").start()
    try:
        before, response_date = identifiers(node.base, metadataPrefix="marc21")
        assert len(before) == 284
        page = oai(node.base, verb="ListRecords", metadataPrefix="marc21")
        assert_valid(schemas["oai"], page)
        token = page.findtext("oai:ListRecords/oai:resumptionToken", namespaces=NS)
        second_page = etree.tostring(oai(node.base, verb="ListRecords", resumptionToken=token))
        records = page.findall("oai:ListRecords/oai:record/oai:metadata/marc:record", NS)
        headers = page.findall("oai:ListRecords/oai:record/oai:header/oai:identifier", NS)
    finally:
        node.stop()
    # A changed record, a deleted one and three new ones, as MARCXML.
    changed, deleted = records[0], records[1]
    changed_id, deleted_id = headers[0].text, headers[1].text
    title = changed.find("marc:datafield[@tag='245']/marc:subfield[@code='a']", NS)
    title.text = (title.text or "") + " (revised)"
    leader = deleted.find("marc:leader", NS)
    leader.text = leader.text[:5] + "d" + leader.text[6:]
    fresh = []
    for number in range(1, 4):
        record = etree.fromstring(etree.tostring(records[2]))
        record.find("marc:controlfield[@tag='001']", NS).text = f"py-new-{number}"
        fresh.append(record)
    update = tmp_path / "update.xml"
    update.write_text(marcxml_collection([changed, deleted, *fresh]), encoding="utf-8")
    time.sleep(1.2)
    second = pinakes("import", update, "--library", "CEN", "--format", "marcxml", "--data", data)
    assert second.returncode == 0, second
    time.sleep(1.2)
    node = Node(pinakes_bin, data, tmp_path / "serve.log").start()
    try:
        # The token from before the restart (on another port) still works and gives the same page: its window
        # is fixed, so the import did not shift it.
        resumed = oai(node.base, verb="ListRecords", resumptionToken=token)
        assert_valid(schemas["oai"], resumed)
        assert etree.tostring(resumed).split(b"</request>")[1] == second_page.split(b"</request>")[1]
        after, _ = identifiers(node.base, metadataPrefix="oai_dc", **{"from": response_date})
        ids = dict(after)
        assert len(after) == 5 and len(ids) == 5
        assert ids[changed_id] is False and ids[deleted_id] is True
        assert {i for i in ids if i.endswith(("/py-new-1", "/py-new-2", "/py-new-3"))} == set(ids) - {changed_id,
                                                                                                      deleted_id}
        gone = oai(node.base, verb="GetRecord", metadataPrefix="marc21", identifier=deleted_id)
        assert_valid(schemas["oai"], gone)
        assert gone.find("oai:GetRecord/oai:record/oai:header", NS).get("status") == "deleted"
        assert gone.find("oai:GetRecord/oai:record/oai:metadata", NS) is None
        everything, _ = identifiers(node.base, metadataPrefix="oai_dc")
        assert len(everything) == 287
    finally:
        node.stop()
