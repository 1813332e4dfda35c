"""The configurations an evaluation compares: our assistant and the naive RAG baseline.

Configurations (`--compare`): `default` (the settings: flags, environment, config file),
`naive` (the LangChain baseline below), or `key=value` pairs separated by commas over the
settings `data`, `index_dir`, `embedder`, `top_k`, `min_score`, `llm`, `model`, `base_url`,
`llm_timeout`, `llm_stream`, `understander` (e.g. `embedder=e5-small,top_k=10`, `naive,embedder=minilm`,
`llm=openai,base_url=http://127.0.0.1:8000/v1,model=my-model`). All run in one process; models
are loaded once. A configuration that changes the embedder or the data file gets its own index
under `artifacts/eval/index/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.evaluation.gold import EvalError
from assistant.language import detect_language
from assistant.settings import LLM_SETTINGS
from assistant.types import Answer, Citation

CONFIG_KEYS = ("data", "index_dir", "embedder", "top_k", "min_score", *LLM_SETTINGS, "understander")
CHROMA_KEYS = ("chroma_host", "chroma_port", "chroma_timeout")  # where the index lives; the same for every configuration
NAIVE_K = 5


class Answerer(Protocol):
    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer: ...


_HOW_MANY = re.compile(r"\b(combien|how many|nombre d|number of)", re.IGNORECASE)
_NAIVE_TEXT = {
    "fr": ("Voici les {n} initiatives du registre ({source}) les plus proches de votre question :",
           "- « {name} » — {body} [{row_id}]"),
    "en": ("Here are the {n} initiatives of the register ({source}) closest to your question:",
           '- "{name}" — {body} [{row_id}]'),
}  # fmt: skip


class NaiveRAG:
    """The textbook RAG baseline: top-k dense retrieval stuffed into a template.

    A LangChain Runnable, `{docs: retriever, question} | format`, over the same Chroma index as
    the assistant. No intent, no filters, no gate, no memory: intent is always "search", and a
    "how many" question gets the number of rows it retrieved (what a naive RAG counts).
    """

    name = "naive"

    def __init__(
        self, vectorstore: Any, k: int = NAIVE_K, *, register: Any = None, embedder: Any = None
    ) -> None:
        from operator import itemgetter

        from langchain_core.runnables import RunnableLambda, RunnableParallel

        self.register, self.embedder = register, embedder  # for the report and the judge
        retriever = vectorstore.as_retriever(search_kwargs={"k": k})
        self.chain = RunnableParallel(
            docs=itemgetter("question") | retriever, question=itemgetter("question")
        ) | RunnableLambda(self._format, name="stuff")

    @staticmethod
    def _format(state: dict[str, Any]) -> Answer:
        question, docs = state["question"], state["docs"]
        language = detect_language(question)
        intro, item = _NAIVE_TEXT[language]
        source = docs[0].metadata.get("source", "") if docs else ""
        citations = [
            Citation(int(d.metadata["row_id"]), str(d.metadata.get("source", "")),
                     str(d.metadata.get("name", "")), str(d.metadata.get("body", "")))
            for d in docs
        ]  # fmt: skip
        lines = [intro.format(n=len(citations), source=source)]
        lines += [item.format(name=c.name, body=c.body, row_id=c.row_id) for c in citations]
        figures = {"count": len(citations)} if _HOW_MANY.search(question) else {}
        return Answer("\n".join(lines), language, "search", citations=citations, figures=figures)

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer:
        return self.chain.invoke({"question": question})


@dataclass
class Configuration:
    name: str
    naive: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)


def parse_configuration(spec: str) -> Configuration:
    """`default`, `naive`, or `key=value,...` (optionally with `naive,`) over CONFIG_KEYS."""
    from assistant.settings import BY_NAME

    config = Configuration(name=spec.strip())
    if spec.strip().endswith(".jsonl"):
        raise EvalError(
            f"--compare {spec!r}: looks like a gold file; put gold files before --compare"
        )
    for part in filter(None, (p.strip() for p in spec.split(","))):
        if part in ("naive", "default"):
            config.naive = config.naive or part == "naive"
            continue
        key, sep, value = part.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in CONFIG_KEYS:
            raise EvalError(
                f"--compare {spec!r}: {part!r} is not a setting; use 'default', 'naive' or "
                f"key=value with key one of {', '.join(CONFIG_KEYS)}"
            )
        try:
            config.overrides[key] = BY_NAME[key].type(value.strip())
        except ValueError:
            raise EvalError(
                f"--compare {spec!r}: {key} must be {BY_NAME[key].type.__name__}"
            ) from None
    if not config.name:
        raise EvalError("--compare: empty configuration")
    return config


class Answerers:
    """Builds the answerer of each configuration, sharing registers, models and indexes."""

    def __init__(self, base: dict[str, Any] | None = None, *, progress: bool = False) -> None:
        from assistant.settings import resolve

        self.base_overrides = {k: v for k, v in (base or {}).items() if v is not None}
        self.base = resolve(self.base_overrides)
        self.progress = progress
        self._assistants: dict[tuple, Any] = {}

    def settings(self, config: Configuration) -> dict[str, Any]:
        from assistant.settings import resolve

        values = resolve({**self.base_overrides, **config.overrides})
        moved = values["embedder"] != self.base["embedder"] or values["data"] != self.base["data"]
        if moved and "index_dir" not in config.overrides:
            slug = re.sub(r"[^\w.-]+", "-", f"{Path(values['data'][-1]).stem}-{values['embedder']}")
            values["index_dir"] = str(Path("artifacts") / "eval" / "index" / slug)
        return values

    def build(self, config: Configuration) -> Answerer:
        from assistant.api import Assistant

        values = self.settings(config)
        key = tuple(tuple(v) if isinstance(v := values[k], list) else v for k in CONFIG_KEYS)
        if config.naive:
            base = next((a for k, a in self._assistants.items() if k[:3] == key[:3]), None)
            if base is not None:
                index, register = base.index, base.register
            else:
                from assistant.register.load import combine, load_registers
                from assistant.vectors.build import open_or_build
                from assistant.vectors.embeddings import get_embedder
                from assistant.vectors.store import store_for

                registers = load_registers(values["data"], values["mapping"])
                register = registers[-1]
                embedder = get_embedder(values["embedder"])
                index, _ = open_or_build(
                    combine(registers), embedder, store_for(values), progress=self.progress
                )
            k = config.overrides.get("top_k", NAIVE_K)
            return NaiveRAG(index.vectorstore, k=k, register=register, embedder=index.embedder)
        if key not in self._assistants:
            self._assistants[key] = Assistant.from_settings(values, progress=self.progress)
        return self._assistants[key]


def loaded_registers(answerer: Any) -> list[Any]:
    """Every file the answerer reads (several with --data 2024 --data 2025), oldest first."""
    registers = getattr(answerer, "registers", None)
    if registers:
        return list(registers)
    register = getattr(answerer, "register", None)
    return [register] if register is not None else []
