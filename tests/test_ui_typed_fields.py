"""Explore and Overview over typed fields (issue 16): a facet per label, flag, date (by year) and
multi field, named in the UI language with its values and their counts; the rows a facet selects
are the rows the chat counts for the same condition, and both equal pandas over the raw file.

Over the bilingual fixture and a slice of the US federal inventory (tests/typed_registers.py),
served as the real app (its events called as the browser calls them) and in both UI languages.
Québec's register, which declares no typed field, keeps its four dropdowns and six columns.
"""

from __future__ import annotations

import html
import re

import gradio as gr
import pandas as pd
import pytest
from conftest_ui import served, ui_event
from gradio_client import Client
from typed_registers import BILINGUAL, BILINGUAL_MAPPING, DEMOGRAPHICS, DEV, PII, us_slice, year

from assistant.operations import isin
from assistant.ui.chat import answer_plan
from assistant.ui.explore import ExploreTab, selection_question
from assistant.ui.filters import ALL, FIELDS, choices
from assistant.ui.overview import CHARTS, OverviewTab
from assistant.ui.selection import chat_plan, select

pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")

PI = "Personal information / Renseignements personnels"
# What one row is, as each register's mapping names it ([items]): the UI counts in these words.
ITEMS = {"bilingual": {"fr": ("système d'IA", "systèmes d'IA"), "en": ("AI system", "AI systems")},
         "us": {"fr": ("cas d'usage", "cas d'usage"), "en": ("use case", "use cases")}}  # fmt: skip


def counted(name: str, language: str, n: int) -> str:
    """« 12 systèmes d'IA », "1 use case": a count in the register's words."""
    one = n <= 1 if language == "fr" else n == 1
    return f"{n} {ITEMS[name][language][0 if one else 1]}"
DEVELOPED = "Developed by / Développé par"


@pytest.fixture(scope="module")
def bilingual(fake_embedder, tmp_path_factory):
    from assistant import Assistant

    index = tmp_path_factory.mktemp("typed-bilingual")
    return Assistant(BILINGUAL, mapping=BILINGUAL_MAPPING, index_dir=index, embedder=fake_embedder)


@pytest.fixture(scope="module")
def us_files(tmp_path_factory):
    return us_slice(tmp_path_factory.mktemp("us-slice"))


@pytest.fixture(scope="module")
def us(fake_embedder, us_files, tmp_path_factory):
    from assistant import Assistant

    data, mapping = us_files
    return Assistant(data, mapping=mapping, index_dir=tmp_path_factory.mktemp("typed-us"), embedder=fake_embedder)


@pytest.fixture(scope="module")
def raw_bilingual() -> pd.DataFrame:
    return pd.read_csv(BILINGUAL, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def raw_us(us_files) -> pd.DataFrame:
    df = pd.read_csv(us_files[0], dtype=str, keep_default_na=False)
    return df.rename(columns=lambda c: c.strip()).apply(lambda c: c.str.strip())


def demographic_items(cell: str) -> set[str]:
    return {i.strip().strip('"') for i in cell.strip("[]").split(",") if i.strip().strip('"')} - {"None", "N/A"}


@pytest.fixture(scope="module")
def clients(bilingual, us):
    with served(bilingual) as (_, b_url), served(us) as (_, u_url):
        yield {"bilingual": Client(b_url, verbose=False, download_files=False),
               "us": Client(u_url, verbose=False, download_files=False)}  # fmt: skip


def tabs_of(assistant, language: str = "fr"):
    """(explore, overview) built inside a page, as build_app builds them."""
    with gr.Blocks():
        radio = gr.Radio(["fr", "en"], value=language)
        explore = ExploreTab(assistant, language, radio)
        overview = OverviewTab(assistant, language)
    return explore, overview


def values_with(fields: tuple[str, ...], **picked: str) -> list[str]:
    return [picked.get(f, ALL) for f in fields]


def table_rows(table) -> list[list]:
    """A Dataframe output as the client receives it (or a DataFrame, called in process)."""
    if isinstance(table, pd.DataFrame):
        return table.to_numpy().tolist()
    return table["data"]


def headers_of(table) -> list[str]:
    return list(table.columns) if isinstance(table, pd.DataFrame) else table["headers"]


# (register, field, value, the chat's question, the truth over the raw file)
SAME_CONDITION = [
    ("bilingual", "personal_information", "yes", "How many initiatives involve personal information?",
     lambda d: (d[PI] == "Yes / Oui").sum()),
    ("bilingual", "developed_by", "vendor", "How many initiatives were developed by a vendor?",
     lambda d: d[DEVELOPED].str.startswith("Vendor").sum()),
    ("bilingual", "started", "2023", "Combien d'initiatives ont débuté en 2023 ?",
     lambda d: (year(d["Start date / Date de début"]) == 2023).sum()),
    ("us", "pii", "yes", "How many use cases involve PII?", lambda d: (d[PII] == "Yes").sum()),
    ("us", "development", "in_house", "Combien de cas d'usage ont été développés à l'interne ?",
     lambda d: d[DEV].isin(["Developed in-house.", "No contract/external resources used in development."]).sum()),
    ("us", "implemented", "2023", "Combien de cas d'usage ont été mis en œuvre en 2023 ?",
     lambda d: (year(d["Date Implemented"]) == 2023).sum()),
    ("us", "high_impact", "yes", "How many use cases are rights- or safety-impacting?",
     lambda d: d["Is the AI use case rights-impacting, safety-impacting, both, or neither?"].str.lower()
     .isin(["rights-impacting", "safety-impacting", "both"]).sum()),
    # ("Age" and "age" are one item; "Ability Status" has a single spelling)
    ("us", "demographics", "Ability Status", "How many use cases use the demographic variable Ability Status?",
     lambda d: d[DEMOGRAPHICS].map(lambda c: "Ability Status" in demographic_items(c)).sum()),
]  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(("name", "key", "value", "question", "truth"), SAME_CONDITION,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in SAME_CONDITION])  # fmt: skip
def test_a_facet_selects_what_the_chat_counts_and_pandas_finds(
    request, clients, name, key, value, question, truth, language
):
    assistant = request.getfixturevalue(name)
    raw = request.getfixturevalue(f"raw_{name}")
    expected = int(truth(raw))
    assert expected > 0
    chat = assistant.ask(question)
    assert chat.intent == "count" and not chat.plan.topic and chat.plan.filters.get(key) == [value]
    assert chat.figures["count"] == expected
    fields = tabs_of(assistant, language)[0].fields
    # the facet offers the value with its count over the file: the rows the executor selects
    offered = {v: lb for lb, v in choices(assistant.register.df, key, language, assistant.register.mapping)}
    file_rows = int(isin(assistant.register.df, key, [value]).sum())
    assert offered[value].endswith(f"({file_rows})") and file_rows == expected  # nothing else selected
    # picked in the served app, as the browser picks it
    count, table = ui_event(clients[name], f"explore-field-{key}", "input", *values_with(fields, **{key: value}), "", language)
    assert count.startswith(f"**{counted(name, language, expected)}**")
    assert sorted(int(r[0]) for r in table_rows(table)) == sorted(chat.figures["row_ids"])


@pytest.mark.parametrize(("name", "key", "question"), [
    ("bilingual", "personal_information", "Combien d'initiatives n'impliquent pas de renseignements personnels ?"),
    ("us", "pii", "How many use cases do not involve PII?"),
])  # fmt: skip
def test_a_negated_flag_in_the_chat_is_the_no_facet_and_the_blanks_it_says(request, name, key, question):
    """The chat's "not PII" counts every row that does not say yes: the "no" facet's rows, and the
    blank ones it names apart ("Counted, with no answer for …")."""
    assistant = request.getfixturevalue(name)
    df = assistant.register.df
    chat = assistant.ask(question)
    assert chat.plan.exclude == {key: ["yes"]} and not chat.plan.filters
    said_no = set(df.loc[isin(df, key, ["no"]), "row_id"].astype(int))
    blank = {r for b in chat.figures.get("not_given", []) if b.get("counted") for r in b["row_ids"]}
    assert blank == set(df.loc[df[key] == "", "row_id"].astype(int))  # every blank cell, said apart
    assert set(chat.figures["row_ids"]) == said_no | blank and not said_no & blank
    assert blank or name == "bilingual"  # the US file leaves PII blank in some rows: the case that matters


def test_every_facet_count_is_the_rows_its_selection_holds(us, bilingual):
    for assistant in (us, bilingual):
        df, mapping = assistant.register.df, assistant.register.mapping
        for key in tabs_of(assistant)[0].fields[len(FIELDS):]:
            for shown, value in choices(df, key, "en", mapping)[1:]:
                assert shown.endswith(f"({int(isin(df, key, [value]).sum())})"), (key, shown)


def test_facets_are_named_in_the_ui_language_with_their_values_and_counts(bilingual, us, raw_bilingual):
    explore, _ = tabs_of(bilingual, "fr")
    facets = {d.elem_id: d for d in explore.dropdowns[len(FIELDS):]}
    assert set(facets) == {"explore-field-developed_by", "explore-field-personal_information", "explore-field-started"}
    assert facets["explore-field-personal_information"].label == "Renseignements personnels"
    assert facets["explore-field-started"].label == "Commencé (année)"
    yes = int((raw_bilingual[PI] == "Yes / Oui").sum())
    no = int((raw_bilingual[PI] == "No / Non").sum())
    pi = choices(bilingual.register.df, "personal_information", "fr", bilingual.register.mapping)
    assert pi == [("Toutes les valeurs", ALL), (f"Oui ({yes})", "yes"), (f"Non ({no})", "no")]
    en = choices(bilingual.register.df, "developed_by", "en", bilingual.register.mapping)
    assert [label.split(" (")[0] for label, _ in en] == ["Any value", "Vendor", "In-house"]
    years = [v for _, v in choices(bilingual.register.df, "started", "en", bilingual.register.mapping)[1:]]
    assert years == sorted(years) and all(re.fullmatch(r"\d{4}", y) for y in years)
    # no facet for the id, the text or the private field
    explore_us, _ = tabs_of(us, "en")
    assert "outputs" not in explore_us.fields and "demographics" in explore_us.fields
    assert explore.filters.more is not None and explore.filters.more.open  # three facets: shown
    assert explore_us.filters.more is not None and not explore_us.filters.more.open  # fifteen: folded


def test_switching_language_renames_the_facets_and_keeps_the_selection(bilingual, raw_bilingual):
    explore, overview = tabs_of(bilingual, "fr")
    values = values_with(explore.fields, personal_information="yes")
    relabelled = explore.relabel("en", None, *values, "", None)
    outputs = explore.relabel_outputs()
    by_id = {getattr(c, "elem_id", None): u for c, u in zip(outputs, relabelled, strict=True)}
    assert by_id["explore-field-personal_information"].label == "Personal information"
    assert by_id["explore-more"].label == "Other fields of the register (3)"
    yes = int((raw_bilingual[PI] == "Yes / Oui").sum())
    assert by_id["explore-count"].startswith(f"**{counted('bilingual', 'en', yes)}**")
    table = by_id["explore-table"].value
    assert "Personal information" in table["headers"] and {r[table["headers"].index("Personal information")] for r in table["data"]} == {"yes"}
    shown = overview.relabel("en", None, *values, "")
    outputs = overview.relabel_outputs()
    assert len(shown) == len(outputs)
    total = shown[[getattr(c, "elem_id", None) for c in outputs].index("overview-total")]
    assert total.startswith(f"**{counted('bilingual', 'en', yes)}** in the selection")


def test_reset_clears_the_facets_too(us, clients):
    fields = tabs_of(us, "en")[0].fields
    *values, search, count, table = ui_event(clients["us"], "explore-reset", "click", "en")
    assert values == [ALL] * len(fields) and search == ""
    assert count.startswith(f"**{counted('us', 'en', len(us.register.df))}**") and len(table_rows(table)) == len(us.register.df)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_table_shows_typed_columns_never_private_ones(bilingual, raw_bilingual, clients, language):
    fields = tabs_of(bilingual, language)[0].fields
    count, table = ui_event(clients["bilingual"], "explore-search", "input", *values_with(fields), "", language)
    headers, rows = headers_of(table), table_rows(table)
    named = {"fr": ["Référence", "Développé par", "Renseignements personnels", "Commencé", "Coût annuel", "Nombre d'utilisateurs"],
             "en": ["Reference", "Developed by", "Personal information", "Started", "Annual cost", "Number of users"]}[language]  # fmt: skip
    assert headers[6:] == named and len(rows) == len(raw_bilingual)
    flat = " ".join(str(c) for r in rows for c in r)
    assert "Contact" not in headers and "@example" not in flat  # the private field
    vendor = {"fr": "Fournisseur", "en": "Vendor"}[language]
    at = headers.index(named[1])
    assert sum(r[at] == vendor for r in rows) == int(raw_bilingual[DEVELOPED].str.startswith("Vendor").sum())
    started = [r[headers.index(named[3])] for r in rows]
    assert started[0] == raw_bilingual["Start date / Date de début"][0][:7]  # the month: 2022-03
    costs = [r[headers.index(named[4])] for r in rows]  # amounts as the field writes them; a blank stays blank
    assert costs[:4] == (["450\u202f000\u00a0$", "1\u202f200\u202f000\u00a0$", "275\u202f000\u00a0$", ""] if language == "fr"
                         else ["$450,000", "$1,200,000", "$275,000", ""])  # fmt: skip


def test_a_text_field_is_cut_to_one_line_in_the_table(us, raw_us):
    explore, _ = tabs_of(us, "en")
    count, table = explore.update(None, *values_with(explore.fields), "", "en")
    outputs = table["Outputs"]
    longest = raw_us["Describe the AI system’s outputs."].str.len().max()
    assert longest > 140 and outputs.str.len().max() <= 140
    assert outputs.str.endswith("…").any()


def bars(chart_html: str) -> list[tuple[str, str, int]]:
    """(value, label, count) of each bar of a drawn chart, in order."""
    found = re.findall(r'data-value="([^"]*)"><span class="bar-label">(.*?)</span>.*?class="bar-count">(\d+)<', chart_html)
    return [(html.unescape(v), html.unescape(lb.replace("<wbr>", "")), int(n)) for v, lb, n in found]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_overview_draws_one_chart_per_typed_field_with_the_pandas_counts(us, raw_us, clients, language):
    _, overview = tabs_of(us, language)
    keys = [c.field for c in overview.specs[len(CHARTS):]]
    assert keys == ["high_impact", "rights_impacting", "safety_impacting", "impact_type", "development", "commercial_product", "public_facing", "disseminates", "pii",
                    "privacy_assessed", "custom_code", "code_access", "ato", "impact_assessment",
                    "initiated", "implemented", "retired", "demographics"]  # fmt: skip
    fields = overview.filters.fields
    # narrowed by a flag facet: every chart counts the selection
    total, *drawn = ui_event(clients["us"], "overview-field-development", "input",
                             *values_with(fields, development="in_house"), "", language)  # fmt: skip
    charts, tables = drawn[: len(overview.specs)], drawn[len(overview.specs) :]
    chart = dict(zip([c.key for c in overview.specs], charts, strict=True))
    inside = raw_us[raw_us[DEV].isin(["Developed in-house.", "No contract/external resources used in development."])]
    n = len(inside)
    assert total.startswith(f"**{counted('us', language, n)}**")
    pii = {v: c for v, _, c in bars(chart["chart-pii"])}
    assert pii == {k: int(c) for k, c in {"yes": (inside[PII] == "Yes").sum(), "no": (inside[PII] == "No").sum()}.items() if c}
    assert ("PII" if language == "en" else "Renseignements personnels") in chart["chart-pii"]
    years = bars(chart["chart-implemented"])
    truth = year(inside["Date Implemented"]).dropna().astype(int).value_counts()
    assert [v for v, _, _ in years] == sorted(str(y).zfill(4) for y in truth.index)  # oldest first
    assert {v: c for v, _, c in years} == {str(y).zfill(4): int(c) for y, c in truth.items()}
    items = inside[DEMOGRAPHICS].map(demographic_items).explode().dropna()
    # "Age" and "age" are one item, named as most cells of the whole file spell it
    spelled = raw_us[DEMOGRAPHICS].map(demographic_items).explode().dropna().value_counts()
    spelling = {}
    for item in spelled.index:
        spelling.setdefault(item.casefold(), item)
    items = items.map(lambda i: spelling[i.casefold()]).value_counts()
    assert {v: c for v, _, c in bars(chart["chart-demographics"])} == {k: int(c) for k, c in items.items()}
    title = {"fr": "Variables démographiques", "en": "Demographic variables"}[language]
    table = tables[[c.key for c in overview.specs].index("chart-demographics")]
    assert f"<th scope=\"col\">{title}</th>" in table


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_typed_bar_opens_explore_on_the_selection_narrowed_to_its_value(bilingual, raw_bilingual, language):
    explore, overview = tabs_of(bilingual, language)
    fields = overview.filters.fields
    event = gr.EventData(None, {"field": "personal_information", "value": "yes"})
    before = values_with(fields, developed_by="in_house")
    tab, *dropdowns, search, count, table, record, record_id = overview.drill(explore, None, *before, "", language, evt=event)
    assert tab.selected == "explore"
    assert [d.value for d in dropdowns] == values_with(fields, developed_by="in_house", personal_information="yes")
    truth = raw_bilingual[(raw_bilingual[PI] == "Yes / Oui") & raw_bilingual[DEVELOPED].str.startswith("In-house")]
    assert count.startswith(f"**{counted('bilingual', language, len(truth))}**")
    assert sorted(table.iloc[:, 0]) == [i + 1 for i in truth.index]
    forged = overview.drill(explore, None, *before, "", language,
                            evt=gr.EventData(None, {"field": "personal_information", "value": "<b>maybe</b>"}))  # fmt: skip
    assert all(isinstance(o, type(gr.skip())) for o in forged)


def test_asking_about_a_facet_selection_lists_exactly_the_rows_shown(us, raw_us):
    filters = {"pii": ["yes"], "development": ["contract"]}
    shown = select(us, None, filters, "", "en")
    assert len(shown.rows) == int(((raw_us[PII] == "Yes") & raw_us[DEV].str.startswith(("Developed with contracting", "Exclusively developed with contract"))).sum())  # fmt: skip
    for language, says in (("en", '"PII" is "yes"'), ("fr", "« renseignements personnels » est « oui »")):
        question = selection_question(filters, "", language, us.register.df, None, us.register.mapping)
        assert says in question
        answer = answer_plan(us, chat_plan(shown, question, language, us.register.mapping))
        assert sorted(answer.figures["row_ids"]) == sorted(shown.rows["row_id"])


def test_quebec_keeps_its_four_dropdowns_six_columns_and_four_charts(mini_assistant):
    explore, overview = tabs_of(mini_assistant, "fr")
    assert explore.fields == FIELDS and explore.filters.more is None
    assert len(explore.table.value["headers"]) == 6
    assert overview.specs == CHARTS
