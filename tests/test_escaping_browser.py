"""In a real browser, register text and questions planted with markup stay text on every tab: a
row whose name holds a script, an image with onerror, a javascript: link and a terminal sequence,
and a body whose name holds an image, are shown by the chat (question bubble, answer, source
cards), the row viewer, Explore (table and record), Overview (bars and tables) and the Briefing
preview without the browser fetching the planted image, running a script, opening a dialog or
holding a javascript: link. (The files and the CLI: tests/test_ui_escaping.py and
tests/test_briefing_escaping.py; model replies: tests/test_llm_checks.py.)
"""

from __future__ import annotations

import csv
import io

import pytest
from conftest_ui import served
from test_ui_browser import CHROMIUM, CHROMIUM_ARGS, _require_browser, show_tab

from assistant import Assistant
from assistant.ui import UI_TEXT
from assistant.ui.briefing_tab import TEXT as BRIEF_TEXT
from tests.conftest import MINI_REGISTER

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing"),
]

PLANTED_HOST = "127.0.0.1:9"  # nothing listens there: a fetch is seen, never answered
IMAGE = f'<img src="http://{PLANTED_HOST}/row.png" onerror="alert(2)">'
NAME = (
    f"Agent <script>alert(1)</script> {IMAGE} [cliquez](javascript:alert(3)) \x1b[31mROUGE\x1b[0m"
)
BODY = f'Organisme <img src="http://{PLANTED_HOST}/body.png" onerror="alert(5)"> piégé'
QUESTION = f'Combien de projets <img src="http://{PLANTED_HOST}/question.png" onerror="alert(6)"> ?'
FR = UI_TEXT["fr"]
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def planted(tmp_path_factory, fake_embedder):
    """The mini register and three rows of a planted body (so that it is among the top bodies)."""
    folder = tmp_path_factory.mktemp("planted-browser")
    rows = list(
        csv.reader(io.StringIO(MINI_REGISTER.read_text(encoding="utf-8-sig")), delimiter=";")
    )
    first = rows[1]
    for n in range(3):
        rows.append([f"{NAME} {n}", first[1], BODY, first[3], f"Voir {IMAGE}", first[5]])
    path = folder / "planted.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return Assistant(path, index_dir=folder / "index", embedder=fake_embedder)


@pytest.fixture(scope="module")
def page(planted, tmp_path_factory):
    """A page over the planted register, with every request and dialog it makes recorded."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    feedback = tmp_path_factory.mktemp("planted-feedback") / "feedback.jsonl"
    with served(planted, feedback_path=feedback) as (_, url), sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.requests, page.dialogs = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url, wait_until="load")
        page.locator("#question textarea").wait_for()
        yield page
        chromium.close()


def nothing_live(page) -> None:
    """No planted fetch, dialog, image, script or javascript: link on the page so far."""
    assert not [u for u in page.requests if PLANTED_HOST in u]
    assert page.dialogs == []
    live = page.evaluate(
        """() => ({
            images: [...document.querySelectorAll('img')].filter(i => (i.getAttribute('src') || '').includes('127.0.0.1:9')).length,
            handlers: document.querySelectorAll('[onerror]').length,
            // Gradio's page config holds the tables' cells as JSON, "<" written \u003c: data.
            scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(') &&
                (!s.textContent.startsWith('window.gradio_config = ') || /<(script|img)/i.test(s.textContent))).length,
            links: [...document.querySelectorAll('a[href]')].filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript')).length,
        })"""
    )  # fmt: skip
    assert live == {"images": 0, "handlers": 0, "scripts": 0, "links": 0}
    assert "\x1b" not in page.content()  # a terminal sequence is dropped, as the chat drops it


def test_the_chat_and_the_row_viewer_show_planted_markup_as_text(page, planted):
    from playwright.sync_api import expect

    row_id = len(planted.register)
    box = page.locator("#question textarea")
    for question in (f"Décris l'initiative {row_id}", QUESTION):
        box.fill(question)
        box.press("Enter")
        expect(box).to_have_value("")
        expect(page.locator("#latest .turn-question")).to_contain_text(
            question.split("<")[0].strip()
        )
    expect(page.locator("#latest .turn-question")).to_contain_text(
        "onerror"
    )  # the question, as text
    expect(page.locator("#earlier")).to_contain_text("alert(1)")  # the described row, as text
    page.locator("#row-lookup").get_by_text(FR["row_lookup"]).click()
    page.locator("#row-number input, #row-number textarea").first.fill(str(row_id))
    page.locator("#show-row").click()
    expect(page.locator("#record")).to_contain_text("alert(1)")
    nothing_live(page)


def test_explore_overview_and_the_briefing_preview_show_planted_markup_as_text(page):
    from playwright.sync_api import expect

    show_tab(page, FR["tab_explore"])
    body = page.locator("#explore-body input")
    body.click()
    body.fill("piégé")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator("#explore-count")).to_contain_text("3 initiatives")
    table = page.locator("#explore-table")
    expect(table).to_contain_text("alert(1)")
    table.get_by_role("gridcell").nth(1).click()  # a planted row's record
    expect(page.locator("#explore-record")).to_contain_text("alert(1)")
    nothing_live(page)

    show_tab(page, FR["tab_overview"])
    expect(page.locator("#overview-top_bodies")).to_contain_text("onerror")  # the body, as text
    expect(page.locator("#overview-top_bodies-table")).to_contain_text("onerror")
    nothing_live(page)

    show_tab(page, BRIEF_TEXT["fr"]["tab"])
    page.locator("#brief-format").get_by_text("Markdown", exact=True).click()
    page.locator("#brief-make").click()
    expect(page.locator("#brief-preview")).to_contain_text("onerror", timeout=60_000)
    nothing_live(page)
