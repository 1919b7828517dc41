"""`pinakes demo`: boots on an empty data folder, shows the consortium, accepts the demo logins, and is idempotent."""
import html
import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import DEMO_LOGINS, NoRedirect, demo_scalar

ROW_RE = re.compile(
    r'<tr class="library depth-(?P<depth>\d+)" data-code="(?P<code>[^"]+)">(?P<body>.*?)</tr>', re.S)
CELL_RE = re.compile(r"<td[^>]*>(.*?)</td>", re.S)
TAG_RE = re.compile(r"<[^>]+>")


def library_rows(page):
    """The home page's library table as [{code, depth, name, type, region, records, items}]."""
    rows = []
    for m in ROW_RE.finditer(page):
        cells = [html.unescape(TAG_RE.sub("", c)).strip() for c in CELL_RE.findall(m["body"])]
        assert len(cells) == 6, f"unexpected library row {m.group(0)!r}"
        name, code, kind, region, records, items = cells
        rows.append({"code": m["code"], "depth": int(m["depth"]), "name": name, "type": kind, "region": region,
                     "records": int(records.replace(",", "")), "items": int(items.replace(",", ""))})
    return rows


class WebClient:
    """A cookie-keeping HTTP client that does not follow redirects."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path, data=None, headers=None, method=None):
        body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {}, method=method)
        try:
            with self.opener.open(req, timeout=15) as resp:
                return resp.status, resp.headers, resp.read().decode("utf-8", errors="replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", errors="replace")

    def sign_in(self, username, password):
        status, _, page = self.request("/login")
        assert status == 200
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert token, "the login form carries no csrf_token"
        return self.request("/login", {"username": username, "password": password,
                                       "csrf_token": token[1], "next": "/"})


def table_counts(data):
    return {t: demo_scalar(data, f"SELECT count(*) FROM {t}")
            for t in ("org_library", "bib_source_record", "bib_source_version", "item_copy", "account_user")}


def test_demo_prints_url_and_logins(demo_server):
    """The banner must reach a pipe or a log file too, not only a terminal (stdout is then block-buffered)."""
    expected = [f"Pinakes demo: http://127.0.0.1:{demo_server.port}/"] + [
        f"{user} / {password}" for user, password in DEMO_LOGINS.items()]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        out = demo_server.stdout()
        if all(e in out for e in expected):
            break
        time.sleep(0.2)
    out = demo_server.stdout()
    missing = [e for e in expected if e not in out]
    assert not missing, (f"the serving demo has not printed {missing} on standard output (a file here) "
                         f"10 s after /health answered:\n{demo_server.logs()}")


def test_health_and_ready(demo_server):
    status, _, body = demo_server.get("/health")
    assert status == 200 and json.loads(body)["status"] == "ok"
    status, _, _ = demo_server.get("/ready")
    assert status == 200


def test_home_page_lists_the_consortium(demo_server):
    status, headers, page = demo_server.get("/")
    assert status == 200
    assert headers.get_content_type() == "text/html"
    rows = library_rows(page)
    assert len(rows) >= 11, rows
    types = [r["type"] for r in rows]
    for kind in ("Central library", "Rural library", "Bookmobile", "University library", "Archive"):
        assert kind in types, f"no {kind} on the home page: {types}"
    assert types.count("Branch") >= 2, types
    cen = {r["code"]: r for r in rows}.get("CEN")
    assert cen is not None, [r["code"] for r in rows]
    assert cen["type"] == "Central library"
    assert cen["records"] > 0 and cen["items"] > 0, cen
    assert sum(r["records"] for r in rows) >= 2000, rows
    # The tree: the consortium at depth 0, branches below the central library.
    assert rows[0]["depth"] == 0 and rows[0]["type"] == "Consortium"
    assert all(r["depth"] >= 2 for r in rows if r["type"] == "Branch")


def test_at_least_2000_records_are_stored(demo_server):
    counts = table_counts(demo_server.data)
    assert counts["bib_source_record"] >= 2000, counts
    assert counts["item_copy"] > 0, counts
    status, _, body = demo_server.get("/api/v1/libraries")
    assert status == 200
    libraries = json.loads(body)
    libraries = libraries.get("libraries", libraries) if isinstance(libraries, dict) else libraries
    assert len(libraries) >= 11


def test_home_page_in_chinese(demo_server):
    for headers, path in (({}, "/?lang=zh"), ({"Accept-Language": "zh-CN,zh;q=0.9"}, "/")):
        status, _, page = demo_server.get(path, headers=headers)
        assert status == 200
        assert re.search(r'<html lang="zh', page), page[:300]
        assert "苏州图书馆总馆" in page
        assert "首页" in page


@pytest.mark.parametrize("username", sorted(DEMO_LOGINS))
def test_demo_login_works(demo_server, username):
    client = WebClient(demo_server.base)
    status, headers, _ = client.sign_in(username, DEMO_LOGINS[username])
    assert status in (302, 303), status
    session = [c for c in client.jar if c.name == "pinakes_session"]
    assert session, "no session cookie after sign-in"
    assert session[0].has_nonstandard_attr("HttpOnly")
    status, _, body = client.request("/api/v1/me")
    assert status == 200, body
    assert json.loads(body)["username"] == username
    status, _, page = client.request("/staff")
    if username == "admin":
        assert status == 200 and "Add a library" in page
    elif username in ("gusu", "central"):
        assert status == 200 and "Recent imports" in page
        assert "Add a library" not in page, "library staff must not see the admin form"
    else:
        assert status in (401, 403), f"{username} may open /staff: {status}"


def test_wrong_password_is_refused(demo_server):
    client = WebClient(demo_server.base)
    status, _, page = client.sign_in("admin", "not-the-password")
    assert status in (200, 401, 403), status
    assert "not right" in page or 'class="error"' in page
    assert not [c for c in client.jar if c.name == "pinakes_session"]
    status, _, _ = client.request("/api/v1/me")
    assert status == 401


def test_login_without_csrf_token_is_refused(demo_server):
    client = WebClient(demo_server.base)
    client.request("/login")
    status, _, _ = client.request("/login", {"username": "admin", "password": "pinakes-admin", "next": "/"})
    assert status in (400, 403), status
    assert not [c for c in client.jar if c.name == "pinakes_session"]


def test_second_demo_on_the_same_data_does_not_duplicate(start_demo, data_dir):
    first = start_demo(data_dir)
    _, _, page_before = first.get("/")
    first.stop()
    before = table_counts(data_dir)
    assert before["bib_source_record"] >= 2000, before

    second = start_demo(data_dir)
    _, _, page_after = second.get("/")
    second.stop()
    after = table_counts(data_dir)
    assert after == before, f"a second demo changed the database: {before} -> {after}"
    assert library_rows(page_after) == library_rows(page_before)
    codes = [r["code"] for r in library_rows(page_after)]
    assert len(codes) == len(set(codes))
