"""Builds killed half-way leave nothing behind for long; builds still running are never touched.

Issue 17: orphan `store-<id>` folders and their `.building` markers, left by a killed build,
stayed an hour, and so did half-built collections on a Chroma server. Now a marker (a server
collection's metadata) names its writer (host, pid) and is touched while it writes; the next
start (an Assistant, `portrait-ia index`) removes a build whose writer is gone, and never one a
live process is writing. Real processes: a build in a subprocess, killed with SIGKILL; a real
`chroma run` server for the server's collections.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

from assistant.cli import main
from assistant.vectors.chroma_http import ChromaServer, client
from assistant.vectors.liveness import Heartbeat, abandoned, record_abandoned
from assistant.vectors.server import VERSION_PREFIX, ServerStore
from tests.conftest import MINI_REGISTER, ROOT

SLOW_BUILD = """
import hashlib, re, sys, time
import numpy as np
from assistant.vectors.embeddings import Embedder, get_embedder, register

@register
class Slow(Embedder):
    name, multilingual, help, batch_size = "demo", True, "slow", 2

    def _embed(self, texts, is_query):
        time.sleep(0.4)
        vectors = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\\w+", text.lower()):
                digest = hashlib.blake2b(word.encode("utf-8"), digest_size=4).digest()
                vectors[row, int.from_bytes(digest, "big") % 64] += 1.0
        return vectors

from assistant.register.load import load_register
from assistant.vectors.build import build_index
from assistant.vectors.chroma_http import ChromaServer
from assistant.vectors.server import ServerStore

where = sys.argv[2]
if where.startswith("chroma://"):  # a Chroma server: chroma://HOST:PORT
    host, port = where[len("chroma://"):].rsplit(":", 1)
    where = ServerStore(ChromaServer(host, int(port)))
build_index(load_register(sys.argv[1]), get_embedder("demo"), where, progress=False,
            on_progress=lambda done, total: print(done, total, flush=True))
print("done", flush=True)
"""


def start_build(index_dir) -> subprocess.Popen:
    """A slow build of the mini register into `index_dir` (or `chroma://HOST:PORT`), under way."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_BUILD, str(MINI_REGISTER), str(index_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    line = process.stdout.readline()  # the first batch is written: the build is under way
    assert line.split()[:1] and line.split()[0].isdigit(), process.stderr.read()
    return process


def building(index_dir) -> list[str]:
    return sorted(p.name for p in index_dir.glob("*.building"))


def open_assistant(index_dir):
    from assistant import Assistant
    from assistant.vectors.embeddings import get_embedder

    return Assistant(MINI_REGISTER, index_dir=index_dir, embedder=get_embedder("demo"))


def test_a_killed_build_is_removed_at_the_next_start_and_a_live_one_never(tmp_path):
    index_dir = tmp_path / "index"
    process = start_build(index_dir)
    try:
        (marker,) = building(index_dir)
        owner = json.loads((index_dir / marker).read_text())
        assert owner["pid"] == process.pid and owner["host"] == socket.gethostname()
        store = marker.removesuffix(".building")
        assert (index_dir / store).is_dir()
        open_assistant(index_dir)  # a start while the other process writes
        assert building(index_dir) == [marker] and (index_dir / store).is_dir(), "a live build is kept"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    assert building(index_dir) == [marker], "the kill left its build behind"
    open_assistant(index_dir)  # the next start: was kept an hour
    assert building(index_dir) == [] and not (index_dir / store).exists()


def test_the_index_command_also_removes_a_killed_build(tmp_path, capsys):
    index_dir = tmp_path / "index"
    process = start_build(index_dir)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    (marker,) = building(index_dir)
    argv = ["index", "--quiet", "--embedder", "demo", "--data", str(MINI_REGISTER), "--index-dir", str(index_dir)]
    assert main(argv) == 0
    assert building(index_dir) == [] and not (index_dir / marker.removesuffix(".building")).exists()
    assert len([p for p in index_dir.glob("store-*") if p.is_dir()]) == 1  # the new, live one


def test_a_live_build_finishes_while_others_start(tmp_path):
    index_dir = tmp_path / "index"
    process = start_build(index_dir)
    for _ in range(3):
        open_assistant(index_dir)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0 and out.strip().endswith("done"), err[-2000:]
    assert building(index_dir) == [] and open_assistant(index_dir).index.ready


def test_who_is_still_writing(tmp_path):
    marker = tmp_path / "store-x.building"
    marker.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "started": 0}))
    assert not abandoned(marker), "this process is alive"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    marker.write_text(json.dumps({"host": socket.gethostname(), "pid": int(dead.stdout), "started": 0}))
    assert abandoned(marker), "its process is gone"
    marker.write_text(json.dumps({"host": "another-machine", "pid": 1, "started": 0}))
    assert not abandoned(marker), "another machine's build, beating"
    os.utime(marker, (time.time() - 600, time.time() - 600))
    assert abandoned(marker), "another machine's build, silent for 10 minutes"
    marker.write_text("")  # a marker from before: the old one-hour rule
    assert not abandoned(marker)
    os.utime(marker, (time.time() - 7200, time.time() - 7200))
    assert abandoned(marker)
    assert abandoned(tmp_path / "none.building"), "no marker: no build"


def test_a_running_build_beats(tmp_path):
    marker = tmp_path / "m.building"
    marker.write_text("{}")
    os.utime(marker, (0, 0))
    beat = Heartbeat(marker, every=0.05)
    time.sleep(0.3)
    beat.stop()
    assert time.time() - marker.stat().st_mtime < 5


# -- on a Chroma server --------------------------------------------------------------------------


def server_builds(server, pid: int) -> dict[str, dict]:
    """The versions being built on `server` by the process `pid`: name -> metadata."""
    found = {}
    for collection in client(ChromaServer(server.host, server.port)).list_collections():
        meta = collection.metadata or {}
        if collection.name.startswith(VERSION_PREFIX) and meta.get("pid") == pid:
            found[collection.name] = dict(meta)
    return found


def test_a_killed_build_on_a_chroma_server_is_removed_at_the_next_start(chroma_server):
    process = start_build(f"chroma://{chroma_server.host}:{chroma_server.port}")
    try:
        ((name, meta),) = server_builds(chroma_server, process.pid).items()
        assert meta["state"] == "building" and meta["host"] == socket.gethostname()
        store = ServerStore(ChromaServer(chroma_server.host, chroma_server.port))
        assert name not in store.sweep(), "a live build is kept"
        assert name in server_builds(chroma_server, process.pid)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    assert name in server_builds(chroma_server, process.pid), "the kill left its version behind"
    removed = ServerStore(ChromaServer(chroma_server.host, chroma_server.port)).sweep()  # was kept an hour
    assert name in removed and server_builds(chroma_server, process.pid) == {}


def test_a_build_on_a_chroma_server_removes_a_killed_ones_version(chroma_server, tmp_path):
    process = start_build(f"chroma://{chroma_server.host}:{chroma_server.port}")
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    (name,) = server_builds(chroma_server, process.pid)
    argv = ["index", "--quiet", "--embedder", "demo", "--data", str(MINI_REGISTER),
            "--chroma-host", chroma_server.host, "--chroma-port", str(chroma_server.port)]  # fmt: skip
    assert main(argv) == 0
    assert server_builds(chroma_server, process.pid) == {}


def test_who_is_still_writing_on_a_chroma_server():
    now = time.time()
    here = {"host": socket.gethostname(), "started": now - 7200, "state": "building"}
    assert not record_abandoned({**here, "pid": os.getpid(), "beat": now - 10}), "this process is alive"
    assert record_abandoned({**here, "pid": os.getpid(), "beat": now - 600}), "silent: a pid reused since"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    assert record_abandoned({**here, "pid": int(dead.stdout), "beat": now}), "its process is gone"
    elsewhere = {"host": "another-machine", "pid": 1, "started": now - 7200, "state": "building"}
    assert not record_abandoned({**elsewhere, "beat": now - 10}), "another machine's build, beating"
    assert record_abandoned({**elsewhere, "beat": now - 600}), "another machine's, silent for 10 minutes"
    old = {"started": now - 600, "state": "building"}  # a version from before: the old one-hour rule
    assert not record_abandoned(old) and record_abandoned({**old, "started": now - 7200})


def test_a_build_on_a_chroma_server_beats(chroma_server, fake_embedder):
    from assistant.vectors.server import _beat

    store = ServerStore(ChromaServer(chroma_server.host, chroma_server.port))
    new = store.create(fake_embedder)
    try:
        before = new.collection.metadata["beat"]
        time.sleep(0.05)
        assert _beat(new)()
        after = client(ChromaServer(chroma_server.host, chroma_server.port)).get_collection(new.name).metadata
        assert after["beat"] > before and after["state"] == "building" and after["pid"] == os.getpid()
    finally:
        store.discard(new, RuntimeError("test over"))
    assert not _beat(new)(), "a discarded version stops beating"
