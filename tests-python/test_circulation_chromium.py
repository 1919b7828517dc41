"""The circulation pages in headless Chromium with JavaScript off, by keyboard: a branch librarian checks a copy
out and in at /staff/circulation and opens the transit slip; a reader renews a loan and cancels a request on
/account, in English and in Chinese. The readers, loans and requests are made through the JSON API first."""
import http.cookiejar
import json
import re
import urllib.parse
import urllib.request
import uuid

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402

from conftest import DEMO_LOGINS  # noqa: E402
from test_pages_chromium import browser, browser_binary, focused, keyboard_sign_in, tab_to, wait  # noqa: E402,F401

FLOATING = {"GUSU", "WUZH", "XIANG", "SIP", "HUQIU"}


def api(base, method, path, token=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def token_for(base, username, password):
    """Signs in through the login form and issues an API token with the session's CSRF token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login", timeout=30).read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
    form = urllib.parse.urlencode({"csrf_token": csrf, "username": username, "password": password, "next": "/"})
    opener.open(base + "/login", data=form.encode(), timeout=30).read()
    page = opener.open(base + "/", timeout=30).read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
    request = urllib.request.Request(base + "/api/v1/tokens", data=json.dumps({"name": "pytest"}).encode(),
                                     method="POST", headers={"Content-Type": "application/json", "X-CSRF-Token": csrf})
    return json.loads(opener.open(request, timeout=30).read())["token"]


def available_copies(base, owner_filter):
    """(title id, barcode, owner) of copies on the shelf whose owning library passes owner_filter."""
    status, body = api(base, "GET", "/api/v1/search?q=history&available=true&limit=50&facets=false")
    assert status == 200
    for title in body["results"]:
        for holding in title["holdings"]:
            if not owner_filter(holding["library"]):
                continue
            for item in holding["items"]:
                if item["status"] == "available" and (item.get("itemType") or "book").lower() == "book":
                    yield title["id"], item["barcode"], holding["library"]


def new_reader(base, staff_token):
    username = "r" + uuid.uuid4().hex[:10]
    status, reader = api(base, "POST", "/api/v1/readers/register",
                         body={"name": "Test Reader " + username, "homeLibrary": "GUSU", "username": username,
                               "password": "reader-password"})
    assert status == 201, reader
    status, reader = api(base, "POST", f"/api/v1/readers/{reader['id']}/verify", token=staff_token)
    assert status == 200 and reader["status"] == "active", reader
    return reader, username


@pytest.fixture(scope="module")
def staff_token(demo_server):
    return token_for(demo_server.base, "gusu", DEMO_LOGINS["gusu"])


def test_staff_checks_out_and_in_by_keyboard_and_sees_the_slip(browser, demo_server, staff_token):
    base = demo_server.base
    reader, _ = new_reader(base, staff_token)
    # A copy owned outside the floating group goes home in transit when checked in at GUSU: a slip is printed.
    _, barcode, owner = next(available_copies(base, lambda code: code not in FLOATING and code != "GUSU"))
    keyboard_sign_in(browser, base, "gusu", DEMO_LOGINS["gusu"])
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "nav a[href='/staff/circulation']")))
    browser.get(base + "/staff/circulation?library=GUSU")
    card = wait(browser, EC.presence_of_element_located((By.ID, "checkout-card")))
    assert focused(browser) == card, "the card field is not focused on arrival"
    card.send_keys(reader["cardNumber"], Keys.TAB)
    assert focused(browser).get_attribute("id") == "checkout-barcode"
    focused(browser).send_keys(barcode, Keys.ENTER)
    receipt = wait(browser, EC.presence_of_element_located((By.ID, "checkout-receipt")))
    assert barcode in receipt.text
    assert focused(browser).get_attribute("id") == "checkout-barcode", "the barcode field is not ready for the next item"
    assert browser.find_element(By.ID, "checkout-card").get_attribute("value") == reader["cardNumber"]
    assert barcode in browser.find_element(By.CSS_SELECTOR, "table.loans").text
    # Check the copy in with the keyboard: Tab from the checkout barcode to the check-in field.
    field = tab_to(browser, lambda e: e.get_attribute("id") == "checkin-barcode")
    field.send_keys(barcode, Keys.ENTER)
    instruction = wait(browser, EC.presence_of_element_located((By.ID, "checkin-instruction")))
    assert owner in instruction.text, instruction.text
    slip = browser.find_element(By.ID, "slip-link")
    tab_to(browser, lambda e: e == slip).send_keys(Keys.ENTER)
    wait(browser, EC.presence_of_element_located((By.ID, "slip")))
    assert barcode in browser.find_element(By.ID, "slip").text and owner in browser.find_element(By.ID, "slip").text
    # A refusal is shown on the desk, in the page's language.
    browser.get(base + "/staff/circulation?library=GUSU&lang=zh")
    field = wait(browser, EC.presence_of_element_located((By.ID, "checkin-barcode")))
    field.send_keys("NO-SUCH-COPY", Keys.ENTER)
    error = wait(browser, EC.presence_of_element_located((By.ID, "checkin-error")))
    assert error.text == "没有条码为NO-SUCH-COPY的单册。"


def test_reader_renews_and_cancels_a_request_in_english_and_chinese(browser, demo_server, staff_token):
    base = demo_server.base
    reader, username = new_reader(base, staff_token)
    copies = available_copies(base, lambda code: code == "GUSU")
    loan_title, barcode, _ = next(copies)
    hold_title = next(title for title, _, _ in copies if title != loan_title)
    status, body = api(base, "POST", "/api/v1/circulation/checkout", token=staff_token,
                       body={"card": reader["cardNumber"], "barcode": barcode, "library": "GUSU"})
    assert status == 200, body
    status, hold = api(base, "POST", "/api/v1/holds", token=staff_token,
                       body={"card": reader["cardNumber"], "title": hold_title, "pickup": "GUSU"})
    assert status == 201, hold
    keyboard_sign_in(browser, base, username, "reader-password")
    account_link = wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "nav a[href='/account']")))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.HOME)
    tab_to(browser, lambda e: e == account_link).send_keys(Keys.ENTER)
    renew = wait(browser, EC.presence_of_element_located((By.ID, f"renew-{barcode}")))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.HOME)
    tab_to(browser, lambda e: e == renew, limit=60).send_keys(Keys.ENTER)
    notice = wait(browser, EC.presence_of_element_located((By.ID, "account-notice")))
    assert "Renewed" in notice.text, notice.text
    # The same page in Chinese: cancel the request.
    browser.get(base + "/account?lang=zh")
    cancel = wait(browser, EC.presence_of_element_located((By.ID, f"cancel-{hold['hold']}")))
    assert cancel.text == "取消"
    assert "排队位置" in browser.find_element(By.CSS_SELECTOR, "ul.holds").text
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.HOME)
    tab_to(browser, lambda e: e == cancel, limit=80).send_keys(Keys.ENTER)
    notice = wait(browser, EC.presence_of_element_located((By.ID, "account-notice")))
    assert notice.text == "已完成。"
    assert not browser.find_elements(By.ID, f"cancel-{hold['hold']}")
