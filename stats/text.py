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

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "approx", "est", "dept", "univ", "u.s", "u.k", "a.m", "p.m", "i.e", "e.g", "inc", "ltd",
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
RE_LINE = regex.compile(r"[^\n]+")
RE_WORD_BEFORE = regex.compile(r"(?r)([\w.]+)$")  # searched backwards from the stop: the word before it


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int  # index of the block of lines it is in (blank lines separate blocks)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a text with their offsets.

    >>> [s.text for s in split_sentences("Gov. Gladkov said. Two drones fell.\\nNext line")]
    ['Gov. Gladkov said.', 'Two drones fell.', 'Next line']
    >>> [s.text for s in split_sentences("No one was hurt.The governor said so.")]
    ['No one was hurt.', 'The governor said so.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    last_line_end = 0
    for line in RE_LINE.finditer(text):
        if "\n\n" in text[last_line_end:line.start()] or (text[last_line_end:line.start()].count("\n") > 1):
            paragraph += 1
        last_line_end = line.end()
        start = line.start()
        for match in RE_SENTENCE_END.finditer(text, line.start(), line.end()):
            if _is_abbreviation(text, start, match.start("stop"), match.group("stop")):
                continue
            end = match.end("close")
            _append(sentences, text, start, end, paragraph)
            start = end
        _append(sentences, text, start, line.end(), paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph))


def _is_abbreviation(text: str, start: int, stop_at: int, stop: str) -> bool:
    if stop != ".":
        return False
    match = RE_WORD_BEFORE.search(text, start, stop_at)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[stop_at - 1].isupper()  # an initial: "A. Bogomaz"
