"""The gazetteer data files in stats/data: no drift, integrity, spot checks.

Generated files (regions.csv, out_of_scope.csv) are rebuilt in memory and
compared with what is committed.  Curated files (region_aliases.csv,
places.csv) are checked for shape, referential integrity and a table of
names a careless edit could break.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from stats.data import build_out_of_scope, build_regions
from stats.gazetteer import gazetteer

DATA = Path(build_regions.__file__).resolve().parent


def read_rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_header(name: str) -> list[str]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


REGIONS = read_rows("regions.csv")
ALIASES = read_rows("region_aliases.csv")
PLACES = read_rows("places.csv")
OUT_OF_SCOPE = read_rows("out_of_scope.csv")
REGION_BY_CODE = {row["code"]: row for row in REGIONS}

HEADERS = {
    "regions.csv": ["code", "name", "country", "kind", "capital", "surrounding_code"],
    "region_aliases.csv": ["alias", "code", "note"],
    "places.csv": ["name", "code", "kind", "note"],
    "out_of_scope.csv": ["name", "note"],
}
NAME_COLUMN = {"regions.csv": "name", "region_aliases.csv": "alias", "places.csv": "name", "out_of_scope.csv": "name"}
KINDS = {
    "regions.csv": {"oblast", "krai", "republic", "federal_city", "autonomous_okrug", "autonomous_oblast", "city", "sea"},
    "places.csv": {"city", "town", "village", "district", "airport", "locality", "water"},
}

# Every code named in shared/spec/LABELING.md.
LABELING_CODES = """
RU-BEL RU-BRY RU-KRS RU-VOR RU-ORL RU-KLU RU-SMO RU-TUL RU-LIP RU-TAM RU-RYA
RU-MOS RU-MOW RU-TVE RU-YAR RU-VLA RU-IVA RU-KOS RU-NGR RU-PSK RU-LEN RU-SPE
RU-KDA RU-ROS RU-VGG RU-AST RU-SAR RU-PNZ RU-SAM RU-ULY RU-MO RU-CU RU-TA RU-BA
RU-NIZ RU-ORE RU-STA RU-DA RU-CE RU-IN RU-SE RU-KB RU-KC RU-AD RU-KL RU-KGD
RU-MUR RU-ARK RU-VLG RU-KIR RU-PER RU-UD RU-SVE RU-CHE RU-TYU RU-KR RU-KO RU-ME
UA-43 UA-40 UA-14 UA-09 UA-23 UA-65 UA-32 UA-30 UA-63 UA-59 UA-74 UA-51 UA-48
UA-12 UA-46
SEA-BLACK SEA-AZOV SEA-CASPIAN SEA-BALTIC
""".split()


# --- generated files do not drift -------------------------------------------------


def test_regions_csv_matches_generator():
    committed = (DATA / "regions.csv").read_text(encoding="utf-8")
    assert build_regions.build_text() == committed, "run `python -m stats.data.build_regions`"


def test_out_of_scope_csv_matches_generator():
    committed = (DATA / "out_of_scope.csv").read_text(encoding="utf-8")
    assert build_out_of_scope.build_text() == committed, "run `python -m stats.data.build_out_of_scope`"


# --- regions ----------------------------------------------------------------------


def test_regions_are_exactly_pycountry_ru_ua_and_four_seas():
    expected = {sub.code for cc in ("RU", "UA") for sub in pycountry.subdivisions.get(country_code=cc)}
    expected |= {"SEA-BLACK", "SEA-AZOV", "SEA-CASPIAN", "SEA-BALTIC"}
    codes = [row["code"] for row in REGIONS]
    assert len(codes) == len(set(codes))
    assert set(codes) == expected
    assert sum(row["country"] == "RU" for row in REGIONS) == 83
    assert sum(row["country"] == "UA" for row in REGIONS) == 27


@pytest.mark.parametrize(
    "code, name, kind, surrounding",
    [
        ("RU-MOW", "Moscow", "federal_city", "RU-MOS"),
        ("RU-MOS", "Moscow Oblast", "oblast", ""),
        ("RU-SPE", "Saint Petersburg", "federal_city", "RU-LEN"),
        ("RU-LEN", "Leningrad Oblast", "oblast", ""),
        ("RU-KDA", "Krasnodar", "krai", ""),
        ("RU-SE", "North Ossetia", "republic", ""),
        ("RU-KHM", "Khanty-Mansi", "autonomous_okrug", ""),
        ("RU-YEV", "Jewish Autonomous Oblast", "autonomous_oblast", ""),
        ("UA-30", "Kyiv", "city", "UA-32"),
        ("UA-32", "Kyiv Oblast", "oblast", ""),
        ("UA-40", "Sevastopol", "city", ""),
        ("UA-43", "Crimea", "republic", ""),
        ("UA-51", "Odesa", "oblast", ""),
        ("SEA-AZOV", "Sea of Azov", "sea", ""),
    ],
)
def test_region_rows(code, name, kind, surrounding):
    row = REGION_BY_CODE[code]
    assert (row["name"], row["kind"], row["surrounding_code"]) == (name, kind, surrounding)


def test_surrounding_codes_exist_and_only_cities_have_them():
    for row in REGIONS:
        if row["surrounding_code"]:
            assert row["kind"] in {"federal_city", "city"}, row
            assert row["surrounding_code"] in REGION_BY_CODE, row
        elif row["kind"] in {"federal_city", "city"} and row["code"] != "UA-40":  # Sevastopol: see build_regions.SURROUNDING
            pytest.fail(f"{row['code']} is a city without surrounding_code")


def test_capitals_filled_except_seas():
    for row in REGIONS:
        assert bool(row["capital"]) == (row["kind"] != "sea"), row


# --- shape of every file ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header(name):
    assert read_header(name) == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_empty_names_or_stray_whitespace(name):
    for row in read_rows(name):
        assert row[NAME_COLUMN[name]], row
        for column, value in row.items():
            assert value == value.strip(), (column, row)
            assert "  " not in value, (column, row)


@pytest.mark.parametrize("name", ["regions.csv", "places.csv"])
def test_kinds_are_known(name):
    assert {row["kind"] for row in read_rows(name)} <= KINDS[name]


@pytest.mark.parametrize("name", ["region_aliases.csv", "places.csv"])
def test_curated_files_sorted_by_code_then_name(name):
    rows = read_rows(name)
    column = NAME_COLUMN[name]
    keys = [(row["code"], row[column].casefold(), row[column]) for row in rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize("name", ["region_aliases.csv", "places.csv"])
def test_every_row_has_a_note(name):
    assert all(row["note"] for row in read_rows(name))


# --- aliases ------------------------------------------------------------------------


def test_alias_codes_exist():
    assert {row["code"] for row in ALIASES} <= set(REGION_BY_CODE)


def test_no_alias_maps_to_two_codes():
    codes = defaultdict(set)
    for row in ALIASES:
        codes[row["alias"].casefold()].add(row["code"])
    assert {alias: c for alias, c in codes.items() if len(c) > 1} == {}
    assert len(ALIASES) == len(codes), "duplicate alias rows"


def test_every_region_has_an_alias():
    assert set(REGION_BY_CODE) <= {row["code"] for row in ALIASES}


@pytest.mark.parametrize("code", LABELING_CODES)
def test_labeling_code_has_row_and_alias(code):
    assert code in REGION_BY_CODE
    assert any(row["code"] == code for row in ALIASES)


def test_pycountry_names_are_aliases():
    alias_code = {row["alias"]: row["code"] for row in ALIASES}
    for cc in ("RU", "UA"):
        for sub in pycountry.subdivisions.get(country_code=cc):
            assert alias_code.get(sub.name) == sub.code, sub.name
            assert alias_code.get(sub.name.replace("'", "")) == sub.code, sub.name


def test_region_names_are_aliases_or_resolve_via_stem():
    """'Bryansk' is an alias; 'Leningrad Oblast' resolves as 'Leningrad' + generic word;
    'Moscow Oblast' / 'Kyiv Oblast' resolve through the surrounded city's surrounding_code."""
    alias_code = {row["alias"]: row["code"] for row in ALIASES}
    surrounded_by = {row["surrounding_code"]: row for row in REGIONS if row["surrounding_code"]}
    for row in REGIONS:
        name, code = row["name"], row["code"]
        if alias_code.get(name) == code:
            continue
        stem = name.removesuffix(" Oblast")
        if alias_code.get(stem) == code:
            continue
        city = surrounded_by.get(code)
        assert city is not None and stem == city["name"], name


def test_generic_word_surrounding_forms_are_not_aliases():
    aliases = {row["alias"].casefold() for row in ALIASES}
    assert not aliases & {"moscow region", "moscow oblast", "kyiv region", "kyiv oblast"}


# --- places -------------------------------------------------------------------------


def test_place_codes_exist():
    assert {row["code"] for row in PLACES} <= set(REGION_BY_CODE)


def test_place_rows_unique_per_name_and_code():
    keys = [(row["name"].casefold(), row["code"]) for row in PLACES]
    assert len(keys) == len(set(keys))


def test_ambiguity_is_marked():
    """A place name with several codes, or whose bare form is another region's alias, says so."""
    codes = defaultdict(set)
    for row in PLACES:
        codes[row["name"].casefold()].add(row["code"])
    alias_code = {row["alias"].casefold(): row["code"] for row in ALIASES}
    for row in PLACES:
        key = row["name"].casefold()
        clash = len(codes[key]) > 1 or alias_code.get(key, row["code"]) != row["code"]
        assert row["note"].startswith("ambiguous") == clash, row


def test_alias_clashing_with_place_has_a_place_row_for_the_alias_code():
    """Or the places are all districts of other regions named like the region, read only after "district"
    ("the Krasnoyarsky district" of Astrakhan; stats.gazetteer.Gazetteer._codes)."""
    codes, kinds = defaultdict(set), defaultdict(set)
    for row in PLACES:
        codes[row["name"].casefold()].add(row["code"])
        kinds[row["name"].casefold()].add(row["kind"])
    for row in ALIASES:
        key = row["alias"].casefold()
        if codes[key] and row["code"] not in codes[key] and not (kinds[key] == {"district"} and row["note"] == "adjectival form"):
            pytest.fail(f"{row['alias']}: alias {row['code']} but places only {sorted(codes[key])}")


def test_out_of_scope_names_not_in_gazetteer():
    ours = {row["alias"].casefold() for row in ALIASES} | {row["name"].casefold() for row in PLACES}
    clashes = sorted(row["name"] for row in OUT_OF_SCOPE if row["name"].casefold() in ours)
    assert clashes == []


def test_out_of_scope_excludes_russia_and_ukraine():
    names = {row["name"].casefold() for row in OUT_OF_SCOPE}
    assert not names & {"russia", "russian federation", "ukraine"}
    assert {"turkey", "türkiye", "belarus", "united states", "california", "washington", "minsk"} <= names


# --- spot checks: alias or place -> code ---------------------------------------------


def lookup(name: str) -> set[str]:
    """Every code a name can mean, from aliases and places."""
    key = name.casefold()
    found = {row["code"] for row in ALIASES if row["alias"].casefold() == key}
    found |= {row["code"] for row in PLACES if row["name"].casefold() == key}
    return found


UNAMBIGUOUS = [
    # from LABELING.md
    ("Kaspiysk", "RU-DA"),
    ("Budennovsk", "RU-STA"),
    ("Budyonnovsk", "RU-STA"),
    ("Novoshakhtinsk", "RU-ROS"),
    ("Moscow", "RU-MOW"),
    # regions named in news
    ("Oryol", "RU-ORL"),
    ("Orel", "RU-ORL"),
    ("Bryanskaya", "RU-BRY"),
    ("Nizhniy Novgorod", "RU-NIZ"),
    ("Kabardino-Balkarian", "RU-KB"),
    ("North Ossetia-Alania", "RU-SE"),
    ("Bashkiria", "RU-BA"),
    ("Kuban", "RU-KDA"),
    ("Krasnodarsky", "RU-KDA"),
    ("St. Petersburg", "RU-SPE"),
    ("Petersburg", "RU-SPE"),
    ("Leningrad", "RU-LEN"),
    ("Yakutia", "RU-SA"),
    ("Kiev", "UA-30"),
    ("Kharkov", "UA-63"),
    ("Odessa", "UA-51"),
    ("Nikolayev", "UA-48"),
    ("Zaporozhye", "UA-23"),
    ("Lugansk", "UA-09"),
    ("Dnepropetrovsk", "UA-12"),
    ("Chernigov", "UA-74"),
    ("Crimean Peninsula", "UA-43"),
    ("Republic of Crimea", "UA-43"),
    ("Sevastopol", "UA-40"),
    ("Azov Sea", "SEA-AZOV"),
    ("Sea of Azov", "SEA-AZOV"),
    ("Caspian", "SEA-CASPIAN"),
    ("Black Sea", "SEA-BLACK"),
    ("Baltic Sea", "SEA-BALTIC"),
    # districts and towns
    ("Akhtubinsk", "RU-AST"),
    ("New Kakhovka", "UA-65"),
    ("Nova Kakhovka", "UA-65"),
    ("Surazhsky", "RU-BRY"),
    ("Surazhskiy", "RU-BRY"),
    ("Vygonichsky", "RU-BRY"),
    ("Ramensky", "RU-MOS"),
    ("Ramenskoye", "RU-MOS"),
    ("Ramenskoe", "RU-MOS"),
    ("Domodedovsky", "RU-MOS"),
    ("Narofominsk", "RU-MOS"),
    ("Shebekinsky", "RU-BEL"),
    ("Grayvoronsky", "RU-BEL"),
    ("Yakovlevo", "RU-BEL"),
    ("Sudzha", "RU-KRS"),
    ("Kurchatovsky", "RU-KRS"),
    ("Kalacheyevsky", "RU-VOR"),
    ("Kalachevsky", "RU-VGG"),
    ("Upper Don", "RU-ROS"),
    ("Verkhnedonskoy", "RU-ROS"),
    ("Millerovo", "RU-ROS"),
    ("Morozovsk", "RU-ROS"),
    ("Kamensk-Shakhtinsky", "RU-ROS"),
    ("Yeysk", "RU-KDA"),
    ("Eysk", "RU-KDA"),
    ("Primorsko-Akhtarsk", "RU-KDA"),
    ("Slavyansk-na-Kubani", "RU-KDA"),
    ("Kushchevsky", "RU-KDA"),
    ("Tuapse", "RU-KDA"),
    ("Yelabuga", "RU-TA"),
    ("Alabuga", "RU-TA"),
    ("Nizhnekamsk", "RU-TA"),
    ("Engels", "RU-SAR"),
    ("Kstovo", "RU-NIZ"),
    ("Toropets", "RU-TVE"),
    ("Kirishi", "RU-LEN"),
    ("Ust-Luga", "RU-LEN"),
    ("Olenya", "RU-MUR"),
    ("Yelets", "RU-LIP"),
    ("Lyudinovo", "RU-KLU"),
    ("Michurinsk", "RU-TAM"),
    ("Simferopol", "UA-43"),
    ("Feodosia", "UA-43"),
    ("Evpatoria", "UA-43"),
    ("Dzhankoi", "UA-43"),
    ("Belbek", "UA-40"),
    ("Kacha", "UA-40"),
    ("Cape Fiolent", "UA-40"),
    ("Henichesk", "UA-65"),
    ("Melitopol", "UA-23"),
    ("Enerhodar", "UA-23"),
    ("Mariupol", "UA-14"),
    ("Horlivka", "UA-14"),
    ("Gorlovka", "UA-14"),
    ("Taganrog Bay", "SEA-AZOV"),
]

AMBIGUOUS = [
    ("Donetsk", {"RU-ROS", "UA-14"}),
    ("Alekseyevsky", {"RU-BEL", "RU-VGG", "RU-SAM", "RU-TA"}),
    ("Kamensky", {"RU-ROS", "RU-VOR", "RU-TUL", "RU-PNZ"}),
    ("Zhukovsky", {"RU-MOS", "RU-BRY", "RU-KLU"}),
    ("Krasnoarmeysky", {"RU-KDA", "RU-VGG", "RU-SAR", "RU-SAM"}),
    ("Azov", {"RU-ROS", "SEA-AZOV"}),
    ("Slavyansk", {"RU-KDA", "UA-14"}),
    ("Kirov", {"RU-KIR", "RU-KLU"}),
    ("Maysky", {"RU-BEL", "RU-KB"}),
]

NOT_IN_GAZETTEER = ["Moscow Region", "Belarus", "Washington", "Russia", "Ukraine"]


@pytest.mark.parametrize("name, code", UNAMBIGUOUS, ids=[name for name, _ in UNAMBIGUOUS])
def test_spot_check(name, code):
    assert lookup(name) == {code}


@pytest.mark.parametrize("name, codes", AMBIGUOUS, ids=[name for name, _ in AMBIGUOUS])
def test_spot_check_ambiguous(name, codes):
    assert lookup(name) == codes


@pytest.mark.parametrize("name", NOT_IN_GAZETTEER)
def test_spot_check_absent(name):
    assert lookup(name) == set()


def test_an_ambiguous_name_has_at_most_one_usual_reading():
    from stats.gazetteer import USUAL_READING

    usual = defaultdict(list)
    for row in PLACES:
        if row["note"].startswith(USUAL_READING):
            usual[row["name"].casefold()].append(row["code"])
    assert usual, "no name has a usual reading"
    assert {name: codes for name, codes in usual.items() if len(codes) > 1} == {}


def test_a_name_with_no_entry_is_an_unknown_place_named_in_its_problem():
    # reached when a name's lower-case key is missing from the entries (a hyphen or apostrophe spelled otherwise)
    place = gazetteer()._resolve(0, 9, "no such key", "", "Nowhereka and more")
    assert (place.code, place.scope, place.problem) == (None, "unknown", "unknown place 'Nowhereka'")
