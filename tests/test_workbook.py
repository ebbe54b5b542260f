"""The xlsx workbook: one worksheet per table, the same rows as the CSV files, the same bytes every time."""

from __future__ import annotations

import datetime as dt
import zipfile

import polars as pl
import pytest

from stats import schema
from stats.tables import WORKBOOK_NAME, sheet_name, write_tables, write_workbook, write_workbook_of_folder

DAY = dt.date(2025, 11, 12)


def small_tables() -> dict[str, pl.DataFrame]:
    """Every table of the schema; a few with rows (a date, a boolean, an empty cell, a comma and a quote)."""
    tables = {name: schema.empty_frame(name) for name in schema.TABLES}
    tables["claims"] = schema.frame_from_rows("claims", [
        {"claim_id": "d#1", "doc_id": "d", "claimant": "governor", "claimant_inferred": False, "event_date": DAY,
         "stated_total": 7, "total_qualifier": "exact", "reconciliation": "no_items",
         "evidence": 'He said "seven, over Kursk".', "char_start": 0, "char_end": 28},
        {"claim_id": "d#2", "doc_id": "d", "claimant": "unknown", "claimant_inferred": True,
         "reconciliation": "no_total", "evidence": "Undated.", "char_start": 30, "char_end": 38},
    ])
    tables["daily"] = schema.frame_from_rows("daily", [
        {"date": DAY, "region_code": "ALL", "count": 7, "n_claims": 1, "n_docs": 1},
        {"date": DAY, "region_code": "RU-KRS", "count": 7, "n_claims": 1, "n_docs": 1},
    ])
    tables["region_shares"] = schema.frame_from_rows("region_shares", [
        {"region_code": "RU-KRS", "count": 7, "n_days": 1, "share": 1 / 3}])
    return tables


@pytest.fixture()
def folder(tmp_path):
    write_tables(small_tables(), tmp_path)
    write_workbook_of_folder(tmp_path)
    return tmp_path


def test_one_worksheet_per_table_named_as_the_csv(folder):
    sheets = pl.read_excel(folder / WORKBOOK_NAME, sheet_id=0, engine="openpyxl")
    assert list(sheets) == list(schema.TABLES)
    assert sorted(f"{name}.csv" for name in sheets) == sorted(p.name for p in folder.glob("*.csv"))


@pytest.mark.parametrize("table", ["claims", "daily", "region_shares", "documents", "trend_curve"])
def test_each_worksheet_has_the_rows_and_columns_of_its_csv(folder, table):
    csv = pl.read_csv(folder / f"{table}.csv", infer_schema=False)
    sheet = pl.read_excel(folder / WORKBOOK_NAME, sheet_name=table, engine="openpyxl")
    assert sheet.columns == csv.columns
    assert sheet.height == csv.height
    if table == "claims":
        assert sheet["evidence"].to_list() == csv["evidence"].to_list()
        assert sheet["stated_total"].to_list() == [7, None]
        assert [d.date() if d else None for d in sheet["event_date"].to_list()] == [DAY, None]  # an Excel date
    if table == "region_shares":
        assert sheet["share"][0] == pytest.approx(1 / 3)  # the full value, not the 4 decimals shown


def test_the_same_tables_give_the_same_bytes(tmp_path):
    first = write_workbook(small_tables(), tmp_path / "a.xlsx").read_bytes()
    second = write_workbook(small_tables(), tmp_path / "b.xlsx").read_bytes()
    assert first == second
    assert zipfile.ZipFile(tmp_path / "a.xlsx").testzip() is None


def test_sheet_names_fit_excel_and_never_collide(tmp_path):
    assert all(len(sheet_name(name)) <= 31 for name in schema.TABLES)
    long = "t" * 31
    with pytest.raises(ValueError, match="share a worksheet name"):
        write_workbook({long + "a": schema.empty_frame("daily"), long + "b": schema.empty_frame("daily")},
                       tmp_path / "x.xlsx")
