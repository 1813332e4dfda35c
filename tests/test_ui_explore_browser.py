"""Explore, Overview and Briefing in a real browser, over the real register and the bundled model:
a bar opens Explore on its value, labels and headers are whole at 1366 and 390 px, Explore's
count is the chat's for the same selection, and axe-core finds nothing on these tabs.

One app and one chromium for the module (Debian's /usr/bin/chromium through Playwright); skipped
without them, a failure in CI (see tests/test_ui_browser.py).
"""

from __future__ import annotations

import pytest
from conftest_ui import served
from test_ui_browser import AXE, CHROMIUM, CHROMIUM_ARGS, _missing, _require_browser

from assistant.ui import UI_TEXT
from assistant.ui.briefing_tab import TEXT as BRIEF_TEXT
from assistant.ui.filters import ALL
from assistant.ui.overview import CHARTS, counts
from assistant.ui.selection import select

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing"),
]

TIMEOUT_MS = 20_000
WIDE, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}
FR, EN = UI_TEXT["fr"], UI_TEXT["en"]
# (the chat's question, the topic typed in Explore, the status picked, the UI language)
AGREEING = [
    ("Combien d'initiatives portant sur la fraude sont en production ?", "fraude", "in_production", "fr"),
    ("How many initiatives about fraud are in production?", "fraud", "in_production", "en"),
    ("Combien d'initiatives portent sur la traduction ?", "traduction", ALL, "fr"),
    ("How many forest initiatives are in development?", "forest", "in_development", "en"),
]  # fmt: skip


@pytest.fixture(scope="module")
def browser(full_assistant):
    """(chromium, url): one served app over the real register for the module."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    with served(full_assistant) as (_, url), sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium, url
        chromium.close()


def open_page(browser, viewport=WIDE, language: str = "fr"):
    chromium, url = browser
    context = chromium.new_context(viewport=viewport, locale="fr-CA")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url, wait_until="load")
    page.locator("#question textarea").wait_for()
    if language == "en":
        from playwright.sync_api import expect

        page.locator("#ui-language").get_by_text("English", exact=True).click()
        expect(page.locator("#send")).to_have_text(EN["send"])
    return page


@pytest.fixture
def page(browser):
    page = open_page(browser)
    yield page
    page.context.close()


def show_tab(page, label: str) -> None:
    """Opens a tab by its label; on a phone the tabs that do not fit are behind "More tabs"."""
    from playwright.sync_api import expect

    tab = page.get_by_role("tab", name=label, exact=True)
    if page.viewport_size["width"] > 700:  # every tab fits (waits for a relabelled one)
        tab.click()
    else:
        expect(page.locator("#tabs [role=tab]").first).to_be_visible()
        page.locator("#tabs .overflow-menu > button").click()
        page.locator("#tabs .overflow-dropdown button", has_text=label).click()
    expect(page.get_by_role("tab", name=label, exact=True)).to_have_attribute("aria-selected", "true")


def pick(page, elem_id: str, label: str) -> None:
    """Chooses `label` in the dropdown `elem_id` as a person does (types, then picks it)."""
    box = page.locator(f"#{elem_id} input")
    box.click()
    box.fill(label)
    page.get_by_role("option", name=label, exact=True).click()


def count_of(page, elem_id: str) -> int:
    return int(page.locator(f"#{elem_id} strong").first.inner_text().split()[0])


# Every word of the matched elements laid out on one line (a word broken across two lines has
# two client rects), nothing clipped (scrollWidth) and nothing rotated.
WHOLE_WORDS_JS = """
(selector) => {
  const problems = [];
  for (const element of document.querySelectorAll(selector)) {
    if (element.scrollWidth > element.clientWidth + 1) problems.push('clipped: ' + element.textContent);
    if (getComputedStyle(element).transform !== 'none') problems.push('rotated: ' + element.textContent);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /\\S+/g; let m;
      while ((m = re.exec(node.textContent))) {
        // a slash or a hyphen may end a line ("comportements/" + "sentiments"): each part alone
        for (const part of m[0].split(/(?<=[\\/-])/)) {
          const start = m.index + m[0].indexOf(part);
          const range = document.createRange();
          range.setStart(node, start); range.setEnd(node, start + part.length);
          const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
          if (tops.size > 1) problems.push('broken word: ' + part);
        }
      }
    }
  }
  return problems;
}
"""


# --- Overview -> Explore ----------------------------------------------------------------------


def test_a_bar_opens_explore_on_the_overview_selection_narrowed_to_its_value(page, full_assistant):
    from playwright.sync_api import expect

    chat = full_assistant.ask(AGREEING[0][0])
    assert chat.plan.topic == "fraude" and chat.plan.filters == {"status": ["in_production"]}
    show_tab(page, FR["tab_overview"])
    page.locator("#overview-search textarea").press_sequentially("fraude")
    fraud = select(full_assistant, None, {}, "fraude", "fr").rows
    expect(page.locator("#overview-total")).to_contain_text(f"{len(fraud)} initiatives dans la sélection")
    statuses = page.locator("#overview-by_status button.bar")
    expect(statuses).to_have_count(len(counts(fraud, "status", "fr")))

    statuses.filter(has_text="Solution en production").click()
    expect(page.get_by_role("tab", name=FR["tab_explore"], exact=True)).to_have_attribute("aria-selected", "true")
    expect(page.locator("#explore-status input")).to_have_value("Solution en production")
    expect(page.locator("#explore-search textarea")).to_have_value("fraude")
    expect(page.locator("#explore-count")).to_contain_text(f"{chat.figures['count']} initiative")
    rows = page.locator("#explore-table").get_by_role("row")
    expect(rows).to_have_count(chat.figures["count"] + 1)  # + the header row
    for row_id in chat.figures["row_ids"]:
        expect(page.locator("#explore-table")).to_contain_text(str(row_id))


def test_a_bar_is_a_button_the_keyboard_reaches_and_enter_opens(page, full_assistant):
    from playwright.sync_api import expect

    df = full_assistant.register.df
    show_tab(page, FR["tab_overview"])
    page.locator("#overview-search textarea").focus()
    for _ in range(10):  # the status bars come first, then the category bars
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#overview-by_category button.bar') !== null"):
            break
    else:
        raise AssertionError("the category bars are not reached with the Tab key")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "a focused bar must show its focus"
    page.keyboard.press("Enter")
    top = counts(df, "category", "fr").iloc[0]
    expect(page.locator("#explore-category input")).to_have_value(top["label"])
    expect(page.locator("#explore-count")).to_contain_text(f"{top['count']} initiatives")


# --- full labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1366", "390"])
def test_overview_labels_and_headers_are_whole_at_both_widths(browser, full_assistant, viewport):
    from playwright.sync_api import expect

    page = open_page(browser, viewport)
    try:
        show_tab(page, FR["tab_overview"])
        df = full_assistant.register.df
        for chart in CHARTS:
            labels = page.locator(f"#overview-{chart.key} .bar-label")
            expected = list(counts(df, chart.field, "fr", chart.top)["label"])
            expect(labels).to_have_count(len(expected))
            assert labels.all_inner_texts() == expected  # full, never cut with "…"
            headers = page.locator(f"#overview-{chart.key}-table th")
            expect(headers.first).to_be_visible()
        for selector in ("#overview-by_status .bar-label", "[id^=overview-] .bar-label", "[id^=overview-] th"):
            assert page.evaluate(WHOLE_WORDS_JS, selector) == []
        headers = page.locator("[id^=overview-][id$=-table] thead th")
        assert set(headers.all_inner_texts()) >= {FR["count_axis"]}
        chart = page.locator("#overview-by_category")
        chart.scroll_into_view_if_needed()
        page.mouse.move(0, 0)  # no bar hovered
        chart.screenshot(path=str(_artifact(f"overview-bars-{viewport['width']}.png")))
    finally:
        page.context.close()


def _artifact(name: str):
    from test_ui_browser import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / name


# --- Explore's count is the chat's ----------------------------------------------------------------


@pytest.mark.parametrize(("question", "typed", "status", "language"), AGREEING, ids=[a[1] for a in AGREEING])
def test_explore_counts_what_the_chat_counts_for_the_same_selection(
    browser, full_assistant, question, typed, status, language
):
    from playwright.sync_api import expect

    chat = full_assistant.ask(question)
    assert chat.plan.language == language and chat.plan.topic == typed
    assert chat.plan.filters == ({"status": [status]} if status != ALL else {})
    page = open_page(browser, WIDE, language)
    try:
        t = UI_TEXT[language]
        show_tab(page, t["tab_explore"])
        if status != ALL:
            label = full_assistant.register.df.loc[lambda d: d["status_key"] == status].iloc[0]
            pick(page, "explore-status", label["status" if language == "fr" else "status_en"])
        page.locator("#explore-search textarea").press_sequentially(typed)
        n = chat.figures["count"]
        expect(page.locator("#explore-count")).to_contain_text(f"{n} initiative")
        expect(page.locator("#explore-table").get_by_role("row")).to_have_count(n + 1)
        assert count_of(page, "explore-count") == n
    finally:
        page.context.close()


# --- accessibility ---------------------------------------------------------------------------------


def axe_without_footer(page) -> list[dict]:
    # The page as a reader sees it: no output gradio still dims, no colour transition running
    # (axe measures the colours of the moment: a fading element reads as low contrast).
    page.wait_for_function(
        "!document.querySelector('.pending') && document.getAnimations().every(a => a.playState !== 'running')"
    )
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => {
            const result = await axe.run({exclude: [['footer']]}, {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' '))}));
        }"""
    )


@pytest.mark.parametrize(("language", "scheme"), [("fr", "light"), ("en", "light"), ("fr", "dark")])
def test_axe_finds_no_violation_of_any_impact_on_explore_overview_and_briefing(browser, language, scheme):
    """The whole page with each tab shown, but gradio's own footer ("Use via API · Built with
    Gradio · Settings", the page chrome the chat's axe test covers)."""
    if not AXE.exists():
        _missing("accessibility check", f"{AXE} is missing (bash scripts/ensure-chromium.sh)")
    from playwright.sync_api import expect

    page = open_page(browser, WIDE, language)
    t = UI_TEXT[language]
    try:
        if scheme == "dark":  # gradio follows the system's colour scheme, read when the page loads
            page.emulate_media(color_scheme="dark")
            page.reload(wait_until="load")
            expect(page.locator("body.dark, .gradio-container.dark, html.dark").first).to_be_attached()
        found = {}
        show_tab(page, t["tab_explore"])
        page.locator("#explore-search textarea").press_sequentially("fraude")
        expect(page.locator("#explore-count")).to_contain_text("fraude")
        page.locator("#explore-table").get_by_role("gridcell").first.click()  # a record shown
        found["explore"] = axe_without_footer(page)
        show_tab(page, t["tab_overview"])
        expect(page.locator("#overview-by_status button.bar").first).to_be_visible()
        found["overview"] = axe_without_footer(page)
        show_tab(page, BRIEF_TEXT[language]["tab"])
        found["briefing"] = axe_without_footer(page)
        assert found == {"explore": [], "overview": [], "briefing": []}
    finally:
        page.context.close()
