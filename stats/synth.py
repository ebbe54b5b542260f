"""Synthetic articles from a known daily table, to check what the pipeline recovers.

``simulate_truth`` draws a daily table of claimed interceptions per region
(negative binomial counts around a log-linear trend with a weekly pattern);
``write_corpus`` writes, for every date with interceptions, one Defense
Ministry claim in varied phrasing (plus, for some dates, other documents
reporting the same claim, governors' posts agreeing with it, and noise
documents that claim nothing), together with ``truth_daily.csv`` and a
``manifest.csv`` saying which phrasings every document uses.  ``compare_daily``
and ``diagnose`` say what ``python -m stats tables`` made of it.

Every template here was written for this module; no sentence is taken from a
real article.  Region names are built from ``stats/data/regions.csv``.

Phrasings are named ``dimension:value`` (``list:parenthetical``,
``date:window``...); ``PHRASINGS`` lists them all and ``SUPPORTED`` those the
extractor is known to recover; ``write_corpus(..., formats=SUPPORTED,
avoid=UNSUPPORTED_COMBOS)`` (``--supported-only``) generates only those.

    python -m stats synth --days 60 --seed 1 --out /tmp/synth      # or: python -m stats.synth synth ...
    python -m stats tables /tmp/synth --out /tmp/synth-tables
    python -m stats.synth check /tmp/synth /tmp/synth-tables      # daily vs truth, failures per phrasing

    python -m stats.synth probe /tmp/probe [--pairs]               # one phrasing (or pair) at a time
    python -m stats tables /tmp/probe --out /tmp/probe-tables
    python -m stats.synth check /tmp/probe /tmp/probe-tables

The same seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

DEFAULT_START = dt.date(2024, 1, 1)
# Monday .. Sunday
DEFAULT_WEEKLY = (1.0, 0.9, 1.05, 1.0, 1.15, 1.25, 0.85)
# (ISO code, weight): the share of a day's interceptions each region gets on average.
DEFAULT_REGIONS = (
    ("RU-BRY", 22.0), ("RU-KRS", 16.0), ("RU-BEL", 12.0), ("RU-VOR", 8.0), ("RU-MOS", 7.0),
    ("RU-ORL", 5.0), ("RU-KLU", 5.0), ("RU-TUL", 5.0), ("RU-LIP", 4.0), ("RU-ROS", 4.0),
    ("RU-SMO", 3.0), ("RU-RYA", 2.0), ("RU-KDA", 2.0), ("RU-TVE", 1.5), ("RU-TAM", 1.0),
    ("RU-TA", 0.5), ("RU-LEN", 0.5), ("SEA-BLACK", 1.5), ("SEA-AZOV", 1.0),
)

# --------------------------------------------------------------------------------------
# Phrasings
# --------------------------------------------------------------------------------------

PHRASINGS: dict[str, tuple[str, ...]] = {
    # how the document is laid out and who is quoted
    "frame": (
        "ministry",         # unquoted ministry statement, attribution at the end or the start
        "ministry_quoted",  # the statement in quotation marks
        "tass",             # 'MOSCOW, March 5. /TASS/.' dateline + quoted statement
        "tass_lead",        # same, with a summary lead that repeats the total ("over seven regions")
        "reuters",          # '(Reuters) -' summary, total then 'It said N were downed over A, ...'
        "headline",         # a headline line repeating the total, then the statement
        "reuters_partial",  # duplicate only: total plus 'including N over A' (partial breakdown)
        "governor",         # extra: a governor's Telegram post repeating the count for his region
        "governor_mod",     # extra: the same, crediting 'air defense forces of the Defense Ministry'
        "governor_the_region",  # extra: the same, 'over the region' without naming it
    ),
    # how the per-region breakdown is written
    "list": (
        "colon",         # 'destroyed 45 drones: 20 over A, 15 over B and 10 over C'
        "parenthetical", # 'over A (20 UAVs), B (15 UAVs) and C (10 UAVs)'
        "paren_stems",   # 'over the Bryansk (20), Kursk (15) and Oryol (10) regions'
        "region_dash",   # 'destroyed 45 drones: the Bryansk Region – 20, the Kursk Region – 15 and ...'
        "of_them",       # '... 45 drones. Of them, 20 were shot down over A, 15 over B and 10 over C.'
        "sentences",     # one sentence per region: 'Air defenses also downed 15 UAVs over B.'
        "another",       # sentences with 'Another 15 were downed over B.'
        "dash_lines",    # one line per region: '15 — over the Kursk Region,'
        "bullets",       # '- 15 over the Kursk Region;' lines after 'By region:'
        "largest",       # 'The largest number, 20, were destroyed over A.' + the rest
        "single",        # one region only: 'destroyed 5 drones over the Kursk Region overnight'
    ),
    # how counts are written
    "number": (
        "digits",        # 20, 3, 1
        "words",         # 'twenty-three', 'one' (below 100; larger stay digits)
        "ap",            # words below ten, digits from ten
        "a_single",      # a count of one as 'a drone' / 'a single UAV'
    ),
    # how two or three regions sharing a count are written
    "each": (
        "none",          # listed separately
        "full",          # 'three each over the Tula Region and the Kaluga Region'
        "plural",        # 'three each over the Tula and Kaluga regions'
    ),
    # how regions are named
    "name": (
        "region_cap",    # 'the Bryansk Region'
        "region_lower",  # 'the Bryansk region'
        "oblast",        # 'Bryansk Oblast', 'Krasnodar Krai', 'Tatarstan'
        "territory_of",  # 'over the territory of the Bryansk Region'
        "bare",          # 'over Bryansk' (oblasts named like their capital; not Moscow)
    ),
    # how the date of the claim is given
    "date": (
        "overnight",     # 'overnight'
        "past_night",    # 'during the past night'
        "last_night",    # 'last night'
        "weekday",       # 'on Tuesday' (the publication day)
        "night_to",      # 'on the night to March 5'
        "night_of_to",   # 'on the night of March 4 to 5'
        "window",        # 'from 8:00 p.m. Moscow time on March 4 to 7:00 a.m. on March 5'
        "late_explicit", # published the day after: 'on March 5'
        "late_weekday",  # published the day after: 'on Tuesday' (the day before publication)
        "late_said_on",  # Reuters, published the day after: 'the ministry said on Tuesday ... overnight'
    ),
    # how a quoted statement is attributed
    "attribution": (
        "named",         # '..., the Russian Defense Ministry said in a statement.'
        "anaphoric",     # '..., the statement reads.' after an earlier sentence naming the ministry
    ),
    # optional sentence before the claim
    "preamble": (
        "none",
        "foiled",        # 'The Kyiv regime's attempt to strike ... with fixed-wing drones was foiled.'
    ),
    # documents without claims
    "noise": (
        "alert", "airport", "explosions", "wreckage", "internet", "feature",
    ),
}
ALL_PHRASINGS = frozenset(f"{dim}:{v}" for dim, values in PHRASINGS.items() for v in values)
# What the extractor (or the daily series) does not yet recover, found with `probe` + `check`;
# tests/test_synth.py has one strict xfail per entry, so a fix shows up as an XPASS.
UNSUPPORTED: frozenset[str] = frozenset()
# Combinations that fail although each phrasing works alone.
UNSUPPORTED_COMBOS = (
    frozenset({"attribution:anaphoric", "list:single"}),  # one region, '..., the statement reads.' → claimant unknown
)
SUPPORTED = ALL_PHRASINGS - UNSUPPORTED

PRIMARY_FRAMES = ("ministry", "ministry_quoted", "tass", "tass_lead", "reuters", "headline")
DUPLICATE_FRAMES = PRIMARY_FRAMES + ("reuters_partial",)
GOVERNOR_FRAMES = ("governor", "governor_mod", "governor_the_region")
LATE_DATES = ("late_explicit", "late_weekday", "late_said_on")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """0..99 in words, hyphenated: 23 → 'twenty-three'.

    >>> number_words(23), number_words(40), number_words(7)
    ('twenty-three', 'forty', 'seven')
    """
    if not 0 <= n < 100:
        raise ValueError(f"number_words: {n} is out of range 0..99")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def month_day(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


# --------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def region_table() -> dict[str, dict]:
    """regions.csv as {code: row}."""
    with (DATA / "regions.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def governors() -> dict[str, str]:
    """{region code: surname} for the first governor claimants.csv lists for each Russian region."""
    out: dict[str, str] = {}
    with (DATA / "claimants.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["claimant"] == "governor" and row["region_code"].startswith("RU-"):
                out.setdefault(row["region_code"], row["name"])
    return out


def _region_weights(regions) -> tuple[list[str], list[float]]:
    pairs = list(regions.items()) if isinstance(regions, dict) else [tuple(r) for r in regions]
    if not pairs:
        raise ValueError("regions: give at least one (code, weight)")
    known = region_table()
    codes, weights = [], []
    for code, weight in pairs:
        if code not in known:
            raise ValueError(f"regions: {code!r} is not in stats/data/regions.csv")
        if code in codes:
            raise ValueError(f"regions: {code!r} is listed twice")
        if not weight > 0:
            raise ValueError(f"regions: weight of {code} must be positive")
        codes.append(code)
        weights.append(float(weight))
    return codes, weights


def simulate_truth(
    days: int,
    seed: int,
    start: dt.date = DEFAULT_START,
    growth_per_30d: float = 0.2,
    weekly: tuple[float, ...] = DEFAULT_WEEKLY,
    dispersion: float = 0.5,
    regions=DEFAULT_REGIONS,
    base: float = 30.0,
):
    """A known daily table: ``date, region_code, count`` with the national ``ALL`` rows.

    The expected national count on day ``t`` (0-based) is
    ``base * (1 + growth_per_30d) ** (t / 30) * weekly[weekday]``, shared among
    the regions by their weights (normalised to 1).  Each region's count is
    negative binomial with that mean and variance ``mu + dispersion * mu**2``
    (``dispersion=0``: Poisson).  ``ALL`` is the sum over regions, present on
    days with a positive sum; a day with a zero sum has no rows (no claim is
    written for it, so in the pipeline it is a gap).  On a day with a claim,
    every region with a count on some day has a row, 0 included: the
    ministry's itemized claim of that day leaves it out, which is what makes a
    0 in the pipeline (see ``stats.series``).  Deterministic given ``seed``
    (``numpy.random.default_rng``).
    """
    import numpy as np
    import polars as pl

    if days < 0:
        raise ValueError("days must be >= 0")
    if len(weekly) != 7 or any(not w >= 0 for w in weekly):
        raise ValueError("weekly: give 7 non-negative multipliers, Monday first")
    if dispersion < 0 or base < 0 or growth_per_30d <= -1:
        raise ValueError("dispersion and base must be >= 0, growth_per_30d > -1")
    codes, weights = _region_weights(regions)
    share = np.asarray(weights) / sum(weights)
    rng = np.random.default_rng(seed)
    dates = [start + dt.timedelta(days=i) for i in range(days)]
    t = np.arange(days, dtype=float)
    level = base * np.power(1.0 + growth_per_30d, t / 30.0) * np.asarray([weekly[d.weekday()] for d in dates])
    mu = np.outer(level, share) if days else np.zeros((0, len(codes)))
    if dispersion > 0:
        size = 1.0 / dispersion
        counts = rng.negative_binomial(size, size / (size + mu))
    else:
        counts = rng.poisson(mu)
    rows_date, rows_code, rows_count = [], [], []
    seen = np.flatnonzero(counts.sum(axis=0)) if days else []
    for i, day in enumerate(dates):
        total = int(counts[i].sum())
        if not total:
            continue
        rows_date.append(day), rows_code.append("ALL"), rows_count.append(total)
        for j in seen:
            rows_date.append(day), rows_code.append(codes[j]), rows_count.append(int(counts[i, j]))
    frame = pl.DataFrame({"date": rows_date, "region_code": rows_code, "count": rows_count},
                         schema={"date": pl.Date, "region_code": pl.String, "count": pl.Int64})
    return frame.sort("date", "region_code")


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


@dataclass
class Claim:
    day: dt.date                      # event date
    items: list[tuple[str, int]]      # (code, count), largest first
    claimant: str = "defense_ministry"

    @property
    def total(self) -> int:
        return sum(n for _, n in self.items)


@dataclass
class SynthDoc:
    name: str
    published: dt.date
    outlet: str
    text: str
    role: str                         # primary, duplicate, governor, noise
    phrasings: tuple[str, ...]
    claim: Claim | None = None        # what the document states (None: nothing)
    expected_total: int | None = None
    url_slug: str = "article"

    def file_text(self) -> str:
        url = f"https://{self.outlet}/{self.published.isoformat()}/{self.url_slug}-{self.name}"
        return f"---\npublished: {self.published.isoformat()}\nurl: {url}\noutlet: {self.outlet}\n---\n{self.text}\n"


OUTLETS = {
    "ministry": "mil-bulletin.example", "ministry_quoted": "regional-daily.example", "tass": "tass.example",
    "tass_lead": "tass.example", "reuters": "reuters.example", "reuters_partial": "reuters.example",
    "headline": "newsdesk.example", "governor": "telegram-digest.example", "governor_mod": "telegram-digest.example",
    "governor_the_region": "telegram-digest.example", "noise": "local-news.example", "feature": "longread.example",
}


class Writer:
    """Renders claims as text; all randomness comes from one numpy Generator."""

    def __init__(self, seed: int, formats: Iterable[str] | None = None, avoid: Iterable[frozenset] = ()):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        allowed = ALL_PHRASINGS if formats is None else frozenset(formats)
        unknown = allowed - ALL_PHRASINGS
        if unknown:
            raise ValueError(f"unknown phrasing(s): {', '.join(sorted(unknown))}; see stats.synth.PHRASINGS")
        self.allowed = allowed
        self.avoid = tuple(frozenset(c) for c in avoid)
        self.regions = region_table()

    # -- random helpers ---------------------------------------------------------------
    def pick(self, seq):
        seq = list(seq)
        return seq[int(self.rng.integers(len(seq)))]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def options(self, dim: str, among: Iterable[str] | None = None) -> list[str]:
        values = PHRASINGS[dim] if among is None else among
        return [v for v in values if f"{dim}:{v}" in self.allowed]

    def choose(self, dim: str, among: Iterable[str] | None = None, fallback: str | None = None) -> str | None:
        opts = self.options(dim, among)
        if not opts:
            return fallback
        return self.pick(opts)

    # -- words ------------------------------------------------------------------------
    def verbs(self, n: int) -> tuple[str, str]:
        """(active, passive) forms of an interception verb, the passive agreeing with ``n``."""
        active, participle = self.pick(VERBS)
        return active, ("was " if n == 1 else "were ") + participle

    def num(self, n: int, style: str, start: bool = False) -> str:
        if style == "words" and n < 100 or style == "ap" and n < 10:
            s = number_words(n)
        else:
            s = str(n)
        return s[:1].upper() + s[1:] if start else s

    def noun(self, n: int, kind: str | None = None) -> str:
        kind = kind or self.pick(("drone", "uav", "uav_long", "fixed_wing"))
        singular, plural = {
            "drone": ("drone", "drones"), "uav": ("UAV", "UAVs"),
            "uav_long": ("unmanned aerial vehicle", "unmanned aerial vehicles"),
            "fixed_wing": ("fixed-wing drone", "fixed-wing drones"),
        }[kind]
        return singular if n == 1 else plural

    def counted(self, n: int, numstyle: str, adjective: str = "", kind: str | None = None, start: bool = False) -> str:
        """'45 Ukrainian drones', 'a Ukrainian drone', 'twenty-three UAVs'."""
        adj = f"{adjective} " if adjective else ""
        if n == 1 and numstyle == "a_single":
            det = self.pick(("a", "a single"))
            if det == "a" and adj[:1].lower() in "aeiou" and adj:
                det = "an"
            text = f"{det} {adj}{self.noun(1, kind)}"
            return text[:1].upper() + text[1:] if start else text
        return f"{self.num(n, numstyle, start)} {adj}{self.noun(n, kind)}"

    def place(self, code: str, form: str) -> str:
        """A region as written after 'over'."""
        row = self.regions[code]
        name, kind = row["name"], row["kind"]
        if kind == "sea":
            sea = f"the {name}"
            return f"the waters of {sea}" if form == "territory_of" else sea
        if kind == "federal_city":  # Moscow, Saint Petersburg: the city itself, never 'the Moscow Region'
            return f"the territory of {name}" if form == "territory_of" else name
        if kind == "republic":
            if form in ("region_cap", "territory_of"):
                base = f"the Republic of {name}"
                return f"the territory of {base}" if form == "territory_of" else base
            return name
        stem = name.removesuffix(" Oblast").removesuffix(" Krai")
        generic = {"krai": "Krai", "oblast": "Oblast", "autonomous_oblast": "Oblast",
                   "autonomous_okrug": "Autonomous Okrug"}.get(kind, "Region")
        if form == "oblast":
            return f"{stem} {generic}"
        if form == "region_lower":
            return f"the {stem} region"
        if form == "bare" and self.bare_ok(code):
            return stem
        if form == "territory_of":
            return f"the territory of the {stem} Region"
        return f"the {stem} Region"

    def bare_ok(self, code: str) -> bool:
        row = self.regions[code]
        return row["kind"] == "oblast" and row["capital"] == row["name"] and code not in ("RU-MOS",)

    def places_plural(self, codes: list[str], form: str) -> str:
        """Several regions sharing a count: 'the Tula and Kaluga regions' (or full names when kinds differ)."""
        rows = [self.regions[c] for c in codes]
        if form in ("region_cap", "region_lower", "oblast", "territory_of") and all(r["kind"] == "oblast" for r in rows):
            stems = [r["name"].removesuffix(" Oblast") for r in rows]
            joined = join_and(stems)
            if form == "oblast":
                return f"{joined} oblasts"
            generic = "regions" if form == "region_lower" else "Regions"
            text = f"the {joined} {generic}"
            return f"the territory of {text}" if form == "territory_of" else text
        return self.places_full(codes, form)

    def places_full(self, codes: list[str], form: str) -> str:
        """'the Tula Region and the Kaluga Region'; 'the territory of' only before the first."""
        if form == "territory_of":
            first = self.place(codes[0], form)
            return join_and([first] + [self.place(c, "region_cap") for c in codes[1:]])
        return join_and([self.place(c, form) for c in codes])

    # -- the breakdown ------------------------------------------------------------------
    def groups(self, claim: Claim, each: str) -> list[tuple[int, list[str]]]:
        """Items as (count, [codes]); equal counts grouped (2 or 3 regions) when 'each' is used."""
        if each == "none":
            return [(n, [c]) for c, n in claim.items]
        out: list[tuple[int, list[str]]] = []
        for code, n in claim.items:
            if out and out[-1][0] == n and len(out[-1][1]) < 5:
                out[-1][1].append(code)
            else:
                out.append((n, [code]))
        return out

    def paren_stems(self, claim: Claim, st: dict) -> str:
        """'the Bryansk (20), Kursk (15) and Krasnodar (3) regions, the Republic of Tatarstan (1) and the Black Sea (2)'."""
        stems, others = [], []
        for code, n in claim.items:
            row = self.regions[code]
            count = self.num(n, "digits" if st["number"] == "a_single" else st["number"])
            if row["kind"] in ("oblast", "krai"):
                stems.append(f"{row['name'].removesuffix(' Oblast').removesuffix(' Krai')} ({count})")
            else:
                others.append(f"{self.place(code, 'region_cap')} ({count})")
        parts = []
        if stems:
            generic = "Region" if len(stems) == 1 else "regions"
            if st["name"] == "region_cap":
                generic = generic.capitalize() if len(stems) == 1 else "Regions"
            parts.append(f"the {join_and(stems)} {generic}")
        return join_and(parts + others)

    def where(self, codes: list[str], name: str, each: str) -> str:
        if len(codes) == 1:
            return self.place(codes[0], name)
        return self.places_plural(codes, name) if each == "plural" else self.places_full(codes, name)

    def item(self, n: int, codes: list[str], style: dict, noun: bool = False, start: bool = False) -> str:
        """'20 over A', 'three each over A and B', '20 UAVs over A'."""
        numstyle = style["number"]
        count = self.counted(n, numstyle, kind=style["noun"], start=start) if noun else self.num(n, numstyle, start)
        each = " each" if len(codes) > 1 else ""
        return f"{count}{each} over {self.where(codes, style['name'], style['each'])}"


def decap(s: str) -> str:
    """Lower-case the first letter unless the first word is a proper adjective or a number."""
    if s.split(" ", 1)[0] in ("Russian", "Ukrainian", "Russia's") or s[:1].isdigit():
        return s
    return s[:1].lower() + s[1:]


def join_and(parts: list[str], conj: str = "and") -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + f" {conj} " + parts[-1]


# Interception verbs: active form, past participle.
VERBS = (
    ("intercepted and destroyed", "intercepted and destroyed"),
    ("destroyed", "destroyed"),
    ("shot down", "shot down"),
    ("downed", "downed"),
    ("neutralized", "neutralized"),
    ("intercepted", "intercepted"),
)
SUBJECTS = ("on-duty air defense systems", "air defense units", "Russian air defenses", "air defense forces")
ATTRIBUTION_END = (
    "the Russian Defense Ministry said",
    "the Defense Ministry reported on its Telegram channel",
    "Russia's Ministry of Defense said in a statement",
    "the Russian Defense Ministry reported",
)
ATTRIBUTION_START = (
    "The Russian Defense Ministry said that",
    "Russia's Defense Ministry reported that",
    "According to the Russian Defense Ministry,",
)
BACKGROUND = (
    "Kyiv has not commented on the report.",
    "The ministry did not say whether anyone was hurt or whether anything was damaged on the ground.",
    "Regional officials said emergency crews were checking the sites where wreckage came down.",
    "Ukraine has repeatedly sent long-range drones against Russian regions bordering it and further inland.",
    "The ministry publishes such tallies several times a day; they cannot be checked independently.",
    "Governors of the regions concerned said the situation was under control by morning.",
)
CITY_DATELINES = ("MOSCOW", "LONDON", "KYIV", "TBILISI", "WARSAW")


class ClaimRenderer(Writer):
    """Documents for one claim."""

    # -- date ---------------------------------------------------------------------------
    def when(self, claim: Claim, date_form: str, published: dt.date) -> str:
        d = claim.day
        if date_form == "overnight":
            return "overnight"
        if date_form == "past_night":
            return self.pick(("during the past night", "over the past night"))
        if date_form == "last_night":
            return "last night"
        if date_form == "weekday":
            return f"on {WEEKDAYS[d.weekday()]}"
        if date_form == "night_to":
            return f"on the night to {month_day(d)}"
        if date_form == "night_of_to":
            prev = d - dt.timedelta(days=1)
            tail = str(d.day) if prev.month == d.month else month_day(d)
            return f"on the night of {month_day(prev)} to {tail}"
        if date_form == "window":
            prev = d - dt.timedelta(days=1)
            h1 = self.pick((8, 9, 10, 11))
            h2 = self.pick((6, 7, 8))
            if self.chance(0.5):
                return f"from {h1}:00 p.m. Moscow time on {month_day(prev)} to {h2}:00 a.m. on {month_day(d)}"
            return f"between {h1 + 12}:00 on {month_day(prev)} and 0{h2}:00 on {month_day(d)} Moscow time"
        if date_form == "late_explicit":
            return f"on {month_day(d)}"
        if date_form == "late_weekday":
            return f"on {WEEKDAYS[d.weekday()]}"
        if date_form == "late_said_on":
            return "overnight"  # the weekday goes with the verb of saying: 'said on Tuesday'
        raise ValueError(date_form)

    def style(self, claim: Claim, frame: str, role: str) -> dict:
        """Choose one value per dimension for a document."""
        n_groups = len(claim.items)
        if n_groups == 1:
            lists = ["single"] if "list:single" in self.allowed else self.options("list", ("colon",)) or ["colon"]
        else:
            lists = self.options("list", [v for v in PHRASINGS["list"] if v != "single"])
        if frame in ("reuters", "reuters_partial"):
            lists = [v for v in lists if v in ("of_them", "single", "sentences", "another")] or ["of_them"]
        if frame in ("ministry_quoted", "tass", "tass_lead"):
            lists = [v for v in lists if v not in ("dash_lines", "bullets")] or ["colon"]
        has_ties = any(a[1] == b[1] for a, b in zip(claim.items, claim.items[1:]))
        dates = [v for v in self.options("date") if (v in LATE_DATES) == (role == "late")]
        if frame not in ("reuters", "reuters_partial"):
            dates = [v for v in dates if v != "late_said_on"]
        st = {
            "frame": frame,
            "list": self.pick(lists or ["colon"]),
            "number": self.choose("number", fallback="digits"),
            "each": self.choose("each", fallback="none") if has_ties else "none",
            "name": self.choose("name", fallback="region_cap"),
            "date": self.pick(dates or ["overnight"]),
            "preamble": self.choose("preamble", fallback="none") if frame in ("ministry", "ministry_quoted", "tass") else "none",
            "noun": self.pick(("drone", "uav", "uav_long", "fixed_wing")),
            "attribution": self.choose("attribution", fallback="named") if frame in ("ministry_quoted", "tass_lead") else "named",
        }
        if st["name"] == "bare" and not all(self.bare_ok(c) for c, _ in claim.items):
            st["name"] = "region_cap" if "name:region_cap" in self.allowed else self.pick(
                [v for v in self.options("name") if v != "bare"] or ["region_cap"])
        if st["number"] == "a_single" and not any(n == 1 for _, n in claim.items):
            st["number"] = "digits"
        if st["list"] == "paren_stems":  # names are 'the Bryansk (20), Kursk (15) ... regions'; no 'each'
            st["each"] = "none"
            st["name"] = "region_cap" if st["name"] == "region_cap" else "region_lower"
        for combo in self.avoid:
            if combo <= set(self.used(st, claim)):
                for phrasing in sorted(combo):  # change the first dimension that has another allowed value
                    dim, value = phrasing.split(":")
                    others = [v for v in self.options(dim) if v != value and dim in ("name", "attribution", "list", "number")]
                    if dim == "list":
                        others = [v for v in others if v not in ("single", "paren_stems", "region_dash")]
                    if others:
                        st[dim] = others[0]
                        break
        return st

    @staticmethod
    def used(st: dict, claim: Claim) -> tuple[str, ...]:
        names = [f"frame:{st['frame']}", f"list:{st['list']}", f"number:{st['number']}", f"name:{st['name']}",
                 f"date:{st['date']}"]
        if st["each"] != "none":
            names.append(f"each:{st['each']}")
        if st["preamble"] != "none":
            names.append(f"preamble:{st['preamble']}")
        if st["frame"] in ("ministry_quoted", "tass", "tass_lead"):
            names.append(f"attribution:{st['attribution']}")
        return tuple(names)

    # -- the claim's sentences -----------------------------------------------------------
    def lead(self, claim: Claim, st: dict, when: str, with_list: bool) -> str:
        """The sentence stating the total (and, for inline list styles, the breakdown)."""
        numstyle = "digits" if st["number"] == "a_single" and claim.total != 1 else st["number"]
        active, passive = self.verbs(claim.total)
        total = self.counted(claim.total, numstyle, "Ukrainian", st["noun"])
        lst = st["list"]
        tail = ""
        where_in_lead = ""
        if with_list and lst == "colon":
            tail = ": " + join_and([self.item(n, codes, st) for n, codes in self.groups(claim, st["each"])])
        elif with_list and lst == "parenthetical":
            parts = []
            for n, codes in self.groups(claim, st["each"]):
                unit = self.noun(n, "uav")
                parts.append(f"{self.where(codes, st['name'], st['each'])} ({self.num(n, st['number'])} {unit}{' each' if len(codes) > 1 else ''})")
            where_in_lead = " over " + join_and(parts)
        elif with_list and lst == "paren_stems":
            where_in_lead = " over " + self.paren_stems(claim, st)
        elif with_list and lst == "region_dash":
            dash = self.pick(("\u2013", "\u2014", "-"))
            tail = ": " + join_and([f"{self.where(codes, st['name'], st['each'])} {dash} {self.num(n, st['number'])}"
                                    f"{' each' if len(codes) > 1 else ''}" for n, codes in self.groups(claim, st["each"])])
        elif lst == "single":
            where_in_lead = " over " + self.place(claim.items[0][0], st["name"])
        when_first = when[:1].isupper() or self.chance(0.35)
        if when_first:
            head = when[:1].upper() + when[1:] + ", "
            subject = self.pick(SUBJECTS)
            body = f"{subject} {active} {total}{where_in_lead}{tail}"
            return head + body
        form = self.pick(("active", "passive"))
        if form == "active":
            subject = self.pick(SUBJECTS)
            body = f"{subject} {active} {total}{where_in_lead} {when}{tail}"
            return body[:1].upper() + body[1:]
        total_start = self.counted(claim.total, numstyle, "Ukrainian", st["noun"], start=True)
        return f"{total_start} {passive} by air defenses{where_in_lead} {when}{tail}"

    def after(self, claim: Claim, st: dict) -> list[str]:
        """Sentences (or lines) after the lead for the styles that list regions separately."""
        lst = st["list"]
        groups = self.groups(claim, st["each"])
        if lst in ("colon", "parenthetical", "single", "paren_stems", "region_dash"):
            return []
        if lst == "of_them":
            first, *rest = groups
            _, passive = self.verbs(first[0])
            words = [f"{self.num(first[0], st['number'])}{' each' if len(first[1]) > 1 else ''} {passive} over "
                     f"{self.where(first[1], st['name'], st['each'])}"]
            words += [self.item(n, codes, st) for n, codes in rest]
            opener = self.pick(("Of them,", "Of those,", "Of these,"))
            return [f"{opener} {join_and(words)}."]
        if lst in ("sentences", "another"):
            out = []
            for i, (n, codes) in enumerate(groups):
                active, passive = self.verbs(n)
                where = self.where(codes, st["name"], st["each"])
                each = " each" if len(codes) > 1 else ""
                if i == 0:
                    out.append(f"{self.counted(n, st['number'], kind=st['noun'], start=True)}{each} {passive} over {where}.")
                elif lst == "another" and n == 1 and not each:
                    out.append(f"Another {self.noun(1, st['noun'])} {passive} over {where}.")
                elif lst == "another":
                    out.append(f"Another {self.num(n, 'digits' if st['number'] == 'a_single' else st['number'])}{each} {passive} over {where}.")
                else:
                    subject = self.pick(("Air defenses also", "Air defense units also", "In addition, air defenses"))
                    out.append(f"{subject} {active} {self.counted(n, st['number'], kind=st['noun'])}{each} over {where}.")
            return out
        if lst == "dash_lines":
            lines = []
            for i, (n, codes) in enumerate(groups):
                where = self.where(codes, st["name"], st["each"])
                each = " each" if len(codes) > 1 else ""
                end = "." if i == len(groups) - 1 else ","
                if i == 0:
                    _, passive = self.verbs(n)
                    lines.append(f"{self.counted(n, st['number'], kind=st['noun'], start=True)}{each} {passive} over {where}{end}")
                else:
                    lines.append(f"{self.num(n, st['number'])}{each} — over {where}{end}")
            return ["\n\n".join(lines)]
        if lst == "bullets":
            lines = []
            for i, (n, codes) in enumerate(groups):
                end = "." if i == len(groups) - 1 else ";"
                lines.append(f"- {self.item(n, codes, st)}{end}")
            return [self.pick(("By region:", "The breakdown by region:")) + "\n" + "\n".join(lines)]
        if lst == "largest":
            (n0, codes0), *rest = groups
            each = " each" if len(codes0) > 1 else ""
            _, passive = self.verbs(n0)
            noun = self.noun(2, st["noun"])
            first = (f"The largest number of {noun}, {self.num(n0, st['number'])}{each}, {passive} over "
                     f"{self.where(codes0, st['name'], st['each'])}.")
            if not rest:
                return [first]
            active, _ = self.pick(VERBS)
            others = join_and([self.item(n, codes, st, noun=(i == 0)) for i, (n, codes) in enumerate(rest)])
            return [first, f"Air defenses also {active} {others}."]
        raise ValueError(lst)

    def statement(self, claim: Claim, st: dict, when: str) -> tuple[str, list[str]]:
        """(lead sentence without final period, following sentences)."""
        inline = st["list"] in ("colon", "parenthetical", "single", "paren_stems", "region_dash")
        return self.lead(claim, st, when, inline), self.after(claim, st)

    # -- documents --------------------------------------------------------------------------
    def document(self, claim: Claim, frame: str, role: str, name: str) -> SynthDoc:
        st = self.style(claim, frame, "late" if role == "late" else role)
        published = claim.day + dt.timedelta(days=1) if st["date"] in LATE_DATES else claim.day
        when = self.when(claim, st["date"], published)
        render = getattr(self, f"frame_{frame}")
        text = render(claim, st, when, published)
        return SynthDoc(name=name, published=published, outlet=OUTLETS[frame], text=text,
                        role="duplicate" if role == "late" else role, phrasings=self.used(st, claim), claim=claim,
                        expected_total=claim.total, url_slug=frame.replace("_", "-"))

    def preamble(self, st: dict, when: str) -> str:
        if st["preamble"] != "foiled":
            return ""
        return self.pick((
            "The Kyiv regime's attempt to strike targets inside Russia with fixed-wing drones was foiled. ",
            "An attempt by Kyiv to hit facilities on Russian territory with aircraft-type drones has been thwarted, the ministry said. ",
        ))

    def frame_ministry(self, claim, st, when, published) -> str:
        lead, rest = self.statement(claim, st, when)
        pre = self.preamble(st, when)
        if self.chance(0.5):
            start = self.pick(ATTRIBUTION_START)
            first = f"{start} {decap(lead)}."
        else:
            first = f"{lead}, {self.pick(ATTRIBUTION_END)}."
        body = " ".join([first] + [r for r in rest if "\n" not in r])
        blocks = [pre + body] + [r for r in rest if "\n" in r]
        blocks.append(self.pick(BACKGROUND))
        return "\n\n".join(blocks)

    def quoted(self, claim, st, when) -> str:
        lead, rest = self.statement(claim, st, when)
        pre = self.preamble(st, when)
        anaphoric = st["attribution"] == "anaphoric"
        if rest:
            inner = pre + " ".join([lead + "."] + rest)
            intro = self.pick(("The ministry said in a statement:", "The statement reads:") if anaphoric else
                              ("The Russian Defense Ministry said in a statement:", "The Defense Ministry said:"))
            return f"{intro} \u201c{inner}\u201d"
        said = self.pick(("the ministry said in a statement", "the statement reads") if anaphoric else
                         ("the Russian Defense Ministry said in a statement", "the Defense Ministry said"))
        return f"\u201c{pre}{lead},\u201d {said}."

    def frame_ministry_quoted(self, claim, st, when, published) -> str:
        intro = self.pick((
            "Russia's Defense Ministry issued its regular morning update on Ukrainian drone attacks.",
            "The Russian Defense Ministry has published a new tally of drones downed over Russian regions.",
        ))
        return "\n\n".join([intro, self.quoted(claim, st, when), self.pick(BACKGROUND)])

    def dateline(self, published: dt.date) -> str:
        return f"MOSCOW, {month_day(published)}. /TASS/."

    def frame_tass(self, claim, st, when, published) -> str:
        return f"{self.dateline(published)} {self.quoted(claim, st, when)}\n\n{self.pick(BACKGROUND)}"

    def frame_tass_lead(self, claim, st, when, published) -> str:
        k = len(claim.items)
        regions = "regions" if k > 1 else "region"
        over = f" over {number_words(k) if k < 100 else k} Russian {regions}" if k > 1 else ""
        active, _ = self.pick(VERBS)
        lead = (f"{self.dateline(published)} Russian air defenses {active} {claim.total} Ukrainian drones{over} "
                f"{self.when(claim, st['date'], published) if st['date'] not in ('window',) else 'overnight'}, the Russian Defense Ministry said.")
        return f"{lead}\n\n{self.quoted(claim, st, when)}\n\n{self.pick(BACKGROUND)}"

    def frame_headline(self, claim, st, when, published) -> str:
        head = self.pick((
            f"Air defenses down {claim.total} Ukrainian drones over Russian regions",
            f"Russia says {claim.total} Ukrainian drones destroyed",
        ))
        lead, rest = self.statement(claim, st, when)
        first = f"{lead}, {self.pick(ATTRIBUTION_END)}."
        blocks = [head, " ".join([first] + [r for r in rest if "\n" not in r])] + [r for r in rest if "\n" in r]
        return "\n\n".join(blocks + [self.pick(BACKGROUND)])

    def frame_reuters(self, claim, st, when, published, partial: bool = False) -> str:
        city = self.pick(CITY_DATELINES)
        said_on = WEEKDAYS[(claim.day if st["date"] in ("weekday", "late_said_on") else published).weekday()]
        when_text = "overnight" if st["date"] in ("weekday", "late_said_on") else when
        active, _ = self.pick(VERBS)
        total = self.counted(claim.total, "digits", "Ukrainian", "drone")
        if st["list"] == "single" and not partial:
            first = (f"{city}, {month_day(published)} (Reuters) - Russia's defence ministry said on {said_on} that its air "
                     f"defence units had {active} {total} over {self.place(claim.items[0][0], st['name'])} {when_text}.")
            rest = []
        elif partial:
            n, code = claim.items[0][1], claim.items[0][0]
            first = (f"{city}, {month_day(published)} (Reuters) - Russia's defence ministry said on {said_on} that its air "
                     f"defence units had {active} {total} {when_text}, including {self.num(n, st['number'])} over "
                     f"{self.place(code, st['name'])}.")
            rest = []
        else:
            first = (f"{city}, {month_day(published)} (Reuters) - Russia's defence ministry said on {said_on} that its air "
                     f"defence units had {active} {total} {when_text}.")
            if st["list"] == "of_them":
                items = [self.item(n, codes, st) for n, codes in self.groups(claim, st["each"])]
                (n0, c0), *more = self.groups(claim, st["each"])
                _, passive = self.verbs(n0)
                head = f"{self.num(n0, st['number'])}{' each' if len(c0) > 1 else ''} {passive} over {self.where(c0, st['name'], st['each'])}"
                rest = [f"It said {join_and([head] + items[1:])}."]
            else:
                rest = self.after(claim, st)
        tail = self.pick((
            "Ukraine did not immediately comment. Reuters could not independently verify the figures.",
            "Kyiv says its strikes inside Russia target infrastructure that supports the war. The figures could not be verified.",
        ))
        return "\n\n".join([" ".join([first] + rest), tail])

    def frame_reuters_partial(self, claim, st, when, published) -> str:
        return self.frame_reuters(claim, st, when, published, partial=True)


class GovernorRenderer(ClaimRenderer):
    def governor_doc(self, claim: Claim, code: str, n: int, frame: str, name: str) -> SynthDoc:
        surname = governors()[code]
        numstyle = self.choose("number", fallback="digits")
        if numstyle == "a_single" and n != 1:
            numstyle = "digits"
        date_form = self.choose("date", [v for v in ("overnight", "past_night", "last_night") if True], fallback="overnight")
        when = self.when(claim, date_form, claim.day)
        namestyle = self.choose("name", ("region_cap", "region_lower", "oblast", "territory_of"), fallback="region_cap")
        where = "the region" if frame == "governor_the_region" else self.place(code, namestyle)
        count = self.counted(n, numstyle, kind=self.pick(("drone", "uav", "uav_long")))
        force = "air defense forces of the Russian Defense Ministry" if frame == "governor_mod" else "air defense systems"
        active, _ = self.pick(VERBS)
        title = self.pick(("Governor", "Regional Governor"))
        region_name = self.place(code, "region_cap")
        head = f"{surname}: air defenses repel a drone attack on {region_name.removeprefix('the ')}"
        body = (f"{when[:1].upper() + when[1:]}, {force} {active} {count} over {where}, {title} {surname} wrote on Telegram. "
                f"{self.pick(('There were no casualties, he added.', 'No one was hurt, according to preliminary information.', 'Emergency services are working at the scene, he said.'))}")
        phr = (f"frame:{frame}", f"number:{numstyle}", f"date:{date_form}") + ((f"name:{namestyle}",) if frame != "governor_the_region" else ())
        gclaim = Claim(claim.day, [(code, n)], claimant="governor")
        return SynthDoc(name=name, published=claim.day, outlet=OUTLETS[frame], text=f"{head}\n\n{body}",
                        role="governor", phrasings=phr, claim=gclaim, expected_total=n, url_slug="telegram")


# --------------------------------------------------------------------------------------
# Noise and feature articles (no claims)
# --------------------------------------------------------------------------------------

CITIES = {  # a city in each region, for noise documents (all in places.csv or the regions' capitals)
    "RU-BRY": "Bryansk", "RU-KRS": "Kursk", "RU-BEL": "Belgorod", "RU-VOR": "Voronezh", "RU-ORL": "Oryol",
    "RU-KLU": "Kaluga", "RU-TUL": "Tula", "RU-LIP": "Lipetsk", "RU-ROS": "Rostov-on-Don", "RU-SMO": "Smolensk",
    "RU-RYA": "Ryazan", "RU-KDA": "Krasnodar", "RU-TVE": "Tver", "RU-TAM": "Tambov", "RU-TA": "Kazan",
    "RU-MOS": "Moscow", "RU-LEN": "Saint Petersburg",
}


class NoiseRenderer(GovernorRenderer):
    def noise_doc(self, day: dt.date, kind: str, name: str) -> SynthDoc:
        code = self.pick([c for c in CITIES if c not in ("RU-MOS", "RU-LEN")])
        city = CITIES[code]
        region = self.place(code, self.pick(("region_cap", "region_lower")))
        when = self.pick(("overnight", "early on " + WEEKDAYS[day.weekday()], "this morning", "late in the evening"))
        if kind == "alert":
            text = (f"A drone danger regime was declared in {region} {when}, the regional emergency headquarters said. "
                    f"Residents were asked to stay away from windows and to move to shelters if they heard sirens.\n\n"
                    f"The regime was lifted a few hours later. Schools in {city} opened as usual.")
        elif kind == "airport":
            text = (f"Temporary restrictions on arrivals and departures were imposed at the airport of {city} {when} "
                    f"to ensure the safety of civil aviation, Rosaviatsia said on Telegram. "
                    f"Several flights were delayed and passengers were told to check the status of their flights.\n\n"
                    f"The restrictions were lifted by midday.")
        elif kind == "explosions":
            text = (f"Residents of {city} reported hearing a series of loud explosions {when}, local Telegram channels said. "
                    f"Officials in {region} did not immediately say what had caused them.\n\n"
                    f"Videos shared by residents showed flashes in the sky above the outskirts of the city.")
        elif kind == "wreckage":
            text = (f"Wreckage fell on the roof of a warehouse in {city} {when}, sparking a small fire that firefighters quickly put out, "
                    f"the regional administration said. Windows were shattered in a nearby house. "
                    f"No one was hurt.\n\nInvestigators were working at the scene.")
        elif kind == "internet":
            text = (f"Mobile internet access was restricted in parts of {region} {when} for security reasons, the regional "
                    f"digital development ministry said. Wired connections and Wi-Fi were working normally.\n\n"
                    f"The restrictions are expected to remain in place while the threat persists.")
        elif kind == "feature":
            text = self.feature_text(day)
        else:
            raise ValueError(kind)
        outlet = OUTLETS["feature" if kind == "feature" else "noise"]
        return SynthDoc(name=name, published=day, outlet=outlet, text=text, role="noise", phrasings=(f"noise:{kind}",),
                        url_slug=kind)

    def feature_text(self, day: dt.date, paragraphs: int | None = None) -> str:
        """A long narrative article: places and events, few numbers, no interception counts."""
        codes = list(CITIES)
        paragraphs = paragraphs or int(self.rng.integers(5, 9))
        out = []
        title = self.pick(FEATURE_TITLES).format(region=self.place(self.pick(codes), "region_cap").removeprefix("the "))
        out.append(title)
        for _ in range(paragraphs):
            sentences = []
            for _ in range(int(self.rng.integers(4, 7))):
                code = self.pick(codes)
                slots = {
                    "city": CITIES[code], "region": self.place(code, self.pick(("region_cap", "region_lower"))),
                    "month": MONTHS[int(self.rng.integers(12))], "weekday": self.pick(WEEKDAYS),
                    "person": self.pick(PEOPLE), "job": self.pick(JOBS), "year": str(day.year - int(self.rng.integers(1, 4))),
                }
                sentences.append(self.pick(FEATURE_SENTENCES).format(**slots))
            out.append(" ".join(sentences))
        return "\n\n".join(out)


FEATURE_TITLES = (
    "Living with the sirens: a season in {region}",
    "How the war came to the towns of {region}",
    "In {region}, the night shift never really ends",
    "The long road back to normal in {region}",
)
PEOPLE = ("Irina", "Sergei", "Olga", "Nikolai", "Tatyana", "Dmitry", "Anna", "Pavel", "Yelena", "Maxim")
JOBS = ("a schoolteacher", "a retired engineer", "a bakery owner", "a taxi driver", "a nurse", "a volunteer",
        "a farmer", "a city council member", "a hardware store clerk", "a pensioner")
FEATURE_SENTENCES = (
    "{person}, {job} in {city}, says the nights have become the hardest part of the week.",
    "When the sirens start, she gathers the children and waits in the corridor, away from the windows.",
    "In the villages along the border of {region}, many families have sent their children to relatives further east.",
    "Since {month} the local administration has been handing out leaflets explaining what to do during an alert.",
    "The regional authorities have promised to pay for repairs to homes damaged by falling debris.",
    "In {city}, volunteers meet every {weekday} at a former cinema to sort donated clothes and medicine.",
    "The market near the railway station is quieter than it used to be, traders say, but it has not closed.",
    "Officials in {region} rarely give details, and residents have learned to follow local Telegram channels instead.",
    "{person} remembers the first time she heard the air defense systems working over {city}, in {month} {year}.",
    "Electronic warfare units have been moved closer to refineries and power stations, according to local reports.",
    "Insurance companies have been reluctant to cover damage caused by drones, leaving owners to argue with the courts.",
    "Some schools in {region} now hold lessons online whenever a threat is declared in the morning.",
    "A cafe owner in {city} said business had dropped since the curfew was extended, though regular customers still come.",
    "Military bloggers argue about how the attacks are planned, and the arguments spill into comment sections.",
    "The governor visited a damaged apartment block and promised that families would be rehoused before winter.",
    "Windows taped with crosses have become a common sight on the outskirts of {city}.",
    "{person}, {job}, keeps a bag by the door with documents, water and a torch.",
    "Trains to {city} still run on schedule, although passengers are sometimes asked to wait on the platform.",
    "In {month}, a fire at a fuel depot near {city} burned for most of a day before crews contained it.",
    "Analysts say the pattern of attacks on {region} reflects its position on the routes toward central Russia.",
    "The local newspaper now prints a weekly column of advice from the emergency services.",
    "Farmers in {region} complain that fields near the border are too dangerous to harvest.",
    "At the hospital in {city}, doctors have rehearsed what to do if the building loses power.",
    "Churches in {region} have opened their basements to anyone who needs shelter during an alert.",
    "Few people in {city} want to talk about politics, but almost everyone has a story about the night sky.",
    "The regional government says it has built more shelters along the main roads since {month} {year}.",
    "{person} says her neighbours have stopped counting the explosions and simply wait for the morning news.",
    "Not everyone is afraid: some residents film the sky from their balconies and post the videos online.",
    "Officials insist that life goes on, pointing to the concerts and fairs still held in the central square of {city}.",
    "The city's buses carry posters explaining how to recognise an unexploded object and whom to call.",
)


# --------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------


class CorpusWriter(NoiseRenderer):
    def claims_from_truth(self, truth) -> list[Claim]:
        regions = truth.filter(truth["region_code"] != "ALL").sort("date", "region_code")
        by_day: dict[dt.date, list[tuple[str, int]]] = {}
        for day, code, n in regions.iter_rows():
            if n and n > 0:
                by_day.setdefault(day, []).append((code, int(n)))
        claims = []
        for day in sorted(by_day):
            items = sorted(by_day[day], key=lambda cn: (-cn[1], cn[0]))
            claims.append(Claim(day, items))
        return claims

    def day_documents(self, claim: Claim, dup_rate: float, governor_rate: float) -> list[SynthDoc]:
        docs = []
        prefix = claim.day.isoformat()
        frames = self.options("frame", PRIMARY_FRAMES) or ["ministry"]
        primary = self.pick(frames)
        docs.append(self.document(claim, primary, "primary", f"{prefix}_01"))
        if self.chance(dup_rate):
            n_dups = 1 + int(self.chance(0.4))
            others = [f for f in self.options("frame", DUPLICATE_FRAMES) if f != primary] or frames
            for k in range(n_dups):
                frame = self.pick(others)
                late = self.options("date", LATE_DATES) and self.chance(0.3)
                docs.append(self.document(claim, frame, "late" if late else "duplicate", f"{prefix}_{len(docs) + 1:02d}"))
        gov_frames = self.options("frame", GOVERNOR_FRAMES)
        if gov_frames and self.chance(governor_rate):
            candidates = [(c, n) for c, n in claim.items if c in governors()]
            if candidates:
                code, n = self.pick(candidates)
                docs.append(self.governor_doc(claim, code, n, self.pick(gov_frames), f"{prefix}_{len(docs) + 1:02d}"))
        return docs

    def iter_documents(self, truth, dup_rate: float = 0.35, governor_rate: float = 0.2, noise_rate: float = 0.25,
                       feature_rate: float = 0.05) -> Iterator[SynthDoc]:
        claims = {c.day: c for c in self.claims_from_truth(truth)}
        days = sorted(set(truth["date"].to_list()) | set(claims))
        if days:
            days = [days[0] + dt.timedelta(days=i) for i in range((days[-1] - days[0]).days + 1)]
        noise_kinds = [k for k in self.options("noise") if k != "feature"]
        for day in days:
            docs = self.day_documents(claims[day], dup_rate, governor_rate) if day in claims else []
            if noise_kinds and self.chance(noise_rate):
                docs.append(self.noise_doc(day, self.pick(noise_kinds), f"{day.isoformat()}_{len(docs) + 1:02d}"))
            if "noise:feature" in self.allowed and self.chance(feature_rate):
                docs.append(self.noise_doc(day, "feature", f"{day.isoformat()}_{len(docs) + 1:02d}"))
            yield from docs


MANIFEST_COLUMNS = ("doc_id", "published", "role", "claimant", "event_date", "total", "expected", "phrasings")


def manifest_row(doc: SynthDoc) -> dict:
    claim = doc.claim
    expected = ""
    if claim:
        items = claim.items
        if "frame:reuters_partial" in doc.phrasings:
            items = claim.items[:1]
        expected = ";".join(f"{c}={n}" for c, n in sorted(items))
    return {
        "doc_id": doc.name, "published": doc.published.isoformat(), "role": doc.role,
        "claimant": claim.claimant if claim else "", "event_date": claim.day.isoformat() if claim else "",
        "total": str(doc.expected_total) if doc.expected_total is not None and doc.role != "governor" else "",
        "expected": expected, "phrasings": " ".join(doc.phrasings),
    }


def truth_csv(truth) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("date", "region_code", "count"))
    for day, code, n in truth.sort("date", "region_code").iter_rows():
        w.writerow((day.isoformat(), code, n))
    return buf.getvalue()


def write_corpus(truth, out_dir, seed: int, formats: Iterable[str] | None = None, *, dup_rate: float = 0.35,
                 governor_rate: float = 0.2, noise_rate: float = 0.25, feature_rate: float = 0.05,
                 avoid: Iterable[frozenset] = (), overwrite: bool = False) -> list[Path]:
    """Write the articles for ``truth`` (a ``simulate_truth`` frame) into ``out_dir``.

    ``formats``: the phrasings to use (names from ``ALL_PHRASINGS``; default
    all, ``SUPPORTED`` for the ones the extractor recovers; add
    ``avoid=UNSUPPORTED_COMBOS`` to leave out the failing combinations too).  Writes one
    ``.txt`` per document (YAML front matter: published, url, outlet),
    ``truth_daily.csv`` and ``manifest.csv``.  Refuses a folder that already
    holds .txt/.md files unless ``overwrite`` (then only the files of the
    previous manifest are removed).  Returns the paths written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear(out, overwrite)
    writer = CorpusWriter(seed, formats, avoid)
    written = []
    manifest = []
    for doc in writer.iter_documents(truth, dup_rate, governor_rate, noise_rate, feature_rate):
        path = out / f"{doc.name}.txt"
        path.write_text(doc.file_text(), encoding="utf-8", newline="\n")
        written.append(path)
        manifest.append(manifest_row(doc))
    (out / "truth_daily.csv").write_text(truth_csv(truth), encoding="utf-8", newline="\n")
    buf = io.StringIO()
    w = csv.DictWriter(buf, MANIFEST_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(manifest)
    (out / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8", newline="\n")
    return written + [out / "truth_daily.csv", out / "manifest.csv"]


def _clear(out: Path, overwrite: bool) -> None:
    existing = [p for p in out.iterdir() if p.suffix.lower() in (".txt", ".md") and p.is_file()]
    if not existing:
        return
    if not overwrite:
        raise FileExistsError(f"{out}: already holds {len(existing)} .txt/.md file(s); use an empty folder or --overwrite")
    manifest = out / "manifest.csv"
    ours = set()
    if manifest.exists():
        with manifest.open(encoding="utf-8", newline="") as fh:
            ours = {f"{row['doc_id']}.txt" for row in csv.DictReader(fh)}
    foreign = [p for p in existing if p.name not in ours]
    if foreign:
        raise FileExistsError(f"{out}: {foreign[0].name} was not written by stats.synth; not overwriting")
    for p in existing:
        p.unlink()


# --------------------------------------------------------------------------------------
# Checking what the pipeline recovered
# --------------------------------------------------------------------------------------


def compare_daily(truth_csv_path, daily_path):
    """Rows where the pipeline's daily table differs from the truth: date, region_code, truth, got."""
    import polars as pl

    truth = pl.read_csv(truth_csv_path, schema={"date": pl.Date, "region_code": pl.String, "count": pl.Int64})
    daily_path = Path(daily_path)
    if daily_path.is_dir():
        daily_path = daily_path / "daily.parquet"
    got = pl.read_parquet(daily_path) if daily_path.suffix == ".parquet" else pl.read_csv(
        daily_path, schema_overrides={"date": pl.Date})
    got = got.select("date", "region_code", pl.col("count").cast(pl.Int64).alias("got"))
    joined = truth.rename({"count": "truth"}).join(got, on=["date", "region_code"], how="full", coalesce=True)
    return joined.filter(pl.col("truth").is_null() | pl.col("got").is_null() | (pl.col("truth") != pl.col("got"))).sort(
        "date", "region_code")


def diagnose(corpus_dir, tables):
    """Per-document check against the manifest, and the failure rate of every phrasing.

    Returns (docs, phrasings): ``docs`` has one row per document with ``ok`` and
    ``why``; ``phrasings`` has, per phrasing, the documents using it and how
    many of them were not recovered.  ``tables``: the output folder of
    ``python -m stats tables``, or the frames of ``stats.tables.build_tables``.
    """
    import polars as pl

    corpus_dir = Path(corpus_dir)
    manifest = pl.read_csv(corpus_dir / "manifest.csv", infer_schema_length=0)
    if isinstance(tables, dict):
        claims, items = tables["claims"], tables["interceptions"]
    else:
        claims = pl.read_parquet(Path(tables) / "claims.parquet")
        items = pl.read_parquet(Path(tables) / "interceptions.parquet")
    claims_by_doc: dict[str, list[dict]] = {}
    for row in claims.iter_rows(named=True):
        claims_by_doc.setdefault(row["doc_id"], []).append(row)
    items_by_doc: dict[str, list[dict]] = {}
    for row in items.iter_rows(named=True):
        items_by_doc.setdefault(row["doc_id"], []).append(row)
    out = []
    for m in manifest.iter_rows(named=True):
        doc = m["doc_id"]
        cl = claims_by_doc.get(doc, [])
        it = items_by_doc.get(doc, [])
        why = []
        if m["role"] == "noise":
            counted = [c for c in cl if c["stated_total"] is not None or c["itemized_sum"] is not None]
            if counted:
                why.append(f"noise gave {len(counted)} claim(s) with numbers")
        else:
            with_numbers = [c for c in cl if c["stated_total"] is not None or c["itemized_sum"] is not None]
            if len(with_numbers) != 1:
                why.append(f"{len(with_numbers)} claims with numbers (want 1)")
            want_total = int(m["total"]) if m["total"] else None
            single = m["expected"].count("=") == 1
            # one region: the count may be read as the item only (no separate total)
            got_totals = sorted({c["stated_total"] if c["stated_total"] is not None or not single else c["itemized_sum"]
                                 for c in with_numbers})
            if want_total is not None and got_totals != [want_total]:
                why.append(f"totals {got_totals} (want {want_total})")
            dates = sorted({str(c["event_date"]) for c in with_numbers})
            if dates != [m["event_date"]]:
                why.append(f"dates {dates} (want {m['event_date']})")
            claimants = sorted({c["claimant"] for c in with_numbers})
            if claimants != [m["claimant"]]:
                why.append(f"claimants {claimants} (want {m['claimant']})")
            got_items = ";".join(sorted(f"{i['region_code']}={i['count']}" for i in it if i["count"] is not None))
            if got_items != m["expected"]:
                why.append(f"items {got_items or '-'} (want {m['expected']})")
        out.append({"doc_id": doc, "role": m["role"], "phrasings": m["phrasings"], "ok": not why, "why": "; ".join(why)})
    docs = pl.DataFrame(out, schema={"doc_id": pl.String, "role": pl.String, "phrasings": pl.String, "ok": pl.Boolean, "why": pl.String})
    phr = (
        docs.with_columns(pl.col("phrasings").str.split(" ").alias("phrasing")).explode("phrasing")
        .group_by("phrasing").agg(pl.len().alias("docs"), (~pl.col("ok")).sum().alias("failed"))
        .with_columns((pl.col("failed") / pl.col("docs")).round(3).alias("fail_rate"))
        .sort("fail_rate", "phrasing", descending=[True, False])
    )
    return docs, phr


PROBE_BASELINE = frozenset({"frame:ministry", "list:colon", "number:digits", "each:none", "name:region_cap",
                            "date:overnight", "preamble:none", "attribution:named"})
# Phrasings that only make sense alone (no pairs): they ignore most other dimensions.
_PROBE_SOLO = ("noise:", "frame:governor")


def probe_corpus(out_dir, seed: int = 0, per_phrasing: int = 12, overwrite: bool = False, pairs: bool = False,
                 combos: Iterable[Iterable[str]] | None = None) -> list[Path]:
    """A corpus that varies one phrasing (or, with ``pairs``, two phrasings of different dimensions) at
    a time from a plain baseline (ministry, colon list, digits, 'the X Region', overnight), so that
    ``diagnose`` attributes each failure to one phrasing or to one combination (``a+b``).  ``combos``:
    only these phrasings or combinations."""
    import numpy as np

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear(out, overwrite)
    singles = sorted(ALL_PHRASINGS)
    if combos is not None:
        combos = [tuple(sorted(c)) for c in combos]
        unknown = {p for c in combos for p in c} - ALL_PHRASINGS
        if unknown:
            raise ValueError(f"unknown phrasing(s): {', '.join(sorted(unknown))}")
    else:
        combos = [(p,) for p in singles]
    if pairs:
        pairable = [p for p in singles if not p.startswith(_PROBE_SOLO) and p not in PROBE_BASELINE]
        combos += [(a, b) for i, a in enumerate(pairable) for b in pairable[i + 1:] if a.split(":")[0] != b.split(":")[0]]
    rng = np.random.default_rng(seed)
    codes = [c for c, _ in DEFAULT_REGIONS]
    manifest = []
    written = []
    day0 = dt.date(2024, 3, 1)
    k = 0
    for combo in combos:
        dims = {p.split(":")[0]: p.split(":")[1] for p in combo}
        values = set(dims.values())
        if "noise" in dims:
            fmts = set(PROBE_BASELINE) | set(combo)
        else:
            fmts = {p for p in PROBE_BASELINE if p.split(":")[0] not in dims} | set(combo)
        writer = CorpusWriter(int(rng.integers(2**31)), fmts)
        for _ in range(per_phrasing):
            day = day0 + dt.timedelta(days=k)
            k += 1
            n_regions = 1 if "single" in values else int(rng.integers(2, 6))
            pool = list(range(len(codes)))
            if "bare" in values:
                pool = [j for j, c in enumerate(codes) if writer.bare_ok(c)]
            chosen = list(rng.choice(pool, size=n_regions, replace=False))
            moscow = codes.index("RU-MOS")
            if "paren_stems" in values and moscow not in chosen:  # the stems list's hard case: 'Moscow (13)'
                chosen[-1] = moscow
            counts = [int(x) for x in rng.integers(1, 40, size=n_regions)]
            if "each" in dims and n_regions >= 2:
                counts[-1] = counts[-2]
            if "a_single" in values:
                counts[-1] = 1
            items = sorted(((codes[j], n) for j, n in zip(chosen, counts)), key=lambda cn: (-cn[1], cn[0]))
            claim = Claim(day, items)
            name = f"{day.isoformat()}_{k:04d}"
            frame = dims.get("frame", "ministry")
            late = dims.get("date") in LATE_DATES
            if "noise" in dims:
                doc = writer.noise_doc(day, dims["noise"], name)
            elif frame in GOVERNOR_FRAMES:
                gov = [(c, n) for c, n in items if c in governors()] or [("RU-BRY", items[0][1])]
                doc = writer.governor_doc(claim, gov[0][0], gov[0][1], frame, name)
            else:
                if dims.get("date") == "late_said_on" and "frame" not in dims:
                    frame = "reuters"
                if "attribution" in dims and "frame" not in dims:
                    frame = "ministry_quoted"
                doc = writer.document(claim, frame, "late" if late else ("duplicate" if frame == "reuters_partial" else "primary"), name)
            if not set(combo) <= set(doc.phrasings) | {"frame:reuters"} and "noise" not in dims:
                continue  # the combination is not possible (e.g. a Reuters summary with a colon list)
            (out / f"{name}.txt").write_text(doc.file_text(), encoding="utf-8", newline="\n")
            written.append(out / f"{name}.txt")
            row = manifest_row(doc)
            row["phrasings"] = "+".join(combo)  # attribute the document to what is under test only
            manifest.append(row)
    buf = io.StringIO()
    w = csv.DictWriter(buf, MANIFEST_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(manifest)
    (out / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8", newline="\n")
    return written


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def add_synth_parser(subparsers) -> argparse.ArgumentParser:
    """The `synth` subcommand: `python -m stats synth --days N --seed S --out DIR`."""
    p = subparsers.add_parser(
        "synth", help="write a synthetic corpus from a simulated daily table (with truth_daily.csv)",
        description="Simulate a daily table of claimed interceptions (negative binomial, log-linear trend, weekly "
                    "pattern) and write articles reporting it in varied phrasing into DIR, with DIR/truth_daily.csv "
                    "and DIR/manifest.csv. The same seed gives byte-identical files.")
    p.add_argument("--days", type=int, required=True, metavar="N", help="number of days to simulate")
    p.add_argument("--seed", type=int, required=True, metavar="S", help="random seed")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder (must hold no .txt/.md files)")
    p.add_argument("--start", type=dt.date.fromisoformat, default=DEFAULT_START, metavar="YYYY-MM-DD",
                   help=f"first day (default {DEFAULT_START})")
    p.add_argument("--growth", type=float, default=0.2, metavar="G", help="growth per 30 days (default 0.2 = +20%%)")
    p.add_argument("--dispersion", type=float, default=0.5, metavar="A",
                   help="negative binomial dispersion: variance = mu + A*mu^2 (default 0.5; 0 = Poisson)")
    p.add_argument("--base", type=float, default=30.0, metavar="MU", help="mean national count on day 0 (default 30)")
    p.add_argument("--supported-only", action="store_true",
                   help="use only the phrasings (and combinations) the extractor is known to recover "
                         "(stats.synth.SUPPORTED, UNSUPPORTED_COMBOS)")
    p.add_argument("--dup-rate", type=float, default=0.35, help="share of dates reported by 2-3 documents (default 0.35)")
    p.add_argument("--noise-rate", type=float, default=0.25, help="share of dates with a noise document (default 0.25)")
    p.add_argument("--overwrite", action="store_true", help="replace a corpus this command wrote before")
    return p


def run_synth(args) -> int:
    try:
        if args.days < 0:
            raise ValueError("--days must be >= 0")
        truth = simulate_truth(args.days, args.seed, start=args.start, growth_per_30d=args.growth,
                               dispersion=args.dispersion, base=args.base)
        written = write_corpus(truth, args.out, args.seed, SUPPORTED if args.supported_only else None,
                               dup_rate=args.dup_rate, noise_rate=args.noise_rate,
                               avoid=UNSUPPORTED_COMBOS if args.supported_only else (), overwrite=args.overwrite)
    except (ValueError, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {args.out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    n_docs = len(written) - 2
    n_days = truth.filter(truth["region_code"] == "ALL").height
    print(f"wrote {n_docs} documents for {n_days} days with claims into {args.out} (truth_daily.csv, manifest.csv)",
          file=sys.stderr)
    return 0


def _main(argv: list[str] | None = None) -> int:
    """`python -m stats.synth synth ...`, `... probe DIR`, `... check CORPUS TABLES`."""
    parser = argparse.ArgumentParser(prog="python -m stats.synth")
    sub = parser.add_subparsers(dest="command", required=True)
    add_synth_parser(sub)
    probe = sub.add_parser("probe", help="one-phrasing-at-a-time corpus for diagnosis")
    probe.add_argument("out", type=Path)
    probe.add_argument("--seed", type=int, default=0)
    probe.add_argument("--per", type=int, default=12)
    probe.add_argument("--overwrite", action="store_true")
    probe.add_argument("--pairs", action="store_true", help="also every pair of phrasings of different dimensions")
    check = sub.add_parser("check", help="compare a synthetic corpus's truth with the pipeline's tables")
    check.add_argument("corpus", type=Path)
    check.add_argument("tables", type=Path)
    check.add_argument("--examples", type=int, default=2)
    args = parser.parse_args(argv)
    if args.command == "synth":
        return run_synth(args)
    if args.command == "probe":
        probe_corpus(args.out, args.seed, args.per, args.overwrite, args.pairs)
        return 0
    import polars as pl

    pl.Config.set_tbl_rows(1000)
    pl.Config.set_fmt_str_lengths(200)
    pl.Config.set_tbl_width_chars(250)
    if (args.corpus / "truth_daily.csv").exists():
        diff = compare_daily(args.corpus / "truth_daily.csv", args.tables)
        print(f"daily rows differing from the truth: {diff.height}")
        print(diff.head(40))
    docs, phr = diagnose(args.corpus, args.tables)
    print(f"documents not recovered: {docs.filter(~pl.col('ok')).height} of {docs.height}")
    print(f"phrasings (or combinations) tested: {phr.height}; with failures: {phr.filter(pl.col('failed') > 0).height}")
    print(phr.filter(pl.col("failed") > 0))
    for row in phr.filter(pl.col("failed") > 0).iter_rows(named=True):
        bad = docs.filter(~pl.col("ok") & pl.col("phrasings").str.contains(row["phrasing"], literal=True)).head(args.examples)
        for d in bad.iter_rows(named=True):
            print(f"  {row['phrasing']}: {d['doc_id']}: {d['why']}")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
