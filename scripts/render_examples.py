"""Regenerates the example briefings in docs/examples/ (one per language, every format) and a PNG
of the first page of each language's HTML, taken by headless chromium.

    .venv/bin/python scripts/render_examples.py [--chromium /usr/bin/chromium] [--no-screenshots]

Uses the bundled register and the project's index (built if missing). Every file must stay under
300 KB: the script says so and exits 1 when one does not.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.briefing import build_briefing, write_briefing  # noqa: E402

OUT = ROOT / "docs" / "examples"
EXAMPLES = (  # (file stem, request, language)
    ("brief-fraude-fr", "détection de fraude", "fr"),
    ("brief-health-network-en", "Briefing on the health network", "en"),
)
FORMATS = ("md", "docx", "html")
MAX_BYTES = 300_000
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
)  # fmt: skip


def screenshot(chromium: str, html: Path, png: Path, size: str = "1200,1600") -> None:
    """The first screen (1200×1600 px) of `html`, as headless chromium renders it."""
    with tempfile.TemporaryDirectory() as profile:
        command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
                   f"--window-size={size}", html.resolve().as_uri()]  # fmt: skip
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    _shrink(png)


def _shrink(png: Path) -> None:
    """Grey-level palette PNG: the page is black, grey and white; keeps the file small."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with matplotlib
        return
    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=64)
    small.save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--no-screenshots", action="store_true")
    args = parser.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    assistant = Assistant()
    written: list[Path] = []
    for stem, request, language in EXAMPLES:
        briefing = build_briefing(assistant, request, language=language)
        for fmt in FORMATS:
            written += write_briefing(briefing, fmt, OUT / f"{stem}.{fmt}")
        if not args.no_screenshots:
            if not Path(args.chromium).exists():
                print(
                    f"chromium not found at {args.chromium}: screenshots skipped", file=sys.stderr
                )
            else:
                png = OUT / f"{stem}-page1.png"
                screenshot(args.chromium, OUT / f"{stem}.html", png)
                written.append(png)
    too_big = [p for p in written if p.stat().st_size > MAX_BYTES]
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1000:.0f} KB")
    for path in too_big:
        print(f"too big (> {MAX_BYTES // 1000} KB): {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if too_big else 0


if __name__ == "__main__":
    sys.exit(main())
