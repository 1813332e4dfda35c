"""Typed-field facets and charts in a real browser, over a slice of the US federal inventory: the
PII facet picked as a person picks it selects the rows the chat counts, a typed bar of Overview
opens Explore with its facet set, and axe-core finds nothing on either tab with the facets shown,
in both UI languages. Skipped without chromium and Playwright (a failure in CI), as the other
browser tests.
"""

from __future__ import annotations

import pytest
from conftest_ui import served
from test_ui_browser import AXE, CHROMIUM, CHROMIUM_ARGS, _missing, _require_browser
from test_ui_explore_browser import WIDE, axe_without_footer, count_of, open_page, pick, show_tab
from typed_registers import us_slice

from assistant.ui import UI_TEXT

ITEMS = {"en": "use cases", "fr": "cas d'usage"}  # the US mapping's [items]: the UI counts in them

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing"),
]


@pytest.fixture(scope="module")
def us(fake_embedder, tmp_path_factory):
    from assistant import Assistant

    data, mapping = us_slice(tmp_path_factory.mktemp("us-slice-browser"))
    return Assistant(data, mapping=mapping, index_dir=tmp_path_factory.mktemp("us-index"), embedder=fake_embedder)


@pytest.fixture(scope="module")
def browser(us):
    _require_browser()
    from playwright.sync_api import sync_playwright

    with served(us) as (_, url), sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium, url
        chromium.close()


def open_facets(page, prefix: str) -> None:
    """Unfolds « Autres champs du registre » (folded: the US inventory has fifteen facets)."""
    from playwright.sync_api import expect

    facet = page.locator(f"#{prefix}-field-pii")
    if not facet.is_visible():
        page.locator(f"#{prefix}-more button").first.click()
    expect(facet).to_be_visible()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_facet_and_a_typed_bar_select_what_the_chat_counts(browser, us, language):
    from playwright.sync_api import expect

    df = us.register.df
    chat = us.ask("How many use cases involve PII?" if language == "en" else
                  "Combien de cas d'usage impliquent des renseignements personnels ?")  # fmt: skip
    yes = int((df["pii"] == "yes").sum())
    assert chat.figures["count"] == yes and chat.plan.filters == {"pii": ["yes"]}
    if not AXE.exists():
        _missing("accessibility check", f"{AXE} is missing (bash scripts/ensure-chromium.sh)")
    t = UI_TEXT[language]
    page = open_page(browser, WIDE, language)
    try:
        show_tab(page, t["tab_explore"])
        open_facets(page, "explore")
        label = page.locator("#explore-field-pii label, #explore-field-pii span").first
        expect(label).to_contain_text("PII" if language == "en" else "Renseignements personnels")
        pick(page, "explore-field-pii", f"{'Yes' if language == 'en' else 'Oui'} ({yes})")
        expect(page.locator("#explore-count")).to_contain_text(f"{yes} {ITEMS[language]}")
        assert count_of(page, "explore-count") == chat.figures["count"]
        expect(page.locator("#explore-table")).to_contain_text("PII" if language == "en" else "Renseignements personnels")
        found = {"explore": axe_without_footer(page)}

        show_tab(page, t["tab_overview"])
        bars = page.locator("#overview-chart-pii button.bar")
        expect(bars).to_have_count(2)
        no = int((df["pii"] == "no").sum())
        bars.filter(has_text="Non" if language == "fr" else "No").click()
        expect(page.get_by_role("tab", name=t["tab_explore"], exact=True)).to_have_attribute("aria-selected", "true")
        expect(page.locator("#explore-field-pii input")).to_have_value(f"{'No' if language == 'en' else 'Non'} ({no})")
        expect(page.locator("#explore-count")).to_contain_text(f"{no} {ITEMS[language]}")
        show_tab(page, t["tab_overview"])
        open_facets(page, "overview")
        found["overview"] = axe_without_footer(page)
        assert found == {"explore": [], "overview": []}
    finally:
        page.context.close()
