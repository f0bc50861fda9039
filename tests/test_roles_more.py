"""More role readings: adverbs inside strike clauses, damage in a place named first, and
"destroyed" read by its object (drones shot down, or a building hit)."""

from __future__ import annotations

import pytest
from test_roles import OT, ST, read

CASES = [
    ("Drones also hit [*Poltava] shortly before dawn.", {ST}),
    ("Missiles reportedly struck [*Uman] and the nearby village of [Ladyzhynka].", {ST}),
    ("According to the governor, drones again hit [*Chernihiv] on Sunday.", {ST}),
    ("In [*Zhytomyr], falling wreckage damaged two houses, the city council said.", {ST}),
    ("At [*Konotop], a drone hit a fuel depot and a fire broke out.", {ST}),
    ("In [*Lutsk], officials held a briefing on the air-raid alerts.", {OT}),
    ("The ministry said its troops had destroyed an ammunition depot in [*Pavlohrad].", {ST}),
    ("Air defence destroyed 14 drones over [*Cherkasy] overnight.", {OT}),
    ("Crews destroyed several Shaheds near [*Bila Tserkva] before they reached their targets.",
     {OT}),
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
