"""How long `make report` takes: on the seeds, and on a 10,000-article synthetic corpus.

    python bench/report_speed.py [--docs N] [--runs R] [--skip-large] [--json OUT]

Each measurement runs ``python -m stats report CORPUS --out DIR --timings`` as
a subprocess, as ``make report`` does once the environment is installed
(``make report`` itself adds only make's check that ``.venv`` is up to date),
and takes its wall time; the report's own ``--timings`` line splits it into
extraction, models, writing the tables, figures, rendering (PDF and HTML) and
waiting for the xlsx workbook (written in a parallel process).

* seeds: ``R`` runs (default 3) after one warm-up run; the median and the
  slowest are reported.  Target: under 30 s.
* large: a synthetic corpus from ``python -m stats synth`` (no trend, a flat
  35 a day, the default duplicate and noise rates: about 1.99 documents per
  simulated day) of at least ``--docs`` articles (default 10,000), rendered
  once.  Target: under 2 minutes.

The machine is reported (CPU count, load average before each run): the
numbers are wall times on a shared machine, so the load matters.

Measured on the team's 2-core machine (shared, load average about 2), after
the report of issue 5: seeds median 4.1 s (slowest 4.3 s; `make report` 5.5 s),
6 PDF pages; 10,097 synthetic articles 58.4 s (extraction 25.0 s, models
4.8 s, figures 2.4 s, rendering 15.4 s, waiting for the xlsx 7.8 s), 68 PDF
pages, HTML 21.6 MB, xlsx 10.4 MB.  Under heavier load (average 3.5 to 4) the
large run took 67 to 95 s.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOCS_PER_DAY = 1.99  # synthetic documents per simulated day at the default duplicate and noise rates
TARGETS = {"seeds": 30.0, "large": 120.0}


def run_report(corpus: Path, out: Path) -> dict:
    """One ``python -m stats report`` run: wall time, the phases it reports, pages and sizes."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "stats", "report", str(corpus), "--out", str(out),
                           "--figures", str(out / "figures"), "--timings"],
                          cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"report on {corpus} failed:\n{proc.stderr[-2000:]}")
    phases = dict((name, float(sec)) for name, sec in re.findall(r"([a-z][a-z ]*?) (\d+\.\d) s", proc.stderr.split("timings:")[-1].splitlines()[0]))
    summary = next((line for line in proc.stderr.splitlines() if line.startswith("read ")), "")
    return {"wall_s": round(wall, 1), "phases_s": phases, "load_before": round(load, 2), "summary": summary,
            "pdf_pages": pdf_pages(out / "report.pdf"),
            "pdf_mb": round((out / "report.pdf").stat().st_size / 1e6, 1),
            "html_mb": round((out / "report.html").stat().st_size / 1e6, 1),
            "xlsx_mb": round((out / "data" / "tables.xlsx").stat().st_size / 1e6, 1)}


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def synth_corpus(folder: Path, n_docs: int) -> Path:
    """A synthetic corpus of at least ``n_docs`` articles (more days if the first try falls short)."""
    days = math.ceil(n_docs / DOCS_PER_DAY * 1.01)
    while True:
        corpus = folder / f"synth-{days}d"
        subprocess.run([sys.executable, "-m", "stats", "synth", "--days", str(days), "--seed", "7", "--growth", "0",
                        "--base", "35", "--out", str(corpus), "--overwrite"], cwd=ROOT, check=True,
                       capture_output=True)
        n = sum(1 for p in corpus.iterdir() if p.suffix == ".txt")
        if n >= n_docs:
            return corpus
        days = math.ceil(days * n_docs / n * 1.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="articles in the large corpus (default 10000)")
    parser.add_argument("--runs", type=int, default=3, help="measured runs on the seeds (default 3)")
    parser.add_argument("--skip-large", action="store_true", help="only the seeds")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    results: dict = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="report-speed-") as tmp:
        tmp = Path(tmp)
        run_report(SEEDS, tmp / "warm-up")
        seeds = [run_report(SEEDS, tmp / f"seeds-{k}") for k in range(args.runs)]
        walls = [r["wall_s"] for r in seeds]
        results["seeds"] = {"median_s": statistics.median(walls), "max_s": max(walls), "runs": seeds}
        print(f"seeds: median {statistics.median(walls):.1f} s, slowest {max(walls):.1f} s over {len(walls)} runs "
              f"(target < {TARGETS['seeds']:.0f} s); {seeds[0]['pdf_pages']} PDF pages; phases of the first: "
              f"{seeds[0]['phases_s']}", file=sys.stderr)
        if not args.skip_large:
            corpus = synth_corpus(tmp, args.docs)
            n_docs = sum(1 for p in corpus.iterdir() if p.suffix == ".txt")
            large = run_report(corpus, tmp / "large")
            results["large"] = {"docs": n_docs, **large}
            print(f"large ({n_docs} articles): {large['wall_s']:.1f} s (target < {TARGETS['large']:.0f} s); "
                  f"{large['pdf_pages']} PDF pages, PDF {large['pdf_mb']} MB, HTML {large['html_mb']} MB, "
                  f"xlsx {large['xlsx_mb']} MB; load before {large['load_before']}; phases: {large['phases_s']}",
                  file=sys.stderr)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    slow = [k for k, limit in TARGETS.items() if k in results
            and (results[k].get("max_s") or results[k].get("wall_s")) >= limit]
    if slow:
        print(f"over target: {', '.join(slow)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
