"""The index: built once, re-embedded only where rows changed, swapped in only when complete."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from assistant.index import MANIFEST, IndexError_, VectorIndex, build_index, open_or_build
from assistant.register import OFFICIAL_HEADERS, RegisterError, load_register

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


def test_unchanged_data_is_not_rebuilt(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    build_index(register, embedder, tmp_path / "index", progress=False)
    again = build_index(register, embedder, tmp_path / "index", progress=False)
    assert again.up_to_date and again.embedded == 0


def test_only_changed_rows_are_re_embedded_and_removed_rows_leave(tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(write_register(tmp_path / "r.csv"), embedder, index_dir, progress=False)
    rows = list(ROWS[:3])
    rows[1] = (*rows[1][:4], "Cibler les dossiers à risque de fraude et d'évasion fiscale.", rows[1][5])
    report = build_index(write_register(tmp_path / "r.csv", rows), embedder, index_dir, progress=False)
    assert (report.embedded, report.reused, report.removed) == (1, 2, 1)
    index = VectorIndex(index_dir, embedder)
    assert len(index) == 3
    top, _ = index.search("évasion fiscale", k=1)[0]
    assert top["row_id"] == 2
    assert len(list(index_dir.glob("store-*"))) == 1, "the old store is removed after the swap"


def test_a_failed_build_leaves_the_previous_index_live(tmp_path, embedder):
    index_dir = tmp_path / "index"
    build_index(write_register(tmp_path / "r.csv"), embedder, index_dir, progress=False)
    before = (index_dir / MANIFEST).read_text()
    changed = [(name + " (v2)", *rest) for name, *rest in ROWS]
    with pytest.raises(RuntimeError, match="disk full"):
        build_index(write_register(tmp_path / "r2.csv", changed), FailingEmbedder(embedder, 2), index_dir, progress=False)
    assert (index_dir / MANIFEST).read_text() == before
    index = VectorIndex(index_dir, embedder)
    assert len(index) == 4 and index.search("fraude", k=1)[0][0]["name"] == ROWS[1][0]
    assert len(list(index_dir.glob("store-*"))) == 1, "the half-built store is cleaned up"


def test_a_deleted_store_is_detected_and_rebuilt(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    index_dir = tmp_path / "index"
    build_index(register, embedder, index_dir, progress=False)
    for store in index_dir.glob("store-*"):
        shutil.rmtree(store)
    index, report = open_or_build(register, embedder, index_dir, progress=False)
    assert report is not None and report.embedded == 4 and len(index) == 4


def test_an_index_built_with_another_model_is_refused_with_a_fix(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    build_index(register, embedder, tmp_path / "index", progress=False)
    manifest = json.loads((tmp_path / "index" / MANIFEST).read_text())
    manifest["embedder"] = "other-model"
    (tmp_path / "index" / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexError_, match="portrait-ia index"):
        VectorIndex(tmp_path / "index", embedder)


def test_a_missing_index_says_how_to_build_it(tmp_path, embedder):
    with pytest.raises(IndexError_, match="portrait-ia index"):
        VectorIndex(tmp_path / "nothing", embedder)


def test_a_bad_data_file_never_touches_a_good_index(tmp_path, embedder):
    from assistant import Assistant

    index_dir = tmp_path / "index"
    write_register(tmp_path / "good.csv")
    Assistant(tmp_path / "good.csv", index_dir=index_dir, embedder=embedder)
    before = (index_dir / MANIFEST).read_text()
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Statut\nx;Solution en production\n", encoding="utf-8")
    with pytest.raises(RegisterError):
        Assistant(bad, index_dir=index_dir, embedder=embedder)
    assert (index_dir / MANIFEST).read_text() == before
    assert Assistant(tmp_path / "good.csv", index_dir=index_dir, embedder=embedder).last_build is None


def test_every_field_and_the_row_id_are_stored_as_metadata(tmp_path, embedder):
    register = write_register(tmp_path / "r.csv")
    build_index(register, embedder, tmp_path / "index", progress=False)
    meta, _ = VectorIndex(tmp_path / "index", embedder).search("forêt LiDAR", k=1)[0]
    assert meta["row_id"] == 3 and meta["source"] == "r.csv"
    for field in ("name", "category", "category_en", "body", "portfolio", "portfolio_en", "benefits", "status", "status_en"):
        assert meta[field] == str(register.row(3)[field])
