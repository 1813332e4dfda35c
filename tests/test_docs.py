"""The README is the front door and docs/ the manual: what they say must match the code.

Generated parts (settings table, CLI help, performance tables) are compared with what
scripts/write_docs.py writes; links, module paths and the package tree are checked against the
files; the front door stays short and links every page.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest

from assistant import settings
from assistant.cli import build_parser
from tests.conftest import ROOT

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [README, *DOCS, ROOT / "data" / "README.md", ROOT / "index" / "README.md"]
MAX_README_BYTES = 12 * 1024
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _write_docs():
    spec = importlib.util.spec_from_file_location("write_docs", ROOT / "scripts" / "write_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _section(text: str, heading: str) -> str:
    """The body of a `## heading` section, up to the next heading of the same level."""
    assert f"\n## {heading}\n" in text, f"missing section '## {heading}'"
    return text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = "".join(c for c in text if c in " -" or unicodedata.category(c)[0] in "LN")
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    headings = re.findall(r"^#{1,6} (.+)$", FENCE.sub("", _text(path)), re.M)
    return {_slug(h) for h in headings}


# --- the front door ----------------------------------------------------------------------------


def test_readme_is_read_in_five_minutes():
    size = len(README.read_bytes())
    assert size <= MAX_README_BYTES, (
        f"README.md is {size} bytes, over {MAX_README_BYTES}: move the detail to a page of docs/"
    )


def test_readme_links_every_page_of_the_manual():
    readme = _text(README)
    missing = [p.name for p in DOCS if f"](docs/{p.name}" not in readme]
    assert not missing, (
        f"README.md does not link docs/{', docs/'.join(missing)}: add it to 'The manual'"
    )


def test_readme_has_the_two_commands_ci_runs():
    ci = _text(ROOT / ".ci" / "run")
    readme = _text(README)
    assert "make test" in ci and "make test" in readme and "make run" in readme


def test_every_command_is_documented():
    readme = _text(README)
    missing = [c for c in _commands() if f"portrait-ia {c}" not in readme]
    assert not missing, f"README.md names no `portrait-ia {missing[0]}`: add it to 'Interfaces…'"
    assert "ask --json" in readme


@pytest.mark.parametrize("page", [README, ROOT / "docs" / "usage.md"], ids=lambda p: p.name)
def test_json_contract_keys_are_documented(page):
    text = _text(page)
    for key in ("answer", "language", "intent", "citations", "figures", "row_id", "source", "data"):
        assert f'"{key}"' in text, f"{page.name} does not document the JSON key {key!r}"


# --- generated parts ---------------------------------------------------------------------------


@pytest.mark.parametrize("page", [README, *DOCS], ids=lambda p: p.name)
def test_generated_parts_are_current(page):
    text = _text(page)
    assert _write_docs().render(text, page.name) == text, (
        f"{page.relative_to(ROOT)} is stale: run `.venv/bin/python scripts/write_docs.py`"
    )


def test_every_generated_part_is_on_a_page():
    used = {
        name
        for p in [README, *DOCS]
        for name in re.findall(r"<!-- generated: ([\w-]+) -->", _text(p))
    }
    assert set(_write_docs().SECTIONS) <= used, (
        f"not on any page: {set(_write_docs().SECTIONS) - used}"
    )


def test_settings_table_is_generated_from_the_code():
    page = _text(ROOT / "docs" / "configuration.md")
    block = re.search(
        r"<!-- generated: settings-table -->\n(.*?)\n<!-- /generated: settings-table -->",
        page,
        re.S,
    )
    assert block, "docs/configuration.md lost its settings table markers"
    assert block.group(1).strip() == settings.markdown_table().strip()
    for s in settings.SETTINGS:
        assert f"`{s.name}`" in block.group(1) and s.env in block.group(1)


def test_stale_parts_are_found():
    """The check must be able to fail: a wrong figure inside a generated part is rewritten."""
    page = _text(ROOT / "docs" / "performance.md")
    tampered = page.replace("| **all** | 573 |", "| **all** | 574 |", 1)
    assert tampered != page
    assert _write_docs().render(tampered) == page


# --- links, paths, the package tree -------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page):
    broken = []
    for target in LINK.findall(FENCE.sub("", _text(page))):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        path_part, _, anchor = target.partition("#")
        linked = (page.parent / path_part).resolve() if path_part else page
        if not linked.exists():
            broken.append(target)
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(target)
    assert not broken, f"{page.relative_to(ROOT)}: links that lead nowhere: {broken}"


CODE_PATH = re.compile(
    r"(?<![\w/.-])((?:assistant|scripts|bench|tests|prompts|data)/[\w./-]*[\w/])(?![<{*\w])"
)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_paths_named_in_the_docs_exist(page):
    """Module paths are today's (assistant/register/wording.py, not assistant/wording.py)."""
    named = set(CODE_PATH.findall(re.sub(r"https?://\S+", "", _text(page))))
    checked = [
        p
        for p in named
        if p.startswith("assistant/")
        or Path(p).suffix in (".py", ".toml", ".md", ".json", ".jsonl")
    ]
    missing = sorted(p for p in checked if not (ROOT / p).exists())
    assert not missing, f"{page.relative_to(ROOT)} names files that do not exist: {missing}"


def _package_tree() -> set[str]:
    page = _text(ROOT / "docs" / "architecture.md")
    block = page.split("<!-- package-tree", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    listed, parents = set(), []
    for line in block.splitlines():
        name = line.strip().split()[0]
        depth = (len(line) - len(line.lstrip())) // 2
        parents = parents[:depth] + [name.rstrip("/")]
        listed.add("/".join(parents) + ("/" if name.endswith("/") else ""))
    return listed


def test_architecture_lists_every_module():
    listed = _package_tree()
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "assistant").rglob("*.py")}
    assert modules - listed == set(), (
        f"docs/architecture.md does not list {sorted(modules - listed)}"
    )
    gone = sorted(p for p in listed if not (ROOT / p).exists())
    assert not gone, f"docs/architecture.md lists what no longer exists: {gone}"


# --- what a reader of the manual must find -----------------------------------------------------


def test_deployment_documents_the_safe_defaults():
    section = _section(_text(ROOT / "docs" / "deployment.md"), "Safe defaults")
    for phrase in ("--auth", "127.0.0.1", "log_questions", "audit_log", "sha256", "max_file_size"):
        assert phrase in section, phrase


def test_every_setting_is_explained_on_a_page():
    """Beyond the table: each setting is named on the page that explains it."""
    pages = "\n".join(_text(p) for p in DOCS if p.name != "configuration.md")
    unexplained = [
        s.name for s in settings.SETTINGS if f"`{s.name}`" not in pages and s.flag not in pages
    ]
    assert not unexplained, f"no page of docs/ explains {unexplained}"


HASH = re.compile(
    r"(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)([0-9a-f]{7,10}|[0-9a-f]{40})(?![\w-])"
)


@pytest.mark.parametrize("page", [README, *DOCS], ids=lambda p: p.name)
def test_no_commit_hashes_or_process_notes(page):
    text = _text(page)
    hashes = [
        m.group(1)
        for m in HASH.finditer(text)
        if "sha256" not in text[max(0, m.start() - 15) : m.start()]
    ]
    assert not hashes, (
        f"{page.name} quotes commit hashes {hashes}: say what changed, not which commit"
    )
    for phrase in ("GUIDE §", "this session", "was measured before this"):
        assert phrase not in text, (
            f"{page.name}: {phrase!r} is a process note or a dangling reference"
        )
