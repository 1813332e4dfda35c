"""Every word the UI shows, in French and English, and the small formatters that use them.

`UI_TEXT[lang]` holds one dict per language with the same keys (a test checks it). Values
that the data carries (categories, statuses, portfolios) come from the register's own FR/EN
columns and its mapping (labels, field names), never from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.inert import markdown_inert as inert  # noqa: F401  (the chat and tests import it from here)
from assistant.register.mapping import ROLES
from assistant.register.wording import say, short_field_names, templates

if TYPE_CHECKING:
    from assistant.api import Assistant

REGISTER_NAME = "Portrait des utilisations de l'IA dans l'administration publique québécoise"
LANGUAGES = (("Français", "fr"), ("English", "en"))
# The first view's example questions, in the UI's language (they switch with it).
EXAMPLES_BY_LANGUAGE = {
    "fr": (
        "Combien d'initiatives sont en production dans le réseau de la santé ?",
        "Quels organismes utilisent l'IA pour détecter la fraude ?",
        "Répartition des initiatives par catégorie",
        "Quels organismes ont le plus d'initiatives ?",
    ),
    "en": (
        "How many initiatives are in production in the health network?",
        "Which public bodies use AI to detect fraud?",
        "Breakdown of initiatives by category",
        "Which public bodies have the most initiatives?",
    ),
}
EXAMPLES = (*EXAMPLES_BY_LANGUAGE["fr"], *EXAMPLES_BY_LANGUAGE["en"])

UI_TEXT: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Portrait IA — les usages de l'IA dans l'administration publique québécoise",
        "register": "**Registre :** {name} · fichier `{source}` · **{rows} lignes**",
        "registers": "**Registre :** {name} · fichiers {files} · les réponses viennent du plus récent, sauf si la question nomme une année",
        "file_rows": "`{source}` ({year}, {rows} lignes)",
        "intro": "Posez une question en français ou en anglais : chaque réponse cite les lignes "
        "du registre sur lesquelles elle s'appuie (numéro de ligne du fichier officiel).",
        "tab_chat": "Conversation",
        "tab_explore": "Explorer le registre",
        "tab_overview": "Vue d'ensemble",
        # the year selector of Explore, Overview and Briefing (several files loaded)
        "file_pick": "Année du registre",
        "file_info": "Fichier montré dans cet onglet (le plus récent par défaut).",
        "file_choice": "{year} — {source} ({rows} lignes)",
        # chat
        "question": "Votre question",
        "placeholder": "Ex. : Quels organismes utilisent l'IA pour détecter la fraude ?",
        "send": "Envoyer",
        "clear": "Nouvelle conversation",
        "chat": "Conversation",
        "chat_placeholder": "Les réponses citent les lignes du registre.",
        "citations": "Lignes citées par la dernière réponse",
        "examples": "Exemples de questions",
        "columns": ["Ligne", "Initiative", "Organisme", "Catégorie", "Statut"],
        "error": "La question n'a pas pu être traitée : {error}",
        "understood": "**Ce que j'ai compris :** {plan}",
        "chips": "Filtres appliqués à la dernière réponse (décochez pour en retirer un)",
        "edited": "_Réponse recalculée avec les filtres : {filters}._",
        "no_filter": "aucun",
        "copy": "Copier la réponse et ses sources",
        "copy_text": "Réponse et sources (texte copié)",
        "copied": "Réponse copiée dans le presse-papiers, avec ses sources.",
        "sources": "Sources : {source}, {rows}",
        "row_one": "ligne {ids}",
        "row_many": "lignes {ids}",
        "record": "Fiche complète",
        "record_hint": "Sélectionnez une ligne d'un tableau (clic, ou flèches puis Entrée) pour "
        "afficher sa fiche complète ici.",
        "record_title": "Ligne {row_id} — {name}",
        "record_field": "Champ",
        "record_value": "Valeur",
        "record_file": "Fichier source",
        "record_missing": "La ligne {row_id} n'est pas dans le fichier chargé.",
        "row_number": "Numéro de ligne (ex. : 82)",
        "show_row": "Afficher la fiche",
        # feedback
        "comment": "Commentaire sur votre évaluation (facultatif)",
        "comment_placeholder": "Ex. : il manque l'initiative de la SAAQ.",
        "send_comment": "Envoyer le commentaire",
        "feedback_help": "Évaluez une réponse avec les pouces (« J'aime » / « Je n'aime pas ») "
        "sous celle-ci ; vous pouvez ensuite ajouter un commentaire.",
        "feedback_saved": "Merci : votre évaluation ({rating}) est enregistrée.",
        "rating_up": "utile",
        "rating_down": "pas utile",
        "feedback_removed": "Évaluation retirée.",
        "comment_saved": "Merci : votre commentaire est enregistré.",
        "comment_first": "Évaluez d'abord une réponse (pouce levé ou baissé), puis ajoutez "
        "un commentaire.",
        # first view, conversation, sources, feedback (issue 18)
        "skip": "Aller à la question",
        "lead": "Portrait IA répond en français ou en anglais aux questions sur les usages de "
        "l'IA déclarés par l'administration publique québécoise, en citant les lignes du registre.",
        "register_size": "**<Register> :** {name} · **{rows} <items>**",  # the register's nouns (say)
        "you_asked": "Votre question :",
        "answer_label": "Réponse",
        "earlier": "Plus tôt dans cette conversation",
        "cite_label": "Source : ligne {row}",
        "sources_title": "Sources : {n} ligne citée",
        "sources_title_many": "Sources : {n} lignes citées",
        "sources_list": "Lignes citées par cette réponse",
        "sources_more": "Les {shown} premières lignes sont affichées ; la réponse en cite {total}.",
        "sources_none": "Cette réponse ne cite aucune ligne du registre.",
        "csv": "Télécharger les sources (CSV)",
        "card_row": "Ligne {row}",
        "card_key": "Ligne",
        "details": "Détails",
        "intent": "Intention",
        "suggest": "Je n'ai pas compris toute la question. Essayez plutôt :",
        "rate_up": "Utile",
        "rate_down": "Pas utile",
        "rate_group": "Évaluer cette réponse",
        "comment_toggle": "Ajouter un commentaire",
        "comment_one": "Votre commentaire sur cette réponse (facultatif)",
        "feedback_where": "Les évaluations et commentaires sont enregistrés sur le serveur de "
        "Portrait IA (fichier {file}), avec la question et la réponse ; rien n'est envoyé ailleurs.",
        "row_lookup": "Afficher une ligne du registre par son numéro",
        "row_invalid": "« {value} » n'est pas un numéro de ligne : tapez un nombre entier, par "
        "exemple 82.",
        # explore
        "explore_intro": "Tout le registre, filtrable. Sélectionnez une ligne pour voir sa fiche.",
        "all_bodies": "Tous les organismes",
        "all_portfolios": "Tous les portefeuilles",
        "all_categories": "Toutes les catégories",
        "all_statuses": "Tous les statuts",
        "search": "Recherche dans le nom et les bénéfices",
        "search_placeholder": "Ex. : fraude, urgence, forêt (accents facultatifs)",
        "count_one": "**{n} initiative** correspond aux filtres.",
        "count_many": "**{n} initiatives** correspondent aux filtres.",
        "explore_table": "Initiatives du registre",
        "explore_columns": [
            "Ligne",
            "Initiative",
            "Organisme",
            "Portefeuille",
            "Catégorie",
            "Statut",
        ],
        "ask_selection": "Poser la question sur cette sélection",
        "reset": "Effacer les filtres",
        "q_list": "Liste les initiatives",
        "q_body": " de l'organisme « {value} »",
        "q_portfolio": " du portefeuille « {value} »",
        "q_category": " de la catégorie « {value} »",
        "q_status": " au statut « {value} »",
        "q_search": " qui portent sur « {value} »",
        "q_year": " en {year}",
        # overview
        "overview_total": "**{n} initiatives** au registre (fichier `{source}`).",
        "by_status": "Initiatives par statut",
        "by_category": "Initiatives par catégorie",
        "by_portfolio": "Initiatives par portefeuille ministériel",
        "top_bodies": "Les 10 organismes qui déclarent le plus d'initiatives",
        "count_axis": "Initiatives",
        "chart_table": "{title} (tableau des données du graphique)",
        "chart_summary": "{top} arrive en tête avec {count} initiatives sur {total}.",
    },
    "en": {
        "title": "Portrait IA — uses of AI in Québec's public administration",
        "register": "**Register:** {name} · file `{source}` · **{rows} rows**",
        "registers": "**Register:** {name} · files {files} · answers come from the newest unless a question names a year",
        "file_rows": "`{source}` ({year}, {rows} rows)",
        "intro": "Ask a question in French or English: every answer cites the register rows it "
        "rests on (row number in the official file).",
        "tab_chat": "Chat",
        "tab_explore": "Explore the register",
        "tab_overview": "Overview",
        "file_pick": "Register year",
        "file_info": "File shown in this tab (the newest by default).",
        "file_choice": "{year} — {source} ({rows} rows)",
        "question": "Your question",
        "placeholder": "E.g. Which public bodies use AI to detect fraud?",
        "send": "Send",
        "clear": "New conversation",
        "chat": "Conversation",
        "chat_placeholder": "Answers cite the register's rows.",
        "citations": "Rows cited by the last answer",
        "examples": "Example questions",
        "columns": ["Row", "Initiative", "Public body", "Category", "Status"],
        "error": "The question could not be answered: {error}",
        "understood": "**What I understood:** {plan}",
        "chips": "Filters applied to the last answer (uncheck one to remove it)",
        "edited": "_Answer recomputed with the filters: {filters}._",
        "no_filter": "none",
        "copy": "Copy the answer and its sources",
        "copy_text": "Answer and sources (copied text)",
        "copied": "Answer copied to the clipboard, with its sources.",
        "sources": "Sources: {source}, {rows}",
        "row_one": "row {ids}",
        "row_many": "rows {ids}",
        "record": "Full record",
        "record_hint": "Select a row of a table (click, or arrow keys then Enter) to show its "
        "full record here.",
        "record_title": "Row {row_id} — {name}",
        "record_field": "Field",
        "record_value": "Value",
        "record_file": "Source file",
        "record_missing": "Row {row_id} is not in the loaded file.",
        "row_number": "Row number (e.g. 82)",
        "show_row": "Show the record",
        "comment": "Comment on your rating (optional)",
        "comment_placeholder": "E.g. the SAAQ initiative is missing.",
        "send_comment": "Send the comment",
        "feedback_help": "Rate an answer with the thumbs below it (Like / Dislike); you can then "
        "add a comment.",
        "feedback_saved": "Thank you: your rating ({rating}) is saved.",
        "rating_up": "helpful",
        "rating_down": "not helpful",
        "feedback_removed": "Rating removed.",
        "comment_saved": "Thank you: your comment is saved.",
        "comment_first": "Rate an answer first (thumb up or down), then add a comment.",
        "skip": "Skip to the question",
        "lead": "Portrait IA answers questions, in English or French, about the uses of AI "
        "reported by Québec's public administration, citing the register's rows.",
        "register_size": "**<Register>:** {name} · **{rows} <items>**",
        "you_asked": "Your question:",
        "answer_label": "Answer",
        "earlier": "Earlier in this conversation",
        "cite_label": "Source: row {row}",
        "sources_title": "Sources: {n} row cited",
        "sources_title_many": "Sources: {n} rows cited",
        "sources_list": "Rows cited by this answer",
        "sources_more": "The first {shown} rows are shown; the answer cites {total}.",
        "sources_none": "This answer cites no row of the register.",
        "csv": "Download the sources (CSV)",
        "card_row": "Row {row}",
        "card_key": "Row",
        "details": "Details",
        "intent": "Intent",
        "suggest": "I did not understand all of the question. Try instead:",
        "rate_up": "Helpful",
        "rate_down": "Not helpful",
        "rate_group": "Rate this answer",
        "comment_toggle": "Add a comment",
        "comment_one": "Your comment on this answer (optional)",
        "feedback_where": "Ratings and comments are saved on the Portrait IA server (file "
        "{file}), with the question and the answer; nothing is sent elsewhere.",
        "row_lookup": "Show a register row by its number",
        "row_invalid": '"{value}" is not a row number: type a whole number, for example 82.',
        "explore_intro": "The whole register, filterable. Select a row to see its record.",
        "all_bodies": "All public bodies",
        "all_portfolios": "All portfolios",
        "all_categories": "All categories",
        "all_statuses": "All statuses",
        "search": "Search the name and benefits",
        "search_placeholder": "E.g. fraude, urgence, forêt (accents optional)",
        "count_one": "**{n} initiative** matches the filters.",
        "count_many": "**{n} initiatives** match the filters.",
        "explore_table": "Initiatives of the register",
        "explore_columns": ["Row", "Initiative", "Public body", "Portfolio", "Category", "Status"],
        "ask_selection": "Ask about this selection",
        "reset": "Clear the filters",
        "q_list": "List the initiatives",
        "q_body": ' of the public body "{value}"',
        "q_portfolio": ' in the portfolio "{value}"',
        "q_category": ' in the category "{value}"',
        "q_status": ' with the status "{value}"',
        "q_search": ' about "{value}"',
        "q_year": " in {year}",
        "overview_total": "**{n} initiatives** in the register (file `{source}`).",
        "by_status": "Initiatives by status",
        "by_category": "Initiatives by category",
        "by_portfolio": "Initiatives by ministerial portfolio",
        "top_bodies": "The 10 public bodies that report the most initiatives",
        "count_axis": "Initiatives",
        "chart_table": "{title} (table of the chart's data)",
        "chart_summary": "{top} comes first with {count} initiatives out of {total}.",
    },
}

def filter_names(mapping: Any, language: str) -> dict[str, str]:
    """Field -> its short name as a label (filter chips, chart columns): "Organisme", "Agency",
    in the register's words (its mapping's [role_names])."""
    return {role: _capital(name) for role, name in short_field_names(_lang(language), mapping).items()}


def field_labels(mapping: Any, language: str) -> dict[str, str]:
    """Field -> its full name as a label (the Explore dropdowns, the record panel): "Organisme
    public", "Topic area", in the register's words."""
    names = templates(_lang(language), "answers", mapping)["field"]
    return {role: _capital(str(names.get(role, role))) for role in ROLES}


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def _lang(language: str) -> str:
    return "en" if language == "en" else "fr"


def text(language: str) -> dict[str, Any]:
    """The UI strings of `language` ("en", anything else is French)."""
    return UI_TEXT["en" if language == "en" else "fr"]


def header_markdown(assistant: Assistant, language: str) -> str:
    """The first view's header: what this is in one sentence, the register's name and size."""
    t, register = text(language), assistant.register
    mapping = getattr(register, "mapping", None)
    name = mapping.title if mapping is not None else REGISTER_NAME
    registers = getattr(assistant, "registers", None) or [register]
    if len(registers) == 1:
        line = say(t["register_size"], _lang(language), mapping).format(name=name, rows=len(register))
    else:
        # Several years: each file named, so that a reader can tell which one answered.
        files = " · ".join(
            t["file_rows"].format(source=r.source, year=r.year, rows=len(r)) for r in registers
        )
        line = t["registers"].format(name=name, files=files)
    return f"# Portrait IA\n\n{t['lead']}\n\n{line}"


def examples(assistant: Assistant, language: str) -> tuple[str, ...]:
    """The example questions of the first view: the register's own (a mapping may bring them),
    else ours in `language`."""
    own = getattr(getattr(assistant.register, "mapping", None), "examples", ())
    return tuple(own) if own else EXAMPLES_BY_LANGUAGE["en" if language == "en" else "fr"]


def row_list(row_ids: list[int], language: str) -> str:
    """ "ligne 12" / "lignes 12, 15, 18" (every id: the copied text is a reference)."""
    key = "row_one" if len(row_ids) == 1 else "row_many"
    return text(language)[key].format(ids=", ".join(str(r) for r in row_ids))


def count_text(n: int, language: str) -> str:
    one = n <= 1 if language != "en" else n == 1  # French: « 0 initiative »
    return text(language)["count_one" if one else "count_many"].format(n=n)


def cell(value: Any) -> str:
    """A value made safe for one Markdown table cell: on one line, with no live markup (a tag, an
    image or a link planted in a register cell is shown as text) and no control sequence."""
    return inert(" ".join(str(value if value is not None else "").split())).replace("|", "\\|")


def record_markdown(assistant: Assistant, row_id: Any, language: str) -> str:
    """Every field of one register row, labelled in `language`, with its file and row id."""
    t = text(language)
    try:
        # "portrait-ia-2024.csv#12" with several files
        source, _, number = str(row_id).rpartition("#")
        row = assistant.row(int(number), source) if source else assistant.register.row(int(row_id))
    except (KeyError, TypeError, ValueError):
        return t["record_missing"].format(row_id=row_id)
    en = language == "en"

    def value(key: str) -> str:
        return str((row.get(f"{key}_en") if en else None) or row.get(key) or "—")

    lines = [
        f"### {t['record_title'].format(row_id=row['row_id'], name=cell(row['name']))}",
        "",
        f"| {t['record_field']} | {t['record_value']} |",
        "|---|---|",
    ]
    names = field_labels(getattr(assistant.register, "mapping", None), language)
    for key in ("category", "body", "portfolio", "benefits", "status"):
        lines.append(f"| {names[key]} | {cell(value(key))} |")
    lines.append(
        f"| {t['record_file']} | `{row['source']}`, {row_list([row['row_id']], language)} |"
    )
    return "\n".join(lines)
