"""Build ``out_of_scope.csv``: place names news mention that get no region code.

The matcher uses this list to recognise a name and deliberately ignore it
("drones launched from Belarus", "Washington's ATACMS", "Türkiye mediated"),
instead of reporting it as an unknown place.  Russia and Ukraine are not
listed: the matcher treats them as national scope.

Where the data come from
------------------------
* Countries: every country in ``pycountry`` (ISO 3166-1; written with
  pycountry 26.2.16) except RU and UA, with its ``name``, ``official_name``
  and ``common_name``.
* US states and the District of Columbia: ``pycountry`` ISO 3166-2:US
  subdivisions of type State and District.
* ``EXTRA``: curated by the team — everyday English names pycountry lacks
  (Turkey, Britain, Kosovo, Transnistria, South Ossetia…), Belarusian regions
  on the border, and world cities and counties that co-occur in this news.

The whole file is generated: run ``python -m stats.data.build_out_of_scope``
to rewrite it (sorted case-insensitively by name; a name reached twice keeps
one row whose note lists every source).
"""

from __future__ import annotations

from pathlib import Path

import pycountry

from stats.data.build_regions import DATA_DIR, csv_text

OUT_OF_SCOPE_CSV = DATA_DIR / "out_of_scope.csv"
COLUMNS = ("name", "note")
NATIONAL_SCOPE = ("RU", "UA")  # never out of scope
US_TYPES = ("State", "District")

# name -> note; curated by the team.
EXTRA: dict[str, str] = {
    # Short or older country names that pycountry does not carry.
    "Turkey": "curated: English name of Türkiye",
    "Britain": "curated: short name of the United Kingdom",
    "Great Britain": "curated: short name of the United Kingdom",
    "UK": "curated: abbreviation of United Kingdom",
    "US": "curated: abbreviation of United States",
    "USA": "curated: abbreviation of United States",
    "U.S.": "curated: abbreviation of United States",
    "America": "curated: short name of the United States",
    "Czech Republic": "curated: former short name of Czechia",
    "Holland": "curated: informal name of the Netherlands",
    "Kosovo": "curated: not in ISO 3166-1",
    "Vatican": "curated: short name of the Holy See",
    "Transnistria": "curated: breakaway region of Moldova",
    "Abkhazia": "curated: breakaway region of Georgia",
    "South Ossetia": "curated: breakaway region of Georgia (not North Ossetia, RU-SE)",
    "Nagorno-Karabakh": "curated: region of Azerbaijan",
    "Gaza": "curated: Palestinian territory",
    "European Union": "curated: supranational",
    "EU": "curated: supranational",
    # Belarusian regions and cities near the border.
    "Gomel": "curated: Belarusian city and region",
    "Homel": "curated: Belarusian city and region",
    "Brest": "curated: Belarusian city and region (also a French city)",
    "Vitebsk": "curated: Belarusian city and region",
    "Mogilev": "curated: Belarusian city and region",
    "Grodno": "curated: Belarusian city and region",
    "Minsk": "curated: capital of Belarus",
    # World cities and places that co-occur in interception news.
    "Washington": "curated: capital of the United States (also a state)",
    "New York": "curated: US city and state",
    "Sacramento": "curated: US city",
    "Sacramento County": "curated: US county",
    "Pentagon": "curated: US Department of Defense",
    "London": "curated: capital of the United Kingdom",
    "Paris": "curated: capital of France",
    "Berlin": "curated: capital of Germany",
    "Brussels": "curated: capital of Belgium, seat of the EU and NATO",
    "Warsaw": "curated: capital of Poland",
    "Rzeszow": "curated: Polish city (aid hub)",
    "Vilnius": "curated: capital of Lithuania",
    "Riga": "curated: capital of Latvia",
    "Tallinn": "curated: capital of Estonia",
    "Helsinki": "curated: capital of Finland",
    "Chisinau": "curated: capital of Moldova",
    "Bucharest": "curated: capital of Romania",
    "Budapest": "curated: capital of Hungary",
    "Rome": "curated: capital of Italy",
    "Geneva": "curated: Swiss city",
    "Ankara": "curated: capital of Türkiye",
    "Istanbul": "curated: Turkish city",
    "Tbilisi": "curated: capital of Georgia",
    "Baku": "curated: capital of Azerbaijan",
    "Yerevan": "curated: capital of Armenia",
    "Astana": "curated: capital of Kazakhstan",
    "Tehran": "curated: capital of Iran",
    "Beijing": "curated: capital of China",
    "Pyongyang": "curated: capital of North Korea",
    "Tokyo": "curated: capital of Japan",
    "Melbourne": "curated: Australian city",
    "Damascus": "curated: capital of Syria",
}


def build_rows() -> list[dict[str, str]]:
    """All rows of out_of_scope.csv, sorted by name (case-insensitive)."""
    notes: dict[str, list[str]] = {}

    def add(name: str | None, note: str) -> None:
        if name:
            notes.setdefault(name.strip(), []).append(note)

    for country in pycountry.countries:
        if country.alpha_2 in NATIONAL_SCOPE:
            continue
        add(country.name, f"pycountry country name ({country.alpha_2})")
        add(getattr(country, "official_name", None), f"pycountry official name ({country.alpha_2})")
        add(getattr(country, "common_name", None), f"pycountry common name ({country.alpha_2})")
    for sub in pycountry.subdivisions.get(country_code="US"):
        if sub.type in US_TYPES:
            add(sub.name, f"pycountry US {sub.type.lower()} ({sub.code})")
    for name, note in EXTRA.items():
        add(name, note)
    rows = [{"name": name, "note": "; ".join(sorted(set(ns)))} for name, ns in notes.items()]
    return sorted(rows, key=lambda row: (row["name"].casefold(), row["name"]))


def build_text() -> str:
    """The full text of out_of_scope.csv."""
    return csv_text(COLUMNS, build_rows())


def main() -> None:
    OUT_OF_SCOPE_CSV.write_text(build_text(), encoding="utf-8")
    print(f"wrote {OUT_OF_SCOPE_CSV}")


if __name__ == "__main__":
    main()
