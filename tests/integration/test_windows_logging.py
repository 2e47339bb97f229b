"""Simulated Windows: two processes logging at once (the window and a CLI command), with
rotation, where a file another process has open cannot be renamed or deleted."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lishui_desktop.services import logs

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="sees open files through /proc (Linux)")
LINES = 1500

CHILD = r"""
import logging, logging.handlers, os, sys, time
sys.path.insert(0, sys.argv[1])
from tests.windows_sim import install_windows_rename
install_windows_rename()
tag, shared, meet = sys.argv[2], sys.argv[3] == "1", sys.argv[4]
from lishui_desktop.services import logs
if shared:  # the old way: one rotating file for every process
    handler = logging.handlers.RotatingFileHandler(logs.log_dir() / "lishui.log", maxBytes=20000,
                                                   backupCount=5, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
else:
    path = logs.setup_logging()
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_lishui", False):
            handler.maxBytes = 20000  # rotate often while the other process writes
def barrier(name):  # both processes hold their log files open here, whatever the machine's load
    open(os.path.join(meet, name + "-" + tag), "w").close()
    deadline = time.time() + 60
    while len([f for f in os.listdir(meet) if f.startswith(name + "-")]) < 2 and time.time() < deadline:
        time.sleep(0.01)
barrier("ready")
log = logging.getLogger("lishui.test")
for i in range(int(sys.argv[5])):
    log.info("process %s line %05d %s", tag, i, "张" * 40)
barrier("done")
print("done", flush=True)
"""


def _run_two(data: Path, shared: bool) -> list[subprocess.CompletedProcess[str]]:
    env = dict(os.environ, LISHUI_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    meet = data.parent / ("meet-shared" if shared else "meet-own")
    meet.mkdir(parents=True)
    procs = [
        subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), tag, "1" if shared else "0", str(meet), str(LINES)],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for tag in ("A", "B")
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_two_processes_log_at_once_without_losing_a_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    results = _run_two(data, shared=False)
    for result in results:
        assert result.returncode == 0 and result.stdout.strip() == "done"
        assert result.stderr == "", result.stderr  # logging prints '--- Logging error ---' there
    files = sorted((data / "logs").glob("lishui-*.log*"))
    by_process: dict[str, set[str]] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "process " in line:
                tag = line.split("process ", 1)[1][0]
                by_process.setdefault(tag, set()).add(path.name.split(".log")[0])
    # each process wrote only its own file (and its rotations)
    assert len(by_process["A"]) == 1 and len(by_process["B"]) == 1 and by_process["A"] != by_process["B"]
    assert len([p for p in files if p.suffix != ".log"]) >= 2  # both rotated
    # nothing lost within the rotations kept: the newest LINES-n lines of each are all there
    text = "".join(p.read_text(encoding="utf-8") for p in files)
    for tag in ("A", "B"):
        assert f"process {tag} line {LINES - 1:05d}" in text
        kept = [i for i in range(LINES) if f"process {tag} line {i:05d}" in text]
        assert kept == list(range(kept[0], LINES))


def test_the_simulation_refuses_to_rename_a_file_open_elsewhere(tmp_path: Path) -> None:
    from tests.windows_sim import HeldOpen

    held, free = tmp_path / "held.log", tmp_path / "free.log"
    held.write_text("x", encoding="utf-8")
    free.write_text("x", encoding="utf-8")
    child = (
        "import os, sys; sys.path.insert(0, sys.argv[1]); from tests.windows_sim import install_windows_rename; "
        "install_windows_rename(); os.rename(sys.argv[3], sys.argv[3] + '.1'); os.rename(sys.argv[2], sys.argv[2] + '.1')"
    )
    with HeldOpen(held):
        done = subprocess.run([sys.executable, "-c", child, str(ROOT), str(held), str(free)],
                              capture_output=True, text=True, timeout=60)
    assert "PermissionError" in done.stderr and "being used by another process" in done.stderr
    assert held.exists() and (tmp_path / "free.log.1").exists()


def test_the_simulation_fails_a_shared_rotating_file(tmp_path: Path) -> None:
    """The control: the old shared file, in the same simulation, loses records (Windows refuses
    the rename of a file the other process holds, or the two rotations trip over each other)."""
    results = _run_two(tmp_path / "data", shared=True)
    errors = "".join(r.stderr for r in results)
    assert "--- Logging error ---" in errors
    assert "PermissionError" in errors or "FileNotFoundError" in errors


def test_old_process_logs_are_pruned_but_not_recent_ones(tmp_path: Path) -> None:
    folder = tmp_path
    now = time.time()
    made = []
    for n in range(30):
        when = dt.datetime(2024, 1, 1) + dt.timedelta(hours=n)
        path = folder / logs.process_log_name(when, pid=1000 + n)
        path.write_text("x", encoding="utf-8")
        age = (40 - n) * 86400 if n < 5 else (29 - n) * 3600 + 3600 * 25  # 5 older than 30 days
        os.utime(path, (now - age, now - age))
        made.append(path)
    (folder / (made[0].name + ".1")).write_text("rotated", encoding="utf-8")
    recent = folder / logs.process_log_name(pid=99999)
    recent.write_text("a running process", encoding="utf-8")
    deleted = logs.prune_logs(folder, now=now)
    left = sorted(folder.glob("lishui-*.log"))
    assert recent in left
    assert len(left) == logs.KEEP_FILES
    assert not (folder / (made[0].name + ".1")).exists() and made[0] in deleted
