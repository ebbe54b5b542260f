"""Reading the corpus: a folder of .txt/.md files, a JSONL file or a CSV file.

Every input document becomes a ``Document``, including the ones that could not
be read (``status="error"`` with the reason in ``problems``), so that the
documents table accounts for everything the user gave us.

A folder document may start with YAML front matter::

    ---
    published: 2024-07-27
    url: https://example.org/a
    outlet: example.org
    ---
    Air defenses destroyed ...

The front matter is read with ``yaml.safe_load`` only; the text after it is
the document text, and all character offsets refer to it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

TEXT_SUFFIXES = (".txt", ".md")
META_FIELDS = ("published", "url", "outlet")
RE_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
RE_PUBLISHED = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


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

    def read(self) -> Document:
        doc = _read_text_file(self.file, self.root)
        if self.renamed_from is not None:
            doc.problems.append(f"duplicate id {self.renamed_from!r}; renamed {self.doc_id!r}")
            doc.doc_id = self.doc_id
        return doc


def list_corpus(path: Path) -> list[Document | DocumentFile]:
    """The documents of a corpus in ``read_corpus`` order; a folder's files are listed, not read.

    Raises ``CorpusError`` when the corpus itself is unusable.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if not path.is_dir():
        return read_corpus(path)
    files = list(_folder_files(path))
    seen: dict[str, int] = {}
    out: list[Document | DocumentFile] = []
    for file in files:  # ids made unique as _unique_ids does
        n = seen.get(file.stem, 0) + 1
        seen[file.stem] = n
        out.append(DocumentFile(file, path, f"{file.stem}~{n}", file.stem) if n > 1 else DocumentFile(file, path, file.stem))
    return out


def load_document(item: Document | DocumentFile) -> Document:
    """The document itself: read from its file when ``item`` is a ``DocumentFile``."""
    return item.read() if isinstance(item, DocumentFile) else item


def read_corpus(path: Path) -> list[Document]:
    """All documents of a corpus, in a stable order (sorted paths, file order).

    Raises ``CorpusError`` when the corpus itself is unusable.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        return [load_document(item) for item in list_corpus(path)]
    if path.suffix.lower() == ".jsonl":
        docs = list(_read_jsonl(path))
    elif path.suffix.lower() == ".csv":
        docs = list(_read_csv(path))
    elif path.suffix.lower() in TEXT_SUFFIXES:
        docs = [_read_text_file(path, path.parent)]
    else:
        raise CorpusError(f"{path}: not a folder, .jsonl, .csv, .txt or .md file")
    return _unique_ids(docs)


def _folder_files(root: Path) -> Iterator[Path]:
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.suffix.lower() in TEXT_SUFFIXES and not file.name.startswith("."):
            yield file


def _read_text_file(file: Path, root: Path) -> Document:
    source = file.relative_to(root).as_posix()
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return _error_doc(file.stem, source, f"cannot read file: {exc.strerror or exc}")
    text, problems = decode(raw)
    meta: dict = {}
    match = RE_FRONT_MATTER.match(text)
    if match:
        try:
            loaded = load_front_matter(match.group(1))
        except yaml.YAMLError as exc:
            problems.append(f"front matter is not valid YAML ({_first_line(exc)}); read as text")
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            text = text[match.end():]
        elif loaded is not None:
            problems.append("front matter is not a mapping; ignored")
    return _make_doc(file.stem, source, text, meta, problems)


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


def _read_jsonl(file: Path) -> Iterator[Document]:
    try:
        lines = file.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    content, problems = decode(lines)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{file.name}:line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error_doc(f"{file.stem}-line{number}", source, f"line {number} is not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield _error_doc(f"{file.stem}-line{number}", source, f"line {number} is not a JSON object")
            continue
        yield _record_doc(obj, source, f"{file.stem}-line{number}", list(problems))


def _read_csv(file: Path) -> Iterator[Document]:
    try:
        content, problems = decode(file.read_bytes())
    except OSError as exc:
        raise CorpusError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(content.splitlines(keepends=True))
    if reader.fieldnames is None or "text" not in reader.fieldnames:
        raise CorpusError(f"{file}: CSV has no 'text' column (columns: {', '.join(reader.fieldnames or [])})")
    for number, row in enumerate(reader, start=2):
        yield _record_doc(row, f"{file.name}:row {number}", f"{file.stem}-row{number}", list(problems))


def _record_doc(obj: dict, source: str, fallback_id: str, problems: list[str]) -> Document:
    text = obj.get("text")
    doc_id = str(obj.get("id") or "").strip()
    if not doc_id:
        doc_id = fallback_id
        problems.append(f"no id; using {fallback_id}")
    if not isinstance(text, str):
        return _error_doc(doc_id, source, "no text field" if text is None else "text is not a string")
    return _make_doc(doc_id, source, text, obj, problems)


def _make_doc(doc_id: str, source: str, text: str, meta: dict, problems: list[str]) -> Document:
    published = normalize_published(meta.get("published"), problems)
    url = meta.get("url")
    outlet = meta.get("outlet")
    return Document(
        doc_id=doc_id,
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        url=str(url) if url else None,
        outlet=str(outlet) if outlet else None,
        problems=problems,
    )


def _error_doc(doc_id: str, source: str, problem: str) -> Document:
    return Document(doc_id=doc_id, source=source, text="", sha256="", problems=[problem], error=True)


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (a byte-order mark is dropped); otherwise bytes replaced and reported.

    >>> decode("Брянск".encode("utf-8"))
    ('Брянск', [])
    >>> decode(b"caf\\xe9")[1]
    ['not valid UTF-8: 1 undecodable byte(s) replaced']
    """
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text = raw.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - raw.decode("utf-8-sig", errors="ignore").count("\ufffd")
        return text, [f"not valid UTF-8: {bad} undecodable byte(s) replaced"]


def normalize_published(value, problems: list[str]) -> str | None:
    """Metadata date to `YYYY-MM-DD` or `YYYY-MM`; anything else is a problem.

    >>> normalize_published("2024-07-27T08:15:00Z", [])
    '2024-07-27'
    >>> normalize_published(dt.date(2024, 7, 1), [])
    '2024-07-01'
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    match = RE_PUBLISHED.match(str(value).strip())
    if match:
        year, month, day = match.groups()
        try:
            if day:
                return dt.date(int(year), int(month), int(day)).isoformat()
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}"
        except ValueError:
            pass
    problems.append(f"published date {str(value)[:40]!r} not understood; ignored")
    return None


def _unique_ids(docs: list[Document]) -> list[Document]:
    """Make doc ids unique: a repeated id gets `~2`, `~3`… and a problem note."""
    seen: dict[str, int] = {}
    for doc in docs:
        n = seen.get(doc.doc_id, 0) + 1
        seen[doc.doc_id] = n
        if n > 1:
            new_id = f"{doc.doc_id}~{n}"
            doc.problems.append(f"duplicate id {doc.doc_id!r}; renamed {new_id!r}")
            doc.doc_id = new_id
    return docs


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
