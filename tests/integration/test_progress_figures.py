"""Progress on a fixture database: hand-computed figures for every target and the edge cases."""

from __future__ import annotations

import json

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.services.progress import ProgressError, compute_progress
from tests.conftest import Stores
from tests.integration import progress_world


@pytest.fixture
def db_path(stores: Stores) -> str:
    """The office store (#18): a SQLite file, then a database on the test PostgreSQL server."""
    return stores.new("office")


@pytest.fixture
def world(db: Database) -> Database:
    progress_world.build(db)
    return db


def figures(db: Database, year: int, month: int | None = None) -> dict[tuple[str, str], tuple[int, int | None, bool]]:
    report = compute_progress(db, year, month=month)
    return {(r.county, r.target): (r.actual, r.month_actual, r.met) for r in report.rows}


# (county, target) -> actual for 2019; every other row is 0.
EXPECTED_2019 = {
    ("莲都区", "training.wealth_leaders"): 3,  # A (in two sessions) + B + F (1 Jan); not C (deleted), E (31 Dec)
    ("莲都区", "training.village_cadres"): 1,  # D by the enrolment's category
    ("青田县", "training.wealth_leaders"): 1,  # H, session without organiser, partner 平昌县
    ("青田县", "labor.placed_poor"): 1,  # P1 placed twice; not P2 (not poor)
    ("莲都区", "labor.placed_poor"): 1,  # P5 on 31 Dec; not P4 (deleted), P6 (1 Jan 2020), P7 (deleted person)
    ("市本级", "labor.placed_poor"): 1,  # P3, arranged by the city level
    ("全市", "labor.placed_poor"): 3,
    ("全市", "cadres.leader"): 1,
    ("青田县", "cadres.division"): 1,
    ("莲都区", "cadres.section"): 1,  # one cadre entered on two laptops
    ("莲都区", "talents.long_term"): 1,  # the 18-month one; not the 17-month one nor the open 15 months
    ("莲都区", "talents.short_term"): 2,  # 3 months and 12 months
    ("青田县", "funds.disbursed"): 30_000_000,
    ("莲都区", "funds.disbursed"): 20_000_000,  # 10,000,000 paid on 1 April, a day late
    ("莲都区", "industry.enterprises"): 2,  # 甲 (with and without code) and 乙; 丙 deleted
    ("市本级", "industry.enterprises"): 1,
    ("全市", "industry.enterprises"): 3,
    ("莲都区", "governance.hearings"): 2,  # 1 March (entered twice) and 1 September; not 31 Dec 2018
    ("青田县", "governance.leader_visits"): 1,
    ("莲都区", "pairing.town"): 1,  # from 2018, still live
    ("市本级", "pairing.school"): 1,  # from September 2019
}
MET_2019 = {
    ("青田县", "funds.disbursed"), ("全市", "cadres.leader"), ("青田县", "cadres.division"),
    ("莲都区", "cadres.section"), ("莲都区", "governance.hearings"), ("青田县", "governance.leader_visits"),
    ("莲都区", "pairing.town"), ("市本级", "pairing.school"),
}


def test_every_target_of_2019_has_its_hand_computed_figure(world: Database) -> None:
    got = figures(world, 2019)
    assert len(got) == 109  # 18 targets: 6 counties each, city rows for 4, total rows for 3
    for key, (actual, month_actual, met) in got.items():
        assert actual == EXPECTED_2019.get(key, 0), key
        assert month_actual is None
        assert met == (key in MET_2019), key


def test_2018_and_2020_see_the_records_across_the_new_year(world: Database) -> None:
    y2018 = figures(world, 2018)
    assert y2018[("莲都区", "training.wealth_leaders")][0] == 1  # E on 31 Dec 2018
    assert y2018[("莲都区", "governance.hearings")][0] == 1
    assert y2018[("莲都区", "funds.disbursed")][:3:2] == (30_000_000, True)  # 31 May 2018 deadline
    assert y2018[("莲都区", "pairing.village")][0] == 1  # live in 2018, ended 31 Dec 2018
    assert y2018[("市本级", "pairing.school")][0] == 0
    y2020 = figures(world, 2020)
    assert y2020[("莲都区", "labor.placed_poor")][0] == 1  # P6 on 1 Jan 2020
    assert y2020[("莲都区", "talents.long_term")][0] == 1  # the open-ended one reaches 18 months in 2020
    assert y2020[("莲都区", "cadres.section")][0] == 1
    assert y2020[("全市", "cadres.leader")][0] == 1


def test_month_view_gives_year_to_date_and_what_the_month_added(world: Database) -> None:
    march = figures(world, 2019, month=3)
    assert march[("莲都区", "training.wealth_leaders")][:2] == (3, 2)  # F in Jan; A and B in March
    assert march[("莲都区", "funds.disbursed")][:2] == (20_000_000, 20_000_000)
    assert march[("青田县", "funds.disbursed")][:2] == (30_000_000, 30_000_000)
    assert march[("市本级", "pairing.school")][:2] == (0, 0)
    assert march[("莲都区", "pairing.town")][:2] == (1, 0)  # counted, but not added this month
    june = figures(world, 2019, month=6)
    assert june[("莲都区", "training.wealth_leaders")][:2] == (3, 0)  # A's second session adds nobody
    assert june[("莲都区", "industry.enterprises")][:2] == (2, 1)
    december = figures(world, 2019, month=12)
    assert december[("莲都区", "labor.placed_poor")][:2] == (1, 1)
    year = figures(world, 2019)
    assert {k: v[0] for k, v in december.items()} == {k: v[0] for k, v in year.items()}


def test_one_county_and_partner_names(world: Database) -> None:
    for name in ("莲都区", "莲都", "剑阁县", "331102"):
        rows = compute_progress(world, 2019, county=name).rows
        assert {r.county for r in rows} == {"莲都区"}
        assert {r.partner for r in rows} == {"剑阁县"}
        assert len(rows) == 18 - 1  # every target but cadres.leader (total only)
    city = compute_progress(world, 2019, county="市本级").rows
    assert {r.partner for r in city} == {"巴中市本级"}  # paired through the school pairing
    assert {r.partner for r in compute_progress(world, 2018, county="市本级").rows} == {None}
    assert {r.target for r in compute_progress(world, 2019, county="全市").rows} == {
        "cadres.leader", "industry.enterprises", "labor.placed_poor"}
    with pytest.raises(ProgressError):
        compute_progress(world, 2019, county="北京市")


def test_a_year_without_targets_has_no_rows(world: Database) -> None:
    assert compute_progress(world, 2021).rows == []


def test_cli_json_shape_and_bad_input(world: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = world.location
    assert main(["--db", path, "progress", "--year", "2019", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"year", "rows"} and data["year"] == 2019
    row = next(r for r in data["rows"] if r["county"] == "莲都区" and r["target"] == "funds.disbursed")
    assert row == {"county": "莲都区", "partner": "剑阁县", "target": "funds.disbursed", "actual": 20_000_000,
                   "threshold": 30_000_000, "unit": "yuan", "met": False}
    assert main(["--db", path, "progress", "--year", "2019", "--month", "2019-03", "--county", "青田县", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["month"] == "2019-03" and all("month_actual" in r for r in data["rows"])
    assert main(["--db", path, "progress", "--year", "2019"]) == 0
    assert "莲都区" in capsys.readouterr().out
    for bad in (["--county", "北京市"], ["--month", "2019-13"], ["--month", "2020-01"]):
        assert main(["--db", path, "progress", "--year", "2019", *bad]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_every_figure_opens_exactly_its_records(world: Database) -> None:
    from lishui_desktop.services.ledgers.query import count, filters_from
    from lishui_desktop.services.progress import record_filters, scopes
    from lishui_desktop.ui.pages import PAGES

    pages = {key for key, _, _ in PAGES}
    by_name = {s.name: s for s in scopes(world, 2019)}
    report = compute_progress(world, 2019)
    for row in report.rows:
        page, filters = record_filters(row.target, by_name[row.county], 2019, report)
        assert page in pages
        listed = count(world, page, filters_from(world, filters))
        assert listed == (len(row.records) if row.target.startswith("funds.") else row.actual), row
        # without the dashboard's report the same records are found from the scope
        page, again = record_filters(row.target, by_name[row.county], 2019)
        assert count(world, page, filters_from(world, again)) == listed
    page, filters = record_filters("labor.placed_poor", by_name["市本级"], 2019, report)
    assert page == "placements" and len(filters["records"]) == 1  # P3, arranged by the city level
    page, filters = record_filters("governance.hearings", by_name["莲都区"], 2019, report)
    assert page == "events" and len(filters["records"]) == 2  # the one entered twice counts once
