#!/usr/bin/env python3
"""Set everything up and run the program or the tests, on Linux or Windows.

    python3 packaging/dev.py run [program args]   # set up, then start the GUI
    python3 packaging/dev.py test [pytest args]   # set up, then ruff + mypy + pytest

Setting up means: a virtual environment in .venv, the project and its dev tools installed into
it, the system libraries Qt needs on Debian/Ubuntu (when run as root and they are missing), and
the translations compiled. Each step is skipped when already done.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PY = BIN / ("python.exe" if WINDOWS else "python")

# Debian packages Qt's xcb/offscreen platforms and the GUI checks need. A tuple lists names of
# one library across Debian releases (libasound2 became libasound2t64 in trixie).
APT_PACKAGES: list[str | tuple[str, ...]] = [
    "libegl1", "libgl1", "libopengl0", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libfreetype6", "libdbus-1-3", ("libglib2.0-0t64", "libglib2.0-0"), "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-image0", "libxcb-xkb1", "libx11-xcb1", "libnss3",
    "libxcomposite1", "libxdamage1", "libxrandr2", "libxtst6", "libxi6",
    ("libasound2t64", "libasound2"), "xvfb", "poppler-utils",
    # a real Secret Service (GNOME Keyring in its own D-Bus session) for the encryption test
    "gnome-keyring", ("dbus-daemon", "dbus"),
    "locales",  # zh_CN with GBK, built by a test to run the CLI under a Chinese Windows code page
    "postgresql",  # a real server for the office-store tests (a throw-away cluster per run)
    "libreoffice-calc-nogui",  # soffice: our exports opened and saved by LibreOffice, read back
    # a private CUPS scheduler with a PDF office printer for the printing test (tests/cups_server.py):
    # cupsd, lp/lpstat/lpadmin, and CUPS's pdftopdf filter
    "cups-daemon", "cups-client", "cups-filters-core-drivers",
]


def log(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(cmd: list[str], **kw: object) -> None:
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def _installed(name: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
    return result.returncode == 0 and "install ok installed" in result.stdout


def _available(name: str) -> bool:
    result = subprocess.run(["apt-cache", "show", name], capture_output=True)
    return result.returncode == 0


def system_packages() -> None:
    """On Debian/Ubuntu as root: the libraries Qt needs and python3-venv, when missing."""
    if WINDOWS or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    wanted = [(p,) if isinstance(p, str) else p for p in APT_PACKAGES]
    missing = [names for names in wanted if not any(_installed(n) for n in names)]
    try:
        import ensurepip  # noqa: F401  (Debian ships it in python3-venv)
    except ImportError:
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        missing.append((f"python{version}-venv", "python3-venv"))
    if not missing:
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log("installing system packages: " + " ".join(names[0] for names in missing))
    run(["apt-get", "update", "-qq"], env=env)
    chosen = [next((n for n in names if _available(n)), names[-1]) for names in missing]
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *chosen], env=env)


def python_env() -> None:
    if not PY.exists():
        try:
            import ensurepip  # noqa: F401
        except ImportError:
            log("Python's venv module is missing: install it (Debian/Ubuntu: sudo apt install python3-venv)")
            raise SystemExit(1) from None
        log("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    log("installing the project and its tools into .venv")
    run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"])
    stamp.write_text(digest)


def translations() -> None:
    """Compile i18n/*.ts to .qm with pyside6-lrelease (when a .ts is newer than its .qm)."""
    lrelease = BIN / ("pyside6-lrelease.exe" if WINDOWS else "pyside6-lrelease")
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run([str(lrelease), "-silent", str(ts), "-qm", str(qm)])


def setup() -> None:
    system_packages()
    python_env()
    translations()


def cmd_run(args: list[str]) -> int:
    setup()
    return subprocess.call([str(PY), "-m", "lishui_desktop", *args])


def cmd_test(args: list[str]) -> int:
    setup()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # "tests" named explicitly: pytest always collects the suite whatever the working directory
    pytest_args = args or ["tests"]
    steps = [
        ("ruff", [str(PY), "-m", "ruff", "check", "lishui_desktop", "tests", "benchmarks", "packaging"]),
        ("mypy", [str(PY), "-m", "mypy"]),
        ("pytest", [str(PY), "-m", "pytest", *pytest_args]),
    ]
    failed: list[str] = []
    for name, cmd in steps:  # every step runs, so one report shows all that is wrong
        log(f"{name} ...")
        code = subprocess.call(cmd, cwd=ROOT, env=env)
        if name == "pytest" and code == 5:
            log("pytest collected no tests: that is a failure here")
        if code != 0:
            failed.append(f"{name} (exit {code})")
    if failed:
        log("failed: " + ", ".join(failed))
        return 1
    log("all green")
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup()
        return 0
    return cmd_run(rest) if command == "run" else cmd_test(rest)


if __name__ == "__main__":
    raise SystemExit(main())
