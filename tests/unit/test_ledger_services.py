"""Ledger services without widgets: validation per field, one person across ledgers, soft delete,
recycle, drill-down filters."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from stdnum.cn import ric

from lishui_desktop.db.models import Person
from lishui_desktop.services.ledgers import (
    Filters,
    LedgerInputError,
    count,
    fetch_page,
    filters_from,
    load_record,
    recycled,
    save_record,
    set_deleted,
)
from lishui_desktop.services.ledgers.people import appearances, candidates, person_values_for_id
from lishui_desktop.services.reference import place_id


def resident_id(body: str) -> str:
    return next(body + c for c in "0123456789X" if ric.is_valid(body + c))


ID_A = resident_id("51082319850304001")


def session_values(**extra: object) -> dict[str, object]:
    return {"title": "培训班", "category": "村干部", "organiser_id": "青田县", "start_date": "2019年3月1日", **extra}


def test_every_bad_field_is_named_and_nothing_is_saved(db) -> None:
    with pytest.raises(LedgerInputError) as caught:
        save_record(db, "sessions", session_values(title=" ", category="火箭", start_date="2019-03-05", end_date="2019-03-01", hours="x"))
    assert set(caught.value.errors) == {"title", "category", "end_date", "hours"}
    assert count(db, "sessions", Filters()) == 0


def test_typing_habits_are_accepted(db) -> None:
    sid = save_record(db, "sessions", session_values(end_date="2019.3.5", hours="40"))
    values = load_record(db, "sessions", sid)
    assert values["category"] == "village_cadre"  # 村干部 is an alias
    assert values["organiser_id"] == place_id("qingtian")  # a place by name
    assert str(values["end_date"]) == "2019-03-05"
    fid = save_record(db, "funds", {"year": "2019", "county_id": "平昌县", "allocated_fen": "3,000万元"})
    assert load_record(db, "funds", fid)["allocated_fen"] == "30000000.00"
    assert fetch_page(db, "funds", Filters())[0][4] == 3_000_000_000


def test_one_person_across_ledgers_and_the_person_page(db) -> None:
    sid = save_record(db, "sessions", session_values())
    enrolment = save_record(db, "trainees", {"person.name": "王秀英", "person.id_number": ID_A.lower(), "person.village": "白衣村"}, parent_id=sid)
    placement = save_record(db, "placements", {"person.name": "王秀英", "person.id_number": ID_A, "employer": "丽水厂", "start_date": "2020-02-01"})
    person = load_record(db, "trainees", enrolment)["_person_id"]
    assert load_record(db, "placements", placement)["_person_id"] == person
    assert [a.kind for a in appearances(db, person)] == ["trainees", "placements"]
    assert person_values_for_id(db, ID_A)["person.village"] == "白衣村"  # type: ignore[index]
    with pytest.raises(LedgerInputError) as caught:  # already on this roster
        save_record(db, "trainees", {"person.name": "王秀英", "person.id_number": ID_A}, parent_id=sid)
    assert "王秀英" in caught.value.text()


def test_an_id_typed_later_moves_the_records_to_the_ids_person(db) -> None:
    placement = save_record(db, "placements", {"person.name": "李四", "employer": "丽水厂", "start_date": "2020-02-01"})
    first = load_record(db, "placements", placement)["_person_id"]
    save_record(db, "placements", {"person.id_number": ID_A}, record_id=placement)
    second = load_record(db, "placements", placement)["_person_id"]
    assert second != first
    with db.sessions() as session:
        assert session.get(Person, first).deleted
        assert session.scalar(select(func.count()).select_from(Person).where(Person.deleted.is_(False))) == 1


def test_duplicate_candidates_without_id(db) -> None:
    save_record(db, "persons", {"name": "张三", "birth_date": "1970-01-02", "village": "石门村"})
    found = candidates(db, "trainees", {"person.name": "张三", "person.birth_date": "1970-01-02", "person.village": "石门村"})
    assert [p.name for p in found] == ["张三"]
    assert candidates(db, "trainees", {"person.name": "张三", "person.id_number": ID_A}) == []


def test_delete_is_a_flag_and_the_recycle_bin_restores(db) -> None:
    eid = save_record(db, "events", {"kind": "联席会议", "date": "2019-05-01", "title": "联席会议"})
    assert set_deleted(db, "events", [eid]) == 1
    assert count(db, "events", Filters()) == 0
    assert [(r.kind, r.id) for r in recycled(db)] == [("events", eid)]
    assert set_deleted(db, "events", [eid], False) == 1
    assert count(db, "events", Filters()) == 1 and recycled(db) == []


def test_drill_down_filters(db) -> None:
    f = filters_from(db, {"county": "平昌县", "year": 2019, "target": "training.wealth_leaders"})
    assert (f.county, f.year, f.category) == (place_id("pingchang"), 2019, "wealth_leader")
    assert filters_from(db, {"target": "labor.placed_poor"}).poor is True
    assert filters_from(db, {"kind": "hearing"}).category == "hearing"
    with pytest.raises(Exception, match="火星"):
        filters_from(db, {"county": "火星"})


def test_search_by_name_id_tail_and_employer(db) -> None:
    save_record(db, "placements", {"person.name": "王秀英", "person.id_number": ID_A, "employer": "丽水绿谷公司", "start_date": "2020-02-01"})
    save_record(db, "placements", {"person.name": "赵六", "employer": "别家", "start_date": "2020-02-01"})
    for text in ("秀英", ID_A[-4:], "绿谷"):
        assert [r[1] for r in fetch_page(db, "placements", Filters(search=text))] == ["王秀英"]
    assert [r[1] for r in fetch_page(db, "persons", Filters(search=ID_A[-4:]))] == ["王秀英"]
    names = [r[1] for r in fetch_page(db, "placements", Filters(), sort="name", descending=True)]
    assert names == sorted(names, reverse=True)


def test_a_stored_id_that_fails_todays_check_does_not_block_other_corrections(db) -> None:
    from lishui_desktop.db.models import Placement
    from lishui_desktop.domain.ids import person_id_for
    from lishui_desktop.services.setup import deployment_key

    old = "511902199406207658"  # region created after the birth date: stdnum refuses it
    with db.transaction() as session:
        person = Person(id=person_id_for(old, deployment_key(db)), name="夏刚", id_number=old)
        session.add(person)
        session.flush()
        placement = Placement(person_id=person.id, employer="丽水厂")
        session.add(placement)
        session.flush()
        pid = placement.id
    save_record(db, "placements", {"job": "司机", "start_date": "2020-01-02"}, record_id=pid)
    assert load_record(db, "placements", pid)["job"] == "司机"
    with pytest.raises(LedgerInputError) as caught:
        save_record(db, "placements", {"person.id_number": "511902199406207659"}, record_id=pid)
    assert set(caught.value.errors) == {"person.id_number"}
