"""Figures: the one module that owns figure style.

Colours are the Okabe–Ito palette (safe for the common colour-vision
deficiencies).  Figures are drawn on ``matplotlib.figure.Figure`` objects with
the Agg canvas — no pyplot, no GUI, no global figure state — and written as SVG
with text turned into paths (``svg.fonttype = 'path'``), so they look the same
in the PDF (typst) and the HTML without any font installed.  Output is
deterministic: a fixed ``svg.hashsalt`` and no date in the metadata.

Every figure is drawn even when its table is empty: it then says "no data" in
its middle, so the report always has the figure it refers to.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import matplotlib
import matplotlib.dates
import polars as pl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch

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

STYLE = {
    "svg.fonttype": "path",
    "svg.hashsalt": "interception-stats",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.bbox": "tight",
    "path.simplify": False,
}
SVG_METADATA = {"Date": None, "Creator": "interception-stats"}

WIDTH_IN = 6.5  # fits an A4 text block
MAX_HEIGHT_IN = 8.0  # tallest figure that still fits an A4 page with its caption
MAX_BARS = 40  # regions per bar chart; the rest are summed into one bar
MAX_CLAIMS = 25  # claims in the by-claim chart (the largest ones)
COUNT_LABEL = "claimed interceptions"


def apply_style() -> None:
    """Set the house style in matplotlib's global rcParams (for notebooks; ``draw_figures`` uses it locally)."""
    matplotlib.rcParams.update(STYLE)


def draw_figures(tables: dict[str, pl.DataFrame], figures_dir: Path) -> dict[str, Path]:
    """Draw every figure of the report into ``figures_dir``; return name -> path.

    Reads ``tables["interceptions"]``, ``tables["claims"]`` and ``tables["daily"]``
    (a missing table counts as empty).  Names: ``by_region``, ``by_claim``, ``daily``.
    """
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    empty = pl.DataFrame()
    drawers = {
        "by_region": lambda: figure_by_region(tables.get("interceptions", empty)),
        "by_claim": lambda: figure_by_claim(tables.get("claims", empty)),
        "daily": lambda: figure_daily(tables.get("daily", empty)),
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
    fig, ax = new_figure(1.5)
    ax.set_axis_off()
    ax.set_title(title, loc="left")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, color="#595959", transform=ax.transAxes)
    return fig


def bars_height(n_bars: float) -> float:
    """Figure height (inches) for a horizontal bar chart of ``n_bars`` bars, at most ``MAX_HEIGHT_IN``.

    >>> bars_height(3), bars_height(400)
    (1.82, 8.0)
    """
    return round(min(MAX_HEIGHT_IN, 1.1 + 0.24 * max(n_bars, 1)), 2)


def region_totals(interceptions: pl.DataFrame) -> pl.DataFrame:
    """Claimed interceptions per region (shared counts as their own labelled row), largest first.

    >>> from stats import schema
    >>> t = schema.frame_from_rows("interceptions", [
    ...     {"region_name": "Bryansk", "count": 3, "shared": False},
    ...     {"region_name": "Tula + Kaluga", "count": 2, "shared": True},
    ...     {"region_name": "Bryansk", "count": 4, "shared": False}])
    >>> region_totals(t).rows()
    [('Bryansk', 7, False), ('Tula + Kaluga (shared)', 2, True)]
    """
    if interceptions.height == 0 or "count" not in interceptions.columns:
        return pl.DataFrame(schema={"label": pl.String, "count": pl.Int64, "shared": pl.Boolean})
    return (
        interceptions.filter(pl.col("count").is_not_null())
        .with_columns(pl.col("shared").fill_null(False), pl.col("region_name").fill_null("unknown region"))
        .group_by("region_name", "shared")
        .agg(pl.col("count").sum())
        .with_columns(
            label=pl.when(pl.col("shared")).then(pl.col("region_name") + " (shared)").otherwise(pl.col("region_name"))
        )
        .sort(["count", "label"], descending=[True, False])
        .select("label", "count", "shared")
    )


def cap_rows(totals: pl.DataFrame, limit: int = MAX_BARS) -> pl.DataFrame:
    """The ``limit - 1`` largest rows and one row summing the rest, when there are more than ``limit``."""
    if totals.height <= limit:
        return totals
    rest = totals.slice(limit - 1)
    other = pl.DataFrame({"label": [f"{rest.height} other regions"], "count": [int(rest["count"].sum())], "shared": [False]},
                         schema=totals.schema)
    return pl.concat([totals.head(limit - 1), other])


def figure_by_region(interceptions: pl.DataFrame) -> Figure:
    """Horizontal bars: claimed interceptions per region, shared counts hatched and labelled."""
    title = "Claimed interceptions by region"
    totals = cap_rows(region_totals(interceptions))
    if totals.height == 0:
        return no_data_figure(title)
    fig, ax = new_figure(bars_height(totals.height))
    labels, counts, shared = totals["label"].to_list(), totals["count"].to_list(), totals["shared"].to_list()
    ys = list(range(len(labels)))
    colors = [OKABE_ITO["orange"] if s else OKABE_ITO["blue"] for s in shared]
    bars = ax.barh(ys, counts, color=colors, hatch=["//" if s else "" for s in shared], edgecolor="white", linewidth=0.5)
    ax.bar_label(bars, labels=[str(c) for c in counts], padding=2, fontsize=8)
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    ax.set_xlabel(f"{COUNT_LABEL} (sum of item counts)")
    ax.set_title(title, loc="left")
    ax.margins(x=0.08)
    if any(shared):
        ax.legend(handles=[Patch(color=OKABE_ITO["blue"], label="one region"),
                           Patch(facecolor=OKABE_ITO["orange"], hatch="//", edgecolor="white", label="shared by several regions")],
                  loc="lower right")
    return fig


def claim_label(claim_id: str, claimant: str | None) -> str:
    """Axis label of a claim.

    >>> claim_label("doc1#2", "governor")
    'doc1#2 (governor)'
    """
    return f"{claim_id} ({claimant or 'unknown'})"


def figure_by_claim(claims: pl.DataFrame) -> Figure:
    """Paired horizontal bars per claim: stated total and itemized sum."""
    title = "Stated total and itemized sum per claim"
    needed = {"claim_id", "claimant", "stated_total", "itemized_sum"}
    if claims.height == 0 or not needed <= set(claims.columns):
        return no_data_figure(title)
    shown = (
        claims.with_columns(size=pl.max_horizontal(pl.col("stated_total").fill_null(0), pl.col("itemized_sum").fill_null(0)))
        .sort(["size", "claim_id"], descending=[True, False])
        .head(MAX_CLAIMS)
        .sort("claim_id")
    )
    if claims.height > shown.height:
        title += f" ({shown.height} largest of {claims.height} claims)"
    fig, ax = new_figure(bars_height(shown.height * 1.6))
    n = shown.height
    ys = [float(i) for i in range(n)]
    h = 0.38
    stated = [v if v is not None else 0 for v in shown["stated_total"].to_list()]
    items = [v if v is not None else 0 for v in shown["itemized_sum"].to_list()]
    b1 = ax.barh([y - h / 2 for y in ys], stated, height=h, color=OKABE_ITO["blue"], label="stated total")
    b2 = ax.barh([y + h / 2 for y in ys], items, height=h, color=OKABE_ITO["orange"], label="itemized sum")
    ax.bar_label(b1, labels=[str(v) if v is not None else "no total" for v in shown["stated_total"].to_list()], padding=2, fontsize=7)
    ax.bar_label(b2, labels=[str(v) if v is not None else "no items" for v in shown["itemized_sum"].to_list()], padding=2, fontsize=7)
    ax.set_yticks(ys, [claim_label(c, who) for c, who in zip(shown["claim_id"].to_list(), shown["claimant"].to_list())])
    ax.invert_yaxis()
    ax.set_xlabel(COUNT_LABEL)
    ax.set_title(title, loc="left")
    ax.margins(x=0.1)
    ax.legend(loc="lower right")
    return fig


def national_daily(daily: pl.DataFrame) -> pl.DataFrame:
    """National daily counts on every calendar day between the first and last dated day; missing days are null.

    >>> import datetime as dt
    >>> from stats import schema
    >>> d = schema.frame_from_rows("daily", [
    ...     {"date": dt.date(2025, 1, 1), "region_code": "ALL", "count": 2},
    ...     {"date": dt.date(2025, 1, 3), "region_code": "ALL", "count": 5}])
    >>> national_daily(d)["count"].to_list()
    [2, None, 5]
    """
    if daily.height == 0 or "region_code" not in daily.columns:
        return pl.DataFrame(schema={"date": pl.Date, "count": pl.Int64})
    national = (
        daily.filter((pl.col("region_code") == "ALL") & pl.col("date").is_not_null() & pl.col("count").is_not_null())
        .group_by("date").agg(pl.col("count").sum())
        .sort("date")
    )
    if national.height == 0:
        return pl.DataFrame(schema={"date": pl.Date, "count": pl.Int64})
    days = pl.DataFrame({"date": pl.date_range(national["date"].min(), national["date"].max(), "1d", eager=True)})
    return days.join(national, on="date", how="left", validate="1:1")


def figure_daily(daily: pl.DataFrame) -> Figure:
    """The national daily series as points joined by lines; days without data are gaps."""
    title = "Claimed interceptions per day, national"
    series = national_daily(daily)
    if series.height == 0 or series["count"].null_count() == series.height:
        return no_data_figure(title, "no dated claims")
    fig, ax = new_figure(2.8)
    dates = series["date"].to_list()
    counts = [float("nan") if c is None else c for c in series["count"].to_list()]
    ax.plot(dates, counts, marker="o", markersize=3.5, linewidth=1.2, color=OKABE_ITO["blue"])
    ax.set_ylabel(f"{COUNT_LABEL} per day")
    ax.set_xlabel("date (Moscow)")
    ax.set_ylim(bottom=0)
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    ax.set_title(title, loc="left")
    locator = matplotlib.dates.DayLocator() if series.height <= 8 else matplotlib.dates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(locator))
    if series.height <= 8:  # a few days: whole-day ticks, half a day of room either side
        half_day = dt.timedelta(hours=12)
        ax.set_xlim(dt.datetime.combine(dates[0], dt.time()) - half_day, dt.datetime.combine(dates[-1], dt.time()) + half_day)
    return fig
