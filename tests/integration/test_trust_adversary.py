"""A careless or dishonest colleague: an enrolled laptop that edits its own database or makes
bundles by hand, a relay that alters what it forwards, a restored or copied database, a clock a
year ahead, a delete racing an edit. Each attack is refused with a clear reason and changes
nothing; every honest edit still reaches everyone (dumps equal).

One office, one lead and three laptops (a, b, c), each a real database issued by the office.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lishui_desktop.domain.i18n import set_language
from lishui_desktop.domain.ids import new_id
from lishui_desktop.services import backup, issuing, sync_service
from lishui_desktop.services.setup import open_database
from lishui_desktop.sync import certs, crypto, hlc, identities, keys, limits, log, segments
from lishui_desktop.sync.bundle import build_bundle
from lishui_desktop.sync.ops import Op, op_to_wire, ops_from_wire
from tests.conftest import Stores
from tests.property.sync_world import World

ROLES = {"o": "office", "lead": "lead", "a": "field", "b": "field", "c": "field"}
P1, P2, P3 = (f"00000000-0000-4000-8000-00000000010{i}" for i in range(3))
LAPTOPS = ("a", "b", "c")


@pytest.fixture
def world(tmp_path: Path, stores: Stores):  # type: ignore[no-untyped-def]
    """Every test twice: the office and the lead SQLite files, then stores on PostgreSQL."""
    set_language("zh_CN")  # the reasons a clerk reads
    w = World(tmp_path, ROLES, server=stores.server)
    yield w
    w.close()


def one_round(world: World) -> None:
    """Every laptop and the lead send to the office; the office sends each its bundle back."""
    sent = [world.export(name) for name in ("lead", *LAPTOPS)]
    world.import_("o", *sent)
    for name in ("lead", *LAPTOPS):
        world.import_(name, world.export("o", for_device=name))


def assert_converged(world: World, names: tuple[str, ...] = ("o", "lead", *LAPTOPS)) -> str:
    dumps = {name: world.dump(name) for name in names}
    assert len(set(dumps.values())) == 1, [n for n in names if dumps[n] != dumps["o"]]
    return dumps["o"]


def refused(report: Any, *fragments: str) -> None:
    """Refused as a whole, with a reason in Chinese naming what is wrong."""
    assert report.status == "rejected", report
    assert any("\u4e00" <= ch <= "\u9fff" for ch in report.reason), report.reason
    for fragment in fragments:
        assert fragment in report.reason, report.reason


def life(db: Any) -> str:
    return str(db.get_setting("author_id"))


def craft(world: World, who: str, parts: list[tuple[dict[str, Any], list[str]]], *,
          docs: list[dict[str, Any]] | None = None, source: str | None = None, name: str = "crafted") -> Path:
    """A bundle made by hand on laptop `who`, signed with its own key."""
    db = world[who]
    with db.engine.connect() as conn:
        held = identities.all_documents(conn.exec_driver_sql)
    manifest = {
        "bundle_id": new_id(), "source_device": source or db.get_setting("device_id"),
        "source_author": life(db) if source is None else None, "source_name": who,
        "for_device": None, "full": False, "created": "2026-01-01T00:00:00+00:00", "vector": {},
    }
    if manifest["source_author"] is None:
        manifest.pop("source_author")
    key = keys.signing_key(db)
    data = build_bundle(manifest, parts, held + (docs or []), sign_manifest=lambda m: crypto.sign_manifest(m, key))
    path = world.folder / f"{name}-{new_id()[:8]}.lsbundle"
    path.write_bytes(data)
    return path


def segment(db: Any, ops: list[Op], *, author: str | None = None, device: str | None = None,
            key: bytes | None = None) -> tuple[dict[str, Any], list[str]]:
    header = segments.sign(
        key or keys.signing_key(db), author=author or ops[0].device, device=device or db.get_setting("device_id"),
        first=ops[0].seq, last=ops[-1].seq, digest_hex=segments.digest(ops),
    )
    return header, [op_to_wire(op) for op in ops]


def next_op(world: World, who: str, author: str, pid: str, col: str, value: Any) -> Op:
    with world[who].engine.connect() as conn:
        seq = log.last_seq(conn.connection.dbapi_connection, author) + 1
    return Op(author, seq, (hlc.wall_ms() << 16) + 7, "persons", pid, col, value, None)


# --- point 1: who is who is issued, not synced ---------------------------------------------------
def test_a_laptop_editing_its_own_devices_table_changes_no_identity(world: World) -> None:
    world.put_person("a", P1, name="张三", phone="13800000001")
    world.put_person("b", P2, name="李四")
    one_round(world)
    office_key = world["o"].get_setting("device_id")
    b_id = world["b"].get_setting("device_id")
    # laptop a rewrites who is who in its own database: b's key is its own, it is an office,
    # the office's box key is its own, a made-up office device, and the office is revoked
    a = world["a"]
    a_sign = crypto.b64(crypto.sign_public(keys.signing_key(a)))
    a_box = crypto.b64(crypto.box_public(keys.box_private(a)))
    with a.transaction() as s:
        s.execute(text("UPDATE devices SET sign_public_key = :k WHERE id = :b"), {"k": a_sign, "b": b_id})
        s.execute(text("UPDATE devices SET role = 'office' WHERE id = :a"), {"a": a.get_setting("device_id")})
        s.execute(text("UPDATE devices SET box_public_key = :k, revoked_at = 'now' WHERE id = :o"),
                  {"k": a_box, "o": office_key})
        s.execute(text("INSERT INTO devices(id, name, role, sign_public_key, box_public_key, serial) "
                       "VALUES ('fake-office', '假办公室', 'office', :k, :b, 1)"), {"k": a_sign, "b": a_box})
    world.put_person("a", P1, phone="13800000009")  # an honest edit in the same bundle
    report = world.import_("o", world.export("a"))[0]
    assert report.status == "imported"  # the edit arrives; the table edits travel nowhere
    with world["o"].sessions() as s:
        rows = {r[0]: r[1:] for r in s.execute(text("SELECT id, role, sign_public_key, revoked_at FROM devices"))}
    assert rows[b_id][1] != a_sign and rows[a.get_setting("device_id")][0] == "field"
    assert rows[office_key][2] is None and "fake-office" not in rows
    # what it cannot change by editing, it cannot claim with documents it signs itself
    fake = certs.issue_device(
        keys.signing_key(a), device_id="fake-office", name="假办公室", role="office",
        sign_public=crypto.unb64(a_sign), box_public=crypto.unb64(a_box), serial=1,
        issued_at="2026-01-01", issuer=office_key, issuer_name="市办",
    )
    promote = {**fake, "id": a.get_setting("device_id"), "serial": 9}
    revoke_office = certs.revoke_device(keys.signing_key(a), device_id=office_key, cut={}, revoked_at="x", issuer="x")
    for doc in (fake, certs.sign_doc(promote, keys.signing_key(a)), revoke_office):
        refused(world.import_("o", craft(world, "a", [], docs=[doc]))[0], "并非本部署的对口支援办签发")
    # nor can it send a bundle as b: b's issued key is not its own
    refused(world.import_("o", craft(world, "a", [], source=b_id))[0], "签名", "伪造")
    # every other computer: still the office's identities, a bundle to the office and lead only
    one_round(world)
    assert_converged(world)
    for name in ("b", "c"):  # a laptop encrypts to the office and the lead, never to a
        with world[name].sessions() as s:
            assert set(keys.recipients(s, world[name].get_setting("device_id"))) == {
                crypto.box_public(keys.box_private(world[n])) for n in ("o", "lead")
            }
    assert world.value("b", P1, "phone") == "13800000009"


def test_ops_on_the_devices_table_are_refused(world: World) -> None:
    a = world["a"]
    op = next_op(world, "a", life(a), world["b"].get_setting("device_id"), "role", "office")
    op = op._replace(tbl="devices")
    report = world.import_("o", craft(world, "a", [segment(a, [op])]))[0]
    refused(report, "devices")


# --- point 2: every op bound to its author ------------------------------------------------------
def test_ops_in_another_devices_name_are_refused_and_the_real_ones_arrive(world: World) -> None:
    world.put_person("b", P2, name="李四", phone="13900000001")
    one_round(world)
    before = assert_converged(world)
    a, b = world["a"], world["b"]
    forged = next_op(world, "a", life(b), P2, "phone", "13000000000")  # b's next number, a's value
    attacks = {
        # a's own segment holding an op in b's name
        "other author in the segment": craft(world, "a", [(segment(a, [forged], author=life(a))[0], [op_to_wire(forged)])]),
        # a segment in b's name, signed by a as itself
        "b's author, a's device": craft(world, "a", [segment(a, [forged])]),
        # a segment claiming to be signed by b, with a's key
        "b's device, a's key": craft(world, "a", [segment(a, [forged], device=b.get_setting("device_id"))]),
    }
    for what, path in attacks.items():
        for office in ("o", "lead"):
            report = world.import_(office, path)[0]
            assert report.status == "rejected" and report.reason, (what, report)
    assert world.dump("o") == world.dump("lead") == before
    # b's genuine edit with that very number arrives, and everybody has it after one round
    world.put_person("b", P2, phone="13900000002")
    one_round(world)
    assert_converged(world)
    assert world.value("c", P2, "phone") == "13900000002"


def test_a_relay_can_forward_but_never_forge(world: World) -> None:
    world.put_person("a", P1, name="张三", phone="13800000001")
    world.import_("lead", world.export("a"))
    relay = world.export("lead", for_device="o")
    members = limits.read_members(relay.read_bytes(), ["manifest.json", "ops.jsonl", "devices.json"])
    manifest = json.loads(members["manifest.json"])
    lines = members["ops.jsonl"].decode().splitlines()
    start = 0
    for header in manifest["segments"]:  # a's segment, as the lead received it
        count = header["last"] - header["first"] + 1
        if header["author"] == life(world["a"]):
            break
        start += count
    mine = lines[start : start + count]
    changed = [line.replace("13800000001", "13811111111") for line in mine]
    assert changed != mine
    before = world.dump("o")
    kept_header = craft(world, "lead", [(header, changed)], name="same-header")
    digest = segments.digest(ops_from_wire(json.loads(line) for line in changed))
    new_digest = craft(world, "lead", [({**header, "digest": digest}, changed)], name="new-digest")
    refused(world.import_("o", kept_header)[0], "作者签名的内容不符")
    refused(world.import_("o", new_digest)[0], "没有该设备的签名")
    assert world.dump("o") == before
    assert world.import_("o", relay)[0].status == "imported"  # the honest relay
    assert world.value("o", P1, "phone") == "13800000001"


def test_a_laptop_rewriting_its_own_history_is_a_fork_refused_and_shown(world: World) -> None:
    world.put_person("a", P1, name="张三", phone="13800000001")
    one_round(world)
    before = assert_converged(world)
    a = world["a"]
    with a.engine.begin() as conn:  # a rewrites the phone its earlier op said, and the record
        conn.exec_driver_sql("UPDATE sync_op_runs SET vals = replace(vals, '13800000001', '13888888888')")
        conn.exec_driver_sql("UPDATE persons SET phone = '13888888888' WHERE id = ?", (P1,))
    world.put_person("b", P2, name="李四")  # an honest edit meanwhile
    report = world.import_("o", world.export("a", full=True))[0]
    refused(report, "分叉")
    assert report.refused and report.refused[0]["kind"] == "fork"
    assert world.dump("o") == before
    forks = [i for i in sync_service.review_items(world["o"]) if i["kind"] == "fork"]
    assert forks and forks[0]["device_name"] == "a"
    one_round(world)
    assert_converged(world, ("o", "lead", "b", "c"))
    assert world.value("c", P2, "name") == "李四" and world.value("c", P1, "phone") == "13800000001"


def test_a_revoked_laptop_keeps_its_earlier_edits_and_nothing_after(world: World) -> None:
    world.put_person("c", P3, name="王五", phone="13700000001")
    one_round(world)
    issuing.revoke(world["o"], "c")
    world.put_person("c", P3, phone="13700000002")  # after the revocation: refused everywhere
    late = world.export("c")
    refused(world.import_("o", late)[0], "吊销")
    one_round_without_c = [world.export(n) for n in ("lead", "a", "b")]
    world.import_("o", *one_round_without_c)
    for name in ("lead", "a", "b"):
        world.import_(name, world.export("o", for_device=name))
    refused(world.import_("a", late)[0], "吊销")  # the revocation reached a with the office's bundle
    assert_converged(world, ("o", "lead", "a", "b"))
    assert world.value("a", P3, "phone") == "13700000001"


# --- sequence numbers never repeat -----------------------------------------------------------
def test_restore_then_edit_loses_nothing(world: World) -> None:
    a = world["a"]
    world.put_person("a", P1, name="张三", phone="13800000001")
    one_round(world)
    saved = backup.create_backup(a.path, "manual")
    world.put_person("a", P1, phone="13800000002")  # after the backup: only the office has it
    world.import_("o", world.export("a"))
    old_life = life(a)
    backup.restore(a, saved.id)  # reopened through open_database: a new life
    assert life(a) != old_life
    assert world.value("a", P1, "phone") == "13800000001"
    world.put_person("a", P2, name="李四")  # the edit after the restore
    one_round(world)
    assert world.value("a", P1, "phone") == "13800000002"  # its own earlier edit came back
    one_round(world)
    assert_converged(world)
    assert world.value("c", P2, "name") == "李四"
    assert not [i for i in sync_service.review_items(world["o"]) if i["kind"] == "fork"]


def test_a_copied_database_file_starts_its_own_life(world: World, tmp_path: Path) -> None:
    world.put_person("a", P1, name="张三")
    one_round(world)
    copy_path = tmp_path / "a-copy.sqlite3"
    world["a"].engine.dispose()  # the program closed: everything in the file, none in its WAL
    shutil.copyfile(world["a"].path, copy_path)  # the file copied onto another laptop
    copy = open_database(copy_path)
    world.dbs["a2"] = copy
    assert life(copy) != life(world["a"])
    world.put_person("a", P1, phone="13800000001")
    world.put_person("a2", P2, name="李四")
    world.import_("o", world.export("a"), world.export("a2"))
    for name in ("lead", "a", "a2", "b", "c"):
        world.import_(name, world.export("o", for_device="a" if name == "a2" else name))
    assert_converged(world, ("o", "lead", "a", "a2", "b", "c"))
    assert world.value("b", P1, "phone") == "13800000001" and world.value("b", P2, "name") == "李四"
    assert not [i for i in sync_service.review_items(world["o"]) if i["kind"] == "fork"]


# --- clocks ------------------------------------------------------------------------------------
def test_a_clock_a_year_ahead_then_fixed(world: World) -> None:
    year = 365 * hlc.DAY_MS
    hlc.set_skew(world["a"].path, year)
    world.put_person("a", P1, name="张三", phone="13800000001")
    report = world.import_("o", world.export("a"))[0]
    assert report.status == "quarantined"
    (held,) = [i for i in sync_service.review_items(world["o"]) if i["kind"] == "quarantined_bundle"]
    assert sync_service.accept_quarantined(world["o"], held["log_id"]).status == "imported"
    with world["o"].engine.connect() as conn:  # the office's own clock did not follow
        office_clock = conn.exec_driver_sql("SELECT value FROM sync_state WHERE key = 'hlc'").scalar()
    assert hlc.physical_ms(office_clock) <= hlc.wall_ms() + hlc.DAY_MS
    world.put_person("o", P2, name="李四")  # the office's own next edit is not ahead
    assert world.import_("c", world.export("o", for_device="c"))[0].status == "quarantined"  # a's values
    own = [i for i in sync_service.review_items(world["c"]) if i["kind"] == "quarantined_bundle"]
    hlc.set_skew(world["a"].path, 0)  # a's clock is fixed
    world.put_person("a", P3, name="王五")  # a new record: the wall clock again
    with world["a"].engine.connect() as conn:
        a_ops = list(log.ops_of_rows(conn.connection.dbapi_connection, "persons", [P3]))
    assert a_ops and all(hlc.physical_ms(op.hlc) < hlc.wall_ms() + 60_000 for op in a_ops)
    assert world.import_("o", world.export("a"))[0].status == "imported"  # not quarantined again
    for item in own:  # c decides about that bundle itself
        assert sync_service.accept_quarantined(world["c"], item["log_id"]).status == "imported"
    world.import_("b", world.export("o", for_device="b"))  # b too decides about its bundle
    for item in [i for i in sync_service.review_items(world["b"]) if i["kind"] == "quarantined_bundle"]:
        sync_service.accept_quarantined(world["b"], item["log_id"])
    world.put_person("b", P1, phone="13900000003")  # an edit after seeing the far value wins
    one_round(world)
    for name in ("lead", *LAPTOPS):
        for item in [i for i in sync_service.review_items(world[name]) if i["kind"] == "quarantined_bundle"]:
            sync_service.accept_quarantined(world[name], item["log_id"])
    one_round(world)
    assert_converged(world)
    assert world.value("c", P1, "phone") == "13900000003" and world.value("c", P2, "name") == "李四"


# --- delete versus edit ------------------------------------------------------------------------
@pytest.mark.parametrize("delete_first", [True, False])
def test_delete_versus_concurrent_edit_is_a_review_item_in_either_order(world: World, delete_first: bool) -> None:
    world.put_person("a", P1, name="张三", phone="13800000001")
    one_round(world)
    world.put_person("a", P1, deleted=True)  # a deletes, b edits, neither seeing the other
    world.put_person("b", P1, phone="13900000002")
    files = [world.export("a"), world.export("b")]
    world.import_("o", *(files if delete_first else files[::-1]))
    world.import_("lead", *(files[::-1] if delete_first else files))
    items = [i for i in world.review("o") if i["kind"] == "deleted_edit"]
    assert items == [i for i in world.review("lead") if i["kind"] == "deleted_edit"]
    assert items and items[0]["row_id"] == P1 and items[0]["columns"] == ["phone"]
    one_round(world)
    assert_converged(world)
    # one action restores it, with b's edit; the item is gone everywhere after the next round
    sync_service.restore_record(world["o"], "persons", P1)
    one_round(world)
    assert_converged(world)
    assert world.value("a", P1, "deleted") == 0 and world.value("a", P1, "phone") == "13900000002"
    assert not [i for i in world.review("a") if i["kind"] == "deleted_edit"]


def test_a_delete_that_saw_the_edit_is_no_review_item(world: World) -> None:
    world.put_person("a", P1, name="张三", phone="13800000001")
    world.put_person("b", P2, name="李四")
    one_round(world)
    world.put_person("b", P1, phone="13900000002")
    one_round(world)
    world.put_person("a", P1, deleted=True)  # a had seen b's edit
    one_round(world)
    assert_converged(world)
    assert not [i for i in world.review("o") if i["kind"] == "deleted_edit"]
