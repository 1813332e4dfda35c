"""Where the index lives, chosen once: a folder (`LocalStore`, embedded Chroma) or a Chroma server
(`ServerStore`). Builds and readers talk to the `Store` protocol and never ask which one it is.

Both keep versions of the index and a record of the live one (manifest.json in the folder, a
pointer collection on the server). A build writes a new version beside the live one and swaps the
record only once it is whole; the previous version is kept until the next build, for readers
still on it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from assistant.vectors.chroma_http import ChromaServer
from assistant.vectors.embeddings import Embedder
from assistant.vectors.errors import ServerUnreachable
from assistant.vectors.local import LocalStore
from assistant.vectors.rows import RowPlan
from assistant.vectors.server import ServerStore
from assistant.vectors.versions import NewVersion, Version

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

__all__ = [
    "ChromaServer",
    "LocalStore",
    "ServerStore",
    "Store",
    "as_store",
    "open_store",
    "store_for",
]


class Store(Protocol):
    """What differs between an index in a folder and one on a Chroma server."""

    empty_may_mean_gone: ClassVar[bool]  # an empty search answer may mean the version was deleted
    label: str  # `Folder: index/` or `Chroma server: host:port`, for the commands' reports
    where: str  # `in index/` or `on the Chroma server host:port`, for error messages

    def talking(self) -> AbstractContextManager[None]:
        """Within it, "no server" and "no answer in time" raise the clear errors."""

    def unreachable(self, error: BaseException) -> ServerUnreachable | None:
        """The clear error `error` amounts to when it means the store cannot be reached."""

    def rebuild(self, force: bool = False) -> str:
        """The command that rebuilds this index, for error messages."""

    # The build's side.
    def live(self) -> Version | None:
        """The live version as the record describes it; None when there is no (readable) record."""

    def holds(self, version: Version, plan: RowPlan) -> bool:
        """Whether `version` holds exactly `plan`'s rows and is still whole."""

    def live_texts(self, version: Version, plan: RowPlan) -> dict[str, str]:
        """Row id -> text hash of every row of `version` ("" where the text is not known)."""

    def collection(self, version: Version) -> Any:
        """The Chroma collection of `version`, to read its vectors."""

    def create(self, embedder: Embedder) -> NewVersion:
        """An empty new version, invisible to readers, marked as being written."""

    def complete(self, new: NewVersion, plan: RowPlan) -> None:
        """Marks `new` as whole, before the swap."""

    def discard(self, new: NewVersion, error: BaseException) -> None:
        """Removes a version whose build failed with `error`."""

    def swap(self, new: NewVersion, plan: RowPlan, embedder: Embedder, register: Register) -> str:
        """Makes `new` live in one atomic step; returns the version it replaced ("" if none)."""

    def clean(self, keep: set[str]) -> None:
        """Removes versions other than `keep`, never one another build is still writing."""

    def sweep(self) -> list[str]:
        """At start: removes versions whose build was killed (never one a live build writes)."""

    # The reader's side.
    def open(self, version: Version) -> tuple[Any, Any, int]:
        """(client, collection, row count) of `version`; IndexError_ saying the fix if lost."""

    def gone(self, version: Version) -> bool:
        """A cheap check before each read: True when `version` is certainly gone."""

    def vanished(self, version: Version) -> bool:
        """After a failed or empty read: whether `version` is gone (or no longer the live one)."""

    def release(self, version: Version) -> None:
        """Lets go of what the process caches for a version that is gone."""


def open_store(
    index_dir: str | os.PathLike | None = None, *, server: ChromaServer | None = None
) -> Store:
    """The store of the index in the folder `index_dir`, or on the Chroma `server`: one of them."""
    if (index_dir is None) == (server is None):
        given = "both" if server is not None else "neither"
        raise ValueError(
            f"open_store takes exactly one of 'index_dir' (an index in a folder) or 'server' (a"
            f" Chroma server), but got {given}: index_dir={index_dir!r}, server={server!r}"
        )
    return ServerStore(server) if server is not None else LocalStore(index_dir)


def store_for(values: Mapping[str, Any]) -> Store:
    """The store resolved settings name: the Chroma server `chroma_host` (with `chroma_port` and
    `chroma_timeout`) when it is set, `index_dir` being then unused; else the folder `index_dir`."""
    server = ChromaServer.from_settings(values)
    return open_store(server=server) if server is not None else open_store(values["index_dir"])


def as_store(where: Store | str | os.PathLike) -> Store:
    """`where` as a store: a path is the folder of an embedded index."""
    return open_store(where) if isinstance(where, (str, os.PathLike)) else where
