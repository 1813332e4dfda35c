"""The page: header, language switch and three tabs (Chat, Explore, Overview); `serve`.

One `Assistant` is created at start-up and shared by every session: loading the register and
opening the index is the slow part, answering is cheap. Under `serve` with answer workers
(`workers.py`; `auto` starts them only with a language model), questions, briefings and the tabs'
selections are computed by worker processes, each with its own copy (`tab_pool.py`); without,
by the server's threads. The UI language is French unless the
reader chose English, a choice kept in the browser (`gr.BrowserState`, localStorage) across
reloads; switching it relabels every control of every tab. Answers follow the language of the
question, not the UI's (the Assistant decides). With several files loaded, Explore, Overview and
Briefing each have a year selector (`files`); the chat picks its file(s) from the question.

Endpoints (gradio_client): `/ask` takes a question and returns the answer (Markdown) and the
citations table ({"headers": [...], "data": [[row_id, initiative, body, category, status]]}).
Every other event is private: they carry the browser's conversation state.

No `from __future__ import annotations` here: `gr.api` reads the endpoint's type hints as
objects (a string annotation would turn its two outputs into one).
"""

import faulthandler
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.service_log import log
from assistant.settings import SettingsError
from assistant.ui.access import LOGIN_RULE, LoginLimit, parse_auth, public_bind_warning
from assistant.ui.briefing_tab import TEXT as BRIEF_TEXT
from assistant.ui.briefing_tab import BriefingTab, make_briefing_file
from assistant.ui.chat import ChatTab
from assistant.ui.conversation import skip_html
from assistant.ui.downloads import GRADIO_COPIES, BriefingFiles
from assistant.ui.explore import ExploreTab
from assistant.ui.feedback import DEFAULT_FEEDBACK_FILE
from assistant.ui.overview import OverviewTab
from assistant.ui.sessions import HeartbeatSeen, SessionSweeper, bound_event_history
from assistant.ui.style import LAUNCH_OPTIONS, SET_LANG_JS, SKIP_JS
from assistant.ui.text import LANGUAGES, header_markdown, text
from assistant.ui.workers import allow_concurrency, api_answer, concurrency

if TYPE_CHECKING:
    from assistant.api import Assistant

# Not a secret: BrowserState encrypts what it stores, and a fixed key keeps the reader's
# language choice valid across server restarts (a random one would forget it).
LANGUAGE_STORE = {"storage_key": "portrait-ia-ui-language", "secret": "portrait-ia-ui-language"}


def build_app(
    assistant: "Assistant", language: str = "fr", feedback_path: str | os.PathLike | None = None
) -> gr.Blocks:
    """The page over `assistant`; `language` ("fr" or "en") is the initial UI language and
    `feedback_path` the JSONL file ratings go to (default artifacts/feedback/feedback.jsonl)."""
    language = "en" if language == "en" else "fr"
    t = text(language)
    feedback_path = Path(feedback_path or DEFAULT_FEEDBACK_FILE).absolute()  # the cwd at start-up
    briefing_files = BriefingFiles()  # deleted when the server stops: see `shutdown_hook`

    def ask(question: str, history: str = "") -> tuple[str, dict]:
        """Answers one question (French or English) from the register.

        `history` (optional): the conversation so far, as a JSON list of turns
        [{"role": "user" | "assistant", "content": "..."}], so that a follow-up ("Et parmi
        celles-ci ?") builds on it. Returns the answer (Markdown, row ids in brackets) and the
        table of cited rows.
        """
        return api_answer(assistant, question, api_history(history))

    with gr.Blocks(title="Portrait IA", analytics_enabled=False, delete_cache=GRADIO_COPIES) as app:
        app.briefing_files = briefing_files
        stored_language = gr.BrowserState(language, **LANGUAGE_STORE)
        # First on the page: a keyboard user goes straight to the question box.
        skip = gr.HTML(skip_html(language), elem_id="skip", js_on_load=SKIP_JS)
        with gr.Row(elem_id="header-row"):
            header = gr.Markdown(header_markdown(assistant, language), elem_id="header", scale=4)
            ui_language = gr.Radio(
                choices=list(LANGUAGES),
                value=language,
                label="Français / English",
                elem_id="ui-language",
                scale=0,
                min_width=200,
            )
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab(t["tab_chat"], id="chat", elem_id="tab-chat") as chat_tab:
                chat = ChatTab(assistant, language, ui_language, feedback_path)
            with gr.Tab(t["tab_explore"], id="explore", elem_id="tab-explore") as explore_tab:
                explore = ExploreTab(assistant, language, ui_language)
            with gr.Tab(t["tab_overview"], id="overview", elem_id="tab-overview") as overview_tab:
                overview = OverviewTab(assistant, language)
            with gr.Tab(
                BRIEF_TEXT[language]["tab"], id="briefing", elem_id="tab-briefing"
            ) as briefing_tab:
                briefing = BriefingTab(assistant, language, briefing_files)

        chat.wire()
        explore.wire(chat, tabs)
        overview.wire(ui_language, explore, tabs)  # a bar opens Explore on its value
        gr.api(ask, api_name="ask", concurrency_id="assistant")
        briefing.wire(chat.chatbot, ui_language)

        def brief(topic: str, fmt: str) -> str:
            """A briefing note on a topic, portfolio or public body; returns the file (md, docx or html)."""
            from assistant.briefing import BriefingError

            try:
                return make_briefing_file(assistant, topic, fmt, files=briefing_files)[0]
            except BriefingError as exc:  # an API client gets the reason and the fix, not "error"
                raise gr.Error(str(exc)) from None

        gr.api(brief, api_name="brief", concurrency_id="assistant")

        chat_inputs = chat.relabel_inputs()
        explore_inputs, overview_inputs = explore.relabel_inputs(), overview.relabel_inputs()

        def switch_language(lang: str, *tab_values):
            """Relabels every control of every tab, redraws the conversation in that language,
            and remembers the choice in the browser."""
            s = text(lang)
            c, n = len(chat_inputs), len(chat_inputs) + len(explore_inputs)
            chat_values, explore_values, overview_values = tab_values[:c], tab_values[c:n], tab_values[n:]
            return (
                lang,
                skip_html(lang),
                header_markdown(assistant, lang),
                gr.Tab(label=s["tab_chat"]),
                gr.Tab(label=s["tab_explore"]),
                gr.Tab(label=s["tab_overview"]),
                gr.Tab(label=BRIEF_TEXT[lang]["tab"]),
                *chat.relabel(lang, *chat_values),
                *explore.relabel(lang, *explore_values),
                *overview.relabel(lang, *overview_values),
                *briefing.relabel(lang),
            )

        ui_language.change(
            switch_language,
            inputs=[
                ui_language,
                *chat_inputs,
                *explore_inputs,
                *overview_inputs,
            ],
            outputs=[
                stored_language,
                skip,
                header,
                chat_tab,
                explore_tab,
                overview_tab,
                briefing_tab,
                *chat.relabel_outputs(),
                *explore.relabel_outputs(),
                *overview.relabel_outputs(),
                *briefing.relabel_outputs(),
            ],  # fmt: skip
            api_visibility="private",
        ).then(None, inputs=[ui_language], js=SET_LANG_JS)
        # The language kept in this browser: setting the radio relabels the page (above); then
        # the conversation kept in this browser is redrawn in that language.
        loaded = app.load(
            lambda stored: stored if stored in ("fr", "en") else gr.skip(),
            inputs=[stored_language],
            outputs=[ui_language],
            api_visibility="private",
        ).then(None, inputs=[ui_language], js=SET_LANG_JS)
        chat.wire_restore(loaded)
    return app


def api_history(text: str) -> list[dict[str, str]]:
    """The `/ask` API's `history` argument, checked: a JSON list of {"role", "content"} turns."""
    if not text or not str(text).strip():
        return []
    try:
        turns = json.loads(text)
    except ValueError as exc:
        raise gr.Error(f"history is not JSON ({exc}); send a list such as "
                       '[{"role": "user", "content": "…"}] or leave it empty') from None  # fmt: skip
    if not isinstance(turns, list) or not all(
        isinstance(t, dict)
        and t.get("role") in ("user", "assistant")
        and isinstance(t.get("content"), str)
        for t in turns
    ):
        raise gr.Error(
            'history must be a list of {"role": "user" | "assistant", "content": text} turns'
        )
    return [{"role": t["role"], "content": t["content"]} for t in turns]


def serve(values: dict[str, Any]) -> None:
    """`portrait-ia serve`: load the register and index once, start the answer workers (setting
    `workers`, `workers.py`), then serve the page until ^C."""
    from assistant.api import Assistant
    from assistant.service_log import setup, warn_composer
    from assistant.ui.tab_pool import ServedAssistant
    from assistant.ui.workers import start_pool

    parse_auth(values.get("auth"))  # a bad login setting or audit path stops before the slow part
    setup(values)
    started = time.perf_counter()
    assistant = Assistant.from_settings(values, progress=True)
    warn_composer(assistant, "serve")  # e.g. --llm cohere with no key: said at start, as in `ask`
    warm = assistant.warm_up()  # the first people served do not pay for cold caches
    ready = time.perf_counter()
    register = assistant.register
    # The workers load while the page starts; until one is ready, this process answers.
    pool = start_pool(values, assistant)
    print(
        f"Register {register.source}: {len(register)} rows; assistant ready in "
        f"{ready - started:.1f} s (warm-up {warm:.1f} s); "
        f"{pool.size if pool else 'no'} answer worker(s).",
        file=sys.stderr,
    )
    model = str(values.get("llm") or "none").strip().lower() != "none"
    served = ServedAssistant(assistant, pool, model) if pool else assistant
    main = threading.current_thread() is threading.main_thread()
    # `kill`, systemd: stop as Ctrl+C does, so that the workers are stopped too (`finally`).
    previous = signal.signal(signal.SIGTERM, _interrupt) if main else None
    _STOP.clear()
    app = None
    try:
        app = build_app(served, feedback_path=values.get("feedback_file"))
        url = launch(app, values)
        print(f"Portrait IA: {url} (page served {time.perf_counter() - ready:.1f} s after start-up)")
        print("Press Ctrl+C to stop.", file=sys.stderr)
        _block(app)
    finally:
        if app is not None:  # stopped before `block_thread` (which closes it): close it here
            app.close(verbose=False)
        if pool is not None:
            pool.close()
        if main:
            signal.signal(signal.SIGTERM, previous)


# A stop (Ctrl+C, `kill`) that has not ended the process after this long is forced.
STOP_GRACE_S = 30.0


def force_exit_after(seconds: float) -> None:
    """Ends the process `seconds` from now if it is still alive then: a stop must stop, even
    when a library's thread or exit handler waits on something that will not come. What was
    still running is printed first (every thread's stack), so the cause can be found. Armed by
    the `serve` command once `serve` has returned (the process is ending), never by `serve`
    itself: a program that calls it goes on after it."""

    def watch() -> None:
        time.sleep(seconds)
        print(f"portrait-ia serve: still stopping after {seconds:g} s; forcing the exit. "
              "Threads still running:", file=sys.stderr, flush=True)  # fmt: skip
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        log.warning("serve: stop forced after %g s (threads still running)", seconds)
        os._exit(130)

    threading.Thread(target=watch, name="stop-watchdog", daemon=True).start()


# Set by a stop (`kill`): the KeyboardInterrupt raised for it may be swallowed when the signal
# lands while the garbage collector runs a `__del__` ("Exception ignored in … BaseEventLoop.__del__",
# met in CI); the serving loop then still sees the stop here.
_STOP = threading.Event()


def _interrupt(signum: int, frame: Any) -> None:
    _STOP.set()
    raise KeyboardInterrupt


def _block(app: Any) -> None:
    """Gradio's `block_thread`, ended by a stop even when its KeyboardInterrupt was swallowed."""
    try:
        while app.is_running and not _STOP.wait(0.1):
            pass
    except KeyboardInterrupt:
        pass
    print("Stopping: closing the page's server.", file=sys.stderr)


# The page has no upload control: anything posted to gradio's /upload route is refused (413).
# No `allowed_paths` either: gradio then serves its own assets and the files this app itself
# returns (briefing downloads, copied into gradio's cache), nothing else from the disk.
NO_UPLOADS: dict[str, Any] = {"max_file_size": 0}


def shutdown_hook(app: gr.Blocks) -> dict[str, Any]:
    """`launch(app_kwargs=...)` for an app of `build_app`: gradio runs this FastAPI lifespan when
    the server stops, and it deletes the app's briefing files (`downloads`)."""
    files = getattr(app, "briefing_files", None)
    return {"lifespan": files.lifespan} if files is not None else {}


def launch(app: gr.Blocks, values: dict[str, Any]) -> str:
    """Serves `app` on `host`:`port` with the `auth` login (none when empty); returns the URL.

    Warns on stderr (and in the log) when the address is reachable from the network and no
    login is set. Wrong logins are limited per client (`access.LoginLimit`), API callers'
    idle sessions are dropped (`sessions.py`), and as many answers run at once as the
    `workers` allow (`workers.concurrency`)."""
    from starlette.middleware import Middleware

    logins = parse_auth(values.get("auth"))
    warning = public_bind_warning(values["host"], values.get("auth"))
    if warning:
        print(warning, file=sys.stderr)
        log.warning("public bind without login: host=%s port=%s", values["host"], values["port"])
    sweeper = SessionSweeper()
    app_kwargs = shutdown_hook(app)
    app_kwargs["middleware"] = [
        Middleware(LoginLimit),
        Middleware(HeartbeatSeen, sweeper=sweeper),
    ]
    allow_concurrency(app, concurrency(values))
    try:
        _, url, _ = app.launch(
            server_name=values["host"],
            server_port=values["port"],
            prevent_thread_lock=True,
            quiet=True,
            auth=logins,
            auth_message=f"{LOGIN_RULE['fr']} / {LOGIN_RULE['en']}" if logins else None,
            app_kwargs=app_kwargs,
            **LAUNCH_OPTIONS,
            **NO_UPLOADS,
        )
    except OSError as exc:  # gradio's "Cannot find empty port": say which setting fixes it
        raise SettingsError(
            f"cannot serve on {values['host']}:{values['port']} ({exc}). Fix: choose another "
            "port with --port N or PORTRAIT_IA_PORT, or stop what is using it."
        ) from exc
    sweeper.start(app)
    bound_event_history(app)
    app.session_sweeper = sweeper
    return url
