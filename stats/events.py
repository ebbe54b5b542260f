"""Incidents that are not interceptions: alerts, restrictions, explosions, fires, damage, debris, casualties.

A sentence reports an event when it has one of the kind's cue phrases (and,
for kinds that need one, a verb such as "declared" or "heard" in the same
sentence), not negated ("no casualties", "without damage") and not hedged
("potential damage", "allegedly").  The region is the sentence's own place;
a sentence without one continues the place of the sentences before it,
unless that place was abroad.  One row per document, kind, region and date:
later mentions of the same event add nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from stats.dates import _TIME
from stats.extract import SentenceFacts
from stats.gates import RE_FOLDS_TO_ASCII, Gated, Twin, may_hold, whole_words
from stats.gazetteer import Gazetteer
from stats.patterns import EVENT_WORDS, V, squeeze_spaces, words

RE_QUOTES = Twin(regex.compile(r"[\"'“”‘’«»]"))  # Twin: run by re where it finds the same (stats.gates)
RE_CLOCK = Gated(regex.compile(r"(?<![\w:])(?:at\s+(?:about\s+|around\s+)?)?" + _TIME, regex.IGNORECASE), frozenset({"midnight", "noon"}), digits=True)
RE_COUNTED = regex.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a series of|a number of)\s+(?:[\w-]+\s+)?$", regex.IGNORECASE)
RE_CLAUSE_PUNCT = regex.compile(r"[,;:—–]\s")
PHYSICAL = ("casualty", "fire", "damage")  # when present, debris in the same sentence is their cause, not an event of its own


@dataclass
class Event:
    kind: str
    region_code: str
    start: int
    end: int
    evidence: str
    detail: str
    when_text: str | None
    event_date: dt.date | None


@cache
def _cues() -> dict[str, tuple[regex.Pattern, regex.Pattern | None]]:
    out = {}
    for kind, spec in V["events"].items():
        out[kind] = (words(spec["cues"]), words(spec["verbs"]) if spec["verbs"] else None)
    return out


RE_NEGATION = regex.compile(r"(?<![\w-])(?:" + "|".join(V["negations"]) + r")(?![\w-])(?:\s+[\w-]+){0,3}\s*$", regex.IGNORECASE)
RE_HEDGE = words(V["hedges"])
# Words of a cue that the sentences around claims often have without it ("missile alert": "missile"; "lost their
# lives": "their"; "broken windows": "windows", in "stay away from the windows"): the cue's other words are tested.
CUE_COMMON_WORDS = frozenset({"missile", "operation", "their", "windows", "shelter"})


def find_events(text: str, facts: list[SentenceFacts], gaz: Gazetteer) -> list[Event]:
    """Events of a document from its analysed sentences (see stats.extract.analyze_sentence)."""
    plain = None  # the text with quotation marks as spaces (same length: offsets stay valid), made when first needed
    events: dict[tuple, Event] = {}
    cue_words = _cue_words()
    for f in facts:
        s = f.sentence
        words = f.doc.words(s.index)
        if words.isdisjoint(EVENT_WORDS):
            continue
        # its words are what the patterns see (see stats.gates): always so in a document without such a letter
        trusted = f.doc.words_trusted or not RE_FOLDS_TO_ASCII.search(text, s.start, s.end)
        if trusted and cue_words is not None and words.isdisjoint(cue_words):
            continue  # no cue can match: none of the words every cue leaves whole is a word of the sentence
        if plain is None:
            plain = RE_QUOTES.sub(" ", text)
        kinds = _kinds_in(plain, s.start, s.end, words if trusted else None)
        if not kinds:
            continue
        if "debris" in kinds and any(k in kinds for k in PHYSICAL):
            del kinds["debris"]
        own = [p for p in f.places if p.scope != "generic"]
        codes = list(dict.fromkeys(p.code for p in own if p.code and not p.code.startswith("OTHER")))
        if own:
            region_codes = codes
        else:
            last = f.doc.last_place(s.index)
            region_codes = [last] if last else []
        when = f.times
        clock = [m.group().strip() for m in RE_CLOCK.finditer(text, s.start, s.end) if not any(t.start <= m.start() < t.end for t in when)]
        when_text = "; ".join([t.text for t in when] + clock) or None
        event_date = next((t.date for t in when if t.date), None)
        for kind, cue in kinds.items():
            for code in region_codes:
                key = (kind, code, event_date)
                if key not in events:
                    events[key] = Event(kind, code, s.start, s.end, text[s.start:s.end], _detail(text, s.start, s.end, cue), when_text, event_date)
    return sorted(events.values(), key=lambda e: (e.start, e.kind))


def _needs(phrases, common: frozenset[str] = frozenset()) -> tuple[frozenset[str], ...]:
    """What a sentence's words must hold where a phrase matches (``stats.gates.may_hold``): one of the words the
    phrases leave whole (``stats.gates.whole_words``); nothing to hold when a phrase leaves none."""
    found = whole_words(phrases, common)
    return () if found is None else (found,)


HEDGE_NEEDS = _needs(V["hedges"])


@cache
def _kind_words() -> dict[str, frozenset[str] | None]:
    """Per kind, the words its cues leave whole in the text (``stats.gates.whole_words``)."""
    return {kind: whole_words(spec["cues"], CUE_COMMON_WORDS) for kind, spec in V["events"].items()}


@cache
def _verb_needs() -> dict[str, tuple[frozenset[str], ...]]:
    """Per kind with verbs, what a sentence's words must hold for one of its verbs to match in it (``_needs``)."""
    return {kind: _needs(spec["verbs"]) for kind, spec in V["events"].items() if spec["verbs"]}


@cache
def _cue_words() -> frozenset[str] | None:
    """For each cue phrase, a word that stands whole in the text wherever the cue matches (``stats.gates.whole_words``)."""
    return whole_words([c for spec in V["events"].values() for c in spec["cues"]], CUE_COMMON_WORDS)


@cache
def _any_cue() -> regex.Pattern:
    return words([c for spec in V["events"].values() for c in spec["cues"]])


def _kinds_in(plain: str, start: int, end: int, words: frozenset[str] | None = None) -> dict[str, tuple[int, int]]:
    """Kinds of events a sentence reports, each with the span of its cue.

    ``words``, the sentence's lower-case words (``DocSentences.words``), lets a
    kind none of whose cues' whole words is there be passed over unscanned, and
    so the verbs and hedges none of whose words is there.
    """
    found: dict[str, tuple[int, int]] = {}
    if words is None and not _any_cue().found(plain, start, end):
        return found  # no cue at all (with the sentence's words, the kinds below are passed over by them instead: cheaper)
    kind_words, verb_needs = _kind_words(), _verb_needs()
    hedged = may_hold(words, HEDGE_NEEDS)
    for kind, (cues, verbs) in _cues().items():
        if words is not None and kind_words[kind] is not None and words.isdisjoint(kind_words[kind]):
            continue  # none of its cues can match
        heard = False  # whether one of its verbs is in the sentence, looked for once
        if verbs is not None:
            heard = may_hold(words, verb_needs[kind]) and verbs.found(plain, start, end)
            if not heard and kind != "explosions":
                continue  # a kind with verbs needs one of them (explosions: or a count before the cue)
        for m in cues.finditer(plain, start, end):
            before = plain[max(start, m.start() - 40):m.start()]
            if RE_NEGATION.search(before):
                continue
            if hedged and RE_HEDGE.search(plain, max(start, m.start() - 30), m.start()):
                continue
            if kind == "explosions" and not (heard or RE_COUNTED.search(before)):
                continue
            found[kind] = m.span()
            break
    return found


def _detail(text: str, start: int, end: int, cue: tuple[int, int]) -> str:
    """The clause around the cue, at most about 160 characters."""
    left = max(start, cue[0] - 80)
    right = min(end, cue[1] + 80)
    for m in RE_CLAUSE_PUNCT.finditer(text[left:cue[0]]):
        left_candidate = left + m.end()
        if cue[0] - left_candidate < 80:
            left = left_candidate
            break
    m = RE_CLAUSE_PUNCT.search(text[cue[1]:right])
    if m and m.start() > 10:
        right = cue[1] + m.start()
    elif right < end:  # end on a word boundary
        space = text.rfind(" ", cue[1], right)
        right = space if space > cue[1] else right
    if left > start and not text[left - 1].isspace() and text[left - 1] not in ",;:—–":
        space = text.find(" ", left, cue[0])
        left = space + 1 if space >= 0 else left
    return squeeze_spaces(text[left:right]).strip(" ,;")
