"""Phenomena of real news, one table per kind, each row a text the team wrote → what must come out.

Claims are written ``(claimant, stated_total, [(region_code, count, reading), ...])``.
Dates are checked through ``extract_document`` with a publication date.
Rows that still fail are listed in KNOWN_FAILURES, marked ``xfail(strict=True)``:
when one starts passing, the test says so and the row moves to its table.
"""

import datetime as dt

import polars as pl
import pytest

from stats import schema
from stats.corpus import Document
from stats.extract import extract, find_claimant, find_counts, infer_claimant, table_rows
from stats.gazetteer import gazetteer
from stats.series import build_daily
from stats.tables import extract_document
from stats.text import split_sentences


def claims_of(text: str):
    out = []
    for claim in extract(text).claims:
        role, _ = infer_claimant(claim)
        out.append((role, claim.stated_total, [(i.region_code, i.count, i.reading) for i in claim.items]))
    return out


def counts_of(text: str, published: str | None = None):
    """Each claim's claimant, stated total and (region, count) items."""
    return [(infer_claimant(c)[0], c.stated_total, [(i.region_code, i.count) for i in c.items]) for c in extract(text, published).claims]


def items_of(text: str):
    return sorted((i.region_code, i.count) for c in extract(text).claims for i in c.items)


NUMBERS = [
    # "a Ukrainian army unmanned aerial vehicle": one
    ("Militia air defences shot down a Ukrainian army unmanned aerial vehicle near Lysychansk on Sunday, the spokesman said.", [("UA-09", 1)]),
    # a quadcopter is a drone; a town of the old front line is its oblast's
    ("Militia units shot down a Ukrainian quadcopter near Hirske on Tuesday, the militia's office said.", [("UA-09", 1)]),
    # "a score of" is twenty ("scores of", like "dozens of", is no count)
    ("Air defences shot down a score of rockets over the Belgorod region, the ministry said.", [("RU-BEL", 20)]),
    ("Air defences shot down scores of drones over the Belgorod region, the ministry said.", [("RU-BEL", None)]),
    # drones by name; "the missile" told of before, where it was downed
    ("Air defences of the southern command shot down three Orlan-10 drones over the Mykolaiv region, the command said.", [("UA-48", 3)]),
    ("The ministry said air defences shot down a Bayraktar TB2 near Izyum in the Kharkov region.", [("UA-63", 1)]),
    ("The Air Force said a Kh-59 guided missile was shot down overnight. The missile was brought down over the Odesa district.", [("UA-51", 1)]),
    # detected, then destroyed, is downed; of the detected, the part shot down
    ("Governor Gusev said 12 UAVs had been detected and destroyed over the Liskinsky district.", [("RU-VOR", 12)]),
    ("Governor Gladkov said more than 20 drones were detected over the Belgorod region, and 15 of them were shot down.", [("RU-BEL", 15)]),
    # a weapon's name then "attack" then the noun: the noun is counted ("a drone attack" counts nothing)
    ("The Air Force said air defences destroyed four Shahed attack UAVs over the Sumy region.", [("UA-59", 4)]),
    # "20-odd": somewhat more than 20
    ("Air defence destroyed 20-odd UAV over the territory of Voronezh and the Kashirsky district, the governor wrote.", [("RU-VOR", 20)]),
    # "fourty", as translated copy misspells it; "a dozen and a half" (the Russian "poltora desyatka"); "ukrainian" in lower case
    ("During the night were destroyed fourty-one ukrainian drones over the Tula oblast, informs the ministry.", [("RU-TUL", 41)]),
    ("Air defence destroyed a dozen and a half drones over the Smolensk region, the governor said.", [("RU-SMO", 18)]),
    # "half a dozen" is six, not "a dozen"; "a pair" in a list
    ("Air defences shot down half a dozen drones over the Oryol region, the governor said.", [("RU-ORL", 6)]),
    ("The ministry said 14 drones were downed: a dozen over the Kursk region and a pair over the Lipetsk region.", [("RU-KRS", 12), ("RU-LIP", 2)]),
    # hundreds and what follows them; "drones-kamikaze", a calque of the Russian
    ("The ministry said one hundred and twenty drones were shot down over the Lipetsk region.", [("RU-LIP", 120)]),
    ("The ministry said 14 drones-kamikaze were shot down over the Lipetsk region.", [("RU-LIP", 14)]),
    ("The ministry said two dozen drones were shot down over the Lipetsk region.", [("RU-LIP", 24)]),
    ("The governor said more than a hundred drones were destroyed over the Kursk region.", [("RU-KRS", 100)]),
    # thousands set off by a no-break space, as in translated Russian text
    ("The ministry said 1\u00a0046 drones were destroyed over the Kursk region in a week.", [("RU-KRS", 1046)]),
    ("The Defense Ministry said air defenses destroyed 1,046 drones over the Kursk region.", [("RU-KRS", 1046)]),
    # … or a plain space; a calibre between a count and its weapon is neither a count nor a thousands group
    ("The ministry said 1 046 drones were destroyed over the Kursk region in a week.", [("RU-KRS", 1046)]),
    # a weapon's model number and its nickname in quotation marks
    ("Air defence units shot down five Shahed-136 'mopeds' over the Odesa region, the governor said.", [("UA-51", 5)]),
    ("The ministry said air defences destroyed two 122-mm Grad rockets over the Belgorod region.", [("RU-BEL", 2)]),
    ("The ministry said air defences destroyed 3 122mm rockets and 2 drones over the Belgorod region.", [("RU-BEL", 2), ("RU-BEL", 3)]),
    ("The Defense Ministry said forty-seven drones were shot down over the Belgorod region.", [("RU-BEL", 47)]),
    ("Governor Alexander Bogomaz said a drone was destroyed over the Klintsy district.", [("RU-BRY", 1)]),
    ("Governor Alexander Bogomaz said two more drones were shot down over the Pochepsky district.", [("RU-BRY", 2)]),
    ("The ministry said one UAV each was destroyed over the Tver and Yaroslavl regions.", [("RU-TVE", 1), ("RU-YAR", 1)]),
    ("The ministry said air defenses downed 12 drones over the Rostov region and 9 over the Krasnodar Territory.", [("RU-KDA", 9), ("RU-ROS", 12)]),
    ("The Defense Ministry said eight and five drones respectively were downed over the Lipetsk and Tambov regions.", [("RU-LIP", 8), ("RU-TAM", 5)]),
    ("Air defenses downed six and four drones respectively over the regions of Penza and Saratov, the ministry said.", [("RU-PNZ", 6), ("RU-SAR", 4)]),
    ("Air defenses intercepted 9 of the 15 drones over the Penza region, the Defense Ministry said.", [("RU-PNZ", 9)]),
    # "BpLA", the abbreviation of a translated statement, is a drone
    ("Air defense forces destroyed 17 attack BpLA over the Sumy region, the Air Force said.", [("UA-59", 17)]),
    # "targets" counted after the verb as before it ("four targets were shot down")
    ("The governor said air defenses shot down three targets over the city of Kursk.", [("RU-KRS", 3)]),
    # a kind of weapon before the noun it is ("Neptune anti-ship missiles", "Storm Shadow cruise missiles")
    ("The ministry said two Neptune anti-ship missiles were intercepted over the Black Sea.", [("SEA-BLACK", 2)]),
    ("Air defenses intercepted three Storm Shadow cruise missiles and 12 drones over the Kherson region, the ministry said.",
     [("UA-65", 3), ("UA-65", 12)]),
]

QUALIFIERS = [
    ("The governor said twenty-odd drones were shot down over the Bryansk region.", "more_than"),
    ("The Defense Ministry said more than 10 drones were shot down over the Bryansk region.", "more_than"),
    ("The Defense Ministry said at least 7 drones were shot down over the Bryansk region.", "at_least"),
    # 15 or more: the bound includes itself
    ("The Defense Ministry said no fewer than 15 drones were shot down over the Bryansk region.", "at_least"),
    ("The Defense Ministry said about 20 drones were shot down over the Bryansk region.", "about"),
    ("The Defense Ministry said up to 30 drones were shot down over the Bryansk region.", "up_to"),
    ("The Defense Ministry said 6 drones were shot down over the Bryansk region.", "exact"),
]

LISTS = [
    # "both of which border Ukraine" speaks of the two places, not of two drones
    ("The ministry said it destroyed 40 drones overnight. Sixteen were downed over the Belgorod region and 12 over the Kursk region, both of "
     "which border Ukraine, as well as 12 over the Oryol region.",
     [("defense_ministry", 40, [("RU-BEL", 16, "explicit"), ("RU-KRS", 12, "explicit"), ("RU-ORL", 12, "explicit")])]),
    # regions and an occupied one, joined: one count over all of them
    ("The ministry said 40 drones were destroyed over the Kursk and Bryansk regions and occupied Crimea.",
     [("defense_ministry", 40, [("RU-BRY+RU-KRS+UA-43", 40, "shared")])]),
    # a briefing's settlements by region, a town the gazetteer does not know last of a region's three: one count shared by all the regions
    ("Twelve drones were destroyed in the areas of Kupyansk, Balakleya and Velikiye Prokhody in the Kharkov region, Snigiryovka in the "
     "Nikolayev region and Lisichansk in the Lugansk People's Republic, the general said.",
     [("defense_ministry", 12, [("UA-09+UA-48+UA-63", 12, "shared")])]),
    ("The general said 14 drones were destroyed near Snigiryovka in the Nikolayev region, Chernobayevka and Posad-Pokrovskoye in the "
     "Kherson region, and Lisichansk in the Lugansk People's Republic.", [("defense_ministry", 14, [("UA-09+UA-48+UA-65", 14, "shared")])]),
    # a list of towns, each pair with its region in brackets, goes on after the bracket: one count over all of them
    ("Air defence means shot down six Ukrainian drones in the areas of Kupyansk, Vovchansk (Kharkov region), Svatovo and "
     "Kremennaya (Lugansk People's Republic), the ministry said.",
     [("defense_ministry", 6, [("UA-09+UA-63", 6, "shared")])]),
    # "the remaining N over A and B" is one count for both, though each would come closer to a total that a count over no
    # region ("in the east") keeps from adding up
    ("The Air Force said 30 drones were destroyed by noon: 12 over the Poltava region, ten in the east and the remaining six "
     "over the Sumy and Kharkiv regions.",
     [("air_force_ua", 30, [("UA-53", 12, "explicit"), ("UA-59+UA-63", 6, "shared")])]),
    # the places that "accounted for the rest", after a count over a place of its own
    ("The ministry said 40 drones were destroyed overnight. 25 of the drones were shot down over the Bryansk region, "
     "and the Kursk and Oryol regions accounted for the rest.",
     [("defense_ministry", 40, [("RU-BRY", 25, "explicit"), ("RU-KRS+RU-ORL", 15, "shared")])]),
    # each count, then by whom, then where: "six by anti-aircraft units over A and B and four by mobile fire groups over C"
    ("Russia launched 12 Shahed drones at the south overnight, the Air Force said. Ten of them were destroyed: six by anti-aircraft units "
     "over the Odesa and Mykolaiv regions and four by mobile fire groups over the Black Sea.",
     [("air_force_ua", 10, [("UA-48+UA-51", 6, "shared"), ("SEA-BLACK", 4, "explicit")])]),
    # "including five that were flying towards Moscow": the city's count inside the region's
    ("The ministry said 20 drones were downed: 12 over the Kursk Region and eight over the Moscow Region, including five that were flying towards Moscow.",
     [("defense_ministry", 20, [("RU-KRS", 12, "explicit"), ("RU-MOS", 8, "explicit"), ("RU-MOW", 5, "explicit")])]),
    # where the missiles were fired from is no place of interception, for the count after it either
    ("The air force said Russia fired 40 cruise missiles from bombers over the Caspian Sea, and that 31 of them were shot down.",
     [("air_force_ua", 31, [])]),
    # … but the place after "rockets fired from launchers" is where they were intercepted
    ("The ministry said air defences had intercepted four rockets fired from Grad multiple rocket launchers over the Kursk region.",
     [("defense_ministry", None, [("RU-KRS", 4, "explicit")])]),
    # "over his region" is the speaker's; a governor who "counted" drones is a speaker of their own
    ("Bryansk governor Alexander Bogomaz wrote that 12 UAVs had been destroyed over his region. Kursk governor Alexander Khinshtein "
     "counted 7 drones shot down over the Kursk region.",
     [("governor", None, [("RU-BRY", 12, "explicit")]), ("governor", None, [("RU-KRS", 7, "explicit")])]),
    # a weapon's count told with what it carried is still one of the list of weapons over the place after it
    ("The ministry said air defences had shot down two Grom missiles armed with cluster warheads and four Bober drones over Kursk.",
     [("defense_ministry", None, [("RU-KRS", 2, "explicit"), ("RU-KRS", 4, "explicit")])]),
    # … with a speaker's word between: "including four that officials said were flying towards Moscow"
    ("The ministry said 16 drones were downed: 9 over the Kaluga Region and seven over the Moscow Region, including four that "
     "officials said were flying towards Moscow.",
     [("defense_ministry", 16, [("RU-KLU", 9, "explicit"), ("RU-MOS", 7, "explicit"), ("RU-MOW", 4, "explicit")])]),
    # a list under "… destroyed:", each line a weapon and where it fell, after a dash
    ("The Navy's anti-aircraft units destroyed:\n– two cruise missiles – over the Black Sea;\n– three attack UAVs – near Ochakiv.",
     [("air_force_ua", None, [("SEA-BLACK", 2, "explicit"), ("UA-48", 3, "explicit")])]),
    # another weapon's count listed after a count that has its place before it is over that place too
    ("The regional operational headquarters said that over the past day above the territory of the Kursk region 23 UAVs and 4 rockets of MLRS were destroyed.",
     [("other", None, [("RU-KRS", 23, "explicit"), ("RU-KRS", 4, "explicit")])]),
    # villages the gazetteer does not know, in a list with a town it knows, then the list's region
    ("The ministry said air defences shot down 12 drones in the areas of Tavilzhanka, Ambarnoye and Kupyansk of the Kharkov region, "
     "as well as near Kakhovka of the Kherson region.", [("defense_ministry", 12, [("UA-63+UA-65", 12, "shared")])]),
    # non-native wire copy: "above territory of Republic X", the source after "informed", a headline the body restates
    ("In the sky over Tatarstan and Mordoviya 11 UAV are destroyed\n"
     "Today the air defense means on duty destroyed 11 unmanned aerial vehicles: 7 – above territory of Republic Tatarstan, "
     "4 – above Mordoviya, informed Ministry of Defense of Russia.\nHead of Tatarstan Rustam Minnikhanov said, that two drones fell near Yelabuga.",
     [("defense_ministry", 11, [("RU-TA", 7, "explicit"), ("RU-MO", 4, "explicit")])]),
    # "Of the N launched, M were shot down": N is the launch, M the claim
    ("Of the 36 drones launched overnight, 29 were shot down over the Chernihiv region, the Air Force said.",
     [("air_force_ua", None, [("UA-74", 29, "explicit")])]),
    # … and "Of the N shot down, M over X": N is the claim's total
    ("Of the 57 drones air defences shot down overnight, 24 were over the Kursk region, the ministry said.",
     [("defense_ministry", 57, [("RU-KRS", 24, "explicit")])]),
    # a place, a comma, and the count that closes its stretch of the list
    ("Air defences destroyed 30 drones overnight, the ministry said.\nBy region, the figures were: Tambov region, 18; Penza region, eight; Saratov region, four.",
     [("defense_ministry", 30, [("RU-TAM", 18, "explicit"), ("RU-PNZ", 8, "explicit"), ("RU-SAR", 4, "explicit")])]),
    ("The ministry said 20 UAVs were destroyed:\n– over the Lipetsk region, twelve;\n– over the Voronezh region, eight.",
     [("defense_ministry", 20, [("RU-LIP", 12, "explicit"), ("RU-VOR", 8, "explicit")])]),
    # … not a count that opens the next stretch
    ("The ministry said 20 drones were destroyed over the Lipetsk region, 12 over the Voronezh region and 3 over the Tambov region.",
     [("defense_ministry", None, [("RU-LIP", 20, "explicit"), ("RU-VOR", 12, "explicit"), ("RU-TAM", 3, "explicit")])]),
    # "apiece" is "each"; "as many" is the count before, again; "the balance" is what the total leaves
    ("The ministry said 30 drones were destroyed: 18 over the Tambov region and six apiece over the Penza and Saratov regions.",
     [("defense_ministry", 30, [("RU-TAM", 18, "explicit"), ("RU-PNZ", 6, "each"), ("RU-SAR", 6, "each")])]),
    ("Air defences destroyed 25 drones, the ministry said. Nine were downed over the Tver region and as many over the Pskov region, "
     "with the balance brought down over the Novgorod region.",
     [("defense_ministry", 25, [("RU-TVE", 9, "explicit"), ("RU-PSK", 9, "explicit"), ("RU-NGR", 7, "explicit")])]),
    # a bullet whose count is followed by its part in brackets
    ("Air defences destroyed 30 drones overnight, the ministry said. By region:\n- Kursk region: 18\n- Moscow region: 12 (including 4 flying towards Moscow)",
     [("defense_ministry", 30, [("RU-KRS", 18, "explicit"), ("RU-MOS", 12, "explicit"), ("RU-MOW", 4, "explicit")])]),
    # "and one more near X": the "one" of "one more" is one count, not two
    ("Two drones were shot down over the Leningrad region on approach to Primorsk, and one more near Kirishi, Governor Alexander Drozdenko said.",
     [("governor", None, [("RU-LEN", 2, "explicit"), ("RU-LEN", 1, "explicit")])]),
    # "…, while another was downed over X" after an elliptical count: one more of the weapon counted first
    ("Air defences shot down 4 drones over the Udmurt Republic and 2 over the Perm region, while another was downed over the Kirov region.",
     [("defense_ministry", None, [("RU-UD", 4, "explicit"), ("RU-PER", 2, "explicit"), ("RU-KIR", 1, "explicit")])]),
    # "By region:" then each place with its count after it
    ("The ministry said 31 drones were destroyed overnight. By region: Smolensk 18, Tver 13.",
     [("defense_ministry", 31, [("RU-SMO", 18, "explicit"), ("RU-TVE", 13, "explicit")])]),
    # "out of a total of N" after the breakdown
    ("Air defences destroyed 8 drones over the Penza region and 3 over the Saratov region, out of a total of 11, the ministry said.",
     [("defense_ministry", 11, [("RU-PNZ", 8, "explicit"), ("RU-SAR", 3, "explicit")])]),
    # the breakdown's first count told with "brought down", the rest with the verb left out
    ("The ministry said air defences intercepted 25 drones overnight, with 13 brought down over the Tambov region, "
     "9 over Penza and 3 over Saratov.",
     [("defense_ministry", 25, [("RU-TAM", 13, "explicit"), ("RU-PNZ", 9, "explicit"), ("RU-SAR", 3, "explicit")])]),
    # "N of them" over the region's main city is a part of the region's count, not more drones
    ("Governor Alexander Gusev said air defences shot down 11 drones over the Voronezh region, four of them over Voronezh itself.",
     [("governor", None, [("RU-VOR", 11, "explicit")])]),
    # a place in a clause of its own after ", as …" is where something else happened, not where the drones were downed
    ("The ministry said its air defences destroyed 31 drones overnight, as rescue workers in the Ukrainian capital searched "
     "the ruins of a school.", [("defense_ministry", 31, [])]),
    # "…, as were N …" lists one more count with the place told before
    ("All four missiles aimed at Odesa were shot down by air defence, as were about 20 drones, the regional head said.",
     [("regional_head", None, [("UA-51", 4, "explicit"), ("UA-51", 20, "explicit")])]),
    # "shot down or jammed N of the targets": the air force's total
    ("Ukraine's Air Force said air defence shot down or jammed 212 of the targets overnight.", [("air_force_ua", 212, [])]),
    # a list by region in the lines after the claim: "Tver region: 20 drones;", "Tver region — 20."
    ("The ministry said 44 drones were shot down overnight.\nTver region: 20 drones;\nSmolensk region: 15;\nPskov region: 9.",
     [("defense_ministry", 44, [("RU-TVE", 20, "explicit"), ("RU-SMO", 15, "explicit"), ("RU-PSK", 9, "explicit")])]),
    ("The ministry said 44 drones were shot down overnight. Tver region — 20. Smolensk region — 15. Pskov region — 9.",
     [("defense_ministry", 44, [("RU-TVE", 20, "explicit"), ("RU-SMO", 15, "explicit"), ("RU-PSK", 9, "explicit")])]),
    # a count set off by dashes, its noun left out: "the most — nine — were downed over …"
    ("The ministry said 21 drones were destroyed overnight. The most — nine — were downed over the Penza region.",
     [("defense_ministry", 21, [("RU-PNZ", 9, "explicit")])]),
    # "the rest over …" with its noun left out: what the total leaves
    ("Of the 30 drones shot down overnight, 18 were over the Krasnodar region and the rest over the Sea of Azov, the ministry said.",
     [("defense_ministry", 30, [("RU-KDA", 18, "explicit"), ("SEA-AZOV", 12, "explicit")])]),
    ("The Defense Ministry said 17 drones were destroyed: 9 over the Kursk region, 5 over the Oryol region and 3 over the Tula region.",
     [("defense_ministry", 17, [("RU-KRS", 9, "explicit"), ("RU-ORL", 5, "explicit"), ("RU-TUL", 3, "explicit")])]),
    ("The Defense Ministry said 12 drones were destroyed: 6 over the Smolensk region, and the remaining drones over the Tver and Pskov regions.",
     [("defense_ministry", 12, [("RU-SMO", 6, "explicit"), ("RU-PSK+RU-TVE", 6, "shared")])]),
    ("The Defense Ministry said 40 drones were downed, including 25 flying towards Moscow.",
     [("defense_ministry", 40, [("RU-MOW", 25, "explicit")])]),
    ("The Defense Ministry said 15 drones were destroyed: 11 - over the Voronezh region, 4 - over the Lipetsk region.",
     [("defense_ministry", 15, [("RU-VOR", 11, "explicit"), ("RU-LIP", 4, "explicit")])]),
    ("The Defense Ministry reported 24 drones shot down over the Kaluga, Moscow, Tula and Ryazan regions.",
     [("defense_ministry", 24, [("RU-KLU+RU-MOS+RU-RYA+RU-TUL", 24, "shared")])]),
    ("The Defense Ministry said it destroyed 10 drones. Four were downed over the Kursk region, and three each over the Oryol and Lipetsk regions.",
     [("defense_ministry", 10, [("RU-KRS", 4, "explicit"), ("RU-ORL", 3, "each"), ("RU-LIP", 3, "each")])]),
    # "the air defense systems of Russia shot down": Russia owns the systems; "shot down" is the verb, not an attribute
    ("The air defense systems of Russia shot down three drones over the Kaluga region, the Defense Ministry said.",
     [("defense_ministry", None, [("RU-KLU", 3, "explicit")])]),
    # "targets" that "were shot down" are air targets; targets attacked are not
    ("Governor Gladkov said that four targets were shot down by air defense systems over the Belgorod region.",
     [("governor", None, [("RU-BEL", 4, "explicit")])]),
    # "each" across an aside between the places
    ("The ministry said units downed one drone each in the Bryansk region, also on the border, and in the Tambov region, further east.",
     [("defense_ministry", None, [("RU-BRY", 1, "each"), ("RU-TAM", 1, "each")])]),
    # without "each" the aside does not join the places: the second has no count
    ("The ministry said units downed one drone in the Bryansk region, also on the border, and drones in the Tambov region, further east.",
     [("defense_ministry", None, [("RU-BRY", 1, "explicit"), ("RU-TAM", None, "explicit")])]),
    ("The Defense Ministry said air defenses destroyed 14 drones over the Sea of Azov and the territory of the Republic of Crimea.",
     [("defense_ministry", 14, [("SEA-AZOV+UA-43", 14, "shared")])]),
    # "while approaching": a participle, not a new clause
    ("The ministry said seven drones were destroyed while approaching the Tula region and two over the Kaluga region.",
     [("defense_ministry", None, [("RU-TUL", 7, "explicit"), ("RU-KLU", 2, "explicit")])]),
    # counts of several weapons in one "and" list share the place after them
    ("The ministry said air defense systems destroyed two rockets, one missile and one drone over the Belgorod Region.",
     [("defense_ministry", None, [("RU-BEL", 2, "explicit"), ("RU-BEL", 1, "explicit"), ("RU-BEL", 1, "explicit")])]),
    # "one … the other …": shares of the count stated before, over where they fell; the count shared out is the total
    ("Mayor Sergei Sobyanin said two drones flying towards Moscow were shot down. One was downed in the Kaluga region, the other near the Central Ring Road.",
     [("mayor", 2, [("RU-KLU", 1, "explicit"), ("RU-MOS", 1, "explicit")])]),
    ("Mayor Sergei Sobyanin said air defenses downed two drones flying towards the city. One was downed in the Kaluga region, the other near the Central Ring Road.",
     [("mayor", 2, [("RU-KLU", 1, "explicit"), ("RU-MOS", 1, "explicit")])]),
    ("The ministry said two drones were destroyed over the Kaluga and Moscow regions. One was downed near Kaluga, the other near the Central Ring Road.",
     [("defense_ministry", 2, [("RU-KLU", 1, "explicit"), ("RU-MOS", 1, "explicit")])]),
    # … within the region already counted, all of them are its breakdown, and the count shared out the total
    ("Two drones were shot down over the Belgorod region, the governor said. One is in the Shebekino district, the second in the Valuyki district.",
     [("governor", 2, [("RU-BEL", 1, "explicit"), ("RU-BEL", 1, "explicit")])]),
    ("The governor said three drones were downed over the Kursk region. Two of them were downed over the Rylsk district and one over the Lgov district.",
     [("governor", 3, [("RU-KRS", 2, "explicit"), ("RU-KRS", 1, "explicit")])]),
    # … and one share alone is already in it
    ("The governor said three drones were downed over the Kursk region. Two of them were downed over the Rylsk district.",
     [("governor", None, [("RU-KRS", 3, "explicit")])]),
    # counts after the list, in its order, with "respectively"
    ("The Defense Ministry said drones were destroyed over the Kursk, Bryansk and Oryol regions: 12, 7 and 3 respectively.",
     [("defense_ministry", None, [("RU-KRS", 12, "explicit"), ("RU-BRY", 7, "explicit"), ("RU-ORL", 3, "explicit")])]),
    # … in words; and two towns of one region, each with its own count
    ("The ministry said seven drones had been destroyed over the Tambov region and the Republic of Mordovia, four and three respectively.",
     [("defense_ministry", 7, [("RU-TAM", 4, "explicit"), ("RU-MO", 3, "explicit")])]),
    ("Air defence units in the Zaporizhzhia region intercepted six rockets on Sunday, four and two of them over Tokmak and Vasylivka respectively.",
     [("unknown", 6, [("UA-23", 4, "explicit"), ("UA-23", 2, "explicit")])]),
    # "The bulk – 25 – were over …"; "the remaining 15 were split between" two regions: shared
    ("The ministry said 40 drones were intercepted overnight. The bulk – 25 – were over the Kursk region, while the remaining 15 were split between the Oryol and Bryansk regions.",
     [("defense_ministry", 40, [("RU-KRS", 25, "explicit"), ("RU-BRY+RU-ORL", 15, "shared")])]),
    # a count over three places, then "Of them" each one's, "the rest" the last: the first count is the total
    ("The ministry said air defences destroyed 20 drones over the Rostov region, Crimea and the Sea of Azov. Of them, 9 were downed over the Rostov region; 6 over the Sea of Azov; and the rest over Crimea.",
     [("defense_ministry", 20, [("RU-ROS", 9, "explicit"), ("SEA-AZOV", 6, "explicit"), ("UA-43", 5, "explicit")])]),
    # "the Caspian regions" are no sea; "the remainder" is what the total leaves
    ("Thirty drones were destroyed over the Volga and Caspian regions, the ministry said: twenty over the Saratov region, six over the Volgograd region and the remainder over the Caspian Sea.",
     [("defense_ministry", 30, [("RU-SAR", 20, "explicit"), ("RU-VGG", 6, "explicit"), ("SEA-CASPIAN", 4, "explicit")])]),
    # towns with their counts in brackets, each followed by its region
    ("Air defences brought down nine drones near Izyum (four) and Kupyansk (three) in the Kharkov region, and Snigiryovka (two) in the Nikolayev region, the ministry said.",
     [("defense_ministry", 9, [("UA-63", 4, "explicit"), ("UA-63", 3, "explicit"), ("UA-48", 2, "explicit")])]),
    # a count over a region, then its districts' counts in the next sentence, in words after dashes: one claim, the first count its total
    ("Governor Bogomaz said air defences destroyed seven drones over the Bryansk region overnight. Over the Pogarsky district – four, over the Sevsky district – three.",
     [("governor", 7, [("RU-BRY", 4, "explicit"), ("RU-BRY", 3, "explicit")])]),
    # the place first and its count in a parenthesis, after a colon
    ("The Defense Ministry said 17 drones were destroyed over the regions: Kursk (11), Bryansk (4) and Oryol (2).",
     [("defense_ministry", 17, [("RU-KRS", 11, "explicit"), ("RU-BRY", 4, "explicit"), ("RU-ORL", 2, "explicit")])]),
    # two verbs, one place: "destroyed N and intercepted M more over X" puts both over X
    ("Air defenses destroyed 12 drones and intercepted 5 more over the Kursk region, the ministry said.",
     [("defense_ministry", None, [("RU-KRS", 12, "explicit"), ("RU-KRS", 5, "explicit")])]),
    # a part ("N of which") over two places is shared between them; no reading needs to reach the total
    ("The ministry said air defences downed 36 drones, 8 of which were over the Sea of Azov and the Black Sea.",
     [("defense_ministry", 36, [("SEA-AZOV+SEA-BLACK", 8, "shared")])]),
    # a breakdown told in free prose in the sentence after the claim, with no verb of downing and no preposition before its places
    ("Air defences downed 150 drones overnight, the ministry said. The Kursk region took the largest share, 60, and the Oryol region "
     "came next with 35, while Lipetsk and Tambov reported 20 and 15.",
     [("defense_ministry", 150, [("RU-KRS", 60, "explicit"), ("RU-ORL", 35, "explicit"), ("RU-LIP", 20, "explicit"), ("RU-TAM", 15, "explicit")])]),
    ("Crews destroyed 44 UAVs over western regions during the night, according to the Defence Ministry. The Belgorod region accounted for 30 of them, "
     "followed by Voronezh with nine.", [("defense_ministry", 44, [("RU-BEL", 30, "explicit"), ("RU-VOR", 9, "explicit")])]),
    ("The ministry said 23 drones had been intercepted. Smolensk and Tver accounted for 15 and 8 respectively.",
     [("defense_ministry", 23, [("RU-SMO", 15, "explicit"), ("RU-TVE", 8, "explicit")])]),
    # the same words of a sentence that tells of the wounded: no count of drones
    ("Air defences downed 12 drones over the Kursk region, the governor said. The Kursk region also reported three injured.",
     [("governor", None, [("RU-KRS", 12, "explicit")])]),
    # a table written with pipes under a heading that counts downings: a row is a sentence with the heading's verb, its source column the speaker
    ("Night of 3 to 4 June: what the governors reported\nRegion | Drones downed | Source\nKursk | 12 | Governor Khinshtein\n"
     "Lipetsk | about 5 | Governor Artamonov", [("governor", None, [("RU-KRS", 12, "explicit")]), ("governor", 5, [("RU-LIP", 5, "explicit")])]),
    # the same table with its cells set off by dashes; a city's row marked "(city)"
    ("What the administrations reported:\nRegion — missiles shot down — source\nKharkiv Oblast — 7 — Kharkiv Regional Military Administration\n"
     "Kyiv (city) — 4 — Kyiv City Military Administration",
     [("other", None, [("UA-63", 7, "explicit")]), ("other", None, [("UA-30", 4, "explicit")])]),
    ("The ministry's figures by region:\n\n| Region | UAVs destroyed |\n|---|---:|\n| Kursk | 12 |\n| Bryansk | seven |\n| Total | 19 |",
     [("defense_ministry", 19, [("RU-KRS", 12, "explicit"), ("RU-BRY", 7, "explicit")])]),
    # a list's lines that tell the count first, then a dash and the place; their sum is the count told over the region
    ("Over the past night, air defence destroyed 12 UAVs over the Bryansk region, the governor said:\n7 – Klintsovsky district;\n3 – the city of Bryansk;\n"
     "2 – Starodub.", [("governor", 12, [("RU-BRY", 7, "explicit"), ("RU-BRY", 3, "explicit"), ("RU-BRY", 2, "explicit")])]),
    # a numbered list: the numbers of its lines are no counts
    ("The ministry said 26 drones were destroyed overnight. It listed the regions in this order:\n1. Kursk region — 15\n2. Lipetsk region — 9\n"
     "3. Tambov region — 2", [("defense_ministry", 26, [("RU-KRS", 15, "explicit"), ("RU-LIP", 9, "explicit"), ("RU-TAM", 2, "explicit")])]),
    # a count, then its place in brackets, in the sentence after the claim
    ("Air defences destroyed 12 drones over the past day, the ministry said. Its map gave them as 7 (Zaporozhye region), 5 (Kherson region).",
     [("defense_ministry", 12, [("UA-23", 7, "explicit"), ("UA-65", 5, "explicit")])]),
    # counts after a count that add up to it by chance, but of another weapon: no breakdown of it
    ("The ministry said 9 drones were destroyed: 4 (Kharkov region), 3 (Kherson region), 2 (Nikolayev region). Two missiles were also intercepted near Kherson.",
     [("defense_ministry", None, [("UA-63", 4, "explicit"), ("UA-65", 3, "explicit"), ("UA-48", 2, "explicit"), ("UA-65", 2, "explicit")])]),
    # a digest's bullets, each labelled with whose figures follow; a count that opens a bullet with no verb is its total
    ("Overnight in brief:\n• Lipetsk. Governor Artamonov said four drones were shot down over the Yelets district.\n"
     "• Defence Ministry. 40 drones over eight regions, including 11 over the Lipetsk region.",
     [("governor", None, [("RU-LIP", 4, "explicit")]), ("defense_ministry", 40, [("RU-LIP", 11, "explicit")])]),
    # districts listed with their counts: the first is no sum of the others, though 3 = 2 + 1
    ("Governor Gusev said six drones were destroyed over the Voronezh region. By district: Liskinsky – three, Ostrogozhsky – two, Rossoshansky – one.",
     [("governor", 6, [("RU-VOR", 3, "explicit"), ("RU-VOR", 2, "explicit"), ("RU-VOR", 1, "explicit")])]),
    # "over village X of Y district", as non-native copy writes it
    ("This night three UAV were shot down: two over Starodub and one over village Lyshchichi of Klimovo district, informed the governor of Bryansk region.",
     [("governor", 3, [("RU-BRY", 2, "explicit"), ("RU-BRY", 1, "explicit")])]),
    # Ukraine's list by oblast: "the capital" beside a Ukrainian oblast is Kyiv; the lines count the missiles the sentence before names
    ("Russia fired 50 missiles, of which 41 were shot down, the Ukrainian Air Force said, by oblast:\nKyiv Oblast and the capital — 30\nLviv Oblast — 11",
     [("air_force_ua", 41, [("UA-30+UA-32", 30, "shared"), ("UA-46", 11, "explicit")])]),
    # "41 of 50 missiles shot down", a headline's participle: 41 were downed, 50 fired, and no total of the downed
    ("Air Force: 41 of 50 Russian missiles shot down over Lviv Oblast", [("air_force_ua", None, [("UA-46", 41, "explicit")])]),
    # "the number had risen to 14 in total": the account so far, the earlier count among it
    ("At least five drones were shot down over the Sudzha district, Governor Khinshtein said. In a later post, Khinshtein said the number of drones "
     "destroyed over the region had risen to 11 in total.", [("governor", 11, [("RU-KRS", 11, "explicit")])]),
    # "…, out of 64 destroyed over Russia": the whole its parts are of
    ("The ministry said 20 drones were downed over the Moscow region and 12 over the Tver region, out of 51 destroyed over Russia during the night.",
     [("defense_ministry", 51, [("RU-MOS", 20, "explicit"), ("RU-TVE", 12, "explicit")])]),
    # where the harm was done, in the sentence of the claim, is no place of interceptions
    ("Governor Vorobyov said four drones had been shot down over the Ramenskoye district, and that two houses were damaged in Bykovo.",
     [("governor", None, [("RU-MOS", 4, "explicit")])]),
    # two republics' heads, the second named after his republic's possessive: two statements; "all the drones" is no count of the one before
    ("Head of Kabardino-Balkaria Kazbek Kokov said two drones were shot down near Nalchik. North Ossetia's head Sergei Menyailo wrote that one UAV "
     "had been destroyed near Mozdok. Dagestan's head Sergei Melikov said all the drones had been shot down near Izberbash.",
     [("regional_head", None, [("RU-KB", 2, "explicit")]), ("regional_head", None, [("RU-SE", 1, "explicit")]),
      ("regional_head", None, [("RU-DA", None, "explicit")])]),
    # markdown: a heading's hashes, bold and italic marks around speakers and counts, a quote's mark
    ("## Kursk region overnight\n**Governor Khinshtein:** air defence shot down **9** UAVs over the region.\n- Rylsky district — *5*\n"
     "- Glushkovsky district — *4*", [("governor", 9, [("RU-KRS", 5, "explicit"), ("RU-KRS", 4, "explicit")])]),
    ("> _Air defences destroyed **12** drones over the Oryol region_, the governor wrote.", [("governor", None, [("RU-ORL", 12, "explicit")])]),
    # "the remaining ones", "the others": what the total leaves
    ("Air defences shot down 40 drones overnight: 22 over the Kursk region, 9 over the Oryol region, with the remaining ones over the Tula and Lipetsk regions.",
     [("defense_ministry", 40, [("RU-KRS", 22, "explicit"), ("RU-ORL", 9, "explicit"), ("RU-LIP+RU-TUL", 9, "shared")])]),
]

TOTALS = [
    # a live page's headline count told again in the post with no weapon named ("Of those, 104 …") is one total, not two types
    ("06:40 GMT\nUkraine's air force says 61 drones downed\nThe air force says Russia launched 80 drones overnight. Of those, 61 were shot "
     "down or suppressed, it says.", [("air_force_ua", 61, [])]),
    # a sentence after the lines of a list that counts by type, not by place, is still of the statement over the list
    ("The air force said its units shot down 120 air targets overnight:\n— 8 cruise missiles;\n— 2 ballistic missiles;\n— 110 drones of various "
     "types.\n\nIn particular, 5 of the cruise missiles were destroyed over the Volyn and Rivne regions.",
     [("air_force_ua", 120, [("UA-07+UA-56", 5, "shared")])]),
    # a count told first that the per-type counts after it add up to, though far from them: the claim's total
    ("The air force said its units had destroyed 38 air targets in the attack, which began shortly after 3 p.m. — 30 cruise "
     "missiles and eight attack drones.", [("air_force_ua", 38, [])]),
    # "X's last post put the total at N": X's own statement, not the one told before it
    ("The Defense Ministry said 40 drones were destroyed over the Moscow region overnight. Sobyanin's last post of the night put "
     "the total at 12 drones shot down on the approach to the capital.",
     [("defense_ministry", None, [("RU-MOS", 40, "explicit")]), ("mayor", 12, [("RU-MOW", 12, "explicit")])]),
    # a headline of counts per type (launched and downed), whose downed count the body's claim tells: no claim of its own
    ("Russia attacked Ukraine with 52 drones and two missiles overnight, 38 drones downed — Air Force\nNV\n4 March 2026, 10:05\n"
     "On the night of March 4, Russian forces attacked Ukraine with two Kh-59 missiles and 52 attack drones, Ukraine's Air Force "
     "reported on Telegram.\nAs of 09:00, 38 attack drones were confirmed shot down over the Poltava, Sumy and Kharkiv oblasts.",
     [("air_force_ua", 38, [("UA-53+UA-59+UA-63", 38, "shared")])]),
    # a lead's one count over the region, told again by the same speaker as a total with its breakdown: one claim
    ("Air defence shot down 15 drones over the Belgorod region over the past day, Governor Vyacheslav Gladkov said. \"Over the "
     "past day, 15 UAVs were shot down over the region: eight over Belgorod, four over the Shebekino district and three over "
     "the Valuyki district,\" he wrote.",
     [("governor", 15, [("RU-BEL", 8, "explicit"), ("RU-BEL", 4, "explicit"), ("RU-BEL", 3, "explicit")])]),
    # a count over two places, told again for each ("…, nine over each"): two items, the count their sum
    ("The ministry said 14 drones were shot down over the Black Sea and the Sea of Azov, seven over each.",
     [("defense_ministry", 14, [("SEA-BLACK", 7, "each"), ("SEA-AZOV", 7, "each")])]),
    # "…, all of them over A and B" after a clause of launches: the places are the count's, shared
    ("The air force said it destroyed seven of the eleven drones launched at the country overnight, all of them over the Poltava and Sumy regions.",
     [("air_force_ua", 7, [("UA-53+UA-59", 7, "shared")])]),
    # "the Volga region" is the Volga lands, no subject: the count over it and a sea is the statement's total
    ("The ministry said 21 drones had been destroyed overnight over the Volga region and the Caspian Sea: 15 over the Samara region "
     "and six over the Caspian Sea.", [("defense_ministry", 21, [("RU-SAM", 15, "explicit"), ("SEA-CASPIAN", 6, "explicit")])]),
    # a sentence after the claim that names places with their counts in brackets is its breakdown
    ("Air defence systems destroyed 96 Ukrainian drones over 11 regions overnight, the ministry said. The ministry named the Oryol region (31), "
     "the Tula region (20) and the Kaluga region (9) among them.",
     [("defense_ministry", 96, [("RU-ORL", 31, "explicit"), ("RU-TUL", 20, "explicit"), ("RU-KLU", 9, "explicit")])]),
    # a lead's count told again as the night's tally ("since the beginning of the night": no cumulative cue); the step between is in it
    ('The number of drones downed over the Tula region overnight has risen to nine, Governor Dmitry Milyaev said on Sunday morning. At 01:30 '
     'the governor reported that three UAVs had been destroyed over the Aleksinsky district. "In total, since the beginning of the night, '
     'nine UAVs have been destroyed over the region. There are no casualties," Milyaev wrote at 05:10.', [("governor", 9, [("RU-TUL", 9, "explicit")])]),
    # a live page's post heading is the post's claim, not a claim of the speaker before
    ("Ukraine war latest: drones downed overnight\nAll times GMT\n08:05 Air force says 61 drones shot down\nAir defences shot down 61 drones "
     "overnight, the air force said on Telegram: 30 over the Kyiv region and 31 over the Sumy region.\n07:40 Seven drones destroyed over capital, "
     "says Kyiv official\nIhor Melnyk, the head of the Kyiv city military administration, said air defences had destroyed seven drones over the capital.",
     [("air_force_ua", 61, [("UA-32", 30, "explicit"), ("UA-59", 31, "explicit")]), ("other", None, [("UA-30", 7, "explicit")])]),
    # a headline that names the speaker loosely ("city administration says") is the body's claim when it counts the same
    ("All 11 Shahed drones downed over Kyiv, city administration says\nKYIV, Dec 3 - Ukrainian air defences shot down all 11 Iranian-made "
     "Shahed drones that Russia launched at the capital early on Monday, the head of the Kyiv city military administration, Ivan Sydorenko, "
     'said.\n"11 Shaheds were destroyed by air defence," Sydorenko wrote on Telegram.', [("other", 11, [("UA-30", 11, "explicit")])]),
    # a headline's count told again by the body's sentence and quote: the body's item stays when the headline's goes (one exact
    # count told three times is still no total, as dev d0041, d0119 and d0122 label it)
    ("Kherson mayor: three missiles downed over city\nKherson Mayor Ivan Petrenko said that air defence had shot down three cruise missiles "
     'over the city overnight. "Three missiles were destroyed in the air," Petrenko wrote.', [("mayor", None, [("UA-65", 3, "explicit")])]),
    # "N more … near <another town>", told by the same briefing's speaker, goes on with that briefing
    ("Air defences intercepted 12 rockets fired at the Antonovsky bridge in the Kherson region, the defence ministry said. "
     "Two more rockets were shot down near Nova Kakhovka, spokesman Igor Konashenkov said.",
     [("defense_ministry", None, [("UA-65", 12, "explicit"), ("UA-65", 2, "explicit")])]),
    # "…, said <name>, head of the regional military administration": another speaker, not the Air Force's breakdown
    ('"Our air defence forces destroyed 18 cruise missiles," the Ukrainian Air Force said. In the Volyn region, one missile was shot down, '
     'said Yurii Pohuliaiko, head of the regional military administration.', [("air_force_ua", 18, []), ("other", None, [("UA-07", 1, "explicit")])]),
    # "…, all of them over X": the one count is the statement's whole
    ("The ministry said 23 more drones were destroyed between 08:00 and 12:00 Moscow time, all of them over the Voronezh region.",
     [("defense_ministry", 23, [("RU-VOR", 23, "explicit")])]),
    # a count whose parts are told beside it, between dashes, is their sum: the claim's total
    ("Air defence shot down or suppressed 51 aerial targets – 48 drones and three missiles – the Air Force said.",
     [("air_force_ua", 51, [])]),
    # "attacks Ukraine with N drones": the attack, not the downed; the headline's "M neutralised" is the body's count
    ("Russia attacks Ukraine with 90 drones overnight, 71 neutralised – Air Force\nSource: Air Force of the Armed Forces of Ukraine on Telegram\n"
     "Details: Russian forces attacked Ukraine with 90 Shahed drones overnight.\nAs of 08:30, air defence had shot down or suppressed 71 drones "
     "in the north and east of the country.", [("air_force_ua", 71, [])]),
    # "UAVs of the Armed Forces of Ukraine" are whose, not where: the governor's count restated in his quote is his claim's
    # (one exact count told twice, no total, as dev d0041, d0119 and d0122; dev d0118's total is its headline's tally, "Reaches Three")
    ("Russian air defence systems brought down two drones over the Klimovo district, Governor Alexander Bogomaz said.\n"
     "\"This morning, air defence units destroyed two UAVs of the Armed Forces of Ukraine near the village of Zhecha.\"",
     [("governor", None, [("RU-BRY", 2, "explicit")])]),
    # "mostly over two districts" does not make the one count a total
    ("Governor Khinshtein said 17 drones were destroyed over the Kursk region, mostly over the Kurchatov and Lgov districts.",
     [("governor", None, [("RU-KRS", 17, "explicit")])]),
    # "according to" an institution named with its place's words: another speaker than the governor before
    ("Governor Oleh Syniehubov said nine drones were destroyed over the Kharkiv region overnight. "
     "In the Chernihiv region, air defence destroyed 12 drones overnight, according to the Chernihiv Oblast Military Administration.",
     [("governor", None, [("UA-63", 9, "explicit")]), ("other", None, [("UA-74", 12, "explicit")])]),
    # a region's counts by type, then its districts one line each: the lines are the items, and no single total
    ("Over the past day, air defences shot down 18 UAVs and 3 rockets over the territory of Kursk Oblast, the governor wrote.\n"
     "• Rylsk district – 7 UAVs;\n• Glushkovo district – 8 UAVs and 3 rockets;\n• Sudzha district – 3 UAVs.",
     [("governor", None, [("RU-KRS", 3, "explicit"), ("RU-KRS", 7, "explicit"), ("RU-KRS", 8, "explicit"), ("RU-KRS", 3, "explicit")])]),
    # ground combat downs nothing in the air, though drones were spoken of before
    ("Air defences shot down 20 drones over the Kharkiv region, the air force said. The General Staff said its troops had repelled more than 100 Russian assaults near Kupiansk.",
     [("air_force_ua", None, [("UA-63", 20, "explicit")])]),
    # a Ukrainian regional administration speaks for itself, not for the Air Force
    ("The Air Force said 80 drones were shot down overnight. In the Sumy region, the regional administration said 12 drones were downed overnight.",
     [("air_force_ua", 80, []), ("other", None, [("UA-59", 12, "explicit")])]),
    # a count over a region "and the surrounding waters" that the list after it adds up to is their sum
    ("Air defences destroyed 17 drones over Crimea and the surrounding waters overnight, the ministry said: five over Crimea, "
     "and eight and four over the Black Sea and the Sea of Azov respectively.",
     [("defense_ministry", 17, [("UA-43", 5, "explicit"), ("SEA-BLACK", 8, "explicit"), ("SEA-AZOV", 4, "explicit")])]),
    # "all the targets" of a governor after the ministry's count: not the ministry's count
    ("The ministry said 12 drones were destroyed over the Kursk and Oryol regions. Governor Andrei Klychkov said all the targets over the Oryol region had been destroyed.",
     [("defense_ministry", 12, [("RU-KRS+RU-ORL", 12, "shared")]), ("governor", None, [("RU-ORL", None, "explicit")])]),
    # a governor whom claimants.csv does not know, after one it knows: two speakers, by their surnames
    ("Governor Vyacheslav Gladkov said two drones were shot down. Governor Pavel Sidorenko said three drones were downed near Kotovsk.",
     [("governor", None, [("RU-BEL", 2, "explicit")]), ("governor", None, [("RU-TAM", 3, "explicit")])]),
    # a list by region, then "Total: N" on its own
    ("Drones destroyed overnight by region: Kursk — 12, Oryol — 5, Lipetsk — 2. Total: 19, the ministry said.",
     [("defense_ministry", 19, [("RU-KRS", 12, "explicit"), ("RU-ORL", 5, "explicit"), ("RU-LIP", 2, "explicit")])]),
    # a plain count told after the items and smaller than they add up to: an earlier report, not their total
    ("The mayor said air defences had shot down 23 drones flying towards Moscow overnight. Earlier, he had reported that 14 drones were downed.",
     [("mayor", None, [("RU-MOW", 23, "explicit")])]),
    # "N of the M drones that attacked … had been destroyed": the clause tells of the M, the verb after it of the N
    ("Ukraine's air force said 41 of the 50 Shahed drones that attacked the south overnight had been shot down, most of them over the Odesa region.",
     [("air_force_ua", 41, [("UA-51", None, "explicit")])]),
    # "…, the ministry said, for a total of 28": the total after the breakdown, its noun left out
    ("Air defense units shot down 11 drones over the Tula region, 6 over the Kaluga region and 2 over the Oryol region, "
     "the ministry said, for a total of 19.",
     [("defense_ministry", 19, [("RU-TUL", 11, "explicit"), ("RU-KLU", 6, "explicit"), ("RU-ORL", 2, "explicit")])]),
    # "Separately, …" after a claim of a count with no place: another statement
    ("The ministry said two drones aimed at a depot were suppressed by electronic warfare and crashed. "
     "Separately, air defences shot down nine drones over the Tula region overnight, the ministry said.",
     [("defense_ministry", 2, []), ("defense_ministry", None, [("RU-TUL", 9, "explicit")])]),
    # "N of some M": M is what was fired, N what was downed
    # a count with its noun left out, then "were destroyed", after a sentence that spoke of drones
    ("\"Air defence forces are repelling an attack by drones on Moscow. Four were destroyed,\" Sobyanin wrote.",
     [("mayor", None, [("RU-MOW", 4, "explicit")])]),
    # a republic's head, by title alone: the republic is the place of "over the republic"
    ("Udmurtia head Ivan Petrov said a drone was destroyed over the republic.", [("regional_head", None, [("RU-UD", 1, "explicit")])]),
    ("The head of Mari El, Pyotr Ivanov, said two drones were downed over the republic overnight.",
     [("regional_head", None, [("RU-ME", 2, "explicit")])]),
    ("Kyiv's air force said its crews shot down 61 of some 80 missiles fired at the country on Thursday.",
     [("air_force_ua", 61, [])]),
    # "… were launched, 13 of them were downed": the part downed is a claim though "launched" stands before it
    ("Sixteen drones were launched at the Odesa region overnight, 11 of them were destroyed, the air force said.",
     [("air_force_ua", None, [("UA-51", 11, "explicit")])]),
    ("Twenty drones were also launched, nine of which were destroyed, the air force said.", [("air_force_ua", 9, [])]),
    # "… were also destroyed, it said": the same statement's count of another type, no single total
    ("The air force said its units shot down 35 of 40 cruise missiles. Twelve drones were also destroyed, it said.",
     [("air_force_ua", None, [])]),
    # "25 of them" counts what "them" names: missiles here, so the drones "also launched" are the same statement's other type
    ("Russia fired 30 cruise missiles overnight, and air defences shot down 25 of them, the air force said. "
     "Twelve drones were also launched, eight of which were destroyed.", [("air_force_ua", None, [])]),
    # rockets with no place beside drones with places: a count of another type, not the claim's total
    ("Air defence means intercepted six Uragan rockets during the day. In addition, 11 drones were destroyed near Tokmak, "
     "Zaporozhye region, the ministry said.", [("defense_ministry", None, [("UA-23", 11, "explicit")])]),
    # launched, and all of them downed: the count launched is the count downed
    ("The air force said nine Shahed drones were launched at the country overnight, and all of them were shot down.",
     [("air_force_ua", 9, [])]),
    ("The air force said nine Shahed drones were launched at the Kyiv region overnight, all of which were destroyed.",
     [("air_force_ua", None, [("UA-32", 9, "explicit")])]),
    # "three more …" told twice, once with its place: the count added to an earlier statement, no total of its own
    ("Air defences destroyed three more drones over the Kursk region in the evening, the ministry said. "
     "\"Three more Ukrainian drones were destroyed by air defence systems on duty,\" the statement said.",
     [("defense_ministry", None, [("RU-KRS", 3, "explicit")])]),
    # "including over …" without a number: the place is among the count's, not all of it
    ("The Defense Ministry said 20 drones were destroyed overnight, including over the Kursk region.",
     [("defense_ministry", 20, [("RU-KRS", None, "explicit")])]),
    # "most of them over …": the count is the whole attack's, the regions are named without a number
    ("The Defense Ministry said it destroyed 40 drones overnight, most of them over the Bryansk and Kursk regions.",
     [("defense_ministry", 40, [("RU-BRY", None, "explicit"), ("RU-KRS", None, "explicit")])]),
    # "Later in the day he said … more": the same speaker's further statement; a mayor's "attack by three drones" on the city is its item
    ("Mayor Sergei Sobyanin said air defences repelled an attack by three drones flying to Moscow. "
     "Later in the day he said one more drone had been destroyed.",
     [("mayor", None, [("RU-MOW", 3, "explicit")]), ("mayor", None, [("RU-MOW", 1, "explicit")])]),
    # several claims in one article: the ministry and a governor
    ("The Defense Ministry said 30 drones were shot down over the Rostov region overnight. "
     "Separately, Kursk Governor Alexei Smirnov said four drones were destroyed over the Rylsk district.",
     [("defense_ministry", None, [("RU-ROS", 30, "explicit")]), ("governor", None, [("RU-KRS", 4, "explicit")])]),
    # a total stated once in the lead and again in the body is one claim
    ("Air defenses destroyed 8 drones overnight, the Defense Ministry said. Five were shot down over the Bryansk region and three over the Kursk region. "
     "The ministry said 8 drones were destroyed during the night.",
     [("defense_ministry", 8, [("RU-BRY", 5, "explicit"), ("RU-KRS", 3, "explicit")])]),
    # one count over a list of regions is the claim's total; over two districts of one region it is that region's item
    ("The Defense Ministry said 9 drones were destroyed over the Kursk, Oryol and Bryansk regions.",
     [("defense_ministry", 9, [("RU-BRY+RU-KRS+RU-ORL", 9, "shared")])]),
    ("Air defense crews intercepted two drones over the Odintsovo and Mozhaisk districts of the Moscow region.",
     [("unknown", None, [("RU-MOS", 2, "explicit")])]),
    # "Later, … four more": a further statement of the same count is not the first one again; a quote of the same "two more" is
    ("Governor Alexander Bogomaz said air defenses destroyed four drones over the Bryansk region during the day. "
     "Later, the governor added that four more drones were shot down over the region.",
     [("governor", None, [("RU-BRY", 4, "explicit")]), ("governor", None, [("RU-BRY", 4, "explicit")])]),
    ("Governor Alexander Bogomaz said two more drones were destroyed over the Klintsy district. "
     'He wrote: "Air defenses destroyed two more UAVs over the Klintsy district.',
     [("governor", None, [("RU-BRY", 2, "explicit")])]),
    # "Earlier, …" with counts, after a claim with counts: an earlier statement, even over the same region
    ("Mayor Sergei Sobyanin said a drone was shot down over the Ramenskoye district. "
     "Earlier, Sobyanin reported that a drone was shot down in the Lyubertsy district.",
     [("mayor", None, [("RU-MOS", 1, "explicit")]), ("mayor", None, [("RU-MOS", 1, "explicit")])]),
    # a claimant speaking after a stretch of other news makes another statement
    ("Governor Alexei Smirnov said five drones were shot down overnight. A house was damaged in the village of Glushkovo. "
     "Power lines were cut. Repair crews are working. A school was closed. "
     "The governor of the Rostov region, Vasily Golubev, boasted that air defences repelled a drone attack on the region's territory.",
     [("governor", None, [("RU-KRS", 5, "explicit")]), ("governor", None, [("RU-ROS", None, "explicit")])]),
    # "Russia and occupied Crimea": the count is over the country; Crimea is named without a count
    ("The Defense Ministry said air defenses destroyed 87 drones over the territory of Russia and temporarily occupied Crimea.",
     [("defense_ministry", 87, [("UA-43", None, "explicit")])]),
    # "an attack by three drones" is the size of the attack: the ministry's total; a mayor's count over his district
    ("Mayor Sergei Sobyanin wrote that air defenses in the Ramenskoye urban district repelled an attack by two drones flying to Moscow.",
     [("mayor", None, [("RU-MOS", 2, "explicit")])]),
    # one count and one region kept apart by clauses are that region's count; a governor named in passing
    # speaks for their own region only, not for the count that follows
    ("The military said it destroyed 144 drones overnight. Air defenses shot down 20 of the drones over the Moscow region, "
     "where Governor Andrey Vorobyov said drones damaged homes. The attack injured three people, Vorobyov said. "
     "The most intercepts took place over the Bryansk region, but officials there reported no damage after the 72 drones were shot down.",
     [("defense_ministry", 144, [("RU-MOS", 20, "explicit"), ("RU-BRY", 72, "explicit")])]),
    # an approximate count is the claim's total
    ("Governor Razvozhayev said more than 12 drones were shot down near Sevastopol.",
     [("governor", 12, [("UA-40", 12, "explicit")])]),
    # "all the drones were destroyed": the count named is the whole attack
    ("The Defense Ministry said Ukraine tried to attack facilities in the Tula region with four drones. Air defenses destroyed all the drones.",
     [("defense_ministry", 4, [("RU-TUL", 4, "explicit")])]),
    # … and a smaller count beside "all" is some of them
    ("The Defense Ministry said five drones took part in the attack on the Oryol region. "
     "It said all devices were intercepted over the city, while two drones were destroyed in the air.",
     [("defense_ministry", 5, [("RU-ORL", 5, "explicit")])]),
    # one count, then the districts it was spread over
    ("Governor Smirnov said nine drones were shot down over the Kursk region. They were downed over the Rylsky, Glushkovsky and Korenevsky districts.",
     [("governor", 9, [("RU-KRS", 9, "explicit")])]),
    # … but a city and its own region are not several places
    ("Governor Gladkov said air defenses worked over Belgorod and the Belgorod region, and five drones were shot down.",
     [("governor", None, [("RU-BEL", 5, "explicit")])]),
    # "in total" over a region that the claim's other items make up
    ("Governor Smirnov said 6 drones were downed over the Lgov district and 2 over the Rylsk district. In total, 8 drones were destroyed over the Kursk region.",
     [("governor", 8, [("RU-KRS", 6, "explicit"), ("RU-KRS", 2, "explicit")])]),
    # launched, and then some of them downed: only the second count is claimed
    ("Ukraine's air force said a total of 30 drones were launched, and 21 of those were shot down.", [("air_force_ua", 21, [])]),
    # a count stated in the claimant's next sentence is the place's count
    ("Air defenses shot down several missiles over the Kursk region, the Defense Ministry said. "
     "The attack was reported by local governor Alexei Smirnov. Later the ministry said that 9 missiles had been destroyed.",
     [("defense_ministry", None, [("RU-KRS", 9, "explicit")])]),
    # "reported by local governor X … the official said" is the governor's claim; the ministry's confirmation after it
    # gives the count to the place it named before
    ("The Defense Ministry said drones were destroyed over the Belgorod region. The attack was reported by local governor Vyacheslav Gladkov. "
     "Defenses downed a total of 6 drones as they approached the city of Belgorod, the official said. "
     "The Defense Ministry later confirmed that 6 drones had been destroyed.",
     [("defense_ministry", 6, [("RU-BEL", 6, "explicit")]), ("governor", 6, [("RU-BEL", 6, "explicit")])]),
    # a headline without a speaker, then the same claim attributed: one claim, the speaker's
    ("Air defences shoot down 5 drones near Kursk, official says\n\nAir defences shot down 5 drones near Kursk, Governor Alexei Smirnov said on Friday.",
     [("governor", None, [("RU-KRS", 5, "explicit")])]),
    # a governor's "attack with two drones" over their region: a count, not a total
    ("Bryansk Governor Alexander Bogomaz said air defenses thwarted another attack with two drones.",
     [("governor", None, [("RU-BRY", 2, "explicit")])]),
    # two sentences with no space between them are still two
    ("The Defense Ministry said 4 drones were destroyed over the Tula region.Governor Alexander Bogomaz said 2 drones were destroyed over the Bryansk region.",
     [("defense_ministry", None, [("RU-TUL", 4, "explicit")]), ("governor", None, [("RU-BRY", 2, "explicit")])]),
    # a governor's two statements and then their sum: one claim
    ("Governor Alexei Smirnov said air defenses shot down another 8 drones over the Kursk region. "
     "Before that, on Monday evening, air defenses shot down a drone over the Rylsk district. "
     "In total, 9 drones were destroyed over the Kursk region on Monday evening.",
     [("governor", 9, [("RU-KRS", 8, "explicit"), ("RU-KRS", 1, "explicit")])]),
    # "Earlier, …" about another place, then its own speaker: another claim
    ("Governor Alexei Smirnov said air defenses shot down 4 drones over the Kursk region. "
     "Earlier, air defenses repelled an attack on Sevastopol. "
     "According to the region's governor, Mikhail Razvozhayev, 6 drones were destroyed.",
     [("governor", None, [("RU-KRS", 4, "explicit")]), ("governor", None, [("UA-40", 6, "explicit")])]),
    # "Earlier, …" with a count after a claim that gave none, over the same region: another claim
    ("Governor Vyacheslav Gladkov said a few more air targets were shot down above Belgorod early on Wednesday. "
     "Earlier on Wednesday, seven missiles and four drones were destroyed above the region.",
     [("governor", None, [("RU-BEL", None, "explicit")]), ("unknown", None, [("RU-BEL", 7, "explicit"), ("RU-BEL", 4, "explicit")])]),
    # "…, where Governor X said drones damaged homes": the governor speaks of damage, the count stays the ministry's
    ("Russia's military said Tuesday it destroyed 50 drones overnight. Air defenses shot down 12 of the drones over the Moscow region, "
     "where Governor Andrey Vorobyov said drones damaged homes. Vorobyov said two people were hurt.",
     [("defense_ministry", 50, [("RU-MOS", 12, "explicit")])]),
    # a summary per weapon over a list, then the breakdown: the summary is no item, and there is no single total
    ("The Defense Ministry said 20 drones and 2 missiles were destroyed over the Kursk and Belgorod regions. "
     "Air defenses destroyed 12 drones and 2 missiles over the Kursk region and 8 drones over the Belgorod region.",
     [("defense_ministry", None, [("RU-KRS", 12, "explicit"), ("RU-KRS", 2, "explicit"), ("RU-BEL", 8, "explicit")])]),
    # "the downing of N drones": a noun for the verb
    ("The Defense Ministry announced the downing of six drones over various regions of Russia.", [("defense_ministry", 6, [])]),
    # "over other regions" is no region: the count is a total
    ("The Defense Ministry said it destroyed three drones over other regions overnight.", [("defense_ministry", 3, [])]),
    # a share of the count: "half of them" of 40 is 20 over that place, and the 40 stays the total
    ("Air defences destroyed 40 Ukrainian drones overnight, half of them over the Kursk region, the Defence Ministry said.",
     [("defense_ministry", 40, [("RU-KRS", 20, "explicit")])]),
    # a share with no exact number: the places, each without a count, and the total
    ("Air defences destroyed 27 drones overnight, most of them over the Tula and Oryol regions, the ministry said.",
     [("defense_ministry", 27, [("RU-TUL", None, "explicit"), ("RU-ORL", None, "explicit")])]),
    # "another N" with no place after the items adds to them: no total is stated
    ("Air defences shot down 14 drones over the Lipetsk region overnight, and another 21 were shot down later in the morning, "
     "the ministry said.",
     [("defense_ministry", None, [("RU-LIP", 14, "explicit")])]),
    # "Later, … another N over X": a later statement, not more of the first
    ("The Defence Ministry said air defences shot down 9 drones over the Oryol region and 3 over the Kursk region in the afternoon. "
     "Later, the ministry said another 5 drones were destroyed over the Tula region.",
     [("defense_ministry", None, [("RU-ORL", 9, "explicit"), ("RU-KRS", 3, "explicit")]),
      ("defense_ministry", None, [("RU-TUL", 5, "explicit")])]),
    # "another N" over two regions, said later: the shared count is more too, and so a later statement
    ("The ministry said air defence units destroyed 60 drones overnight, including 21 over the Lipetsk region. Later on Sunday, "
     "it said another 12 drones had been downed during the day over the Tambov and Penza regions.",
     [("defense_ministry", 60, [("RU-LIP", 21, "explicit")]), ("defense_ministry", 12, [("RU-PNZ+RU-TAM", 12, "shared")])]),
    # "the Nikolayev region" is a place: Nikolayev, a claimant's name (the head of Chuvashia), does not speak here
    ("Air defence means shot down 6 drones near Snigirevka in the Nikolayev region and Kherson, Konashenkov said.",
     [("defense_ministry", 6, [("UA-48+UA-65", 6, "shared")])]),
    # two commands, one after the other: two statements
    ("Ten drones were shot down over the Mykolaiv region overnight, Operational Command South said. The Air Force said four more were "
     "destroyed over the Poltava region.",
     [("other", None, [("UA-48", 10, "explicit")]), ("air_force_ua", None, [("UA-53", 4, "explicit")])]),
    # "another drone" adds one, as "one more drone" does: a later statement over the speaker's city
    ("Mayor Sergei Sobyanin said air defence forces had shot down three drones approaching Moscow. An hour later he said another drone "
     "had been destroyed.",
     [("mayor", None, [("RU-MOW", 3, "explicit")]), ("mayor", None, [("RU-MOW", 1, "explicit")])]),
    # a daytime window after an overnight count: the day's statement, not a part of the night's
    ("Air defences shot down 48 drones overnight, the ministry said. From 09:00 to 13:00 Moscow time, a further 16 drones were "
     "destroyed over the Smolensk, Tver and Pskov regions.",
     [("defense_ministry", 48, []), ("defense_ministry", 16, [("RU-PSK+RU-SMO+RU-TVE", 16, "shared")])]),
    # launched and downed per type, the downed counts with their nouns left out: no single total
    ("According to the Air Force, 52 missiles were launched and 41 were shot down; 90 drones were launched, of which 63 were shot down.",
     [("air_force_ua", None, [])]),
    # one count over a list of regions is the claim's total, unless there are no more drones than places
    ("The ministry said air defences shot down 7 drones over the Kaluga and Tula regions.",
     [("defense_ministry", 7, [("RU-KLU+RU-TUL", 7, "shared")])]),
    ("The ministry said air defences shot down two drones over the Kaluga region and near the town of Kashira.",
     [("defense_ministry", None, [("RU-KLU+RU-MOS", 2, "shared")])]),
    # fewer of the same weapon, told by what downed them: among those counted, not another statement
    ("Air defences destroyed nine ATACMS missiles, the ministry said. Three missiles were shot down by Pantsir systems.",
     [("defense_ministry", 9, [])]),
    # the share in the next sentence
    ("Ukraine's air force said it shot down 31 of 45 drones overnight. The majority of them were over the Sumy and Poltava regions.",
     [("air_force_ua", 31, [("UA-59", None, "explicit"), ("UA-53", None, "explicit")])]),
    # a week's tally, told as a list of types, is cumulative: the cue governs every count of its list
    ("Over the past week, air defences shot down 1,400 Ukrainian drones, 9 Neptune long-range missiles and 35 guided aerial bombs, the ministry said.", []),
    # a governor's "another N" with no place, after counts over their own region: more over it
    ("Kursk governor Alexander Khinshtein said air defences shot down 9 drones over the region and another 4 were suppressed by electronic warfare.",
     [("governor", None, [("RU-KRS", 9, "explicit"), ("RU-KRS", 4, "explicit")])]),
    # "One of them … near a village" inside a count shared by two regions is among that count
    ("Air defences shot down six drones over the Kherson and Zaporozhye regions, the ministry said. One of them was destroyed near the village of Vasilyevka.",
     [("defense_ministry", 6, [("UA-23+UA-65", 6, "shared")])]),
    # "it said" in the next statement: the institution that spoke before
    ("Air defences destroyed 14 drones over the Moscow region in three hours, the ministry said. Over the previous night, it said, 61 drones "
     "had been downed, including 20 over the Moscow region.",
     [("defense_ministry", None, [("RU-MOS", 14, "explicit")]), ("defense_ministry", 61, [("RU-MOS", 20, "explicit")])]),
    # a part of the attack with no place, before "N more" with one, is a share of the attack, no total; "N of them" alone after a launch is
    ("Six drones attacked the city, the ministry said. Two of them were suppressed by electronic warfare. Four more drones were shot down over the Moscow region.",
     [("defense_ministry", None, [("RU-MOS", 4, "explicit")])]),
    ("Russia launched 70 drones overnight. 52 of them were shot down, the air force said.", [("air_force_ua", 52, [])]),
    # a total over one region, then its breakdown by districts in the next sentence: one claim
    ("Governor Khinshtein said that in all 19 drones were destroyed over the Kursk region overnight. By districts: Rylsky – 7; Glushkovsky – 5; Sudzhansky – 4; Korenevsky – 3.",
     [("governor", 19, [("RU-KRS", 7, "explicit"), ("RU-KRS", 5, "explicit"), ("RU-KRS", 4, "explicit"), ("RU-KRS", 3, "explicit")])]),
    # a city's military administration and the region's are two speakers
    ("Air defences destroyed 12 drones over the Dnipropetrovsk region, the regional military administration said. "
     "The head of the Kryvyi Rih city military administration wrote that two of the drones had been shot down on approach to the city.",
     [("other", None, [("UA-12", 12, "explicit")]), ("other", None, [("UA-12", 2, "explicit")])]),
    # "the capital" of a Ukrainian military administration is Kyiv
    ("Oleksandr Petrenko, head of the city military administration, said 25 drones had been destroyed over the capital.", [("other", None, [("UA-30", 25, "explicit")])]),
    # "In total, N air targets" adding up the counts by type before it is the statement's total
    ("According to the Air Force, 150 drones were shot down, and four of the six missiles were destroyed. In total, 154 air targets were neutralised, the statement said.",
     [("air_force_ua", 154, [])]),
    # "had written" attributes
    ("The ministry said 12 drones had been shot down over the Bryansk region. Mayor Sobyanin had written at 21:40 that a drone flying towards the capital had been destroyed.",
     [("defense_ministry", None, [("RU-BRY", 12, "explicit")]), ("mayor", None, [("RU-MOW", 1, "explicit")])]),
    # a figure of one type that its own items add up to, beside items of another type: stated per type, no single total
    ("The ministry said air defences shot down two guided bombs over the Kursk region and 20 drones overnight. "
     "The drones were distributed as follows: over the Kursk region - 12; over the Belgorod region - 8.",
     [("defense_ministry", None, [("RU-KRS", 2, "explicit"), ("RU-KRS", 12, "explicit"), ("RU-BEL", 8, "explicit")])]),
    # missiles that "were not intercepted" are no count of the claim
    ("Air defence shot down 40 drones over the Sumy and Poltava regions, the Air Force said. Two Iskander-M ballistic missiles launched from the Kursk region were not intercepted.",
     [("air_force_ua", 40, [("UA-53+UA-59", 40, "shared")])]),
    # a month's sum of many statements is no claim
    ("In March alone, the ministry's statements added up to about 4,000 drones reported downed over Russian regions, according to our count.", []),
    # the head of a city's administration speaks as its mayor
    ("The head of the Shchyokino city administration, Oleg Ivanov, said two drones had been shot down over the town.", [("mayor", None, [("RU-TUL", 2, "explicit")])]),
    # a weekly tally governs its whole list, whichever side of it the cue stands
    ("In its weekly summary, the ministry said air defences had shot down 900 drones, 20 rockets and five missiles over the past week. "
     "Overnight, 30 drones were destroyed over the Bryansk region, it said.", [("defense_ministry", None, [("RU-BRY", 30, "explicit")])]),
    # missiles by name; ", as were N …" is over the same place
    ("\"All four Kinzhals aimed at Kyiv were destroyed, as were about 20 Shaheds,\" the city military administration said.",
     [("other", None, [("UA-30", 4, "explicit"), ("UA-30", 20, "explicit")])]),
    # the fleet speaks for itself; "mobile fire groups of the fleet" are who fired, not who said
    ("Mobile fire groups of the Black Sea Fleet repelled an attack on Sevastopol, Governor Razvozhayev said. Four drones were shot down over the sea. "
     "The fleet's press service said separately that ships had downed six drones over the Black Sea.",
     [("governor", None, [("UA-40", 4, "explicit")]), ("other", None, [("SEA-BLACK", 6, "explicit")])]),
    # two Russian-installed administrations are two speakers; the regional one's town is in its region (Mikhailovka: Zaporizhzhia's, not Volgograd's)
    ("A drone was shot down over the Sea of Azov off the city, an official of Berdyansk's Russian-installed administration said. "
     "The military-civilian administration of the Zaporozhye region said two more drones had been downed near Mikhailovka.",
     [("other", None, [("SEA-AZOV", 1, "explicit")]), ("other", None, [("UA-23", 2, "explicit")])]),
    # "N of the M drones its air defences shot down": M is the total and N an item
    ("The ministry said 14 of the 40 drones its air defences shot down overnight were over the Oryol region.",
     [("defense_ministry", 40, [("RU-ORL", 14, "explicit")])]),
    # "… with 12 drones, and all of them had been destroyed": the attack's size is the total
    ("The ministry said Kyiv had tried to attack facilities in the Bryansk region with 12 drones and that all of them had been destroyed.",
     [("defense_ministry", 12, [("RU-BRY", 12, "explicit")])]),
]

PLACES = [
    # "the capital" in the words of Kyiv's mayor or of its military administration's head is Kyiv
    ("Mayor Vitali Klitschko said nine of the 12 missiles fired at the capital had been shot down over the city.", [("UA-30", 9)]),
    ("Serhiy Popko, the head of the city military administration, said 17 drones aimed at the capital had been destroyed.", [("UA-30", 17)]),
    # where boats were destroyed is no place of the drones': "… and destroyed three unmanned boats in the Black Sea"
    ("The ministry said it had shot down 12 drones over the Kursk region and destroyed three unmanned boats in the Black Sea.",
     [("RU-KRS", 12)]),
    # a city's districts are the city's oblast, though the city is not named
    ("The mayor said air defence destroyed two drones over the Slobidskyi district and one over the Osnovianskyi district.",
     [("UA-63", 1), ("UA-63", 2)]),
    # seas listed after "several Russian regions" or "Russia": named without a number, the count being the whole country's
    ("The ministry said 52 drones were downed over several Russian regions, the Black Sea and the Sea of Azov.", [("SEA-AZOV", None), ("SEA-BLACK", None)]),
    ("The ministry said 52 drones were downed over Russia and the Black Sea overnight.", [("SEA-BLACK", None)]),
    # the end of "the night of November 4 to 5" is no count: the places named get none
    ("The ministry claimed that its forces downed 97 drones over Russia, occupied Crimea and the Black Sea on the night of November 4 to 5.",
     [("UA-43", None), ("SEA-BLACK", None)]),
    # "over the republics of A and B": the republics named after it
    ("The ministry said eight drones were destroyed over the republics of Dagestan and Kalmykia.", [("RU-DA+RU-KL", 8)]),
    # "near the facility", "near the plant": the plant the sentence named
    ("The Novovoronezh nuclear plant's press service said a drone was shot down near the facility and fell in a field.", [("RU-VOR", 1)]),
    ("According to the press service of the Zaporizhzhia nuclear plant, two drones were downed near the plant overnight.", [("UA-23", 2)]),
    # a district name several regions have, read in the region of the town named beside it
    ("Aksyonov said up to seven UAVs were shot down over the Feodosia urban district and the Kirovsky district.", [("UA-43", 7)]),
    # a repelled strike on a place is where its rockets fell, when the sentence names no other ("over the city")
    ("Air defence repelled a strike on Kherson, shooting down 12 rockets fired from HIMARS launchers over the city, the official said.", [("UA-65", 12)]),
    # a city's district, after the city
    ("Governor Khinshtein said three drones were shot down over Kursk, Seimsky district.", [("RU-KRS", 3)]),
    # a village read by its likeness to a town elsewhere is in the region named after it
    ("The ministry said four drones were destroyed near Snigiryovka in the Nikolaev region and Kiselyovka in the Kherson region.",
     [("UA-48+UA-65", 4)]),
    # where debris fell is no place of the downing: the drones' target is
    ("Mayor Sobyanin said 12 UAVs heading for Moscow had been destroyed, adding that debris had fallen on the roof of a house in the Domodedovo district.",
     [("RU-MOW", 12)]),
    # a part of a city or region the gazetteer has no row for is in that city's or region's region
    ("The military administration said air defences destroyed three drones over the Zhovtnevyi district of Kharkiv.", [("UA-63", 3)]),
    ("The governor said two drones were shot down over the Zarechny district of the Bryansk region.", [("RU-BRY", 2)]),
    # a bay of the Sea of Azov named by a Rostov town is the sea, even when the Rostov governor speaks
    ("In the Rostov region, Governor Slyusar wrote that three UAVs were shot down over the Taganrog Bay and one more over Azov.",
     [("RU-ROS", 1), ("SEA-AZOV", 3)]),
    # a sea named as translations write it, "Azov sea": the sea, not the town of Azov
    ("The ministry said nine drones were destroyed above the waters of Azov sea and four over Black sea.", [("SEA-AZOV", 9), ("SEA-BLACK", 4)]),
    # a Ukrainian oblast's colloquial name
    ("Air defence shot down 14 drones over Chernihivshchyna overnight, the regional administration said.", [("UA-74", 14)]),
    ("Mobile fire groups destroyed six Shaheds over Odeshchyna, the Air Force said.", [("UA-51", 6)]),
    # a misspelt town read by its likeness to one elsewhere is of the region the text names after it
    ("Two rockets were intercepted near Kiselevka and Chernobaevka in the Kherson region, the ministry said.", [("UA-65", 2)]),
    # a region's colloquial name; "unmanned aircrafts", as non-native English writes it
    ("This night in Belgorodchina two Ukrainian unmanned aircrafts are shot down, informs the governor.", [("RU-BEL", 2)]),
    # a landmark named by an adjective is not the district of that name
    ("Governor Razvozhayev said a drone was shot down over the bay near the Konstantinovsky ravelin in Sevastopol.", [("UA-40", 1)]),
    # districts "of" a city or region named after them are that place's, whatever else the gazetteer knows by their names
    ("Air defences intercepted six rockets over the Budyonnovsky and Kalininsky districts of Donetsk, Pushilin said.", [("UA-14", 6)]),
    # Russian adjectival names and a clipped "reg." in a translated list
    ("The ministry said drones were destroyed: Kaluzhskaya oblast - 6, Kurskaya oblast - 3, Bryansk reg. - 2.", [("RU-BRY", 2), ("RU-KLU", 6), ("RU-KRS", 3)]),
    # a regional military administration speaks of its own region as "the region"
    ("The Odesa regional military administration said air defences destroyed 12 drones over the region overnight.", [("UA-51", 12)]),
    # a drone that "had hit" something was not downed
    ("Governor Alexander Khinshtein said on Tuesday that three drones had been destroyed over the Rylsk district during the night, "
     "and that an FPV drone had hit a van in the border village of Tyotkino, injuring the driver.", [("RU-KRS", 3)]),
    # where the missiles were fired from is no place they were downed
    ("The air force said it shot down seven of 8 cruise missiles fired from a ship in the Caspian Sea on Monday morning.", []),
    # a briefing's "in the areas of the settlements of A and B in X region, C in Y region": one count over the regions
    ("Air defence means shot down 12 Ukrainian unmanned aerial vehicles in the areas of the settlements of Kupyansk and Volchansk "
     "in the Kharkov region and Vasilyevka in the Zaporozhye region, the ministry said.", [("UA-23+UA-63", 12)]),
    # "five each over the A and B districts": two districts of one region, five over each
    ("Air defence units destroyed four drones each over the Novozybkov and Trubchevsk districts, the governor said.", [("RU-BRY", 4), ("RU-BRY", 4)]),
    # a count over a region, then a colon and its breakdown by district: the count is the total, the districts the items
    ("Air defences destroyed 11 drones over the Kursk region: four each over the Rylsk and Lgov districts and three over the Sudzha district, "
     "the governor said.", [("RU-KRS", 3), ("RU-KRS", 4), ("RU-KRS", 4)]),
    # "In Crimea, …" opening the sentence only says where Sevastopol is: no item over Crimea
    ("In Crimea, air defences destroyed four drones near Sevastopol, the governor said.", [("UA-40", 4)]),
    ("In the Kursk region, air defences shot down two drones near the town of Lgov and one over the Tula region.", [("RU-KRS", 2), ("RU-TUL", 1)]),
    # destroyed *by* air defence systems: the systems did it, they are not what was destroyed
    ("Five missiles were destroyed by air defence systems on duty over Crimea, the ministry said.", [("UA-43", 5)]),
    # "over several regions, including A and B": some of the places, each with no number
    ("The ministry said air defences destroyed 25 drones over several regions, including the Tula and Kaluga regions.",
     [("RU-TUL", None), ("RU-KLU", None)]),
    # "air defences went into action over X … All the targets were shot down": X, with no number
    ("Air defences went into action over Kursk late on Friday, Governor Roman Starovoit said. All the targets were shot down, he added.",
     [("RU-KRS", None)]),
    # "Nikolayevka of the Donetsk People's Republic": a name of two towns, told by its region; villages "of" their region
    ("Nine drones were destroyed near Kremennaya of the Lugansk People's Republic and Nikolayevka of the Donetsk People's Republic, Konashenkov said.",
     [("UA-09+UA-14", 9)]),
    # "a fifth was suppressed …", "a second drone": an ordinal counts one more, also opening the next sentence
    ("Three drones were shot down over the Tver region, the governor said. A fourth was suppressed near Konakovo.",
     [("RU-TVE", 3), ("RU-TVE", 1)]),
    ("Four drones were destroyed over the Tula region; a fifth was suppressed by electronic warfare and fell near Aleksin.",
     [("RU-TUL", 4), ("RU-TUL", 1)]),
    ("The governor said a second drone was shot down over the Lipetsk region an hour later.", [("RU-LIP", 1)]),
    ("Five drones were downed over the Kaluga region, and a sixth was destroyed near Obninsk, the ministry said.", [("RU-KLU", 5), ("RU-KLU", 1)]),
    # the place of an attack that was fought off, when the sentence names no other
    ("Air defences repelled an attack on Tuapse overnight, destroying six drones, the regional headquarters said.", [("RU-KDA", 6)]),
    ("During the repelling of an attack on Yeysk, nine drones were destroyed, the city's head said.", [("RU-KDA", 9)]),
    # a surname that is also a town's name (Demidov, Smolensk region) after a first name is a person
    ("The mayor of Belgorod, Valentin Demidov, said two drones were shot down over the city.", [("RU-BEL", 2)]),
    # a place in another part of the sentence, after a semicolon, with no interception verb of its own
    ("The mayor said 12 drones heading toward the capital were downed; flights at Sheremetyevo were suspended.", [("RU-MOW", 12)]),
    ("The governor said debris damaged a house in Kstovo; the ministry said six drones were destroyed over the Nizhny Novgorod region.",
     [("RU-NIZ", 6)]),
    # … but not the place a strike hit
    ("Russia said a drone strike on the Novovoronezh power plant damaged a building and that air defenses shot down a total of five drones.", []),
    # "a drone near X and another near Y": one more of the same weapon
    ("The governor said air defences intercepted a drone near Yeysk and another near Tuapse.", [("RU-KDA", 1), ("RU-KDA", 1)]),
    ("A drone was shot down over the Tula region, and another was downed in the Moscow region's Istra district, the ministry said.",
     [("RU-MOS", 1), ("RU-TUL", 1)]),
    ("The governor said two drones were downed over the Belgorod district and a third was suppressed in the Grayvoron district.",
     [("RU-BEL", 1), ("RU-BEL", 2)]),
    # "42 downed over …" counts without its noun; "others over five other regions" counts no regions
    ("A total of 90 drones were destroyed, the ministry said, with 42 downed over the Bryansk region and others over five other regions.",
     [("RU-BRY", 42)]),
    # where the drones flying to the capital fell, said in the next sentence with its speaker's name before it
    ("Mayor Sergei Sobyanin said seven drones flying to the capital had been shot down. "
     "Sobyanin said the drones were destroyed over the Istra and Odintsovo districts.", [("RU-MOS", 7)]),
    # "near the port of …", "the Black and Azov seas", "as well as over the waters of …"
    ("Governor Drozdenko said a drone was destroyed near the port of Ust-Luga.", [("RU-LEN", 1)]),
    ("Air defenses destroyed 9 drones over the waters of the Black and Azov seas, the ministry said.", [("SEA-AZOV+SEA-BLACK", 9)]),
    ("Air defenses destroyed 14 drones over the Rostov region, as well as over the waters of the Sea of Azov, the ministry said.",
     [("RU-ROS+SEA-AZOV", 14)]),
    # counts "including" places inside the region counted are parts of its count
    ("Air defenses downed 30 drones over the Rostov region overnight, including ten near Taganrog and five near Novoshakhtinsk.", [("RU-ROS", 30)]),
    # the place an attack was aimed at, then a colon and its counts
    ("Ukraine launched a rocket attack on Belgorod: 10 Vampire rockets and one Tochka-U missile were shot down, the ministry said.",
     [("RU-BEL", 1), ("RU-BEL", 10)]),
    ("The Defense Ministry said one drone was destroyed near Moscow.", [("RU-MOS", 1)]),
    ("Mayor Sergei Sobyanin said a drone flying towards the capital was shot down.", [("RU-MOW", 1)]),
    ("The Defense Ministry said two drones were destroyed over the Moscow Oblast.", [("RU-MOS", 2)]),
    ("The Defense Ministry said three drones were shot down over the Sea of Azov.", [("SEA-AZOV", 3)]),
    ("The Defense Ministry said five drones were destroyed over the Crimean peninsula.", [("UA-43", 5)]),
    ("The Defense Ministry said a drone was destroyed over Novorossiysk.", [("RU-KDA", 1)]),
    ("The Defense Ministry said four drones were shot down over the Briansk region.", [("RU-BRY", 4)]),
    ("Governor Gladkov said two drones were shot down over the Shebekinsky urban district.", [("RU-BEL", 2)]),
    ("The governor said a drone was downed near Taganrog, in the Rostov region.", [("RU-ROS", 1)]),
    ("The ministry said two drones were destroyed over the Kursk region, some 500 km south of Moscow.", [("RU-KRS", 2)]),
    ("Governor Mikhail Razvozhayev said three drones were shot down over the sea off Sevastopol.", [("UA-40", 3)]),
    # villages the gazetteer does not know, each list followed by its region, as in the ministry's 2022 briefings
    ("Air defence means intercepted three HIMARS rockets near Pervomaiskoye, Lugansk People's Republic, and two drones near "
     "Staromlynivka, Donetsk People's Republic, the ministry said.", [("UA-09", 3), ("UA-14", 2)]),
    ("Air defence means shot down 7 drones in the areas of Balakliya, Kharkov region, Vasilyevka and Orekhov, Zaporozhye region.",
     [("UA-23+UA-63", 7)]),
    # the shore that says where on a sea: the sea named stays the place; "the sea" of a region's head yields to the shore
    ("Coastguard officers said four drones were brought down over the Black Sea off Gelendzhik.", [("SEA-BLACK", 4)]),
    ("Crimea's head Sergei Aksyonov said on Monday that two drones were shot down over the sea near Balaklava.", [("UA-40", 2)]),
    # a weapon named by its launcher: "multiple rocket launcher projectiles"
    ("Air defences intercepted five Uragan multiple rocket launcher projectiles and one Tochka-U missile near Nova Kakhovka.",
     [("UA-65", 1), ("UA-65", 5)]),
    ("Sobyanin said two drones flying to Moscow were shot down in the Ramenskoye urban district and another one near Zhukovsky.",
     [("RU-MOS", 1), ("RU-MOS", 2)]),
    # "the drone had been downed": the one drone spoken of, counted
    ("Mayor Ivan Petrov told reporters that the drone had been downed over the Yelabuga district.", [("RU-TA", 1)]),
    ("Governor Alexander Gusev said that air defenses destroyed the UAV over the Voronezh region.", [("RU-VOR", 1)]),
    # "in different districts of the region": a place after a part-of phrase
    ("Governor Vasily Golubev said several dozen drones were destroyed in different districts of the Rostov region.", [("RU-ROS", None)]),
    # "the Crimean port of Sevastopol": the port is the place, "Crimean" only says where it is
    ("Governor Razvozhayev said 7 drones targeting the Crimean port of Sevastopol were shot down.", [("UA-40", 7)]),
    ("Air defenses shot down 2 Ukraine-launched drones near the Black Sea port of Novorossiysk, the ministry said.", [("RU-KDA", 2)]),
    ("Governor Gusev said three drones were destroyed a few kilometers away from Voronezh.", [("RU-VOR", 3)]),
    # a count in a clause after "but", with its place in the clause before
    ("Most intercepts took place over the Bryansk region, but officials there reported no damage after the 40 drones were shot down.",
     [("RU-BRY", 40)]),
    # "the Defense Ministry in Moscow": where the speaker sits
    ("Air defenses shot down two drones over the Belgorod region, the Defense Ministry in Moscow said.", [("RU-BEL", 2)]),
    # "the city": the governor's region
    ("Governor Gladkov said air defenses worked over the city and two drones were shot down on approach to it.", [("RU-BEL", 2)]),
    # "on" places drones only on a peninsula or an island; "an attack on Crimea" is where they were going
    ("Also on the Crimean peninsula, seized in 2014, air defenses destroyed nine drones, the Defense Ministry said.", [("UA-43", 9)]),
    # a count that was launched and then downed, in one clause; the Kremlin is in Moscow
    ("Two drones were launched at the Kremlin but were disabled and downed, the presidential press service said.", [("RU-MOW", 2)]),
    # where the drones flew stands for where they fell when no other place and no count is named
    ("The governor of the Rostov region, Vasily Golubev, said air defences repelled a mass UAV attack on the region's territory.",
     [("RU-ROS", None)]),
    ("Mayor Sergei Sobyanin said drones flying towards Moscow were shot down.", [("RU-MOW", None)]),
    ("Sobyanin said that air defenses destroyed a drone headed to the city.", [("RU-MOW", 1)]),
    ("Sobyanin said several drones were shot down by air defenses while trying to fly through to the capital.", [("RU-MOW", None)]),
    # a turn to something else names no place of interception
    ("The Defense Ministry said it destroyed two drones over other regions but did not comment on the attacks in Dagestan.", []),
    # a regional official's interceptions with no place named are over their region; the ministry's name none
    ("Moscow Mayor Sergei Sobyanin reported that drones were being shot down shortly after 7 a.m.", [("RU-MOW", None)]),
    ("The Defense Ministry reported that drones were being shot down shortly after 7 a.m.", []),
    # "across Russia and Crimea" without "occupied", and with no count, is a figure of speech
    ("The attack was one of several thwarted by air defenses across Russia and Crimea.", []),
    # a place at the head of the sentence is where all its counts are
    ("According to the ministry's spokesman, on the peninsula, six drones were shot down, and four more were disabled by electronic warfare.",
     [("UA-43", 4), ("UA-43", 6)]),
    ("The ministry said electronic warfare units suppressed drones that were trying to attack Adygea and the Krasnodar Territory.",
     [("RU-AD", None), ("RU-KDA", None)]),
    # one drone each over two districts of one region are two drones, not one said twice
    ("Air defenses shot down a drone in the Domodedovo district of the Moscow region. "
     "Air defense troops also repelled an attack by a drone heading towards Moscow. It was intercepted in the Istra district.",
     [("RU-MOS", 1), ("RU-MOS", 1)]),
    # "the city" is the city the sentence named, never a sea named before
    ("Drones attacked a ship in the Black Sea. Other strikes were aimed at the Russian capital, with air defenses shooting down a number of UAVs over the city.",
     [("RU-MOW", None)]),
    # "over the sea" from a coast's governor: the sea off his region; from the ministry it names no place
    ("Sevastopol's governor reported four drones shot down over the sea.", [("UA-40", 4)]),
    ("Air defenses continue to repel an attack on the city, the Sevastopol governor said. "
     "According to the governor, four drones have been shot down over the sea so far.", [("UA-40", 4)]),
    ("The Defense Ministry said four drones were shot down over the sea.", []),
    # a fleet named after a sea is no sea: the governor's one drone is over their own city
    ("Sevastopol governor Mikhail Razvozhayev said a drone was shot down over the headquarters of the Black Sea Fleet.", [("UA-40", 1)]),
    # "a drone", no place, in a governor's words: one over their region
    ("Tula governor Alexei Dyumin said a drone was shot down early on Sunday.", [("RU-TUL", 1)]),
    # a village the gazetteer does not know, joined by "and" to a city it knows; "Russia and Crimea" is no such pair
    ("The ministry said air defences shot down 5 drones near Lugovoye and Kherson.", [("UA-65", 5)]),
    ("Sobyanin said a drone was shot down over the Ramensky district. The attack was one of several thwarted by air defences across Russia and Crimea.",
     [("RU-MOS", 1)]),
    # launchers' names joined by "and" before the noun
    ("Air defences intercepted 9 HIMARS and Uragan rockets near Nova Kakhovka, the ministry said.", [("UA-65", 9)]),
    # a crewed aircraft downed at a place is no item there; the rockets beside it are
    ("Air defences shot down a Su-24 bomber near Snigiryovka in the Nikolayev region and intercepted 6 HIMARS rockets near Tokmak, the ministry said.",
     [("UA-23", 6)]),
    # a building in a city the drone was over; the air defences' own place is not where it fell
    ("Air defences in Crimea shot down a drone over the Black Sea Fleet headquarters in Sevastopol, the governor said.", [("UA-40", 1)]),
    # "N shells of <launcher>" joined to a second count by "and": the place is both counts'
    ("Air defences intercepted 5 shells of Smerch multiple rocket launchers and 2 HARM missiles near Kherson, the ministry said.",
     [("UA-65", 5), ("UA-65", 2)]),
    # a governor known by full name where the surname alone is two governors'; a Ukrainian governor's own oblast
    # Moscow's administrative okrugs are the city's (not Tula's Novomoskovsky district); Kursk's Oktyabrsky district; "on the outskirts of"
    ("Mayor Sobyanin said air defences destroyed three drones: two over the Novomoskovsky administrative okrug and one over the Naro-Fominsk urban district.",
     [("RU-MOW", 2), ("RU-MOS", 1)]),
    ("Governor Khinshtein said two drones were shot down over the Oktyabrsky district.", [("RU-KRS", 2)]),
    ("Mayor Terekhov said a drone had been downed on the outskirts of Kharkiv.", [("UA-63", 1)]),
    # "part of" a region is in it
    ("Two drones were shot down over the northern part of the Kursk region, the ministry said.", [("RU-KRS", 2)]),
    ("Air defences shot down four guided bombs over Oleshky and destroyed nine drones over the left-bank part of the Kherson region.", [("UA-65", 4), ("UA-65", 9)]),
    # a district named like a region is the district; "the … district of" a place is that place's
    ("Governor Igor Babushkin said two drones were shot down over the Krasnoyarsky district overnight.", [("RU-AST", 2)]),
    ("The ministry said two drones were downed over the Kirovsky district of Crimea.", [("UA-43", 2)]),
    ("Air defences downed 17 drones overnight, Governor Gleb Nikitin said.", [("RU-NIZ", 17)]),
    ("Nine drones were destroyed overnight, Vitaliy Kim said on Telegram.", [("UA-48", 9)]),
    # an ambiguous town's usual reading, with nothing around it to tell; its region named beside it tells
    ("Air defences shot down two drones near Zhukovsky overnight, the ministry said.", [("RU-MOS", 2)]),
    ("Air defences shot down two drones over the Zhukovsky district of the Bryansk region, the governor said.", [("RU-BRY", 2)]),
    ("Ukraine's air force said it shot down three drones near Pokrovsk.", [("UA-14", 3)]),
    # Ukrainian transliterations of Russian regions
    ("The ministry said 15 drones were destroyed over Bilhorod Oblast and four over Lypetsk Oblast.", [("RU-BEL", 15), ("RU-LIP", 4)]),
    # the Ukrainian spelling is Donbas's Sloviansk (Slavyansk-na-Kubani is Krasnodar's); the Russian spelling of Uzhhorod
    ("Ukraine's air force said two drones were shot down near Sloviansk.", [("UA-14", 2)]),
    ("Air defences destroyed a missile over Uzhgorod, the regional administration said.", [("UA-21", 1)]),
    # a landmark: the bridge over the Dnipro at Kherson
    ("Air defences intercepted nine rockets over the Antonovsky bridge, officials said.", [("UA-65", 9)]),
    # a city's name as a river's is the river: the bridge's rockets stay the one region's
    ("Air defences shot down six rockets fired at the bridge over the Dnipro river in the Kherson region, the ministry said.", [("UA-65", 6)]),
    # where the missiles not downed struck, told at length, is no place of the downed ones
    ("The mayor of Kherson said two cruise missiles had been shot down over the city, but that other missiles had struck a grain terminal "
     "and several private houses in the Inhulskyi district.", [("UA-65", 2)]),
    # where impacts were recorded is no place of the downed drones
    ("The air force said 41 of the drones had been shot down. Neither missile was intercepted, and impacts were recorded in the Poltava and Sumy regions.", []),
    # where the drones not downed hit is no place of the downed ones
    ("Air defences downed 212 of the targets, the air force said, and the remaining ones hit targets in Odesa and Kharkiv.", []),
]

CLAIMANTS = [
    # the head of a town is its mayor
    ("The head of Tuapse, Sergei Bojko, wrote that three drones had been shot down over the city.", "mayor"),
    # a plant's own press service speaks for it, not for the region's governor
    ("The Novovoronezh nuclear plant's press service said a drone was shot down near the facility.", "other"),
    # an airport's press service speaks of its flights; the drone told of next is no claim of its
    ("Flights were restricted at Pulkovo, the airport's press service said. Departures resumed after a drone had been jammed over the Leningrad region.",
     "unknown"),
    # the units of a command that speaks for itself, when no one else is said to speak
    ("Air defence units of Operational Command South shot down five drones over the Mykolaiv region overnight.", "other"),
    # Ukraine's commands speak for themselves, not for the Air Force
    ("Eight Shahed drones were shot down over the Odesa region overnight, Operational Command South said.", "other"),
    ("Air defences destroyed 14 drones over the Kharkiv region, Ukraine's General Staff said.", "other"),
    ("The regional operational headquarters said air defences downed 12 drones over the Krasnodar region.", "other"),
    # the ministry that owns the air defense does not speak: the mayor does
    ("\"A drone was shot down in the Ramenskoye district by the air defense of the Ministry of Defense's forces,\" the mayor said.", "mayor"),
    ("\"A drone was shot down in the Ramenskoye district of the Ministry of Defense's air defense,\" the mayor said.", "mayor"),
    ("Six drones were shot down over the Kursk region, Igor Konashenkov said.", "defense_ministry"),
    ("Oleh Ivanenko, head of the city military administration, said air defenses shot down 5 drones over Kharkiv.", "other"),
    ("The Russian Defence Ministry said 5 drones were downed over the Oryol region.", "defense_ministry"),
    ("Belgorod Governor Vyacheslav Gladkov said 3 drones were shot down over the Belgorod region.", "governor"),
    ("Moscow Mayor Sergei Sobyanin said 2 drones were shot down on approach to Moscow.", "mayor"),
    ("Dagestan head Sergei Melikov said a drone was destroyed over Kaspiysk.", "regional_head"),
    ("Ukraine's Air Force said it shot down 20 drones over the Kyiv region.", "air_force_ua"),
    ("Air defenses destroyed 4 drones over the Kaluga region, the ministry said.", "defense_ministry"),
    ("Russian-installed officials in the Zaporizhzhia region said air defences had downed seven rockets over Enerhodar.", "other"),
    # "the military" of a sentence about Ukraine's own air defences is Ukraine's
    ("Ukrainian air defences shot down 31 of 40 missiles launched by Russia overnight, the military said.", "air_force_ua"),
]

NOT_INTERCEPTIONS = [
    # "over the same period" as a tally the sentence before told
    "Since February 2022, Kyiv says it has downed 50,000 drones. Moscow claims to have destroyed 90,000 over the same period.",
    # a tally since a holiday weeks before
    "Since New Year's Day, the mayor has reported more than 120 drones shot down on approach to Moscow, by the paper's count.",
    # "since 24 February", the day written first, as "since February 24": a tally since then
    "Since 24 February, more than 60 missiles have been shot down over our region, the head of the Odesa administration wrote.",
    # what a system can do, or what would be shot down: no night's count
    "Any network that can shoot down 25 drones over the Tula region in a night is worth what it costs, the columnist argues.",
    "Officials hinted that more than 30 drones would be intercepted over the Kaluga region if the raids resumed.",
    "Analysts wonder why there are still 40 drones to shoot down over the Oryol region every week.",
    # a cue after a quoted name still governs the list before it
    'The staff\'s update lists more than 80,000 "tactical UAVs" and more than 3,500 cruise missiles destroyed since the invasion began.',
    # one of those counted before, told as the time of what followed
    "The spokesman said that after one of the rockets was intercepted, its fragments fell on a school in the Kursk region.",
    # "of them" speaks of the houses named last, not of a weapon named before them
    "Four drones attacked the town overnight; 23 houses were damaged in the Bryansk region, three of them destroyed.",
    # a month named where the clause of the count opens: the month's tally, not a night's
    "The president said that in October his forces had shot down more than 3,900 attack drones, a record for any month.",
    "Key figures: in February the air force shot down 2,750 drones over the country.",
    # a paper's own sum of a day's statements
    "In total, over the day, air defences destroyed 96 drones, according to the paper's calculations.",
    # figures called cumulative, and a writer's own sum of a speaker's posts
    "Since the first Shaheds arrived, air defence has destroyed more than 60,000 of them, according to cumulative Air Force data.",
    "By our count, the mayor has now reported seven drones shot down on the approach to the capital.",
    # a cumulative cue that opens the sentence governs its whole list, however long the crewed aircraft before the drones
    "Since the beginning of the special military operation, a total of 512 aircraft, 301 helicopters and more than 87,000 unmanned aerial vehicles have been destroyed, the ministry said.",
    # a tally since the war or the operation began, the cue before the counts
    "Since the operation began, Russian forces have destroyed a total of 190 warplanes, 128 helicopters and 1,150 drones, the spokesman said.",
    # an outlet's note on its own error; unofficial channels' claims
    "This article was amended on 16 March. An earlier version said 41 drones had been shot down over the Ryazan region.",
    # the note headed by its own date
    "Correction, 12 May 2026: An earlier version of this story gave the number of drones downed over the Kaluga region as 26.",
    # an outlet's note that it updated its text: the figure it corrected is already in the article
    "This story was updated at 11:20 CEST to correct the number of drones downed over the Kursk region from 12 to 14.",
    "Several Telegram channels published videos of a glow over the refinery and claimed that three drones had been destroyed over the Kstovo district.",
    # a week's tally ("earlier this week" is a day, see test_seeds)
    "The ministry says it shot down more than 900 drones this week, according to our tally of its daily statements.",
    # found is not downed: "detected" (but "detected and destroyed" is downed)
    "Governor Gladkov said more than 20 drones were detected over the Belgorod region overnight.",
    # a year's tally, told as "during that year"; a denial of reports of a downing
    "In its year-end briefing the ministry said air defences had destroyed more than 40,000 drones during that year.",
    "Governor Gladkov dismissed reports on local Telegram channels that air defence had shot down a drone over Stroitel overnight.",
    # part of a month gone by, a month named after "in", a year that opens the sentence, "last year": tallies
    "Air defence units have downed more than 300 drones over the Odesa region since mid-August, the command said.",
    "Air defence units have downed 140 drones over the Kursk region since early July, the governor said.",
    "Mobile fire groups shot down more than 1,200 drones over the Kharkiv region in September, the military said.",
    "In 2025, air defences shot down 9 000 drones over the Bryansk region, the governor said in his annual report.",
    "In February 2026 alone, air defences destroyed 1 300 drones over the Kursk region, the governor said.",
    "Air defences destroyed 4,000 drones over the Belgorod region last year, the governor said.",
    # a season or a month gone by is a tally, not a night's claim
    "The regional administration said air defences over the region have destroyed more than 200 drones since the summer.",
    "Air defences have shot down 90 drones over the Belgorod region since March, the governor said.",
    # "hit X with 40 drones": the drones of a strike that landed
    "Ukraine said it had hit an airfield in the Saratov region with 40 drones, destroying two aircraft.",
    # a cumulative cue after its counts, in the same clause: the whole war's tally
    "In total, 312 aircraft, 1,904 unmanned aerial vehicles and 377 air defence systems have been destroyed since the beginning of the operation.",
    # "and" before a count that is also launched: still launched
    "Russia launched 48 missiles and 31 drones at Ukraine overnight, the Air Force said.",
    "Governor Gladkov said drones tried to attack four targets in the Belgorod region, and air defenses shot them down.",
    "Russia launched 55 drones at the Odesa region overnight.",
    "Residents of the Voronezh region reported hearing about a dozen explosions.",
    "Debris from a downed drone damaged three houses in the Belgorod region.",
    "Two drones hit an oil depot in the Bryansk region, the governor said.",
    "Four people were injured in the Kursk region, the governor said.",
    "Since February 2022, air defenses have shot down 31,000 drones, the Defense Ministry said.",
    "More than 20 drones may have been heading for the Tver region, a local channel said.",
    "Five naval drones were destroyed in the Black Sea, the ministry said.",
    "Videos showed the downing of what may have been more than two drones over Kaspiysk.",
    "The drone attack on the Tula region was repelled, the governor said.",
    "Drones were shot down over the Kursk region. One person was injured, and the other was taken to hospital, the governor said.",
    # drills: the targets are the military's own
    "Air defence crews shot down ten aerial targets simulating attack drones over the Sea of Azov during a tactical exercise, the district said.",
    "During the drills, S-300 crews destroyed six target missiles over the Astrakhan region.",
    # a year gone by is a tally
    "Border guards downed 14 drones in the Sumy region during 2021, their year-end report said.",
    "Ukrainian units shot down 31 Russian drones in Donbas in 2021.",
    # a guess
    "Wreckage of a drone was found near a village in the Kursk region; officials said it may have been shot down by air defences.",
    # Ukraine's Air Force: "lost locationally" is jammed or vanished, not shot down
    'Another 40 drones were "lost locationally", most likely jammed, the Air Force said.',
    # a month's summary, and a reporter's sum of a week of statements
    "The Air Force said air defences shot down 4,120 drones over the month.",
    "The ministry reported shooting down 1,530 drones over Russian regions between Monday and Saturday morning, by our count.",
    # the ministry's daily summary of the war zone counts over the front, not over regions
    "Over the past day in the special military operation zone, air defenses shot down 41 drones, the Defense Ministry said.",
    "The Defense Ministry said 12 drones were destroyed in the zone of the special military operation over the past 24 hours.",
]

DATES = [
    # a night written day first across two months ends on the second: "31 December to 1 January" is New Year's Day
    ("On the night of 31 December to 1 January, eleven drones were shot down over the Glushkovo district, the governor said.",
     "2026-01-03", "2026-01-01"),
    ("Air defences destroyed 7 drones over the Oryol region on the night of 30 November 2025 into 1 December 2025.",
     "2025-12-04", "2025-12-01"),
    # "the air attack began at 18:00 on Saturday", counted "as of 08:30" on Sunday: the night that ends on Sunday
    ("The Air Force said Russia attacked with 80 drones. The air attack began at 18:00 on Saturday. As of 08:30, air defence had "
     "shot down 61 drones.", "2025-11-16", "2025-11-16"),
    # a launch "from the early evening on Friday" said on Saturday: the night that ends on Saturday
    ("Ukraine's air force said Russia launched 90 drones from the early evening on Friday. Air defences shot down 71 of them overnight.",
     "2025-11-15", "2025-11-15"),
    # the night an article's lead names dates a claim with no day of its own, though the attack's start is told on the day before
    ("On the night of October 12, Russia attacked Ukraine with 40 drones, the Air Force reported.\n\nThe attack began at 18:00 "
     "on October 11. The drones came from the Kursk direction.\n\nAs of 08:30, air defense shot down 31 drones.", "2026-10-12", "2026-10-12"),
    # a night told by the days at its two ends is of the later one
    ("The governor said nine drones had been shot down over the Lipetsk region between late Sunday and early Monday.", "2025-06-09", "2025-06-09"),
    ("Mayor Sobyanin said drones were downed over Moscow from late Friday into early Saturday.", "2025-06-07", "2025-06-07"),
    # the same hour told on an American clock, in brackets: its weekday is not the event's
    ("The Moscow mayor said 12 drones flying toward the city had been shot down overnight (9 p.m. ET Monday).", "2025-03-11", "2025-03-11"),
    # (text, published, expected event_date)
    # a line naming the day heads the paragraph under it: "during the day" is that day's
    ("Our weekly round-up.\nTuesday.\nKursk Governor Ivan Sokolov said nine drones had been shot down over the Rylsk district during the day.",
     "2026-03-07", "2026-03-03"),
    # the day of a briefing is the day "over the past day" ends, not the day the paper printed it
    ("Over the past day air defences shot down 14 drones over the Belgorod region, the ministry's spokesman said at the briefing on Monday.",
     "2022-07-26", "2022-07-25"),
    # a heading on a line of its own dates the table under it, though it ends with a bracket
    ("Night of 3 to 4 June: what the governors reported (as of 09:00)\nRegion | Drones downed | Source\nKursk | 12 | Governor Khinshtein",
     "2026-06-05", "2026-06-04"),
    # the Air Force's summary: the night it names, not the evening its count starts from, dates the count "as of 09:00"
    ("In the night of August 9 (from 18:00 on August 8), the enemy attacked with 96 strike drones.\n"
     "The attack was repelled by aviation, mobile fire groups and electronic warfare units.\nAs of 09:00, 71 drones were shot down in the Kharkiv and Sumy oblasts.", "2025-08-09", "2025-08-09"),
    # the explosions the lead tells of date the claim that states no time
    ("Explosions shook the city of Kursk early on Tuesday, killing one person, the governor said. He wrote that ten houses were damaged.\n\n"
     "Russia's Defense Ministry said its air defences had shot down two drones near the city.", "2025-03-12", "2025-03-11"),
    # "in the evening" / "during the evening": that day; said on New Year's Eve, of that evening
    ("The mayor said two drones had been shot down on the approaches to the city in the evening.", "2024-10-07", "2024-10-07"),
    ("On New Year's Eve, the governor said that several drones had been destroyed over Taganrog during the evening.", "2025-01-02", "2024-12-31"),
    # "since 22:00 on Sunday", said on Monday: the night up to when it was said
    ("Mayor Sobyanin said that a total of 20 drones flying towards the city had been destroyed since 22:00 on Sunday.", "2025-09-15", "2025-09-15"),
    # "during the evening and night": the night that ended the day it was said
    ("Air defence forces destroyed 14 drones over the Dnipropetrovsk region during the evening and night, Serhiy Lysak said on Wednesday.", "2025-03-19", "2025-03-19"),
    # written "in the early hours of" a day: the night that ended then
    ("Governor Gladkov wrote in the early hours of Sunday that air defences had destroyed three drones over the Belgorod region.", "2026-03-09", "2026-03-08"),
    # a statement stamped with a clock time of a given day is of that day's hours (an article's "Updated: … 10:55" is not)
    ("On March 3, Governor Igor Artamonov wrote at 21:40 that a drone had been shot down over the Yelets district.", "2025-03-05", "2025-03-03"),
    # "that morning" is the morning of the day it was said
    ("Governor Alexander Bogomaz said on Tuesday that a drone had been shot down over the Pogar district that morning.", "2025-03-13", "2025-03-11"),
    # "since the evening of" a date: the night up to when it was said, as "since Sunday evening"
    ("Ukraine's air force said on Monday it had shot down 21 of the 30 drones launched since the evening of March 9.", "2025-03-10", "2025-03-10"),
    # a day-first date with dashes, as some sites stamp theirs
    ("Two drones were shot down over the Kursk region on 13-03-2024, the governor said.", "2024-03-15", "2024-03-13"),
    # … but a page's stamp is when the page was made, not when drones fell
    ("Agency | Updated: 13-03-2024 10:55 IST | Created: 13-03-2024 10:28 IST\nA drone was destroyed near an oil depot in the Leningrad region, the governor said.",
     "2024-03-13", None),
    # "the day before", "a day earlier": the day before it was said; not "the day before the vote"
    ("The governor said on Friday that air defences had destroyed five drones over the Oryol region the day before.", "2025-03-14", "2025-03-13"),
    ("Air defences destroyed five drones over the Oryol region a day earlier, the ministry said.", "2025-03-14", "2025-03-13"),
    ("Air defences destroyed five drones over the Oryol region the day before the vote, the ministry said.", "2025-03-14", None),
    # feasts that name a day, in the publication's year or the one before
    ("Air defences destroyed 20 drones over the Kyiv region on New Year's night, the air force said.", "2024-01-02", "2024-01-01"),
    ("Air defences destroyed 20 drones over the Kursk region on New Year’s Eve, the ministry said.", "2025-01-02", "2024-12-31"),
    ("Air defences destroyed two drones flying towards Moscow on Victory Day, the mayor said.", "2025-05-10", "2025-05-09"),
    # … and, like a written date, one still to come is no event date
    ("Air defences destroyed 12 drones over the Kursk region ahead of Victory Day, the ministry said.", "2025-05-05", None),
    # the small hours, told without a day: the night ending on the publication day; "two days ago"
    ("Shortly after midnight, air defences shot down four drones over the Oryol region, the governor said.", "2025-03-11", "2025-03-11"),
    ("Air defences destroyed nine drones over the Tambov region in the small hours, the ministry said.", "2025-03-11", "2025-03-11"),
    ("Air defences destroyed nine drones over the Tambov region before dawn, the ministry said.", "2025-03-11", "2025-03-11"),
    ("Two days ago, air defences destroyed nine drones over the Tambov region, the ministry said.", "2025-03-11", "2025-03-09"),
    # "since Tuesday evening", "since yesterday evening": the night up to when it was said
    ("The mayor said on Wednesday that 11 drones flying to the capital had been shot down since Tuesday evening.", "2025-05-08", "2025-05-07"),
    ("The mayor said that air defences had repelled attacks by 14 drones on the capital since the previous evening.", "2025-05-08", "2025-05-08"),
    ("Two drones were shot down over the Kaluga region the previous evening, the governor said.", "2025-05-08", "2025-05-07"),
    ("The governor said 12 drones had been destroyed over the Tula region since the evening.", "2025-05-20", "2025-05-20"),
    ("Four drones were shot down over the Oryol region overnight Friday to Saturday, the governor said.", "2025-04-12", "2025-04-12"),
    # a date written with dots, day first: "12.04.2025"
    ("Four drones were shot down over the Oryol region on 11.04.2025, the governor said.", "2025-04-13", "2025-04-11"),
    # the day of the paragraph after a claim is the claim's, unless that paragraph opens with its own day
    ("Air defences shot down nine drones over the Kursk region, the ministry said.\n\n"
     "The attack was first reported by the governor in the early hours of Tuesday.", "2024-03-26", "2024-03-26"),
    ("Air defences shot down nine drones over the Kursk region, the ministry said.\n\n"
     "On December 30, the city was shelled by rocket launchers.", "2024-01-04", None),
    ("The mayor said nine drones flying to Moscow had been downed since yesterday evening.", "2025-05-07", "2025-05-07"),
    # a night named by the weekday it ends on, in an article of the next day
    ("In the night from Friday to Saturday, air defences destroyed 14 drones over the Smolensk region, the ministry said.", "2025-03-16", "2025-03-15"),
    ("In the small hours of Friday, three drones were shot down over the Tver region, the governor said on Saturday.", "2025-03-15", "2025-03-14"),
    ("Air defences shot down four drones over the Penza region the previous day, the governor said.", "2025-03-15", "2025-03-14"),
    ("Air defenses destroyed 10 drones over the Kursk region overnight, the Defense Ministry said.", "2024-06-03", "2024-06-03"),
    ("The Defense Ministry said on Tuesday that 7 drones were destroyed over the Bryansk region overnight.", "2024-06-06", "2024-06-04"),
    ("On the night of May 24, air defenses shot down 4 drones over the Belgorod region, the Defense Ministry said.", "2024-05-25", "2024-05-24"),
    ("From 11 pm on May 3 to 6 am on May 4, air defenses shot down 9 drones over the Oryol region, the Defense Ministry said.", "2024-05-04", "2024-05-04"),
    ("Yesterday air defenses shot down 2 drones over the Lipetsk region, the governor said.", "2024-03-12", "2024-03-11"),
    ("MOSCOW, July 27. /TASS/. Air defenses shot down 3 drones over the Tula region overnight, the Defense Ministry said.", "2024-07-27", "2024-07-27"),
    # a weekday one day after the dateline (a US-time piece about a Moscow night)
    ("The governor said on Tuesday that 5 drones were shot down over the Sevastopol area overnight.", "2024-07-22", "2024-07-23"),
    # "the early hours of Aug. 31": the night that ends on that date
    ("Sobyanin said that air defenses destroyed a drone headed to the city during the early hours of Aug. 31.", "2023-09-01", "2023-08-31"),
    # a day still to come is not when it happened
    ("Ahead of the May 9 parade, air defenses shot down 2 drones over the Moscow region overnight, the Defense Ministry said.", "2024-05-03", "2024-05-03"),
    # "earlier in the day", "said earlier today": the day of publication
    ("Earlier in the day, air defenses shot down 3 drones over the Kaluga region, the Defense Ministry said.", "2024-02-10", "2024-02-10"),
    ("Governor Alexander Gusev said earlier today that a drone was shot down over the Voronezh region.", "2024-02-10", "2024-02-10"),
    # "said on Monday" alone says when it was said, not when the drone was downed
    ("Governor Alexander Gusev said on Monday that a drone was shot down over the Voronezh region.", "2024-02-14", None),
    # "in a day", "over the past 24 hours", seen from when it was said
    ("Air defenses shot down four drones over the Sevastopol area in a day, Governor Razvozhayev said on Monday.", "2024-02-12", "2024-02-12"),
    # a night across two months ends on the second
    ("On the night of December 31 to January 1, air defenses destroyed 4 drones over the Kursk region, the Defense Ministry said.", "2025-01-01", "2025-01-01"),
    # time stamps of the article and datelines in parentheses date nothing
    ("Updated: 14-02-2024 10:55 IST\nGovernor Alexander Gusev said on Wednesday that a drone was shot down over the Voronezh region.", "2024-02-14", None),
    ("VORONEZH (Newswire / Agency - 14th February, 2024) Governor Alexander Gusev said a drone was shot down over the Voronezh region.", "2024-02-14", None),
    # no anchor: a yearless date stays unresolved
    ("On August 3, air defenses shot down 6 drones over the Smolensk region, the Defense Ministry said.", None, None),
    # "since 3 a.m.": counted up to when it was said, on the day of publication
    ("Sobyanin said 12 drones flying to Moscow had been shot down since 3 a.m.", "2025-05-05", "2025-05-05"),
    ("The mayor said on Saturday that 9 drones headed for Moscow had been shot down since midnight.", "2025-07-19", "2025-07-19"),
    # said "on Sunday morning", like "early on Sunday": the drones of that night
    ("A drone was shot down over the Kaluga region, the defence ministry said on Sunday morning.", "2023-08-13", "2023-08-13"),
    # posts "through the night": that night's
    ("The mayor wrote in a series of posts through the night that nine drones heading for Moscow had been shot down.", "2025-09-14", "2025-09-14"),
    # "since 7 p.m. on Saturday", as "since 19:00 on Saturday": the night up to when it was said
    ("Sobyanin wrote that 25 drones flying toward the city had been destroyed since 7 p.m. on Saturday.", "2026-01-11", "2026-01-11"),
    # said "late on Sunday", as "early on Sunday": the drones of that evening
    ("Moscow's mayor said late on Sunday that air defences had destroyed five drones flying towards the capital.", "2025-11-24", "2025-11-23"),
    # "during the day" is the day the statement was made on, when the sentence says which
    ("On March 24, Governor Bogomaz reported that 6 drones had been destroyed over the Bryansk region during the day.", "2025-03-25", "2025-03-24"),
    # a claim's own day before the day of the sentence leading up to it
    ("The region has been shelled since Tuesday. The governor said air defences destroyed 3 drones over the Kursk region on Wednesday.",
     "2024-08-07", "2024-08-07"),
    # the first day of a running count is no event date
    ("From May 1, air defenses have shot down 40 drones over the Kursk region, the governor said.", "2024-05-20", None),
    # "within the past day", "in the previous two hours": up to when it was said
    ("Air defences shot down four drones over the Kherson region within the past day, the ministry said.", "2022-06-10", "2022-06-10"),
    ("The ministry said 11 drones were downed over the Moscow region in the previous two hours.", "2025-06-20", "2025-06-20"),
    ("The governor said 17 drones had been shot down over the Belgorod region since the morning.", "2026-02-04", "2026-02-04"),
    # "Thursday night" said on Friday is the night that ended on Friday; said on Saturday, the night of Saturday
    ("Air defences shot down 12 drones over the Crimean peninsula on Thursday night, the Defense Ministry said.", "2024-03-08", "2024-03-08"),
    ("Air defences shot down 12 drones over the Crimean peninsula on Saturday night, the Defense Ministry said.", "2024-03-09", "2024-03-09"),
    # "at night", as translated statements say "overnight"
    ("The ministry said air defences destroyed 30 drones at night over the Bryansk region.", "2025-04-02", "2025-04-02"),
    # the Air Force's report that counts "from 18:00 on 9 March": the night that ends on the morning it is said
    ("From 18:00 on 9 March Russia attacked with 90 drones, the air force said on Monday; 60 were shot down over the Sumy region.", "2025-03-10", "2025-03-10"),
    # "during the morning" is the morning of the day it was said, as "in the morning"
    ("Air defence units shot down 6 drones over Kyiv during the morning attack, the city administration said.", "2022-11-17", "2022-11-17"),
]

WINDOWS = [
    # the same hour on another clock, in brackets, as wire copy gives it
    ("The ministry said its forces downed 33 drones between 20:00 Moscow time (1700 GMT) on Monday and 07:00 on Tuesday.", "2025-10-14",
     "2025-10-13T20:00+03:00", "2025-10-14T07:00+03:00"),
    # a military clock, four digits before the time zone
    ("Between 0130 and 0500 Moscow time, air defences destroyed 7 drones over the Kursk region, the ministry said.", "2025-03-11",
     "2025-03-11T01:30+03:00", "2025-03-11T05:00+03:00"),
    # the window's day is the date the sentence writes
    ("On May 3, 2024, from 23:00 to 23:50 Moscow time, air defenses destroyed 5 drones over the Kaluga region, the Defense Ministry said.", "2024-05-04",
     "2024-05-03T23:00+03:00", "2024-05-03T23:50+03:00"),
    ("Between 8 pm and 11 pm Moscow time, air defenses destroyed 5 drones over the Kaluga region, the Defense Ministry said.", "2024-04-10",
     "2024-04-10T20:00+03:00", "2024-04-10T23:00+03:00"),
    ("From 10:30 pm on April 9 to 4:00 am on April 10, air defenses destroyed 5 drones over the Kaluga region, the Defense Ministry said.", "2024-04-10",
     "2024-04-09T22:30+03:00", "2024-04-10T04:00+03:00"),
    # weekdays name the window's days
    ("Between 9 p.m. Moscow time on Monday and 6 a.m. on Tuesday, air defenses destroyed 8 drones over the Kaluga region, the ministry said.",
     "2025-05-07", "2025-05-05T21:00+03:00", "2025-05-06T06:00+03:00"),
]

EVENTS = [
    ("An air raid alert was declared in the Kursk region on Monday evening.", ("alert", "RU-KRS")),
    ("Temporary restrictions were introduced at Kazan airport, Rosaviatsia said.", ("airport_restriction", "RU-TA")),
    ("Mobile internet was restricted in the Lipetsk region during the attack.", ("internet_restriction", "RU-LIP")),
    ("Residents of Voronezh heard several explosions early on Friday.", ("explosions", "RU-VOR")),
    ("A fire broke out at an oil depot in the Tambov region after the attack.", ("fire", "RU-TAM")),
    ("Falling debris damaged the roof of a school in the Bryansk region.", ("damage", "RU-BRY")),
    ("Drone debris fell on a field in the Ryazan region.", ("debris", "RU-RYA")),
    ("Two people were injured in the Belgorod region, the governor said.", ("casualty", "RU-BEL")),
]

KNOWN_FAILURES = [
    # "split evenly between" two regions: half each
    ("The ministry said 30 drones were intercepted overnight: 24 over the Bryansk region and six more split evenly between the Tver and Pskov regions.",
     [("RU-BRY", 24), ("RU-PSK", 3), ("RU-TVE", 3)]),
    # "all but two … the remaining pair": eight and two, not the other way round
    ("Air defences destroyed ten drones, the air force said. All but two were shot down over the Kharkiv region, the remaining pair over the Poltava region.",
     [("UA-53", 2), ("UA-63", 8)]),
    # "X was where most were downed – 41": a breakdown whose place is the subject of "was where"
    ("Air defences shot down 60 drones, the air force said. The Sumy region was where most were downed – 41 – followed by the Kharkiv region with 19.",
     [("UA-59", 41), ("UA-63", 19)]),
    # "N, all of which were flying towards Moscow": the Moscow region's count, and as many over the city
    ("The ministry said 14 drones were destroyed:\n– over the Kaluga region, eight;\n– over the Moscow region, six, all of which were flying towards Moscow.",
     [("RU-KLU", 8), ("RU-MOS", 6), ("RU-MOW", 6)]),
    # an elliptical count with its verb and no place ("four more were disabled") is not yet read as a count
    ("Six drones were shot down over the Kursk region, and four more were disabled, the governor said.", [("RU-KRS", 4), ("RU-KRS", 6)]),
    # a paraphrase and then a quote of the same drone, the quote saying where it fell, count it twice
    ("Mayor Sergei Sobyanin said air defenses shot down another drone as it approached the capital. "
     "\"Another drone flying toward Moscow was shot down in the Ramenskoye district,\" the mayor said.", [("RU-MOS", 1)]),
]


@pytest.mark.parametrize("text,expected", NUMBERS, ids=[t[:70] for t, _ in NUMBERS])
def test_numbers(text, expected):
    assert items_of(text) == sorted(expected)


@pytest.mark.parametrize("text,qualifier", QUALIFIERS, ids=[q for _, q in QUALIFIERS])
def test_qualifiers(text, qualifier):
    [claim] = extract(text).claims
    assert [i.qualifier for i in claim.items] == [qualifier]


@pytest.mark.parametrize("text,more", [("More than ten drones were shot down.", False), ("Two more drones were shot down.", True),
                                       ("Another drone was shot down.", True)])
def test_more_than_is_a_qualifier_not_a_further_count(text, more):
    [sentence] = split_sentences(text)
    [count] = find_counts(text, sentence, True)
    assert count.more is more


def test_dozens_is_not_a_count():
    claims = extract("Governor Gladkov said dozens of drones were shot down over the Belgorod region.").claims
    assert [(i.region_code, i.count) for c in claims for i in c.items] == [("RU-BEL", None)]


@pytest.mark.parametrize("text,expected", LISTS, ids=[t[:70] for t, _ in LISTS])
def test_lists(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", TOTALS, ids=[t[:70] for t, _ in TOTALS])
def test_totals_and_claims(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", PLACES, ids=[t[:70] for t, _ in PLACES])
def test_places(text, expected):
    assert items_of(text) == sorted(expected)


def test_fuzzy_place_is_reported():
    result = extract("The Defense Ministry said four drones were shot down over the Belgorrod region.")
    assert [(i.region_code, i.count) for c in result.claims for i in c.items] == [("RU-BEL", 4)]
    assert any("Belgorrod" in p and "similarity" in p for p in result.problems)


@pytest.mark.parametrize("text", ["Governor Gusev wrote on Telegram.", "Alexander Gusev wrote on Telegram.", "Mayor Gusev wrote on Telegram."])
def test_surname_that_is_a_town_is_no_place(text):
    assert gazetteer().find(text) == []
    assert [p.code for p in gazetteer().find("A drone fell near Gusev.")] == ["RU-KGD"]


@pytest.mark.parametrize("text", ["between 1400 and 2000 Moscow time", "from 9 to 11 p.m. Kyiv Time", "at 0300 Moscow time"])
def test_a_citys_clock_is_no_place(text):
    assert gazetteer().find(text) == []
    assert [p.code for p in gazetteer().find("Moscow was quiet at night.")] == ["RU-MOW"]


def test_out_of_scope_place_gets_no_code():
    assert items_of("Air defenses shot down three drones over Minsk, the Belarusian military said.") == []


def test_every_federal_subject_resolves_by_name():
    gaz = gazetteer()
    for code, region in gaz.regions.items():
        if code.startswith("RU-"):
            found = [p.code for p in gaz.find(f"over the {region.name} region")]
            assert code in found or gaz.regions[code].surrounding_code in found, (code, region.name, found)


@pytest.mark.parametrize("text, region", [
    ("Sevastopol's governor said four drones were shot down.", "UA-40"),
    ("The Belgorod governor said two drones were shot down.", "RU-BEL"),
    ("The Kursk region governor said two drones were shot down.", "RU-KRS"),
    ("The governor of the Rostov region said two drones were shot down.", "RU-ROS"),
    ("Governor Alexander Bogomaz said two drones were shot down.", "RU-BRY"),  # a known name
    ("Drones flew towards Kursk, the governor said.", None),  # a place that is not in the title
])
def test_a_regional_title_names_its_region(text, region):
    assert find_claimant(text, split_sentences(text)[0]).region == region


@pytest.mark.parametrize("text,role", CLAIMANTS, ids=[r for _, r in CLAIMANTS])
def test_claimants(text, role):
    [claim] = extract(text).claims
    assert infer_claimant(claim)[0] == role


@pytest.mark.parametrize("text", NOT_INTERCEPTIONS, ids=[t[:60] for t in NOT_INTERCEPTIONS])
def test_not_interceptions(text):
    assert [(i.region_code, i.count) for c in extract(text).claims for i in c.items if i.count] == []
    assert [c.stated_total for c in extract(text).claims if c.stated_total] == []


def test_a_headlines_present_tense_launches_and_sends_are_no_downings():
    for text in ("Russia launches 95 drones against Ukraine overnight, 71 shot down",
                 "Russia sends 60 drones at the Odesa region overnight, 52 shot down"):
        claims = extract(text).claims
        assert [c.stated_total for c in claims if c.stated_total in (95, 60)] == []
        assert [i.count for c in claims for i in c.items if i.count in (95, 60)] == []


def test_a_total_told_alone_takes_in_its_breakdown_sections_later():
    text = ("Russia said on Monday it had destroyed 61 drones over three regions overnight.\n\nWhat we know\n\n"
            "Kyiv has stepped up its attacks on refineries this autumn.\n\n"
            "The ministry said the drones were downed between 11 p.m. and 6 a.m.\n\n"
            "The largest number, 30, was downed over the Bryansk region, followed by 20 over the Kursk region and 11 over the Oryol region.")
    assert counts_of(text, "2025-10-13") == [("defense_ministry", 61, [("RU-BRY", 30), ("RU-KRS", 20), ("RU-ORL", 11)])]
    # the city's count inside its region's is no more drones
    nested = text.replace("and 11 over the Oryol region.", "and 11 over the Moscow region, including 5 flying towards the capital.")
    assert counts_of(nested, "2025-10-13") == [("defense_ministry", 61, [("RU-BRY", 30), ("RU-KRS", 20), ("RU-MOS", 11), ("RU-MOW", 5)])]
    # a breakdown that adds up to something else is another statement
    other = text.replace("and 11 over", "and 12 over")
    assert [total for _, total, _ in counts_of(other, "2025-10-13")] == [61, None]


def test_places_of_strikes_and_of_tallies_are_no_items_without_a_count():
    # a strike on a depot is no interception; a tally's places go with its counts
    for text in ("Air defences shot down two drones over the Kursk region, the spokesman said. Air-launched weapons destroyed a fuel "
                 "depot of the Ukrainian forces near Zaporizhzhia, the spokesman added.",
                 "Over the whole of last year, the ministry's statements added up to more than 30,000 drones shot down over Russian "
                 "regions and occupied Crimea.",
                 # where the rest struck, told after "mainly"
                 "The air force said 64 drones were shot down, and 19 struck targets at five sites, mainly in the Kharkiv and Sumy regions."):
        assert [i.region_code for c in extract(text).claims for i in c.items if i.count is None] == []


def test_a_table_whose_heading_counts_launches_counts_no_downings():
    text = "Launches by region:\n| Region | Drones launched |\n|---|---|\n| Kursk | 12 |\n| Bryansk | 7 |"
    assert extract(text).claims == []
    # lines with dashes under one that has a count of its own are no table's rows; under a heading of columns, they are
    text = "Drones shot down — 41 — most of them over the south\nKursk region — 9 — the governor said"
    assert table_rows(text, split_sentences(text)) == set()
    text = "Region — drones shot down — source\nKursk region — 9 — the governor said"
    assert table_rows(text, split_sentences(text)) == {1}


def test_neither_reported_any_interception_is_none_over_the_place():
    assert items_of("The ministry said two drones were shot down over the Kursk region overnight. "
                    "Neither Mayor Sergei Sobyanin nor the ministry reported any interception over Moscow.") == [("RU-KRS", 2)]


def test_no_interceptions_is_none_over_the_place():
    text = "Governor Gladkov said a drone was shot down over Belgorod; the Kursk governor reported no interceptions."
    assert claims_of(text) == [("governor", None, [("RU-BEL", 1, "explicit")])]


@pytest.mark.parametrize("text", [
    "Ukraine's intelligence confirmed the destruction of four Il-76 aircraft at the airfield in Pskov.",
    "The Defense Ministry said four Il-76 transport aircraft were destroyed in an attack on the Pskov airfield.",
    "In the village of Petrovka in the Belgorod region, a fence was destroyed after a drone attack, the governor said.",
    "Ukraine's military intelligence said its drones destroyed a Russian Pantsir air defence system in the Kursk region.",
    # a question, not a claim
    "The governor said four drones had been launched at the Oryol region, but did not say whether they were shot down.",
])
def test_things_destroyed_on_the_ground_are_no_interceptions(text):
    assert extract(text).claims == []
    # the same verb said of drones is a claim
    assert extract("Air defenses destroyed drones over the Pskov region, the governor said.").claims


@pytest.mark.parametrize("text", [
    "Governor Razvozhayev said a naval drone was destroyed near Sevastopol.",
    "Two unmanned boats were destroyed off the coast of Crimea, the ministry said.",
    "The fleet said two surface drones were destroyed in Sevastopol Bay.",
])
def test_boats_alone_make_no_claim(text):
    assert extract(text).claims == []
    # a drone in the air beside them does
    assert items_of(text.replace("a naval drone was", "a drone was").replace("Two unmanned boats were", "Two drones were")
                    .replace("two surface drones", "two drones")) != []


def test_a_printed_pages_broken_words_and_lines_are_read_whole():
    page = ("BRIEFING OF THE MINISTRY\nAt the briefing on Monday, the spokes-\nman said that air defences had shot down twen-\n"
            "ty one drones over the Bel-\ngorod region. In addition, four\nrockets were inter-\ncepted over the Kursk region.")
    assert items_of(page) == [("RU-BEL", 21), ("RU-KRS", 4)]
    # the evidence is the page's own text
    [claim] = extract(page).claims
    assert [page[i.start:i.end] for i in claim.items][0].startswith("twen-\nty one drones over the Bel-\ngorod")


@pytest.mark.parametrize("text", [
    "The ministry said air defences shot down a Su-25 attack aircraft over the Zaporizhzhia region.",
    "Russia said it had downed two Mi-24 helicopters and a fighter jet over the Kharkiv region.",
])
def test_crewed_aircraft_alone_make_no_claim(text):
    assert extract(text).claims == []
    # a drone beside them does
    assert items_of(text.replace(" and a fighter jet", " and a drone").replace("a Su-25 attack aircraft", "a drone")) != []


def test_an_attack_by_n_drones_states_the_ministrys_total():
    text = ("The Defense Ministry said air defenses thwarted an attempt to carry out an attack by three drones in Moscow. "
            "Two of the drones were destroyed over the Mozhaisk district of the Moscow region.")
    assert [c.stated_total for c in extract(text).claims] == [3]


def test_counts_of_a_breakdown_by_type_are_no_single_total():
    # "two … missiles and seven … missiles", no place: a breakdown by type, neither count is the claim's total
    # it is a claim all the same, its counts named in the note
    text = "The Defense Ministry said air defenses destroyed two Tochka-U missiles and seven Vilkha missiles."
    claims = extract(text).claims
    assert [(c.stated_total, c.items) for c in claims] == [(None, [])]
    assert "2 and 7" in claims[0].note
    rows = _doc("Ukraine's air force said its units shot down 34 missiles and 100 drones overnight.", "2025-03-07")
    assert [(c["claimant"], c["event_date"], c["stated_total"]) for c in rows.claims] == [("air_force_ua", dt.date(2025, 3, 7), None)]
    # one count with no place is the total
    assert [c.stated_total for c in extract("The Defense Ministry said air defenses destroyed seven Vilkha missiles.").claims] == [7]


def test_a_governors_district_spelled_like_one_of_their_own_is_theirs():
    text = "Volgograd governor Andrei Bocharov said drones were shot down over the Kalacheyevsky district."
    result = extract(text)
    assert [(i.region_code, i.count) for c in result.claims for i in c.items] == [("RU-VGG", None)]
    assert any("speaker's region" in p for p in result.problems)
    # the same name from the Voronezh governor is Voronezh's district
    text = "Voronezh governor Alexander Gusev said drones were shot down over the Kalacheyevsky district."
    assert [(i.region_code, i.count) for c in extract(text).claims for i in c.items] == [("RU-VOR", None)]


def _doc(text, published=None):
    return extract_document(Document("t", "t", text, "", published))


@pytest.mark.parametrize("text,published,expected", DATES, ids=[t[:60] for t, _, _ in DATES])
def test_dates(text, published, expected):
    rows = _doc(text, published)
    assert [c["event_date"] for c in rows.claims] == [dt.date.fromisoformat(expected) if expected else None]


def test_a_paragraph_that_opens_with_its_night_dates_its_claims_and_not_the_claim_before():
    text = ("Here are the week's main nights.\n\nThe night to 24 February, the anniversary of the invasion. Russia attacked with 90 "
            "drones and two missiles. The Air Force said air defense shot down 61 drones over nine oblasts.\n\nThe night to Thursday. "
            "Russia launched 70 drones. According to the Air Force, 40 drones were shot down.")
    rows = _doc(text, "2025-02-28")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(61, dt.date(2025, 2, 24)), (40, dt.date(2025, 2, 27))]


def test_a_window_that_starts_when_the_speakers_last_one_ended_is_of_its_day():
    text = ("From 9:00 to 14:00 Moscow time on Saturday, 18 drones were destroyed over the Belgorod region, the ministry said.\n\n"
            "From 14:00 to 20:00, air defense intercepted another 23 drones over the Bryansk region, the ministry said.")
    rows = _doc(text, "2025-10-19")
    assert [(c["event_date"], c["window_start"], c["window_end"]) for c in rows.claims] == [
        (dt.date(2025, 10, 18), "2025-10-18T09:00+03:00", "2025-10-18T14:00+03:00"),
        (dt.date(2025, 10, 18), "2025-10-18T14:00+03:00", "2025-10-18T20:00+03:00")]
    # a window that starts at another hour is told on its own day
    apart = text.replace("From 14:00 to 20:00", "From 15:00 to 20:00")
    assert [c["event_date"] for c in _doc(apart, "2025-10-19").claims] == [dt.date(2025, 10, 18), dt.date(2025, 10, 19)]


def test_a_stamp_alone_on_its_line_is_read():
    # a live page whose posts are stamped on lines of their own ("09.41 BST"), looked at for day headings
    text = "Russia-Ukraine war live\n09.41 BST\nThe Kursk governor said two drones had been shot down overnight.\n07.55 BST\nMore soon."
    assert [(c["stated_total"], c["event_date"]) for c in _doc(text, "2025-07-14").claims] == [(None, dt.date(2025, 7, 14))]


def test_a_line_naming_another_day_starts_another_claim():
    rows = _doc("The week in review.\nWednesday.\nThe ministry said 20 drones had been destroyed overnight over the Bryansk region.\n"
                "Thursday.\nA calm night: the ministry reported four drones downed over the Kursk region.", "2026-03-07")
    assert [(c["event_date"], c["stated_total"]) for c in rows.claims] == [(dt.date(2026, 3, 4), None), (dt.date(2026, 3, 5), None)]


@pytest.mark.parametrize("text,published,start,end", WINDOWS, ids=[t[:60] for t, *_ in WINDOWS])
def test_windows(text, published, start, end):
    [claim] = _doc(text, published).claims
    assert (claim["window_start"], claim["window_end"]) == (start, end)


def test_a_posts_heading_dates_it_across_a_sentence_without_counts():
    # each post is headed by its day and clock; the second post's count comes after a sentence with none
    text = ("Tuesday, 7 October, 22:40\nTwo drones were destroyed over the Chuhuiv district.\n"
            "Wednesday, 8 October, 06:15\nIt was a hard night for the district.\nAir defence forces destroyed five drones over the Izium district.")
    rows = _doc(text, "2025-10-08")
    assert [(c["event_date"], c["stated_total"]) for c in rows.claims] == [(dt.date(2025, 10, 7), None), (dt.date(2025, 10, 8), None)]


def test_the_same_morning_is_the_time_told_before():
    text = ("Two drones were shot down over Kstovo on Tuesday morning, Governor Gleb Nikitin said. "
            "The same morning, the head of Mordovia said a drone had been destroyed near Saransk.")
    rows = _doc(text, "2025-06-11")
    assert [(c["event_date"], [i["region_code"] for i in rows.interceptions if i["claim_id"] == c["claim_id"]]) for c in rows.claims] \
        == [(dt.date(2025, 6, 10), ["RU-NIZ"]), (dt.date(2025, 6, 10), ["RU-MO"])]


def test_a_page_kept_in_another_zones_time_is_dated_by_moscows():
    # a live page in Kyiv winter time (UTC+2): 23:45 there is 00:45 in Moscow, the next day
    page = ("Live updates (all times Kyiv, UTC+2)\n21:05 — Governor Bogomaz: two drones were destroyed over the Bryansk region.\n"
            "23:45 — Governor Bogomaz: four more drones were destroyed over the Bryansk region.")
    assert [c["event_date"] for c in _doc(page, "2026-02-14").claims] == [dt.date(2026, 2, 14), dt.date(2026, 2, 15)]
    # a date told with its clock time, the text's times being GMT; without the note, the date as written
    told = "On 5 March at 22:30, air defences destroyed four drones over the Kursk region, the governor said."
    assert [c["event_date"] for c in _doc(told + " All times are GMT.", "2026-03-06").claims] == [dt.date(2026, 3, 6)]
    assert [c["event_date"] for c in _doc(told, "2026-03-06").claims] == [dt.date(2026, 3, 5)]
    # a clock that names its own zone, before its date: 23:40 in Kyiv (winter) on the 20th is 00:40 on the 21st in Moscow
    own = "The head of the city administration said air defence shot down two drones over Kyiv at 11:40 p.m. Kyiv time on Jan. 20."
    assert [c["event_date"] for c in _doc(own, "2026-01-21").claims] == [dt.date(2026, 1, 21)]
    assert [c["event_date"] for c in _doc(own.replace(" Kyiv time", ""), "2026-01-21").claims] == [dt.date(2026, 1, 20)]
    # a page kept in British Summer Time, newest first: 11.20pm there is 01:20 the next day in Moscow; the post's heading names
    # fewer of its places than the post does, and is the post's claim
    uk = ("War latest\nFriday 5 June 2026\n11.20pm\nGovernor: two drones downed\nThe governor of Sevastopol says air defences have "
          "shot down two drones over the city.\n9.05pm\nRussia claims 14 drones downed over Crimea\nRussia's defence ministry says 14 "
          "drones were destroyed over Crimea and the Black Sea.\n7.45am\nGood morning\nAll times are British Summer Time.")
    assert [(c["event_date"], c["claimant"]) for c in _doc(uk, "2026-06-05").claims] == [(dt.date(2026, 6, 6), "governor"),
                                                                                        (dt.date(2026, 6, 5), "defense_ministry")]
    # a stamp in GMT with its day in brackets, as a wire's live page has them
    gmt = "2148 GMT (Sept 27) — Moscow Mayor Sergei Sobyanin says two more drones flying towards the capital have been shot down."
    assert [c["event_date"] for c in _doc(gmt, "2025-09-28").claims] == [dt.date(2025, 9, 28)]
    # "Times are UK time", and a post's clock set off by a middle dot
    for note, stamp in (("Times are UK time (BST)", "23:42 "), ("All times are Kyiv time (GMT+2)", "23:42 · ")):
        page = (f"Live page\n{note}\n{stamp}Drones downed off Sevastopol\n"
                "Governor Mikhail Razvozhayev said two UAVs had been shot down over the sea near Sevastopol.")
        assert [c["event_date"] for c in _doc(page, "2026-07-14").claims] == [dt.date(2026, 7, 15)], note


def test_all_of_an_attack_told_with_no_place_is_its_total():
    # "about ten" of the sentence before, all destroyed, and no place where: the claim's total, approximate
    claims = extract("About ten drones tried to attack the town at night. All of them were destroyed by air defence.").claims
    assert [(c.stated_total, c.total_qualifier, c.items) for c in claims] == [(10, "about", [])]
    # the count of the same sentence, beside another weapon's: no total of its own (per-type figures)
    claims = extract("Russia fired 40 missiles, and air defences shot down 31 of them. Four drones were also launched, and all of them were destroyed.").claims
    assert [c.stated_total for c in claims] == [None]


def test_a_short_heading_with_a_colon_carries_the_list_under_it():
    # "By the numbers:" after a sentence of interceptions that counts nothing: the bullets under it are the ministry's
    text = ("The ministry said it shot down 212 drones overnight.\n\nWhy it matters: the attacks reach ever further.\n\n"
            "Details: the ministry said the drones were destroyed between 8 p.m. and 7 a.m.\n\nBy the numbers:\n"
            "- 90 over the Bryansk region.\n- 41 over the Kaluga region.")
    assert items_of(text) == [("RU-BRY", 90), ("RU-KLU", 41)]


def test_a_figure_risen_to_takes_in_the_counts_it_updates():
    # "the number of downed UAVs" counts UAVs (not "debris of a downed UAV"); the six over the place said before are the two and four more
    told = ('Governor Razvozhayev said two UAVs were shot down over Sevastopol. Later he wrote: "The number of downed UAVs has risen to six."')
    assert [(c.stated_total, [(i.region_code, i.count) for i in c.items]) for c in extract(told).claims] == [(6, [("UA-40", 6)])]
    # a live page, newest post first: the update stands over the post it updates; and in the order of time
    newest_first = ("Live page\n23:58 Sevastopol tally rises\nGovernor Razvozhayev posted: the number of downed UAVs has risen to six.\n"
                    "23:42 Drones downed\nGovernor Razvozhayev said two UAVs were shot down over Sevastopol.")
    oldest_first = ("Posts:\n21:41 — Governor Razvozhayev: two UAVs were shot down over Sevastopol.\n"
                    "22:30 — Governor Razvozhayev: the number of downed UAVs has risen to six.")
    for page in (newest_first, oldest_first):
        assert [[(i.region_code, i.count) for i in c.items] for c in extract(page).claims] == [[("UA-40", 6)]], page
    # the night's tally ("In total, during the night, …") takes in the posts before it, one with no speaker of its own
    night = ("Governor Ivan Petrov posted through the night. At 01:10 he wrote: \"Air defence destroyed 4 UAVs over the city of Kursk.\" "
             "At 03:20: \"Three more UAVs were destroyed over the Rylsky district.\" At 06:00 he summed up: \"In total, during the night, "
             "air defence destroyed 12 UAVs over the Kursk region.\"")
    assert [(c.stated_total, [(i.region_code, i.count) for i in c.items]) for c in extract(night, "2025-09-22").claims] == [(12, [("RU-KRS", 12)])]
    # a later post that is not a figure risen to is a claim of its own
    more = oldest_first.replace("the number of downed UAVs has risen to six", "four more UAVs were shot down over Sevastopol")
    assert [[(i.region_code, i.count) for i in c.items] for c in extract(more).claims] == [[("UA-40", 2)], [("UA-40", 4)]]


def test_a_monitoring_source_line_dates_posts_without_a_time():
    # the post went up at 22:10 GMT, 01:10 in Moscow the next day; the source line dates both governors' posts
    text = ("Governor Bogomaz said air defences had destroyed three drones over the Bryansk region.\n"
            "Governor Khinshtein said two drones had been downed over the Kursk region.\n"
            "Source: Governors' Telegram channels, in Russian 2135-2210 gmt 4 Nov 25")
    assert [c["event_date"] for c in _doc(text, "2025-11-04").claims] == [dt.date(2025, 11, 5)] * 2


def test_paragraph_day_dates_the_claims_in_it():
    # the second paragraph opens with the attack's day: its claims that state no time take it; the first claim keeps its own
    rows = _doc("Air defenses shot down 3 drones over the Kursk region overnight, the Defense Ministry said.\n\n"
                "On March 2, Ukraine fired rockets at Belgorod three times. Windows were broken in several houses. "
                "Governor Vyacheslav Gladkov said that five drones were shot down over the Belgorod region.", "2024-03-05")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("defense_ministry", dt.date(2024, 3, 5)), ("governor", dt.date(2024, 3, 2))]


def test_the_time_in_a_quoted_statement_is_that_statements_only():
    # the ministry's quotation opens with its night; the governor's claim that follows states no time of its own
    text = ('"Last night, an attempt by Kyiv to attack targets in Russia with drones was stopped. '
            'Air defenses destroyed two drones over the Kursk region," the ministry said. '
            'One drone was destroyed over the Rylsky district, Governor Alexei Smirnov wrote on Telegram.')
    rows = _doc(text, "2024-08-20")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("defense_ministry", dt.date(2024, 8, 20)), ("governor", None)]
    # the same night told by the writer, not quoted, is the paragraph's day for both
    rows = _doc(text.replace('"Last night', "Last night").replace('region," the ministry said', "region, the ministry said"), "2024-08-20")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2024, 8, 20), dt.date(2024, 8, 20)]


def test_later_the_same_claimant_speaks_of_the_same_day():
    text = ("Governor Alexander Bogomaz said air defenses destroyed four drones over the Bryansk region during the day. "
            "Later, the governor added that four more drones were shot down over the region.")
    rows = _doc(text, "2023-12-29")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2023, 12, 29), dt.date(2023, 12, 29)]
    # another claimant's "later" is not dated by the governor's day
    text = text.replace("Later, the governor added", "Later, the Defense Ministry said")
    assert [c["event_date"] for c in _doc(text, "2023-12-29").claims][1:] in ([None], [])


def test_a_speakers_posts_told_at_their_hours_are_of_the_day_of_the_first():
    text = ("Governor Alexander Bogomaz reported drone attacks on the Bryansk region on Thursday. At 09:40, he wrote that two "
            "UAVs had been destroyed over the Klintsy district.\nAt 15:15, the governor reported that three more UAVs had been "
            "shot down over the Pochep district.")
    rows = _doc(text, "2025-09-18")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [("governor", dt.date(2025, 9, 18))] * 2
    # another speaker's hour is not dated by the governor's day
    rows = _doc(text.replace("At 15:15, the governor reported", "At 15:15, the Defense Ministry reported"), "2025-09-18")
    assert [c["event_date"] for c in rows.claims][1:] in ([None], [])


def test_a_governors_he_recalled_is_the_governor_and_the_night_before_last_is_the_day_before():
    text = ("Governor Shapsha said on Wednesday that two drones had been destroyed over the Lyudinovsky district. "
            "The night before last, seven UAVs were downed over Kaluga, he recalled.")
    rows = _doc(text, "2026-04-15")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [("governor", None), ("governor", dt.date(2026, 4, 14))]


def test_the_leads_day_is_not_for_claims_after_one_that_gave_its_own():
    lead = "A drone damaged a warehouse in the Kursk region early on Friday.\n\n"
    own = "Another drone approaching Moscow was shot down on Friday morning, Mayor Sergei Sobyanin said.\n\n"
    undated = "Another drone was intercepted over the Belgorod region, Governor Vyacheslav Gladkov said."
    rows = _doc(lead + own + undated, "2024-03-08")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("mayor", dt.date(2024, 3, 8)), ("governor", None)]
    # the undated claim first: the lead's day is its day
    rows = _doc(lead + undated + "\n\n" + own, "2024-03-08")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("governor", dt.date(2024, 3, 8)), ("mayor", dt.date(2024, 3, 8))]


def test_a_statement_dated_by_when_it_was_made_takes_no_day_of_the_lead():
    lead = "KURSK, March 9 – Schools in the city went back to classes on Monday after a quiet night.\n\n"
    said = "On Saturday evening, Governor Alexander Khinshtein wrote that air defences had shot down five drones over the region."
    rows = _doc(lead + said, "2026-03-09")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [("governor", dt.date(2026, 3, 7))]


def test_posts_stamped_with_clock_times_are_statements_of_their_speaker_and_of_their_day():
    lead = "Governor Alexander Gusev began reporting interceptions late on Tuesday. His posts:\n"
    posts = ['22:50 — "Two drones have been shot down over the Rossoshansky district."',
             '23:55 — "Another UAV was destroyed over the Liskinsky district."',
             '01:20 — "Four more drones were downed over the city."']
    rows = _doc(lead + "\n".join(posts) + "\nIn the morning, the Defence Ministry said 40 drones had been destroyed overnight.", "2026-10-14")
    got = [(c["claimant"], c["event_date"], [i["count"] for i in rows.interceptions if i["claim_id"] == c["claim_id"]]) for c in rows.claims]
    tuesday, wednesday = dt.date(2026, 10, 13), dt.date(2026, 10, 14)
    assert got == [("governor", tuesday, [2]), ("governor", tuesday, [1]), ("governor", wednesday, [4]),
                   ("defense_ministry", wednesday, [])]
    # newest first: the same posts, the same days
    rows = _doc(lead + "\n".join(reversed(posts)), "2026-10-14")
    assert sorted((c["event_date"], c["claimant"]) for c in rows.claims) == [
        (tuesday, "governor"), (tuesday, "governor"), (wednesday, "governor")]
    # posts of one morning cross no midnight: all of the publication day
    rows = _doc(lead + "\n".join(p.replace("22:50", "05:50").replace("23:55", "06:55").replace("01:20", "08:20") for p in posts), "2026-10-14")
    assert {c["event_date"] for c in rows.claims} == {wednesday}


def test_posts_introduced_as_someones_are_theirs_and_a_later_in_total_is_the_account_so_far():
    text = ("Governor Alexander Bogomaz kept residents informed through the night into Monday. His posts, translated:\n"
            "01:15 — Air defence is working over the Klintsy district.\n"
            "02:40 — According to preliminary data, four UAVs have been shot down over the Klintsy district.\n"
            "04:05 — The attack has been repelled. In total, our forces destroyed nine drones.")
    rows = _doc(text, "2026-04-13")
    got = [(c["claimant"], c["stated_total"], [(i["region_code"], i["count"]) for i in rows.interceptions if i["claim_id"] == c["claim_id"]])
           for c in rows.claims]
    assert got == [("governor", 9, [("RU-BRY", 9)])]


def test_a_later_total_told_with_its_hour_is_the_account_so_far():
    text = ("Mayor Sergei Sobyanin posted through the night. His first post, shortly after 4 a.m., said an attack by two drones flying "
            "towards the city had been repelled. By 7 a.m. the mayor said a total of 31 UAVs heading for Moscow had been destroyed.")
    rows = _doc(text, "2025-03-11")
    got = [(c["claimant"], c["stated_total"], [(i["region_code"], i["count"]) for i in rows.interceptions if i["claim_id"] == c["claim_id"]])
           for c in rows.claims]
    assert got == [("mayor", 31, [("RU-MOW", 31)])]


def test_a_live_pages_posts_under_stamps_of_their_own_are_statements_of_moscows_day():
    # newest post first, each under its clock in GMT and a heading; the summary's total is the ministry's post;
    # the mayor's two posts of one drone each are two statements, both made before midnight in Moscow
    text = ("Live: drones over Moscow for a third night\nThursday 12 March 2026\n\nKey points\n"
            "- Russia's Defence Ministry says 30 drones were destroyed overnight over three regions\n\n"
            "07:15 GMT\nMinistry gives its night total\n\nRussia's Defence Ministry says 30 Ukrainian drones were destroyed between "
            "23:00 and 07:00 Moscow time: 14 over the Bryansk region, nine over the Kursk region and seven over the Moscow region.\n\n"
            "02:40 GMT\nThree drones downed near Moscow\n\nThree drones flying towards the capital have been shot down, Mayor Sergei Sobyanin says.\n\n"
            "20:50 GMT\nAnother drone\n\nMayor Sergei Sobyanin says a drone flying towards Moscow has been shot down. It is 23:50 in Moscow.\n\n"
            "20:05 GMT\nMayor reports a drone\n\nMayor Sergei Sobyanin says a drone flying towards Moscow has been shot down.\n")
    assert counts_of(text, "2026-03-12") == [("defense_ministry", 30, [("RU-BRY", 14), ("RU-KRS", 9), ("RU-MOS", 7)]),
                                             ("mayor", None, [("RU-MOW", 3)]), ("mayor", None, [("RU-MOW", 1)]), ("mayor", None, [("RU-MOW", 1)])]
    assert [c["event_date"] for c in _doc(text, "2026-03-12").claims] == [dt.date(2026, 3, 12)] * 2 + [dt.date(2026, 3, 11)] * 2
    # the Air Force's report of the night from 18:00 on the day before (in Kyiv time, and in GMT in brackets)
    report = "The Air Force said that of the 52 drones Russia launched from 18:00 Kyiv time (16:00 GMT) on Monday, 40 were shot down."
    assert [c["event_date"] for c in _doc(report, "2026-01-20").claims] == [dt.date(2026, 1, 20)]


def test_a_post_under_its_posters_name_is_theirs_and_its_districts_add_up_to_its_total():
    # the first line names the poster; each paragraph opens with a district; "in total" adds them up
    text = ("Kursk Region Governor Alexander Khinshtein, Telegram, 14 June 2025 (translated)\n\nThe situation over the past day.\n\n"
            "Rylsk district. A drone struck a barn in the village of Kulbaki. Air defence shot down 4 UAVs over the district.\n\n"
            "Lgov district. A power line was damaged. 5 drones were shot down.\n\n"
            "In total, over the past day, 9 UAVs were shot down over the region.")
    assert counts_of(text, "2025-06-14") == [("governor", 9, [("RU-KRS", 4), ("RU-KRS", 5)])]


def test_the_missiles_downed_over_a_place_are_the_ones_a_list_counted_by_type():
    # "The missiles were shot down over …", after a list of counts by type: that type's count over the place, the heading's the total
    text = ("The air force said its units shot down 60 air targets overnight:\n- 4 Kh-101 cruise missiles;\n- 56 drones of various types "
            "in the north and east.\nThe missiles were shot down over the Poltava region.")
    assert counts_of(text) == [("air_force_ua", 60, [("UA-53", 4)])]
    # the rockets told beside the drones of a breakdown by district: their count, which the breakdown adds up to the total with
    gov = ("Air defence shot down 20 aerial targets over the Belgorod region over the past day, the governor said. According to him, 17 "
           "UAVs and three rockets were destroyed:\n- Belgorod district - 10 UAVs;\n- Shebekino urban district - 7 UAVs.\n"
           "The rockets were shot down on the approach to Belgorod.")
    assert counts_of(gov) == [("governor", 20, [("RU-BEL", 10), ("RU-BEL", 7), ("RU-BEL", 3)])]


def test_a_count_with_no_place_under_a_line_that_names_one_is_over_it():
    # an outlet's digest by district: the paragraph's opening line names the place the next sentence's count is over
    text = ("The regional news site published the summary by district.\n\nStarooskolsky urban district. Two UAVs were shot down. "
            "A barn was damaged.\n\nGubkinsky urban district. Four drones were destroyed.")
    assert items_of(text) == [("RU-BEL", 2), ("RU-BEL", 4)]
    # a dateline is no such line
    assert items_of("Nine of 15 missiles downed\n\nKYIV. Dec 30 (Newswire) - Air defence units destroyed 9 of the 15 missiles Russia launched on "
                    "Friday.") == []


def test_what_a_speaker_did_not_report_is_no_claim_even_of_an_uncounted_place():
    assert extract("Analysts note that the ministry did not report downing any drones over the Tambov region that night.").claims == []


def test_lists_under_a_heading_are_read_row_by_row():
    # the same count on two rows over places told differently is two items; districts in the plural head a row too
    rows = ("Governor Gladkov said air defence shot down 10 drones over the Belgorod region overnight:\n— Belgorod — 3;\n"
            "— Shebekino district — 4;\n— Valuyki and Graivoron districts — 3.")
    assert counts_of(rows) == [("governor", 10, [("RU-BEL", 3), ("RU-BEL", 4), ("RU-BEL", 3)])]
    # a heading that speaks of the downed drones only as such ("a breakdown of the downed drones:") heads the list
    breakdown = ("The Air Force said 70 drones were shot down overnight. It also released a breakdown of the downed drones by oblast:\n"
                 "- Kyiv Oblast – 30\n- Sumy Oblast – 25\n- Poltava Oblast – 15")
    assert sorted(i for _, _, items in counts_of(breakdown) for i in items) == [("UA-32", 30), ("UA-53", 15), ("UA-59", 25)]


def test_governors_told_of_under_a_lead_of_the_night_are_of_that_night():
    text = ("Drones were shot down over the Kursk and Oryol regions overnight, regional governors said on Monday.\n\n"
            "Kursk governor Alexander Khinshtein said four drones had been destroyed over the Rylsk district.\n\n"
            "Oryol governor Andrei Klychkov said two drones had been shot down near Mtsensk.")
    rows = _doc(text, "2026-04-13")
    assert [c["event_date"] for c in rows.claims if c["claimant"] == "governor"] == [dt.date(2026, 4, 13)] * 2
    # the night told in the sentence before the lead, under a headline that names the governors too; a clock alone, when a
    # fire was put out, dates nothing
    told_before = ("Drones downed over two regions, governors say\n\nTwo regions came under drone attack overnight. "
                   "Governors reported the results on Telegram.\n\n"
                   "Kursk governor Alexander Khinshtein said four drones had been destroyed over the Rylsk district.\n\n"
                   "Oryol governor Andrei Klychkov said two drones had been shot down near Mtsensk. A fire there was put out by 04:30.")
    rows = _doc(told_before, "2026-04-13")
    governors = [c for c in rows.claims if c["claimant"] == "governor"]
    assert [c["event_date"] for c in governors] == [dt.date(2026, 4, 13)] * 2
    assert ["overnight" in (c["when_text"] or "") for c in governors] == [True, True]  # the date's evidence is the lead's night
    # the governors "had published their own figures" within an hour of the ministry's report of the night
    published = ("On the morning of 13 April, the Defense Ministry said 40 drones had been destroyed overnight, 9 of them over the "
                 "Kursk region. Within an hour, the governors of two of those regions had published their own figures.\n\n"
                 "Kursk governor Alexander Khinshtein wrote that 12 drones had been destroyed over his region. Oryol governor "
                 "Andrei Klychkov said that 5 drones had been shot down over the Oryol region.")
    rows = _doc(published, "2026-04-13")
    assert [c["event_date"] for c in rows.claims if c["claimant"] == "governor"] == [dt.date(2026, 4, 13)] * 2


def test_a_lead_of_the_total_over_some_of_the_places_is_the_breakdowns_claim():
    text = ("Drones over western Russia\n\n13 April 2026, 10:40\n\nDrones attacked the Bryansk and Kursk regions on the night of April 13, "
            "officials said. The ministry said 12 drones had been destroyed over the Bryansk and Kursk regions. Flights were delayed at two airports.\n\n"
            "Kursk governor Alexander Khinshtein said two drones had been shot down near Rylsk. A fence was damaged.\n\n"
            "According to the ministry, 12 drones were destroyed overnight: five over the Bryansk region, four over the Kursk "
            "region and three over the Oryol region.")
    assert counts_of(text, "2026-04-13") == [("defense_ministry", 12, [("RU-BRY", 5), ("RU-KRS", 4), ("RU-ORL", 3)]),
                                             ("governor", None, [("RU-KRS", 2)])]


def test_posts_under_lines_that_name_their_speaker_are_theirs_and_an_update_corrects_the_first():
    text = ("Posts of two governors, 5 May 2026 (translated)\n\nBryansk region governor Alexander Bogomaz, 05:40:\n"
            "Tonight, air defence destroyed 7 UAVs over the Bryansk region: 4 over Klintsy and 3 in the Starodub district.\n\n"
            "Alexander Bogomaz, 09:15 (update):\nThe number of UAVs destroyed overnight has been clarified: 8 UAVs, including 5 over "
            "Klintsy and 3 in the Starodub district.\n\nOryol region governor Andrei Klychkov, 07:30:\n"
            "Tonight, air defence destroyed 2 UAVs over the Mtsensk district.")
    assert counts_of(text, "2026-05-05") == [("governor", 8, [("RU-BRY", 5), ("RU-BRY", 3)]), ("governor", None, [("RU-ORL", 2)])]


def test_posts_under_a_speakers_name_and_hour_without_a_colon_are_theirs():
    # the line over each post names its speaker and hour, with no colon; a later note of the ministry's is the ministry's
    text = ("Night of 4 March: the governors' posts (translated)\n\nSmolensk region governor Vasily Anokhin, 06:10\n"
            "Overnight, air defence destroyed 4 UAVs over the Smolensk region.\n\nAnokhin, 08:20\n"
            "One more drone was destroyed over the Roslavl district at 08:05.\n\n"
            "Note. The Defence Ministry reported that 30 drones had been destroyed overnight, 12 of them over the Bryansk region.")
    assert counts_of(text, "2026-03-04") == [("governor", None, [("RU-SMO", 4)]), ("governor", None, [("RU-SMO", 1)]),
                                             ("defense_ministry", 30, [("RU-BRY", 12)])]
    # what the speaker reported "earlier this week" is of no day the heading names
    week = "Night of 4 March: the governors' posts\n\nEarlier this week, Anokhin reported that two drones had been destroyed over Smolensk."
    assert [c["event_date"] for c in _doc(week, "2026-03-04").claims] == [None]


def test_posts_under_a_speakers_name_and_hour_are_posts_of_that_hour():
    # each line names the speaker and the hour: a post each, the one before midnight of the day before
    text = ("Night of 12 April: the mayor's posts (Moscow time)\n\nSobyanin, 23:51 (11 April)\n"
            "Air defence repelled an attack by a drone flying towards Moscow.\n\nSobyanin, 00:40\n"
            "Two more drones flying towards Moscow have been shot down, one of them near Zelenograd.\n\nSobyanin, 02:05\n"
            "A drone over the Troitsky district has been destroyed.")
    rows = _doc(text, "2026-04-12")
    assert [(c["event_date"], c["stated_total"]) for c in rows.claims] == [(dt.date(2026, 4, 11), None), (dt.date(2026, 4, 12), None),
                                                                          (dt.date(2026, 4, 12), None)]
    # three speakers' posts of one morning, not in the order of their hours: all of that morning
    morning = ("Posts of the governors, 3 May\n\nBryansk region governor Alexander Bogomaz, 06:15\nTonight air defence destroyed 4 UAVs "
               "over the Bryansk region.\n\nBogomaz, 08:30\nOne more UAV was destroyed over the Bryansk region at 08:10.\n\n"
               "Oryol region governor Andrei Klychkov, 07:20\nTonight air defence destroyed 2 UAVs over the Oryol region.")
    assert [c["event_date"] for c in _doc(morning, "2026-05-03").claims] == [dt.date(2026, 5, 3)] * 3


def test_posts_under_lines_of_their_day_and_hour_are_statements_of_that_day():
    # a heading that spans two days dates none of them: each post is of the day over it
    text = ("Mayor Sergei Sobyanin, Telegram posts, 9-10 March (translated; Moscow time)\n\n9 March, 23:41\n"
            "Air defence forces repelled an attack by two UAVs flying toward Moscow.\n\n10 March, 01:15\n"
            "One more drone flying toward the city was shot down.")
    rows = _doc(text, "2026-03-10")
    assert [(c["event_date"], c["stated_total"]) for c in rows.claims] == [(dt.date(2026, 3, 9), None), (dt.date(2026, 3, 10), None)]


def test_posts_under_a_line_of_their_date_are_of_that_day():
    text = ("LIVE: drones over Moscow\nSaturday, Feb. 14\n21:05 — Mayor Sergei Sobyanin says a drone flying towards the city was shot down.\n"
            "Sunday, Feb. 15\n07:30 — Russia's Defense Ministry says 48 drones were intercepted overnight, 21 of them over the Moscow region.")
    rows = _doc(text, "2026-02-14")  # published the first day: without its line, the second post would be of the 14th too
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [("mayor", dt.date(2026, 2, 14)), ("defense_ministry", dt.date(2026, 2, 15))]


def test_the_afternoons_more_is_another_statement_and_the_headlines_sum_of_both_no_total():
    text = ("Bryansk Oblast governor claims 23 drones downed in two waves\n"
            "Governor Alexander Bogomaz said air defence destroyed 17 drones over the Bryansk region overnight.\n"
            "At 14:35, Bogomaz reported that six more UAVs had been downed over the Pochepsky district.")
    assert counts_of(text, "2025-08-19") == [("governor", None, [("RU-BRY", 17)]), ("governor", None, [("RU-BRY", 6)])]


def test_a_figure_the_speaker_corrected_is_no_longer_claimed():
    text = ("At 03:20, Governor Razvozhayev wrote that seven UAVs had been shot down over the sea near Lyubimovka.\n"
            "In the morning he wrote: \"According to updated data, five UAVs were shot down over Sevastopol, not seven as I reported earlier.\"")
    assert items_of(text) == [("UA-40", 5)]


def test_a_speakers_later_correction_takes_the_place_of_the_figure_it_corrects():
    text = ("At 21:10 on Thursday, Mayor Ihor Terekhov wrote that four drones had been shot down over Kharkiv.\n"
            "At 21:55 he corrected the information: \"Clarification: air defence destroyed three UAVs. The fourth hit a shed.\"")
    rows = _doc(text, "2025-07-03")
    assert [(c["claimant"], c["event_date"], c["stated_total"]) for c in rows.claims] == [("mayor", dt.date(2025, 7, 3), None)]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("UA-63", 3)]
    assert "UA-63 4 became UA-63 3" in rows.claims[0]["reconciliation_note"] and rows.claims[0]["evidence"].endswith("destroyed three UAVs.")


def test_an_edited_post_replaces_its_first_version_with_the_new_breakdown():
    text = ("Russia's Defense Ministry said on Telegram that 40 drones were destroyed overnight: 25 over the Kursk region and 15 over "
            "the Oryol region.\nAt 10:05 the ministry amended its post. It now says that 24 drones were destroyed: 16 over the "
            "Kursk region and eight over the Oryol region.\nThe governor of the Oryol region, Andrei Klychkov, said a drone was "
            "shot down over Oryol.")
    assert counts_of(text, "2026-03-02") == [("defense_ministry", 24, [("RU-KRS", 16), ("RU-ORL", 8)]), ("governor", None, [("RU-ORL", 1)])]


def test_a_figure_corrected_within_the_sentence_is_the_corrected_one():
    text = ("The mayor of Sumy first said six drones had been downed over the city, but later corrected the figure to four, "
            "adding that two had struck a depot in the Zarichnyi district.")
    assert items_of(text) == [("UA-59", 4)]


def test_a_correction_by_another_speaker_leaves_the_first_speakers_claim():
    text = ("Governor Alexander Bogomaz said five drones were destroyed over the Bryansk region overnight.\n"
            "Kursk region governor Alexander Khinshtein corrected his earlier figure: three drones were shot down over "
            "the Kursk region.")
    assert items_of(text) == [("RU-BRY", 5), ("RU-KRS", 3)]


def test_the_posts_before_a_speakers_tally_of_the_night_are_in_it():
    text = ("Mayor Sergei Sobyanin reported the attack in a series of posts (Moscow time):\n"
            "23:40 — Air defence repelled an attack by three UAVs flying toward Moscow.\n"
            "01:15 — Two more UAVs were shot down on approach to the city.\n"
            "05:50 — In total, 9 UAVs flying toward Moscow were destroyed overnight. There were no casualties.")
    assert counts_of(text, "2026-02-08") == [("mayor", 9, [("RU-MOW", 9)])]


def test_a_summing_up_post_with_its_breakdown_takes_in_the_lead_and_the_first_post():
    text = ("Air defence forces destroyed nine drones over the Leningrad region overnight, Governor Alexander Drozdenko said.\n"
            "At 01:50, the governor reported that five UAVs had been shot down in the Kirishi district.\n"
            "At 05:30 he summed up the night: \"In total, 9 UAVs were destroyed over the Leningrad region: five in the Kirishi "
            "district and four in the Vyborg district.\"")
    assert counts_of(text, "2025-10-04") == [("governor", 9, [("RU-LEN", 5), ("RU-LEN", 4)])]


def test_the_sea_in_a_quote_before_its_speaker_is_off_the_place_named_before():
    text = ("At 01:20 Governor Razvozhayev wrote that air defence was working near Balaklava.\n"
            "\"Four UAVs were shot down over the sea and two over the Nakhimovsky district. No one was hurt,\" Razvozhayev "
            "wrote at 02:05.")
    assert items_of(text) == [("UA-40", 2), ("UA-40", 4)]


def test_a_headline_that_sums_a_speakers_posts_is_no_claim():
    text = ("Six Drones Downed on Approach to Moscow\n"
            "At 06:12, Mayor Sergei Sobyanin wrote that two UAVs flying towards the capital had been destroyed. "
            "At 07:30, he reported that another drone had been shot down over Zelenograd.\n"
            "At 08:05, Sobyanin wrote that three more were downed over the Naro-Fominsk urban district of the Moscow region.")
    assert items_of(text) == [("RU-MOS", 3), ("RU-MOW", 1), ("RU-MOW", 2)]


def test_weekday_without_publication_date_takes_the_one_written_date_of_that_weekday():
    # no metadata; the text quotes a post dated November 10, 2024, a Sunday
    text = ("Air defenses shot down 12 drones over the Kursk region on Sunday, the Defense Ministry said.\n"
            "A resident posted a video of the attack. November 10, 2024")
    assert [c["event_date"] for c in _doc(text).claims] == [dt.date(2024, 11, 10)]
    # a written date of another weekday dates nothing
    assert [c["event_date"] for c in _doc(text.replace("November 10", "November 12")).claims] == [None]


def test_the_drone_spoken_of_before_keeps_its_date():
    rows = _doc("The Defense Ministry said air defenses destroyed a drone over the Tatarstan republic at about 2 p.m. on Thursday. "
                "The mayor of Yelabuga, Rustem Nuriyev, said the drone had been downed over the Yelabuga district.", "2024-05-24")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("defense_ministry", dt.date(2024, 5, 23)), ("mayor", dt.date(2024, 5, 23))]
    # "a drone" is another drone: it is not dated by the first claim
    rows = _doc("The Defense Ministry said air defenses destroyed a drone over the Tatarstan republic at about 2 p.m. on Thursday. "
                "The mayor of Yelabuga, Rustem Nuriyev, said a drone had been downed over the Yelabuga district.", "2024-05-24")
    assert [c["event_date"] for c in rows.claims][1] is None


def test_one_sentence_telling_two_days_is_two_statements():
    text = ("Governor Alexander Bogomaz said on Wednesday that two drones had been destroyed over the Klintsy district on Monday evening "
            "and five more over the Starodub district on Tuesday afternoon.")
    rows = _doc(text, "2025-06-11")
    got = [(c["event_date"], [i["count"] for i in rows.interceptions if i["claim_id"] == c["claim_id"]]) for c in rows.claims]
    assert got == [(dt.date(2025, 6, 9), [2]), (dt.date(2025, 6, 10), [5])]
    # one day told twice is one statement
    rows = _doc(text.replace("on Monday evening", "on Tuesday morning"), "2025-06-11")
    assert len(rows.claims) == 1


def test_a_second_speaker_of_the_attack_told_before_speaks_of_its_day():
    text = ("Ukraine's Air Force said 38 of 45 missiles were shot down on the morning of Oct. 10. "
            "Serhiy Lysak, head of the Dnipropetrovsk regional military administration, said seven missiles were downed over the region during the morning attack.")
    rows = _doc(text, "2026-10-12")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2026, 10, 10)] * 2
    # "an attack" is not the one told of before
    rows = _doc(text.replace("during the morning attack", "during an attack"), "2026-10-12")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2026, 10, 10), None]


def test_a_lead_without_counts_outlines_the_claims_that_follow():
    text = ("Air defenses destroyed drones over Kursk and Taganrog. "
            "Air defenses repelled a massive drone attack on Taganrog, Governor Vasily Golubev said. "
            "One drone was shot down over Kursk, Governor Roman Starovoit said.")
    rows = _doc(text, "2024-03-09")
    got = sorted((c["claimant"], tuple((i["region_code"], i["count"]) for i in rows.interceptions if i["claim_id"] == c["claim_id"]))
                 for c in rows.claims)
    assert got == [("governor", (("RU-KRS", 1),)), ("governor", (("RU-ROS", None),))]
    # a place the lead names and nothing after it does stays
    rows = _doc(text.replace("over Kursk and Taganrog", "over Kursk, Bryansk and Taganrog"), "2024-03-09")
    assert ("RU-BRY", None) in {(i["region_code"], i["count"]) for i in rows.interceptions}


def test_of_them_after_boats_is_no_interception():
    boats = "The ministry said unmanned boats were detected in the Black Sea heading for Crimea. Three of them were destroyed by naval aviation."
    assert extract(boats).claims == []
    drones = "The ministry said drones were detected over the Kursk region. Three of them were destroyed by air defenses."
    assert [c.stated_total for c in extract(drones).claims] == [3]


def test_where_the_drone_heading_for_a_place_fell():
    text = "Air defenses also repelled an attack by a drone heading towards Moscow. It was intercepted in the urban district of Istra."
    assert items_of(text) == [("RU-MOS", 1)]
    # without the pronoun the next sentence is a claim of its own
    assert items_of(text.replace("It was intercepted", "Drones were intercepted")) == [("RU-MOS", None), ("RU-MOW", 1)]


def test_a_headline_restating_the_body_adds_nothing():
    text = ("Russia Says It Destroyed 25 Drones Targeting Moscow Region\n"
            "Russia downed 25 Ukrainian drones targeting Moscow overnight, the city's mayor Sergei Sobyanin said.")
    assert items_of(text) == [("RU-MOW", 25)]
    # a headline the body does not restate keeps its count
    assert ("RU-MOS", 25) in items_of(text.replace("downed 25 Ukrainian drones", "downed Ukrainian drones"))
    # a headline without a count, over the place the body counts over, is the body's claim
    text = ("Drone downed over Lipetsk Region, says governor\nLIPETSK, May 4. /TASS/. Local news said the schools were open. "
            "Traffic was normal. The regional duma met in the morning. Residents were calm. A drone was downed over the Lipetsk Region "
            "early on Thursday, according to Igor Artamonov, the governor.")
    assert [(c[1], c[2]) for c in claims_of(text)] == [(None, [("RU-LIP", 1, "explicit")])]


def test_two_windows_are_two_statements_and_their_running_sum_is_no_total():
    text = ("Air defenses destroyed six more drones over Crimea in addition to the 20 destroyed earlier, "
            "resulting in a total of 26 drones, the Defense Ministry said. "
            "On March 8, 2024, from 23:00 to 23:50 Moscow time, six more drones were destroyed over Crimea, the ministry said. "
            "The ministry said earlier that air defenses destroyed 20 drones over Crimea on Friday from 20:30 to 22:30 Moscow time.")
    rows = _doc(text, "2024-03-09")
    got = [(c["window_start"], c["stated_total"], [(i["region_code"], i["count"]) for i in rows.interceptions if i["claim_id"] == c["claim_id"]])
           for c in rows.claims]
    assert [g[0] for g in got] == ["2024-03-08T23:00+03:00", "2024-03-08T20:30+03:00"]
    assert 26 not in [g[1] for g in got]
    assert [g[2] for g in got] == [[("UA-43", 6)], [("UA-43", 20)]]
    # the daily series counts both statements, each once
    daily = build_daily(schema.frame_from_rows("claims", rows.claims), schema.frame_from_rows("interceptions", rows.interceptions))
    assert daily.filter(pl.col("region_code") == "ALL")["count"].to_list() == [26]


def test_yearless_date_is_kept_as_text_and_reported():
    rows = _doc("On August 3, air defenses shot down 6 drones over the Smolensk region, the Defense Ministry said.")
    assert rows.claims[0]["when_text"] == "On August 3" or "August 3" in rows.claims[0]["when_text"]
    assert "no year" in (rows.document["problems"] or "")


@pytest.mark.parametrize("text,expected", EVENTS, ids=[e[0] for _, e in EVENTS])
def test_events(text, expected):
    rows = _doc(text, "2024-05-01")
    assert expected in {(e["kind"], e["region_code"]) for e in rows.events}


@pytest.mark.parametrize("text,expected", KNOWN_FAILURES, ids=[t[:60] for t, _ in KNOWN_FAILURES])
@pytest.mark.xfail(strict=True, reason="known failure: see the comment above the row")
def test_known_failures(text, expected):
    assert items_of(text) == sorted(expected)


def test_two_claimants_in_one_sentence_are_two_claims():
    text = ("Kursk governor Alexei Smirnov said two drones were shot down over the Rylsk district, "
            "while Belgorod governor Vyacheslav Gladkov reported that one drone was downed near Shebekino.")
    assert claims_of(text) == [("governor", None, [("RU-KRS", 2, "explicit")]), ("governor", None, [("RU-BEL", 1, "explicit")])]


def test_the_country_that_speaks_is_its_defence_ministry():
    # "Russia said": the ministry, not the governor who speaks of shelling in the next sentence
    text = ("Russia said on Sunday its air defences had destroyed 12 drones over the Voronezh region. "
            "Kursk governor Alexei Smirnov said two people had been wounded by shelling.")
    assert claims_of(text) == [("defense_ministry", None, [("RU-VOR", 12, "explicit")])]
    # a headline's "Russia says" sums up whoever the body quotes: here the mayor, counted once
    text = ("Russia says it destroyed 25 drones targeting Moscow region\n"
            "Air defences downed 25 Ukrainian drones targeting Moscow overnight, Mayor Sergei Sobyanin said.")
    assert claims_of(text) == [("mayor", None, [("RU-MOW", 25, "explicit")])]


def test_each_over_districts_of_one_region_gives_rows_with_their_own_evidence():
    """Two items of one region from one count: each row starts where its own district is named (the table's key)."""
    text = "Air defence units destroyed four drones each over the Novozybkov and Trubchevsk districts, the governor said."
    rows = _doc(text, "2025-01-19")
    starts = [r["char_start"] for r in rows.interceptions]
    assert len(starts) == 2 and len(set(starts)) == 2
    assert text[starts[1]:].startswith("Trubchevsk")


def test_a_heading_that_names_the_night_dates_the_bullets_under_it():
    """A summary's heading on a line of its own: each speaker's bullet is of that night, not undated."""
    text = ("Night of 7-8 June: the governors report\n"
            "- Tula region: air defences destroyed 4 drones, governor Dmitry Milyaev says.\n"
            "- Oryol region: two drones were shot down over Mtsensk (governor Andrei Klychkov).\n")
    rows = _doc(text, "2025-06-08")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("governor", dt.date(2025, 6, 8)), ("governor", dt.date(2025, 6, 8))]
    # a live blog's heading dates the posts that give only a clock time
    blog = ("Drones over Moscow - live, Saturday, June 7\n"
            "04:10 Mayor Sergei Sobyanin: \"Air defences shot down a drone flying towards Moscow.\"\n"
            "05:25 Sobyanin: \"Two more drones flying towards the capital were destroyed.\"\n")
    assert [c["event_date"] for c in _doc(blog, "2025-06-07").claims] == [dt.date(2025, 6, 7)] * 2
    # a bullet that gives its own day keeps it
    text = text.replace("two drones were shot down", "on Friday evening two drones were shot down")
    assert [c["event_date"] for c in _doc(text, "2025-06-08").claims] == [dt.date(2025, 6, 8), dt.date(2025, 6, 6)]


def test_a_source_in_brackets_closing_the_sentence_is_the_claimant():
    """"… over Mtsensk (governor Andrei Klychkov)." speaks for itself: not part of the speaker before."""
    text = ("- Tula region: air defences destroyed 4 drones, governor Dmitry Milyaev says.\n"
            "- Oryol region: two drones were shot down over Mtsensk (governor Andrei Klychkov).")
    assert claims_of(text) == [("governor", None, [("RU-TUL", 4, "explicit")]), ("governor", None, [("RU-ORL", 2, "explicit")])]
    # a bracket that does not close the sentence names no source
    text = "Two drones were shot down over Mtsensk (governor Andrei Klychkov) and Oryol."
    assert find_claimant(text, split_sentences(text)[0]).explicit is False


def test_two_speakers_joined_by_while_speak_of_one_night():
    """A sentence cut into two statements at "while": the second, with no time of its own, has the first one's."""
    text = ("Kursk governor Alexei Smirnov said four drones were shot down over the region overnight, "
            "while Oryol governor Andrei Klychkov reported that one drone was downed near Mtsensk.")
    rows = _doc(text, "2024-09-14")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("governor", dt.date(2024, 9, 14)), ("governor", dt.date(2024, 9, 14))]
    # two sentences are two statements: the second states no time
    rows = _doc(text.replace(", while Oryol", ". Oryol"), "2024-09-14")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2024, 9, 14), None]


def test_two_other_speakers_are_two_claims():
    text = ("Air defences shot down 18 of 30 missiles, commander-in-chief Valerii Zaluzhnyi said. "
            "The Kyiv regional military administration said three missiles were downed over the Kyiv region.")
    assert claims_of(text) == [("other", 18, []), ("other", None, [("UA-32", 3, "explicit")])]


def test_an_explosion_that_brings_something_down_is_no_interception():
    """"brought down part of the bridge": no weapon and no air defence in the sentence, nothing was intercepted."""
    assert extract("A blast brought down part of the Crimean Bridge early on Saturday and set fire to a train heading to the peninsula.").claims == []
    # with air defences it is a claim, count or not
    assert [c.items[0].region_code for c in extract("Air defences brought down targets over Crimea early on Saturday.").claims] == ["UA-43"]


def test_a_front_named_by_towns_is_no_place():
    text = ("The ministry said air defences shot down 20 drones over the Belgorod region. "
            "Its forces also repelled attacks in the Kupiansk and Lyman directions, it said.")
    assert items_of(text) == [("RU-BEL", 20)]


def test_of_them_after_a_sentence_that_named_missiles_counts_missiles():
    text = ("The air force said it shot down ten of 12 cruise missiles. "
            "Seven of them were destroyed over the Kyiv region and three over the Poltava region.")
    [claim] = extract(text).claims
    assert claim.stated_total == 10 and [(i.region_code, i.count, i.weapon) for i in claim.items] == [
        ("UA-32", 7, "missile"), ("UA-53", 3, "missile")]


def test_some_of_the_drones_another_claim_counted_are_of_its_night():
    text = ("The ministry said 15 drones were destroyed over the Rostov region overnight. "
            "Governor Yury Slyusar said three of the drones were shot down over Millerovo.")
    assert [c["event_date"] for c in _doc(text, "2025-07-02").claims] == [dt.date(2025, 7, 2), dt.date(2025, 7, 2)]


def test_minutes_later_the_same_speaker_speaks_of_the_same_day():
    text = ("Mayor Sergei Sobyanin said early on Sunday that two drones flying towards Moscow had been shot down. "
            "About an hour later he wrote that three more drones had been destroyed on approach to the city.")
    rows = _doc(text, "2025-11-16")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [("mayor", dt.date(2025, 11, 16))] * 2


def test_some_of_the_drones_of_a_national_count_are_of_its_night():
    text = ("The air force said on Sunday that 131 of 156 drones launched overnight were shot down. "
            "The Kyiv regional military administration said 12 of the drones were downed over the Kyiv region.")
    assert [c["event_date"] for c in _doc(text, "2026-01-25").claims] == [dt.date(2026, 1, 25)] * 2


def test_a_headline_total_the_body_gives_to_another_speaker_is_the_bodys():
    """The headline seems to quote Kyiv for Moscow's 57: one claim of 57, the ministry's."""
    text = ("Russia launched 90 drones overnight, Ukraine's Air Force says; Moscow claims downing 57 drones\n"
            "Ukraine's Air Force said 70 of the 90 drones Russia launched overnight were shot down. "
            "Russia's Defense Ministry said it had downed 57 Ukrainian drones overnight, including 20 over the Bryansk region.")
    assert [(c[0], c[1]) for c in claims_of(text)] == [("air_force_ua", 70), ("defense_ministry", 57)]


def test_a_headline_over_places_other_speakers_count_is_not_the_first_speakers():
    """The headline names the places the regions' heads count over; the Air Force, quoted first, gave no place."""
    text = ("Drones shot down over Poltava and Sumy oblasts overnight\n"
            "The Air Force said 64 of the 80 drones launched at Ukraine overnight had been shot down. "
            "In Poltava Oblast, air defence destroyed nine drones over the Kremenchuk district, said Volodymyr Kohut, head of the regional military administration. "
            "In Sumy Oblast, more than 10 drones were downed overnight, said the head of the regional administration, Oleh Hryhorov.")
    claims = counts_of(text)
    assert claims[0] == ("air_force_ua", 64, [])
    assert [c[2] for c in claims[1:]] == [[("UA-53", 9)], [("UA-59", 10)]]
    # the headline's count, when the body gives it to a claim told later, is that claim's too
    text = ("Moscow says it downed 31 drones over Crimea and the Black Sea\n"
            "Kyiv, for its part, says it stopped 40 of 52 drones\n"
            "Ukraine's Air Force said 40 of 52 drones launched overnight were shot down or jammed. "
            "Russia's Defense Ministry said 20 drones were destroyed over Crimea and 11 over the Black Sea.")
    claims = counts_of(text)
    assert claims[0] == ("air_force_ua", 40, [])
    assert sorted(claims[1][2]) == [("SEA-BLACK", 11), ("UA-43", 20)]


def test_counts_across_days_of_a_month_are_a_tally_and_date_no_claim():
    """"Across 14-16 March" sums three nights; "overnight on 16-17 March" is one."""
    text = ("1. The Defence Ministry said 52 drones were shot down overnight on 16-17 March over the Belgorod and Kursk regions.\n"
            "2. Ukraine's Air Force said it downed 40 drones.\n"
            "3. Across 14-16 March, the ministry claimed a combined 410 drones, and the mayor of Moscow reported 61 downed near the capital.")
    rows = _doc(text, "2026-03-17")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(52, dt.date(2026, 3, 17)), (40, None)]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("RU-BEL+RU-KRS", 52)]
    # from the first day to the next is a night, and its counts are claims
    assert len(_doc(text.replace("Across 14-16 March", "Across 16-17 March"), "2026-03-17").claims) == 3


def test_two_city_administrations_in_two_places_are_two_claims():
    text = ("In Kharkiv, according to the Kharkiv City Military Administration, eight drones were shot down over the city. "
            "In Zaporizhzhia, Andriy Petrenko, head of the city military administration, said that three drones had been shot down near the dam.")
    claims = counts_of(text)
    assert [c[2] for c in claims] == [[("UA-63", 8)], [("UA-23", 3)]]


def test_a_count_aimed_at_a_place_is_the_attack_and_its_part_downed_the_claim():
    text = "About 30 missiles were aimed at Kyiv, and 26 of them were shot down over the city, the city administration said."
    assert items_of(text) == [("UA-30", 26)]
    # a part of the downed told by what it was aimed at is still downed
    text = ("Air defences downed 140 drones over nine regions overnight, the Defence Ministry said. "
            "The Moscow region took the largest share, 51, and 12 of those had been aimed at the capital itself, the ministry said.")
    assert items_of(text) == [("RU-MOS", 51), ("RU-MOW", 12)]


def test_a_verbless_line_summing_a_posts_counts_is_its_total():
    text = ("Kursk governor Alexander Khinshtein, 06:10:\n"
            "\"The enemy attacked the region with drones overnight. Over the Rylsk district, 5 UAVs were shot down, 3 more over the Glushkovo district. "
            "In total, 8 drones. Nobody was hurt.\"")
    claims = counts_of(text)
    assert claims == [("governor", 8, [("RU-KRS", 5), ("RU-KRS", 3)])]
    # the speaker's line names the post's speaker over its first sentence of no count
    posts = ("What the governors said\n\n" + text + "\n\nBelgorod governor Vyacheslav Gladkov, 07:00:\n"
             "\"Two UAVs were shot down over the Belgorod district.\"")
    assert [c.claimant.name.split()[-1] for c in extract(posts).claims] == ["Khinshtein", "Gladkov"]
    # a line of a sum of other things is no total
    assert counts_of(text.replace("In total, 8 drones.", "In total, 3 injured."))[0][1] is None


def test_a_live_page_kept_in_a_named_zone_dates_its_posts_in_moscow():
    """Paris time: the 10:50 pm post is made after midnight in Moscow."""
    text = ("Live: war in Ukraine\nPublished on February 4, 2026. Times are Paris time (CET).\n\n8:10 am\nKyiv says it shot down 40 drones overnight\n\n"
            "Ukraine's Air Force said 40 drones were shot down overnight.\n\n1:30 pm\nMinisters meet in Paris\n\nDefence ministers met to discuss air defence.\n\n"
            "6:45 pm\nPower cuts announced\n\nThe grid operator announced power cuts for the next day.\n\n10:50 pm\nMoscow mayor: drone downed\n\n"
            "Moscow Mayor Sergei Sobyanin said a few minutes ago that a drone flying towards the capital had been destroyed.")
    assert [c["event_date"] for c in _doc(text, "2026-02-04").claims] == [dt.date(2026, 2, 4), dt.date(2026, 2, 5)]
    # US Eastern time, newest first: the 11:40 p.m. ET post is the next morning's in Moscow, and its heading is its post's claim
    text = ("Russia-Ukraine War Live Updates\n\nLive updates are in Eastern Time.\n\n"
            "11:40 p.m. ET - Russia Says 61 Drones Downed Overnight\n\n"
            "Russia's Defense Ministry issued its morning statement. It said 61 Ukrainian drones had been destroyed overnight, 20 of them over the Bryansk region.\n\n"
            "5:20 p.m. ET - Kremlin Comments\n\nThe Kremlin declined to comment on the talks.\n\n"
            "1:05 p.m. ET - Airports Reopen\n\nMoscow's airports lifted their restrictions.\n\n"
            "7:15 a.m. ET - Ukraine Says 48 Drones Downed\n\n"
            "Ukraine's air force said Russia launched 70 drones overnight. Air defenses shot down 48 of them, it said.")
    claims = _doc(text, "2025-08-16").claims
    assert [(c["stated_total"], c["event_date"]) for c in claims] == [(61, dt.date(2025, 8, 17)), (48, dt.date(2025, 8, 16))]


def test_a_speaker_correcting_himself_by_refined_data_replaces_his_figure():
    text = ("Governor Igor Artamonov first wrote at 3:50 a.m. that 9 drones had been shot down over Yelets. Two hours later, he corrected himself. "
            "\"According to refined data, air defence destroyed 6 UAVs, not 9 as I wrote earlier,\" his second post said.")
    assert counts_of(text, "2026-04-02") == [("governor", None, [("RU-LIP", 6)])]


def test_further_counts_told_at_other_hours_are_posts_of_their_own():
    text = ("Kursk governor posts 20 drones downed overnight\n"
            "At 01:10, Khinshtein wrote that 9 UAVs had been destroyed over the Rylsk district. "
            "At 02:45, he reported that another 7 drones had been shot down over the Lgov district. "
            "In a third post, at 05:20, he said that 4 more had been destroyed over the Kurchatov district.")
    claims = counts_of(text, "2026-05-11")
    assert [c[1:] for c in claims] == [(None, [("RU-KRS", 9)]), (None, [("RU-KRS", 7)]), (None, [("RU-KRS", 4)])]
    # "two more", with no place, is over the place of the speaker's post before
    text = ("At 23:50, Sobyanin wrote that a drone flying towards Moscow had been shot down. "
            "At 01:05, the mayor reported that two more drones had been shot down. "
            "At 02:20 he wrote about another drone, and at 03:40 about four UAVs destroyed on approach to the capital.")
    claims = counts_of(text, "2026-05-11")
    assert claims[0][1:] == (None, [("RU-MOW", 1)])
    assert ("RU-MOW", 2) in claims[1][2] and claims[1][1] is None


def test_places_a_launch_was_aimed_at_are_not_where_its_downed_fell():
    text = "The air force says Russia launched 120 drones at Ukraine overnight, mostly aimed at Sumy and Poltava, and it says it shot down 96 of them."
    assert counts_of(text) == [("air_force_ua", 96, [])]
    # the downed aimed at a place are over it
    assert items_of("All four missiles aimed at Kyiv were destroyed by air defence, the city administration said.") == [("UA-30", 4)]


def test_a_governor_who_listed_the_places_speaks_the_list_after():
    text = ("\"In total, 17 UAVs flying towards Moscow have been destroyed since 11 p.m.,\" Sobyanin wrote on Telegram. "
            "Moscow region Governor Andrei Vorobyov listed the places where drones had been downed in the region. "
            "\"Overnight, air defence destroyed UAVs: Khimki - 2, Mytishchi - 1,\" he wrote.")
    claims = counts_of(text)
    assert [(c[0], c[2]) for c in claims] == [("mayor", [("RU-MOW", 17)]), ("governor", [("RU-MOS", 2), ("RU-MOS", 1)])]


def test_a_heading_naming_the_capital_for_its_government_gives_no_place():
    text = ("Kyiv: 52 drones neutralized\n\n"
            "Ukraine's air force said Russia had sent 70 attack drones across the border during the night. "
            "Fifty-two were shot down or suppressed, it said.")
    assert counts_of(text) == [("air_force_ua", 52, [])]
    # the mayor's heading names his city
    text = "Moscow: three drones downed on approach\n\nMayor Sergei Sobyanin said three drones flying towards the city had been shot down."
    assert items_of(text) == [("RU-MOW", 3)]


def test_a_bullet_under_a_total_names_its_places_after_a_long_noun():
    text = ("As of 08:00, air defense shot down or suppressed 67 air targets:\n"
            "- 2 guided missiles of the Kh-59 type;\n"
            "- 65 enemy drones of different types over Sumy, Poltava and Kharkiv oblasts.")
    assert [c[1:] for c in counts_of(text)] == [(67, [("UA-53+UA-59+UA-63", 65)])]


def test_counts_by_weapon_after_a_colon_are_over_the_place_of_their_sum():
    text = "Over the Kursk region, air defence shot down 31 aerial targets during the day: 24 UAVs and 7 rockets of the Grad MLRS."
    rows = _doc(text, "2025-10-11")
    assert [(i["region_code"], i["count"], i["weapon"]) for i in rows.interceptions] == [("RU-KRS", 24, "drone"), ("RU-KRS", 7, "rocket")]
    assert rows.claims[0]["stated_total"] == 31
    # counts that do not add up to it are not its parts
    assert items_of(text.replace("24 UAVs", "20 UAVs")) == [("RU-KRS", 31)]


def test_each_inside_a_list_of_places_with_dashed_counts():
    text = "Overnight, air defence destroyed UAVs: Kursk district – 5, three each over the Rylsk and Lgov districts, Sudzha district – 2."
    assert items_of(text) == [("RU-KRS", 2), ("RU-KRS", 3), ("RU-KRS", 3), ("RU-KRS", 5)]


def test_an_elliptic_count_after_a_part_that_leads_its_clause_is_a_part_too():
    text = ("Mayor Sergei Sobyanin said 14 drones heading for Moscow had been shot down overnight. "
            "Three of them were downed over the Troitsk district and one over Zelenograd, he added.")
    assert items_of(text) == [("RU-MOW", 14)]
    # a part told beside its place's count does not make the next count a part
    text = ("The ministry said 40 drones were destroyed overnight: 12 over the Moscow region, 5 of them flying towards Moscow, "
            "and 28 over the Kaluga region.")
    assert sorted(items_of(text)) == [("RU-KLU", 28), ("RU-MOS", 12), ("RU-MOW", 5)]


def test_a_part_of_the_downed_told_by_its_target_after_a_fronted_phrase():
    lead = "Air defences destroyed 40 drones overnight, including 14 over the Moscow region, the Defence Ministry said. "
    for told in ("Of the drones brought down over the Moscow region, six were flying towards Moscow.",
                 "Of those destroyed over the Moscow region, six were heading for the capital."):
        assert sorted(items_of(lead + told)) == [("RU-MOS", 14), ("RU-MOW", 6)]
    # launched, not downed: where they flew is no part of the downed
    assert items_of(lead + "Of the drones launched at the Moscow region, six were flying towards Moscow.") == [("RU-MOS", 14)]


def test_a_lead_over_many_places_broken_down_over_each_of_them_is_the_total():
    text = ("The ministry claimed its forces downed 47 drones over the Kursk, Oryol, Bryansk and Tula regions overnight. "
            "It said 20 were downed over the Kursk region, 11 over Oryol and eight each over the Bryansk and Tula regions.")
    assert counts_of(text) == [("defense_ministry", 47, [("RU-KRS", 20), ("RU-ORL", 11), ("RU-BRY", 8), ("RU-TUL", 8)])]
    # a count over two places that reconciles neither read each nor shared: the lead is still the total, not a count of its own
    text = text.replace("eight each over", "eight over").replace("47", "49")
    [(claimant, total, items)] = counts_of(text)
    assert total == 49 and items[:2] == [("RU-KRS", 20), ("RU-ORL", 11)] and all(code.count("+") < 2 for code, _ in items)


def test_a_live_pages_stamps_may_name_their_offset_in_brackets():
    text = ("Live updates | Saturday, 4 April 2026 | All times are GMT+1\n"
            "23:50 (GMT+1)\nGovernor: drones downed over Bryansk\n"
            "Bryansk governor Alexander Bogomaz says air defences destroyed three drones over the region in the past hour.\n"
            "14:10 (GMT+1)\nPower restored in Sumy\nRepair crews restored power to most of the city, the mayor says.\n"
            "09:40 (GMT+1)\nMoscow says 30 drones downed\n"
            "Russia's defence ministry says 30 Ukrainian drones were destroyed overnight, 12 of them over the Kursk region.")
    rows = _doc(text, "2026-04-04")
    # 23:50 at GMT+1 is 01:50 in Moscow, the next day; the second post's heading is its own, not the first post's
    assert [(c["claimant"], c["stated_total"], c["event_date"]) for c in rows.claims] == [
        ("governor", None, dt.date(2026, 4, 5)), ("defense_ministry", 30, dt.date(2026, 4, 4))]


def test_a_speakers_count_with_parts_over_his_own_region_is_over_that_region():
    text = "Belgorod governor Vyacheslav Gladkov said nine drones were shot down overnight, two of them over Shebekino."
    assert counts_of(text) == [("governor", None, [("RU-BEL", 9)])]
    # a part over another region leaves the count unplaced: it is the claim's total
    text = "Belgorod governor Vyacheslav Gladkov said nine drones were shot down overnight, two of them over the Kursk region."
    assert counts_of(text) == [("governor", 9, [("RU-KRS", 2)])]


def test_a_mornings_tally_of_the_night_takes_in_the_post_before_midnight():
    text = ("Lipetsk governor Igor Artamonov reported on the night's attack in several posts.\n\n"
            "At 23:20 on Tuesday he wrote that two UAVs had been destroyed over the Yelets district.\n\n"
            "At 02:10 the governor said one more drone had been shot down over the Gryazinsky district.\n\n"
            "At 06:05 Artamonov summed up: \"In total, during the night, five UAVs were destroyed over the region.\"")
    rows = _doc(text, "2026-05-13")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(5, dt.date(2026, 5, 13))]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("RU-LIP", 5)]


def test_a_governors_day_and_night_told_under_a_dateline_are_two_claims_and_the_outlets_sum_none():
    text = ("Nine drones downed over Oryol region in a day\n\n"
            "Oryol news portal, 14 May 2026, 08:10\n\n"
            "On Wednesday evening Governor Andrei Klychkov wrote that air defence had destroyed four UAVs over Mtsensk during the day.\n\n"
            "\"Overnight, air defence destroyed five more UAVs over the Oryol district,\" the governor said on Thursday morning.\n\n"
            "In total, according to the governor's two reports, nine drones were shot down over the region.\n\n"
            "The Defence Ministry said it had destroyed 40 drones overnight, six of them over the Oryol region.")
    rows = _doc(text, "2026-05-14")
    assert [(c["claimant"], c["stated_total"], c["event_date"]) for c in rows.claims] == [
        ("governor", None, dt.date(2026, 5, 13)), ("governor", None, dt.date(2026, 5, 14)), ("defense_ministry", 40, dt.date(2026, 5, 14))]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("RU-ORL", 4), ("RU-ORL", 5), ("RU-ORL", 6)]


def test_the_region_is_the_one_the_sentence_named_before_it():
    text = ("Oleh Kiper, head of the Odesa Regional Military Administration, said five drones had been destroyed over the region. "
            "In Mykolaiv, the head of the regional military administration reported that air defence had shot down three drones over the region.")
    assert [c[2] for c in counts_of(text)] == [[("UA-51", 5)], [("UA-48", 3)]]


def test_an_outlets_calculation_over_a_period_is_no_claim():
    text = ("Air defence destroyed 52 Ukrainian drones in the past 24 hours, according to the channel's calculation based on "
            "the ministry's reports. From 20:00 to 07:00, air defence systems intercepted 30 drones over the Bryansk region, the ministry said. "
            "From 08:00 to 14:00, air defence crews shot down another 22 drones over the Kursk region, the ministry said.")
    assert [c[1:] for c in counts_of(text)] == [(None, [("RU-BRY", 30)]), (None, [("RU-KRS", 22)])]


def test_a_tally_on_a_live_page_newest_first_takes_in_the_posts_below_it():
    text = ("Friday 6 March 2026. Latest entries first; all times are GMT.\n"
            "21.40 GMT\nSobyanin: 12 drones downed so far\n"
            "Moscow's mayor, Sergei Sobyanin, says that in total 12 drones heading for the capital have been shot down since 7pm Moscow time.\n"
            "18.20 GMT\nDrones shot down near Moscow\n"
            "Sobyanin writes that air defence units have destroyed four drones approaching Moscow.\n"
            "12.05 GMT\nKyiv: power restored\nPower has been restored in most of Kyiv, the city administration says.")
    rows = _doc(text, "2026-03-06")
    assert [(c["claimant"], c["stated_total"]) for c in rows.claims] == [("mayor", 12)]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("RU-MOW", 12)]


def test_rockets_fired_from_launchers_over_a_town_were_downed_over_it():
    text = "Air defence shot down four rockets fired from HIMARS launchers over Nova Kakhovka on Sunday, the Kherson region's administration said."
    assert items_of(text) == [("UA-65", 4)]
    # fired from ships in a sea: where they came from
    assert items_of("Air defence shot down four missiles fired from ships in the Black Sea over the Odesa region.") == [("UA-51", 4)]


def test_the_rest_in_a_sentence_of_its_own_under_a_headline_of_the_total():
    text = ("Russia says 40 drones downed over its south\n\n"
            "Russia's defence ministry said on Tuesday that 40 Ukrainian drones had been destroyed overnight. "
            "It said 18 were destroyed over the Rostov region, 9 over the Volgograd region and 6 over Crimea. "
            "The rest were downed over Kalmykia, it said.")
    assert counts_of(text, "2026-08-25") == [("defense_ministry", 40, [("RU-ROS", 18), ("RU-VGG", 9), ("UA-43", 6), ("RU-KL", 7)])]


def test_a_share_over_two_places_told_again_place_by_place_is_no_item():
    text = ("Russia said it shot down 48 Ukrainian drones overnight, more than half of them over the Bryansk and Kursk regions. "
            "The Defence Ministry said 17 drones were destroyed over the Bryansk region and 12 over the Kursk region.")
    assert counts_of(text) == [("defense_ministry", 48, [("RU-BRY", 17), ("RU-KRS", 12)])]
    # told only as a share, it stays
    assert items_of(text.split(". ")[0] + ".") == [("RU-BRY+RU-KRS", 24)]


def test_a_list_line_of_several_places_with_a_count_each():
    text = ("Air defence destroyed 12 UAVs over the Bryansk region overnight, Governor Alexander Bogomaz said.\n"
            "Over the past night air defence shot down over the region:\n"
            "- Bryansk - 5;\n"
            "- Pogar and Sevsk districts - 2 each;\n"
            "- Klintsy, Unecha and Starodub districts - 1 each.")
    assert counts_of(text) == [("governor", 12, [("RU-BRY", 5), ("RU-BRY", 2), ("RU-BRY", 2), ("RU-BRY", 1), ("RU-BRY", 1), ("RU-BRY", 1)])]


def test_since_they_first_appeared_is_a_cumulative_count():
    text = ("The Air Force said nine of 12 drones launched overnight were shot down. "
            "Officials say they have shot down more than 300 of the drones since they first appeared in September.")
    assert [c[1] for c in counts_of(text)] == [9]
    text = "The Air Force said nine drones were shot down overnight. Since the first drone attacks in May, Ukraine has downed more than 300."
    assert [c[1] for c in counts_of(text)] == [9]


# --------------------------------------------------------------------------- wordings of bench/variants.py
# Each rule below was found by rewording a labeled text one way that keeps its meaning (bench/variants.py).

def test_the_library_of_congress_spelling_of_yaroslavl():
    assert items_of("Three drones were shot down over the Iaroslavl region overnight, the governor said.") == [("RU-YAR", 3)]


def test_a_regions_military_administration_with_region_in_lower_case_is_a_speaker_of_its_own():
    text = ("The head of the Kharkiv Oblast Military Administration said six drones were destroyed over Kharkivshchyna overnight.\n"
            "In Sumshchyna, air defence shot down 14 drones overnight, according to the Sumy region Military Administration.")
    assert counts_of(text) == [("other", None, [("UA-63", 6)]), ("other", None, [("UA-59", 14)])]


def test_drones_destroyed_and_a_warehouse_damaged():
    text = "In the Lviv region, the governor said three drones had been destroyed and a warehouse was damaged."
    assert items_of(text) == [("UA-46", 3)]
    assert items_of("The governor said a warehouse and two cars were destroyed in the Lviv region.") == []


def test_a_launchers_projectiles_destroyed_are_downed_and_the_launcher_is_not():
    assert items_of("Six HIMARS multiple rocket launcher projectiles were destroyed near Svatove, the ministry said.") == [("UA-09", 6)]
    assert items_of("Two HIMARS launchers were destroyed near Svatove, the ministry said.") == []


def test_hyphens_typed_as_dashes():
    text = ("The ministry said 30 drones were destroyed overnight. The most - 17 - were downed over the Bryansk region, "
            "followed by the Kursk region with 13.")
    assert counts_of(text) == [("defense_ministry", 30, [("RU-BRY", 17), ("RU-KRS", 13)])]
    table = ("The newspaper gathered what the regional administrations said about the missiles:\n\n"
             "Region - missiles shot down - source\n"
             "Kyiv Oblast - 11 - Kyiv Regional Military Administration\n"
             "Vinnytsia Oblast - 4 - head of the regional administration")
    assert items_of(table) == [("UA-05", 4), ("UA-32", 11)]


def test_a_list_line_with_a_count_in_words_of_two_words():
    text = ("Air defences destroyed 43 drones overnight, the Defence Ministry said.\n"
            "Belgorod region: thirty-four drones;\nVoronezh region: nine.")
    assert counts_of(text) == [("defense_ministry", 43, [("RU-BEL", 34), ("RU-VOR", 9)])]


def test_all_of_a_number_of_drones_in_words_is_a_count():
    text = ("The air force said Russia fired 90 missiles and 12 Shahed drones. Air defences destroyed 71 of the missiles "
            "and all twelve drones, for a total of 83 aerial targets brought down, the air force said.")
    assert [c[1] for c in counts_of(text)] == [83]


def test_a_count_joined_by_and_to_a_launched_count_in_words_was_launched_too():
    text = ("The air force said Russia had launched sixty-three drones and three Iskander-M missiles overnight, "
            "adding that 48 of the drones were shot down or jammed.")
    assert [c[1] for c in counts_of(text)] == [48]


def test_a_post_whose_lead_its_own_list_breaks_down_is_no_tally_of_the_posts_before():
    posts = ("Sobyanin's posts overnight:\n\n"
             "23:05\nAir defence forces repelled an attack by two drones flying towards Moscow.\n\n"
             "23:50\nAnother drone flying towards the capital has been shot down.\n\n"
             "00:40\nAir defence forces destroyed three UAVs: two over the Podolsk urban district and one over Shcherbinka.")
    assert [c[2] for c in counts_of(posts, "2026-09-27")] == [[("RU-MOW", 2)], [("RU-MOW", 1)], [("RU-MOS", 2), ("RU-MOW", 1)]]


# --------------------------------------------------------------------------- blind set 22's misses

def test_a_window_that_ends_after_the_clock_of_the_post_that_tells_it_ended_the_day_before():
    text = ("The ministry's posts.\n\nPosted 9 April, 00:20\nFrom 19:00 to 23:50 Moscow time, air defence systems destroyed 14 "
            "UAVs over the Belgorod region.\n\n9 April, 07:10\nFrom 00:00 to 07:00, air defence systems destroyed 20 UAVs over "
            "the Kursk region.")
    rows = _doc(text, "2026-04-09")
    assert [(c["event_date"], c["window_end"]) for c in rows.claims] == [
        (dt.date(2026, 4, 8), "2026-04-08T23:50+03:00"), (dt.date(2026, 4, 9), "2026-04-09T07:00+03:00")]


def test_a_drone_forced_to_land_or_forced_down_was_downed():
    assert items_of("Near Popasna in the Luhansk region, an enemy Orlan-10 drone was forced to land by electronic warfare units.") == [("UA-09", 1)]
    assert items_of("Electronic warfare crews forced down two Ukrainian drones near Kherson, the military-civilian administration said.") == [("UA-65", 2)]
    assert items_of("Electronic warfare units forced a third enemy drone to land near Zolote in the Luhansk region.") == [("UA-09", 1)]
    assert items_of("Electronic warfare units forced three enemy drones to land near Zolote in the Luhansk region.") == [("UA-09", 3)]
    assert items_of("Residents near Zolote in the Luhansk region were forced to leave after two drones hit a depot.") == []


def test_a_second_drone_told_of_another_day_is_a_claim_of_its_own():
    text = ("Front-line digest | 02.03.2021, 11:40\n\nTroops shot down an enemy Orlan-10 drone near Marinka in the Donetsk region on Monday evening, the press centre said. "
            "On Tuesday morning, near Popasna in the Luhansk region, electronic warfare units suppressed a second enemy drone.")
    rows = _doc(text, "2021-03-02")
    assert [(c["event_date"], c["stated_total"]) for c in rows.claims] == [(dt.date(2021, 3, 1), None), (dt.date(2021, 3, 2), None)]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("UA-14", 1), ("UA-09", 1)]


def test_a_post_heading_told_again_by_its_post_is_its_speakers_not_the_post_befores():
    page = ("Live: drones over Russia\nAll times CET\n\n"
            "22:10 — Sobyanin: three drones approaching Moscow shot down\n\n"
            "Moscow Mayor Sergei Sobyanin says air defences destroyed three drones flying toward the city.\n\n"
            "16:45 — Moscow says 29 drones downed during the day\n\n"
            "Russia's Defence Ministry says its air defences destroyed 29 drones between 9 a.m. and 4 p.m. Moscow time: "
            "17 over the Bryansk region and 12 over the Kursk region.")
    assert counts_of(page, "2026-03-14") == [("mayor", None, [("RU-MOW", 3)]), ("defense_ministry", 29, [("RU-BRY", 17), ("RU-KRS", 12)])]



# --------------------------------------------------------------------------- blind set 23's misses

def test_explosions_reported_and_no_information_on_interceptions_claim_none():
    text = ("The governor said more than 10 drones had been destroyed overnight over the Bila Tserkva district.\n\n"
            "In Kherson, the mayor reported four explosions in the Dniprovskyi district but gave no information on interceptions.")
    assert items_of(text) == [("UA-32", 10)]
    assert items_of(text.replace("gave no information on interceptions", "said nothing more")) == [("UA-32", 10)]


def test_a_spokesman_for_an_administration_named_after_said_speaks_for_it():
    text = ("In Kyiv, 16 missiles were shot down over the capital, the city military administration said.\n\n"
            "In the Odesa region, air defense brought down 21 missiles, said Ivan Petrenko, spokesman for the regional military administration.")
    assert counts_of(text) == [("other", None, [("UA-30", 16)]), ("other", None, [("UA-51", 21)])]


def test_a_total_that_opens_its_sentence_adds_up_the_targets_of_every_type():
    text = ("The Air Force said 41 of the missiles had been brought down. Russia had also sent 12 Shahed drones, all of which were "
            "destroyed, the statement said. \"In total, since the evening of March 3, air defense has destroyed 53 air targets,\" it said.")
    assert counts_of(text) == [("air_force_ua", 53, [])]


def test_the_rest_of_one_type_is_that_types_total_less_its_other_items():
    text = ("Russian air defence systems shot down eleven Ukrainian drones over the past 24 hours, the Defence Ministry's spokesman said. "
            "Five of them were destroyed near Kherson, two in the Kharkov region and the rest in the Sumy region. Air defence also "
            "intercepted three Tochka-U missiles over Melitopol.")
    assert counts_of(text) == [("defense_ministry", None, [("UA-65", 5), ("UA-63", 2), ("UA-59", 4), ("UA-23", 3)])]


def test_a_cumulative_cue_after_an_opening_in_all_governs_its_whole_list():
    text = ("In all, since the start of the special military operation the Russian armed forces have destroyed 130 aircraft, "
            "80 helicopters and 260 unmanned aerial vehicles, the spokesman said.")
    assert counts_of(text) == []


def test_on_the_approaches_to_the_city_is_the_city_of_the_speaker():
    text = ("Ivan Petrenko, head of the Kryvyi Rih city military administration, said three Shaheds had been shot down "
            "on the approaches to the city overnight.")
    assert items_of(text) == [("UA-12", 3)]


def test_an_outlets_own_count_of_statements_is_no_claim():
    text = ("Between 09:00 and 14:00, air defence systems intercepted 21 UAVs over the Kursk region, the ministry said. From 14:00 "
            "to 20:00, another 27 drones were destroyed over the Bryansk region, the ministry said.\n\n"
            "By Vedomosti's count, 48 drones were thus destroyed over the day.")
    assert counts_of(text, "2026-05-22") == [("defense_ministry", None, [("RU-KRS", 21)]), ("defense_ministry", None, [("RU-BRY", 27)])]


def test_a_night_that_opens_a_sentence_before_had_reported_is_the_events_not_the_statements():
    text = ("Overnight into Friday, the ministry had reported 41 drones shot down over eight regions, without naming them.")
    assert [c["event_date"] for c in _doc(text, "2026-05-23").claims] == [dt.date(2026, 5, 22)]


def test_a_speakers_post_told_just_past_midnight_after_one_before_it_is_of_the_next_day():
    text = ("At 23:40 on Friday, Sobyanin wrote that air defence forces had repelled an attack by one UAV flying towards Moscow. "
            "At 00:35, the mayor reported that two more drones had been shot down.")
    rows = _doc(text, "2025-12-20")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2025, 12, 19), dt.date(2025, 12, 20)]


def test_the_other_drones_told_paragraphs_later_are_the_rest_of_the_count():
    text = ("Russian air defence units destroyed 38 Ukrainian drones overnight, including 12 over the Saratov region, the Defence "
            "Ministry said on Tuesday.\n\nThe regional governor said drones had attacked Engels, damaging an apartment building. "
            "One woman was taken to hospital.\n\nEngels is home to a strategic bomber base.\n\n"
            "The ministry said the other drones were destroyed over the Voronezh, Belgorod and Penza regions, but gave no breakdown.")
    assert counts_of(text, "2025-08-19") == [("defense_ministry", 38, [("RU-SAR", 12), ("RU-BEL+RU-PNZ+RU-VOR", 26)])]


def test_a_single_weeks_record_is_no_claim():
    text = ("The Defence Ministry said about 40 Ukrainian drones had been shot down overnight over several regions, including the "
            "Moscow region.\n\nEarlier this month, Moscow said it had downed more than 1,000 Ukrainian drones in a single week.")
    assert [c[1] for c in counts_of(text, "2025-12-16")] == [40]


def test_he_after_a_named_mayor_is_the_mayor_and_that_night_is_the_night_told_before():
    text = ("On the night of March 11, the ministry said, its air defenses destroyed 300 drones over 14 regions. Of those, 80 were "
            "downed over the Moscow region and 70 over the Bryansk region.\n\n"
            "Moscow Mayor Sergei Sobyanin has taken to posting updates every few minutes during attacks. That night he wrote more "
            "than 30 posts; by morning he put the total at 66 drones flying toward Moscow shot down.\n\n"
            "Two days later, overnight into March 13, the ministry reported 40 drones over the Bryansk region.")
    rows = _doc(text, "2026-03-16")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("defense_ministry", dt.date(2026, 3, 11)), ("mayor", dt.date(2026, 3, 11)), ("defense_ministry", dt.date(2026, 3, 13))]


# --------------------------------------------------------------------------- blind set 23's misses, second pass
def test_drones_that_targeted_the_region_are_the_attack_and_of_them_the_downed():
    text = ("Oleh Syniehubov said 22 drones targeted the Kharkiv region during the night and that air defences brought down "
            "15 of them.")
    assert items_of(text) == [("UA-63", 15)]
    # "targeted at" a place and downed: those are downed
    assert items_of("The ministry said 22 drones targeted at the Bryansk region were destroyed overnight.") == [("RU-BRY", 22)]


def test_a_named_speakers_headline_with_no_count_is_his_statement_below_with_none():
    text = ("Chibis: drone attack on Olenegorsk repelled\n\n"
            "Murmansk region governor Andrei Chibis said on Saturday that an attack by Ukrainian drones on Olenegorsk had been "
            "repelled overnight. \"Air defence worked,\" he wrote.")
    claims = extract(text).claims
    assert [(infer_claimant(c)[0], [(i.region_code, i.count) for i in c.items]) for c in claims] == [("governor", [("RU-MUR", None)])]
    # a surname ending in "s" keeps it ("Gladkov's" loses its "'s")
    assert claims[0].claimant.name.endswith("Chibis")
    assert find_claimant("Governor Gladkov's office said two drones were downed.", split_sentences("Governor Gladkov's office said two drones were downed.")[0]).name == "Governor Gladkov"


def test_a_town_named_with_a_word_before_town_of_is_the_place():
    assert items_of("Air defences brought down at least five drones over the resort town of Anapa, the headquarters said.") == [("RU-KDA", 5)]
    assert items_of("Two drones were shot down over the border village of Tetkino, the governor said.") == [("RU-KRS", 2)]
    # after a sea's name, the town on its shore is the place
    assert items_of("Air defences destroyed four drones over the Black Sea resort town of Anapa.") == [("RU-KDA", 4)]


def test_the_largest_attack_on_a_city_since_the_war_began_is_a_comparison():
    text = ("Russia says it intercepted 180 Ukrainian drones overnight in one of the largest aerial attacks on the Russian capital "
            "since the start of the war. Forty of the drones were destroyed over the Moscow region, the ministry said, while the "
            "rest were downed over 11 other regions, including Kursk and Oryol.")
    assert counts_of(text, "2026-05-02") == [("defense_ministry", 180, [("RU-MOS", 40), ("RU-KRS", None), ("RU-ORL", None)])]
    # the cue with no comparison before it still governs its count
    assert counts_of("Since the start of the war, air defences have destroyed 25,000 drones over the Bryansk region.") == []


def test_a_number_of_regions_before_including_names_some_of_them():
    text = "The ministry said 80 drones were destroyed overnight over 13 regions, including Bryansk, Kaluga and Tula."
    assert counts_of(text) == [("defense_ministry", 80, [("RU-BRY", None), ("RU-KLU", None), ("RU-TUL", None)])]
    text = "Air defence units destroyed 112 drones overnight over 12 Russian regions, the Sea of Azov and the Black Sea, the ministry said."
    assert counts_of(text) == [("defense_ministry", 112, [("SEA-AZOV", None), ("SEA-BLACK", None)])]


def test_the_region_after_a_capital_named_as_its_government_is_the_region_named_before():
    text = ("Interceptor drones shot down nine Russian drones over the Sumy region overnight, a unit said, as Kyiv hurries to "
            "build more of them.\n\n\"Nine targets destroyed over the region in one night. This is our best result,\" the unit wrote.")
    assert {i for _, _, items in counts_of(text, "2025-07-15") for i in items} == {("UA-59", 9)}


def test_out_of_a_countrywide_count_is_the_whole_the_regions_part_belongs_to():
    for tail in ("out of 71 over Russia as a whole.", "out of 71 in total."):
        text = "According to the Ministry of Defence, 34 UAVs were destroyed over the Rostov region during the night, " + tail
        assert counts_of(text) == [("defense_ministry", 71, [("RU-ROS", 34)])]
    # a count of something else after "out of" is no whole
    text = "The ministry said 34 UAVs were destroyed over the Rostov region, out of 71 launched by Ukraine."
    assert counts_of(text) == [("defense_ministry", None, [("RU-ROS", 34)])]


def test_a_part_of_a_whole_told_over_the_country_takes_the_place_after_it():
    text = ("Governor Gusev wrote that drones were downed over the Liski district.\n\n"
            "According to the Ministry of Defence, 17 of the 45 drones destroyed overnight over Russian regions were shot down "
            "over our region.")
    assert counts_of(text, "2025-10-04")[-1] == ("defense_ministry", 45, [("RU-VOR", 17)])
    text = "The ministry said 12 of the 60 drones destroyed overnight over Russian regions were shot down over the Oryol region."
    assert counts_of(text) == [("defense_ministry", 60, [("RU-ORL", 12)])]


def test_his_region_is_the_speakers_only():
    text = ("Drones were also shot down over the Ivanovo region, the ministry said. One other governor said a drone was shot "
            "down over his region, too.")
    assert ("RU-IVA", 1) not in items_of(text)
    # a governor of a region, "writing that": his region and his claim
    text = ("The ministry said 29 drones were shot down over the Bryansk region. Bryansk governor Alexander Bogomaz gave a "
            "different figure, writing that 34 UAVs had been destroyed over his region during the night.")
    assert counts_of(text) == [("defense_ministry", None, [("RU-BRY", 29)]), ("governor", None, [("RU-BRY", 34)])]


# --------------------------------------------------------------------------- blind set 24's misses
def test_detected_and_suppressed_is_downed():
    for verb in ('detected and suppressed', '"detected and suppressed"'):
        text = f"Governor Gusev wrote that during the night four UAVs had been {verb} over the Rossoshansky district."
        assert items_of(text) == [("RU-VOR", 4)]


def test_an_outlets_calculation_without_an_apostrophe_is_no_claim():
    text = ("The ministry said 46 drones were destroyed overnight over the Kursk region.\n\n"
            "According to Interfax calculations based on the ministry's reports, in February air defence announced the "
            "destruction of more than 2,400 Ukrainian drones.")
    assert [c[1:] for c in counts_of(text, "2025-03-18")] == [(None, [("RU-KRS", 46)])]


def test_of_these_heading_for_the_capital_is_a_part_of_the_downed_by_target():
    text = ("The ministry said that between 14:00 and 20:00 another 15 UAVs had been destroyed above the Moscow region; six of "
            "these were heading towards Moscow itself.")
    assert items_of(text) == [("RU-MOS", 15), ("RU-MOW", 6)]
    # of those launched, the ones heading somewhere are no claim
    assert items_of("Russia launched 30 drones overnight; 20 of them were heading for Kyiv, the air force said.") == []


def test_the_sea_after_a_sea_named_before_is_that_sea():
    text = ("Air defence forces destroyed 11 Ukrainian drones over the Republic of Crimea and the Black Sea overnight, the "
            "Defence Ministry reported. According to the ministry, six of them were shot down over the peninsula and the rest "
            "over the sea.")
    assert counts_of(text, "2025-06-24") == [("defense_ministry", 11, [("UA-43", 6), ("SEA-BLACK", 5)])]


def test_the_sea_in_the_area_of_a_shore_is_that_shore():
    text = ("The governor of Sevastopol, Mikhail Razvozhayev, said that three drones had been brought down over the sea in the "
            "area of Lyubimovka and Cape Fiolent.")
    assert counts_of(text) == [("governor", None, [("UA-40", 3)])]


def test_a_report_called_untrue_and_nothing_brought_down_are_no_claims():
    text = ("Governor Gladkov asked residents not to repeat unverified reports. \"Information that two drones were shot down "
            "over the city tonight is not true. Nothing was brought down over Belgorod tonight,\" he wrote.")
    assert items_of(text) == []
    # a report told with no denial is a claim
    assert items_of("Governor Gladkov said reports that two drones were shot down over Belgorod tonight were accurate.") == [("RU-BEL", 2)]


def test_a_list_of_towns_each_with_its_region_goes_on_past_a_town_the_gazetteer_does_not_know():
    text = ("Over the past day, air defence means shot down 11 Ukrainian unmanned aerial vehicles near Lisichansk of the Lugansk "
            "People's Republic and Olginka of the Donetsk People's Republic.")
    assert items_of(text) == [("UA-09+UA-14", 11)]


def test_drones_that_had_attacked_are_the_attack_and_most_of_them_the_downed():
    text = ("Governor Mikhail Yevrayev wrote that \"about 20\" drones had attacked the region and that \"most of them\" had been "
            "shot down over the Yaroslavl and Tutayev districts.")
    assert counts_of(text) == [("governor", None, [("RU-YAR", None)])]


def test_a_speakers_one_count_told_again_with_no_place_is_the_same_claim():
    text = ("On the morning of October 7, the Defense Ministry reported that air defense had destroyed nine Ukrainian drones over "
            "the Ryazan region during the night. The governor added that debris had caused a fire.\n\nSatellite images show "
            "fresh burn marks next to a distillation unit. Videos show at least three drones reaching the plant, the last of them "
            "at 04:52.\n\n"
            "\"When the ministry says nine were shot down, that does not mean only nine "
            "flew in,\" a former officer said.")
    assert counts_of(text, "2025-10-09") == [("defense_ministry", None, [("RU-RYA", 9)])]


def test_the_rest_as_the_last_line_of_a_dashed_list():
    text = ("The Air Force said 60 drones were downed overnight.\n\nThe downed drones were distributed as follows:\n"
            "– Kharkiv Oblast – 21;\n– Sumy Oblast – 17;\n– the rest – over Dnipropetrovsk Oblast.")
    assert counts_of(text, "2025-07-11") == [("air_force_ua", 60, [("UA-63", 21), ("UA-59", 17), ("UA-12", 22)])]


def test_a_district_the_gazetteer_does_not_know_of_the_city_named_before_is_that_citys():
    text = "In Kharkiv, one Shahed was shot down over the Kyivskyi district of the city, Mayor Ihor Terekhov said."
    assert counts_of(text) == [("mayor", None, [("UA-63", 1)])]


def test_a_headlines_count_told_again_over_more_places_is_the_bodys():
    text = ("Russia claims it shot down 27 drones over Crimea\n\n"
            "The Russian Ministry of Defense claimed on Tuesday that its air defense had destroyed 27 unmanned aerial vehicles "
            "over the Republic of Crimea and the waters of the Black Sea during the night.")
    assert counts_of(text, "2025-08-26") == [("defense_ministry", 27, [("SEA-BLACK+UA-43", 27)])]


def test_neither_of_the_missiles_intercepted_is_no_claim():
    text = "Neither of the two Iskander-M missiles was intercepted; one struck an industrial site in the Dnipropetrovsk region, officials said."
    assert counts_of(text, "2026-06-08") == []


def test_the_frontline_town_of_is_the_town():
    text = ("Ukraine's army said Thursday it had shot down an Orlan-10 drone. The drone was brought down near the frontline town "
            "of Avdiivka in the Donetsk region on Wednesday afternoon, the headquarters said.")
    assert items_of(text) == [("UA-14", 1)]


def test_several_more_over_another_place_of_the_region_is_an_item_of_its_own():
    text = ("Governor Alexander Drozdenko said three drones had been destroyed over the Kingisepp district and \"several more\" "
            "over the Vyborg district near Primorsk.")
    assert [(i.region_code, i.count) for c in extract(text).claims for i in c.items] == [("RU-LEN", 3), ("RU-LEN", None)]
    # a place told again with no number adds nothing
    assert items_of("Governor Drozdenko said three drones had been destroyed over the Kingisepp district of the Leningrad region.") == [("RU-LEN", 3)]


def test_no_one_is_nobody_and_a_governors_repelled_attack_is_over_his_region():
    text = "In the Novgorod region, governor Alexander Dronov said two drones were destroyed over the Valdai district, adding that no one was hurt."
    assert items_of(text) == [("RU-NGR", 2)]
    text = ("The Defense Ministry said air-defense units had downed 121 drones overnight, including 24 over the Volgograd region.\n\n"
            "Volgograd Governor Andrei Bocharov said on Telegram that the attack had been repelled, and that falling debris "
            "caused the blaze at the refinery.")
    assert counts_of(text)[1:] == [("governor", None, [("RU-VGG", None)])]


def test_each_type_aimed_at_a_place_then_told_where_it_fell():
    text = ("Russia says it shot down three Ukrainian missiles and a dozen drones in an attack on the Kerch area of occupied "
            "Crimea early on Thursday. The defence ministry said three Neptune missiles were destroyed over the eastern part "
            "of Crimea near Kerch, and that 12 drones were downed over the Sea of Azov.")
    assert items_of(text) == [("SEA-AZOV", 12), ("UA-43", 3)]


def test_the_sea_bombers_fly_over_when_they_fire_is_no_place_of_downing():
    text = ("\"In total, 56 air targets were destroyed,\" the Air Force said on Telegram, adding that Russia had fired 67 cruise "
            "missiles from strategic bombers flying over the Caspian Sea, as well as from warships in the Black Sea.")
    assert counts_of(text, "2022-11-23") == [("air_force_ua", 56, [])]


def test_earlier_that_day_the_nights_count_is_a_statement_of_its_own():
    text = ("Air defence forces destroyed drones over three regions between 09:00 and 15:00 Moscow time on Saturday, the Defense "
            "Ministry said. According to the ministry, 18 of the drones were eliminated over the Belgorod region and four over "
            "the Kursk region.\n\nEarlier on Saturday, the ministry reported that air defense systems had intercepted 34 "
            "Ukrainian drones over Russian regions during the night.")
    assert [c[1:] for c in counts_of(text, "2025-06-07")] == [(None, [("RU-BEL", 18), ("RU-KRS", 4)]), (34, [])]


def test_the_drones_of_an_attack_told_before_downed_with_no_number():
    text = ("Three servicemen were killed on Monday when Ukrainian drones attacked two military airfields in Russia's Ryazan and "
            "Saratov regions, the Defense Ministry said. The ministry said that the jet drones, which were flying at low "
            "altitude, had been intercepted by air defense forces.")
    assert counts_of(text, "2022-12-05") == [("defense_ministry", None, [("RU-RYA", None), ("RU-SAR", None)])]
    # no attack told before: no place
    assert counts_of("The ministry said that the jet drones had been intercepted by air defense forces.") == []


def test_a_nights_tally_over_a_region_and_its_districts_holds_the_posts_before_it():
    text = ("[00:52]\nTonight, air defence forces destroyed 7 UAVs over the Klintsy district. There are no casualties.\n\n"
            "[03:18]\nThe attack continues. 5 more UAVs have been destroyed over the Starodub municipal district.\n\n"
            "[06:40]\nIn total, during the night 21 UAVs were destroyed by air defence over the territory of the Bryansk region "
            "— over the Klintsy, Starodub and Pogar districts and the city of Bryansk.")
    assert [c[1:] for c in counts_of(text, "2025-11-17")] == [(21, [("RU-BRY", 21)])]


def test_which_was_after_the_last_of_joined_counts_places_that_one_only():
    text = "In total, 98 air targets were shot down or suppressed: 97 drones and one missile, which was intercepted over Kyiv oblast, the air force said."
    assert counts_of(text) == [("air_force_ua", 98, [("UA-32", 1)])]
    # joined counts with no relative clause share the place
    assert items_of("The air force said 14 drones and four missiles were shot down over Kyiv oblast.") == [("UA-32", 4), ("UA-32", 14)]


def test_the_joint_forces_operations_headquarters_is_a_speaker_of_its_own():
    text = ("Units of the militia of the Lugansk People's Republic shot down a Ukrainian drone near the village of Zolotoye-5 on Tuesday morning, the "
            "LPR representative office in the JCCC said.\n\nThe press centre of the Ukrainian Joint Forces Operation (JFO) "
            "headquarters, in turn, said that on Monday Ukrainian troops had shot down an Orlan-10 drone near Novotoshkivske in "
            "the Luhansk region.")
    assert [(c[0], c[2]) for c in counts_of(text, "2021-04-13")] == [("other", [("UA-09", 1)]), ("other", [("UA-09", 1)])]


def test_a_weeks_tallies_under_one_opening_cue_are_no_claims():
    text = ("By the numbers\nOver the week, by our count, the Russian defence ministry reported more than 1,100 Ukrainian drones "
            "downed, while Ukraine's air force reported more than 1,900 Russian drones and missiles neutralised.")
    assert counts_of(text, "2025-11-30") == []
    # two speakers joined by "while", no cue: two statements
    text = "Kursk's governor said two drones were shot down over the region, while Belgorod's governor reported one over Shebekino."
    assert [c[0] for c in counts_of(text)] == ["governor", "governor"]


def test_a_count_that_leads_a_list_adding_up_to_it_is_the_total_with_no_verb_of_its_own():
    text = ("Air defenses destroyed 300 drones over 14 regions on the night of March 11, the ministry said.\n\n"
            "Two days later, overnight into March 13, the ministry reported a much smaller wave: 48 drones, seven each over the "
            "Oryol and Kaluga regions and 34 over the Bryansk region.")
    assert counts_of(text, "2026-03-16")[1] == ("defense_ministry", 48, [("RU-ORL", 7), ("RU-KLU", 7), ("RU-BRY", 34)])
    # a list that does not add up to it leaves it no total
    assert counts_of(text.replace("48 drones", "50 drones"), "2026-03-16")[1][1] is None


def test_the_night_attack_repelled_is_of_that_night():
    text = "The head of Chuvashia, Oleg Nikolayev, said the night attack on Cheboksary had been repelled, but one drone had hit a plant."
    rows = _doc(text, "2025-08-29")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [("regional_head", dt.date(2025, 8, 29))]
    # "the night" of something else is no time
    rows = _doc("The head of Chuvashia said the night shift at the plant had seen two drones shot down over Cheboksary.", "2025-08-29")
    assert [c["event_date"] for c in rows.claims] == [None]


def test_a_weekday_heading_in_a_sunday_digest_is_the_day_gone_by():
    text = ("WEEK IN REVIEW\n\nMonday\nBelgorod governor Vyacheslav Gladkov said more than 30 drones were shot down over the "
            "region during the day.")
    rows = _doc(text, "2025-11-30")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2025, 11, 24)]
    # "on Monday" in a sentence, in a piece of Sunday: the next day in Moscow, as a US paper's date may be a day behind
    assert _doc("On Monday, 30 drones were shot down over the Belgorod region, Governor Gladkov said.", "2025-11-30").claims[0]["event_date"] \
        == dt.date(2025, 12, 1)


# --------------------------------------------------------------------------- blind set 25's misses
def test_a_count_in_a_where_clause_after_its_place_is_over_that_place():
    text = ("Air defence systems destroyed 60 drones over three regions overnight, the ministry reported. The heaviest wave fell "
            "on the Bryansk region, where 33 UAVs were brought down. Twenty-four more were hit over the Moscow region and three "
            "over the Kursk region.")
    assert counts_of(text) == [("defense_ministry", 60, [("RU-BRY", 33), ("RU-MOS", 24), ("RU-KRS", 3)])]


def test_targets_shot_down_where_the_defences_worked_with_no_number():
    text = ("The head of Crimea, Sergei Aksyonov, said that air defence had also worked in the area of Feodosia. \"Targets were "
            "shot down, there are no casualties or destruction,\" he wrote, without specifying how many objects had been downed.")
    assert counts_of(text) == [("regional_head", None, [("UA-43", None)])]
    # with no place where the defences worked before it: nothing
    assert counts_of("\"Targets were shot down, there are no casualties,\" the head of Crimea wrote.") == []


def test_several_downed_where_the_defences_worked_and_the_outskirts_of_a_town():
    text = ("The head of the republic, Sergei Aksyonov, said that overnight air defence had worked in the Dzhankoi and "
            "Krasnoperekopsk districts. \"Several UAVs were destroyed. There are no injured,\" he wrote.")
    assert counts_of(text, "2025-09-06") == [("regional_head", None, [("UA-43", None)])]
    text = "Air defence units brought down a Ukrainian unmanned aerial vehicle over the northern outskirts of Gorlovka on Monday evening."
    assert items_of(text) == [("UA-14", 1)]


def test_a_count_named_with_its_launchers_system_then_and_another_share_the_place():
    text = ("The ministry said that six rockets of the Ukrainian Olkha multiple launch rocket system and two Tochka-U tactical "
            "missiles had been intercepted in the area of Belgorod.")
    assert items_of(text) == [("RU-BEL", 2), ("RU-BEL", 6)]


def test_a_towns_name_that_speaks_is_a_persons():
    text = ("Gusev raises number of drones downed over Voronezh region overnight to 11\n\n"
            "Air defence forces destroyed drones over Voronezh overnight, Governor Alexander Gusev said: \"In total, 11 drones "
            "were destroyed during the night.\"")
    assert {i for _, _, items in counts_of(text, "2026-01-15") for i in items} == {("RU-VOR", 11)}
    # the town itself, where a drone was downed
    assert items_of("A drone was shot down near Gusev in the Kaliningrad region, the governor said.") == [("RU-KGD", 1)]


def test_beat_off_an_attack_by_drones_and_a_deleted_post():
    text = "Air defence units of the Defence Ministry beat off an attack by 27 drones flying to Moscow overnight, Mayor Sergei Sobyanin said."
    assert counts_of(text, "2026-05-03") == [("mayor", None, [("RU-MOW", 27)])]
    text = ("At 01:05, a message appeared in Sobyanin's channel about a drone shot down near Zelenograd, but twenty minutes later "
            "it was deleted. The mayor's office said the post had been published by mistake and that no drone had been downed there.")
    assert counts_of(text, "2026-05-03") == []


def test_an_air_command_of_ukraines_air_force_is_the_air_force():
    text = ("Air Command East reported that 14 drones were shot down over the Dnipropetrovsk region: eight over Pavlohrad district, "
            "four over Dnipro district and two over Kryvyi Rih district.\n\nAt about 07:20, air defence also destroyed a Kh-59 "
            "guided missile over Dnipro district, the head of the regional military administration wrote on Telegram.")
    assert [(c[0], c[1]) for c in counts_of(text, "2026-06-16")] == [("air_force_ua", 14), ("other", None)]


def test_of_the_launched_after_that_and_a_list_of_seas_launched_from():
    text = ("Commander-in-Chief Valerii Zaluzhnyi said that of 69 cruise missiles launched from the Caspian and Black seas and "
            "from Tu-95 bombers, Ukrainian air defence destroyed 54.")
    assert counts_of(text, "2022-12-29") == [("other", 54, [])]


def test_an_exercises_targets_are_no_claim():
    text = ("According to the district's press service, crews \"destroyed more than 20 air targets imitating enemy drones and "
            "cruise missiles\" over ranges near Cape Opuk on the Kerch Peninsula.")
    assert counts_of(text) == []
    assert counts_of("Air defence crews shot down six target drones during drills over the Astrakhan region.") == []


def test_the_border_provinces_of_and_of_them_aimed_at_the_capital():
    text = ("The ministry said its air defences shot down more than 300 drones overnight. It said most were downed over the "
            "Moscow region and the border provinces of Bryansk and Kursk.")
    assert [(i.region_code, i.count) for c in extract(text).claims for i in c.items] == [("RU-MOS", None), ("RU-BRY", None), ("RU-KRS", None)]
    text = "Kyiv's military administration says about 40 missiles flew towards the capital in the morning wave and that 37 of them were shot down."
    assert counts_of(text) == [("other", None, [("UA-30", 37)])]


def test_us_made_missiles_over_its_western_region_and_moscow_backed_officials():
    text = ("Russia said Tuesday its air defense units intercepted three U.S.-made ATACMS missiles and 14 Ukrainian drones over "
            "its western Kursk region overnight.")
    assert items_of(text) == [("RU-KRS", 3), ("RU-KRS", 14)]
    text = "Russian air defences shot down drones over the Crimean peninsula on Wednesday morning, Moscow-backed officials said."
    assert [(i.region_code, i.count) for c in extract(text).claims for i in c.items] == [("UA-43", None)]


def test_a_clarification_of_one_line_of_a_summary_corrects_that_line_and_its_total():
    text = ("26 May, 08:05\nSummary of the past day. Air defence forces shot down 23 UAVs over the Belgorod region:\n"
            "- Belgorod district - 9;\n- Shebekino urban district - 6;\n- Graivoron district - 5;\n- Valuiki district - 3.\n\n"
            "26 May, 12:30\nA clarification to the morning summary: in the Valuiki district, four UAVs were shot down, not three. "
            "The total for the day is therefore 24.\n\n26 May, 21:40\nA ballistic target was shot down on approach to Belgorod.")
    rows = _doc(text, "2026-05-26")
    assert [(c["stated_total"], c["reconciliation_note"] is not None) for c in rows.claims] == [(24, True), (None, False)]
    assert [(i["region_code"], i["count"], i["weapon"]) for i in rows.interceptions] == [
        ("RU-BEL", 9, "drone"), ("RU-BEL", 6, "drone"), ("RU-BEL", 5, "drone"), ("RU-BEL", 4, "drone"), ("RU-BEL", 1, "missile")]


def test_a_months_round_up_is_no_claim():
    text = ("Adding up the Ministry of Defence's daily statements, we count 4,920 Ukrainian drones reported destroyed over "
            "Russian territory, up from 3,870 in January.\n\nRegions. As in previous months, the border regions led the monthly "
            "tally: Bryansk (1,104), Kursk (870) and Belgorod (655).")
    assert counts_of(text, "2026-03-01") == []


def test_posts_stamped_with_a_dotted_date_and_a_clock():
    text = ("Sergei Sobyanin | Telegram channel (translated; Moscow time)\n\n"
            "20.09.2025 23:48\nTwo UAVs heading for Moscow were repelled by air defence forces.\n\n"
            "21.09.2025 00:32\nAnother drone flying towards the capital has been shot down.\n\n"
            "21.09.2025 01:15\nThree drones were destroyed over the Ramensky urban district.")
    rows = _doc(text, "2025-09-21")
    assert [(c["event_date"], c["stated_total"]) for c in rows.claims] == [
        (dt.date(2025, 9, 20), None), (dt.date(2025, 9, 21), None), (dt.date(2025, 9, 21), None)]


def test_a_headlines_count_told_again_in_the_body_keeps_the_bodys_words():
    text = ("Sobyanin: air defence repelled an attack by 27 drones flying to Moscow\n\n"
            "Air defence units beat off an attack by 27 drones flying to Moscow overnight, Mayor Sergei Sobyanin said.\n\n"
            "The Ministry of Defence said that from 23:00 to 06:00 air defence destroyed 64 UAVs over the regions of the Central "
            "Federal District, including 27 flying towards Moscow.")
    rows = _doc(text, "2026-05-03")
    assert [(i["claim_id"][-1], i["region_code"], i["count"]) for i in rows.interceptions] == [("1", "RU-MOW", 27), ("2", "RU-MOW", 27)]
    assert rows.interceptions[0]["char_start"] > text.index("\n")


def test_a_second_launch_platform_and_its_sea_are_no_place_of_downing():
    text = ("Ukraine's air force said Russia fired more than 70 cruise missiles from strategic bombers over the Caspian Sea and "
            "warships in the Black Sea, and that air defenses shot down 60 of them.")
    assert counts_of(text) == [("air_force_ua", 60, [])]


def test_drones_seen_and_a_ratio_are_no_claims():
    assert counts_of("The outlet Astra said at least five drones had been seen over Salavat before the blast.") == []
    assert counts_of("Officials say roughly one in ten Shaheds brought down in the Kyiv region this autumn fell on homes.") == []
    # a count beside "in" that is no ratio stays a count
    assert items_of("Air defences shot down two drones in the Kyiv region overnight, the air force said.") == [("UA-32", 2)]


def test_the_war_zone_in_quotation_marks_governs_its_count():
    text = ("The ministry also said 212 Ukrainian drones had been shot down \"in the zone of the special military operation\", "
            "without naming any regions.")
    assert counts_of(text, "2026-03-31") == []


def test_a_post_that_opens_with_its_count_in_digits():
    text = ("Live updates, all times GMT\n"
            "08:05 Ukraine's air force says 94 drones shot down\n"
            "Air defences shot down or suppressed 94 drones overnight, the air force said: 31 over the Kyiv region and the rest "
            "over the Sumy region.\n"
            "07:40 9 drones destroyed over capital, says Kyiv official\n"
            "The head of Kyiv's city military administration said air defences had destroyed nine drones over the capital.")
    assert [(c[0], c[1]) for c in counts_of(text, "2026-01-27")] == [("air_force_ua", 94), ("other", None)]
    text = "Sobyanin's channel\n\n21.09.2025 02:47\n4 more UAVs have been shot down on approach to Moscow.\n"
    assert [c["event_date"] for c in _doc(text, "2025-09-21").claims] == [dt.date(2025, 9, 21)]


# --------------------------------------------------------------------------- blind set 26's misses
def test_places_told_before_their_counts_and_the_brunt():
    text = ("Duty air defence systems destroyed 200 drones over five regions, the ministry reported. The Kursk region took the "
            "brunt: 90 drones. Over the Moscow region 51 were shot down, over the Bryansk region 38 and over the Belgorod region "
            "21.")
    assert counts_of(text) == [("defense_ministry", 200, [("RU-KRS", 90), ("RU-MOS", 51), ("RU-BRY", 38), ("RU-BEL", 21)])]
    # a count with its own place right after it keeps it
    assert items_of("Over the night, 12 drones were shot down over the Kursk region.") == [("RU-KRS", 12)]


def test_a_chronicles_summed_up_night_and_in_total_according_to_the_mayor():
    text = ("00:30 - 04:10. The mayor published five more messages. In total, according to Sobyanin, 11 drones heading for "
            "Moscow were destroyed over the night.\n\n07:10. The Defence Ministry summed up the night: from 20:00 on 16 February "
            "to 07:00 on 17 February, 38 UAVs were intercepted and destroyed, including 15 over the Moscow region.\n\n"
            "The mayor's office did not say whether anything had been shot down over the territory of the city itself.")
    assert [(c[0], c[1]) for c in counts_of(text, "2026-02-17")] == [("mayor", 11), ("defense_ministry", 38)]


def test_and_of_towns_of_another_region_goes_on_with_the_list():
    text = ("Konashenkov said air defences had brought down seven Ukrainian unmanned aerial vehicles in the areas of "
            "Yasinovataya and Donetsk of the Donetsk People's Republic and of Kakhovka and Novaya Kakhovka in the Kherson region.")
    assert items_of(text) == [("UA-14+UA-65", 7)]


def test_the_last_of_a_count_s_parts_joined_by_and_and_a_months_nights():
    text = ("Air defence forces destroyed seven drones over the Kaluga region on the night of 1 June, governor Vladislav Shapsha "
            "wrote. According to the head of the region, four of them were shot down over the Lyudinovo district, two near the "
            "town of Kirov and one over the Kozelsk district.\n\nOver the past month, drones have been shot down over the Kaluga "
            "region on at least eleven nights, according to the regional government's reports.")
    assert counts_of(text, "2025-06-01") == [("governor", 7, [("RU-KLU", 4), ("RU-KLU", 2), ("RU-KLU", 1)])]


def test_a_fleet_that_repelled_the_attack_is_no_speaker_before_the_governor_who_reported_it():
    text = ("Over the next few hours the air defence and the Black Sea Fleet repelled an attack on the city, governor Mikhail "
            "Razvozhayev reported. According to his preliminary data, nine UAVs were shot down: five over the sea off Cape "
            "Fiolent and four in the area of Kacha.")
    assert counts_of(text) == [("governor", 9, [("UA-40", 5), ("UA-40", 4)])]


def test_a_place_in_an_administrations_name_is_no_place_of_downing():
    text = ("\"In the west, mobile fire groups worked all night. In the Lviv region, 19 drones and two cruise missiles were "
            "destroyed,\" wrote Maksym Kozytskyi, head of the Lviv Regional Military Administration.")
    assert items_of(text) == [("UA-46", 2), ("UA-46", 19)]


def test_a_district_spelled_nearly_like_one_of_the_region_named_before_is_that_regions():
    text = ("Dear residents of the Penza region!\n\nTonight our region was attacked by enemy drones. Air defence forces destroyed "
            "five UAVs: three over the Kamenka district and two on the approach to Kuznetsk.")
    assert items_of(text) == [("RU-PNZ", 2), ("RU-PNZ", 3)]


def test_most_of_them_over_a_city_the_surrounding_region_and_another():
    text = ("In total, 392 aerial targets were shot down or jammed, most of them over Kyiv, the surrounding Kyiv region and the "
            "Zhytomyr region, the air force said.")
    assert [(i.region_code, i.count) for c in extract(text).claims for i in c.items] == [("UA-30", None), ("UA-32", None), ("UA-18", None)]


def test_defences_in_the_south_shot_down_a_count_is_a_verb_not_an_attribute():
    text = ("As for the air, over the past day our air defence in the south shot down four Shahed-136 attack drones over the "
            "Mykolaiv region and an Orlan-10 reconnaissance drone over the Kherson region.")
    assert items_of(text) == [("UA-48", 4), ("UA-65", 1)]
    # "the downed drones" is still an attribute: no claim
    assert items_of("Debris of the downed drones fell on a house in the Bryansk region.") == []


def test_over_the_night_is_the_night():
    text = ("Oleh Syniehubov, head of the Kharkiv Regional Military Administration, said that over the night 17 Shaheds had been "
            "brought down over the region by interceptor drones.")
    assert [c["event_date"] for c in _doc(text, "2026-06-30").claims] == [dt.date(2026, 6, 30)]


def test_it_was_shot_down_after_a_sentence_that_placed_one_drone():
    text = ("In Sevastopol on Saturday morning, a small drone approached the headquarters of the Black Sea Fleet. Governor "
            "Mikhail Razvozhayev said it was shot down right above the building and fell onto the roof.")
    assert counts_of(text, "2022-08-20") == [("governor", None, [("UA-40", 1)])]
    # two drones told before: "it" is not theirs
    text = ("In Sevastopol, two drones approached the headquarters of the fleet. Governor Mikhail Razvozhayev said it was shot "
            "down right above the building.")
    assert items_of(text) == []


# --------------------------------------------------------------------------- blind set 27's misses
def test_a_reports_window_told_after_the_day_it_was_said_is_that_reports():
    text = ("Air defence destroyed fourteen drones over Crimea and the Sea of Azov within two hours, the Ministry of Defence "
            "said on Friday. The ministry's report covers the period from 21:00 to 23:00 Moscow time on Thursday: nine drones "
            "were destroyed over the Sea of Azov and five over the Republic of Crimea.")
    rows = _doc(text, "2025-03-14")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(14, dt.date(2025, 3, 13))]
    assert sorted((i["region_code"], i["count"]) for i in rows.interceptions) == [("SEA-AZOV", 9), ("UA-43", 5)]


def test_as_of_a_clock_is_counted_up_to_then_on_the_day_it_was_said():
    text = ("Later the governor of the Kursk region wrote: \"As of 01:30, our air defence has downed two more drones over "
            "the Rylsk district.\"")
    assert [c["event_date"] for c in _doc(text, "2025-09-02").claims] == [dt.date(2025, 9, 2)]


def test_a_quote_that_sums_the_leads_counts_of_two_types_is_the_lead_told_again():
    text = ("Ukraine's air defence brought down 52 drones and both cruise missiles overnight.\n\nSource: the Air Force\n\n"
            "Details: The attack began at 19:00. The drones were launched from the Bryansk and Kursk directions. The missiles "
            "came from Tu-95 bombers.\n\nQuote: \"As of 09:00, air defence has shot down 54 air targets: 52 drones and two "
            "Kh-101 cruise missiles. Kyiv Oblast – 30, Sumy Oblast – 22.\"")
    rows = _doc(text, "2025-11-04")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(54, dt.date(2025, 11, 4))]


def test_regions_also_named_without_figures_are_places_of_the_count_told_before():
    text = ("The Defence Ministry said 74 drones had been destroyed overnight, 41 of them over the Kursk region. The ministry "
            "also listed the Belgorod and Voronezh regions but did not say how many drones were brought down there.")
    assert counts_of(text) == [("defense_ministry", 74, [("RU-KRS", 41), ("RU-BEL", None), ("RU-VOR", None)])]
    text = ("The ministry said 120 drones were destroyed over a dozen regions and the Sea of Azov, 37 of them over the Tula "
            "region.\n\nIt also named Lipetsk, Tambov and Ryazan among the affected regions, but gave no figures for them.")
    assert counts_of(text) == [("defense_ministry", 120, [("SEA-AZOV", None), ("RU-TUL", 37), ("RU-LIP", None), ("RU-TAM", None),
                                                          ("RU-RYA", None)])]
    # named as a speaker's home, with no word of figures: no place of downing
    assert items_of("The ministry said 74 drones had been destroyed overnight. Reporters also named the Belgorod region.") == []


def test_the_capital_is_the_capital_named_last_by_name():
    text = ("Russian forces attacked Kyiv with drones at dawn on Tuesday, the city's mayor said.\n\nIn the capital itself, "
            "nine drones were shot down, an adviser to the president wrote.")
    assert items_of(text) == [("UA-30", 9)]
    # the Moscow mayor's capital is Moscow, whoever was named before
    text = ("Kyiv and its allies studied the new proposals on Tuesday. Moscow mayor Sergei Sobyanin said air defences had "
            "destroyed four drones flying towards the capital.")
    assert items_of(text) == [("RU-MOW", 4)]


def test_drones_sent_against_a_city_are_not_its_downed():
    text = "In Kharkiv, 28 drones were sent against residential areas; only some were shot down, the adviser wrote."
    assert items_of(text) == []
    assert items_of("Over Belgorod, 6 drones were sent against the city but were shot down, the governor wrote.") == [("RU-BEL", 6)]


def test_a_counts_parts_over_its_districts_told_respectively():
    text = ("The governor of the Kaluga region said 9 drones had been destroyed overnight in the Kozelsk and Lyudinovo districts, "
            "five and four respectively.")
    assert counts_of(text) == [("governor", 9, [("RU-KLU", 5), ("RU-KLU", 4)])]
    # numbers that do not add up to the count are not its parts
    text = ("The governor of the Kaluga region said 9 drones had been destroyed overnight in the Kozelsk and Lyudinovo districts, "
            "five and two respectively.")
    assert counts_of(text) == [("governor", None, [("RU-KLU", 9)])]


def test_a_place_after_the_regional_capital():
    text = ("In neighbouring Chuvashia, the republic's head said on Friday that a drone had been shot down on the outskirts "
            "of the regional capital Cheboksary.")
    assert items_of(text) == [("RU-CU", 1)]


def test_a_town_attacked_is_the_shore_of_the_sea_its_drones_were_downed_over():
    text = ("Air defence repelled a drone attack on the city of Novorossiysk this morning, the governor said. According to him, "
            "three unmanned aerial vehicles were destroyed over the Black Sea off Novorossiysk.")
    assert items_of(text) == [("SEA-BLACK", 3)]
    # a town the sea item does not name keeps its own item
    text = ("Air defence repelled a drone attack on the city of Novorossiysk this morning, the governor said. According to him, "
            "three unmanned aerial vehicles were destroyed over the Black Sea off Anapa.")
    assert items_of(text) == [("RU-KDA", None), ("SEA-BLACK", 3)]


def test_an_outline_whose_speaker_is_only_mentioned_is_the_claim_below():
    text = ("Drone downed over Black Sea Fleet piers in Sevastopol: governor\n\nRussian air defences downed a drone near the "
            "fleet's piers in Sevastopol on Sunday morning, governor Mikhail Razvozhayev said.")
    assert counts_of(text, "2023-09-10") == [("governor", None, [("UA-40", 1)])]


def test_a_tally_put_at_a_number_is_the_claims_total():
    text = ("The Defence Ministry put the nationwide tally for the period from 22:00 on June 2 to 06:00 on June 3 at 58 "
            "fixed-wing drones.")
    assert [(c["stated_total"], c["event_date"]) for c in _doc(text, "2025-06-03").claims] == [(58, dt.date(2025, 6, 3))]
    assert counts_of("The ministry put the number of drones destroyed overnight at forty.") == [("defense_ministry", 40, [])]
    # a tally of those launched, a newsroom's tally of a year, another speaker's figure: none is the claim's
    assert counts_of("The ministry put the number of drones launched at 105.") == []
    assert counts_of("A tally compiled by our newsroom puts the number of drones reported downed in 2025 at 29,000.") == []
    text = ("Air defences shot down two drones over the Kursk region, the governor said, while the ministry put the figure for "
            "the night at five.")
    assert counts_of(text) == [("governor", None, [("RU-KRS", 2)])]


# --------------------------------------------------------------------------- blind set 28's misses
def test_a_breakdown_after_a_sentence_of_downing_with_no_count_and_a_statement_that_came_before():
    text = ("Where Russia Says It Downed 64 Drones\n\nRussia's defence ministry said on Thursday that its air defences had "
            "intercepted 64 Ukrainian drones over five regions.\n\nBackground\nKyiv has stepped up its long-range campaign. "
            "Moscow publishes such tallies almost daily, while Kyiv seldom comments.\n\nDetails\nThe ministry said the drones "
            "were destroyed between 9 p.m. on Wednesday and 6 a.m. on Thursday Moscow time. It gave this breakdown: Kursk "
            "(30), Bryansk (15), Oryol (10), Tula (5) and Lipetsk (4).\n\nThat came after the ministry said on Wednesday that "
            "71 drones had been downed over the previous 24 hours.")
    rows = _doc(text, "2025-06-12")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(64, dt.date(2025, 6, 12)), (71, dt.date(2025, 6, 11))]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [
        ("RU-KRS", 30), ("RU-BRY", 15), ("RU-ORL", 10), ("RU-TUL", 5), ("RU-LIP", 4)]


def test_a_digests_lines_under_a_heading_of_the_ministrys_figures():
    text = ("Our weekly brief\n\nThe figures (Russian MoD, morning posts):\n"
            "• Tue, Jun 3 — 27 drones, most of them over Kursk and Oryol.\n"
            "• Thu, Jun 5 — 88 drones. 30 over Bryansk and 12 over Tula; the rest elsewhere.\n\n"
            "We left the smaller nights out.")
    rows = _doc(text, "2025-06-07")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(27, dt.date(2025, 6, 3)), (88, dt.date(2025, 6, 5))]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [
        ("RU-KRS", None), ("RU-ORL", None), ("RU-BRY", 30), ("RU-TUL", 12)]
    # the same lines under a heading of launches are no claims
    assert _doc(text.replace("The figures (Russian MoD, morning posts):", "Launched at Ukraine, by night:"), "2025-06-07").claims == []


def test_n_not_m_sets_the_figure_right_and_drops_the_one_told_before():
    text = ("Kursk Governor Alexander Khinshtein first wrote that seven drones had been shot down over the Rylsk district "
            "overnight, but then corrected himself: \"Six UAVs, not seven, were destroyed over the Rylsk district.\"")
    assert counts_of(text) == [("governor", None, [("RU-KRS", 6)])]


def test_fuel_and_ammunition_depots_destroyed_are_things_on_the_ground():
    text = ("The ministry said its air defences had shot down nine drones over the Kharkiv region. It also said its missiles had "
            "destroyed fuel and ammunition depots near Kramatorsk.")
    assert items_of(text) == [("UA-63", 9)]


def test_an_unknown_district_of_a_known_city():
    text = "A drone was brought down over the Chervonogvardeisky district of Makeyevka on Friday evening, the militia said."
    assert items_of(text) == [("UA-14", 1)]


def test_a_live_pages_post_headings_over_posted_at_stamps():
    text = ("March 3, 2025 Ukraine news\n\nKharkiv region: nine drones downed, official says\nPosted at 08:15 GMT\n\n"
            "Oleh Syniehubov, head of the Kharkiv regional military administration, said nine drones were shot down over the "
            "region overnight.\n\nPower cuts in the capital\nPosted at 07:50 GMT\n\nKyiv Mayor Vitali Klitschko says parts of "
            "the city are without power after the strikes.\n\nSumy reports two missiles intercepted\nPosted at 07:20 GMT\n\n"
            "Volodymyr Artiukh, head of the Sumy regional military administration, said air defences destroyed two missiles "
            "over the region this morning.")
    assert counts_of(text, "2025-03-03") == [("governor", None, [("UA-63", 9)]), ("governor", None, [("UA-59", 2)])]


def test_a_post_headings_count_under_a_stamp_is_the_posts_one_count_not_a_total():
    text = ("Live: drones over Moscow\n\n06:10 GMT\nSobyanin: six drones repelled\nMoscow's mayor Sergei Sobyanin says air "
            "defences have shot down six drones flying towards the city since midnight.\n\n05:40 GMT\nAir force: 30 drones "
            "downed\nUkraine's air force says 30 drones were shot down over the Sumy and Kharkiv regions overnight.")
    assert counts_of(text, "2025-05-07") == [("mayor", None, [("RU-MOW", 6)]), ("air_force_ua", 30, [("UA-59+UA-63", 30)])]


def test_an_earlier_statement_of_another_type_after_a_total_with_no_places():
    text = ("The Air Force has published its figures: Russia launched 40 cruise missiles this morning, of which 33 were "
            "destroyed. Earlier, an Air Force spokesman said that between 01:00 and 04:00 the Russians had also launched "
            "18 Shahed drones, and that 12 of them were downed.")
    assert [c["stated_total"] for c in _doc(text, "2022-12-16").claims] == [33, 12]


def test_one_exact_count_told_again_has_no_total_unless_words_make_it_a_whole():
    text = ("Drozdenko: four drones shot down near port\n\nFour drones were shot down last night on approach to the port of "
            "Primorsk, Leningrad Region Governor Alexander Drozdenko said. \"Last night air defence repelled an attack: four "
            "UAVs were shot down. There are no casualties,\" he wrote.")
    assert counts_of(text, "2025-08-12") == [("governor", None, [("RU-LEN", 4)])]
    # "all of them" makes the count the whole attack, and an approximate count is its own total
    whole = text.replace("There are no casualties", "All the drones were intercepted")
    assert counts_of(whole, "2025-08-12") == [("governor", 4, [("RU-LEN", 4)])]
    approx = text.replace("Four drones were", "More than four drones were").replace("four UAVs were", "more than four UAVs were")
    assert counts_of(approx, "2025-08-12")[0][1] == 4


def test_a_window_told_in_kyiv_winter_time_ends_on_the_moscow_day_after_midnight():
    text = ("Oleh Syniehubov, head of the Kharkiv regional military administration, said air defence shot down five drones over "
            "Kharkiv between 21:30 and 23:15 Kyiv time.")
    rows = _doc(text, "2026-02-08")
    assert [(c["event_date"], c["window_start"], c["window_end"]) for c in rows.claims] == [
        (dt.date(2026, 2, 9), "2026-02-08T22:30+03:00", "2026-02-09T00:15+03:00")]
    # in summer Kyiv keeps Moscow's clock
    rows = _doc(text, "2025-07-08")
    assert [c["event_date"] for c in rows.claims] == [dt.date(2025, 7, 8)]


def test_a_digests_paragraphs_opening_with_their_day_in_capitals():
    text = ("Drone week, No. 12: 16-22 March 2026\n\nMON 16 MAR. Ministry morning report: 44 UAVs overnight; the Kursk region "
            "accounted for 20.\n\nWED 18 MAR. A quiet night, the ministry reported a single drone, over the Republic of "
            "Crimea.\n\nTHU 19 MAR. The biggest night: 95 UAVs, including 30 over the Moscow region. Sobyanin wrote during the "
            "night that 12 drones flying towards the capital had been shot down.")
    rows = _doc(text, "2026-03-23")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [
        (44, dt.date(2026, 3, 16)), (None, dt.date(2026, 3, 18)), (95, dt.date(2026, 3, 19)), (None, dt.date(2026, 3, 19))]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("RU-KRS", 20), ("UA-43", 1), ("RU-MOS", 30), ("RU-MOW", 12)]


def test_a_mayors_posts_told_in_prose_at_their_hours():
    text = ("Sobyanin's first post came at 11:20 p.m. on Monday: \"Air defence repelled an attack by a drone flying towards "
            "Moscow.\" At 0:45 a.m., he wrote: \"Another two drones flying towards Moscow have been shot down.\" The mayor "
            "reported another drone destroyed on approach to the city at 2:10 a.m.")
    rows = _doc(text, "2025-06-03")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("mayor", dt.date(2025, 6, 2)), ("mayor", dt.date(2025, 6, 3)), ("mayor", dt.date(2025, 6, 3))]
    assert [(i["region_code"], i["count"]) for i in rows.interceptions] == [("RU-MOW", 1), ("RU-MOW", 2), ("RU-MOW", 1)]


def test_a_claim_told_at_a_clock_in_the_small_hours_is_of_that_day():
    text = ("The ministry said 20 drones were destroyed over the Black Sea overnight. Separately, Sevastopol's governor said two "
            "drones were shot down near Balaklava at around 3am.")
    assert [c["event_date"] for c in _doc(text, "2025-07-08").claims] == [dt.date(2025, 7, 8), dt.date(2025, 7, 8)]
    # a morning clock is not the night's
    text = text.replace("at around 3am", "at around 10am")
    assert [c["event_date"] for c in _doc(text, "2025-07-08").claims] == [dt.date(2025, 7, 8), None]


def test_a_gmt_live_pages_posts_stamped_with_the_day_before():
    text = ("Russia-Ukraine war: live\nWednesday 11 February 2026 | All times GMT\n\n07:50\nRussia's defence ministry says 40 "
            "drones were destroyed overnight.\n\n22:30 (Tuesday)\nMoscow's mayor, Sergei Sobyanin, says air defences have shot "
            "down two drones approaching the capital.\n\n19:10 (Tuesday)\nSobyanin says one drone flying towards Moscow was "
            "destroyed.")
    rows = _doc(text, "2026-02-11")
    assert [(c["claimant"], c["event_date"]) for c in rows.claims] == [
        ("defense_ministry", dt.date(2026, 2, 11)), ("mayor", dt.date(2026, 2, 11)), ("mayor", dt.date(2026, 2, 10))]


# --------------------------------------------------------------------------- blind set 29's misses
def test_key_points_the_rest_not_downed_and_the_seat_of_the_ministry():
    text = ("Key points:\n• Ukraine says most Russian drones launched overnight were brought down\n• Russia says it destroyed "
            "drones over the Sea of Azov and Crimea\n\nUkraine's air force says 33 of the 45 drones Russia launched overnight "
            "were shot down or jammed, with the rest striking buildings in the Sumy region.\n\nIn Moscow, the Defence Ministry "
            "said its forces destroyed seven Ukrainian drones over the Sea of Azov and Crimea during the night.")
    assert counts_of(text, "2025-07-15") == [("air_force_ua", 33, []), ("defense_ministry", 7, [("SEA-AZOV+UA-43", 7)])]


def test_drones_told_before_shot_down_near_several_places_with_no_split():
    text = ("Air defences over the past day intercepted six HIMARS rockets and destroyed 9 Ukrainian unmanned aerial vehicles, "
            "the ministry said. According to him, the HIMARS rockets were intercepted near Nova Kakhovka in the Kherson region. "
            "The drones were shot down near Melitopol in the Zaporizhzhia region and Svatove in the Luhansk region, he said, "
            "without specifying how many were destroyed in each area.")
    assert items_of(text) == [("UA-09+UA-23", 9), ("UA-65", 6)]
    # "the remaining drones" are not all of those told before
    text = ("The ministry said 60 drones were destroyed: 20 over the Kursk region. The remaining drones were shot down over the "
            "Oryol and Tula regions and five other regions.")
    assert ("RU-ORL+RU-TUL", 60) not in items_of(text)


def test_shahed_type_and_decoy_drones_are_one_count():
    text = "Air defence shot down or suppressed 64 Shahed-type and decoy drones over the Sumy and Poltava oblasts."
    assert items_of(text) == [("UA-53+UA-59", 64)]


def test_a_lists_lines_of_a_count_in_a_district():
    text = ("In total, 16 UAVs were suppressed and destroyed in the krai by air defence:\n— 10 in the Temryuksky district;\n"
            "— 6 in the Anapa municipal district.")
    assert counts_of(text, "2025-04-22")[0][1:] == (16, [("RU-KDA", 10), ("RU-KDA", 6)])


def test_a_ratio_out_of_ten_a_whole_wars_tally_and_most_of_the_night():
    assert counts_of("\"The figures say eight out of ten are intercepted,\" the officer said of the drones.") == []
    assert counts_of("Over the whole war, the Russian military claims to have downed well over sixty thousand drones.") == []
    text = ("The ministry said 30 drones had been shot down over the Kursk region alone, while officials in Oryol and Tula "
            "declared air-raid alerts that lasted most of the night.")
    assert items_of(text) == [("RU-KRS", 30)]


def test_a_rounded_summary_another_count_broken_down_and_a_count_risen_to():
    text = ("Here's what to know:\n• Russia says it shot down more than 80 Ukrainian drones overnight.\n\nSergei Sobyanin, the mayor of Moscow, said "
            "that the number of drones shot down on approach to the city since the early hours of Tuesday had risen to 14.\n\n"
            "Russia's Defense Ministry said its air defenses destroyed 86 Ukrainian drones between 8 p.m. Monday and 7 a.m. "
            "Tuesday: 40 over the Moscow region and 46 over Bryansk.")
    assert counts_of(text, "2025-05-06") == [("defense_ministry", 86, [("RU-MOS", 40), ("RU-BRY", 46)]), ("mayor", 14, [("RU-MOW", 14)])]
    text = ("The ministry said that from 21:00 to 23:59 on March 9 air defences destroyed 30 drones, including 10 over the Moscow "
            "region. It later reported that from midnight to 07:00 on March 10 another 50 drones were intercepted: 30 over the "
            "Moscow region and 20 over the Kaluga region.")
    assert counts_of(text, "2026-03-10") == [("defense_ministry", 30, [("RU-MOS", 10)]),
                                            ("defense_ministry", 50, [("RU-MOS", 30), ("RU-KLU", 20)])]


def test_a_capitals_mayor_named_by_its_possessive():
    assert items_of("Moscow's mayor said that 14 drones were shot down on approach to the city.") == [("RU-MOW", 14)]
    assert items_of("Kyiv's mayor said that six drones were shot down over the city.") == [("UA-30", 6)]
    # the possessive is still the government's elsewhere
    assert items_of("Moscow's forces shot down four drones over the Kursk region, the ministry said.") == [("RU-KRS", 4)]


def test_a_posters_name_and_title_alone_on_the_first_line():
    text = ("Mikhail Razvozhayev, Governor of Sevastopol\n\n12.03.2026 05:10\n\nThis night the enemy attempted to attack the "
            "city with aircraft-type UAVs. According to preliminary data, up to six UAVs were destroyed.")
    assert counts_of(text, "2026-03-12") == [("governor", 6, [("UA-40", 6)])]


def test_officials_in_a_place_are_not_where_drones_fell():
    text = ("Russian-installed officials in occupied Crimea say air defences fought off an attack on Sevastopol overnight. The "
            "governor wrote that eight drones were shot down over the sea near Cape Fiolent.")
    assert "UA-43" not in {i.region_code for c in extract(text).claims for i in c.items}


def test_a_night_told_after_its_statement_and_overnight_on_a_range_of_days():
    text = ("According to its statement, on the night of April 14 air defences intercepted three missiles and destroyed 12 "
            "drones over the peninsula, the ministry said.")
    assert [c["event_date"] for c in _doc(text, "2025-04-15").claims] == [dt.date(2025, 4, 14)]
    text = "The ministry claimed that its forces downed 21 drones over the Kursk region overnight on March 4 to 5."
    assert [c["event_date"] for c in _doc(text, "2026-03-05").claims] == [dt.date(2026, 3, 5)]


def test_the_city_is_the_city_named_by_name_before_the_capital():
    text = ("In Kyiv, the city military administration said 15 of 20 missiles fired at the capital were shot down over the "
            "city.")
    assert items_of(text) == [("UA-30", 15)]


# --------------------------------------------------------------------------- blind set 30's misses
def test_by_the_numbers_per_the_ministry_and_a_bare_list_of_names_and_counts():
    text = ("Russia said its air defenses knocked out 40 Ukrainian drones overnight.\n\nWhy it matters: the figures are a crude "
            "gauge.\n\nBy the numbers, per the ministry:\n• Bryansk region: 22\n• Kursk region: 18")
    assert counts_of(text, "2025-08-20") == [("defense_ministry", 40, [("RU-BRY", 22), ("RU-KRS", 18)])]
    text = "- RU MoD: 26 UAVs \"intercepted and destroyed\" overnight. Belgorod 15, Oryol 7, Crimea 4."
    assert counts_of(text, "2025-11-05") == [("defense_ministry", 26, [("RU-BEL", 15), ("RU-ORL", 7), ("UA-43", 4)])]


def test_the_rest_told_in_a_sentence_of_its_own_is_the_rest_of_the_count_before():
    text = ("Russia's defence ministry says its air defences destroyed 90 Ukrainian drones overnight, including 30 over the "
            "Moscow region. The ministry said that the rest had been brought down over the Kaluga and Tula regions.")
    assert counts_of(text) == [("defense_ministry", 90, [("RU-MOS", 30), ("RU-KLU+RU-TUL", 60)])]


def test_a_corrected_figure_raised_to_and_what_the_first_statement_had_listed():
    text = ("Russia's Defense Ministry on Thursday corrected its own figure for Ukrainian drones shot down overnight, raising it to "
            "33 from the 28 it had announced earlier. In the corrected statement, the ministry said 20 drones had been destroyed "
            "over the Volgograd region and 13 over the Republic of Dagestan. The first statement had listed eight drones over "
            "Dagestan.")
    assert counts_of(text, "2026-02-26") == [("defense_ministry", 33, [("RU-VGG", 20), ("RU-DA", 13)])]


def test_rockets_fired_from_launchers_and_missiles_near_one_place():
    text = ("The ministry said its air defences had shot down six rockets fired from US-supplied Himars launchers and two "
            "Tochka-U missiles near Nova Kakhovka in the Kherson region.")
    assert items_of(text) == [("UA-65", 2), ("UA-65", 6)]


def test_a_ukrainian_speakers_window_is_told_by_kyivs_clock():
    text = ("Ukraine's air force said that between 21:00 and 23:30 on 2 February air defence shot down 14 drones over the Odesa "
            "region.")
    rows = _doc(text, "2026-02-03")
    assert [(c["event_date"], c["window_end"]) for c in rows.claims] == [(dt.date(2026, 2, 3), "2026-02-03T00:30+03:00")]
    # the same window told by Russia's ministry is Moscow's
    text = "Russia's defence ministry said that between 21:00 and 23:30 on 2 February 14 drones were shot down over the Kursk region."
    assert [c["event_date"] for c in _doc(text, "2026-02-03").claims] == [dt.date(2026, 2, 2)]


def test_a_timelines_yearless_date_lines_date_the_entries_under_them():
    text = ("Timeline of attacks in Crimea (May 2025)\n\nThis page was last edited on 20 May 2025.\n\n12 May\nExplosions were "
            "reported near Saky.\n\n14 May\nSevastopol governor Mikhail Razvozhayev said air defence had shot down a drone over "
            "the Belbek area.\n\n17 May\nSergey Aksyonov said two drones were shot down near Kerch.")
    assert [(c["claimant"], c["event_date"]) for c in _doc(text, "2025-05-20").claims] == [
        ("governor", dt.date(2025, 5, 14)), ("regional_head", dt.date(2025, 5, 17))]


def test_not_m_as_reported_earlier_with_no_subject():
    text = ("12:30\nAir defense forces destroyed 40 cruise missiles. Information is being clarified.\n\n14:05\nClarification! As of "
            "14:00, 44 of the 60 cruise missiles were destroyed, not 40 as reported earlier.")
    assert [c["stated_total"] for c in _doc(text, "2022-12-29").claims] == [44]


def test_a_night_told_by_two_days_with_clocks_and_bombs_dropped():
    text = "RU MoD (07:12): 64 UAVs destroyed 23:00 Mar 20 – 07:00 Mar 21. Breakdown: Bryansk (40), Kursk (24)."
    rows = _doc(text, "2026-03-21")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(64, dt.date(2026, 3, 21))]
    text = ("Air defence shot down six drones over the Kharkiv district overnight, the governor said.\n\nAt the same time, four "
            "drones struck the city. A warehouse was hit. Two residents sought medical help.\n\nIn the afternoon, the "
            "occupiers dropped two guided aerial bombs on the village of Kupiansk-Vuzlovyi, destroying a private house.")
    assert [c.stated_total for c in extract(text).claims] == [None]


# --------------------------------------------------------------------------- blind set 31's misses
def test_a_district_of_a_named_city_is_the_citys_not_a_like_spelled_town_elsewhere():
    text = ("Bogomaz reported that two drones had been shot down on approach to the regional centre, over the Bezhitsky district of "
            "Bryansk.")
    assert items_of(text) == [("RU-BRY", 2)]
    # a district's name many regions have, the last of a list: the city's
    text = "The governor said a drone had been shot down on approach to the regional centre, over the Sovetsky district of Bryansk."
    assert items_of(text) == [("RU-BRY", 1)]


def test_a_post_at_lunchtime_is_of_the_day_of_the_speakers_morning_post():
    text = ("On Monday, March 3, the region was attacked by drones again, Governor Alexander Bogomaz said in several posts.\n\n"
            "In the morning the governor wrote that three drones had been destroyed over the Pogarsky district.\n\n"
            "Around lunchtime Bogomaz reported that two more drones had been shot down on approach to the regional centre, over "
            "the Sovetsky district of Bryansk.")
    rows = _doc(text, "2025-03-04")
    assert [(c["stated_total"], c["event_date"]) for c in rows.claims] == [(None, dt.date(2025, 3, 3)), (None, dt.date(2025, 3, 3))]


def test_towns_joined_by_and_then_their_region_go_on_the_settlements_list():
    text = ("Over the past day, air defence means shot down 12 Ukrainian unmanned aerial vehicles in the areas of the settlements "
            "of Kupiansk in Kharkiv region, Polohy in Zaporizhzhia region, and Novoselivka and Krasnohorivka of the Donetsk "
            "People's Republic.")
    assert items_of(text) == [("UA-14+UA-23+UA-63", 12)]


def test_one_of_them_across_an_aside_and_the_others_over_several_regions():
    text = ("The ministry said that 25 drones had been destroyed overnight over four regions. One of them, according to the "
            "ministry, was over the Republic of Tatarstan; the others were over the Kursk, Oryol and Tula regions.")
    assert counts_of(text, "2025-06-03") == [("defense_ministry", 25, [("RU-TA", 1), ("RU-KRS+RU-ORL+RU-TUL", 24)])]


def test_a_heads_town_attacked_and_the_sea_off_it():
    text = ("Air defence forces repelled an attack by Ukrainian drones on Derbent overnight, the head of Dagestan, Sergei Melikov, "
            "said.\n\n\"Tonight three UAVs were shot down over the Caspian Sea on approach to Derbent,\" Melikov wrote.")
    assert items_of(text) == [("SEA-CASPIAN", 3)]


def test_rockets_of_a_launcher_destroyed_are_the_rockets():
    text = ("The ministry reported that four rockets from an RM-70 Vampire multiple rocket launcher had been destroyed over the "
            "Kursk region.")
    assert items_of(text) == [("RU-KRS", 4)]
    # the launcher itself destroyed is no interception
    assert items_of("A Vampire multiple rocket launcher had been destroyed near Kupiansk, the ministry said.") == []


def test_a_place_in_quotes_and_over_the_coast_of_a_region():
    text = ("According to the ministry, 12 drones were downed over Kursk Oblast, five over the \"Republic of Crimea\" and two "
            "over the Black Sea.")
    assert items_of(text) == [("RU-KRS", 12), ("SEA-BLACK", 2), ("UA-43", 5)]
    text = "The Navy said nine Shaheds were destroyed, six of them over the coast of the Mykolaiv region and three over the Black Sea."
    assert items_of(text) == [("SEA-BLACK", 3), ("UA-48", 6)]


def test_the_missiles_after_according_to_the_statement_are_the_count_told_before():
    text = ("\"Over the past night, air defense assets destroyed 40 aerial targets: two Neptune missiles and 38 drones,\" the "
            "ministry said.\n\nAccording to the statement, the missiles were shot down over the Kursk Region. Of the drones, 30 "
            "were destroyed over the Kursk Region and eight over the Oryol Region.")
    assert sorted(items_of(text)) == [("RU-KRS", 2), ("RU-KRS", 30), ("RU-ORL", 8)]


# --------------------------------------------------------------------------- blind set 32's misses
def test_a_headline_count_over_two_districts_then_their_counts():
    text = ("SMOLENSK NEWS | 18.06.2025, 08:47\n\nSeven drones brought down over Vyazma and Roslavl districts, Anokhin says\n\n"
            "Smolensk Governor Vasily Anokhin reported on Wednesday morning that air defence units had destroyed seven Ukrainian "
            "drones over the region during the night.\n\n\"Tonight our air defence knocked out seven UAVs: five above Vyazemsky "
            "district and two above Roslavlsky district,\" Anokhin wrote.")
    assert counts_of(text, "2025-06-18") == [("governor", 7, [("RU-SMO", 5), ("RU-SMO", 2)])]


def test_a_headline_count_over_a_town_then_the_quotes_parts_there_and_elsewhere():
    text = ("UFA NEWS | 26 June 2025\n\nFour drones downed near Sterlitamak; plants working normally, Khabirov says\n\nThe head "
            "of Bashkortostan, Radiy Khabirov, said on Thursday morning that four drones had been destroyed over the republic. "
            "\"Tonight four UAVs were shot down: three on the outskirts of Sterlitamak and one over Ishimbaysky district. There "
            "are no casualties,\" he wrote.")
    assert counts_of(text, "2025-06-26") == [("regional_head", 4, [("RU-BA", 3), ("RU-BA", 1)])]


def test_a_headline_over_the_story_of_another_speaker_below_it():
    text = ("The ministry's summary for the night referred to 11 drones destroyed over the Tver region and four over the "
            "Leningrad region.\n\nWe apologise for the error. The corrected item follows.\n\nThree drones downed over Valdai "
            "district\n\nAir defence destroyed three unmanned aerial vehicles overnight over Valdaisky district, Governor "
            "Alexander Dronov said on Tuesday.")
    assert counts_of(text, "2026-01-27") == [("defense_ministry", None, [("RU-TVE", 11), ("RU-LEN", 4)]),
                                             ("governor", None, [("RU-NGR", 3)])]


def test_a_question_is_no_claim_and_a_day_told_by_its_number_alone():
    text = ("Governor Gleb Nikitin said about ten drones were shot down over the Kstovo district tonight.\n\nQUESTION: How many "
            "drones have been shot down over the region since the spring?\n\nNIKITIN: I won't give running totals.")
    assert counts_of(text, "2025-09-25") == [("governor", 10, [("RU-NIZ", 10)])]
    text = "Governor Nikitin said that on the evening of the 18th two drones were destroyed on the approaches to Dzerzhinsk."
    assert [c["event_date"] for c in _doc(text, "2025-09-25").claims] == [dt.date(2025, 9, 18)]
    # the 28th, told on the 3rd, is of the month before; "the 93rd brigade" is no day
    text = "Governor Gladkov said that on the night of the 28th three drones were destroyed over the Belgorod region."
    assert [c["event_date"] for c in _doc(text, "2025-10-03").claims] == [dt.date(2025, 9, 28)]
    text = "The ministry said the 93rd brigade had shot down two drones near Bakhmut."
    assert [c["event_date"] for c in _doc(text, "2022-08-17").claims] == [None]


def test_a_towns_area_is_the_town_and_a_district_the_gazetteer_lacks_is_the_speakers():
    text = ("MURMANSK NEWS | 29 August 2025\n\nChibis: up to four drones downed near Olenegorsk\n\nGovernor Andrei Chibis said on "
            "Friday that air defence had shot down \"up to four\" unmanned aerial vehicles in the Olenegorsk area in the early hours.")
    assert counts_of(text, "2025-08-29") == [("governor", 4, [("RU-MUR", 4)])]
    text = "The head of Karelia, Artur Parfenchikov, wrote that a drone had been destroyed over Kemsky district at night."
    assert items_of(text) == [("RU-KR", 1)]


def test_a_statement_said_to_give_no_time_has_no_date():
    text = ("MURMANSK NEWS | Murmansk | 29 August 2025 (translated)\n\nChibis: two drones downed near Olenegorsk\n\nGovernor Chibis said on "
            "Friday that two drones were shot down near Olenegorsk in the early hours.\n\nIn a separate statement on Friday "
            "afternoon, the Defence Ministry said three drones had been destroyed over the Murmansk region between 13:00 and 15:00 "
            "Moscow time.\n\nThe head of neighbouring Karelia, Artur Parfenchikov, wrote that a drone had been destroyed over the "
            "Kemsky district; he did not say when.")
    assert [c["event_date"] for c in _doc(text, "2025-08-29").claims] == [dt.date(2025, 8, 29), dt.date(2025, 8, 29), None]


def test_a_weapons_name_and_number_is_no_place_and_its_count():
    text = ("Russia's Defense Ministry said its air defenses had downed 14 drones overnight over Crimea.\n\nThe Shahed-136, "
            "now mass-produced in Russia's Tatarstan region under the name Geran-2, has become the backbone of the attacks.")
    assert items_of(text) == [("UA-43", 14)]


def test_two_statements_a_year_apart_with_the_same_count_are_two_claims():
    text = ("In the second row, the press centre states that on 4 June 2020 two drones were destroyed near Avdiivka in the Donetsk "
            "region. The third row reverses the perspective: the militia claimed that on 2 November 2021 it had shot down two "
            "Ukrainian quadcopters near Horlivka.")
    assert [(c["event_date"], c["stated_total"]) for c in _doc(text, "2021-12-01").claims] == [
        (dt.date(2020, 6, 4), None), (dt.date(2021, 11, 2), None)]


def test_an_earlier_post_then_in_total_told_as_the_count_is_the_total():
    text = ("Air defence forces destroyed eight Ukrainian drones over the Kaluga region overnight, Governor Vladislav Shapsha said.\n\n"
            "In his first post, published at about 5 a.m., the governor wrote that six UAVs had been shot down. At 08:10 he "
            "clarified the figure: \"In total, eight drones were destroyed over the region tonight. There were no casualties.\"")
    assert counts_of(text, "2026-01-21") == [("governor", 8, [("RU-KLU", 8)])]


def test_a_district_administrations_head_is_a_speaker_of_his_own():
    text = ("Russian air defence shot down ten rockets fired overnight at the Antonivsky bridge, Kirill Stremousov, deputy head "
            "of the Kherson region's military-civilian administration, said on Saturday.\n\nLater on Saturday morning the head of "
            "the Kakhovka district administration, Vladimir Leontyev, reported that air defence had worked over Nova Kakhovka. "
            "According to him, three rockets were intercepted over the city.")
    assert [(c["claimant_name"] is not None, c["event_date"]) for c in _doc(text, "2022-08-13").claims] == [
        (True, dt.date(2022, 8, 13)), (True, dt.date(2022, 8, 13))]


def test_that_night_in_the_line_before_a_claim_is_the_night_told_before():
    text = ("The Russian Defence Ministry's statement on the morning of Tuesday, 18 March, said its air defences had destroyed "
            "40 drones between 23:00 on 17 March and 06:40 Moscow time. According to the ministry, 20 of them were over the Moscow "
            "region and 20 over the Kursk region.\n\nMoscow Mayor Sergei Sobyanin posted four times that night. His posts describe "
            "\"several\" drones flying towards the city being shot down, but none of them gives a number.")
    assert [c["event_date"] for c in _doc(text, "2025-03-20").claims] == [dt.date(2025, 3, 18), dt.date(2025, 3, 18)]


# --- blind set 33's misses ---------------------------------------------------------------------------------------------

def test_no_drones_shot_down_is_no_claim():
    text = ("Governor Khinshtein said two drones had been destroyed over the Rylsky district on Saturday morning. In Zheleznogorsk "
            "itself no drones were shot down, the city administration told our paper; no drones have been downed there since May.")
    assert counts_of(text, "2025-06-14") == [("governor", None, [("RU-KRS", 2)])]


def test_that_night_is_the_night_told_in_a_line_that_is_no_claim():
    text = ("PARISH LEAFLET | Sunday, 24 August 2025\n\nOn the night to Thursday few of us slept: the guns worked for three hours. "
            "According to Governor Rudenya, more than 20 drones were shot down over the Konakovsky district that night.")
    assert [c["event_date"] for c in _doc(text, "2025-08-24").claims] == [dt.date(2025, 8, 21)]
    text = ("Episode 40 notes | Published 18 March 2026\n\nWe talk about the night of 16 to 17 March in the Ternopil region.\n\n"
            "01:45 - The head of the regional military administration reported that air defence had destroyed four drones over "
            "the region that night.")
    assert [c["event_date"] for c in _doc(text, "2026-03-18").claims] == [dt.date(2026, 3, 17)]


def test_a_later_post_whose_total_has_risen_is_the_count():
    text = ("Moscow Mayor Sergei Sobyanin said on Telegram that 14 drones flying towards the capital had been shot down since "
            "midnight. In a later post, he said the total had risen to 19. There were no reports of damage.")
    rows = _doc(text, "2026-03-16")
    assert [(c["stated_total"], c["reconciliation_note"]) for c in rows.claims] == [(19, "RU-MOW 14 rose to 19")]
    assert [(i["region_code"], i["count"], i["evidence"].endswith("risen to 19")) for i in rows.interceptions] == [("RU-MOW", 19, True)]


def test_a_post_the_speaker_updated_replaces_the_figure():
    text = ("- Air Force, 09:05: 102 of 128 drones shot down or suppressed between 18:00 and 08:00.\n\nEDIT 11:40: the Air Force "
            "updated its post - now 104 of 128 shot down or suppressed.")
    assert [c["stated_total"] for c in _doc(text, "2026-01-27").claims] == [104]


def test_a_headline_under_a_masthead_is_the_headline():
    text = ("KAZAN DAILY | Kazan | 25.06.2025, 12:40\n\nTwo drones downed over Yelabuga, one hit a hostel\n\nRais Rustam "
            "Minnikhanov said that two UAVs had been shot down over Yelabuga district on Wednesday morning, while a third hit a hostel.")
    assert items_of(text) == [("RU-TA", 2)]
    text = ("PENZA TODAY | 17.04.2025, 09:02\n\nMinistry reports eight drones downed over Penza and Ulyanovsk regions\n\n"
            "The Defence Ministry said that during the night air defence had intercepted 35 drones: four each over the Penza and "
            "Ulyanovsk regions, 11 over the Saratov region and 16 over the Voronezh region.")
    assert items_of(text) == [("RU-PNZ", 4), ("RU-SAR", 11), ("RU-ULY", 4), ("RU-VOR", 16)]


def test_a_quote_that_tells_the_town_again_at_a_sentences_end_is_one_item():
    text = ("The head of Ingushetia said that air defence had destroyed a drone near Nazran early on Wednesday. \"At about 04:30 "
            "a UAV was destroyed on the approach to Nazran. There are no casualties,\" he wrote.")
    assert items_of(text) == [("RU-IN", 1)]


def test_a_headlines_shore_of_a_sea_is_no_item_of_its_own():
    text = ("Baltic Post | 18 February 2026\n\nTwo drones shot down over the Baltic Sea off Baltiysk, governor says\n\n"
            "Two unmanned aerial vehicles were destroyed over the Baltic Sea a few kilometres off Baltiysk on Tuesday evening, "
            "the Kaliningrad governor said on Wednesday.")
    assert items_of(text) == [("SEA-BALTIC", 2)]


def test_another_drone_downed_near_another_town_is_no_repeat():
    text = ("A Ukrainian drone was shot down over the Nikitovsky district of Gorlovka on Tuesday evening, the militia said. "
            "\"At about 19:30, crews destroyed an enemy UAV over the Nikitovsky district of Gorlovka. On the same evening, another "
            "UAV was suppressed by electronic warfare near Dokuchayevsk,\" the statement said.")
    assert items_of(text) == [("UA-14", 1), ("UA-14", 1)]
    text = ("One drone was neutralised in the Kushchevsky district, the regional centre said. In Slavyansk, another drone fell on "
            "the grounds of a refinery without causing destruction.")
    assert items_of(text) == [("RU-KDA", 1)]


def test_claimed_n_of_the_m_launched_is_a_count_downed():
    text = ("Moscow's Defence Ministry said on Sunday that it had shot down more than 60 Ukrainian drones over seven regions the "
            "previous night. Kyiv's Air Force, for its part, claimed 751 of the 823 drones and missiles Russia launched that same night.")
    rows = _doc(text, "2025-09-08")
    assert [(c["claimant"], c["stated_total"], c["event_date"]) for c in rows.claims] == [
        ("defense_ministry", 60, dt.date(2025, 9, 7)), ("air_force_ua", 751, dt.date(2025, 9, 7))]
    text = "The Air Force said Russia claims 823 of the 900 square kilometres it wants."
    assert _doc(text, "2025-09-08").claims == []


def test_a_window_on_the_evening_before_the_pages_date_ends_on_that_evenings_night():
    text = ("VINNYTSIA NEWS | Vinnytsia | 11 January 2026, 09:30 (translated)\n\nAir defence destroyed 11 attack drones over the "
            "Vinnytsia region on Saturday evening, the head of the regional military administration said. The attack lasted from 21:10 to 23:40 Kyiv time.")
    assert [c["event_date"] for c in _doc(text, "2026-01-11").claims] == [dt.date(2026, 1, 11)]
    text = ("VINNYTSIA NEWS | Vinnytsia | 11 January 2026, 09:30 (translated)\n\nAir defence destroyed 11 attack drones over the "
            "Vinnytsia region on Saturday afternoon, the head of the regional military administration said. The attack lasted from 13:10 to 15:40 Kyiv time.")
    assert [c["event_date"] for c in _doc(text, "2026-01-11").claims] == [dt.date(2026, 1, 10)]


# --- blind set 34's misses ---------------------------------------------------------------------------------------------

def test_a_list_of_names_and_counts_with_an_each_among_them():
    text = ("Air defence destroyed 120 drones overnight, the ministry said. Breakdown: Bryansk 58, Moscow region 21, fourteen each "
            "over Oryol and Smolensk, Kursk 7, six over the Tver and Yaroslavl regions.")
    assert counts_of(text, "2026-03-17")[0][2] == [("RU-BRY", 58), ("RU-MOS", 21), ("RU-ORL", 14), ("RU-SMO", 14), ("RU-KRS", 7),
                                                   ("RU-TVE+RU-YAR", 6)]


def test_in_total_opening_a_quote_makes_its_one_count_the_whole():
    text = ("Sobyanin posted from 23:10 onwards, first about two drones, then more. At 03:05 he wrote: \"In total, since the "
            "evening, air defence forces have destroyed 16 UAVs flying to Moscow.\"")
    assert counts_of(text, "2025-11-19") == [("mayor", 16, [("RU-MOW", 16)])]
    text = ("At 02:15 the governor wrote that five UAVs had been destroyed over the Rzhevsky district. \"In total, since the "
            "beginning of the night, 11 UAVs have been destroyed over the region,\" he wrote at 05:50.")
    assert counts_of(text, "2025-08-03") == [("governor", 11, [("RU-TVE", 11)])]


def test_the_ministrys_count_reported_over_a_place_is_downed():
    text = ("Governor Gladkov said 23 drones had been shot down over the region overnight. The Ministry of Defence reported 11 "
            "UAVs over the Belgorod region overnight.")
    assert counts_of(text, "2026-01-08") == [("governor", None, [("RU-BEL", 23)]), ("defense_ministry", None, [("RU-BEL", 11)])]
    text = "This morning the Defence Ministry reported 64 drones over Russia overnight, 28 of them over the Moscow region."
    assert counts_of(text, "2025-11-19") == [("defense_ministry", 64, [("RU-MOS", 28)])]
    text = "The map shows the Defence Ministry's figures for the same night: 12 drones over Stavropol Krai and five over Krasnodar Krai."
    assert items_of(text) == [("RU-KDA", 5), ("RU-STA", 12)]
    text = "The Defence Ministry reported 64 drones launched at Russia overnight."
    assert counts_of(text, "2025-11-19") == []


def test_among_the_n_it_said_were_destroyed_is_the_whole():
    text = ("The Defence Ministry's morning statement listed 11 drones over the Sea of Azov among the 47 it said had been destroyed "
            "across Russia overnight.")
    assert counts_of(text, "2026-04-14") == [("defense_ministry", 47, [("SEA-AZOV", 11)])]
    text = "The ministry said 11 drones were shot down over the Sea of Azov, among the 47 that were launched overnight."
    assert counts_of(text, "2026-04-14") == [("defense_ministry", None, [("SEA-AZOV", 11)])]


def test_a_bullets_date_line_is_the_day_its_overnight_was_told():
    text = ("FACTBOX: the year's biggest nights\n\n* 14 April. The ministry said 212 drones had been destroyed overnight, 60 of "
            "them over the Kursk region.\n\n* 2 June. The ministry reported 150 drones downed overnight, 40 of them over the "
            "Bryansk region.")
    assert [c["event_date"] for c in _doc(text, "2025-12-29").claims] == [dt.date(2025, 4, 14), dt.date(2025, 6, 2)]


def test_a_diarys_weekday_and_date_over_an_entry_date_it():
    text = ("A Kyiv diary\n\nPublished Friday 4 March 2022\n\nSaturday 26 February. Third night in the corridor. At about 4am the "
            "city administration wrote that air defence had shot down a cruise missile over Zhuliany.")
    assert [c["event_date"] for c in _doc(text, "2022-03-04").claims] == [dt.date(2022, 2, 26)]


def test_a_posts_window_before_midnight_is_of_the_posts_day_not_the_headings():
    text = ("Alerts, night of 29 to 30 September 2025 (times MSK, oldest first)\n\n20:55 - Defence Ministry: between 14:00 and "
            "20:00, air defence destroyed 18 drones over the Belgorod and Kursk regions.\n\n23:48 - Bogomaz: two UAVs destroyed "
            "over the Bryansk region.\n\n07:02 - Defence Ministry: 40 drones destroyed overnight, 31 of them over Bryansk.")
    assert [c["event_date"] for c in _doc(text, "2025-09-30").claims] == [dt.date(2025, 9, 29), dt.date(2025, 9, 30), dt.date(2025, 9, 30)]


# --- blind set 35's misses ---------------------------------------------------------------------------------------------

def test_a_count_over_a_region_and_other_regions_is_the_whole():
    text = "The ministry said 64 drones had been destroyed overnight over the Moscow region and six other regions."
    assert counts_of(text, "2025-11-12") == [("defense_ministry", 64, [("RU-MOS", None)])]
    text = "Air defences downed 40 drones over the Bryansk, Kursk and several other regions overnight, the ministry said."
    assert counts_of(text, "2025-11-12") == [("defense_ministry", 40, [("RU-BRY", None), ("RU-KRS", None)])]
    text = "The ministry said 30 drones had been destroyed overnight over Crimea and eight Russian regions."
    assert counts_of(text, "2025-11-12") == [("defense_ministry", 30, [("UA-43", None)])]
    text = "The ministry said 12 drones had been destroyed over the Kursk region and 5 over other regions overnight."
    assert counts_of(text, "2025-11-12") == [("defense_ministry", None, [("RU-KRS", 12)])]


def test_the_count_after_an_of_them_part_joined_by_and_is_a_part_too():
    text = "Governor Anokhin said 21 UAVs had been destroyed over the region overnight, eight of them over Smolensk and five over the Vyazma district."
    assert counts_of(text, "2025-04-15") == [("governor", None, [("RU-SMO", 21)])]
    text = "Governor Anokhin said 13 UAVs had been destroyed over the region overnight, eight of them over Smolensk and five over the Vyazma district."
    assert counts_of(text, "2025-04-15") == [("governor", 13, [("RU-SMO", 8), ("RU-SMO", 5)])]
    text = ("Air defences destroyed 35 drones overnight, the ministry said, 31 of them over the Belgorod and Kursk regions and two "
            "over the Oryol and Lipetsk regions.")
    assert counts_of(text, "2026-11-05") == [("defense_ministry", 35, [("RU-BEL+RU-KRS", 31), ("RU-ORL", 2), ("RU-LIP", 2)])]


def test_a_plural_regions_word_before_the_capital_makes_the_places_before_it_regions():
    text = ("The Air Force said all 16 drones had been destroyed over the Kyiv, Zaporizhzhia and Dnipropetrovsk regions and over "
            "the capital overnight.")
    assert counts_of(text, "2022-12-30") == [("air_force_ua", 16, [("UA-12+UA-23+UA-30+UA-32", 16)])]


def test_parts_of_them_are_shares_of_the_count_told_last_before_them_not_of_the_headlines_place():
    text = ("Governor sums up the night: 27 drones destroyed over the Kursk region\n\nKursk Evening | 10 February 2026, 08:30\n\nGovernor Alexander "
            "Khinshtein posted through the night. At 23:10 on Monday he wrote that four drones had been shot down over Kurchatov; at "
            "01:45 he reported six more over the Kursk district and the regional centre. At "
            "07:20 he published a summary: \"In total, over the night, air defence forces destroyed 27 UAVs over the region. Eleven "
            "of them were shot down over Kursk, eight over the Kurchatov district and five over the Lgov district.\"")
    assert counts_of(text, "2026-02-10") == [("governor", 27, [("RU-KRS", 27)])]


def test_a_sentence_of_parts_of_them_is_no_statement_of_its_own_though_it_names_another_day():
    text = ("Air defence destroyed 29 attack drones over the Odesa region during two waves of the attack, the head of the regional "
            "military administration said on Tuesday. Eleven of them were shot down over the Izmail district, where the first "
            "wave struck between 21:40 and 23:35 Kyiv time on Monday.")
    claims = _doc(text, "2025-11-25").claims
    assert [(c["event_date"], c["stated_total"]) for c in claims] == [(dt.date(2025, 11, 25), None)]


def test_the_coastal_areas_of_the_region_are_the_region():
    text = ("Kiper said 29 drones had been destroyed over the Odesa region. Separately, the Navy said its mobile fire groups had "
            "shot down 14 drones over the coastal areas of the region and over the Black Sea.")
    assert ("SEA-BLACK+UA-51", 14) in [i for c in counts_of(text, "2025-11-25") for i in c[2]]


def test_a_claimants_surname_is_no_misspelt_place():
    text = ("Across the front, the Moscow-installed head of the occupied part of the region, Yevgeny Balitsky, claimed that \"up "
            "to 20 drones\" had been downed overnight over Melitopol and the Vasylivka district.")
    assert [p.text for p in gazetteer().find(text)] == ["Melitopol", "Vasylivka district"]
    assert {code for c in counts_of(text, "2025-05-16") for code, _ in c[2]} == {"UA-23"}


def test_a_headline_with_two_speakers_counts_told_below_is_no_claim_of_its_own():
    text = ("Zaporizhzhia region: 15 drones downed; occupation authorities claim \"up to 20\" over Melitopol and Enerhodar\n\n"
            "Kyiv Daily | 16 May 2025, 10:05\n\nAir defence destroyed 15 drones over the Zaporizhzhia region overnight, the head of "
            "the regional military administration, Ivan Fedorov, said. The Russian-installed head of the occupied part of the "
            "region, Yevgeny Balitsky, claimed that up to 20 drones had been shot down overnight over Melitopol and Enerhodar.")
    assert [c[2] for c in counts_of(text, "2025-05-16")] == [[("UA-23", 15)], [("UA-23", 20)]]


# --- blind set 36's misses ---------------------------------------------------------------------------------------------

def test_posts_told_as_such_then_an_in_total_summary_is_the_count_of_the_night():
    text = ("Governor Bogomaz gave several updates through the night, first reporting four drones destroyed over the Pogar "
            "district and later six more over the Sevsk district. In a summary published at 06:30 he wrote: \"In total, 19 UAVs "
            "were destroyed over the territory of the Bryansk region overnight.\"")
    assert counts_of(text, "2025-10-03") == [("governor", 19, [("RU-BRY", 19)])]


def test_a_weapon_in_single_quotes_and_its_slang_name_are_counted():
    text = ("\"Five 'mopeds' were taken down over the Bashtanka district and two more over the Mykolaiv district,\" the head of the "
            "regional military administration wrote overnight.")
    assert items_of(text) == [("UA-48", 2), ("UA-48", 5)]
    text = "Air defence destroyed three ‘Gerberas’ over the Kyiv region overnight, the Air Force said."
    assert items_of(text) == [("UA-32", 3)]


def test_a_bare_put_the_number_at_after_a_sentence_about_drones_is_their_tally():
    text = ("Mayor Sergei Sobyanin wrote through the night about drones flying toward Moscow being shot down. His last post, at "
            "04:50, put the number at 12.")
    assert counts_of(text, "2026-05-06") == [("mayor", 12, [("RU-MOW", 12)])]
    text = ("Mayor Sergei Sobyanin wrote through the night about drones flying toward Moscow being shot down. The city's health "
            "department put the number of injured at 3.")
    assert counts_of(text, "2026-05-06") == [("mayor", None, [("RU-MOW", None)])]
    text = ("Mayor Sergei Sobyanin said on Tuesday that a total of 23 drones flying towards the capital had been destroyed since "
            "midnight. In a post shortly after 6 a.m. he had put the figure at 14.")
    assert counts_of(text, "2025-03-18") == [("mayor", 23, [("RU-MOW", 23)])]


def test_a_city_and_the_surrounding_oblast_share_one_count():
    text = "The Air Force said 40 drones had been shot down from 6 a.m. to noon, including 14 over Kyiv and the surrounding oblast."
    assert counts_of(text, "2022-10-17") == [("air_force_ua", 40, [("UA-30+UA-32", 14)])]
    text = "Russian air defences shot down drones over the capital and the surrounding region overnight, officials said."
    assert items_of(text) == [("RU-MOW", None)]


def test_since_an_abbreviated_month_and_day_is_a_cumulative_count():
    text = ("Since Oct. 2, when the first such drone was seen over the city, the military has shot down more than 300 of them, "
            "the General Staff said.")
    assert counts_of(text, "2022-10-17") == []


def test_launched_then_shot_down_as_bare_participles():
    text = "Air Force: 96 drones launched, 71 shot down/suppressed."
    assert counts_of(text, "2025-10-14") == [("air_force_ua", 71, [])]
    text = "Russia launched 50 drones overnight, 40 shot down over the Kyiv region, the Air Force said."
    assert counts_of(text, "2025-10-14") == [("air_force_ua", None, [("UA-32", 40)])]
    text = "Air defences destroyed 30 drones launched by Kyiv over the Bryansk region, the ministry said."
    assert counts_of(text, "2025-10-14") == [("defense_ministry", None, [("RU-BRY", 30)])]


def test_a_qualifier_between_the_verb_and_targets_keeps_them_counted():
    text = "The head of the Kyiv oblast military administration said air defence destroyed up to 12 targets over the Kyiv oblast overnight."
    assert counts_of(text, "2025-10-14") == [("other", 12, [("UA-32", 12)])]


def test_a_leads_places_counted_below_by_a_risen_tally_take_its_night():
    text = ("MOSCOW, 9 Apr - Air defence units shot down drones flying towards Moscow throughout the night into Thursday, Mayor "
            "Sergei Sobyanin said.\n\nThe mayor began posting shortly before midnight. At 23:40 on Wednesday he wrote that three "
            "UAVs had been shot down on approach to the city, and after 01:00 he reported another five. \"The number of drones "
            "shot down on approach to Moscow has risen to 14,\" Sobyanin wrote at 04:10.")
    claims = _doc(text, "2026-04-09").claims
    assert [(c["event_date"], c["stated_total"]) for c in claims] == [(dt.date(2026, 4, 9), 14)]


def test_a_leads_places_are_not_taken_by_a_later_post_of_more():
    text = ("SARATOV, Dec 27 - Air defences destroyed drones over Engels late on Friday, Governor Roman Busargin said. In a post "
            "at 23:35 on Friday he said several UAVs had been shot down over Engels. Early on Saturday he wrote that nine more drones "
            "had been destroyed since 01:00.")
    assert [c[2] for c in counts_of(text, "2025-12-27")] == [[("RU-SAR", None)], [("RU-SAR", 9)]]


def test_incl_abbreviated_is_including_and_ends_no_sentence():
    text = ("According to the regional headquarters, air defence destroyed 12 UAVs over the territory of the Bryansk region "
            "overnight, incl. 5 over the Klintsy district.")
    assert [c[2] for c in counts_of(text, "2025-11-25")] == [[("RU-BRY", 12)]]
    assert len(split_sentences(text)) == 1


def test_said_in_his_morning_summary_dates_the_night_ending_that_morning():
    text = ("The head of the Sumy Regional Military Administration said in his morning summary that air defence forces had "
            "destroyed 18 drones over the region.")
    assert [c["event_date"] for c in _doc(text, "2025-06-11").claims] == [dt.date(2025, 6, 11)]
    text = "The head of the Sumy Regional Military Administration said that air defence forces had destroyed 18 drones over the region."
    assert [c["event_date"] for c in _doc(text, "2025-06-11").claims] == [None]


def test_a_post_told_as_the_first_of_the_night_after_the_tally_is_a_step_of_it():
    text = ("MOSCOW, Nov 12 - Air defence forces destroyed 21 drones flying towards Moscow during the night, Mayor Sergei Sobyanin "
            "said.\n\nThe mayor began reporting on the attack at 23:05 on Tuesday, when he wrote that three drones had been shot "
            "down. By 02:40 he had reported twelve.")
    claims = _doc(text, "2025-11-12").claims
    assert [(c["event_date"], c["stated_total"]) for c in claims] == [(dt.date(2025, 11, 12), 21)]
