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
    # On the dark background the light tints read (the dark blues are under 3:1 there).
    link_text_color_dark="*primary_200",
    link_text_color_hover_dark="*primary_100",
    link_text_color_visited_dark="*primary_300",
    # gradio's subdued grey (neutral_400, 2.5:1 on white) is used for info text and the
    # footer; neutral_600 is 7.5:1. Dark mode keeps gradio's light grey on a dark background.
    body_text_color_subdued="*neutral_600",
    body_text_color_subdued_dark="*neutral_400",
    input_placeholder_color="*neutral_500",  # 4.8:1 (gradio's neutral_400 is 2.5:1)
)

FOCUS = "#b5500b"  # dark orange: 3:1 or more against white, the blue buttons and the grey fills
# The chat (issue 18): header that stacks on a phone, skip link, answers with their source
# cards, feedback buttons of 32 px, example and suggestion chips that wrap (never cut).
CHAT_CSS = """
footer { display: none !important; }
#header-row { flex-wrap: wrap; align-items: flex-start; gap: 8px 16px; }
#header, #header * { overflow-wrap: normal; word-break: normal; hyphens: manual; }
#header h1 { font-size: 1.75rem; margin: 0 0 4px; }
#header p { margin: 4px 0; }
#ui-language { flex: 0 1 auto !important; }
.skip-link { position: absolute; left: -10000px; top: 0; z-index: 1000; padding: 8px 12px;
  background: var(--background-fill-primary); color: var(--link-text-color); font-weight: 600; }
.skip-link:focus { left: 8px; top: 8px; }
#chat-tools { justify-content: flex-end; }
#chat-tools > * { flex: 0 0 auto !important; }
.turn { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 12px 16px;
  margin: 8px 0 16px; background: var(--background-fill-primary); }
.turn-question { font-size: 1rem; font-weight: 600; margin: 0 0 8px; }
.turn-question .who { color: var(--body-text-color-subdued); font-weight: 400; }
.earlier-title, .examples h2 { font-size: 1rem; font-weight: 600; margin: 8px 0; }
.answer p { margin: 0 0 8px; }
.answer-list { margin: 0 0 8px; padding-left: 1.25em; }
.answer-list li { margin: 2px 0; }
.answer-list li.nested { margin-left: 1.25em; }
.answer-list li.ranked { list-style: none; margin-left: -1.25em; }
.answer-table { border-collapse: collapse; margin: 4px 0 8px; }
.answer-table th, .answer-table td { border: 1px solid var(--border-color-primary); padding: 2px 8px; }
#latest:has(.prose:empty), #earlier:has(.prose:empty) { display: none; }
.turn .answer a { padding: 0 1px; margin: 0; }
.turn a.cite { font-weight: 600; }
.sources { margin-top: 8px; }
.sources-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; }
.sources-head h3 { font-size: 0.95rem; font-weight: 600; margin: 4px 0; }
.cards { list-style: none; margin: 4px 0; padding: 0; max-height: 18rem; overflow-y: auto;
  border: 1px solid var(--border-color-primary); border-radius: 6px; }
.cards li { border-bottom: 1px solid var(--border-color-primary); }
.cards li:last-child { border-bottom: 0; }
.card summary { cursor: pointer; padding: 6px 10px; display: grid; gap: 0 12px;
  grid-template-columns: 5.5em minmax(0, 3fr) minmax(0, 2fr) minmax(0, 1.4fr); }
.card summary > span { min-width: 0; overflow-wrap: break-word; }
.card-row { font-weight: 600; white-space: nowrap; }
.card-status { color: var(--body-text-color-subdued); }
.card dl { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 2px 12px;
  margin: 0; padding: 4px 10px 10px; }
.card dt { font-weight: 600; }
.card dd { margin: 0; overflow-wrap: break-word; }
.card[open] { background: var(--background-fill-secondary); }
.chip-row { display: flex; flex-wrap: wrap; gap: 8px; }
.chip, .rate, .copy, .send-comment { min-height: 32px; padding: 4px 12px; border-radius: 16px;
  border: 1px solid var(--border-color-accent, var(--color-accent)); cursor: pointer;
  background: var(--background-fill-primary); color: var(--body-text-color); text-align: left;
  white-space: normal; font: inherit; }
.chip:hover, .rate:hover, .copy:hover, .send-comment:hover { background: var(--background-fill-secondary); }
.rate[aria-pressed=true], .rate[aria-pressed=true]:hover { background: #063f6e; color: #fff;
  border-color: #063f6e; }
.suggestions { margin: 8px 0; }
.suggestions p { margin: 0 0 4px; }
.feedback { margin-top: 10px; }
.feedback-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.feedback-status { font-weight: 600; }
.feedback-where { font-size: 0.85rem; color: var(--body-text-color-subdued); margin: 6px 0 0; }
.comment { margin-top: 6px; }
.comment summary, .details summary { cursor: pointer; padding: 2px 0; }
.comment label { display: block; margin: 4px 0 2px; }
.comment textarea { width: 100%; max-width: 40rem; display: block; margin-bottom: 4px;
  background: var(--input-background-fill); color: var(--body-text-color);
  border: 1px solid var(--border-color-primary); border-radius: 4px; padding: 4px 6px; font: inherit; }
.details { margin-top: 8px; color: var(--body-text-color-subdued); font-size: 0.9rem; }
.details ul { margin: 4px 0; padding-left: 1.25em; }
@media (max-width: 640px) {
  #header-row { flex-direction: column; }
  #header-row > * { width: 100% !important; min-width: 0 !important; }
  #header h1 { font-size: 1.4rem; }
  .card summary { grid-template-columns: 1fr; }
  .turn { padding: 10px; }
}
"""

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
{CHAT_CSS}
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

# The conversation's script (gr.HTML `js_on_load`): a citation opens its card; a chip asks its
# question; the feedback buttons rate and comment (the server answers with the page redrawn,
# and focus returns to the button used); copy puts the answer and its sources in the clipboard.
# A new answer is scrolled to its first line when that line is out of view.
CONVERSATION_JS = """
const byId = (id) => element.querySelector('#' + CSS.escape(id));
element.addEventListener('click', async (event) => {
  const target = event.target;
  const list = target.closest('a.to-sources');
  if (list) {
    event.preventDefault();
    const heading = byId(list.dataset.card);
    const cards = heading ? heading.closest('.sources').querySelector('.cards') : null;
    if (cards) { cards.scrollIntoView({block: 'nearest'}); cards.focus(); }
    return;
  }
  const cite = target.closest('a.cite');
  if (cite) {
    event.preventDefault();
    const card = byId(cite.dataset.card);
    if (card) {
      card.open = true;
      card.scrollIntoView({block: 'nearest'});
      card.querySelector('summary').focus();
    }
    return;
  }
  const ask = target.closest('button.ask');
  if (ask) { trigger('click', {action: 'ask', question: ask.dataset.question}); return; }
  const rate = target.closest('button.rate');
  if (rate) {
    element.dataset.focus = rate.id;
    trigger('click', {action: 'rate', turn: rate.dataset.turn, rating: rate.dataset.rating});
    return;
  }
  const send = target.closest('button.send-comment');
  if (send) {
    const box = byId('comment-' + send.dataset.turn);
    element.dataset.focus = send.id;
    trigger('click', {action: 'comment', turn: send.dataset.turn, comment: box ? box.value : ''});
    return;
  }
  const copy = target.closest('button.copy');
  if (copy) {
    const value = copy.dataset.text;
    try { await navigator.clipboard.writeText(value); } catch (error) {
      const area = document.createElement('textarea');
      area.value = value; area.setAttribute('readonly', '');
      area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area); area.select(); document.execCommand('copy'); area.remove();
    }
    const status = byId('status-' + copy.id.slice(5));
    if (status) status.textContent = copy.dataset.done;
  }
});
watch('value', () => {
  const id = element.dataset.focus;
  delete element.dataset.focus;
  const again = id ? byId(id) : null;
  if (again) {
    const box = again.closest('details');
    if (box) box.open = true;
    again.focus();
    return;
  }
  const turn = element.querySelector('.turn');
  if (!turn || !element.closest('#latest') || element.dataset.shown === turn.id) return;
  element.dataset.shown = turn.id;
  const top = turn.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) turn.scrollIntoView({block: 'start'});
});
"""

# The skip link (first on the page) puts the focus in the question box.
SKIP_JS = """
element.addEventListener('click', (event) => {
  if (!event.target.closest('a.skip-link')) return;
  event.preventDefault();
  const box = document.querySelector('#question textarea');
  if (box) { box.focus(); box.scrollIntoView({block: 'center'}); }
});
"""

# gradio's status tracker announces "common.complete" to screen readers: its French catalogue
# lacks that key, which was read out raw. These fill it in both languages.
I18N = gr.I18n(
    fr={"common.complete": "Terminé", "common.error": "Erreur"},
    en={"common.complete": "Done", "common.error": "Error"},
)

LAUNCH_OPTIONS: dict[str, Any] = {
    "i18n": I18N,
    "theme": THEME,
    "css": CSS,
    "js": JS,
    "share": False,
    "ssr_mode": False,
}
