"""Findings: the numbers the report states in words, computed from the tables.

The report (``reports/report.qmd``) prints what these functions return; none of
its numbers is typed by hand.  Every function takes tables as written by
``python -m stats`` (``stats.schema``) and is pure.

``key_findings`` writes the 3 to 6 sentences at the top of the report: the
largest day, the trend with its interval, the top regions, the biggest riser
and the share of claims that reconcile; where the data do not allow one, the
sentence says what is missing instead.  ``region_totals`` picks the measure the
region figures share; ``problem_kinds`` sorts the documents' problems for the
data-quality section.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from stats import models
from stats.reportkit import fmt, plural

DATA = Path(__file__).parent / "data"
TOP_REGIONS = 3  # regions named in the key findings
NATIONAL = "ALL"

# What a document's problem is about, by the words the pipeline writes (stats.gazetteer, stats.dates, stats.corpus).
PROBLEM_KINDS = (
    ("fuzzy-matched place", re.compile(r"^place '.*' read as '")),
    ("unknown place", re.compile(r"^unknown place ")),
    ("ambiguous place", re.compile(r"^ambiguous place ")),
    ("undatable time", re.compile(r"cannot be dated|does not name a day|has no year|after the publication date")),
    ("unreadable or odd input", re.compile(r"front matter|published date|duplicate id|no id|decod|bytes|empty|read")),
)
# Problems are "; "-joined, and some contain "; " themselves ("...; similarity 0.91", "...; left unresolved"):
# a "; " followed by one of these words goes on with the same problem.
PROBLEM_GOES_ON = ("similarity ", "left unresolved", "not an event date", "renamed ", "read as ", "ignored", "using ")
PROBLEM_SPLIT = re.compile("; (?!" + "|".join(re.escape(w) for w in PROBLEM_GOES_ON) + ")")


# ----------------------------------------------------------------------------- the national series


def national_series(daily: pl.DataFrame) -> pl.DataFrame:
    """``date, count`` of the national (``ALL``) rows of ``daily`` with a date and a count, sorted.

    >>> from stats import schema
    >>> d = schema.frame_from_rows("daily", [
    ...     {"date": dt.date(2025, 1, 2), "region_code": "ALL", "count": 5},
    ...     {"date": dt.date(2025, 1, 1), "region_code": "ALL", "count": 2},
    ...     {"date": dt.date(2025, 1, 1), "region_code": "RU-BRY", "count": 2}])
    >>> national_series(d).rows()
    [(datetime.date(2025, 1, 1), 2), (datetime.date(2025, 1, 2), 5)]
    """
    return models.national_frame(daily)


@dataclass(frozen=True)
class Coverage:
    """What the corpus covers: documents, claims (dated or not), the dated range and dated days."""

    n_documents: int
    n_claims: int
    n_dated_claims: int
    first_date: dt.date | None
    last_date: dt.date | None
    n_dated_days: int

    @property
    def span_days(self) -> int:
        """Calendar days from the first to the last dated claim (0 without dates)."""
        return (self.last_date - self.first_date).days + 1 if self.first_date else 0


def coverage(tables: dict[str, pl.DataFrame]) -> Coverage:
    """Counts and the date range of the claims (``claims.event_date``) and of the national series."""
    claims, daily = tables["claims"], tables["daily"]
    dated = claims.filter(pl.col("event_date").is_not_null())
    return Coverage(
        n_documents=tables["documents"].height,
        n_claims=claims.height,
        n_dated_claims=dated.height,
        first_date=dated["event_date"].min() if dated.height else None,
        last_date=dated["event_date"].max() if dated.height else None,
        n_dated_days=national_series(daily).height,
    )


def date_range_text(cov: Coverage) -> str:
    """The dates the claims cover, in words.

    >>> date_range_text(Coverage(3, 2, 2, dt.date(2024, 1, 1), dt.date(2024, 3, 30), 80))
    '2024-01-01 to 2024-03-30 (90 days)'
    >>> date_range_text(Coverage(3, 2, 0, None, None, 0))
    'no dated claims'
    """
    if cov.first_date is None:
        return "no dated claims"
    if cov.first_date == cov.last_date:
        return f"{fmt(cov.first_date)} (one day)"
    return f"{fmt(cov.first_date)} to {fmt(cov.last_date)} ({cov.span_days} days)"


# ----------------------------------------------------------------------------- regions


@functools.cache
def region_names() -> dict[str, str]:
    """English names of the gazetteer's regions and seas (``stats/data/regions.csv``), by code.

    >>> region_names()["RU-BRY"], region_names()["UA-43"]
    ('Bryansk', 'Crimea')
    """
    frame = pl.read_csv(DATA / "regions.csv", columns=["code", "name"], infer_schema=False)
    return dict(frame.iter_rows())


@dataclass(frozen=True)
class RegionTotals:
    """Claimed interceptions per region and how they were counted.

    ``frame``: ``region_code, region_name, count`` (largest first; a count shared by
    several regions has its own ``+``-joined code).  ``basis`` is ``series`` (the
    daily series: each claim counted once, dated claims only; a region the
    series knows as 0 has count 0) or ``items`` (every item of every claim summed:
    claims reported by several documents count once per document; used when no
    claim is dated).  ``description`` says so in words for captions.
    """

    frame: pl.DataFrame
    basis: str

    @property
    def description(self) -> str:
        if self.basis == "series":
            return "claimed interceptions in the daily series (each claim counted once; dated claims only)"
        return ("claimed interceptions summed over every item of every claim (no claim is dated, so claims "
                "reported by several documents are not merged)")


def region_totals(tables: dict[str, pl.DataFrame], names: dict[str, str] | None = None) -> RegionTotals:
    """Totals per region from the daily series when it has regions, else from the interception items.

    ``names`` maps codes to names (default: the names in the ``interceptions`` table).
    """
    items, shares = tables["interceptions"], tables["region_shares"]
    known = dict(region_names())
    known.update({c: n for c, n in zip(items["region_code"].to_list(), items["region_name"].to_list()) if n})
    known.update(names or {})
    regional = shares.filter(pl.col("region_code") != NATIONAL)
    if regional.height:
        frame = regional.select("region_code", "count")
        basis = "series"
    else:
        frame = (items.filter(pl.col("count").is_not_null() & pl.col("region_code").is_not_null())
                 .group_by("region_code").agg(pl.col("count").sum()))
        basis = "items"
    frame = (frame.with_columns(region_name=pl.col("region_code").replace_strict(known, default=pl.col("region_code")))
             .select("region_code", "region_name", pl.col("count").cast(pl.Int64))
             .sort(["count", "region_code"], descending=[True, False]))
    return RegionTotals(frame, basis)


# ----------------------------------------------------------------------------- claims and problems


def reconciliation_counts(claims: pl.DataFrame) -> dict[str, int]:
    """Claims per reconciliation value (every value present, 0 when none).

    >>> from stats import schema
    >>> c = schema.frame_from_rows("claims", [{"claim_id": "a#1", "reconciliation": "match"},
    ...                                      {"claim_id": "a#2", "reconciliation": "under"}])
    >>> reconciliation_counts(c)
    {'match': 1, 'under': 1, 'over': 0, 'no_total': 0, 'no_items': 0}
    """
    counts = dict(claims.group_by("reconciliation").len().iter_rows()) if claims.height else {}
    return {k: int(counts.get(k, 0)) for k in ("match", "under", "over", "no_total", "no_items")}


def split_problems(text: str | None) -> list[str]:
    """A document's ``problems`` cell as a list.

    >>> split_problems("place 'Kumzhensky' read as 'Kumylzhensky' (Volgograd, RU-VGG; similarity 0.96); 'late last night' cannot be dated")
    ["place 'Kumzhensky' read as 'Kumylzhensky' (Volgograd, RU-VGG; similarity 0.96)", "'late last night' cannot be dated"]
    """
    return [p for p in PROBLEM_SPLIT.split(text or "") if p.strip()]


def problem_kind(problem: str) -> str:
    """What a problem is about (``PROBLEM_KINDS``), or ``other``.

    >>> problem_kind("unknown place 'Zzyx'"), problem_kind("'Earlier this week' cannot be dated without a publication date")
    ('unknown place', 'undatable time')
    """
    return next((kind for kind, pattern in PROBLEM_KINDS if pattern.search(problem)), "other")


def problem_rows(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per problem of a document: ``doc_id, kind, problem``."""
    rows = [{"doc_id": doc_id, "kind": problem_kind(p), "problem": p}
            for doc_id, text in documents.select("doc_id", "problems").iter_rows() for p in split_problems(text)]
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "kind": pl.String, "problem": pl.String})


# ----------------------------------------------------------------------------- key findings


def pct(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a rounded percentage.

    >>> pct(1, 3), pct(0, 0)
    ('33%', '—')
    """
    return f"{round(100 * part / whole)}%" if whole else "—"


def fmt_number(value: float) -> str:
    """A number as report text, whole numbers without a decimal point.

    >>> fmt_number(41.0), fmt_number(40.5)
    ('41', '40.5')
    """
    return fmt(int(value)) if float(value).is_integer() else fmt(float(value))


def signed_pct(value: float) -> str:
    """A growth in percent with its sign: one decimal, none from 100%, two below 1%.

    >>> [signed_pct(v) for v in (19.5056, -3.14159, 175.4, -0.0126, 0.00305, 0.0)]
    ['+19.5%', '-3.1%', '+175%', '-0.01%', '0.00%', '0.00%']
    """
    size = abs(value)
    text = f"{size:.0f}" if size >= 100 else f"{size:.1f}" if size >= 1 else f"{size:.2f}"
    if float(text) == 0:
        return f"{text}%"
    return f"{'+' if value > 0 else '-'}{text}%"


def finding_largest_day(tables: dict[str, pl.DataFrame]) -> str:
    """The day with the most claimed interceptions nationally, or the largest claim when nothing is dated."""
    series = national_series(tables["daily"])
    if series.height:
        top = series.sort(["count", "date"], descending=[True, False]).row(0, named=True)
        n_ties = series.filter(pl.col("count") == top["count"]).height
        tie = f" (and on {plural(n_ties - 1, 'other day')})" if n_ties > 1 else ""
        return (f"The largest day in the series is {fmt(top['date'])}, with {fmt(top['count'])} claimed interceptions "
                f"nationally{tie}; the median day has {fmt_number(series['count'].median())}.")
    claims = tables["claims"].filter(pl.col("stated_total").is_not_null())
    if claims.height:
        top = claims.sort(["stated_total", "claim_id"], descending=[True, False]).row(0, named=True)
        who = top["claimant_name"] or (top["claimant"] or "unknown").replace("_", " ")
        return (f"No claim could be dated, so there is no daily series; the largest claim states "
                f"{fmt(top['stated_total'])} interceptions ({top['claim_id']}, {who}).")
    return "No claim states a total and none could be dated, so there is no largest day or claim to report."


def finding_trend(tables: dict[str, pl.DataFrame]) -> str:
    """The national negative-binomial trend with its 95% interval, or why there is none."""
    trend = tables["trend_results"].filter(pl.col("model") == models.NB_MODEL)
    growth = trend.filter(pl.col("term") == "growth_per_30d")
    if growth.height and growth["fitted"][0]:
        g = growth.row(0, named=True)
        if g["lower"] > 0:
            verdict = "rising"
        elif g["upper"] < 0:
            verdict = "falling"
        else:
            verdict = "with no clear direction (the interval includes no change)"
        return (f"Nationally, claimed interceptions are {verdict}: {signed_pct(g['estimate'])} per 30 days "
                f"(95% interval {signed_pct(g['lower'])} to {signed_pct(g['upper'])}; negative-binomial trend "
                f"over {fmt(g['n_obs'])} dated days).")
    reason = growth["reason"][0] if growth.height else f"needs at least {models.MIN_DAYS_TREND} dated days"
    return f"No national trend is given: the trend model {reason}."


def finding_top_regions(tables: dict[str, pl.DataFrame], totals: RegionTotals | None = None) -> str:
    """The regions with the most claimed interceptions and their part of all regional counts."""
    totals = totals or region_totals(tables)
    frame = totals.frame.filter(pl.col("count") > 0)
    if frame.height == 0:
        return "No interception was attributed to a region with a number."
    top = frame.head(TOP_REGIONS)
    named = [f"{r['region_name']} ({fmt(r['count'])})" for r in top.iter_rows(named=True)]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    whole = int(frame["count"].sum())
    part = int(top["count"].sum())
    basis = "in the daily series" if totals.basis == "series" else "summed over all claims"
    if frame.height == top.height:
        return (f"{plural(frame.height, 'region has', 'regions have')} claimed interceptions {basis}: {listed}.")
    return (f"The top {plural(top.height, 'region')} {basis} are {listed}: {pct(part, whole)} of the "
            f"{fmt(whole)} claimed interceptions attributed to a region.")


def finding_riser(tables: dict[str, pl.DataFrame], names: dict[str, str] | None = None) -> str:
    """The region whose claimed interceptions grew fastest (``region_trends``), or why none is named."""
    trends = tables["region_trends"]
    fitted = trends.filter(pl.col("fitted"))
    if fitted.height == 0:
        return (f"No region has a trend: each needs {models.MIN_DAYS_REGION} days with a known count, "
                f"{models.MIN_NONZERO_REGION} of them not zero"
                + (f"; the {plural(trends.height, 'region in the series falls', 'regions in the series fall')} short."
                   if trends.height else "; no region is in the daily series."))
    top = fitted.sort(["estimate", "region_code"], descending=[True, False]).row(0, named=True)
    name = {**region_names(), **(names or {})}.get(top["region_code"], top["region_code"])
    sure = ("its interval excludes no change" if top["lower"] > 0
            else "though its interval includes no change")
    return (f"The biggest riser among the {plural(fitted.height, 'region')} with a trend is {name}: "
            f"{signed_pct(top['estimate'])} per 30 days (95% interval {signed_pct(top['lower'])} to "
            f"{signed_pct(top['upper'])}), {sure}.")


def finding_reconciliation(tables: dict[str, pl.DataFrame]) -> str:
    """How many claims' items add up to their stated total."""
    claims = tables["claims"]
    if claims.height == 0 and "documents" in tables and tables["documents"].height == 0:
        return "There was nothing to read: the corpus has no documents."
    if claims.height == 0:
        return "No claims were found in the documents."
    counts = reconciliation_counts(claims)
    comparable = counts["match"] + counts["under"] + counts["over"]
    if comparable == 0:
        return (f"None of the {plural(claims.height, 'claim')} has both a stated total and a breakdown by region, "
                "so none can be reconciled.")
    return (f"Of the {plural(comparable, 'claim')} with both a stated total and a breakdown by region, "
            f"{fmt(counts['match'])} ({pct(counts['match'], comparable)}) reconcile: their items add up to the total; "
            f"{fmt(counts['under'])} fall short of it and {fmt(counts['over'])} exceed it.")


def finding_undated(tables: dict[str, pl.DataFrame]) -> str | None:
    """A sentence on undated claims, when there are any."""
    cov = coverage(tables)
    undated = cov.n_claims - cov.n_dated_claims
    if undated == 0:
        return None
    return (f"{fmt(undated)} of the {plural(cov.n_claims, 'claim')} could not be dated and are left out of the "
            "daily series, the trend and the maps of dated claims.")


def key_findings(tables: dict[str, pl.DataFrame], names: dict[str, str] | None = None) -> list[str]:
    """The report's key findings: 4 to 6 sentences, each computed from the tables."""
    totals = region_totals(tables, names)
    sentences = [
        finding_largest_day(tables),
        finding_trend(tables),
        finding_top_regions(tables, totals),
        finding_riser(tables, {**dict(totals.frame.select("region_code", "region_name").iter_rows()), **(names or {})}),
        finding_reconciliation(tables),
        finding_undated(tables),
    ]
    return [s for s in sentences if s]


def numbers_in(text: str) -> list[str]:
    """The numbers written in a sentence (dates included), for checking they reach the PDF.

    >>> numbers_in("On 2024-03-23, 83 drones: +19.5% per 30 days.")
    ['2024-03-23', '83', '+19.5%', '30']
    """
    return [m.rstrip(".") for m in re.findall(r"\d{4}-\d{2}-\d{2}|[+-]?\d+(?:\.\d+)?%?", text)]
