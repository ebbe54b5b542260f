"""Fuzz run: random and mutated documents through `python -m stats tables`; `documents.csv` must account for every one.

    python bench/fuzz.py [--docs N] [--seed S] [--workers N] [--keep DIR]      (make fuzz: 10,000 documents)

Writes two corpora into a temporary folder (``--keep DIR``: there, and kept):

* a folder (70% of the documents): claim sentences the team wrote, mutated (characters
  inserted and deleted, odd numbers, line breaks, markup, case, repeats); random Unicode;
  random bytes; claims in cp1251, cp1252, koi8-r and UTF-16 with and without a byte-order
  mark; HTML pages, HTML in .txt, Markdown; front matter good and bad (invalid YAML, an
  impossible date, a python tag, a list); empty files; byte-identical copies; other file
  types; broken symbolic links; files over the size limit; hidden files; nested folders and
  file names that repeat across folders;
* a JSONL file (30%): records with and without ids, repeated ids, malformed lines, lines
  that are not objects, records without text or with a number for text, unpaired
  surrogates, U+2028 in the text, HTML in the text, oversized texts, blank lines.

Then runs ``python -m stats tables`` on each with ``--max-mb 0.05`` and checks:

* exit status 0, nothing on stdout, and stderr exactly one summary line whose counts
  (read, skipped, failed, of how many) match ``documents.csv``;
* every input (file or non-blank line) is one row of ``documents.csv``, by ``source``,
  and nothing else is (hidden files and blank lines are not inputs);
* each kind of input has the status and problem it must have (a broken link is a failure,
  a PDF is skipped, an empty file is read and empty, a malformed line names its number …);
* among rows with the same sha256 and publication date exactly one keeps its claims;
* ``n_claims``/``n_items``/``n_events`` match the claims, interceptions and events tables,
  counts are never negative, and every evidence is the slice of the document text (read
  again in this process) that its ``char_start``/``char_end`` name.

Prints what was generated, the summary lines, the time of each run, and "fuzz: ok"; the exit
status is 1 when any check fails (each failure is listed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402

MAX_MB = "0.05"  # documents over 52,428 bytes are refused in the fuzz run
FOLDER_SHARE = 0.7

CLAIMS = [
    "Air defenses destroyed 12 drones over the Kursk region overnight, the Defense Ministry said.",
    "The ministry said 20 drones were intercepted: 11 over the Oryol region, six over the Tula region and three over the Lipetsk region.",
    "Governor Gladkov said a drone was shot down over the Shebekinsky district on May 4.",
    "Moscow Mayor Sergei Sobyanin wrote that air defenses shot down two drones flying towards Moscow.",
    "The Defense Ministry said 10 drones were destroyed: two each over the Kaluga and Smolensk regions and six over the Tver region.",
    "From 11:23 pm on November 11 to 7:00 am on November 12, air defenses destroyed 64 drones over the Bryansk region.",
    "Seven UAVs were neutralised near Belgorod at night; debris fell on a roof and an air raid alert was declared.",
    "The Defense Ministry reported that 7 drones were downed. Four were shot down over the Ryazan region, and three over the Tambov region.",
    "Over the past day, 8 drones were destroyed over the Black Sea and over Crimea, the ministry said.",
]
CYRILLIC = [
    "Губернатор Брянской области сообщил: над Брянском сбиты пять беспилотников.",
    "Над Запоріжжям збито п’ять дронів, повідомив голова обласної адміністрації.",
]
WESTERN = ["Zaporizhzhia — 5 drones, the governor’s “all clear” at the café.", "Café owners in Belgorod said «two» drones fell."]
ODD = ["0", "-3", "99999999999999999999", "1,000,000", "twenty-three", "a dozen", "3.5", "\n", "\n\n", "\r\n", "\t", "\u00a0",
       "\u200b", "\u2028", "\u202e", "\u0301", "<p>", "</li>", "**", "](", "—", "…", "«", "“", ".", ";", ":", "(", "drones", "Kursk"]
FOLDERS = ["", "", "", "a", "b", "a/deep", "b/c/d", "2024/05", "2024/05/02"]
OTHER_SUFFIXES = [".pdf", ".docx", ".csv", ".png", ".json", ""]
STEMS = ["report", "news", "index", "article"]  # names that repeat across folders: renamed ids


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(0, 4)):
        pos = rng.randint(0, len(text))
        kind = rng.choice(["insert", "delete", "odd", "repeat", "case", "join"])
        if kind == "insert":
            text = text[:pos] + random_unicode(rng, rng.randint(1, 5)) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[min(len(text), pos + rng.randint(1, 12)):]
        elif kind == "odd":
            text = text[:pos] + rng.choice(ODD) + text[pos:]
        elif kind == "repeat":
            text = text + " " + text[pos:]
        elif kind == "case":
            text = text.upper() if rng.random() < 0.5 else text.lower()
        else:
            text = text + rng.choice([" ", "\n", "\n\n"]) + rng.choice(CLAIMS)
    return text


def random_unicode(rng: random.Random, n: int) -> str:
    """Characters from Latin, Cyrillic, CJK, emoji, combining marks, punctuation and controls (no surrogates)."""
    ranges = [(0x20, 0x7E), (0x09, 0x0D), (0xA0, 0x17F), (0x400, 0x4FF), (0x300, 0x36F), (0x2000, 0x206F),
              (0x4E00, 0x4F00), (0x1F300, 0x1F64F), (0x0, 0x1F), (0xFFF0, 0xFFFD)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(ranges)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


@dataclass
class Expected:
    kind: str
    statuses: set[str]  # allowed statuses
    problem: str | None = None  # a phrase that must be in problems


ANY = {"ok", "no_claims", "error"}
READ = {"ok", "no_claims"}


def write_folder(root: Path, n: int, rng: random.Random) -> dict[str, Expected]:
    """``n`` inputs under ``root`` (plus hidden files that are not inputs); {source: what must come of it}."""
    expected: dict[str, Expected] = {}
    texts: list[bytes] = []  # written texts, for byte-identical copies
    kinds = ["claim"] * 30 + ["front_matter"] * 8 + ["bad_front_matter"] * 3 + ["unicode"] * 10 + ["bytes"] * 4 + \
        ["encoded"] * 5 + ["html"] * 5 + ["html_in_txt"] * 3 + ["markdown"] * 4 + ["empty"] * 2 + ["copy"] * 4 + \
        ["other_type"] * 3 + ["broken_link"] * 1 + ["too_large"] * 1
    root.mkdir(parents=True, exist_ok=True)
    (root / ".hidden.txt").write_text("not an input", encoding="utf-8")
    (root / ".git").mkdir(exist_ok=True)
    (root / ".git" / "HEAD").write_text("not an input", encoding="utf-8")
    i = 0
    while len(expected) < n:
        i += 1
        kind = rng.choice(kinds)
        folder = root / rng.choice(FOLDERS)
        stem = rng.choice(STEMS) if rng.random() < 0.05 else f"{kind}-{i:05d}"
        suffix, raw, want = ".txt", b"", Expected(kind, READ)
        claim = mutate(rng, rng.choice(CLAIMS))
        if kind == "claim":
            raw = claim.encode("utf-8")
        elif kind == "front_matter":
            raw = f"---\npublished: 2024-05-{rng.randint(1, 28):02d}\nurl: https://example.org/{i}\n---\n{claim}".encode()
        elif kind == "bad_front_matter":
            head, problem = rng.choice([
                ("published: [2024", "front matter is not valid YAML"),
                ("published: 2024-13-45", "front matter is not valid YAML"),
                ("published: !!python/object/apply:os.system ['false']", "front matter is not valid YAML"),
                ("- a\n- b", "front matter is not a mapping"),
                ("url: {a: 1}", "url is not a single value"),
                ("published: 9999-12-31", "is not between 1900 and 2100"),
                ("published: 0001-01-01", "is not between 1900 and 2100"),
            ])
            raw = f"---\n{head}\n---\n{claim}".encode()
            want = Expected(kind, READ, problem)
        elif kind == "unicode":
            raw = random_unicode(rng, rng.randint(0, 300)).encode("utf-8")
            want = Expected(kind, ANY)  # mostly control characters: binary
        elif kind == "bytes":
            raw = rng.randbytes(rng.randint(1, 2000))
            want = Expected(kind, ANY)
        elif kind == "encoded":
            codec = rng.choice(["cp1251", "koi8_r", "cp1252", "utf-16", "utf-16-le", "utf-16-be"])
            extra = rng.choice({"cp1251": CYRILLIC, "koi8_r": CYRILLIC[:1], "cp1252": WESTERN}.get(codec, WESTERN + CYRILLIC))
            raw = (extra + " " + rng.choice(CLAIMS)).encode(codec)
            want = Expected(kind, READ, "decoded as")
        elif kind == "html":
            suffix = rng.choice([".html", ".htm"])
            raw = (f"<html><head><title>{claim}</title><script>var x = '{rng.choice(CLAIMS)}';</script></head><body>"
                   f"<p>{claim}</p><ul><li>6 over the Bryansk region</li><li>{mutate(rng, '4 over the Kursk region')}</li></ul>"
                   f"</body></html>").encode()
        elif kind == "html_in_txt":
            raw = f"<div><p>{claim}</p><br>{rng.choice(CLAIMS)}</div>".encode()
            want = Expected(kind, READ, "HTML markup found and reduced to text")
        elif kind == "markdown":
            suffix = rng.choice([".md", ".markdown"])
            raw = f"## Overnight\n\n**{claim}**\n\n- [six](https://x.org) over the *Bryansk* region\n> quoted".encode()
        elif kind == "empty":
            raw = rng.choice([b"", b" ", b"\n\n", b"\xef\xbb\xbf"])
            want = Expected(kind, {"no_claims"}, "empty document: no text")
        elif kind == "copy":
            if not texts:
                continue
            raw = rng.choice(texts)  # same bytes as an earlier file: checked by the sha256 groups
        elif kind == "other_type":
            suffix = rng.choice(OTHER_SUFFIXES)
            raw = rng.randbytes(50)
            want = Expected(kind, {"error"}, "skipped: not a file type that is read")
        elif kind == "broken_link":
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{stem}.txt"
            if path.exists() or path.is_symlink():
                continue
            os.symlink(root / "nowhere" / f"{i}.txt", path)
            expected[path.relative_to(root).as_posix()] = Expected(kind, {"error"}, "broken symbolic link")
            continue
        elif kind == "too_large":
            raw = (claim + "\n").encode() * (60_000 // max(1, len(claim)) + 2)
            want = Expected(kind, {"error"}, "skipped: too large")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem}{suffix}"
        if path.exists() or path.is_symlink():
            continue
        path.write_bytes(raw)
        expected[path.relative_to(root).as_posix()] = want
        if kind in ("claim", "front_matter", "html", "html_in_txt", "markdown", "encoded"):
            texts.append(raw)
    return expected


def write_jsonl(file: Path, n: int, rng: random.Random) -> dict[str, Expected]:
    """``n`` non-blank lines (and some blank ones) in a JSONL file; {source: what must come of it}."""
    expected: dict[str, Expected] = {}
    lines: list[str] = []
    ids: list[str] = []
    while len(expected) < n:
        kind = rng.choice(["record"] * 10 + ["no_id"] * 3 + ["repeated_id"] * 2 + ["malformed"] * 2 + ["not_object"]
                          + ["no_text"] + ["surrogate"] + ["line_separator"] + ["html"] * 2 + ["too_large"] + ["blank"])
        record = {"id": f"r{len(lines)}",
                  "published": rng.choice([None, "2024-05-02", "2024-05-02", "2024-13-45", "May 2024", "9999-12-31", "0001-01-01"]),
                  "text": mutate(rng, rng.choice(CLAIMS))}
        want = Expected(kind, READ)
        if kind == "blank":
            lines.append(rng.choice(["", "   ", "\t"]))
            continue
        if kind == "no_id":
            record.pop("id")
            want = Expected(kind, READ, "no id, derived")
        elif kind == "repeated_id" and ids:
            record["id"] = rng.choice(ids)
            want = Expected(kind, READ, "duplicate id")
        elif kind == "no_text":
            record["text"] = rng.choice([None, 42, ["a"], {"b": 1}])
            if record["text"] is None:
                record.pop("text")
            want = Expected(kind, {"error"}, "no text field" if "text" not in record else "text is not a string")
        elif kind == "line_separator":
            record["text"] = record["text"].replace(" ", "\u2028", 1)
        elif kind == "html":
            record["text"] = f"<p>{record['text']}</p><p>{rng.choice(CLAIMS)}</p>"
            want = Expected(kind, READ, "HTML markup found")
        elif kind == "too_large":
            record["text"] = (record["text"] + " ") * (60_000 // max(1, len(record["text"])) + 2)
            want = Expected(kind, {"error"}, "skipped: too large")
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        if kind == "malformed":
            line = line[:rng.randint(0, max(0, len(line) - 2))] + rng.choice(["", "}", "\"", ",", "{"])
            if not line.strip() or _parses(line):  # a cut that left a blank line or valid JSON
                line += "{"
            want = Expected(kind, {"error"}, f"not valid JSON (line {len(lines) + 1}, column ")
        elif kind == "not_object":
            line = json.dumps(rng.choice([[1, 2], "text", 3, None, True]))
            want = Expected(kind, {"error"}, f"not a JSON object (line {len(lines) + 1}:")
        elif kind == "surrogate":
            line = line.replace("drone", "dro\\ud800ne", 1) if "drone" in line else line[:-1] + ', "x": "\\udc00"}'
            want = Expected(kind, READ)
        if "id" in record and kind not in ("malformed", "not_object"):
            ids.append(str(record["id"]))
        lines.append(line)
        expected[f"{file.name}:line {len(lines)}"] = want
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


RE_SUMMARY = re.compile(r"^read (\d+) of (\d+) documents \(.*?\); skipped (\d+)(?: \(.*?\))?; failed (\d+)(?: \(.*?\))?; "
                        r"\d+ claims, \d+ interception items, \d+ events \([\d.]+ s\)$")


def check(corpus: Path, out: Path, expected: dict[str, Expected], stderr: str, returncode: int, stdout: str) -> list[str]:
    """Every check of the module docstring; the list of what failed."""
    from stats.corpus import read_corpus
    from stats.duplicates import REPEAT_MARK

    errors: list[str] = []
    if returncode != 0:
        return [f"exit status {returncode}: {stderr[-2000:]}"]
    if stdout:
        errors.append(f"stdout is not empty: {stdout[:200]!r}")
    lines = stderr.splitlines()
    match = RE_SUMMARY.match(lines[0]) if len(lines) == 1 else None
    if match is None:
        errors.append(f"stderr is not one summary line: {stderr[:1000]!r}")
    docs = pl.read_csv(out / "documents.csv", infer_schema_length=0)
    sources = Counter(docs["source"].to_list())
    if docs.height != len(expected) or set(sources) != set(expected):
        missing, extra = set(expected) - set(sources), set(sources) - set(expected)
        errors.append(f"documents.csv has {docs.height} rows for {len(expected)} inputs; "
                      f"missing {sorted(missing)[:5]}, not inputs {sorted(extra)[:5]}")
    errors += [f"{s}: {n} rows" for s, n in sources.items() if n > 1][:5]
    if match:
        read, total, skipped, failed = map(int, match.groups())
        status = docs["status"].to_list()
        skip = [p is not None and p.startswith("skipped: ") for p in docs["problems"].to_list()]
        want = (sum(s != "error" for s in status), docs.height, sum(s == "error" and k for s, k in zip(status, skip)),
                sum(s == "error" and not k for s, k in zip(status, skip)))
        if (read, total, skipped, failed) != want:
            errors.append(f"summary says read/total/skipped/failed {(read, total, skipped, failed)}, documents.csv {want}")
    for row in docs.iter_rows(named=True):
        want = expected.get(row["source"])
        if want is None:
            continue
        if row["status"] not in want.statuses:
            errors.append(f"{row['source']} ({want.kind}): status {row['status']}, expected {sorted(want.statuses)}: {row['problems']}")
        elif want.problem and want.problem not in (row["problems"] or ""):
            errors.append(f"{row['source']} ({want.kind}): problems {row['problems']!r} lack {want.problem!r}")
        if row["status"] == "error" and not row["problems"]:
            errors.append(f"{row['source']}: an error without a reason")
    for (sha, published), group in docs.filter(pl.col("sha256").is_not_null() & (pl.col("n_chars") != "0")).group_by(
            "sha256", "published"):
        kept = group.filter(~pl.col("problems").fill_null("").str.contains(REPEAT_MARK, literal=True))
        if kept.height != 1:
            errors.append(f"sha256 {sha[:12]}, published {published}: {group.height} documents, {kept.height} keep their claims")
    tables = {name: pl.read_parquet(out / f"{name}.parquet") for name in ("documents", "claims", "interceptions", "events")}
    counted = tables["documents"].select("doc_id", "n_claims", "n_items", "n_events")
    for table, column in (("claims", "n_claims"), ("interceptions", "n_items"), ("events", "n_events")):
        rows = tables[table].group_by("doc_id").len()
        joined = counted.join(rows, on="doc_id", how="left", validate="1:1").with_columns(pl.col("len").fill_null(0))
        bad = joined.filter(pl.col(column) != pl.col("len"))
        if bad.height:
            errors.append(f"{column} differs from the rows of {table} for {bad.height} documents, e.g. {bad.head(2).to_dicts()}")
    if (tables["interceptions"]["count"].drop_nulls() < 0).any():
        errors.append("a negative count")
    texts = {d.doc_id: d.text for d in read_corpus(corpus, max_bytes=int(float(MAX_MB) * 2**20))}
    for table in ("claims", "interceptions", "events"):
        for row in tables[table].select("doc_id", "evidence", "char_start", "char_end").iter_rows(named=True):
            if texts[row["doc_id"]][row["char_start"]:row["char_end"]] != row["evidence"]:
                errors.append(f"{table}: evidence of {row['doc_id']} at {row['char_start']}:{row['char_end']} is not the text there")
                break
    return errors


def run_tables(corpus: Path, out: Path, workers: int) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "stats", "tables", str(corpus), "--out", str(out), "--max-mb", MAX_MB,
                           "--workers", str(workers)], capture_output=True, text=True, cwd=ROOT)
    return proc, time.perf_counter() - started


def fuzz(base: Path, n_docs: int, seed: int, workers: int, say=print) -> list[str]:
    """Write the corpora under ``base``, run ``tables`` on each, check; the list of failures."""
    rng = random.Random(seed)
    n_folder = round(n_docs * FOLDER_SHARE)
    corpora = {
        "folder": (base / "folder", write_folder(base / "folder", n_folder, rng)),
        "jsonl": (base / "fuzz.jsonl", write_jsonl(base / "fuzz.jsonl", n_docs - n_folder, rng)),
    }
    failures: list[str] = []
    for name, (corpus, expected) in corpora.items():
        kinds = Counter(e.kind for e in expected.values())
        say(f"{name}: {len(expected)} inputs ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
        proc, seconds = run_tables(corpus, base / f"out-{name}", workers)
        say(f"  {proc.stderr.strip()}")
        say(f"  tables: {seconds:.1f} s")
        failures += [f"{name}: {e}" for e in check(corpus, base / f"out-{name}", expected, proc.stderr, proc.returncode, proc.stdout)]
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in all (default 10,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the corpora and tables here and keep them")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.keep:
        if args.keep.exists():
            shutil.rmtree(args.keep)
        failures = fuzz(args.keep, args.docs, args.seed, args.workers)
    else:
        with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
            failures = fuzz(Path(tmp), args.docs, args.seed, args.workers)
    for failure in failures[:50]:
        print(f"FAIL {failure}")
    print(f"fuzz: {'ok' if not failures else f'{len(failures)} failures'}: {args.docs} documents, seed {args.seed}, "
          f"{time.perf_counter() - started:.1f} s in all")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
