"""The chat UI served for real (Gradio on 127.0.0.1), driven through gradio_client.

One app per module, over the session's mini-register Assistant: launching costs well under a
second once gradio is imported, the Assistant (index build) is the slow part and is shared.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import urllib.request
from pathlib import Path

import pytest
from conftest_ui import served, ui_event
from gradio_client import Client

from assistant.evaluation.gold import load_gold
from assistant.execute import COLUMN
from assistant.types import Answer, Citation
from assistant.ui import (
    EXAMPLES,
    REGISTER_NAME,
    UI_TEXT,
    build_app,
    citations_table,
    export_feedback_as_gold,
    plain_history,
    read_feedback,
)
from assistant.ui.bars import escape, table_html
from assistant.ui.briefing_tab import TEXT as BRIEF_TEXT
from assistant.ui.briefing_tab import make_briefing_file
from assistant.ui.chat import answer_plan, copy_text, filter_chips, kept_filters, with_filters
from assistant.ui.downloads import BriefingFiles
from assistant.ui.explore import (
    ALL,
    choices,
    register_table,
    selected_filters,
    selection_question,
)
from assistant.ui.feedback import append_feedback, feedback_record, gold_case
from assistant.ui.files import row_key
from assistant.ui.overview import CHARTS, counts, summary
from assistant.ui.text import EXAMPLES_BY_LANGUAGE, count_text, record_markdown

FR_QUESTION = "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
EN_QUESTION = "Which initiatives help triage patients?"
COUNT_QUESTION = "Combien d'initiatives sont en production dans le réseau de la santé ?"
HEALTH_NETWORK = "Santé et Services sociaux (Réseau)"
ROOT = Path(__file__).resolve().parent.parent

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


def test_ask_and_brief_are_the_only_public_api(client):
    endpoints = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert sorted(endpoints) == ["/ask", "/brief"]


@pytest.mark.parametrize(
    ("topic", "heading"), [("Briefing sur le CHUM", "CHUM"), ("Briefing on the SAAQ", "SAAQ")]
)
def test_briefing_tab_makes_a_word_document_with_the_executors_figures(
    client, mini_assistant, topic, heading
):
    import docx

    path = client.predict(topic, "docx", api_name="/brief")
    document = docx.Document(path)
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert any(heading in h for h in headings[:2]) and len(headings) > 3
    df = mini_assistant.register.df
    expected = int(df.body.str.contains(heading).sum())
    table_rows = [
        row
        for table in document.tables
        for row in table.rows
        if row.cells[0].text.strip().isdigit()
    ]
    assert expected > 0 and len({r.cells[0].text for r in table_rows}) >= expected


def test_briefing_from_a_conversation_takes_its_scope(mini_assistant):
    from assistant.ui.briefing_tab import make_briefing_file

    history = [
        {"role": "user", "content": "Combien d'initiatives à la RAMQ ?"},
        {"role": "assistant", "content": "…"},
    ]
    path, preview = make_briefing_file(mini_assistant, "", "md", "fr", history)
    assert path.endswith(".md") and "Régie de l'assurance maladie du Québec" in preview


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


def test_header_says_what_this_is_and_names_the_register_and_its_size(served_app, mini_assistant):
    header = props_by_elem_id(served_config(served_app[1]))["header"]["value"]
    register = mini_assistant.register
    assert UI_TEXT["fr"]["lead"] in header and REGISTER_NAME in header
    assert f"{len(register)} initiatives" in header
    assert register.source not in header  # the file and its sha256: under each answer's details


LABELLED = (  # every control a person uses, by elem_id: each must carry a visible label
    "question", "ui-language", "chips", "row-number",
    "explore-body", "explore-portfolio", "explore-category", "explore-status", "explore-search",
    "explore-table", "overview-body", "overview-portfolio", "overview-category", "overview-status",
    "overview-search",
)  # fmt: skip  (Overview's charts are titled by their own headings: tests/test_ui_overview.py)


def test_every_control_has_a_visible_label_in_french_by_default(served_app):
    props = props_by_elem_id(served_config(served_app[1]))
    fr = UI_TEXT["fr"]
    assert props["question"]["label"] == fr["question"]
    assert props["question"]["placeholder"] == fr["placeholder"]
    assert props["send"]["value"] == fr["send"]
    assert props["clear"]["value"] == fr["clear"]
    assert props["ui-language"]["label"] == "Français / English"
    assert props["explore-ask"]["value"] == fr["ask_selection"]
    assert not props["row-number"].get("value")  # empty, never shown as invalid before use
    for name in LABELLED:
        assert props[name].get("label"), name
        assert props[name].get("show_label") is not False, name


def test_the_four_tabs_are_labelled_in_the_ui_language(served_app, mini_assistant):
    def tab_labels(config):
        return [
            p.get("label")
            for p in component_props(config)
            if p.get("elem_id", "").startswith("tab-")
        ]

    fr, en = UI_TEXT["fr"], UI_TEXT["en"]
    assert tab_labels(served_config(served_app[1])) == [
        fr["tab_chat"],
        fr["tab_explore"],
        fr["tab_overview"],
        BRIEF_TEXT["fr"]["tab"],
    ]
    english = build_app(mini_assistant, language="en").get_config_file()
    assert tab_labels(english) == [
        en["tab_chat"],
        en["tab_explore"],
        en["tab_overview"],
        BRIEF_TEXT["en"]["tab"],
    ]


def test_language_choice_is_kept_in_browser_storage(served_app):
    config = served_config(served_app[1])
    stores = [c for c in config["components"] if c.get("type") == "browserstate"]
    keys = {store["props"]["storage_key"] for store in stores}
    assert keys == {"portrait-ia-ui-language", "portrait-ia-conversation"}


def test_build_app_in_english_shows_english_labels(mini_assistant):
    config = build_app(mini_assistant, language="en").get_config_file()
    props = props_by_elem_id(config)
    en = UI_TEXT["en"]
    assert props["question"]["label"] == en["question"]
    assert props["send"]["value"] == en["send"]
    assert props["ui-language"]["value"] == "en"
    assert en["lead"] in props["header"]["value"]
    assert en["skip"] in props["skip"]["value"]
    assert en["examples"] in props["examples"]["value"]
    for question in EXAMPLES_BY_LANGUAGE["en"]:
        assert html.escape(question) in props["examples"]["value"]
    labels = [p.get("label") for p in component_props(config)]
    assert not {UI_TEXT["fr"][k] for k in ("question", "row_lookup", "chips")} & set(labels)


def test_examples_are_written_in_their_language(mini_assistant):
    from assistant.language import detect_language

    for language, questions in EXAMPLES_BY_LANGUAGE.items():
        assert {detect_language(q) for q in questions} == {language}
        assert all(mini_assistant.ask(q).citations for q in questions), "an example that finds nothing"
    assert set(EXAMPLES) == {*EXAMPLES_BY_LANGUAGE["fr"], *EXAMPLES_BY_LANGUAGE["en"]}


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


# --- chat: editable filters, copy with sources, full record --------------------------------


def test_unchecking_a_filter_chip_reruns_the_same_plan_without_it(mini_assistant):
    answer = mini_assistant.ask(COUNT_QUESTION)
    chips = dict(filter_chips(mini_assistant, answer.plan.filters, "fr"))
    assert chips == {
        "Statut = Solution en production": "status=in_production",
        f"Portefeuille = {HEALTH_NETWORK}": f"portfolio={HEALTH_NETWORK}",
    }
    kept = kept_filters(answer.plan.filters, [f"portfolio={HEALTH_NETWORK}"])
    edited = answer_plan(mini_assistant, with_filters(answer.plan, kept))

    df = mini_assistant.register.df
    in_network = df[df["portfolio"] == HEALTH_NETWORK]
    assert answer.figures["count"] == int((in_network["status_key"] == "in_production").sum())
    assert edited.figures["count"] == len(in_network) != answer.figures["count"]
    assert edited.plan.question == COUNT_QUESTION  # not reworded, not re-understood
    assert edited.plan.filters == {"portfolio": [HEALTH_NETWORK]}
    assert answer.plan.filters["status"] == ["in_production"]  # the original plan is untouched


def test_filter_chips_are_labelled_in_the_ui_language(mini_assistant):
    plan = mini_assistant.ask(COUNT_QUESTION).plan
    labels = [name for name, _ in filter_chips(mini_assistant, plan.filters, "en")]
    assert labels == [
        "Status = Solution in production",
        "Portfolio = Health and Social Services (Network)",
    ]


def test_copied_answer_ends_with_its_sources(mini_assistant):
    answer = mini_assistant.ask(COUNT_QUESTION)
    ids = ", ".join(str(i) for i in answer.row_ids)
    assert (
        copy_text(answer, "fr") == f"{answer.answer}\n\nSources : mini_register.csv, lignes {ids}"
    )
    assert copy_text(answer, "en").endswith(f"Sources: mini_register.csv, rows {ids}")


def test_full_record_shows_every_field_in_the_ui_language(mini_assistant):
    row = mini_assistant.register.row(6)
    fr, en = record_markdown(mini_assistant, 6, "fr"), record_markdown(mini_assistant, "6", "en")
    for value in (row["name"], row["body"], row["benefits"], row["category"], row["status"]):
        assert value.strip() in fr
    assert row["category_en"] in en and row["status_en"] in en and "Row 6" in en
    assert "mini_register.csv" in fr and "ligne 6" in fr
    assert "n'est pas" in record_markdown(mini_assistant, 999, "fr")


# --- explore ----------------------------------------------------------------------------------


def test_explore_filters_match_pandas_and_its_search_ignores_accents_and_case(mini_assistant):
    from assistant.ui.selection import select

    df = mini_assistant.register.df
    filters = selected_filters(ALL, HEALTH_NETWORK, ALL, "in_production")
    assert filters == {"portfolio": [HEALTH_NETWORK], "status": ["in_production"]}
    rows = select(mini_assistant, None, filters, "", "fr").rows
    assert list(rows["row_id"]) == list(
        df[(df["portfolio"] == HEALTH_NETWORK) & (df["status_key"] == "in_production")]["row_id"]
    )
    # The search is the chat's topic matcher (tests/test_ui_explore.py checks, with the real
    # model, that it ignores accents and agrees with the chat): case never changes what it finds.
    found = select(mini_assistant, None, {}, "DÉTECTION", "fr").rows
    assert list(select(mini_assistant, None, {}, "détection", "fr").rows["row_id"]) == list(found["row_id"])
    assert len(found) >= 1


def test_explore_dropdowns_offer_every_value_in_the_ui_language(mini_assistant):
    df = mini_assistant.register.df
    for field in ("body", "portfolio", "category", "status"):
        for language in ("fr", "en"):
            options = choices(df, field, language)
            assert options[0][1] == ALL
            assert {v for _, v in options[1:]} == set(df[COLUMN[field]]) - {""}
    assert ("Solution in production", "in_production") in choices(df, "status", "en")
    assert ("Health and Social Services (Network)", HEALTH_NETWORK) in choices(
        df, "portfolio", "en"
    )


def test_explore_count_and_table_follow_the_ui_language(mini_assistant):
    df = mini_assistant.register.df
    assert count_text(42, "fr") == "**42 initiatives** correspondent aux filtres."
    assert count_text(1, "en") == "**1 initiative** matches the filters."
    assert count_text(0, "fr").startswith("**0 initiative** ")
    table = register_table(df.head(3), "en")
    assert list(table.columns) == UI_TEXT["en"]["explore_columns"]
    assert list(table["Status"]) == list(df.head(3)["status_en"])


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", f"Liste les initiatives du portefeuille « {HEALTH_NETWORK} » au statut « Solution en production » ?"),
        ("en", 'List the initiatives in the portfolio "Health and Social Services (Network)" with the status "Solution in production"?'),
    ],
)  # fmt: skip
def test_selection_becomes_a_question_in_the_ui_language(mini_assistant, language, expected):
    filters = {"portfolio": [HEALTH_NETWORK], "status": ["in_production"]}
    assert selection_question(filters, "", language, mini_assistant.register.df) == expected


# --- overview ---------------------------------------------------------------------------------


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.key)
def test_overview_counts_are_the_register_group_sizes(mini_assistant, chart):
    df = mini_assistant.register.df
    table = counts(df, chart.field, "fr", chart.top)
    sizes = df[COLUMN[chart.field]].value_counts()
    assert list(table["count"]) == sorted(table["count"], reverse=True)
    assert list(table["count"]) == list(sizes.sort_values(ascending=False).head(len(table)))
    if chart.top is None:
        assert table["count"].sum() == len(df)
    shown = table_html(table, "Titre", "Statut", "Initiatives")
    for row in table.itertuples():
        assert f'<th scope="row">{escape(row.label)}</th><td>{row.count}</td>' in shown


def test_overview_tables_are_in_english_when_the_ui_is(mini_assistant):
    table = counts(mini_assistant.register.df, "status", "en")
    assert set(table["label"]) <= {
        "Solution in production",
        "Solution development",
        "Information unavailable",
    }
    assert "comes first" in summary(table, 20, "en")


# --- feedback ---------------------------------------------------------------------------------


def _turn(assistant, question, edited=False, history=()):
    return {
        "question": question,
        "answer": assistant.ask(question),
        "history": list(history),
        "edited": edited,
    }


def test_feedback_record_holds_what_a_reviewer_needs(mini_assistant, tmp_path):
    path = tmp_path / "fb" / "feedback.jsonl"
    record = feedback_record(
        _turn(mini_assistant, COUNT_QUESTION), "up", mini_assistant.register, "fr"
    )
    append_feedback(path, record)
    append_feedback(path, {**record, "comment": "Exact."})  # a comment: same id, last wins
    (saved,) = read_feedback(path)
    assert saved["comment"] == "Exact." and saved["rating"] == "up"
    assert saved["question"] == COUNT_QUESTION
    assert saved["plan"]["filters"]["status"] == ["in_production"]
    assert saved["figures"]["count"] == 3
    assert [c["row_id"] for c in saved["citations"]] == saved["figures"]["row_ids"]
    assert saved["data_file"] == "mini_register.csv"
    assert saved["data_sha256"] == mini_assistant.register.sha256
    assert saved["timestamp"].endswith("+00:00")


def test_feedback_exports_as_gold_candidates_the_evaluation_accepts(mini_assistant, tmp_path):
    feedback, out = tmp_path / "feedback.jsonl", tmp_path / "gold.jsonl"
    register = mini_assistant.register
    rows = [
        (COUNT_QUESTION, "up", False, ""),
        ("Quels organismes ont le plus d'initiatives ?", "up", False, ""),
        ("Liste les initiatives du portefeuille Finances", "up", False, ""),
        (FR_QUESTION, "up", False, ""),  # search: nothing to learn
        (EN_QUESTION, "down", False, "Row 7 is not about triage."),
        (COUNT_QUESTION, "up", True, ""),  # filters edited: the question no longer says it
    ]
    for question, rating, edited, comment in rows:
        turn = _turn(mini_assistant, question, edited)
        append_feedback(feedback, feedback_record(turn, rating, register, "fr", comment=comment))

    done = export_feedback_as_gold(feedback, out)
    assert done == {"records": 6, "cases": 5, "needs_review": 2, "skipped": 1}
    gold = load_gold([out])  # valid `portrait-ia eval` input
    cases = {c.question: c for c in gold if c.note != "needs review"}
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    count_case = cases[COUNT_QUESTION]
    assert count_case.kind == "figure" and count_case.intent == "count"
    assert count_case.expected["count"] == 3 and count_case.expected["row_ids"] == [7, 10, 18]
    rank = cases["Quels organismes ont le plus d'initiatives ?"]
    assert rank.kind == "figure" and rank.expected["groups"][0]["count"] >= 1
    assert cases["Liste les initiatives du portefeuille Finances"].kind == "rows"
    down = next(line for line in lines if "thumbs-down" in line["tags"])
    assert down["note"] == "needs review" and down["comment"] == "Row 7 is not about triage."
    assert down["got"]["answer"] and down["source"] == "mini_register.csv"
    edited = [line for line in lines if "edited-filters" in line["tags"]]
    assert len(edited) == 1 and edited[0]["note"] == "needs review"


def test_a_follow_up_is_exported_with_its_earlier_turns(mini_assistant):
    turn = _turn(
        mini_assistant, "Et en production ?", history=["Combien d'agents conversationnels ?"]
    )
    case = gold_case(feedback_record(turn, "down", mini_assistant.register, "fr"))
    assert case["turns"] == ["Combien d'agents conversationnels ?", "Et en production ?"]


def test_export_feedback_script_writes_the_gold_file(mini_assistant, tmp_path, capsys):
    # In process (the script's main), not a subprocess: importing gradio again costs ~6 s.
    spec = importlib.util.spec_from_file_location(
        "export_feedback", ROOT / "scripts" / "export_feedback.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    feedback, out = tmp_path / "feedback.jsonl", tmp_path / "out" / "gold.jsonl"
    turn = _turn(mini_assistant, COUNT_QUESTION)
    append_feedback(feedback, feedback_record(turn, "up", mini_assistant.register, "en"))

    assert script.main([str(feedback), "--out", str(out)]) == 0
    assert "1 feedback records -> 1 cases" in capsys.readouterr().out
    assert len(load_gold([out])) == 1
    assert script.main([str(tmp_path / "none.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err


def test_the_ask_api_takes_the_conversation_so_far(client, mini_assistant):
    import json

    first = "Combien d'agents conversationnels ?"
    follow = "Et parmi ceux-ci, combien sont en production ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": mini_assistant.ask(first).answer},
    ]
    answer_text, _ = client.predict(follow, json.dumps(history), api_name="/ask")
    assert answer_text == mini_assistant.ask(follow, history).answer
    alone, _ = client.predict(follow, api_name="/ask")  # without history: not the same question
    assert alone != answer_text


def test_the_ask_api_names_a_malformed_history(client):
    with pytest.raises(Exception, match="history"):
        client.predict("Combien ?", "{not json", api_name="/ask")
    with pytest.raises(Exception, match="role"):
        client.predict("Combien ?", '[{"who": "me"}]', api_name="/ask")


def test_warm_up_answers_typical_questions_without_logging(mini_assistant, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="portrait_ia"):
        seconds = mini_assistant.warm_up()
    assert seconds > 0 and not [r for r in caplog.records if "answer" in r.getMessage()]


def test_the_brief_api_says_why_a_briefing_cannot_be_made(client):
    with pytest.raises(Exception, match="pdf|format"):
        client.predict("fraude", "pdf", api_name="/brief")


# --- several files: a year selector in Explore, Overview and Briefing ------------------------

YEARS = [ROOT / "data" / "portrait-ia-2024.csv", ROOT / "data" / "portrait-ia-2025.csv"]
Y2024, Y2025 = "portrait-ia-2024.csv", "portrait-ia-2025.csv"
SELECTORS = ("explore-year", "overview-year", "brief-year")
CHATBOT = "conversational_agent"


@pytest.fixture(scope="module")
def two_years(fake_embedder, tmp_path_factory):
    from assistant import Assistant

    return Assistant(YEARS, index_dir=tmp_path_factory.mktemp("years-index"), embedder=fake_embedder)


@pytest.fixture(scope="module")
def years_client(two_years):
    with served(two_years) as (_, url):
        yield Client(url, verbose=False, download_files=False)


def _df(assistant, source):
    (register,) = [r for r in assistant.registers if r.source == source]
    return register.df


def test_with_several_files_three_tabs_offer_a_year_selector_newest_first(years_client, two_years):
    props = props_by_elem_id(years_client.config)
    for elem_id in SELECTORS:
        assert props[elem_id]["label"] == UI_TEXT["fr"]["file_pick"]
        assert props[elem_id]["value"] == Y2025  # the newest by default
        assert [value for _, value in props[elem_id]["choices"]] == [Y2025, Y2024]
    rows_2024 = len(_df(two_years, Y2024))
    assert props["explore-year"]["choices"][1][0] == f"2024 — {Y2024} ({rows_2024} lignes)"
    english = props_by_elem_id(build_app(two_years, language="en").get_config_file())
    assert {english[e]["label"] for e in SELECTORS} == {UI_TEXT["en"]["file_pick"]}
    assert english["brief-year"]["choices"][0][0].endswith("rows)")


def test_with_one_file_no_year_selector_is_shown(served_app):
    config = served_config(served_app[1])
    assert not set(SELECTORS) & set(props_by_elem_id(config))
    radios = [c["props"].get("elem_id") for c in config["components"] if c["type"] == "radio"]
    assert radios == ["ui-language", "brief-format"]


def test_overview_for_2024_shows_the_2024_registers_figures(years_client, two_years):
    everything = (ALL, ALL, ALL, ALL, "")
    outputs = ui_event(years_client, "overview-year", "input", Y2024, *everything, "fr")
    dropdowns, total, charts_and_tables = outputs[:4], outputs[4], outputs[5:]
    charts, tables = charts_and_tables[: len(CHARTS)], charts_and_tables[len(CHARTS) :]
    assert [d["value"] for d in dropdowns] == [ALL] * 4
    df = _df(two_years, Y2024)
    assert len(df) != len(_df(two_years, Y2025))
    assert total == f"**{len(df)} initiatives** au registre (fichier `{Y2024}`)."
    for chart, bars, table in zip(CHARTS, charts, tables, strict=True):
        column = df[COLUMN[chart.field]]
        sizes = column[column.astype(str).str.strip() != ""].value_counts()
        shown = dict(re.findall(r'data-value="([^"]*)">.*?class="bar-count">(\d+)<', bars))
        shown = {html.unescape(value): int(n) for value, n in shown.items()}
        assert sorted(shown.values(), reverse=True) == list(sizes.head(chart.top or len(sizes)))
        assert all(sizes[value] == count for value, count in shown.items())  # each bar's figure
        if chart.field == "body":  # the chart's figures as a table, beside it
            assert all(f"{escape(name)}</th><td>{count}</td>" in table for name, count in shown.items())
    *_, english = ui_event(years_client, "overview-year", "input", Y2025, *everything, "en")[:5]
    assert english.startswith(f"**{len(_df(two_years, Y2025))} initiatives** in the register")


def test_explore_on_2024_shows_2024_rows_and_asks_about_them_in_2024(years_client, two_years):
    df = _df(two_years, Y2024)
    expected = df[df[COLUMN["category"]] == CHATBOT]
    *dropdowns, count, table, record = ui_event(
        years_client, "explore-year", "input", Y2024, ALL, ALL, CHATBOT, ALL, "", "fr"
    )
    assert dropdowns[2]["value"] == CHATBOT  # a filter the file has is kept
    assert [row[0] for row in table["data"]] == list(expected["row_id"])
    assert [row[1] for row in table["data"]] == list(expected["name"])
    assert len(expected) == 37 and count == "**37 initiatives** correspondent aux filtres."
    assert record == UI_TEXT["fr"]["record_hint"]
    args = (Y2024, ALL, ALL, CHATBOT, ALL, "", "fr")
    assert ui_event(years_client, "explore-category", "input", *args)[1] == table

    outputs = ui_event(years_client, "explore-ask", "click", *args[:-1], "fr")
    latest = next(o for o in outputs if isinstance(o, str) and 'class="turn"' in o)
    assert re.search(r'class="turn-question".*? en 2024 \?</span></h2>', latest)
    shown = re.findall(r'<span class="card-row">Ligne (\d+)</span>', latest)
    assert shown == [str(i) for i in expected["row_id"]]
    assert latest.count(f"<dd>{Y2024}, Ligne ") == len(expected)
    first = expected.iloc[0]
    record = record_markdown(two_years, row_key(two_years, Y2024, int(first["row_id"])), "fr")
    assert f"`{Y2024}`" in record and first["name"] in record


def test_briefing_for_2024_counts_the_2024_file(years_client, two_years):
    counts = {
        s: int((_df(two_years, s)[COLUMN["category"]] == CHATBOT).sum()) for s in (Y2024, Y2025)
    }
    assert counts == {Y2024: 37, Y2025: 68}
    topic = "Assistant/agent conversationnel"
    file, preview = ui_event(years_client, "brief-make", "click", topic, "md", "fr", Y2024)
    assert f"Initiatives concernées ({counts[Y2024]})" in preview
    assert Y2024 in preview and Y2025 not in preview
    assert file["value"]["orig_name"] == "note-information.md"
    _, preview = ui_event(years_client, "brief-make", "click", topic, "md", "fr", Y2025)
    assert f"Initiatives concernées ({counts[Y2025]})" in preview


def test_briefing_files_keep_only_the_last_ones(mini_assistant):
    files = BriefingFiles(keep=2)
    paths = [
        Path(make_briefing_file(mini_assistant, "CHUM", "md", files=files)[0]) for _ in range(4)
    ]
    assert len(files.folders()) == 2 and [p.parent for p in paths[2:]] == files.folders()
    assert not paths[0].exists() and not paths[1].parent.exists() and paths[3].exists()
    files.close()
    assert not paths[3].exists() and files.folders() == []


def test_a_served_app_keeps_few_briefing_folders_and_none_after_it_stops(mini_assistant):
    with served(mini_assistant) as (app, url):
        app.briefing_files.keep = 2
        client = Client(url, verbose=False, download_files=False)
        made = [
            ui_event(client, "brief-make", "click", t, "md", "fr")[0]
            for t in ("CHUM", "SAAQ", "RAMQ")
        ]
        path = client.predict("Université Laval", "md", api_name="/brief")
        root = app.briefing_files.root
        assert len(app.briefing_files.folders()) == 2 and Path(path).exists()
        copies = [Path(f["value"]["path"]) for f in made]  # gradio's copies: the download links
        assert all(p.exists() for p in copies)
    assert not root.exists()
    assert not any(p.exists() for p in copies)


def test_switching_language_relabels_the_year_selectors_and_keeps_each_tabs_year(
    years_client, two_years
):
    explore, overview = (Y2024, ALL, ALL, CHATBOT, ALL, ""), (Y2024, ALL, ALL, ALL, ALL, "")  # both tabs on 2024
    outputs = ui_event(years_client, "ui-language", "change", "en", *explore, *overview)
    updates = [o for o in outputs if isinstance(o, dict)]
    assert sum(u.get("label") == UI_TEXT["en"]["file_pick"] for u in updates) == len(SELECTORS)
    assert "**37 initiatives** match the filters." in outputs
    total = f"**{len(_df(two_years, Y2024))} initiatives** in the register (file `{Y2024}`)."
    assert total in outputs
