"""A private PostgreSQL primary and its streaming hot standby on loopback ports, for the read-replica tests.

The primary is made with initdb (trust authentication, which also lets 127.0.0.1 connect for replication; the
default wal_level is `replica`), the standby with `pg_basebackup -X stream -R` from it, each in its own folder
under one temporary directory owned by the postgres user. Both are stopped with `pg_ctl -m immediate` and the
folders removed by `close()`.
"""
import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from conftest import free_ports

START_TIMEOUT = 60
CATCH_UP_TIMEOUT = 60


def _pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    return Path(found[-1]) if found else None


def available():
    """Whether the PostgreSQL server programs are installed (and, as root, a postgres user exists to run them)."""
    if _pg_bin() is None:
        return False
    if os.getuid() == 0:
        return subprocess.run(["id", "-u", "postgres"], capture_output=True).returncode == 0
    return True


def _as_postgres(args):
    return ["runuser", "-u", "postgres", "--", *map(str, args)] if os.getuid() == 0 else list(map(str, args))


def _call(args, timeout=120):
    result = subprocess.run(_as_postgres(args), capture_output=True, text=True, timeout=timeout,
                            stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


class Cluster:
    """One PostgreSQL server: a data folder, a port on 127.0.0.1, a log file."""

    def __init__(self, root, name, port):
        self.root, self.name, self.port = Path(root), name, port
        self.data = self.root / name
        self.log = self.root / f"{name}.log"
        self.running = False

    def url(self, database="postgres"):
        return f"postgres://pinakes@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def start(self):
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c max_connections=100 -c hot_standby=on")
        _call([_pg_bin() / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", START_TIMEOUT, "-o", options,
               "start"], timeout=START_TIMEOUT + 10)
        self.running = True

    def stop(self):
        """Stops the server at once (`-m immediate`), as a crash or a pulled cable would."""
        if self.running:
            _call([_pg_bin() / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"], timeout=60)
            self.running = False

    def scalar(self, sql, database="postgres"):
        """The first column of the first row of `sql`, as text."""
        result = subprocess.run(["psql", self.url(database), "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql],
                                capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            raise RuntimeError(f"psql on {self.name}: {sql}\n{result.stderr}")
        return result.stdout.strip()

    def logs(self):
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""


class StreamingPair:
    """A primary and a hot standby streaming from it; use as a context manager or call `close()`."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="pinakes-replica-"))
        os.chmod(self.root, 0o755)
        if os.getuid() == 0:
            shutil.chown(self.root, "postgres")
        primary_port, replica_port = free_ports(2)
        self.primary = Cluster(self.root, "primary", primary_port)
        self.replica = Cluster(self.root, "replica", replica_port)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    def start(self):
        try:
            _call([_pg_bin() / "initdb", "-D", self.primary.data, "-U", "pinakes", "--auth=trust", "-E", "UTF8",
                   "--locale=C.UTF-8"])
            self.primary.start()
            _call([_pg_bin() / "pg_basebackup", "-h", "127.0.0.1", "-p", self.primary.port, "-U", "pinakes",
                   "-D", self.replica.data, "-X", "stream", "-R"])
            self.replica.start()
            self.wait_until(lambda: self.replica.scalar("SELECT pg_is_in_recovery()") == "t",
                            "the replica to run in recovery")
            self.wait_caught_up()
        except Exception:
            self.close()
            raise
        return self

    def create_database(self, name):
        """Creates `name` on the primary and waits until the standby has it too; the primary's URL of it."""
        self.primary.scalar(f'CREATE DATABASE "{name}"')
        self.wait_caught_up()
        return self.primary.url(name)

    def wait_caught_up(self, timeout=CATCH_UP_TIMEOUT):
        target = self.primary.scalar("SELECT pg_current_wal_lsn()")
        self.wait_until(
            lambda: self.replica.scalar(f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") == "t",
            f"the replica to replay up to {target}", timeout)

    def pause_replay(self):
        self.replica.scalar("SELECT pg_wal_replay_pause()")
        self.wait_until(lambda: self.replica.scalar("SELECT pg_get_wal_replay_pause_state()") == "paused",
                        "replay to pause")

    def resume_replay(self):
        self.replica.scalar("SELECT pg_wal_replay_resume()")

    def wait_until(self, condition, what, timeout=START_TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if condition():
                    return
            except RuntimeError:
                pass  # not accepting connections yet
            time.sleep(0.2)
        raise RuntimeError(f"timed out waiting for {what}\n--- primary log\n{self.primary.logs()}"
                           f"\n--- replica log\n{self.replica.logs()}")

    def close(self):
        for cluster in (self.replica, self.primary):
            try:
                cluster.stop()
            except (RuntimeError, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.root, ignore_errors=True)
