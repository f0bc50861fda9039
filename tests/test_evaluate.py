"""The evaluator on tiny hand-made gold/prediction sets whose right scores are known."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geodata.errors import GoldError
from geodata.evaluate import (
    EvalResult,
    error_auc,
    evaluate,
    format_text,
    haversine_km,
    load_gold,
    normalise_surface,
    select_gold,
)

GWN = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gwn"
KM_PER_DEG_LAT = math.pi * 6371.0088 / 180  # along a meridian, on the evaluator's sphere
BASE_LAT, BASE_LON = 48.0, 31.0


def north(km: float) -> float:
    """Latitude ``km`` north of the base point."""
    return BASE_LAT + km / KM_PER_DEG_LAT


def gold(surface: str, **kw: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "report": "r1.txt",
        "surface": surface,
        "canonical": surface,
        "country": "UA",
        "lat": BASE_LAT,
        "lon": BASE_LON,
        "precision": "settlement",
        "role": "other",
    }
    row.update(kw)
    return row


def pred(surface: str, **kw: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "report": "r1.txt",
        "surface": surface,
        "start": None,
        "end": None,
        "name": surface,
        "country": "UA",
        "lat": BASE_LAT,
        "lon": BASE_LON,
        "precision": "settlement",
        "roles": ["other"],
        "score": 0.5,
    }
    row.update(kw)
    return row


# ----------------------------------------------------------------------------- recognition


def test_surface_recognition_counts_distinct_report_surface_pairs() -> None:
    golds = [gold("Eastford"), gold("Westby"), gold("Northam"), gold("Southwick")]
    golds.append(gold("Eastford", role="launch_site"))  # a second role: still one pair
    preds = [
        pred("Eastford"),
        pred("  EASTFORD "),  # same pair after normalisation
        pred("Westby"),
        pred("Lowmoor"),  # false positive
        pred("Lowmoor", report="unscored.txt"),  # report without gold: ignored
    ]
    rec = evaluate(preds, golds).recognition
    assert (rec.tp, rec.fp, rec.fn) == (2, 1, 2)
    assert rec.precision == pytest.approx(2 / 3)
    assert rec.recall == pytest.approx(0.5)
    assert rec.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_reports_argument_brings_reports_without_gold_into_scope() -> None:
    preds = [pred("Eastford"), pred("Lowmoor", report="r2.txt")]
    assert evaluate(preds, [gold("Eastford")]).recognition.fp == 0
    rec = evaluate(preds, [gold("Eastford")], reports=["r2.txt"]).recognition
    assert (rec.tp, rec.fp, rec.fn) == (1, 1, 0)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kryvyi  Rih\u2019s", "kryvyi rih's"),
        ("Bila\u00a0Tserkva", "bila tserkva"),
        ("Ma\u02bcrinka", "MA'RINKA"),
        ("Cafe\u0301", "caf\u00e9"),
        # an abbreviation's dot, which may also end the sentence, does not count
        ("Сумської обл.", "сумської обл"),
    ],
)
def test_normalise_surface_unifies_case_space_apostrophes(a: str, b: str) -> None:
    assert normalise_surface(a) == normalise_surface(b)
    assert normalise_surface(normalise_surface(a)) == normalise_surface(a)


def test_span_overlap_is_one_to_one_and_prefers_the_largest_overlap() -> None:
    golds = [gold("Port Eastford", start=10, end=23), gold("Westby", start=40, end=46)]
    preds = [
        pred("Port", start=10, end=14),
        pred("Port Eastford", start=10, end=23),
        pred("Westby Bay", start=40, end=50),
        pred("Lowmoor", start=70, end=77),
    ]
    result = evaluate(preds, golds)
    rec = result.recognition
    assert (rec.tp, rec.fp, rec.fn) == (2, 2, 0)
    assert {m.surface for m in result.misses.false_positives} == {"Port", "Lowmoor"}


def test_one_prediction_covering_two_gold_spans_matches_only_one() -> None:
    golds = [gold("Eastford", start=0, end=8), gold("Westby", start=13, end=19)]
    preds = [pred("Eastford and Westby", start=0, end=19)]
    result = evaluate(preds, golds)
    assert (result.recognition.tp, result.recognition.fp, result.recognition.fn) == (1, 0, 1)
    # "Eastford" overlaps by 8 characters, "Westby" by 6: the larger overlap wins.
    assert [m.surface for m in result.misses.unrecognised] == ["Westby"]


def test_prediction_without_offsets_matches_gold_spans_by_surface_in_order() -> None:
    golds = [gold("Eastford", start=0, end=8), gold("Eastford", start=30, end=38)]
    result = evaluate([pred("eastford")], golds)
    assert (result.recognition.tp, result.recognition.fn) == (1, 1)
    assert [m.start for m in result.misses.unrecognised] == [30]


def test_neutral_mentions_are_neither_rewarded_nor_penalised() -> None:
    golds = [gold("Eastford", start=0, end=8)]
    neutral = [{"report": "r1.txt", "surface": "Eastfordian", "start": 20, "end": 31}]
    preds = [pred("Eastford", start=0, end=8), pred("Eastfordian", start=20, end=31)]
    without = evaluate(preds, golds).recognition
    assert (without.tp, without.fp, without.fn) == (1, 1, 0)
    with_neutral = evaluate(preds, golds, neutral=neutral).recognition
    assert (with_neutral.tp, with_neutral.fp, with_neutral.fn) == (1, 0, 0)
    assert with_neutral.precision == 1.0


def test_select_gold_scores_one_kind_and_sets_the_rest_aside() -> None:
    golds = [gold("Eastford", start=0, end=8, gwn_type="Literal"),
             gold("Eastfordian", start=20, end=31, gwn_type="Non_Literal_Modifier")]
    kept, rest = select_gold(golds, ["gwn_type=Literal,Mixed"])
    assert [g["surface"] for g in kept] == ["Eastford"]
    assert [g["surface"] for g in rest] == ["Eastfordian"]
    preds = [pred("Eastford", start=0, end=8), pred("Eastfordian", start=20, end=31)]
    scored = evaluate(preds, kept, neutral=rest).recognition
    assert (scored.tp, scored.fp, scored.fn) == (1, 0, 0)
    missing = evaluate(preds[1:], kept, neutral=rest).recognition
    assert (missing.tp, missing.fp, missing.fn) == (0, 0, 1)


@pytest.mark.parametrize("bad", ["gwn_type", "=Literal", "gwn_type="])
def test_select_gold_rejects_malformed_filters(bad: str) -> None:
    with pytest.raises(GoldError, match="FIELD=VALUE"):
        select_gold([gold("Eastford")], [bad])


def test_neutral_surfaces_apply_to_gold_without_offsets() -> None:
    neutral = [{"report": "r1.txt", "surface": "Eastfordians"}]
    preds = [pred("Eastford"), pred("Eastfordians")]
    assert evaluate(preds, [gold("Eastford")]).recognition.fp == 1
    assert evaluate(preds, [gold("Eastford")], neutral=neutral).recognition.fp == 0


def test_touching_spans_do_not_overlap() -> None:
    golds = [gold("Eastford", start=0, end=8)]
    rec = evaluate([pred("Westby", start=8, end=14)], golds).recognition
    assert (rec.tp, rec.fp, rec.fn) == (0, 1, 1)


def test_neutral_rows_without_offsets_also_apply_to_span_gold() -> None:
    golds = [gold("Eastford", start=0, end=8)]
    neutral = [{"report": "r1.txt", "surface": "English"}]
    preds = [pred("Eastford", start=0, end=8), pred("english", start=30, end=37)]
    assert evaluate(preds, golds).recognition.fp == 1
    assert evaluate(preds, golds, neutral=neutral).recognition.fp == 0


# ----------------------------------------------------------------------------- resolution


@pytest.mark.parametrize(
    "precision, km, hit",
    [
        ("settlement", 9.0, True),
        ("settlement", 11.0, False),
        ("facility", 9.0, True),
        ("facility", 11.0, False),
        ("region", 150.0, True),
        ("region", 170.0, False),
    ],
)
def test_distance_rule_by_gold_precision(precision: str, km: float, hit: bool) -> None:
    golds = [gold("Eastford", precision=precision)]
    res = evaluate([pred("Eastford", lat=north(km))], golds).resolution
    assert (res.hits, res.n, res.accuracy) == (int(hit), 1, float(hit))


def test_facility_accuracy_at_3_km() -> None:
    golds = [
        gold("Eastford airfield", precision="facility"),
        gold("Westby depot", precision="facility"),
        gold("Northam", precision="settlement"),
    ]
    preds = [
        pred("Eastford airfield", lat=north(2.0)),
        pred("Westby depot", lat=north(5.0)),
        pred("Northam", lat=north(1.0)),
    ]
    res = evaluate(preds, golds).resolution
    assert (res.hits, res.accuracy) == (3, 1.0)
    assert res.acc_3km_facility == pytest.approx(0.5)


@pytest.mark.parametrize(
    "gold_kw, pred_kw, hit",
    [
        ({"precision": "country"}, {"lat": 50.0, "lon": 24.0}, True),  # far, same country
        ({"precision": "country"}, {"country": "by"}, False),  # same point, other country
        ({"lat": None, "lon": None}, {"lat": 10.0, "lon": 10.0}, True),  # no gold point
        ({"lat": None, "lon": None}, {"country": "RU"}, False),
        ({"lat": None, "lon": None, "country": ""}, {"country": ""}, False),
    ],
)
def test_country_rule(gold_kw: dict[str, Any], pred_kw: dict[str, Any], hit: bool) -> None:
    res = evaluate([pred("Eastland", **pred_kw)], [gold("Eastland", **gold_kw)]).resolution
    assert res.hits == int(hit)


def test_the_best_scoring_prediction_of_a_surface_is_the_one_judged() -> None:
    golds = [gold("Eastford")]
    right, wrong = {"lat": north(1.0)}, {"lat": north(50.0), "name": "Eastford (other)"}
    good = evaluate([pred("Eastford", score=0.9, **right), pred("Eastford", score=0.2, **wrong)],
                    golds)  # fmt: skip
    bad = evaluate([pred("Eastford", score=0.2, **right), pred("Eastford", score=0.9, **wrong)],
                   golds)  # fmt: skip
    assert good.resolution.hits == 1
    assert bad.resolution.hits == 0
    [miss] = bad.misses.wrong_resolutions
    assert miss.name == "Eastford (other)"
    assert miss.distance_km == pytest.approx(50.0, abs=0.01)


def test_unresolved_prediction_is_found_but_wrong() -> None:
    result = evaluate([pred("Eastford", lat=None, lon=None, name="")], [gold("Eastford")])
    assert result.recognition.tp == 1
    assert result.resolution.hits == 0
    assert result.misses.wrong_resolutions[0].detail == "prediction has no point"


# ----------------------------------------------------------------------------- acc@161


def test_acc161_over_all_and_recognised_with_error_statistics() -> None:
    golds = [gold(f"P{i}", start=10 * i, end=10 * i + 2) for i in range(4)]
    errors = [0.0, 100.0, 300.0]
    preds = [
        pred(f"P{i}", start=10 * i, end=10 * i + 2, lat=north(km)) for i, km in enumerate(errors)
    ]
    acc = evaluate(preds, golds).acc161
    assert (acc.n, acc.n_recognised) == (4, 3)
    assert acc.all == pytest.approx(2 / 4)
    assert acc.recognised == pytest.approx(2 / 3)
    assert acc.median_km == pytest.approx(100.0, abs=1e-6)
    assert acc.mean_km == pytest.approx(400.0 / 3, abs=1e-6)
    assert acc.auc == pytest.approx(error_auc(errors))


def test_recognised_mention_without_a_point_is_an_acc161_miss() -> None:
    golds = [gold("Eastford", start=0, end=8)]
    acc = evaluate([pred("Eastford", start=0, end=8, lat=None, lon=None)], golds).acc161
    assert (acc.all, acc.recognised, acc.median_km, acc.auc) == (0.0, 0.0, None, None)


def test_error_auc_known_values() -> None:
    assert error_auc([0.0, 0.0]) == 0.0
    assert error_auc([20039.0]) == pytest.approx(1.0)
    assert error_auc([40000.0, 0.0]) == pytest.approx(0.5)  # capped, sorted, trapezoid
    assert error_auc([100.0]) == pytest.approx(math.log(101) / math.log(20040))
    # Three points: the trapezoid gives the ends half weight.
    ys = [math.log1p(e) / math.log1p(20039) for e in (1.0, 10.0, 1000.0)]
    assert error_auc([1000.0, 1.0, 10.0]) == pytest.approx((ys[0] / 2 + ys[1] + ys[2] / 2) / 2)
    with pytest.raises(ValueError):
        error_auc([])


def test_haversine_known_distances() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * 6371.0088)
    assert haversine_km(50.45, 30.52, 53.9, 27.57) == pytest.approx(
        haversine_km(53.9, 27.57, 50.45, 30.52)
    )
    assert haversine_km(12.3, 45.6, 12.3, 45.6) == 0.0


# ----------------------------------------------------------------------------- roles


def test_role_triples_ignore_other_and_count_duplicate_predictions_once() -> None:
    golds = [
        gold("Eastford", role="launch_site"),
        gold("Eastford", role="strike_target"),
        gold("Westby", role="instructor_location", lat=north(200.0)),
        gold("Northam", role="other", lat=north(400.0)),
    ]
    preds = [
        pred("Eastford", roles=["launch_site"]),
        pred("Eastford", roles=["launch_site", "launch_site"], lat=north(0.5)),  # same place
        pred("Eastford", roles=["launch_site"], score=0.9),
        pred("Westby", roles=["launch_site"], lat=north(200.0)),  # wrong role
        pred("Northam", roles=["other"], lat=north(400.0)),  # `other` is not scored
        pred("Southwick", roles=["strike_target"], lat=north(900.0)),  # nowhere in gold
    ]
    result = evaluate(preds, golds)
    roles = result.roles
    # Eastford predictions: two places by coordinates (0 km and 0.5 km), both launch_site;
    # only one gold launch_site triple exists, so one matches and one is spurious.
    assert (roles.tp, roles.fp, roles.fn) == (1, 3, 2)
    assert roles.precision == pytest.approx(1 / 4)
    assert roles.recall == pytest.approx(1 / 3)
    assert {(m.surface, m.role) for m in result.misses.missed_roles} == {
        ("Eastford", "strike_target"),
        ("Westby", "instructor_location"),
    }
    assert ("Southwick", "strike_target") in {
        (m.surface, m.role) for m in result.misses.spurious_roles
    }


def test_repeated_mentions_of_one_place_make_one_role_triple() -> None:
    golds = [gold("Eastford", role="strike_target")]
    preds = [pred("Eastford", roles=["strike_target"], start=i, end=i + 8) for i in (0, 50, 90)]
    roles = evaluate(preds, golds).roles
    assert (roles.tp, roles.fp, roles.fn, roles.f1) == (1, 0, 0, 1.0)


def test_role_place_must_match_by_the_resolution_rule() -> None:
    golds = [gold("Eastford", role="launch_site")]
    near = evaluate([pred("Eastford", roles=["launch_site"], lat=north(9.0))], golds).roles
    far = evaluate([pred("Eastford", roles=["launch_site"], lat=north(11.0))], golds).roles
    assert (near.tp, near.fp, near.fn) == (1, 0, 0)
    assert (far.tp, far.fp, far.fn) == (0, 1, 1)


def test_a_gold_place_without_a_point_matches_only_its_own_mention() -> None:
    # the annotator found no coordinates for Smallby: a role there is matched by its mention,
    # and another place of the same country does not stand for it
    golds = [gold("Eastford", role="strike_target"),
             gold("Smallby", role="strike_target", lat=None, lon=None)]
    only_eastford = evaluate([pred("Eastford", roles=["strike_target"], lat=north(2.0))], golds)
    assert only_eastford.roles.tp == 1
    assert [m.surface for m in only_eastford.misses.missed_roles] == ["Smallby"]
    both = evaluate([pred("Eastford", roles=["strike_target"]),
                     pred("Smallby", roles=["strike_target"], lat=north(300.0), start=40,
                          end=47, name="Smallby")], golds)
    assert (both.roles.tp, both.roles.fp, both.roles.fn) == (2, 0, 0)
    # nor need the prediction place it: the mention is what is scored
    unplaced = evaluate([pred("Smallby", roles=["strike_target"], lat=None, lon=None,
                              country="", name="")], golds)
    assert (unplaced.roles.tp, unplaced.roles.fp) == (1, 0)
    # even when it is put at the point of another place read with the same role
    shared = evaluate([pred("Eastford", roles=["strike_target"], score=0.9),
                       pred("Smallby", roles=["strike_target"], score=0.5, start=40, end=47,
                            name="Eastford")],  # read as somewhere in the area of Eastford
                      golds)
    assert (shared.roles.tp, shared.roles.fp, shared.roles.fn) == (2, 0, 0)


def test_role_triples_are_matched_as_many_as_can_be() -> None:
    # the town's reading lies 8 km from its gold and 2 km from the region's gold point, and
    # the region's reading 100 km from its own: pairing nearest first would give the
    # region's gold to the town's prediction and leave both the town's gold (10 km rule) and
    # the region's prediction over
    golds = [gold("Westshire", role="strike_target", precision="region", lat=north(10.0)),
             gold("Eastford", role="strike_target")]
    preds = [pred("Eastford", roles=["strike_target"], lat=north(8.0), start=0, end=8),
             pred("Westshire", roles=["strike_target"], precision="region", lat=north(110.0),
                  start=20, end=29)]
    roles = evaluate(preds, golds).roles
    assert (roles.tp, roles.fp, roles.fn) == (2, 0, 0)


def test_role_metrics_are_undefined_without_role_triples() -> None:
    roles = evaluate([pred("Eastford")], [gold("Eastford")]).roles
    assert (roles.precision, roles.recall, roles.f1) == (None, None, None)


# ----------------------------------------------------------------------------- files, output


def test_load_gold_reads_rows_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [gold("Eastford"), gold("Westby", start=3, end=9, lat=None, lon=None)]
    path.write_text("\n".join(json.dumps(r) for r in rows[:1]) + "\n\n" + json.dumps(rows[1]))
    assert load_gold(path) == rows


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ('{"report": "r1.txt"}', "line 2: field 'surface'"),
        ('{"report": "r1.txt", "surface": "X", "lat": 1.0}', "line 2: give both 'lat' and 'lon'"),
        ('{"report": "r1.txt", "surface": "X", "lat": 91, "lon": 0}', "line 2: latitude"),
        ('{"report": "r1.txt", "surface": "X", "precision": "city"}', "line 2: 'precision'"),
        ('{"report": "r1.txt", "surface": "X", "role": "launch"}', "line 2: 'role'"),
        ('{"report": "r1.txt", "surface": "X", "start": 5, "end": 2}', "line 2: 'start'/'end'"),
    ],
)
def test_load_gold_names_the_bad_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold("Eastford")) + "\n" + bad_line + "\n")
    with pytest.raises(GoldError, match=message):
        load_gold(path)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "absent.jsonl")


def test_malformed_rows_passed_directly_are_errors() -> None:
    with pytest.raises(GoldError, match="gold row 0"):
        evaluate([], [{"report": "r1.txt"}])
    with pytest.raises(GoldError, match="prediction 1"):
        evaluate([pred("Eastford"), {"surface": "X"}], [gold("Eastford")])


def test_to_dict_has_stable_keys_and_is_json_ready() -> None:
    golds = [gold("Eastford", role="launch_site"), gold("Westby")]
    result = evaluate([pred("Eastford", roles=["launch_site"]), pred("Lowmoor")], golds)
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"recognition", "resolution", "acc161", "roles", "misses"}
    assert set(data["recognition"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert set(data["resolution"]) == {"accuracy", "n", "hits", "acc_3km_facility"}
    assert {"all", "recognised", "median_km", "mean_km", "auc"} <= set(data["acc161"])
    assert set(data["roles"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert set(data["misses"]) == {
        "unrecognised",
        "false_positives",
        "wrong_resolutions",
        "missed_roles",
        "spurious_roles",
    }
    assert data["misses"]["unrecognised"][0]["surface"] == "Westby"
    assert data["misses"]["false_positives"][0]["surface"] == "Lowmoor"


def test_format_text_shows_scores_and_misses() -> None:
    result = evaluate([pred("Eastford"), pred("Lowmoor")], [gold("Eastford"), gold("Westby")])
    text = format_text(result)
    assert "recognition" in text and "0.500" in text
    assert "unrecognised (1):" in text and "'Westby'" in text
    assert "false positives (1):" in text and "'Lowmoor'" in text
    short = format_text(evaluate([], [gold(f"P{i}") for i in range(5)]), max_misses=2)
    assert "... and 3 more" in short


# ----------------------------------------------------------------------------- properties


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 9), st.floats(-60, 60), st.floats(-170, 170)),
        min_size=2,
        max_size=8,
    )
)
def test_perfect_predictions_score_one(items: list[tuple[int, float, float]]) -> None:
    golds, start = [], 0
    for n, (length, lat, lon) in enumerate(items):
        golds.append(gold(f"p{n}", start=start, end=start + length, lat=lat, lon=lon))
        start += length + 1
    preds = [pred(g["surface"], start=g["start"], end=g["end"], lat=g["lat"], lon=g["lon"])
             for g in golds]  # fmt: skip
    result = evaluate(preds, golds)
    assert isinstance(result, EvalResult)
    assert result.recognition.f1 == 1.0
    assert result.resolution.accuracy == 1.0
    assert result.acc161.all == 1.0 and result.acc161.auc == 0.0
    # Dropping one prediction loses exactly one gold mention.
    fewer = evaluate(preds[1:], golds)
    assert fewer.recognition.fn == 1 and fewer.recognition.precision == 1.0


@pytest.mark.skipif(not GWN.is_dir(), reason="shared GeoWebNews data not present")
def test_gwn_gold_loads_and_scores_itself_perfectly() -> None:
    golds = load_gold(GWN / "gold.jsonl")
    neutral = load_gold(GWN / "toponyms_nocoord.jsonl")
    assert (len(golds), len(neutral)) == (2599, 119)
    preds = [dict(row, roles=[row["role"]], score=1.0) for row in golds]
    preds += [dict(row, lat=None, lon=None) for row in neutral]  # found, but neutral
    result = evaluate(preds, golds, neutral=neutral)
    assert (result.recognition.tp, result.recognition.fp) == (2599, 0)
    assert result.acc161.all == 1.0
    assert result.resolution.n == 1388
