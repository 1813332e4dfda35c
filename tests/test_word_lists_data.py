"""The last word lists that were regular expressions in code are data: refine.py's comparison
words and body words, claims_of_rank.py's orders and question words, row_references.py's "what
does … do" words and groups.py's numbers are read from their TOML files, in both languages, with
the morphology word_lists.py gives every list (whole words; "=" where a plural must not match)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.register.labels import normalise
from assistant.understand import claims_of_rank, groups, refine, row_references
from assistant.understand.word_lists import fold, load

UNDERSTAND = Path(refine.__file__).parent
OPERATOR_WORDS = load(UNDERSTAND / "operator_words.toml")
ROW_WORDS = load(UNDERSTAND / "row_words.toml")
BODY_WORDS = load(UNDERSTAND / "body_words.toml")


def _folded(text: str) -> str:
    """As refine.py and claims_of_rank.py read a question."""
    return " ".join(fold(text).split())


def _row_norm(text: str) -> str:
    """As row_references.py reads a question (the understander's `norm`, hyphens as spaces)."""
    return re.sub(r"[-'’]", " ", normalise(text).replace("'", " ").replace("’", " "))


@pytest.mark.parametrize(
    ("pattern", "name"),
    [
        (refine._WHICH_ONE, "which_of_several"),
        (refine._COMPARED, "compared"),
        (refine._MORE, "share_more"),
        (refine._LESS, "share_less"),
        (claims_of_rank._MORE_THAN, "more_than_said"),
        (claims_of_rank._FEWER_THAN, "fewer_than_said"),
        (claims_of_rank._HAS_THE_MOST, "holds_the_most"),
        (claims_of_rank._ASKING_WORD, "asking_word"),
    ],
)
def test_each_moved_list_is_its_files_list(pattern, name):
    """The module's pattern is the file's list, nothing written beside it in code."""
    assert pattern.pattern == OPERATOR_WORDS.source(name)


def test_the_row_and_body_lists_come_from_their_files():
    assert row_references._ASKS_WHAT.pattern == ROW_WORDS.source("asks_what")
    for word in BODY_WORDS.words("body_word"):
        assert refine._BODY_NAME.fullmatch(word), word


@pytest.mark.parametrize(
    ("name", "said", "not_said"),
    [
        ("which_of_several", ["Lequel en a le moins ?", "Which one has the fewest?", "which of the agencies", "Among them, who leads?"], ["Quels organismes ?", "whose projects", "which themes"]),
        ("compared", ["HHS compared to DOE", "comparé au MEQ", "HHS vs DOE", "par rapport au MEQ", "more than DOE"], ["the rapport", "par ailleurs", "comparable"]),
        ("share_more", ["une part plus grande", "une proportion plus élevée", "supérieure", "a bigger share", "more of them"], ["plus grands", "the biggest", "supérieures"]),
        ("share_less", ["une part plus petite", "moins grande", "inférieur", "a smaller share", "less of them"], ["plus petits", "the smallest", "lesser"]),
        ("more_than_said", ["le MSSS a plus de projets que le MEQ", "davantage d'initiatives qu'au CHUM", "HHS has more use cases than DOE"], ["plus de projets", "more projects"]),
        ("fewer_than_said", ["le CHUM a moins de projets que le CIUSSS", "HHS has fewer use cases than DOE", "less than DOE"], ["moins de projets", "fewer projects"]),
        ("holds_the_most", ["Donc le MSSS a le plus ?", "So HHS has the most?", "DOE leads with the fewest?"], ["Le MSSS compte 12 projets ?", "HHS has many"]),
        ("asking_word", ["Quelle catégorie ?", "Lesquelles ?", "combien", "Which agency?", "Whose?"], ["Donc le MSSS a le plus ?", "So HHS has the most?"]),
    ],
)
def test_each_moved_list_matches_its_words_in_both_languages(name, said, not_said):
    pattern = OPERATOR_WORDS.pattern(name)
    for text in said:
        assert pattern.search(_folded(text)), (name, text)
    for text in not_said:
        assert not pattern.search(_folded(text)), (name, text)


def test_the_row_words_ask_about_one_row_in_both_languages():
    for text in ("What does Westlaw AI do?", "Tell me about AgPal Chat", "Qu'est-ce que Document Detective ?",
                 "Décris-moi Document Detective", "C'est quoi AgPal Chat ?", "Details on AgPal Chat", "Détails sur AgPal Chat"):  # fmt: skip
        assert row_references._ASKS_WHAT.search(_row_norm(text)), text
    for text in ("How many projects?", "Combien de projets ?", "detailed report"):
        assert not row_references._ASKS_WHAT.search(_row_norm(text)), text


def test_a_body_word_is_read_as_typed_its_accents_optional():
    """body_word is compared as typed: capital first, each accented letter optional; Québec in any case."""
    for text in ("la Sûreté du Québec", "la Surete", "the Peace Corps", "l'École nationale", "Ecole", "la ville de québec"):
        assert refine._BODY_NAME.search(text), text
    for text in ("la sûreté", "the peace corps", "Sociétés", "Ministères"):
        assert not refine._BODY_NAME.search(text), text
    assert refine.body_name("Y a-t-il des projets à la Sûreté du Québec ?") == "Sûreté du Québec"


def test_groups_read_the_size_words_from_the_rank_positions():
    """groups.py's numbers (how many groups a ranking shows, said in words) are rank_positions.toml's
    own lists, not the operators' numbers (« une dizaine » is a rough count, no ranking's size)."""
    places = load(UNDERSTAND / "rank_positions.toml")
    for name, value in (("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("ten", 10)):
        assert {w: groups._NUMBERS[w] for w in places.words(f"size_{name}")} == dict.fromkeys(places.words(f"size_{name}"), value)
    assert set(groups._NUMBERS) == {"two", "three", "four", "five", "six", "ten", "deux", "trois", "quatre", "cinq", "dix"}
    assert groups.top_n("which two bodies have the most projects") == 2
    assert groups.top_n("quels trois organismes ont le plus de projets") == 3
    assert groups.top_n("which bodies have the most projects") == 5
    assert groups.top_n("quels dizaine organismes") == 5


def test_a_word_added_to_a_copy_of_the_file_is_read(tmp_path):
    """The lists are the file's alone: a copy with one more word matches it, the shipped file does not."""
    source = (UNDERSTAND / "operator_words.toml").read_text(encoding="utf-8")
    copy = tmp_path / "operator_words.toml"
    copy.write_text(source.replace('share_more = ["bigger=",', 'share_more = ["heftier=", "bigger=",', 1), encoding="utf-8")
    assert not OPERATOR_WORDS.pattern("share_more").search("a heftier share")
    assert load(copy).pattern("share_more").search("a heftier share")
    rows = tmp_path / "row_words.toml"
    rows.write_text((UNDERSTAND / "row_words.toml").read_text(encoding="utf-8").replace('"explain=",', '"explain=", "walk= me= through=",', 1), encoding="utf-8")
    assert not ROW_WORDS.pattern("asks_what").search("walk me through agpal chat")
    assert load(rows).pattern("asks_what").search("walk me through agpal chat")
