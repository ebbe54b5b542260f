"""Reading the corpus: a folder of text, Markdown and HTML files, a JSONL file or a CSV file.

Every input becomes a ``Document``, including the ones that could not be
read: those have ``error=True`` (``status=error`` in ``documents.csv``) and the
reason in ``problems``, so that the documents table accounts for everything
the user gave us.  The reasons of files passed over on purpose (another file
type, binary content, over the size limit, a link to a folder) start with
``skipped:``; the others (a broken link, an I/O error, a JSONL line that is
not JSON) are failures.

A folder is searched recursively; names starting with ``.`` (``.git``,
``.DS_Store``) are ignored, links to folders are not followed.  ``.txt``,
``.md``/``.markdown`` and ``.html``/``.htm`` files are read; any other file is
listed as skipped.

Bytes become text by ``decode``: UTF-8 first (with or without a byte-order
mark), UTF-16/32 by their byte-order marks, and otherwise an encoding detected
by charset-normalizer, recorded in ``problems``; bytes that fit no encoding are
replaced and counted there.  Markup is then reduced to text (``stats.clean``),
and the text that is left is the document text: its SHA-256 is the document's
``sha256`` and all character offsets in the tables refer to it.

A folder document may start with YAML front matter::

    ---
    published: 2024-07-27
    url: https://example.org/a
    outlet: example.org
    ---
    Air defenses destroyed ...

The front matter is read with ``yaml.safe_load`` only (nothing in it is ever
executed); the text after it is the document text.  Nothing read from the
input is used as a path.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from stats.clean import clean_text

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
META_FIELDS = ("published", "url", "outlet")
RE_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
RE_PUBLISHED = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a document larger than this is refused (``--max-mb``)
PUBLISHED_YEARS = (1900, 2100)  # a publication date outside these years is a mistake (and the calendar's edge)
SKIPPED = "skipped: "  # how the problem of a document passed over on purpose starts
EMPTY = "empty document: no text"


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing path, CSV without `text`)."""


@dataclass
class Document:
    doc_id: str
    source: str
    text: str
    sha256: str
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    problems: list[str] = field(default_factory=list)
    error: bool = False  # could not be read at all

    @property
    def published_date(self) -> dt.date | None:
        """The publication date when metadata gives a full day."""
        if self.published and len(self.published) == 10:
            return dt.date.fromisoformat(self.published)
        return None


@dataclass(frozen=True)
class DocumentFile:
    """A document of a folder corpus, not read yet: its file and the id it will have.

    Reading it (``read``) gives the same ``Document`` as ``read_corpus``, so a
    process that extracts can read its own files.
    """

    file: Path
    root: Path
    doc_id: str
    renamed_from: str | None = None  # the file's stem, when another file had it first
    max_bytes: int | None = DEFAULT_MAX_BYTES

    def read(self) -> Document:
        doc = _read_text_file(self.file, self.root, self.max_bytes)
        if self.renamed_from is not None:
            _rename(doc, self.renamed_from, self.doc_id)
        return doc


def list_corpus(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> list[Document | DocumentFile]:
    """The documents of a corpus in ``read_corpus`` order; a folder's files are listed, not read.

    A folder's entries that will not be read (other file types, broken links …)
    are listed as ``Document``s with ``error=True`` and the reason.  Raises
    ``CorpusError`` when the corpus itself is unusable.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if not path.is_dir():
        return read_corpus(path, max_bytes)
    entries = _folder_entries(path)
    ids = _folder_ids(entries)
    out: list[Document | DocumentFile] = []
    for (file, problem), (doc_id, renamed_from) in zip(entries, ids):
        if problem is None:
            out.append(DocumentFile(file, path, doc_id, renamed_from, max_bytes))
        else:
            doc = _error_doc(file.stem, file.relative_to(path).as_posix(), problem)
            if renamed_from is not None:
                _rename(doc, renamed_from, doc_id)
            out.append(doc)
    return out


def load_document(item: Document | DocumentFile) -> Document:
    """The document itself: read from its file when ``item`` is a ``DocumentFile``."""
    return item.read() if isinstance(item, DocumentFile) else item


def read_corpus(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> list[Document]:
    """All documents of a corpus, in a stable order (sorted paths, file order).

    ``max_bytes``: a document larger than this is not read (``skipped: too large``).
    Raises ``CorpusError`` when the corpus itself is unusable.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        return [load_document(item) for item in list_corpus(path, max_bytes)]
    if not path.is_file():
        raise CorpusError(f"{path}: not a regular file or folder")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        docs = list(_read_jsonl(path, max_bytes))
    elif suffix == ".csv":
        docs = list(_read_csv(path, max_bytes))
    elif suffix in TEXT_SUFFIXES:
        docs = [_read_text_file(path, path.parent, max_bytes)]
    else:
        raise CorpusError(f"{path}: not a folder, .jsonl, .csv or a text file ({', '.join(TEXT_SUFFIXES)})")
    return _unique_ids(docs)


def _folder_entries(root: Path) -> list[tuple[Path, str | None]]:
    """Every entry below ``root`` that is not hidden, sorted by path: (path, None) for a file
    to read, (path, problem) for one that will not be read.  Links to folders are not followed.
    """
    entries: list[tuple[Path, str | None]] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as it:
                children = list(it)
        except OSError as exc:
            if folder == root:
                raise CorpusError(f"{root}: cannot read folder ({exc.strerror or exc})") from None
            entries.append((folder, f"cannot read folder ({exc.strerror or exc})"))
            continue
        for entry in children:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                    continue
                if entry.is_symlink():
                    if not path.exists():
                        entries.append((path, "broken symbolic link"))
                        continue
                    if path.is_dir():
                        entries.append((path, SKIPPED + "link to a folder (not followed)"))
                        continue
                if not entry.is_file():
                    entries.append((path, SKIPPED + "not a regular file"))
                elif path.suffix.lower() in TEXT_SUFFIXES:
                    entries.append((path, None))
                else:
                    entries.append((path, SKIPPED + f"not a file type that is read ({path.suffix.lower() or 'no suffix'})"))
            except OSError as exc:
                entries.append((path, f"cannot read file ({exc.strerror or exc})"))
    entries.sort(key=lambda e: e[0])
    return entries


def _folder_ids(entries: list[tuple[Path, str | None]]) -> list[tuple[str, str | None]]:
    """(doc_id, stem it was renamed from or None) for each entry: the file stem, made unique
    with ``~2``, ``~3``… as ``_unique_ids`` does.  Files that are read take their ids first, so a
    skipped ``a.pdf`` never renames ``a.txt``.
    """
    seen: dict[str, int] = {}
    ids: list[tuple[str, str | None]] = [("", None)] * len(entries)
    for readable in (True, False):
        for i, (file, problem) in enumerate(entries):
            if (problem is None) == readable:
                n = seen.get(file.stem, 0) + 1
                seen[file.stem] = n
                ids[i] = (f"{file.stem}~{n}", file.stem) if n > 1 else (file.stem, None)
    return ids


def _rename(doc: Document, old: str, new: str) -> None:
    doc.problems.append(f"duplicate id {old!r}, renamed {new!r}")
    doc.doc_id = new


def _read_text_file(file: Path, root: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    source = file.relative_to(root).as_posix()
    try:
        with open(file, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                return _error_doc(file.stem, source, too_large(size, max_bytes))
            raw = fh.read()
    except OSError as exc:
        return _error_doc(file.stem, source, f"cannot read file ({exc.strerror or exc})")
    try:
        text, problems = decode(raw)
    except NotText as exc:
        return _error_doc(file.stem, source, SKIPPED + str(exc))
    meta: dict = {}
    match = RE_FRONT_MATTER.match(text)
    if match:
        try:
            loaded = load_front_matter(match.group(1))
        except Exception as exc:  # noqa: BLE001 - YAML errors, and dates like 2024-13-45 (ValueError)
            problems.append(f"front matter is not valid YAML ({_first_line(exc)}), read as text")
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            text = text[match.end():]
        elif loaded is not None:
            problems.append("front matter is not a mapping, ignored")
    suffix = file.suffix.lower()
    markup = "html" if suffix in HTML_SUFFIXES else "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    return _make_doc(file.stem, source, text, meta, problems, markup)


def too_large(size: int, max_bytes: int) -> str:
    """The problem of a document over the size limit.

    >>> too_large(25 * 2**20, 20 * 2**20)
    'skipped: too large (25.0 MB, the limit is 20.0 MB: --max-mb)'
    """
    return SKIPPED + f"too large ({size / 2**20:.1f} MB, the limit is {max_bytes / 2**20:.1f} MB: --max-mb)"


# A front-matter line that YAML reads as one plain key and one plain scalar: "published: 2024-07-27".
RE_SIMPLE_YAML_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_]*): ([A-Za-z0-9][A-Za-z0-9._/:%+=~_-]*)")
_YAML_RESOLVER = yaml.resolver.Resolver()
_YAML_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def load_front_matter(source: str):
    """``yaml.safe_load(source)``, without the YAML parser when every line is "key: plain-value".

    Such a line's key and value are typed by YAML's own resolver and constructors
    (dates, numbers, booleans, null), so the result is the same; anything else
    goes to ``yaml.safe_load``.

    >>> load_front_matter("published: 2024-07-27\\nurl: https://example.org/a")
    {'published': datetime.date(2024, 7, 27), 'url': 'https://example.org/a'}
    """
    loaded = {}
    for line in source.split("\n"):
        m = RE_SIMPLE_YAML_LINE.fullmatch(line)
        if m is None or m.group(2).endswith(":"):
            return yaml.safe_load(source)
        try:
            key, value = (_yaml_scalar(v) for v in m.groups())
        except Exception:  # noqa: BLE001 - YAML's own parse says what went wrong
            return yaml.safe_load(source)
        if not isinstance(key, str):
            return yaml.safe_load(source)
        loaded[key] = value
    return loaded


def _yaml_scalar(value: str):
    tag = _YAML_RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return _YAML_CONSTRUCTOR.yaml_constructors[tag](_YAML_CONSTRUCTOR, yaml.ScalarNode(tag, value))


def _read_jsonl(file: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    content, problems = _read_corpus_file(file)
    # Lines end at "\n" only: U+2028 and the like may stand unescaped inside a JSON string.
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{file.name}:line {number}"
        fallback_id = f"{file.stem}-line{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error_doc(fallback_id, source, f"not valid JSON (line {number}, column {exc.colno}: {exc.msg})")
            continue
        except RecursionError:
            yield _error_doc(fallback_id, source, f"not valid JSON (line {number}: nested too deeply)")
            continue
        if not isinstance(obj, dict):
            yield _error_doc(fallback_id, source, f"not a JSON object (line {number}: {type(obj).__name__})")
            continue
        notes = list(problems)
        if RE_SURROGATE_ESCAPE.search(line):
            obj = _replace_lone_surrogates(obj, notes)
        yield _record_doc(obj, source, file.stem, fallback_id, notes, max_bytes)


RE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # "\ud83d": half of a UTF-16 pair, written as a JSON escape


def _replace_lone_surrogates(obj: dict, problems: list[str]) -> dict:
    """A JSON object's string values with unpaired surrogates ("\\ud800" alone) replaced by U+FFFD.

    They are not text (they cannot be written as UTF-8); a pair is one character and stays.
    """
    out, replaced = {}, 0
    for key, value in obj.items():
        if isinstance(value, str):
            fixed = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            replaced += sum(1 for a, b in zip(value, fixed) if a != b) if len(fixed) == len(value) else 1
            value = fixed
        out[key] = value
    if replaced:
        problems.append(f"{replaced} unpaired surrogate(s) replaced")
    return out


def _read_csv(file: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    content, problems = _read_corpus_file(file)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise CorpusError(f"{file}: not a valid CSV header ({exc})") from None
    if fieldnames is None or "text" not in fieldnames:
        raise CorpusError(f"{file}: CSV has no 'text' column (columns: {', '.join(fieldnames or []) or 'none'})")
    number = 1
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the rest of the file cannot be split into rows reliably
            yield _error_doc(f"{file.stem}-row{number}", f"{file.name}:row {number}",
                             f"not valid CSV (row {number}: {exc}), the rows after it were not read")
            return
        row.pop(None, None)  # cells beyond the header
        yield _record_doc(row, f"{file.name}:row {number}", file.stem, f"{file.stem}-row{number}", list(problems), max_bytes)


def _read_corpus_file(file: Path) -> tuple[str, list[str]]:
    """The text of a JSONL or CSV corpus file; ``CorpusError`` when it cannot be read as text."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{file}: cannot read ({exc.strerror or exc})") from None
    try:
        return decode(raw)
    except NotText as exc:
        raise CorpusError(f"{file}: {exc}") from None


def _record_doc(obj: dict, source: str, stem: str, fallback_id: str, problems: list[str],
                max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """A JSONL object or CSV row as a document; without an ``id``, the id is derived from the text."""
    text = obj.get("text")
    raw_id = obj.get("id")
    doc_id = "" if raw_id is None or isinstance(raw_id, (dict, list)) else str(raw_id).strip()
    if not isinstance(text, str):
        problem = "no text field" if text is None else f"text is not a string ({type(text).__name__})"
        return _error_doc(doc_id or fallback_id, source, problem)
    if max_bytes is not None and len(text) * 4 > max_bytes and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return _error_doc(doc_id or fallback_id, source, too_large(len(text.encode("utf-8", "surrogatepass")), max_bytes))
    doc = _make_doc(doc_id, source, text, obj, problems, "text")
    if not doc_id:
        doc.doc_id = f"{stem}-{doc.sha256[:12]}"
        doc.problems.append(f"no id, derived {doc.doc_id!r} from the text's sha256")
    return doc


def _make_doc(doc_id: str, source: str, text: str, meta: dict, problems: list[str], markup: str = "text") -> Document:
    markup_meta: dict[str, str] = {}
    if markup != "text" or "<" in text:  # plain text without "<" has no markup to clean (the common case, kept fast)
        text, markup_meta, notes = clean_text(text, markup)
        problems += notes
    if not text or text.isspace():
        problems.append(EMPTY)
    published, url, outlet = meta.get("published"), meta.get("url"), meta.get("outlet")
    if not (type(published) in SINGLE_VALUE_TYPES and type(url) in SINGLE_VALUE_TYPES and type(outlet) in SINGLE_VALUE_TYPES):
        published, url, outlet = (_single_value(meta.get(name), name, problems) for name in META_FIELDS)
    if markup_meta:
        published = published if published is not None else markup_meta.get("published")
        url = url if url is not None else markup_meta.get("url")
    return Document(
        doc_id=doc_id,
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        published=normalize_published(published, problems),
        url=str(url) if url else None,
        outlet=str(outlet) if outlet else None,
        problems=problems,
    )


SINGLE_VALUE_TYPES = {type(None), str, int, float, bool, dt.date, dt.datetime}  # what a metadata field may hold


def _single_value(value, name: str, problems: list[str]):
    """A metadata value when it is one value (text, number, date); a list or mapping is a problem."""
    if type(value) in SINGLE_VALUE_TYPES:
        return value
    problems.append(f"{name} is not a single value ({type(value).__name__}), ignored")
    return None


def _error_doc(doc_id: str, source: str, problem: str) -> Document:
    return Document(doc_id=doc_id, source=source, text="", sha256="", problems=[problem], error=True)


class NotText(ValueError):
    """Bytes that are not text in any encoding we read (``decode``)."""


# Encodings charset-normalizer may choose when bytes are not UTF-8: the Cyrillic and Western
# European ones that scraped news comes in.  Among encodings that give the same text, the
# first of this list names it ("cp1252" rather than "cp1250" for "café").
LEGACY_ENCODINGS = ["cp1251", "cp1252", "latin_1", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866",
                    "iso8859_15", "cp1250", "iso8859_2"]
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Bytes that do not occur in text (tab, line breaks, form feed and escape excluded).
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in CONTROL_BYTES)
BINARY_CONTROL_SHARE = 0.05  # more control bytes than this in the first 64 KiB: binary (or UTF-16/32)
RE_VALID_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text, and notes for ``problems`` on how.

    UTF-8 first (a byte-order mark is dropped), which is fast and right for
    ASCII; UTF-16/32 by their byte-order marks; otherwise the encoding that
    charset-normalizer detects (UTF-16 without a mark when the bytes have its
    pattern, else among ``LEGACY_ENCODINGS``), named in the notes.  Raises
    ``NotText`` for binary content.

    >>> decode("Брянск".encode("utf-8"))
    ('Брянск', [])
    >>> decode("Губернатор сообщил: над Брянском сбиты пять беспилотников.".encode("cp1251"))[1]
    ['not valid UTF-8, decoded as cp1251 (detected)']
    >>> decode("Air defenses destroyed 5 drones".encode("utf-16"))
    ('Air defenses destroyed 5 drones', ['decoded as UTF-16 (byte-order mark)'])
    """
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return _decode_bom(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _decode_unusual(raw, utf8=False)
    if "\x00" in text:
        return _decode_unusual(raw, utf8=True)
    return text, []


def _decode_bom(raw: bytes) -> tuple[str, list[str]]:
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), [f"decoded as {codec.upper()} (byte-order mark)"]
            except UnicodeDecodeError:
                if codec == "utf-32":
                    continue  # a UTF-16 mark followed by U+0000
                text = raw.decode(codec, errors="replace")
                bad = text.count("\ufffd") - raw.decode(codec, errors="ignore").count("\ufffd")
                return text, [f"decoded as {codec.upper()} (byte-order mark): {bad} undecodable byte sequence(s) replaced"]
    raise AssertionError("not reached: decode() checks for a byte-order mark")


def _decode_unusual(raw: bytes, utf8: bool) -> tuple[str, list[str]]:
    """Bytes that are not plain UTF-8: UTF-16/32 without a mark, binary, a legacy encoding, or broken UTF-8.

    ``utf8``: the bytes are valid UTF-8 (with NUL characters), as ``decode`` found."""
    sample = raw[:65536]
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls > BINARY_CONTROL_SHARE * len(sample):
        order = _utf16_byte_order(sample)
        if order and utf8 and not sample.isascii():
            order = None  # valid UTF-8 with letters of more than one byte is not UTF-16 by chance: "0\x00¬…"
        name = _detect(raw, [order]) if order and len(raw) % 2 == 0 else None
        if name is None:
            raise NotText("binary content (not text)")
        text, bad = _decode_counting(raw, name)
        note = f"decoded as {name} (detected, no byte-order mark)"
        return text, [note + (f": {bad} undecodable byte sequence(s) replaced" if bad else "")]
    text, bad = _decode_counting(raw, "utf-8-sig")
    if not bad:
        return text, [f"{text.count(chr(0))} NUL character(s) in the text"]
    if len(RE_VALID_NON_ASCII.findall(text)) >= 2 * bad:  # UTF-8 with a few broken bytes, not another encoding
        return text, [f"not valid UTF-8: {bad} undecodable byte sequence(s) replaced"]
    name = _detect(raw, LEGACY_ENCODINGS)
    if name is None:
        return text, [f"not valid UTF-8 and no encoding detected: {bad} undecodable byte sequence(s) replaced"]
    text, bad = _decode_counting(raw, name)
    return text, [f"not valid UTF-8, decoded as {name} (detected)" + (f": {bad} undecodable byte(s) replaced" if bad else "")]


def _utf16_byte_order(sample: bytes) -> str | None:
    """``utf_16_le`` or ``utf_16_be`` when the bytes look like UTF-16 without a mark, else None.

    In UTF-16 text of one or two scripts, one byte of each pair (the high byte:
    0x00 for Latin letters, 0x04 for Cyrillic) is mostly one value, the other varies.

    >>> _utf16_byte_order("Над Брянском".encode("utf-16-le")), _utf16_byte_order(b"0\\x00")
    ('utf_16_le', None)
    """
    if len(sample) < 8:
        return None
    even, odd = Counter(sample[0::2]), Counter(sample[1::2])
    even_share = even.most_common(1)[0][1] / sum(even.values())
    odd_share = odd.most_common(1)[0][1] / sum(odd.values())
    if odd_share >= 0.5 > even_share:
        return "utf_16_le"
    if even_share >= 0.5 > odd_share:
        return "utf_16_be"
    return None


def _detect(raw: bytes, candidates: list[str]) -> str | None:
    """The encoding among ``candidates`` that charset-normalizer finds for ``raw``, if any."""
    from charset_normalizer import from_bytes  # imported here: only unusual bytes need it

    best = from_bytes(raw, cp_isolation=candidates).best()
    if best is None:
        return None
    fits = {best.encoding, *best.could_be_from_charset}
    return next((name for name in candidates if name in fits), best.encoding)


def _decode_counting(raw: bytes, codec: str) -> tuple[str, int]:
    """``raw`` decoded, undecodable sequences replaced by U+FFFD, and how many there were."""
    try:
        return raw.decode(codec), 0
    except UnicodeDecodeError:
        text = raw.decode(codec, errors="replace")
        return text, text.count("\ufffd") - raw.decode(codec, errors="ignore").count("\ufffd")


def normalize_published(value, problems: list[str]) -> str | None:
    """Metadata date to `YYYY-MM-DD` or `YYYY-MM`; anything else is a problem.

    >>> normalize_published("2024-07-27T08:15:00Z", [])
    '2024-07-27'
    >>> normalize_published(dt.date(2024, 7, 1), [])
    '2024-07-01'
    >>> normalize_published("9999-12-31", problems := []), problems
    (None, ["published date '9999-12-31' is not between 1900 and 2100, ignored"])
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.isoformat()
    match = RE_PUBLISHED.match(str(value).strip())
    if match:
        year, month, day = match.groups()
        if not PUBLISHED_YEARS[0] <= int(year) <= PUBLISHED_YEARS[1]:
            problems.append(f"published date {str(value)[:40]!r} is not between {PUBLISHED_YEARS[0]} and {PUBLISHED_YEARS[1]}, ignored")
            return None
        try:
            if day:
                return dt.date(int(year), int(month), int(day)).isoformat()
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}"
        except ValueError:
            pass
    problems.append(f"published date {str(value)[:40]!r} not understood, ignored")
    return None


def _unique_ids(docs: list[Document]) -> list[Document]:
    """Make doc ids unique: a repeated id gets `~2`, `~3`… and a problem note."""
    seen: dict[str, int] = {}
    for doc in docs:
        n = seen.get(doc.doc_id, 0) + 1
        seen[doc.doc_id] = n
        if n > 1:
            _rename(doc, doc.doc_id, f"{doc.doc_id}~{n}")
    return docs


RE_DIGITS = re.compile(r"\d+")


def reason_of(problem: str) -> str:
    """The kind of a problem, without its details: what a summary counts.

    >>> reason_of("not valid JSON (line 12, column 1: Expecting value)")
    'not valid JSON'
    >>> reason_of("skipped: not a file type that is read (.pdf)")
    'not a file type that is read'
    """
    problem = problem.removeprefix(SKIPPED)
    return RE_DIGITS.sub("N", problem.split(" (", 1)[0].split("; ", 1)[0]).strip()


def is_skipped(problems: str | None) -> bool:
    """True for the problems of a document passed over on purpose (``SKIPPED``)."""
    return bool(problems) and problems.startswith(SKIPPED)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
