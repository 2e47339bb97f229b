"""Nothing the program writes escapes change capture.

Every function of services/ and sync/ that opens a writing transaction is found by reading the
source (a new one fails the first test until it has a scenario here). Each scenario then runs
it as a user would, on an office and a field laptop of one deployment, and afterwards:
* every synced field whose stored value changed has a new op in the change log holding that
  value (written by this computer, or imported with a bundle), and
* `lishui check`'s comparison finds nothing: every stored value is its latest op's.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lishui_desktop.db.backup_file import copy_database
from lishui_desktop.db.database import Database
from lishui_desktop.services import (
    audit,
    demo,
    deployment,
    drafts,
    identity,
    issuing,
    pairing_periods,
    places,
    reference_update,
    sync_service,
    targets,
    trust,
)
from lishui_desktop.services.excel_import import run_import
from lishui_desktop.services.ledgers import save_record, set_deleted
from lishui_desktop.services.setup import (
    check_database,
    init_database,
    open_database,
    shipped_reference,
)
from lishui_desktop.sync import hlc, importer, keys, merge
from lishui_desktop.sync.drift import find_drift, unlogged_value
from lishui_desktop.sync.tables import synced_columns, table_names
from tests.conftest import Stores
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, messy_rows, write_book

PACKAGE = Path(__file__).resolve().parents[2] / "lishui_desktop"
OPENS_A_WRITE = {"transaction", "write_cursor", "begin"}


def writing_functions() -> set[str]:
    """module.function of every function in services/ and sync/ that opens a write."""
    found = set()
    for path in sorted([*(PACKAGE / "services").rglob("*.py"), *(PACKAGE / "sync").rglob("*.py")]):
        module = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call):
                        name = getattr(call.func, "attr", getattr(call.func, "id", None))
                        if name in OPENS_A_WRITE:
                            found.add(f"{module}.{node.name}")
    return found


class Deployment:
    """An office (a SQLite file or a PostgreSQL store) and a laptop that joined it, in one folder."""

    def __init__(self, folder: Path, office: str) -> None:
        self.folder = folder
        self.office = Database.open(office)
        self.laptop = Database.open(folder / "laptop.sqlite3")
        self.count = 0

    def file(self, suffix: str) -> Path:
        self.count += 1
        return self.folder / f"f{self.count}{suffix}"

    def bundle(self, source: Database, target: Database) -> list[importer.ImportReport]:
        path = sync_service.export_bundle(source, self.file(".lsbundle")).path
        return sync_service.import_files(target, [path])


# --- scenarios: each runs its writer as a user would ---------------------------------------
def s_init(d: Deployment) -> None:
    init_database(d.office, device_name="市办-01", role="office", user_name="王主任")


def s_join(d: Deployment) -> None:
    path = deployment.export_deployment(d.office, d.file(".json"), "平昌-01")
    deployment.join_deployment(d.laptop, path, device_name="平昌-01", role="field", user_name="小王")


def s_demo(d: Deployment) -> None:
    demo.generate(d.laptop, scale=0.02, seed=7)


def s_ledgers(d: Deployment) -> None:
    session = save_record(d.laptop, "sessions", {"title": "培训班", "category": "村干部",
                                                  "organiser_id": "青田县", "start_date": "2019-03-01"})
    trainee = save_record(d.laptop, "trainees", {"person.name": "王秀英", "person.village": "白衣村"},
                          parent_id=session)  # without an ID: a random person id
    save_record(d.laptop, "trainees", {"person.name": "王秀英", "person.id_number": make_id(seq=311),
                                       "person.phone": "13800001111"}, record_id=trainee)  # now with one
    placement = save_record(d.laptop, "placements", {"person.name": "王秀英", "person.id_number": make_id(seq=311),
                                                     "employer": "丽水厂", "start_date": "2020-02-01"})
    save_record(d.laptop, "followups", {"date": "2020-05-01", "months": "3", "employed": True}, parent_id=placement)
    save_record(d.laptop, "events", {"kind": "leader_visit", "date": "2019-05-01", "title": "考察", "county_id": "平昌县"})


def s_delete(d: Deployment) -> None:
    with d.laptop.sessions() as s:
        ids = list(s.execute(text("SELECT id FROM events WHERE deleted = 0 LIMIT 3")).scalars())
    assert set_deleted(d.laptop, "events", ids) == len(ids)
    assert set_deleted(d.laptop, "events", ids[:1], deleted=False) == 1


def s_excel(d: Deployment) -> None:
    first = run_import(d.laptop, "trainees", write_book(d.file(".xlsx"), MESSY_HEADERS, messy_rows()))
    rows = messy_rows()
    rows[0][4] = "13800000000"
    rows[3][9] = "2019/03/25"
    again = run_import(d.laptop, "trainees", write_book(d.file(".xlsx"), MESSY_HEADERS, rows))
    assert first.applied and again.applied and again.updated


def s_identity(d: Deployment) -> None:
    identity.update_identity(d.laptop, user_name="小李", device_name="平昌-02")
    identity.update_identity(d.office, role="office", user_name="赵主任")


def s_keys(d: Deployment) -> None:
    keys.ensure_device_keys(d.laptop)
    keys.set_passphrase(d.office, "office-passphrase-1")


def s_bundles(d: Deployment) -> None:
    for db in (d.office, d.laptop):
        db.set_setting(keys.ALLOW_PLAIN, "1")  # trial mode: sync, not crypto
    files = [sync_service.export_bundle(d.laptop, d.file(".lsbundle")).path for _ in range(2)]
    preview = sync_service.import_files(d.office, files, dry_run=True)  # two: one transaction
    assert [r.status for r in preview] == ["preview", "preview"]
    assert [r.status for r in d.bundle(d.laptop, d.office)] == ["imported"]
    # the office relays the laptop's own ops back (identities travel as certificates, no ops)
    assert [r.status for r in d.bundle(d.office, d.laptop)] == ["known"]


def s_quarantine(d: Deployment) -> None:
    hlc.set_skew(d.laptop.path, 3 * hlc.DAY_MS)
    try:
        save_record(d.laptop, "events", {"kind": "leader_visit", "date": "2019-06-01", "title": "来自未来", "county_id": "平昌县"})
        first = d.bundle(d.laptop, d.office)
        save_record(d.laptop, "events", {"kind": "leader_visit", "date": "2019-06-02", "title": "又一次", "county_id": "平昌县"})
        second = d.bundle(d.laptop, d.office)
    finally:
        hlc.set_skew(d.laptop.path, 0)
    assert first[0].status == second[0].status == "quarantined"
    held = [i for i in sync_service.review_items(d.office) if i["kind"] == "quarantined_bundle"]
    importer.reject_quarantined(d.office, held[-1]["log_id"])
    assert sync_service.accept_quarantined(d.office, held[0]["log_id"]).status == "imported"


def s_targets(d: Deployment) -> None:
    assert targets.add_year(d.office, 2021) > 0
    row = targets.list_targets(d.office, 2021)[0]
    targets.change_target(d.office, row.id, threshold=row.threshold + 1)
    targets.end_target(d.office, row.id, 2021)


def s_places(d: Deployment) -> None:
    county = places.add_place(d.office, "旺苍县", "county", "sichuan", "510821", "广元市")
    town = places.add_place(d.office, "东河镇", "town", "sichuan", "510821100", county)
    twin = places.add_place(d.office, "东河乡", "town", "sichuan", None, county)
    places.rename_place(d.office, town, name="东河街道", code="510821101")
    places.merge_place(d.office, twin, town)
    places.retire_place(d.office, town, on="2022-01-01")


def s_renew(d: Deployment) -> None:
    pairing_periods.renew_pairing(d.office, "莲都区", "2021-01-01", "2025-12-31", partner="旺苍县")


def s_excel_reference(d: Deployment) -> None:
    book = write_book(d.file(".xlsx"), ["名称", "层级", "所属方", "行政区划代码", "上级"],
                      [["嘉川镇", "镇", "四川", "510821102", "旺苍县"]], title="地名")
    assert run_import(d.office, "places", book).applied
    book = write_book(d.file(".xlsx"), ["指标编号", "指标名称", "范围", "起始年度", "目标值", "单位", "统计规则"],
                      [["industry.consumer_sales", "消费扶贫销售额", "各县", 2022, 500, "万元", "sum events.amount kind=sale"]],
                      title="考核指标")
    assert run_import(d.office, "targets", book).applied


def s_release(d: Deployment) -> None:
    """Databases seeded by an older release (a target it did not ship, no rules yet) open with
    this one: the office captures the difference, the laptop applies it without ops."""
    seed = sorted(rid for (table, rid) in shipped_reference() if table == "targets")[0]
    for db in (d.office, d.laptop):
        with db.transaction() as s:
            s.execute(text("DELETE FROM targets WHERE id = :i"), {"i": seed})
            s.execute(text("UPDATE targets SET rule = NULL WHERE id IN (SELECT id FROM targets WHERE id NOT IN "
                           "(SELECT row_id FROM sync_change_log WHERE tbl = 'targets' AND col = 'rule'))"))
        db.set_setting(reference_update.FINGERPRINT, "an older release")
        update = reference_update.apply_release(db)
        assert update is not None and update.added == {"targets": 1} and update.updated > 0


def s_resolve(d: Deployment) -> None:
    with d.office.sessions() as s:
        person = s.execute(text("SELECT id, phone FROM persons WHERE NOT deleted LIMIT 1")).one()
    sync_service.resolve_field(d.office, "persons", person[0], "phone", person[1])  # kept: a new op
    sync_service.resolve_field(d.office, "persons", person[0], "phone", "13900002222")


def s_merge_persons(d: Deployment) -> None:
    with d.office.sessions() as s:
        people = [s.execute(text(  # one entered without a resident ID, one with: merged into it
            "SELECT p.id FROM persons p JOIN enrolments e ON e.person_id = p.id WHERE NOT p.deleted "
            f"AND p.id_number IS {held} NULL LIMIT 1"
        )).scalar_one() for held in ("", "NOT")]
    sync_service.merge_persons(d.office, people)
    sessions = [
        save_record(d.office, "sessions", {"title": "同一个班", "category": "村干部", "organiser_id": "青田县",
                                           "start_date": "2019-04-01", "place": place})
        for place in ("丽水", None)
    ]
    sync_service.merge_records(d.office, "sessions", sessions)


def s_trust(d: Deployment) -> None:
    d.office.set_setting(keys.ALLOW_PLAIN, None)
    other = Database.open(d.folder / "laptop2.sqlite3")
    try:
        path = deployment.export_deployment(d.office, d.file(".json"), "通江-01")
        deployment.join_deployment(other, path, device_name="通江-01", role="field")
        assert trust.register_reply(d.office, json.dumps(trust.reply_data(other)).encode()) == "通江-01"
        assert_captured_everywhere(other)
    finally:
        other.close()
    trust.restore_paper_backup(d.office, trust.paper_backup_text(d.office, "office-passphrase-1"))


def s_issuing(d: Deployment) -> None:
    key_file = d.file(".json")
    trust.write_key_file(d.office, key_file, issuing.renew_keys(d.office, "平昌-01"))
    assert issuing.install_key_file(d.laptop, key_file.read_bytes())["serial"] == 2
    assert issuing.revoke(d.office, "通江-01")["device"]


def s_copy(d: Deployment) -> None:
    """A copy of the laptop's file (a backup put back by hand) starts a new life when opened."""
    copy = d.file(".sqlite3")
    copy_database(d.laptop.path, copy)
    db = open_database(copy)
    try:
        assert db.get_setting("author_id") != d.laptop.get_setting("author_id")
        assert_captured_everywhere(db)
    finally:
        db.close()


def s_restart(d: Deployment) -> None:
    """A store whose content a server's dump replaced starts a new life (backup restore)."""
    from lishui_desktop.sync.author import restart_life

    before = d.office.get_setting("author_id")
    assert restart_life(d.office, "restore") not in (None, before)


def s_audit(d: Deployment) -> None:
    audit.record(d.office, "reveal", "persons", None)


def s_drafts(d: Deployment) -> None:
    drafts.keep(d.laptop, "training", {"values": {"title": "未保存的培训班"}})
    drafts.drop_all(d.laptop)


def s_replay(d: Deployment) -> None:
    merge.replay_unknown(d.office)


def s_export(d: Deployment) -> None:
    d.office.set_setting(keys.ALLOW_PLAIN, "1")
    sync_service.export_bundle(d.office, d.file(".lsbundle"), for_device=d.laptop.get_setting("device_id"))


def s_office_move(d: Deployment) -> None:
    """The office store moved into a new file (as to PostgreSQL): the copy holds every value
    with its op, and the same dump."""
    from lishui_desktop.services.office_move import move_store

    target = d.file(".sqlite3")
    result = move_store(d.office, target)
    assert result.equal
    copy = Database.open(target)
    try:
        assert_captured_everywhere(copy)
    finally:
        copy.close()


SCENARIOS: list[tuple[Callable[[Deployment], None], set[str]]] = [
    (s_init, {"services.setup.init_database"}),
    (s_join, {"services.deployment.join_deployment"}),
    (s_demo, {"services.demo.generate"}),
    (s_ledgers, {"services.ledgers.editing.save_record"}),
    (s_delete, {"services.ledgers.editing.set_deleted"}),
    (s_excel, {"services.excel_import._apply"}),
    (s_identity, {"services.identity.update_identity"}),
    (s_keys, {"sync.keys.ensure_device_keys", "sync.keys.set_passphrase"}),
    (s_bundles, {"sync.importer._import_bytes", "services.sync_service.iter_import"}),
    (s_quarantine, {"sync.importer.accept_quarantined", "sync.importer.reject_quarantined"}),
    (s_targets, {"services.targets.add_target", "services.targets.change_target", "services.targets.end_target"}),
    (s_places, {"services.places.add_place", "services.places.rename_place", "services.places.merge_place",
                "services.places.retire_place"}),
    (s_renew, {"services.pairing_periods.renew_pairing"}),
    (s_excel_reference, {"services.excel_reference.apply_rows"}),
    (s_release, {"services.reference_update.apply_release"}),
    (s_resolve, {"services.sync_service.resolve_field"}),
    (s_merge_persons, {"services.record_merge.merge_records"}),
    (s_trust, {"services.trust.restore_paper_backup"}),
    (s_issuing, {"services.issuing._store", "services.issuing.install_key_file"}),
    (s_copy, {"sync.author.copy_reason"}),
    (s_restart, {"sync.author.restart_life"}),
    (s_audit, {"services.audit.record"}),
    (s_drafts, {"services.drafts.keep", "services.drafts.drop_all"}),
    (s_replay, {"sync.merge.replay_unknown"}),
    (s_export, {"sync.exporter.record_export"}),
    (s_office_move, {"services.office_move._copy"}),
]

# Writers that replace or remove a whole store, change log and all, rather than write records:
# nothing to capture, since what they write is a copy proved equal by `dump --json` digests.
# (none now: a server backup's restore starts its new life through sync.author.restart_life,
# its snapshot and a dropped copy are db/transfer.py's)
WHOLE_STORE: dict[str, str] = {}


def test_every_writing_function_has_a_scenario() -> None:
    covered = set().union(*(names for _run, names in SCENARIOS), WHOLE_STORE)
    assert writing_functions() - covered == set(), "a new writer: add a scenario below"
    assert covered - writing_functions() == set(), "a scenario names a writer that is gone"


# --- what is checked after each --------------------------------------------------------------
def snapshot(db: Database) -> tuple[dict[tuple[str, str, str], Any], set[tuple[str, int]]]:
    """Every synced field's stored value, and the ops the change log holds."""
    values: dict[tuple[str, str, str], Any] = {}
    with db.engine.connect() as conn:
        for table in table_names():
            cols = synced_columns(table)
            names = ", ".join(f'"{c}"' for c in ("id", *cols))
            for row in conn.execute(text(f'SELECT {names} FROM "{table}"')):
                values.update(((table, row[0], col), v) for col, v in zip(cols, row[1:], strict=True))
        ops = {(r[0], r[1]) for r in conn.execute(text("SELECT device_id, seq FROM sync_change_log"))}
    return values, ops


def new_ops(db: Database, before: set[tuple[str, int]]) -> Iterator[tuple[str, str, str, Any]]:
    with db.engine.connect() as conn:
        for device, seq, tbl, row_id, col, value in conn.execute(text(
            "SELECT device_id, seq, tbl, row_id, col, value FROM sync_change_log"
        )):
            if (device, seq) not in before:
                yield tbl, row_id, col, json.loads(value)


def assert_captured_everywhere(db: Database) -> None:
    with db.engine.connect() as conn:
        drift = [d.as_dict() for d in find_drift(conn, shipped_reference())]
    assert drift == [], f"{db.location}: written without an op"
    assert check_database(db).ok


def assert_changes_captured(db: Database, before: tuple[dict[Any, Any], set[Any]]) -> int:
    """Each field whose value changed has a new op with the value now stored (or, on a shipped
    reference row, the shipped value); returns how many."""
    from lishui_desktop.sync.capture import op_value

    old_values, old_ops = before
    now, _ops = snapshot(db)
    changed = {key: op_value(v) for key, v in now.items() if key not in old_values or old_values[key] != v}
    logged: dict[tuple[str, str, str], list[Any]] = {}
    for tbl, row_id, col, value in new_ops(db, old_ops):
        logged.setdefault((tbl, row_id, col), []).append(value)
    shipped = shipped_reference()  # seeded on every computer alike, not anybody's edit
    missing = [
        key for key, value in changed.items()
        if value not in logged.get(key, [])
        and not (key[:2] in shipped and unlogged_value(key[0], key[2], shipped[key[:2]]) == value)
    ]
    assert missing == [], f"{db.location}: changed without a new op: {missing[:5]}"
    return len(changed)


def test_nothing_any_writer_writes_escapes_capture(tmp_path: Path, stores: Stores) -> None:
    d = Deployment(tmp_path, stores.new("office"))
    assert d.office.on_server == stores.on_server  # the office a file, then a PostgreSQL store
    changed = 0
    try:
        for run, names in SCENARIOS:
            before = {db.location: snapshot(db) for db in (d.office, d.laptop)}
            run(d)
            for db in (d.office, d.laptop):
                changed += assert_changes_captured(db, before[db.location])
                assert_captured_everywhere(db)
            print(run.__name__, sorted(names))
    finally:
        d.office.close()
        d.laptop.close()
    assert changed > 1000  # the scenarios did write (demo, imports, edits)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    from lishui_desktop.domain.i18n import set_language

    set_language("en")
    yield
    set_language("zh_CN")
