"""Ukrainian and Russian sentences (written for these tests), and English launch/strike phrasings.

Place mentions are marked in square brackets; the one being read carries a star, as in
``tests/test_roles.py``. Inflected forms are used on purpose: the cues are stems.
"""

from __future__ import annotations

import datetime as dt

import pytest

# the marked-sentence helpers are shared with the English role tests
from test_roles import IL, LS, OT, ST, _parse, read  # noqa: E402

from geodata.claimants import find_claimant, find_stance
from geodata.dates import find_event_date
from geodata.model import DatePrecision, Role, Stance
from geodata.roles import classify, classify_heading, cue_rules

UKRAINIAN: list[tuple[str, set[Role]]] = [
    # launch sites
    ("Ударні дрони запущені з [*Брянська] близько опівночі.", {LS}),
    ("Окупанти запускали безпілотники з аеродрому [*Саки] та з району [Джанкоя].", {LS}),
    ("Окупанти запускали безпілотники з аеродрому [Саки] та з району [*Джанкоя].", {LS}),
    ("Частину «шахедів» росіяни запустили із мису [*Тарханкут].", {LS}),
    ("Пуски відбувалися з [*Курщини], кажуть у командуванні.", {LS}),
    ("Група дронів зайшла з напрямку [*Білгорода].", {LS}),
    ("Розвідка бачить нові пускові майданчики біля [*Міллерова].", {LS}),
    ("Дрони не запускали з [*Гомеля], наголосили в прикордонній службі.", {OT}),
    # a labelled list of launch areas names the items, not the area after an item's dash
    ("Вночі летіли 40 дронів (райони пусків: [*Орел] – рф, [Гвардійське] – Крим).", {LS}),
    ("Вночі летіли 40 дронів (райони пусків: [Орел] – рф, [*Гвардійське] – Крим).", {LS}),
    ("Вночі летіли 40 дронів (райони пусків: [Орел] – рф, [Гвардійське] – [*Крим]).", {OT}),
    # a list item after the country its first item lies in, written in lower case
    ("Дрони запускали з районів [Бєлгорода] на території росії та мису [*Тарханкут].", {LS}),
    # "X, звідки запускають": launched there; the place that contains X is not the site
    ("Горів склад на мисі [*Тарханкут] у [Криму], звідки окупанти запускають дрони.", {LS}),
    ("Горів склад на мисі [Тарханкут] у [*Криму], звідки окупанти запускають дрони.", {OT}),
    ("Пожежа сталася у [*Львові], звідки родом поет.", {OT}),
    # an attack "not reported" after a time phrase is none
    ("Про атаки дронів на [*Саки] останніми днями не повідомлялося.", {OT}),
    # Russian forces based somewhere and steering drones from there (Iranians there are
    # instructors)
    ("Російські військові, які базуються в [*Криму], керували дронами.", {LS}),
    ("Російські розрахунки, розміщені в [*Джанкої], запускають шахеди.", {LS}),
    ("Військові, що базуються у [*Львові], навчаються на полігоні.", {OT}),
    # an airfield used for launching
    ("Летовище в [*Міллерові] давно використовують для запуску шахедів.", {LS}),
    ("Летовище в [*Міллерові] давно використовують для навчання пілотів.", {OT}),
    # a strike "from" a place, with a long description of the weapon between
    ("Ворог завдав удару трьома керованими авіаційними бомбами КАБ-500 з [*Курщини].", {LS}),
    ("Ці дрони доставлені з [*Ірану] морем.", {OT}),
    # a single piece of debris of a downed drone that did damage
    ("Уламок збитого дрона пошкодив дах будинку в [*Ірпені].", {ST}),
    ("Унаслідок падіння уламків дрона зайнялася пожежа у складі в [*Ірпені].", {ST}),
    # drones the enemy aimed "у" a place, and "били по" it
    ("Ворог спрямував ударні дрони у прибережну зону [*Одещини].", {ST}),
    ("Вночі ворог бив дронами по [*Нікополю].", {ST}),
    # a hromada named first and a village within it struck ("у X громаді, в селі Y")
    ("Вранці у [*Дубенській громаді], в селі [Мирогоща] дрон влучив у будинок.", {OT}),
    ("Вранці у [Дубенській громаді], в селі [*Мирогоща] дрон влучив у будинок.", {ST}),
    ("Ворог атакував дронами з південного сходу (мис [*Тарханкут], [Крим]).", {LS}),
    # a place left without power was not struck itself, whatever cut the power
    ("[*Смілянський район] [Черкащини] залишився без світла після удару дрона.", {OT}),
    ("[*Смілянський район] залишився без світла через планові роботи.", {OT}),
    # a negation in the clause before "..., а" is that clause's
    ("Загиблих немає, а всі влучання зафіксовані у [*Заводському районі].", {ST}),
    ("Влучань немає у [*Заводському районі].", {OT}),
    # instructors
    ("Іранські інструктори перебувають у [*Скадовську] вже місяць.", {IL}),
    ("Партизани зафіксували присутність іранських військових на аеродромі в [*Джанкої].", {IL}),
    ("Іранські радники розміщені в [*Новій Каховці] та [Олешках].", {IL}),
    ("Іранські радники розміщені в [Новій Каховці] та [*Олешках].", {IL}),
    # the people moved there, the verb first; and a word in quotes between them and the place
    ("Окупанти доставили іранських інструкторів на територію тимчасово окупованого "
     "[*Мелітополя].", {IL}),
    ("Окупанти доставили іранські дрони на територію окупованого [*Мелітополя].", {OT}),
    ('Інструкторів з Ірану, які навчають застосуванню "шахедів", бачили на аеродромі в '
     "[*Джанкої].", {IL}),
    # strikes
    ("Вночі ворог завдав ударів по [*Умані] та [Смілі].", {ST}),
    ("Вночі ворог завдав ударів по [Умані] та [*Смілі].", {ST}),
    ("Дрони атакували [*Житомирщину] під ранок.", {ST}),
    ("Уранці пролунали вибухи у [*Кременчуці].", {ST}),
    ("У [*Павлограді] пошкоджено склад та дві котельні.", {ST}),
    ("В [*Білій Церкві] уламки дрона пошкодили гараж.", {ST}),
    ("У [*Києві] цілі збиті на підльоті, пошкоджень немає.", {OT}),
    ("Атака на [*Вінницю] тривала три години.", {ST}),
    # Russians trained where the text names Iran
    ("Російські фахівці розпочали тренування з безпілотниками в [*Ірані].", {IL}),
    ("Російські студенти навчаються у [*Львові].", {OT}),
    # launch areas after a dash; weapons aimed at a place; debris that did damage
    ("Райони пусків - [*Курськ], [Міллерове] та [Шаталово].", {LS}),
    ("Райони пусків - [Курськ], [Міллерове] та [*Шаталово].", {LS}),
    ("Окупанти спрямували на [*Умань] два десятки шахедів.", {ST}),
    ("Ми спрямували на [*Умань] гуманітарну допомогу.", {OT}),
    ("Уламки збитого дрона у [*Ніжині] зруйнували гараж.", {ST}),
    ("Через падіння збитих дронів на [*Черкащині] пошкоджено будівлі.", {ST}),
    # ... told before the debris, with no other place between
    ("Два будинки пошкоджено внаслідок падіння уламків збитого дрона на [*Полтавщині].", {ST}),
    ("Пошкоджено склад у [Бучі], а над [*Києвом] збито дрон.", {OT}),
    # the place first, then the attacks there (not attacks as a topic, nor on another place)
    ("У [*Харкові] з різницею в годину зафіксовано дві атаки дронами.", {ST}),
    ("У [*Львові] на форумі обговорили захист від атак дронів.", {OT}),
    ("У [*Києві] обговорили нічні атаки на [Одесу].", {OT}),
    # ... or the shelling that goes on there (not shelling as a topic)
    ("На [*Сумщині] третій день не припиняються обстріли прикордоння.", {ST}),
    ("У [*Черкасах] журналісти говорили про обстріли прикордоння.", {OT}),
    # debris or a drone that fell on a building in a place that opens the clause, or under a
    # place's label (not one that fell in a field, nor debris that fell without damage)
    ("У [*Подільському районі] уламки дрона впали на дах багатоповерхівки.", {ST}),
    ("У [*Бучі] безпілотник потрапив у під'їзд житлового будинку.", {ST}),
    ("[*Оболонський район]: падіння уламків на приватний будинок.", {ST}),
    ("У [*Бучі] дрон впав у полі за селом.", {OT}),
    ("У [*Печерському районі] падіння уламків без пошкоджень.", {OT}),
    # a weapon's name in quotes between the strike and where it came from
    ("Ворог атакував 40 ударними БпЛА типу \"Shahed-136\" із [*Брянської обл.] – РФ.", {LS}),
    # a building destroyed in a place is a strike there, as a facility is
    ("Окупанти знищили будинок культури у [*Куп'янську].", {ST}),
    # under an attack told with adjectives (not under the threat of one)
    ("[*Полтавщина] знову опинилася під масованою ворожою атакою.", {ST}),
    ("[*Полтавщина] знову опинилася під загрозою атак.", {OT}),
    # a weapon's name in quotes between the verb and the place
    ("Окупанти вдарили \"шахедами\" по [*Лозівському] району.", {ST}),
    # what was hit after the place: "поцілили", the aftermath of an attack
    ("На [*Житомирщині] росіяни поцілили дронами в об'єкт інфраструктури.", {ST}),
    # the masculine "завдав" of the strike delivered after the place
    ("Вранці у [*Сумах] удару завдав ворожий дрон.", {ST}),
    # entering a place "з боку" another: the other is on the route; a border "з" a place in
    # the instrumental is shared with it
    ("Вночі на територію [Молдови] з боку [*Одещини] залетів ударний дрон.", {OT}),
    ("Один з ударних дронів перетнув кордон із [*Білоруссю] вночі.", {OT}),
    # attacks recorded in a place, after a past participle ending in -о
    ("У [*Сумській області] вчора було зафіксовано атаку дронів.", {ST}),
    # other
    ("Сили ППО збили 12 безпілотників над [*Черкащиною].", {OT}),
    ("Учора над [*Полтавою] знищено ще два дрони.", {OT}),
    ("У [*Львові] відбулася зустріч волонтерів.", {OT}),
    # the weapon in the instrumental before what was attacked, a part of a region
    ("Вночі окупанти атакували ударними безпілотниками південь [*Херсонської області].", {ST}),
    # a place that became a target
    ("[*Суми] знову стали однією з цілей ворожих дронів.", {ST}),
    ("[*Суми] стали в цілому спокійнішими.", {OT}),
    # a weapon's origin in brackets, as the air force lists them
    ("Ворог випустив 3 ракети Іскандер-М (з [*Курської області]) та 40 дронів.", {LS}),
    # the places after "потерпали" (suffered)
    ("Потерпали [Нікополь], [*Марганецька] і [Покровська] громади.", {ST}),
    # Iran's people sent to a place named before them
    ("Іран відправив до [*Криму] своїх інструкторів.", {IL}),
    ("Іран відправив до [*Москви] свою делегацію.", {OT}),
    # the weapon in the instrumental in quotes
    ('Ворог регулярно атакує "Шахедами" [*Полтаву] і область.', {ST}),
    # launched towards a place: it was the target (not drones merely moving that way)
    ("Ворог здійснив пуски 30 шахедів у напрямку [*Черкаської] та [Київської] областей.",
     {ST}),
    ("Ворог здійснив пуски 30 шахедів у напрямку [Черкаської] та [*Київської] областей.",
     {ST}),
    ("Група ударних дронів рухається у напрямку [*Білої Церкви].", {OT}),
    # a place as the label of a round-up's line, and what happened there
    ("[*Корюківка]: через влучання дрона пошкоджено склад.", {ST}),
    ("[*Шостка]: тривога триває, просимо бути в укриттях.", {OT}),
    # areas counted before a dash that names them: the places named are the areas struck
    ("Під ударами опинилися об’єкти енергетики у шести областях – на [*Сумщині], [Полтавщині] "
     "та [Запоріжжі].", {ST}),
    ("Під ударами опинилися об’єкти енергетики у шести областях – на [Сумщині], [*Полтавщині] "
     "та [Запоріжжі].", {ST}),
    ("Ворог атакував енергетику двох областей – [*Сумщини] та [Полтавщини].", {ST}),
    # "ушкоджено", the other Ukrainian word for "damaged", after the place and before it
    ("Окрім цього, на [*Ніжинщині] ушкоджено транспортну інфраструктуру.", {ST}),
    ("Ушкоджено будинки в [*Ніжині].", {ST}),
    # windows broken, places that suffered
    ("У [*Дніпрі] побиті вікна чотирьох багатоповерхівок.", {ST}),
    ("Потерпали сам [Нікополь], [Покровська], [*Мирівська] і [Марганецька] громади.", {ST}),
    # a place that lived through an attack (not through anything else)
    ("[*Дніпропетровщина] пережила чергову нічну атаку безпілотниками.", {ST}),
    ("[*Харків] пережив окупацію у 1941 році.", {OT}),
    # a common noun first, as an item of its own after a comma alone
    ("Вибухи лунали у райцентрі, [Марганецькій], [*Мирівській], [Покровській] громадах.", {ST}),
    # litotes and colloquial words for a strike, in a report that speaks of weapons
    ("Не оминула атака і [*Кіровоградську область] – там пошкоджено адмінбудівлю.", {ST}),
    ("Ворог бив дронами. Дісталося і [*Синельниківському району] – там побите господарство.",
     {ST}),
    ("Ворог бив дронами. Гучно було в [*Марганецькій] і [Покровській] громадах.", {ST}),
    # (not in a report of no weapon: weather does not spare a place by striking it)
    ("Негода не оминула і [*Київ].", {OT}),
    ("Дісталося і [*Синельниківському району] – там пройшла злива.", {OT}),
    ("Під ударами опинилися об’єкти енергетики та газотранспортної системи у шести областях – "
     "на [Сумщині], [Полтавщині], [Донеччині], [*Чернігівщині], [Харківщині] та [Запоріжжі].",
     {ST}),
    # (the dash then names where the alarm sounded, which is no strike)
    ("Тривогу оголосили у шести областях – на [*Сумщині], [Полтавщині] та [Запоріжжі].", {OT}),
    # "поцілив по X": hit, with the places after "по"
    ("Противник поцілив безпілотниками по [*Вербківській] та [Петриківській] громадах.",
     {ST}),
    # the places that suffered after an unnamed district centre
    ("Потерпали райцентр, [*Вербківська] й [Петриківська] громади.", {ST}),
    # debris that fell on a roof hit the place, whatever shoot-down it came from
    ("Уламки впали на дах будинку у [*Броварах].", {ST}),
    # a district as the label of what happened there, with "травмовано"; a clause that opens
    # with who tells it before its place
    ("Бучанський район: постраждала одна людина. [*Обухівський район]: травмовано 3 осіб.",
     {ST}),
    ("За його словами у [*Обухівському районі] пошкоджено два будинки.", {ST}),
    # a dash for the verb left out between a place and the harm done there
    ("У [*Полтаві] – двоє поранених, у [Лубнах] – пошкоджено будинок.", {ST}),
    ("У [Полтаві] – двоє поранених, у [*Лубнах] – пошкоджено будинок.", {ST}),
    ("У [*Полтаві] – тиша, тривога триває.", {OT}),
    # fires where the sentence before speaks of the attack that started them
    ("Вночі ворожі дрони атакували громаду. Внаслідок цього виникли три пожежі у [*Балаклії].",
     {ST}),
    ("Минулого тижня пройшли навчання. Внаслідок цього виникли три пожежі у [*Балаклії].",
     {OT}),
    # a list of villages, each with its community after it: the villages were hit, the
    # communities only say where they lie
    ("Після удару дронів виникли пожежі у селах [Гусарівка] [Балаклійської громади] та "
     "[*Вербівка] [Андріївської громади].", {ST}),
    ("Після удару дронів виникли пожежі у селах [Гусарівка] [*Балаклійської громади] та "
     "[Вербівка] [Андріївської громади].", {OT}),
    # the areas that suffered most, after a dash
    ("Вночі дрони атакували область. Найбільше дісталося двом районам — [*Ковельському] та "
     "[Любомльському].", {ST}),
    # hits told beside the debris: a strike, not a shoot-down
    ("Зафіксовано влучання та падіння уламків у [*Ковельському] та [Любомльському] районах.",
     {ST}),
    ("Зафіксовано падіння уламків збитих дронів у [*Ковельському] районі.", {OT}),
    # "з боку" after the attack names the attacker, not where the drones came from
    ("Місто оговтується після нічного дронового удару з боку [*Росії].", {OT}),
    ("Дрони заходили з боку [*Білорусі] вздовж кордону.", {LS}),
    # the districts after a dash spell out the oblast struck; a dash before a sentence of its
    # own does not
    ("Вночі ворог атакував [Харківщину] – [*Чугуївський] та [Ізюмський] райони.", {ST}),
    ("Вночі ворог атакував [Харківщину] – [Чугуївський] та [*Ізюмський] райони.", {ST}),
    ("Вночі ворог атакував [Харківщину] – у [*Чугуївському] районі було тихо.", {OT}),
]

RUSSIAN: list[tuple[str, set[Role]]] = [
    # a drone that fell on a building, then where: the place was hit; debris that fell on a
    # roof hit it too, not only fell there
    ("Российский дрон упал на жилой дом в селе [*Окница].", {ST}),
    # the media's retelling of the Air Force's list of launch directions, and the areas in it
    ("Атака велась по трем направлениям: из [*Ейска] Краснодарского края и Курска.", {LS}),
    ("Атака велась по трем направлениям: из Ейска [*Краснодарского края] и Курска.", {OT}),
    # the weapon first, then where, then the building it got into
    ("Два дрона в [*Юнаковской] и [Хотеньской] общинах попали в здание магазина.", {ST}),
    # a dash for the verb left out, before a quoted hit
    ("В [*Полтаве] — «прилет», сообщил мэр.", {ST}),
    ("Обломки сбитого беспилотника упали в поле возле [*Бельц].", {OT}),
    # a drone that entered a country from a side came through that side, not from it
    ("Дрон пересёк границу и залетел на территорию Беларуси со стороны [*Черниговской "
     "области].", {OT}),
    ("Беспилотники были запущены из района [*Курска] вечером.", {LS}),
    ("В [*Никополе] с утра продолжаются обстрелы из артиллерии.", {ST}),
    ("Ночью [*Сумщина] опять оказалась под массированным обстрелом.", {ST}),
    ("В [*Деснянском районе] обломки беспилотника упали на крышу гаража.", {ST}),
    ("В [*Деснянском районе] падение обломков без разрушений.", {OT}),
    # a facility destroyed in a place is a strike there, though weapons are named in it
    ("Армия уничтожила цеха по ремонту ракетных установок в [*Шостке].", {ST}),
    ("Армия уничтожила 15 ракет и дронов над [*Шосткой].", {OT}),
    # what was hit, with the places it lies in listed in brackets
    ("Поражены склады на трех аэродромах ([Миргород], [*Канатово] и [Стрый]).", {ST}),
    # a place that opens its clause after a date phrase "since the start of" a month
    ("С начала сентября в [*Харьковской области] в результате обстрелов ранены 30 человек.",
     {ST}),
    ("Дроны запускали с аэродрома [*Халино] и с полигона под [Брянском].", {LS}),
    ("Группа целей шла с направления [*Орла].", {LS}),
    ("Иранские инструкторы находятся в [*Джанкое], пишут партизаны.", {IL}),
    ("Ночью армия нанесла удары по [*Николаеву] и [Херсону].", {ST}),
    ("Ночью армия нанесла удары по [Николаеву] и [*Херсону].", {ST}),
    ("Дроны атаковали [*Одессу] под утро.", {ST}),
    ("В [*Измаиле] повреждены портовые склады.", {ST}),
    ("Средства ПВО сбили девять дронов над [*Черноморском].", {OT}),
    ("Дроны не запускали из [*Гомеля], заявили в ведомстве.", {OT}),
    ("Российские офицеры проводили тренировки в [*Иране] несколько недель.", {IL}),
    # the places that suffered, named right after the verb
    ("Ночью пострадали [*Одесская] и [Сумская] области.", {ST}),
    # Iranian soldiers somewhere
    ("Есть ли иранские солдаты в [*Крыму]?", {IL}),
    # what a weapon was launched or aimed at; a place after its abbreviation
    ("Бомбардировщики выпустили ракету по вокзалу в [*Полтаве].", {ST}),
    ("Ночью враг направил на [*Херсон] около двадцати БПЛА.", {ST}),
    ("Утром дроны прицельно атаковали г. [*Белгород-Днестровский].", {ST}),
    # the shore a place lies on is not where drones start
    ("[Ейск], расположенный на берегу [*Азовского моря], одна из площадок, откуда стартуют "
     "дроны.", {OT}),
    ("[*Ейск], расположенный на берегу [Азовского моря], одна из площадок, откуда стартуют "
     "дроны.", {LS}),
    # what was damaged, each with its village in brackets
    ("В [Сумском] районе повреждены склад (с. [*Бобрик]), гараж (с. [Юнаковка]).", {ST}),
    ("В [Сумском] районе повреждены склад (с. [Бобрик]), гараж (с. [*Юнаковка]).", {ST}),
    ("Спасатели из [Сум] проверили склад (с. [*Бобрик]), гараж (с. [Юнаковка]).", {OT}),
    # where a drone entered a place from is on its route; not where it attacked from
    ("Дрон влетел в воздушное пространство [Беларуси] со стороны [*Черниговской области].",
     {OT}),
    ("Дроны атаковали [Харьков] со стороны [*Белгорода].", {LS}),
    # debris of downed drones that started a fire: the place was hit all the same
    ("Из-за падения обломков дронов вспыхнул пожар на складе в [*Бучанском районе].", {ST}),
    ("Обломки сбитого дрона упали в поле в [*Бучанском районе], пострадавших нет.", {OT}),
    # Ukraine's forces who warn of the enemy's drones do not strike the place
    ("Ранее ВСУ предупреждали об атаке вражеских дронов в направлении [*Житомира].", {ST}),
    ("ВСУ нанесли удар по складу в [*Донецке].", {OT}),
    # an area named first and a place within it struck: the area is where the place lies
    ("Ночью в [Шосткинском районе] в [*Вороже] дрон попал в жилой дом.", {ST}),
    ("Ночью в [*Шосткинском районе] в [Вороже] дрон попал в жилой дом.", {OT}),
    ("Ночью в [*Шосткинском районе] дрон попал в жилой дом.", {ST}),
    # people hurt in a place as a result of a strike told after it
    ("Трое жителей получили ранения в городе [*Никополь] в результате обстрела.", {ST}),
    ("Трое жителей получили ранения в городе [*Никополь] в результате аварии.", {OT}),
    # the object first with its city's genitive after it; bombs dropped on a place
    ("Во вторник, 3 мая, [*Голосеевский район] [Киева] атаковали дроны.", {ST}),
    ("Утром военные сбросили три управляемые авиабомбы на [*Купянск].", {ST}),
    ("Спортсмен сбросил три килограмма на [*Кипре].", {OT}),
    # the base a fighter took off from, told after what it did
    ("Над [Гомельщиной] патрулировал истребитель ВВС, который вылетел из [*Лиды] ночью.",
     {OT}),
    ("Дроны, которые вылетели из [*Курска], атаковали [Сумы].", {LS}),
    ("[*Харьков] и область снова стали одной из целей врага.", {ST}),
    ("По данным СМИ, Иран направил в аннексированный [*Крым] военных для обучения.", {IL}),
    ("- 4 баллистические ракеты Искандер-М/KN-23 (из [*Белгородской области]);", {LS}),
    # a settlement's abbreviation between the preposition and the place told first
    ("Ночью в [Полтаве] ранен водитель; в г. [*Лубны] пострадала пенсионерка.", {ST}),
    ("Противник выпустил беспилотники в направлении [*Кременчуга] около полуночи.", {ST}),
    # a downed drone that fell on a place hit it; one that fell in a field near it did not
    ("Один из сбитых дронов упал на территорию коммунального предприятия в [*Одессе].", {ST}),
    ("Сбитый дрон упал в поле возле [*Одессы].", {OT}),
]

ENGLISH_RECALL: list[tuple[str, set[Role]]] = [
    # a clause opening with its place after who tells it: "According to him, in X, ..."
    ("According to the mayor, in [*Vynnyky], drones damaged the windows of a school.", {ST}),
    ("According to him, in [*Vynnyky], the blast waves smashed windows in three houses.",
     {ST}),
    ("According to him, in [*Vynnyky], air defence destroyed four drones.", {OT}),
    # a place that remains or has come under attack (not under control)
    ("The [*Kharkiv region] remains under constant Russian shelling.", {ST}),
    ("The river port of [*Izmail] has come under repeated drone attacks.", {ST}),
    ("The [*Kharkiv region] remains under Ukrainian control.", {OT}),
    # launch phrasings: "were launched from A and B", "launch sites in the A and B regions",
    # "took off from A", "the A area in B", "sent from A"
    ("The attack drones were fired from [*Marfovka] and from [Yevpatoria] overnight.", {LS}),
    ("Forty drones flew overnight (launch areas: [*Oryol] – Russia, [Hvardiiske]).", {LS}),
    ("Forty drones flew overnight (launch areas: [Oryol] – Russia, [*Hvardiiske]).", {LS}),
    ("The attack drones were fired from [Marfovka] and from [*Yevpatoria] overnight.", {LS}),
    ("Analysts placed the launch sites in the [*Belgorod] and [Voronezh] regions.", {LS}),
    ("Analysts placed the launch sites in the [Belgorod] and [*Voronezh] regions.", {LS}),
    ("A second group of drones lifted off from [*Morozovsk] late on Sunday.", {LS}),
    ("The delegation left from [*Warsaw] on a chartered plane.", {OT}),
    ("Crews were firing them from the [*Kacha] area every night.", {LS}),
    ("The army has moved its drone crews to [*Kamianka], to the [Saky] airfield and to "
     "[Kirovske].", {LS}),
    ("The army has moved its drone crews to [Kamianka], to the [Saky] airfield and to "
     "[*Kirovske].", {LS}),
    ("Crews from the drone units were sent to launch units in [*Kerch].", {LS}),
    ("The army moved drone crews to [Kamianka] in the [Kursk] region, to [*Sudzha] in the "
     "[Belgorod] region and to [Valuiki].", {LS}),
    # a place named as where the site lies is not itself the site (nor the target)
    ("The drones were fired from [Olenivka] in occupied [*Crimea].", {OT}),
    ("Drones hit the [Trypillia] power station in the [*Kyiv] region.", {OT}),
    ("Drones hit the [*Trypillia] power station in the [Kyiv] region.", {ST}),
    # instructors moved somewhere, and seen "at A and at B"
    ("Iranian drone trainers were quietly withdrawn from the border area to [*Snihurivka].",
     {IL}),
    ("Iranian advisers were seen at the [Baranavichy] airfield and at the [*Luninets] air base.",
     {IL}),
    # strikes on facilities named with their place: "hit the port of A", "struck the A plant"
    ("A Shahed hit the river port of [*Ust-Dunaisk] before dawn.", {ST}),
    ("One drone struck the [*Trypillia] power station.", {ST}),
    ("Drones damaged the [*Dobrotvir] thermal plant and a substation.", {ST}),
    ("Last night a drone slammed into a warehouse in [*Bilhorod-Dnistrovskyi].", {ST}),
    ("Fighter jets have been used against [*Sumy] for weeks.", {ST}),
    ("Rockets fired from across the river have hit [*Nikopol] for months.", {ST}),
    ("Troops said drones struck \"energy sites\" in [*Kupiansk] overnight.", {ST}),
    ("Shaheds hit fuel tanks and a depot at the oil terminal in [*Reni].", {ST}),
    ("The new tax law was used against [*Odesa] traders.", {OT}),
    # crews operating from a place and flying drones from there; power knocked out by an attack
    ("Officials said Russian crews, operating remotely from [*Belbek], steer the drones.", {LS}),
    ("Volunteers, working from [*Lviv], raise money for the army.", {OT}),
    ("Drones hit substations and knocked out power to parts of the [*Chernihiv] region.", {ST}),
    ("A storm knocked out power to parts of the [*Chernihiv] region.", {OT}),
    ("The towns of [Boryspil] and [*Brovary] were worst affected by the overnight drone raid.",
     {ST}),
    # Russians sent to a place for training; the Guards sent by Iran
    ("Originally, Russia had sent its personnel to [*Iran] for such training.", {IL}),
    ("Russia sent troops to [*Belarus] for exercises.", {OT}),
    ("Iran has sent instructors to work with attack drones in occupied [*Crimea].", {IL}),
    # the personnel named in a quotation that closes before the verb of their presence
    ('Partisans wrote that "a team of Iranian instructors, who are guarded by Russian '
     'officers" was seen near [*Yeysk] last week.', {IL}),
    ('"Iranian instructors are a threat," an official said in [*Kyiv] on Monday.', {OT}),
    ("Iran has sent members of its Islamic Revolutionary Guard Corps to a base in [*Crimea].",
     {IL}),
    # debris from a downed drone that did damage, in the clause after the place
    ("Two drones were shot down over the [*Poltava] region, and debris from one caused a fire "
     "at a farm.", {ST}),
    ("Two drones were shot down over the [*Poltava] region, and nobody was hurt.", {OT}),
    # a quoted name and a participle between the strike and its place
    ("Bombers launched missile strikes at the \"Zirka\" cinema located in [*Poltava].", {ST}),
    # instructors from the Guards named in full
    ("Reports told of instructors from the Islamic Revolutionary Guard Corps of [Iran] (IRGC) "
     "in [*Crimea].", {IL}),
    # attacks told of in a clause before where they came from
    ("The raids, which went on until dawn, came from annexed [*Crimea] and [Kursk].", {LS}),
    ("The raids, which went on until dawn, came from annexed [Crimea] and [*Kursk].", {LS}),
    ("The raids, which [*Kyiv] condemned, came from Kursk.", {OT}),
    # trainees told as staff, trained where the text names Iran
    ("Some 150 workers of the plant are being trained in [*Iran] on the drones.", {IL}),
    ("Ukrainian soldiers were trained in [*Poland] to shoot down Iranian drones.", {OT}),
    # a window shattered by the wreckage of a drone
    ("A balcony window of a flat in the [*Obolon] district was shattered due to debris from a "
     "downed drone.", {ST}),
    ("A balcony window of a flat in the [*Obolon] district was shattered due to a storm.", {OT}),
    ("Debris of a downed drone fell in [*Bucha] and shattered windows.", {ST}),
    # where a drone entered a place from is on its route; a jet launched from a base took off
    ("At 01:10 one drone entered [Belarus] from the direction of the [*Chernihiv region].", {OT}),
    ("Drones flew in from the direction of the [*Kursk region] overnight.", {LS}),
    # an operation on the ground launched from a place is no weapon launched there
    ("Moscow wants a buffer zone in [*Sumy], from where incursions into [Kursk] were "
     "launched.", {OT}),
    ("The army struck an airfield in [*Saky], from where Shaheds were launched.", {LS, ST}),
    # a foreign airspace named by its adjective: the drones came there over the place
    ("Two Shaheds entered Moldovan airspace from the [*Odesa region] before dawn.", {OT}),
    ("Two Shaheds entered the airspace from the [*Bryansk region] before dawn.", {LS}),
    # the weapons and their heading told between the launch and its place
    ("Moscow launched dozens of attack drones towards [Ukraine] overnight from the annexed "
     "[*Crimean peninsula].", {LS}),
    ("A fighter jet of the air force was launched from the [*Machulishchy] airfield.", {OT}),
    # who lost the power, then where: the place lost power, it was not struck
    ("Some 2,000 households were disconnected in the [*Sumy] region due to the drone attacks.",
     {OT}),
    ("Some 2,000 households were disconnected in the [*Sumy] region due to a storm.", {OT}),
    # trainees with what they learn, and where the war is, before the place of training
    ("Crews are being trained to fly Iranian-made drones against [Ukraine] at the [*Hama] "
     "airfield, officials said.", {IL}),
    ("Crews are being trained to fly Iranian-made drones against [Ukraine] at the [Hama] "
     "airfield in [*Syria], officials said.", {IL}),
    # bare "Iranians" who "have been" somewhere in a sentence on drone operations
    ("Officials believe Iranians have been in [*Crimea] to help with the drone operation.",
     {IL}),
    ("Officials believe Iranians have been in [*Paris] for the carpet fair.", {OT}),
    # a transitive strike verb
    ("On Friday the occupiers bombarded [*Nikopol] with rockets.", {ST}),
    # training told as held somewhere, with the Iranians who give it named
    ("The courses for drone crews take place at the [*Hama] airfield under Iranian "
     "instructors.", {IL}),
    ("The courses for drone crews take place at the [*Hama] airfield under local "
     "instructors.", {OT}),
    # a launch site named by a copula, either way round
    ("Another likely launch site could be the village of [*Ozerne].", {LS}),
    ("The village of [*Ozerne] is a possible launch area, the monitors say.", {LS}),
    ("The launch site was not [*Ozerne], the monitors say.", {OT}),
    # a place left without power or "in the dark", after strikes or a storm
    ("Officials said [*Mykolaiv] and nearby villages were left in the dark after the drone "
     "strikes.", {OT}),
    ("[*Mykolaiv] was left without electricity after the storm.", {OT}),
    # an airfield a fighter took off from, told after where it flew
    ("A fighter jet was patrolling over [Brest] region, which took off from the [*Lida] "
     "airfield at night.", {OT}),
    ("Drones, which took off from the [*Kursk] airfield, hit Sumy.", {LS}),
    # the places of a direction, in brackets after it
    ("Drones came in waves from the south-eastern direction ([*Yeysk] and [Chauda]).", {LS}),
    ("Drones came in waves from the south-eastern direction ([Yeysk] and [*Chauda]).", {LS}),
    # a launch from a part of a zone comes from the zone
    ("Drones could be launched from the northern part of the [*Chornobyl exclusion zone].",
     {LS}),
    # and what must stay other
    ("The delegation visited the port of [*Gdansk] on Monday.", {OT}),
    ("Ministers spoke about the [*Burshtyn] plant's output.", {OT}),
    # a time of day between the attack and its place
    ("Another drone attack came at dawn on Sunday in [*Kherson].", {ST}),
    # a weapon's type between the attack and its place
    ("The enemy made an attack by drones of the Geran-2 type on the [*Sumy region].", {ST}),
    # "the Russians" as the attacking side
    ("Overnight the Russians attacked the [*Nikopol] and Marhanets hromadas.", {ST}),
    # the strikes as the subject, and a count before the settlements of a list
    ("Enemy strikes hit more than 10 villages in the [Sumy region], such as [*Velyka "
     "Pysarivka] and [Krasnopillia].", {ST}),
    ("Enemy strikes hit more than 10 villages in the [Sumy region], such as [Velyka "
     "Pysarivka] and [*Krasnopillia].", {ST}),
    ("New rules affected more than 10 villages in the [Sumy region], such as [*Velyka "
     "Pysarivka].", {OT}),
    # a weapon's origin in brackets, and a base said to be used for strikes
    ("Overnight Russia fired 2 Kh-59 missiles (from the [*Kursk region]) at Sumy.", {LS}),
    ("Flashes were seen near the [*Luninets airfield], which the Russians use for strikes "
     "on Ukraine.", {LS}),
    ("The [*Luninets airfield], which farmers use for crop flights, was quiet.", {OT}),
    # a plural community noun after a list that came under fire
    ("The [Pokrovske] and [*Myrove] communities also came under fire, he said.", {ST}),
    # an attack carried out with its weapon, then its place
    ("Today an attack was carried out with a Shahed drone in the [*Chernihiv region].",
     {ST}),
    # a helicopter "reportedly flying" from a place is no launch
    ("The president's helicopter was reportedly flying north from his [*Drozdy] "
     "residence.", {OT}),
    # a list whose groups a semicolon separates, each under its district; the district that
    # owns a village only qualifies it, as "X's capital Y" does
    ("Shelling damaged 15 villages in the [Sumy region], such as the [Shostka] district's "
     "[Seredyna-Buda]; the [Konotop] district's [*Bilopillia] and [Vorozhba]; and others.", {ST}),
    ("Shelling damaged 15 villages in the [Sumy region], such as the [Shostka] district's "
     "[Seredyna-Buda]; the [Konotop] district's [Bilopillia], [*Mykolaivka], [Hlukhiv]; "
     "and others.", {ST}),
    ("Shelling damaged 15 villages in the [Sumy region], such as the [Shostka] district's "
     "[Seredyna-Buda]; the [*Konotop] district's [Bilopillia] and [Vorozhba]; and others.",
     {OT}),
    ("Shelling damaged 15 villages in the [Sumy region], such as the [Shostka] district's "
     "[Seredyna-Buda]; the [*Konotop district]'s [Bilopillia] and [Vorozhba]; and others.",
     {OT}),
    # (a semicolon between two clauses still cuts: the second says nothing of a strike)
    ("Drones hit the [Odesa region], including [Izmail]; [*Reni] stayed calm.", {OT}),
    # a place qualifying the ports named after it
    ("Russia struck the large [Danube] ports of [*Izmail] and [Reni] overnight.", {ST}),
    # a place the drones passed through after their launch is no launch site
    ("Drones launched from the [Azov Sea] and passing through the [*Black Sea] to target the "
     "[Odesa region] were downed.", {OT}),
    ("Drones launched from the [*Azov Sea] and passing through the [Black Sea] to target the "
     "[Odesa region] were downed.", {LS}),
    # an opening quotation mark inside the launch area's phrase
    ("The rockets were fired from the “eastern coast of the [*Sea of Azov].”", {LS}),
    # the attack named after a comma, after the place that opens the sentence
    ("In [*Kyiv], during the morning attack by drones, the Russians hit a residential building.",
     {ST}),
    ("In [*Kyiv], during the night, people slept in the metro.", {OT}),
    # a weapon that fell on a building in or near a place (not in a field)
    ("A Russian missile fell on Monday evening on a two-story building near [*Poltava].", {ST}),
    ("A drone fell on a field near [*Poltava].", {OT}),
    # the damage done, then where
    ("After the drone attack, there is information about damage to buildings and vehicles in "
     "the [*Kolomyia district].", {ST}),
    # a place used for attacks is where they are launched from (not what they were used on)
    ("Russia uses the [*Donetsk airport] for drone attacks on Ukraine.", {LS}),
    ("Russia plans to expand the use of occupied territories, in particular the [*Donetsk "
     "airport] area, for drone attacks.", {LS}),
    ("Russia used Iranian drones for attacks on [*Kyiv].", {ST}),
    # the weapon between the strike word or "used" and its object
    ("The invaders hit a truck with an FPV drone in the [*Pokrovske community].", {ST}),
    ("The army used drones and guided bombs against the [*Zelenodolsk] hromada.", {ST}),
    ("In the [*Kryvyi Rih district], Russian troops used artillery and FPV drones.", {ST}),
    # a passive subject that "as well as" extends, with a comma before the verb
    ("The town of [Marhanets], as well as the [*Pokrov] hromada, were targeted.", {ST}),
]


def _ids(cases: list[tuple[str, set[Role]]]) -> list[str]:
    return [c[0][:50] for c in cases]


@pytest.mark.parametrize(("marked", "expected"), UKRAINIAN, ids=_ids(UKRAINIAN))
def test_ukrainian_roles(marked: str, expected: set[Role]) -> None:
    reading = read(marked)
    assert set(reading.roles) == expected, reading.cues


@pytest.mark.parametrize(("marked", "expected"), RUSSIAN, ids=_ids(RUSSIAN))
def test_russian_roles(marked: str, expected: set[Role]) -> None:
    reading = read(marked)
    assert set(reading.roles) == expected, reading.cues


@pytest.mark.parametrize(("marked", "expected"), ENGLISH_RECALL, ids=_ids(ENGLISH_RECALL))
def test_english_launch_and_strike_phrasings(marked: str, expected: set[Role]) -> None:
    reading = read(marked)
    assert set(reading.roles) == expected, reading.cues


def test_prefilter_skips_text_without_cues() -> None:
    assert cue_rules("The weather in Lviv was mild and sunny all week.") == ()
    assert cue_rules("Погода у Львові була теплою.") == ()
    assert "launch:cyr_from" in cue_rules("Дрони запускали з Курщини.")


def test_prefilter_does_not_change_readings_of_a_long_sentence() -> None:
    # Many mentions in one long sentence share the cached prefilter; each still reads alone.
    marked = ("Drones launched from [*Kursk] hit [Sumy], while officials in [Kyiv] met; " * 3)
    text, spans, _ = _parse(marked)
    sentence = (0, len(text))
    got = [classify(text, sentence, s, spans).roles for s in spans]
    assert got == [(LS,), (ST,), (OT,)] * 3


# --- claimants, stance and dates in Ukrainian and Russian ------------------------------------

CLAIMANTS: list[tuple[str, str, str]] = [
    # sentence, expected claimant, expected stance
    ("Уночі ворог атакував Сумщину, повідомили Повітряні сили ЗСУ.", "Повітряні сили ЗСУ",
     "alleged"),
    ("За даними Генштабу, дрони запускали з Брянщини.", "Генштабу", "alleged"),
    ("У Полтаві, як повідомили в обласній військовій адміністрації, пошкоджено депо.",
     "обласній військовій адміністрації", "alleged"),
    ("ГУР заявило, що іранські інструктори перебувають у Криму.", "ГУР", "alleged"),
    ("Міноборони Росії заперечує удар по лікарні у Херсоні.", "Міноборони Росії", "denied"),
    ("Командування підтвердило влучання в нафтобазу.", "Командування", "confirmed"),
    ("Воздушные силы не подтвердили попадание в Черкассах.", "Воздушные силы", "alleged"),
    ("По данным разведки, дроны запускали из Курска.", "разведки", "alleged"),
    ("Дрон попал в склад, сообщил губернатор Иван Петров.", "Иван Петров", "alleged"),
    ("Минобороны России опровергает сообщения об ударе по Одессе.", "Минобороны России",
     "denied"),
    ("Погода сьогодні тепла.", "", "alleged"),
]


@pytest.mark.parametrize(("text", "who", "stance"), CLAIMANTS, ids=[c[0][:40] for c in CLAIMANTS])
def test_cyrillic_claimant_and_stance(text: str, who: str, stance: str) -> None:
    span = (0, len(text))
    got = find_claimant(text, span, (0, 2))
    assert got == who
    assert find_stance(text, span, (0, 2), got) == Stance(stance)


FRIDAY = dt.date(2024, 3, 22)  # a Friday
DATES: list[tuple[str, dt.date | None, str]] = [
    ("У ніч на вівторок дрони атакували місто.", dt.date(2024, 3, 19), "У ніч на вівторок"),
    ("В ночь на 12 марта дроны атаковали порт.", dt.date(2024, 3, 12), "В ночь на 12 марта"),
    ("Удар по депо стався 3 січня 2023 року.", dt.date(2023, 1, 3), "3 січня 2023"),
    ("Вибухи пролунали 30 грудня.", dt.date(2023, 12, 30), "30 грудня"),  # year rollover
    ("Минулої п'ятниці пролунали вибухи.", dt.date(2024, 3, 15), "Минулої п'ятниці"),
    ("У п'ятницю дрони атакували порт.", dt.date(2024, 3, 22), "У п'ятницю"),
    ("Во вторник дроны атаковали склад.", dt.date(2024, 3, 19), "Во вторник"),
    ("Вчора ворог атакував область.", dt.date(2024, 3, 21), "Вчора"),
    ("Серед загиблих двоє дітей.", None, ""),  # "серед" means "among", not Wednesday
    ("У середині дня було тихо.", None, ""),
]


@pytest.mark.parametrize(("text", "when", "shown"), DATES, ids=[d[0][:40] for d in DATES])
def test_cyrillic_dates(text: str, when: dt.date | None, shown: str) -> None:
    got = find_event_date(text, (0, len(text)), FRIDAY)
    if when is None:
        assert got is None
        return
    assert got is not None
    assert (got.date, got.precision, got.text) == (when, DatePrecision.DAY, shown)


HELD_OUT_MISSES: list[tuple[str, set[Role]]] = [
    # the place that opens the clause after "this night" is the object of the plural verb
    ("Цієї ночі [*Конотопську громаду] атакували ворожі безпілотники.", {ST}),
    ("Этой ночью [*Харьковщину] атаковали дроны.", {ST}),
    # where people are without power, named after it or before it, is not said to be struck
    ("Через ці влучання без світла залишилися 5 тисяч людей на [*Сумщині].", {OT}),
    ("Після обстрілу 12 тисяч абонентів у [*Ніжині] ([Чернігівська область]) - без "
     "електропостачання.", {OT}),
    # (a strike told of the place itself still wins)
    ("Дрон влучив у будинок у [*Ніжині], без світла залишилися 300 людей.", {ST}),
    # the towns that an attack "from Russia" names as its part are where it came from
    ("Ворог атакував з території [РФ], зокрема з [Курська], [Брянська] та "
     "[*Приморсько-Ахтарська].", {LS}),
    ("Удары наносились с территории [России], в частности из [*Миллерово].", {LS}),
    # drones that "arrived from" a place were launched there
    ("He added that the shaheds arrived from the Russian cities of [*Kursk] and "
     "[Primorsko-Akhtarsk].", {LS}),
    # the places named after their kind ("such settlements as"), and the weapons' own sights
    ("Удары пришлись по таким населённым пунктам, как [Орехов], [*Гуляйполе] и [Малая "
     "Токмачка].", {ST}),
    ("Удари припали на такі села, як [*Новопавлівка] та [Іванівка].", {ST}),
    ("Большинство из них - FPV-дроны. Под их прицелом оказались [*Степногорск] и "
     "[Приморское].", {ST}),
    # a reminder of an earlier attack opens the clause before the place
    ("Напомним, на днях утром в [*Корабельном районе] [Херсона] вражеский дрон сбросил "
     "взрывчатку возле троллейбуса.", {ST}),
    # a list told by its kinds after "під вогнем ... :" came under fire
    ("Під вогнем перебували чотири населені пункти: міста [Дружківка], [Костянтинівка], "
     "селища [*Мирне], села [Очеретине].", {ST}),
    ("Под огнем оказались: города [Дружковка], [*Славянск], поселки [Мирное].", {ST}),
    # where the people a strike hit had fled from is no launch area
    ("Вночі вони випустили по [Добропіллю] два шахеди і поцілили у гуртожитки, де мешкали "
     "переселенці з [*Лисичанська] та [Бахмута].", {OT}),
    ("Ночью они запустили по [Доброполью] два шахеда, пострадали беженцы из [*Бахмута].",
     {OT}),
    # a "namely" between the verb and the place
    ("Под ударом оказался, в частности, [*Синельниковский район] [Днепропетровщины].", {ST}),
    ("Під ударом опинилися, зокрема, [*Нікопольський район] та [Марганець].", {ST}),
    # the work at the site of a strike is where it struck
    ("Нагадаємо, у [*Тернополі] тривають пошуково-рятувальні роботи на місці російського "
     "удару.", {ST}),
    ("В [*Одессе] на месте попадания работают спасатели.", {ST}),
    ("У [*Львові] говорили про місце удару.", {OT}),
    # laying waste to a place's schools
    ("Російські війська цілеспрямовано нищать освітні установи [*Краматорської громади].",
     {ST}),
    # bombed
    ("Дроны РФ ночью разбомбили завод биоэтанола на [*Сумщине].", {ST}),
    # the threat of attacks declared in a place is an alert
    ("Риск воздушных атак объявлен в [*Донецкой], [Харьковской] и [Волынской областях].",
     {OT}),
    ("Загроза атак ударних БпЛА оголошена в [*Сумській] та [Харківській областях].", {OT}),
    # (a launch area after the same verb still is one)
    ("Вночі вони випустили по [Добропіллю] два шахеди з [*Курська].", {LS}),
    # the weapon's abbreviation does not decline, and its type may be named in quotes
    ("Ночью враг атаковал ударным БпЛА \"Герань-2\" типа \"Shahed\" село [*Бахмутское].",
     {ST}),
    ("Окупанти атакували ударними БпЛА типу «Шахед» місто [*Балаклія].", {ST}),
    # where the hurt were taken for care is no place of the attack
    ("После удара раненых доставили в больницу в [*Краматорске].", {OT}),
    ("Двое горожан сами обратились за медицинской помощью в соседней [*Дружковке].", {OT}),
    ("Постраждалих доправили до лікарні в [*Лозовій].", {OT}),
    # (turning to something else than care is no such thing)
    ("Журналисты обратили внимание на удар в [*Дружковке].", {ST}),
    ("Дрон влучив у лікарню в [*Лозовій].", {ST}),
]


@pytest.mark.parametrize(("marked", "expected"), HELD_OUT_MISSES, ids=_ids(HELD_OUT_MISSES))
def test_phrasings_read_from_held_out_misses(marked: str, expected: set[Role]) -> None:
    reading = read(marked)
    assert set(reading.roles) == expected, reading.cues


@pytest.mark.parametrize(("text", "struck"), [
    ("Бориспільський район\nВнаслідок падіння уламків пошкоджено приватний будинок.", True),
    ("• Brovary district:\nA garage and a car caught fire.", True),
    # a power cut, a shoot-down, or harm told with another place, is no strike on the heading
    ("Бориспільський район\nЗнеструмлено 500 абонентів.", False),
    ("Brovary district\nAir defence shot down three drones.", False),
    ("Brovary district\nIn Zazymia a garage caught fire.", False),
    # nor is a place inside a sentence of its own line
    ("Drones flew over Brovary district\nA garage caught fire.", False),
])
def test_a_place_heading_its_line_and_the_harm_on_the_next(text: str, struck: bool) -> None:
    line_end = text.index("\n")
    name = next(n for n in ("Бориспільський район", "Brovary district") if n in text)
    start = text.index(name)
    others = [(text.index("Zazymia"), text.index("Zazymia") + 7)] if "Zazymia" in text else []
    got = classify_heading(text, (0, line_end), (start, start + len(name)),
                           (line_end + 1, len(text)), others)
    assert (got is not None and got.roles == (ST,)) is struck


def test_a_power_cut_told_with_damage_is_no_outage_only_reading() -> None:
    # the place lost power and a house there was damaged: the rule of the place before a
    # power cut stays silent, and the damage makes the reading
    quiet = read("Ночью в [*Шосткинской громаде] часть потребителей осталась без "
                 "электроснабжения, поврежден жилой дом.")
    assert "other:cyr_then_without" not in quiet.cues
    assert quiet.roles == (ST,)
    outage = read("Ночью в [*Шосткинской громаде] часть потребителей осталась без "
                  "электроснабжения.")
    assert "other:cyr_then_without" in outage.cues
