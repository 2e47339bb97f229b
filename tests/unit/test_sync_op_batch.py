"""Bundle ops checked column by column (sync/op_batch.py) take exactly what the per-op check
takes, as the same ops; what they do not take goes to the per-op check, which names the line."""

from __future__ import annotations

import json
import struct
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lishui_desktop.domain.errors import UserError
from lishui_desktop.sync import bundle, crypto, op_batch, segments
from lishui_desktop.sync.bundle import BundleRejected, read_bundle
from lishui_desktop.sync.ops import InvalidOp, Op, op_from_wire, op_to_wire, ops_from_wire
from tests.unit.test_sync_fast_checks import BASE, CHOICES

DEV = "dev-1"
H0 = 1 << 40


def _op(seq: int, col: str = "name", value: Any = "x", prev: str | None = None, **kw: Any) -> Op:
    fields: dict[str, Any] = {
        "device": DEV, "seq": seq, "hlc": H0 + seq, "tbl": "persons",
        "row_id": f"row-{seq // 11}", "col": col, "value": value, "prev": prev,
    }
    fields.update(kw)
    return Op(**fields)


def _people(n: int) -> list[Op]:
    cols = [("name", "张三"), ("birth_date", "1980-02-29"), ("poor_household", 1),
            ("deleted", 0), ("county_id", None), ("notes", 'a "quoted"\nline\\')]
    return [_op(s, *cols[s % len(cols)]) for s in range(1, n + 1)]


def _parts(lines: list[str], ranges: dict[str, list[list[int]]] | None = None) -> list[tuple[dict[str, Any], list[str]]]:
    """Segments as the ranges say (unsigned: read_bundle alone checks no signature), their
    digests of the lines they take in turn (of nothing valid when the lines are not)."""
    spans = [(d, a, b) for d, runs in (ranges or {DEV: [[1, len(lines)]]}).items() for a, b in runs]
    parts: list[tuple[dict[str, Any], list[str]]] = []
    at = 0
    for n, (device, first, last) in enumerate(spans):
        take = lines[at:] if n == len(spans) - 1 else lines[at : at + max(0, last - first + 1)]
        at += len(take)
        try:
            digest = segments.digest(ops_from_wire(json.loads(line) for line in take))
        except (InvalidOp, ValueError, RecursionError):
            digest = "0" * 64
        header = {"author": device, "device": device, "first": first, "last": last,
                  "digest": digest, "key": "", "sig": ""}
        parts.append((header, take))
    return parts


def _bundle(lines: list[str], ranges: dict[str, list[list[int]]] | None = None) -> bytes:
    manifest = {"bundle_id": "b-1", "source_device": DEV, "vector": {}}
    return bundle.build_bundle(manifest, _parts(lines, ranges), [])


def _body(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _both_decoders(body: bytes) -> list[op_batch.Batch | None]:
    """decode_ops with msgspec and with the json module (used where msgspec is missing)."""
    with_msgspec = op_batch.decode_ops(body)
    saved, op_batch.msgspec = op_batch.msgspec, None
    try:
        return [with_msgspec, op_batch.decode_ops(body)]
    finally:
        op_batch.msgspec = saved


def _per_op(body: bytes) -> tuple[str, Any]:
    try:
        ops = ops_from_wire(bundle._decode_lines(body))
    except InvalidOp as exc:
        return "refused", str(exc)
    return "ok", [(op, tuple(map(type, op))) for op in ops]


def test_usual_ops_take_the_column_path_as_the_same_ops() -> None:
    ops = _people(500) + [_op(501, prev=f"{H0 + 3:016x}{DEV}"),
                          _op(502, prev=f"{H0 + 1:016x}{DEV},{H0 + 2:016x}dev-2")]
    body = _body([op_to_wire(op) for op in ops])
    assert op_batch.msgspec is not None  # a dependency: the faster decoder is the one used
    for batch in _both_decoders(body):
        assert batch is not None
        assert batch.ops == ops and all(type(op) is Op for op in batch.ops)
        assert _per_op(body) == ("ok", [(op, tuple(map(type, op))) for op in batch.ops])
    assert read_bundle(_bundle([op_to_wire(op) for op in ops])).ops == ops


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (_op(4000, "birth_date", "1980-13-01"), "line 4000: value of persons.birth_date is not a date"),
        (_op(4000, "poor_household", 2), "line 4000: value of persons.poor_household is not 0 or 1"),
        (_op(4000, "name", 5), "line 4000: value of persons.name is not text"),
        (_op(4000, "name", "y" * 100_001), "line 4000: text too long"),
        (_op(4000, tbl="dev-1"), "line 4000: bad table name"),
        (_op(4000, row_id="a b"), "line 4000: bad row id"),
        (_op(4000, prev=f"{H0 + 5000:016x}{DEV}"), "line 4000: an op is older than the value it replaced"),
        (_op(4000, prev=f"{H0:016x}{DEV},{H0 + 4000:016x}{DEV}"),
         "line 4000: an op is older than the value it replaced"),
        (_op(4000, prev="nope"), "line 4000: bad previous clock"),
    ],
)
def test_a_bad_op_deep_in_a_group_is_refused_with_its_line(bad: Op, reason: str) -> None:
    ops = _people(6000)
    ops[3999] = bad
    lines = [op_to_wire(op) for op in ops]
    assert _both_decoders(_body(lines)) == [None, None]
    with pytest.raises(BundleRejected) as caught:
        read_bundle(_bundle(lines))
    assert caught.value.args_ == (reason,)


def test_a_device_id_is_no_table_name_and_no_name_ends_in_a_newline() -> None:
    base = {"d": "Dev-1", "s": 1, "h": 5, "t": "persons", "r": "r1", "c": "name", "v": "x", "p": None}
    for key, value, reason in [("t", "Dev-1", "bad table name"), ("r", "r1\n", "bad row id"),
                               ("d", "Dev-1\n", "bad device id"), ("c", "name\n", "bad column name"),
                               ("p", f"{1:016x}Dev-1\n", "bad previous clock")]:
        with pytest.raises(InvalidOp, match=reason):
            op_from_wire({**base, key: value})


def test_a_boolean_value_takes_the_per_op_path_and_becomes_0_or_1() -> None:
    lines = [op_to_wire(op) for op in _people(20)]
    lines[1] = lines[1].replace('"v":1', '"v":true')  # seq 2: poor_household
    assert '"v":true' in lines[1]
    assert _both_decoders(_body(lines)) == [None, None]
    op = read_bundle(_bundle(lines)).ops[1]
    assert op.value == 1 and type(op.value) is int


def test_ops_nested_too_deep_are_refused_not_a_crash() -> None:
    deep = "[" * 5000 + "]" * 5000
    line = op_to_wire(_op(1)).replace('"v":"x"', f'"v":{deep}')
    with pytest.raises(BundleRejected, match="not valid JSON"):
        read_bundle(_bundle([line]))
    manifest = {"kind": "lishui-bundle", "format": 2, "min_reader_format": 2, "x": json.loads("[]")}
    raw = json.dumps(manifest).replace("[]", deep).encode()
    with pytest.raises(UserError):
        bundle._manifest(raw)
    header = deep.encode()  # an encrypted bundle's header, nested too deep
    envelope = crypto.MAGIC + struct.pack(">I", len(header)) + header + bytes(32)
    with pytest.raises(UserError):
        crypto.decrypt(envelope, crypto.new_private_key())


@pytest.mark.parametrize(
    ("ranges", "reason"),
    [
        ({DEV: [[1, 5], [5, 10]]}, "do not match its ops"),
        ({DEV: [[1, 4], [6, 11]]}, "do not match its ops"),
        ({DEV: [[1, 10]], "dev-2": [[1, 1]]}, "do not match its ops"),
        ({DEV: [[1, 10]], "dev-2": [[5, 4]]}, "no valid segments"),
        ({"dev-2": [[1, 10]]}, "names another author"),
    ],
)
def test_ranges_that_lie_are_refused(ranges: dict[str, list[list[int]]], reason: str) -> None:
    lines = [op_to_wire(op) for op in _people(10)]
    with pytest.raises(BundleRejected) as caught:
        read_bundle(_bundle(lines, ranges))
    assert reason in caught.value.message


def test_an_op_twice_is_refused_unless_two_segments_agree_on_it() -> None:
    lines = [op_to_wire(op) for op in _people(10)]
    with pytest.raises(BundleRejected) as caught:
        read_bundle(_bundle([*lines, lines[4]], {DEV: [[1, 11]]}))
    assert "do not match its ops" in caught.value.message
    # overlapping segments (a relay forwards them whole): the shared ops once
    both = read_bundle(_bundle([*lines[:6], *lines[3:]], {DEV: [[1, 6], [4, 10]]}))
    assert both.ops == _people(10)
    # ... unless they disagree: two versions of one op
    other = op_to_wire(_op(5, "name", "另一个"))
    with pytest.raises(BundleRejected) as caught:
        read_bundle(_bundle([*lines[:6], *lines[3:4], other, *lines[5:]], {DEV: [[1, 6], [4, 10]]}))
    assert "two different versions" in caught.value.message


def test_a_segment_holds_its_authors_ops_in_order() -> None:
    ops = [_op(s, device=d) for d in ("a", "b") for s in (1, 2, 3)]
    got = read_bundle(_bundle([op_to_wire(op) for op in ops], {"a": [[1, 3]], "b": [[1, 3]]}))
    assert got.ops == ops and [p.author for p in got.segments] == ["a", "b"]
    shuffled = [ops[1], ops[0], *ops[2:]]
    with pytest.raises(BundleRejected) as caught:
        read_bundle(_bundle([op_to_wire(op) for op in shuffled], {"a": [[1, 3]], "b": [[1, 3]]}))
    assert "do not match" in caught.value.message
    changed = [*ops[:2], ops[2]._replace(value="改过")]  # the digest is of the ops as signed
    data = bundle.build_bundle(
        {"bundle_id": "b-1", "source_device": DEV, "vector": {}},
        [(_parts([op_to_wire(op) for op in ops[:3]], {"a": [[1, 3]]})[0][0], [op_to_wire(o) for o in changed])],
        [],
    )
    with pytest.raises(BundleRejected) as caught:
        read_bundle(data)
    assert "do not match what their author signed" in caught.value.message


# Lines mutated at random: the column path refuses them or gives exactly the per-op result.
_VALID = [op_to_wire(op) for op in _people(12)] + [
    op_to_wire(_op(13, prev=f"{H0:016x}{DEV}")),
    op_to_wire(_op(14, "unknown_col", 2**70)),
]
_PIECES = ['"', ",", ":", "\\", "\\n", "true", "1.5", "-1", "0", "null", "[]", "{}", "}", "{",
           '"id"', '"dev-1"', "\n", " ", "\u2028", "2020-02-30", '"p":null', ',"v":1', "persons"]


@st.composite
def _mutated(draw: st.DrawFn) -> list[str]:
    lines = draw(st.lists(st.sampled_from(_VALID), min_size=1, max_size=6))
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        at = draw(st.integers(0, len(line)))
        cut = draw(st.integers(0, 3))
        lines[i] = line[:at] + draw(st.sampled_from(_PIECES)) + line[at + cut :]
    return lines


@settings(max_examples=500, deadline=None)
@given(_mutated())
def test_the_column_path_matches_the_per_op_path(lines: list[str]) -> None:
    body = _body(lines)
    for batch in _both_decoders(body):
        if batch is not None:
            assert _per_op(body) == ("ok", [(op, tuple(map(type, op))) for op in batch.ops])


def test_a_wrong_checksum_is_the_reason_even_when_later_checks_fail_too() -> None:
    """ops.jsonl is hashed while its ops are decoded; its checksum still comes first."""

    def lie(manifest: dict[str, Any]) -> dict[str, Any]:
        members = dict(manifest["members"])
        members["ops.jsonl"] = {**members["ops.jsonl"], "sha256": "0" * 64}
        members["devices.json"] = {**members["devices.json"], "size": 1}
        return {**manifest, "members": members, "vector": "not a vector"}

    big = [op_to_wire(op) for op in _people(30_000)]  # over 1 MiB: hashed on the other thread
    manifest = {"bundle_id": "b-1", "source_device": DEV, "vector": {}}
    for lines in (big, [*big[:-1], "not json"], big[:10]):
        data = bundle.build_bundle(manifest, _parts(lines, {DEV: [[1, 1]]}), [], sign_manifest=lie)
        with pytest.raises(BundleRejected) as caught:
            read_bundle(data)
        assert "does not match its checksum" in caught.value.message
        assert caught.value.args_ == ("ops.jsonl",)


# Whole lines of random fields, good and bad, as JSON: the same verdict and ops either way.
_FIELD_CHOICES: dict[str, list[Any]] = {
    **CHOICES,
    "h": [H0, 0, True, 2**63, 2**63 - 1, None, 1.5],
    "p": [*CHOICES["p"], f"{H0 - 1:016x}{DEV}", f"{H0 - 1:016x}{DEV},{H0 - 2:016x}x", ",", "A" * 16 + DEV],
    "v": [*CHOICES["v"], 2**63 - 1, -(2**63) + 1, 2**63, "0001-01-01", "2020W011", ""],
}
_fields = st.one_of(  # most lines valid, the others with one field changed
    st.just({}),
    st.sampled_from(sorted(_FIELD_CHOICES)).flatmap(
        lambda key: st.sampled_from(_FIELD_CHOICES[key]).map(lambda value: {key: value})
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_fields, st.integers(0, 9).map(lambda n: n == 0)), min_size=1, max_size=6))
def test_random_fields_get_the_same_verdict_and_ops_both_ways(edits: list[tuple[dict[str, Any], bool]]) -> None:
    lines = []
    for seq, (edit, drop_p) in enumerate(edits, 1):
        obj = {**BASE, "s": seq, "h": H0, **edit}
        if drop_p:
            obj.pop("p")
        lines.append(json.dumps(obj, ensure_ascii=False))
    body = _body(lines)
    for batch in _both_decoders(body):
        if batch is not None:
            assert _per_op(body) == ("ok", [(op, tuple(map(type, op))) for op in batch.ops])


def test_an_op_over_two_lines_or_two_ops_on_one_line_are_refused() -> None:
    """Even when the manifest counts the objects, not the lines."""
    lines = [op_to_wire(op) for op in _people(4)]
    head, tail = lines[0].split(",", 1)  # a newline where the comma was: still valid JSON
    manifest = {"bundle_id": "b-1", "source_device": DEV, "vector": {}}
    for body in ([head, tail, *lines[1:]], [lines[0] + "," + lines[1], *lines[2:]]):
        data = bundle.build_bundle(
            manifest, _parts(body, {DEV: [[1, 4]]}), [],
            sign_manifest=lambda m: {**m, "counts": {"ops": 4, "devices": 0}},
        )
        with pytest.raises(BundleRejected) as caught:
            read_bundle(data)
        assert caught.value.args_ == ("line 1: not valid JSON",)


@pytest.mark.parametrize("without_msgspec", [False, True])
def test_a_lone_surrogate_in_a_value_is_refused_with_its_line(
    monkeypatch: pytest.MonkeyPatch, without_msgspec: bool
) -> None:
    """JSON lets "\\ud800" through; SQLite could not store it: the bundle is refused, no
    traceback, whichever decoder read it (a surrogate pair is fine)."""
    if without_msgspec:
        monkeypatch.setattr(op_batch, "msgspec", None)
    lines = [op_to_wire(o) for o in _people(12)]
    pair = json.loads(lines[5])  # a name
    pair["v"] = "\U0001f600 笑"
    lines[5] = json.dumps(pair)  # ASCII escapes: "\ud83d\ude00"
    assert [o.value for o in read_bundle(_bundle(lines)).ops][5] == "\U0001f600 笑"
    bad = json.loads(lines[4])
    bad["v"] = "\ud800x"
    lines[4] = json.dumps(bad)
    with pytest.raises(BundleRejected) as caught:
        read_bundle(_bundle(lines))
    assert "line 5" in caught.value.text() and "Unicode" in caught.value.text()
