"""The series: claimed interceptions per date and region, each claim counted once.

Input is the ``claims`` and ``interceptions`` tables; output is ``daily``,
``weekly``, ``region_shares`` and ``conflicts`` (see ``stats.schema``).
``build_series`` makes all four.  The report's methods section states these
rules too.

Which reports are one claim
  Only dated claims enter the series.  Claims by the same claimant about the
  same period are versions of one claim, however many documents report them
  and however they word it.  The *claimant* is the role (``defense_ministry``,
  ``governor`` ...); for claimants other than the Defense Ministry it is the
  role together with the regions the claim names, so two governors are two
  claimants.  The *period* is the stated window; a claim without a window is
  taken to cover the night ending on its date (20:00 the evening before to
  07:00).  Claims whose periods overlap are one claim: overlapping windows are
  never counted twice.  Claims whose periods do not overlap both count: a
  night claim and a daytime claim (``from 08:00 to 14:00``) of one date add up.

The most complete version
  Of the versions of one claim, the series uses the first by these criteria,
  in order: (1) its items reconcile with its stated total (``match``); (2) it
  names more regions with a count; (3) more documents report it; (4) it
  states a total; (5) it states its window; (6) its number (stated total,
  else itemized sum) is larger; (7) its first claim id sorts first.  Versions
  that are only less complete (the same total, a subset of the same region
  counts, as in "destroyed 26 drones, including 7 over Bryansk") agree with
  it.  When two versions disagree (different totals, or different counts
  for a region) every version of that claim is listed in ``conflicts``.

Counts
  A region's count on a date is, for each claimant, the sum of its claims'
  counts for the region (day and night claims of one date both count); the
  largest claimant's sum is used, since a governor's figure and the
  ministry's for the same night overlap.  The national count (``ALL``) is
  the larger of the Defense Ministry's claimed totals (summed over its claims
  of that date) and the sum of the region counts.

Missing is not zero
  A region gets 0 on a date only when the Defense Ministry's claims of that
  date are itemized and reconciled (``match``: no drone left unattributed)
  and no claim of that date names the region, alone or in a count it shares
  with another region; the regions concerned are those the series has a
  count for on some date.  Otherwise a region without a claim
  has no row (unknown), and a date without any claim has no rows (a gap).

Weekly aggregation and shares
  ``weekly`` sums each region's known days per ISO week (Monday first) and
  says how many days were known; ``share`` is the region's part of the
  national count of the week.  ``region_shares`` does the same over the whole
  series.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from stats import schema

NATIONAL_CLAIMANTS = ("defense_ministry",)  # claimants whose claims speak for the whole country
NIGHT_START = dt.time(20, 0)  # a claim without a window covers 20:00 the evening before ...
NIGHT_END = dt.time(7, 0)  # ... to 07:00 on its date
MSK = dt.timezone(dt.timedelta(hours=3))


def build_series(claims: pl.DataFrame, interceptions: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The series tables: ``daily``, ``weekly``, ``region_shares`` and ``conflicts``."""
    versions = claim_versions(claims, interceptions)
    daily = build_daily_from_versions(versions, interceptions)
    return {
        "daily": daily,
        "weekly": build_weekly(daily),
        "region_shares": build_region_shares(daily),
        "conflicts": build_conflicts(versions),
    }


def build_daily(claims: pl.DataFrame, interceptions: pl.DataFrame) -> pl.DataFrame:
    """The ``daily`` table (see the module docstring for the rules)."""
    return build_daily_from_versions(claim_versions(claims, interceptions), interceptions)


# ----------------------------------------------------------------------------- versions of a claim


def claim_value() -> pl.Expr:
    """A claim's number: its stated total, else the sum of its items."""
    return pl.coalesce(pl.col("stated_total"), pl.col("itemized_sum"))


def breakdown_text(counts: dict[str, int]) -> str:
    """Region counts as text, sorted by code.

    >>> breakdown_text({"RU-KRS": 3, "RU-BRY": 7})
    'RU-BRY=7; RU-KRS=3'
    """
    return "; ".join(f"{code}={n}" for code, n in sorted(counts.items()))


def claim_versions(claims: pl.DataFrame, interceptions: pl.DataFrame) -> pl.DataFrame:
    """One row per dated claim with its breakdown, the claim it is a version of (``slot``) and its rank there.

    Columns added to the claim's: ``breakdown`` (text), ``n_regions``,
    ``regions`` (every region it names, with or without a count), ``value``,
    ``identity``, ``slot`` (``claimant|date|period``), ``rank`` (1 = the chosen
    version) and ``agrees`` (false when the slot's versions disagree).
    """
    dated = claims.filter(pl.col("event_date").is_not_null())
    if dated.is_empty():
        return _empty_versions()
    items = interceptions.join(dated.select("claim_id"), on="claim_id", how="semi")
    per_claim: dict[str, dict] = {}
    for claim_id, code, count in items.select("claim_id", "region_code", "count").iter_rows():
        entry = per_claim.setdefault(claim_id, {"counts": {}, "named": set()})
        entry["named"].add(code)
        if count is not None:
            entry["counts"][code] = entry["counts"].get(code, 0) + count
    rows = []
    for claim in dated.iter_rows(named=True):
        entry = per_claim.get(claim["claim_id"], {"counts": {}, "named": set()})
        rows.append({**claim, "counts": entry["counts"], "named": entry["named"]})
    slots = assign_slots(rows)
    for row, slot in zip(rows, slots):
        row["slot"] = slot
    ranked = rank_versions(rows)
    frame = pl.DataFrame(
        [{
            "claim_id": r["claim_id"], "doc_id": r["doc_id"], "claimant": r["claimant"], "event_date": r["event_date"],
            "window_start": r["window_start"], "window_end": r["window_end"], "stated_total": r["stated_total"],
            "total_qualifier": r["total_qualifier"], "itemized_sum": r["itemized_sum"], "reconciliation": r["reconciliation"],
            "breakdown": breakdown_text(r["counts"]), "n_regions": len(r["counts"]), "regions": sorted(r["named"]),
            "value": r["stated_total"] if r["stated_total"] is not None else r["itemized_sum"],
            "slot": r["slot"], "version_key": r["version_key"], "rank": r["rank"], "agrees": r["agrees"],
        } for r in ranked],
        schema=VERSION_SCHEMA,
    )
    return frame.sort("slot", "rank", "claim_id")


VERSION_SCHEMA = {
    "claim_id": pl.String, "doc_id": pl.String, "claimant": pl.String, "event_date": pl.Date,
    "window_start": pl.String, "window_end": pl.String, "stated_total": pl.Int64, "total_qualifier": pl.String,
    "itemized_sum": pl.Int64, "reconciliation": pl.String, "breakdown": pl.String, "n_regions": pl.Int64,
    "regions": pl.List(pl.String), "value": pl.Int64, "slot": pl.String, "version_key": pl.String,
    "rank": pl.Int64, "agrees": pl.Boolean,
}


def _empty_versions() -> pl.DataFrame:
    return pl.DataFrame(schema=VERSION_SCHEMA)


@dataclass(frozen=True)
class Period:
    start: dt.datetime
    end: dt.datetime
    stated: bool  # a window the text states, not the nominal night

    def overlaps(self, other: "Period") -> bool:
        """Half-open intervals overlap."""
        return self.start < other.end and other.start < self.end


def claim_period(event_date: dt.date, window_start: str | None, window_end: str | None) -> Period:
    """The time a claim covers: its stated window, else the night ending on its date.

    >>> p = claim_period(dt.date(2024, 3, 5), None, None)
    >>> (p.start.isoformat(), p.end.isoformat(), p.stated)
    ('2024-03-04T20:00:00+03:00', '2024-03-05T07:00:00+03:00', False)
    >>> claim_period(dt.date(2024, 3, 5), "2024-03-05T08:00+03:00", "2024-03-05T14:00+03:00").stated
    True
    """
    if window_start and window_end:
        try:
            start, end = dt.datetime.fromisoformat(window_start), dt.datetime.fromisoformat(window_end)
            if end > start:
                return Period(start, end, True)
        except ValueError:
            pass
    return Period(dt.datetime.combine(event_date - dt.timedelta(days=1), NIGHT_START, MSK),
                  dt.datetime.combine(event_date, NIGHT_END, MSK), False)


def claimant_identity(claimant: str | None, regions: set[str]) -> str:
    """Who speaks: the role, with the regions named for claimants that do not speak for the whole country.

    >>> claimant_identity("defense_ministry", {"RU-BRY"}), claimant_identity("governor", {"RU-KRS", "RU-BEL"})
    ('defense_ministry', 'governor RU-BEL,RU-KRS')
    """
    role = claimant or "unknown"
    if role in NATIONAL_CLAIMANTS or not regions:
        return role
    return f"{role} {','.join(sorted(regions))}"


def same_period(a: dict, b: dict) -> bool:
    """Two claims of one claimant cover the same period: their periods overlap, and a nominal night
    (no stated window) is only compared with claims of its own date."""
    if not a["period"].overlaps(b["period"]):
        return False
    return (a["period"].stated and b["period"].stated) or a["event_date"] == b["event_date"]


def assign_slots(rows: list[dict]) -> list[str]:
    """For each claim, the id of the claim it is a version of: ``claimant|date|period``.

    Claims of one claimant whose periods overlap (``same_period``) are joined
    (transitively); the slot is named after its earliest date and the window
    of its first stated period, or ``night``.
    """
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_identity: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        row["identity"] = claimant_identity(row["claimant"], set(row["counts"]) | row["named"])
        row["period"] = claim_period(row["event_date"], row["window_start"], row["window_end"])
        by_identity.setdefault(row["identity"], []).append(i)
    for members in by_identity.values():
        members.sort(key=lambda i: rows[i]["period"].start)
        for pos, i in enumerate(members):
            for j in members[pos + 1:]:
                if rows[j]["period"].start >= rows[i]["period"].end:
                    break
                if same_period(rows[i], rows[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    slot_of = [""] * len(rows)
    for members in groups.values():
        first = min(members, key=lambda i: (rows[i]["event_date"], rows[i]["claim_id"]))
        stated = sorted((rows[i]["period"] for i in members if rows[i]["period"].stated), key=lambda p: p.start)
        period = f"{stated[0].start:%H:%M}-{stated[0].end:%H:%M}" if stated else "night"
        name = f"{rows[first]['identity']}|{rows[first]['event_date'].isoformat()}|{period}"
        for i in members:
            slot_of[i] = name
    return slot_of


def versions_agree(a: dict, b: dict) -> bool:
    """Two versions agree when their totals do not differ and one's region counts are part of the other's.

    >>> versions_agree({"stated_total": 26, "counts": {"RU-BRY": 7}},
    ...                {"stated_total": 26, "counts": {"RU-BRY": 7, "RU-KRS": 19}})
    True
    >>> versions_agree({"stated_total": 26, "counts": {}}, {"stated_total": 28, "counts": {}})
    False
    """
    ta, tb = a["stated_total"], b["stated_total"]
    if ta is not None and tb is not None and ta != tb:
        return False
    small, large = sorted((a["counts"], b["counts"]), key=len)
    return all(large.get(code) == n for code, n in small.items())


def completeness(row: dict, n_docs: int) -> tuple:
    """Sort key of the most-complete rule (smaller sorts first); see the module docstring."""
    value = row["stated_total"] if row["stated_total"] is not None else row["itemized_sum"]
    return (
        row["reconciliation"] != "match",
        -len(row["counts"]),
        -n_docs,
        row["stated_total"] is None,
        not row["period"].stated,
        -(value if value is not None else -1),
        row["claim_id"],
    )


def rank_versions(rows: list[dict]) -> list[dict]:
    """Set ``version_key``, ``rank`` (1 = the chosen version; the claims stating one version share its rank)
    and ``agrees`` (every pair of versions in the slot agrees) on every row."""
    by_slot: dict[str, list[dict]] = {}
    for row in rows:
        row["version_key"] = f"{row['stated_total']}|{breakdown_text(row['counts'])}"
        by_slot.setdefault(row["slot"], []).append(row)
    for members in by_slot.values():
        by_version: dict[str, list[dict]] = {}
        for row in members:
            by_version.setdefault(row["version_key"], []).append(row)
        docs = {k: len({r["doc_id"] for r in v}) for k, v in by_version.items()}
        best = {k: min(v, key=lambda r: completeness(r, docs[k])) for k, v in by_version.items()}
        order = sorted(by_version, key=lambda k: completeness(best[k], docs[k]))
        reps = [best[k] for k in order]
        agrees = all(versions_agree(x, y) for i, x in enumerate(reps) for y in reps[i + 1:])
        for rank, key in enumerate(order, start=1):
            for row in by_version[key]:
                row["rank"], row["agrees"] = rank, agrees
    return rows


# ----------------------------------------------------------------------------- daily


def build_daily_from_versions(versions: pl.DataFrame, interceptions: pl.DataFrame) -> pl.DataFrame:
    """``daily`` from the ranked versions: the chosen version of every claim, zeros where a reconciled
    ministry claim leaves a region out."""
    if versions.is_empty():
        return schema.empty_frame("daily")
    chosen = versions.filter(pl.col("rank") == 1).unique("slot", keep="first", maintain_order=True)
    slot_docs = versions.group_by("slot").agg(pl.col("doc_id").unique().alias("docs"))
    chosen = chosen.join(slot_docs, on="slot", how="left", validate="1:1")
    items = (
        interceptions.filter(pl.col("count").is_not_null())
        .select("claim_id", "region_code", "count")
        .join(chosen.select("claim_id", "slot", "event_date", "claimant", "docs"), on="claim_id", how="inner", validate="m:1")
    )
    identity = versions.select("claim_id", pl.col("slot").str.split("|").list.first().alias("identity"))
    items = items.join(identity, on="claim_id", how="left", validate="m:1")
    per_claimant = items.group_by("event_date", "region_code", "identity").agg(pl.col("count").sum())
    region_count = per_claimant.group_by("event_date", "region_code").agg(pl.col("count").max())
    region_tally = items.group_by("event_date", "region_code").agg(
        pl.col("slot").n_unique().alias("n_claims"), pl.col("docs").list.explode(keep_nulls=False, empty_as_null=False).n_unique().alias("n_docs"))
    regions = region_count.join(region_tally, on=["event_date", "region_code"], how="left", validate="1:1")
    national_value = (
        chosen.filter(pl.col("claimant").is_in(list(NATIONAL_CLAIMANTS)))
        .group_by("event_date").agg(pl.col("value").sum().alias("mod"))
    )
    regional = region_count.group_by("event_date").agg(pl.col("count").sum().alias("regional"))
    national = (
        chosen.group_by("event_date").agg(
            pl.col("slot").n_unique().alias("n_claims"), pl.col("docs").list.explode(keep_nulls=False, empty_as_null=False).n_unique().alias("n_docs"))
        .join(regional, on="event_date", how="left", validate="1:1")
        .join(national_value, on="event_date", how="left", validate="1:1")
        .with_columns(pl.max_horizontal("mod", "regional").alias("count"), pl.lit("ALL").alias("region_code"))
    )
    columns = ["event_date", "region_code", "count", "n_claims", "n_docs"]
    zeros = zero_rows(chosen, versions, regions)
    frame = pl.concat([national.select(columns), regions.select(columns), zeros.select(columns)], how="vertical_relaxed")
    frame = frame.select(
        pl.col("event_date").alias("date"), "region_code", pl.col("count").cast(pl.Int64),
        pl.col("n_claims").cast(pl.Int64), pl.col("n_docs").cast(pl.Int64),
    ).sort("date", "region_code")
    return schema.validate("daily", frame)


def zero_rows(chosen: pl.DataFrame, versions: pl.DataFrame, regions: pl.DataFrame) -> pl.DataFrame:
    """Rows with count 0: regions the series knows, on dates whose ministry claims are all itemized and
    reconciled, named by no claim of that date (a region in a shared count is named)."""
    known = sorted({c for c in regions["region_code"].unique().to_list() if "+" not in c})
    national = chosen.filter(pl.col("claimant").is_in(list(NATIONAL_CLAIMANTS)))
    reconciled = (pl.col("reconciliation") == "match") & (pl.col("n_regions") > 0)
    complete = national.filter(reconciled.all().over("event_date"))
    if not known or complete.is_empty():
        return pl.DataFrame(schema={"event_date": pl.Date, "region_code": pl.String, "count": pl.Int64,
                                    "n_claims": pl.Int64, "n_docs": pl.Int64})
    named = (
        versions.select("event_date", pl.col("regions").alias("region_code")).explode("region_code")
        .drop_nulls("region_code")
        .with_columns(pl.col("region_code").str.split("+")).explode("region_code").unique()
    )
    candidates = complete.group_by("event_date").agg(
        pl.col("slot").n_unique().alias("n_claims"), pl.col("docs").list.explode(keep_nulls=False, empty_as_null=False).n_unique().alias("n_docs"))
    return (
        candidates.join(pl.DataFrame({"region_code": known}), how="cross")
        .join(named, on=["event_date", "region_code"], how="anti")
        .with_columns(pl.lit(0, dtype=pl.Int64).alias("count"))
    )


# ----------------------------------------------------------------------------- conflicts


def build_conflicts(versions: pl.DataFrame) -> pl.DataFrame:
    """The ``conflicts`` table: every version of every claim whose versions disagree."""
    disagree = versions.filter(~pl.col("agrees"))
    if disagree.is_empty():
        return schema.empty_frame("conflicts")
    frame = (
        disagree.sort("slot", "rank", "claim_id")
        .group_by("slot", "rank", maintain_order=True)
        .agg(
            pl.col("claimant").first(), pl.col("event_date").min(), pl.col("window_start").first(),
            pl.col("window_end").first(), pl.col("stated_total").first(), pl.col("total_qualifier").first(),
            pl.col("itemized_sum").first(), pl.col("reconciliation").first(), pl.col("breakdown").first(),
            pl.col("claim_id").str.join("; ").alias("claim_ids"), pl.col("doc_id").n_unique().alias("n_docs"),
        )
        .with_columns(pl.col("slot").alias("conflict_id"), pl.col("rank").alias("version"),
                      (pl.col("rank") == 1).alias("chosen"), pl.col("n_docs").cast(pl.Int64))
    )
    return schema.validate("conflicts", frame.select(schema.TABLES["conflicts"].columns))


# ----------------------------------------------------------------------------- weekly and shares


def build_weekly(daily: pl.DataFrame) -> pl.DataFrame:
    """Known days summed per ISO week (Monday first) and region, with the share of the week's national count.

    >>> d = schema.frame_from_rows("daily", [
    ...     {"date": dt.date(2024, 1, 1), "region_code": "ALL", "count": 10},
    ...     {"date": dt.date(2024, 1, 1), "region_code": "RU-BRY", "count": 4},
    ...     {"date": dt.date(2024, 1, 3), "region_code": "ALL", "count": 6}])
    >>> build_weekly(d).select("region_code", "count", "n_days", "share").rows()
    [('ALL', 16, 2, None), ('RU-BRY', 4, 1, 0.25)]
    """
    known = daily.filter(pl.col("date").is_not_null() & pl.col("count").is_not_null())
    if known.is_empty():
        return schema.empty_frame("weekly")
    weeks = (
        known.with_columns(pl.col("date").dt.truncate("1w").alias("week_start"))
        .group_by("week_start", "region_code")
        .agg(pl.col("count").sum(), pl.len().cast(pl.Int64).alias("n_days"))
    )
    return schema.validate("weekly", with_shares(weeks, ["week_start"]).sort("week_start", "region_code").select(
        schema.TABLES["weekly"].columns))


def build_region_shares(daily: pl.DataFrame) -> pl.DataFrame:
    """Each region's claimed total over the whole series, its known days, and its share of the national count
    summed over every dated day.

    >>> d = schema.frame_from_rows("daily", [
    ...     {"date": dt.date(2024, 1, 1), "region_code": "ALL", "count": 10},
    ...     {"date": dt.date(2024, 1, 1), "region_code": "RU-BRY", "count": 4},
    ...     {"date": dt.date(2024, 1, 2), "region_code": "ALL", "count": 6},
    ...     {"date": dt.date(2024, 1, 2), "region_code": "RU-BRY", "count": 0}])
    >>> build_region_shares(d).rows()
    [('ALL', 16, 2, None), ('RU-BRY', 4, 2, 0.25)]
    """
    known = daily.filter(pl.col("date").is_not_null() & pl.col("count").is_not_null())
    if known.is_empty():
        return schema.empty_frame("region_shares")
    totals = known.group_by("region_code").agg(pl.col("count").sum(), pl.len().cast(pl.Int64).alias("n_days"))
    shares = with_shares(totals.with_columns(pl.lit(0).alias("_all")), ["_all"]).drop("_all")
    return schema.validate("region_shares", shares.sort(
        pl.col("region_code") != "ALL", pl.col("count"), pl.col("region_code"), descending=[False, True, False]
    ).select(schema.TABLES["region_shares"].columns))


def with_shares(frame: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """Add ``share``: a region's count over the ``ALL`` count of its group; empty for ``ALL`` and when that is 0."""
    national = frame.filter(pl.col("region_code") == "ALL").select(*by, pl.col("count").alias("_national"))
    return frame.join(national, on=by, how="left", validate="m:1").with_columns(
        pl.when((pl.col("region_code") != "ALL") & (pl.col("_national") > 0))
        .then(pl.col("count") / pl.col("_national")).otherwise(None).alias("share")
    ).drop("_national")
