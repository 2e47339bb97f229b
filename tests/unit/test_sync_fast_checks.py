"""The batch op checks of bundle import accept and refuse exactly what the per-op check does."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lishui_desktop.sync.ops import InvalidOp, Op, op_from_wire, ops_from_wire

BASE = {"d": "dev-1", "s": 5, "h": 1 << 40, "t": "persons", "r": "row-1", "c": "name", "v": "x", "p": None}
CHOICES: dict[str, list[Any]] = {
    "d": ["dev-1", "dev 2", 5, None, ["a"], "d" * 37],
    "s": [5, 0, -1, True, 2**70, 1.0, "5"],
    "h": [1 << 40, 0, True, 2**70, None],
    "t": ["persons", "Persons", "nope", 1, {"a": 1}],
    "r": ["row-1", "", "a b", None, 3],
    "c": ["name", "id", "poor_household", "birth_date", "deleted", "unknown_col", "county_id", [1]],
    "v": ["x", None, 1, 0, 2, True, -5, 2**70, 1.5, "2020-01-02", "2020-13-01", "y" * 100_001, [1]],
    "p": [None, "", "0000010000000000dev-1", "ffffffffffffffffdev-1", "0000000000000001dev-1,0000000000000002dev-2", 5],
}

_edit = st.fixed_dictionaries({}, optional={k: st.sampled_from(v) for k, v in CHOICES.items()})
_line = st.one_of(_edit.map(lambda e: {**BASE, **e}), st.just([BASE]), st.just({"d": "dev-1"}))


def _per_op(objs: list[Any]) -> tuple[str, Any]:
    out: list[Op] = []
    for number, obj in enumerate(objs, 1):
        try:
            out.append(op_from_wire(obj))
        except InvalidOp as exc:
            return "refused", f"line {number}: {exc}"
    return "ok", [(op, tuple(map(type, op))) for op in out]


def _batch(objs: list[Any]) -> tuple[str, Any]:
    try:
        ops = ops_from_wire(objs)
    except InvalidOp as exc:
        return "refused", str(exc)
    return "ok", [(op, tuple(map(type, op))) for op in ops]


@settings(max_examples=400, deadline=None)
@given(st.lists(_line, min_size=1, max_size=5))
def test_batch_check_matches_per_op_check(objs: list[Any]) -> None:
    ops_from_wire([BASE])  # the names of BASE are known valid: later lines take the fast path
    assert _batch(objs) == _per_op(objs)


def test_a_list_as_a_name_is_an_invalid_op_not_a_crash() -> None:
    for key in ("d", "t", "c"):
        try:
            op_from_wire({**BASE, key: ["x"]})
        except InvalidOp:
            continue
        raise AssertionError(f"{key} as a list was accepted")
