"""Settings: one table, read the same way by flags, environment and config file."""

from __future__ import annotations

import pytest

from assistant import settings


def test_defaults_point_at_the_bundled_register_and_index():
    values = settings.resolve()
    assert values["data"][-1].endswith("data/portrait-ia-2025.csv")
    assert values["host"] == "127.0.0.1" and values["port"] == 7860


def test_flag_beats_environment_beats_config_file(monkeypatch, tmp_path):
    (tmp_path / "portrait-ia.toml").write_text('top_k = 3\nport = 9000\nembedder = "minilm"\n')
    monkeypatch.setenv("PORTRAIT_IA_PORT", "8000")
    values = settings.resolve({"embedder": "e5-small"})
    assert (values["top_k"], values["port"], values["embedder"]) == (3, 8000, "e5-small")


def test_unknown_config_key_is_named(tmp_path):
    (tmp_path / "portrait-ia.toml").write_text("colour = 'blue'\n")
    with pytest.raises(settings.SettingsError, match="colour"):
        settings.resolve()


def test_wrong_type_names_the_origin(monkeypatch):
    monkeypatch.setenv("PORTRAIT_IA_PORT", "eighty")
    with pytest.raises(settings.SettingsError, match="PORTRAIT_IA_PORT"):
        settings.resolve()
