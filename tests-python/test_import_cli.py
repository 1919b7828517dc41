"""`pinakes import`: every MARC file of ../shared/data, broken files, re-imports, bad arguments, an import killed
half-way, and the same on PostgreSQL."""
import os
import re
import signal
import subprocess
import time

import pytest

from conftest import SHARED_DATA, kill_group, postgres_count, run, sqlite_counts, summaries
from marcfiles import is_broken, marc_files

LOC_100K = "loc-booksall/BooksAll.2016.part01.first100k.mrc"
JAZZ = "evergreen/iso2709/jazz_1k.mrc"
BIG_TIMEOUT = 900  # the 100k-record file takes ~70 s with a debug build on 2 cores

FILES = marc_files(SHARED_DATA) if SHARED_DATA.is_dir() else []


def library_code(folder):
    return re.sub(r"[^A-Za-z0-9_-]", "-", folder).upper()[:20]


def add_libraries(pinakes, storage, codes):
    """Adds the consortium root and one central library per code; `storage` is ["--data", d] or ["--database", u]."""
    result = pinakes("library", "add", "PYROOT", "--name", "Test consortium", "--type", "consortium", *storage)
    assert result.returncode == 0, result
    for code in codes:
        result = pinakes("library", "add", code, "--name", f"Library {code}", "--type", "central", *storage)
        assert result.returncode == 0, result


def assert_no_crash(result):
    assert result.returncode >= 0, f"killed by signal {-result.returncode}: {result}"
    assert result.returncode in (0, 1), result
    assert "Fatal error" not in result.stderr and "Stack dump" not in result.stderr, result


# ---------------------------------------------------------------- (a) every file of ../shared/data


@pytest.fixture(scope="module")
def shared_import(pinakes_bin, shared_data, tmp_path_factory):
    """Imports every MARC file of ../shared/data, one process per file, into one SQLite data folder."""
    data = tmp_path_factory.mktemp("shared-import") / "data"
    data.mkdir()

    def pinakes(*args, timeout=120):
        return run([pinakes_bin, *args], timeout=timeout)

    folders = sorted({rel.split("/")[0] for rel, _ in FILES})
    add_libraries(pinakes, ["--data", data], [library_code(f) for f in folders])
    results = {}
    for rel, kind in FILES:
        code = library_code(rel.split("/")[0])
        results[rel] = pinakes("import", shared_data / rel, "--library", code, "--data", data,
                               timeout=BIG_TIMEOUT if rel == LOC_100K else 120)
    return data, results


def test_shared_data_has_marc_files():
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    kinds = {kind for _, kind in FILES}
    assert kinds == {"iso2709", "marcxml"}, kinds
    assert len(FILES) > 200
    missing = [rel for rel in (LOC_100K, JAZZ) if rel not in dict(FILES)]
    assert not missing


@pytest.mark.parametrize("rel", [rel for rel, _ in FILES if not is_broken(rel)])
def test_well_formed_file_imports(shared_import, shared_data, rel):
    _, results = shared_import
    result = results[rel]
    assert_no_crash(result)
    assert result.returncode == 0, result
    summary = summaries(result.stdout)
    assert str(shared_data / rel) in summary, f"no summary line for the file: {result}"
    counts = summary[str(shared_data / rel)]
    assert counts["read"] > 0, result
    assert counts["new"] + counts["updated"] + counts["unchanged"] + counts["deleted"] > 0, result


@pytest.mark.parametrize("rel", [rel for rel, _ in FILES if is_broken(rel)])
def test_broken_file_ends_with_diagnostics(shared_import, shared_data, rel):
    _, results = shared_import
    result = results[rel]
    assert_no_crash(result)
    if result.returncode == 1:
        assert re.search(r"^error: ", result.stderr, re.M), result
        assert str(shared_data / rel) in result.stderr or rel.split("/")[-1] in result.stderr, result
    else:
        summary = summaries(result.stdout).get(str(shared_data / rel))
        assert summary is not None, result
        diagnostics = [line for line in result.output.splitlines() if line.startswith("  ")]
        assert diagnostics or summary["rejected"] > 0, f"a broken file imported without a word: {result}"


def test_shared_import_is_consistent(shared_import):
    data, results = shared_import
    counts = sqlite_counts(data)
    assert counts["integrity"] == [("ok",)]
    stored_new = sum(s["new"] for r in results.values() for s in summaries(r.stdout).values())
    assert counts["bib_source_record"] == stored_new, (counts, stored_new)
    assert counts["bib_source_record"] > 100_000
    assert counts["item_copy"] > 1000


# ---------------------------------------------------------------- (b) re-import, (c) unknown code, (d) garbage


@pytest.fixture
def one_library(pinakes, data_dir):
    add_libraries(pinakes, ["--data", data_dir], ["MAIN"])
    return data_dir


def test_reimport_changes_nothing(pinakes, one_library, shared_data):
    path = shared_data / JAZZ
    first = pinakes("import", path, "--library", "MAIN", "--data", one_library)
    assert first.returncode == 0, first
    s1 = summaries(first.stdout)[str(path)]
    assert s1["read"] == 1000 and s1["new"] == 1000 and s1["items_new"] > 0, first
    before = sqlite_counts(one_library)

    second = pinakes("import", path, "--library", "MAIN", "--data", one_library)
    assert second.returncode == 0, second
    s2 = summaries(second.stdout)[str(path)]
    assert s2["new"] == 0 and s2["updated"] == 0 and s2["deleted"] == 0, second
    assert s2["unchanged"] == s1["new"], second
    assert s2["items_new"] == 0 and s2["items_updated"] == 0, second
    assert re.search(rf"{re.escape(str(path))}: read 1000, new 0, updated 0, unchanged 1000,", second.stdout)
    assert sqlite_counts(one_library) == before


def test_reimport_of_marcxml_changes_nothing(pinakes, one_library, shared_data):
    path = shared_data / "solrmarc/specTestRecs.xml"
    first = pinakes("import", path, "--library", "MAIN", "--data", one_library)
    assert first.returncode == 0, first
    new = summaries(first.stdout)[str(path)]["new"]
    assert new > 0
    second = pinakes("import", path, "--library", "MAIN", "--data", one_library)
    s2 = summaries(second.stdout)[str(path)]
    assert (s2["new"], s2["updated"], s2["unchanged"]) == (0, 0, new), second


def test_unknown_library_code(pinakes, one_library, shared_data):
    result = pinakes("import", shared_data / JAZZ, "--library", "NOSUCHLIB", "--data", one_library)
    assert result.returncode == 1, result
    assert "NOSUCHLIB" in result.stderr, result
    assert sqlite_counts(one_library)["bib_source_record"] == 0


def test_unknown_library_code_without_shared_data(pinakes, one_library, tmp_path):
    marc = tmp_path / "one.mrc"
    marc.write_bytes(MINIMAL_RECORD)
    result = pinakes("import", marc, "--library", "ZZ-TOP", "--data", one_library)
    assert result.returncode == 1, result
    assert "ZZ-TOP" in result.stderr


def test_random_bytes_are_refused(pinakes, one_library, tmp_path):
    garbage = tmp_path / "random.mrc"
    garbage.write_bytes(os.urandom(20_000))
    result = pinakes("import", garbage, "--library", "MAIN", "--data", one_library)
    assert result.returncode == 1, result
    assert re.search(r"^error: ", result.stderr, re.M), result
    assert "random.mrc" in result.stderr
    assert sqlite_counts(one_library)["bib_source_record"] == 0


def test_failed_import_keeps_what_was_stored(pinakes, one_library, tmp_path):
    good = tmp_path / "good.mrc"
    good.write_bytes(MINIMAL_RECORD)
    assert pinakes("import", good, "--library", "MAIN", "--data", one_library).returncode == 0
    before = sqlite_counts(one_library)
    assert before["bib_source_record"] == 1
    garbage = tmp_path / "garbage.xml"
    garbage.write_bytes(b"<collection><record><leader>bad" + os.urandom(500))
    result = pinakes("import", garbage, "--library", "MAIN", "--data", one_library)
    assert_no_crash(result)
    assert sqlite_counts(one_library) == before


def test_missing_file(pinakes, one_library, tmp_path):
    result = pinakes("import", tmp_path / "nope.mrc", "--library", "MAIN", "--data", one_library)
    assert result.returncode == 1, result
    assert "nope.mrc" in result.stderr


def _minimal_record():
    fields = [("001", b"py-test-1"), ("245", b"10\x1faA test record /\x1fcby pytest.")]
    directory, body = b"", b""
    for tag, data in fields:
        data += b"\x1e"
        directory += tag.encode() + b"%04d%05d" % (len(data), len(body))
        body += data
    directory += b"\x1e"
    base = 24 + len(directory)
    length = base + len(body) + 1
    leader = b"%05dnam a22%05d   4500" % (length, base)
    return leader + directory + body + b"\x1d"


MINIMAL_RECORD = _minimal_record()


# ---------------------------------------------------------------- (e) SIGKILL half-way, then run again


KILLED_RECORDS = 40_000  # the first records of the LoC file: an import long enough to be killed twice on the way


@pytest.fixture(scope="module")
def loc_slice(shared_data, tmp_path_factory):
    """The first KILLED_RECORDS records of the 100k LoC file, cut at record boundaries (ISO 2709 leader/00-04)."""
    data = (shared_data / LOC_100K).read_bytes()
    offset = 0
    for _ in range(KILLED_RECORDS):
        offset += int(data[offset:offset + 5])
    path = tmp_path_factory.mktemp("loc-slice") / "loc-first40k.mrc"
    path.write_bytes(data[:offset])
    return path


@pytest.fixture(scope="module")
def clean_loc_counts(pinakes_bin, loc_slice, tmp_path_factory):
    """Counts after one clean, uninterrupted import of the LoC slice."""
    data = tmp_path_factory.mktemp("loc-clean") / "data"
    data.mkdir()

    def pinakes(*args, timeout=120):
        return run([pinakes_bin, *args], timeout=timeout)

    add_libraries(pinakes, ["--data", data], ["LOC"])
    result = pinakes("import", loc_slice, "--library", "LOC", "--data", data, timeout=BIG_TIMEOUT)
    assert result.returncode == 0, result
    counts = sqlite_counts(data)
    assert counts["bib_source_record"] == KILLED_RECORDS, counts
    return counts


def start_import(pinakes_bin, path, data, log):
    return subprocess.Popen([pinakes_bin, "import", str(path), "--library", "LOC", "--data", str(data)],
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def test_killed_import_can_be_run_again(pinakes, pinakes_bin, data_dir, loc_slice, clean_loc_counts, tmp_path):
    add_libraries(pinakes, ["--data", data_dir], ["LOC"])
    path = loc_slice
    for delay in (1.5, 6.0):  # once early, once when a few batches are surely committed
        with open(tmp_path / f"killed-{delay}.log", "wb") as log:
            proc = start_import(pinakes_bin, path, data_dir, log)
            try:
                time.sleep(delay)
                assert proc.poll() is None, "the import finished before it could be killed"
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
            finally:
                kill_group(proc)
        assert proc.returncode == -signal.SIGKILL
        interim = sqlite_counts(data_dir)
        assert interim["integrity"] == [("ok",)], interim
        assert interim["bib_source_record"] < KILLED_RECORDS

    result = pinakes("import", path, "--library", "LOC", "--data", data_dir, timeout=BIG_TIMEOUT)
    assert result.returncode == 0, result
    summary = summaries(result.stdout)[str(path)]
    assert summary["read"] == KILLED_RECORDS, result
    assert summary["rejected"] == 0, result
    final = sqlite_counts(data_dir)
    assert final["integrity"] == [("ok",)], final
    assert final["bib_source_record"] == clean_loc_counts["bib_source_record"], (final, clean_loc_counts)
    assert final["item_copy"] == clean_loc_counts["item_copy"], (final, clean_loc_counts)
    assert final["bib_source_version"] == clean_loc_counts["bib_source_version"], (final, clean_loc_counts)

    again = pinakes("import", path, "--library", "LOC", "--data", data_dir, timeout=BIG_TIMEOUT)
    s = summaries(again.stdout)[str(path)]
    assert (s["new"], s["updated"], s["unchanged"]) == (0, 0, KILLED_RECORDS), again


# ---------------------------------------------------------------- (f) PostgreSQL


@pytest.mark.postgres
def test_import_and_reimport_on_postgres(pinakes, postgres_url, shared_data):
    storage = ["--database", postgres_url]
    add_libraries(pinakes, storage, ["MAIN"])
    path = shared_data / JAZZ
    first = pinakes("import", path, "--library", "MAIN", *storage)
    assert first.returncode == 0, first
    s1 = summaries(first.stdout)[str(path)]
    assert s1["read"] == 1000 and s1["new"] == 1000, first
    records = postgres_count(postgres_url, "SELECT count(*) FROM bib_source_record")
    items = postgres_count(postgres_url, "SELECT count(*) FROM item_copy")
    assert records == 1000
    assert items == s1["items_new"] > 0

    second = pinakes("import", path, "--library", "MAIN", *storage)
    assert second.returncode == 0, second
    s2 = summaries(second.stdout)[str(path)]
    assert (s2["new"], s2["updated"], s2["unchanged"], s2["items_new"]) == (0, 0, 1000, 0), second
    assert postgres_count(postgres_url, "SELECT count(*) FROM bib_source_record") == records
    assert postgres_count(postgres_url, "SELECT count(*) FROM item_copy") == items


@pytest.mark.postgres
def test_postgres_and_sqlite_agree(pinakes, postgres_url, data_dir, shared_data):
    path = shared_data / "koha-misc4dev/koha_sample_1605_bibs.mrc"
    outputs = []
    for storage in (["--database", postgres_url], ["--data", str(data_dir)]):
        add_libraries(pinakes, storage, ["MAIN"])
        result = pinakes("import", path, "--library", "MAIN", *storage)
        assert result.returncode == 0, result
        outputs.append(summaries(result.stdout)[str(path)])
    assert outputs[0] == outputs[1]
    assert postgres_count(postgres_url, "SELECT count(*) FROM bib_source_record") == \
        sqlite_counts(data_dir)["bib_source_record"]


@pytest.mark.postgres
def test_unknown_library_and_garbage_on_postgres(pinakes, postgres_url, tmp_path):
    storage = ["--database", postgres_url]
    add_libraries(pinakes, storage, ["MAIN"])
    garbage = tmp_path / "random.mrc"
    garbage.write_bytes(os.urandom(20_000))
    result = pinakes("import", garbage, "--library", "MAIN", *storage)
    assert result.returncode == 1 and "error:" in result.stderr, result
    marc = tmp_path / "one.mrc"
    marc.write_bytes(MINIMAL_RECORD)
    result = pinakes("import", marc, "--library", "NOPE", *storage)
    assert result.returncode == 1 and "NOPE" in result.stderr, result
    assert postgres_count(postgres_url, "SELECT count(*) FROM bib_source_record") == 0
