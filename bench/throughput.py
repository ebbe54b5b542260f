"""Throughput of `python -m stats tables` on a large synthetic corpus.

    python bench/throughput.py [--docs N] [--workers N [N ...]] [--json OUT] [--keep] [--profile]

Writes a corpus of ``--docs`` articles (default 20,000) into a temporary
folder (``--keep``: ``bench/results/corpus-N``, git-ignored): the synthetic
styles of ``stats.synth`` (ministry statements, TASS and Reuters items,
governors' posts, duplicates, noise) mixed with long feature articles (long
narrative paragraphs with places and events and few numbers, like the seeds).
Then, for each ``--workers`` value (default: all cores), runs
``python -m stats tables`` on it as a subprocess and measures wall time,
articles/s, MB/s of document text, and peak memory:

* ``peak tree RSS``: the largest sum of resident memory over the process and
  all its descendants, sampled from /proc every 20 ms (psutil is not a
  dependency);
* ``max process RSS``: ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a wrapper
  around the run: the largest single process.

``tables`` lists a folder corpus and its worker processes read their own
files (``stats.corpus.list_corpus``), 100 documents a task, and send back
columns; the ``read_corpus only`` row is reading every document in one
process, for comparison.

The "physical floor" is the same document texts scanned by one compiled
regex (``\\d+\\s+\\w+``, ``finditer`` over every text) in this process; the
ratio says how many times slower the pipeline is than one pass over the bytes.

``--profile`` runs extraction (``stats.tables.extract_document``) of ~500
documents of the same mix in-process under cProfile and prints the top 25
functions by cumulative time (and the top 15 by own time).

On the shared 2-core machine wall times of the same code move by 20-50% from
run to run (the floor row moves with them: compare the "× floor" column more
than the seconds).  To compare two versions of extraction, count instructions
instead: ``bench/instructions.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from stats import synth  # noqa: E402
from stats.corpus import Document, read_corpus  # noqa: E402

RESULTS = ROOT / "bench" / "results"
FLOOR_PATTERN = r"\d+\s+\w+"
FEATURE_RATE = 0.85  # feature articles per day, beside ~1.9 claim/noise documents: ~30% of documents


# ----------------------------------------------------------------------------- corpus


def synth_documents(n_docs: int, seed: int):
    """The first ``n_docs`` documents of a long synthetic run (no trend: counts stay realistic)."""
    days = int(n_docs / 2.6) + 30
    truth = synth.simulate_truth(days, seed, start=dt.date(2000, 1, 1), growth_per_30d=0.0, base=35.0)
    writer = synth.CorpusWriter(seed)
    out = []
    for doc in writer.iter_documents(truth, feature_rate=FEATURE_RATE):
        out.append(doc)
        if len(out) == n_docs:
            return out
    while len(out) < n_docs:  # a short run: top up with feature articles
        day = dt.date(2000, 1, 1) + dt.timedelta(days=len(out))
        out.append(writer.noise_doc(day, "feature", f"{day.isoformat()}_f{len(out)}"))
    return out


def write_documents(docs, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (folder / f"{doc.name}.txt").write_text(doc.file_text(), encoding="utf-8", newline="\n")


# ----------------------------------------------------------------------------- measuring

# Runs the command and reports the largest RSS of any process it waited for (KiB on Linux).
WRAPPER = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[2:]).returncode\n"
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
    "sys.exit(rc)\n"
)


def _tree_rss_kib(root_pid: int) -> int:
    """Sum of VmRSS over root_pid and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as fh:
                ppid = vm = 0
                for line in fh:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        vm = int(line.split()[1])
        except (OSError, ValueError):
            continue
        pid = int(entry.name)
        rss[pid] = vm
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_tables(corpus: Path, out: Path, workers: int) -> dict:
    cmd = [sys.executable, "-m", "stats", "tables", str(corpus), "--out", str(out), "--workers", str(workers)]
    with tempfile.NamedTemporaryFile("r", suffix=".maxrss", delete=False) as fh:
        maxrss_file = fh.name
    peak = [0]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, maxrss_file, *cmd], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        if not Path("/proc").is_dir():
            return
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kib(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    try:
        maxrss = int(Path(maxrss_file).read_text() or 0)
    finally:
        Path(maxrss_file).unlink(missing_ok=True)
    if proc.returncode != 0:
        raise SystemExit(f"python -m stats tables failed (exit {proc.returncode}):\n{stderr[-2000:]}")
    return {"workers": workers, "wall_s": wall, "peak_tree_rss_mib": peak[0] / 1024 if peak[0] else None,
            "max_process_rss_mib": maxrss / 1024, "summary": stderr.strip().splitlines()[-1] if stderr.strip() else ""}


def regex_floor(texts: list[str], repeat: int = 3) -> float:
    """Best-of-``repeat`` seconds for one compiled regex to scan every text."""
    rx = regex.compile(FLOOR_PATTERN)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        n = 0
        for text in texts:
            for _m in rx.finditer(text):
                n += 1
        best = min(best, time.perf_counter() - started)
    return best


# ----------------------------------------------------------------------------- profile


def profile(docs, n: int = 500, top: int = 25) -> str:
    from stats.tables import extract_document

    sample = [Document(doc_id=d.name, source=d.name, text=d.text, sha256="", published=d.published.isoformat())
              for d in docs[:n]]
    extract_document(sample[0])  # load the gazetteer and vocabulary outside the profile
    prof = cProfile.Profile()
    started = time.perf_counter()
    prof.enable()
    for doc in sample:
        extract_document(doc)
    prof.disable()
    elapsed = time.perf_counter() - started
    buf = io.StringIO()
    buf.write(f"extract_document on {len(sample)} documents in-process: {elapsed:.2f} s under cProfile "
              f"({len(sample) / elapsed:.0f} docs/s with profiling overhead)\n\n")
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    buf.write(f"Top {top} by cumulative time:\n")
    stats.sort_stats("cumulative").print_stats(top)
    buf.write("Top 15 by own time:\n")
    stats.sort_stats("tottime").print_stats(15)
    return buf.getvalue()


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20000, help="number of articles (default 20000)")
    parser.add_argument("--workers", type=int, nargs="+", default=None, metavar="N",
                        help="extraction processes, one run per value (default: all cores)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the results as JSON")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", action="store_true", help="keep the corpus and tables in bench/results/")
    parser.add_argument("--profile", action="store_true",
                        help="also profile extraction of ~500 documents in-process (top 25 by cumulative time)")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    workers = args.workers or [os.cpu_count() or 1]

    t0 = time.perf_counter()
    docs = synth_documents(args.docs, args.seed)
    gen_s = time.perf_counter() - t0
    if args.keep:
        RESULTS.mkdir(parents=True, exist_ok=True)
        base = RESULTS
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="stats-bench-")
        base = Path(tmp.name)
    corpus = base / f"corpus-{args.docs}"
    if corpus.exists():
        shutil.rmtree(corpus)
    write_documents(docs, corpus)

    t0 = time.perf_counter()
    texts = [d.text for d in read_corpus(corpus)]
    read_s = time.perf_counter() - t0
    text_bytes = sum(len(t.encode("utf-8")) for t in texts)
    file_bytes = sum(p.stat().st_size for p in corpus.iterdir())
    n_features = sum(1 for d in docs if "noise:feature" in d.phrasings)
    floor_s = regex_floor(texts)
    mb = text_bytes / 1e6

    print(f"corpus: {len(texts)} articles ({n_features} long feature articles), {mb:.1f} MB of text "
          f"({file_bytes / 1e6:.1f} MB of files), generated in {gen_s:.1f} s; {os.cpu_count()} cores", file=sys.stderr)
    runs = []
    for w in workers:
        out = base / f"tables-{args.docs}-w{w}"
        if out.exists():
            shutil.rmtree(out)
        r = run_tables(corpus, out, w)
        r.update(articles_per_s=len(texts) / r["wall_s"], mb_per_s=mb / r["wall_s"], floor_ratio=r["wall_s"] / floor_s)
        runs.append(r)
        print(f"  workers={w}: {r['summary']}", file=sys.stderr)

    rows = [("run", "wall s", "articles/s", "MB/s", "peak tree RSS MiB", "max proc RSS MiB", "× floor")]
    for r in runs:
        rows.append((f"stats tables, workers={r['workers']}", f"{r['wall_s']:.1f}", f"{r['articles_per_s']:.0f}",
                     f"{r['mb_per_s']:.2f}", f"{r['peak_tree_rss_mib']:.0f}" if r["peak_tree_rss_mib"] else "n/a",
                     f"{r['max_process_rss_mib']:.0f}", f"{r['floor_ratio']:.0f}"))
    rows.append(("read_corpus only (in-process)", f"{read_s:.2f}", f"{len(texts) / read_s:.0f}", f"{mb / read_s:.1f}",
                 "", "", f"{read_s / floor_s:.1f}"))
    rows.append((f"floor: regex {FLOOR_PATTERN} finditer", f"{floor_s:.3f}", f"{len(texts) / floor_s:.0f}",
                 f"{mb / floor_s:.1f}", "", "", "1"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(widths[j]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)))
        if i == 0:
            print("  ".join("-" * w for w in widths))

    result = {
        "docs": len(texts), "feature_docs": n_features, "text_mb": mb, "file_mb": file_bytes / 1e6,
        "cores": os.cpu_count(), "seed": args.seed, "generate_s": gen_s, "read_corpus_s": read_s,
        "floor": {"pattern": FLOOR_PATTERN, "seconds": floor_s, "mb_per_s": mb / floor_s}, "runs": runs,
    }
    if args.profile:
        text = profile(docs)
        print("\n" + text)
        result["profile"] = text
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
