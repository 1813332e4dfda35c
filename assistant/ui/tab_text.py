"""The words of the Explore and Overview selection controls and of Overview's bar charts, FR and
EN (the rest of those tabs' words, shared with the chat, are in `text`)."""

from __future__ import annotations

TAB_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "topic": "Sujet",
        "topic_placeholder": "Ex. : fraude, urgences, forêt",
        "topic_info": "Cherché comme le fait la conversation : par la racine des mots, sans "
        "accents ni majuscules (« fraude » trouve « frauduleuses »), et par le sens.",
        "topic_searched": "Sujet cherché : « {topic} ».",
        "topic_unknown": "Mots que le registre n'emploie pas, non cherchés : {words}.",
        "selection_total": "**{n} initiatives** dans la sélection, sur {total} au registre "
        "(fichier `{source}`).",
        "selection_total_one": "**{n} initiative** dans la sélection, sur {total} au registre "
        "(fichier `{source}`).",
        "bars_hint": "Chaque barre ouvre l'onglet Explorer filtré sur sa valeur (et sur la "
        "sélection ci-dessus).",
        "bar_hint": "(voir ces initiatives dans Explorer)",
        "chart_data": "Données du graphique « {title} »",
        "chart_empty": "Aucune initiative dans la sélection.",
        "value_column": "Valeur",
    },
    "en": {
        "topic": "Topic",
        "topic_placeholder": "E.g. fraud, emergency, forest",
        "topic_info": "Searched as the chat searches: by word stem, ignoring accents and case "
        '("fraude" finds "frauduleuses"), and by meaning.',
        "topic_searched": 'Topic searched: "{topic}".',
        "topic_unknown": "Words the register does not use, not searched: {words}.",
        "selection_total": "**{n} initiatives** in the selection, out of {total} in the register "
        "(file `{source}`).",
        "selection_total_one": "**{n} initiative** in the selection, out of {total} in the "
        "register (file `{source}`).",
        "bars_hint": "Each bar opens the Explore tab filtered on its value (and on the selection "
        "above).",
        "bar_hint": "(show these initiatives in Explore)",
        "chart_data": 'Data of the chart "{title}"',
        "chart_empty": "No initiative in the selection.",
        "value_column": "Value",
    },
}


def tab_text(language: str) -> dict[str, str]:
    return TAB_TEXT["en" if language == "en" else "fr"]
