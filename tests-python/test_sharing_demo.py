"""The demo's interlibrary loan: a Wuhan University student gets a book and a chapter copy from the Suzhou public
libraries, two nodes of the one `pinakes demo` process talking ISO 18626 over HTTP, and both sides' monthly
statements show the exchange."""
import datetime
import json
import re
import time
import urllib.request

from conftest import DemoServer
from test_demo import WebClient


def token(base, username, password, page="/staff"):
    client = WebClient(base)
    status, _, _ = client.sign_in(username, password)
    assert status in (302, 303), (username, status)
    _, _, page = client.request(page)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
    status, _, body = client.request("/api/v1/tokens", json.dumps({"name": "demo-test"}).encode(),
                                     headers={"Content-Type": "application/json", "X-CSRF-Token": csrf[1]},
                                     method="POST")
    assert status == 201, body
    return json.loads(body)["token"]


def get(base, path, bearer):
    req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {bearer}"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.loads(resp.read().decode())


def test_the_demo_partner_borrows_a_book_and_a_chapter_and_both_statements_agree(pinakes_bin, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    server = DemoServer(pinakes_bin, data, extra_args=["--partner-port", "0"]).start()
    try:
        deadline = time.monotonic() + 60
        guide = data / "demo-partner.json"
        while not guide.exists() and time.monotonic() < deadline:
            time.sleep(0.3)
        assert guide.exists(), server.logs()
        partner_guide = json.loads(guide.read_text(encoding="utf-8"))
        partner = partner_guide["url"].rstrip("/")
        assert {login["username"] for login in partner_guide["logins"]} >= {"whu-reader", "whu-admin"}
        assert set(json.loads((data / "demo.json").read_text(encoding="utf-8"))) == {"sip2", "logins", "readers", "items"}

        whu = token(partner, "whu-admin", "pinakes-admin")
        deadline = time.monotonic() + 90
        requests = []
        while time.monotonic() < deadline:
            requests = get(partner, "/api/v1/ill/requests?role=borrowing", whu)
            if sorted(r["status"] for r in requests) == ["completed", "on-loan-to-reader"]:
                break
            time.sleep(0.5)
        assert sorted(r["status"] for r in requests) == ["completed", "on-loan-to-reader"], \
            (requests, server.logs())
        copy = next(r for r in requests if r["service"] == "Copy")
        detail = get(partner, f"/api/v1/ill/requests/{copy['id']}", whu)
        assert detail["documents"], detail
        with urllib.request.urlopen(detail["documents"][0]["url"], timeout=10) as resp:
            assert resp.read().startswith(b"%PDF-")

        # The student sees both in "my requests".
        reader = token(partner, "whu-reader", "pinakes-reader", page="/account")
        assert len(get(partner, "/api/v1/me/ill", reader)) == 2

        sz = token(server.base, "admin", "pinakes-admin")
        month = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).strftime("%Y-%m")
        lent = get(server.base, f"/api/v1/ill/statements?agency=ISIL:CN-SZ&month={month}", sz)
        borrowed = get(partner, f"/api/v1/ill/statements?agency=ISIL:CN-WHU&month={month}", whu)
        assert len(lent["lines"]) == 2
        assert sorted((l["requestID"], l["amountCents"]) for l in lent["lines"]) == \
            sorted((l["requestID"], l["amountCents"]) for l in borrowed["lines"])
        assert lent["totals"][0]["netCents"] == -borrowed["totals"][0]["netCents"] > 0
        lending = get(server.base, "/api/v1/ill/requests?role=lending", sz)
        assert sorted(r["status"] for r in lending) == ["completed", "shipped"], lending
    finally:
        server.stop()
