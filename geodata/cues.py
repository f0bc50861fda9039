"""Cue lexicons for reading claims: plain data, kept apart from the rules that use them.

Words are lower case unless noted. The rule engines in :mod:`geodata.roles`,
:mod:`geodata.claimants` and :mod:`geodata.dates` turn these into patterns; editing a list here
changes what they recognise without touching the rules.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


def apostrophes(*stems: str) -> tuple[str, ...]:
    """Ukrainian stems with their apostrophe written each way texts write it.

    "б'ють", "б’ють" and "бʼють" are one word; write the stem with "ʼ" (U+02BC).
    """
    return tuple(s.replace("ʼ", a) for s in stems for a in ("ʼ", "'", "’"))


# --- sentences -----------------------------------------------------------------------------

#: Tokens that end in a period without ending a sentence (compared without the final period).
ABBREVIATIONS = words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep pres sec amb rev st mt ft
    no nos vol fig art para sr jr vs approx est dept univ inc corp co ltd bros e.g i.e cf al
    """
)

#: the genitive of "район" and "громада" after a settlement's name, which says where it lies
#: ("селах X Зміївської громади та Y")
CYR_AREA_GENITIVES = ("району", "района", "громади", "громады", "общины")

#: Ukrainian and Russian abbreviations written before a place's name, which bind to it as
#: "Gen." does to a name: "с. Казачья Лопань" (село), "смт. Слобожанське", "пос."/"пгт."
#: (посёлок), "м. Суми" (місто), "г. Курск" (город), "вул."/"ул." (street), "просп.", "пл."
#: (square), "х." (хутор), "ст." (станция, станиця), "д." (деревня)
CYR_PLACE_ABBREVIATIONS = words(
    """
    с сел смт пос пгт м г вул ул просп пр пл пров х ст д
    """
)
#: those of them that stand for a settlement: the name after them is one
CYR_SETTLEMENT_ABBREVIATIONS = words("с сел смт пос пгт м г х д")

#: Capitalised words that start a new sentence after an initialism ("... the U.S. The ...").
SENTENCE_STARTERS = words(
    """
    The A An It He She They We I This That These Those There In On At But And However Meanwhile
    Earlier Later Its Their His Her Our After Before When While As Since Some Many According
    """
)

# --- roles: what a report alleges about a place --------------------------------------------

#: Words that name a kind of place and may sit next to a place name ("the village of X",
#: "the X region"). Multi-word entries use a single space.
DESIGNATORS = (
    "village", "villages", "town", "towns", "city", "cities", "settlement", "settlements",
    "region", "regions", "oblast", "oblasts", "district", "districts", "province", "provinces",
    "area", "areas", "territory", "territories", "peninsula", "capital", "port", "ports", "raion",
    "air base", "air bases", "airbase", "airbases", "airfield", "airfields", "airport",
    "base", "bases", "outskirts", "suburb", "suburbs", "vicinity", "direction", "krai",
    "governorate", "county", "municipality", "community", "communities", "hromada", "hromadas",
    "coast", "border", "hub",
)

#: Designators that name part of a larger place: "the northern regions of X" does not say
#: that X as a whole has the role.
PARTITIVES = ("regions", "parts", "areas", "districts", "provinces", "part")
#: Words that make the "з/із/из" after them partitive, "one of": "по одній із громад X" is a
#: strike on a community of X, not an attack from it
CYR_PARTITIVES = (
    "один", "одна", "одне", "одну", "одній", "одного", "однієї", "одним", "одному", "одной",
    "одно", "одном", "двох", "трьох", "двух", "трех", "трёх", "кількох", "декількох", "деяких",
    "нескольких", "некоторых", "частини", "частину", "части", "більшості", "большинства",
    "кожній", "кожного", "кожен", "каждой", "каждого", "жодного", "жодній", "ни одного",
)

#: Launch verbs (and nouns) that take the launch site after "from".
LAUNCH_WORDS = (
    "launch", "launches", "launched", "launching", "fire", "fired", "firing", "fly", "flew",
    "flown", "flying", "took off", "take off", "takes off", "taking off", "taken off",
)

#: Nouns for attacks, as in "attacks from Belarus".
ATTACK_NOUNS = (
    "attack", "attacks", "strike", "strikes", "raid", "raids", "shelling", "barrage",
    "barrages", "wave", "waves", "assault", "assaults", "salvo", "salvos", "sorties",
)

#: Weapons whose origin "from X" is a launch site only together with a launch or attack verb.
WEAPON_NOUNS = (
    "drone", "drones", "uav", "uavs", "shahed", "shaheds", "shahed-136", "shahed-136s",
    "geran-2", "geran", "missile", "missiles", "loitering munitions", "kamikaze drones",
    "rocket", "rockets", "bomb", "bombs",
)

#: Words about moving goods: "from X" after them is an origin of supply, not a launch site.
SUPPLY_WORDS = (
    "supplied", "supply", "supplies", "supplying", "shipped", "shipment", "shipments",
    "delivered", "delivery", "deliveries", "delivering", "transported", "transferred",
    "transfer", "bought", "buy", "buying", "purchased", "purchase", "ordered", "order",
    "imported", "import", "acquired", "acquire", "received", "receive", "sold", "sell", "sale",
    "sales", "provided", "provide", "obtained", "smuggled", "made", "manufactured", "produced",
    "designed", "originating", "imports", "export", "exported", "exports",
)

#: Kinds of launch facility: "launch site/pad/area/position in X".
LAUNCH_FACILITIES = (
    "site", "sites", "pad", "pads", "area", "areas", "position", "positions", "point",
    "points", "location", "locations", "platform", "platforms", "base", "bases",
    "unit", "units", "crew", "crews", "team", "teams", "truck", "trucks", "vehicles",
    "batteries", "launchers",
)

#: Heads of facility names that follow a place name ("the X power plant", "the X terminal").
FACILITY_HEADS = (
    "plant", "plants", "station", "stations", "terminal", "terminals", "depot", "depots",
    "refinery", "refineries", "substation", "substations", "facility", "facilities",
    "factory", "factories", "works", "warehouse", "warehouses", "bridge", "dam", "hospital",
    "shipyard", "plant's", "complex", "hub", "grid",
)

#: Nouns for Iranian people on the ground, after an Iranian qualifier.
PERSONNEL = (
    "instructor", "instructors", "adviser", "advisers", "advisor", "advisors", "personnel",
    "specialist", "specialists", "military", "officer", "officers",
    "troops", "forces", "trainer", "trainers", "technician", "technicians", "expert",
    "experts", "operator", "operators", "servicemen", "soldiers", "staff", "crew", "crews",
    "team", "teams", "engineers", "engineer", "guards", "commanders", "mentors",
    "military personnel", "delegation", "delegations",
)

#: Qualifiers that make personnel Iranian.
IRANIAN = (
    "iranian", "iran's", "iran’s", "irgc", "islamic revolutionary guard corps",
    "revolutionary guards", "revolutionary guard", "quds force",
)

#: Words saying that people are (or were put) somewhere.
PRESENCE = (
    "stationed", "based", "housed", "present", "spotted", "observed", "seen", "residing",
    "reside", "resides", "resided", "living", "live", "lives", "lived", "on the ground",
    "deployed", "arrived", "arriving", "noticed", "located", "positioned", "working", "work",
    "works", "operating", "staying", "stay", "stayed", "remain", "remains", "remained",
    "hiding", "quartered", "sheltering", "active", "sighted", "recorded", "identified",
    "detected", "found", "killed", "are", "were", "was", "is", "be", "been", "being",
)

#: What Iranians do in a place that makes a bare "Iranians" military.
MILITARY_ACTIVITY = (
    "oversee", "overseeing", "oversaw", "monitor", "monitoring", "monitored", "train",
    "training", "trained", "teach", "teaching", "instruct", "instructing", "operate",
    "operating", "launch", "launching", "assist", "assisting", "coordinate", "coordinating",
    "control", "controlling", "guide", "guiding", "direct", "directing", "help", "helping",
    "support", "supporting", "fight", "fighting", "advise", "advising",
)

#: Verbs that put people in a place: "took Iranian instructors to X", "Iran sent troops to X".
SENDING = (
    "took", "take", "taken", "brought", "bring", "sent", "send", "sending", "dispatched",
    "deployed", "deploy", "deploying", "transferred", "moved", "relocated", "flew", "flown",
    "invited", "redeployed",
)

#: Strike words that take the target after a preposition ("strikes on X").
STRIKE_WORDS = (
    "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck",
    "hit", "hits", "hitting", "target", "targets", "targeted", "targeting", "targetted",
    "bombed", "bombing", "bombings", "shelled", "shelling", "explosion", "explosions",
    "blast", "blasts", "raid", "raids", "barrage", "damage", "damaged", "damaging",
    "destroyed", "assault", "crashed into", "rained", "slammed",
    "pounded", "pounding", "wave", "waves",
)

#: Transitive strike verbs whose direct object is the target ("drones attacked the town of X").
#: Bare forms that are also nouns ("attack", "hit") need a subject or "to" before them.
STRIKE_TRANSITIVE = (
    "attacked", "attacking", "struck", "striking", "hitting", "targeted", "targeting",
    "affecting",
    "bombed", "bombing", "bombarded", "bombarding", "shelled", "shelling", "pounded", "pounding",
    "hammered", "damaged",
    "pummelled", "pummeled", "battered", "raided", "rocked", "terrorised", "terrorized",
    "terrorising", "terrorizing", "strafed", "strafing",
)

#: Words that show a clause speaks of armed force (checked for ambiguous strike verbs).
MILITARY_CONTEXT = (
    "drone", "drones", "uav", "uavs", "shahed", "shaheds", "shahed-136", "missile",
    "missiles", "rocket", "rockets", "artillery", "shell", "shells", "shelling", "bomb",
    "bombs", "bombing", "strike", "strikes", "airstrike", "airstrikes", "air strike",
    "forces", "troops", "army", "military", "attack", "attacks", "explosion", "explosions",
    "warplanes", "jets", "munitions", "kamikaze", "war", "weapons", "gunmen", "militants",
    "fighters", "geran-2", "barrage", "offensive", "raid", "raids", "airfield", "airfields",
    "airbase", "launch", "launches", "launched", "launchers", "russia",
    "russians", "enemy", "occupiers", "invaders", "terrorists",
    # named weapons: "the Iskanders fired from Belarus", "Kalibr cruise missiles"
    "iskander", "iskanders", "kalibr", "kalibrs", "kinzhal", "kinzhals", "kh-101", "kh-22",
    "kh-59", "s-300", "s-300s", "himars", "lancet", "lancets", "gerans", "projectile",
    "projectiles", "warhead", "warheads", "ballistic",
    # (the drone spelt out: "Russian unmanned aerial vehicles attacked X")
    "unmanned",
)

#: Passive or experiencer forms with the target as subject ("X was attacked").
STRIKE_PASSIVE = (
    "attacked", "struck", "hit", "targeted", "bombed", "shelled", "damaged", "pounded",
    "rocked", "shaken", "hammered", "under attack", "under fire", "affected", "strafed",
)

#: Nouns that name a war as a whole rather than a strike ("Russia's invasion of X").
WAR_NOUNS = ("war", "invasion", "aggression", "occupation", "annexation", "conflict")

#: Shoot-down and wreckage words: the place is where a drone was stopped, not a target.
SHOOTDOWN = (
    "shot down", "downed", "intercepted", "neutralised", "neutralized",
    "brought down", "shoot down", "shooting down", "wreckage", "debris", "fragments",
    "remains", "crashed", "crash", "downing", "jammed", "suppressed",
)

#: Nouns for events that are neither launches nor strikes ("a meeting in X").
EVENT_NOUNS = (
    "meeting", "meetings", "summit", "talks", "protest", "protests", "rally", "rallies",
    "conference", "visit", "negotiations", "ceremony", "funeral", "demonstration",
    "press conference", "briefing", "hearing", "session",
)

#: Verbs whose subject speaks or acts as a state: a place there stands for its government.
STATE_VERBS = (
    "said", "says", "say", "denied", "denies", "deny", "claimed", "claims", "claim", "warned",
    "warns", "accused", "accuses", "acknowledged", "acknowledges", "admitted", "admits",
    "insisted", "insists", "stated", "states", "reported", "reports", "announced",
    "announces", "condemned", "condemns", "rejected", "rejects", "urged", "urges", "called",
    "calls", "agreed", "agrees", "sparked", "refused", "refuses", "confirmed", "confirms",
    "likened", "supplied", "supplies", "sold", "sells", "provided", "provides", "sent",
    "promised", "promises", "threatened", "imposed", "sanctioned", "believes", "believe",
    "repeated", "insisted", "responded", "demanded", "demands", "hit back", "wants", "plans",
    "denounced", "summoned", "expelled", "signed", "negotiated", "voted",
)

#: Auxiliaries and adverbs that may sit between a subject and its verb.
AUXILIARIES = (
    "has", "have", "had", "will", "would", "should", "can", "could", "must", "did", "does",
    "do", "also", "now", "again", "officially", "repeatedly", "so far", "previously",
    "earlier", "since", "then", "still", "has also", "firmly",
)

#: Words that negate a cue when they sit between the cue and the place.
NEGATIONS = ("not", "never", "no", "n't", "neither", "nor", "without", "none")

# --- claimants and stance ------------------------------------------------------------------

#: Verbs that attribute a statement to their subject ("X said", "X told reporters").
SPEECH_VERBS = (
    "said", "says", "say", "claimed", "claims", "claim", "reported", "reports", "alleged",
    "alleges", "stated", "states", "told", "tells", "denied", "denies", "deny", "confirmed",
    "confirms", "added", "adds", "announced", "announces", "noted", "notes", "wrote",
    "writes", "accused", "accuses", "warned", "warns", "insisted", "insists", "acknowledged",
    "acknowledges", "admitted", "admits", "declared", "declares", "revealed", "reveals",
    "explained", "asserted", "asserts", "maintained", "maintains", "believes", "suggested",
    "indicated", "disclosed", "estimated", "assessed", "concluded", "rejected", "rejects",
    "dismissed", "refuted", "conceded", "tweeted", "posted", "stressed", "emphasised",
    "emphasized", "argued", "contended", "charged", "informed", "briefed", "testified",
    "cited", "quoted", "blamed", "acknowledge", "admit", "confirm", "insist", "warn",
    "spoke", "saying", "claiming", "telling", "adding", "insisting", "warning", "denying",
)

#: Verbs (and phrases) by which a claimant denies.
DENY_WORDS = (
    "denied", "denies", "deny", "denying", "rejected", "rejects", "refuted", "refutes",
    "dismissed", "dismisses", "disputed", "disputes", "repudiated",
)

#: Words by which a speaker calls a claim untrue in its own voice.
FALSITY_WORDS = (
    "not true", "untrue", "false", "falsehood", "lies", "baseless", "groundless",
    "fabricated", "fabrication", "fake", "nonsense", "completely wrong", "absolutely wrong",
    "unfounded", "never happened",
)

#: Verbs by which a claimant confirms or admits.
CONFIRM_WORDS = (
    "confirmed", "confirms", "confirm", "acknowledged", "acknowledges", "acknowledge",
    "admitted", "admits", "admit", "conceded", "concedes", "verified", "verifies",
)

#: Words that turn a following confirmation into a non-confirmation.
CONFIRM_NEGATORS = (
    "not", "n't", "never", "declined to", "refused to", "unable to", "neither", "cannot",
    "did not", "could not", "would not", "has not", "have not",
)

#: Titles before a person's name, dropped from a claimant ("Foreign Minister X" -> "X").
PERSON_TITLES = (
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "mayor", "governor", "ambassador", "chancellor", "general", "gen.", "lt.", "col.",
    "maj.", "capt.", "adm.", "adviser", "advisor", "chief", "commander", "director", "head",
    "leader", "senator", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "king", "queen",
    "prince", "premier", "coordinator", "official", "envoy", "admiral", "colonel",
    "lieutenant", "major", "captain", "sergeant", "deputy", "chairman", "chairwoman",
)

#: Words that make a name an organisation rather than a person.
ORG_WORDS = (
    "ministry", "center", "centre", "council", "office", "house", "forces", "force",
    "command", "agency", "department", "service", "services", "directorate", "staff",
    "government", "corps", "committee", "intelligence", "guard", "army", "military",
    "navy", "administration", "presidency", "kremlin", "pentagon", "union", "nato",
    "organization", "organisation", "institute", "party", "parliament", "commission",
    "embassy", "mission", "authorities", "police", "group", "body", "news", "media",
    "reuters", "times", "post", "journal", "ukraine", "russia", "iran", "republic",
)

#: Words that make a subject a news outlet: its "citing X" names the real source.
MEDIA_WORDS = (
    "post", "times", "journal", "reuters", "associated press", "ap", "afp", "cnn", "bbc",
    "guardian", "newspaper", "outlet", "agency", "tass", "ria", "interfax", "irna",
    "telegraph", "bloomberg", "axios", "politico", "news", "tv", "television", "radio",
    "magazine", "daily", "gazette", "wire",
)

#: Subjects that point back to a claimant named earlier.
ANAPHORS_PERSON = ("he", "she", "him", "her", "the official", "the spokesman",
                   "the spokeswoman", "the spokesperson", "the minister", "the president")
ANAPHORS_ANY = ("they", "them", "it", "the government body", "the body", "the ministry",
                "the agency", "the center", "the centre", "the government", "the military",
                "the department", "the office", "the service", "the command",
                "the directorate", "the administration", "the organisation",
                "the organization", "the group", "the statement", "the report", "the source",
                "the intelligence", "the army", "the council", "the authorities",
                "the institute", "the headquarters", "the unit", "the resistance")

# --- Ukrainian and Russian ----------------------------------------------------------------
# Cyrillic cues are stems: the words inflect, so each entry matches any word that starts with
# it ("запущ" covers запущені, запущено, запущены). Prepositions are whole words.

#: Launch verbs and nouns: the site follows "з/із/зі" (uk) or "с/со/из" (ru).
CYR_LAUNCH = ("запуск", "запущ", "запуст", "пуск", "старту", "стартов", "вилеті", "вилета",
              "вылет", "злеті", "злета", "взлет", "випусти", "випуска", "випущ", "выпусти",
              "выпуска", "выпущ", "спрямува", "спрямов")
#: Verbs of putting weapons to use: drones "застосовуються з X" were launched from X.
CYR_EMPLOY = ("застосов", "застосуван", "применя", "применил", "применен")
#: "by means of", "with the help of": the weapon named between a strike verb and its object.
CYR_BY_MEANS = ("за допомоги", "за допомогою", "с помощью", "при помощи", "з допомогою")
#: Verbs of flying: drones that flew "з/из" a place were launched there ("летіли з мису X").
#: (the plain verbs alone: where drones "летіли на X", they were aimed at X)
CYR_FLYING = ("летіл", "летів", "летят", "летять", "летит", "летіт", "летел")
#: "from the direction of", "from the side of": a launch direction without a verb.
CYR_DIRECTION = (r"з\s+напрямку", r"із\s+напрямку", r"с\s+направления", r"з\s+напрямків",
                 r"із\s+напрямків", r"с\s+направлений")
#: "from the side of": a launch direction only where weapons are in the sentence ("дрони
#: летіли з боку X"); otherwise the agent of something ("агресія з боку Росії").
CYR_SIDE = (r"з\s+боку", r"із\s+боку", r"со\s+стороны", r"с\s+стороны")
CYR_SIDE_WORDS = ("боку", "стороны")
#: Launch facilities: "пускові майданчики у X", "пусковые площадки в X".
CYR_FACILITY = ("майданчик", "площадк", "позиці", "позици", "установк")
#: Airfields, by the stems of their nouns: "авіабаза в X", "Кременчугский аэродром".
CYR_AIRFIELDS = ("аеродром", "аэродром", "авіабаз", "авиабаз")
#: Verbs of using: "використовується для запуску", "используют для атак".
CYR_USE = ("використов", "використа", "использ", "застосов", "применя")
#: Iranian qualifiers and the personnel they qualify.
CYR_IRANIAN = ("іранськ", "иранск", "квір", "ксир")
CYR_PERSONNEL = ("інструктор", "инструктор", "радник", "советник", "військов", "военн",
                 "фахівц", "фахівець", "спеціаліст", "специалист", "офіцер", "офицер",
                 "персонал", "техні", "техни", "оператор", "солдат", "вояк", "войск", "військ",
                 "бойовик", "боевик")
#: "forces" after an Iranian adjective ("іранських сил", "иранских сил"): a stem too short to
#: stand alone
CYR_FORCES = ("сил",)
#: Words of sending people somewhere or of their being there (stems).
CYR_SENDING = ("відправ", "направ", "отправ", "перекин", "перекид", "переброс", "прибут", "прибул",
               "прибыт", "прибыл", "присутн", "присутств", "розміщ", "размещ")
#: Words of people arriving or being moved somewhere (stems): with "до" the place follows.
CYR_ARRIVAL = ("приїха", "приїжджа", "приехал", "приезжа", "переїха", "переехал", "повернул",
               "вернул", "переміст", "перемещ", "перевез", "перевоз", "доправ", "доставл",
               "достави")
#: Words of people being somewhere (stems), said of them by a pronoun: "Вони перебувають у X".
CYR_PRESENCE = ("перебува", "знаход", "находя", "находил", "присутн",
                "присутств", "розміщ", "размещ", "дислоку", "працю", "работа", "базу",
                "базир", "живут", "живуть", "мешка")
#: Time adverbs and linking words that open a Ukrainian or Russian clause before its place or
#: verb: "Вночі X атакували ...", "Також у X ...".
CYR_OPENING_WORDS = ("вночі", "уночі", "ночью", "вчора", "вчера", "сьогодні", "сегодня",
                     "вранці", "зранку", "утром", "ввечері", "увечері", "вечером", "вдень",
                     "удень", "днем", "днём", "тоді", "потім", "затем", "пізніше", "позже",
                     "раніше", "ранее", "напередодні", "накануне", "також", "также", "зокрема",
                     "в частности", "знову", "снова", "згодом", "впоследствии",
                     # (this night and the last: "Цієї ночі X атакували дрони")
                     "цієї ночі", "минулої ночі", "этой ночью", "прошлой ночью",
                     "минувшей ночью",
                     # (and a reminder of an earlier attack: "Напомним, на днях утром в X")
                     "напомним", "нагадаємо", "на днях", "днями", "нещодавно", "недавно",
                     # (and where an official statement stands: "Станом на зараз в X ...",
                     # "Попередньо, у X ...", "Наразі в X ...")
                     "станом на зараз", "на даний час", "на цей час", "на даний момент",
                     "наразі", "попередньо", "на данный момент", "на сейчас", "на текущий момент",
                     "предварительно")
#: Month names in the genitive ("4 листопада", "28 сентября"), as stems.
CYR_MONTHS = ("січн", "лют", "березн", "квітн", "травн", "червн", "липн", "серпн", "вересн",
              "жовтн", "листопад", "грудн", "январ", "феврал", "март", "апрел", "мая", "июн",
              "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
#: Words for a time of day in a date phrase ("у ніч проти", "после полуночи").
CYR_TIME_NOUNS = ("ніч", "ночі", "ночь", "ночи", "полуночи", "полночь", "півночі", "опівночі",
                  "ранку", "утра", "вечора", "вечера", "годині", "часов", "часу")
#: Words that join a date phrase ("в ночь на 17 сентября", "після півночі", "с начала
#: октября").
CYR_TIME_LINKS = ("в", "у", "на", "проти", "против", "с", "з", "до", "після", "после", "около",
                  "близько", "о", "об", "минулої", "прошлой", "этой", "цієї", "цю", "ту", "этот",
                  "року", "года", "початку", "начала", "кінця", "конца",
                  # (the hour of a statement: "станом на 05:30", "по состоянию на 6 утра")
                  "станом", "по", "состоянию")
#: Relative and personal pronouns that may follow "з"/"из" ("більшість із яких", "часть из
#: них"): what follows them is not an origin.
CYR_RELATIVES = ("яких", "якого", "якої", "якому", "які", "которых", "которого", "которой",
                 "которые", "них", "неї", "нее", "неё", "нього", "него")
#: Pronouns that may refer back to Iranian personnel named in the sentence before.
CYR_PRONOUNS = ("вони", "они")
#: Strike words whose target follows a preposition: "удари по X", "атака на X", "вибухи в X".
CYR_STRIKE_PREP = ("удар", "атак", "вибух", "взрыв", "влуча", "влучил", "влучив", "влучан",
                   "попал", "попад", "обстріл", "обстрел", "пошкоджен", "пошкодил", "пошкодив",
                   "ушкоджен", "ушкодил", "ушкодив", "побит", "вибит", "потерпа", "потерпіл",
                   "уражен", "поражен", "поврежден", "повредил", "зруйнован", "разрушен",
                   "знеструмлен", "руйнуван", "приліт", "прильот", "прилет", "прилёт", "вдар",
                   "бьют", "били", "бив", "била",
                   "бьет", "бьёт", *apostrophes("бʼють", "бʼє"), "застосува", "применя",
                   "поціли", "поцілю", "поцели", "поцелю", "целил", "цілил", "цілив",
                   "применил", "наліт", "нальот", "налет", "налёт", "постражд", "пострадал")
#: Strike nouns (stems): "атака з X" (a launch), "обстріли інфраструктури X" (a target).
CYR_STRIKE_NOUNS = ("атак", "удар", "обстріл", "обстрел")
#: Transitive strike verbs with the target as direct object: "атакували X", "атаковали X".
CYR_STRIKE_OBJECT = ("атакува", "атакувал", "атакує", "атакують", "атаковал", "атакует",
                     "атакуют", "обстріля", "обстреля", "обстрілюва", "обстрелива", "уразил",
                     "поразил", "вдарил",
                     "ударил", "ударив", "тероризува", "терроризир",
                     # (laying waste: "нищать школи X"; not "знищили", a shoot-down's word)
                     "нищать", "нищить", "нищили", "нищив", "нищат", "нищит", "нищил",
                     # (bombed: "дроны разбомбили завод на X")
                     "разбомби", "розбомби",
                     # (destroyed or damaged: "зруйнували Трипільську ТЕС", "повредили X")
                     "зруйнува", "разруши", "пошкодил", "пошкодив", "повредил")
#: Plural and impersonal strike verbs that take a place opening the clause as their object:
#: "Львівщину атакували дрони", "Одессу обстреляли ночью" (with a plural verb, the place
#: before it is not its subject).
CYR_STRIKE_OBJECT_FIRST = ("атакували", "атакують", "атаковали", "атакуют", "обстріляли",
                           "обстрілюють", "обстрілювали", "обстреляли", "обстреливают",
                           "обстреливали", "уразили", "поразили", "вразили", "били",
                           *apostrophes("бʼють"), "бьют",
                           # (neuter, after a counted subject: "X атакувало 10 шахедів")
                           "атакувало", "атаковало", "обстріляло", "обстреляло")
#: The weapons themselves: drones, missiles.
CYR_WEAPONS = ("дрон", "шахед", "ракет", "бпла", "безпілот", "беспилот", "камікадз", "камикадз",
               "геран", "іскандер", "искандер", "калібр", "калибр", "авиабомб", "авіабомб")
#: Weapons and attackers whose genitive follows a strike noun ("атака дронів", "удари
#: окупантів"): what follows them is not the target.
CYR_AGENTS = (*CYR_WEAPONS, "бойов", "окупант", "оккупант", "ворог", "врага", "противник",
              "росі", "росси", "рф", "армі", "арми", "військ", "войск", "сил", "зсу", "всу")
#: What a place comes "під"/"под" (under): "під ударом", "под обстрелом", "під вогнем".
CYR_UNDER = (*CYR_STRIKE_NOUNS, "вогн", "огн", "приціл", "прицел")
#: Strike verbs after a place that opens its clause: "У X ... пошкоджено ...".
CYR_STRIKE_AFTER = ("пошкодж", "ушкодж", "руйнуван", "зруйнува", "пошкодил", "ушкодил", "ушкодив",
                    "попадан", "влучан", "побит", "вибит", "потерпа", "потерпіл",
                    "пошкодив", "уражено", "уражені", "уражена", "влучил", "влучив", "влучан",
                    "влучання", "попал", "ударив", "ударил", "вдарив", "атакува", "атаковал",
                    "вибух", "взрыв", "поврежден", "повредил", "поражен", "зруйнован",
                    "разрушен", "загорів", "загорел", "знеструмлен", "обесточен", "нанес", "нанёс",
                    "завдан", "завдал", "завдав", "прильот", "прилет", "пожеж", "пожар", "понівеч",
                    "постражд", "пострадал", "поранен", "ранен", "загинул", "погиб",
                    "зайнял", "занял", "атакован", "обстріля", "обстрелян", "поціли", "поцели",
                    "травмован", "травмирован", "займан", "загоран", "возгоран",
                    # (windows knocked out: "вибило вікна", "повыбивало окна")
                    "вибило", "повибива", "выбило", "выбит", "повыбива")
#: Damage verbs, before what was hit: "пошкоджено будинки X", "постраждали населені пункти X".
CYR_DAMAGED = ("пошкоджен", "пошкодил", "пошкодив", "ушкоджен", "ушкодил", "ушкодив",
               "постражд", "пострадал", "потерпа", "потерпіл", "зруйнован",
               "зруйнува", "разрушен", "поврежден", "повредил", "знеструмлен", "обесточен")
#: Loss of power, with what lost it right after: "знеструмлено X", "обесточены X, Y".
CYR_OUTAGE = ("знеструмлен", "знеструмил", "обесточен", "обесточил")
#: Military slang for striking, only with "по": "«Герани» отработали по X".
CYR_WORKED_ON = ("отработа", "відпрацюва", "відпрацював")
#: Verbs of suffering an attack, with the place as subject: "X зазнала ударів", "X
#: подверглась атаке".
CYR_SUFFERED = ("зазна", "подверг", "піддал", "зазнав", "пострада", "пережил", "пережива",
                "пережив")
#: Shoot-downs: "збили/збито/знищено над X", "сбиты над X".
CYR_SHOOTDOWN = ("збил", "збит", "знищен", "знищил", "сбил", "сбит", "уничтож", "перехопл",
                 "перехопил", "перехвач", "уламк", "обломк")
#: Words that negate a Cyrillic cue between it and the place.
CYR_NEGATIONS = ("не", "ні", "нет", "немає", "нема", "ни")
#: Supply words: "from X" after them is where goods came from, not a launch site.
CYR_SUPPLY = ("постав", "постач", "достав", "закуп", "купил", "купув", "вироб", "произв",
              "виготов", "изготов", "отрима", "получ", "передал", "передан")

#: Ukrainian and Russian speech verbs (stems): "повідомили", "заявив", "сообщили", "заявило".
CYR_SPEECH = ("повідомил", "повідомив", "повідомля", "заявил", "заявив", "заявля", "заяви",
              "сообщил", "сообща", "сообщи", "розповіл", "розповів", "рассказал", "наголосил",
              "наголосив", "уточнил", "уточнив", "додал", "додав", "добавил", "написал",
              "написав", "підтверд", "подтверд", "заперечу", "заперечи", "заперечив",
              "спростову", "спростува", "відкида", "відкинул", "отрица", "опроверг", "отверг",
              "визнал", "визнав", "признал")
#: "according to" in Ukrainian and Russian: "за даними", "за словами", "по данным", "по словам".
CYR_ACCORDING = ("за даними", "за словами", "за інформацією", "як повідомили в",
                 "як повідомили у", "по данным", "по словам", "по информации", "согласно",
                 "як повідомляє", "как сообщили в", "как сообщает")
#: Cyrillic stance stems: denial and confirmation verbs.
CYR_DENY = ("заперечу", "заперечи", "заперечив", "спростову", "спростува", "відкида",
            "відкинул", "отрица", "опроверг", "отверг")
CYR_CONFIRM = ("підтверд", "подтверд", "визнал", "визнав", "признал")

#: People hurt or killed, and who they were: civilians, as casualties of an attack ("injured
#: two people in X", "a man was hurt in X"); soldiers and advisers are not listed, as their
#: deaths say nothing of what the drones were aimed at.
CASUALTY_VERBS = ("killed", "killing", "injured", "injuring", "wounded", "wounding", "hurt",
                  "died")
CASUALTY_NOUNS = ("people", "person", "persons", "civilian", "civilians", "resident",
                  "residents", "man", "men", "woman", "women", "child", "children", "boy",
                  "boys", "girl", "girls", "teenager", "teenagers", "pensioner", "pensioners",
                  "employee", "employees", "worker", "workers", "driver", "drivers", "others")
#: What comes down from downed weapons (English words; Ukrainian and Russian stems), and the
#: verbs of its coming down on a place.
DEBRIS = ("debris", "wreckage", "fragments", "remains", "remnants")
# (the nominative singular drops the к: "уламок")
CYR_DEBRIS = ("уламк", "обломк", "уламок", "обломок")
FELL = ("fell", "fallen", "landed", "crashed", "dropped", "hit", "struck")
CYR_FELL = ("впал", "упал", "падін", "падени", "потрапил", "попал")

#: Words for a settlement before its name ("у селі Гладківка", "в городе Елабуга", "селища
#: Мирне, Олександрівка"): they say a place follows, but are not part of its name.
CYR_SETTLEMENT_WORDS = frozenset({
    "село", "селі", "села", "селом", "селе", "селах", "сіл", "місто", "місті", "міста", "містах",
    "городах", "поселках", "селищах", "деревнях", "містом", "город", "городе", "города", "городом",
    "поселок", "поселке", "посёлок", "посёлке", "поселка", "селище", "селищі", "селища", "смт",
    "пгт", "деревня", "деревне", "деревни", "селу", "селищу", "поселку", "посёлку", "місту",
    "городу", "селами", "містами", "селищами", "городами", "поселками", "посёлками", "деревнями",
})
