"""`portrait-ia serve --workers 1`: Explore's selections are made by the answer worker, and show
what the same page computing in one process shows; a worker killed under the server costs no
selection (the log says the server computed it), and the pool started again makes them again.

The served program is the real one (a subprocess on 127.0.0.1, the fixture register, the bundled
embedder, the index built beforehand as `portrait-ia index` would), driven through Gradio's API as
the browser drives the page.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest_ui import free_port, served, ui_event
from gradio_client import Client

from assistant import settings
from assistant.api import Assistant
from assistant.ui.filters import ALL
from tests.conftest import MINI_REGISTER

pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning:gradio.queueing")
CLI = Path(sys.executable).parent / "portrait-ia"
READY = "answer workers: first of 1 ready"
LOST = "answer workers: lost under an Explore/Overview selection; computed in the server"
# (the elem id whose input event runs, the inputs: dropdowns, topic box, UI language)
SEARCHES = [
    ("explore-search", (ALL, ALL, ALL, ALL, "courriels", "fr")),
    ("explore-search", (ALL, ALL, ALL, ALL, "patients emergency", "en")),
    ("explore-status", (ALL, ALL, ALL, "in_production", "", "fr")),
    ("overview-search", (ALL, "Santé et Services sociaux (Réseau)", ALL, ALL, "patients", "fr")),
]


def worker_pids(server: int) -> list[int]:
    """The server's answer workers: its children started by multiprocessing's spawn."""
    found = []
    for task in Path(f"/proc/{server}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            try:
                if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                    found.append(child)
            except OSError:
                pass
    return found


def wait_for(log: Path, text: str, times: int, process: subprocess.Popen) -> None:
    started = time.monotonic()
    while log.read_text().count(text) < times:
        assert process.poll() is None and time.monotonic() - started < 240, log.read_text()[-3000:]
        time.sleep(0.2)


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """(client of `serve --workers 1`, client of the same page computing in this process, log,
    server process)."""
    folder = tmp_path_factory.mktemp("explore-serve")
    values = settings.resolve({"data": [str(MINI_REGISTER)], "index_dir": str(folder / "index"),
                               "embedder": "use-multilingual"})  # fmt: skip
    own = Assistant.from_settings(values)
    own.index.ensure()  # as `portrait-ia index` would: the server and its worker open it
    port, log = free_port(), folder / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTRAIT_IA_")}
    command = [str(CLI), "serve", "--port", str(port), "--workers", "1", "--data", str(MINI_REGISTER),
               "--index-dir", str(folder / "index"), "--embedder", "use-multilingual",
               "--feedback-file", str(folder / "f.jsonl")]  # fmt: skip
    with open(log, "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=folder, env=env,
                                   start_new_session=True)  # fmt: skip
    try:
        wait_for(log, READY, 1, process)
        with served(own, feedback_path=folder / "g.jsonl") as (_, url):
            yield (Client(f"http://127.0.0.1:{port}", verbose=False, download_files=False),
                   Client(url, verbose=False, download_files=False), log, process)  # fmt: skip
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def test_served_selections_are_the_in_process_ones_and_survive_a_dead_worker(servers):
    serve, in_process, log, process = servers
    expected = [ui_event(in_process, elem_id, "input", *args) for elem_id, args in SEARCHES]
    assert [ui_event(serve, elem_id, "input", *args) for elem_id, args in SEARCHES] == expected
    assert LOST not in log.read_text()

    for round_ in (1, 2):  # the worker killed; then the one the pool started again, killed too
        (pid,) = worker_pids(process.pid)
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        elem_id, args = SEARCHES[0]
        assert ui_event(serve, elem_id, "input", *args) == expected[0]  # computed by the server
        # A second loss is only seen if the pool started again made the selection: it did.
        assert log.read_text().count(LOST) == round_, log.read_text()[-3000:]
        wait_for(log, READY, round_ + 1, process)
        assert "answer workers: a worker died; starting the pool again" in log.read_text()
        assert [ui_event(serve, e, "input", *a) for e, a in SEARCHES] == expected
