"""Documents with the same text: extracted once, listed every time.

A scraper often saves one article twice (two URLs, two runs).  Documents whose
text has the same SHA-256 are one document: the first in corpus order keeps
its claims, items and events; each later copy stays in ``documents`` with no
rows of its own (``n_claims`` = 0, ``status`` = ``no_claims``) and a problem
naming the document it repeats.  Empty documents and documents that could not
be read are not duplicates of each other.

This is about identical texts only; the same claim reported by different
articles is counted once by ``stats.series``.
"""

from __future__ import annotations

import polars as pl

DUPLICATE_NOTE = "same text as {first!r} (sha256); its claims are counted there"


def drop_repeated_documents(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The extracted tables with each repeated text's rows kept only under its first document.

    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "sha256": ["x", "x"], "n_chars": [5, 5], "n_claims": [1, 1],
    ...                      "n_items": [1, 1], "n_events": [0, 0], "status": ["ok", "ok"], "problems": [None, None]})
    >>> rows = pl.DataFrame({"doc_id": ["a", "b"]})
    >>> out = drop_repeated_documents({"documents": docs, "claims": rows, "interceptions": rows, "events": rows})
    >>> out["claims"]["doc_id"].to_list(), out["documents"]["status"].to_list(), out["documents"]["problems"][1]
    (['a'], ['ok', 'no_claims'], "same text as 'a' (sha256); its claims are counted there")
    """
    docs = frames["documents"]
    first_of: dict[str, str] = {}
    repeats: dict[str, str] = {}  # doc_id → doc_id of the first document with its text
    for doc_id, sha, n_chars in zip(docs["doc_id"], docs["sha256"], docs["n_chars"]):
        if sha is None or not n_chars:
            continue
        first = first_of.setdefault(sha, doc_id)
        if first != doc_id:
            repeats[doc_id] = first
    if not repeats:
        return frames
    is_repeat = pl.col("doc_id").is_in(list(repeats))
    note = pl.col("doc_id").replace_strict(
        {d: DUPLICATE_NOTE.format(first=f) for d, f in repeats.items()}, default=None, return_dtype=pl.String)
    out = dict(frames)
    out["documents"] = docs.with_columns(
        pl.when(is_repeat).then(0).otherwise(pl.col(c)).cast(docs.schema[c]).alias(c)
        for c in ("n_claims", "n_items", "n_events")
    ).with_columns(
        pl.when(is_repeat).then(pl.lit("no_claims")).otherwise(pl.col("status")).alias("status"),
        pl.when(is_repeat & pl.col("problems").is_not_null()).then(pl.col("problems") + "; " + note)
        .when(is_repeat).then(note).otherwise(pl.col("problems")).alias("problems"),
    )
    for name in ("claims", "interceptions", "events"):
        out[name] = frames[name].filter(~is_repeat)
    return out
