"""Figures: the tile grid as data, unknown drawn unlike zero, gaps as gaps, the trend band and forecast fan."""

from __future__ import annotations

import datetime as dt
import math

import matplotlib
import polars as pl
import pytest

from stats import figures, findings, schema
from stats.data import __file__ as data_init
from pathlib import Path

REGIONS = pl.read_csv(Path(data_init).parent / "regions.csv", infer_schema=False)
D1 = dt.date(2025, 3, 1)


# ----------------------------------------------------------------------------- the tile grid


def test_every_russian_region_has_exactly_one_tile():
    grid = figures.tile_grid()
    russian = set(REGIONS.filter(pl.col("country") == "RU")["code"])
    tiles = grid["region_code"].to_list()
    assert sorted(set(tiles)) == sorted(tiles)  # one tile per code
    assert russian <= set(tiles)
    assert set(tiles) - russian == {"UA-43", "UA-40"}  # Crimea and Sevastopol, as the gazetteer codes them


def test_no_two_tiles_share_a_cell_and_labels_are_unique():
    grid = figures.tile_grid()
    assert not grid.select("row", "col").is_duplicated().any()
    assert not grid["label"].is_duplicated().any()
    assert grid["row"].min() == 0 and grid["col"].min() == 0


@pytest.mark.parametrize("north, south", [("RU-MUR", "RU-KR"), ("RU-KR", "RU-BRY"), ("RU-MOS", "RU-BEL"),
                                          ("RU-ROS", "RU-KDA"), ("RU-KDA", "RU-KB"), ("RU-YAN", "RU-KHM")])
def test_tiles_keep_north_above_south(north, south):
    rows = dict(figures.tile_grid().select("region_code", "row").iter_rows())
    assert rows[north] < rows[south]


@pytest.mark.parametrize("west, east", [("RU-KGD", "RU-SMO"), ("RU-SMO", "RU-MOS"), ("RU-MOS", "RU-SVE"),
                                        ("RU-SVE", "RU-NVS"), ("RU-NVS", "RU-IRK"), ("RU-IRK", "RU-KHA"),
                                        ("UA-43", "RU-KDA")])
def test_tiles_keep_west_left_of_east(west, east):
    cols = dict(figures.tile_grid().select("region_code", "col").iter_rows())
    assert cols[west] < cols[east]


def tile_faces(fig) -> dict[str, tuple]:
    """Each tile's label -> (face colour, hatch) in a drawn tile map."""
    ax = fig.axes[0]
    patches = [p for p in ax.patches]
    labels = [t for t in ax.texts if t.get_fontweight() == "bold"]
    assert len(patches) == len(labels) == figures.tile_grid().height
    return {t.get_text(): (matplotlib.colors.to_hex(p.get_facecolor()), p.get_hatch()) for p, t in zip(patches, labels)}


def test_tile_map_draws_unknown_unlike_zero_and_colours_counts():
    totals = findings.RegionTotals(pl.DataFrame({"region_code": ["RU-BRY", "RU-KRS", "RU-TUL", "SEA-BLACK"],
                                                 "region_name": ["Bryansk", "Kursk", "Tula", "Black Sea"],
                                                 "count": [90, 3, 0, 5]}), "series")
    with matplotlib.rc_context(figures.STYLE):
        faces = tile_faces(figures.figure_tile_map(totals))
    assert faces["TUL"] == (figures.ZERO_FILL, None)  # a known zero: white, no hatch
    assert faces["MUR"] == (matplotlib.colors.to_hex(figures.UNKNOWN_FILL), "/////")  # unknown: hatched grey
    assert faces["BRY"][0] != faces["KRS"][0] and faces["BRY"][1] is None and faces["KRS"][1] is None
    assert figures.off_map(totals)["region_code"].to_list() == ["SEA-BLACK"]


def test_class_breaks_start_at_one_and_rise():
    breaks = figures.class_breaks(list(range(1, 500, 7)))
    assert breaks[0] == 1 and breaks == sorted(set(breaks)) and len(breaks) <= figures.N_CLASSES
    assert figures.class_labels(breaks, 498)[-1].endswith("498")


# ----------------------------------------------------------------------------- the national figure


def daily_rows(counts: dict[int, int], region: str = "ALL") -> list[dict]:
    return [{"date": D1 + dt.timedelta(days=k), "region_code": region, "count": c} for k, c in counts.items()]


def test_national_figure_breaks_the_line_at_days_without_a_dated_claim():
    daily = schema.frame_from_rows("daily", daily_rows({0: 5, 1: 6, 4: 7}))
    with matplotlib.rc_context(figures.STYLE):
        fig = figures.figure_national(daily, schema.empty_frame("trend_curve"), schema.empty_frame("forecast"))
    days = fig.axes[0].lines[0].get_ydata()
    assert list(days[:2]) == [5.0, 6.0] and math.isnan(days[2]) and math.isnan(days[3]) and days[4] == 7.0


def test_national_figure_draws_the_trend_band_and_the_forecast_fan_from_their_tables():
    daily = schema.frame_from_rows("daily", daily_rows({k: 10 + k for k in range(20)}))
    curve = schema.frame_from_rows("trend_curve", [
        {"model": "negbin_trend", "date": D1 + dt.timedelta(days=k), "estimate": 10.0 + k, "lower": 8.0 + k,
         "upper": 12.0 + k} for k in range(20)])
    forecast = schema.frame_from_rows("forecast", [
        {"model": "forecast_negbin", "split": "forecast", "date": D1 + dt.timedelta(days=20 + k), "predicted": 30.0,
         "lower": 20.0, "upper": 45.0, "chosen": True} for k in range(3)])
    with matplotlib.rc_context(figures.STYLE):
        fig = figures.figure_national(daily, curve, forecast)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["trend, 95% confidence band", "trend (negative-binomial GLM)", "each day (gaps: no dated claim)",
                      "7-day mean", "forecast, 95% prediction interval", "forecast"]
    assert ax.get_ylabel() == "claimed interceptions per day"
    fan = ax.collections[-1].get_paths()[0].vertices
    assert fan[:, 1].max() == pytest.approx(45.0) and fan[:, 1].min() == pytest.approx(20.0)


def test_a_long_series_is_shown_over_its_last_year():
    first, last = figures.display_window(D1, D1 + dt.timedelta(days=1000))
    assert (last - first).days + 1 == figures.WINDOW_DAYS


def test_rolling_mean_needs_four_known_days_of_seven():
    assert figures.rolling_mean(pl.Series([1, None, None, None, 2, 3, 4])).to_list()[-1] == pytest.approx(2.5)
    assert figures.rolling_mean(pl.Series([1, None, None, None, None, 3, 4])).to_list()[-1] is None
