"""A small OAI-PMH 2.0 provider built on the PyPI `oai-repo` library, for harvesting tests.

It serves the Evergreen concerto records (/work/shared/data/evergreen/marcxml/concerto_bibs.xml) in set
`concerto` as marc21 and oai_dc, and the Caltech oai_dc records of the idzebra example
(/work/shared/data/protocol-samples/oai-pmh/idzebra-oai-caltech.xml) in set `caltech` as oai_dc only.

    python3 oai_provider.py --port P [--limit 25] [--delete ID]... [--retitle ID=TITLE]... [--add-copy ID]

Every record has datestamp 2020-01-01T00:00:00Z unless it is deleted, retitled or added, which gives it the
time the provider started: so an incremental harvest sees exactly those.
"""
import argparse
import copy
import datetime
import http.server
import urllib.parse
from pathlib import Path

import oai_repo
from lxml import etree

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CONCERTO = SHARED / "evergreen" / "marcxml" / "concerto_bibs.xml"
CALTECH = SHARED / "protocol-samples" / "oai-pmh" / "idzebra-oai-caltech.xml"
MARC = "http://www.loc.gov/MARC21/slim"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
BASE_STAMP = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)


def subfields(record, tag, code):
    path = f"{{{MARC}}}datafield[@tag='{tag}']/{{{MARC}}}subfield[@code='{code}']"
    return [s.text.strip() for s in record.findall(path) if s.text and s.text.strip()]


def marc_to_dc(record):
    """Simple Dublin Core from a MARC record: title, creator, subjects, publisher, date, ISBNs, language."""
    dc = etree.Element(f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC})

    def add(name, value):
        if value:
            etree.SubElement(dc, f"{{{DC}}}{name}").text = value.strip(" /:;,.")

    for title in subfields(record, "245", "a")[:1]:
        add("title", title)
    for name in subfields(record, "100", "a") + subfields(record, "700", "a"):
        add("creator", name)
    for subject in subfields(record, "650", "a"):
        add("subject", subject)
    for publisher in subfields(record, "260", "b")[:1]:
        add("publisher", publisher)
    for date in subfields(record, "260", "c")[:1]:
        add("date", date)
    for isbn in subfields(record, "020", "a"):
        add("identifier", "urn:isbn:" + isbn.split()[0])
    fixed = record.find(f"{{{MARC}}}controlfield[@tag='008']")
    if fixed is not None and fixed.text and len(fixed.text) >= 38:
        add("language", fixed.text[35:38])
    add("type", "Text")
    return dc


class Item:
    def __init__(self, identifier, setspec, marc=None, dc=None):
        self.identifier, self.setspec, self.marc, self.dc = identifier, setspec, marc, dc
        self.stamp, self.deleted = BASE_STAMP, False


def load_items():
    items = []
    for record in etree.parse(str(CONCERTO)).getroot().findall(f"{{{MARC}}}record"):
        number = record.find(f"{{{MARC}}}controlfield[@tag='001']").text.strip()
        items.append(Item(f"oai:concerto:{number}", "concerto", marc=record, dc=marc_to_dc(record)))
    oai = "{http://www.openarchives.org/OAI/2.0/}"
    for record in etree.parse(str(CALTECH)).getroot().iter(f"{oai}record"):
        identifier = record.find(f"{oai}header/{oai}identifier").text.strip()
        dc = record.find(f"{oai}metadata/{{{OAI_DC}}}dc")
        items.append(Item(identifier, "caltech", dc=dc))
    return items


class Repository(oai_repo.DataInterface):
    def __init__(self, items, limit, base_url):
        self.items = {item.identifier: item for item in items}
        self.order = [item.identifier for item in items]
        self.limit = limit
        self.base_url = base_url

    def get_identify(self):
        return oai_repo.Identify(
            repository_name="Pinakes test provider", base_url=self.base_url, admin_email=["oai@example.org"],
            earliest_datestamp="2020-01-01T00:00:00Z", deleted_record="persistent",
            granularity="YYYY-MM-DDThh:mm:ssZ")

    def is_valid_identifier(self, identifier):
        return identifier in self.items

    def get_metadata_formats(self, identifier=None):
        formats = [oai_repo.MetadataFormat("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC)]
        if identifier is None or self.items[identifier].marc is not None:
            formats.append(oai_repo.MetadataFormat("marc21", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MARC))
        return formats

    def get_record_header(self, identifier):
        item = self.items[identifier]
        return oai_repo.RecordHeader(
            identifier=identifier, datestamp=item.stamp, setspecs=[item.setspec],
            status="deleted" if item.deleted else None)

    def get_record_metadata(self, identifier, metadataprefix):
        item = self.items[identifier]
        if item.deleted:  # oai-repo skips records without metadata; the handler strips it again
            return etree.Element(f"{{{OAI_DC}}}dc")
        element = item.marc if metadataprefix == "marc21" else item.dc
        return copy.deepcopy(element) if element is not None else None

    def get_record_abouts(self, identifier):
        return []

    def get_set(self, setspec):
        return oai_repo.Set(spec=setspec, name=setspec) if setspec in ("concerto", "caltech") else None

    def list_set_specs(self, identifier=None, cursor=0):
        specs = [self.items[identifier].setspec] if identifier else ["concerto", "caltech"]
        return specs[cursor:cursor + self.limit], len(specs), None

    def list_identifiers(self, metadataprefix, filter_from=None, filter_until=None, filter_set=None, cursor=0):
        found = []
        for identifier in self.order:
            item = self.items[identifier]
            if metadataprefix == "marc21" and item.marc is None:
                continue
            if filter_set and item.setspec != filter_set:
                continue
            if filter_from and item.stamp < filter_from.replace(tzinfo=datetime.timezone.utc):
                continue
            if filter_until and item.stamp > filter_until.replace(tzinfo=datetime.timezone.utc):
                continue
            found.append(identifier)
        return found[cursor:cursor + self.limit], len(found), None


def without_deleted_metadata(body, deleted):
    """OAI-PMH 2.0 §2.5.1: a deleted record has a header with status="deleted" and no metadata."""
    if not deleted:
        return body
    oai = "{http://www.openarchives.org/OAI/2.0/}"
    root = etree.fromstring(body)
    for record in root.iter(f"{oai}record"):
        header = record.find(f"{oai}header")
        if header.find(f"{oai}identifier").text in deleted:
            header.set("status", "deleted")
            for metadata in record.findall(f"{oai}metadata"):
                record.remove(metadata)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--limit", type=int, default=25)
    parser.add_argument("--delete", action="append", default=[])
    parser.add_argument("--retitle", action="append", default=[])
    args = parser.parse_args()
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    items = load_items()
    index = {item.identifier: item for item in items}
    for identifier in args.delete:
        if identifier not in index:  # a deletion of a record the harvester never saw
            index[identifier] = Item(identifier, "concerto", marc=items[0].marc, dc=items[0].dc)
            items.append(index[identifier])
        index[identifier].deleted, index[identifier].stamp = True, now
    for change in args.retitle:
        identifier, title = change.split("=", 1)
        item = index[identifier]
        item.marc = copy.deepcopy(item.marc)
        field = item.marc.find(f"{{{MARC}}}datafield[@tag='245']/{{{MARC}}}subfield[@code='a']")
        field.text = title
        item.dc = marc_to_dc(item.marc)
        item.stamp = now
    deleted = set(args.delete)
    base = f"http://127.0.0.1:{args.port}/oai"
    repository = oai_repo.OAIRepository(Repository(items, args.limit, base))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            query = urllib.parse.urlparse(self.path).query
            request = {k: v[0] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()}
            body = without_deleted_metadata(bytes(repository.process(request)), deleted)
            self.send_response(200)
            self.send_header("Content-Type", "text/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"serving {base}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
