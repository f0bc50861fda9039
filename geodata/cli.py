"""The ``dronemap`` command line: a thin caller of the libraries.

Environment variables are read here and nowhere else: ``DRONEMAP_CACHE`` (gazetteer cache
directory) and ``DRONEMAP_STORE`` (the store path). Library errors become messages that say how
to fix the problem, and a non-zero exit status.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from gazetteer.errors import GazetteerError
from geodata.errors import GeodataError

DEFAULT_STORE = Path("data") / "dronemap.gpkg"
F = TypeVar("F", bound=Callable[..., Any])


def _settings(cache_dir: Path | None) -> Any:
    from gazetteer.settings import Settings, default_cache_dir

    env = os.environ.get("DRONEMAP_CACHE")
    return Settings(cache_dir=cache_dir or (Path(env) if env else default_cache_dir()))


def _load_gazetteer(ctx: click.Context) -> Any:
    from gazetteer.core import Gazetteer

    gaz = ctx.obj.get("gazetteer") if ctx.obj else None
    if gaz is None:
        try:
            gaz = Gazetteer.load(_settings(ctx.obj.get("cache_dir")))
        except GazetteerError as err:
            raise click.ClickException(str(err)) from err
        ctx.obj["gazetteer"] = gaz
    return gaz


def _extractor(ctx: click.Context, *, countries: str = "alleged",
               rules_only: bool = False) -> Any:
    from geodata.extract import Extractor

    try:
        return Extractor(_load_gazetteer(ctx), countries=countries,
                         role_model=None if rules_only else "packaged")
    except GeodataError as err:
        raise click.ClickException(str(err)) from err


def rules_only_option(f: F) -> F:
    return click.option(
        "--rules-only", is_flag=True,
        help="Read roles with the cue rules alone, without the trained role model that reads "
             "the mentions they leave as 'other'.")(f)


def store_option(f: F) -> F:
    return click.option(
        "--store", "store_path", type=click.Path(path_type=Path), default=None,
        help=f"GeoPackage store (default: $DRONEMAP_STORE or {DEFAULT_STORE}).")(f)


def _store_path(store_path: Path | None) -> Path:
    if store_path is not None:
        return store_path
    env = os.environ.get("DRONEMAP_STORE")
    return Path(env) if env else DEFAULT_STORE


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Gazetteer cache directory (default: $DRONEMAP_CACHE or ~/.cache/dronemap).")
@click.version_option(package_name="dronemap")
@click.pass_context
def cli(ctx: click.Context, cache_dir: Path | None) -> None:
    """dronemap: turn reports about drone launches, instructors and strikes into a map."""
    ctx.ensure_object(dict)
    ctx.obj["cache_dir"] = cache_dir


# -- geocode ------------------------------------------------------------------------------------
@cli.command()
@click.argument("name")
@click.option("--context", default=None, help='Text around the name, e.g. "Kherson region".')
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, best first.")
@click.pass_context
def geocode(ctx: click.Context, name: str, context: str | None, limit: int,
            as_json: bool) -> None:
    """Resolve a place NAME to ranked candidates (empty when nothing matches well enough)."""
    gaz = _load_gazetteer(ctx)
    try:
        cands = gaz.geocode(name, context=context, limit=limit)
    except GazetteerError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in cands], ensure_ascii=False))
        return
    if not cands:
        click.echo(f"no place matches {name!r} well enough", err=True)
        return
    for c in cands:
        click.echo(f"{c.score:5.3f}  {c.name:<28} {c.place.country:2} {c.place.admin1:<7} "
                   f"{c.lat:9.5f} {c.lon:10.5f}  {c.precision.value:<10} {c.source:<20} "
                   f"({c.match}: {c.matched_name})")


# -- gazetteer maintenance ----------------------------------------------------------------------
@cli.group()
def gazetteer() -> None:
    """Build the gazetteer index and add GeoNames dumps."""


@gazetteer.command("build")
@click.option("--rebuild", is_flag=True, help="Rebuild even if the cached index is current.")
@click.pass_context
def gazetteer_build(ctx: click.Context, rebuild: bool) -> None:
    """Build (or check) the cached gazetteer index."""
    from gazetteer.core import Gazetteer

    try:
        gaz = Gazetteer.load(_settings(ctx.obj.get("cache_dir")), rebuild=rebuild)
    except GazetteerError as err:
        raise click.ClickException(str(err)) from err
    meta = gaz.index.meta
    click.echo(f"gazetteer index: {meta['places']} places, {meta['exact_keys']} name keys, "
               f"{meta['loose_keys']} phonetic keys")


@gazetteer.command("add-geonames")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def gazetteer_add_geonames(ctx: click.Context, file: Path) -> None:
    """Add a full GeoNames dump (XX.zip, XX.txt or allCountries) to the gazetteer."""
    from gazetteer import sources
    from gazetteer.core import Gazetteer

    settings = _settings(ctx.obj.get("cache_dir"))
    try:
        n = sources.add_dump(settings.cache_dir, file)
        gaz = Gazetteer.load(settings)
    except GazetteerError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"added {n} places from {file.name}; index now holds {len(gaz.index)} places")


# -- extract ------------------------------------------------------------------------------------
def _iter_reports(paths: tuple[Path, ...]) -> Iterator[Any]:
    from geodata.reports import iter_reports

    yield from iter_reports(list(paths))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)
@click.option("--countries", type=click.Choice(["alleged", "places", "all"]), default="alleged",
              show_default=True,
              help="Which country mentions to list: where something is located in them "
                   "(an origin, a part, an allegation); every use as a place ('the war in "
                   "Ukraine'); or all, actors included ('Iran denied'), as world-news "
                   "geoparsing benchmarks count them. A part named by a compass word "
                   "('southern Ukraine') is a region of its own, listed in every mode.")
@rules_only_option
@click.pass_context
def extract(ctx: click.Context, paths: tuple[Path, ...], fmt: str, countries: str,
            rules_only: bool) -> None:
    """Print every place mention of the reports at PATHS with its resolution and roles.

    One JSON object per mention and line (jsonl), or a table. Files that cannot be read are
    reported on stderr and skipped; the exit status is then 1.
    """
    extractor = _extractor(ctx, countries=countries, rules_only=rules_only)
    failed = 0
    for item in _iter_reports(paths):
        if isinstance(item, GeodataError):
            failed += 1
            click.echo(f"error: {item}", err=True)
            continue
        result = extractor.extract(item)
        for reading in result.readings:
            row = reading.to_dict(item)
            if fmt == "jsonl":
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                roles = ",".join(row["roles"])
                coords = f"{row['lat']:.4f},{row['lon']:.4f}" if row["lat"] is not None else "-"
                click.echo(f"{row['report']:<28} {row['start']:>6} {row['surface']:<24} "
                           f"{(row['name'] or '-'):<24} {coords:<20} {roles:<30} "
                           f"{row['stance']:<9} {row['claimant'][:30]}")
    if failed:
        sys.exit(1)


# -- evaluate -----------------------------------------------------------------------------------
@cli.command()
@click.option("--reports", "reports_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False,
                                                       path_type=Path))
@click.option("--neutral", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Mentions that neither count for nor against recognition.")
@click.option("--predictions", "pred_out", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Also write the predictions as JSON lines to this file.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--countries", type=click.Choice(["alleged", "places", "all"]), default="alleged",
              show_default=True, help="As for extract.")
@click.option("--only", "only", multiple=True, metavar="FIELD=V1,V2",
              help="Score only gold lines whose FIELD is one of the values (e.g. "
                   "gwn_type=Literal,Mixed); the other gold lines become neutral. Repeatable.")
@rules_only_option
@click.pass_context
def evaluate(ctx: click.Context, reports_dir: Path, gold: Path, neutral: Path | None,
             pred_out: Path | None, as_json: bool, countries: str, only: tuple[str, ...],
             rules_only: bool) -> None:
    """Score extraction on annotated reports: recognition, resolution, acc@161 km and roles."""
    from geodata import evaluate as ev

    try:
        gold_rows = ev.load_gold(gold)
        neutral_rows = ev.load_gold(neutral) if neutral else []
        if only:
            gold_rows, set_aside = ev.select_gold(gold_rows, only)
            neutral_rows = [*neutral_rows, *set_aside]
    except GeodataError as err:
        raise click.ClickException(str(err)) from err
    extractor = _extractor(ctx, countries=countries, rules_only=rules_only)
    preds: list[dict[str, Any]] = []
    names: list[str] = []
    for item in _iter_reports((reports_dir,)):
        if isinstance(item, GeodataError):
            click.echo(f"error: {item}", err=True)
            continue
        names.append(item.report_id)
        preds.extend(r.to_dict(item) for r in extractor.extract(item).readings)
    if pred_out is not None:
        pred_out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds),
                            encoding="utf-8")
    result = ev.evaluate(preds, gold_rows, neutral=neutral_rows, reports=names)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(ev.format_text(result))


@cli.command("train-roles")
@click.argument("sets", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the model (the package reads geodata/data/role_model.json).")
@click.option("--threshold", default=0.8, show_default=True,
              type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="Probability from which the model gives a role.")
@click.option("--c", "c", default=1.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Inverse strength of the L2 regularisation.")
@click.pass_context
def train_roles(ctx: click.Context, sets: tuple[Path, ...], output: Path, threshold: float,
                c: float) -> None:
    """Fit the role model on annotated SETS: directories that each hold reports/ and
    gold.jsonl (the format evaluate reads). A mention is labelled with the roles the gold
    gives its report and surface; the rules' own roles are not used. Needs scikit-learn.
    """
    import datetime as dt

    from gazetteer.model import Precision
    from geodata import evaluate as ev
    from geodata import rolemodel

    extractor = _extractor(ctx, rules_only=True)
    samples: list[frozenset[str]] = []
    labels: list[frozenset[Any]] = []
    names: list[str] = []  # the surfaces of places below a country, left out of the features
    texts: list[str] = []
    n_reports = 0
    for set_dir in sets:
        try:
            gold = ev.gold_roles(ev.load_gold(set_dir / "gold.jsonl"))
        except (GeodataError, OSError) as err:
            raise click.ClickException(f"{set_dir}: {err}") from err
        for item in _iter_reports((set_dir / "reports",)):
            if isinstance(item, GeodataError):
                click.echo(f"error: {item}", err=True)
                continue
            n_reports += 1
            texts.append(item.body)
            for reading, feats in extractor.samples(item):
                samples.append(feats)
                res = reading.mention.resolution
                if res is None or res.precision is not Precision.COUNTRY:
                    names.append(reading.mention.surface)
                labels.append(gold.get((item.report_id,
                                        ev.normalise_surface(reading.mention.surface)),
                                       frozenset()))
    if not samples:
        raise click.ClickException("no mentions to learn from in the sets given")
    what = (f"{len(samples)} mentions of {n_reports} reports in {len(sets)} annotated sets "
            f"({', '.join(p.name for p in sets)}), fitted {dt.date.today().isoformat()}")
    try:
        model = rolemodel.fit(samples, labels, c=c, threshold=threshold, trained_on=what,
                              exclude=rolemodel.name_stems(names, texts))
    except GeodataError as err:
        raise click.ClickException(str(err)) from err
    output.write_text(model.dumps(), encoding="utf-8")
    positives = {r.value: sum(r in ls for ls in labels) for r in rolemodel.MODEL_ROLES}
    click.echo(f"{output}: {what}; {len(model.weights)} features; positives {positives}")


# -- store: ingest, review, export ---------------------------------------------------------------
def _open_store(path: Path, *, create: bool = True, readonly: bool = False) -> Any:
    from geodata.store import Store

    if create and not readonly:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return Store.open(path, create=create, readonly=readonly)
    except GeodataError as err:
        raise click.ClickException(str(err)) from err


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], store_path: Path | None,
           progress: bool | None) -> None:
    """Read, extract and add the reports at PATHS to the store.

    A report already stored (same content) is skipped; a changed one replaces its earlier
    version. The batch is atomic: if anything fails, the store is left as it was. Files that
    cannot be read are reported and left out; the exit status is then 1.
    """
    from tqdm import tqdm

    path = _store_path(store_path)
    items = []
    failed = 0
    reports = []
    for item in _iter_reports(paths):
        if isinstance(item, GeodataError):
            failed += 1
            click.echo(f"error: {item}", err=True)
        else:
            reports.append(item)
    extractor = _extractor(ctx)
    show = sys.stderr.isatty() if progress is None else progress
    for report in tqdm(reports, desc="reading", unit="report", disable=not show, file=sys.stderr):
        items.append((report, list(extractor.extract(report).claims)))
    store = _open_store(path)
    try:
        with tqdm(total=len(items), desc="storing", unit="report", disable=not show,
                  file=sys.stderr) as bar:
            result = store.ingest(items, progress=lambda _r: bar.update(1))
    except GeodataError as err:
        raise click.ClickException(f"{err}; the store was left unchanged") from err
    finally:
        store.close()
    click.echo(f"{path}: {result.added} added, {result.replaced} replaced, {result.skipped} "
               f"unchanged; {result.claims} claims written, {result.sites} sites in the store")
    if failed:
        sys.exit(1)


@cli.group()
def review() -> None:
    """Accept, reject or correct claims and sites; list what was reviewed."""


def _review(store_path: Path | None, target: str, state: str, note: str, **kw: Any) -> None:
    store = _open_store(_store_path(store_path), create=False)
    try:
        rv = store.review(target, state, note=note, **kw)
    except GeodataError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
    click.echo(f"{target}: {rv.state.value}" + (f" ({note})" if note else ""))


@review.command("accept")
@click.argument("target")
@click.option("--note", default="", help="Why.")
@store_option
def review_accept(target: str, note: str, store_path: Path | None) -> None:
    """Accept the claim or site TARGET (its claim_id or site_id)."""
    _review(store_path, target, "accepted", note)


@review.command("reject")
@click.argument("target")
@click.option("--note", default="", help="Why.")
@store_option
def review_reject(target: str, note: str, store_path: Path | None) -> None:
    """Reject the claim or site TARGET."""
    _review(store_path, target, "rejected", note)


@review.command("correct")
@click.argument("target")
@click.option("--lat", type=click.FloatRange(-90, 90), default=None)
@click.option("--lon", type=click.FloatRange(-180, 180), default=None)
@click.option("--name", default=None, help="The corrected place name.")
@click.option("--note", default="", help="Why.")
@store_option
def review_correct(target: str, lat: float | None, lon: float | None, name: str | None,
                   note: str, store_path: Path | None) -> None:
    """Move the claim or site TARGET to a corrected place or coordinate."""
    if (lat is None) != (lon is None):
        raise click.UsageError("give both --lat and --lon, or neither")
    _review(store_path, target, "corrected", note, lat=lat, lon=lon, name=name)


@review.command("note")
@click.argument("target")
@click.argument("text")
@store_option
def review_note(target: str, text: str, store_path: Path | None) -> None:
    """Add a note to TARGET without changing its review state."""
    store = _open_store(_store_path(store_path), create=False)
    try:
        frame = store.reviews_frame()
        latest = frame[frame["target_id"] == target]
        state = str(latest.iloc[-1]["state"]) if len(latest) else "machine"
        rv = store.review(target, state, note=text)
    except GeodataError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
    click.echo(f"{target}: note added ({rv.state.value})")


@review.command("list")
@store_option
def review_list(store_path: Path | None) -> None:
    """List every review in the store, oldest first."""
    store = _open_store(_store_path(store_path), create=False, readonly=True)
    try:
        frame = store.reviews_frame()
    finally:
        store.close()
    if frame.empty:
        click.echo("no reviews yet")
        return
    click.echo(frame.to_string(index=False))


@cli.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["geojson", "gpkg", "kml", "csv"]))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@store_option
@click.option("--layer", type=click.Choice(["sites", "claims"]), default="sites",
              show_default=True)
@click.option("--role", "roles", multiple=True,
              type=click.Choice(["launch_site", "instructor_location", "strike_target", "other"]),
              help="Keep only these roles (repeatable).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--min-sources", type=click.IntRange(1), default=None)
@click.option("--country", "countries", multiple=True, help="ISO2 code (repeatable).")
@click.option("--review-state", "review_states", multiple=True,
              type=click.Choice(["machine", "accepted", "rejected", "corrected"]))
def export(fmt: str, output: Path, store_path: Path | None, layer: str, roles: tuple[str, ...],
           since: Any, until: Any, min_sources: int | None, countries: tuple[str, ...],
           review_states: tuple[str, ...]) -> None:
    """Export sites or claims from the store for QGIS, ArcGIS or Google Earth.

    gpkg carries the layers sites, claims and reports with a QGIS style per role; geojson
    follows RFC 7946; kml has a folder and style per role; csv has a WKT geometry column.
    """
    from geodata.export import export as do_export
    from geodata.query import filter_frame

    store = _open_store(_store_path(store_path), create=False, readonly=True)
    try:
        filters: dict[str, Any] = {
            "roles": roles or None,
            "since": since.date() if since else None,
            "until": until.date() if until else None,
            "min_sources": min_sources,
            "countries": [c.upper() for c in countries] or None,
            "review_states": review_states or None,
        }
        sites = filter_frame(store.sites_frame(), **filters)
        claims = store.claims_frame()
        if layer == "claims":
            claim_filters = dict(filters)
            claim_filters.pop("min_sources")
            frame = filter_frame(claims, **claim_filters)
            frame = frame[frame["site_id"].isin(sites["site_id"])] if min_sources else frame
        else:
            frame = sites
        extra = None
        if fmt in ("gpkg", "kml"):
            other = "claims" if layer == "sites" else "sites"
            extra = {other: (claims[claims["site_id"].isin(sites["site_id"])]
                             if other == "claims" else sites)}
            if fmt == "gpkg":
                extra["reports"] = store.reports_frame()
        written = do_export(frame, output, fmt, layer=layer, extra_layers=extra)
    except GeodataError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
    click.echo(f"wrote {len(frame)} {layer} to {written}")


@cli.command()
@store_option
@click.option("--port", default=8501, show_default=True, type=click.IntRange(1, 65535))
@click.option("--address", default="localhost", show_default=True)
def dashboard(store_path: Path | None, port: int, address: str) -> None:
    """Serve the dashboard (Streamlit) on the store."""
    import importlib.util
    import subprocess

    spec = importlib.util.find_spec("dashboard.app")
    if spec is None or spec.origin is None:
        raise click.ClickException("the dashboard package is not installed")
    path = _store_path(store_path)
    env = dict(os.environ, DRONEMAP_STORE=str(path.resolve()))
    cmd = [sys.executable, "-m", "streamlit", "run", spec.origin, "--server.port", str(port),
           "--server.address", address, "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--", "--store", str(path.resolve())]
    sys.exit(subprocess.call(cmd, env=env))


def main() -> None:
    """Console-script entry point."""
    cli(obj={})


if __name__ == "__main__":
    main()
