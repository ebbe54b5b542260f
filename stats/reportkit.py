"""Helpers for the report's code cells: read the tables, write markdown.

The report (``reports/report.qmd``) prints markdown from its cells; these
functions keep those cells short.  Everything here is pure except
``read_table``/``read_tables``, which read files.

Markdown is pandoc's: pipe tables (the separator's dash counts set relative
column widths when a row is long), ``: caption`` lines, and backslash escapes.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from pathlib import Path

import polars as pl

from stats import schema

MISSING = "—"  # shown for an empty (unknown) cell
MAX_COL_WIDTH = 60  # characters; longer text wraps inside its column
MIN_COL_WIDTH = 4
PAGE_CHARS = 124  # characters of table text across the A4 text block in the table font (about 3.9 pt each)
CELL_PADDING_CHARS = 2  # a cell's inset, in characters
AUTO_WIDTH_CHARS = 72  # pandoc's --columns: narrower tables are sized by their content

# Characters with a meaning in pandoc markdown inline text (`|` ends a table cell,
# `@` starts a citation, `$` math, `<` raw HTML, `[` links, `*`/`_` emphasis ...).
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|$@~^&])")


def read_table(data_dir: str | Path, name: str) -> pl.DataFrame:
    """Table ``name`` from ``data_dir``: ``name.parquet`` if present, else ``name.csv`` typed by the schema,
    else an empty frame with the table's columns."""
    data_dir = Path(data_dir)
    parquet, csv = data_dir / f"{name}.parquet", data_dir / f"{name}.csv"
    if parquet.exists():
        return pl.read_parquet(parquet)
    if csv.exists():
        wanted = {c: schema.FIELDS[c].dtype for c in schema.TABLES[name].columns}
        frame = pl.read_csv(csv, infer_schema=False)
        return frame.with_columns(cast_column(frame[c], wanted[c]) for c in frame.columns if c in wanted)
    return schema.empty_frame(name)


def has_table(data_dir: str | Path, name: str) -> bool:
    """True when ``data_dir`` holds ``name`` as Parquet or CSV."""
    return any((Path(data_dir) / f"{name}.{ext}").exists() for ext in ("parquet", "csv"))


def cast_column(column: pl.Series, dtype: pl.DataType) -> pl.Series:
    """A CSV text column cast to its schema dtype (booleans written ``true``/``false``)."""
    if dtype == pl.Boolean:
        return column.str.to_lowercase().replace_strict({"true": True, "false": False}, default=None, return_dtype=pl.Boolean)
    if dtype == pl.Date:
        return column.str.to_date("%Y-%m-%d", strict=False)
    return column.cast(dtype, strict=False)


def read_tables(data_dir: str | Path) -> dict[str, pl.DataFrame]:
    """Every table of the schema, read from ``data_dir`` (missing ones empty)."""
    return {name: read_table(data_dir, name) for name in schema.TABLES}


def md_escape(text: object) -> str:
    r"""Text made safe for a markdown paragraph or table cell: specials escaped, whitespace collapsed.

    >>> md_escape("2 | 3 *drones* @ $5\nnext")
    '2 \\| 3 \\*drones\\* \\@ \\$5 next'
    """
    return MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def fmt(value: object) -> str:
    """A value as report text: integers without separators, floats to 3 significant digits,
    dates ISO, booleans yes/no, empty as a dash.

    >>> [fmt(v) for v in (12345, 459.69, 0.16063, None, True, dt.date(2025, 11, 12), float("nan"))]
    ['12345', '460', '0.161', '—', 'yes', '2025-11-12', '—']
    """
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return fmt_float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def fmt_float(value: float, digits: int = 3) -> str:
    """A float rounded to ``digits`` significant digits, never in scientific notation.

    >>> [fmt_float(v) for v in (29.6005, -3.14159, 1500.2, 0.0)]
    ['29.6', '-3.14', '1500', '0']
    """
    if not math.isfinite(value):
        return MISSING
    if value == 0:
        return "0"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{value:.{decimals}f}"
    return "0" if float(text) == 0 else text


def md_table(frame: pl.DataFrame, columns: list[str], headers: list[str] | None = None,
             caption: str | None = None, empty: str = "No rows.", raw: tuple[str, ...] = (),
             right: tuple[str, ...] = ()) -> str:
    """A pandoc pipe table of ``columns`` of ``frame``, or the sentence ``empty`` when there are no rows.

    Cells are formatted by ``fmt`` and escaped by ``md_escape`` (columns named in
    ``raw`` are taken as markdown already).  Numeric columns, and those named in ``right``, are right-aligned.
    Column widths come from ``column_widths``.

    >>> f = pl.DataFrame({"region": ["Tula | Kaluga"], "count": [3]})
    >>> print(md_table(f, ["region", "count"], ["Region", "Count"], caption="By region"))
    | Region         | Count |
    |:---------------|------:|
    | Tula \\| Kaluga |     3 |
    <BLANKLINE>
    : By region
    <BLANKLINE>
    >>> md_table(f.head(0), ["region"], empty="No regions.")
    'No regions.\\n'
    """
    if frame.height == 0:
        return md_escape(empty) + "\n"
    headers = [md_escape(h) for h in (headers or columns)]
    body = [[cell if c in raw else md_escape(fmt(cell)) for c, cell in zip(columns, row)]
            for row in frame.select(columns).iter_rows()]
    numeric = [frame.schema[c].is_numeric() or c in right for c in columns]
    widths = column_widths([[h, *(r[i] for r in body)] for i, h in enumerate(headers)])

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if num else (":" + "-" * (w + 1)) for w, num in zip(widths, numeric)) + "|"
    lines = [line(headers), rule, *(line(r) for r in body), ""]
    if caption:
        lines += [f": {md_escape(caption)}", ""]
    return "\n".join(lines)


def column_widths(columns: list[list[str]]) -> list[int]:
    """Widths (characters) of table columns, given each column's texts (header first).

    A table whose rows fit in ``AUTO_WIDTH_CHARS`` keeps its natural widths (pandoc
    then sizes it to its content).  A wider one shares ``PAGE_CHARS``: every
    column first gets its longest word (which cannot wrap), the rest goes to the
    columns with long text in proportion to how much more they need (capped at
    ``MAX_COL_WIDTH``).  Pandoc turns the widths into relative column widths
    of the full text width.

    >>> column_widths([["Claim", "doc-a#1"], ["Count", "3"]])
    [7, 5]
    >>> column_widths([["Id", "000_f7ff841e8fcb10ca#1"], ["Evidence", "word " * 40]])
    [24, 60]
    """
    natural = [max(MIN_COL_WIDTH, *(len(t) for t in texts)) for texts in columns]
    if sum(natural) + 3 * len(natural) + 1 <= AUTO_WIDTH_CHARS:
        return natural
    least = [max(MIN_COL_WIDTH, *(len(w) for t in texts for w in t.split())) + CELL_PADDING_CHARS for texts in columns]
    wanted = [max(0, min(n + CELL_PADDING_CHARS, MAX_COL_WIDTH) - m) for n, m in zip(natural, least)]
    spare = PAGE_CHARS - sum(least)
    if spare <= 0 or sum(wanted) == 0:
        return least
    scale = min(1.0, spare / sum(wanted))
    return [m + int(w * scale) for m, w in zip(least, wanted)]


def figure_md(figures_dir: str | Path, name: str, caption: str, width: int = 100) -> str:
    """Markdown for figure ``name``.svg in ``figures_dir`` (a path as the report sees it), with caption,
    ``width`` percent of the text width; a sentence instead when the file is missing.

    >>> figure_md("/nonexistent", "daily", "Daily series")
    'The figure *Daily series* was not drawn (no file daily.svg in /nonexistent).\\n'
    """
    path = Path(figures_dir) / f"{name}.svg"
    if not path.exists():
        return f"The figure *{md_escape(caption)}* was not drawn (no file {md_escape(path.name)} in {md_escape(figures_dir)}).\n"
    return f"![{md_escape(caption)}]({path.as_posix()}){{#fig-{name.replace('_', '-')} width={width}%}}\n"


def plural(n: int, word: str, words: str | None = None) -> str:
    """``n`` with the word in the right number.

    >>> plural(1, "claim"), plural(0, "claim"), plural(2, "body", "bodies")
    ('1 claim', '0 claims', '2 bodies')
    """
    return f"{n} {word if n == 1 else (words or word + 's')}"


def qualified(count: int | None, qualifier: str | None) -> str:
    """A count with its qualifier in words.

    >>> qualified(25, "at_least"), qualified(4, "exact"), qualified(None, "unspecified")
    ('at least 25', '4', '—')
    """
    if count is None:
        return MISSING
    words = {"at_least": "at least", "more_than": "more than", "about": "about", "up_to": "up to"}
    return f"{words[qualifier]} {count}" if qualifier in words else str(count)


def when_label(date: dt.date | None, when_text: str | None = None) -> str:
    """A date (or "undated") with the time expression as written.

    >>> when_label(dt.date(2025, 11, 12), "overnight"), when_label(None, None)
    ('2025-11-12, overnight', 'undated')
    """
    parts = [date.isoformat() if date else "undated"]
    if when_text:
        parts.append(when_text)
    return ", ".join(parts)


# ----------------------------------------------------------------------------- HTML-only and PDF-only blocks

ASSETS = Path(__file__).parent / "templates"


def html_block(text: str) -> str:
    """Raw HTML for the HTML output only (pandoc and Quarto drop a ``{=html}`` block from the PDF).

    >>> print(html_block("<b>x</b>"), end="")
    ```{=html}
    <b>x</b>
    ```
    """
    return f"```{{=html}}\n{text}\n```\n"


def not_in_html(markdown: str) -> str:
    """Markdown shown in every format except HTML (Quarto's ``content-visible unless-format``;
    the builtin renderer applies the same rule with ``templates/conditional.lua``).

    >>> print(not_in_html("PDF only."), end="")
    ::: {.content-visible unless-format="html"}
    PDF only.
    :::
    """
    return f'::: {{.content-visible unless-format="html"}}\n{markdown.rstrip()}\n:::\n'


def html_assets() -> str:
    """The report's inline style and script for HTML (searchable, sortable tables), as a raw HTML block."""
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    js = (ASSETS / "tables.js").read_text(encoding="utf-8")
    return html_block(f"<style>\n{css}</style>\n<script>\n{js}</script>")


def html_cell(value: object) -> str:
    """A value as escaped HTML cell text (``fmt`` first).

    >>> html_cell("<b>&"), html_cell(None), html_cell(3)
    ('&lt;b&gt;&amp;', '—', '3')
    """
    return html.escape(fmt(value), quote=False)


def html_table(frame: pl.DataFrame, columns: list[str], headers: list[str], caption: str,
               row_class: str | None = None, table_id: str | None = None, empty: str = "No rows.",
               right: tuple[str, ...] = ()) -> str:
    """A raw HTML table of ``columns`` (class ``sortable``: the report's script adds a search box and
    sortable headers), every cell escaped; ``row_class`` names a column whose value (if any) becomes the
    row's class.  Numeric columns are right-aligned and sort as numbers.

    >>> f = pl.DataFrame({"a": ["x<y", "z"], "n": [2, None], "cls": ["mismatch", None]})
    >>> print(html_table(f, ["a", "n"], ["A", "N"], "Cap", row_class="cls"))
    ```{=html}
    <table class="sortable"><caption>Cap</caption>
    <thead><tr><th>A</th><th class="num">N</th></tr></thead>
    <tbody>
    <tr class="mismatch"><td>x&lt;y</td><td class="num">2</td></tr>
    <tr><td>z</td><td class="num">—</td></tr>
    </tbody></table>
    ```
    <BLANKLINE>
    """
    if frame.height == 0:
        return md_escape(empty) + "\n"
    numeric = [frame.schema[c].is_numeric() or c in right for c in columns]
    head = "".join(f'<th class="num">{html.escape(h)}</th>' if num else f"<th>{html.escape(h)}</th>"
                   for h, num in zip(headers, numeric))
    classes = frame[row_class].to_list() if row_class else [None] * frame.height
    lines = []
    for cls, row in zip(classes, frame.select(columns).iter_rows()):
        cells = "".join(f'<td class="num">{html_cell(v)}</td>' if num else f"<td>{html_cell(v)}</td>"
                        for v, num in zip(row, numeric))
        lines.append(f'<tr class="{html.escape(cls)}">{cells}</tr>' if cls else f"<tr>{cells}</tr>")
    ident = f' id="{html.escape(table_id)}"' if table_id else ""
    body = "\n".join(lines)
    return html_block(f'<table class="sortable"{ident}><caption>{html.escape(caption)}</caption>\n'
                      f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>")


def capped(frame: pl.DataFrame, limit: int) -> tuple[pl.DataFrame, str]:
    """The first ``limit`` rows of ``frame`` and a sentence saying how many are left out (empty when none).

    >>> capped(pl.DataFrame({"a": range(5)}), 3)[1]
    'The PDF shows the first 3 of 5 rows; all are in the HTML report, the CSV file and tables.xlsx.'
    >>> capped(pl.DataFrame({"a": range(2)}), 3)[1]
    ''
    """
    if frame.height <= limit:
        return frame, ""
    return frame.head(limit), (f"The PDF shows the first {limit} of {frame.height} rows; all are in the HTML report, "
                               "the CSV file and tables.xlsx.")


def long_table(frame: pl.DataFrame, columns: list[str], headers: list[str], caption: str, empty: str, limit: int,
               pdf_columns: list[str] | None = None, row_class: str | None = None, table_id: str | None = None,
               pdf_frame: pl.DataFrame | None = None, raw: tuple[str, ...] = (), right: tuple[str, ...] = ()) -> str:
    """A table that may be long: every row in the HTML (searchable, sortable), at most ``limit`` rows in the
    PDF (with a sentence saying where the rest are), or the sentence ``empty`` when there are no rows.

    ``pdf_columns`` (default ``columns``) and ``pdf_frame`` (default ``frame``, e.g. with markdown
    highlighting in ``raw`` columns) shape the PDF version; headers follow the columns by name.
    """
    if frame.height == 0:
        return md_escape(empty) + "\n"
    title = dict(zip(columns, headers))
    pdf_columns = pdf_columns or columns
    shown, note = capped(pdf_frame if pdf_frame is not None else frame, limit)
    pdf = md_table(shown, pdf_columns, [title[c] for c in pdf_columns], caption=caption, raw=raw, right=right)
    return (html_table(frame, columns, headers, caption, row_class=row_class, table_id=table_id, right=right)
            + "\n" + not_in_html((md_escape(note) + "\n\n" if note else "") + pdf))
