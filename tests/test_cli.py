"""The `portrait-ia` command and its JSON contract (GUIDE §4), which other programs rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.cli import main
from assistant.register.load import load_register
from tests.conftest import MINI_REGISTER

CONTRACT_KEYS = {"answer", "language", "intent", "citations", "figures", "data"}
CITATION_KEYS = {"row_id", "source", "name", "body"}


@pytest.fixture()
def run(capsys, tmp_path):
    """The command on the fixture register, over the fake embedder (registered as `demo`)."""

    def _run(*args):
        where = ["--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "index"), "--embedder", "demo"]
        code = main([*args[:1], *where, *args[1:]])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?", "fr"),
        ("Which public bodies use a chatbot to answer citizens?", "en"),
    ],
)
def test_ask_json_follows_the_contract_in_the_question_language(run, question, language):
    code, out, _ = run("ask", "--json", question)
    assert code == 0
    payload = json.loads(out)
    # the contract's keys always; the optional ones only as documented (docs/usage.md)
    assert CONTRACT_KEYS <= set(payload) <= CONTRACT_KEYS | {"explained", "suggestions"}
    assert payload["language"] == language and payload["intent"] == "search"
    assert isinstance(payload["figures"], dict)
    register = load_register(MINI_REGISTER)
    assert payload["citations"], "a topic with matching rows is answered with citations"
    for citation in payload["citations"]:
        assert set(citation) == CITATION_KEYS
        assert citation["source"] == MINI_REGISTER.name
        row = register.row(citation["row_id"])
        assert (citation["name"], citation["body"]) == (row["name"], row["body"])
        assert f"[{citation['row_id']}]" in payload["answer"]


def test_ask_without_json_prints_the_answer_text(run):
    code, out, _ = run("ask", "Y a-t-il des projets de détection de fraude ?")
    assert code == 0 and out.startswith("Selon le registre")


def test_index_reports_what_it_did_then_that_nothing_changed(run):
    code, out, _ = run("index", "--quiet")
    assert code == 0 and "embedded" in out
    code, out, _ = run("index", "--quiet")
    assert code == 0 and "up to date" in out


def test_a_bad_data_file_is_one_clear_error_line(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Catégorie\nx;Automatisation\n", encoding="utf-8")
    code = main(["ask", "--data", str(bad), "--index-dir", str(tmp_path / "i"), "bonjour"])
    err = capsys.readouterr().err
    assert code == 2 and "bad.csv" in err and "Traceback" not in err
    assert not (tmp_path / "i").exists(), "a bad file never creates or touches an index"


def test_an_unknown_embedder_names_the_choices(run):
    code, _, err = run("index", "--embedder", "nope")
    assert code == 2 and "use-multilingual" in err


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("ask", "index", "serve"):
        assert command in out


def test_console_script_runs_end_to_end(tmp_path):
    """The installed `portrait-ia` entry point, as an evaluation script calls it."""
    exe = os.path.join(os.path.dirname(sys.executable), "portrait-ia")
    result = subprocess.run(
        [exe, "ask", "--json", "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "i"), "Which initiatives help triage patients?"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "en"
