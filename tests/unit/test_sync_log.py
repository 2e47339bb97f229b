"""The change log kept as runs: whatever ops go in come back out, one by one, as they were."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lishui_desktop.db.database import Database
from lishui_desktop.sync import log
from lishui_desktop.sync.ops import Op
from lishui_desktop.sync.session import write_cursor

VALUES = st.one_of(st.none(), st.integers(-(2**40), 2**40), st.text(max_size=8))
PREV = st.one_of(st.none(), st.just("0000000000000001dev-a"), st.just("0000000000000001dev-a,0000000000000002dev-b"))


@st.composite
def op_lists(draw: st.DrawFn) -> list[Op]:
    """Ops as bundles hold them: runs written by capture, cut and interleaved, and odd ones."""
    ops: list[Op] = []
    seqs = {"dev-a": 0, "dev-b": 0}
    for _ in range(draw(st.integers(0, 12))):
        device = draw(st.sampled_from(sorted(seqs)))
        row = draw(st.sampled_from(["r1", "r2", "r3"]))
        table = draw(st.sampled_from(["persons", "events"]))
        clock = draw(st.integers(1, 2**40))
        for n in range(draw(st.integers(1, 80))):  # longer than a run may be, now and then
            seqs[device] += draw(st.sampled_from([1, 1, 1, 2]))  # gaps: ops of other bundles
            ops.append(Op(device, seqs[device], clock + n, table, row, draw(st.sampled_from(["name", "phone", "x"])),
                          draw(VALUES), draw(PREV)))
    return ops


@given(op_lists())
@settings(max_examples=200, deadline=None)
def test_runs_give_back_every_op(ops: list[Op]) -> None:
    runs = log.runs_of(ops)
    assert list(log.expand(runs)) == ops
    assert all(run[2] - run[1] + 1 <= log.MAX_RUN for run in runs)
    assert len(runs) <= len(ops)


def test_stored_runs_answer_by_number_range_and_row(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "log.sqlite3")
    ops = [Op("dev-a", s, 100 + s, "persons", f"r{s // 10}", f"c{s % 10}", s, None) for s in range(1, 101)]
    ops += [Op("dev-b", s, 5000 + 3 * s, "events", "e1", "title", "t", "0000000000000001dev-a") for s in (1, 2, 5)]
    with write_cursor(db) as cur:
        assert log.insert_ops(cur, ops) == 11 + 3  # ten rows of ten (one split at 1) + three alone
        assert list(log.held_seqs(cur, "dev-a", 95, 200)) == [95, 96, 97, 98, 99, 100]
        assert log.count_held(cur, "dev-b", 1, 5) == 3
        assert [op.seq for op in log.ops_in_range(cur, "dev-a", 37, 42)] == [37, 38, 39, 40, 41, 42]
        assert {op.seq for op in log.ops_of_rows(cur, "persons", ["r3"])} == set(range(30, 40))
        assert log.held_ranges(cur) == {"dev-a": [(1, 100)], "dev-b": [(1, 2), (5, 5)]}
        assert log.last_seq(cur, "dev-a") == 100
        view = cur.execute("SELECT device_id, seq, hlc, tbl, row_id, col, value, prev FROM sync_change_log "
                           "ORDER BY device_id, seq").fetchall()
    assert [(d, s, h, t, r, c, p) for d, s, h, t, r, c, _v, p in view] == [
        (o.device, o.seq, o.hlc, o.tbl, o.row_id, o.col, o.prev) for o in ops]
    assert [v for *_rest, v, _p in view][:3] == ["1", "2", "3"]  # values as JSON text
    db.close()
