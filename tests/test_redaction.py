"""Credentials in a base URL never reach what is printed or logged, and the audit log says the
true reason when it cannot be written."""

from __future__ import annotations

import json
import socket

import pytest

from assistant.audit import AuditError, AuditLog
from assistant.cli import main
from assistant.compose.providers import PROVIDERS, LLMFailure, failure
from assistant.redaction import redact
from tests.conftest import MINI_REGISTER


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("http://user:pa55@127.0.0.1:9/v1", "http://***@127.0.0.1:9/v1"),
        ("cannot connect to https://me@host/v1 now", "cannot connect to https://***@host/v1 now"),
        ("https://h/v1?api_key=abc&model=m", "https://h/v1?api_key=***&model=m"),
        ("https://h/v1?model=m&token=abc#x", "https://h/v1?model=m&token=***#x"),
        ("https://h/v1?x-goog-api-key=abc", "https://h/v1?x-goog-api-key=***"),
        ("http://127.0.0.1:11434 and user@example.org", "http://127.0.0.1:11434 and user@example.org"),
    ],
)
def test_redact_masks_credentials_and_keeps_the_rest(text, shown):
    assert redact(text) == shown


def test_a_failure_never_carries_the_url_credentials():
    url = "http://alice:s3cret@127.0.0.1:9/v1?api_key=k3y"
    problem = failure(ConnectionRefusedError(f"refused {url}"), PROVIDERS["openai"], url, "m", 5.0)
    assert problem.code == "unreachable" and "s3cret" not in problem.reason and "k3y" not in problem.reason
    assert "http://***@127.0.0.1:9/v1?api_key=***" in problem.reason
    assert "s3cret" not in str(LLMFailure("error", f"boom at {url}"))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ask_json_and_the_audit_log_hide_the_base_urls_secrets(tmp_path, capsys):
    url = f"http://alice:s3cret@127.0.0.1:{closed_port()}/v1?api_key=k3y"
    audit = tmp_path / "audit.jsonl"
    code = main(["ask", "--json", "--data", str(MINI_REGISTER), "--index-dir", str(tmp_path / "i"),
                 "--llm", "openai", "--model", "m", "--base-url", url, "--llm-timeout", "2",
                 "--audit-log", str(audit), "Combien d'agents conversationnels ?"])  # fmt: skip
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert code == 0 and payload["composer"]["fallback"].startswith("unreachable: ")
    for text in (out, err, audit.read_text(encoding="utf-8")):
        assert "s3cret" not in text and "k3y" not in text


def test_the_audit_log_error_gives_the_true_reason(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(AuditError, match=r"\(.*a-file is a file, not a folder\)"):
        AuditLog(blocker / "audit.jsonl")
    with pytest.raises(AuditError, match=r"\(it is a folder, not a file\)"):
        AuditLog(tmp_path)
