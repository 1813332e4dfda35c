"""The conversation as HTML: each answer with its sources, details, rephrasings and feedback.

A turn is kept as a plain JSON "view" (`turn_view`): what the page needs to draw the answer in
either UI language, and what the browser keeps across a reload. `render_turns` draws views in
the UI language: the chrome (headings, labels, buttons) in that language, the answer's text in
the question's. Everything that comes from the register, the question or a model is escaped
here (`html.escape`); the only markup is ours.

Citation markers ("[82]", "[4, 6, 7]") become links to the cited row's card in the source list
under the answer: a card shows the row id, initiative, body and status, and opens to every
field with the file and row number. The page script (style.CONVERSATION_JS) opens the card,
asks a suggested question, rates, comments and copies.
"""

from __future__ import annotations

import copy
import html
import re
import uuid
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from assistant.service_log import registers_of
from assistant.types import Answer, data_files
from assistant.ui.sources import (
    FIELDS,
    MAX_CARDS,
    copy_text,
    field_value,
    source_records,
    sources_csv,
)
from assistant.ui.text import field_labels, text

if TYPE_CHECKING:
    from assistant.api import Assistant

CITATION = re.compile(r"\[(\d+(?:,\s*\d+)*)\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")
BULLET = re.compile(r"^(\s*)[-*•]\s+(.*)$")
NUMBERED = re.compile(r"^\s*(\d+)\.\s+(.*)$")
# "… the full list is in the sources table": the words become a link to the answer's sources.
TO_SOURCES = re.compile(r"(le tableau des sources|the sources table)")


def turn_view(assistant: Assistant, question: str, answer: Answer, note: str = "") -> dict[str, Any]:
    """Everything the page shows of one answer, as JSON values (kept in the browser)."""
    plan = answer.plan
    understood = {}
    if plan is not None:
        for language in ("fr", "en"):  # said in the UI's language, whatever the question's
            shown = copy.copy(plan)
            shown.language = language
            understood[language] = shown.understood()
    files = (answer.data or {}).get("files") or data_files(registers_of(assistant), answer)["files"]
    return {
        "id": uuid.uuid4().hex[:10],
        "question": question,
        "answer": answer.answer,
        "note": note,
        "language": answer.language,
        "intent": answer.intent,
        "figures": answer.figures,
        "citations": len(answer.citations),
        "sources": source_records(assistant, answer),
        "files": [{"source": f["source"], "sha256": f["sha256"]} for f in files],
        "understood": understood,
        "suggestions": list(getattr(plan, "suggestions", None) or []),
        "feedback": {"rating": None, "comment": "", "status": ""},
    }


def answer_of(view: dict[str, Any]) -> Answer:
    """The `Answer` a view was drawn from, as far as the browser kept it (no Plan): what a
    rating of a conversation restored after a reload records."""
    from assistant.types import Citation

    citations = [Citation(s["row_id"], s["source"], s.get("name", ""), s.get("body", "")) for s in view["sources"]]
    files = [{**f, "rows": None, "year": None} for f in view.get("files", [])]
    return Answer(view["answer"], view["language"], view["intent"], citations,
                  dict(view.get("figures") or {}), data={"files": files})  # fmt: skip


# -- drawing -----------------------------------------------------------------------------------


def render_turns(views: list[dict[str, Any]], language: str, labels: dict[str, str], feedback_file: str,
                 heading: str = "") -> str:  # fmt: skip
    """`views` (newest first) as HTML in the UI `language`; `labels`: field -> label."""
    if not views:
        return ""
    t = text(language)
    parts = [f'<h2 class="earlier-title">{esc(heading)}</h2>'] if heading else []
    parts += [render_turn(v, t, language, labels, feedback_file) for v in views]
    return "\n".join(parts)


def render_turn(view: dict[str, Any], t: dict[str, Any], language: str, labels: dict[str, str],
                feedback_file: str) -> str:  # fmt: skip
    turn = view["id"]
    positions = {}
    for position, source in enumerate(view["sources"]):
        positions.setdefault(source["row_id"], position)
    body = answer_html(view["answer"], turn, positions, t)
    if view.get("note"):
        body += f'<p class="note"><em>{esc(view["note"])}</em></p>'
    lang = "en" if view["language"] == "en" else "fr"
    return (
        f'<article class="turn" id="turn-{turn}" data-turn="{turn}" aria-labelledby="q-{turn}">'
        f'<h2 class="turn-question" id="q-{turn}"><span class="who">{esc(t["you_asked"])}</span> '
        f'<span lang="{lang}">{esc(view["question"])}</span></h2>'
        f'<div class="answer" tabindex="0" role="group" lang="{lang}" '
        f'aria-label="{esc(t["answer_label"])}">{body}</div>'
        f"{suggestions_html(view, t)}"
        f"{sources_html(view, t, language, labels)}"
        f"{feedback_html(view, t, language, feedback_file)}"
        f"{details_html(view, t, language)}"
        "</article>"
    )


def answer_html(answer: str, turn: str, positions: dict[int, int], t: dict[str, Any]) -> str:
    """The answer's Markdown (paragraphs, bullet and numbered lists, bold, tables) as HTML,
    escaped first, with its citation markers as links to the cards."""
    blocks: list[str] = []
    items: list[str] = []
    table: list[list[str]] = []

    def close() -> None:
        if items:
            blocks.append('<ul class="answer-list">' + "".join(items) + "</ul>")
            items.clear()
        if table:
            head, *rows = [r for r in table if not all(set(c) <= set("-: ") for c in r)]
            cells = "".join(f"<th scope='col'>{c}</th>" for c in head)
            body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
            blocks.append(f'<table class="answer-table"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>')
            table.clear()

    for raw in answer.splitlines():
        line = inline(raw, turn, positions, t)
        if not raw.strip():
            close()
        elif raw.strip().startswith("|") and raw.strip().endswith("|"):
            if items:
                close()
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif bullet := BULLET.match(line):
            nested = ' class="nested"' if len(bullet.group(1)) >= 2 else ""
            items.append(f"<li{nested}>{bullet.group(2)}</li>")
        elif numbered := NUMBERED.match(line):
            items.append(f'<li class="ranked"><span class="rank">{numbered.group(1)}.</span> {numbered.group(2)}</li>')
        else:
            close()
            blocks.append(f"<p>{line}</p>")
    close()
    return "".join(blocks)


def inline(line: str, turn: str, positions: dict[int, int], t: dict[str, Any]) -> str:
    """One line escaped, with **bold** and citation links (only to rows this answer cites)."""
    escaped = BOLD.sub(r"<strong>\1</strong>", esc(line))
    if positions:
        escaped = TO_SOURCES.sub(rf'<a class="to-sources" href="#s-{turn}" data-card="s-{turn}">\1</a>', escaped)

    def link(match: re.Match) -> str:
        ids = [int(i) for i in re.findall(r"\d+", match.group(1))]
        if not all(i in positions for i in ids):
            return match.group(0)
        links = [
            f'<a class="cite" href="#src-{turn}-{positions[i]}" data-card="src-{turn}-{positions[i]}" '
            f'aria-label="{esc(t["cite_label"].format(row=i))}">{i}</a>'
            for i in ids
        ]
        return "[" + ", ".join(links) + "]"

    return CITATION.sub(link, escaped)


def sources_html(view: dict[str, Any], t: dict[str, Any], language: str, labels: dict[str, str]) -> str:
    turn, sources, total = view["id"], view["sources"], view.get("citations", len(view["sources"]))
    if not sources:
        return f'<section class="sources"><p class="sources-none">{esc(t["sources_none"])}</p></section>'
    title = t["sources_title" if total == 1 else "sources_title_many"].format(n=total)
    headers = {"key": t["card_key"], **{f: labels.get(f, f) for f in FIELDS}, "source": t["record_file"]}
    csv_text = sources_csv(sources, headers, language)
    href = "data:text/csv;charset=utf-8," + quote("\ufeff" + csv_text)
    cards = "".join(card_html(s, f"src-{turn}-{p}", t, language, labels) for p, s in enumerate(sources))
    more = (
        f'<p class="sources-more">{esc(t["sources_more"].format(shown=len(sources), total=total))}</p>'
        if total > len(sources) else ""
    )  # fmt: skip
    return (
        f'<section class="sources" aria-labelledby="s-{turn}">'
        f'<div class="sources-head"><h3 id="s-{turn}">{esc(title)}</h3>'
        f'<a class="csv" download="sources-{turn}.csv" href="{href}">{esc(t["csv"])}</a></div>'
        f'<ul class="cards" tabindex="0" aria-label="{esc(t["sources_list"])}">{cards}</ul>{more}'
        "</section>"
    )


def card_html(source: dict[str, Any], card_id: str, t: dict[str, Any], language: str, labels: dict[str, str]) -> str:
    """One cited row: row, initiative, body and status; opened, every field, file and row."""
    row = esc(t["card_row"].format(row=source["row_id"]))
    fields = "".join(
        f"<dt>{esc(labels.get(f, f))}</dt><dd>{esc(field_value(source, f, language) or '—')}</dd>"
        for f in FIELDS
    )
    fields += f"<dt>{esc(t['record_file'])}</dt><dd>{esc(source['source'])}, {row}</dd>"
    return (
        f'<li><details class="card" id="{card_id}"><summary>'
        f'<span class="card-row">{row}</span> '
        f'<span class="card-name">{esc(source.get("name", ""))}</span> '
        f'<span class="card-body">{esc(source.get("body", ""))}</span> '
        f'<span class="card-status">{esc(field_value(source, "status", language))}</span>'
        f"</summary><dl>{fields}</dl></details></li>"
    )


def suggestions_html(view: dict[str, Any], t: dict[str, Any]) -> str:
    if not view.get("suggestions"):
        return ""
    chips = "".join(
        f'<button type="button" class="chip ask" data-question="{esc(q)}">{esc(q)}</button>'
        for q in view["suggestions"]
    )
    return f'<div class="suggestions"><p>{esc(t["suggest"])}</p><div class="chip-row">{chips}</div></div>'


def feedback_html(view: dict[str, Any], t: dict[str, Any], language: str, feedback_file: str) -> str:
    turn, feedback = view["id"], view.get("feedback") or {}
    rating = feedback.get("rating")
    buttons = "".join(
        f'<button type="button" class="rate" id="rate-{turn}-{r}" data-turn="{turn}" data-rating="{r}" '
        f'aria-pressed="{"true" if rating == r else "false"}"><span aria-hidden="true">{icon}</span> '
        f"{esc(t[f'rate_{r}'])}</button>"
        for r, icon in (("up", "👍"), ("down", "👎"))
    )
    status = feedback_status(feedback, t)
    copied = copy_text(answer_of(view), language)
    return (
        f'<div class="feedback" role="group" aria-label="{esc(t["rate_group"])}">'
        f'<div class="feedback-row">{buttons}'
        f'<button type="button" class="copy" id="copy-{turn}" data-text="{esc(copied)}" '
        f'data-done="{esc(t["copied"])}">{esc(t["copy"])}</button>'
        f'<span class="feedback-status" id="status-{turn}" role="status">{esc(status)}</span></div>'
        f'<details class="comment"><summary>{esc(t["comment_toggle"])}</summary>'
        f'<label for="comment-{turn}">{esc(t["comment_one"])}</label>'
        f'<textarea id="comment-{turn}" rows="2" placeholder="{esc(t["comment_placeholder"])}">'
        f"{esc(feedback.get('comment') or '')}</textarea>"
        f'<button type="button" class="send-comment" id="send-{turn}" data-turn="{turn}">'
        f'{esc(t["send_comment"])}</button></details>'
        f'<p class="feedback-where">{esc(t["feedback_where"].format(file=feedback_file))}</p></div>'
    )


def feedback_status(feedback: dict[str, Any], t: dict[str, Any]) -> str:
    """The confirmation shown beside the buttons, in the UI's language."""
    status = feedback.get("status")
    if status == "rated" and feedback.get("rating"):
        return t["feedback_saved"].format(rating=t[f"rating_{feedback['rating']}"])
    return t.get(status, "") if status in ("comment_saved", "comment_first", "feedback_removed") else ""


def details_html(view: dict[str, Any], t: dict[str, Any], language: str) -> str:
    """File, sha256, intent and plan: behind a « Détails / Details » disclosure."""
    lines = []
    understood = (view.get("understood") or {}).get(language)
    if understood:
        lines.append(t["understood"].format(plan="").replace("**", "").strip() + " " + understood)
    for f in view.get("files", []):
        lines.append(f"{t['record_file']} : {f['source']} (sha256 {f['sha256'][:12]})"
                     if language != "en" else f"{t['record_file']}: {f['source']} (sha256 {f['sha256'][:12]})")  # fmt: skip
    items = "".join(f"<li>{esc(line)}</li>" for line in lines)
    return f'<details class="details"><summary>{esc(t["details"])}</summary><ul>{items}</ul></details>'


def examples_html(questions: tuple[str, ...] | list[str], language: str) -> str:
    """The first view's example questions as buttons that ask them (never cut: they wrap)."""
    t = text(language)
    chips = "".join(
        f'<button type="button" class="chip ask" data-question="{esc(q)}">{esc(q)}</button>'
        for q in questions
    )
    return f'<div class="examples"><h2>{esc(t["examples"])}</h2><div class="chip-row">{chips}</div></div>'


def skip_html(language: str) -> str:
    return f'<a class="skip-link" href="#question">{esc(text(language)["skip"])}</a>'


def labels_of(assistant: Assistant, language: str) -> dict[str, str]:
    labels = field_labels(getattr(assistant.register, "mapping", None), language)
    return {**labels, "name": labels.get("name", "Initiative")}


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def esc(value: Any) -> str:
    """Text made inert in HTML: markup escaped, control characters (a terminal's colours,
    bells) dropped."""
    return html.escape(CONTROL.sub("", str(value if value is not None else "")), quote=True)


__all__ = ["MAX_CARDS", "answer_of", "examples_html", "render_turns", "skip_html", "turn_view"]
