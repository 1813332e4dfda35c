"""The README is the user's manual: what it documents must match the code."""

from __future__ import annotations

import re

from assistant import settings
from assistant.cli import COMMAND_SETTINGS, build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_settings_table_is_generated_from_the_code():
    block = re.search(r"<!-- settings-table.*?-->\n(.*?)\n<!-- /settings-table -->", README, re.S)
    assert block, "README lost its settings table markers"
    assert block.group(1).strip() == settings.markdown_table().strip(), (
        "README settings table is stale: paste assistant.settings.markdown_table()"
    )


def test_every_command_is_documented():
    for command in COMMAND_SETTINGS:
        assert f"portrait-ia {command}" in README
    assert "ask --json" in README
    build_parser()  # the documented commands exist


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and "make test" in README and "make run" in README


def test_json_contract_keys_are_documented():
    for key in ("answer", "language", "intent", "citations", "figures", "row_id", "source"):
        assert f'"{key}"' in README
