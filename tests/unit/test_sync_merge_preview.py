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


def test_new_records_set_a_record_at_a_time_merge_as_op_by_op(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The batch path for new records (values set a record at a time) gives the records,
    counts and change log of the op-by-op path: with a record split over two batches, a
    record already held, a field met twice in one batch, and records of two tables."""
    from lishui_desktop.sync.merge import Merger

    with db.transaction() as s:
        s.add(Person(id="held", name="王芳", village="龙王村"))

    def batches(device: str) -> list[list[Op]]:
        def ops(seq: int, table: str, row_id: str, **values: object) -> list[Op]:
            return [Op(device, seq + n, (1_700_000_000_000 << 16) + seq + n, table, row_id, col, value, None)
                    for n, (col, value) in enumerate(values.items())]

        first = (ops(1, "persons", f"{device}-a", name="甲", village="一村")
                 + ops(3, "persons", f"{device}-b", name="乙")
                 + ops(4, "places", f"{device}-p", name="某地", level="town"))
        second = (ops(6, "persons", f"{device}-b", village="二村", town="某镇")  # b goes on
                  + ops(8, "persons", "held", village="新村")
                  + ops(9, "persons", f"{device}-c", name="丙", notes="一")
                  + ops(11, "persons", f"{device}-c", notes="二"))  # a field met twice
        return [first, second]

    def applied(device: str) -> tuple[list[tuple[object, ...]], list[dict[str, dict[str, int]]]]:
        counted: set[int] = set()
        stats = []
        with write_cursor(db, commit=False) as cur:  # (each path sees the same database)
            for batch in batches(device):
                stats.append({t: s.as_dict() for t, s in apply_ops(cur, batch, write=True, counted=counted).tables.items()})
            rows = cur.execute(
                "SELECT replace(id, ?, ''), name, village, town, notes FROM persons "
                "WHERE id LIKE ? || '-%' OR id = 'held' ORDER BY id", (device, device)).fetchall()
            rows += cur.execute("SELECT name, level FROM places WHERE id LIKE ? || '%'", (device,)).fetchall()
            logged = cur.execute("SELECT count(*) FROM sync_change_log WHERE device_id = ?", (device,)).fetchone()
        return [*rows, logged], stats

    batched = applied("one")
    monkeypatch.setattr(Merger, "_set_new_fields", lambda self, ops, columns, slow: False)
    op_by_op = applied("two")
    assert batched == op_by_op
    assert batched[0][:4] == [("held", "王芳", "龙王村", None, None),  # (its own later edit wins)
                              ("-a", "甲", "一村", None, None), ("-b", "乙", "二村", "某镇", None),
                              ("-c", "丙", None, None, "二")]
