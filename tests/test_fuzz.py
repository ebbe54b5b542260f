"""A small fuzz run as a test: 400 random and mutated documents through `python -m stats tables`
(``bench/fuzz.py``; ``make fuzz`` runs 10,000), and every one is accounted for in documents.csv."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_fuzz", ROOT / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(spec)
sys.modules["bench_fuzz"] = fuzz  # dataclasses look their module up there
spec.loader.exec_module(fuzz)


def test_every_fuzzed_document_is_accounted_for(tmp_path):
    said = []
    failures = fuzz.fuzz(tmp_path, 400, seed=7, workers=2, say=said.append)
    assert failures == []
    assert said[0].startswith("folder: 280 inputs (") and said[3].startswith("jsonl: 120 inputs (")
    assert said[1].startswith("  read ") and said[4].startswith("  read ")


def test_the_checks_catch_a_lost_document(tmp_path):
    """The checker itself: a documents.csv that lacks an input, or a second summary line, fails."""
    said = []
    assert fuzz.fuzz(tmp_path, 60, seed=3, workers=1, say=said.append) == []
    expected = fuzz.write_jsonl(tmp_path / "again.jsonl", 30, fuzz.random.Random(3))
    proc, _ = fuzz.run_tables(tmp_path / "again.jsonl", tmp_path / "out", 1)
    assert fuzz.check(tmp_path / "again.jsonl", tmp_path / "out", expected, proc.stderr, proc.returncode, proc.stdout) == []
    lost = dict(expected, **{"again.jsonl:line 999": fuzz.Expected("record", fuzz.READ)})
    assert any("missing ['again.jsonl:line 999']" in e for e in fuzz.check(
        tmp_path / "again.jsonl", tmp_path / "out", lost, proc.stderr, proc.returncode, proc.stdout))
    assert any("not one summary line" in e for e in fuzz.check(
        tmp_path / "again.jsonl", tmp_path / "out", expected, "warning: x\n" + proc.stderr, 0, ""))
