"""Load the small region, country and curated-place tables that ship inside the package.

The files live in ``gazetteer/data/`` and are derived by ``scripts/derive_boundaries.py``
(regions and countries) or edited by hand (``curated_places.csv``); ``SOURCES.md`` there says
where each comes from. Every loader accepts an optional ``path`` so tests and tools can load
another copy; without it the packaged file is read with :mod:`importlib.resources`.

>>> import shapely
>>> kherson = next(r for r in load_regions() if r.iso_3166_2 == "UA-65")
>>> shape_of(kherson).contains(shapely.Point(32.6169, 46.6354))
True
"""

from __future__ import annotations

import csv
import functools
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from gazetteer.errors import DataError

if TYPE_CHECKING:  # shapely is imported where a shape is built: loading the index needs none
    from shapely.geometry.base import BaseGeometry
from gazetteer.model import CURATED_PREFIX, Precision, check_coordinates

REGIONS_FILE = "regions.geojson"
WORLD_ADMIN1_FILE = "admin1_world.csv"
COUNTRIES_FILE = "countries.geojson"
CURATED_FILE = "curated_places.csv"

WORLD_ADMIN1_COLUMNS = (
    "iso_3166_2",
    "country",
    "name",
    "name_uk",
    "name_ru",
    "alt_names",
    "type_en",
    "gn_a1",
    "gn_id",
    "lat",
    "lon",
    "source",
)
CURATED_COLUMNS = (
    "name",
    "names_cyrillic",
    "other_spellings",
    "precision",
    "country",
    "admin1",
    "lat",
    "lon",
    "source",
    "note",
    "radius_km",
)
KINDS = ("admin1", "country")

_COUNTRY = re.compile(r"[A-Z]{2}")
_ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_GN_A1 = re.compile(r"[A-Z]{2}\.[A-Z0-9]{1,3}")
_GEOMETRY_TYPES = ("Polygon", "MultiPolygon")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class RegionRecord:
    """An admin-1 region or a country, as stored in the region and country files.

    ``kind`` is ``"admin1"`` or ``"country"``. For a country ``iso_3166_2`` and ``country``
    both hold its ISO 3166-1 alpha-2 code and ``iso_a3`` its alpha-3 code. ``iso_3166_2`` is ""
    where the source has no ISO code (disputed or unnamed units). ``source`` names the record
    uniquely (``naturalearth:<ne_id>`` or ``naturalearth:admin0:<iso_a2>``). ``geometry`` is a
    GeoJSON mapping (lon/lat order) or None for the world admin-1 table; turn it into a
    shapely object with :func:`shape_of`.
    """

    kind: str
    iso_3166_2: str
    country: str
    name: str
    lat: float
    lon: float
    source: str
    name_uk: str | None = None
    name_ru: str | None = None
    name_be: str | None = None
    alt_names: tuple[str, ...] = ()
    type_en: str | None = None
    gn_a1: str | None = None
    gn_id: int | None = None
    occupied: bool = False
    iso_a3: str | None = None
    geometry: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        if not self.name.strip():
            raise ValueError("name is empty")
        if not self.source.strip():
            raise ValueError(f"{self.name!r} has no source; every record must name its source")
        if not _COUNTRY.fullmatch(self.country):
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {self.country!r}")
        if self.kind == "admin1" and self.iso_3166_2 and not _ISO_3166_2.fullmatch(self.iso_3166_2):
            raise ValueError(f"iso_3166_2 {self.iso_3166_2!r} is not like 'UA-65'")
        if self.gn_a1 is not None and not _GN_A1.fullmatch(self.gn_a1):
            raise ValueError(f"gn_a1 {self.gn_a1!r} is not a GeoNames admin1 code like 'UA.08'")
        if self.gn_id is not None and self.gn_id <= 0:
            raise ValueError(f"gn_id must be positive, got {self.gn_id!r}")
        check_coordinates(self.lat, self.lon)
        if self.geometry is not None and self.geometry.get("type") not in _GEOMETRY_TYPES:
            raise ValueError(
                f"geometry must be a Polygon or MultiPolygon, got {self.geometry.get('type')!r}"
            )


@dataclass(frozen=True, slots=True)
class CuratedRecord:
    """One hand-curated place: a facility, water body or feature that GeoNames lacks.

    ``row`` is the 1-based data row in ``curated_places.csv``, so ``curated:<row>`` traces a
    gazetteer result back to its line. ``admin1`` is an ISO 3166-2 code or "" (water bodies and
    features spanning regions); ``country`` is "" only for seas and straits between countries.
    ``radius_km`` is an area's radius of doubt around its point (a sea's equal-area radius, half a
    spit's length), None where the table gives none; points (facilities, settlements) have none.
    """

    row: int
    name: str
    names_cyrillic: tuple[str, ...]
    other_spellings: tuple[str, ...]
    precision: Precision
    country: str
    admin1: str
    lat: float
    lon: float
    source: str
    note: str = ""
    radius_km: float | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("name is empty")
        if self.radius_km is not None:
            if not (math.isfinite(self.radius_km) and self.radius_km > 0):
                raise ValueError(f"radius_km must be a positive number, got {self.radius_km!r}")
            if self.precision.rank < Precision.REGION.rank:
                raise ValueError(
                    f"a {self.precision.value} is a point; "
                    "leave radius_km empty or make it a region"
                )
        if not self.source.strip():
            raise ValueError(f"{self.name!r} has no source; write where the facts come from")
        if self.country and not _COUNTRY.fullmatch(self.country):
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {self.country!r}")
        if self.admin1:
            if not _ISO_3166_2.fullmatch(self.admin1):
                raise ValueError(f"admin1 {self.admin1!r} is not an ISO 3166-2 code like 'BY-HO'")
            if self.admin1[:2] != self.country:
                raise ValueError(
                    f"admin1 {self.admin1!r} does not belong to country {self.country!r}"
                )
        check_coordinates(self.lat, self.lon)

    @property
    def all_names(self) -> tuple[str, ...]:
        """The name, then every Cyrillic name and other spelling."""
        return (self.name, *self.names_cyrillic, *self.other_spellings)


def load_regions(path: Path | None = None) -> list[RegionRecord]:
    """Admin-1 regions (with polygons) of the region of interest around Ukraine."""
    if path is None:
        return list(_packaged(REGIONS_FILE, _parse_regions))
    return list(_parse_regions(_read_text(path), str(path)))


def load_countries(path: Path | None = None) -> list[RegionRecord]:
    """Every country with a simplified polygon; Crimea and Sevastopol belong to Ukraine."""
    if path is None:
        return list(_packaged(COUNTRIES_FILE, _parse_countries))
    return list(_parse_countries(_read_text(path), str(path)))


def load_world_admin1(path: Path | None = None) -> list[RegionRecord]:
    """Every other admin-1 region of the world (label point, no polygon)."""
    if path is None:
        return list(_packaged(WORLD_ADMIN1_FILE, _parse_world_admin1))
    return list(_parse_world_admin1(_read_text(path), str(path)))


def load_curated(path: Path | None = None) -> list[CuratedRecord]:
    """Hand-curated places, each naming its source."""
    if path is None:
        return list(_packaged(CURATED_FILE, _parse_curated))
    return list(_parse_curated(_read_text(path), str(path)))


def curated_radius_m(source: str) -> float | None:
    """The radius of doubt in metres the packaged curated table gives the feature whose gazetteer
    id is ``source`` (``curated:27``); None for other sources and for rows without one."""
    return _curated_radii_m().get(source)


@functools.cache
def _curated_radii_m() -> dict[str, float]:
    return {
        f"{CURATED_PREFIX}{r.row}": r.radius_km * 1000.0
        for r in load_curated()
        if r.radius_km is not None
    }


def shape_of(record: RegionRecord) -> BaseGeometry | None:
    """The record's polygon as a shapely geometry, or None when it has none.

    Built on each call; callers that test many points should keep the result (and may
    ``shapely.prepare`` it).
    """
    from shapely.errors import ShapelyError
    from shapely.geometry import shape

    if record.geometry is None:
        return None
    try:
        return shape(record.geometry)
    except (KeyError, TypeError, ValueError, ShapelyError) as err:
        raise DataError(f"{record.source}: malformed geometry ({err})") from err


def main_centroid(record: RegionRecord) -> tuple[float, float] | None:
    """(lat, lon) of the centre of the record's main landmass, or None without a polygon.

    The centre is the area-weighted mean latitude and longitude of the largest part (a
    country's mainland, not its overseas islands), weighting each degree cell by its true
    area (``cos(lat)``). Gazetteers such as GeoNames place most countries near such a centre;
    the packaged ``lat``/``lon`` is a label point chosen to sit deep inside the polygon, which
    in large or elongated countries lies hundreds of kilometres from it. Where the centre falls
    outside the part (an S- or crescent-shaped country), the point is moved to the nearest land
    of the part, so that it always lies inside it.

    >>> import shapely
    >>> france = next(r for r in load_countries() if r.country == "FR")
    >>> lat, lon = main_centroid(france)   # the mainland, not the overseas departments
    >>> shape_of(france).contains(shapely.Point(lon, lat)) and 42 < lat < 51 and -5 < lon < 8
    True
    """
    import shapely

    geom = shape_of(record)
    if geom is None or geom.is_empty:
        return None
    parts = list(getattr(geom, "geoms", [geom]))
    best: tuple[float, float, float] | None = None  # (area, lat, lon)
    best_part = parts[0]
    for part in parts:
        moments = _area_moments(part)
        if moments is not None and (best is None or moments[0] > best[0]):
            best, best_part = moments, part
    if best is None:
        return None
    _area, lat, lon = best
    if not shapely.intersects_xy(best_part, lon, lat):
        from shapely.ops import nearest_points

        edge = nearest_points(best_part, shapely.Point(lon, lat))[0]
        # a point inside, near the edge point: the boundary itself is neither in nor out
        inside = best_part.intersection(edge.buffer(_BAND_DEG)).representative_point()
        lat, lon = inside.y, inside.x
    return lat, lon


# Height (degrees) of the latitude bands a part is cut into for its centre; the cos(lat)
# weight varies by well under 1 % within a band this high.
_BAND_DEG = 0.25


def _area_moments(part: BaseGeometry) -> tuple[float, float, float] | None:
    """(cos-weighted area, mean lat, mean lon) of a polygon in lon/lat degrees."""
    import numpy as np
    import shapely

    minx, miny, maxx, maxy = part.bounds
    n = max(4, int(math.ceil((maxy - miny) / _BAND_DEG)))
    edges = np.linspace(miny, maxy, n + 1)
    pieces = shapely.intersection(part, shapely.box(minx, edges[:-1], maxx, edges[1:]))
    areas = shapely.area(pieces)
    keep = areas > 0
    if not keep.any():
        return None
    cents = shapely.centroid(pieces[keep])
    ys, xs = shapely.get_y(cents), shapely.get_x(cents)
    w = areas[keep] * np.cos(np.radians(ys))
    total = float(w.sum())
    if total <= 0:
        return None
    return total, float((ys * w).sum() / total), float((xs * w).sum() / total)


# --- reading -------------------------------------------------------------------------------


@functools.cache
def _packaged(name: str, parse: Callable[[str, str], Sequence[_T]]) -> tuple[_T, ...]:
    """Parse a packaged data file once per process."""
    try:
        text = resources.files("gazetteer").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as err:
        raise DataError(
            f"packaged data file gazetteer/data/{name} is missing; reinstall dronemap or "
            "regenerate it with scripts/derive_boundaries.py"
        ) from err
    return tuple(parse(text, f"gazetteer/data/{name}"))


def _read_text(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"cannot read {path}: {err}") from err


def _feature_collection(text: str, where: str) -> list[Mapping[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError(f"{where} is not valid JSON ({err}); regenerate it") from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise DataError(f"{where} must be a GeoJSON FeatureCollection")
    features = data.get("features")
    if not isinstance(features, list):
        raise DataError(f"{where} has no 'features' list")
    return features


def _parse_features(
    text: str, where: str, make: Callable[[Mapping[str, Any], dict[str, Any] | None], RegionRecord]
) -> list[RegionRecord]:
    """One record per feature of a GeoJSON FeatureCollection, built by ``make``."""
    out = []
    for i, feature in enumerate(_feature_collection(text, where)):
        props, geometry = _feature_parts(feature, where, i)
        out.append(_build(where, i, make, props, geometry))
    return out


def _parse_regions(text: str, where: str) -> list[RegionRecord]:
    return _parse_features(text, where, _region)


def _region(p: Mapping[str, Any], g: dict[str, Any] | None) -> RegionRecord:
    return RegionRecord(
        kind="admin1",
        iso_3166_2=_text(p, "iso_3166_2"),
        country=_text(p, "country"),
        name=_text(p, "name"),
        name_uk=_optional(p, "name_uk"),
        name_ru=_optional(p, "name_ru"),
        name_be=_optional(p, "name_be"),
        alt_names=_names(p.get("alt_names")),
        type_en=_optional(p, "type_en"),
        gn_a1=_optional(p, "gn_a1"),
        gn_id=_int_or_none(p.get("gn_id")),
        lat=_number(p, "lat"),
        lon=_number(p, "lon"),
        source=_text(p, "source"),
        occupied=_bool(p, "occupied"),
        geometry=g,
    )


def _parse_countries(text: str, where: str) -> list[RegionRecord]:
    return _parse_features(text, where, _country)


def _country(p: Mapping[str, Any], g: dict[str, Any] | None) -> RegionRecord:
    return RegionRecord(
        kind="country",
        iso_3166_2=_text(p, "iso_a2"),
        country=_text(p, "iso_a2"),
        iso_a3=_optional(p, "iso_a3"),
        name=_text(p, "name"),
        name_uk=_optional(p, "name_uk"),
        name_ru=_optional(p, "name_ru"),
        name_be=_optional(p, "name_be"),
        alt_names=_names(p.get("alt_names")),
        type_en="Country",
        gn_id=_int_or_none(p.get("gn_id")),
        lat=_number(p, "lat"),
        lon=_number(p, "lon"),
        source=_text(p, "source"),
        geometry=g,
    )


def _parse_world_admin1(text: str, where: str) -> list[RegionRecord]:
    out = []
    for i, row in _csv_rows(text, where, WORLD_ADMIN1_COLUMNS):
        out.append(_build(where, i, _world_admin1, row))
    return out


def _world_admin1(r: Mapping[str, str]) -> RegionRecord:
    return RegionRecord(
        kind="admin1",
        iso_3166_2=r["iso_3166_2"],
        country=r["country"],
        name=r["name"],
        name_uk=r["name_uk"] or None,
        name_ru=r["name_ru"] or None,
        alt_names=_names(r["alt_names"], sep="|"),
        type_en=r["type_en"] or None,
        gn_a1=r["gn_a1"] or None,
        gn_id=_int_or_none(r["gn_id"]),
        lat=_number(r, "lat"),
        lon=_number(r, "lon"),
        source=r["source"],
    )


def _parse_curated(text: str, where: str) -> list[CuratedRecord]:
    out = []
    for i, row in _csv_rows(text, where, CURATED_COLUMNS):
        out.append(_build(where, i, _curated, row, i))
    return out


def _curated(r: Mapping[str, str], n: int) -> CuratedRecord:
    return CuratedRecord(
        row=n,
        name=r["name"],
        names_cyrillic=_names(r["names_cyrillic"], sep=";"),
        other_spellings=_names(r["other_spellings"], sep=";"),
        precision=_precision(r["precision"]),
        country=r["country"],
        admin1=r["admin1"],
        lat=_number(r, "lat"),
        lon=_number(r, "lon"),
        source=r["source"],
        note=r["note"],
        radius_km=_number(r, "radius_km") if r["radius_km"] else None,
    )


def _build(where: str, index: int, make: Callable[..., _T], *args: Any) -> _T:
    """Run a record constructor, turning any validation failure into a located DataError."""
    try:
        return make(*args)
    except DataError as err:
        raise DataError(f"{where}, record {index}: {err}") from err
    except (KeyError, TypeError, ValueError) as err:
        raise DataError(f"{where}, record {index}: {err}; fix or remove that record") from err


def _csv_rows(
    text: str, where: str, columns: Sequence[str]
) -> Iterable[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(f"{where} is empty; it needs the header {','.join(columns)}") from None
    if tuple(h.strip() for h in header) != tuple(columns):
        raise DataError(
            f"{where} has columns {','.join(header)}; expected exactly {','.join(columns)}"
        )
    rows = []
    for n, values in enumerate(reader, start=1):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(columns):
            raise DataError(
                f"{where}, record {n}: {len(values)} fields, expected {len(columns)} "
                "(quote values that contain commas)"
            )
        rows.append((n, {c: v.strip() for c, v in zip(columns, values, strict=True)}))
    return rows


def _feature_parts(
    feature: Any, where: str, index: int
) -> tuple[Mapping[str, Any], dict[str, Any] | None]:
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
        raise DataError(f"{where}, feature {index}: not a GeoJSON Feature with properties")
    geometry = feature.get("geometry")
    if geometry is not None and not isinstance(geometry, dict):
        raise DataError(f"{where}, feature {index}: geometry must be an object or null")
    return feature["properties"], geometry


def _text(props: Mapping[str, Any], key: str) -> str:
    value = props.get(key)
    if value is None:
        raise ValueError(f"property {key!r} is missing")
    if not isinstance(value, str):
        raise ValueError(f"property {key!r} must be text, got {value!r}")
    return value


def _optional(props: Mapping[str, Any], key: str) -> str | None:
    value = props.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"property {key!r} must be text or null, got {value!r}")
    return value


def _number(props: Mapping[str, Any], key: str) -> float:
    value = props.get(key)
    if value is None or value == "" or isinstance(value, bool):
        raise ValueError(f"{key} is missing")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{key} must be a number, got {value!r}") from None


def _bool(props: Mapping[str, Any], key: str) -> bool:
    value = props.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false, got {value!r}")
    return value


def _int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"expected an integer id, got {value!r}")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(f"expected an integer id, got {value!r}") from None


def _names(value: Any, sep: str = "|") -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(sep) if v.strip())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"names must be text or a list of text, got {value!r}")


def _precision(value: str) -> Precision:
    try:
        return Precision(value)
    except ValueError:
        allowed = ", ".join(p.value for p in Precision)
        raise ValueError(f"unknown precision {value!r}; use one of {allowed}") from None
