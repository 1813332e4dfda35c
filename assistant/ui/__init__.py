"""The Gradio UI: a Chat tab (each answer with its sources as cards, citation links, details,
rephrasing chips, editable filters, copy with sources, 👍/👎 feedback), an Explore tab (the whole register, filterable), an
Overview tab (charts with their data as text) and a Briefing tab, in French or English.

Modules: `app` (the page, the language switch, `serve`), `chat`, `conversation` (an answer as
HTML), `sources` (the cited rows as cards, table, CSV), `explore`, `overview`,
`briefing_tab`, `filters` and `selection` (the selection controls Explore and Overview share, and
the chat's matcher behind them), `bars` (Overview's bar charts), `tab_text` (their words), `files` (the year selector with several files loaded), `downloads` (where
briefing files go and when they are deleted), `feedback` (JSONL file and gold-set export), `text`
(every UI string, FR and EN) and `style` (theme, CSS, scripts). The names below are what the CLI
and the tests import.
"""

from assistant.ui.app import build_app, serve
from assistant.ui.chat import citations_table, empty_table, plain_history
from assistant.ui.feedback import DEFAULT_FEEDBACK_FILE, export_feedback_as_gold, read_feedback
from assistant.ui.style import LAUNCH_OPTIONS
from assistant.ui.text import EXAMPLES, REGISTER_NAME, UI_TEXT, header_markdown

__all__ = [
    "DEFAULT_FEEDBACK_FILE",
    "EXAMPLES",
    "LAUNCH_OPTIONS",
    "REGISTER_NAME",
    "UI_TEXT",
    "build_app",
    "citations_table",
    "empty_table",
    "export_feedback_as_gold",
    "header_markdown",
    "plain_history",
    "read_feedback",
    "serve",
]
