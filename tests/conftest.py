"""Shared fixtures: everything offline, all state in tmp folders, one model load per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch, tmp_path):
    """No test reads the developer's config file or environment settings, or writes index/."""
    for name in list(os.environ):
        if name.startswith("PORTRAIT_IA_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def embedder():
    from assistant.vectors.embeddings import get_embedder

    return get_embedder("use-multilingual")


@pytest.fixture(scope="session")
def mini_assistant(embedder, tmp_path_factory):
    from assistant import Assistant

    return Assistant(MINI_REGISTER, index_dir=tmp_path_factory.mktemp("mini-index"), embedder=embedder)


@pytest.fixture(scope="session")
def full_assistant(embedder, tmp_path_factory):
    from assistant import Assistant

    return Assistant(FULL_REGISTER, index_dir=tmp_path_factory.mktemp("full-index"), embedder=embedder)
