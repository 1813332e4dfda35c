"""Screenshots of the chat over the real 2025 register, at 1366x900 and 390x844, in both languages.

    python scripts/ui_screenshots.py docs/screenshots            # first view + a long answer
    python scripts/ui_screenshots.py docs/screenshots/before --long-only

What a reader sees without scrolling (the viewport, not the whole page): the first view, and
the chat right after a long answer (« Quelles initiatives sont en production ? ») arrived.
Only the page's question box (`#question textarea`) and language radio (`#ui-language`) are
relied on, so the same script photographs an older version of the UI for a before/after.
Drives Debian's /usr/bin/chromium through Playwright, as the browser tests do.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

for key, value in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                   "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False"}.items():  # fmt: skip
    os.environ.setdefault(key, value)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "portrait-ia-2025.csv"
LONG = {"fr": "Quelles initiatives sont en production ?", "en": "Which initiatives are in production?"}
SIZES = {"1366": {"width": 1366, "height": 900}, "390": {"width": 390, "height": 844}}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder the PNG files go to")
    parser.add_argument("--long-only", action="store_true", help="only the long answer, in French")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from assistant import Assistant
    from assistant.ui import LAUNCH_OPTIONS, build_app

    args.out.mkdir(parents=True, exist_ok=True)
    assistant = Assistant(DATA, index_dir=Path(tempfile.mkdtemp()) / "index")
    app = build_app(assistant, "fr", feedback_path=Path(tempfile.mkdtemp()) / "feedback.jsonl")
    _, url, _ = app.launch(prevent_thread_lock=True, server_name="127.0.0.1", quiet=True,
                           **LAUNCH_OPTIONS)  # fmt: skip
    languages = ["fr"] if args.long_only else ["fr", "en"]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for width, viewport in SIZES.items():
                for language in languages:
                    context = browser.new_context(viewport=viewport, locale="fr-CA")
                    page = context.new_page()
                    page.set_default_timeout(20_000)
                    page.goto(url, wait_until="load")
                    box = page.locator("#question textarea")
                    box.wait_for()
                    if language == "en":
                        page.locator("#ui-language").get_by_text("English", exact=True).click()
                        page.wait_for_function("document.documentElement.lang === 'en'")
                    page.wait_for_timeout(500)
                    if not args.long_only:
                        page.screenshot(path=str(args.out / f"first-view-{language}-{width}.png"))
                    expected = assistant.ask(LONG[language]).answer.splitlines()[0][:40]
                    box.fill(LONG[language])
                    box.press("Enter")
                    page.wait_for_function(
                        "t => document.body.innerText.includes(t)", arg=expected.replace("**", "")
                    )
                    page.wait_for_timeout(800)  # the page's own scrolling settles
                    page.screenshot(path=str(args.out / f"long-answer-{language}-{width}.png"))
                    context.close()
            browser.close()
    finally:
        app.close()
    print(f"screenshots in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
