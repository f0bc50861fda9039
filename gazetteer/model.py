"""Values the gazetteer hands out: frozen, slotted, validated, carrying their provenance."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Precision(StrEnum):
    """How specific a place is. Ordered from most to least precise."""

    FACILITY = "facility"
    SETTLEMENT = "settlement"
    REGION = "region"
    COUNTRY = "country"

    @property
    def rank(self) -> int:
        return _PRECISION_RANK[self]


_PRECISION_RANK = {
    Precision.FACILITY: 0,
    Precision.SETTLEMENT: 1,
    Precision.REGION: 2,
    Precision.COUNTRY: 3,
}


def check_coordinates(lat: float, lon: float) -> None:
    """Raise ValueError unless ``lat``/``lon`` are finite WGS84 degrees."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"coordinates must be finite, got lat={lat!r} lon={lon!r}")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"latitude {lat!r} is outside [-90, 90]; were lat and lon swapped?")
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"longitude {lon!r} is outside [-180, 180]")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record.

    ``source`` names where the record comes from: ``geonames:708805``, ``curated:3``,
    ``naturalearth:UA-65`` or ``geonames-dump:<file>:<id>``. ``admin1`` is the ISO 3166-2 code of
    the first-level region when known (``UA-65``), else the GeoNames admin1 code prefixed with the
    country (``UA.08``), else "".
    """

    place_id: int
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    precision: Precision
    population: int
    source: str
    occupied: bool = False
    capital: bool = False  # a national capital (GeoNames PPLC or the country table's capital)
    city_region: bool = False  # a first-level region that is a city (Kyiv, Moscow, Minsk)

    def __post_init__(self) -> None:
        check_coordinates(self.lat, self.lon)
        if self.country and len(self.country) != 2:
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {self.country!r}")
        if self.population < 0:
            raise ValueError("population cannot be negative")


#: The source prefix of the curated table's rows ("curated:26")
CURATED_PREFIX = "curated:"

#: Areas the gazetteer knows only by their centre: a district (raion), hromada or county named
#: after its chief town ("Pavlohrad district", "Бучанський район", "Kutsurubska hromada"). The
#: answer is the area, at region precision, pinned on its centre's point, with the centre's
#: source and a ``#district``, ``#hromada`` or ``#county`` fragment. The radius of doubt is the
#: equal-area radius of an average unit: Ukraine's 136 raions since 2020 share 603,628 km2
#: (about 4,440 km2 each, r ~ 38 km); its 1,469 hromadas about 410 km2 each (r ~ 11 km); the
#: 3,143 United States counties 9.15 million km2 of land (about 2,910 km2 each, r ~ 30 km). A
#: district of a big city named after one of its quarters (Kyiv's Podilskyi, around Podil) is a
#: ``#city-district``: Kyiv's ten share 839 km2 (about 84 km2 each, r ~ 5.2 km). A hromada's
#: part around one of its villages is a ``#starosta-okruh``: the Ministry of Communities counted
#: 7,740 of them on 1 January 2025, so they cover at most 78 km2 each (r ~ 5.0 km).
AREA_RADIUS_M: dict[str, float] = {
    "district": 38_000.0, "hromada": 11_000.0, "county": 30_000.0, "city-district": 5_200.0,
    "starosta-okruh": 5_000.0}


def area_of_centre(place: Place, unit: str) -> Place:
    """The ``unit`` (a key of ``AREA_RADIUS_M``) named after the settlement ``place``.

    >>> town = Place(1, "Pavlohrad", "UA", "UA-12", 48.53, 35.87, Precision.SETTLEMENT, 1,
    ...              "geonames:697889")
    >>> area = area_of_centre(town, "district")
    >>> (area.name, area.precision.value, area.source)
    ('Pavlohrad district', 'region', 'geonames:697889#district')
    >>> area_of_centre(replace(town, name="Pavlohrad district"), "district").name
    'Pavlohrad district'
    """
    if unit not in AREA_RADIUS_M:
        raise ValueError(f"unknown area unit {unit!r}")
    label = {"city-district": "district", "starosta-okruh": "starosta okruh"}.get(unit, unit)
    # (a point already listed as the district keeps its name: "Kholodnohirskyi district")
    name = place.name if place.name.endswith(f" {label}") else f"{place.name} {label}"
    return replace(place, name=name, precision=Precision.REGION, population=0,
                   source=f"{place.source}#{unit}", capital=False, city_region=False)


def is_area_of_centre(place: Place) -> bool:
    """Whether ``place`` is an area known only by its centre (see ``area_of_centre``)."""
    return area_radius_m(place.source) is not None


#: the sides of a country a compass word names ("southern Ukraine" is Ukraine's south)
COMPASS_SIDES = ("south", "north", "east", "west", "centre")


def part_of_country(country: Place, direction: str, lat: float, lon: float) -> Place:
    """The part of ``country`` on the side ``direction`` names ("south", "south-east",
    "centre"), an area with its own point.

    >>> ua = Place(1, "Ukraine", "UA", "", 48.9, 31.5, Precision.COUNTRY, 41_000_000,
    ...            "geonames:690791", capital=False)
    >>> part = part_of_country(ua, "south-east", 46.9, 35.8)
    >>> (part.name, part.precision.value, part.source, is_country_part(part))
    ('south-eastern Ukraine', 'region', 'geonames:690791#south-east', True)
    >>> part_of_country(ua, "centre", 49.0, 31.7).name, is_country_part(ua)
    ('central Ukraine', False)
    """
    if direction.split("-")[0] not in COMPASS_SIDES:
        raise ValueError(f"unknown side {direction!r}")
    adjective = "central" if direction == "centre" else f"{direction}ern"
    return replace(country, name=f"{adjective} {country.name}", lat=lat, lon=lon,
                   precision=Precision.REGION, population=0, capital=False,
                   source=f"{country.source}#{direction}")


def is_country_part(place: Place) -> bool:
    """Whether ``place`` is a part of a country a compass word names (see
    ``part_of_country``)."""
    _, sep, side = place.source.rpartition("#")
    return bool(sep) and side.split("-")[0] in COMPASS_SIDES


def area_radius_m(source: str) -> float | None:
    """The radius of doubt of an area known by its centre (see ``AREA_RADIUS_M``), from its
    source id; None for any other source."""
    _, sep, unit = source.rpartition("#")
    return AREA_RADIUS_M.get(unit) if sep else None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A ranked answer to a query: a place, how well it fits, and why.

    ``score`` is in [0, 1] and is meant to be read as a probability that this is the place meant.
    ``match`` says how the name matched (``exact``, ``transliteration``, ``inflection``,
    ``fuzzy``); ``reasons`` lists the context evidence that moved the score.
    ``geometry`` is a GeoJSON-like mapping (lon/lat order) for regions and countries, else None.
    """

    place: Place
    score: float
    match: str
    matched_name: str
    reasons: tuple[str, ...] = ()
    geometry: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not (0.0 <= self.score <= 1.0) or math.isnan(self.score):
            raise ValueError(f"score must be in [0, 1], got {self.score!r}")

    # Convenience accessors so callers need not reach through .place
    @property
    def name(self) -> str:
        return self.place.name

    @property
    def lat(self) -> float:
        return self.place.lat

    @property
    def lon(self) -> float:
        return self.place.lon

    @property
    def precision(self) -> Precision:
        return self.place.precision

    @property
    def source(self) -> str:
        return self.place.source

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``dronemap geocode --json``."""
        p = self.place
        out: dict[str, Any] = {
            "place_id": p.place_id,
            "name": p.name,
            "country": p.country,
            "admin1": p.admin1,
            "lat": round(p.lat, 6),
            "lon": round(p.lon, 6),
            "precision": p.precision.value,
            "score": round(self.score, 4),
            "source": p.source,
            "match": self.match,
            "matched_name": self.matched_name,
            "population": p.population,
            "occupied": p.occupied,
            "reasons": list(self.reasons),
        }
        if self.geometry is not None:
            out["geometry"] = self.geometry
        return out
