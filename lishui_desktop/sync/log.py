"""The change log's storage: ops kept as runs, one row per author and record written at once.

An op is `(device, seq, hlc, table, row, column, value, prev)`. Capture numbers the ops of one
written row consecutively (sequence numbers and clocks alike), so they are stored together as
a run: `sync_op_runs(device_id, seq, last, hlc, tbl, row_id, cols, vals, prevs)`, op i of the
run being `(device_id, seq + i, hlc + i, tbl, row_id, cols[i], vals[i], prevs[i])` (`cols`,
`vals`, `prevs` JSON arrays; `prevs` null when no op of the run replaced a clock). Writing a
record costs one log row instead of one per field; bundles still carry one op per line, and
imported ops are grouped back into runs as they are stored.

The view `sync_change_log` shows the ops one per row (and takes single inserts) for readers
that are not in a hurry; the functions here read and write the runs directly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import chain, compress, repeat
from operator import eq, not_, sub
from typing import Any

from lishui_desktop.sync.ops import Columns, Op, columns_of

RUNS = "sync_op_runs"
MAX_RUN = 64  # ops of one run at most (a record has far fewer synced columns)
CHUNK = 400  # ids in one IN (...)
COLUMNS = ("device_id", "seq", "last", "hlc", "tbl", "row_id", "cols", "vals", "prevs")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM {RUNS}"
_INSERT = f"INSERT INTO {RUNS} ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
Run = tuple[str, int, int, int, str, str, str, str, str | None]
Ranges = dict[str, list[tuple[int, int]]]

try:  # the JSON arrays of a run encoded in C: ten times json's speed, the same text
    import msgspec

    _encode = msgspec.json.encode

    def encode_json(items: Sequence[Any]) -> str:
        return _encode(items).decode()

    _loads: Callable[[str], Any] = msgspec.json.decode
except ImportError:  # pragma: no cover
    encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # type: ignore[assignment]
    _loads = json.loads  # type: ignore[assignment]


@cache
def cols_json(cols: Sequence[str]) -> str:
    """The `cols` of a run (most runs of a table name the same columns: encoded once)."""
    return encode_json(list(cols))


# --- building runs -------------------------------------------------------------------------
def run_row(device: str, seq: int, hlc: int, tbl: str, row_id: str,
            cols: Sequence[str], vals: Sequence[Any], prevs: Sequence[str | None]) -> Run:
    """One run: ops `seq..seq+n-1` at clocks `hlc..hlc+n-1` setting `cols` to `vals`."""
    return (device, seq, seq + len(cols) - 1, hlc, tbl, row_id, cols_json(tuple(cols)), encode_json(vals),
            encode_json(prevs) if any(p is not None for p in prevs) else None)


def runs_of(ops: Sequence[Op], columns: Columns | None = None) -> list[Run]:
    """Ops grouped into runs: consecutive ops of one device on one row whose sequence numbers
    and clocks both go up by one (as capture numbers them); any other op starts a run. The
    breaks are found column by column (no Python step per op). `columns`: the ops'
    columns_of, when the caller has them."""
    if not ops:
        return []
    devices, seqs, hlcs, tbls, rows, cols, vals, prevs = columns or columns_of(ops)
    n = len(ops)
    checks: list[Iterator[bool]] = [map(eq, rows[1:], rows[:-1])]
    if seqs != tuple(range(seqs[0], seqs[0] + n)):  # (usually: one author's ops in order)
        checks.append(map(eq, map(sub, seqs[1:], seqs[:-1]), repeat(1)))
    if hlcs != tuple(range(hlcs[0], hlcs[0] + n)):
        checks.append(map(eq, map(sub, hlcs[1:], hlcs[:-1]), repeat(1)))
    for column in (devices, tbls):
        if column.count(column[0]) != n:
            checks.append(map(eq, column[1:], column[:-1]))
    follows = checks[0] if len(checks) == 1 else map(all, zip(*checks, strict=True))
    starts = [0, *compress(range(1, n), map(not_, follows)), n]
    if max(map(sub, starts[1:], starts[:-1])) > MAX_RUN:  # (a record has far fewer synced columns)
        starts = [*chain.from_iterable(map(range, starts[:-1], starts[1:], repeat(MAX_RUN))), n]
    firsts, ends = starts[:-1], starts[1:]
    spans = list(map(slice, firsts, ends))
    prev_texts = map(_prevs_text, map(prevs.__getitem__, spans)) if any(prevs) else repeat(None, len(spans))
    return list(zip(  # a run's fields gathered for all runs at once (no Python step per run)
        map(devices.__getitem__, firsts), map(seqs.__getitem__, firsts),
        map(seqs.__getitem__, map(sub, ends, repeat(1))), map(hlcs.__getitem__, firsts),
        map(tbls.__getitem__, firsts), map(rows.__getitem__, firsts),
        map(cols_json, map(cols.__getitem__, spans)), map(encode_json, map(vals.__getitem__, spans)),
        prev_texts, strict=True,
    ))


def _prevs_text(prevs: Sequence[str | None]) -> str | None:
    """The `prevs` of a run: null when none of its ops replaced a clock."""
    return encode_json(prevs) if any(prevs) else None


def expand(runs: Iterable[Sequence[Any]]) -> Iterator[Op]:
    """The ops of stored runs (rows of COLUMNS), in order."""
    new = tuple.__new__
    for device, seq, _last, hlc, tbl, row_id, cols, vals, prevs in runs:
        values = _loads(vals)
        clocks = _loads(prevs) if prevs else None
        for i, col in enumerate(_loads(cols)):
            yield new(Op, (device, seq + i, hlc + i, tbl, row_id, col, values[i], clocks[i] if clocks else None))


# --- reading and writing (DB-API cursor of the database, `?` parameters) -------------------
def insert_ops(cur: Any, ops: Sequence[Op], columns: Columns | None = None) -> int:
    """Store new ops (the caller has left out those already held); returns the runs written."""
    runs = runs_of(ops, columns)
    cur.executemany(_INSERT, runs)
    return len(runs)


def insert_runs(cur: Any, runs: Sequence[Run]) -> None:
    cur.executemany(_INSERT, runs)


def _runs_in(cur: Any, device: str, low: int, high: int, what: str) -> Any:
    """Runs of `device` holding an op numbered `low..high` (a run starts at most MAX_RUN - 1
    before the first op it holds)."""
    return cur.execute(
        f"SELECT {what} FROM {RUNS} WHERE device_id = ? AND seq BETWEEN ? AND ? AND last >= ? ORDER BY seq",
        (device, low - MAX_RUN + 1, high, low),
    )


def held_seqs(cur: Any, device: str, low: int, high: int) -> Iterator[int]:
    """The sequence numbers of `device` between `low` and `high` the log holds."""
    for seq, last in _runs_in(cur, device, low, high, "seq, last"):
        yield from range(max(seq, low), min(last, high) + 1)


def count_held(cur: Any, device: str, low: int, high: int) -> int:
    return sum(min(last, high) - max(seq, low) + 1 for seq, last in _runs_in(cur, device, low, high, "seq, last"))


def ops_in_range(cur: Any, device: str, low: int, high: int) -> Iterator[Op]:
    """The ops of `device` numbered `low..high`, in order."""
    for op in expand(_runs_in(cur, device, low, high, ", ".join(COLUMNS)).fetchall()):
        if low <= op.seq <= high:
            yield op


def ops_of_rows(cur: Any, table: str, row_ids: Sequence[str]) -> Iterator[Op]:
    """Every op held for these rows of `table`."""
    for start in range(0, len(row_ids), CHUNK):
        part = row_ids[start : start + CHUNK]
        marks = ",".join("?" * len(part))
        yield from expand(cur.execute(f"{_SELECT} WHERE row_id IN ({marks}) AND tbl = ?", (*part, table)).fetchall())


def ops_of_tables(cur: Any, tables: Sequence[str]) -> Iterator[Op]:
    """Every op held for these tables, by device and sequence number."""
    marks = ",".join("?" * len(tables))
    yield from expand(cur.execute(f"{_SELECT} WHERE tbl IN ({marks}) ORDER BY device_id, seq", tuple(tables)))


def held_ranges(cur: Any) -> Ranges:
    """Per device, the spans of sequence numbers held without a gap."""
    out: Ranges = {}
    for device, seq, last in cur.execute(f"SELECT device_id, seq, last FROM {RUNS} ORDER BY device_id, seq"):
        spans = out.setdefault(device, [])
        if spans and spans[-1][1] + 1 == seq:
            spans[-1] = (spans[-1][0], last)
        else:
            spans.append((seq, last))
    return out


def last_seq(cur: Any, device: str) -> int:
    row = cur.execute(f"SELECT last FROM {RUNS} WHERE device_id = ? ORDER BY seq DESC LIMIT 1", (device,)).fetchone()
    return int(row[0] or 0) if row else 0
