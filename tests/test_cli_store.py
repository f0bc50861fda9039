"""ingest / review / export through the command line, on the example reports shipped."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pyogrio
import pytest
from click.testing import CliRunner

from gazetteer.core import Gazetteer
from geodata.cli import cli

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "geodata" / "reports"


def run(gaz: Gazetteer, *args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), obj={"gazetteer": gaz})


@pytest.fixture(scope="module")
def store(full_gazetteer: Gazetteer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "s.gpkg"
    res = run(full_gazetteer, "ingest", str(EXAMPLES), "--store", str(path), "--no-progress")
    assert res.exit_code == 0, res.output
    assert "5 added" in res.output
    return path


def test_reingest_skips_known_reports(full_gazetteer: Gazetteer, store: Path) -> None:
    res = run(full_gazetteer, "ingest", str(EXAMPLES), "--store", str(store), "--no-progress")
    assert res.exit_code == 0 and "0 added" in res.output and "5 unchanged" in res.output


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "kml", "csv"])
def test_export_reads_back(full_gazetteer: Gazetteer, store: Path, tmp_path: Path,
                           fmt: str) -> None:
    out = tmp_path / f"sites.{fmt}"
    res = run(full_gazetteer, "export", "--format", fmt, "-o", str(out), "--store", str(store))
    assert res.exit_code == 0, res.output
    n = int(res.output.split()[1])
    assert n > 0
    if fmt == "csv":
        count = len(pyogrio.read_dataframe(out, read_geometry=False))
    elif fmt == "kml":  # one folder (GDAL layer) per role
        count = sum(len(pyogrio.read_dataframe(out, layer=name))
                    for name, _ in pyogrio.list_layers(out) if name.startswith("sites: "))
    else:
        count = len(pyogrio.read_dataframe(out, layer="sites" if fmt == "gpkg" else None))
    assert count == n


def test_geojson_has_kyiv_as_lon_lat(full_gazetteer: Gazetteer, store: Path,
                                     tmp_path: Path) -> None:
    out = tmp_path / "targets.geojson"
    res = run(full_gazetteer, "export", "--format", "geojson", "-o", str(out), "--store",
              str(store), "--role", "strike_target")
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text())
    assert "crs" not in doc
    kyiv = [f for f in doc["features"] if f["properties"]["name"] == "Kyiv"]
    assert kyiv, "Kyiv is a strike target in the examples"
    lon, lat = kyiv[0]["geometry"]["coordinates"]
    assert 30.5 < lon < 30.6 and 50.4 < lat < 50.5
    assert {f["properties"]["role"] for f in doc["features"]} == {"strike_target"}


def test_review_survives_and_shows_in_exports(full_gazetteer: Gazetteer, store: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "all.geojson"
    run(full_gazetteer, "export", "--format", "geojson", "-o", str(out), "--store", str(store))
    site = json.loads(out.read_text())["features"][0]["properties"]["site_id"]
    res = run(full_gazetteer, "review", "reject", site, "--note", "wrong place",
              "--store", str(store))
    assert res.exit_code == 0, res.output
    run(full_gazetteer, "ingest", str(EXAMPLES), "--store", str(store), "--no-progress")
    run(full_gazetteer, "export", "--format", "geojson", "-o", str(out), "--store", str(store),
        "--review-state", "rejected")
    rows = json.loads(out.read_text())["features"]
    assert [r["properties"]["site_id"] for r in rows] == [site]
    assert rows[0]["properties"]["review_note"] == "wrong place"


def test_review_of_unknown_id_is_a_clear_error(full_gazetteer: Gazetteer, store: Path) -> None:
    res = run(full_gazetteer, "review", "accept", "no-such-id", "--store", str(store))
    assert res.exit_code == 1 and "no-such-id" in res.output


def test_export_without_a_store_says_how_to_fix(full_gazetteer: Gazetteer,
                                                tmp_path: Path) -> None:
    res = run(full_gazetteer, "export", "--format", "csv", "-o", str(tmp_path / "x.csv"),
              "--store", str(tmp_path / "missing.gpkg"))
    assert res.exit_code == 1 and "dronemap ingest" in res.output


def test_every_command_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()

    def walk(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
        out = []
        for name, cmd in group.commands.items():
            out.append((f"{prefix} {name}".strip(), cmd))
            if isinstance(cmd, click.Group):
                out += walk(cmd, f"{prefix} {name}")
        return out

    for name, cmd in walk(cli, ""):
        assert cmd.help, f"{name} has no help"
        assert f"dronemap {name.split()[0]}" in readme, f"README does not mention {name}"
