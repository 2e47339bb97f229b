"""GUI start-up to a usable window on a big database, against a bare PySide6 window (same run).

Both are started as fresh processes, offscreen, the best of `repeat` runs taken:
`python -m lishui_desktop --db DB --exit-after-start` and `python benchmarks/bare_window.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUDGET = 3.0  # times the bare window


def _env(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LISHUI_DATA_DIR=str(data_dir))


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Seconds from spawning to the first paint of the window (both programs print
    `painted at <time>` on stderr), peak resident memory in KiB (0 where unknown) and CPU
    seconds of the whole run."""
    spawned = time.time()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # stderr is small (a line or two); read after exit
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = int(usage.ru_maxrss)  # KiB on Linux
        cpu = usage.ru_utime + usage.ru_stime
    else:  # pragma: no cover - Windows
        proc.wait()
        elapsed, peak, cpu = time.perf_counter() - started, 0, 0.0
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])} exited {proc.returncode}: {err.strip()[-300:]}")
    painted = [float(line.split()[-1]) for line in err.splitlines() if line.startswith("painted at ")]
    if painted:
        elapsed = painted[0] - spawned
    return elapsed, peak, cpu


def app_cmd(db: Path) -> list[str]:
    return [sys.executable, "-m", "lishui_desktop", "--db", str(db), "--exit-after-start"]


def run(db: Path, repeat: int = 3) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="lishui-bench-") as folder:
        env = _env(Path(folder))
        timed(app_cmd(db), env)  # warm the file cache and Python's bytecode once
        app_runs, bare_runs = [], []
        for _ in range(repeat):
            bare_runs.append(timed([sys.executable, str(HERE / "bare_window.py")], env))
            app_runs.append(timed(app_cmd(db), env))
    app_s, bare_s = min(r[0] for r in app_runs), min(r[0] for r in bare_runs)
    app_cpu, bare_cpu = min(r[2] for r in app_runs), min(r[2] for r in bare_runs)
    ratio = app_s / bare_s
    return {
        "gui_startup_200k_vs_bare_window": {
            "ratio": round(ratio, 2), "budget": BUDGET, "ok": ratio <= BUDGET,
            "app_s": round(app_s, 2), "bare_s": round(bare_s, 2),
            "cpu_ratio": round(app_cpu / bare_cpu, 2) if bare_cpu else None,
        }
    }


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(HERE))
    from generate import cached_db

    print(json.dumps(run(cached_db()), indent=2))
