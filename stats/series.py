"""The daily series: claimed interceptions per date and region, each claim counted once.

Rules (the report's methods section states them too):

* Only dated claims enter the series; undated ones are listed in the report.
* One claim reported by several documents counts once.  Two claims are the
  same when claimant, event date, stated total and itemized breakdown agree.
* A region's count on a date is the largest any one claimant claims for it
  (a governor's and the ministry's figures for the same night overlap).
* The national count (``ALL``) on a date is the larger of the Defense
  Ministry's claimed totals and the sum of the region counts.
* Regions that no claim mentions on a date have no row: missing is not zero.
"""

from __future__ import annotations

import polars as pl

from stats import schema


def claim_value() -> pl.Expr:
    """A claim's number: its stated total, else the sum of its items."""
    return pl.coalesce(pl.col("stated_total"), pl.col("itemized_sum"))


def dedup_claims(claims: pl.DataFrame, interceptions: pl.DataFrame) -> pl.DataFrame:
    """Dated claims with a `claim_key`; a key shared by several documents is one claim."""
    breakdown = (
        interceptions.filter(pl.col("count").is_not_null())
        .sort("region_code", "weapon", "count")
        .group_by("claim_id")
        .agg(pl.format("{}={}:{}", "region_code", "weapon", "count").str.join(",").alias("breakdown"))
    )
    return (
        claims.filter(pl.col("event_date").is_not_null())
        .join(breakdown, on="claim_id", how="left", validate="1:1")
        .with_columns(
            pl.concat_str(
                [pl.col("claimant"), pl.col("event_date").cast(pl.String), pl.col("stated_total").cast(pl.String).fill_null("-"),
                 pl.col("breakdown").fill_null("")],
                separator="|",
            ).alias("claim_key"),
            claim_value().alias("value"),
        )
    )


def build_daily(claims: pl.DataFrame, interceptions: pl.DataFrame) -> pl.DataFrame:
    """The `daily` table (see the module docstring for the rules)."""
    dated = dedup_claims(claims, interceptions)
    if dated.is_empty():
        return schema.empty_frame("daily")
    key_docs = dated.select("claim_key", "event_date", "doc_id").unique()
    unique = dated.sort("claim_id").group_by("claim_key").agg(
        pl.col("claim_id").first(), pl.col("event_date").first(), pl.col("claimant").first(), pl.col("value").first()
    )
    items = interceptions.filter(pl.col("count").is_not_null()).join(
        unique.select("claim_id", "claim_key"), on="claim_id", how="inner", validate="m:1"
    )
    per_claimant = items.group_by("event_date", "region_code", "claimant").agg(pl.col("count").sum())
    region_count = per_claimant.group_by("event_date", "region_code").agg(pl.col("count").max())
    region_keys = items.select("event_date", "region_code", "claim_key").unique()
    regions = region_count.join(_tally(region_keys, key_docs, ["event_date", "region_code"]), on=["event_date", "region_code"], how="left", validate="1:1")
    mod = unique.filter(pl.col("claimant") == "defense_ministry").group_by("event_date").agg(pl.col("value").sum().alias("mod"))
    regional = region_count.group_by("event_date").agg(pl.col("count").sum().alias("regional"))
    national = (
        _tally(unique.select("event_date", "claim_key"), key_docs, ["event_date"])
        .join(regional, on="event_date", how="left", validate="1:1")
        .join(mod, on="event_date", how="left", validate="1:1")
        .with_columns(pl.max_horizontal("mod", "regional").alias("count"), pl.lit("ALL").alias("region_code"))
    )
    columns = ["event_date", "region_code", "count", "n_claims", "n_docs"]
    frame = pl.concat([national.select(columns), regions.select(columns)], how="vertical_relaxed")
    frame = frame.select(
        pl.col("event_date").alias("date"), "region_code", pl.col("count").cast(pl.Int64),
        pl.col("n_claims").cast(pl.Int64), pl.col("n_docs").cast(pl.Int64),
    ).sort("date", "region_code")
    return schema.validate("daily", frame)


def _tally(keys: pl.DataFrame, key_docs: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """Distinct claims and distinct documents behind each group of ``by``."""
    docs = keys.join(key_docs.select("claim_key", "doc_id"), on="claim_key", how="left", validate="m:m")
    return (
        keys.group_by(by).agg(pl.col("claim_key").n_unique().alias("n_claims"))
        .join(docs.group_by(by).agg(pl.col("doc_id").n_unique().alias("n_docs")), on=by, how="left", validate="1:1")
    )
