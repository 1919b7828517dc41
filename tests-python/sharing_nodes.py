"""Pinakes nodes for the ISO 18626 tests: each a consortium of its own, set up through the CLI as an operator
would (libraries, records with items, an administrator, an agency id, peers), served by `pinakes serve`, and
driven through its JSON API with an administrator's token."""
import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import free_port, http_get, kill_group, run
from test_demo import WebClient

PASSWORD = "sharing-admin-pw"

RECORD = """<record xmlns="http://www.loc.gov/MARC21/slim">
  <leader>00000nam a2200000 a 4500</leader>
  <controlfield tag="001">{id}</controlfield>
  <controlfield tag="008">190101s2019    cc            000 0 chi d</controlfield>
  {numbers}
  <datafield tag="100" ind1="1" ind2=" "><subfield code="a">{author}</subfield></datafield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">{title}</subfield></datafield>
  <datafield tag="260" ind1=" " ind2=" "><subfield code="b">{publisher}</subfield><subfield code="c">2019</subfield></datafield>
  {items}
</record>"""


def marcxml(records):
    """A MARCXML collection; each record is (id, title, author, isbn or None, issn or None, [(library, barcode)])."""
    parts = []
    for rid, title, author, isbn, issn, items in records:
        numbers = ""
        if isbn:
            numbers += f'<datafield tag="020" ind1=" " ind2=" "><subfield code="a">{isbn}</subfield></datafield>'
        if issn:
            numbers += f'<datafield tag="022" ind1=" " ind2=" "><subfield code="a">{issn}</subfield></datafield>'
        item_fields = "".join(
            f'<datafield tag="952" ind1=" " ind2=" "><subfield code="a">{lib}</subfield>'
            f'<subfield code="p">{barcode}</subfield><subfield code="o">I247.5/{barcode}</subfield>'
            f'<subfield code="y">BOOK</subfield></datafield>' for lib, barcode in items)
        parts.append(RECORD.format(id=rid, title=title, author=author, publisher="Publisher", numbers=numbers,
                                   items=item_fields))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n' \
        + "\n".join(parts) + "\n</collection>\n"


class Node:
    """One Pinakes node: its storage, its libraries and agency id, its server and an admin API token."""

    def __init__(self, binary, workdir, name, root, library, isil, storage, latitude, longitude):
        self.binary, self.workdir = binary, Path(workdir)
        self.name, self.root, self.library, self.isil = name, root, library, isil
        self.storage = storage  # ["--data", DIR] or ["--database", URL]
        self.latitude, self.longitude = latitude, longitude
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None
        self.token = None
        tag = uuid.uuid4().hex[:6]
        self.out = self.workdir / f"{root.lower()}-{tag}.out"
        self.err = self.workdir / f"{root.lower()}-{tag}.err"

    @property
    def agency(self):
        return {"type": "ISIL", "value": self.isil}

    @property
    def endpoint(self):
        return self.base + "/iso18626"

    def cli(self, *args, input=None, env=None, check=True):
        result = run([self.binary, *args, *self.storage], input=input, env=env)
        if check:
            assert result.returncode == 0, result
        return result

    def create(self, records, settings=None):
        self.cli("library", "add", self.root, "--name", self.name, "--type", "consortium",
                 "--latitude", str(self.latitude), "--longitude", str(self.longitude))
        self.cli("library", "add", self.library, "--name", f"{self.name} main library", "--type", "central",
                 "--parent", self.root, "--latitude", str(self.latitude), "--longitude", str(self.longitude))
        if records:
            path = self.workdir / f"{self.root.lower()}-records.xml"
            path.write_text(marcxml(records), encoding="utf-8")
            self.cli("import", str(path), "--library", self.library)
        env = dict(os.environ, PINAKES_PASSWORD=PASSWORD)
        self.cli("user", "add", "admin", "--role", "admin", "--name", f"{self.name} administrator", env=env)
        self.cli("sharing", "agency", f"ISIL:{self.isil}", "--library", self.root)
        merged = {"endpoint": self.endpoint, "autoApprove": False, "autoSupply": True, "documentOpens": 2,
                  "tariff": {"currency": "CNY", "loanFeeCents": 800, "copyFeePerPageCents": 25,
                             "minimumCopyFeeCents": 200, "postageCentsPerShipment": 0}}
        merged.update(settings or {})
        path = self.workdir / f"{self.root.lower()}-settings.json"
        path.write_text(json.dumps(merged), encoding="utf-8")
        self.cli("sharing", "settings", str(path))
        return self

    def know(self, other, incoming_code, outgoing_code, **terms):
        """Adds `other` to this node's peers directory: it must present `incoming_code`; we send it
        `outgoing_code`."""
        peer = {"agency": other.agency, "name": other.name, "endpoint": other.endpoint, "catalogue": other.base,
                "services": ["Loan", "Copy"], "answerHours": 48, "latitude": other.latitude,
                "longitude": other.longitude, "incomingAccountID": other.isil, "outgoingAccountID": self.isil,
                "outgoingSecurityCode": outgoing_code,
                "tariff": {"currency": "CNY", "loanFeeCents": 800, "copyFeePerPageCents": 25,
                           "minimumCopyFeeCents": 200}}
        peer.update(terms)
        path = self.workdir / f"{self.root.lower()}-peer-{other.root.lower()}.json"
        path.write_text(json.dumps({"peer": peer, "incomingSecurityCode": incoming_code}), encoding="utf-8")
        self.cli("sharing", "peer-add", str(path))

    def start(self, timeout=120):
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.proc = subprocess.Popen(
                [self.binary, "serve", "--port", str(self.port), "--jobs-every", "0", *self.storage],
                stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"{self.name} exited with {self.proc.returncode}:\n{self.logs()}")
            try:
                if http_get(self.base + "/health", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.3)
        else:
            pytest.fail(f"{self.name} did not start:\n{self.logs()}")
        self.token = self.api_token()
        return self

    def api_token(self):
        client = WebClient(self.base)
        status, _, _ = client.sign_in("admin", PASSWORD)
        assert status in (302, 303), status
        _, _, page = client.request("/staff")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
        status, _, body = client.request("/api/v1/tokens", json.dumps({"name": "sharing-test"}).encode(),
                                         headers={"Content-Type": "application/json", "X-CSRF-Token": csrf[1]},
                                         method="POST")
        assert status == 201, body
        return json.loads(body)["token"]

    def stop(self):
        if self.proc is not None:
            kill_group(self.proc)

    def logs(self):
        read = lambda p: p.read_text(errors="replace")[-4000:] if p.exists() else ""
        return f"--- {self.name} stdout\n{read(self.out)}\n--- stderr\n{read(self.err)}"

    def call(self, method, path, payload=None, raw=None, headers=None):
        """An API call with the admin token; returns (status, parsed JSON or text)."""
        data = raw if raw is not None else (json.dumps(payload).encode() if payload is not None else None)
        hdrs = {"Authorization": f"Bearer {self.token}"}
        if payload is not None:
            hdrs["Content-Type"] = "application/json"
        hdrs.update(headers or {})
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                body, status, kind = resp.read(), resp.status, resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            body, status, kind = e.read(), e.code, e.headers.get("Content-Type", "")
        text = body.decode("utf-8", errors="replace")
        return status, (json.loads(text) if "json" in kind and text else text)

    def post_xml(self, xml_bytes):
        req = urllib.request.Request(self.endpoint, data=xml_bytes, method="POST",
                                     headers={"Content-Type": "application/xml"})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, resp.read().decode("utf-8", errors="replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", errors="replace")

    def register_reader(self, name):
        status, reader = self.call("POST", "/api/v1/readers",
                                   {"name": name, "category": "student", "homeLibrary": self.library})
        assert status == 201, reader
        return reader["cardNumber"]

    def requests(self, role):
        status, found = self.call("GET", f"/api/v1/ill/requests?role={role}")
        assert status == 200, found
        return found

    def detail(self, request_id):
        status, found = self.call("GET", f"/api/v1/ill/requests/{request_id}")
        assert status == 200, found
        return found

    def act(self, request_id, action, **extra):
        status, body = self.call("POST", f"/api/v1/ill/requests/{request_id}/actions", {"action": action, **extra})
        assert status == 200, f"{action} on {self.name} request {request_id}: {status} {body}\n{self.logs()}"
        return body

    def lending_request(self, requesting_id, timeout=30):
        """Our lending request for the peer's `requesting_id`, once it has arrived."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in self.requests("lending"):
                if record["requestingRequestID"] == requesting_id:
                    return record
            time.sleep(0.2)
        pytest.fail(f"{self.name} never received request {requesting_id}\n{self.logs()}")

    def wait_status(self, request_id, status, timeout=30):
        deadline = time.monotonic() + timeout
        seen = None
        while time.monotonic() < deadline:
            seen = self.detail(request_id)["request"]["status"]
            if seen == status:
                return
            time.sleep(0.2)
        detail = self.detail(request_id)
        pytest.fail(f"{self.name} request {request_id} is {seen}, not {status}\n"
                    f"{json.dumps(detail['history'], ensure_ascii=False, indent=1)}\n{self.logs()}")

    def statement(self, month):
        status, body = self.call("GET", f"/api/v1/ill/statements?agency=ISIL:{self.isil}&month={month}")
        assert status == 200, body
        return body
