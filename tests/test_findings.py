"""Key findings and the numbers behind the report's words, from small tables built here."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from stats import findings, models, schema

D1 = dt.date(2025, 3, 1)


def day(k: int) -> dt.date:
    return D1 + dt.timedelta(days=k)


def tables(**given: list[dict]) -> dict[str, pl.DataFrame]:
    """Every table; the ones named are built from the rows given, the models' tables fitted when not given."""
    out = {name: schema.frame_from_rows(name, given.get(name, [])) for name in schema.TABLES}
    out.update({name: frame for name, frame in models.fit_models(out["daily"]).items() if name not in given})
    return out


def national(counts: dict[int, int]) -> list[dict]:
    return [{"date": day(k), "region_code": "ALL", "count": c, "n_claims": 1, "n_docs": 1} for k, c in counts.items()]


# ----------------------------------------------------------------------------- the largest day


def test_largest_day_names_the_date_and_count_and_counts_ties():
    t = tables(daily=national({0: 5, 1: 40, 3: 12, 4: 40}) + [
        {"date": day(2), "region_code": "RU-BRY", "count": 99}])  # a region's count is not national
    text = findings.finding_largest_day(t)
    assert "2025-03-02, with 40 claimed interceptions" in text
    assert "and on 1 other day" in text
    assert "the median day has 26" in text  # median of 5, 12, 40, 40


def test_largest_claim_stands_in_when_nothing_is_dated():
    t = tables(claims=[
        {"claim_id": "a#1", "claimant": "governor", "claimant_name": "Governor Gladkov", "stated_total": 12,
         "reconciliation": "no_items"},
        {"claim_id": "b#1", "claimant": "defense_ministry", "stated_total": 83, "reconciliation": "under"},
    ])
    text = findings.finding_largest_day(t)
    assert text.startswith("No claim could be dated")
    assert "83 interceptions (b#1, defense ministry)" in text


# ----------------------------------------------------------------------------- the trend


def test_trend_sentence_gives_the_estimate_and_interval_of_the_fitted_model():
    t = tables(trend_results=[
        {"model": models.NB_MODEL, "term": "growth_per_30d", "estimate": 19.5056, "lower": 13.27, "upper": 26.09,
         "n_obs": 90, "fitted": True}])
    text = findings.finding_trend(t)
    assert "rising: +19.5% per 30 days (95% interval +13.3% to +26.1%" in text
    assert "over 90 dated days" in text


@pytest.mark.parametrize("lower, upper, word", [(-5.0, 8.0, "no clear direction"), (-30.0, -2.0, "falling")])
def test_trend_sentence_says_when_the_interval_includes_no_change(lower, upper, word):
    t = tables(trend_results=[{"model": models.NB_MODEL, "term": "growth_per_30d", "estimate": (lower + upper) / 2,
                               "lower": lower, "upper": upper, "n_obs": 40, "fitted": True}])
    assert word in findings.finding_trend(t)


def test_trend_sentence_says_what_is_missing_when_the_model_declines():
    t = tables(daily=national({k: 10 for k in range(5)}))
    assert findings.finding_trend(t) == (
        "No national trend is given: the trend model needs at least 14 dated days of national totals; the corpus has 5.")


# ----------------------------------------------------------------------------- regions


SHARES = [
    {"region_code": "ALL", "count": 100, "n_days": 3},
    {"region_code": "RU-BRY", "count": 50, "n_days": 3, "share": 0.5},
    {"region_code": "RU-KRS", "count": 30, "n_days": 3, "share": 0.3},
    {"region_code": "SEA-BLACK", "count": 12, "n_days": 3, "share": 0.12},
    {"region_code": "RU-TUL", "count": 8, "n_days": 3, "share": 0.08},
    {"region_code": "RU-KLU", "count": 0, "n_days": 3, "share": 0.0},
]
ITEMS = [
    {"claim_id": "a#1", "region_code": "RU-BRY", "region_name": "Bryansk", "count": 7},
    {"claim_id": "b#1", "region_code": "RU-BRY", "region_name": "Bryansk", "count": 7},  # the same claim, reported twice
    {"claim_id": "a#1", "region_code": "RU-KLU+RU-TUL", "region_name": "Kaluga + Tula", "count": 2, "shared": True},
    {"claim_id": "a#1", "region_code": "RU-ORL", "region_name": "Oryol", "count": None},
]


def test_region_totals_come_from_the_series_when_it_has_regions():
    totals = findings.region_totals(tables(region_shares=SHARES, interceptions=ITEMS))
    assert totals.basis == "series"
    assert totals.frame.rows() == [("RU-BRY", "Bryansk", 50), ("RU-KRS", "Kursk", 30), ("SEA-BLACK", "Black Sea", 12),
                                   ("RU-TUL", "Tula", 8), ("RU-KLU", "Kaluga", 0)]


def test_region_totals_sum_the_items_when_nothing_is_dated():
    totals = findings.region_totals(tables(interceptions=ITEMS))
    assert totals.basis == "items"
    assert totals.frame.rows() == [("RU-BRY", "Bryansk", 14), ("RU-KLU+RU-TUL", "Kaluga + Tula", 2)]
    assert "not merged" in totals.description


def test_top_regions_sentence_gives_their_share_of_all_regional_counts():
    text = findings.finding_top_regions(tables(region_shares=SHARES))
    assert text == ("The top 3 regions in the daily series are Bryansk (50), Kursk (30) and Black Sea (12): "
                    "92% of the 100 claimed interceptions attributed to a region.")


def test_top_regions_sentence_with_fewer_regions_than_the_top():
    text = findings.finding_top_regions(tables(interceptions=ITEMS[:1]))
    assert text == "1 region has claimed interceptions summed over all claims: Bryansk (7)."


def test_biggest_riser_is_the_largest_fitted_growth_with_its_interval():
    t = tables(region_trends=[
        {"region_code": "RU-BRY", "estimate": 12.0, "lower": 2.0, "upper": 25.0, "n_obs": 40, "fitted": True},
        {"region_code": "RU-KRS", "estimate": 48.0, "lower": -10.0, "upper": 140.0, "n_obs": 40, "fitted": True},
        {"region_code": "RU-TUL", "n_obs": 3, "fitted": False, "reason": "too short"},
    ])
    text = findings.finding_riser(t)
    assert "among the 2 regions with a trend is Kursk: +48.0% per 30 days (95% interval -10.0% to +140%)" in text
    assert "includes no change" in text


def test_no_riser_says_what_a_region_trend_needs():
    t = tables(region_trends=[{"region_code": "RU-TUL", "n_obs": 3, "fitted": False, "reason": "too short"}])
    assert findings.finding_riser(t) == ("No region has a trend: each needs 28 days with a known count, 7 of them "
                                         "not zero; the 1 region in the series falls short.")


# ----------------------------------------------------------------------------- claims


def test_reconciliation_share_counts_only_claims_with_a_total_and_items():
    t = tables(claims=[{"claim_id": f"c#{i}", "reconciliation": r} for i, r in enumerate(
        ["match", "match", "match", "under", "over", "no_total", "no_items", "no_items"])])
    assert findings.finding_reconciliation(t) == (
        "Of the 5 claims with both a stated total and a breakdown by region, 3 (60%) reconcile: their items add up "
        "to the total; 1 fall short of it and 1 exceed it.")


def test_key_findings_of_an_empty_corpus_say_what_is_missing():
    sentences = findings.key_findings(tables())
    assert len(sentences) == 5  # no undated-claims sentence without claims
    assert sentences[0].startswith("No claim states a total")
    assert sentences[1].startswith("No national trend is given")
    assert sentences[4] == "There was nothing to read: the corpus has no documents."
    # documents read, none with a claim
    with_documents = tables(documents=[{"doc_id": "a", "source": "a.txt", "status": "no_claims"}])
    assert findings.key_findings(with_documents)[4] == "No claims were found in the documents."


def test_key_findings_mention_undated_claims():
    t = tables(claims=[{"claim_id": "a#1", "reconciliation": "no_total", "event_date": D1},
                       {"claim_id": "a#2", "reconciliation": "no_total"}])
    assert findings.key_findings(t)[-1].startswith("1 of the 2 claims could not be dated")


# ----------------------------------------------------------------------------- problems and coverage


def test_problems_are_split_and_sorted_by_kind():
    docs = schema.frame_from_rows("documents", [
        {"doc_id": "a", "problems": "place 'Kumzhensky' read as 'Kumylzhensky' (Volgograd, RU-VGG; similarity 0.96); "
                                    "unknown place 'Zzyx'; date 'May 3' has no year and there is no publication date; "
                                    "left unresolved"},
        {"doc_id": "b", "problems": "front matter is not valid YAML (bad); read as text"},
        {"doc_id": "c"},
    ])
    rows = findings.problem_rows(docs)
    assert rows["kind"].to_list() == ["fuzzy-matched place", "unknown place", "undatable time", "unreadable or odd input"]
    assert rows["problem"][2].endswith("; left unresolved")


def test_coverage_counts_dated_claims_and_their_range():
    t = tables(claims=[{"claim_id": "a#1", "event_date": day(9)}, {"claim_id": "a#2", "event_date": day(0)},
                       {"claim_id": "a#3"}],
               documents=[{"doc_id": "a"}, {"doc_id": "b"}], daily=national({0: 3, 9: 4}))
    cov = findings.coverage(t)
    assert (cov.n_documents, cov.n_claims, cov.n_dated_claims, cov.n_dated_days) == (2, 3, 2, 2)
    assert findings.date_range_text(cov) == "2025-03-01 to 2025-03-10 (10 days)"


def test_numbers_in_a_sentence():
    assert findings.numbers_in("Of the 5 claims, 3 (60%) reconcile; +19.5% on 2025-03-02.") == [
        "5", "3", "60%", "+19.5%", "2025-03-02"]
