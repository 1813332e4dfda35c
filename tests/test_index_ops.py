"""Operations on the index: exact answers never wait for it, and a missing one is built when needed.

Reproduces issue 17's operations findings, on copies in tmp_path with the real Chroma store:
- `ask` embedded every row before answering even a plain count (an hour, silently, on a large
  file): now a count answers with no index at all, a topic question builds it first and says so
  with a progress bar, and above `max_rows_without_index` it asks for `portrait-ia index`;
- an index deleted or damaged under a running Assistant raised on every topic question (the API's
  "The upstream Gradio app has raised an exception"): now it is rebuilt (in the background for a
  server, which tells topic questions how far it is) while exact answers go on.
"""

from __future__ import annotations

import json
import shutil
import threading

import numpy as np
import pytest

from assistant.cli import main
from assistant.vectors.embeddings import register
from tests.conftest import MINI_REGISTER, EmbedDemo

COUNT = "Combien d'initiatives sont en production ?"
TOPIC_FR = "Quels organismes utilisent un agent conversationnel pour répondre aux citoyens ?"
TOPIC_EN = "Which public bodies use a chatbot to answer citizens?"


@register
class GatedEmbedder(EmbedDemo):
    """EmbedDemo whose document embedding waits for `gate`: a build that takes as long as a test
    wants. Queries are never held."""

    name = "gated"
    gate = threading.Event()

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not is_query:
            assert self.gate.wait(60), "the test never opened the gate"
        return super()._embed(texts, is_query)


def in_production(data=MINI_REGISTER) -> int:
    from assistant.register.load import load_register

    return int((load_register(data).df["status_key"] == "in_production").sum())


def stores(index_dir) -> list[str]:
    return sorted(p.name for p in index_dir.glob("store-*") if p.is_dir()) if index_dir.exists() else []


def ask_json(capsys, *argv: str) -> tuple[dict, str]:
    code = main(["ask", "--json", "--embedder", "demo", "--data", str(MINI_REGISTER), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out), err


# -- ask: exact answers never wait; a topic question builds, with progress, or asks for `index` --


def test_a_count_answers_with_the_index_missing_and_embeds_nothing(tmp_path, capsys):
    index_dir = tmp_path / "index"
    answer, err = ask_json(capsys, "--index-dir", str(index_dir), COUNT)
    assert answer["intent"] == "count" and answer["figures"]["count"] == in_production()
    assert stores(index_dir) == [], "a count needs no vectors: nothing was to be embedded"
    assert "Embedding" not in err and "index" not in answer


def test_a_topic_question_builds_the_missing_index_first_and_says_so_with_progress(tmp_path, capsys):
    index_dir = tmp_path / "index"
    answer, err = ask_json(capsys, "--index-dir", str(index_dir), TOPIC_FR)
    assert answer["intent"] == "search" and answer["citations"] and "index" not in answer
    assert "embedding 20 rows before answering" in err and "portrait-ia index" in err
    assert "Embedding" in err and "20/20" in err, "the progress bar, on stderr"
    assert len(stores(index_dir)) == 1
    again, err = ask_json(capsys, "--index-dir", str(index_dir), TOPIC_FR)
    assert again["citations"] == answer["citations"] and "Embedding" not in err, "built once"


def test_changed_data_is_re_embedded_with_a_word_and_a_bar(tmp_path, capsys):
    data, index_dir = tmp_path / "registre.csv", tmp_path / "index"
    shutil.copy(MINI_REGISTER, data)
    assert main(["index", "--quiet", "--embedder", "demo", "--data", str(data), "--index-dir", str(index_dir)]) == 0
    text = data.read_text(encoding="utf-8-sig")
    data.write_text(text.replace("Agent conversationnel pour", "Robot conversationnel pour", 1), encoding="utf-8")
    capsys.readouterr()
    code = main(["ask", "--json", "--embedder", "demo", "--data", str(data), "--index-dir", str(index_dir), TOPIC_FR])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["citations"]
    assert "embedding 1 rows before answering" in err, "only the changed row, and it says so"


@pytest.mark.parametrize(
    ("question", "language", "words"),
    [(TOPIC_FR, "fr", "Construisez-le d'abord avec `portrait-ia index`"), (TOPIC_EN, "en", "Build it first with `portrait-ia index`")],
)  # fmt: skip
def test_over_the_row_limit_a_topic_question_asks_for_portrait_ia_index(
    tmp_path, capsys, monkeypatch, question, language, words
):
    index_dir = tmp_path / "index"
    monkeypatch.setenv("PORTRAIT_IA_MAX_ROWS_WITHOUT_INDEX", "5")
    answer, err = ask_json(capsys, "--index-dir", str(index_dir), question)
    assert answer["language"] == language and words in answer["answer"]
    assert "20" in answer["answer"] and "5" in answer["answer"] and "max_rows_without_index" in answer["answer"]
    assert answer["index"] == {"state": "too_large", "progress": 0} and answer["citations"] == []
    assert stores(index_dir) == [] and "Embedding" not in err, "refused: nothing embedded"
    count, _ = ask_json(capsys, "--index-dir", str(index_dir), COUNT)
    assert count["figures"]["count"] == in_production(), "exact answers are still given"


def test_once_portrait_ia_index_has_run_a_running_assistant_answers_topics(tmp_path, monkeypatch):
    from assistant import Assistant
    from assistant.vectors.embeddings import get_embedder

    monkeypatch.setenv("PORTRAIT_IA_MAX_ROWS_WITHOUT_INDEX", "5")
    index_dir = tmp_path / "index"
    assistant = Assistant(MINI_REGISTER, index_dir=index_dir, embedder=get_embedder("demo"))
    assert assistant.ask(TOPIC_EN).to_dict()["index"]["state"] == "too_large"
    _built(tmp_path)  # what the answer asked for, in another process
    assert assistant.ask(TOPIC_EN).citations, "no restart needed"


def test_the_flag_0_never_embeds_before_answering(tmp_path, capsys):
    answer, _ = ask_json(capsys, "--index-dir", str(tmp_path / "index"), "--max-rows-without-index", "0", TOPIC_EN)
    assert answer["index"]["state"] == "too_large"


def test_a_negative_row_limit_is_one_clear_error(tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--index-dir", str(tmp_path), "--max-rows-without-index", "-1", COUNT])
    assert exit_.value.code == 2 and "a number of rows (0 or more)" in capsys.readouterr().err
    monkeypatch.setenv("PORTRAIT_IA_MAX_ROWS_WITHOUT_INDEX", "many")
    assert main(["ask", "--index-dir", str(tmp_path), COUNT]) == 2
    err = capsys.readouterr().err
    assert "PORTRAIT_IA_MAX_ROWS_WITHOUT_INDEX: max_rows_without_index must be a number of rows (0 or more)" in err


# -- the Python API: on demand by default, in the background for a server -----------------------


def test_the_python_assistant_answers_counts_with_no_index_and_builds_for_the_first_topic(tmp_path):
    from assistant import Assistant
    from assistant.vectors.embeddings import get_embedder

    index_dir = tmp_path / "index"
    assistant = Assistant(MINI_REGISTER, index_dir=index_dir, embedder=get_embedder("demo"))
    assert assistant.ask(COUNT).figures["count"] == in_production() and stores(index_dir) == []
    assert assistant.ask(TOPIC_FR).citations and len(stores(index_dir)) == 1
    assert assistant.build_report is not None and assistant.build_report.embedded == 20


@pytest.fixture()
def gated(tmp_path):
    from assistant.vectors.embeddings import get_embedder

    embedder = get_embedder("gated")  # its own class's gate (this module may be imported twice)
    embedder.gate.clear()
    yield embedder
    embedder.gate.set()  # a build still waiting ends


def test_in_the_background_exact_answers_go_on_and_topics_are_told_how_far(tmp_path, gated):
    from assistant import Assistant

    assistant = Assistant(MINI_REGISTER, index_dir=tmp_path / "index", embedder=gated, index_in_background=True)
    assert assistant.index.building
    count = assistant.ask(COUNT)
    assert count.figures["count"] == in_production() and count.citations, "exact, while it builds"
    fr, en = assistant.ask(TOPIC_FR), assistant.ask(TOPIC_EN)
    assert fr.language == "fr" and "L'index de recherche est en cours de construction (0 %)" in fr.answer
    assert "Les questions exactes" in fr.answer and fr.to_dict()["index"] == {"state": "building", "progress": 0}
    assert en.language == "en" and "The search index is being built (0%)" in en.answer
    assert fr.intent == "search" and fr.citations == [] and fr.figures == {}
    streamed = list(assistant.stream(TOPIC_EN))  # the chat's path
    assert len(streamed) == 1 and "being built" in streamed[0].answer
    assert assistant.warm_up() >= 0, "a server's warm-up does not fail on the missing index"
    gated.gate.set()
    assert assistant.index.wait(60)
    assert assistant.ask(TOPIC_FR).citations, "answered once built, without a restart"


def _built(tmp_path, embedder_name="demo"):
    index_dir = tmp_path / "index"
    argv = ["index", "--quiet", "--embedder", embedder_name, "--data", str(MINI_REGISTER), "--index-dir", str(index_dir)]
    assert main(argv) == 0
    return index_dir


def _corrupt(index_dir):
    for path in index_dir.glob("store-*/**/*"):
        if path.is_file():
            path.write_bytes(b"not a database " * 500)


@pytest.mark.parametrize("damage", ["deleted", "corrupted"])
def test_an_index_lost_under_a_running_assistant_is_rebuilt_on_the_next_topic(tmp_path, damage):
    from assistant import Assistant
    from assistant.vectors.embeddings import get_embedder

    index_dir = _built(tmp_path)
    assistant = Assistant(MINI_REGISTER, index_dir=index_dir, embedder=get_embedder("demo"))
    before = assistant.ask(TOPIC_FR)
    assert before.citations
    shutil.rmtree(index_dir) if damage == "deleted" else _corrupt(index_dir)
    after = assistant.ask(TOPIC_FR)  # was: IndexError_ / chromadb's "file is not a database"
    assert [c.row_id for c in after.citations] == [c.row_id for c in before.citations]
    assert assistant.ask(COUNT).figures["count"] == in_production()


@pytest.mark.parametrize("damage", ["deleted", "corrupted"])
def test_under_a_server_a_lost_index_is_rebuilt_in_the_background_while_counts_go_on(tmp_path, gated, damage):
    from assistant import Assistant

    gated.gate.set()
    index_dir = _built(tmp_path, "gated")
    assistant = Assistant(MINI_REGISTER, index_dir=index_dir, embedder=gated, index_in_background=True)
    assert assistant.index.ready and assistant.ask(TOPIC_EN).citations
    gated.gate.clear()  # the rebuild will wait until the test says so
    shutil.rmtree(index_dir) if damage == "deleted" else _corrupt(index_dir)
    topic = assistant.ask(TOPIC_EN)
    assert "being built" in topic.answer and topic.to_dict()["index"]["state"] == "building"
    assert assistant.ask(COUNT).figures["count"] == in_production()
    gated.gate.set()
    assert assistant.index.wait(60) and assistant.ask(TOPIC_EN).citations


def test_warming_up_for_a_server_builds_in_the_background_and_never_waits(tmp_path, gated):
    from assistant import Assistant

    assistant = Assistant(MINI_REGISTER, index_dir=tmp_path / "index", embedder=gated)
    assert not assistant.index.building, "on demand until it serves"
    assistant.warm_up()  # returns while the build waits on the gate: serve's start does not wait
    assert assistant.index.building and "being built" in assistant.ask(TOPIC_EN).answer
    assert assistant.ask(COUNT).figures["count"] == in_production()
    gated.gate.set()
    assert assistant.index.wait(60) and assistant.ask(TOPIC_EN).citations


def test_a_topic_briefing_while_the_index_is_built_says_so(tmp_path, gated):
    from assistant import Assistant
    from assistant.briefing import BriefingError
    from assistant.ui.briefing_tab import make_briefing_file
    from assistant.ui.downloads import BriefingFiles

    assistant = Assistant(MINI_REGISTER, index_dir=tmp_path / "index", embedder=gated, index_in_background=True)
    with pytest.raises(BriefingError, match=r"the index is being built \(0%\)"):  # the /brief API's gr.Error
        make_briefing_file(assistant, "agents conversationnels pour répondre aux citoyens", "md", files=BriefingFiles())
    path, _ = make_briefing_file(assistant, "Briefing sur Retraite Québec", "md", files=BriefingFiles())
    assert path.endswith(".md"), "a briefing that only filters needs no index"
