"""Resolving place names to ISO 3166-2 codes.

The names are data (``stats/data``): ``regions.csv`` (one row per region,
codes from pycountry), ``region_aliases.csv`` (how news name each region),
``places.csv`` (cities, districts, airports → their region; a name may have
several candidate regions), ``out_of_scope.csv`` (countries and foreign places
that get no code).  The vocabulary file adds the generic places ("Russia",
"the regions") that stand for the whole country, and "the capital".

``Gazetteer.find`` scans a stretch of text and returns every ``Place`` in it:
its span, the code it resolves to (or none), how (exact, context, fuzzy) and
any doubt as a problem string.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import regex
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from stats.gates import Gated, Tail, Twin, leading_literals, may_hold, required_literals, whole_words
from stats.patterns import CAPITAL_STARTING_WORD, V, alternation

# The note of the one candidate of an ambiguous place name that is read when nothing around it tells which is meant
# (candidates are otherwise in the order of their codes).
USUAL_READING = "ambiguous, the usual reading without context"
# Generic words that may follow a name: "Bryansk Region", "Surazhsky district".
SUFFIXES = [
    "region", "regions", "oblast", "oblasts", "krai", "kray", "territory", "territories", "area", "province",
    "republic", "district", "districts", "urban district", "municipal district", "municipal okrug", "city district",
    "raion", "rayon", "okrug", "peninsula", "city", "town", "village", "settlement", "airfield", "airport", "air base",
    "airbase", "reg.",  # "Kursk reg." in a translated list
]
REGION_SUFFIXES = {"region", "regions", "oblast", "oblasts", "province", "reg."}
DISTRICT_SUFFIXES = {"district", "districts", "raion", "rayon", "municipal district"}
NEAR_WORDS = Tail(regex.compile(r"(?:near|outside|around|suburbs\s+of|outskirts\s+of)\s+(?:the\s+)?$", regex.IGNORECASE))
# Words that look like places when capitalised but never are.
NOT_PLACES = {
    "Ukrainian", "Russian", "The", "Defense", "Defence", "Ministry", "Governor", "Air", "Force", "Telegram", "Mayor",
    "Head", "Kiev", "Kyiv", "Regional", "According", "Emergency", "Emergencies", "Federal", "Southern", "Northern",
    "Western", "Eastern", "Central", "Security", "Service", "Council", "Black", "Sea", "Armed", "Forces", "On", "In",
    "Over", "Russia", "Ukraine", "Moscow", "Earlier", "Later", "Meanwhile", "Another", "Additional", "Local",
}
# Capitals whose possessive speaks of a government, not a place: "Kiev's artillery", "Moscow's forces".
GOVERNMENTS = {"Kiev", "Kyiv", "Moscow"}
_SUFFIX_ALT = "|".join(regex.escape(s).replace(r"\ ", r"\s+") for s in sorted(SUFFIXES, key=len, reverse=True))
RE_SUFFIX = r"(?:\s+(?i:" + _SUFFIX_ALT + r"))?"
# A capitalised name the gazetteer does not know, in a place-like position: "Akhbulyinsk territory".
_UNKNOWN_SUFFIXES = ["region", "oblast", "krai", "kray", "territory", "district", "raion", "rayon", "area", "province", "republic"]
RE_UNKNOWN_BEFORE_SUFFIX = Gated(regex.compile(
    r"(?P<name>" + CAPITAL_STARTING_WORD + r"[\p{Ll}'’-]{2,}(?:[-\s]\p{Lu}[\p{Ll}'’-]+)?)(?:'s)?\s+(?P<suffix>(?i:"
    + "|".join(_UNKNOWN_SUFFIXES) + r"|urban\s+district))\b"
), frozenset(_UNKNOWN_SUFFIXES), twin=True)  # the suffix is one of these words in any case; twin: see stats.gates.Twin
RE_UNKNOWN_IN_LIST = Twin(regex.compile(r"(?P<name>" + CAPITAL_STARTING_WORD + r"[\p{Ll}'’-]{3,}(?:sk|sky|skiy|skaya|ovka|evka|ino|evo|ovo|ovsky|insk|ensk|ograd|gorod|ak|ets|ol|ovskaya|enskaya))(?![\w-])"))

# "… district of Kharkiv", "… microdistrict of the city of Kursk": between a part of a city and the city
RE_OF_CITY = regex.compile(r"\s+of\s+(?:the\s+)?(?:(?i:city|town)\s+of\s+)?")
PERSON_FIRST_NAMES = set(V["person_first_names"])
FIRST_NAMES = PERSON_FIRST_NAMES | set(V["common_first_names"])
RE_CLOCK_AFTER = regex.compile(r"\s+time\b", regex.IGNORECASE)  # "Moscow time", "Kyiv time": a clock, not a place
ADJECTIVE_ENDINGS = ("sky", "skiy", "skii", "skaya", "skoye", "skoe")
RE_LANDMARK_AFTER = regex.compile(r"\s+(?:ravelin|plant|factory|works|prospekt|prospect|avenue|square|garden|gardens|park|street|boulevard|"
                                  r"cathedral|monastery|palace|fort|embankment|market|shipyard|refinery)(?![\w-])")
RE_FLEET_AFTER = regex.compile(r"\s+(?:Fleet|Flotilla)\b")  # "the Black Sea Fleet": a navy, not the sea
RE_RIVER_AFTER = regex.compile(r"\s+(?i:river)\b")  # "the bridge over the Dnipro river": the river, not the city
RE_PERSON_NEXT = regex.compile(r"\s+\p{Lu}\p{Ll}+(?![\w-])(?<!Region|Oblast|Krai|Republic|District|Territory|City)")
# A run of capitalised words ("Kabardino-Balkaria", "Rostov-on-Don", and "Azov sea" as translations write it); Twin: with its
# capital first, re scans it faster than regex
RE_CAPITALISED_RUN = Twin(regex.compile(CAPITAL_STARTING_WORD + r"[\w'’.]*(?:(?:[-‐–]|\s+)(?:\p{Lu}[\w'’.]*|of|na|on|el|upon|the|sea)(?![\w]))*"))
RE_TOKEN = Twin(regex.compile(r"[\w'’.]+"))  # Twin: run by re where it finds the same (stats.gates)
# "the city of", "the district of", "the resort town of" before a name; not the suffix of a name before it ("the Kirovsky
# district of Crimea")
RE_PREFIX_BEFORE = Tail(regex.compile(
    r"(?<![\w-])(?i:the\s+)?(?:(?i:resort|seaside|coastal|border|frontier|frontline|front-line|port|garrison|industrial|small)\s+)?(?:(?i:republic|city|town|village|settlement|urban\s+district)|(?<!\p{Lu}[\p{L}'’-]*\s)(?i:region|oblast|district))\s+of\s+$"))
# a compound of whom a place's government backs or where someone sits: "Moscow-backed", "Kyiv-based"
RE_BACKED_AFTER = regex.compile(r"[-‐](?:backed|installed|appointed|based|led|controlled|friendly|aligned|imposed|supported)(?![\w-])", regex.IGNORECASE)
# a verb of saying right after a name: "Gusev raises number of drones downed …", "Gusev said"
RE_SPEAKS_AFTER = regex.compile(r"\s+(?:says|said|raises|raised|reports|reported|writes|wrote|claims|claimed|announces|announced|adds|added)(?![\w-])")
# "over the waters of the Black and Azov seas": two seas under one plural noun
TWO_SEAS_WORDS = frozenset({"seas"})  # a word of the stretch (stats.gates.whole_words) wherever RE_TWO_SEAS matches
RE_TWO_SEAS = Gated(regex.compile(
    r"(?<![\w-])(?P<first>Black|Azov|Caspian|Baltic)\s+and\s+(?:the\s+)?(?P<second>Black|Azov|Caspian|Baltic)\s+[Ss]eas(?![\w-])"
), TWO_SEAS_WORDS)
# A capital that starts a word: where every match of RE_UNKNOWN_BEFORE_SUFFIX and RE_UNKNOWN_IN_LIST starts (see Gazetteer._fuzzy)
RE_CAPITAL_START = Twin(regex.compile(CAPITAL_STARTING_WORD))
RE_SUFFIX_AFTER = Twin(regex.compile(r"\s+(" + _SUFFIX_ALT + r")(?![\w-])", regex.IGNORECASE))


_NORM_TABLE = str.maketrans({"'": None, "’": None, "-": " ", "‐": " ", "–": " "})


def _norm(name: str) -> str:
    """A name as looked up: lower case, no apostrophes or trailing dots, hyphens and runs of spaces as one space.

    >>> _norm("Kabardino-Balkaria"), _norm("Bryanskaya oblast'"), _norm("St. Petersburg")
    ('kabardino balkaria', 'bryanskaya oblast', 'st. petersburg')
    """
    return " ".join(name.translate(_NORM_TABLE).split()).lower().rstrip(".")


FUZZY_ACCEPT = 0.93
FUZZY_ACCEPT_IN_CONTEXT = 0.88


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    country: str
    kind: str
    capital: str
    surrounding_code: str


@dataclass
class Place:
    start: int
    end: int
    text: str
    code: str | None          # resolved ISO code; None for generic, foreign or unresolved
    scope: str                # "region", "local" (city/district), "generic", "foreign", "unknown"
    how: str = "exact"        # exact, context, near, fuzzy, default
    problem: str | None = None
    candidates: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Entry:
    code: str | None
    scope: str  # region | local | generic | foreign


def _read_csv(name: str) -> list[dict]:
    with resources.files("stats.data").joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


RE_TITLE_BEFORE = regex.compile(r"(?<![\w-])(?:Governor|Gov\.|Mayor|governor|mayor|Head|head)\s+$")
RE_WORD_BEFORE = regex.compile(r"(?<![\w-])(\p{Lu}[\p{Ll}]+)\s+$")


def _after_title_or_first_name(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a title or a first name: then it is a person's surname.

    >>> _after_title_or_first_name("said Governor Gusev", 14), _after_title_or_first_name("over Gusev", 5)
    (True, False)
    """
    before = text[max(0, start - 20):start]
    if RE_TITLE_BEFORE.search(before):
        return True
    word = RE_WORD_BEFORE.search(before)
    return bool(word) and word.group(1) in FIRST_NAMES


class Gazetteer:
    """Names → codes, and a scanner that finds places in text."""

    def __init__(self) -> None:
        self.regions: dict[str, Region] = {}
        for row in _read_csv("regions.csv"):
            self.regions[row["code"]] = Region(
                row["code"], row["name"], row["country"], row["kind"], row.get("capital") or "", row.get("surrounding_code") or ""
            )
        entries: dict[str, list[_Entry]] = defaultdict(list)

        def add(name: str, entry: _Entry) -> None:
            name = name.strip()
            if name and entry not in entries[name]:
                entries[name].append(entry)

        for region in self.regions.values():
            add(region.name, _Entry(region.code, "region"))
        for row in _read_csv("region_aliases.csv"):
            add(row["alias"], _Entry(row["code"], "region"))
        for row in _read_csv("places.csv"):
            add(row["name"], _Entry(row["code"], "local"))
            if row["note"].startswith(USUAL_READING):  # "Zhukovsky" with nothing around it is the town near Moscow
                entries[row["name"].strip()].sort(key=lambda e: e.code != row["code"])
        for row in _read_csv("out_of_scope.csv"):
            if not entries.get(row["name"].strip()):
                add(row["name"], _Entry(None, "foreign"))
        for name in V["generic_places"]:
            entries[name] = [_Entry(None, "generic")]
        for name, code in V["capital_aliases"].items():
            entries[name] = [_Entry(code, "region")]
        self.entries = dict(entries)
        self._by_lower = {n.lower(): n for n in self.entries}
        generic = [n for n in self.entries if self.entries[n][0].scope == "generic"]
        lower = [n for n in self.entries if n not in set(generic) and not n[:1].isupper()]  # "the capital"
        proper = [n for n in self.entries if n not in set(generic) and n[:1].isupper()]
        # Proper names are found by looking capitalised word runs up in a dict (fast for
        # thousands of names); the few lower-case phrases ("the capital", "the regions")
        # by a small pattern.
        self.by_norm: dict[str, str] = {}
        for name in proper:
            self.by_norm.setdefault(_norm(name), name)
        self.max_tokens = max(len(k.split()) for k in self.by_norm)
        # The first word of every looked-up name: a run's word that is none of these starts no name.
        self.first_words = frozenset(k.split(" ")[0] for k in self.by_norm)
        self.lower_pattern = Gated(regex.compile(
            r"(?<![\w-])(?:(?P<name>(?i:" + alternation(lower) + r"))" + RE_SUFFIX + r"|(?P<generic>(?i:" + alternation(generic) + r")))(?![\w-])"
        ), required_literals(lower + generic), anchors=leading_literals(lower + generic, min_len=1), twin=True)
        # min_len=1: "a number of regions" starts with "a"; trying the pattern at each word that starts with
        # an anchor ("a…" words among them) still costs fewer instructions than scanning every sentence.
        # One of these is a word of the stretch wherever lower_pattern matches ("Ukrainian drones": not that one).
        self.lower_words = whole_words(lower + generic, common=frozenset({"ukrainian"}))
        self.fuzzy_names = [n for n in self.entries if self.entries[n][0].scope in ("region", "local") and len(n) >= 5]
        # the people who make claims are no misspelt places: "Yevgeny Balitsky" is not Baltiysk
        self.people = frozenset(row["name"] for row in _read_csv("claimants.csv"))
        self._codes_of: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {}
        self._local_names: dict[str, list[str]] | None = None  # region code → its districts' and towns' names, built when first asked

    # ------------------------------------------------------------------ lookup
    def name_of(self, code: str) -> str:
        """English name of a code; shared codes joined with ` + `.

        >>> gazetteer().name_of("RU-KLU+RU-TUL")
        'Kaluga + Tula'
        """
        return " + ".join(self.regions[c].name if c in self.regions else c for c in code.split("+"))

    # ------------------------------------------------------------------ scanning
    def find(self, text: str, start: int = 0, end: int | None = None, context: set[str] | frozenset = frozenset(),
             words: frozenset[str] | None = None) -> list[Place]:
        """Places in ``text[start:end]``, resolved; ``context`` holds codes seen nearby (for ambiguous names).

        ``words``, the stretch's lower-case words when they are what the patterns see
        (``stats.extract.DocSentences.words``), lets the patterns none of whose words is there be passed over.
        """
        end = len(text) if end is None else end
        places = self._two_seas(text, start, end) if may_hold(words, (TWO_SEAS_WORDS,)) else []
        for s, name_end, e, key, suffix in self._names(text, start, end):
            if places and any(p.start <= s < p.end for p in places):
                continue  # "Azov" of "the Black and Azov seas" is the sea
            if key in PERSON_FIRST_NAMES and RE_PERSON_NEXT.match(text, name_end):
                continue  # "Governor Vladimir Volkov"
            if not suffix and RE_CLOCK_AFTER.match(text, name_end):
                continue  # "from 1400 to 2000 Moscow time"
            if RE_FLEET_AFTER.match(text, e):
                continue  # "the headquarters of the Black Sea Fleet"
            if not suffix and RE_RIVER_AFTER.match(text, name_end):
                continue  # "the Antonovsky bridge over the Dnipro river"
            if not suffix and RE_BACKED_AFTER.match(text, name_end):
                continue  # "Moscow-backed officials", "Kyiv-based analysts": who, not where
            if not suffix and _after_title_or_first_name(text, s):
                continue  # "Governor Gusev", "Alexander Gusev": a surname that is also a town's name
            if not suffix and RE_SPEAKS_AFTER.match(text, name_end) and self._local_only(key):
                continue  # "Gusev raises number of drones downed over Voronezh region to 11": a town's name that speaks is a person's
            places.append(self._resolve(s, e, key, suffix, text))
        named = list(places)
        lower = self.lower_pattern.finditer(text, start, end) if may_hold(words, (self.lower_words,)) else ()
        for m in lower:
            if any(p.start < m.end() and m.start() < p.end for p in named):
                continue  # "the Tambov and Penza regions": "regions" belongs to Penza
            if m.group("generic"):
                places.append(Place(m.start(), m.end(), m.group(), None, "generic"))
                continue
            name = m.group("name")
            if name.lower().endswith("capital") and regex.match(r"\s+(?:city\s+of\s+)?\p{Lu}", text[m.end():m.end() + 30]):
                continue  # "the capital Kazan": a name follows
            key = self._by_lower.get(regex.sub(r"\s+", " ", name.lower()), name)
            places.append(self._resolve(m.start(), m.end(), key, text[m.end("name"):m.end()].strip().lower(), text))
        places += self._fuzzy(text, start, end, places)
        if any(_landmark(text, p) for p in places):
            places = [p for p in places if not _landmark(text, p)]
        places.sort(key=lambda p: p.start)
        local = {p.code for p in places if p.code and not p.candidates}
        for place in places:
            if len(place.candidates) > 1:
                self._disambiguate(place, local, set(context))
        return places

    def _two_seas(self, text: str, start: int, end: int) -> list[Place]:
        """ "the Black and Azov seas" → the Black Sea and the Sea of Azov, each its own place."""
        places = []
        for m in RE_TWO_SEAS.finditer(text, start, end):
            for group, span_end in (("first", m.end("first")), ("second", m.end())):
                key = self.by_norm.get(_norm(m.group(group) + " Sea"))
                if key is not None:
                    places.append(self._resolve(m.start(group), span_end, key, "", text))
        return places

    def _names(self, text: str, start: int, end: int):
        """Known names in capitalised word runs: (start, end of name, end with suffix, entry key, suffix)."""
        first_words, by_norm = self.first_words, self.by_norm
        for run in RE_CAPITALISED_RUN.finditer(text, start, end):
            word = run.group()
            if word.isalpha():  # one word ("The", "Governor", "Kursk"): one token, which _norm only lower-cases
                lowered = word.lower()
                if lowered not in first_words:
                    continue  # a word that starts no name
                key = by_norm.get(lowered)
                if key is not None and word[0].isupper():
                    yield self._name_at(text, start, end, run.start(), run.end(), key)
                continue
            tokens = [t.span() for t in RE_TOKEN.finditer(text, run.start(), run.end())]
            a, b = tokens[-1]
            if text.endswith(("'s", "’s"), a, b) and b - a > 3 and text[a:b - 2] not in GOVERNMENTS:
                tokens[-1] = (a, b - 2)  # "North Ossetia's head": the name (not "People's" of "Donetsk People's Republic")
            # Each token as _norm leaves it: the tokens are apart by a hyphen or spaces, so _norm of tokens
            # i..j is these joined by a space, less a final ".".
            norms = [text[a:b].translate(_NORM_TABLE).lower() for a, b in tokens]
            i = 0
            while i < len(tokens):
                if not text[tokens[i][0]].isupper():
                    i += 1
                    continue
                # _norm of tokens i..i+k-1 starts with this word (a name of one word: without a final ".")
                first = norms[i]
                if first not in first_words and first.rstrip(".") not in first_words:
                    i += 1
                    continue
                found = None
                for k in range(min(self.max_tokens, len(tokens) - i), 0, -1):
                    key = by_norm.get(" ".join(norms[i:i + k]).rstrip("."))
                    if key is not None:
                        found = (k, key)
                        break
                if found is None:
                    i += 1
                    continue
                k, key = found
                name = self._name_at(text, start, end, tokens[i][0], tokens[i + k - 1][1], key)
                yield name
                i += k
                while i < len(tokens) and tokens[i][0] < name[2]:
                    i += 1

    @staticmethod
    def _name_at(text: str, start: int, end: int, s: int, name_end: int, key: str) -> tuple[int, int, int, str, str]:
        """A known name at ``text[s:name_end]`` with the words around it that belong to it ("the city of", "region")."""
        prefix = RE_PREFIX_BEFORE.search(text, max(start, s - 40), s)
        if prefix:
            s = prefix.start()
        suffix = RE_SUFFIX_AFTER.match(text, name_end, end)
        e = suffix.end() if suffix else name_end
        return s, name_end, e, key, (suffix.group(1).lower() if suffix else "")

    def _local_only(self, key: str) -> bool:
        """Whether a name is only a town's or a district's (not a region's, whose name also stands for its officials)."""
        return all(e.scope == "local" for e in self.entries.get(key) or ())

    def _resolve(self, start: int, end: int, key: str, suffix: str, text: str) -> Place:
        found = self.entries.get(key) or []
        span = (start, end, text[start:end])
        if not found:
            return Place(*span, None, "unknown", problem=f"unknown place {text[start:end]!r}")
        if found[0].scope == "foreign":
            return Place(*span, None, "foreign")
        codes, scope = self._codes(key, "region" if suffix in REGION_SUFFIXES else "district" if suffix in DISTRICT_SUFFIXES else "")
        code = codes[0]
        if code.startswith("SEA-") and suffix in REGION_SUFFIXES:
            return Place(*span, None, "generic")  # "over the Volga and Caspian regions": the lands around a sea, no subdivision
        how = "exact"
        region = self.regions.get(code)
        if region and region.surrounding_code:  # a city in a region of its own: "near Moscow" is the Moscow region
            near = NEAR_WORDS.search(text, max(0, start - 30), start)
            if suffix in REGION_SUFFIXES or near:
                code, how = region.surrounding_code, ("near" if near else "exact")
        if len(codes) > 1:
            return Place(*span, code, scope, "default", candidates=codes)
        return Place(*span, code, scope, how)

    def _codes(self, key: str, suffix: str) -> tuple[tuple[str, ...], str]:
        """The candidate codes of a name and their scope, worked out once: after a region suffix (``suffix`` "region") its
        regions only, if it names any; after a district suffix ("district"), the districts of other regions named like a region.

        "Krasnoyarsky district" is the Astrakhan or the Samara district, not Krasnoyarsk Krai; "Belgorod district" stays Belgorod's.
        """
        done = self._codes_of.get((key, suffix))
        if done is None:
            found = self.entries[key]
            regions = [e for e in found if e.scope == "region"]
            rest = [e for e in found if e.scope != "region"]
            if suffix == "region" and regions:
                found = regions
            elif suffix == "district" and regions and rest and all(e.scope == "local" and e.code not in {r.code for r in regions} for e in rest):
                found = rest  # only districts and towns of other regions
            done = self._codes_of[(key, suffix)] = (tuple(dict.fromkeys(e.code for e in found)), "region" if found[0].scope == "region" else "local")
        return done

    def near_name_in(self, name: str, code: str, cutoff: float = 0.9) -> str | None:
        """The name of a district or town of region ``code`` spelled nearly like ``name``, if any.

        >>> gazetteer().near_name_in("Kalacheyevsky", "RU-VGG")
        'Kalachyovsky'
        >>> gazetteer().near_name_in("Rossoshansky", "RU-VGG") is None
        True
        """
        if self._local_names is None:
            by_code: dict[str, list[str]] = defaultdict(list)
            for n, entries in self.entries.items():
                for e in entries:
                    if e.scope == "local" and e.code:
                        by_code[e.code].append(n)
            self._local_names = dict(by_code)
        best = process.extractOne(name, self._local_names.get(code, []), scorer=JaroWinkler.normalized_similarity, score_cutoff=cutoff)
        return best[0] if best else None

    def _disambiguate(self, place: Place, local: set[str], context: set[str]) -> None:
        """Pick the candidate named in the same sentence, else the one named earlier in the document."""
        for nearby in (local, context):
            hits = [c for c in place.candidates if c in nearby]
            if len(hits) == 1:
                place.code, place.how = hits[0], "context"
                return
        else:
            names = ", ".join(f"{self.name_of(c)} ({c})" for c in place.candidates)
            place.problem = f"ambiguous place {place.text!r} ({names}); read as {self.name_of(place.code)}"

    def _fuzzy(self, text: str, start: int, end: int, known: list[Place]) -> list[Place]:
        taken = [(p.start, p.end) for p in known]
        if not _unknown_may_start(text, start, end, taken):
            return []  # every name the patterns below find starts inside a known place: each would be passed over
        context = {p.code for p in known if p.code}
        out: list[Place] = []
        spans = []
        for m in RE_UNKNOWN_BEFORE_SUFFIX.finditer(text, start, end):
            spans.append((m.start("name"), m.end("name"), m.end()))
        for m in RE_UNKNOWN_IN_LIST.finditer(text, start, end):
            spans.append((m.start("name"), m.end("name"), m.end()))
        seen = set()
        suffixed = {s: full_end for s, e, full_end in spans if full_end > e}
        for s, e, full_end in sorted(spans):
            if s in seen or any(a <= s < b or a < e <= b for a, b in taken):
                continue
            seen.add(s)
            name = text[s:e]
            if name in NOT_PLACES or name.split()[0] in NOT_PLACES or name in self.people:
                continue
            best = process.extract(name, self.fuzzy_names, scorer=JaroWinkler.normalized_similarity, limit=5, score_cutoff=FUZZY_ACCEPT_IN_CONTEXT)
            choice = None
            for cand, score, _ in best:
                codes = {x.code for x in self.entries[cand]}
                if score >= FUZZY_ACCEPT or (codes & context):
                    choice = (cand, score)
                    break
            city = _city_after(text, suffixed.get(s, full_end), known) if s in suffixed else None
            if choice is not None and city is not None and city.code not in {x.code for x in self.entries[choice[0]]}:
                choice, full_end = None, suffixed[s]  # "the Bezhitsky district of Bryansk": the city says whose district it is
            if choice is None:
                if city is not None and full_end > e:
                    # "the Saltivskyi district of Kharkiv": a part of a city or region the gazetteer has no row for is in its region
                    out.append(Place(s, full_end, text[s:full_end], city.code, "local", "within",
                                     problem=f"unknown place {text[s:full_end]!r} read as a part of {city.text} ({city.code})"))
                    taken.append((s, full_end))
                    continue
                if full_end > e:  # "X region" that nobody knows: say so
                    out.append(Place(s, full_end, text[s:full_end], None, "unknown", problem=f"unknown place {text[s:full_end]!r}"))
                    taken.append((s, full_end))
                continue
            cand, score = choice
            entry = self.entries[cand][0]
            codes = tuple(dict.fromkeys(x.code for x in self.entries[cand]))
            place = Place(s, full_end, text[s:full_end], entry.code, "region" if entry.scope == "region" else "local", "fuzzy",
                          problem=f"place {name!r} read as {cand!r} ({self.name_of(entry.code)}, {entry.code}; similarity {score:.2f})",
                          candidates=codes if len(codes) > 1 else ())
            out.append(place)
            taken.append((s, full_end))
            if entry.code:
                context.add(entry.code)
        return out


def _city_after(text: str, end: int, known: list[Place]) -> Place | None:
    """The known city or region after ``end`` when only "of (the city of)" comes between: "… district of Kharkiv"."""
    city = next((p for p in known if p.code and p.scope in ("local", "region") and p.start > end), None)
    return city if city is not None and RE_OF_CITY.fullmatch(text, end, city.start) else None


def _unknown_may_start(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether RE_UNKNOWN_BEFORE_SUFFIX or RE_UNKNOWN_IN_LIST matches in ``text[start:end]`` at a place outside the spans ``taken``.

    ``Gazetteer._fuzzy`` looks up only the names that start outside the known
    places, and each match starts at a capital that starts a word: where the
    patterns match at none of those capitals outside the places, no name is
    looked up and the two scans of the stretch (which try every capital,
    those of the known places too) can be passed over.  Most sentences name
    only places the gazetteer knows.

    >>> _unknown_may_start("over the Tula region, Governor Milyaev said", 0, 43, [(9, 20)])
    False
    >>> _unknown_may_start("over the Akhbulyinsk territory", 0, 30, [])
    True
    """
    gap = start
    for a, b in sorted(taken) + [(end, end)]:  # the stretches between the places: the capitals there
        if a > gap:
            for m in RE_CAPITAL_START.finditer(text, gap, min(a, end)):
                at = m.start()
                if RE_UNKNOWN_BEFORE_SUFFIX.match(text, at, end) is not None or RE_UNKNOWN_IN_LIST.match(text, at, end) is not None:
                    return True
        gap = max(gap, b)
    return False


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()


def _landmark(text: str, place: Place) -> bool:
    """ "the Konstantinovsky ravelin", "the Kirovsky plant": a landmark named by an adjective, not the district of that name."""
    return place.text.lower().endswith(ADJECTIVE_ENDINGS) and RE_LANDMARK_AFTER.match(text, place.end) is not None
