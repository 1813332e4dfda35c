"""The JSON that people print or tail (`ask --json`, the audit log, the service log's question)
holds no control a terminal obeys: JSON writes C0 controls (ESC) as \\u escapes, and the C1 ones
(U+009B starts a sequence as ESC [ does) and DEL are written so too. The values read back are
exactly the question and the row as written."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from assistant.cli import main
from tests.conftest import MINI_REGISTER

C1 = "\x9b31mROUGE\x9b0m"
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # any but the line's newline


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("planted-json")
    rows = list(csv.reader(io.StringIO(MINI_REGISTER.read_text(encoding="utf-8-sig")), delimiter=";"))
    first = rows[1]
    rows.append([f"Agent {C1} \x1b[2J\x7f", first[1], "Organisme piégé", first[3], "Voir", first[5]])
    path = folder / "planted.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def test_ask_json_audit_log_and_service_log_hold_no_raw_control(planted, tmp_path, capsys):
    audit = tmp_path / "audit.jsonl"
    question = f"Liste les initiatives de l'Organisme piégé {C1} ?"
    code = main(["ask", "--json", "--data", str(planted), "--index-dir", str(tmp_path / "i"), "--embedder", "demo",
                 "--audit-log", str(audit), "--log-questions", "yes", question])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    for printed in (out.rstrip("\n"), audit.read_text(encoding="utf-8").rstrip("\n")):
        assert RAW_CONTROL.findall(printed) == []
    logged = [line for line in err.splitlines() if "question=" in line]
    assert logged and RAW_CONTROL.findall("\n".join(logged)) == []
    answer, record = json.loads(out), json.loads(audit.read_text(encoding="utf-8"))
    assert any(C1 in c["name"] for c in answer["citations"])  # the row, as written
    assert record["question"] == question and record["answer"] == answer["answer"]
    assert json.loads(logged[0].split("question=", 1)[1]) == question
