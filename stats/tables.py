"""Building the tidy tables from a corpus and writing them (CSV with BOM, Parquet, codebook).

``extract_document`` turns one ``Document`` into table rows; it is a pure
function of the document, so a corpus can be processed in parallel.
``build_tables`` gathers the rows into frames that follow ``stats.schema``;
``write_tables`` validates and writes them.
"""

from __future__ import annotations

import datetime as dt
import os
from itertools import chain
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from stats import schema
from stats.corpus import Document, DocumentFile, load_document
from stats.dates import attack_days, claim_date, crosses_midnight, dated_window, event_times, minutes_of, source_line_day
from stats.duplicates import drop_repeated_documents
from stats.patterns import RE_ATTACK, RE_LATER_SAME_DAY, RE_NIGHT_HEADING, RE_NO_TIME_TOLD, RE_QUOTES
from stats.events import find_events
from stats.extract import extract, infer_claimant
from stats.gazetteer import gazetteer
from stats.series import build_series

BOM = b"\xef\xbb\xbf"
PARALLEL_MIN_DOCS = 200  # below this, one process is faster than starting workers
CHUNK_DOCS = 100  # documents per task sent to a worker


@dataclass
class DocRows:
    document: dict
    claims: list[dict] = field(default_factory=list)
    interceptions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def extract_document(doc: Document, assume_year: int | None = None) -> DocRows:
    """One document's rows for every table."""
    base = {
        "doc_id": doc.doc_id, "source": doc.source, "sha256": doc.sha256 or None, "published": doc.published,
        "url": doc.url, "outlet": doc.outlet, "n_chars": len(doc.text),
    }
    failed = {**base, "n_claims": 0, "n_items": 0, "n_events": 0, "status": "error"}
    if doc.error:
        return DocRows({**failed, "problems": "; ".join(doc.problems)})
    gaz = gazetteer()
    try:
        result = extract(doc.text, doc.published, assume_year, gaz)
    except Exception as exc:  # noqa: BLE001 - a bug met on one document is that document's problem, not the run's end
        return DocRows({**failed, "problems": f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}; please report this document)"})
    claim_sentences = {s.index for c in result.claims for s in c.sentences + c.repeats}
    doc_day: list = []  # the document's day, found when a claim first needs it (most claims state a time)
    rows = DocRows({})
    timed_before = False  # has a claim before this one stated a time of its own?
    for n, claim in enumerate(result.claims, start=1):
        claim_id = f"{doc.doc_id}#{n}"
        role, inferred = infer_claimant(claim)
        event_date, window = claim_date(claim.times, result.anchor)
        if any("when" in s.text and RE_NO_TIME_TOLD.search(s.text) for s in claim.sentences) and not any(
                s.start <= t.start < s.end for t in event_times(claim.times) for s in claim.sentences):
            event_date = window = None  # "…, he did not say when": no day to give it, not the article's nor the heading's
        elif event_date is None and not any(t.date for t in claim.times if not t.dateline):
            event_date = paragraph_day(result.facts, claim.sentences[0], claim_sentences)
            if event_date is None and not timed_before:  # the lead's day is not for claims after one that gave its own
                if not doc_day:
                    doc_day.append(document_day(result.facts, claim_sentences))
                event_date = doc_day[0]
            if event_date is None and rows.claims and rows.claims[-1]["claimant"] == role and (
                    RE_LATER_SAME_DAY.match(claim.sentences[0].text) or _told_at_hours(claim) and any(t.kind == "clock" for t in result.claims[n - 2].times)):
                event_date = rows.claims[-1]["event_date"]
                if event_date is not None:
                    event_date += dt.timedelta(days=_past_midnight(result.claims[n - 2], claim))
                # "… during the day. Later, the governor added that four more were downed"; "At 10:12, … two UAVs … At 14:40, the
                # governor reported that three more …": the same speaker's posts of that day (or of the next, after 23:42 one at 00:37)
            if event_date is None:
                event_date = source_line_day(doc.text)  # "Source: …, in Russian 2150 gmt 23 Mar 26": when the post it translates was made
        if window is not None and n > 1 and _window_goes_on(result.claims[n - 2], claim, window) and rows.claims[-1]["claimant"] == role \
                and rows.claims[-1]["event_date"] is not None:
            event_date = rows.claims[-1]["event_date"]  # "From 9:00 to 14:00 on Saturday, 18 … From 14:00 to 20:00, another 23": that day
            window = dated_window(window, event_date)
        timed_before = timed_before or bool(event_times(claim.times))
        when_text = "; ".join(dict.fromkeys(t.text.strip() for t in claim.times)) or None
        start = claim.sentences[0].start
        end = claim.sentences[-1].end
        total = claim.stated_total
        itemized = claim.itemized_sum
        rows.claims.append({
            "claim_id": claim_id, "doc_id": doc.doc_id, "claimant": role,
            "claimant_name": claim.claimant.name if claim.claimant else None, "claimant_inferred": inferred,
            "event_date": event_date, "window_start": window.window_start if window else None,
            "window_end": window.window_end if window else None, "when_text": when_text,
            "stated_total": total, "total_qualifier": claim.total_qualifier if total is not None else None,
            "itemized_sum": itemized,
            "unattributed": (total - itemized) if total is not None and itemized is not None and total > itemized else None,
            "reconciliation": claim.reconciliation, "reconciliation_note": claim.note,
            "evidence": doc.text[start:end], "char_start": start, "char_end": end,
        })
        for item in claim.items:
            code = item.region_code
            rows.interceptions.append({
                "claim_id": claim_id, "doc_id": doc.doc_id, "event_date": event_date, "region_code": code,
                "region_name": gaz.name_of(code), "place_text": " ".join(item.place_text.split()), "count": item.count,
                "qualifier": item.qualifier if item.count is not None else "unspecified", "shared": item.shared,
                "reading": item.reading, "weapon": item.weapon, "claimant": role,
                "evidence": doc.text[item.start:item.end], "char_start": item.start, "char_end": item.end,
            })
    for event in find_events(doc.text, result.facts, gaz):
        rows.events.append({
            "doc_id": doc.doc_id, "event_date": event.event_date, "region_code": event.region_code,
            "region_name": gaz.name_of(event.region_code), "kind": event.kind, "when_text": event.when_text,
            "detail": event.detail, "evidence": event.evidence, "char_start": event.start, "char_end": event.end,
        })
    problems = doc.problems + result.problems
    rows.document = {
        **base, "n_claims": len(rows.claims), "n_items": len(rows.interceptions), "n_events": len(rows.events),
        "status": "ok" if rows.claims else "no_claims", "problems": "; ".join(problems) or None,
    }
    return rows


def _past_midnight(before, claim) -> int:
    """1 when ``claim`` was told at an hour just past midnight after the one ``before`` was told at ("At 23:42 …", then "At 00:37
    …"), else 0."""
    a = [t for t in before.times if t.kind == "clock"]
    b = [t for t in claim.times if t.kind == "clock"]
    if not a or not b:
        return 0
    return int(crosses_midnight(minutes_of(a[-1]), minutes_of(b[0])))


def _told_at_hours(claim) -> bool:
    """Told at an hour of the day and at no other time: "At 14:40, the governor reported …"."""
    return bool(claim.times) and all(t.kind == "clock" and t.date is None and not t.relative for t in claim.times)


def _window_goes_on(before, claim, window) -> bool:
    """Does ``claim``'s window, told with no day, start when the window of the claim before it ended, within that day?"""
    if window.clocks is None or window.clocks[0] >= window.clocks[1] or any(t.date for t in claim.times if t is not window and not t.announcement):
        return False
    earlier = next((t for t in event_times(before.times) if t.kind == "window" and t.clocks), None)
    return earlier is not None and earlier.clocks[1] == window.clocks[0]


def document_day(facts, claim_sentences: set[int]) -> "dt.date | None":
    """The one day that the attack sentences leading up to a document's first claim name, if exactly one.

    A claim that states no time of its own is dated by it: "On April 27 drones
    attacked two refineries … The ministry said 66 drones were destroyed."
    """
    first = min(claim_sentences, default=len(facts))
    leading = [f for f in facts[:first + 1] if RE_ATTACK.search(f.sentence.text) and f.sentence.index not in claim_sentences
               and not _opens_claims_quote(f, claim_sentences)]
    days = {day for f in leading for day in attack_days(f.times)}
    # "On the night of October 12, Russia attacked … The attack began at 18:00 on October 11": the night named is the day
    nights = {t.date for f in leading for t in event_times(f.times) if t.kind == "night_of" and t.date} if len(days) > 1 else set()
    days = nights if len(nights) == 1 and max(days) in nights else days
    return days.pop() if len(days) == 1 else None


def paragraph_day(facts, first, claim_sentences: set[int]) -> "dt.date | None":
    """The day named by the closest attack sentence before a claim in the claim's paragraph.

    "On January 2, Ukraine fired rockets at Belgorod three times. The governor
    said four targets were shot down." → January 2 for the governor's claim.
    Claims in between that state no time are passed over; one that states a day
    of its own stops the search (its day is its own, not the paragraph's).
    """
    for f in reversed(facts[:first.index]):
        if f.sentence.paragraph != first.paragraph:
            return None
        days = attack_days(f.times)  # empty just when event_days is
        if f.sentence.index in claim_sentences:
            if days or any(t.kind in ("clock", "window", "relative") for t in f.times if not t.announcement):
                return None
            continue
        if (RE_ATTACK.search(f.sentence.text) or RE_NIGHT_HEADING.match(f.sentence.text)) and len(days) == 1:
            if _opens_claims_quote(f, claim_sentences):
                return None  # '"During the past night, an attempt … was stopped. Air defenses destroyed …," the ministry said.'
            return days.pop()
    return None


def _opens_claims_quote(f, claim_sentences: set[int]) -> bool:
    """Does this sentence open a quotation that goes on into a claim's sentence? Then its day is that claim's."""
    return f.sentence.index + 1 in claim_sentences and _quote_runs_on(f.sentence.text)


def _quote_runs_on(sentence: str) -> bool:
    """Does a quotation open in this sentence and go on into the next one?

    >>> _quote_runs_on('"Overnight, an attack was stopped.')
    True
    >>> _quote_runs_on('"Overnight, an attack was stopped," he said.')
    False
    """
    marks = RE_QUOTES.findall(sentence)
    if not marks:
        return False
    if marks[-1] == '"':
        return marks.count('"') % 2 == 1  # straight quotes open and close alike: an odd one is left open
    return marks[-1] in "“«"


EXTRACTED = ("documents", "claims", "interceptions", "events")


def extract_columns(docs: list[Document | DocumentFile], assume_year: int | None = None, progress=None) -> dict[str, dict[str, list]]:
    """The rows of some documents as columns of each table (compact to send between processes).

    A ``DocumentFile`` is read here, so a worker reads its own files.
    """
    rows: dict[str, list[dict]] = {name: [] for name in EXTRACTED}
    for item in docs:
        r = extract_document(load_document(item), assume_year)
        rows["documents"].append(r.document)
        rows["claims"] += r.claims
        rows["interceptions"] += r.interceptions
        rows["events"] += r.events
        if progress:
            progress()
    return {name: schema.columns_from_rows(name, rows[name]) for name in EXTRACTED}


def _extract_chunk(job) -> dict[str, dict[str, list]]:
    return extract_columns(*job)


def build_tables(docs: list[Document | DocumentFile], assume_year: int | None = None, workers: int | None = None,
                 progress=None, meanwhile=None) -> dict[str, pl.DataFrame]:
    """All tables for a corpus (documents, or files of ``stats.corpus.list_corpus`` to read).

    ``workers`` > 1 extracts in parallel processes, ``CHUNK_DOCS`` documents a
    task, each returning columns rather than row objects (order is kept).
    ``progress(n)`` is called as documents are done.  ``meanwhile()``, when
    given, is called once in this process while the workers extract (after
    extraction when there are no workers): work that does not need the tables,
    such as importing what comes next, is then not waited for on its own.  A
    text that repeats an earlier document's keeps its rows only there
    (``stats.duplicates``).
    """
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(docs) >= PARALLEL_MIN_DOCS:
        warm_up()  # built once here, shared by the forked workers
        chunks = [(docs[i:i + CHUNK_DOCS], assume_year) for i in range(0, len(docs), CHUNK_DOCS)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            parts = []
            results = pool.map(_extract_chunk, chunks)  # every task is sent now: the workers have started
            if meanwhile:
                meanwhile()
            for part in results:
                parts.append(part)
                if progress:
                    progress(len(part["documents"]["doc_id"]))
    else:
        parts = [extract_columns(docs, assume_year, progress)]
        if meanwhile:
            meanwhile()
    frames = {
        name: schema.frame_from_columns(name, {c: list(chain.from_iterable(p[name][c] for p in parts)) for c in schema.TABLES[name].columns})
        for name in EXTRACTED
    }
    frames = drop_repeated_documents(frames)
    frames.update(build_series(frames["claims"], frames["interceptions"]))
    return frames


def warm_up() -> None:
    """Build the gazetteer and the cached patterns in this process (before forking workers)."""
    gazetteer()
    # a document's rows, not its claims alone: the events' patterns are built on first use too
    text = "Governor Gladkov said air defenses shot down 2 drones over the Belgorod region overnight. Debris fell."
    extract_document(Document("warm-up", "warm-up", text, "", published="2024-01-01"))


def write_tables(frames: dict[str, pl.DataFrame], out_dir: Path) -> list[Path]:
    """Validate and write each table as CSV (UTF-8 with BOM) and Parquet, plus codebook.md."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        schema.validate(name, frame)
        csv_path = out_dir / f"{name}.csv"
        csv_path.write_bytes(BOM + frame.write_csv(date_format="%Y-%m-%d").encode("utf-8"))
        frame.write_parquet(out_dir / f"{name}.parquet")
        written += [csv_path, out_dir / f"{name}.parquet"]
    (out_dir / "codebook.md").write_text(schema.codebook_markdown(), encoding="utf-8")
    written.append(out_dir / "codebook.md")
    return written


WORKBOOK_NAME = "tables.xlsx"
WORKBOOK_CREATED = dt.datetime(2000, 1, 1)  # a fixed creation time: the same tables give the same bytes
EXCEL_MAX_SHEET_NAME = 31  # characters


def sheet_name(table: str) -> str:
    """A worksheet name for a table: Excel allows at most 31 characters.

    >>> sheet_name("region_trends"), len(sheet_name("x" * 40))
    ('region_trends', 31)
    """
    return table[:EXCEL_MAX_SHEET_NAME]


def write_workbook(frames: dict[str, pl.DataFrame], path: Path) -> Path:
    """Write every table as one worksheet of an xlsx workbook (an Excel table with filters, header frozen).

    Dates are Excel dates shown ``yyyy-mm-dd``; an empty cell means unknown, as in the CSV.
    The file is deterministic: the same tables give the same bytes.
    """
    import xlsxwriter

    names = [sheet_name(name) for name in frames]
    if len(set(names)) != len(names):
        raise ValueError(f"two tables share a worksheet name: {names}")
    with xlsxwriter.Workbook(path) as workbook:
        workbook.set_properties({"created": WORKBOOK_CREATED, "title": "interception-stats tables"})
        for name, frame in frames.items():
            frame.write_excel(workbook, worksheet=sheet_name(name), table_style="Table Style Light 1",
                              dtype_formats={pl.Date: "yyyy-mm-dd"}, float_precision=4, freeze_panes=(1, 0))
    return path


def write_workbook_of_folder(data_dir: Path) -> Path:
    """``tables.xlsx`` in ``data_dir`` from the Parquet tables written there (every table of the schema present)."""
    data_dir = Path(data_dir)
    frames = {name: pl.read_parquet(data_dir / f"{name}.parquet")
              for name in schema.TABLES if (data_dir / f"{name}.parquet").exists()}
    return write_workbook(frames, data_dir / WORKBOOK_NAME)


def read_table(path: Path, name: str) -> pl.DataFrame:
    """Read a table back from its Parquet file (typed), or from its CSV."""
    parquet = path / f"{name}.parquet"
    if parquet.exists():
        return pl.read_parquet(parquet)
    spec = {c: schema.FIELDS[c].dtype for c in schema.TABLES[name].columns}
    return pl.read_csv(path / f"{name}.csv", schema=spec, encoding="utf8")
