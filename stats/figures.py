"""Figures: the one module that owns figure style.

Colours: the Okabe–Ito palette for categories (safe for the common colour-vision
deficiencies) and cividis, a sequential map readable in grey and by
colour-blind readers, for amounts.  A region or day whose count is unknown is
drawn unlike a zero: a gap in a line, a hatched grey tile or cell.  Every axis
that carries a count says so with its unit ("claimed interceptions per day").

Figures are drawn on ``matplotlib.figure.Figure`` objects with the Agg canvas —
no pyplot, no GUI, no global figure state — and written as SVG with text turned
into paths (``svg.fonttype = 'path'``), so they look the same in the PDF
(typst) and the HTML without any font installed.  Output is deterministic: a
fixed ``svg.hashsalt`` and no date in the metadata.

Every figure is drawn even when its table is empty: it then says what is
missing in its middle, so the report always has the figure it refers to.

Figures (``draw_figures``):

* ``national`` — the national daily series: each day's count (gaps where no
  claim is dated), the 7-day mean, the negative-binomial trend with its 95%
  band (``trend_curve``) and the forecast with its 95% prediction interval
  (``forecast``); a long series shows its last ``WINDOW_DAYS`` days.
* ``regions`` — bars of claimed interceptions per region (``stats.findings.region_totals``).
* ``tile_map`` — a tile-grid map of Russia's regions (``stats/data/tile_grid.csv``) coloured by the same totals.
* ``region_weeks`` — a region × week heat map (``weekly``: each week's mean per known day) of the top regions
  and the last weeks.
* ``top_regions`` — small multiples: the daily counts of the top regions on one scale.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from pathlib import Path

import matplotlib
import matplotlib.colors
import matplotlib.dates
import numpy as np
import polars as pl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from stats import findings

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
PALETTE = [OKABE_ITO[k] for k in ("blue", "orange", "bluish_green", "vermillion", "reddish_purple", "sky_blue", "yellow", "black")]
SEQUENTIAL = "cividis"  # amounts: dark blue (few) to yellow (many)
UNKNOWN_FILL = "#e6e6e6"  # no value known (drawn hatched), unlike ...
ZERO_FILL = "#ffffff"  # ... a known zero
DAY_COLOR = "#7f7f7f"  # single days, behind the summaries
MEAN_COLOR = OKABE_ITO["blue"]
TREND_COLOR = OKABE_ITO["vermillion"]
FORECAST_COLOR = OKABE_ITO["reddish_purple"]

STYLE = {
    "svg.fonttype": "path",
    "svg.hashsalt": "interception-stats",
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 9.5,
    "axes.labelsize": 8.5,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.04,
    "path.simplify": False,
    "hatch.color": "#9a9a9a",
    "hatch.linewidth": 0.6,
}
SVG_METADATA = {"Date": None, "Creator": "interception-stats"}

WIDTH_IN = 6.5  # fits an A4 text block
MAX_HEIGHT_IN = 8.0  # tallest figure that still fits an A4 page with its caption
MAX_BARS = 25  # regions per bar chart; the rest are summed into one bar
WINDOW_DAYS = 365  # a longer series is shown over its last this many days ...
LONG_SERIES_DAYS = 400  # ... once it spans more than this
MEAN_DAYS = 7  # the rolling mean's window (calendar days) ...
MEAN_MIN_DAYS = 4  # ... and the known days it needs
HEATMAP_REGIONS = 20  # rows of the region x week heat map
HEATMAP_WEEKS = 26  # its columns: the last weeks
SMALL_MULTIPLES = 6  # regions in the small multiples
N_CLASSES = 5  # colour classes of the tile map
PER_DAY = "claimed interceptions per day"
COUNT_LABEL = "claimed interceptions"
TILE_GRID = Path(__file__).parent / "data" / "tile_grid.csv"


def apply_style() -> None:
    """Set the house style in matplotlib's global rcParams (for notebooks; ``draw_figures`` uses it locally)."""
    matplotlib.rcParams.update(STYLE)


def draw_figures(tables: dict[str, pl.DataFrame], figures_dir: Path) -> dict[str, Path]:
    """Draw every figure of the report into ``figures_dir``; return name -> path.

    Reads the tables by name (a missing table counts as empty).
    """
    from stats import schema

    tables = {name: tables.get(name, schema.empty_frame(name)) for name in schema.TABLES}
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    totals = findings.region_totals(tables)
    drawers = {
        "national": lambda: figure_national(tables["daily"], tables["trend_curve"], tables["forecast"]),
        "regions": lambda: figure_regions(totals),
        "tile_map": lambda: figure_tile_map(totals),
        "region_weeks": lambda: figure_region_weeks(tables["weekly"], totals),
        "top_regions": lambda: figure_top_regions(tables["daily"], totals),
    }
    paths = {}
    with matplotlib.rc_context(STYLE):
        for name, draw in drawers.items():
            paths[name] = save_svg(draw(), figures_dir / f"{name}.svg")
    return paths


def save_svg(fig: Figure, path: Path) -> Path:
    """Write a figure as deterministic SVG."""
    fig.savefig(path, format="svg", metadata=SVG_METADATA)
    return path


def new_figure(height_in: float) -> tuple[Figure, matplotlib.axes.Axes]:
    """A figure of the report's width with one axes."""
    fig = Figure(figsize=(WIDTH_IN, height_in))
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def no_data_figure(title: str, message: str = "no data") -> Figure:
    """A figure that says there is nothing to show, in its middle."""
    fig, ax = new_figure(1.3)
    ax.set_axis_off()
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.45, message, ha="center", va="center", fontsize=12, color="#595959", transform=ax.transAxes)
    return fig


def bars_height(n_bars: float) -> float:
    """Figure height (inches) for a horizontal bar chart of ``n_bars`` bars, at most ``MAX_HEIGHT_IN``.

    >>> bars_height(3), bars_height(400)
    (1.28, 8.0)
    """
    return round(min(MAX_HEIGHT_IN, 0.8 + 0.16 * max(n_bars, 1)), 2)


# ----------------------------------------------------------------------------- the national series


def national_daily(daily: pl.DataFrame) -> pl.DataFrame:
    """National daily counts on every calendar day between the first and last dated day; missing days are null.

    >>> from stats import schema
    >>> d = schema.frame_from_rows("daily", [
    ...     {"date": dt.date(2025, 1, 1), "region_code": "ALL", "count": 2},
    ...     {"date": dt.date(2025, 1, 3), "region_code": "ALL", "count": 5}])
    >>> national_daily(d)["count"].to_list()
    [2, None, 5]
    """
    return calendar_filled(findings.national_series(daily))


def calendar_filled(series: pl.DataFrame) -> pl.DataFrame:
    """A ``date, count`` frame on every calendar day from its first to its last date; missing days null."""
    if series.height == 0:
        return pl.DataFrame(schema={"date": pl.Date, "count": pl.Int64})
    days = pl.DataFrame({"date": pl.date_range(series["date"].min(), series["date"].max(), "1d", eager=True)})
    return days.join(series.select("date", "count"), on="date", how="left", validate="1:1")


def rolling_mean(counts: pl.Series) -> pl.Series:
    """The trailing ``MEAN_DAYS``-day mean of the known days, where at least ``MEAN_MIN_DAYS`` are known.

    >>> rolling_mean(pl.Series([7, 7, 7, None, 7, None, None, None, None])).to_list()
    [None, None, None, None, 7.0, 7.0, 7.0, None, None]
    """
    return counts.cast(pl.Float64).rolling_mean(window_size=MEAN_DAYS, min_samples=MEAN_MIN_DAYS)


def display_window(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The dates a figure of a series from ``first`` to ``last`` shows: all of it, or the last ``WINDOW_DAYS``.

    >>> display_window(dt.date(2024, 1, 1), dt.date(2024, 3, 30))
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 30))
    >>> display_window(dt.date(2010, 1, 1), dt.date(2024, 12, 31))
    (datetime.date(2024, 1, 2), datetime.date(2024, 12, 31))
    """
    if (last - first).days + 1 > LONG_SERIES_DAYS:
        return last - dt.timedelta(days=WINDOW_DAYS - 1), last
    return first, last


def nan_list(values: list) -> list[float]:
    """Values as floats with None as NaN (a NaN breaks a matplotlib line: a gap, not a zero)."""
    return [math.nan if v is None else float(v) for v in values]


def format_date_axis(ax, first: dt.date, last: dt.date) -> None:
    """Concise date ticks; a short range gets whole-day ticks and half a day of room either side."""
    n_days = (last - first).days + 1
    locator = (matplotlib.dates.DayLocator() if n_days <= 8
               else matplotlib.dates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(locator))
    pad = dt.timedelta(hours=12) if n_days <= 8 else dt.timedelta(days=1)
    ax.set_xlim(dt.datetime.combine(first, dt.time()) - pad, dt.datetime.combine(last, dt.time()) + pad)


def figure_national(daily: pl.DataFrame, trend_curve: pl.DataFrame, forecast: pl.DataFrame) -> Figure:
    """Daily national counts, their 7-day mean, the trend with its 95% band and the forecast fan."""
    title = "Claimed interceptions per day, national"
    series = national_daily(daily)
    if series.height == 0:
        return no_data_figure(title, "no dated claims: no daily series")
    series = series.with_columns(mean=rolling_mean(series["count"]))
    ahead = forecast.filter((pl.col("split") == "forecast") & pl.col("chosen")).sort("date")
    first, last = display_window(series["date"].min(), series["date"].max())
    shown = series.filter(pl.col("date") >= first)
    curve = trend_curve.filter(pl.col("date") >= first).sort("date")
    fig, ax = new_figure(2.45)
    if curve.height:
        ax.fill_between(curve["date"].to_list(), curve["lower"].to_list(), curve["upper"].to_list(),
                        color=TREND_COLOR, alpha=0.18, linewidth=0, label="trend, 95% confidence band")
        ax.plot(curve["date"].to_list(), curve["estimate"].to_list(), color=TREND_COLOR, linewidth=1.2,
                label="trend (negative-binomial GLM)")
    dates, counts = shown["date"].to_list(), nan_list(shown["count"].to_list())
    ax.plot(dates, counts, color=DAY_COLOR, linewidth=0.6, alpha=0.8)
    ax.plot(dates, counts, linestyle="none", marker="o", markersize=2.2 if len(dates) > 120 else 3,
            color=DAY_COLOR, label="each day (gaps: no dated claim)")
    ax.plot(dates, nan_list(shown["mean"].to_list()), color=MEAN_COLOR, linewidth=1.6, label=f"{MEAN_DAYS}-day mean")
    end = last
    if ahead.height:
        fan_dates = [last, *ahead["date"].to_list()]
        latest = shown.filter(pl.col("count").is_not_null())
        anchor = float(latest["count"][-1]) if latest.height and latest["date"][-1] == last else float(ahead["predicted"][0])
        ax.fill_between(fan_dates, [anchor, *ahead["lower"].to_list()], [anchor, *ahead["upper"].to_list()],
                        color=FORECAST_COLOR, alpha=0.25, linewidth=0, label="forecast, 95% prediction interval")
        ax.plot(fan_dates, [anchor, *ahead["predicted"].to_list()], color=FORECAST_COLOR, linewidth=1.2,
                linestyle=(0, (3, 1.5)), label="forecast")
        end = ahead["date"].max()
    ax.set_ylabel(PER_DAY)
    ax.set_xlabel("date (Moscow)")
    ax.set_ylim(bottom=0)
    ax.set_title(title, loc="left")
    format_date_axis(ax, first, end)
    ax.legend(loc="upper left", ncols=3, bbox_to_anchor=(0, -0.24), borderaxespad=0, fontsize=7.5,
              columnspacing=1.2, handlelength=1.8)
    return fig


# ----------------------------------------------------------------------------- regions


def is_shared(code: str) -> bool:
    """True for a count shared by several regions (``RU-KLU+RU-TUL``)."""
    return "+" in code


def cap_rows(totals: pl.DataFrame, limit: int = MAX_BARS) -> pl.DataFrame:
    """The ``limit - 1`` largest rows and one row summing the rest, when there are more than ``limit``.

    >>> f = pl.DataFrame({"region_code": list("abcd"), "region_name": list("ABCD"), "count": [4, 3, 2, 1]})
    >>> cap_rows(f, 3).rows()
    [('a', 'A', 4), ('b', 'B', 3), ('', '2 other regions', 3)]
    """
    if totals.height <= limit:
        return totals
    rest = totals.slice(limit - 1)
    other = pl.DataFrame({"region_code": [""], "region_name": [f"{rest.height} other regions"],
                          "count": [int(rest["count"].sum())]}, schema=totals.schema)
    return pl.concat([totals.head(limit - 1), other])


def figure_regions(totals: findings.RegionTotals) -> Figure:
    """Horizontal bars: claimed interceptions per region, counts shared by several regions hatched."""
    title = "Claimed interceptions by region"
    shown = cap_rows(totals.frame.filter(pl.col("count") > 0))
    if shown.height == 0:
        return no_data_figure(title, "no interception was attributed to a region")
    fig, ax = new_figure(bars_height(shown.height))
    codes, counts = shown["region_code"].to_list(), shown["count"].to_list()
    labels = [name + (" (shared)" if is_shared(code) else "") for code, name in zip(codes, shown["region_name"].to_list())]
    shared = [is_shared(c) for c in codes]
    ys = list(range(len(labels)))
    colors = [OKABE_ITO["orange"] if s else OKABE_ITO["blue"] for s in shared]
    bars = ax.barh(ys, counts, color=colors, hatch=["//" if s else "" for s in shared], edgecolor="white", linewidth=0.5)
    ax.bar_label(bars, labels=[str(c) for c in counts], padding=2, fontsize=7.5)
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlabel(COUNT_LABEL + (" (each claim counted once)" if totals.basis == "series" else " (sum over all claims)"))
    ax.set_title(title, loc="left")
    ax.margins(x=0.08)
    if any(shared):
        ax.legend(handles=[Patch(color=OKABE_ITO["blue"], label="one region"),
                           Patch(facecolor=OKABE_ITO["orange"], hatch="//", edgecolor="white", label="shared by several regions")],
                  loc="lower right")
    return fig


@functools.cache
def tile_grid() -> pl.DataFrame:
    """The tile-grid map's layout: ``region_code, row, col, label`` (``stats/data/tile_grid.csv``)."""
    return pl.read_csv(TILE_GRID, schema={"region_code": pl.String, "row": pl.Int64, "col": pl.Int64, "label": pl.String})


def class_breaks(values: list[int], n_classes: int = N_CLASSES) -> list[int]:
    """Lower bounds of colour classes for positive counts: quantiles rounded to 1-2 significant digits,
    starting at 1, each larger than the one before.

    >>> class_breaks([1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233])
    [1, 3, 10, 30, 80]
    >>> class_breaks([7, 7, 7])
    [1]
    >>> class_breaks([])
    [1]
    """
    positive = sorted(v for v in values if v > 0)
    breaks = [1]
    if len(set(positive)) < 2:
        return breaks
    for q in np.linspace(0, 1, n_classes + 1)[1:-1]:
        value = float(np.quantile(positive, q))
        rounded = int(round_nice(value))
        if rounded > breaks[-1] and rounded <= positive[-1]:
            breaks.append(rounded)
    return breaks


def round_nice(value: float) -> float:
    """``value`` rounded to a 1, 2 or 5 times a power of ten, or 1 or 2 significant digits below 100.

    >>> [round_nice(v) for v in (3.4, 12.0, 37.0, 140.0, 2600.0)]
    [3.0, 10.0, 40.0, 100.0, 3000.0]
    """
    if value < 10:
        return float(round(value))
    power = 10 ** math.floor(math.log10(value))
    return float(round(value / power) * power)


def class_labels(breaks: list[int], top: int) -> list[str]:
    """Legend labels of the classes starting at ``breaks``, the last ending at ``top``.

    >>> class_labels([1, 10, 50], 73)
    ['1–9', '10–49', '50–73']
    >>> class_labels([1], 1)
    ['1']
    """
    ends = [b - 1 for b in breaks[1:]] + [top]
    return [f"{lo}" if lo == hi else f"{lo}–{hi}" for lo, hi in zip(breaks, ends)]


def off_map(totals: findings.RegionTotals) -> pl.DataFrame:
    """Rows of the totals that have no tile (seas, shared counts, regions outside the grid), largest first."""
    return totals.frame.filter(~pl.col("region_code").is_in(tile_grid()["region_code"].to_list()))


def figure_tile_map(totals: findings.RegionTotals) -> Figure:
    """A tile-grid map of Russia's regions coloured by claimed interceptions; zero and unknown drawn apart."""
    grid = tile_grid().join(totals.frame.select("region_code", "count"), on="region_code", how="left", validate="1:1")
    n_rows, n_cols = int(grid["row"].max()) + 1, int(grid["col"].max()) + 1
    positive = [int(v) for v in grid["count"].drop_nulls().to_list() if v > 0]
    breaks = class_breaks(positive)
    top = max(positive, default=1)
    cmap = matplotlib.colormaps[SEQUENTIAL].resampled(max(len(breaks), 2))
    colors = [cmap(i / max(len(breaks) - 1, 1)) for i in range(len(breaks))]
    fig = Figure(figsize=(WIDTH_IN, WIDTH_IN * (n_rows + 1.8) / n_cols))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0.1, 1, 0.85))
    ax.set_axis_off()
    ax.set_xlim(-0.1, n_cols + 0.1)
    ax.set_ylim(n_rows + 0.1, -0.1)
    ax.set_aspect("equal")
    for row in grid.iter_rows(named=True):
        x, y, count = row["col"] + 0.04, row["row"] + 0.04, row["count"]
        if count is None:
            face, hatch, ink = UNKNOWN_FILL, "/////", "#6b6b6b"
        elif count == 0:
            face, hatch, ink = ZERO_FILL, None, "#333333"
        else:
            k = max(i for i, b in enumerate(breaks) if count >= b)
            face, hatch = colors[k], None
            ink = "black" if relative_luminance(face) > 0.45 else "white"
        ax.add_patch(Rectangle((x, y), 0.92, 0.92, facecolor=face, edgecolor="#8c8c8c", linewidth=0.4, hatch=hatch))
        ax.text(x + 0.46, y + 0.36, row["label"], ha="center", va="center", fontsize=5.6, color=ink, fontweight="bold")
        if count is not None:
            ax.text(x + 0.46, y + 0.7, f"{count}", ha="center", va="center", fontsize=5.2, color=ink)
    handles = [Patch(facecolor=c, edgecolor="#8c8c8c", linewidth=0.4, label=label)
               for c, label in zip(colors, class_labels(breaks, top))] if positive else []
    handles += [Patch(facecolor=ZERO_FILL, edgecolor="#8c8c8c", linewidth=0.4, label="0 (known zero)"),
                Patch(facecolor=UNKNOWN_FILL, edgecolor="#8c8c8c", linewidth=0.4, hatch="/////", label="unknown")]
    fig.legend(handles=handles, loc="lower left", ncols=min(len(handles), 7), bbox_to_anchor=(0.0, 0.0),
               title=COUNT_LABEL + (" (each claim counted once)" if totals.basis == "series" else " (sum over all claims)"),
               title_fontsize=7.5, fontsize=7, handlelength=1.4, columnspacing=1.0, alignment="left")
    fig.text(0.0, 0.995, "Claimed interceptions by region, tile-grid map (one square per region)",
             fontsize=STYLE["axes.titlesize"], va="top")
    return fig


def relative_luminance(color) -> float:
    """WCAG relative luminance of a colour (0 black, 1 white), to choose the ink on a tile.

    >>> round(relative_luminance("#ffffff"), 3), round(relative_luminance("#000000"), 3)
    (1.0, 0.0)
    """
    r, g, b = matplotlib.colors.to_rgb(color)
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def top_codes(totals: findings.RegionTotals, n: int) -> list[str]:
    """Codes of the ``n`` regions with the most claimed interceptions (shared counts left out)."""
    frame = totals.frame.filter((pl.col("count") > 0) & ~pl.col("region_code").str.contains("+", literal=True))
    return frame["region_code"].head(n).to_list()


def figure_region_weeks(weekly: pl.DataFrame, totals: findings.RegionTotals) -> Figure:
    """Heat map of the top regions over the last weeks: the mean per known day of each week (so a week with
    fewer known days, as at either end of the series, is not drawn as a drop); unknown weeks hatched."""
    title = "Claimed interceptions per day, by region and week"
    regional = weekly.filter(pl.col("region_code") != findings.NATIONAL)
    codes = top_codes(totals, HEATMAP_REGIONS) if totals.basis == "series" else []
    if regional.height == 0 or not codes:
        return no_data_figure(title, "no dated claims: no weekly counts")
    weeks = sorted(weekly["week_start"].unique().to_list())
    weeks = [weeks[-1] - dt.timedelta(weeks=k) for k in range(min(HEATMAP_WEEKS, (weeks[-1] - weeks[0]).days // 7 + 1))][::-1]
    values = {(r["region_code"], r["week_start"]): (r["count"] / r["n_days"] if r["n_days"] else None)
              for r in regional.filter(pl.col("region_code").is_in(codes) & pl.col("week_start").is_in(weeks)
                                       & pl.col("count").is_not_null()).iter_rows(named=True)}
    matrix = np.array([[values.get((c, w), math.nan) if values.get((c, w)) is not None else math.nan for w in weeks]
                       for c in codes], dtype=float)
    names = dict(totals.frame.select("region_code", "region_name").iter_rows())
    fig, ax = new_figure(min(MAX_HEIGHT_IN, 1.3 + 0.22 * len(codes)))
    ax.grid(False)
    ax.add_patch(Rectangle((-0.5, -0.5), len(weeks), len(codes), facecolor=UNKNOWN_FILL, hatch="/////", edgecolor="none"))
    positive = matrix[np.isfinite(matrix) & (matrix > 0)]
    norm = matplotlib.colors.PowerNorm(0.5, vmin=0, vmax=float(positive.max()) if positive.size else 1.0)
    cmap = matplotlib.colormaps[SEQUENTIAL].with_extremes(under=ZERO_FILL)
    shown = np.where(matrix == 0, -1.0, matrix)  # a known zero drawn white, below the scale
    mesh = ax.pcolormesh(np.arange(len(weeks) + 1) - 0.5, np.arange(len(codes) + 1) - 0.5,
                         np.ma.masked_invalid(shown), cmap=cmap, norm=norm, edgecolors="white", linewidth=0.4)
    ax.set_yticks(range(len(codes)), [names.get(c, c) for c in codes])
    ax.set_ylim(len(codes) - 0.5, -0.5)
    step = max(1, math.ceil(len(weeks) / 7))
    ticks = list(range(len(weeks) - 1, -1, -step))[::-1]  # the last week always labelled
    ax.set_xticks(ticks, [weeks[i].strftime("%d %b %Y") if i == ticks[0] or weeks[i].month == 1 and weeks[i].day <= 7 * step
                          else weeks[i].strftime("%d %b") for i in ticks])
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel("week starting (Monday)", loc="left")
    bar = fig.colorbar(mesh, ax=ax, fraction=0.03, pad=0.02, extend="min")
    bar.set_label(f"{PER_DAY} (weekly mean)", fontsize=7.5)
    bar.ax.tick_params(labelsize=7)
    ax.set_title(title + (f" (last {len(weeks)} weeks)" if len(weeks) == HEATMAP_WEEKS else ""), loc="left")
    ax.legend(handles=[Patch(facecolor=ZERO_FILL, edgecolor="#8c8c8c", linewidth=0.4, label="0 (known zero)"),
                       Patch(facecolor=UNKNOWN_FILL, hatch="/////", edgecolor="#8c8c8c", linewidth=0.4, label="unknown")],
              loc="upper right", bbox_to_anchor=(1.0, -0.045 - 0.45 / (1.3 + 0.22 * len(codes))), ncols=2, fontsize=7,
              borderaxespad=0)
    return fig


def figure_top_regions(daily: pl.DataFrame, totals: findings.RegionTotals) -> Figure:
    """Small multiples: each top region's daily counts (gaps: unknown) and 7-day mean, on one shared scale."""
    title = "Claimed interceptions per day in the top regions"
    codes = top_codes(totals, SMALL_MULTIPLES) if totals.basis == "series" else []
    regional = daily.filter(pl.col("region_code").is_in(codes) & pl.col("date").is_not_null())
    if regional.height == 0:
        return no_data_figure(title, "no dated claims: no regional series")
    first, last = display_window(daily["date"].min(), daily["date"].max())
    names = dict(totals.frame.select("region_code", "region_name").iter_rows())
    n_cols = 2 if len(codes) > 1 else 1
    n_rows = math.ceil(len(codes) / n_cols)
    fig = Figure(figsize=(WIDTH_IN, 0.6 + 1.45 * n_rows))
    FigureCanvasAgg(fig)
    axes = fig.subplots(n_rows, n_cols, sharex=True, sharey=True, squeeze=False)
    days = pl.DataFrame({"date": pl.date_range(first, last, "1d", eager=True)})
    for k, ax in enumerate(axes.flat):
        if k >= len(codes):
            ax.set_axis_off()
            continue
        code = codes[k]
        series = days.join(regional.filter(pl.col("region_code") == code).select("date", "count"), on="date",
                           how="left", validate="1:1")
        dates = series["date"].to_list()
        ax.plot(dates, nan_list(series["count"].to_list()), color=DAY_COLOR, linewidth=0.6, marker="o",
                markersize=1.6 if len(dates) > 120 else 2.4)
        ax.plot(dates, nan_list(rolling_mean(series["count"]).to_list()), color=MEAN_COLOR, linewidth=1.4)
        ax.set_title(f"{names.get(code, code)}", loc="left", fontsize=8.5)
        ax.set_ylim(bottom=0)
        ax.margins(y=0.08)
        format_date_axis(ax, first, last)
    fig.supylabel(PER_DAY, fontsize=8.5)
    fig.suptitle(title + f" (grey: each day, gaps unknown; blue: {MEAN_DAYS}-day mean)", x=0.01, ha="left",
                 fontsize=STYLE["axes.titlesize"])
    fig.tight_layout(h_pad=0.6, w_pad=1.0)
    return fig
