"""Command line: `python -m stats tables|report CORPUS --out DIR`.

Exit status: 0 on success, 2 on usage errors (argparse), 1 on input or output
errors, which are reported as one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import time
from pathlib import Path

from stats import __version__
from stats.corpus import CorpusError, list_corpus
from stats.synth import add_synth_parser, run_synth

REPO_ROOT = Path(__file__).resolve().parent.parent
REPORT_SOURCE = REPO_ROOT / "reports" / "report.qmd"


class UserError(Exception):
    """An error the user can fix: reported as one line, exit status 1."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m stats",
        description="Turn news articles about air-defense interception claims into tidy tables and a report.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("corpus", type=Path, metavar="CORPUS",
                       help="a folder of .txt/.md files (optional YAML front matter: published, url, outlet), "
                            "or a .jsonl/.csv file with id, text and optional published, url, outlet")
        p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
        p.add_argument("--assume-year", type=int, metavar="YEAR",
                       help="year for dates written without one, in documents without a publication date")
        p.add_argument("--workers", type=int, default=None, metavar="N",
                       help="processes for extraction (default: all cores; 1 = no parallelism)")

    tables = sub.add_parser("tables", help="write the tables (CSV, Parquet) and codebook.md into DIR",
                            description="Extract claims from CORPUS and write the tables of the table contract "
                                        "into DIR as CSV (UTF-8 with BOM) and Parquet, plus codebook.md.")
    common(tables)
    tables.add_argument("--xlsx", action="store_true", help="also write DIR/tables.xlsx, one worksheet per table "
                                                             "(the report always writes it)")
    report = sub.add_parser("report", help="write tables into DIR/data, figures, and DIR/report.pdf and DIR/report.html",
                            description="Extract claims from CORPUS, write the tables into DIR/data (CSV, Parquet and "
                                        "one xlsx workbook), the figures into "
                                        "DIR/figures (or --figures), and render DIR/report.pdf and DIR/report.html.")
    common(report)
    report.add_argument("--figures", type=Path, metavar="FIGDIR", help="folder for the figures (default: DIR/figures)")
    report.add_argument("--engine", choices=("auto", "quarto", "builtin"), default="auto",
                        help="renderer: quarto when on PATH (auto), or the built-in pandoc + typst path")
    report.add_argument("--timings", action="store_true", help="print the wall time of each phase on stderr")
    add_synth_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "synth":
            return run_synth(args)
        if args.command == "tables":
            return run_tables(args)
        return run_report(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


class Timings:
    """Wall time of each phase of a run, for ``--timings`` (and bench/report_speed.py)."""

    def __init__(self) -> None:
        self.phases: list[tuple[str, float]] = []
        self._last = time.perf_counter()

    def mark(self, phase: str) -> None:
        now = time.perf_counter()
        self.phases.append((phase, now - self._last))
        self._last = now

    def line(self) -> str:
        return "timings: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.phases)


def _build(args, timings: Timings | None = None) -> tuple[dict, list]:
    from stats.models import fit_models
    from stats.tables import build_tables

    timings = timings or Timings()
    try:
        docs = list_corpus(args.corpus)
    except CorpusError as exc:
        raise UserError(str(exc)) from None
    if not docs:
        print(f"warning: {args.corpus}: no documents found; the tables and report will be empty", file=sys.stderr)
    frames = build_tables(docs, assume_year=args.assume_year, workers=args.workers)
    timings.mark("extract")
    frames.update(fit_models(frames["daily"]))
    timings.mark("models")
    return frames, docs


def _write(frames: dict, out: Path) -> None:
    from stats.tables import write_tables

    try:
        write_tables(frames, out)
    except OSError as exc:
        raise UserError(f"{out}: cannot write ({exc.strerror or exc})") from None


def _summary(frames: dict, started: float) -> str:
    docs = frames["documents"]
    counts = {s: docs.filter(docs["status"] == s).height for s in ("ok", "no_claims", "error")}
    line = (f"read {docs.height} documents: {counts['ok']} with claims, {counts['no_claims']} without, "
            f"{counts['error']} failed; {frames['claims'].height} claims, {frames['interceptions'].height} interception items, "
            f"{frames['events'].height} events ({time.perf_counter() - started:.1f} s)")
    if counts["error"]:
        reasons = docs.filter(docs["status"] == "error")["problems"].head(3).to_list()
        line += "; failures: " + " | ".join(r or "" for r in reasons)
    return line


def _workbook_child(data_dir: str) -> None:
    """In a child process: write ``tables.xlsx`` from the Parquet tables; one line on stderr and exit 1 on failure."""
    from stats.tables import write_workbook_of_folder

    try:
        write_workbook_of_folder(Path(data_dir))
    except Exception as exc:  # noqa: BLE001 - reported as one line by the parent
        print(f"error: {data_dir}: cannot write the xlsx workbook: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)


def _start_workbook(data_dir: Path) -> multiprocessing.process.BaseProcess:
    """Write the xlsx workbook beside the CSVs in a separate process (it takes a while on a large corpus,
    and the report renders meanwhile).  ``spawn``: no fork of a process with polars' thread pool."""
    process = multiprocessing.get_context("spawn").Process(target=_workbook_child, args=(str(data_dir),), daemon=True)
    process.start()
    return process


def _finish_workbook(process: multiprocessing.process.BaseProcess, data_dir: Path) -> None:
    process.join()
    if process.exitcode != 0:
        raise UserError(f"{data_dir}: the xlsx workbook was not written (exit {process.exitcode})")


def run_tables(args) -> int:
    started = time.perf_counter()
    frames, _ = _build(args)
    _write(frames, args.out)
    if args.xlsx:
        _finish_workbook(_start_workbook(args.out), args.out)
    print(_summary(frames, started), file=sys.stderr)
    return 0


def run_report(args) -> int:
    from stats.figures import draw_figures
    from stats.render import RenderError, render_report

    started = time.perf_counter()
    timings = Timings()
    frames, _ = _build(args, timings)
    out: Path = args.out
    data_dir = out / "data"
    figures_dir = args.figures or (out / "figures")
    _write(frames, data_dir)
    workbook = _start_workbook(data_dir)
    timings.mark("write")
    try:
        figures_dir.mkdir(parents=True, exist_ok=True)
        draw_figures(frames, figures_dir)
        timings.mark("figures")
    except OSError as exc:
        raise UserError(f"{figures_dir}: cannot write figures ({exc.strerror or exc})") from None
    except Exception as exc:  # noqa: BLE001 - a bug in a figure is reported as one line, not a traceback
        raise UserError(f"{figures_dir}: a figure could not be drawn: {type(exc).__name__}: {exc}") from None
    if not REPORT_SOURCE.exists():
        raise UserError(f"{REPORT_SOURCE}: report source not found (run from a checkout of the project)")
    qmd = out / "report.qmd"
    if qmd.resolve() != REPORT_SOURCE.resolve():
        shutil.copyfile(REPORT_SOURCE, qmd)
    params = {
        "data_dir": os.path.relpath(data_dir.resolve(), out.resolve()),
        "figures_dir": os.path.relpath(figures_dir.resolve(), out.resolve()),
        "corpus": str(args.corpus),
        "version": __version__,
    }
    try:
        outputs = render_report(qmd, out, params, engine=args.engine)
    except RenderError as exc:
        raise UserError(str(exc)) from None
    timings.mark("render")
    _finish_workbook(workbook, data_dir)
    timings.mark("xlsx wait")
    print(_summary(frames, started), file=sys.stderr)
    if args.timings:
        print(timings.line(), file=sys.stderr)
    print(f"wrote {', '.join(str(p) for p in outputs.values())}", file=sys.stderr)
    return 0
