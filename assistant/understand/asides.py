"""Parentheses that explain a word rather than add to the question: "pilots (i.e. still in
development)" defines "pilots" by a status, and « automatisation (OCR, RPA) » gives examples
of the category just named; "(anything but 'None of the above')" restates what was just said by
what it is not. Neither the defined word, the examples nor the restatement become a topic."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assistant.understand.readings import fold
from assistant.understand.word_lists import load

# Openings that announce a definition: "i.e.", "that is", "meaning", « c.-à-d. », « soit », « = ».
_DEFINES = load(Path(__file__).with_name("mention_words.toml")).pattern("definition_opening")  # data, per language
# "(anything but 'None of the above')": what was just said, restated by what it is not
_RESTATES = load(Path(__file__).with_name("mention_words.toml")).pattern("restating_opening")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s*$")
# "type of AI (chatbot, computer vision…)", « catégories (chatbot, RPA) »: examples of a field's values
_KIND_OF = re.compile(r"\b(?:types?|kinds?|sorts?|genres?|categor(?:y|ies)|categories?|catégories?|techniques?)(?:\s+(?:of|d['’]|de)\s*(?:ai|ia|tool|tools|outils?))?\s*$", re.I)


def explained(question: str, mentions: list[Any]) -> tuple[str, list[Any]]:
    """The question with defined words and examples blanked (same length), and the mentions
    left (examples of a value named just before are that value, said again)."""
    for said in re.finditer(r"\(([^()]*)\)", question):
        a, b = said.span()
        inside = [m for m in mentions if a < m.start and m.end <= b]
        before = [m for m in mentions if m.end <= a and not question[m.end : a].strip()]
        if _KIND_OF.search(question[:a]) and re.search(r",|…|\betc\b", question[a:b]) and not before:  # "type of AI (chatbot, computer vision, etc.)"
            question = question[:a] + " " * (b - a) + question[b:]
            mentions = [m for m in mentions if not a <= m.start < b]
        elif _RESTATES.match(fold(question[a:b])):  # "products on the list (anything but 'None of the above')"
            question = question[:a] + " " * (b - a) + question[b:]
            mentions = [m for m in mentions if not a <= m.start < b]
        elif _DEFINES.match(fold(question[a:b])) and inside:
            word = _WORD_BEFORE.search(question[:a])
            if word and not before:  # "pilots (i.e. … in development)": the status says what "pilots" means
                question = question[: word.start(1)] + " " * len(word.group(1)) + question[word.end(1) :]
        elif before and inside and all((m.field, m.value) == (before[-1].field, before[-1].value) for m in inside):
            # « automatisation (OCR, RPA) »: examples of the category, not more of the question
            question = question[:a] + " " * (b - a) + question[b:]
            mentions = [m for m in mentions if not a <= m.start < b]
    for m in mentions:  # "law enforcement / Law & Justice use cases": a value said twice, the second its label
        said = re.search(r"([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,1})\s*/\s*$", question[: m.start])
        if said and not any(o.end <= said.end() and o.start >= said.start() for o in mentions) and not re.search(r"/\s*$", question[: said.start()]):
            question = question[: said.start()] + " " * (said.end() - said.start()) + question[said.end() :]
    return question, mentions
