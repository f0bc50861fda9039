"""Score extracted mentions against hand-annotated gold: recognition, resolution, roles.

The rules are those of the project's evaluation READMEs (seed gold and GeoWebNews):

* **Recognition.** In a report whose gold rows all carry ``start``/``end``, predictions are
  paired one-to-one with gold mentions by span overlap (the largest overlaps first); a
  prediction without offsets takes the first unmatched gold mention with the same surface.
  Predictions that pair with a *neutral* mention count neither way. In a report whose gold has
  no offsets, distinct (report, normalised surface) pairs are compared instead.
* **Resolution** (seed rule). Each distinct gold (report, surface) is a hit when the
  best-scoring prediction with that surface lies within 10 km of the gold point (facility,
  settlement), within 161 km (region), or in the same country (country, or gold without a
  point).
* **acc@161 km** over gold mentions with a point, end to end and given recognition, with the
  median and mean error and the AUC of ln(1 + error) / ln(1 + 20039) (Gritta et al.).
* **Roles.** Precision and recall over (report, place, role) triples whose role is not
  ``other``, places compared by the resolution rule. A gold place without a point that is not
  a country is matched by a prediction with its own surface, located or not, and by no other:
  no other place of that country stands for a place the annotator could not locate.

Everything here is a pure function of its inputs; nothing is read but the gold file.
"""

from __future__ import annotations

import json
import math
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

import numpy as np
from scipy.optimize import linear_sum_assignment

from gazetteer.model import Precision, check_coordinates
from geodata.errors import GoldError
from geodata.model import Role

EARTH_RADIUS_KM = 6371.0088
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the largest possible error
ACC_KM = 161.0  # 100 miles, the literature's accuracy threshold
FACILITY_STRICT_KM = 3.0
RESOLUTION_LIMIT_KM = {
    Precision.FACILITY.value: 10.0,
    Precision.SETTLEMENT.value: 10.0,
    Precision.REGION.value: 161.0,
}

_PRECISIONS = frozenset(p.value for p in Precision)
_ROLES = frozenset(r.value for r in Role)
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032"})


# ----------------------------------------------------------------------------- result values


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 with the counts behind them; None where a ratio has no
    denominator. Recognition scores place mentions; roles score (report, place, role) triples,
    ``other`` left out."""

    precision: float | None
    recall: float | None
    f1: float | None
    tp: int
    fp: int
    fn: int

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> Score:
        """The score of these counts."""
        return cls(*_prf(tp, fp, fn), tp=tp, fp=fp, fn=fn)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Seed-rule resolution accuracy over ``n`` distinct gold (report, surface) pairs."""

    accuracy: float | None
    n: int
    hits: int
    acc_3km_facility: float | None


@dataclass(frozen=True, slots=True)
class Acc161:
    """Accuracy at 161 km over all gold mentions with a point (``n``) and recognised ones."""

    all: float | None
    recognised: float | None
    median_km: float | None
    mean_km: float | None
    auc: float | None
    n: int = 0
    n_recognised: int = 0


@dataclass(frozen=True, slots=True)
class Miss:
    """One error, named by report and surface; the other fields are filled where they apply."""

    report: str
    surface: str
    start: int | None = None
    end: int | None = None
    role: str = ""
    name: str = ""  # the predicted place name
    distance_km: float | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Misses:
    """Every error, by kind, sorted by report and position."""

    unrecognised: tuple[Miss, ...] = ()
    false_positives: tuple[Miss, ...] = ()
    wrong_resolutions: tuple[Miss, ...] = ()
    missed_roles: tuple[Miss, ...] = ()
    spurious_roles: tuple[Miss, ...] = ()


@dataclass(frozen=True, slots=True)
class EvalResult:
    """All scores of one evaluation run and the errors behind them."""

    recognition: Score
    resolution: Resolution
    acc161: Acc161
    roles: Score
    misses: Misses = field(default_factory=Misses)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with stable keys (``recognition``, ``resolution``, ``acc161``,
        ``roles``, ``misses``); floats are rounded for readability."""
        return {
            "recognition": _rounded(asdict(self.recognition)),
            "resolution": _rounded(asdict(self.resolution)),
            "acc161": _rounded(asdict(self.acc161)),
            "roles": _rounded(asdict(self.roles)),
            "misses": {
                kind: [_rounded(asdict(miss)) for miss in getattr(self.misses, kind)]
                for kind in Misses.__dataclass_fields__
            },
        }


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class _Gold:
    row: int
    report: str
    surface: str
    key: str
    start: int | None
    end: int | None
    lat: float | None
    lon: float | None
    precision: str
    country: str
    role: str
    place_key: str


@dataclass(frozen=True, slots=True)
class _Pred:
    index: int
    report: str
    surface: str
    key: str
    start: int | None
    end: int | None
    lat: float | None
    lon: float | None
    country: str
    name: str
    score: float
    roles: tuple[str, ...]


def normalise_surface(surface: str) -> str:
    """The form in which surfaces are compared: NFC, case-folded, apostrophes unified,
    whitespace collapsed, without a final full stop (an abbreviation's dot that may also end
    the sentence: "із Бєлгородської обл.").

    >>> normalise_surface("  Zaporizhzhia\u2019s   OBLAST ")
    "zaporizhzhia's oblast"
    >>> normalise_surface("Сумської обл.") == normalise_surface("Сумської обл")
    True
    """
    text = unicodedata.normalize("NFC", surface).translate(_APOSTROPHES)
    return " ".join(text.casefold().split()).rstrip(".")


def gold_roles(rows: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], frozenset[Role]]:
    """The roles other than ``other`` that gold rows give each (report, normalised surface).

    >>> gold_roles([{"report": "a.md", "surface": "Kyiv", "role": "strike_target"},
    ...             {"report": "a.md", "surface": "Lviv", "role": "other"}])
    {('a.md', 'kyiv'): frozenset({<Role.STRIKE_TARGET: 'strike_target'>})}
    """
    out: dict[tuple[str, str], set[Role]] = defaultdict(set)
    for g in _gold_rows(rows, "gold"):
        if g.role != Role.OTHER.value:
            out[(g.report, normalise_surface(g.surface))].add(Role(g.role))
    return {k: frozenset(v) for k, v in out.items()}


def select_gold(
    rows: Sequence[Mapping[str, Any]], only: Sequence[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split gold rows by ``FIELD=V1,V2`` filters: (rows every filter keeps, the rest).

    The rest are meant to be scored as neutral, so that finding them is neither rewarded nor
    counted as a false positive (``--only gwn_type=Literal`` scores literal toponyms alone).

    >>> kept, rest = select_gold([{"t": "a"}, {"t": "b"}], ["t=a"])
    >>> [r["t"] for r in kept], [r["t"] for r in rest]
    (['a'], ['b'])
    """
    wanted: list[tuple[str, set[str]]] = []
    for item in only:
        field, sep, values = item.partition("=")
        if not sep or not field.strip() or not values.strip():
            raise GoldError(f"filter {item!r} must look like FIELD=VALUE[,VALUE...]")
        wanted.append((field.strip(), {v.strip() for v in values.split(",") if v.strip()}))
    kept: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    for row in rows:
        ok = all(str(row.get(field)) in values for field, values in wanted)
        (kept if ok else rest).append(dict(row))
    return kept, rest


def load_gold(path: Path | str) -> list[dict[str, Any]]:
    """Read a gold (or neutral) JSONL file into a list of row dicts, one per non-blank line.

    Raises GoldError naming the file and line number when a line is not a JSON object or a
    field has the wrong type (see the evaluation README for the fields).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise GoldError(f"{path}: gold file not found; check the path") from err
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: gold file is not UTF-8; convert it with iconv") from err
    except OSError as err:
        raise GoldError(f"{path}: cannot read the gold file ({err.strerror or err})") from err
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(
                f"{path} line {number}: not valid JSON ({err.msg}); each line must be one "
                "JSON object"
            ) from err
        problem = _gold_problem(row)
        if problem:
            raise GoldError(f"{path} line {number}: {problem}")
        rows.append(row)
    return rows


def _gold_problem(row: Any) -> str | None:
    """What is wrong with one gold row, or None when it is well-formed."""
    if not isinstance(row, dict):
        return f"expected a JSON object, got {type(row).__name__}"
    for name in ("report", "surface"):
        if not isinstance(row.get(name), str) or not row[name].strip():
            return f"field {name!r} must be a non-empty string"
    start, end = row.get("start"), row.get("end")
    if (start is None) != (end is None):
        return "give both 'start' and 'end', or neither"
    if start is not None and not (_is_int(start) and _is_int(end) and 0 <= start < end):
        return f"'start'/'end' must be integers with 0 <= start < end, got {start!r}, {end!r}"
    lat, lon = row.get("lat"), row.get("lon")
    if (lat is None) != (lon is None):
        return "give both 'lat' and 'lon', or set both to null"
    if lat is not None:
        if not (_is_number(lat) and _is_number(lon)):
            return f"'lat'/'lon' must be numbers, got {lat!r}, {lon!r}"
        try:
            check_coordinates(float(lat), float(lon))
        except ValueError as err:
            return str(err)
    precision = row.get("precision")
    if precision is not None and precision not in _PRECISIONS:
        return f"'precision' must be one of {sorted(_PRECISIONS)}, got {precision!r}"
    role = row.get("role")
    if role is not None and role not in _ROLES:
        return f"'role' must be one of {sorted(_ROLES)}, got {role!r}"
    country = row.get("country")
    if country is not None and not isinstance(country, str):
        return f"'country' must be a string (ISO 3166-1 alpha-2), got {country!r}"
    return None


def _gold_rows(rows: Sequence[Mapping[str, Any]], what: str) -> list[_Gold]:
    out: list[_Gold] = []
    for index, row in enumerate(rows):
        problem = _gold_problem(dict(row) if isinstance(row, Mapping) else row)
        if problem:
            raise GoldError(f"{what} row {index}: {problem}")
        surface = row["surface"]
        canonical = row.get("canonical")
        lat, lon = row.get("lat"), row.get("lon")
        out.append(
            _Gold(
                row=index,
                report=row["report"],
                surface=surface,
                key=normalise_surface(surface),
                start=row.get("start"),
                end=row.get("end"),
                lat=None if lat is None else float(lat),
                lon=None if lon is None else float(lon),
                precision=row.get("precision") or "",
                country=(row.get("country") or "").upper(),
                role=row.get("role") or Role.OTHER.value,
                place_key=normalise_surface(canonical if isinstance(canonical, str) else surface),
            )
        )
    return out


def _predictions(rows: Sequence[Mapping[str, Any]]) -> list[_Pred]:
    out: list[_Pred] = []
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise GoldError(f"prediction {index}: expected a mapping, got {type(row).__name__}")
        report, surface = row.get("report"), row.get("surface")
        if not isinstance(report, str) or not report or not isinstance(surface, str):
            raise GoldError(
                f"prediction {index}: needs string 'report' and 'surface' fields, as printed "
                "by `dronemap extract`"
            )
        start, end = row.get("start"), row.get("end")
        if not (_is_int(start) and _is_int(end) and 0 <= start < end):
            start = end = None  # no usable span: matched by surface instead
        lat, lon = row.get("lat"), row.get("lon")
        if not (_is_number(lat) and _is_number(lon)):
            lat = lon = None
        roles = row.get("roles", row.get("role"))  # a gold-style single `role` is accepted
        if isinstance(roles, str):
            roles = [roles]
        elif not isinstance(roles, list | tuple):
            roles = []
        score = row.get("score")
        out.append(
            _Pred(
                index=index,
                report=report,
                surface=surface,
                key=normalise_surface(surface),
                start=start,
                end=end,
                lat=None if lat is None else float(lat),
                lon=None if lon is None else float(lon),
                country=str(row.get("country") or "").upper(),
                name=str(row.get("name") or ""),
                score=float(score) if _is_number(score) else 0.0,
                roles=tuple(str(role) for role in roles if role),
            )
        )
    return out


# ----------------------------------------------------------------------------- scoring


def evaluate(
    predictions: Sequence[Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    *,
    neutral: Sequence[Mapping[str, Any]] = (),
    reports: Collection[str] | None = None,
) -> EvalResult:
    """Score ``predictions`` (dicts as printed by ``dronemap extract``) against ``gold`` rows.

    Only predictions for reports that have gold, or that are named in ``reports``, are
    counted. ``neutral`` rows (same format) mark mentions whose finding is neither rewarded
    nor penalised. Raises GoldError on a malformed gold or prediction row.
    """
    golds = _gold_rows(gold, "gold")
    neutrals = _gold_rows(neutral, "neutral")
    scope = {g.report for g in golds} | set(reports or ())
    preds = [p for p in _predictions(predictions) if p.report in scope]

    gold_by_report = _group(golds)
    neutral_by_report = _group(neutrals)
    pred_by_report = _group(preds)
    spans_default = bool(golds) and all(g.start is not None for g in golds)

    mentions: list[tuple[_Gold, _Pred | None]] = []
    false_positives: list[_Pred] = []
    for report in sorted(scope):
        report_gold = gold_by_report.get(report, [])
        use_spans = all(g.start is not None for g in report_gold) if report_gold else spans_default
        matcher = _match_spans if use_spans else _match_surfaces
        matched, fps = matcher(
            report_gold, neutral_by_report.get(report, []), pred_by_report.get(report, [])
        )
        mentions.extend(matched)
        false_positives.extend(fps)

    tp = sum(1 for _, pred in mentions if pred is not None)
    recognition = Score.of(tp, len(false_positives), len(mentions) - tp)
    resolution, wrong = _resolution(golds, pred_by_report)
    role_score, missed_roles, spurious_roles = _roles(golds, preds)
    misses = Misses(
        unrecognised=tuple(
            _sorted_misses(
                Miss(g.report, g.surface, g.start, g.end) for g, pred in mentions if pred is None
            )
        ),
        false_positives=tuple(
            _sorted_misses(
                Miss(p.report, p.surface, p.start, p.end, name=p.name) for p in false_positives
            )
        ),
        wrong_resolutions=tuple(_sorted_misses(wrong)),
        missed_roles=tuple(_sorted_misses(missed_roles)),
        spurious_roles=tuple(_sorted_misses(spurious_roles)),
    )
    return EvalResult(
        recognition=recognition,
        resolution=resolution,
        acc161=_acc161(mentions),
        roles=role_score,
        misses=misses,
    )


def _match_spans(
    gold: list[_Gold], neutral: list[_Gold], preds: list[_Pred]
) -> tuple[list[tuple[_Gold, _Pred | None]], list[_Pred]]:
    """One-to-one pairing of predictions with gold spans in one report (see module doc)."""
    mentions = _distinct(gold, lambda g: (g.start, g.end))
    pairs, left = _pair_by_overlap(mentions, preds)
    # Predictions of neutral mentions are left out of every count.
    _, left = _pair_by_overlap(_distinct(neutral, lambda g: (g.start, g.end)), left)
    surface_only = {g.key for g in neutral if g.start is None}
    left = [pred for pred in left if pred.key not in surface_only]
    return [(g, pairs.get(i)) for i, g in enumerate(mentions)], left


def _pair_by_overlap(
    mentions: list[_Gold], preds: list[_Pred]
) -> tuple[dict[int, _Pred], list[_Pred]]:
    """Pair predictions with mentions: largest overlaps first, then same surface in order.

    Returns the pairs keyed by mention index, and the predictions left unpaired.
    """
    candidates = []
    for m_index, mention in enumerate(mentions):
        if mention.start is None or mention.end is None:
            continue
        for pred in preds:
            if pred.start is None or pred.end is None:
                continue
            overlap = min(mention.end, pred.end) - max(mention.start, pred.start)
            if overlap > 0:
                candidates.append((-overlap, pred.start, mention.start, pred.index, m_index, pred))
    candidates.sort(key=lambda c: c[:5])
    pairs: dict[int, _Pred] = {}
    used: set[int] = set()
    for *_, m_index, pred in candidates:
        if m_index not in pairs and pred.index not in used:
            pairs[m_index] = pred
            used.add(pred.index)
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start or 0, i))
    for pred in preds:
        if pred.index in used or pred.start is not None:
            continue
        for m_index in order:
            if m_index not in pairs and mentions[m_index].key == pred.key:
                pairs[m_index] = pred
                used.add(pred.index)
                break
    return pairs, [pred for pred in preds if pred.index not in used]


def _match_surfaces(
    gold: list[_Gold], neutral: list[_Gold], preds: list[_Pred]
) -> tuple[list[tuple[_Gold, _Pred | None]], list[_Pred]]:
    """Compare distinct normalised surfaces in one report (gold without offsets)."""
    best = _best_by_key(preds)
    mentions = _distinct(gold, lambda g: g.key)
    gold_keys = {g.key for g in mentions}
    neutral_keys = {g.key for g in neutral}
    fps = [p for key, p in best.items() if key not in gold_keys and key not in neutral_keys]
    return [(g, best.get(g.key)) for g in mentions], fps


def _resolution(
    golds: list[_Gold], pred_by_report: Mapping[str, list[_Pred]]
) -> tuple[Resolution, list[Miss]]:
    """Seed rule over distinct gold (report, surface) pairs; also lists wrong resolutions."""
    pairs = _distinct(golds, lambda g: (g.report, g.key))
    best = {report: _best_by_key(preds) for report, preds in pred_by_report.items()}
    hits = facility_n = facility_hits = 0
    wrong: list[Miss] = []
    for gold in pairs:
        pred = best.get(gold.report, {}).get(gold.key)
        is_facility = gold.precision == Precision.FACILITY.value and gold.lat is not None
        facility_n += is_facility
        if pred is None:
            continue  # not found: a recognition miss, listed there
        hit, distance, detail = _place_matches(gold, pred)
        hits += hit
        if is_facility and distance is not None and distance <= FACILITY_STRICT_KM:
            facility_hits += 1
        if not hit:
            wrong.append(
                Miss(gold.report, gold.surface, gold.start, gold.end,
                     name=pred.name or "(unresolved)", distance_km=distance, detail=detail)
            )  # fmt: skip
    return (
        Resolution(
            accuracy=_ratio(hits, len(pairs)),
            n=len(pairs),
            hits=hits,
            acc_3km_facility=_ratio(facility_hits, facility_n),
        ),
        wrong,
    )


def _place_matches(gold: _Gold, pred: _Pred) -> tuple[bool, float | None, str]:
    """Whether ``pred`` resolves to ``gold``'s place by the seed rule, the distance in km
    (None without both points) and, on a miss, why."""
    distance = None
    if gold.lat is not None and gold.lon is not None and pred.lat is not None:
        assert pred.lon is not None
        distance = haversine_km(gold.lat, gold.lon, pred.lat, pred.lon)
    limit = RESOLUTION_LIMIT_KM.get(gold.precision or Precision.SETTLEMENT.value)
    if gold.lat is None or limit is None:  # country rule
        if gold.country and pred.country == gold.country:
            return True, distance, ""
        return False, distance, f"country {pred.country or '?'}, gold {gold.country or '?'}"
    if distance is None:
        return False, None, "prediction has no point"
    if distance <= limit:
        return True, distance, ""
    return False, distance, f"{distance:.1f} km from gold, limit {limit:g} km"


def _acc161(mentions: list[tuple[_Gold, _Pred | None]]) -> Acc161:
    """acc@161 km, error statistics and AUC over gold mentions that have a point."""
    located = [(g, p) for g, p in mentions if g.lat is not None and g.lon is not None]
    recognised = [(g, p) for g, p in located if p is not None]
    errors = [
        haversine_km(g.lat, g.lon, p.lat, p.lon)  # type: ignore[arg-type]
        for g, p in recognised
        if p is not None and p.lat is not None and p.lon is not None
    ]
    hits = sum(1 for error in errors if error <= ACC_KM)
    return Acc161(
        all=_ratio(hits, len(located)),
        recognised=_ratio(hits, len(recognised)),
        median_km=statistics.median(errors) if errors else None,
        mean_km=statistics.fmean(errors) if errors else None,
        auc=error_auc(errors) if errors else None,
        n=len(located),
        n_recognised=len(recognised),
    )


def _roles(golds: list[_Gold], preds: list[_Pred]) -> tuple[Score, list[Miss], list[Miss]]:
    """Role triples: gold places by canonical name, predicted places by their resolution."""
    other = Role.OTHER.value
    gold_triples = _distinct(
        [g for g in golds if g.role != other], lambda g: (g.report, g.place_key, g.role)
    )
    # (a mention of a place the annotator could not locate is that place, wherever it is put:
    # not one with another place read at the same point, "village X, Y region" at Y's centre)
    unlocated = {(g.report, g.key) for g in gold_triples
                 if g.lat is None and g.precision != Precision.COUNTRY.value}
    best: dict[tuple[Any, ...], tuple[_Pred, str]] = {}
    for pred in sorted(preds, key=lambda p: (-p.score, p.index)):
        place = ("surface", pred.key) if (pred.report, pred.key) in unlocated \
            else _predicted_place(pred)
        for role in dict.fromkeys(pred.roles):
            if role != other:
                best.setdefault((pred.report, role, *place), (pred, role))
    pred_triples = list(best.values())

    # (each report and role is its own assignment problem: as many gold triples matched as
    # can be, and among such matchings the one of least total distance; matching the nearest
    # pairs first would let a town's prediction take the gold of the region around it and
    # leave both the region's prediction and the town's gold unmatched)
    blocks: dict[tuple[str, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for g_index, gold in enumerate(gold_triples):
        blocks[(gold.report, gold.role)][0].append(g_index)
    for p_index, (pred, role) in enumerate(pred_triples):
        if (pred.report, role) in blocks:
            blocks[(pred.report, role)][1].append(p_index)
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for g_indices, p_indices in blocks.values():
        if not p_indices:
            continue
        cost = np.full((len(g_indices), len(p_indices)), _NO_MATCH)
        for row, g_index in enumerate(g_indices):
            gold = gold_triples[g_index]
            for col, p_index in enumerate(p_indices):
                pred = pred_triples[p_index][0]
                if gold.lat is None and gold.precision != Precision.COUNTRY.value:
                    # (a place nobody could locate is its mention, whether or not the
                    # prediction has a point)
                    hit, distance = pred.key == gold.key, None
                else:
                    hit, distance, _ = _place_matches(gold, pred)
                if hit:
                    cost[row, col] = distance or 0.0
        for row, col in zip(*linear_sum_assignment(cost), strict=True):
            if cost[row, col] < _NO_MATCH:
                matched_gold.add(g_indices[row])
                matched_pred.add(p_indices[col])

    tp = len(matched_gold)
    fp, fn = len(pred_triples) - tp, len(gold_triples) - tp
    missed = [
        Miss(g.report, g.surface, g.start, g.end, role=g.role)
        for i, g in enumerate(gold_triples)
        if i not in matched_gold
    ]
    spurious = [
        Miss(p.report, p.surface, p.start, p.end, role=role, name=p.name)
        for i, (p, role) in enumerate(pred_triples)
        if i not in matched_pred
    ]
    return Score.of(tp, fp, fn), missed, spurious


#: the cost of pairing a gold role triple with a prediction that does not match it (more than
#: any sum of distances on Earth over the triples of one report)
_NO_MATCH = 1e12


def _predicted_place(pred: _Pred) -> tuple[Any, ...]:
    """Identity of a predicted place, so repeated mentions of it make one role triple."""
    if pred.lat is not None and pred.lon is not None:
        return ("point", normalise_surface(pred.name), round(pred.lat, 4), round(pred.lon, 4))
    if pred.country:
        return ("country", normalise_surface(pred.name), pred.country)
    return ("surface", pred.key)


# ----------------------------------------------------------------------------- measures


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points, on a sphere of mean radius.

    >>> round(haversine_km(0.0, 0.0, 0.0, 1.0), 1)
    111.2
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def error_auc(errors_km: Sequence[float]) -> float:
    """Area under the sorted curve of ln(1 + error) / ln(1 + 20039), by the trapezoidal rule
    on [0, 1]: 0 when every error is 0, 1 when every error is half the globe. Lower is better.
    """
    if not errors_km:
        raise ValueError("error_auc needs at least one error")
    scale = math.log1p(MAX_ERROR_KM)
    ys = [math.log1p(min(max(e, 0.0), MAX_ERROR_KM)) / scale for e in sorted(errors_km)]
    if len(ys) == 1:
        return ys[0]
    return (sum(ys) - (ys[0] + ys[-1]) / 2) / (len(ys) - 1)


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    if precision is None or recall is None:
        return precision, recall, None
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# ----------------------------------------------------------------------------- text report


def format_text(result: EvalResult, *, max_misses: int = 25) -> str:
    """A readable table of the scores followed by the misses (at most ``max_misses`` a kind)."""
    rec, res, acc, roles = result.recognition, result.resolution, result.acc161, result.roles
    lines = [
        f"{'measure':<14}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}",
        f"{'recognition':<14}{_f(rec.precision):>8}{_f(rec.recall):>8}{_f(rec.f1):>8}"
        f"{rec.tp:>7}{rec.fp:>7}{rec.fn:>7}",
        f"{'roles':<14}{_f(roles.precision):>8}{_f(roles.recall):>8}{_f(roles.f1):>8}"
        f"{roles.tp:>7}{roles.fp:>7}{roles.fn:>7}",
        "",
        f"resolution    accuracy {_f(res.accuracy)} ({res.hits}/{res.n} report-surface pairs), "
        f"acc@3km facility {_f(res.acc_3km_facility)}",
        f"acc@161 km    all {_f(acc.all)} (n={acc.n}), recognised {_f(acc.recognised)} "
        f"(n={acc.n_recognised}), median {_f(acc.median_km, 1)} km, "
        f"mean {_f(acc.mean_km, 1)} km, AUC {_f(acc.auc)}",
    ]
    for kind in Misses.__dataclass_fields__:
        misses: tuple[Miss, ...] = getattr(result.misses, kind)
        if not misses:
            continue
        lines += ["", f"{kind.replace('_', ' ')} ({len(misses)}):"]
        lines += [f"  {_describe(miss)}" for miss in misses[:max_misses]]
        if len(misses) > max_misses:
            lines.append(f"  ... and {len(misses) - max_misses} more")
    return "\n".join(lines)


def _describe(miss: Miss) -> str:
    parts = [miss.report, repr(miss.surface)]
    if miss.start is not None:
        parts.append(f"[{miss.start}:{miss.end}]")
    if miss.role:
        parts.append(miss.role)
    if miss.name:
        parts.append(f"-> {miss.name}")
    if miss.detail:
        parts.append(f"({miss.detail})")
    elif miss.distance_km is not None:
        parts.append(f"({miss.distance_km:.1f} km)")
    return " ".join(parts)


def _f(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


# ----------------------------------------------------------------------------- helpers


def _group(items: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        grouped[item.report].append(item)
    return grouped


def _distinct(items: Iterable[Any], key: Any) -> list[Any]:
    """The first item of each key, in input order."""
    seen: dict[Any, Any] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def _best_by_key(preds: Iterable[_Pred]) -> dict[str, _Pred]:
    """The best-scoring prediction of each normalised surface (the first one on ties)."""
    best: dict[str, _Pred] = {}
    for pred in preds:
        current = best.get(pred.key)
        if current is None or pred.score > current.score:
            best[pred.key] = pred
    return best


def _sorted_misses(misses: Iterable[Miss]) -> list[Miss]:
    return sorted(misses, key=lambda m: (m.report, m.start if m.start is not None else -1,
                                         m.surface, m.role))  # fmt: skip


def _rounded(values: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in values.items()}


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> TypeGuard[int | float]:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )
