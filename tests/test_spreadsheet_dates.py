"""Dates a spreadsheet rewrote (a typed year shown as 7/16/1905, "Nov 2024" shown as
"24-Nov") are read back as typed, and the loader says how many it read back."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from assistant.register.load import load_register
from assistant.register.spreadsheet_dates import read_back

US = Path(__file__).resolve().parents[1] / "data/registers/us-federal-2024/2024_consolidated_ai_inventory_raw_v2.csv"


def test_a_year_typed_into_a_date_cell_is_that_year_with_no_month():
    cells, year_only, note = read_back(["7/16/1905", "1905-06-12", "3/4/2023", "", "6/1/1905"])
    assert cells[:2] == ["2024", "1990"] and year_only[:2] == ["2024", "1990"]
    assert cells[2:] == ["3/4/2023", "", "6/1/1905"]  # a real date, a blank, a 1905 date no year maps to
    assert "2 year(s) typed into a date cell" in note


def test_a_date_with_a_comment_in_brackets_is_read_without_it():
    cells, _, note = read_back(["2022-08 (estimated)", "2022-11-16 (first formal action)", "(none)"])
    assert cells == ["2022-08", "2022-11-16", "(none)"] and "2 date(s) with a comment" in note


def test_year_first_months_are_read_only_when_no_cell_could_be_a_day_1_to_9():
    cells, _, note = read_back(["24-Nov", "22-Jul", "18-Feb"])
    assert cells == ["2024-11-01", "2022-07-01", "2018-02-01"] and "3 month(s) written year first" in note
    days = ["24-Nov", "3-Jul", "18-Feb"]  # "3-Jul" can only be a day: the column is days
    assert read_back(days) == (days, ["", "", ""], "")


def test_the_us_inventory_counts_typed_years_and_year_first_months():
    raw = pd.read_csv(US, encoding="cp1252", dtype=str).fillna("")
    cells = raw["Date Initiated"].str.strip().str.replace(r"\s*\(.*\)$", "", regex=True)
    serial_2024 = cells.isin([f"7/{d}/1905" for d in (16,)]).sum()  # 2024 typed as a number
    year_first_2024 = cells.str.fullmatch(r"24-[A-Z][a-z]{2}").sum()
    plain_2024 = pd.to_datetime(cells.where(cells.str.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}"), ""), format="%m/%d/%Y", errors="coerce").dt.year.eq(2024).sum()
    register = load_register(US, "us-federal-2024")
    assert (register.df["initiated"] == "2024").sum() == plain_2024 + serial_2024 + year_first_2024
    assert "0001" not in set(register.df["initiated"])
    assert any("typed into a date cell" in n for n in register.notes)
