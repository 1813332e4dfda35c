"""The audit log (setting `audit_log`): one JSON line per answer or briefing, appended, never
rewritten.

For deployments that must be able to say what was asked, what was answered, from which rows of
which version of the data, and with which configuration. Each record is written with a single
`os.write` on a file opened with O_APPEND, under a lock shared by every writer of that path in
the process: the chat UI answers several sessions at once, and lines must never interleave.
The file is created private (mode 600): it holds the questions people asked.
Secrets never go in: the configuration recorded is the embedder, top_k, min_score, llm and
model names only (no API key, no base URL, which can carry credentials).
"""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.inert import json_safe
from assistant.redaction import redact
from assistant.settings import SettingsError

CONFIG_KEYS = ("embedder", "top_k", "min_score", "llm", "model")


class AuditError(SettingsError):
    """The audit log cannot be written; the message names the file and the fix."""


class AuditLog:
    """Appends JSON records to one file; safe to share between threads."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).expanduser().absolute()
        self._lock = threading.Lock()
        self.check()

    def check(self) -> None:
        """Creates the parent folder and opens the file for appending: a path that cannot be
        written stops start-up with a clear error, instead of failing on the first answer."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            os.close(self._open())
        except OSError as exc:
            raise AuditError(self._problem(exc)) from exc
        except ValueError as exc:  # "embedded null byte": no file can have that name
            raise AuditError(self._problem(exc)) from exc

    def append(self, record: dict[str, Any]) -> None:
        line = (json_safe(redact(json.dumps(record, ensure_ascii=False, default=str))) + "\n").encode("utf-8")
        with self._lock:
            try:
                fd = self._open()
                try:
                    view = memoryview(line)
                    while view:  # one write in practice; the loop only covers short writes
                        view = view[os.write(fd, view) :]
                finally:
                    os.close(fd)
            except OSError as exc:
                raise AuditError(self._problem(exc)) from exc

    def _open(self) -> int:
        return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def _problem(self, exc: OSError | ValueError) -> str:
        return (
            f"cannot write the audit log {self.path} ({self._reason(exc)}). Fix: choose a "
            "writable file with --audit-log PATH (or PORTRAIT_IA_AUDIT_LOG), or leave it empty "
            "to turn the audit log off."
        )

    def _reason(self, exc: OSError | ValueError) -> str:
        """The true reason, where the OS's is misleading (a parent that is a file gives
        "File exists" or "Not a directory")."""
        if isinstance(exc, ValueError):
            return "the path contains a NUL character"
        for parent in self.path.parents:
            if parent.exists():
                if not parent.is_dir():
                    return f"{parent} is a file, not a folder"
                break
        if self.path.is_dir():
            return "it is a folder, not a file"
        if isinstance(exc, PermissionError):
            return "permission denied"
        return exc.strerror or str(exc)


_LOGS: dict[Path, AuditLog] = {}
_LOGS_LOCK = threading.Lock()


def audit_log(path: str | os.PathLike) -> AuditLog:
    """The one `AuditLog` of `path` in this process (so every writer shares its lock)."""
    key = Path(path).expanduser().absolute()
    with _LOGS_LOCK:
        if key not in _LOGS:
            _LOGS[key] = AuditLog(key)
        return _LOGS[key]


def record(
    question: str,
    answer: Any,
    settings: dict[str, Any],
    *,
    seconds: float | None = None,
    embedder: str | None = None,
) -> dict[str, Any]:
    """One audit record: what was asked and answered, from which rows and data, how."""
    config = {key: settings.get(key) for key in CONFIG_KEYS}
    if embedder:  # the model actually used (an Embedder object may have been passed in)
        config["embedder"] = embedder
    composer = getattr(answer, "composer", None)
    return {
        "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "question": question,
        "answer": answer.answer,
        "language": answer.language,
        "intent": answer.intent,
        "citations": [{"source": c.source, "row_id": c.row_id} for c in answer.citations],
        "figures": answer.figures,
        "data": answer.data,
        "config": config,
        **({"composer": dict(composer)} if composer else {}),
        **({"seconds": round(seconds, 4)} if seconds is not None else {}),
    }


def briefing_record(
    topic: str,
    briefing: Any,
    settings: dict[str, Any],
    *,
    fmt: str,
    files: list[str],
    data: list[dict[str, Any]],
    seconds: float | None = None,
    embedder: str | None = None,
) -> dict[str, Any]:
    """One audit record for a briefing note: what was asked for, which rows it counts and cites,
    from which data, written to which file(s), and how (`"kind": "briefing"` tells it apart)."""
    config = {key: settings.get(key) for key in CONFIG_KEYS}
    if embedder:
        config["embedder"] = embedder
    return {
        "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "kind": "briefing",
        "topic": topic,
        "title": briefing.title,
        "language": briefing.language,
        "format": fmt,
        "files": files,
        "count": briefing.count,
        "citations": [{"source": briefing.source, "row_id": int(r)} for r in briefing.row_ids],
        "figures": {"key_figures": [{"label": k.label, "count": k.count} for k in briefing.key_figures]},
        "data": {"files": data},
        "config": config,
        "composer": dict(briefing.composer or {}),
        **({"seconds": round(seconds, 4)} if seconds is not None else {}),
    }


def briefed(
    assistant: Any, topic: str, briefing: Any, fmt: str, files: list[Any], seconds: float | None = None
) -> None:
    """Appends the briefing's record to the audit log, when `assistant.settings` sets one (the
    `brief` command, the UI's Briefing tab and its /brief API all call this)."""
    settings = getattr(assistant, "settings", None) or {}
    if not settings.get("audit_log"):
        return
    registers = list(getattr(assistant, "registers", None) or [assistant.register])
    data = [
        {"source": r.source, "sha256": r.sha256, "rows": len(r), "year": getattr(r, "year", None)}
        for r in registers
        if r.source == briefing.source
    ]
    embedder = getattr(getattr(assistant, "embedder", None), "model_id", None)
    audit_log(settings["audit_log"]).append(
        briefing_record(
            topic, briefing, settings, fmt=fmt, files=[str(f) for f in files], data=data,
            seconds=seconds, embedder=embedder,
        )  # fmt: skip
    )
