"""Does extraction hold when a labeled text is worded another way that keeps its meaning?

    python bench/variants.py [LABELED ...] [--only NAME ...] [--show N]

Each rewrite below changes a labeled text in one way that leaves its labels as
they are: "the Kursk region" becomes "Kursk Oblast", "defense" becomes
"defence", "12 drones" becomes "twelve drones", "July 27" becomes "27 July",
"Kharkiv" becomes "Kharkov", and so on.  For every record (of dev.jsonl and
``bench/styles.jsonl`` by default) whose text a rewrite changes, the rewritten
text is extracted and scored against the same gold as the original
(``bench/accuracy.py``'s keys).  A record is *broken* by a rewrite when the
rewritten text scores worse on any measure than the original did; *mended* when
it scores better.

Printed: for each rewrite, how many records it changed, broke and mended, and
the F1 of items, totals and dates of the changed records before and after; then
the broken records (up to ``--show`` a rewrite) with the keys that were lost and
gained.  A blind set scores what the extractor does on writers' phrasings it has
not seen; this measures, on the texts the team already labeled, how much of its
accuracy rests on one spelling, one word or one form of a date.

The rewrites are the team's, as regular expressions; each keeps to contexts
where the change cannot alter what is counted (a number is spelled out only
before a weapon's name or "over", "destroyed" turns into "intercepted" only
where a weapon is what was destroyed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import DEFAULT, gold_keys, predicted_keys, prf, read_labeled, tally  # noqa: E402

MEASURES = ("items", "totals", "dates")
STYLES = ROOT / "bench" / "styles.jsonl"

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DAY_TO = r"(?:\s*(?:to|into|and|-|–)\s*\d{1,2}(?!\d|:|[.]\d|\s*[ap]\.?m\b))?"
WEAPON = r"(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?|Shaheds?)"
KRAI_OR_REPUBLIC = {"Krasnodar", "Stavropol", "Perm", "Primorsky", "Khabarovsk", "Altai", "Krasnoyarsk",
                    "Zabaykalsky", "Kamchatka", "Chechen", "Tatarstan", "Bashkortostan",
                    "Volga", "Ural"}  # and the Volga region, the Ural region: no oblast


def number_word(n: int) -> str:
    """>>> number_word(64), number_word(12), number_word(90)
    ('sixty-four', 'twelve', 'ninety')"""
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


WORD_NUMBERS = {number_word(n): n for n in range(2, 100)}


def _sub(pattern: str, repl, flags: int = 0):
    compiled = regex.compile(pattern, flags)
    return lambda text: compiled.sub(repl, text)


def _said_of_weapons(verb: str) -> str:
    """``verb`` where a weapon is what it is said of: "destroyed 12 drones", "two UAVs were destroyed" (a destroyed
    house stays destroyed)."""
    return (rf"\b{verb}\b(?=\s+(?:(?!(?:during|in|at|by|as|after|over|near|on)\b)[\w-]+\s+){{0,3}}?{WEAPON}\b)"
            rf"|(?<=\b{WEAPON}\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?){verb}\b")


def _oblast(m) -> str:
    return m[0] if m[1] in KRAI_OR_REPUBLIC else f"{m[1]} Oblast"


def _digits_to_words(m) -> str:
    n = int(m[1])
    return (number_word(n) if 2 <= n < 100 else m[1]) + m[2]


def _words_to_digits(m) -> str:
    return str(WORD_NUMBERS[m[1].lower()]) + m[2]


def _day_month(m) -> str:
    """"July 5", "July 5 to 6", "July 5, 2024" -> "5 July", "5 to 6 July", "5 July 2024"."""
    return f"{m['day']}{m['to']} {m['month']}" + (f" {m['year']}" if m["year"] else "")


def _month_day(m) -> str:
    return f"{m['month']} {m['day']}{m['to']}" + (f", {m['year']}" if m["year"] else "")


def _curly(text: str) -> str:
    """Straight double quotes as curly ones, opening and closing in turn in each paragraph."""
    out = []
    for line in text.split("\n"):
        pieces = line.split('"')
        out.append("".join(p + ("“" if k % 2 == 0 else "”") for k, p in enumerate(pieces[:-1])) + pieces[-1])
    return "\n".join(out)


TRANSLIT = {"Kharkiv": "Kharkov", "Zaporizhzhia": "Zaporozhye", "Mykolaiv": "Nikolaev", "Odesa": "Odessa",
            "Kyiv": "Kiev", "Luhansk": "Lugansk", "Chernihiv": "Chernigov", "Dnipropetrovsk": "Dnepropetrovsk",
            "Bryansk": "Briansk", "Kherson": "Kherson", "Zhytomyr": "Zhitomir", "Khmelnytskyi": "Khmelnitsky",
            "Vinnytsia": "Vinnitsa", "Poltava": "Poltava", "Kirovohrad": "Kirovograd", "Ryazan": "Riazan",
            "Yaroslavl": "Iaroslavl", "Smolensk": "Smolensk", "Oryol": "Orel", "Bashkortostan": "Bashkiria"}
TRANSLIT = {k: v for k, v in TRANSLIT.items() if k != v}

REWRITES = {
    # places
    "oblast": _sub(r"\b(?:the )?([A-Z][a-z]+) region\b", _oblast),
    "Region": _sub(r"\b([A-Z][a-z]+) region\b", r"\1 Region"),
    "region": _sub(r"\b([A-Z][a-z]+) Oblast\b", r"\1 region"),
    "translit": _sub(rf"\b({'|'.join(TRANSLIT)})\b", lambda m: TRANSLIT[m[1]]),
    # words
    "defence": _sub(r"\bdefen[cs]e(s?)\b", r"defence\1"),
    "defense": _sub(r"\bdefen[cs]e(s?)\b", r"defense\1"),
    "UAVs": _sub(r"(?<!\b(?:naval|sea|surface|maritime|marine|underwater|water|boat|kamikaze boat)\s)\bdrone(s?)\b", r"UAV\1"),
    "drones": _sub(r"\bUAV(s?)\b", r"drone\1"),
    "downed": _sub(r"\b(?:was|were) shot down\b", lambda m: m[0].replace("shot down", "downed")),
    "intercepted": _sub(_said_of_weapons("destroyed"), "intercepted", regex.I),
    "destroyed": _sub(_said_of_weapons("(?:intercepted|shot down)"), "destroyed", regex.I),
    "quotes": lambda text: _curly(text) if '"' in text else regex.sub(r"[“”]", '"', text),
    "dashes": _sub(r"(?<=\S) [-–—] (?=\S)", lambda m: " — " if "-" in m[0] else " - "),
    # numbers
    "number words": _sub(rf"(?<![\w-])(\d{{1,2}})(\s+(?:(?:more|Ukrainian|enemy|attack|fixed-wing|kamikaze)\s+)?(?:{WEAPON}\b|over\b|above\b))",
                         _digits_to_words),
    "digits": _sub(rf"(?<![\w-])(?<!\band\s)(?<!hundred\s)({'|'.join(sorted(WORD_NUMBERS, key=len, reverse=True))})(\s+(?:(?:more|Ukrainian|enemy|attack)\s+)?(?:{WEAPON}\b|over\b))",
                   _words_to_digits, regex.I),
    # dates and times
    "day month": _sub(rf"\b(?P<month>{MONTHS}) (?P<day>\d{{1,2}})(?P<to>{DAY_TO})(?!\d|:|th\b|st\b|nd\b|rd\b|\s*[ap]\.?m\b)"
                      rf"(?:,? (?P<year>(?:19|20)\d\d))?", _day_month),
    "month day": _sub(rf"\b(?P<day>\d{{1,2}})(?P<to>{DAY_TO}) (?P<month>{MONTHS})(?:,? (?P<year>(?:19|20)\d\d))?", _month_day),
    "MSK": _sub(r"\bMoscow time\b", "MSK"),
}


def run(records: list[dict], names: list[str]) -> dict:
    base = {}
    results = {}
    for name in names:
        rewrite = REWRITES[name]
        counts = {"changed": 0, "broken": [], "mended": 0,
                  "before": {m: [0, 0, 0] for m in MEASURES}, "after": {m: [0, 0, 0] for m in MEASURES}}
        for record in records:
            text = rewrite(record["text"])
            if text == record["text"]:
                continue
            counts["changed"] += 1
            gold = gold_keys(record)
            if record["id"] not in base:
                base[record["id"]] = predicted_keys(record)[0]
            before = base[record["id"]]
            after = predicted_keys({**record, "text": text})[0]
            worse = better = False
            for m in MEASURES:
                b, a = tally(gold[m], before[m]), tally(gold[m], after[m])
                counts["before"][m] = [x + y for x, y in zip(counts["before"][m], b)]
                counts["after"][m] = [x + y for x, y in zip(counts["after"][m], a)]
                worse |= a[0] < b[0] or a[1] > b[1]
                better |= a[0] > b[0] or a[1] < b[1]
            if worse:
                lost = {m: sorted((before[m] - after[m]).elements(), key=str) for m in MEASURES}
                gained = {m: sorted((after[m] - before[m]).elements(), key=str) for m in MEASURES}
                counts["broken"].append((record["id"], lost, gained))
            elif better:
                counts["mended"] += 1
        results[name] = counts
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labeled", nargs="*", type=Path, default=[DEFAULT, STYLES])
    parser.add_argument("--only", nargs="+", choices=sorted(REWRITES), help="these rewrites only")
    parser.add_argument("--show", type=int, default=10, help="broken records to list a rewrite (default 10)")
    args = parser.parse_args(argv)
    missing = [p for p in args.labeled if not p.exists()]
    if missing:
        print(f"error: {missing[0]}: no such file", file=sys.stderr)
        return 1
    records = [r for path in args.labeled for r in read_labeled(path)]
    results = run(records, args.only or list(REWRITES))
    print(f"{len(records)} labeled documents from {', '.join(str(p) for p in args.labeled)}")
    print(f"{'rewrite':13} {'changed':>7} {'broken':>6} {'mended':>6}   "
          + "  ".join(f"{m + ' F1':>15}" for m in MEASURES))
    for name, r in results.items():
        cells = "  ".join(f"{prf(*r['before'][m])[2]:6.3f} → {prf(*r['after'][m])[2]:6.3f}" for m in MEASURES)
        print(f"{name:13} {r['changed']:7d} {len(r['broken']):6d} {r['mended']:6d}   {cells}")
    for name, r in results.items():
        if r["broken"] and args.show:
            print(f"\n{name}: {len(r['broken'])} broken")
            for doc_id, lost, gained in r["broken"][: args.show]:
                parts = [f"{m} -{[k[1:] for k in lost[m]]} +{[k[1:] for k in gained[m]]}"
                         for m in MEASURES if lost[m] or gained[m]]
                print(f"  {doc_id}: " + "; ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
