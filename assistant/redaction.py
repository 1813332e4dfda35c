"""Secrets out of everything printed or logged: credentials in URLs are masked.

A base URL may carry them (`https://user:password@host/v1`, `…?api_key=…`), and it reaches
error messages, fallback reasons in the JSON output and the audit log. `redact` masks the
user-info part of every URL and the values of query parameters that name a secret.
"""

from __future__ import annotations

import re

MASK = "***"
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@?#]+@")
_SECRET_PARAM = re.compile(
    r"(?i)([?&;](?:[a-z0-9_.-]*(?:key|token|secret|password|passwd|pwd|auth|signature|sig|credential)"
    r"[a-z0-9_.-]*)=)[^&#\s\"']+"
)


def redact(text: str) -> str:
    """`text` with URL credentials and secret query values replaced by ***."""
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{MASK}@", text)
    return _SECRET_PARAM.sub(lambda m: f"{m.group(1)}{MASK}", text)
