"""Helpers for the backup, restore and export tests: every row of every table of an SQLite file or a PostgreSQL
database, and copying a consortium's library tree into an empty system."""
import sqlite3
import time

import pytest

from conftest import _psql, run


def sqlite_rows(path):
    """{table: rows} for every table in sqlite_master, each table read with ORDER BY every column.

    The FTS5 search table itself is left out: Python's older SQLite cannot open it (contentless_delete), and
    its contents are all in its shadow tables (bib_search_fts_data, _idx, _docsize, _config), compared here."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        tables = [r[0] for r in con.execute("""SELECT name FROM sqlite_master WHERE type = 'table'
                                               AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name""")]
        found = {}
        for table in tables:
            width = len(con.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
            order = ", ".join(str(n) for n in range(1, width + 1))
            found[table] = con.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
        return found
    finally:
        con.close()


def integrity(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


def postgres_rows(url):
    """{table: sorted COPY lines} for every table of the current schema (COPY … TO STDOUT, text format)."""
    listed = _psql(url, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
    assert listed.returncode == 0, listed
    found = {}
    for table in listed.stdout.split():
        copied = run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", f'COPY "{table}" TO STDOUT'], timeout=60)
        assert copied.returncode == 0, copied
        found[table] = sorted(copied.stdout.splitlines())
    return found


def differences(original, restored):
    """Tables whose row count or rows differ, with a short reason each."""
    problems = []
    for table in sorted(set(original) | set(restored)):
        if table not in restored:
            problems.append(f"{table}: missing after restore")
        elif table not in original:
            problems.append(f"{table}: only after restore")
        elif len(original[table]) != len(restored[table]):
            problems.append(f"{table}: {len(original[table])} rows, restored {len(restored[table])}")
        elif original[table] != restored[table]:
            changed = sum(1 for a, b in zip(original[table], restored[table]) if a != b)
            problems.append(f"{table}: {changed} rows differ")
    return problems


def stable_backup(pinakes, source_rows, storage, target, attempts=5):
    """Backs up while the server runs, between two full reads of the database that agree (so nothing was
    written in between and the backup must hold exactly those rows); background jobs that write now and
    then only make it try again. Returns the rows the backup must hold."""
    for _ in range(attempts):
        before = source_rows()
        result = pinakes("backup", *storage, "--to", target, "--force")
        assert result.returncode == 0, result
        after = source_rows()
        if before == after:
            return before, result
        time.sleep(1)
    pytest.fail(f"the database kept changing during {attempts} backups; cannot compare")


def copy_library_tree(pinakes, source_sqlite, storage):
    """Adds the libraries of `source_sqlite` (parents first) to the empty system on `storage`."""
    con = sqlite3.connect(f"file:{source_sqlite}?mode=ro", uri=True)
    try:
        rows = con.execute("""SELECT l.code, l.name, p.code, l.type FROM org_library l
                              LEFT JOIN org_library p ON p.id = l.parent_id ORDER BY l.id""").fetchall()
    finally:
        con.close()
    for code, name, parent, kind in rows:
        args = ["library", "add", code, "--name", name, "--type", kind, *storage]
        if parent:
            args += ["--parent", parent]
        added = pinakes(*args)
        assert added.returncode == 0, added
    return rows
