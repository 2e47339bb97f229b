"""GUI start-up on a big database, against a bare PySide6 window with one table (same run).

Both are started as fresh processes, offscreen, alternately (`run`: the median of the pairs):
`python -m lishui_desktop --db DB --exit-after-start` and `python benchmarks/bare_window.py`.
The budget is the time to the main window's first paint (its frame: navigation, menus, status
bar; the database opens right after it). Beside it: the time until the window is ready, its
database open and its first page (the dashboard, counting in a worker) built and painted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUDGET = 3.0  # times the bare window


def _env(data_dir: Path) -> dict[str, str]:
    """Offscreen, a private data folder, and Python's bytecode kept (in the run's own folder) as
    an installed program keeps it: with PYTHONDONTWRITEBYTECODE set (as some shells and CI do)
    every start would compile the program's modules from source, which the bare window, having
    none, never pays."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LISHUI_DATA_DIR=str(data_dir),
               PYTHONPYCACHEPREFIX=str(data_dir / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Seconds from spawning to the first paint of the window (both programs print
    `painted at <time>` on stderr), peak resident memory in KiB (0 where unknown) and CPU
    seconds of the whole run."""
    elapsed, peak, cpu, _ready = timed_ready(cmd, env)
    return elapsed, peak, cpu


def timed_ready(cmd: list[str], env: dict[str, str]) -> tuple[float, int, float, float | None]:
    """`timed`, and the seconds to `ready at <time>` (the program's window with its database
    open and first page painted; None for the bare window)."""
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
    ready = [float(line.split()[-1]) for line in err.splitlines() if line.startswith("ready at ")]
    if painted:
        elapsed = painted[0] - spawned
    return elapsed, peak, cpu, (ready[0] - spawned if ready else None)


def app_cmd(db: Path) -> list[str]:
    return [sys.executable, "-m", "lishui_desktop", "--db", str(db), "--exit-after-start"]


def run(db: Path, repeat: int = 5) -> dict[str, dict[str, Any]]:
    """`repeat` pairs, the bare window then the program, each pair under the same load: the
    ratio is the median of the pairs' ratios (one lucky or unlucky run on a shared machine moves
    the best-of figures, `best_ratio`, much more)."""
    with tempfile.TemporaryDirectory(prefix="lishui-bench-") as folder:
        env = _env(Path(folder))
        bare = [sys.executable, str(HERE / "bare_window.py")]
        timed_ready(app_cmd(db), env)  # warm the file cache and Python's bytecode once
        timed_ready(bare, env)
        app_runs, bare_runs = [], []
        for _ in range(repeat):
            bare_runs.append(timed_ready(bare, env))
            app_runs.append(timed_ready(app_cmd(db), env))
    app_s, bare_s = min(r[0] for r in app_runs), min(r[0] for r in bare_runs)
    app_cpu, bare_cpu = min(r[2] for r in app_runs), min(r[2] for r in bare_runs)
    ready = [r[3] for r in app_runs if r[3] is not None]
    ratio = statistics.median(a[0] / b[0] for a, b in zip(app_runs, bare_runs, strict=True))
    return {
        "gui_startup_200k_vs_bare_window": {
            "ratio": round(ratio, 2), "budget": BUDGET, "ok": ratio <= BUDGET,
            "app_s": round(app_s, 2), "bare_s": round(bare_s, 2), "best_ratio": round(app_s / bare_s, 2),
            "baseline_seconds": round(bare_s, 2),
            "baseline": "a bare PySide6 process showing a window with one 50x8 table (benchmarks/bare_window.py)",
            "ready_s": round(min(ready), 2) if ready else None,
            "ready_ratio": round(statistics.median(a[3] / b[0] for a, b in zip(app_runs, bare_runs, strict=True)
                                                   if a[3] is not None), 2) if ready else None,
            "cpu_ratio": round(app_cpu / bare_cpu, 2) if bare_cpu else None,
            "runs": [[round(a[0], 3), round(b[0], 3)] for a, b in zip(app_runs, bare_runs, strict=True)],
            "load": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        }
    }


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(HERE))
    from generate import cached_db

    print(json.dumps(run(cached_db()), indent=2))
