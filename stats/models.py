"""Modelling: trends, weekly pattern, breaks and forecasts of the daily series, or a reason not to fit them.

Input is the ``daily`` table (see ``stats.schema``); ``fit_models`` returns
``trend_results`` (national series: one row per reported quantity, or one row
per model that declined, with a plain-English ``reason``), ``trend_curve``
(the negative-binomial trend on every day of the series with its 95% band, for
the report's figure), ``forecast`` and ``region_trends``.  Days absent from ``daily`` are unobserved, not zero: a day
without a dated claim says nothing about how many drones flew.

Models, and the least data each needs (below it, it declines and says why):

* ``negbin_trend`` — national daily totals, ``MIN_DAYS_TREND`` (14) dated days,
  ``MIN_NONZERO_TREND`` (7) of them not zero.  A negative-binomial (NB2) GLM, ``log E[count] = b0 + b1 * day``,
  plus day-of-week terms once there are ``MIN_DAYS_WEEKDAY`` (28) dated days
  with every weekday at least twice (``weekday_*`` rows: the rate ratio of that
  weekday against Monday).  Fitted with ``sm.GLM(family=NegativeBinomial(alpha))``;
  the dispersion ``alpha`` is the maximum-likelihood estimate of
  ``discrete_model.NegativeBinomial`` (NB2) on the same design (when that does
  not converge, a Cameron-Trivedi moment estimate from the Poisson fit, noted in
  the ``alpha`` row's ``reason``), then held fixed, so the trend's interval does
  not carry alpha's uncertainty.  Its AIC counts alpha as a parameter.
* ``poisson_trend`` — the same design as a Poisson GLM, for its AIC (and its
  growth rate, whose interval is too narrow when counts are overdispersed).
* ``stl_weekly`` — STL with period 7 on ``log(1 + count)``, once the series
  spans ``MIN_SPAN_STL`` (42) days of which at least ``STL_MIN_COMPLETE`` (80%)
  have a count (the others interpolated): the weekly effect per weekday (%),
  and the strength of the weekly and trend components (0 to 1).
* ``break_scan`` — from ``MIN_DAYS_BREAK`` (42) dated days: for every dated day
  with ``MIN_SEGMENT_BREAK`` (14) dated days on each side, the NB GLM gets a
  change of level and slope from that day on; the likelihood ratio against
  no break (alpha held at the no-break fit's) is largest at the most likely
  break (a long series is scanned on at most ``MAX_BREAK_CANDIDATES`` (60)
  evenly spaced dates).  Its p-value is bounded by Bonferroni over the dates scanned (chi-square,
  2 df), so it is conservative.  Also the growth per 30 days before and after.
* ``forecast_negbin`` and ``forecast_sarimax`` — from ``MIN_DAYS_FORECAST_FIT``
  (28) dated days before the last ``HOLDOUT_DAYS`` (14) calendar days and
  ``MIN_HOLDOUT_DAYS`` (7) dated days within them: both are fitted without the
  last 14 days and predict them (``holdout_mae``: mean absolute error); the one
  with the smaller error is refitted with the held-back days and forecasts the
  14 days after the series ends with 95% prediction intervals (``forecast``
  table).  Both see at most the ``FORECAST_WINDOW_DAYS`` (182) calendar days
  before what they predict: a forecast of two weeks rests on the recent past.
  The SARIMAX regresses ``log(1 + count)`` on the GLM's terms (intercept,
  day, weekday indicators) with AR(1) errors; gaps are missing values for its
  Kalman filter.
* ``region_trends`` — per region, from ``MIN_DAYS_REGION`` (28) days with a
  known count (0 included) of which ``MIN_NONZERO_REGION`` (7) are not zero:
  the NB GLM trend without weekday terms.

``growth_per_30d`` is ``100 * (exp(30 * b1) - 1)``: the percentage change of the
expected daily count over 30 days, with the 95% Wald interval of ``b1``
transformed the same way (Student's t quantile, n - p - 1 degrees of freedom
for p coefficients and the dispersion).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import warnings
from dataclasses import dataclass

import numpy as np
import polars as pl
import scipy.stats
import statsmodels.api as sm
from statsmodels.discrete.discrete_model import NegativeBinomial
from statsmodels.tools.sm_exceptions import ConvergenceWarning, HessianInversionWarning, PerfectSeparationError

from stats import schema

MIN_DAYS_TREND = 14  # distinct dated days with a national count
MIN_NONZERO_TREND = 7  # ... of which not zero
MIN_DAYS_WEEKDAY = 28  # ... before day-of-week terms enter the trend model (and every weekday twice)
MIN_SPAN_STL = 42  # calendar days spanned by the series for STL ...
STL_MIN_COMPLETE = 0.8  # ... of which this share has a count
MIN_DAYS_BREAK = 42  # dated days for the break scan ...
MIN_SEGMENT_BREAK = 14  # ... and dated days on each side of a candidate break
MAX_BREAK_CANDIDATES = 60  # a longer series is scanned on evenly spaced dates
HOLDOUT_DAYS = 14  # calendar days held back to choose the forecasting model, and forecast ahead
MIN_DAYS_FORECAST_FIT = 28  # dated days before the held-back days
MIN_HOLDOUT_DAYS = 7  # dated days within the held-back days
FORECAST_WINDOW_DAYS = 182  # the forecasting models see at most this many calendar days before what they predict
MIN_DAYS_REGION = 28  # days with a known count (0 included) for a region's trend ...
MIN_NONZERO_REGION = 7  # ... of which not zero
GROWTH_HORIZON_DAYS = 30
ALPHA_FLOOR = 1e-6  # smallest dispersion used: NB2 with alpha -> 0 is the Poisson model
N_SIMULATIONS = 4000  # draws for the GLM's prediction intervals
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

NB_MODEL = "negbin_trend"
POISSON_MODEL = "poisson_trend"
STL_MODEL = "stl_weekly"
BREAK_MODEL = "break_scan"
FORECAST_GLM = "forecast_negbin"
FORECAST_SARIMAX = "forecast_sarimax"

try:  # statsmodels >= 0.14 warns instead of raising on perfect separation
    from statsmodels.tools.sm_exceptions import PerfectSeparationWarning
except ImportError:  # pragma: no cover - older statsmodels
    PerfectSeparationWarning = PerfectSeparationError  # type: ignore[assignment,misc]


class FitDeclined(Exception):
    """A model could not be fitted; the message is the reason, in plain English."""


# ----------------------------------------------------------------------------- entry points


def fit_models(daily: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """``trend_results``, ``trend_curve``, ``forecast`` and ``region_trends`` from ``daily``."""
    series = national_frame(daily)
    forecast_rows, forecast_results = forecasts(series)
    trend, curve = trend_rows_and_curve(series)
    rows = trend + stl_rows(series) + break_rows(series) + forecast_results
    return {
        "trend_results": schema.validate("trend_results", schema.frame_from_rows("trend_results", rows)),
        "trend_curve": schema.validate("trend_curve", schema.frame_from_rows("trend_curve", curve)),
        "forecast": schema.validate("forecast", schema.frame_from_rows("forecast", forecast_rows)),
        "region_trends": fit_region_trends(daily),
    }


def fit_trends(daily: pl.DataFrame) -> pl.DataFrame:
    """The ``trend_results`` table of ``daily`` (every national model, see the module docstring).

    >>> r = fit_trends(schema.empty_frame("daily"))
    >>> sorted(set(r["model"])), r["fitted"].any()
    (['break_scan', 'forecast_negbin', 'forecast_sarimax', 'negbin_trend', 'poisson_trend', 'stl_weekly'], False)
    """
    return fit_models(daily)["trend_results"]


# ----------------------------------------------------------------------------- the national series


def national_frame(daily: pl.DataFrame) -> pl.DataFrame:
    """``date, count`` of the national (``ALL``) series, dated rows with a count, sorted; a date given twice is summed."""
    return (
        daily.filter((pl.col("region_code") == "ALL") & pl.col("date").is_not_null() & pl.col("count").is_not_null())
        .group_by("date").agg(pl.col("count").sum()).sort("date")
    )


def national_series(daily: pl.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Days since the first dated day and the national counts, sorted by date.

    Rows with an empty date or count are left out; a date given twice is summed.

    >>> import datetime as dt
    >>> d = schema.frame_from_rows("daily", [
    ...     {"date": dt.date(2025, 1, 3), "region_code": "ALL", "count": 5},
    ...     {"date": dt.date(2025, 1, 1), "region_code": "ALL", "count": 2},
    ...     {"date": dt.date(2025, 1, 1), "region_code": "RU-BRY", "count": 2}])
    >>> [a.tolist() for a in national_series(d)]
    [[0, 2], [2, 5]]
    """
    return day_offsets(national_frame(daily))


def day_offsets(series: pl.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Days since the first date, and the counts, of a ``date, count`` frame sorted by date."""
    if series.height == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    first = series["date"][0]
    days = series.select((pl.col("date") - first).dt.total_days())["date"].to_numpy().astype(np.int64)
    return days, series["count"].to_numpy().astype(np.int64)


def weekdays_of(series: pl.DataFrame) -> np.ndarray:
    """Weekday of every date, Monday = 0."""
    return (series["date"].dt.weekday().to_numpy().astype(np.int64) - 1) if series.height else np.zeros(0, dtype=np.int64)


def data_shortfall(days: np.ndarray, counts: np.ndarray) -> str | None:
    """Why the series is too thin to fit a trend, or None when it is enough.

    >>> data_shortfall(np.arange(3), np.ones(3))
    'needs at least 14 dated days of national totals; the corpus has 3'
    """
    if len(days) < MIN_DAYS_TREND:
        return f"needs at least {MIN_DAYS_TREND} dated days of national totals; the corpus has {len(days)}"
    nonzero = int(np.sum(counts > 0))
    if nonzero < MIN_NONZERO_TREND:
        return (f"needs at least {MIN_NONZERO_TREND} dated days with a non-zero national total; "
                f"{nonzero} of the {len(days)} dated national totals are not zero")
    return None


def uses_weekdays(weekdays: np.ndarray) -> bool:
    """Day-of-week terms enter once there are ``MIN_DAYS_WEEKDAY`` dated days with every weekday at least twice.

    >>> uses_weekdays(np.arange(28) % 7), uses_weekdays(np.arange(27) % 7), uses_weekdays(np.zeros(40, int))
    (True, False, False)
    """
    return bool(len(weekdays) >= MIN_DAYS_WEEKDAY and np.bincount(weekdays, minlength=7).min() >= 2)


def design(days: np.ndarray, weekdays: np.ndarray | None = None) -> np.ndarray:
    """Intercept and day columns, plus one indicator per weekday from Tuesday when ``weekdays`` is given.

    >>> design(np.array([0, 1]), np.array([0, 1])).tolist()
    [[1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]]
    """
    columns = [np.ones(len(days)), days.astype(float)]
    if weekdays is not None:
        columns += [(weekdays == k).astype(float) for k in range(1, 7)]
    return np.column_stack(columns) if len(days) else np.zeros((0, len(columns)))


# ----------------------------------------------------------------------------- trend


def trend_rows(series: pl.DataFrame) -> list[dict]:
    """Rows of the negative-binomial and Poisson trend models of a national ``date, count`` frame."""
    return trend_rows_and_curve(series)[0]


def trend_rows_and_curve(series: pl.DataFrame) -> tuple[list[dict], list[dict]]:
    """Rows of the trend models (``trend_results``) and the negative-binomial trend curve (``trend_curve``)."""
    days, counts = day_offsets(series)
    shortfall = data_shortfall(days, counts)
    if shortfall:
        return [declined_row(NB_MODEL, shortfall, len(days)), declined_row(POISSON_MODEL, shortfall, len(days))], []
    weekdays = weekdays_of(series)
    X = design(days, weekdays if uses_weekdays(weekdays) else None)
    curve: list[dict] = []

    def fit_negbin_and_curve(X: np.ndarray, counts: np.ndarray) -> list[dict]:
        fit = negbin_glm(X, counts.astype(float))
        rows = negbin_rows(fit, X, len(counts))
        curve.extend(curve_rows(fit, X.shape[1], series["date"].min(), series["date"].max(), len(counts)))
        return rows

    rows = [*model_rows(NB_MODEL, fit_negbin_and_curve, X, counts), *model_rows(POISSON_MODEL, fit_poisson, X, counts)]
    return rows, curve


def curve_rows(fit: "NegbinFit", n_columns: int, first: dt.date, last: dt.date, n_obs: int) -> list[dict]:
    """The fitted trend on every calendar day from ``first`` to ``last``, with its 95% confidence band.

    The expected count ``exp(x b)`` of the GLM, with the weekday indicators (when
    the model has them) each set to 1/7: the level of an average weekday, so the
    curve is the smooth trend rather than the weekly zigzag.  The band is
    ``exp(x b -/+ q se(x b))`` with ``se(x b)^2 = x' V x`` and q the Student's t
    quantile the growth interval uses; it is the uncertainty of the trend, not
    the spread of single days.
    """
    params, cov = np.asarray(fit.glm.params), np.asarray(fit.glm.cov_params())
    n_days = (last - first).days + 1
    X = np.zeros((n_days, n_columns))
    X[:, 0] = 1.0
    X[:, 1] = np.arange(n_days, dtype=float)
    X[:, 2:] = 1.0 / 7.0
    eta = X @ params
    se = np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", X, cov, X), 0.0))
    q = t_quantile(n_obs, n_columns)
    if not (np.all(np.isfinite(eta)) and np.all(np.isfinite(se))):
        return []
    dates = [first + dt.timedelta(days=k) for k in range(n_days)]
    return [{"model": NB_MODEL, "date": d, "estimate": float(np.exp(e)), "lower": float(np.exp(e - q * s)),
             "upper": float(np.exp(e + q * s))} for d, e, s in zip(dates, eta, se)]


def model_rows(model: str, fit, X: np.ndarray, counts: np.ndarray) -> list[dict]:
    """Rows of one model, or one declined row when its fit fails."""
    try:
        return fit(X, counts)
    except FitDeclined as exc:
        return [declined_row(model, str(exc), len(counts))]
    except NUMERICAL_FAILURES as exc:
        return [declined_row(model, f"the fit failed numerically: {failure_text(exc)}", len(counts))]


def declined_row(model: str, reason: str, n_obs: int, term: str = "growth_per_30d") -> dict:
    """The single row of a model that was not fitted."""
    return {"model": model, "term": term, "n_obs": n_obs, "fitted": False, "reason": reason}


def design_note(X: np.ndarray) -> str:
    """What the trend model contains, for the growth row's ``reason``."""
    if X.shape[1] > 2:
        return "log-linear trend with day-of-week terms"
    return (f"log-linear trend without day-of-week terms (they need {MIN_DAYS_WEEKDAY} dated days "
            "with every weekday at least twice)")


@dataclass
class NegbinFit:
    glm: object  # statsmodels GLMResults with alpha held fixed
    alpha: float
    alpha_se: float
    note: str | None


def negbin_glm(X: np.ndarray, y: np.ndarray) -> NegbinFit:
    """NB2 GLM: alpha by maximum likelihood (moment estimate as fallback), then a GLM with that alpha."""
    with numerical_failures("negative-binomial"):
        alpha, alpha_se, note = estimate_alpha(X, y)
        glm = sm.GLM(y, X, family=sm.families.NegativeBinomial(alpha=alpha)).fit()
    return NegbinFit(glm, alpha, alpha_se, note)


def fit_negbin(X: np.ndarray, counts: np.ndarray) -> list[dict]:
    """Rows of the NB2 trend: growth per 30 days, weekday rate ratios, alpha, AIC."""
    return negbin_rows(negbin_glm(X, counts.astype(float)), X, len(counts))


def negbin_rows(fit: "NegbinFit", X: np.ndarray, n: int) -> list[dict]:
    """The ``trend_results`` rows of a fitted NB2 trend."""
    glm = fit.glm
    aic = -2.0 * float(glm.llf) + 2.0 * (X.shape[1] + 1)  # alpha counts as a parameter
    rows = [growth_row(NB_MODEL, glm.params[1], glm.bse[1], n, X.shape[1], design_note(X))]
    for k in range(2, X.shape[1]):
        rows.append(ratio_row(NB_MODEL, f"weekday_{WEEKDAYS[k - 1]}", glm.params[k], glm.bse[k], n, X.shape[1]))
    rows += [result_row(NB_MODEL, "alpha", fit.alpha, *log_scale_interval(fit.alpha, fit.alpha_se), n, fit.note),
             result_row(NB_MODEL, "aic", aic, None, None, n)]
    return rows


def fit_poisson(X: np.ndarray, counts: np.ndarray) -> list[dict]:
    """Poisson trend, for its AIC beside the negative binomial's."""
    y = counts.astype(float)
    with numerical_failures("Poisson"):
        glm = poisson_glm(X, y)
    n = len(y)
    return [growth_row(POISSON_MODEL, glm.params[1], glm.bse[1], n, X.shape[1], design_note(X)),
            result_row(POISSON_MODEL, "aic", float(glm.aic), None, None, n)]


def t_quantile(n_obs: int, n_params: int) -> float:
    """97.5% quantile of Student's t with n - p - 1 degrees of freedom (p coefficients and the dispersion)."""
    return float(scipy.stats.t.ppf(0.975, max(n_obs - n_params - 1, 1)))


def growth_row(model: str, beta: float, se: float, n_obs: int, n_params: int = 2, note: str | None = None) -> dict:
    """``growth_per_30d`` in percent with its 95% interval, from the day slope and its SE.

    The interval uses Student's t with n - p - 1 degrees of freedom rather
    than the normal 1.96, a small-sample correction that brings simulated
    coverage of short series closer to 95%.

    >>> growth_row("m", 0.0, 0.01, 20)["estimate"]
    0.0
    """
    def pct(b: float) -> float:
        return 100.0 * math.expm1(GROWTH_HORIZON_DAYS * b)

    q = t_quantile(n_obs, n_params)
    values = (pct(beta), pct(beta - q * se), pct(beta + q * se))
    if not all(math.isfinite(v) for v in values):
        raise FitDeclined("the trend estimate is not finite")
    return result_row(model, "growth_per_30d", *values, n_obs, note)


def ratio_row(model: str, term: str, beta: float, se: float, n_obs: int, n_params: int) -> dict:
    """A coefficient as a rate ratio ``exp(beta)`` with its 95% interval.

    >>> round(ratio_row("m", "weekday_tue", math.log(2), 0.0, 30, 8)["estimate"], 6)
    2.0
    """
    q = t_quantile(n_obs, n_params)
    return result_row(model, term, math.exp(beta), math.exp(beta - q * se), math.exp(beta + q * se), n_obs,
                      "rate ratio against Monday")


def estimate_alpha(X: np.ndarray, y: np.ndarray) -> tuple[float, float, str | None]:
    """NB2 dispersion alpha, its standard error and a note on how it was found.

    Maximum likelihood (``discrete_model.NegativeBinomial``).  When that does not
    converge — typically because the counts are barely overdispersed and the
    estimate runs to the boundary alpha = 0 — the moment estimate of Cameron &
    Trivedi from a Poisson fit, ``sum(((y - mu)^2 - y) / mu^2) / (n - k)``,
    floored at ``ALPHA_FLOOR``, is used instead, without a standard error.
    """
    poisson = poisson_glm(X, y)
    try:
        with numerical_failures("negative-binomial dispersion"):
            nb = NegativeBinomial(y, X, loglike_method="nb2").fit(
                start_params=np.append(poisson.params, 0.5), method="bfgs", maxiter=500, disp=0)
            alpha, se = float(nb.params[-1]), float(nb.bse[-1])
            if nb.mle_retvals.get("converged", True) and math.isfinite(alpha) and alpha > ALPHA_FLOOR:
                return alpha, se, None
    except FitDeclined:
        pass
    mu = poisson.mu
    moment = float(np.sum(((y - mu) ** 2 - y) / mu**2) / (len(y) - X.shape[1]))
    note = ("moment estimate (Cameron-Trivedi): the maximum-likelihood estimate did not converge, "
            "as happens when the counts are barely overdispersed")
    return max(moment, ALPHA_FLOOR), math.nan, note


def poisson_glm(X: np.ndarray, y: np.ndarray):
    """A fitted Poisson GLM."""
    return sm.GLM(y, X, family=sm.families.Poisson()).fit()


def log_scale_interval(value: float, se: float) -> tuple[float | None, float | None]:
    """95% interval of a positive estimate, built on the log scale (delta method); None when unbounded.

    >>> [round(v, 3) for v in log_scale_interval(1.0, 0.1)]
    [0.822, 1.217]
    """
    spread = float(scipy.stats.norm.ppf(0.975)) * se / value if value > 0 and math.isfinite(se) else math.inf
    if spread > 50:
        return None, None
    return value * math.exp(-spread), value * math.exp(spread)


def result_row(model: str, term: str, estimate: float, lower: float | None, upper: float | None,
               n_obs: int, note: str | None = None) -> dict:
    """One fitted quantity; ``note`` (in ``reason``) says how it was found when that is not the default."""
    return {"model": model, "term": term, "estimate": float(estimate), "lower": lower, "upper": upper,
            "n_obs": n_obs, "fitted": True, "reason": note}


NUMERICAL_FAILURES = (ConvergenceWarning, HessianInversionWarning, PerfectSeparationWarning, PerfectSeparationError,
                      np.linalg.LinAlgError, ValueError, FloatingPointError, OverflowError)


def failure_text(exc: BaseException) -> str:
    """An exception's message on one line, or its type's name."""
    return " ".join(str(exc).split()) or type(exc).__name__


def declined_reason(exc: BaseException) -> str:
    """The reason for a declined row: a ``FitDeclined`` message, or what failed numerically."""
    return str(exc) if isinstance(exc, FitDeclined) else f"the fit failed numerically: {failure_text(exc)}"


@contextlib.contextmanager
def numerical_failures(what: str):
    """Turn numerical trouble inside a fit (non-convergence, separation, singular matrices) into ``FitDeclined``."""
    with warnings.catch_warnings():
        for category in (ConvergenceWarning, HessianInversionWarning, PerfectSeparationWarning):
            warnings.simplefilter("error", category)
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            yield
        except FitDeclined:
            raise
        except NUMERICAL_FAILURES as exc:
            raise FitDeclined(f"the {what} fit failed numerically: {failure_text(exc)}") from exc


# ----------------------------------------------------------------------------- STL


def stl_rows(series: pl.DataFrame) -> list[dict]:
    """STL with a weekly period on ``log(1 + count)``, or a declined row saying what it needs."""
    span = (series["date"].max() - series["date"].min()).days + 1 if series.height else 0
    complete = series.height / span if span else 0.0
    if span < MIN_SPAN_STL or complete < STL_MIN_COMPLETE:
        reason = (f"needs a series spanning at least {MIN_SPAN_STL} days with a count on at least "
                  f"{STL_MIN_COMPLETE:.0%} of them; the series spans {span} days with {series.height} dated")
        return [declined_row(STL_MODEL, reason, series.height, "seasonal_strength")]
    from statsmodels.tsa.seasonal import STL

    calendar = calendar_frame(series)
    values = np.log1p(calendar["count"].cast(pl.Float64).interpolate().to_numpy())
    with numerical_failures("STL"):
        result = STL(values, period=7, robust=True).fit()
    seasonal, trend, resid = np.asarray(result.seasonal), np.asarray(result.trend), np.asarray(result.resid)
    n = series.height
    note = f"{span - n} of {span} days interpolated" if span > n else None
    rows = [
        result_row(STL_MODEL, "seasonal_strength", strength(seasonal, resid), None, None, n, note),
        result_row(STL_MODEL, "trend_strength", strength(trend, resid), None, None, n, note),
    ]
    weekdays = weekdays_of(calendar)
    for k, name in enumerate(WEEKDAYS):
        effect = 100.0 * math.expm1(float(seasonal[weekdays == k].mean()))
        rows.append(result_row(STL_MODEL, f"weekly_effect_{name}", effect, None, None, n,
                               "percent above (below) the trend on that weekday"))
    return rows


def calendar_frame(series: pl.DataFrame) -> pl.DataFrame:
    """Every calendar day from the first to the last date of a ``date, count`` frame; missing days null."""
    days = pl.date_range(series["date"].min(), series["date"].max(), "1d", eager=True).alias("date")
    return pl.DataFrame(days).join(series, on="date", how="left", validate="1:1")


def strength(component: np.ndarray, resid: np.ndarray) -> float:
    """Strength of a component (Hyndman & Athanasopoulos): ``max(0, 1 - var(R) / var(C + R))``.

    >>> strength(np.array([1.0, -1.0, 1.0, -1.0]), np.zeros(4))
    1.0
    """
    total = float(np.var(component + resid))
    return max(0.0, 1.0 - float(np.var(resid)) / total) if total > 0 else 0.0


# ----------------------------------------------------------------------------- structural break


def break_rows(series: pl.DataFrame) -> list[dict]:
    """The break scan: the most likely date of a change in level and slope, the LR and a p-value bound."""
    days, counts = day_offsets(series)
    n = len(days)
    if n < MIN_DAYS_BREAK or data_shortfall(days, counts):
        reason = (f"needs at least {MIN_DAYS_BREAK} dated days of national totals ({MIN_NONZERO_TREND} not zero), "
                  f"with {MIN_SEGMENT_BREAK} on each side of a break; the corpus has {n}, {int(np.sum(counts > 0))} not zero")
        return [declined_row(BREAK_MODEL, reason, n, "lr_statistic")]
    weekdays = weekdays_of(series)
    X0 = design(days, weekdays if uses_weekdays(weekdays) else None)
    y = counts.astype(float)
    try:
        null = negbin_glm(X0, y)
        family = sm.families.NegativeBinomial(alpha=null.alpha)
        scan = []
        start = np.append(np.asarray(null.glm.params), [0.0, 0.0])  # no break: a warm start
        with numerical_failures("break-scan"):
            for pos in break_candidates(n):
                X1 = np.column_stack([X0, *break_columns(days, days[pos])])
                fit = sm.GLM(y, X1, family=family).fit(start_params=start, tol=1e-6)
                scan.append((2.0 * (float(fit.llf) - float(null.glm.llf)), pos, fit))
    except FitDeclined as exc:
        return [declined_row(BREAK_MODEL, str(exc), n, "lr_statistic")]
    try:
        return break_result_rows(series, scan, X0.shape[1])
    except (FitDeclined, *NUMERICAL_FAILURES) as exc:
        reason = str(exc) if isinstance(exc, FitDeclined) else f"the break-scan fit failed numerically: {failure_text(exc)}"
        return [declined_row(BREAK_MODEL, reason, n, "lr_statistic")]


def break_result_rows(series: pl.DataFrame, scan: list[tuple], k: int) -> list[dict]:
    """The break scan's rows from the fits at every candidate: ``(lr, position, fit)``; ``k`` columns without a break."""
    n = series.height
    lr, pos, fit = max(scan, key=lambda s: s[0])
    lr = max(lr, 0.0)
    p_bound = min(1.0, len(scan) * float(scipy.stats.chi2.sf(lr, 2)))
    when = series["date"][int(pos)]
    note = f"most likely break on {when.isoformat()} (a change of level and slope), scanned over {len(scan)} dates"
    slope_after = float(fit.params[1] + fit.params[k + 1])
    se_after = float(math.sqrt(max(fit.cov_params()[1, 1] + fit.cov_params()[k + 1, k + 1] + 2 * fit.cov_params()[1, k + 1], 0.0)))
    rows = [
        {**result_row(BREAK_MODEL, "lr_statistic", lr, None, None, n, note), "result_date": when},
        {**result_row(BREAK_MODEL, "p_value_bound", p_bound, None, None, n,
                      "Bonferroni bound over the dates scanned (chi-square, 2 df): the evidence for a break is at least this strong"),
         "result_date": when},
    ]
    for term, beta, se in (("growth_before", float(fit.params[1]), float(fit.bse[1])), ("growth_after", slope_after, se_after)):
        row = growth_row(BREAK_MODEL, beta, se, n, k + 2, f"growth per 30 days {term.split('_')[1]} the break")
        rows.append({**row, "term": term, "result_date": when})
    return rows


def break_candidates(n: int) -> list[int]:
    """Positions (in the dated days) of the candidate breaks: every day with ``MIN_SEGMENT_BREAK`` dated days
    on each side, thinned to at most ``MAX_BREAK_CANDIDATES`` evenly spaced ones.

    >>> break_candidates(30), len(break_candidates(1000))
    ([14, 15, 16], 60)
    """
    positions = list(range(MIN_SEGMENT_BREAK, n - MIN_SEGMENT_BREAK + 1))
    if len(positions) <= MAX_BREAK_CANDIDATES:
        return positions
    picks = np.linspace(0, len(positions) - 1, MAX_BREAK_CANDIDATES).round().astype(int)
    return [positions[i] for i in sorted(set(picks.tolist()))]


def break_columns(days: np.ndarray, at: int) -> tuple[np.ndarray, np.ndarray]:
    """A step and a slope change starting on day ``at``.

    >>> [c.tolist() for c in break_columns(np.array([0, 1, 2, 3]), 2)]
    [[0.0, 0.0, 1.0, 1.0], [0.0, 0.0, 0.0, 1.0]]
    """
    after = (days >= at).astype(float)
    return after, np.where(days >= at, days - at, 0).astype(float)


# ----------------------------------------------------------------------------- forecast


def forecasts(series: pl.DataFrame) -> tuple[list[dict], list[dict]]:
    """Forecast-table rows and ``trend_results`` rows (each model's hold-out error, or why it declined)."""
    if series.height == 0:
        last = None
        fit_part, held = series, series
    else:
        last = series["date"].max()
        cut = last - dt.timedelta(days=HOLDOUT_DAYS - 1)
        fit_part = series.filter((pl.col("date") < cut) & (pl.col("date") >= cut - dt.timedelta(days=FORECAST_WINDOW_DAYS)))
        held = series.filter(pl.col("date") >= cut)
        recent = series.filter(pl.col("date") > last - dt.timedelta(days=FORECAST_WINDOW_DAYS))
    if fit_part.height < MIN_DAYS_FORECAST_FIT or held.height < MIN_HOLDOUT_DAYS or not (series["count"] > 0).any():
        reason = (f"needs {MIN_DAYS_FORECAST_FIT} dated days before the last {HOLDOUT_DAYS} days and "
                  f"{MIN_HOLDOUT_DAYS} dated days within them, not all zero; the series has {fit_part.height} and {held.height}")
        return [], [declined_row(m, reason, series.height, "holdout_mae") for m in (FORECAST_GLM, FORECAST_SARIMAX)]
    predictors = {FORECAST_GLM: predict_negbin, FORECAST_SARIMAX: predict_sarimax}
    holdout, results, errors = [], [], {}
    for model, predict in predictors.items():
        try:
            predicted = predict(fit_part, held["date"])
        except (FitDeclined, *NUMERICAL_FAILURES) as exc:
            results.append(declined_row(model, declined_reason(exc), fit_part.height, "holdout_mae"))
            continue
        errors[model] = float(np.mean(np.abs(predicted["predicted"].to_numpy() - held["count"].to_numpy())))
        holdout.append(predicted.with_columns(pl.lit(model).alias("model"), pl.lit("holdout").alias("split"),
                                              held["count"].alias("count")))
    if not errors:
        return [], results
    best = min(errors, key=lambda m: (errors[m], m))
    for model, mae in errors.items():
        note = (f"mean absolute error over the {held.height} dated days of the last {HOLDOUT_DAYS}, fitted without them; "
                + ("chosen for the forecast" if model == best else "not chosen"))
        results.append(result_row(model, "holdout_mae", mae, None, None, fit_part.height, note))
    future = pl.date_range(last + dt.timedelta(days=1), last + dt.timedelta(days=HOLDOUT_DAYS), "1d", eager=True)
    try:
        ahead = predictors[best](recent, future).with_columns(
            pl.lit(best).alias("model"), pl.lit("forecast").alias("split"), pl.lit(None, pl.Int64).alias("count"))
    except (FitDeclined, *NUMERICAL_FAILURES) as exc:
        results.append(declined_row(best, f"refitting with the held-back days: {declined_reason(exc)}", series.height, "forecast"))
        ahead = None
    rows = [r for frame in [*holdout, ahead] if frame is not None for r in frame.to_dicts()]
    for row in rows:
        row["chosen"] = row["model"] == best
    return rows, results


def predict_negbin(series: pl.DataFrame, dates: pl.Series) -> pl.DataFrame:
    """Mean and 95% prediction interval of the NB GLM trend for ``dates``, by simulation: coefficients from
    their estimated normal distribution, then counts from the negative binomial."""
    days, counts = day_offsets(series)
    first = series["date"][0]
    weekdays = weekdays_of(series)
    with_weekdays = uses_weekdays(weekdays)
    X = design(days, weekdays if with_weekdays else None)
    fit = negbin_glm(X, counts.astype(float))
    new_days = np.asarray([(d - first).days for d in dates.to_list()], dtype=np.int64)
    new_weekdays = np.asarray([d.weekday() for d in dates.to_list()], dtype=np.int64)
    X_new = design(new_days, new_weekdays if with_weekdays else None)
    mean = np.exp(X_new @ np.asarray(fit.glm.params))
    rng = np.random.default_rng(0)
    betas = rng.multivariate_normal(np.asarray(fit.glm.params), np.asarray(fit.glm.cov_params()), size=N_SIMULATIONS)
    mu = np.exp(np.clip(betas @ X_new.T, -30, 30))
    size = 1.0 / fit.alpha
    draws = rng.negative_binomial(size, size / (size + mu))
    lower, upper = np.quantile(draws, [0.025, 0.975], axis=0)
    return pl.DataFrame({"date": dates, "predicted": mean, "lower": lower.astype(float), "upper": upper.astype(float)})


def predict_sarimax(series: pl.DataFrame, dates: pl.Series) -> pl.DataFrame:
    """Mean and 95% prediction interval of a SARIMAX for ``dates`` after the series: ``log(1 + count)`` regressed
    on an intercept, the day and (as in the GLM) weekday indicators, with AR(1) errors; gaps are missing values
    for its Kalman filter.  Back-transformed with ``exp(x) - 1`` (so the point is nearer the median than the mean)."""
    from statsmodels.tsa.statespace.sarimax import SARIMAX

    calendar = calendar_frame(series)
    values = np.log1p(calendar["count"].cast(pl.Float64).to_numpy())
    first, last = calendar["date"].min(), calendar["date"].max()
    with_weekdays = uses_weekdays(weekdays_of(series))
    exog = design(np.arange(calendar.height), weekdays_of(calendar) if with_weekdays else None)
    steps = max((d - last).days for d in dates.to_list())
    ahead = [last + dt.timedelta(days=k) for k in range(1, steps + 1)]
    exog_ahead = design(np.asarray([(d - first).days for d in ahead]),
                        np.asarray([d.weekday() for d in ahead]) if with_weekdays else None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            fit = SARIMAX(values, exog=exog, order=(1, 0, 0)).fit(disp=False, maxiter=200)
            prediction = fit.get_forecast(steps, exog=exog_ahead)
        except NUMERICAL_FAILURES as exc:
            raise FitDeclined(f"the SARIMAX fit failed numerically: {' '.join(str(exc).split())}") from exc
    mean = np.asarray(prediction.predicted_mean)
    interval = np.asarray(prediction.conf_int(alpha=0.05))
    index = np.asarray([(d - last).days - 1 for d in dates.to_list()])
    if not np.all(np.isfinite(mean[index])) or not np.all(np.isfinite(interval[index])):
        raise FitDeclined("the SARIMAX forecast is not finite")
    clip = lambda v: np.maximum(np.expm1(v), 0.0)  # noqa: E731
    return pl.DataFrame({"date": dates, "predicted": clip(mean[index]), "lower": clip(interval[index, 0]),
                         "upper": clip(interval[index, 1])})


# ----------------------------------------------------------------------------- regions


def fit_region_trends(daily: pl.DataFrame) -> pl.DataFrame:
    """``region_trends``: the growth per 30 days of each region's daily count, or why it was not fitted."""
    regional = daily.filter((pl.col("region_code") != "ALL") & pl.col("date").is_not_null() & pl.col("count").is_not_null())
    rows = []
    for code in sorted(regional["region_code"].unique().to_list()):
        series = regional.filter(pl.col("region_code") == code).group_by("date").agg(pl.col("count").sum()).sort("date")
        days, counts = day_offsets(series)
        n, nonzero = len(days), int(np.sum(counts > 0))
        row = {"region_code": code, "n_obs": n}
        if n < MIN_DAYS_REGION or nonzero < MIN_NONZERO_REGION:
            rows.append({**row, "fitted": False, "reason": (
                f"needs {MIN_DAYS_REGION} days with a known count, {MIN_NONZERO_REGION} of them not zero; "
                f"the region has {n}, {nonzero} not zero")})
            continue
        try:
            fit = negbin_glm(design(days), counts.astype(float))
            growth = growth_row("region", fit.glm.params[1], fit.glm.bse[1], n, 2)
        except (FitDeclined, *NUMERICAL_FAILURES) as exc:
            rows.append({**row, "fitted": False, "reason": declined_reason(exc)})
            continue
        rows.append({**row, "estimate": growth["estimate"], "lower": growth["lower"], "upper": growth["upper"],
                     "fitted": True, "reason": fit.note})
    return schema.validate("region_trends", schema.frame_from_rows("region_trends", rows))
