"""More role readings: adverbs inside strike clauses, damage in a place named first, and
"destroyed" read by its object (drones shot down, or a building hit)."""

from __future__ import annotations

import pytest
from test_roles import OT, ST, read

from gazetteer.core import Gazetteer

CASES = [
    ("Drones also hit [*Poltava] shortly before dawn.", {ST}),
    ("Missiles reportedly struck [*Uman] and the nearby village of [Ladyzhynka].", {ST}),
    ("According to the governor, drones again hit [*Chernihiv] on Sunday.", {ST}),
    ("In [*Zhytomyr], falling wreckage damaged two houses, the city council said.", {ST}),
    ("At [*Konotop], a drone hit a fuel depot and a fire broke out.", {ST}),
    ("In [*Lutsk], officials held a briefing on the air-raid alerts.", {OT}),
    # the attack's aftermath named where it is
    ("Russian drones attacked several regions; in particular, there are consequences in "
     "[*Cherkasy], [Sumy] and [Kryvyi Rih].", {ST}),
    ("Consequences of the attack were recorded in [Sumy] and [*Konotop], the police said.",
     {ST}),
    # a clause opened by "that" opens as a sentence would
    ("Kuleba said that following the attacks, a fire had broken out in the port of "
     "[*Pivdennyi].", {ST}),
    # weapons destroyed by the air defence in a place were shot down there
    ("Two missiles were destroyed by air defence forces in [*Kirovohrad Oblast].", {OT}),
    # "impacted", and the impact that occurred in a place
    ("The drone strikes also impacted the [*Zmiivska thermal power plant].", {ST}),
    ("The mayor specified that the impact occurred in the [*Osnovianskyi district] of "
     "[Kharkiv].", {ST}),
    # the drone spelt out speaks of force
    ("Russian unmanned aerial vehicles attacked the [*Izyum] and [Chuhuiv] districts.", {ST}),
    # (not the consequences of a policy)
    ("The sanctions had consequences in [*Poland] and [Hungary], the minister said.", {OT}),
    ("The ministry said its troops had destroyed an ammunition depot in [*Pavlohrad].", {ST}),
    ("Air defence destroyed 14 drones over [*Cherkasy] overnight.", {OT}),
    ("Crews destroyed several Shaheds near [*Bila Tserkva] before they reached their targets.",
     {OT}),
    # a facility destroyed, in the passive; destroyed drones over a region stay a shoot-down
    ("The [*Ladyzhyn TPP] was almost entirely destroyed, the operator reported.", {ST}),
    ("The [*Izmail] grain terminal has been destroyed, its owner said on Friday.", {ST}),
    ("Nine drones over the [*Kursk region] were destroyed before dawn.", {OT}),
    # the place first, then the drones shot down there (not debris, nor a downed drone's hit)
    ("In the southern [*Mykolaiv] region, four drones were shot down by air defence.", {OT}),
    ("Over the [*Sumy] region, gunners shot down 12 Shahed drones.", {OT}),
    ("In [*Kharkiv], a downed drone hit a house.", {ST}),
    ("In the [*Lutsk] community, two houses were damaged by drone debris.", {ST}),
    # a passive subject located by another place after "of": the first is the target
    ("The [*Izmail district] of [Odesa] came under attack overnight.", {ST}),
    ("The [Izmail district] of [*Odesa] came under attack overnight.", {OT}),
]


@pytest.mark.parametrize(("marked", "roles"), CASES)
def test_role(marked: str, roles: set[object]) -> None:
    assert set(read(marked).roles) == roles


LAUNCH_AGAIN = [
    ("Drones were launched from the [Millerovo] airfield in the [Rostov] region and from "
     "[*Yeysk] on the coast.", "launch_site"),
    ("Drones were launched from the [*Millerovo] airfield in the [Rostov] region and from "
     "[Yeysk] on the coast.", "launch_site"),
    ("Drones were launched from the [Millerovo] airfield in the [*Rostov] region and from "
     "[Yeysk] on the coast.", "other"),
    ("Iran supplied the drones from [Isfahan] to Russia and from [*Tehran] by air.", "other"),
]


@pytest.mark.parametrize(("marked", "role"), LAUNCH_AGAIN)
def test_repeated_from_continues_a_launch_list(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


def test_from_the_directions_of() -> None:
    marked = ("The enemy attacked with 30 drones from the directions of [Kursk], [*Bryansk] and "
              "[Millerovo] overnight.")
    assert [r.value for r in read(marked).roles] == ["launch_site"]


IRAN_SUBJECT = [
    ("Iran has its own instructors in [*Dzhankoi], the resistance centre said.",
     ["instructor_location"], []),
    ("Tehran denies that its military advisers are in [*Crimea].", ["instructor_location"], []),
    ("Iran had no instructors in [*Crimea], its foreign ministry said.", ["other"],
     ["instructor_location"]),
    ("Iran has sent drones to [*Moscow] since August.", ["other"], []),
]


@pytest.mark.parametrize(("marked", "roles", "negated"), IRAN_SUBJECT)
def test_iran_as_subject(marked: str, roles: list[str], negated: list[str]) -> None:
    reading = read(marked)
    assert [r.value for r in reading.roles] == roles
    assert [r.value for r in reading.negated] == negated


IN_FLIGHT = [
    ("The drones came in two waves: one from [*Kursk] and another from the [Bryansk] region.",
     "launch_site"),
    ("The drones came in two waves: one from [Kursk] and another from the [*Bryansk] region.",
     "launch_site"),
    ("The Shaheds came in two groups: one from [Navlya] in the [*Bryansk] region.", "other"),
    ("Six drones flew in from [*Belarus] shortly after midnight.", "launch_site"),
    ("The drones came from [*Iran] in crates last year.", "other"),
    ("One from [*Kyiv] said the drones were loud.", "other"),
]


@pytest.mark.parametrize(("marked", "role"), IN_FLIGHT)
def test_drones_in_flight_come_from_their_launch_sites(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


REAL_PHRASINGS = [
    # a model designation with a slash stays inside the gap between verb and "from"
    ("Russia launched Shahed-131/136 drones from [*Kursk] overnight.", "launch_site"),
    # a capitalised modifier before the place ("Russian-occupied") is not a name of its own
    ("Iran has sent instructors to Russian-occupied [*Crimea], officials said.",
     "instructor_location"),
    ("Iranian advisers are stationed in Russian occupied [*Dzhankoi].", "instructor_location"),
    ("Drones struck Russian-held [*Enerhodar] at dawn.", "strike_target"),
    # Iran or Tehran masked as a place mention still acts
    ("[Tehran] dispatched military trainers to [*Dzhankoi], the report said.",
     "instructor_location"),
    ("[Iran] has sent instructors to [*Hvardiiske].", "instructor_location"),
    # shot down, in the passive
    ("Twenty attack UAVs were destroyed in the [*Mykolaiv] region, the air force said.",
     "other"),
    ("Eleven Shaheds were shot down by air defence over [*Vinnytsia].", "other"),
    # the launching happens where the relative clause says
    ("The drones took off near [*Yeysk], where Russian forces often launch Shaheds at towns.",
     "launch_site"),
    ("Drones hit [*Odesa], where drones launched from [Crimea] struck the port.",
     "strike_target"),
    ("Drones hit the port near [*Izmail], where a fuel tank caught fire.", "strike_target"),
    # a strike named by a noun whose verb is negated
    ("Drone attacks on the [*Chernihiv] region have not been reported this week.", "other"),
    # a place in brackets restates where the launch site is, either way round
    ("The enemy launched 20 drones from [Cape Chauda] (occupied [*Crimea]) overnight.",
     "launch_site"),
    ("Having launched drones from occupied [Crimea] ([*Cape Chauda]), the enemy turned west.",
     "launch_site"),
    ("Drones hit [*Izmail] (the [Odesa] region) at night.", "strike_target"),
    ("Запуск ворогом кількох груп ударних БпЛА Shahed з району полігону [*Чауда] ([Крим]).",
     "launch_site"),
    ("Окупанти випустили по [Україні] 14 дронів типу «Shahed-131/136» з [Краснодарського краю] "
     "(східний берег [*Азовського моря]).", "launch_site"),
    # a place first, then the strike "delivered" there; not across "що" (that)
    ("В [*Одесской области] удар был нанесён по портовому городу.", "strike_target"),
    ("У [*Київській області] завдано удару по енергетиці.", "strike_target"),
    ("У [*Києві] заявили, що удар нанесли по [Харкову].", "other"),
    # a facility noun inside the mention still counts as military context
    ("The stream appears to have left from [*Khalino airfield] before dawn.", "launch_site"),
    # Ukraine's own strikes are not what the drones hit
    ("The General Staff said that Ukraine hit a drone depot at the [*Saky airfield].", "other"),
    ("Ukrainian Special Forces struck a fuel depot in [*Dzhankoi] overnight.", "other"),
    ("Ukrainian drones attacked an oil depot in [*Oryol].", "other"),
    ("Ukrainian officials said Russian drones hit [*Kyiv] overnight.", "strike_target"),
    ("Iranians killed in a Ukrainian strike were assisting Russian troops in [*Crimea].",
     "other"),
    ("Ukrainian energy facilities targeted by Russia in [*Odesa] burned.", "strike_target"),
    ("Ukraine struck a depot in [Crimea], and Russian forces retaliated by attacking [*Odesa].",
     "strike_target"),
    # "the areas of A, B and C" are around each place, not parts of A
    ("Drones were launched from the areas of [*Primorsko-Akhtarsk], [Yeysk], and [Kursk].",
     "launch_site"),
    ("Shelling hit the border areas of the [*Kursk] region.", "other"),
    # a launch verb reaches its "from" past a longer description of the weapon
    ("Russia fired Shahed-136 kamikaze drones at the port again from [*Hvardiiske].",
     "launch_site"),
    # Ukrainian: "ударні" (strike drones) is no strike; a list item's container is no site
    ("Окупанти запустили 23 ударні безпілотники з районів [Чауди] в [Криму] та [*Єйська] і "
     "[Курська] в [Росії].", "launch_site"),
    ("Окупанти запустили 23 ударні безпілотники з районів [Чауди] в [*Криму] та [Єйська].",
     "other"),
    # Iranian personnel training people somewhere
    ("Iranian instructors are training Russian crews to operate drones in occupied [*Crimea].",
     "instructor_location"),
    # Iranian personnel named the other way round
    ("Instructors from Iran's Revolutionary Guards (IRGC) were alleged to be training crews in "
     "the [*Gomel] region.", "instructor_location"),
    ("Specialists from the IRGC are stationed in [*Hvardiiske].", "instructor_location"),
    ("Russian troops from Iran-backed units were seen in [*Kherson].", "other"),
    # a second "з" after a first launch list
    ("Росіяни запустили дві ракети із повітряного простору [Бєлгородської області] і 23 "
     "безпілотники з районів [*Чауди] в [Криму].", "launch_site"),
    # the Air Force's launch list after a colon, dashes and semicolons included
    ("Противник атакував 30 ударними БпЛА із трьох напрямків: мис [Чауда] – [Крим]; [*Єйськ], "
     "[Курськ] – РФ.", "launch_site"),
    ("The enemy attacked with 20 drones from the directions: [Kursk], [Oryol] – Russia, "
     "[*Cape Chauda] – [Crimea].", "launch_site"),
    ("From the directions: [Kursk] and [Oryol], the drones flew to [Kyiv], which they hit "
     "hard, and [*Sumy] was hit too.", "strike_target"),
    # damage named by a noun after the place, and its absence
    ("В [*Ізмаїльському районі] внаслідок російської атаки були пошкодження.", "strike_target"),
    ("У [*Києві] пошкоджень немає.", "other"),
    # a quoted model name between the launch noun and the weapon
    ("They coordinated the launches of the “Shahed-136” UAVs at power plants in the [*Kyiv] "
     "region.", "strike_target"),
    # an abbreviation after the list item, an abbreviation after the actor
    ("Окупанти випустили 14 дронів з [Краснодарського краю] РФ (східний берег "
     "[*Азовського моря]).", "launch_site"),
    ("Дрони запускали з району [Приморсько-Ахтарська] [*Краснодарського краю].", "other"),
    ("Ukraine's Special Operations Forces (SSO) carried out a strike on a site in occupied "
     "[*Crimea].", "other"),
    # launches counted in the passive; the Air Force's list after a dash; strike slang
    ("Up to 20 launches were recorded from the [*Kursk] region overnight.", "launch_site"),
    ("Analysts say that drone launches are now being prepared from within [*Luhansk] Oblast.",
     "launch_site"),
    # counted communities in an area: the area holds them (uncounted, it is the target)
    ("Дрони атакували кілька громад [*Сумщини], пошкоджено будинки.", "other"),
    ("Ночью дроны атаковали по нескольким общинах [*Сумской области].", "other"),
    ("Дрони атакували громади [*Сумщини].", "strike_target"),
    # a town's hromada after a comma holds the town; listed hromadas do not hold each other
    ("Зруйновано будинок у [Первомайську], [*Первомайської громади].", "other"),
    ("Удари по селах [Балаклійської], [*Зміївської громади].", "strike_target"),
    # a word the negation window cuts is no negation ("ні" ending "у Херсоні")
    ("Окупанти поцілили у склад у [Херсоні], дронами типу Shahed атакували ферму у "
     "[*Бериславському районі].", "strike_target"),
    ("Зафіксовано пуски із трьох напрямків — [Курськ] і [Приморсько-Ахтарськ], [*Чауда] "
     "([Крим]).", "launch_site"),
    ("Є повідомлення про прильоти по [*Харкову].", "strike_target"),
    ("В [*Одесском районе] произошло попадание в склад.", "strike_target"),
    ("В [*Николаеве] ночью работала ПВО, о попаданиях не сообщалось.", "other"),
    # a later "з" of the same launch sentence, after other launch lists
    ("Балістику запустили з території [Воронезької області] РФ, Х-59 - з окупованих територій "
     "[Херсонщини], а дрони - з [*Приморсько-Ахтарська] та [Курської області].", "launch_site"),
    # a clause opened by a quote or a conjunction
    ("\"В [*Одесском районе] произошло попадание в здание.", "strike_target"),
    ("А в [*Одессе] обломками беспилотника повреждена многоэтажка.", "strike_target"),
    ("Известно о \"прилетах\" ракет по [*Харькову].", "strike_target"),
    # an appositive between the places and what they suffered
    ("[Reni] and [*Izmail], the two major ports on the [Danube], have experienced repeated "
     "attacks by Russian drones.", "strike_target"),
    # debris that damaged something hit the place; debris alone, or a shoot-down, did not
    ("Debris of a downed drone damaged five houses in [*Zvenyhorodka].", "strike_target"),
    ("Обломки повредили многоэтажку в [*Одессе].", "strike_target"),
    ("Debris fell in [*Sumy]; nobody was hurt.", "other"),
    ("Air defence shot down drones over [*Kyiv], debris damaged a car in [Bucha].", "other"),
    # Ukrainian "випустили" (released, launched)
    ("Окупанти випустили 20 дронів з [*Курської області].", "launch_site"),
    # a hyphenated "-made" describes the drones; it is not a supply verb
    ("Air defence downed 30 of 31 Iranian-made drones launched from the [*Bryansk] region.",
     "launch_site"),
    ("Iran supplied drones made in [*Isfahan] to Russia.", "other"),
    # a longer weapon phrase between "fired" and "at"; "targets around X"
    ("The army fired scores of Iranian-designed attack drones at targets around [*Poltava].",
     "strike_target"),
    # a possessor runs on to the place it owns, and is not the target itself
    ("Russia sent 12 drones against Ukraine's capital [*Kyiv] overnight.", "strike_target"),
    ("Russia sent 12 drones against [*Ukraine]'s capital [Kyiv] overnight.", "other"),
    # a settlement named after the noun that a place modifies: "the Black Sea port of X"
    ("A drone attack damaged grain silos in the [Black Sea] port of [*Chornomorsk].",
     "strike_target"),
    ("A drone attack damaged grain silos in the [*Black Sea] port of [Chornomorsk].", "other"),
    # "the Iranians" after a sentence on their drone work; list items with their own
    # qualifiers joined by commas ("A, B in C, and D in E"), but not apposition ("A, C")
    ("Iranian staff teach Russian crews to launch drones. The Iranians are based in the "
     "occupied areas of [Oleshky], [*Skadovsk] in [Kherson], and [Saky] in [Crimea].",
     "instructor_location"),
    ("Iranian staff teach Russian crews to launch drones. The Iranians are based in the "
     "occupied areas of [Oleshky], [Skadovsk] in [Kherson], and [*Saky] in [Crimea].",
     "instructor_location"),
    ("Tourists came to see the carpets. The Iranians are based in [*Kherson].", "other"),
    ("Drones were launched from [Dzhankoi], [*Crimea], overnight.", "other"),
    # a noun phrase leads to the place in two steps, with "and" inside
    ("A drone strike hit port and storage facilities in the south of the [*Odesa] region.",
     "strike_target"),
    ("The drones targeted one of the schools of the [*Saltivskyi] district.", "strike_target"),
    # a quoted model name between the launch verb and "from"
    ("Russian troops launched \"Geran\" drones from the [*Belgorod] region at night.",
     "launch_site"),
    # fired from the airspace of a region
    ("Обстріл вівся з повітряного простору [*Брянської області].", "launch_site"),
    ("The missiles were fired from the airspace of the [*Voronezh] region.", "launch_site"),
    # "але"/"но" cut a clause: the negation before it does not reach the damage after it
    ("Влучань не було, але уламки пошкодили школу на [*Сумщині].", "strike_target"),
    ("Влучань на [*Сумщині] не було.", "other"),
    # a fire after the night's hits, the place named first (Russian)
    ("В [*Сумах] после ночных прилетов начался пожар.", "strike_target"),
    # Ukraine accused of the strike: not a target of the drones
    ("Officials accused Ukrainian forces of launching a strike on occupied [*Horlivka].",
     "other"),
    # an appositive head before the name: "places including the capital, X"
    ("Drones attacked several cities including the capital, [*Kyiv], overnight.",
     "strike_target"),
    # a second weapon with its own "from" in the same launch sentence
    ("Russia launched three missiles from the airspace over the [Kursk] region and 40 drones "
     "from the areas of [*Navlya], [Oryol] and [Shatalovo].", "launch_site"),
    ("Russia launched three missiles from the airspace over the [*Kursk] region and 40 drones "
     "from the areas of [Navlya], [Oryol] and [Shatalovo].", "launch_site"),
    ("Russia launched 40 drones from [Kursk], and they were steered from the [*Black Sea] "
     "towards the coast.", "other"),
    ("Drones were launched in waves from [Kursk], east of [*Kyiv], and from [Oryol].", "other"),
    # a launch list opened by "including" rather than a colon
    ("Пуски велися з кількох напрямків, включаючи [Курську] область та [*Міллерово].",
     "launch_site"),
    # "In X, drones attacked ..."
    ("In [*Izium], drones attacked a warehouse before dawn.", "strike_target"),
    # a list with two conjunctions
    ("The drones targeted the [Sumy] region, as well as the [Poltava] and [*Cherkasy] regions.",
     "strike_target"),
    # Iran as the subject of a denied sending or presence keeps the role (the stance says denied)
    ("[Iran] has denied sending military trainers to [*Dzhankoi].", "instructor_location"),
    ("Tehran denied that its officers were stationed in [*Saky].", "instructor_location"),
    ("Посол Ірану заперечив перекидання групи інструкторів до окупованої [*Таврії].",
     "instructor_location"),
    ("Посол Ірану заперечив перекидання групи інструкторів у окупований [*Джанкой].",
     "instructor_location"),
    ("МИД Ирана отрицает присутствие иранских сил в [*Джанкое].", "instructor_location"),
    ("Иран направил сильный сигнал в [*Москву].", "other"),
    # civilians hurt in a place by the attack: the place was hit
    ("Debris from a downed drone injured three residents in [*Brovary] overnight.",
     "strike_target"),
    ("A woman was slightly wounded in [*Bilhorod-Dnistrovskyi] as drones attacked the port.",
     "strike_target"),
    ("Two Russian officers were killed in [*Sevastopol] by the drone blast.", "other"),
    # "in the enemy's sights"
    ("Під прицілом окупантів знову опинилися котельні [*Сумщини].", "strike_target"),
    # a strike on "the Russian X air base" is Ukraine's
    ("Drones attacked the Russian [*Belbek] military airfield near [Sevastopol].", "other"),
    # a relative clause names the container of a launch site
    ("Дрони запускали з [Єйська], що у [*Краснодарському краї].", "other"),
    # "entered X from Y" follows the route, not the launch
    ("The drone entered the airspace of [Belarus] from the [*Chernihiv] region.", "other"),
    # a time adverb before the place that opens the clause
    ("Вночі у [*Білій Церкві] дрон атакував підприємство.", "strike_target"),
    # debris that fell on a place; the target named as such; "In X, a strike ..."
    ("Fragments of a downed drone landed on a warehouse in [*Brovary].", "strike_target"),
    ("Уламки дрона впали на дах школи у [*Сумах].", "strike_target"),
    ("The main target was the northern parts of the [*Sumy] region.", "strike_target"),
    ("In [*Lozova], a drone strike set a warehouse ablaze.", "strike_target"),
    ("In [*Lviv], a drone alert lasted two hours.", "other"),
    # a base set up to launch; people taken somewhere "to launch" stay instructor locations
    ("Russian troops set up a launch site at [*Millerovo] to launch drones at Kharkiv.",
     "launch_site"),
    ("Russian forces took Iranian instructors to [*Dzhankoi] to launch drones.",
     "instructor_location"),
    ("Russian personnel based in [*Crimea] are piloting the drones against Ukrainian cities.",
     "launch_site"),
    ("Smoke rose over [*Cape Tarkhankut], located on the western tip of [Crimea], where Russian "
     "crews launch drones.", "launch_site"),
    # Iranian visitors and the Revolutionary Guards as personnel
    ("A group of Iranian engineers visited [*Minsk] in May.", "instructor_location"),
    ("The IRGC is training Russian crews in [*Syria], intelligence said.",
     "instructor_location"),
    # Russia as the attacker is military context; debris that fell; "under another shelling"
    ("Earlier, Russia attacked [*Izmail] – the main port on the Danube.", "strike_target"),
    ("In the [*Sumy] region, drone debris fell onto a road.", "strike_target"),
    ("[*Sloviansk] was under another enemy shelling overnight.", "strike_target"),
    ("Russia attacked with drones, affecting [*Poltava], [Sumy] and [Kyiv].", "strike_target"),
    # habitual and "used against" strikes; damage and casualties after a place opening a clause
    ("Окупанти знову бʼють по [*Сумській області].", "strike_target"),
    ("Росіяни застосували по околицях [*Харкова] 20 дронів.", "strike_target"),
    ("У [*Балаклії] понівечений будинок, постраждала жінка.", "strike_target"),
    # instructors "from Iran", in Ukrainian word order
    ("Торік військових з [Ірану] бачили на аеродромі у [*Мозирі].", "instructor_location"),
    # instructors who "arrived to" a place; a pronoun that refers back to them
    ("Іранські радники прибули до [*Джанкоя] ще восени.", "instructor_location"),
    ("Іранські інструктори, близькі до [*Москви], дали інтервʼю.", "other"),
    ("Іранські інструктори працюють у [Криму]. Вони перебувають також у [*Скадовську].",
     "instructor_location"),
    ("Иранские военные прибыли в [Крым]. Они находятся также в [*Геническе].",
     "instructor_location"),
    ("Вони перебувають у [*Полтаві] з весни.", "other"),
    ("Іранські інструктори працюють у [Криму]. Вони не перебувають у [*Скадовську].", "other"),
    # a list in brackets after a launch area, closed or cut by the dash
    ("Дрони запускали з району [Міллерова] ([*Шахти], [Ростов] – РФ).", "launch_site"),
    ("Дрони запустили з [Брянська] (РФ) та [*Орла].", "launch_site"),
    # the place first, as the object of a plural verb ("Київ атакували дрони")
    ("[*Полтавщину] вночі атакували ударні дрони.", "strike_target"),
    ("Вночі [*Умань] і [Смілу] атакували шахеди.", "strike_target"),
    # ... with a date between, and the neuter verb a counted subject takes
    ("[*Волинь] 3 березня атакувало щонайменше 12 дронів.", "strike_target"),
    ("[*Житомирщину] атакувало вісім шахедів.", "strike_target"),
    # under attack, the place after the verb
    ("Вночі під ворожим ударом дронів опинився [*Слобідський район].", "strike_target"),
    ("Под массированным ударом оказались [*Одесса] и [Измаил].", "strike_target"),
    # ... but a place after "з" is where the drones came from, never the object
    ("Дрони з [*Брянська] атакували [Суми].", "launch_site"),
    ("[*Росія] атакувала Україну.", "other"),
    # the habitual strike verb with each of its apostrophes
    ("Окупанти б'ють по [*Нікополю] щодня.", "strike_target"),
    ("Ворог бʼє по [*Нікополю] щодня.", "strike_target"),
    # reported "on Monday in the city of X, ..., and the port hub of Y"
    ("Russian attacks were also reported on Tuesday in the eastern city of [Izium], the "
     "northern city of [Sumy], and the southern port hub of [*Mykolaiv].", "strike_target"),
    # a closing quotation mark inside a launch list
    ("\"The drones were launched from the territory of [Belarus]\" and the [*Kursk] region, "
     "the army said.", "launch_site"),
    # came under attack; a genitive after a strike noun; attacks from a place
    ("[*Суми] та [Конотоп] пізно ввечері знову опинилися під ударом шахедів.", "strike_target"),
    ("[*Херсон] знову під обстрілом.", "strike_target"),
    ("Через обстріли енергетичної інфраструктури [*Чернігівщини] зникло світло.",
     "strike_target"),
    ("Атака дронів з [*Брянська] тривала всю ніч.", "launch_site"),
    ("Удар з повітря по [*Харкову] зруйнував склад.", "strike_target"),
    ("Атаки [*Білорусі] на [Волинь] не було.", "other"),
    ("Удари [*Москви] по [Харкову] тривають.", "other"),
    # harm put down to an attack on a place named with "in"
    ("In the [*Sumy] region, 40 villages were left without power as a result of Russian "
     "shelling.", "strike_target"),
    ("In [*Lviv], officials cancelled the fair following the strikes on Kyiv.", "other"),
    # a wider place first: "In the X region, in Y, the attack damaged ..."
    ("In the [Kharkiv] region, in [*Kupiansk], the attack damaged a school.", "strike_target"),
    ("In the [*Kharkiv] region, in [Kupiansk], the attack damaged a school.", "strike_target"),
    ("In [*Lviv], in the old town, a drone alert lasted two hours.", "other"),
    # a transport or passenger aircraft's departure is no launch
    ("An Iranian Il-76 cargo plane took off from the airport in [*Saky] at night.", "other"),
    ("The passenger flight left from [*Minsk] on time.", "other"),
    ("Shahed drones took off from [*Saky] at night.", "launch_site"),
    # "affected by" shelling; "launched by X from Y"; the places of a set "including" them
    ("Overnight the [*Poltava] region was affected by Russian shelling.", "strike_target"),
    ("[*Kharkiv] was most affected by the heat wave.", "other"),
    ("Two missiles were launched by Russian forces from the occupied [*Zaporizhzhia] region.",
     "launch_site"),
    ("Iranian trainers were stationed in several occupied areas, including [Melitopol] and "
     "[*Berdiansk], to oversee the drone launches.", "instructor_location"),
    # "більшість із яких летіли на X": the relative pronoun after "із" is no launch area (X is
    # where they flew)
    ("Ворог запустив 90 дронів, більшість із яких летіли на [*Одесу].", "strike_target"),
    # a dash that stands for a left-out verb does not cut the launch clause
    ("Ворог запустив ракети з [Бєлгорода], а дрони – з [*Курська].", "launch_site"),
    # "X on the Danube": the river locates the port, it is not struck itself
    ("Drones attacked the port of [Reni] on the [*Dnipro] overnight.", "other"),
    # Ukraine's own strikes told in Ukrainian or Russian; another actor in between is not one
    ("ЗСУ вночі нанесли удар по складу в [*Мелітополі].", "other"),
    ("Украинские беспилотники атаковали нефтебазу в [*Феодосии].", "other"),
    ("Сили оборони збили 20 дронів, а ворог атакував [*Полтаву].", "strike_target"),
    ("Українські військові повідомили, що росіяни атакували [*Ізюм].", "strike_target"),
    # "з боку X" / "со стороны X" is a launch direction where weapons fly, an agent elsewhere
    ("Дрони летіли з боку [*Брянська].", "launch_site"),
    ("Беспилотники летели со стороны [*Брянска] всю ночь.", "launch_site"),
    ("Триває збройна агресія з боку [*Росії].", "other"),
    ("Удари з боку [*Росії] по енергетиці тривають.", "other"),
    # the weapon named with its origin and what it then did
    ("Shahed drones from [*Crimea] attacked [Odesa] overnight.", "launch_site"),
    ("Missiles from [*Belgorod] hit [Kharkiv] again.", "launch_site"),
    ("Шахеди з [*Криму] атакували [Одесу].", "launch_site"),
    ("Drones from [*Iran] supplied to Russia attacked [Kyiv].", "other"),
    ("Дрони з [*Ірану], поставлені Росії, атакували [Київ].", "other"),
    # Ukraine's own strikes, told with "said it" or by its Security Service
    ("Ukraine said it carried out a drone strike on the [*Saky] airfield overnight.", "other"),
    ("Ukraine's Security Service said it sent drones to attack the Russian [*Kirovske "
     "military airfield].", "other"),
    ("Ukraine said it expects Russia to attack [*Odesa] again.", "strike_target"),
    # two time adverbs before a place that opens the clause as the object
    ("Сьогодні вранці [*Херсон] атакували ворожі дрони.", "strike_target"),
    # in the enemy's sights, and raids "in the cities of X and Y"
    ("Минулої доби [*Суми] були під прицілом ворожих дронів.", "strike_target"),
    ("Сообщалось о налетах дронов в городах [Сумах] и [*Конотопе].", "strike_target"),
    # a passive strike verb after the place, in a clause opened by "that"
    ("Губернатор заявил, что в [*Харькове] была атакована подстанция.", "strike_target"),
    # an ambiguous strike verb in one clause, the drones in another
    ("Russia used Iranian drones, but these mostly targeted the east, including the city of "
     "[*Kramatorsk].", "strike_target"),
    ("The advertising campaign targeted [*Lviv] and [Ternopil].", "other"),
    # "спрямував дрони з X": directed the drones from X
    ("Ворог спрямував дрони по півночі області з окупованої [*Курщини].", "launch_site"),
    # personnel "linked to" the IRGC are Iranian personnel
    ("IRGC-linked personnel were reportedly brought to [*Crimea] to train crews.",
     "instructor_location"),
    # the attacking force named as "the enemy" or "terrorists" speaks of armed force
    ("Russian terrorists again attacked the [*Odesa region] at night.", "strike_target"),
    ("Russian hackers attacked the website of the [*Kyiv] city council.", "other"),
    # the last of a list of places that opens its clause before the damage verb
    ("За даними ОВА, у [Житомирській] та [*Рівненській] областях пошкоджено склади.",
     "strike_target"),
    # ... but not across a contrasting clause
    ("У [*Києві] збили всі дрони, а в [Ірпені] пошкоджено дах школи.", "other"),
    # a damage verb, what was hit, and the place in the genitive
    ("Пошкоджено кілька будинків [Бучанського] та [*Броварського] районів.", "strike_target"),
    ("Постраждали енергооб'єкти [*Полтавщини].", "strike_target"),
    # the fall of debris told before the debris: "в результате падения обломков в X"
    ("В результате падения обломков в [*Харькове] повреждена крыша склада.", "strike_target"),
    # the attack, its weapon and their origin
    ("The enemy attacked [Odesa] overnight with Shahed drones from [*Kursk].", "launch_site"),
    ("Russian forces attacked the city with missiles and drones from [*Bryansk].",
     "launch_site"),
    ("The army attacked [Kharkiv] with drones supplied from [*Iran].", "other"),
    # a time phrase between the place and "suffered"
    ("[*Kherson] last night suffered from a heavy missile attack.", "strike_target"),
    # an adverb that opens the sentence before "in X, ..."
    ("Meanwhile, in the [*Sumy region], the enemy hit a substation.", "strike_target"),
    # the attack opens the sentence, its harm in a place follows
    ("Following the overnight attack, a fire broke out in a flat in [*Kremenchuk].",
     "strike_target"),
    ("After the strike, the wounded were taken to a hospital in [*Poltava].", "other"),
    # the cause of the harm located in a place, the harm after the comma
    ("As a result of falling drone debris in [*Bucha], two cars were damaged.",
     "strike_target"),
    ("Due to heavy snow in [*Lviv], several flights were cancelled.", "other"),
    # where the attack was concentrated
    ("The enemy attack on the south was concentrated in [*Kherson].", "strike_target"),
    ("Public attention was concentrated on [*Kyiv].", "other"),
    # a range of places after the attack
    ("Missiles hit cities across the country, from [*Lviv] in the west to [Kharkiv] in the "
     "east.", "strike_target"),
    ("Missiles hit cities across the country, from [Lviv] in the west to [*Kharkiv] in the "
     "east.", "strike_target"),
    # the regions of A and B are A and B
    ("Drones struck the southern regions of [*Odesa] and [Mykolaiv].", "strike_target"),
    ("Drones struck the southern regions of [*Ukraine].", "other"),
    # a date or time phrase before the place that opens the clause
    ("У ніч проти 12 березня у [*Кропивницькому] пролунали вибухи.", "strike_target"),
    ("После полуночи в [*Днепре] прогремели взрывы.", "strike_target"),
    # the place suffered the attack
    ("Минулої доби [*Херсонщина] зазнала трьох масованих обстрілів.", "strike_target"),
    ("[*Харьков] подвергся атаке ударных беспилотников.", "strike_target"),
    ("[*Львів] зазнав поразки у фіналі кубка.", "other"),
    # what was hit named before the place
    ("Ворог завдав удару по складу пального в [*Павлограді].", "strike_target"),
    # guided bombs are weapons too
    ("Russian aircraft launched glide bombs against [*Kupiansk] overnight.", "strike_target"),
    # what came under fire, named after it, as a list after a colon
    ("Под удар попали области:\n- [Сумская],\n- [*Полтавская],\n- [Харьковская].",
     "strike_target"),
    # (an origin after it is where the fire came from)
    ("Під обстрілом з [*Бєлгорода] опинилися прикордонні села.", "launch_site"),
    # a direction after "з боку моря" is where the drones went, not where they came from
    ("Дроны летели со стороны моря на [*Николаев].", "strike_target"),
    # a bombardment "of" its target
    ("Residents described the night-long bombardment of [*Zaporizhzhia] by drones.",
     "strike_target"),
    ("The bombardment of [*Kharkiv] lasted all night.", "strike_target"),
    # the bases the drones came from
    ("The drones were downed as they crossed the south from airfields near [*Taganrog].",
     "launch_site"),
    ("The band toured the south from bases in [*Germany].", "other"),
    # harm in a place, its cause after it
    ("A blaze broke out at a depot in [*Sumy] due to a drone attack.", "strike_target"),
    ("A blaze broke out at a depot in [*Sumy] due to faulty wiring.", "other"),
    # a list of launch directions in the plural
    ("Ворог атакував \"шахедами\" із напрямків [*Брянськ], [Курськ].", "launch_site"),
    # "terrorised X with drones"
    ("Ночью армия РФ терроризировала [*Херсонщину] дронами.", "strike_target"),
    # a heading place, a dash and what happened there
    ("Наслідки:\n• [*Шполянська громада] – пошкоджено дах школи.", "strike_target"),
    ("• [*Смілянська громада] – без наслідків.", "other"),
    # a port town named with two designators after its river
    ("Grain silos were destroyed in the [Danube] port town of [*Izmail].", "strike_target"),
    # drones that flew from a place, named by a pronoun after the sentence that launched them
    ("Росіяни запустили 12 ударних безпілотників. Вони летіли з [*мису Чауда] та [Курської "
     "області].", "launch_site"),
    ("Росіяни запустили 12 ударних безпілотників. Вони летіли з [мису Чауда] та [*Курської "
     "області].", "launch_site"),
    ("Вони летіли з [*Києва] до [Львова].", "other"),  # nothing in flight but people
    ("Дрони летіли з акваторії [*Чорного моря].", "other"),  # a route, not a launch site
    # the pronoun is the drones only in the plural: "It is reported that a jet departed"
    ("Two drones were shot down. They departed from [*Lida] at 2 a.m.", "launch_site"),
    ("Two drones were shot down. It is said a jet departed from [*Lida] at 2 a.m.", "other"),
    # towns that lost power in the strikes were not struck themselves (the grid failed there);
    # military slang for striking
    ("После ночных ударов дронов обесточены [*Шостка], [Глухов].", "other"),
    ("Дрон влучив у підстанцію в [*Шостці], знеструмлено місто.", "strike_target"),
    ("Через аварію на лінії знеструмлено [*Шостку].", "other"),
    ("Российские «Герани» отработали по [*Измаилу].", "strike_target"),
    ("Команда отработала по [*Одессе] весь сезон.", "other"),
    # a bracketed list with a hedge and a dash inside it: the dash cuts no clause
    ("Дроны отработали по [Одесской области] ([Измаил], [Орловка], по предварительным "
     "данным, – [*Арциз]).", "strike_target"),
    # the dot of "обл." is the name's, not the sentence's
    ("В [*Сумской обл]. после ударов дронов обесточены [Шостка].", "strike_target"),
    # what an attack damaged, then where; destroyed drones are a shoot-down
    ("A blast wave damaged the windows of one of the schools of the city in the [*Odesa "
     "district] during the drone attack.", "strike_target"),
    ("Air defence destroyed two drones in the [*Kyiv region].", "other"),
    # "не менее", at least, is no negation; "не наносились" is
    ("Захватчики нанесли не менее 13 ударов по [*Запорожью].", "strike_target"),
    ("Удары не наносились по [*Запорожью].", "other"),
    ("Руйнування були у [*Вишгородському районі] після атаки дронів.", "strike_target"),
    # "одній із", one of, is no "from": a strike on a community of the district
    ("Окупанти завдали удару по одній із громад [*Ніжинського району].", "strike_target"),
    ("Вночі була атака дронів із [*Брянської області].", "launch_site"),
    # a clock time may open the clause before the place
    ("О 03:40 на [*Хотинщині] уламки дрона пошкодили дах складу.", "strike_target"),
    # a power cut, after an attack or scheduled, is no strike on the place that lost power
    ("Russia's overnight drones left blackouts across [*Chernihiv], the governor said.",
     "other"),
    ("As a result of the attack, [*Shostka], [Hlukhiv] and [Yampil] communities were cut off "
     "from electricity.", "other"),
    ("Preliminary reports say [Shostka] and [*Hlukhiv] communities were de-energized.", "other"),
    ("A drone hit a substation in [*Konotop], and the town was left without power.",
     "strike_target"),
    ("Scheduled power outages in [*Chernihiv] will go on next week, the utility said.", "other"),
    # a weapon that came down on a place
    ("Only six missiles landed in the vicinity of [*Rivne], the mayor said.", "strike_target"),
    ("Impacts were recorded in the [*Vinnytsia] and [Lviv] areas, the agency said.",
     "strike_target"),
    # translated prose drops the "with"; a part of the attacks came from a place
    ("Russian forces attacked 19 Shahed drones from [*Oryol] overnight.", "launch_site"),
    ("Kyiv reported a series of missile attacks, some from [*Belarus].", "launch_site"),
    # a place after a dash, up to a comma, restates where the one before lies
    ("The enemy attacked 40 drones from Cape Chauda – [*Crimea], as well as Kursk.",
     "launch_site"),
    # trainees named as Russians, with Iran in the sentence; Ukrainians trained abroad are not
    ("Russian crews were trained in [*Iran] to fly the Shaheds, officials say.",
     "instructor_location"),
    ("Russian operators are getting drone training in [*Kherson] from Iranian officers.",
     "instructor_location"),
    ("Ukrainian gunners were trained in [*Germany] to down Iranian drones.", "other"),
    ("[Iran] has also sent technicians to [*Sevastopol] to service the drones.",
     "instructor_location"),
    # a place opening the sentence, the harm told later, after who tells of it
    ("In [*Uman], the mayor said on Tuesday that the overnight shelling had killed a man.",
     "strike_target"),
    ("In the [*Vinnytsia] region of central [Ukraine], rescuers searched the rubble all night "
     "after a drone destroyed a warehouse.", "strike_target"),
    ("In [*Rivne] region north of [Lviv], several homes sustained damage from drone debris.",
     "strike_target"),
    ("In [*Uman], air defence destroyed 12 drones overnight.", "other"),
    ("In [*Uman], the governor said no one was injured in the drone attack.", "other"),
    # named weapons speak of force: "the Kalibrs fired from the sea ... targeted X"
    ("The Kalibrs fired at noon ... the invaders have targeted [*Uman] airfield, he wrote.",
     "strike_target"),
    # power cut after the grid was damaged in strikes
    ("Some 200 towns in the [*Sumy] region were cut off from electricity after lines were "
     "damaged in the strikes.", "strike_target"),
    # Ukrainian and Russian: the weapon between verb and object; weapons used from a place;
    # a place with a plain word in brackets in a launch list; a year closing an opening date
    ("Вранці окупанти атакували за допомоги іранських дронів [*Подільський район] міста.",
     "strike_target"),
    ("Дрони застосовуються з [*Брянської області] вже кілька місяців.", "launch_site"),
    ("Дрони летять з [Брянської області] (Росія) і з території [*Білорусі] щоночі.",
     "launch_site"),
    ("В ночь на 3 мая 2024 года в [*Николаеве] прогремели взрывы, повреждены склады.",
     "strike_target"),
    ("[*Житомир] та сусідні області атакують дрони-камікадзе щоночі.", "strike_target"),
    # a bullet opens the clause like a line start
    ("• У [*Балаклії] понівечений будинок, пошкоджено авто.", "strike_target"),
    # drones steered over the sea were not launched from it; drones fired from it were
    ("Окупанти спрямували шахеди з акваторії [*Чорного моря] на узбережжя.", "other"),
    ("Дрони були випущені з акваторії [*Азовського моря] вночі.", "launch_site"),
    # a place the drones flew through after their launch area is no launch site
    ("Раньше дроны запускали только из [Крыма], через [*Черное море].", "other"),
    ("Раньше дроны запускали только из [Крыма] и [*Краснодарского края].", "launch_site"),
    # "In X, ..." with a long subject before the harm, or a building that burned down
    ("Drones came in waves. In the [*Bucha district], the roof of a school and a shed caught "
     "fire.", "strike_target"),
    ("In the [*Obukhiv district], a warehouse burned down after the drone attack.",
     "strike_target"),
    # the people of a place hurt in the attack; people of a place who were not
    ("Мирні жителі [*Ірпеня] та [Бучі] отримали поранення внаслідок атаки дронів.",
     "strike_target"),
    ("Жители [Сумской] и [*Харьковской] областей пострадали от ударов дронов.",
     "strike_target"),
    ("Після атаки дронів жителі [*Полтави] отримали допомогу.", "other"),
    # (the harm told first)
    ("Поранення отримали троє жителів [*Ромен] після атаки дронів.", "strike_target"),
    ("Поранених немає, жителі [*Ромен] отримали допомогу після атаки дронів.", "other"),
    # the main directions of the attack, after a dash or a colon
    ("Основні напрямки атаки – [Полтавщина] та [*Сумщина].", "strike_target"),
    ("Главные направления удара: [*Харьков] и [Сумы].", "strike_target"),
    # the second item of a split object: "три на X, а два – на Y"
    ("Окупанти спрямували три дрони на [Харківську область] і два – на [*Полтавську].",
     "strike_target"),
    # the origin told before the launch
    ("З [*Брянська] противник запустив 12 ударних дронів.", "launch_site"),
    ("Из акватории [*Азовского моря] враг выпустил крылатые ракеты.", "launch_site"),
    ("З [*Києва] повідомляють, що ворог запустив дрони.", "other"),
    # a dash standing for the verb after a hit, and the next object after another dash
    ("Одне влучання – у [*Заводському районі] міста.", "strike_target"),
    ("Одне влучання – у [Заводському районі] міста, друге – у [*Центральному].",
     "strike_target"),
    ("Дрони вдарили по [Конотопу], а три – по [*Шостці].", "strike_target"),
    ("Дрони збили над [Конотопом], а три – над [*Шосткою].", "other"),
    # a bulleted line of a round-up, a place as its label
    ("- [*Краснопільська громада]: нанесены удары дронами (4 взрыва).", "strike_target"),
    ("• [*Недригайлівська громада]: атака дронів, пошкоджено склад.", "strike_target"),
    # drones flying at a place were aimed at it
    ("Ночью в небе заметили 12 летевших на [*Николаевщину] \"шахедов\".", "strike_target"),
    ("Ударні дрони летіли на [*Полтаву] з північного напрямку.", "strike_target"),
    # a possessor before the places it owns: "Ukraine's river ports X and Y"
    ("The drones were targeting Ukraine's river ports [Reni] and [*Izmail].", "strike_target"),
    # a colon after the words before a list; a common noun as the list's first item
    ("Дрони атакували кілька сіл: [*Кушугум], [Балабине] та [Малокатеринівку].",
     "strike_target"),
    ("Враг наносил удары по райцентру, а также территориям [*Томаковской] громады.",
     "strike_target"),
    # a list that lost a comma between two of its places goes on past them
    ("Під ударами та обстрілами перебували [Херсон], [Антонівка] [Комишани], [*Зеленівка].",
     "strike_target"),
    # a place opening its clause, and what a strike caused there told after it
    ("В [*Ахтырке] вследствие ночного удара пропал свет.", "strike_target"),
    ("У [*Смілі] внаслідок російської атаки зникло світло.", "strike_target"),
    ("В [*Полтаве] вследствие непогоды отключили свет.", "other"),
    # a list of directions: a place after "в" only says where an item lies
    ("Атаковали дроны с двух направлений — из [Брянска] и с мыса [Казантип] в [*Крыму].",
     "other"),
    ("Атаковали дроны с двух направлений — из [Миллерово] (север [Ростовской области]) и из "
     "[*Курска].", "launch_site"),
    # drones headed towards a place: a course, no attack there, unless the sentence goes on to
    # what hit it (and not where it tells their fate)
    ("Ударні дрони рухалися в напрямку [*Кременчука].", "other"),
    ("Атаковали дроны с севера. Они направлялись в сторону [*Черниговской] области.",
     "other"),
    ("Шахед залетел из Житомирской области и двигался в направлении [*Лельчиц].", "other"),
    ("БПЛА прямували у бік [*Конотопа], де пролунали вибухи.", "strike_target"),
    # where drones came in from is a border crossed, not a launch site; a flight from one
    # place into the next is a route, not a hit
    ("Ночью беспилотники нарушили небо Польши, несколько из них залетели из [*Беларуси].",
     "other"),
    ("Утром сообщили о прилетевшем из [*Беларуси] беспилотнике.", "other"),
    ("Еще один «Шахед» прилетел из Черниговской в [*Гомельскую область] через [Лоев].",
     "other"),
    ("Дрони летіли з [*мису Чауда].", "launch_site"),
    # Ukraine's Defence Forces, named so in English by Ukrainian outlets, strike Russia's sites
    ("That night, Defense Forces attacked Russian radar stations in occupied [*Crimea].",
     "other"),
    ("That night, Russian Defense Forces attacked radar stations in [*Kharkiv].",
     "strike_target"),
    # where the launches come from, told after another relative clause
    ("Пожар в районе [*мыса Чауда], где расположен полигон и откуда проходят запуски "
     "«шахедов».", "launch_site"),
    # guns fired "from" are the weapon, not an origin; the places shelled are struck
    ("Российская армия обстреливала из артиллерии [*Очаковскую] громаду.", "strike_target"),
    # what came under attack, the weapon's name in quotes between
    ('Тогда под ударом дронов типа "Шахед" оказалась [*Вилковская] громада.',
     "strike_target"),
    # the power cut between an attack and the places that lost power
    ("В результате атаки произошло отключение электроэнергии в населенных пунктах "
     "[*Баштанского] района.", "other"),
    # a fighter that took off from an airfield, the origin told first, is no drone launch
    ("Около полуночи с аэродрома [*Барановичи] взлетел истребитель ВВС.", "other"),
    ("Около полуночи с аэродрома [*Барановичи] взлетели ударные дроны.", "launch_site"),
    # the sky over a place, told first, then the shoot-down
    ("Этой ночью над [*Ельском] сбили российский «Шахед».", "other"),
    ("Дроны, которые направлялись в сторону [*Чернигова], сбиты силами ПВО.", "other"),
    ("Делегация направлялась в сторону [*Чернигова].", "other"),
    # covered with fire
    ("Окупанти знову накрили вогнем [*Нікопольщину].", "strike_target"),
    # a place among the targets, and the place named with it
    ("The [*Burshtyn] power plant was among the targets, officials said.", "strike_target"),
    ("The dam at [Kaniv] was among the targets along with the [*Ladyzhyn] thermal plant.",
     "strike_target"),
    # what armed force destroyed; not the weapons destroyed over a place
    ("Russian forces followed the destruction of the [*Kakhovka HPP] with more shelling.",
     "strike_target"),
    ("The air force reported the destruction of 30 drones over the [*Kyiv region].", "other"),
    # an owner's noun in apposition before the place ("Ukraine's largest dam, the X"), and
    # the attacker as the subject of a bare "hit"
    ("Russia also hit Ukraine's second city, [*Kharkiv], with a wave of drones.",
     "strike_target"),
    # a date after the attack counts as one word of the gap before its target
    ("A drone attack early on September 13 on [*Reni] damaged the silos.", "strike_target"),
    # a weekday after the attack is no name: the port after it was the target
    ("The drone attack on Sunday on the river port of [*Reni] caused fires.", "strike_target"),
    # a quoted word in the agent of a passive
    ("The [*Tatarbunary] community was attacked by \"Geran\" type attack drones.",
     "strike_target"),
    # a possessor past a place that qualifies what it owns
    ("Drones targeted Ukraine's [Danube] harbours [Reni] and [*Kiliia] overnight.",
     "strike_target"),
    # the night's end as one phrase of the gap before the origin
    ("Moscow launched the drones late Monday and into early Tuesday morning from [*Oryol].",
     "launch_site"),
    # items placed by a compass point, joined by commas alone
    ("The drones struck several cities, including [Konotop] in the north, [*Kryvyi Rih] in "
     "the centre and [Odesa].", "strike_target"),
    ("The drones struck several cities, including [Chernihiv] in the north, [*Mykolaiv] in "
     "the south and [Kyiv].", "strike_target"),
    ("The drones struck several towns, including [Sumy] in the northeast, [Lubny] in "
     "[*central Ukraine] and [Kyiv].", "other"),
    # the directions first, then the places
    ("The raid came in two waves of attack drones from the north and east: from [*Kursk] "
     "and the [Bryansk] region.", "launch_site"),
    # a list of directions ends where a clause with its own subject begins
    ("They attack the capital from the northern direction - they follow the [*Desna] river.",
     "other"),
    # "not the first time" denies nothing
    ("It is not the first time they attack [*Zhytomyr] at night.", "strike_target"),
    ("This time they did not attack [*Zhytomyr] at night.", "other"),
    # where drones flew is no target by itself (but what they struck on the way is)
    ("The drones flying toward [Kyiv] then struck [*Brovary].", "strike_target"),
    # a bare "attack" is the war only on the country
    ("Russia's attack on [*Kharkiv] killed five people overnight.", "strike_target"),
    ("Russia's attack on [*Ukraine] is now in its fourth year.", "other"),
    # a blaze with no cause told is no strike; fire aimed at a place is
    ("A large fire broke out on [*Cape Tarkhankut] on Monday, satellite images show.", "other"),
    ("Russian troops fired on [*Beryslav] from across the river.", "strike_target"),
    # the place an official heads, named after the title
    ("The fire damaged three trucks, said Ivan Petrenko, governor of the [*Kherson region].",
     "other"),
    # what was damaged in a place, told before the verb, and a second place whose verb is left
    # out; drones downed over a second place stay a shoot-down
    ("Seven houses in [*Hirnyk] and four in [Kurakhivka] were damaged.", "strike_target"),
    ("Seven houses in [Hirnyk] and four in [*Kurakhivka] were damaged.", "strike_target"),
    ("Private homes in [*Lozova] were partly destroyed.", "strike_target"),
    ("Two houses were damaged in [Lozova] and another one in [*Balakliia].", "strike_target"),
    ("One drone was shot down over [Lozova] and another one over [*Balakliia].", "other"),
    # a death told alone, with no force in the text, is no strike
    ("A man died in [*Bakhmut] last week.", "other"),
    # the attack as the subject of "affected"; an aside in brackets inside a launch list
    ("The Russian attack is reported to have affected [Sumy], [*Poltava] and [Kyiv] oblasts.",
     "strike_target"),
    ("Drones were launched from the areas of [Kursk], [Millerovo] (RF) and [*Primorsk] "
     "(an occupied part of the [Zaporizhzhia] region).", "launch_site"),
    ("Drones were launched from the areas of [Kursk], [*Millerovo] (RF) and [Primorsk] "
     "(an occupied part of the [Zaporizhzhia] region).", "launch_site"),
    # a longer description of the attack a place came under
    ("The southern [*Odesa] region came under a combined missile and drone attack.",
     "strike_target"),
]


@pytest.mark.parametrize(("marked", "role"), REAL_PHRASINGS)
def test_phrasings_seen_in_real_reports(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


def test_a_negated_strike_is_not_a_denied_claim(full_gazetteer: Gazetteer) -> None:
    from geodata.extract import Extractor
    from geodata.reports import parse_report

    text = ("---\ntitle: t\npublished: 2024-05-10\n---\nDrone attacks on the Chernihiv region "
            "have not been reported. Iran had no instructors in Crimea, its ministry said.\n")
    got = Extractor(full_gazetteer).extract(parse_report(text, report_id="n.md"))
    claims = {(c.mention.surface, c.role.value, c.stance.value) for c in got.claims}
    assert ("Crimea", "instructor_location", "denied") in claims
    chernihiv = {(role, stance) for surface, role, stance in claims
                 if surface.startswith("Chernihiv")}
    assert chernihiv == {("other", "alleged")}


def test_harm_in_a_round_up_of_an_attack_is_a_strike(full_gazetteer: Gazetteer) -> None:
    # a report that speaks of force makes a death or damage told plainly a strike's result
    from geodata.extract import Extractor
    from geodata.reports import parse_report

    lines = ("A man died in Lozova. In Balakliia, four houses, a shop, two garages and a car "
             "were damaged.")

    def roles(opening: str) -> dict[str, list[str]]:
        text = f"---\ntitle: t\npublished: 2024-05-10\n---\n{opening}\n\n{lines}\n"
        got = Extractor(full_gazetteer).extract(parse_report(text, report_id="n.md"))
        return {r.mention.surface: [x.value for x in r.roles] for r in got.readings}

    assert roles("Russian troops shelled the Kharkiv region overnight.") == {
        "Kharkiv region": ["strike_target"], "Lozova": ["strike_target"],
        "Balakliia": ["strike_target"]}
    assert roles("The district council met on Friday.") == {
        "Lozova": ["other"], "Balakliia": ["other"]}


@pytest.mark.parametrize(("marked", "role"), [
    # a region that holds the settlements struck was not struck as a whole
    ("Drones attacked five villages in the [*Sumy region] overnight.", "other"),
    ("Drones attacked the [*Sumy region] overnight.", "strike_target"),
    # (uncounted, the settlements leave the area as the nearest the report names to a target)
    ("Drones attacked settlements in the [*Sumy region] overnight.", "strike_target"),
    # a line headed by its district, then the place, a dash and the harm there
    ("[Izium district]: [*Balakliia] - a private house burned; [Kalynove] - fires in a club.",
     "strike_target"),
    ("[*Izium district]: [Balakliia] - a private house burned.", "other"),
    # the harm taken up with "as was" for a second place
    ("A private home was damaged, as was another in the village of [*Borova].",
     "strike_target"),
    ("The talks were delayed, as was expected in [*Borova].", "other"),
    # a place's district as an apposition before the harm
    ("In [*Lozova], [Lozova district], a private house and a shed were hit.", "strike_target"),
    # an embassy's staff are diplomats, not instructors; Iranian instructors still are
    ("The diplomatic staff of the Iranian Embassy in [*Kyiv] will be cut.", "other"),
    ("Iranian embassy staff in [*Minsk] were told to leave.", "other"),
    ("Instructors of the Iranian Revolutionary Guards in [*Crimea] trained crews.",
     "instructor_location"),
])
def test_containers_headings_and_diplomats(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize(("marked", "role"), [
    ("Drones hit the port of [Izmail] in the [*Odesa region].", "other"),
    # (not ground fighting near a village)
    ("The army repelled nine Russian attacks near [*Synkivka].", "other"),
    # the place with its surroundings as the passive's subject
    ("The city of [*Chornomorsk] and its surroundings were hit the hardest.", "strike_target"),
    # a strike near a place
    ("Earlier, a Shahed strike was recorded near [*Mozyr], where there is a refinery.",
     "strike_target"),
    ("Drones were shot down near [*Mozyr] overnight.", "other"),
])
def test_surroundings_and_strikes_near(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


def test_a_region_holding_the_settlements_struck_is_not_modelled_a_strike(
        full_gazetteer: Gazetteer) -> None:
    # no rule reads these sentences; the role model must not make the region a target either
    from geodata.extract import Extractor
    from geodata.reports import parse_report

    text = ("---\ntitle: t\npublished: 2025-05-10\n---\nOver the past day, 13 settlements in "
            "the Kharkiv region were subjected to enemy attacks. Nine villages in the Sumy "
            "region came under enemy drone strikes.\n")
    got = Extractor(full_gazetteer).extract(parse_report(text, report_id="n.md"))
    assert {r.mention.surface: [x.value for x in r.roles] for r in got.readings} == {
        "Kharkiv region": ["other"], "Sumy region": ["other"]}


@pytest.mark.parametrize(("marked", "role"), [
    # who told it first may open the sentence before its place and the harm
    ("As earlier reported by Ukrinform, in [*Bila Tserkva], two people were killed.",
     "strike_target"),
    ("According to the State Emergency Service of Ukraine, in [*Irpin], a warehouse was "
     "destroyed.", "strike_target"),
    ("In [*Boryspil], a residential block suffered heavy damage.", "strike_target"),
    # an attack, then where it bore down
    ("Russia launched 300 drones overnight, focusing mainly on the [*Volyn] and [Rivne] "
     "regions.", "strike_target"),
    ("The delegation, focusing on [*Lviv], met donors.", "other"),
    # the toll of an attack in a place
    ("The number of wounded in [*Sumy] rose to 12 after the drone attack.", "strike_target"),
    ("The death toll in [*Dnipro] has climbed to nine after the missile strike.",
     "strike_target"),
    # a part of a town before its genitive, in Ukrainian and Russian
    ("У центрі [*Ніжина] пролунали вибухи.", "strike_target"),
    ("На околиці [*Прилук] дрон влучив у склад.", "strike_target"),
    # the facilities hit, with the place in the genitive after them
    ("Ворог влучив в об'єкти критичної інфраструктури [*Голованівського району].",
     "strike_target"),
])
def test_attributions_tolls_and_facilities_of_a_place(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize(("marked", "role"), [
    # "aimed at" a place, in Russian and Ukrainian
    ("Враг целился по самому [*Никополю].", "strike_target"),
    ("Ворог цілився по [*Херсону].", "strike_target"),
])
def test_aiming_at_a_place(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize(("marked", "role"), [
    # from these airfields drones fly toward a city: the city is no launch site
    ("Зменшуються можливості для пуску дронів, адже з цих аеродромів запускаються БпЛА в бік "
     "[*Одеси].", "strike_target"),
    # under attack, the place after the verb and in quotes
    ("Першим під атакою опинився аеродром \"[*Саки]\".", "strike_target"),
])
def test_headings_from_unnamed_sites_and_quoted_targets(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize("marked", [
    "[*KYIV], Ukraine (AP) — Three people were killed when a Russian drone hit an apartment "
    "block in [Odesa] overnight.",
    "[*KYIV] (Reuters) - Drones hit [Odesa] overnight, killing three.",
])
def test_a_dateline_with_its_country_or_agency_is_where_the_report_was_filed(
        marked: str) -> None:
    # (the em dash cuts the clause; the dateline before it alleges nothing, so nothing after it,
    # the role model included, may make it a target)
    reading = read(marked)
    assert set(reading.roles) == {OT}
    assert "other:dateline" in reading.cues


def test_one_of_the_drones_told_before_fell_on_a_place() -> None:
    assert set(read("Ворог атакував область шахедами. Один з них впав на територію ферми в "
                    "[*Березівському районі].").roles) == {ST}
    assert set(read("Один из них упал на поле возле [*Богодухова].").roles) == {ST}
    assert set(read("Один з них був у [*Києві].").roles) == {OT}


@pytest.mark.parametrize("sentence", [
    # a list that closes "among other cities" needs no "and"
    "Officials said [*Sumy], the northern city of [Konotop], among other towns, were hit.",
    "[Sumy], the northern city of [*Konotop], among other towns, were hit.",
    # a night told with its dates stands between the attack and its place
    "Police said the drone attack took place on the night of 3-4 March in [*Reni] port.",
])
def test_lists_left_open_and_nights_told_by_date(sentence: str) -> None:
    assert [r.value for r in read(sentence).roles] == ["strike_target"]


@pytest.mark.parametrize(("marked", "role"), [
    # the districts were attacked; the oblast after them only holds them
    ("Окупанти завдали ударів по двох громадах [*Сумщини].", "other"),
    ("Армія РФ атакувала три райони [*Полтавщини] дронами.", "other"),
    # ... but the village named after its singular noun was itself hit
    ("Удар прийшовся по околиці села [*Велика Писарівка].", "strike_target"),
    # a place that suffered an attack, with a relative clause that says where it lies; the
    # area in that clause is where it lies, not what was attacked
    ("Вчора [*Лубни], що на [Полтавщині], пережили масовану атаку дронів.", "strike_target"),
    ("Вчора [Лубни], що на [*Полтавщині], пережили масовану атаку дронів.", "other"),
])
def test_areas_that_hold_what_was_struck(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize(("marked", "role"), [
    # windows knocked out in a place: harm there
    ("У [*Смілі] вибило вікна в кількох будинках.", "strike_target"),
    # debris of a downed drone that did harm where it fell
    ("Из-за падения обломков в [*Умани] повыбивало окна в двух домах.", "strike_target"),
    # ... but a shoot-down alone leaves the place as it was
    ("Обломки сбитого дрона упали в поле возле [*Умани].", "other"),
])
def test_knocked_out_windows_and_debris_that_harmed(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize("marked", [
    "Late at night Russian guns strafed [*Marhanets] with heavy artillery.",
    # a list joined to the first target by "along with"
    "The shelling hit the town centre along with the [Chervonohryhorivka] and [*Pokrov] "
    "communities.",
])
def test_strafing_and_targets_added_along_with_others(marked: str) -> None:
    assert [r.value for r in read(marked).roles] == ["strike_target"]


@pytest.mark.parametrize("marked", [
    # names joined by commas alone, as translated summaries list the launch areas
    "The enemy attacked with 40 Shahed UAVs from the directions of [Bryansk], [*Millerovo], "
    "[Yeysk] - [Russian Federation].",
    "Drones were launched from the directions of [Bryansk], [Millerovo], [*Yeysk].",
])
def test_launch_areas_listed_by_commas_alone(marked: str) -> None:
    assert [r.value for r in read(marked).roles] == ["launch_site"]


def test_two_names_joined_by_a_comma_are_not_a_bare_list() -> None:
    # a town and the region it lies in, after a strike verb: the region is where it lies
    assert [r.value for r in read("Drones struck [Izmail], [*Odesa Oblast].").roles] \
        == ["other"]


@pytest.mark.parametrize(("marked", "role"), [
    # manned aircraft taking off from a base are no drone launch
    ("Belarusian Air Force fighters took off from the [*Baranovichi] airfield four times.",
     "other"),
    ("Two interceptors reportedly took off from [*Lida] that night.", "other"),
    ("Ночью истребители взлетели с аэродрома в [*Барановичах].", "other"),
    ("Drones took off from [*Lida] that night.", "launch_site"),
    # the way a drone crossed a border is its route, not where it was launched
    ("The last drone crossed Belarusian airspace from the direction of [*Ovruch].", "other"),
    ("Drones were launched from the direction of [*Kursk].", "launch_site"),
    # a statement's opening words before the place damaged: "Станом на зараз в X ..."
    ("Станом на зараз в [*Соломʼянському] та [Дніпровському] районах зафіксовані "
     "пошкодження.", "strike_target"),
    ("Станом на 05:34 в [Соломʼянському], [*Голосіївському] та [Дніпровському] районах "
     "зафіксовані пошкодження.", "strike_target"),
    # a fire started ("загорання", "возгорание") is harm done there
    ("У [*Білоцерківському районі] зафіксовано загорання складських приміщень.",
     "strike_target"),
    ("В [*Бучанском районе] зафиксировано возгорание склада.", "strike_target"),
])
def test_aircraft_routes_statements_and_fires(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]


@pytest.mark.parametrize(("marked", "role"), [
    # the place after the verb of being under attack, the weapons named in quotes
    ('В тот же день под массированной атакой "Шахедов" находился [*Луцк].', "strike_target"),
    ("Під атакою дронів перебувала [*Полтава].", "strike_target"),
    # explosions told as the air defence's own are no hit
    ("Также взрывы из-за работы ПВО раздавались в [*Киеве].", "other"),
    ("У [*Львові] лунали вибухи через роботу ППО.", "other"),
    # a power plant destroyed or damaged, as the verb's object
    ("Війська РФ повністю зруйнували [*Трипільську ТЕС] у Київській області.",
     "strike_target"),
    # a hedge before the launch area
    ("We recorded 17 launches of drones, possibly from the eastern coast of the "
     "[*Sea of Azov].", "launch_site"),
])
def test_under_attack_air_defence_destroyed_and_hedged(marked: str, role: str) -> None:
    assert [r.value for r in read(marked).roles] == [role]
