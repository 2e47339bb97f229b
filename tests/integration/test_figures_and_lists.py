"""One figure, one list: every dashboard figure of the demo data equals its drill-down list, and
the monthly sheet's sections list what its targets table counts (the 市本级 rule decided once)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Fund
from lishui_desktop.services import progress
from lishui_desktop.services.demo import fill_demo
from lishui_desktop.services.ledgers.query import count, fetch_all, filters_from
from lishui_desktop.services.reports import gather_monthly
from lishui_desktop.services.setup import init_database
from tests.conftest import Stores

YEARS = (2018, 2019, 2020)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo office: a SQLite file, then a database on the test PostgreSQL server (#18)."""
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    with pytest.MonkeyPatch.context() as mp:  # a server store's local folder in the run's temp
        mp.setenv("LISHUI_DATA_DIR", str(tmp_path_factory.mktemp("figures-data")))
        db = Database.open(Stores(request.param, tmp_path_factory.mktemp("figures"), server).new("demo"))
    init_database(db, device_name="办公室-01", role="office", user_name="王主任")
    fill_demo(db, scale=0.3, seed=11)
    yield db
    db.close()


def test_every_figure_equals_its_drill_down_list(demo: Database) -> None:
    checked = 0
    for year in YEARS:
        report = progress.compute_progress(demo, year)
        scopes = {s.name: s for s in progress.scopes(demo, year)}
        for row in report.rows:
            page, filters = progress.record_filters(row.target, scopes[row.county], year, report)
            parsed = filters_from(demo, filters)
            listed = count(demo, page, parsed)
            if row.target.startswith("funds."):  # money: the list holds the allocations it sums
                with demo.sessions() as s:
                    paid = sum(s.get(Fund, r).disbursed_fen or 0 for r in row.records)
                assert paid // 100 == row.actual and listed == len(row.records), (year, row)
            else:
                assert listed == row.actual, (year, row.county, row.target, row.actual, listed)
            checked += 1
            # the same list without the dashboard's report (computed again from its scope)
            if row.county == "青田县" and year == 2019:
                again = filters_from(demo, {"target": row.target, "year": year, "scope": row.county})
                assert count(demo, page, again) == listed
    assert checked == 327
    assert any(r.actual for r in progress.compute_progress(demo, 2019).rows if r.target == "labor.placed_poor")


def test_placed_poor_of_a_county_leaves_out_what_the_city_level_placed(demo: Database) -> None:
    report = progress.compute_progress(demo, 2019)
    scopes = {s.name: s for s in progress.scopes(demo, 2019)}
    city_ids = set()
    for name in ("市本级", "青田县"):
        row = next(r for r in report.rows if r.county == name and r.target == "labor.placed_poor")
        page, filters = progress.record_filters(row.target, scopes[name], 2019, report)
        rows = fetch_all(demo, page, filters_from(demo, filters))
        assert len(rows) == row.actual > 0
        if name == "市本级":
            city_ids = {r["id"] for r in rows}
        else:
            assert not city_ids & {r["id"] for r in rows}


def test_monthly_sheets_list_what_their_targets_count(demo: Database) -> None:
    names = [s.name for s in progress.scopes(demo, 2019) if s.name != progress.TOTAL_NAME]
    months = 0
    with demo.sessions() as session:
        for month in range(1, 13):
            for name in [*names, None]:
                sheet = gather_monthly(demo, session, name, 2019, month, dt.date(2020, 1, 1))
                report = progress.compute_progress(demo, 2019, county=name, month=month)
                scope = progress.TOTAL_NAME if name is None else name
                labor = next((r for r in report.rows if r.county == scope and r.target == "labor.placed_poor"), None)
                counted = sum(p.counted for p in sheet.placements)
                if labor is not None:
                    assert counted == labor.month_actual, (name, month)
                    assert {p.counted for p in sheet.placements} <= {True, False}
                trained = sum(r.month_actual or 0 for r in report.rows if progress.training_target(report, r.target)
                              and (name is None or r.county == name))
                assert sum(s.counted for s in sheet.sessions) == trained, (name, month)
                if name is not None:  # each listed session is organised for this unit
                    assert all(s.organiser == name or s.organiser == "" for s in sheet.sessions) or name != "青田县"
                    if name != "市本级":
                        assert all(s.organiser != "市本级" for s in sheet.sessions), (name, month)
                months += 1
    assert months == 12 * (len(names) + 1)


def test_the_placement_register_counts_by_the_same_rule(demo: Database, tmp_path: Path) -> None:
    from lishui_desktop.services.reports import placement_register

    with demo.sessions() as session:
        register = placement_register(session, "青田县", dt.date(2019, 1, 1), dt.date(2019, 12, 31), False,
                                      dt.date(2020, 1, 1))
    report = progress.compute_progress(demo, 2019, county="青田县")
    placed = next(r for r in report.rows if r.target == "labor.placed_poor")
    poor_people = {(line.name, line.id_number) for line in register.lines if line.poor}
    assert len(poor_people) == placed.actual
    assert all(line.county in ("青田县", "") for line in register.lines)
