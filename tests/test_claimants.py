"""Claimants and stance: attribution patterns, anaphora, quotes, denials and confirmations."""

from __future__ import annotations

import random
import re

import pytest

from geodata.claimants import attributions, find_claimant, find_stance
from geodata.model import Stance
from geodata.sentences import SpanError, split_sentences


def claimant_of(text: str, place: str) -> str:
    """Claimant for the last occurrence of ``place``, with all earlier sentences as context."""
    start = text.rindex(place)
    sentences = split_sentences(text)
    index = next(i for i, (a, b) in enumerate(sentences) if a <= start < b)
    return find_claimant(text, sentences[index], (start, start + len(place)),
                         prev_sentences=sentences[:index])


CLAIMANTS: list[tuple[str, str, str]] = [
    ("The Southern Defence Forces said drones hit Mykolaivka.", "Mykolaivka",
     "Southern Defence Forces"),
    ("Drones hit Mykolaivka overnight, the Southern Defence Forces said.", "Mykolaivka",
     "Southern Defence Forces"),
    ("Drones hit Mykolaivka overnight, said the regional military administration.",
     "Mykolaivka", "regional military administration"),
    ("Iranian advisers are based in Tokmak, says Ukraine.", "Tokmak", "Ukraine"),
    ("According to the General Staff, drones were launched from Kursk.", "Kursk",
     "General Staff"),
    ("Drones were launched from Kursk, according to Ukrainian officials.", "Kursk",
     "Ukrainian officials"),
    ("Pentagon spokesman Pat Ryder told reporters that drones flew from Kursk.", "Kursk",
     "Pat Ryder"),
    ("Defence Minister Olena Marchuk claimed that Iranian staff were in Tokmak.", "Tokmak",
     "Olena Marchuk"),
    # a news outlet is recognised by words such as Post, Times, Daily, News, Agency
    ("The Daily Ledger, citing intelligence sources, reported strikes on Sumy.", "Sumy",
     "intelligence sources"),
    ("The Southern Command, citing partisans, reported strikes on Sumy.", "Sumy",
     "Southern Command"),
    ("The Southern Command, which oversees the region, reported on May 3 that drones hit Reni.",
     "Reni", "Southern Command"),
    ("Maria Koval, a spokeswoman for the air force, said drones hit Reni.", "Reni",
     "Maria Koval"),
    ("The Southern Command said the attack was large. The government body alleged that drones "
     "came from Kursk.", "Kursk", "Southern Command"),
    ("Governor Ivan Bondar spoke on Monday. He said drones struck Uman.", "Uman",
     "Ivan Bondar"),
    ("Governor Ivan Bondar said the night was loud. The ministry later said nothing. He added "
     "that drones struck Uman.", "Uman", "Ivan Bondar"),
    ('Ivan Bondar said more was coming. "Drones struck Uman again."', "Uman", "Ivan Bondar"),
    ('"Drones struck Uman again." That is what Ivan Bondar said.', "Uman", "Ivan Bondar"),
    ("The agency quoted Ivan Bondar as saying drones struck Uman.", "Uman", "Ivan Bondar"),
    ("Drones struck Uman overnight.", "Uman", ""),
    ("The weather in Uman was mild. Drones struck Uman overnight.", "Uman", ""),
    ("A separatist leader in Horlivka said drones hit Horlivka.", "Horlivka",
     "separatist leader in Horlivka"),
    ("The United States said drones were launched from Kursk.", "Kursk", "United States"),
]


@pytest.mark.parametrize(("text", "place", "expected"), CLAIMANTS,
                         ids=[c[0][:50] for c in CLAIMANTS])
def test_claimant_table(text: str, place: str, expected: str) -> None:
    assert claimant_of(text, place) == expected


def test_nearest_attribution_wins() -> None:
    text = ("The army said drones hit Sumy, while the Russian Defence Ministry claimed that its "
            "forces struck Konotop.")
    assert claimant_of(text, "Sumy") == "army"
    assert claimant_of(text, "Konotop") == "Russian Defence Ministry"


def test_attributions_report_offsets_into_the_body() -> None:
    text = "Filler. Drones hit Reni, the Southern Command said."
    first, second = split_sentences(text)
    found = attributions(text, second)
    assert [(a.name, a.verb) for a in found] == [("Southern Command", "said")]
    assert text[found[0].start : found[0].end] == "Southern Command"


def test_mention_outside_sentence_is_an_error() -> None:
    text = "Drones hit Reni. Officials said so."
    with pytest.raises(SpanError, match="not inside sentence"):
        find_claimant(text, (0, 16), (20, 25))


def stance_of(text: str, place: str, claimant: str) -> Stance:
    start = text.index(place)
    return find_stance(text, (0, len(text)), (start, start + len(place)), claimant)


STANCES: list[tuple[str, str, str, Stance]] = [
    ("Moscow denied that drones were launched from Kursk.", "Kursk", "Moscow", Stance.DENIED),
    ("The ministry has firmly denied that Iranian staff were in Tokmak.", "Tokmak", "ministry",
     Stance.DENIED),
    ("The embassy rejected claims that drones flew from Kursk.", "Kursk", "embassy",
     Stance.DENIED),
    ('"Reports of Iranians in Tokmak are completely false," the envoy Ali Rezaei said.',
     "Tokmak", "Ali Rezaei", Stance.DENIED),
    ('"We can confirm that drones flew from Kursk," Pat Ryder said.', "Kursk", "Pat Ryder",
     Stance.CONFIRMED),
    ("The regional governor confirmed that drones struck Uman.", "Uman", "regional governor",
     Stance.CONFIRMED),
    ("Tehran acknowledged that its advisers were in Tokmak.", "Tokmak", "Tehran",
     Stance.CONFIRMED),
    ("Moscow admitted that drones were launched from Kursk.", "Kursk", "Moscow",
     Stance.CONFIRMED),
    ("Officials could not confirm that drones struck Uman, the army said.", "Uman", "army",
     Stance.ALLEGED),
    ("The army said drones struck Uman.", "Uman", "army", Stance.ALLEGED),
    ("Kyiv said drones flew from Kursk, which Moscow denied.", "Kursk", "Kyiv",
     Stance.ALLEGED),
    ("The army said drones struck Uman; Moscow denied it.", "Uman", "army", Stance.ALLEGED),
    ('"Iran and Russia can lie, but drones flew from Kursk," Pat Ryder said.', "Kursk",
     "Pat Ryder", Stance.ALLEGED),
    ("Drones struck Uman overnight.", "Uman", "", Stance.ALLEGED),
]


@pytest.mark.parametrize(("text", "place", "claimant", "expected"), STANCES,
                         ids=[c[0][:50] for c in STANCES])
def test_stance_table(text: str, place: str, claimant: str, expected: Stance) -> None:
    assert stance_of(text, place, claimant) is expected


@pytest.mark.parametrize(("raw", "clean"), [
    ("Раніше ГУР", "ГУР"),
    ("Earlier, the Defence Ministry", "Defence Ministry"),
    ("Meanwhile the General Staff", "General Staff"),
    ("Earl Grey Institute", "Earl Grey Institute"),  # a name that only starts like an adverb
])
def test_leading_adverbs_are_not_part_of_a_claimant(raw: str, clean: str) -> None:
    from geodata.claimants import _clean

    assert _clean(raw) == clean


# The subject patterns end in ``$`` and are searched only from where a match can start; these
# compare that with a plain search from 0 on texts built from the words they take.
_WORDS = ["has", "HAS", "also", "reportedly", "only", "on", "On", "Monday", "12", "in", "a",
          "statement", "the", "ministry", "officials", "he", "She", "John", "Kirby", "U.S.",
          "spokesman", "of", "al-", "Air", "Force", "leader", "from", "with", "and", "Ukraine's"]
_SEPARATORS = [" ", " ", ", ", ",", "  ", "\n", ". ", "; ", ' "', '" ', " “", "” ", " (", " — "]


def _heads(n: int) -> list[str]:
    rng = random.Random(7)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts += [rng.choice(_WORDS), rng.choice(_SEPARATORS)]
        text = "".join(parts)
        out.append(text[: rng.randint(0, len(text))])
    return out


def test_bounded_subject_searches_find_what_a_full_search_finds() -> None:
    from geodata import claimants as c

    def start(m: re.Match[str] | None) -> int | None:
        return None if m is None else m.start()

    for head in _heads(3000):
        assert start(c._TAIL.search(head, c._tail_from(head))) == start(c._TAIL.search(head))
        assert start(c._search_appositive(head)) == start(c._APPOSITIVE.search(head))
        for pattern, run, lead in [(c._SUBJ_ANAPHOR, c._ANAPHOR_WORDS, 1),
                                   (c._SUBJ_DEFINITE, c._DEFINITE_WORDS, 1),
                                   (c._SUBJ_BARE_HEAD, c._BARE_HEAD_WORDS, 1),
                                   (c._LOCATED_HEAD, c._LOCATED_WORDS, 0),
                                   (c._SUBJ_NAME, c._NAME_RUN, 0),
                                   (c._SUBJ_HEAD, c._NAME_RUN, 0)]:
            assert start(c._search_suffix(pattern, head, run, lead)) == start(pattern.search(head))
        if not c._ends_in_lowhead(head):
            assert c._SUBJ_HEAD.search(head) is None
            assert c._SUBJ_BARE_HEAD.search(head) is None
