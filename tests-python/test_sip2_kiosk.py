"""SIP2 kiosks on the demo: `pinakes demo --sip2-port 0`, the demo.json guide it writes, a real SIP2 client
(PyPI `sip2`, plain TCP) borrowing and returning demo copies, and raw frames the server must refuse and survive."""
import socket
import time

import pytest

Sip2 = pytest.importorskip("Sip2.sip2").Sip2


class Kiosk:
    """The PyPI `sip2` client (module `Sip2`) on plain TCP, logged in (93) and past SC status (99).

    Its `Sip2Wrapper` is not used: it reads the patron status flags the wrong way round (it refuses to check out
    unless "charge privileges denied" is `Y`), so requests go through the `Sip2` class it wraps.
    """

    def __init__(self, server, log_dir):
        guide = server.guide["sip2"]
        self.client = Sip2()
        settings = {
            "hostName": server.sip2_host, "hostPort": server.sip2_port, "tlsEnable": False, "socketTimeout": 10,
            "hostEncoding": "utf-8", "institutionId": guide["institution"], "scLocation": guide["location"],
            "loglevel": "WARNING", "logfile_path": str(log_dir),
        }
        for key, value in settings.items():
            assert hasattr(self.client, key), key
            setattr(self.client, key, value)
        assert self.client.connect()
        assert self.ask("login", guide["user"], guide["password"])["fixed"]["Ok"] == "1"
        assert self.ask("sc_status")["fixed"]["OnlineStatus"] == "Y"

    def ask(self, message, *args):
        request = getattr(self.client, f"sip_{message}_request")(*args)
        return getattr(self.client, f"sip_{message}_response")(self.client.get_response(request))

    def patron(self, card, pin=""):
        self.client.patron, self.client.patronpwd = card, pin

    def close(self):
        self.client.disconnect()


@pytest.fixture
def kiosk(demo_sip2, tmp_path):
    client = Kiosk(demo_sip2, tmp_path)
    yield client
    client.close()


def checksum(text):
    """SIP2 checksum: the two's complement of the byte sum, four hex digits."""
    return "%04X" % ((-sum(text.encode("utf-8"))) & 0xFFFF)


def frame(text):
    return (text + checksum(text) + "\r").encode("utf-8")


class RawKiosk:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.pending = b""

    def send(self, data):
        self.sock.sendall(data)
        while b"\r" not in self.pending:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the SIP2 server closed the connection")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\r")
        return line.decode("utf-8")

    def close(self):
        self.sock.close()


def test_demo_json_lists_kiosk_logins_readers_and_shelf_copies(demo_sip2):
    guide = demo_sip2.guide
    assert set(guide) == {"sip2", "logins", "readers", "items"}
    assert set(guide["sip2"]) == {"user", "password", "institution", "location"}
    assert all(guide["sip2"][key] for key in guide["sip2"])
    assert {"username": "reader", "password": "pinakes-reader", "role": "reader"} in guide["logins"]
    assert all(set(login) == {"username", "password", "role"} for login in guide["logins"])
    assert len(guide["readers"]) >= 10
    assert all(set(reader) == {"card", "name", "library"} and reader["card"] for reader in guide["readers"])
    assert len({reader["card"] for reader in guide["readers"]}) == len(guide["readers"])
    assert len(guide["items"]) >= 100
    assert all(set(item) == {"barcode", "library", "title"} and item["barcode"] for item in guide["items"])
    assert len({item["library"] for item in guide["items"]}) >= 3, "shelf copies should come from several libraries"
    assert f"SIP2 kiosks: {demo_sip2.sip2_host}:{demo_sip2.sip2_port}" in demo_sip2.stdout()


def test_kiosk_lends_a_demo_copy_returns_it_and_shows_the_patron(demo_sip2, kiosk):
    guide = demo_sip2.guide
    reader, item = guide["readers"][0], guide["items"][0]
    kiosk.patron(reader["card"])
    status = kiosk.ask("patron_status")
    assert status["variable"]["BL"][0] == "Y" and status["variable"]["AE"][0] == reader["name"], status
    assert "Y" not in status["fixed"]["PatronStatus"], status
    before = int(kiosk.ask("patron_information", "charged")["fixed"]["ChargedItemsCount"])

    loan = kiosk.ask("checkout", item["barcode"])
    assert loan["fixed"]["Ok"] == "1", loan
    assert loan["variable"]["AB"][0] == item["barcode"]
    assert loan["variable"]["AH"][0].strip(), "a due date"

    charged = kiosk.ask("patron_information", "charged")
    assert int(charged["fixed"]["ChargedItemsCount"]) == before + 1, charged
    assert item["barcode"] in charged["variable"].get("AU", []), charged

    info = kiosk.ask("item_information", item["barcode"])
    assert info["fixed"]["CirculationStatus"] == "04", info

    back = kiosk.ask("checkin", item["barcode"])
    assert back["fixed"]["Ok"] == "1", back
    if item["library"] == guide["sip2"]["location"]:
        assert not back["variable"].get("CT", [""])[0]
    else:  # returned away from home: the kiosk says where the copy travels
        assert back["variable"]["CT"][0] == item["library"], back
        assert back["fixed"]["Alert"] == "Y"

    charged = kiosk.ask("patron_information", "charged")
    assert int(charged["fixed"]["ChargedItemsCount"]) == before, charged
    assert item["barcode"] not in charged["variable"].get("AU", [])


def test_every_listed_copy_is_on_the_shelf_and_loanable(demo_sip2, kiosk):
    guide = demo_sip2.guide
    readers, items = guide["readers"], guide["items"][1:]
    for index, item in enumerate(items):
        info = kiosk.ask("item_information", item["barcode"])
        assert info["fixed"]["CirculationStatus"] == "03", (item, info)
        kiosk.patron(readers[index % len(readers)]["card"])
        loan = kiosk.ask("checkout", item["barcode"])
        assert loan["fixed"]["Ok"] == "1", (item, loan)
        back = kiosk.ask("checkin", item["barcode"])
        assert back["fixed"]["Ok"] == "1", (item, back)


def test_bad_frames_are_refused_and_the_server_keeps_serving(demo_sip2):
    guide = demo_sip2.guide["sip2"]
    raw = RawKiosk(demo_sip2.sip2_host, demo_sip2.sip2_port)
    try:
        login = raw.send(frame(f"9300CN{guide['user']}|CO{guide['password']}|CP{guide['location']}|AY0AZ"))
        assert login.startswith("941"), login
        # A checksum that does not add up: the server asks for the message again (96).
        status_text = "9900302.00AY1AZ"
        wrong = "%04X" % ((int(checksum(status_text), 16) + 1) & 0xFFFF)
        assert raw.send((status_text + wrong + "\r").encode()).startswith("96")
        # A checkout without the item identifier (AB, required): refused, with the reason on screen (AF).
        when = time.strftime("%Y%m%d    %H%M%S")
        card = demo_sip2.guide["readers"][0]["card"]
        refused = raw.send(frame(f"11NN{when}{' ' * 18}AO{guide['institution']}|AA{card}|AC|AY2AZ"))
        assert refused.startswith("120"), refused
        assert "|AF" in refused and "AB" in refused.split("|AF", 1)[1], refused
        # Still serving on the same connection, and to new ones.
        assert raw.send(frame("9900302.00AY3AZ")).startswith("98")
        again = RawKiosk(demo_sip2.sip2_host, demo_sip2.sip2_port)
        try:
            assert again.send(frame("9900302.00AY0AZ")).startswith("98")
        finally:
            again.close()
    finally:
        raw.close()
