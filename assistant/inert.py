"""Text from the register, a question or a model, made safe to print, write or show: no terminal
control sequence (ANSI colours, cursor moves, bell) and no other control character anywhere,
and no live markup where it is shown as Markdown (the chat, the UI tables, Markdown briefings).

An answer echoes the reader's words and a language model's text may carry what a register row
planted: nothing a question or a row says becomes markup (a remote image, a link, a script),
whatever a renderer's own sanitiser keeps. Bold, lists and [12] row ids render as before.
"""

from __future__ import annotations

import dataclasses
import html
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


_C1_AND_DEL = re.compile(r"[\x7f-\x9f]")


def json_safe(text: str) -> str:
    """JSON `text` (from `json.dumps(..., ensure_ascii=False)`) with DEL and the C1 controls
    written as \\u escapes, as JSON writes the C0 ones: the same value once read, and no
    control a terminal obeys (U+009B starts a sequence as ESC [ does) when it is printed or
    tailed. For the JSON that `ask --json`, the audit log and the service log write."""
    return _C1_AND_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_LINK = re.compile(r"(\]\s*)([(\[])")  # "](url)", "][ref]": the second half of a link or image
_LINK_DEFINITION = re.compile(r"^(\s*)\[", re.M)  # "[ref]: url" at the start of a line


def markdown_inert(text: str) -> str:
    """`text` safe to show as Markdown: control sequences dropped, raw HTML shown as text, and
    `[x](url)` / `![x](url)` / `[ref]: url` without their link syntax."""
    escaped = html.escape(strip_controls(str(text)), quote=False)
    return _LINK_DEFINITION.sub(r"\1\\[", _LINK.sub(r"\1\\\2", escaped))


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
