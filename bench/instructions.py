"""Instructions per document of extraction, counted by valgrind: a speed measure that does not drift.

    python bench/instructions.py [--docs N] [--breakdown]

Wall and CPU times on a shared 2-core machine move by 20-50% from run to run,
more than most single changes to extraction save.  The number of machine
instructions a run executes moves by well under 1%, so two versions of the
code can be compared with it.

The corpus is the first 20,000 articles of ``bench/throughput.py`` (same seed),
thinned to ``--docs`` documents (default 400) evenly spread over it.  The
script runs twice under ``valgrind --tool=cachegrind --cache-sim=no`` (Python's
hash seed fixed): once listing the files and building the gazetteer and
patterns only, once also reading and extracting the documents
(``stats.tables.extract_columns``, 100 a task, as a worker does).  The difference, divided by the number of
documents, is printed in millions of instructions per document.  A run takes
about a minute (valgrind slows Python down some 30 times).

``--breakdown`` also prints the share of the difference spent in each of: the
``regex`` module's C code, the standard ``re`` engine, handing the GIL back and
forth (``regex`` releases it around every match on a ``str``), and the rest of
CPython (the interpreter running our Python code, allocation, dicts).

Measured on main after the rules made from the eighth, ninth and tenth blind sets
of bench/styles.jsonl (400 documents): 10.22 million instructions a document
(they cost 0.49: printed pages' broken words and wrapped lines, lists under
"… destroyed:", "by mobile fire groups over …", where debris fell, date lines
over posts, corrections, parts told beside a count, "accounted for the rest");
9.73 after the seventh and eighth (they
cost 0.31: free-prose breakdowns, pipe tables, numbered lists and bullets'
labels, counts before their place in brackets, markdown's marks, denials, "risen
to", the one weapon named before a list); 9.42 after the sixth (9.55
before the review looked for a poster's name only where a post has no speaker;
they cost 0.15: months gone by, "as many", stamped posts and their day, fronted "Of
the N", "Region, N;" lines, two periods in a sentence, "the attack" told
before); 9.27 after the fifth (they
cost 0.21: drills, ground combat, years and spans of days, district lines under
a region's count, the counts a region's waters add up to); 9.06 after the fourth (they
cost 0.20: negated verbs, ", as were", bracketed counts before a region, claimant
qualifiers, the weekly tallies' lists); 8.85 after the second and third sets (they
cost 0.30: a place's launch-site, front and landmark tests, districts "of" a
place, headings, the weapon of elliptic counts); 8.54 on main after the merge of
speed11 (8.48 on branch speed11 alone, its anchors found at word
starts; 8.92 on main before it, the session's rules costing about 0.05; 8.86 on
main after the merge of speed10; 8.55 on branch speed10 alone, 9.07 on main before it:
the rules added beside it cost 0.31; 8.98 on branch speed9, 9.39 on main before it, of which 0.19 were the events' patterns, built
on first use until warm_up built them; 9.37 on main after the merge of speed8;
9.20 on branch speed8 alone, the rules added beside it cost the rest; 9.84 on
main after the merge of speed7; 9.68 on branch speed7 alone, the rules added
beside it cost the rest; 10.08 after speed6, 11.04 before that session, 12.30
before speed5), of which the interpreter and the rest 58%, ``re`` 23%, the
``regex`` module 17%, the GIL hand-offs 2%.  A Python-level
step costs about a thousand instructions (a loop turn, a call, a match object
made), a scan by the engines tens to a hundred a character: what is left is
mostly the many small steps of each sentence that speaks of interceptions.
The patterns ``re`` runs faster are run by it where the two engines agree
(``stats.gates.Twin``), and patterns a sentence cannot match for want of a word
are passed over (``stats.gates.may_hold``); the pattern shares are spread
thinly: no single pattern takes more than about 3% of extraction time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CORPUS_DOCS = 20000  # the throughput corpus, thinned

# Run inside valgrind: list the sample, build what extraction needs, read and extract when asked.
CHILD = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[3])\n"
    "from pathlib import Path\n"
    "from stats.corpus import list_corpus\n"
    "from stats.tables import CHUNK_DOCS, extract_columns, warm_up\n"
    "docs = list_corpus(Path(sys.argv[1]))\n"
    "warm_up()\n"
    "if sys.argv[2] == 'extract':\n"
    "    for i in range(0, len(docs), CHUNK_DOCS):\n"
    "        extract_columns(docs[i:i + CHUNK_DOCS])\n"
)


def sample_corpus(folder: Path, n_docs: int, seed: int = 2024) -> int:
    """Write ``n_docs`` documents spread evenly over the throughput corpus into ``folder``; their number."""
    from throughput import synth_documents, write_documents

    docs = synth_documents(CORPUS_DOCS, seed)
    picked = docs[::max(1, len(docs) // n_docs)][:n_docs]
    write_documents(picked, folder)
    return len(picked)


def count(corpus: Path, mode: str, out_file: Path) -> int:
    """Instructions of one run of CHILD under cachegrind."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    script = out_file.with_suffix(".py")  # a file, not -c: cachegrind's output keeps the command on one line
    script.write_text(CHILD, encoding="utf-8")
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out_file}",
           sys.executable, str(script), str(corpus), mode, str(ROOT)]
    run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"valgrind run failed (exit {run.returncode}):\n{run.stderr[-2000:]}")
    for line in run.stderr.splitlines():
        if "I   refs:" in line or "I refs:" in line:
            return int(line.split(":")[1].replace(",", "").strip())
    raise SystemExit("no instruction count in valgrind's output")


def breakdown(base: Path, full: Path, workdir: Path) -> dict[str, float]:
    """Share of the extra instructions of ``full`` over ``base`` by where they ran."""
    diff = workdir / "diff.out"
    with open(diff, "w") as fh:
        subprocess.run(["cg_diff", str(base), str(full)], stdout=fh, check=True)
    text = subprocess.run(["cg_annotate", "--threshold=0", str(diff)], capture_output=True, text=True, check=True).stdout
    shares: dict[str, float] = {}
    total = 0
    started = False
    for line in text.splitlines():
        if "file:function" in line:
            started = True
            continue
        parts = line.split()
        if not started or len(parts) < 3 or not parts[0].replace(",", "").isdigit():
            continue
        n = int(parts[0].replace(",", ""))
        where = parts[-1]
        kind = ("regex module" if "_regex" in where else "re module" if "_sre" in where
                else "GIL hand-offs" if ("ceval_gil" in where or "pthread_" in where) else "interpreter and the rest")
        shares[kind] = shares.get(kind, 0) + n
        total += n
    return {k: v / total for k, v in sorted(shares.items(), key=lambda kv: -kv[1])} if total else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="documents extracted (default 400)")
    parser.add_argument("--breakdown", action="store_true", help="also say where the instructions ran")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="stats-instr-") as tmp:
        work = Path(tmp)
        n = sample_corpus(work / "corpus", args.docs)
        base = count(work / "corpus", "load", work / "base.out")
        full = count(work / "corpus", "extract", work / "full.out")
        per_doc = (full - base) / n
        print(f"{n} documents: {per_doc / 1e6:.2f} million instructions a document "
              f"(extraction {(full - base) / 1e6:.0f} M, start-up and loading {base / 1e6:.0f} M)")
        if args.breakdown:
            for kind, share in breakdown(work / "base.out", work / "full.out", work).items():
                print(f"  {share:6.1%}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
