"""Start-up of the frozen build against the unfrozen program, in the same run.

    .venv/bin/python benchmarks/bench_frozen.py     # needs a build: python3 packaging/build.py

Both open the same small initialised database offscreen with `--exit-after-start`, as fresh
processes, alternating, best of `repeat` runs after one warm-up each: the frozen
`dist/lishui-desktop/lishui-desktop` and `python -m lishui_desktop` from the virtual environment.
Budget: frozen ≤ 2× unfrozen. `run()` returns {"frozen_startup": {ratio, budget, ok, ...}}.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "lishui-desktop"
BUDGET = 2.0


def _seconds(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=180)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    return elapsed


def run(repeat: int = 3, app: Path = APP) -> dict[str, Any]:
    exe = app / ("lishui-desktop.exe" if os.name == "nt" else "lishui-desktop")
    if not exe.exists():
        return {"frozen_startup": {"ratio": None, "budget": BUDGET, "ok": None,
                                   "error": f"no build at {app} (python3 packaging/build.py)"}}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LISHUI_DATA_DIR=str(work / "data"))
        env.pop("PYTHONPATH", None)
        db = str(work / "bench.sqlite3")
        cli = app / ("lishui.exe" if os.name == "nt" else "lishui")
        subprocess.run([str(cli), "--db", db, "init", "--device-name", "测试-01", "--role", "office"],
                       env=env, cwd=work, check=True, capture_output=True, timeout=180)
        frozen_cmd = [str(exe), "--db", db, "--exit-after-start"]
        plain_cmd = [sys.executable, "-m", "lishui_desktop", "--db", db, "--exit-after-start"]
        frozen: list[float] = []
        plain: list[float] = []
        for i in range(repeat + 1):
            f, p = _seconds(frozen_cmd, env, work), _seconds(plain_cmd, env, work)
            if i:  # the first pair warms the disk cache
                frozen.append(f)
                plain.append(p)
    ratio = min(frozen) / min(plain)
    return {"frozen_startup": {
        "ratio": round(ratio, 2), "budget": BUDGET, "ok": ratio <= BUDGET,
        "frozen_seconds": round(min(frozen), 3), "unfrozen_seconds": round(min(plain), 3),
    }}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
