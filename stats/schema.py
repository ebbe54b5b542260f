"""The table contract: one registry of fields, tables built from it.

Every column the pipeline writes is declared once in ``FIELDS`` with its
polars dtype, a description for the codebook and, where the values are a
closed set, the allowed values.  ``TABLES`` lists the columns of each table
(in order) and its primary key.  ``validate`` checks a frame against the
contract where tables are written; ``codebook_markdown`` writes the codebook
from the same registry, so the two cannot drift apart.

The contract itself is ``shared/spec/TABLES.md``; columns beyond its minimum
are marked ``extra`` in the codebook.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

CLAIMANTS = ("defense_ministry", "governor", "mayor", "regional_head", "air_force_ua", "other", "unknown")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "unspecified")
TOTAL_QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to")
RECONCILIATIONS = ("match", "under", "over", "no_total", "no_items")
READINGS = ("explicit", "each", "inferred_each", "shared", "remaining")
WEAPONS = ("drone", "missile", "rocket", "bomb")
DOC_STATUSES = ("ok", "no_claims", "error")
FORECAST_SPLITS = ("holdout", "forecast")
EVENT_KINDS = (
    "alert",
    "airport_restriction",
    "internet_restriction",
    "explosions",
    "fire",
    "damage",
    "debris",
    "casualty",
)


@dataclass(frozen=True)
class Field:
    dtype: pl.DataType
    description: str
    allowed: tuple[str, ...] | None = None
    unit: str | None = None
    extra: bool = False  # beyond the minimum of TABLES.md


FIELDS: dict[str, Field] = {
    # identifiers
    "doc_id": Field(pl.String, "Document id: the file stem for a folder corpus, the `id` field for JSONL/CSV."),
    "claim_id": Field(pl.String, "Claim id, `{doc_id}#{n}` with n counting claims in document order from 1."),
    "source": Field(pl.String, "Where the document came from: path relative to the corpus root, plus `:line N` / `:row N` for JSONL/CSV."),
    "sha256": Field(pl.String, "SHA-256 of the document text as read: after decoding and reducing markup to text, the text all offsets refer to."),
    "published": Field(pl.String, "Publication date from metadata (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known)."),
    "url": Field(pl.String, "URL from metadata."),
    "outlet": Field(pl.String, "Outlet (host name) from metadata."),
    "n_chars": Field(pl.Int64, "Length of the document text in characters.", unit="characters", extra=True),
    "n_claims": Field(pl.Int64, "Number of claims extracted from the document.", unit="claims"),
    "n_items": Field(pl.Int64, "Number of interception items extracted from the document.", unit="items"),
    "n_events": Field(pl.Int64, "Number of non-interception events extracted from the document.", unit="events"),
    "status": Field(pl.String, "`ok` (claims found), `no_claims` (read, nothing claimed), `error` (not read: passed over on purpose, "
                    "with problems starting `skipped:`, or failed; the reason is in problems).", DOC_STATUSES),
    "problems": Field(pl.String, "Human-readable list, `; `-separated, of what went wrong or was uncertain."),
    # claims
    "claimant": Field(pl.String, "Who makes the claim.", CLAIMANTS),
    "claimant_name": Field(pl.String, "The claimant as named in the text (\"Governor Yuri Slezar\"), if named.", extra=True),
    "claimant_inferred": Field(pl.Boolean, "True when no claimant is named and one was inferred (a nationwide tally is the Defense Ministry's).", extra=True),
    "event_date": Field(pl.Date, "Date the interceptions happened: the Moscow date on which the window ends. Empty when not determinable."),
    "window_start": Field(pl.String, "Start of the stated time window, ISO 8601 with offset, when determinable."),
    "window_end": Field(pl.String, "End of the stated time window, ISO 8601 with offset, when determinable."),
    "when_text": Field(pl.String, "The time expression as written in the text."),
    "stated_total": Field(pl.Int64, "The total the claim states.", unit="interceptions"),
    "total_qualifier": Field(pl.String, "Qualifier of the stated total.", TOTAL_QUALIFIERS),
    "itemized_sum": Field(pl.Int64, "Sum of the claim's item counts (a shared count counted once).", unit="interceptions"),
    "unattributed": Field(pl.Int64, "stated_total − itemized_sum when positive.", unit="interceptions"),
    "reconciliation": Field(pl.String, "How the items relate to the stated total.", RECONCILIATIONS),
    "reconciliation_note": Field(pl.String, "How the readings were chosen when a list was ambiguous.", extra=True),
    "n_items_claim": Field(pl.Int64, "Number of items in the claim.", unit="items", extra=True),
    # items
    "region_code": Field(pl.String, "ISO 3166-2 code (`RU-BRY`, `UA-43`) or `SEA-*`; a shared count joins the sorted codes with `+`; `ALL` in `daily` is the national series."),
    "region_name": Field(pl.String, "English name of the region(s), ` + `-joined for a shared count."),
    "place_text": Field(pl.String, "The place as written in the text.", extra=True),
    "count": Field(pl.Int64, "Number intercepted; empty when a region is named without a number.", unit="interceptions"),
    "qualifier": Field(pl.String, "Qualifier of the count.", QUALIFIERS),
    "shared": Field(pl.Boolean, "True when the count belongs to several regions together."),
    "reading": Field(pl.String, "How the count was attributed: explicit, each (the text says each), inferred_each (only the each-reading reconciles), shared, remaining (stated total minus the other items).", READINGS),
    "weapon": Field(pl.String, "What was intercepted.", WEAPONS),
    "evidence": Field(pl.String, "The sentence(s) or phrase that state this, exactly as in the document."),
    "char_start": Field(pl.Int64, "Offset of the evidence's first character in the document text (0-based, in characters).", unit="characters"),
    "char_end": Field(pl.Int64, "Offset one past the evidence's last character.", unit="characters"),
    # events
    "kind": Field(pl.String, "Kind of incident.", EVENT_KINDS),
    "detail": Field(pl.String, "Short description: the phrase that names the incident."),
    # daily
    "date": Field(pl.Date, "Calendar date (Moscow)."),
    "n_docs": Field(pl.Int64, "Number of documents that reported the claims counted.", unit="documents"),
    # weekly, region_shares
    "week_start": Field(pl.Date, "Monday of the ISO week.", extra=True),
    "n_days": Field(pl.Int64, "Days with a known count (0 included) that were summed.", unit="days", extra=True),
    "share": Field(pl.Float64, "The region's part of the national (`ALL`) count over the same period, 0 to 1; empty for `ALL`.", extra=True),
    # conflicts
    "conflict_id": Field(pl.String, "The claim reported in disagreeing versions: claimant, first event date and period joined by vertical bars, "
                         "e.g. `defense_ministry` + `2024-03-05` + `night` (period: the stated window `HH:MM-HH:MM`, or `night`; "
                         "claimants other than the ministry carry the regions they name).", extra=True),
    "version": Field(pl.Int64, "Rank of the version under the most-complete rule; 1 is the version the series uses.", extra=True),
    "chosen": Field(pl.Boolean, "True for the version the series uses (`conflicts`), or for the model whose forecast is reported (`forecast`).", extra=True),
    "breakdown": Field(pl.String, "The version's region counts, `RU-BRY=7; RU-KRS=3` (items without a number left out).", extra=True),
    "claim_ids": Field(pl.String, "Claims (one per document) that state this version, `; `-separated.", extra=True),
    # results
    "model": Field(pl.String, "Model or analysis name.", extra=True),
    "term": Field(pl.String, "What is estimated.", extra=True),
    "estimate": Field(pl.Float64, "Point estimate.", extra=True),
    "lower": Field(pl.Float64, "Lower bound of the 95% interval.", extra=True),
    "upper": Field(pl.Float64, "Upper bound of the 95% interval.", extra=True),
    "n_obs": Field(pl.Int64, "Observations the model used.", extra=True),
    "fitted": Field(pl.Boolean, "True when the model was fitted; false when it declined.", extra=True),
    "reason": Field(pl.String, "Why a model declined, or what it needs.", extra=True),
    "result_date": Field(pl.Date, "The date a quantity refers to (the most likely break date); empty otherwise.", extra=True),
    # forecast
    "split": Field(pl.String, "`holdout`: a prediction of a held-back day (with the observed count); "
                   "`forecast`: a day after the series ends.", FORECAST_SPLITS, extra=True),
    "predicted": Field(pl.Float64, "Predicted count (the mean of the predictive distribution).", unit="interceptions", extra=True),
}


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[str, ...]
    primary_key: tuple[str, ...]


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "documents",
            "One row per input document, whether or not it could be read.",
            ("doc_id", "source", "sha256", "published", "url", "outlet", "n_chars",
             "n_claims", "n_items", "n_events", "status", "problems"),
            ("doc_id",),
        ),
        Table(
            "claims",
            "One row per claim: one claimant's statement about one period.",
            ("claim_id", "doc_id", "claimant", "claimant_name", "claimant_inferred", "event_date",
             "window_start", "window_end", "when_text", "stated_total", "total_qualifier",
             "itemized_sum", "unattributed", "reconciliation", "reconciliation_note",
             "evidence", "char_start", "char_end"),
            ("claim_id",),
        ),
        Table(
            "interceptions",
            "One row per interception item: a count attributed to a region (the main table).",
            ("claim_id", "doc_id", "event_date", "region_code", "region_name", "place_text", "count",
             "qualifier", "shared", "reading", "weapon", "claimant", "evidence", "char_start", "char_end"),
            ("claim_id", "region_code", "weapon", "char_start"),
        ),
        Table(
            "events",
            "One row per non-interception incident (alerts, restrictions, explosions, fires, damage, debris, casualties).",
            ("doc_id", "event_date", "region_code", "region_name", "kind", "when_text", "detail",
             "evidence", "char_start", "char_end"),
            ("doc_id", "kind", "region_code", "char_start"),
        ),
        Table(
            "daily",
            "One row per (date, region): claimed interceptions after counting each claim once; `ALL` is the national series.",
            ("date", "region_code", "count", "n_claims", "n_docs"),
            ("date", "region_code"),
        ),
        Table(
            "weekly",
            "One row per (ISO week, region): the known days of `daily` summed; `ALL` is the national series.",
            ("week_start", "region_code", "count", "n_days", "share"),
            ("week_start", "region_code"),
        ),
        Table(
            "region_shares",
            "One row per region: claimed interceptions over the whole daily series and the region's share of the national count.",
            ("region_code", "count", "n_days", "share"),
            ("region_code",),
        ),
        Table(
            "conflicts",
            "One row per version of a claim whose versions disagree (one claimant, one period, several documents).",
            ("conflict_id", "version", "chosen", "claimant", "event_date", "window_start", "window_end",
             "stated_total", "total_qualifier", "itemized_sum", "reconciliation", "breakdown", "claim_ids", "n_docs"),
            ("conflict_id", "version"),
        ),
        Table(
            "trend_results",
            "One row per model quantity, or per model that declined and why (national series).",
            ("model", "term", "estimate", "lower", "upper", "n_obs", "fitted", "reason", "result_date"),
            ("model", "term"),
        ),
        Table(
            "trend_curve",
            "The negative-binomial trend of the national series on every calendar day it spans: the expected daily "
            "count on an average weekday, with its 95% confidence band (the uncertainty of the trend, not of a day). "
            "Empty when the trend was not fitted.",
            ("model", "date", "estimate", "lower", "upper"),
            ("model", "date"),
        ),
        Table(
            "forecast",
            "National daily counts predicted by each forecasting model for the held-back last 14 days, and by the "
            "chosen model for the 14 days after the series ends, with 95% prediction intervals.",
            ("model", "split", "date", "count", "predicted", "lower", "upper", "chosen"),
            ("model", "split", "date"),
        ),
        Table(
            "region_trends",
            "One row per region: growth of its daily count per 30 days (negative-binomial GLM), or why it was not fitted.",
            ("region_code", "estimate", "lower", "upper", "n_obs", "fitted", "reason"),
            ("region_code",),
        ),
    )
}


def empty_frame(table: str) -> pl.DataFrame:
    """An empty frame with the table's columns and dtypes.

    >>> empty_frame("daily").columns
    ['date', 'region_code', 'count', 'n_claims', 'n_docs']
    """
    return pl.DataFrame(schema={c: FIELDS[c].dtype for c in TABLES[table].columns})


def frame_from_rows(table: str, rows: list[dict]) -> pl.DataFrame:
    """Build a table from dict rows; a missing key is null, an unknown key raises."""
    return frame_from_columns(table, columns_from_rows(table, rows))


def columns_from_rows(table: str, rows: list[dict]) -> dict[str, list]:
    """Dict rows as one list per column of the table; a missing key is null, an unknown key raises.

    >>> columns_from_rows("daily", [{"region_code": "ALL", "count": 3}])["count"]
    [3]
    """
    columns = TABLES[table].columns
    known = set(columns)
    for row in rows:
        if not row.keys() <= known:
            raise KeyError(f"{table}: unknown column(s) {sorted(set(row) - known)}")
    return {c: [row.get(c) for row in rows] for c in columns}


def frame_from_columns(table: str, data: dict[str, list]) -> pl.DataFrame:
    """Build a table from one list per column (``columns_from_rows``)."""
    return pl.DataFrame(data, schema={c: FIELDS[c].dtype for c in TABLES[table].columns})


class SchemaError(ValueError):
    """A table does not follow the contract."""


def validate(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Check columns, dtypes, allowed values and primary-key uniqueness; return the frame."""
    spec = TABLES[table]
    if tuple(frame.columns) != spec.columns:
        raise SchemaError(f"{table}: columns {frame.columns} differ from the contract {list(spec.columns)}")
    for col in spec.columns:
        want = FIELDS[col].dtype
        if frame.schema[col] != want:
            raise SchemaError(f"{table}.{col}: dtype {frame.schema[col]} is not {want}")
        allowed = FIELDS[col].allowed
        if allowed is not None:
            bad = frame.filter(pl.col(col).is_not_null() & ~pl.col(col).is_in(list(allowed)))[col].unique().to_list()
            if bad:
                raise SchemaError(f"{table}.{col}: values {bad} are not among {list(allowed)}")
    if frame.height and frame.select(spec.primary_key).is_duplicated().any():
        dup = frame.filter(frame.select(spec.primary_key).is_duplicated()).select(spec.primary_key).head(3).to_dicts()
        raise SchemaError(f"{table}: primary key {list(spec.primary_key)} is not unique, e.g. {dup}")
    return frame


def codebook_markdown() -> str:
    """The codebook for every table, written from the registry."""
    lines = [
        "# Codebook",
        "",
        "Tables written by `python -m stats`. CSV files are UTF-8 with a byte-order mark, comma-separated,",
        "with a header row; dates are `YYYY-MM-DD`, booleans `true`/`false`, an empty cell means unknown.",
        "The same tables are written as Parquet with typed columns.",
        "Columns marked *extra* go beyond the minimum of the table contract.",
        "",
    ]
    for spec in TABLES.values():
        lines += [f"## {spec.name}", "", spec.description, "",
                  f"Primary key: {', '.join(f'`{k}`' for k in spec.primary_key)}.", "",
                  "| column | type | meaning | allowed values / unit |", "|---|---|---|---|"]
        for col in spec.columns:
            f = FIELDS[col]
            note = ", ".join(f"`{a}`" for a in f.allowed) if f.allowed else (f.unit or "")
            desc = f.description + (" *extra*" if f.extra else "")
            lines.append(f"| `{col}` | {_type_name(f.dtype)} | {desc} | {note} |")
        lines.append("")
    return "\n".join(lines)


def _type_name(dtype: pl.DataType) -> str:
    return {pl.String: "text", pl.Int64: "integer", pl.Float64: "number", pl.Boolean: "true/false", pl.Date: "date"}.get(dtype, str(dtype))
