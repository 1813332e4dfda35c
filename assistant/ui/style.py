"""Theme, CSS and page script: readable offline, WCAG 2.1 AA contrast, visible keyboard focus.

Gradio 6 takes the theme, CSS and script at launch(), not in gr.Blocks(): every launch passes
`LAUNCH_OPTIONS` (cli `serve` and the tests alike).
"""

from __future__ import annotations

from typing import Any

import gradio as gr

# Québec's government blue (#095797) as the primary hue: white on it is 7.3:1 (AA needs 4.5:1);
# gradio's default orange gives white text 2.8:1 on primary buttons.
QUEBEC_BLUE = gr.themes.Color(
    c50="#eaf1f8",
    c100="#cfdeee",
    c200="#a6c3df",
    c300="#6f9fcc",
    c400="#3b79b0",
    c500="#095797",
    c600="#084b82",
    c700="#063f6e",
    c800="#05335a",
    c900="#032746",
    c950="#021b31",
    name="quebec_blue",
)
# System fonts only: the page must render offline, with nothing fetched from a font service.
THEME = gr.themes.Default(
    primary_hue=QUEBEC_BLUE,
    secondary_hue=QUEBEC_BLUE,
    font=["DejaVu Sans", "sans-serif"],
).set(
    link_text_color="*primary_600",
    link_text_color_hover="*primary_800",
    link_text_color_visited="*primary_700",
    # gradio's subdued grey (neutral_400, 2.5:1 on white) is used for info text and the
    # footer; neutral_600 is 7.5:1. Dark mode keeps gradio's light grey on a dark background.
    body_text_color_subdued="*neutral_600",
    body_text_color_subdued_dark="*neutral_400",
    input_placeholder_color="*neutral_500",  # 4.8:1 (gradio's neutral_400 is 2.5:1)
)

FOCUS = "#b5500b"  # dark orange: 3:1 or more against white, the blue buttons and the grey fills
CSS = f"""
/* The table's cells default to the monospace font; names and bodies read better in the text font. */
.register-table [role=gridcell] *, .register-table [role=columnheader] * {{ font-family: var(--font); }}
/* Keyboard focus always visible (WCAG 2.4.7), on every control gradio renders. */
:focus-visible, .gradio-container :focus-visible {{
  outline: 3px solid {FOCUS} !important; outline-offset: 2px !important;
}}
/* Text for screen readers only (chart summaries are visible tables; this is for extra hints). */
.sr-only {{
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}}
/* Dark mode: the selected tab's text is the accent colour; the dark blue is 2.6:1 on the dark
   background, its light tint 6.5:1 (the theme has no dark variant of this colour). */
.dark {{ --color-accent: {QUEBEC_BLUE.c300} !important; }}
#copy-status, #feedback-status, #explore-count {{ min-height: 1.5em; }}
"""

# Runs once when the page loads: the document's language follows the UI language (screen
# readers pick their voice from <html lang>), set again on every switch (see app.py).
JS = "() => { document.documentElement.lang = 'fr'; }"
SET_LANG_JS = (
    "(lang) => { document.documentElement.lang = lang === 'en' ? 'en' : 'fr'; return []; }"
)

# Copies the answer with its sources. navigator.clipboard needs a secure context (127.0.0.1 and
# https are); otherwise a hidden textarea and execCommand do it. Returns its inputs unchanged
# so that the Python side can say "copied" in the UI language.
COPY_JS = """
async (value, lang) => {
  try {
    await navigator.clipboard.writeText(value);
  } catch (error) {
    const area = document.createElement('textarea');
    area.value = value; area.setAttribute('readonly', '');
    area.style.position = 'fixed'; area.style.opacity = '0';
    document.body.appendChild(area); area.select(); document.execCommand('copy'); area.remove();
  }
  return [value, lang];
}
"""

LAUNCH_OPTIONS: dict[str, Any] = {
    "theme": THEME,
    "css": CSS,
    "js": JS,
    "share": False,
    "ssr_mode": False,
}
