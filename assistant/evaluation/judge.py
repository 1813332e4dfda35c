"""Optional LLM-as-judge: faithfulness and relevance of answers, only with `--judge`.

Never needed: every primary metric is deterministic (eval_score.py). The judge is any LangChain
chat model, asked once per case; its failures are reported, never fatal.
"""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.evaluation.gold import EvalError
from assistant.types import Answer, Citation

JUDGE_PROMPT = """You grade an answer given by an assistant over a public register of AI \
initiatives. Judge each numbered sentence of the answer: is it supported by the register rows \
below (true) or not (false)? Then rate how well the answer addresses the question, from 0 (not \
at all) to 1 (fully).

Question: {question}

Answer sentences:
{sentences}

Register rows cited by the answer:
{rows}

Reply with JSON only: {{"supported": [true or false for each sentence, in order], "relevance": a number from 0 to 1}}"""


def load_judge_model(spec: str) -> Any:
    """A LangChain chat model from `PROVIDER:MODEL` (its LangChain package and key must be set)."""
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(spec, temperature=0)
    except Exception as exc:  # missing package, unknown provider, missing key: one clear line
        raise EvalError(
            f"--judge {spec!r}: {exc}. Give PROVIDER:MODEL (e.g. openai:gpt-4o-mini, "
            "ollama:llama3.1, cohere:command-r) with the provider's LangChain package installed "
            "and its API key set."
        ) from None


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?:;])\s+|\n+", text)
    return [p.strip() for p in parts if len(p.strip()) > 2]


class Judge:
    """Faithfulness (share of the answer's sentences supported by its cited rows) and answer
    relevance (0-1), asked of any LangChain chat model; one call per case."""

    def __init__(self, model: Any, registers: Any = None) -> None:
        self.model = model
        # One register or several files: a citation's row is read from the file it names.
        self.registers = list(registers) if isinstance(registers, (list, tuple)) else [r for r in [registers] if r is not None]

    def _row(self, citation: Citation) -> str:
        for register in self.registers:
            if register.source != citation.source and len(self.registers) > 1:
                continue
            try:
                row = register.row(citation.row_id)
                return (f"[{citation.row_id}] {row['name']} | {row['body']} | {row['category']} | "
                        f"{row['status']} | {row['portfolio']} | {row['benefits']}")  # fmt: skip
            except KeyError:
                pass
        return f"[{citation.row_id}] {citation.name} | {citation.body}"

    def assess(self, question: str, answer: Answer) -> dict[str, Any]:
        sentences = split_sentences(answer.answer)
        prompt = JUDGE_PROMPT.format(
            question=question,
            sentences="\n".join(f"{i}. {s}" for i, s in enumerate(sentences, start=1)),
            rows="\n".join(self._row(c) for c in answer.citations) or "(none)",
        )
        reply = self.model.invoke(prompt)
        content = getattr(reply, "content", reply)
        match = re.search(r"\{.*\}", content if isinstance(content, str) else str(content), re.S)
        try:
            data = json.loads(match.group(0)) if match else None
            supported = [bool(s) for s in data["supported"]]
            relevance = min(1.0, max(0.0, float(data["relevance"])))
        except (ValueError, TypeError, KeyError):
            return {"error": f"unreadable judge reply: {str(content)[:120]!r}"}
        unsupported = [s for s, ok in zip(sentences, supported, strict=False) if not ok]
        return {
            "faithfulness": round(sum(supported) / len(supported), 4) if supported else None,
            "relevance": round(relevance, 4),
            "unsupported": unsupported[:5],
        }
