"""Peak memory of sync at its largest (budget: 250 MB each, whatever the bundle's size).

    python benchmarks/bench_memory_sync.py [LAPTOPS]     # default 3 full demo laptops

1. the office importing the bundles of three full demo laptops (one batch);
2. a lead (joined to the office) importing the office's consolidated bundle of all of them;
3. `lishui dump --json` of the lead's database.
Each runs as a fresh process whose peak resident memory the OS reports (ru_maxrss); the figure
beside it is a bare process of the same interpreter that imports the program's modules and
opens the database (`lishui check` of the office's database before the import).
`run()` returns {name: {peak_mb, bare_mb, ratio (peak / budget), budget, ok}}.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

BUDGET_MB = 250.0


def _peak(cmd: list[str], env: dict[str, str], stdout: Any = subprocess.DEVNULL) -> float:
    """Peak resident memory (MB) of a child process; raises when it fails."""
    proc = subprocess.Popen(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd[2:5])} failed: {err.strip()[-400:]}")
    return usage.ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)


def _lishui(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "lishui_desktop", "--db", str(db), *args]


def run(laptops: int = 3, quick: bool = False) -> dict[str, dict[str, Any]]:
    from scale import _env, prepare

    if quick:
        laptops = 1
    folder = Path(tempfile.mkdtemp(prefix="lishui-memory-"))
    env = _env(folder)
    try:
        made = prepare(folder, laptops, lead=True)  # in a child: this process stays small
        template, lead = Path(made["template"]), Path(made["lead"])
        bundles = [Path(p) for p in made["bundles"]]
        office = folder / "office.sqlite3"
        shutil.copyfile(template, office)
        bare = _peak(_lishui(office, "check"), env)
        hello = folder / "lead-first.lsbundle"  # the lead's first bundle enrols it at the office
        _peak(_lishui(lead, "bundle", "export", "--out", str(hello)), env)
        _peak(_lishui(office, "bundle", "import", str(hello)), env)
        imported = _peak(_lishui(office, "bundle", "import", *map(str, bundles)), env)
        consolidated = folder / "consolidated.lsbundle"
        _peak(_lishui(office, "bundle", "export", "--for", "lead-01", "--out", str(consolidated)), env)
        lead_import = _peak(_lishui(lead, "bundle", "import", str(consolidated)), env)
        dumped = _peak(_lishui(lead, "dump", "--json"), env)
        size_mb = consolidated.stat().st_size / 1e6
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    figures = {
        f"peak memory: office importing {laptops} demo laptops": imported,
        "peak memory: lead importing the consolidated bundle": lead_import,
        "peak memory: dump --json of the lead's database": dumped,
    }
    return {
        name: {"peak_mb": round(mb, 1), "bare_process_mb": round(bare, 1), "ratio": round(mb / BUDGET_MB, 2),
               "budget": 1.0, "budget_mb": BUDGET_MB, "ok": mb <= BUDGET_MB,
               "consolidated_bundle_mb": round(size_mb, 1)}
        for name, mb in figures.items()
    }


if __name__ == "__main__":
    import json

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print(json.dumps(run(count), ensure_ascii=False, indent=1))
