"""`portrait-ia mapping draft` on money columns and on a bilingual register (issue 16): a drafted
number field says its currency or its unit, and a file written in both languages is drafted as
bilingual — column pairs, "English / Français" cells, and the language written first — so that it
answers each language in its own words without an edit. Truths are pandas over the raw files."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd
import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.draft import draft_mapping
from assistant.register.draft_money import currency_of, unit_of
from assistant.register.load import load_register
from assistant.understand.understander import Understander

BILINGUAL = Path(__file__).resolve().parent / "fixtures/bilingual/register.csv"

MONEY = """\
Project,Department,Annual budget,Cost (USD),Montant du contrat,Spend,Number of users,Score,Year
Chatbot,Revenue,"$120,000",50000,"12 000 $",1.2M,1200,3,2021
Fraud model,Revenue,"$80,500",75000,"8 500 $",250k,300,4,2022
Translation,Health,"$1,000,000",20000,"100 000 $",90000,15,5,2023
Triage,Health,"$45,000",,"4 000 $",12000,80,2,2024
"""


@pytest.fixture(scope="module")
def money(tmp_path_factory):
    folder = tmp_path_factory.mktemp("money")
    path = folder / "projects.csv"
    path.write_text(MONEY, encoding="utf-8")
    out = folder / "projects.toml"
    out.write_text(draft_mapping(path, out).text, encoding="utf-8")
    return path, out, load_register(path, out)


def test_money_columns_are_drafted_with_their_currency(money):
    path, out, register = money
    fields = {f.key: f for f in register.mapping.fields}
    by_column = {f.columns[""][0]: f for f in fields.values()}
    assert by_column["Annual budget"].currency == "USD"  # "$" in an English file
    assert by_column["Cost (USD)"].currency == "USD"
    assert by_column["Montant du contrat"].currency == "USD"  # a money word, the file's language
    assert by_column["Spend"].currency == "USD"
    assert by_column["Number of users"].currency == "" and (by_column["Number of users"].unit_en, by_column["Number of users"].unit_fr) == ("users", "utilisateurs")
    assert not by_column["Score"].currency and not by_column["Score"].unit_en  # a score is no unit
    text = out.read_text(encoding="utf-8")
    assert all("   # " in line for line in text.splitlines() if line.startswith(("currency", "unit")))  # each says why
    assert "USD from the file's language: check it" in text
    # the amounts read as loading reads them; answers write them as money
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    budget = raw["Annual budget"].str.replace(r"[$,]", "", regex=True).astype(float)
    key = by_column["Annual budget"].key
    assert register.df[key].sum() == budget.sum()
    assert register.df[by_column["Spend"].key].tolist() == [1_200_000, 250_000, 90_000, 12_000]
    understand, execute = Understander(register), Executor(register, retriever=None)
    plan = understand("What is the total annual budget?")
    answer = ExtractiveComposer().compose(plan, execute(plan))
    assert answer.figures["measure"]["value"] == budget.sum()
    assert "$1,245,500" in answer.answer


@pytest.mark.parametrize(
    ("header", "cells", "language", "code"),
    [
        ("Annual cost (CAD)", ["450000"], "en", "CAD"),
        ("Coût annuel", ["12 000 $ CA"], "fr", "CAD"),
        ("Budget", ["12 000 $"], "fr", "CAD"),
        ("Budget", ["€12,000"], "en", "EUR"),
        ("Contract value", ["£1,000"], "en", "GBP"),
        ("Amount", ["1200"], "en", "USD"),
        ("Montant", ["1200"], "fr", "CAD"),
        ("Users", ["1200"], "en", ""),
        ("Year", ["2024"], "en", ""),
    ],
)
def test_the_currency_comes_from_the_header_and_cells(header, cells, language, code):
    assert currency_of(header, cells, language)[0] == code


def test_units_are_what_a_header_counts():
    assert unit_of("Number of users", "en")[:2] == ("users", "utilisateurs")
    assert unit_of("Nombre d'utilisateurs", "fr")[:2] == ("users", "utilisateurs")
    assert unit_of("Users / Utilisateurs", "en")[:2] == ("users", "utilisateurs")
    assert unit_of("Date", "en") is None and unit_of("Risk score", "en") is None


# --- a bilingual register ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    out = tmp_path_factory.mktemp("bilingual") / "drafted.toml"
    draft = draft_mapping(BILINGUAL, out)
    out.write_text(draft.text, encoding="utf-8")
    return draft, load_register(BILINGUAL, out)


def test_the_bilingual_fixture_is_drafted_as_bilingual(bilingual):
    draft, register = bilingual
    data = tomllib.loads(draft.text)
    assert data["language"] == "en"  # English is written first: "Name (EN)", "Organization / Organisation"
    language_line = next(line for line in draft.text.splitlines() if line.startswith("language ="))
    assert "bilingual" in language_line and "'Name (EN)' / 'Nom (FR)'" in language_line
    assert data["bilingual_cells"] == ["body"]
    assert data["columns"]["name"] == {"en": "Name (EN)", "fr": "Nom (FR)"}  # paired by the glossary
    assert data["columns"]["benefits"] == {"en": "Description (EN)", "fr": "Description (FR)"}
    assert "nom" not in data["fields"]  # the French names are the name's, not a text field
    assert set(data["fields"]) >= {"developed_by", "personal_information", "start_date", "annual_cost", "users"}
    assert data["fields"]["annual_cost"]["currency"] == "CAD"
    assert data["fields"]["users"]["unit"] == {"en": "users", "fr": "utilisateurs"}
    assert set(data["fields"]["developed_by"]["values"]) == {"in_house", "vendor"}
    assert register.mapping.bilingual["name"] == {"en": ("Name (EN)",), "fr": ("Nom (FR)",)}


def test_the_drafted_bilingual_register_answers_each_language_in_its_words(bilingual):
    _, register = bilingual
    raw = pd.read_csv(BILINGUAL, dtype=str, keep_default_na=False)
    understand, execute, compose = Understander(register), Executor(register, retriever=None), ExtractiveComposer()
    statcan = int((raw["Organization / Organisation"] == "Statistics Canada / Statistique Canada").sum())
    assert statcan > 0
    for question, language in (("How many initiatives does Statistics Canada have?", "en"),
                               ("Combien d'initiatives compte Statistique Canada ?", "fr")):  # fmt: skip
        plan = understand(question)
        answer = compose.compose(plan, execute(plan))
        assert answer.figures["count"] == statcan, question
        names = {c.name for c in answer.citations}
        column = "Name (EN)" if language == "en" else "Nom (FR)"
        assert names == set(raw.loc[raw["Organization / Organisation"].str.startswith("Statistics Canada"), column])


def test_a_file_in_one_language_with_slashed_headers_is_not_bilingual(tmp_path):
    french = tmp_path / "projets.csv"
    french.write_text(
        "Nom du projet,Entrée / Sortie,Date de début / fin,Description\n"
        + "".join(f"Projet {i},Entrée,2024-01-0{i},Un outil qui aide les agents à traiter les demandes des citoyens numéro {i}.\n" for i in range(1, 7)),
        encoding="utf-8",
    )
    draft = draft_mapping(french, tmp_path / "projets.toml")
    assert tomllib.loads(draft.text)["language"] == "fr" and "bilingual" not in draft.text.split("[columns]")[0]
    english = tmp_path / "projects.csv"
    english.write_text(
        "Project name,Agency / Bureau,Input / Output,Description\n"
        + "".join(f"Project {i},Agency {i % 2},Text,A tool that helps staff answer the questions of residents number {i}.\n" for i in range(1, 7)),
        encoding="utf-8",
    )
    draft = draft_mapping(english, tmp_path / "projects.toml")
    assert tomllib.loads(draft.text)["language"] == "en" and "bilingual" not in draft.text.split("[columns]")[0]


def test_the_item_noun_may_come_from_the_file_name(tmp_path):
    from assistant.register.draft_words import find_items

    named, why = find_items(["Title", "Owner"], "Title", "en", "city_records")
    assert (named.en, named.fr) == ("record", "fiche") and "file name" in why
    named, why = find_items(["Title", "Owner"], "Title", "en", "export-2024")
    assert named.en == "initiative" and why.startswith("TODO")
