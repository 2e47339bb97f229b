"""Bulk writes of an import still pass change capture; known people update as find_or_create would."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, text

from lishui_desktop.db.models import Enrolment, Person, TrainingSession
from lishui_desktop.services.excel_import import run_import
from lishui_desktop.sync.tables import synced_columns
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, messy_rows, write_book


def last_values(db, table: str) -> dict[tuple[str, str], object]:  # type: ignore[no-untyped-def]
    """The value of the latest op of every captured field of `table`."""
    with db.sessions() as s:
        found = s.execute(text(
            "SELECT row_id, col, value FROM sync_change_log WHERE tbl = :t ORDER BY seq"), {"t": table})
        return {(row_id, col): json.loads(value) for row_id, col, value in found}


def stored(db, model) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        table = model.__table__
        return {r.id: dict(r._mapping) for r in s.execute(select(table))}


def assert_captured(db, model) -> None:  # type: ignore[no-untyped-def]
    """Every synced field of every row has an op, and the latest op holds the stored value."""
    ops = last_values(db, model.__tablename__)
    for row_id, row in stored(db, model).items():
        for col in synced_columns(model.__tablename__):
            value = row[col]
            expected = value.isoformat() if hasattr(value, "isoformat") else value
            if isinstance(expected, bool):
                expected = int(expected)
            assert (row_id, col) in ops, (model.__tablename__, col)
            assert ops[(row_id, col)] == expected, (model.__tablename__, col, ops[(row_id, col)], expected)


def test_every_imported_field_is_captured(db, tmp_path: Path) -> None:
    result = run_import(db, "trainees", write_book(tmp_path / "a.xlsx", MESSY_HEADERS, messy_rows()))
    assert result.applied and result.new == 6
    for model in (TrainingSession, Person, Enrolment):
        assert_captured(db, model)

    rows = messy_rows()
    rows[0][4] = "13800000000"  # 张三's phone changes
    rows[3][9] = "2019/03/25"  # the cadre session ends later
    again = run_import(db, "trainees", write_book(tmp_path / "b.xlsx", MESSY_HEADERS, rows))
    assert again.applied and (again.new, again.sessions_updated) == (0, 1)
    for model in (TrainingSession, Person, Enrolment):
        assert_captured(db, model)
    phones = [v for (row_id, col), v in last_values(db, "persons").items() if col == "phone"]
    assert "13800000000" in phones


def test_known_person_is_undeleted_and_updated_like_find_or_create(db, tmp_path: Path) -> None:
    run_import(db, "trainees", write_book(tmp_path / "a.xlsx", MESSY_HEADERS, messy_rows()))
    with db.transaction() as s:
        s.execute(text("UPDATE persons SET deleted = 1, village = NULL WHERE name = '张三'"))
    rows = messy_rows()
    rows[0][13] = "新村"
    rows.append([8, make_id(seq=101), "张三", None, "", "新班", "其他", "青田县", "2020-01-01", "2020-01-02",
                 "", "剑阁县", "", "", "", "", ""])  # the same person in a second session, blank cells
    result = run_import(db, "trainees", write_book(tmp_path / "b.xlsx", MESSY_HEADERS, rows))
    assert result.applied and result.new == 1
    with db.sessions() as s:
        people = s.scalars(select(Person).where(Person.name == "张三")).all()
        assert len(people) == 1
        person = people[0]
        assert not person.deleted and person.village == "新村"  # blank cells never erase
        assert person.phone == "13812345678"
        assert s.scalar(select(Enrolment.id).where(Enrolment.person_id == person.id).limit(1))
        assert len(s.scalars(select(Enrolment).where(Enrolment.person_id == person.id)).all()) == 2
    assert_captured(db, Person)
