"""End to end on the five seed articles: tables as ../shared/spec/seeds_expected.json says, PDF and HTML rendered."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # CI and every checkout have ../shared beside the project
EXPECTED_PATH = SHARED / "spec" / "seeds_expected.json"


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stats", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    proc = run_cli("report", str(SEEDS), "--out", str(out), "--engine", "builtin")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def expected() -> dict:
    data = json.loads(EXPECTED_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k != "about"}


@pytest.fixture(scope="module")
def tables(report) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(report / "data" / f"{name}.parquet") for name in ("documents", "claims", "interceptions", "events", "daily")}


def test_seed_files_are_the_founding_documents():
    founding = sorted((SHARED / "seeds").glob("*.txt"))
    assert len(founding) == 5
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == [f.name for f in founding]
    for f in founding:
        assert (SEEDS / f.name).read_bytes() == f.read_bytes(), f.name


def test_every_seed_is_a_document(tables, expected):
    docs = tables["documents"]
    assert sorted(docs["doc_id"].to_list()) == sorted(expected)
    status = dict(zip(docs["doc_id"], docs["status"]))
    for doc_id, spec in expected.items():
        assert status[doc_id] == ("ok" if spec["claims"] else "no_claims"), doc_id


def _claim_rows(tables, doc_id):
    claims = tables["claims"].filter(pl.col("doc_id") == doc_id).sort("char_start")
    return claims.to_dicts()


@pytest.mark.parametrize("doc_id", ["000_f7ff841e8fcb10ca", "001_30addc97a4b6af7d", "002_8fe8088da6453c7b", "003_0bb9ff9c2b23dcdb", "004_119b137d8a7e4403"])
def test_claims_match_spec(tables, expected, doc_id):
    want = expected[doc_id]["claims"]
    got = _claim_rows(tables, doc_id)
    assert [c["claimant"] for c in got] == [c["claimant"] for c in want]
    for g, w in zip(got, want):
        assert g["stated_total"] == w["total"]
        assert g["total_qualifier"] == w["total_qualifier"]
        assert g["event_date"] == w["event_date"]
        rec = w["reconciliation"]
        assert g["reconciliation"] == rec["status"]
        if "itemized_sum" in rec:
            assert g["itemized_sum"] == rec["itemized_sum"]
            assert (g["unattributed"] or 0) == rec["unattributed"]
        items = tables["interceptions"].filter(pl.col("claim_id") == g["claim_id"])
        got_items = Counter(
            (r["region_code"], r["count"], r["qualifier"], r["shared"], r["reading"]) for r in items.to_dicts()
        )
        want_items = Counter(
            ("+".join(sorted(i["regions"])), i["count"], i["qualifier"], bool(i.get("shared", False)), i["reading"]) for i in w["items"]
        )
        assert got_items == want_items


@pytest.mark.parametrize("doc_id", ["000_f7ff841e8fcb10ca", "001_30addc97a4b6af7d", "002_8fe8088da6453c7b", "003_0bb9ff9c2b23dcdb", "004_119b137d8a7e4403"])
def test_events_match_spec(tables, expected, doc_id):
    got = tables["events"].filter(pl.col("doc_id") == doc_id)
    assert set(zip(got["kind"], got["region_code"])) == {(e["kind"], e["region"]) for e in expected[doc_id]["events"]}


def test_fuzzy_places_behind_a_row_are_reported(tables):
    # "Akhbulyinsk" places the Astrakhan alert; fuzzy names in sentences that yield no row are not looked at
    problems = dict(zip(tables["documents"]["doc_id"], tables["documents"]["problems"]))
    assert "Akhbulyinsk" in problems["000_f7ff841e8fcb10ca"] and "Akhtubinsk" in problems["000_f7ff841e8fcb10ca"]


def test_window_kept_as_text_without_a_year(tables):
    claim = tables["claims"].filter(pl.col("doc_id") == "004_119b137d8a7e4403").row(0, named=True)
    assert "11:23 pm on November 11" in claim["when_text"] and "7:00 am on November 12" in claim["when_text"]
    assert claim["event_date"] is None and claim["window_end"] is None


def test_assume_year_resolves_the_window(tmp_path):
    proc = run_cli("tables", str(SEEDS / "004_119b137d8a7e4403.txt"), "--out", str(tmp_path), "--assume-year", "2025")
    assert proc.returncode == 0, proc.stderr
    claim = pl.read_parquet(tmp_path / "claims.parquet").row(0, named=True)
    assert claim["window_start"] == "2025-11-11T23:23+03:00"
    assert claim["window_end"] == "2025-11-12T07:00+03:00"
    assert str(claim["event_date"]) == "2025-11-12"


def test_evidence_is_exactly_the_text(tables):
    for row in tables["interceptions"].to_dicts() + tables["claims"].to_dicts() + tables["events"].to_dicts():
        text = (SEEDS / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[row["char_start"]:row["char_end"]] == row["evidence"]


def test_csv_opens_in_excel(report):
    raw = (report / "data" / "interceptions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode()
    assert header.startswith("claim_id,doc_id,event_date,region_code")
    assert b"true" in raw or b"false" in raw
    assert (report / "data" / "codebook.md").read_text().count("## ") >= 5


def test_pdf_has_the_numbers(report):
    pdf = PdfReader(report / "report.pdf")
    assert len(pdf.pages) > 0
    text = " ".join(page.extract_text() for page in pdf.pages)
    for number in ("83", "32", "22"):
        assert re.search(rf"\b{number}\b", text), number


def test_html_is_self_contained(report):
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "83" in html and "22" in html
    external = re.findall(r"""<(?:link|script|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert external == []
    assert re.search(r"<img\b[^>]*src=\"data:image/|<svg\b", html)


def test_missing_corpus_is_one_line_exit_1(tmp_path):
    proc = run_cli("tables", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "nope" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_usage_error_exit_2():
    assert run_cli("tables").returncode == 2
