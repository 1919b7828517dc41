"""The interlibrary loan pages in headless Chromium with JavaScript off, across two nodes: the Wuhan university
libraries (PostgreSQL) borrow from the Suzhou public libraries (SQLite) over ISO 18626.

A Wuhan reader finds a title with no copy on the shelf, follows its "馆际互借" link and sends the prefilled form in
Chinese by keyboard; Wuhan staff approve it on their queue page; Suzhou staff open their lending queue, print the
pull slip and ship the copy by its barcode; Wuhan staff receive it; the reader reads the history. A copy request
is delivered by uploading a PDF through Suzhou's file form and the reader's page links to the document. Refusals
(a form without a title, a copyright or CSRF refusal) are shown, and a reader cannot open the staff queues.
"""
import os
import re
import time
import urllib.request

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402

from sharing_nodes import PASSWORD, Node  # noqa: E402
from test_demo import WebClient  # noqa: E402
from test_pages_chromium import browser, browser_binary, focused, keyboard_sign_in, wait  # noqa: E402,F401

BOOK_ISBN = "9787020002207"
JOURNAL_ISSN = "0028-0836"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"p" * 3000
STAFF_PASSWORD = "sharing-staff-pw"
READER = ("liming", "reader-password-1")


@pytest.fixture
def nodes(pinakes_bin, tmp_path, postgres_url):
    suzhou = Node(pinakes_bin, tmp_path, "Suzhou Public Libraries", "SZ", "SZCEN", "CN-SZ",
                  ["--data", str(tmp_path / "suzhou")], 31.30, 120.58)
    wuhan = Node(pinakes_bin, tmp_path, "Wuhan University Libraries", "WHU", "WHUMAIN", "CN-WHU",
                 ["--database", postgres_url], 30.54, 114.36)
    started = []
    try:
        suzhou.create([
            ("sz-1", "Hong lou meng", "Cao, Xueqin", BOOK_ISBN, None, [("SZCEN", "SZ-0001"), ("SZCEN", "SZ-0002")]),
            ("sz-2", "Nature", "Nature Publishing", None, JOURNAL_ISSN, [("SZCEN", "SZ-J001")]),
        ])
        # Wuhan catalogues the book too, but holds no copy of it: its readers must borrow it from elsewhere.
        wuhan.create([("whu-1", "Hong lou meng", "Cao, Xueqin", BOOK_ISBN, None, [])],
                     settings={"autoApprove": False})
        wuhan.know(suzhou, incoming_code="sz-to-whu", outgoing_code="whu-to-sz")
        suzhou.know(wuhan, incoming_code="whu-to-sz", outgoing_code="sz-to-whu")
        env = dict(os.environ, PINAKES_PASSWORD=STAFF_PASSWORD)
        suzhou.cli("user", "add", "szstaff", "--role", "staff", "--library", "SZCEN", "--name", "Suzhou ILL", env=env)
        wuhan.cli("user", "add", "whustaff", "--role", "staff", "--library", "WHUMAIN", "--name", "Wuhan ILL", env=env)
        for node in (suzhou, wuhan):
            node.start()
            started.append(node)
        status, reader = wuhan.call("POST", "/api/v1/readers/register", {
            "name": "Li Ming 李明", "homeLibrary": "WHUMAIN", "username": READER[0], "password": READER[1]})
        assert status == 201, reader
        status, reader = wuhan.call("POST", f"/api/v1/readers/{reader['id']}/verify", {})
        assert status == 200 and reader["status"] == "active", reader
        wuhan.reader_card = reader["cardNumber"]
        yield suzhou, wuhan
    finally:
        for node in started:
            node.stop()


def sign_in(browser, node, username, password):
    """Signs in afresh (both nodes are on 127.0.0.1, so they share the cookie jar)."""
    browser.get(node.base + "/login")
    browser.delete_all_cookies()
    keyboard_sign_in(browser, node.base, username, password)
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "nav form[action='/logout']")))


def tab_to_element(browser, element_id, limit=90):
    """Presses Tab from the top of the page (as key presses, so a file field on the way is only passed) until
    the element has the focus."""
    target = wait(browser, EC.presence_of_element_located((By.ID, element_id)))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.HOME)
    for _ in range(limit):
        if focused(browser) == target:
            return target
        ActionChains(browser).send_keys(Keys.TAB).perform()
    raise AssertionError(f"#{element_id} not reached with Tab within {limit} presses")


def press(browser, element_id, limit=90):
    """Tabs to the link or button and presses Enter on it; returns once the next page has replaced this one."""
    tab_to_element(browser, element_id, limit)
    enter_and_wait(browser)


def enter_and_wait(browser):
    page = browser.find_element(By.TAG_NAME, "html")
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    wait(browser, left(page))


def left(page):
    """True once `page` is gone. Chromium's driver may answer a query about an element of a page being replaced
    with an error of its own ("unhandled inspector error") instead of a stale reference: that means not yet."""

    def check(_driver):
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException:
            return False

    return check


def type_into(browser, element_id, text, limit=90):
    tab_to_element(browser, element_id, limit)
    ActionChains(browser).send_keys(text).perform()


def text_of(browser, element_id):
    return wait(browser, EC.presence_of_element_located((By.ID, element_id))).text


def staff_acts(browser, node, request_id, action):
    """On the request's staff page, presses the action's button; returns the page's notice."""
    browser.get(f"{node.base}/staff/ill/requests/{request_id}")
    press(browser, f"do-{action}")
    return text_of(browser, "ill-notice")


def cluster_id(node):
    status, found = node.call("GET", f"/api/v1/search?q=isbn:{BOOK_ISBN}&facets=false")
    assert status == 200 and found["results"], found
    return found["results"][0]["id"]


def test_reader_borrows_a_book_from_another_consortium_through_the_pages(browser, nodes):
    suzhou, wuhan = nodes
    title = cluster_id(wuhan)

    # The reader, in Chinese, follows the title page's interlibrary link: no copy is on the shelf here.
    sign_in(browser, wuhan, *READER)
    browser.get(f"{wuhan.base}/titles/{title}?lang=zh")
    link = wait(browser, EC.presence_of_element_located((By.ID, "ill-request-link")))
    assert link.text == "馆际互借"
    assert "联盟内暂无在架单册" in browser.find_element(By.CSS_SELECTOR, "p.ill-link.prominent").text
    press(browser, "ill-request-link")
    wait(browser, EC.presence_of_element_located((By.ID, "ill-request-form")))
    assert browser.find_element(By.TAG_NAME, "h1").text == "馆际互借申请"
    assert browser.find_element(By.ID, "ill-title").get_attribute("value") == "Hong lou meng"
    assert browser.find_element(By.ID, "ill-isbn").get_attribute("value") == BOOK_ISBN
    assert browser.find_element(By.CSS_SELECTOR, "#ill-pickup option[selected]").get_attribute("value") == "WHUMAIN"
    labels = {label.get_attribute("for"): label.text for label in browser.find_elements(By.CSS_SELECTOR, "form label")}
    assert labels["ill-title"] == "书名或刊名" and labels["ill-note"] == "备注", labels
    type_into(browser, "ill-note", "课程论文需要")
    press(browser, "ill-send")
    assert text_of(browser, "ill-notice") == "您的申请已提交。"
    request_id = int(re.search(r"/account/ill/(\d+)", browser.current_url)[1])
    assert text_of(browser, "ill-status") == "等待馆员审核"

    # "My interlibrary requests" lists it with its status in words.
    browser.get(wuhan.base + "/account?lang=zh")
    press(browser, "my-ill-link")
    row = wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, f"tr[data-request='{request_id}']")))
    assert "Hong lou meng" in row.text and "等待馆员审核" in row.text, row.text

    # Wuhan's staff approve it from their borrowing queue; the rota asks Suzhou.
    sign_in(browser, wuhan, "whustaff", STAFF_PASSWORD)
    browser.get(wuhan.base + "/staff")
    press(browser, "staff-ill-link")
    press(browser, f"open-{request_id}")
    assert browser.find_elements(By.ID, "do-approve") and browser.find_elements(By.ID, "do-reject")
    assert not browser.find_elements(By.ID, "do-receive"), "receive is offered before the lender shipped"
    assert browser.find_element(By.TAG_NAME, "h1").text == f"Request {request_id} · Hong lou meng"
    assert text_of(browser, "ill-reader") == "Li Ming 李明"
    press(browser, "do-approve")
    assert text_of(browser, "ill-notice") == "Done."
    rota = browser.find_element(By.CSS_SELECTOR, "#ill-rota tr[data-agency='ISIL:CN-SZ']")
    assert rota.get_attribute("data-outcome") == "asked" and "on the shelf" in rota.text, rota.text
    wuhan.wait_status(request_id, "will-supply")
    requesting_id = wuhan.detail(request_id)["request"]["requestingRequestID"]
    lending = suzhou.lending_request(requesting_id)
    suzhou.wait_status(lending["id"], "will-supply")

    # Suzhou's staff find it in their lending queue, print the pull slip and ship a copy by its barcode.
    sign_in(browser, suzhou, "szstaff", STAFF_PASSWORD)
    browser.get(suzhou.base + "/staff/ill?queue=lending&status=will-supply")
    row = wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, f"tr[data-request='{lending['id']}']")))
    assert "We will supply" in row.text and "Wuhan University Libraries" in row.text, row.text
    press(browser, f"open-{lending['id']}")
    press(browser, "ill-slip-link")
    slip = text_of(browser, "ill-slip")
    assert "SZ-0001" in slip and "I247.5/SZ-0001" in slip and requesting_id in slip, slip
    assert text_of(browser, "ill-slip-title") == "Hong lou meng"
    assert "Wuhan University Libraries" in slip
    browser.back()
    type_into(browser, "ship-barcode", "SZ-0001")
    enter_and_wait(browser)
    assert text_of(browser, "ill-notice") == "Done."
    assert browser.find_element(By.CSS_SELECTOR, "article.ill-request").get_attribute("data-status") == "shipped"
    assert text_of(browser, "ill-barcode") == "SZ-0001"
    assert not browser.find_elements(By.ID, "do-ship")
    wuhan.wait_status(request_id, "shipped")

    # Wuhan's staff receive it at the pickup library.
    sign_in(browser, wuhan, "whustaff", STAFF_PASSWORD)
    assert staff_acts(browser, wuhan, request_id, "receive") == "Done."
    assert text_of(browser, "ill-status") == "Arrived: ready for pickup"
    rows = browser.find_elements(By.CSS_SELECTOR, "#ill-history tbody tr")
    events = [row.get_attribute("data-event") for row in rows if not row.get_attribute("data-event").startswith("notice:")]
    assert events == ["submitted", "approve", "lender:WillSupply", "lender:Loaned", "receive"], events
    assert "Lender will supply" in browser.find_element(By.CSS_SELECTOR, "tr[data-event='lender:WillSupply']").text

    # The reader reads the whole story as a timeline, in Chinese, with the due date.
    sign_in(browser, wuhan, *READER)
    browser.get(f"{wuhan.base}/account/ill/{request_id}?lang=zh")
    assert text_of(browser, "ill-status") == "已到馆，可取书"
    timeline = text_of(browser, "ill-timeline")
    for words in ("已提交申请", "审核通过，已发送给对方馆", "对方馆同意提供", "对方馆：已寄出", "已到达取书馆"):
        assert words in timeline, timeline
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text_of(browser, "ill-due"))
    assert browser.find_element(By.ID, "ill-renew").text == "申请续借"
    assert not browser.find_elements(By.ID, "ill-cancel"), "a shipped request cannot be cancelled"


def test_copy_delivered_by_upload_opens_from_the_readers_page(browser, nodes, tmp_path):
    suzhou, wuhan = nodes
    sign_in(browser, wuhan, *READER)

    # A form without a title is refused next to its field, and what was typed stays.
    browser.get(wuhan.base + "/ill/request")
    # The service is a radio group: Tab reaches the checked "Loan", an arrow key moves to "Copy".
    type_into(browser, "ill-service-loan", Keys.ARROW_RIGHT)
    type_into(browser, "ill-pages", "12-19")
    type_into(browser, "ill-note", "chapter two")
    press(browser, "ill-send")
    problems = text_of(browser, "ill-problems")
    assert "Give the title of the book or journal." in problems, problems
    assert browser.find_element(By.ID, "ill-title").get_attribute("aria-invalid") == "true"
    assert text_of(browser, "ill-title-problem") == "Give the title of the book or journal."
    assert browser.find_element(By.ID, "ill-pages").get_attribute("value") == "12-19"
    assert browser.find_element(By.ID, "ill-note").get_attribute("value") == "chapter two"
    assert browser.find_element(By.ID, "ill-service-copy").is_selected()
    assert not wuhan.requests("borrowing"), "a refused form was stored"

    # An OpenURL fills the citation; the rest comes from the form.
    openurl = (f"url_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:journal&rft.jtitle=Nature"
               f"&rft.issn={JOURNAL_ISSN}&rft.atitle=A+study+of+ancient+paper&rft.date=2019")
    type_into(browser, "ill-openURL", openurl)
    press(browser, "ill-send")
    assert text_of(browser, "ill-notice") == "Your request was received."
    request_id = int(re.search(r"/account/ill/(\d+)", browser.current_url)[1])
    assert browser.find_element(By.TAG_NAME, "h1").text == "A study of ancient paper / Nature"
    described = browser.find_element(By.CSS_SELECTOR, "dl.description").text
    assert "Pages\n12-19" in described and f"ISSN\n{JOURNAL_ISSN}" in described, described

    sign_in(browser, wuhan, "whustaff", STAFF_PASSWORD)
    staff_acts(browser, wuhan, request_id, "approve")
    requesting_id = wuhan.detail(request_id)["request"]["requestingRequestID"]
    lending = suzhou.lending_request(requesting_id)
    suzhou.wait_status(lending["id"], "will-supply")

    # A multipart upload with a wrong CSRF token is refused and delivers nothing.
    client = WebClient(suzhou.base)
    client.sign_in("szstaff", STAFF_PASSWORD)
    boundary = "pinakes-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nwrong\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode() + PDF + f"\r\n--{boundary}--\r\n".encode()
    status, _, _ = client.request(f"/staff/ill/requests/{lending['id']}/document", body, method="POST",
                                  headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert status == 403
    assert suzhou.detail(lending["id"])["request"]["status"] == "will-supply"

    # Suzhou's staff deliver the copy through the page's file form.
    pdf = tmp_path / "ancient-paper.pdf"
    pdf.write_bytes(PDF)
    sign_in(browser, suzhou, "szstaff", STAFF_PASSWORD)
    browser.get(f"{suzhou.base}/staff/ill/requests/{lending['id']}")
    described = browser.find_element(By.CSS_SELECTOR, "dl.description").text
    assert "Article or chapter title\nA study of ancient paper" in described, described
    browser.find_element(By.ID, "copy-file").send_keys(str(pdf))
    type_into(browser, "copy-pages", "8")
    press(browser, "do-deliver-copy")
    assert text_of(browser, "ill-notice") == "Done."
    assert browser.find_element(By.CSS_SELECTOR, "article.ill-request").get_attribute("data-status") == "completed"
    wuhan.wait_status(request_id, "completed")
    deadline = time.monotonic() + 20
    while not wuhan.detail(request_id)["documents"] and time.monotonic() < deadline:
        time.sleep(0.2)

    # The reader's page links to the document, which opens.
    sign_in(browser, wuhan, *READER)
    browser.get(f"{wuhan.base}/account/ill/{request_id}")
    assert text_of(browser, "ill-status") == "Completed"
    link = wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "a.ill-document")))
    assert "openings left: 2." in browser.find_element(By.CSS_SELECTOR, ".ill-document-terms").text
    with urllib.request.urlopen(link.get_attribute("href"), timeout=10) as response:
        assert response.read() == PDF and response.headers["Content-Type"] == "application/pdf"
    browser.refresh()
    assert "openings left: 1." in browser.find_element(By.CSS_SELECTOR, ".ill-document-terms").text
    assert "The copy arrived and is kept for the reader" in text_of(browser, "ill-timeline")

    # Three chapters of one book a year are what the copyright rules allow; the page refuses a fourth.
    for chapter in (1, 2, 3):
        status, body = wuhan.call("POST", "/api/v1/ill/requests", {
            "card": wuhan.reader_card, "service": "Copy", "title": "Hong lou meng", "articleTitle": f"Chapter {chapter}"})
        assert status == 201, body
    stored = len(wuhan.requests("borrowing"))
    browser.get(wuhan.base + "/ill/request?lang=zh&service=Copy")
    assert browser.find_element(By.ID, "ill-service-copy").is_selected()
    type_into(browser, "ill-title", "Hong lou meng")
    type_into(browser, "ill-articleTitle", "Chapter 4")
    press(browser, "ill-send")
    problems = text_of(browser, "ill-problems")
    assert "申请未提交" in problems and "已达每年3份的上限" in problems, problems
    assert browser.find_element(By.ID, "ill-articleTitle").get_attribute("value") == "Chapter 4"
    assert len(wuhan.requests("borrowing")) == stored


def test_a_reader_cannot_open_the_staff_queues(browser, nodes):
    _, wuhan = nodes
    client = WebClient(wuhan.base)
    client.sign_in(*READER)
    for path in ("/staff/ill", "/staff/ill/directory", "/staff/ill/statements", "/staff/ill/new"):
        status, _, page = client.request(path)
        assert status == 403, (path, status)
        assert "queue-heading" not in page
    status, _, page = client.request("/account/ill")
    assert status == 200 and "my-ill-requests" not in page and "No interlibrary requests." in page

    sign_in(browser, wuhan, *READER)
    browser.get(wuhan.base + "/staff/ill?lang=zh")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading.startswith("出错了") and "403" in heading, heading
    assert not browser.find_elements(By.ID, "queue-heading")
    # Staff of the same node do see the queues, with their tabs, but not the administrator's directory forms.
    sign_in(browser, wuhan, "whustaff", STAFF_PASSWORD)
    browser.get(wuhan.base + "/staff/ill")
    assert text_of(browser, "queue-heading") == "Borrowing: our readers' requests"
    assert browser.find_element(By.ID, "tab-borrowing").get_attribute("aria-current") == "page"
    browser.get(wuhan.base + "/staff/ill/directory")
    assert "Suzhou Public Libraries" in text_of(browser, "ill-peers")
    assert not browser.find_elements(By.ID, "peer-form") and not browser.find_elements(By.ID, "settings-form")

    # Staff ask on behalf of a reader by card; an unknown card is refused on the form.
    browser.get(wuhan.base + "/staff/ill/new?lang=en")
    type_into(browser, "ill-card", "NO-SUCH-CARD")
    type_into(browser, "ill-title", "Hong lou meng")
    press(browser, "ill-send")
    assert "NO-SUCH-CARD" in text_of(browser, "ill-problems") and "NO-SUCH-CARD" in text_of(browser, "ill-card-problem")
    assert browser.find_element(By.ID, "ill-title").get_attribute("value") == "Hong lou meng"
    assert not wuhan.requests("borrowing")
    type_into(browser, "ill-card", Keys.CONTROL + "a" + Keys.BACKSPACE + wuhan.reader_card)
    press(browser, "ill-send")
    assert text_of(browser, "ill-notice") == "The request was stored for the reader."
    assert text_of(browser, "ill-reader") == "Li Ming 李明"
    assert text_of(browser, "ill-status") == "Waiting for staff review"


def test_administrator_keeps_the_directory_and_reads_the_statements(browser, nodes):
    suzhou, wuhan = nodes
    sign_in(browser, wuhan, "admin", PASSWORD)
    browser.get(wuhan.base + "/staff/ill/directory?lang=zh")
    own = text_of(browser, "own-entry")
    assert "ISIL:CN-WHU" in own and "WHU" in own and wuhan.endpoint in own, own
    peer = browser.find_element(By.CSS_SELECTOR, "#ill-peers tr[data-agency='ISIL:CN-SZ']")
    assert "Suzhou Public Libraries" in peer.text and suzhou.endpoint in peer.text and "正常" in peer.text, peer.text

    # A peer whose endpoint is no HTTP URL is refused, then a good one is added.
    browser.get(wuhan.base + "/staff/ill/directory?lang=en")
    type_into(browser, "peer-agencyValue", "CN-WH-JX", limit=120)
    type_into(browser, "peer-name", "Jiangxia District Library", limit=120)
    type_into(browser, "peer-endpoint", "ftp://jiangxia.example/iso18626", limit=120)
    press(browser, "peer-save", limit=160)
    assert "endpoint must be an http:// or https:// URL" in text_of(browser, "directory-error")
    type_into(browser, "peer-agencyValue", "CN-WH-JX", limit=120)
    type_into(browser, "peer-name", "Jiangxia District Library", limit=120)
    type_into(browser, "peer-endpoint", "http://127.0.0.1:9/iso18626", limit=120)
    type_into(browser, "peer-loanFee", "1.50", limit=120)
    type_into(browser, "peer-incomingSecurityCode", "jx-secret", limit=160)
    press(browser, "peer-save", limit=160)
    assert text_of(browser, "directory-notice") == "Saved."
    added = browser.find_element(By.CSS_SELECTOR, "#ill-peers tr[data-agency='ISIL:CN-WH-JX']")
    assert "Jiangxia District Library" in added.text and "Fee per loan 1.50" in added.text, added.text
    status, peers = wuhan.call("GET", "/api/v1/peers")
    assert {p["agency"]["value"] for p in peers} == {"CN-SZ", "CN-WH-JX"}, peers

    # One of our own agency ids for the main library, and the settings.
    type_into(browser, "agency-value", "CN-WHU-MAIN", limit=200)
    press(browser, "agency-add", limit=200)
    assert "ISIL:CN-WHU-MAIN" in text_of(browser, "own-entry")
    tab_to_element(browser, "settings-autoApprove", limit=220)
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    type_into(browser, "settings-documentOpens", Keys.BACKSPACE * 3 + "4", limit=220)
    press(browser, "settings-save", limit=240)
    assert text_of(browser, "directory-notice") == "Saved."
    status, settings = wuhan.call("GET", "/api/v1/sharing/settings")
    assert settings["autoApprove"] is True and settings["documentOpens"] == 4, settings
    assert settings["tariff"]["loanFeeCents"] == 800, settings

    # The statements of both sides after a loan is shipped: Suzhou lent it, Wuhan owes the fee.
    status, asked = wuhan.call("POST", "/api/v1/ill/requests", {
        "card": wuhan.reader_card, "service": "Loan", "title": "Hong lou meng", "isbn": BOOK_ISBN})
    assert status == 201 and asked["status"] == "request-sent", asked  # approved automatically now
    lending = suzhou.lending_request(asked["requestingRequestID"])
    suzhou.wait_status(lending["id"], "will-supply")
    suzhou.act(lending["id"], "ship", barcode="SZ-0002")
    wuhan.wait_status(asked["id"], "shipped")
    month = time.strftime("%Y-%m", time.gmtime(time.time() + 8 * 3600))
    sign_in(browser, suzhou, "szstaff", STAFF_PASSWORD)
    browser.get(f"{suzhou.base}/staff/ill/statements?month={month}")
    lines = text_of(browser, "statement-lines")
    assert asked["requestingRequestID"] in lines and "8.00" in lines and "lent" in lines, lines
    net = browser.find_element(By.CSS_SELECTOR, "#statement-totals tr[data-currency='CNY'] td.net").text
    assert net == "8.00"
    assert "Wuhan University Libraries" in text_of(browser, "statement-counterparts")
    assert text_of(browser, "statement-counts").split()[-4:] == ["1", "0", "0", "0"]
    csv_href = browser.find_element(By.ID, "statement-csv").get_attribute("href")
    status, csv_text = suzhou.call("GET", csv_href.removeprefix(suzhou.base))
    assert status == 200 and asked["requestingRequestID"] in csv_text, csv_text
    browser.get(f"{suzhou.base}/staff/ill/statements?agency=ISIL:CN-WHU&month={month}&lang=zh")
    net = browser.find_element(By.CSS_SELECTOR, "#statement-totals tr[data-currency='CNY'] td.net").text
    assert net == "-8.00" and "借入" in text_of(browser, "statement-lines")
