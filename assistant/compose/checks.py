"""Checks what a language model wrote against the evidence it was handed.

Facts come from the executor, words from the model (GUIDE §3). `check` reads the model's text
and returns a `CheckReport`:

- every citation (`[12]`, `[12, 40]`, `[row 12]`) must be a row the model was given, else the
  answer fails (`invalid_citation`);
- every number outside the citation brackets must be a figure of the executor (counts, group
  counts, the percentages and other numbers the extractive answer shows), or appear in the text
  of a row that the same line (paragraph or list item) cites — a year in a project's name — as
  long as it is not given as a count ("999 initiatives": counts come from the executor only);
  else the answer fails (`invented_number`). List markers ("1.", "2)") are not claims;
- a sentence with no citation, no figure and that is not copied from the assistant's own facts is
  unsupported: it is removed when the rest of the answer still says something, and the answer
  fails (`unsupported`) when nothing supported is left.

Numbers are read in both languages' formats: "1 234" with a (narrow) no-break space, "1,234",
"12,5 %", "12.5%". Numbers written in words ("douze") are not checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# [12] / [12, 40] / [12; 40] / [row 12] / [ligne 12, 13] / [12, …]
_CITATION = re.compile(
    r"\[\s*(?:(?:rows?|lignes?|id|#)\s*)?#?(\d+(?:\s*(?:,|;|and|et)\s*#?\d+)*)"
    r"(?:\s*,\s*(?:…|\.\.\.))?\s*\]",
    re.IGNORECASE,
)
# Digit groups joined by a no-break / narrow no-break space, a comma or a period.
_NUMBER = re.compile(r"(?<!\d)\d+(?:(?:[\u00a0\u202f]|[.,](?=\d))\d+)*(?!\d)")
_LIST_MARKER = re.compile(r"(?m)^(\s*)\d{1,2}[.)](?=\s)")
_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# After a number (accents and case folded), at most one word, then what the register counts.
_COUNT_NOUN = re.compile(
    r"^\s+(?:[\w'’-]+\s+)?(?:initiatives?|projets?|projects?|organismes?|bodies|body|agenc(?:y|ies)|"
    r"ministeres?|ministries|ministry|portefeuilles?|portfolios?|categories?|usages?|uses?|"
    r"utilisations?|solutions?|systemes?|systems?|outils?|tools?|agents?|assistants?|chatbots?|"
    r"lignes?|rows?|entrees?|entries|cas|cases?)\b"
)
_ONLY_CITATIONS = re.compile(r"^[\s.,;:]*(?:\[[^\]]*\][\s.,;:]*)+$")


@dataclass
class CheckReport:
    """What the check found; `text` is the answer with unsupported sentences removed."""

    text: str
    cited: list[int] = field(default_factory=list)  # row ids cited, in order of first citation
    invalid_citations: list[int] = field(default_factory=list)
    invented_numbers: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # unsupported sentences taken out

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def reason(self) -> str | None:
        """`code: detail` of the first failure (None when the answer can be shown)."""
        if self.invalid_citations:
            ids = ", ".join(f"[{i}]" for i in self.invalid_citations)
            return f"invalid_citation: {ids} is not one of the rows given to the model"
        if self.invented_numbers:
            numbers = ", ".join(self.invented_numbers)
            return (
                f"invented_number: {numbers} is neither a figure computed by the assistant "
                "nor in the text of a cited row"
            )
        if not self.text.strip():
            return "unsupported: no sentence of the model's answer cites a row or gives a figure"
        return None

    @property
    def code(self) -> str | None:
        reason = self.reason
        return reason.split(":", 1)[0] if reason else None


def citations(text: str) -> list[int]:
    """Row ids cited in `text`, in order of first citation."""
    ids: list[int] = []
    for match in _CITATION.finditer(text):
        for number in re.findall(r"\d+", match.group(1)):
            if int(number) not in ids:
                ids.append(int(number))
    return ids


def number_values(token: str) -> set[float]:
    """The values a number as written may stand for ("1,234" is 1234 in English, 1.234 in
    French); the check accepts it when any of them is allowed."""
    parts = re.split(r"([\u00a0\u202f.,])", token)
    groups, seps = parts[0::2], parts[1::2]
    values: set[float] = set()
    thousands = all(len(g) == 3 for g in groups[1:])
    if not seps or thousands and ("." not in seps or set(seps) == {"."} and len(seps) > 1):
        values.add(float("".join(groups)))  # a plain integer, or thousands separators
    if seps and seps[-1] in ".,":
        head = groups[:-1]
        if len(head) == 1 or all(len(g) == 3 for g in head[1:]):
            values.add(float("".join(head) + "." + groups[-1]))  # decimal
    if not values:  # "1.2.3": read each group on its own
        values = {float(g) for g in groups}
    return values


def numbers(text: str) -> list[str]:
    """Numbers written in `text` outside citation brackets and line-start list markers."""
    masked = _CITATION.sub(lambda m: " " * len(m.group()), text)
    masked = _LIST_MARKER.sub(
        lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), masked
    )
    return _NUMBER.findall(masked)


def values_in(texts: Iterable[str]) -> set[float]:
    """Every value of every number in `texts` (citations excluded)."""
    found: set[float] = set()
    for text in texts:
        for token in numbers(str(text or "")):
            found |= number_values(token)
    return found


def _deaccent(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", _deaccent(text)).split())


def sentences(text: str) -> list[tuple[str, list[str]]]:
    """The text's lines as (list marker, sentences); a segment that only holds citations
    ("... the patients. [12]") stays with the sentence before it."""
    lines = []
    for line in text.splitlines():
        marker = _MARKER.match(line)
        prefix = marker.group() if marker else ""
        parts: list[str] = []
        for part in _SENTENCE_END.split(line[len(prefix) :].strip()):
            if parts and _ONLY_CITATIONS.match(part):
                parts[-1] = f"{parts[-1]} {part}"
            elif part:
                parts.append(part)
        lines.append((prefix, parts))
    return lines


def counted(sentence: str) -> set[str]:
    """Numbers the sentence gives as a count of register entries ("999 initiatives", "3 autres
    organismes"): only the executor's figures may fill those, never a row's text."""
    masked = _CITATION.sub(lambda m: " " * len(m.group()), sentence)
    found = set()
    for match in _NUMBER.finditer(masked):
        if _COUNT_NOUN.match(_deaccent(masked[match.end() : match.end() + 80])):
            found.add(match.group())
    return found


def check(
    text: str,
    given: Iterable[int],
    figures: Iterable[float],
    row_texts: Mapping[int, str] | None = None,
    facts: str = "",
) -> CheckReport:
    """Checks the model's `text`.

    given: row ids the model was handed (the only ones it may cite). figures: the numbers the
    executor computed (and the extractive answer shows). row_texts: row id -> the row's own text
    (its numbers are allowed in a line — paragraph or list item — that cites the row, unless
    they are given as a count of initiatives, bodies …). facts: the assistant's own wording of
    the figures (sentences copied from it need no citation).
    """
    given_ids, figure_values, row_texts = set(given), set(figures), row_texts or {}
    report = CheckReport(text="", cited=citations(text))
    report.invalid_citations = [i for i in report.cited if i not in given_ids]
    folded_facts = _fold(facts)

    def supported(sentence: str) -> bool:
        if sentence.rstrip().endswith(":") or citations(sentence):
            return True
        if any(number_values(t) & figure_values for t in numbers(sentence)):
            return True
        folded = _fold(sentence)
        return bool(folded) and folded in folded_facts

    kept_lines, any_supported = [], False
    for prefix, parts in sentences(text):
        line_rows = [i for i in citations(" ".join(parts)) if i in given_ids]
        row_values = values_in(row_texts.get(i, "") for i in line_rows)
        kept = []
        for sentence in parts:
            counts = counted(sentence)
            for token in numbers(sentence):
                values = number_values(token)
                if values & figure_values or (token not in counts and values & row_values):
                    continue
                if token not in report.invented_numbers:
                    report.invented_numbers.append(token)
            if supported(sentence):
                kept.append(sentence)
                any_supported = any_supported or not sentence.rstrip().endswith(":")
            else:
                report.removed.append(sentence)
        if kept or not parts:
            kept_lines.append(prefix + " ".join(kept))
    if any_supported:
        report.text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept_lines)).strip()
    return report
