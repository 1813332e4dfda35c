"""The audit log records briefings like answers, and says the true reason when it cannot be written.

Issue 17: briefings were not audited (an operator could not say which note was produced from
which rows of which data); the error for an unwritable audit path gave a wrong reason.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from assistant.audit import AuditError, AuditLog
from assistant.cli import main
from tests.conftest import MINI_REGISTER

SHA256 = hashlib.sha256(MINI_REGISTER.read_bytes()).hexdigest()


def records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    "topic",
    ["Briefing sur Retraite Québec", "agents conversationnels pour répondre aux citoyens"],
    ids=["filters only", "with a topic"],
)
def test_the_brief_command_records_the_briefing_in_the_audit_log(tmp_path, capsys, topic):
    audit, out = tmp_path / "audit.jsonl", tmp_path / "note.md"
    argv = ["brief", topic, "--out", str(out), "--data", str(MINI_REGISTER), "--embedder", "demo",
            "--index-dir", str(tmp_path / "index"), "--audit-log", str(audit)]  # fmt: skip
    assert main(argv) == 0, capsys.readouterr().err
    (record,) = records(audit)  # was: no file at all
    assert record["kind"] == "briefing" and record["topic"] == topic and record["format"] == "md"
    assert record["files"][0] == str(out.absolute())
    assert record["count"] == len(record["citations"]) > 0
    assert {c["source"] for c in record["citations"]} == {MINI_REGISTER.name}
    assert record["data"]["files"][0]["sha256"] == SHA256
    assert record["config"]["embedder"] == "demo" and "seconds" in record
    assert record["title"] and record["language"] == "fr"


def test_the_brief_command_stops_at_once_on_an_unwritable_audit_log(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    argv = ["brief", "Portrait complet", "--out", str(tmp_path / "n.md"), "--data", str(MINI_REGISTER),
            "--audit-log", str(tmp_path / "file" / "audit.jsonl")]  # fmt: skip
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'file'} is a file, not a folder" in err and "--audit-log" in err
    assert not (tmp_path / "n.md").exists(), "nothing written before the audit log is known to work"


def test_the_ui_briefing_route_records_the_briefing(tmp_path):
    from assistant import Assistant
    from assistant.ui.briefing_tab import make_briefing_file
    from assistant.ui.downloads import BriefingFiles
    from assistant.vectors.embeddings import get_embedder

    assistant = Assistant(MINI_REGISTER, index_dir=tmp_path / "index", embedder=get_embedder("demo"))
    assistant.settings["audit_log"] = str(tmp_path / "audit.jsonl")
    path, _ = make_briefing_file(assistant, "Briefing on Retraite Québec", "html", files=BriefingFiles())
    (record,) = records(tmp_path / "audit.jsonl")
    assert record["kind"] == "briefing" and record["files"] == [path] and record["format"] == "html"
    assert record["language"] == "en" and record["citations"]


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        (lambda t: t / "file" / "audit.jsonl", "{t}/file is a file, not a folder"),
        (lambda t: t / "file" / "deeper" / "audit.jsonl", "{t}/file is a file, not a folder"),
        (lambda t: t / "folder", "it is a folder, not a file"),
        (lambda t: t / "nul\0.jsonl", "the path contains a NUL character"),
    ],
    ids=["parent is a file", "ancestor is a file", "a folder", "NUL"],
)
def test_an_unwritable_audit_log_says_the_true_reason(tmp_path, where, reason):
    (tmp_path / "file").write_text("x")
    (tmp_path / "folder").mkdir()
    with pytest.raises(AuditError) as error:
        AuditLog(where(tmp_path))
    assert f"({reason.format(t=tmp_path)})" in str(error.value)
    assert "--audit-log PATH" in str(error.value)


def test_a_full_disk_is_named_when_a_record_cannot_be_appended():
    log = AuditLog("/dev/full")  # opens fine, every write fails with ENOSPC
    with pytest.raises(AuditError, match=r"cannot write the audit log /dev/full \(No space left on device\)"):
        log.append({"question": "x"})
