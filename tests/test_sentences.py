"""Sentence splitting on news text: abbreviations, initials, quotes, headlines, bullets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geodata.sentences import SpanCache, SpanError, check_span, split_sentences


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


CASES: list[tuple[str, list[str]]] = [
    ("Drones hit the port. Officials said two died.",
     ["Drones hit the port.", "Officials said two died."]),
    ("It happened on Oct. 17 near the river. Nobody was hurt.",
     ["It happened on Oct. 17 near the river.", "Nobody was hurt."]),
    ("The strike came in Sept. Officials said so.",
     ["The strike came in Sept. Officials said so."]),
    ("Lt. Gen. Ivan Petrenko spoke first. Then the mayor spoke.",
     ["Lt. Gen. Ivan Petrenko spoke first.", "Then the mayor spoke."]),
    ("U.S. officials said drones were used. The Pentagon agreed.",
     ["U.S. officials said drones were used.", "The Pentagon agreed."]),
    ("Sanctions were imposed by the U.S. The move angered Tehran.",
     ["Sanctions were imposed by the U.S.", "The move angered Tehran."]),
    ("John F. Kennedy airport was closed. Flights resumed later.",
     ["John F. Kennedy airport was closed.", "Flights resumed later."]),
    ("About 2.5 million people lost power. Repairs began.",
     ["About 2.5 million people lost power.", "Repairs began."]),
    ('"We saw the drones." The witness then left.',
     ['"We saw the drones."', "The witness then left."]),
    ('"They came from the north," the officer said. He left.',
     ['"They came from the north," the officer said.', "He left."]),
    ("Drones strike power plants\n\nThe attack began at night.",
     ["Drones strike power plants", "The attack began at night."]),
    ("Key points:\n- Drones hit the port\n- Two people died",
     ["Key points:", "- Drones hit the port", "- Two people died"]),
    ("The drones were launched from the\nsouth of the region.",
     ["The drones were launched from the\nsouth of the region."]),
    ("Caption without a stop\nThe article begins here.",
     ["Caption without a stop", "The article begins here."]),
    ("Regulation No. 5 applies. It was signed.", ["Regulation No. 5 applies.", "It was signed."]),
    ("Is it true? Nobody knows! Maybe.", ["Is it true?", "Nobody knows!", "Maybe."]),
    # a place abbreviation binds to the name after it (село, місто, посёлок)
    ("Пошкоджено сарай (с. Нова Гута) і гараж (м. Ромни). Ніхто не постраждав.",
     ["Пошкоджено сарай (с. Нова Гута) і гараж (м. Ромни).", "Ніхто не постраждав."]),
    ("Обломки упали в пос. Южный. Жертв нет.", ["Обломки упали в пос. Южный.", "Жертв нет."]),
    # after a number the same letters are a year or a unit, and may end the sentence
    ("Завод відкрили у 2015 р. Тепер його зруйновано.",
     ["Завод відкрили у 2015 р.", "Тепер його зруйновано."]),
    ("Это случилось в 2022 г. Потом было тихо.", ["Это случилось в 2022 г.", "Потом было тихо."]),
    ("Воронка мала глибину 3 м. Поруч стояв будинок.",
     ["Воронка мала глибину 3 м.", "Поруч стояв будинок."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_split_table(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_spans_index_the_original_text() -> None:
    text = "  First one.  Second one.\n\n\n Third  "
    spans = split_sentences(text)
    assert spans == [(2, 12), (14, 25), (29, 34)]
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third"]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\"'A,")), max_size=80))
def test_spans_are_ordered_trimmed_and_cover_all_words(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_check_span_says_what_is_wrong() -> None:
    with pytest.raises(SpanError, match="outside the text of length 3"):
        check_span("abc", (1, 9), "mention")
    with pytest.raises(SpanError, match="two ints"):
        check_span("abc", (0.5, 2), "mention")  # type: ignore[arg-type]


def test_span_cache_computes_a_span_of_a_body_once() -> None:
    calls: list[tuple[int, int]] = []

    def words(body: str, span: tuple[int, int]) -> int:
        calls.append(span)
        return len(body[span[0]:span[1]].split())

    cache = SpanCache(words, size=2)
    body = "Drones hit Sumy. Crews launched them from Kursk."
    assert cache(body, (0, 16)) == 3 and cache(body, (0, 16)) == 3
    assert calls == [(0, 16)]
    other = "Drones hit Sumy and Konotop."  # another body: its own entry
    assert cache(other, (0, 16)) == 3 and calls == [(0, 16), (0, 16)]
    cache(body, (17, 48))  # past two entries the cache starts afresh
    cache(body, (0, 16))
    assert len(calls) == 4


def test_a_list_of_short_items_after_a_colon_is_one_sentence() -> None:
    text = ("Shelling hit these regions:\n- Northshire,\n- Southmoor,\n- Eastvale region.\n"
            "Debris fell in two places:\n- in Northtown a roof was damaged by the debris;\n"
            "- in Southtown a car burnt out.")
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == [
        "Shelling hit these regions:\n- Northshire,\n- Southmoor,\n- Eastvale region.",
        "Debris fell in two places:",
        "- in Northtown a roof was damaged by the debris;",
        "- in Southtown a car burnt out.",
    ]


def test_a_list_of_short_paragraphs_after_a_colon_is_one_sentence() -> None:
    # one item a paragraph, items ending in commas, the last in a full stop; a long paragraph
    # after a colon is a statement of its own
    text = ("Strikes hit:\n\nNorthtown,\n\nnear the village of Eastvale,\n\n"
            "Southmoor.\n\nFires burned.\n\nThe mayor said:\n\nThe night was hard for "
            "everyone in the city and the villages.")
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == [
        "Strikes hit:\n\nNorthtown,\n\nnear the village of Eastvale,\n\n"
        "Southmoor.",
        "Fires burned.",
        "The mayor said:",
        "The night was hard for everyone in the city and the villages.",
    ]


def test_a_cyrillic_full_stop_that_lost_its_space_ends_a_sentence() -> None:
    text = "Об этом сообщил Иван Федоров.В Пологовском районе ранены двое. Удар по обл.Одеса."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Об этом сообщил Иван Федоров.", "В Пологовском районе ранены двое.",
        "Удар по обл.Одеса."]
