"""The words of a question's frame, in both languages: what it asks (count, list, rank,
breakdown, compare, define, describe), what the register does not record, follow-up markers,
row references, and the frame words that are never a topic.

The words themselves are data (frame_words.toml, per language, read by word_lists.py); this
module only says which lists make which rule. Patterns run over the normalised question
(accent-free, lower case, apostrophes as spaces); understander.py reads questions with them.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.retrieval.lexical import GLOSSARY_EN_FR as _GLOSSARY
from assistant.retrieval.lexical import STOPWORDS as _STOPWORDS
from assistant.understand.word_lists import NEVER, joined, load

FRAME_WORDS_FILE = Path(__file__).with_name("frame_words.toml")
_LISTS = load(FRAME_WORDS_FILE)


def _list(name: str) -> re.Pattern[str]:
    return _LISTS.pattern(name)


def _of(*patterns: re.Pattern[str] | str) -> re.Pattern[str]:
    """Lists and patterns as one pattern, in the order given."""
    return re.compile(joined(*(p if isinstance(p, str) else p.pattern for p in patterns)))


# Things a register may not record, by kind: answered as such, never with an invented figure.
# Which kinds a register lacks comes from its mapping (`Mapping.not_recorded`: its `not_recorded`
# list, or DEFAULT_NOT_RECORDED less what its typed fields record: a date field answers "when").
ABSENT = {
    name.removeprefix("absent_"): _list(name)
    for name in dict.fromkeys(n for lang in ("fr", "en", "both") for n in _LISTS.words_by_language[lang])
    if name.startswith("absent_")
}
OUT_OF_SCOPE = _of(*ABSENT.values())  # every kind: the frame words that are never a topic


def absent(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """What a register with these absent `kinds` refuses (a pattern that matches nothing for none)."""
    return _of(*(ABSENT[k] for k in kinds)) if kinds else re.compile(NEVER)


COUNT = _list("count")
NUMBER_ONE = _list("number_one")  # "le numéro 1", "the #1 category"
RANK = _of(_list("rank"), NUMBER_ONE)
IMPORTANCE = _list("importance")
BREAKDOWN = _list("breakdown")
COMPARE_WORDS = _list("compare")
MORE_OR = _list("more_or")
COMPARE = _of(COMPARE_WORDS, MORE_OR)
LIST = _list("list")
DEFINE = _list("define")
DESCRIBE = _list("describe")
ROW_STRONG = _list("row_strong")
ROW_WEAK = _list("row_weak")
ROW_BARE = _list("row_bare")
RANKED = _list("ranked")
QUOTED = _list("quoted")
TOP_N = _list("top_n")
MAX_QUESTION_CHARS = 2000
INSTRUCTIONS_SET_ASIDE = {
    "fr": "Les consignes adressées à l'assistant dans la question ont été mises de côté : seul le registre répond.",
    "en": "Instructions to the assistant inside the question were set aside: only the register answers.",
}
TOO_LONG = {
    "fr": "Question très longue : seuls ses {n} premiers caractères ont été lus.",
    "en": "Very long question: only its first {n} characters were read.",
}
GROUP_WORDS = {field: _list(f"group_{field}") for field in ("body", "portfolio", "category", "status")}
ASKS_GROUPS = _list("asks_groups")
ONE_WORD = _list("one_word")
FOLLOW_UP = _list("follow_up")
# Words that are part of a question's frame, not of its topic.
FRAME_WORDS = _of(
    OUT_OF_SCOPE, COUNT, RANK, BREAKDOWN, COMPARE, LIST, DEFINE, DESCRIBE, FOLLOW_UP, *GROUP_WORDS.values(), _list("frame"),
)
# Vocabulary of the question frame, for correcting typos in it ("Combein", "initiaitves").
FRAME_VOCABULARY = _LISTS.words("frame_vocabulary")
GLOSSARY_WORDS = frozenset(w for pair in _GLOSSARY.items() for w in " ".join(pair).split())
# Real words a typo fix must leave alone ("company" is two edits from "compare").
NEVER_CORRECTED = frozenset(_STOPWORDS) | frozenset(_LISTS.words("never_corrected"))
# A question about one initiative, not a count or a list of them.
ABOUT_ONE = _of(DESCRIBE, _list("about_one"))
NOT_ABOUT_ONE = _of(COUNT, LIST, RANK, BREAKDOWN, COMPARE, _list("not_about_one"))
SINGULAR = _list("singular")  # a ranking that asks for one group: « Quel organisme … le plus »
IGNORES_BLANKS = _list("ignores_blanks")  # "(ignoring blanks)", « sans les vides »
# Follow-ups (follow_ups.py): a narrowing of the previous rows, "which ones" asked first, both
# values the last two turns named, the new value compared with the previous one.
NARROWING = _list("narrowing")
SAME_FOR = _list("same_for")  # "same for safety-impacting": the flag named instead of the previous one
WHICH_ONES = _list("which_ones_said")
WHICH_ONE_AGAIN = _list("which_one_again")
RATHER = _list("rather")
THAT_FIGURE = _list("that_figure")
BOTH_TOGETHER = _list("both_together")
MORE_OR_FEWER = _list("more_or_fewer")
DIFFERENCE_ASKED = _list("difference_asked")
