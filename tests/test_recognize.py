"""Recognition on sentences written for these tests: what is a place mention and what is not."""

from __future__ import annotations

import pytest

from gazetteer.core import Gazetteer
from gazetteer.model import Precision
from geodata.recognize import Recognizer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rec(full_gazetteer: Gazetteer) -> Recognizer:
    return Recognizer(full_gazetteer)


def surfaces(rec: Recognizer, text: str) -> list[str]:
    found = rec.find(text)
    for f in found:  # offsets index the text exactly
        assert text[f.start:f.end] == f.surface
    return [f.surface for f in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones hit an oil depot in Odesa overnight.", ["Odesa"]),
    ("Wreckage fell near the village of Hladkivka in the Kherson region.",
     ["Hladkivka", "Kherson region"]),
    ("Sirens sounded across the Mykolaiv, Kherson and Odesa regions.",
     ["Mykolaiv", "Kherson", "Odesa"]),
    # the place whose mayor or governor speaks is named (an outlet is no place)
    ("This was reported by Kyiv Mayor Vitali Klitschko and the Kyiv Independent.", ["Kyiv"]),
    # a city's districts by their adjectives alone, which name nothing without the noun
    ("Debris fell in the Holosiivsky and Darnytsky districts of the capital.",
     ["Holosiivsky", "Darnytsky"]),
    ("In Kyiv's Solomianskyi, Sviatoshynskyi, and Dniprovskyi districts, roofs burned.",
     ["Kyiv", "Solomianskyi", "Sviatoshynskyi", "Dniprovskyi"]),
    ("Launches were tracked from Cape Chauda and the Sea of Azov coast.",
     ["Cape Chauda", "Sea of Azov"]),
    ("KYIV, March 3 - Air defence units were active over the capital.", ["KYIV"]),
    ("Instructors were seen in Dzhankoi, Crimea, according to the report.",
     ["Dzhankoi", "Crimea"]),
    ("Вночі дрони атакували Одесу та Ізмаїл.", ["Одесу", "Ізмаїл"]),
    ("Частину дронів запустили з мису Чауда в Криму.", ["мису Чауда", "Криму"]),
    ("Ракети влучили у Харкові та Дніпрі, повідомила Одещина.",
     ["Харкові", "Дніпрі", "Одещина"]),
    ("Дроны запускали из района Ейска.", ["Ейска"]),
    # a landform named with "of" that the gazetteer lists without it
    ("Drones took off from the Cape of Chauda again.", ["Cape of Chauda"]),
    ("Світло зникло на Івано-Франківщині вночі.", ["Івано-Франківщині"]),
])
def test_finds_places(rec: Recognizer, text: str, expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_a_first_name_city_before_a_place_stays_a_place(rec: Recognizer) -> None:
    # only a surname-shaped word that names no place makes the city a first name
    assert surfaces(rec, "Drones took off from Kursk, Vladimir Oblast and Vladimir Ivanovo.") \
        == ["Kursk", "Vladimir Oblast", "Vladimir", "Ivanovo"]


@pytest.mark.parametrize(("text", "absent"), [
    ("White House spokesman John Kirby said the evidence was clear. Kirby added more.",
     ["Kirby", "White House"]),
    ("The Kyiv Independent reported the strike first.", ["Kyiv"]),
    ("The Shropshire Star and Asia Economy carried the wire report.", ["Shropshire", "Asia"]),
    # a channel named like a town, before its kind or after it
    ("Earlier, the Baza Telegram channel said three tanks were burning.", ["Baza"]),
    ("The Russian Telegram channel Baza published a photo of the crater.", ["Baza"]),
    ("Iran denied the claims on Monday.", ["Iran"]),
    ("Russia's defence ministry said its forces struck targets.", ["Russia"]),
    ("The drones were Shahed-136 and Geran-2 models.", ["Shahed", "Geran"]),
    ("President Vladimir Putin spoke at length.", ["Vladimir"]),
    # a city's name that is a first name, before a Slavic surname
    ("Ukraine's leader Volodymyr Zelenskyy thanked the air defence crews.", ["Volodymyr"]),
    ("“Stay alert,” Volodymyr Kovalchuk, the grid's chief, told reporters.", ["Volodymyr"]),
    # (also when the first name is a region's too: Vladimir Oblast is "Vladimir")
    ("The increasingly isolated Vladimir Putin sought drones abroad.", ["Vladimir"]),
    ("The Ukrainian and Iranian ministers met.", ["Ukrainian", "Iranian"]),
    ("Police said more than 20 people were hurt. We saw the damage in March.",
     ["Police", "We", "March"]),
    ("Sergei Lavrov of Russia and Hossein Abdollahian of Iran met.", ["Russia", "Iran"]),
    # a small place's name before a particle of an Arabic name is a first name
    ("The drills are run by a commander, Kamal Abu Hassan, who builds drones.", ["Kamal"]),
    # a country after "and" is no list item of "in" three words back: the clause goes on
    ("Crews train in Iran, and the US estimates more will follow.", ["US"]),
])
def test_leaves_out_what_is_not_a_place(rec: Recognizer, text: str, absent: list[str]) -> None:
    got = surfaces(rec, text)
    for word in absent:
        assert all(word not in s for s in got), (word, got)


@pytest.mark.parametrize("text", [
    "Про наслідки атаки розповіли у Київській міській військовій адміністрації.",
    "Як повідомляє Харківська ОВА, дрони атакували місто.",
    "Голова Сумської обласної державної адміністрації повідомив про вибухи.",
    # a city's military administration by its Russian acronym, and prosecutors' offices
    "Об этом сообщил глава Константиновской ГВА.",
    "Расследование начато под руководством Краматорской окружной прокуратуры.",
    "Про це повідомили в Харківській обласній прокуратурі.",
])
def test_a_place_adjective_naming_a_public_body_is_not_a_place(rec: Recognizer,
                                                                text: str) -> None:
    assert surfaces(rec, text) == []


@pytest.mark.parametrize(("text", "country"), [
    ("Iranian advisers were spotted in Belarus last month.", "Belarus"),
    ("Drones were launched from Russia towards Sumy.", "Russia"),
    # (with a compass word, the part of the country: an area of its own)
    ("Power was cut across northern Ukraine.", "northern Ukraine"),
    ("Іранських інструкторів перекинули до Білорусі.", "Білорусі"),
    # the way drones came: "from the direction of", "з боку", "со стороны"
    ("The drones came from the direction of Belarus.", "Belarus"),
    ("Дрони летіли з боку Білорусі.", "Білорусі"),
    ("Дроны запустили со стороны Беларуси.", "Беларуси"),
    # where people were sent, not a recipient of goods
    ("Iran sent instructors to Belarus last autumn.", "Belarus"),
    # the last item of a list that follows "from"
    ("The raids came from occupied Crimea and southern Belarus.", "southern Belarus"),
    ("Instructors were seen in occupied parts of Zaporizhzhia Oblast, Crimea, and Belarus.",
     "Belarus"),
])
def test_countries_count_where_they_are_places(rec: Recognizer, text: str,
                                               country: str) -> None:
    assert country in surfaces(rec, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Рятувальники працювали до ранку. В Ізмаїлі уражено склади.", ["Ізмаїлі"]),
    # a command named after a part of the country is a body, like "Збройних сил України"
    ("Про це повідомили Сили оборони півдня України.", []),
    ("Про це повідомили Сили оборони України з півдня України.", ["півдня України"]),
    ("Пуски велися з району Приморсько-Ахтарська Краснодарського краю.",
     ["Приморсько-Ахтарська", "Краснодарського краю"]),
    # a common word that names only a village is also a case form of a city ("Львове" is
    # Lviv's Russian locative), and "во"/"К" are prepositions, not first names
    ("Во Львове прогремели взрывы, а к Одессе летели дроны.", ["Львове", "Одессе"]),
    ("Сообщают о попадании во Львове.", ["Львове"]),
    # a list of oblast adjectives whose items carry counts and prepositions
    ("Збито 15 дронів у Одеській, 3 – у Миколаївській та 1 – у Вінницькій областях.",
     ["Одеській", "Миколаївській", "Вінницькій"]),
    ("Над территорией Одесчины сбили дроны.", ["Одесчины"]),
    # (a hedging word before the last item does not end the list)
    ("Тривогу оголосили у Волинській, Рівненській та частково - Житомирській областях.",
     ["Волинській", "Рівненській", "Житомирській"]),
    # the second of two villages, each with the community it lies in
    ("Горіли будинки в селах Малинівка Чугуївської громади та Гонтарівка Вовчанської громади.",
     ["Малинівка", "Чугуївської громади", "Гонтарівка", "Вовчанської громади"]),
    # a mayor in the genitive, then his name: a person, whatever town the first name spells
    ("Про це написав у Telegram мер міста Олександр Сенкевич.", []),
    ("Про це йдеться у дописі мера міста Артема Семеніхіна.", []),
    # a Romanian name in Russian, with its particle ("Cuhureștii de Jos"), after "в городе";
    # and one after the genitive of "населенный пункт"
    ("Дрон упал на дом в городе Кухурештий-де-Жос.", ["Кухурештий-де-Жос"]),
    ("Обломки нашли вблизи населенного пункта Старые Трояны.", ["Старые Трояны"]),
    # a very common word that only the letters of a foreign name make a case form of a place
    # ("Совета" as Soweto) is the word; a foreign city's case form stays one
    ("Об этом сообщил председатель Совета обороны города.", []),
    ("Делегация побывала в Париже и Варшаве.", ["Париже", "Варшаве"]),
    # a place's adjective before a department's noun names the department
    ("За даними Калинівського відділу центру контролю хвороб, вода чиста.", []),
    # two capitalised words after a locative preposition that decline a village's name
    ("Вибухова хвиля пошкодила будинки у Петропавлівській Борщагівці.",
     ["Петропавлівській Борщагівці"]),
    # a town's name in a case form that is an adjective, before a service's noun, is the
    # service's name ("Пограничной полиции": the Border Police, not Pogranichny)
    ("Об этом сообщили в Пограничной полиции.", []),
    # rocket artillery named like a town, before the kind of weapon it is
    ("Nikopol was shelled with Grad multiple rocket launchers.", ["Nikopol"]),
    # the list's noun before its items, a list of districts, and a Russian plural noun that
    # closes a list without joining its last item
    ("Дрони знищено в таких областях, як Полтавська, Сумська та Рівненська.",
     ["Полтавська", "Сумська", "Рівненська"]),
    ("Постраждали села Конотопського та Сумського районів.",
     ["Конотопського", "Сумського районів"]),
    ("Россия атаковала Николаевскую и Одесскую области.",
     ["Николаевскую", "Одесскую области"]),
    # "з районів X та Y" are the areas of X and Y
    ("Дрони летіли з районів Чауди в Криму та Єйська.", ["Чауди", "Криму", "Єйська"]),
    ("На Хмельниччині пролунали вибухи.", ["Хмельниччині"]),
    ("В Семеновской общине загорелись автомобили.", ["Семеновской общине"]),
    # a Cyrillic town whose name word lists count as often as a common word
    ("Вночі дрони атакували Умань і Конотоп.", ["Умань", "Конотоп"]),
    # a Russian district in the genitive
    ("Дроны пролетели над селами Болградского района.",
     ["Болградского района"]),
    # a hromada named by its centre's adjective, and a neuter centre's -н- (Южне)
    ("Уламки впали на території Южненської громади.", ["Южненської громади"]),
    ("Дрон влучив у будинок у Солоницівській громаді.", ["Солоницівській громаді"]),
    # after a colon a capitalised inflected name opens a list item, not a sentence
    ("Пуски велися з двох напрямків: Приморсько-Ахтарська та Курська.",
     ["Приморсько-Ахтарська", "Курська"]),
    # a time adverb or a conjunction that opens the sentence is no first name
    ("Вчора Херсон атакували дрони.", ["Херсон"]),
    ("Вночі Житомир обстріляли, а Полтаву ні.", ["Житомир", "Полтаву"]),
    # a sentence may open with a case form of a prominent place of the region; common words
    # that decline into foreign cities ("Работы", Rabat) stay words
    ("Полтаву атакували шахеди.", ["Полтаву"]),
    ("Работы продолжаются. Усього було три атаки.", []),
    ("Кроме того, дроны сбили над морем.", []),  # a common word, not a case of Крым
    # an acronym before a name is no first name ("ПВО Днепропетровщины")
    ("Два дрона сбила ПВО Днепропетровщины.", ["Днепропетровщины"]),
])
def test_cyrillic_sentence_openers_and_common_words(rec: Recognizer, text: str,
                                                    expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_an_introduced_village_stands_unresolved(rec: Recognizer) -> None:
    text = "A drone struck a barn in the village of Qwyxtorpl overnight."
    found = rec.find(text)
    assert [f.surface for f in found] == ["Qwyxtorpl"]
    assert found[0].how == "unresolved"


def test_two_words_that_decline_a_name_together(rec: Recognizer) -> None:
    assert surfaces(rec, "Вибухи пролунали у Білій Церкві та Кривому Розі.") == [
        "Білій Церкві", "Кривому Розі"]


def test_a_cape_by_its_landform_noun(rec: Recognizer) -> None:
    # "Cape" is a common word, but it opens a name; a misspelt cape is still read, and an
    # unknown one stands unresolved rather than as a look-alike town
    found = rec.find("Drones took off from Cape Chaud and Cape Qwyxtorpl overnight.")
    assert [(f.surface, f.how) for f in found] == [
        ("Cape Chaud", "fuzzy"), ("Cape Qwyxtorpl", "unresolved")]


@pytest.mark.parametrize(("text", "surface", "admin1"), [
    ("По ДНР противник за сутки выпустил сорок снарядов.", "ДНР", "UA-14"),
    ("Shelling was reported across the LPR on Friday.", "LPR", "UA-09"),
    ("Бої на Донбасі тривали всю ніч.", "Донбасі", ""),
])
def test_names_news_gives_regions_in_the_east(rec: Recognizer, text: str, surface: str,
                                              admin1: str) -> None:
    # an all-capital "people's republic" is the oblast it claims, not an acronym to drop; the
    # Donbas is an area of its own spanning two oblasts
    [found] = rec.find(text)
    assert found.surface == surface
    [best] = rec.gaz.geocode(found.query or found.surface, limit=1)
    assert best.place.precision is Precision.REGION and best.place.admin1 == admin1
    assert best.place.country == "UA"


def test_a_community_named_with_its_kind(rec: Recognizer) -> None:
    # "територіальна", "міська" stand between the name and "громада" inside one mention
    assert surfaces(rec, "Під ударом опинилася Вилківська міська територіальна громада.") == [
        "Вилківська міська територіальна громада"]


def test_an_airfield_named_by_its_towns_adjective(rec: Recognizer) -> None:
    found = rec.find("Удар был нанесен по Моздокскому аэродрому ночью.")
    assert [(f.surface, f.kind, f.query) for f in found] == [
        ("Моздокскому аэродрому", "facility", "Mozdok")]


def test_the_places_a_district_owns_are_introduced(rec: Recognizer) -> None:
    # "the X district's Y": Y is a settlement there, though no table lists it; so is the
    # next name of a list that goes on with a comma
    text = "Shelling hit the Kupiansk district's Qwertivka, Zxcvbivka and others."
    assert [(f.surface, f.kind) for f in rec.find(text)] == [
        ("Kupiansk district", "district"), ("Qwertivka", "settlement"),
        ("Zxcvbivka", "settlement")]


def test_a_list_that_communities_closes(rec: Recognizer) -> None:
    # English adjectives of hromadas, looked up with the singular noun
    found = rec.find("The Bilopilska, Krasnopilska and Konotopska communities were shelled.")
    assert [(f.surface, f.query) for f in found] == [
        ("Bilopilska", "Bilopilska community"), ("Krasnopilska", "Krasnopilska community"),
        ("Konotopska", "Konotopska community")]


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("Ночью беспилотники повредили Харьковскую ТЭЦ-3.", "Харьковскую ТЭЦ", "Kharkiv"),
    ("Вранці дрони атакували Кременчуцьку ГЕС.", "Кременчуцьку ГЕС", "Kremenchuk"),
])
def test_a_power_plant_named_by_its_towns_adjective(rec: Recognizer, text: str, surface: str,
                                                    town: str) -> None:
    # no table lists the plant; its town is what the gazetteer can place
    assert [(f.surface, f.kind, f.query) for f in rec.find(text)] == [
        (surface, "facility", town)]


@pytest.mark.parametrize(("text", "village"), [
    ("Уламки дрона впали у селі Колотилівка, пошкоджено будинок.", "Колотилівка"),
    ("Беспилотник упал в селе Колотиловка, повреждена крыша.", "Колотиловка"),
])
def test_a_cyrillic_introduced_village_stands_unresolved(rec: Recognizer, text: str,
                                                         village: str) -> None:
    # no table lists the village and a namesake by sound is no answer; the text says it is one
    assert [(f.surface, f.how) for f in rec.find(text)] == [(village, "unresolved")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hawaii's economy grew, and London's total was higher.", ["Hawaii", "London"]),
    ("The Amsterdam-London train leaves at noon.", ["Amsterdam", "London"]),
    ("A Kyiv-based analyst and a New York-based reporter spoke.", []),
    ("U.S. officials met Ukrainian officials in Europe.", ["Europe"]),
])
def test_possessives_hyphens_abbreviations_continents(rec: Recognizer, text: str,
                                                      expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_all_countries_mode_keeps_actors_and_modifiers(full_gazetteer: Gazetteer) -> None:
    every = Recognizer(full_gazetteer, countries="all")
    got = [f.surface for f in every.find("U.S. officials said a Kyiv-based firm was hit.")]
    assert got == ["U.S.", "Kyiv"]


def test_two_letter_country_abbreviations_and_capitalised_openers(
        full_gazetteer: Gazetteer) -> None:
    every = Recognizer(full_gazetteer, countries="all")
    text = ("A final inspection is due in the UK. After Paris, London is next. Trade with the "
            "US grew. Unlike Odesa, the port was calm.")
    assert [f.surface for f in every.find(text)] == ["UK", "Paris", "London", "US", "Odesa"]
    # "and" inside a name, not between two names
    assert [f.surface for f in every.find("Aid reached Bosnia and Herzegovina, Kherson and "
                                          "Odesa.")] == ["Bosnia and Herzegovina", "Kherson",
                                                         "Odesa"]
    # a capitalised word that is not a function word still makes a person's name
    assert [f.surface for f in every.find("Ms Ruta Paris said nothing.")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a common Ukrainian word that transliterates to a foreign place (Tak, Thailand)
    ("Так, ворог атакував Одесу.", ["Одесу"]),
    # weapon names in any case form
    ("Дрони типу Герань атакували Харків.", ["Харків"]),
    ("Гербери та Шахеди летіли на Київ.", ["Київ"]),
    # a common word opening a sentence that is also a mid-sized foreign city
    ("Independence is an expensive currency, the minister said in Kyiv.", ["Kyiv"]),
    # a country's title before its name, though a village once bore the word (Respublika)
    ("Обломки нашли недалеко от границы с Республикой Молдова.", ["Молдова"]),
    # a city named for its clock
    ("Последнее нарушение зафиксировали в 7:30 утра по Минску, а удар по Киеву — ночью.",
     ["Киеву"]),
    ("The attack began at 3 a.m. Kyiv time near Odesa.", ["Odesa"]),
    # airlines and units named after places, Iran's other drones, a language
    ("Jets of Qeshm Fars Air and Iran Air Cargo flew for the Quds Force to Moscow.",
     ["Moscow"]),
    ("Russia used Mohajer and Arash drones and Farsi speakers translated the manuals in "
     "Yelabuga.", ["Yelabuga"]),
    # a capital standing for its government (not where officials in it speak)
    ("There was no comment from Moscow on the attack on Odesa, and Tehran denied sending "
     "drones.", ["Odesa"]),
    ("Kyiv's recent attacks in Russia, which Moscow said it would answer, hit Bryansk.",
     ["Russia", "Bryansk"]),
    ("Navy officials in Kyiv said the strike hit Saky.", ["Kyiv", "Saky"]),
])
def test_common_words_and_weapon_names_are_not_places(rec: Recognizer, text: str,
                                                     expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_the_crimean_peninsula(rec: Recognizer) -> None:
    found = rec.find("Drones were sent from the Crimean peninsula overnight.")
    assert [(f.surface, f.kind) for f in found] == [("Crimean peninsula", "region")]


def test_names_of_public_bodies_are_not_places(full_gazetteer: Gazetteer) -> None:
    every = Recognizer(full_gazetteer, countries="all")
    text = ("The Lviv Regional Military Administration and the FSB (Federal Security Service) "
            "said drones hit Lviv. Talks were held at the Dubai World Trade Centre.")
    assert [f.surface for f in every.find(text)] == ["Lviv", "Dubai"]


def test_facility_and_district_nouns_belong_to_the_mention(rec: Recognizer) -> None:
    text = ("Drones hit the Saky airfield, the Millerovo air base, the Pervomaisk hromada and the "
            "Kherson region.")
    got = [(f.surface, f.kind, f.query) for f in rec.find(text)]
    assert got == [("Saky airfield", "facility", "Saky"),
                   ("Millerovo air base", "facility", None),  # listed as it stands
                   ("Pervomaisk hromada", "district", None),  # the area, looked up whole
                   ("Kherson region", "region", None)]
    # a facility the gazetteer lists under the whole phrase is looked up as it stands
    text = "Drones were stored at Donetsk Airport, and later a strike hit the Donetsk airport."
    assert [(f.surface, f.kind, f.query) for f in rec.find(text)] == [
        ("Donetsk Airport", "facility", None), ("Donetsk airport", "facility", None)]


def test_cyrillic_adjectival_oblast_lists(full_gazetteer: Gazetteer) -> None:
    from geodata.extract import Extractor
    from geodata.reports import parse_report

    text = ("---\ntitle: t\n---\nСили ППО збили дрони над Київською, Сумською та Житомирською "
            "областями. Противник атакував Україну, удари були по півдню України.\n")
    got = {r.mention.surface: r.mention.resolution for r in
           Extractor(full_gazetteer).extract(parse_report(text, report_id="t.md")).readings}
    assert {"Київською", "Сумською", "Житомирською областями"} <= set(got)
    assert got["Сумською"].admin1 == "UA-59" and got["Сумською"].precision.value == "region"
    assert list(got).count("Україну") == 0  # the country attacked as a whole
    assert "півдню України" in got  # "по півдню України": the south of it, an area


@pytest.mark.parametrize("text", [
    "Уночі було атаковано Харківська, Донецька та Луганська області.",
    "Дрони збито в таких областях, як Сумська, Донецька, Одеська.",
])
def test_a_listed_oblast_adjective_is_no_city_genitive(rec: Recognizer, text: str) -> None:
    # Донецька is also the genitive of Донецьк; in a list of oblasts it is the oblast
    got = {f.surface: f for f in rec.find(text)}
    assert got["Донецька"].kind == "region"
    assert got["Донецька"].query == "Донецька область"


@pytest.mark.parametrize(("text", "expected"), [
    # an aside in brackets inside a list of oblast adjectives; "обл." is their designator
    ("Дроны отработали по территориям Одесской (Измаил, Орловка, по предварительным данным, – "
     "Арциз) и Черкасской областей.", ["Одесской", "Измаил", "Орловка", "Арциз", "Черкасской"]),
    ("В Сумской обл. после ударов обесточены Шостка, Глухов.",
     ["Сумской обл", "Шостка", "Глухов"]),
    # the speaker after a verb of saying is no place; a town whose name is an adjective keeps
    # it before "region"
    ("Удары нанесли по Запорожью, добавляет Федоров.", ["Запорожью"]),
    ("Ракеты попали в склад в Сумах, добавил Сырский.", ["Сумах"]),  # Syrskiy, a village too
    ("Drones crossed the Bilhorod-Dnistrovskyi region.", ["Bilhorod-Dnistrovskyi region"]),
    # a listed city district, declined
    ("В Новобаварском районе Харькова горел склад.", ["Новобаварском районе", "Харькова"]),
    # a district whose adjective is a hyphenated town's, in Russian, is the whole district
    ("В Новгород-Северском районе горел склад.", ["Новгород-Северском районе"]),
    # the people of an oblast's centre, opening a sentence (whatever the tables count of the
    # centre's people); a capitalised word before a small town's case form is a first name
    ("Ночью было громко. Жители Херсона пострадали от атаки дронов.", ["Херсона"]),
    ("Ночью было громко. Олена Ківшара сказала це.", []),
    # the town's genitive after its head comes before the head's own name
    ("Об этом сообщил мэр Харькова Игорь Терехов.", ["Харькова"]),
    # a declined power plant named with its abbreviation, also opening a sentence
    ("Дроны атаковали территорию возле Хмельницкой АЭС.", ["Хмельницкой АЭС"]),
    ("Тривога тривала. Обстріл Запорізької АЕС не припинявся.", ["Запорізької АЕС"]),
    # a colloquial region name may open a sentence; a common word of that shape may not
    ("Житомирщина: уночі над областю збили два дрони.", ["Житомирщина"]),
    ("Морщина на лобі не зникла.", []),
    # "АР" (the Autonomous Republic) is a designator, not a first name before "Крим"
    ("Дрони летіли з окупованої АР Крим.", ["АР Крим"]),
    # a Cyrillic acronym is not the small place it also spells
    ("Как передает ТАСС, пресс-секретарь промолчал.", []),
    # a place before an acronym or, after "в/у" in its locative, before a person's name is no
    # first name; a genitive after "у" may be a person who has something
    ("Уночі у Харкові ЗСУ збили три дрони.", ["Харкові"]),
    ("У Львові Андрій Садовий заявив про вибухи.", ["Львові"]),
    ("У Олега Синєгубова є дані.", []),
    # a singular oblast after a town in a list is that oblast's own noun, not the list's plural
    ("Дроны летели из Брянска, Ростовской области и Краснодарского края.",
     ["Брянска", "Ростовской области", "Краснодарского края"]),
    # a Cyrillic case form of a country is weighed against a town abroad that the same letters
    # transliterate to (Irani, Brazil)
    ("Росіяни навчалися в Ірані керувати дронами.", ["Ірані"]),
    # the speaker after a perfective verb of saying is a surname (Fyodorov is a town too)
    ("Окна выбиты в Запорожье, — отметил Федоров.", ["Запорожье"]),
    # ... and before it, as its subject after a label; not a town's genitive or a place after
    # its adjective, whatever verb follows
    ("Деталі: Федоров повідомив, що пожежу загасили у Запоріжжі.", ["Запоріжжі"]),
    ("Городской голова Черноморска рассказал о ремонте.", ["Черноморска"]),
    ("Тренування в окупованому Криму підтвердили США.", ["Криму"]),
    # hromada adjectives that share one plural noun, which closes the list
    ("Вночі дрони атакували Сумську та Шосткинську громади.",
     ["Сумську", "Шосткинську громади"]),
    # ... in the genitive plural after neuter and -ян- centres (Білопілля, Ворожба), and the
    # Russian nominative plural, which reads like a singular's genitive
    ("Без світла залишилися частини Білопільської та Ворожбянської громад.",
     ["Білопільської", "Ворожбянської громад"]),
    ("Под ударом были Межевская, Покровская и Васильковская громады.",
     ["Межевская", "Покровская", "Васильковская громады"]),
    ("Russia could blow up the Kakhovka hydroelectric plant.", ["Kakhovka hydroelectric plant"]),
    # a facility listed under several ordinary words
    ("A drone hit the Chernobyl Nuclear Power Plant overnight.", ["Chernobyl Nuclear Power Plant"]),
    # four capitals read only as a case form are an acronym (an oblast military
    # administration), not a prominent city
    ("Голова КОВА подякував рятувальникам.", []),
    # ... but a dateline in capitals names its city
    ("МОСКВА, 3 мая. Пресс-служба промолчала.", ["МОСКВА"]),
    # a country's name in the genitive after a small town is no surname
    ("Удар завдали з Приморсько-Ахтарська Російської Федерації.",
     ["Приморсько-Ахтарська"]),
    # a geographic or facility noun after an adjectival name belongs to it
    ("Дрони летіли через Азовське море.", ["Азовське море"]),
    ("Обломки упали на Крымском мосту.", ["Крымском мосту"]),
    ("Пуски велись из Краснодарского края.", ["Краснодарского края"]),
    # a foreign surname in Cyrillic is not a small foreign place
    ("Про це заявив Канані.", []),
    # a street named after a city is no place
    ("Сгорел дом по улице Киевская.", []),
    # both parts of a hyphenated name decline
    ("Вибухи пролунали у Новгороді-Сіверському вночі.", ["Новгороді-Сіверському"]),
    # a settlement word before a name cues it but is not part of it ("мису" is: Cape X)
    ("Завод построят в городе Нижнекамск.", ["Нижнекамск"]),
    ("Вибух стався у селі Гладківка.", ["Гладківка"]),
    # a region's adjective and noun after a village are its container, not a surname
    ("Дроны атаковали Приморское Запорожской области.",
     ["Приморское", "Запорожской области"]),
    # "Рівне" takes -н- before the colloquial suffix
    ("Дрони пролетіли над Рівненщиною і Волинню.", ["Рівненщиною", "Волинню"]),
    # an acronym after a case form is no surname ("БпЛА" has two capitals)
    ("Вночі ворог атакував Полтавщину БпЛА та ракетами.", ["Полтавщину"]),
])
def test_cyrillic_region_forms_acronyms_and_compounds(rec: Recognizer, text: str,
                                                      expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones were launched from Russian territory.", ["Russian territory"]),
    ("Debris fell on NATO territory.", []),  # an acronym's territory is no place
    ("Ukraine struck the Kirovske military airfield.", ["Kirovske military airfield"]),
    # a lower-case noun that makes the phrase a listed facility belongs to it
    ("Traffic on the Kerch bridge was halted.", ["Kerch bridge"]),
    # a dotted abbreviation opens the name
    ("A drone crashed in St. Petersburg overnight.", ["St. Petersburg"]),
    # a name inside a web address is an outlet's
    ("Як пише сайт Kharkiv.Today, вибухи пролунали в Одесі.", ["Одесі"]),
    # a common adjective with "район" after it is a district's name
    ("Під атакою опинився Індустріальний район.", ["Індустріальний район"]),
])
def test_territories_and_military_airfields(rec: Recognizer, text: str,
                                            expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised word before a region that only opens the sentence, or names the country
    # that holds it, is no first name and the region no surname
    ("Захоплений Крим лишається плацдармом для атак.", ["Крим"]),
    ("Оккупированный Россией Крым служит площадкой для пусков.", ["Крым"]),
    ("Окупований Росією Крим лишається плацдармом.", ["Крим"]),
    # a prominent place whose name is as frequent as a word may open a sentence ...
    ("Москва знову закрила аеропорти.", ["Москва"]),
    ("Киев вновь подвергся налету.", ["Киев"]),
    # ... but the preposition with the same letters is no place, nor a first name before a
    # surname, nor a common word that spells a foreign city
    ("Крім того, уламки впали біля школи.", []),
    ("Владимир Сальдо выступил с обращением.", []),
    ("Ніч минула неспокійно.", []),
    # nor a common word that looks like a city's odd alternate (Biysk's "Viysk"), though a
    # case form of a city that starts with its sound still opens a sentence
    ("Військові заявили про збиті дрони.", []),
    ("Одесу атакували вночі, Ейск теж.", ["Одесу", "Ейск"]),
    # a common Russian word is no small place abroad that bears it (Aerodrom, Skopje)
    ("Аэродром в Ейске закрыли для полетов.", ["Ейске"]),
])
def test_capitalised_openers_before_and_as_prominent_places(rec: Recognizer, text: str,
                                                             expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case words after a name that make the phrase a listed facility belong to it
    ("The enemy struck the Burshtyn thermal power plant overnight.",
     ["Burshtyn thermal power plant"]),
    # a preposition governs the name right after it, not one after a year and a comma
    ("In 2020, Soleimani was killed in a strike.", []),
])
def test_multiword_facility_tails_and_prepositions_before_years(rec: Recognizer, text: str,
                                                               expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_a_countrys_alternate_that_its_region_bears_names_the_region(rec: Recognizer) -> None:
    # "Gaza Strip" is an alternate name of the Palestinian territories and of their Gaza
    # region: the phrase names the region, kept and read as one (a country would be kept only
    # where something is alleged there)
    (found,) = rec.find("Militants in the Gaza Strip fired rockets.")
    assert (found.surface, found.top_precision, found.kind) == ("Gaza Strip", Precision.REGION,
                                                                "region")


@pytest.mark.parametrize(("text", "expected"), [
    # a settlement's abbreviation introduces the name after it, two words if they go together
    ("Пошкоджено хлів (с. Малий Вербчик) і гараж.", [("Малий Вербчик", "settlement")]),
    ("Уламки впали в селі Нова Гута, повідомили рятувальники.",
     [("Нова Гута", "settlement")]),
    # an abbreviation with the village and the district after it: two mentions
    ("Уламки впали в с. Одноробівка Богодухівського району.",
     [("Одноробівка", "settlement"), ("Богодухівського району", "district")]),
    # "Малый" spells Mali in some language; after "с." it begins a village's name
    ("Поврежден дом (с. Малый Вербчик).", [("Малый Вербчик", "settlement")]),
    # ... and a hamlet's name that begins a two-word village's does not end it
    ("Уламки знайшли у селі Суха Каменка Ізюмського району.",
     [("Суха Каменка", "settlement"), ("Ізюмського району", "district")]),
    ("Про це у місті Харків Ігор Терехов сказав.", [("Харків", "settlement")]),
    # a hromada named in Russian
    ("Обстрелы были в пос. Тополи Купянской громады и в Южненской громаде.",
     [("Тополи", "settlement"), ("Купянской громады", "district"),
      ("Южненской громаде", "district")]),
    # the mayor of the town, named after "мер міста", is a person
    ("Про це повідомив мер міста Анатолій Федорук.", []),
])
def test_a_settlement_word_or_abbreviation_introduces_a_village(
        rec: Recognizer, text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(f.surface, f.kind) for f in rec.find(text)]
    assert [g for g in got if g[0] != "Федорук"] == expected


def test_the_places_after_the_regions_of_are_regions(rec: Recognizer) -> None:
    text = ("Drones were shot down over the regions of Poltava, Sumy and Chernihiv, and over "
            "the oblasts of Zhytomyr or Rivne. A drone hit a depot in Poltava.")
    got = [(f.surface, f.kind) for f in rec.find(text)]
    assert got == [("Poltava", "region"), ("Sumy", "region"), ("Chernihiv", "region"),
                   ("Zhytomyr", "region"), ("Rivne", "region"), ("Poltava", None)]


def test_a_list_item_that_leaves_out_the_oblast_noun_an_earlier_item_said(
        rec: Recognizer) -> None:
    found = rec.find("Сбиты дроны: в Херсонской области - три, в Николаевской - один.")
    assert [(f.surface, f.kind) for f in found] == [("Херсонской области", "region"),
                                                   ("Николаевской", "region")]
    # not without an earlier oblast noun: "в Полтавской" alone stays what it was
    assert all(f.kind != "region" for f in rec.find("Дом сгорел в Полтавской - так пишут."))
    # the item after "на", where the earlier one said "область"
    found = rec.find("Летели четыре дрона на Херсонскую область и два - на Николаевскую.")
    assert [(f.surface, f.kind) for f in found] == [("Херсонскую область", "region"),
                                                   ("Николаевскую", "region")]
    # after "над", with the plural noun in the earlier item
    found = rec.find("Сбиты дроны: по три над Курской и Брянской областями, по два - над "
                     "Смоленской, и один - над Калужской областью.")
    assert ("Смоленской", "region") in [(f.surface, f.kind) for f in found]
    # after a singular noun in the instrumental, with "и" after the item
    found = rec.find("Ночью дроны сбиты над Орловской областью, два над Липецкой и один над "
                     "Калужской.")
    assert [(f.surface, f.kind) for f in found] == [("Орловской областью", "region"),
                                                   ("Липецкой", "region"),
                                                   ("Калужской", "region")]
    # two items after one preposition, the noun said by an earlier item
    found = rec.find("Дроны сбиты в Тульской и Калужской областях, по одному - в Липецкой и "
                     "Тамбовской.")
    assert [(f.surface, f.kind) for f in found][2:] == [("Липецкой", "region"),
                                                       ("Тамбовской", "region")]


def test_a_list_of_seas_sharing_the_plural_noun(rec: Recognizer) -> None:
    found = rec.find("Дроны перехвачены над акваторией Черного и Азовского морей. Катери "
                     "патрулюють у Чорному та Азовському морях.")
    got = [(f.surface, f.kind, f.query) for f in found]
    # (the last item keeps the shared noun as the text writes it; each is looked up alone)
    assert got == [("Черного", "region", "Черного моря"),
                   ("Азовского морей", "region", "Азовского моря"),
                   ("Чорному", "region", "Чорному море"),
                   ("Азовському морях", "region", "Азовському море")]


def test_list_nouns_in_the_dative_plural(rec: Recognizer) -> None:
    found = rec.find("Удары пришлись по Сумской и Черниговской областям, а также по "
                     "Конотопскому и Роменскому районам.")
    assert [(f.surface, f.kind) for f in found] == [
        ("Сумской", "region"), ("Черниговской областям", "region"),
        ("Конотопскому", "district"), ("Роменскому районам", "district")]


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # a declined district phrase whose adjective the tables list only as a quarter's name
    ("Є руйнування у Святошинському районі міста.", "Святошинському районі", "district"),
    # a district named after a compound town, declined ("Новгород-Сіверський")
    ("Дрон влучив у будинок Новгород-Сіверського району.", "Новгород-Сіверського району",
     "district"),
    # a community named after a two-word town (Великий Бурлук) in one compound word
    ("Пошкоджено будинки Великобурлуцької громади.", "Великобурлуцької громади", "district"),
    # the dative after "по": "по селу X"
    ("Ворог вдарив по селу Шевченкове вночі.", "Шевченкове", "settlement"),
    ("Drones flew in from the Chornobyl exclusion zone.", "Chornobyl exclusion zone", None),
    # a Latin community with its designator, the compound adjective spelt without its -i
    ("Shells hit the Novhorod-Siversky hromada at dawn.", "Novhorod-Siversky hromada",
     "district"),
    # communities named after towns in -ець and in -і (Марганець, Дергачі)
    ("Обстріляли Покровську та Марганецьку громади.", "Марганецьку громади", "district"),
    ("У селі Прудянка Дергачівської громади поранено жінку.", "Дергачівської громади",
     "district"),
    # Russian genitive plurals of towns in -ичи and -ицы
    ("Истребитель вылетел из Барановичей ночью.", "Барановичей", None),
    ("Дрон упал в лесу возле Лельчиц.", "Лельчиц", None),
    # a port named by its town's adjective
    ("Вибухова хвиля пошкодила судно в Ізмаїльському порту.", "Ізмаїльському порту",
     "facility"),
    # a district's adjective that also names a quarter elsewhere, in a list of districts
    ("Під ударом опинилися Шевченківський та Холодногірський райони.", "Шевченківський",
     "district"),
    # a city opening a sentence whose name is about as frequent as a word (the river's too)
    ("Днепр и область снова стали целью.", "Днепр", None),
    # a town's surroundings after a mixed-case acronym, which is no first name
    ("Ночью враг атаковал БпЛА Синельниковщину.", "Синельниковщину", None),
    # a region after a short acronym, which opens no name of a body there
    ("Иран направил в аннексированный РФ Крым военных.", "Крым", None),
])
def test_declined_districts_compound_communities_and_zones(rec: Recognizer, text: str,
                                                           surface: str, kind: str | None
                                                           ) -> None:
    got = [(f.surface, f.kind) for f in rec.find(text)]
    assert (surface, kind) in got, got


@pytest.mark.parametrize(("text", "absent"), [
    # a name after an age is a person's
    ("“It shook the house,” said 70-year-old Vladimir, who lives next door.", ["Vladimir"]),
    # a unit of area before the sentence's next word ("кв.м." is no "м." for a town)
    ("Сгорели постройки площадью 150 кв.м. Повреждены дома.", ["Повреждены"]),
    # a state administration by its Latin acronym
    ("The head of the Kharkiv OVA spoke about the night.", ["Kharkiv"]),
    # a speaker after "за словами", and again later in the text
    ("За словами Григорова, удар був вночі. Пряма мова Григорова: жертв немає.",
     ["Григорова"]),
    ("The head of the Sumy RMA said the night was calm.", ["Sumy"]),
    ("The deputy head of the Poltava RSA posted photos of the damage.", ["Poltava"]),
    # a district police department named by its district's adjective
    ("Огонь охватил здание Новгород-Северского районного отдела полиции.",
     ["Новгород-Северского"]),
    ("Вибито вікна в приміщенні Новгород-Сіверського районного управління поліції.",
     ["Новгород-Сіверського"]),
    # a town's name after a title, before a surname
    ("The city’s acting mayor, Artem Moroz, said the drones hit a plant.", ["Artem"]),
    # a town's name and the first word of a sentence whose stop is missing
    ("Удар пришёлся по городу Черноморску Бывшее здание порта горело.",
     ["Черноморску Бывшее"]),
    # a very common pronoun is no case form of a region's three-letter alternate
    ("Мені сказали, що вночі було гучно.", ["Мені"]),
    # rocket artillery in quotes, named like a town
    ("Ворог випустив 40 снарядів з мінометів, \"Градів\" і танків.", ["Градів"]),
])
def test_people_units_and_bodies_are_no_places(rec: Recognizer, text: str,
                                              absent: list[str]) -> None:
    got = surfaces(rec, text)
    assert all(a not in got for a in absent), got


def test_the_members_of_a_list_before_districts_or_hromadas_are_districts(
        rec: Recognizer) -> None:
    found = rec.find("Debris fell in the Synelnykove and Pavlohrad districts. The Marhanets "
                     "and Myrove hromadas were shelled. Drones hit the Kherson and Mykolaiv "
                     "regions.")
    got = [(f.surface, f.kind, f.query) for f in found]
    assert got == [("Synelnykove", "district", "Synelnykove district"),
                   ("Pavlohrad", "district", "Pavlohrad district"),
                   ("Marhanets", "district", "Marhanets hromada"),
                   ("Myrove", "district", "Myrove hromada"),
                   ("Kherson", "region", None), ("Mykolaiv", "region", None)]


def test_an_age_before_a_place_that_qualifies_a_noun_leaves_the_place(rec: Recognizer) -> None:
    assert "Lviv" in surfaces(rec, "A 300-year-old Lviv church burned down.")
    assert "Severn" in surfaces(rec, "A 55-year-old Severn, Maryland man was held.")


def test_the_russian_word_region_after_an_oblast_adjective(rec: Recognizer) -> None:
    found = rec.find("Ночью ПВО сбила два дрона над Московским регионом.")
    assert [(f.surface, f.kind) for f in found] == [("Московским регионом", "region")]
    found = rec.find("Над Київським регіоном збито ще три дрони.")
    assert [f.surface for f in found] == ["Київським регіоном"]


def test_a_common_word_the_text_calls_a_village_names_one(rec: Recognizer) -> None:
    assert "Новое" in [f.surface for f in rec.find("Пострадал дом в селе Новое под Курском.")]
    # (not the word as it stands: "новое" means "new")
    assert rec.find("Новое здание школы открыли в срок.") == []


@pytest.mark.parametrize("text", [
    "Відео оприлюднило Повітряне командування «Схід».",
    "Силы ПВО группировки «Восток» сбили три дрона.",
    "Відео оприлюднив ПК «Схід».",
    'За його словами, захисники ПвК "Схід" збили 6 "шахедів".',
])
def test_a_military_unit_named_in_quotes_is_no_place(rec: Recognizer, text: str) -> None:
    assert rec.find(text) == []


def test_a_town_opening_a_round_up_line_is_a_place(rec: Recognizer) -> None:
    # a Cyrillic town's name is a middling word in word lists, being written often; opening a
    # line it is still the town
    assert surfaces(rec, "Корюківка: через влучання дрона пошкоджено склад.") == ["Корюківка"]


def test_a_service_branch_or_a_lower_case_body_is_no_place(rec: Recognizer) -> None:
    assert surfaces(rec, "ГСЧС Черниговщины работает на месте. ДСНС Київщини гасить пожежу.") \
        == []
    assert surfaces(rec, "The Izmail district prosecutor's office and the Odesa regional "
                         "military administration said so.") == []
    assert surfaces(rec, "According to the Kherson regional police, two were hurt.") == []
    # the city the police serve is where the text locates them
    assert surfaces(rec, "Toronto police said the road was closed.") == ["Toronto"]
    assert surfaces(rec, "New York City police closed the bridge.") == ["New York City"]


def test_names_between_two_places_of_a_comma_list_are_places(rec: Recognizer) -> None:
    found = rec.find("Під обстрілами були Херсон, Білозерка, Чарівне, Зеленотравка, Томина "
                     "Балка, Антонівка.")
    got = [(f.surface, f.how) for f in found]
    # a common word ("charming") and a name no table lists, named as their neighbours are
    assert ("Чарівне", "unresolved") in got and ("Зеленотравка", "unresolved") in got
    assert [s for s, _ in got] == ["Херсон", "Білозерка", "Чарівне", "Зеленотравка",
                                   "Томина Балка", "Антонівка"]
    # not the words of a sentence after a list's last place
    assert surfaces(rec, "Під обстрілами були Херсон, Білозерка. Чарівне місто.") == [
        "Херсон", "Білозерка"]


def test_the_unknown_names_of_a_headed_or_closed_list_of_settlements(rec: Recognizer) -> None:
    # a settlement noun heads the list: its last items, after its one known place, are places
    got = surfaces(rec, "Удари припали по населених пунктах Білозерка, Зеленотравка та "
                        "Дніпровка Друга.")
    assert got == ["Білозерка", "Зеленотравка", "Дніпровка Друга"]
    # two known places make a list without a head, if it ends where the clause does
    got = surfaces(rec, "Обстріляли Херсон, Антонівку, Зеленотравку і Чарівне.")
    assert got == ["Херсон", "Антонівку", "Зеленотравку", "Чарівне"]
    got = surfaces(rec, "Атакували серію сіл: Білозерка, Чарівне, Зеленотравка та інші.")
    assert got == ["Білозерка", "Чарівне", "Зеленотравка"]
    # a village named after a person is one name, not a foreign town and a village
    found = rec.find("Під обстрілами були Білозерка, Антонівка, Тараса Шевченка та Херсон.")
    assert [(f.surface, f.how) for f in found if f.surface.startswith("Тар")] == [
        ("Тараса Шевченка", "unresolved")]
    # one known place and no head: the words after it are not taken for places
    assert surfaces(rec, "Обстріляли Херсон, Олег Петренко та Ірина.") == ["Херсон"]
    # nor two names that lost the comma between them
    assert surfaces(rec, "Під обстрілом були Антонівка, Комишани Білозерка та Херсон.") == [
        "Антонівка", "Комишани", "Білозерка", "Херсон"]


def test_a_singular_noun_may_close_a_list_of_adjectives(rec: Recognizer) -> None:
    # loosely written, a list of two oblasts or districts may end in a singular noun
    found = rec.find("Житомирська та Рівненська область зазнали ударів.")
    assert [(f.surface, f.query) for f in found] == [
        ("Житомирська", "Житомирська область"), ("Рівненська область", None)]
    assert surfaces(rec, "Уламки впали у Голосіївський та Печерський район.") == [
        "Голосіївський", "Печерський район"]
    # an adjective right before a singular noun names one unit, as it did
    assert surfaces(rec, "Рівненська область зазнала ударів.") == ["Рівненська область"]
    # and a village whose name looks like an adjective, listed with another before their
    # district, is no list of districts
    assert "Одноробівка" in surfaces(rec, "Удари були в населених пунктах Завадське та "
                                          "Одноробівка Богодухівського району.")


def test_a_dotted_name_in_quotes_is_an_outlet(rec: Recognizer) -> None:
    assert surfaces(rec, 'Reported by Censor with reference to "Krym.Realii".') == []
    assert surfaces(rec, "Drones hit Kherson.Later that day more came.") == ["Kherson"]


def test_a_hromada_named_by_a_russian_compound_adjective(rec: Recognizer) -> None:
    # Старосалтовская: of Старый Салтов, read as a case form rather than a spelling guess
    assert "Старосалтовской громады" in surfaces(
        rec, "В селе Шестаково Старосалтовской громады пострадал мужчина.")


def test_a_long_list_of_oblast_adjectives_before_its_plural_noun(rec: Recognizer) -> None:
    # every item of a list as long as the country's oblasts, its first too
    text = ("Цели поражены в Одесской, Николаевской, Херсонской, Запорожской, Днепропетровской, "
            "Харьковской, Сумской, Полтавской, Черкасской, Киевской, Житомирской, Винницкой, "
            "Хмельницкой и Ровенской областях.")
    found = surfaces(rec, text)
    assert found[0] == "Одесской" and len(found) == 14


def test_a_power_plant_named_by_an_adjective_and_its_kind(rec: Recognizer) -> None:
    # the plant's adjective is no place by itself; with "thermal plant" (its listed
    # "thermal power plant", "TPP") it names the station
    found = rec.find("Russia struck the Trypilska thermal plant and the Zmiivska thermal "
                     "power station overnight.")
    assert [(f.surface, f.top_precision.value) for f in found] == [
        ("Trypilska thermal plant", "facility"), ("Zmiivska thermal power station", "facility")]


def test_the_holder_of_a_title_of_a_place_is_a_person(rec: Recognizer) -> None:
    # two capitalised words after "President of Moldova," name its holder, though each
    # spells a place somewhere (Maia, Portugal)
    found = surfaces(rec, "The President of Moldova, Maia Sandu, called the drone a threat. "
                          "Maia Sandu spoke again later.")
    assert "Maia" not in found and "Sandu" not in found


@pytest.mark.parametrize(("text", "expected"), [
    # a town's case form after the head of a town, before the head's full name, names the
    # town, however small it is
    ("Зокрема, мер Корюківки Ратан Ахмедов повідомив про наслідки.", ["Корюківки"]),
    # ... and after a head that opens the sentence, where a genitive shaped like a woman's
    # surname ("Чернігова") is no speaker before a verb of saying
    ("Вибухи. Мер Чернігова заявив про наслідки. Мер Корюківки повідомив.",
     ["Чернігова", "Корюківки"]),
    # (the head's name itself is no place)
    ("Мер Ратан Ахмедов сказав, що світло повернуть.", []),
])
def test_the_town_of_its_head(rec: Recognizer, text: str, expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize("text", [
    "The head of Kyiv’s city military administration, Serhiy Popko, said no one was hurt.",
    "Philip Pronin, head of the Poltava region government, said a building burned.",
])
def test_a_public_body_after_a_possessive_or_a_region_is_not_a_place(
        rec: Recognizer, text: str) -> None:
    assert surfaces(rec, text) == []


def test_a_starosta_okruh_with_its_kind(rec: Recognizer) -> None:
    found = rec.find("В Івотському старостинському окрузі пошкоджено обʼєкт інфраструктури.")
    assert [(f.surface, f.kind) for f in found] == [
        ("Івотському старостинському окрузі", "district")]


@pytest.mark.parametrize(("text", "expected"), [
    # Radio Liberty's regional desks are outlets, dotted or not
    ("The fire was reported by Crimea.Realii, citing satellite images. Smoke rose in Crimea.",
     ["Crimea"]),
    # a people's adjective is no village that bears it as a name (a Greek one is "Tatar")
    ("The town lies in Tatarstan. The Tatar name differs by one letter.", ["Tatarstan"]),
])
def test_outlets_and_a_peoples_adjective(rec: Recognizer, text: str,
                                         expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_a_hromada_adjective_that_leaves_out_the_noun_an_earlier_item_said(
        rec: Recognizer) -> None:
    found = rec.find("Окрім чотирьох постраждалих у Покровській громаді, є ще двоє – у "
                     "Новопавлівській та Маломихайлівській.")
    assert [(f.surface, f.kind) for f in found][1:] == [
        ("Новопавлівській", "district"), ("Маломихайлівській", "district")]


@pytest.mark.parametrize(("text", "expected"), [
    # a plural town's genitive has no ending and may have three letters
    ("Над окраинами Сум ночью сбили восемь дронов.", ["Сум"]),
    ("Вибухи пролунали поблизу Сум і Прилук.", ["Сум", "Прилук"]),
    # three letters that inflect no prominent place stay words; an acronym stays one
    ("Вони казали, що Нам байдуже. Ось Так.", []),
    ("Повідомили у ДСНС та ЗСУ.", []),
])
def test_a_three_letter_case_form_of_a_prominent_town(rec: Recognizer, text: str,
                                                      expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the first item of a list after "attacks on", known or not
    ("The army made nine drone attacks on Zorivske, Tykhobirka and Ternuvate overnight.",
     ["Zorivske", "Tykhobirka", "Ternuvate"]),
    # an unknown name after two known ones a comma joins, and between a known one and the next
    ("Shells hit Ternuvate, Kushuhum, Dubrivske, Zorivske and Veselianka.",
     ["Ternuvate", "Kushuhum", "Dubrivske", "Zorivske", "Veselianka"]),
    # the first of a list whose second item is a known settlement
    ("Fire was reported in frontline villages, including Tykhobirka, Kushuhum and Ternuvate.",
     ["Tykhobirka", "Kushuhum", "Ternuvate"]),
])
def test_unknown_names_inside_an_english_list_of_settlements(rec: Recognizer, text: str,
                                                              expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize("text", [
    # a person after a town and a comma is no list item; nor is a word after "on" with no list
    "In Kushuhum, Petrenko said the night was calm.",
    "The attacks on Tuesday hit Kushuhum.",
    "Strikes on Zorivske were reported.",
])
def test_no_list_read_where_none_is(rec: Recognizer, text: str) -> None:
    assert surfaces(rec, text) == (["Kushuhum"] if "Kushuhum" in text else [])


def test_a_short_hromada_noun_and_districts_listed_after_a_dash(rec: Recognizer) -> None:
    found = rec.find("У Смілянській тергромаді пошкоджено трансформатор. Найбільше дісталося "
                     "двом районам — Ковельському та Любомльському.")
    assert [(f.surface, f.kind) for f in found] == [
        ("Смілянській тергромаді", "district"), ("Ковельському", "district"),
        ("Любомльському", "district")]


@pytest.mark.parametrize(("text", "expected"), [
    # a common word opening the sentence is no first name, nor is "Regarding"
    ("Eight Kharkiv residents sought help. Later drones hit Kharkiv again.",
     ["Kharkiv", "Kharkiv"]),
    ("Regarding Mykolaiv, fires broke out after the attack.", ["Mykolaiv"]),
    # (a title or a first name opening the sentence still makes a name of what follows)
    ("President Maia Sandu spoke. Source: European Pravda.", []),
    # a Russian locative adjective before "порту" names the town's port; a clipped compound
    # town is that town, not the town its first part names
    ("В Одесском порту ранен работник.", ["Одесском порту"]),
    ("Атака на Белгород-Днестровск длилась час.", ["Белгород-Днестровск"]),
])
def test_openers_ports_and_clipped_compounds(rec: Recognizer, text: str,
                                             expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_two_word_villages_after_residents_and_in_a_list(rec: Recognizer) -> None:
    # the genitive of a two-word village after "мешканці", and after a list's conjunction
    assert surfaces(rec, "Постраждали мешканці Великого Бурлука, Вільхуватки та Козачої "
                         "Лопані.") == ["Великого Бурлука", "Вільхуватки", "Козачої Лопані"]


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym's plural names weapons, not a place it spells fuzzily
    ("Troops used 8 guided bombs (KABs) in the Kharkiv region.", ["Kharkiv region"]),
    # countries that name a border are places, the pair joined by a hyphen too
    ("Drones were seen on the Belarus-Ukraine border.", ["Belarus", "Ukraine"]),
    ("Troops gathered near the Belarus border.", ["Belarus"]),
    # (not a war named after two countries)
    ("The Russia-Ukraine war goes on.", []),
    # a Ukrainian adjective and an unknown capitalised word: one village's two-word name,
    # not a first name and a surname
    ("In Velyka Rohozianka, a house was hit.", ["Velyka Rohozianka"]),
    ("Drones hit the village of Velyka Rohozianka.", ["Velyka Rohozianka"]),
    ("Strikes hit Velyka Pysarivka.", ["Velyka Pysarivka"]),
    # (whatever village abroad bears the second word: Russia's Tersa)
    ("Drones hit the village of Verkhnia Tersa.", ["Verkhnia Tersa"]),
    # ... in a list too, whose next unknown item it does not hide
    ("Drones attacked Orikhiv, Hulyaypole, Verkhnia Tersa, Robotyne and Stepnohirsk.",
     ["Orikhiv", "Hulyaypole", "Verkhnia Tersa", "Robotyne", "Stepnohirsk"]),
    ("Nova Poshta said its depot was hit.", []),
])
def test_acronyms_borders_and_adjective_village_names(rec: Recognizer, text: str,
                                                      expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline that capitalises every word: the common word before a town is no first name,
    # and the town stays a place in the body below
    ("Drones Strike Poltava And Its Suburbs Overnight\n\nA drone hit Poltava at dawn.",
     ["Poltava", "Poltava"]),
    ("Shahed Attack Hits Uman, Homes Damaged\n\nIn Uman, windows were broken.",
     ["Uman", "Uman"]),
    # (in running text a capitalised name before a town still makes it a surname)
    ("Spokesman Andriy Poltava said the alarm was over. Poltava was quiet.", []),
    # a common word there that is also a foreign town is the word
    ("Drone Strike On Enterprise And Homes Recorded In Volyn Region", ["Volyn Region"]),
    # ... and so is one of the commonest words, though a region bears it (County Down)
    ("Air Defence Forces Shoot Down 20 Drones Over Kherson", ["Kherson"]),
    # a first name that is also a city's, before a surname of no Slavic shape and what the
    # person said
    ("Regional head Volodymyr Kohut said two drones were downed over Poltava.", ["Poltava"]),
    # ... or before the person's title
    ("Oil facilities in Poltava region were hit, Volodymyr Kohut, acting head of the region, "
     "reported.", ["Poltava region"]),
    # a surname between a quotation and a verb of saying, though a village bears it (Fyodorov)
    ('"The alert is still on," Fedorov wrote. Drones hit Bilenke.', ["Bilenke"]),
    ("Міський голова Артем Кобзар повідомив про влучання в Сумах.", ["Сумах"]),
    # a first name written with a left quote for its apostrophe ("В‘ячеслав") is one word, so
    # the surname after it is no Belarusian town
    ("Про це повідомив начальник ОВА В‘ячеслав Чаус.", []),
    # villages introduced by a plural noun in the instrumental ("між селами X та Y")
    ("Уламки впали між селами Гнилиця та Мокрянка.", ["Гнилиця", "Мокрянка"]),
    ("Дрон упал между населенными пунктами Криуша и Гнилица.", ["Криуша", "Гнилица"]),
])
def test_headlines_apostrophes_and_plural_settlement_nouns(rec: Recognizer, text: str,
                                                             expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the last item of a Cyrillic list keeps the plural noun the items share, as written
    ("Уламки впали в Кременчуцькому та Лубенському районах.",
     ["Кременчуцькому", "Лубенському районах"]),
    ("Удари по Межевской, Васильковской и Покровской громадах.",
     ["Межевской", "Васильковской", "Покровской громадах"]),
    ("Атаковані Сумська, Харківська та Полтавська області.",
     ["Сумська", "Харківська", "Полтавська області"]),
    # ... with a hedge before the last item
    ("Без світла села Баштанського, Миколаївського та частково Вознесенського районів.",
     ["Баштанського", "Миколаївського", "Вознесенського районів"]),
    # a strait, a gulf or an ocean in any case, with its noun
    ("Танкер затримали в Ормузькій протоці, дрони летіли над Перською затокою.",
     ["Ормузькій протоці", "Перською затокою"]),
    ("«Шахед» двигается по границе курсом на Киевское водохранилище.",
     ["Киевское водохранилище"]),
    # a district named after a centre whose е a closed syllable turns into і (Мукачеве)
    ("Уламки впали у Мукачівському районі.", ["Мукачівському районі"]),
    # a unit's genitive noun after a town's name is the next name's: "of the district of Y"
    ("Обломки нашли у города Этулия района Вулканешты.", ["Этулия", "Вулканешты"]),
    # a hyphenated name with its country joined on, as translated launch lists write it
    ("The drones came from the south-east (Primorsko-Akhtarsk-Russia) overnight.",
     ["Primorsko-Akhtarsk"]),
    # a refinery or oil depot named by its town, with a capital or not, is one mention
    ("Drones hit the Ilsky Oil Refinery and the Afipsky refinery overnight.",
     ["Ilsky Oil Refinery", "Afipsky refinery"]),
    ("A fire broke out at the Tikhoretsk oil depot.", ["Tikhoretsk oil depot"]),
    ("An explosion hit the Gvardeyskoye base in Crimea.", ["Gvardeyskoye base", "Crimea"]),
    # a people's adjective does not open a named place, nor does a headline's common word
    ("A drone attack targeted two Ukrainian Danube River ports.", ["Danube River"]),
    ("Russia Attacks Ukrainian Danube Port For Second Day", ["Danube"]),
    # a settlement word and a comma do not introduce the name after them
    ("The mayor of the city, Rustem Nuriev, said one drone was downed.", []),
])
def test_list_nouns_facility_tails_and_named_places(rec: Recognizer, text: str,
                                                    expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list after "four districts of the city -", the district nouns in the Russian genitive
    # singular that follows a numeral, one adjective in -ный
    ("Под ударами были четыре района Днепра - Чечеловский, Новокодацкий и Центральный.",
     ["Днепра", "Чечеловский", "Новокодацкий", "Центральный"]),
    # ... or after "three districts of the X oblast –"
    ("Пожежі виникли у трьох районах Київської області – Бучанському, Бориспільському та "
     "Обухівському.", ["Київської області", "Бучанському", "Бориспільському", "Обухівському"]),
    # (a lone adjective in -ный names nothing)
    ("Это был центральный вопрос.", []),
    # a Russian hromada adjective of a plural Ukrainian centre in -ки (Вербки)
    ("Враг ударил по Вербковской громаде Павлоградского района.",
     ["Вербковской громаде", "Павлоградского района"]),
])
def test_district_lists_after_a_numeral_and_russian_hromada_adjectives(
        rec: Recognizer, text: str, expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a common Russian verb opening a sentence is no foreign city's Latin alternate
    ("Агрессор атаковал район. Попал по Никополю.", ["Никополю"]),
    # a speaker before a verb of saying, after a clock time ("в 14:30" is no "in X")
    ("Взрывы прогремели, а в 14:30 Федоров сообщил о новых.", []),
    # a military axis named by towns' adjectives is a front, not the towns ...
    ("Ворог посилився на Одеському чи Миколаївському напрямках.", []),
    ("Бои идут на Покровском направлении.", []),
    # ... but a heading after a place leaves it one
    ("Дрони летіли з Одеської області у напрямку Миколаєва.",
     ["Одеської області", "Миколаєва"]),
])
def test_common_openers_and_speakers_after_a_time(rec: Recognizer, text: str,
                                                  expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_a_town_before_its_own_hromada_is_the_town(rec: Recognizer) -> None:
    # "громади" is the hromada's genitive singular, which no list of adjectives in another case
    # shares: the town's locative ("Первомайську") stays the town, not a listed hromada
    found = rec.find("Зруйновано будинок культури в Первомайську, Первомайської громади.")
    assert [(f.surface, f.kind) for f in found] == [
        ("Первомайську", None), ("Первомайської громади", "district")]
    # (while adjectives of one case do share it: "Харківської, Сумської області")
    found = rec.find("Уламки впали на території Конотопської та Шосткинської громади.")
    assert [f.kind for f in found] == ["district", "district"]


@pytest.mark.parametrize(("text", "expected"), [
    # a city in a case form before a people's adjective (no country's title: "Республикой
    # Молдова" has a capital)
    ("У Харкові російські дрони влучили в гаражі.", ["Харкові"]),
    ("На Полтавщині російські ударні дрони пошкодили склад.", ["Полтавщині"]),
    # a Russian unit noun, whose "ы" must not decide how the name before it is spelt
    ("Без света остались 700 абонентов в селах Близнюковской общины.",
     ["Близнюковской общины"]),
    # an acronym in a case form is a weapon or a company, not a place
    ("За сутки по области прилетело четыре КАБа и три дрона, пострадал Чугуев.", ["Чугуев"]),
    # a bullet opens a line, whose first word is no place however it declines
    ("Повідомлення з Конотопа:\n- Військові попереджали про дрони над містом.", ["Конотопа"]),
    # an outlet that joins its brand and its city with a dot (a village's abbreviation may too)
    ("Удар по с.Гоголеве підтвердив начальник ОВА, передає Depo.Чернігів.", ["Гоголеве"]),
    # a first name and a surname set off by commas after the title
    ("According to the head of the regional administration, Volodymyr Kohut, a depot in "
     "Myrhorod was hit.", ["Myrhorod"]),
    ("Source: Volodymyr Vovkotrub, Secretary of the City Council, on the fire in Bila "
     "Tserkva.", ["Bila Tserkva"]),
    # a capital stepping up a campaign stands for its government
    ("Trains were delayed near Lozova as Moscow has stepped up attacks on the railways.",
     ["Lozova"]),
    # a place's name after a company's prefix is the company ("Ukr-" + Zaliznytsia)
    ("Russia shelled a depot in Odesa and Ukrzaliznytsia lines near Konotop.",
     ["Odesa", "Konotop"]),
    # a list of oblast adjectives closed by "and other oblasts"
    ("Дрони збили у Харківській, Полтавській та інших областях.",
     ["Харківській", "Полтавській"]),
    # a small place's name before a monument named after a person
    ("In Lviv, a downed drone fell near the Bandera monument.", ["Lviv"]),
    # a landform's noun in lower case is part of the name
    ("The drones were launched from cape Chauda overnight.", ["cape Chauda"]),
    # a speaker who warned, after a clock time or a verb of warning (not a town that did)
    ("Также в 14:50 Федоров предупредил об угрозе ракет для Запорожья.", ["Запорожья"]),
    ("Об этом предупредил Федоров, а в Запорожье объявили тревогу.", ["Запорожье"]),
])
def test_people_acronyms_brands_and_lists_read_from_held_out_misses(
        rec: Recognizer, text: str, expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_a_district_item_that_leaves_out_the_noun_an_earlier_item_said(rec: Recognizer) -> None:
    found = rec.find("В Купянском районе повреждены дома, в Изюмском – сарай и лес.")
    assert [(f.surface, f.kind) for f in found] == [("Купянском районе", "district"),
                                                    ("Изюмском", "district")]
    assert found[1].query == "Изюмском район"


@pytest.mark.parametrize(("text", "expected"), [
    # a river named with its noun first, as British English writes it
    ("Port warehouses on the River Danube burned after the attack.", ["River Danube"]),
    # a hyphenated village no table lists: not its second half read alone (Kolonia is also
    # Cologne's Polish name), and a known first half stands for the whole
    ("Fragments were found near Krzywowierzba-Kolonia on Wednesday.", []),
    ("Police cordoned off a field in Zabłocie-Kolonia.", ["Zabłocie-Kolonia"]),
    # a name with a particle ("de Jos", lower village) is one name, not Nigeria's Jos
    ("A roof was damaged in Cuhureștii de Jos, in the north of Moldova.",
     ["Cuhureștii de Jos", "north of Moldova"]),
    # two known places joined by a hyphen stay two places, small ones too
    ("The Kyiv-Lviv train was delayed by the alert.", ["Kyiv", "Lviv"]),
    ("The Nosivka-Nizhyn road was closed after the strike.", ["Nosivka", "Nizhyn"]),
    # a Russian hromada noun in the accusative closes the name
    ("Удары пришлись на Нежин и Семеновскую общину.", ["Нежин", "Семеновскую общину"]),
])
def test_rivers_compound_names_and_community_nouns(rec: Recognizer, text: str,
                                                   expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


def test_a_river_read_with_its_noun_first_is_the_river(rec: Recognizer) -> None:
    found = rec.find("Smoke rose over the River Dnipro near Kherson.")
    assert [(f.surface, f.query, f.kind) for f in found] == [
        ("River Dnipro", "Dnipro River", "region"), ("Kherson", None, None)]


def test_a_landform_no_table_lists_stands_unplaced(rec: Recognizer) -> None:
    """"the River Thames" is no town named Thames: the mention stays, without a reading."""
    found = rec.find("Debris was pulled from the River Thames.")
    assert [(f.surface, f.how) for f in found] == [("River Thames", "unresolved")]


def test_a_list_of_regions_goes_on_past_a_misspelt_member(rec: Recognizer) -> None:
    found = rec.find("Depots in the Cherkasy, Poltava, Mykolaie, and Odesa regions burned.")
    assert [(f.surface, f.kind) for f in found] == [("Cherkasy", "region"), ("Poltava", "region"),
                                                     ("Odesa", "region")]


def test_an_acronym_in_mixed_case_after_a_town_noun_is_no_town(rec: Recognizer) -> None:
    assert surfaces(rec, "Зафіксовано шість ударів по місту БпЛА, горів склад у Куп'янську.") \
        == ["Куп'янську"]


@pytest.mark.parametrize("text", [
    "Сили ППО збили 48 дронів на Півночі, Сході та Півдні країни.",
    "Силы ПВО обезвредили 48 дронов на Севере, Востоке и Юге.",
])
def test_a_quarter_of_the_sky_named_as_a_front_is_no_place(rec: Recognizer, text: str) -> None:
    # (tables list villages and a city's quarter as "Восток")
    assert surfaces(rec, text) == []


def test_a_port_named_with_of_is_looked_up_as_the_port(rec: Recognizer) -> None:
    found = rec.find("A fire broke out in the port of Pivdennyi after the attack.")
    assert [(f.surface, f.query) for f in found] == [("Pivdennyi", "port of Pivdennyi")]


def test_towns_before_their_district_are_no_list_of_its_adjectives(rec: Recognizer) -> None:
    # "по Краматорську та Слов'янську" are two towns in the dative; the genitive district
    # after them shares no noun with them (a list of adjectives agrees in case)
    found = rec.find("Удари дронами по Краматорську та Слов’янську Краматорського району.")
    assert [(f.surface, f.kind) for f in found] == [
        ("Краматорську", None), ("Слов’янську", None), ("Краматорського району", "district")]


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated centre in -a makes its adjective in -o: Середина-Буда
    ("Без світла Кролевецька та Середино-Будська громади.",
     ["Кролевецька", "Середино-Будська громади"]),
    # a starosta okruh by its office's name
    ("Дрон попал в дом в Песчанском старостате.", ["Песчанском старостате"]),
])
def test_hyphenated_community_adjectives_and_starosta_offices(rec: Recognizer, text: str,
                                                               expected: list[str]) -> None:
    assert surfaces(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a facility the project lists, opening a headline, is no ordinary word
    ("ДніпроГЕС. Росія вдарила ракетами по греблі.", [("ДніпроГЕС", None)]),
    # a power plant in full words, declined, read through its acronym
    ("Пошкоджено греблю Дніпровської гідроелектростанції.",
     [("Дніпровської гідроелектростанції", "facility")]),
    ("Знищено Трипільську теплоелектростанцію.",
     [("Трипільську теплоелектростанцію", "facility")]),
    # a country's part that a facility's name begins with
    ("A drone exploded near the South Ukraine nuclear plant.",
     [("South Ukraine nuclear plant", "facility")]),
])
def test_listed_plants_by_their_other_names(rec: Recognizer, text: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    assert [(f.surface, f.kind) for f in rec.find(text)] == expected
