"""Cheap tests before a pattern runs: the literals every match needs.

Most sentences of a long article cannot hold a claim, an event or a date.  A
pattern wrapped in ``Gated`` first checks, with plain substring tests on the
lower-cased stretch of text, that one of the literals its matches need is
there; only then does the regex engine scan.  The answer is always the
pattern's own: a gate never adds or removes a match, it only skips scans that
would find nothing.
"""

from __future__ import annotations

import regex


def required_literals(phrases) -> frozenset[str] | None:
    """Lower-case ASCII strings, one of which is in (the lower-cased) text wherever a phrase of ``phrases`` matches.

    ``stats.patterns.phrase_pattern`` keeps every character but spaces, hyphens
    and apostrophes literal, so each phrase's longest run of other characters must be there.
    None when a phrase has no ASCII run (no test is possible).

    >>> sorted(required_literals(["shot down", "air-raid alert", "downed"]))
    ['alert', 'downed', 'shot']
    """
    found = set()
    for phrase in phrases:
        runs = [r for r in regex.split(r"[ '’-]+", phrase.lower()) if r and r.isascii()]
        if not runs:
            return None
        found.add(max(runs, key=len))
    return frozenset(w for w in found if not any(o != w and o in w for o in found))


SHORT = 48  # characters: a stretch this short is scanned at once, a test would cost more than it saves
RE_DIGIT = regex.compile(r"\d")
# Characters that match an ASCII letter without case but do not lower-case to it ("İ", "ſ", the Kelvin sign).
RE_FOLDS_TO_ASCII = regex.compile("[\u0130\u017f\u212a]")


_last: tuple = (None, 0, 0, None)  # the stretch lowered last (the text object, pos, endpos, result): gates in a row share it


def _lowered(text: str, pos: int, endpos: int | None) -> str | None:
    """``text[pos:endpos]`` in lower case; None when it has a letter that matches an ASCII letter
    without case but does not lower-case to it (no literal test can be trusted there)."""
    global _last
    last = _last
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    part = text[pos:endpos]
    lowered = None if not part.isascii() and RE_FOLDS_TO_ASCII.search(part) else part.lower()
    _last = (text, pos, endpos, lowered)
    return lowered


class Gated:
    """A compiled pattern whose ``search`` and ``finditer`` first test, with ``str.__contains__``,
    that a stretch of text holds one of the literals every match needs.  Results are those of
    the pattern itself; other methods and attributes are the pattern's.
    """

    __slots__ = ("pattern_", "literals", "digits")

    def __init__(self, pattern: regex.Pattern, literals: frozenset[str] | None, digits: bool = False) -> None:
        self.pattern_, self.literals, self.digits = pattern, literals, digits  # digits: a match may need only a digit (\\d)

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False only when no match can lie in ``text[pos:endpos]``."""
        if self.literals is None or (endpos if endpos is not None else len(text)) - pos < SHORT:
            return True
        if self.digits and RE_DIGIT.search(text, pos, endpos):
            return True
        lowered = _lowered(text, pos, endpos)
        return lowered is None or any(map(lowered.__contains__, self.literals))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern_.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern_.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())

    def __getattr__(self, name: str):
        if name in Gated.__slots__:  # not set yet (copying, unpickling)
            raise AttributeError(name)
        return getattr(self.pattern_, name)
