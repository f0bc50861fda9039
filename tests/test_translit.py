"""Transliteration tables, language detection and the Latin -> Cyrillic round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.errors import InvalidQueryError
from gazetteer.translit import (
    detect_language,
    latin_variants,
    possible_languages,
    to_cyrillic,
    to_latin,
)


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("Київ", "uk"),
        ("Ґорґани", "uk"),
        ("Єнакієве", "uk"),
        ("Магілёў", "be"),
        ("Віцебскі", "uk"),  # і alone is Ukrainian
        ("Лідскі раён", "be"),  # і together with ё
        ("Бабруйскі Ыы", "be"),  # і together with ы
        ("Объезд", "ru"),
        ("Орёл", "ru"),
        ("Гомель", None),  # fits all three alphabets
        ("Джанкой", None),
        ("Kyiv", None),
        ("", None),
    ],
)
def test_detect_language(word: str, lang: str | None) -> None:
    assert detect_language(word) == lang


def test_possible_languages_rules_out_alphabets() -> None:
    assert possible_languages("Гомель") == ("uk", "ru", "be")
    assert possible_languages("Щорс") == ("uk", "ru")  # no щ in Belarusian
    assert possible_languages("Брэст") == ("ru", "be")
    assert possible_languages("Paris") == ()


@pytest.mark.parametrize(
    ("cyr", "lang", "national", "bgn", "scholarly"),
    [
        ("Київ", "uk", "Kyiv", "Kyyiv", "Kyjiv"),
        ("Харків", "uk", "Kharkiv", "Kharkiv", "Charkiv"),
        ("Запоріжжя", "uk", "Zaporizhzhia", "Zaporizhzhya", "Zaporižžja"),
        ("Щорс", "uk", "Shchors", "Shchors", "Ščors"),
        ("Ялта", "uk", "Yalta", "Yalta", "Jalta"),
        ("Юрій", "uk", "Yurii", "Yuriy", "Jurij"),
        ("Миколаїв", "uk", "Mykolaiv", "Mykolayiv", "Mykolajiv"),
        ("Єнакієве", "uk", "Yenakiieve", "Yenakiyeve", "Jenakijeve"),
        ("Знам'янка", "uk", "Znamianka", 'Znam"yanka', "Znamʼjanka"),
        ("Згурівка", "uk", "Zghurivka", "Zghurivka", "Zhurivka"),
        ("Джанкой", "uk", "Dzhankoi", "Dzhankoy", "Džankoj"),
        ("Джанкой", "ru", "Dzhankoy", "Dzhankoy", "Džankoj"),
        ("Гомель", "ru", "Gomel", "Gomel'", "Gomelʹ"),
        ("Нижний Новгород", "ru", "Nizhny Novgorod", "Nizhniy Novgorod", "Nižnij Novgorod"),
        ("Орёл", "ru", "Oryol", "Orël", "Orël"),
        ("Подъезд", "ru", "Podyezd", 'Pod"yezd', "Podʺezd"),
        ("Гомель", "be", "Homieĺ", "Homyel'", "Homelʹ"),
        ("Магілёў", "be", "Mahilioŭ", "Mahilyow", "Mahilëŭ"),
        ("Баранавічы", "be", "Baranavičy", "Baranavichy", "Baranavičy"),
        ("Віцебск", "be", "Viciebsk", "Vitsyebsk", "Vicebsk"),
    ],
)
def test_tables(cyr: str, lang: str, national: str, bgn: str, scholarly: str) -> None:
    assert to_latin(cyr, "national", lang) == national
    assert to_latin(cyr, "bgn", lang) == bgn
    assert to_latin(cyr, "scholarly", lang) == scholarly


def test_word_initial_rules_are_per_word() -> None:
    # є/ю/я/й are ye/yu/ya/y only at the start of a word in the national system
    assert to_latin("Юрій Яценюк") == "Yurii Yatseniuk"
    assert to_latin("Кам'янець-Подільський") == "Kamianets-Podilskyi"


def test_language_detected_per_word_and_case_kept() -> None:
    assert to_latin("Магілёў і Київ") == "Mahilioŭ i Kyiv"
    assert to_latin("КИЇВ") == "KYIV"
    assert to_latin("drones over Київ, 2024") == "drones over Kyiv, 2024"


def test_ambiguous_word_follows_the_text_language() -> None:
    # Гомель alone is read as Ukrainian; next to a Russian-only word, as Russian.
    assert to_latin("Гомель") == "Homel"
    assert to_latin("Гомель, Объезд") == "Gomel, Obyezd"


def test_non_cyrillic_passes_through() -> None:
    text = "Żółć — Kyiv (50.45°N)"
    assert to_latin(text) == text
    assert latin_variants(text) == set()


def test_latin_variants_cover_languages_of_ambiguous_word() -> None:
    variants = latin_variants("Гомель")
    assert {"Homel", "Gomel", "Homieĺ", "Homyel'"} <= variants
    # A word whose letters fix the language is not spelled in the others
    assert latin_variants("Київ") == {"Kyiv", "Kyyiv", "Kyjiv"}


@pytest.mark.parametrize("bad", [{"system": "iso"}, {"lang": "pl"}])
def test_bad_arguments_raise_clear_errors(bad: dict[str, str]) -> None:
    with pytest.raises(InvalidQueryError, match="use one of"):
        to_latin("Київ", **bad)


@pytest.mark.parametrize(
    ("latin", "cyr"),
    [
        ("Kyiv", "Київ"),
        ("Kharkiv", "Харків"),
        ("Zaporizhzhia", "Запоріжжя"),
        ("Mykolaiv", "Миколаїв"),
        ("Yalta", "Ялта"),
        ("Yurii", "Юрій"),
        ("Shchors", "Щорс"),
        ("Zghurivka", "Згурівка"),
        ("Odesa", "Одеса"),
        ("Chernihiv", "Чернігів"),
        ("Yenakiieve", "Єнакієве"),
        ("Kryvyi Rih", "Кривий Ріг"),
        ("Mariia", "Марія"),
        ("Dzhankoi", "Джанкой"),
        ("Oleksii", "Олексій"),
        ("Yosypivka", "Йосипівка"),
        ("Kyyiv", "Київ"),  # BGN spelling read back too
    ],
)
def test_to_cyrillic_ukrainian(latin: str, cyr: str) -> None:
    assert to_cyrillic(latin) == cyr


@pytest.mark.parametrize(
    "word",
    ["Kyiv", "Kharkiv", "Zaporizhzhia", "Mykolaiv", "Znamianka", "Lviv", "Sievierodonetsk",
     "Yenakiieve", "Kryvyi Rih", "Bila Tserkva", "Hladkivka", "Ukraina", "Yahotyn", "Shchastia",
     "Yizhakevych", "Zghurivka", "Zaliznyi Port", "Makariv"],
)
def test_round_trip_latin_cyrillic_latin(word: str) -> None:
    assert to_latin(to_cyrillic(word), "national", "uk") == word


_CONSONANTS = "бвгґджзклмнпрстфхцчшщ"
_VOWELS = "аеиіоуюяє"
# Words built of consonant + vowel syllables: pronounceable, so free of the letter pairs the
# national table merges (vowel + й vs vowel + і, ь, apostrophes).
_SYLLABLE = st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_VOWELS)).map("".join)


@given(st.lists(_SYLLABLE, min_size=1, max_size=5).map("".join))
def test_round_trip_property(word: str) -> None:
    latin = to_latin(word, "national", "uk")
    assert to_latin(to_cyrillic(latin), "national", "uk") == latin


def test_to_cyrillic_other_languages() -> None:
    assert to_cyrillic("Belgorod", "ru") == "Белгород"
    assert to_cyrillic("Bryansk", "ru") == "Брянск"
    assert to_cyrillic("Brest", "be") == "Брэст"
    assert to_cyrillic("Mahilioŭ", "be") == "Магілёў"
