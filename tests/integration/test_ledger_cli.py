"""`lishui list KIND`: every kind prints, IDs and phones masked unless --full-ids, filters, exit 2."""

from __future__ import annotations

import json

import pytest
from stdnum.cn import ric

from lishui_desktop.cli import main
from lishui_desktop.cli.list_cmd import KINDS
from lishui_desktop.services.ledgers import save_record
from tests.conftest import Stores

ID_A = next("51082319850304001" + c for c in "0123456789X" if ric.is_valid("51082319850304001" + c))


@pytest.fixture
def db_path(stores: Stores) -> str:
    """The office store (#18): a SQLite file, then a database on the test PostgreSQL server."""
    return stores.new("office")


@pytest.fixture
def filled(db, db_path):  # type: ignore[no-untyped-def]
    save_record(db, "placements", {"person.name": "王秀英", "person.id_number": ID_A, "person.phone": "13912345678",
                                   "person.county_id": "平昌县", "employer": "丽水厂", "start_date": "2019-02-01",
                                   "monthly_wage_fen": "3500"})
    save_record(db, "events", {"kind": "hearing", "date": "2020-03-01", "title": "常委会听取汇报", "county_id": "南江县"})
    return db_path


def run_json(capsys, *args: str) -> dict:  # type: ignore[no-untyped-def]
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_kind_lists(filled, capsys) -> None:
    for kind in KINDS:
        data = run_json(capsys, "--db", str(filled), "list", kind)
        assert data["kind"] == kind and data["count"] == len(data["records"])
    assert run_json(capsys, "--db", str(filled), "list", "pairings")["count"] == 6  # the annex


def test_ids_masked_unless_full_ids(filled, capsys) -> None:
    record = run_json(capsys, "--db", str(filled), "list", "placements")["records"][0]
    assert record["id_number"] == ID_A[:6] + "********" + ID_A[-4:]
    assert record["phone"] == "139****5678"
    assert record["monthly_wage_fen"] == 350000 and record["start_date"] == "2019-02-01"
    assert main(["--db", str(filled), "list", "persons"]) == 0
    text = capsys.readouterr().out
    assert ID_A not in text and "王秀英" in text
    full = run_json(capsys, "--db", str(filled), "list", "placements", "--full-ids")["records"][0]
    assert full["id_number"] == ID_A and full["phone"] == "13912345678"


def test_county_and_year_filters(filled, capsys) -> None:
    assert run_json(capsys, "--db", str(filled), "list", "placements", "--county", "平昌县", "--year", "2019")["count"] == 1
    assert run_json(capsys, "--db", str(filled), "list", "placements", "--year", "2020")["count"] == 0
    assert run_json(capsys, "--db", str(filled), "list", "events", "--county", "南江县")["count"] == 1
    assert run_json(capsys, "--db", str(filled), "list", "events", "--county", "缙云县")["count"] == 0


def test_unknown_county_is_one_line_exit_2(filled, capsys) -> None:
    assert main(["--db", str(filled), "list", "events", "--county", "火星"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "火星" in err
