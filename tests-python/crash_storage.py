"""The database a crash test looks into after a kill -9: the SQLite file of a data folder, or a PostgreSQL database
read with psql. Both answer `rows(sql)` with tuples of text (NULL as ""), so one set of checks serves both."""
import sqlite3
from pathlib import Path

from conftest import run


class SQLiteStorage:
    kind = "sqlite"

    def __init__(self, data):
        self.data = Path(data)
        self.args = ["--data", str(self.data)]

    def rows(self, sql):
        con = sqlite3.connect(f"file:{self.data / 'pinakes.sqlite'}?mode=ro", uri=True, timeout=30)
        try:
            return [tuple("" if v is None else str(v) for v in row) for row in con.execute(sql).fetchall()]
        finally:
            con.close()

    def integrity(self):
        return self.rows("PRAGMA integrity_check")

    def search_index_rows(self):
        # Python's SQLite may be older than the FTS5 option the table uses: count its docsize shadow table.
        return "SELECT id FROM bib_search_fts_docsize"


class PostgresStorage:
    kind = "postgres"

    def __init__(self, url, data):
        self.url, self.data = url, Path(data)
        self.args = ["--database", url, "--data", str(self.data)]

    def rows(self, sql):
        result = run(["psql", self.url, "-v", "ON_ERROR_STOP=1", "-qAt", "-F", "\x1f", "-c", sql], timeout=60)
        assert result.returncode == 0, result
        return [tuple(line.split("\x1f")) for line in result.stdout.splitlines() if line]

    def integrity(self):
        return [("ok",)]

    def search_index_rows(self):
        return "SELECT id FROM bib_source_record WHERE search_vector IS NOT NULL"


def scalar(storage, sql):
    rows = storage.rows(sql)
    value = rows[0][0] if rows else ""
    return int(value) if value.lstrip("-").isdigit() else value
