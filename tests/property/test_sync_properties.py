"""Sync properties on several databases: convergence, idempotence, damage, skew, conflicts."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lishui_desktop.sync import hlc
from tests.conftest import Stores
from tests.property.sync_world import World, scratch_dir

PIDS = ["00000000-0000-4000-8000-00000000000" + str(i) for i in range(3)]
FIELDS = {"phone": ["13800000001", "13900000002", None], "village": ["东村", "西村"], "name": ["张三", "李四"]}
FIELD_KEYS = sorted(FIELDS)
# Convergence: at least 200 examples in every run (CI included), shrinking on, so a failure
# comes back as its smallest case; worlds are copied from a template (tests/property/sync_world.py).
CONVERGE = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
FAST = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))

step = st.one_of(
    st.tuples(st.just("put"), st.sampled_from("ab"), st.sampled_from(PIDS),
              st.sampled_from(FIELD_KEYS), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.sampled_from("ab"), st.sampled_from(PIDS), st.booleans()),
    st.tuples(st.just("export"), st.sampled_from("ab")),
    st.tuples(st.just("pull"), st.sampled_from("ab")),  # import the bundles made so far
)


def run_steps(world: World, steps: list[tuple[Any, ...]]) -> None:
    for s in steps:
        if s[0] == "put":
            values = FIELDS[s[3]]
            world.put_person(s[1], s[2], **{s[3]: values[s[4] % len(values)]})
        elif s[0] == "delete":
            world.put_person(s[1], s[2], deleted=s[3])
        elif s[0] == "export":
            world.export(s[1])
        elif world.bundles:
            world.import_(s[1], *world.bundles)
    world.export("a")
    world.export("b")


SERVER: list[Any] = [None]  # a PostgreSQL server for the offices of the worlds made now


def new_world(tmp: str, roles: dict[str, str] | None = None, server: Any = None) -> World:
    """The offices on SERVER (or `server`) when one is set; laptops are files."""
    return World(Path(tmp), roles or {"a": "field", "b": "field", "o": "office", "p": "office"},
                 server=server or SERVER[0])


@CONVERGE
@given(st.lists(step, min_size=1, max_size=12), st.randoms(use_true_random=False), st.integers(1, 4))
def test_sync_any_order_and_grouping_converges(steps, rnd, group) -> None:
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as tmp:
        world = new_world(tmp)
        try:
            run_steps(world, steps)
            files = list(world.bundles)
            world.import_("o", *files)
            shuffled = files[:]
            rnd.shuffle(shuffled)
            for i in range(0, len(shuffled), group):
                world.import_("p", *shuffled[i : i + group])
            assert world.dump("o") == world.dump("p")
            relay = world.export("o")
            world.import_("a", relay)
            world.import_("b", relay)
            assert world.dump("a") == world.dump("b") == world.dump("o")
            assert world.review("a") == world.review("o")
        finally:
            world.close()


@CONVERGE
@given(st.lists(step, min_size=1, max_size=10), st.data())
def test_sync_reimport_subset_and_own_ops_change_nothing(steps, data) -> None:
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as tmp:
        world = new_world(tmp, {"a": "field", "b": "field", "o": "office"})
        try:
            run_steps(world, steps)
            world.import_("o", *world.bundles)
            before = world.dump("o")
            subset = data.draw(st.lists(st.sampled_from(world.bundles), max_size=4))
            reports = world.import_("o", *subset)
            assert all(r.status == "known" for r in reports)
            assert world.dump("o") == before
            back = world.export("o", full=True)
            world.import_("a", back)
            a_after = world.dump("a")
            world.import_("a", back)  # the office bundle holding a's own ops, again
            assert world.dump("a") == a_after == before
        finally:
            world.close()


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x41]) + data[offset + 1 :]


@FAST
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(["truncate", "flip"]))
def test_sync_damaged_bundle_changes_nothing(cut, flip_at, how) -> None:
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as tmp:
        world = new_world(tmp, {"a": "field", "o": "office"})
        try:
            world.put_person("a", PIDS[0], name="张三", phone="13800000001")
            path = world.export("a")
            raw = path.read_bytes()
            damaged = raw[: cut % len(raw)] if how == "truncate" else _flip(raw, flip_at % len(raw))
            bad = Path(tmp) / "bad.lsbundle"
            bad.write_bytes(damaged)
            before = world.dump("o")
            report = world.import_("o", bad)[0]
            if report.status == "rejected":
                assert report.reason
                assert world.dump("o") == before
            else:  # the flipped byte was in zip metadata nobody reads: the very same ops
                assert world.import_("o", path)[0].status == "known"
        finally:
            world.close()


def test_sync_lying_manifest_and_newer_format_are_refused(tmp_path: Path, stores: Stores) -> None:
    import json

    from lishui_desktop.sync.bundle import build_bundle

    world = new_world(str(tmp_path), {"a": "field", "o": "office"}, stores.server)
    try:
        world.put_person("a", PIDS[0], name="张三")
        path = world.export("a")
        from lishui_desktop.sync import limits

        members = limits.read_members(path.read_bytes(), ["manifest.json", "ops.jsonl", "devices.json"])
        manifest = json.loads(members["manifest.json"])
        lines = members["ops.jsonl"].decode().splitlines()
        devices = json.loads(members["devices.json"])
        keep = {k: v for k, v in manifest.items() if k not in ("counts", "members", "signature", "segments", "ranges")}
        (segment,) = manifest["segments"]
        cases = {
            "ranges": (keep, {**segment, "last": segment["first"] + 1}),
            "format": ({**keep, "min_reader_format": 9, "format": 9}, segment),
        }
        before = world.dump("o")
        for name, (lie, header) in cases.items():
            bad = tmp_path / f"{name}.lsbundle"
            data = build_bundle(lie, [(header, lines)], devices)
            if name == "format":
                data = data.replace(b'"min_reader_format": 2', b'"min_reader_format": 9')
            bad.write_bytes(data)
            report = world.import_("o", bad)[0]
            assert report.status == "rejected", name
        # a manifest whose recorded hash does not match the ops it ships
        forged = build_bundle(keep, [(segment, lines[:-1] + [lines[-1].replace("张三", "王五")])], devices)
        m2 = limits.read_members(forged, ["manifest.json", "ops.jsonl", "devices.json"])
        tampered = forged.replace(
            json.loads(m2["manifest.json"])["members"]["ops.jsonl"]["sha256"].encode(),
            json.loads(members["manifest.json"])["members"]["ops.jsonl"]["sha256"].encode(),
        )
        (tmp_path / "tampered.lsbundle").write_bytes(tampered)
        assert world.import_("o", tmp_path / "tampered.lsbundle")[0].status == "rejected"
        # the same forged line with the ops' hash fixed: the author's segment signature fails
        (tmp_path / "forged.lsbundle").write_bytes(forged)
        assert world.import_("o", tmp_path / "forged.lsbundle")[0].status == "rejected"
        assert world.dump("o") == before
        report = world.import_("o", tmp_path / "format.lsbundle")[0]
        assert "format" in (report.reason or "") or "格式" in (report.reason or "")
    finally:
        world.close()


def test_sync_delete_and_restore_reach_a_third_laptop_through_the_office(tmp_path: Path, stores: Stores) -> None:
    world = new_world(str(tmp_path), {"a": "field", "b": "field", "c": "field", "o": "office"}, stores.server)
    try:
        world.put_person("a", PIDS[0], name="张三")
        world.import_("o", world.export("a"))
        world.import_("c", world.export("o", for_device="c"))
        assert world.value("c", PIDS[0], "deleted") == 0
        world.import_("b", world.export("o", for_device="b"))
        world.put_person("b", PIDS[0], deleted=True)
        world.import_("o", world.export("b"))
        world.import_("c", world.export("o", for_device="c"))
        assert world.value("c", PIDS[0], "deleted") == 1
        world.put_person("a", PIDS[0], deleted=False)  # a had not seen the delete: concurrent
        world.import_("o", world.export("a"))
        world.import_("c", world.export("o", for_device="c"))
        assert world.value("c", PIDS[0], "deleted") == world.value("o", PIDS[0], "deleted")
        world.import_("c", world.export("o", for_device="c"))
        world.put_person("c", PIDS[0], deleted=False)  # a restore after seeing everything
        world.import_("o", world.export("c"))
        for name in ("a", "b"):
            world.import_(name, world.export("o", for_device=name))
        assert {world.value(n, PIDS[0], "deleted") for n in "abco"} == {0}
        assert world.dump("a") == world.dump("b") == world.dump("o")
    finally:
        world.close()


def import_accepting(world: World, name: str, *paths: Path) -> None:
    """Import; a person accepts whatever was quarantined for its clock."""
    from lishui_desktop.services import sync_service

    world.import_(name, *paths)
    for item in sync_service.review_items(world[name]):
        if item["kind"] == "quarantined_bundle":
            assert sync_service.accept_quarantined(world[name], item["log_id"]).status in ("imported", "known")


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from([-hlc.DAY_MS, 365 * hlc.DAY_MS, 3 * 3600 * 1000]), st.booleans())
def test_sync_clock_skew_never_makes_a_later_edit_lose(skew, skewed_edits_first) -> None:
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as tmp:
        world = new_world(tmp, {"a": "field", "b": "field", "o": "office"})
        try:
            first, second = ("a", "b") if skewed_edits_first else ("b", "a")
            hlc.set_skew(world["a"].path, skew)
            world.put_person(first, PIDS[0], name="张三", phone="13800000001")
            import_accepting(world, second, world.export(first))
            assert world.value(second, PIDS[0], "phone") == "13800000001"
            world.put_person(second, PIDS[0], phone="13900000002")  # after seeing the value
            import_accepting(world, "o", world.export(first), world.export(second))
            import_accepting(world, first, world.export("o", for_device=first))
            for name in (first, second, "o"):
                assert world.value(name, PIDS[0], "phone") == "13900000002", name
            assert world.review("o") == []
        finally:
            world.close()


@CONVERGE
@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(FIELD_KEYS), st.integers(0, 2)),
                min_size=2, max_size=8), st.randoms(use_true_random=False))
def test_sync_concurrent_edits_give_the_same_conflicts_everywhere(edits, rnd) -> None:
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as tmp:
        world = new_world(tmp)
        try:
            world.put_person("a", PIDS[1], name="张三")
            world.import_("b", world.export("a"))
            for who, field, idx in edits:
                values = FIELDS[field]
                world.put_person(who, PIDS[1], **{field: values[idx % len(values)]})
            files = [world.export("a"), world.export("b")]
            world.import_("o", *files)
            rnd.shuffle(files)
            world.import_("p", *files)
            world.import_("a", world.export("o", for_device="a"))
            world.import_("b", world.export("o", for_device="b"))
            expected = world.review("o")
            for name in "abp":
                assert world.review(name) == expected
            # the fields both laptops set to different final values are exactly the conflicts
            base = {"name": "张三", "phone": None, "village": None}
            current = {w: dict(base) for w in "ab"}
            wrote: dict[str, set[str]] = {w: set() for w in "ab"}
            for who, field, idx in edits:
                value = FIELDS[field][idx % len(FIELDS[field])]
                if current[who][field] != value:
                    wrote[who].add(field)
                current[who][field] = value
            clashing = {
                f for f in wrote["a"] & wrote["b"] if current["a"][f] != current["b"][f]
            }
            assert {i["column"] for i in expected if i["kind"] == "field"} == clashing
            # settling one conflict is an edit that syncs and clears it everywhere
            from lishui_desktop.services import sync_service

            for item in [i for i in expected if i["kind"] == "field"]:
                loser = item["values"][0]["value"]
                sync_service.resolve_field(world["o"], "persons", PIDS[1], item["column"], loser)
            relay = world.export("o")
            world.import_("a", relay)
            assert world.review("a") == world.review("o") == []
            assert world.dump("a") == world.dump("o")
        finally:
            world.close()


def test_sync_person_merge_decisions_converge_whichever_office_decides(tmp_path: Path, stores: Stores) -> None:
    from lishui_desktop.services import sync_service

    world = new_world(str(tmp_path), server=stores.server)
    try:
        world.put_person("a", "11111111-0000-4000-8000-000000000001", name="张小花", village="西村")
        world.put_person("b", "22222222-0000-4000-8000-000000000002", name="张小花", village="西村")
        files = [world.export("a"), world.export("b")]
        for office in ("o", "p"):
            world.import_(office, *files)
            items = [i for i in world.review(office) if i["kind"] == "duplicate_person"]
            assert len(items) == 1 and len(items[0]["row_ids"]) == 2
        # both offices decide, in opposite order of ids: the same person is kept
        ids = items[0]["row_ids"]
        assert sync_service.merge_persons(world["o"], ids) == sync_service.merge_persons(world["p"], ids[::-1])
        relays = [world.export("o"), world.export("p")]
        for name in "abop":
            world.import_(name, *relays)
        assert world.dump("a") == world.dump("b") == world.dump("o") == world.dump("p")
        assert world.review("a") == []
        assert world.value("a", ids[1], "deleted") == 1 and world.value("a", ids[0], "deleted") == 0
    finally:
        world.close()


# --- the same properties with the offices on PostgreSQL ------------------------------------
# Fewer examples there (each world copies two office databases on the server): 15 for the
# convergence properties instead of 200, 6 for damage, 3 for skew. The SQLite runs above keep
# their counts; what differs on PostgreSQL is the store, not the merge, which the SQLite runs
# explore widely.
ON_PG = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture
def on_postgresql(pg_server):  # type: ignore[no-untyped-def]
    SERVER[0] = pg_server
    yield pg_server
    SERVER[0] = None


@ON_PG
@given(st.lists(step, min_size=1, max_size=12), st.randoms(use_true_random=False), st.integers(1, 4))
def test_sync_any_order_and_grouping_converges_on_postgresql(on_postgresql, steps, rnd, group) -> None:  # type: ignore[no-untyped-def]
    test_sync_any_order_and_grouping_converges.hypothesis.inner_test(steps, rnd, group)


@ON_PG
@given(st.lists(step, min_size=1, max_size=10), st.data())
def test_sync_reimport_subset_and_own_ops_change_nothing_on_postgresql(on_postgresql, steps, data) -> None:  # type: ignore[no-untyped-def]
    test_sync_reimport_subset_and_own_ops_change_nothing.hypothesis.inner_test(steps, data)


@settings(ON_PG, max_examples=6)
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(["truncate", "flip"]))
def test_sync_damaged_bundle_changes_nothing_on_postgresql(on_postgresql, cut, flip_at, how) -> None:  # type: ignore[no-untyped-def]
    test_sync_damaged_bundle_changes_nothing.hypothesis.inner_test(cut, flip_at, how)


@settings(ON_PG, max_examples=3)
@given(st.sampled_from([-hlc.DAY_MS, 365 * hlc.DAY_MS, 3 * 3600 * 1000]), st.booleans())
def test_sync_clock_skew_never_makes_a_later_edit_lose_on_postgresql(on_postgresql, skew, skewed_edits_first) -> None:  # type: ignore[no-untyped-def]
    test_sync_clock_skew_never_makes_a_later_edit_lose.hypothesis.inner_test(skew, skewed_edits_first)


@ON_PG
@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(FIELD_KEYS), st.integers(0, 2)),
                min_size=2, max_size=8), st.randoms(use_true_random=False))
def test_sync_concurrent_edits_give_the_same_conflicts_everywhere_on_postgresql(on_postgresql, edits, rnd) -> None:  # type: ignore[no-untyped-def]
    test_sync_concurrent_edits_give_the_same_conflicts_everywhere.hypothesis.inner_test(edits, rnd)
