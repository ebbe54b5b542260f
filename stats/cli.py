"""Command line: `python -m stats tables|report CORPUS --out DIR`, `python -m stats text CORPUS DOC_ID`.

Exit status: 0 on success, 2 on usage errors (argparse), 1 on input or output
errors, which are reported as one line on stderr, never a traceback.  A
document that cannot be read is not an error of the run: it is listed in
``documents.csv`` with the reason, and counted in the summary line that ends
every run ("read …; skipped …; failed …").  On a terminal, extraction shows a
progress bar; otherwise stderr holds only that line (and warnings).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from stats import __version__
from stats.corpus import DEFAULT_MAX_BYTES, EMPTY, PUBLISHED_YEARS, CorpusError, is_skipped, list_corpus, load_document, reason_of
from stats.duplicates import REPEAT_MARK
from stats.progress import progress_bar
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

    def corpus_arguments(p: argparse.ArgumentParser) -> None:
        p.add_argument("corpus", type=Path, metavar="CORPUS",
                       help="a folder of .txt, .md and .html files (optional YAML front matter: published, url, outlet), "
                            "or a .jsonl/.csv file with id, text and optional published, url, outlet")
        p.add_argument("--max-mb", type=_positive_mb, default=DEFAULT_MAX_BYTES / 2**20, metavar="MB",
                       help=f"documents larger than this are skipped, with the reason in documents.csv "
                            f"(default: {DEFAULT_MAX_BYTES / 2**20:g})")

    def common(p: argparse.ArgumentParser) -> None:
        corpus_arguments(p)
        p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
        p.add_argument("--assume-year", type=_year, metavar="YEAR",
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
    text = sub.add_parser("text", help="print the text of one document as the tables' offsets count it",
                          description="Print the text of document DOC_ID of CORPUS after decoding and markup cleaning: "
                                      "the text that char_start/char_end in the tables refer to (UTF-8, unchanged).")
    corpus_arguments(text)
    text.add_argument("doc_id", metavar="DOC_ID", help="the document's doc_id in documents.csv")
    add_synth_parser(sub)
    return parser


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {value!r}") from None
    low, high = PUBLISHED_YEARS
    if not low <= year <= high:
        raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
    return year


def _positive_mb(value: str) -> float:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not mb > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return mb


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "synth":
            return run_synth(args)
        if args.command == "tables":
            return run_tables(args)
        if args.command == "text":
            return run_text(args)
        return run_report(args)
    except UserError as exc:
        print("error: " + " ".join(str(exc).split("\n")), file=sys.stderr)
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


def _list(args) -> list:
    try:
        return list_corpus(args.corpus, max_bytes=int(args.max_mb * 2**20))
    except CorpusError as exc:
        raise UserError(str(exc)) from None


def _build(args, timings: Timings | None = None) -> tuple[dict, list]:
    from stats.tables import build_tables

    timings = timings or Timings()
    docs = _list(args)
    if not docs:
        print(f"warning: {args.corpus}: no documents found; the tables and report will be empty", file=sys.stderr)
    with progress_bar(len(docs), "documents") as progress:
        frames = build_tables(docs, assume_year=args.assume_year, workers=args.workers, progress=progress,
                              meanwhile=_import_models)
    timings.mark("extract")
    from stats.models import fit_models

    frames.update(fit_models(frames["daily"]))
    timings.mark("models")
    return frames, docs


def _import_models() -> None:
    """Import the modelling stack (statsmodels and scipy take about two seconds) while the workers extract."""
    import stats.models  # noqa: F401


def _check_writable(folder: Path) -> None:
    """Fail now, not after extraction, when the output folder cannot be made or written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UserError(f"{folder}: cannot write ({exc.strerror or exc})") from None


def _write(frames: dict, out: Path) -> None:
    import polars as pl

    from stats.tables import write_tables

    try:
        write_tables(frames, out)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise UserError(f"{out}: cannot write ({getattr(exc, 'strerror', None) or _first_line(exc)})") from None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def summary_line(frames: dict, seconds: float) -> str:
    """One line on what a run read, skipped and could not read, and why (the commonest reasons).

    "read 3 of 5 documents (2 with claims, 1 without); skipped 1 (not a file type that is read: 1);
    failed 1 (not valid JSON: 1); 2 claims, 3 interception items, 0 events (0.4 s)"
    """
    docs = frames["documents"]
    rows = docs.select("status", "problems").rows()
    read = [problems or "" for status, problems in rows if status != "error"]
    skipped = [problems for status, problems in rows if status == "error" and is_skipped(problems)]
    failed = [problems or "" for status, problems in rows if status == "error" and not is_skipped(problems)]
    with_claims = sum(status == "ok" for status, _ in rows)
    repeats = sum(REPEAT_MARK in p for p in read)
    empty = sum(EMPTY in p for p in read)
    notes = [f"{with_claims} with claims", f"{len(read) - with_claims} without"]
    notes += [f"{repeats} repeating an earlier document's text"] if repeats else []
    notes += [f"{empty} empty"] if empty else []
    return "; ".join([
        f"read {len(read)} of {docs.height} documents ({', '.join(notes)})",
        f"skipped {len(skipped)}{_why(skipped)}",
        f"failed {len(failed)}{_why(failed)}",
        f"{frames['claims'].height} claims, {frames['interceptions'].height} interception items, "
        f"{frames['events'].height} events ({seconds:.1f} s)",
    ])


def _why(problems: list[str], top: int = 3) -> str:
    if not problems:
        return ""
    counts = Counter(reason_of(p) for p in problems).most_common()
    shown = ", ".join(f"{reason}: {n}" for reason, n in counts[:top])
    return f" ({shown}{', …' if len(counts) > top else ''})"


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
    _check_writable(args.out)
    frames, _ = _build(args)
    _write(frames, args.out)
    if args.xlsx:
        _finish_workbook(_start_workbook(args.out), args.out)
    print(summary_line(frames, time.perf_counter() - started), file=sys.stderr)
    return 0


def run_text(args) -> int:
    for item in _list(args):
        if item.doc_id == args.doc_id:
            doc = load_document(item)
            if doc.error:
                raise UserError(f"{doc.source}: {'; '.join(doc.problems)}")
            sys.stdout.buffer.write(doc.text.encode("utf-8", "surrogatepass"))
            sys.stdout.flush()
            return 0
    raise UserError(f"{args.corpus}: no document with doc_id {args.doc_id!r}")


def run_report(args) -> int:
    from stats.figures import draw_figures
    from stats.render import RenderError, render_report

    started = time.perf_counter()
    timings = Timings()
    out: Path = args.out
    data_dir = out / "data"
    figures_dir = args.figures or (out / "figures")
    _check_writable(data_dir)
    frames, _ = _build(args, timings)
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
    print(f"wrote {', '.join(str(p) for p in outputs.values())}", file=sys.stderr)
    if args.timings:
        print(timings.line(), file=sys.stderr)
    print(summary_line(frames, time.perf_counter() - started), file=sys.stderr)
    return 0
