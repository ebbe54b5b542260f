"""Cheap tests before a pattern runs: the literals every match needs, and where a match can start.

Most sentences of a long article cannot hold a claim, an event or a date.  A
pattern wrapped in ``Gated`` first checks, with plain substring tests on the
lower-cased stretch of text, that one of the literals its matches need is
there; only then does the regex engine scan.  The answer is always the
pattern's own: a gate never adds or removes a match, it only skips scans that
would find nothing.

A long alternation of phrases (the interception verbs, the weapon nouns, the
claimant titles) costs the regex engine a try of every phrase at every word of
a sentence.  When every match starts with one of a few literals (its
*anchors*: "shot down" starts with "shot"), ``Gated`` finds where those
literals are with ``str.find`` and lets the pattern try only there
(``Pattern.match`` at each place, left to right, as a scan would).

The ``regex`` module is slower than the standard ``re`` for many plain
patterns.  A pattern that uses nothing only ``regex`` has is compiled by both
(``Twin``, or ``Gated(..., twin=True)``); the standard engine runs on a text
all of whose characters are in ``SAME_IN_BOTH``, where the two engines give
the same answers, and ``regex`` on any other text (see ``engines_agree``).
"""

from __future__ import annotations

import re
from functools import cache

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


MIN_ANCHOR = 2  # characters


def leading_literals(phrases, min_len: int = MIN_ANCHOR) -> frozenset[str] | None:
    """Lower-case ASCII strings, one of which starts (the lower-cased text of) every match of a phrase of ``phrases``.

    ``stats.patterns.phrase_pattern`` keeps a phrase's characters literal up to
    its first space, hyphen or apostrophe, so each match starts with that run.
    A run that starts with another run is left out (the shorter one finds it).
    None when a phrase's run is not ASCII (no anchor is possible), or shorter than
    ``min_len`` ("a drone": "a" is everywhere, a scan is usually faster).

    >>> sorted(leading_literals(["shot down", "shoot down", "air-raid alert", "intercepted", "intercept"]))
    ['air', 'intercept', 'shoot', 'shot']
    >>> leading_literals(["-type drones"]) is None, leading_literals(["a", "another"]) is None
    (True, True)
    """
    found = set()
    for phrase in phrases:
        lead = regex.split(r"[ '’-]", phrase.lower(), maxsplit=1)[0]
        if len(lead) < min_len or not lead.isascii():
            return None
        found.add(lead)
    return frozenset(w for w in found if not any(o != w and w.startswith(o) for o in found))


# ``regex``'s ``concurrent`` argument, given by position after ``pos`` and ``endpos`` (as a keyword it costs more than it
# saves): by default ``regex`` hands the GIL to other threads and takes it back around every match on a str, some
# 1,200 instructions a call, and extraction runs no other thread that could use it.  The standard ``re`` takes no such argument.
KEEP_GIL = False


WORD_START = r"(?<![\w-])"  # how a whole-word pattern starts (stats.patterns.words)
RE_ANCHOR_WORD = re.compile(r"[a-z0-9]+")


def whole_words(phrases, common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Lower-case words, one of which is a whole ``[a-z]+`` word of (the lower-cased) text wherever a phrase matches as a whole word.

    A word of a phrase between spaces (or the phrase's ends), of letters a-z only,
    is matched between whitespace (or the whole-word boundaries), so it stands
    whole in the text; the longest such word of each phrase, passing over the
    words of ``common`` when the phrase has another (a test of "over" lets
    nearly every sentence through).  A word with an apostrophe ("russia's",
    matched with or without it) stands whole as "russias" or, cut there, as
    "russia": both are given.  None when a phrase has none ("air-raid":
    "airraid" matches it too).

    >>> sorted(whole_words(["air-raid alert", "state of emergency", "fire", "Russia's"]))
    ['alert', 'emergency', 'fire', 'russia', 'russias']
    >>> sorted(whole_words(["over the past week", "this year"], common=frozenset({"over", "this"})))
    ['past', 'year']
    >>> whole_words(["air-raid"]) is None
    True
    """
    found = set()
    for phrase in phrases:
        options = []  # per word of the phrase, the whole words it may stand as
        for word in phrase.lower().split(" "):
            if RE_AZ.fullmatch(word):
                options.append((word,))
            elif cut := RE_AZ_APOSTROPHE.fullmatch(word):
                options.append((cut[1] + cut[2], cut[1]))
        if not options:
            return None
        found.update(max([o for o in options if o[0] not in common] or options, key=lambda o: len(o[0])))
    return frozenset(found)


RE_AZ = re.compile(r"[a-z]+")
RE_AZ_APOSTROPHE = re.compile(r"([a-z]+)['’]([a-z]+)")


def may_hold(words: frozenset[str] | None, needs: tuple[frozenset[str], ...]) -> bool:
    """False only when a sentence with these words cannot hold a match of a pattern that needs them
    (``stats.patterns.CUMULATIVE_NEEDS`` and the like: for each set, one of its words); ``words`` None: unknown, it may.
    A need that is None (``whole_words`` of phrases with no whole word, as a hyphenated title added to the
    vocabulary) is no test: the pattern is tried.

    >>> may_hold(frozenset({"one", "the", "other"}), (frozenset({"one"}), frozenset({"other", "second"})))
    True
    >>> may_hold(frozenset({"one", "drone"}), (frozenset({"one"}), frozenset({"other", "second"}))), may_hold(None, ())
    (False, True)
    >>> may_hold(frozenset({"drone"}), (whole_words(["commander-in-chief"]),))
    True
    """
    if words is not None:
        for need in needs:  # a loop, not all(): this runs a dozen times a sentence
            if need is not None and words.isdisjoint(need):
                return False
    return True


SHORT = 48  # characters: a stretch this short is scanned at once, a test would cost more than it saves
RE_DIGIT = regex.compile(r"\d")
RE_DIGIT_PLAIN = re.compile(r"\d")  # the same where the engines agree (see Twin)
# Characters that match an ASCII letter without case but do not lower-case to it ("İ", "ſ", the Kelvin sign).
RE_FOLDS_TO_ASCII = re.compile("[\u0130\u017f\u212a]")  # three characters, no flags: both engines read it alike


_last: tuple = (None, 0, 0, None)  # the stretch lowered last (the text object, pos, endpos, result): gates in a row share it
_whole: list = []  # the last few texts lowered whole: (text object, its lower case, or None when slices must be lowered one by one)
WHOLE_TEXTS = 4  # a document, its copy without quotation marks, the events' copy: gates move between them


def lowered_whole(text: str) -> str | None:
    """``text.lower()`` when it can stand for the lower case of every slice of ``text``, else None.

    It can when lowering keeps every character one character (so offsets stay
    valid) and no character matches an ASCII letter without case but lowers to
    something else (see ``RE_FOLDS_TO_ASCII``).  ``str.lower`` is then
    character by character (its only context rule, the Greek final sigma,
    never makes or breaks an ASCII literal), so
    ``lowered.find(lit, pos, endpos) >= 0`` is ``lit in text[pos:endpos].lower()``.

    >>> lowered_whole("Air defenses SHOT down"), lowered_whole("\u0130stanbul"), lowered_whole("\u017fhot")
    ('air defenses shot down', None, None)
    """
    for entry in _whole:
        if entry[0] is text:
            return entry[1]
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and RE_FOLDS_TO_ASCII.search(text)):
        lowered = None
    if len(_whole) >= WHOLE_TEXTS:
        del _whole[0]
    _whole.append((text, lowered))
    return lowered


def whole_word_starts(lowered: str, words, start: int, end: int) -> list[int]:
    """Offsets in ``lowered[start:end]`` (a text in lower case) where one of ``words`` stands as a whole word of a-z, unsorted.

    >>> sorted(whole_word_starts("a drone and another one: a", {"a", "one"}, 0, 26))
    [0, 20, 25]
    """
    starts = []
    for word in words:
        size = len(word)
        at = lowered.find(word, start, end)
        while at >= 0:
            if not ("a" <= lowered[at - 1:at] <= "z" or "a" <= lowered[at + size:at + size + 1] <= "z"):
                starts.append(at)
            at = lowered.find(word, at + size, end)  # an occurrence overlapping this one is inside a word: no whole one
    return starts


def matches_at(match, text: str, starts: list[int], end: int) -> list:
    """The matches a scan of ``text`` up to ``end`` finds when each starts at one of ``starts`` (sorted):
    ``match`` (a compiled pattern's) tried at each in order, none inside the one before (no match is empty)."""
    found = []
    for at in starts:
        if not found or at >= found[-1].end():
            m = match(text, at, end)
            if m is not None:
                found.append(m)
    return found


_digit_at: tuple = (None, 0, 0, False)  # the stretch tested last for a digit: the date patterns ask in a row


def _has_digit(text: str, pos: int, endpos: int | None) -> bool:
    """Whether ``text[pos:endpos]`` has a digit (``\\d``)."""
    global _digit_at
    last = _digit_at
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    if _agree.get(id(text)) or engines_agree(text):
        found = RE_DIGIT_PLAIN.search(text, pos, len(text) if endpos is None else endpos) is not None
    else:
        found = RE_DIGIT.search(text, pos, endpos) is not None
    _digit_at = (text, pos, endpos, found)
    return found


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


# Characters on which ``re`` and ``regex`` agree for every construct the twin patterns use: ``\\w``, ``\\s``,
# ``\\d`` (and \\b, made of \\w), ``.``, and each literal character with and without IGNORECASE.  Outside them
# the engines differ: \\x1c-\\x1f are \\s only for ``re``; superscript digits and fractions (\\w only for ``re``);
# combining marks such as Cyrillic U+0483-U+0489 and joiners (\\w only for ``regex``); "İ" and "ı", which ``re``
# matches with "I" or "i" without case; digits of scripts newer than this Python's Unicode tables.  The set is
# ASCII, Latin-1, Latin Extended-A, Cyrillic, the general punctuation block, "€", "№" and "™", less those;
# tests/test_speed_paths.py checks every character of it against both engines.
SAME_IN_BOTH = (
    "\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\u012f\u0132-\u017f"
    "\u0400-\u0482\u048a-\u04ff\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20ac\u2116\u2122"
)
RE_NOT_SAME_IN_BOTH = re.compile("[^" + SAME_IN_BOTH + "]")
RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE  # the flags both engines read alike
# The last few texts asked about, by id(): whether the engines agree on each, and the text itself.  Holding
# the texts keeps their ids from being reused by other objects while they are in here.
_agree: dict[int, bool] = {}
_held: dict[int, str] = {}


def engines_agree(text: str) -> bool:
    """Whether ``re`` finds in ``text`` (and any stretch of it) what ``regex`` finds, for a ``Twin`` pattern.

    The answer for the last few texts is kept: the patterns ask it of a
    document's text (and its copies without quotation marks) again and again
    (``_agree.get(id(text))`` first, as the twins do, is the fast way to ask).

    >>> engines_agree("Air defenses shot down 12 drones over the Kursk region — the ministry"), engines_agree("\u0130stanbul")
    (True, False)
    """
    key = id(text)
    agree = _agree.get(key)
    if agree is None:
        if text.isascii():  # a flag of the string, known without a scan: of ASCII only the separators \x1c-\x1f are left out
            agree = not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
        else:
            agree = RE_NOT_SAME_IN_BOTH.search(text) is None
        if len(_agree) >= WHOLE_TEXTS:
            oldest = next(iter(_agree))
            del _agree[oldest], _held[oldest]
        _agree[key], _held[key] = agree, text
    return agree


@cache
def _same_in_both_with(prop: str) -> str:
    """The characters of SAME_IN_BOTH with a Unicode property (``\\p{Lu}``), as the inside of a class for ``re``."""
    chars = [i for i in range(0x2200) if RE_NOT_SAME_IN_BOTH.match(chr(i)) is None and regex.match(prop, chr(i))]
    ranges: list[list[int]] = []
    for i in chars:
        if ranges and ranges[-1][1] == i - 1:
            ranges[-1][1] = i
        else:
            ranges.append([i, i])
    return "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)


RE_PROPERTY = re.compile(r"\\p\{(?:Lu|Ll|L)\}")


def for_re(pattern: str, flags: int = 0) -> str:
    """A ``regex`` pattern as ``re`` reads it on texts where the engines agree: ``\\p{Lu}``, ``\\p{Ll}`` and ``\\p{L}``
    (which ``re`` lacks) become classes of the characters of SAME_IN_BOTH that have the property.  Those classes
    are right only on such texts, which are the only ones a twin's ``re`` pattern is given.  Not under
    IGNORECASE, where ``regex`` reads a case property otherwise.

    >>> for_re(r"\\p{Lu}[\\p{Ll}-]").startswith("[A-Z")
    True
    """
    last = None
    for last in RE_PROPERTY.finditer(pattern):
        pass
    if last is None:
        return pattern
    if flags & regex.IGNORECASE or "(?i" in pattern[:last.start()]:  # stricter than needed: a scoped (?i:…) before a property
        raise ValueError(f"a Unicode property under IGNORECASE: {pattern[:60]!r}")
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        prop = RE_PROPERTY.match(pattern, i)
        if prop:
            inside = _same_in_both_with(prop.group())
            out.append(inside if in_class else "[" + inside + "]")
            i = prop.end()
            continue
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[j:j + 1] == "]":  # "[]…]" or "[^]…]": a first "]" is a member
                j += 1
            out.append(pattern[i:j])
            i = j
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def plain_twin(pattern: regex.Pattern) -> re.Pattern:
    """``pattern`` compiled by the standard engine (it must use nothing else that only ``regex`` has)."""
    if pattern.flags & ~(RE_FLAGS | regex.UNICODE | regex.VERSION0):
        raise ValueError(f"flags only regex has: {pattern.pattern[:60]!r}")
    return re.compile(for_re(pattern.pattern, pattern.flags), pattern.flags & RE_FLAGS)


class Twin:
    """A ``regex`` pattern and the same compiled by ``re``, which runs where ``engines_agree`` (faster, the same
    matches).  ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall`` and ``sub`` take the text first;
    other attributes are the ``regex`` pattern's.  Only for patterns given whole texts (a document and its copies),
    not fresh slices: asking whether the engines agree on each slice would cost what it saves."""

    __slots__ = ("pattern_", "plain_")

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern_ = pattern
        self.plain_ = plain_twin(pattern)

    def on(self, text: str):
        """The compiled pattern to run on ``text``."""
        return self.plain_ if _agree.get(id(text)) or engines_agree(text) else self.pattern_

    # Each method asks ``_agree`` itself (one call less: these run hundreds of thousands of times).
    # ``re`` takes no None for endpos: the text's length stands for it.
    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        pattern = self.plain_ if _agree.get(id(text)) or engines_agree(text) else self.pattern_
        return pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        pattern = self.plain_ if _agree.get(id(text)) or engines_agree(text) else self.pattern_
        return pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None):
        pattern = self.plain_ if _agree.get(id(text)) or engines_agree(text) else self.pattern_
        return pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        pattern = self.plain_ if _agree.get(id(text)) or engines_agree(text) else self.pattern_
        return pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.on(text).findall(text, pos, len(text) if endpos is None else endpos)

    def sub(self, repl, text: str, count: int = 0):
        return self.on(text).sub(repl, text, count)

    def __getattr__(self, name: str):
        if name in Twin.__slots__:
            raise AttributeError(name)
        return getattr(self.pattern_, name)


class WordStarts:
    """Where words of a lower-case text start with one of ``anchors`` (each ``[a-z0-9]+``): offsets
    not after a letter a-z or a digit, as ``Gated.starts`` needs them.

    ``(?<![a-z0-9])`` before the anchors would say the same, but the standard engine tries a pattern
    that opens with a lookbehind at every character; one that opens with a class of characters it
    looks for in a tight loop, and a word starts after one of the few characters that are not a-z or
    a digit.  So the scan matches that character and the anchor after it (grouped by their first
    letters: ``re`` tries the alternatives of a group one by one).  A match consumes only the anchor's
    letters and digits after its separator, and no word starts after a letter or digit, so none is
    passed over.  The text's first offset, with nothing before it, is tried apart.

    >>> scan = WordStarts(frozenset({"shot", "shoot", "air"}))
    >>> text = "air defences shot down; a chair shot, airshot"
    >>> scan.starts(text, 0, len(text)), scan.starts(text, 1, len(text)), scan.starts(text, 13, 16)
    ([0, 13, 32, 38], [13, 32, 38], [])
    """

    __slots__ = ("after_separator", "at_start")

    def __init__(self, anchors: frozenset[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for anchor in sorted(anchors, key=lambda a: (-len(a), a)):
            by_first.setdefault(anchor[0], []).append(re.escape(anchor[1:]))
        groups = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in sorted(by_first.items()))
        self.after_separator = re.compile("[^a-z0-9](?:" + groups + ")")
        self.at_start = re.compile(groups)

    def starts(self, lowered: str, pos: int, end: int) -> list[int]:
        """Offsets in ``lowered[pos:end]`` where a word starts with an anchor that ends by ``end``, in order."""
        first = [0] if pos == 0 and self.at_start.match(lowered, 0, end) is not None else []
        return first + [m.start() + 1 for m in self.after_separator.finditer(lowered, max(pos - 1, 0), end)]


class Gated:
    """A compiled pattern whose ``search`` and ``finditer`` first test, with ``str.__contains__``,
    that a stretch of text holds one of the literals every match needs.  Results are those of
    the pattern itself; other methods and attributes are the pattern's.

    With ``anchors`` (literals every match starts with, lower case; the pattern
    must not match the empty string), the pattern is tried only where an anchor
    is (see the module's docstring).

    With ``twin``, the pattern is also compiled by ``re``, which runs on texts
    where ``engines_agree`` (see ``Twin``); ``pattern_`` stays the ``regex`` one.
    """

    __slots__ = ("pattern_", "plain_", "literals", "digits", "anchors", "anchor_scan", "requires", "exact", "test_first", "match", "fullmatch")

    def __init__(self, pattern: regex.Pattern, literals: frozenset[str] | None, digits: bool = False,
                 anchors: frozenset[str] | None = None, requires: regex.Pattern | None = None, exact: bool = False,
                 twin: bool = False) -> None:
        self.pattern_, self.literals, self.digits = pattern, literals, digits  # digits: a match may need only a digit (\\d)
        self.plain_ = plain_twin(pattern) if twin else None
        self.anchors = anchors
        self.exact = exact  # the pattern is nothing but its literals in any case (and \\d with digits): the test is its answer
        self.anchor_scan = None
        if anchors is not None and pattern.pattern.startswith(WORD_START) and all(RE_ANCHOR_WORD.fullmatch(a) for a in anchors):
            # A match starts a word, and each anchor is letters and digits: the anchors at the starts of
            # words of the lowered text, found in one pass (an anchor inside another cannot start a word).
            self.anchor_scan = WordStarts(anchors)
        # Where the anchors are found at the starts of words (``WordStarts``), that scan costs less than a test
        # of the literals before it, even of a few, and finds nothing where none is.
        self.test_first = self.anchor_scan is None
        self.requires = requires  # a simple pattern that finds something wherever the pattern does ("\\d[:.]\\d" for a clock time)
        if twin:
            self.match, self.fullmatch = self._match, self._fullmatch
        else:
            self.match, self.fullmatch = pattern.match, pattern.fullmatch  # anchored: nothing to skip, the pattern's own (no lookup per call)

    def _engine(self, text: str):
        """The compiled pattern to run on ``text``: the ``re`` twin where the engines agree."""
        return self.plain_ if self.plain_ is not None and (_agree.get(id(text)) or engines_agree(text)) else self.pattern_

    on = _engine  # as Twin.on

    def _match(self, text: str, pos: int = 0, endpos: int | None = None):
        pattern = self.plain_ if _agree.get(id(text)) or engines_agree(text) else self.pattern_
        return pattern.match(text, pos, len(text) if endpos is None else endpos)

    def _fullmatch(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._engine(text).fullmatch(text, pos, len(text) if endpos is None else endpos)

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False only when no match can lie in ``text[pos:endpos]``."""
        if self.literals is None or (endpos if endpos is not None else len(text)) - pos < SHORT:
            return True
        if self.requires is RE_DIGIT:
            if not _has_digit(text, pos, endpos):
                return False
        elif self.requires is not None and self.requires.search(text, pos, endpos) is None:
            return False
        if self.digits and _has_digit(text, pos, endpos):
            return True
        lowered = _lowered(text, pos, endpos)
        return lowered is None or any(map(lowered.__contains__, self.literals))

    def found(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """``bool(self.search(text, pos, endpos))``; for an ``exact`` pattern, by the plain tests alone."""
        if not self.exact or self.literals is None:
            return self.search(text, pos, endpos) is not None
        if self.digits and _has_digit(text, pos, endpos):
            return True
        lowered = _lowered(text, pos, endpos)
        if lowered is None:
            return self.pattern_.search(text, pos, endpos) is not None
        return any(map(lowered.__contains__, self.literals))

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int] | None:
        """Every offset in ``text[pos:endpos]`` where a match can start, in order; None when unknown."""
        if self.anchors is None:
            return None
        whole = lowered_whole(text)
        if whole is None:
            return None
        end = len(text) if endpos is None else endpos
        if self.anchor_scan is not None:
            return self.anchor_scan.starts(whole, pos, end)
        find = whole.find
        found = []
        for anchor in self.anchors:
            i = find(anchor, pos, end)
            while i >= 0:
                found.append(i)
                i = find(anchor, i + 1, end)
        found.sort()  # no two anchors start at one offset: none starts with another
        return found

    def _where(self, text: str, pos: int, endpos: int | None) -> list[int] | None:
        """Offsets where a match can start ([] when none can), or None when the pattern must scan."""
        if self.test_first and not self.may_match(text, pos, endpos):
            return []
        if self.anchors is None:
            return None
        return self.starts(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        starts = self._where(text, pos, endpos)
        if starts == []:
            return None
        if endpos is None:
            endpos = len(text)  # the same stretch; re takes no None
        if starts is None:
            return self._engine(text).search(text, pos, endpos)
        match = self._engine(text).match
        for start in starts:  # the leftmost start where the pattern matches: where a scan would stop
            m = match(text, start, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        starts = self._where(text, pos, endpos)
        if starts == []:
            return iter(())
        if endpos is None:
            endpos = len(text)  # the same stretch; re takes no None
        if starts is None:
            return self._engine(text).finditer(text, pos, endpos)
        return self._matches_at(text, starts, endpos)

    def _matches_at(self, text: str, starts: list[int], endpos: int):
        """The matches a scan finds: at each start in order, none inside the one before (no match is empty)."""
        match = self._engine(text).match
        done = -1
        for start in starts:
            if start < done:
                continue
            m = match(text, start, endpos)
            if m is not None:
                done = m.end()
                yield m

    def __getattr__(self, name: str):
        if name in Gated.__slots__:  # not set yet (copying, unpickling)
            raise AttributeError(name)
        return getattr(self.pattern_, name)


class Tail:
    """A pattern that only matches up to the end of the stretch it is given (it ends in ``$``), as
    the context tests before a word do ("over the" before a place).  ``search`` first asks the
    same pattern compiled to match backwards (``regex.REVERSE``) whether there is any match at
    all; only then does the forward search run and give its own match.  Results are those of
    the pattern itself.

    The backward pattern is matched, not searched: a match must end where ``$`` does, at the
    end of the stretch or before a newline that ends it, and a backward search would try every
    other offset of the stretch too, each failing at once but costing a call into the engine.
    """

    __slots__ = ("pattern_", "reverse", "match", "fullmatch")

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern_ = pattern
        self.reverse = regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
        self.match, self.fullmatch = pattern.match, pattern.fullmatch

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self.ends(text, pos, endpos):
            return None
        return self.pattern_.search(text, pos, endpos, KEEP_GIL)

    def ends(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """``bool(self.search(text, pos, endpos))``: the backward match alone (for a test that needs no span)."""
        end = len(text) if endpos is None else endpos
        return self.reverse.match(text, pos, end, KEEP_GIL) is not None or (
            end > pos and text[end - 1] == "\n" and self.reverse.match(text, pos, end - 1, KEEP_GIL) is not None)  # "$" before a final newline

    def __getattr__(self, name: str):
        if name in Tail.__slots__:
            raise AttributeError(name)
        return getattr(self.pattern_, name)
