"""What goes into a briefing: the scope understood from the text, then every figure from the executor.

`build_briefing(assistant, "détection de fraude")` understands the text like a question (filters:
public body, portfolio, category, status; what is left is the topic), then asks the executor —
the same closed set of pandas operations the answers use — for the matching set (intent
"count": the topic set when there is a topic, exact filters otherwise, the whole register when
the text names nothing) and for its breakdowns by status, category, portfolio and body (those
the register has), then by each typed label or flag field of its mapping ("PII": yes / no / not
given). Nothing here counts rows itself: the briefing only words and lays out the executor's
figures, each with the row ids behind it. The words are the register's own (its
mapping's `wording`, see wording.py), and the sources cite its mapping's dataset page, licence
and title.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.briefing.model import Briefing, KeyFigure
from assistant.briefing.scope import BriefingError, notes_of, scope_words, subject_of, understand
from assistant.briefing.text import join, long_date, percent, shorten, typeset
from assistant.compose.extractive import number
from assistant.execute import label
from assistant.register.mapping import ROLES, load_mapping
from assistant.register.wording import blank_label, fields_text, templates
from assistant.settings import DEFAULT_DATA

if TYPE_CHECKING:  # annotations only: the register package is not imported for them
    from assistant.register.load import Register

LANGUAGES = ("fr", "en")
GROUP_FIELDS = ("status", "category", "portfolio", "body")
TOP_BODIES = 5
BENEFITS_WIDTH = 140


def build_briefing(
    assistant: Any,
    topic: str,
    language: str | None = None,
    history: list[dict[str, str]] | None = None,
    *,
    charts: bool = True,
    today: dt.date | None = None,
) -> Briefing:
    """A briefing on `topic` (a topic, a portfolio or body to filter on, or a question), in
    `language` ("fr" | "en"; default: the text's language). `history` (previous chat turns, as
    for `Assistant.ask`) lets a conversation become a briefing: a text that names nothing of its
    own ("", "Briefing") takes the scope of the conversation's last question."""
    if language is not None and language not in LANGUAGES:
        raise BriefingError(f"unknown language {language!r}: use 'fr' or 'en'")
    understood = understand(assistant, topic, history)
    plan, shown_topic = understood.plan, understood.topic
    lang = language or plan.language
    register = assistant.register
    mapping = getattr(register, "mapping", None)
    t = templates(lang, "brief", mapping)
    ex = assistant.executor
    counted = ex(plan)
    ids = [int(i) for i in counted.figures["row_ids"]]
    roles = getattr(register, "roles", ROLES)
    # A blank body or portfolio cell holds a label in the file's words: said in the briefing's.
    blanks = {role: (value, blank_label(role, lang, mapping))
              for role, value in getattr(register, "blanks", {}).items()}  # fmt: skip
    groups: dict[str, list[dict[str, Any]]] = {}
    for field_name in GROUP_FIELDS:
        if field_name not in roles:  # a register without statuses has no breakdown by status
            groups[field_name] = []
            continue
        evidence = ex(replace(plan, intent="breakdown", group_by=field_name))
        found = [*evidence.figures["breakdown"], *([evidence.figures["unnamed"]] if "unnamed" in evidence.figures else [])]  # no body given: listed too
        covered = sorted(i for g in found for i in g["row_ids"])
        if covered != sorted(ids):  # the same plan must select the same rows
            raise BriefingError(f"the breakdown by {field_name} does not cover the counted set")
        groups[field_name] = [_group(g, len(ids), lang, register.df, blanks, mapping) for g in found]
    # Most rows first, then the label in the briefing's language (the executor sorts in the plan's).
    for field_name in GROUP_FIELDS:
        groups[field_name].sort(key=lambda g: (-g["count"], g["label"]))

    typed_groups = {
        spec.key: _typed_groups(ex, plan, spec.key, ids, lang, register.df, mapping)
        for spec in briefed_fields(mapping, register.df)
    }
    subject = subject_of(understood, lang, t)
    ts = lambda s: typeset(s, lang)  # noqa: E731
    scope = ts(scope_words(plan, lang, t, shown_topic))
    briefing = Briefing(
        title=ts(t["title"].format(subject=subject)),
        subject=ts(subject),
        date=today or dt.date.today(),
        language=lang,
        source=register.source,
        count=len(ids),
        row_ids=ids,
        scope=scope,
        method=ts(
            t["method_topic"].format(topic=shown_topic)
            if counted.topic_set
            else t["method_filters"]
        ),
        notes=[ts(n) for n in notes_of(understood, lang, t)],
        summary=[],
        key_figures=[],
        groups=groups,
        rows=[_table_row(r, lang, blanks) for r in counted.rows],
        sources=[],
        limits=[],
        plan=plan,
        text=t,
        roles=tuple(roles),
        typed_groups=typed_groups,
        typed_names={key: load_mapping(mapping).typed(key).name(lang) for key in typed_groups},
        # the portrait's own templates name their register already
        register_title="" if load_mapping(mapping).portrait_wording else getattr(mapping, "title", ""),
    )
    briefing.kicker = ts(t["kicker"].format(title=getattr(mapping, "title", "")))
    briefing.byline = ts(
        t["byline"].format(
            date=briefing.date_text, source=register.source, rows=number(len(register), lang)
        )
    )
    briefing.summary = [ts(s) for s in _summary(briefing, t, scope)]
    composer = getattr(assistant, "composer", None)
    if hasattr(composer, "summarise") and ids:
        # With a language model, the summary paragraph is written by the model from the same
        # evidence and checked like an answer; on any failure the templated summary stays.
        worded = composer.summarise(counted, plan)
        if worded.composer.get("fallback") is None:
            briefing.summary = [ts(worded.text)]
        briefing.composer = worded.composer
    statuses = {label.key for label in register.labels("status")} if hasattr(register, "labels") else set()
    briefing.key_figures = _key_figures(briefing, t, statuses)
    briefing.sources = [ts(s) for s in _sources(register, briefing, t)]
    briefing.limits = [ts(s) for s in _limits(register, briefing, counted.topic_set, t)]
    if charts and ids and {"status", "category"} <= set(roles):  # the charts show these two
        from assistant.briefing.charts import make_charts

        briefing.charts = make_charts(briefing)
    return briefing


def briefed_fields(mapping: Any, df: Any) -> list[Any]:
    """The typed fields a briefing breaks its set down by: the label and flag fields loaded."""
    return [f for f in load_mapping(mapping).fields if f.type in ("label", "flag") and f.key in df.columns]


def _typed_groups(
    ex: Any, plan: Any, key: str, ids: list[int], lang: str, df: Any, mapping: Any
) -> list[dict[str, Any]]:
    """The executor's breakdown of the counted set by a typed field, rows with a blank cell
    counted as "not given": the groups cover the set exactly (checked, as for the roles)."""
    if not ids:
        return []
    figures = ex(replace(plan, intent="breakdown", group_by=key)).figures
    found = [*figures.get("breakdown", []), *([figures["unnamed"]] if "unnamed" in figures else [])]  # "not given" too
    if sorted(i for g in found for i in g["row_ids"]) != sorted(ids):
        raise BriefingError(f"the breakdown by {key} does not cover the counted set")
    groups = [_group(g, len(ids), lang, df, {}, mapping) for g in found]
    return sorted(groups, key=lambda g: (-g["count"], g["label"]))


# -- figures and words --------------------------------------------------------------------------


def _group(
    g: dict[str, Any], total: int, lang: str, df: Any, blanks: dict[str, tuple[str, str]], mapping: Any = None
) -> dict[str, Any]:
    value, shown = blanks.get(g["field"], (None, ""))
    blank = g["value"] == value  # the rows that name no body: listed, never counted as a body
    return {
        **g,
        "label": shown if blank else label(g["field"], g["value"], lang, df, mapping),
        "share": percent(g["count"], total, lang),
        "blank": blank,
    }


def _table_row(
    record: dict[str, Any], lang: str, blanks: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    en = lang == "en"
    body, shown = blanks.get("body", (None, ""))
    portfolio, shown_portfolio = blanks.get("portfolio", (None, ""))
    return {
        "row_id": int(record["row_id"]),
        "name": typeset(" ".join(str(record["name"]).split()), lang),
        "body": shown if record["body"] == body else " ".join(str(record["body"]).split()),
        "portfolio": shown_portfolio
        if record.get("portfolio") == portfolio
        else str((record.get("portfolio_en") if en else None) or record.get("portfolio") or "—"),
        "category": str(record["category_en"] if en else record["category"]),
        "status": str(record["status_en"] if en else record["status"]),
        "benefits": typeset(shorten(record.get("benefits") or "—", BENEFITS_WIDTH), lang),
    }


def _words(n: int, t: dict[str, Any]) -> str:
    return t["initiative_one"] if n == 1 else t["initiative_many"]


def _top(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [g for g in groups if g["count"] == groups[0]["count"]] if groups else []


def _named(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The groups that are a body or portfolio (not the rows whose cell was blank)."""
    return [g for g in groups if not g.get("blank")]


def _summary(b: Briefing, t: dict[str, Any], scope: str) -> list[str]:
    s, lang, n = t["summary"], b.language, b.count
    if n == 0:
        return [s["zero"].format(source=b.source, scope=scope)]
    bodies, portfolios = len(_named(b.groups["body"])), len(_named(b.groups["portfolio"]))
    lines = [
        (s["intro_one"] if n == 1 else s["intro_many"]).format(
            source=b.source, count=number(n, lang), scope=scope,
            bodies=(s["bodies_one"] if bodies == 1 else s["bodies_many"]).format(n=number(bodies, lang)),
            portfolios=(s["portfolios_one"] if portfolios == 1 else s["portfolios_many"]).format(n=number(portfolios, lang)),
        )
    ]  # fmt: skip
    # Québec's statuses have phrases of their own ("12 in production"); other labels are quoted.
    parts = [
        s["status_parts"].get(g["value"], s["status_part"]).format(
            count=number(g["count"], lang), percent=g["share"], label=g["label"]
        )
        for g in b.groups["status"]
    ]
    if parts:
        lines.append(s["status"].format(parts=join(parts, t["list_sep"], t["and"])))
    for field_name, key in (
        ("category", "top_category"),
        ("portfolio", "top_portfolio"),
        ("body", "top_body"),
    ):
        groups = _named(b.groups[field_name])
        if not groups or (field_name != "category" and len(groups) < 2):
            continue  # "the body with the most" of a one-body briefing says nothing
        top = _top(groups)
        if field_name == "category":
            labels = [s["quoted"].format(label=g["label"]) for g in top]
        else:
            labels = [g["label"] for g in top]
        many = len(top) > 1
        lines.append(
            s[f"{key}_{'many' if many else 'one'}"].format(
                label=labels[0], labels=join(labels, t["list_sep"], t["and"]), count=number(top[0]["count"], lang),
                percent=top[0]["share"], initiatives=_words(top[0]["count"], t),
            )
        )  # fmt: skip
    return lines


def _key_figures(b: Briefing, t: dict[str, Any], statuses: set[str]) -> list[KeyFigure]:
    k, lang = t["key_figures"], b.language
    figures = [KeyFigure(k["initiatives"], number(b.count, lang), b.count, list(b.row_ids))]
    if not b.count:
        return figures
    for field_name, key in (
        ("body", "bodies"),
        ("portfolio", "portfolios"),
        ("category", "categories"),
    ):
        groups = _named(b.groups[field_name])
        if not groups:  # a field this register does not have
            continue
        figures.append(
            KeyFigure(
                k[key],
                number(len(groups), lang),
                len(groups),
                sorted(i for g in groups for i in g["row_ids"]),
            )
        )
    for status in ("in_production", "in_development"):
        if status not in statuses:  # Québec's statuses: another register has its own stages
            continue
        g = next((g for g in b.groups["status"] if g["value"] == status), None)
        count, ids = (g["count"], g["row_ids"]) if g else (0, [])
        figures.append(
            KeyFigure(
                k[status],
                f"{number(count, lang)} ({percent(count, b.count, lang)})",
                count,
                list(ids),
            )
        )
    return [replace(f, label=typeset(f.label, lang), value=typeset(f.value, lang)) for f in figures]


def register_date(path: Path) -> tuple[dt.date | None, str]:
    """The register file's date: a date written in its name (2025-06-30, 20250630), else its
    modification time. Returns (date, "name" | "mtime")."""
    match = re.search(r"(20\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])", path.name)
    if match:
        try:
            return dt.date(*(int(x) for x in match.groups())), "name"
        except ValueError:
            pass
    try:
        return dt.date.fromtimestamp(path.stat().st_mtime), "mtime"
    except OSError:
        return None, "mtime"


def _sources(register: Register, b: Briefing, t: dict[str, Any]) -> list[str]:
    s, lang = t["sources"], b.language
    mapping = load_mapping(getattr(register, "mapping", None))
    day, how = register_date(Path(register.path))
    lines = [s["file"].format(source=register.source)]
    if day is not None:
        lines.append(s[f"file_date_{how}"].format(date=long_date(day, lang)))
    lines += [
        s["rows"].format(rows=number(len(register), lang)),
        s["sha256"].format(sha=register.sha256[:12]),
    ]
    if mapping.dataset_page:  # the register's own dataset page, title and licence
        b.dataset_url = mapping.dataset_page
        lines.append(s["dataset"].format(url=mapping.dataset_page, title=mapping.title,
                                         licence=mapping.licence or s["licence_unknown"]))  # fmt: skip
    lines += [s["row_ids"], s["generated"].format(date=b.date_text)]
    return lines


def is_bundled(register: Register) -> bool:
    """True when the register is the representative file shipped in data/ (invented rows)."""
    try:
        if Path(register.path).resolve() == DEFAULT_DATA.resolve():
            return True
        return DEFAULT_DATA.is_file() and register.sha256 == _sha256(DEFAULT_DATA)
    except OSError:
        return False


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _limits(register: Register, b: Briefing, topic_set: bool, t: dict[str, Any]) -> list[str]:
    s, mapping = t["limits"], getattr(register, "mapping", None)
    fields = fields_text(b.language, mapping)
    # Québec's limits (no vendors, no cybersecurity…) are blank for another register (generic.toml).
    lines = [text for key in ("budgets", "vendors", "dates", "cybersecurity") if (text := s[key].format(fields=fields))]
    if topic_set:
        lines.append(s["topic"])
    if getattr(register, "language", "fr") != b.language:
        lines.append(s["quoted_as_written"])
    if is_bundled(register):
        lines.append(s["bundled"].format(source=register.source))
    return lines
