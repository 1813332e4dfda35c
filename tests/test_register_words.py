"""A register's own words (issue 16, "every column of any register is askable"): the mapping names
its items, itself and its fields once ([items], [register], [role_names] with a gender); every
answer, search and briefing template is built from them (French gender, elision, contraction,
plurals); loading names the fix for a bad entry; and `mapping draft` writes these names in both
languages from the bilingual glossary, so a French question on a freshly drafted English register
is answered in French words."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistant.compose.extractive import ExtractiveComposer
from assistant.execute import Executor
from assistant.register.draft import draft_mapping
from assistant.register.glossary import french_gender, glossary, translate
from assistant.register.load import load_register
from assistant.register.mapping import MappingError, load_mapping
from assistant.register.nouns import noun, plural, render
from assistant.register.wording import nouns, say, templates
from assistant.understand.understander import Understander

ROOT = Path(__file__).resolve().parent.parent
US = ROOT / "data" / "registers" / "us-federal-2024" / "2024_consolidated_ai_inventory_raw_v2.csv"
BILINGUAL = ROOT / "tests" / "fixtures" / "bilingual"

# -- rendering: gender, elision, contraction, plurals, capitals --------------------------------------


@pytest.mark.parametrize(
    ("tag", "word", "gender", "expected"),
    [
        ("<no item>", "cas d'usage", "m", "aucun cas d'usage"),
        ("<no item>", "fiche", "f", "aucune fiche"),
        ("<of the portfolio>", "agence fédérale", "f", "de l'agence fédérale"),
        ("<of the portfolio>", "bureau", "m", "du bureau"),
        ("<of the portfolio>", "direction", "f", "de la direction"),
        ("<to the status>", "stade de développement", "m", "au stade de développement"),
        ("<to the status>", "phase", "f", "à la phase"),
        ("<to the status>", "état", "m", "à l'état"),
        ("<The register>", "inventaire", "m", "L'inventaire"),
        ("<The register>", "registre", "m", "Le registre"),
        ("<this item>", "outil", "m", "cet outil"),
        ("<this item>", "cas d'usage", "m", "ce cas d'usage"),
        ("<this item>", "fiche", "f", "cette fiche"),
        ("<of items>", "initiative", "f", "d'initiatives"),
        ("<of items>", "cas d'usage", "m", "de cas d'usage"),
        ("<of the items>", "fiche", "f", "des fiches"),
        ("<Portfolios>", "agence fédérale", "f", "Agences fédérales"),
        ("<Bodies>", "bureau", "m", "Bureaux"),
        ("<chacun|chacune body>", "organisation", "f", "chacune"),
        ("<portés|portées item>", "cas d'usage", "m", "portés"),
    ],
)
def test_french_phrases_agree_with_the_nouns_gender_and_first_letter(tag, word, gender, expected):
    key = tag.strip("<>").split()[-1].lower()
    key = {"portfolios": "portfolio", "bodies": "body", "items": "item"}.get(key, key)
    assert render(tag, {key: noun(word, "fr", gender)}) == expected


@pytest.mark.parametrize(
    ("tag", "word", "expected"),
    [
        ("<no item>", "use case", "no use case"),
        ("<a item>", "use case", "a use case"),
        ("<a item>", "initiative", "an initiative"),
        ("<the portfolio>", "agency", "the agency"),
        ("<Portfolios>", "agency", "Agencies"),
        ("<Statuses>", "stage of development", "Stages of development"),
        ("<The register>", "inventory", "The inventory"),
        ("<items>", "use case", "use cases"),
    ],
)
def test_english_phrases_take_a_or_an_and_regular_plurals(tag, word, expected):
    key = tag.strip("<>").split()[-1].lower()
    key = {"portfolios": "portfolio", "statuses": "status", "items": "item"}.get(key, key)
    assert render(tag, {key: noun(word, "en")}) == expected


def test_tags_that_name_no_noun_stay_as_written():
    text = "<= {count} <x y> <of the nothing> <item>"
    assert render(text, {"item": noun("fiche", "fr", "f")}) == "<= {count} <x y> <of the nothing> fiche"


def test_plurals_of_noun_phrases():
    assert plural("agence fédérale", "fr") == "agences fédérales"
    assert plural("stade de développement", "fr") == "stades de développement"
    assert plural("service municipal", "fr") == "services municipaux"
    assert plural("cas d'usage", "fr") == "cas d'usage"
    assert plural("public body", "en") == "public bodies"
    assert plural("stage of development", "en") == "stages of development"
    assert plural("status", "en") == "statuses" and plural("associated benefits", "en") == "associated benefits"


def test_check_prints_the_words_answers_will_say():
    from assistant.commands.mapping import check_lines

    lines = check_lines("us-federal-2024", US)
    assert "Words (answers say):" in lines
    assert any("« agence fédérale » (f): « aucune agence fédérale, de l'agence fédérale, agences fédérales »" in line for line in lines)


# -- the templates of a register, from its nouns ------------------------------------------------------


def test_us_answers_are_built_from_its_nouns_not_an_overlay():
    us = load_mapping("us-federal-2024")
    assert "answers" not in us.wording["fr"] and "answers" not in us.wording["en"]
    fr, en = templates("fr", "answers", us), templates("en", "answers", us)
    assert fr["count_zero"] == "L'inventaire ({source}) ne compte aucun cas d'usage{scope}."
    assert fr["scope"]["portfolio"] == " de l'agence fédérale « {value} »"
    assert fr["scope"]["body"] == " du bureau {value}"
    assert fr["exclude"]["status"] == " sauf au stade de développement « {value} »"
    assert fr["groups"]["portfolio"] == "Agences fédérales" and fr["by"]["category"] == "par domaine"
    assert fr["no_body"] == "L'inventaire ne contient aucun cas d'usage du bureau « {body} »."
    assert en["count_zero"] == "The inventory ({source}) has no use case{scope}."
    assert en["groups"]["status"] == "Stages of development"
    brief = templates("fr", "brief", us)
    assert brief["summary"]["top_portfolio_many"].endswith("({count} {initiatives} chacune).")  # l'agence: feminine
    assert brief["summary"]["intro_many"].count("portés par") == 1  # cas d'usage: masculine
    assert brief["scope_all"] == "tout l'inventaire"


def test_a_register_that_names_nothing_speaks_of_initiatives_in_a_register(tmp_path):
    path = tmp_path / "plain.toml"
    path.write_text('name = "plain"\nlanguage = "en"\n[columns]\nname = "Title"\nbody = "Team"\n', encoding="utf-8")
    fr = templates("fr", "answers", load_mapping(path))
    assert fr["count_zero"] == "Le registre ({source}) ne compte aucune initiative{scope}."
    assert fr["scope"]["body"] == " de l'organisme public {value}"


def test_the_bilingual_fixture_says_its_own_items():
    mapping = load_mapping(BILINGUAL / "mapping.toml")
    assert templates("fr", "answers", mapping)["count_zero"] == "Le répertoire ({source}) ne compte aucun système d'IA{scope}."
    assert templates("en", "search", mapping)["intro_many"].startswith("According to the registry ({source}), these are the {n} AI systems")
    assert templates("fr", "answers", mapping)["exclude"]["body"] == " hors de l'organisation {value}"


def test_quebec_keeps_its_portrait_wording():
    qc = load_mapping("quebec")
    assert qc.portrait_wording and not qc.items
    assert templates("fr", "answers", qc)["count_zero"] == "Le registre ({source}) ne compte aucune initiative{scope}."
    assert templates("fr", "answers", qc)["by"]["portfolio"] == "par portefeuille ministériel"


# -- loading errors name the fix ----------------------------------------------------------------------

_BASE = 'name = "x"\nlanguage = "en"\n[columns]\nname = "Title"\nbody = "Team"\n'


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ('[items]\nen = { one = "tool" }\nfr = { one = "zorglub" }\n', r'needs its gender.*add gender = "m" or gender = "f"'),
        ('[items]\nen = { one = "tool" }\nfr = { one = "outil", gender = "n" }\n', r"needs its gender"),
        ('[items]\nen = { one = "tool", gender = "m" }\nfr = { one = "outil", gender = "m" }\n', r"\[items\] en: unknown key\(s\) gender"),
        ('[items]\nen = { one = "tool" }\n', r"\[items\] needs exactly en and fr"),
        ('[items]\nen = { many = "tools" }\nfr = { one = "outil", gender = "m" }\n', r"\[items\] en must name the singular"),
        ('[register]\nen = { one = "list" }\nfr = { one = "liste", gender = "f", plural = "x" }\n', r"\[register\] fr: unknown key\(s\) plural"),
        ('[role_names]\nbody = { fr = "zorglub", en = "team" }\n', r'\[role_names\] body: the French name .zorglub. needs its gender.*gender = "f"'),
        ('[role_names]\nbody = { fr = "équipe", en = "team", genre = "f" }\n', r"\[role_names\] body: unknown key\(s\) genre"),
        ('[role_names]\nbody = { fr = "équipe", en = "team", gender = "f", also = "unit" }\n', r"\[role_names\] body: also = \[\"other name\""),
    ],
)
def test_bad_nouns_are_load_errors_naming_the_fix(tmp_path, extra, says):
    path = tmp_path / "m.toml"
    path.write_text(_BASE + extra, encoding="utf-8")
    with pytest.raises(MappingError, match=says):
        load_mapping(path)


def test_a_role_name_without_gender_takes_the_glossarys():
    assert french_gender("équipe") == "f" and french_gender("agence fédérale") == "f"
    assert french_gender("bureaux") == "m"  # a plural finds its singular
    assert french_gender("zorglub") is None


# -- the glossary and the draft ---------------------------------------------------------------------


def test_the_glossary_is_data_of_a_few_hundred_phrases():
    g = glossary()
    assert len(g.english) >= 300 and "use case" in g.items and "inventory" in g.registers


@pytest.mark.parametrize(
    ("text", "language", "expected", "how"),
    [
        ("Operation and Maintenance", "en", "Exploitation et maintenance", "phrase"),
        ("Law & Justice", "en", "Droit et justice", "phrase"),
        ("topic area", "en", "domaine", "phrase"),
        ("personally identifiable information", "en", "renseignements personnels", "phrase"),
        ("federal agencies", "en", "agences fédérales", "phrase"),  # a plural through its singular
        ("Internal DOT Research Project", "en", "Projet interne de recherche de DOT", "words"),
        ("Federal Emergency Management Agency", "en", "Agence fédérale de gestion des urgences", "words"),
        ("Searching for information using AI.", "en", "Recherche d'information à l'aide d'IA", "words"),
        ("Exploitation et maintenance", "fr", "Operation and maintenance", "phrase"),
        ("agence fédérale", "fr", "federal agency", "phrase"),
        ("Creating visually appealing presentations using AI-driven design suggestions.", "en", "", ""),
    ],
)
def test_translations_phrase_first_then_word_by_word_else_nothing(text, language, expected, how):
    assert translate(text, language) == (expected, how)


@pytest.fixture(scope="module")
def us_draft(tmp_path_factory):
    out = tmp_path_factory.mktemp("draft") / "us.toml"
    text = draft_mapping(US, out).text
    out.write_text(text, encoding="utf-8")
    return text, out


def test_the_us_draft_names_items_register_roles_and_labels_in_french(us_draft):
    text, out = us_draft
    data = tomllib.loads(text)
    assert data["items"] == {"en": {"one": "use case", "many": "use cases"},
                             "fr": {"one": "cas d'usage", "many": "cas d'usage", "gender": "m"}}  # fmt: skip
    assert data["register"]["fr"]["one"] == "inventaire"
    assert data["role_names"]["category"] == {"fr": "domaine", "en": "topic area", "gender": "m"}
    assert {k: v for k, v in data["role_names"]["portfolio"].items() if k != "also"} == {"fr": "agence", "en": "agency", "gender": "f"}
    assert "component" in data["role_names"]["body"]["also"]  # everyday words (mappings/words/everyday.toml)
    assert data["role_names"]["status"]["fr"] == "stade de développement"
    assert data["categories"]["law_justice"]["fr"] == "Droit et justice"
    assert data["statuses"]["operation_and_maintenance"]["fr"] == "Exploitation et maintenance"
    pii = next(f for f in data["fields"].values() if "PII" in f["names"].get("en", []))
    assert "renseignements personnels" in pii["names"]["fr"]
    assert text.count("TODO") < 120  # 201 before the glossary: only unknown sentences keep one
    assert "TODO: the fr word is generic" not in text


def test_a_french_question_on_the_drafted_us_mapping_is_answered_in_french_words(us_draft):
    _, out = us_draft
    register = load_register(US, out)
    plan = Understander(register)("Combien de cas d'usage en droit et justice ?")
    answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))
    assert answer.language == "fr" and answer.figures["count"] == 247
    assert answer.answer.startswith("L'inventaire (2024_consolidated_ai_inventory_raw_v2.csv) compte 247 cas d'usage du domaine « Droit et justice »")
    plan = Understander(register)("Combien de cas d'usage par agence ?")
    answer = ExtractiveComposer().compose(plan, Executor(register, retriever=None)(plan))
    assert answer.answer.startswith("Répartition par agence (2\u202f133 cas d'usage)")


def test_the_bilingual_fixture_drafts_with_glossary_names(tmp_path):
    out = tmp_path / "bi.toml"
    data = tomllib.loads(draft_mapping(BILINGUAL / "register.csv", out).text)
    assert data["role_names"]["benefits"] == {"fr": "description", "en": "description", "gender": "f"}
    body = {k: v for k, v in data["role_names"]["body"].items() if k != "also"}
    assert body == {"fr": "organisation", "en": "organization", "gender": "f"}  # "Organization / Organisation"
    assert not {"organisation", "organization"} & set(data["role_names"]["body"].get("also", []))
    pilot = next(v for v in data["statuses"].values() if "Pilot / Projet pilote" in v.get("aliases", []))
    assert (pilot["en"], pilot["fr"]) == ("Pilot", "Projet pilote")  # a bilingual cell gives both halves
    started = next(f for f in data["fields"].values() if f["type"] == "date")
    assert (started["names"]["fr"][0], started["names"]["en"][0]) == ("date de début", "start date")
    assert {"started", "launched"} <= set(started["names"]["en"]) and "lancé" in started["names"]["fr"]  # everyday verbs
    assert {"fr", "en"} <= set(data["items"]) and data["items"]["fr"]["gender"] in ("m", "f")
    assert nouns("fr", load_mapping(BILINGUAL / "mapping.toml"))["item"].one == "système d'IA"


def test_surfaces_outside_prompts_can_say_the_registers_words():
    text = "**{n} <items>** dans la sélection, sur {total} <to the register> ; <no item> ailleurs"
    assert say(text, "fr", "us-federal-2024") == "**{n} cas d'usage** dans la sélection, sur {total} à l'inventaire ; aucun cas d'usage ailleurs"
    assert say("<No item> in the selection.", "en", "uk-atrs") == "No record in the selection."
    assert say("<Items>", "fr", "quebec") == "Initiatives"
