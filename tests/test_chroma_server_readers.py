"""A reader on a Chroma server whose version is deleted in the middle of a query (another build's
clean-up) reopens the live version and answers from it, whatever the server answered.

Under rebuilds the server was seen answering such a query with no rows, or with
`ChromaError('Missing field: [Missing metadata segment]')`, not "not found" (1 run in 3 of a
reader querying through 25 builds). Here the real version is deleted on the real server while
the query runs; only the timing is forced.
"""

from __future__ import annotations

import pytest
from chromadb.errors import ChromaError

from assistant.register.load import load_register
from assistant.vectors.build import VectorIndex
from tests.conftest import FULL_REGISTER
from tests.test_chroma_server import FRAUD, build, edited, on, server_client


@pytest.fixture(scope="module")
def register():
    return load_register(FULL_REGISTER)


@pytest.mark.parametrize("answer", ["no rows", "an error"])
def test_a_version_deleted_during_a_query_is_reopened_not_believed(
    answer, register, embedder, chroma_server, monkeypatch
):
    build(register, embedder, chroma_server)
    reader = VectorIndex(on(chroma_server), embedder)
    report = build(edited(register, change=[7], tag=answer), embedder, chroma_server)
    doomed = reader.collection.name

    def deleted_meanwhile(*args, **kwargs):
        server_client(chroma_server).delete_collection(doomed)
        if answer == "an error":
            raise ChromaError("Missing field: [Missing metadata segment]")
        return []

    monkeypatch.setattr(reader.vectorstore, "similarity_search_with_score", deleted_meanwhile)
    assert {m["row_id"] for m, _ in reader.search("détection de la fraude", k=5)} & FRAUD
    assert reader.collection.name == report.store


def test_a_filter_that_matches_nothing_still_answers_nothing(register, embedder, chroma_server):
    build(register, embedder, chroma_server)
    reader = VectorIndex(on(chroma_server), embedder)
    assert reader.search("fraude", k=5, where={"body": "Aucun organisme de ce nom"}) == []
    assert reader.collection.name == VectorIndex(on(chroma_server), embedder).collection.name
