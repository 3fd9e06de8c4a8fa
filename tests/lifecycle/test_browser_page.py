"""The public letter page in a real headless browser (Debian's chromium through Selenium) against a
registry served on 127.0.0.1: a letter in force, a superseded one, a suspended one, a genuine
and a tampered PDF, and screenshots of the page in both languages."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from desktop.documents import api
from desktop.services import submissions
from desktop.sync import keyfile
from registry import ingest
from registry.web.standing import letter_number
from tests.conftest import PIN
from tests.lifecycle.test_registry_page import outbox
from tests.lifecycle.test_submissions import at_meeting, simplified
from tests.sync.harness import Registry

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1100", "--lang=en"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.implicitly_wait(10)  # a form post navigates after click() returns; wait for the new page
    yield driver
    driver.quit()


@pytest.fixture
def served(approved, tmp_path):
    vault, roster, case, approval = approved
    sub = submissions.receive_submission(vault, case.id, "amendment", summary="Add a second site")
    amended = simplified(vault, roster, sub)
    registry = Registry(tmp_path / "registry")
    registry.enrol(json.dumps(keyfile.export_keys(vault), ensure_ascii=False).encode())
    for bundle in outbox(vault):
        ingest.submit(registry.store, registry.keys, bundle)
    registry.serve()
    yield vault, roster, case, approval, amended, registry
    registry.close()


def shot(browser, name: str, tmp_path: Path) -> None:
    # tools/screenshots.sh keeps them in screenshots/registry/ (QUORUM_SCREENSHOT_DIR)
    folder = Path(os.environ.get("QUORUM_SCREENSHOT_DIR", tmp_path)) / "registry"
    folder.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(folder / name))


def test_letter_page_in_a_browser(browser, served, tmp_path):
    vault, roster, case, approval, amended, registry = served
    browser.get(f"{registry.url}/letters?lang=en")
    box = browser.find_element(By.NAME, "number")
    box.send_keys(letter_number(case.reference, amended.id))
    box.submit()
    state = browser.find_element(By.ID, "letter-state").text
    assert state == "This letter: in force"
    assert "Verified: entry 1" in browser.find_element(By.ID, "proof").text
    shot(browser, "letter-en.png", tmp_path)

    browser.get(f"{registry.url}/letters/{letter_number(case.reference, amended.id)}?lang=zh")
    assert browser.find_element(By.ID, "letter-state").text == "本意见状态: 有效"
    shot(browser, "letter-zh.png", tmp_path)

    browser.get(f"{registry.url}/letters/{letter_number(case.reference, approval.id)}?lang=en")
    assert browser.find_element(By.ID, "letter-state").text == "This letter: superseded"

    # a genuine PDF dropped on the page, then a tampered one
    pdf = api.submission_letter(vault, amended.id, roster["Chair Chen"], PIN, "en")
    genuine, forged = tmp_path / "genuine.pdf", tmp_path / "forged.pdf"
    genuine.write_bytes(pdf)
    forged.write_bytes(pdf.replace(b"/Producer (Quorum", b"/Producer (Qu0rum", 1))
    for path, expected in (
        (genuine, "This is the genuine letter"),
        (forged, "This file is not a genuine letter"),
    ):
        browser.get(f"{registry.url}/letters/{letter_number(case.reference, amended.id)}?lang=en")
        browser.find_element(By.NAME, "pdf").send_keys(str(path))
        browser.find_element(By.CSS_SELECTOR, "form[enctype] button").click()
        assert browser.find_element(By.ID, "pdf-verdict").text.startswith(expected)
    shot(browser, "letter-tampered-en.png", tmp_path)

    # suspension: the letter that suspended says so, the earlier one is superseded
    event = datetime.now(UTC).date() - timedelta(days=1)
    sae = submissions.receive_submission(vault, case.id, "adverse_event", summary="SAE", event_on=event)
    suspended = at_meeting(vault, roster, sae, "suspend", reasons="Investigate")
    ingest.submit(registry.store, registry.keys, outbox(vault)[-1])
    browser.get(f"{registry.url}/letters/{letter_number(case.reference, suspended.id)}?lang=en")
    assert browser.find_element(By.ID, "letter-state").text == "This letter: suspended"
    browser.get(f"{registry.url}/letters/{letter_number(case.reference, amended.id)}?lang=zh")
    assert "已被后续决定取代" in browser.find_element(By.ID, "letter-state").text
    assert "暂停" in browser.find_element(By.ID, "activity-standing").text
    shot(browser, "letter-superseded-zh.png", tmp_path)

    browser.get(f"{registry.url}/letters/NO-SUCH-00000000?lang=en")
    assert "holds no letter" in browser.page_source and "Traceback" not in browser.page_source
