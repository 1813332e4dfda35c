"""Builds killed half-way leave nothing behind for long; builds still running are never touched.

Issue 17: orphan `store-<id>` folders and their `.building` markers, left by a killed build,
stayed an hour. Now a marker names its writer (host, pid) and is touched while it writes; the next
start (an Assistant, `portrait-ia index`) removes a build whose writer is gone, and never one a
live process is writing. Real processes: a build in a subprocess, killed with SIGKILL.
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
from assistant.vectors.liveness import Heartbeat, abandoned
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

build_index(load_register(sys.argv[1]), get_embedder("demo"), sys.argv[2], progress=False,
            on_progress=lambda done, total: print(done, total, flush=True))
print("done", flush=True)
"""


def start_build(index_dir) -> subprocess.Popen:
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
