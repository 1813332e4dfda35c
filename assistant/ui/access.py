"""Who can reach the chat UI: the login (setting `auth`) and the warning for a public bind.

`portrait-ia serve` binds 127.0.0.1 by default, so only this machine can use it. A team
deployment binds another address (`--host 0.0.0.0`) and should set a login: `user:password`,
or a file of `user:password` lines (kept out of shell history and process lists). Gradio
checks the password (constant-time) and every route, the API included, then needs the login.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

from assistant.settings import SettingsError

FIX = (
    "Fix: --auth user:password (or PORTRAIT_IA_AUTH), or --auth FILE with one user:password "
    "per line (# comments and blank lines allowed)."
)


def parse_auth(value: str | None) -> list[tuple[str, str]] | None:
    """The logins of the `auth` setting for `launch(auth=...)`; None when it is empty.

    An existing file wins over the `user:password` reading (a path may contain ':')."""
    value = (value or "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if path.is_file():
        return _read_file(path)
    if path.exists():
        raise SettingsError(f"auth: {path} is not a file. {FIX}")
    if ":" not in value:
        raise SettingsError(f"auth: no file {path}, and the value is not user:password. {FIX}")
    return [_pair(value, "auth")]


def _read_file(path: Path) -> list[tuple[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"auth: cannot read {path} ({exc}). {FIX}") from exc
    logins: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, password = _pair(line, f"auth: {path}, line {number}")
        if user in logins:
            raise SettingsError(
                f"auth: {path}, line {number}: user {user!r} is listed twice. {FIX}"
            )
        logins[user] = password
    if not logins:
        raise SettingsError(f"auth: {path} has no user:password line. {FIX}")
    return list(logins.items())


def _pair(text: str, where: str) -> tuple[str, str]:
    """`user:password` (the password may hold ':'); the message never repeats the password."""
    user, sep, password = text.partition(":")
    user = user.strip()
    if not sep or not user or not password:
        raise SettingsError(f"{where}: expected user:password with both parts non-empty. {FIX}")
    return user, password


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    host = (host or "").strip().strip("[]")
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to any interface, so not assumed private
        return False


def public_bind_warning(host: str, auth: str | None) -> str | None:
    """The warning `serve` prints when anyone on the network could use the UI without a login."""
    if is_loopback(host) or (auth or "").strip():
        return None
    return (
        f"portrait-ia serve: warning: serving on {host or 'all interfaces'} without a login: "
        "anyone who can reach this port can use the assistant and its API. Fix: set --auth "
        "user:password or --auth FILE (PORTRAIT_IA_AUTH), or bind --host 127.0.0.1."
    )
