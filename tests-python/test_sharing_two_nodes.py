"""Two consortia lend to each other over ISO 18626, each on its own `pinakes serve` process and database.

The Suzhou public libraries (SQLite) and the Wuhan university libraries (PostgreSQL) know each other as peers
with security codes; a third node, Jiangxia district (SQLite), holds the book too but does not lend it
automatically. A Wuhan student asks for a book: the rota asks Jiangxia first (nearer, cheaper), whose librarian
answers Unfilled, so Suzhou is asked next, supplies it (checked out to the university in Suzhou's circulation),
and the loan goes round: shipped, received, lent to the student, returned, shipped back, completed. Then the
student asks for an article: Suzhou uploads a PDF, Wuhan fetches it, and the student's link opens twice and no
more. At the end both nodes' ledgers and monthly statements show the same bookings, and the lent copy is back on
Suzhou's shelf.
"""
import datetime
import sqlite3
import time

import pytest

from sharing_nodes import Node

BOOK_ISBN = "9787020002207"
JOURNAL_ISSN = "0028-0836"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"x" * 2000


@pytest.fixture
def nodes(pinakes_bin, tmp_path, postgres_url):
    suzhou = Node(pinakes_bin, tmp_path, "Suzhou Public Libraries", "SZ", "SZCEN", "CN-SZ",
                  ["--data", str(tmp_path / "suzhou")], 31.30, 120.58)
    wuhan = Node(pinakes_bin, tmp_path, "Wuhan University Libraries", "WHU", "WHUMAIN", "CN-WHU",
                 ["--database", postgres_url], 30.54, 114.36)
    jiangxia = Node(pinakes_bin, tmp_path, "Jiangxia District Library", "JX", "JXCEN", "CN-WH-JX",
                    ["--data", str(tmp_path / "jiangxia")], 30.37, 114.32)
    started = []
    try:
        suzhou.create([
            ("sz-1", "Hong lou meng", "Cao, Xueqin", BOOK_ISBN, None, [("SZCEN", "SZ-0001"), ("SZCEN", "SZ-0002")]),
            ("sz-2", "Nature", "Nature Publishing", None, JOURNAL_ISSN, [("SZCEN", "SZ-J001")]),
        ])
        jiangxia.create([("jx-1", "Hong lou meng", "Cao, Xueqin", BOOK_ISBN, None,
                         [("JXCEN", "JX-0001"), ("JXCEN", "JX-0002")])],
                        settings={"autoSupply": False})
        wuhan.create([], settings={"autoApprove": False})
        # Wuhan knows both lenders; Jiangxia is nearer and cheaper, so it is asked first.
        wuhan.know(suzhou, incoming_code="sz-to-whu", outgoing_code="whu-to-sz")
        wuhan.know(jiangxia, incoming_code="jx-to-whu", outgoing_code="whu-to-jx",
                   tariff={"currency": "CNY", "loanFeeCents": 100})
        suzhou.know(wuhan, incoming_code="whu-to-sz", outgoing_code="sz-to-whu")
        jiangxia.know(wuhan, incoming_code="whu-to-jx", outgoing_code="jx-to-whu")
        for node in (suzhou, wuhan, jiangxia):
            node.start()
            started.append(node)
        yield suzhou, wuhan, jiangxia
    finally:
        for node in started:
            node.stop()


def test_loan_unfilled_then_supplied_and_copy_cycle_with_agreeing_ledgers(nodes, tmp_path):
    suzhou, wuhan, jiangxia = nodes
    assert wuhan.call("GET", "/api/v1/directory")[1]["agencies"][0]["value"] == "CN-WHU"
    card = wuhan.register_reader("Zhang Wei 张伟")

    # The student's request waits for review, then goes to the rota's first lender.
    status, asked = wuhan.call("POST", "/api/v1/ill/requests", {
        "card": card, "service": "Loan", "title": "Hong lou meng", "author": "Cao Xueqin", "isbn": BOOK_ISBN})
    assert status == 201, asked
    assert asked["status"] == "pending-review"
    request_id = asked["id"]
    wuhan.call("POST", f"/api/v1/ill/requests/{request_id}/approve", {})
    rota = wuhan.detail(request_id)["rota"]
    assert [entry["agency"] for entry in rota] == ["ISIL:CN-WH-JX", "ISIL:CN-SZ"], rota
    assert rota[0]["outcome"] == "asked"

    # Jiangxia does not lend automatically; its librarian says no.
    at_jiangxia = jiangxia.lending_request(asked["requestingRequestID"])
    assert at_jiangxia["status"] == "received"
    jiangxia.act(at_jiangxia["id"], "unfilled", reason="PolicyProblem")

    # Wuhan moves on to Suzhou, which has the book on the shelf and answers WillSupply by itself.
    at_suzhou = suzhou.lending_request(asked["requestingRequestID"])
    suzhou.wait_status(at_suzhou["id"], "will-supply")
    wuhan.wait_status(request_id, "will-supply")
    outcomes = {entry["agency"]: entry["outcome"] for entry in wuhan.detail(request_id)["rota"]}
    assert outcomes == {"ISIL:CN-WH-JX": "unfilled", "ISIL:CN-SZ": "asked"}, outcomes

    # Suzhou ships a copy from its pull slip: it is checked out to the university and cannot be lent twice.
    slip = suzhou.detail(at_suzhou["id"])["shelfCopies"]
    assert {copy["barcode"] for copy in slip} == {"SZ-0001", "SZ-0002"}
    suzhou.act(at_suzhou["id"], "ship", barcode="SZ-0001")
    status, item = suzhou.call("GET", "/api/v1/items/SZ-0001")
    assert item["status"] == "on-loan", item
    status, again = suzhou.call("POST", "/api/v1/circulation/checkout",
                                {"card": "ILL-CNWHU", "barcode": "SZ-0001", "library": "SZCEN"})
    assert status == 409, again
    wuhan.wait_status(request_id, "shipped")

    # Round trip on Wuhan's side, each step a message to Suzhou.
    wuhan.act(request_id, "receive")
    wuhan.act(request_id, "lend-to-reader")
    wuhan.act(request_id, "reader-returned")
    wuhan.act(request_id, "ship-return")
    suzhou.wait_status(at_suzhou["id"], "return-shipped")
    suzhou.act(at_suzhou["id"], "return-received")
    wuhan.wait_status(request_id, "completed")
    status, item = suzhou.call("GET", "/api/v1/items/SZ-0001")
    assert item["status"] == "available", item

    history = [step["event"] for step in wuhan.detail(request_id)["history"]]
    for step in ("submitted", "approve", "lender:Unfilled", "lender:WillSupply", "lender:Loaned", "receive",
                 "lend-to-reader", "reader-returned", "ship-return", "lender:LoanCompleted"):
        assert step in history, history

    # The article: a copy request, delivered as a PDF through an expiring, counted link.
    status, article = wuhan.call("POST", "/api/v1/ill/requests", {
        "card": card, "service": "Copy", "title": "Nature", "issn": JOURNAL_ISSN, "year": "2019",
        "articleTitle": "A study of ancient paper", "pages": "12-19"})
    assert status == 201, article
    wuhan.call("POST", f"/api/v1/ill/requests/{article['id']}/approve", {})
    copy_at_suzhou = suzhou.lending_request(article["requestingRequestID"])
    suzhou.wait_status(copy_at_suzhou["id"], "will-supply")
    status, body = suzhou.call("POST", f"/api/v1/ill/requests/{copy_at_suzhou['id']}/document?filename=paper.pdf&pages=8",
                               raw=PDF, headers={"Content-Type": "application/pdf"})
    assert status == 200, body
    wuhan.wait_status(article["id"], "completed")
    deadline = time.monotonic() + 20
    while not wuhan.detail(article["id"])["documents"] and time.monotonic() < deadline:
        time.sleep(0.2)
    links = wuhan.detail(article["id"])["documents"]
    assert len(links) == 1 and links[0]["opensLeft"] == 2, links
    import urllib.request, urllib.error
    for _ in range(2):
        with urllib.request.urlopen(links[0]["url"], timeout=10) as resp:
            assert resp.read() == PDF
    with pytest.raises(urllib.error.HTTPError) as gone:
        urllib.request.urlopen(links[0]["url"], timeout=10)
    assert gone.value.code == 410

    # The student was told, in the account's notices (and by mail where a relay is set): the book is ready.
    _, found = wuhan.call("GET", f"/api/v1/readers?q={card}")
    _, reader = wuhan.call("GET", f"/api/v1/readers/{found['readers'][0]['id']}")
    told = [(n["kind"], n["title"]) for n in reader["account"]["notices"]]
    assert ("interlibrary", "Hong lou meng") in told, told

    # Both ledgers: the same two bookings, lent by Suzhou, borrowed by Wuhan, and nothing booked by Jiangxia.
    month = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).strftime("%Y-%m")
    lent = suzhou.statement(month)
    borrowed = wuhan.statement(month)
    lent_lines = sorted((line["requestID"], line["amountCents"], line["role"]) for line in lent["lines"])
    borrowed_lines = sorted((line["requestID"], line["amountCents"], line["role"]) for line in borrowed["lines"])
    assert [(r, a) for r, a, _ in lent_lines] == [(r, a) for r, a, _ in borrowed_lines], (lent, borrowed)
    assert {role for _, _, role in lent_lines} == {"lent"} and {role for _, _, role in borrowed_lines} == {"borrowed"}
    assert sorted(a for _, a, _ in lent_lines) == [200, 800]  # 8 pages at 0.25 (the 2.00 minimum); one loan
    assert lent["totals"][0]["netCents"] == 1000 and borrowed["totals"][0]["netCents"] == -1000
    assert jiangxia.statement(month)["lines"] == []
    status, csv_text = suzhou.call("GET", f"/api/v1/ill/statements?agency=ISIL:CN-SZ&month={month}&format=csv")
    assert status == 200 and "CN-WHU" in csv_text and "8.00" in csv_text, csv_text

    # Every message in and out is stored on the SQLite node.
    con = sqlite3.connect(tmp_path / "suzhou" / "pinakes.sqlite")
    try:
        kinds = dict(con.execute("SELECT direction || ':' || kind, count(*) FROM ill_message GROUP BY 1").fetchall())
        unsent = con.execute("SELECT count(*) FROM ill_message WHERE direction = 'out' AND status <> 'sent'").fetchone()
    finally:
        con.close()
    assert kinds["in:request"] == 2 and kinds["in:requestingAgencyMessage"] == 2, kinds  # Received, ShippedReturn
    assert kinds["out:supplyingAgencyMessage"] == 5, kinds  # WillSupply, Loaned, LoanCompleted; WillSupply, CopyCompleted
    assert unsent[0] == 0
