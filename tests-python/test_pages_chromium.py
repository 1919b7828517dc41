"""The reader and staff pages in headless Chromium with JavaScript switched off: language switch, keyboard-only
sign-in, the error for a wrong password, the staff dashboard and signing out.

Screenshots of failed tests are written to a temporary folder whose path is printed in the failure report.
"""
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from conftest import DEMO_LOGINS  # noqa: E402

CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = Path(tempfile.gettempdir()) / "pinakes-screenshots"


@pytest.fixture(scope="module")
def browser_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            break
    else:
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver)")
    if not os.access(CHROMEDRIVER, os.X_OK):
        pytest.skip(f"{CHROMEDRIVER} is missing (apt-get install chromium-driver)")
    return path


def new_driver(browser_binary, lang="en-GB"):
    options = webdriver.ChromeOptions()
    options.binary_location = browser_binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", f"--lang={lang}"):
        options.add_argument(arg)
    # Pages must work without JavaScript.
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2,
                                              "intl.accept_languages": lang})
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture
def browser(request, browser_binary):
    driver = new_driver(browser_binary)
    try:
        yield driver
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shot = SCREENSHOTS / f"{request.node.name}-{int(time.time())}.png"
            try:
                driver.save_screenshot(str(shot))
                print(f"screenshot: {shot}")
                report.sections.append(("screenshot", str(shot)))
            except Exception as error:  # the browser may be gone; the test's own failure matters more
                print(f"no screenshot: {error}")
        driver.quit()


def wait(driver, condition, timeout=15):
    return WebDriverWait(driver, timeout).until(condition)


def focused(driver):
    return driver.switch_to.active_element


def tab_to(driver, predicate, limit=30):
    """Presses Tab until the focused element satisfies predicate; returns it."""
    for _ in range(limit):
        element = focused(driver)
        if predicate(element):
            return element
        element.send_keys(Keys.TAB)
    raise AssertionError(f"no element reached with Tab within {limit} presses")


def keyboard_sign_in(driver, base, username, password):
    driver.get(base + "/login")
    wait(driver, EC.presence_of_element_located((By.ID, "username")))
    # Start from the top of the page, as a keyboard user arriving on it does.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.HOME)
    field = tab_to(driver, lambda e: e.get_attribute("id") == "username")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(username)
    field.send_keys(Keys.TAB)
    password_field = focused(driver)
    assert password_field.get_attribute("id") == "password", "Tab from username does not reach the password"
    password_field.send_keys(password)
    password_field.send_keys(Keys.ENTER)


def test_home_page_in_english_and_chinese(browser, demo_server):
    browser.get(demo_server.base + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("en")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Suzhou Library Consortium"
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.library")
    assert len(rows) >= 11
    assert "Suzhou Library (Central)" in browser.page_source
    switch = browser.find_element(By.CSS_SELECTOR, 'nav a[hreflang^="zh"]')
    assert switch.text == "中文"
    switch.click()
    wait(browser, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("zh"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "苏州图书馆联盟"
    assert "首页" in browser.find_element(By.CSS_SELECTOR, "nav").text
    back = browser.find_element(By.CSS_SELECTOR, 'nav a[hreflang="en"]')
    assert back.text == "English"
    back.click()
    wait(browser, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("en"))


def test_chinese_browser_gets_chinese(browser_binary, demo_server):
    driver = new_driver(browser_binary, lang="zh-CN")
    try:
        driver.get(demo_server.base + "/")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("zh")
        assert driver.find_element(By.TAG_NAME, "h1").text == "苏州图书馆联盟"
    finally:
        driver.quit()


def test_keyboard_sign_in_opens_the_staff_dashboard_and_sign_out(browser, demo_server):
    keyboard_sign_in(browser, demo_server.base, "admin", DEMO_LOGINS["admin"])
    try:
        wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "nav form[action='/logout']")))
    except TimeoutException:
        raise AssertionError(f"not signed in after Enter; page:\n{browser.page_source[:2000]}")
    assert "Consortium administrator" in browser.find_element(By.CSS_SELECTOR, "nav").text
    staff_link = browser.find_element(By.CSS_SELECTOR, "nav a[href='/staff']")
    staff_link.send_keys(Keys.ENTER)
    wait(browser, EC.presence_of_element_located((By.ID, "imports-heading")))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Staff"
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert "Recent imports" in headings and "Add a library" in headings, headings
    imports = browser.find_elements(By.CSS_SELECTOR, "table.imports tbody tr")
    assert len(imports) >= 1
    # Sign out with the keyboard too.
    sign_out = browser.find_element(By.CSS_SELECTOR, "nav form[action='/logout'] button")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.HOME)
    button = tab_to(browser, lambda e: e == sign_out)
    button.send_keys(Keys.ENTER)
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "nav a[href='/login']")))
    assert not browser.find_elements(By.CSS_SELECTOR, "nav form[action='/logout']")
    browser.get(demo_server.base + "/staff")
    assert "imports-heading" not in browser.page_source, "the staff page is still open after signing out"


def test_staff_dashboard_of_branch_staff(browser, demo_server):
    keyboard_sign_in(browser, demo_server.base, "gusu", DEMO_LOGINS["gusu"])
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "nav a[href='/staff']")))
    browser.get(demo_server.base + "/staff")
    wait(browser, EC.presence_of_element_located((By.ID, "imports-heading")))
    assert "GUSU" in browser.find_element(By.ID, "main").text
    assert not browser.find_elements(By.ID, "add-library-heading")


def test_wrong_password_shows_the_error(browser, demo_server):
    keyboard_sign_in(browser, demo_server.base, "admin", "definitely-wrong")
    error = wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "p.error[role='alert']")))
    assert "not right" in error.text
    assert browser.find_element(By.ID, "username").get_attribute("value") == "admin"
    assert browser.find_element(By.ID, "password").get_attribute("value") == ""
    assert not browser.find_elements(By.CSS_SELECTOR, "nav form[action='/logout']")


def test_sign_in_page_in_chinese(browser, demo_server):
    browser.get(demo_server.base + "/login?lang=zh")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("zh")
    assert browser.find_element(By.TAG_NAME, "h1").text == "登录"
    labels = [label.text for label in browser.find_elements(By.CSS_SELECTOR, "form label")]
    assert all(labels) and labels != ["Username", "Password"], labels
