"""Finding interception claims in a document.

The grammar, sentence by sentence:

1. A sentence speaks of interceptions when it has an interception verb or noun
   ("shot down", "destroyed", "the interception of").
2. In it we find counts ("83", "twenty-three", "a drone", "three each",
   "more than 10") with the weapon they count, and places (resolved by the
   gazetteer) grouped into lists ("the Belgorod, Bryansk, and Voronezh regions").
3. Counts and place lists are linked: "N over A" (a count owns the list after
   it), "A (two UAVs)" and "Kaluga followed with nine" (a list owns the count
   after it).  A count that owns no place is a total; a list that owns no
   count is a region named without a number.
4. Sentences are gathered into claims: one claimant's statement about one
   period.  A new claim starts with a new claimant, a new total, or after a gap.
5. A count over several places without "each" is ambiguous: shared by them, or
   each of them.  The claim's stated total decides (``resolve_readings``).

Every item keeps the phrase it came from, with offsets into the document text.
"""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

import regex

from stats import patterns as P
from stats.dates import (DAY_SPAN_NEEDS, EXPLICIT_NEEDS, RE_SPEAKER_STAMP_LINE, Anchor, TimeExpr, claim_date, clock_of, date_spans, day_spans, event_days, event_times, find_times,
                         hour_of, told_in_zone)
from stats.gates import (RE_FOLDS_TO_ASCII, Gated, leading_literals, lowered_whole, matches_at, may_hold, required_literals,
                         whole_word_starts, whole_words)
from stats.gazetteer import DISTRICT_SUFFIXES, Gazetteer, Place, gazetteer
from stats.text import Sentence, split_sentences, unbroken, unmarked

MAX_SENTENCE_GAP = 3  # sentences without a claimant of their own continue a claim at most this far back
MAX_AMBIGUOUS_GROUPS = 12  # 2**12 readings at most
REGIONAL_CLAIMANTS = {"governor", "mayor", "regional_head"}
OCCUPIED = {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"}  # where Russia's ministry claims interceptions
KYIV = ZoneInfo("Europe/Kyiv")
CITY_CODES = frozenset({"UA-30", "RU-MOW", "RU-SPE"})
CAPITAL_CODES = {"moscow": "RU-MOW", "kyiv": "UA-30", "kiev": "UA-30"}  # capitals that are subjects of their own: never "the region"
# the subjects on a sea's shore, where "the sea" told with no name is the sea off the place named before it
COASTS = frozenset({"UA-40", "UA-43", "UA-14", "UA-23", "UA-65", "UA-48", "UA-51", "RU-KDA", "RU-ROS", "RU-DA", "RU-AST", "RU-KL",
                    "RU-LEN", "RU-SPE", "RU-KGD", "RU-PRI", "RU-MUR", "RU-ARK", "RU-KAM", "RU-SAK", "RU-KHA"})


# --------------------------------------------------------------------------- data
@dataclass
class Count:
    start: int
    end: int              # end of the whole noun phrase ("22 Ukrainian drones")
    value: int | None
    qualifier: str
    weapon: str | None    # None: elliptical ("four over Stavropol")
    each: bool = False
    total_cue: bool = False
    attack_size: bool = False  # the cue was "an attack using N drones", not "in total"
    remaining: bool = False
    linked: bool = False
    national: bool = False  # linked to "Russia", "the regions"…
    singular: bool = False  # "a drone", "another UAV": never a stated total
    more: bool = False      # "two more", "another 12": a further statement
    definite: bool = False  # "the drone had been downed": the one already spoken of
    part: bool = False      # "one … the other …": one of the drones already spoken of
    ordinal: bool = False   # "a fourth was suppressed": one more in the same tally
    listed: bool = False    # "two Tochka-U missiles and seven Vilkha missiles", with no place: one count of a breakdown by type
    share: bool = False     # "half of them", "most of them": a share of the count told before it
    whole: bool = False     # "24 of the 57 drones its air defences shot down": the whole a part is of, over no one place
    implied: str | None = None  # an elliptical total's weapon, the last one named before it: "43 missiles were launched and 30 were shot down"
    put: bool = False       # "put the nationwide tally at 105 drones", "raising it to 58": a tally's figure, the claim's total

    @property
    def weapon_meant(self) -> str | None:
        """The weapon counted, named or implied."""
        return self.weapon or self.implied


@dataclass
class Group:
    places: list[Place]
    start: int
    end: int
    prep: bool            # a location (or target) preposition comes before it
    each_of: bool = False
    linked: bool = False
    target: bool = False  # "flying towards Moscow": where drones went, not where they fell
    attack: bool = False  # a target named as the place attacked: "repelled an attack on Novorossiysk"
    members: int = 1      # list members ("Kursk, Bryansk and Oryol" = 3); refinements ("Shebekino, Belgorod region") add none
    settlements: bool = False  # villages the gazetteer does not know come first: "near Kamenka and Tokmak, Zaporozhye region"
    hit: bool = False     # where the drones that were not downed hit ("the remaining ones hit targets in Kyiv"), or were launched from

    refinements: list = field(default_factory=list)  # "Cape Fiolent in Crimea": Crimea only says where Cape Fiolent is

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.code for p in self.places if p.code))

    @property
    def spread(self) -> int:
        """How many places the list spreads a count over: "Belgorod and the Belgorod region" is one, three districts are three."""
        if len(self.codes) > 1:
            return self.members
        local = sum(p.scope == "local" for p in self.places)
        return min(self.members, local) if local >= 2 else 1

    @property
    def foreign(self) -> bool:
        return all(p.scope == "foreign" for p in self.places)

    @property
    def unknown(self) -> list[Place]:
        return [p for p in self.places if p.scope == "unknown"]


@dataclass
class Item:
    codes: tuple[str, ...]   # in text order
    count: int | None
    qualifier: str
    weapon: str
    reading: str            # explicit, each, inferred_each, shared
    shared: bool
    start: int
    end: int
    place_text: str
    list_start: int = -1     # where the place list began (items of one list share it)
    partial: bool = False    # "most of the drones were destroyed over …": the list does not hold them all
    more: bool = False       # "two more drones over …": adds to what was said before
    n_places: int = 1        # how many places the list named ("the Fatezhsky, Konyshevsky and Kurchatovsky districts")
    ambiguous: bool = False  # a count over several places without "each"
    remaining: bool = False  # "the remaining drones over …": the count comes from the total
    total_cue: bool = False  # "in total, 13 drones over Kursk": may sum up the claim's other items
    definite: bool = False   # "the drone was downed over …": the drone an earlier sentence spoke of
    target: bool = False     # the place is where the drones flew ("heading towards Moscow"), not where they fell
    part: bool = False       # "one … in X, the other … in Y": a share of a count stated before
    ordinal: bool = False    # "A fourth was suppressed near Konakovo": one more in the same statement's tally

    @property
    def region_code(self) -> str:
        """The table's region code: shared codes sorted and joined with "+"."""
        return "+".join(sorted(self.codes))


@dataclass
class Claimant:
    role: str
    name: str | None
    key: str | None          # claimants.csv name, when a known person
    region: str | None
    explicit: bool           # attributed with a verb of saying


@dataclass
class Claim:
    claimant: Claimant | None
    sentences: list[Sentence] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    totals: list[Count] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    note: str | None = None
    ukraine_scope: bool = False  # the claim speaks of Ukraine's airspace, not Russia's
    region_before: object = None  # () -> the region named last before the claim (found only if asked)
    stated_total: int | None = None
    total_qualifier: str | None = None
    all_intercepted: bool = False  # a sentence of the claim says all the drones were downed
    repeats: list[Sentence] = field(default_factory=list)  # sentences of a repeated statement folded into this claim
    per_type: bool = False  # its counts are stated per weapon type, with no place and no single total
    corrects: bool = False  # it corrects the speaker's statement before ("At 23:20 he corrected the information: …")
    heading: Sentence | None = None  # a live page's post heading it opens with ("Zaporizhzhia reports two missiles intercepted")
    told_whole: object = None  # () -> whether words in or just after it, or in the headline, say its count is a whole ("all … intercepted")

    @property
    def itemized_sum(self) -> int | None:
        counts = [i.count for i in self.items if i.count is not None]
        return sum(counts) if counts else None

    @property
    def reconciliation(self) -> str:
        if not self.items:
            return "no_items"
        if self.stated_total is None:
            return "no_total"
        total, got = self.stated_total, self.itemized_sum or 0
        return "match" if got == total else ("under" if got < total else "over")


@dataclass
class SentenceFacts:
    sentence: Sentence
    interception: bool
    items: list[Item]
    totals: list[Count]
    claimant: Claimant | None
    national: bool = False
    doc: DocSentences | None = None
    own_places: list[Place] | None = None  # set for interception sentences (with "the region" resolved)
    all_intercepted: bool = False  # "all drones were destroyed": the count stated is the whole attack
    verbs: tuple[int, ...] = ()    # where the sentence's interception verbs stand (not the attributive "downed drones")
    tally: bool = False            # all its counts are of a tally ("Across 21-23 May, … a combined 776"): its days date no claim
    row: bool = False              # a row of a table or a line of a digest, read with its heading's verb

    @property
    def has_content(self) -> bool:
        return bool(self.items or self.totals)

    @property
    def places(self) -> list[Place]:
        """The sentence's places, found when first asked for."""
        return self.own_places if self.own_places is not None else self.doc.places(self.sentence.index)

    @property
    def times(self) -> list[TimeExpr]:
        """The sentence's time expressions, found when first asked for."""
        return self.doc.times(self.sentence.index)


class DocSentences:
    """A document's sentences with their places and times, each found once and only when asked for.

    Most sentences of a long article say nothing about interceptions; only
    the ones near a claim or an event are ever looked at closely.
    """

    def __init__(self, text: str, sentences: list[Sentence], gaz: Gazetteer, anchor: Anchor) -> None:
        self.text, self.sentences, self.gaz, self.anchor = text, sentences, gaz, anchor
        self._places: dict[int, list[Place]] = {}
        self._times: dict[int, list[TimeExpr]] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._unquoted: str | None = None
        self._letters: str | None = None  # the text in lower case, each character but a-z a space ("" when lowering changes its length)
        self._words_trusted: bool | None = None

    @property
    def unquoted(self) -> str:
        """The text with quotation marks as spaces (same length, same offsets), made once per document."""
        if self._unquoted is None:
            self._unquoted = P.RE_SINGLE_QUOTED.sub(lambda m: f" {m[1]} ", P.RE_QUOTES.sub(" ", self.text))
        return self._unquoted

    def words(self, i: int) -> frozenset[str]:
        """The sentence's lower-case words: cheap gates before any pattern runs."""
        if i not in self._words:
            s = self.sentences[i]
            if self._letters is None:
                lower = self.text.lower()  # one call per document; usable when every character stays one character
                # Each character but a-z as a space, offsets kept (a character beyond ASCII is one "?" byte, then a space):
                # three passes in C, where finding the words of each sentence with RE_WORDS made an object per word.
                self._letters = lower.encode("ascii", "replace").translate(P.AZ_OR_SPACE).decode("ascii") if len(lower) == len(self.text) else ""
            if self._letters:  # the runs of a-z between the sentence's offsets: RE_WORDS's words of the lowered sentence
                self._words[i] = frozenset(self._letters[s.start:s.end].split())
            else:
                self._words[i] = frozenset(P.RE_WORDS.findall(self.text[s.start:s.end].lower()))
        return self._words[i]

    @property
    def words_trusted(self) -> bool:
        """Whether a sentence's words are the words the patterns see: no letter of the text matches an ASCII
        letter without case but lowers to another ("ſ" is "s" to a pattern, see stats.gates.RE_FOLDS_TO_ASCII)."""
        if self._words_trusted is None:
            self._words_trusted = self.text.isascii() or RE_FOLDS_TO_ASCII.search(self.text) is None  # the letters it looks for are not ASCII
        return self._words_trusted

    def held(self, i: int) -> frozenset[str] | None:
        """Sentence ``i``'s words, for a gate (``may_hold``) to pass patterns over; None when they cannot be trusted."""
        return self.words(i) if self.words_trusted else None

    def places(self, i: int) -> list[Place]:
        if i not in self._places:
            context = {p.code for j, ps in self._places.items() if j < i for p in ps if p.code and not p.candidates}
            s = self.sentences[i]
            self._places[i] = self.gaz.find(self.text, s.start, s.end, context, self.held(i))
        return self._places[i]

    def times(self, i: int) -> list[TimeExpr]:
        if i not in self._times:
            s = self.sentences[i]
            self._times[i] = find_times(self.text, s.start, s.end, self.anchor, self.held(i))
        return self._times[i]

    def last_named(self, i: int, kind: str | None = None) -> str | None:
        """The region most recently named before sentence ``i``; of ``kind`` "region", one a reader could call "the
        region", not a capital ("as Kyiv races to scale up …": the government); of ``kind`` "sea", a sea."""
        for j in range(i - 1, -1, -1):
            named = [p.code for p in self.places(j) if p.code and p.scope in ("region", "local") and p.how != "anaphora"
                     and not (kind == "region" and p.code in CITY_CODES) and (kind != "sea" or p.code.startswith("SEA-"))]
            if named:
                return named[-1]
        return None

    def last_capital(self, i: int) -> str | None:
        """Kyiv's or Moscow's code, whichever of them was named by name last before sentence ``i``: the one "the capital" is."""
        for j in range(i - 1, -1, -1):
            named = [p.code for p in self.places(j) if p.code in ("UA-30", "RU-MOW") and "capital" not in p.text.lower()]
            if named:
                return named[-1]
        return None

    def last_place(self, i: int) -> str | None:
        """The region of the last place named before sentence ``i``; None when it was abroad or there is none."""
        for j in range(i - 1, -1, -1):
            own = [p for p in self.places(j) if p.scope != "generic"]
            if own:
                codes = [p.code for p in own if p.code and not p.code.startswith("OTHER")]
                return codes[-1] if codes else None
        return None

    def problems(self) -> list[str]:
        return list(dict.fromkeys(p.problem for i in sorted(self._places) for p in self._places[i] if p.problem))


@dataclass
class DocExtraction:
    claims: list[Claim]
    facts: list[SentenceFacts]
    anchor: Anchor       # what relative and yearless dates were resolved against
    doc: DocSentences

    @property
    def problems(self) -> list[str]:
        """Doubts about places in every sentence looked at so far (events look at more), then about claim dates."""
        problems = self.doc.problems()
        for claim in self.claims:
            problems += [t.problem for t in claim.times if t.problem and t.problem not in problems]
        return problems


# --------------------------------------------------------------------------- claimants
@cache
def _claimant_names() -> dict[str, tuple[str, str | None]]:
    with resources.files("stats.data").joinpath("claimants.csv").open(encoding="utf-8", newline="") as fh:
        return {row["name"]: (row["claimant"], row["region_code"] or None) for row in csv.DictReader(fh)}


@cache
def _names_pattern() -> regex.Pattern:
    """Any known claimant's name, as a whole word."""
    return regex.compile(r"(?<![\w-])" + P.alternation(_claimant_names()) + r"(?![\w-])")


@cache
def _claimant_pattern() -> Gated:
    titles = {t: role for role, ts in P.V["claimant_titles"].items() for t in ts}
    names = _claimant_names()
    return Gated(regex.compile(
        r"(?<![\w-])(?P<m>" + P.alternation(names) + r"|(?i:" + P.alternation(titles) + r"))(?![\w-])"
    ), required_literals([*names, *titles]), anchors=leading_literals([*names, *titles]), twin=True)  # names in their case: lower-cased text still holds them


# Words in most sentences of the news: another word of a title stands for it ("head of the region": "head").
_CLAIMANT_COMMON_WORDS = frozenset({"region", "regions", "regional", "ukraine", "ukraines", "ukrainian", "russia", "russias", "russian"})


@cache
def claimant_needs() -> tuple[frozenset[str], ...]:
    """The words one of which is a word of a sentence where a claimant's name or title is (for ``may_hold``)."""
    titles = [t for ts in P.V["claimant_titles"].values() for t in ts]
    return (whole_words([*_claimant_names(), *titles], _CLAIMANT_COMMON_WORDS),)


def _role_of(mention: str) -> tuple[str, str | None, str | None]:
    names = _claimant_names()
    flat = P.squeeze_spaces(mention).replace("’", "'")
    if flat in names:
        role, region = names[flat]
        return role, flat, region
    for role, ts in P.V["claimant_titles"].items():
        if flat.lower() in (t.lower().replace("’", "'") for t in ts):
            return role, None, None
    return "other", None, None


def find_claimant(text: str, sentence: Sentence, words: frozenset[str] | None = None) -> Claimant | None:
    """Who the sentence attributes its content to, if anyone.

    A mention followed by a verb of saying ("the ministry said", "Governor
    Gladkov wrote") or after "according to" is an attribution; a mention that
    is the actor ("the Defense Ministry's air defenses") is not.  ``words``, the
    sentence's words when they can be trusted, pass over a sentence that names
    no claimant (``may_hold``).
    """
    if not may_hold(words, claimant_needs()):
        return _country_said(text, sentence, words)
    best: Claimant | None = None
    weak: Claimant | None = None
    actor: Claimant | None = None
    pattern = _claimant_pattern()
    for m in pattern.finditer(text, sentence.start, sentence.end):
        after = text[m.end():sentence.end]
        before = text[max(sentence.start, m.start() - 60):m.start()]
        role, key, region = _role_of(m.group("m"))
        acting = P.RE_ACTOR_BEFORE.search(before) or (role == "other" and P.RE_ACTS_AFTER.match(after))
        # (the last: "the air defence and the Black Sea Fleet repelled an attack on the city, governor Razvozhayev reported")
        if acting or P.RE_ACTOR_AFTER.match(after):
            if actor is None and acting and role == "other":
                actor = Claimant(role, m.group("m"), key, region, False)  # "air defence units of Operational Command South shot down …"
            continue
        if P.RE_RELATIVE_WHERE.search(before):
            continue  # "… over the Moscow region, where Governor X said drones damaged homes": X speaks of damage
        if key is not None and P.RE_PLACE_NOUN_AFTER.match(after):
            continue  # "Snigirevka in the Nikolayev region": a place that has a claimant's name, not the head of Chuvashia
        name = _expand_name(text, m.start(), m.end(), sentence)
        if key is None:
            known = _names_pattern().search(name)
            key = P.squeeze_spaces(known.group()) if known else None
            if key:  # a known person: their office decides ("the head of the region, Gladkov" is a governor)
                role, region = _claimant_names()[key]
        name_end = m.start() + len(name) if text.startswith(name, m.start()) else m.end()
        tail = text[max(m.end(), name_end):sentence.end]
        explicit = bool(P.RE_ATTRIB_AFTER.match(tail) or P.RE_ATTRIB_BEFORE.search(before)
                        or P.RE_OPEN_PAREN_BEFORE.search(before) and P.RE_PAREN_CLOSES.match(tail))  # "… over Yelets (governor Igor Artamonov)."
        if region is None and (role in REGIONAL_CLAIMANTS or role == "other"):  # "the Zaporizhzhia regional military administration"
            region = _region_in(name) or _region_before(text, max(sentence.start, m.start() - 40), m.start())
        if key is None and m.group("m").lower() == "head" and not _republic(region):
            city = _city_headed(text, m.end(), sentence.end)
            if city is None:
                continue  # "the head of state", "a head injury"; "Mari El head Ivan Petrov" heads the republic
            role, region = "mayor", city  # "the head of Novorossiysk, Andrei Kravchenko, wrote": the city's head
        if role == "defense_ministry" and m.group("m").lower() == "the military" and P.RE_UKRAINES_DEFENCES.search(text, sentence.start, sentence.end):
            role = "air_force_ua"  # "Ukrainian air defences shot down 54 of 69 missiles, the military said": Ukraine's
        found = Claimant(role, name.strip(" ,") or None, key, region, explicit)
        if explicit:
            if best is None or (best.role == "defense_ministry" and role != "defense_ministry" and best.name == "the ministry"):
                best = found
        elif weak is None:
            weak = found
    return best or weak or _country_said(text, sentence, words) or actor


def split_statements(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences, with those that join two speakers' statements cut in two where the second begins.

    "Kursk's governor said two drones were shot down, while Belgorod's governor reported one": each clause
    names a different speaker with a verb of saying, so each is a sentence of its own.
    """
    if not any(map(_may_join_statements, sentences)):
        return sentences  # most documents: nothing to cut
    out: list[Sentence] = []
    for s in sentences:
        if _may_join_statements(s) and not P.RE_CUMULATIVE.match(text, _words_start(text, s), s.end):
            # (not "Over the week, the ministry reported more than 1,100 …, while the air force reported more than 1,900 …":
            # the week's tallies both, the opening cue governing the whole sentence)
            start = s.start
            for m in P.RE_STATEMENT_JOINT.finditer(text, s.start, s.end):
                if not (P.RE_SAYING.search(text, start, m.start()) and P.RE_SAYING.search(text, m.end(), s.end)):
                    continue  # a statement each side needs its verb of saying
                left, right = Sentence(0, start, m.start(), text[start:m.start()], s.paragraph), Sentence(0, m.end(), s.end, text[m.end():s.end], s.paragraph)
                a, b = find_claimant(text, left), find_claimant(text, right)
                if a is not None and b is not None and a.explicit and b.explicit and not _same_claimant(a, b):
                    out.append(Sentence(len(out), left.start, left.end, left.text, s.paragraph))
                    start = m.end()
            if start != s.start:
                out.append(Sentence(len(out), start, s.end, text[start:s.end], s.paragraph))
                continue
        out.append(s if s.index == len(out) else Sentence(len(out), s.start, s.end, s.text, s.paragraph))
    return out


def _may_join_statements(s: Sentence) -> bool:
    """Whether a sentence holds one of the joints of ``P.RE_STATEMENT_JOINT`` (a cheap test before the pattern)."""
    return ";" in s.text or " while " in s.text or " whereas " in s.text


def _country_said(text: str, sentence: Sentence, words: frozenset[str] | None = None) -> Claimant | None:
    """ "Russia said its air defences had destroyed 32 drones": the Defence Ministry, named by its country.

    Not in a headline ("Russia says it downed 25 drones targeting Moscow region", no full stop), which may
    sum up a mayor's or a governor's words.
    """
    closed = sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "’", ")"))
    if not may_hold(words, P.COUNTRY_SAID_NEEDS) or not (closed or _bulleted(sentence)):
        return None
    m = P.RE_COUNTRY_SAID.search(text, sentence.start, sentence.end)  # (a key point's bullet, "• Russia says it destroyed drones
    return Claimant("defense_ministry", m.group().split()[0], None, None, closed) if m else None  # over …", sums up the body's)


def _city_headed(text: str, start: int, end: int) -> str | None:
    """The region of the town a "head" heads when a town's bare name follows ("head of Novorossiysk", "head of the city of
    Kursk"), not a region's or a district's ("head of the Belgorod district")."""
    m = P.RE_OF_CITY_AFTER.match(text, start, end)
    if m is None:
        return None
    places = gazetteer().find(text, m.end(), min(end, m.end() + 40))
    if not places or places[0].start != m.end() or places[0].scope != "local" or not places[0].code:
        return None
    if "district" in places[0].text.lower() or not P.RE_HEADED_TOWN_ENDS.match(text, places[0].end):
        return None  # "the head of the Kryvyi Rih city military administration" heads an administration
    return places[0].code


def _republic(code: str | None) -> bool:
    region = gazetteer().regions.get(code or "")
    return region is not None and region.kind == "republic"


def _region_before(text: str, start: int, end: int) -> str | None:
    """The region named just before a title: "Sevastopol's governor", "the Kursk region governor"."""
    places = [p for p in gazetteer().find(text, start, end) if p.code and p.scope in ("region", "local")]
    if places and P.RE_TITLE_AFTER_PLACE.fullmatch(text, places[-1].end, end):
        return places[-1].code
    capital = P.RE_CAPITALS_TITLE_BEFORE.search(text, start, end)  # "Moscow's mayor", "Kyiv's mayor" (a capital's possessive
    return CAPITAL_CODES[capital["city"].lower()] if capital else None  # is its government's elsewhere: not found as a place)


def _expand_name(text: str, start: int, end: int, sentence: Sentence) -> str:
    """The mention with the capitalised words around it: "Bryansk Governor Alexander Bogomaz"."""
    m = P.RE_NAME_WORDS.match(text, end, sentence.end)
    right = m.end() if m else end
    # stop at a verb of saying or lower-case word
    words = P.RE_NAME_PIECES.findall(text[end:right])
    keep = end
    n_words = 0
    for w in words:
        if w.strip(" ,"):
            n_words += 1
            if n_words > 4 or P.RE_SAYING.fullmatch(w.strip(" ,.")):
                break
        if w.strip(" ,") and not (w[0].isupper() or w in ("of", "the")):
            break
        if w.strip(" ,") in ("of", "the") and keep == end:
            break
        keep += len(w)
    s = start
    q = P.RE_TITLE_QUALIFIER_BEFORE.search(text, max(sentence.start, start - 12), start)
    if q:
        s = q.start()  # "the Kryvyi Rih city military administration", "the regional military administration": whose administration
    while True:
        b = P.RE_CAPITALISED_BEFORE.search(text[max(sentence.start, s - 30):s])
        if not b or b.group(1) in ("The", "In", "On", "According", "Earlier", "Later", "Meanwhile", "Russian", "Russia's"):
            break
        s = s - len(b.group(0))
    name = P.squeeze_spaces(text[s:keep]).strip(" ,'’")
    return name[:-2].rstrip(" ,") if name.endswith(("'s", "’s")) else name  # "Gladkov's", not "Chibis" cut to "Chibi"


# --------------------------------------------------------------------------- counts
MAX_NUMBER = 10**9  # a larger number is no count of anything this tool reads (and overflows the tables' integers)


def parse_number(word: str) -> int | None:
    """A number as written to its value; None for no number, or one above ``MAX_NUMBER``.

    >>> [parse_number(w) for w in ("83", "1,200", "1\u00a0200", "twenty-three", "Seventy", "a dozen", "two dozen", "two hundred")]
    [83, 1200, 1200, 23, 70, 12, 24, 200]
    >>> [parse_number(w) for w in ("one hundred and twenty", "a hundred and five", "two hundred thirty-one")]
    [120, 105, 231]
    >>> parse_number("99999999999999999999") is None
    True
    """
    w = " ".join(word.lower().split())
    if w.replace(",", "").replace(" ", "").isdigit():  # "1,200"; "1 200" with a no-break space
        value = int(w.replace(",", "").replace(" ", ""))
        return value if value <= MAX_NUMBER else None
    if w in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[w]
    if "hundred " in w:  # "one hundred and twenty": the hundreds, then what follows them
        head, tail = w.split("hundred ", 1)
        hundreds, rest = parse_number(head + "hundred"), parse_number(tail.removeprefix("and "))
        return hundreds + rest if hundreds is not None and rest is not None else None
    parts = w.split(" ")
    scale = 1
    if parts[-1] in P.SCALE_WORDS and len(parts) > 1:
        scale = P.SCALE_WORDS[parts[-1]]
        parts = parts[:-1]
    total = 0
    for part in " ".join(parts).replace("-", " ").split(" "):
        if part not in P.NUMBER_WORDS:
            return None
        total += P.NUMBER_WORDS[part]
    return total * scale


def _weapon_after(text: str, pos: int, end: int, participles: bool = False) -> tuple[str | None, int]:
    """The weapon a count counts, skipping up to four modifiers: ("drone", end of noun) or (None, pos).

    With ``participles``, "nine intercepted UAVs" counts UAVs; after "a" it does
    not ("debris from a downed drone" is no claim).
    """
    p = pos
    for _ in range(6):
        if P.RE_NOT_WEAPON.match(text, _skip_ws(text, p, end), end):
            return "not", p
        w = P.RE_WEAPON.match(text, _skip_ws(text, p, end), end)
        if w and w.start() > pos:
            if P.RE_WEAPON_COMPOUND.match(text, w.end(), end):  # "a drone attack", but "four Shahed attack UAVs" counts UAVs
                head, head_end = _weapon_after(text, w.end(), end)
                return (head, head_end) if head not in (None, "not") else ("not", p)
            return _head_noun(text, w, end)
        m = P.RE_MODIFIER_WORD.match(text, p, end) or (P.RE_PARTICIPLE.match(text, p, end) if participles else None)
        if not m:
            break
        p = m.end()
    return None, pos


def _head_noun(text: str, w, end: int) -> tuple[str, int]:
    """A weapon's name followed by the noun it is a kind of counts that noun: "four Storm Shadow cruise missiles".

    The weapon is the head noun's ("three Shahed drones": drone), the phrase ends after it.
    """
    head, head_end = _weapon_after(text, w.end(), end)
    if head not in (None, "not"):
        return head, head_end
    nickname = P.RE_NICKNAME.match(text, w.end(), end)  # "three Shahed-136 'mopeds'": the phrase ends after the nickname
    return P.weapon_of(w.group()), nickname.end() if nickname else w.end()


def _skip_ws(text: str, p: int, end: int) -> int:
    while p < end and text[p].isspace():
        p += 1
    return p


def numbers(text: str, start: int, end: int, words: frozenset[str] | None = None) -> list:
    """The matches of ``P.RE_NUMBER`` in ``text[start:end]``: at the first digit of a run of digits or a word of
    ``P.NUMBER_FIRST_WORDS`` (``_matches_where_they_start``)."""
    return _matches_where_they_start(P.RE_NUMBER, P.NUMBER_FIRST_WORDS, text, start, end, words, digits=True)


def singulars(text: str, start: int, end: int, words: frozenset[str] | None = None) -> list:
    """The matches of ``P.RE_SINGULAR`` in ``text[start:end]``: at a word of ``P.SINGULAR_FIRST_WORDS`` ("a", "another")."""
    return _matches_where_they_start(P.RE_SINGULAR, P.SINGULAR_FIRST_WORDS, text, start, end, words)


def _matches_where_they_start(pattern, first_words: frozenset[str], text: str, start: int, end: int,
                              words: frozenset[str] | None, digits: bool = False) -> list:
    """A pattern's matches in ``text[start:end]``, the pattern tried only where one can start.

    The standard engine tries a pattern that opens with a lookbehind at every
    character; a match starts at a whole word of ``first_words`` (and, with
    ``digits``, at the first digit of a run of digits), which the stretch's
    lower-case ``words`` (``DocSentences.words``, None when they cannot be
    trusted) tell whether it holds.  The matches are the scan's (``stats.gates.matches_at``).
    """
    lowered = lowered_whole(text)
    if words is None or lowered is None:
        return list(pattern.finditer(text, start, end))
    starts = whole_word_starts(lowered, words & first_words, start, end)
    if digits:
        starts += [m.start() for m in P.RE_DIGIT_RUN.finditer(text, start, end)]
    starts.sort()
    return matches_at(pattern.on(text).match, text, starts, end)


def find_counts(text: str, sentence: Sentence, weapon_context: bool, words: frozenset[str] | None = None) -> list[Count]:
    """Counts of weapons in a sentence, elliptical ones only where the sentence speaks of weapons.

    ``text`` is the document with quotation marks read as spaces
    (``DocSentences.unquoted``), so "13 “air targets”" counts air targets;
    offsets are those of the document.  ``words``, the sentence's words when
    they can be trusted (``DocSentences.words``), let patterns that cannot
    match be passed over (``may_hold``).
    """
    s, e = sentence.start, sentence.end
    counts: list[Count] = []
    for m in numbers(text, s, e, words):
        value = parse_number(m.group())
        if value is None:
            continue
        before = text[max(s, m.start() - 25):m.start()]
        if P.RE_MONTH_NEAR.search(before) or P.RE_MONTH_AFTER.match(text, m.end(), e):
            continue
        if value == 1 and before.lower().endswith("no ") and m.group().lower() == "one":
            continue  # "adding that no one was hurt": nobody
        if m.start() == s and P.RE_ENUMERATOR_AFTER.match(text, m.end(), e):
            continue  # "2. Kursk region — 14": the line's place in a numbered list
        odd = P.RE_ODD_AFTER.match(text, m.end(), e)  # "20-odd UAVs": somewhat more than 20
        weapon, noun_end = _weapon_after(text, odd.end() if odd else m.end(), e, participles=True)
        if weapon == "not":
            continue
        partitive = False  # "three of them": a part of a count already told (``_shares``)
        downed_whole = False
        of_number = P.RE_OF_NUMBER_BEFORE.search(text, max(s, m.start() - 28), m.start())
        if of_number or P.RE_OF_FRONTED_BEFORE.ends(text, max(0, s - 2, m.start() - 28), m.start()):  # from the stop before the sentence
            downed = weapon not in (None, "not") and P.RE_DOWNED_RELATIVE.match(text, noun_end, e) or (
                weapon is None and not of_number and (P.RE_BARE_DOWNED.match(text, m.end(), e) or P.RE_NATIONWIDE_AFTER.match(text, m.end(), e)))
            # "…, out of 64 destroyed over Russia", "…, out of 71 over Russia as a whole"
            if not downed or of_number and P.RE_BARE_DOWNED.match(text, noun_end, e) and "the" not in of_number.group().lower().split():
                continue  # "38 of 46 drones", "Of the 46 drones launched, 38 …", "60 of 76 missiles shot down": 46 were launched, 38 shot down
            downed_whole = True  # "24 of the 57 drones its air defences shot down": 57 is the statement's total
        if weapon is None and "among" in before.lower() and P.RE_AMONG_BEFORE.search(before) and P.RE_AMONG_DOWNED_AFTER.match(text, m.end(), e):
            weapon, noun_end, downed_whole = "drone", m.end(), True  # "… among the 47 it said had been destroyed": the whole
            weapon = _antecedent(text, max(0, s - ANTECEDENT_REACH), m.start()) or weapon
        of_number = P.RE_OF_NUMBER_AFTER.match(text, m.end(), e)
        if weapon is None and of_number:
            weapon, noun_end = _weapon_after(text, of_number.end(), e, participles=True)
            if weapon in (None, "not"):
                weapon, noun_end = "drone", of_number.end()
        targets = P.RE_TARGETS_DOWNED.match(text, m.end(), e) if weapon is None else None
        if weapon is None and not targets and P.RE_DOWNED_BEFORE.ends(text, max(s, m.start() - 40), m.start()):
            targets = P.RE_TARGETS_AFTER_VERB.match(text, m.end(), e)  # "shot down two targets"
        if targets:
            weapon, noun_end = "drone", targets.end("noun")
        if weapon is None and may_hold(words, P.NUMBER_RISEN_NEEDS):
            risen = P.RE_NUMBER_RISEN.search(text, max(s, m.start() - 110), m.start())
            if risen and (risen["p1"] or risen["p2"]):  # "the number of downed UAVs has risen to six": six UAVs
                weapon = _weapon_after(text, risen.start("noun") - 1, e)[0]
                weapon = weapon if weapon != "not" else None
        if weapon is None:
            part = P.RE_OF_THESE.match(text, m.end(), e)
            if part and P.RE_OF_WHICH_NOT_DOWNED.match(text, m.end(), e):
                continue  # "19 over the Kursk region, both of which border Ukraine": of the places
            if part and P.RE_OF_THESE_ONLY.match(text[m.end():e]) and (_boats_before(text, m.start()) or _objects_before(text, s, m.start())):
                continue  # "unmanned boats were detected … three of them were destroyed", "39 houses were damaged, five of them destroyed"
            if part and (P.RE_OF_THESE_ONLY.match(text[m.end():e]) or _weapon_after(text, part.end(), e)[0] not in (None, "not")):
                w2, end2 = _weapon_after(text, part.end(), e)
                # "Six of them", after a sentence that counted "nine Kalibr missiles": the weapon named last, in this sentence or the one before
                weapon, noun_end = (w2 if w2 not in (None, "not") else _antecedent(text, max(0, s - ANTECEDENT_REACH), m.start())), (end2 if w2 not in (None, "not") else part.end())
                partitive = True
            elif not (weapon_context and (P.RE_ELLIPTIC_NEXT.match(text, m.end(), e) or P.RE_DASH_CELL_AFTER.match(text, m.end(), e)
                                          and P.RE_DASH_CELL_BEFORE.ends(text, s, m.start())
                                          or (line := P.RE_COUNT_DASH_LINE.match(text, s, e)) is not None and line.end() > m.end())):
                continue  # and "Odesa Oblast — 21 — Odesa Regional Military Administration", a count in its cell; "9 – Rylsky district;"
            else:  # "Two of them were downed over Zelenograd and one over New Moscow": the elliptic count is a part as well
                partitive = bool(counts) and counts[-1].part and (P.RE_PART_VERB_AFTER.fullmatch(text, counts[-1].end, m.start()) is not None
                                                                  or (counts[-1].weapon is None or P.RE_OF_THESE.search(text, counts[-1].start, counts[-1].end))
                                                                  and P.RE_LAST_JOINED.fullmatch(text, counts[-1].end, m.start()) is not None)
                # (and "…, two near the town of Kirov and one over the Kozelsk district": the last of the parts; "eight of them over
                # Smolensk and five over the Vyazma district")
            if m.group("digits") and 1900 <= value <= 2100 and "," not in m.group():
                continue  # a year
        qual = P.RE_QUALIFIER_BEFORE.search(before)
        qualifier = P.qualifier_of(qual.group()) if qual else "more_than" if odd else "exact"
        start = qual.start() + max(s, m.start() - 25) if qual else m.start()
        count = Count(start, noun_end if weapon else m.end(), value, qualifier, weapon, part=partitive)
        count.each = bool(P.RE_EACH_AFTER.match(text, count.end, min(e, count.end + 40)))
        cue = P.RE_TOTAL_CUE.search(text, max(s, start - 24), min(e, count.end + 12)) or (
            not counts and weapon is not None and P.RE_TARGETS.search(text, m.end(), noun_end) and P.RE_OPENING_TOTAL_CUE.match(text, s, start)) or (
            not counts and weapon is not None and P.RE_TOTAL_ACCORDING.fullmatch(text, s, start)) or (  # "In total, according to Sobyanin, 11 drones …"
            not counts and weapon is not None and not P.RE_DIGIT_RUN.search(text, noun_end, e)
            and (P.RE_OPENING_TOTAL_CUE.match(text, s, start) or P.RE_QUOTE_OPENS_TOTAL.search(text, s, start)))  # 'he wrote: "In total, since the evening, … 16 UAVs flying to Moscow."': the one count
        count.whole = downed_whole
        count.total_cue = bool(cue) or downed_whole or (weapon is not None and (
            P.RE_PARTS_AFTER.match(text, noun_end, e) is not None or P.RE_ALL_OVER_ONE.search(text, noun_end, e) is not None))
        count.attack_size = bool(cue) and bool(P.RE_ATTACK_SIZE_CUE.fullmatch(cue.group()))
        if _not_interception(text, sentence, count):
            continue
        counts.append(count)
    for m in singulars(text, s, e, words):
        if any(c.start <= m.start() < c.end for c in counts):
            continue
        weapon, noun_end = _weapon_after(text, m.end(), e)
        if weapon in (None, "not"):
            continue
        count = Count(m.start(), noun_end, 1, "exact", weapon, singular=not P.RE_ONE_MORE.match(m.group()))  # "another drone" is "one more drone"
        count.each = bool(P.RE_EACH_AFTER.match(text, count.end, min(e, count.end + 40)))
        if not _not_interception(text, sentence, count):
            counts.append(count)
    if not counts and weapon_context and words is not None and words & P.REST_WORDS:
        for m in P.RE_THE_REST.finditer(text, s, e):  # "The ministry said … that the rest had been brought down over the Kaluga, …":
            if P.RE_REST_CLAUSE_BEFORE.search(text, max(s, m.start() - 8), m.start()):  # the rest of the count told before
                counts.append(Count(m.start(), m.end(), None, "exact", None, remaining=True))
    if counts and weapon_context:
        for m in (P.RE_ANOTHER_OVER.finditer(text, s, e) if may_hold(words, P.ANOTHER_OVER_NEEDS) else ()):
            weapon = next((c.weapon for c in reversed(counts) if c.end <= m.start() and c.weapon), None)  # "3 drones over A and 2 over B, while another …"
            a, b = m.span("count")
            if weapon and not any(c.start <= a < c.end for c in counts):  # "and one more near X": its "one" may be counted already
                counts.append(Count(a, b, 1, "exact", weapon, singular=True))
        for m in P.RE_THE_REST.finditer(text, s, e):
            before = [c for c in counts if c.end <= m.start()]
            weapon = next((c.weapon for c in reversed(before) if c.weapon), None)
            if before and not P.RE_NOT_AFTER.match(text, m.end(), e):  # "14 were downed over X; 10 over Y; and the rest over Crimea": elliptical
                counts.append(Count(m.start(), m.end(), None, "exact", weapon, remaining=True))  # like the counts before it (not "the rest
                # falling in open fields or striking buildings in the Kharkiv region": the ones not downed)
        for m in (P.RE_ACCOUNTED_FOR_REST.finditer(text, s, e) if may_hold(words, P.BREAKDOWN_NEEDS) else ()):
            if any(c.end <= m.start() for c in counts):  # "… 29 over the Bryansk region, and the Kursk and Oryol regions accounted for the rest"
                counts.append(Count(m.start(), m.end(), None, "exact", None, remaining=True))
        for m in (P.RE_AS_MANY.finditer(text, s, e) if may_hold(words, P.AS_MANY_NEEDS) else ()):
            before = [c for c in counts if c.end <= m.start() and c.value is not None]
            if before:  # "eight over the Oryol region and as many over the Kaluga region"
                counts.append(Count(m.start(), m.end(), before[-1].value, before[-1].qualifier, before[-1].weapon))
    if weapon_context and not counts:
        m = _rest_opens(text, sentence)
        if m:  # "… seven over Dagestan. The rest were downed over Kalmykia": the rest of the count told before
            counts.append(Count(m.start(), m.end(), None, "exact", None, remaining=True))
    if weapon_context and may_hold(words, P.FRACTION_NEEDS):
        for m in P.RE_FRACTION_OF.finditer(text, s, e):
            if not any(c.start <= m.start() < c.end for c in counts):
                counts.append(_share_of(m, counts))
    if weapon_context and not counts:
        m = P.RE_ORDINAL_OPENS.match(text, s, e)
        if m:
            counts.append(Count(m.start("count"), m.end("count"), 1, "exact", "drone", singular=True, ordinal=True))
    for m in (P.RE_THE_ONE_DOWNED.finditer(text, s, e) if may_hold(words, P.THE_ONE_DOWNED_NEEDS) else ()):
        if not any(c.start <= m.start() < c.end for c in counts):
            weapon = P.weapon_of(m.group("noun"))
            counts.append(Count(m.start(), m.end(), 1, "exact", weapon, singular=True, definite=True))
    if weapon_context and may_hold(words, P.ONE_THE_OTHER_NEEDS):  # "One [was downed] in the Kaluga region, the other near the Central Ring Road": one each
        for m in P.RE_ONE_THE_OTHER.finditer(text, s, e):
            for g in ("one", "other"):
                a, b = m.span(g)
                if not any(c.start <= a < c.end or a <= c.start < b for c in counts):
                    counts.append(Count(a, b, 1, "exact", "drone", singular=True, part=True))
    for m in (P.RE_REMAINING_WORD.finditer(text, s, e) if may_hold(words, P.REMAINING_WORD_NEEDS) else ()):
        weapon, noun_end = _weapon_after(text, m.end(), e)
        if weapon not in (None, "not") and not any(c.start <= m.end() < c.end for c in counts):
            counts.append(Count(m.start(), noun_end, None, "exact", weapon, remaining=True))
    for c in counts:
        c.more = bool(P.RE_MORE.search(text, max(s, c.start - 9), c.end))
    counts.sort(key=lambda c: c.start)
    return counts


def _share_of(m, counts: list[Count]) -> Count:
    """"Half of them", "most of them": a share of the last count told before it in the sentence.

    The share has a count of its own only when it is an exact part of a known
    count ("half of them" of 30 is 15, "more than half" more than 15); "most of
    them", or a share of a count told in another sentence, leaves the place
    without a number.  The count it is a share of stays the claim's total.
    """
    whole = next((c for c in reversed(counts) if c.end <= m.start() and c.value is not None and not c.singular), None)
    share = P.FRACTIONS[" ".join(m.group("share").lower().replace("-", " ").split())]
    value, qualifier = None, "exact"
    if whole is not None and share is not None and whole.value * share[0] % share[1] == 0:
        value = whole.value * share[0] // share[1]
        if m.group("qual"):
            qualifier = P.qualifier_of(m.group("qual"))
        elif whole.qualifier != "exact":
            qualifier = "about"  # "half of the nearly 40 drones"
    weapon = whole.weapon if whole is not None and whole.weapon else "drone"
    return Count(m.start(), m.end(), value, qualifier, weapon, part=value is not None, share=True)


ANTECEDENT_REACH = 300  # characters before a sentence where the weapon "of them" speaks of may be named


def _antecedent(text: str, start: int, pos: int, default: str | None = "drone") -> str | None:
    """The weapon "of them" speaks of: the last one named before it in the sentence ("84 missiles …, 43 of them"), else ``default``."""
    last = None
    for last in P.RE_WEAPON.finditer(text, start, pos):
        pass
    return P.weapon_of(last.group()) if last is not None else default


def _named_after_weapons(pattern, text: str, start: int, pos: int) -> bool:
    """Whether what ``pattern`` names in ``text[start:pos]`` is named last, after every weapon (not counting a weapon word
    inside its own name: "naval drones")."""
    found = [m.span() for m in pattern.finditer(text, start, pos)]
    if not found:
        return False
    weapons = [m.end() for m in P.RE_WEAPON.finditer(text, start, pos) if not any(a <= m.start() < b for a, b in found)]
    return not weapons or found[-1][1] > weapons[-1]


def _objects_before(text: str, start: int, pos: int) -> bool:
    """Whether the last thing named in ``text[start:pos]`` is something on the ground ("houses", "cars"), not a weapon."""
    return _named_after_weapons(P.RE_DAMAGED_NOUN, text, start, pos)


def _only_weapon(text: str, start: int, pos: int) -> str | None:
    """The weapon named in ``text[start:pos]``, if only one kind is."""
    kinds = {P.weapon_of(m.group()) for m in P.RE_WEAPON.finditer(text, start, pos)}
    return kinds.pop() if len(kinds) == 1 else None


def _boats_before(text: str, pos: int, reach: int = 300) -> bool:
    """Whether the last craft named before ``pos`` is one air defenses do not down ("unmanned boats", "naval drones")."""
    return _named_after_weapons(P.RE_NOT_WEAPON, text, max(0, pos - reach), pos)


def _words_start(text: str, sentence: Sentence) -> int:
    """Where a sentence's words start: after a list's number or bullet and opening quotation marks ("3. ", "• “")."""
    return P.RE_LINE_OPENS.match(text, sentence.start, sentence.end).end()


def _rest_opens(text: str, sentence: Sentence):
    """ "The rest" opening a sentence or a list's line ("– the rest – over Dnipropetrovsk Oblast."), if it does."""
    return P.RE_THE_REST.match(text, _words_start(text, sentence), sentence.end)


def _put_tally(text: str, sentence: Sentence, weapon_context: bool = False):
    """ "The ministry put the nationwide tally for the night at 105 drones", "… put the number of drones destroyed at 105": the
    match, when what was put at the number is a tally of drones downed (not of those launched) in a sentence about drones
    (or a bare "put the number at 15" after one: "… drones flying toward Moscow being shot down. His last update put the number at 15")."""
    m = P.RE_PUT_TALLY_AT.search(text, sentence.start, sentence.end) or P.RE_RAISED_TO.search(text, sentence.start, sentence.end)
    if m is None or P.RE_NOT_BEFORE.search(m.group()):
        return None
    if not P.RE_WEAPON.search(text, sentence.start, sentence.end) and not (
            weapon_context and "rest" in m.groupdict() and not m["rest"].strip() and len(m["what"].split()) == 1
            and not text[max(sentence.start, m.start() - 4):m.start()].lower().endswith("had ")):
        return None  # (not "In a post shortly after 7 a.m. he had put the figure at 16": the figure before the one told)
    if P.RE_YEAR.search(m.group()) or P.RE_OUTLETS_COUNT.search(text, sentence.start, sentence.end) \
            or P.RE_CUMULATIVE.search(text, sentence.start, sentence.end):
        return None  # "A tally … compiled by our newsroom puts the number … in 2025 at roughly 29,000": a year's, an outlet's
    if P.RE_WHILE_ANOTHER_BEFORE.search(text, max(sentence.start, m.start() - 60), m.start()):
        return None  # "…, the governor said, while the defence ministry put the figure for the night at five": the other's
    return m


def _not_interception(text: str, sentence: Sentence, count: Count) -> bool:
    """A count that is launched, en route, a hit, an explosion: not an interception claim."""
    clause_start = max(sentence.start, count.start - 30)
    joined = P.RE_JOINED_COUNT_BEFORE.search(text, max(sentence.start, count.start - 60), count.start)
    if joined:  # "launched fifty-seven drones and two missiles": the verb the count before it has is its own
        clause_start = max(sentence.start, min(clause_start, joined.start() - 30))
    for br in P.RE_CLAUSE_BREAK.finditer(text, clause_start, count.start):
        clause_start = br.end()
    for br in P.RE_AND_CLAUSE.finditer(text, clause_start, min(sentence.end, count.end + 16)):  # the pattern looks past the count's start
        if br.end() > count.start:
            break
        clause_start = br.end()  # "24 drones were launched, and 18 of those were downed"
    partitive = P.RE_OF_THESE_ONLY.search(text, count.start, count.end) is not None  # "… were launched, 13 of them were downed"
    fronted = P.RE_OF_FRONTED_PHRASE.fullmatch(text, sentence.start, count.start)  # "Of the 45 drones launched, 38 …"
    partitive = partitive or fronted is not None
    own_verb = P.RE_BARE_DOWNED.match(text, count.end, sentence.end) is not None and "," in text[clause_start:count.start]
    # ("112 drones launched, 79 shot down": the elliptic count's own participle, after the comma)
    if not partitive and not own_verb and P.RE_NOT_BEFORE.search(text, clause_start, count.start) and not P.RE_ALL_THEN_DOWNED.match(text, count.end, sentence.end):
        return True  # not "Russia also sent 23 Shahed drones, all of which were destroyed": those sent, downed
    if count.start >= 5 and text.startswith("with", count.start - 5) and P.RE_STRUCK_WITH.search(text, max(sentence.start, count.start - 90), count.start):
        return True  # "hit an airfield in the Saratov region with 40 drones" (the pattern keeps to its clause)
    if P.RE_LAUNCHED_THEN_COUNT.match(text, count.end, sentence.end) and not P.RE_DOWNED_BEFORE.ends(text, clause_start, count.start):
        return True  # "112 drones launched, 79 shot down": the launched, then the downed
    after = P.RE_NOT_AFTER.match(text, count.end, sentence.end)
    if after and partitive and P.RE_HEADING_FOR.search(after.group()):
        return False  # "The Moscow region took 74, and 28 of those had been aimed at the capital", "six of these were heading
        # towards Moscow itself": a part of the downed, by target
    if after and fronted and P.RE_HEADING_FOR.search(after.group()) and _fronted_downed(text, sentence, count):
        return False  # "Of the drones brought down over the Moscow region, 10 were flying toward the city": a part of the downed, by target
    if after and P.RE_BUT_DOWNED.search(text, after.end(), min(sentence.end, after.end() + 80)):
        return False  # "two drones were launched at the Kremlin but were downed"
    if after and after.group().rstrip().endswith(("detected", "spotted")) and P.RE_AND_DOWNED.match(text, after.end(), sentence.end):
        return False  # "more than 20 UAVs had been detected and destroyed over Voronezh"
    if after and after.group().lstrip(" ,").startswith(("that", "which")) and P.RE_RELATIVE_THEN_DOWNED.match(text, after.end(), sentence.end):
        return False  # "37 of the 43 drones that attacked overnight had been destroyed"
    return bool(after)


# --------------------------------------------------------------------------- places
def _without_how_many(before: str) -> str:
    """The text before a generic place without the number of them: "over 13 other regions" is "over" other regions."""
    m = P.RE_HOW_MANY_BEFORE.search(before)
    return before[:m.start()] if m else before


def _beside_other_regions(text: str, group: Group, generics: list[Place]) -> bool:
    """Whether the list is followed by regions it does not name: "over the Moscow region and six other regions"."""
    for p in generics:
        if p.start >= group.end and p.text.lower().endswith("regions"):
            gap = _without_how_many(text[group.end:p.start])
            m = P.RE_HOW_MANY_OTHER_BEFORE.search(gap)
            if P.RE_LIST_JOINT.match(gap[:m.start()] if m else gap):
                return True
    return False


def group_places(text: str, places: list[Place]) -> list[Group]:
    """Consecutive places joined by commas or "and" form one list; "Budennovsk, Stavropol Krai" is one place."""
    groups: list[Group] = []
    pending_generic: Place | None = None
    launched_from: int | None = None  # where the last place a launch came from ends
    for k, place in enumerate(places):
        if place.scope == "generic":
            pending_generic = place
            continue
        if P.RE_REFERENCE_BEFORE.search(text, max(0, place.start - 30), place.start):
            continue  # "the Tver region, northwest of Moscow"
        if P.RE_FRONT_AFTER.match(text, place.end):
            continue  # "attacks in the Kupiansk and Lyman directions": a front, not where anything was downed
        if P.RE_SEAT_AFTER.match(text, place.end) and P.RE_FRONTED_IN_BEFORE.search(text, max(0, place.start - 12), place.start) \
                or P.RE_OFFICIALS_IN_BEFORE.search(text, max(0, place.start - 60), place.start):
            continue  # "In Moscow, the Defence Ministry said …", "Russian-installed officials in occupied Crimea say …": where speakers sit
        if P.RE_ADMINISTRATION_AFTER.match(text, place.end):
            continue  # "…, wrote Maksym Kozytskyi, head of the Lviv Regional Military Administration": a speaker's name
        if P.RE_LAUNCHED_FROM_BEFORE.ends(text, max(0, place.start - 50), place.start) or (
                launched_from is not None and (P.RE_LIST_JOINT.match(text[launched_from:place.start])
                                               or P.RE_PLATFORM_JOINT.match(text[launched_from:place.start]))):
            launched_from = place.end  # "launched from the Caspian and Black seas": the list goes on
            continue  # "missiles fired from a ship in the Black Sea": where they came from, not where they were downed
        launched_from = None
        if P.RE_INSTITUTION_BEFORE.search(text, max(0, place.start - 30), place.start) and not P.RE_SITE_IN_BEFORE.search(
                text, max(0, place.start - 70), place.start):
            continue  # "the Defense Ministry in Moscow said": where someone sits, not where drones fell
        if groups:
            last = groups[-1]
            gap = P.RE_REFERENCE_PHRASE.sub("", text[last.end:place.start])
            if gap.lstrip().startswith(")") and text.count("(", last.start, last.end) > text.count(")", last.start, last.end):
                gap = gap.lstrip()[1:]  # "Izyum, Balakleya (Kharkov region), Avdeyevka and Yasinovataya (…)": the list goes on
            prefix = P.RE_PLACE_PREFIX.match(place.text) if not gap.strip() else None  # "the Black Sea resort town of Anapa"
            if len(last.places) == 1 and P.RE_PORT_OF.match(gap + prefix.group() if prefix else gap):
                last.refinements.append(last.places[0])  # "the Crimean port of Sevastopol": Sevastopol is the place
                last.places = [place]
                last.end = place.end
                continue
            if len(last.places) == 1 and (last.places[0].code or "").startswith("SEA-") and P.RE_OFF_SHORE_GAP.match(gap):
                last.refinements.append(place)  # "over the Black Sea off Anapa": the sea is the place, Anapa says where on it
                last.end = place.end
                continue
            if place.code and all(p.scope == "unknown" for p in last.places) and P.RE_DISTRICTS_OF.search(text, last.places[-1].start, place.start):
                last.refinements.extend(last.places)  # "over the Kyivskyi district of the city": a district of the city named
                last.places = [place]
                last.end = place.end
                continue
            parts = last.places if all(p.scope == "local" and p.code for p in last.places) else last.places[-1:] if (
                last.places[-1].scope == "local" and last.places[-1].code and len(last.places) > 1) else []
            if place.code and parts and place.code not in {p.code for p in parts} \
                    and P.RE_DISTRICTS_OF.search(text, last.places[-1].start, place.start):
                for p in parts:  # "the Budyonnovsky and Kyivsky districts of Donetsk": the city's, not Stavropol's (and "the
                    # regional centre, over the Sovetsky district of Bryansk": the last of a list)
                    _read_in(p, place.code, f"district {p.text!r} read as one of {place.text} ({place.code}), not of {p.code}", "context")
                last.refinements.append(place)
                last.end = place.end
                continue
            misread = last.places[-1]
            if place.scope == "region" and place.code and misread.code != place.code and misread.how == "fuzzy" and misread.scope == "local" \
                    and P.RE_REFINE_GAP.match(gap) and gap.strip():
                _read_in_named(misread, place)  # "near Snigiryovka in the Nikolaev region and Kiselyovka in the Kherson region"
            codes = last.codes  # a property: made once here
            same = place.code is not None and (place.code in codes or any(_within(c, place.code) for c in codes))
            if same and P.RE_COUNT_THEN_IN.match(gap):
                last.refinements.append(place)  # "near Kupyansk (three) in the Kharkov region": where the town is, after its count
                continue
            refine = same and (P.RE_REFINE_GAP.match(gap) or last.places[-1].scope == "local" and P.RE_UNKNOWN_TOWN_GAP.match(gap))
            if not refine and last.prep and "," in gap and P.RE_PLACES_ACCOUNT_FOR.match(text, place.end, min(len(text), place.end + 80)):
                pass  # "… over the Bryansk region, and the Kursk and Oryol regions accounted for the rest": a list of its own
            elif "," in gap and P.RE_PLACE_OWN_COUNT.match(text, place.end):
                pass  # "two each over the Pogar and Sevsk districts, Trubchevsk district – 1": the next line of a list, with its count
            elif refine or (P.RE_LIST_JOINT.match(gap) and not gap.strip().startswith("(")) or (last.settlements and P.RE_SETTLEMENTS_JOINT.match(gap)) or (
                    last.prep and place.scope == "region" and P.RE_SETTLEMENT_OF_JOINT.match(gap)):
                if refine and place.code not in last.codes:
                    last.refinements.append(place)
                else:
                    last.places.append(place)
                if refine:
                    for p in last.places:  # "near Kiselevka and Chernobaevka in the Kherson region"
                        if p.how == "fuzzy" and p.scope == "local" and p.code != place.code:
                            _read_in_named(p, place)
                last.end = place.end
                last.members += 0 if refine else 1
                pending_generic = None
                continue
        start = place.start
        beside_national = False  # "over the territory of Russia and temporarily occupied Crimea"
        if pending_generic is not None and not text[pending_generic.end:place.start].strip():
            start = pending_generic.start  # "over Russia's Rostov Region"
        elif pending_generic is not None:
            occupied = P.RE_OCCUPIED_BEFORE.search(text, pending_generic.end, place.start)
            beside_national = (occupied is not None and bool(P.RE_LIST_JOINT.match(text[pending_generic.end:occupied.start()])) or (
                P.RE_INCLUDING_GAP.fullmatch(text, pending_generic.end, place.start) is not None) or (  # "over several regions, including Moscow"
                (place.code or "").startswith("SEA-") and P.RE_LIST_JOINT.match(text[pending_generic.end:place.start]) is not None)) and bool(
                P.RE_LOCATION_PREP.ends(_without_how_many(text[max(0, pending_generic.start - 60):pending_generic.start])))  # "over Russian regions and the Black Sea"
        pending_generic = None
        before = text[max(0, start - 60):start]
        prep = beside_national or P.RE_LOCATION_PREP.ends(before) or (
            P.RE_ON_BEFORE.search(before) is not None and P.RE_PENINSULA.search(text, place.start, place.end) is not None)
        settlements = not prep and ((place.scope == "region" and P.RE_SETTLEMENTS_BEFORE.ends(before)) or (
            P.RE_SETTLEMENT_AND_BEFORE.ends(before) and not (k and P.RE_LIST_JOINT.match(text[places[k - 1].end:place.start]))))  # not "Russia and Crimea"
        prep = prep or settlements or (P.RE_NAMED_WITHOUT_FIGURES_BEFORE.ends(before) and P.RE_NO_FIGURES.search(
            text, place.end, text.find(".", place.end) % (len(text) + 1) or len(text)) is not None)
        target = not prep and P.RE_TARGET_PREP.ends(before) and not P.RE_LARGEST_ATTACK_ON.ends(before)
        each_of = bool(P.RE_EACH_OF.search(before))
        groups.append(Group([place], start, place.end, prep or each_of or target, each_of, target=target,
                            attack=target and P.RE_ATTACK_ON.ends(before), settlements=settlements,
                            hit=prep and P.RE_HIT_THERE.search(text, max(0, start - 120), start) is not None))
    for g in groups:  # "over the Belgorod, Bryansk and Voronezh regions": plural suffix after the list
        m = P.RE_PLURAL_REGIONS.match(text, g.end)
        if m:
            g.end = m.end()
        if len(g.places) > 1 and P.RE_PLURAL_END.search(text, g.start, g.end):
            _regions_not_cities(g)
        elif len(g.places) > 2:  # "over the Kyiv, Zaporizhzhia and Dnipropetrovsk regions and over the capital": the regions before the capital
            last = next((k for k in range(len(g.places) - 2, 0, -1) if P.RE_PLURAL_END.search(text, g.start, g.places[k].end)), None)
            if last is not None:
                _regions_not_cities(Group(g.places[:last + 1], g.start, g.places[last].end, g.prep))
    return groups


def _within(inner: str, outer: str) -> bool:
    """Whether region ``inner`` lies inside ``outer`` as news speak of it: Sevastopol in Crimea, Moscow in the Moscow region."""
    region = gazetteer().regions.get(inner)
    return bool(region and region.surrounding_code == outer) or (inner, outer) == ("UA-40", "UA-43")


def _city_and_its_region(codes: tuple[str, ...]) -> bool:
    """Whether the places are a city and the region around it, one count for both: "16 over Kyiv and the surrounding oblast"."""
    return len(codes) == 2 and (_within(codes[0], codes[1]) or _within(codes[1], codes[0]))


def _regions_not_cities(group: Group) -> None:
    """In "the Moscow, Tula and Kaluga regions" Moscow is the region around the city."""
    gaz = gazetteer()
    for place in group.places:
        region = gaz.regions.get(place.code or "")
        if region and region.surrounding_code and place.scope == "region":
            place.code = region.surrounding_code


# --------------------------------------------------------------------------- one sentence
TABLE_BARS = ("|", " — ", " – ", " - ")  # what sets off a table's cells: pipes, or (two on a line) dashes, or hyphens typed for them


def table_rows(text: str, sentences: list[Sentence]) -> set[int]:
    """The sentences that are rows of a table written with pipes whose heading counts downings:

        Region | Drones downed | Source
        Kursk | 12 | Governor Khinshtein

    or with dashes ("Region — missiles shot down — source", a heading with no count). Each row is read as a sentence
    whose verb is the heading's.
    """
    rows: set[int] = set()
    heading = None  # whether the table the lines belong to counts downings; None: not in a table
    bar = ""  # what its cells are set off by
    for s in sentences:
        line = text[s.start:s.end]
        cells = "|" if "|" in line else next((bar for bar in TABLE_BARS[1:] if line.count(bar) >= 2), "")
        if not cells or cells != bar and heading is not None or text[max(0, s.start - 1):s.start] not in ("", "\n"):
            heading = None
        elif heading is None:
            heading = P.RE_INTERCEPTION.search(line) is not None and (cells == "|" or not _has_digit(text, s))
            bar = cells
        elif heading and P.RE_TABLE_RULE.fullmatch(line) is None:
            rows.add(s.index)
    return rows | _digest_lines(text, sentences)


def _digest_lines(text: str, sentences: list[Sentence]) -> set[int]:
    """The lines of a list under a heading of the claims' figures, each a day's count with no verb:

        The numbers (Russian MoD, morning reports on overnight activity):
        • Mon, Sep 8 — 31 drones, the bulk of them over Belgorod and Kursk.
        • Wed, Sep 10 — 122 drones. 40 over Bryansk and 29 over Smolensk; …
    """
    rows: set[int] = set()
    days, lists = P.RE_DAY_WORD_CAPS.search(text) is not None, ":\n" in text
    if not (days or lists):
        return rows
    heading = None
    day_paragraph = None  # "MON 9 NOV. Ministry of Defence morning report: 61 UAVs overnight; …": a digest's day
    for s in sentences:
        if days and P.RE_DAY_HEADING.match(s.text) and (s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph):
            day_paragraph = s.paragraph
        if day_paragraph is not None and s.paragraph == day_paragraph:
            rows.add(s.index)
            continue
        if heading is not None and s.paragraph == heading.paragraph and (_bulleted(s) or not text[max(0, s.start - 1):s.start] == "\n"):
            rows.add(s.index)
            continue
        heading = s if s.text.rstrip().endswith(":") and P.RE_FIGURES_HEADING.search(s.text) and not _bulleted(s) else None
    return rows


def analyze_sentence(doc: DocSentences, sentence: Sentence, weapon_context: bool, continues: bool = False, row: bool = False) -> SentenceFacts:
    """Everything a sentence says about interceptions: items, totals, claimant, places, times.

    Sentences without an interception verb are not looked at further here
    (their places and times are found later, if a claim or an event needs them).
    A ``row`` of a table whose heading counts downings is read as if it had the heading's verb.
    """
    text = doc.text
    words = doc.words(sentence.index)
    continues = continues or row
    if may_hold(words, P.CORRECTION_NOTE_NEEDS) and P.RE_CORRECTION_NOTE.match(text, sentence.start, sentence.end):
        return SentenceFacts(sentence, False, [], [], None, doc=doc)  # "An earlier version of this article said 41 drones …": the outlet's error
    if may_hold(words, P.SUPERSEDED_NEEDS) and P.RE_SUPERSEDED_STATEMENT.match(text, sentence.start, sentence.end):
        return SentenceFacts(sentence, False, [], [], None, doc=doc)  # "The first statement had listed five drones over Dagestan": set right since
    if sentence.text.rstrip(' "”»').endswith("?"):
        return SentenceFacts(sentence, False, [], [], None, doc=doc)  # "Can you say how many drones have been shot down …?": asked, not told
    if may_hold(words, P.RATIO_NEEDS) and P.RE_RATIO.search(text, sentence.start, sentence.end):
        return SentenceFacts(sentence, False, [], [], None, doc=doc)  # "roughly one in ten Shaheds brought down …": a share
    if may_hold(words, P.DELETED_POST_NEEDS) and P.RE_DELETED_POST.search(text, sentence.start, sentence.end):
        return SentenceFacts(sentence, False, [], [], None, doc=doc)  # "… a message about a drone shot down …, but it was deleted"
    put = _put_tally(text, sentence, weapon_context) if words & P.PUT_WORDS else None  # "… put the nationwide tally at 105 drones"
    told_downed = bool(words & P.CLAIMED_WORDS) and "of" in words and P.RE_CLAIMED_OF.search(text, sentence.start, sentence.end) or (
        "ministry" in words and bool(words & P.MINISTRY_REPORTED_WORDS) and P.RE_MINISTRY_REPORTED.search(text, sentence.start, sentence.end))
    if not (words & P.INTERCEPTION_WORDS) and not told_downed and not (continues and (_has_digit(text, sentence) or words & P.NUMBER_WORD_SET
                                                                   or may_hold(words, P.FRACTION_NEEDS) or words & P.REST_WORDS
                                                                   or words & P.NAMED_WORDS)) and put is None:
        return SentenceFacts(sentence, False, [], [], None, doc=doc)
    verbs = [m.start() for m in P.RE_INTERCEPTION.finditer(text, sentence.start, sentence.end)]
    if "forced" in words:
        verbs = sorted(verbs + [m.start() for m in P.RE_FORCED_TO_LAND.finditer(text, sentence.start, sentence.end)])
    if told_downed:  # "claimed 751 of the 823 drones", "the ministry reported 11 UAVs over …": a verb of downing
        verbs = sorted(verbs + [told_downed.end() - 1])  # (the verb's last letter: after the speaker's name)
    held = doc.held(sentence.index)  # the words every pattern below sees
    attributive = []  # where the verbs are used of other things; looked for only when there is a verb
    if verbs:
        attributive = [m.span() for m in P.RE_ATTRIBUTIVE.finditer(text, sentence.start, sentence.end)]
        if words & P.DESTROYING_WORDS and may_hold(held, P.DAMAGED_OBJECT_NEEDS):  # "a fence was destroyed": only a verb of destroying can be said of things on the ground
            attributive += [m.span() for m in P.RE_DAMAGED_OBJECT.finditer(text, sentence.start, sentence.end)]
    questioned = may_hold(held, P.QUESTIONED_NEEDS)  # "… whether they were shot down"
    denied = may_hold(held, P.DENIED_NEEDS)  # "… dismissed reports that air defence had shot down a drone"
    live = tuple(v for v in verbs if not any(a <= v < b for a, b in attributive)
                 and not (questioned and P.RE_QUESTIONED_BEFORE.search(text, max(sentence.start, v - 40), v))
                 and not (denied and (P.RE_DENIED_BEFORE.search(text, max(sentence.start, v - 200), v) or P.RE_UNTRUE_AFTER.match(
                     text, v, sentence.end) and P.RE_REPORT_THAT_BEFORE.search(text, max(sentence.start, v - 120), v)))
                 and not P.RE_NEGATED_BEFORE.ends(text, max(sentence.start, v - 24), v))  # "two missiles … were not intercepted", "may have been shot down"
    interception = bool(live) or row and not verbs or (continues and any(P.RE_AFTER_COUNT_OVER.match(text, m.end(), sentence.end) for m in numbers(text, sentence.start, sentence.end, held))) or (
        continues and may_hold(held, P.ONE_THE_OTHER_NEEDS) and P.RE_ONE_THE_OTHER.search(text, sentence.start, sentence.end) is not None) or (  # "One is in X, the second in Y"
        continues and len(sentence.text) <= 60 and P.RE_TOTAL_LINE.fullmatch(text, sentence.start, sentence.end) is not None) or (  # "In total, 6 drones."
        continues and (P.RE_PLACE_DASH_COUNT.search(text, sentence.start, sentence.end) is not None  # "Kursk region – 27"
                       or P.RE_COUNT_PAREN_PLACE.search(text, sentence.start, sentence.end) is not None  # "6 (Kharkov region)"
                       or P.RE_COUNT_DASH_LINE.match(text, sentence.start, sentence.end) is not None  # "9 – Rylsky district;"
                       or "(" in sentence.text and P.RE_PLACE_PAREN_COUNT.search(text, sentence.start, sentence.end) is not None  # "Kursk region (23)"
                       or P.RE_BY_REGION.match(text, sentence.start, sentence.end) is not None  # "By region: Kursk 27, Bryansk 19"
                       or P.RE_NAME_COUNT_LIST.fullmatch(text, sentence.start, sentence.end) is not None)) or (  # "Bryansk 14, Belgorod 12."
        continues and may_hold(held, P.FRACTION_NEEDS) and P.RE_SHARE_OVER.search(text, sentence.start, sentence.end) is not None) or (  # "Most of them were over …"
        continues and _rest_opens(text, sentence) is not None) or (  # "– the rest – over Dnipropetrovsk Oblast."
        continues and P.RE_BRUNT_GAP.search(text, sentence.start, sentence.end) is not None) or (  # "The Kursk region took the brunt: 126"
        continues and _bulleted(sentence) and P.RE_LINE_COUNT_IN.match(text, _words_start(text, sentence), sentence.end) is not None) or (  # "— 11 in the Slavyansky district;"
        continues and words & P.NAMED_WORDS and P.RE_NO_FIGURES.search(text, sentence.start, sentence.end) is not None) or (  # "… also named the Kursk region but gave no figures"
        put is not None) or (  # "… put the nationwide tally at 105 drones"
        continues and may_hold(held, P.BREAKDOWN_NEEDS) and P.RE_BREAKDOWN.search(text, sentence.start, sentence.end) is not None
        and any(p.code for p in doc.places(sentence.index)))  # "The Kursk region accounted for 30 of them"
    if not interception:
        return SentenceFacts(sentence, False, [], [], None, doc=doc)
    claimant = find_claimant(text, sentence, held)
    if row and claimant is not None and not claimant.explicit:
        claimant = replace(claimant, explicit=True)  # "Kursk | 12 | Governor Khinshtein": the table's column of sources attributes
    elif claimant is not None and not claimant.explicit and claimant.name:
        label = P.RE_BULLET_LABEL.match(text, sentence.start, sentence.end)
        if label and claimant.name in label.group():
            claimant = replace(claimant, explicit=True)  # "• Defence Ministry. 87 drones …": whose figures the bullet gives
    places = _with_anaphora(text, sentence, list(doc.places(sentence.index)), claimant,
                            lambda kind=None: doc.last_named(sentence.index, kind), held)
    if claimant is not None and claimant.role in REGIONAL_CLAIMANTS and claimant.region:
        _in_speakers_region(places, claimant.region, doc.gaz)
    elif unsure := [p for p in places if p.how in ("fuzzy", "default") and p.scope == "local"]:
        told = doc.last_named(sentence.index, "region")  # "Dear residents of the Penza region! … three over the Kamenka district"
        if told:
            _in_speakers_region(unsure, told, doc.gaz)
    ukrainian = claimant is not None and (claimant.role == "air_force_ua" or "military administration" in (claimant.name or "").lower()) or any(
        p.code and p.code.startswith("UA-") and p.code not in OCCUPIED for p in places)  # "Kyiv Oblast and the capital — 37"
    kyiv = ukrainian or may_hold(held, P.UKRAINE_CONTEXT_NEEDS) and P.RE_UKRAINE_CONTEXT.search(text, sentence.start, sentence.end)
    for p in places:  # "drones directed at the capital", said the head of Kyiv's administration (or the city military administration)
        if p.code == "RU-MOW" and "capital" in p.text.lower() and "russia" not in p.text.lower() and (
                kyiv or p.text.lower().startswith("the capital") and doc.last_capital(sentence.index) == "UA-30" and not (
                    claimant is not None and ((claimant.region or "").startswith("RU-") or claimant.role in ("defense_ministry", "mayor")))
                and not any(o.code and o.code.startswith("RU-") and o.code != "RU-MOW" for o in places)):
            p.code = "UA-30"  # "… attacked Kyiv … In the capital itself, …": the capital named last
    national = any(p.scope == "generic" and not P.RE_FORCES_OF_BEFORE.search(text, max(0, p.start - 30), p.start) for p in places)  # not "UAVs of the Armed Forces of Ukraine"
    facts = SentenceFacts(sentence, True, [], [], claimant, national, doc=doc, own_places=places,
                          verbs=live, row=row)
    facts.all_intercepted = may_hold(held, P.ALL_INTERCEPTED_NEEDS) and bool(P.RE_ALL_INTERCEPTED.search(text, sentence.start, sentence.end))
    if may_hold(held, P.EXERCISE_NEEDS) and P.RE_EXERCISE.search(text, sentence.start, sentence.end):
        return facts  # "crews destroyed twelve targets simulating cruise missiles during a tactical exercise": the military's own targets
    has_weapon = weapon_context or bool(P.RE_WEAPON.search(text, sentence.start, sentence.end))
    counts = find_counts(doc.unquoted, sentence, has_weapon, held)
    if "not" in words:  # "Four UAVs, not five, were destroyed …": the figure set right, not the one it replaces
        counts = [c for c in counts if not P.RE_NOT_THIS_FIGURE_BEFORE.search(text, max(sentence.start, c.start - 40), c.start)]
    if put is not None:  # "… put the nationwide tally for the night at 105 fixed-wing drones": the claim's total
        told = next((c for c in counts if c.start == put.start("n")), None)
        if told is not None:
            told.total_cue = told.put = True
        else:
            value = parse_number(put["n"])
            weapon = _weapon_after(text, put.end(), sentence.end)[0] or next(
                (w for w in ("missile", "drone") if w in put.group().lower()), None) or "drone"
            counts.append(Count(put.start("n"), put.end(), value, P.QUALIFIER_OF.get((put["q"] or "").lower(), "exact"), weapon, total_cue=True,
                                put=True))
            counts.sort(key=lambda c: c.start)
    if not counts and (_boats_only(text, sentence) or _aircraft_only(text, sentence)):
        return facts  # "a naval drone was destroyed near the city's bay", "shot down a Su-27 fighter jet": no drone or missile
    if not counts and may_hold(held, P.GROUND_COMBAT_NEEDS) and P.RE_GROUND_COMBAT.search(text, sentence.start, sentence.end) \
            and not P.RE_WEAPON.search(text, sentence.start, sentence.end):
        return facts  # "its troops had repelled more than 150 Russian assaults near Pokrovsk"
    if not counts and not has_weapon and P.RE_AIR_DEFENCES.search(text, sentence.start, sentence.end) is None:
        return facts  # "an explosion brought down part of the bridge": nothing in the air, and no air defence
    groups = group_places(text, places)
    generics = [p for p in places if p.scope == "generic"]
    # "… of which 60 missiles were shot down. Odesa Oblast — 8": a list after the sentence is of the one weapon named before it
    before = _only_weapon(text, max(0, sentence.start - ANTECEDENT_REACH), sentence.start) if continues and not live else None
    for c in sorted(counts, key=lambda c: c.start):  # "Seven of them were destroyed over A and three over B": B's are what A's are
        if c.weapon is None:
            c.implied = before
        before = c.weapon_meant
    _link(text, sentence, counts, groups, generics, facts)
    facts.items.sort(key=lambda i: i.start)  # in the order they are told ("Lipetsk and Tambov reported 20 and 15" is read first)
    if may_hold(held, P.EACH_TOLD_AFTER_NEEDS):
        facts.items[:] = [part for item in facts.items for part in _each_told_after(text, item, facts)]
    for t in facts.totals:
        if t.weapon is None:
            t.implied = _antecedent(text, sentence.start, t.start, None)
    if len(facts.items) > 1 and P.RE_INCLUDING.search(text, sentence.start, sentence.end):
        facts.items = _without_parts(text, facts.items)
    speaker_region = claimant.region if (  # a regional speaker with no place named: the drones are over their own region
        not facts.items and claimant is not None and claimant.explicit and claimant.role in REGIONAL_CLAIMANTS and not any(g.prep for g in groups)) else None
    if speaker_region and not counts and (P.RE_WEAPON.search(text, sentence.start, sentence.end)
                                          or P.RE_ATTACK_REPELLED.search(text, sentence.start, sentence.end)):
        # "Mayor Sobyanin reported that drones were being shot down"
        target = next((p for g in groups for p in g.places if p.code == speaker_region and p.scope == "local"), None)  # "an attack on Kaspiysk, … said""
        facts.items.append(Item((speaker_region,), None, "unspecified", "drone", "explicit", False, sentence.start, sentence.end,
                                target.text if target else claimant.name or ""))
    elif speaker_region and len(counts) == 1 and counts[0].singular and not (counts[0].linked or counts[0].definite or counts[0].part or counts[0].ordinal):
        # "Governor Starovoit said a drone was shot down": one
        facts.items.append(_over_speakers_region(speaker_region, counts[0], claimant, counts[0].weapon))
    for cue in (P.RE_RUNNING_TOTAL.finditer(text, sentence.start, sentence.end) if may_hold(held, P.RUNNING_TOTAL_NEEDS) else ()):
        # "six more … in addition to the 26 destroyed earlier, resulting in a total of 32": the sum of two statements
        facts.totals = [t for t in facts.totals if not 0 <= t.start - cue.end() <= 3]
    cues = [m.span() for m in P.RE_CUMULATIVE.finditer(text, sentence.start, sentence.end)
            if not P.RE_EARLIER_BEFORE.search(text, max(sentence.start, m.start() - 9), m.start())
            and not P.RE_OF_THIS_NIGHT.match(text, m.end())
            and not P.RE_SUPERLATIVE_BEFORE.search(text, max(sentence.start, m.start() - 90), m.start())] if may_hold(held, P.CUMULATIVE_NEEDS) else []
    cues += [m.span() for m in P.RE_OUTLETS_COUNT.finditer(text, sentence.start, sentence.end)] if may_hold(held, P.OUTLETS_COUNT_NEEDS) else []
    cues += day_spans(text, sentence.start, sentence.end) if may_hold(held, DAY_SPAN_NEEDS) else []
    cues += date_spans(text, sentence.start, sentence.end) if may_hold(held, EXPLICIT_NEEDS) and _has_digit(text, sentence) else []
    if may_hold(held, P.SAME_PERIOD_NEEDS):  # "… more than 100,000 over the same period", after "Since February 2022, Ukraine says …"
        back = doc.sentences[max(0, sentence.index - 4)].start
        if P.RE_CUMULATIVE.search(text, back, sentence.start) or P.RE_MONTH_GONE.search(text, back, sentence.start):
            cues += [m.span() for m in P.RE_SAME_PERIOD.finditer(text, sentence.start, sentence.end)]
    years = list(P.RE_YEAR.finditer(text, sentence.start, sentence.end)) if _has_digit(text, sentence) else []
    years += P.RE_MONTH_GONE.finditer(text, sentence.start, sentence.end) if may_hold(held, P.MONTH_GONE_NEEDS) else ()

    def opening(m) -> bool:  # "In 2025, air defences shot down …", "… said that in March forces had shot down …": of the clause
        return not text[sentence.start:m.start()].strip() or P.RE_CLAUSE_OPENS.search(text, max(sentence.start, m.start() - 8), m.start()) is not None

    cues += [m.span() for m in years if (m["prep"] or "").lower() != "in" or opening(m)]  # "during 2021", "since mid-September"
    years_after = [m.start() for m in years if (m["prep"] or "").lower() == "in" and not opening(m)]  # "in 2021": of the counts before it only
    if cues or years_after:  # "since the start of the war, 25,000 drones …": drop the counts it governs

        opening = any(P.RE_LINE_OPENS.fullmatch(text, line, a) or P.RE_OPENING_TOTAL_CUE.fullmatch(text, line, a)
                      for a, _ in cues for line in (sentence.start, max(sentence.start, text.rfind("\n", sentence.start, a) + 1)))
        # "3. Across 21-23 May, …", "In all, since the start of the operation, …"; "By the numbers\nOver the week, …": a line's opening

        def near(start: int, end: int) -> bool:  # the cue just before, or after in the same clause; a year only after
            if opening:
                return True  # "Since the beginning of the operation, a total of 676 aircraft, … and more than 98,000 drones"
            return any(start - 80 <= b <= start for a, b in cues) or any(
                end <= a <= end + 25 or end <= a <= end + 100 and not P.RE_CLAUSE_MARK.search(text, end, a)
                or end <= a <= end + 60 and P.RE_ACCORDING_GAP.fullmatch(text, end, a)  # "…, according to the paper's calculations"
                for a in [a for a, _ in cues] + years_after)

        governed: list[Count] = []  # "over the past week, 1,600 drones, 12 missiles and 40 bombs": the cue governs its whole list
        for c in counts:  # in their order in the sentence
            if near(c.start, c.end) or governed and P.RE_LIST_GAP.fullmatch(text, governed[-1].end, c.start):
                governed.append(c)
        for c, after in reversed(list(zip(counts, counts[1:]))):  # "1,412 drones, 31 rockets and nine missiles over the past week"
            if after in governed and c not in governed and P.RE_LIST_GAP.fullmatch(text, c.end, after.start):
                governed.append(c)

        def of_governed(start: int, end: int) -> bool:
            return any(start <= c.start and c.end <= end for c in governed)

        facts.items = [i for i in facts.items if i.count is None or not (near(i.start, i.end) or of_governed(i.start, i.end))]
        facts.totals = [t for t in facts.totals if not of_governed(t.start, t.end)]  # a total is one of the counts
        if (governed or opening) and not facts.totals and all(i.count is None for i in facts.items):
            facts.items = []  # "last year, its statements added up to 40,000 drones shot down over Russian regions, occupied Crimea …",
            facts.tally = True  # "Over the past month, drones have been shot down over the Kaluga region on at least eleven nights"
    _types_of_a_placed_count(text, facts)
    return facts


def _types_of_a_placed_count(text: str, facts: SentenceFacts) -> None:
    """Counts by weapon after a colon that add up to the one count over a place before it are over that place, and that
    count their total: "Over Belgorodchina, air defence shot down 23 aerial targets during the day: 17 UAVs and 6 rockets"."""
    if len(facts.items) != 1 or len(facts.totals) < 2:
        return
    item, parts = facts.items[0], facts.totals
    if item.count is None or len(item.codes) != 1 or any(t.start < item.end or t.value is None for t in parts) \
            or sum(t.value for t in parts) != item.count or len({t.weapon_meant for t in parts}) != len(parts) or ":" not in text[item.end:parts[0].start]:
        return
    facts.items = [_count_over(item.codes[0], t, item.place_text, t.weapon_meant) for t in parts]
    facts.totals = [Count(item.start, item.end, item.count, item.qualifier, None, total_cue=True)]


def _over_speakers_region(region: str, c: Count, speaker: Claimant, weapon: str | None, **extra) -> Item:
    """A count with no place in a regional speaker's words, as an item over their own region."""
    return _count_over(region, c, speaker.name or "", weapon, **extra)


def _codes(items: list[Item]) -> set[str]:
    """The places of items, each code once."""
    return {c for i in items for c in i.codes}


def _launch_target(text: str, sentence: Sentence, g: Group) -> bool:
    """Places a launch was aimed at: "Russia launched 142 drones at Ukraine, mostly aimed at Kharkiv and Odesa, and it shot
    down 105 of them" (not where the 105 fell)."""
    return P.RE_AIMED_AT_BEFORE.ends(text[max(sentence.start, g.start - 30):g.start]) and P.RE_NOT_BEFORE.search(text, sentence.start, g.start) is not None


def _count_over(code: str, c: Count, place_text: str, weapon: str | None, **extra) -> Item:
    """A count told with no place of its own, as an item over a place the text names elsewhere."""
    return Item((code,), c.value, c.qualifier, weapon or "drone", "explicit", False, c.start, c.end, place_text, **extra)


def _boats_only(text: str, sentence: Sentence) -> bool:
    """Are the sentence's only weapons sea drones and boats ("a naval drone", "unmanned boats")?"""
    boats = [m.span() for m in P.RE_NOT_WEAPON.finditer(text, sentence.start, sentence.end)]
    return bool(boats) and all(any(a <= m.start() < b for a, b in boats)
                               for m in P.RE_WEAPON.finditer(text, sentence.start, sentence.end))


def _aircraft_only(text: str, sentence: Sentence) -> bool:
    """Does the sentence speak of crewed aircraft ("a Su-27 fighter jet", "two Mi-8 helicopters") and of no weapon?"""
    return P.RE_AIRCRAFT.search(text, sentence.start, sentence.end) is not None and P.RE_WEAPON.search(text, sentence.start, sentence.end) is None


def _aircraft_downed_there(text: str, sentence: Sentence, g: Group, counts: list[Count]) -> bool:
    """Is what was downed at this place a crewed aircraft or a boat: one named between the last count before it and it, with no
    weapon after? ("… and destroyed five uncrewed boats in the Black Sea")"""
    start = max([sentence.start] + [c.end for c in counts if c.end <= g.start])
    crafts = sorted([*P.RE_AIRCRAFT.finditer(text, start, g.start), *P.RE_NOT_WEAPON.finditer(text, start, g.start)], key=lambda m: m.end())
    return bool(crafts) and P.RE_WEAPON.search(text, crafts[-1].end(), g.start) is None


def _without_parts(text: str, items: list[Item]) -> list[Item]:
    """Counts after "including" inside the region of the count before it are parts of that count, not more drones.

    "40 drones over the Krasnodar Territory, including 12 near Novorossiysk and
    nine near Tuapse" → Krasnodar, 40.  A part in another region ("including 25
    flying towards Moscow" after the Moscow region's count) is an item of its own.
    """
    kept: list[Item] = []
    whole: Item | None = None
    parts = 0
    for item in items:
        if whole is not None and item.count is not None and item.codes == whole.codes \
                and parts + item.count <= whole.count:
            parts += item.count
            continue
        if kept and item.count is not None and kept[-1].count is not None and len(kept[-1].codes) == 1 \
                and item.codes == kept[-1].codes and item.count < kept[-1].count \
                and P.RE_INCLUDING.search(text, kept[-1].end, item.start):
            whole, parts = kept[-1], item.count
            continue
        kept.append(item)
        whole = None
    return kept


def _in_speakers_region(places: list[Place], region: str, gaz: Gazetteer) -> None:
    """A governor's district spelled nearly like one of their own region's is that one; a district the gazetteer does not
    know is one of theirs.

    The Volgograd governor's "Kalacheyevsky district" is Volgograd's Kalachevsky,
    not Voronezh's Kalacheyevsky; the reading is listed in ``problems``.
    """
    for p in places:
        if p.scope == "unknown" and p.code is None and p.text.rstrip(" .,;:").lower().rsplit(None, 1)[-1] in DISTRICT_SUFFIXES:
            _read_in(p, region, f"unknown place {p.text!r} read as a district of the speaker's region ({gaz.name_of(region)}, {region})", "speaker")
            p.scope = "local"  # the head of Karelia's "a drone had been destroyed over Kemsky district"
            continue
        if p.scope != "local" or not p.code or p.code == region or p.how == "anaphora" or p.code.startswith("SEA-"):
            continue  # not "the Taganrog Bay" (the Sea of Azov) as the Rostov governor's Taganrog
        name = P.RE_PLACE_SUFFIX.sub("", p.text).strip()
        near = gaz.near_name_in(name, region)
        if near:
            _read_in(p, region, f"place {name!r} read as {near!r} ({gaz.name_of(region)}, {region}), the speaker's region, not {gaz.name_of(p.code)}", "speaker")


def _read_in(place: Place, code: str, problem: str, how: str | None = None) -> None:
    """Give a place the region its context says it is in, the reading listed in ``problems`` (``how``: what decided it)."""
    place.code, place.problem = code, problem
    if how is not None:
        place.how, place.candidates = how, ()


def _read_in_named(town: Place, region: Place) -> None:
    """A town read by its likeness to one elsewhere is of the region the text names after it."""
    _read_in(town, region.code, (f"{town.problem}; " if town.problem else "") + f"{town.text!r} read in {region.text} ({region.code}), which the text names")


def _has_digit(text: str, sentence: Sentence) -> bool:
    """Whether the sentence has a character that ``str.isdigit`` calls a digit (ASCII ones looked for first)."""
    if P.RE_ASCII_DIGIT.search(text, sentence.start, sentence.end):
        return True
    part = text[sentence.start:sentence.end]
    return not part.isascii() and any(ch.isdigit() for ch in part)


def _verb_in_clause(text: str, sentence: Sentence, c: Count) -> bool:
    """Whether an interception verb stands in the same clause as the count."""
    start, end = sentence.start, sentence.end
    for m in P.RE_TOTAL_CLAUSE.finditer(text, sentence.start, sentence.end):
        if m.end() <= c.start:
            start = m.end()
        elif m.start() >= c.end:
            end = m.start()
            break
    return bool(P.RE_INTERCEPTION.search(text, start, end))


def _with_anaphora(text: str, sentence: Sentence, places: list[Place], claimant: Claimant | None, last_code,
                   words: frozenset[str] | None = None) -> list[Place]:
    """Add "the region", "the city", "the peninsula" as places: the claimant's region or the one named before.

    ``words``: the sentence's words when they can be trusted (``may_hold``)."""
    if claimant is not None and (claimant.region or "").startswith("UA-") and any(p.code == "RU-MOW" for p in places):
        # "the head of Kyiv's military administration said 21 missiles fired at the capital …": Ukraine's capital
        places = [replace(p, code="UA-30", how="context") if p.code == "RU-MOW" and p.text.lower() == "the capital" else p for p in places]
    extra = []
    found = P.RE_ANAPHORIC_PLACE.finditer(text, sentence.start, sentence.end) if may_hold(words, P.ANAPHORIC_PLACE_NEEDS) else ()
    for m in found:
        start = m.start("what")
        the = text.rfind("the", m.start(), start)
        start = the if the >= 0 else m.start("det") if m.group("det") else start  # "over our region": the words after "over"
        if any(p.start < m.end() and m.start() < p.end for p in places):
            continue
        what = m.group("what").lower()
        if what == "peninsula":
            code = "UA-43"
        elif what == "sea":  # "over the sea", said by the governor of a coast: the sea off the speaker's region
            shore = next((p for p in places if p.start >= m.end()), None)
            if shore is not None and shore.scope != "generic" and P.RE_OFF_SHORE_GAP.match(text[m.end():shore.start]):
                continue  # "over the sea near Balaklava": the shore named is the place
            regional = claimant is not None and claimant.role in REGIONAL_CLAIMANTS
            if regional:
                code = claimant.region or last_code()
            else:  # a quote whose speaker is named after it: "'… five over the sea and three over the district,' the governor wrote"
                code = last_code() if claimant is None else None
                code = code if code in COASTS else None
                if code is None:  # "… over Crimea and the Black Sea. Six over the peninsula and the rest over the sea": the sea named
                    named = [p.code for p in places if p.end <= m.start() and (p.code or "").startswith("SEA-")]
                    code = named[-1] if named else last_code("sea")
        elif (m.group("det") or "").strip().lower() in ("his", "her", "their"):
            code = claimant.region if claimant else None  # "one other governor said a drone was shot down over his region": his only
        else:
            code = (claimant.region if claimant and claimant.region else None) or last_code("region" if what in ("region", "oblast") else None)
            if what in ("region", "oblast") and not (claimant and claimant.region):  # "In Volyn, Ivan Rudnytskyi, the head of the
                # regional military administration, reported … over the region": the region the sentence named before
                named = [p.code for p in places if p.end <= m.start() and p.code and p.scope == "region" and not p.code.startswith("SEA-")]
                code = named[-1] if named else code
            if what in ("city", "plant", "facility", "refinery", "airport"):  # "aimed at the Russian capital, with drones shot down over
                # the city", "the Kursk nuclear plant said a drone was shot down near the facility": the place the sentence named
                named = [p for p in places if p.end <= m.start() and p.code and p.scope in ("region", "local")]
                by_name = [p for p in named if not p.text.lower().startswith("the capital")]  # "In Kyiv, … fired at the capital were
                code = (by_name or named)[-1].code if named else code  # shot down over the city": the city named by its name
            if code and code.startswith("SEA-"):
                code = None  # a city is not a sea
        if code:
            extra.append(Place(start, m.end(), text[start:m.end()], code, "region", "anaphora"))
    if (words is None or "surrounding" in words) and any(True for _ in numbers(text, sentence.start, sentence.end, words)):
        for m in P.RE_SURROUNDING_REGION.finditer(text, sentence.start, sentence.end):  # (with a count: not a lead's "over the
            # capital and the surrounding region", the places of the statements below)
            city = next((p for p in reversed(places) if p.end <= m.start() and p.code), None)
            region = gazetteer().regions.get(city.code) if city is not None else None
            if region is not None and region.surrounding_code and not any(p.start < m.end() and m.start() < p.end for p in places):
                extra.append(Place(m.start(), m.end(), m.group(), region.surrounding_code, "region", "anaphora"))  # "Kyiv and the surrounding oblast"
    return sorted(places + extra, key=lambda p: p.start) if extra else places


def _each_told_after(text: str, item: Item, facts: SentenceFacts) -> list[Item]:
    """ "18 drones over the Black Sea and the Sea of Azov, nine over each": a count over several places, told again for each
    of them, is their sum (the statement's total), each place an item of its own."""
    if len(item.codes) < 2 or item.count is None or not item.shared:
        return [item]
    m = P.RE_EACH_TOLD_AFTER.match(text, item.end)
    n = parse_number(m["n"]) if m else None
    if n is None or n * len(item.codes) != item.count:
        return [item]
    facts.totals.append(Count(item.start, item.end, item.count, item.qualifier, item.weapon))
    return [replace(item, codes=(code,), count=n, reading="each", shared=False, ambiguous=False) for code in item.codes]


def _join_each_across_aside(text: str, counts: list[Count], groups: list[Group]) -> None:
    """"One drone each in the Bryansk region, also on the border, and in the Tambov region": one list for "each"."""
    for c in counts:
        if not c.each:
            continue
        n = next((k for k, g in enumerate(groups) if g.start >= c.end), None)
        if n is None or n + 1 >= len(groups) or any(groups[n].end <= d.start < groups[n + 1].start for d in counts):
            continue
        first, second = groups[n], groups[n + 1]
        if P.RE_EACH_ASIDE_JOINT.fullmatch(text, first.end, second.start):
            first.places.extend(second.places)
            first.end, first.members = second.end, first.members + second.members
            del groups[n + 1]


def _link(text: str, sentence: Sentence, counts: list[Count], groups: list[Group], generics: list[Place], facts: SentenceFacts) -> None:
    found = list(P.RE_CLAUSE_BREAK.finditer(text, sentence.start, sentence.end))
    breaks = [m.start() for m in found]
    hard = [m.start() for m in found if m.group().strip() not in ("–", "—", "-")]

    def same_clause(a: int, b: int) -> bool:
        return not any(a <= x < b for x in breaks)

    def same_sentence_part(a: int, b: int) -> bool:  # across a dash: "worked over X – two targets were shot down"
        return not any(a <= x < b for x in hard)

    _join_each_across_aside(text, counts, groups)
    _counts_after_list(text, sentence, counts, groups, facts)
    links: list[tuple[list[Count], Group]] = []
    # Pass A0: a count owns the place in brackets after it. "6 (Kharkov region), 5 (Kherson region)".
    for c in counts:
        if c.linked or c.whole:
            continue
        g = next((h for h in groups if h.start >= c.end), None)
        if g is not None and not g.linked and P.RE_PAREN_COUNT.match(text[c.end:g.start]) and P.RE_CLOSE_PAREN.match(text, g.end, sentence.end):
            c.linked = g.linked = True
            links.append(([c], g))
    # Pass A0': a list's line that tells its count first: "9 – Rylsky district;"
    if counts and not counts[0].linked and P.RE_COUNT_DASH_LINE.match(text, sentence.start, sentence.end):
        c = counts[0]
        g = next((h for h in groups if h.start >= c.end), None)
        if g is not None and not g.linked and P.RE_DASH_PLACE_GAP.fullmatch(text, c.end, g.start):
            c.linked = g.linked = True
            links.append(([c], g))
    # Pass A: the list owns the count after it. "Voronezh Oblast (two UAVs)", "Kaluga followed with nine".
    for g in groups:
        nxt = next((c for c in counts if c.start >= g.end), None)
        if nxt is None or nxt.linked or nxt.whole:
            continue
        later_group = next((h for h in groups if h.start >= nxt.end), None)
        own_place_after = later_group is not None and later_group.prep and same_clause(nxt.end, later_group.start) and not any(
            c.start < later_group.start for c in counts if c.start > nxt.start
        )
        paren = P.RE_PAREN_COUNT.match(text[g.end:nxt.start]) or (  # not "over the Bryansk region: five each over A and B"
            P.RE_DASH_COUNT.fullmatch(text[g.end:nxt.start]) and not (own_place_after and P.RE_OVER_AFTER_COUNT.match(text, nxt.end, later_group.start))) or (
            P.RE_COMMA_COUNT.fullmatch(text, g.end, nxt.start) and P.RE_COMMA_COUNT_ENDS.match(text, nxt.end, sentence.end))  # "Bryansk region, 21;"
        subject = not g.prep and same_clause(g.end, nxt.start) and not own_place_after and nxt.weapon is None or (
            not g.prep and same_clause(g.end, nxt.start) and not own_place_after and P.RE_SUBJECT_VERB.search(text[g.end:nxt.start])
        )
        where = P.RE_WHERE_COUNT.fullmatch(text, g.end, nxt.start) is not None and not own_place_after  # "… fell on the Bryansk
        # region, where 33 UAVs were brought down"
        inverted = g.prep and not g.target and not text[g.end:nxt.start].strip() and not P.RE_PLACE_RIGHT_AFTER.match(text, nxt.end)
        # "Over the Moscow region 91 were shot down, over the Bryansk region 38 and over the Belgorod region 28"
        brunt = P.RE_BRUNT_GAP.fullmatch(text, g.end, nxt.start) is not None  # "The Kursk region took the brunt: 126 drones"
        if paren or subject or where or inverted or brunt:
            nxt.linked = g.linked = True
            links.append(([nxt], g))
            if paren and P.RE_PAREN_LIST_REGIONS.match(text, g.end, sentence.end):
                _regions_not_cities(g)  # "the Kursk (7), Moscow (3) and Oryol (1) regions"
    # Pass A1: "five of the nine drones launched at the country, all of them over the Mykolaiv and Dnipropetrovsk regions":
    # the places of "all of them" are the count's, across the comma
    for g in groups:
        if g.linked or "all" not in text[max(sentence.start, g.start - 40):g.start]:
            continue
        m = P.RE_ALL_OVER_BEFORE.search(text, max(sentence.start, g.start - 40), g.start)
        c = next((c for c in reversed(counts) if m and c.end <= m.start() and c.total_cue), None)
        if c is not None and not c.linked and not c.whole:
            c.linked = g.linked = True
            links.append(([c], g))
    # Pass B: a count owns the list after it. "eight over Rostov Region, four over Stavropol Krai".
    pending: list[Count] = []
    events = sorted([(c.start, 0, c) for c in counts] + [(g.start, 1, g) for g in groups] + [(p.start, 2, p) for p in generics] + [(b, 3, None) for b in breaks], key=lambda x: (x[0], x[1]))
    for _, kind, obj in events:
        if kind == 0 and not obj.linked and not obj.whole:
            pending.append(obj)
        elif kind == 3:
            pending = []
        elif kind == 2 and pending and P.RE_LOCATION_PREP.ends(_without_how_many(text[max(0, obj.start - 40):obj.start])) and not any(
            0 <= g.start - obj.end <= 6 and not P.RE_LIST_JOINT.match(text[obj.end:g.start]) for g in groups  # "over the regions of Kursk and
        ):  # Belgorod": the list follows (not "over several Russian regions, the Black Sea and the Sea of Azov")
            if any(w.whole and pending[-1].start < w.start < obj.start for w in counts):
                continue  # "17 of the 45 drones destroyed overnight over Russian regions were shot down over X": the whole's
            for c in pending:
                c.national = True
            pending = []
        elif kind == 1 and not obj.linked and obj.prep and pending:
            if _beside_other_regions(text, obj, generics):
                for c in pending:
                    c.national = True  # "64 drones over the Moscow region and six other regions": the whole; the region named without its count
                pending = []
                continue
            if obj.target and _location_in_clause(obj, groups, counts, same_clause) and not _fronted_downed(text, sentence, pending[0]):
                continue  # "a drone flying towards Moscow was downed over the Moscow region"
            if obj.hit:  # "downed 373 of the targets, and the remaining ones hit targets in Kyiv"
                pending = []
                continue
            chosen = _joined_tail(text, pending, obj.start)
            for c in chosen:
                c.linked = True
            obj.linked = True
            links.append((chosen, obj))
            pending = []
    # Pass C: a count after its place. "In the Belgorod district, air defenses shot down a drone."
    # Where the drones were aimed stands for where they fell when a colon opens the count of that attack
    # and the sentence names no other place: "an attack on Belgorod: 14 rockets … were shot down",
    # "repelled an attack on Novorossiysk overnight, destroying eight drones".
    located = any(h.prep and not h.target and not h.foreign and not h.hit for h in groups)
    for n, c in enumerate(counts):
        if c.linked or c.national:
            continue
        prev = counts[n - 1] if n else None  # "above the region 41 UAVs and 6 rockets were destroyed": another weapon's count, listed with one placed
        listed = prev is not None and prev.linked and prev.weapon not in (None, c.weapon) and c.weapon is not None and P.RE_LIST_GAP.fullmatch(text, prev.end, c.start)
        with_prev = next((g for chosen, g in links if any(x is prev for x in chosen)), None) if listed else None
        before = [g for g in groups if g.end <= c.start and g.prep and not g.foreign and (
            (not g.target and not g.hit and (not g.linked or g is with_prev or _fronted(text, sentence, g, counts) or P.RE_AS_WERE.ends(text, g.end, c.start))
             and same_sentence_part(g.start, c.start))
            or (g.target and not located and (P.RE_COLON_THEN.match(text, g.end, c.start) is not None
                                              or (g.attack and not any(o.start < g.start for o in counts))
                                              or c.part)))  # "about 40 missiles flew towards the capital and 37 of them were shot down"
                  and not _launch_target(text, sentence, g)]  # (last: the patterns run only for the places that qualify)
        if before and P.RE_DEFENCES_IN_BEFORE.search(text, max(sentence.start, before[-1].start - 45), before[-1].start) and any(
                h.linked and not h.target and h.start > c.end for h in groups):
            continue  # "Air defences in the Kherson region shot down eight rockets, five and three of them over A and B": where the defences are
        if before and not any(g.start >= c.end and not g.linked and same_clause(c.end, g.start) for g in groups):
            g = before[-1]
            c.linked = g.linked = True
            links.append(([c], g))
    # Pass D: a count before its place across a dash: "— 72 drones — were shot down over the Bryansk region".
    for c in counts:
        if c.linked or c.national or c.value is None:
            continue
        after = [g for g in groups if g.start >= c.end and not g.linked and g.prep and not g.target and not g.hit and same_sentence_part(c.end, g.start)]
        if after and not any(c.end <= o.start < after[0].start for o in counts if o is not c):
            c.linked = after[0].linked = True
            links.append(([c], after[0]))
    for chosen, g in links:
        respectively = P.RE_RESPECTIVELY.match(text, g.end, sentence.end) or P.RE_RESPECTIVELY_WORD.search(text[chosen[-1].end:g.start])
        named = [p for p in g.places if p.code and p not in g.refinements]
        if len(chosen) > 1 and respectively and len(chosen) in (len(g.codes), len(named)):
            pairs = [next(p for p in g.places if p.code == code) for code in g.codes] if len(chosen) == len(g.codes) else named
            for c, place in zip(chosen, pairs):  # "five and three over Kakhovka and Chaplynka respectively": one region, two towns
                _make_items(text, c, Group([place], place.start, place.end, True), facts)  # "8 and 9 respectively over Kursk and Belgorod"
            continue
        for c in chosen:
            _make_items(text, c, g, facts)
    # Lists without a count, after a location preposition: a region named without a number.
    for g in groups:
        # a place the drones flew to stands for where they fell when the sentence names no other: "drones flying towards Moscow were shot down"
        if not g.linked and g.prep and (not g.target or not (located or any(c.value is not None for c in counts))) and not g.foreign and not g.hit:
            if P.RE_HEDGE.search(text, max(sentence.start, g.start - 80), g.start) or _launch_target(text, sentence, g):
                continue  # "videos showed the downing of what may have been more than one drone over Kaspiysk"
            if facts.verbs and not _verb_in_part(text, sentence, g, facts.verbs):
                continue  # "… downed 19 drones heading to the capital; flights at Vnukovo were suspended"
            contrasts = list(P.RE_CONTRAST.finditer(text, sentence.start, g.start))
            if contrasts and not P.RE_INTERCEPTION.search(text, contrasts[-1].end(), sentence.end):
                continue  # "… destroyed two drones over other regions but did not comment on the attacks in Dagestan"
            if P.RE_DEFENCES_IN_BEFORE.search(text, max(sentence.start, g.start - 45), g.start) and any(h.linked for h in groups):
                continue  # "Air defences in Crimea shot down a drone over the fleet's headquarters in Sevastopol"
            if _aircraft_downed_there(text, sentence, g, counts):
                continue  # "shot down a Su-25 aircraft near Snigiryovka … and intercepted 9 rockets near …"
            if any(h.linked and not h.target and g.end <= h.start and h.codes and all(_within(c, outer) for c in h.codes for outer in g.codes)
                   for h in groups):
                continue  # "In Crimea, air defences destroyed nine drones near Sevastopol": where the place is
            for code in g.codes:
                place = next(p for p in g.places if p.code == code)
                facts.items.append(Item((code,), None, "unspecified", "drone", "explicit", False, place.start, place.end, place.text,
                                        list_start=g.start, partial=bool(P.RE_MOST.search(text, sentence.start, g.start))
                                        or P.RE_INCLUDING_PLACE.search(text, max(sentence.start, g.start - 30), g.start) is not None,
                                        n_places=g.spread if len(g.codes) == 1 else 1,
                                        more=P.RE_VAGUE_MORE_BEFORE.search(text, max(sentence.start, g.start - 40), g.start) is not None))
    # Counts with no place, or over "Russia": totals.
    for c in counts:
        if c.remaining or c.value is None or c.singular:
            continue
        if c.part and not c.linked and P.RE_AFTER_PART_BEFORE.search(text, max(sentence.start, c.start - 8), c.start):
            continue  # "after one of the missiles was intercepted, its fragments fell …": no count of its own
        if c.linked:
            if c.total_cue and c.weapon is not None:
                facts.totals.append(c)  # "a total of 13 drones over the Kursk region": an item and the claim's total
            continue
        if c.total_cue and facts.items and P.RE_FOR_A_TOTAL.search(text, max(sentence.start, c.start - 24), c.start):
            facts.totals.append(c)  # "18 over X, 7 over Y and 3 over Z, the ministry said, for a total of 28"
            continue
        if c.total_cue and P.RE_TOTAL_CUE.fullmatch(text[sentence.start:c.start].lstrip(" |*").rstrip(" ,*")):
            facts.totals.append(c)  # "… Kaluga — 4. Total: 35, the ministry said.", "| **Total** | **35** |": the sum of a list told before
            continue
        if c.weapon is not None and c.value == sum(i.count for i in facts.items if i.start >= c.end and i.count is not None) \
                and P.RE_LIST_LEAD_AFTER.match(text, c.end, sentence.end):
            facts.totals.append(c)  # "the ministry reported a much smaller wave: 48 drones, seven each over A and B and 34 over C"
            continue
        if c.put:
            facts.totals.append(c)  # "… put the nationwide tally at 105 drones"
            continue
        if facts.row and not facts.verbs and c.weapon is not None and not c.linked:
            facts.totals.append(c)  # "• Wed, Sep 10 — 122 drones.": a digest's line, with its heading's verb
            continue
        if not _verb_in_clause(text, sentence, c) and not P.RE_BUT_DOWNED.search(text, c.end, min(sentence.end, c.end + 100)) \
                and not (facts.verbs and P.RE_CLAIM_VERB_BEFORE.search(text, max(sentence.start, c.start - 20), c.start)) \
                and not (c.weapon is not None and P.RE_BULLET_LABEL.fullmatch(text, sentence.start, c.start)):  # "• Defence Ministry. 87 drones over …"
            continue  # "145 drones entered the airspace, and 62 were shot down": 145 is no claim (but "…, and all were downed")
        if c.weapon is not None or c.whole or P.RE_VERB_BEFORE.search(text, max(sentence.start, c.start - 30), c.start) \
                or (P.RE_DOWNED_AFTER.match(text, c.end, sentence.end) and text[c.start:c.end].lower() != "both") \
                or (P.RE_BARE_DOWNED.match(text, c.end, sentence.end) and not text[max(sentence.start, c.start - 4):c.start].lower().endswith("the ")):  # "Both were …": the two told of;
            # "112 launched, 79 shot down" (not "in addition to the 20 destroyed earlier")
            facts.totals.append(c)
    _count_for_lone_place(text, facts)
    placeless = [t for t in facts.totals if not t.linked and t.weapon is not None]
    for a, b in zip(placeless, placeless[1:]):
        if P.RE_COUNT_JOINT.fullmatch(text[a.end:b.start]):
            a.listed = b.listed = True


def _count_for_lone_place(text: str, facts: SentenceFacts) -> None:
    """One count and one region in a sentence, kept apart by its clauses, are that region's count.

    "The most intercepts took place over the Bryansk region, but officials there
    reported no damage after the 72 drones were shot down." → Bryansk, 72.
    Not a stated total ("a total of"), not a share in its own clause ("most of
    the 30 drones over …"), and not across "including".
    """
    if len(facts.totals) != 1 or any(i.count is not None for i in facts.items) or facts.all_intercepted:
        return  # "all devices were intercepted over the city, while two drones were destroyed": the attack's count is elsewhere
    total = facts.totals[0]
    nulls = [i for i in facts.items if i.count is None]
    if total.total_cue or total.national or total.qualifier != "exact" or len(nulls) != 1 or len(nulls[0].codes) != 1:
        return
    item = nulls[0]
    a, b = sorted((item.start, total.start))
    if P.RE_INCLUDING.search(text, a, b) or (item.partial and not P.RE_CLAUSE_BREAK.search(text, a, b)):
        return  # "most of the 30 drones were downed over Kursk": the count is the whole, not Kursk's
    item.count, item.qualifier, item.weapon = total.value, total.qualifier, total.weapon or item.weapon
    facts.totals = []


def _fronted(text: str, sentence: Sentence, g: Group, counts: list[Count]) -> bool:
    """A place that opens the sentence before any count, set off by a comma, is where all its counts are.

    "On the peninsula, six drones were shot down and four more were disabled by electronic warfare."
    """
    return all(c.start >= g.end for c in counts) and P.RE_FRONTED_PLACE.match(text, g.end, sentence.end) is not None and (
        P.RE_FRONTED_START.fullmatch(text, sentence.start, g.start) is not None)


def _fronted_downed(text: str, sentence: Sentence, c: Count) -> bool:
    """Whether the sentence opens with the downed the count is a part of: "Of the drones brought down over the Moscow
    region, 10 were flying toward the city" (so the place after the count is the part's target, within the place before)."""
    fronted = P.RE_OF_FRONTED_PHRASE.fullmatch(text, sentence.start, c.start)
    return fronted is not None and P.RE_DOWNED_WORD.search(fronted.group()) is not None


def _counts_after_list(text: str, sentence: Sentence, counts: list[Count], groups: list[Group], facts: SentenceFacts) -> None:
    """"Over the Kursk, Bryansk and Oryol regions: 12, 7 and 3 respectively", "Kaluga and Bryansk reported 26 and 21": the
    numbers after a list, in its order."""
    for g in groups:
        m = P.RE_COUNTS_RESPECTIVELY.match(text, g.end, sentence.end) or P.RE_TALLIED_RESPECTIVELY.match(text, g.end, sentence.end)
        if m is None or len(g.places) < 2:
            continue
        listed = [(n.end(), parse_number(n.group())) for n in numbers(text, m.start("nums"), m.end("nums"))]
        if any(value is None for _, value in listed):
            continue
        if len(listed) == len(g.codes) > 1 and not g.linked:
            places = [next(p for p in g.places if p.code == code) for code in g.codes]
        elif len(listed) == len(g.places) and any(c.end <= g.start and c.value == sum(v for _, v in listed) for c in counts):
            places = g.places  # "10 drones … in the Kingisepp and Luga districts, seven and three respectively": the count's parts
        else:
            continue
        for place, (end, value) in zip(places, listed):
            facts.items.append(Item((place.code,), value, "exact", "drone", "explicit", False, place.start, end, place.text, list_start=g.start))
        for c in counts:
            if m.start() <= c.start < m.end():
                c.linked = True
        g.linked = True


def _joined_tail(text: str, pending: list[Count], place_start: int | None = None) -> list[Count]:
    """The counts a place list belongs to: the last one, and those joined to it by "and".

    "14 drones and 4 missiles over Kursk" → both; "158 drones, including two over
    Moscow" → only "two".
    """
    chosen = [pending[-1]]
    if place_start is not None and P.RE_ONE_WHICH_WAS.match(text, pending[-1].end, place_start):
        return chosen  # "97 drones and one missile, which was intercepted over Kyiv oblast": the missile's place
    for c in reversed(pending[:-1] if not pending[-1].share else ()):  # "30 drones, half of them over X": the share only
        gap = text[c.end:chosen[0].start]
        if P.RE_COUNT_JOINT.fullmatch(gap) or (len(chosen) > 1 and P.RE_COUNT_COMMA.fullmatch(gap)):
            chosen.insert(0, c)  # "two rockets, one missile and one drone over X": the commas of an "and" list
        else:
            break
    return chosen


def _verb_in_part(text: str, sentence: Sentence, g: Group, verbs: tuple[int, ...]) -> bool:
    """Whether an interception verb stands in the part of the sentence, between semicolons, where a place list is."""
    before, after = text.rfind(";", sentence.start, g.start), text.find(";", g.end, sentence.end)
    lo = before + 1 if before >= 0 else sentence.start
    hi = after if after >= 0 else sentence.end
    aside = [m.start() for m in P.RE_AS_CLAUSE.finditer(text, lo, g.start)]  # "…, as crews in the capital dug through the rubble"
    if aside and not any(aside[-1] <= v < hi for v in verbs):
        return False
    return any(lo <= v < hi for v in verbs)


def _location_in_clause(target: Group, groups: list[Group], counts: list[Count], same_clause) -> bool:
    """An unlinked location list in the target's clause: after it and before the next count, or before it."""
    nxt = min((c.start for c in counts if c.start > target.end), default=None)
    for g in groups:
        if g is target or g.target or not g.prep or g.linked or g.hit:
            continue
        if g.start > target.end and same_clause(target.end, g.start) and (nxt is None or g.start < nxt):
            return True
        if g.end <= target.start and same_clause(g.start, target.start):
            return True
    return False


def _towns(g: Group, code: str) -> list[Place]:
    """The towns and districts of a list in one region, when it names more than one ("the Klintsy and Starodub districts")."""
    towns = list({p.text: p for p in g.places if p.code == code and p.scope == "local"}.values())
    return towns if len(towns) > 1 else []


def _make_items(text: str, c: Count, g: Group, facts: SentenceFacts) -> None:
    if g.foreign:
        return
    codes = g.codes
    start, end = min(c.start, g.start), max(c.end, g.end)
    if any(i.start == start for i in facts.items):
        start = c.start  # "On the peninsula, six … and four more …": one place, two counts, each item from its count
    if end < len(text) and text[end] == ")" and "(" in text[start:end]:
        end += 1  # "Voronezh Oblast (two UAVs)"
    for place in g.unknown:
        codes = codes + (f"OTHER:{place.text}",)
    if not codes:
        return
    weapon = c.weapon_meant or "drone"
    place_text = text[g.start:g.end]
    if c.share and c.value is None:  # "most of them over X and Y": the places, not how many each
        for code in codes:
            facts.items.append(Item((code,), None, "unspecified", weapon, "explicit", False, start, end, place_text,
                                    list_start=g.start, partial=True))
        return
    each = (c.each or g.each_of) and not c.remaining
    if len(codes) == 1 and not (each and _towns(g, codes[0])):
        opens_list = c.end <= g.start and P.RE_COLON_AFTER.match(text, g.end) is not None  # "9 drones over the Bryansk region: five over …"
        facts.items.append(Item(codes, c.value, c.qualifier, weapon, "explicit", False, start, end, place_text,
                                n_places=g.spread, remaining=c.remaining, more=c.more, total_cue=c.total_cue or opens_list,
                                definite=c.definite, target=g.target, part=c.part, ordinal=c.ordinal))
    elif each:
        for code in codes:  # "five each over the Klintsy and Starodub districts": two districts of one region, five over each
            towns = _towns(g, code)
            if not towns:
                facts.items.append(Item((code,), c.value, c.qualifier, weapon, "each", False, start, end, place_text, more=c.more))
            for n, town in enumerate(towns):  # each from where its town is named, after the first: its own evidence span
                facts.items.append(Item((code,), c.value, c.qualifier, weapon, "each", False, start if n == 0 else town.start,
                                        max(end, town.end), town.text, more=c.more))
    else:
        rest = c.value is not None and P.RE_REMAINING_BEFORE.search(text, max(0, c.start - 20), c.start) is not None
        facts.items.append(Item(codes, c.value, c.qualifier, weapon, "shared", True, start, end, place_text, n_places=g.members,
                                ambiguous=not (c.remaining or rest or c.part and P.RE_OF_THESE.search(text, c.start, c.end)
                                               or _city_and_its_region(codes)),
                                remaining=c.remaining, more=c.more, part=c.part))
        # "11 of which over A and B", "the remaining eight over A and B": one count for the places together (not the elliptic
        # part after it: "31 of them over A and B and two over C and D" may be two each)


# --------------------------------------------------------------------------- a document
def extract(text: str, published: str | None = None, assume_year: int | None = None, gaz: Gazetteer | None = None) -> DocExtraction:
    """All claims of a document, with their items, totals, times and evidence."""
    gaz = gaz or gazetteer()
    text = unbroken(unmarked(text))  # "**13** UAVs" as "  13   UAVs", "aeri-\nal" as "aerial\n ", at the same offsets
    anchor = Anchor.make(published, text, assume_year)
    doc = DocSentences(text, split_statements(text, split_sentences(text)), gaz, anchor)
    facts: list[SentenceFacts] = []
    weapon_seen = False
    last_interception = -99
    rows = table_rows(text, doc.sentences) if any(bar in text for bar in TABLE_BARS) else _digest_lines(text, doc.sentences)
    for s in doc.sentences:
        f = analyze_sentence(doc, s, weapon_seen, continues=s.index - last_interception <= 2, row=s.index in rows)
        if f.has_content or s.text.endswith(":") and (f.interception or doc.words(s.index) & P.INTERCEPTION_WORDS
                                                       and P.RE_INTERCEPTION.search(text, s.start, s.end)):
            last_interception = s.index  # "… destroyed:", "a regional breakdown of the downed drones:" and a list under it
        elif s.text.endswith(":") and len(s.text) <= 40 and facts and facts[-1].interception:
            last_interception = s.index  # "By the numbers:", a list's heading after a sentence of interceptions
        elif f.interception and f.verbs and f.claimant is not None and f.claimant.explicit:
            last_interception = s.index  # "The ministry said the drones were destroyed between …. It gave the following breakdown: …"
        weapon_seen = weapon_seen or bool(doc.words(s.index) & P.WEAPON_WORDS and P.RE_WEAPON.search(text, s.start, s.end))
        facts.append(f)
    for n, f in enumerate(facts):
        if n and not f.has_content and f.interception and not f.all_intercepted \
                and P.RE_TARGETS_WERE_DOWNED.match(text, _words_start(text, f.sentence), f.sentence.end):
            _all_where_defences_worked(doc, facts[n - 1], f)  # "… air defence had also worked in the area of Feodosia. 'Targets were shot down'"
        if f.all_intercepted and not any(i.count is not None for i in f.items):
            other_speaker = n > 0 and not _weak(f.claimant) and not _weak(facts[n - 1].claimant) and not _same_claimant(f.claimant, facts[n - 1].claimant)
            _all_of_attack(doc, f, before=not other_speaker)  # the ministry's 29, then "Aksyonov said all the targets were destroyed"
            if n and not f.has_content:
                _all_where_defences_worked(doc, facts[n - 1], f)
        if n and f.interception and f.verbs and not f.items and not f.totals and not facts[n - 1].has_content:
            _where_the_drones_attacked(doc, facts[n - 1], f)
            if not f.items:
                _where_it_was_told(doc, facts[n - 1], f)
        if n and f.items and P.RE_PRONOUN_DOWNED.match(text, f.sentence.start, f.sentence.end):
            _where_it_fell(facts[n - 1], f)
        if n and not f.totals and f.items and all(i.count is None for i in f.items) and (
                len({i.codes for i in f.items}) == 1 or len({i.list_start for i in f.items}) == 1 and all(len(i.codes) == 1 for i in f.items)):
            _the_type_told_before(doc, facts, n)
        if n > 1 and f.totals and not f.items and f.sentence.paragraph == facts[n - 1].sentence.paragraph and _a_place_line(facts[n - 1], facts[n - 2]):
            _under_a_place_line(facts[n - 1], f)
    content = [i for i, f in enumerate(facts) if f.has_content]
    for j in sorted({j for i in content for j in range(i - 2, i + 3) if 0 <= j < len(facts)}):
        if facts[j].claimant is None and not facts[j].interception:
            facts[j].claimant = find_claimant(text, facts[j].sentence, doc.held(j))  # "… Governor X confirmed it."
    claims = [part for claim in assemble_claims(facts) for part in _split_periods(claim)]
    for claim in claims:
        claim.told_whole = lambda claim=claim: _told_as_whole(claim, doc)  # asked only of a claim with one count
        if _ukrainian_speaker(claim.claimant):
            for t in claim.times:  # "between 21:00 and 23:30 on 2 February", said by Ukraine's air force: Kyiv's clock
                told_in_zone(t, KYIV)
        finish_claim(claim)
        _running_total_of_posts(claim)
    claims = [c for c in claims if c.items or c.stated_total is not None or c.per_type]  # "shot down 34 missiles and 100 drones"
    claims = _count_for_named_places(claims)
    claims = _tally_of_posts(_sum_up_statements(_drop_repeats(_drop_outlines(claims))), doc.sentences)
    _more_where_told_before(claims)
    _capital_as_speaker(claims, doc.text)
    claims = _superseded(_without_corrected(claims, doc), doc)
    _date_as_told_before(claims)
    _that_night_told_before(claims, facts)
    _date_by_officials_lead(claims, facts)
    _date_by_heading(claims, facts)
    _date_by_day_paragraph(claims, doc)
    _date_by_date_lines(claims, doc)
    return DocExtraction(claims, facts, anchor, doc)


def _more_where_told_before(claims: list[Claim]) -> None:
    """A statement of "more" with no place is over the one place of the speaker's statement before: "At 23:42 … one UAV
    flying towards Moscow. At 00:37, the mayor reported that two more drones had been shot down" (an increment, no total)."""
    for before, claim in zip(claims, claims[1:]):
        more = [t for t in claim.totals if t.more and t.value == claim.stated_total]
        codes = _codes(before.items)
        if more and len(codes) == 1 and _same_claimant(before.claimant, claim.claimant) and not any(i.count == claim.stated_total for i in claim.items) \
                and not claim.itemized_sum == claim.stated_total:  # (not "another 71 …: 33 over the Moscow region, 20 over …": its own breakdown)
            claim.items.insert(0, _count_over(next(iter(codes)), more[0], before.items[0].place_text, more[0].weapon))
            claim.stated_total = claim.total_qualifier = None


# The capital a country's government is named by, and the country's claimant that speaks for it
CAPITAL_SPEAKS = {"UA-30": "air_force_ua", "RU-MOW": "defense_ministry"}
RE_CAPITAL_HEADING = regex.compile(r"[ \t]*(?:Kyiv|Kiev|Moscow)[ \t]*:[^\n.]*$", regex.MULTILINE)


def _capital_as_speaker(claims: list[Claim], text: str) -> None:
    """A heading that names the capital for its government ("Kyiv: 37 drones neutralized" over "Ukraine's air force said …
    Thirty-seven were shot down") gives the count no place: the capital is who speaks, not where the drones fell."""
    for claim in claims:
        if claim.claimant is None or claim.stated_total is None or len(claim.items) != 1:
            continue
        item = claim.items[0]
        if item.count == claim.stated_total and _capital_speaks(claim, item, text, text.rfind("\n", 0, item.start) + 1):
            claim.items = []


def _capital_speaks(claim: Claim, item: Item, text: str, at: int) -> bool:
    """Whether the line at ``at``, the item's, is a heading that names the capital of the claim's speaker for its government."""
    return claim.claimant is not None and CAPITAL_SPEAKS.get(item.region_code) == claim.claimant.role \
        and RE_CAPITAL_HEADING.match(text, at) is not None


def _without_corrected(claims: list[Claim], doc: DocSentences) -> list[Claim]:
    """A figure the speaker corrected later ("five were shot down, not seven as I reported earlier") is no longer claimed:
    its items go from the claims told before the correction, and a claim left with nothing goes."""
    for claim in claims:
        for s in claim.sentences + claim.repeats:  # (the correction may repeat a count told before it, as a claim's repeat)
            m = P.RE_NOT_AS_EARLIER.search(doc.text, s.start, s.end) if may_hold(doc.words(s.index), P.NOT_AS_EARLIER_NEEDS) else None
            m = m or (P.RE_NOT_THIS_FIGURE.search(doc.text, s.start, s.end) if "not" in doc.words(s.index) else None)
            wrong = parse_number(m["n"]) if m else None
            if wrong is None:
                continue
            for earlier in claims:
                earlier.items = [i for i in earlier.items if not (i.count == wrong and i.end <= m.start())]
                if earlier.stated_total == wrong and all(t.end <= m.start() for t in earlier.totals if t.value == wrong):
                    earlier.stated_total = earlier.total_qualifier = None
    return [c for c in claims if c.items or c.stated_total is not None or c.per_type]


def _superseded(claims: list[Claim], doc: DocSentences) -> list[Claim]:
    """A statement that corrects the speaker's statement before takes its place: one claim, with the corrected figures,
    the figures it replaced told in its note.

    "At 22:41 the mayor wrote that four drones had been shot down over the city. At 23:20 he corrected the information:
    'three UAVs were shot down'" → three over the city; "The ministry has edited its post. It now states that 36 drones
    were shot down: 12 over …" → 36 and the new breakdown, not 63 and not 99.
    """
    for claim in claims:
        _corrected_in_place(claim, doc)
    kept: list[Claim] = []
    for claim in claims:
        if claim.corrects and kept:
            codes = _codes(claim.items)
            target = next((k for k in reversed(kept) if _same_claimant(k.claimant, claim.claimant)
                           and (not codes or not k.items or codes & _codes(k.items))), None)
            if target is not None and (claim.claimant is not None or target is kept[-1]) and not any(i.more for i in claim.items):
                _correct(target, claim)
                continue
        kept.append(claim)
    return kept


def _corrected_in_place(claim: Claim, doc: DocSentences) -> None:
    """ "first said five drones had been shot down over the city, but later corrected the figure to three": the count told
    before the correction is now the corrected one, whose words its evidence reaches; and "In a later post, he said the
    total had risen to 19", the line after the claim's."""
    told = claim.sentences
    last = told[-1].index if told else len(doc.sentences)
    after = [a for a in doc.sentences[last + 1:last + 2] if a.paragraph == told[-1].paragraph]  # (none when nothing is told)
    for s in told + after:
        m = P.RE_CORRECTED_TO.search(doc.text, s.start, s.end) if may_hold(doc.words(s.index), P.CORRECTED_TO_NEEDS) else None
        n = parse_number(m["n"]) if m and (s.index <= last or m["total"]) else None
        if n is None:
            continue
        at = m.start("n")
        claim.items = [i for i in claim.items if not i.start <= at < i.end]
        claim.totals = [t for t in claim.totals if not t.start <= at < t.end]
        told = [i for i in claim.items if s.start <= i.start and i.end <= m.start() and i.count is not None]
        if told:
            item = told[-1]
            claim.note = _noted(claim.note, f"{item.region_code} {item.count} corrected to {n}")
            item.count, item.qualifier, item.end = n, "exact", m.end("n")
        elif claim.stated_total is not None and any(s.start <= t.start and t.end <= m.start() for t in claim.totals):
            claim.note = _noted(claim.note, f"total {claim.stated_total} corrected to {n}")
            claim.stated_total, claim.total_qualifier = n, "exact"
        elif m["total"] and claim.stated_total is None and len(counted := [i for i in claim.items if i.count is not None and i.end <= s.start]) == 1:
            item = counted[0]  # "14 drones flying towards the capital had been shot down. In a later post, he said the total had risen to 19."
            claim.note = _noted(claim.note, f"{item.region_code} {item.count} rose to {n}")
            item.count, item.qualifier, item.end = n, "exact", m.end("n")
            if s not in claim.sentences:
                claim.sentences.append(s)  # the figure's evidence
            claim.stated_total, claim.total_qualifier = n, "exact"


def _correct(target: Claim, fix: Claim) -> None:
    """The corrected statement ``target`` takes the figures of the correction ``fix``, and its sentences."""
    before = _figures(target)
    counted = [i for i in target.items if i.count is not None]
    lines = [(f, _same_line(f, target.items)) for f in fix.items]
    if fix.items and all(line is not None for _, line in lines) and fix.stated_total is None:
        # "… – Valuiki district – 3." corrected: "in the Valuiki district, four UAVs were shot down, not three": that line only
        whole = target.stated_total is not None and target.stated_total == target.itemized_sum
        for f, line in lines:
            line.count, line.qualifier = f.count, f.qualifier
        if whole:
            target.stated_total = target.itemized_sum  # the total the lines added up to adds up to the corrected lines
    elif fix.items:
        codes = _codes(fix.items)
        target.items = [i for i in target.items if not codes & set(i.codes)] + fix.items
        target.stated_total, target.total_qualifier = fix.stated_total, fix.total_qualifier
    elif fix.stated_total is None or fix.stated_total in (target.stated_total, target.itemized_sum):
        pass  # told again
    elif len(counted) == 1 and target.stated_total in (None, counted[0].count):  # "three UAVs were shot down", of the four over the city
        item = counted[0]
        item.count, item.qualifier = fix.stated_total, fix.total_qualifier or "exact"
        item.end = max([item.end] + [t.end for t in fix.totals if t.value == fix.stated_total])
        target.stated_total = None if target.stated_total is None else fix.stated_total
    else:
        target.stated_total, target.total_qualifier = fix.stated_total, fix.total_qualifier
    after = _figures(target)
    if after != before:
        target.note = _noted(target.note, f"corrected by a later statement: {before} became {after}")
    target.sentences = sorted(target.sentences + fix.sentences, key=lambda s: s.start)
    target.repeats.extend(fix.repeats)
    target.totals.extend(fix.totals)
    target.times.extend(t for t in fix.times if t not in target.times)
    if _weak(target.claimant) and fix.claimant is not None and fix.claimant.explicit:
        target.claimant = fix.claimant


def _same_line(fix: Item, items: list[Item]) -> Item | None:
    """The one item of ``items`` over the same place, by name, as a correction's item (a region's district, told again)."""
    name = P.RE_PLACE_SUFFIX.sub("", fix.place_text).strip().lower()
    same = [i for i in items if i.codes == fix.codes and i.count is not None and name
            and P.RE_PLACE_SUFFIX.sub("", i.place_text).strip().lower().endswith(name.split()[-1])]
    return same[0] if len(same) == 1 and len([i for i in items if i.codes == fix.codes]) > 1 else None


def _figures(claim: Claim) -> str:
    """A claim's figures in a few words: "63 (RU-BRY 22, RU-KRS 17)"."""
    items = ", ".join(f"{i.region_code} {i.count if i.count is not None else 'some'}" for i in claim.items)
    if claim.stated_total is None:
        return items or "no count"
    return f"{claim.stated_total} ({items})" if items else str(claim.stated_total)


def _noted(note: str | None, more: str) -> str:
    return f"{note}; {more}" if note else more


def _date_by_heading(claims: list[Claim], facts: list[SentenceFacts]) -> None:
    """A heading that names a night or a day dates every claim under it that has no time of its own.

    "Night of 20-21 September: what we know" on a line of its own, then a bullet
    per governor → each governor's claim is of the night ending on the 21st.
    """
    if not facts or facts[0].has_content or not claims:
        return
    head = facts[0].sentence
    if head.text.rstrip().endswith((".", "!", "?")) or not P.RE_LINE_END.match(facts[0].doc.text, head.end):
        return  # a sentence, not a heading on a line of its own ("Night of 27 to 28 May: what the governors said (as of 09:00)")
    days = [t for t in event_times(facts[0].times) if t.date and (t.kind in ("night_of", "date") or t.relative == "weekday")]
    if len({t.date for t in days}) != 1:
        return  # "Wednesday, May 7" is one day
    for claim in claims:
        if not any(t.date or t.relative for t in event_times(claim.times)) and not any(t.post and t.date or t.relative == "vague" for t in claim.times):
            claim.times.append(days[-1])  # none, or only a clock time ("06:40 Sobyanin: …"); not a post dated by its stamp ("21 July, 23:38"),
            # nor one said "earlier this week"


def _date_by_day_paragraph(claims: list[Claim], doc: DocSentences) -> None:
    """A claim told in a digest's day paragraph ("THU 12 NOV. The biggest night: … Sobyanin wrote during the night that …")
    with no date of its own is of that paragraph's day."""
    for claim in claims:
        if not claim.sentences or _dated_in_own_sentences(claim):
            continue  # (not by the digest's title's "9-15 November")
        first = claim.sentences[0]
        opening = next((s for s in doc.sentences if s.paragraph == first.paragraph), None)
        if opening is None or opening is first or not P.RE_DAY_HEADING.match(opening.text):
            continue
        day = next((t for t in doc.times(opening.index) if t.kind == "date" and t.date and t.start < opening.start + 30), None)
        if day is not None:
            _take_headings_day(claim, day)


def _dated_in_own_sentences(claim: Claim) -> bool:
    """Whether the claim's own sentences date it (a date, a night of a date, a dated window)."""
    return any(t.date and t.kind in ("date", "night_of", "window") and any(s.start <= t.start < s.end for s in claim.sentences)
               for t in event_times(claim.times))


def _take_headings_day(claim: Claim, day: TimeExpr) -> None:
    """The day a heading names is the claim's, first of its times."""
    claim.times.insert(0, replace(day, dateline=False, announcement=False))


def _date_by_date_lines(claims: list[Claim], doc: DocSentences) -> None:
    """A claim with no date of its own told under a date standing alone on its line, below the text's top ("18 August" over
    that day's entries of a timeline), is of that date."""
    for claim in claims:
        if not claim.sentences or _dated_in_own_sentences(claim):
            continue
        for j in range(claim.sentences[0].index - 1, 1, -1):
            line = doc.sentences[j]
            alone = doc.text[doc.text.rfind("\n", 0, line.start) + 1:(doc.text.find("\n", line.end) + 1 or len(doc.text) + 1) - 1].strip()
            day = next((t for t in doc.times(j) if t.kind == "date" and t.date and t.text.strip() == alone.rstrip(".")), None) if (
                len(alone) <= 20 and P.RE_DAY_MONTH_LINE.fullmatch(alone)) else None  # (not a byline's "March 12, 2026": the text's own date)
            if day is not None:
                _take_headings_day(claim, day)
                break
            if any(s.index == j for k in claims if k is not claim for s in k.sentences) and line.paragraph != claim.sentences[0].paragraph:
                break  # (not over another claim's paragraph)


def _drop_outlines(claims: list[Claim]) -> list[Claim]:
    """A claim without a speaker, a total or any count, whose every place a later claim names, only outlines them.

    "Air defenses destroyed drones over Kursk and Taganrog." (the lead) and
    then "Governor X said drones were repelled in Taganrog. One drone was shot
    down over Kursk, Governor Y said." → the two governors' claims, not three.

    A regional speaker's claim keeps only its own region from such an outline:
    the lead above, read with Governor X's sentence, loses Kursk to Governor Y.
    """
    kept: list[Claim] = []
    for n, claim in enumerate(claims):
        if claim.stated_total is None and claim.items and all(i.count is None for i in claim.items):
            later = claims[n + 1:]
            named = {c for k in later for i in k.items for c in i.codes}
            own = claim.claimant.region if claim.claimant is not None and claim.claimant.role != "defense_ministry" else None
            if (claim.claimant is None or not claim.claimant.explicit) and all(set(i.codes) <= named for i in claim.items):
                first = next(k for k in later if named & _codes(claim.items))
                first.repeats.extend(claim.sentences + claim.repeats)
                continue
            if own is not None and any(i.codes == (own,) for i in claim.items):
                claim.items = [i for i in claim.items if i.codes == (own,) or not set(i.codes) <= named]
        kept.append(claim)
    return kept


def _date_as_told_before(claims: list[Claim]) -> None:
    """A claim about "the drone" (or "two of the drones") an earlier claim counted, or about "the attack", with no time of its own,
    happened when that one did.

    "The ministry said the drone was destroyed at 2 p.m. on Thursday. The
    mayor said the drone had been downed over the district." → the mayor's
    claim is of Thursday too.
    """
    for n, claim in enumerate(claims):
        if not claim.items or not all(i.definite or i.part for i in claim.items) or event_times(claim.times):  # "the drone", "two of the drones"
            continue
        codes = _codes(claim.items)
        earlier = next((k for k in reversed(claims[:n]) if codes & _codes(k.items)), None)
        if earlier is None and n and all(i.part for i in claim.items):
            earlier = claims[n - 1]  # "12 of the drones were downed over the Kyiv region", after the night's national count
        if earlier is not None:
            claim.times.extend(t for t in event_times(earlier.times) if t not in claim.times)
    for n, claim in enumerate(claims[1:], 1):
        attacks = [(s.start + m.start(), s.start + m.end()) for s in claim.sentences
                   for pattern in (P.RE_THE_ATTACK, P.RE_THE_SAME_TIME) for m in pattern.finditer(s.text)]
        that = [t for t in event_times(claim.times) if P.RE_THE_SAME_TIME.fullmatch(t.text.strip())]  # "Sobyanin posted five times that
        if not attacks and not that:  # night. His posts describe …": the time, told in the line before the claim, of the night told before
            continue
        own = [t for t in event_times(claim.times) if not any(a <= t.start < b for a, b in attacks) and t not in that]  # not the "morning" of "the morning attack"
        told = [t for t in event_times(claims[n - 1].times) if t.date]
        if not own and told:  # "21 missiles were downed over Kyiv during the afternoon attack": the attack told of before
            kept = [t for t in claim.times if t.announcement or t.dateline]
            if not any(t.announcement and t.date for t in kept):  # "… said on Sunday … the previous night. X claimed … that same night":
                kept += [t for t in claims[n - 1].times if t.announcement and t.date]  # the night seen from the day it was told
            claim.times = kept + told


def _that_night_told_before(claims: list[Claim], facts: list[SentenceFacts]) -> None:
    """A claim whose only time is "that night", with no claim before it to tell the night, is of the night the text told
    last before it: "On the night to Thursday many of us did not sleep. According to the governor, more than 20 drones
    were shot down over the district that night" → the night that ended on Thursday."""
    for claim in claims:
        own = [t for t in event_times(claim.times) if t.kind != "clock"]  # "that night" at a clock: still that night
        if not own or not all(P.RE_THE_SAME_TIME.fullmatch(t.text.strip()) and "night" in t.text.lower() for t in own):
            continue
        first = claim.sentences[0].index
        for f in reversed(facts[:first]):
            told = [t for t in event_times(f.times) if t.date and not P.RE_THE_SAME_TIME.fullmatch(t.text.strip()) and (
                t.kind == "night_of" or "night" in f.sentence.text[max(0, t.start - f.sentence.start - 16):t.end - f.sentence.start].lower())]  # "the night of 16 to 17 March"
            if told:
                claim.times = [t for t in claim.times if t.announcement or t.dateline or t.kind == "clock"] + told[-1:]
                break


def _date_by_officials_lead(claims: list[Claim], facts: list[SentenceFacts]) -> None:
    """A lead that tells what regional officials said of a night ("Air defense forces repelled drone attacks on several
    regions overnight, regional governors said on Tuesday"), and then each governor's count with no time of its own:
    the counts are of the night the lead told of."""
    for n, lead in enumerate(facts[:4]):
        if lead.doc is not None and may_hold(lead.doc.held(lead.sentence.index), P.OFFICIALS_SAID_NEEDS) and P.RE_OFFICIALS_SAID.search(lead.sentence.text):
            # the night is told in the lead, or in the sentence before it: "… came under attack overnight. Governors reported …"
            told = event_times(lead.times) or (event_times(facts[n - 1].times) if n else [])
            if told:
                break
    else:
        return
    for claim in claims:
        if claim.claimant is not None and claim.claimant.role in REGIONAL_CLAIMANTS and claim.sentences[0].start > lead.sentence.start \
                and not any(t.kind != "clock" or t.stamp for t in event_times(claim.times)) and not any(t.announcement and t.date for t in claim.times):
            claim.times.extend(t for t in told if t not in claim.times)  # (a clock alone, "was put out by 05:00", dates nothing)


def _where_it_fell(before: SentenceFacts, f: SentenceFacts) -> None:
    """"A drone heading towards Moscow was repelled. It was intercepted in the Istra district." → one drone over Istra's region.

    The count flew towards one place and fell in another: the next sentence,
    about "it" or "they" and with no count of its own, says where.
    """
    aimed = [i for i in before.items if i.count is not None]
    places = {i.codes for i in f.items}
    if len(aimed) != 1 or not aimed[0].target or len(places) != 1 or any(i.count is not None for i in f.items):
        return
    item = aimed[0]
    item.codes, item.target, item.place_text = f.items[0].codes, False, f.items[0].place_text
    f.items = []


def _weapon_counts(text: str, start: int, end: int) -> list[Count]:
    """The counts of a weapon in ``text[start:end]``, with their qualifiers ("About ten drones tried to attack …"), for a
    sentence that speaks of them again without a number ("All of them were destroyed", "The missiles were shot down over …")."""
    found = []
    for m in P.RE_NUMBER.finditer(text, start, end):
        value = parse_number(m.group())
        weapon, noun_end = _weapon_after(text, m.end(), end, participles=True)
        if value and weapon not in (None, "not"):
            qual = P.RE_QUALIFIER_BEFORE.search(text, max(start, m.start() - 25), m.start())
            qualifier = P.qualifier_of(qual.group()) if qual else "exact"
            found.append(Count(m.start(), noun_end, value, qualifier, weapon, linked=True))
    return found


def _the_type_told_before(doc: DocSentences, facts: list[SentenceFacts], n: int) -> None:
    """ "… 94 air targets:\n- 3 guided air missiles;\n- 91 UAVs …\nThe missiles were shot down over Dnipropetrovsk oblast.": the
    count of that type told last, in the eight sentences or list lines before, is over the sentence's place (not when the
    nearest of them told two)."""
    f, text = facts[n], doc.text
    m = P.RE_THE_TYPE_DOWNED.match(text, f.sentence.start, f.sentence.end)
    if m is None:
        return
    weapon = P.weapon_of(m["noun"])
    for j in range(n - 1, max(-1, n - 9), -1):
        told = [c for c in _weapon_counts(text, facts[j].sentence.start, facts[j].sentence.end) if c.weapon == weapon
                and not P.RE_NOT_BEFORE.search(text, max(facts[j].sentence.start, c.start - 40), c.start)]  # not "launched 178 drones"
        if told:
            codes = tuple(dict.fromkeys(c for i in f.items for c in i.codes))
            if len(told) == 1 and len(codes) == 1:
                f.items = [replace(f.items[0], count=told[0].value, qualifier="exact", weapon=weapon)]
            elif len(told) == 1:  # "The drones were shot down near Kherson, Izyum … and Enerhodar, … without specifying how many … in
                first = f.items[0]  # each area": the 14 told before, over the places together
                f.items = [replace(first, codes=codes, count=told[0].value, qualifier="exact", weapon=weapon, reading="shared", shared=True,
                                   end=f.items[-1].end, ambiguous=True, n_places=len(codes))]
            return


def _under_a_place_line(line: SentenceFacts, f: SentenceFacts) -> None:
    """ "Graivoron urban district. Three UAVs were shot down.": a count with no place, under a line that names one place
    and opens the paragraph, is over that place."""
    codes = {p.code for p in line.places if p.code}
    if len(codes) != 1 or any(c.total_cue or c.value is None for c in f.totals) or line.sentence.text.isupper():
        return  # (not a dateline, "KYIV. Dec 31 (Interfax-Ukraine) - … destroyed 12 of the 20 cruise missiles")
    place = next(p for p in line.places if p.code)
    f.items = [_count_over(place.code, c, place.text, c.weapon) for c in f.totals]
    f.totals = []


def _all_where_defences_worked(doc: DocSentences, prev: SentenceFacts, f: SentenceFacts) -> None:
    """ "Air defence systems went into action over Belgorod … All the targets were shot down": a place each, with no number.

    Only where the sentence before has no claim of its own and says where the defences worked.
    """
    if prev.has_content or not P.RE_DEFENCES_AT_WORK.search(doc.text, prev.sentence.start, prev.sentence.end):
        return
    seen: set[str] = set()
    for place in prev.places:
        if place.code and place.scope != "generic" and place.code not in seen:
            seen.add(place.code)
            f.items.append(Item((place.code,), None, "unspecified", "drone", "explicit", False, place.start, place.end, place.text))


def _where_the_drones_attacked(doc: DocSentences, prev: SentenceFacts, f: SentenceFacts) -> None:
    """ "… when Ukrainian drones attacked two military airfields in the Ryazan and Saratov regions. The ministry said the
    jet drones had been intercepted": the drones of the attack told before, downed where they attacked, with no number."""
    text = doc.text
    told = P.RE_THE_DRONES.search(text, f.sentence.start, f.verbs[0])
    if told is None or not P.RE_DRONES_ATTACKED.search(text, prev.sentence.start, prev.sentence.end):
        return
    groups = [g for g in group_places(text, doc.places(prev.sentence.index)) if g.prep and not g.target and not g.foreign and g.codes]
    for code in dict.fromkeys(c for g in groups for c in g.codes):
        place = next(p for g in groups for p in g.places if p.code == code)
        f.items.append(Item((code,), None, "unspecified", "drone", "explicit", False, place.start, place.end, place.text))


def _where_it_was_told(doc: DocSentences, prev: SentenceFacts, f: SentenceFacts) -> None:
    """ "In Sevastopol, a small drone approached the fleet's headquarters. The governor said it was shot down right above the
    building": the one drone the sentence before told of, downed where that sentence placed it."""
    text = doc.text
    said = P.RE_PRONOUN_DOWNED.match(text, f.sentence.start, f.sentence.end)
    if said is None or not P.RE_IT_WAS.search(said.group()):
        return
    s, e = prev.sentence.start, prev.sentence.end
    told = [(m.start(), *_weapon_after(text, m.end(), e)) for m in P.RE_ONE_WORD.finditer(text, s, e)]  # "a small drone"
    told = [(start, weapon, end) for start, weapon, end in told if weapon not in (None, "not")]
    codes = {p.code for p in doc.places(prev.sentence.index) if p.code and p.scope in ("region", "local")}
    if len(told) == 1 and len(codes) == 1 and all(c.value == 1 for c in _weapon_counts(text, s, e)):
        place = next(p for p in doc.places(prev.sentence.index) if p.code in codes)
        start, weapon, end = told[0]
        f.items.append(_count_over(place.code, Count(start, end, 1, "exact", weapon, singular=True), place.text, weapon))


def _all_of_attack(doc: DocSentences, f: SentenceFacts, before: bool = True) -> None:
    """"All the drones were destroyed": the count is the attack's, stated before.

    "Ukraine tried to attack facilities in the Tula region with four drones. Air
    defenses destroyed all the drones." → four over the Tula region, total four.
    The count is the last weapon count earlier in the sentence or in the one
    before; the place is the sentence's own place without a count, else the
    one place list of the sentence that gave the count (not ``before`` when another speaker's).
    """
    text, s = doc.text, f.sentence
    mark = P.RE_ALL_INTERCEPTED.search(text, s.start, s.end)
    spans = [(s.start, mark.start(), s.index)]
    if s.index > 0 and before:
        prev = doc.sentences[s.index - 1]
        spans.append((prev.start, prev.end, prev.index))
    for start, end, where in spans:
        found = _weapon_counts(text, start, end)
        if found:
            count = found[-1]
            break
    else:
        return
    nulls = [i for i in f.items if i.count is None]
    if len({i.codes for i in nulls}) == 1:
        for item in nulls:
            item.count, item.qualifier, item.weapon = count.value, count.qualifier, count.weapon
        f.items = [i for i in f.items if i is nulls[0] or i.count is not None]
    elif not f.items:
        groups = [g for g in group_places(text, doc.places(where)) if g.prep and not g.target and not g.foreign and g.codes]
        if len(groups) == 1:
            _make_items(text, count, groups[0], f)
        elif groups or where == s.index:
            return  # and with no place, the count of the sentence before is the claim's total: "About ten drones tried to attack the city. All of them …"
    else:
        return
    # "all devices were intercepted, while two drones were destroyed in the air": the two are some of all
    f.totals = [t for t in f.totals if t.value is None or t.value > count.value] + [count]


def _poster(doc: DocSentences, facts: list[SentenceFacts]) -> Claimant | None:
    """Whose posts follow "His posts, translated:": the one the sentence before names."""
    m = P.RE_HIS_POSTS.search(doc.text)
    n = next((n for n, f in enumerate(facts) if f.sentence.start <= m.start() < f.sentence.end), 0) if m else 0
    if n == 0:
        return None
    return _speaker_named_in(doc, facts, n - 1)


def _speaker_named_in(doc: DocSentences, facts: list[SentenceFacts], j: int) -> Claimant | None:
    """The speaker sentence ``j`` names, as the one who speaks in what follows it."""
    named = facts[j].claimant or find_claimant(doc.text, facts[j].sentence, doc.held(j))
    return replace(named, explicit=True) if named else None


def _header_poster(doc: DocSentences, facts: list[SentenceFacts]) -> Claimant | None:
    """Whose post the document is, when its first line says so: "Alexander Khinshtein, governor of the Kursk region
    (Telegram, 3 December, 07:02, translated):", "Belgorod Region Governor Vyacheslav Gladkov, Telegram, 27 May 2025"."""
    first = facts[0] if facts else None
    if first is None or first.has_content or len(first.sentence.text) > 200 or not P.RE_POSTER_HEADER.search(first.sentence.text) \
            or not P.RE_LINE_END.match(doc.text, first.sentence.end) and first.sentence.end < len(doc.text.rstrip()):
        return None
    named = _speaker_named_in(doc, facts, 0)
    return named if named and named.name else None


def assemble_claims(facts: list[SentenceFacts]) -> list[Claim]:
    """Gather sentences into claims: one claimant, one statement, one period (posts stamped with a clock with no speaker
    of their own: the one the text introduced them as, ``_poster``, looked for only then)."""
    poster: list[Claimant | None] = []  # found on first need
    header: list[Claimant | None] = []  # the poster a first line names over the post, found on first need
    claims: list[Claim] = []
    current: Claim | None = None
    last = -99
    post: TimeExpr | None = None  # the stamp standing over a live page's post ("08:12 GMT"), until the post's first count
    for i, f in enumerate(facts):
        if not f.has_content:
            stamp = _post_stamp(f)
            if stamp is not None:
                post = stamp
                continue
            if current is not None and f.claimant and f.claimant.explicit and i - last <= 1 and _weak(current.claimant):
                current.claimant = f.claimant
            if current is not None and i - last <= 1 and f.times and not current.times and not f.tally and not (
                    f.sentence.paragraph != current.sentences[-1].paragraph and P.RE_OPENING_TIME.match(f.sentence.text, 0, f.times[0].start - f.sentence.start)):
                current.times.extend(f.times)  # but "… missiles.\n\nOn December 30, Ukraine fired …" opens another story
            if current is not None and i - last <= 1 and f.all_intercepted:
                current.all_intercepted = True
            continue
        opened = last  # no speaker before a post's stamp speaks in the post
        posted = post is not None
        if post is not None:
            if post not in f.times:
                f.times.insert(0, post)  # the post's first count: told at its stamp
            opened, post = max(last, next((j for j in range(i - 1, -1, -1) if post in facts[j].times), last)), None
            if opened == i - 1 and facts[opened].claimant and _a_speaker_line(facts[opened]):
                opened -= 1  # the stamp's own line names the speaker: "Shapsha, 07:55"
        if _heading_over_stamp(f):
            opened = i - 1  # a live page's post opens with its heading: no speaker before it speaks in it
        claimant = f.claimant
        if claimant is None and i - 1 > opened and not facts[i - 1].has_content and _named_official(facts[i - 1].claimant) \
                and (m := P.RE_SPEAKER_PRONOUN.search(f.sentence.text)) and m["who"].lower() in ("he", "she"):
            claimant = replace(facts[i - 1].claimant, explicit=True)  # "Mayor Sergei Sobyanin has taken to posting updates … That night he wrote …"
        if claimant is None:  # "… the Defense Ministry said. 20 UAVs were shot down over the Moscow region"
            for j in (i - 1, i - 2):
                if j > opened and j >= 0 and not facts[j].has_content and facts[j].claimant \
                        and (facts[j].claimant.explicit or (j == i - 1 or facts[i - 1].claimant is None) and _a_speaker_line(facts[j])) \
                        and _speaks_of(facts[j].claimant, f):
                    # (a speaker's line, "Dmitry Milyaev, 08:40:", names them; so it does over a sentence of no count, the post's first)
                    claimant = replace(facts[j].claimant, explicit=True)
                    break
        if claimant is None and i + 1 < len(facts) and not facts[i + 1].has_content and facts[i + 1].claimant and facts[i + 1].claimant.explicit \
                and _speaks_of(facts[i + 1].claimant, f) and (current is None or _weak(current.claimant) or i - last > MAX_SENTENCE_GAP):
            claimant = facts[i + 1].claimant  # "… intercepted a drone attack. Governor X confirmed it."
        if current is not None and claimant is None and _breakdown_by_means(current, f):
            f.totals = []  # "Two missiles were shot down by Pantsir systems": some of those just counted, and how
        cue = _correction_cue(facts, i) if current is not None else None
        if cue is not None and (cue["pronoun"] or claimant is None):  # "he corrected the information", "It now states that …"
            cue_line = facts[i - 1] if cue.start() < f.sentence.start else None  # "The ministry has edited its post."
            claimant = cue_line and cue_line.claimant or current.claimant
        new = current is None or cue is not None or _starts_new_claim(current, f, claimant, _sentence_gap(facts, last, i)) or _another_days_heading(current, facts, i, last) \
            or _a_place_heading_between(facts, last, i) or _sum_of_place_headings(current, facts, i)
        if not new and claimant is None and _headline_of_another_speaker(current, facts, i):
            new = True  # "… the ministry … did not mention the Novgorod region.\n\nTwo drones downed over Valdai district\n\nAir defence
            claimant = facts[i + 1].claimant  # destroyed two … over Valdaisky district, Governor X said": the headline of the story below
            f.items, f.totals = [], []
        if new and claimant is None and _post_heading_told_again(facts, i):
            claimant = facts[i + 1].claimant  # "17:30 — Moscow claims 37 drones shot down" over "Russia's Defense Ministry says … 37": its post's
            f.items, f.totals = [], []  # speaker; the heading's count is the post's, told again (no total of its own)
        if new and claimant is None and current is not None and (
                _pronoun_for(current.claimant, f.sentence.text, later=P.RE_LATER_STATEMENT.match(f.sentence.text) is not None)
                or _line_stamped(f.times) and _line_stamped(current.times)):
            claimant = current.claimant  # "Later in the day he said two more drones had been destroyed"; the next post of a speaker's
        if claimant is None and f.doc is not None and _line_stamped(f.times):
            if not poster:
                poster.append(_poster(f.doc, facts))
            claimant = poster[0]
        if claimant is None and new and f.doc is not None:
            if not header:
                header.append(_header_poster(f.doc, facts))
            claimant = header[0]  # the post's, its poster named over it
        lead_times = []
        if new and current is not None and last == i - 1 and not event_times(f.times) and f.doc is not None \
                and P.RE_STATEMENT_JOINT.fullmatch(f.doc.text, facts[i - 1].sentence.end, f.sentence.start):
            lead_times = event_times(current.times)  # "X said two drones were downed overnight, while Y reported one": the same night
        if new:
            current = Claim(claimant, region_before=lambda f=f: f.doc.last_named(f.sentence.index) if f.doc else None, corrects=cue is not None,
                            heading=f.sentence if _heading_over_stamp(f) or posted and _unclosed(f.sentence) else None)
            claims.append(current)
            if i > 0 and i - 1 != last and not facts[i - 1].has_content and not any(t.announcement and t.date or t.relative == "vague" for t in f.times):
                lead_times = facts[i - 1].times or _heading_times(facts, i, last)  # "During the past night, an attempt … was foiled."
                # (not "On Saturday evening, X wrote", nor "Earlier this week, X reported")
        elif claimant and claimant.explicit and _weak(current.claimant):
            current.claimant = claimant
        current.sentences.append(f.sentence)
        current.ukraine_scope = current.ukraine_scope or any(p.scope == "generic" and p.text.lower().startswith("ukrain") for p in f.places)
        current.items.extend(f.items)
        current.totals.extend(f.totals)
        current.all_intercepted = current.all_intercepted or f.all_intercepted
        current.times.extend(t for t in f.times if t not in current.times)
        current.times.extend(t for t in lead_times if t not in current.times)  # the claim's own times come first
        last = i
        # times stated between the claim's sentences, or right after them, belong to it
        between = [t for f2 in facts[last_of_claim(current, i) + 1:i] if not f2.has_content for t in f2.times]
        current.times[len(current.times):] = [t for t in between if t not in current.times]
        if i + 1 < len(facts) and not facts[i + 1].has_content and facts[i + 1].times:
            current.times.extend(t for t in facts[i + 1].times if t.kind in ("window", "clock") and not t.post and t not in current.times)
    return claims


def _post_heading_told_again(facts: list[SentenceFacts], i: int) -> bool:
    """Whether the sentence is a live page's post heading ("17:30 — Moscow claims 37 drones shot down", its clock on its line and
    no full stop) whose counts the post's first sentence tells again, naming its speaker ("Russia's Defense Ministry says …")."""
    f = facts[i]
    if not _line_stamped(f.times) or not _unclosed(f.sentence) or i + 1 == len(facts):
        return False
    body = facts[i + 1]
    if not (body.has_content and body.claimant and body.claimant.explicit) or _stamped(body.times):
        return False
    return _counts_told_again(f, body)


def _counts_told_again(heading: SentenceFacts, body: SentenceFacts) -> bool:
    """Whether every count of a heading is among the counts (items or totals) of the sentence under it."""
    told = {c.count for c in body.items} | {t.value for t in body.totals}
    return all(c.count in told for c in heading.items if c.count is not None) and all(t.value in told for t in heading.totals if t.value is not None)


def _headline_of_another_speaker(current: Claim, facts: list[SentenceFacts], i: int) -> bool:
    """Whether the sentence is a headline, a line of its own with no full stop, whose counts the next sentence, the story's
    first, tells again, naming a speaker other than the claim's before it."""
    f = facts[i]
    if i + 1 == len(facts) or not _unclosed(f.sentence) or not (f.items or f.totals) or current.claimant is None:
        return False
    body = facts[i + 1]
    if f.sentence.paragraph in (body.sentence.paragraph, facts[i - 1].sentence.paragraph if i else -1):
        return False
    if not (body.has_content and body.claimant and body.claimant.explicit) or _same_claimant(body.claimant, current.claimant):
        return False
    return _counts_told_again(f, body)


def _correction_cue(facts: list[SentenceFacts], i: int) -> regex.Match | None:
    """The words that make a sentence a correction of a statement before it, in the sentence or in a line of no count just
    before it ("Update at 09:47: The ministry has edited its post. It now states that 36 drones …")."""
    for j in (i, i - 1):
        f = facts[j] if j >= 0 else None
        if f is None or f.doc is None or j != i and f.has_content:
            continue
        s = f.sentence
        if may_hold(f.doc.held(s.index), P.CORRECTION_NEEDS):
            m = P.RE_CORRECTION.search(f.doc.text, s.start, s.end)
            if m is not None:
                return m
    return None


def _other_dates(held: list[TimeExpr], told: list[TimeExpr]) -> bool:
    """Whether two stretches each write a full date of an event, a week or more apart ("on 4 June 2020", "on 2 November 2021")."""
    def dated(times):
        return [t.date for t in times if t.kind == "date" and t.date and not t.announcement and not t.dateline]
    a, b = dated(held), dated(told)
    return bool(a and b) and all(abs((x - y).days) >= 7 for x in a for y in b)


def _another_days_heading(current: Claim, facts: list[SentenceFacts], i: int, last: int) -> bool:
    """Whether the sentence comes under a line that only names a day ("Thursday.") other than the claim's days: a round-up's
    next day, another statement."""
    if i - 1 <= last or facts[i - 1].has_content or not _a_time_line(facts[i - 1]):
        return False
    days, new_days = event_days(current.times), event_days(facts[i - 1].times)
    return bool(days and new_days and not days & new_days)


def _post_stamp(f: SentenceFacts) -> TimeExpr | None:
    """The stamp of a live page's post, when the sentence is one on a line of its own ("08:12 GMT", "21 July, 23:38"); the
    times of longer sentences are not looked for here."""
    if len(f.sentence.text) > 30 or not any(ch.isdigit() for ch in f.sentence.text):
        return None
    return next((t for t in f.times if t.post), None)


def _a_place_heading_between(facts: list[SentenceFacts], last: int, i: int) -> bool:
    """Whether a line that only names a place ("Graivoron district.") stands between the claim's last sentence and this
    one: a summary's next district, another statement."""
    return any(_a_place_line(facts[j], facts[j - 1]) for j in range(max(last + 1, 1), i)) if last >= 0 else False


def _sum_of_place_headings(current: Claim | None, facts: list[SentenceFacts], i: int) -> bool:
    """Whether the sentence opens a paragraph with "In total" after a claim told under a place's heading: the summary's
    total, its own statement ("Lgov district. … 5 drones were shot down.\n\nIn total, 9 UAVs …")."""
    if current is None or not current.sentences or facts[i].sentence.paragraph == current.sentences[-1].paragraph \
            or not P.RE_TOTAL_CUE.match(facts[i].sentence.text):
        return False
    first = current.sentences[0].index
    opening = next((j for j in range(first, 0, -1) if facts[j].sentence.paragraph != facts[j - 1].sentence.paragraph), 0)
    return opening > 0 and _a_place_line(facts[opening], facts[opening - 1])


def _a_place_line(f: SentenceFacts, before: SentenceFacts) -> bool:
    """A paragraph's opening words that only name a place: "Graivoron district.", "Kursk region:"."""
    if f.has_content or f.doc is None or len(f.sentence.text) > 50 or f.sentence.paragraph == before.sentence.paragraph:
        return False
    places = [p for p in f.places if p.code]
    if not places:
        return False
    rest = f.doc.text[f.sentence.start:places[0].start] + f.doc.text[places[-1].end:f.sentence.end]
    return not any(ch.isalnum() for ch in rest)


def _a_time_line(f: SentenceFacts) -> bool:
    """A short line of times and nothing else: "Thursday.", "Thursday, 3 April, 07:40"."""
    if not f.times or len(f.sentence.text) > 40:
        return False
    spans = sorted((t.start - f.sentence.start, t.end - f.sentence.start) for t in f.times)
    text = f.sentence.text
    return not any(ch.isalpha() for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]) for ch in text[a:b])


def _split_periods(claim: Claim) -> list[Claim]:
    """A sentence that tells two periods, each with its counts, is two statements.

    "… shot down three drones over the Valuysky district late on Saturday and
    six more over the Belgorod district on Sunday afternoon": three on
    Saturday, six on Sunday.  The days told after the first counts and after
    the later ones share none.
    """
    if len(claim.items) < 2 or len(claim.sentences) != 1:
        return [claim]
    first, end = claim.items[0].start, claim.sentences[0].end
    dated = [t for t in event_times(claim.times) if t.date and first <= t.start < end]
    for split in claim.items[1:]:
        before = [t for t in dated if t.start < split.start]
        after = [t for t in dated if t.start >= split.start]
        if split.count is not None and before and after and not {t.date for t in before} & {t.date for t in after}:
            break
    else:
        return [claim]
    said = [t for t in claim.times if t not in before and t not in after]  # "said on Monday", and times outside the counts
    later = Claim(claim.claimant, sentences=list(claim.sentences), items=[i for i in claim.items if i.start >= split.start],
                  totals=[t for t in claim.totals if t.start >= split.start], times=after + said, ukraine_scope=claim.ukraine_scope,
                  region_before=claim.region_before)
    claim.items = [i for i in claim.items if i.start < split.start]
    claim.totals = [t for t in claim.totals if t.start < split.start]
    claim.times = before + said
    return [claim, later]


def _running_total_of_posts(claim: Claim) -> None:
    """A later post's "in total" of one place is the account so far, not a total the earlier posts' counts are some of
    (posts stamped with their clocks, or statements told with their hours: "shortly after 4 a.m. … By 7 a.m. … a total of 69").

    "04:10 — … seven UAVs have been shot down over Balaklava. 05:35 — The attack
    has been repelled. In total, our forces destroyed 11 drones.": eleven over
    Sevastopol, the seven among them.
    """
    if claim.stated_total is None:
        return
    cued = _cued_totals(claim)
    total = max(cued, key=lambda t: t.start) if cued else None  # the last told
    if total is None or (total.value != claim.stated_total and not total.linked):
        return
    if len({t.start for t in _clock_times(claim)}) < 2 and not (
            _clocked(claim) and any(s.start <= total.start < s.end and P.RE_SINCE_NIGHT_BEGAN.search(s.text) for s in claim.sentences)) \
            and not any(P.RE_POSTS_TOLD.search(s.text) for s in claim.sentences):
        return  # posts stamped, or statements told with their hours ("shortly after 4 a.m. … By 7 a.m. the mayor said a total of 69");
        # or a post at an hour, then the count "in total, since the beginning of the night"; or posts told as such ("posted several
        # updates during the night, first reporting three … In a summary …: 'In total, 22 …'")
    counted = [i for i in claim.items if i.count is not None and not (i.start <= total.start < i.end)]  # not the total's own item
    told_before = sum(i.count for i in counted) if counted else claim.stated_total  # "an attack by two drones … had been repelled"
    if len({i.codes for i in claim.items if i.count is not None}) != 1 or total.start < max((i.end for i in counted), default=0) \
            or told_before >= total.value:
        return
    claim.stated_total, claim.total_qualifier = total.value, total.qualifier
    if not counted:
        return
    first = counted[0]
    claim.items = [Item(first.codes, total.value, total.qualifier, total.weapon or first.weapon, "explicit", first.shared,
                        total.start, total.end, first.place_text)] + [i for i in claim.items if i.count is None and i.codes != first.codes]


def _pronoun_for(claimant: Claimant | None, sentence: str, later: bool) -> bool:
    """Does a speaker's pronoun in this sentence stand for the claimant of the statement before?

    "Later in the day he said …" (any speaker, as before); "he recalled" after a governor or mayor; "…, it said, 105 drones …"
    for an institution.
    """
    m = P.RE_SPEAKER_PRONOUN.search(sentence)
    if m is None or claimant is None:
        return False
    if m["who"].lower() != "it":
        return later or ((claimant.explicit or claimant.key is not None) and claimant.role in REGIONAL_CLAIMANTS)  # a governor's "he recalled in the same post"
        # (or a named mayor's: "Sobyanin's first post came at 11:41 p.m. … At 1:15 a.m., he wrote: …")
    return claimant.explicit and claimant.role in ("defense_ministry", "air_force_ua", "other")


def _named_official(c: Claimant | None) -> bool:
    """A governor, mayor or regional head named by their name ("Moscow Mayor Sergei Sobyanin"), whom a "he" can stand for."""
    return c is not None and c.role in REGIONAL_CLAIMANTS and c.key is not None


def _a_speaker_line(f: SentenceFacts) -> bool:
    """A line that names who speaks below it: "Tula region governor Dmitry Milyaev, 06:12:", "Shapsha, 07:55"."""
    text = f.sentence.text.rstrip()
    return (text.endswith(":") or RE_SPEAKER_STAMP_LINE.fullmatch(text) is not None) and len(text) <= 120 and f.doc is not None and "\n" not in text \
        and (f.sentence.start == 0 or f.doc.text[f.doc.text.rfind("\n", 0, f.sentence.start) + 1:f.sentence.start].strip() == "")


def _speaks_of(claimant: Claimant, f: SentenceFacts) -> bool:
    """Can a claimant named in the next or last sentence be the one of this one's counts? A governor speaks of their own region.

    "… where Governor Vorobyov said drones damaged homes. The attack killed one person, Vorobyov said. The most
    intercepts took place over the Bryansk region …": the Moscow region's governor does not speak for Bryansk.
    """
    if claimant.role not in REGIONAL_CLAIMANTS or not claimant.region:
        return True
    codes = _codes(f.items)
    return not codes or claimant.region in codes


def last_of_claim(claim: Claim, i: int) -> int:
    """Index of the claim's sentence before sentence ``i`` (``i`` itself when it is the first)."""
    earlier = [s.index for s in claim.sentences if s.index < i]
    return earlier[-1] if earlier else i


def _weak(claimant: Claimant | None) -> bool:
    return claimant is None or not claimant.explicit


def _same_claimant(a: Claimant | None, b: Claimant | None) -> bool:
    if a is None or b is None:
        return True
    regional = {"governor", "regional_head"}
    if a.role != b.role and not (a.role in regional and b.role in regional):
        return False
    if a.region and b.region and a.region != b.region:
        return False  # the governors of two regions
    if a.role == "other" and (a.key != b.key or not a.key and _other_names(a.name, b.name)):
        return False  # "other" is many speakers: Zaluzhnyi, then the Kyiv regional military administration
    if a.role in REGIONAL_CLAIMANTS and (a.key is None) != (b.key is None):
        names = _surname(a), _surname(b)
        if all(names) and names[0] != names[1]:
            return False  # "Governor Gladkov said …", then "Governor Pavel Sidorenko said …", whom claimants.csv does not know
    return a.key is None or b.key is None or a.key == b.key


def _surname(c: Claimant) -> str | None:
    """The surname a claimant is named by: the last word of their name when it is a capitalised word and no title.

    >>> _surname(Claimant("governor", "Tambov governor Yevgeny Pervyshov", None, None, True))
    'Pervyshov'
    >>> _surname(Claimant("governor", "the Kursk Governor", None, "RU-KRS", True)), _surname(Claimant("governor", "governor of the Kursk", None, "RU-KRS", True))
    (None, None)
    """
    if c.key:
        return c.key.split()[-1]
    words = (c.name or "").split()
    if len(words) < 2 or any(w in ("of", "the") for w in words):
        return None  # "the governor of the Belgorod [region]": a title
    return words[-1] if P.RE_SURNAME.fullmatch(words[-1]) else None


def _other_names(a: str | None, b: str | None) -> bool:
    """Two titles of which neither holds the other: "the city's Russian-installed administration", then "the region's
    military-civilian administration" ("the military administration", then "the Kyiv military administration", is one)."""
    a, b = (a or "").lower(), (b or "").lower()
    return bool(a and b) and a not in b and b not in a


def _breakdown_by_means(current: Claim, f: SentenceFacts) -> bool:
    """Counts with no place, each smaller than the claim's total of the same weapon, told by what downed them.

    "Air defences destroyed eight ATACMS missiles … Two missiles were shot down by
    Pantsir systems": the two are among the eight, not another statement.
    """
    if f.items or not f.totals or any(t.linked or t.more or t.total_cue for t in f.totals):
        return False
    if not P.RE_BY_MEANS.search(f.sentence.text):
        return False
    held = {}
    for t in current.totals:
        if not t.linked and t.value is not None:
            held[t.weapon_meant] = max(held.get(t.weapon_meant, 0), t.value)
    return all(t.value is not None and t.value < held.get(t.weapon_meant, 0) for t in f.totals)


def _heading_times(facts: list[SentenceFacts], i: int, last: int) -> list[TimeExpr]:
    """The times of the line that heads a post ("Thursday, 3 April, 07:40"), when only sentences without counts or times
    ("The night was restless.") stand between it and the claim's first sentence."""
    for j in range(i - 2, max(last, i - 4), -1):
        f = facts[j]
        if f.has_content:
            return []
        if f.times:
            return f.times if _a_time_line(f) else []
    return []


def _stamped(times: list[TimeExpr]) -> bool:
    """Was it posted at a clock time stamped on its line ("23:48 — …") or over it ("08:12 GMT")?"""
    return any(t.stamp for t in times)


def _line_stamped(times: list[TimeExpr]) -> bool:
    """Was it posted at a clock time stamped on its line ("23:48 — …"), as a feed of one speaker's posts is?"""
    return any(t.stamp and not t.post for t in times)


def _bulleted(s: Sentence) -> bool:
    """Is the sentence a line of a list, opening with a bullet ("— Kursk — 4;", "• 12 over …")?"""
    return s.text.lstrip()[:1] in P.BULLETS


def _sentence_gap(facts: list[SentenceFacts], last: int, i: int) -> int:
    """How many sentences back a claim's last sentence is, the lines of a list it ends by heading not counted: "… shot
    down/suppressed 421 air targets:\n— 21 cruise missiles;\n— 398 UAVs.\n\nIn particular, 9 of the cruise missiles …"."""
    gap = i - last
    if gap > 1 and last >= 0 and facts[last].sentence.text.rstrip().endswith(":"):
        lines = itertools.takewhile(lambda f: _bulleted(f.sentence), facts[last + 1:i])
        gap -= sum(1 for _ in lines)
    return gap


def _starts_new_claim(current: Claim, f: SentenceFacts, claimant: Claimant | None, gap: int) -> bool:
    if _heading_over_stamp(f):
        return True  # "Kyiv region: seven missiles downed, official says\nPosted at 11:05 GMT": the heading of a live page's next post
    if any(t.post and t not in current.times for t in f.times):
        return True  # a live page's next post ("06:40 GMT\nRussia says 45 drones destroyed")
    if any(t.post for t in current.times) and _a_post_heading(current) and any(i.count is not None for i in current.items):
        return True  # the post under a heading of counts over places: the heading is its claim only if the post does not tell them again
    if _stamped(f.times) and _stamped(current.times):
        return True  # "23:48 — Two UAVs … 00:35 — Another drone …": each post a statement
    if claimant is not None and claimant.explicit and current.claimant is not None and not _same_claimant(claimant, current.claimant):
        return True
    if claimant is not None and _bulleted(f.sentence) and current.claimant is not None and claimant.role != current.claimant.role:
        return True  # "- Kharkiv's governor says nearly 20 …", "- Russia says it destroyed 31 …": key points, each its speaker's
    if f.items and all(i.remaining and i.count is None for i in f.items) and not f.totals and current.totals \
            and not any(i.remaining for i in current.items):
        return False  # "The ministry said the other drones were destroyed over the Voronezh, … regions": the rest of its count, told later
    if claimant is not None and claimant.explicit and claimant.role == "other" and current.claimant is not None and current.claimant.role == "other" \
            and claimant.name != current.claimant.name and f.items and current.items and not _codes(f.items) & _codes(current.items):
        return True  # "In Kyiv, according to the city's military administration, 37 …", "In Kryvyi Rih, the head of the city's …": two
    own = [t for t in f.totals if not t.linked]
    held = [t for t in current.totals if not t.linked]
    if gap > MAX_SENTENCE_GAP and claimant is None and _types_summed(own, held):
        return False  # "… shot down 89 drones and both missiles. Source: … Quote: 'As of 08:30, … 91 air targets'": the lead's quote
    if claimant is None and gap > MAX_SENTENCE_GAP:
        return True
    if claimant is not None and (current.claimant is None or claimant.explicit) and gap > MAX_SENTENCE_GAP:
        return True  # a claimant speaking again after a stretch of other news: another statement
    if own and held and not any(_same_total(own[0], t) for t in held) and not _also_another_type(f, own, held) and not _sum_of(own[0], held):
        return True
    if claimant is None and current.claimant and current.claimant.role in REGIONAL_CLAIMANTS and f.national and f.totals:
        return True
    if _restates_region(current, f):
        return True
    if P.RE_LATER_STATEMENT.match(f.sentence.text) and (current.items or current.totals) \
            and (any(c.more for c in f.totals) and not f.items or any(i.more and i.count is not None for i in f.items)):
        return True  # "… three drones over Moscow. Later in the day he said two more drones had been destroyed."
    if P.RE_NEW_STATEMENT.match(f.sentence.text) and not f.items and f.totals and (current.items or current.totals) and event_times(f.times) \
            and not any(t.value == i.count for t in f.totals for i in current.items) \
            and not any(_same_total(t, h) for t in f.totals for h in current.totals):
        return True  # "… 18 over the Belgorod region … Earlier on Saturday, the ministry reported 34 drones during the night"
    if P.RE_NEW_STATEMENT.match(f.sentence.text) and f.items and (current.items or current.totals):
        held = _codes(current.items)
        if not any(c in held for i in f.items for c in i.codes):
            return True  # "Earlier, air defenses repelled an attack on Sevastopol": another place, another statement
        if any(i.count is not None for i in f.items):
            return True  # "… drones were downed over Belgorod. Earlier, four drones were destroyed above the region."
    if f.items and all(i.part for i in f.items) and any(i.count is not None and i.count < (j.count or 0) for i in f.items for j in current.items):
        return False  # "… 29 drones over the Odesa region. Eleven of them over the Izmail district, where the first wave struck on Monday"
    windows = {t.clocks for t in current.times if t.kind == "window" and t.clocks}
    new_windows = {t.clocks for t in f.times if t.kind == "window" and t.clocks}
    if windows and new_windows and not windows & new_windows:
        return True  # "from 23:00 to 23:50 … six more" and "from 20:30 to 22:30 … 26": two statements
    if not windows and any(_daytime(w) for w in new_windows) and _overnight(current.times):
        return True  # "… 105 drones overnight. Between 08:00 and 14:00 Moscow time, a further 27 …": the day's statement
    more = any(i.more for i in f.items) or any(c.more for c in f.totals)
    if _overnight(current.times) and not _overnight(f.times) and any(9 <= (hour_of(t) or 0) < 20 for t in f.times if not t.stamp) and more:
        return True  # "… 17 drones overnight. At 14:35, he reported that six more had been downed": the afternoon's statement
    if more and any(t.kind == "clock" and not t.stamp for t in current.times) and any(
            t.kind == "clock" and not t.stamp and t.relative is None and t not in current.times for t in f.times):
        return True  # "At 00:40, Bogomaz wrote that 12 UAVs … At 03:15, he reported that another 11 …": a post of its own
    days = {t.date for t in current.times if t.date}
    new_days = {t.date for t in f.times if t.date}
    if days and new_days and not days & new_days and not _window_of_report(current, f):
        return True
    # "On Tuesday evening the governor wrote that three UAVs had been destroyed during the day … 'Overnight, … eleven more'":
    # the day of the sentence that told the last count, not of the claim's lead or dateline
    last = max(current.items, key=lambda i: i.start) if more and current.items else None
    told = _sentence_at(current.sentences, last.start) if last else None
    if told is None:
        return False
    day = claim_date([t for t in current.times if told.start <= t.start < told.end], Anchor())[0]
    new_day = claim_date(f.times, Anchor())[0]
    return day is not None and new_day is not None and day != new_day


def _window_of_report(current: Claim, f: SentenceFacts) -> bool:
    """ "… sixteen drones …, the ministry reported on Tuesday. Its statement covers the period from 20:00 to 23:00 on
    Monday: twelve …": the window of the report told only by the day it was said, not another day's statement."""
    said = {t.date for t in current.times if t.date and t.announcement}
    if not said or any(t.date and not t.announcement for t in current.times) \
            or not (f.claimant is None or _same_claimant(f.claimant, current.claimant)):
        return False
    events = [t for t in f.times if t.date]
    return all(t.kind == "window" and not t.announcement and t.date <= min(said) for t in events)


def _heading_over_stamp(f: SentenceFacts) -> bool:
    """A line with no full stop over a line that only stamps when it was posted ("Posted at 11:05 GMT"): a post's heading."""
    sentences = f.doc.sentences if f.doc is not None else []
    nxt = sentences[f.sentence.index + 1] if f.sentence.index + 1 < len(sentences) else None
    return nxt is not None and not f.sentence.text.rstrip().endswith((".", ":", ";")) \
        and P.RE_POSTED_AT_LINE.fullmatch(nxt.text.strip()) is not None


def _sum_of(total: Count, counts: list[Count]) -> bool:
    """ "277 drones … two of the seven missiles, both Kh-101s … In total, 279 air targets were neutralised": a total that
    adds up two or more of the counts (a count told twice, "both", is among them once); or, told first, all of them."""
    others = [c for c in counts if c.value is not None and c is not total]
    if len(others) > 1 and all(total.end <= c.start for c in others) and sum(c.value for c in others) == total.value:
        return True  # "destroyed 56 air targets in the attack, which began after 2 p.m. — 51 cruise missiles and five drones"
    values = [c.value for c in others][:8]
    return total.total_cue and any(sum(some) == total.value for k in range(2, len(values) + 1) for some in itertools.combinations(values, k))


def _types_summed(own: list[Count], held: list[Count]) -> bool:
    """A total that adds up the held counts of two or more types, each told again after it ("91 air targets: 89 … drones and
    two … missiles" after "89 drones and both missiles")."""
    if not own or len({c.weapon for c in held}) < 2 or not _sum_of(own[0], held):
        return False
    return all(any(o.value == c.value and o.weapon == c.weapon for o in own[1:]) for c in held)


def _daytime(clocks: tuple) -> bool:
    """A window within one day's daylight hours ("from 08:00 to 14:00"), no part of a night."""
    (h1, m1), (h2, m2) = clocks
    return 7 <= h1 and (h1, m1) < (h2, m2) <= (22, 0)


def _overnight(times: list[TimeExpr]) -> bool:
    """Does a claim say its drones came at night ("overnight", "last night")?"""
    return any(t.relative == "night" and "night" in t.text.lower() for t in times)


def _also_another_type(f: SentenceFacts, own: list[Count], held: list[Count]) -> bool:
    """ "… shot down 73 of some 90 missiles. Ten drones were also destroyed, it said.": the same statement's count of another type."""
    return {t.weapon for t in own}.isdisjoint(t.weapon for t in held) and P.RE_ALSO.search(f.sentence.text) is not None


def _same_total(a: Count, b: Count) -> bool:
    """Whether two totals can be the same statement: equal, or one is approximate ("nearly 160") and close to the other (158)."""
    if a.value == b.value:
        return True
    if a.qualifier == "exact" and b.qualifier == "exact":
        return False
    return abs(a.value - b.value) <= max(2, 0.1 * max(a.value, b.value))


def _restates_region(current: Claim, f: SentenceFacts) -> bool:
    """A new count for a region the claim already counted: a further statement ("four more drones").

    The same count again, without "more", is the same statement repeated.
    """
    if any(t.value is not None and not t.linked for t in current.totals):
        return False  # a claim with a total gathers its breakdown
    if any(t.value is not None and t.total_cue for t in current.totals) and not any(i.more for i in f.items):
        return False  # "in all 27 over the Bryansk region. By districts: …" (but "Another drone …" is a further statement)
    if _breakdown_of(current.items, f.items):
        return False  # "… 11 drones over the Bryansk oblast. Over Trubchevsky district – four, over Pogarsky – three, …"
    own_times = bool(event_times(f.times))
    for item in f.items:
        if item.count is None or len(item.codes) != 1 or item.total_cue or item.part or item.ordinal:
            continue  # "In total, 8 over the Kursk region" sums up, it does not add; "one … the other …" share out; "a fourth" goes on
        if not own_times and not item.more and _a_line_of(item, current.items):
            continue  # "… 27 UAVs over Belgorod Oblast. • Belgorod district – 9 UAVs; • Shebekino urban district – 11 UAVs; …"
        if item.more and not own_times and not _weak(f.claimant) and _a_locality(item) and all(old.place_text != item.place_text for old in current.items):
            continue  # "… 12 rockets at the bridge in the Kherson region. Two more were intercepted near Nova Kakhovka": one briefing
        for old in current.items:
            if old.codes == item.codes and old.count is not None and old.weapon == item.weapon:
                if item.more or old.count != item.count:
                    return True
    return False


def _a_line_of(item: Item, held: list[Item]) -> bool:
    """Whether a count over another place of a region the claim counted before, with the counts told since, stays within
    that count: a line of its breakdown, one sentence a line ("• Belgorod district – 9 UAVs;")."""
    return any(whole.codes == item.codes and whole.weapon == item.weapon and whole.count is not None and whole.place_text != item.place_text
               and sum(o.count for o in _told_after(whole, held)) + item.count <= whole.count for whole in held)


def _breakdown_of(held: list[Item], new: list[Item]) -> bool:
    """A sentence's counts, none "more", all over one region the claim counted before: that count's places (``_breaks_down``)."""
    counted = [i for i in new if i.count is not None]
    if not counted or any(i.more for i in counted) or len({i.codes for i in counted}) != 1:
        return False
    return any(o.weapon == counted[0].weapon and _breaks_down(o, counted) for o in held)


def _breaks_down(whole: Item, later: list[Item], sentences: list[Sentence] = ()) -> bool:
    """Whether two or more counts told after an item over its one region, none a share ("one … the other …"), may be
    its places: they do not add up past it. "… 11 drones over the Bryansk oblast. Over Trubchevsky district – four, …"."""
    parts = [o for o in _told_after(whole, later) if not o.part]
    told = sum(o.count for o in parts)
    return (len(whole.codes) == 1 and whole.count is not None and len(parts) >= 2 and told <= whole.count
            and (not _a_locality(whole) or told == whole.count and (whole.n_places >= 2 or _told_apart(whole, parts, sentences))))
    # (a locality's count summed exactly by counts of another list: "Six … over Vyazma and Roslavl districts", "Three drones downed
    # near Salavat" over "two on the outskirts of Salavat and one over Ishimbaysky district"; not "Rossoshansky – three,
    # Ostrogozhsky – two, Liskinsky – one", one list)


def _told_apart(whole: Item, parts: list[Item], sentences: list[Sentence]) -> bool:
    """Whether the parts are all told in sentences (of ``sentences``) other than the one the whole is told in."""
    told_in = _sentence_at(sentences, whole.start)
    return told_in is not None and all(o.start >= told_in.end for o in parts)


def _a_locality(item: Item) -> bool:
    """Whether an item's place is a district or town, not its region: "Rossoshansky – three, Ostrogozhsky – two, Liskinsky – one"
    are three districts' counts, the first no sum of the others."""
    places = gazetteer().find(item.place_text)
    return bool(places) and all(p.scope == "local" for p in places)


def _told_after(whole: Item, items: list[Item]) -> list[Item]:
    """The counts told after an item, over its places, of its weapon."""
    return [o for o in items if o.start > whole.end and o.codes == whole.codes and o.weapon == whole.weapon and o.count is not None]


def _risen_at(sentences: list[Sentence], start: int, end: int) -> bool:
    """Whether the count at ``start``-``end`` is told as the figure "risen to" ("the number … had risen to 14")."""
    sentence = _sentence_at(sentences, start)
    return sentence is not None and P.RE_RISEN_TO.search(sentence.text, max(0, start - sentence.start - 40), end - sentence.start) is not None


def _risen_to(claim: Claim) -> None:
    """A later count the figure "has risen to" over the same places is the account so far: the earlier counts are among it.

    "… at least nine were shot down over the Rylsk district … In a later post, the governor said the number had risen
    to 14 in total": fourteen over the Kursk region.
    """
    cued = [s for s in claim.sentences if P.RE_RISEN_TO.search(s.text)]  # most claims have none: one look a sentence
    if not cued:
        return
    for item in [i for i in claim.items if i.count is not None]:
        if not _risen_at(cued, item.start, item.end):
            continue
        earlier = [i for i in claim.items if i.end <= item.start and i.codes == item.codes and i.count is not None]
        if earlier and sum(i.count for i in earlier) <= item.count:
            claim.items = [i for i in claim.items if i not in earlier]
            if item.total_cue and not any(t.value == item.count for t in claim.totals):  # "had risen to 14 in total"
                claim.totals.append(Count(item.start, item.end, item.count, item.qualifier, item.weapon))
    for total in [t for t in claim.totals if t.value is not None]:
        if not _risen_at(cued, total.start, total.end):
            continue
        earlier = [i for i in claim.items if i.count is not None and (i.end <= total.start or not i.more)]  # told before, or posted before
        if earlier and len({i.codes for i in earlier}) == 1 and sum(i.count for i in earlier) <= total.value:
            # "Two UAVs were shot down over Sevastopol. … The number of downed UAVs has risen to six": six over Sevastopol
            now = replace(earlier[-1], count=total.value, qualifier=total.qualifier, start=total.start, end=total.end)
            claim.items = [i for i in claim.items if i not in earlier] + [now]


def _body_headline(claim: Claim) -> Sentence | None:
    """The text's headline, when it opens a claim whose body goes on after it."""
    return claim.sentences[0] if len(claim.sentences) > 1 and _is_headline(claim.sentences[0]) else None


def _headline_told_wider(claim: Claim) -> None:
    """A headline's count that the body tells again over more places is the body's: "… 27 drones over Crimea" over
    "… 27 unmanned aerial vehicles over the Republic of Crimea and the waters of the Black Sea"."""
    head = _body_headline(claim)
    if head is None:
        return
    body = [i for i in claim.items if i.start >= head.end and i.count is not None]
    claim.items = [i for i in claim.items if not (i.start < head.end and i.count is not None and any(
        b.count == i.count and b.weapon == i.weapon and set(i.codes) < set(b.codes) for b in body))]


def finish_claim(claim: Claim) -> None:
    """Totals, summaries, repeats and readings: the claim's final items."""
    _risen_to(claim)
    _headline_told_wider(claim)
    items: list[Item] = []
    head = _body_headline(claim)
    for item in claim.items:  # a repeated statement of the same count over the same place
        same = next((o for o in items if item.count is not None and o.codes == item.codes and o.count == item.count and o.weapon == item.weapon
                     and not _other_localities(o, item) and not _other_rows(claim, o, item)), None)
        if same is not None:
            if head is not None and same.start < head.end <= item.start:
                items[items.index(same)] = item  # the body's words for the headline's count: its evidence, and not the headline's
            continue
        items.append(item)
    counted = {c for i in items if i.count is not None or i.remaining for c in i.codes}
    items = [i for i in items if not _shore_of_a_sea_item(i, claim.items)]  # (the headline's words too: "… over the Baltic Sea off Baltiysk")
    spread = {i.codes for i in items if i.count is None and i.n_places > 1 and not i.partial}  # "drones were destroyed in four districts" (not "mostly over two")
    nulls_seen: set[str] = set()
    kept = []
    for item in items:
        if item.count is None and not item.remaining:
            if item.codes[0] in nulls_seen or item.codes[0] in counted and not (item.more and all(
                    o.place_text != item.place_text for o in items if o.count is not None)):
                continue  # (not '"several more" over the Vyborg district', after three over the Kingisepp district)
            nulls_seen.add(item.codes[0])
        kept.append(item)
    items = kept
    items = [i for i in items if not _share_told_again(i, items)]
    # "16 drones over Bryansk and Kursk … 15 over Bryansk and one over Kursk": the first is a summary.
    for item in list(items):
        summary = item.count is not None and (item.ambiguous or item.total_cue or _breaks_down(item, items, claim.sentences)) and (
            _sums_up(item, items) or _lead_of_breakdown(item, items))
        if not (summary or _sum_of_later(item, items)):
            continue
        items.remove(item)
        if item.ambiguous or not any(t.value == item.count for t in claim.totals):  # a count with a total cue may be among them already
            claim.totals.append(Count(item.start, item.end, item.count, item.qualifier, item.weapon))
    claim.items = items = _shares(claim, _where_they_fell(claim, items))
    totals = [t for t in claim.totals if t.value is not None and not t.linked]
    if all(_earlier_report(t, items) for t in totals):  # "… wrote that seven UAVs had been shot down. At 08:20 he clarified: 'In
        totals = [t for t in claim.totals if t.value is not None and t.linked] or totals or [t for t in claim.totals if t.value is not None]
        # total, nine drones were destroyed over the region'": the earlier report is no total, the count told as a total is
    # "Three of them were suppressed … Five more drones were shot down over the Moscow region": the parts of an attack
    totals = [t for t in totals if not (t.part and any(i.more and i.count is not None and i.start >= t.end for i in items))]
    totals = [t for t in totals if not _earlier_report(t, items)]
    if claim.heading is not None and len([i for i in items if i.count is not None]) == 1 and all(len(i.codes) == 1 for i in items) and all(
            claim.heading.start <= t.start < claim.heading.end and t.value == next(i.count for i in items if i.count is not None) for t in totals):
        totals = []  # "Zaporizhzhia reports two missiles intercepted" over "… destroyed two missiles over the region": one count, no total
    counted = [i for i in items if i.count is not None]
    if len(counted) == 1 and len(counted[0].codes) == 1 and totals and all(
            t.value == counted[0].count and t.qualifier == counted[0].qualifier == "exact" and not t.total_cue and not t.attack_size for t in totals) \
            and not (claim.told_whole and claim.told_whole()) and not _in_capital_heading(claim, counted[0]):
        totals = []  # "Three drones were shot down near the refinery … 'three UAVs were shot down'": one count told again, no total
    totals.sort(key=lambda t: t.qualifier != "exact")  # "nearly 160 … 158 drones": the exact figure is the claim's
    totals = [t for t in totals if _sum_of(t, totals)] or totals  # "… 277 drones … two missiles … In total, 279 air targets"
    # a count told again with no weapon of its own ("… 104 drones neutralised … Of those, 104 were shot down") is of no other type
    weapons = {t.weapon_meant for t in totals if t.weapon_meant is not None or not any(o.value == t.value and o is not t for o in totals)}
    if len(totals) > 1 and all(t.listed for t in totals):
        claim.note = "counts are stated per type (" + " and ".join(str(t.value) for t in totals) + "); no single total"
        claim.per_type = True
    elif totals and len(weapons) <= 1 and _one_types_sum(claim, totals[0]):
        claim.note = f"{totals[0].value} {totals[0].weapon} add up the items of that type, beside items of another; no single total"
        claim.per_type = True
    elif totals and len(weapons) <= 1 and _another_type_than_items(claim, totals[0]):
        claim.note = f"{totals[0].value} {totals[0].weapon} with no place, beside items of another type; no single total"
    elif totals and len(totals) == 1 and _increment_after_items(claim, totals[0]):
        region = _speakers_only_region(claim)
        if region:  # Governor: "14 drones over the region, and another 6 were suppressed": 6 more over it
            items.append(_over_speakers_region(region, totals[0], claim.claimant, totals[0].weapon_meant, list_start=totals[0].start, more=True))
        else:
            claim.note = f"{totals[0].value} more with no place, after the items; no single total"
    elif totals and len(weapons) <= 1:
        if not _regional_attack_on_own(claim, totals[0]):  # the mayor's "attack by three drones flying to Moscow" is Moscow's item
            claim.stated_total = totals[0].value
            claim.total_qualifier = totals[0].qualifier if totals[0].qualifier != "unspecified" else "exact"
    elif totals:
        claim.note = "totals are stated per weapon type (" + ", ".join(f"{t.value} {t.weapon_meant}" for t in totals) + "); no single total"
        claim.per_type = True
    _more_restated(claim)
    _fill_remaining(claim)
    _count_in_claimant_region(claim)
    _total_from_single_list(claim)
    _total_from_single_count(claim, spread)
    resolve_readings(claim)


def _shore_of_a_sea_item(item: Item, items: list[Item]) -> bool:
    """ "repelled an attack on the city of Kaspiysk … two UAVs were destroyed over the Caspian Sea off Kaspiysk": the town,
    named without a count, is the shore of the sea the count is over."""
    if item.count is not None or item.remaining:
        return False
    name = P.RE_PLACE_PREFIX.sub("", item.place_text).strip(" .,")
    return bool(name) and any(o.count is not None and any(c.startswith("SEA-") for c in o.codes) and _off_shore(o.place_text, name)
                              for o in items)


def _off_shore(place_text: str, name: str) -> bool:
    """Whether ``name`` stands in ``place_text`` as a whole word after "off", "near", "by" or "at" ("… Caspian Sea off Kaspiysk")."""
    at = place_text.find(name)
    while at >= 0:
        end = at + len(name)
        if (end == len(place_text) or not place_text[end].isalnum()) and P.RE_SHORE_BEFORE.search(place_text, 0, at):
            return True
        at = place_text.find(name, at + 1)
    return False


def _in_capital_heading(claim: Claim, item: Item) -> bool:
    """Is the item told in a heading that names the capital for its government ("Kyiv: 37 drones neutralized")? Its count
    is the total of the speaker below (see ``_capital_as_speaker``)."""
    told = _sentence_at(claim.sentences, item.start)
    return told is not None and _capital_speaks(claim, item, told.text, 0)


def _ukrainian_speaker(c: Claimant | None) -> bool:
    """Ukraine's air force, or a speaker for a region Ukraine holds: one who tells the time by Kyiv's clock."""
    return c is not None and (c.role == "air_force_ua" or (c.region or "").startswith("UA-") and c.region not in OCCUPIED)


def _told_as_whole(claim: Claim, doc: DocSentences) -> bool:
    """Whether words in a claim, in the two sentences after it or in the text's headline say its count is the whole attack or
    a tally ("all aircraft were intercepted", "involved in the attack", "Number of Drones … Reaches Three")."""
    if not claim.sentences:
        return False
    last = max(s.index for s in claim.sentences)
    near = claim.sentences + doc.sentences[last + 1:last + 3] + [s for s in doc.sentences[:1] if _is_headline(s)]
    return claim.all_intercepted or any(P.RE_WHOLE_WORDS.search(s.text) for s in near)


def _earlier_report(total: Count, items: list[Item]) -> bool:
    """ "… shot down 19 drones flying towards the capital. Earlier, he said 11 drones had been downed": a plain count
    told after the items, smaller than what they add up to, is an earlier report of the same night, not their total."""
    counted = [i for i in items if i.count is not None]
    return (bool(counted) and not total.total_cue and not total.linked and not total.more and total.qualifier == "exact"
            and all(i.end <= total.start and i.weapon == total.weapon_meant for i in counted)
            and total.value < sum(i.count for i in counted))


def _more_restated(claim: Claim) -> None:
    """"Six more drones over Crimea … six more were destroyed": the count added to an earlier statement, told twice, is no total."""
    if claim.stated_total is None:
        return
    counted = [i for i in claim.items if i.count is not None]
    totals = [t for t in claim.totals if t.value == claim.stated_total]
    if (len(counted) == 1 and counted[0].more and counted[0].count == claim.stated_total and len(counted[0].codes) == 1
            and totals and all(t.more and not t.total_cue for t in totals)):
        claim.stated_total = claim.total_qualifier = None


def _increment_after_items(claim: Claim, total: Count) -> bool:
    """ "12 drones over the Belgorod region, and another 33 were destroyed later": the 33 adds to the items, it is no total."""
    return total.more and not total.total_cue and not total.linked and total.value is not None and any(
        i.count is not None and i.end <= total.start for i in claim.items)


def _speakers_only_region(claim: Claim) -> str | None:
    """The regional speaker's own region, when every counted item of the claim is over it alone."""
    c = claim.claimant
    if c is None or not c.explicit or c.role not in REGIONAL_CLAIMANTS or not c.region:
        return None
    counted = [i for i in claim.items if i.count is not None]
    return c.region if counted and all(i.codes == (c.region,) for i in counted) else None


def _another_type_than_items(claim: Claim, total: Count) -> bool:
    """ "… intercepted seven HIMARS rockets. In addition, 14 drones were destroyed in the areas of …": the rockets are no total."""
    weapons = {i.weapon for i in claim.items if i.count is not None}
    return bool(weapons) and total.weapon not in (None, "drone") and total.weapon not in weapons and not total.linked and not total.total_cue


def _one_types_sum(claim: Claim, total: Count) -> bool:
    """ "… three guided bombs over the Kursk region and 71 drones … over the Kursk region – 24; …": the 71 are the drones' sum,
    a figure of one type beside counts of another, as the ministry states them per type (no single total)."""
    if total.weapon is None or total.linked or total.total_cue:
        return False
    own = [i.count for i in claim.items if i.count is not None and i.weapon == total.weapon]
    others = [i for i in claim.items if i.count is not None and i.weapon != total.weapon]
    rest = any(i.remaining and i.count is None and i.weapon == total.weapon for i in claim.items)  # "… and the rest in the Chernigov region"
    return bool(own) and bool(others) and (sum(own) == total.value or rest and sum(own) < total.value)


def _regional_attack_on_own(claim: Claim, total: Count) -> bool:
    """Is the claim's only total a regional official's size of an attack, given with the place of their own region?"""
    c = claim.claimant
    return (c is not None and c.role in REGIONAL_CLAIMANTS and total.linked and total.attack_size and total.qualifier == "exact"
            and len(claim.totals) == 1 and bool(c.region) and all(i.codes == (c.region,) for i in claim.items))


def _other_rows(claim: Claim, a: Item, b: Item) -> bool:
    """Are two items told on two bulleted lines of one list, over places told differently ("— Kursk — 4;" and "— Lgov and
    Rylsk districts — 4.")?"""
    def row(item: Item) -> int | None:
        s = _sentence_at(claim.sentences, item.start)
        return s.index if s is not None and _bulleted(s) else None
    ra, rb = row(a), row(b)
    return ra is not None and rb is not None and ra != rb and a.place_text.lower() != b.place_text.lower()


def _other_localities(a: Item, b: Item) -> bool:
    """Do two items of one region name different districts or towns ("in the Domodedovo district", "in Istra")?"""
    def localities(item: Item) -> set[str]:
        return {p.text.lower().rstrip(".").removesuffix(" area") for p in gazetteer().find(item.place_text) if p.scope == "local"}  # "the Olenegorsk area"
        # is Olenegorsk, and "Nazran." at a sentence's end Nazran
    la, lb = localities(a), localities(b)
    return bool(la and lb and not la & lb)


def _where_they_fell(claim: Claim, items: list[Item]) -> list[Item]:
    """"Two drones flying towards Moscow were downed … One in the Kaluga region, the other near the Central Ring Road."

    A count over the place the drones flew to, followed by counts over where
    they fell that add up to it, is the same drones: the places where they fell
    are the items, and a count shared out among several of them is the claim's total.
    """
    aimed = [i for i in items if i.target and i.count is not None]
    if len(aimed) > 1 and len({i.weapon for i in aimed}) == len(aimed):  # "three missiles and a dozen drones in an attack on the
        for one in aimed:  # Kerch area … three Neptune missiles … near Kerch, and 12 drones … over the Sea of Azov": each type apart
            items = [i for i in _where_they_fell(claim, [i for i in items if i.weapon == one.weapon]) if i.weapon == one.weapon] \
                + [i for i in items if i.weapon != one.weapon]
        return sorted(items, key=lambda i: i.start)
    if len(aimed) != 1:
        return items
    fell = [i for i in items if not i.target and i.count is not None and i.start > aimed[0].end]
    if fell and sum(i.count for i in fell) == aimed[0].count and (len(fell) > 1 or fell[0].more == aimed[0].more):
        # one count after it is the same drones only if both or neither say "another": "A drone flying to Moscow was
        # downed. Another was downed over Ramenskoye" are two
        whole = aimed[0]
        if len(fell) > 1:
            claim.totals.append(Count(whole.start, whole.end, whole.count, whole.qualifier, whole.weapon))
        return [i for i in items if i is not whole]
    return items


def _shares(claim: Claim, items: list[Item]) -> list[Item]:
    """"Two drones were downed over the Kaluga and Moscow regions. One in Kaluga, the other near Moscow."

    Shares ("one … the other …", "two of them … and one …") of the count
    stated just before them: spread over that count's regions, they are its
    breakdown and take its place.  Over the same region, two or more that add
    up to it are its breakdown as well, the count shared out the claim's total
    ("three drones over the Kursk region. Two of them over the Kurchatov
    district and one near Glushkovo"); fewer are already in it.
    """
    parts = [i for i in items if i.part and i.count is not None]
    if not parts:
        return items
    before = [i for i in items if not i.part and i.count is not None and i.end <= parts[0].start]
    if not before:
        return items
    whole = max(before, key=lambda i: i.end)  # the count told last before them (a headline's count keeps its place in the list)
    shared = sum(i.count for i in parts)
    if shared > whole.count:
        return items
    if all(i.codes == whole.codes for i in parts):
        if len(parts) > 1 and shared == whole.count and not whole.more:
            claim.totals.append(Count(whole.start, whole.end, whole.count, whole.qualifier, whole.weapon))
            return [i for i in items if i is not whole]
        return [i for i in items if i not in parts]
    if all(set(i.codes) <= set(whole.codes) for i in parts):
        if shared == whole.count:
            return [i for i in items if i is not whole]
        return [i for i in items if i not in parts]  # "five over Kherson and Zaporozhye … One of them near Vasilyevka": among the five
    return items


def _sum_of_later(item: Item, items: list[Item]) -> bool:
    """Whether the counts told after an item add up to it exactly over its places and more: it is their sum.

    "29 drones over Crimea and the adjacent waters: six over Crimea, and 14 and nine over the Black Sea and the Sea of Azov".
    """
    parts = _counted_after(item, items)
    return len(parts) >= 2 and not item.more and sum(o.count for o in parts) == item.count and set(item.codes) < _codes(parts)


def _counted_after(item: Item, items: list[Item]) -> list[Item]:
    """The counts told after an item, of its weapon (not "… two missiles"), none "more"."""
    return [o for o in items if o.start >= item.end and o.count is not None and not o.more and o.weapon == item.weapon]


def _share_told_again(item: Item, items: list[Item]) -> bool:
    """Whether a share of the total over several places ("more than half of them over the Ryazan and Tula regions") is
    told again by counts after it over each of its places ("19 … over the Ryazan region and 14 over the Tula region")."""
    if not item.part or item.count is None or len(item.codes) < 2:
        return False
    parts = [o for o in items if o.start >= item.end and o.count is not None and not o.part and set(o.codes) < set(item.codes)]
    told = sum(o.count for o in parts)
    return _codes(parts) == set(item.codes) and (told > item.count if item.qualifier == "more_than" else told == item.count)


def _lead_of_breakdown(item: Item, items: list[Item]) -> bool:
    """Whether a count over three or more places is followed by counts over every one of them, and no others, that
    do not add up past it: the lead's sum and its breakdown, even when a shared count among them leaves it unreconciled.
    "59 drones over Bryansk, Kursk, Belgorod and Voronezh oblasts and Crimea … 21 over Bryansk, 14 over Kursk, nine over
    Belgorod and Voronezh and seven over Crimea"."""
    if len(item.codes) < 3 or item.more:
        return False
    parts = _counted_after(item, items)
    return (len(parts) >= 3 and all(set(o.codes) < set(item.codes) for o in parts) and _codes(parts) == set(item.codes)
            and sum(o.count for o in parts) <= item.count)


def _sums_up(item: Item, items: list[Item]) -> bool:
    """Whether an item's count is the sum of the claim's other counts over its places.

    "16 over Bryansk and Kursk … 15 over Bryansk and one over Kursk"; per weapon,
    "35 drones and 4 missiles over … 14 drones and 4 missiles over Kursk, 21 drones
    over …"; "… one over the Medvensky district. In total, 13 over the Kursk region"; or
    leave a remainder that "the rest" over its other places takes.
    """
    parts = [o for o in items if o is not item and o.count is not None and set(o.codes) <= set(item.codes) and o.start != item.start]
    if parts and {c for o in parts for c in o.codes} == set(item.codes) and sum(o.count for o in parts) == item.count:
        return True
    rest = [o for o in items if o.remaining and o.count is None and set(o.codes) <= set(item.codes) and o.start > item.start]
    if parts and rest and {c for o in parts + rest for c in o.codes} == set(item.codes) and sum(o.count for o in parts) < item.count:
        return True  # "29 over A, B and C. Of them, 14 over A, 10 over B and the rest over C"
    same_weapon = [o for o in parts if o.weapon == item.weapon and not o.ambiguous]
    return bool(same_weapon) and sum(o.count for o in same_weapon) == item.count


def _total_from_single_count(claim: Claim, spread: set[tuple[str, ...]]) -> None:
    """A claim's only count is its total when the text says it covers the whole attack.

    That is when it is approximate ("more than 15 drones near Sevastopol"), when
    the claim says all the drones were downed ("… three drones … destroyed all
    drones"), or when the count's region is also named as several places without
    a number ("seven drones over the Kursk region … destroyed in the Fatezhsky,
    Konyshevsky and Kurchatovsky districts").
    """
    if claim.stated_total is not None or claim.totals:
        return
    counted = [i for i in claim.items if i.count is not None]
    if len(counted) != 1 or counted[0].remaining:
        return
    item = counted[0]
    told = _sentence_at(claim.sentences, item.start)
    risen = told is not None and P.RE_RISEN_TO.search(told.text) is not None  # "the number of drones shot down … had risen to 19"
    if item.qualifier != "exact" or claim.all_intercepted or item.codes in spread or risen:
        claim.stated_total, claim.total_qualifier = item.count, item.qualifier


def _count_in_claimant_region(claim: Claim) -> None:
    """A governor's count with no place is over their own region.

    "Governor Starovoit: five drones were shot down" → Kursk, 5.  It stays the
    claim's stated total only when the text marks it as one ("a total of 15",
    "more than 15").
    """
    c = claim.claimant
    if c is None or c.role not in REGIONAL_CLAIMANTS or claim.stated_total is None:
        return
    counted = [i for i in claim.items if i.count is not None]
    if counted and not all(i.part and len(i.codes) == 1 for i in counted):
        return
    region = c.region or _region_in(c.name)
    if counted and not (region is not None and all(i.codes == (region,) for i in counted)
                        and sum(i.count for i in counted) < claim.stated_total):
        return  # "7 UAVs were shot down, four of them over Energodar": the parts are of the 7 over the governor's region
    nulls = {code for i in claim.items for code in i.codes}
    if region is None and not nulls and claim.region_before is not None:
        region = claim.region_before()  # "Governor X … over Kursk. According to him, five drones were shot down."
    if region is None and len(nulls) == 1:
        region = next(iter(nulls))
    if region is None or (nulls and region not in nulls):
        return
    total = next(t for t in claim.totals if t.value == claim.stated_total)
    claim.items = [i for i in claim.items if region not in i.codes]
    claim.items.append(_over_speakers_region(region, total, c, total.weapon, list_start=total.start))
    if (not total.total_cue or total.attack_size) and total.qualifier == "exact":
        claim.stated_total = claim.total_qualifier = None


def _region_in(name: str | None) -> str | None:
    """The region named in a claimant's title: "governor of the Rostov region" → RU-ROS."""
    if not name:
        return None
    codes = [p.code for p in gazetteer().find(name) if p.code and p.scope in ("region", "local")]
    return codes[0] if codes else None


def _total_from_single_list(claim: Claim) -> None:
    """A claim that is one count over a list of places in several regions states that count as its total.

    "45 drones over the Moscow, Bryansk, Belgorod, Kaluga and Kursk regions"; not a
    count no larger than the list ("two drones in the Kaluga region and near the
    Central Ring Road"), which tells where each drone fell rather than a total;
    and a total with only a region named without a number gives that region the
    count: "Governor X: air defenses worked over the region … 7 drones were downed".
    """
    counted = [i for i in claim.items if i.count is not None]
    # not "two drones in the Kaluga region and near the Central Ring Road": as many as places, a drone here and one there
    if claim.stated_total is None and len(counted) == 1 and len(counted[0].codes) > 1 and (counted[0].count or 0) > len(counted[0].codes) and not claim.totals:
        claim.stated_total, claim.total_qualifier = counted[0].count, counted[0].qualifier
    nulls = [i for i in claim.items if i.count is None and not i.remaining]
    if any(t.national and t.value == claim.stated_total for t in claim.totals):
        return  # "two drones over other regions … the attacks in Dagestan": the count is not Dagestan's
    if claim.stated_total is not None and not counted and len(nulls) == 1 and not nulls[0].partial:
        nulls[0].count, nulls[0].qualifier = claim.stated_total, claim.total_qualifier or "exact"
        total = next((t for t in claim.totals if t.value == claim.stated_total), None)
        regional = claim.claimant is not None and claim.claimant.role in REGIONAL_CLAIMANTS
        if total is not None and (not total.total_cue or (total.attack_size and regional)) and total.qualifier == "exact" \
                and nulls[0].n_places == 1 and not claim.all_intercepted:
            # one count over one region is an item, not a total; so is a governor's "repelled an attack by two drones"
            claim.stated_total = claim.total_qualifier = None
    elif claim.stated_total is not None and not counted and len(nulls) > 1 and len({i.list_start for i in nulls}) == 1 and not nulls[0].partial:
        # "destroyed 30 drones … The drones were destroyed over the Voronezh, Bryansk and Oryol regions"
        first = nulls[0]
        codes = tuple(dict.fromkeys(c for i in nulls for c in i.codes))
        shared = Item(codes, claim.stated_total, claim.total_qualifier or "exact", first.weapon, "shared", True,
                      first.list_start, max(i.end for i in nulls), first.place_text, n_places=len(codes))
        claim.items = [i for i in claim.items if i not in nulls] + [shared]


def _fill_remaining(claim: Claim) -> None:
    """ "Four … near Nikolaev, three in the Kharkov region and the rest in the Chernigov region": the total less the other
    items; of the rest's type when the claim counts several ("eleven drones … two Tochka-U missiles", the drones' eleven)."""
    for item in claim.items:
        if not item.remaining or item.count is not None:
            continue
        mixed = any(i.weapon != item.weapon for i in claim.items if i.count is not None)
        total = next((t.value for t in claim.totals if t.weapon == item.weapon and t.value is not None), None) if mixed and claim.per_type \
            else claim.stated_total
        if total is not None:
            others = sum(i.count for i in claim.items if i.count is not None and i is not item and i.weapon == item.weapon)
            if total - others > 0:
                item.count = total - others
                claim.note = _noted(claim.note, f"'{item.place_text}' got the remaining {item.count} (stated total minus the other items)")


def resolve_readings(claim: Claim) -> None:
    """Choose shared or each for counts over several places without "each".

    With a stated total, the reading whose sum equals it wins; otherwise the
    one closest to it without exceeding it (the shared reading when even that
    exceeds it).  Without a total a count is shared, the literal reading.
    """
    ambiguous = [i for i in claim.items if i.ambiguous]
    if not ambiguous:
        return
    fixed = sum(i.count for i in claim.items if not i.ambiguous and i.count is not None)
    options = list(itertools.product((False, True), repeat=min(len(ambiguous), MAX_AMBIGUOUS_GROUPS)))

    def total_of(choice) -> int:
        return fixed + sum(a.count * (len(a.codes) if each else 1) for a, each in zip(ambiguous, choice))

    choice = tuple(False for _ in ambiguous)
    if claim.stated_total is not None:
        exact = [o for o in options if total_of(o) == claim.stated_total]
        under = [o for o in options if total_of(o) <= claim.stated_total]
        if exact:
            choice = min(exact, key=sum)
            how = f"reconciles exactly with the stated total {claim.stated_total}"
        elif under and not any(i.count is None for i in claim.items):
            best = max(total_of(o) for o in under)
            choice = min((o for o in under if total_of(o) == best), key=sum)
            how = f"comes closest to the stated total {claim.stated_total} without exceeding it ({best})"
        elif under:
            how = f"no reading matches the stated total {claim.stated_total} and regions without counts remain; the literal (shared) reading is kept"
        else:
            how = f"every reading exceeds the stated total {claim.stated_total}; the literal (shared) reading is kept"
        shared_sum, each_sum = total_of(tuple(False for _ in ambiguous)), total_of(tuple(True for _ in ambiguous))
        readings = ", ".join(
            f"'{a.place_text}' read as {'each' if each else 'shared'}" for a, each in zip(ambiguous, choice)
        )
        claim.note = _noted(claim.note, f"{readings}: {how} (all shared: {shared_sum}; all each: {each_sum})")
    new_items: list[Item] = []
    for item in claim.items:
        if not item.ambiguous:
            new_items.append(item)
            continue
        each = choice[ambiguous.index(item)]
        if each:
            for code in item.codes:
                new_items.append(Item((code,), item.count, item.qualifier, item.weapon, "inferred_each", False, item.start, item.end, item.place_text))
        else:
            item.ambiguous = False
            new_items.append(item)
    claim.items = new_items


def _count_for_named_places(claims: list[Claim]) -> list[Claim]:
    """A claimant's count stated after the places it named without one: one claim.

    "The ministry said missiles were shot down over the Belgorod region. … It
    confirmed that 13 missiles had been destroyed." → 13 over Belgorod.  Only
    when the later claim has no places, the earlier one no counts, and they
    name no different days.
    """
    kept: list[Claim] = []
    for claim in claims:
        earlier = next((k for k in reversed(kept) if k.claimant is not None and claim.claimant is not None
                        and k.claimant.role == claim.claimant.role and _same_claimant(k.claimant, claim.claimant)), None)
        if (earlier is not None and claim.stated_total is not None and not claim.items
                and (earlier.stated_total is None or earlier.total_qualifier not in (None, "exact"))
                and earlier.items and all(_vague_for(i, claim.stated_total) for i in earlier.items) and not _other_days(earlier, claim)):
            earlier.stated_total, earlier.total_qualifier = claim.stated_total, claim.total_qualifier
            _tell_on(earlier, claim)
            if len({i.codes for i in earlier.items}) == 1:
                item = earlier.items[0]
                item.count, item.qualifier = claim.stated_total, claim.total_qualifier or "exact"
                earlier.items = [item]
            continue
        if (earlier is not None and earlier is kept[-1] and earlier.items and not earlier.totals and all(i.count is None for i in earlier.items)
                and _codes(earlier.items) <= {c for i in claim.items if i.count is not None for c in i.codes} and not _other_days(earlier, claim)
                and not any(i.more for i in claim.items) and not any(t.more for t in claim.totals)):  # (not "'several UAVs' over Engels …
            # eleven more": another post's)
            # "Air defence units shot down drones flying towards Moscow throughout the night, Sobyanin said. … 'The number … has
            # risen to 17,' Sobyanin wrote at 04:26": the lead's places, counted below
            earlier.items, earlier.totals = claim.items, claim.totals
            earlier.stated_total, earlier.total_qualifier = claim.stated_total, claim.total_qualifier
            _tell_on(earlier, claim)
            continue
        kept.append(claim)
    return kept


def _tell_on(earlier: Claim, later: Claim) -> None:
    """The later claim's sentences and times, as the rest of the earlier statement."""
    earlier.sentences.extend(later.sentences)
    earlier.times.extend(t for t in later.times if t not in earlier.times)


def _sum_up_statements(claims: list[Claim]) -> list[Claim]:
    """"In total, 13 over the Kursk region" after two statements (12, then 1 earlier): one claim of 13.

    A claim whose "in total" item over a region equals its other items there
    plus those of the claim before it (same claimant) takes that claim in.
    """
    out: list[Claim] = []
    for claim in claims:
        summary = next((i for i in claim.items if i.total_cue and i.count is not None and i.count == claim.stated_total), None)
        before = out[-1] if out else None
        if summary is not None and before is not None and before.stated_total is None and _same_claimant(before.claimant, claim.claimant):
            inside = [i for i in claim.items if i is not summary and i.count is not None and set(i.codes) <= set(summary.codes)]
            earlier = [i for i in before.items if i.count is not None]
            if earlier and all(set(i.codes) <= set(summary.codes) for i in before.items) and \
                    sum(i.count for i in inside + earlier) == summary.count:
                _take_in(claim, [before], summary)
                out[-1] = claim
                continue
        whole = _parts_summed(out, claim)
        if whole:
            parts, summary = whole
            del out[-len(parts):]
            _take_in(claim, parts, summary)
            claim.stated_total, claim.total_qualifier = summary.count, summary.qualifier
        out.append(claim)
    return out


def _take_in(claim: Claim, before: list[Claim], summary: Item | None) -> None:
    """The statements told before the one that sums them up are in its claim: their items, then its own but the sum."""
    claim.items = [i for k in before for i in k.items] + [i for i in claim.items if i is not summary]
    claim.sentences = [s for k in before for s in k.sentences] + claim.sentences
    earlier = [t for k in before for t in k.times]
    claim.times = earlier + [t for t in claim.times if t not in earlier]
    if _weak(claim.claimant):
        claim.claimant = next((k.claimant for k in before if not _weak(k.claimant)), claim.claimant)


def _parts_summed(out: list[Claim], claim: Claim) -> tuple[list[Claim], Item] | None:
    """The speaker's statements just before ``claim`` that its one count, told as a total ("In total, over the past day,
    11 UAVs were shot down over the region"), adds up exactly: each district's count in a governor's summary of the day."""
    if len(claim.items) != 1 or claim.items[0].count is None or claim.stated_total not in (None, claim.items[0].count):
        return None
    summary = claim.items[0]
    sentence = _sentence_at(claim.sentences, summary.start)
    if not summary.total_cue and not (sentence and P.RE_TOTAL_CUE.match(sentence.text.lstrip(' "“«'))):
        return None
    parts: list[Claim] = []
    for k in reversed(out):
        if k.stated_total is not None or not k.items or not _same_claimant(k.claimant, claim.claimant) or _other_days(k, claim) \
                or not all(i.count is not None and set(i.codes) <= set(summary.codes) for i in k.items):
            return None
        parts.insert(0, k)
        got = sum(part.itemized_sum or 0 for part in parts)
        if got >= summary.count:
            return (parts, summary) if got == summary.count and len(parts) > 1 else None
    return None


def _tally_of_posts(claims: list[Claim], sentences: list[Sentence]) -> list[Claim]:
    """A speaker's post that sums up the night ("07:05 — In total, 16 UAVs flying toward Moscow were shot down overnight";
    "At 06:35 he summed up: 'In total, 7 UAVs were destroyed over the region: four in the Kirishi district and three in the
    Kingisepp district'") holds the counts of the speaker's posts before it, told at their hours over its places: one claim,
    the tally's. A lead that told the tally's figure first is the same claim.
    """
    tallies = [c for c in claims if _a_tally(c, sentences)]
    if not tallies:
        return claims
    gone: list[Claim] = []
    for tally in tallies:
        codes = _codes(tally.items)
        whole = tally.itemized_sum if tally.stated_total is None else tally.stated_total
        told = [k for k in claims if k is not tally and k not in gone and k.sentences
                and (k.sentences[0].start < tally.sentences[0].start or _posted_before(k, tally))  # (a live page, newest post first)
                and (k.claimant is not None or _clocked(k)) and _same_claimant(k.claimant, tally.claimant) and k.items
                and _counted_within(k, codes) and (not _other_days(k, tally) or _evening_before(k, tally))]
        evenings = {id(k) for k in told if _other_days(k, tally)}  # (the tally's days before it takes any in)
        leads = [k for k in told if k.itemized_sum == whole and k.stated_total in (None, whole) and not _clocked(k)]
        steps = [k for k in told if k not in leads and _clocked(k) and k.stated_total in (None, k.itemized_sum)]
        if not steps or sum(k.itemized_sum for k in steps) > whole:
            continue
        for k in leads + steps:
            times = list(tally.times)
            _absorb(tally, k)
            if id(k) in evenings:
                tally.times = times  # the night the tally sums up is its day, not the evening of the post before midnight
            gone.append(k)
        if tally.stated_total is None:  # "In total, during the night, … 11 UAVs over Voronezh and three districts": the night's
            tally.stated_total, tally.total_qualifier = whole, tally.items[0].qualifier
    return [c for c in claims if c not in gone]


def _counted_within(claim: Claim, codes: set[str]) -> bool:
    """Whether a claim's counts are over some of ``codes``, and its places without a count too, Moscow's region standing for
    the city ("05:10 First drones downed near Moscow / Sobyanin writes that … five drones approaching Moscow")."""
    near = codes | ({"RU-MOS"} if "RU-MOW" in codes else set())
    return all(set(i.codes) <= (codes if i.count is not None else near) for i in claim.items) and any(i.count is not None for i in claim.items)


def _evening_before(step: Claim, tally: Claim) -> bool:
    """Whether a post was told in the evening of the day before the night a morning's tally sums up: "At 23:46 on Friday
    he wrote that three UAVs had been destroyed … At 05:35 Gusev summed up the night: 'In total, during the night, nine …'"."""
    days, tally_days = event_days(step.times), event_days(tally.times)
    clocks, tally_clocks = [clock_of(t)[0] for t in _clock_times(step)], [clock_of(t)[0] for t in _clock_times(tally)]
    return (len(days) == 1 and len(tally_days) == 1 and (next(iter(tally_days)) - next(iter(days))).days == 1
            and bool(clocks) and all(h >= 18 for h in clocks) and bool(tally_clocks) and all(h < 12 for h in tally_clocks))


def _a_tally(claim: Claim, sentences: list[Sentence]) -> bool:
    """A claim told at a clock whose total is cued ("In total, 16 …") and its items' sum, or its one item's count (a step
    told with no speaker of its own, "At 02:35: 'Two more UAVs …'", is the tally's speaker's)."""
    if not claim.items or not _clocked(claim):
        return False
    if claim.stated_total is None or not claim.totals and claim.items[0].count == claim.stated_total:
        # "In total, during the night, … destroyed 11 UAVs over …": the count is the one item's
        item = claim.items[0]
        return len(claim.items) == 1 and item.count is not None and _cue_before(claim, item.start)
    if claim.itemized_sum != claim.stated_total:
        return False
    # told as a total in words: "00:21 Air defence forces destroyed three UAVs: two over Podolsk and one over Shcherbinka"
    # is a post of its own, whose lead its list breaks down, not a sum of the posts before
    return any(t.value == claim.stated_total and _cued_in_words(claim, t, sentences) for t in _cued_totals(claim))


def _cued_in_words(claim: Claim, total: Count, sentences: list[Sentence]) -> bool:
    """Whether words say the total sums up: "In total, 16 …", or a sentence of the post before it ("Results of the day.")."""
    if _cue_before(claim, total.start):
        return True
    s = _sentence_at(claim.sentences, total.start)
    before = sentences[s.index - 1] if s is not None and s.index else None
    return before is not None and before.paragraph == s.paragraph and P.RE_SUMMING_UP.match(before.text) is not None


def _cue_before(claim: Claim, pos: int) -> bool:
    """Whether a total's cue ("in total", "a total of") stands before ``pos`` in the claim's sentence that holds it."""
    return any(s.start <= pos < s.end and P.RE_TOTAL_CUE.search(s.text, 0, pos - s.start) for s in claim.sentences)


def _cued_totals(claim: Claim) -> list[Count]:
    """The claim's totals told as totals: "in total, 16 …", "a total of 69"."""
    return [t for t in claim.totals if t.value is not None and (t.total_cue or _cue_before(claim, t.start))]


def _clock_times(claim: Claim) -> list[TimeExpr]:
    """The hours a claim was told at: a post's stamp or a clock time ("At 02:10 he wrote …")."""
    return [t for t in claim.times if t.stamp or t.kind == "clock"]


def _clocked(claim: Claim) -> bool:
    return bool(_clock_times(claim))


def _vague_for(item: Item, total: int) -> bool:
    """An item without a count, or with an approximate one close to ``total`` ("around a dozen" before "13")."""
    if item.count is None:
        return True
    return item.qualifier != "exact" and abs(item.count - total) <= max(2, 0.1 * total)


def _other_days(a: Claim, b: Claim) -> bool:
    days_a, days_b = event_days(a.times), event_days(b.times)
    return bool(days_a and days_b and not days_a & days_b)


def _sentence_at(sentences: list[Sentence], at: int) -> Sentence | None:
    """The sentence that holds offset ``at`` (where an item or a count was read)."""
    return next((s for s in sentences if s.start <= at < s.end), None)


def _another_elsewhere(claim: Claim, before: Claim) -> bool:
    """Whether a claim's every item is "another" drone downed in a town other than the claim before's ("On the same evening,
    another UAV was suppressed near Dokuchayevsk", after one over Gorlovka): a further drone, not the same told again."""
    return all(i.more for i in claim.items) and all(_other_localities(i, o) for i in claim.items for o in before.items) \
        and all((told := _sentence_at(claim.sentences, i.start)) is None or _downed_in(told.text) for i in claim.items)


def _downed_in(text: str) -> bool:
    """Whether a sentence tells of downing by a verb ("was suppressed"), not only by a noun ("without destruction")."""
    return any(not m.group().lower().endswith(("ion", "ions")) for m in P.RE_INTERCEPTION.finditer(text))


def _drop_repeats(claims: list[Claim]) -> list[Claim]:
    """A later claim that only repeats an earlier one's total (or its whole content) is the same claim."""
    claims = _drop_post_headings(_drop_headline(claims))
    kept: list[Claim] = []
    for claim in claims:
        same = next((k for k in kept if _same_claimant(k.claimant, claim.claimant) and claim.stated_total is not None
                     and (k.stated_total == claim.stated_total or _one_count_told_again(k, claim))), None)
        if same is not None and (not claim.items or _items_key(claim) <= _items_key(same)):
            _absorb(same, claim)
            continue
        rounded = next((k for k in kept if _rounded_before(k, claim)), None)
        if rounded is not None:  # "• Russia says it shot down more than 100 drones, about a third of them near the capital" over "… 105 …"
            kept[kept.index(rounded)] = claim
            _absorb(claim, rounded)
            continue
        told = next((k for k in kept if _total_told_before(k, claim)), None)
        if told is not None:  # "Russia said it had destroyed 193 drones over 11 regions. … The largest number, 47, …"
            kept[kept.index(told)] = claim
            _take_in(claim, [told], None)
            claim.totals = told.totals + claim.totals
            claim.stated_total, claim.total_qualifier = told.stated_total, told.total_qualifier
            continue
        lead = next((k for k in kept if _a_lead_of(k, claim)), None)
        if lead is not None:  # "… shot down 27 drones over the Kursk region, the governor said. 'Over the past day, 27 …: nine over Kursk, …'"
            kept[kept.index(lead)] = claim
            _absorb(claim, lead)
            continue
        same_items = next((k for k in kept if _same_claimant(k.claimant, claim.claimant) and claim.items and _items_key(claim) == _items_key(k)
                           and claim.stated_total in (None, k.stated_total) and not _later_statement(claim, k)
                           and not _other_posts(claim, k) and not _more_at_another_clock(claim, k) and not _other_dates(k.times, claim.times)
                           and not _another_elsewhere(claim, k)), None)
        if same_items is not None:
            _absorb(same_items, claim)
            _gather_running_tally(kept, same_items, claim)
            continue
        updated = [k for k in kept if _risen_from(claim, k)]
        if updated and sum(i.count for k in updated for i in k.items) <= claim.items[0].count:
            # "Two UAVs have been shot down …" and a later post: "The number of downed UAVs has risen to six"
            at = kept.index(updated[0])  # the first of them: the others stand after it
            kept[:] = [k for k in kept if k not in updated]
            kept.insert(at, claim)
            _take_as_tally(claim, updated)
            continue
        tally = next((k for k in kept if _risen_from(k, claim) and _posted_before(claim, k)), None)
        if tally is not None:  # a live page, newest post first: the tally is told over the post it updates
            _take_as_tally(tally, [claim])
            continue
        tally = next((k for k in kept if _step_of_tally_told_before(claim, k)), None)
        if tally is not None:  # "… 19 drones flying towards Moscow during the night. The mayor began reporting at 22:40, when he
            _take_as_tally(tally, [claim])  # wrote that two drones had been shot down": a step of the night's count, told after it
            continue
        kept.append(claim)
    return kept


def _rounded_before(lead: Claim, claim: Claim) -> bool:
    """Whether ``lead`` told ``claim``'s exact total rounded ("more than 100", "about 100" for 105), the same speaker's, with
    no count over a place of its own (its places, if any, among the claim's)."""
    if lead.stated_total is None or claim.stated_total is None or lead.total_qualifier in (None, "exact") or claim.total_qualifier != "exact":
        return False
    if any(i.count is not None for i in lead.items) or not _codes(lead.items) <= _codes(claim.items) | {"RU-MOW"} & _codes(lead.items):
        return False
    a = Count(0, 0, lead.stated_total, lead.total_qualifier, None)
    return _same_total(a, Count(0, 0, claim.stated_total, "exact", None)) and _same_claimant(lead.claimant, claim.claimant) \
        and not _other_days(lead, claim)


def _one_count_told_again(first: Claim, again: Claim) -> bool:
    """Whether a claim with no places only tells the one count of an earlier one again, of the same days: "the ministry
    reported that air defence had destroyed nine drones over the Ryazan region … 'When the ministry says nine were shot
    down, …'"."""
    return (first.stated_total is None and not again.items and len(first.items) == 1 and first.items[0].count == again.stated_total
            and first.items[0].qualifier == (again.total_qualifier or "exact") and not _other_days(first, again))


def _risen_from(tally: Claim, earlier: Claim) -> bool:
    """Whether ``tally`` is the same speaker's figure "risen to" one count over the places of all of ``earlier``'s counts,
    which add up to no more: "The number of downed UAVs has risen to six" after "two UAVs have been shot down" has them."""
    if len(tally.items) != 1 or tally.items[0].count is None or not earlier.items or tally is earlier:
        return False
    item = tally.items[0]
    sentence = _sentence_at(tally.sentences, item.start)
    if sentence is None or not _risen_at([sentence], item.start, item.end):
        return False  # (the night's tally, "In total, during the night, …", is _tally_of_posts')
    if not all(i.count is not None and i.codes == item.codes and i.weapon == item.weapon for i in earlier.items):
        return False
    told = sum(i.count for i in earlier.items)
    return told <= item.count and earlier.stated_total in (None, told) and _same_claimant(tally.claimant, earlier.claimant) \
        and not _other_days(tally, earlier)


def _take_as_tally(tally: Claim, steps: list[Claim]) -> None:
    """The statements a tally updates are told again in it; its one count, the account so far, is its total."""
    tally.repeats.extend(s for k in steps for s in k.sentences + k.repeats)
    if not event_times(tally.times):  # "'… has risen to 17,' Sobyanin wrote at 04:26": the night the steps were told of
        tally.times.extend(t for k in steps for t in k.times if t not in tally.times)
    if tally.stated_total is None:
        tally.stated_total, tally.total_qualifier = tally.items[0].count, tally.items[0].qualifier


def _step_of_tally_told_before(claim: Claim, tally: Claim) -> bool:
    """Whether the claim is told as one of the posts of a night ("The mayor began reporting on the attack at 22:40, when he
    wrote that two drones had been shot down"), after the same speaker's one count over its places that it is less than."""
    if not claim.sentences or not P.RE_POSTS_TOLD.search(claim.sentences[0].text) or not _same_claimant(tally.claimant, claim.claimant):
        return False
    counted = [i for i in tally.items if i.count is not None]
    if len(counted) != 1 or not claim.items or not all(i.count is not None and i.codes == counted[0].codes for i in claim.items):
        return False
    return sum(i.count for i in claim.items) < counted[0].count


def _posted_before(claim: Claim, other: Claim) -> bool:
    """Whether ``claim``'s post is stamped less than twelve hours before ``other``'s (23:42 before 23:58 and 00:10)."""
    a = next((t for t in claim.times if t.stamp), None)
    b = next((t for t in other.times if t.stamp), None)
    if a is None or b is None:
        return False
    (ha, ma), (hb, mb) = clock_of(a), clock_of(b)
    return 0 < (hb * 60 + mb - ha * 60 - ma) % 1440 < 720


def _other_posts(claim: Claim, kept: Claim) -> bool:
    """Whether the two claims were posted at different stamps: "04:25 … one more drone" is not "21:41 … a drone" again."""
    stamps, kept_stamps = {t.start for t in claim.times if t.stamp}, {t.start for t in kept.times if t.stamp}
    return bool(stamps and kept_stamps and not stamps & kept_stamps)


def _more_at_another_clock(claim: Claim, kept: Claim) -> bool:
    """ "… another drone destroyed on approach to the city at 2:36 a.m." after "at 11:41 p.m. … a drone flying towards Moscow":
    one more, told at another hour, not the first again."""
    clocks, kept_clocks = {t.text for t in _clock_times(claim)}, {t.text for t in _clock_times(kept)}
    return any(i.more for i in claim.items) and bool(clocks and kept_clocks) and not clocks & kept_clocks


def _total_told_before(lead: Claim, claim: Claim) -> bool:
    """Whether ``lead`` told only a total that ``claim``, the same speaker's breakdown with no total of its own, adds up
    to exactly, however far apart the two stand."""
    if lead.items or lead.stated_total is None or claim.stated_total is not None or len(claim.items) < 2 \
            or any(i.count is None for i in claim.items):
        return False
    outer = {i.codes[0] for i in claim.items if len(i.codes) == 1}  # "29 over the Moscow region, including 11 … toward the capital"
    whole = sum(i.count for i in claim.items if not (len(i.codes) == 1 and any(_within(i.codes[0], o) for o in outer)))
    return whole == lead.stated_total and _same_claimant(lead.claimant, claim.claimant) and not _other_days(lead, claim)


def _a_lead_of(lead: Claim, claim: Claim) -> bool:
    """Whether ``lead`` told ``claim``'s total as one count over the places the claim then breaks it down over, or as a
    total alone ("- The ministry says 45 drones were destroyed overnight" in a summary over the post that breaks it down)."""
    if claim.stated_total is None or not claim.items:
        return False
    if lead.items or lead.stated_total != claim.stated_total:
        if len(claim.items) < 2 or lead.stated_total not in (None, claim.stated_total) or len(lead.items) != 1:
            return False
        item = lead.items[0]  # "nine drones over the North Caucasus" (over the two republics the text named), then the breakdown
        if item.count != claim.stated_total or not set(item.codes) <= _codes(claim.items):
            return False
    return _same_claimant(lead.claimant, claim.claimant) and not _other_days(lead, claim)


def _gather_running_tally(kept: list[Claim], first: Claim, tally: Claim) -> None:
    """The lead's count told again as a tally ("has risen to 11 … At 02:15 … five … In total, since the beginning of the
    night, 11 UAVs"): the speaker's counts told between, over the tally's one region and within it, are its steps."""
    if len(tally.items) != 1 or tally.items[0].count is None or len(tally.items[0].codes) != 1:
        return
    whole = tally.items[0]
    if not whole.total_cue and not P.RE_TOTAL_CUE.match(tally.sentences[0].text.lstrip(' "“«')):
        return  # "In total, since the beginning of the night, 11 UAVs …"
    steps = [k for k in kept[kept.index(first) + 1:] if _same_claimant(k.claimant, first.claimant) and k.items
             and first.sentences[0].start < k.sentences[0].start < tally.sentences[0].start
             and all(i.codes == whole.codes and i.count is not None for i in k.items)]
    if steps and sum(i.count for k in steps for i in k.items) <= whole.count:
        for k in steps:
            kept.remove(k)
            _absorb(first, k)
        if first.stated_total is None and len(first.items) == 1:
            first.stated_total, first.total_qualifier = whole.count, whole.qualifier


def _drop_post_headings(claims: list[Claim]) -> list[Claim]:
    """A live page's post heading ("07:40 Nine drones destroyed over capital, says Kyiv official") whose counts the post's
    first sentences tell again is that post's claim, stamped with the heading's time."""
    out: list[Claim] = []
    for n, claim in enumerate(claims):
        post = claims[n + 1] if n + 1 < len(claims) else None
        if post is not None and _a_post_heading(claim) and post.sentences and 0 < post.sentences[0].index - claim.sentences[-1].index <= 2 \
                and all(t in claim.times for t in post.times if t.stamp):  # (its first sentence may tell no count: "… said Russia launched 344 drones")
            values = {i.count for i in claim.items if i.count is not None} | ({claim.stated_total} - {None})
            told = {i.count for i in post.items} | {post.stated_total} | {t.value for t in post.totals}
            if values and values <= told and _told_within(_moscow_as_one(_items_key(claim)), _moscow_as_one(_items_key(post))):
                _absorb(post, claim)
                post.times = [t for t in claim.times if t.stamp] + [t for t in post.times if not (t.stamp and t in claim.times)]  # told at its stamp
                continue
        out.append(claim)
    return out


def _told_within(head: set, post: set) -> bool:
    """Whether each of a heading's items is one of its post's, or the same count over some of that item's places ("23 drones
    downed over Crimea" over "23 … over the Republic of Crimea and the Black Sea")."""
    return all(any(count == c and weapon == w and set(code.split("+")) <= set(codes.split("+")) for codes, c, w in post)
               for code, count, weapon in head)


def _moscow_as_one(key: set) -> set:
    """Items' keys with Moscow and its region as one place: a heading's "near Moscow" is its post's "towards the capital"."""
    return {("RU-MOW" if code == "RU-MOS" else code, *rest) for code, *rest in key}


def _a_post_heading(claim: Claim) -> bool:
    """A claim told by one stamped line without a closing full stop: "07:40 Nine drones destroyed over capital"."""
    return len(claim.sentences) == 1 and _stamped(claim.times) and _unclosed(claim.sentences[0])


def _unclosed(sentence: Sentence) -> bool:
    """A line with no closing full stop, quote or colon: a heading ("07:40 Nine drones destroyed over capital")."""
    return not sentence.text.rstrip().endswith((".", "!", "?", '"', "”", ":"))


def _later_statement(claim: Claim, kept: Claim) -> bool:
    """A further statement with the same counts, not the first one again.

    "Later, the governor added that four more drones were shot down"; "Earlier,
    Sobyanin reported that a drone was shot down in the Lyubertsy district"
    (after one over the Ramenskoye district).
    """
    if P.RE_LATER_STATEMENT.match(claim.sentences[0].text) is None:
        return False
    places = {" ".join(i.place_text.lower().split()) for i in claim.items}
    return any(i.more for i in claim.items) or places != {" ".join(i.place_text.lower().split()) for i in kept.items}


def _drop_headline(claims: list[Claim]) -> list[Claim]:
    """The headline's counts, when the body states each of them again, are the body's (its total: whoever the
    headline seems to quote, as in "Russia launched 143 drones, Kyiv says; Moscow claims downing 57").

    "Russia Says It Destroyed 25 Drones Targeting Moscow Region" over a body
    that says "25 drones targeting Moscow" is one count; the headline's loose
    wording of the place does not make a second item, in the same claim or in
    a claim of its own.
    """
    if not claims or not claims[0].sentences or not _is_headline(claims[0].sentences[0]):
        return claims
    first, head = claims[0], claims[0].sentences[0]
    in_head = [i for i in first.items if head.start <= i.start < head.end and i.count is not None]
    if len(first.sentences) > 1:  # the body's sentences joined the headline's claim
        body = {i.count for i in first.items if not head.start <= i.start < head.end} | {
            t.value for t in first.totals if not head.start <= t.start < head.end}  # "… destroyed 19 UAVs: 9 – above …"
        if in_head and all(i.count in body for i in in_head) and any(i.count is not None for i in first.items if i not in in_head):
            first.items = [i for i in first.items if i not in in_head]
            _fill_remaining(first)  # "… as Russia says 53 downed" over "… seven over Dagestan. The rest were downed over Kalmykia"
        heads = [i for i in first.items if head.start <= i.start < head.end]
        body_total = not any(head.start <= t.start < head.end for t in first.totals)  # the headline's places got the body's total
        if heads and (first.stated_total is not None or len(heads) < len(first.items)) and _told_below(heads, claims[1:], first.stated_total if body_total else None):
            first.items = [i for i in first.items if i not in heads]  # "… downed 45 drones over Crimea, Black Sea and Sea of Azov": the ministry's, told below
        told = [k for k in claims if _same_claimant(k.claimant, first.claimant)]
        if len(told) > 1 and first.stated_total is not None and any(head.start <= t.start < head.end and t.value == first.stated_total for t in first.totals) \
                and first.stated_total == sum(i.count for k in told for i in k.items if i.count is not None) \
                and first.stated_total > sum(i.count for i in first.items if i.count is not None) \
                and not (not first.items and any(not head.start <= t.start < head.end and t.value == first.stated_total for t in first.totals)):
            first.stated_total = first.total_qualifier = None  # "Governor claims 23 drones downed in two waves": the outlet's sum of his posts
            # (not when the body tells the total too: "… said that its air defenses intercepted 127 drones over seven regions")
        return claims
    values = [i.count for i in in_head] + ([first.stated_total] if first.stated_total is not None else [])
    if not values and not first.items and first.per_type:  # "Russia attacked with 74 drones and three missiles, 47 drones downed — Air Force"
        counts = {t.value for t in first.totals}
        later = next((k for k in claims[1:] if _same_claimant(first.claimant, k.claimant)
                      and counts & ({k.stated_total} | {i.count for i in k.items})), None)
        if later is not None:
            _absorb(later, first)
            return claims[1:]
    if not values:  # "Drone downed over Voronezh Region, says governor": the places the body counts over
        codes = _codes(first.items)  # (a named speaker's: "Chibis: drone attack on Olenegorsk repelled" over his "repelled")
        later = next((k for k in claims[1:] if codes and codes <= {c for i in k.items if i.count is not None or not _weak(first.claimant)
                                                                   for c in i.codes}
                      and _same_claimant(first.claimant, k.claimant)), None)
        if first.items and all(i.count is None for i in first.items) and later is not None:
            _absorb(later, first)
            return claims[1:]
        return claims
    speakers = [k for k in claims[1:] if not _weak(k.claimant)]
    for one in speakers if len(values) == 1 else ():  # "Six Drones Downed on Approach to Moscow" over the mayor's posts of two, one and three
        posts = [k for k in speakers if _same_claimant(k.claimant, one.claimant)]  # (the outlet's sum)
        if len(posts) > 1 and _codes(first.items) <= _codes([i for k in posts for i in k.items]) \
                and values[0] == sum(i.count for k in posts for i in k.items if i.count is not None):
            return claims[1:]  # (and "Fourteen drones shot down over Tula region in a day" over the governor's day and night)
    for claim in claims[1:]:
        stated = {i.count for i in claim.items} | {claim.stated_total} | {t.value for t in claim.totals}  # (and a type's: "54 shot down" of "54 missiles and 23 drones")
        if all(v in stated for v in values) and (first.claimant is None or _same_claimant(first.claimant, claim.claimant)
                                                 or first.stated_total is not None and first.stated_total == claim.stated_total
                                                 or in_head and _items_key(first) <= _items_key(claim)):
            # the last: "All 13 drones downed over Kyiv, city administration says" over the head of its military administration
            _absorb(claim, first)
            return claims[1:]
    if len(in_head) > 1 and len(in_head) == len(first.items) and first.stated_total is None and _told_below(in_head, claims[1:], None) \
            and len([k for k in claims[1:] if {i.count for i in k.items} & set(values)]) > 1:
        return claims[1:]  # "Zaporizhzhia region: 15 drones downed; occupation authorities claim 'up to 20'": two speakers' counts, each told below
    return claims


def _told_below(heads: list[Item], others: list[Claim], body_total: int | None) -> bool:
    """Whether other claims count over each of a headline's items' places, each item's count (if it has one) among their
    figures: "Air defense shot down drones over Dnipropetrovsk and Odesa oblasts" over the two regions' heads. A shared
    item whose count is ``body_total``, the body's total given to the headline's places, has no count of its own."""
    counted = {c for k in others for i in k.items if i.count is not None for c in i.codes}
    figures = {k.stated_total for k in others} | {i.count for k in others for i in k.items} \
        | {sum(i.count for i in k.items if i.count is not None) for k in others}  # "20 over Crimea and 11 over the Black Sea": 31
    return all(set(i.codes) <= counted and (i.count is None or i.count in figures or i.reading == "shared" and (
        i.count == body_total or i.count in _sums_within(i, others))) for i in heads)


def _sums_within(shared: Item, claims: list[Claim]) -> set[int]:
    """What each claim counts over a shared item's places: "eight over Penza and Ulyanovsk regions" over "four each over
    the Penza and Ulyanovsk regions"."""
    return {sum(o.count for o in k.items if o.count is not None and set(o.codes) <= set(shared.codes)) for k in claims}


def _is_headline(s: Sentence) -> bool:
    """The text's first line, written without a closing full stop; or its second, a paragraph of its own under the first's
    (a masthead: "PenzaInform | 17.04.2025, 09:02")."""
    return (s.index == 0 or s.index == 1 and s.paragraph == 1) and not s.text.rstrip().endswith((".", "!", "?", '"', "”", ":", ")"))


def _absorb(kept: Claim, repeat: Claim) -> None:
    """What a repeated statement adds to the first: who said it (when the first did not say) and when."""
    if _weak(kept.claimant) and not _weak(repeat.claimant):
        kept.claimant = repeat.claimant
    kept.times.extend(t for t in repeat.times if t not in kept.times)
    kept.repeats.extend(repeat.sentences + repeat.repeats)


def _items_key(claim: Claim) -> set:
    return {(i.region_code, i.count, i.weapon) for i in claim.items}


def infer_claimant(claim: Claim) -> tuple[str, bool]:
    """The claimant role, and whether it was inferred.

    Without a named claimant, a claim that covers several federal subjects or
    states a nationwide total is the Defense Ministry's: only it reports so.
    """
    if claim.claimant is not None:
        return claim.claimant.role, False
    codes = _codes(claim.items)
    land = {c for c in codes if not c.startswith("SEA-")}  # "two missiles over the Black Sea, three drones near Ochakiv": the seas are both sides'
    if land and all(c.startswith("UA-") and c not in OCCUPIED for c in land) or (not codes and claim.ukraine_scope):
        return "air_force_ua", True
    if len(codes) >= 2 or (claim.stated_total is not None and not codes):
        return "defense_ministry", True
    return "unknown", False
