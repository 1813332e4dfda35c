"""The index in a folder: its manifest, its store folders, and readers and builders sharing them
across threads and processes. What every store promises (incremental builds, the swap, readers
surviving builds) is in tests/test_store_conformance.py, run for this store and the server."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import threading
from pathlib import Path

import pytest

from assistant.register.load import OFFICIAL_HEADERS, RegisterError, load_register
from assistant.vectors.build import (
    BUILDING,
    MANIFEST,
    IndexError_,
    VectorIndex,
    build_index,
    document_text,
    open_or_build,
)
from assistant.vectors.local import forget

ROWS = [
    ("Agent conversationnel pour répondre aux citoyens", "Assistant/agent conversationnel", "Retraite Québec", "Finances", "Réponses 24/7 aux questions sur les rentes.", "Solution en production"),
    ("Détection de la fraude fiscale", "Aide à la décision, planification et/ou prédiction", "Agence du revenu du Québec", "Finances", "Cibler les dossiers à risque de fraude.", "Développement de la solution"),
    ("Inventaire forestier par LiDAR", "Gestion géomatique et géospatiale", "Ministère des Ressources naturelles et des Forêts", "Ressources naturelles et Forêts", "Cartographier les peuplements forestiers.", "Solution en production"),
    ("Triage des patients à l'urgence", "Aide à la décision, planification et/ou prédiction", "CHUM", "Santé et Services sociaux (Réseau)", "Prioriser les cas urgents.", "Information indisponible"),
]


def write_register(path, rows=ROWS):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(OFFICIAL_HEADERS[k] for k in ("name", "category", "body", "portfolio", "benefits", "status"))
        writer.writerows(rows)
    return load_register(path)


class FailingEmbedder:
    """Wraps a real embedder and fails after `after` documents: a build interrupted half-way."""

    def __init__(self, inner, after):
        self.inner, self.after, self.seen = inner, after, 0
        self.name, self.batch_size = inner.name, 1

    @property
    def model_id(self):
        return self.inner.model_id

    def embed_documents(self, texts):
        self.seen += len(texts)
        if self.seen > self.after:
            raise RuntimeError("disk full")
        return self.inner.embed_documents(texts)


def test_first_build_embeds_every_row_and_writes_a_manifest(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    report = build_index(register, embedder, tmp_path / "index", progress=False)
    assert (report.total, report.embedded, report.reused) == (4, 4, 0)
    manifest = json.loads((tmp_path / "index" / MANIFEST).read_text())
    assert manifest["embedder"] == embedder.model_id
    assert len(manifest["rows"]) == 4 and manifest["source"] == "r.csv"
    assert len(VectorIndex(tmp_path / "index", embedder)) == 4












def test_a_missing_index_says_how_to_build_it(tmp_path, embedder):
    with pytest.raises(IndexError_, match="portrait-ia index"):
        VectorIndex(tmp_path / "nothing", embedder)


def test_a_bad_data_file_never_touches_a_good_index(tmp_path, embedder):
    from assistant import Assistant

    index_dir = tmp_path / "index"
    write_register(tmp_path / "good.csv")
    Assistant(tmp_path / "good.csv", index_dir=index_dir, embedder=embedder).index.ensure()  # built on first need
    before = (index_dir / MANIFEST).read_text()
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Statut\nx;Solution en production\n", encoding="utf-8")
    with pytest.raises(RegisterError):
        Assistant(bad, index_dir=index_dir, embedder=embedder)
    assert (index_dir / MANIFEST).read_text() == before
    assert Assistant(tmp_path / "good.csv", index_dir=index_dir, embedder=embedder).build_report is None


def test_every_field_and_the_row_id_are_stored_as_metadata(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    build_index(register, embedder, tmp_path / "index", progress=False)
    meta, _ = VectorIndex(tmp_path / "index", embedder).search("forêt LiDAR", k=1)[0]
    assert meta["row_id"] == 3 and meta["source"] == "r.csv"
    for field in ("name", "category", "category_en", "body", "portfolio", "portfolio_en", "benefits", "status", "status_en"):
        assert meta[field] == str(register.row(3)[field])


def changed(rows, tag):
    """The same rows with `tag` appended to every benefits text: every row must be re-embedded."""
    return [(*r[:4], f"{r[4]} {tag}", r[5]) for r in rows]






def test_a_store_deleted_by_another_process_under_a_reader_is_recovered(tmp_path, embedder):
    index_dir = tmp_path / "index"
    register = write_register(tmp_path / "r.csv")
    build_index(register, embedder, index_dir, progress=False)
    reader = VectorIndex(index_dir, embedder)
    build_index(write_register(tmp_path / "r.csv", changed(ROWS, "v2")), embedder, index_dir, progress=False)
    shutil.rmtree(index_dir / reader.manifest["store"])  # no _forget: another process did it
    assert reader.search("forêt LiDAR", k=1)[0][0]["row_id"] == 3
    assert "v2" in reader.search("forêt LiDAR", k=1)[0][0]["benefits"]


def test_a_store_another_build_is_writing_is_not_removed(tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(write_register(tmp_path / "r.csv"), embedder, index_dir, progress=False)
    in_progress = index_dir / "store-20000101000000-other"
    in_progress.mkdir()
    (index_dir / f"{in_progress.name}{BUILDING}").touch()
    for tag in ("v2", "v3"):
        build_index(write_register(tmp_path / "r.csv", changed(ROWS, tag)), embedder, index_dir, progress=False)
    assert in_progress.is_dir(), "another process's half-written store survives"


def test_queries_during_a_rebuild_in_another_thread_never_fail(tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(write_register(tmp_path / "r.csv"), embedder, index_dir, progress=False)
    reader = VectorIndex(index_dir, embedder)
    errors, counts, done = [], set(), threading.Event()

    def query():
        while not done.is_set():
            try:
                counts.add(len(reader.search("fraude", k=10)))
                counts.add(len(VectorIndex(index_dir, embedder)))
            except Exception as exc:  # the test is that there is none
                errors.append(exc)
                return

    thread = threading.Thread(target=query)
    thread.start()
    try:
        for n, tag in enumerate(("v2", "v3", "v4")):
            rows = changed(ROWS, tag)[: 3 - n % 2]
            build_index(write_register(tmp_path / f"r{n}.csv", rows), embedder, index_dir, progress=False)
    finally:
        done.set()
        thread.join()
    assert not errors, errors
    assert counts <= {2, 3, 4} and counts


def test_a_corrupted_store_is_detected_and_rebuilt(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    index_dir = tmp_path / "index"
    build_index(register, embedder, index_dir, progress=False)
    store = json.loads((index_dir / MANIFEST).read_text())["store"]
    forget(index_dir / store)  # as in a fresh process
    (index_dir / store / "chroma.sqlite3").write_bytes(b"not a database" * 100)
    index, report = open_or_build(register, embedder, index_dir, progress=False)
    assert report is not None and report.embedded == 4 and len(index) == 4
    assert index.manifest["store"] != store


def test_a_garbled_manifest_or_a_deleted_folder_is_rebuilt(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    index_dir = tmp_path / "index"
    build_index(register, embedder, index_dir, progress=False)
    (index_dir / MANIFEST).write_text("{ half a manifest", encoding="utf-8")
    index, report = open_or_build(register, embedder, index_dir, progress=False)
    assert report is not None and report.embedded == 4 and len(index) == 4
    shutil.rmtree(index_dir)
    index, report = open_or_build(register, embedder, index_dir, progress=False)
    assert report is not None and report.embedded == 4 and len(index) == 4


def test_rows_of_a_combined_register_keep_their_own_file(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    df = register.df.copy()
    df["source"] = ["a.csv", "a.csv", "b.csv", "b.csv"]
    combined = dataclasses.replace(register, df=df, source="a.csv + b.csv")
    build_index(combined, embedder, tmp_path / "index", progress=False)
    manifest = json.loads((tmp_path / "index" / MANIFEST).read_text())
    assert manifest["sources"] == ["a.csv", "b.csv"]
    assert sorted(manifest["rows"]) == ["a.csv#1", "a.csv#2", "b.csv#3", "b.csv#4"]
    meta, _ = VectorIndex(tmp_path / "index", embedder).search("forêt LiDAR", k=1)[0]
    assert meta["source"] == "b.csv" and meta["row_id"] == 3




def test_texts_two_files_share_are_embedded_once(embedder, tmp_path):
    from assistant.register.load import combine, load_registers

    data = Path(__file__).resolve().parent.parent / "data"
    registers = load_registers([data / "portrait-ia-2024.csv", data / "portrait-ia-2025.csv"])
    report = build_index(combine(registers), embedder, tmp_path / "index", progress=False)
    texts = {document_text(row) for r in registers for row in r.df.to_dict("records")}
    assert report.total == 426 and report.embedded == len(texts) < 426
    index = VectorIndex(tmp_path / "index", embedder)
    assert len(index) == 426
