"""`pinakes export marc` and `pinakes export circulation` on the demo consortium.

The MARC export holds every live member record with its copies as 852 fields, reads cleanly with yaz-marcdump,
keeps the Chinese 880 fields, validates as MARCXML, and imports again into an empty system giving the same
records and copies. The circulation CSV files hold one row per table row and parse with Python's csv module.
"""
import csv
import re
import sqlite3
from datetime import datetime

import pytest

from backup_compare import copy_library_tree
from conftest import DemoServer, run, summaries


@pytest.fixture(scope="module")
def demo_data(pinakes_bin, tmp_path_factory):
    """The demo consortium's data folder (on SQLite), its server stopped."""
    data = tmp_path_factory.mktemp("export") / "data"
    data.mkdir()
    DemoServer(pinakes_bin, data, extra_args=["--database", str(data / "pinakes.sqlite")]).start().stop()
    return data


def query(data, sql):
    con = sqlite3.connect(f"file:{data / 'pinakes.sqlite'}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def yaz_dump(path):
    return run(["yaz-marcdump", "-i", "marc", "-o", "line", str(path)])


def live_records(data):
    return query(data, "SELECT count(*) FROM bib_source_record WHERE deleted = 0")[0][0]


def test_iso2709_export_reads_cleanly_and_keeps_chinese(pinakes, demo_data, tmp_path):
    out = tmp_path / "all.mrc"
    result = pinakes("export", "marc", "--data", demo_data, "--to", out)
    assert result.returncode == 0, result
    records = live_records(demo_data)
    copies = query(demo_data, "SELECT count(*) FROM item_copy")[0][0]
    assert f"Wrote {records} records with {copies} copies" in result.stdout, result
    dumped = yaz_dump(out)
    assert dumped.returncode == 0 and dumped.stderr == "", dumped.stderr[-2000:]
    assert len(re.findall(r"^\d{5}\w", dumped.stdout, re.M)) == records
    assert len(re.findall(r"^852 .*\$p ", dumped.stdout, re.M)) == copies
    assert "頭戴之硬盔" in dumped.stdout  # 880 $a of LC record 00049912
    han_880 = [line for line in dumped.stdout.splitlines()
               if line.startswith("880") and re.search(r"[\u4e00-\u9fff]", line)]
    assert len(han_880) > 500


def test_marcxml_export_validates_against_marc21slim(pinakes, demo_data, tmp_path, marcxml_xsd):
    etree = pytest.importorskip("lxml.etree")
    out = tmp_path / "cen.xml"
    result = pinakes("export", "marc", "--data", demo_data, "--to", out, "--format", "marcxml", "--library", "SUDA")
    assert result.returncode == 0, result
    schema = etree.XMLSchema(etree.parse(str(marcxml_xsd)))
    document = etree.parse(str(out))
    assert schema.validate(document), schema.error_log
    ns = {"m": "http://www.loc.gov/MARC21/slim"}
    expected = query(demo_data, """SELECT count(*) FROM bib_source_record r JOIN org_library l ON l.id = r.library_id
                                   WHERE r.deleted = 0 AND l.code = 'SUDA'""")[0][0]
    assert len(document.findall("m:record", ns)) == expected > 0


def copies_of(data):
    """Each copy as (owning library, record source id, barcode, library, location, call number, item type, status),
    with the states of circulation (on loan, in transit, on the hold shelf) read as available: an export carries no
    loans."""
    rows = query(data, """
        SELECT o.code, r.source_id, i.barcode, l.code, i.location, i.call_number, i.item_type,
            CASE WHEN i.status IN ('on-loan', 'in-transit', 'on-hold-shelf') THEN 'available' ELSE i.status END
        FROM item_copy i JOIN bib_source_record r ON r.id = i.record_id
        JOIN org_library o ON o.id = r.library_id JOIN org_library l ON l.id = i.library_id""")
    return sorted(rows, key=repr)


def test_export_imports_again_into_an_empty_system(pinakes, demo_data, tmp_path):
    fresh = tmp_path / "fresh"
    copy_library_tree(pinakes, demo_data / "pinakes.sqlite", ["--data", fresh])
    owners = [code for (code,) in query(demo_data, """SELECT DISTINCT l.code FROM bib_source_record r
                                                      JOIN org_library l ON l.id = r.library_id ORDER BY 1""")]
    assert owners == ["CEN", "SUDA"]
    for code in owners:
        out = tmp_path / f"{code}.mrc"
        assert pinakes("export", "marc", "--data", demo_data, "--to", out, "--library", code).returncode == 0
        imported = pinakes("import", out, "--library", code, "--data", fresh, timeout=600)
        assert imported.returncode == 0, imported
        summary = summaries(imported.stdout)[str(out)]
        assert summary["rejected"] == 0 and summary["items_rejected"] == 0, imported.stdout
    records = "SELECT l.code, r.source_id FROM bib_source_record r JOIN org_library l ON l.id = r.library_id " \
              "WHERE r.deleted = 0 ORDER BY 1, 2"
    assert query(fresh, records) == query(demo_data, records)
    assert copies_of(fresh) == copies_of(demo_data)


TABLES = {"readers.csv": "patron_reader", "loans.csv": "circ_loan", "holds.csv": "circ_hold",
          "transits.csv": "circ_transit", "fines.csv": "circ_fine", "payments.csv": "circ_payment"}


def test_circulation_csv_has_a_row_per_table_row(pinakes, demo_data, tmp_path):
    out = tmp_path / "circ"
    result = pinakes("export", "circulation", "--data", demo_data, "--to", out)
    assert result.returncode == 0, result
    assert "personal data" in pinakes("export", "circulation", "--help").stdout
    for file, table in TABLES.items():
        with open(out / file, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, strict=True))
        count = query(demo_data, f"SELECT count(*) FROM {table}")[0][0]
        assert len(rows) == count, (file, len(rows), count)
        assert f"{file}: {count} rows" in result.stdout
    with open(out / "loans.csv", newline="", encoding="utf-8") as handle:
        loans = list(csv.DictReader(handle))
    assert loans and all(datetime.fromisoformat(loan["due_at"]) for loan in loans)
    assert all(loan["barcode"] and loan["library"] for loan in loans)
    open_loans = query(demo_data, "SELECT count(*) FROM circ_loan WHERE ended_at IS NULL")[0][0]
    assert sum(1 for loan in loans if loan["returned_at"] == "") == open_loans
    with open(out / "readers.csv", newline="", encoding="utf-8") as handle:
        readers = list(csv.DictReader(handle))
    names = {name for (name,) in query(demo_data, "SELECT name FROM patron_reader")}
    assert {reader["name"] for reader in readers} == names
    assert any(re.search(r"[\u4e00-\u9fff]", name) for name in names)
    assert {reader["blocked"] for reader in readers} <= {"true", "false"}
