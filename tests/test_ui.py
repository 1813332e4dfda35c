"""The chat UI served for real (Gradio on 127.0.0.1), driven through gradio_client.

One app per module, over the session's mini-register Assistant: launching costs well under a
second once gradio is imported, the Assistant (index build) is the slow part and is shared.
"""

from __future__ import annotations

import json
import re
import urllib.request

import pytest
from conftest_ui import served
from gradio_client import Client

from assistant.answer import Answer, Citation
from assistant.ui import (
    EXAMPLES,
    REGISTER_NAME,
    UI_TEXT,
    build_app,
    citations_table,
    plain_history,
)

FR_QUESTION = "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
EN_QUESTION = "Which initiatives help triage patients?"

# gradio's own event metrics still use a pandas option that pandas 3 deprecates.
pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")


@pytest.fixture(scope="module")
def served_app(mini_assistant):
    with served(mini_assistant) as (app, url):
        yield app, url


@pytest.fixture(scope="module")
def client(served_app):
    return Client(served_app[1], verbose=False)


def component_props(config: dict) -> list[dict]:
    return [c.get("props", {}) for c in config["components"]]


def served_config(url: str) -> dict:
    with urllib.request.urlopen(url.rstrip("/") + "/config", timeout=10) as response:
        return json.load(response)


def props_by_elem_id(config: dict) -> dict[str, dict]:
    return {p["elem_id"]: p for p in component_props(config) if p.get("elem_id")}


def test_ask_endpoint_is_the_only_public_api(client):
    endpoints = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert list(endpoints) == ["/ask"]


@pytest.mark.parametrize(
    ("question", "language", "columns"),
    [(FR_QUESTION, "fr", UI_TEXT["fr"]["columns"]), (EN_QUESTION, "en", UI_TEXT["en"]["columns"])],
)
def test_ask_answers_in_the_question_language_with_cited_rows(
    client, mini_assistant, question, language, columns
):
    answer_text, table = client.predict(question, api_name="/ask")

    expected = mini_assistant.ask(question)
    assert expected.language == language
    assert answer_text == expected.answer
    assert table["headers"] == columns
    row_ids = [row[0] for row in table["data"]]
    assert row_ids, f"no citation for {question!r}: the citations table would be empty"
    assert row_ids == expected.row_ids
    assert set(row_ids) <= set(mini_assistant.register.row_ids)
    for row_id in row_ids:  # the answer text cites every row the table shows
        assert re.search(rf"\b{row_id}\b", answer_text), row_id


def test_citations_table_shows_labels_in_the_answer_language(client, mini_assistant):
    _, table = client.predict(EN_QUESTION, api_name="/ask")
    for row_id, name, body, category, status in table["data"]:
        row = mini_assistant.register.row(row_id)
        assert (name, body, category, status) == (
            row["name"],
            row["body"],
            row["category_en"],
            row["status_en"],
        )


def test_header_names_the_register_file_and_row_count(served_app, mini_assistant):
    header = props_by_elem_id(served_config(served_app[1]))["header"]["value"]
    register = mini_assistant.register
    assert REGISTER_NAME in header
    assert register.source in header
    assert f"{len(register)} lignes" in header


def test_every_control_has_a_visible_label_in_french_by_default(served_app):
    props = props_by_elem_id(served_config(served_app[1]))
    fr = UI_TEXT["fr"]
    assert props["question"]["label"] == fr["question"]
    assert props["question"]["placeholder"] == fr["placeholder"]
    assert props["send"]["value"] == fr["send"]
    assert props["chat"]["label"] == fr["chat"]
    assert props["citations"]["label"] == fr["citations"]
    assert props["ui-language"]["label"] == "Français / English"
    for name in ("question", "chat", "citations", "ui-language"):
        assert props[name].get("show_label") is not False, name


def test_build_app_in_english_shows_english_labels(mini_assistant):
    config = build_app(mini_assistant, language="en").get_config_file()
    props = props_by_elem_id(config)
    en = UI_TEXT["en"]
    assert props["question"]["label"] == en["question"]
    assert props["send"]["value"] == en["send"]
    assert props["chat"]["label"] == en["chat"]
    assert props["citations"]["label"] == en["citations"]
    assert props["citations"]["value"]["headers"] == en["columns"]
    assert props["ui-language"]["value"] == "en"
    assert f"{len(mini_assistant.register)} rows" in props["header"]["value"]
    labels = [p.get("label") for p in component_props(config)]
    assert en["examples"] in labels
    assert not {UI_TEXT["fr"][k] for k in ("question", "citations", "examples")} & set(labels)


def test_examples_cover_both_languages(mini_assistant):
    from assistant.understand import detect_language

    assert {detect_language(q) for q in EXAMPLES} == {"fr", "en"}


def test_ui_strings_exist_in_both_languages():
    assert UI_TEXT["fr"].keys() == UI_TEXT["en"].keys()


def test_chat_history_is_passed_to_the_assistant_as_plain_text():
    # Gradio 6 hands the chat back with content normalised to a list of parts.
    messages = [
        {"role": "user", "content": [{"type": "text", "text": "Bonjour"}], "metadata": None},
        {"role": "assistant", "content": "Selon le registre…"},
    ]
    assert plain_history(messages) == [
        {"role": "user", "content": "Bonjour"},
        {"role": "assistant", "content": "Selon le registre…"},
    ]


def test_citations_table_of_an_answer_without_citations_is_empty(mini_assistant):
    table = citations_table(mini_assistant, Answer("…", "en", "search"))
    assert list(table.columns) == UI_TEXT["en"]["columns"] and table.empty


def test_citation_outside_the_register_keeps_its_own_name_and_body(mini_assistant):
    outside = Citation(99_999, "autre.csv", "Initiative ailleurs", "Organisme X")
    table = citations_table(mini_assistant, Answer("…", "fr", "search", citations=[outside]))
    assert table.iloc[0].tolist()[:3] == [99_999, "Initiative ailleurs", "Organisme X"]
