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


def test_chroma_timeout_is_read_from_flag_environment_and_config_file(monkeypatch, tmp_path):
    assert settings.resolve()["chroma_timeout"] == 5.0 == settings.value("chroma_timeout")
    (tmp_path / "portrait-ia.toml").write_text("chroma_timeout = 2.5\n")
    assert settings.value("chroma_timeout") == 2.5  # what the Chroma client reads by itself
    monkeypatch.setenv("PORTRAIT_IA_CHROMA_TIMEOUT", "3")
    assert settings.value("chroma_timeout") == 3.0
    assert settings.resolve({"chroma_timeout": 4})["chroma_timeout"] == 4.0


@pytest.mark.parametrize("raw", ["0", "-1", "soon", "nan"])
def test_a_chroma_timeout_that_cannot_wait_is_refused_and_named(monkeypatch, raw):
    monkeypatch.setenv("PORTRAIT_IA_CHROMA_TIMEOUT", raw)
    with pytest.raises(settings.SettingsError, match="PORTRAIT_IA_CHROMA_TIMEOUT.*above 0"):
        settings.value("chroma_timeout")


def test_every_command_on_a_chroma_server_takes_chroma_timeout():
    from assistant.cli import COMMAND_SETTINGS, build_parser

    parser = build_parser()
    for command, names in COMMAND_SETTINGS.items():
        if "chroma_host" in names:
            extra = ["Combien ?"] if command == "ask" else []
            args = parser.parse_args([command, *extra, "--chroma-timeout", "2.5"])
            assert args.chroma_timeout == 2.5, command
