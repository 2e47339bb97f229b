#!/usr/bin/env python3
"""Run the BUILT program as a user would: copied elsewhere, no Python environment around it.

    python3 packaging/smoke.py [--app dist/lishui-desktop] [--keep]

The folder is copied to a temporary place and run from there with a clean environment (PATH of
the system only, no PYTHONPATH, no virtual environment, HOME and the data directory in the
temporary place, cwd elsewhere, Qt offscreen): the GUI with --exit-after-start, then the office
and a field laptop set up with the CLI, demo data, a check, a bundle from the laptop imported at
the office, a monthly report, an Excel export. Steps whose commands this build does not have yet
are skipped with a note. Exit 1 if a step failed or the folder is 250 MB or more.

As on a Chinese Windows laptop: the user profile is `Users/张三 #1 100%` and the work folder
`备份#1 100%` (spaces, `#`, `%`, Chinese), the code page is simulated as GBK
(PYTHONIOENCODING=gbk), and every output is decoded strictly as the UTF-8 the program promises
for redirected output (a step whose output is not UTF-8 fails).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
EXE = ".exe" if WINDOWS else ""
SIZE_LIMIT_MB = 250
NOT_DECODED = "[output is not in the promised encoding] "
USER_HOME = ("Users", "张三 #1 100%")  # a Chinese user name, with the characters URIs trip on
WORK_FOLDER = "备份#1 100%"


def clean_env(home: Path) -> dict[str, str]:
    """Only what any user session has: no venv, no PYTHONPATH, no LISHUI_DB."""
    env = {"HOME": str(home), "LISHUI_DATA_DIR": str(home / "data"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TMPDIR": str(home / "tmp"),
           "PYTHONIOENCODING": "gbk",  # code page 936, as far as Python's own streams go
           # a session without a credential store (no D-Bus here): laptops' databases are
           # encrypted under a start passphrase, as on a minimal Linux
           "LISHUI_DB_PASSPHRASE": "smoke-test-passphrase"}
    if WINDOWS:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=system_root, PATH=rf"{system_root}\System32;{system_root}",
                   USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"), TEMP=str(home / "tmp"),
                   TMP=str(home / "tmp"))
    else:
        env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    return env


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


@dataclass
class Smoke:
    app: Path
    work: Path
    env: dict[str, str]
    results: list[tuple[str, str, str]] = field(default_factory=list)  # (step, status, note)

    def exe(self, name: str) -> str:
        return str(self.app / (name + EXE))

    def run(self, args: list[str], timeout: float = 300, encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
        """Run; stdout and stderr decoded strictly (`encoding`: what the program promises). Bytes
        that do not decode are shown as \\x.. and the step fails."""
        done = subprocess.run(args, cwd=self.work, env=self.env, capture_output=True, timeout=timeout)
        texts = []
        for raw in (done.stdout, done.stderr):
            try:
                texts.append(raw.decode(encoding))
            except UnicodeDecodeError:
                texts.append(NOT_DECODED + raw.decode(encoding, "backslashreplace"))
        return subprocess.CompletedProcess(args, done.returncode, texts[0], texts[1])

    def has(self, *words: str) -> bool:
        """Whether this build knows the sub-command (argparse says 2 when it does not)."""
        return self.run([self.exe("lishui"), *words, "--help"], timeout=60).returncode == 0

    def step(self, name: str, args: list[str], needs: tuple[str, ...] = (), expect: int = 0,
             check: Path | None = None, timeout: float = 300, output: str | None = None,
             encoding: str = "utf-8") -> bool:
        if needs and not self.has(*needs):
            self.results.append((name, "SKIP", f"`lishui {' '.join(needs)}` is not in this build"))
            print(f"[smoke] SKIP {name}: lishui {' '.join(needs)} does not exist yet", flush=True)
            return False
        started = time.monotonic()
        try:
            done = self.run(args, timeout=timeout, encoding=encoding)
        except subprocess.TimeoutExpired:
            self.results.append((name, "FAIL", f"no answer in {timeout:.0f} s"))
            print(f"[smoke] FAIL {name}: timed out", flush=True)
            return False
        took = time.monotonic() - started
        ok = done.returncode == expect and (check is None or check.exists())
        out = (done.stdout.strip().splitlines() or [""])[-1][:160]
        err = " | ".join(done.stderr.strip().splitlines()[-3:])[:300]
        if output is not None and not re.search(output, done.stdout):
            ok, err = False, f"output does not match {output!r}; " + err
        note = f"{took:.1f} s, exit {done.returncode}: {out}" + (f" [stderr: {err}]" if not ok else "")
        if ok and "Traceback" in done.stderr:
            ok, note = False, note + " [traceback on stderr: " + err + "]"
        if ok and NOT_DECODED in done.stdout + done.stderr:
            ok, note = False, note + f" [output is not {encoding}]"
        self.results.append((name, "ok" if ok else "FAIL", note))
        print(f"[smoke] {'ok  ' if ok else 'FAIL'} {name}: {note}", flush=True)
        return ok


def scenario(s: Smoke) -> None:
    w = s.work
    cli = s.exe("lishui")
    office, laptop = str(w / "office.sqlite3"), str(w / "laptop.sqlite3")
    s.step("GUI --exit-after-start (new database)",
           [s.exe("lishui-desktop"), "--db", str(w / "gui.sqlite3"), "--exit-after-start"], timeout=120)
    s.step("lishui init (office)", [cli, "--db", office, "init", "--device-name", "丽水-办公室",
                                    "--role", "office", "--user-name", "测试员"])
    joined = s.step("lishui deployment export", [cli, "--db", office, "deployment", "export",
                                                 "--for", "平昌-01", "--out", str(w / "deploy.json")],
                    needs=("deployment", "export"), check=w / "deploy.json")
    join = ["--join", str(w / "deploy.json")] if joined else []
    s.step("lishui init --join (laptop)", [cli, "--db", laptop, "init", "--device-name", "平昌-01",
                                           "--role", "field", *join])
    if s.step("lishui keys reply", [cli, "--db", laptop, "keys", "reply", "--out",
                                    str(w / "reply.json")], needs=("keys", "reply")):
        s.step("lishui keys register", [cli, "--db", office, "keys", "register",
                                        str(w / "reply.json")], needs=("keys", "register"))
    s.step("lishui demo", [cli, "--db", laptop, "demo", "--scale", "0.05"], needs=("demo",))
    s.step("lishui check", [cli, "--db", laptop, "check"], needs=("check",))
    s.step("lishui db status (laptop encrypted)", [cli, "--db", laptop, "db", "status", "--json"],
           needs=("db", "status"), output=r'"encrypted": true')
    s.results.append(("laptop file not readable as SQLite",
                      "ok" if not Path(laptop).read_bytes().startswith(b"SQLite format 3") else "FAIL", ""))
    s.step("GUI --exit-after-start (demo data)",
           [s.exe("lishui-desktop"), "--db", laptop, "--exit-after-start"], timeout=120)
    bundle = w / "laptop.lsbundle"
    exported = s.step("lishui bundle export", [cli, "--db", laptop, "bundle", "export", "--out",
                                               str(bundle)], needs=("bundle", "export"), check=bundle)
    if exported:
        s.step("lishui bundle import (office)", [cli, "--db", office, "bundle", "import", str(bundle)],
               needs=("bundle", "import"))
    elif s.has("keys", "allow-plain"):
        # the signed/encrypted path failed above (reported); still prove the bundle code runs
        for db in (laptop, office):
            s.step("lishui keys allow-plain on (fallback)", [cli, "--db", db, "keys", "allow-plain", "on"])
        if s.step("lishui bundle export (plain fallback)", [cli, "--db", laptop, "bundle", "export",
                                                             "--out", str(bundle)], check=bundle):
            s.step("lishui bundle import (plain fallback)", [cli, "--db", office, "bundle", "import",
                                                              str(bundle)])
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    for db, who in ((office, "office"), (laptop, "laptop")):
        pdf = w / f"monthly-{who}.pdf"
        s.step(f"lishui report monthly --all ({who})", [cli, "--db", db, "report", "monthly", "--all",
                                                       "--month", month, "--out", str(pdf)],
               needs=("report", "monthly"), check=pdf)
    xlsx = w / "placements.xlsx"
    s.step("lishui excel export placements", [cli, "--db", laptop, "excel", "export", "placements",
                                              "--out", str(xlsx)], needs=("excel", "export"), check=xlsx)
    s.step("lishui check (office)", [cli, "--db", office, "check"], needs=("check",))
    s.step("Chinese messages by default", [cli, "--db", office, "check"], output=r"[\u4e00-\u9fff]")
    # (the folder's name is Chinese: only the words around it must be English)
    s.step("English messages with --lang en", [cli, "--lang", "en", "--db", office, "check"],
           output=r"^Database [^\n]*office\.sqlite3 is healthy \([^\u3400-\u9fff]*$")
    # Chinese Windows: redirected output is UTF-8 whatever the code page; GBK on request; the
    # windowed program run with a sub-command still prints (to the handles it was given)
    s.step("list persons --json is UTF-8 under a GBK code page",
           [cli, "--db", laptop, "list", "persons", "--json"], needs=("list",), output=r'"kind": "persons"')
    s.step("--encoding gbk writes GBK", [cli, "--db", laptop, "--encoding", "gbk", "list", "pairings", "--json"],
           needs=("list",), output=r'"kind": "pairings"', encoding="gbk")
    s.step("lishui-desktop with a sub-command prints", [s.exe("lishui-desktop"), "--db", office, "check"],
           output=r"[\u4e00-\u9fff]")
    s.step("backup create under 备份#1 100%", [cli, "--db", laptop, "backup", "create"], needs=("backup", "create"),
           output=r"[\u4e00-\u9fff]")


def main() -> int:
    parser = argparse.ArgumentParser(description="smoke-test the built program")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "lishui-desktop")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if not (args.app / ("lishui" + EXE)).exists():
        print(f"[smoke] no build in {args.app}: run python3 packaging/build.py", file=sys.stderr)
        return 2
    size = folder_mb(args.app)
    tmp = Path(tempfile.mkdtemp(prefix="lishui-smoke-"))
    try:
        app = tmp / "elsewhere" / "lishui-desktop"
        shutil.copytree(args.app, app, symlinks=True)
        home, work = tmp.joinpath(*USER_HOME), tmp / WORK_FOLDER
        for folder in (home / "tmp", work):
            folder.mkdir(parents=True)
        smoke = Smoke(app=app, work=work, env=clean_env(home))
        qt_zh = list(app.rglob("qtbase_zh_CN.qm"))
        smoke.results.append(("qtbase_zh_CN.qm in the build", "ok" if qt_zh else "FAIL", ""))
        smoke.results.append((f"size {size:.0f} MB < {SIZE_LIMIT_MB} MB",
                              "ok" if size < SIZE_LIMIT_MB else "FAIL", ""))
        scenario(smoke)
    finally:
        if args.keep:
            print(f"[smoke] kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("\n[smoke] summary")
    for name, status, note in smoke.results:
        print(f"  {status:4} {name}" + (f"  ({note})" if status != "ok" and note else ""))
    failed = sum(status == "FAIL" for _, status, _ in smoke.results)
    passed = sum(status == "ok" for _, status, _ in smoke.results)
    skipped = sum(status == "SKIP" for _, status, _ in smoke.results)
    print(f"[smoke] {passed} ok, {failed} failed, {skipped} skipped; build folder {size:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
