"""What Explore and Overview show for a selection, found by the chat's own matcher.

A selection is the dropdowns' filters (canonical values, as in a Plan) and the words typed in the
topic box. The words go through the chat's understanding of a topic (`TopicEvidence.keep`: one
normaliser for accents, case, plural and elision; fillers and words the register never uses are
set aside, never searched), and the words kept are matched exactly as the chat matches a counted
topic: the file's `Executor` runs a `list` Plan, i.e. hybrid retrieval (stemmed BM25 + dense,
restricted to the filters) with the relevance gate and the stricter set gate. So "fraude" finds
"frauduleuses", and the count shown for (topic, filters) is the figure the chat gives when it
understands the same topic and filters. Nothing is matched by a second, literal rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from assistant.operations import mask
from assistant.register.labels import normalise
from assistant.retrieval.lexical import STOPWORDS
from assistant.types import Plan
from assistant.ui.files import file_view
from assistant.ui.tab_text import tab_text
from assistant.ui.text import cell
from assistant.vectors.rebuild import IndexNotReady

if TYPE_CHECKING:
    from assistant.api import Assistant


@dataclass
class Selection:
    """The rows a selection holds (register order), the topic searched and the words set aside."""

    rows: pd.DataFrame
    filters: dict[str, list[str]] = field(default_factory=dict)
    topic: str = ""  # the typed words the register has evidence for: what was searched
    unknown: list[str] = field(default_factory=list)  # typed words the register never uses
    typed: str = ""  # the topic box as read (spaces collapsed, lower case)
    waiting: str = ""  # why the typed words were not searched (the index is not ready), if so

    @property
    def searched(self) -> bool:
        """Something was typed: the rows are a topic set (possibly empty), not the filters alone."""
        return bool(self.typed)


def topic_of(assistant: Assistant, source: str | None, typed: str, language: str) -> tuple[str, list[str]]:
    """(the words of `typed` kept as a topic, the words the register does not use), as the chat's
    understanding keeps a question's leftover words."""
    typed = " ".join((typed or "").split()).lower()
    if not typed:
        return "", []
    evidence = file_view(assistant, source).understander.evidence
    topic, _aside, unknown = evidence.keep(typed, language)
    # Articles and prepositions ("de", "the") are never a topic: not worth reporting as unknown.
    return topic, [w for w in unknown if normalise(w) not in STOPWORDS]


def select(
    assistant: Assistant,
    source: str | None,
    filters: dict[str, list[str]],
    typed: str,
    language: str,
) -> Selection:
    """The rows of the file `source` within `filters` and, when words are typed, about them
    (`select_here`), computed by an answer worker when `serve` has a pool
    (`tab_pool.ServedAssistant.select_in_workers`), else in this process."""
    in_pool = getattr(assistant, "select_in_workers", None)
    made = in_pool(source, filters, typed, language) if in_pool else None
    if made is not None:
        return made
    try:
        return select_here(assistant, source, filters, typed, language)
    except IndexNotReady as error:  # typed words need the index: said; the filters still select
        return waiting_for_index(assistant, source, filters, typed, language, error)


# Why typed words were not searched (`Selection.waiting`), by `IndexNotReady.state`.
WAITING = {
    "fr": {
        "building": "l'index de recherche est en cours de construction ({percent} %).",
        "too_large": "l'index de recherche ne correspond pas aux données : construisez-le avec `portrait-ia index`.",
        "failed": "l'index de recherche n'a pas pu être construit ({reason}) ; un nouvel essai aura lieu.",
        "note": "« {typed} » n'est pas encore cherché : {why} Les lignes ci-dessous suivent les filtres seuls.",
    },
    "en": {
        "building": "the search index is being built ({percent}%).",
        "too_large": "the search index does not match the data: build it with `portrait-ia index`.",
        "failed": "the search index could not be built ({reason}); it will be tried again.",
        "note": "“{typed}” is not searched yet: {why} The rows below follow the filters only.",
    },
}  # fmt: skip


def waiting_for_index(
    assistant: Assistant, source: str | None, filters: dict[str, list[str]], typed: str, language: str,
    error: IndexNotReady,
) -> Selection:
    """The selection while the index it needs is not ready: the filters' rows, and why the typed
    words were not searched (as a topic question is told in the chat; exact selections work)."""
    words = WAITING["en" if language == "en" else "fr"]
    why = words.get(error.state, words["building"]).format(percent=error.percent, reason=error.reason)
    df = file_view(assistant, source).register.df
    keep = mask(df, filters, {})
    typed = " ".join((typed or "").split()).lower()
    rows = df if keep is None else df[keep]
    return Selection(rows, filters, "", [], typed, words["note"].format(typed=cell(typed), why=cell(why)))


def select_here(
    assistant: Assistant,
    source: str | None,
    filters: dict[str, list[str]],
    typed: str,
    language: str,
) -> Selection:
    """The rows of the file `source` within `filters` and, when words are typed, about them.

    `language` is the language the words are read in (the UI's): it decides, as a question's
    language does in the chat, how English words meet the French rows. Typed words none of which
    the register uses select no row (the chat would not count them either)."""
    view = file_view(assistant, source)
    df = view.register.df
    # Lower-cased: case never matters to a reader's search, and the dense model would read
    # "URGENCE" as another word than "urgence".
    typed = " ".join((typed or "").split()).lower()
    topic, unknown = topic_of(assistant, source, typed, language)
    if typed and not topic:
        return Selection(df.iloc[:0], filters, "", unknown, typed)
    if not topic:
        keep = mask(df, filters, {})
        return Selection(df if keep is None else df[keep], filters, "", unknown, typed)
    plan = Plan(
        question=typed, language=language, intent="list", topic=topic, filters=filters,
        mapping=getattr(view.register, "mapping", None),
    )  # fmt: skip
    ids = set(view.executor(plan).figures.get("row_ids", []))
    return Selection(df[df["row_id"].isin(ids)], filters, topic, unknown, typed)


def chat_plan(selection: Selection, question: str, language: str, mapping: Any = None) -> Plan:
    """The Plan "ask about this selection" hands the chat: the same filters and topic, so the
    chat lists exactly the rows shown."""
    return Plan(
        question=question, language=language, intent="list", topic=selection.topic,
        filters=selection.filters, mapping=mapping,
    )  # fmt: skip


def selection_note(selection: Selection, language: str, mapping: Any = None) -> str:
    """What the topic box was read as: the words searched, the words the register never uses
    (typed text is shown as text, never as markup)."""
    t, lines = tab_text(language, mapping), []
    if selection.topic:
        lines.append(t["topic_searched"].format(topic=cell(selection.topic)))
    if selection.unknown:
        lines.append(t["topic_unknown"].format(words=", ".join(cell(w) for w in selection.unknown)))
    if selection.waiting:
        lines.append(selection.waiting)
    return " ".join(lines)
