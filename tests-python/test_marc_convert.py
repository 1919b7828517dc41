"""`pinakes marc convert`: MARCXML valid against MARC21slim.xsd, MARC-in-JSON, text, a byte-exact ISO 2709 round trip,
and diagnostics with record number and byte offset on standard error."""
import json
import re

import pytest

from conftest import SHARED_DATA

LOC_SAMPLE = "qa-catalogue/BooksAll.2014.part01-0001.mrc"  # 100 LoC "Books All" records, UTF-8
LOC_100K = "loc-booksall/BooksAll.2016.part01.first100k.mrc"
MARC_NS = "http://www.loc.gov/MARC21/slim"


def parse_iso2709(data):
    """A small, strict ISO 2709 reader (UTF-8 records only) used as an independent reference:
    [(leader, [(tag, value-or-(ind1, ind2, [(code, value)]))])]."""
    records, pos = [], 0
    while pos < len(data):
        length = int(data[pos:pos + 5])
        raw = data[pos:pos + length]
        assert raw.endswith(b"\x1d")
        leader = raw[:24].decode("ascii")
        base = int(leader[12:17])
        directory = raw[24:base - 1]
        fields = []
        for i in range(0, len(directory), 12):
            tag = directory[i:i + 3].decode()
            flen, start = int(directory[i + 3:i + 7]), int(directory[i + 7:i + 12])
            body = raw[base + start:base + start + flen - 1]
            if tag < "010" and tag.isdigit():
                fields.append((tag, body.decode("utf-8")))
            else:
                parts = body.split(b"\x1f")
                ind = parts[0].decode("utf-8").ljust(2)
                subfields = [(p[:1].decode(), p[1:].decode("utf-8")) for p in parts[1:]]
                fields.append((tag, (ind[0], ind[1], subfields)))
        records.append((leader, fields))
        pos += length
    return records


@pytest.fixture(scope="module")
def loc_file(shared_data):
    path = shared_data / LOC_SAMPLE
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    return path


HAN_RE = re.compile("[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def loc_slice(shared_data, tmp_path_factory):
    """3,000 records of the 100k LoC file cut at record boundaries: the first 2,500, and 500 with Han script
    (880 fields) from further on."""
    src = shared_data / LOC_100K
    if not src.is_file():
        pytest.skip(f"{src} is missing")
    data = src.read_bytes()
    chosen, han, pos, number = [], [], 0, 0
    while pos < len(data) and (len(chosen) < 2500 or len(han) < 500):
        length = int(data[pos:pos + 5])
        record = data[pos:pos + length]
        if number < 2500:
            chosen.append(record)
        elif len(han) < 500 and HAN_RE.search(record.decode("utf-8", errors="replace")):
            han.append(record)
        pos += length
        number += 1
    assert len(han) == 500, "the LoC file should hold at least 500 records with Han script"
    path = tmp_path_factory.mktemp("loc") / "loc3k.mrc"
    path.write_bytes(b"".join(chosen + han))
    return path


def test_iso2709_round_trip_is_byte_exact(pinakes, loc_file, loc_slice):
    for path in (loc_file, loc_slice):
        result = pinakes("marc", "convert", path, "--to", "iso2709")
        assert result.returncode == 0, result
        out, original = result.stdout_bytes, path.read_bytes()
        assert len(out) == len(original), f"{path}: {len(out)} bytes written for {len(original)}"
        assert out == original, f"{path}: first difference at byte " + str(
            next(i for i, (a, b) in enumerate(zip(out, original)) if a != b))


def test_marcxml_is_valid_and_carries_every_field(pinakes, loc_slice, marcxml_xsd):
    etree = pytest.importorskip("lxml.etree")
    result = pinakes("marc", "convert", loc_slice, "--to", "marcxml")
    assert result.returncode == 0, result
    doc = etree.fromstring(result.stdout.encode("utf-8"))
    schema = etree.XMLSchema(etree.parse(str(marcxml_xsd)))
    assert schema.validate(doc), schema.error_log.last_error
    assert etree.QName(doc).localname == "collection" and etree.QName(doc).namespace == MARC_NS
    expected = parse_iso2709(loc_slice.read_bytes())
    records = doc.findall(f"{{{MARC_NS}}}record")
    assert len(records) == len(expected) == 3000
    for xml_record, (leader, fields) in zip(records, expected):
        assert xml_record.findtext(f"{{{MARC_NS}}}leader") == leader
        got = []
        for element in xml_record:
            name = etree.QName(element).localname
            if name == "controlfield":
                got.append((element.get("tag"), element.text or ""))
            elif name == "datafield":
                got.append((element.get("tag"), (element.get("ind1"), element.get("ind2"),
                                                 [(s.get("code"), s.text or "") for s in element])))
        assert got == fields
    cjk = sum(1 for r in records for s in r.iter(f"{{{MARC_NS}}}subfield")
              if s.text and HAN_RE.search(s.text))
    assert cjk >= 500, "the LoC slice carries Han script in 880 fields"


def test_json_is_marc_in_json(pinakes, loc_file):
    result = pinakes("marc", "convert", loc_file, "--to", "json")
    assert result.returncode == 0, result
    records = json.loads(result.stdout)
    expected = parse_iso2709(loc_file.read_bytes())
    assert isinstance(records, list) and len(records) == len(expected) == 100
    for record, (leader, fields) in zip(records, expected):
        assert record["leader"] == leader
        got = []
        for field in record["fields"]:
            ((tag, value),) = field.items()
            if isinstance(value, str):
                got.append((tag, value))
            else:
                got.append((tag, (value["ind1"], value["ind2"],
                                  [next(iter(s.items())) for s in value["subfields"]])))
        assert got == fields


def test_json_reads_back(pinakes, loc_file, tmp_path):
    as_json = tmp_path / "loc.json"
    result = pinakes("marc", "convert", loc_file, "--to", "json")
    as_json.write_text(result.stdout)
    back = pinakes("marc", "convert", as_json, "--from", "json", "--to", "iso2709")
    assert back.returncode == 0, back
    assert back.stdout_bytes == loc_file.read_bytes()


def test_text_output(pinakes, loc_file):
    result = pinakes("marc", "convert", loc_file, "--to", "text")
    assert result.returncode == 0, result
    expected = parse_iso2709(loc_file.read_bytes())
    lines = result.stdout.splitlines()
    assert lines[0] == expected[0][0], "the text form starts with the first leader"
    assert sum(1 for line in lines if re.match(r"^245 \d\d? *\$a", line) or line.startswith("245 ")) == 100
    title = dict(expected[0][1])["245"][2][0][1]
    assert title in result.stdout
    # Default output is text.
    assert pinakes("marc", "convert", loc_file).stdout == result.stdout


def test_marcxml_input_converts_to_the_same_records(pinakes, shared_data):
    # (solrmarc's stanford_unicornWHoldings pair is no use here: its XML is double-encoded UTF-8 upstream.)
    xml = shared_data / "traject/test_data.utf8.marc.xml"
    mrc = shared_data / "traject/test_data.utf8.mrc"
    from_xml = pinakes("marc", "convert", xml, "--to", "json")
    from_mrc = pinakes("marc", "convert", mrc, "--to", "json")
    assert from_xml.returncode == 0 and from_mrc.returncode == 0
    a, b = json.loads(from_xml.stdout), json.loads(from_mrc.stdout)
    assert len(a) == len(b) == 30
    assert [r["fields"] for r in a] == [r["fields"] for r in b]


DIAGNOSTIC_RE = re.compile(r"record (\d+), byte (\d+)")


@pytest.mark.parametrize("rel,to", [("pymarc/bad_records.mrc", "marcxml"),
                                    ("marc4j/bad_too_long_plus_2.mrc", "text"),
                                    ("marc4j/bad_oversize_field_bad_directory.mrc", "json")])
def test_diagnostics_go_to_stderr_with_record_and_offset(pinakes, shared_data, rel, to):
    path = shared_data / rel
    result = pinakes("marc", "convert", path, "--to", to)
    assert result.returncode >= 0, f"crashed: {result}"
    diagnostics = [line for line in result.stderr.splitlines() if DIAGNOSTIC_RE.search(line)]
    assert diagnostics, result
    size = path.stat().st_size
    for line in diagnostics:
        number, offset = map(int, DIAGNOSTIC_RE.search(line).groups())
        assert number >= 1 and 0 <= offset <= size, line
    assert not DIAGNOSTIC_RE.search(result.stdout), "diagnostics leaked into standard output"
    if to == "marcxml":
        etree = pytest.importorskip("lxml.etree")
        etree.fromstring(result.stdout.encode("utf-8"))  # still well-formed output
    elif to == "json":
        json.loads(result.stdout)


def test_broken_marcxml_reports_line_and_column(pinakes, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
                      "<record><leader>00000nam a2200000 a 4500</leader>\n"
                      '<controlfield tag="001">1</controlfield>\n'
                      '<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Broken & </subfield></datafield>\n'
                      "</record>\n")
    result = pinakes("marc", "convert", broken, "--to", "text")
    assert result.returncode >= 0, result
    assert "broken.xml" in result.stderr, result
    assert re.search(r"line \d+", result.stderr), result


def test_missing_file_is_an_error(pinakes, tmp_path):
    result = pinakes("marc", "convert", tmp_path / "nothing.mrc", "--to", "marcxml")
    assert result.returncode != 0 and result.returncode > 0, result
    assert "nothing.mrc" in result.stderr


def test_shared_data_present_for_convert():
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    assert (SHARED_DATA / LOC_SAMPLE).is_file()
