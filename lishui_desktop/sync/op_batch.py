"""The ops of a bundle checked column by column: the fast path of bundle import.

`decode_ops(body)` decodes ops.jsonl in one C-level parse (each line straight to a tuple) and
checks all ops with set and map operations over whole columns (types, ranges, names, kinds of
values per column, previous clocks) instead of one Python call per op. It accepts only what
`ops.ops_from_wire` accepts, as the very same ops; on anything it does not decide at once (an
invalid op, a boolean value, a line without "p", text that is not UTF-8 ...) it returns None
and the caller takes the per-op path, which names the line at fault and gives the reason."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from itertools import compress, repeat
from operator import attrgetter, contains, is_not, itemgetter, lt, mod, not_
from typing import Annotated, Any, NamedTuple

from lishui_desktop.sync.hlc import MAX_HLC
from lishui_desktop.sync.ops import (
    _KIND_OF,
    CLOCK_RE,
    DEVICE_RE,
    MAX_TEXT,
    ROW_RE,
    Op,
    _fast_prev,
    _name_ok,
)
from lishui_desktop.sync.tables import IDENTIFIER, is_local

try:  # msgspec decodes the lines without building a dict for each: twice json's speed
    import msgspec
except ImportError:  # pragma: no cover - json below does the same, slower
    msgspec = None  # type: ignore[assignment]

# A decoded line straight to a tuple in wire order; a line lacking a key raises KeyError.
_DECODER = json.JSONDecoder(object_hook=itemgetter("d", "s", "h", "t", "r", "c", "v", "p"))

if msgspec is not None:

    class _Line(msgspec.Struct, gc=False):
        """One line of ops.jsonl, fields in wire order. msgspec takes exactly what json takes
        for these types (duplicate keys: the last; unknown keys: ignored) or refuses it (a
        boolean or float as a number, NaN, a lone surrogate ...): the per-op path decides
        those, as it decides a line json takes but no op is made of."""

        d: str
        s: Annotated[int, msgspec.Meta(gt=0, le=MAX_HLC)]
        h: Annotated[int, msgspec.Meta(gt=0, le=MAX_HLC)]
        t: str
        r: str
        c: str
        v: Annotated[str, msgspec.Meta(max_length=MAX_TEXT)] | int | None
        p: str | None = None

    _LINES = msgspec.json.Decoder(list[_Line])
    _as_tuple = msgspec.structs.astuple
_NONE = type(None)
_SPECIAL = frozenset({"int", "bool", "date"})  # column kinds whose values are checked one by one
_ALLOWED = {str: frozenset({"text", "date", None}), int: frozenset({"int", "bool", None})}
_new = tuple.__new__
_DEVICE, _SEQ = attrgetter("device"), attrgetter("seq")


class Batch(NamedTuple):
    """Checked ops and the columns the range check needs."""

    ops: list[Op]
    devices: tuple[str, ...]
    seqs: tuple[int, ...]
    one_device: str | None  # the device of every op, when there is one


def batch_of(ops: list[Op]) -> Batch:
    """The Batch of ops checked one by one (the per-op path)."""
    devices = tuple(map(_DEVICE, ops))
    one = devices[0] if devices and devices.count(devices[0]) == len(devices) else None
    return Batch(ops, devices, tuple(map(_SEQ, ops)), one)


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def decode_ops(body: bytes) -> Batch | None:
    """Every line of ops.jsonl as an Op when all of them are valid and usual, else None."""
    try:
        joined = body.replace(b"\n", b",")  # the lines as one JSON array, in few copies
        if not joined.endswith(b"},"):  # written as "...}\n"; anything else: the general path
            return None
        array = b"".join((b"[", memoryview(joined)[:-1], b"]"))
        del joined
        typed = msgspec is not None  # types, number ranges and text lengths checked already
        if typed:  # each line straight to its op (checked below, column by column)
            lines: list[Op] = list(map(_new, repeat(Op), map(_as_tuple, _LINES.decode(array))))
        else:
            if _SURROGATE_ESCAPE.search(body):
                return None  # json would decode a lone one: the per-op path refuses it
            decoded = _DECODER.decode(array.decode("utf-8"))
            if set(map(type, decoded)) != {tuple}:
                return None  # a line that is no object
            lines = list(map(_new, repeat(Op), decoded))
        if len(lines) != body.count(b"\n"):
            return None  # a line that holds two objects, or an object over two lines
        return _checked(lines, typed)
    except (KeyError, TypeError, ValueError, RecursionError):
        return None  # a line lacking a key, a list as a name, not JSON ...


def _checked(lines: list[Op], typed: bool) -> Batch | None:
    devices, seqs, hlcs, tbls, rows, cols, values, prevs = zip(*lines, strict=True)
    for numbers in () if typed else (seqs, hlcs):
        if set(map(type, numbers)) != {int} or min(numbers) <= 0 or max(numbers) > MAX_HLC:
            return None
    distinct = set(devices)
    if not all(_name_ok(device, DEVICE_RE) for device in distinct):
        return None
    if not all(map(ROW_RE.match, set(rows))):
        return None
    kinds = _kinds(set(zip(tbls, cols, map(type, values), strict=True)))
    if kinds is None:
        return None
    texts = () if typed else compress(values, map(isinstance, values, repeat(str)))
    if max(map(len, texts), default=0) > MAX_TEXT:
        return None
    special = {col for (_, col), kind in kinds.items() if kind in _SPECIAL}
    if special:
        picked = compress(zip(tbls, cols, values, strict=True), map(contains, repeat(special), cols))
        if not all(_value_ok(kinds[tbl, col], value) for tbl, col, value in set(picked)):
            return None
    if not _prevs_ok(devices, hlcs, prevs):
        return None
    one = next(iter(distinct)) if len(distinct) == 1 else None
    return Batch(lines, devices, seqs, one)


def _kinds(combos: set[tuple[Any, Any, type]]) -> dict[tuple[str, str], str | None] | None:
    """The kind of each (table, column) the ops name, or None when a name or the type of a
    value is wrong for it."""
    kinds: dict[tuple[str, str], str | None] = {}
    for tbl, col, value_type in combos:
        key = (tbl, col)
        if key not in kinds:
            if not _name_ok(tbl, IDENTIFIER) or col == "id" or not _name_ok(col, IDENTIFIER) or is_local(tbl):
                return None
            kinds[key] = _KIND_OF(tbl, col)
        if value_type is not _NONE and kinds[key] not in _ALLOWED.get(value_type, ()):
            return None  # booleans, floats, lists ... take the per-op path
    return kinds


def _value_ok(kind: str | None, value: Any) -> bool:
    if value is None:
        return True
    if kind == "bool":
        return value == 0 or value == 1
    if kind == "int":
        return abs(value) <= MAX_HLC
    if kind != "date":
        return True  # text, or a column this version does not know: decided by its type
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _prevs_ok(devices: tuple[str, ...], hlcs: tuple[int, ...], prevs: tuple[Any, ...]) -> bool:
    """Every previous clock well formed and older than its op's own clock."""
    types = set(map(type, prevs))
    if str not in types:
        return types == {_NONE}
    if not types <= {str, _NONE}:
        return False
    held = list(map(is_not, prevs, repeat(None)))
    texts = list(compress(prevs, held))
    hl, dv = list(compress(hlcs, held)), list(compress(devices, held))
    single = list(map(CLOCK_RE.match, texts))  # one clock: no comma matches CLOCK_RE
    clocks = map(mod, repeat("%016x%s"), zip(hl, dv, strict=True))
    if not all(map(lt, compress(texts, single), compress(clocks, single))):
        return False
    several: Iterator[tuple[str, int, str]] = compress(zip(texts, hl, dv, strict=True), map(not_, single))
    return all(_fast_prev(text, h, d) for text, h, d in several)


def wire_tuples(lines: list[str]) -> list[tuple[Any, ...]]:
    """ops.jsonl lines this program wrote, as tuples in wire order (for a segment's digest)."""
    if not lines:
        return []
    array = ("[" + ",".join(lines) + "]").encode("utf-8")
    if msgspec is not None:
        return list(map(_as_tuple, _LINES.decode(array)))
    return list(_DECODER.decode(array.decode("utf-8")))
