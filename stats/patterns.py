"""Every pattern of the extractor, built from the vocabulary in data/vocabulary.yaml.

The grammar of interception claims is code; the words are data.  Alternations
are built by ``alternation`` from word lists (escaped, longest first), so a
new synonym is a line in the YAML file, never a regex edit.
"""

from __future__ import annotations

from functools import cache
import re
from importlib import resources

import regex
import yaml

from stats.gates import Gated, Tail, Twin, leading_literals, required_literals, whole_words
from stats.text import BULLETS


@cache
def vocabulary() -> dict:
    """The vocabulary file, parsed once."""
    with resources.files("stats.data").joinpath("vocabulary.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def phrase_pattern(phrase: str) -> str:
    """A regex for a phrase: spaces match any whitespace, hyphens also a space, apostrophes any kind.

    >>> bool(regex.fullmatch(phrase_pattern("shot down"), "shot\\n down"))
    True
    >>> bool(regex.fullmatch(phrase_pattern("aircraft-type"), "aircraft type"))
    True
    """
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"[-‐–\s]?")
        elif ch in "'’":
            out.append(r"['’]?")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


def alternation(phrases) -> str:
    """A non-capturing alternation of phrases, longest first so the longest phrase wins.

    >>> alternation(["shot", "shot down"])
    '(?:shot\\\\s+down|shot)'
    """
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_pattern(p) for p in unique) + ")"


# A capital letter that starts a word: what ``(?<![\w-])\p{Lu}`` matches, the letter written first.  The standard
# engine tries a pattern that opens with a lookbehind at every position; one that opens with a class of letters
# it tries only where such a letter is (tests/test_speed_paths.py checks both forms find the same).
CAPITAL_STARTING_WORD = r"\p{Lu}(?<![\w-]\p{Lu})"


def first_letters(phrases) -> str:
    """A lookahead for the characters phrases start with, to stand before their alternation: the standard engine
    tries every phrase of an alternation wherever it is tried, a class it tests at once (``regex`` needs no help).
    Empty when a phrase starts with a space, hyphen or apostrophe, which ``phrase_pattern`` does not keep literal.

    >>> first_letters(["shot down", "downed", "intercepted", "destroyed"]), first_letters(["-type drones"])
    ('(?=[dis])', '')
    """
    firsts = sorted({p[0] for p in phrases})
    if any(ch in " -'’" for ch in firsts):
        return ""
    return "(?=[" + "".join(regex.escape(ch) for ch in firsts) + "])"


def words(phrases, flags=regex.IGNORECASE, twin=False):
    """Compiled whole-word alternation of phrases, behind a literal test (``Gated``) that skips text it cannot match
    and tried only where a phrase's first word can start; with ``twin``, run by ``re`` where it can (``stats.gates.Twin``)."""
    lead = first_letters(phrases) if twin else ""
    return Gated(regex.compile(r"(?<![\w-])" + lead + alternation(phrases) + r"(?![\w-])", flags), required_literals(phrases),
                 anchors=leading_literals(phrases), twin=twin)

V = vocabulary()

NUMBER_WORDS: dict[str, int] = {k.lower(): int(v) for k, v in V["number_words"].items()}
SCALE_WORDS: dict[str, int] = {k.lower(): int(v) for k, v in V["number_scales"].items()}
QUALIFIER_OF: dict[str, str] = {p.lower(): q for q, ps in V["qualifiers"].items() for p in ps}


def qualifier_of(words: str) -> str:
    """The qualifier a phrase names, however it is spaced or cased: "More  than" → more_than."""
    return QUALIFIER_OF[" ".join(words.lower().split())]


WEAPON_OF: dict[str, str] = {n.lower(): w for w, ns in V["weapon_nouns"].items() for n in ns}
RE_WEAPON_GAPS = regex.compile(r"[\s‐-]+")
_WEAPON_BY_KEY = {RE_WEAPON_GAPS.sub(" ", n): w for n, w in WEAPON_OF.items()}


def weapon_of(noun: str) -> str:
    """The weapon a noun names, however it is spaced or hyphenated.

    >>> weapon_of("Tochka-U  missiles"), weapon_of("aircraft type drones")
    ('missile', 'drone')
    """
    return _WEAPON_BY_KEY.get(RE_WEAPON_GAPS.sub(" ", noun).lower(), "drone")

_UNITS = [w for w in NUMBER_WORDS if " " not in w and NUMBER_WORDS[w] < 20 and w not in ("both", "single")]
_TENS = [w for w in NUMBER_WORDS if NUMBER_WORDS[w] in (20, 30, 40, 50, 60, 70, 80, 90)]

_TENS_UNITS = alternation(_TENS) + r"(?:(?:-|\s{1,3})" + alternation(_UNITS) + r")?"  # "twenty", "twenty-three"

# A count as written: "83", "1,200", "1 200" (a no-break, thin or plain space), "twenty-three", "seventy", "a dozen", "two dozen", "two hundred",
# "one hundred and twenty".
# Patterns wrapped in ``Twin`` (or ``words(..., twin=True)``) are run by the standard ``re`` where it finds
# the same (see stats/gates.py); they are the ones ``re`` runs faster, and are given whole documents.
RE_NUMBER = Twin(regex.compile(
    r"""
    (?<![\w.,:/-])
    (?:
        (?P<digits>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+|\d{1,3}(?:\x20\d{3})+(?![\w-])|\d+)(?![\d:]|[.,]\d|\s*(?:%|per\s*cent|a\.m|p\.m|am\b|pm\b|GMT|UTC|MSK)|-?\x20?mm\b)  # 83, 1,200 — not times, decimals, %, calibres
      | """ + first_letters(NUMBER_WORDS) + r"""  # the first letter of a number word: the words below are tried only there
        (?P<words>
            (?:""" + _TENS_UNITS + r"""   # twenty, twenty-three, "twenty   one" (a broken line made whole)
             |""" + alternation([w for w in NUMBER_WORDS if w not in _TENS]) + r""")       # one … nineteen, a dozen, both
            (?:\s+""" + alternation(SCALE_WORDS) + r""")?                                    # two hundred
            (?:(?<=hundred)\s+(?:and\s+)?(?:""" + alternation(_TENS) + r"""(?:[-\s]""" + alternation(_UNITS) + r""")?|""" + alternation(_UNITS) + r"""))?  # one hundred and twenty
        )
    )
    (?!\w|-(?!odd(?![\w-])))  # not a word's start, nor "20-year-old"; "20-odd" is a count
    """,
    regex.VERBOSE | regex.IGNORECASE,
))

# Where a match of RE_NUMBER can start (see stats.extract.numbers): at the first digit of a run of digits (the
# lookbehind keeps it from starting after a digit), or at the first word of a number word, a whole word of the
# lower-cased text (a match is followed by a space, a hyphen or a character that is not a letter).
RE_DIGIT_RUN = Twin(regex.compile(r"\d\d*"))  # not "\d+": the standard engine scans for a first character only of this form
NUMBER_FIRST_WORDS = frozenset(phrase.split(" ")[0] for phrase in NUMBER_WORDS)

# A qualifier right before a number: "more than 10", "at least eight", "up to 20".
RE_QUALIFIER_BEFORE = Tail(regex.compile(r"(?<![\w-])" + alternation(QUALIFIER_OF) + r"\s+$", regex.IGNORECASE))

# "put the nationwide tally for the period from 23:00 to 07:00 at 105 fixed-wing drones", "put the number of drones destroyed
# overnight at 105": a count told as what a tally, total or number was put at
RE_PUT_TALLY_AT = regex.compile(
    r"(?<![\w-])put(?:s|ting)?\s+(?:the|its|their|his|her)\s+(?P<what>(?:[\w-]+\s+){0,2}?(?:tally|total|number|count|figure))\b"
    r"(?P<rest>(?:[^.;:]|(?<=\d)[:.](?=\d)){0,90}?)\s+at\s+(?:(?P<q>" + alternation(QUALIFIER_OF) + r")\s+)?(?P<n>\d[\d,]*|" + _TENS_UNITS + "|" + alternation(_UNITS) + r")(?![\w,-])",
    regex.IGNORECASE)
# "corrected its own figure for drones shot down overnight, raising it to 58 from the 48 …": the figure set right
RE_RAISED_TO = regex.compile(
    r"(?<![\w-])(?:rais|revis|correct|updat|increas)(?:ed|ing|es|e)?\s+(?:it|the\s+(?:figure|number|count|tally|total)|its\s+(?:figure|count|tally|total))"
    r"\s+(?:up\s+)?to\s+(?:(?P<q>" + alternation(QUALIFIER_OF) + r")\s+)?(?P<n>\d[\d,]*)(?![\w,-])", regex.IGNORECASE)
# "18 August", "August 18.": a yearless date alone on its line, a timeline's heading
RE_DAY_MONTH_LINE = regex.compile(r"(?:\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\.?\s+\d{1,2})\.?")
PUT_WORDS = frozenset({"put", "puts", "putting", "raising", "raised", "revised", "revising", "corrected", "correcting", "updated",
                       "updating", "increased", "increasing"})
# "In Moscow, the Defence Ministry said …", "In Kyiv, the government …": the seat of who speaks, fronted
RE_SEAT_AFTER = regex.compile(r"\s*,\s+(?:the\s+)?(?:Russian\s+|Russia's\s+|Ukrainian\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Kremlin|Foreign\s+Ministry"
                              r"|government|General\s+Staff|presidential\s+administration)\b", regex.IGNORECASE)
RE_OFFICIALS_IN_BEFORE = regex.compile(r"(?<![\w-])(?:officials|authorities|leaders|residents|journalists|reporters|correspondents)\s+in\s+"
                                    r"(?:(?:the\s+)?(?:occupied|annexed|Russian-occupied|Russian-annexed|Russian-controlled|Ukrainian-controlled)\s+)?$", regex.IGNORECASE)
RE_FRONTED_IN_BEFORE = regex.compile(r"(?:^|\n|[.!?\"”]\s+)In\s+$")
RE_DAY_WORD_CAPS = regex.compile(r"(?<![A-Za-z])(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\.?\s+\d")
# A digest's paragraph that opens with its day in capitals: "MON 9 NOV.", "THU 12 NOV.", "SAT 14 - SUN 15 NOV."
RE_DAY_HEADING = regex.compile(r"\s*(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\.?\s+\d{1,2}\b(?:\s*[-–—]\s*(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\.?\s+\d{1,2})?"
                            r"\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?(?=\s)")
# Words that make a claim's one count the whole of something: an attack's size, all of the drones, a tally reached
RE_WHOLE_WORDS = regex.compile(r"(?<![\w-])(?:all|involved|reach(?:es|ed)?|risen|rose|total|totals|totalled|totaled|in\s+all|altogether|number\s+of)(?![\w-])",
                               regex.IGNORECASE)
# A live page's stamp on a line of its own under a post's heading: "Posted at 11:05 GMT", "Updated 09:40 ET"
RE_POSTED_AT_LINE = regex.compile(r"(?:Posted|Updated|Published)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|MSK|Kyiv\s+time|Moscow\s+time)?",
                               regex.IGNORECASE)
RE_NOT_THIS_FIGURE_BEFORE = regex.compile(r"(?:\d[\d,]*|\b[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|missiles?|targets?)\s*,\s+not\s+$",
                                          regex.IGNORECASE)
# "The numbers (Russian MoD, morning reports on overnight activity):", "What the ministry claimed:": a heading over a list of
# the claims' figures, day by day
RE_FIGURES_HEADING = regex.compile(
    r"^\W*(?:by\s+)?(?:(?:the|this\s+week's|the\s+week's)\s+)?(?:numbers|figures|tally|claims)\b[^:]{0,80}\b(?:MoD|ministry|defen[cs]e|air\s+force)\b"
    r"|\b(?:MoD|ministry|air\s+force)\s+claimed\b[^:]{0,40}:\s*$", regex.IGNORECASE)
RE_SHORE_BEFORE = regex.compile(r"\b(?:off|near|by|at|approach(?:es)?\s+to)\s+(?:the\s+(?:coast|shore)\s+of\s+)?$")  # "over the Caspian Sea off Kaspiysk"
RE_WHILE_ANOTHER_BEFORE = regex.compile(r"(?<![\w-])(?:while|whereas)\s+(?:the\s+)?[\w\s'’-]{1,50}$", regex.IGNORECASE)

# An article or "another" that counts one: "a drone", "another UAV", "one more drone".
RE_SINGULAR = words(V["singular_determiners"], twin=True)
RE_ONE_MORE = regex.compile(r"(?:yet\s+)?another\b", regex.IGNORECASE)  # of those: the ones that add to a count, as "one more" does
SINGULAR_FIRST_WORDS = frozenset(p.split(" ")[0] for p in V["singular_determiners"])  # where a match starts, a whole word (see NUMBER_FIRST_WORDS)
# "a drone near Yeysk and another near Primorsko-Akhtarsk": one more of the weapon just counted, its noun left out;
# "five over the Moscow region; a sixth was suppressed … near Kubinka"
_ONE_MORE_ORDINAL = r"a\s+(?:second|third|fourth|fifth|sixth|seventh|ninth|tenth)|an\s+eighth"
_WAS_DOWNED = r"(?:was|had\s+been)\s+(?:\w+\s+)?(?:shot\s+down|downed|destroyed|intercepted|suppressed|neutrali[sz]ed)\b"
RE_ANOTHER_OVER = regex.compile(
    r"(?:(?<![\w-])(?:and|while|whereas)\s+|;\s*)(?P<count>another|one\s+more|" + _ONE_MORE_ORDINAL + r")(?=\s+(?:over|above|in|near|off|outside)\s"
    r"|\s+" + _WAS_DOWNED + r")",  # "… and another was downed in …"
    regex.IGNORECASE)
ANOTHER_OVER_NEEDS = (frozenset({"another", "more", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}),)  # see ONE_THE_OTHER_NEEDS

# "… three drones over the Tver region. A fourth was suppressed near Konakovo.": a sentence opening with one more
RE_ORDINAL_OPENS = regex.compile(r"\s*(?:And\s+)?(?P<count>" + _ONE_MORE_ORDINAL + r")(?=\s+(?:one\s+)?" + _WAS_DOWNED + r")", regex.IGNORECASE)

# "the drone had been downed", "destroyed the UAV": one drone named before, counted once more.
_THE_ONE = r"the\s+(?P<noun>drone|UAV|unmanned\s+aerial\s+vehicle|missile)(?![\w'’-])"
RE_THE_ONE_DOWNED = Gated(regex.compile(
    r"(?<![\w-])" + _THE_ONE + r"(?=\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:downed|shot\s+down|brought\s+down|destroyed|intercepted|neutrali[sz]ed)\b)"
    r"|(?<=\b(?:downed|shot\s+down|destroyed|intercepted)\s+)" + _THE_ONE,
    regex.IGNORECASE,
), frozenset({"drone", "uav", "unmanned", "missile"}))  # the noun every match holds
THE_ONE_DOWNED_NEEDS = (frozenset({"drone", "uav", "unmanned", "missile"}),)  # the noun, a whole word (see ONE_THE_OTHER_NEEDS)

# "during the afternoon attack", "in the same raid": the attack told of before, by its article
RE_THE_ATTACK = regex.compile(
    r"(?<![\w-])(?:during|in|amid|throughout|repelling)\s+(?:the|that|this)\s+(?:(?:same|afternoon|morning|evening|daytime|overnight|night(?:time)?|"
    r"latest|massive|massed|combined|drone|missile|air)\s+){0,2}(?:attacks?|raids?|strikes?|assault)(?![\w-])",
    regex.IGNORECASE,
)

# "The same morning, the head of Bashkortostan said …", "on that same night", "That night he wrote …": the time told of before
RE_THE_SAME_TIME = regex.compile(
    r"(?<![\w-])(?:(?:the|that)\s+same|that)\s+(?:morning|night|day|evening|afternoon)(?![\w-])", regex.IGNORECASE)

# Weapon nouns, longest first: "unmanned aerial vehicles", "drones", "missiles".
RE_WEAPON = words(WEAPON_OF, twin=True)
RE_NOT_WEAPON = words(V["not_weapon_nouns"], twin=True)
RE_AIRCRAFT = Twin(regex.compile(r"(?<![\w-])(?:(?:Su|MiG|Mi|Ka|Tu|Il|Yak)-\d+\w*|" + alternation(V["aircraft_nouns"]) + r")(?![\w-])", regex.IGNORECASE))
# Ground combat: "its troops had repelled more than 150 Russian assaults near Pokrovsk" downs nothing in the air
RE_GROUND_COMBAT = Gated(regex.compile(r"(?<![\w-])(?:assaults?|counter-?attacks?|counteroffensives?|offensives?|infantry|tanks?|armou?red\s+vehicles?)(?![\w-])",
                                       regex.IGNORECASE), frozenset({"ssault", "ttack", "ffensive", "nfantry", "tank", "armo"}))
GROUND_COMBAT_NEEDS = (frozenset({"assault", "assaults", "counter", "counterattack", "counterattacks", "counteroffensive", "counteroffensives",
                                   "offensive", "offensives", "infantry", "tank", "tanks", "armored", "armoured"}),)
RE_WEAPON_COMPOUND = regex.compile(r"\s*(?:[-‐]\s*)?" + alternation(V["weapon_compounds"]) + r"(?![\w-])", regex.IGNORECASE)

# One modifier between a number and its noun: "22 Ukrainian fixed-wing drones", "4 Tochka-U tactical missiles".
RE_MODIFIER_WORD = regex.compile(
    r"""\s*(?:more|additional|other|further|[Uu]krainian|[Uu]kraine's|enemy|hostile|army|aircraft[-\s]type|airplane[-\s]type|plane[-\s]type|
        fixed[-\s]wing|kamikaze|attack|long[-\s]range|strike|combat|tactical|operational[-\s]tactical|guided|cruise|ballistic|
        anti[-\s]\w+|air[-\s]launched|heavy|large|small|so[-\s]called|Ukrainian[-\s]made|Western[-\s]made|US[-\s]made|U\.S\.[-\s]made|American[-\s]made|British[-\s]made|French[-\s]made|
        aerial|unmanned|military|armed|explosive(?:-laden)?|suicide|loitering|reconnaissance|jet(?:-powered)?|foreign|decoy|
        (?:and|or)(?=\s+(?:decoy|imitation|attack|strike|reconnaissance|kamikaze)\s)|  # "80 Shahed-type and decoy drones"
        \d{2,3}[-\x20]?mm|  # a calibre: "four 122-mm Grad rockets"
        [\w-]+-(?:launched|made|supplied|built|produced|designed)|
        \p{Lu}[\w]*(?:-\w{1,3})?\s+(?:and|or)\s+\p{Lu}[\w]*(?:-\w{1,3})?(?=\s+[a-z])|  # "11 HIMARS and Uragan rockets"
        \p{Lu}[\w]*(?:-\w{1,3})?|[\w-]+-type|\(\w+\)|"[^"]{1,20}"|'[^']{1,20}')(?![\w-])""",
    regex.VERBOSE,
)

RE_INTERCEPTION = words(V["interception_verbs"], twin=True)
RE_FORCED_TO_LAND = regex.compile(r"(?<![\w-])forced\s+(?:[\w-]+\s+){1,5}?to\s+land(?![\w-])", regex.IGNORECASE)  # "forced a second drone to land"
RE_NOT_BEFORE = words(V["not_interception_before"])
RE_NEGATED_BEFORE = Tail(regex.compile(r"(?<![\w-])(?:(?:not|never|n['’]t)\s+(?:be(?:en)?\s+)?|no\s+(?:(?:information|figures|details|data|numbers)\s+(?:on|about|of)\s+)?|(?:may|might|could)\s+have\s+been\s+"
                                       r"|(?:can|will|would)\s+(?:be\s+|have\s+been\s+)?|(?:drones|missiles|UAVs|targets)\s+to\s+"
                                       r"|nothing\s+(?:was|has\s+been|had\s+been)\s+|no\s+(?:drones?|UAVs?|missiles?|rockets?|targets?)\s+(?:were|was|(?:had|have|has)\s+been)\s+|(?:reported|report|confirmed|mentioned)\s+any\s+|(?:not|never|n['’]t)\s+(?:report|confirm|mention|claim)(?:ed|s)?\s+)$",
                                       regex.IGNORECASE))  # "were not intercepted", "reported no interceptions"; a guess: "may have been shot down";
# "gave no information on interceptions"; "neither the mayor nor the ministry reported any interception"; what can or would be: "a system that can shoot down 18 drones",
# "why there are 18 drones to shoot down"
# "112 drones launched, 79 shot down", "112 launched overnight; 79 downed": a bare participle, then the next count
RE_LAUNCHED_THEN_COUNT = regex.compile(r"\s+(?:were\s+)?(?:launched|fired)(?:\s+overnight)?\s*(?:[,;:]\s*(?:and\s+|of\s+(?:them|which)\s+)?|\s+and\s+)(?=\d|(?:"
                                    + _TENS_UNITS + "|" + alternation(_UNITS) + r")\b)", regex.IGNORECASE)
RE_NOT_AFTER = Twin(regex.compile(r"(?:\s*,)?\s+(?:which\s+|that\s+)?" + alternation(V["not_interception_after"]) + r"(?![\w-])", regex.IGNORECASE))
# "… were launched at the Kremlin but were disabled and downed": the same craft, downed after all
# and "five drones were launched, and all of them were destroyed": all of those launched, downed
_DOWNED = r"(?:downed|shot\s+down|destroyed|intercepted|neutrali[sz]ed|suppressed)"  # the passive of downing, after "were"
_WERE_DOWNED = r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+){0,3}?" + _DOWNED + r"\b"  # "were [all] shot down"
RE_BUT_DOWNED = regex.compile(r"(?:\bbut|\ball(?:\s+of\s+(?:them|which|those))?)" + _WERE_DOWNED, regex.IGNORECASE)
# "Russia sent 23 Shahed drones, all of which were destroyed": all of those launched, downed
RE_ALL_THEN_DOWNED = regex.compile(r"[^.;:]{0,40}?,\s*(?:and\s+)?all\s+of\s+(?:them|which|those)" + _WERE_DOWNED, regex.IGNORECASE)
# "20 drones were detected and destroyed": found, then downed
RE_AND_DOWNED = regex.compile(r"[^.;:,]{0,40}?\band\s+(?:then\s+)?(?:were\s+|was\s+)?(?:\w+\s+)?" + _DOWNED + r"\b", regex.IGNORECASE)
# "37 of the 43 drones that attacked overnight had been destroyed": the relative clause tells of the drones, the
# verb after it of the count
RE_RELATIVE_THEN_DOWNED = regex.compile(
    r"[^.;:,]{0,50}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?" + _DOWNED + r"\b", regex.IGNORECASE)
# "One is in the Domodedovo district, the second in …": two craft spoken of before, one each
RE_ONE_THE_OTHER = regex.compile(
    r"(?<![\w-])(?P<one>[Oo]ne)(?![\w-])(?!\s+(?:more|each|another|day|night|hour|time|person|people|man|woman|resident|house|building|car)\b)"
    r"[^;!?]{1,120}?(?:,|;|\s+and)\s+(?:while\s+)?(?P<other>the\s+(?:other|second)(?:\s+(?:one|drone|UAV))?)(?![\w-])")
# What a sentence's words (stats.extract.DocSentences.words) must hold for a pattern to match in it: for each set
# of the tuple, one of its words, each a word that stands whole wherever the pattern matches.  The sentences
# that cannot match (most) are then passed over without a scan; tests/test_speed_paths.py checks each.
# (Not where a letter matches an ASCII one without case but lowers to another: see stats.gates.RE_FOLDS_TO_ASCII.)
ONE_THE_OTHER_NEEDS = (frozenset({"one"}), frozenset({"other", "second"}))
RE_CUMULATIVE = words(V["cumulative_cues"] + V["war_zone_cues"], twin=True)  # counts these govern are not one night's claim over regions
RE_RUNNING_TOTAL = words(V["running_total_cues"])
# A capitalised word that can be a person's surname at the end of a claimant's name: no title, no kind of region
RE_SURNAME = regex.compile(r"(?!(?:Governor|Mayor|Head|Chief|Region|Oblast|Krai|Republic|Territory|Administration|Ministry|Said)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
# A year gone by: "during 2021", "throughout 2023" govern the counts around them, as the cumulative cues; "in 2021" only
# the counts before it ("downed 22 drones in Donbas in 2021", not "Crimea, annexed in 2014, … three drones")
RE_YEAR = Gated(regex.compile(r"(?<![\w-])(?P<prep>during|throughout|in)\s+(?:19|20)\d\d(?![\w-])", regex.IGNORECASE),
                frozenset({"during", "throughout", "in"}), anchors=frozenset({"during", "throughout", "in"}), twin=True)
# A month gone by, as a year: "more than 1,600 Shaheds in October", "during March"; "since mid-September", "since
# early July", "since January 1", "since 24 February" as the cumulative cues.  Its name capitalised (no "in may"); after "in", no day ("in
# October 5" is a date).
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
RE_MONTH_GONE = Gated(regex.compile(
    r"(?<![\w-])(?:(?P<prep>during|throughout|in)\s+(?:the\s+month\s+of\s+)?(?-i:" + "|".join(_MONTH_NAMES) + r")(?:\s+(?:19|20)\d\d)?(?![\w-])(?!\s*\d)"
    r"|since\s+(?:(?:early|mid|late)[-\s]+|the\s+(?:start|beginning|middle|end)\s+of\s+|[0-3]?\d(?:st|nd|rd|th)?\s+)?(?-i:" + "|".join(_MONTH_NAMES)
    + r"|(?:" + "|".join(_MONTH_ABBREVIATIONS) + r")\.?(?=\s+[0-3]?\d\b))(?![\w-]))", regex.IGNORECASE),  # "since Sept. 13"
    frozenset(m.lower() for m in _MONTH_NAMES + _MONTH_ABBREVIATIONS), anchors=frozenset({"during", "throughout", "in", "since"}), twin=True)
MONTH_GONE_NEEDS = (frozenset(m.lower() for m in _MONTH_NAMES + _MONTH_ABBREVIATIONS), frozenset({"during", "throughout", "in", "since"}))
RE_EXERCISE = words(V["exercise_cues"], twin=True)  # a sentence about drills shoots down no attack
# "2,453 drones and 399 air defence systems have been destroyed since the start of the operation": no mark between a
# count and the cue after it that governs it (", bringing the number downed since the start … to 3,000" has one)
RE_CLAUSE_MARK = regex.compile(r"[,;:()\"“”]")
RE_LIST_GAP = regex.compile(r"[\s\"”’]*(?:,\s*(?:and\s+)?|and\s+)")  # between two counts of one list ('… "tactical UAVs" and …')
_COMMON_WORDS = frozenset({"over", "this", "in", "the", "of", "so", "far", "all", "total"})  # in most sentences: no test
# "Zelensky said that in March …", "Details: in March …": a period that opens the clause of the counts after it
RE_CLAUSE_OPENS = regex.compile(r"(?:(?<![\w-])that|:)\s*$", regex.IGNORECASE)
# "103 drones, according to the paper's calculations": the words between a count and the cue after it that governs it
RE_ACCORDING_GAP = regex.compile(r"(?:\s+(?:in|over|during)\s+the\s+(?:past|last)\s+[\w ]{1,16}?)?,?\s+according\s+to\s+(?:[\w'’-]+\s+){0,3}",
                                 regex.IGNORECASE)  # "71 drones in the past 24 hours, according to Zvezda's calculation"
# an attack compared with others: "one of the largest aerial attacks on the capital since the start of the war"
_LARGEST = r"(?:largest|biggest|heaviest|most\s+massive|most\s+intense|worst|fiercest)"
# … no cumulative cue, nor one of "the first … since"
RE_SUPERLATIVE_BEFORE = regex.compile(r"(?<![\w-])(?:" + _LARGEST + r"|first)(?![\w-])[^.;:!?]{0,80}$", regex.IGNORECASE)
# "since the beginning of the night, 11 UAVs": the night's running count, no cumulative cue
RE_OF_THIS_NIGHT = regex.compile(r"\s+of\s+(?:the|this|today's|today’s)\s+(?:night|day|evening|morning|attack|raid)\b", regex.IGNORECASE)
# an outlet's own sum of statements: "By Gazeta.ru's count, 57 drones were thus destroyed over the day", "according to Reuters' tally"
RE_OUTLETS_COUNT = regex.compile(r"(?<![\w-])(?i:by|according\s+to|in)\s+(?:(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,2}(?:['’]s?)?|(?i:our))\s+"
                                 r"(?:own\s+)?(?:count|tally|calculations?|estimates?|arithmetic)(?![\w-])")
OUTLETS_COUNT_NEEDS = (frozenset({"count", "tally", "calculation", "calculations", "estimate", "estimates", "arithmetic"}),)
CUMULATIVE_NEEDS = (whole_words(V["cumulative_cues"] + V["war_zone_cues"], _COMMON_WORDS),)
RUNNING_TOTAL_NEEDS = (whole_words(V["running_total_cues"], _COMMON_WORDS),)
EXERCISE_NEEDS = (whole_words(V["exercise_cues"], _COMMON_WORDS),)
RE_TOTAL_CUE = words(V["total_cues"] + V["attack_size_cues"])
RE_ATTACK_SIZE_CUE = words(V["attack_size_cues"])
# a sentence that opens with its total's cue, the count of targets of every kind told further on: "In total, since the evening of
# December 28, air defense has destroyed 77 air targets" (not a running total of drones over a place, "In total, since the evening, …")
RE_OPENING_TOTAL_CUE = regex.compile(r"[\W_]*" + alternation(c for c in V["total_cues"] if not c.endswith((":", "|", " of", " at"))) + r"\s*,\s*",
                                     regex.IGNORECASE)  # "in total", "in all", "overall", …: the cues that can open a sentence
RE_TARGETS = regex.compile(r"(?<![\w-])(?:targets|objects)(?![\w-])", regex.IGNORECASE)
# a post that opens by saying it sums up: "Results of the day.", "Summing up the night:"
RE_SUMMING_UP = regex.compile(r"\W*(?:(?:the\s+)?(?:results?|summary|outcome|totals?)\s+(?:of|for)\s+the\s+(?:day|night)|summing\s+up|to\s+sum\s+up)\b",
                              regex.IGNORECASE)
RE_EACH_AFTER = regex.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:" + alternation(V["each_cues"]) + r")\b(?!\s+other)", regex.IGNORECASE)  # "two each", "five apiece"
# "It was intercepted in …", "They were shot down over …": where the drones of the sentence before fell
RE_PRONOUN_DOWNED = regex.compile(
    r"\s*(?:(?:\p{Lu}[\w-]+\s+){1,3}(?:said|added|wrote|reported|specified)\s+(?:that\s+)?(?=(?:it|they|both|the)\s))?"  # "Sobyanin said the drones were …"
    r"(?i:It|He|They|Both|The\s+drones?|The\s+UAVs?)\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:intercepted|downed|shot\s+down|destroyed|neutrali[sz]ed|suppressed)\b")
# "four targets were shot down": targets are air targets when the verb says they were downed
RE_TARGETS_DOWNED = regex.compile(
    r"\s+(?P<noun>targets)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)\b",
    regex.IGNORECASE)
# "a missile attack on Belgorod: 14 Vampire rockets and …": a colon, then the counts of the attack
RE_COLON_THEN = regex.compile(r"\s*:\s*[^:;]*$")
# "air defenses shot down two targets over Belgorod": targets again, the verb before the count
RE_TARGETS_AFTER_VERB = regex.compile(r"\s+(?:of\s+the\s+)?(?:air\s+)?(?P<noun>targets)\b", regex.IGNORECASE)  # "… 385 of the targets"
RE_DOWNED_BEFORE = Tail(regex.compile(
    r"(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)(?:\s+or\s+(?:jammed|suppressed|disabled))?"  # "shot down or jammed 385 targets"
    r"\s+(?:a\s+total\s+of\s+|another\s+|some\s+|about\s+|at\s+least\s+|up\s+to\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|around\s+)?$",
    regex.IGNORECASE))
# "one drone each in the Bryansk region, also on the border, and in the Tambov region": an aside between the places
RE_EACH_ASIDE_JOINT = regex.compile(
    r"\s*,\s*(?:[^\W\d]+\s+){0,5}?[^\W\d]+\s*,\s*and\s+(?:in|over|above)\s+(?:the\s+)?", regex.IGNORECASE)
# between a place and the title after it: "Sevastopol's governor", "the Kursk region governor"
RE_CAPITALS_TITLE_BEFORE = regex.compile(r"\b(?P<city>Moscow|Kyiv|Kiev)['’]s\s+(?:city\s+)?$")  # "Moscow's mayor"
RE_TITLE_AFTER_PLACE = regex.compile(r"(?:\s+(?:region|oblast|krai|territory|republic|city|regional))?(?:['’]s)?\s*", regex.IGNORECASE)
# "Russia and temporarily occupied Crimea": the words before a place that say who holds it
RE_OCCUPIED_BEFORE = regex.compile(r"(?:temporarily\s+|illegally\s+|Russian-|Russia-)?(?:occupied|annexed)\s+$", regex.IGNORECASE)
# A place set at the head of its sentence: "On the peninsula, …", "According to X, on the peninsula, …"
RE_FRONTED_PLACE = regex.compile(r"\s*,")
RE_FRONTED_START = regex.compile(r"(?:[^,]{0,120},\s*){0,3}(?:also\s+)?(?:over|above|in|on|near)\s+(?:the\s+)?[\w\s-]{0,30}", regex.IGNORECASE)
# The generic word after a place's name: "Kalacheyevsky district", "Shebekino urban district"
RE_PLACE_SUFFIX = regex.compile(r"\s+(?:urban\s+|municipal\s+|city\s+)?(?:district|okrug|region|area|settlement)s?\b.*$", regex.IGNORECASE | regex.DOTALL)
# "on the Crimean peninsula": "on" places something only on a peninsula or an island ("an attack on Crimea" is a target)
# "over several regions, including Moscow and Kursk": some of the places the count fell over, each with no number
RE_INCLUDING_GAP = regex.compile(r"\s*,?\s*(?:including|among\s+them|such\s+as)\s+(?:the\s+)?", regex.IGNORECASE)
RE_ON_BEFORE = regex.compile(r"(?<![\w-])on\s+(?:the\s+)?$", regex.IGNORECASE)
RE_PENINSULA = regex.compile(r"\b(?:peninsula|island)\b", regex.IGNORECASE)
RE_EACH_OF = Tail(regex.compile(r"(?:over|above|in|near)?\s*each\s+of\s*(?:the\s*)?$", regex.IGNORECASE))
_PREP_TAIL = (
    r"(?:\s+(?:the\s+)?(?:territory|territories|skies|sky|airspace|waters|water\s+area|area|vicinity|outskirts|suburbs|coast|coastline|shores?)\s+(?:of|over))?"
    r"\s+(?:(?:the|its|their)\s+)?(?:(?:surrounding|neighbouring|neighboring|nearby|suburban|small|industrial|coastal|southern|northern|western|eastern|central|border|frontier|Russian|Russia's|Russia’s|temporarily|occupied|annexed|Russian-annexed|Russian-occupied|contested)\s+)*"
    r"(?:(?:[\w-]+\s+)?(?:regions?|areas?|provinces?|republics|territories|districts?|microdistricts?|neighbou?rhoods?|parts?|cities|towns|settlements|outskirts|suburbs)\s*(?:of\s+(?:the\s+)?|[-–—:(]\s*)){0,2}"  # "in the areas of the settlements of"
    r"(?:(?:(?:resort\s+)?(?:city|town|village|settlement|port|seaport|stanitsa|khutor))\s+(?:(?-i:\p{Lu})[\w'’-]+\s+)?of\s+|republic\s+"
    r"|(?:regional|region's|region’s|republic's|republic’s|republican)\s+capital\s*,?\s+(?:of\s+)?)?[\"“«]?$"  # "on the outskirts of the regional capital Ufa"; 'over the "Republic of Crimea"'  # "above territory of Republic Bashkiria", "over village Sushany of Klimovo district"
)
RE_LOCATION_PREP = Tail(regex.compile(r"(?<![\w-])" + alternation(V["location_prepositions"]) + _PREP_TAIL, regex.IGNORECASE))
# "The ministry also named the Kursk, Oryol and Kaluga regions but did not say how many …", "… also named Bryansk and Tver
# among the affected regions, but gave no figures for them": places of the count told before, each without its number
RE_NAMED_WITHOUT_FIGURES_BEFORE = Tail(regex.compile(r"(?<![\w-])(?:also\s+)?(?:named|listed|mentioned)\s+(?:the\s+)?$", regex.IGNORECASE))
RE_NO_FIGURES = regex.compile(
    r"(?<![\w-])(?:(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:say|give|specify)\s+how\s+many|(?:gave|giving|give)\s+no\s+(?:figures|numbers|breakdown)"
    r"|without\s+(?:giving\s+)?(?:figures|numbers|a\s+breakdown)|among\s+the\s+(?:affected|targeted|attacked)\s+regions)", regex.IGNORECASE)
# "near Peremozhnoye, Lugansk People's Republic", "in the areas of Kamenka and Tokmak, Zaporozhye region": villages the
# gazetteer does not know, each list of them followed by its region, as the ministry's briefings name where drones fell
_SETTLEMENT = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"  # one or two capitalised words
_SETTLEMENTS = _SETTLEMENT + r"(?:(?:,\s*|\s+and\s+)" + _SETTLEMENT + r"){0,4}"
_PREP_BEFORE_NAMES = r"(?<![\w-])" + alternation(V["location_prepositions"]) + _PREP_TAIL.removesuffix("$")
RE_SETTLEMENTS_BEFORE = Tail(regex.compile(_PREP_BEFORE_NAMES + r"(?-i:" + _SETTLEMENTS + r")(?:,\s*|\s+of\s+(?:the\s+)?)$", regex.IGNORECASE))
# "near Sukhodol and Kherson", "in the areas of Dolgenkoye, Kurulka and Izyum": villages the gazetteer does not know,
# joined by "and" to a place it knows
RE_SETTLEMENT_AND_BEFORE = Tail(regex.compile(_PREP_BEFORE_NAMES + r"(?-i:" + _SETTLEMENTS + r"),?\s+and\s+$", regex.IGNORECASE))
# "near Lisichansk of the Lugansk People's Republic and Olginka of the Donetsk People's Republic": a town the gazetteer does not
# know and its region, the next of the list; or towns: "…, and Mayorsk and Zaitseve of the Donetsk People's Republic"
RE_SETTLEMENT_OF_JOINT = regex.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?-i:" + _SETTLEMENTS + r")\s+(?:of|in)\s+(?:the\s+)?$", regex.IGNORECASE)
RE_SETTLEMENTS_JOINT = regex.compile(r"^\s*,\s*(?:and\s+)?(?-i:" + _SETTLEMENTS + r")(?:,\s*(?:and\s+)?|\s+and\s+)$", regex.IGNORECASE)
# "launched 142 drones, mostly aimed at Kharkiv and Odesa": where a launch was aimed (not "launched at the Odesa region, 11 of them
# were destroyed", where they were downed)
RE_AIMED_AT_BEFORE = Tail(regex.compile(r"(?<![\w-])(?:aimed|directed)\s+at" + _PREP_TAIL, regex.IGNORECASE))
RE_TARGET_PREP = Tail(regex.compile(r"(?<![\w-])" + alternation(V["target_prepositions"]) + _PREP_TAIL, regex.IGNORECASE))
# "repelled an attack on Novorossiysk", "during the repelling of a drone attack on Tuapse": the place of an attack
# that was fought off, among the target prepositions (not "a drone strike on the nuclear plant", which hit it)
RE_ATTACK_ON = Tail(regex.compile(
    r"(?<![\w-])(?:repel\w*|repuls\w*|foil\w*|thwart\w*|fought\s+off|fend\w*\s+off)(?:\s+of)?\s+(?:an?|the|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|raids?|strikes?)\s+(?:on|against)" + _PREP_TAIL, regex.IGNORECASE))
# "in one of the largest aerial attacks on the Russian capital": the size of an attack compared, not the drones' target
RE_LARGEST_ATTACK_ON = Tail(regex.compile(
    r"(?<![\w-])" + _LARGEST + r"\s+(?:[\w-]+\s+){0,3}?(?:attacks?|raids?|strikes?|assaults?)\s+(?:on|against)"
    + _PREP_TAIL, regex.IGNORECASE))
# "64 of these drones", "Fifteen of the drones", "70 of them"
RE_OF_THESE = regex.compile(r"\s+of\s+(?:these|them|those|the|which)\b", regex.IGNORECASE)
# "Two of them were brought down over Zelenograd and one over …": the part is its clause's subject, and the
# elliptic count after it is another part (not "21 over the Moscow region, 18 of them flying towards the city, and 16 …")
RE_PART_VERB_AFTER = regex.compile(r"\s+(?:were|was|ha(?:ve|d)\s+been)\b[^;]*", regex.IGNORECASE)

# Place-list joints: "Belgorod, Bryansk, and Voronezh", "the Azov Sea and the Leningrad region"
RE_LIST_JOINT = regex.compile(
    r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*|\s+or\s+)(?:the\s+|(?:over|in|near|above|of)\s+(?:the\s+)?)?"
    r"(?:(?:territory|skies|airspace|waters|water\s+area)\s+(?:of|over)\s+(?:the\s+)?)?"
    r"(?:(?:the\s+)?(?:country|Russia|Russian\s+Federation)['’]s\s+)?"
    r"(?:(?:western|southern|northern|eastern|central|border|neighbouring|neighboring|surrounding|adjacent|nearby|temporarily|occupied|annexed|Russian-occupied|Russian-annexed)\s+)*"
    r"(?:(?:regions|provinces|oblasts|areas)\s+of\s+(?:the\s+)?)?$",  # "… and the border provinces of Bryansk and Kursk"
    regex.IGNORECASE,
)
RE_PLURAL_REGIONS = regex.compile(r"\s*(?:regions|oblasts|areas|provinces|republics|territories|districts)\b", regex.IGNORECASE)

# ", as emergency crews in the capital dug through the rubble": a clause of its own, not "as well as", "as a result",
# "as reported by", "as were about 30 Shaheds"
_AS_CLAUSE = (r"as\s+(?!(?:well|a\s+result|reported|detailed|confirmed|said|stated|announced|noted|many|much|follows|of|part|per|for"
              r"|to|in|at|on|over|near|far|soon|usual|always|before|such|expected|were|was|did|had|have|has|is|are)\b)")
RE_AS_CLAUSE = regex.compile(r",\s*" + _AS_CLAUSE + r"\b", regex.IGNORECASE)

# Clause boundaries inside a sentence; a count never reaches across them for its place.
# "while" opens a clause, but not before a participle: "shot down while approaching the city".
# The pattern opens with the character every boundary starts with, each alternative telling by a lookbehind
# which it was: the standard engine looks for a class that opens a pattern in a tight loop, where it would try
# an alternation at every character.
RE_CLAUSE_BREAK = Twin(regex.compile(
    r"""[;:,\s]
    (?:(?<=;)                                                    # "…; …"
      |(?<=:)\s                                                  # "…: …"
      |(?<=\s)[–—-]\s(?!\s*(?:over|above|in|near)\b)             # "… – …", not "drones – over Kursk"
      |(?<=,)\s*(?:(?:while|whereas)(?!\s+\w+ing\b)|but|although|though|of\s+which|of\s+them|including|most\s+of\s+them|mostly|mainly|the\s+majority
                   |""" + _AS_CLAUSE + r""")\b
      |(?<=\s)(?:while|whereas)\s(?!\w+ing\b))                    # "… while …"
    """, regex.IGNORECASE | regex.VERBOSE))

# "… and the remaining ones hit targets in Kyiv and Lviv", "… and that two houses were damaged in Bykovo": a place of hits
# or of harm, or of launches, not of interceptions
RE_HIT_THERE = regex.compile(r"\b(?:hit|struck|reached|striking|hitting)\s+(?:[\w-]+\s+){0,3}?(?:in|on|at)\s+(?:the\s+)?$"
                             # "fired 55 cruise missiles from strategic bombers over the Caspian Sea and the Rostov region": the
                             # whole list is where they were launched from (RE_LAUNCHED_FROM_BEFORE drops a place right after
                             # "fired from"); not "intercepted six rockets fired from launchers over …", the participle after its noun
                             r"|\b(?:launched|fired)\s+(?:[\w-]+\s+){1,8}?from\s+(?:[\w-]+\s+){0,4}?(?:over|above|in|near)\s+(?:the\s+)?$"
                             # "22 struck targets at seven locations, mainly in the Odesa and Dnipropetrovsk regions"
                             r"|\b(?:hit|struck|reached)\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:mainly|mostly|chiefly|primarily|largely)\s+(?:in|on|at)\s+(?:the\s+)?$"
                             # "… missiles had struck an industrial enterprise and several private houses in the … district"
                             r"|\bstruck\s+(?:(?!down\b)[\w-]+\s+){4,8}?(?:in|on|at)\s+(?:the\s+)?$"
                             # "Neither missile was intercepted, and impacts were recorded in the Kharkiv and Sumy regions"
                             r"|\b(?:impacts?|hits?|strikes?)\s+(?:were|was|have\s+been|has\s+been)\s+(?:recorded|reported|registered)\s+(?:in|on|at)\s+(?:the\s+)?$"
                             r"|\b(?:damaged|injured|wounded|killed|hurt)\s+(?:in|on|at)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$"
                             # "… destroyed, adding that debris had fallen on the roof of a building in the Domodedovo district"
                             r"|\b(?:debris|fragments|wreckage)\s+(?:had\s+|has\s+|have\s+)?(?:fallen|fell|landed)\s+(?:[\w-]+\s+){0,7}?(?:in|on|at|near)\s+(?:the\s+)?"
                             r"(?:(?:village|town|city|settlement)\s+of\s+)?$",
                             regex.IGNORECASE)
# "a fence was destroyed", "the destruction of four Il-76 aircraft": an interception verb said of something on the ground
_DAMAGED = alternation(V["damaged_objects"])
RE_DAMAGED_OBJECT = regex.compile(
    # ("four HIMARS rocket launcher projectiles were destroyed": the projectiles, a launcher's, were downed)
    # (nor "five rockets from an RM-70 Vampire multiple rocket launcher had been destroyed": the rockets, the launcher's)
    r"(?<![\w-])(?=" + _DAMAGED + r"(?![\w-]))(?<!\b(?:rockets?|missiles?|projectiles?|shells?)\s+(?:(?:fired|launched)\s+)?(?:from|of|by)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4})"
    + _DAMAGED + r"(?![\w-])(?:\s+(?!(?:projectiles?|rockets?|missiles?|shells?|munitions?)\b)\w+){0,2}?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:destroyed|eliminated)\b"
    r"|\b(?:destruction\s+of|destroyed)\s+(?:(?!(?:over|above|near|in|at|on|by|with|and|drones?|UAVs?)\b)[\w-]+\s+(?:and\s+(?=[a-z]))?){0,3}?" + _DAMAGED + r"(?![\w-])",
    regex.IGNORECASE)

# "39 private houses had been damaged, five of them destroyed": what "of them" may speak of other than a weapon (things on
# the ground as news name them in lists of damage; not damaged_objects, which has launchers, radars and aircraft)
RE_DAMAGED_NOUN = regex.compile(r"(?<![\w-])(?:houses?|homes?|buildings?|apartments?|flats?|cars?|vehicles?|trucks?|garages?|sheds?|windows?"
                                 r"|roofs?|warehouses?|facilit(?:y|ies)|enterprises?)(?![\w-])", regex.IGNORECASE)
# "hit an airfield in the Saratov region with 40 drones": the drones of an attack that struck, not ones downed
RE_STRUCK_WITH = regex.compile(r"(?<![\w-])(?:hit|struck|attack(?:s|ed|ing)|target(?:s|ed|ing))\s[^,;:.]{0,60}?\bwith\s+$", regex.IGNORECASE)
# A question, not a claim: "… gave no details on whether they were intercepted", "did not say if any were downed"
QUESTIONED_NEEDS = (frozenset({"whether", "if"}),)
RE_QUESTIONED_BEFORE = regex.compile(
    r"(?<![\w-])(?:whether|if)\s+(?:they|it|any|anything|the\s+\w+|any\s+\w+)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+$", regex.IGNORECASE)
# A denial, not a claim: "the governor dismissed reports on Telegram channels that air defence had shot down a drone"
DENIED_NEEDS = (frozenset({"dismissed", "denied", "denies", "refuted", "rejected", "debunked", "channels", "bloggers", "true", "untrue",
                           "false", "fake"}),)
# … or told as a report and called untrue after it: "Information that two drones were shot down over the city tonight is not true"
RE_REPORT_THAT_BEFORE = regex.compile(r"(?<![\w-])(?:information|reports?|claims?|rumou?rs?|news)\s+that\s+(?:[\w'’-]+\s+){0,6}$",
                                      regex.IGNORECASE)
RE_UNTRUE_AFTER = regex.compile(r"[^.;]{0,80}?\b(?:is|are)\s+(?:not\s+true|untrue|false|(?:a\s+)?fake)\b", regex.IGNORECASE)
RE_DENIED_BEFORE = regex.compile(r"(?<![\w-])(?:dismissed|denied|denies|refuted|rejected|debunked)\s+(?:[\w'’-]+\s+){0,8}?"
                                 r"(?:reports?|claims?|rumou?rs?|posts?|allegations?)\b[^.;]{0,80}?\bthat\s+(?:[\w'’-]+\s+){0,5}$"
                                 # "several channels published videos … and claimed that three drones had been destroyed": no one's claim
                                 r"|(?<![\w-])(?:channels|bloggers)\b[^.;]{0,80}?\b(?:claimed|alleged|reported|wrote|said)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}$",
                                 regex.IGNORECASE)
# A guess, not a claim: "what may have been more than one drone over Kaspiysk"
RE_HEDGE = regex.compile(r"\b(?:may|might|could)\s+have\s+been\b|\bwhat\s+(?:appeared|seemed)\s+to\s+be\b", regex.IGNORECASE)

# A clause that turns from what came before: "… but did not comment on the attacks in Dagestan"
RE_CONTRAST = regex.compile(r"\b(?:but|while(?!\s+\w+ing\b)|whereas|although|though)\b", regex.IGNORECASE)

DESTROYING_WORDS = frozenset({"destroyed", "destruction", "eliminated"})  # the words RE_DAMAGED_OBJECT needs
# And one of these, the first word of each object's name ("Il-76 aircraft": "il", which the digits end; see ONE_THE_OTHER_NEEDS).
DAMAGED_OBJECT_NEEDS = (DESTROYING_WORDS, frozenset(regex.match(r"[a-z]+", o.lower()).group() for o in V["damaged_objects"]))

# ", and" between two clauses: what was said of the first count is not said of the second.
# ", and 18 of those …"; "43 missiles were launched and 30 were shot down": a clause of its own
RE_AND_CLAUSE = regex.compile(r",\s*and\s+|\s+and\s+(?=\d[\d,]*\s+(?:were|was|had\s+been)\s)", regex.IGNORECASE)

# An interception verb used as an adjective, "debris from a downed drone": not a claim ("the number of downed drones has
# risen to six" is a count of them).
RE_ATTRIBUTIVE = regex.compile(
    r"(?:\b(?:a|an|the|(?<!\b(?:number|tally|count)\s+)of|from)\s+(?:(?-i:[a-z][\w-]*)\s+)?)" + alternation(["downed", "destroyed", "intercepted", "shot-down", "neutralized", "neutralised"])
    + r"\s+(?!by\b|over\b|in\b|near\b|above\b|on\b|at\b|and\b|or\b|as\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|all|a|an)\b)[\w-]+",  # not "our air defence in the south shot down four drones": a verb and its count
    regex.IGNORECASE,
)

# "over the region", "in the city": a place named earlier in the document.  Tried only where one of the
# prepositions' first words starts a word (stats.gates.Gated's anchors), not at every character.
_ANAPHORIC_WHAT = frozenset({"region", "city", "area", "republic", "peninsula", "district", "territory", "oblast", "krai", "sea",
                             "plant", "facility", "refinery", "airport"})  # "what" holds one
# "16 over Kyiv and the surrounding oblast": the region around the city named before
RE_SURROUNDING_REGION = regex.compile(r"(?<![\w-])(?:the\s+)?surrounding\s+(?:region|oblast|province)(?![\w-])", regex.IGNORECASE)
RE_ANAPHORIC_PLACE = Gated(regex.compile(
    r"(?<![\w-])(?:over|above|in|near|across|on|on\s+(?:the\s+)?approach(?:es)?\s+to|approaching|towards?|(?:headed|heading|flying)\s+(?:to|for|towards?)|bound\s+for"
    r"|(?<=[Dd]istrict )of|(?<=[Dd]istricts )of)\s+"  # "over the Kyivskyi district of the city": the city named before
    r"(?P<det>the\s+|his\s+|her\s+|their\s+|our\s+)?(?:skies\s+over\s+the\s+|territory\s+of\s+the\s+"  # "over his region": the speaker's
    r"|(?:(?:coastal|border|northern|southern|eastern|western|central)\s+)?(?:areas|parts|outskirts)\s+of\s+the\s+)?"  # "over the coastal areas of the region"
    r"(?P<what>" + alternation(_ANAPHORIC_WHAT | {"regional centre", "regional center", "regional capital"}) + r")(?![\w-])(?!\s+of\b)"
    r"(?:['’]s\s+(?:territory|skies|airspace))?",
    regex.IGNORECASE,
), _ANAPHORIC_WHAT,
    anchors=frozenset({"over", "above", "in", "near", "across", "on", "approaching", "toward", "headed", "heading", "flying", "bound", "of"}), twin=True)
ANAPHORIC_PLACE_NEEDS = (_ANAPHORIC_WHAT | {"centre", "center", "capital"},)  # the word "what" ends with, whole (see ONE_THE_OTHER_NEEDS)

RE_ALSO = regex.compile(r"\balso\b", regex.IGNORECASE)
# the end of a line: what follows a heading
RE_LINE_END = regex.compile(r"[ \t]*\r?\n")
_NIGHT_TO = r"(?:the\s+)?night\s+(?:to|of|into|before)\s"  # "the night to Thursday", "night of 24 February"
# a paragraph that opens with its day: "On December 30, …", "The night to Thursday."
RE_OPENING_TIME = regex.compile(r"\s*(?:(?:on|in|at|late|early)\s+)?(?:" + _NIGHT_TO + r"\s*)?$", regex.IGNORECASE)
# … and the night it tells of, dating the paragraph's claims: "The night to 24 February, the third anniversary …"
RE_NIGHT_HEADING = regex.compile(r"\s*(?:On\s+)?" + _NIGHT_TO, regex.IGNORECASE)
# "over the Black Sea off Anapa", "over the sea near Balaklava": the gap from a sea to the shore that says where on it.
RE_OFF_SHORE_GAP = regex.compile(
    r"^\s*,?\s+(?:near|off|close\s+to|not\s+far\s+from|in\s+the\s+(?:area|vicinity)\s+of|on\s+(?:the\s+)?approach(?:es)?\s+to)\s+(?:the\s+)?(?:(?:coast|shores?)\s+of\s+(?:the\s+)?)?$",
    regex.IGNORECASE)  # "over the sea in the area of Lyubimovka and Cape Fiolent"

# "northwest of Moscow", "some 450 km southeast of Moscow": a place used as a reference point.
# where the weapons were fired from: "Kalibr missiles fired from a Russian ship in the Black Sea", "launched from Crimea"
RE_LAUNCHED_FROM_BEFORE = Tail(regex.compile(
    r"(?<![\w-])(?:fired|launched)\s+from\s+(?:(?:the|a|an)\s+)?(?:(?:(?!(?:launchers?|systems?|MLRS)\b)[\w-]+\s+){0,3}(?:in|on|off|over)\s+(?:the\s+)?)?$"
    # "… cruise missiles from strategic bombers flying over the Caspian Sea, as well as from warships in the Black Sea"
    r"|(?<![\w-])from\s+(?:[\w-]+\s+){0,2}?(?:bombers|aircraft|planes|warships|ships|submarines|carriers)\s+(?:flying\s+|operating\s+)?(?:over|in|on|off)\s+(?:the\s+)?$",
    regex.IGNORECASE))  # not "five rockets fired from HIMARS launchers over Energodar": where they were downed
# "… from strategic bombers over the Caspian Sea and warships in the Black Sea": the next platform of a launch, and where it was
RE_PLATFORM_JOINT = regex.compile(r"^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:from\s+)?(?:[\w-]+\s+){0,2}?(?:bombers|aircraft|planes|warships|ships|"
                                  r"submarines|carriers|vessels)\s+(?:flying\s+|operating\s+)?(?:over|in|on|off)\s+(?:the\s+)?$", regex.IGNORECASE)
# a place that names an administration: "the Lviv Regional Military Administration", "the Kyiv City State Administration"
RE_ADMINISTRATION_AFTER = regex.compile(r"\s+(?:(?:regional|city|oblast|district)\s+)?(?:(?:military[-\s]civil(?:ian)?|civil(?:ian)?[-\s]military|military|state)\s+)?"
                                        r"administration(?![\w-])", regex.IGNORECASE)
# a front's axis named by a town: "attacks in the Kupiansk and Lyman directions", "on the Zaporizhzhia axis"
RE_FRONT_AFTER = regex.compile(r"(?:\s*(?:,|and)\s+(?:the\s+)?\p{Lu}[\w-]*)*\s+(?:directions?|axis|axes|sectors?)(?![\w-])", regex.IGNORECASE)
RE_REFERENCE_BEFORE = Tail(regex.compile(
    r"(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?|km|kilometers|kilometres|miles)\s+(?:of|from)|border\s+with|bordering)\s+(?:the\s+)?$",
    regex.IGNORECASE,
))
RE_REFERENCE_PHRASE = regex.compile(
    r",?\s*(?:some\s+|about\s+)?(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+[^,;]+?(?=,|$)",
    regex.IGNORECASE,
)
# "the head of [the city of] Novorossiysk, X, wrote": a town's head, whose name ends at a comma or a verb of saying
RE_OF_CITY_AFTER = regex.compile(r"\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?=\p{Lu})")
RE_HEADED_TOWN_ENDS = regex.compile(r"\s*(?:[,(]|\s(?:said|says|wrote|writes|reported|reports|told|posted|announced|added)\b)")
# A word that makes the name before it a place's: "the Nikolayev region" (Nikolayev also heads Chuvashia)
RE_PLACE_NOUN_AFTER = regex.compile(r"\s+(?:region|oblast|district|krai|territory|province)\b", regex.IGNORECASE)
# A sentence that opens another statement: "Earlier, …", "Meanwhile, …", "Separately, …".
RE_NEW_STATEMENT = regex.compile(r"\W*(?:Earlier|Meanwhile|Separately|Elsewhere|(?:That|This|It)\s+(?:came|followed)\s+(?:after|a\s+day\s+after))\b")
# "An hour later", "About an hour later", "Twenty minutes later", "A few hours later", in any case
_MINUTES_LATER = (r"(?i:(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|several|\d+)"
                  r"\s+(?:few\s+)?(?:minutes?|hours?)\s+later)")
# A statement made later the same day by the claimant of the claim before: "Later, the governor added …", "About an hour later he wrote …"
# "…; he did not say when": a statement the text says gives no time
RE_NO_TIME_TOLD = regex.compile(r"(?<![\w-])(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|without)\s+(?:say|saying|specify|specifying)\s+when\b", regex.IGNORECASE)
# "Around lunchtime Bogomaz reported that two more …": an hour of the day named by a meal or the sun's height
RE_LATER_SAME_DAY = regex.compile(r"\W*(?:Later(?:\s+(?:that|in\s+the)\s+day)?\s*,|" + _MINUTES_LATER + r"\b|"
                                  r"(?:(?:at|around|about|by|towards?|shortly\s+(?:before|after))\s+)?(?:lunchtime|midday|noon)\b)", regex.IGNORECASE)
# "shot down by Pantsir systems", "suppressed by electronic warfare": what downed them
RE_BY_MEANS = regex.compile(
    r"\bby\s+(?:the\s+)?(?:Pantsir|S-[34]00|Tor|Buk|Patriot|IRIS-T|NASAMS|electronic\s+warfare|EW\b|mobile\s+fire\s+groups?|fighter\s+jets?|"
    r"(?:army\s+|military\s+)?aviation|helicopters?|anti-aircraft\s+gunners)", regex.IGNORECASE)
RE_LATER_STATEMENT = regex.compile(  # also "An hour later" and the like (_MINUTES_LATER)
    r"\W*(?:" + _MINUTES_LATER + r"|(?:Hours|Minutes|Moments)\s+later|Later|Earlier|Subsequently|Afterwards|Then)\b")
# "Later in the day he said two more drones had been destroyed", "Over the previous night, it said, 105 drones …": the
# speaker of the statement before ("it": an institution's)
RE_SPEAKER_PRONOUN = regex.compile(
    r"\b(?P<who>he|she|it)\s+(?:said|added|wrote|reported|stated|noted|announced|recalled|posted|summed\s+up)\b|\baccording\s+to\s+(?P<who>him|her|it)\b", regex.IGNORECASE)

# A relative clause about a place: "…, where Governor X said …" does not attribute the count before it.
RE_RELATIVE_WHERE = regex.compile(r",\s*where\s+(?:\p{Lu}[\w.’'-]*\s+){0,3}$")

# "the Crimean port of Sevastopol", "the Kursk region's town of Rylsk": the second name is the place.
RE_PORT_OF = regex.compile(
    r"^(?:['’]s)?\s+(?:(?:resort|seaside|port)\s+)?(?:port|city|town|village|resort|settlement|naval\s+base|base|capital|region['’]s\s+(?:city|town|village))\s+(?:city\s+)?of\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# the words a place's name was found with before it: "resort town of " in "resort town of Anapa"
RE_PLACE_PREFIX = regex.compile(r"(?:(?:the|[a-z]+)\s+)+of\s+(?:the\s+)?")
# "the Defense Ministry in Moscow", "officials in Kyiv": where a speaker sits.
RE_INSTITUTION_BEFORE = regex.compile(
    r"(?:ministry|officials|authorities|government|embassy|spokesman|spokeswoman|spokesperson|correspondent|headquarters|journalists|reporters)\s+in\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# "Air defences in Crimea shot down a drone over …": where the defences stand.
RE_AIR_DEFENCES = regex.compile(r"(?<![\w-])(?:air[\s-]+defen[cs]es?|anti[\s-]*aircraft|AD\s+systems|Pantsir|S-[34]00|Buk|Patriot)(?![\w-])", regex.IGNORECASE)
RE_DEFENCES_IN_BEFORE = regex.compile(r"\bair\s+defen[cs]es?(?:\s+(?:forces|systems|units))?\s+in\s+(?:the\s+)?$", regex.IGNORECASE)
# "a drone over the Black Sea Fleet headquarters in Sevastopol": a building the drone was over, not a speaker.
RE_SITE_IN_BEFORE = regex.compile(r"\b(?:over|above|near|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}headquarters\s+in\s+(?:the\s+)?$", regex.IGNORECASE)
# "48 of the drones were over the Kursk region": after a count, in a sentence that continues a claim;
# "– four attack UAVs – near Ochakiv", "- 91 enemy drones of different types over Sumy, …": a line of a list after "… destroyed:"
RE_AFTER_COUNT_OVER = regex.compile(  # (also across an aside: "One of them, according to the ministry, was over …")
    r"(?:\s+[\w–—-]+){0,6}?(?:\s*,\s*according\s+to\s+[^,.;]{1,50},(?:\s+[\w–—-]+){0,3}?)?\s+(?:(?:[-–—]\s*)?(?:over|above)|[-–—]\s*(?:near|off))\s+(?:the\s+)?(?:(?:territory|waters|water\s+area|skies|airspace)\s+(?:of|over)\s+(?:the\s+)?)?\p{Lu}"
)
# "— 11 in the Slavyansky district;": a list's line, a count and where
RE_LINE_COUNT_IN = regex.compile(r"(?:(?:about|around|at\s+least|more\s+than|up\s+to)\s+)?\d{1,4}\s+(?:in|near|over|above|off)\s+(?:the\s+)?\p{Lu}", regex.IGNORECASE)
# "In total, 6 drones.", "Total: 37 UAVs": a line that only sums the counts just told, with no verb
RE_TOTAL_LINE = regex.compile(
    r"[\s\"“]*(?:in\s+total|in\s+all|all\s+told|altogether|total)\s*[,:—–-]?\s*(?:(?:more\s+than|over|about|at\s+least|up\s+to|nearly|almost)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:\s+(?:[\w-]+\s+)?(?:" + alternation(list(WEAPON_OF)) + r"|(?:air\s+)?targets|objects))?\s*[.;!]?[\s\"”]*",
    regex.IGNORECASE)
# "The Kursk region accounted for 30 of them", "Tula came next with 39", "Kaluga and Bryansk reported 26 and 21": words
# that tell the share of a place in the count just told, in a sentence that continues a claim but has no verb of downing
_TALLY_VERBS = ("saw", "had", "took", "recorded", "registered", "logged", "reported", "counted")
RE_BREAKDOWN = regex.compile(
    r"(?<![\w-])(?:account(?:ed|s|ing)?\s+for|came\s+next|next\s+came|followed\s+by|respectively"
    r"|(?:most|largest|biggest|highest|heaviest)\s+(?:number|share|tally|count)"
    r"|(?:" + "|".join(_TALLY_VERBS) + r")\s+(?:the\s+)?(?:most|largest|heaviest|biggest|highest|lion's)"
    r"|(?:" + "|".join(_TALLY_VERBS) + r")\s+(?:(?:about|some|around|nearly|roughly|another|a\s+further)\s+)?(?:\d|(?:"
    + "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("both", "single", "a", "an")) + r")(?![\w-]))"
    r"(?![\d,.]*\s+(?:explosions?|blasts?|strikes?|hits?|attacks?|fires?|people|persons|injured|wounded|casualties|houses|buildings)(?![\w-])))",
    regex.IGNORECASE)  # not "reported three explosions"
BREAKDOWN_NEEDS = (frozenset({"accounted", "account", "accounts", "accounting", "came", "followed", "respectively", "number", "share", "tally",
                              "count", *_TALLY_VERBS}),)
RE_PLACE_OWN_COUNT = regex.compile(r"(?:\s+(?:district|region|oblast|okrug|raion))?(?:\s*(?:[–—]|\s-)\s*\d|\s+\d{1,4}(?=\s*(?:[,;.]|$)))",
                                   regex.IGNORECASE)  # "Trubchevsk district – 1", "…, Kursk 11, Ryazan 9"
RE_LINE_OPENS = regex.compile(r"[\s\"“]*(?:(?:\d{1,2}[.)]|[" + regex.escape(BULLETS) + r"*])[\s\"“]*)?")  # what may stand before a sentence's words: "3. ", "• “"
RE_ENUMERATOR_AFTER = regex.compile(r"[.)]\s+\p{Lu}")  # after the number of a numbered list's line ("2. Kursk region — 14")
# a count in words on a list's line: "nine", "twenty-seven", "forty"
_WORD_COUNT = r"(?i:" + _TENS_UNITS + r"|" + alternation(_UNITS) + r")"
# "6 (Kharkov region), 5 (Kherson region)": a count, then its place in brackets
RE_COUNT_PAREN_PLACE = regex.compile(r"(?<![\w.,-])(?:\d{1,3}|" + _WORD_COUNT + r")\s*\(\s*(?:the\s+)?\p{Lu}")
RE_CLOSE_PAREN = regex.compile(r"\s*\)")
# A list's line that tells its count first, a dash, then the place: "9 – Rylsky district;", "3 – the city of Kursk;"
RE_COUNT_DASH_LINE = regex.compile(r"[ \t]*(?:[" + regex.escape(BULLETS) + r"*][ \t]*)?(?:\d{1,4}|" + _WORD_COUNT + r")[ \t]*[–—-][ \t]*(?:(?i:the)[ \t]+)?(?:(?i:city|town)[ \t]+of[ \t]+)?\p{Lu}")
RE_HOW_MANY_BEFORE = regex.compile(r"(?:\d{1,2}|" + _WORD_COUNT + r"|(?:a|half\s+a|two|three)\s+dozen)\s+$")  # "over 13 regions", "over a dozen regions": how many, not how many drones
RE_HOW_MANY_OTHER_BEFORE = regex.compile(r"(?:several|a\s+few|many|some|a\s+number\s+of)\s+$", regex.IGNORECASE)  # "and several other regions"
RE_DASH_PLACE_GAP = regex.compile(r"[ \t]*[–—-][ \t]*(?:(?i:the)[ \t]+)?(?:(?i:city|town)[ \t]+of[ \t]+(?:the[ \t]+)?)?")  # between the count and its place
# "• Defence Ministry. ": a bullet's label, naming whose figures follow (stats.text keeps it in the bullet's first sentence)
RE_BULLET_LABEL = regex.compile("[" + regex.escape(BULLETS) + r"]\s*(?:\p{Lu}[\w'’-]*)(?:\s+[\w'’-]+){0,2}\.\s+")
# "|---|:---:|", "+----+----+": the rule under a table's heading
RE_TABLE_RULE = regex.compile(r"[\s|:+=-]*")
# "By region: Kursk 27, Bryansk 19": a list of places each followed by its count, in a sentence that continues a claim
# "Bryansk 14, Belgorod 12, Kursk 9, Crimea 4.": a sentence that is only such a list
_NAME_COUNT = r"(?-i:\p{Lu})[\w'’-]+(?:\s+(?:region|oblast|krai|republic))?\s+\d{1,4}"
RE_NAME_COUNT_LIST = regex.compile(r"\W*" + _NAME_COUNT + r"(?:\s*(?:,|;|and|,\s*and)\s*" + _NAME_COUNT + r")+\s*[.;]?\s*", regex.IGNORECASE)
RE_BY_REGION = regex.compile(r"\W*(?:By|Per)\s+(?:regions?|areas?|territory|territories|districts?|oblasts?)\s*:", regex.IGNORECASE)
_LINE_COUNT = r"(?:\d+|" + _WORD_COUNT + r")"
_LINE_NOUN = r"(?:drones?|UAVs?|missiles?|rockets?)"
# "Kursk region – 27", "Bryansk Oblast: 19 drones": a line of a list by region, in a sentence that continues a claim.
# Or a comma, when the count closes the line or its stretch of the list ("Bryansk region, 21; Kursk region, 14;", "– over
# the Moscow region, six, all of which …"): not "over the Kursk region, 12 over …", nor a year ("region, 2024.").
_COMMA_COUNT_ENDS = r"\s*(?:[;.]|$|,\s*(?:all|of\s+which|including)\b)"
RE_COMMA_COUNT = regex.compile(r"\s*,\s*")
RE_COMMA_COUNT_ENDS = regex.compile(_COMMA_COUNT_ENDS, regex.MULTILINE)
# "…, nine over each", "…, nine each", "…, with nine over each of them": the count of each place of the list before
RE_EACH_TOLD_AFTER = regex.compile(r"\s*,\s*(?:with\s+)?(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?:(?:over|above|in|on)\s+)?(?:each(?:\s+of\s+them)?|apiece)(?![\w-])",
                                   regex.IGNORECASE)
EACH_TOLD_AFTER_NEEDS = (frozenset({"each", "apiece"}),)
# "The ministry named the Bryansk region (34), the Kursk region (23) … among them": places with their counts in brackets
RE_PLACE_PAREN_COUNT = regex.compile(r"(?:\p{Lu}[\w-]*|(?i:region|oblast|krai|republic|territory|district))\s+\(\d{1,4}\)[^(]{1,40}?"
                                     r"(?:\p{Lu}[\w-]*|(?i:region|oblast|krai|republic|territory|district))\s+\(\d{1,4}\)")
RE_PLACE_DASH_COUNT = regex.compile(  # (a hyphen with no space either side joins a name: not "Shahed-136,")
    r"(?:\p{Lu}[\w-]*|regions?|oblasts?|krai|republic|districts?|capital)(?:(?:\s*[–—:]\s*|\s+-\s*|-\s+)" + _LINE_COUNT + r"\s*" + _LINE_NOUN + r"?(?:\s+each)?"  # "- 2 each"
    r"(?:\s+and\s+" + _LINE_COUNT + r"\s+" + _LINE_NOUN + r")?\s*(?:[,;.(]|$)"  # "(": "Moscow region: 12 (including 5 …)"; "– 11 UAVs and 4 rockets;"
    r"|,\s*(?:\d{1,3}|" + _WORD_COUNT + r")(?:\s+" + _LINE_NOUN + r")?" + _COMMA_COUNT_ENDS + r")",
    regex.MULTILINE,
)

# "X said two drones were shot down over A, while Y reported one downed near B": where one statement ends and another,
# by someone else, begins within a sentence
RE_STATEMENT_JOINT = regex.compile(r";\s+|,\s+(?:while|whereas)\s+")
# "Russia said on Saturday its air defences had destroyed 32 drones", "Moscow says it downed …": the news agencies' short
# for the Defence Ministry, when the country itself is the one that speaks
_COUNTRIES, _COUNTRY_VERBS = ("Russia", "Moscow"), ("said", "says", "claimed", "claims", "reported")
COUNTRY_SAID_NEEDS = (frozenset(c.lower() for c in _COUNTRIES), frozenset(_COUNTRY_VERBS))
RE_COUNTRY_SAID = Gated(regex.compile(r"(?<![\w-])(?:" + "|".join(_COUNTRIES) + r")\s+(?:" + "|".join(_COUNTRY_VERBS) + r")(?![\w-])"),
                        frozenset(f"{c.lower()} {v}" for c in _COUNTRIES for v in _COUNTRY_VERBS))
# "Air defence systems went into action over Belgorod", "our air defence was working over the city": where the
# defences worked, for a next sentence's "all the targets were shot down" that names no place
RE_DEFENCES_AT_WORK = regex.compile(
    r"""air[-\s]defen[cs]es?(?:\s+(?:system|systems|forces|units|means))?\s+(?:\w+\s+){0,2}?
    (?:worked|was\s+working|were\s+working|went\s+into\s+action|was\s+activated|were\s+activated|operated|was\s+operating|were\s+operating|(?:was|were)\s+in\s+action)
    (?![\w-])""",
    regex.VERBOSE | regex.IGNORECASE)
# "all drones were destroyed", "destroyed all the UAVs": the count the claim stated was the whole attack.
RE_ALL_INTERCEPTED = regex.compile(
    r"""(?<![\w-])(?<!not\s)all\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?  # all, all of the
    (?:(?!""" + _WORD_COUNT + r"""(?![\w-]))[^\W\d]+\s+){0,2}?                    # up to two modifiers, no number ("all ten drones": a count)
    (?:drones|UAVs|devices|aircraft|targets|missiles|rockets|unmanned\s+aerial\s+vehicles)(?![\w-])
    | (?<![\w-])all\s+of\s+them\s+(?:\w+\s+){0,3}?""" + _DOWNED + r"""(?![\w-])  # "… and that all of them had been destroyed"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ALL_INTERCEPTED_NEEDS = (frozenset({"all"}),)
# "Targets were shot down", "Several UAVs were destroyed": some, with no number, opening a sentence
RE_TARGETS_WERE_DOWNED = regex.compile(r"(?:the\s+|several\s+|some\s+|a\s+few\s+|a\s+number\s+of\s+)?(?:air\s+)?(?:targets|drones|UAVs)\s+(?:were|have\s+been|had\s+been)\s+" + _DOWNED + r"(?![\w-])",
                                       regex.IGNORECASE)


# A sentence about an attack or its interception (for dating claims that state no time).
RE_ATTACK = regex.compile(r"(?<![\w-])(?:drones?|UAVs?|unmanned|missiles?|rockets?|attack(?:s|ed)?|air\s+defen[cs]es?|shot\s+down|intercepted|destroyed|downed|explosions?)(?![\w-])", regex.IGNORECASE)
RE_ATTACK = Gated(RE_ATTACK, frozenset({"drone", "uav", "unmanned", "missile", "rocket", "attack", "defen", "shot", "intercepted", "destroyed", "downed",
                                        "explosion"}),
                  anchors=frozenset({"drone", "uav", "unmanned", "missile", "rocket", "attack", "air", "shot", "intercepted", "destroyed", "downed",
                                     "explosion"}))


def first_words(phrases) -> frozenset[str]:
    """The lower-case first word of each phrase: a cheap test before running a pattern.

    >>> sorted(first_words(["shot down", "Intercepted", "aircraft-type drone"]))
    ['aircraft', 'intercepted', 'shot']
    """
    return frozenset(regex.split(r"[\s\-‐']+", p.strip().lower())[0] for p in phrases if p.strip())


RE_WORDS = re.compile(r"[a-z]+")  # ASCII only, the same in both engines; the standard one is faster at it
AZ_OR_SPACE = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # for bytes.translate: a-z kept, any other byte a space
RE_ASCII_DIGIT = re.compile(r"[0-9]")  # ASCII only, the same in both engines
INTERCEPTION_WORDS = first_words(V["interception_verbs"])
WEAPON_WORDS = first_words(WEAPON_OF) | {"drones", "uavs"}
NUMBER_WORD_SET = frozenset(w for phrase in NUMBER_WORDS for w in phrase.split())
EVENT_WORDS = first_words(c for spec in V["events"].values() for c in spec["cues"])


# ---- The claim grammar (used by stats/extract.py) ----

RE_SPACES = regex.compile(r"\s+")


def squeeze_spaces(text: str) -> str:
    """``RE_SPACES.sub(" ", text)``: each run of whitespace as one space.

    A printable text has no whitespace but the space (every other character
    of ``\\s`` is a control or a separator, which ``str.isprintable`` refuses);
    without two spaces in a row it is then left as it is, with no regex run.

    >>> squeeze_spaces("Governor  Alexander\\nBogomaz"), squeeze_spaces("Governor Bogomaz")
    ('Governor Alexander Bogomaz', 'Governor Bogomaz')
    """
    if text.isprintable() and "  " not in text:
        return text
    return RE_SPACES.sub(" ", text)
RE_NAME_PIECES = regex.compile(r"[\s,]+|[^\s,]+")  # the words and separators of a claimant's name
RE_TITLE_QUALIFIER_BEFORE = regex.compile(r"(?<![\w-])(?:regional|region|city|district|oblast|town)\s+$")  # "city" before "military administration"
RE_CAPITALISED_BEFORE = regex.compile(r"(\p{Lu}[\p{L}-]*)\s+$")  # "Governor Alexander" before "Bogomaz"
# "fifty-seven drones and " before a count: the count before it, one noun between, joined by "and"
RE_JOINED_COUNT_BEFORE = Tail(regex.compile(r"(?<![\w-])(?:\d[\d,]*|" + _WORD_COUNT + r")\s+(?:[\w-]+\s+){1,2}and\s+$"))
RE_OF_THESE_ONLY = regex.compile(r"\s+of\s+(?:these|them|those|which)\b", regex.I)  # "18 of those"
# "over the same period": the period told before, a tally's when the sentences before told one
RE_SAME_PERIOD = regex.compile(r"(?<![\w-])(?:over|in|during|for)\s+the\s+same\s+period(?![\w-])", regex.IGNORECASE)
SAME_PERIOD_NEEDS = (frozenset({"same"}), frozenset({"period"}))
# "The missiles were shot down over Dnipropetrovsk oblast.": the ones of that type a list counted before, no number of its own
RE_THE_TYPE_DOWNED = regex.compile(
    r"\s*(?:according\s+to\s+(?:him|her|it|the\s+(?:ministry|statement|report|summary|post)),\s*)?(?:all\s+(?:of\s+)?)?the\s+(?!(?:remaining|other|rest|last|first)\b)(?:[\w/-]+\s+){0,2}?(?P<noun>missiles|rockets|bombs|drones|UAVs)"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted)(?![\w-])", regex.IGNORECASE)
RE_OF_WHICH_NOT_DOWNED = regex.compile(  # "19 over the Kursk region, both of which border Ukraine": of the places, no count
    r"\s+of\s+which\s+(?!(?:were|was|had|have|fell|crashed|came|went|hit|got|[\w-]+ed)\b)[a-z]+\b", regex.I)
RE_SUBJECT_VERB = regex.compile(r"\b(?:followed|recorded|saw|accounted|registered)\b")  # "Kaluga followed with nine"
RE_RESPECTIVELY_WORD = regex.compile(r"\brespectively\b")

RE_MONTH_NEAR = regex.compile(  # "May 5", and the end of a night's range, "the night of November 4 to 5"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*"
    r"(?:[0-3]?\d\s+(?:to|into)\s+|[0-3]?\d[-–])?$"  # not "Oct 19 – Two drones …", a dateline's dash
)
RE_MONTH_AFTER = Twin(regex.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
))
RE_REMAINING_WORD = Twin(regex.compile(r"(?<![\w-])(?:the\s+)?(?:remaining|rest\s+of\s+the|other)(?![\w-])", regex.IGNORECASE))
RE_REMAINING_BEFORE = regex.compile(r"(?<![\w-])the\s+remaining\s+$", regex.IGNORECASE)  # "the remaining eight over A and B"
# "24 over the Krasnodar region and the rest (the remaining ones, the others) over the Black Sea": the count left of the
# total, its noun left out
_DOWNED_THERE = r"(?=(?:\s*[–—-])?\s+(?:(?:were|was|had\s+been)\s+)?(?:\w+\s+){0,2}?(?:over|above|in|near|off)\s)"  # "[were] [brought down] over …", "– over …"
# "… three over the Kingisepp district, and \"several more\" over the Vyborg district": more, told with no number
RE_VAGUE_MORE_BEFORE = regex.compile(r"(?<![\w-])(?:several|a\s+few|some|many|a\s+number)\s+more\b[\"”’']?\s+(?:[\w-]+\s+){0,2}?(?:over|above|near|in)\s+(?:the\s+)?$",
                                     regex.IGNORECASE)
# "Governor Bocharov said that the attack had been repelled": downings, told with no weapon's name
RE_ATTACK_REPELLED = regex.compile(r"(?<![\w-])(?:attacks?\s+(?:[\w-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                                   r"(?:successfully\s+)?(?:repelled|repulsed|thwarted|foiled)"
                                   r"|(?:repelled|repulsed|thwarted|foiled)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?attacks?)(?![\w-])", regex.IGNORECASE)
# "the Soviet-made jet drones, which were flying at low altitude, had been intercepted": the drones told of before
RE_THE_DRONES = regex.compile(r"(?<![\w-])the\s+(?:[\w-]+\s+){0,3}?(?:drones|UAVs|unmanned\s+aerial\s+vehicles)(?![\w-])", regex.IGNORECASE)
RE_DRONES_ATTACKED = regex.compile(r"(?<![\w-])(?:drones|UAVs)\s+(?:attacked|targeted|struck\s+at|tried\s+to\s+attack)(?![\w-])", regex.IGNORECASE)
RE_IT_WAS = regex.compile(r"(?<![\w-])it\s+(?:was|had\s+been)\s", regex.IGNORECASE)  # one downed: "… said it was shot down"
RE_ONE_WORD = regex.compile(r"(?<![\w-])(?:a|an|one)(?![\w-])", regex.IGNORECASE)  # "a small drone": one, its weapon after it
RE_ONE_WHICH_WAS = regex.compile(r"\s*,\s*which\s+was\s", regex.IGNORECASE)  # "… and one missile, which was intercepted over …"
RE_LIST_LEAD_AFTER = regex.compile(r"\s*[:,—–-]\s")  # "48 drones: seven each over …", "48 drones, seven each over …": the list it leads
RE_BRUNT_GAP = regex.compile(r"\s+(?:took|bore|suffered)\s+the\s+brunt(?:\s+of\s+(?:the\s+)?(?:attack|raid|it))?\s*(?:[:,—–-]|with)\s*", regex.IGNORECASE)
RE_SINCE_NIGHT_BEGAN = regex.compile(r"\b(?:in\s+total|in\s+all|altogether|overall),?\s+since\s+(?:the\s+(?:beginning\s+of\s+the\s+night|evening|night)|midnight)\b",
                                     regex.IGNORECASE)  # "In total, since the beginning of the night, 11 UAVs …": all of the night's posts
# "posted several updates during the night, first reporting three …", "In a summary published at 06:40": the posts of a night, told
RE_POSTS_TOLD = regex.compile(r"\b(?:posted|published|wrote|gave)\s+(?:several|a\s+series\s+of|multiple|a\s+number\s+of|regular)\s+(?:updates|posts|messages)\b"
                              r"|\bfirst\s+report(?:ing|ed)\b|\b(?:began|started)\s+(?:reporting|posting)\b|\bin\s+(?:a|his|her|the)\s+(?:morning\s+)?(?:summary|final\s+(?:post|update))\b", regex.IGNORECASE)
# a quote that opens with its cue ('At 03:05 he wrote: "In total, since the evening, … have destroyed 16 UAVs"'); a sentence
# that does is RE_OPENING_TOTAL_CUE's
RE_QUOTE_OPENS_TOTAL = regex.compile(r":\s*[\"“]?\s*(?:In\s+total|In\s+all|Altogether|Overall),", regex.IGNORECASE)  # (quotes read as spaces)
RE_TOTAL_ACCORDING = regex.compile(r"\W*(?:In\s+total|In\s+all|Altogether|Overall),\s+according\s+to\s+[^,.;]{1,60},\s*", regex.IGNORECASE)
RE_LAST_JOINED = regex.compile(r"[^;.:]*[^\s,;.:]\s+and\s+")  # "… near the town of Kirov and ": the last of a list joined by "and"
RE_PLACE_RIGHT_AFTER = regex.compile(r"\s+(?:each\s+)?(?:[\w-]+\s+){0,3}?(?:over|above|near|in|on)\s", regex.IGNORECASE)  # a count's own place after it
RE_WHERE_COUNT = regex.compile(r"\s*,\s*where\s+(?:(?:a\s+further|another|some|a\s+total\s+of)\s+)?", regex.IGNORECASE)  # "…, where 33 UAVs were …"
# "one in ten", "one in every five": a ratio, its sentence a statistic and no claim
RE_RATIO = regex.compile(r"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)(?![\w-])",
                         regex.IGNORECASE)
RATIO_NEEDS = (frozenset({"in", "out"}),)  # "one in ten", "nine out of ten"
REST_WORDS = frozenset({"rest", "remainder", "balance", "remaining", "others"})  # RE_THE_REST's words
NAMED_WORDS = frozenset({"named", "listed", "mentioned"})  # RE_NAMED_WITHOUT_FIGURES_BEFORE's verbs
RE_REST_CLAUSE_BEFORE = regex.compile(r"(?:^|(?<![\w-])that\s+|[,;:]\s+)$")  # "… said that the rest …", a clause the rest opens
RE_THE_REST = regex.compile(r"(?<![\w-])the\s+(?:rest|remainder|balance|remaining(?:\s+ones)?|others)" + _DOWNED_THERE, regex.IGNORECASE)
# "29 were shot down over the Bryansk region, and the Kursk and Oryol regions accounted for the rest": the places before it took the rest
RE_PLACES_ACCOUNT_FOR = regex.compile(r"(?:\s*(?:,|and)\s+(?:the\s+)?\p{Lu}[\w-]*)*\s+(?:regions?\s+|oblasts?\s+)?account(?:ed|s)?\s+for\b", regex.IGNORECASE)
RE_ACCOUNTED_FOR_REST = regex.compile(r"(?<![\w-])account(?:ed|s)?\s+for\s+the\s+(?:rest|remainder|remaining\s+(?:ones|drones|UAVs))(?![\w-])", regex.IGNORECASE)
# "Eight were downed over the Oryol region and as many over the Kaluga region": the count before, again
RE_AS_MANY = regex.compile(r"(?<![\w-])as\s+many(?!\s+as\b)" + _DOWNED_THERE, regex.IGNORECASE)
AS_MANY_NEEDS = (frozenset({"many"}),)
REMAINING_WORD_NEEDS = (frozenset({"remaining", "rest", "other"}),)
# "half of them over the Bryansk region": a share of the count just told, its own count only where the share is exact
FRACTIONS = {"half": (1, 2), "a third": (1, 3), "one third": (1, 3), "two thirds": (2, 3), "a quarter": (1, 4),
             "one quarter": (1, 4), "three quarters": (3, 4), "most": None, "the majority": None, "the bulk": None}
RE_FRACTION_OF = regex.compile(
    r"(?<![\w-])(?:(?P<qual>more\s+than|over|almost|nearly|about|roughly|some|around)\s+)?"
    r"(?P<share>half|(?:a|one)\s+third|two[\s-]+thirds|(?:a|one)\s+quarter|three[\s-]+quarters|most|the\s+(?:majority|bulk))"
    r"\s+of\s+(?:them|these|those|the\s+(?!(?:night|day|morning|evening|afternoon|week|weekend|month|year|time|period|war|country|region)\b)(?=\w))",
    regex.IGNORECASE)  # (not "alerts that lasted most of the night")
RE_SHARE_OVER = regex.compile(RE_FRACTION_OF.pattern + r"\w*\s+(?:(?:were|was)\s+(?:\w+\s+){0,2}?)?(?:over|above|in|near|off)\s", regex.IGNORECASE)
FRACTION_NEEDS = (frozenset({"half", "third", "thirds", "quarter", "quarters", "most", "majority", "bulk"}),)
RE_MORE = regex.compile(r"\b(?:another|more(?!\s+than\b)|additional|further|" + _ONE_MORE_ORDINAL + r")\b", regex.IGNORECASE)  # not the qualifier "more than ten"
RE_QUOTES = regex.compile(r"[\"“”«»]")
RE_SINGLE_QUOTED = regex.compile(r"(?<![\w'’])['‘](\w[^'‘’\n]{0,40}?\w)['’](?![\w'’])")  # "four 'mopeds'": a word in single quotes

_OF_ABOUT = r"(?:some|about|around|nearly|almost|roughly|approximately|over|more\s+than|at\s+least)\s+"  # "73 of some 90 missiles"
_OF_NUMBER_WORDS = alternation([w for w in NUMBER_WORDS if " " not in w and w not in ("both", "single")]) + r"(?:-[a-z]+)?"
# ": 12, 7 and 3 respectively", ", two and five respectively" after a list of places
_LIST_NUMBER = r"(?:\d+|" + _OF_NUMBER_WORDS + r")"  # "12", "two", "twenty-one"
RE_COUNTS_RESPECTIVELY = Twin(regex.compile(
    r"\s*[:,–—-]?\s*(?P<nums>" + _LIST_NUMBER + r"(?:\s*,\s*" + _LIST_NUMBER + r")*\s*,?\s+and\s+" + _LIST_NUMBER + r")(?:\s+\w+){0,2}?\s*,?\s+respectively\b",
    regex.IGNORECASE))
# "Kaluga and Bryansk reported 26 and 21", "… accounted for 12 and 8 respectively": as many counts as places, told of them
# by a verb of tallying, are theirs in order
RE_TALLIED_RESPECTIVELY = regex.compile(
    r"(?:\s+(?:regions?|oblasts?))?\s+(?:account(?:ed|s)?\s+for|" + "|".join(_TALLY_VERBS) + r")\s+(?P<nums>" + _LIST_NUMBER
    + r"(?:\s*,\s*" + _LIST_NUMBER + r")*\s*,?\s+and\s+" + _LIST_NUMBER + r")(?![\w-])", regex.IGNORECASE)
RE_OF_NUMBER_BEFORE = regex.compile(r"(?:\d|(?<![\w-])" + _OF_NUMBER_WORDS + r")\s+(?:out\s+)?of\s+(?:the\s+)?(?:" + _OF_ABOUT + r")?$", regex.IGNORECASE)
# "His posts, translated:": what follows is the words of the one named before
# A lead that tells what several regional officials said: "…, regional governors said on Tuesday", "the heads of the two republics have reported"
RE_OFFICIALS_SAID = regex.compile(
    r"(?<![\w-])(?:governors|officials|authorities|(?:regional\s+)?heads\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:regions|republics|oblasts))"
    r"(?:\s+of\s+(?:\w+\s+){0,3}?(?:those|these|the|its)\s+(?:regions|republics|oblasts))?"  # "the governors of three of those regions"
    r"\s+(?:have\s+|had\s+)?(?:said|say|reported|report|wrote|published|posted)\b", regex.IGNORECASE)
OFFICIALS_SAID_NEEDS = (frozenset({"governors", "officials", "authorities", "heads"}),)
# A first line that says whose post follows: "(Telegram, 3 December, 07:02, translated):", "Gladkov, Telegram, 27 May 2025"
RE_POSTER_HEADER = regex.compile(r"\b(?:Telegram|Facebook|VKontakte|translated|translation)\b|:\s*$"
                              # "Sergey Aksyonov, Head of the Republic of Crimea" alone on the first line, over the posts
                              r"|^\s*(?-i:\p{Lu}[\w'’-]+\s+\p{Lu}[\w'’-]+),\s+(?:the\s+)?(?:acting\s+)?(?:Head|Governor|Mayor|Chief)\s+of\b", regex.IGNORECASE)
RE_HIS_POSTS = regex.compile(r"(?<![\w-])(?:His|Her|Their)\s+(?:posts|updates|messages|statements|Telegram\s+posts)(?=\W*(?:\w+\W*)?:)")
# "Of the 45 drones launched overnight, 38 were shot down": the whole a later count is part of, fronted
RE_OF_FRONTED_BEFORE = Tail(regex.compile(r"(?:^|[,;:\n]\s*|\.\s+|(?<![\w-])that\s+)(?:Of|Out\s+of)\s+(?:the\s+|those\s+|these\s+)?(?:" + _OF_ABOUT + r")?$", regex.IGNORECASE))
RE_OF_FRONTED_PHRASE = regex.compile(r"\s*(?:Of|Out\s+of)\s+(?:the|those|these)\s+[^,;]{1,90},\s*", regex.IGNORECASE)  # "Of the 45 drones launched overnight, "
# a relative clause of downing after "N of the M drones": "… of the 57 drones its air defences shot down overnight"
RE_DOWNED_RELATIVE = regex.compile(
    r"\s+(?:that\s+|which\s+)?(?:(?:its|their|the|Russian|Russia's|Ukrainian|Ukraine's)\s+)?(?:air\s+defen[cs]es?(?:\s+(?:units|systems|forces))?\s+)?"
    r"(?:had\s+|have\s+|were\s+|had\s+been\s+)?" + _DOWNED + r"(?![\w-])", regex.IGNORECASE)
# "the number of downed UAVs has risen to six", "the number of drones destroyed over the region reached 11": the count,
# with no noun after it, counts the noun told before its verb
RE_NUMBER_RISEN = Tail(regex.compile(
    r"\bnumber\s+of\s+(?:(?P<p1>downed|destroyed|intercepted|shot-down)\s+)?(?P<noun>[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+(?P<p2>downed|destroyed|intercepted|shot\s+down))?[^.;:!?\n]{0,60}?\s"
    r"(?:(?:has|had|have)\s+)?(?:risen|rose|increased|grown|grew|climbed|reached|gone\s+up|went\s+up)(?:\s+to)?\s+$",
    regex.IGNORECASE))
NUMBER_RISEN_NEEDS = (frozenset({"number"}),)
# "the number of drones destroyed had risen to 14": a figure updated, the earlier one among it
RE_RISEN_TO = regex.compile(r"\b(?:risen|rose|increased|grown|grew|climbed|gone\s+up|went\s+up|been\s+updated|updated\s+(?:it|the\s+(?:figure|number|tally)))\s+to\b", regex.IGNORECASE)
# "Kyiv's Air Force claimed 751 of the 823 drones and missiles Russia launched": the first, a count downed
RE_CLAIMED_OF = regex.compile(r"(?<![\w-])claim(?:ed|s)\s+(?=\d[\d,]*\s+of\s+(?:the\s+)?\d[\d,]*(?:\s+[\w-]+){0,2}?\s+"
                           r"(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|(?:air\s+)?targets)(?![\w-]))", regex.IGNORECASE)
CLAIMED_WORDS = frozenset({"claimed", "claims"})
# "The Ministry of Defence reported 11 UAVs over the Belgorod region overnight", "the Defence Ministry's figures for the same
# night: 12 drones over Stavropol Krai": the ministry's count over a place, downed
RE_MINISTRY_REPORTED = regex.compile(
    r"(?<![\w-])(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|ministry)(?:['’]s)?\s+(?:(?:reported|listed|counted|recorded)\s+"
    r"|(?:figures|tally|data)\s+(?:for\s+[^:;.]{1,30})?:\s*)(?=(?:\d[\d,]*|" + _OF_NUMBER_WORDS + r")\s+(?:[\w-]+\s+)?"
    r"(?:drones?|UAVs?|missiles?|unmanned\s+aerial\s+vehicles)\s+(?:over|above)\s)", regex.IGNORECASE)
MINISTRY_REPORTED_WORDS = frozenset({"reported", "listed", "counted", "recorded", "figures", "tally", "data"})
# the verb of either, right before the count: "claimed 751", "the ministry reported 64"
RE_CLAIM_VERB_BEFORE = regex.compile(r"(?<![\w-])(?:claim(?:ed|s)|ministry\s+(?:reported|listed|counted|recorded))\s+$", regex.IGNORECASE)
RE_ODD_AFTER = regex.compile(r"-odd(?![\w-])", regex.IGNORECASE)  # "20-odd drones"
# "… listed 11 drones over the Sea of Azov among the 47 it said had been destroyed across Russia": the statement's whole
RE_AMONG_BEFORE = regex.compile(r"(?<![\w-])among\s+(?:the\s+)?$", regex.IGNORECASE)
RE_AMONG_DOWNED_AFTER = regex.compile(r"\s+(?:(?:it|they|the\s+ministry)\s+(?:said|says|claimed|reported)\s+(?:it\s+|they\s+)?)?"
                                      r"(?:had\s+been\s+|have\s+been\s+|were\s+|had\s+|has\s+)?" + _DOWNED + r"(?![\w-])", regex.IGNORECASE)
RE_BARE_DOWNED = regex.compile(r"\s+" + _DOWNED + r"(?![\w-])", regex.IGNORECASE)  # "60 of 76 missiles shot down": a headline's participle
# "…, out of 71 over Russia as a whole", "out of 71 in total": the whole the part told before belongs to
RE_NATIONWIDE_AFTER = regex.compile(
    r"\s+(?:in\s+(?:total|all)|over\s+(?:Russia|Russian\s+regions|Ukraine|the\s+country)(?:\s+as\s+a\s+whole)?|across\s+(?:Russia|Ukraine|the\s+country)|nationwide)(?![\w-])",
    regex.IGNORECASE)
RE_HEADING_FOR = regex.compile(r"\b(?:flying|heading|headed|aimed)\b", regex.IGNORECASE)  # en route to a target
# "Of the drones brought down over the Moscow region, …": a fronted phrase of the downed
RE_DOWNED_WORD = regex.compile(r"(?<![\w-])(?:" + _DOWNED + r"|brought\s+down|taken\s+down)(?![\w-])", regex.IGNORECASE)
# "earlier this week": when, not a week's tally
RE_EARLIER_BEFORE = regex.compile(r"(?<![\w-])(?:earlier|later)\s+$", regex.IGNORECASE)
# An outlet's note on its own error: "An earlier version of this article said 41 drones had been shot down …",
# "Correction, September 4, 2025: …"
RE_CORRECTION_NOTE = regex.compile(
    r"\s*(?:Correction\s*(?:[,(–—-]\s*[^:.]{0,30}?)?:|(?:An?|The)\s+(?:earlier|previous)\s+version\b|This\s+(?:article|story|report)\s+(?:was|has\s+been)\s+(?:amended|corrected"
    r"|updated\s+(?:[^.]{0,40}?\s)?to\s+(?:correct|reflect|fix)))", regex.IGNORECASE)
CORRECTION_NOTE_NEEDS = (frozenset({"correction", "version", "amended", "corrected", "updated"}),)
# "The first statement had listed five drones over Dagestan …": what a corrected statement said before, no longer claimed
RE_SUPERSEDED_STATEMENT = regex.compile(r"\W*(?:The|Its|His|Her|Their)\s+(?:first|earlier|initial|previous|original)\s+"
                                        r"(?:statement|report|post|message|version|figure|bulletin|update)\s+had\b", regex.IGNORECASE)
SUPERSEDED_NEEDS = (frozenset({"first", "earlier", "initial", "previous", "original"}), frozenset({"had"}))
# A post told of as taken down: "a message appeared in Sobyanin's channel about a drone shot down near Zelenograd, but
# twenty minutes later it was deleted", "An earlier post … about a drone shot down over Myskhako was later deleted"
RE_DELETED_POST = regex.compile(
    r"(?<![\w-])(?:post|message|report|statement)\b[^.;]{0,160}?\b(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|quickly\s+|then\s+)?"
    r"(?:deleted|removed|taken\s+down|withdrawn|retracted)(?![\w-])", regex.IGNORECASE)
DELETED_POST_NEEDS = (frozenset({"deleted", "removed", "withdrawn", "retracted", "taken"}),)
# A speaker's correction of a figure told before: "five UAVs were shot down, not seven as I reported earlier"
RE_NOT_AS_EARLIER = regex.compile(
    r"(?<![\w-])not\s+(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*,?\s+as\s+(?:(?:I|he|she|we|it|they|was|were|had\s+been)\s+)?(?:\w+\s+){0,2}?"
    r"(?:reported|said|stated|written|announced|wrote)", regex.IGNORECASE)
NOT_AS_EARLIER_NEEDS = (frozenset({"not"}), frozenset({"as"}))
# "Four UAVs, not five, were destroyed …": the figure told before, set right
RE_NOT_THIS_FIGURE = regex.compile(r"(?:drones?|UAVs?|missiles?|targets?)\s*,\s+not\s+(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*,", regex.IGNORECASE)
# A speaker's statement that corrects the one before it: "At 23:20 he corrected the information: …", "The ministry has
# edited its post. It now states that 36 drones …", "In the morning he issued a clarification: …"; ``pronoun``: the
# speaker is the one told of before
_CORRECTED_WHAT = r"(?:information|figures?|data|numbers?|count|tally|post|statement|report|message)"
RE_CORRECTION = regex.compile(
    r"(?<![\w-])(?:(?P<pronoun>he|she|it|they)\s+(?:later\s+|then\s+|subsequently\s+)?(?:(?:has|had|have)\s+)?)?"
    r"(?:correct(?:ed|ing|s)\s+(?:(?:the|his|her|its|their|this|that)\s+(?:earlier\s+|previous\s+|initial\s+|first\s+)?" + _CORRECTED_WHAT
    + r"|himself|herself|itself|themselves)"
    + r"|issu(?:ed|es|ing)\s+an?\s+(?:clarification|correction)"
    r"|(?:edited|amended|revised|updated)\s+(?:the|his|her|its|their)\s+(?:earlier\s+|initial\s+|first\s+|original\s+)?" + _CORRECTED_WHAT
    + r"|(?:clarification|correction)(?:\s+(?:to|of)\s+(?:the|my|his|her|its|this)\s+(?:[\w-]+\s+){0,2}?(?:summary|post|report|statement|message|figures?))?\s*:"
    r"|now\s+(?:states|says|reads)\s+that"
    r"|according\s+to\s+(?:the\s+)?(?:updated|corrected|revised|clarified|refined|adjusted)\s+(?:data|information|figures)"
    r"|(?:number|figure|count|tally)\s+(?:of\s+[\w\s]{1,40}?)?(?:has|have)\s+been\s+(?:clarified|corrected|revised|updated)"
    r")(?![\w-])", regex.IGNORECASE)
CORRECTION_NEEDS = (frozenset({"corrected", "correcting", "corrects", "clarification", "correction", "edited", "amended", "revised",
                               "now", "updated", "clarified", "refined", "adjusted"}),)
# "first said five drones had been shot down, but later corrected the figure to three": the count told before is now this
# and a later post's "the total had risen to 19", the count told before now that figure (the whole, being a total)
RE_CORRECTED_TO = regex.compile(
    r"(?<![\w-])(?:(?:corrected|revised|changed|lowered|amended)\s+(?:the\s+(?:figure|number|count|tally|total)|it|that|this|"
    r"(?:his|her|its|their)\s+(?:figure|count|tally|total))\s+(?:(?:up|down)(?:wards?)?\s+)?"
    r"|the\s+(?P<total>total|tally)\s+(?:had\s+|has\s+)?(?:risen|rose|increased|grown|grew|climbed|gone\s+up|went\s+up)\s+)to\s+(?P<n>\d[\d,]*|"
    + _OF_NUMBER_WORDS + r")(?![\w-])", regex.IGNORECASE)
CORRECTED_TO_NEEDS = (frozenset({"corrected", "revised", "changed", "lowered", "amended", "risen", "rose", "increased", "grown", "grew",
                                 "climbed", "gone", "went"}), frozenset({"to"}))
# "two UAVs of the Armed Forces of Ukraine": whose they are, not where
RE_FORCES_OF_BEFORE = regex.compile(r"(?<![\w-])(?:forces|army|troops|military|navy)\s+of\s+(?:the\s+)?$", regex.IGNORECASE)
# "94 aerial targets – 87 drones and seven missiles –": the parts of a count told beside it, the count their sum
# "18 more drones were intercepted …, all of them over the Kursk region": the count is the whole of what was said
RE_ALL_OVER_ONE = regex.compile(r",\s*all\s+of\s+(?:them|which|these)\s+(?:were\s+)?(?:over|above|in)\s", regex.IGNORECASE)
RE_ALL_OVER_BEFORE = regex.compile(r",\s*all\s+of\s+(?:them|which|these)\s+(?:were\s+)?(?:over|above|in)\s+(?:the\s+)?$", regex.IGNORECASE)
RE_PARTS_AFTER = regex.compile(r"\s*(?:[–—(]|-\s|:)\s*(?:\d|(?i:" + alternation(_UNITS + _TENS) + r")(?![\w-]))")
RE_OF_NUMBER_AFTER = Twin(regex.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:" + _OF_ABOUT + r")?(?:\d[\d,]*|" + _OF_NUMBER_WORDS + r")(?=\s)",
    regex.IGNORECASE,
))
RE_PARTICIPLE = regex.compile(r"\s*(?:intercepted|downed|destroyed|shot[-\s]down|neutrali[sz]ed|suppressed)(?![\w-])", regex.IGNORECASE)
RE_UKRAINES_DEFENCES = regex.compile(r"\bUkrain(?:e's|e’s|ian)\s+(?:air\s+defen[cs]es?|military|armed\s+forces|forces)\b|\b(?:launched|fired)\s+by\s+Russia\b", regex.IGNORECASE)
# A count set off by dashes on both sides, a cell of a table written with them ("Odesa Oblast — 21 — Odesa Regional …");
# a hyphen with a space on each side is a dash as typed ("Odesa Oblast - 21 - …")
RE_DASH_CELL_AFTER = regex.compile(r"[ \t]+[—–-][ \t]")
RE_DASH_CELL_BEFORE = Tail(regex.compile(r"[ \t][—–-][ \t]+$"))
RE_ELLIPTIC_NEXT = regex.compile(
    r"\s*(?:[-–—]\s*(?=over|above|in|near)|(?:[–—]|(?<=\s)-(?=\s))\s*(?=were|was|had|have))?(?:each\b|apiece\b|by\b|over\b|above\b|in\b|near\b|on\b|towards?\b|approaching\b|across\b|outside\b|around\b|off\b|at\b|"
    r"more\b|were\b|was\b|had\b|have\b|(?:that|which)\s+(?:(?:the\s+)?[\w'’-]+\s+(?:said|says|reported|claimed)\s+)?(?:were|was|had)\b|fell\b|others?\b(?!\s+(?:regions|areas|districts|oblasts|parts|places|cities|towns|countries)\b)|and\b|"
    r"downed\b|destroyed\b|intercepted\b|shot\s+down\b|brought\s+down\b|taken\s+down\b|neutrali[sz]ed\b|suppressed\b|eliminated\b|"
    r"flying\b|heading\b|bound\b|targeting\b|\(\s*(?:including|of\s+which|among\s+them)\b|\((?=\s*(?:the\s+)?\p{Lu})|[,.;)|]|$)",  # "(Kharkov region)": its place; "|": a table's cell ends
    regex.IGNORECASE,
)
RE_ACTOR_AFTER = regex.compile(r"^(?:\s+of\s+(?:the\s+)?(?:Russian\s+)?Defen[cs]e)?(?:'s|’s)?\s+(?:air[-\s]defen[cs]e|anti[-\s]aircraft|forces|units|troops|radio[-\s]electronic|electronic)", regex.IGNORECASE)
RE_ACTS_AFTER = regex.compile(r"\s+(?:(?:had|has|have)\s+)?(?:repelled|repulsed|shot\s+down|destroyed|intercepted|downed|fought\s+off)(?![\w-])", regex.IGNORECASE)
RE_ACTOR_BEFORE = regex.compile(r"(?:forces|systems|means|units|troops|groups|crews|defen[cs]es?)\s+of\s+(?:the\s+)?(?:Russian\s+)?$", regex.IGNORECASE)
RE_ATTRIB_BEFORE = regex.compile(
    r"(?:according\s+to|said|says|cited|citing|quoted|(?:reported|confirmed|announced)(?:\s+by)?|informed|stated|statement\s+(?:from|by))\s+(?:(?:a|the)\s+)?(?:statement\s+(?:from|by)\s+)?(?:the\s+)?"
    r"(?:(?:Russian|local|regional|acting|interim|Russia-installed|Russian-installed|Moscow-installed|(?:region|city|republic)['’]s)\s+)*"
    r"(?:(?-i:\p{Lu}[\w'’-]*)\s+){0,3}(?:(?:region|city|district)\s+)?$"  # "according to the Sumy Oblast (region) Military Administration"
    r"|[\"”'’],?\s+(?:the\s+)?(?:Russian\s+)?$"
    # "…, said Yurii Pohuliaiko, head of the regional military administration" (or its spokesman for), "…, said the head of the regional
    # administration, Oleh Kiper": the office of the one who said it
    r"|(?:said|says|wrote|according\s+to)\s+(?:(?-i:\p{Lu}[\w'’-]*)(?:\s+(?-i:\p{Lu}[\w'’-]*)){0,2},\s+)?(?:the\s+)?(?:head|chief|spokes(?:man|woman|person)|representative|press\s+secretary)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?-i:\p{Lu}[\w'’-]*)\s+){0,3}(?:(?:regional|city|oblast|district)\s+)?$"
    r"|^\s*Source:\s+(?:the\s+)?$",  # "Source: Air Force of the Armed Forces of Ukraine on Telegram", a line above the story
    regex.IGNORECASE,
)
# a source named in brackets at the end of a sentence, as summaries cite: "two drones over Yelets (governor Igor Artamonov)."
RE_OPEN_PAREN_BEFORE = regex.compile(r"\(\s*(?:(?:the|Russian|local|regional|acting)\s+)*$", regex.IGNORECASE)
RE_PAREN_CLOSES = regex.compile(r"[^()]{0,40}\)\W*$")
# the districts of a place named after them: "the Budyonnovsky and Kyivsky districts of Donetsk", "Zhukovsky district of the Bryansk region"
RE_DISTRICTS_OF = regex.compile(r"(?<![\w-])districts?\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$", regex.IGNORECASE)
# a weapon's nickname in quotation marks after its name: "Shahed-136 'mopeds'"
RE_NICKNAME = regex.compile(r"\s+(?:'[\w-]{2,20}'|‘[\w-]{2,20}’|\"[\w-]{2,20}\"|“[\w-]{2,20}”)")
RE_NAME_WORDS = regex.compile(r"(?:[\s,]+(?:\p{Lu}[\p{L}.'’-]*|of|the|region|Region|Oblast|'s|’s|Sergei|Sergey)(?!\p{L}))*")  # not "of" in "office"
RE_ATTRIB_AFTER = regex.compile(
    r"^[^.;!?]{0,90}?(?<![\w-])" + r"(?:" + alternation(V["attribution_verbs"]) + r")(?![\w-])|^\s*:", regex.IGNORECASE
)
RE_SAYING = regex.compile(alternation(V["attribution_verbs"]), regex.IGNORECASE)
# "All six Kinzhals aimed at Kyiv were destroyed, as were about 30 Shaheds": the second count is where the first is
RE_AS_WERE = Tail(regex.compile(r",\s*as\s+(?:were|was)\s+$", regex.IGNORECASE))
# between a town with its count in brackets and its region: "Kupyansk (three) in the Kharkov region"
RE_COUNT_THEN_IN = regex.compile(r"^\s*\([^()]{1,30}\)\s*,?\s+(?:in|of)\s+(?:the\s+)?$", regex.IGNORECASE)
RE_REFINE_GAP = regex.compile(
    r"^(?:\s*,\s*|\s+|\s*['’]s\s+|\s*\[\s*(?:of\s+)?(?:the\s+)?|\s*,?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:temporarily|occupied|annexed|Russian-annexed|Russian-occupied|southern|northern|western|eastern|neighbouring|neighboring)\s+)*|\s*\(\s*)$",
    regex.IGNORECASE,
)
# A town the gazetteer does not know, last of a list of the region's towns: "Izyum, Balakleya and Velikiye Prokhody in the Kharkov region"
RE_UNKNOWN_TOWN_GAP = regex.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2}\s+in\s+(?:the\s+)?$")
RE_PAREN_COUNT = regex.compile(r"^\s*\(\s*(?:the\s+)?$")  # "Kursk (11)"; and "6 (the Kharkov region)" the other way round
RE_DASH_COUNT = regex.compile(r"(?:\s*\((?:city|region|oblast)\))?\s*[-–—:]\s*", regex.IGNORECASE)  # "Kursk Oblast — 17, Bryansk Oblast — 10", "Kyiv (city) — 16"
RE_COLON_AFTER = regex.compile(r"\s*:")
RE_OVER_AFTER_COUNT = regex.compile(r"\s+(?:each\s+)?(?:[\w-]+\s+){0,2}?(?:over|above|near|in)\s+(?:the\s+)?$", regex.IGNORECASE)  # "five each over …"
RE_PAREN_LIST_REGIONS = regex.compile(
    r"(?:\s*\(\s*[\w-]+\s*\)\s*,?\s*(?:and\s+)?(?:the\s+)?(?:\p{Lu}[\w-]*\s*)+)*\s*\(\s*[\w-]+\s*\)\s*(?:regions?|oblasts?|provinces?)\b", regex.IGNORECASE
)  # "the Kursk (7), Moscow (3) and Oryol (1) regions", "the Moscow (39) Region"
RE_RESPECTIVELY = Twin(regex.compile(r"[\s,]*(?:regions?\s*,?\s*)?respectively\b|[^.;]{0,40}?\brespectively\b", regex.IGNORECASE))
RE_PLURAL_END = regex.compile(r"(?:regions|oblasts|provinces|territories)\s*$", regex.IGNORECASE)
RE_UKRAINE_CONTEXT = regex.compile(r"\b(?:Kyiv|Kiev|Ukraine['’]s\s+air\s+force|Ukrainian\s+air\s+(?:force|defen[cs]es?))\b", regex.IGNORECASE)
UKRAINE_CONTEXT_NEEDS = (frozenset({"kyiv", "kiev", "force", "ukrainian"}),)
RE_MOST = regex.compile(r"\b(?:most|majority|mostly|mainly|largely|bulk)\b", regex.IGNORECASE)
# "… said that after one of the missiles was intercepted, its fragments fell on a house": one of those counted before, told
# as the time of what followed
RE_AFTER_PART_BEFORE = regex.compile(r"(?<![\w-])(?:after|when|once)\s+$", regex.IGNORECASE)
RE_VERB_BEFORE = regex.compile(alternation(V["interception_verbs"]) + r"\s+(?:a\s+total\s+of\s+|all\s+)?$", regex.IGNORECASE)
# "… an attack by drones on Moscow. Three were destroyed": a count with its noun left out, then a verb of downing
RE_DOWNED_AFTER = regex.compile(
    r"\s+(?:more\s+|others?\s+)?(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:" + _DOWNED + r"|suppressed)\b",
    regex.IGNORECASE)
RE_FOR_A_TOTAL = regex.compile(r"(?<![\w-])(?:for|with|making|out\s+of)\s+a\s+total\s+of\s+$", regex.IGNORECASE)
RE_INCLUDING = regex.compile(r"\b(?:including\b|incl\.)", regex.IGNORECASE)  # "14 UAVs over the region, incl. 6 over the Kurchatov district"
# "shot down 37 drones, including over Kyiv": a place among those of the whole count, with no number of its own
RE_INCLUDING_PLACE = regex.compile(r"\bincluding\s+(?:(?:over|above|in|near)\s+)?(?:the\s+)?$", regex.IGNORECASE)
RE_TOTAL_CLAUSE = Twin(regex.compile(r";|,\s*(?:and|but|while|whereas|of\s+which|including)\s|\s(?:while|whereas)\s", regex.IGNORECASE))
RE_COUNT_COMMA = regex.compile(r"\s*,\s*")
RE_COUNT_JOINT = regex.compile(
    r"(?:\s+of\s+(?:the\s+)?(?-i:\p{Lu}[\w-]*)(?:\s+[\w-]+){0,5}?)?"  # "8 shells of Uragan multiple rocket launchers and 3 …"
    r"(?:\s+(?:fitted|armed|equipped|loaded|tipped)\s+with(?:\s+[\w-]+){1,3}?)?"  # "three missiles fitted with cluster warheads and three …"
    r"(?:\s+(?:fired|launched)\s+(?:from|by)(?:\s+[\w-]+){1,4}?\s+(?:launchers?|systems?|complex(?:es)?))?"  # "nine rockets fired from US-supplied Himars launchers and three …"
    r"\s*(?:(?:were|was|had\s+been|have\s+been|been)?\s*(?:\w+ed|shot\s+down|brought\s+down)\s*)?,?\s*(?:and|as\s+well\s+as|plus)\s+"
    r"(?:(?:destroyed|intercepted|downed|shot\s+down|neutrali[sz]ed|suppressed)\s+)?",
    regex.IGNORECASE,
)  # "14 drones and 4 missiles", "22 drones were destroyed and 13 others", "destroyed 22 drones and intercepted 13 more"
