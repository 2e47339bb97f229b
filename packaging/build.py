#!/usr/bin/env python3
"""Build the one-folder program: dist/lishui-desktop/ with `lishui-desktop` (GUI) and `lishui` (CLI).

    python3 packaging/build.py          # Linux / macOS
    py packaging\\build.py               # Windows (PowerShell or cmd)

Sets up .venv if needed (packaging/dev.py setup), compiles the translations (pyside6-lrelease),
then runs PyInstaller on packaging/lishui.spec. Copy the dist/lishui-desktop folder anywhere and
start lishui-desktop from it: no Python is needed on that machine. Then
`python3 packaging/smoke.py` runs the built program from that folder as a user would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOWS = os.name == "nt"
PY = ROOT / ".venv" / ("Scripts/python.exe" if WINDOWS else "bin/python")
DIST = ROOT / "dist"
APP = DIST / "lishui-desktop"


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if not in_venv():
        # idempotent: creates or refreshes .venv (project + dev tools incl. PyInstaller)
        subprocess.run([sys.executable, str(HERE / "dev.py"), "setup"], check=True)
        return subprocess.call([str(PY), str(Path(__file__).resolve()), *sys.argv[1:]])
    started = time.monotonic()
    sys.path.insert(0, str(HERE))
    from i18n import compile_qm

    print("[build] compiling translations", flush=True)
    compile_qm(ROOT / "i18n")
    if APP.exists():
        shutil.rmtree(APP)
    print("[build] running PyInstaller (a few minutes)", flush=True)
    code = subprocess.call(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(HERE / "lishui.spec")],
        cwd=ROOT,
    )
    if code != 0:
        print(f"[build] PyInstaller failed (exit {code})", file=sys.stderr)
        return code
    size = folder_size(APP)
    print(f"[build] {APP} ({size / 2**20:.0f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
