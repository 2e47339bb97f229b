"""Pulling the plug during an import: SIGKILL at several points of a ~1 s bundle import.

Each time the database passes integrity_check, its `lishui dump --json` equals the state
before or after the bundle, and the next start reports that nothing was lost.
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

PEOPLE = int(os.environ.get("LISHUI_SIGKILL_PEOPLE", "3000"))
KILLS = 5

# slow (deselect locally with -m "not slow"), but CI runs it: about 30 s
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def dump_of(path: Path) -> str:
    db = Database.open(path)
    try:
        return dump_text(db)
    finally:
        db.close()


def start_import(db: Path, bundle: Path, data_dir: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LISHUI_DATA_DIR=str(data_dir), LISHUI_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-m", "lishui_desktop", "--db", str(db), "bundle", "import", str(bundle)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for_import_start(proc: subprocess.Popen[bytes], db: Path) -> float:
    """The moment the import proper begins (pre-import backup taken, marker written)."""
    marker = backups_dir(db) / "import-in-progress.json"
    while not marker.exists() and proc.poll() is None:
        time.sleep(0.002)
    return time.monotonic()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """An office database (baseline, laptop registered) and a big encrypted bundle from a laptop."""
    folder = tmp_path_factory.mktemp("sigkill")
    office_path, laptop_path = folder / "office.sqlite3", folder / "laptop.sqlite3"
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
    baseline = folder / "baseline.sqlite3"
    copy_database(office_path, baseline)
    before = dump_of(baseline)
    # one complete run, timed, gives the state "after" and the length of an import
    full = folder / "full.sqlite3"
    copy_database(baseline, full)
    proc = start_import(full, bundle, folder / "data-full")
    started = wait_for_import_start(proc, full)
    _, err = proc.communicate(timeout=120)
    elapsed = time.monotonic() - started  # from the start of the import to the process's end
    assert proc.returncode == 0, err.decode()
    after = dump_of(full)
    assert after != before
    return {
        "folder": folder,
        "baseline": baseline,
        "bundle": bundle,
        "before": before,
        "after": after,
        "elapsed": elapsed,
    }


def test_sigkill_during_import_loses_nothing(world: dict[str, object]) -> None:
    set_language("en")
    folder, baseline, bundle = (
        Path(str(world["folder"])),
        Path(str(world["baseline"])),
        Path(str(world["bundle"])),
    )
    elapsed = float(str(world["elapsed"]))
    assert elapsed > 0.3, f"the bundle imports in {elapsed:.2f} s; make it bigger"
    rnd = random.Random(int(time.time()))
    points = sorted(rnd.uniform(0.02, 1.0) * elapsed for _ in range(KILLS))
    outcomes = []
    for n, point in enumerate(points):
        trial = folder / f"trial{n}.sqlite3"
        copy_database(baseline, trial)
        proc = start_import(trial, bundle, folder / f"data{n}")
        began = wait_for_import_start(proc, trial)
        time.sleep(max(0.0, point - (time.monotonic() - began)))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
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
    proc = start_import(folder / "trial0.sqlite3", bundle, folder / "data-again")
    assert proc.wait(timeout=120) == 0
    assert dump_of(folder / "trial0.sqlite3") == world["after"]
    print(f"import {elapsed:.2f}s; kills at {[round(p, 2) for p in points]} -> {outcomes}")
