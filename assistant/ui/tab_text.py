"""The words of the Explore and Overview selection controls and of Overview's bar charts (their
titles, totals and hints), FR and EN (the rest of those tabs' words, shared with the chat, are in
`text`).

They speak the register's own nouns, named once in its mapping (`[items]`, `[register]`): the
texts below write them as tags (`<items>`, `<No item>`, `<to the register>`) that
`assistant/register/wording.say` fills in — « 12 cas d'usage dans la sélection, sur 2 133 à
l'inventaire » for the US inventory, « 12 initiatives … au registre » for Québec's portrait."""

from __future__ import annotations

from typing import Any

from assistant.register.wording import say

TAB_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "topic": "Sujet",
        "topic_placeholder": "Ex. : fraude, urgences, forêt",
        "topic_info": "Cherché comme le fait la conversation : par la racine des mots, sans "
        "accents ni majuscules (« fraude » trouve « frauduleuses »), et par le sens.",
        "topic_searched": "Sujet cherché : « {topic} ».",
        "topic_unknown": "Mots que <the register> n'emploie pas, non cherchés : {words}.",
        "selection_total": "**{n} <items>** dans la sélection, sur {total} <to the register> "
        "(fichier `{source}`).",
        "selection_total_one": "**{n} <item>** dans la sélection, sur {total} <to the register> "
        "(fichier `{source}`).",
        "bars_hint": "Chaque barre ouvre l'onglet Explorer filtré sur sa valeur (et sur la "
        "sélection ci-dessus).",
        "bar_hint": "(voir ces <items> dans Explorer)",
        "chart_data": "Données du graphique « {title} »",
        "chart_empty": "<No item> dans la sélection.",
        "value_column": "Valeur",
        "overview_total": "**{n} <items>** <to the register> (fichier `{source}`).",
        "chart_summary": "{top} arrive en tête avec {count} <items> sur {total}.",
        "count_one": "**{n} <item>** correspond aux filtres.",
        "count_many": "**{n} <items>** correspondent aux filtres.",
        "by_status": "<Items> par <status>",
        "by_category": "<Items> par <category>",
        "by_portfolio": "<Items> par <portfolio>",
        "top_bodies": "Les 10 <bodies> qui déclarent le plus <of items>",
        "count_axis": "<Items>",
        "q_list": "Liste les <items>",  # Explore's question on its selection, asked in the chat
        "explore_table": "<Items> <of the register>",
    },
    "en": {
        "topic": "Topic",
        "topic_placeholder": "E.g. fraud, emergency, forest",
        "topic_info": "Searched as the chat searches: by word stem, ignoring accents and case "
        '("fraude" finds "frauduleuses"), and by meaning.',
        "topic_searched": 'Topic searched: "{topic}".',
        "topic_unknown": "Words <the register> does not use, not searched: {words}.",
        "selection_total": "**{n} <items>** in the selection, out of {total} in <the register> "
        "(file `{source}`).",
        "selection_total_one": "**{n} <item>** in the selection, out of {total} in <the register> "
        "(file `{source}`).",
        "bars_hint": "Each bar opens the Explore tab filtered on its value (and on the selection "
        "above).",
        "bar_hint": "(show these <items> in Explore)",
        "chart_data": 'Data of the chart "{title}"',
        "chart_empty": "<No item> in the selection.",
        "value_column": "Value",
        "overview_total": "**{n} <items>** in <the register> (file `{source}`).",
        "chart_summary": "{top} comes first with {count} <items> out of {total}.",
        "count_one": "**{n} <item>** matches the filters.",
        "count_many": "**{n} <items>** match the filters.",
        "by_status": "<Items> by <status>",
        "by_category": "<Items> by <category>",
        "by_portfolio": "<Items> by <portfolio>",
        "top_bodies": "The 10 <bodies> that report the most <items>",
        "count_axis": "<Items>",
        "q_list": "List the <items>",
        "explore_table": "<Items> of <the register>",
    },
}


def explore_columns(language: str, mapping: Any = None) -> list[str]:
    """The Explore table's role columns in the register's words: « Ligne, Initiative, Organisme,
    Portefeuille, Catégorie, Statut » for Québec's portrait, "Row, Use case, Bureau, Agency, Topic
    area, Stage of development" for the US inventory."""
    from assistant.ui.text import filter_names

    lang = "en" if language == "en" else "fr"
    names = filter_names(mapping, lang)
    row = "Row" if lang == "en" else "Ligne"
    return [row, say("<Item>", lang, mapping), *(names[r] for r in ("body", "portfolio", "category", "status"))]


def count_text(n: int, language: str, mapping: Any = None) -> str:
    """« **12 cas d'usage** correspondent aux filtres. » (French: « 0 initiative », singular)."""
    one = n <= 1 if language != "en" else n == 1
    return tab_text(language, mapping)["count_one" if one else "count_many"].format(n=n)


def tab_text(language: str, mapping: Any = None) -> dict[str, str]:
    """The texts in `language`, in the words of the register `mapping` describes (Québec's
    portrait when None: « initiatives », « registre »)."""
    lang = "en" if language == "en" else "fr"
    return {key: say(value, lang, mapping) for key, value in TAB_TEXT[lang].items()}
