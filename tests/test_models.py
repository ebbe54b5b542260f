"""Trend models: they decline below the minimum data, say why, and recover a known growth rate."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import polars as pl
import pytest

from stats import models, schema

START = dt.date(2025, 9, 1)


def daily_frame(days: list[int], counts: list[int | None], region: str = "ALL") -> pl.DataFrame:
    """A ``daily`` table with one region's counts on the given day offsets."""
    rows = [{"date": START + dt.timedelta(days=d), "region_code": region, "count": c, "n_claims": 1, "n_docs": 1}
            for d, c in zip(days, counts)]
    return schema.frame_from_rows("daily", rows)


def simulated_negbin(seed: int, n_days: int, growth_30d: float, alpha: float, base: float = 40.0) -> pl.DataFrame:
    """National counts from NB2 with mean ``base * (1 + growth_30d) ** (day / 30)`` on a sparse set of days."""
    rng = np.random.default_rng(seed)
    days = np.sort(rng.choice(int(n_days * 1.5), size=n_days, replace=False))
    mu = base * (1 + growth_30d) ** (days / 30)
    size = 1 / alpha  # NB2: var = mu + alpha * mu^2
    counts = rng.negative_binomial(size, size / (size + mu))
    return daily_frame(days.tolist(), counts.tolist())


def row(results: pl.DataFrame, model: str, term: str) -> dict:
    matches = results.filter((pl.col("model") == model) & (pl.col("term") == term))
    assert matches.height == 1, results
    return matches.row(0, named=True)


# ----------------------------------------------------------------------------- declining


@pytest.mark.parametrize("n_days", [0, 1, models.MIN_DAYS_TREND - 1])
def test_declines_below_the_minimum_with_a_reason(n_days):
    results = models.fit_trends(daily_frame(list(range(n_days)), [10] * n_days))
    schema.validate("trend_results", results)
    assert results["fitted"].to_list() == [False, False]
    assert set(results["model"]) == {models.NB_MODEL, models.POISSON_MODEL}
    for reason in results["reason"]:
        assert reason == f"needs at least {models.MIN_DAYS_TREND} dated days of national totals; the corpus has {n_days}"
    assert results["estimate"].null_count() == results.height


def test_empty_daily_table_declines():
    results = models.fit_trends(schema.empty_frame("daily"))
    assert not results["fitted"].any()
    assert results["reason"][0].endswith("the corpus has 0")


def test_only_national_dated_rows_with_counts_count_towards_the_minimum():
    n = models.MIN_DAYS_TREND
    regional = daily_frame(list(range(n)), [5] * n, region="RU-BRY")
    missing_counts = daily_frame(list(range(n, 2 * n)), [None] * n)
    national = daily_frame(list(range(n - 1)), [5] * (n - 1))
    results = models.fit_trends(pl.concat([regional, missing_counts, national]))
    assert not results["fitted"].any()
    assert results["reason"][0].endswith(f"the corpus has {n - 1}")


def test_all_zero_counts_decline():
    n = models.MIN_DAYS_TREND + 5
    results = models.fit_trends(daily_frame(list(range(n)), [0] * n))
    assert not results["fitted"].any()
    assert "zero" in results["reason"][0]


def test_numerical_failure_becomes_a_declined_row(monkeypatch):
    def broken(*args, **kwargs):
        raise np.linalg.LinAlgError("Singular matrix")

    monkeypatch.setattr(models.sm, "GLM", broken)
    frame = simulated_negbin(seed=3, n_days=30, growth_30d=0.2, alpha=0.2)
    results = models.fit_trends(frame)
    schema.validate("trend_results", results)
    assert results["fitted"].to_list() == [False, False]
    assert all("failed numerically: Singular matrix" in r for r in results["reason"])


# ----------------------------------------------------------------------------- fitting


def test_negative_binomial_interval_covers_the_true_growth():
    truth = 0.5  # +50% per 30 days
    results = models.fit_trends(simulated_negbin(seed=20251112, n_days=60, growth_30d=truth, alpha=0.3))
    schema.validate("trend_results", results)
    growth = row(results, models.NB_MODEL, "growth_per_30d")
    assert growth["fitted"] and growth["n_obs"] == 60
    assert growth["lower"] < 100 * truth < growth["upper"]
    assert growth["lower"] < growth["estimate"] < growth["upper"]
    assert growth["upper"] - growth["lower"] < 100  # informative, not a vacuous interval


def test_no_trend_gives_an_interval_around_zero():
    results = models.fit_trends(simulated_negbin(seed=7, n_days=40, growth_30d=0.0, alpha=0.2))
    growth = row(results, models.NB_MODEL, "growth_per_30d")
    assert growth["lower"] < 0 < growth["upper"]


def test_reports_dispersion_and_both_aics():
    results = models.fit_trends(simulated_negbin(seed=11, n_days=50, growth_30d=0.3, alpha=0.5))
    alpha = row(results, models.NB_MODEL, "alpha")
    assert alpha["lower"] < 0.5 < alpha["upper"]
    nb_aic = row(results, models.NB_MODEL, "aic")["estimate"]
    poisson_aic = row(results, models.POISSON_MODEL, "aic")["estimate"]
    assert math.isfinite(nb_aic) and math.isfinite(poisson_aic)
    assert nb_aic < poisson_aic  # overdispersed counts: the negative binomial fits better


def test_poisson_counts_still_fit_with_a_moment_estimate_of_alpha():
    rng = np.random.default_rng(3)
    days = np.arange(40)
    counts = rng.poisson(30 * 1.2 ** (days / 30))
    results = models.fit_trends(daily_frame(days.tolist(), counts.tolist()))
    assert results["fitted"].all()
    growth = row(results, models.NB_MODEL, "growth_per_30d")
    assert growth["lower"] < 20 < growth["upper"]
    assert "moment estimate" in row(results, models.NB_MODEL, "alpha")["reason"]


def test_deterministic():
    frame = simulated_negbin(seed=5, n_days=30, growth_30d=0.1, alpha=0.2)
    assert models.fit_trends(frame).equals(models.fit_trends(frame))


def test_row_order_does_not_matter():
    frame = simulated_negbin(seed=9, n_days=30, growth_30d=0.4, alpha=0.2)
    shuffled = frame.sample(fraction=1.0, shuffle=True, seed=1)
    assert models.fit_trends(shuffled).equals(models.fit_trends(frame))
