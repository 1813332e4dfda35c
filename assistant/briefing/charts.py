"""The briefing's charts: PNG bytes, readable in black and white.

Horizontal bars in grey levels with hatching (status) and a direct label at the end of each bar
("33 (47 %)"), so the figures can be read without colour and without a legend; every label is
in the briefing's language. Matplotlib's object API with the Agg canvas: no pyplot state, safe
to call from the UI's worker threads.
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

from assistant.briefing.model import Briefing, Chart
from assistant.briefing.text import join, typeset
from assistant.compose.extractive import number

DPI = 110
WIDTH_IN = 7.6
# Grey level and hatch per status: distinct when printed in black and white.
STATUS_STYLE = {
    "in_production": {"facecolor": "0.25", "hatch": ""},
    "in_development": {"facecolor": "0.78", "hatch": "///"},
    "information_unavailable": {"facecolor": "white", "hatch": ".."},
}
CATEGORY_STYLE = {"facecolor": "0.55", "hatch": ""}


def make_charts(briefing: Briefing) -> list[Chart]:
    """One chart by status and one by category, over the briefing's set."""
    t = briefing.text["charts"]
    return [
        _chart(
            briefing,
            "status",
            t["status_title"],
            lambda g: STATUS_STYLE.get(g["value"], CATEGORY_STYLE),
        ),
        _chart(briefing, "category", t["category_title"], lambda g: CATEGORY_STYLE),
    ]


def _chart(briefing: Briefing, field: str, title: str, style: Any) -> Chart:
    lang, t = briefing.language, briefing.text
    groups = briefing.groups[field]
    labels = [typeset(g["label"], lang) for g in groups]
    values = [f"{number(g['count'], lang)} ({g['share']})" for g in groups]
    title = typeset(title, lang)
    png = _bars(
        labels=labels,
        counts=[g["count"] for g in groups],
        texts=values,
        styles=[style(g) for g in groups],
        title=title,
        axis=typeset(t["charts"]["axis"], lang),
    )
    parts = join(
        [f"{label} {value}" for label, value in zip(labels, values, strict=True)],
        t["list_sep"],
        t["and"],
    )
    words = t["initiative_one"] if briefing.count == 1 else t["initiative_many"]
    return Chart(
        name=field,
        title=title,
        alt=typeset(t["charts"]["alt"].format(title=title, parts=parts), lang),
        caption=typeset(
            t["charts"]["caption"].format(
                title=title,
                count=number(briefing.count, lang),
                initiatives=words,
                source=briefing.source,
            ),
            lang,
        ),
        png=png,
    )


def _bars(
    labels: list[str],
    counts: list[int],
    texts: list[str],
    styles: list[dict[str, str]],
    title: str,
    axis: str,
) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    wrapped = [textwrap.fill(label, 34) for label in labels]
    lines = sum(max(1, w.count("\n") + 1) for w in wrapped)
    height = 0.9 + 0.34 * max(lines, 2) + 0.12 * len(labels)
    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    positions = list(range(len(labels)))[::-1]  # the first (largest) group on top
    bars = ax.barh(positions, counts, height=0.62, edgecolor="black", linewidth=0.8)
    for bar, s in zip(bars, styles, strict=True):
        bar.set_facecolor(s["facecolor"])
        bar.set_hatch(s["hatch"])
    top = max(counts) if counts else 1
    for pos, count, text in zip(positions, counts, texts, strict=True):
        ax.text(count + top * 0.015, pos, text, va="center", ha="left", fontsize=9, color="black")
    ax.set_yticks(positions, wrapped, fontsize=9)
    ax.set_xlim(0, top * 1.28 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(axis, fontsize=9)
    ax.tick_params(axis="x", labelsize=8)
    ax.set_title(title, fontsize=11, loc="left", fontweight="bold")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    out = io.BytesIO()
    # No software/version metadata: the same figures give the same bytes.
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()
