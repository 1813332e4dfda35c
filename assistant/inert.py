"""Text from the register, a question or a model, made safe to print or write: no terminal
control sequence (ANSI colours, cursor moves, bell) and no other control character.

Used wherever such text leaves the program as plain text: the CLI, logs, Word and Markdown
files (python-docx refuses control characters outright). HTML escaping is the views' own job.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

# ANSI CSI and OSC sequences first (so their parameters go too), then any C0/C1 control but
# tab and line breaks.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


def strip_controls(text: str) -> str:
    """`text` without control sequences or control characters (tabs and newlines kept)."""
    return _CONTROL.sub("", text)


def deep_strip(value: Any) -> Any:
    """`value` with `strip_controls` applied to every string inside it (dataclasses, lists,
    tuples and dicts are copied; other values are returned as they are)."""
    if isinstance(value, str):
        return strip_controls(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: deep_strip(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [deep_strip(v) for v in value]
    if isinstance(value, tuple):
        return tuple(deep_strip(v) for v in value)
    if isinstance(value, dict):
        return {deep_strip(k): deep_strip(v) for k, v in value.items()}
    return value
