"""Overview's bar charts as HTML: horizontal bars with their full labels, each bar a button.

A drawn chart (vega) rotated and cut long labels ("Aide à la décision, plani…") and could not
be clicked. Here each bar is a real `<button>`: its text is the full label (wrapping, never
cut) and the count, so the chart is its own text alternative, a keyboard reaches every bar,
and a click (or Enter) tells the server which value it stands for (`BARS_JS` triggers the
component's `click` event with `{field, value}`). Every register text is escaped, and so are
the characters of gradio's template syntax (`${…}`, `{{…}}`): a label is shown, never run.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from assistant.inert import strip_controls
from assistant.ui.tab_text import tab_text


def escape(value: object) -> str:
    """`value` as inert HTML text (also inside an attribute), template syntax included,
    on one line and without control sequences."""
    text = " ".join(strip_controls(str(value if value is not None else "")).split())
    text = html.escape(text, quote=True)
    return text.replace("$", "&#36;").replace("{", "&#123;").replace("}", "&#125;")


def attribute(value: object) -> str:
    """`value` inert inside an HTML attribute, exactly as given otherwise (spaces kept): a bar's
    `data-value` must come back as the canonical value a filter uses."""
    text = html.escape(strip_controls(str(value if value is not None else "")), quote=True)
    return text.replace("$", "&#36;").replace("{", "&#123;").replace("}", "&#125;")


def chart_html(table: pd.DataFrame, field: str, title: str, summary: str, language: str, mapping: Any = None) -> str:
    """The chart of `table` (label, value, count; most first): a heading, a sentence, the bars
    (its words in the register's nouns: `mapping`)."""
    t = tab_text(language, mapping)
    heading = f'<h2 class="bars-title">{escape(title)}</h2>'
    if not len(table):
        return f'<div class="bars-chart">{heading}<p>{escape(t["chart_empty"])}</p></div>'
    most = max(int(table["count"].max()), 1)
    items = []
    for row in table.itertuples(index=False):
        width = 100 * int(row.count) / most
        items.append(
            f'<li><button type="button" class="bar" data-field="{attribute(field)}" '
            f'data-value="{attribute(row.value)}">'
            f'<span class="bar-label">{escape(row.label).replace("/", "/<wbr>")}</span>'
            f'<span class="bar-track" aria-hidden="true"><span class="bar-fill" '
            f'style="width: {width:.1f}%"></span></span>'
            f'<span class="bar-count">{int(row.count)}</span>'
            f'<span class="bars-sr"> {escape(t["bar_hint"])}</span></button></li>'
        )
    return (
        f'<div class="bars-chart">{heading}<p class="bars-summary">{escape(summary)}</p>'
        f'<ul class="bars">{"".join(items)}</ul></div>'
    )


# Scoped by gradio to each chart. Labels wrap between words only; below 640 px the label takes
# its own line above the bar. Colours are the theme's (light and dark).
BARS_CSS = """
.bars-title { font-size: var(--text-lg); font-weight: 600; margin: 0 0 .25rem; }
.bars-summary { margin: 0 0 .5rem; }
.bars { list-style: none; margin: 0; padding: 0; }
.bars li { margin: 0 0 .2rem; padding: 0; }
.bar {
  display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr) auto; gap: .75rem;
  align-items: center; width: 100%; text-align: left; font: inherit;
  color: var(--body-text-color); background: transparent; cursor: pointer;
  border: 1px solid transparent; border-radius: var(--radius-sm); padding: .3rem .4rem;
  min-height: 2rem;
}
.bar:hover { background: var(--background-fill-secondary); border-color: var(--border-color-primary); }
.bar:focus-visible { outline: 3px solid #b5500b; outline-offset: 1px; }
.bar-label { overflow-wrap: normal; word-break: normal; hyphens: manual; }
.bar-track { display: block; height: .9rem; background: var(--background-fill-secondary);
  border-radius: 2px; }
.bar-fill { display: block; height: 100%; min-width: 2px; border-radius: 2px;
  background: var(--color-accent); }
.bar-count { font-variant-numeric: tabular-nums; min-width: 3ch; text-align: right; font-weight: 600; }
.bars-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@media (max-width: 640px) {
  .bar { grid-template-columns: minmax(0, 1fr) auto; gap: .25rem .5rem; }
  .bar-label { grid-column: 1 / -1; }
}
"""

def table_html(table: pd.DataFrame, caption: str, column: str, count_column: str) -> str:
    """The chart's figures as a data table (caption, column headers, one row per group)."""
    rows = "".join(
        f'<tr><th scope="row">{escape(row.label)}</th><td>{int(row.count)}</td></tr>'
        for row in table.itertuples(index=False)
    )
    return (
        f'<table class="bars-table"><caption>{escape(caption)}</caption>'
        f'<thead><tr><th scope="col">{escape(column)}</th><th scope="col">{escape(count_column)}</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


# Headers and figures never break inside a word ("Initiati/ves"); the label column wraps
# between words only.
TABLE_CSS = """
.bars-table { width: 100%; border-collapse: collapse; margin: 0; }
.bars-table caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; caption-side: top; }
.bars-table th, .bars-table td { border: 1px solid var(--border-color-primary); padding: .35rem .6rem;
  text-align: left; vertical-align: top; overflow-wrap: normal; word-break: normal; hyphens: manual;
  color: var(--body-text-color); }
.bars-table tbody th { font-weight: normal; }
.bars-table thead th:last-child, .bars-table td { white-space: nowrap; text-align: right;
  font-variant-numeric: tabular-nums; width: 1%; }
"""

# Runs once per chart (gradio's `js_on_load`); delegated, so redrawn bars need nothing new.
BARS_JS = """
element.addEventListener('click', (event) => {
  const bar = event.target.closest('button.bar');
  if (bar && element.contains(bar)) {
    trigger('click', {field: bar.dataset.field, value: bar.dataset.value});
  }
});
"""
