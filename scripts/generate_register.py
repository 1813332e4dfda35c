"""Generate the representative 2025 Québec AI register and its retrieval probe set.

Why: the official row-level file ("Portrait public des utilisations de l'IA dans
l'administration publique québécoise", Données Québec, June 2025 collection) cannot be
downloaded on the project's machines, but its aggregate figures are known
(data/reference/portrait-ia-2024-2025-aggregates.json). This script writes a register in the
official layout whose counts by category, status, ministerial portfolio and top public body
are exactly the real ones, with the real public-body names and portfolios, and with invented
but plausible initiative names and benefits. Every row is drawn from a *theme* (a coherent
topic such as fraud detection or forest inventory by LiDAR); the probe questions
(scripts/probe_questions.json) name themes, so their relevant rows are known exactly.

The 2024 register (October 2024 collection) is derived from the 2025 rows so that the two
files read as consecutive years (see "the 2024 register" below), with the real 2024 counts.

Outputs (all rewritten on every run, byte-identical for a given script version):
  data/portrait-ia-2025.csv   UTF-8 with BOM, comma-separated, six French headers
  data/eval/probe.jsonl       FR/EN questions with the row ids of their relevant rows
  data/portrait-ia-2024.csv   same layout, 2024 label spellings

Run: .venv/bin/python scripts/generate_register.py [--year 2024|2025] [--out-dir DIR]
Only the standard library and pandas are used; the random seed is fixed.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import shutil
import sys
from collections import Counter, defaultdict, deque
from pathlib import Path

import pandas as pd

SEED = 20250612
ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference" / "portrait-ia-2024-2025-aggregates.json"
SHARED_REFERENCE = (
    ROOT.parent / "shared" / "data" / "quebec" / "portrait-ia-2024-2025-aggregates.json"
)
OUT_CSV = ROOT / "data" / "portrait-ia-2025.csv"
OUT_PROBE = ROOT / "data" / "eval" / "probe.jsonl"
QUESTIONS = Path(__file__).resolve().parent / "probe_questions.json"

HEADERS = [
    "Nom de l'actif informationnel, du projet ou de l'initiative en IA",
    "Catégorie",
    "Organisme public responsable",
    "Portefeuille ministériel",
    "Bénéfices associés",
    "Statut",
]
# Short codes for the 10 categories, in the order of the aggregates file's labels.
CAT_CODES = ["DEC", "SENT", "CHAT", "AUTO", "UX", "FORM", "GEO", "LAB", "IOT", "IMG"]
STATUS_CODES = ["PROD", "DEV", "NA"]
MAX_OTHER_BODY = 6  # non-top bodies stay strictly under the 10th body's 7 rows

# fmt: off
# --------------------------------------------------------------------------------------
# Data table 1: the 82 public bodies of 2025.
# (name as the file writes it, portfolio label of the 2025 file, rows, kind, short name)
# Top-10 counts are real; the 58 new bodies are spelled as in `nouveauxOrganismes`
# (trailing spaces included); the other counts are invented so that every portfolio sums
# to its real count.
# --------------------------------------------------------------------------------------
SSS_R, ES_R, EDU_R = (
    "Santé et Services sociaux (Réseau)",
    "Enseignement supérieur (Réseau)",
    "Éducation (Réseau)",
)
BODIES = [
    # Ressources naturelles et Forêts (26)
    ("Ministère des Ressources naturelles et des Forêts", "Ressources naturelles et Forêts", 26, "mrnf", "MRNF"),
    # Transports et Mobilité durable (20)
    ("Ministère des Transports et de la Mobilité durable", "Transports et Mobilité durable", 19, "mtmd", "MTMD"),
    ("Commission des transports du Québec", "Transports et Mobilité durable", 1, "ctq", "CTQ"),
    # Santé et Services sociaux (25)
    ("Ministère de la Santé et des Services sociaux", "Santé et Services sociaux", 9, "health_admin", "MSSS"),
    ("Santé Québec", "Santé et Services sociaux", 7, "health_admin", "Santé Québec"),
    ("Régie de l'assurance maladie du Québec", "Santé et Services sociaux", 4, "ramq", "RAMQ"),
    ("Institut national de santé publique du Québec", "Santé et Services sociaux", 2, "inspq", "INSPQ"),
    ("Institut national d'excellence en santé et en services sociaux", "Santé et Services sociaux", 1, "inesss", "INESSS"),
    ("Héma-Québec ", "Santé et Services sociaux", 2, "hema", "Héma-Québec"),
    # Santé et Services sociaux (Réseau) (70)
    ("CIUSSS du Centre-Ouest-de-l'Île-de-Montréal", SSS_R, 14, "network", "CIUSSS"),
    ("CHUM", SSS_R, 12, "uhc", "CHUM"),
    ("Centre intégré universitaire de santé et de services sociaux du Saguenay-Lac-Saint-Jean", SSS_R, 7, "network", "CIUSSS"),
    ("CHU Sainte-Justine", SSS_R, 5, "uhc", "CHU Sainte-Justine"),
    ("CHU de Québec - UL", SSS_R, 4, "uhc", "CHU de Québec"),
    ("IUCPQ - UL", SSS_R, 3, "cardio", "IUCPQ"),
    ("ICM", SSS_R, 2, "cardio", "ICM"),
    ("CIUSSS de l'Est-de-l'Île-de-Montréal", SSS_R, 3, "network", "CIUSSS"),
    ("CIUSSS du Centre-Sud-de-l'Île-de-Montréal", SSS_R, 3, "network", "CIUSSS"),
    ("CIUSSS du Nord-de-l'Île-de-Montréal", SSS_R, 2, "network", "CIUSSS"),
    ("CISSS de Chaudière-Appalaches", SSS_R, 2, "network", "CISSS"),
    ("CISSS de Laval", SSS_R, 2, "network", "CISSS"),
    ("Centre intégré de santé et de services sociaux de la Montérégie-Centre", SSS_R, 2, "network", "CISSS"),
    ("CISSS de la Montérégie-Ouest", SSS_R, 1, "network", "CISSS"),
    ("CISSS des Laurentides", SSS_R, 1, "network", "CISSS"),
    ("CISSS du Bas-Saint-Laurent", SSS_R, 1, "network", "CISSS"),
    ("CRSSS de la Baie-James", SSS_R, 1, "network", "CRSSS"),
    ("Centre intégré de santé et de services sociaux de la Gaspésie", SSS_R, 1, "network", "CISSS"),
    ("CIUSSS de la Capitale-Nationale", SSS_R, 2, "network", "CIUSSS"),
    ("CIUSSS de l'Estrie - CHUS", SSS_R, 2, "network", "CIUSSS"),
    # Enseignement supérieur (Réseau) (58)
    ("Université Laval", ES_R, 11, "university", "Université Laval"),
    ("École des hautes études commerciales de Montréal ", ES_R, 9, "university", "HEC Montréal"),
    ("Université de Montréal ", ES_R, 5, "university", "UdeM"),
    ("Université du Québec ", ES_R, 3, "university", "UQ"),
    ("École de technologie supérieure", ES_R, 3, "university", "ÉTS"),
    ("Télé-université ", ES_R, 2, "university", "TÉLUQ"),
    ("Université de Sherbrooke", ES_R, 3, "university", "UdeS"),
    ("Polytechnique Montréal", ES_R, 2, "university", "Polytechnique"),
    ("Université du Québec à Montréal", ES_R, 1, "university", "UQAM"),
    ("Institut national de la recherche scientifique", ES_R, 1, "university", "INRS"),
    ("Cégep de Sainte-Foy", ES_R, 2, "cegep", "Cégep"),
    ("Cégep du Vieux Montréal ", ES_R, 2, "cegep", "Cégep"),
    ("Collège Ahuntsic ", ES_R, 2, "cegep", "Collège"),
    ("Cégep Beauce-Appalaches  ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep Saint-Jean-sur-Richelieu ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Chicoutimi ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Drummondville ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Rosemont ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Saint-Jérôme", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Sept-Îles ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Trois-Rivières", ES_R, 1, "cegep", "Cégep"),
    ("Cégep de Valleyfield ", ES_R, 1, "cegep", "Cégep"),
    ("Cégep régional de Lanaudière", ES_R, 1, "cegep", "Cégep"),
    ("Champlain Regional College ", ES_R, 1, "cegep", "Collège"),
    ("John Abbott College ", ES_R, 1, "cegep", "Collège"),
    # Éducation (Réseau) (8) and Éducation (8)
    ("Centre de services scolaire de Laval  ", EDU_R, 2, "css", "CSS"),
    ("Centre de services scolaire des Navigateurs ", EDU_R, 2, "css", "CSS"),
    ("Centre de services scolaire des Premières Seigneuries  ", EDU_R, 2, "css", "CSS"),
    ("Centre de services scolaire de Sorel-Tracy  ", EDU_R, 1, "css", "CSS"),
    ("Centre de services scolaire de la Baie-James  ", EDU_R, 1, "css", "CSS"),
    ("Ministère de l'Éducation", "Éducation", 6, "meq", "MEQ"),
    ("Société des établissements de plein air du Québec", "Éducation", 2, "sepaq", "Sépaq"),
    # Finances (8)
    ("Agence du revenu du Québec", "Finances", 8, "arq", "Revenu Québec"),
    # Culture et Communications (10)
    ("Bibliothèque et Archives nationales du Québec", "Culture et Communications", 3, "banq", "BAnQ"),
    ("Musée de la Civilisation", "Culture et Communications", 2, "musee", "MCQ"),
    ("Société du Grand Théâtre de Québec", "Culture et Communications", 1, "gtq", "Grand Théâtre"),
    ("Télé-Québec", "Culture et Communications", 2, "telequebec", "Télé-Québec"),
    ("Ministère de la Culture et des Communications", "Culture et Communications", 2, "mcc", "MCC"),
    # Justice (8)
    ("Ministère de la Justice", "Justice", 4, "mjq", "MJQ"),
    ("Société québécoise d'information juridique", "Justice", 2, "soquij", "SOQUIJ"),
    ("Directeur des poursuites criminelles et pénales", "Justice", 1, "dpcp", "DPCP"),
    ("Tribunal administratif du Québec", "Justice", 1, "taq", "TAQ"),
    # Sécurité publique (4)
    ("Ministère de la Sécurité publique", "Sécurité publique", 2, "msp", "MSP"),
    ("Bureau du coroner", "Sécurité publique", 1, "coroner", "Bureau du coroner"),
    ("Commissaire à la lutte contre la corruption", "Sécurité publique", 1, "clcc", "CLCC"),
    # Smaller portfolios
    ("Commission des normes, de l'équité, de la santé et de la sécurité du travail", "Travail", 4, "cnesst", "CNESST"),
    ("Ministère de la Cybersécurité et du Numérique", "Cybersécurité et Numérique", 2, "mcn", "MCN"),
    ("Ministère de l'Emploi et de la Solidarité sociale", "Emploi et Solidarité sociale", 2, "mess", "MESS"),
    ("Ministère des Affaires municipales et de l'Habitation", "Affaires municipales et Habitation", 1, "mamh", "MAMH"),
    ("Secrétariat du Conseil du trésor", "Conseil du trésor et Administration gouvernementale", 1, "sct", "SCT"),
    (
        "Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs",
        "Environnement, Lutte contre les changements climatiques, Faune et Parcs", 1, "melccfp", "MELCCFP",
    ),
    ("Curateur public", "Famille", 1, "curateur", "Curateur public"),
    ("Ministère du Tourisme", "Tourisme", 1, "tourisme", "ministère du Tourisme"),
]

# --------------------------------------------------------------------------------------
# Data table 2: kinds of body -> which themes they plausibly run (relative weights), the
# word for their clientele ({public}) and kind-specific fillers for templates.
# --------------------------------------------------------------------------------------
KINDS = {
    "mrnf": ("citoyens", "forest_inventory:6 wildfire_prediction:3 mining_geoscience:3 cadastre:3 forest_pest:2 "
             "document_ocr:1 genai_writing:2 citizen_chatbot:1 employee_assistant:1 mail_triage:0.5 translation:0.5 "
             "meeting_transcription:0.5 public_procurement:0.5",
             {"sujet": ["les permis de récolte de bois de chauffage", "les droits miniers", "le territoire public"]}),
    "mtmd": ("usagers de la route", "road_inspection:4 traffic_prediction:4 winter_maintenance:2 genai_writing:2 "
             "document_ocr:1 citizen_chatbot:1 mail_triage:1 employee_assistant:1 meeting_transcription:1 call_centre:1",
             {"sujet": ["l'état du réseau routier", "les travaux routiers en cours"]}),
    "ctq": ("transporteurs", "document_ocr:1 mail_triage:1 citizen_chatbot:1",
            {"sujet": ["les permis de transport par autobus et de camionnage"]}),
    "health_admin": ("usagers", "health_planning:3 surgery_waitlist:2 family_doctor_access:2 genai_writing:2 "
                     "public_health_surveillance:1.5 employee_assistant:1 citizen_chatbot:1 survey_sentiment:1 "
                     "staff_scheduling:1 document_ocr:1 translation:1 meeting_transcription:1",
                     {"sujet": ["l'accès aux services de santé", "les services de première ligne"]}),
    "ramq": ("assurés", "fraud_detection:2 citizen_chatbot:1 document_ocr:1 call_centre:1 mail_triage:1",
             {"sujet": ["le renouvellement de la carte d'assurance maladie", "le régime public d'assurance médicaments de la RAMQ"]}),
    "inspq": ("partenaires", "public_health_surveillance:3 literature_review:1 lab_analysis:1", {}),
    "inesss": ("partenaires", "literature_review:1", {}),
    "hema": ("donneurs", "blood_supply:3 lab_analysis:1 citizen_chatbot:1",
             {"sujet": ["l'admissibilité au don de sang"]}),
    "network": ("usagers", "staff_scheduling:3 patient_triage:3 medical_imaging:3.5 patient_flow:2 surgery_waitlist:2 "
                "clinical_scribe:2 patient_chatbot:2.5 home_care:2 employee_assistant:2.5 deterioration_prediction:1 "
                "remote_monitoring:1.5 lab_analysis:1 youth_protection:1.5 genai_writing:1 document_ocr:1 "
                "survey_sentiment:1 meeting_transcription:1 translation:0.3 public_procurement:0.5", {}),
    "uhc": ("patients", "medical_imaging:5 deterioration_prediction:2 patient_flow:2 surgery_waitlist:2 "
            "clinical_scribe:2 patient_triage:1 lab_analysis:1 research_platform:1 patient_chatbot:1 "
            "staff_scheduling:1 genai_writing:1 cardiology:0.5", {"domaine": ["la santé", "la pédiatrie", "l'oncologie"]}),
    "cardio": ("patients", "cardiology:3 medical_imaging:1 deterioration_prediction:1 research_platform:1 "
               "clinical_scribe:0.5", {"domaine": ["la cardiologie", "la pneumologie"]}),
    "university": ("étudiants", "tutoring:3 student_chatbot:3 research_platform:3 grading_feedback:2 student_dropout:2 "
                   "genai_writing:2 library_search:1 survey_sentiment:1 employee_assistant:1.5 public_procurement:1 "
                   "document_ocr:0.5 translation:0.5 meeting_transcription:0.5", {}),
    "cegep": ("étudiants", "student_dropout:4 student_chatbot:2 tutoring:2 grading_feedback:1 genai_writing:1 "
              "enrolment_forecasting:1 employee_assistant:0.5 library_search:0.3", {}),
    "css": ("élèves", "student_dropout:3 enrolment_forecasting:1 student_chatbot:1 tutoring:1 genai_writing:1 "
            "document_ocr:0.5", {}),
    "meq": ("élèves", "enrolment_forecasting:2 student_dropout:1 genai_writing:1 citizen_chatbot:1 mail_triage:1 "
            "document_ocr:1", {"sujet": ["le calendrier scolaire et les programmes d'aide", "l'admissibilité à l'école"]}),
    "sepaq": ("visiteurs", "wildlife_monitoring:1 citizen_chatbot:1 content_recommendation:0.5",
              {"sujet": ["les réservations en camping et en chalet"], "offre": ["activités de plein air"]}),
    "arq": ("contribuables", "tax_processing:3 fraud_detection:2 citizen_chatbot:1 call_centre:1 document_ocr:1 "
            "public_procurement:0.5 genai_writing:0.5", {"sujet": ["l'impôt des particuliers", "les pensions alimentaires"]}),
    "sct": ("employés", "genai_writing:1 employee_assistant:1 public_procurement:0.5", {}),
    "mcn": ("citoyens", "citizen_chatbot:1 genai_writing:2",
            {"sujet": ["les services gouvernementaux sur Québec.ca", "le Service québécois d'identité numérique"],
             "portee": ["pangouvernemental"]}),
    "melccfp": ("citoyens", "wildlife_monitoring:1 emergency_management:0.5", {}),
    "mjq": ("justiciables", "legal_research:1.5 anonymization:1 genai_writing:1 citizen_chatbot:1 translation:1 "
            "meeting_transcription:0.5", {"sujet": ["les petites créances", "la médiation familiale"]}),
    "dpcp": ("procureurs", "legal_research:2 document_ocr:1", {}),
    "taq": ("justiciables", "anonymization:1 legal_research:0.5 mail_triage:0.5", {}),
    "soquij": ("juristes", "legal_research:2 anonymization:2", {}),
    "telequebec": ("auditeurs", "content_recommendation:2 survey_sentiment:1 translation:0.5",
                   {"offre": ["émissions et contenus jeunesse", "documentaires"]}),
    "mcc": ("citoyens", "survey_sentiment:1 genai_writing:1 heritage_digitization:1 mail_triage:0.5", {}),
    "banq": ("usagers", "heritage_digitization:2 library_search:2 content_recommendation:1",
             {"offre": ["lectures et ressources numériques"]}),
    "musee": ("visiteurs", "heritage_digitization:1 content_recommendation:1 survey_sentiment:0.5",
              {"offre": ["parcours de visite et expositions"]}),
    "gtq": ("spectateurs", "content_recommendation:1 survey_sentiment:1", {"offre": ["spectacles"]}),
    "msp": ("citoyens", "emergency_management:3 genai_writing:0.5 document_ocr:0.5", {}),
    "coroner": ("familles", "document_ocr:1 anonymization:1 genai_writing:0.5", {}),
    "clcc": ("citoyens", "mail_triage:1", {}),
    "cnesst": ("travailleurs et employeurs", "workplace_safety:5 fraud_detection:1 citizen_chatbot:1 document_ocr:1 "
               "call_centre:1", {"sujet": ["les normes du travail", "l'indemnisation des travailleurs accidentés"]}),
    "mess": ("prestataires", "citizen_chatbot:1 fraud_detection:1 document_ocr:1 call_centre:1 mail_triage:1",
             {"sujet": ["l'aide financière de dernier recours", "les services d'emploi"]}),
    "mamh": ("municipalités", "document_ocr:1 genai_writing:1 citizen_chatbot:0.5",
             {"sujet": ["les programmes d'aide financière aux municipalités"]}),
    "curateur": ("personnes représentées", "document_ocr:1 citizen_chatbot:0.5 mail_triage:0.5",
                 {"sujet": ["les régimes de protection et le mandat de protection"]}),
    "tourisme": ("entreprises touristiques", "survey_sentiment:1 citizen_chatbot:1 content_recommendation:1",
                 {"sujet": ["les programmes d'aide aux entreprises touristiques"], "offre": ["attraits touristiques"]}),
}

# --------------------------------------------------------------------------------------
# Data table 3: themes. cats = compatible categories with weights; maturity = how often
# such projects are already in production (0..1). Name templates read "GEO,IMG|name||benefit":
# the optional prefix restricts the template to rows of those categories, the optional
# suffix is a benefit specific to that name (the theme's `benefits` fit all its names).
# Placeholders: {org} {public} {sujet} {offre} {domaine} {cours} {portee}; a template whose
# placeholder has no filler for a kind is never used for that kind. Names and benefits avoid the key words of other themes, so that a row belongs to
# its theme's questions only; where two themes do overlap for a question, the question lists
# the second one in `related_themes` (scripts/probe_questions.json).
# --------------------------------------------------------------------------------------
T = dict
THEMES = {
    "citizen_chatbot": T(cats="CHAT:1", maturity=0.6, names=[
        "Agent conversationnel sur {sujet}", "Assistant virtuel Web ({org})",
        "Clavardage automatisé pour répondre aux questions fréquentes de la clientèle",
        "Robot conversationnel du service à la clientèle", "Chatbot de renseignements sur {sujet}",
        "Assistant virtuel pour accompagner les {public} dans leurs démarches en ligne"
        "||Guider les {public} pas à pas dans leurs démarches en ligne.",
        "{org} - agent conversationnel (renseignements généraux)"], benefits=[
        "Offrir des réponses rapides et uniformes aux questions fréquentes, 24 heures sur 24.",
        "Réduire le volume d'appels au centre de relation clientèle.",
        "Orienter les {public} vers la bonne information et le bon formulaire.",
        "Améliorer l'accessibilité des services en dehors des heures d'ouverture.",
        "Libérer les préposés pour les demandes plus complexes."]),
    "employee_assistant": T(cats="CHAT:1", maturity=0.5, names=[
        "Assistant virtuel RH pour les employés", "Chatbot RH",
        "Agent conversationnel interne - conventions collectives et politiques RH"
        "||Uniformiser l'interprétation des conventions collectives et des directives internes.",
        "Chatbot de soutien aux gestionnaires (dotation, paie, congés)",
        "Assistant IA de l'intranet pour les questions administratives du personnel",
        "Agent conversationnel d'accueil et d'intégration des nouveaux employés"
        "||Faciliter l'intégration des nouveaux employés."], benefits=[
        "Permettre au personnel de trouver rapidement les réponses sur la paie, les congés et les avantages sociaux.",
        "Diminuer les demandes répétitives adressées à l'équipe des ressources humaines.",
        "Réponses disponibles en tout temps sur l'intranet."]),
    "genai_writing": T(cats="CHAT:4 AUTO:1", maturity=0.35, names=[
        "Projet pilote d'IA générative (Copilot) pour la rédaction et la synthèse de documents"
        "||Production de résumés de documents volumineux.",
        "IA générative - aide à la rédaction de la correspondance et des notes",
        "Expérimentation encadrée d'outils d'IA générative en bureautique"
        "||Évaluer les bénéfices et les risques de l'IA générative dans un cadre sécurisé avant un déploiement plus large.",
        "AUTO|Génération de premières versions de réponses aux demandes écrites par IA générative",
        "Plateforme sécurisée d'IA générative pour le personnel"
        "||Offrir une solution d'IA générative qui protège les renseignements de l'organisation.",
        "Copilot M365 - projet pilote",
        "Assistant d'IA générative pour la recherche dans la documentation interne"
        "||Retrouver rapidement l'information dans les directives et la documentation interne.",
        "Assistant d'IA générative {portee} pour le personnel de la fonction publique"
        "||Offrir aux ministères et organismes un assistant d'IA générative commun et encadré."], benefits=[
        "Gain de temps dans la rédaction de courriels, de notes et de documents de travail.",
        "Améliorer la qualité et la clarté des communications écrites.",
        "Les contenus produits sont validés par un employé avant leur utilisation."]),
    "document_ocr": T(cats="AUTO:3 IMG:0.5", maturity=0.7, names=[
        "Reconnaissance optique de caractères (OCR) des formulaires papier",
        "Extraction automatisée des données des documents numérisés",
        "Numérisation et classement automatique des documents dans la GED"
        "||Classer automatiquement les documents dans la gestion électronique des documents (GED).",
        "Lecture intelligente des pièces justificatives||Repérer les pièces manquantes dès la réception du dossier.",
        "OCR factures||Payer les fournisseurs dans les délais.",
        "Traitement automatisé des factures fournisseurs (OCR et RPA)||Payer les fournisseurs dans les délais.",
        "IMG|Reconnaissance de documents numérisés par vision artificielle",
        "Indexation automatique des documents entrants"], benefits=[
        "Réduire la saisie manuelle et les erreurs de transcription.", "Accélérer le traitement des dossiers.",
        "Libérer le personnel des tâches répétitives de saisie."]),
    "mail_triage": T(cats="AUTO:3 DEC:1", maturity=0.6, names=[
        "Classification automatique des courriels entrants", "Tri et acheminement intelligent des demandes reçues",
        "Catégorisation des plaintes par traitement automatique du langage (TAL)"
        "||Produire des statistiques sur la nature des plaintes reçues.",
        "DEC|Priorisation des demandes reçues au guichet unique"
        "||Repérer les demandes urgentes pour un traitement prioritaire.",
        "Analyse automatisée des requêtes reçues par le formulaire Web"], benefits=[
        "Acheminer chaque demande vers la bonne équipe dès sa réception.",
        "Réduire les délais de réponse aux {public}.", "Diminuer le tri manuel du courrier électronique."]),
    "call_centre": T(cats="AUTO:2 DEC:2 CHAT:1 SENT:1", maturity=0.55, names=[
        "SENT|Analyse vocale des appels au centre de relation clientèle"
        "||Repérer les motifs d'appel récurrents et l'insatisfaction exprimée par les appelants.",
        "CHAT,AUTO|Serveur vocal interactif intelligent (reconnaissance de la parole)"
        "||Diriger l'appelant vers le bon service sans menu à touches.",
        "DEC|Prévision du volume d'appels pour la planification des effectifs du centre d'appels"
        "||Mieux planifier les horaires des agents selon le volume d'appels prévu.",
        "AUTO,DEC|Acheminement intelligent des appels téléphoniques"
        "||Diriger l'appelant vers le bon agent du premier coup.",
        "AUTO,CHAT|Résumé automatique des appels pour les agents du centre d'appels"
        "||Réduire le travail de consignation après chaque appel."], benefits=[
        "Réduire le temps d'attente au téléphone.",
        "Améliorer l'expérience des {public} qui joignent le centre de relation clientèle."]),
    "meeting_transcription": T(cats="AUTO:2 CHAT:1", maturity=0.5, names=[
        "Transcription et compte rendu automatiques des réunions", "Prise de notes de réunion assistée par IA",
        "Production automatisée des procès-verbaux des comités",
        "Transcription des rencontres Teams et génération des suivis"], benefits=[
        "Réduire le temps consacré à la rédaction des comptes rendus.",
        "Assurer la traçabilité des décisions et des suivis.",
        "Permettre aux participants de se concentrer sur les échanges."]),
    "translation": T(cats="AUTO:2 UX:1", maturity=0.6, names=[
        "Traduction automatique de documents administratifs (français-anglais)",
        "Outil de traduction neuronale pour les communications",
        "UX|Traduction assistée des contenus Web||Offrir des pages Web dans les deux langues plus rapidement.",
        "Traduction automatique des demandes reçues dans une autre langue"
        "||Comprendre rapidement les demandes rédigées dans une autre langue que le français."], benefits=[
        "Accélérer la traduction des documents destinés à la clientèle d'expression anglaise.",
        "Réduire les coûts de traduction externe.", "Une révision humaine est faite avant toute diffusion."]),
    # No cybersecurity theme: the official register excludes cybersecurity initiatives.
    "public_procurement": T(cats="DEC:3 AUTO:2", maturity=0.5, names=[
        "DEC|Analyse des appels d'offres publics assistée par IA"
        "||Repérer les appels d'offres qui ne reçoivent qu'une seule soumission.",
        "DEC|Analyse des données du SEAO sur les contrats publics"
        "||Mieux connaître les marchés publics et la concurrence entre les fournisseurs.",
        "DEC|Estimation du coût des contrats à partir des soumissions antérieures"
        "||Établir une estimation plus juste avant le lancement d'un appel d'offres.",
        "AUTO|Repérage automatique des clauses non conformes dans les devis d'appel d'offres"
        "||Vérifier plus rapidement la conformité des devis avant leur publication sur le SEAO.",
        "AUTO|Classification des contrats publics par catégorie d'achat"
        "||Produire un portrait fiable des dépenses d'acquisition."], benefits=[
        "Mieux planifier les acquisitions et les appels d'offres de l'organisation.",
        "Obtenir un meilleur rapport qualité-prix dans les contrats publics.",
        "Les décisions d'adjudication demeurent prises par le personnel responsable des acquisitions."]),
    "survey_sentiment": T(cats="SENT:3 DEC:1", maturity=0.5, names=[
        "Analyse des commentaires ouverts des sondages de satisfaction"
        "||Mesurer l'évolution de la satisfaction dans le temps.",
        "Analyse de sentiments des commentaires publiés sur les médias sociaux",
        "Analyse automatisée des commentaires des {public}",
        "DEC|Tableau de bord de l'expérience client alimenté par l'analyse des commentaires",
        "Veille de l'opinion sur les médias sociaux"], benefits=[
        "Dégager les principaux irritants exprimés par les {public}.",
        "Traiter des milliers de commentaires qui ne pouvaient pas être lus un à un.",
        "Orienter les actions d'amélioration du service."]),
    "anonymization": T(cats="AUTO:3 DEC:1", maturity=0.55, names=[
        "Caviardage automatisé des renseignements personnels",
        "Dépersonnalisation des décisions avant diffusion",
        "Anonymisation automatique des documents avant publication",
        "Détection des renseignements personnels dans les documents visés par une demande d'accès"
        "||Répondre plus rapidement aux demandes d'accès à l'information."], benefits=[
        "Protéger les renseignements personnels tout en diffusant l'information.",
        "Réduire le temps de caviardage manuel."]),
    "legal_research": T(cats="CHAT:2 AUTO:1 UX:1 DEC:1", maturity=0.5, names=[
        "UX,CHAT|Moteur de recherche sémantique de jurisprudence"
        "||Améliorer l'accès à la jurisprudence pour le public.",
        "AUTO|Résumés automatisés de décisions judiciaires||Offrir aux juristes des résumés fiables des décisions.",
        "CHAT,DEC|Assistant de recherche juridique",
        "AUTO,DEC|Classification des décisions par domaine de droit"], benefits=[
        "Trouver plus rapidement les décisions et la doctrine pertinentes.",
        "Soutenir les juristes dans la préparation des dossiers."]),
    "fraud_detection": T(cats="DEC:3 SENT:1", maturity=0.6, names=[
        "Détection de la fraude par apprentissage automatique",
        "Modèle de détection des anomalies de facturation",
        "Ciblage des dossiers à risque pour la vérification",
        "Détection des réclamations potentiellement frauduleuses",
        "SENT|Analyse des comportements atypiques pour repérer les stratagèmes de fraude"], benefits=[
        "Mieux cibler les vérifications et réduire les pertes liées à la fraude.",
        "Détecter des stratagèmes difficiles à repérer manuellement.",
        "Préserver l'intégrité des programmes publics.",
        "Les dossiers ciblés sont toujours analysés par un enquêteur."]),
    "tax_processing": T(cats="AUTO:2 DEC:2", maturity=0.7, names=[
        "AUTO|Traitement automatisé des déclarations de revenus"
        "||Accélérer l'émission des avis de cotisation et des remboursements.",
        "DEC|Priorisation des dossiers de recouvrement fiscal"
        "||Cibler les actions de recouvrement là où elles sont le plus utiles.",
        "Classification des avis d'opposition||Réduire les délais de traitement des oppositions.",
        "DEC|Prédiction des contribuables à risque de non-production"
        "||Relancer plus tôt les contribuables qui n'ont pas produit leur déclaration.",
        "AUTO|Validation automatisée des relevés (RL)"
        "||Détecter les erreurs dans les relevés transmis par les employeurs."], benefits=[
        "Réduire les interventions manuelles sur les dossiers simples.", "Favoriser l'équité fiscale."]),
    "workplace_safety": T(cats="DEC:3 AUTO:1", maturity=0.6, names=[
        "DEC|Ciblage des inspections en santé et sécurité du travail"
        "||Orienter les inspecteurs vers les milieux de travail les plus à risque.",
        "DEC|Prédiction de la durée d'indemnisation des travailleurs accidentés"
        "||Offrir un accompagnement précoce aux travailleurs à risque d'absence prolongée.",
        "AUTO|Traitement automatisé des réclamations pour lésions professionnelles"
        "||Accélérer l'indemnisation des travailleurs.",
        "DEC|Repérage des milieux de travail à risque d'accidents"
        "||Prévenir les accidents du travail par des interventions ciblées."], benefits=[
        "Améliorer la santé et la sécurité des travailleurs."]),
    "emergency_management": T(cats="GEO:3 DEC:2 IMG:1", maturity=0.5, names=[
        "DEC|Prévision des crues et des inondations printanières"
        "||Anticiper les crues et alerter plus tôt les municipalités.",
        "GEO|Cartographie des zones inondables par IA"
        "||Mettre à jour plus rapidement la cartographie des zones inondables.",
        "DEC|Veille automatisée des situations d'urgence (sécurité civile)"
        "||Repérer rapidement les situations d'urgence signalées.",
        "IMG,GEO|Analyse d'images satellites lors de sinistres"
        "||Évaluer rapidement l'ampleur des dommages après un sinistre."], benefits=[
        "Mieux coordonner les interventions de sécurité civile."]),
    "wildfire_prediction": T(cats="DEC:2 GEO:3", maturity=0.55, names=[
        "DEC|Prédiction du risque d'incendie de forêt||Anticiper les journées à risque élevé d'incendie.",
        "DEC|Modèle de prévision de l'occurrence des feux de forêt||Anticiper les journées à risque élevé d'incendie.",
        "GEO|Cartographie des superficies brûlées par imagerie satellitaire"
        "||Cartographier rapidement les superficies brûlées.",
        "Aide à la décision pour le prépositionnement des ressources de lutte contre les feux de forêt"
        "||Mieux répartir les ressources de lutte contre les feux de forêt."], benefits=[
        "Mieux protéger les forêts et les communautés contre les feux."]),
    "forest_inventory": T(cats="GEO:4 IMG:2 DEC:0.5", maturity=0.7, names=[
        "GEO|Inventaire forestier par LiDAR aérien",
        "IMG|Photo-interprétation assistée des peuplements forestiers"
        "||Réduire le travail de photo-interprétation manuelle.",
        "GEO|Estimation de la hauteur et du volume des arbres à partir des données LiDAR",
        "GEO,IMG|Cartographie écoforestière assistée par apprentissage profond",
        "IMG|Identification des essences forestières par imagerie"
        "||Réduire le travail de photo-interprétation manuelle.",
        "DEC|Modélisation de la croissance des forêts pour le calcul des possibilités forestières"
        "||Soutenir le calcul des possibilités forestières par le Forestier en chef."], benefits=[
        "Produire un inventaire forestier plus précis et plus fréquent.",
        "Améliorer la connaissance du territoire forestier public."]),
    "forest_pest": T(cats="IMG:2 GEO:2 DEC:1", maturity=0.5, names=[
        "IMG|Détection de la défoliation causée par la tordeuse des bourgeons de l'épinette",
        "GEO,IMG|Cartographie des dommages d'insectes par imagerie satellitaire",
        "DEC|Prévision des épidémies d'insectes ravageurs"], benefits=[
        "Mieux planifier les arrosages contre la tordeuse des bourgeons de l'épinette.",
        "Suivre l'évolution des épidémies d'insectes sur l'ensemble du territoire."]),
    "mining_geoscience": T(cats="GEO:3 DEC:2 AUTO:0.5", maturity=0.5, names=[
        "DEC|Prédiction du potentiel minéral"
        "||Orienter l'exploration minérale, notamment pour les minéraux critiques et stratégiques.",
        "GEO|Cartographie géologique assistée par apprentissage automatique",
        "AUTO|Extraction automatique de données des rapports géologiques statutaires"
        "||Rendre accessible l'information contenue dans des milliers de rapports historiques.",
        "GEO,DEC|Modélisation géophysique pour l'exploration minérale"], benefits=[
        "Valoriser les données géoscientifiques du SIGÉOM.", "Améliorer la connaissance géologique du territoire."]),
    "cadastre": T(cats="GEO:3 AUTO:1 IMG:1", maturity=0.65, names=[
        "GEO,IMG|Vectorisation automatique des plans cadastraux||Maintenir à jour le cadastre du Québec.",
        "GEO|Détection des incohérences du cadastre du Québec||Maintenir à jour le cadastre du Québec.",
        "AUTO|Traitement automatisé des réquisitions d'inscription au Registre foncier"
        "||Réduire les délais d'inscription des droits.",
        "AUTO|Classification des actes publiés au Registre foncier||Réduire les délais d'inscription des droits."],
        benefits=["Améliorer la qualité des données foncières."]),
    "wildlife_monitoring": T(cats="IMG:2 GEO:1", maturity=0.5, names=[
        "IMG|Identification automatique des espèces sur les images de caméras de surveillance faunique"
        "||Traiter des centaines de milliers de photos de caméras de surveillance.",
        "GEO,IMG|Dénombrement du caribou par imagerie aérienne||Estimer plus rapidement la taille des hardes.",
        "Suivi de la faune par reconnaissance d'images"], benefits=[
        "Améliorer le suivi des espèces en situation précaire."]),
    "road_inspection": T(cats="IMG:3 GEO:2 AUTO:0.5", maturity=0.6, names=[
        "IMG,AUTO|Détection automatisée des défauts de chaussée",
        "IMG|Inspection des structures (ponts et ponceaux) assistée par l'analyse d'images",
        "GEO|Relevé de l'état des chaussées par imagerie et LiDAR mobile",
        "AUTO,GEO|Inventaire automatisé de la signalisation routière",
        "IMG|Détection des nids-de-poule à partir de vidéos"], benefits=[
        "Planifier l'entretien du réseau routier à partir de données objectives.",
        "Réduire les relevés manuels sur la route et améliorer la sécurité des inspecteurs.",
        "Prioriser les interventions sur le réseau routier."]),
    "traffic_prediction": T(cats="DEC:3 IOT:1 IMG:1", maturity=0.55, names=[
        "DEC|Prédiction des débits de circulation||Soutenir la planification des projets de mobilité durable.",
        "IMG,IOT|Détection automatique des incidents routiers par caméras"
        "||Intervenir plus rapidement lors d'incidents.",
        "DEC,IOT|Estimation des temps de parcours en temps réel"
        "||Informer les usagers de la route en temps réel (Québec 511).",
        "IOT|Comptage automatisé des véhicules par capteurs||Remplacer les comptages manuels de la circulation.",
        "DEC|Modélisation de la demande de transport||Soutenir la planification des projets de mobilité durable."],
        benefits=["Soutenir la gestion de la circulation sur le réseau routier."]),
    "winter_maintenance": T(cats="DEC:2 IOT:1", maturity=0.5, names=[
        "DEC|Prévision des conditions routières hivernales", "DEC|Optimisation de l'épandage de fondants et d'abrasifs",
        "IOT|Capteurs connectés pour la viabilité hivernale"], benefits=[
        "Intervenir au bon moment lors des tempêtes de neige et de verglas.",
        "Réduire l'utilisation de sel de voirie et son impact sur l'environnement."]),
    "medical_imaging": T(cats="IMG:6 DEC:1", maturity=0.5, names=[
        "Détection des nodules pulmonaires sur tomodensitométrie", "Aide à la lecture des mammographies de dépistage",
        "Détection des fractures sur radiographies",
        "DEC|Priorisation des examens d'imagerie par IA||Prioriser les examens présentant des résultats critiques.",
        "Segmentation automatique des images en radio-oncologie"
        "||Réduire le temps de planification des traitements de radiothérapie.",
        "Détection des hémorragies intracrâniennes sur les scans cérébraux",
        "Analyse des rétinographies pour le dépistage de la rétinopathie diabétique",
        "IA en radiologie : aide au diagnostic", "Analyse d'IRM assistée par apprentissage profond"], benefits=[
        "Repérer les anomalies plus rapidement.", "Réduire les délais de lecture des examens.",
        "Le diagnostic demeure sous la responsabilité du médecin."]),
    "cardiology": T(cats="DEC:3 AUTO:1", maturity=0.5, names=[
        "AUTO|Analyse automatisée des électrocardiogrammes (ECG)"
        "||Soutenir les cardiologues dans l'interprétation des ECG.",
        "DEC|Détection précoce de la fibrillation auriculaire||Détecter plus tôt les troubles du rythme cardiaque.",
        "DEC|Prédiction du risque d'insuffisance cardiaque",
        "DEC|Prédiction des complications après une chirurgie cardiaque"], benefits=[
        "Mieux cibler les patients cardiaques à risque pour un suivi rapproché."]),
    "patient_triage": T(cats="DEC:3 CHAT:1", maturity=0.45, names=[
        "DEC|Aide au triage des patients à l'urgence", "DEC|Outil de priorisation des patients à l'urgence selon l'ÉTG",
        "DEC|Prédiction du niveau de priorité au triage de l'urgence",
        "CHAT|Assistant conversationnel d'aide au triage pour le personnel infirmier de l'urgence",
        "CHAT|Agent conversationnel de soutien à la décision au triage de l'urgence"], benefits=[
        "Soutenir les infirmières du triage dans l'attribution de la priorité.",
        "Réduire le délai avant la première évaluation médicale à l'urgence.",
        "Diriger les patients non urgents vers des ressources mieux adaptées."]),
    "patient_flow": T(cats="DEC:1", maturity=0.5, names=[
        "Prévision de l'occupation des lits", "Prédiction des dates de congé des patients hospitalisés",
        "Tableau de bord prédictif de la fluidité hospitalière", "Optimisation de la gestion des lits",
        "Prévision des admissions dans les unités de soins"], benefits=[
        "Anticiper les débordements et mieux planifier les congés.",
        "Réduire le nombre de patients en attente d'un lit.",
        "Mieux coordonner les admissions entre les unités."]),
    "surgery_waitlist": T(cats="DEC:4 AUTO:1", maturity=0.5, names=[
        "DEC|Optimisation de la planification du bloc opératoire", "DEC|Prédiction de la durée des chirurgies",
        "Gestion intelligente des listes d'attente en chirurgie", "DEC|Prévision des annulations de chirurgies"],
        benefits=[
        "Augmenter le nombre de chirurgies réalisées.", "Réduire les délais d'attente des patients en chirurgie.",
        "Mieux utiliser les salles d'opération."]),
    "staff_scheduling": T(cats="DEC:3 AUTO:2", maturity=0.5, names=[
        "AUTO|Confection automatisée des horaires du personnel soignant"
        "||Réduire le temps consacré à la confection des horaires.",
        "DEC|Prévision des besoins de main-d'œuvre||Anticiper les pénuries de personnel par titre d'emploi.",
        "Optimisation des remplacements et de la liste de rappel"
        "||Combler plus rapidement les quarts de travail vacants.",
        "DEC|Prévision de l'absentéisme du personnel||Planifier les remplacements avant les absences."], benefits=[
        "Diminuer le recours à la main-d'œuvre indépendante et au temps supplémentaire."]),
    "clinical_scribe": T(cats="AUTO:1 CHAT:1", maturity=0.4, names=[
        "Scribe virtuel : rédaction automatique des notes cliniques"
        "||Le consentement de l'usager est obtenu avant l'enregistrement.",
        "AUTO|Reconnaissance vocale pour la dictée des rapports médicaux",
        "Résumé automatisé du dossier patient",
        "CHAT|Assistant IA de documentation clinique en consultation"
        "||Le consentement de l'usager est obtenu avant l'enregistrement.",
        "AUTO|Synthèse automatique des notes d'évolution"], benefits=[
        "Réduire le temps de documentation des professionnels au profit des soins.",
        "Améliorer la qualité et la complétude des notes au dossier.",
        "Diminuer la charge administrative des médecins."]),
    "deterioration_prediction": T(cats="DEC:1", maturity=0.45, names=[
        "Prédiction de la détérioration clinique des patients hospitalisés"
        "||Réduire la mortalité et les transferts imprévus aux soins intensifs.",
        "Détection précoce du sepsis||Réduire la mortalité et les transferts imprévus aux soins intensifs.",
        "Prédiction du risque de réadmission||Mieux planifier le suivi après le congé.",
        "Système d'alerte précoce aux soins intensifs",
        "Prédiction du risque de plaies de pression||Prévenir les plaies de pression chez les patients alités."],
        benefits=["Intervenir plus tôt auprès des patients à risque."]),
    "patient_chatbot": T(cats="CHAT:4 UX:1", maturity=0.55, names=[
        "CHAT|Agent conversationnel pour la prise de rendez-vous||Réduire les rendez-vous manqués.",
        "CHAT|Assistant virtuel de préparation à la chirurgie",
        "UX|Assistant virtuel personnalisé dans le portail patient",
        "CHAT|Assistant virtuel d'information aux patients et aux proches aidants"], benefits=[
        "Offrir une information fiable aux patients, en tout temps.",
        "Diminuer les appels au secrétariat des cliniques."]),
    "remote_monitoring": T(cats="IOT:3 DEC:1", maturity=0.45, names=[
        "IOT|Détection des chutes en CHSLD par capteurs intelligents",
        "Télésurveillance des patients à domicile"
        "||Permettre le maintien à domicile en sécurité et réduire les déplacements.",
        "IOT|Capteurs ambiants pour le suivi des résidents en CHSLD", "IOT|Surveillance des signes vitaux par objets connectés"],
        benefits=["Intervenir rapidement en cas de chute ou de changement de l'état de santé."]),
    "lab_analysis": T(cats="LAB:1 AUTO:2 DEC:1", maturity=0.55, names=[
        "LAB,AUTO|Automatisation de la lecture des cultures en microbiologie",
        "AUTO|Validation automatisée des résultats de laboratoire",
        "LAB,DEC|Analyse de séquençage génomique assistée par IA||Améliorer la détection des éclosions.",
        "DEC|Priorisation des analyses de laboratoire"], benefits=[
        "Accélérer la production des résultats d'analyses.",
        "Libérer les technologistes médicaux des tâches répétitives."]),
    "home_care": T(cats="DEC:2 GEO:2", maturity=0.5, names=[
        "GEO|Optimisation des trajets des intervenants en soutien à domicile"
        "||Augmenter le temps passé auprès des usagers plutôt que sur la route.",
        "DEC|Planification des visites à domicile du CLSC",
        "DEC|Prédiction des besoins en soutien à domicile des aînés"], benefits=[
        "Mieux répartir les visites à domicile entre les intervenants."]),
    "youth_protection": T(cats="AUTO:2 DEC:1 CHAT:1", maturity=0.35, names=[
        "AUTO|Résumé automatisé des dossiers en protection de la jeunesse (DPJ)"
        "||Réduire le temps de lecture des dossiers volumineux par les intervenants.",
        "DEC|Analyse des signalements reçus à la DPJ",
        "CHAT|Aide à la rédaction des rapports d'évaluation en protection de la jeunesse"], benefits=[
        "Soutenir la décision clinique, sans la remplacer.", "Réduire la charge administrative des intervenants de la DPJ."]),
    "public_health_surveillance": T(cats="DEC:3 SENT:1 AUTO:1", maturity=0.5, names=[
        "AUTO|Veille automatisée des signaux de santé publique", "DEC|Prédiction des éclosions de maladies infectieuses",
        "DEC|Surveillance des eaux usées appuyée par l'IA",
        "SENT|Analyse des médias sociaux pour la surveillance en santé publique",
        "DEC|Détection des vagues de chaleur à risque pour la santé"], benefits=[
        "Détecter plus tôt les menaces à la santé de la population.",
        "Soutenir les directions de santé publique dans leurs interventions."]),
    "literature_review": T(cats="AUTO:2 DEC:1", maturity=0.5, names=[
        "AUTO|Tri automatisé des publications pour les revues systématiques",
        "AUTO|Extraction de données des études scientifiques", "Veille scientifique assistée par IA"], benefits=[
        "Réduire le temps requis pour produire les états des connaissances.",
        "Repérer plus rapidement les nouvelles données probantes."]),
    "blood_supply": T(cats="DEC:1", maturity=0.6, names=[
        "Prévision de la demande en produits sanguins||Réduire les pertes de produits périmés.",
        "Optimisation des collectes de sang||Choisir les lieux et les horaires de collecte les plus efficaces.",
        "Prédiction du retour des donneurs de sang||Mieux cibler les sollicitations auprès des donneurs."],
        benefits=["Maintenir la réserve de sang à un niveau suffisant."]),
    "family_doctor_access": T(cats="DEC:3 AUTO:1", maturity=0.5, names=[
        "Jumelage des patients inscrits au Guichet d'accès à la première ligne (GAP)",
        "DEC|Priorisation des patients en attente d'un médecin de famille",
        "Attribution des patients sans médecin de famille aux groupes de médecine de famille (GMF)"], benefits=[
        "Accélérer l'attribution d'un médecin de famille ou d'un GMF.", "Prioriser les patients vulnérables."]),
    "health_planning": T(cats="DEC:1", maturity=0.5, names=[
        "Prévision des besoins en services de santé de la population", "Projection des coûts du système de santé",
        "Tableau de bord prédictif de la performance du réseau",
        "Modèle de planification régionale des services"], benefits=[
        "Éclairer les décisions de planification à moyen terme.",
        "Mieux allouer les ressources financières entre les régions."]),
    "student_dropout": T(cats="DEC:1", maturity=0.55, names=[
        "Prédiction des risques d'échec et d'abandon scolaire",
        "Système de détection précoce des {public} en difficulté", "Tableau de bord prédictif de la réussite",
        "Repérage des {public} à risque de décrochage", "Modèle prédictif de la persévérance aux études"], benefits=[
        "Intervenir tôt auprès des {public} à risque.", "Améliorer les taux de réussite et de diplomation.",
        "Mieux cibler les mesures d'aide à la réussite."]),
    "student_chatbot": T(cats="CHAT:4 UX:1", maturity=0.55, names=[
        "CHAT|Agent conversationnel pour les futurs étudiants (admission)", "Assistant virtuel des services aux étudiants",
        "CHAT|Chatbot du registrariat",
        "CHAT|Agent conversationnel pour l'aide financière aux études||Informer sur les programmes de prêts et bourses.",
        "Assistant virtuel pour répondre aux questions des {public} et des parents"], benefits=[
        "Répondre aux questions fréquentes sur l'admission, l'inscription et l'horaire.",
        "Désengorger les services aux {public} en période de pointe.", "Disponible en tout temps, en français et en anglais."]),
    "tutoring": T(cats="FORM:3 CHAT:3 UX:1", maturity=0.4, names=[
        "CHAT,FORM|Tuteur virtuel conversationnel", "FORM,UX|Plateforme d'apprentissage adaptatif",
        "CHAT,FORM|Assistant pédagogique IA pour le cours de {cours}", "FORM|Exerciseur intelligent en mathématiques",
        "CHAT|Agent conversationnel d'aide aux devoirs"], benefits=[
        "Offrir un accompagnement personnalisé aux {public}, à leur rythme.",
        "Favoriser la réussite dans les cours à fort taux d'échec.",
        "Soutenir l'apprentissage en dehors des heures de classe."]),
    "grading_feedback": T(cats="FORM:2 AUTO:2 DEC:1", maturity=0.4, names=[
        "AUTO,FORM|Correction assistée des travaux",
        "FORM|Rétroaction automatisée sur la qualité de la rédaction"
        "||Offrir une rétroaction plus rapide et plus détaillée.",
        "DEC,FORM|Outil d'aide à l'évaluation des apprentissages pour le personnel enseignant",
        "AUTO|Génération de questions d'examen assistée par IA||Varier les banques de questions d'examen."],
        benefits=[
        "Réduire le temps consacré à l'évaluation par le personnel enseignant.",
        "Le jugement professionnel de l'enseignant est maintenu."]),
    "research_platform": T(cats="DEC:3 LAB:0.3 AUTO:1", maturity=0.5, names=[
        "Plateforme de calcul et d'IA pour la recherche", "LAB,DEC|Laboratoire d'IA appliquée à {domaine}",
        "AUTO|Analyse automatisée des données de recherche", "Infrastructure de données de recherche"], benefits=[
        "Soutenir les chercheurs dans l'analyse de grands volumes de données.",
        "Accélérer les projets de recherche partenariale.", "Former la relève en science des données."]),
    "library_search": T(cats="UX:2 CHAT:2 AUTO:1", maturity=0.55, names=[
        "UX|Recherche sémantique dans le catalogue de la bibliothèque",
        "CHAT|Agent conversationnel de référence documentaire",
        "UX|Découverte de documents de bibliothèque par recherche en langage naturel",
        "AUTO|Indexation automatique des documents de la bibliothèque"], benefits=[
        "Faciliter le repérage des documents pertinents.", "Améliorer l'expérience des usagers de la bibliothèque."]),
    "heritage_digitization": T(cats="IMG:2 AUTO:2", maturity=0.55, names=[
        "IMG,AUTO|Reconnaissance d'écriture manuscrite des archives anciennes",
        "IMG|Description automatisée des photographies d'archives",
        "IMG|Catalogage des collections assisté par reconnaissance d'images",
        "AUTO|Transcription des documents patrimoniaux numérisés"], benefits=[
        "Rendre les archives et les collections patrimoniales consultables en ligne.",
        "Enrichir les métadonnées des collections.", "Accélérer le traitement d'un arriéré de documents."]),
    "content_recommendation": T(cats="UX:3 DEC:1", maturity=0.5, names=[
        "UX|Recommandation personnalisée de {offre}", "UX|Personnalisation de l'expérience sur la plateforme Web",
        "DEC|Analyse des préférences du public pour la programmation"], benefits=[
        "Aider le public à découvrir des {offre} adaptés à ses intérêts.",
        "Accroître la fréquentation et l'engagement du public."]),
    "enrolment_forecasting": T(cats="DEC:1", maturity=0.55, names=[
        "Prévision de l'effectif scolaire||Planifier l'ouverture de classes et les besoins en locaux.",
        "Projection des besoins en personnel enseignant||Anticiper les besoins de recrutement d'enseignants.",
        "Prévision des inscriptions||Planifier l'ouverture de classes et les besoins en locaux."],
        benefits=["Appuyer la planification des ressources sur des prévisions fiables."]),
}
FILLS = {
    "cours": ["chimie", "programmation", "comptabilité", "français langue seconde", "biologie", "statistique"],
    "domaine": ["la santé", "la finance", "la logistique", "l'environnement", "la fabrication"],
}
GENERIC_BENEFITS = ["Gains d'efficience.", "Optimisation des ressources.", "Amélioration de la qualité des services.",
                    "Meilleure utilisation des données de l'organisation."]
CODENAMES = ["Boréal", "Horizon", "Sentinelle", "Phare", "Aurore", "Vigie", "Atlas", "Boussole"]
NAME_SUFFIXES = [" - projet pilote", " (preuve de concept)", " - phase 2",
                 " dans le cadre de la transformation numérique de l'organisation"]


# fmt: on


# ====================================================================== helpers / setup
def parse_weights(spec: str) -> dict[str, float]:
    return {k: float(v) for k, v in (item.split(":") for item in spec.split())}


def load_aggregates() -> dict:
    if SHARED_REFERENCE.exists():
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        if not REFERENCE.exists() or REFERENCE.read_bytes() != SHARED_REFERENCE.read_bytes():
            shutil.copyfile(SHARED_REFERENCE, REFERENCE)
    return json.loads(REFERENCE.read_text(encoding="utf-8"))["fr"]


def targets(agg: dict) -> dict:
    """Expected counts of the 2025 file, keyed by label (zero-count portfolios dropped)."""

    def axis(name):
        return {lab: n for lab, n in zip(agg[name]["labels"], agg[name]["y2025"], strict=True) if n}

    top = agg["topOrganismes2025"]
    return {
        "total": agg["total"]["y2025"],
        "categories": axis("categories"),
        "statuts": axis("statuts"),
        "portefeuilles": axis("portefeuilles"),
        "top": dict(zip(top["labels"], top["values"], strict=True)),
        "n_bodies": agg["organismes"]["y2025"],
        "new_bodies": agg["nouveauxOrganismes"],
        "new_by_portfolio": dict(
            zip(
                agg["nouveauxOrgsSecteurs"]["labels"],
                agg["nouveauxOrgsSecteurs"]["values"],
                strict=True,
            )
        ),
    }


def check_tables(tgt: dict, cat_label: dict) -> None:
    """Fail loudly if the hand-written tables contradict the real figures."""
    assert len(cat_label) == 10
    names = [b[0] for b in BODIES]
    assert len(names) == len(set(names)) == tgt["n_bodies"], "need exactly 82 distinct bodies"
    for kind in {b[3] for b in BODIES}:
        assert kind in KINDS, kind
    for kind, (_, spec, _) in KINDS.items():
        for theme in parse_weights(spec):
            assert theme in THEMES, f"{kind}: unknown theme {theme}"
    for key, th in THEMES.items():
        for code in parse_weights(th["cats"]):
            assert code in CAT_CODES, (key, code)
    per_port = Counter()
    for name, portfolio, count, _, _ in BODIES:
        per_port[portfolio] += count
        expected_top = tgt["top"].get(name)
        assert expected_top in (None, count), (
            f"{name}: {count} rows, the real figure is {expected_top}"
        )
        assert expected_top or count <= MAX_OTHER_BODY, f"{name}: too many rows for a non-top body"
    assert dict(per_port) == tgt["portefeuilles"], "portfolio sums differ from the real counts"
    assert all(b in names for b in tgt["new_bodies"]), "a new body of 2025 is missing"
    new_per_port = Counter(b[1] for b in BODIES if b[0] in tgt["new_bodies"])
    assert dict(new_per_port) == tgt["new_by_portfolio"], "new bodies per portfolio differ"


# ====================================================================== allocation
class MaxFlow:
    """Edmonds-Karp on a small graph whose capacities may be raised between runs."""

    def __init__(self):
        self.adj: dict = defaultdict(list)
        self.cap: dict = {}
        self.res: dict = {}

    def set_cap(self, u, v, c: int) -> None:
        if (u, v) not in self.cap:
            self.adj[u].append(v)
            self.adj[v].append(u)
            self.cap[(u, v)] = 0
            self.res[(u, v)] = 0
            self.res.setdefault((v, u), 0)
        if c > self.cap[(u, v)]:
            self.res[(u, v)] += c - self.cap[(u, v)]
            self.cap[(u, v)] = c

    def run(self, s, t) -> None:
        while True:
            parent = {s: None}
            queue = deque([s])
            while queue and t not in parent:
                u = queue.popleft()
                for v in self.adj[u]:
                    if v not in parent and self.res[(u, v)] > 0:
                        parent[v] = u
                        queue.append(v)
            if t not in parent:
                return
            path, v = [], t
            while parent[v] is not None:
                path.append((parent[v], v))
                v = parent[v]
            push = min(self.res[e] for e in path)
            for u, v in path:
                self.res[(u, v)] -= push
                self.res[(v, u)] += push

    def flow(self, u, v) -> int:
        return self.cap[(u, v)] - self.res[(u, v)]


def stratified_round(rng, shares: dict, n: int) -> Counter:
    """n items spread over keys in proportion to shares: floors, then remainders drawn by weight."""
    scale = n / sum(shares.values())
    exact = {k: v * scale for k, v in shares.items()}
    out = Counter({k: int(v) for k, v in exact.items()})
    frac = {k: v - int(v) for k, v in exact.items() if v - int(v) > 1e-9}
    for _ in range(n - sum(out.values())):
        keys = list(frac)
        pick = rng.choices(keys, weights=[frac[k] for k in keys])[0]
        out[pick] += 1
        del frac[pick]
    return out


def allocate(rng, kind_slots: dict, cat_target: dict) -> dict:
    """Counts per (kind, theme, category) with exact kind and category totals.

    Fits the themes' weights to both margins by iterative proportional fitting, draws each
    kind's rows from the fitted shares, then repairs the category totals with a max-flow
    whose capacities start at the drawn counts and grow by one per round.
    """
    m = {}
    for kind, n in kind_slots.items():
        tw = parse_weights(KINDS[kind][1])
        for theme, w in tw.items():
            cw = parse_weights(THEMES[theme]["cats"])
            for code, c in cw.items():
                m[(kind, theme, code)] = n * w / sum(tw.values()) * c / sum(cw.values())
    for _ in range(500):
        for margin, idx in ((cat_target, 2), (kind_slots, 0)):
            sums = defaultdict(float)
            for key, v in m.items():
                sums[key[idx]] += v
            for key in m:
                m[key] *= margin[key[idx]] / sums[key[idx]]
    fitted_kt = defaultdict(float)
    for (kind, theme, _), v in m.items():
        fitted_kt[(kind, theme)] += v
    drawn_kt, drawn = Counter(), Counter()
    for kind, n in kind_slots.items():
        keys = [key for key in fitted_kt if key[0] == kind]
        drawn_kt.update(stratified_round(rng, {key: fitted_kt[key] for key in keys}, n))
    for (kind, theme), n in drawn_kt.items():
        keys = [key for key in m if key[:2] == (kind, theme)]
        drawn.update(stratified_round(rng, {key: m[key] for key in keys}, n))
    g, total = MaxFlow(), sum(kind_slots.values())
    for kind, n in kind_slots.items():
        g.set_cap("S", ("k", kind), n)
    for code, n in cat_target.items():
        g.set_cap(("c", code), "T", n)
    for r in range(60):
        for kind, theme, code in m:
            g.set_cap(("k", kind), ("t", kind, theme), drawn_kt[(kind, theme)] + r)
            g.set_cap(("t", kind, theme), ("c", code), drawn[(kind, theme, code)] + r)
        g.run("S", "T")
        if sum(g.flow(("c", c), "T") for c in cat_target) == total:
            break
    counts = {key: g.flow(("t", key[0], key[1]), ("c", key[2])) for key in sorted(m)}
    assert sum(counts.values()) == total, "no allocation satisfies the category counts"
    return {k: v for k, v in counts.items() if v}


# ====================================================================== text generation
def parse_template(template: str) -> tuple[set | None, str, str]:
    """'GEO,IMG|name||specific benefit' -> (categories or None, name, specific benefit or '')."""
    cats = None
    if "|" in template.split("||")[0]:
        head, template = template.split("|", 1)
        cats = set(head.split(","))
    name, _, specific = template.partition("||")
    return cats, name, specific


def expand(text: str, kind: str, short: str, fixed: dict) -> list[tuple[str, dict]]:
    """Every expansion of a template for a body of this kind, with the filler values used.

    Slots already in `fixed` keep their value (so a row's benefits match its name);
    [] if a slot has no filler for this kind.
    """
    public, _, kind_fills = KINDS[kind]
    slots = list(dict.fromkeys(re.findall(r"{(\w+)}", text)))
    choices = []
    for slot in slots:
        if slot in fixed:
            values = [fixed[slot]]
        else:
            values = (
                {"org": [short], "public": [public]}.get(slot)
                or kind_fills.get(slot)
                or FILLS.get(slot)
            )
        if not values:
            return []
        choices.append(values)
    out = []
    for combo in itertools.product(*choices):
        values = dict(zip(slots, combo, strict=True))
        out.append((re.sub(r"{(\w+)}", lambda m, v=values: v[m.group(1)], text), values))
    return out


def make_name(
    rng, theme, code, kind, short, used_by_body: set, usage: Counter
) -> tuple[str, dict, str]:
    """A name for the row (least-used template first), the filler values and its own benefit."""
    candidates = []
    for tpl in THEMES[theme]["names"]:
        cats, text, specific = parse_template(tpl)
        if cats is None or code in cats:
            candidates += [
                (name, values, specific) for name, values in expand(text, kind, short, {})
            ]
    fresh = [c for c in candidates if c[0] not in used_by_body]
    if not fresh:  # the body already has every name of this theme: vary one with a suffix
        fresh = [
            (n + suffix, v, sp)
            for n, v, sp in candidates
            for suffix in NAME_SUFFIXES
            if n + suffix not in used_by_body
        ]
    low = min(usage[c[0]] for c in fresh)
    name, values, specific = rng.choice([c for c in fresh if usage[c[0]] == low])
    usage[name] += 1
    base, roll = name, rng.random()
    if roll < 0.06 and "projet" not in name.lower():
        keep_case = name[:2].isupper() or name.startswith(("Copilot", short))
        name = (
            f"Projet {rng.choice(CODENAMES)} - {name if keep_case else name[0].lower() + name[1:]}"
        )
    elif roll < 0.16:
        name += rng.choice(NAME_SUFFIXES)
    if name in used_by_body:
        name = base
    specific = expand(specific, kind, short, values)[0][0] if specific else ""
    return name, values, specific


def make_benefits(rng, theme, kind, short, values: dict, specific: str) -> str:
    """One to three sentences: the name's own benefit if any, then general ones of the theme."""
    pool = [expand(b, kind, short, values) for b in THEMES[theme]["benefits"]]
    pool = [rng.choice(options)[0] for options in pool if options]
    k = rng.choices([1, 2, 3], weights=[35, 45, 20])[0] - bool(specific)
    picked = ([specific] if specific else []) + rng.sample(pool, min(max(k, 0), len(pool)))
    if rng.random() < 0.12:
        picked.append(rng.choice(GENERIC_BENEFITS))
    return " ".join(picked)


# ====================================================================== noise
ACCENTS = {"é": "e", "è": "e", "à": "a", "ç": "c", "ô": "o", "î": "i", "ê": "e"}


def typo(rng, text: str) -> str:
    """One realistic slip: a dropped accent, a doubled letter or two swapped letters."""
    accented = [i for i, ch in enumerate(text) if ch in ACCENTS]
    letters = [i for i in range(1, len(text) - 2) if text[i].islower() and text[i + 1].islower()]
    op = rng.choice(["accent", "double", "swap"] if accented else ["double", "swap"])
    if op == "accent":
        i = rng.choice(accented)
        return text[:i] + ACCENTS[text[i]] + text[i + 1 :]
    i = rng.choice(letters)
    if op == "double":
        return text[: i + 1] + text[i] + text[i + 1 :]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def add_noise(rng, rows: list[dict]) -> None:
    n = len(rows)
    order = rng.sample(range(n), n)
    for i in order[: round(0.03 * n)]:
        field = "name" if rng.random() < 0.5 else "benefits"
        rows[i][field] = typo(rng, rows[i][field])
    for i in order[10 : 10 + round(0.10 * n)]:
        rows[i]["name"] += rng.choice([" ", " ", "  "])
    for i in order[40 : 40 + round(0.04 * n)]:
        spaces = [m.start() for m in re.finditer(" ", rows[i]["name"].strip())]
        if spaces:
            j = rng.choice(spaces)
            rows[i]["name"] = rows[i]["name"][:j] + "  " + rows[i]["name"][j + 1 :]
    for i in order[60:63]:  # a few benefits written as a bulleted list inside the cell
        sentences = re.split(r"(?<=\.) ", rows[i]["benefits"])
        rows[i]["benefits"] = (
            "\n".join("- " + s for s in sentences) if len(sentences) > 1 else rows[i]["benefits"]
        )
    na_rows = [i for i in order if rows[i]["status"] == "NA"]
    for i in na_rows[:2] + [i for i in order[80:] if rows[i]["status"] != "NA"][:2]:
        rows[i]["benefits"] = ""


# ====================================================================== rows
def build_rows(rng, tgt: dict, cat_label: dict) -> list[dict]:
    kind_slots = Counter()
    for _, _, count, kind, _ in BODIES:
        kind_slots[kind] += count
    code_target = {code: tgt["categories"][cat_label[code]] for code in CAT_CODES}
    counts = allocate(rng, dict(sorted(kind_slots.items())), code_target)
    new_bodies = set(tgt["new_bodies"])
    rows, usage = [], Counter()
    for kind in sorted(kind_slots):
        items = [
            (theme, code) for (k, theme, code), n in counts.items() if k == kind for _ in range(n)
        ]
        slots = [b for b in BODIES if b[3] == kind for _ in range(b[2])]
        rng.shuffle(items)
        rng.shuffle(slots)
        used = defaultdict(set)
        for (theme, code), (body, portfolio, _, _, short) in zip(items, slots, strict=True):
            name, values, specific = make_name(rng, theme, code, kind, short, used[body], usage)
            used[body].add(name)
            rows.append(
                dict(
                    name=name,
                    cat=code,
                    body=body,
                    portfolio=portfolio,
                    theme=theme,
                    benefits=make_benefits(rng, theme, kind, short, values, specific),
                    new=body in new_bodies,
                )
            )
    assign_status(rng, rows, tgt)
    return order_rows(rng, rows, tgt)


def assign_status(rng, rows: list[dict], tgt: dict) -> None:
    """Exact status counts; mature themes and established bodies lean towards production."""
    n_prod, n_dev, n_na = (
        tgt["statuts"][lab]
        for lab in (
            "Solution en production",
            "Développement de la solution",
            "Information indisponible",
        )
    )
    idx = list(range(len(rows)))
    na = set(rng.sample(idx, n_na))
    score = {
        i: rng.random() + 0.5 * THEMES[rows[i]["theme"]]["maturity"] - 0.15 * rows[i]["new"]
        for i in idx
    }
    ranked = sorted((i for i in idx if i not in na), key=lambda i: -score[i])
    for rank, i in enumerate(ranked):
        rows[i]["status"] = "PROD" if rank < n_prod else "DEV"
    for i in na:
        rows[i]["status"] = "NA"
    assert sum(r["status"] == "DEV" for r in rows) == n_dev


def order_rows(rng, rows: list[dict], tgt: dict) -> list[dict]:
    """Grouped by portfolio (file order of the aggregates) then body, shuffled within a body."""
    port_rank = {p: i for i, p in enumerate(tgt["portefeuilles"])}
    keyed = [
        (port_rank[r["portfolio"]], r["body"].strip().casefold(), rng.random(), r) for r in rows
    ]
    return [r for *_, r in sorted(keyed, key=lambda x: x[:3])]


# ====================================================================== outputs
def frame(rows: list[dict], cat_label: dict, status_label: dict) -> pd.DataFrame:
    """The rows as the file's table: six French headers, labels spelled by the given maps."""
    return pd.DataFrame(
        [
            [
                r["name"],
                cat_label[r["cat"]],
                r["body"],
                r["portfolio"],
                r["benefits"],
                status_label[r["status"]],
            ]
            for r in rows
        ],
        columns=HEADERS,
    )


def write_csv(rows: list[dict], cat_label: dict, status_label: dict, path: Path = OUT_CSV) -> None:
    df = frame(rows, cat_label, status_label)
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(
        path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
    )


def write_probe(rows: list[dict], path: Path = OUT_PROBE) -> list[dict]:
    """Relevant rows of a question = every row of its theme and of its related themes."""
    by_theme = defaultdict(list)
    for row_id, r in enumerate(rows, start=1):
        by_theme[r["theme"]].append(row_id)
    out = []
    for q in json.loads(QUESTIONS.read_text(encoding="utf-8")):
        themes = [q["theme"], *q.get("related_themes", [])]
        for t in themes:
            assert t in THEMES, f"{q['id']}: unknown theme {t}"
            assert by_theme[t], f"{q['id']}: theme {t} has no rows"
        assert q["language"] in ("fr", "en"), q["id"]
        relevant = sorted({i for t in themes for i in by_theme[t]})
        out.append(
            {
                "id": q["id"],
                "language": q["language"],
                "question": q["question"],
                "relevant": relevant,
                "theme": q["theme"],
                "related_themes": themes[1:],
            }
        )
    ids = [q["id"] for q in out]
    assert len(ids) == len(set(ids)), "duplicate probe ids"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for q in out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    return out


# ====================================================================== verification
def verify(tgt: dict, probe: list[dict], path: Path = OUT_CSV) -> list[tuple]:
    """Re-read the written CSV and compare it with the real figures.

    Returns (check, expected, actual, ok) rows; expected is a number or a bound like ">= 45".
    """
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "missing UTF-8 BOM"
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(df.columns) == HEADERS, list(df.columns)
    bodies = df["Organisme public responsable"]
    checks = [("rows", tgt["total"], len(df))]
    for col, key in (
        ("Catégorie", "categories"),
        ("Statut", "statuts"),
        ("Portefeuille ministériel", "portefeuilles"),
    ):
        actual = df[col].value_counts().to_dict()
        assert set(actual) <= set(tgt[key]), (
            f"unexpected {col} labels: {set(actual) - set(tgt[key])}"
        )
        checks += [(f"{col}: {lab}", n, actual.get(lab, 0)) for lab, n in tgt[key].items()]
    body_counts = bodies.value_counts()
    checks += [
        (f"organisme: {b.strip()}", n, int(body_counts.get(b, 0))) for b, n in tgt["top"].items()
    ]
    others = body_counts[[b not in tgt["top"] for b in body_counts.index]]
    checks.append(("non-top bodies with more than 7 rows", 0, int((others > 7).sum())))
    checks.append(("distinct bodies", tgt["n_bodies"], bodies.nunique()))
    checks.append(
        (
            "new bodies present (exact spelling)",
            len(tgt["new_bodies"]),
            sum(b in body_counts for b in tgt["new_bodies"]),
        )
    )
    new = df[bodies.isin(tgt["new_bodies"])]
    new_by_port = (
        new.groupby("Portefeuille ministériel")["Organisme public responsable"].nunique().to_dict()
    )
    checks += [
        (f"new bodies in {p}", n, new_by_port.get(p, 0)) for p, n in tgt["new_by_portfolio"].items()
    ]
    checks.append(("portfolios with new bodies", len(tgt["new_by_portfolio"]), len(new_by_port)))
    checks.append(
        (
            "duplicate (name, body) pairs",
            0,
            int(df.duplicated(subset=[HEADERS[0], HEADERS[2]]).sum()),
        )
    )
    port_of = df.groupby("Organisme public responsable")["Portefeuille ministériel"].nunique()
    checks.append(("bodies in more than one portfolio", 0, int((port_of > 1).sum())))
    checks = [(label, exp, act, exp == act) for label, exp, act in checks]
    empty = int((df["Bénéfices associés"].str.strip() == "").sum())
    checks.append(("empty benefits", "3-4", empty, 3 <= empty <= 4))
    langs = Counter(q["language"] for q in probe)
    for lang in ("fr", "en"):
        checks.append((f"probe questions ({lang})", ">= 45", langs[lang], langs[lang] >= 45))
    return checks


def print_table(checks: list[tuple], rows: list[dict], probe: list[dict]) -> None:
    print_checks(checks)
    themes = Counter(r["theme"] for r in rows)
    rel = [len(q["relevant"]) for q in probe]
    print(
        f"\n{len(themes)} themes used (of {len(THEMES)}); rows per theme {min(themes.values())}-{max(themes.values())}"
    )
    print(
        f"probe: {len(probe)} questions, {sum(rel) / len(rel):.1f} relevant rows on average "
        f"(min {min(rel)}, max {max(rel)}); themes asked about: {len({q['theme'] for q in probe})}"
    )


# ====================================================================== the 2024 register
# The register is published once a year, and users compare years ("how has the number of
# chatbots changed since 2024?"). The 2024 file (October 2024 collection, 168 initiatives) is
# derived from the 2025 rows above, so the two files read as consecutive years: the bodies
# present in both years carry most of their rows over (same name, same body, sometimes an
# earlier status), their other 2024 rows and every row of the bodies absent from 2025 are
# drawn from the themes like the 2025 rows. Counts by category, status and portfolio and the
# number of bodies are the real 2024 figures; the 2025 bodies missing from 2024 are exactly
# the aggregates' 58 "new in 2025" bodies.

OUT_CSV_2024 = ROOT / "data" / "portrait-ia-2024.csv"
SEED_2024 = 20241031
# Labels the 2024 file spells differently (aggregates/2025 label -> 2024 spelling).
SPELLING_2024 = {
    "Traitement d'image/Imagerie médicale": "Traitement d'image",
    "Information indisponible": "Information non disponible",
}
PROMOTED_SHARE = 0.3  # share of carried-over 2025 production rows still in development in 2024

# fmt: off
# --------------------------------------------------------------------------------------
# Data table 4: the 65 public bodies of 2024.
# (a) The 24 bodies of the 2025 file that are not new in 2025, spelled as in 2025:
#     (name, portfolio label of the 2024 file, 2024 rows, rows carried over into 2025).
#     2024 portfolios carry no "(Réseau)" suffix: network bodies were filed under the plain
#     portfolio. Forced by the figures: Justice has 2 rows in 2024 but the 2025 file has three
#     established Justice bodies, so the DPCP's 2024 row is filed under Sécurité publique
#     (the other 2024 row of that portfolio belongs to the Sûreté du Québec).
# --------------------------------------------------------------------------------------
CARRIED_2024 = [
    ("Ministère des Ressources naturelles et des Forêts", "Ressources naturelles et Forêts", 25, 24),
    ("Ministère des Transports et de la Mobilité durable", "Transports et Mobilité durable", 3, 3),
    ("Ministère de la Santé et des Services sociaux", "Santé et Services sociaux", 9, 8),
    ("Régie de l'assurance maladie du Québec", "Santé et Services sociaux", 4, 4),
    ("Institut national de santé publique du Québec", "Santé et Services sociaux", 2, 2),
    ("Institut national d'excellence en santé et en services sociaux", "Santé et Services sociaux", 1, 1),
    ("CIUSSS de la Capitale-Nationale", "Santé et Services sociaux", 2, 2),
    ("CIUSSS de l'Estrie - CHUS", "Santé et Services sociaux", 2, 2),
    ("Université Laval", "Enseignement supérieur", 11, 10),
    ("Université de Sherbrooke", "Enseignement supérieur", 3, 3),
    ("Polytechnique Montréal", "Enseignement supérieur", 2, 2),
    ("Université du Québec à Montréal", "Enseignement supérieur", 1, 1),
    ("Institut national de la recherche scientifique", "Enseignement supérieur", 1, 1),
    ("Ministère de l'Éducation", "Éducation", 6, 5),
    ("Agence du revenu du Québec", "Finances", 8, 7),
    ("Télé-Québec", "Culture et Communications", 2, 2),
    ("Ministère de la Culture et des Communications", "Culture et Communications", 2, 2),
    ("Ministère de la Justice", "Justice", 1, 1),
    ("Tribunal administratif du Québec", "Justice", 1, 1),
    ("Directeur des poursuites criminelles et pénales", "Sécurité publique", 1, 1),
    ("Commission des normes, de l'équité, de la santé et de la sécurité du travail", "Travail", 4, 3),
    ("Ministère de la Cybersécurité et du Numérique", "Cybersécurité et Numérique", 1, 1),
    ("Secrétariat du Conseil du trésor", "Conseil du trésor et Administration gouvernementale", 1, 1),
    (
        "Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs",
        "Environnement, Lutte contre les changements climatiques, Faune et Parcs", 1, 1,
    ),
]
# (b) 41 bodies of 2024 absent from the 2025 file (real bodies under their real portfolios;
#     their presence in 2024 is invented): (name, portfolio, rows, kind, short name).
#     Trailing spaces as real exports have them.
SSS, ES, EDU = "Santé et Services sociaux", "Enseignement supérieur", "Éducation"
GONE_2024 = [
    ("Centre universitaire de santé McGill", SSS, 6, "uhc", "CUSM"),
    ("CIUSSS de l'Ouest-de-l'Île-de-Montréal", SSS, 5, "network", "CIUSSS"),
    ("CIUSSS de la Mauricie-et-du-Centre-du-Québec", SSS, 5, "network", "CIUSSS"),
    ("CISSS de la Montérégie-Est", SSS, 4, "network", "CISSS"),
    ("CISSS de Lanaudière ", SSS, 4, "network", "CISSS"),
    ("CISSS de l'Outaouais", SSS, 4, "network", "CISSS"),
    ("CISSS de l'Abitibi-Témiscamingue", SSS, 3, "network", "CISSS"),
    ("CISSS de la Côte-Nord", SSS, 2, "network", "CISSS"),
    ("CISSS des Îles", SSS, 1, "network", "CISSS"),
    ("Institut national de psychiatrie légale Philippe-Pinel", SSS, 2, "network", "Institut Philippe-Pinel"),
    ("Régie régionale de la santé et des services sociaux du Nunavik", SSS, 2, "nordic", "RRSSS du Nunavik"),
    ("Conseil cri de la santé et des services sociaux de la Baie James ", SSS, 2, "nordic", "CCSSSBJ"),
    ("Corporation d'urgences-santé", SSS, 3, "urgences", "Urgences-santé"),
    ("Office des personnes handicapées du Québec", SSS, 2, "ophq", "OPHQ"),
    ("Commissaire à la santé et au bien-être", SSS, 2, "csbe", "CSBE"),
    ("Ministère de l'Enseignement supérieur", ES, 1, "mes", "MES"),
    ("Université McGill", ES, 1, "university", "Université McGill"),
    ("Université Concordia ", ES, 1, "university", "Université Concordia"),
    ("Université du Québec à Trois-Rivières", ES, 1, "university", "UQTR"),
    ("Université du Québec à Chicoutimi", ES, 1, "university", "UQAC"),
    ("Université du Québec en Outaouais ", ES, 1, "university", "UQO"),
    ("Université du Québec à Rimouski", ES, 1, "university", "UQAR"),
    ("Université Bishop's", ES, 1, "university", "Université Bishop's"),
    ("Cégep Limoilou ", ES, 1, "cegep", "Cégep"),
    ("Cégep de Jonquière", ES, 1, "cegep", "Cégep"),
    ("Cégep de l'Outaouais  ", ES, 1, "cegep", "Cégep"),
    ("Dawson College ", ES, 1, "cegep", "Collège"),
    ("Collège de Maisonneuve ", ES, 1, "cegep", "Collège"),
    ("Centre de services scolaire de Montréal  ", EDU, 2, "css", "CSS"),
    ("Centre de services scolaire des Mille-Îles", EDU, 1, "css", "CSS"),
    ("Centre de services scolaire de la Capitale ", EDU, 1, "css", "CSS"),
    ("Centre de services scolaire Marguerite-Bourgeoys", EDU, 1, "css", "CSS"),
    ("Centre de services scolaire du Val-des-Cerfs", EDU, 1, "css", "CSS"),
    ("Société de développement des entreprises culturelles", "Culture et Communications", 1, "sodec", "SODEC"),
    ("Conseil des arts et des lettres du Québec", "Culture et Communications", 1, "calq", "CALQ"),
    ("Musée national des beaux-arts du Québec", "Culture et Communications", 1, "musee", "MNBAQ"),
    ("Musée d'art contemporain de Montréal", "Culture et Communications", 1, "musee", "MAC"),
    ("Sûreté du Québec", "Sécurité publique", 1, "sq", "Sûreté du Québec"),
    ("Société d'habitation du Québec", "Affaires municipales et Habitation", 1, "shq", "SHQ"),
    ("Ministère de l'Agriculture, des Pêcheries et de l'Alimentation",
     "Agriculture, Pêcheries et Alimentation", 1, "mapaq", "MAPAQ"),
    ("Commission des partenaires du marché du travail", "Emploi et Solidarité sociale", 1, "cpmt", "CPMT"),
]
# Kinds of the bodies that only appear in 2024 (same format as KINDS).
KINDS_2024 = {
    "nordic": ("usagers", "translation:2 home_care:1 remote_monitoring:1 patient_chatbot:1 staff_scheduling:1", {}),
    "urgences": ("usagers", "call_centre:2 staff_scheduling:2 patient_flow:0.5", {}),
    "ophq": ("personnes handicapées et leurs proches", "citizen_chatbot:1 document_ocr:1 survey_sentiment:1",
             {"sujet": ["les programmes offerts aux personnes handicapées"]}),
    "csbe": ("citoyens", "survey_sentiment:2 literature_review:1 health_planning:1", {}),
    "mes": ("étudiants", "enrolment_forecasting:2 citizen_chatbot:1 document_ocr:1 mail_triage:1",
            {"sujet": ["l'aide financière aux études"]}),
    "sodec": ("entreprises culturelles", "document_ocr:1 content_recommendation:1 survey_sentiment:0.5",
              {"offre": ["films et séries québécois"]}),
    "calq": ("artistes et organismes", "document_ocr:1 mail_triage:1", {}),
    "sq": ("citoyens", "document_ocr:1 traffic_prediction:1 emergency_management:0.5", {}),
    "shq": ("locataires", "document_ocr:1 citizen_chatbot:1 mail_triage:0.5",
            {"sujet": ["les programmes d'aide au logement"]}),
    "mapaq": ("entreprises agricoles et alimentaires", "lab_analysis:1 document_ocr:1 citizen_chatbot:0.5",
              {"sujet": ["les permis des établissements alimentaires"]}),
    "cpmt": ("partenaires du marché du travail", "survey_sentiment:1 document_ocr:1 meeting_transcription:0.5", {}),
}
KINDS.update(KINDS_2024)  # 2025 rows never draw from these kinds, so the 2025 file is unchanged
# fmt: on


def body_key(name: str) -> str:
    """A body name as the loader compares it: stripped, inner spaces collapsed, case folded."""
    return " ".join(name.split()).casefold()


def targets_2024(agg: dict) -> dict:
    """Expected counts of the 2024 file, keyed by the aggregates' (2025) labels, zeros dropped."""

    def axis(name):
        return {lab: n for lab, n in zip(agg[name]["labels"], agg[name]["y2024"], strict=True) if n}

    return {
        "total": agg["total"]["y2024"],
        "categories": axis("categories"),
        "statuts": axis("statuts"),
        "portefeuilles": axis("portefeuilles"),
        "n_bodies": agg["organismes"]["y2024"],
        "new_bodies": agg["nouveauxOrganismes"],
    }


def check_tables_2024(tgt24: dict, rows25: list[dict]) -> None:
    """Fail loudly if table 4 contradicts the 2024 figures or the 2025 file."""
    new = {body_key(b) for b in tgt24["new_bodies"]}
    bodies25 = Counter(r["body"] for r in rows25)
    carried = {b for b in bodies25 if body_key(b) not in new}
    assert {c[0] for c in CARRIED_2024} == carried, (
        "table 4a must list the 2025 bodies not new in 2025"
    )
    for name, _, rows, kept in CARRIED_2024:
        assert 1 <= kept <= min(rows, bodies25[name]), f"{name}: cannot carry {kept} rows"
    keys25 = {body_key(b) for b in bodies25}
    for name, _, _, kind, _ in GONE_2024:
        assert body_key(name) not in keys25, f"{name} is in the 2025 file"
        assert kind in KINDS, kind
    names = [c[0] for c in CARRIED_2024] + [g[0] for g in GONE_2024]
    assert len({body_key(n) for n in names}) == len(names) == tgt24["n_bodies"], "need 65 bodies"
    per_port = Counter()
    for _name, portfolio, rows, *_ in CARRIED_2024 + GONE_2024:
        per_port[portfolio] += rows
    assert dict(per_port) == tgt24["portefeuilles"], (
        "2024 portfolio sums differ from the real counts"
    )


def pick_carried(rng, rows25: list[dict], code_target: dict) -> list[dict]:
    """The 2025 rows that already existed in 2024, per body, within the 2024 category counts."""
    left = Counter(code_target)
    out = []
    for name, portfolio, _, kept in CARRIED_2024:
        pool = [r for r in rows25 if r["body"] == name]
        rng.shuffle(pool)
        picked = []
        for r in pool:
            if len(picked) < kept and left[r["cat"]] > 0:
                picked.append(r)
                left[r["cat"]] -= 1
        assert len(picked) == kept, f"{name}: not enough rows fit the 2024 category counts"
        out += [dict(r, portfolio=portfolio, status25=r["status"], carried=True) for r in picked]
    return out


def fresh_rows_2024(rng, carried: list[dict], rows25: list[dict], code_target: dict) -> list[dict]:
    """Rows of 2024 that are not in 2025: dropped rows of carried bodies, rows of gone bodies.

    Drawn like the 2025 rows (themes fitted to the categories the carried rows leave over);
    a carried body never gets a name it has in 2025, so these rows really did not reappear.
    """
    kind25 = {b[0]: (b[3], b[4]) for b in BODIES}
    slots = [(n, p, *kind25[n]) for n, p, rows, kept in CARRIED_2024 for _ in range(rows - kept)]
    slots += [(n, p, kind, short) for n, p, rows, kind, short in GONE_2024 for _ in range(rows)]
    left = Counter(code_target)
    left.subtract(r["cat"] for r in carried)
    kind_slots = Counter(s[2] for s in slots)
    counts = allocate(rng, dict(sorted(kind_slots.items())), {c: left[c] for c in CAT_CODES})
    used = defaultdict(set)
    for r in rows25:
        used[r["body"]].add(" ".join(r["name"].split()))
    rows, usage = [], Counter()
    for kind in sorted(kind_slots):
        items = [(t, c) for (k, t, c), n in counts.items() if k == kind for _ in range(n)]
        kind_body_slots = [s for s in slots if s[2] == kind]
        rng.shuffle(items)
        rng.shuffle(kind_body_slots)
        for (theme, code), (body, portfolio, _, short) in zip(items, kind_body_slots, strict=True):
            name, values, specific = make_name(rng, theme, code, kind, short, used[body], usage)
            used[body].add(name)
            rows.append(
                dict(
                    name=name,
                    cat=code,
                    body=body,
                    portfolio=portfolio,
                    theme=theme,
                    benefits=make_benefits(rng, theme, kind, short, values, specific),
                    carried=False,
                )
            )
    return rows


def assign_status_2024(rng, carried: list[dict], fresh: list[dict], tgt24: dict) -> None:
    """Exact 2024 status counts, and no carried row goes backwards between the two years.

    A carried row in production in 2025 was sometimes still in development in 2024; one in
    development in 2025 was in development in 2024; a 2025 "information unavailable" may have
    had a known status in 2024. The 2024-only rows take what is left, mature themes leaning
    towards production.
    """
    want = {
        code: tgt24["statuts"][lab]
        for code, lab in zip(
            STATUS_CODES,
            ("Solution en production", "Développement de la solution", "Information indisponible"),
            strict=True,
        )
    }
    for r in carried:
        r["status"] = r["status25"]
    unknown = [r for r in carried if r["status25"] == "NA"]
    rng.shuffle(unknown)
    for r in unknown[len(unknown) // 2 :]:
        r["status"] = rng.choice(["DEV", "PROD"])
    prod = [r for r in carried if r["status"] == "PROD" and r["status25"] == "PROD"]
    for r in rng.sample(prod, round(PROMOTED_SHARE * len(prod))):
        r["status"] = "DEV"
    left = Counter(want)
    left.subtract(r["status"] for r in carried)
    assert min(left.values()) >= 0 and left.total() == len(fresh), f"status counts: {left}"
    idx = list(range(len(fresh)))
    na = set(rng.sample(idx, left["NA"]))
    score = {i: rng.random() + 0.5 * THEMES[fresh[i]["theme"]]["maturity"] for i in idx}
    ranked = sorted((i for i in idx if i not in na), key=lambda i: -score[i])
    for rank, i in enumerate(ranked):
        fresh[i]["status"] = "PROD" if rank < left["PROD"] else "DEV"
    for i in na:
        fresh[i]["status"] = "NA"


def build_rows_2024(rows25: list[dict], tgt24: dict, cat_label: dict) -> list[dict]:
    """The 2024 rows, in file order, from the (noised) 2025 rows; its own seed."""
    rng = random.Random(SEED_2024)
    code_target = {code: tgt24["categories"].get(cat_label[code], 0) for code in CAT_CODES}
    carried = pick_carried(rng, rows25, code_target)
    fresh = fresh_rows_2024(rng, carried, rows25, code_target)
    assign_status_2024(rng, carried, fresh, tgt24)
    add_noise(rng, fresh)
    port_rank = {p: i for i, p in enumerate(tgt24["portefeuilles"])}
    keyed = [
        (port_rank[r["portfolio"]], body_key(r["body"]), rng.random(), r) for r in carried + fresh
    ]
    return [r for *_, r in sorted(keyed, key=lambda x: x[:3])]


def initiative_keys(df: pd.DataFrame) -> pd.Series:
    """One key per row for matching initiatives across years: tidied name and body."""
    name = df[HEADERS[0]].str.split().str.join(" ")
    return name + " | " + df[HEADERS[2]].map(body_key)


def verify_2024(tgt24: dict, path: Path, df25: pd.DataFrame) -> list[tuple]:
    """Re-read the 2024 file and compare it with the real figures and with the 2025 rows."""
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "missing UTF-8 BOM"
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(df.columns) == HEADERS, list(df.columns)
    body, port = HEADERS[2], HEADERS[3]
    checks = [("rows", tgt24["total"], len(df))]
    for col, key in (("Catégorie", "categories"), ("Statut", "statuts"), (port, "portefeuilles")):
        expected = {SPELLING_2024.get(lab, lab): n for lab, n in tgt24[key].items()}
        actual = df[col].value_counts().to_dict()
        assert set(actual) <= set(expected), (
            f"unexpected {col} labels: {set(actual) - set(expected)}"
        )
        checks += [(f"{col}: {lab}", n, actual.get(lab, 0)) for lab, n in expected.items()]
    keys24 = set(df[body].map(body_key))
    keys25 = set(df25[body].map(body_key))
    new = {body_key(b) for b in tgt24["new_bodies"]}
    checks.append(("distinct bodies", tgt24["n_bodies"], len(keys24)))
    checks.append(("bodies new in 2025 present", 0, len(keys24 & new)))
    checks.append(("2025 bodies absent from 2024 = the new ones", True, keys25 - keys24 == new))
    status25 = dict(zip(initiative_keys(df25), df25["Statut"], strict=True))
    later = initiative_keys(df).map(status25)  # the row's 2025 status, NaN if it did not reappear
    checks = [(label, exp, act, exp == act) for label, exp, act in checks]
    carried = int(later.notna().sum())
    checks.append(("rows that reappear in 2025", "> half", carried, 0.5 < carried / len(df) < 1))
    in_prod = df["Statut"] == "Solution en production"
    backwards = int((in_prod & (later == "Développement de la solution")).sum())
    checks.append(("production in 2024, development in 2025", 0, backwards, backwards == 0))
    dup = int(initiative_keys(df).duplicated().sum())
    checks.append(("duplicate (name, body) pairs", 0, dup, dup == 0))
    multi = int((df.groupby(body)[port].nunique() > 1).sum())
    checks.append(("bodies in more than one portfolio", 0, multi, multi == 0))
    return checks


def print_checks(checks: list[tuple]) -> None:
    width = max(len(c[0]) for c in checks)
    print(f"{'check'.ljust(width)}  expected  actual")
    for label, expected, actual, ok in checks:
        print(f"{label.ljust(width)}  {expected!s:>8}  {actual!s:>6}  {'ok' if ok else 'MISMATCH'}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write the representative 2025 and 2024 registers (and the 2025 probe set)."
    )
    parser.add_argument(
        "--year",
        choices=["2024", "2025"],
        action="append",
        help="write only this year's file (repeatable; default: both). The 2024 rows are "
        "always derived from the 2025 rows, which are rebuilt in memory.",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=OUT_CSV.parent,
        help="folder for the files (default: data/; the probe goes to OUT_DIR/eval/)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    years = set(args.year or ["2024", "2025"])
    agg = load_aggregates()
    tgt = targets(agg)
    cat_label = dict(zip(CAT_CODES, agg["categories"]["labels"], strict=True))
    status_label = dict(zip(STATUS_CODES, agg["statuts"]["labels"], strict=True))
    check_tables(tgt, cat_label)
    rng = random.Random(SEED)
    rows = build_rows(rng, tgt, cat_label)
    add_noise(rng, rows)
    failed, written = [], []
    if "2025" in years:
        out_csv, out_probe = args.out_dir / OUT_CSV.name, args.out_dir / "eval" / OUT_PROBE.name
        write_csv(rows, cat_label, status_label, out_csv)
        probe = write_probe(rows, out_probe)
        checks = verify(tgt, probe, out_csv)
        print_table(checks, rows, probe)
        failed += [c for c in checks if not c[3]]
        written += [f"{out_csv} ({len(rows)} rows)", str(out_probe)]
    if "2024" in years:
        tgt24 = targets_2024(agg)
        check_tables_2024(tgt24, rows)
        rows24 = build_rows_2024(rows, tgt24, cat_label)
        out24 = args.out_dir / OUT_CSV_2024.name
        spell = lambda labels: {k: SPELLING_2024.get(v, v) for k, v in labels.items()}  # noqa: E731
        write_csv(rows24, spell(cat_label), spell(status_label), out24)
        df25 = frame(rows, cat_label, status_label)
        checks = verify_2024(tgt24, out24, df25)
        print("\n2024 file")
        print_checks(checks)
        failed += [c for c in checks if not c[3]]
        written.append(f"{out24} ({len(rows24)} rows)")
    if failed:
        print(f"\n{len(failed)} constraint(s) broken", file=sys.stderr)
        return 1
    print("\nwrote " + ", ".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
