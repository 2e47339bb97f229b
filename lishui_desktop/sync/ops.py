"""An op: one synced column of one row set to a value at a clock, by a device.

On the wire (ops.jsonl) an op is one JSON object per line with short keys:
`{"d": device, "s": seq, "h": hlc, "t": table, "r": row id, "c": column, "v": value,
"p": prev clock}`. `v` is a JSON scalar (text, integer or null); booleans travel as 0/1 and
dates as ISO text, exactly as SQLite stores them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from lishui_desktop.sync.hlc import MAX_HLC
from lishui_desktop.sync.tables import IDENTIFIER, column_kind, is_known, is_local

# \Z, not $: "$" would also take a name that ends in a newline
DEVICE_RE = re.compile(r"^[0-9A-Za-z_-]{1,36}\Z")
ROW_RE = re.compile(r"^[0-9A-Za-z_.:-]{1,64}\Z")
CLOCK_RE = re.compile(r"^[0-9a-f]{16}[0-9A-Za-z_-]{1,36}\Z")
MAX_TEXT = 100_000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a str from JSON holds pairs joined
MAX_PREVS = 64


class Op(NamedTuple):
    device: str
    seq: int
    hlc: int
    tbl: str
    row_id: str
    col: str
    value: Any  # Python scalar
    prev: str | None  # the clocks this op replaced, comma-separated

    @property
    def clock(self) -> str:
        return "%016x%s" % (self.hlc, self.device)  # noqa: UP031 - the fastest form here

    @property
    def vtext(self) -> str:
        return value_text(self.value)


class Columns(NamedTuple):
    """A batch of ops field by field: taken in one pass and shared by the steps that each read
    one field of every op (an attribute fetched per op per step cost more than the step)."""

    devices: tuple[str, ...]
    seqs: tuple[int, ...]
    hlcs: tuple[int, ...]
    tbls: tuple[str, ...]
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    values: tuple[Any, ...]
    prevs: tuple[str | None, ...]


def columns_of(ops: Sequence[Op]) -> Columns:
    if not ops:
        return Columns((), (), (), (), (), (), (), ())
    return Columns(*zip(*ops, strict=True))


def value_text(value: Any) -> str:
    """The canonical JSON literal of a value (what heads and dumps hold): exactly
    `json.dumps(value, ensure_ascii=False)`, faster for the scalars ops carry."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False)


class InvalidOp(ValueError):
    """An op that breaks a rule: the whole bundle is refused."""


def _check_value(tbl: str, col: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and _LONE_SURROGATE.search(value):  # JSON lets "\ud800" through
        raise InvalidOp(f"value of {tbl}.{col} is not valid Unicode text")
    if type(value) is str and len(value) <= MAX_TEXT and _KIND_OF(tbl, col) == "text":
        return value  # the common case, decided at once
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise InvalidOp("text too long")
    elif not isinstance(value, int):
        raise InvalidOp(f"value of {tbl}.{col} is not text, integer or null")
    if not is_known(tbl, col):
        return value  # kept for a later version that knows the column
    kind = column_kind(tbl, col)
    if kind in ("int", "bool"):
        if not isinstance(value, int) or abs(value) > MAX_HLC:
            raise InvalidOp(f"value of {tbl}.{col} is not an integer")
        if kind == "bool" and value not in (0, 1):
            raise InvalidOp(f"value of {tbl}.{col} is not 0 or 1")
    elif kind == "date":
        if not isinstance(value, str):
            raise InvalidOp(f"value of {tbl}.{col} is not a date")
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise InvalidOp(f"value of {tbl}.{col} is not a date") from None
    elif not isinstance(value, str):
        raise InvalidOp(f"value of {tbl}.{col} is not text")
    return value


def _KIND_OF(tbl: str, col: str) -> str | None:  # noqa: N802 - a cached lookup
    key = (tbl, col)
    kind = _KINDS.get(key, "")
    if kind == "":
        kind = _KINDS[key] = column_kind(tbl, col) if is_known(tbl, col) else None
    return kind


_KINDS: dict[tuple[str, str], str | None] = {}
# Names already checked, per pattern: a valid device id is not thereby a valid table name.
_GOOD_NAMES: dict[re.Pattern[str], set[str]] = {DEVICE_RE: set(), IDENTIFIER: set()}


def _name_ok(text: Any, pattern: re.Pattern[str]) -> bool:
    if not isinstance(text, str):  # a JSON list or object is no name (and is unhashable)
        return False
    good = _GOOD_NAMES[pattern]
    if text in good:
        return True
    if pattern.fullmatch(text):  # fullmatch: no name ending in a newline
        if len(good) < 10_000:
            good.add(text)
        return True
    return False


_make = Op._make
_new = tuple.__new__


def op_from_wire(obj: Any) -> Op:
    """Validate one decoded ops.jsonl line; raises InvalidOp."""
    if not isinstance(obj, dict):
        raise InvalidOp("an op is not an object")
    try:
        device, seq, hlc_v = obj["d"], obj["s"], obj["h"]
        tbl, row_id, col, value = obj["t"], obj["r"], obj["c"], obj["v"]
        prev = obj.get("p")
    except KeyError as exc:
        raise InvalidOp(f"an op lacks {exc.args[0]}") from None
    if not _name_ok(device, DEVICE_RE):
        raise InvalidOp("bad device id")
    if type(seq) is not int or type(hlc_v) is not int or not (0 < seq <= MAX_HLC and 0 < hlc_v <= MAX_HLC):
        raise InvalidOp("bad sequence number or clock")
    if not _name_ok(tbl, IDENTIFIER):
        raise InvalidOp("bad table name")
    if is_local(tbl):
        raise InvalidOp(f"a change to {tbl}, which does not sync (identities are issued by the office)")
    if col == "id" or not _name_ok(col, IDENTIFIER):
        raise InvalidOp("bad column name")
    if type(row_id) is not str or not ROW_RE.match(row_id):
        raise InvalidOp("bad row id")
    op = _make((device, seq, hlc_v, tbl, row_id, col, _check_value(tbl, col, value), prev))
    if prev is not None:
        parts = prev.split(",") if isinstance(prev, str) else []
        if not parts or len(parts) > MAX_PREVS or not all(CLOCK_RE.match(p) for p in parts):
            raise InvalidOp("bad previous clock")
        if max(parts) >= op.clock:
            raise InvalidOp("an op is older than the value it replaced")
    return op


_TRIPLES: dict[tuple[str, str, str], str | None] = {}  # (device, table, column) seen valid
_MISSING = object()


def _fast_value(kind: Any, value: Any) -> bool:
    """True when `_check_value` would return `value` unchanged (the common cases only)."""
    if value is None:
        return True
    kind_of_value = type(value)
    if kind_of_value is str:
        if kind == "text":
            return len(value) <= MAX_TEXT and not _LONE_SURROGATE.search(value)
        if kind == "date":
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return False
            return len(value) <= MAX_TEXT
        return False
    if kind_of_value is int:
        if kind == "int":
            return abs(value) <= MAX_HLC
        return kind == "bool" and value in (0, 1)
    return False


def _fast_prev(prev: Any, hlc_v: int, device: str) -> bool:
    if prev is None:
        return True
    if type(prev) is not str:
        return False
    parts = prev.split(",")
    return (
        0 < len(parts) <= MAX_PREVS
        and all(CLOCK_RE.match(p) for p in parts)
        and max(parts) < "%016x%s" % (hlc_v, device)  # noqa: UP031
    )


def ops_from_wire(objs: Iterable[Any], start: int = 1) -> list[Op]:
    """`op_from_wire` over decoded lines, the same ops and the same errors (prefixed with the
    line number, the first being `start`); lines whose names were already seen valid are
    checked without the general path."""
    out: list[Op] = []
    append = out.append
    triples = _TRIPLES
    row_ok = ROW_RE.match
    for number, obj in enumerate(objs, start):
        try:
            if type(obj) is dict:
                device, seq, hlc_v = obj["d"], obj["s"], obj["h"]
                tbl, row_id, col, value = obj["t"], obj["r"], obj["c"], obj["v"]
                prev = obj.get("p")
                kind = triples.get((device, tbl, col), _MISSING)
                if (
                    kind is not _MISSING
                    and type(seq) is int
                    and type(hlc_v) is int
                    and 0 < seq <= MAX_HLC
                    and 0 < hlc_v <= MAX_HLC
                    and type(row_id) is str
                    and row_ok(row_id)
                    and (
                        value is None
                        or (kind == "text" and type(value) is str and len(value) <= MAX_TEXT
                            and not _LONE_SURROGATE.search(value))
                        or (kind == "bool" and type(value) is int and (value == 0 or value == 1))
                        or _fast_value(kind, value)
                    )
                    and (prev is None or _fast_prev(prev, hlc_v, device))
                ):
                    append(_new(Op, (device, seq, hlc_v, tbl, row_id, col, value, prev)))
                    continue
        except (KeyError, TypeError):
            pass  # the general path names the fault
        try:
            op = op_from_wire(obj)
        except InvalidOp as exc:
            raise InvalidOp(f"line {number}: {exc}") from None
        append(op)
        if len(triples) < 10_000:
            triples[(op.device, op.tbl, op.col)] = _KIND_OF(op.tbl, op.col)
    return out


def op_to_wire(op: Op) -> str:
    return (
        f'{{"d":"{op.device}","s":{op.seq},"h":{op.hlc},"t":"{op.tbl}",'
        f'"r":{json.dumps(op.row_id)},"c":"{op.col}","v":{op.vtext},'
        f'"p":{json.dumps(op.prev)}}}'
    )


def line_from_op(op: Op) -> str:
    """An ops.jsonl line of an op read from the change log."""
    return line_from_row(op.device, op.seq, op.hlc, op.tbl, op.row_id, op.col, value_text(op.value), op.prev)


def line_from_row(device: str, seq: int, hlc: int, tbl: str, row_id: str, col: str,
                  vtext: str | None, prev: str | None) -> str:
    """An ops.jsonl line straight from a change-log row (value already JSON text)."""
    p = "null" if prev is None else f'"{prev}"'
    return (
        f'{{"d":"{device}","s":{seq},"h":{hlc},"t":"{tbl}","r":"{row_id}",'
        f'"c":"{col}","v":{vtext or "null"},"p":{p}}}'
    )
