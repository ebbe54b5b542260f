"""Modelling: a log-linear trend in the national daily series, or a reason not to fit one.

Input is the ``daily`` table (see ``stats.schema``); output is the
``trend_results`` table, one row per reported quantity, or one row per model
that declined with a plain-English ``reason``.

Models (national series only: ``region_code == "ALL"``, rows with a count):

* ``negbin_trend`` — a negative-binomial (NB2) GLM, ``log E[count] = b0 + b1 * day``,
  fitted with ``statsmodels`` ``sm.GLM(family=sm.families.NegativeBinomial(alpha))``.
  The dispersion ``alpha`` is the maximum-likelihood estimate of
  ``statsmodels.discrete.discrete_model.NegativeBinomial`` (NB2) on the same
  design (when that does not converge, a Cameron-Trivedi moment estimate from
  the Poisson fit, noted in the ``alpha`` row's ``reason``); the GLM is then
  fitted with that alpha held fixed, so the trend's interval does not carry
  alpha's uncertainty.  Its AIC counts alpha as a parameter and uses the full
  log-likelihood, so it is comparable with the Poisson AIC.
* ``poisson_trend`` — the same design as a Poisson GLM, reported for its AIC
  (and its growth rate, whose interval is too narrow when counts are overdispersed).

``growth_per_30d`` is ``100 * (exp(30 * b1) - 1)``: the percentage change of the
expected daily count over 30 days, with the 95% Wald interval of ``b1``
transformed the same way (Student's t quantile, n - 3 degrees of freedom).

Minimum data: ``MIN_DAYS_TREND`` distinct dated days of national totals, and at
least one non-zero count.  Days absent from ``daily`` are treated as unobserved,
not as zero: a day without a dated claim says nothing about how many drones flew.
"""

from __future__ import annotations

import contextlib
import math
import warnings

import numpy as np
import polars as pl
import scipy.stats
import statsmodels.api as sm
from statsmodels.discrete.discrete_model import NegativeBinomial
from statsmodels.tools.sm_exceptions import ConvergenceWarning, HessianInversionWarning, PerfectSeparationError

from stats import schema

MIN_DAYS_TREND = 14  # distinct dated days with a national count
GROWTH_HORIZON_DAYS = 30
ALPHA_FLOOR = 1e-6  # smallest dispersion used: NB2 with alpha -> 0 is the Poisson model

NB_MODEL = "negbin_trend"
POISSON_MODEL = "poisson_trend"

try:  # statsmodels >= 0.14 warns instead of raising on perfect separation
    from statsmodels.tools.sm_exceptions import PerfectSeparationWarning
except ImportError:  # pragma: no cover - older statsmodels
    PerfectSeparationWarning = PerfectSeparationError  # type: ignore[assignment,misc]


class FitDeclined(Exception):
    """A model could not be fitted; the message is the reason, in plain English."""


def fit_trends(daily: pl.DataFrame) -> pl.DataFrame:
    """Fit the trend models to the national series of ``daily``; return ``trend_results``.

    Needs at least ``MIN_DAYS_TREND`` (14) distinct dated days with a national
    count, not all zero.  Below that, or when a fit fails numerically, each
    model gives one row with ``fitted=false`` and the reason.

    >>> fit_trends(schema.empty_frame("daily")).select("model", "fitted").rows()
    [('negbin_trend', False), ('poisson_trend', False)]
    """
    days, counts = national_series(daily)
    shortfall = data_shortfall(days, counts)
    if shortfall:
        rows = [declined_row(NB_MODEL, shortfall, len(days)), declined_row(POISSON_MODEL, shortfall, len(days))]
    else:
        rows = [*model_rows(NB_MODEL, fit_negbin, days, counts), *model_rows(POISSON_MODEL, fit_poisson, days, counts)]
    return schema.validate("trend_results", schema.frame_from_rows("trend_results", rows))


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
    national = (
        daily.filter((pl.col("region_code") == "ALL") & pl.col("date").is_not_null() & pl.col("count").is_not_null())
        .group_by("date")
        .agg(pl.col("count").sum())
        .sort("date")
    )
    if national.height == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    first = national["date"][0]
    days = national.select((pl.col("date") - first).dt.total_days())["date"].to_numpy().astype(np.int64)
    return days, national["count"].to_numpy().astype(np.int64)


def data_shortfall(days: np.ndarray, counts: np.ndarray) -> str | None:
    """Why the series is too thin to fit a trend, or None when it is enough.

    >>> data_shortfall(np.arange(3), np.ones(3))
    'needs at least 14 dated days of national totals; the corpus has 3'
    """
    if len(days) < MIN_DAYS_TREND:
        return f"needs at least {MIN_DAYS_TREND} dated days of national totals; the corpus has {len(days)}"
    if not np.any(counts > 0):
        return f"all {len(days)} dated national totals are zero; there is no trend to estimate"
    return None


def model_rows(model: str, fit, days: np.ndarray, counts: np.ndarray) -> list[dict]:
    """Rows of one model, or one declined row when its fit fails."""
    try:
        return fit(days, counts)
    except FitDeclined as exc:
        return [declined_row(model, str(exc), len(days))]


def declined_row(model: str, reason: str, n_obs: int) -> dict:
    """The single row of a model that was not fitted."""
    return {"model": model, "term": "growth_per_30d", "n_obs": n_obs, "fitted": False, "reason": reason}


def design(days: np.ndarray) -> np.ndarray:
    """Intercept and day columns."""
    return sm.add_constant(days.astype(float), has_constant="add")


def fit_negbin(days: np.ndarray, counts: np.ndarray) -> list[dict]:
    """NB2 trend: alpha by maximum likelihood (moment estimate as fallback), then a GLM with that alpha."""
    X, y = design(days), counts.astype(float)
    with numerical_failures("negative-binomial"):
        alpha, alpha_se, note = estimate_alpha(X, y)
        glm = sm.GLM(y, X, family=sm.families.NegativeBinomial(alpha=alpha)).fit()
    n = len(y)
    aic = -2.0 * float(glm.llf) + 2.0 * (X.shape[1] + 1)  # alpha counts as a parameter
    return [
        growth_row(NB_MODEL, glm.params[1], glm.bse[1], n),
        result_row(NB_MODEL, "alpha", alpha, *log_scale_interval(alpha, alpha_se), n, note),
        result_row(NB_MODEL, "aic", aic, None, None, n),
    ]


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


def fit_poisson(days: np.ndarray, counts: np.ndarray) -> list[dict]:
    """Poisson trend, for its AIC beside the negative binomial's."""
    X, y = design(days), counts.astype(float)
    with numerical_failures("Poisson"):
        glm = poisson_glm(X, y)
    n = len(y)
    return [growth_row(POISSON_MODEL, glm.params[1], glm.bse[1], n), result_row(POISSON_MODEL, "aic", float(glm.aic), None, None, n)]


def poisson_glm(X: np.ndarray, y: np.ndarray):
    """A fitted Poisson GLM."""
    return sm.GLM(y, X, family=sm.families.Poisson()).fit()


def growth_row(model: str, beta: float, se: float, n_obs: int) -> dict:
    """``growth_per_30d`` in percent with its 95% interval, from the day slope and its SE.

    The interval uses Student's t with n - 3 degrees of freedom (intercept,
    slope, dispersion) rather than the normal 1.96, a small-sample correction
    that brings simulated coverage of short series closer to 95%.

    >>> growth_row("m", 0.0, 0.01, 20)["estimate"]
    0.0
    """
    def pct(b: float) -> float:
        return 100.0 * math.expm1(GROWTH_HORIZON_DAYS * b)

    q = float(scipy.stats.t.ppf(0.975, max(n_obs - 3, 1)))
    values = (pct(beta), pct(beta - q * se), pct(beta + q * se))
    if not all(math.isfinite(v) for v in values):
        raise FitDeclined("the trend estimate is not finite")
    return result_row(model, "growth_per_30d", *values, n_obs)


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
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise FitDeclined(f"the {what} fit failed numerically: {message}") from exc
