"""Finding time expressions and resolving them to the date the interceptions happened.

A claim's ``event_date`` is the Moscow date on which its time window ends:
"overnight" in an article published on 2024-07-27 is 2024-07-27; "from 11:23 pm
on November 11 to 7:00 am on November 12" ends on November 12.  The anchor is
the publication date from metadata; without it a year can come from
``--assume-year``.  A date without a year and without an anchor stays
unresolved and ``when_text`` keeps it: we never guess a year.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import regex

from stats.gates import RE_DIGIT, Gated, Twin, may_hold
from stats.text import RE_LINE


def once_per_text(pending=None, key=lambda *rest: rest):
    """Find ``fn(text, *rest)`` once for the text looked at last (the same object) and ``key(*rest)``: every sentence of a
    document asks, and the answer is the document's.  Asked again while it is being found (a stamped line, looked at for the
    day headings, asks for the headings above it), it answers ``pending``."""
    def decorate(fn):
        last: list = [None, None, None]  # the text, the key, the answer

        @functools.wraps(fn)
        def cached(text: str, *rest):
            k = key(*rest)
            if last[0] is not text or last[1] != k:
                last[:] = [text, k, pending]
                try:
                    last[2] = fn(text, *rest)
                except BaseException:
                    last[0] = None
                    raise
            return last[2]
        return cached
    return decorate

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MSK = dt.timezone(dt.timedelta(hours=3))

_MONTH = r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY = r"(?<![:.]\d)(?<![:.])(?P<{g}>[0-3]?\d)(?![:.]\d)(?:st|nd|rd|th)?"  # (not a clock's hours or minutes: "23:00 Mar 20 – 07:00")
_MONTH_NAME = _MONTH.replace("(?P<{g}>", "(?:")  # a month's name, no group
_YEAR = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d))?"


def _date(tag: str) -> str:
    """A date like 'November 12', '12 November', 'Nov. 12, 2024' with groups suffixed by tag.

    A range of days ("Nov. 9-10", "8-9 August") means its last day: the night ends then.
    """
    return (
        r"(?:" + _MONTH.format(g=f"m1{tag}") + r"\s+(?:[0-3]?\d\s*[-–]\s*)?" + _DAY.format(g=f"d1{tag}") + _YEAR.format(g=f"y1{tag}")
        + r"|(?:[0-3]?\d\s*[-–]\s*)?" + _DAY.format(g=f"d2{tag}") + r"\s+(?:of\s+)?" + _MONTH.format(g=f"m2{tag}") + _YEAR.format(g=f"y2{tag}") + r")"
    )


_ZONE = r"\s*(?:\(?Moscow\s+time|MSK|GMT|local\s+time|hrs\b|hours\b)"
_MILITARY = r"(?:[01]\d|2[0-3])[0-5]\d(?=" + _ZONE + r"|\s+(?:and|to|until|till)\s+(?:[01]\d|2[0-3])[0-5]\d" + _ZONE + ")"  # "between 0100 and 0500 Moscow time"
_TIME = r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?|(?:1[0-2]|0?[1-9])\s*(?:a\.?m\.?|p\.?m\.?)|" + _MILITARY + r"|midnight|noon)(?:\s*(?:\(?Moscow\s+time\)?|MSK|local\s+time))?"
_TIME += r"(?:\s*\((?:[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC)\))?"  # "20:00 Moscow time (1700 GMT)": the same hour on another clock

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# "between Monday and Saturday morning": days apart, a span of many statements (day_spans; from one day to the next is a
# night: "the night from Friday to Saturday")
RE_DAY_SPAN = regex.compile(r"(?<![\w-])(?:between|from)\s+(?P<a>" + _WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?\s+"
                            r"(?:and|to|through|till|until)\s+(?P<b>" + _WEEKDAY + r")(?![\w-])", regex.IGNORECASE)
DAY_SPAN_NEEDS = (frozenset({"between", "from"}), frozenset(WEEKDAYS))
# "from 11:23 pm on November 11 to 7:00 am on November 12", "between 8 p.m. on Monday and 7 a.m. on Tuesday", "began at 23:00 on May 5 and ended at 6:00 on May 6"
RE_WINDOW = regex.compile(
    r"""
    (?:from|between|began\s+at|started\s+at|starting\s+at|beginning\s+at)\s+
    (?P<t1>""" + _TIME + r""")(?:\s+(?:on\s+)?(?:(?P<date1>""" + _date("a") + r""")|(?P<wd1>""" + _WEEKDAY + r""")))?
    (?:\s*,)?\s+(?:to|until|till|and\s+(?:concluded|ended|lasted\s+until|finished)\s+at|and|through)\s+
    (?P<t2>""" + _TIME + r""")(?:\s+(?:on\s+)?(?:(?P<date2>""" + _date("b") + r""")|(?P<wd2>""" + _WEEKDAY + r""")))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
RE_CLOCK = regex.compile(r"(?<![\w:.])(?:at\s+(?:about\s+|around\s+|approximately\s+)?)?(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?|(?:1[0-2]|0?[1-9])\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|" + _MILITARY + r")(?:\s*(?:\(?Moscow\s+time\)?|MSK|local\s+time))?", regex.IGNORECASE)
# "the night of May 24", "in the early hours of Aug. 31": a night that ends on that date
RE_NIGHT_OF = regex.compile(r"(?:on\s+|in\s+|during\s+)?(?:the\s+|(?<![\w-]))(?:night|(?:early|small|wee)\s+hours)\s+(?:of|to|into)\s+(?P<date>" + _date("n") + r")", regex.IGNORECASE)
# "the night of March 4 to 5": the night ends on the 5th; "the night of 31 December to 1 January": on the 1st
RE_NIGHT_RANGE = regex.compile(
    r"(?:(?:on\s+)?(?:the\s+|(?<![\w-]))night\s+(?:of|from)|(?<![\w-])overnight\s+(?:on|from))\s+(?:"  # "overnight on February 2 to 3"
    + _MONTH.format(g="m2r") + r"\s+[0-3]?\d\s+(?:to|into)\s+"
    + r"(?:" + _MONTH.format(g="m1r") + r"\s+)?" + _DAY.format(g="d1r")  # "February 29 to March 1": the end's own month
    + r"(?![\w])(?P<d2r>)(?P<y1r>)(?P<y2r>)"
    + r"|[0-3]?\d(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"(?:,?\s+(?:19|20)\d\d)?\s+(?:to|into)\s+"
    + _DAY.format(g="d1r") + r"\s+" + _MONTH.format(g="m1r") + _YEAR.format(g="y1r") + r"(?![\w])(?P<d2r>)(?P<y2r>)(?P<m2r>))",
    regex.IGNORECASE,
)
RE_EXPLICIT = regex.compile(r"(?<![\w/])(?P<date>" + _date("x") + r")(?![\w/])", regex.IGNORECASE)
RE_ISO = regex.compile(r"(?<![\d-])(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
# "15.03.2025", day first as in Russian; "13-03-2024", day first as Indian sites stamp their pages
RE_DOTTED = regex.compile(r"(?<![\d.-])(?P<d>[0-3]?\d)(?P<sep>[.-])(?P<m>[01]?\d)(?P=sep)(?P<y>20\d\d)(?!\d|[.-]\d)")
RE_RELATIVE = regex.compile(
    r"""(?<![\w-])(?P<rel>
        (?:(?:in|during|on)\s+the\s+night\s+(?:from|of)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:to|into)\s+
           | (?:(?:in|during|on)\s+)?the\s+night\s+(?:to|into)\s+  # "On the night to Thursday"
           | (?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+of\s+ | overnight\s+(?:(?:from\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:into|to)\s+)
        (?P<wd_end>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) |  # "the night from Monday to Tuesday": the night ends on Tuesday
        overnight | last\s+night | late\s+last\s+night | tonight | this\s+night | at\s+night |
        (?:during|over|in)\s+the\s+(?:past|last|previous)\s+night | during\s+the\s+night | over\s+the\s+night | (?:through|throughout)\s+the\s+night | the\s+previous\s+night |
        (?:during|over|in)\s+the\s+evening\s+and\s+(?:the\s+)?night |  # "during the evening and night": the night that ends the day said
        (?:in\s+)?the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)? | early\s+(?:this\s+)?morning | this\s+morning |
        (?:in|during)\s+(?:his|her|its|their|the)\s+morning\s+(?:summary|update|report|briefing|address|round-?up) |  # "said in his morning summary": the night ending that morning
        (?:in|during)\s+the\s+(?:morning|afternoon|evening) | that\s+(?:morning|night|evening|afternoon) | (?:that|the)\s+same\s+night |  # "said on Thursday that … that morning"
        the\s+night\s+before\s+last |  # the night that ended the day before
        the\s+night(?=\s+(?:drone\s+)?(?:attack|raid|assault)s?\b) |  # "the night attack on Cheboksary had been repelled"
        earlier\s+today | today | (?:earlier|later)\s+in\s+the\s+day | during\s+the\s+day | yesterday\s+evening | yesterday | the\s+previous\s+(?:day|evening) | (?<=\bsince\s)the\s+(?:evening|morning) |
        in\s+a\s+day | (?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|(?:few|two|three|four|five|six|\d)\s+hours) | last\s+evening | this\s+evening |
        earlier\s+this\s+(?:week|month) | last\s+week | this\s+week | recent\s+(?:days|weeks) |
        (?:early\s+|late\s+)?(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening))?
    )(?![\w-])""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "shortly after midnight", "before dawn": the night; "two days ago".  Apart from RE_RELATIVE, whose anchors would
# otherwise take in "at", "about", "two"…: this one is run only where "midnight", "dawn" or "ago" is.
DAYS_AGO = {"two": 2, "2": 2, "three": 3, "3": 3}
RE_SMALL_HOURS = regex.compile(
    r"""(?<![\w-])(?P<rel>
        (?:(?:shortly|just|soon)\s+)?(?:after|before)\s+(?:midnight|dawn) | (?:around|about|at)\s+(?:midnight|dawn) |
        (?P<ago>""" + "|".join(DAYS_AGO) + r""")\s+days\s+ago
    )(?![\w-])(?P<wd>)(?P<wd_end>)""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "a day earlier", "the day before": the day before the statement (not "the day before the vote"); run only where
# "day earlier" or "day before" is
RE_DAY_BEFORE = regex.compile(
    r"(?<![\w-])(?P<rel>(?:a|one|the)\s+day\s+(?:earlier|before))(?!\s+(?:yesterday|the|a|an|this|that|his|her|its|their)\b)(?![\w-])(?P<wd>)(?P<wd_end>)",
    regex.IGNORECASE)
# Feasts that name a day: "on New Year's night" (the night that ends on January 1), "on New Year's Eve",
# "on Victory Day".  Their year is the publication's, as for a written date without one.
HOLIDAYS = {"new year's night": (1, 1), "new year's eve": (12, 31), "the eve of new year": (12, 31), "new year's day": (1, 1),
            "victory day": (5, 9)}
RE_HOLIDAY = regex.compile(
    r"(?<![\w-])(?P<name>new\s+year(?:['’]s|s)?\s+(?:night|eve|day)|the\s+eve\s+of\s+(?:the\s+)?new\s+year|victory\s+day)(?![\w-])",
    regex.IGNORECASE)
# "MOSCOW, July 27. /TASS/" or "BELGOROD, August 2 (Reuters)"
RE_DATELINE = regex.compile(r"\A\s*(?:[A-Z][A-Z .'-]+),\s+(?P<date>" + _date("l") + r")\s*[./(]", regex.IGNORECASE)


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    kind: str  # window, night_of, date, relative
    date: dt.date | None = None            # the day it points to (window: the end day)
    window_start: str | None = None
    window_end: str | None = None
    problem: str | None = None
    relative: str | None = None            # night, day, yesterday, weekday, vague; a clock: since ("since 3 a.m.")
    announcement: bool = False             # "said on Sunday": when it was said, not when it happened
    dateline: bool = False                 # "MOSCOW, July 27." or a date standing alone: the article's date
    stamp: bool = False                    # a clock opening a line of posts ("23:48 — …"): when that post was made
    post: bool = False                     # a stamp on a line of its own, over a live page's post ("08:12 GMT\nHeading")
    clocks: tuple | None = None            # window: ((h1, m1), (h2, m2))
    zone: dt.tzinfo | None = None          # window: the zone its clocks are told in ("between 21:40 and 23:20 Kyiv time"), not Moscow's


@dataclass(frozen=True)
class Anchor:
    """What relative and yearless expressions are resolved against."""

    day: dt.date | None = None   # publication date (or dateline day with an assumed year)
    year: int | None = None      # a year to give yearless dates
    text: str = field(default="", repr=False, compare=False)  # without a day: the text, for its written dates

    @classmethod
    def make(cls, published: str | None, text: str, assume_year: int | None) -> Anchor:
        """From metadata, the dateline and --assume-year, in that order of trust."""
        if published and len(published) == 10:
            day = dt.date.fromisoformat(published)
            return cls(day, day.year)
        year = int(published[:4]) if published else assume_year
        match = RE_DATELINE.match(text)
        if match and year:
            parsed = _parse_date(match, "l", year)
            if parsed:
                return cls(parsed, year)
        return cls(None, year, text)

    def weekday_day(self, weekday: str) -> dt.date | None:
        """Without a day to count back from, the one full date the text writes that falls on ``weekday``.

        An article without a date that says "on Sunday" and quotes a post of
        "November 10, 2024" (a Sunday) speaks of that Sunday.  Two such dates,
        or none, leave the weekday undated.

        >>> Anchor(None, None, "Posted on November 10, 2024.").weekday_day("Sunday")
        datetime.date(2024, 11, 10)
        >>> Anchor(None, None, "Posted on November 10, 2024.").weekday_day("Monday") is None
        True
        """
        days = {d for d in written_days(self.text) if d.weekday() == WEEKDAYS[weekday.lower()]}
        return days.pop() if len(days) == 1 else None


def written_days(text: str) -> tuple[dt.date, ...]:
    """The dates with a year that ``text`` writes out ("November 10, 2024", "10 November 2024")."""
    found = []
    for m in RE_EXPLICIT.finditer(text):
        if m.group("y1x") or m.group("y2x"):
            day = _parse_date(m, "x", None)
            if day:
                found.append(day)
    return tuple(found)


# What every time expression has, a digit or one of these in any case: find_times looks no further where there is none.
# A written date has its day's digits (a month's name is no hint of its own), a weekday's name ends in "day",
# "yesterday" too, and "midnight" has "night": fewer words to look for in each sentence.
RE_TIME_HINT = regex.compile(r"\d|night|day|hours|morning|evening|week|month|noon|recent|dawn|new year", regex.IGNORECASE)
_HINT_WORDS = set(RE_TIME_HINT.pattern.split("|")) - {r"\d"}
RE_TIME_HINT = Gated(RE_TIME_HINT, frozenset(_HINT_WORDS) if all(w.replace(" ", "").isalpha() for w in _HINT_WORDS) else None,
                     digits=True, exact=True)
# A written date has a month's name and a day's digits.
RE_EXPLICIT = Gated(RE_EXPLICIT, frozenset(m[:3] for m in MONTHS), requires=RE_DIGIT, twin=True)  # twin: see stats.gates.Twin
RE_NIGHT_OF = Gated(RE_NIGHT_OF, frozenset({"night", "hours"}), requires=RE_DIGIT)
RE_NIGHT_RANGE = Gated(RE_NIGHT_RANGE, frozenset({"night", "overnight"}), requires=RE_DIGIT)
# A full date's year starts with "20" ("2024-05-02", "15.03.2025").
RE_ISO = Gated(RE_ISO, frozenset({"20"}), twin=True)
RE_DOTTED = Gated(RE_DOTTED, frozenset({"20"}), twin=True)
# A clock time has a digit then ":" or "." and a digit ("23:40", "7.30"), or a digit then "a"/"p" ("7 a.m.", "11pm"),
# or four digits before a time zone ("0300 Moscow time").
RE_CLOCK_HINT = Twin(regex.compile(r"\d(?:[:.]\d|\s*[ap])|\d\d\d\d\s*\(?(?:Moscow|MSK|GMT|local|hrs|hours)", regex.IGNORECASE))
RE_CLOCK = Gated(RE_CLOCK, frozenset(), digits=True, requires=RE_CLOCK_HINT, twin=True)
# A window starts with one of these ("from 23:00 to 6:00", "between 8 p.m. and 7 a.m.", "began at 23:00"): tried only where one is.
_WINDOW_STARTS = frozenset({"from", "between", "began", "started", "starting", "beginning"})
RE_WINDOW = Gated(RE_WINDOW, _WINDOW_STARTS, anchors=_WINDOW_STARTS)
# Every relative expression holds one of these: "overnight", "the early hours", "this morning", "today", "Monday", "last evening", "this week", "this month", "recent days".
# And each starts with one of these words (the first word of each alternative; "overnight" starts with "over", "later" with "late").
_RELATIVE_STARTS = frozenset({"at", "over", "last", "late", "tonight", "this", "during", "through", "throughout", "in", "within", "the", "early", "earlier", "today", "yesterday",
                              "recent", "on", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
RE_RELATIVE = Gated(RE_RELATIVE, frozenset({"night", "hour", "morning", "day", "evening", "week", "month", "recent"}), twin=True,
                    anchors=_RELATIVE_STARTS)
# What a sentence's words must hold for a pattern to match in it (stats.gates.may_hold): each of these words stands
# whole wherever it is matched (tests/test_speed_paths.py checks them).  A written date's month is a whole word
# ("Nov.", "November 12", "12 November 2024"), but not at the end of "the night of 12 Mar…", which has no end mark.
MONTH_WORDS = frozenset(MONTHS)
EXPLICIT_NEEDS = (MONTH_WORDS,)
NIGHT_OF_NEEDS = (frozenset({"night", "hours"}),)
NIGHT_RANGE_NEEDS = (frozenset({"night", "overnight"}), MONTH_WORDS)
RELATIVE_NEEDS = (frozenset({"overnight", "night", "tonight", "hours", "morning", "today", "day", "yesterday", "evening", "week", "month",
                             "recent"}) | frozenset(WEEKDAYS),)
RE_SMALL_HOURS = Gated(RE_SMALL_HOURS, frozenset({"midnight", "dawn", "ago"}))
SMALL_HOURS_NEEDS = (frozenset({"midnight", "dawn", "ago"}),)
RE_DAY_BEFORE = Gated(RE_DAY_BEFORE, frozenset({"day earlier", "day before"}))
DAY_BEFORE_NEEDS = (frozenset({"day"}), frozenset({"earlier", "before"}))


RE_HOLIDAY = Gated(RE_HOLIDAY, frozenset({"new year", "victory day"}))


RE_SINCE_BEFORE = regex.compile(r"(?:since|from)\s+$", regex.IGNORECASE)
RE_SINCE_CLOCK_BEFORE = regex.compile(r"(?<![\w-])(?:since|as\s+of)\s+(?:about\s+|around\s+)?$", regex.IGNORECASE)  # "since 3 a.m.", "as of 02:40": up to then
# A clock of a zone far from the war's, in brackets: "(9 p.m. ET Monday)", "(1 p.m. Saturday to midnight ET)"; its weekday is
# that zone's, not the day of the event
RE_FAR_CLOCK = regex.compile(r"\((?=[^()\n]{0,40}?(?:\d|midnight|noon))(?=[^()\n]{0,40}?\b(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT)\b)[^()\n]{1,40}\)")
_SINCE_EVENING_CLOCK = r"(?:since|from|(?:began|started)\s+at)\s+(?:(?:1[5-9]|2[0-3])[:.][0-5]\d|(?:[3-9]|1[01])(?:[:.][0-5]\d)?\s*p\.?m\.?)(?:\s+\w+\s+time)?(?:\s*\([^()\n]{1,20}\))?"  # "since 22:00", "since 7 p.m.", "from 18:00 Kyiv time (16:00 GMT)"
RE_SINCE_EVENING_OF = regex.compile(r"(?<![\w-])(?:since\s+the\s+(?:evening|night)\s+of|" + _SINCE_EVENING_CLOCK + r"\s+on)\s+$",
                                     regex.IGNORECASE)  # and "From 18:00 on 9 March …" in the Air Force's morning report
RE_SINCE_EVENING = regex.compile(r"(?:evening|night)$", regex.IGNORECASE)
RE_SINCE_EVENING_CLOCK = regex.compile(r"(?<![\w-])(?:" + _SINCE_EVENING_CLOCK + r"|(?:since|from)\s+(?:the\s+)?(?:early\s+|late\s+)?evening)\s+$",
                                       regex.IGNORECASE)  # before "on Sunday"; "from the early evening on Friday"
RE_SINCE_MIDNIGHT = Gated(regex.compile(r"(?<![\w-])since\s+midnight\b", regex.IGNORECASE), frozenset({"midnight"}))
RE_OPENING_ON = regex.compile(r"\s*(?:on\s+)?", regex.IGNORECASE)
RE_COMMAS_SPACES = regex.compile(r"[\s,]*")
RE_SPACES = regex.compile(r"\s+")


def find_times(text: str, start: int, end: int, anchor: Anchor, words: frozenset[str] | None = None) -> list[TimeExpr]:
    """Time expressions in ``text[start:end]``, resolved against ``anchor`` where possible.

    ``words``, the stretch's lower-case words when they are what the patterns see
    (``stats.extract.DocSentences.words``), lets patterns that need a word not there be passed over.
    """
    found: list[TimeExpr] = []
    if not RE_TIME_HINT.found(text, start, end):
        return found
    taken: list[tuple[int, int]] = []

    def free(m) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for m in RE_WINDOW.finditer(text, start, end):
        found.append(_window(m, anchor))
        taken.append(m.span())
    for m in (RE_NIGHT_RANGE.finditer(text, start, end) if may_hold(words, NIGHT_RANGE_NEEDS) else ()):
        day, problem = _resolve_date(m, "r", anchor)
        found.append(TimeExpr(m.start(), m.end(), m.group(), "night_of", day, problem=problem))
        taken.append(m.span())
    for m in (RE_NIGHT_OF.finditer(text, start, end) if may_hold(words, NIGHT_OF_NEEDS) else ()):
        if free(m):
            day, problem = _resolve_date(m, "n", anchor)
            found.append(TimeExpr(m.start(), m.end(), m.group(), "night_of", day, problem=problem))
            taken.append(m.span())
    dateline = _dateline_span(text)
    if dateline:
        taken.append(dateline)
    if text.find("(", start, end) >= 0:  # "after 4 a.m. local time (9 p.m. ET Monday)": the same hour told on a far clock
        taken.extend(m.span() for m in RE_FAR_CLOCK.finditer(text, start, end))
    for m in (RE_EXPLICIT.finditer(text, start, end) if may_hold(words, EXPLICIT_NEEDS) else ()):
        if free(m) and not RE_SINCE_BEFORE.search(text[max(start, m.start() - 8):m.start()]):
            day, problem = _resolve_date(m, "x", anchor)
            if RE_SINCE_EVENING_OF.search(text, max(start, m.start() - 30), m.start()):
                # "launched since the evening of Oct. 16" (said on Monday): the night up to when it was said, as "since Sunday evening"
                found.append(TimeExpr(m.start(), m.end(), m.group(), "relative", day, problem=problem, relative="night"))
            else:
                found.append(TimeExpr(m.start(), m.end(), m.group(), "date", day, problem=problem))
            taken.append(m.span())
    for m in (*RE_ISO.finditer(text, start, end), *RE_DOTTED.finditer(text, start, end)):
        if free(m):
            try:
                day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            found.append(TimeExpr(m.start(), m.end(), m.group(), "date", day))
            taken.append(m.span())
    for m in (RE_DAY_OF_MONTH.finditer(text, start, end) if words is None or words & ORDINAL_ENDS else ()):
        if free(m):
            day, problem = _day_of_month(int(m["d"]), m.group().strip(), anchor)
            found.append(TimeExpr(m.start(), m.end(), m.group(), "date", day, problem=problem))
            taken.append(m.span())
    for m in RE_HOLIDAY.finditer(text, start, end):
        if free(m):
            found.append(_holiday(m, anchor))
            taken.append(m.span())
    for m in (RE_RELATIVE.finditer(text, start, end) if may_hold(words, RELATIVE_NEEDS) else ()):
        if free(m):
            expr = _relative(m, anchor)
            if RE_SINCE_EVENING.search(m.group()) and RE_SINCE_CLOCK_BEFORE.search(text, max(start, m.start() - 20), m.start()):
                expr.relative = "night"  # "since Tuesday evening": the night up to when it was said
            elif m["wd"] and RE_SINCE_EVENING_CLOCK.search(text, max(start, m.start() - 45), m.start()):
                expr.relative = "night"  # "34 drones … since 22:00 on Sunday" (said on Monday): the night up to when it was said
            found.append(expr)
            taken.append(m.span())
    for pattern, needs in ((RE_SMALL_HOURS, SMALL_HOURS_NEEDS), (RE_DAY_BEFORE, DAY_BEFORE_NEEDS)):
        for m in (pattern.finditer(text, start, end) if may_hold(words, needs) else ()):
            if free(m):
                found.append(_relative(m, anchor))
                taken.append(m.span())
    for m in RE_CLOCK.finditer(text, start, end):
        if free(m):
            since = RE_SINCE_CLOCK_BEFORE.search(text, max(start, m.start() - 20), m.start()) is not None
            expr = TimeExpr(m.start(), m.end(), m.group(), "clock", relative="since" if since else None)
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            speaker = RE_STAMP_SPEAKER.fullmatch(line) is not None  # "Shapsha, 07:55" over the post
            if not since and (not line.strip() or RE_STAMP_DATE.fullmatch(line) or speaker) and m.start() in _stamps_of(text):
                expr.stamp, expr.announcement, expr.date = True, True, stamp_day(text, m.start(), anchor)  # "23:48 — …" opens a line
                expr.post = speaker or RE_STAMP_ALONE.match(text, m.end()) is not None
            found.append(expr)
            taken.append(m.span())
    for m in RE_SINCE_MIDNIGHT.finditer(text, start, end):
        if free(m):
            found.append(TimeExpr(m.start(), m.end(), m.group(), "clock", relative="since"))
            taken.append(m.span())
    found.sort(key=lambda t: t.start)
    found = _night_spans(text, found)
    _mark_roles(text, start, end, found)
    if len(found) > 1 and any(t.kind == "date" for t in found) and any(t.kind == "clock" for t in found):
        _to_moscow_days(text, found)
    return found


# "On the evening of the 18th two drones …", "on the 3rd, at 22:10": a day of the month by its number alone, told as a time (not
# "the 93rd brigade", "the 18th century": a word follows that is no time's)
ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})  # the letters of "18th" (a sentence's words are its runs of letters): what RE_DAY_OF_MONTH needs
RE_DAY_OF_MONTH = regex.compile(
    r"(?<![\w-])(?:(?:on|by)\s+the\s+(?:(?:night|evening|morning|afternoon)\s+of\s+the\s+)?|(?:the\s+)?(?:night|evening|morning|afternoon)\s+of\s+the\s+)"
    r"(?P<d>[1-3]?\d)(?:st|nd|rd|th)(?=\s*[,.;:!?)]|\s+(?:at|around|about|when|and|two|three|four|five|six|seven|eight|nine|ten|a|an|\d+)\b)",
    regex.IGNORECASE)

# "between late Tuesday and early Wednesday", "from late Sunday into Monday": a night, told by the days at its two ends
RE_NIGHT_SPAN_GAP = regex.compile(r"\s+(?:and|to|into|until|till|through)\s+", regex.IGNORECASE)
RE_LATE_DAY = regex.compile(r"(?:late|evening|night)\b", regex.IGNORECASE)
RE_SPAN_OPENS = regex.compile(r"(?<![\w-])(?:between|from)\s+$", regex.IGNORECASE)  # not "late on Friday and early on Saturday", two posts


def _night_spans(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A night told by its two days ("between late Tuesday and early Wednesday") happened on the later one: the earlier
    day is no time of its own."""
    drop = [a for a, b in zip(found, found[1:]) if a.kind == b.kind == "relative" and a.date and b.date
            and (b.date - a.date).days == 1 and RE_LATE_DAY.search(a.text) and RE_NIGHT_SPAN_GAP.fullmatch(text, a.end, b.start)
            and RE_SPAN_OPENS.search(text, max(0, a.start - 9), a.start)]
    return [t for t in found if t not in drop] if drop else found


RE_DATE_CLOCK_GAP = regex.compile(r"\s*,?\s*")
RE_MOSCOW_CLOCK = regex.compile(r"moscow|msk", regex.IGNORECASE)
RE_OWN_ZONE = regex.compile(r"\s*(?P<zone>GMT|UTC|Kyiv|Kiev)(?![\w-])(?:\s+time\b)?", regex.IGNORECASE)  # "at 23:40 Kyiv time": a clock of its zone
RE_CLOCK_DATE_GAP = regex.compile(r"\s*(?:on\s+|\(\s*)?", regex.IGNORECASE)  # "at 23:40 Kyiv time on 6 January", "2148 GMT (Sept 27)"


def _to_moscow_days(text: str, found: list[TimeExpr]) -> None:
    """A date told with its clock time in another zone's time is the Moscow date of that moment: "On 29 November at 23:20"
    in a text kept in Kyiv time (in winter) is 30 November, and so is "at 23:20 Kyiv time on 29 November" in any text."""
    for a, b in zip(found, found[1:]):
        if a.kind == "date" and a.date and b.kind == "clock" and RE_DATE_CLOCK_GAP.fullmatch(text, a.end, b.start):
            date, clock, own = a, b, RE_OWN_ZONE.match(text, b.end)
        elif b.kind == "date" and b.date and a.kind == "clock":
            own = RE_OWN_ZONE.match(text, a.end, b.start)
            if not RE_CLOCK_DATE_GAP.fullmatch(text, own.end() if own else a.end, b.start):
                continue
            date, clock = b, a
        else:
            continue
        if clock.stamp or clock.relative or RE_MOSCOW_CLOCK.search(clock.text):
            continue
        zone = zone_named(own["zone"]) if own else declared_zone(text)
        if zone is not None:
            hour, minute = clock_of(clock)
            date.date = moscow_day(date.date, hour * 60 + minute, zone)


# The zones a live page names beside its posts' clocks ("08:12 GMT") or over them ("All times are BST.")
_STAMP_ZONES = r"\(?(?:GMT|UTC)[ \t]*[+−-][ \t]*\d{1,2}\)|GMT|UTC|BST|CES?T|EES?T|Kyiv\s+time|Kiev\s+time|UK\s+time"  # and "(GMT+3)"
# A line that opens with a clock, as live posts and blogs do: "23:48 — "Two UAVs …"", "06:12 Mayor Sobyanin: …"
_STAMP_DATE = r"(?:[0-3]?\d[ \t]+" + _MONTH_NAME + r"|" + _MONTH_NAME + r"[ \t]+[0-3]?\d|[0-3]\d\.[01]\d\.20\d\d),?[ \t]+"  # "22 July, ", "21.09.2025 " over a post
RE_STAMP_DATE = regex.compile(r"[ \t]*" + _STAMP_DATE, regex.IGNORECASE)
# A line that names a post's speaker and its hour, the post below it: "Shapsha, 07:55", "Sobyanin, 23:47 (29 August)"
_STAMP_SPEAKER = r"[ \t]*(?-i:\p{Lu})[\w'’.-]*(?:[ \t]+[\w'’().-]+){0,7},[ \t]*"
_STAMP_SPEAKER_END = r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:?[ \t]*(?:\n|$)"
RE_STAMP_SPEAKER = regex.compile(_STAMP_SPEAKER)  # what stands before the hour
RE_SPEAKER_STAMP_LINE = regex.compile(_STAMP_SPEAKER + r"(?:[01]?\d|2[0-3])[:.][0-5]\d" + _STAMP_SPEAKER_END)  # the whole line
_STAMP_WEEKDAY = r"(?:[ \t]*\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\))?"  # "23:40 (Monday)": a post of the day before the page's
RE_STAMP_LINE = regex.compile(
    r"^[ \t]*(?:" + _STAMP_DATE + r"(?=[^\n]*\n))?(?P<t>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?)(?:\s*(?:\(?Moscow\s+time\)?|MSK|local\s+time|E[DS]?T|" + _STAMP_ZONES + r"))?"
    r"(?:[ \t]*(?:[—–|:·•-]+[ \t]*|\.[ \t]+(?=[\"“A-Z])|[ \t](?=[\"“A-Z]|\d{1,3}[ \t]+(?:more[ \t]+)?[^\W\d]{3}))(?=\S)"  # "07:40 9 drones …", "07:10. The …"
    r"|[ \t]*(?P<zone>" + _STAMP_ZONES + r")?" + _STAMP_WEEKDAY + r"[ \t]*\n(?=[ \t]*(?:[^\W\d]|\d{1,3}[ \t]+(?:more[ \t]+)?[^\W\d]{3})))"  # a live page's "08:12 GMT"
    # over its post's heading, or over a post that opens with its count ("02:47\n4 more UAVs have been shot down")
    r"|^" + _STAMP_SPEAKER + r"(?P<t>(?:[01]?\d|2[0-3])[:.][0-5]\d)(?=" + _STAMP_SPEAKER_END + r")",  # "Sobyanin, 23:47 (29 August)" over a post
    regex.IGNORECASE | regex.MULTILINE,
)
# What is left of the line of a post's stamp standing alone: its zone, if any
RE_STAMP_ALONE = regex.compile(r"[ \t]*(?:" + _STAMP_ZONES + r")?" + _STAMP_WEEKDAY + r"[ \t]*\n", regex.IGNORECASE)
RE_STAMPS_WEEKDAY = regex.compile(r"\((?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\)[ \t]*$", regex.IGNORECASE)


@once_per_text(pending={})
def _stamps_of(text: str) -> dict[int, int]:
    """The clocks that open lines of ``text``: their offsets, in order, and minutes after midnight."""
    found = {}
    for m in RE_STAMP_LINE.finditer(text):
        hour, minute = _clock(m["t"])
        found[m.start("t")] = hour * 60 + minute
    return found


# "(all times GMT)", "All times are Kyiv time (UTC+2).": the clock a live page keeps, when it is not Moscow's
RE_ZONE_DECLARED = regex.compile(
    r"(?<![\w-])(?:all\s+times\s+(?:are\s+|in\s+)?|times\s+(?:are|in)\s+|(?:live\s+)?updates\s+are\s+in\s+)"
    r"(?P<zone>GMT|UTC|BST|CES?T|EES?T|Kyiv|Kiev|London|UK|British\s+Summer|Paris|Berlin|Brussels|Central\s+European|Eastern\s+European|(?:US\s+)?Eastern)(?![\w-])(?:\s+time)?"
    r"(?:\s*[,(]?\s*(?:UTC|GMT)\s*(?P<sign>[+−-])\s*(?P<hours>\d{1,2})(?!\d))?",
    regex.IGNORECASE)
ZONES = {"gmt": "UTC", "utc": "UTC", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "london": "Europe/London", "uk": "Europe/London",
         "bst": "Europe/London", "british": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris", "eet": "Europe/Kyiv", "eest": "Europe/Kyiv",
         "paris": "Europe/Paris", "berlin": "Europe/Paris", "brussels": "Europe/Paris", "central european": "Europe/Paris",
         "eastern european": "Europe/Kyiv", "eastern": "America/New_York", "us eastern": "America/New_York"}  # a name, else its first word
# A post's clock with its zone, on a line of its own: "08:12 GMT"
RE_STAMP_ZONE = regex.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?[ \t]+(?P<zone>" + _STAMP_ZONES + r")[ \t]*$",
                              regex.IGNORECASE | regex.MULTILINE)


@once_per_text()
def declared_zone(text: str) -> dt.tzinfo | None:
    """The time zone a text says its clock times are in ("All times are Kyiv time (UTC+2)"), if it says so; found once per document.

    >>> declared_zone("Live (all times Kyiv, UTC+2)")
    datetime.timezone(datetime.timedelta(seconds=7200))
    >>> declared_zone("Live updates | Saturday, 4 April 2026 | All times are GMT+1")
    datetime.timezone(datetime.timedelta(seconds=3600))
    >>> declared_zone("Monday 19 December 2022 (all times GMT)")
    zoneinfo.ZoneInfo(key='UTC')
    >>> declared_zone("Live page\\n\\n06:40 BST\\nTwo drones downed, mayor says")
    zoneinfo.ZoneInfo(key='Europe/London')
    """
    lowered = text.lower()
    m = RE_ZONE_DECLARED.search(text) if "times" in lowered or "updates" in lowered else None
    offset = m and (m if m["hours"] else m["zone"].upper() in ("GMT", "UTC") and RE_ZONE_OFFSET.match(text, m.end("zone")))  # "All times are GMT+1"
    if offset:
        return _offset_zone(offset)
    m = m or RE_STAMP_ZONE.search(text)  # a live page whose posts' clocks name it: "08:12 GMT"
    return zone_named(m["zone"]) if m else None


RE_ZONE_OFFSET = regex.compile(r"(?P<sign>[+−-])[ \t]*(?P<hours>\d{1,2})")


def _offset_zone(m) -> dt.timezone:
    """The fixed zone of a match's ``sign`` and ``hours``: "UTC+2", "GMT+3"."""
    return dt.timezone((-1 if m["sign"] != "+" else 1) * dt.timedelta(hours=int(m["hours"])))


def zone_named(name: str) -> dt.tzinfo:
    """The zone a text names: "Kyiv time", "BST", "GMT", "(GMT+3)"."""
    offset = RE_ZONE_OFFSET.search(name)
    if offset:
        return _offset_zone(offset)
    name = RE_SPACES.sub(" ", name.lower())
    return ZoneInfo(ZONES.get(name) or ZONES[name.split()[0]])


def moscow_day(day: dt.date, minutes: int, zone: dt.tzinfo | None) -> dt.date:
    """The Moscow date of a clock time ``minutes`` after midnight on ``day`` in ``zone`` (``day`` itself without a zone).

    >>> moscow_day(dt.date(2026, 2, 14), 23 * 60 + 45, dt.timezone(dt.timedelta(hours=2)))
    datetime.date(2026, 2, 15)
    """
    if zone is None:
        return day
    local = dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)
    return local.astimezone(MSK).date()


# A monitoring service's source line: "Source: Governor's Telegram channel, in Russian 2150 gmt 23 Mar 26", or a span of
# posts, "in Ukrainian 0430-0715 gmt 17 Oct 22": when what it translates was posted
RE_SOURCE_GMT = regex.compile(
    r"^[ \t]*Source:[^\n]*?(?<!\d)(?P<start>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*-\s*(?P<end>(?:[01]\d|2[0-3])[0-5]\d))?\s+gmt\s+"
    r"(?P<d>[0-3]?\d)\s+(?P<m>[A-Za-z]{3,9})\.?\s+(?P<y>\d\d)[ \t.]*$",
    regex.IGNORECASE | regex.MULTILINE)


@once_per_text()
def source_line_day(text: str) -> dt.date | None:
    """The Moscow date on which the posts a monitoring service's source line cites were made (the end of a span of them);
    found once per document, as every claim without a time of its own asks.

    >>> source_line_day("Four drones were shot down over the sea.\\nSource: Telegram channel, in Russian 2150 gmt 23 Mar 26")
    datetime.date(2026, 3, 24)
    """
    lines = list(RE_SOURCE_GMT.finditer(text)) if "gmt" in text[-300:].lower() else []
    return _source_line_day(lines[-1]) if lines else None


def _source_line_day(m) -> dt.date | None:
    month = MONTHS.get(m["m"].lower())
    try:
        day = dt.date(2000 + int(m["y"]), month, int(m["d"])) if month else None
    except ValueError:
        return None
    clock = m["end"] or m["start"]
    return moscow_day(day, int(clock[:2]) * 60 + int(clock[2:]), dt.timezone.utc) if day else None


RE_HEADING_BEFORE_DATE = regex.compile(r"[ \t]*(?:" + _WEEKDAY + r",?[ \t]+)?", regex.IGNORECASE)


@once_per_text(pending=(), key=lambda anchor: anchor.day)
def _day_headings(text: str, anchor: Anchor) -> list[tuple[int, dt.date]]:
    """The lines that are a date alone ("Saturday, Feb. 14"): where each starts and its day."""
    found: list[tuple[int, dt.date]] = []
    for m in RE_LINE.finditer(text):
        line = m.group().strip()
        if len(line) > 40 or ":" in line or not any(ch.isdigit() for ch in line):
            continue
        dates = [t for t in find_times(text, m.start(), m.end(), anchor) if t.kind == "date" and t.date]
        if len(dates) == 1 and RE_HEADING_BEFORE_DATE.fullmatch(text, m.start(), dates[0].start) and not text[dates[0].end:m.end()].strip(" .,"):
            found.append((m.start(), dates[0].date))
    return found


def stamp_day(text: str, at: int, anchor: Anchor) -> dt.date | None:
    """The day of the post stamped with the clock at ``at``: the day of the date line above it ("Sunday, Feb. 15"), else
    the last post was made on the publication day, and the posts before it on that day or, across midnight, the day before.

    Posts are in the order of time or its reverse, whichever makes the gaps between them the shorter: 23:48, 00:35,
    02:10 cross midnight once; 02:10, 00:35, 23:48 too, newest first.

    >>> text = "Posts:\\n23:48 — Two drones.\\n00:35 — One more.\\n02:10 — Three more."
    >>> [stamp_day(text, text.index(c), Anchor(dt.date(2027, 2, 20))).day for c in ("23:48", "00:35", "02:10")]
    [19, 20, 20]
    """
    stamps = _stamps_of(text)
    if at not in stamps:
        return None
    headed = [(pos, day) for pos, day in _day_headings(text, anchor) if pos < at]
    if not headed and anchor.day is None:
        return None
    index, minutes = list(stamps).index(at), list(stamps.values())
    pairs = list(zip(minutes, minutes[1:]))
    forward = sum((b - a) % 1440 for a, b in pairs) <= sum((a - b) % 1440 for a, b in pairs)
    if headed:  # "Sunday, Feb. 15" on a line of its own over that day's posts; newest first, the day of the first of them
        heading, day = headed[-1]
        under = [minutes[k] for k, pos in enumerate(stamps) if heading < pos <= at]
        back = 0 if forward else sum(1 for a, b in zip(under, under[1:]) if crosses_midnight(b, a))
        return moscow_day(day - dt.timedelta(days=back), stamps[at], declared_zone(text))
    line_end = text.find("\n", at)
    named = RE_STAMPS_WEEKDAY.search(text, at, line_end if line_end >= 0 else len(text))
    if named and anchor.day is not None:  # "23:40 (Monday)" on a page of Tuesday: Monday's post, in the page's zone
        return moscow_day(weekday_before(anchor.day, named["wd"]), stamps[at], declared_zone(text))
    if not forward:
        minutes, index = minutes[::-1], len(minutes) - 1 - index
    back = sum(1 for a, b in zip(minutes[index:], minutes[index + 1:]) if crosses_midnight(a, b))  # midnights crossed after this post
    return moscow_day(anchor.day - dt.timedelta(days=back), stamps[at], declared_zone(text))  # a page kept in Kyiv time or GMT


def crosses_midnight(before: int, after: int) -> bool:
    """Whether a post at ``after`` minutes past midnight, told after one at ``before``, was made the next day (23:48, then
    00:35): not by a post made a little earlier in the morning than the one before it, another speaker's (06:12, 08:40,
    07:05: three governors' posts of one morning)."""
    return after < before and (after - before) % 1440 <= 720


@once_per_text()
def _dateline_span(text: str) -> tuple[int, int] | None:
    """The span of the document's dateline ("MOSCOW, July 27."), if it has one."""
    match = RE_DATELINE.match(text)
    return match.span() if match else None


def _mark_roles(text: str, start: int, end: int, found: list[TimeExpr]) -> None:
    """Flag announcement times ("said on Sunday, May 21") and datelines ("MOSCOW, May 16")."""
    sentence = text[start:end].strip()
    previous: TimeExpr | None = None
    for t in found:
        before = text[max(start, t.start - 70):t.start]
        opens = bool(RE_OPENING_ON.fullmatch(text[start:t.start]))  # "On January 5, the ministry announced …"
        if RE_ANNOUNCED_BEFORE.search(before) and t.kind != "night_of" or (opens and t.kind in ("date", "relative") and t.relative != "night"
                                                  and "night" not in t.text.lower()  # "Overnight into Friday, the ministry had reported …"
                                                  and RE_ANNOUNCED_AFTER.match(text, t.end, end)):
            t.announcement = True
        elif previous is not None and previous.announcement and RE_COMMAS_SPACES.fullmatch(text[previous.end:t.start]):
            t.announcement = True
        if RE_UPPER_DATELINE.search(text[max(start, t.start - 40):t.start]) or len(sentence) < len(t.text) + 30 and t.kind == "date" \
                and not RE_DAYS_COUNT_AFTER.match(text, t.end, end):  # (not "• Wed, Sep 10 — 122 drones.": the day of a count)
            t.dateline = True
        elif t.kind in ("clock", "date") and not t.post and RE_STAMP_BEFORE.search(text[max(start, t.start - 30):t.start]):
            # "Updated: 13-03-2024 10:55 IST" (not a post's "21.09.2025 00:32" over it)
            t.dateline = True
        previous = t


def _parse_date(m, tag: str, year: int | None) -> dt.date | None:
    month = m.group(f"m1{tag}") or m.group(f"m2{tag}")
    day = m.group(f"d1{tag}") or m.group(f"d2{tag}")
    y = m.group(f"y1{tag}") or m.group(f"y2{tag}")
    year = int(y) if y else year
    if not (month and day and year):
        return None
    try:
        return dt.date(year, MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def _resolve_date(m, tag: str, anchor: Anchor) -> tuple[dt.date | None, str | None]:
    """A written date to a day: its own year, else the anchor's (the latest not after the anchor day)."""
    has_year = bool(m.group(f"y1{tag}") or m.group(f"y2{tag}"))
    if has_year:
        return _parse_date(m, tag, None), None
    return _yearless(lambda year: _parse_date(m, tag, year), m.group().strip(), anchor)


def _yearless(day_in, written: str, anchor: Anchor) -> tuple[dt.date | None, str | None]:
    """A day written without its year (``day_in(year)`` gives it in a year): the anchor's, the latest not after the
    anchor day; one still to come within 60 days is no event date ("ahead of May 9", "ahead of Victory Day")."""
    if anchor.day:
        day = day_in(anchor.day.year)
        if day and day > anchor.day + dt.timedelta(days=1):
            if day - anchor.day <= dt.timedelta(days=60):  # a day still to come, not an event date
                return None, f"date {written!r} is after the publication date; not an event date"
            day = day_in(anchor.day.year - 1)  # "December 30" in an article of January 3
        return day, None
    if anchor.year:
        return day_in(anchor.year), None
    return None, f"date {written!r} has no year and there is no publication date; left unresolved"


def _day_of_month(d: int, written: str, anchor: Anchor) -> tuple[dt.date | None, str | None]:
    """A day of the month told by its number alone ("on the evening of the 18th"): of the anchor day's month when it is not
    past that day, else of the month before; with no anchor day, unresolved."""
    if anchor.day is None:
        return None, f"date {written!r} has no month and there is no publication date; left unresolved"
    year, month = anchor.day.year, anchor.day.month
    if d > anchor.day.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return dt.date(year, month, d), None
    except ValueError:
        return None, f"date {written!r} is not a day of the month before the publication date; left unresolved"


def _holiday(m, anchor: Anchor) -> TimeExpr:
    """A feast's day, its year found as a written date's without one (``_yearless``; a night is "night_of").

    >>> _holiday(RE_HOLIDAY.search("on New Year's night"), Anchor(dt.date(2023, 1, 2), 2023)).date
    datetime.date(2023, 1, 1)
    """
    name = RE_SPACES.sub(" ", m["name"].lower()).replace("’", "'").replace("new years", "new year's").replace("of the new", "of new")
    month, day_of_month = HOLIDAYS[name]
    kind = "night_of" if name.endswith("night") else "date"
    expr = TimeExpr(m.start(), m.end(), m.group(), kind)
    expr.date, expr.problem = _yearless(lambda year: dt.date(year, month, day_of_month), m.group(), anchor)
    return expr


RE_CLOCK_LEAD = regex.compile(r"^(?:at|about|around|approximately|\s)+", regex.IGNORECASE)  # "At about 14:35": the words before the hour


def hour_of(expr: TimeExpr) -> int | None:
    """The hour a clock time says ("At 14:35" → 14), None for other times."""
    if expr.kind != "clock":
        return None
    return clock_of(expr)[0]


def clock_of(expr: TimeExpr) -> tuple[int, int]:
    """The hour and minute of a clock time ("At about 23:20" → (23, 20))."""
    return _clock(RE_CLOCK_LEAD.sub("", expr.text))


def minutes_of(expr: TimeExpr) -> int:
    """The minutes past midnight of a clock time ("At about 23:20" → 1400)."""
    hour, minute = clock_of(expr)
    return hour * 60 + minute


def _clock(t: str) -> tuple[int, int]:
    """'11:23 pm' → (23, 23); 'midnight' → (0, 0); '7 a.m.' → (7, 0)."""
    s = regex.sub(r"([ap])\.?m\.?", r"\1m", t.lower()).replace("moscow time", "").replace("msk", "").replace("local time", "").strip(" ()")
    if s.startswith("midnight"):
        return 0, 0
    if s.startswith("noon"):
        return 12, 0
    m = regex.match(r"(\d{1,2})(?:[:.]?(\d\d))?\s*(am|pm)?", s)  # "0100": a military clock
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    return min(hour, 23), min(minute, 59)


def _window(m, anchor: Anchor) -> TimeExpr:
    h1, m1 = _clock(m["t1"])
    h2, m2 = _clock(m["t2"])
    d2, problem = (_resolve_date(m, "b", anchor) if m["date2"] else (None, None))
    d1, problem1 = (_resolve_date(m, "a", anchor) if m["date1"] else (None, None))
    d2 = d2 or _weekday_date(m["wd2"], anchor)
    d1 = d1 or _weekday_date(m["wd1"], anchor)
    problem = problem or problem1
    if d2 is None and d1 is not None:
        d2 = d1 + dt.timedelta(days=1) if (h2, m2) <= (h1, m1) else d1
    if d1 is None and d2 is not None:
        d1 = d2 - dt.timedelta(days=1) if (h2, m2) <= (h1, m1) else d2
    own = RE_OWN_ZONE.match(m.string, m.end())
    zone = zone_named(own["zone"]) if own else None
    if d2 and zone is not None:
        d2 = moscow_day(d2, h2 * 60 + m2, zone)  # "between 21:40 and 23:20 Kyiv time on 11 January" (winter) ends on 12 January in Moscow
    expr = TimeExpr(m.start(), m.end(), m.group(), "window", d2, problem=problem, clocks=((h1, m1), (h2, m2)), zone=zone)
    if d2:
        set_window(expr, d2)
    return expr


def _weekday_date(weekday: str | None, anchor: Anchor) -> dt.date | None:
    """The day a weekday names ("on Tuesday", a window's "on Monday"): the last such day up to the publication
    date, else the one written date of that weekday (``Anchor.weekday_day``)."""
    if not weekday:
        return None
    return weekday_before(anchor.day, weekday) if anchor.day else anchor.weekday_day(weekday)


def set_window(expr: TimeExpr, end_day: dt.date) -> None:
    """Fill a window's timestamps given the day it ends on (a start after the end is the evening before)."""
    (h1, m1), (h2, m2) = expr.clocks
    zone = expr.zone or MSK  # ``end_day`` is Moscow's; the clocks are the zone's they were told in
    end = dt.datetime(end_day.year, end_day.month, end_day.day, h2, m2, tzinfo=zone)
    if end.astimezone(MSK).date() > end_day:
        end -= dt.timedelta(days=1)  # 23:20 Kyiv time on the 11th is 00:20 on the 12th in Moscow
    start_day = end.date() - dt.timedelta(days=1) if (h2, m2) <= (h1, m1) else end.date()
    start = dt.datetime(start_day.year, start_day.month, start_day.day, h1, m1, tzinfo=zone)
    expr.date = end_day
    expr.window_start = start.astimezone(MSK).isoformat(timespec="minutes")
    expr.window_end = end.astimezone(MSK).isoformat(timespec="minutes")


def _alone_on_its_line(m) -> bool:
    """Whether a match is all its line holds (a heading: "Monday" over that day's news)."""
    text = m.string
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    return text[start:end if end >= 0 else len(text)].strip() == m.group().strip()


def _relative(m, anchor: Anchor) -> TimeExpr:
    rel = RE_SPACES.sub(" ", m["rel"].lower())
    expr = TimeExpr(m.start(), m.end(), m.group(), "relative")
    if "week" in rel or "recent" in rel or "month" in rel:
        expr.relative = "vague"
    elif m["wd"] or m["wd_end"]:
        expr.relative = "weekday"
    elif rel.startswith("yesterday") or rel in ("last evening", "the previous day", "the previous evening", "the night before last") \
            or rel.endswith(("day earlier", "day before")):
        expr.relative = "yesterday"
    elif m.groupdict().get("ago"):
        expr.relative = "ago"  # "two days ago"
    elif rel.endswith(" night"):
        expr.relative = "night"  # "during the evening and night"
    elif "today" in rel or "evening" in rel or rel.endswith(" day") or rel.endswith("hours"):
        expr.relative = "day"
    else:
        expr.relative = "night"
    expr.date = _weekday_date(m["wd"] or m["wd_end"], anchor) if expr.relative == "weekday" else relative_day(expr, anchor.day)
    if m["wd"] and rel.endswith("night") and anchor.day and expr.date == anchor.day - dt.timedelta(days=1):
        expr.date = anchor.day  # "on Thursday night" in a Friday article: the night that ended on Friday
    if m["wd"] and anchor.day and expr.date and expr.date > anchor.day and _alone_on_its_line(m):
        expr.date -= dt.timedelta(days=7)  # "Monday" over that day's news in Sunday's weekly digest: the Monday gone by
    if expr.date is None and anchor.day is None:
        expr.problem = f"{m.group()!r} cannot be dated without a publication date"
    elif expr.relative == "vague":
        expr.problem = f"{m.group()!r} does not name a day"
    return expr


def day_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of days apart in ``text[start:end]``, which sum many statements: "between Monday and Saturday morning"
    (not "from Friday to Saturday", a night).

    >>> day_spans("It downed 1,684 drones between Monday and Saturday, and 12 from Friday to Saturday.", 0, 83)
    [(23, 50)]
    """
    return [m.span() for m in RE_DAY_SPAN.finditer(text, start, end) if (WEEKDAYS[m["b"].lower()] - WEEKDAYS[m["a"].lower()]) % 7 >= 2]


# "across 21-23 May", "from May 21 to 23": days of one month apart (not "23-24 May", a night)
_DAYS_APART = r"(?:(?:from|between)\s+(?P<a{g}>[0-3]?\d)\s+(?:to|and|until|till|through)\s+|(?P<c{g}>[0-3]?\d)\s*[-–—]\s*)(?P<b{g}>[0-3]?\d)(?!\d)"
RE_DATE_SPAN = regex.compile(r"(?<![\w.,-])(?:(?:across|over|during|throughout|for)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?)?(?:" + _DAYS_APART.format(g=1) + r"\s+" + _MONTH_NAME + r"|" + _MONTH_NAME + r"\s+" + _DAYS_APART.format(g=2)
                             + r")(?![\w-])(?!\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|missiles?|rockets?|targets?|bombs?)\b)", regex.IGNORECASE)
# (not "Sep 8 — 31 drones": a day and its count)


def date_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of dates of a month two days or more apart in ``text[start:end]``, which sum many statements.

    >>> date_spans("Across 21-23 May it claimed 776 drones; overnight on 23-24 May, 87.", 0, 68)
    [(0, 16)]
    """
    found = []
    for m in RE_DATE_SPAN.finditer(text, start, end):
        first = next(m[g] for g in ("a1", "c1", "a2", "c2") if m[g])
        last = m["b1"] or m["b2"]
        if int(last) - int(first) >= 2:
            found.append(m.span())
    return found


def weekday_before(day: dt.date, weekday: str) -> dt.date:
    """The last ``weekday`` up to ``day``.

    >>> weekday_before(dt.date(2024, 7, 27), "Thursday")  # a Saturday
    datetime.date(2024, 7, 25)
    """
    back = (day.weekday() - WEEKDAYS[weekday.lower()]) % 7
    # "said on Tuesday" in a piece dated Monday (US time): the next day in Moscow, not six days earlier
    return day + dt.timedelta(days=1) if back == 6 else day - dt.timedelta(days=back)


def relative_day(expr: TimeExpr, day: dt.date | None) -> dt.date | None:
    """The day a relative expression other than a weekday points to, seen from ``day``.

    >>> e = TimeExpr(0, 9, "overnight", "relative", relative="night")
    >>> relative_day(e, dt.date(2024, 7, 27))
    datetime.date(2024, 7, 27)
    """
    if day is None or expr.relative == "vague":
        return None
    if expr.relative == "yesterday":
        return day - dt.timedelta(days=1)
    if expr.relative == "ago":
        return day - dt.timedelta(days=DAYS_AGO[expr.text.split()[0].lower()])
    return day  # overnight, last night, the past night, this morning, today: the night ending that day


RE_ANNOUNCED_BEFORE = regex.compile(
    r"(?:said|says|announced|reported|wrote|stated|posted|added|confirmed|announcement|statement|briefing|told\s+[\w\s]{1,30}?|informed|noted)"
    r"(?:\s+(?:in\s+a\s+statement|on\s+(?:its|his|her|their|the)?\s*(?:official\s+)?(?:Telegram|social\s+media)(?:\s+(?:channel|app|messaging\s+app))?))?"
    r"[\s,]*(?:(?:early|late)\s+)?(?:on\s+|this\s+)?$",
    regex.IGNORECASE,
)
# "On January 5, the Defense Ministry announced …": the date of the announcement.
RE_ANNOUNCED_AFTER = regex.compile(
    r"[\s,]+(?:the\s+)?(?:[\w'’.-]+\s+){0,7}?(?:said|announced|reported|stated|wrote|told|posted|confirmed|informed)\b",
    regex.IGNORECASE,
)
RE_DAYS_COUNT_AFTER = regex.compile(r"[\s,:–—-]+\d[\d,]*\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?|targets?)\b", regex.IGNORECASE)
RE_UPPER_DATELINE = regex.compile(
    r"\b[A-Z][A-Z'-]{2,}(?:[ -][A-Z][A-Z'-]+)*,\s+$"          # "MOSCOW, July 27"
    r"|\b[A-Z][A-Z'-]{2,}\s+\([^()]{0,40}?[-–—,]\s*$"         # "MOSCOW (UrduPoint News / Sputnik - 01st August, 2023)"
)
# A clock time stamped on the article, not on the event: "Updated: 13-03-2024 10:55 IST", "Published 01.09.2023 - 11:18"
RE_STAMP_BEFORE = regex.compile(
    r"(?:\d{1,4}[-./]\d{1,2}[-./]\d{2,4}|\b(?:Updated|Created|Published|Posted|Last\s+updated)\s*:?|\b\d{4}\s*\|?)\s*[-|,]?\s*$",
    regex.IGNORECASE,
)


def event_times(times: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions that say when something happened: not when it was said, not datelines."""
    return [t for t in times if not t.announcement and not t.dateline]


def event_days(times: list[TimeExpr]) -> set[dt.date]:
    """The days the expressions say something happened on.

    >>> said = TimeExpr(0, 9, "on Monday", "relative", dt.date(2024, 3, 4), announcement=True)
    >>> event_days([said, TimeExpr(20, 29, "overnight", "relative", dt.date(2024, 3, 3))])
    {datetime.date(2024, 3, 3)}
    """
    return {t.date for t in event_times(times) if t.date}


def attack_days(times: list[TimeExpr]) -> set[dt.date]:
    """The days an attack sentence says it happened on: the night it names, when it names one ("In the night of June 22
    (from 18:00 on June 21), the enemy attacked …" is of June 22), else every day it names.

    >>> night = TimeExpr(3, 26, "the night of June 22", "night_of", dt.date(2025, 6, 22))
    >>> attack_days([night, TimeExpr(39, 46, "June 21", "relative", dt.date(2025, 6, 21), relative="night")])
    {datetime.date(2025, 6, 22)}
    """
    days = event_days(times)
    nights = {t.date for t in event_times(times) if t.kind == "night_of" and t.date}
    return nights or days


def told_in_zone(window: TimeExpr, zone: dt.tzinfo) -> None:
    """A window found without a zone, read as told in ``zone`` (a Ukrainian speaker's clock is Kyiv's): its Moscow day and
    timestamps."""
    if window.kind != "window" or window.zone is not None or not window.clocks or RE_MOSCOW_CLOCK.search(window.text):
        return
    window.zone = zone
    if window.date is not None:
        set_window(window, _in_moscow(window, window.date))


def _in_moscow(window: TimeExpr, end_day: dt.date) -> dt.date:
    """The Moscow date a window told in another zone's clock ends on, ``end_day`` being that zone's."""
    if window.zone is None or not window.clocks:
        return end_day
    hour, minute = window.clocks[1]
    return moscow_day(end_day, hour * 60 + minute, window.zone)


def dated_window(window: TimeExpr, end_day: dt.date) -> TimeExpr:
    """A copy of a window without a date, ending on ``end_day``."""
    dated = TimeExpr(window.start, window.end, window.text, "window", clocks=window.clocks, zone=window.zone)
    set_window(dated, end_day)
    return dated


def _posted_after(window: TimeExpr, times: list[TimeExpr]) -> dt.date | None:
    """The day a window with no day of its own ended, when the post that tells it was stamped hours before the clock it
    ends on: "Posted 18 March, 00:14. Between 20:00 and 23:59 …" ended on 17 March (a post tells of a window that is over)."""
    post = next((t for t in times if t.announcement and t.kind == "clock" and t.date), None)
    if post is None or post.start > window.start:  # the window told in another post, before this one
        return None
    hour, minute = window.clocks[1]
    return post.date - dt.timedelta(days=1) if hour * 60 + minute - minutes_of(post) > 180 else None


def claim_date(times: list[TimeExpr], anchor: Anchor) -> tuple[dt.date | None, TimeExpr | None]:
    """The event date of a claim from its time expressions, and the window if one decides it.

    In order: a dated window; "the night of May 24"; an explicit date; a night
    ("overnight", "last night") seen from the day it was announced, else from
    the publication date; a weekday, "yesterday", "today".  Expressions that
    only say when something was announced, and datelines, date nothing.
    """
    said = next((t.date for t in times if t.announcement and t.date), None)
    lined = next((t.date for t in times if t.dateline and t.kind == "date" and t.date), None)  # "* 11 March. … said … overnight"
    base = said or lined or anchor.day
    events = event_times(times)
    window = next((t for t in events if t.kind == "window"), None)
    if window and window.date:
        return window.date, window
    for kind in ("night_of", "date"):
        hit = next((t for t in events if t.kind == kind and t.date), None)
        if hit and kind == "date":  # "23:00 Mar 20 – 07:00 Mar 21": a night told by its two days, the second close after the first
            hit = next((t for t in events if t.kind == "date" and t.date and t.date - hit.date == dt.timedelta(days=1)
                        and 0 < t.start - hit.end <= 16), hit)
        if hit and window and kind == "date":
            post = next((t for t in times if t.stamp and t.announcement and t.kind == "clock" and t.date), None)
            if post is not None and hit.start < post.start and post.date < hit.date and window.clocks[1] <= clock_of(post):
                return post.date, dated_window(window, post.date)  # "… night of 29 to 30 September …\n20:55 - between 14:00 and 20:00":
                # the post's day, not the heading's
            weekday = next((t for t in events if t.relative == "weekday" and t.date), None)
            if weekday is not None and hit.date == anchor.day and weekday.date == anchor.day - dt.timedelta(days=1):
                hit = weekday  # "Vezha | 11 January 2026 … on Saturday evening … from 21:10 to 23:40": the page's day, the window Saturday's
            end_day = _in_moscow(window, hit.date)
            return end_day, dated_window(window, end_day)  # "On December 15, from 23:00 to 23:50"
        if hit:
            return hit.date, None
    night = next((t for t in events if t.relative == "night"), None)
    day = next((t for t in events if t.relative in ("weekday", "yesterday", "ago") and t.date), None) \
        or next((t for t in events if t.relative == "day" and t.date), None)  # "Tuesday. … during the day": Tuesday's
    if night and base:
        if said is None and day is not None:
            return day.date, None  # "overnight … on Tuesday"
        return base, None
    if window:
        explicit = next((t.date for t in events if t.date and t is not window and t.relative != "night"), None)
        end_day = explicit or (day.date if day else None) or _posted_after(window, times) or base
        if end_day:
            end_day = _in_moscow(window, end_day)
            return end_day, dated_window(window, end_day)
    if day and lined and day.relative == "weekday" and lined.strftime("%A").lower() in day.text.lower():
        return lined, None  # "Saturday 26 February.", a diary's day over its entry: the date, the weekday its name
    if day:
        return (said if said and day.relative == "day" else day.date), None  # "On March 24, X reported … during the day"
    if base and any(t.kind == "clock" and t.relative == "since" for t in events):
        return base, None  # "since 3 a.m.": counted up to when it was said, that day
    if base and events and all(t.kind == "clock" and not t.stamp and (hour_of(t) or 0) < 7 for t in events):  # (not 7 a.m. or later: a morning)
        return base, None  # "at around 3am": the small hours of the day it was told on
    said_expr = next((t for t in times if t.announcement and t.date), None)
    said_text = said_expr.text.lower() if said_expr else ""
    if said_expr and (said_text.startswith(("early", "late")) or said_text.endswith(("morning", "evening")) or " hours of " in said_text
                      or said_expr.relative in ("day", "night") or any(t.kind == "clock" and not t.dateline for t in times)):
        return said_expr.date, None  # "said early on Thursday", "said late on Sunday", "wrote in the early hours of Tuesday", "said earlier today";
        # "at around 5 a.m., … said on Wednesday", "On January 2, X wrote at 22:15": a statement of that day's hours
    return None, None
