"""`Assistant`: the Python API every surface uses (CLI, UI, evaluation).

It loads the register and opens (or builds) the index once; `ask` is then cheap.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from .answer import Answer
from .chain import build_chain
from .compose import ExtractiveComposer
from .embeddings import Embedder, get_embedder
from .execute import Executor
from .index import BuildReport, open_or_build
from .llm import LLMComposer, build_composer
from .register import Register, load_register
from .retrieve import Gate, HybridRetriever, default_gate
from .settings import resolve
from .understand import Understander


class Assistant:
    """Answers questions about a register, citing its rows.

    Keyword arguments override the settings (flags/env/config, see README): `data` (register
    file), `index_dir`, `embedder` (name or an `Embedder`), `composer`, `top_k`, `min_score`,
    and the language-model settings `llm`, `model`, `base_url`, `llm_timeout`, `llm_stream`
    (used when no `composer` is given: `llm` other than none builds an `LLMComposer`).
    """

    def __init__(
        self,
        data: str | os.PathLike | Sequence[str | os.PathLike] | None = None,
        *,
        index_dir: str | os.PathLike | None = None,
        embedder: str | Embedder | None = None,
        composer: ExtractiveComposer | LLMComposer | None = None,
        top_k: int | None = None,
        min_score: float | None = None,
        progress: bool = False,
        llm: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        llm_timeout: float | None = None,
        llm_stream: bool | None = None,
    ) -> None:
        settings = resolve(
            {
                "data": _paths(data),
                "index_dir": str(index_dir) if index_dir is not None else None,
                "embedder": embedder if isinstance(embedder, str) else None,
                "top_k": top_k,
                "min_score": min_score,
                "llm": llm,
                "model": model,
                "base_url": base_url,
                "llm_timeout": llm_timeout,
                "llm_stream": llm_stream,
            }
        )
        # The composer is chosen (and its prompts read) before anything slow: a bad `llm`
        # setting stops here. No language-model client is built until an answer needs one.
        composer = composer or build_composer(settings)
        self.settings = settings
        # The register is loaded and validated before the index is touched: a bad file stops here.
        self.register: Register = load_register(_single(settings["data"]))
        self.embedder = embedder if isinstance(embedder, Embedder) else get_embedder(settings["embedder"])
        self.index, self.build_report = open_or_build(
            self.register, self.embedder, settings["index_dir"], progress=progress
        )
        gate = default_gate(self.embedder.name)
        if settings["min_score"] >= 0:
            gate = Gate(strong=settings["min_score"], weak=min(gate.weak, settings["min_score"]))
        self.retriever = HybridRetriever.from_register(self.register, self.index, gate, k=settings["top_k"])
        self.composer = composer
        self.understander = Understander(self.register)
        self.executor = Executor(self.register, self.retriever)
        understand = self.understander
        if isinstance(composer, LLMComposer):  # optional: model-rewritten follow-up questions
            understand = composer.follow_up(self.understander)
        self._understand = understand
        self.chain = build_chain(understand, self.executor, self.composer)

    def ask(self, question: str, history: list[Any] | None = None) -> Answer:
        """Answers `question` in its language; `history` (previous turns) is accepted for
        conversations and used by follow-up understanding when available."""
        return self.chain.invoke({"question": question, "history": history or []})

    def stream(self, question: str, history: list[Any] | None = None) -> Iterator[str | Answer]:
        """Like `ask`, for a UI that shows text as a model writes it: yields unchecked draft
        pieces (only when the composer streams), then the checked `Answer`, which replaces them."""
        plan = self._understand(question, history or [])
        evidence = self.executor(plan)
        if hasattr(self.composer, "stream"):
            yield from self.composer.stream(plan, evidence)
        else:
            yield self.composer.compose(plan, evidence)

    @property
    def last_build(self) -> BuildReport | None:
        return self.build_report


def _paths(data: Any) -> list[str] | None:
    if data is None:
        return None
    if isinstance(data, (str, os.PathLike)):
        return [os.fspath(data)]
    return [os.fspath(d) for d in data]


def _single(paths: list[str]) -> str:
    if len(paths) > 1:
        from .register import RegisterError

        raise RegisterError(
            f"{len(paths)} data files given; this build answers from one. Fix: pass one --data.",
            path=paths[-1],
        )
    return paths[0]
