"""`pinakes backup` while the demo serves, `pinakes restore` into an empty system, and every row compared.

SQLite: the online backup is taken under a checkout/check-in load (and must still be one consistent snapshot:
integrity check and the circulation invariants hold in it), then again between two full reads of the live
database that agree, so the restored copy must equal those rows table by table. The restored data then answers
a search and a reader's loans as the original does. PostgreSQL: the same through pg_dump / pg_restore. Errors:
what is refused, and that a damaged backup leaves the target untouched.
"""
import contextlib
import hashlib
import json
import urllib.parse

import pytest

from backup_compare import differences, integrity, postgres_rows, sqlite_rows, stable_backup
from conftest import DemoServer, create_postgres_database, drop_postgres_database, free_port, http_get, kill_group
from crash_storage import SQLiteStorage
from test_circulation_crash import Load, ServeProcess, api_token, check_database, post
from test_circulation_journey import call


def circulate(base, token, guide):
    """Checkouts, check-ins at another library, and a hold, through the API."""
    readers, items = guide["readers"], guide["items"]
    lent, refused = [], []
    for n, item in enumerate(items[120:140]):  # the load below lends the first 120
        status, body = post(base, token, "/api/v1/circulation/checkout",
                            {"card": readers[n % len(readers)]["card"], "barcode": item["barcode"],
                             "library": item["library"]})
        (lent if status == 200 else refused).append((item, status))
    lent = [item for item, _ in lent]
    assert len(lent) >= 6, f"too few checkouts went through to test anything: {refused}"
    for item in lent[:3]:
        status, _ = post(base, token, "/api/v1/circulation/checkin", {"barcode": item["barcode"], "library": "CEN"})
        assert status == 200
    status, _ = call(base, token, "POST", "/api/v1/holds",
                     {"card": readers[-1]["card"], "barcode": lent[-1]["barcode"], "pickup": "CEN"})
    assert status in (200, 201), status
    return lent


@contextlib.contextmanager
def serving(binary, *systems):
    """`pinakes serve` (no circulation jobs) on each list of storage options; yields their base URLs."""
    servers = []
    try:
        for storage in systems:
            servers.append(ServeProcess(binary, storage[1], free_port(),
                                        storage_args=[*map(str, storage), "--jobs-every", "0"]).start())
        yield [server.base for server in servers]
    finally:
        for server in servers:
            kill_group(server.proc)


def answers(base, token, guide):
    """What a search and the first readers' records (with their loans) say, for comparing two servers."""
    status, _, search = http_get(base + "/api/v1/search?q=" + urllib.parse.quote("history") + "&limit=20")
    assert status == 200
    profiles = []
    for reader in guide["readers"][:6]:
        status, found = call(base, token, "GET", "/api/v1/readers?q=" + reader["card"])
        assert status == 200, found
        reader_id = found[0]["id"] if isinstance(found, list) else found["readers"][0]["id"]
        status, profile = call(base, token, "GET", f"/api/v1/readers/{reader_id}")
        assert status == 200, profile
        profiles.append(profile)
    assert json.loads(search)["total"] > 0
    assert any(p["reader"]["openLoans"] > 0 for p in profiles), profiles
    return json.loads(search), profiles


def test_sqlite_backup_while_serving_restores_every_row(pinakes, pinakes_bin, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    # An explicit SQLite --database keeps this test on SQLite under PINAKES_TEST_BACKEND=postgres too.
    demo = DemoServer(pinakes_bin, data, extra_args=["--database", str(data / "pinakes.sqlite"), "--jobs-every", "0"])
    demo.start()
    try:
        guide = json.loads((data / "demo.json").read_text())
        token = api_token(demo.base)
        circulate(demo.base, token, guide)

        load = Load(demo.base, token, guide["readers"], guide["items"][:120])
        threads = load.run()
        try:
            live = pinakes("backup", "--data", data, "--to", tmp_path / "live.sqlite")
        finally:
            load.stop.set()
            for t in threads:
                t.join(timeout=30)
        assert live.returncode == 0, live
        assert "Wrote an SQLite database file" in live.stdout and "member records" in live.stdout, live
        assert len(load.accepted_loans) > 0, "the load made no checkout while the backup ran"
        # The copy taken under load is one snapshot: sound, and every on-loan copy has exactly its one loan.
        assert integrity(tmp_path / "live.sqlite") == [("ok",)]
        restored_live = tmp_path / "restored-live"
        assert pinakes("restore", "--from", tmp_path / "live.sqlite", "--data", restored_live).returncode == 0
        check_database(SQLiteStorage(restored_live), set(), set())

        original = data / "pinakes.sqlite"
        expected, _ = stable_backup(pinakes, lambda: sqlite_rows(original), ["--data", data],
                                    tmp_path / "backup.sqlite")
    finally:
        demo.stop()
    assert sum(len(expected[t]) for t in ("circ_loan", "circ_hold", "circ_fine", "circ_transit")) > 20

    restored = tmp_path / "restored"
    result = pinakes("restore", "--from", tmp_path / "backup.sqlite", "--data", restored)
    assert result.returncode == 0, result
    assert "no Pinakes server may be running" in result.stdout
    assert f"{len(expected['bib_source_record'])} member records" in result.stdout, result
    assert integrity(restored / "pinakes.sqlite") == [("ok",)]
    assert differences(expected, sqlite_rows(restored / "pinakes.sqlite")) == []

    with serving(pinakes_bin, ["--data", data], ["--data", restored]) as (first, second):
        assert answers(first, token, guide) == answers(second, token, guide)


def test_postgres_backup_while_serving_restores_every_row(pinakes, pinakes_bin, tmp_path, postgres_url):
    target = create_postgres_database()
    try:
        data = tmp_path / "data"
        data.mkdir()
        demo = DemoServer(pinakes_bin, data, extra_args=["--database", postgres_url, "--jobs-every", "0"]).start()
        try:
            guide = json.loads((data / "demo.json").read_text())
            token = api_token(demo.base)
            circulate(demo.base, token, guide)
            expected, written = stable_backup(pinakes, lambda: postgres_rows(postgres_url),
                                              ["--database", postgres_url], tmp_path / "pinakes.dump")
            assert "PostgreSQL dump" in written.stdout, written
        finally:
            demo.stop()
        assert open(tmp_path / "pinakes.dump", "rb").read(5) == b"PGDMP"

        result = pinakes("restore", "--from", tmp_path / "pinakes.dump", "--database", target)
        assert result.returncode == 0, result
        assert differences(expected, postgres_rows(target)) == []

        (tmp_path / "x").mkdir()
        with serving(pinakes_bin, ["--data", data, "--database", postgres_url],
                     ["--data", tmp_path / "x", "--database", target]) as (first, second):
            assert answers(first, token, guide) == answers(second, token, guide)
    finally:
        drop_postgres_database(target)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def small_system(pinakes, tmp_path):
    """A migrated SQLite system with two libraries, and a backup of it."""
    data = tmp_path / "small"
    for code, parent in (("SZ", None), ("CEN", "SZ")):
        added = pinakes("library", "add", code, "--name", code, *(["--parent", parent] if parent else []),
                        "--data", data)
        assert added.returncode == 0, added
    backup = tmp_path / "small.sqlite"
    assert pinakes("backup", "--data", data, "--to", backup).returncode == 0
    return data, backup


def test_backup_refuses_to_overwrite_and_restore_refuses_a_database_in_use(pinakes, small_system):
    data, backup = small_system
    before = digest(backup)
    again = pinakes("backup", "--data", data, "--to", backup)
    assert again.returncode == 1 and "already exists" in again.stderr and "--force" in again.stderr, again
    assert digest(backup) == before
    assert pinakes("backup", "--data", data, "--to", backup, "--force").returncode == 0

    refused = pinakes("restore", "--from", backup, "--data", data)
    assert refused.returncode == 1 and "not empty" in refused.stderr and "--force" in refused.stderr, refused
    forced = pinakes("restore", "--from", backup, "--data", data, "--force")
    assert forced.returncode == 0 and "Replaced the" in forced.stdout, forced
    assert "2 libraries" in forced.stdout


def test_damaged_backups_are_refused_and_leave_the_target_untouched(pinakes, small_system, tmp_path):
    data, backup = small_system
    target = data / "pinakes.sqlite"
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(backup.read_bytes()[: len(backup.read_bytes()) // 2])
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"this is not a backup\n" * 100)
    before = digest(target)
    for damaged, says in ((truncated, "damaged"), (garbage, "not a Pinakes backup")):
        result = pinakes("restore", "--from", damaged, "--data", data, "--force")
        assert result.returncode == 1 and says in result.stderr and str(damaged) in result.stderr, result
        assert digest(target) == before
        fresh = tmp_path / f"fresh-{damaged.stem}"
        result = pinakes("restore", "--from", damaged, "--data", fresh)
        assert result.returncode == 1, result
        assert not (fresh / "pinakes.sqlite").exists()
    missing = pinakes("restore", "--from", tmp_path / "nothing.sqlite", "--data", data)
    assert missing.returncode == 1 and "no such backup file" in missing.stderr, missing


def test_backups_restore_only_into_their_own_kind_and_a_cut_dump_changes_nothing(
        pinakes, small_system, tmp_path, postgres_url):
    data, backup = small_system
    crossed = pinakes("restore", "--from", backup, "--database", postgres_url)
    assert crossed.returncode == 1, crossed
    assert "SQLite database file" in crossed.stderr and "PostgreSQL" in crossed.stderr, crossed

    assert pinakes("library", "add", "SZ", "--name", "SZ", "--database", postgres_url).returncode == 0
    dump = tmp_path / "pg.dump"
    assert pinakes("backup", "--database", postgres_url, "--to", dump).returncode == 0
    crossed = pinakes("restore", "--from", dump, "--data", tmp_path / "other")
    assert crossed.returncode == 1 and "PostgreSQL dump" in crossed.stderr and "SQLite" in crossed.stderr, crossed

    target = create_postgres_database()
    try:
        cut = tmp_path / "cut.dump"
        cut.write_bytes(dump.read_bytes()[: len(dump.read_bytes()) * 2 // 3])
        result = pinakes("restore", "--from", cut, "--database", target)
        assert result.returncode == 1 and "pg_restore" in result.stderr, result
        assert postgres_rows(target) == {}
        refused = pinakes("restore", "--from", dump, "--database", postgres_url)
        assert refused.returncode == 1 and "not empty" in refused.stderr, refused
    finally:
        drop_postgres_database(target)
