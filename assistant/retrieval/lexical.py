"""Lexical side of hybrid retrieval: French-normalised BM25, with an English→French glossary.

Dense embeddings miss exact terms ("LiDAR", "OCR", "DPJ") and cross-language everyday words
("chatbot" vs "agent conversationnel"); BM25 over stemmed, accent-free French catches them.
English questions are expanded with French equivalents so they can meet French rows.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

import bm25s
import numpy as np
import snowballstemmer

from assistant.register.labels import normalise

_FR_STEMMER = snowballstemmer.stemmer("french")
_STEMMER_LOCK = threading.Lock()

# Words that carry no topic in a question about the register (both languages, accent-free).
STOPWORDS = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle en et est il ils je la le les leur leurs
    ma mais me mes mon ne nos notre nous on ou par pas pour qu que quel quelle quelles quels qui
    sa se ses son sont sur ta te tes ton tu un une vos votre vous y l d s c n j m t qu est-ce
    ont a-t-il y-a-t-il t-il font fait faire peut peuvent utilise utilisent utiliser utilisant
    utilisation recours servent sert aide aident aider permet permettent permettant
    organisme organismes public publics publique publiques initiative initiatives projet projets
    solution solutions outil outils ia intelligence artificielle systeme systemes quebec quebecois
    quebecoise administration gouvernement ministere ministeres registre combien liste lister
    donne montre moi toi svp stp merci please thanks existe-t-il existe il-y y-a categorie categories portefeuille portefeuilles
    the of and or to in on for with by at from is are was were be been do does did which what who
    whom how many much any some there their its it this that these those use uses used using
    help helps agency agencies body bodies public initiative initiatives project projects tool
    tools ai artificial intelligence system systems quebec government register list show me
    can could would should about into as an category categories portfolio portfolios
    """.split()
)

# English words (accent-free, lower case) -> French words that rows are written with.
GLOSSARY_EN_FR: dict[str, str] = {
    "chatbot": "agent conversationnel assistant virtuel clavardage",
    "chatbots": "agent conversationnel assistant virtuel clavardage",
    "conversational": "conversationnel",
    "virtual": "virtuel",
    "assistant": "assistant",
    "answer": "repondre reponse",
    "answers": "repondre reponses",
    "question": "question",
    "citizens": "citoyens population",
    "citizen": "citoyen population",
    "fraud": "fraude frauduleux",
    "detect": "detecter detection",
    "detection": "detection detecter",
    "tax": "fiscal fiscale impot",
    "taxes": "fiscal impot",
    "triage": "triage",
    "patients": "patients usagers",
    "patient": "patient usager",
    "emergency": "urgence urgences",
    "hospital": "hopital hospitalier",
    "health": "sante",
    "forest": "forestier foret forets peuplements",
    "forests": "forets forestier",
    "forestry": "forestier foresterie",
    "inventory": "inventaire",
    "wildfire": "feux foret incendie",
    "wildfires": "feux foret incendies",
    "fire": "feux incendie",
    "translation": "traduction",
    "translate": "traduire traduction",
    "transcription": "transcription",
    "transcribe": "transcrire transcription",
    "meeting": "reunion reunions",
    "meetings": "reunions",
    "minutes": "proces-verbaux",
    "document": "document documents",
    "documents": "documents",
    "scanning": "numerisation",
    "handwritten": "manuscrit manuscrites",
    "archives": "archives",
    "imaging": "imagerie",
    "image": "image images",
    "images": "images",
    "radiology": "radiologie",
    "medical": "medical medicale",
    "cancer": "cancer",
    "road": "routier route chaussee",
    "roads": "routes routier chaussee",
    "bridge": "pont",
    "bridges": "ponts",
    "traffic": "circulation trafic",
    "inspection": "inspection",
    "student": "etudiant eleve",
    "students": "etudiants eleves",
    "dropout": "decrochage abandon",
    "success": "reussite",
    "school": "scolaire ecole",
    "tutoring": "tutorat tuteur",
    "tutor": "tuteur",
    "learning": "apprentissage",
    "training": "formation",
    "course": "cours",
    "courses": "cours",
    "library": "bibliotheque",
    "search": "recherche",
    "engine": "moteur",
    "website": "site web",
    "personalization": "personnalisation",
    "call": "appels",
    "calls": "appels",
    "centre": "centre",
    "center": "centre",
    "routing": "acheminement",
    "employees": "employes personnel",
    "staff": "personnel employes",
    "human": "humaines",
    "resources": "ressources",
    "hr": "ressources humaines",
    "scheduling": "horaires planification",
    "schedule": "horaire",
    "schedules": "horaires",
    "prediction": "prediction prevision",
    "predict": "predire prevoir prediction",
    "forecast": "prevision",
    "forecasting": "prevision",
    "demand": "demande",
    "blood": "sang sanguins",
    "automation": "automatisation",
    "automate": "automatiser automatisation",
    "processing": "traitement",
    "claims": "reclamations demandes",
    "applications": "demandes",
    "sentiment": "sentiments",
    "satisfaction": "satisfaction",
    "survey": "sondage",
    "surveys": "sondages",
    "sensors": "capteurs",
    "sensor": "capteur",
    "water": "eau",
    "wildlife": "faune",
    "animals": "animaux faune",
    "maps": "cartes cartographie",
    "mapping": "cartographie",
    "satellite": "satellitaires satellite",
    "drones": "drones",
    "drone": "drone",
    "lab": "laboratoire",
    "laboratory": "laboratoire",
    "microbiology": "microbiologie",
    "legal": "juridique juridiques",
    "court": "judiciaire tribunal",
    "decisions": "decisions",
    "youth": "jeunesse",
    "protection": "protection",
    "child": "enfant enfance",
    "children": "enfants",
    "pension": "rente retraite",
    "pensions": "rentes retraite",
    "retirement": "retraite",
    "licence": "permis",
    "license": "permis",
    "driver": "conduire conducteur",
    "workplace": "travail",
    "accidents": "accidents lesions",
    "safety": "securite",
    "security": "securite",
    "police": "policier police",
    "prison": "detention carceral",
    "coroner": "coroner",
    "museum": "musee",
    "culture": "culture",
    "tourism": "tourisme",
    "parks": "parcs",
    "agriculture": "agriculture agricole",
    "farm": "agricole ferme",
    "energy": "energie",
    "mining": "minier mines",
    "mines": "mines minier",
    "email": "courriels",
    "emails": "courriels",
    "mail": "courrier courriels",
    "summarize": "resume synthese",
    "summary": "resume synthese",
    "writing": "redaction",
    "generative": "generative",
    "ocr": "ocr reconnaissance caracteres",
    "speech": "vocale parole",
    "voice": "vocale voix",
    "video": "video",
    "cameras": "cameras",
    "risk": "risque",
    "risks": "risques",
    "anomaly": "anomalie anomalies",
    "anomalies": "anomalies",
    "quality": "qualite",
    "waiting": "attente",
    "wait": "attente",
    "times": "delais",
    "delays": "delais",
    "housing": "habitation logement",
    "municipal": "municipal municipalites",
    "pothole": "nids-de-poule nid-de-poule", "potholes": "nids-de-poule", "pavement": "chaussee revetement",
    "defects": "defauts degradations", "injured": "blesses lesions accidentes", "workers": "travailleurs",
    "compensation": "indemnisation indemnites", "loans": "prets", "bursaries": "bourses", "bursary": "bourse",
    "settle": "accueil integration", "onboarding": "accueil integration", "new": "nouveaux",
    "controlled": "encadre controle", "rollout": "deploiement", "piloting": "pilote", "pilot": "pilote",
    "appointments": "rendez-vous", "appointment": "rendez-vous", "missed": "manques absences",
    "absenteeism": "absenteisme", "shortages": "penurie", "shortage": "penurie", "workforce": "main-d-oeuvre personnel",
    "recognition": "reconnaissance", "route": "acheminer acheminement", "personal": "personnels",
    "information": "renseignements information", "access": "acces", "species": "especes", "caribou": "caribou",
    "track": "suivi suivre", "monitor": "surveillance suivi", "monitoring": "surveillance suivi",
    "french": "francais", "english": "anglais", "incidents": "incidents", "highways": "autoroutes routier",
    "highway": "autoroute routier", "laboratories": "laboratoires", "literature": "litterature",
    "reviews": "revues", "systematic": "systematiques", "doctor": "medecin", "family": "famille",
    "matched": "jumelage attribution", "tutors": "tuteurs tutorat", "adaptive": "adaptatif adaptative",
    "teachers": "enseignants", "grade": "correction corriger", "grading": "correction", "assignments": "travaux",
    "exam": "examens", "exams": "examens", "land": "foncier territoire", "cadastre": "cadastre cadastral",
    "occupancy": "occupation", "beds": "lits", "bed": "lits", "discharge": "conge", "invoices": "factures",
    "invoice": "factures", "tenders": "appels d offres soumissions", "contracts": "contrats", "contract": "contrat",
}

_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


_CLITIC = re.compile(r"(?:-t)?-(?:il|ils|elle|elles|on|je|tu|nous|vous|moi|toi|ce|y|en|le|la|les)$")


def _words(text: str) -> list[str]:
    """Words of a text, with French inverted-question clitics cut off ("prévoit-on" -> "prevoit",
    "a-t-il" -> "a") but compounds kept ("nids-de-poule")."""
    return [_CLITIC.sub("", w) for w in _WORD.findall(normalise(text))]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Cached: a register repeats the same few thousand words; stemming each occurrence again
    made building the lexical index of 100k rows take minutes."""
    with _STEMMER_LOCK:  # the Snowball stemmer keeps per-call state: not safe across threads
        return normalise(_FR_STEMMER.stemWord(word))


def tokens(text: str) -> list[str]:
    """Topic-bearing stems of a French text (accents folded, stopwords dropped)."""
    return [stem(w) for w in _words(text) if w not in STOPWORDS and len(w) > 1]


def query_tokens(text: str, language: str, translate: bool = True) -> list[str]:
    """Stems of a question; English words also bring their French glossary equivalents when the
    register's text is French (`translate`).

    The glossary applies whatever the detected language: one-word questions ("translation")
    are hard to place, and English glossary words do not collide with French ones.
    """
    words: list[str] = []
    for w in _words(text):
        if w not in STOPWORDS and len(w) > 1:
            words.append(w)
            words.extend(GLOSSARY_EN_FR.get(w, "").split() if translate else ())
    return list(dict.fromkeys(stem(w) for w in words))


class LexicalIndex:
    """BM25 over the stemmed text of each row; `scores` aligns with the `row_ids` given."""

    def __init__(
        self, row_ids: Iterable[int], texts: Iterable[str] = (), *, stems: Iterable[list[str]] | None = None
    ) -> None:
        """`texts` are tokenised here; `stems` (their `tokens()`) skips that when already done."""
        self.row_ids = np.asarray(list(row_ids))
        corpus = [toks or ["_"] for toks in (stems if stems is not None else map(tokens, texts))]
        self._vocab = {tok for doc in corpus for tok in doc}
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)

    def scores(self, query: list[str]) -> np.ndarray:
        known = [t for t in query if t in self._vocab]
        if not known:
            return np.zeros(len(self.row_ids), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)
