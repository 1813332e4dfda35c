"""Shared fixtures: everything offline, all state in tmp folders, one model load per session."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import numpy as np
import pytest

from assistant.vectors.embeddings import Embedder, register
from tests.chroma_server import chroma_server  # noqa: F401 (a session fixture: a real `chroma run`)

for key, value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
}.items():
    os.environ[key] = value

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_REGISTER = FIXTURES / "mini_register.csv"
FULL_REGISTER = ROOT / "data" / "portrait-ia-2025.csv"
PROBE = ROOT / "data" / "eval" / "probe.jsonl"


@register
class EmbedDemo(Embedder):
    """A deterministic stand-in for a model (as simonw/llm's EmbedDemo): every word is hashed into
    one of `dimensions` slots, so texts that share words are close and nothing is loaded.

    Registered like a real backend (`--embedder demo` works, and the conformance suite of
    test_embeddings.py runs it). For the tests of understanding, execution, composition and the
    surfaces, which need an index but not good retrieval; retrieval itself is tested with the
    bundled model, since topic answers depend on which model ranks the rows.
    """

    name = "demo"
    multilingual = True
    help = "Test-only: words hashed into a fixed-size vector."
    dimensions = 64

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                digest = hashlib.blake2b(word.encode("utf-8"), digest_size=4).digest()
                vectors[row, int.from_bytes(digest, "big") % self.dimensions] += 1.0
        return vectors


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch, tmp_path):
    """No test reads the developer's config file or environment settings, or writes index/."""
    for name in list(os.environ):
        if name.startswith("PORTRAIT_IA_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def embedder():
    """The bundled model: for the tests where retrieval itself is what is checked."""
    from assistant.vectors.embeddings import get_embedder

    return get_embedder("use-multilingual")


@pytest.fixture(scope="session")
def fake_embedder():
    """`EmbedDemo`: for the tests that need an index but not good retrieval."""
    from assistant.vectors.embeddings import get_embedder

    return get_embedder("demo")


@pytest.fixture(scope="session")
def mini_assistant(fake_embedder, tmp_path_factory):
    """The 22-row fixture register over the fake embedder: the UI, the CLI's paths, the
    composers and the logs, whose tests compare an answer with the same assistant's."""
    from assistant import Assistant

    return Assistant(MINI_REGISTER, index_dir=tmp_path_factory.mktemp("mini-index"), embedder=fake_embedder)


@pytest.fixture(scope="session")
def full_assistant(embedder, tmp_path_factory):
    from assistant import Assistant

    return Assistant(FULL_REGISTER, index_dir=tmp_path_factory.mktemp("full-index"), embedder=embedder)


def started_pool(data: Path, index_dir: Path, **more: object) -> tuple[object, object]:
    """(the server's own Assistant, a pool of 1 answer worker over it, ready): the index is built
    before the worker starts, as `portrait-ia index` would, since workers open it."""
    from assistant import settings
    from assistant.api import Assistant
    from assistant.ui.workers import AnswerPool

    values = settings.resolve({"data": [str(data)], "index_dir": str(index_dir), "embedder": "use-multilingual", "workers": 1, **more})
    own = Assistant.from_settings(values)
    own.index.ensure()
    pool = AnswerPool(values, 1, own)
    assert pool.ready.wait(240), "no worker became ready"
    return own, pool


def spreadsheet_years(cells):
    """Truth for a date column's years, written apart from the loader: Excel's rewrites read
    back (7/16/1905 is 2024 typed as a number: days since 30 Dec 1899; "24-Nov" is Nov 2024), a
    comment in brackets after a date dropped ("2022-08 (estimated)")."""
    import pandas as pd

    cells = cells.fillna("").astype(str).str.strip().str.replace(r"(\d)\s*\([^()]*\)$", r"\1", regex=True)
    years = pd.to_datetime(cells.where(cells != ""), errors="coerce", format="mixed").dt.year
    serial = pd.to_datetime(cells.where(cells.str.contains("1905")), errors="coerce", format="mixed")
    typed = (serial - pd.Timestamp("1899-12-30")).dt.days
    years = years.mask(typed.between(1990, 2030), typed)
    year_first = cells.str.extract(r"^(\d{2})-[A-Z][a-z]{2}$")[0]
    return years.mask(year_first.notna(), 2000 + pd.to_numeric(year_first, errors="coerce"))


REGISTERS = ROOT / "data" / "registers"
DRAFTED = {  # registers whose mapping a test drafts with `mapping draft`, as a new user would
    "gc": REGISTERS / "gc-ai-register" / "gc_ai_register_mvp_english.csv",
    "nyc": REGISTERS / "nyc-algorithmic-tools" / "algorithm_tool_compliance.csv",
    "doi": REGISTERS / "us-doi-2025" / "doi_2025_ai_use_case_inventory.csv",
}


@pytest.fixture(scope="session")
def drafted_register(tmp_path_factory):
    """`drafted_register("nyc")`: that register loaded with the mapping `mapping draft` writes for
    it (drafted once per session)."""
    from assistant.register.draft import draft_mapping
    from assistant.register.load import load_register

    loaded: dict[str, object] = {}

    def load(name: str):
        if name not in loaded:
            out = tmp_path_factory.mktemp("drafts") / f"{name}.toml"
            out.write_text(draft_mapping(DRAFTED[name], out).text, encoding="utf-8")
            loaded[name] = load_register(DRAFTED[name], out)
        return loaded[name]

    return load
