"""Loading a register: every format gives the same clean table; every bad file says what to fix."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from assistant.register.load import COLUMNS, FIELDS, OFFICIAL_HEADERS, RegisterError, load_register

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "mini_register.csv"
FULL = ROOT / "data" / "portrait-ia-2025.csv"
AGGREGATES = ROOT / "data" / "reference" / "portrait-ia-2024-2025-aggregates.json"
HEADER = [OFFICIAL_HEADERS[f] for f in FIELDS]
GOOD_ROW = [
    "Agent virtuel",
    "Automatisation",
    "Retraite Québec",
    "Finances",
    "Gain de temps",
    "Solution en production",
]


@pytest.fixture(scope="module")
def mini():
    return load_register(MINI)


def fixture_records() -> list[list[str]]:
    """The fixture's records as the csv module reads them (blank line kept as [])."""
    text = MINI.read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def write_csv(path: Path, rows: list[list[str]], delimiter=";", encoding="utf-8") -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[str]], before: list[list[str]] = ()) -> Path:
    """Rows in one sheet; `before` are rows of an unrelated first sheet."""
    book = Workbook()
    if before:
        notes = book.active
        notes.title = "Notes"
        for r in before:
            notes.append(r)
        sheet = book.create_sheet("Portrait 2025")
    else:
        sheet = book.active
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row, start=1):
            if value:
                sheet.cell(i, j, value)
    book.save(path)
    return path


# --- the fixture -----------------------------------------------------------------------


def test_fixture_loads_with_the_documented_columns_and_row_ids(mini):
    assert list(mini.df.columns) == list(COLUMNS)
    assert len(mini) == 20
    assert mini.row_ids == list(range(1, 21))
    assert list(mini.df.index) == mini.row_ids
    assert mini.df["row_id"].dtype == "int64"
    assert mini.source == "mini_register.csv"
    assert mini.sha256 == hashlib.sha256(MINI.read_bytes()).hexdigest()
    assert (mini.df["source"] == "mini_register.csv").all()


def test_blank_line_takes_no_row_id(mini):
    # The blank line follows row 10; the translation row is the 11th data row.
    assert mini.row(10)["name"].startswith("Détection des nodules pulmonaires")
    assert mini.row(11)["name"] == "Traduction automatique des décisions judiciaires vers l'anglais"
    assert mini.row(20)["name"] == "Transcription automatique des archives manuscrites"


def test_labels_of_both_years_and_all_spellings_become_canonical_in_both_languages(mini):
    r = mini.row
    assert r(9)["category"] == "Traitement d'image/Imagerie médicale"  # 2024 "Traitement d'image"
    assert r(10)["category"] == "Traitement d'image/Imagerie médicale"  # ’ and " / "
    assert r(10)["category_en"] == "Image processing/medical imaging"
    assert r(2)["category"] == "Assistant/agent conversationnel"  # " / "
    assert r(3)["category_key"] == "conversational_agent"  # other case
    assert r(19)["category"] == "Expérience utilisateur - Personnalisation"  # en dash
    assert r(19)["category_en"] == "User experience - Personalization"
    assert r(17)["category"] == "Aide à la décision, planification et/ou prédiction"  # "et / ou"
    assert r(13)["status"] == "Information indisponible"  # 2024 "Information non disponible"
    assert r(13)["status_en"] == "Information unavailable"
    assert r(2)["status"] == "Solution en production"  # trailing space
    assert r(2)["status_key"] == "in_production"


def test_every_category_and_status_appears_in_the_fixture(mini):
    assert mini.df["category_key"].nunique() == 10
    assert mini.df["status_key"].value_counts().to_dict() == {
        "in_production": 10,
        "in_development": 7,
        "information_unavailable": 3,
    }


def test_text_is_stripped_and_inner_whitespace_collapsed(mini):
    assert mini.row(4)["body"] == "Agence du revenu du Québec"
    assert mini.row(13)["body"] == "Centre de services scolaire de Laval"
    assert mini.row(6)["name"] == "Triage des patients à l'urgence du CHUM"
    assert mini.row(12)["name"] == "Tri automatisé des réclamations pour lésions professionnelles"
    for column in mini.df.columns.drop("row_id"):
        values = mini.df[column]
        assert (values == values.str.strip()).all(), column
        assert not values.str.contains(r"\s\s|\n").any(), column


def test_multiline_and_quoted_fields_survive(mini):
    assert (
        mini.row(3)["name"]
        == 'Assistant virtuel "Solidarité", volet aide financière de dernier recours'
    )
    assert mini.row(4)["benefits"] == (
        "Repérage plus rapide des déclarations de revenus suspectes et des fausses factures. "
        "Meilleure priorisation des dossiers de vérification fiscale."
    )


def test_empty_benefits_is_an_empty_string_and_nothing_is_nan(mini):
    assert mini.row(20)["benefits"] == ""
    assert not mini.df.isna().any().any()


def test_portfolios_are_canonical_with_english_names(mini):
    assert (
        mini.row(7)["portfolio"] == "Santé et Services sociaux (Réseau)"
    )  # "services sociaux (réseau)"
    assert mini.row(6)["portfolio"] == "Santé et Services sociaux (Réseau)"  # trailing space
    assert mini.row(7)["portfolio_en"] == "Health and Social Services (Network)"
    assert mini.row(12)["portfolio_en"] == "Labour"


def test_row_returns_a_plain_dict_and_unknown_ids_raise_a_clear_keyerror(mini):
    row = mini.row(1)
    assert set(row) == set(COLUMNS)
    assert type(row["row_id"]) is int and row["row_id"] == 1
    for bad in (0, 21, "1", True):
        with pytest.raises(KeyError, match="not in mini_register.csv"):
            mini.row(bad)


def test_utf8_file_is_not_misread_as_cp1252(mini):
    assert mini.row(1)["body"] == "Société de l'assurance automobile du Québec (SAAQ)"


# --- other encodings, delimiters, formats -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "delimiter", "encoding"),
    [
        ("cp1252_comma.csv", ",", "cp1252"),
        ("utf8_no_bom.csv", ";", "utf-8"),
        ("utf8_bom_comma.csv", ",", "utf-8-sig"),
        ("utf8_tab.csv", "\t", "utf-8"),
    ],
)
def test_same_content_in_other_encodings_and_delimiters_loads_the_same(
    mini, tmp_path, name, delimiter, encoding
):
    path = write_csv(tmp_path / name, fixture_records(), delimiter, encoding)
    other = load_register(path)
    assert other.source == name
    pd.testing.assert_frame_equal(other.df.drop(columns="source"), mini.df.drop(columns="source"))


def test_same_content_as_xlsx_loads_the_same(mini, tmp_path):
    other = load_register(write_xlsx(tmp_path / "mini.xlsx", fixture_records()))
    pd.testing.assert_frame_equal(other.df.drop(columns="source"), mini.df.drop(columns="source"))


def test_xlsx_headers_are_found_on_a_later_sheet_below_a_title(mini, tmp_path):
    rows = [["Portrait des utilisations de l'IA — juin 2025"], [], *fixture_records()]
    path = write_xlsx(tmp_path / "mini.xlsx", rows, before=[["Notes"], ["Source : Données Québec"]])
    other = load_register(path)
    pd.testing.assert_frame_equal(other.df.drop(columns="source"), mini.df.drop(columns="source"))


def test_na_like_text_stays_text(tmp_path):
    rows = [HEADER, ["NA", "Automatisation", "NULL", "N/A", "None", "Solution en production"]]
    reg = load_register(write_csv(tmp_path / "na.csv", rows))
    assert reg.row(1)["name"] == "NA"
    assert reg.row(1)["body"] == "NULL"
    assert reg.row(1)["portfolio"] == "N/A"
    assert reg.row(1)["benefits"] == "None"


def test_empty_portfolio_gives_empty_strings_in_both_languages(tmp_path):
    rows = [
        HEADER,
        ["Agent virtuel", "Automatisation", "Retraite Québec", "", "", "Solution en production"],
    ]
    row = load_register(write_csv(tmp_path / "p.csv", rows)).row(1)
    assert (row["portfolio"], row["portfolio_en"], row["benefits"]) == ("", "", "")


CITY_MAPPING = """name = "city"
language = "{language}"
required = [{required}]
[columns]
name = "Project"
body = "Department"
portfolio = "Service area"
[role_names]
body = {{ fr = "service municipal", en = "department" }}
"""


@pytest.mark.parametrize(
    ("language", "body"),
    [("en", "no department given"), ("fr", "sans mention de service municipal")],
)
def test_a_blank_body_or_portfolio_of_another_register_reads_as_a_label_in_its_words(
    tmp_path, language, body
):
    mapping = tmp_path / "city.toml"
    mapping.write_text(CITY_MAPPING.format(language=language, required='"name"'), encoding="utf-8")
    rows = [
        ["Project", "Department", "Service area"],
        ["Lights", "Roads", "Works"],
        ["Chatbot", "", ""],
    ]
    reg = load_register(write_csv(tmp_path / "city.csv", rows), mapping)
    assert (reg.row(1)["body"], reg.row(1)["portfolio"], reg.row(1)["portfolio_en"]) == (
        "Roads",
        "Works",
        "Works",
    )
    row = reg.row(2)  # the body in the file's language; the portfolio in French, with its English
    assert (row["body"], row["portfolio"], row["portfolio_en"]) == (
        body,
        "sans mention de portefeuille",
        "no portfolio given",
    )
    assert reg.blanks == {"body": body, "portfolio": "sans mention de portefeuille"}
    assert reg.notes == ("1 blank body cell(s) shown as 'no department given'",
                         "1 blank portfolio cell(s) shown as 'no portfolio given'")  # fmt: skip


def test_a_required_blank_body_is_still_an_error_not_a_label(tmp_path):
    mapping = tmp_path / "city.toml"
    mapping.write_text(
        CITY_MAPPING.format(language="en", required='"name", "body"'), encoding="utf-8"
    )
    rows = [["Project", "Department", "Service area"], ["Chatbot", "", "Works"]]
    with pytest.raises(RegisterError, match=r"row 1 .*empty body.*fill the cell"):
        load_register(write_csv(tmp_path / "city.csv", rows), mapping)


@pytest.mark.parametrize(
    "header",
    [
        [
            "Nom de l'actif informationnel / projet / initiative en IA",
            "Catégorie d'IA",
            "Organisme public",
            "Portefeuille ministériel de l'organisme",
            "Bénéfices attendus",
            "Statut de la solution",
        ],
        ["Nom de l’initiative", "Catégorie", "Organisme", "Portefeuille", "Bénéfices", "Statut"],
        ["Name", "Category", "Public body", "Ministerial portfolio", "Benefits", "Status"],
    ],
    ids=["data-dictionary", "short-fr", "english"],
)
def test_header_variants_and_extra_columns_are_accepted(tmp_path, header):
    # Columns in another order, plus columns that play no role.
    rows = [["Commentaires", *reversed(header), "Date"], ["x", *reversed(GOOD_ROW), "2025-06-01"]]
    reg = load_register(write_csv(tmp_path / "variants.csv", rows))
    assert list(reg.df.columns) == list(COLUMNS)
    assert reg.row(1)["name"] == "Agent virtuel" and reg.row(1)["status_key"] == "in_production"


def test_trailing_empty_cells_are_tolerated(tmp_path):
    rows = [HEADER, [*GOOD_ROW, "", ""]]
    assert len(load_register(write_csv(tmp_path / "t.csv", rows))) == 1


# --- bad files ----------------------------------------------------------------------------


def error_for(path: Path) -> RegisterError:
    with pytest.raises(RegisterError) as info:
        load_register(path)
    message = str(info.value)
    assert path.name in message and "Fix" in message, message
    assert info.value.path == path
    return info.value


def test_missing_file(tmp_path):
    err = error_for(tmp_path / "absent.csv")
    assert "not found" in str(err)


@pytest.mark.parametrize(
    "content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n"], ids=["empty", "bom-only", "blank-lines"]
)
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert "empty" in str(error_for(path))


def test_header_only(tmp_path):
    err = error_for(write_csv(tmp_path / "header.csv", [HEADER, [], [""] * 6]))
    assert "no data rows" in str(err)


def test_missing_column_lists_missing_roles_and_headers_found(tmp_path):
    rows = [HEADER[:4] + HEADER[5:-1] + ["Commentaire"], GOOD_ROW[:4] + ["x"]]
    err = error_for(write_csv(tmp_path / "missing.csv", rows))
    message = str(err)
    assert "benefits ('Bénéfices associés')" in message and "status ('Statut')" in message
    assert "Headers found" in message and "'Commentaire'" in message
    assert err.column == "Bénéfices associés"


def test_unknown_category_names_row_column_value_and_accepted_labels(tmp_path):
    rows = [HEADER, GOOD_ROW, GOOD_ROW, [*GOOD_ROW[:1], "Robotique", *GOOD_ROW[2:]]]
    err = error_for(write_csv(tmp_path / "cat.csv", rows))
    message = str(err)
    assert (err.row, err.column) == (3, "Catégorie")
    assert "row 3 (line 4)" in message and "'Robotique'" in message and "'Catégorie'" in message
    assert "'Assistant/agent conversationnel'" in message and "assistant/register/labels.py" in message


def test_unknown_status_names_row_column_value_and_accepted_labels(tmp_path):
    rows = [HEADER, [*GOOD_ROW[:5], "Abandonné"]]
    err = error_for(write_csv(tmp_path / "status.csv", rows))
    assert (err.row, err.column) == (1, "Statut")
    assert "'Abandonné'" in str(err) and "'Solution en production'" in str(err)


def test_undecodable_bytes_name_the_line_and_offset(tmp_path):
    path = tmp_path / "bytes.csv"
    good = ";".join(HEADER).encode() + b"\r\n" + ";".join(GOOD_ROW).encode("cp1252") + b"\r\n"
    path.write_bytes(good + b"Agent \x81;Automatisation;RAMQ;;;Solution en production\r\n")
    message = str(error_for(path))
    assert "line 3" in message and f"offset {len(good) + 6}" in message and "UTF-8" in message


@pytest.mark.parametrize(
    "header",
    [
        [*HEADER, "Statut"],  # literally repeated
        [*HEADER[:2], "Organisme", *HEADER[2:]],  # two spellings of one role
    ],
    ids=["repeated", "same-role"],
)
def test_duplicate_header(tmp_path, header):
    err = error_for(write_csv(tmp_path / "dup.csv", [header, [*GOOD_ROW, "x"]]))
    assert "both hold the" in str(err) and "rename or delete" in str(err)


def test_empty_required_cell_names_row_and_column(tmp_path):
    rows = [HEADER, GOOD_ROW, ["", *GOOD_ROW[1:]]]
    err = error_for(write_csv(tmp_path / "cell.csv", rows))
    assert (err.row, err.column) == (2, OFFICIAL_HEADERS["name"])
    assert "row 2" in str(err) and "empty name" in str(err) and "fill the cell" in str(err)


def test_unquoted_delimiter_in_a_value_is_reported(tmp_path):
    path = tmp_path / "extra.csv"
    lines = [
        ";".join(HEADER),
        ";".join(GOOD_ROW),
        "Agent; virtuel;Automatisation;RAMQ;;;Solution en production",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    err = error_for(path)
    assert err.row == 2 and "7 cells but the header has 6" in str(err)


def test_many_bad_rows_are_reported_together(tmp_path):
    bad = [
        [f"Initiative {i}", "Robotique", "RAMQ", "", "", "Solution en production"]
        for i in range(12)
    ]
    err = error_for(write_csv(tmp_path / "many.csv", [HEADER, GOOD_ROW, *bad, ["", *GOOD_ROW[1:]]]))
    message = str(err)
    assert "13 problems" in message and "... and 3 more" in message
    assert len(err.problems) == 10 and [p.row for p in err.problems[:2]] == [2, 3]
    assert message.count("use one of the accepted category labels") == 1  # each fix said once
    assert all(p.path.name == "many.csv" and "Fix" in str(p) for p in err.problems)


def test_legacy_xls_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert "save it as .xlsx" in str(error_for(path))


def test_unreadable_xlsx_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    assert "not a readable XLSX workbook" in str(error_for(path))


# --- the real 2025 file ---------------------------------------------------------------------


def test_real_2025_file_matches_the_published_aggregates():
    missing = [str(p.relative_to(ROOT)) for p in (FULL, AGGREGATES) if not p.exists()]
    if missing:
        pytest.skip(f"not there yet: {', '.join(missing)}")
    reg = load_register(FULL)
    fr = json.loads(AGGREGATES.read_text(encoding="utf-8"))["fr"]
    assert len(reg) == fr["total"]["y2025"]
    assert reg.row_ids == list(range(1, len(reg) + 1))
    for column, axis in (
        ("category", "categories"),
        ("status", "statuts"),
        ("portfolio", "portefeuilles"),
    ):
        expected = {k: v for k, v in zip(fr[axis]["labels"], fr[axis]["y2025"], strict=True) if v}
        assert reg.df[column].value_counts().to_dict() == expected, column
