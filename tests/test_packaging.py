"""A wheel that installs and answers: the prompts, mappings and bundled registers ship inside it,
and an installed copy answers from any folder, keeping its index in the user's data directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from assistant import resources
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
BUNDLED_REGISTERS = ("portrait-ia-2025.csv", "portrait-ia-2024.csv")
QUESTION = "Combien d'initiatives sont en production ?"


def _folders_with_files(top: Path, package: str) -> set[str]:
    """Dotted names of `top` and every folder below it holding a file (caches aside)."""
    found = set()
    for folder in [top, *top.rglob("*")]:
        if folder.is_dir() and "__pycache__" not in folder.parts:
            if any(p.is_file() for p in folder.iterdir()):
                found.add(".".join([package, *folder.relative_to(top).parts]))
    return found


def test_every_folder_of_the_package_is_listed_in_pyproject():
    expected = _folders_with_files(ROOT / "assistant", "assistant")
    expected |= _folders_with_files(ROOT / "prompts", "assistant._prompts")
    expected |= {"assistant._prompts", "assistant._data"}  # the roots package-dir maps
    listed = set(SETUPTOOLS["packages"])
    assert not expected - listed, (
        f"folders missing from [tool.setuptools] packages in pyproject.toml: "
        f"{sorted(expected - listed)}; add them, or the wheel leaves them out"
    )
    assert not listed - expected, (
        f"pyproject.toml lists packages with no folder: {sorted(listed - expected)}; remove them"
    )


def test_the_top_level_prompts_and_data_are_mapped_into_the_package():
    assert SETUPTOOLS["package-dir"] == {"assistant._prompts": "prompts", "assistant._data": "data"}
    shipped = SETUPTOOLS["package-data"]["assistant._data"]
    assert sorted(shipped) == sorted(BUNDLED_REGISTERS)
    assert all((ROOT / "data" / name).is_file() for name in shipped)


def test_a_checkout_reads_its_top_level_folders_and_keeps_its_index_there():
    assert resources.find_checkout() == ROOT
    assert resources.PROMPTS_DIR == ROOT / "prompts"
    assert resources.DEFAULT_DATA == ROOT / "data" / "portrait-ia-2025.csv"
    assert resources.state_home(ROOT, {}) / "index" == ROOT / "index"


def test_an_installed_package_is_not_a_checkout(tmp_path):
    package = tmp_path / "site-packages" / "assistant"
    package.mkdir(parents=True)
    assert resources.find_checkout(package) is None
    (tmp_path / "site-packages" / "pyproject.toml").write_text("")  # not enough without prompts/
    assert resources.find_checkout(package) is None


def test_state_goes_to_the_user_data_directory_outside_a_checkout(tmp_path):
    default = Path.home() / ".local" / "share" / "portrait-ia"
    assert resources.state_home(None, {}) == default
    assert resources.state_home(None, {"XDG_DATA_HOME": ""}) == default  # empty: not set
    xdg = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert resources.state_home(None, xdg) == tmp_path / "xdg" / "portrait-ia"


def test_the_home_variable_wins_everywhere(tmp_path):
    environ = {resources.HOME_ENV: str(tmp_path / "home"), "XDG_DATA_HOME": "/elsewhere"}
    assert resources.state_home(None, environ) == tmp_path / "home"
    assert resources.state_home(ROOT, environ) == tmp_path / "home"
    assert resources.state_home(ROOT, {resources.HOME_ENV: "  "}) == ROOT  # blank: not set


def test_the_settings_help_names_the_home_variable():
    from assistant.settings import BY_NAME

    assert resources.HOME_ENV in BY_NAME["index_dir"].help


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built offline from a copy of the sources (an in-tree build would leave build/
    in the checkout, and stale files there would slip into later wheels)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("assistant", "prompts", "data"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "--wheel-dir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    (built,) = out.glob("portrait_ia-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_the_prompts_mappings_and_bundled_registers(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("fr", "en"):
        for prompt in (ROOT / "prompts" / language).glob("*.toml"):
            assert f"assistant/_prompts/{language}/{prompt.name}" in names
    mappings = list((ROOT / "assistant" / "register" / "mappings").rglob("*.toml"))
    assert mappings and all(m.relative_to(ROOT).as_posix() in names for m in mappings)
    word_lists = list((ROOT / "assistant" / "understand").glob("*.toml"))  # the understanding's words
    assert len(word_lists) >= 6 and all(w.relative_to(ROOT).as_posix() in names for w in word_lists)
    for register in BUNDLED_REGISTERS:
        assert f"assistant/_data/{register}" in names
    assert not any(n.startswith("assistant/_data/eval/") for n in names), "evaluation sets shipped"
    code = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "assistant").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert not code - names, f"files of assistant/ missing from the wheel: {sorted(code - names)}"


@pytest.mark.slow
def test_an_installed_wheel_answers_from_another_folder(wheel, tmp_path):
    target, home, elsewhere = tmp_path / "site", tmp_path / "home", tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PORTRAIT_IA_", "XDG_"))}
    env.update(PYTHONPATH=str(target), HOME=str(home))
    checkout_index = sorted((ROOT / "index").glob("*"))

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, *args], cwd=elsewhere, env=env, capture_output=True, text=True,
            timeout=180,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    where = run("-c", "import assistant.resources as r; print(r.PACKAGE, r.CHECKOUT)").split()
    assert where == [str(target.resolve() / "assistant"), "None"], "the checkout answered, not the wheel"

    answer = json.loads(run(str(target / "bin" / "portrait-ia"), "ask", "--json", QUESTION))
    status = pd.read_csv(ROOT / "data" / "portrait-ia-2025.csv")["Statut"].str.strip()
    assert answer["intent"] == "count" and answer["language"] == "fr"
    assert answer["figures"]["count"] == int((status == "Solution en production").sum())
    assert {c["source"] for c in answer["citations"]} == {"portrait-ia-2025.csv"}
    assert not (home / ".local" / "share" / "portrait-ia" / "index").exists(), "a count needs no index"
    topic = json.loads(run(str(target / "bin" / "portrait-ia"), "ask", "--json", "Which public bodies use AI to detect fraud?"))
    assert topic["intent"] == "search" and topic["citations"], "the first topic question builds the index"
    assert (home / ".local" / "share" / "portrait-ia" / "index").is_dir()
    assert sorted((ROOT / "index").glob("*")) == checkout_index, "wrote into the checkout's index/"


def test_data_fetch_never_writes_into_an_installed_package(tmp_path, monkeypatch):
    from assistant import resources

    package = tmp_path / "site-packages" / "assistant"
    monkeypatch.setattr(resources, "PACKAGE", package)
    monkeypatch.setattr(resources, "CHECKOUT", None)
    monkeypatch.setenv(resources.HOME_ENV, str(tmp_path / "home"))
    assert resources.fetch_folder(package / "_data" / "portrait-ia-2025.csv") == tmp_path / "home" / "data"
    mine = tmp_path / "mine" / "register.csv"
    assert resources.fetch_folder(mine) == tmp_path / "mine"
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path)  # a checkout's data/ is the user's own
    assert resources.fetch_folder(package / "_data" / "x.csv") == package / "_data"
