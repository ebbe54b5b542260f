"""Rendering the report with the builtin engine: PDF and HTML from small tables written here.

The tables are built with ``schema.frame_from_rows`` (not by the extractor) and
written as CSV and Parquet into a temporary data folder, as the pipeline does.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import polars as pl
import pytest
from pypdf import PdfReader

from stats import figures, models, reportkit, schema
from stats.render import RenderError, parse_qmd, render_report

QMD = Path(__file__).resolve().parents[1] / "reports" / "report.qmd"
NOV12 = dt.date(2025, 11, 12)
NOV13 = dt.date(2025, 11, 13)

EVIDENCE_BRY = "Air defenses destroyed 61 drones over Bryansk | region, 47 over *Kursk*."


def fixture_tables() -> dict[str, pl.DataFrame]:
    """Two documents with claims, one without, one unreadable; three claims, one undated."""
    documents = [
        {"doc_id": "doc-a", "source": "doc-a.txt", "status": "ok", "n_claims": 2, "n_items": 4, "n_events": 1},
        {"doc_id": "doc-b", "source": "doc-b.txt", "status": "ok", "n_claims": 1, "n_items": 0, "n_events": 1,
         "problems": "unresolved date: 'last night'"},
        {"doc_id": "doc-c", "source": "doc-c.txt", "status": "no_claims", "n_claims": 0, "n_items": 0, "n_events": 0},
        {"doc_id": "doc-d", "source": "doc-d.txt", "status": "error", "problems": "undecodable bytes"},
    ]
    claims = [
        {"claim_id": "doc-a#1", "doc_id": "doc-a", "claimant": "defense_ministry", "event_date": NOV12,
         "when_text": "overnight", "stated_total": 137, "total_qualifier": "exact", "itemized_sum": 129,
         "unattributed": 8, "reconciliation": "under", "evidence": EVIDENCE_BRY, "char_start": 0, "char_end": 70},
        {"claim_id": "doc-a#2", "doc_id": "doc-a", "claimant": "governor", "event_date": NOV13,
         "when_text": "in the morning", "stated_total": 23, "total_qualifier": "at_least", "itemized_sum": 23,
         "reconciliation": "match", "evidence": "Governor: 23 drones over Bryansk.", "char_start": 200, "char_end": 232},
        {"claim_id": "doc-b#1", "doc_id": "doc-b", "claimant": "mayor", "when_text": "last night",
         "stated_total": 5, "total_qualifier": "exact", "reconciliation": "no_items",
         "evidence": "The mayor said 5 drones were downed.", "char_start": 0, "char_end": 36},
    ]
    items = [
        {"claim_id": "doc-a#1", "doc_id": "doc-a", "event_date": NOV12, "region_code": "RU-BRY", "region_name": "Bryansk",
         "count": 61, "qualifier": "exact", "shared": False, "reading": "explicit", "weapon": "drone",
         "claimant": "defense_ministry", "evidence": EVIDENCE_BRY, "char_start": 0, "char_end": 70},
        {"claim_id": "doc-a#1", "doc_id": "doc-a", "event_date": NOV12, "region_code": "RU-KRS", "region_name": "Kursk",
         "count": 47, "qualifier": "exact", "shared": False, "reading": "explicit", "weapon": "drone",
         "claimant": "defense_ministry", "evidence": EVIDENCE_BRY, "char_start": 40, "char_end": 70},
        {"claim_id": "doc-a#1", "doc_id": "doc-a", "event_date": NOV12, "region_code": "RU-KLU+RU-TUL",
         "region_name": "Kaluga + Tula", "count": 21, "qualifier": "exact", "shared": True, "reading": "shared",
         "weapon": "drone", "claimant": "defense_ministry", "evidence": "21 over Tula and Kaluga regions.",
         "char_start": 71, "char_end": 103},
        {"claim_id": "doc-a#2", "doc_id": "doc-a", "event_date": NOV13, "region_code": "RU-BRY", "region_name": "Bryansk",
         "count": 23, "qualifier": "at_least", "shared": False, "reading": "explicit", "weapon": "drone",
         "claimant": "governor", "evidence": "Governor: 23 drones over Bryansk.", "char_start": 200, "char_end": 232},
    ]
    events = [
        {"doc_id": "doc-a", "event_date": NOV12, "region_code": "RU-KDA", "region_name": "Krasnodar", "kind": "alert",
         "when_text": "overnight", "detail": "red alert via the 112 app", "evidence": "A red alert was issued.",
         "char_start": 300, "char_end": 323},
        {"doc_id": "doc-b", "region_code": "RU-MOW", "region_name": "Moscow", "kind": "airport_restriction",
         "detail": "Vnukovo restricted flights", "evidence": "Vnukovo restricted flights.", "char_start": 40, "char_end": 67},
    ]
    daily = [
        {"date": NOV12, "region_code": "ALL", "count": 137, "n_claims": 1, "n_docs": 1},
        {"date": NOV13, "region_code": "ALL", "count": 23, "n_claims": 1, "n_docs": 1},
        {"date": NOV12, "region_code": "RU-BRY", "count": 61, "n_claims": 1, "n_docs": 1},
    ]
    tables = {
        "documents": schema.frame_from_rows("documents", documents),
        "claims": schema.frame_from_rows("claims", claims),
        "interceptions": schema.frame_from_rows("interceptions", items),
        "events": schema.frame_from_rows("events", events),
        "daily": schema.frame_from_rows("daily", daily),
    }
    tables.update(models.fit_models(tables["daily"]))
    return {name: schema.validate(name, frame) for name, frame in tables.items()}


def write_tables(data_dir: Path, tables: dict[str, pl.DataFrame]) -> None:
    """Write each table as CSV (UTF-8 with BOM) and Parquet, as the pipeline does."""
    data_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.write_parquet(data_dir / f"{name}.parquet")
        frame.write_csv(data_dir / f"{name}.csv", include_bom=True)


def render(tmp_path: Path, tables: dict[str, pl.DataFrame]) -> dict[str, Path]:
    """Lay out tables and figures as the CLI does (reports/data, figures beside reports) and render."""
    out_dir = tmp_path / "reports"
    write_tables(out_dir / "data", tables)
    figures.draw_figures(tables, tmp_path / "figures")
    return render_report(QMD, out_dir, {"data_dir": "data", "figures_dir": "../figures"}, engine="builtin")


def pdf_text(path: Path) -> str:
    """All text of a PDF, whitespace collapsed."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Path]:
    return render(tmp_path_factory.mktemp("full"), fixture_tables())


# ----------------------------------------------------------------------------- PDF


def test_pdf_has_a4_pages(rendered):
    pages = PdfReader(rendered["pdf"]).pages
    assert len(pages) >= 2
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


@pytest.mark.parametrize("needle", [
    "137",  # stated total of doc-a#1
    "129",  # its itemized sum
    "at least 23",  # qualified stated total of doc-a#2
    "Kaluga + Tula",  # shared region
    "doc-b#1",  # the undated claim
    "undated",
    "needs at least 14 dated days of national totals; the corpus has 2",  # the declined model's reason
    "Vnukovo restricted flights",  # an event
    "undecodable bytes",  # data quality
])
def test_pdf_contains_numbers_and_text_from_the_tables(rendered, needle):
    assert needle in pdf_text(rendered["pdf"])


def test_pdf_says_how_many_claims_are_undated(rendered):
    assert "1 of the 3 claims could not be dated" in pdf_text(rendered["pdf"])


def test_pdf_has_page_numbers_and_captions(rendered):
    reader = PdfReader(rendered["pdf"])
    n = len(reader.pages)
    assert f"1 / {n}" in reader.pages[0].extract_text()
    text = pdf_text(rendered["pdf"])
    assert re.search(r"Figure \d+: Claimed interceptions per region", text)
    assert re.search(r"Figure \d+: Tile-grid map of Russia", text)
    assert re.search(r"Table \d+: Claims, their stated totals", text)


def test_evidence_is_escaped_not_interpreted(rendered):
    text = pdf_text(rendered["pdf"])
    assert "Bryansk | region, 47 over *Kursk*." in text


def test_pdf_embeds_only_its_own_fonts(rendered):
    fonts = set()
    for page in PdfReader(rendered["pdf"]).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all(re.search(r"Libertinus|DejaVuSansMono|NewCM", f) for f in fonts), fonts


# ----------------------------------------------------------------------------- HTML


def test_html_is_self_contained(rendered):
    html = rendered["html"].read_text(encoding="utf-8")
    tags = re.findall(r"<(?:link|script|img)\b[^>]*>", html, re.I)
    external = [t for t in tags if re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", t, re.I)]
    assert external == []
    assert "mathjax" not in html.lower()


def test_html_embeds_the_figures(rendered):
    html = rendered["html"].read_text(encoding="utf-8")
    images = re.findall(r"<img\b[^>]*>", html, re.I)
    assert len(images) == 3  # national, regions, tile_map (no weekly or region_shares table: no heat map, no multiples)
    assert all('src="data:image/svg+xml' in img for img in images)
    assert "../figures" not in html


def test_html_tables_are_searchable_and_mismatches_marked(rendered):
    html = rendered["html"].read_text(encoding="utf-8")
    claims = re.search(r'<table class="sortable" id="claims">.*?</table>', html, re.S).group(0)
    assert len(re.findall(r"<tr\b", claims)) == 1 + 3  # header and every claim
    assert len(re.findall(r'<tr class="mismatch">', claims)) == 1  # doc-a#1: 129 of 137 itemized
    assert "addSearch" in html and "sortBy" in html  # the inline script
    assert "content-visible" not in html  # the PDF-only copies of the tables are dropped


def test_html_contains_the_tables(rendered):
    html = rendered["html"].read_text(encoding="utf-8")
    assert "<table" in html
    assert "Kaluga + Tula" in html
    assert "Bryansk | region, 47 over *Kursk*." in html


# ----------------------------------------------------------------------------- missing tables


def test_missing_tables_render_like_empty_ones(tmp_path):
    out_dir = tmp_path / "reports"
    (out_dir / "data").mkdir(parents=True)
    paths = render_report(QMD, out_dir, {"data_dir": "data", "figures_dir": "../figures"}, engine="builtin")
    assert "No claims were found." in pdf_text(paths["pdf"])
    assert "No claim in the corpus has a date" in pdf_text(paths["pdf"])


def test_csv_only_data_dir_gives_the_same_tables(tmp_path):
    tables = fixture_tables()
    write_tables(tmp_path, tables)
    for path in tmp_path.glob("*.parquet"):
        path.unlink()
    for name, frame in tables.items():
        assert reportkit.read_table(tmp_path, name).equals(frame), name


# ----------------------------------------------------------------------------- errors and engine semantics


QMD_TEMPLATE = """---
title: Small
execute:
  echo: false
---

```{{python}}
#| tags: [parameters]
greeting = "default"
```

Inline: `{{python}} greeting.upper()`.

```{{python}}
#| output: asis
print("**bold** from", greeting)
```

```{{python}}
print("plain output")
```

```{{python}}
#| echo: true
shown = 1 + 1
shown
```

{extra}
"""


def test_failing_cell_raises_render_error_naming_the_cell(tmp_path):
    qmd = tmp_path / "bad.qmd"
    qmd.write_text(QMD_TEMPLATE.format(extra="```{python}\n1 / 0\n```\n"), encoding="utf-8")
    with pytest.raises(RenderError) as info:
        render_report(qmd, tmp_path, {}, engine="builtin")
    message = str(info.value)
    assert "bad.qmd" in message and "cell 5" in message and "ZeroDivisionError" in message
    assert "\n" not in message


def test_parameters_are_injected_after_the_parameters_cell(tmp_path):
    qmd = tmp_path / "small.qmd"
    qmd.write_text(QMD_TEMPLATE.format(extra=""), encoding="utf-8")
    paths = render_report(qmd, tmp_path, {"greeting": "hello"}, engine="builtin")
    html = paths["html"].read_text(encoding="utf-8")
    assert "Inline: HELLO." in html
    assert "<strong>bold</strong> from hello" in html  # asis: markdown, not a code block
    assert re.search(r"<pre><code>plain output", html)  # not asis: a code block
    assert 'class="sourceCode python"' in html and "<code>2</code>" in html  # echo: true and the final value
    assert "greeting = " not in html  # echo: false from the front matter hides the parameters cell


def test_qmd_outside_out_dir_is_copied_and_run_there(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    qmd = src / "small.qmd"
    qmd.write_text(QMD_TEMPLATE.format(extra="```{python}\nimport os\nprint(os.getcwd())\n```\n"), encoding="utf-8")
    out_dir = tmp_path / "out"
    paths = render_report(qmd, out_dir, {}, engine="builtin")
    assert (out_dir / "small.qmd").exists()
    assert str(out_dir) in paths["html"].read_text(encoding="utf-8")


def test_parse_qmd_reads_cell_options():
    doc = parse_qmd(QMD.read_text(encoding="utf-8"))
    cells = [c for c in doc.chunks if not isinstance(c, str)]
    assert doc.meta["execute"]["echo"] is False
    assert cells[0].options == {"tags": ["parameters"]}
    assert "data_dir" in cells[0].code and "figures_dir" in cells[0].code


# ----------------------------------------------------------------------------- figures


def test_figures_are_deterministic_svg_with_text_as_paths(tmp_path):
    first = figures.draw_figures(fixture_tables(), tmp_path / "a")
    second = figures.draw_figures(fixture_tables(), tmp_path / "b")
    assert set(first) == {"national", "regions", "tile_map", "region_weeks", "top_regions"}
    for name, path in first.items():
        svg = path.read_bytes()
        assert svg == second[name].read_bytes(), name
        assert b"<text" not in svg and b"<dc:date>" not in svg  # fonttype 'path', no date


def test_figures_of_empty_tables_are_drawn(tmp_path):
    paths = figures.draw_figures({}, tmp_path)
    assert all(p.exists() and p.stat().st_size > 0 for p in paths.values())


def test_long_tables_are_capped_in_the_pdf_only():
    frame = pl.DataFrame({"claim_id": [f"c-{i}" for i in range(5)], "count": [1, 2, 3, 4, 5]})
    text = reportkit.long_table(frame, ["claim_id", "count"], ["Claim", "Count"], "Caption", "None.", limit=2)
    html_part, pdf_part = text.split('::: {.content-visible unless-format="html"}')
    assert html_part.count("<tr>") == 1 + 5
    assert "c-4" in html_part and "c-4" not in pdf_part and "c-1" in pdf_part
    assert "The PDF shows the first 2 of 5 rows" in pdf_part
    assert reportkit.long_table(frame.head(0), ["claim_id"], ["Claim"], "Caption", "None.", limit=2) == "None.\n"


def test_local_images_are_inlined_as_data_uris(tmp_path):
    from stats.render import inline_images

    (tmp_path / "f.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    out = inline_images(r"![a \] caption](f.svg){#fig-f width=100%} ![b](missing.svg)", tmp_path)
    assert out.startswith(r"![a \] caption](data:image/svg+xml;base64,")
    assert out.endswith("{#fig-f width=100%} ![b](missing.svg)")
