"""A lost laptop reveals nothing: sentinel people written through the program are found in no
file the program leaves on disk (database, WAL, backups, key file, logs, temporary folder), in
any encoding; the same scan on a plain database finds them (the scan can fail)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.services import database_key
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, write_book

NAMES = ("哨兵鑫淼", "哨兵垚犇")
IDS = (make_id(region="511923", birth="19870605", seq=913), make_id(region="511923", birth="19910203", seq=927))
PHONES = ("13987654321", "15876543219")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gb18030")


def _roster(path: Path, n: int) -> Path:
    row = [1, IDS[n], NAMES[n], "男", PHONES[n], "哨兵培训班", "农村致富带头人", "青田县",
           "2019-03-01", "2019-03-05", "青田", "平昌县", "白衣镇", "", "", "是", ""]
    return write_book(path, MESSY_HEADERS, [row])


def _needles() -> dict[bytes, str]:
    found = {}
    for text in (*NAMES, *IDS, *PHONES, IDS[0][-8:], NAMES[0][-2:]):
        for encoding in ENCODINGS:
            found[text.encode(encoding)] = f"{text} ({encoding})"
    return found


def leaks(*folders: Path) -> list[str]:
    """Every (file, sentinel) where a sentinel's bytes occur in a file under `folders`."""
    needles = _needles()
    hits = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            hits += [f"{path.name}: {label}" for needle, label in needles.items() if needle in data]
    return hits


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lishui_desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
    )


@pytest.mark.parametrize("role", ["field", "office"])
def test_no_sentinel_in_any_file_of_an_encrypted_laptop(tmp_path: Path, role: str) -> None:
    laptop, data, temp, inbox = (tmp_path / d for d in ("laptop", "data", "tmp", "inbox"))
    for folder in (laptop, data, temp, inbox):
        folder.mkdir()
    db = laptop / "lishui.sqlite3"
    env = dict(os.environ, LISHUI_DATA_DIR=str(data), TMPDIR=str(temp), SQLITE_TMPDIR=str(temp))
    # a separate process writes the first sentinel, as a cadre at the command line would
    made = _cli("--db", str(db), "init", "--device-name", "平昌-01", "--role", role, env=env)
    assert made.returncode == 0, made.stderr
    first = _cli("--db", str(db), "excel", "import", "trainees", str(_roster(inbox / "a.xlsx", 0)), env=env)
    assert first.returncode == 0, first.stderr
    assert _cli("--db", str(db), "backup", "create", env=env).returncode == 0
    # this process holds the database open, so the second write stays in the WAL while we look
    database_key.unlock(db)
    holder = Database.open(db)
    try:
        assert main(["--db", str(db), "excel", "import", "trainees", str(_roster(inbox / "b.xlsx", 1))]) == 0
        wal = Path(str(db) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        found = leaks(laptop, data, temp)
    finally:
        holder.close()
        cipher.forget_key(db)
    if role == "office":  # the office chose a plain store: the same scan finds the people
        assert any(NAMES[0] in hit for hit in found) and any("-wal" in hit for hit in found)
        return
    assert found == []
    backups = list((laptop / "lishui-backups").glob("*.sqlite3"))
    assert len(backups) >= 3  # pre-import (twice) and the manual one
    assert all(cipher.is_encrypted(p) for p in [db, *backups])


def test_temporary_tables_and_sorts_stay_in_memory(tmp_path: Path) -> None:
    """A big sort on an encrypted database writes no temporary file (temp_store=MEMORY)."""
    db = tmp_path / "x.sqlite3"
    cipher.remember_key(db, os.urandom(32))
    try:
        con = cipher.connect(db)
        assert con.execute("PRAGMA temp_store").fetchone()[0] in (2, "2")
        con.execute("CREATE TEMP TABLE t AS SELECT 'x' AS a")
        con.close()
    finally:
        cipher.forget_key(db)
