"""The trained role reader: its features, fitting, file format, and where the pipeline uses it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gazetteer.core import Gazetteer
from geodata.cli import cli
from geodata.errors import ModelError
from geodata.extract import Extractor
from geodata.model import Role
from geodata.reports import parse_report
from geodata.rolemodel import MODEL_ROLES, RoleModel, features, fit, load_model, name_stems


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_features_leave_out_every_place_name() -> None:
    text = "Drones struck 3 depots in Alpha Town and Beta overnight."
    feats = features(text, (0, len(text)), _span(text, "Alpha Town"), [_span(text, "Beta")],
                     "settlement")
    words = {f for f in feats if f.startswith("w=")}
    assert words == {"w=drones", "w=struck", "w=#", "w=depots", "w=in", "w=and", "w=overni"}
    assert {"l1=in", "r1=and", "p=settlement", "n=1"} <= feats
    assert not any("alpha" in f or "beta" in f or "town" in f for f in feats)


def test_features_mark_the_edges_of_the_sentence() -> None:
    text = "Alpha was hit. Later, nothing."
    feats = features(text, (0, 14), (0, 5))
    assert {"l1=^", "r1=was", "p=none", "n=0"} <= feats
    assert "w=later" not in feats  # outside the sentence


def _toy() -> RoleModel:
    samples = [{"w=struck", "l1=in"}] * 20 + [{"w=met", "l1=in"}] * 20 \
        + [{"w=launch", "l1=from"}] * 20
    labels = [{Role.STRIKE_TARGET}] * 20 + [set()] * 20 + [{Role.LAUNCH_SITE}] * 20
    return fit(samples, labels, threshold=0.6, trained_on="toy")


def test_fit_learns_which_words_mean_which_role() -> None:
    model = _toy()
    assert [r for r, _ in model.read({"w=struck", "l1=in"})] == [Role.STRIKE_TARGET]
    assert [r for r, _ in model.read({"w=launch", "l1=from"})] == [Role.LAUNCH_SITE]
    assert model.read({"w=met", "l1=in"}) == ()
    # a role no sample has is never read
    assert model.probabilities({"w=struck"})[Role.INSTRUCTOR_LOCATION] < 1e-6


def test_fit_drops_rare_features_and_refuses_mismatched_labels() -> None:
    model = fit([{"w=struck", "w=once"}] * 3 + [{"w=struck", "w=again"}] * 2 + [{"w=met"}] * 5,
                [{Role.STRIKE_TARGET}] * 5 + [set()] * 5, min_count=4)
    assert set(model.weights) == {"w=struck", "w=met"}
    with pytest.raises(ModelError, match="too few samples"):
        fit([{"w=a"}, {"w=b"}], [set(), {Role.LAUNCH_SITE}])
    with pytest.raises(ModelError, match="2 samples but 1"):
        fit([{"w=a"}, {"w=b"}], [set()])


def test_fit_leaves_out_the_words_it_is_told_to() -> None:
    samples = [{"w=struck", "w=gamma", "l1=gamma"}] * 10 + [{"w=met"}] * 10
    labels = [{Role.STRIKE_TARGET}] * 10 + [set()] * 10
    assert "w=gamma" in fit(samples, labels).weights
    model = fit(samples, labels, exclude={"gamma"})
    assert set(model.weights) == {"w=struck", "w=met"}


def test_name_stems_are_the_capitalised_words_the_texts_do_not_use_lowercase() -> None:
    texts = ["Drones hit the port of Gamma. Port cranes burned.", "Gamma Post said the port "
             "was shut. Workers at Beta said the region was calm. Beta Bay froze."]
    got = name_stems(["Gamma", "Zaliznyi Port", "Beta Bay", "Delta region"], texts)
    # "port" is mostly written in lower case: a word, not a name; "bay" is not written at all
    assert got == {"gamma", "zalizn", "beta", "bay", "delta"}


def test_a_model_survives_its_file(tmp_path: Path) -> None:
    model = _toy()
    path = tmp_path / "m.json"
    path.write_text(model.dumps(), encoding="utf-8")
    back = load_model(path)
    assert back.roles == MODEL_ROLES and back.threshold == 0.6 and back.trained_on == "toy"
    assert back.read({"w=struck", "l1=in"})[0][0] is Role.STRIKE_TARGET
    assert back.weights.keys() == model.weights.keys()


@pytest.mark.parametrize("content, message", [
    ("not json", "cannot read"),
    ('{"format": "something else"}', "not a dronemap-role-model"),
    ('{"format": "dronemap-role-model", "feature_version": 0}', "fit the model again"),
    ('{"format": "dronemap-role-model", "feature_version": 1, "roles": ["launch_site"], '
     '"intercepts": [0.1, 0.2], "weights": {}, "threshold": 0.5}', "one intercept per role"),
    ('{"format": "dronemap-role-model", "feature_version": 1, "roles": ["nowhere"], '
     '"intercepts": [0.1], "weights": {}, "threshold": 0.5}', "malformed"),
    ('{"format": "dronemap-role-model", "feature_version": 1, "roles": ["launch_site"], '
     '"intercepts": [0.1], "weights": {}, "threshold": 1.5}', "threshold"),
])
def test_a_bad_model_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match=message) as err:
        load_model(path)
    assert str(path) in str(err.value)


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no role model there"):
        load_model(tmp_path / "absent.json")


def test_the_shipped_model_says_what_it_was_fitted_on() -> None:
    model = load_model()
    assert model.roles == MODEL_ROLES and 0.5 <= model.threshold < 1
    assert "annotated sets" in model.trained_on and len(model.weights) > 500
    assert not any(f.startswith(("l1=kyiv", "w=kyiv", "w=odesa", "w=київ")) for f in model.weights)


# -- in the pipeline ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def readers(full_gazetteer: Gazetteer) -> tuple[Extractor, Extractor]:
    return Extractor(full_gazetteer), Extractor(full_gazetteer, role_model=None)


def _roles(extractor: Extractor, text: str) -> dict[str, tuple[tuple[Role, ...], tuple[str, ...]]]:
    got = extractor.extract(parse_report("Test\n\n" + text, report_id="t.md"))
    return {r.mention.surface: (r.roles, r.cues) for r in got.readings}


@pytest.mark.slow
def test_the_model_reads_what_the_rules_leave(readers: tuple[Extractor, Extractor]) -> None:
    with_model, rules = readers
    # (uncounted: "300 settlements in the X region" is a round-up's count, which the rules
    # read as the region holding the places hit, and the model is not asked)
    text = ("Shahed drones came back after midnight. The energy ministry said settlements "
            "in the Chernihiv region lost power.")
    assert _roles(rules, text)["Chernihiv region"][0] == (Role.OTHER,)
    roles, cues = _roles(with_model, text)["Chernihiv region"]
    assert roles == (Role.STRIKE_TARGET,) and cues[-1] == "model:strike_target"


@pytest.mark.slow
@pytest.mark.parametrize("text, surface", [
    # the rules' reason for none stands: a shoot-down
    ("Shahed drones came back after midnight. Air defence shot down six drones over the "
     "Chernihiv region.", "Chernihiv region"),
    # a report that names no weapon is not read by the model at all
    ("The energy ministry said 300 settlements in the Chernihiv region were left without "
     "power after a storm.", "Chernihiv region"),
    # a country is never a target
    ("Shahed drones came back after midnight. The energy ministry said 300 settlements in "
     "Ukraine were left without power.", "Ukraine"),
])
def test_where_the_model_stays_silent(full_gazetteer: Gazetteer, text: str, surface: str) -> None:
    with_model = _roles(Extractor(full_gazetteer, countries="places"), text)
    rules = _roles(Extractor(full_gazetteer, countries="places", role_model=None), text)
    assert with_model[surface] == rules[surface] == ((Role.OTHER,), rules[surface][1])
    assert not any(c.startswith("model:") for c in with_model[surface][1])


@pytest.mark.slow
def test_a_container_is_left_to_the_rules(readers: tuple[Extractor, Extractor]) -> None:
    """The region named as the container of the place before it is not read by the model:
    the region of a struck town was not struck as a whole."""
    with_model, _ = readers
    got = _roles(with_model, "Shahed drones came back after midnight. The energy ministry said "
                             "300 homes in Nizhyn, in the Chernihiv region, were left without "
                             "power.")
    assert got["Nizhyn"] == ((Role.STRIKE_TARGET,), ("model:strike_target",))
    assert got["Chernihiv region"] == ((Role.OTHER,), ())


# -- the command line ---------------------------------------------------------------------------
_TRAIN_REPORT = """Night raid
Russia sent Shahed drones overnight. Drones struck a depot in Poltava before dawn.
A meeting was held in Lviv on Tuesday, the mayor said, and a Lviv-based charity helped.
"""


@pytest.mark.slow
def test_train_roles_writes_a_model_the_package_can_read(tmp_path: Path,
                                                         full_gazetteer: Gazetteer) -> None:
    for k in range(2):
        d = tmp_path / f"set{k}"
        (d / "reports").mkdir(parents=True)
        for i in range(4):
            (d / "reports" / f"r{i}.md").write_text(_TRAIN_REPORT, encoding="utf-8")
        gold = [{"report": f"r{i}.md", "surface": s, "role": role, "lat": lat, "lon": lon,
                 "country": "UA", "precision": "settlement"}
                for i in range(4)
                for s, role, lat, lon in [("Poltava", "strike_target", 49.59, 34.55),
                                          ("Lviv", "other", 49.84, 24.02)]]
        (d / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    out = tmp_path / "model.json"
    res = CliRunner().invoke(cli, ["train-roles", str(tmp_path / "set0"), str(tmp_path / "set1"),
                                   "-o", str(out), "--threshold", "0.6"],
                             obj={"gazetteer": full_gazetteer})
    assert res.exit_code == 0, res.output
    assert "16 mentions of 8 reports in 2 annotated sets" in res.output
    model = load_model(out)
    assert model.threshold == 0.6
    assert model.probabilities({"w=struck", "l1=in"})[Role.STRIKE_TARGET] > \
        model.probabilities({"w=meetin", "l1=in"})[Role.STRIKE_TARGET]
    # a place's name is no feature, even where it is no mention ("a Lviv-based charity")
    assert "w=based" in model.weights and not any(f.endswith("=lviv") for f in model.weights)


@pytest.mark.slow
def test_train_roles_needs_gold(tmp_path: Path, full_gazetteer: Gazetteer) -> None:
    (tmp_path / "reports").mkdir()
    res = CliRunner().invoke(cli, ["train-roles", str(tmp_path), "-o", str(tmp_path / "m.json")],
                             obj={"gazetteer": full_gazetteer})
    assert res.exit_code != 0 and "gold.jsonl" in res.output
    assert not (tmp_path / "m.json").exists()


@pytest.mark.slow
def test_rules_only_turns_the_model_off(tmp_path: Path, full_gazetteer: Gazetteer) -> None:
    (tmp_path / "r.md").write_text(
        "Power\n\nShahed drones came back after midnight. The energy ministry said "
        "settlements in the Chernihiv region lost power.\n", encoding="utf-8")
    rows = {}
    for flag in ([], ["--rules-only"]):
        res = CliRunner().invoke(cli, ["extract", str(tmp_path / "r.md"), *flag],
                                 obj={"gazetteer": full_gazetteer})
        assert res.exit_code == 0, res.output
        rows[bool(flag)] = [json.loads(line) for line in res.output.splitlines()]
    assert [(r["roles"], r["cues"]) for r in rows[False]] == [(["strike_target"],
                                                                ["model:strike_target"])]
    assert [r["roles"] for r in rows[True]] == [["other"]]
