"""The page in a real browser: chat, filter chips, copy, records, feedback, Explore, Overview,
language, keyboard-only use and an automated accessibility check (axe-core) on every tab.

Drives Debian's /usr/bin/chromium through Playwright (no browser download). Skipped when that
browser is missing, except in CI (CI=true), where a missing browser is a failure. The axe
check needs tests/a11y/node_modules/axe-core (installed by scripts/ensure-chromium.sh, which
`make test` runs): skipped without it, a failure in CI.

One app per module; tests that need a fresh browser profile (language memory, keyboard) open
their own context. Screenshots of each tab in both languages go to artifacts/screenshots/ and
are copied to docs/screenshots/ (linked from the README).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest_ui import served

from assistant.ui import UI_TEXT
from assistant.ui.briefing_tab import TEXT as BRIEF_TEXT

ROOT = Path(__file__).resolve().parent.parent
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
AXE = Path(__file__).resolve().parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"
MAX_SCREENSHOT_BYTES = 250_000
QUESTION = "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
EN_QUESTION = "Which initiatives help triage patients?"
COUNT_QUESTION = "Combien d'initiatives sont en production dans le réseau de la santé ?"
HEALTH_NETWORK = "Santé et Services sociaux (Réseau)"
TIMEOUT_MS = 20_000
VIEWPORT = {"width": 1280, "height": 900}
FR, EN = UI_TEXT["fr"], UI_TEXT["en"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing"),
]


def _missing(what: str, reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the {what}: {reason}")
    pytest.skip(reason)


def _require_browser() -> None:
    missing = [] if CHROMIUM.exists() else [f"{CHROMIUM} is missing (apt-get install chromium)"]
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package is missing (pip install -e '.[test]')")
    if missing:
        _missing("browser tests", "; ".join(missing))


@pytest.fixture(scope="module")
def feedback_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("feedback") / "feedback.jsonl"


@pytest.fixture(scope="module")
def browser(mini_assistant, feedback_file):
    """(browser, url): one served app and one chromium for the module."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    with served(mini_assistant, feedback_path=feedback_file) as (_, url), sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium, url
        chromium.close()


def open_page(browser):
    """A fresh browser profile (empty localStorage) on the page, French locale."""
    chromium, url = browser
    # A Québec reader's browser: gradio's own controls (icons' labels, footer) speak French.
    context = chromium.new_context(viewport=VIEWPORT, locale="fr-CA")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url, wait_until="load")
    page.locator("#question textarea").wait_for()
    return page


@pytest.fixture(scope="module")
def page(browser):
    page = open_page(browser)
    yield page
    page.context.close()


@pytest.fixture
def fresh_page(browser):
    page = open_page(browser)
    yield page
    page.context.close()


def ask(page, question: str) -> None:
    from playwright.sync_api import expect

    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    expect(page.locator("#latest .turn-question")).to_contain_text(question)
    expect(box).to_have_value("")
    # every output of the event drawn (gradio marks the ones still coming .pending): the chips
    # come a frame after the answer, and a click on them before would be overwritten
    page.wait_for_function("!document.querySelector('.pending')")


def first_line(text: str) -> str:
    return text.splitlines()[0]


def screenshot(page, name: str) -> None:
    """The visible part of the page (1280x900) under artifacts/; copied to docs/screenshots/
    only with UPDATE_SCREENSHOTS=1, so that a test run never changes committed files."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size < MAX_SCREENSHOT_BYTES, f"{name}.png is too big for docs/"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(path, DOCS_SCREENSHOTS / path.name)


def chart_drawing(page, key: str):
    """The chart's drawing: its first bar (a button; tests/test_ui_explore_browser.py checks them)."""
    return page.locator(f"#overview-{key} button.bar").first


def show_tab(page, label: str) -> None:
    from playwright.sync_api import expect

    tab = page.get_by_role("tab", name=label, exact=True)
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")


# --- chat (more in test_ui_chat_browser.py) ---------------------------------------------------


def test_question_typed_in_the_chat_is_answered_with_cited_rows(page, mini_assistant):
    from playwright.sync_api import expect

    expected = mini_assistant.ask(QUESTION)
    assert expected.citations, "the mini register should answer this question with citations"
    row_id = expected.citations[0].row_id

    ask(page, QUESTION)
    chat = page.locator("#latest")
    expect(chat.locator(".answer")).to_contain_text(expected.citations[0].name)
    expect(chat.locator("a.cite").first).to_have_text(str(row_id))
    cards = chat.locator(".cards")
    expect(cards.locator(".card-row").first).to_have_text(f"Ligne {row_id}")
    expect(cards).to_contain_text(expected.citations[0].body)
    details = chat.locator("details.details")
    details.locator("summary").click()
    expect(details).to_contain_text("Ce que j'ai compris")
    from assistant.types import INTENT_NAMES

    expect(details).to_contain_text(INTENT_NAMES["fr"][expected.plan.intent])
    screenshot(page, "chat-fr")


def test_unchecking_a_filter_chip_recomputes_the_answer_without_it(page, mini_assistant):
    from playwright.sync_api import expect

    from assistant.ui.chat import answer_plan, with_filters

    original = mini_assistant.ask(COUNT_QUESTION)
    without_status = answer_plan(
        mini_assistant, with_filters(original.plan, {"portfolio": [HEALTH_NETWORK]})
    )
    assert without_status.figures["count"] != original.figures["count"]

    page.reload(wait_until="load")
    ask(page, COUNT_QUESTION)
    chat, chips = page.locator("#latest"), page.locator("#chips")
    expect(chat).to_contain_text(first_line(original.answer))
    expect(chips.get_by_label("Statut = Solution en production")).to_be_checked()
    chips.get_by_label("Statut = Solution en production").uncheck()

    expect(chat).to_contain_text(first_line(without_status.answer))
    expect(chat).not_to_contain_text(first_line(original.answer))
    expect(chat).to_contain_text(f"filtres : Portefeuille = {HEALTH_NETWORK}")
    extra = (set(without_status.row_ids) - set(original.row_ids)).pop()
    expect(chat.locator(".card-row", has_text=re.compile(rf"^Ligne {extra}$"))).to_have_count(1)
    expect(chips.get_by_label("Statut = Solution en production")).not_to_be_checked()
    expect(chat).not_to_contain_text("in_production")


def test_clear_button_empties_the_chat_and_its_filters(page):
    from playwright.sync_api import expect

    page.reload(wait_until="load")
    ask(page, COUNT_QUESTION)
    expect(page.locator("#chips")).to_be_visible()
    page.locator("#clear").click()
    expect(page.locator(".turn")).to_have_count(0)
    expect(page.locator("#chips")).to_be_hidden()


# --- explore and overview -----------------------------------------------------------------------


def test_explore_filters_count_and_ask_about_the_selection(page, mini_assistant):
    from playwright.sync_api import expect

    df = mini_assistant.register.df
    in_network = df[df["portfolio"] == HEALTH_NETWORK]
    about_emergency = in_network[in_network["name"].str.contains("urgence")]
    page.reload(wait_until="load")
    show_tab(page, FR["tab_explore"])
    count = page.locator("#explore-count")
    expect(count).to_contain_text(f"{len(df)} initiatives")

    portfolio = page.locator("#explore-portfolio input")
    portfolio.click()
    portfolio.fill("sociaux (R")  # the dropdown filters its choices as one types
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(count).to_contain_text(f"{len(in_network)} initiatives")
    page.locator("#explore-search textarea").press_sequentially("URGENCE")  # case ignored
    expect(count).to_contain_text(f"{len(about_emergency)} initiatives")
    table = page.locator("#explore-table")
    expect(table.get_by_role("row")).to_have_count(len(about_emergency) + 1)  # + header
    screenshot(page, "explore-fr")
    header = table.get_by_role("columnheader").first  # sorted with gradio's column menu
    header.hover()
    header.get_by_role("button").last.click()
    page.get_by_role("menuitem", name="Trier par ordre décroissant").click()
    first_cell = table.get_by_role("row").nth(1).get_by_role("gridcell").first
    expect(first_cell).to_have_text(str(about_emergency["row_id"].max()))

    page.locator("#explore-ask").click()
    expect(page.get_by_role("tab", name=FR["tab_chat"], exact=True)).to_have_attribute(
        "aria-selected", "true"
    )
    chat = page.locator("#latest")
    expect(chat).to_contain_text(f"Liste les initiatives du portefeuille « {HEALTH_NETWORK} »")
    for row in about_emergency.itertuples():
        expect(chat).to_contain_text(f"[{row.row_id}]")
    expect(page.locator("#chips")).to_contain_text(f"Portefeuille = {HEALTH_NETWORK}")


def test_overview_shows_each_chart_with_its_data_as_text(page, mini_assistant):
    from playwright.sync_api import expect

    from assistant.ui.overview import CHARTS

    df = mini_assistant.register.df
    page.reload(wait_until="load")
    show_tab(page, FR["tab_overview"])
    expect(page.locator("#overview-total")).to_contain_text(f"{len(df)} initiatives")
    for chart in CHARTS:
        expect(chart_drawing(page, chart.key)).to_be_visible()
        expect(page.locator(f"#overview-{chart.key}-table table")).to_be_visible()
    statuses = page.locator("#overview-by_status-table")
    for status, n in df["status"].value_counts().items():
        expect(statuses.get_by_role("row").filter(has_text=status)).to_contain_text(str(n))
    screenshot(page, "overview-fr")


def test_briefing_tab_offers_the_note_of_the_conversation_to_download(page):
    from playwright.sync_api import expect

    page.reload(wait_until="load")
    ask(page, COUNT_QUESTION)
    show_tab(page, BRIEF_TEXT["fr"]["tab"])
    page.locator("#brief-from-chat").click()
    expect(page.locator("#brief-file a").first).to_be_visible(timeout=30_000)
    expect(page.locator("#brief-preview")).to_contain_text("Sources")
    screenshot(page, "briefing-fr")


# --- language, keyboard, accessibility ----------------------------------------------------------


def test_language_switch_relabels_every_tab_and_is_remembered(fresh_page):
    from playwright.sync_api import expect

    page = fresh_page
    page.locator("#ui-language").get_by_text("English", exact=True).click()
    expect(page.locator("#send")).to_have_text(EN["send"])
    expect(page.get_by_label(EN["question"])).to_be_visible()
    expect(page.locator("#header")).to_contain_text(EN["lead"])
    expect(page.get_by_text(EN["examples"])).to_be_visible()
    expect(page.get_by_text(FR["examples"])).to_have_count(0)
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.reload(wait_until="load")  # remembered in this browser
    expect(page.locator("#send")).to_have_text(EN["send"])
    expect(page.locator("html")).to_have_attribute("lang", "en")
    ask(page, EN_QUESTION)
    expect(page.locator("#latest .cards > li").first).to_be_visible()
    screenshot(page, "chat-en")

    show_tab(page, EN["tab_explore"])
    expect(page.locator("#explore-count")).to_contain_text("initiatives match the filters")
    expect(page.get_by_label("Ministerial portfolio")).to_be_visible()
    expect(page.locator("#explore-ask")).to_have_text(EN["ask_selection"])
    expect(page.locator("#explore-table").get_by_role("columnheader").nth(3)).to_contain_text(
        "Portfolio"
    )
    screenshot(page, "explore-en")

    show_tab(page, EN["tab_overview"])
    expect(page.locator("#overview-by_status-table")).to_contain_text("Solution in production")
    expect(chart_drawing(page, "by_status")).to_be_visible()
    expect(page.locator("#overview-by_status")).to_contain_text(EN["by_status"])
    screenshot(page, "overview-en")

    page.locator("#ui-language").get_by_text("Français", exact=True).click()
    expect(page.get_by_role("tab", name=FR["tab_overview"], exact=True)).to_be_visible()
    expect(page.locator("#overview-by_status-table")).to_contain_text("Solution en production")


def active_element(page) -> str:
    return page.evaluate(
        "(() => { const e = document.activeElement; const c = e.closest('[id]');"
        " return (c ? c.id : '') + ' ' + e.tagName.toLowerCase(); })()"
    )


def tab_until(page, pattern: str, limit: int = 40) -> str:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if re.match(pattern, active := active_element(page)):
            return active
    raise AssertionError(f"{pattern!r} not reached with {limit} Tab presses")


def test_keyboard_only_ask_edit_a_filter_and_open_a_cited_record(fresh_page, mini_assistant):
    from playwright.sync_api import expect

    from assistant.ui.chat import answer_plan, with_filters

    page = fresh_page
    original = mini_assistant.ask(COUNT_QUESTION)
    edited = answer_plan(
        mini_assistant, with_filters(original.plan, {"portfolio": [HEALTH_NETWORK]})
    )
    tab_until(page, r"question textarea", limit=12)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "keyboard focus must be visible"
    page.keyboard.type(COUNT_QUESTION)
    page.keyboard.press("Enter")
    expect(page.locator("#latest")).to_contain_text(first_line(original.answer))
    # gradio shows the chips a frame after the answer: Tab only once they are there to reach
    expect(page.locator("#chips input").first).to_be_visible()
    page.locator("#question textarea").focus()

    tab_until(page, r"chips input")  # the first chip: "Statut = Solution en production"
    page.keyboard.press("Space")
    expect(page.locator("#latest")).to_contain_text(first_line(edited.answer))

    page.locator("#question textarea").focus()
    for _ in range(3):  # the answer, then its first citation
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    card = page.locator("#latest details.card[open]")
    expect(card).to_contain_text(f"Ligne {edited.citations[0].row_id}")


def run_axe(page) -> list[dict]:
    # no output gradio still dims, no colour transition running: axe measures the moment's colours
    page.wait_for_function(
        "!document.querySelector('.pending') && document.getAnimations().every(a => a.playState !== 'running')"
    )
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' '))}));
        }"""
    )


@pytest.mark.parametrize(("language", "scheme"), [("fr", "light"), ("en", "light"), ("fr", "dark")])
def test_axe_finds_no_serious_or_critical_violation_on_any_tab(fresh_page, language, scheme):
    if not AXE.exists():
        _missing("accessibility check", f"{AXE} is missing (bash scripts/ensure-chromium.sh)")
    from playwright.sync_api import expect

    page, t = fresh_page, UI_TEXT[language]
    if scheme == "dark":  # gradio follows the system's colour scheme, read when the page loads
        page.emulate_media(color_scheme="dark")
        page.reload(wait_until="load")
        expect(page.locator("body.dark, .gradio-container.dark, html.dark").first).to_be_attached()
    if language == "en":
        page.locator("#ui-language").get_by_text("English", exact=True).click()
        expect(page.locator("#send")).to_have_text(t["send"])
    ask(page, COUNT_QUESTION)  # the chat tab with an answer, chips and citations
    expect(page.locator("#chips")).to_be_visible()
    found = {}
    for tab in ("tab_chat", "tab_explore", "tab_overview", "tab_briefing"):
        show_tab(page, BRIEF_TEXT[language]["tab"] if tab == "tab_briefing" else t[tab])
        if tab == "tab_overview":
            expect(chart_drawing(page, "by_status")).to_be_visible()
        # The chat: no finding at all (issue 18). Elsewhere only "minor"/"moderate" findings are
        # tolerated for now.
        found[tab] = [
            v for v in run_axe(page) if tab == "tab_chat" or v["impact"] in ("serious", "critical")
        ]
    assert found == {"tab_chat": [], "tab_explore": [], "tab_overview": [], "tab_briefing": []}
