"""The understanding's word lists are data: every list of every word-list file loads and is
non-empty, every entry matches itself once normalised as the questions are (an entry that could
never match is a typo), and a word added to a file changes what a question is read as."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from assistant.register.labels import normalise
from assistant.understand import lexicon
from assistant.understand.word_lists import (
    WordListError,
    entry_pattern,
    fold,
    fold_keep_hyphens,
    load,
)

UNDERSTAND = Path(lexicon.__file__).parent
# Each file, with how the text its lists run over is normalised.
FILES = {
    "frame_words.toml": lambda t: normalise(t).replace("'", " ").replace("’", " "),  # as understander.py's `norm`
    "lexicon.toml": fold,
    "measures.toml": fold,
    "context_words.toml": fold,  # context.py folds each sentence
    "name_words.toml": fold,
    "body_words.toml": fold_keep_hyphens,  # readings.fold keeps hyphens
    "body_slots.toml": fold,
    "rank_positions.toml": fold,
    "mention_words.toml": fold_keep_hyphens,  # entities.py and typed_fields.py fold so
    "operator_words.toml": fold,  # operators.py and claims_of_rank.py fold the question
    "ordinal_words.toml": lambda t: normalise(t).replace("'", " ").replace("’", " "),  # as ordinals.py normalises (group_follow_ups.py folds: the same for these words)
    "date_words.toml": fold,  # dates.py folds the question
    "text_field_words.toml": fold,  # text_fields.py folds the question
    "row_words.toml": lambda t: re.sub(r"[-'’]", " ", normalise(t).replace("'", " ").replace("’", " ")),  # as row_references.py reads `norm`
}


def _lists(name: str):
    lists = load(UNDERSTAND / name)
    return lists, sorted(lists.names())


def test_every_word_list_file_is_covered_here():
    """A new word-list file read through word_lists.py is checked too (add it to FILES)."""
    read = set()
    for module in UNDERSTAND.glob("*.py"):
        code = module.read_text(encoding="utf-8")
        if "word_lists import" in code:
            read |= set(re.findall(r'with_name\("(\w+\.toml)"\)', code))
    assert {"frame_words.toml", "lexicon.toml", "context_words.toml"} <= read
    assert read <= set(FILES), f"add {sorted(read - set(FILES))} to FILES with its normaliser"


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_list_loads_and_is_not_empty(name):
    lists, names = _lists(name)
    assert names
    for list_name in names:
        assert lists.words(list_name) or lists.patterns_by_name.get(list_name), f"{name}: {list_name} is empty"
        assert lists.pattern(list_name).pattern


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_entry_matches_itself_once_normalised(name):
    lists, names = _lists(name)
    normalised = FILES[name]
    never = []
    for list_name in names:
        pattern = lists.pattern(list_name)
        for entry in lists.words(list_name):
            said = normalised(entry.replace("*", "").replace("=", ""))
            own = re.compile(entry_pattern(entry, lists.gap))
            if not (own.fullmatch(said) and pattern.search(said)):
                never.append(f"[{list_name}] {entry!r}")
    assert not never, f"{name}: entries that can never match: {never}"


def test_the_morphology_is_one_for_every_list():
    """Plural s/x, a trailing "*", a trailing "=", elisions and hyphens: the same rules everywhere."""
    assert re.search(entry_pattern("budget"), "les budgets") and re.search(entry_pattern("bureau"), "bureaux")
    assert re.search(entry_pattern("pourcent*"), "pourcentage")
    assert not re.search(entry_pattern("right="), "rights") and re.search(entry_pattern("right="), "right")
    assert re.search(entry_pattern("initiative"), fold("l’initiative")) and re.search(entry_pattern("ia"), fold("d'IA"))
    assert not re.search(entry_pattern("ia"), fold("via"))  # whole words only
    assert re.search(entry_pattern("donne-moi="), fold_keep_hyphens("Donne-moi")) and fold("Donne-moi") == "donne moi"
    assert re.search(entry_pattern("a la fois"), fold("à   la fois")) and not re.search(entry_pattern("a la fois", " "), "a   la fois")


def test_a_malformed_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[fr]\ncount = ['combien']\n[patterns]\nyear = ['(19|20\\\\d\\\\d']\n", encoding="utf-8")
    with pytest.raises(WordListError, match="year.*no regular expression"):
        load(bad)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[de]\ncount = ['wie viele']\n", encoding="utf-8")
    with pytest.raises(WordListError, match=r"unknown tables \['de'\]"):
        load(unknown)
    with pytest.raises(WordListError, match="no list 'rank'"):
        load(_one_list(tmp_path)).pattern("rank")


def _one_list(tmp_path: Path) -> Path:
    path = tmp_path / "one.toml"
    path.write_text("[fr]\ncount = ['combien']\n", encoding="utf-8")
    return path


def test_a_word_added_to_a_file_is_read(tmp_path):
    """The frame words come from the file alone: a copy with one more count word counts it."""
    source = (UNDERSTAND / "frame_words.toml").read_text(encoding="utf-8")
    copy = tmp_path / "frame_words.toml"
    copy.write_text(source.replace('count = [\n', 'count = [\n  "denombre",\n', 1), encoding="utf-8")
    assert tomllib.loads(copy.read_text(encoding="utf-8"))["fr"]["count"][0] == "denombre"
    assert not load(UNDERSTAND / "frame_words.toml").pattern("count").search("denombre les projets")
    assert load(copy).pattern("count").search("denombre les projets")


def test_a_filler_word_added_to_the_lexicon_changes_understanding(tmp_path, monkeypatch):
    """A temporary lexicon with one more filler word: the topic it was becomes a word set aside."""
    from assistant.register.load import load_register
    from assistant.understand.understander import Understander
    from tests.conftest import FULL_REGISTER

    understand = Understander(load_register(FULL_REGISTER))
    question = "Combien de projets portent sur la fraude ?"
    assert "fraude" in understand(question).topic
    copy = tmp_path / "lexicon.toml"
    source = lexicon.LEXICON.read_text(encoding="utf-8")
    copy.write_text(source.replace('filler = [\n', 'filler = [\n  "fraude",\n', 1), encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON", copy)
    lexicon.patterns.cache_clear()
    try:
        plan = understand(question)
        assert "fraude" not in plan.topic and "fraude" in plan.set_aside
    finally:
        monkeypatch.undo()
        lexicon.patterns.cache_clear()
    assert "fraude" in understand(question).topic


def test_a_word_added_to_the_date_words_changes_understanding(tmp_path, monkeypatch):
    """date_words.toml alone says how a year is put: with "beginning in" a word for "since", a
    year said after it keeps every year from then on, not that year only."""
    from assistant.register.load import load_register
    from assistant.understand import dates
    from assistant.understand.understander import Understander
    from tests.test_typed_fields import US

    understand = Understander(load_register(US, "us-federal-2024"))
    question = "How many use cases were initiated beginning in 2023?"
    assert understand(question).filters["initiated"] == ["2023"]
    copy = tmp_path / "date_words.toml"
    source = (UNDERSTAND / "date_words.toml").read_text(encoding="utf-8")
    copy.write_text(source.replace('since = ["since",', 'since = ["beginning in", "since",', 1), encoding="utf-8")
    monkeypatch.setattr(dates, "_OPS", dates._ops(load(copy)))
    years = understand(question).filters["initiated"]
    assert "2023" in years and "2024" in years
    monkeypatch.undo()
    assert understand(question).filters["initiated"] == ["2023"]


def test_new_word_lists_are_read_from_their_files(tmp_path):
    """The lists moved out of code are read from their files: a word added to a copy is matched."""
    for name, list_name, line, word, said in (
        ("mention_words.toml", "grouped_by", 'grouping = ["by=",', "tallied= across=", "use cases tallied across "),
        ("operator_words.toml", "same_said", 'equal_count = ["a= equal= number=",', "as= numerous= as=", "as numerous as"),
        ("ordinal_words.toml", "item", 'item = ["one=",', "record=", "the second record"),
    ):
        source = (UNDERSTAND / name).read_text(encoding="utf-8")
        copy = tmp_path / name
        copy.write_text(source.replace(line, line.replace("[", f'["{word}", ', 1), 1), encoding="utf-8")
        assert not load(UNDERSTAND / name).pattern(list_name).search(said), name
        assert load(copy).pattern(list_name).search(said), name
