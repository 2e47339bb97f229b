"""Pulling the plug during an import: SIGKILL at several points of a ~1 s bundle import.

Each time the database passes integrity_check, its `lishui dump --json` equals the state
before or after the bundle, and the next start reports that nothing was lost. The office is a
SQLite file, then a PostgreSQL database (`stores`): there the killed client's transaction is
the server's to roll back (integrity_check and the start's marker are a file's, not checked).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lishui_desktop.db.backup_file import copy_database, integrity_ok
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.domain.i18n import set_language
from lishui_desktop.paths import backups_dir
from lishui_desktop.services import recovery, sync_service, trust
from lishui_desktop.services.deployment import export_deployment, join_deployment
from lishui_desktop.services.setup import init_database
from lishui_desktop.sync.dump import dump_text
from tests.conftest import Stores

PEOPLE = int(os.environ.get("LISHUI_SIGKILL_PEOPLE", "10000"))
KILLS = 5

# slow (deselect locally with -m "not slow"), but CI runs it: about 30 s
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def dump_of(path: Path | str) -> str:
    db = Database.open(path)
    try:
        return dump_text(db)
    finally:
        db.close()


def start_import(db: Path | str, bundle: Path, data_dir: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LISHUI_DATA_DIR=str(data_dir), LISHUI_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-m", "lishui_desktop", "--db", str(db), "bundle", "import", str(bundle)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for_import_start(proc: subprocess.Popen[bytes], db: Path | str, data_dir: Path) -> float:
    """The moment the import proper begins (pre-import backup taken, marker written; on a
    server, the pre-import pg_dump finished)."""
    if isinstance(db, str):
        while next(data_dir.rglob("pre-import-*.pgdump"), None) is None and proc.poll() is None:
            time.sleep(0.002)
        return time.monotonic()
    marker = backups_dir(db) / "import-in-progress.json"
    while not marker.exists() and proc.poll() is None:
        time.sleep(0.002)
    return time.monotonic()


def copy_store(stores: Stores, store: Path | str, name: str) -> Path | str:
    if isinstance(store, str):
        return stores.copy(store, name)
    copy_database(store, store.parent / f"{name}.sqlite3")
    return store.parent / f"{name}.sqlite3"


@pytest.fixture
def world(tmp_path: Path, stores: Stores) -> dict[str, object]:
    """An office database (baseline, laptop registered) and a big encrypted bundle from a laptop."""
    folder = tmp_path
    laptop_path = folder / "laptop.sqlite3"
    office_path: Path | str = stores.new("office") if stores.on_server else folder / "office.sqlite3"
    office = Database.open(office_path)
    init_database(office, device_name="office", role="office")
    enrol = export_deployment(office, folder / "laptop.enrol", "平昌-01")
    laptop = Database.open(laptop_path)
    join_deployment(laptop, enrol, device_name="平昌-01", role="field")
    trust.register_reply(office, json.dumps(trust.reply_data(laptop)).encode())
    rnd = random.Random(8)
    with laptop.transaction() as s:
        s.add_all(
            Person(
                name=f"测试{n}",
                gender=rnd.choice("MF"),
                phone=f"139{n:08d}",
                town="某镇",
                village=f"{n % 50}村",
                poor_household=bool(n % 3),
                notes="x" * rnd.randint(0, 40),
            )
            for n in range(PEOPLE)
        )
    bundle = sync_service.export_bundle(laptop, folder / "big.lsbundle").path
    laptop.close()
    office.close()
    baseline = copy_store(stores, office_path, "baseline")
    before = dump_of(baseline)
    # one complete run, timed, gives the state "after" and the length of an import
    full = copy_store(stores, baseline, "full")
    proc = start_import(full, bundle, folder / "data-full")
    started = wait_for_import_start(proc, full, folder / "data-full")
    _, err = proc.communicate(timeout=120)
    elapsed = time.monotonic() - started  # from the start of the import to the process's end
    assert proc.returncode == 0, err.decode()
    after = dump_of(full)
    assert after != before
    return {
        "folder": folder,
        "stores": stores,
        "baseline": baseline,
        "bundle": bundle,
        "before": before,
        "after": after,
        "elapsed": elapsed,
    }


def test_sigkill_during_import_loses_nothing(world: dict[str, object]) -> None:
    set_language("en")
    folder, bundle, stores = Path(str(world["folder"])), Path(str(world["bundle"])), world["stores"]
    assert isinstance(stores, Stores)
    baseline = world["baseline"]
    assert isinstance(baseline, (Path, str))
    elapsed = float(str(world["elapsed"]))
    assert elapsed > 0.3, f"the bundle imports in {elapsed:.2f} s; make it bigger"
    rnd = random.Random(int(time.time()))
    points = sorted(rnd.uniform(0.02, 1.0) * elapsed for _ in range(KILLS))
    outcomes, trials = [], []
    for n, point in enumerate(points):
        trial = copy_store(stores, baseline, f"trial{n}")
        trials.append(trial)
        proc = start_import(trial, bundle, folder / f"data{n}")
        began = wait_for_import_start(proc, trial, folder / f"data{n}")
        time.sleep(max(0.0, point - (time.monotonic() - began)))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        report = recovery.StartupReport(True)
        if isinstance(trial, Path):
            ok, detail = integrity_ok(trial)
            assert ok, f"kill at {point:.2f}s: integrity_check says {detail}"
            report = recovery.startup_check(trial)
            assert report.ok and report.good_backup is None
        state = dump_of(trial)
        assert state in (world["before"], world["after"]), (
            f"kill at {point:.2f}s left a partial import"
        )
        outcomes.append("after" if state == world["after"] else "before")
        if report.interrupted_import:
            assert "nothing was lost" in report.message
    # the killed imports can be finished by importing the same file again
    proc = start_import(trials[0], bundle, folder / "data-again")
    assert proc.wait(timeout=120) == 0
    assert dump_of(trials[0]) == world["after"]
    print(f"import {elapsed:.2f}s; kills at {[round(p, 2) for p in points]} -> {outcomes}")
