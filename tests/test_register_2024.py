"""The 2024 register: real 2024 figures, 2024 spellings, and a believable year before 2025."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

from assistant.register.load import load_register

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FILE_2024 = DATA / "portrait-ia-2024.csv"
FILE_2025 = DATA / "portrait-ia-2025.csv"
AGGREGATES = DATA / "reference" / "portrait-ia-2024-2025-aggregates.json"


@pytest.fixture(scope="module")
def agg() -> dict:
    return json.loads(AGGREGATES.read_text(encoding="utf-8"))["fr"]


@pytest.fixture(scope="module")
def reg24():
    return load_register(FILE_2024)


@pytest.fixture(scope="module")
def reg25():
    return load_register(FILE_2025)


def tidy(name: str) -> str:
    """A body or initiative name as the loader compares it."""
    return " ".join(name.split()).casefold()


def real_2024(agg: dict, axis: str) -> dict[str, int]:
    """The real 2024 counts of one axis, keyed by the canonical (2025) label, zeros dropped."""
    return {lab: n for lab, n in zip(agg[axis]["labels"], agg[axis]["y2024"], strict=True) if n}


def test_the_2024_file_loads_with_168_rows_citing_its_own_file(reg24, agg):
    assert len(reg24) == agg["total"]["y2024"] == 168
    assert reg24.row_ids == list(range(1, 169))
    assert reg24.source == "portrait-ia-2024.csv"
    assert (reg24.df["source"] == "portrait-ia-2024.csv").all()


@pytest.mark.parametrize(
    "column, axis",
    [("category", "categories"), ("status", "statuts"), ("portfolio", "portefeuilles")],
)
def test_counts_equal_the_real_2024_aggregates(reg24, agg, column, axis):
    assert reg24.df[column].value_counts().to_dict() == real_2024(agg, axis)


def test_the_file_keeps_the_2024_spellings_and_the_2025_header(agg):
    raw = pd.read_csv(FILE_2024, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    categories, statuses = raw["Catégorie"].value_counts(), raw["Statut"].value_counts()
    assert (
        categories["Traitement d'image"]
        == real_2024(agg, "categories")["Traitement d'image/Imagerie médicale"]
    )
    assert "Traitement d'image/Imagerie médicale" not in categories
    assert (
        statuses["Information non disponible"] == 5 and "Information indisponible" not in statuses
    )
    assert not raw["Portefeuille ministériel"].str.contains("Réseau").any()
    assert any(b != b.strip() for b in raw["Organisme public responsable"])  # trailing spaces
    first_line = lambda path: path.read_bytes().split(b"\n", 1)[0]  # noqa: E731
    assert first_line(FILE_2024) == first_line(FILE_2025)  # BOM and six French headers


def test_no_body_new_in_2025_is_in_2024_and_every_other_2025_body_is(reg24, reg25, agg):
    bodies24 = set(reg24.df["body"].map(tidy))
    bodies25 = set(reg25.df["body"].map(tidy))
    new = {tidy(b) for b in agg["nouveauxOrganismes"]}
    assert len(new) == 58 and not bodies24 & new
    assert bodies25 - bodies24 == new
    assert len(bodies24) == agg["organismes"]["y2024"] == 65


def test_most_2024_initiatives_reappear_in_2025_and_none_goes_backwards(reg24, reg25):
    def keyed(reg):
        df = reg.df.assign(key=reg.df["name"].map(tidy) + " | " + reg.df["body"].map(tidy))
        return df[["key", "status_key"]]

    both = keyed(reg24).merge(keyed(reg25), on="key", suffixes=("_2024", "_2025"))
    assert 84 < len(both) < 168  # most reappear, some do not
    moves = both.groupby(["status_key_2024", "status_key_2025"]).size().to_dict()
    assert moves.get(("in_production", "in_development"), 0) == 0
    assert moves[("in_development", "in_production")] > 0  # went into production in between


def test_the_chatbot_count_since_2024_is_the_real_one(reg24, reg25, agg):
    label = "Assistant/agent conversationnel"
    at = agg["categories"]["labels"].index(label)
    real = (agg["categories"]["y2024"][at], agg["categories"]["y2025"][at])
    counted = tuple(int((reg.df["category"] == label).sum()) for reg in (reg24, reg25))
    assert counted == real == (37, 68)


def test_regenerating_gives_byte_identical_2024_and_2025_files(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "generate_register", ROOT / "scripts" / "generate_register.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--out-dir", str(tmp_path)]) == 0
    for name in ("portrait-ia-2024.csv", "portrait-ia-2025.csv", "eval/probe.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), (
            f"data/{name} is stale: run scripts/generate_register.py"
        )
