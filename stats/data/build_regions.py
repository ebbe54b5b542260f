"""Build ``regions.csv``: one row per region code the pipeline may emit.

Where the data come from
------------------------
* The set of rows and every subdivision code: ``pycountry`` (ISO 3166-2),
  all subdivisions of RU (83 federal subjects) and UA (27, Crimea UA-43 and
  Sevastopol UA-40 included).  Written with pycountry 26.2.16; a newer
  pycountry that adds or drops a code makes this script fail loudly, and the
  drift test in ``tests/test_gazetteer_data.py`` fail, until ``NAMES`` below
  is updated.
* ``kind``: derived from the pycountry subdivision ``type`` through
  ``KIND_BY_TYPE`` (e.g. "Administrative territory" -> krai).
* ``name`` (the short English name used in news and in
  ``shared/spec/LABELING.md``), ``capital`` (English name of the
  administrative centre) and ``surrounding_code`` (federal cities only):
  curated by the team in ``NAMES`` and ``SURROUNDING`` below.
* The four seas (``SEAS``) are the team's own codes from LABELING.md.

Run ``python -m stats.data.build_regions`` to rewrite ``regions.csv``; the
output is deterministic (rows sorted by code).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).resolve().parent
REGIONS_CSV = DATA_DIR / "regions.csv"
COLUMNS = ("code", "name", "country", "kind", "capital", "surrounding_code")
COUNTRIES = ("RU", "UA")

# pycountry subdivision type -> our kind; (country, type) overrides first.
KIND_BY_TYPE = {
    ("RU", "Autonomous city"): "federal_city",
    ("UA", "City"): "city",
    "Administrative region": "oblast",
    "Region": "oblast",
    "Administrative territory": "krai",
    "Republic": "republic",
    "Autonomous district": "autonomous_okrug",
    "Autonomous region": "autonomous_oblast",
}

# code -> (short English name, English name of the administrative centre).
NAMES: dict[str, tuple[str, str]] = {
    # Russia: 83 federal subjects (ISO 3166-2:RU).
    "RU-AD": ("Adygea", "Maykop"),
    "RU-AL": ("Altai Republic", "Gorno-Altaysk"),
    "RU-ALT": ("Altai Krai", "Barnaul"),
    "RU-AMU": ("Amur", "Blagoveshchensk"),
    "RU-ARK": ("Arkhangelsk", "Arkhangelsk"),
    "RU-AST": ("Astrakhan", "Astrakhan"),
    "RU-BA": ("Bashkortostan", "Ufa"),
    "RU-BEL": ("Belgorod", "Belgorod"),
    "RU-BRY": ("Bryansk", "Bryansk"),
    "RU-BU": ("Buryatia", "Ulan-Ude"),
    "RU-CE": ("Chechnya", "Grozny"),
    "RU-CHE": ("Chelyabinsk", "Chelyabinsk"),
    "RU-CHU": ("Chukotka", "Anadyr"),
    "RU-CU": ("Chuvashia", "Cheboksary"),
    "RU-DA": ("Dagestan", "Makhachkala"),
    "RU-IN": ("Ingushetia", "Magas"),
    "RU-IRK": ("Irkutsk", "Irkutsk"),
    "RU-IVA": ("Ivanovo", "Ivanovo"),
    "RU-KAM": ("Kamchatka", "Petropavlovsk-Kamchatsky"),
    "RU-KB": ("Kabardino-Balkaria", "Nalchik"),
    "RU-KC": ("Karachay-Cherkessia", "Cherkessk"),
    "RU-KDA": ("Krasnodar", "Krasnodar"),
    "RU-KEM": ("Kemerovo", "Kemerovo"),
    "RU-KGD": ("Kaliningrad", "Kaliningrad"),
    "RU-KGN": ("Kurgan", "Kurgan"),
    "RU-KHA": ("Khabarovsk", "Khabarovsk"),
    "RU-KHM": ("Khanty-Mansi", "Khanty-Mansiysk"),
    "RU-KIR": ("Kirov", "Kirov"),
    "RU-KK": ("Khakassia", "Abakan"),
    "RU-KL": ("Kalmykia", "Elista"),
    "RU-KLU": ("Kaluga", "Kaluga"),
    "RU-KO": ("Komi", "Syktyvkar"),
    "RU-KOS": ("Kostroma", "Kostroma"),
    "RU-KR": ("Karelia", "Petrozavodsk"),
    "RU-KRS": ("Kursk", "Kursk"),
    "RU-KYA": ("Krasnoyarsk", "Krasnoyarsk"),
    "RU-LEN": ("Leningrad Oblast", "Gatchina"),
    "RU-LIP": ("Lipetsk", "Lipetsk"),
    "RU-MAG": ("Magadan", "Magadan"),
    "RU-ME": ("Mari El", "Yoshkar-Ola"),
    "RU-MO": ("Mordovia", "Saransk"),
    "RU-MOS": ("Moscow Oblast", "Krasnogorsk"),
    "RU-MOW": ("Moscow", "Moscow"),
    "RU-MUR": ("Murmansk", "Murmansk"),
    "RU-NEN": ("Nenets", "Naryan-Mar"),
    "RU-NGR": ("Novgorod", "Veliky Novgorod"),
    "RU-NIZ": ("Nizhny Novgorod", "Nizhny Novgorod"),
    "RU-NVS": ("Novosibirsk", "Novosibirsk"),
    "RU-OMS": ("Omsk", "Omsk"),
    "RU-ORE": ("Orenburg", "Orenburg"),
    "RU-ORL": ("Oryol", "Oryol"),
    "RU-PER": ("Perm", "Perm"),
    "RU-PNZ": ("Penza", "Penza"),
    "RU-PRI": ("Primorsky Krai", "Vladivostok"),
    "RU-PSK": ("Pskov", "Pskov"),
    "RU-ROS": ("Rostov", "Rostov-on-Don"),
    "RU-RYA": ("Ryazan", "Ryazan"),
    "RU-SA": ("Yakutia", "Yakutsk"),
    "RU-SAK": ("Sakhalin", "Yuzhno-Sakhalinsk"),
    "RU-SAM": ("Samara", "Samara"),
    "RU-SAR": ("Saratov", "Saratov"),
    "RU-SE": ("North Ossetia", "Vladikavkaz"),
    "RU-SMO": ("Smolensk", "Smolensk"),
    "RU-SPE": ("Saint Petersburg", "Saint Petersburg"),
    "RU-STA": ("Stavropol", "Stavropol"),
    "RU-SVE": ("Sverdlovsk", "Yekaterinburg"),
    "RU-TA": ("Tatarstan", "Kazan"),
    "RU-TAM": ("Tambov", "Tambov"),
    "RU-TOM": ("Tomsk", "Tomsk"),
    "RU-TUL": ("Tula", "Tula"),
    "RU-TVE": ("Tver", "Tver"),
    "RU-TY": ("Tuva", "Kyzyl"),
    "RU-TYU": ("Tyumen", "Tyumen"),
    "RU-UD": ("Udmurtia", "Izhevsk"),
    "RU-ULY": ("Ulyanovsk", "Ulyanovsk"),
    "RU-VGG": ("Volgograd", "Volgograd"),
    "RU-VLA": ("Vladimir", "Vladimir"),
    "RU-VLG": ("Vologda", "Vologda"),
    "RU-VOR": ("Voronezh", "Voronezh"),
    "RU-YAN": ("Yamalo-Nenets", "Salekhard"),
    "RU-YAR": ("Yaroslavl", "Yaroslavl"),
    "RU-YEV": ("Jewish Autonomous Oblast", "Birobidzhan"),
    "RU-ZAB": ("Zabaykalsky Krai", "Chita"),
    # Ukraine: 24 oblasts, Crimea, and the cities Kyiv and Sevastopol (ISO 3166-2:UA).
    "UA-05": ("Vinnytsia", "Vinnytsia"),
    "UA-07": ("Volyn", "Lutsk"),
    "UA-09": ("Luhansk", "Luhansk"),
    "UA-12": ("Dnipropetrovsk", "Dnipro"),
    "UA-14": ("Donetsk", "Donetsk"),
    "UA-18": ("Zhytomyr", "Zhytomyr"),
    "UA-21": ("Zakarpattia", "Uzhhorod"),
    "UA-23": ("Zaporizhzhia", "Zaporizhzhia"),
    "UA-26": ("Ivano-Frankivsk", "Ivano-Frankivsk"),
    "UA-30": ("Kyiv", "Kyiv"),
    "UA-32": ("Kyiv Oblast", "Kyiv"),
    "UA-35": ("Kirovohrad", "Kropyvnytskyi"),
    "UA-40": ("Sevastopol", "Sevastopol"),
    "UA-43": ("Crimea", "Simferopol"),
    "UA-46": ("Lviv", "Lviv"),
    "UA-48": ("Mykolaiv", "Mykolaiv"),
    "UA-51": ("Odesa", "Odesa"),
    "UA-53": ("Poltava", "Poltava"),
    "UA-56": ("Rivne", "Rivne"),
    "UA-59": ("Sumy", "Sumy"),
    "UA-61": ("Ternopil", "Ternopil"),
    "UA-63": ("Kharkiv", "Kharkiv"),
    "UA-65": ("Kherson", "Kherson"),
    "UA-68": ("Khmelnytskyi", "Khmelnytskyi"),
    "UA-71": ("Cherkasy", "Cherkasy"),
    "UA-74": ("Chernihiv", "Chernihiv"),
    "UA-77": ("Chernivtsi", "Chernivtsi"),
}

# Federal cities -> the subject that surrounds them ("Moscow Region" -> RU-MOS).
SURROUNDING = {
    "RU-MOW": "RU-MOS",
    "RU-SPE": "RU-LEN",
    "UA-30": "UA-32",
    # Sevastopol has none: its own territory reaches far beyond the city (Belbek,
    # Kacha), so "near Sevastopol" is still UA-40.
}

# The team's water codes (LABELING.md), not ISO.
SEAS = {
    "SEA-AZOV": "Sea of Azov",
    "SEA-BALTIC": "Baltic Sea",
    "SEA-BLACK": "Black Sea",
    "SEA-CASPIAN": "Caspian Sea",
}


def kind_of(country: str, subdivision_type: str) -> str:
    """Our ``kind`` for a pycountry subdivision type.

    >>> kind_of("RU", "Administrative territory")
    'krai'
    >>> kind_of("RU", "Autonomous city")
    'federal_city'
    """
    kind = KIND_BY_TYPE.get((country, subdivision_type)) or KIND_BY_TYPE.get(subdivision_type)
    if kind is None:
        raise KeyError(f"no kind for pycountry type {subdivision_type!r} ({country})")
    return kind


def build_rows() -> list[dict[str, str]]:
    """All rows of regions.csv, sorted by code."""
    rows = []
    seen = set()
    for country in COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=country):
            if sub.code not in NAMES:
                raise KeyError(f"pycountry code {sub.code} ({sub.name}) has no curated English name")
            name, capital = NAMES[sub.code]
            seen.add(sub.code)
            rows.append(
                {
                    "code": sub.code,
                    "name": name,
                    "country": country,
                    "kind": kind_of(country, sub.type),
                    "capital": capital,
                    "surrounding_code": SURROUNDING.get(sub.code, ""),
                }
            )
    unused = sorted(set(NAMES) - seen)
    if unused:
        raise KeyError(f"curated codes not in pycountry: {unused}")
    for code, name in SEAS.items():
        rows.append(
            {"code": code, "name": name, "country": "SEA", "kind": "sea", "capital": "", "surrounding_code": ""}
        )
    return sorted(rows, key=lambda row: row["code"])


def csv_text(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    """Rows as CSV text: header row, comma-separated, ``\\n`` line ends."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def build_text() -> str:
    """The full text of regions.csv."""
    return csv_text(COLUMNS, build_rows())


def main() -> None:
    REGIONS_CSV.write_text(build_text(), encoding="utf-8")
    print(f"wrote {REGIONS_CSV}")


if __name__ == "__main__":
    main()
