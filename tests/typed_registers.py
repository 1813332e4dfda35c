"""Registers with typed fields for the surface tests (Explore, Overview, briefings): the bilingual
fixture, and a slice of the real US federal inventory with its built-in mapping plus one multi
field (its demographic variables, cells like ["Race/Ethnicity","Sex/Gender","Age"]).

The truths the tests check against are computed from the raw CSV with pandas, never by the loader.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from assistant.register.mapping import BUILT_IN_DIR

ROOT = Path(__file__).resolve().parents[1]
BILINGUAL = ROOT / "tests/fixtures/bilingual/register.csv"
BILINGUAL_MAPPING = ROOT / "tests/fixtures/bilingual/mapping.toml"
US = ROOT / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"
DEMOGRAPHICS = "Which, if any, demographic variables does the AI use case explicitly use as model features?"
PII = "Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?"
DEV = "Was the AI system involved in this use case developed (or is it to be developed) under contract(s) or in-house?"
MULTI = f"""

[fields.demographics]
type = "multi"
column = "{DEMOGRAPHICS}"
names = {{ en = ["demographic variables", "demographic variable"], fr = ["variables démographiques", "variable démographique"] }}
"""


def us_raw() -> pd.DataFrame:
    df = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    return df.rename(columns=lambda c: c.strip()).apply(lambda c: c.str.strip())


def us_slice(folder: Path) -> tuple[Path, Path]:
    """(the CSV, the mapping) of a ~150-row slice of the US inventory: every 20th row, and every
    row naming demographic variables (so that the multi field has values)."""
    raw = pd.read_csv(US, encoding="cp1252", dtype=str, keep_default_na=False)
    named = raw[DEMOGRAPHICS].str.contains(r"[A-Za-z]", regex=True) & ~raw[DEMOGRAPHICS].str.strip().isin(
        ["None", "N/A", "Other", '["Other"]', "None of the above"]
    )
    keep = raw.index.isin(raw.index[::20]) | named
    path = folder / "us-slice-2024.csv"
    raw[keep].to_csv(path, index=False, encoding="utf-8")
    mapping = folder / "us-slice.toml"
    text = (BUILT_IN_DIR / "us-federal-2024.toml").read_text(encoding="utf-8")
    mapping.write_text(text + MULTI, encoding="utf-8")
    return path, mapping


def year(cells: pd.Series) -> pd.Series:
    from tests.conftest import spreadsheet_years

    return spreadsheet_years(cells.where(~cells.isin(["", "N/A", "NA"]), ""))
