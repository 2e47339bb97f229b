"""The preview's counts: possible duplicates are what the review queue will offer."""

from __future__ import annotations

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.sync.merge import apply_ops
from lishui_desktop.sync.ops import Op
from lishui_desktop.sync.session import write_cursor

DEVICE = "laptop-2"


def _person_ops(seq: int, row_id: str, **values: object) -> list[Op]:
    return [
        Op(DEVICE, seq + n, (1_700_000_000_000 << 16) + seq + n, "persons", row_id, col, value, None)
        for n, (col, value) in enumerate(values.items())
    ]


def test_preview_counts_new_people_the_review_queue_will_offer(db: Database) -> None:
    with db.transaction() as s:
        s.add(Person(id="known-with-id", name="王芳", birth_date=None, village="龙王村",
                     id_number="510823199001010011"))
        s.add(Person(id="known-without-id", name="李强", birth_date=None, village="白龙村"))
    ops = (
        _person_ops(1, "new-1", name="王芳", village="龙王村")  # no ID, matches one with an ID
        + _person_ops(10, "new-2", name="王芳", village="龙王村", id_number="510823199201010012")
        + _person_ops(20, "new-3", name="李强", village="白龙村", id_number="510823199301010013")
        + _person_ops(30, "new-4", name="赵六", village="白龙村")  # nobody like them
    )
    with write_cursor(db, commit=False) as cur:
        result = apply_ops(cur, ops, write=False)
    stats = result.tables["persons"]
    # new-1 lacks an ID; new-3 matches a person lacking one; new-2: both hold IDs, two people
    assert (stats.new, stats.duplicate) == (4, 2)
    with db.engine.connect() as conn:  # a preview writes nothing
        assert conn.exec_driver_sql("SELECT count(*) FROM persons").scalar() == 2
