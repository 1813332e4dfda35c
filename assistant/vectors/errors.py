"""The index's errors: each message says what is wrong and the command that fixes it."""

from __future__ import annotations


class IndexError_(RuntimeError):
    """The index is missing, stale or damaged; the message says how to rebuild it."""


class ServerUnreachable(IndexError_):
    """The Chroma server does not answer; the message names host:port and how to start it."""


class ServerTimeout(ServerUnreachable):
    """The Chroma server took a connection but gave no answer in time (frozen, overloaded): the
    message names host:port, the seconds waited and --chroma-timeout."""
