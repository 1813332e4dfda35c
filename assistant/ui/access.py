"""Who can reach the chat UI: the login (setting `auth`) and the warning for a public bind.

`portrait-ia serve` binds 127.0.0.1 by default, so only this machine can use it. A team
deployment binds another address (`--host 0.0.0.0`) and should set a login: `user:password`,
or a file of `user:password` lines (kept out of shell history and process lists). Gradio
checks the password (constant-time) and every route, the API included, then needs the login.
"""

from __future__ import annotations

import ipaddress
import json
import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


# -- wrong logins --------------------------------------------------------------------------------

MAX_WRONG_LOGINS = 5  # wrong attempts a client may make before it has to wait
LOGIN_WAIT = 60.0  # seconds to wait after them, doubled by each further wrong attempt
LONGEST_WAIT = 900.0
FORGET_AFTER = 900.0  # seconds without a wrong attempt after which a client starts afresh
LOGIN_RULE = {
    "fr": "Après 5 essais erronés, attendez une minute avant de réessayer.",
    "en": "After 5 wrong attempts, wait a minute before trying again.",
}


class LoginAttempts:
    """Wrong logins per client address: after `limit` of them the client waits `wait` seconds,
    twice as long after each further wrong one; a right login or `forget` quiet seconds clear it."""

    def __init__(
        self,
        limit: int = MAX_WRONG_LOGINS,
        wait: float = LOGIN_WAIT,
        forget: float = FORGET_AFTER,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.wait, self.forget, self.clock = limit, wait, forget, clock
        self._wrong: dict[str, tuple[int, float]] = {}  # client -> (wrong attempts, last one)
        self._lock = threading.Lock()

    def wait_left(self, client: str) -> float:
        """Seconds before `client` may try again (0: now)."""
        with self._lock:
            count, last = self._wrong.get(client, (0, 0.0))
            now = self.clock()
            if count and now - last > max(self.forget, self._wait(count)):
                del self._wrong[client]
                return 0.0
            return max(0.0, last + self._wait(count) - now) if count >= self.limit else 0.0

    def _wait(self, count: int) -> float:
        return min(LONGEST_WAIT, self.wait * 2 ** max(0, count - self.limit))

    def failed(self, client: str) -> None:
        with self._lock:
            count, _ = self._wrong.get(client, (0, 0.0))
            self._wrong[client] = (count + 1, self.clock())
            if len(self._wrong) > 10_000:  # a flood of addresses: the oldest are forgotten
                oldest = sorted(self._wrong, key=lambda c: self._wrong[c][1])[:5_000]
                for c in oldest:
                    del self._wrong[c]

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._wrong.pop(client, None)


def wait_message(seconds: float) -> str:
    wait = max(1, math.ceil(seconds))
    return (f"Too many wrong logins from this address: wait {wait} s, then try again "
            f"(after {MAX_WRONG_LOGINS} wrong attempts each further one doubles the wait).")  # fmt: skip


class LoginLimit:
    """ASGI middleware in front of Gradio's `POST /login`: a client that made too many wrong
    attempts gets 429 with the wait in `Retry-After` and a message, without its password being
    checked; each answer of the route (400 wrong, 200 right) is counted per client address.
    Behind a reverse proxy every client has the proxy's address: limit logins there too."""

    def __init__(self, app: Any, attempts: LoginAttempts | None = None) -> None:
        self.app, self.attempts = app, attempts or LoginAttempts()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if not (
            scope.get("type") == "http"
            and scope.get("method") == "POST"
            and scope.get("path", "").rstrip("/").endswith("/login")
        ):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown",))[0]
        wait = self.attempts.wait_left(client)
        if wait > 0:
            body = json.dumps({"detail": wait_message(wait)}).encode()
            headers = [(b"content-type", b"application/json"), (b"retry-after", str(math.ceil(wait)).encode())]
            await send({"type": "http.response.start", "status": 429, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        status: list[int] = []

        async def noted(message: dict) -> None:
            if message.get("type") == "http.response.start":
                status.append(int(message.get("status", 0)))
            await send(message)

        await self.app(scope, receive, noted)
        if status and status[0] == 200:
            self.attempts.succeeded(client)
        elif status and status[0] in (400, 401, 403):
            self.attempts.failed(client)
