"""The extractor, as tables of sentences the team wrote → what must come out.

Each case is (text, expected). Expected is a list of claims, each
``(claimant, stated_total, [(region_code, count, reading), ...])`` with items in
document order; region_code joins shared codes with "+".
"""

import pytest

from stats.extract import extract, infer_claimant, parse_number

# Phenomena: the grammar of counts, lists and readings.
PHENOMENA = [
    ("Air defenses destroyed 12 drones over the Kursk region overnight, the Defense Ministry said.",
     [("defense_ministry", None, [("RU-KRS", 12, "explicit")])]),
    ("The Defense Ministry said 1,250 drones were shot down over the Belgorod region.",
     [("defense_ministry", None, [("RU-BEL", 1250, "explicit")])]),
    ("The ministry said air defenses downed twenty-three drones over the Voronezh region.",
     [("defense_ministry", None, [("RU-VOR", 23, "explicit")])]),
    ("Air defenses intercepted 20 drones, the Defense Ministry said: 11 over the Oryol region, six over the Tula region and three over the Lipetsk region.",
     [("defense_ministry", 20, [("RU-ORL", 11, "explicit"), ("RU-TUL", 6, "explicit"), ("RU-LIP", 3, "explicit")])]),
    ("The Defense Ministry said 10 drones were destroyed: two each over the Kaluga and Smolensk regions and six over the Tver region.",
     [("defense_ministry", 10, [("RU-KLU", 2, "each"), ("RU-SMO", 2, "each"), ("RU-TVE", 6, "explicit")])]),
    ("The Defense Ministry reported that 7 drones were downed. Four were shot down over the Ryazan region, while two drones were intercepted over the Tambov and Penza regions, and one over the Saratov region.",
     [("defense_ministry", 7, [("RU-RYA", 4, "explicit"), ("RU-PNZ+RU-TAM", 2, "shared"), ("RU-SAR", 1, "explicit")])]),
    ("The Defense Ministry reported that 9 drones were downed. Four were shot down over the Ryazan region, while two drones were intercepted over the Tambov and Penza regions, and one over the Saratov region.",
     [("defense_ministry", 9, [("RU-RYA", 4, "explicit"), ("RU-TAM", 2, "inferred_each"), ("RU-PNZ", 2, "inferred_each"), ("RU-SAR", 1, "explicit")])]),
    ("Air defenses shot down 5 drones, the Defense Ministry said. The Bryansk region saw three intercepted UAVs, while the Kursk region recorded two.",
     [("defense_ministry", 5, [("RU-BRY", 3, "explicit"), ("RU-KRS", 2, "explicit")])]),
    ("The ministry said drones were destroyed over the Voronezh region (four UAVs) and over the Belgorod region (one UAV).",
     [("defense_ministry", None, [("RU-VOR", 4, "explicit"), ("RU-BEL", 1, "explicit")])]),
    ("Governor Vyacheslav Gladkov said a drone was shot down over the Shebekinsky district.",
     [("governor", None, [("RU-BEL", 1, "explicit")])]),
    ("Moscow Mayor Sergei Sobyanin wrote that air defenses shot down two drones flying towards Moscow.",
     [("mayor", None, [("RU-MOW", 2, "explicit")])]),
    ("The Defense Ministry said one drone was destroyed over the Moscow region.",
     [("defense_ministry", None, [("RU-MOS", 1, "explicit")])]),
    # an approximate count is also the claim's (approximate) total
    ("The Defense Ministry said more than 30 drones were shot down over the Rostov region.",
     [("defense_ministry", 30, [("RU-ROS", 30, "explicit")])]),
    ("Air defenses destroyed 14 drones and 3 missiles over the Kursk region, the Defense Ministry said.",
     [("defense_ministry", None, [("RU-KRS", 14, "explicit"), ("RU-KRS", 3, "explicit")])]),
    ("The Defense Ministry said 8 drones were destroyed over the Black Sea and over Crimea.",
     [("defense_ministry", 8, [("SEA-BLACK+UA-43", 8, "shared")])]),
    ("Air defenses destroyed 16 drones over the Bryansk and Kursk regions, the ministry said. Of them, 15 were downed over the Bryansk region and one over the Kursk region.",
     [("defense_ministry", 16, [("RU-BRY", 15, "explicit"), ("RU-KRS", 1, "explicit")])]),
]

# Numbers and phrases that are not interception claims.
NEGATIVES = [
    "Residents heard at least eight explosions over the Volgograd region.",
    "More than 10 drones may have been en route to the Saratov region, local media said.",
    "Russia launched 40 drones at the Kyiv region overnight, the Ukrainian Air Force said.",
    "Wreckage fell at nine locations in the Krasnodar region.",
    "A fire broke out after debris from a downed drone struck a warehouse in the Stavropol region.",
    "Dozens of drones attacked the Belgorod region, the governor said.",
    "Since the start of the operation, air defenses have destroyed 25,000 drones, the Defense Ministry said.",
]


def _claims(text: str):
    result = extract(text)
    out = []
    for claim in result.claims:
        role, _ = infer_claimant(claim)
        out.append((role, claim.stated_total, [(i.region_code, i.count, i.reading) for i in claim.items]))
    return out


@pytest.mark.parametrize("text,expected", PHENOMENA, ids=[t[:60] for t, _ in PHENOMENA])
def test_phenomena(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_not_claims(text):
    assert [c for c in _claims(text) if any(i[1] for i in c[2]) or c[1]] == []


@pytest.mark.parametrize("word,value", [("83", 83), ("1,200", 1200), ("twenty-three", 23), ("Seventy", 70), ("a dozen", 12), ("one", 1)])
def test_parse_number(word, value):
    assert parse_number(word) == value


def test_evidence_points_into_text():
    text = "Intro line.\nThe Defense Ministry said three drones were destroyed over the Kursk region."
    claim = extract(text).claims[0]
    item = claim.items[0]
    assert text[item.start:item.end] == "three drones were destroyed over the Kursk region"
