"""The labeled news of ``../shared/corpus/dev.jsonl`` (read by path, never copied) go through ``tables`` whole.

The phenomena tests check sentences the team wrote; this checks that real news,
with everything the rules do to them together, still make tables that keep the
contract (``stats.schema`` validates every table: types, required columns, and
primary keys unique, e.g. one interception per claim, region, weapon and offset).
"""

import subprocess
import sys
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def test_dev_corpus_makes_valid_tables(tmp_path):
    assert DEV.exists(), f"{DEV} is missing: the labeled corpus is read by path"
    run = subprocess.run([sys.executable, "-m", "stats", "tables", str(DEV), "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    documents = pl.read_parquet(tmp_path / "documents.parquet")
    assert documents.height == sum(1 for line in DEV.open(encoding="utf-8") if line.strip())
    interceptions = pl.read_parquet(tmp_path / "interceptions.parquet")
    assert interceptions.height > 200
    key = ["claim_id", "region_code", "weapon", "char_start"]
    assert interceptions.select(key).is_duplicated().sum() == 0
