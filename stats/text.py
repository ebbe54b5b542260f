"""Splitting a document into sentences that keep their character offsets.

A sentence ends at a line break, or at `.`, `!` or `?` (with any closing
quotes or brackets) followed by whitespace and something that can start a
sentence, unless the full stop belongs to an abbreviation ("Gov.", "St.",
"Jan.", "a.m.", an initial).  Offsets are 0-based character positions in the
document text, end exclusive, so ``text[s.start:s.end] == s.text`` always.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from stats.gates import matches_at

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "approx", "incl", "excl", "est", "dept", "univ", "u.s", "u.k", "a.m", "p.m", "i.e", "e.g", "inc", "ltd",
}

RE_SENTENCE_END = regex.compile(
    r"""
    (?P<stop>[.!?]+)            # the full stop, or ?!, or an ellipsis
    (?P<close>["'”’»)\]]*)      # closing quotes or brackets that belong to the sentence
    (?=\s+["'“‘«(\[]?[\p{Lu}\d]  # whitespace, then a capital or digit starts the next one
      |(?<=\p{Ll}{2}[.!?])\p{Lu}\p{Ll})  # or no space at all between two words: "no injuries.The governor said"
    """,
    regex.VERBOSE,
)
STOP_MARKS = ".!?"  # every match of RE_SENTENCE_END starts at one of them
RE_LINE = regex.compile(r"[^\n]+")
BULLETS = "•·▪◦*-–—"  # the marks a bullet starts with (also stats.patterns.RE_BULLET_LABEL)
RE_WORD_BEFORE = regex.compile(r"(?r)([\w.]+)$")  # searched backwards from the stop: the word before it


# Markdown's marks around words and at the heads of lines: "**13** UAVs", "*6*", "## Kursk", "> quoted".  Not a bullet's
# "* " (a star then a space), nor a star or underscore inside a word.
RE_MARKUP = regex.compile(r"\*\*|__|(?<![\w*])\*(?=[\w(\[\"“])|(?<=[\w.,:;!?)\]\"”])\*(?![\w*])|(?<![\w_])_(?=\w)|(?<=[\w.,:;!?)\]\"”])_(?![\w_])"
                          r"|^[ \t]*#{1,6}(?=\s)|^[ \t]*>+", regex.MULTILINE)


# "aeri-\nal": a word broken at the end of a printed line, its hyphen and the line's end
RE_HYPHEN_BREAK = regex.compile(r"(?<=\p{L})-\n(\p{Ll}+)")


def unbroken(text: str) -> str:
    """The text with words hyphenated across a line's end (a printed page) whole again, the line's end after them.

    Offsets stay those of the text past each word; inside a word they move by two.

    >>> unbroken("unmanned aeri-\\nal vehicles")
    'unmanned aerial\\n  vehicles'
    """
    if "-\n" not in text:
        return text
    return RE_HYPHEN_BREAK.sub(lambda m: m.group(1) + "\n ", text)


def unmarked(text: str) -> str:
    """The text with markdown's emphasis, headings' hashes and quotes' marks as spaces: offsets stay those of the text.

    >>> unmarked("## Kursk\\n**Governor:** shot down **13** UAVs; *6* over _Rylsk_\\n* a bullet\\n> quoted")
    '   Kursk\\n  Governor:   shot down   13   UAVs;  6  over  Rylsk \\n* a bullet\\n  quoted'
    """
    if "*" not in text and "_" not in text and "#" not in text and ">" not in text:
        return text
    return RE_MARKUP.sub(lambda m: " " * len(m.group()), text)


@dataclass(frozen=True, init=False)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int  # index of the block of lines it is in (blank lines separate blocks)

    def __init__(self, index: int, start: int, end: int, text: str, paragraph: int) -> None:
        # The fields set at once: a frozen dataclass's own __init__ sets each through object.__setattr__,
        # at twice the cost (a dozen sentences a document).
        self.__dict__.update(index=index, start=start, end=end, text=text, paragraph=paragraph)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a text with their offsets.

    >>> [s.text for s in split_sentences("Gov. Gladkov said. Two drones fell.\\nNext line")]
    ['Gov. Gladkov said.', 'Two drones fell.', 'Next line']
    >>> [s.text for s in split_sentences("No one was hurt.The governor said so.")]
    ['No one was hurt.', 'The governor said so.']
    >>> [s.text for s in split_sentences("By region:\\n1. Kursk region — 12\\n2. Oryol region — 3")]
    ['By region:', '1. Kursk region — 12', '2. Oryol region — 3']
    >>> [s.text for s in split_sentences("• Kursk. Two drones fell. One more.")]
    ['• Kursk. Two drones fell.', 'One more.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    last_line_end = 0
    for start, line_end in _lines(text):
        line_start = start
        if text.count("\n", last_line_end, start) > 1:  # a blank line before it (the gap is newlines only)
            paragraph += 1
        last_line_end = line_end
        for match in _sentence_ends(text, start, line_end):
            if match.group("stop") == "." and (_is_abbreviation(text, start, match.start()) or _enumerator(text, line_start, start, match.start())
                                                or _bullet_label(text, line_start, start, match.start())):
                continue
            end = match.end()
            _append(sentences, text, start, end, paragraph)
            start = end
        _append(sentences, text, start, line_end, paragraph)
    return sentences


# A line that runs on into the next: it ends inside a sentence (a word or a comma), the next begins with a small letter
RE_RUNS_ON = regex.compile(r"[\p{L},]\n[ \t]*\p{Ll}")
# A line that starts something of its own: a bullet, a numbered line, a row of a table
RE_OWN_LINE = regex.compile(r"[ \t]*(?:[" + regex.escape(BULLETS) + r"|]|\d{1,2}[.)]\s)")


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's lines, where a text wrapped at a fixed width (a printed page, an e-mail) has lines of its sentences.

    A text is read as wrapped when at least two of its lines run on into a line that begins with a small letter;
    then a line joins the next unless it ends with a stop, a colon or a semicolon, or the next is blank or starts
    a bullet, a number or a table's row.
    """
    spans = [m.span() for m in RE_LINE.finditer(text)]
    if len(spans) < 3 or len(RE_RUNS_ON.findall(text)) < 2:
        return spans
    joined = [spans[0]]
    for start, end in spans[1:]:
        a, b = joined[-1]
        last = text[a:b].rstrip()
        if start == b + 1 and last and last[-1] not in ".!?:;|\"”" and not RE_OWN_LINE.match(text, start, end):
            joined[-1] = (a, end)
        else:
            joined.append((start, end))
    return joined


def _enumerator(text: str, line_start: int, start: int, stop_at: int) -> bool:
    """Whether the full stop at ``stop_at`` closes the number of a numbered list's line ("1. Bryansk region — 21")."""
    return start == line_start and 0 < stop_at - start <= 2 and text[start:stop_at].isdigit()


def _bullet_label(text: str, line_start: int, start: int, stop_at: int) -> bool:
    """Whether the full stop at ``stop_at`` closes a bullet's label of a few capitalised words ("• Defence Ministry. 87 drones …")."""
    if start != line_start or text[start] not in BULLETS:
        return False
    label = text[start + 1:stop_at].split()
    return 0 < len(label) <= 3 and label[0][0].isupper()


def _sentence_ends(text: str, pos: int, endpos: int) -> list:
    """``RE_SENTENCE_END.finditer(text, pos, endpos)``, tried only at the full stops, question and exclamation marks.

    Every match starts at one of them; ``str.find`` finds them faster than an engine scans for the pattern.
    """
    marks = []
    for mark in STOP_MARKS:
        at = text.find(mark, pos, endpos)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1, endpos)
    marks.sort()
    return matches_at(RE_SENTENCE_END.match, text, marks, endpos)


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    """Add ``text[start:end]`` without the whitespace around it as the next sentence, unless nothing is left."""
    part = text[start:end]
    body = part.strip()  # str.strip takes off what str.isspace calls whitespace
    if body:
        start += len(part) - len(part.lstrip())
        sentences.append(Sentence(len(sentences), start, start + len(body), body, paragraph))


# The last three letters of each abbreviation of three or more: a word ending in three other letters is none.
ABBREVIATION_ENDINGS = frozenset(a[-3:] for a in ABBREVIATIONS if len(a) >= 3)


def _is_abbreviation(text: str, start: int, stop_at: int) -> bool:
    """Whether the full stop at ``stop_at`` ends an abbreviation or an initial, not the sentence (``start``: where it began)."""
    if stop_at - start >= 3:
        ending = text[stop_at - 3:stop_at]
        if ending.isascii() and ending.isalpha() and ending.lower() not in ABBREVIATION_ENDINGS:
            return False  # a word of three letters or more that no abbreviation ends like ("drones.")
    match = RE_WORD_BEFORE.search(text, start, stop_at)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[stop_at - 1].isupper()  # an initial: "A. Bogomaz"
