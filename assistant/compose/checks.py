"""Checks what a language model wrote against the evidence it was handed.

Facts come from the executor, words from the model (GUIDE §3). `check` reads the model's text
and returns a `CheckReport`:

- every citation (`[12]`, `[12, 40]`, `[row 12]`) must be a row the model was given, else the
  answer fails (`invalid_citation`);
- every number given as a figure — followed by what the register counts ("12 initiatives",
  "3 autres organismes"), or a percentage — must be a figure the executor computed (counts,
  group counts, the number of groups, percentages), else the answer fails (`invented_number`);
- any other number must be such a figure too, or be quoted from a row that the same line
  (paragraph or list item) cites, as the row writes it ("phase 2", "M365", a year in a name),
  or from the data file's name; a number that only appears inside a longer word of a row ("365"
  of "M365") is not quoted. In a sentence about counts ("le registre en compte 2", "au total,
  il y en a 2"), a bare number is a count: quoted only with the row's own neighbouring word
  ("la phase 2"). List markers ("1.", "2)") are not claims;
- the answer must hold no markup or link (HTML tags, Markdown links, URLs): model text is shown
  to people and written to files, and no answer needs them (`markup`);
- its own words (quotations and register strings aside) must be in the question's language
  (`wrong_language`);
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
from typing import Any

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
# A sentence about counts (accents and case folded): "le registre en compte 2", "au total, il y en
# a 2", "their number is 2". A bare number in it is a count unless the line's cited row writes it
# with the same neighbouring word ("la phase 2" of "… - phase 2").
_COUNT_CUE = re.compile(
    r"\b(?:compt\w*|denombr\w*|recens\w*|total\w*|nombre|count\w*|number|tally|il y en a|"
    r"there (?:are|is|were)|en (?:a|ont|possede\w*))\b"
)
_ONLY_CITATIONS = re.compile(r"^[\s.,;:]*(?:\[[^\]]*\][\s.,;:]*)+$")
_PERCENT = re.compile(r"^\s*(?:%|pour\s*cent|percent|per\s*cent)", re.IGNORECASE)
_MARKUP = re.compile(
    r"<\s*/?\s*[a-zA-Z!][^>]*>|\]\s*\(|\b(?:javascript|data|vbscript):|\bhttps?://|\bwww\.", re.IGNORECASE
)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|\([^)]*\)|\[[^\]]*\]|`[^`]*`")
_WORD = re.compile(r"[^\W_]+")
MIN_WORDS_FOR_LANGUAGE = 6  # fewer words of the model's own cannot tell its language


@dataclass
class CheckReport:
    """What the check found; `text` is the answer with unsupported sentences removed."""

    text: str
    cited: list[int] = field(default_factory=list)  # row ids cited, in order of first citation
    invalid_citations: list[int] = field(default_factory=list)
    invented_numbers: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # unsupported sentences taken out
    markup: list[str] = field(default_factory=list)  # tags, links and URLs found
    language: str | None = None  # the language of the model's own words, when it is not the question's

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def reason(self) -> str | None:
        """`code: detail` of the first failure (None when the answer can be shown)."""
        if self.invalid_citations:
            ids = ", ".join(f"[{i}]" for i in self.invalid_citations)
            return f"invalid_citation: {ids} is not one of the rows given to the model"
        if self.markup:
            return f"markup: {', '.join(self.markup[:3])} (tags and links are never part of an answer)"
        if self.language:
            return f"wrong_language: the answer is written in {self.language}, not in the question's language"
        if self.invented_numbers:
            numbers = ", ".join(self.invented_numbers)
            return (
                f"invented_number: {numbers} is neither a figure computed by the assistant "
                "nor quoted from a cited row"
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


def words(text: str) -> set[str]:
    """The words of `text`, accents and case folded: "M365", "2030", "phase"."""
    return set(_WORD.findall(_deaccent(text)))


def _word_at(text: str, start: int, end: int) -> str:
    """The whole word a number stands in ("M365" for the "365" of "M365")."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return _deaccent(text[start:end])


def given_as_figures(sentence: str) -> set[str]:
    """Numbers the sentence gives as figures: counts of register entries and percentages."""
    masked = _CITATION.sub(lambda m: " " * len(m.group()), sentence)
    found = counted(sentence)
    for match in _NUMBER.finditer(masked):
        if _PERCENT.match(masked[match.end() : match.end() + 12]):
            found.add(match.group())
    return found


def quoted_in_context(text: str, start: int, end: int, source: str) -> bool:
    """Whether the number at text[start:end] is written with a neighbouring word as `source`
    writes it ("phase 2"): a quotation, not a count that happens to be a row's number."""
    token = _fold(text[start:end])
    before = _WORD.findall(_deaccent(text[:start]))[-1:]
    after = _WORD.findall(_deaccent(text[end:]))[:1]
    folded = f" {_fold(source)} "
    return any(f" {pair} " in folded for pair in ([f"{before[0]} {token}"] if before else []) + ([f"{token} {after[0]}"] if after else []))


def language_of(text: str, quoted: Iterable[str] = ()) -> str | None:
    """The language of the text's own words (quotations, brackets and `quoted` register strings
    removed); None when too few words remain to tell."""
    from assistant.language import detect_language

    own = _QUOTED.sub(" ", text)
    for value in sorted({q for q in quoted if len(q) > 3}, key=len, reverse=True):
        own = own.replace(value, " ")
    if len(re.findall(r"[^\W\d_]{3,}", own)) < MIN_WORDS_FOR_LANGUAGE:
        return None
    return detect_language(own)


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
    language: str | None = None,
    names: Iterable[str] = (),
    register_strings: Iterable[str] = (),
) -> CheckReport:
    """Checks the model's `text`.

    given: row ids the model was handed (the only ones it may cite). figures: the numbers the
    executor computed (counts, group counts, percentages). row_texts: row id -> the row's own
    text (its numbers may be quoted in a line — paragraph or list item — that cites the row,
    never as a figure). facts: the assistant's own wording of the figures (sentences copied from
    it need no citation). language: the question's ("fr"/"en"), when the answer's must match.
    names: other strings the answer may quote numbers from (the data file's name).
    register_strings: the rows' own values (names, bodies, labels), set aside when the language
    of the answer's own words is read: an English answer quotes French names as they are.
    """
    given_ids, figure_values, row_texts = set(given), set(figures), row_texts or {}
    report = CheckReport(text="", cited=citations(text))
    report.invalid_citations = [i for i in report.cited if i not in given_ids]
    report.markup = list(dict.fromkeys(m.group() for m in _MARKUP.finditer(text)))
    if language is not None:
        found = language_of(text, [*register_strings, *row_texts.values()])
        report.language = found if found not in (None, language) else None
    folded_facts = _fold(facts)
    name_words = words(" ".join(names))

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
        line_text = " ".join(row_texts.get(i, "") for i in line_rows)
        quotable = name_words | words(line_text)
        kept = []
        for sentence in parts:
            as_figures = given_as_figures(sentence)
            masked = _CITATION.sub(lambda m: " " * len(m.group()), sentence)
            masked = _LIST_MARKER.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), masked)
            about_counts = bool(_COUNT_CUE.search(_deaccent(masked)))
            for match in _NUMBER.finditer(masked):
                token = match.group()
                if number_values(token) & figure_values:
                    continue
                word = _word_at(masked, match.start(), match.end())
                if token not in as_figures and word in quotable and not (
                    about_counts and word not in name_words and word == _fold(token)
                    and not quoted_in_context(masked, match.start(), match.end(), line_text)
                ):  # fmt: skip
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


def figure_values(figures: Mapping[str, Any]) -> set[float]:
    """Every number the executor computed (counts, group counts, the number of groups, shares,
    percentages), at any depth of `figures`; row ids are not figures."""
    found: set[float] = set()
    for key, value in figures.items():
        if key in ("row_ids", "row_id", "denominator_row_ids", "claim"):  # a claim's value is the asker's
            continue
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            found.add(float(value))
        elif isinstance(value, Mapping):
            found |= figure_values(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    found |= figure_values(item)
    total = figures.get("count")
    for group in figures.get("breakdown") or []:  # the percentages the breakdown lines show
        if isinstance(total, int) and total and isinstance(group.get("count"), int):
            found.add(float(round(100 * group["count"] / total)))
    return found
