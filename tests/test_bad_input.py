"""Bad input: every document is accounted for, nothing crashes, problems say what happened.

Tables of inputs the team wrote → what the corpus reader, the tables and the
command line must make of them (issue 6).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from stats import cli, corpus, schema
from stats.clean import html_to_text, markdown_to_text
from stats.corpus import (CorpusError, Document, DocumentFile, NotText, decode, list_corpus, read_corpus,
                          reason_of)
from stats.progress import is_terminal, progress_bar
from stats.tables import build_tables

ROOT = Path(__file__).resolve().parent.parent

RU = "Губернатор Брянской области сообщил: над Брянском сбиты пять беспилотников."
UK = "Над Запоріжжям збито п’ять дронів, повідомив голова обласної адміністрації Іван Федоров."
EN_CP1252 = "Air defenses destroyed 5 drones over Zaporizhzhia — the governor’s office said “all clear” at the café."
EN_LATIN1 = "Air defences destroyed two drones over the Belgorod region, café owners said: «all clear»."
MIXED = "The ministry said 5 drones were destroyed over the Bryansk region (над Брянском)."

# ----------------------------------------------------------------------------- encodings

# (name, bytes, text they must decode to, the note in problems; a tuple: any of these)
ENCODINGS = [
    ("utf-8", RU.encode("utf-8"), RU, None),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + RU.encode("utf-8"), RU, None),
    ("utf-16 with BOM (LE)", MIXED.encode("utf-16"), MIXED, "decoded as UTF-16 (byte-order mark)"),
    ("utf-16 with BOM (BE)", b"\xfe\xff" + MIXED.encode("utf-16-be"), MIXED, "decoded as UTF-16 (byte-order mark)"),
    ("utf-16-le without BOM", MIXED.encode("utf-16-le"), MIXED, "decoded as utf_16_le (detected, no byte-order mark)"),
    ("utf-16-be without BOM", MIXED.encode("utf-16-be"), MIXED, "decoded as utf_16_be (detected, no byte-order mark)"),
    ("cp1251 Russian", RU.encode("cp1251"), RU, "not valid UTF-8, decoded as cp1251 (detected)"),
    ("cp1251 Ukrainian", UK.encode("cp1251"), UK, "not valid UTF-8, decoded as cp1251 (detected)"),
    ("koi8-r Russian", RU.encode("koi8_r"), RU, "not valid UTF-8, decoded as koi8_r (detected)"),
    ("cp1252 dash, curly quotes, é", EN_CP1252.encode("cp1252"), EN_CP1252, "not valid UTF-8, decoded as cp1252 (detected)"),
    # latin-1 and cp1252 agree on every byte this text has: either name is right
    ("latin-1 é and guillemets", EN_LATIN1.encode("latin-1"), EN_LATIN1,
     ("not valid UTF-8, decoded as cp1252 (detected)", "not valid UTF-8, decoded as latin_1 (detected)")),
    ("one latin-1 byte in ASCII", b"Caf\xe9: one drone was downed over the Tula region.", "Café: one drone was downed over the Tula region.",
     ("not valid UTF-8, decoded as cp1252 (detected)", "not valid UTF-8, decoded as latin_1 (detected)")),
    ("UTF-8 with a stray byte", RU.encode() + b"\xff " + RU.encode(), RU + "\ufffd " + RU,
     "not valid UTF-8: 1 undecodable byte sequence(s) replaced"),
    ("UTF-8 cut in the middle of a letter", RU.encode()[:-2], RU[:-2] + "\ufffd", "not valid UTF-8: 1 undecodable byte sequence(s) replaced"),
]


@pytest.mark.parametrize("raw,text,note", [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_each_encoding_is_decoded_and_recorded(raw, text, note):
    got, notes = decode(raw)
    assert got == text
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1 and notes[0] in (note if isinstance(note, tuple) else (note,))


@pytest.mark.parametrize("raw,text,note", [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_each_encoding_is_read_from_a_file(tmp_path, raw, text, note):
    (tmp_path / "a.txt").write_bytes(raw)
    [doc] = read_corpus(tmp_path)
    assert doc.text == text and not doc.error
    assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert (note is None) == (doc.problems == [])


def test_bytes_in_no_encoding_are_replaced_and_counted():
    rng = random.Random(1)
    raw = b"Two drones were downed. " + bytes(rng.randrange(0x80, 0x100) for _ in range(40))
    text, notes = decode(raw)
    assert text.startswith("Two drones were downed. ") and "\ufffd" in text
    assert notes == [f"not valid UTF-8 and no encoding detected: {text.count(chr(0xFFFD))} undecodable byte sequence(s) replaced"]


BINARY = [
    ("random bytes", random.Random(2).randbytes(4000)),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + random.Random(3).randbytes(500)),
    ("zeros", bytes(1000)),
]


@pytest.mark.parametrize("raw", [b for _, b in BINARY], ids=[n for n, _ in BINARY])
def test_binary_content_is_refused(raw):
    with pytest.raises(NotText):
        decode(raw)


def test_a_few_nul_characters_in_utf8_are_kept_and_noted():
    text, notes = decode("Two drones\x00 were downed over Kursk, the governor said.".encode())
    assert text == "Two drones\x00 were downed over Kursk, the governor said." and notes == ["1 NUL character(s) in the text"]


# ----------------------------------------------------------------------------- markup

HTML_CASES = [
    ("<p>Two drones were downed.</p><p>The governor said so.</p>", "Two drones were downed.\n\nThe governor said so."),
    ("<div>One drone was shot down</div><div>over Kursk.</div>", "One drone was shot down\nover Kursk."),
    ("Line one<br>Line two<br/><br />Line four", "Line one\nLine two\n\nLine four"),
    ("<ul><li>6 over <b>Bryansk</b></li><li>4 over Kursk</li></ul>", "- 6 over Bryansk\n- 4 over Kursk"),
    ("<p>5&nbsp;drones &amp; 2 missiles &mdash; &#8220;intercepted&#8221;</p>", "5 drones & 2 missiles — “intercepted”"),
    ("<script>var n = '<p>9 drones</p>';</script><style>p {color: red}</style><p>Three drones.</p>", "Three drones."),
    ("<head><title>Breaking</title></head><body><h1>Drones</h1>Seven were downed.</body>", "Drones\n\nSeven were downed."),
    ("<table><tr><td>Bryansk</td><td>6</td></tr><tr><td>Kursk</td><td>4</td></tr></table>", "Bryansk 6\nKursk 4"),
    ("<p>Air  defenses\n   destroyed\tthree drones</p><!-- a comment -->", "Air defenses destroyed three drones"),
    ("<p>Unclosed paragraph<p>and another <b>bold", "Unclosed paragraph\n\nand another bold"),
]


@pytest.mark.parametrize("source,text", HTML_CASES, ids=[s[:40] for s, _ in HTML_CASES])
def test_html_to_text(source, text):
    assert html_to_text(source)[0] == text


def test_html_meta_gives_the_publication_date_and_url():
    page = ('<html><head><meta property="article:published_time" content="2024-05-02T06:00:00Z">'
            '<link rel="canonical" href="https://example.org/a"></head><body><p>Text.</p></body></html>')
    assert html_to_text(page) == ("Text.", {"published": "2024-05-02T06:00:00Z", "url": "https://example.org/a"})


MARKDOWN_CASES = [
    ("# Overnight attack\n\nTwo drones were downed.", "Overnight attack\n\nTwo drones were downed."),
    ("The **ministry** said *five* drones fell, __twice__ _as_ many.", "The ministry said five drones fell, twice as many."),
    ("See [the statement](https://example.org/a_(b)) and ![a map](map.png).", "See the statement and a map."),
    ("The ministry said 10 drones were destroyed:\n- 6 over Bryansk\n* 4 over Kursk\n1. first", "The ministry said 10 drones were destroyed:\n- 6 over Bryansk\n* 4 over Kursk\n1. first"),
    ("> The governor wrote: one drone was downed.", "The governor wrote: one drone was downed."),
    ("snake_case_name and 2*3*4 stay; `code` loses its marks; \\*escaped\\*", "snake_case_name and 2*3*4 stay; code loses its marks; *escaped*"),
    ("Text<br>next &amp; last\n\n---\n\n[1]: https://example.org", "Text\nnext & last"),
]


@pytest.mark.parametrize("source,text", MARKDOWN_CASES, ids=[s[:40] for s, _ in MARKDOWN_CASES])
def test_markdown_to_text(source, text):
    assert markdown_to_text(source) == text


# When markup is cleaned: by suffix, or HTML found in plain text; plain text stays byte for byte.
MARKUP_FILES = [
    ("page.html", "<p>The Defense Ministry said <b>three</b> drones were destroyed over the Kursk region.</p>",
     "The Defense Ministry said three drones were destroyed over the Kursk region.", []),
    ("post.md", "The **Defense Ministry** said three drones were destroyed over the [Kursk region](https://x.org).",
     "The Defense Ministry said three drones were destroyed over the Kursk region.", []),
    ("scraped.txt", "<div>The Defense Ministry said three drones were destroyed over the Kursk region.</div>",
     "The Defense Ministry said three drones were destroyed over the Kursk region.", ["HTML markup found and reduced to text"]),
    ("plain.txt", "The *Defense Ministry* said three drones (<5) were destroyed over the Kursk region.\n",
     "The *Defense Ministry* said three drones (<5) were destroyed over the Kursk region.\n", []),
]


@pytest.mark.parametrize("name,content,text,problems", MARKUP_FILES, ids=[m[0] for m in MARKUP_FILES])
def test_markup_is_cleaned_by_suffix_or_when_found(tmp_path, name, content, text, problems):
    (tmp_path / name).write_text(content, encoding="utf-8")
    [doc] = read_corpus(tmp_path)
    assert (doc.text, doc.problems) == (text, problems)


def _markup_corpus(root: Path) -> None:
    (root / "a.html").write_text(
        "<html><head><title>Drones</title><meta name='pubdate' content='2024-05-02'></head><body>"
        "<h1>Overnight</h1><p>The Defense Ministry said air defenses destroyed 10 drones overnight:</p>"
        "<ul><li>6 over the <a href='/b'>Bryansk</a> region</li><li>4 over the Kursk region</li></ul>"
        "<p>Governor Gladkov said a drone was shot down over the Belgorod region. Debris fell on a roof and a fire broke out.</p>"
        "<script>document.write('12 drones over Tula')</script></body></html>", encoding="utf-8")
    (root / "b.md").write_text(
        "---\npublished: 2024-05-03\n---\n## Night of May 3\n\nThe **Defense Ministry** said *seven* drones were "
        "destroyed over the [Oryol region](https://example.org/oryol) and two over the Tula region.\n", encoding="utf-8")
    (root / "c.txt").write_text("<p>Mayor Sobyanin said air defenses shot down two drones flying towards Moscow.</p>", encoding="utf-8")
    lines = [{"id": "j1", "published": "2024-05-04",
              "text": "<p>The ministry said 3 drones were downed over the Voronezh region.</p><p>An air raid alert was declared in Voronezh.</p>"}]
    (root / "d.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")


def test_evidence_slices_the_cleaned_text(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    _markup_corpus(folder)
    docs = read_corpus(folder) + read_corpus(folder / "d.jsonl")
    assert [(d.source, d.problems) for d in docs if d.error] == [("d.jsonl", ["skipped: not a file type that is read (.jsonl)"])]
    frames = build_tables([d for d in docs if not d.error], workers=1)
    texts = {d.doc_id: d.text for d in docs if not d.error}
    rows = frames["interceptions"].to_dicts() + frames["claims"].to_dicts() + frames["events"].to_dicts()
    got = {(r["doc_id"], r["region_code"], r["count"]) for r in frames["interceptions"].to_dicts()}
    assert got == {("a", "RU-BRY", 6), ("a", "RU-KRS", 4), ("a", "RU-BEL", 1), ("b", "RU-ORL", 7), ("b", "RU-TUL", 2),
                   ("c", "RU-MOW", 2), ("j1", "RU-VOR", 3)}  # nothing from the <script>: "12 drones over Tula"
    assert {(r["doc_id"], r["kind"]) for r in frames["events"].to_dicts()} == {("a", "fire"), ("j1", "alert")}
    for row in rows:
        text = texts[row["doc_id"]]
        assert text[row["char_start"]:row["char_end"]] == row["evidence"]
        assert "<" not in row["evidence"] and "**" not in row["evidence"] and "](" not in row["evidence"]
    for row in frames["interceptions"].to_dicts():  # the number the count was read from is in its evidence
        word = {6: "6", 4: "4", 1: "a drone", 7: "seven", 2: "two", 3: "3"}[row["count"]]
        assert word in row["evidence"], row
    documents = {r["doc_id"]: r for r in frames["documents"].to_dicts()}
    assert documents["a"]["published"] == "2024-05-02" and documents["b"]["published"] == "2024-05-03"
    for doc_id, text in texts.items():
        assert documents[doc_id]["sha256"] == hashlib.sha256(text.encode()).hexdigest()
        assert documents[doc_id]["n_chars"] == len(text)
    assert "12 drones" not in texts["a"] and "Drones" not in texts["a"].split("\n")[0]


# ----------------------------------------------------------------------------- a folder of everything


def _messy_folder(root: Path) -> dict[str, tuple[str, str | None]]:
    """Write a folder of bad input; return {source: (status, start of problems)}."""
    claim = "Governor Gladkov said two drones were shot down over the Belgorod region on May 2."
    files = {
        "good.txt": claim.encode(),
        "copy.txt": claim.encode(),  # same text as good.txt (sorted before it: it is the first)
        "empty.txt": b"",
        "blank.md": b"  \n\n ",
        "binary.txt": random.Random(4).randbytes(3000),
        "big.txt": b"One drone was downed over Kursk. " * 4000,  # 132,000 bytes > --max-mb 0.1
        "cp1251.txt": ("Губернатор сообщил: над Брянском сбиты пять беспилотников. " + claim).encode("cp1251"),
        "page.htm": b"<p>Governor Gladkov said a drone was shot down over the Belgorod region on May 3.</p>",
        "nested/deep/er/good.txt": b"The Defense Ministry said 4 drones were destroyed over the Kursk region on May 2.",
        "nested/a.txt": b"Three drones were downed over the Oryol region on May 2, the governor said.",
        "a.pdf": b"%PDF-1.4 not read",
        "notes.docx": b"PK\x03\x04 not read",
        "Makefile": b"not read",
        "fm-date.txt": b"---\npublished: 2024-13-45\n---\nTwo drones were downed over Kursk on May 2.\n",
        "fm-python.md": b"---\npublished: !!python/object/apply:os.system ['touch PWNED']\n---\nOne drone over Kursk.\n",
        "fm-list.txt": b"---\nurl: [a, b]\npublished: 2024-05-02\n---\nOne drone was downed over Kursk overnight.\n",
        "fm-edge.txt": b"---\npublished: 9999-12-31\n---\nAir defenses destroyed 99999999999999999999 drones over Kursk overnight.\n",
        ".hidden.txt": b"never listed",
        ".git/config": b"never listed",
    }
    for rel, raw in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(raw)
    os.symlink(root / "missing.txt", root / "broken.txt")
    os.symlink(root / "nested", root / "link-to-folder")
    os.symlink(root / "nested" / "a.txt", root / "link-to-file.txt")
    os.mkfifo(root / "pipe.txt")
    return {
        "copy.txt": ("ok", None),
        "good.txt": ("no_claims", "same text as 'copy' (sha256); its claims are counted there"),
        "empty.txt": ("no_claims", "empty document: no text"),
        "blank.md": ("no_claims", "empty document: no text"),
        "binary.txt": ("error", "skipped: binary content (not text)"),
        "big.txt": ("error", "skipped: too large (0.1 MB, the limit is 0.1 MB: --max-mb)"),
        "cp1251.txt": ("ok", "not valid UTF-8, decoded as cp1251 (detected)"),
        "page.htm": ("ok", None),
        "nested/deep/er/good.txt": ("ok", None),
        "nested/a.txt": ("no_claims", "same text as 'link-to-file' (sha256)"),  # the link to it sorts first
        "link-to-file.txt": ("ok", None),
        "a.pdf": ("error", "skipped: not a file type that is read (.pdf); duplicate id 'a', renamed 'a~2'"),
        "notes.docx": ("error", "skipped: not a file type that is read (.docx)"),
        "Makefile": ("error", "skipped: not a file type that is read (no suffix)"),
        "fm-date.txt": ("ok", "front matter is not valid YAML (month must be in 1..12), read as text"),
        "fm-python.md": ("no_claims", "front matter is not valid YAML (could not determine a constructor"),
        "fm-list.txt": ("ok", "url is not a single value (list), ignored"),
        # the calendar's last day, and a count no integer column holds: the region is kept without a number
        "fm-edge.txt": ("ok", "published date '9999-12-31' is not between 1900 and 2100, ignored"),
        "broken.txt": ("error", "broken symbolic link"),
        "link-to-folder": ("error", "skipped: link to a folder (not followed)"),
        "pipe.txt": ("error", "skipped: not a regular file"),
    }


def test_every_entry_of_a_messy_folder_is_a_documents_row(tmp_path):
    expected = _messy_folder(tmp_path / "c")
    items = list_corpus(tmp_path / "c", max_bytes=100_000)
    frames = build_tables(items, workers=1)
    documents = {r["source"]: r for r in frames["documents"].to_dicts()}
    assert set(documents) == set(expected)
    for source, (status, problem) in expected.items():
        row = documents[source]
        assert row["status"] == status, (source, row)
        if problem is not None:
            assert problem in (row["problems"] or ""), (source, row["problems"])
    assert not (tmp_path / "c" / "PWNED").exists() and not Path("PWNED").exists()
    assert frames["interceptions"].filter(pl.col("doc_id") == "good").is_empty()  # counted once, under "copy"
    assert frames["interceptions"].filter(pl.col("doc_id") == "copy").height == 1
    assert documents["fm-list.txt"]["published"] == "2024-05-02" and documents["fm-list.txt"]["url"] is None
    edge = frames["interceptions"].filter(pl.col("doc_id") == "fm-edge")
    assert edge.select("region_code", "count", "qualifier").rows() == [("RU-KRS", None, "unspecified")]


def test_the_same_text_on_another_date_is_a_document_of_its_own(tmp_path):
    text = "An air raid alert was declared in Belgorod overnight; Governor Gladkov said two drones were shot down."
    for name, published in (("a", "2024-05-02"), ("b", "2024-05-02"), ("c", "2024-05-09"), ("d", None)):
        head = f"---\npublished: {published}\n---\n" if published else ""
        (tmp_path / f"{name}.txt").write_text(head + text, encoding="utf-8")
    frames = build_tables(list_corpus(tmp_path), workers=1)
    documents = {r["doc_id"]: r for r in frames["documents"].to_dicts()}
    assert [documents[d]["status"] for d in "abcd"] == ["ok", "no_claims", "ok", "ok"]
    assert documents["b"]["problems"] == "same text as 'a' (sha256); its claims are counted there"
    assert documents["c"]["problems"] == "same text as 'a' (sha256) but published on another date; read as a document of its own"
    assert sorted(set(frames["interceptions"]["doc_id"])) == ["a", "c", "d"]
    assert sorted(frames["interceptions"]["event_date"].drop_nulls().cast(pl.String)) == ["2024-05-02", "2024-05-09"]
    assert "1 repeating an earlier document's text" in cli.summary_line(frames, 0)


def test_listed_files_read_as_read_corpus_reads_them(tmp_path):
    _messy_folder(tmp_path)
    listed = list_corpus(tmp_path, max_bytes=100_000)
    assert [d.source for d in read_corpus(tmp_path, max_bytes=100_000)] == [load.source for load in map(corpus.load_document, listed)]
    assert [corpus.load_document(i) for i in listed] == read_corpus(tmp_path, max_bytes=100_000)
    assert sum(isinstance(i, DocumentFile) for i in listed) == 15  # regular files (or links to one) with a text suffix


def test_a_skipped_file_never_takes_the_id_of_a_text_file(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "a.txt").write_text("One drone was downed over Kursk.", encoding="utf-8")
    assert [(d.doc_id, d.source) for d in read_corpus(tmp_path)] == [("a~2", "a.pdf"), ("a", "a.txt")]


def test_a_file_that_cannot_be_read_is_a_failure(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("One drone was downed over Kursk.", encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(corpus, "open", denied, raising=False)
    [doc] = read_corpus(tmp_path)
    assert doc.error and doc.problems == ["cannot read file (Permission denied)"]


def test_a_document_the_extractor_fails_on_is_an_error_row_and_the_rest_are_read(monkeypatch):
    from stats import tables

    real = tables.extract

    def failing(text, *args, **kwargs):
        if "Kursk" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tables, "extract", failing)
    docs = [Document("a", "a.txt", "Two drones were downed over the Kursk region, the ministry said.", "", published="2025-03-02"),
            Document("b", "b.txt", "Three drones were downed over the Oryol region, the ministry said.", "", published="2025-03-02")]
    out = build_tables(docs, workers=1)
    rows = {r["doc_id"]: r for r in out["documents"].iter_rows(named=True)}
    assert rows["a"]["status"] == "error" and rows["a"]["problems"].startswith("extraction failed (RecursionError: maximum recursion")
    assert rows["b"]["status"] == "ok" and out["interceptions"]["region_code"].to_list() == ["RU-ORL"]


def test_size_limit_is_checked_before_reading(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 2000)
    [doc] = read_corpus(tmp_path, max_bytes=1000)
    assert doc.error and doc.problems == ["skipped: too large (0.0 MB, the limit is 0.0 MB: --max-mb)"]
    [doc] = read_corpus(tmp_path, max_bytes=None)
    assert not doc.error and len(doc.text) == 2000


# ----------------------------------------------------------------------------- JSONL and CSV

JSONL = "\n".join([
    json.dumps({"id": "r1", "published": "2024-05-02", "text": "Air defenses shot down 14 drones over the Bryansk region."}),
    "{not json",
    json.dumps(["a", "list"]),
    json.dumps({"id": "r1", "text": "Two drones were downed over Kaluga overnight."}),
    json.dumps({"text": "A drone was destroyed over the Moscow region, Mayor Sobyanin said."}),
    json.dumps({"id": "r4", "text": None}),
    json.dumps({"id": "r5", "text": 42}),
    "",
    json.dumps({"id": 0, "text": "Line one\u2028still the same JSON line: five drones over Kursk."}),
    '{"id": "r7", "text": "half of a pair: \\ud83d, a whole one: \\ud83d\\ude00"}',
    json.dumps({"id": "r8", "text": "x" * 3000}),
    json.dumps({"id": "r9", "url": {"nested": True}, "text": "Nine UAVs were intercepted over Crimea."}),
    '{"id": "r10", "text": "truncated',
]) + "\n"


def test_jsonl_bad_lines_are_reported_with_their_numbers_and_the_rest_is_read(tmp_path):
    (tmp_path / "feed.jsonl").write_text(JSONL, encoding="utf-8")
    docs = read_corpus(tmp_path / "feed.jsonl", max_bytes=2000)
    got = [(d.doc_id, d.source, d.error, d.problems) for d in docs]
    derived = "feed-" + hashlib.sha256("A drone was destroyed over the Moscow region, Mayor Sobyanin said.".encode()).hexdigest()[:12]
    assert got == [
        ("r1", "feed.jsonl:line 1", False, []),
        ("feed-line2", "feed.jsonl:line 2", True, ["not valid JSON (line 2, column 2: Expecting property name enclosed in double quotes)"]),
        ("feed-line3", "feed.jsonl:line 3", True, ["not a JSON object (line 3: list)"]),
        ("r1~2", "feed.jsonl:line 4", False, ["duplicate id 'r1', renamed 'r1~2'"]),
        (derived, "feed.jsonl:line 5", False, [f"no id, derived {derived!r} from the text's sha256"]),
        ("r4", "feed.jsonl:line 6", True, ["no text field"]),
        ("r5", "feed.jsonl:line 7", True, ["text is not a string (int)"]),
        ("0", "feed.jsonl:line 9", False, []),
        ("r7", "feed.jsonl:line 10", False, ["1 unpaired surrogate(s) replaced"]),
        ("r8", "feed.jsonl:line 11", True, ["skipped: too large (0.0 MB, the limit is 0.0 MB: --max-mb)"]),
        ("r9", "feed.jsonl:line 12", False, ["url is not a single value (dict), ignored"]),
        ("feed-line13", "feed.jsonl:line 13", True, ["not valid JSON (line 13, column 23: Unterminated string starting at)"]),
    ]
    assert docs[7].text == "Line one\u2028still the same JSON line: five drones over Kursk."
    assert docs[8].text == "half of a pair: \ufffd, a whole one: \U0001F600"


def test_a_derived_id_does_not_depend_on_the_line(tmp_path):
    record = json.dumps({"text": "A drone was destroyed over the Moscow region."})
    (tmp_path / "a.jsonl").write_text(record + "\n", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.jsonl").write_text("{broken\n\n" + record + "\n", encoding="utf-8")
    [first] = read_corpus(tmp_path / "a.jsonl")
    later = read_corpus(tmp_path / "b" / "a.jsonl")[1]
    assert first.doc_id == later.doc_id == "a-" + first.sha256[:12]


def test_csv_rows_and_errors(tmp_path):
    (tmp_path / "a.csv").write_text('id,published,text\nc1,2024-05-02,"Air defenses destroyed 5 drones\nover the Tula region."\n'
                                    ',,"<p>No id here: one drone over Lipetsk.</p>"\nc3,,\n', encoding="utf-8")
    docs = read_corpus(tmp_path / "a.csv")
    assert [(d.doc_id, d.source, d.error) for d in docs] == [
        ("c1", "a.csv:row 2", False), ("a-" + docs[1].sha256[:12], "a.csv:row 3", False), ("c3", "a.csv:row 4", False)]
    assert docs[0].text == "Air defenses destroyed 5 drones\nover the Tula region."
    assert docs[1].text == "No id here: one drone over Lipetsk."
    assert docs[2].problems == ["empty document: no text"]
    (tmp_path / "b.csv").write_text("id,body\n1,Two drones\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"b\.csv: CSV has no 'text' column \(columns: id, body\)"):
        read_corpus(tmp_path / "b.csv")


def test_a_binary_jsonl_is_a_corpus_error(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(random.Random(5).randbytes(2000))
    with pytest.raises(CorpusError, match=r"a\.jsonl: binary content \(not text\)"):
        read_corpus(tmp_path / "a.jsonl")


# ----------------------------------------------------------------------------- summary and reasons

REASONS = [
    ("not valid JSON (line 12, column 1: Expecting value)", "not valid JSON"),
    ("skipped: not a file type that is read (.pdf)", "not a file type that is read"),
    ("skipped: too large (25.0 MB, the limit is 20.0 MB: --max-mb)", "too large"),
    ("broken symbolic link", "broken symbolic link"),
    ("not a JSON object (line 3: list); duplicate id 'x', renamed 'x~2'", "not a JSON object"),
]


@pytest.mark.parametrize("problem,reason", REASONS, ids=[r for _, r in REASONS])
def test_reason_of(problem, reason):
    assert reason_of(problem) == reason


def test_summary_line_counts_read_skipped_failed_and_why(tmp_path):
    _messy_folder(tmp_path)
    frames = build_tables(list_corpus(tmp_path, max_bytes=100_000), workers=1)
    line = cli.summary_line(frames, 1.25)
    assert line == (
        "read 13 of 21 documents (8 with claims, 5 without, 2 repeating an earlier document's text, 2 empty); "
        "skipped 7 (not a file type that is read: 3, too large: 1, binary content: 1, …); "
        "failed 1 (broken symbolic link: 1); "
        f"{frames['claims'].height} claims, {frames['interceptions'].height} interception items, {frames['events'].height} events (1.2 s)"
    )


# ----------------------------------------------------------------------------- command line


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stats", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_run_on_bad_input_ends_with_one_summary_line_and_nothing_else(tmp_path):
    _messy_folder(tmp_path / "c")
    proc = run_cli("tables", str(tmp_path / "c"), "--out", str(tmp_path / "out"), "--max-mb", "0.1", "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("read 13 of 21 documents (") and "; failed 1 (broken symbolic link: 1); " in lines[0]
    documents = pl.read_csv(tmp_path / "out" / "documents.csv", infer_schema_length=0)
    assert documents.height == 21 and set(documents["status"]) == {"ok", "no_claims", "error"}


ONE_LINE_ERRORS = [
    ("missing corpus", lambda t: ["tables", str(t / "nope"), "--out", str(t / "out")], "nope: no such file or folder"),
    ("out is a file", lambda t: ["tables", str(t / "c"), "--out", str(t / "c" / "a.txt")], "a.txt: cannot write"),
    ("out under a file", lambda t: ["tables", str(t / "c"), "--out", str(t / "c" / "a.txt" / "x")], "cannot write"),
    ("report out is a file", lambda t: ["report", str(t / "c"), "--out", str(t / "c" / "a.txt")], "cannot write"),
    ("CSV without text", lambda t: ["tables", str(t / "b.csv"), "--out", str(t / "out")], "CSV has no 'text' column (columns: id, body)"),
    ("unsupported corpus file", lambda t: ["tables", str(t / "x.pdf"), "--out", str(t / "out")], "not a folder, .jsonl, .csv or a text file"),
    ("binary JSONL", lambda t: ["tables", str(t / "bin.jsonl"), "--out", str(t / "out")], "bin.jsonl: binary content (not text)"),
]


@pytest.mark.parametrize("args,message", [c[1:] for c in ONE_LINE_ERRORS], ids=[c[0] for c in ONE_LINE_ERRORS])
def test_unusable_corpus_or_output_is_one_line_exit_1(tmp_path, args, message):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("One drone was downed over Kursk.", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,body\n1,Two drones\n", encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "bin.jsonl").write_bytes(bytes(range(32)) * 50)
    proc = run_cli(*args(tmp_path))
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def test_max_mb_must_be_a_positive_number(tmp_path):
    proc = run_cli("tables", str(tmp_path), "--out", str(tmp_path / "o"), "--max-mb", "0")
    assert proc.returncode == 2 and "must be more than 0" in proc.stderr


def test_empty_corpus_warns_once_and_writes_empty_tables(tmp_path):
    (tmp_path / "c").mkdir()
    proc = run_cli("tables", str(tmp_path / "c"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("warning: ") and "no documents found" in lines[0]
    assert lines[1].startswith("read 0 of 0 documents")
    raw = (tmp_path / "out" / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdoc_id,source,sha256,") and raw.count(b"\n") == 1


def test_ids_from_the_input_are_never_paths(tmp_path):
    records = [{"id": "../../escaped", "text": "Two drones were downed over Kursk."},
               {"id": "/tmp/absolute", "text": "One drone was downed over Oryol."},
               {"id": "figures/interceptions", "url": "../../x", "text": "Three drones over Tula."}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "deep" / "out"
    proc = run_cli("tables", str(tmp_path / "in.jsonl"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "in.jsonl"]
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["out"]
    written = {p.name for p in out.iterdir()}
    assert all(p.is_file() for p in out.iterdir()) and "codebook.md" in written
    assert {n.rsplit(".", 1)[0] for n in written} <= set(schema.TABLES) | {"codebook"}
    assert not (tmp_path.parent / "escaped").exists() and not Path("/tmp/absolute").exists()


def test_text_command_prints_the_cleaned_text(tmp_path):
    _markup_corpus(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "stats", "text", str(tmp_path), "a"], capture_output=True, cwd=ROOT)
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8") == read_corpus(tmp_path)[0].text
    proc = run_cli("text", str(tmp_path), "nope")
    assert proc.returncode == 1 and proc.stderr == f"error: {tmp_path}: no document with doc_id 'nope'\n"


# ----------------------------------------------------------------------------- progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_only():
    assert is_terminal(FakeTerminal()) and not is_terminal(io.StringIO())
    stream = FakeTerminal()
    with progress_bar(40, "documents", stream, delay=0, mininterval=0) as update:
        for _ in range(40):
            update()
    assert "documents" in stream.getvalue() and "40/40" in stream.getvalue()
    quiet = io.StringIO()
    with progress_bar(40, "documents", quiet, delay=0) as update:
        assert update is None
    assert quiet.getvalue() == ""


def test_a_run_on_a_terminal_shows_progress_then_the_summary(tmp_path, monkeypatch):
    for n in range(5):
        (tmp_path / "c").mkdir(exist_ok=True)
        (tmp_path / "c" / f"{n}.txt").write_text(f"Governor Gladkov said {n + 1} drones were shot down over the Belgorod region.",
                                                 encoding="utf-8")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli, "progress_bar", lambda total, desc: progress_bar(total, desc, terminal, delay=0, mininterval=0))
    assert cli.main(["tables", str(tmp_path / "c"), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    shown = terminal.getvalue()
    assert "documents: " in shown and "5/5" in shown
    assert shown.rstrip("\n").rsplit("\n", 1)[-1].split("\r")[-1].startswith("read 5 of 5 documents (5 with claims")


def test_empty_corpus_report_says_there_was_nothing_to_read(tmp_path):
    (tmp_path / "c").mkdir()
    proc = run_cli("report", str(tmp_path / "c"), "--out", str(tmp_path / "out"), "--engine", "builtin")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("warning: ") and lines[-1].startswith("read 0 of 0 documents") and len(lines) == 3
    html = re.sub(r"<[^>]+>", "", (tmp_path / "out" / "report.html").read_text(encoding="utf-8"))
    assert "There was nothing to read: the corpus has no documents." in " ".join(html.split())
    assert (tmp_path / "out" / "report.pdf").stat().st_size > 0


def test_workers_report_progress_for_every_document(tmp_path, monkeypatch):
    from stats import tables

    for n in range(9):
        (tmp_path / f"{n}.txt").write_text(f"Governor Gladkov said {n + 1} drones were shot down over the Belgorod region.",
                                           encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(tables, "PARALLEL_MIN_DOCS", 2)
    monkeypatch.setattr(tables, "CHUNK_DOCS", 4)
    done = []
    frames = build_tables(list_corpus(tmp_path), workers=2, progress=lambda n=1: done.append(n))
    assert sum(done) == 10 == frames["documents"].height and done == [4, 4, 2]
