"""The reader's search pages in headless Chromium with JavaScript switched off: the search box on the home
page, facets that narrow the count, paging, the title page with holdings, the MARC view, the language switch,
and a two-character Chinese search in Simplified and Traditional form.

Every test saves screenshots under tests-python/artifacts/ (git-ignored) for people to look at.
"""
import json
import re
import urllib.parse
from pathlib import Path

import pytest

from test_pages_chromium import browser, browser_binary, wait  # noqa: F401  (fixtures)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

# Simplified ↔ Traditional pairs common in titles, to search a title's characters in the other form.
SIMPLIFIED_TRADITIONAL = dict(pair.split(":") for pair in (
    "国:國 学:學 书:書 历:歷 华:華 东:東 语:語 经:經 济:濟 发:發 现:現 论:論 说:說 汉:漢 诗:詩 词:詞 "
    "传:傳 记:記 图:圖 馆:館 会:會 为:為 与:與 关:關 问:問 题:題 时:時 间:間 来:來 后:後 战:戰 争:爭 "
    "义:義 艺:藝 术:術 电:電 视:視 报:報 纪:紀 年:年 长:長 门:門 开:開 乐:樂 读:讀 选:選 集:集 编:編 "
    "辑:輯 新:新 旧:舊 农:農 业:業 产:產 织:織 团:團 体:體 园:園 区:區 县:縣 乡:鄉 镇:鎮 苏:蘇 广:廣 "
    "陈:陳 刘:劉 张:張 赵:趙 孙:孫 郑:鄭 邓:鄧 毛:毛 鲁:魯 迅:迅 红:紅 楼:樓 梦:夢 识:識 话:話 计:計 "
    "划:劃 条:條 约:約 级:級 线:線 环:環 觉:覺 员:員 贸:貿 银:銀 钱:錢 币:幣 军:軍 韩:韓 台:臺 湾:灣").split())
TRADITIONAL_SIMPLIFIED = {t: s for s, t in SIMPLIFIED_TRADITIONAL.items()}
HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


def shot(driver, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def api(server, path):
    status, _, body = server.get(path)
    assert status == 200, (path, body[:500])
    return json.loads(body)


def result_count(driver):
    text = driver.find_element(By.CSS_SELECTOR, ".result-count").text
    match = re.search(r"\d+", text.replace(",", ""))
    assert match, text
    return int(match.group())


def search_from_home(driver, base, words):
    driver.get(base + "/")
    box = wait(driver, EC.presence_of_element_located((By.ID, "search-q")))
    label = driver.find_element(By.CSS_SELECTOR, "label[for='search-q']")
    assert label.text, "the search box has no visible label"
    box.send_keys(words)
    box.send_keys(Keys.ENTER)
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, ".result-count")))


def test_search_from_the_home_page_box(browser, demo_server):
    search_from_home(browser, demo_server.base, "history")
    assert "/search?q=history" in browser.current_url
    expected = api(demo_server, "/api/v1/search?q=history&facets=false&limit=1")["total"]
    assert result_count(browser) == expected > 20
    results = browser.find_elements(By.CSS_SELECTOR, "li.result")
    assert len(results) == 20
    first = results[0]
    assert first.find_element(By.CSS_SELECTOR, ".result-title a").get_attribute("href").split("/titles/")[1].isdigit()
    assert first.find_element(By.CSS_SELECTOR, ".availability").text
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "history"
    shot(browser, "search-results")


def test_facet_click_narrows_the_count_and_the_filter_can_be_removed(browser, demo_server):
    browser.get(demo_server.base + "/search?q=history")
    total = result_count(browser)
    links = browser.find_elements(By.CSS_SELECTOR, "section.facet[data-facet='library'] li")
    candidates = [(int(li.find_element(By.CSS_SELECTOR, ".count").text), li.find_element(By.TAG_NAME, "a"))
                  for li in links]
    count, link = next((c, a) for c, a in candidates if 0 < c < total)
    name = link.text
    link.click()
    wait(browser, lambda d: "library=" in d.current_url)
    assert result_count(browser) == count < total
    chip = browser.find_element(By.CSS_SELECTOR, ".selected-filters a.filter")
    assert name in chip.text
    shot(browser, "search-facet-library")
    chip.click()
    wait(browser, lambda d: "library=" not in d.current_url)
    assert result_count(browser) == total


def test_paging_to_page_two_keeps_a_stable_order(browser, demo_server):
    browser.get(demo_server.base + "/search?q=history&sort=title")
    page_one = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".result-title a")]
    browser.find_element(By.CSS_SELECTOR, "nav.paging a[rel='next']").click()
    wait(browser, lambda d: "offset=20" in d.current_url)
    assert browser.find_element(By.CSS_SELECTOR, "nav.paging .current").text == "2"
    assert browser.find_element(By.CSS_SELECTOR, "ol.result-list").get_attribute("start") == "21"
    page_two = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".result-title a")]
    assert page_two and not set(page_one) & set(page_two)
    api_two = api(demo_server, "/api/v1/search?q=history&sort=title&offset=20&facets=false")
    assert [h.split("/titles/")[1] for h in page_two] == [str(r["id"]) for r in api_two["results"]]
    shot(browser, "search-page-2")
    browser.find_element(By.CSS_SELECTOR, "nav.paging a[rel='prev']").click()
    wait(browser, lambda d: "offset=" not in d.current_url)
    assert [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".result-title a")] == page_one


def test_title_page_with_holdings_and_the_marc_view(browser, demo_server):
    browser.get(demo_server.base + "/search?q=history&home=GUSU")
    browser.find_element(By.CSS_SELECTOR, "li.result .result-title a").click()
    wait(browser, EC.presence_of_element_located((By.ID, "holdings-heading")))
    assert "/titles/" in browser.current_url
    assert browser.current_url.endswith("?home=GUSU")
    assert "Gusu District Branch" in browser.find_element(By.CSS_SELECTOR, "#holdings-heading + p.hint").text
    cluster = browser.current_url.split("/titles/")[1].split("?")[0]
    detail = api(demo_server, f"/api/v1/clusters/{cluster}?home=GUSU")
    shown = [e.get_attribute("data-library") for e in browser.find_elements(By.CSS_SELECTOR, "tbody.library-holdings")]
    assert shown == [h["library"] for h in detail["title"]["holdings"]]
    assert browser.find_element(By.TAG_NAME, "h1").text == detail["title"]["title"].strip()
    libraries = browser.find_elements(By.CSS_SELECTOR, "table.holdings tbody.library-holdings")
    assert len(libraries) == len(detail["title"]["holdings"]) > 0
    assert browser.find_elements(By.CSS_SELECTOR, "table.holdings tr.item td.status")
    shot(browser, "title-page")
    browser.find_element(By.CSS_SELECTOR, "a.marc-link").click()
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "table.marc")))
    tags = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.marc th[scope='row']")]
    assert tags[0] == "LDR" and "245" in tags
    formats = {a.get_attribute("data-format") for a in browser.find_elements(By.CSS_SELECTOR, ".exports a")}
    assert formats == {"marcxml", "json", "iso2709", "text"}
    shot(browser, "marc-view")


def test_language_switch_keeps_the_search(browser, demo_server):
    browser.get(demo_server.base + "/search?q=history")
    count = result_count(browser)
    browser.find_element(By.CSS_SELECTOR, 'nav a[hreflang^="zh"]').click()
    wait(browser, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("zh"))
    assert "共找到" in browser.find_element(By.CSS_SELECTOR, ".result-count").text
    assert result_count(browser) == count
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "history"
    assert "筛选" in browser.find_element(By.ID, "facets-heading").text
    shot(browser, "search-results-zh")
    browser.find_element(By.CSS_SELECTOR, 'nav a[hreflang="en"]').click()
    wait(browser, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang").startswith("en"))
    assert "titles found" in browser.find_element(By.CSS_SELECTOR, ".result-count").text


def chinese_title(server):
    """A demo title whose 880 title has two adjacent Han characters with a Traditional/Simplified counterpart."""
    for words in ("China", "Zhongguo", "history", "shi", "Chinese", "wen", "xue"):
        found = api(server, f"/api/v1/search?q={words}&language=chi&limit=100&facets=false")
        for result in found["results"]:
            for run in HAN.findall(result.get("titleOriginal") or ""):
                for i in range(len(run) - 1):
                    pair = run[i:i + 2]
                    other = "".join(SIMPLIFIED_TRADITIONAL.get(c) or TRADITIONAL_SIMPLIFIED.get(c) or c for c in pair)
                    if other != pair:
                        return result, pair, other
    pytest.fail("no demo title with an original-script (880) title found through the API")


def test_two_character_chinese_search_in_simplified_and_traditional(browser, demo_server):
    result, pair, other = chinese_title(demo_server)
    for index, query in enumerate((pair, other)):
        ids = [r["id"] for r in api(demo_server, "/api/v1/search?limit=100&facets=false&q="
                                    + urllib.parse.quote(query))["results"]]
        assert result["id"] in ids, f"searching {query} does not find {result['titleOriginal']}"
        search_from_home(browser, demo_server.base, query)
        assert result_count(browser) > 0
        originals = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "li.result .original")]
        assert any(c in "".join(originals) for c in pair + other), originals
        shot(browser, f"search-chinese-{index}")
