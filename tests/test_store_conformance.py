"""What every store promises (an index in a folder, an index on a Chroma server): one suite,
run by each; tests/test_index.py and tests/test_chroma_server*.py cover what only one of them has.

Each test tags its rows' texts with a fresh word, so nothing an earlier test left on the shared
Chroma server can lend it a vector: what a report counts is what this test did.
"""

from __future__ import annotations

import shutil
import uuid

import pytest

from assistant.vectors.build import BuildReport, VectorIndex, build_index, open_or_build
from assistant.vectors.chroma_http import ChromaServer, client
from assistant.vectors.errors import IndexError_
from assistant.vectors.local import LocalStore
from assistant.vectors.server import VERSION_PREFIX, ServerStore
from assistant.vectors.store import Store, open_store, store_for
from tests.test_index import ROWS, FailingEmbedder, changed, write_register


class RenamedEmbedder:
    """The real embedder under another model id: an index "built with another model"."""

    def __init__(self, inner, model_id):
        self.inner, self.model_id = inner, model_id
        self.name, self.batch_size = inner.name, inner.batch_size

    def embed_documents(self, texts):
        return self.inner.embed_documents(texts)


class StoreConformance:
    """Subclasses give a fresh `store`, list its versions and can lose one (as a crash would)."""

    @pytest.fixture
    def store(self) -> Store:
        raise NotImplementedError

    def versions(self, store: Store) -> set[str]:
        raise NotImplementedError

    def lose(self, store: Store, name: str) -> None:
        raise NotImplementedError

    @pytest.fixture
    def rows(self):
        """The test's rows, texts tagged with a word no other test uses."""
        return changed(ROWS, uuid.uuid4().hex[:8])

    def build(self, tmp_path, store, rows, embedder, **kwargs) -> BuildReport:
        register = write_register(tmp_path / "r.csv", rows)  # one file, rewritten: same row ids
        return build_index(register, embedder, store, progress=False, **kwargs)

    def test_a_first_build_embeds_every_row_and_the_same_rows_are_then_up_to_date(
        self, tmp_path, store, rows, embedder
    ):
        before = store.live()  # the shared server may hold an earlier test's index
        first = self.build(tmp_path, store, rows, embedder)
        assert (first.total, first.embedded, first.reused) == (4, 4, 0)
        assert first.removed == (before.size if before else 0), "the earlier rows all left"
        index = VectorIndex(store, embedder)
        assert len(index) == 4 and index.manifest == store.live().record
        assert index.search("forêt LiDAR", k=1)[0][0]["row_id"] == 3
        again = self.build(tmp_path, store, rows, embedder)
        assert again.up_to_date and again.embedded == 0 and again.store == first.store

    def test_only_changed_texts_are_embedded_and_removed_rows_leave(
        self, tmp_path, store, rows, embedder
    ):
        self.build(tmp_path, store, rows, embedder)
        edited = list(rows[:3])
        edited[1] = (*edited[1][:4], f"{edited[1][4]} Évasion fiscale.", edited[1][5])
        report = self.build(tmp_path, store, edited, embedder)
        assert (report.embedded, report.reused, report.removed) == (1, 2, 1)
        index = VectorIndex(store, embedder)
        assert len(index) == 3 and index.search("évasion fiscale", k=1)[0][0]["row_id"] == 2

    def test_vectors_follow_their_text_when_row_ids_shift(self, tmp_path, store, rows, embedder):
        self.build(tmp_path, store, rows, embedder)
        top = ("Nouvelle initiative ajoutée en tête", *rows[0][1:])
        report = self.build(tmp_path, store, [top, *rows], embedder)
        assert (report.total, report.embedded, report.reused) == (5, 1, 4)
        meta, _ = VectorIndex(store, embedder).search("forêt LiDAR", k=1)[0]
        assert meta["row_id"] == 4, "the row moved down one place with its vector"

    def test_the_previous_version_is_kept_and_older_ones_are_removed(
        self, tmp_path, store, rows, embedder
    ):
        names = [self.build(tmp_path, store, changed(rows, tag), embedder).store for tag in "abc"]
        kept = self.versions(store)
        assert {names[1], names[2]} <= kept and names[0] not in kept
        assert store.live().name == names[2]
        assert store.live().record["previous"] == names[1]

    def test_a_failed_build_leaves_the_live_version_and_no_half_built_one(
        self, tmp_path, store, rows, embedder
    ):
        live = self.build(tmp_path, store, rows, embedder).store
        before = self.versions(store)
        with pytest.raises(RuntimeError, match="disk full"):
            self.build(tmp_path, store, changed(rows, "v2"), FailingEmbedder(embedder, 2))
        assert store.live().name == live and self.versions(store) == before
        assert len(VectorIndex(store, embedder)) == 4

    def test_a_reader_keeps_its_version_through_one_build_and_reopens_after_the_next(
        self, tmp_path, store, rows, embedder
    ):
        self.build(tmp_path, store, rows, embedder)
        reader = VectorIndex(store, embedder)  # a running `serve`
        first = reader.version.name
        self.build(tmp_path, store, rows[:3], embedder)
        assert reader.version.name == first and len(reader) == 4, "still on its version"
        self.build(tmp_path, store, rows[:2], embedder)
        hits = reader.search("fraude fiscale", k=5)  # its version is gone: reopened, retried
        assert {m["row_id"] for m, _ in hits} <= {1, 2} and reader.version.name != first
        assert len(reader) == 2

    def test_a_lost_live_version_is_rebuilt_by_open_or_build(self, tmp_path, store, rows, embedder):
        register = write_register(tmp_path / "r.csv", rows)
        build_index(register, embedder, store, progress=False)
        self.lose(store, store.live().name)
        index, report = open_or_build(register, embedder, store, progress=False)
        assert report is not None and report.embedded == 4 and len(index) == 4

    def test_an_index_built_with_another_model_is_refused_with_the_command_that_rebuilds_it(
        self, tmp_path, store, rows, embedder
    ):
        self.build(tmp_path, store, rows, RenamedEmbedder(embedder, "other-model"))
        with pytest.raises(IndexError_, match="built with 'other-model'") as refused:
            VectorIndex(store, embedder)
        assert store.rebuild() in str(refused.value)


class TestLocalStore(StoreConformance):
    @pytest.fixture
    def store(self, tmp_path) -> Store:
        return LocalStore(tmp_path / "index")

    def versions(self, store: Store) -> set[str]:
        return {p.name for p in store.index_dir.glob("store-*") if p.is_dir()}

    def lose(self, store: Store, name: str) -> None:
        shutil.rmtree(store.index_dir / name)


class TestServerStore(StoreConformance):
    @pytest.fixture
    def store(self, chroma_server) -> Store:
        return ServerStore(ChromaServer(chroma_server.host, chroma_server.port))

    def versions(self, store: Store) -> set[str]:
        names = {c.name for c in client(store.server).list_collections()}
        return {name for name in names if name.startswith(VERSION_PREFIX)}

    def lose(self, store: Store, name: str) -> None:
        client(store.server).delete_collection(name)


def test_a_store_is_chosen_from_exactly_one_place(tmp_path):
    server = ChromaServer("127.0.0.1", 8123)
    with pytest.raises(ValueError, match="exactly one of 'index_dir'.*'server'.*got both"):
        open_store(tmp_path, server=server)
    with pytest.raises(ValueError, match="got neither"):
        open_store()
    assert isinstance(open_store(tmp_path), LocalStore)
    assert isinstance(open_store(server=server), ServerStore)


def test_settings_name_a_server_when_chroma_host_is_set_and_the_folder_otherwise(tmp_path):
    values = {
        "index_dir": str(tmp_path),
        "chroma_host": "",
        "chroma_port": 8000,
        "chroma_timeout": 5.0,
    }
    assert store_for(values).label == f"Folder: {tmp_path}"
    on_server = store_for({**values, "chroma_host": "db.local", "chroma_port": "9000"})
    assert on_server.server == ChromaServer("db.local", 9000, 5.0)
    assert on_server.label == "Chroma server: db.local:9000"


def test_a_chroma_server_without_a_host_is_refused_with_the_fix():
    with pytest.raises(ValueError, match="needs a host.*--chroma-host.*index_dir"):
        ChromaServer("")
