"""Kill -9 during `pinakes import`: nothing is half-written, and the next import resumes where the last committed
batch ended.

A file of about 5,000 demo records (the central and university files, concatenated so that control numbers repeat)
is imported and killed with SIGKILL at a random moment after a batch has been committed, several times. After each
kill the database is checked: every record has its search index entry and its cluster, items and match keys point
at live records, the run's counters equal the rows it wrote, and (SQLite) the file passes its integrity check. Each
restart must say it resumes the same run at the checkpoint, which never goes back. The finished result must equal a
clean import of the same file into a fresh database. On SQLite and on PostgreSQL.
"""
import random
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import ROOT, create_postgres_database, drop_postgres_database, kill_group, run, summaries
from crash_storage import PostgresStorage, SQLiteStorage, scalar

DEMO = ROOT / "Sources" / "PinakesApp" / "Demo"
KILLS = 4
RESUME_RE = re.compile(r"^resuming run #(\d+) of (.+) at record ([\d,]+) \((?:byte ([\d,]+)|.*)\)$", re.M)


@pytest.fixture(scope="module")
def records_file(tmp_path_factory):
    """central + university + central + university + university: 5,252 records, the later copies repeating the
    control numbers of the first ones (stored as `id#2`, `id#3`)."""
    central, university = (DEMO / "demo-central.mrc").read_bytes(), (DEMO / "demo-university.mrc").read_bytes()
    path = tmp_path_factory.mktemp("crash-import") / "records.mrc"
    path.write_bytes(central + university + central + university + university)
    return path


@pytest.fixture
def new_storage(tmp_path):
    """Makes fresh, empty storages of one kind, each with the consortium root and library MAIN."""
    databases = []

    def make(kind, pinakes_bin, name):
        data = tmp_path / name
        data.mkdir()
        if kind == "sqlite":
            storage = SQLiteStorage(data)
        else:
            url = create_postgres_database()
            databases.append(url)
            storage = PostgresStorage(url, data)
        for args in (["PYROOT", "--name", "Root", "--type", "consortium"],
                     ["MAIN", "--name", "Main", "--type", "central"]):
            result = run([pinakes_bin, "library", "add", *args, *storage.args])
            assert result.returncode == 0, result
        return storage

    yield make
    for url in databases:
        drop_postgres_database(url)


def latest_run(storage):
    rows = storage.rows("SELECT id, records_consumed, byte_offset, finished_at, status FROM bib_import_run "
                        "ORDER BY id DESC LIMIT 1")
    if not rows:
        return None
    run_id, consumed, offset, finished, status = rows[0]
    return {"id": int(run_id), "consumed": int(consumed), "offset": int(offset), "finished": finished != "",
            "status": status}


def check_invariants(storage):
    """What must hold after any kill: nothing of a batch without the rest of it."""
    assert storage.integrity() == [("ok",)]
    assert scalar(storage, f"""SELECT COUNT(*) FROM bib_source_record r WHERE NOT r.deleted
        AND r.id NOT IN ({storage.search_index_rows()})""") == 0, "records without their search index entry"
    assert scalar(storage, f"""SELECT COUNT(*) FROM ({storage.search_index_rows()}) s
        WHERE s.id NOT IN (SELECT id FROM bib_source_record)""") == 0, "index entries of records that are not there"
    assert scalar(storage, """SELECT COUNT(*) FROM bib_source_record r LEFT JOIN bib_cluster c ON c.id = r.cluster_id
        WHERE NOT r.deleted AND c.id IS NULL""") == 0, "records without a cluster"
    assert scalar(storage, """SELECT COUNT(*) FROM bib_cluster c WHERE c.record_count <>
        (SELECT COUNT(*) FROM bib_source_record r WHERE r.cluster_id = c.id AND NOT r.deleted)""") == 0
    assert scalar(storage, """SELECT COUNT(*) FROM item_copy i LEFT JOIN bib_source_record r ON r.id = i.record_id
        WHERE r.id IS NULL OR r.deleted""") == 0, "items of records that are not there"
    assert scalar(storage, """SELECT COUNT(*) FROM bib_match_key k LEFT JOIN bib_source_record r ON r.id = k.record_id
        WHERE r.id IS NULL""") == 0, "match keys of records that are not there"
    assert scalar(storage, """SELECT COUNT(*) FROM bib_heading h LEFT JOIN bib_source_record r ON r.id = h.record_id
        WHERE r.id IS NULL""") == 0, "browse headings of records that are not there"
    # One file into an empty database: every record and item there was written by this run, in counted batches.
    runs = storage.rows("""SELECT id, records_new + records_updated + records_deleted, items_new, batches
        FROM bib_import_run WHERE finished_at IS NULL""")
    assert len(runs) <= 1, runs
    for run_id, written, items, batches in runs:
        assert int(written) == scalar(storage, f"SELECT COUNT(*) FROM bib_source_record WHERE import_run_id = {run_id}")
        assert int(written) == scalar(storage, "SELECT COUNT(*) FROM bib_source_record")
        assert int(items) == scalar(storage, "SELECT COUNT(*) FROM item_copy")
        assert int(batches) == scalar(storage, f"SELECT COUNT(*) FROM bib_import_ledger WHERE run_id = {run_id}")


def snapshot(storage):
    """What a finished import leaves, comparable between two databases of one kind."""
    return {
        "records": storage.rows("SELECT source_id, content_hash, version FROM bib_source_record ORDER BY source_id"),
        "copies": storage.rows("""SELECT i.barcode, r.source_id, i.status FROM item_copy i
            JOIN bib_source_record r ON r.id = i.record_id ORDER BY i.barcode"""),
        "clusters": scalar(storage, "SELECT COUNT(*) FROM bib_cluster WHERE record_count > 0"),
        "index": scalar(storage, f"SELECT COUNT(*) FROM ({storage.search_index_rows()}) s"),
        "keys": scalar(storage, "SELECT COUNT(*) FROM bib_match_key"),
        "run": storage.rows("""SELECT status, records_read, records_new, records_updated, records_unchanged,
            records_rejected, items_new, items_rejected FROM bib_import_run"""),
    }


def start_import(pinakes_bin, path, storage, log):
    return subprocess.Popen([pinakes_bin, "import", str(path), "--library", "MAIN", *storage.args],
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def kill_after_a_commit(proc, storage, before, rnd):
    """SIGKILL once the run's checkpoint has passed `before` (a batch of this process committed), a moment later;
    False when the import finished first."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        current = latest_run(storage)
        if current and current["consumed"] > before:
            break
        time.sleep(0.05)
    time.sleep(rnd.uniform(0.0, 0.5))
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return True


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_killed_import_resumes_and_ends_like_a_clean_one(kind, pinakes_bin, records_file, new_storage, tmp_path):
    storage = new_storage(kind, pinakes_bin, "killed")
    rnd = random.Random(7)
    checkpoint, run_id, kills = 0, None, 0
    for round_number in range(KILLS):
        log_path = tmp_path / f"import-{round_number}.log"
        with open(log_path, "wb") as log:
            proc = start_import(pinakes_bin, records_file, storage, log)
            try:
                killed = kill_after_a_commit(proc, storage, checkpoint, rnd)
            finally:
                kill_group(proc)
        output = log_path.read_text(errors="replace")
        if round_number > 0:
            resumed = RESUME_RE.search(output)
            assert resumed, f"round {round_number} did not resume:\n{output}"
            assert int(resumed[1]) == run_id and resumed[2] == str(records_file)
            assert int(resumed[3].replace(",", "")) == checkpoint + 1, (resumed[0], checkpoint)
            assert resumed[4], "an ISO 2709 file resumes at a byte offset"
        if not killed:
            assert proc.returncode == 0, output
            break
        kills += 1
        assert proc.returncode == -signal.SIGKILL
        current = latest_run(storage)
        assert current and not current["finished"] and current["status"] in ("running", "resumed"), current
        assert current["consumed"] > checkpoint > -1 and current["offset"] > 0, (current, checkpoint)
        assert run_id in (None, current["id"]), "a resumed import must continue the same run"
        run_id, checkpoint = current["id"], current["consumed"]
        check_invariants(storage)
    assert kills >= 2, "the import finished before it could be killed twice"

    final = run([pinakes_bin, "import", records_file, "--library", "MAIN", *storage.args], timeout=600)
    assert final.returncode == 0, final
    if kills == KILLS:
        assert f"resuming run #{run_id} of {records_file} at record {checkpoint + 1:,} " in final.stdout, final
    summary = summaries(final.stdout)[str(records_file)]
    assert summary["read"] == 5252 and summary["unchanged"] == 0, final
    check_invariants(storage)
    assert scalar(storage, "SELECT COUNT(*) FROM bib_import_ledger") == 0
    assert storage.rows("SELECT id, resumes FROM bib_import_run WHERE finished_at IS NOT NULL") == \
        [(str(run_id), str(kills))]

    clean_storage = new_storage(kind, pinakes_bin, "clean")
    clean = run([pinakes_bin, "import", records_file, "--library", "MAIN", *clean_storage.args], timeout=600)
    assert clean.returncode == 0, clean
    assert summaries(clean.stdout)[str(records_file)] == summary
    resumed, fresh = snapshot(storage), snapshot(clean_storage)
    assert len(fresh["records"]) == 5252 and fresh["run"][0][0] == "finished"
    for key in fresh:
        assert resumed[key] == fresh[key], key


def test_restart_abandons_the_interrupted_run(pinakes_bin, records_file, new_storage, tmp_path):
    storage = new_storage("sqlite", pinakes_bin, "restart")
    with open(tmp_path / "killed.log", "wb") as log:
        proc = start_import(pinakes_bin, records_file, storage, log)
        try:
            assert kill_after_a_commit(proc, storage, 0, random.Random(3)), "the import finished before the kill"
        finally:
            kill_group(proc)
    interrupted = latest_run(storage)
    result = run([pinakes_bin, "import", records_file, "--library", "MAIN", "--restart", *storage.args], timeout=600)
    assert result.returncode == 0, result
    assert f"abandoned interrupted run #{interrupted['id']} of {records_file}: --restart was given" in result.stdout
    summary = summaries(result.stdout)[str(records_file)]
    assert summary["read"] == 5252 and summary["unchanged"] == interrupted["consumed"], (summary, interrupted)
    assert storage.rows("SELECT id, status FROM bib_import_run ORDER BY id") == \
        [(str(interrupted["id"]), "abandoned"), (str(interrupted["id"] + 1), "finished")]
