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


TREND_MODELS = {models.NB_MODEL, models.POISSON_MODEL}


def trend_only(results: pl.DataFrame) -> pl.DataFrame:
    return results.filter(pl.col("model").is_in(list(TREND_MODELS)))


@pytest.mark.parametrize("n_days", [0, 1, models.MIN_DAYS_TREND - 1])
def test_declines_below_the_minimum_with_a_reason(n_days):
    results = models.fit_trends(daily_frame(list(range(n_days)), [10] * n_days))
    schema.validate("trend_results", results)
    assert not results["fitted"].any()  # every model declines, each with a reason
    assert results["reason"].null_count() == 0
    trend = trend_only(results)
    assert trend["fitted"].to_list() == [False, False]
    assert set(trend["model"]) == TREND_MODELS
    for reason in trend["reason"]:
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


@pytest.mark.parametrize("nonzero", [0, models.MIN_NONZERO_TREND - 1])
def test_series_of_mostly_zero_counts_decline(nonzero):
    n = models.MIN_DAYS_TREND + 5
    results = models.fit_trends(daily_frame(list(range(n)), [0] * (n - nonzero) + [4] * nonzero))
    assert not results["fitted"].any()
    assert row(results, models.NB_MODEL, "growth_per_30d")["reason"] == (
        f"needs at least {models.MIN_NONZERO_TREND} dated days with a non-zero national total; "
        f"{nonzero} of the {n} dated national totals are not zero")


def test_numerical_failure_becomes_a_declined_row(monkeypatch):
    def broken(*args, **kwargs):
        raise np.linalg.LinAlgError("Singular matrix")

    monkeypatch.setattr(models.sm, "GLM", broken)
    frame = simulated_negbin(seed=3, n_days=30, growth_30d=0.2, alpha=0.2)
    results = trend_only(models.fit_trends(frame))
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
    results = trend_only(models.fit_trends(daily_frame(days.tolist(), counts.tolist())))
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


# ----------------------------------------------------------------------------- day-of-week terms


def weekly_negbin(seed: int, n_days: int, growth_30d: float, weekly: tuple[float, ...], alpha: float = 0.05,
                  base: float = 40.0, start: dt.date = START) -> pl.DataFrame:
    """National NB2 counts on every day, mean ``base * (1 + growth_30d) ** (day / 30) * weekly[weekday]``."""
    rng = np.random.default_rng(seed)
    days = np.arange(n_days)
    weekday = np.asarray([(start + dt.timedelta(days=int(d))).weekday() for d in days])
    mu = base * (1 + growth_30d) ** (days / 30) * np.asarray(weekly)[weekday]
    size = 1 / alpha
    counts = rng.negative_binomial(size, size / (size + mu))
    rows = [{"date": start + dt.timedelta(days=int(d)), "region_code": "ALL", "count": int(c)} for d, c in zip(days, counts)]
    return schema.frame_from_rows("daily", rows)


SATURDAY_TRIPLES = (1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 1.0)


def test_weekday_terms_enter_from_four_weeks():
    short = models.fit_trends(weekly_negbin(1, models.MIN_DAYS_WEEKDAY - 1, 0.1, SATURDAY_TRIPLES))
    assert not short["term"].str.starts_with("weekday_").any()
    assert "without day-of-week terms" in row(short, models.NB_MODEL, "growth_per_30d")["reason"]
    enough = models.fit_trends(weekly_negbin(1, models.MIN_DAYS_WEEKDAY, 0.1, SATURDAY_TRIPLES))
    weekdays = enough.filter(pl.col("term").str.starts_with("weekday_") & (pl.col("model") == models.NB_MODEL))
    assert weekdays["term"].to_list() == [f"weekday_{d}" for d in ("tue", "wed", "thu", "fri", "sat", "sun")]
    assert row(enough, models.NB_MODEL, "growth_per_30d")["reason"] == "log-linear trend with day-of-week terms"


def test_weekday_rate_ratios_find_the_saturday_peak():
    results = models.fit_trends(weekly_negbin(1, 84, 0.1, SATURDAY_TRIPLES))
    weekdays = results.filter(pl.col("term").str.starts_with("weekday_") & (pl.col("model") == models.NB_MODEL))
    saturday = row(results, models.NB_MODEL, "weekday_sat")
    assert saturday["lower"] < 3.0 < saturday["upper"]
    assert all(r["upper"] < saturday["lower"] for r in weekdays.filter(pl.col("term") != "weekday_sat").iter_rows(named=True))


def test_weekday_terms_need_every_weekday_twice():
    frame = weekly_negbin(2, 70, 0.1, SATURDAY_TRIPLES).filter(pl.col("date").dt.weekday() != 7)  # no Sundays
    results = models.fit_trends(frame)
    assert row(results, models.NB_MODEL, "growth_per_30d")["fitted"]
    assert not results["term"].str.starts_with("weekday_").any()


# ----------------------------------------------------------------------------- the trend curve (the report's band)


def test_trend_curve_spans_every_calendar_day_and_grows_at_the_reported_rate():
    frame = simulated_negbin(seed=5, n_days=40, growth_30d=0.3, alpha=0.1)  # sparse days: gaps inside the span
    fitted = models.fit_models(frame)
    curve = schema.validate("trend_curve", fitted["trend_curve"])
    first, last = frame["date"].min(), frame["date"].max()
    assert curve["date"].to_list() == [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
    assert curve.height > frame.height  # the gap days have a trend value too
    growth = row(fitted["trend_results"], models.NB_MODEL, "growth_per_30d")["estimate"]
    values = curve["estimate"].to_numpy()
    assert values[30] / values[0] - 1 == pytest.approx(growth / 100, rel=1e-9)
    assert (curve["lower"] < curve["estimate"]).all() and (curve["estimate"] < curve["upper"]).all()
    width = (curve["upper"] / curve["lower"]).to_numpy()
    assert width[len(width) // 2] < width[0] and width[len(width) // 2] < width[-1]  # narrowest inside the data


def test_trend_curve_is_smooth_when_the_model_has_weekday_terms():
    fitted = models.fit_models(weekly_negbin(1, 84, 0.1, SATURDAY_TRIPLES))
    assert fitted["trend_results"]["term"].str.starts_with("weekday_").any()
    ratios = np.diff(np.log(fitted["trend_curve"]["estimate"].to_numpy()))
    assert np.allclose(ratios, ratios[0])  # one constant daily growth: no Saturday bumps


def test_trend_curve_is_empty_when_the_trend_declines():
    fitted = models.fit_models(daily_frame(list(range(5)), [10] * 5))
    assert fitted["trend_curve"].height == 0
    schema.validate("trend_curve", fitted["trend_curve"])


# ----------------------------------------------------------------------------- the 100-series coverage check


def test_growth_interval_covers_the_truth_in_at_least_90_of_100_simulated_series():
    """Series drawn by stats.synth (a known trend and weekly pattern, regions summed); 6 weeks each."""
    from stats import synth

    covered = 0
    for seed in range(100):
        truth_growth = float(np.random.default_rng(seed).uniform(-0.3, 0.6))
        truth = synth.simulate_truth(42, seed, growth_per_30d=truth_growth)
        national = truth.filter(pl.col("region_code") == "ALL").select("date", "count")
        growth = next(r for r in models.trend_rows(national) if r["model"] == models.NB_MODEL and r["term"] == "growth_per_30d")
        assert growth["fitted"], growth
        covered += growth["lower"] <= 100 * truth_growth <= growth["upper"]
    assert covered >= 90, f"the 95% interval covered the true growth in {covered} of 100 series"


# ----------------------------------------------------------------------------- STL


def test_stl_declines_on_a_short_series():
    results = models.fit_trends(weekly_negbin(3, models.MIN_SPAN_STL - 1, 0.0, SATURDAY_TRIPLES))
    stl = results.filter(pl.col("model") == models.STL_MODEL)
    assert stl.height == 1 and not stl["fitted"][0]
    assert stl["reason"][0].startswith(f"needs a series spanning at least {models.MIN_SPAN_STL} days")
    assert stl["reason"][0].endswith(f"spans {models.MIN_SPAN_STL - 1} days with {models.MIN_SPAN_STL - 1} dated")


def test_stl_declines_when_too_many_days_are_missing():
    frame = weekly_negbin(3, 90, 0.0, SATURDAY_TRIPLES).filter(pl.col("date").dt.day() % 3 != 0)  # a third missing
    stl = pl.DataFrame(models.stl_rows(models.national_frame(frame)))
    assert not stl["fitted"][0]
    assert "spans 90 days with" in stl["reason"][0]


def test_stl_finds_the_weekly_pattern():
    frame = weekly_negbin(4, 70, 0.1, SATURDAY_TRIPLES).filter(pl.col("date") != START + dt.timedelta(days=10))
    results = models.fit_trends(frame)
    stl = results.filter(pl.col("model") == models.STL_MODEL)
    assert stl["fitted"].all()
    effects = {r["term"]: r["estimate"] for r in stl.filter(pl.col("term").str.starts_with("weekly_effect_")).iter_rows(named=True)}
    assert max(effects, key=effects.get) == "weekly_effect_sat"
    assert effects["weekly_effect_sat"] > 100  # three times the other days: about +130% over the trend
    strong = row(results, models.STL_MODEL, "seasonal_strength")["estimate"]
    flat = models.fit_trends(weekly_negbin(4, 70, 0.1, (1.0,) * 7))
    assert row(flat, models.STL_MODEL, "seasonal_strength")["estimate"] < strong / 2
    assert "1 of 70 days interpolated" in row(results, models.STL_MODEL, "seasonal_strength")["reason"]


# ----------------------------------------------------------------------------- structural break


def test_break_scan_declines_on_a_short_series():
    results = models.fit_trends(weekly_negbin(5, models.MIN_DAYS_BREAK - 1, 0.0, SATURDAY_TRIPLES))
    scan = results.filter(pl.col("model") == models.BREAK_MODEL)
    assert scan.height == 1 and not scan["fitted"][0]
    assert scan["reason"][0].endswith(f"the corpus has {models.MIN_DAYS_BREAK - 1}, {models.MIN_DAYS_BREAK - 1} not zero")


def test_break_scan_finds_a_jump_and_is_quiet_without_one():
    flat = (1.0,) * 7
    before = weekly_negbin(6, 40, 0.0, flat, base=20.0)
    after = weekly_negbin(7, 40, 0.0, flat, base=60.0, start=START + dt.timedelta(days=40))
    results = models.fit_trends(pl.concat([before, after]))
    lr = row(results, models.BREAK_MODEL, "lr_statistic")
    assert abs((lr["result_date"] - (START + dt.timedelta(days=40))).days) <= 2
    assert row(results, models.BREAK_MODEL, "p_value_bound")["estimate"] < 0.001
    quiet = models.fit_trends(weekly_negbin(8, 80, 0.0, flat, base=20.0))
    assert row(quiet, models.BREAK_MODEL, "p_value_bound")["estimate"] > 0.05
    assert row(quiet, models.BREAK_MODEL, "lr_statistic")["estimate"] < lr["estimate"]


# ----------------------------------------------------------------------------- forecast


def test_forecast_declines_without_enough_days_before_and_within_the_holdout():
    days = weekly_negbin(9, 60, 0.0, SATURDAY_TRIPLES)
    frame = days.filter((pl.col("date") < START + dt.timedelta(days=40)) | (pl.col("date") == START + dt.timedelta(days=59)))
    out = models.fit_models(frame)  # 40 dated days before the last 14 days, which hold one
    assert out["forecast"].is_empty()
    rows = out["trend_results"].filter(pl.col("model").is_in([models.FORECAST_GLM, models.FORECAST_SARIMAX]))
    assert rows.height == 2 and not rows["fitted"].any()
    assert all(r.endswith("the series has 40 and 1") for r in rows["reason"])


def test_forecast_chooses_the_model_with_the_smaller_holdout_error():
    out = models.fit_models(weekly_negbin(10, 63, 0.3, SATURDAY_TRIPLES, alpha=0.02))
    forecast, results = out["forecast"], out["trend_results"]
    schema.validate("forecast", forecast)
    errors = {r["model"]: r["estimate"] for r in results.filter(pl.col("term") == "holdout_mae").iter_rows(named=True)}
    assert set(errors) == {models.FORECAST_GLM, models.FORECAST_SARIMAX}
    holdout = forecast.filter(pl.col("split") == "holdout")
    for model, mae in errors.items():
        mine = holdout.filter(pl.col("model") == model)
        assert mine.height == models.HOLDOUT_DAYS
        assert (mine["predicted"] - mine["count"]).abs().mean() == pytest.approx(mae)
    best = min(errors, key=errors.get)
    ahead = forecast.filter(pl.col("split") == "forecast")
    assert set(ahead["model"]) == {best} and ahead["chosen"].all()
    assert ahead["date"].to_list() == [START + dt.timedelta(days=63 + k) for k in range(models.HOLDOUT_DAYS)]
    assert ((ahead["lower"] <= ahead["predicted"]) & (ahead["predicted"] <= ahead["upper"])).all()
    assert ahead["count"].null_count() == ahead.height
    assert "chosen for the forecast" in row(results, best, "holdout_mae")["reason"]


def test_a_failing_sarimax_declines_and_the_glm_forecasts(monkeypatch):
    def broken(series, dates):
        raise models.FitDeclined("the SARIMAX fit failed numerically: boom")

    monkeypatch.setattr(models, "predict_sarimax", broken)
    out = models.fit_models(weekly_negbin(11, 63, 0.1, SATURDAY_TRIPLES))
    sarimax = row(out["trend_results"], models.FORECAST_SARIMAX, "holdout_mae")
    assert not sarimax["fitted"] and sarimax["reason"].endswith("boom")
    assert set(out["forecast"]["model"]) == {models.FORECAST_GLM}
    assert out["forecast"].filter(pl.col("split") == "forecast").height == models.HOLDOUT_DAYS


def test_glm_prediction_interval_covers_most_held_back_days():
    out = models.fit_models(weekly_negbin(12, 84, 0.2, SATURDAY_TRIPLES, alpha=0.1))
    glm = out["forecast"].filter((pl.col("model") == models.FORECAST_GLM) & (pl.col("split") == "holdout"))
    inside = ((glm["lower"] <= glm["count"]) & (glm["count"] <= glm["upper"])).sum()
    assert inside >= 11  # of 14 at 95%


# ----------------------------------------------------------------------------- regions


def region_frame(code: str, counts: list[int]) -> pl.DataFrame:
    return daily_frame(list(range(len(counts))), counts, region=code)


def test_region_trends_rise_fall_and_decline_with_reasons():
    rng = np.random.default_rng(13)
    days = np.arange(60)
    rising = rng.poisson(5 * 2.0 ** (days / 30)).tolist()
    falling = rng.poisson(20 * 0.5 ** (days / 30)).tolist()
    frame = pl.concat([
        region_frame("RU-BRY", rising), region_frame("RU-KRS", falling),
        region_frame("RU-BEL", [3] * (models.MIN_DAYS_REGION - 1)),
        region_frame("RU-ORL", [0] * 50 + [1] * (models.MIN_NONZERO_REGION - 1)),
        daily_frame(days.tolist(), [30] * 60),  # ALL is not a region
    ])
    trends = models.fit_models(frame)["region_trends"]
    schema.validate("region_trends", trends)
    by = {r["region_code"]: r for r in trends.iter_rows(named=True)}
    assert set(by) == {"RU-BRY", "RU-KRS", "RU-BEL", "RU-ORL"}
    assert by["RU-BRY"]["lower"] < 100 < by["RU-BRY"]["upper"] and by["RU-BRY"]["lower"] > 0
    assert by["RU-KRS"]["lower"] < -50 < by["RU-KRS"]["upper"] and by["RU-KRS"]["upper"] < 0
    assert not by["RU-BEL"]["fitted"]
    assert by["RU-BEL"]["reason"].endswith(f"the region has {models.MIN_DAYS_REGION - 1}, {models.MIN_DAYS_REGION - 1} not zero")
    assert not by["RU-ORL"]["fitted"]
    assert by["RU-ORL"]["reason"].endswith(f"the region has 56, {models.MIN_NONZERO_REGION - 1} not zero")


def test_region_trend_numerical_failure_is_a_declined_row(monkeypatch):
    def broken(*args, **kwargs):
        raise np.linalg.LinAlgError("Singular matrix")

    monkeypatch.setattr(models.sm, "GLM", broken)
    trends = models.fit_region_trends(region_frame("RU-BRY", list(range(1, 41))))
    assert trends["fitted"].to_list() == [False]
    assert "failed numerically: Singular matrix" in trends["reason"][0]


def test_module_doctests():
    import doctest

    from stats import series

    for module in (models, series):
        failures, _ = doctest.testmod(module)
        assert failures == 0, module.__name__


# ----------------------------------------------------------------------------- odd series never raise


def odd_series() -> dict[str, list[int]]:
    n = 70
    return {
        "one non-zero day": [0] * (n - 1) + [5],
        "constant": [7] * n,
        "one huge day": [3] * (n - 1) + [10**7],
        "alternating 0 and 1000": [0, 1000] * (n // 2),
        "exploding": [int(1.5 ** (d / 2)) for d in range(n)],
    }


@pytest.mark.parametrize("name", list(odd_series()))
def test_odd_series_give_a_row_per_model_and_never_raise(name):
    counts = odd_series()[name]
    days = list(range(len(counts)))
    frame = pl.concat([daily_frame(days, counts), daily_frame(days, counts, region="RU-BRY")])
    out = models.fit_models(frame)
    for table, result in out.items():
        schema.validate(table, result)
    trend = out["trend_results"]
    assert set(trend["model"]) == {models.NB_MODEL, models.POISSON_MODEL, models.STL_MODEL, models.BREAK_MODEL,
                                   models.FORECAST_GLM, models.FORECAST_SARIMAX}
    assert trend.filter(~pl.col("fitted"))["reason"].null_count() == 0
    finite = trend.filter(pl.col("fitted"))["estimate"]
    assert finite.is_finite().all()
    assert out["region_trends"].height == 1


@pytest.mark.parametrize("target", ["break", "forecast_glm"])
def test_numerical_failures_in_the_break_scan_and_the_glm_forecast_are_declined_rows(monkeypatch, target):
    frame = weekly_negbin(14, 63, 0.1, SATURDAY_TRIPLES)
    if target == "break":
        monkeypatch.setattr(models, "break_result_rows", lambda *a: (_ for _ in ()).throw(OverflowError("math range error")))
        row_ = row(models.fit_trends(frame), models.BREAK_MODEL, "lr_statistic")
        assert not row_["fitted"] and row_["reason"] == "the break-scan fit failed numerically: math range error"
    else:
        monkeypatch.setattr(models, "predict_negbin", lambda *a: (_ for _ in ()).throw(np.linalg.LinAlgError("SVD did not converge")))
        out = models.fit_models(frame)
        glm = row(out["trend_results"], models.FORECAST_GLM, "holdout_mae")
        assert not glm["fitted"] and glm["reason"] == "the fit failed numerically: SVD did not converge"
        assert set(out["forecast"]["model"]) == {models.FORECAST_SARIMAX}


def test_forecasting_models_see_only_the_recent_past(monkeypatch):
    seen = []
    real = models.predict_negbin

    def spy(series, dates):
        seen.append((series["date"].min(), series["date"].max(), dates.min()))
        return real(series, dates)

    monkeypatch.setattr(models, "predict_negbin", spy)
    monkeypatch.setattr(models, "predict_sarimax", lambda *a: (_ for _ in ()).throw(models.FitDeclined("off")))
    models.fit_models(weekly_negbin(15, 400, 0.0, SATURDAY_TRIPLES))
    assert len(seen) == 2  # the hold-out fit, then the forecast
    for first, last, predicted_from in seen:
        assert (predicted_from - first).days <= models.FORECAST_WINDOW_DAYS + 1
        assert last < predicted_from
    assert seen[0][2] == START + dt.timedelta(days=400 - models.HOLDOUT_DAYS)
    assert seen[1][2] == START + dt.timedelta(days=400)
