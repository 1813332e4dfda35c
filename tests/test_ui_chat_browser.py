"""The chat a new reader meets (issue 18), in a real browser at 1366x900 and 390x844, in both
languages: the first view, each answer with its sources, details, rephrasings and feedback, the
conversation kept across a reload, keyboard use and axe-core with no violation at all.

One app and one chromium for the module (see test_ui_browser.py for how they are launched);
each test opens its own browser context (empty storage) at the size it checks.
"""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import unquote

import pytest
from conftest_ui import served
from test_ui_browser import (
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    TIMEOUT_MS,
    _missing,
    _require_browser,
    active_element,
    run_axe,
    screenshot,
)

from assistant.ui import UI_TEXT
from assistant.ui.text import EXAMPLES_BY_LANGUAGE, REGISTER_NAME

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
SIZES = {"desktop": DESKTOP, "phone": PHONE}
LONG = "Quelles initiatives sont en production ?"
EN_QUESTION = "Which initiatives help triage patients?"
UNKNOWN = "Combien de blorfs dans le registre ?"
FR, EN = UI_TEXT["fr"], UI_TEXT["en"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing"),
]


@pytest.fixture(scope="module")
def feedback_file(tmp_path_factory):
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


def open_page(browser, viewport=DESKTOP, language: str = "fr"):
    chromium, url = browser
    context = chromium.new_context(viewport=viewport, locale="fr-CA", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url, wait_until="load")
    page.locator("#question textarea").wait_for()
    if language == "en":
        switch(page, "en")
    return page


def switch(page, language: str) -> None:
    from playwright.sync_api import expect

    name = "English" if language == "en" else "Français"
    page.locator("#ui-language").get_by_text(name, exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("#send")).to_have_text(UI_TEXT[language]["send"])


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


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 30) <= height


@pytest.fixture(params=[("fr", "desktop"), ("en", "desktop"), ("fr", "phone"), ("en", "phone")],
                ids=lambda p: "-".join(p))  # fmt: skip
def sized(request, browser):
    language, size = request.param
    page = open_page(browser, SIZES[size], language)
    yield page, language, size
    page.context.close()


# --- the first view -----------------------------------------------------------------------------


def test_first_view_explains_itself_without_scrolling(sized, mini_assistant):
    from playwright.sync_api import expect

    page, language, size = sized
    t = UI_TEXT[language]
    header = page.locator("#header")
    expect(header).to_contain_text(t["lead"])
    expect(header).to_contain_text(REGISTER_NAME)
    expect(header).to_contain_text(f"{len(mini_assistant.register)} initiatives")
    expect(header).not_to_contain_text("sha256")
    chips = page.locator("#examples button.ask")
    expect(chips).to_have_count(len(EXAMPLES_BY_LANGUAGE[language]))
    for question, chip in zip(EXAMPLES_BY_LANGUAGE[language], chips.all(), strict=True):
        expect(chip).to_have_text(question)  # in the UI's language, whole
        assert chip.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), f"{question} is cut"
    assert in_view(page, page.locator("#question textarea")), "the question box is below the fold"
    if size == "desktop":  # on a phone the question box comes first, the examples just below
        assert in_view(page, chips.last), "the example questions are below the fold"
    # No control in an invalid state before use; one control starts a new conversation.
    assert page.locator(":invalid, [aria-invalid=true]").count() == 0
    expect(page.get_by_role("button", name=t["clear"], exact=True)).to_have_count(1)
    expect(page.locator("footer")).to_be_hidden()  # gradio's English footer
    screenshot(page, f"first-view-{language}-{size}")


def test_on_a_phone_the_header_stacks_and_no_word_is_broken(browser):
    page = open_page(browser, PHONE)
    header, radio = page.locator("#header").bounding_box(), page.locator("#ui-language").bounding_box()
    assert radio["y"] >= header["y"] + header["height"] - 1, "the language switch is beside the header"
    title = page.locator("#header h1")
    lines = title.evaluate("e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))")
    assert lines == 1, "« Portrait IA » is broken over lines"
    words = page.locator("#header p").first.evaluate(
        "e => getComputedStyle(e).wordBreak + ' ' + getComputedStyle(e).overflowWrap"
    )
    assert words == "normal normal"
    page.context.close()


def test_example_questions_follow_the_language_switch_and_ask_their_question(browser):
    from playwright.sync_api import expect

    page = open_page(browser)
    switch(page, "en")
    first = EXAMPLES_BY_LANGUAGE["en"][0]
    expect(page.locator("#examples button.ask").first).to_have_text(first)
    page.locator("#examples button.ask").first.click()
    expect(page.locator("#latest .turn-question")).to_contain_text(first)
    expect(page.locator("#latest .answer")).to_have_attribute("lang", "en")
    page.context.close()


# --- an answer with its sources -----------------------------------------------------------------


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_a_long_answer_shows_its_first_line_and_every_source_as_a_card(browser, mini_assistant, size):
    from playwright.sync_api import expect

    page = open_page(browser, SIZES[size])
    expected = mini_assistant.ask(LONG)
    ask(page, LONG)
    headline = page.locator("#latest .answer p").first
    expect(headline).to_have_text(expected.answer.splitlines()[0])
    assert in_view(page, headline), "the answer's first line is out of view"
    cards = page.locator("#latest .cards > li")
    expect(cards).to_have_count(len(expected.citations))
    first = expected.citations[0]
    card = cards.first.locator("summary")
    for part in (FR["card_row"].format(row=first.row_id), first.name, first.body, "Solution en production"):
        expect(card).to_contain_text(part)
    listing = page.locator("#latest .cards")
    assert listing.evaluate("e => e.scrollHeight > e.clientHeight"), "a long list scrolls in its box"
    expect(page.locator("#latest .sources h3")).to_contain_text(f"{len(expected.citations)} lignes")
    if size == "phone":  # cards, not a table squeezed letter by letter
        assert cards.first.locator(".card-name").bounding_box()["width"] > 250
    screenshot(page, f"long-answer-fr-{size}")
    page.context.close()


def test_a_citation_opens_its_row_with_every_field_file_and_row_number(browser, mini_assistant):
    from playwright.sync_api import expect

    page = open_page(browser)
    expected = mini_assistant.ask(LONG)
    ask(page, LONG)
    row_id = expected.citations[3].row_id
    row = mini_assistant.register.row(row_id)
    page.locator("#latest a.cite", has_text=re.compile(rf"^{row_id}$")).first.click()
    card = page.locator("#latest details.card[open]")
    expect(card).to_have_count(1)
    for value in (row["name"], row["body"], row["portfolio"], row["category"], row["status"], row["benefits"]):
        expect(card.locator("dl")).to_contain_text(value)
    expect(card.locator("dl")).to_contain_text(f"{row['source']}, Ligne {row_id}")
    expect(card.locator("summary")).to_be_focused()
    page.context.close()


def test_the_full_list_the_answer_points_to_is_one_click_away(browser, mini_assistant):
    from playwright.sync_api import expect

    page = open_page(browser)
    question = "Liste toutes les initiatives"
    expected = mini_assistant.ask(question)
    assert "tableau des sources" in expected.answer  # "… et 10 autres (… le tableau des sources)"
    ask(page, question)
    page.locator("#latest a.to-sources").click()
    cards = page.locator("#latest .cards")
    expect(cards).to_be_focused()
    expect(cards.locator("> li")).to_have_count(len(expected.citations))
    page.context.close()


def test_the_sources_download_as_csv_with_every_cited_row(browser, mini_assistant):
    page = open_page(browser)
    expected = mini_assistant.ask(LONG)
    ask(page, LONG)
    href = page.locator("#latest a.csv").get_attribute("href")
    assert href.startswith("data:text/csv")
    rows = list(csv.reader(io.StringIO(unquote(href.split(",", 1)[1]).lstrip("\ufeff"))))
    assert rows[0][:3] == ["Ligne", "Nom", "Organisme public"]
    assert [int(r[0]) for r in rows[1:]] == expected.row_ids
    page.context.close()


def test_details_are_behind_a_disclosure_in_the_ui_language(browser, mini_assistant):
    """A French UI with an English question: the answer in English, everything else French."""
    from playwright.sync_api import expect

    page = open_page(browser)
    ask(page, EN_QUESTION)
    turn = page.locator("#latest .turn")
    expect(turn.locator(".answer")).to_contain_text("According to the register")
    details = turn.locator("details.details")
    expect(details.locator("li").first).to_be_hidden()  # closed until asked for
    details.locator("summary").click()
    expect(details).to_contain_text("Ce que j'ai compris")
    expect(details).to_contain_text("Intention")
    expect(details).not_to_contain_text("Intent:")
    expect(details).to_contain_text(f"sha256 {mini_assistant.register.sha256[:12]}")
    expect(turn.locator(".sources h3")).to_contain_text("Sources : 1 ligne citée")
    expect(turn.locator(".card-status")).to_contain_text("Développement de la solution")

    switch(page, "en")  # the answer redrawn: chrome in English, the answer's text unchanged
    expect(turn.locator(".sources h3")).to_contain_text("Sources: 1 row cited")
    expect(turn.locator(".card-status")).to_contain_text("Solution development")
    expect(turn.locator("details.details summary")).to_have_text(EN["details"])
    expect(turn.locator(".answer")).to_contain_text("According to the register")
    page.context.close()


def test_earlier_answers_are_redrawn_in_the_new_language(browser):
    from playwright.sync_api import expect

    page = open_page(browser)
    # What screen readers are told while answers come (gradio's live regions), every 20 ms.
    page.evaluate("""() => { window.announced = []; setInterval(() => {
        for (const e of document.querySelectorAll('[aria-live]')) {
            if (e.textContent.trim()) window.announced.push(e.textContent.trim()); } }, 20); }""")
    ask(page, LONG)
    ask(page, EN_QUESTION)
    earlier = page.locator("#earlier .turn")
    expect(earlier).to_have_count(1)
    expect(earlier.locator(".turn-question")).to_contain_text(LONG)
    expect(page.locator("#earlier .earlier-title")).to_have_text(FR["earlier"])
    switch(page, "en")
    expect(page.locator("#earlier .earlier-title")).to_have_text(EN["earlier"])
    expect(earlier.locator(".rate").first).to_contain_text(EN["rate_up"])
    expect(earlier.locator(".answer")).to_contain_text("Le registre")  # the answer's own language
    assert "common." not in page.locator("body").inner_text()
    assert not [said for said in page.evaluate("window.announced") if "common." in said]
    page.context.close()


def test_rephrasings_of_a_question_not_understood_are_chips_that_ask_them(browser, mini_assistant):
    from playwright.sync_api import expect

    page = open_page(browser)
    suggestions = mini_assistant.ask(UNKNOWN).plan.suggestions
    assert suggestions
    ask(page, UNKNOWN)
    chips = page.locator("#latest .suggestions button.ask")
    expect(chips).to_have_count(len(suggestions))
    chips.first.click()
    expect(page.locator("#latest .turn-question")).to_contain_text(suggestions[0])
    expect(page.locator("#earlier .turn-question")).to_contain_text(UNKNOWN)
    page.context.close()


# --- feedback, copy, new conversation, reload ---------------------------------------------------


def test_feedback_is_labelled_confirmed_beside_and_tied_to_its_answer(browser, feedback_file, mini_assistant):
    from playwright.sync_api import expect

    page = open_page(browser)
    ask(page, LONG)
    ask(page, EN_QUESTION)
    earlier = page.locator("#earlier .turn")  # rate the first answer, not the newest
    up = earlier.get_by_role("button", name=FR["rate_up"], exact=True)
    box = up.bounding_box()
    assert box["height"] >= 24 and box["width"] >= 24
    expect(earlier.locator(".feedback-where")).to_contain_text(feedback_file.name)
    up.click()
    status = earlier.locator(".feedback-status")
    expect(status).to_contain_text("utile")
    expect(earlier.get_by_role("button", name=FR["rate_up"], exact=True)).to_have_attribute("aria-pressed", "true")
    row = earlier.locator(".feedback-row").bounding_box()
    status_box = status.bounding_box()
    assert row["y"] <= status_box["y"] <= row["y"] + row["height"], "the confirmation is beside the buttons"
    earlier.locator("details.comment summary").click()
    earlier.get_by_label(FR["comment_one"]).fill("Il manque une initiative.")
    earlier.get_by_role("button", name=FR["send_comment"]).click()
    expect(earlier.locator(".feedback-status")).to_contain_text(FR["comment_saved"])
    expect(page.locator("#latest .feedback-status")).to_have_text("")

    lines = [json.loads(line) for line in feedback_file.read_text(encoding="utf-8").splitlines()]
    rated, commented = lines[-2], lines[-1]
    assert rated["id"] == commented["id"] and commented["rating"] == "up"
    assert commented["question"] == LONG and commented["comment"] == "Il manque une initiative."
    assert commented["figures"] == json.loads(json.dumps(mini_assistant.ask(LONG).figures))
    page.context.close()


def test_copy_puts_the_answer_and_its_sources_in_the_clipboard(browser, mini_assistant):
    from playwright.sync_api import expect

    page = open_page(browser)
    expected = mini_assistant.ask(LONG)
    ask(page, LONG)
    page.locator("#latest button.copy").click()
    expect(page.locator("#latest .feedback-status")).to_have_text(FR["copied"])
    ids = ", ".join(str(i) for i in expected.row_ids)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{expected.answer}\n\nSources : mini_register.csv, lignes {ids}"
    page.context.close()


def test_the_conversation_survives_a_reload_and_one_control_clears_it(browser):
    from playwright.sync_api import expect

    page = open_page(browser)
    ask(page, LONG)
    ask(page, EN_QUESTION)
    page.reload(wait_until="load")
    expect(page.locator("#latest .turn-question")).to_contain_text(EN_QUESTION)
    expect(page.locator("#earlier .turn-question")).to_contain_text(LONG)
    expect(page.locator("#earlier .cards > li").first).to_be_attached()
    ask(page, "Et parmi celles-ci, combien dans le réseau de la santé ?")  # a follow-up still works
    expect(page.locator("#earlier .turn")).to_have_count(2)
    page.get_by_role("button", name=FR["clear"], exact=True).click()
    expect(page.locator(".turn")).to_have_count(0)
    page.reload(wait_until="load")
    page.wait_for_timeout(1000)
    expect(page.locator(".turn")).to_have_count(0)
    page.context.close()


def test_the_row_lookup_says_what_is_wrong_with_its_value(browser, mini_assistant):
    from playwright.sync_api import expect

    page = open_page(browser)
    page.get_by_text(FR["row_lookup"]).click()
    field = page.locator("#row-number textarea, #row-number input").first
    field.fill("douze")
    field.press("Enter")
    expect(page.locator("#record")).to_contain_text("« douze » n'est pas un numéro de ligne")
    field.fill("3")
    field.press("Enter")
    expect(page.locator("#record")).to_contain_text(mini_assistant.register.row(3)["benefits"])
    page.context.close()


# --- keyboard and accessibility -----------------------------------------------------------------


def test_keyboard_skip_link_then_sources_within_three_tab_presses(browser):
    page = open_page(browser)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link", "the first stop"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert active_element(page) == "question textarea"
    page.keyboard.type(LONG)
    page.keyboard.press("Enter")
    page.locator("#latest .turn").wait_for()
    page.locator("#question textarea").focus()
    reached = []
    for _ in range(3):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.className || document.activeElement.tagName"))
        if page.evaluate("!!document.activeElement.closest('#latest .sources, #latest a.cite')"):
            break
    else:
        raise AssertionError(f"no source within three Tab presses: {reached}")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")  # a citation opens its card
    assert page.locator("#latest details.card[open]").count() == 1
    page.context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_axe_finds_no_violation_at_all_on_the_chat(browser, language, size):
    if not AXE.exists():
        _missing("accessibility check", f"{AXE} is missing (bash scripts/ensure-chromium.sh)")
    page = open_page(browser, SIZES[size], language)
    assert run_axe(page) == [], "first view"
    ask(page, UNKNOWN)  # rephrasing chips
    ask(page, LONG)  # a long answer, with an earlier one below it
    for selector in ("#latest details.card", "#latest details.details", "#latest details.comment"):
        page.locator(selector).first.evaluate("e => e.open = true")
    page.locator("#latest button.rate").first.click()
    page.locator("#latest .feedback-status").filter(has_text=re.compile(".+")).wait_for()
    # gradio dims an output (opacity 0.2) until its event says "complete": a busy machine can
    # still be there; the page as a reader sees it once answered.
    page.wait_for_function("!document.querySelector('.pending')")
    page.wait_for_function(  # and the pressed rating's colour transition over (axe measured a
        # mid-transition grey on blue, 1.2:1), no ancestor of it faded in or dimmed
        "() => { let e = document.querySelector('#latest button.rate[aria-pressed=true]');"
        " if (!e || getComputedStyle(e).color !== 'rgb(255, 255, 255)') return false;"
        " for (; e; e = e.parentElement) {"
        " if (parseFloat(getComputedStyle(e).opacity) < 1) return false; } return true; }"
    )
    assert run_axe(page) == []
    page.context.close()

