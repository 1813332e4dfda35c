"""Briefings over typed fields (issue 16): a request may narrow the set on a typed field ("use
cases involving PII", "without personal information", "implemented in 2023"), and the briefing
breaks its set down by each label and flag field in a short section, with counts and the rows
they cite, in Markdown, HTML and Word alike. Figures are checked against pandas over the raw file
(the full US inventory and the bilingual fixture); register text stays inert in every format.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from types import SimpleNamespace

import pandas as pd
import pytest
from typed_registers import BILINGUAL, BILINGUAL_MAPPING, DEV, PII, US, us_raw, year

from assistant.briefing import build_briefing, render, write_briefing
from assistant.briefing.layout import typed_sections
from assistant.briefing.text import ranges
from assistant.execute import Executor
from assistant.register.load import load_register
from assistant.understand.understander import Understander

DAY = dt.date(2026, 1, 5)
IMPACT = "Is the AI use case rights-impacting, safety-impacting, both, or neither?"
IN_HOUSE = ["Developed in-house.", "No contract/external resources used in development."]
PI = "Personal information / Renseignements personnels"


def desk(path, mapping):
    """An assistant without an index: briefings on filters only need none."""
    register = load_register(path, mapping)
    return SimpleNamespace(register=register, understander=Understander(register), executor=Executor(register, None))


@pytest.fixture(scope="module")
def us():
    return desk(US, "us-federal-2024")


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return us_raw()


def rows_of(frame: pd.DataFrame) -> list[int]:
    return [int(i) + 1 for i in frame.index]  # row ids: 1-based positions among the data rows


@pytest.mark.parametrize(
    ("request_text", "language", "truth"),
    [
        ("Briefing on use cases involving PII", "en", lambda d: d[PII] == "Yes"),
        ("Note sur les cas d'usage qui n'impliquent pas de renseignements personnels", "fr", lambda d: d[PII] != "Yes"),
        ("Briefing on use cases developed in-house", "en", lambda d: d[DEV].isin(IN_HOUSE)),
        ("Note sur les cas d'usage mis en œuvre en 2023", "fr", lambda d: year(d["Date Implemented"]) == 2023),
        ("Briefing on high-impact use cases at DOJ", "en",
         lambda d: d[IMPACT].str.lower().isin(["rights-impacting", "safety-impacting", "both"]) & (d["Agency Abbreviation"] == "DOJ")),
    ],
)  # fmt: skip
def test_a_briefing_scope_filters_on_typed_fields_exactly(us, raw, request_text, language, truth):
    b = build_briefing(us, request_text, language=language, charts=False, today=DAY)
    expected = raw[truth(raw)]
    assert b.count == len(expected) > 0
    assert sorted(b.row_ids) == rows_of(expected)
    assert not b.plan.topic


def test_each_label_and_flag_field_gets_a_cited_section_counted_by_pandas(us, raw):
    b = build_briefing(us, "Briefing on use cases involving PII", language="en", charts=False, today=DAY)
    inside = raw[raw[PII] == "Yes"]
    assert typed_sections(b) == ("high_impact", "rights_impacting", "safety_impacting", "impact_type", "development", "commercial_product", "public_facing", "disseminates",
                                 "pii", "privacy_assessed", "custom_code", "code_access", "ato", "impact_assessment")  # fmt: skip
    for key in typed_sections(b):  # every section covers the set exactly
        assert sorted(i for g in b.typed_groups[key] for i in g["row_ids"]) == sorted(b.row_ids)
    development = {g["value"]: g for g in b.typed_groups["development"]}
    truth = inside[inside[DEV].isin(IN_HOUSE)]
    assert development["in_house"]["count"] == len(truth) and development["in_house"]["row_ids"] == rows_of(truth)
    assert development["in_house"]["label"] == "Developed in-house"
    assert b.typed_groups["pii"] == [{**b.typed_groups["pii"][0], "value": "yes", "count": len(inside)}]
    assert b.typed_names["development"] == "development method"
    french = build_briefing(us, "Briefing on use cases involving PII", language="fr", charts=False, today=DAY)
    assert french.typed_names["development"] == "mode de développement"
    assert {g["label"] for g in french.typed_groups["development"]} >= {"Développé à l'interne", "Développé à contrat"}


@pytest.fixture(scope="module")
def pii_briefing(us):
    return build_briefing(us, "Briefing on use cases involving PII", language="en", charts=False, today=DAY)


def test_markdown_html_and_word_show_the_same_typed_sections(pii_briefing, tmp_path):
    b = pii_briefing
    in_house = next(g for g in b.typed_groups["development"] if g["value"] == "in_house")
    row = ("Developed in-house", str(in_house["count"]), in_house["share"], ranges(in_house["row_ids"]))
    paths = {fmt: write_briefing(b, fmt, tmp_path / f"note.{fmt}")[0] for fmt in ("md", "html", "docx")}
    md = paths["md"].read_text(encoding="utf-8")
    section = md.split("### Development method\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.startswith("| Development method | Use cases | Share | Rows of the inventory |")
    assert f"| {' | '.join(row)} |" in section
    page = paths["html"].read_text(encoding="utf-8")
    assert "<h3>Development method</h3>" in page and "<h3>PII</h3>" in page
    assert re.search(rf'<th scope="row">Developed in-house</th><td class=num>{row[1]}</td>', page)
    from docx import Document

    doc = Document(str(paths["docx"]))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "Development method" in headings and "Access to the code" in headings
    cells = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert list(row) in cells


def test_a_negated_flag_is_the_understanding_s_reading_not_a_mention(us, raw):
    b = build_briefing(us, "Briefing on use cases without PII", language="en", charts=False, today=DAY)
    assert b.plan.exclude.get("pii") == ["yes"] and b.count == int((raw[PII] != "Yes").sum())
    assert "“PII” other than yes" in b.scope


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_bilingual_fixture_names_its_fields_in_the_briefing_language(language):
    raw = pd.read_csv(BILINGUAL, dtype=str, keep_default_na=False)
    b = build_briefing(desk(BILINGUAL, BILINGUAL_MAPPING), "Briefing on initiatives developed by a vendor",
                       language=language, charts=False, today=DAY)  # fmt: skip
    vendor = raw[raw["Developed by / Développé par"].str.startswith("Vendor")]
    assert b.count == len(vendor)
    groups = {g["value"]: g for g in b.typed_groups["personal_information"]}
    assert groups["yes"]["row_ids"] == rows_of(vendor[vendor[PI] == "Yes / Oui"])
    md = render(b, "md").decode("utf-8")
    name = {"fr": "Renseignements personnels", "en": "Personal information"}[language]
    yes = {"fr": "Oui", "en": "Yes"}[language]
    assert f"### {name}" in md and f"| {yes} | {groups['yes']['count']} |" in md
    assert "contact" not in b.typed_groups and "@example" not in md  # the private field


def test_quebec_briefings_have_no_typed_section(mini_assistant):
    b = build_briefing(mini_assistant, "Briefing", language="fr", charts=False, today=DAY)
    assert b.typed_groups == {} and typed_sections(b) == ()


SCRIPT = "<script>alert(1)</script>"
LINK = "[click](javascript:alert(2))"


def test_typed_values_are_written_inert_in_every_format(tmp_path):
    (tmp_path / "reg.csv").write_text(
        f'Title,Agency,Vendor\nOne,Office A,"{SCRIPT}"\nTwo,Office B,"{LINK}"\nThree,Office A,Acme\n', encoding="utf-8"
    )
    (tmp_path / "map.toml").write_text(
        'name = "planted"\ntitle = "Planted"\nlanguage = "en"\n[columns]\nname = "Title"\nportfolio = "Agency"\n'
        '[fields.vendor]\ntype = "label"\ncolumn = "Vendor"\nnames = { en = ["vendor <b>name</b>"], fr = ["fournisseur"] }\n',
        encoding="utf-8",
    )
    b = build_briefing(desk(tmp_path / "reg.csv", tmp_path / "map.toml"), "Briefing", language="en", charts=False, today=DAY)
    assert {g["label"] for g in b.typed_groups["vendor"]} == {SCRIPT, LINK, "Acme"}
    md = render(b, "md").decode("utf-8")
    assert "alert(1)" in md and "<script" not in md and "](javascript:" not in md and "<b>" not in md
    page = render(b, "html").decode("utf-8")
    assert "&lt;script&gt;" in page and "<script" not in page and "<b>name" not in page
    xml = zipfile.ZipFile(io.BytesIO(render(b, "docx"))).read("word/document.xml").decode("utf-8")
    assert "&lt;script&gt;" in xml and "<script" not in xml
