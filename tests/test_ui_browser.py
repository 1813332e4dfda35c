"""The chat page in a real browser: type a question, see the answer and its cited rows.

Drives Debian's /usr/bin/chromium through Playwright (no browser download). Skipped when that
browser is missing, except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest_ui import served

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
QUESTION = "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
TIMEOUT_MS = 20_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing"),
]


def _require_browser() -> None:
    missing = [] if CHROMIUM.exists() else [f"{CHROMIUM} is missing (apt-get install chromium)"]
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package is missing (pip install -e '.[test]')")
    if missing:
        reason = "; ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def page(mini_assistant):
    _require_browser()
    from playwright.sync_api import sync_playwright

    with served(mini_assistant) as (_, url), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        # A Québec reader's browser: gradio's own controls (icons' labels, footer) speak French.
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-CA")
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url, wait_until="load")
        yield page
        browser.close()


def test_question_typed_in_the_chat_is_answered_with_cited_rows(page, mini_assistant):
    from playwright.sync_api import expect

    expected = mini_assistant.ask(QUESTION)
    assert expected.citations, "the mini register should answer this question with citations"
    row_id = expected.citations[0].row_id

    question = page.locator("#question textarea")
    question.fill(QUESTION)
    question.press("Enter")

    chat = page.locator("#chat")
    expect(chat).to_contain_text(QUESTION)
    expect(chat).to_contain_text(expected.citations[0].name)
    expect(chat).to_contain_text(f"[{row_id}]")
    table = page.locator("#citations")
    expect(table.get_by_role("gridcell", name=str(row_id), exact=True)).to_be_visible()
    expect(table).to_contain_text(expected.citations[0].body)
    expect(question).to_have_value("")
    expect(page.locator("#understood")).to_contain_text("Ce que j'ai compris")
    expect(page.locator("#understood")).to_contain_text(expected.plan.intent)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "chat-fr.png"), full_page=True)


def test_language_toggle_switches_every_label_to_english(page):
    from playwright.sync_api import expect

    from assistant.ui import UI_TEXT

    en, fr = UI_TEXT["en"], UI_TEXT["fr"]
    page.reload(wait_until="load")  # a fresh session: empty chat, empty citations table
    page.locator("#ui-language").get_by_text("English", exact=True).click()
    expect(page.get_by_label(en["question"])).to_be_visible()
    expect(page.locator("#send")).to_have_text(en["send"])
    expect(page.locator("#header")).to_contain_text("rows")
    expect(page.get_by_text(en["citations"])).to_be_visible()
    expect(page.get_by_text(en["examples"])).to_be_visible()
    expect(page.get_by_text(fr["citations"])).to_have_count(0)
    headers = page.locator("#citations").get_by_role("columnheader")
    expect(headers.first).to_contain_text(en["columns"][0])


def test_clear_button_empties_the_chat_and_the_citations(page):
    from playwright.sync_api import expect

    page.reload(wait_until="load")
    question = page.locator("#question textarea")
    question.fill(QUESTION)
    page.locator("#send").click()
    table = page.locator("#citations")
    expect(table.get_by_role("gridcell").first).to_be_visible()
    page.locator("#clear").click()
    expect(page.locator("#chat")).not_to_contain_text(QUESTION)
    expect(table.get_by_role("gridcell")).to_have_count(0)


def test_chatbot_trash_icon_also_empties_the_citations(page):
    from playwright.sync_api import expect

    page.reload(wait_until="load")
    page.locator("#question textarea").fill(QUESTION)
    page.locator("#send").click()
    table = page.locator("#citations")
    expect(table.get_by_role("gridcell").first).to_be_visible()
    # gradio's French label for its trash icon (its own i18n, not ours)
    page.locator("#chat").get_by_role("button", name="Effacer la conversation").click()
    expect(table.get_by_role("gridcell")).to_have_count(0)
