"""Role reading: a table of hard sentences written for these tests.

Place mentions are marked in square brackets; the one being classified carries a star:
``"drones launched from [*Alpha] at [Beta]"``. The brackets are removed before reading, and the
marked spans are passed as the mention and the other mentions, as the recogniser would.
"""

from __future__ import annotations

import re

import pytest

from geodata.model import Role
from geodata.roles import RoleReading, classify
from geodata.sentences import SpanError, split_sentences

LS, IL, ST, OT = Role.LAUNCH_SITE, Role.INSTRUCTOR_LOCATION, Role.STRIKE_TARGET, Role.OTHER


def _parse(marked: str) -> tuple[str, list[tuple[int, int]], tuple[int, int]]:
    text, spans, target, pos = "", [], None, 0
    for m in re.finditer(r"\[(\*?)([^\]]+)\]", marked):
        text += marked[pos : m.start()]
        span = (len(text), len(text) + len(m.group(2)))
        text += m.group(2)
        spans.append(span)
        if m.group(1):
            target = span
        pos = m.end()
    text += marked[pos:]
    assert target is not None, "mark the mention to classify with [*...]"
    return text, spans, target


def read(marked: str) -> RoleReading:
    text, spans, target = _parse(marked)
    sentences = split_sentences(text)
    index = next(i for i, (a, b) in enumerate(sentences) if a <= target[0] < b)
    prev = sentences[index - 1] if index else None
    return classify(text, sentences[index], target, spans, prev_sentence=prev)


CASES: list[tuple[str, set[Role]]] = [
    # --- launch sites
    ("Russian crews launched Shahed drones from [*Kerch] overnight.", {LS}),
    ("The drones were fired from the [*Saky] airfield, officials said.", {LS}),
    ("Several drones took off from [*Hvardiiske] shortly before midnight.", {LS}),
    ("The drones flew in from the direction of [*Brest].", {LS}),
    ("Attacks from [*Belarus] have become more frequent.", {LS}),
    ("Russia has set up a launch site near [*Primorsko-Akhtarsk].", {LS}),
    ("Launch positions in the [*Kursk] region were moved closer to the border.", {LS}),
    ("The [*Millerovo] air base is being used to launch drones at Ukrainian cities.", {LS}),
    ("Russian troops seized airfields near [*Pinsk] and [Luninets] and now use them to launch "
     "strikes.", {LS}),
    ("Russian troops seized airfields near [Pinsk] and [*Luninets] and now use them to launch "
     "strikes.", {LS}),
    ("Russian units stationed in [*Dzhubga] fire the drones at the port.", {LS}),
    ("The drones that struck [Lutsk] were launched from [*Brest Oblast].", {LS}),
    ("The drones that struck [*Lutsk] were launched from [Brest Oblast].", {ST}),
    ("A drone flying from [*Belgorod] was heading toward the city.", {LS}),
    ("The drones came from the direction of the [*Black Sea].", {LS}),
    # the direction of "from": supply routes and origins are not launch sites
    ("Drones supplied from [*Iran] to [Russia] were used in the strikes.", {OT}),
    ("Russia ordered hundreds more drones from [*Iran].", {OT}),
    ("The drones, shipped from [*Bandar Abbas], reached Russia by sea.", {OT}),
    # negation
    ("Drones were not launched from [*Mazyr], the ministry insisted.", {OT}),
    # --- Iranian instructors
    ("Iranian instructors are stationed in [*Henichesk].", {IL}),
    ("IRGC advisers were spotted at the [*Kirovske] airfield.", {IL}),
    ("Iranian military specialists have arrived in [*Mozyr], according to the partisans.", {IL}),
    ("Iranian personnel remain on the ground in [*Melitopol].", {IL}),
    ("The presence of Iranian instructors in occupied [*Nova Kakhovka] was confirmed.", {IL}),
    ("Russia moved Iranian instructors to [*Skadovsk] and [Hola Prystan].", {IL}),
    ("Russia moved Iranian instructors to [Skadovsk] and [*Hola Prystan].", {IL}),
    ("Tehran has sent military advisers to [*Syria] to train the army.", {IL}),
    ("Iranians living in [*Tokmak] are helping Russian crews launch drones.", {IL}),
    ("Iranians living in [*Kharkiv] joined a protest against the war.", {OT}),
    ("Iranian officials in [*Tehran] said the report was false.", {OT}),
    # the presence told in the next sentence, with a pronoun
    ("A team of Iranian drone operators was moved north last week. They are now housed in the "
     "village of [*Khoiniki].", {IL}),
    ("A team of Russian engineers was moved north last week. They are now housed in the "
     "village of [*Khoiniki].", {OT}),
    ("Iranian trainers came with the first shipment. Their presence was recorded in the town "
     "of [*Rechytsa], [Minsk Oblast].", {IL}),
    # apposition does not spread the role; "in the C region" does
    ("Iranian trainers came with the first shipment. Their presence was recorded in the town "
     "of [Rechytsa], [*Minsk Oblast].", {OT}),
    ("Iranian trainers are housed at [*Alpha] and [Beta] in the [Gamma] region, and in [Delta] "
     "in [Epsilon].", {IL}),
    ("Iranian trainers are housed at [Alpha] and [*Beta] in the [Gamma] region, and in [Delta] "
     "in [Epsilon].", {IL}),
    ("Iranian trainers are housed at [Alpha] and [Beta] in the [*Gamma] region, and in [Delta] "
     "in [Epsilon].", {IL}),
    ("Iranian trainers are housed at [Alpha] and [Beta] in the [Gamma] region, and in [*Delta] "
     "in [Epsilon].", {IL}),
    ("Iranian trainers are housed at [Alpha] and [Beta] in the [Gamma] region, and in [Delta] "
     "in [*Epsilon].", {IL}),
    ("No Iranian instructors are present in [*Zhlobin], the ministry said.", {OT}),
    ("Iranian instructors are not present in [*Zhlobin].", {OT}),
    # several roles on one mention
    ("Drones are launched from [*Hvardiiske], where Iranian instructors are stationed.", {LS, IL}),
    # --- strike targets
    ("Strikes on [*Uman] and [Bila Tserkva] killed six people.", {ST}),
    ("Strikes on [Uman] and [*Bila Tserkva] killed six people.", {ST}),
    ("Drones attacked the port city of [*Izmail] before dawn.", {ST}),
    ("[*Zhytomyr] was hit by Shahed drones overnight.", {ST}),
    ("[*Bucha] has been hit by protests over wages.", {OT}),
    ("Explosions rocked [*Vinnytsia] early on Monday.", {ST}),
    ("Energy facilities in [*Lviv] were damaged in the drone attack.", {ST}),
    ("The drone attack on [*Kremenchuk] left the city without power.", {ST}),
    ("Russian drones targeted the grain port in [*Reni].", {ST}),
    ("Drones launched from [Kursk] hit [*Sumy] and [Konotop].", {ST}),
    ("Drones launched from [Kursk] hit [Sumy] and [*Konotop].", {ST}),
    ("Drones launched from [*Kursk] hit [Sumy] and [Konotop].", {LS}),
    ("Explosions were heard in [*Khmelnytskyi] after drones crossed the border.", {ST}),
    ("Strikes on [*Rivne] and the western parts of [Moldova] were reported.", {ST}),
    ("Strikes on [Rivne] and the western parts of [*Moldova] were reported.", {OT}),
    ("[*Rivne] was not hit, officials said.", {OT}),
    ("There were no attacks on [*Uzhhorod] this week.", {OT}),
    ("Russia launched drones at the capital, but [*Lutsk] was spared.", {OT}),
    # --- other: shoot-downs, meetings, the war as a whole, metonymy
    ("A drone was shot down over [*Cherkasy].", {OT}),
    ("Air defences intercepted 20 drones near [*Bila Tserkva].", {OT}),
    ("Wreckage of a Shahed was found near [*Poltava].", {OT}),
    ("Drones aimed at [*Sumy] were downed over [Okhtyrka].", {ST}),
    ("Drones aimed at [Sumy] were downed over [*Okhtyrka].", {OT}),
    ("Russia's invasion of [*Ukraine] began in February.", {OT}),
    ("Refugees left amid Russia's attack on [*Ukraine].", {OT}),
    ("[*Iran] denied any role in the attacks.", {OT}),
    ("[*Ukraine] said the drones were Iranian-made.", {OT}),
    ("[*Kharkiv]'s mayor said several drones hit the city.", {OT}),
    ("Ministers will discuss the drones at a meeting in [*Brussels].", {OT}),
    ("The ministers met in [*Vienna] on Friday.", {OT}),
]


@pytest.mark.parametrize(("marked", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_role_table(marked: str, expected: set[Role]) -> None:
    reading = read(marked)
    assert set(reading.roles) == expected, reading.cues


def test_reading_explains_itself() -> None:
    reading = read("Russian crews launched Shahed drones from [*Kerch] overnight.")
    assert reading.cues == ("launch:verb_from",)
    assert 0.5 < reading.confidence <= 1.0


def test_no_cue_gives_other_with_low_confidence() -> None:
    reading = read("The weather in [*Lviv] was mild.")
    assert reading.roles == (OT,)
    assert reading.cues == ()
    assert reading.confidence == 0.5


def test_negated_cue_is_reported() -> None:
    reading = read("Drones were not launched from [*Mazyr].")
    assert reading.roles == (OT,)
    assert reading.cues == ("negated:launch:verb_from",)


def test_works_without_other_mentions() -> None:
    # The lists still parse when the caller gives no other mentions: capitalised names stand in.
    text = "Strikes on Uman and Konotop killed six people."
    start = text.index("Konotop")
    assert classify(text, (0, len(text)), (start, start + 7)).roles == (ST,)


@pytest.mark.parametrize(
    ("sentence", "mention", "match"),
    [((0, 500), (0, 4), "sentence span"), ((0, 10), (20, 25), "not inside sentence"),
     ((0, 10), (5, 5), "mention span")],
)
def test_bad_spans_raise_clear_errors(
    sentence: tuple[int, int], mention: tuple[int, int], match: str
) -> None:
    text = "Drones hit Lviv and then Lutsk on the same night."
    with pytest.raises(SpanError, match=match):
        classify(text, sentence, mention)


def test_reading_rejects_inconsistent_values() -> None:
    with pytest.raises(ValueError, match="at least one role"):
        RoleReading((), 0.5)
    with pytest.raises(ValueError, match="cannot be combined"):
        RoleReading((OT, ST), 0.5)
    with pytest.raises(ValueError, match="confidence"):
        RoleReading((ST,), 1.5)


def test_every_rule_compiles_with_an_object_slot() -> None:
    # (rules are compiled lazily, the first time a clause gets as far as one, so a broken
    # pattern would otherwise only show in the text that first reaches it)
    from geodata.roles import RULES

    assert len({rule.source for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert "obj" in rule.pattern.groupindex, rule.name
