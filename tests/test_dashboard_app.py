"""The Streamlit app end to end in-process (AppTest) on a small real store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from store_fixtures import build_store
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
_SHOWING = re.compile(r"Showing (\d+) of (\d+) sites")


@pytest.fixture()
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    store = tmp_path / "store.gpkg"
    build_store(store).close()
    monkeypatch.setenv("DRONEMAP_STORE", str(store))
    at = AppTest.from_file(str(APP), default_timeout=60)
    return at.run()


def _shown(at: AppTest) -> tuple[int, int]:
    for md in at.sidebar.markdown:
        match = _SHOWING.search(md.value)
        if match:
            return int(match.group(1)), int(match.group(2))
    raise AssertionError("no 'Showing N of M sites' count in the sidebar")


def test_app_loads_and_shows_every_site(app: AppTest) -> None:
    assert not app.exception, app.exception
    shown, total = _shown(app)
    assert total == 4
    assert shown == total  # no review has rejected anything yet


def test_role_filter_changes_count_and_url(app: AppTest) -> None:
    app.sidebar.multiselect(key="f_roles").set_value(["strike_target"]).run()
    assert not app.exception, app.exception
    assert _shown(app) == (1, 4)
    role = app.query_params["role"]
    assert ([role] if isinstance(role, str) else list(role)) == ["strike_target"]


def test_text_search_and_min_sources_filter(app: AppTest) -> None:
    app.sidebar.number_input(key="f_min_sources").set_value(2).run()
    assert _shown(app) == (2, 4)  # Kyiv and the air base have two independent sources
    app.sidebar.text_input(key="f_text").set_value("air base").run()
    assert _shown(app) == (1, 4)


def test_filters_are_restored_from_the_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store.gpkg"
    build_store(store).close()
    monkeypatch.setenv("DRONEMAP_STORE", str(store))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["role"] = ["launch_site", "other"]
    at.run()
    assert not at.exception, at.exception
    assert _shown(at) == (2, 4)
    assert set(at.sidebar.multiselect(key="f_roles").value) == {"launch_site", "other"}


def test_missing_store_shows_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRONEMAP_STORE", str(tmp_path / "absent.gpkg"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert any("no store at" in e.value for e in at.error)
