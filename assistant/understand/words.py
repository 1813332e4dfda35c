"""The words of a question's frame, in both languages: what it asks (count, list, rank,
breakdown, compare, define, describe), what the register does not record, follow-up markers,
row references, and the frame words that are never a topic.

Patterns run over the normalised question (accent-free, lower case, apostrophes as spaces);
understand.py reads questions with them. Data, not logic: add a wording here, test it there.
"""

from __future__ import annotations

import re

from assistant.retrieval.lexical import GLOSSARY_EN_FR as _GLOSSARY
from assistant.retrieval.lexical import STOPWORDS as _STOPWORDS


def _rx(*patterns: str) -> re.Pattern[str]:
    """A pattern over the normalised question (accent-free, lower case)."""
    return re.compile("|".join(rf"(?:{p})" for p in patterns))


# Things a register may not record, by kind: answered as such, never with an invented figure.
# Which kinds a register lacks comes from its mapping (`Mapping.not_recorded`: its `not_recorded`
# list, or DEFAULT_NOT_RECORDED less what its typed fields record: a date field answers "when").
ABSENT = {
    "money": _rx(
    r"\bbudgets?\b", r"\bdollars?\b", r"\$", r"\bargent\b", r"\bmoney\b", r"\bhow much\b", r"\bspen(t|d|ding)\b",
    r"\bdepense", r"\bcombien (a )?(coute|coutent|coutera)\b", r"\bcombien ca coute\b", r"\bquel (est|etait) le (cout|prix)\b",
    r"\bwhat (is|was|did) (the )?(cost|price)\b", r"\bcost(s|ed)? (of|for) (the|this|that)\b", r"\bcost\?",
    r"\bmontants? (investi|consacre|alloue)", r"\bfinance(ment|d)\b",
    ),
    "vendors": _rx(
    r"\b(quel|quels|quelle|quelles) (fournisseurs?|entreprises?|firmes?|compagnies?|prestataires?|logiciels?|produits?)\b",
    r"\bqui est le fournisseur\b", r"\bqui a (developpe|construit|fourni|concu)\b",
    r"\b(which|what) (vendors?|suppliers?|compan(y|ies)|firms?|contractors?|software|products?)\b",
    r"\bwho (built|developed|supplies|supplied|provides|provided|made|sells)\b", r"\bvendors? (of|for|behind)\b",
    r"\b(developpe|developpee|developpes|concue?s?|fournie?s?|realisee?s?) par\b",
    r"\b(built|developed|made|supplied|provided|delivered) by\b", r"\binvolved in\b",
    ),
    "dates": _rx(
    r"^quand\b", r"\bdepuis quand\b", r"^when\b", r"\bwhen (did|was|were|will|is|are)\b", r"\bquand (a|est|ont|sera)\b",
    r"\ben quelle annee\b", r"\bquelle annee\b", r"\bdepuis quelle (annee|date)\b", r"\bsince when\b", r"\bwhat year\b", r"\bwhich year\b", r"\bdate de (debut|fin|mise|lancement|deploiement)\b",
    r"\b(start|end|launch|go-live) date\b", r"\bdeadline\b", r"\becheancier\b", r"\ba-t-(il|elle) (commence|debute)\b",
    r"\b(commence|debute|lance)(e|es|s)? en\b", r"\bstart(ed)? in\b", r"\bhow long\b", r"\bdepuis combien de temps\b",
    r"\b(lance|lancee|lances|lancees|demarre|demarree|debute|debutee|commence|commencee|implante|implantee|mis en place|"
    r"mise en place|mis en service|mise en service|termine|terminee|acheve|livre|livree)s? (en|depuis|avant|apres) (19|20)\d\d\b",
    r"\b(launched|started|began|begun|initiated|implemented|deployed|completed|finished|delivered|introduced) (in|since|before|after) (19|20)\d\d\b",
    r"\b(mis|mise|mises|put|placed|went|gone)( into| in| en)? (en|in|depuis|since|avant|before|apres|after) (19|20)\d\d\b",  # « mis [en production] en 2024 »
    r"\b(19|20)\d\d (et|and) (19|20)\d\d\b.*\b(lance|launched|started|debute)",
    r"\bmise? en production (en|depuis|avant|apres) (19|20)\d\d\b", r"\b(put|went|go) (into production|live) in (19|20)\d\d\b",
    ),
    "people": _rx(
    r"\beffectifs?\b", r"\bfull-time\b", r"\bhow many (full-time )?(staff|employees|people|persons|workers|citizens|users)\b",
    r"\bcombien (d|de) (employes|personnes|fonctionnaires|citoyens|usagers|utilisateurs|etc)\b",
    r"\bnombre d (utilisateurs|usagers|employes)\b", r"\bsalaires?\b", r"\bsalar(y|ies)\b",
    r"\bproject managers?\b", r"\bcharge(e)? de projet\b", r"\bresponsable du projet\b", r"\bqui est (le|la) (responsable|charge)",
    r"\bwho (is|are) (the )?(person|people|manager|lead|responsible|in charge)\b", r"\bcontacts?\b", r"\bcourriel\b",
    r"\bhow many (analysts|officers|clerks|nurses|doctors|physicians|scientists|engineers|developers|data scientists)\b",
    r"\bftes?\b", r"\betps?\b", r"\betcs?\b", r"\bequivalents? temps (plein|complet)\b", r"\bfull time equivalents?\b",
    r"\bpersonnes? (ressources?|responsables?|contacts?)\b", r"\bwho (is|are) (responsible|accountable|behind)\b",
    r"\b(nom|noms|name|names) (du|de la|des|of the) (responsable|gestionnaire|manager|lead|chef)",
    # "Who is the Chief AI Officer at the VA?", « Qui est le dirigeant principal de l'information ? »
    r"\bwho (is|are|was|were) (the |its |their )?(\w+ ){0,3}(chief|officers?|heads?|directors?|ministers?|deputy|president|ceo|cio|caio|cto|secretary|commissioner|administrator|spokesperson|leads?|managers?|owners?|contacts?|champions?)\b",
    r"\bqui (est|sont|etait) (le |la |les )?(\w+ ){0,2}(dirigeante?s?|directeur|directrice|directeurs|chef|chefs|ministre|sous ministre|presidente?|pdg|porte parole|gestionnaires?|responsables?)\b",
    ),
    "places": _rx(
    r"\bdans quelles? villes?\b", r"\bin which cit(y|ies)\b", r"\b(street )?address(es)?\b", r"\badresses?\b",
    r"\btaux (de|d) (faux|erreur)", r"\bfalse[- ]positive", r"\b(accuracy|error) rate\b", r"\bperformance metrics?\b",
    ),
    "contracts": _rx(
    r"\bcontracts? awarded\b", r"\bcontract numbers?\b", r"\bnumeros? de contrats?\b", r"\bawarded contracts?\b", r"\bcontrats? (octroyes?|accordes?|signes?|attribues?)\b",
    r"\b(list|show|liste|montre) (me )?(the |les )?contra(cts?|ts?)\b",
    r"\bcontrats? (ont|a|auraient) (ete )?(signes?|octroyes?|accordes?|conclus?)\b", r"\bgre a gre\b",
    r"\b(quels?|quelles?) contrats?\b", r"\b(which|what) contracts?\b", r"\bcontracts? (were|have been|was) (signed|awarded)\b",
    r"\bduree moyenne\b", r"\baverage duration\b", r"\bduration of (an?|the|each) (ai )?projects?\b",
    r"\bon time\b", r"\bon budget\b", r"\bdans les delais\b",
    r"\bdata scientists?\b", r"\bproject leads?\b", r"\bchefs? de projet\b", r"\bwho (leads|runs|manages)\b(?! (?:the )?(?:most|fewest|largest|more|fewer)\b)",
    ),
    "models": _rx(
    r"\b(large )?language models?\b", r"\bmodeles? de langage\b", r"\bquel modele\b", r"\bwhich model\b",
    r"\bllm\b", r"\bgpt\b", r"\bchatgpt\b",
    ),
    # A risk rating or an assessment of it (« niveau de risque », "privacy impact assessment", EFVP):
    # not "à risque", which names what an initiative predicts.
    "risk": _rx(
    r"\bniveaux? (de|du) risques?\b", r"\brisk (levels?|ratings?|scores?|assessments?|categor(y|ies)|classifications?)\b",
    r"\bevaluations? (des|de|du) risques?\b", r"\befvp\b", r"\bfacteurs relatifs a la vie privee\b",
    r"\bprivacy impact assessments?\b", r"\baudite?e?s?\b", r"\baudits?\b", r"\bbiais\b", r"\bbias(es|ed)?\b",
    r"\bclasse?e?s? (a|comme) (haut|faible|moyen) risque\b", r"\b(high|low|medium)[ -]risk\b",
    ),
    # Measured results: time or money saved, accuracy, return on investment (benefits are recorded, as text).
    "outcomes": _rx(
    r"\bcombien d heures?\b", r"\bhow many hours\b", r"\bhours? (saved|of work saved)\b", r"\bheures? (economisees?|sauvees?|gagnees?)\b",
    r"\btemps (economise|gagne|sauve)\b", r"\btime saved\b", r"\broi\b", r"\breturn on investment\b",
    r"\brendement (du|de l|sur l) investissement\b", r"\baccuracy\b", r"\btaux (de precision|d erreur|de reussite|d exactitude)\b",
    r"\bprecision (des|du|de ses|de leurs) (modeles?|algorithmes?|systemes?|outils?)\b", r"\berror rates?\b",
    r"\b(model|models ) performance\b", r"\bperformance (des|du) modeles?\b",
    r"\bcarbon footprint\b", r"\bempreinte (carbone|environnementale|ecologique)\b", r"\benergy (use|consumption|usage)\b",
    r"\bconsommation (d energie|energetique|electrique)\b", r"\bemissions? (de ges|de gaz|of greenhouse|co2)\b", r"\bghg\b",
    ),
    # How systems are built and run: hosting, cloud, source code, programming languages, training data.
    "technology": _rx(
    r"\bheberge(e|es|s)?\b", r"\bhebergement\b", r"\bhosted\b", r"\bhosting\b", r"\bcloud providers?\b",
    r"\bfournisseurs? (infonuagiques?|de services infonuagiques|cloud)\b", r"\binfonuagique\b",
    r"\bopen source\b", r"\blogiciels? libres?\b", r"\bcode source\b", r"\bsource code\b",
    r"\blangages? de programmation\b", r"\bprogramming languages?\b", r"\bdonnees d (entrainement|apprentissage)\b",
    r"\btraining data(sets?)?\b", r"\bserveurs?\b", r"\bservers?\b",
    r"\b(?:what|which) (?:kind of |type of )?(?:technology|technologies|tech stack|software|platforms?)\b",
    r"\bquel(?:le)?s? (?:type de |sorte de )?(?:technologies?|logiciels?|plateformes?)\b",
    ),
    "cybersecurity": _rx(r"\bcybersecurite\b", r"\bcybersecurity\b"),
    "weather": _rx(r"\bweather\b", r"\bmeteo\b"),
    "opinion": _rx(r"\bopinion\b", r"\bwhat do you think\b", r"\bque penses?-tu\b", r"\bqu en penses?-tu\b"),
}
OUT_OF_SCOPE = _rx(*(p.pattern for p in ABSENT.values()))  # every kind: the frame words that are never a topic


def absent(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """What a register with these absent `kinds` refuses (a pattern that matches nothing for none)."""
    return _rx(*(ABSENT[k].pattern for k in kinds)) if kinds else re.compile(r"(?!x)x")


COUNT = _rx(
    r"\bcombien\b", r"\b(quel est|donne|donnez|indique|indiquez)(-moi)? le nombre\b", r"^(le )?nombre (de|d)\b",
    r"\bnombre total\b", r"\bhow many\b", r"\b(what is|give me|tell me) the (total )?number of\b", r"^(the )?number of\b",
    r"\bcount\b", r"\btotal\b", r"\bnb\b", r"\bnbr\b", r"\bcb\b", r"\b# of\b",
)
NUMBER_ONE = _rx(r"(?:#|\bn[o°]\.?|\bnumero\b|\bnumber\b)\s*(?:1|un|one)\b")  # "le numéro 1", "the #1 category"
RANK = _rx(
    r"\ble plus\b", r"\bles plus\b", r"\bla plus\b", r"\bmost\b", r"\btop\s*\d*\b", r"\bclassement\b",
    r"\bpalmares\b", r"\bleading\b", r"\bleader\b", r"\bleads\b", r"\ben tete\b", r"\bchef de file\b", r"\b(classe|classez|classer|trie|triez|trier|ordonne|ordonnez) (les|des) (categories|organismes|portefeuilles|statuts|ministeres)\b",
    r"\b(rank|sort|order) (the |all )?(categories|bodies|portfolios|agencies|statuses|ministries)\b",
    r"\branks? (first|second|third|fourth|fifth|1st|2nd|3rd|\d+th)\b", r"\b(au|en) (premier|deuxieme|second|troisieme|quatrieme|\d+e) rang\b", r"\bplus grand nombre\b", r"\bmajorite\b",
    r"\bbiggest\b", r"\blargest\b", r"\bplus gros(se)?\b", r"\bplus grande?\b", r"\bplus repandue?s?\b",
    r"\bdomine\b", r"\bdominant(e|s|es)?\b", r"\bmajoritaire\b", r"\bpredominant\b", r"\bdominates\b",
    NUMBER_ONE.pattern,
)
# How important an initiative is: the register ranks nothing by importance or priority (a
# question about a body, category... "le plus important" is still a ranking by count).
IMPORTANCE = _rx(
    r"\b(en|in|by|par) (ordre d )?importance\b", r"\bplus important(e|s|es)?\b", r"\bmost important\b",
)
BREAKDOWN = _rx(
    r"\brepartition\b", r"\brepartis\b", r"\bventil", r"\bbreakdown\b", r"\bbreak down\b", r"\bbroken down\b",
    r"\bdistribution\b", r"\bsplit\b",
    r"\b(par|per|by) (\w+ )?(categorie|statut|portefeuille|organisme|ministere)s?\b",
    r"\b(par|per|by) (\w+ )?(category|status|portfolio|body|public body|agency)\b",
    r"\bfor each (category|status|portfolio)\b", r"\bpour chaque (categorie|statut|portefeuille)\b",
)
COMPARE_WORDS = _rx(
    r"\bcompar", r"\bversus\b", r"\bvs\b", r"\bpar rapport (a|au|aux)\b", r"\bdifference entre\b",
    r"\bdifference between\b",
)
# "plus de projets, la SAAQ ou la CNESST ?": a comparison only when the values or'd are what the
# question ranks (or it ranks nothing): "Quel organisme a le plus d'initiatives en production ou
# en développement ?" ranks bodies over both statuses.
MORE_OR = _rx(r"\bplus \w.* ou\b", r"\bmore .* or\b", r"\bmoins d.* ou\b", r"\bfewer .* or\b")
COMPARE = _rx(COMPARE_WORDS.pattern, MORE_OR.pattern)
LIST = _rx(
    r"\blist", r"\benumere", r"\bmontre(?:r|z)?\b", r"\baffiche", r"\bdonne-moi\b", r"\bshow\b", r"\bdisplay\b",
    r"\bquels sont les (projets|initiatives)\b", r"\bquelles sont les (initiatives|solutions)\b",
    r"\bwhat are the (projects|initiatives)\b", r"\ball (the )?(projects|initiatives)\b",
    r"\btous les projets\b", r"\btoutes les initiatives\b",
)
DEFINE = _rx(
    r"\bque (veut dire|signifie)\b", r"\bqu est-ce (que|qu)\b", r"\bdefini", r"\bwhat does .* mean\b",
    r"\bwhat is meant by\b", r"\bmeaning of\b", r"\bc est quoi\b", r"\bwhat is the (category|status)\b",
)
DESCRIBE = _rx(
    r"\bdecri", r"\bdescribe\b", r"\bdetails? (de|of|sur|about)\b", r"\bparle[sz]?-moi (?:de|du|des)\b", r"\btell me (?:more )?about\b",
    r"\bfiche\b", r"\bwhat is the initiative\b", r"\bc est quoi l initiative\b", r"\bqu est-ce que l initiative\b",
)
# Row references. "ligne 12", "row 12", "fiche 40" always name a row; "l'initiative n° 12",
# "#12" or "numéro 12" do unless the question ranks ("le projet numéro 1 en importance",
# "the #1 category", "Quel organisme est le numéro 1 ?").
_ROW_SIGN = r"(?:#|\bn[o°]\.?|\bnumero\b|\bnumber\b)"
ROW_STRONG = re.compile(rf"\b(?:ligne|row|rangee|fiche|entry|entree)\s*{_ROW_SIGN}?\s*(\d{{1,6}})\b")
ROW_WEAK = re.compile(rf"\b(?:initiative|projet|project)\s*{_ROW_SIGN}?\s*(\d{{1,6}})\b")
ROW_BARE = re.compile(rf"(?P<article>\b(?:le|la|l|the)\s*)?{_ROW_SIGN}\s*(\d{{1,6}})\b")
# Words that make the number just before them a rank: "numéro 1 en importance", "#2 in the ranking".
RANKED = _rx(r"\bimportan", r"\bclassement\b", r"\branking\b", r"\branked\b", r"\bpalmares\b", r"\bplus\b", r"\bmost\b", r"\btop\b")
QUOTED = re.compile(r"[«\"“]\s*([^«»\"“”]{6,}?)\s*[»\"”]")
TOP_N = re.compile(
    r"\b(?:top|les|the|which|what|quels|quelles|des)\s+(\d{1,2})\b"
    r"|\b(\d{1,2})\s+(?:premiers|premieres|first|largest|biggest|plus)\b"
)
MAX_QUESTION_CHARS = 2000
INSTRUCTIONS_SET_ASIDE = {
    "fr": "Les consignes adressées à l'assistant dans la question ont été mises de côté : seul le registre répond.",
    "en": "Instructions to the assistant inside the question were set aside: only the register answers.",
}
TOO_LONG = {
    "fr": "Question très longue : seuls ses {n} premiers caractères ont été lus.",
    "en": "Very long question: only its first {n} characters were read.",
}
GROUP_WORDS = {
    "body": _rx(r"\borganismes?\b", r"\bbod(y|ies)\b", r"\bagenc(y|ies)\b", r"\borgani[sz]ations?\b", r"\bministeres?\b", r"\bministr(y|ies)\b", r"\betablissements?\b", r"\binstitutions?\b", r"\bcomponents?\b"),
    "portfolio": _rx(r"\bportefeuilles?\b", r"\bportfolios?\b", r"\bsecteurs?\b", r"\bsectors?\b"),
    "category": _rx(r"\bcategories?\b", r"\bcategor(y|ies)\b", r"\btypes? d", r"\bkinds? of\b"),
    "status": _rx(r"\bstatuts?\b", r"\bstatus(es)?\b", r"\betats? d", r"\bstages?\b"),
}
# "Combien d'organismes …", "Which public bodies …", "What kinds of …": the question asks for the
# groups themselves (a group word follows), answered group by group with their number.
ASKS_GROUPS = re.compile(
    r"(?:\bcombien (?:y a[ -]t[ -]il |y en a[ -]t[ -]il )?d(?:e | )|\bliste des |\bliste les |\blist of (?:the |all )?|^list (?:the |all )?|\bhow many |\bnombre d(?:e | )|\bnbr? d(?:e | )|\bnumber of |^(?:et )?quel(?:le)?s? |^(?:and )?which |^(?:and )?what )"
    r"(?:sont les |are the )?"
)
# "how many *public* bodies", « combien d'*autres* organismes », "how many *different public* bodies"
ONE_WORD = re.compile(r"(?:(?:different|distinct|unique|separate|differents|distincts|differentes|distinctes) )?\w+ ")
FOLLOW_UP = _rx(
    r"^et\b", r"^and\b", r"^(ok|okay|bon|alors|d accord|parfait|super|merci)\W+(et|and)\b",
    r"^(?:(?:ok|okay|bon|alors|d accord|parfait|super|merci|thanks)\W+)?(?:now |maintenant )?(?:just|only|juste|seulement|uniquement)\b",
    r"\bliste[- ]les\b", r"\bliste[- ]moi[- ]les\b", r"^list (them|those|these|the ones)\b",
    r"\bceux\b", r"\bcelles\b", r"\bthe ones\b", r"\btheir\b", r"\bleurs\b", r"^what about\b", r"^how about\b", r"^parmi (celles|ceux|elles|eux)", r"^among (them|those|these)",
    r"\bcelles-ci\b", r"\bceux-ci\b", r"\bparmi elles\b", r"\bof those\b", r"\bof them\b", r"\bamong them\b",
    r"^(montre|affiche|donne)-moi la liste\b", r"^(show|give) me the list\b", r"^la liste\b", r"^the list\b",
    r"^(et )?pour (le|la|l|les)\b", r"^(and )?for (the )?\b", r"^same (for|question)\b", r"^meme (chose|question)\b",
    r"^in the\b", r"^dans le\b", r"^dans la\b", r"^now\b", r"^maintenant\b", r"^lesquel(le)?s\b",
    r"^(?:how many|combien) (?:were|are|of them|of those|d entre eux|d entre elles|sont|ont ete)\b",
    r"^which ones\b", r"^which (?:ones )?(?:are|is) (?:still |now |already |currently )?(?:in|at|under)\b", r"\bthem\b", r"\bthose\b", r"\bthese\b", r"\bin it\b", r"\bdans celle-ci\b",
    r"\bdedans\b", r"\bles repartir\b", r"\bles classer\b",
)
# Words that are part of a question's frame, not of its topic.
FRAME_WORDS = _rx(
    OUT_OF_SCOPE.pattern, COUNT.pattern, RANK.pattern, BREAKDOWN.pattern, COMPARE.pattern, LIST.pattern,
    DEFINE.pattern, DESCRIBE.pattern, FOLLOW_UP.pattern, *(p.pattern for p in GROUP_WORDS.values()),
    r"\b(d )?initiatives?\b", r"\bprojets?\b", r"\bprojects?\b", r"\bsolutions?\b", r"\bcas d usage\b",
    r"\buse cases?\b", r"\bregistre\b", r"\bregister\b", r"\b(l )?ia\b", r"\bai\b", r"\bparmi\b",
    r"\bportent sur\b", r"\bconcernent\b", r"\bmentionn(e|ent)\b", r"\bmention(s|ing)?\b", r"\bsont\b", r"\bare\b", r"\bont\b", r"\bhave\b", r"\bhas\b",
    r"\butilise(nt)?\b", r"\buse[sd]?\b", r"\bpour\b", r"\bfor\b", r"\babout\b", r"\bsur\b",
    # verbs and adverbs of the question's frame: reporting, counting, time, frequency
    r"\brecense(e|es|s)?\b", r"\bdeclare(e|es|s|nt)?\b", r"\brepertorie(e|es|s)?\b", r"\binscrite?s?\b",
    r"\bcompte(nt)?(-t-il|-t-elle)?\b", r"\bcomptabilise(e|es|s)?\b", r"\bfigurent\b", r"\brelevent\b",
    r"\breported\b", r"\breports?\b", r"\brecords?\b", r"\blisted\b", r"\bayant( pour)?\b", r"\brecorded\b", r"\bregistered\b", r"\bdeclared\b", r"\blist\b",
    r"\bthere\b", r"\bstill\b", r"\balready\b", r"\bcurrently\b", r"\bnow\b", r"\bencore\b", r"\bdeja\b",
    r"\bactuellement\b", r"\bpresentement\b", r"\bcommon\b", r"\bfrequent(e|es|s)?\b", r"\brevient\b",
    r"\bsouvent\b", r"\boften\b", r"\bactifs?\b", r"\bactive\b", r"\bministerial\b", r"\bministeriels?\b",
    r"\bamong\b", r"\bcelles?\b", r"\bceux\b", r"\bthose\b", r"\bthem\b", r"\bquantite\b", r"\bnumber\b",
    r"\bhave\b", r"\bdo(es)?\b", r"\bgive\b", r"\btell\b", r"\bneeds?\b", r"\bplease\b",
    r"\bnombre\b", r"\beach\b", r"\bchacun(e|s|es)?\b", r"\brepartis\b", r"\bbreak\b", r"\bdown\b", r"\bper\b", r"\bpar\b",
    r"\bseulement\b", r"\bonly\b", r"\bplus\b", r"\bmore\b", r"\bmoins\b", r"\bfewer\b",
    # how AI is used, not what for: « assistée par l'IA », "AI-powered", « à l'aide de l'IA »
    r"\bassistee?s? par\b", r"\b(?:ai|ia)[- ]?(?:assisted|powered|driven|based|enabled)\b",
    r"\b(?:assisted|powered|driven|enabled) by\b", r"\ba l aide de\b", r"\bgrace a\b",
    r"\bbasee?s? sur\b", r"\busing\b",
)  # fmt: skip

# Vocabulary of the question frame, for correcting typos in it ("Combein", "initiaitves").
FRAME_VOCABULARY = (
    "combien", "nombre", "initiatives", "initiative", "projets", "registre", "organismes", "categorie",
    "categories", "portefeuille", "portefeuilles", "repartition", "liste", "comparer", "compare",
    "many", "number", "projects", "register", "public", "bodies", "breakdown", "category",
    "categories", "portfolio", "portfolios", "status", "statut", "development", "developpement",
    "production", "reported", "recenses", "declare", "declarees", "distribution", "agencies",
    "organisme", "projet", "project", "agency", "statuts", "organisation", "organization",
)  # fmt: skip



GLOSSARY_WORDS = frozenset(w for pair in _GLOSSARY.items() for w in " ".join(pair).split())

# Real words a typo fix must leave alone: "company" is two edits from "compare", "projection"
# and "protection" from "production", "products" from "projects".
NEVER_CORRECTED = frozenset(_STOPWORDS) | frozenset(
    "company companies vendor vendors supplier suppliers contractor contractors budget budgets "
    "salary salaries entreprise entreprises fournisseur fournisseurs product products software "
    "projection projections protection prediction predictions traduction reduction reproduction "
    "productive productif process processes computer computers combine combined combines combler "
    "trajets reponses states statue statues organiser organisers listen projeter resister".split()
)

# A question about one initiative, not a count or a list of them.
ABOUT_ONE = _rx(
    DESCRIBE.pattern, r"\bque fait\b", r"\bwhat (does|is)\b", r"\b(l initiative|le projet|the initiative|the project)\s*[«\"“]",
)
NOT_ABOUT_ONE = _rx(COUNT.pattern, LIST.pattern, RANK.pattern, BREAKDOWN.pattern, COMPARE.pattern, r"\bquels\b", r"\bquelles\b", r"\bwhich\b")
# A ranking that asks for one group: « Quel organisme … le plus », "Which agency has the most …".
SINGULAR = _rx(
    r"\bquel (organisme|portefeuille|ministere|etablissement)\b", r"\bquelle (categorie|organisation)\b",
    r"\bwhich (public )?(body|agency|organi[sz]ation|portfolio|category|ministry|institution|establishment|department|bureau|office|university|hospital)\b",
    r"\bwhat (public )?(body|agency|portfolio|category|ministry)\b", r"\bwhich ai category\b",
    r"\bquelle categorie d ia\b", r"\blequel\b", r"\blaquelle\b", r"\bwhich one\b", r"\bwhich (?:has|is)\b",
    r"\bwhich (?:one )?of (?:them|those|these) (?:has|is)\b", r"\bthe leader\b", r"^who (?:runs|has|uses|leads|does|is)\b",
    r"^qui (?:a|fait|utilise|mene|compte|est)\b",
    r"\b(?:agency|body|portfolio|category|ministry|department|bureau|organisme|portefeuille|categorie) (?:with|avec) (?:the most|the fewest|le plus|le moins)\b",
    r"\btop (?:public )?(?:body|agency|organi[sz]ation|portfolio|category|ministry|organisme|portefeuille|categorie|statut|status)\b(?! ?s\b)",
    r"\b(?:the |la |le )?(?:biggest|largest|main|leading|most common|most frequent|plus grande?|principale?) (?:public )?"
    r"(?:body|agency|organi[sz]ation|portfolio|category|ministry|organisme|portefeuille|categorie|statut|status)\b(?! ?s\b)",
)

# "(ignoring blanks)", « sans les vides »: a ranking or breakdown without the blank cells' group.
IGNORES_BLANKS = _rx(
    r"\b(?:ignoring|excluding|without|apart from|leaving out|sans|hors|en ignorant|en excluant|excluant) (?:the |les |des )?"
    r"(?:blanks?|empty (?:cells|values)|missing values|vides?|cases vides|valeurs manquantes|non precises?|not given|unspecified)\b",
)

