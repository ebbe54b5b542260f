"""Documents with the same text: extracted once, listed every time.

A scraper often saves one article twice (two URLs, two runs).  Documents whose
text has the same SHA-256 and the same publication date (or none) are one
document: the first in corpus order keeps its claims, items and events; each
later copy stays in ``documents`` with no rows of its own (``n_claims`` = 0,
``status`` = ``no_claims``) and a problem naming the document it repeats.

The same text published on another date is read as a document of its own
("overnight" is another night), with a note naming the first.  Empty
documents and documents that could not be read are not duplicates of each
other.  This is about identical texts only; the same claim reported by
different articles is counted once by ``stats.series``.
"""

from __future__ import annotations

import polars as pl

REPEAT_MARK = "its claims are counted there"  # ends the note of a repeat (what a summary counts)
DUPLICATE_NOTE = "same text as {first!r} (sha256); " + REPEAT_MARK
SAME_TEXT_OTHER_DATE = "same text as {first!r} (sha256) but published on another date; read as a document of its own"


def drop_repeated_documents(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The extracted tables with each repeated text's rows kept only under its first document.

    >>> docs = pl.DataFrame({"doc_id": ["a", "b", "c"], "sha256": ["x", "x", "x"], "published": [None, None, "2024-05-02"],
    ...                      "n_chars": [5, 5, 5], "n_claims": [1, 1, 1], "n_items": [1, 1, 1], "n_events": [0, 0, 0],
    ...                      "status": ["ok", "ok", "ok"], "problems": [None, None, None]})
    >>> rows = pl.DataFrame({"doc_id": ["a", "b", "c"]})
    >>> out = drop_repeated_documents({"documents": docs, "claims": rows, "interceptions": rows, "events": rows})
    >>> out["claims"]["doc_id"].to_list(), out["documents"]["status"].to_list()
    (['a', 'c'], ['ok', 'no_claims', 'ok'])
    >>> out["documents"]["problems"].to_list()[1:]  # doctest: +NORMALIZE_WHITESPACE
    ["same text as 'a' (sha256); its claims are counted there",
     "same text as 'a' (sha256) but published on another date; read as a document of its own"]
    """
    docs = frames["documents"]
    first_of: dict[tuple[str, str | None], str] = {}  # (sha256, published) → first doc_id
    first_text: dict[str, str] = {}  # sha256 → first doc_id, whatever its date
    repeats: dict[str, str] = {}  # doc_id → the first document with its text and date
    notes: dict[str, str] = {}
    for doc_id, sha, published, n_chars in zip(docs["doc_id"], docs["sha256"], docs["published"], docs["n_chars"]):
        if sha is None or not n_chars:
            continue
        first = first_of.setdefault((sha, published), doc_id)
        if first != doc_id:
            repeats[doc_id] = first
            notes[doc_id] = DUPLICATE_NOTE.format(first=first)
        elif first_text.setdefault(sha, doc_id) != doc_id:
            notes[doc_id] = SAME_TEXT_OTHER_DATE.format(first=first_text[sha])
    if not notes:
        return frames
    is_repeat = pl.col("doc_id").is_in(list(repeats))
    has_note = pl.col("doc_id").is_in(list(notes))
    note = pl.col("doc_id").replace_strict(notes, default=None, return_dtype=pl.String)
    out = dict(frames)
    out["documents"] = docs.with_columns(
        pl.when(is_repeat).then(0).otherwise(pl.col(c)).cast(docs.schema[c]).alias(c)
        for c in ("n_claims", "n_items", "n_events")
    ).with_columns(
        pl.when(is_repeat).then(pl.lit("no_claims")).otherwise(pl.col("status")).alias("status"),
        pl.when(has_note & pl.col("problems").is_not_null()).then(pl.col("problems") + "; " + note)
        .when(has_note).then(note).otherwise(pl.col("problems")).alias("problems"),
    )
    for name in ("claims", "interceptions", "events"):
        out[name] = frames[name].filter(~is_repeat)
    return out
