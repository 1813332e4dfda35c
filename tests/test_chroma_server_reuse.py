"""On a Chroma server, vectors follow their text as in an embedded build: a row that only moved
(row ids shifted by a row inserted above), a row whose change is outside its text, or a text two
loaded files share is not embedded again; the guarantees of server builds still hold while the
live version's texts are read.

Counts come from a counting wrapper around the real bundled embedder. The tests share the
session's server (tests/chroma_server.py) and build what they need first.
"""

from __future__ import annotations

import dataclasses
import signal
from pathlib import Path

import pandas as pd
import pytest

from assistant.register.load import combine, load_register, load_registers
from assistant.vectors import build as index_build
from assistant.vectors import server as index_server
from assistant.vectors.build import VectorIndex, document_text
from assistant.vectors.errors import ServerTimeout
from assistant.vectors.server import ServerStore, read_pointer
from tests.conftest import FULL_REGISTER
from tests.test_chroma_server import (
    MARGIN,
    TIMEOUT,
    N,
    build,
    on,
    server_client,
    timed_out,
    versions,
    within,
)

NEW_NAME = "Nouvelle initiative ajoutée en tête"
QUERIES = (
    "Quels organismes utilisent l'IA pour détecter la fraude ?",
    "Which bodies use a chatbot to answer citizens?",
    "cartographie forestière",
)


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.texts = inner, []
        self.name, self.batch_size = inner.name, inner.batch_size

    @property
    def model_id(self):
        return self.inner.model_id

    def embed_documents(self, texts):
        self.texts += list(texts)
        return self.inner.embed_documents(texts)


@pytest.fixture(scope="module")
def register():
    return load_register(FULL_REGISTER)


@pytest.fixture(scope="module")
def inserted(tmp_path_factory):
    """This year's file again, same name, with one new row at the top: every row id shifts by 1."""
    df = pd.read_csv(FULL_REGISTER, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    top = df.iloc[[5]].assign(**{df.columns[0]: NEW_NAME})
    path = tmp_path_factory.mktemp("v2") / FULL_REGISTER.name
    pd.concat([top, df], ignore_index=True).to_csv(path, index=False, encoding="utf-8-sig")
    return load_register(path)


def ranked(index: VectorIndex) -> list[list[tuple[str, int]]]:
    return [[(m["name"], m["row_id"]) for m, _ in index.search(q, k=5)] for q in QUERIES]


def test_a_row_inserted_at_the_top_is_the_only_text_embedded_and_rows_keep_their_answers(
    register, inserted, embedder, chroma_server, monkeypatch
):
    build(register, embedder, chroma_server)
    before = ranked(VectorIndex(on(chroma_server), embedder))
    for module in (index_server, index_build):  # several pages of texts and of vectors
        monkeypatch.setattr(module, "GET_BATCH", 100)
    counting = CountingEmbedder(embedder)
    report = build(inserted, counting, chroma_server)
    assert counting.texts == [document_text(inserted.row(1))], "only the new row is embedded"
    assert (report.total, report.embedded, report.reused, report.removed) == (N + 1, 1, N, 0)
    after = VectorIndex(on(chroma_server), embedder)
    assert after.collection.name == report.store
    assert ranked(after) == [[(name, row_id + 1) for name, row_id in hits] for hits in before]
    meta, _ = after.search(NEW_NAME, k=1)[0]
    assert (meta["row_id"], meta["name"]) == (1, NEW_NAME)


def test_back_to_the_previous_file_nothing_is_embedded_and_the_extra_row_leaves(
    register, inserted, embedder, chroma_server
):
    build(inserted, embedder, chroma_server)
    counting = CountingEmbedder(embedder)
    report = build(register, counting, chroma_server)
    assert counting.texts == [] and (report.embedded, report.reused, report.removed) == (0, N, 1)
    assert len(VectorIndex(on(chroma_server), embedder)) == N


def test_a_change_outside_the_text_keeps_the_vector_and_stores_the_new_metadata(
    register, embedder, chroma_server
):
    build(register, embedder, chroma_server)
    df = register.df.copy()
    df.loc[7, "status"] = "Statut revu"  # not part of the embedded text
    counting = CountingEmbedder(embedder)
    report = build(dataclasses.replace(register, df=df), counting, chroma_server)
    assert not report.up_to_date and counting.texts == [] and report.reused == N
    live = server_client(chroma_server).get_collection(report.store)
    assert live.get(ids=[f"{FULL_REGISTER.name}#7"])["metadatas"][0]["status"] == "Statut revu"


def test_texts_two_files_share_are_embedded_once_and_taken_from_either_file(
    register, embedder, chroma_server
):
    data = Path(FULL_REGISTER).parent
    registers = load_registers([data / "portrait-ia-2024.csv", data / "portrait-ia-2025.csv"])
    both = combine(registers)
    texts = [{document_text(row) for row in r.df.to_dict("records")} for r in registers]
    build(register, embedder, chroma_server)  # live: this year's file alone
    counting = CountingEmbedder(embedder)
    report = build(both, counting, chroma_server)  # last year's rows sharing a text reuse it
    assert sorted(counting.texts) == sorted(texts[0] - texts[1]) and report.total == 426
    assert report.embedded == len(texts[0] - texts[1]) < 426 - N
    counting = CountingEmbedder(embedder)
    scratch = build(both, counting, chroma_server, force=True)  # nothing reused
    assert sorted(counting.texts) == sorted(texts[0] | texts[1]) and scratch.embedded < 426
    counting = CountingEmbedder(embedder)
    alone = build(register, counting, chroma_server)
    assert counting.texts == [] and (alone.total, alone.removed) == (N, 426 - N)


def test_a_server_frozen_while_the_live_texts_are_read_gives_the_clear_error_and_keeps_the_pointer(
    register, inserted, embedder, chroma_server, monkeypatch
):
    live = build(register, embedder, chroma_server).store
    before = versions(chroma_server)
    read = ServerStore.live_texts

    def freezing(store, version, plan):
        chroma_server.process.send_signal(signal.SIGSTOP)  # `kill -STOP` mid-build
        return read(store, version, plan)

    monkeypatch.setattr(ServerStore, "live_texts", freezing)
    try:
        with pytest.raises(ServerTimeout, match=timed_out(chroma_server)):
            within(
                TIMEOUT + MARGIN,
                lambda: build(inserted, embedder, chroma_server, chroma_timeout=TIMEOUT),
            )
    finally:
        chroma_server.resume()
    assert read_pointer(server_client(chroma_server))["live"] == live
    assert versions(chroma_server) == before, "no version was started"
    assert len(VectorIndex(on(chroma_server), embedder)) == N
