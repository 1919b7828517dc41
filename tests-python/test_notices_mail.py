"""Notices by e-mail: `pinakes demo --smtp-relay` mails the demo's overdue notices through a real SMTP relay
(aiosmtpd), each once, however often the jobs run and across a restart."""
import email
import email.header
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, DemoServer, free_port


def start_relay(directory):
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "test-smtp-relay"), str(port), str(directory)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert b"ready" in proc.stdout.readline(), "the test relay did not start (pip install aiosmtpd)"
    return proc, port


def subjects(directory):
    found = []
    for path in sorted(Path(directory).glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes())
        parts = email.header.decode_header(message["Subject"])
        found.append("".join(p.decode(c or "utf-8") if isinstance(p, bytes) else p for p, c in parts))
    return found


def wait_for(directory, count, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and len(subjects(directory)) < count:
        time.sleep(0.5)
    return subjects(directory)


def test_overdue_notices_are_mailed_once(pinakes_bin, tmp_path):
    mail = tmp_path / "mail"
    relay, port = start_relay(mail)
    data = tmp_path / "data"
    data.mkdir()
    args = ["--smtp-relay", f"127.0.0.1:{port}", "--mail-from", "notices@szlib.example", "--jobs-every", "1"]
    try:
        server = DemoServer(pinakes_bin, data, extra_args=args).start()
        try:
            sent = wait_for(mail, 4, 90)
            overdue = [s for s in sent if s.startswith("超期通知 Overdue")]
            assert len(overdue) >= 4, sent
            time.sleep(4)  # several more runs of the jobs
            assert len(subjects(mail)) == len(sent), "a notice was sent twice"
        finally:
            server.stop()
        again = DemoServer(pinakes_bin, data, extra_args=args).start()
        try:
            time.sleep(4)
            assert len(subjects(mail)) == len(sent), "a restart sent notices again"
        finally:
            again.stop()
        first = email.message_from_bytes(sorted(mail.glob("*.eml"))[0].read_bytes())
        body = first.get_payload(decode=True).decode("utf-8")
        assert "Dear" in body and "：" in body  # English and Chinese
    finally:
        relay.stdin.close()
        relay.wait(timeout=30)
