"""De-inflection of Ukrainian, Russian and Belarusian place names, in Cyrillic and Latin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.inflect import (
    MAX_CANDIDATES,
    district_centre_forms,
    nominative_candidates,
    russian_spellings,
)
from gazetteer.normalize import normalize

CYRILLIC = [
    ("Києві", "Київ"), ("Києва", "Київ"), ("Києвом", "Київ"),
    ("Харкова", "Харків"), ("Харкові", "Харків"), ("Львова", "Львів"), ("Львові", "Львів"),
    ("Одесі", "Одеса"), ("Одеси", "Одеса"), ("Одесою", "Одеса"), ("Одесу", "Одеса"),
    ("Гладківці", "Гладківка"), ("Гладківки", "Гладківка"), ("Гладківкою", "Гладківка"),
    ("Донецьку", "Донецьк"), ("Донецька", "Донецьк"), ("Донецьком", "Донецьк"),
    # a Russian neuter in -ье: Запорожье
    ("Запорожью", "Запорожье"), ("Запорожья", "Запорожье"), ("Запорожьем", "Запорожье"),
    ("Дніпрі", "Дніпро"), ("Дніпра", "Дніпро"), ("Запоріжжю", "Запоріжжя"),
    ("Сумах", "Суми"), ("Сумами", "Суми"), ("Черкасах", "Черкаси"),
    ("Вінниці", "Вінниця"), ("Празі", "Прага"), ("Росією", "Росія"), ("Росії", "Росія"),
    ("Рівному", "Рівне"), ("Городка", "Городок"),
    ("Кривому Розі", "Кривий Ріг"), ("Кривого Рогу", "Кривий Ріг"),
    ("Білій Церкві", "Біла Церква"), ("Залізному Порту", "Залізний Порт"),
    ("Новій Каховці", "Нова Каховка"),
    # (a soft adjective in the plural)
    ("Горішніх Плавнях", "Горішні Плавні"), ("Горішніх Плавнів", "Горішні Плавні"),
    # Russian
    ("Джанкое", "Джанкой"), ("Джанкоя", "Джанкой"), ("Одессе", "Одесса"), ("Киеве", "Киев"),
    ("России", "Россия"), ("Новой Каховке", "Новая Каховка"), ("Кривом Роге", "Кривой Рог"),
    ("Москве", "Москва"),
    # a Ukrainian adjectival name in its Russian spelling
    ("Степное", "Степне"), ("Приморское", "Приморське"),
    # Belarusian
    ("Гомелі", "Гомель"), ("Лідзе", "Ліда"), ("Баранавічах", "Баранавічы"),
    ("Брэсце", "Брэст"), ("Магілёве", "Магілёў"),
]
LATIN = [
    ("Kyievi", "Kyiv"), ("Kyieva", "Kyiv"), ("Kyievom", "Kyiv"), ("Kharkova", "Kharkiv"),
    ("Odesi", "Odesa"), ("Odesoiu", "Odesa"), ("Hladkivtsi", "Hladkivka"),
    ("Hladkivky", "Hladkivka"), ("Dzhankoe", "Dzhankoy"), ("Dzhankoia", "Dzhankoi"),
    ("Donetsku", "Donetsk"), ("Sumakh", "Sumy"), ("Dnipri", "Dnipro"),
    ("Zaporizhzhiu", "Zaporizhzhia"), ("Vinnytsi", "Vinnytsia"), ("Rosii", "Rosiia"),
    ("Rossii", "Rossiya"), ("Kharkove", "Kharkov"), ("Odesse", "Odessa"), ("Lidzie", "Lida"),
    ("Zaliznomu Portu", "Zaliznyi Port"), ("Novoi Kakhovtsi", "Nova Kakhovka"),
    ("Kryvomu Rozi", "Kryvyi Rih"), ("Bilii Tserkvi", "Bila Tserkva"),
    ("Novoy Kakhovke", "Novaya Kakhovka"),
]


@pytest.mark.parametrize(("inflected", "nominative"), CYRILLIC + LATIN)
def test_candidates_contain_the_dictionary_form(inflected: str, nominative: str) -> None:
    candidates = nominative_candidates(inflected)
    keys = [normalize(form) for form, _rule in candidates]
    assert normalize(nominative) in keys, candidates
    assert len(candidates) <= MAX_CANDIDATES


@pytest.mark.parametrize(
    ("inflected", "nominative"),
    [("Києва", "Київ"), ("Харкова", "Харків"), ("Гладківці", "Гладківка"),
     ("Залізному Порту", "Залізний Порт"), ("Kharkova", "Kharkiv"),
     ("Hladkivtsi", "Hladkivka"), ("Zaliznomu Portu", "Zaliznyi Port")],
)
def test_the_usual_reading_comes_first(inflected: str, nominative: str) -> None:
    assert nominative_candidates(inflected)[0][0] == nominative


def test_each_candidate_names_its_rule_and_keeps_case() -> None:
    candidates = nominative_candidates("Залізному Порту")
    assert candidates[0][0] == "Залізний Порт"
    assert all(rule for _form, rule in candidates)
    assert nominative_candidates("ГЛАДКІВЦІ")[0][0] == "ГЛАДКІВКА"


@pytest.mark.parametrize("text", ["", "   ", "у", "12", "Kyiv", "Київ"])
def test_input_itself_is_never_a_candidate(text: str) -> None:
    forms = [form for form, _ in nominative_candidates(text)]
    assert text not in forms
    assert normalize(text) not in map(normalize, forms)


@given(st.text(max_size=40))
def test_never_raises_and_stays_small(text: str) -> None:
    candidates = nominative_candidates(text)
    # (a hyphenated compound gets twice as many: its parts decline separately)
    assert len(candidates) <= MAX_CANDIDATES * (2 if "-" in text.strip("-") else 1)
    assert text not in [form for form, _ in candidates]


@pytest.mark.parametrize(("stem", "centre"), [
    ("zvenihorod", "zvenihorodka"), ("loziv", "lozova"), ("synelnykiv", "synelnykove"),
    ("kremenchuts", "kremenchuk"), ("sum", "sumy"),
    # the stripped "-skyi" of "-tskyi" may leave a bare t (Кременчуцький, Прилуцький)
    ("kremenchut", "kremenchuk"), ("prylut", "pryluky"),
    # a name in -a takes -an- before the suffix (Bucha -> Buchanskyi)
    ("buchan", "bucha"),
    # ш is lost before the suffix (Zolotonosha); a name in -sk keeps it (Novomoskovsk)
    ("zolotoni", "zolotonosha"), ("novomoskov", "novomoskovsk"),
    # a neuter name in -o takes -v- before it (Dnipro -> Dniprovskyi), a Russian one may lack
    # the -o (Днепр -> Днепровский)
    ("dniprov", "dnipro"), ("dneprov", "dnepr"),
    # a neuter name in -ske keeps its suffix (Shakhtarske -> Шахтарська громада), and a stem
    # that kept the "sk" may name a town without it (Pokrov -> Покровська громада)
    ("shakhtar", "shakhtarske"), ("pokrovsk", "pokrov"),
    # a name in -ka may take -kyn- before the suffix (Shostka -> Шосткинська громада)
    ("shostkyn", "shostka"),
])
def test_district_centre_forms_undo_the_raion_adjective(stem: str, centre: str) -> None:
    forms = district_centre_forms(stem)
    assert centre in forms and stem not in forms


def test_district_centre_forms_leave_short_and_cyrillic_stems_alone() -> None:
    assert district_centre_forms("a") == [] and district_centre_forms("березів") == []
    # a two-letter stem is only a town in -sk (Ельский: Ельск)
    assert district_centre_forms("el") == ["elsk"]


def test_a_fleeting_vowel_before_a_final_l_or_n() -> None:
    # Орла is the genitive of Орел (Oryol); the vowel drops out of the inflected stem
    assert "Орел" in [form for form, _ in nominative_candidates("Орла")]


@pytest.mark.parametrize(("inflected", "nominative"), [
    ("Новгороді-Сіверському", "Новгород-Сіверський"),   # both parts decline
    ("Каменске-Шахтинском", "Каменск-Шахтинский"),
    ("Ростове-на-Дону", "Ростов-на-Дону"),              # the tail after "на" stays
    ("Приморсько-Ахтарська", "Приморсько-Ахтарськ"),    # only the last part declines
])
def test_hyphenated_names_decline_part_by_part(inflected: str, nominative: str) -> None:
    keys = [normalize(form) for form, _ in nominative_candidates(inflected)]
    assert normalize(nominative) in keys


@pytest.mark.parametrize(("inflected", "wrong"), [
    ("Давосе", "Давіс"), ("Белгороде", "Белгорід"), ("Davose", "Davis"),
])
def test_a_russian_ending_brings_no_ukrainian_alternation(inflected: str, wrong: str) -> None:
    # Russian declines without the о/е -> і alternation, so a form read through the Russian
    # locative -е keeps its vowel
    forms = [form for form, _rule in nominative_candidates(inflected)]
    assert forms and wrong not in forms


@pytest.mark.parametrize(("inflected", "nominative"), [
    ("Татарбунарів", "Татарбунари"),  # a plural name's genitive
    ("Чернівців", "Чернівці"),
    ("Сум", "Суми"),  # no ending at all
    ("Черкасс", "Черкассы"),
    ("Прилук", "Прилуки"),
    ("Лубен", "Лубни"),  # and a fleeting е before the final н
])
def test_the_genitive_plural_of_a_plural_name(inflected: str, nominative: str) -> None:
    # (compared by key: Черкассы and Черкасси are one key)
    keys = [normalize(form) for form, _ in nominative_candidates(inflected)]
    assert normalize(nominative) in keys


def test_the_zero_ending_is_read_only_after_a_consonant() -> None:
    # a name ending in a vowel is no genitive plural: "Одеса" is not read as "Одесаи";
    # nor is a town in -ськ ("Брянськ" is Bryansk's nominative, no plural's genitive)
    for word in ("Одеса", "Джанкой", "Гомель", "Брянськ", "Курск"):
        forms = [form for form, _ in nominative_candidates(word)]
        assert not any(form.startswith(word) and form[-1] in "иіы" for form in forms), word


@pytest.mark.parametrize(("ukrainian", "russian"), [
    ("Річиця", "Речица"), ("Світлогорськ", "Светлогорск"), ("Бєлгород", "Белгород"),
    ("Ніжин", "Нежин"),
])
def test_russian_spellings_of_a_ukrainian_written_name(ukrainian: str, russian: str) -> None:
    assert russian in russian_spellings(ukrainian)


@pytest.mark.parametrize("word", ["Речица", "Мозырь", "Kyiv", "Гомель"])
def test_no_russian_spelling_for_what_is_not_ukrainian(word: str) -> None:
    assert russian_spellings(word) == []


def test_no_russian_ending_after_a_ukrainian_soft_sign() -> None:
    # "-ське" is a Ukrainian neuter adjective (Покровське); Russian spells the locative of
    # Покровск "Покровске", without the soft sign
    forms = [form for form, _rule in nominative_candidates("Покровське")]
    assert "Покровськ" not in forms and "Покровська" not in forms
    # the Russian locative itself still reads back
    assert "Покровск" in [form for form, _rule in nominative_candidates("Покровске")]
