"""The series (stats.series): each claim counted once, conflicts kept, missing is not zero, weeks and shares.

Claims and items are written here as small tables (``claim`` below), as the
extractor would give them; one test runs three articles we wrote through the
whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl
import pytest

from stats import schema, series
from stats.corpus import Document
from stats.tables import build_tables

D1 = dt.date(2024, 3, 5)
D2 = dt.date(2024, 3, 6)
D3 = dt.date(2024, 3, 7)


def claim(claim_id: str, date: dt.date | None, total: int | None, items: dict[str, int | None] | None = None,
          claimant: str = "defense_ministry", window: tuple[str, str] | None = None) -> tuple[dict, list[dict]]:
    """One claim row and its item rows; reconciliation as the extractor sets it."""
    items = items or {}
    counted = [n for n in items.values() if n is not None]
    itemized = sum(counted) if counted else None
    if total is None:
        reconciliation = "no_total" if items else "no_items"
    elif not items:
        reconciliation = "no_items"
    else:
        reconciliation = "match" if itemized == total else ("under" if (itemized or 0) < total else "over")
    doc_id = claim_id.split("#")[0]
    row = {"claim_id": claim_id, "doc_id": doc_id, "claimant": claimant, "event_date": date,
           "window_start": window[0] if window else None, "window_end": window[1] if window else None,
           "stated_total": total, "total_qualifier": "exact" if total is not None else None,
           "itemized_sum": itemized, "reconciliation": reconciliation}
    rows = [{"claim_id": claim_id, "doc_id": doc_id, "event_date": date, "region_code": code, "count": n,
             "qualifier": "exact" if n is not None else "unspecified", "shared": "+" in code, "reading": "explicit",
             "weapon": "drone", "claimant": claimant, "char_start": k} for k, (code, n) in enumerate(items.items())]
    return row, rows


def tables(*claims: tuple[dict, list[dict]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    return (schema.frame_from_rows("claims", [c for c, _ in claims]),
            schema.frame_from_rows("interceptions", [i for _, items in claims for i in items]))


def build(*claims) -> dict[str, pl.DataFrame]:
    return series.build_series(*tables(*claims))


def counts(daily: pl.DataFrame) -> dict[tuple[dt.date, str], int | None]:
    return {(d, r): c for d, r, c in daily.select("date", "region_code", "count").iter_rows()}


def sentinel(date: dt.date) -> tuple[dict, list[dict]]:
    """A governor's claim that makes RU-ORL a region the series knows, without making zeros."""
    return claim(f"gov-{date}#1", date, None, {"RU-ORL": 2}, claimant="governor")


# ----------------------------------------------------------------------------- one claim, several documents

BRY_KRS = {"RU-BRY": 20, "RU-KRS": 6}


def test_one_claim_in_three_documents_counts_once():
    out = build(claim("a#1", D1, 26, BRY_KRS), claim("b#1", D1, 26, BRY_KRS), claim("c#1", D1, 26, BRY_KRS))
    assert counts(out["daily"]) == {(D1, "ALL"): 26, (D1, "RU-BRY"): 20, (D1, "RU-KRS"): 6}
    assert out["daily"].filter(pl.col("region_code") == "ALL").select("n_claims", "n_docs").row(0) == (1, 3)
    assert out["conflicts"].is_empty()


def test_a_partial_report_of_the_same_claim_agrees_and_counts_once():
    """'destroyed 26 drones, including 20 over Bryansk' beside the full statement."""
    out = build(claim("full#1", D1, 26, BRY_KRS), claim("part#1", D1, 26, {"RU-BRY": 20}), claim("bare#1", D1, 26))
    assert counts(out["daily"]) == {(D1, "ALL"): 26, (D1, "RU-BRY"): 20, (D1, "RU-KRS"): 6}
    assert out["conflicts"].is_empty()


ARTICLES = [  # one ministry statement, worded three ways (written for this test)
    ("wire", "2024-03-05",
     "MOSCOW, March 5. The Russian Defense Ministry said air defenses destroyed 26 Ukrainian drones overnight: "
     "20 over the Bryansk Region and 6 over the Kursk Region."),
    ("daily", "2024-03-05",
     "Overnight, on-duty air defense systems intercepted and destroyed twenty-six UAVs, the Defense Ministry said "
     "in a statement. Twenty were downed over Bryansk Oblast and six over Kursk Oblast."),
    ("summary", "2024-03-06",
     "Russia's defense ministry said on Tuesday its air defense units had shot down 26 Ukrainian drones on the "
     "night of March 4 to 5, including 20 over the Bryansk Region."),
]


def test_three_articles_with_different_wording_are_one_claim():
    docs = [Document(doc_id=name, source=f"{name}.txt", text=text, sha256="", published=published)
            for name, published, text in ARTICLES]
    frames = build_tables(docs, workers=1)
    claims = frames["claims"]
    assert claims.height == 3 and set(claims["event_date"]) == {D1}  # the extractor sees three claims ...
    assert counts(frames["daily"]) == {(D1, "ALL"): 26, (D1, "RU-BRY"): 20, (D1, "RU-KRS"): 6}  # ... counted once
    national = frames["daily"].filter(pl.col("region_code") == "ALL").row(0, named=True)
    assert (national["n_claims"], national["n_docs"]) == (1, 3)
    assert frames["conflicts"].is_empty()


# ----------------------------------------------------------------------------- conflicts


def test_disagreeing_reports_are_listed_and_the_most_complete_version_is_used():
    out = build(
        claim("a#1", D1, 26, BRY_KRS),                      # reconciled: chosen
        claim("b#1", D1, 28, {"RU-BRY": 20, "RU-KRS": 6}),  # another total, items short of it
        claim("c#1", D1, 26, {"RU-BRY": 21}),               # another count for Bryansk
        claim("d#1", D1, 26, BRY_KRS),                      # a second document for the chosen version
    )
    assert counts(out["daily"])[(D1, "ALL")] == 26
    assert counts(out["daily"])[(D1, "RU-BRY")] == 20
    conflicts = schema.validate("conflicts", out["conflicts"])
    assert conflicts["conflict_id"].unique().to_list() == [f"defense_ministry|{D1}|night"]
    assert conflicts["version"].to_list() == [1, 2, 3]
    assert conflicts["chosen"].to_list() == [True, False, False]
    first = conflicts.row(0, named=True)
    assert (first["claim_ids"], first["n_docs"], first["breakdown"]) == ("a#1; d#1", 2, "RU-BRY=20; RU-KRS=6")
    assert set(conflicts["stated_total"]) == {26, 28}


@pytest.mark.parametrize("a,b,chosen", [
    pytest.param(claim("a#1", D1, 26, {"RU-BRY": 26}), claim("b#1", D1, 30, {"RU-BRY": 20, "RU-KRS": 6}), "a#1",
                 id="reconciled before more regions"),
    pytest.param(claim("a#1", D1, None, {"RU-BRY": 20}), claim("b#1", D1, None, {"RU-BRY": 10, "RU-KRS": 6}), "b#1",
                 id="more regions"),
    pytest.param(claim("a#1", D1, 30), claim("b#1", D1, 26), "a#1", id="larger number when nothing else decides"),
])
def test_the_most_complete_rule(a, b, chosen):
    conflicts = build(a, b)["conflicts"]
    assert conflicts.filter(pl.col("chosen"))["claim_ids"].to_list() == [chosen]


def test_more_documents_decide_between_otherwise_equal_versions():
    out = build(claim("a#1", D1, 30), claim("b#1", D1, 26), claim("c#1", D1, 26))
    assert out["conflicts"].filter(pl.col("chosen"))["claim_ids"].to_list() == ["b#1; c#1"]
    assert counts(out["daily"])[(D1, "ALL")] == 26


def test_claims_of_different_governors_are_not_versions_of_each_other():
    out = build(claim("a#1", D1, None, {"RU-BRY": 4}, claimant="governor"),
                claim("b#1", D1, None, {"RU-KRS": 3}, claimant="governor"))
    assert out["conflicts"].is_empty()
    assert counts(out["daily"]) == {(D1, "ALL"): 7, (D1, "RU-BRY"): 4, (D1, "RU-KRS"): 3}


def test_a_governor_and_the_ministry_overlap_the_larger_count_is_used():
    out = build(claim("mod#1", D1, 26, BRY_KRS), claim("gov#1", D1, None, {"RU-KRS": 9}, claimant="governor"))
    assert counts(out["daily"]) == {(D1, "ALL"): 29, (D1, "RU-BRY"): 20, (D1, "RU-KRS"): 9}
    assert out["conflicts"].is_empty()  # different claimants do not conflict


# ----------------------------------------------------------------------------- periods


NIGHT = ("2024-03-04T23:00+03:00", "2024-03-05T07:00+03:00")
LONG_NIGHT = ("2024-03-04T20:00+03:00", "2024-03-05T07:00+03:00")
DAY = ("2024-03-05T08:00+03:00", "2024-03-05T14:00+03:00")


def test_day_and_night_claims_of_one_date_both_count():
    out = build(claim("night#1", D1, 26, BRY_KRS), claim("day#1", D1, 5, {"RU-BRY": 5}, window=DAY))
    assert counts(out["daily"]) == {(D1, "ALL"): 31, (D1, "RU-BRY"): 25, (D1, "RU-KRS"): 6}
    assert out["daily"].filter(pl.col("region_code") == "ALL")["n_claims"].to_list() == [2]


def test_overlapping_windows_are_not_counted_twice():
    out = build(claim("a#1", D1, 26, BRY_KRS, window=LONG_NIGHT), claim("b#1", D1, 24, {"RU-BRY": 20}, window=NIGHT),
                claim("c#1", D1, 26, BRY_KRS))  # 'overnight', no window: the night too
    assert counts(out["daily"])[(D1, "ALL")] == 26
    conflicts = out["conflicts"]
    assert conflicts["conflict_id"].unique().to_list() == [f"defense_ministry|{D1}|20:00-07:00"]
    assert conflicts.filter(pl.col("chosen"))["claim_ids"].to_list() == ["a#1; c#1"]


def test_windows_overlapping_across_midnight_of_two_dates_are_one_claim():
    evening = ("2024-03-04T20:00+03:00", "2024-03-04T23:30+03:00")  # event date March 4
    out = build(claim("a#1", D1 - dt.timedelta(days=1), 10, {"RU-BRY": 10}, window=evening),
                claim("b#1", D1, 10, {"RU-BRY": 10}, window=LONG_NIGHT))
    national = out["daily"].filter(pl.col("region_code") == "ALL")
    assert national["count"].sum() == 10 and national.height == 1


def test_undated_claims_stay_out():
    out = build(claim("a#1", None, 26, BRY_KRS))
    for name in ("daily", "weekly", "region_shares", "conflicts"):
        assert out[name].is_empty() and out[name].columns == list(schema.TABLES[name].columns)


# ----------------------------------------------------------------------------- missing is not zero


def test_a_reconciled_ministry_claim_makes_zeros_for_regions_it_leaves_out():
    out = build(claim("a#1", D1, 26, BRY_KRS), claim("b#1", D2, 9, {"RU-KRS": 9}), claim("c#1", D3, 4, {"RU-BEL": 4}))
    got = counts(out["daily"])
    assert got[(D2, "RU-BRY")] == 0 and got[(D2, "RU-BEL")] == 0
    assert got[(D1, "RU-BEL")] == 0 and got[(D3, "RU-KRS")] == 0
    zero = out["daily"].filter((pl.col("date") == D2) & (pl.col("region_code") == "RU-BRY")).row(0, named=True)
    assert (zero["n_claims"], zero["n_docs"]) == (1, 1)


@pytest.mark.parametrize("day_claim", [
    pytest.param(claim("b#1", D2, 12, {"RU-KRS": 9}), id="items short of the total (under)"),
    pytest.param(claim("b#1", D2, None, {"RU-KRS": 9}), id="no total stated"),
    pytest.param(claim("b#1", D2, 9), id="a total without items"),
    pytest.param(claim("b#1", D2, 9, {"RU-KRS": 9}, claimant="governor"), id="a governor's reconciled claim"),
])
def test_other_claims_leave_a_region_unknown(day_claim):
    out = build(claim("a#1", D1, 26, BRY_KRS), day_claim)
    assert (D2, "RU-BRY") not in counts(out["daily"])


def test_no_zeros_when_another_ministry_claim_of_the_date_leaves_drones_unattributed():
    out = build(claim("a#1", D1, 26, BRY_KRS), claim("night#1", D2, 9, {"RU-KRS": 9}),
                claim("day#1", D2, 7, {"RU-KRS": 2}, window=("2024-03-06T08:00+03:00", "2024-03-06T14:00+03:00")))
    got = counts(out["daily"])
    assert got[(D2, "RU-KRS")] == 11 and got[(D2, "ALL")] == 16
    assert (D2, "RU-BRY") not in got  # five of the day's drones could have been over Bryansk


def test_codebook_tables_have_four_cells_a_row():
    rows = [line for line in schema.codebook_markdown().splitlines() if line.startswith("|")]
    assert rows and all(line.count("|") == 5 for line in rows)


def test_a_region_named_without_a_number_or_in_a_shared_count_is_not_zero():
    out = build(claim("a#1", D1, 26, {**BRY_KRS}), sentinel(D1),
                claim("b#1", D2, 9, {"RU-KRS": 9, "RU-BRY": None}),              # named, no number: unknown
                claim("c#1", D3, 9, {"RU-KRS": 5, "RU-BRY+RU-ORL": 4}))            # shared with Oryol: unknown
    got = counts(out["daily"])
    assert (D2, "RU-BRY") not in got and got[(D2, "RU-ORL")] == 0
    assert (D3, "RU-BRY") not in got and (D3, "RU-ORL") not in got
    assert got[(D3, "RU-BRY+RU-ORL")] == 4


def test_days_without_claims_are_gaps():
    out = build(claim("a#1", D1, 26, BRY_KRS), claim("c#1", D3, 4, {"RU-BEL": 4}))
    assert D2 not in set(out["daily"]["date"])


# ----------------------------------------------------------------------------- weekly and shares


def test_weekly_sums_known_days_and_shares_of_the_national_count():
    monday = dt.date(2024, 3, 4)
    out = build(claim("a#1", monday, 30, {"RU-BRY": 20, "RU-KRS": 10}), claim("b#1", monday + dt.timedelta(days=2), 10, {"RU-BRY": 10}),
                claim("c#1", monday + dt.timedelta(days=7), 8, {"RU-KRS": 8}))
    weekly = schema.validate("weekly", out["weekly"])
    rows = {(w, r): (c, n, s) for w, r, c, n, s in weekly.iter_rows()}
    assert rows[(monday, "ALL")] == (40, 2, None)
    assert rows[(monday, "RU-BRY")] == (30, 2, 0.75)
    assert rows[(monday, "RU-KRS")] == (10, 2, 0.25)  # its 0 on Wednesday is a known day
    assert rows[(monday + dt.timedelta(days=7), "RU-BRY")] == (0, 1, 0.0)
    shares = {r: (c, n, s) for r, c, n, s in schema.validate("region_shares", out["region_shares"]).iter_rows()}
    assert shares["ALL"] == (48, 3, None)
    assert shares["RU-BRY"] == (30, 3, pytest.approx(30 / 48))
    assert shares["RU-KRS"] == (18, 3, pytest.approx(18 / 48))
    assert out["region_shares"]["region_code"].to_list() == ["ALL", "RU-BRY", "RU-KRS"]


def test_build_daily_is_build_series_daily():
    claims, items = tables(claim("a#1", D1, 26, BRY_KRS), claim("b#1", D2, 9, {"RU-KRS": 9}))
    assert series.build_daily(claims, items).equals(series.build_series(claims, items)["daily"])


# ----------------------------------------------------------------------------- properties


def random_claims(seed: int, n: int = 40) -> list[tuple[dict, list[dict]]]:
    """Ministry claims on a few dates, some with a daytime window, some partial, some disagreeing."""
    import numpy as np

    rng = np.random.default_rng(seed)
    codes = ["RU-BRY", "RU-KRS", "RU-BEL", "RU-ORL"]
    out = []
    for k in range(n):
        date = D1 + dt.timedelta(days=int(rng.integers(0, 6)))
        chosen = sorted(rng.choice(codes, int(rng.integers(1, 4)), replace=False).tolist())
        items = {c: int(rng.integers(1, 9)) for c in chosen}
        total = sum(items.values()) + int(rng.integers(0, 3)) if rng.random() < 0.8 else None
        window = None
        if rng.random() < 0.3:
            window = (f"{date.isoformat()}T08:00+03:00", f"{date.isoformat()}T14:00+03:00")
        out.append(claim(f"doc{k}#1", date, total, items, window=window))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_row_order_and_reporting_every_document_twice_change_nothing(seed):
    original = random_claims(seed)
    twice = original + [({**c, "claim_id": "copy-" + c["claim_id"], "doc_id": "copy-" + c["doc_id"]},
                         [{**i, "claim_id": "copy-" + i["claim_id"], "doc_id": "copy-" + i["doc_id"]} for i in items])
                        for c, items in original]
    base = build(*original)
    shuffled = build(*[original[i] for i in np.random.default_rng(seed).permutation(len(original))])
    assert shuffled["daily"].equals(base["daily"])
    doubled = build(*twice)
    assert doubled["daily"].drop("n_docs").equals(base["daily"].drop("n_docs"))
    assert (doubled["daily"]["n_docs"] == 2 * base["daily"]["n_docs"]).all()


@pytest.mark.parametrize("seed", range(5))
def test_national_count_is_at_least_the_sum_of_regions_and_every_claim_is_used_once(seed):
    out = build(*random_claims(seed))
    daily = out["daily"]
    regional = daily.filter(pl.col("region_code") != "ALL").group_by("date").agg(pl.col("count").sum().alias("regions"))
    joined = daily.filter(pl.col("region_code") == "ALL").join(regional, on="date", how="left")
    assert (joined["count"] >= joined["regions"].fill_null(0)).all()
    conflicts = out["conflicts"]
    if conflicts.height:
        assert (conflicts.group_by("conflict_id").agg(pl.col("chosen").sum())["chosen"] == 1).all()


def test_an_evening_window_is_not_the_next_dates_unwindowed_night():
    """'from 20:30 to 22:30 on March 4' (dated March 4) and 'overnight' dated March 5: two claims, two dates."""
    evening = ("2024-03-04T20:30+03:00", "2024-03-04T22:30+03:00")
    out = build(claim("a#1", D1 - dt.timedelta(days=1), 4, {"RU-BRY": 4}, window=evening), claim("b#1", D1, 26, BRY_KRS))
    national = {d: c for d, r, c in out["daily"].select("date", "region_code", "count").iter_rows() if r == "ALL"}
    assert national == {D1 - dt.timedelta(days=1): 4, D1: 26}
    assert out["conflicts"].is_empty()
