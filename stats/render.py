"""Rendering: a Quarto document (``.qmd``) to PDF (via typst) and self-contained HTML.

``render_report`` uses Quarto when it is installed.  Otherwise the builtin
engine does what Quarto's jupyter engine and typst format would:

1. parse the ``.qmd``: YAML front matter, ```` ```{python} ```` cells with
   ``#| key: value`` options, markdown with inline `` `{python} expr` ``;
2. run the cells in order in one namespace, with the working directory set to
   the qmd's folder; after the cell tagged ``parameters`` an injected
   assignment of the render's parameters runs (papermill's semantics; with no
   such cell it runs first);
3. keep each cell's output: printed text, and the value of a final expression
   as Jupyter would display it — as raw markdown with ``output: asis``, else
   as a code block; ``echo`` shows the code, ``eval: false`` skips the cell,
   ``include: false`` hides code and output, ``output: false`` the output;
4. pandoc (the ``pypandoc-binary`` wheel) turns the executed markdown into
   typst with ``templates/report.typ``, which the ``typst`` package compiles to
   PDF with its embedded fonts; and into one standalone HTML file with every
   resource embedded (no external links, no MathJax).  Quarto's conditional
   content (``::: {.content-visible unless-format="html"}``) is applied by the
   Lua filter ``templates/conditional.lua``.

Format options come from ``format: typst:`` and ``format: html:`` in the
front matter where pandoc has an equivalent (``papersize``, ``margin``,
``toc``, ``section-numbering``, ``number-sections``, ``css``, ...).

The qmd is copied into ``out_dir`` first (unless it is there), with both
engines, so relative paths in it and in its parameters are relative to
``out_dir``, as with ``quarto render`` of a qmd placed there.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import yaml

TEMPLATES = Path(__file__).parent / "templates"
TYPST_TEMPLATE = TEMPLATES / "report.typ"
CONDITIONAL_FILTER = TEMPLATES / "conditional.lua"  # Quarto's content-visible / content-hidden
PANDOC_FROM = "markdown"
PAGE_NUMBERING = "1 / 1"  # typst page numbering: "page / pages"; pandoc's own default is "1"

DEFAULT_CELL_OPTIONS = {"echo": True, "eval": True, "output": True, "include": True}
META_COMMON = ("title", "subtitle", "author", "date", "abstract", "lang", "keywords")
# Front-matter format options that are pandoc template variables (passed as metadata) ...
TYPST_VARIABLES = ("papersize", "margin", "mainfont", "fontsize", "codefont", "linestretch", "section-numbering",
                   "page-numbering", "columns", "region", "fig-caption-position", "table-caption-position")
HTML_VARIABLES = ("mainfont", "monofont", "fontsize", "linestretch", "maxwidth", "fontcolor", "backgroundcolor",
                  "linkcolor", "margin-left", "margin-right", "margin-top", "margin-bottom")
# ... and those that are pandoc options.
FLAG_OPTIONS = {"toc": "--toc", "number-sections": "--number-sections"}

HTML_STYLE = """
body { max-width: 52em; font-family: "Libertinus Serif", Georgia, "Times New Roman", serif; }
table { border-collapse: collapse; font-size: 0.85em; margin: 1em 0; width: 100%; }
thead th { border-bottom: 1.5px solid #333; text-align: left; }
th, td { padding: 0.25em 0.5em; vertical-align: top; }
tbody tr:nth-child(even) { background: #f2f2f2; }
caption, figcaption { font-size: 0.9em; color: #333; text-align: left; }
figure { margin: 1.2em 0; }
figure img, figure svg { width: 100%; height: auto; }
"""

INLINE_EXPR = re.compile(r"`\{python\}\s+([^`]+?)\s*`")
FENCE_OPEN = re.compile(r"^(?P<ticks>`{3,})\s*\{python(?:[\s,][^}]*)?\}\s*$")
OPTION_LINE = re.compile(r"^#\|\s?(.*)$")
IMAGE_TARGET = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")


class RenderError(RuntimeError):
    """The report could not be rendered; the message is one line saying where and why."""


@dataclass(frozen=True)
class Cell:
    """A ```` ```{python} ```` cell: its number (from 1), options, code without option lines, first line in the qmd."""

    number: int
    options: dict
    code: str
    line: int


@dataclass(frozen=True)
class Qmd:
    """A parsed ``.qmd``: front matter and a sequence of markdown text and code cells."""

    meta: dict
    chunks: list[str | Cell] = field(default_factory=list)


# --------------------------------------------------------------------------- entry point


def render_report(qmd: Path, out_dir: Path, params: dict[str, str], engine: str = "auto") -> dict[str, Path]:
    """Render ``qmd`` to ``out_dir/<stem>.pdf`` and ``out_dir/<stem>.html``; return {"pdf": path, "html": path}.

    ``engine`` is ``"quarto"``, ``"builtin"`` or ``"auto"`` (Quarto when ``quarto`` is on PATH).
    Raises ``RenderError`` with one line when a cell, pandoc, typst or Quarto fails.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    placed = place_qmd(Path(qmd), out_dir)
    chosen = choose_engine(engine)
    if chosen == "quarto":
        render_with_quarto(placed, params)
    else:
        render_builtin(placed, params)
    outputs = {"pdf": out_dir / f"{placed.stem}.pdf", "html": out_dir / f"{placed.stem}.html"}
    missing = [str(p) for p in outputs.values() if not p.exists()]
    if missing:
        raise RenderError(f"{placed}: rendering finished but did not write {', '.join(missing)}")
    return outputs


def choose_engine(engine: str) -> str:
    """``quarto`` or ``builtin``; ``auto`` picks Quarto when it is installed."""
    if engine == "auto":
        return "quarto" if shutil.which("quarto") else "builtin"
    if engine not in ("quarto", "builtin"):
        raise ValueError(f"unknown render engine {engine!r}; use 'auto', 'quarto' or 'builtin'")
    return engine


def place_qmd(qmd: Path, out_dir: Path) -> Path:
    """The qmd inside ``out_dir``: copied there unless it already is."""
    if not qmd.exists():
        raise RenderError(f"{qmd}: no such file")
    if qmd.resolve().parent == out_dir.resolve():
        return qmd
    target = out_dir / qmd.name
    shutil.copyfile(qmd, target)
    return target


def render_with_quarto(qmd: Path, params: dict[str, str]) -> None:
    """``quarto render`` to typst (PDF) and to HTML, in the qmd's folder."""
    quarto = shutil.which("quarto")
    if quarto is None:
        raise RenderError("quarto is not installed (use engine='builtin')")
    param_args = [arg for key, value in params.items() for arg in ("-P", f"{key}:{value}")]
    for to in ("typst", "html"):
        proc = subprocess.run([quarto, "render", qmd.name, "--to", to, *param_args], cwd=qmd.parent,
                              capture_output=True, text=True, encoding="utf-8", errors="replace")
        if proc.returncode != 0:
            raise RenderError(f"{qmd}: quarto render --to {to} failed: {last_line(proc.stderr or proc.stdout)}")


# --------------------------------------------------------------------------- builtin engine


def render_builtin(qmd: Path, params: dict[str, str]) -> None:
    """Execute ``qmd`` and convert it with pandoc and typst, next to the qmd."""
    doc = parse_qmd(qmd.read_text(encoding="utf-8"))
    body = execute_qmd(doc, qmd, params)
    write_pdf(doc.meta, body, qmd)
    write_html(doc.meta, body, qmd)


def parse_qmd(text: str) -> Qmd:
    """Split a qmd into front matter, markdown chunks and python cells.

    >>> doc = parse_qmd("---\\ntitle: T\\n---\\nHi\\n```{python}\\n#| echo: true\\nx = 1\\n```\\nBye\\n")
    >>> doc.meta, doc.chunks[1]
    ({'title': 'T'}, Cell(number=1, options={'echo': True}, code='x = 1', line=5))
    """
    meta, body, offset = split_front_matter(text)
    lines = body.split("\n")
    chunks: list[str | Cell] = []
    markdown: list[str] = []
    i, number = 0, 0
    while i < len(lines):
        opened = FENCE_OPEN.match(lines[i])
        if not opened:
            markdown.append(lines[i])
            i += 1
            continue
        close = re.compile(rf"^{opened['ticks']}`*\s*$")
        end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), None)
        if end is None:
            raise RenderError(f"code cell opened on line {offset + i + 1} is never closed")
        number += 1
        chunks.append("\n".join(markdown))
        markdown = []
        chunks.append(make_cell(number, lines[i + 1:end], offset + i + 1))
        i = end + 1
    chunks.append("\n".join(markdown))
    return Qmd(meta, [c for c in chunks if not (isinstance(c, str) and not c.strip())])


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """YAML front matter, the rest of the text, and how many lines the front matter took."""
    match = re.match(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", text, re.S)
    if not match:
        return {}, text, 0
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise RenderError(f"front matter is not valid YAML: {one_line(str(exc))}") from exc
    return meta, text[match.end():], match.group(0).count("\n")


def make_cell(number: int, lines: list[str], line: int) -> Cell:
    """A cell from its lines: leading ``#|`` lines are YAML options."""
    option_lines = []
    for text in lines:
        opt = OPTION_LINE.match(text)
        if not opt:
            break
        option_lines.append(opt.group(1))
    try:
        options = (yaml.safe_load("\n".join(option_lines)) or {}) if option_lines else {}
    except yaml.YAMLError as exc:
        raise RenderError(f"cell {number} (line {line}): options are not valid YAML: {one_line(str(exc))}") from exc
    return Cell(number, options, "\n".join(lines[len(option_lines):]).strip("\n"), line)


def execute_qmd(doc: Qmd, qmd: Path, params: dict[str, str]) -> str:
    """The qmd's markdown body with every cell replaced by its (visible) code and output."""
    defaults = {**DEFAULT_CELL_OPTIONS, **((doc.meta.get("execute") or {}) if isinstance(doc.meta.get("execute"), dict) else {})}
    namespace: dict = {"__name__": "__main__"}
    injected = parameter_code(params)
    has_parameters = any(isinstance(c, Cell) and "parameters" in (c.options.get("tags") or []) for c in doc.chunks)
    parts: list[str] = []
    with working_directory(qmd.parent):
        if injected and not has_parameters:
            run_code(injected, namespace, f"{qmd}: injected parameters")
        for chunk in doc.chunks:
            if isinstance(chunk, str):
                parts.append(eval_inline(chunk, namespace, qmd))
                continue
            options = {**defaults, **chunk.options}
            output = run_cell(chunk, options, namespace, qmd)
            if "parameters" in (options.get("tags") or []) and injected:
                run_code(injected, namespace, f"{qmd}: injected parameters")
            if options.get("include", True):
                parts.append(cell_markdown(chunk, options, output))
    return "\n\n".join(p.strip("\n") for p in parts if p.strip()) + "\n"


def parameter_code(params: dict[str, str]) -> str:
    """The assignments papermill would inject.

    >>> parameter_code({"data_dir": "data", "n": "3"})
    "data_dir = 'data'\\nn = 3"
    """
    return "\n".join(f"{key} = {parse_param(value)!r}" for key, value in params.items())


def parse_param(value: object) -> object:
    """A ``-P key:value`` value as Quarto reads it (YAML scalars: numbers, true/false, null; else text).

    >>> [parse_param(v) for v in ("../figures", "2", "0.5", "true", "null", "yes")]
    ['../figures', 2, 0.5, True, None, 'yes']
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return text.lower() == "true"
    if text in ("null", "~", ""):
        return None
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?", text):
        return float(text)
    return value


@contextlib.contextmanager
def working_directory(path: Path):
    """Run with ``path`` as the working directory, restoring the old one after."""
    old = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def run_cell(cell: Cell, options: dict, namespace: dict, qmd: Path) -> str:
    """Run one cell; return what it printed plus the display of a final expression."""
    if not options.get("eval", True):
        return ""
    return run_code(cell.code, namespace, f"{qmd}: cell {cell.number} (line {cell.line})")


def run_code(code: str, namespace: dict, where: str) -> str:
    """Execute ``code`` in ``namespace``; return its stdout (and a final expression's display, Jupyter-style)."""
    buffer = io.StringIO()
    try:
        tree = ast.parse(code, filename=where)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        with contextlib.redirect_stdout(buffer):
            exec(compile(tree, where, "exec"), namespace)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), where, "eval"), namespace)
                if value is not None:
                    print(display_text(value))
    except Exception as exc:  # any failure in the user's code is a render error
        raise RenderError(f"{where} raised {type(exc).__name__}: {one_line(str(exc))}") from exc
    return buffer.getvalue()


def display_text(value: object) -> str:
    """How Jupyter would show a value: its markdown representation when it has one, else ``repr``."""
    as_markdown = getattr(value, "_repr_markdown_", None)
    if callable(as_markdown):
        text = as_markdown()
        if text is not None:
            return text if isinstance(text, str) else text[0]
    return repr(value)


def cell_markdown(cell: Cell, options: dict, output: str) -> str:
    """The markdown a cell leaves in the document: code (``echo``) and output (raw with ``output: asis``)."""
    parts = []
    if options.get("echo", True):
        parts.append(fenced(cell.code, "python"))
    if output.strip() and options.get("output", True):
        parts.append(output if options.get("output") == "asis" else fenced(output.rstrip("\n"), ""))
    return "\n\n".join(parts)


def fenced(text: str, language: str) -> str:
    """A fenced code block that ``text`` cannot close early.

    >>> fenced("a", "python")
    '```python\\na\\n```'
    """
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{language}\n{text}\n{ticks}"


def eval_inline(markdown: str, namespace: dict, qmd: Path) -> str:
    """Replace each inline `` `{python} expr` `` with ``str(eval(expr))``."""
    def value(match: re.Match) -> str:
        expr = match.group(1)
        try:
            return str(eval(expr, namespace))
        except Exception as exc:
            raise RenderError(f"{qmd}: inline expression `{expr}` raised {type(exc).__name__}: {one_line(str(exc))}") from exc

    return INLINE_EXPR.sub(value, markdown)


# --------------------------------------------------------------------------- pandoc and typst


def format_options(meta: dict, to: str) -> dict:
    """The front matter's ``format: <to>:`` options (``format: typst`` alone gives {})."""
    formats = meta.get("format") or {}
    if isinstance(formats, str):
        return {}
    options = formats.get(to)
    return options if isinstance(options, dict) else {}


def pandoc_inputs(meta: dict, to: str, variables: tuple[str, ...]) -> tuple[dict, list[str]]:
    """Metadata and pandoc arguments for one output format, from the front matter.

    >>> pandoc_inputs({"title": "T", "format": {"typst": {"papersize": "a4", "toc": True, "foo": 1}}},
    ...               "typst", TYPST_VARIABLES)
    ({'title': 'T', 'papersize': 'a4'}, ['--toc'])
    """
    options = format_options(meta, to)
    metadata = {k: meta[k] for k in META_COMMON if meta.get(k) is not None}
    metadata.update({k: options[k] for k in variables if options.get(k) is not None})
    if str(metadata.get("date")) in ("today", "now", "last-modified"):
        metadata["date"] = dt.date.today().isoformat()
    args = [flag for key, flag in FLAG_OPTIONS.items() if options.get(key)]
    if options.get("toc") and options.get("toc-depth"):
        args.append(f"--toc-depth={int(options['toc-depth'])}")
    return metadata, args


def with_metadata(metadata: dict, body: str) -> str:
    """Markdown with a YAML metadata block in front."""
    return "---\n" + yaml.safe_dump(metadata, allow_unicode=True, sort_keys=True) + "---\n\n" + body


def write_pdf(meta: dict, body: str, qmd: Path) -> Path:
    """Executed markdown -> ``<stem>.typ`` (pandoc, our template) -> ``<stem>.pdf`` (typst), beside the qmd."""
    import typst

    metadata, args = pandoc_inputs(meta, "typst", TYPST_VARIABLES)
    options = format_options(meta, "typst")
    if options.get("number-sections") and "section-numbering" not in metadata:
        metadata["section-numbering"] = "1.1"
    metadata.setdefault("page-numbering", PAGE_NUMBERING)
    args = [a for a in args if a != "--number-sections"]
    typ, pdf = qmd.with_suffix(".typ"), qmd.with_suffix(".pdf")
    run_pandoc(with_metadata(metadata, body), ["--to", "typst", "--standalone", f"--template={TYPST_TEMPLATE}",
                                               "--output", typ.name, *args], cwd=qmd.parent)
    root = typst_root(qmd.parent, body)
    try:
        typst.compile(str(typ), output=str(pdf), root=str(root), ignore_system_fonts=True)
    except typst.TypstError as exc:
        message = getattr(exc, "message", "") or str(exc)
        raise RenderError(f"{typ}: typst failed: {one_line(message)}") from exc
    except RuntimeError as exc:
        raise RenderError(f"{typ}: typst failed: {one_line(str(exc))}") from exc
    return pdf


def typst_root(folder: Path, markdown: str) -> Path:
    """The folder typst may read from: the common ancestor of ``folder`` and every local image the markdown shows.

    >>> str(typst_root(Path("/a/reports"), "![x](../figures/f.svg) ![y](data:abc)"))
    '/a'
    """
    paths = [folder.resolve()]
    for target in IMAGE_TARGET.findall(markdown):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):  # data:, http: ... not a file
            continue
        paths.append((folder / target).resolve().parent)
    return Path(os.path.commonpath(paths))


def write_html(meta: dict, body: str, qmd: Path) -> Path:
    """Executed markdown -> one self-contained ``<stem>.html`` (styles and images embedded), beside the qmd."""
    metadata, args = pandoc_inputs(meta, "html", HTML_VARIABLES)
    options = format_options(meta, "html")
    if options.get("toc"):
        metadata.setdefault("toc-title", options.get("toc-title") or "Contents")
    css = options.get("css") or []
    args += [f"--variable=header-includes:<style>{HTML_STYLE}</style>"]  # a variable is inserted verbatim
    args += [f"--css={c}" for c in ([css] if isinstance(css, str) else css)]
    # Images become data: URIs here; pandoc's --embed-resources (slow on a large page: it re-reads the whole
    # output) is then needed only for stylesheets given as files.
    embed = ["--embed-resources"] if css else []
    html = qmd.with_suffix(".html")
    run_pandoc(with_metadata(metadata, inline_images(body, qmd.parent)),
               ["--to", "html5", "--standalone", *embed, "--output", html.name, *args], cwd=qmd.parent)
    return html


IMAGE_LINK = re.compile(r"(!\[(?:\\.|[^\]\\])*\]\(\s*<?)([^)\s>]+)")
IMAGE_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".webp": "image/webp"}


def inline_images(markdown: str, folder: Path) -> str:
    r"""Markdown with every local image target replaced by a ``data:`` URI of the file (relative to ``folder``);
    targets that are URLs, already data, or missing files are left as they are.

    >>> inline_images(r"![a \] b](x.svg){width=1} ![c](https://example.org/d.png)", Path("/nonexistent"))
    '![a \\] b](x.svg){width=1} ![c](https://example.org/d.png)'
    """
    import base64

    def replace(match: re.Match) -> str:
        target = match.group(2)
        path = folder / target
        kind = IMAGE_TYPES.get(path.suffix.lower())
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or kind is None or not path.is_file():
            return match.group(0)
        return match.group(1) + f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")

    return IMAGE_LINK.sub(replace, markdown)


def run_pandoc(markdown: str, args: list[str], cwd: Path) -> None:
    """Run the pandoc of ``pypandoc-binary`` on ``markdown``; a failure is a ``RenderError``."""
    import pypandoc

    command = [pypandoc.get_pandoc_path(), "--from", PANDOC_FROM, f"--resource-path={cwd}",
               f"--lua-filter={CONDITIONAL_FILTER}", *args]
    proc = subprocess.run(command, input=markdown, cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise RenderError(f"pandoc failed (exit {proc.returncode}) writing {args[args.index('--output') + 1]}: "
                          f"{tool_message(proc.stderr)}")


def one_line(text: str) -> str:
    """Text on one line, whitespace collapsed."""
    return " ".join(text.split())


def tool_message(text: str, limit: int = 300) -> str:
    """A tool's error output on one line, at most ``limit`` characters."""
    message = one_line(text) or "no message"
    return message if len(message) <= limit else message[: limit - 1] + "…"


def last_line(text: str) -> str:
    """The last non-empty line of a tool's output (usually the error)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
