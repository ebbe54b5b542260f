"""Do the tables stay byte-identical? A guard for work that must not change what is extracted.

    python bench/same_output.py record DIR [--docs N]   # tables of every check corpus, written by the current code
    python bench/same_output.py check DIR [--docs N]    # the same again, compared file by file with DIR

The check corpora:

* ``dev``: ``../shared/corpus/dev.jsonl`` (skipped when it is not there);
* ``seeds``: the five seed articles;
* ``synth``: the first ``--docs`` articles (default 20,000) of the ``bench/throughput.py``
  corpus, as a folder, extracted with 2 workers;
* ``synth-jsonl``: the first 4,000 of them as JSONL without publication dates, with
  ``--assume-year 2000`` and 1 worker (datelines, yearless dates);
* ``synth-jsonl-noyear``: the same without ``--assume-year``, 2 workers (unresolved dates);
* ``odd``: a small folder of bad input written here (undecodable bytes, broken front
  matter, an empty file, a nested folder, a repeated id), and a JSONL and a CSV with bad
  lines: every document must still be in ``documents.csv``.

``record`` writes ``DIR/<corpus>/`` (the corpora themselves go to ``DIR/corpora/``);
``check`` runs the same commands into a temporary folder and compares every CSV, the
codebook and every Parquet file (read back as frames) with the record.  The exit status
is 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
UNDATED_DOCS = 4000

# Bad input, written by the team: (relative path, bytes).
ODD_FILES = [
    ("good.txt", "---\npublished: 2024-05-02\n---\nAir defenses shot down 3 drones over the Kursk region overnight.\n".encode()),
    ("latin1.txt", "Air defences destroyed two drones over the Belgorod region, caf\xe9 owners said.\n".encode("latin-1")),
    ("bad-yaml.md", b"---\npublished: [2024-05-02\n---\nFive drones were intercepted over Bryansk on May 1.\n"),
    ("not-mapping.txt", b"---\n- a\n- b\n---\nGovernor Gladkov said a drone was downed over the region.\n"),
    ("bad-date.txt", b"---\npublished: sometime in May\n---\nTwelve UAVs were destroyed over the Rostov region last night.\n"),
    ("empty.txt", b""),
    ("bom.txt", b"\xef\xbb\xbfMOSCOW, May 3. /TASS/. Air defenses intercepted 7 drones over the Oryol region.\n"),
    ("nested/good.txt", b"Explosions were heard in Belgorod; an air raid alert was declared.\n"),
    (".hidden.txt", b"never read\n"),
    ("skip.pdf", b"%PDF not a text file\n"),
]
ODD_JSONL = "\n".join([
    json.dumps({"id": "j1", "published": "2024-05-02", "text": "Air defenses shot down 14 drones over the Bryansk region."}),
    "{not json",
    json.dumps(["a", "list"]),
    json.dumps({"id": "j1", "text": "Two drones were downed over Kaluga overnight."}),
    json.dumps({"text": "A drone was destroyed over the Moscow region, Mayor Sobyanin said."}),
    json.dumps({"id": "j4", "text": None}),
    json.dumps({"id": "j5", "text": 42}),
    "",
    json.dumps({"id": "j6", "published": "2024-13-45", "text": "Nine UAVs were intercepted over Crimea on Tuesday."}),
]) + "\n"
ODD_CSV = 'id,published,text\nc1,2024-05-02,"Air defenses destroyed 5 drones over the Tula region, 2 over Oryol."\n,,"No id here: one drone over Lipetsk."\n'


def write_corpora(base: Path, n_docs: int) -> dict[str, Path]:
    """The check corpora under ``base`` (written once; an existing folder is reused)."""
    from throughput import synth_documents, write_documents

    paths: dict[str, Path] = {}
    synth_dir = base / f"synth-{n_docs}"
    undated = base / f"synth-{n_docs}-undated.jsonl"
    if not synth_dir.exists() or not undated.exists():
        docs = synth_documents(n_docs, 2024)
        if synth_dir.exists():
            shutil.rmtree(synth_dir)
        write_documents(docs, synth_dir)
        with undated.open("w", encoding="utf-8", newline="\n") as fh:
            for doc in docs[:UNDATED_DOCS]:
                fh.write(json.dumps({"id": doc.name, "text": doc.text}, ensure_ascii=False) + "\n")
    paths["synth"], paths["undated"] = synth_dir, undated
    odd = base / "odd"
    if odd.exists():
        shutil.rmtree(odd)
    for rel, data in ODD_FILES:
        (odd / rel).parent.mkdir(parents=True, exist_ok=True)
        (odd / rel).write_bytes(data)
    (base / "odd.jsonl").write_text(ODD_JSONL, encoding="utf-8")
    (base / "odd.csv").write_text(ODD_CSV, encoding="utf-8")
    paths["odd"], paths["odd.jsonl"], paths["odd.csv"] = odd, base / "odd.jsonl", base / "odd.csv"
    return paths


def runs(corpora: dict[str, Path]) -> list[tuple[str, Path, list[str]]]:
    """(name, corpus, extra arguments) of every run."""
    out = []
    if DEV.exists():
        out.append(("dev", DEV, ["--workers", "1"]))
    out += [
        ("seeds", ROOT / "seeds", []),
        ("synth", corpora["synth"], ["--workers", "2"]),
        ("synth-jsonl", corpora["undated"], ["--workers", "1", "--assume-year", "2000"]),
        ("synth-jsonl-noyear", corpora["undated"], ["--workers", "2"]),
        ("odd", corpora["odd"], []),
        ("odd-jsonl", corpora["odd.jsonl"], []),
        ("odd-csv", corpora["odd.csv"], []),
    ]
    return out


def run_all(corpora: dict[str, Path], out: Path) -> None:
    for name, corpus, extra in runs(corpora):
        started = time.perf_counter()
        cmd = [sys.executable, "-m", "stats", "tables", str(corpus), "--out", str(out / name), *extra]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)


def compare(expected: Path, got: Path) -> list[str]:
    """Every difference between two folders of tables, as lines."""
    import polars as pl
    from polars.testing import assert_frame_equal

    diffs = []
    names = sorted({p.name for p in expected.iterdir()} | {p.name for p in got.iterdir()})
    for name in names:
        a, b = expected / name, got / name
        if not a.exists() or not b.exists():
            diffs.append(f"{name}: only in {'the record' if a.exists() else 'the new run'}")
        elif name.endswith(".parquet"):
            try:
                assert_frame_equal(pl.read_parquet(a), pl.read_parquet(b))
            except AssertionError as exc:
                diffs.append(f"{name}: {str(exc).splitlines()[0]}")
        elif a.read_bytes() != b.read_bytes():
            la, lb = a.read_bytes().splitlines(), b.read_bytes().splitlines()
            first = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
            diffs.append(f"{name}: differs from line {first + 1} ({len(la)} vs {len(lb)} lines)")
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("record", "check"))
    parser.add_argument("dir", type=Path, help="where the record is (written by record, read by check)")
    parser.add_argument("--docs", type=int, default=20000, help="synthetic articles (default 20000)")
    args = parser.parse_args(argv)
    corpora = write_corpora(args.dir / "corpora", args.docs)
    if args.mode == "record":
        run_all(corpora, args.dir)
        print(f"recorded in {args.dir}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        run_all(corpora, Path(tmp))
        bad = 0
        for name, _, _ in runs(corpora):
            diffs = compare(args.dir / name, Path(tmp) / name)
            bad += len(diffs)
            print(f"{name}: {'identical' if not diffs else 'DIFFERENT'}")
            for d in diffs:
                print(f"    {d}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
