"""The same place added twice: at the office and on a lead's laptop before they sync, or by
two office staff, it is one place; added once with a code and once without, it is a review
item the office merges (the place with the code kept), converging everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lishui_desktop.db.models import Pairing, Place
from lishui_desktop.domain.errors import UserError
from lishui_desktop.services import places, sync_service
from lishui_desktop.services.ledgers import save_record
from tests.conftest import Stores
from tests.property.sync_world import World

ROLES = {"o": "office", "l": "lead", "a": "field"}


@pytest.fixture
def world(tmp_path: Path, stores: Stores):  # type: ignore[no-untyped-def]
    """Office and lead SQLite files, then PostgreSQL databases; the laptop a file."""
    w = World(tmp_path, ROLES, server=stores.server)
    try:
        yield w
    finally:
        w.close()


def sync(w: World, *pairs: tuple[str, str]) -> None:
    for source, target in pairs:
        w.import_(target, w.export(source))


def live_places(w: World, who: str, name: str) -> list[Any]:
    with w[who].sessions() as s:
        return list(s.scalars(select(Place).where(Place.deleted.is_(False), Place.name == name)))


def place_items(w: World, who: str) -> list[dict[str, Any]]:
    return [i for i in w.review(who) if i["kind"] == "duplicate_record" and i["table"] == "places"]


def test_the_same_place_added_on_two_computers_is_one_place(world: World) -> None:
    w = world
    for who in ("o", "l"):
        places.add_place(w[who], "旺苍县", "county", "sichuan", parent="广元市")
        places.add_place(w[who], "白水镇", "town", "sichuan", parent="旺苍县")
    # full-width letters and spaces typed by the lead: the same name
    places.add_place(w["o"], "ＡＢ村", "village", "sichuan", parent="白水镇")
    places.add_place(w["l"], " AB 村　", "village", "sichuan", parent="白水镇")
    sync(w, ("o", "l"), ("l", "o"), ("o", "a"))
    for who in "ola":
        assert [p.name for p in live_places(w, who, "旺苍县")] == ["旺苍县"]
        assert len(live_places(w, who, "白水镇")) == 1
        with w[who].sessions() as s:
            villages = s.scalars(select(Place).where(Place.deleted.is_(False), Place.level == "village",
                                                     Place.parent_id == live_places(w, who, "白水镇")[0].id)).all()
        assert [v.name.replace(" ", "") for v in villages] == ["AB村"]
        assert place_items(w, who) == []
    assert w.dump("o") == w.dump("l")


def test_a_place_with_a_code_and_the_same_without_is_merged_once(world: World) -> None:
    w = world
    places.add_place(w["o"], "旺苍县", "county", "sichuan", code="510821", parent="广元市")
    sync(w, ("o", "l"))
    places.add_place(w["o"], "黄洋镇", "town", "sichuan", code="510821103", parent="旺苍县")
    without = places.add_place(w["l"], "黄洋镇", "town", "sichuan", parent="旺苍县")
    village = places.add_place(w["l"], "黄洋村", "village", "sichuan", parent=without)
    pairing = save_record(w["l"], "pairings", {"level": "镇乡结对", "lishui_unit_id": "莲都区", "lishui_party": "碧湖镇",
                                               "sichuan_county_id": "旺苍县", "sichuan_party": "黄洋镇",
                                               "start_date": "2021-03-01"})
    sync(w, ("l", "o"), ("o", "a"))
    (item,) = place_items(w, "o")
    assert item["ledger"] == "places" and item["label"] == "黄洋镇" and len(item["row_ids"]) == 2
    # a field laptop sees it too, but places are not its to change: one translated line
    with pytest.raises(UserError) as refused:
        sync_service.merge_records(w["a"], "places", item["row_ids"])
    assert "只有市对口支援办或工作组组长可以修改地名" in refused.value.text()
    kept = sync_service.merge_records(w["o"], "places", item["row_ids"])
    assert [p.code for p in live_places(w, "o", "黄洋镇")] == ["510821103"]
    assert kept == live_places(w, "o", "黄洋镇")[0].id
    sync(w, ("o", "l"), ("o", "a"), ("l", "o"))
    for who in "ola":
        assert place_items(w, who) == []
        (town,) = live_places(w, who, "黄洋镇")
        assert town.id == kept
        with w[who].sessions() as s:
            assert s.get(Place, village).parent_id == kept  # type: ignore[union-attr]
            assert s.get(Pairing, pairing) is not None
    assert w.dump("o") == w.dump("l") == w.dump("a")


def test_a_renamed_or_merged_place_does_not_lend_its_id_to_a_new_one(world: World) -> None:
    """The id of a place without a code comes from its name: a new place of a former name is
    a new row, never the renamed one (nor one merged away)."""
    db = world["o"]
    first = places.add_place(db, "白水镇", "town", "sichuan", parent="剑阁县")
    places.rename_place(db, first, name="白水乡")
    again = places.add_place(db, "白水镇", "town", "sichuan", parent="剑阁县")
    assert again != first
    places.merge_place(db, again, into=first)
    third = places.add_place(db, "白水镇", "town", "sichuan", parent="剑阁县")
    assert third not in (first, again)
    with db.sessions() as s:
        assert s.get(Place, first).name == "白水乡"  # type: ignore[union-attr]
        assert s.get(Place, third).name == "白水镇"  # type: ignore[union-attr]


def test_two_staff_adding_the_same_place_at_once_on_one_store(monkeypatch: pytest.MonkeyPatch, stores: Stores) -> None:
    """Both look for the place before either has written it: one adds it, the other is told
    it exists (one translated line), never a second place nor a traceback. The office a file,
    then a store on PostgreSQL."""
    import threading

    from lishui_desktop.db.database import Database
    from lishui_desktop.services.setup import init_database

    path = stores.new("office")
    first = Database.open(path)
    init_database(first, device_name="市办", role="office")
    second = Database.open(path)
    both_looked = threading.Barrier(2, timeout=10)
    looked = places.find_same

    waited = threading.local()

    def find_same(*args: Any, **kw: Any) -> Any:
        found = looked(*args, **kw)
        # the first look of each: neither has written yet. On PostgreSQL a writer takes the
        # store's edit lock before it looks (db/store_lock.py), so the second looks only after
        # the first has written: no meeting there, the same outcome
        if not getattr(waited, "once", False) and not stores.on_server:
            waited.once = True
            both_looked.wait()
        return found

    monkeypatch.setattr(places, "find_same", find_same)
    outcomes: list[str] = []

    def add(db: Database) -> None:
        try:
            outcomes.append(places.add_place(db, "白水镇", "town", "sichuan", parent="剑阁县"))
        except UserError as exc:
            outcomes.append(exc.text())

    try:
        workers = [threading.Thread(target=add, args=(db,)) for db in (first, second)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(30)
        refused = [o for o in outcomes if "已有此地名" in o]
        assert len(outcomes) == 2 and len(refused) == 1, outcomes
        with first.sessions() as s:
            assert len(s.scalars(select(Place).where(Place.name == "白水镇")).all()) == 1
    finally:
        first.close()
        second.close()
