"""Small text helpers of the briefings: French typography, percentages, row-id ranges, dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence

from assistant.compose.extractive import number

NNBSP = "\u202f"  # narrow no-break space (French: before : ; ? ! %, inside « »)
_BEFORE_PUNCT = re.compile(r"[ \u00a0\u202f]*([:;?!])(?=\s|$|[»)\]\"'”])")
_BEFORE_PUNCT_ANY = re.compile(r"[ \u00a0]+([;?!])")
_OPEN_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_QUOTE = re.compile(r"[ \u00a0\u202f]*»")
_PERCENT = re.compile(r"(\d)[ \u00a0\u202f]*%")

MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


def typeset(text: str, language: str) -> str:
    """French typography in French text: a narrow no-break space before « : ; ? ! % » and inside
    « guillemets » (existing spaces are replaced, none is added inside words or URLs: "https://"
    and "10:30" stay as they are). English text is returned unchanged."""
    if language != "fr" or not text:
        return text
    text = _OPEN_QUOTE.sub("«" + NNBSP, text)
    text = _CLOSE_QUOTE.sub(NNBSP + "»", text)
    text = _PERCENT.sub(r"\1" + NNBSP + "%", text)
    # A colon (or ; ? !) that ends a word group gets its space, whether the text had one or not;
    # inside a token ("https://", "10:30") nothing changes.
    text = _BEFORE_PUNCT.sub(lambda m: NNBSP + m.group(1), text)
    return _BEFORE_PUNCT_ANY.sub(lambda m: NNBSP + m.group(1), text)


def percent(count: int, total: int, language: str) -> str:
    """`count` as a share of `total`: "58 %" (narrow no-break space) in French, "58%" in English;
    one decimal under 1 % ("0,4 %", "0.4%")."""
    if not total:
        return "—"
    value = 100 * count / total
    shown = round(value, 1) if 0 < value < 1 else round(value)
    return number(shown, language) + (NNBSP + "%" if language == "fr" else "%")


def ranges(ids: Iterable[int]) -> str:
    """Row ids as compact ranges: [1, 2, 3, 5, 7, 8] -> "1–3, 5, 7–8" (en dash)."""
    out: list[str] = []
    values = sorted(set(int(i) for i in ids))
    start = prev = None
    for value in values:
        if prev is not None and value == prev + 1:
            prev = value
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = value
    if start is not None:
        out.append(str(start) if start == prev else f"{start}–{prev}")
    return ", ".join(out)


def long_date(day: dt.date, language: str) -> str:
    """3 décembre 2026 / December 3, 2026 (1er in French for the first of the month)."""
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def shorten(text: str, width: int = 140) -> str:
    """One line, at most `width` characters, cut at a word boundary with "…"."""
    text = " ".join(str(text or "").split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


def join(items: Sequence[str], sep: str, last: str) -> str:
    """["a", "b", "c"] -> "a, b et c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return sep.join(items[:-1]) + last + items[-1]


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe, accent-free slug: "Détection de fraude" -> "detection-de-fraude"."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", folded)
    out = "-".join(words)[:limit].strip("-")
    return out or "briefing"
