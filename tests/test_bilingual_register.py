"""A bilingual register (issue 16): every text in English and French, organisations written
"English / Français". French questions get French names, English questions English names, on
every row; either half of a name finds the organisation; search reads both languages."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.conftest import FIXTURES

DATA = FIXTURES / "bilingual/register.csv"
MAPPING = FIXTURES / "bilingual/mapping.toml"


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return pd.read_csv(DATA, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def bilingual(embedder, tmp_path_factory):
    from assistant import Assistant

    return Assistant(DATA, mapping=MAPPING, index_dir=tmp_path_factory.mktemp("bilingual-index"), embedder=embedder)


def test_every_row_is_described_in_the_question_language(bilingual, raw):
    for _, row in raw.iterrows():
        fr = bilingual.ask(f"Décris {row['ID']}")
        en = bilingual.ask(f"Describe {row['ID']}")
        assert (fr.intent, en.intent) == ("describe", "describe")
        assert fr.answer.startswith(f"« {row['Nom (FR)']} »") and en.answer.startswith(f"\"{row['Name (EN)']}\"")
        assert row["Description (FR)"] in fr.answer and row["Description (EN)"] in en.answer
        assert fr.citations[0].name == row["Nom (FR)"] and en.citations[0].name == row["Name (EN)"]


def test_lists_cite_names_in_the_question_language(bilingual, raw):
    fr = bilingual.ask("Quels projets sont en production ?")
    en = bilingual.ask("Which projects are in production?")
    live = raw[raw["Status / Statut"] == "In production / En production"]
    assert fr.figures["count"] == en.figures["count"] == len(live)
    assert sorted(c.name for c in fr.citations) == sorted(live["Nom (FR)"])
    assert sorted(c.name for c in en.citations) == sorted(live["Name (EN)"])
    assert "Agence du revenu du Canada" in fr.answer and "Canada Revenue Agency /" not in fr.answer


@pytest.mark.parametrize("name", ["Statistique Canada", "Statistics Canada"])
def test_either_half_of_an_organisation_finds_it(bilingual, raw, name):
    answer = bilingual.ask(f"How many projects at {name}?")
    truth = raw["Organization / Organisation"].str.contains("Statistics Canada").sum()
    assert answer.intent == "count" and answer.figures["count"] == truth == 2


def test_rankings_and_fields_speak_the_question_language(bilingual, raw):
    ranked = bilingual.ask("Quels organismes ont le plus de projets ?")
    labels = [g["label"] for g in ranked.figures["ranking"]]
    assert "Agence du revenu du Canada" in labels and all(" / " not in label for label in labels)
    pii = bilingual.ask("Combien de projets impliquent des renseignements personnels ?")
    assert pii.figures["count"] == (raw["Personal information / Renseignements personnels"] == "Yes / Oui").sum()
    assert "« renseignements personnels » : oui" in pii.answer
    vendor = bilingual.ask("How many projects were developed by a vendor?")
    assert vendor.figures["count"] == (raw["Developed by / Développé par"] == "Vendor / Fournisseur").sum()
    started = bilingual.ask("How many projects started since 2023?")
    assert started.figures["count"] == (pd.to_datetime(raw["Start date / Date de début"]).dt.year >= 2023).sum()


def test_search_reads_both_languages(bilingual):
    fr = bilingual.ask("Quels projets portent sur la fumée des feux de forêt ?")
    en = bilingual.ask("Which projects forecast wildfire smoke?")
    assert fr.citations[0].row_id == en.citations[0].row_id == 9
    assert fr.citations[0].name == "Prévision de la fumée des feux de forêt"
    assert en.citations[0].name == "Wildfire smoke forecasting"


def test_private_contacts_are_never_loaded_shown_or_indexed(bilingual):
    answer = bilingual.ask("Décris AIR-001")
    assert "@example" not in answer.answer
    assert not any("@" in str(v) for v in bilingual.row(1).values())
