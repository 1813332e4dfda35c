"""The service log (logger `portrait_ia`): one line per answer, without the question by default.

A line says how long the answer took, what was understood (intent, language), how many rows it
cites, which composer wrote it and why it fell back, so an operator can watch a deployment
without reading what people ask. The question text is added only when `log_questions` is on.
`setup` and `warn_composer` are what the commands say before the first answer;
`answered` is the single place every answer goes through (`Assistant.ask`/`stream`, the UI's
re-run plans): it fills `Answer.data`, writes the log line and, when `audit_log` is set, the
audit record.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

from assistant.inert import json_safe
from assistant.types import Answer, data_files

LOGGER_NAME = "portrait_ia"
log = logging.getLogger(LOGGER_NAME)
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Stderr(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is at the time (tests and tools replace it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def configure(level: int = logging.INFO) -> logging.Logger:
    """Sends the `portrait_ia` log to stderr (once; called by serve, ask and chat). Without
    it the logger stays silent below warnings, as a library's should."""
    if not any(isinstance(h, _Stderr) for h in log.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(handler)
    log.setLevel(level)
    return log


def setup(values: dict[str, Any]) -> None:
    """What serve, ask and chat do first: the log on stderr, and an audit log that cannot be
    written stops the command now (a clear error) rather than at the first answer."""
    configure()
    if values.get("audit_log"):
        from assistant.audit import audit_log

        audit_log(values["audit_log"])


def warn_composer(assistant: Any, command: str) -> None:
    """A configured language model that cannot work (no key, no package), found without a
    network call: said once at start by ask, chat and serve; answers still come, from the
    extractive composer."""
    problem = getattr(assistant.composer, "problem", None)
    if problem is not None:
        print(f"portrait-ia {command}: warning: --llm {assistant.settings['llm']}: {problem.detail}; "
              "answers use the extractive composer", file=sys.stderr)  # fmt: skip


def answer_line(answer: Answer, seconds: float, question: str | None = None) -> str:
    """`answer seconds=0.052 intent=count language=fr rows=3 composer=extractive fallback=-`,
    plus `question="…"` (JSON-quoted: a newline in a question cannot forge a log line)."""
    composer = getattr(answer, "composer", None) or {}
    fallback = composer.get("fallback") or "-"
    parts = [
        "answer",
        f"seconds={seconds:.3f}",
        f"intent={answer.intent}",
        f"language={answer.language}",
        f"rows={len(answer.citations)}",
        f"composer={composer.get('name', 'extractive')}",
        f"fallback={fallback.split(':', 1)[0]}",
    ]
    if question is not None:
        parts.append("question=" + json_safe(json.dumps(question, ensure_ascii=False)))
    return " ".join(parts)


def registers_of(assistant: Any) -> list[Any]:
    """`assistant.registers` when several files are loaded, else `[assistant.register]`."""
    return list(getattr(assistant, "registers", None) or [assistant.register])


def answered(assistant: Any, question: str, answer: Answer, started: float) -> Answer:
    """Fills `answer.data`, logs the answer, appends the audit record; returns `answer`."""
    seconds = time.perf_counter() - started
    answer.data = data_files(registers_of(assistant), answer)
    settings = getattr(assistant, "settings", {}) or {}
    log.info(answer_line(answer, seconds, question if settings.get("log_questions") else None))
    if settings.get("audit_log"):
        from assistant.audit import audit_log, record

        embedder = getattr(getattr(assistant, "embedder", None), "model_id", None)
        audit_log(settings["audit_log"]).append(
            record(question, answer, settings, seconds=seconds, embedder=embedder)
        )
    return answer
