"""Properties that hold for any input (hypothesis): the extractor never raises, counts are
never negative, every span points into the text and slices out its evidence, the same
input gives the same rows, and tables read back are the tables written.

Claim sentences are the team's own; hypothesis mutates them (inserted and deleted
characters, odd numbers, line breaks, markup, case, repeats) and also feeds arbitrary
Unicode text, bytes and word salad from the extractor's own vocabulary.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import tempfile
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, example, given, settings, strategies as st
from polars.testing import assert_frame_equal

from stats import schema
from stats.clean import clean_text
from stats.corpus import Document, NotText, decode
from stats.tables import build_tables, extract_document, read_table, write_tables

ROOT = Path(__file__).resolve().parent.parent
if "bench_fuzz" in sys.modules:
    fuzz = sys.modules["bench_fuzz"]
else:
    _spec = importlib.util.spec_from_file_location("bench_fuzz", ROOT / "bench" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(_spec)
    sys.modules["bench_fuzz"] = fuzz  # dataclasses look their module up there
    _spec.loader.exec_module(fuzz)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CLAIMS = fuzz.CLAIMS  # the team's claim sentences, shared with the fuzz run
ODD_NUMBERS = ["0", "-3", "999999999999999999999999", "1000000000", "1000000001", "9,223,372,036,854,775,808", "1,000,000", "twenty-three", "a dozen", "3.5", "1e9", "٣", "７", "½"]
ODD_PIECES = ["\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u2028", "\u202e", "\u0301", "<p>", "</li>", "**", "[", "](",
              "—", "…", "«", "»", "“", "”", ".", ",", ";", ":", "(", ")", "drones", "region", "over", "said", "Kursk"]
WORDS = ["air", "defenses", "destroyed", "shot", "down", "intercepted", "drone", "drones", "UAVs", "missiles", "over", "the",
         "Kursk", "Bryansk", "Belgorod", "Moscow", "region", "regions", "district", "and", "each", "of", "them", "governor",
         "ministry", "said", "overnight", "on", "May", "4", "12", "two", "three", "dozens", "total", "at", "least", "more",
         "than", "about", "up", "to", "pm", "am", "23:40", "night", "debris", "fell", "alert", "fire", ",", ".", ":", ";",
         "\n", "—", "(", ")"]


@st.composite
def mutated_claims(draw) -> str:
    text = draw(st.sampled_from(CLAIMS))
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["insert", "delete", "number", "piece", "repeat", "case", "join"]))
        pos = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:pos] + draw(st.text(min_size=1, max_size=6)) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[draw(st.integers(pos, min(len(text), pos + 12))):]
        elif kind == "number":
            text = text[:pos] + draw(st.sampled_from(ODD_NUMBERS)) + text[pos:]
        elif kind == "piece":
            text = text[:pos] + draw(st.sampled_from(ODD_PIECES)) + text[pos:]
        elif kind == "repeat":
            text = text + " " + text[pos:]
        elif kind == "case":
            text = text.upper() if draw(st.booleans()) else text.lower()
        else:
            text = text + draw(st.sampled_from([" ", "\n", "\n\n"])) + draw(st.sampled_from(CLAIMS))
    return text


word_salad = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
published = st.sampled_from([None, "2024-05-02", "2024-11", "2025-01-01"])
assume_year = st.sampled_from([None, 2024])


def document(text: str, published_on: str | None = None, doc_id: str = "d") -> Document:
    return Document(doc_id=doc_id, source=f"{doc_id}.txt", text=text,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), published=published_on)


def check_rows(text: str, published_on: str | None, year: int | None) -> None:
    doc = document(text, published_on)
    rows = extract_document(doc, year)
    assert extract_document(document(text, published_on), year) == rows  # deterministic
    for row in rows.claims + rows.interceptions + rows.events:
        assert 0 <= row["char_start"] <= row["char_end"] <= len(text), row
        assert text[row["char_start"]:row["char_end"]] == row["evidence"], row
    for row in rows.interceptions:
        assert row["count"] is None or row["count"] >= 0, row
        assert row["qualifier"] in schema.QUALIFIERS and row["reading"] in schema.READINGS and row["weapon"] in schema.WEAPONS
    for row in rows.claims:
        for column in ("stated_total", "itemized_sum", "unattributed"):
            assert row[column] is None or row[column] >= 0, row
        assert row["reconciliation"] in schema.RECONCILIATIONS and row["claimant"] in schema.CLAIMANTS
    for row in rows.events:
        assert row["kind"] in schema.EVENT_KINDS
    assert (rows.document["n_claims"], rows.document["n_items"], rows.document["n_events"]) == (
        len(rows.claims), len(rows.interceptions), len(rows.events))
    assert rows.document["status"] == ("ok" if rows.claims else "no_claims")
    for name, table_rows in (("documents", [rows.document]), ("claims", rows.claims), ("interceptions", rows.interceptions),
                             ("events", rows.events)):
        schema.validate(name, schema.frame_from_rows(name, table_rows))  # the rows fit the table: no Int64 overflow


@FAST
@given(st.text(max_size=400), published, assume_year)
def test_arbitrary_unicode_text(text, published_on, year):
    check_rows(text, published_on, year)


@FAST
@given(mutated_claims(), published, assume_year)
def test_mutated_claim_sentences(text, published_on, year):
    check_rows(text, published_on, year)


@FAST
@given(word_salad, published)
def test_word_salad_of_the_extractors_vocabulary(text, published_on):
    check_rows(text, published_on, None)


@FAST
@given(st.binary(max_size=600))
def test_any_bytes_decode_to_text_or_are_refused_as_binary(raw):
    try:
        text, notes = decode(raw)
    except NotText:
        return
    text.encode("utf-8")  # real text: no surrogates
    assert all(isinstance(n, str) and "; " not in n for n in notes)


CONTROLS = {chr(b) for b in range(0x20)} - set("\t\n\v\f\r\x1b")


@FAST
@given(st.text(max_size=300))
@example("0\x00¬\U0002c000")  # valid UTF-8 whose bytes look like UTF-16 in pairs
def test_utf8_text_decodes_to_itself(text):
    """UTF-8 is read as it is; only text full of control characters may be taken for binary."""
    if CONTROLS.isdisjoint(text):
        assert decode(text.encode("utf-8")) == (text, [])
    else:
        try:
            assert decode(text.encode("utf-8"))[0] == text
        except NotText:
            assert sum(c in CONTROLS for c in text) > 0.05 * len(text.encode("utf-8"))


tags = st.sampled_from(["<p>", "</p>", "<br>", "<li>", "</li>", "<ul>", "<script>", "</script>", "<b>", "</b>", "<!--", "-->",
                        "<div class='x'>", "&amp;", "&nbsp;", "&#8212;", "<", ">", "<![CDATA[", "]]>", "<!DOCTYPE html>",
                        "<?xml ?>", "<a href='x'>", "</a>", "<table><tr><td>", "**", "_", "`", "[x](y)", "# ", "> "])


@FAST
@given(st.lists(st.one_of(tags, st.text(max_size=20), st.sampled_from(CLAIMS)), max_size=20).map("".join),
       st.sampled_from(["html", "markdown", "text"]))
def test_markup_cleaning_never_raises(source, markup):
    text, meta, notes = clean_text(source, markup)
    assert isinstance(text, str) and isinstance(meta, dict)
    if markup == "text" and "<" not in source:
        assert (text, notes) == (source, [])


@SLOW
@given(st.lists(st.one_of(mutated_claims(), st.text(max_size=200)), min_size=1, max_size=6), published)
def test_tables_written_and_read_back_are_identical(texts, published_on):
    docs = [document(text, published_on, f"doc{n}") for n, text in enumerate(texts)]
    frames = build_tables(docs, workers=1)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_tables(frames, out)
        for name, frame in frames.items():
            assert_frame_equal(read_table(out, name), frame)
            csv = pl.read_csv(out / f"{name}.csv", schema={c: schema.FIELDS[c].dtype for c in schema.TABLES[name].columns}, encoding="utf8")
            assert_frame_equal(csv, frame, check_exact=name not in ("trend_results", "forecast", "region_trends"))
