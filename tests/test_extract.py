"""The reading pipeline and the extract / evaluate commands, on text written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer.core import Gazetteer
from gazetteer.model import Precision
from gazetteer.rank import haversine_km
from geodata.cli import cli
from geodata.extract import Extractor, MentionReading
from geodata.model import Role
from geodata.reports import parse_report
from tests.conftest import SEED_GOLD, SEEDS

pytestmark = pytest.mark.slow

REPORT = """---
title: Test wire on overnight drone attacks
source: Test Wire
url: https://example.org/wire/1
published: 2023-10-13
---
Air force officials said on Friday that Russia launched 28 Shahed drones from the Primorsko-Akhtarsk area and from Cape Chauda overnight.

Air defence destroyed 20 of them over the Mykolaiv and Odesa regions, the command said.

Early on Thursday, drones struck a grain terminal in Izmail, damaging two warehouses, the regional governor said.

According to the National Resistance Center, Iranian instructors are stationed at the Lida air base in Belarus.

Iran's foreign ministry denied that any Iranian personnel were in Belarus.
"""

EXTRACT_FIELDS = ("report", "surface", "start", "end", "name", "country", "lat", "lon",
                  "precision", "roles", "claimant", "stance", "date", "score", "source",
                  "sentence")


@pytest.fixture(scope="module")
def extraction(full_gazetteer: Gazetteer) -> object:
    report = parse_report(REPORT, report_id="wire.md")
    return Extractor(full_gazetteer).extract(report)


def by_surface(extraction: object) -> dict[str, object]:
    return {r.mention.surface: r for r in extraction.readings}  # type: ignore[attr-defined]


def test_offsets_index_the_body(extraction: object) -> None:
    body = extraction.report.body  # type: ignore[attr-defined]
    for r in extraction.readings:  # type: ignore[attr-defined]
        m = r.mention
        assert body[m.start:m.end] == m.surface
        assert body[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence


def test_roles_are_read(extraction: object) -> None:
    got = by_surface(extraction)
    assert Role.LAUNCH_SITE in got["Primorsko-Akhtarsk"].roles  # type: ignore[attr-defined]
    assert Role.LAUNCH_SITE in got["Cape Chauda"].roles  # type: ignore[attr-defined]
    assert got["Odesa"].roles == (Role.OTHER,)  # type: ignore[attr-defined]  # a shoot-down
    assert Role.STRIKE_TARGET in got["Izmail"].roles  # type: ignore[attr-defined]


def test_facility_preferred_when_the_text_names_an_air_base(extraction: object) -> None:
    lida = by_surface(extraction)["Lida air base"]
    res = lida.mention.resolution  # type: ignore[attr-defined]
    assert res is not None and res.precision.value == "facility"
    assert res.source.startswith("curated:")


def test_weekday_resolved_against_publication(extraction: object) -> None:
    izmail = by_surface(extraction)["Izmail"]
    assert izmail.date == "2023-10-12"  # type: ignore[attr-defined]  # Thursday before Fri 13


def test_claims_carry_provenance(extraction: object) -> None:
    claims = extraction.claims  # type: ignore[attr-defined]
    assert claims
    for c in claims:
        assert c.mention.report_id == "wire.md"
        assert c.mention.resolution is None or c.mention.resolution.source


def test_extract_cli_jsonl_contract(tmp_path: Path, full_gazetteer: Gazetteer) -> None:
    (tmp_path / "wire.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    res = CliRunner().invoke(cli, ["extract", str(tmp_path)],
                             obj={"gazetteer": full_gazetteer})
    assert res.exit_code == 1  # one file could not be read ...
    assert "junk.txt" in res.output  # ... and says which
    rows = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert rows, "the good file was still processed"
    for row in rows:
        for key in EXTRACT_FIELDS:
            assert key in row
        assert isinstance(row["roles"], list)
    assert {"Izmail", "Cape Chauda"} <= {r["surface"] for r in rows}


def test_extract_cli_table(tmp_path: Path, full_gazetteer: Gazetteer) -> None:
    (tmp_path / "wire.md").write_text(REPORT, encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "wire.md"), "--format", "table"],
                             obj={"gazetteer": full_gazetteer})
    assert res.exit_code == 0
    assert "Izmail" in res.output and "strike_target" in res.output


@pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/seeds")
def test_seed_scores(full_gazetteer: Gazetteer) -> None:
    res = CliRunner().invoke(cli, ["evaluate", "--reports", str(SEEDS), "--gold", str(SEED_GOLD),
                                   "--json"], obj={"gazetteer": full_gazetteer})
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["resolution"]["accuracy"] >= 0.95
    assert d["roles"]["f1"] >= 0.9
    assert d["recognition"]["recall"] >= 0.95


EXTRA = Path(__file__).parent / "data" / "extra"


def test_extra_report_scores(full_gazetteer: Gazetteer) -> None:
    # this gold annotates every country named as a place (see tests/data/extra/README.md)
    res = CliRunner().invoke(cli, ["evaluate", "--reports", str(EXTRA / "reports"), "--gold",
                                   str(EXTRA / "gold.jsonl"), "--json", "--countries", "places"],
                             obj={"gazetteer": full_gazetteer})
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["recognition"]["precision"] >= 0.9
    assert d["recognition"]["recall"] >= 0.9
    assert d["resolution"]["accuracy"] >= 0.9


def test_evaluate_only_sets_other_gold_aside(tmp_path: Path, full_gazetteer: Gazetteer) -> None:
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.md").write_text("---\ntitle: t\n---\nDrones hit Odesa. French "
                                         "officials met in Lviv.\n", encoding="utf-8")
    rows = [{"report": "a.md", "surface": "Odesa", "canonical": "Odesa", "country": "UA",
             "lat": 46.48, "lon": 30.72, "precision": "settlement", "role": "strike_target",
             "kind": "literal"},
            {"report": "a.md", "surface": "Lviv", "canonical": "Lviv", "country": "UA",
             "lat": 49.84, "lon": 24.03, "precision": "settlement", "role": "other",
             "kind": "other"}]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    base = ["evaluate", "--reports", str(tmp_path / "r"), "--gold", str(gold_path), "--json"]
    res = CliRunner().invoke(cli, [*base, "--only", "kind=literal"],
                             obj={"gazetteer": full_gazetteer})
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)["recognition"]
    assert (rec["tp"], rec["fp"], rec["fn"]) == (1, 0, 0)  # Lviv found, but neutral
    res = CliRunner().invoke(cli, [*base, "--only", "kind"], obj={"gazetteer": full_gazetteer})
    assert res.exit_code != 0 and "FIELD=VALUE" in res.output


COUNTRY_REPORT = """---
title: Test of country mentions
published: 2023-05-02
---
Iranian instructors were seen in Belarus this spring.
Strikes hit the western regions of Ukraine overnight.
Tehran had supplied the drones to Russia, and the war in Ukraine went on.
Ministers will meet in Luxembourg next week.
"""


def test_countries_are_kept_where_the_text_locates_something(full_gazetteer: Gazetteer) -> None:
    report = parse_report(COUNTRY_REPORT, report_id="countries.md")
    strict = Extractor(full_gazetteer).extract(report)
    got = {(r.mention.surface, r.mention.start) for r in strict.readings}
    surfaces = [s for s, _ in got]
    assert "Belarus" in surfaces  # instructors alleged there
    assert "Russia" not in surfaces  # a recipient of drones, not a place on the map
    ukraine = [r for r in strict.readings if r.mention.surface == "Ukraine"]
    assert len(ukraine) == 1  # "the western regions of Ukraine", not "the war in Ukraine"
    lux = [r for r in strict.readings if r.mention.surface == "Luxembourg"]
    assert lux and lux[0].mention.resolution.precision.value == "settlement"  # the capital
    places = Extractor(full_gazetteer, countries="places").extract(report)
    assert len([r for r in places.readings if r.mention.surface == "Ukraine"]) == 2
    assert "Russia" not in [r.mention.surface for r in places.readings]
    every = Extractor(full_gazetteer, countries="all").extract(report)
    assert "Russia" in [r.mention.surface for r in every.readings]


def test_a_negative_statement_is_a_denied_claim(full_gazetteer: Gazetteer) -> None:
    text = ("---\ntitle: t\npublished: 2023-01-10\n---\nThere are no Iranian military personnel "
            "in Belarus, the foreign ministry in Tehran said on Monday.\n")
    claims = Extractor(full_gazetteer).extract(parse_report(text, report_id="d.md")).claims
    belarus = [c for c in claims if c.mention.surface == "Belarus"]
    assert [(c.role.value, c.stance.value) for c in belarus] == [
        ("instructor_location", "denied")]


def _readings(gazetteer: Gazetteer, body: str) -> dict[str, MentionReading]:
    """The readings of a one-report body, by surface."""
    report = parse_report(f"---\ntitle: t\n---\n{body}\n", report_id="t.md")
    return {r.mention.surface: r for r in Extractor(gazetteer).extract(report).readings}


def test_a_village_no_table_places_is_somewhere_in_the_region_the_text_names(
        full_gazetteer: Gazetteer) -> None:
    got = {surface: r.mention.resolution for surface, r in _readings(
        full_gazetteer, "A drone fell on the village of Kolotilovka in the Belgorod region. "
        "Drones hit Kyiv, Kyiv region, and Sevastopol, Crimea.").items()}
    # a namesake by sound in another oblast (Kotlovka, Moscow) gives way to the named region
    assert (got["Kolotilovka"].admin1, got["Kolotilovka"].precision) == ("RU-BEL", Precision.REGION)
    readings = _readings(full_gazetteer, "Уламки впали у селі Колотилівка Харківської області.")
    assert readings["Колотилівка"].mention.resolution.admin1 == "UA-63"
    # an ambiguous community after an unknown village is read in the text's context: the
    # Kharkiv oblast's Zolochiv community after its district, not the Lviv oblast's
    readings = _readings(full_gazetteer, "У Богодухівському районі дрон влучив у село "
                         "Гонтарівка в Золочівській громаді.")
    assert readings["Гонтарівка"].mention.resolution.admin1 == "UA-63"
    assert readings["Золочівській громаді"].mention.resolution.admin1 == "UA-63"
    # without a region it stands unresolved, for an analyst to place
    assert _readings(full_gazetteer, "Дрон упав у селі Колотилівка.")[
        "Колотилівка"].mention.resolution is None
    # a district named after a river, not after the Moldovan town it would be read through,
    # is somewhere in the oblast the text puts it in; that oblast only says where it lies
    readings = _readings(full_gazetteer, "Уламки дрона пошкодили будинки у Дністровському "
                         "районі Чернівецької області.")
    district = readings["Дністровському районі"]
    assert district.mention.resolution.admin1 == "UA-77"
    assert [r.value for r in readings["Чернівецької області"].roles] == ["other"]
    # a city and the region around it are not one inside the other
    assert got["Kyiv"].precision is Precision.SETTLEMENT
    assert got["Sevastopol"].precision is Precision.SETTLEMENT


def test_listed_district_adjectives_are_districts_of_the_city(
        full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Drones attacked Kharkiv overnight. Explosions shook "
                         "the Shevchenkivskyi and Slobidskyi districts of Kharkiv.")
    for surface in ("Shevchenkivskyi", "Slobidskyi"):
        district = readings[surface].mention.resolution
        assert district is not None and district.admin1 == "UA-63", surface
        assert district.precision is not Precision.COUNTRY


def test_district_adjectives_listed_after_a_colon_are_districts(
        full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Уночі дрони атакували Київ. Пошкодження є у трьох "
                         "районах міста: Голосіївському, Оболонському та Дарницькому.")
    for surface, name in (("Голосіївському", "Holosiyiv district"),
                          ("Оболонському", "Obolon district")):
        district = readings[surface].mention.resolution
        assert district is not None and district.name == name, surface
    darnytskyi = readings["Дарницькому"].mention.resolution
    assert darnytskyi is not None and darnytskyi.admin1 == "UA-30"


def test_the_place_of_an_official_who_speaks_alleges_nothing(
        full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Kharkiv Governor Oleh Syniehubov said Shahed drones "
                         "hit a warehouse in Chuhuiv overnight.")
    assert [r.value for r in readings["Kharkiv"].roles] == ["other"]
    assert [r.value for r in readings["Chuhuiv"].roles] == ["strike_target"]
    # (where only the damage is told, the official's region is not taken for its place)
    readings = _readings(full_gazetteer, "Shahed drones damaged port infrastructure overnight, "
                         "Odesa region Governor Oleg Kiper said.")
    assert [r.value for r in readings["Odesa region"].roles] == ["other"]


def test_a_dateline_is_where_the_report_was_filed_not_a_target(
        full_gazetteer: Gazetteer) -> None:
    # (a heading place before a dash is what the harm after it hit: not one in capitals)
    readings = _readings(full_gazetteer, "KHARKIV - Russian drones launched in an overnight "
                         "attack damaged an infrastructure facility in the southern Odesa "
                         "region, officials said.")
    assert [r.value for r in readings["KHARKIV"].roles] == ["other"]
    assert [r.value for r in readings["Odesa region"].roles] == ["strike_target"]
    readings = _readings(full_gazetteer, "LVIV, Ukraine, March 3 (Reuters) - Russian drones "
                         "damaged a power substation overnight, the governor said.")
    assert [r.value for r in readings["LVIV"].roles] == ["other"]


def test_a_power_cut_the_weather_caused_is_no_strike(full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Уночі ворог атакував Сумщину дронами. Крім того, "
                         "через негоду без світла залишилися 14 сіл у Краснопільській та "
                         "Буринській громадах.")
    assert [r.value for r in readings["Сумщину"].roles] == ["strike_target"]
    for surface in ("Краснопільській", "Буринській громадах"):
        assert [r.value for r in readings[surface].roles] == ["other"], surface


def test_the_region_of_an_official_named_with_a_possessive_alleges_nothing(
        full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "A missile damaged a school and three houses in Kryvyi "
                         "Rih, wounding five people, the Dnipropetrovsk region's governor said.")
    region = readings["Dnipropetrovsk region"]
    assert region.roles == (Role.OTHER,) and "other:official_of" in region.cues
    assert readings["Kryvyi Rih"].roles == (Role.STRIKE_TARGET,)


def test_a_declined_power_plant_is_the_plant_not_its_city(full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Оккупанты нанесли удар по территории вблизи "
                         "Хмельницкой АЭС. Дроны летели на Хмельницкий.")
    plant = readings["Хмельницкой АЭС"]
    assert plant.mention.resolution.precision is Precision.FACILITY
    # (the station stands at Netishyn, about 100 km north of the city it is named after)
    assert plant.mention.resolution.lat > 50.2
    assert [r.value for r in plant.roles] == ["strike_target"]


def test_a_big_city_in_a_case_form_places_its_districts(full_gazetteer: Gazetteer) -> None:
    # two cities have an Industrialnyi district; "у Харкові" (a locative, scored lower for the
    # inflection alone) says which
    for city, oblast in (("Харкові", "UA-63"), ("Дніпрі", "UA-12")):
        readings = _readings(full_gazetteer, f"Дрон влучив у будинок у {city}. Під атакою "
                             "опинився Індустріальний район. Рятувальники працювали до ранку.")
        assert readings["Індустріальний район"].mention.resolution.admin1 == oblast


def test_a_city_quarter_read_from_a_bare_adjective_does_not_steer_districts(
        full_gazetteer: Gazetteer) -> None:
    # "з Дніпровського" alone reads as Kyiv's Dniprovskyi (a quarter GeoNames lists as a town
    # of 358,000), which must not make Kyiv the context of the raion the report names
    readings = _readings(full_gazetteer, "Вночі ворог атакував Дніпропетровську область "
                         "дронами. У селищі Дніпровського району пошкоджено два будинки. "
                         "Один дрон прилетів з Дніпровського.")
    assert readings["Дніпровського району"].mention.resolution.admin1 == "UA-12"


def test_a_listed_big_city_under_another_spelling_keeps_its_place(
        full_gazetteer: Gazetteer) -> None:
    # "Chernigiv" (an alternate spelling of Chernihiv) does not give way to the region listed
    # after it, as a guessed or small place would
    readings = _readings(full_gazetteer, "Drones hit energy sites, targeting the Lviv, "
                         "Chernigiv, Vinnytsia and Kherson regions.")
    assert readings["Chernigiv"].mention.resolution.admin1 == "UA-74"


def test_an_introduced_village_in_a_named_district_is_somewhere_in_that_district(
        full_gazetteer: Gazetteer) -> None:
    # "у населеному пункті X" introduces a settlement as "у селі X" does; with no table to
    # place it, it is in the raion the text names after it (an area pinned on its centre),
    # and the harm told after it makes both targets
    readings = _readings(full_gazetteer, "Вночі у населеному пункті Сиваш, Лозівського району "
                         "внаслідок атаки дрона пошкоджено склад.")
    village = readings["Сиваш"]
    assert village.mention.resolution is not None
    assert village.mention.resolution.source.endswith("#district")
    assert village.mention.resolution.admin1 == "UA-63"
    assert [r.value for r in village.roles] == ["strike_target"]
    # a foreign town that sounds alike is no reading of an introduced village
    lone = _readings(full_gazetteer, "Уламки впали у селі Завадське, пошкоджено дах.")
    assert lone["Завадське"].mention.resolution is None
    # villages coordinated after the introducing word are villages too
    both = _readings(full_gazetteer, "У селах Сиваш та Одноробівка Богодухівського району "
                     "пошкоджено будинки.")
    assert set(both) >= {"Сиваш", "Одноробівка"}
    # a spelling guess in another oblast gives way to the district the text names, and so
    # does an introduced village whose guesses were all turned down
    for village in ("Мала Іванівка", "Суха Каменка"):
        got = _readings(full_gazetteer, f"У селі {village} Ізюмського району знайшли уламки.")
        resolution = got[village].mention.resolution
        assert resolution is not None and resolution.admin1 == "UA-63"
        assert resolution.source.endswith("#district")


def test_a_village_read_as_a_namesake_elsewhere_gives_way_to_its_district(
        full_gazetteer: Gazetteer) -> None:
    # the tables read "Степове" first as a village of Mykolaiv oblast; the text puts its Stepove
    # in a district of Chernihiv oblast that one district bears, and a later mention is the same
    got = _readings(full_gazetteer, "Дрон влучив у будинок у селі Степове Новгород-Сіверського "
                    "району. Пожежу в Степове загасили.")
    resolution = got["Степове"].mention.resolution
    assert resolution is not None and resolution.admin1 == "UA-74"
    assert resolution.source.endswith("#district")
    # a community whose name many bear does not move the village
    kept = _readings(full_gazetteer, "Дрон влучив у будинок у селі Степове Семенівської "
                     "громади.")["Степове"].mention.resolution
    assert kept is not None and kept.precision is Precision.SETTLEMENT


def test_a_guess_in_a_country_the_report_never_names_is_no_reading(
        full_gazetteer: Gazetteer) -> None:
    # "Lomachi" read through a case ending is a German town (Lommatzsch); the report is about
    # Belarus, where the abandoned village lies in no table
    got = _readings(full_gazetteer, "Drones may be launched from the village of Lomachi in "
                    "Belarus, near the border with Ukraine.")
    assert got["Lomachi"].mention.resolution is None
    assert [r.value for r in got["Lomachi"].roles] == ["launch_site"]
    # (one the project lists is placed: Ulasy, of the same reserve)
    got = _readings(full_gazetteer, "Drones may be launched from the village of Ulasy in "
                    "Belarus, near the border with Ukraine.")
    assert got["Ulasy"].mention.resolution.country == "BY"


def test_the_danube_is_a_river_in_no_one_country(full_gazetteer: Gazetteer) -> None:
    # (not Podunavlje, the Serbian district whose English name it is); ports on it were hit
    got = _readings(full_gazetteer, "Russian drones attacked ports on the Danube overnight.")
    danube = got["Danube"]
    assert danube.mention.resolution is not None
    assert danube.mention.resolution.source.startswith("curated:")
    assert danube.mention.resolution.country == ""
    assert [r.value for r in danube.roles] == ["other"]


def test_a_city_that_names_its_region_places_the_village_it_contains(
        full_gazetteer: Gazetteer) -> None:
    # "in Kherson" after a village says where the village lies, as "in the Kherson region"
    # would; a city merely listed beside others is no such hint ("Odesa and Boston")
    got = {surface: r.mention.resolution for surface, r in _readings(
        full_gazetteer, "The trainers are housed in Hladivtsi in Kherson, the report says. The "
        "delegation visited Washington, New York and Boston.").items()}
    assert got["Hladivtsi"].name == "Hladkivka" and got["Hladivtsi"].admin1 == "UA-65"
    assert got["Boston"].admin1 == "US-MA"


def test_a_strike_in_the_attackers_country_is_not_a_target(full_gazetteer: Gazetteer) -> None:
    # the strike layer maps what the Shaheds hit; a drone hitting Belgorod is Ukraine's, and a
    # launch site in Russia keeps its role
    got = _readings(full_gazetteer, "A drone hit a house in Belgorod overnight. Drones launched "
                    "from Kursk hit Sumy.")
    assert [x.value for x in got["Belgorod"].roles] == ["other"]
    assert "other:attacker_territory" in got["Belgorod"].cues
    assert [x.value for x in got["Kursk"].roles] == ["launch_site"]
    assert [x.value for x in got["Sumy"].roles] == ["strike_target"]


def test_a_river_is_not_struck_what_stands_on_it_is(full_gazetteer: Gazetteer) -> None:
    # "warehouses on the Dnipro River" were the target; the river only locates them
    river = _readings(full_gazetteer, "Drones damaged grain warehouses on the Dnipro River.")
    assert [x.value for x in river["Dnipro River"].roles] == ["other"]
    assert "other:river" in river["Dnipro River"].cues
    city = _readings(full_gazetteer, "Drones damaged grain warehouses in Dnipro.")
    assert [x.value for x in city["Dnipro"].roles] == ["strike_target"]


def test_a_sea_is_not_struck_and_its_inflected_names_are_known(
        full_gazetteer: Gazetteer) -> None:
    # the ports were the target; a place in no country (a sea) is not
    got = _readings(full_gazetteer, "Drones attacked port facilities in the Sea of Azov.")
    assert [x.value for x in got["Sea of Azov"].roles] == ["other"]
    assert "other:no_country" in got["Sea of Azov"].cues
    # "Чорного моря" is the Black Sea in the genitive, not a fuzzy Montenegro
    sea = _readings(full_gazetteer, "Дрони летіли з акваторії Чорного моря.")
    resolution = sea["Чорного моря"].mention.resolution
    assert resolution is not None and resolution.name == "Black Sea"


def test_a_region_after_a_struck_place_only_says_where_it_is(
        full_gazetteer: Gazetteer) -> None:
    # "X район на Y-щині", "город X, что в Y области", "the X district of Y Oblast": the region
    # holds the struck place and is not struck as a whole, even where the debris did damage
    got = _readings(full_gazetteer, "У Бородянському районі на Київщині дрон влучив у склад.")
    assert [x.value for x in got["Бородянському районі"].roles] == ["strike_target"]
    assert [x.value for x in got["Київщині"].roles] == ["other"]
    ru = _readings(full_gazetteer, "Под ударом оказался город Умань, что в Черкасской области.")
    assert [x.value for x in ru["Умань"].roles] == ["strike_target"]
    assert [x.value for x in ru["Черкасской области"].roles] == ["other"]
    en = _readings(full_gazetteer, "The wreckage of a downed drone fell in the Stryi district "
                                   "of Lviv Oblast, causing a fire in a barn.")
    assert [x.value for x in en["Stryi district"].roles] == ["strike_target"]
    assert [x.value for x in en["Lviv Oblast"].roles] == ["other"]


def test_the_hromadas_a_district_lists_after_a_dash_lie_in_it(
        full_gazetteer: Gazetteer) -> None:
    # three towns share "Покровская" and two "Славянская": the district the list spells out
    # decides, even for a hromada on its far edge (Slovianka lies 88 km from Synelnykove)
    got = _readings(full_gazetteer, "Досталось и Синельниковщине: Славянская и Покровская "
                                    "громады остались без света.")
    for surface, name in (("Славянская", "Slovyanka hromada"),
                          ("Покровская громады", "Pokrovske hromada")):
        resolution = got[surface].mention.resolution
        assert resolution is not None and resolution.name == name, (surface, resolution)
    # what the district is alleged to be, the places it spells out share; a district over
    # which drones were only downed gives them nothing
    struck = _readings(full_gazetteer, "Під ударом була Синельниківщина – Межівська та "
                                       "Покровська громади.")
    assert [x.value for x in struck["Межівська"].roles] == ["strike_target"]
    assert [x.value for x in struck["Покровська громади"].roles] == ["strike_target"]
    # (a list the roles read as one clause with the district shares its strike there; one
    # item with its own noun takes it from the district, after the roles are read)
    one = _readings(full_gazetteer, "Під ударом була Синельниківщина – Межівська громада.")
    assert "strike:listed_part" in one["Межівська громада"].cues
    downed = _readings(full_gazetteer, "Дрони збили над Синельниківщиною – Межівська та "
                                       "Покровська громади.")
    assert [x.value for x in downed["Межівська"].roles] == ["other"]
    # ... and so do the hromadas of a sentence that a district opens ("Покровській" is
    # Pokrov's hromada by Nikopol, not Pokrovsk's in Donetsk oblast)
    opened = _readings(full_gazetteer, "На Нікопольщині вночі пошкоджено будинки у "
                                       "Марганецькій та Покровській громадах.")
    resolution = opened["Покровській громадах"].mention.resolution
    assert resolution is not None and resolution.name == "Pokrov hromada"
    # ... but a reading within the raion's sure reach is preferred to one at its edge
    village = _readings(full_gazetteer, "In the village of Prosiane, Synelnykove district, a "
                                        "drone set a house on fire.")["Prosiane"]
    assert village.mention.resolution is not None
    assert village.mention.resolution.name == "Prosyana"


def test_a_place_beside_another_in_brackets(full_gazetteer: Gazetteer) -> None:
    # the area around a launch site, in brackets or after a dash, alleges nothing itself
    got = _readings(full_gazetteer, "Шахеди запустили з Гвардійського (ТОТ АР Крим) і з мису "
                                    "Чауда – Крим.")
    assert [x.value for x in got["Гвардійського"].roles] == ["launch_site"]
    assert [x.value for x in got["мису Чауда"].roles] == ["launch_site"]
    assert [x.value for x in got["АР Крим"].roles] == ["other"]
    assert "other:bracketed_area" in got["АР Крим"].cues
    assert [x.value for x in got["Крим"].roles] == ["other"]
    # (after a dash, perhaps with words on what the area is, which the role model must not read
    # as a launch site either)
    area = _readings(full_gazetteer, "РФ атакувала Україну сотнею дронів, ППО збила більшість\n\n"
                                     "Запуски відбувалися з напрямків Курськ, Орел, Брянськ та "
                                     "Гвардійське - тимчасово окупована територія Криму. Близько 60 "
                                     "із них становили дрони типу Шахед.")
    assert [x.value for x in area["Криму"].roles] == ["other"]
    # the place within a launch area, in brackets, is where the launches were
    part = _readings(full_gazetteer, 'Ворог запустив БпЛА типу "Shahed-136" з тимчасово '
                                     'окупованого Криму (мис Чауда).')
    assert [x.value for x in part["Криму"].roles] == ["launch_site"]
    assert [x.value for x in part["мис Чауда"].roles] == ["launch_site"]
    # (where no rule reaches into the brackets, the part takes the area's role from it)
    part = _readings(full_gazetteer, "The drones came from occupied Crimea (Cape Chauda), the "
                                     "air force said.")
    assert [x.value for x in part["Cape Chauda"].roles] == ["launch_site"]
    assert "launch:bracketed_part" in part["Cape Chauda"].cues
    # two places of which neither holds the other keep their own readings
    apart = _readings(full_gazetteer, "Вночі дрони атакували Харків (а також Суми).")
    assert [x.value for x in apart["Суми"].roles] == ["strike_target"]
    assert not any("bracketed" in c for c in apart["Суми"].cues)


def test_a_county_read_through_its_town_does_not_steer_the_other_names(
        full_gazetteer: Gazetteer) -> None:
    # "Walker County" is only guessed from a town called Walker: that guess, an area now, must
    # not pull "LaFayette" into its state as a region the report named would
    alone = _readings(full_gazetteer, "Two inmates walked away from a work detail in LaFayette.")
    got = _readings(full_gazetteer, "The sheriff of Walker County said two inmates walked away "
                    "from a work detail in LaFayette.")
    county = got["Walker County"].mention.resolution
    assert county is not None and county.source.endswith("#county")
    assert got["LaFayette"].mention.resolution == alone["LaFayette"].mention.resolution


def test_a_struck_city_district_strikes_its_city(full_gazetteer: Gazetteer) -> None:
    # the city named right after its struck district was struck in it; a city far from the
    # district's point is not its container
    got = _readings(full_gazetteer, "В Новобаварском районе Харькова дрон попал в склад.")
    assert [x.value for x in got["Харькова"].roles] == ["strike_target"]
    assert "strike:container" in got["Харькова"].cues
    # (a town too small for districts of its own: the Bucha district stays the raion by Kyiv)
    far = _readings(full_gazetteer, "Drones hit the Bucha district of Izmail.")
    assert [x.value for x in far["Izmail"].roles] == ["other"]


def test_a_mention_is_not_its_own_anchor(full_gazetteer: Gazetteer) -> None:
    # "Очакова" is also the genitive of a Moscow district whose first, context-free reading
    # is sure enough to anchor the report; it must not vote for itself against the village
    # the report names beside it
    got = _readings(full_gazetteer, "Шахеды пролетели над Березанкой в направлении Очакова.")
    resolution = got["Очакова"].mention.resolution
    assert resolution is not None and resolution.country == "UA"


def test_a_district_before_its_city_in_the_genitive_is_placed_in_that_city(
        full_gazetteer: Gazetteer) -> None:
    # "Шевченківський район" exists in five cities; "Запоріжжя" right after it says which
    got = _readings(full_gazetteer, "Уночі дрон влучив у будинок у Шевченківському районі "
                    "Запоріжжя.")
    district = got["Шевченківському районі"].mention.resolution
    assert district is not None and district.admin1 == "UA-23"
    assert district.source.startswith("curated:")


def test_a_cyrillic_town_is_read_where_cyrillic_is_written(full_gazetteer: Gazetteer) -> None:
    # the locative "Саках" shares its Latin key with Şəki in Azerbaijan; read in a Ukrainian
    # sentence it is the Crimean town (or its air base), and the launch from it is kept
    got = _readings(full_gazetteer, "Росіяни запускали дрони з аеродрому в Саках.")
    reading = got["Саках"]
    assert reading.mention.resolution is not None
    assert reading.mention.resolution.country == "UA"
    assert reading.mention.resolution.admin1 == "UA-43"
    assert [r.value for r in reading.roles] == ["launch_site"]


def test_the_region_that_contains_a_struck_place_is_not_struck(full_gazetteer: Gazetteer) -> None:
    report = parse_report(
        "---\ntitle: t\n---\nВночі Росія атакувала безпілотниками місто Охтирка Сумської "
        "області. Drones also hit Makariv in the Kyiv region. Air defence shot down drones over "
        "Bila Tserkva in the Kyiv region.\n", report_id="t.md")
    got = [(r.mention.surface, [x.value for x in r.roles], r.mention.resolution)
           for r in Extractor(full_gazetteer).extract(report).readings]
    assert [(s, roles) for s, roles, _ in got] == [
        ("Охтирка", ["strike_target"]), ("Сумської області", ["other"]),
        ("Makariv", ["strike_target"]), ("Kyiv region", ["other"]),
        # shot down over a town: neither it nor its region was struck
        ("Bila Tserkva", ["other"]), ("Kyiv region", ["other"])]
    # the oblast, not the city of Kyiv that is a region of its own
    assert all(res is not None and res.admin1 == "UA-32" for s, _, res in got if s == "Kyiv region")


def test_a_name_keeps_its_first_reading_through_a_report(full_gazetteer: Gazetteer) -> None:
    # the first mention places the village by its neighbour across the river; a later bare
    # mention of the same name is the same village, not a namesake in another region the
    # report names
    report = parse_report(
        "---\ntitle: t\n---\nA ferry runs between Isaccea in Romania and Ukraine's Orlivka "
        "terminal. Drones were launched from Crimea overnight. Two drivers were "
        "hurt in the attack on the Orlivka border crossing.\n", report_id="t.md")
    got = [r.mention.resolution for r in Extractor(full_gazetteer).extract(report).readings
           if r.mention.surface == "Orlivka"]
    assert len(got) == 2 and got[0] is not None and got[0].admin1 == "UA-51"
    assert got[1] == got[0]


def test_a_country_people_were_sent_to_is_kept_with_its_role(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Iran sent military instructors to Belarus. Iran also "
                    "supplied drones to Russia.")
    assert [r.value for r in got["Belarus"].roles] == ["instructor_location"]
    assert "Russia" not in got  # a recipient of goods locates nothing


def test_a_community_is_read_as_its_centre(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "The enemy attacked Kutsurubska community in the Mykolaiv "
                    "region with drones. Уламки впали на території Южненської громади.")
    kutsurub = got["Kutsurubska community"].mention.resolution
    assert kutsurub is not None and kutsurub.admin1 == "UA-48"
    # Южне (renamed Pivdenne) in the Odesa region
    yuzhne = got["Южненської громади"].mention.resolution
    assert yuzhne is not None and yuzhne.admin1 == "UA-51"


def test_listed_oblasts_and_districts_resolve_as_areas(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Постраждали села Конотопського та Сумського районів. "
                    "Дрони знищено в таких областях, як Полтавська та Рівненська. Дрони летіли "
                    "з районів Чауди в Криму та Єйська.")
    konotop = got["Конотопського"].mention.resolution
    assert konotop is not None and konotop.admin1 == "UA-59"
    rivne = got["Рівненська"].mention.resolution
    assert rivne is not None and (rivne.admin1, rivne.precision.value) == ("UA-56", "region")
    yeysk = got["Єйська"].mention.resolution  # the town, not a district of another name
    assert yeysk is not None and yeysk.country == "RU" and abs(yeysk.lat - 46.7) < 0.2


def test_a_lower_case_district_or_county_after_a_name_is_that_area(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Sirens sounded across Vaslui county as drones crossed the "
                    "Prut. In Ukraine, a drone hit a barn in the Zmiiv hromada, and debris fell "
                    "in the Pavlohrad district.")
    for surface, admin1 in [("Vaslui county", "RO-VS"), ("Zmiiv hromada", "UA-63"),
                            ("Pavlohrad district", "UA-12")]:
        area = got[surface].mention.resolution
        # the whole phrase is the mention and names the area around its town, not the town
        assert area is not None and (area.admin1, area.precision.value) == (admin1, "region")


_HARKIV_DAY = ("Вночі дрони атакували Харків. Найбільше постраждав Слобідський район міста, де "
               "пошкоджено школу.")
_DNIPRO_NIGHT = ("Уночі Дніпро знову був під атакою. У Шахтарській громаді пошкоджено школу, а в "
                 "одному з сіл Дніпровського району згорів склад.")
_KYIV_DISTRICTS = ("Уламки впали на Черкаській області. Також дрони влучили в будинки в кількох "
                   "районах Києва: у Подільському та Шевченківському районах.")


@pytest.mark.parametrize(("text", "surface", "admin1"), [
    # a district named without its oblast is sought in the oblast of the report's city:
    # Kharkiv's own district, not a Sloboda district in another oblast
    (_HARKIV_DAY, "Слобідський район", "UA-63"),
    # Shakhtarske's hromada by Dnipro, not Shakhtarsk's in Donetsk oblast
    (_DNIPRO_NIGHT, "Шахтарській громаді", "UA-12"),
    # the raion around Dnipro, not the Kyiv district of that name: a district read as a place
    # of a city's size is not the context of its own reading
    (_DNIPRO_NIGHT, "Дніпровського району", "UA-12"),
    # "Києва" is Kyiv, and the districts after it are Kyiv's, not namesakes in Cherkasy oblast
    (_KYIV_DISTRICTS, "Подільському", "UA-30"),
    (_KYIV_DISTRICTS, "Шевченківському районах", "UA-30"),
])
def test_a_district_is_read_in_the_oblast_the_report_points_to(
        full_gazetteer: Gazetteer, text: str, surface: str, admin1: str) -> None:
    district = _readings(full_gazetteer, text)[surface].mention.resolution
    assert district is not None and district.admin1 == admin1


def test_a_place_whose_attacks_they_are_is_not_struck(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Moscow said a drone barrage cut power in one of its border "
                    "regions, one of Kyiv's largest drone attacks on its territory.")
    kyiv = got["Kyiv"]
    assert Role.STRIKE_TARGET not in kyiv.roles and "other:attacker" in kyiv.cues


def test_a_guess_far_from_every_place_of_the_report_stays_unplaced(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Drones hit the port of Izmail and Reni overnight, officials "
                    "in Odesa said. Debris was found near the village of Periprava, across the "
                    "Danube from Kiliia. Another drone fell near the town of Tatarbunnary.")
    # a spelling guess an ocean away (Pereira, Colombia) is no reading of a village by the
    # Danube: the mention stays, for an analyst to place
    assert "Periprava" in got and got["Periprava"].mention.resolution is None
    # a misspelt town near the report's other places is still read as that town
    near = got["Tatarbunnary"].mention.resolution
    assert near is not None and near.admin1 == "UA-51"


def test_a_region_in_brackets_after_a_place_contains_it(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Debris fell on the village of Kolotilovka (Belgorod region) "
                    "at night. У Фастові (Київська область) дрони атакували вокзал.")
    # an unlisted village is somewhere in the region in brackets ...
    village = got["Kolotilovka"].mention.resolution
    assert village is not None and village.admin1 == "RU-BEL"
    # ... and the region of a struck town only says where the town lies
    assert Role.STRIKE_TARGET in got["Фастові"].roles
    assert got["Київська область"].roles == (Role.OTHER,)


def test_the_defending_country_as_a_whole_is_no_launch_site(full_gazetteer: Gazetteer) -> None:
    # what flies "from Ukraine" into a Russian region is Ukraine's own drone; the attacker's
    # drones fly from the occupied part of the country
    got = _readings(full_gazetteer, "Eight drones launched from Ukraine were shot down over the "
                    "Bryansk region overnight.")
    assert got["Ukraine"].roles == (Role.OTHER,)
    assert "other:defender_launch" in got["Ukraine"].cues
    got = _readings(full_gazetteer, "The air force said the Shaheds were launched from "
                    "occupied parts of eastern Ukraine.")
    assert Role.LAUNCH_SITE in got["eastern Ukraine"].roles


def test_a_district_named_with_its_city_lies_in_that_city(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Ночью беспилотник повредил крышу дома в Ленинском районе "
                    "Курска. Обломки упали во дворе в Заводском районе города Запорожья.")
    # not a namesake district elsewhere (a Lenin district in Belarus): the city's own
    district = got["Ленинском районе"].mention.resolution
    assert district is not None and district.name == "a district of Kursk"
    assert district.precision.value == "region"
    # a city district the tables list keeps its own point
    listed = got["Заводском районе"].mention.resolution
    assert listed is not None and listed.name == "Zavodskyi district"


def test_a_hromada_named_with_its_raion_is_the_one_in_that_raion(
        full_gazetteer: Gazetteer) -> None:
    # three towns give "Покровська громада" its name (Pokrovsk, Pokrov, Pokrovske); the one
    # in the Synelnykove raion is Pokrovske's
    got = _readings(full_gazetteer, "Вночі ворог атакував Дніпропетровщину. Пошкоджено склад у "
                    "Покровській громаді Синельниківського району.")
    hromada = got["Покровській громаді"].mention.resolution
    assert hromada is not None and abs(hromada.lat - 47.98) < 0.1 \
        and abs(hromada.lon - 36.23) < 0.1
    # the same with the raion named by its "-щина" form
    got = _readings(full_gazetteer, "Вночі ворог атакував Дніпропетровщину. Пошкоджено склад у "
                    "Покровській громаді Синельниківщини.")
    hromada = got["Покровській громаді"].mention.resolution
    assert hromada is not None and abs(hromada.lon - 36.23) < 0.1


def test_a_village_in_brackets_lies_in_the_district_its_clause_names(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Наслідки атаки:\n- у Чугуївському районі пошкоджено "
                    "сарай (с. Курганне);\n- у Лозівському районі пошкоджено авто (м. Лозова).")
    # a village no table lists, read otherwise as a Russian city 1,900 km away, is somewhere
    # in the district; a town that is listed keeps its own point
    village = got["Курганне"].mention.resolution
    assert village is not None and village.country == "UA" and village.admin1 == "UA-63"
    town = got["Лозова"].mention.resolution
    assert town is not None and town.name == "Lozova"


def test_a_village_far_outside_the_reports_oblast_stays_unplaced(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Окупанти за добу обстріляли 20 населених пунктів "
                    "Херсонщини. Під ударами були Херсон, Білозерка, Берислав, Раківка, "
                    "Антонівка.")
    # the only Rakivka the tables list is a quarter of Kremenchuk, 250 km away in another
    # oblast: the village of the round-up is none of it
    assert got["Раківка"].mention.resolution is None
    # the report's villages that the tables list in its oblast keep their points
    near = got["Антонівка"].mention.resolution
    assert near is not None and near.admin1 == "UA-65"


def test_stray_namesakes_do_not_anchor_each_other(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Окупанти за добу обстріляли 20 населених пунктів "
                    "Херсонщини. Під ударами були Херсон, Білозерка, Берислав, Веремiївка, "
                    "Заїчинці, Антонівка.")
    # the only places the tables list under these names are two villages of the Poltava
    # oblast 30 km apart: near each other, but far from every placed town of the Kherson
    # oblast the report is about
    assert got["Веремiївка"].mention.resolution is None
    assert got["Заїчинці"].mention.resolution is None
    near = got["Антонівка"].mention.resolution
    assert near is not None and near.admin1 == "UA-65"


def test_a_listed_district_adjective_is_not_a_quarter_named_alike(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Атака на Миколаївщину. Світла немає у Баштанському, "
                    "Миколаївському та Вознесенському районах області.")
    # "Вознесенський" is also a quarter of Donetsk with a town's population: one reading
    # found without context is no sure one for a district
    district = got["Вознесенському районах"].mention.resolution
    assert district is not None and district.admin1 == "UA-48"


def test_where_drones_flew_is_read_by_a_rule_not_guessed(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Russia launched 40 drones from Kursk and Yeysk. Air "
                    "defence tracked them all, including six that flew toward Russia, Belarus "
                    "and the occupied Luhansk Oblast.")
    # a heading names no launch site and no target, and a rule says so (left to the role
    # model, such a region in a real report was read as a launch site)
    luhansk = got["Luhansk Oblast"]
    assert [r.value for r in luhansk.roles] == ["other"]
    assert "other:flew_toward" in luhansk.cues


def test_an_item_of_a_list_of_regions_is_a_region(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Ночью беспилотники сбиты над Ростовской областью и Крымом. "
                    "Обломки упали в Краснодарском крае, Ростовской области, Крыму.")
    # not Krym, a village of the Rostov oblast its sibling names
    for surface in ("Крымом", "Крыму"):
        crimea = got[surface].mention.resolution
        assert crimea is not None and crimea.precision.value == "region" \
            and crimea.country == "UA"
    # a village listed after a region keeps its own reading
    got = _readings(full_gazetteer, "Удары пришлись по Херсонской области и Антоновке.")
    village = got["Антоновке"].mention.resolution
    assert village is not None and village.precision.value == "settlement"


def test_a_district_of_the_oblast_named_after_its_centre(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Overnight drones attacked the Izmail district of Odesa and "
                    "the Chuhuiv district of Kharkiv. Debris fell in the Kyivskyi district of "
                    "Odesa.")
    # "of Odesa" names the oblast by its centre: Izmail's raion, not a quarter of the city
    for surface, admin1 in (("Izmail district", "UA-51"), ("Chuhuiv district", "UA-63")):
        raion = got[surface].mention.resolution
        assert raion is not None and raion.admin1 == admin1 \
            and not raion.name.startswith("a district of")
    # a district no oblast of that name has is still the city's
    quarter = got["Kyivskyi district"].mention.resolution
    assert quarter is not None and quarter.name == "a district of Odesa"


def test_a_round_up_of_the_country_is_not_read_in_the_reports_oblasts(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Ночью дроны атаковали Херсонскую и Николаевскую области, "
                    "пострадало село Широкая Балка. Кроме того, ракеты попали по Харькову, "
                    "во Львове говорят о пожаре, а взрывы звучали в Киеве и Днепре.")
    # Lviv in its Russian locative, among the country's big cities, not a village of the
    # Kherson oblast that bears the same letters
    lviv = got["Львове"].mention.resolution
    assert lviv is not None and lviv.admin1 == "UA-46"


def test_a_hromada_spelt_the_russian_way_is_found_by_its_context(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Враг обстрелял приграничье Сумской области: под ударом "
                    "были Хотинская и Великописаревская громады.")
    # Хотінська громада (Khotin, Sumy oblast), not Khotyn's in Chernivtsi oblast
    khotin = got["Хотинская"].mention.resolution
    assert khotin is not None and khotin.admin1 == "UA-59"
    # Великописарівська громада: Велика Писарівка, its Ukrainian і read as Russian е
    pysarivka = got["Великописаревская громады"].mention.resolution
    assert pysarivka is not None and pysarivka.admin1 == "UA-59"


def test_a_part_of_a_country_is_an_area_with_its_role(full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "The Shaheds are used to attack southern Ukraine. Дрони "
                    "атакували енергетику на сході України.")
    # the part, not the country as a whole (which alleges nothing here)
    south = got["southern Ukraine"]
    assert south.mention.resolution is not None
    assert south.mention.resolution.precision is Precision.REGION
    assert Role.STRIKE_TARGET in south.roles
    assert "сході України" in got and "Ukraine" not in got


def test_the_district_of_a_struck_village_in_brackets_only_says_where_it_lies(
        full_gazetteer: Gazetteer) -> None:
    report = parse_report("---\ntitle: t\n---\nПошкоджено та зруйновано обʼєкти:\n• у "
                          "Куп’янському районі пошкоджено приватний будинок (сел. Куп’янськ-"
                          "Вузловий), 5 приватних будинків (сел. Великий Бурлук);\n• у "
                          "Лозівському районі пошкоджено склад.\n", report_id="t.md")
    extraction = Extractor(full_gazetteer).extract(report)
    got = {r.mention.surface: r for r in extraction.readings}
    assert Role.STRIKE_TARGET in got["Великий Бурлук"].roles
    assert got["Куп’янському районі"].roles == (Role.OTHER,)
    assert "container:bracketed" in got["Куп’янському районі"].cues
    # its claim says so too
    assert {c.role for c in extraction.claims if c.mention.surface == "Куп’янському районі"} \
        == {Role.OTHER}
    # a district whose clause names no village is the place struck
    assert got["Лозівському районі"].roles == (Role.STRIKE_TARGET,)


def test_a_region_that_places_a_struck_place_is_not_struck_as_a_whole(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "In the Dnipropetrovsk region, the Russians attacked the "
                    "energy infrastructure in the Kamianske district. Вночі росіяни атакували "
                    "Шостку на Сумщині. Russian drones attacked the Odesa region, damaging "
                    "port infrastructure in Izmail. Крім удару по Шосткинській громаді, у Сумській "
                    "області ворог атакував й інші населені пункти.")
    assert Role.STRIKE_TARGET in got["Kamianske district"].roles
    assert got["Dnipropetrovsk region"].roles == (Role.OTHER,)
    assert Role.STRIKE_TARGET in got["Шостку"].roles
    assert got["Сумщині"].roles == (Role.OTHER,)
    # the attack on a region is one on it, whatever its sentence names inside it
    assert Role.STRIKE_TARGET in got["Odesa region"].roles
    assert Role.STRIKE_TARGET in got["Izmail"].roles
    # ... and so is one that opens the clause of the places struck besides one struck before
    assert Role.STRIKE_TARGET in got["Сумській області"].roles


def test_the_region_a_launch_town_is_in_by_apposition_is_no_launch_site(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "The Shahed drones were launched from Cape Chauda and from "
                    "Primorsko-Akhtarsk, a city in Russia's Krasnodar Territory.")
    assert Role.LAUNCH_SITE in got["Primorsko-Akhtarsk"].roles
    assert got["Krasnodar Territory"].roles == (Role.OTHER,)


def test_an_occupied_place_is_ukraines_whatever_its_sentence_says_of_russians(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Satellite imagery of the airport in northern occupied "
                    "Donetsk City shows that Russian authorities have cleared the runway.")
    city = got["Donetsk City"].mention.resolution
    assert city is not None and (city.country, city.admin1) == ("UA", "UA-14")


def test_a_district_of_the_city_lies_in_the_city_the_text_named_before(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Дрони атакували місто Кам'янське на Дніпропетровщині. "
                    "Один із безпілотників пошкодив будинок.\n\nВибух зруйнував під'їзд у "
                    "Заводському районі міста.")
    district = got["Заводському районі"].mention.resolution
    assert district is not None and district.name == "a district of Kamyanske"
    assert district.admin1 == "UA-12"


def test_a_hromada_lies_in_the_district_the_sentence_before_names(
        full_gazetteer: Gazetteer) -> None:
    text = "Окрім чотирьох постраждалих у Покровській громаді, є ще двоє."
    got = _readings(full_gazetteer, "Протягом дня Синельниківщина була під ударом КАБів.\n"
                    + text)
    hromada = got["Покровській громаді"].mention.resolution
    assert hromada is not None and hromada.name == "Pokrovske hromada"
    # (alone, the adjective is read as the biggest town's)
    alone = _readings(full_gazetteer, text)["Покровській громаді"].mention.resolution
    assert alone is not None and alone.name != "Pokrovske hromada"


def test_debris_damage_told_after_the_shoot_down_strikes_its_place(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Air defence shot down all drones that entered the airspace "
                    "of the Lviv region. Unfortunately, their remnants damaged a vital facility. "
                    "Над Полтавщиною збили три дрони. Усі системи працюють у звичайному режимі.")
    assert got["Lviv region"].roles == (Role.STRIKE_TARGET,)
    assert "strike:debris_next_sentence" in got["Lviv region"].cues
    # (a shoot-down with no damage after it is no strike)
    assert got["Полтавщиною"].roles == (Role.OTHER,)


def test_debris_that_fell_on_a_place_strikes_it_when_the_next_sentence_tells_the_damage(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Над Черніговом збивали ворожі дрони. Пізніше повідомили "
                    "про падіння уламків у Новозаводському районі. Унаслідок цього пошкоджено "
                    "гараж і два автомобілі. Над Ніжином збили ще один дрон. Унаслідок цього "
                    "рух поїздів затримали.")
    assert got["Новозаводському районі"].roles == (Role.STRIKE_TARGET,)
    assert "strike:debris_next_sentence" in got["Новозаводському районі"].cues
    # (a consequence that is no damage strikes nothing)
    assert got["Ніжином"].roles == (Role.OTHER,)


def test_debris_that_fell_on_listed_places_strikes_them_when_the_next_sentence_opens_with_damage(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "У столиці зафіксовано падіння уламків у Голосіївському та "
                    "Дарницькому районах. Пошкоджень зазнали приватні будинки. Над Ніжином "
                    "збили два дрони. Пошкоджень немає. Уламки впали в Оболонському районі. "
                    "Пошкоджень не зафіксовано.")
    for name in ("Голосіївському", "Дарницькому районах"):
        assert got[name].roles == (Role.STRIKE_TARGET,)
        assert "strike:debris_next_sentence" in got[name].cues
    # (a shoot-down is no fall of debris: the sentence after it must say the debris did damage;
    # and damage denied is none)
    assert got["Ніжином"].roles == (Role.OTHER,)
    assert got["Оболонському районі"].roles == (Role.OTHER,)


def test_a_place_where_drones_were_shot_down_told_first_is_no_target(
        full_gazetteer: Gazetteer) -> None:
    # (the rules give their reason, so the role model, which reads the sentence's words, does
    # not make a target of it)
    got = _readings(full_gazetteer, "In the southern Mykolaiv region, four drones were shot down "
                    "by air defence, the regional council head said. In Kharkiv, a downed drone "
                    "hit a house.")
    assert got["Mykolaiv region"].roles == (Role.OTHER,)
    assert "other:in_x_shootdown" in got["Mykolaiv region"].cues
    assert got["Kharkiv"].roles == (Role.STRIKE_TARGET,)


def test_a_later_mention_of_a_hromada_stays_in_the_district_the_text_put_it_in(
        full_gazetteer: Gazetteer) -> None:
    report = parse_report("---\ntitle: t\n---\nПротягом дня Синельниківщина була під ударом "
                          "КАБів.\nОкрім постраждалих у Покровській громаді, є ще двоє.\nЗагалом "
                          "у районі виникло кілька пожеж. Зайнялися будинок культури, авто.\n"
                          "Вранці противник вдарив по Покровській громаді БпЛА.\n",
                          report_id="t.md")
    names = [r.mention.resolution.name for r in Extractor(full_gazetteer).extract(report).readings
             if r.mention.surface == "Покровській громаді" and r.mention.resolution is not None]
    assert names == ["Pokrovske hromada", "Pokrovske hromada"]


def test_the_rules_the_report_level_passes_name_exist() -> None:
    # the container and debris passes name role rules by their cues: a renamed rule would
    # silently drop out of them
    from geodata.extract import _OPENING_STRIKES, _SHOOTDOWN_CUES
    from geodata.roles import RULES
    assert (_OPENING_STRIKES | _SHOOTDOWN_CUES) - {r.name for r in RULES} == set()


def test_a_list_of_places_told_one_a_paragraph_after_a_colon(full_gazetteer: Gazetteer) -> None:
    # an official's list: each place a paragraph of its own, the strike word before the colon
    readings = _readings(full_gazetteer, "Армія РФ застосувала вісім дронів. Завдано ударів "
                         "по:\n\nБалаклія,\n\nпоблизу с. Гусарівка Балаклійської громади,\n\n"
                         "Савинці.\n\nПостраждалих немає.")
    for village in ("Балаклія", "Гусарівка", "Савинці"):
        assert [r.value for r in readings[village].roles] == ["strike_target"], village
    assert [r.value for r in readings["Балаклійської громади"].roles] == ["other"]


def test_a_district_that_owns_a_list_places_its_names(full_gazetteer: Gazetteer) -> None:
    # "the X district's A, B and C": names no reading places near the district lie in it,
    # pinned on it, rather than at a namesake across the country or nowhere
    readings = _readings(full_gazetteer, "Shelling hit several villages, such as the Kupiansk "
                         "district's Dvorichna, Berestove and Ivanivka.")
    for name in ("Berestove", "Ivanivka"):
        where = readings[name].mention.resolution
        assert (where.name, where.precision) == ("Kupyansk district", Precision.REGION), name
    assert readings["Dvorichna"].mention.resolution.precision is Precision.SETTLEMENT


def test_a_country_is_not_a_village_of_its_name_in_the_texts_oblast(
        full_gazetteer: Gazetteer) -> None:
    # (a village of Odesa oblast also bears the name: in a report on the oblast, "в Молдове"
    # is still the country, which a strike does not make a target and so leaves unmapped)
    readings = _readings(full_gazetteer, "Дрон, летевший над Одесской областью, упал в "
                         "Молдове.")
    moldova = readings.get("Молдове")
    assert moldova is None or moldova.mention.resolution.precision is Precision.COUNTRY
    assert "Одесской областью" in readings


def test_the_oblast_whose_administration_tells_the_report_steers_its_names(
        full_gazetteer: Gazetteer) -> None:
    # "Станіслав" alone is Ivano-Frankivsk's old name; told by the Kherson oblast's
    # administration, it is the village of the Kherson oblast
    readings = _readings(full_gazetteer, "Про це повідомила Херсонська обласна військова "
                         "адміністрація. За добу росіяни обстріляли Станіслав, Білозерку та "
                         "Кізомис.")
    assert readings["Станіслав"].mention.resolution.admin1 == "UA-65"
    # the administration itself is no mention
    assert not any("адміністрація" in surface for surface in readings)


def test_the_areas_a_direction_list_places_its_names_in_are_no_launch_sites(
        full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Ворог запускав дрони з напрямків: Курськ, "
                         "Приморсько-Ахтарськ Краснодарського краю та мис Чауда у тимчасово "
                         "окупованому Криму.")
    roles = {surface: [r.value for r in reading.roles] for surface, reading in readings.items()}
    assert roles == {"Курськ": ["launch_site"], "Приморсько-Ахтарськ": ["launch_site"],
                     "Краснодарського краю": ["other"], "мис Чауда": ["launch_site"],
                     "Криму": ["other"]}


def test_where_air_defence_worked_is_no_target_for_the_model(full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Russia launched 76 Shahed drones overnight. Air "
                         "defense systems were activated across several regions, including "
                         "Poltava and Sumy.")
    for city in ("Poltava", "Sumy"):
        assert [r.value for r in readings[city].roles] == ["other"], city


def test_an_unknown_village_placed_later_is_placed_where_first_named(
        full_gazetteer: Gazetteer) -> None:
    # the text puts the village in its district only at its second mention
    text = ("Дрон упал на дом в селе Кухурештий-де-Жос. Полиция уточнила: в селе "
            "Кухурештий-де-Жос, Флорештский район, повреждена крыша.")
    report = parse_report(f"---\ntitle: t\n---\n{text}\n", report_id="t.md")
    places = [(r.mention.surface, r.mention.resolution.name if r.mention.resolution else None)
              for r in Extractor(full_gazetteer).extract(report).readings]
    assert places[:2] == [("Кухурештий-де-Жос", "Floreşti district")] * 2


def test_a_list_of_city_districts_before_the_citys_genitive(full_gazetteer: Gazetteer) -> None:
    # every district of the list lies in the city named after it, the first too
    readings = _readings(full_gazetteer, "Повреждены дома в Днепровском и Шевченковском "
                         "районах Запорожья.")
    for district in ("Днепровском", "Шевченковском районах"):
        where = readings[district].mention.resolution
        assert where is not None and haversine_km(where.lat, where.lon, 47.84, 35.14) < 15, \
            district


def test_debris_in_a_community_of_a_named_district_whose_damage_the_next_sentence_tells(
        full_gazetteer: Gazetteer) -> None:
    # the oblast that opens the sentence and the district after the community only say where
    # it lies; the community's namesake in another oblast gives way to the district named
    readings = _readings(full_gazetteer, "В Днепропетровской области обломки сбитых "
                         "беспилотников упали в Первомайской общине Никопольского района. В "
                         "результате один частный дом частично разрушен.")
    community = readings["Первомайской общине"]
    assert [r.value for r in community.roles] == ["strike_target"]
    assert community.mention.resolution.name == "Nikopol district"
    assert [r.value for r in readings["Никопольского района"].roles] == ["other"]


def _placed(gazetteer: Gazetteer, body: str) -> dict[str, tuple[str, str] | None]:
    """(admin1, precision) of each mention's resolution, by surface."""
    return {surface: (r.mention.resolution.admin1, r.mention.resolution.precision.value)
            if r.mention.resolution else None
            for surface, r in _readings(gazetteer, body).items()}


def test_the_attackers_adjective_leaves_the_reports_oblast_in_charge(
        full_gazetteer: Gazetteer) -> None:
    # "the Russian military" names the attacker, not where the villages lie; and the name a
    # city of another oblast bears ("Kamianske", Dnipro region) is read as the report's
    # village, which then anchors no stray namesake (Pyatykhatky of the Dnipro region)
    got = _placed(full_gazetteer, "The Zaporizhzhia region was shelled 90 times overnight, "
                  "the regional governor said.\n\nThe Russian military carried out drone "
                  "attacks on Kamianske, Ternuvate and Pyatykhatky.")
    assert got["Kamianske"] == ("UA-23", "settlement")
    assert got["Pyatykhatky"] is None
    got = _placed(full_gazetteer, "The Zaporizhzhia region was shelled 90 times overnight."
                  "\n\nShells hit Kamianske, Ternuvate, Pyatykhatky and Bilohirya.")
    assert got["Pyatykhatky"] is None and got["Kamianske"] == ("UA-23", "settlement")


def test_a_village_of_a_named_community_lies_within_its_reach(
        full_gazetteer: Gazetteer) -> None:
    # "Toretske" read as Toretsk's case form lies 37 km from Shakhove: the community stands
    got = _placed(full_gazetteer, "A man was killed in Toretske of the Shakhove community, the "
                  "Donetsk regional governor said.")
    assert got["Toretske"] == ("UA-14", "region")


def test_a_village_follows_its_community_to_its_later_mentions(
        full_gazetteer: Gazetteer) -> None:
    # the community's own reading is Lviv's Zolochiv; the district before it puts it in the
    # Kharkiv oblast, and the unknown village with it, at every mention
    report = parse_report("---\ntitle: t\n---\nУ Богодухівському районі внаслідок нальоту FPV на "
                          "село Тихобірка в Золочівській громаді пошкоджено будинок. Увечері "
                          "росіяни знову вдарили дронами по селу Тихобірка.\n", report_id="t.md")
    got = [r.mention.resolution.admin1 for r in Extractor(full_gazetteer).extract(report).readings
           if r.mention.surface == "Тихобірка"]
    assert got == ["UA-63", "UA-63"]


def test_a_district_named_before_a_community_is_not_put_in_it(
        full_gazetteer: Gazetteer) -> None:
    got = _placed(full_gazetteer, "На Синельниківщині у Покровській громаді поранений чоловік.")
    assert got["Синельниківщині"] == ("UA-12", "region")


def test_a_bracketed_village_after_other_bracketed_items_lies_in_the_clauses_district(
        full_gazetteer: Gazetteer) -> None:
    # "(с. Осиново)" is no village in Tatarstan: the clause's district holds it, though
    # an earlier item of the clause had its own brackets
    got = _placed(full_gazetteer, "На Харківщині пошкоджено:\n- у Куп'янському районі "
                  "пошкоджено багатоквартирний будинок (м. Куп'янськ), приватний будинок "
                  "(с. Осиново), гаражі.")
    assert got["Осиново"] == ("UA-63", "region")


def test_a_community_named_by_a_plural_towns_adjective(full_gazetteer: Gazetteer) -> None:
    got = _placed(full_gazetteer, "У с. Башилівка Близнюківської громади постраждали троє.")
    assert got["Близнюківської громади"] == ("UA-63", "region")


def test_an_oblast_centre_names_the_city_of_a_district_whatever_its_head_count(
        full_gazetteer: Gazetteer) -> None:
    # GeoNames counts Kherson at 66,000 (a wartime figure), below the size of a city with
    # districts; as the centre of the oblast of its name it still is one, and the district
    # named after it is Kherson's, not Kyiv's
    got = _placed(full_gazetteer, "Drones struck Kharkiv overnight, the mayor said. Later, "
                  "three people were hurt in Kherson after shelling of the Dniprovskyi district.")
    assert got["Dniprovskyi district"][0] == "UA-65"


def test_a_place_naming_its_police_is_not_modelled_a_target(full_gazetteer: Gazetteer) -> None:
    # no rule reads the last sentence; the role model must not strike the city whose police
    # tell of the attack
    got = _readings(full_gazetteer, "Drones damaged houses in the Bucha district overnight. "
                    "Kyiv police showed the aftermath of the attack by Russia.")
    assert [x.value for x in got["Kyiv"].roles] == ["other"]


def test_a_tally_of_drones_downed_by_region_is_no_launch(full_gazetteer: Gazetteer) -> None:
    # the launch site is read by rule; the role model must not read the regions of the tally
    # after it as launch sites too
    got = _readings(full_gazetteer, "Twenty drones launched from occupied Crimea were "
                    "destroyed over the south: 12 drones in Mykolaiv Oblast, 5 in Kherson "
                    "Oblast and 3 in Odesa Oblast.")
    assert [x.value for x in got["Crimea"].roles] == ["launch_site"]
    for region in ("Mykolaiv Oblast", "Kherson Oblast", "Odesa Oblast"):
        assert [x.value for x in got[region].roles] == ["other"]


def test_russia_by_its_abbreviation_and_free_ukraine_is_no_launch_site(
        full_gazetteer: Gazetteer) -> None:
    got = _readings(full_gazetteer, "Дроны-камикадзе запустили из РФ ночью. Шахеды залетели в "
                    "Беларусь с территории Черниговской и Житомирской областей Украины.")
    assert got["РФ"].mention.resolution is not None
    assert got["РФ"].mention.resolution.country == "RU"
    assert [x.value for x in got["РФ"].roles] == ["launch_site"]
    # the way the drones came, in free Ukraine, is no launch site of theirs
    for region in ("Черниговской", "Житомирской областей"):
        assert [x.value for x in got[region].roles] == ["other"], region


def test_a_citys_districts_stay_in_the_city_the_report_puts_them_in(
        full_gazetteer: Gazetteer) -> None:
    # a possessive puts the district in its city; a sentence whose only other word of place
    # is the attacker's adjective is read in the report's oblasts (not in land the attacker
    # occupies); and a district placed once is the same district later on
    text = ("Drones flew through the Donetsk region toward the Kharkiv region overnight.\n\n"
            "The governor reported a drone strike on Kharkiv's Kyivskyi district.\n\n"
            "Later he reported a Russian strike on the Shevchenkivskyi district.\n\n"
            "A Russian drone then hit a two-storey house in the Kyivskyi district.")
    report = parse_report(text, report_id="districts.txt")
    readings = Extractor(full_gazetteer).extract(report).readings
    districts = [r.mention for r in readings if r.mention.surface.endswith(" district")]
    assert [m.surface for m in districts] == ["Kyivskyi district", "Shevchenkivskyi district",
                                              "Kyivskyi district"]
    for m in districts:
        assert m.resolution is not None
        # Kharkiv lies at about 50.0 N, 36.2 E; Donetsk and Luhansk are 200 km and more away
        assert abs(m.resolution.lat - 50.0) < 0.1 and abs(m.resolution.lon - 36.25) < 0.15, m


def test_the_area_a_place_is_said_to_lie_in_is_read_in_the_sentences_context(
        full_gazetteer: Gazetteer) -> None:
    # "Berezivskyi district" alone reads as a Polish district of that sound; in a sentence that
    # names the Odesa region it is Berezivka's, and the community in it is Ivanivka's there
    community = _readings(full_gazetteer, "Overnight, Russian drones hit energy facilities in "
                          "the Ivanivska community of Berezivskyi district, Odesa region."
                          )["Ivanivska community"].mention
    assert community.resolution is not None and community.resolution.country == "UA"
    # Ivanivka of the Berezivka raion lies at about 46.97 N, 30.47 E
    assert abs(community.resolution.lat - 46.97) < 0.1
    assert abs(community.resolution.lon - 30.47) < 0.1


@pytest.mark.parametrize("sentence", [
    # a village, a comma, and its oblast's centre, which stands for the oblast
    "A shop burned in Pervomaiske, Mykolaiv, after the strike.",
    # a village with its own noun before the comma, and the district after it
    "A school in Pervomaiske village, Mykolaiv district, lost its windows.",
])
def test_a_village_set_off_by_a_comma_lies_in_the_place_after_it(
        full_gazetteer: Gazetteer, sentence: str) -> None:
    # Pervomaiske is a name a dozen Ukrainian villages bear, several in Crimea, which the
    # report also names (as the launch area)
    readings = _readings(full_gazetteer, "Shahed drones launched from Crimea crossed the coast "
                                         f"overnight.\n\n{sentence}")
    village = readings["Pervomaiske"].mention.resolution
    assert village is not None and village.admin1 == "UA-48"



def test_a_big_city_before_a_comma_is_a_list_item_not_a_place_of_the_next(
        full_gazetteer: Gazetteer) -> None:
    # "Kramatorsk, the Nikopol district and the Kharkiv oblast": three items; the city is no
    # place of the Nikopol district that the comma would put it in
    readings = _readings(full_gazetteer, "Вночі росіяни атакували Краматорськ, Нікопольщину та "
                                         "Харківщину.")
    city = readings["Краматорськ"].mention.resolution
    assert city is not None and city.precision.value == "settlement" and city.admin1 == "UA-14"


def test_the_dniester_estuary_is_the_liman(full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Drivers should avoid the bridge over the Dniester "
                                         "Estuary near Mayaky, Odesa region.")
    liman = readings["Dniester Estuary"].mention.resolution
    assert liman is not None and liman.precision.value == "region"
    # the liman lies at about 46.23 N, 30.35 E; the river's sources are 600 km away
    assert abs(liman.lat - 46.23) < 0.1 and abs(liman.lon - 30.35) < 0.1


def test_a_district_after_a_list_of_communities_owns_every_item(
        full_gazetteer: Gazetteer) -> None:
    # Pokrovska and Slovianska are names communities bear in several oblasts; the district
    # after the list puts all three in the Synelnykove raion, within 100 km of its centre
    # (Pokrovsk's and Sloviansk's communities in the Donetsk oblast are 120-160 km off)
    readings = _readings(full_gazetteer, "Под обстрел попали Покровская, Славянская и "
                                         "Межевская громады Синельниковского района.")
    for name in ("Покровская", "Славянская", "Межевская громады"):
        res = readings[name].mention.resolution
        assert res is not None and res.admin1 == "UA-12", (name, res)
        assert haversine_km(res.lat, res.lon, 48.32, 35.52) < 100, (name, res)


def test_a_misspelt_launch_area_reads_in_its_neighbours_country(
        full_gazetteer: Gazetteer) -> None:
    # a Ukrainian village once bore the name Millerove, and "Шаталовго" is a typo; the other
    # items of the launch list are Russian towns
    readings = _readings(full_gazetteer, "Ворог випустив дрони із російських Орла, Курська, "
                                         "Брянська, Міллєрова та окупованого Криму. Вночі дрони "
                                         "запустили з Курська, Шаталовго, Орла.")
    millerovo = readings["Міллєрова"].mention.resolution
    shatalovo = readings["Шаталовго"].mention.resolution
    assert millerovo is not None and millerovo.country == "RU" and millerovo.lon > 40
    assert shatalovo is not None and shatalovo.country == "RU" and shatalovo.lat > 54


def test_a_town_in_a_city_territory_is_inside_the_region_that_encloses_it(
        full_gazetteer: Gazetteer) -> None:
    # Balaklava lies in Sevastopol's territory, which the Crimean peninsula holds; the other
    # items of the launch list are Russian towns
    readings = _readings(full_gazetteer, "The drones took off from the Russian town of Yeysk, "
                                         "on the Sea of Azov, and from occupied Balaklava in "
                                         "Crimea, Russia's Bryansk region and Primorsko-Akhtarsk.")
    balaklava = readings["Balaklava"].mention.resolution
    assert balaklava is not None and balaklava.admin1 == "UA-40"


def test_the_region_after_a_town_in_a_bare_list_is_where_it_lies(
        full_gazetteer: Gazetteer) -> None:
    readings = _readings(full_gazetteer, "Drones struck Izmail, Odesa Oblast, Ukraine.")
    assert [r.value for r in readings["Izmail"].roles] == ["strike_target"]
    assert [r.value for r in readings["Odesa Oblast"].roles] == ["other"]


def test_a_sloviansk_adjective_is_sloviansk_in_a_donetsk_report(
        full_gazetteer: Gazetteer) -> None:
    # Slavyansk-na-Kubani was once the stanitsa Славянская, whose case form this also is
    readings = _readings(full_gazetteer, "В Краматорске и Славянске Донецкой области нет света. "
                                         "Появились кадры прилетов по Славянской ТЭС.")
    res = readings["Славянской"].mention.resolution
    assert res is not None and res.admin1 == "UA-14"


def test_a_region_right_after_a_launch_site_inside_it_says_where_the_site_lies(
        full_gazetteer: Gazetteer) -> None:
    body = ("Drones were launched from Cape Chauda, Crimea, and Yeysk. More were launched from "
            "Crimea and the Bryansk region.")
    readings = Extractor(full_gazetteer).extract(
        parse_report(f"---\ntitle: t\n---\n{body}\n", report_id="t.md")).readings
    roles = [(r.mention.surface, [role.value for role in r.roles]) for r in readings]
    # the first Crimea is where the cape lies; the second is a launch area of its own
    assert roles == [("Cape Chauda", ["launch_site"]), ("Crimea", ["other"]),
                     ("Yeysk", ["launch_site"]), ("Crimea", ["launch_site"]),
                     ("Bryansk region", ["launch_site"])]


def test_a_name_on_a_rivers_bank_is_the_river(full_gazetteer: Gazetteer) -> None:
    # "на другом берегу Днепра": the Dnipro, not the city that shares its name
    readings = _readings(full_gazetteer, "Российская армия покинула Херсон в 2022 году. "
                         "Оккупационные власти на другом берегу Днепра заявляют об обстрелах. "
                         "Drones flew along the banks of the Dnipro. Вибухи лунали у Дніпрі.")
    for surface in ("Днепра", "Dnipro"):
        resolution = readings[surface].mention.resolution
        assert (resolution.name, resolution.precision) == ("Dnipro River", Precision.REGION)
    assert readings["Дніпрі"].mention.resolution.precision is Precision.SETTLEMENT
