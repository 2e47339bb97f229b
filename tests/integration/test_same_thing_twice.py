"""The same course, placement or pairing entered on two laptops: found, merged once, converging.

Laptops a and b enter the same things unaware of each other; offices o and p and lead l merge
their bundles in different orders; one office merges; ops the laptops make afterwards for the
merged-away record land on the survivor everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lishui_desktop.cli import main
from lishui_desktop.db.models import (
    Enrolment,
    MergedRecord,
    Placement,
    PlacementFollowUp,
    TrainingSession,
)
from lishui_desktop.domain.validation import is_valid_resident_id
from lishui_desktop.services import sync_service
from lishui_desktop.services.ledgers import save_record
from tests.conftest import Stores
from tests.property.sync_world import World


def resident_id(body: str) -> str:
    return next(body + c for c in "0123456789X" if is_valid_resident_id(body + c))


IDS = [resident_id(f"51192319850304{i:03d}") for i in range(1, 6)]
ROLES = {"a": "field", "b": "field", "o": "office", "p": "office", "l": "lead"}


@pytest.fixture
def world(tmp_path: Path, stores: Stores):  # type: ignore[no-untyped-def]
    """Offices and lead SQLite files, then PostgreSQL databases; the laptops files."""
    w = World(tmp_path, ROLES, server=stores.server)
    try:
        yield w
    finally:
        w.close()


def session_on(w: World, who: str, title: str = "平昌县2019年第1期农村致富带头人培训班（第1期）") -> str:
    return save_record(w[who], "sessions", {
        "title": title, "category": "农村致富带头人", "organiser_id": "青田县",
        "partner_county_id": "平昌县", "start_date": "2019-10-08", "end_date": "2019-10-12",
        "place": "平昌县党校" if who == "a" else None,
    })


def enrol(w: World, who: str, session_id: str, *numbers: str) -> list[str]:
    return [
        save_record(w[who], "trainees", {"person.name": f"学员{IDS.index(n)}", "person.id_number": n,
                                         "person.village": "东村"}, parent_id=session_id)
        for n in numbers
    ]


def live(w: World, who: str, model: Any, **where: Any) -> list[Any]:
    with w[who].sessions() as s:
        query = select(model).where(model.deleted.is_(False))
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(s.scalars(query))


def session_items(w: World, who: str) -> list[dict[str, Any]]:
    return [i for i in w.review(who) if i["kind"] == "duplicate_record" and i["table"] == "training_sessions"]


def test_the_same_course_on_two_laptops_is_offered_and_merged_once_everywhere(world: World) -> None:
    w = world
    sa = session_on(w, "a")
    sb = session_on(w, "b", title="平昌县2019年第1期 农村致富带头人培训班(第1期)")  # typed differently
    enrol(w, "a", sa, IDS[0], IDS[1], IDS[2])
    enrol(w, "b", sb, IDS[1], IDS[2], IDS[3])
    fa, fb = w.export("a"), w.export("b")
    w.import_("o", fa, fb)
    w.import_("p", fb, fa)  # the other order
    w.import_("l", fb)
    w.import_("l", fa)
    for who in "opl":
        items = session_items(w, who)
        assert [i["row_ids"] for i in items] == [sorted([sa, sb])], who
    assert w.dump("o") == w.dump("p") == w.dump("l")

    keep = sync_service.merge_records(w["o"], "sessions", [sb, sa])
    assert keep == min(sa, sb)
    gone = max(sa, sb)
    # one session, each trainee once, the survivor's blank place filled from the other copy
    assert [s.id for s in live(w, "o", TrainingSession)] == [keep]
    assert sorted(e.person_id for e in live(w, "o", Enrolment)) == sorted(
        {e.person_id for e in live(w, "o", Enrolment)})
    assert len(live(w, "o", Enrolment, session_id=keep)) == 4
    assert live(w, "o", TrainingSession)[0].place == "平昌县党校"
    assert session_items(w, "o") == []
    # laptop b keeps working on its copy before it hears of the merge
    enrol(w, "b", sb, IDS[4])
    save_record(w["b"], "sessions", {"hours": "40"}, record_id=sb)
    late = w.export("b")
    merged = w.export("o")
    for who in "abpl":
        w.import_(who, merged)
    w.import_("o", late)
    for who in "pl":
        w.import_(who, late)
    relay = w.export("o")
    for who in "ab":
        w.import_(who, relay)
    digest = w.dump("o")
    for who in "abpl":
        assert w.dump(who) == digest, who
    for who in "abopl":
        sessions = live(w, who, TrainingSession)
        assert [s.id for s in sessions] == [keep], who
        assert sessions[0].hours == 40, who  # the late edit of the merged-away copy landed
        enrolled = live(w, who, Enrolment)
        assert {e.session_id for e in enrolled} == {keep}, who
        assert len(enrolled) == 5 == len({e.person_id for e in enrolled}), who
        assert session_items(w, who) == [], who
    with w["p"].sessions() as s:
        assert s.get(MergedRecord, gone).survivor_id == keep


def test_two_offices_merging_the_same_pair_at_once_agree(world: World) -> None:
    w = world
    sa, sb = session_on(w, "a"), session_on(w, "b")
    enrol(w, "a", sa, IDS[0], IDS[1])
    enrol(w, "b", sb, IDS[1])
    files = [w.export("a"), w.export("b")]
    w.import_("o", *files)
    w.import_("p", *files[::-1])
    assert sync_service.merge_records(w["o"], "sessions", [sa, sb]) == sync_service.merge_records(
        w["p"], "training_sessions", [sb, sa])
    relays = [w.export("o"), w.export("p")]
    for who in "abopl":
        w.import_(who, *relays)
    digest = w.dump("o")
    assert all(w.dump(who) == digest for who in "abpl")
    assert w.review("o") == []
    assert len(live(w, "a", Enrolment)) == 2 and len(live(w, "a", TrainingSession)) == 1


def test_placements_and_pairings_entered_twice(world: World) -> None:
    w = world
    values = {"person.name": "王五", "person.id_number": IDS[0], "employer": "丽水市某某鞋业有限公司",
              "start_date": "2019-10-03", "responsible_id": "青田县"}
    pa = save_record(w["a"], "placements", values)
    pb = save_record(w["b"], "placements", values | {"employer": "丽水市某某鞋业有限公司 ", "start_date": "2019-10-15"})
    pairing = {"level": "村村结对", "lishui_unit_id": "青田县", "lishui_party": "青田县章村乡小令村",
               "sichuan_county_id": "平昌县", "sichuan_party": "平昌县岳家镇石门村", "start_date": "2019-04-01"}
    ra = save_record(w["a"], "pairings", pairing)
    rb = save_record(w["b"], "pairings", pairing | {"sichuan_party": "平昌县岳家镇 石门村"})
    # a renewal after the first period ended is no duplicate
    save_record(w["b"], "pairings", pairing | {"start_date": "2021-01-01"})
    for who, record in (("a", ra), ("b", rb)):
        save_record(w[who], "pairings", {"end_date": "2020-12-31", "status": "已结束"}, record_id=record)
    w.import_("o", w.export("a"), w.export("b"))
    items = {i["table"]: i["row_ids"] for i in w.review("o") if i["kind"] == "duplicate_record"}
    assert items == {"placements": sorted([pa, pb]), "pairings": sorted([ra, rb])}
    code = main(["--db", w["o"].location, "conflicts", "merge", "placements", pa, pb])
    assert code == 0
    assert main(["--db", w["o"].location, "conflicts", "merge", "pairings", ra, rb]) == 0
    assert [i for i in w.review("o") if i["kind"] == "duplicate_record"] == []
    assert len(live(w, "o", Placement)) == 1


def test_merge_refuses_what_is_not_there(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = world["o"].location
    sa = session_on(world, "o")
    for args in (["sessions", sa], ["sessions", sa, "nope"], ["spaceships", sa, sa + "x"]):
        assert main(["--db", path, "conflicts", "merge", *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert len(live(world, "o", TrainingSession)) == 1


def test_conflicts_list_json_names_the_ledger(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    session_on(world, "a")
    session_on(world, "b")
    world.import_("o", world.export("a"), world.export("b"))
    assert main(["--db", world["o"].location, "conflicts", "list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert [(i["kind"], i["ledger"]) for i in items] == [("duplicate_record", "sessions")]
    assert main(["--db", world["o"].location, "conflicts", "list"]) == 0
    assert "sessions" in capsys.readouterr().out


def test_a_record_saved_again_is_found_at_once(world: World) -> None:
    first = session_on(world, "o")
    assert sync_service.twins(world["o"], "sessions", first) == []
    second = session_on(world, "o", title="平昌县2019年第1期农村致富带头人培训班 (第1期)")
    assert sync_service.twins(world["o"], "sessions", second) == [first]
    assert sync_service.twins(world["o"], "persons", second) == []


def test_a_placement_merged_at_the_lead_takes_a_late_follow_up(world: World) -> None:
    w = world
    values = {"person.name": "王五", "person.id_number": IDS[0], "employer": "丽水市某某鞋业有限公司",
              "start_date": "2019-10-03", "responsible_id": "青田县"}
    pa = save_record(w["a"], "placements", values)
    pb = save_record(w["b"], "placements", values | {"job": "车工"})
    fa, fb = w.export("a"), w.export("b")
    w.import_("l", fb, fa)
    w.import_("o", fa, fb)
    keep = sync_service.merge_records(w["l"], "placements", [pa, pb])  # the lead decides
    save_record(w["b"], "followups", {"months": "3", "date": "2020-01-05"}, parent_id=pb)  # late, on b's copy
    late, merged = w.export("b"), w.export("l")
    w.import_("o", late)  # the office hears of the follow-up before the merge
    w.import_("o", merged)
    w.import_("p", merged, late, fa, fb)  # another office, every other order
    for who in "ab":
        w.import_(who, w.export("o"))
    digest = w.dump("o")
    for who in "abpl":
        if who == "l":
            w.import_("l", late)
        assert w.dump(who) == digest, who
    for who in "abopl":
        assert [p.id for p in live(w, who, Placement)] == [keep], who
        assert live(w, who, Placement)[0].job == "车工", who
        assert [f.placement_id for f in live(w, who, PlacementFollowUp)] == [keep], who
