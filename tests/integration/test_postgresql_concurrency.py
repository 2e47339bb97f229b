"""Several office staff on one PostgreSQL store at the same moment, in separate processes.

Two staff import three laptops' bundles (`lishui bundle import`, two processes) while a third
edits records in the window's way (services.ledgers.editing, one transaction per edit, a third
process). Every op is applied once and the store ends with the same `dump --json` as the
SQLite office that imported the bundles one after the other and then made the same edits (the
office's own clocks aside: they are the time each edit was made). Nobody sees an error; one
who has to wait for another's import is told whose.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main
from lishui_desktop.db import store_lock
from lishui_desktop.db.database import Database
from lishui_desktop.services import sync_service
from lishui_desktop.sync.session import write_cursor

EDITS = r"""
import sys, time
from lishui_desktop.db.database import Database
from lishui_desktop.services import sync_service
from lishui_desktop.services.ledgers.editing import set_deleted
db = Database.open(sys.argv[1])
ids = sys.argv[2].split(",")
for round in range(3):  # each record deleted, restored, deleted: one transaction per click
    for rid in ids:
        set_deleted(db, "events", [rid], round != 1)
        time.sleep(0.01)
db.close()
print("edits done")
"""


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def as_person(name: str) -> dict[str, str]:
    """The environment of a process run by `name` (their login name: store_lock.person)."""
    return {**os.environ, "LOGNAME": name, "USER": name}


def run(*args: str, person: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lishui_desktop", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=as_person(person),
    )


def author(store: str) -> str:
    db = Database.open(store)
    try:
        value = db.get_setting("author_id") or db.get_setting("device_id")
        assert value
        return value
    finally:
        db.close()


def normalised(dump: str, edited: list[str]) -> dict[str, object]:
    """The dump with the clocks of the office's own edits (the time each was made) blanked."""
    data = json.loads(dump)
    for entry in data["clocks"]:  # [table, row, column, clock, prev, heads]
        if entry[0] == "events" and entry[1] in edited and entry[2] == "deleted":
            entry[3] = entry[4] = "OFFICE-EDIT"
    return data  # type: ignore[no-any-return]


def dump(capsys: pytest.CaptureFixture[str], store: str) -> str:
    code, out = lishui(capsys, "--db", store, "dump", "--json")
    assert code == 0, out
    return out


@pytest.fixture
def office_and_bundles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, list[Path], list[str]]:
    """A SQLite office with records of its own and three issued laptops' bundles."""
    office = str(tmp_path / "office.db")
    assert lishui(capsys, "--db", office, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    assert lishui(capsys, "--db", office, "keys", "allow-plain", "on")[0] == 0
    assert lishui(capsys, "--db", office, "demo", "--scale", "0.003", "--seed", "1")[0] == 0
    bundles = []
    for n, name in enumerate(("平昌-01", "旺苍-01", "利州-01"), start=2):
        deploy, laptop = tmp_path / f"d{n}.json", str(tmp_path / f"pc{n}.db")
        assert lishui(capsys, "--db", office, "deployment", "export", "--for", name, "--out", str(deploy))[0] == 0
        code, out = lishui(capsys, "--db", laptop, "init", "--role", "field", "--device-name", name, "--join", str(deploy))
        assert code == 0, out
        assert lishui(capsys, "--db", laptop, "keys", "allow-plain", "on")[0] == 0
        assert lishui(capsys, "--db", laptop, "demo", "--scale", "0.01", "--seed", str(n))[0] == 0
        bundle = tmp_path / f"pc{n}.lsbundle"
        assert lishui(capsys, "--db", laptop, "bundle", "export", "--out", str(bundle))[0] == 0
        bundles.append(bundle)
    db = Database.open(office)
    try:
        with db.engine.connect() as conn:
            events = [r[0] for r in conn.exec_driver_sql("SELECT id FROM events ORDER BY id LIMIT 12")]
    finally:
        db.close()
    assert len(events) == 12
    return office, bundles, events


def test_two_imports_and_an_edit_at_once_equal_the_serial_office(
    capsys: pytest.CaptureFixture[str], pg_url: str, office_and_bundles: tuple[str, list[Path], list[str]]
) -> None:
    office, bundles, events = office_and_bundles
    code, out = lishui(capsys, "--db", office, "office", "move", "--to", pg_url)
    assert code == 0, out

    # at once on PostgreSQL: 王主任 imports two laptops' bundles, 李科长 the third, 张干事 edits
    first = run("--db", pg_url, "bundle", "import", str(bundles[0]), str(bundles[1]), person="王主任")
    second = run("--db", pg_url, "bundle", "import", str(bundles[2]), person="李科长")
    edits = subprocess.Popen(
        [sys.executable, "-c", EDITS, pg_url, ",".join(events)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=as_person("张干事"),
    )
    results = [(p, *p.communicate(timeout=600)) for p in (first, second, edits)]
    for process, out, err in results:
        assert process.returncode == 0, (out, err)
        assert "Traceback" not in err and "deadlock" not in err.lower()
    assert "edits done" in results[2][1]
    for _process, out, err in results[:2]:
        assert "已导入" in out
        waited = [line for line in err.splitlines() if "正在等待" in line]
        assert len(waited) <= 2  # said once per wait, never repeated while waiting
        assert all(re.search("正在等待 (王主任|李科长|张干事) 的(导入|修改)", line) for line in waited), err

    # one after the other on the SQLite office: the same bundles, then the same edits
    for bundle in bundles:
        assert lishui(capsys, "--db", office, "bundle", "import", str(bundle))[0] == 0
    serial = subprocess.run([sys.executable, "-c", EDITS, office, ",".join(events)], capture_output=True, text=True)
    assert serial.returncode == 0, serial.stderr

    together, alone = dump(capsys, pg_url), dump(capsys, office)
    assert json.loads(together)["tables"]["events"]  # something to compare
    assert normalised(together, events) == normalised(alone, events)
    with psycopg.connect(pg_url) as conn:  # every op once: 3 edits of each record, 6 laptop demos' ops
        runs = conn.execute("SELECT count(*), count(DISTINCT (device_id, seq)) FROM sync_op_runs").fetchone()
        assert runs[0] == runs[1]
        mine = conn.execute(
            "SELECT sum(last - seq + 1) FROM sync_op_runs WHERE device_id = %s AND tbl = 'events'", (author(pg_url),)
        ).fetchone()[0]
        assert mine == 3 * len(events)


def test_waiting_person_is_told_whose_import(capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path) -> None:
    """王主任's import holds the store: 李科长's import says once that it waits for it, then runs."""
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    assert lishui(capsys, "--db", pg_url, "keys", "allow-plain", "on")[0] == 0
    bundle = tmp_path / "own.lsbundle"  # (its own ops: an import that changes nothing)
    assert lishui(capsys, "--db", pg_url, "bundle", "export", "--out", str(bundle))[0] == 0
    db = Database.open(pg_url)
    store_lock.set_person("王主任")
    try:
        with write_cursor(db, kind=store_lock.IMPORT):
            with db.engine.connect() as conn:  # the holder as another session sees it
                from lishui_desktop.db.engine import qmark_execute

                assert store_lock.holder(qmark_execute(conn)) == store_lock.Holder("王主任", store_lock.IMPORT)
            other = Database.open(pg_url)  # what the window asks before it starts an import
            try:
                assert sync_service.busy_with(other) == "正在等待 王主任 的导入完成…"
            finally:
                other.close()
            waiting = run("--db", pg_url, "bundle", "import", str(bundle), person="李科长")
            line = waiting.stderr.readline() if waiting.stderr else ""  # (blocks until it says)
            assert line.strip() == "lishui: 正在等待 王主任 的导入完成…"
            assert waiting.poll() is None  # still waiting while the lock is held
        out, err = waiting.communicate(timeout=120)
    finally:
        store_lock.set_person(None)
        db.close()
    assert waiting.returncode == 0 and "own.lsbundle" in out, err  # then it ran
    assert "正在等待" not in err and "Traceback" not in err
    db = Database.open(pg_url)
    try:
        assert sync_service.busy_with(db) is None  # nobody holds it now
    finally:
        db.close()


def test_the_window_is_told_while_its_work_waits(pg_url: str, tmp_path: Path) -> None:
    """sync_service.when_waiting: the window's callback gets the sentence, from the thread
    that waits, before it waits; the work then goes on."""
    import threading

    from lishui_desktop.services.ledgers.editing import set_deleted

    assert main(["--db", pg_url, "init", "--role", "office", "--device-name", "市办公室"]) == 0
    assert main(["--db", pg_url, "demo", "--scale", "0.002", "--seed", "2"]) == 0
    db = Database.open(pg_url)
    told: list[str] = []
    hook = sync_service.when_waiting(told.append)
    try:
        with db.engine.connect() as conn:
            event = conn.exec_driver_sql("SELECT min(id) FROM events").scalar()
        store_lock.set_person("王主任")
        done = threading.Event()
        with write_cursor(db, kind=store_lock.IMPORT):  # 王主任's import holds the store
            store_lock.set_person("张干事")
            edit = threading.Thread(target=lambda: (set_deleted(db, "events", [event]), done.set()))
            edit.start()
            edit.join(5)
            assert not done.is_set()  # the edit waits ...
            assert told == ["正在等待 王主任 的导入完成…"]  # ... and the window was told whose
        edit.join(60)
        assert done.is_set()
    finally:
        sync_service.stop_waiting_notes(hook)
        store_lock.set_person(None)
        db.close()
