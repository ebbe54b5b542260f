"""Reducing markup to text before extraction: HTML and Markdown.

The cleaned text is the document text: its SHA-256 is the one in
``documents.csv`` and every ``char_start``/``char_end`` in the tables is an
offset into it (``python -m stats text CORPUS DOC_ID`` prints it).

When it is applied (``stats.corpus`` decides from the file's suffix):

* ``.html`` / ``.htm`` files: always HTML;
* ``.md`` / ``.markdown`` files: Markdown (inline HTML tags in it are removed too);
* ``.txt`` files and the text of JSONL/CSV records: HTML only when the text
  contains HTML tags (``looks_like_html``), with a note in ``problems``; plain
  text is left exactly as it is.

HTML: tags and comments go, entities are decoded, the contents of ``script``,
``style``, ``title`` and the like are dropped, block elements end a line
(paragraphs, headings and lists a paragraph) so that sentences do not run
together, list items start with ``- `` (lists carry counts: "- 6 over the
Bryansk region"), table cells are separated by spaces. The publication date and
the URL are taken from ``<meta>`` tags when present.

Markdown: headings lose their ``#``, emphasis and inline code their marks,
links and images keep their text, block quotes their ``>``; list bullets and
numbers stay at the start of their lines.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Tag names that show a text is HTML, not plain text that happens to contain "<".
HTML_TAGS = (
    "html", "head", "body", "p", "div", "br", "span", "a", "b", "i", "u", "em", "strong", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th", "article", "section",
    "header", "footer", "nav", "main", "aside", "figure", "figcaption", "blockquote", "pre", "code", "script",
    "style", "meta", "link", "title", "img", "hr", "time", "small", "sup", "sub", "iframe", "noscript", "font",
)
RE_HTML_HINT = re.compile(
    r"""
    < (?: /?(?:%s)\b [^<>]* >     # an opening or closing tag of HTML: "<p class=lead>", "</div>", "<br/>"
        | !doctype \s+ html        # "<!DOCTYPE html"
        | !--                      # a comment
      )
    """ % "|".join(sorted(HTML_TAGS, key=len, reverse=True)),
    re.IGNORECASE | re.VERBOSE,
)

# Elements whose content is not article text.
SKIP_CONTENT = {"script", "style", "noscript", "template", "title", "svg", "math", "iframe", "object", "canvas",
                "select", "button", "head"}
# Elements that end a paragraph (a blank line) or a line.
PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "dl", "pre",
                  "figure", "section", "article", "header", "footer", "main", "aside", "nav", "hr", "address",
                  "form", "fieldset", "details"}
LINE_TAGS = {"br", "li", "tr", "dt", "dd", "div", "figcaption", "caption", "summary", "option", "body"}
CELL_TAGS = {"td", "th"}
# <meta> names and properties that carry the publication date or the URL.
META_PUBLISHED = ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
                  "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "parsely-pub-date")
META_URL = ("og:url",)

RE_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # whitespace in HTML: any run reads as one space
RE_LINE_EDGE_SPACES = re.compile(r"[ \t]*\n[ \t]*")
RE_BLANK_LINES = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """True when a text contains HTML tags.

    >>> looks_like_html("<p>Two drones were downed.</p>")
    True
    >>> looks_like_html("Fewer than 10 drones (<10) were seen; a <b> or a <bryansk> is not a tag")
    True
    >>> looks_like_html("Fewer than 10 drones (<10) were seen near Bryansk")
    False
    """
    return "<" in text and RE_HTML_HINT.search(text) is not None


class _TextParser(HTMLParser):
    """Collects the text of an HTML document, with line breaks where blocks end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.trailing_newlines = 1  # at the start of the text, as after a line break
        self.meta: dict[str, str] = {}

    def _break(self, n: int) -> None:
        if self.parts and self.trailing_newlines < n:
            self.parts.append("\n" * (n - self.trailing_newlines))
            self.trailing_newlines = n

    def _write(self, text: str) -> None:
        if text:
            self.parts.append(text)
            stripped = text.rstrip("\n")
            n = len(text) - len(stripped)
            self.trailing_newlines = self.trailing_newlines + n if not stripped else n

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "meta" or tag == "link":
            self._read_meta(tag, dict(attrs))
            return
        if tag in SKIP_CONTENT:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag == "br":
            self._write("\n")
        elif tag in PARAGRAPH_TAGS:
            self._break(2)
        elif tag in LINE_TAGS:
            self._break(1)
        elif tag in CELL_TAGS and self.trailing_newlines == 0:
            self._write(" ")
        if tag == "li":
            self._write("- ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in SKIP_CONTENT:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_CONTENT:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in PARAGRAPH_TAGS:
            self._break(2)
        elif tag in LINE_TAGS:
            self._break(1)

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        data = data.replace("\xa0", " ")
        if not self.pre_depth:
            data = RE_HTML_SPACE.sub(" ", data)
            if self.trailing_newlines:
                data = data.lstrip(" ")
        self._write(data)

    def _read_meta(self, tag: str, attrs: dict) -> None:
        if tag == "link":
            if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
                self.meta.setdefault("url", attrs["href"].strip())
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = (attrs.get("content") or "").strip()
        if not content:
            return
        if key in META_PUBLISHED:
            self.meta.setdefault("published", content)
        elif key in META_URL:
            self.meta.setdefault("url", content)

    def text(self) -> str:
        text = RE_LINE_EDGE_SPACES.sub("\n", "".join(self.parts))
        return RE_BLANK_LINES.sub("\n\n", text).strip()


def html_to_text(source: str) -> tuple[str, dict[str, str]]:
    """The text of an HTML document, and the publication date and URL its <meta> tags give.

    >>> html_to_text("<h1>Air defense</h1><p>Two drones&nbsp;were <b>downed</b>.</p><script>x=1</script><p>Next.</p>")
    ('Air defense\\n\\nTwo drones were downed.\\n\\nNext.', {})
    >>> html_to_text("<ul><li>6 over Bryansk</li><li>4 over Kursk</li></ul>")[0]
    '- 6 over Bryansk\\n- 4 over Kursk'
    """
    parser = _TextParser()
    parser.feed(source)
    parser.close()
    return parser.text(), parser.meta


# Markdown, one rule per line: (pattern, replacement), applied in order.
RE_MD_FENCE = re.compile(r"^[ \t]*(?:```|~~~).*$", re.MULTILINE)                        # "```python" fence lines
RE_MD_REF_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)  # "[1]: https://…"
RE_MD_RULE = re.compile(r"^[ \t]*(?:(?:[-*_=][ \t]*){3,})$", re.MULTILINE)               # "---", "***", "===" (setext)
RE_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)  # "## Overnight attack ##"
RE_MD_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)                        # "> quoted line"
RE_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")                 # "![alt](src.png)"
RE_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)")                   # "[text](https://…)"
RE_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")                               # "[text][1]"
RE_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")                           # "<https://…>"
RE_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")                              # "**bold**", "__bold__"
RE_MD_EM_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")          # "*em*", not "* bullet"
RE_MD_EM_UNDERSCORE = re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])")     # "_em_", not snake_case
RE_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")                                     # "~~struck~~"
RE_MD_CODE = re.compile(r"`([^`\n]+)`")                                                  # "`code`"
RE_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<&])")                            # "\*" → "*"
ESCAPED_BASE = 0xF0000  # escaped characters wait in a private-use plane while the marks are removed
RE_ESCAPED = re.compile("[\U000F0000-\U000F007F]")
RE_MD_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
RE_MD_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
RE_MD_TAG = re.compile(r"</?(?:%s)\b[^<>]*>|<!--.*?-->" % "|".join(HTML_TAGS), re.IGNORECASE | re.DOTALL)
RE_TRAILING_SPACES = re.compile(r"[ \t]+$", re.MULTILINE)


def markdown_to_text(source: str) -> str:
    """The text of a Markdown document; list bullets stay at the start of their lines.

    >>> markdown_to_text("## Overnight\\n\\nThe [ministry](https://x.org/a) said **10** drones fell:\\n- 6 over *Bryansk*\\n- 4 over Kursk")
    'Overnight\\n\\nThe ministry said 10 drones fell:\\n- 6 over Bryansk\\n- 4 over Kursk'
    """
    text = RE_MD_ESCAPE.sub(lambda m: chr(ESCAPED_BASE + ord(m.group(1))), source)  # "\\*" is no emphasis mark
    text = RE_MD_BLOCK.sub("", text)
    text = RE_MD_BREAK_TAG.sub("\n", text)
    text = RE_MD_TAG.sub("", text)
    text = RE_MD_FENCE.sub("", text)
    text = RE_MD_REF_DEFINITION.sub("", text)
    text = RE_MD_RULE.sub("", text)
    text = RE_MD_HEADING.sub(r"\1", text)
    text = RE_MD_QUOTE.sub("", text)
    text = RE_MD_IMAGE.sub(r"\1", text)
    text = RE_MD_LINK.sub(r"\1", text)
    text = RE_MD_REF_LINK.sub(r"\1", text)
    text = RE_MD_AUTOLINK.sub(r"\1", text)
    text = RE_MD_STRONG.sub(r"\2", text)
    text = RE_MD_EM_STAR.sub(r"\1", text)
    text = RE_MD_EM_UNDERSCORE.sub(r"\1", text)
    text = RE_MD_STRIKE.sub(r"\1", text)
    text = RE_MD_CODE.sub(r"\1", text)
    text = RE_ESCAPED.sub(lambda m: chr(ord(m.group()) - ESCAPED_BASE), text)
    text = html.unescape(text).replace("\xa0", " ")
    text = RE_TRAILING_SPACES.sub("", text)
    return RE_BLANK_LINES.sub("\n\n", text).strip()


def clean_text(text: str, markup: str) -> tuple[str, dict[str, str], list[str]]:
    """A document's text without markup, metadata from the markup, and notes for ``problems``.

    ``markup`` is ``"html"``, ``"markdown"`` or ``"text"`` (HTML only when it
    ``looks_like_html``).  A text without markup comes back unchanged.

    >>> clean_text("Two drones were downed.", "text")
    ('Two drones were downed.', {}, [])
    >>> clean_text("<p>Two drones were downed.</p>", "text")
    ('Two drones were downed.', {}, ['HTML markup found and reduced to text'])
    """
    if markup == "markdown":
        return markdown_to_text(text), {}, []
    if markup == "text":
        if not looks_like_html(text):
            return text, {}, []
        notes = ["HTML markup found and reduced to text"]
    else:
        notes = []
    try:
        cleaned, meta = html_to_text(text)
    except Exception as exc:  # noqa: BLE001 - html.parser is lenient, but the text is not ours
        cleaned, meta = html.unescape(RE_MD_TAG.sub(" ", RE_MD_BLOCK.sub("", text))), {}
        notes.append(f"HTML could not be parsed ({type(exc).__name__}); tags removed by pattern")
    return cleaned, meta, notes
