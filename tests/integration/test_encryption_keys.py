"""Keys people can live with: no typing on the laptop that made the database, the recovery code
on another computer, the office's key for a returned laptop, a start passphrase where the
office requires one or no credential store exists; wrong keys get one clear Chinese line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lishui_desktop.services.database_key import recovery_secret


class Machine:
    """A computer: its own credential store (a file) and data folder; runs `lishui`."""

    def __init__(self, folder: Path, store: str | None = "file") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, LISHUI_DATA_DIR=str(folder / "data"), LISHUI_LANG="zh_CN")
        self.env["LISHUI_TEST_KEYRING"] = str(folder / "keyring.json")
        if store is None:  # a minimal Linux: keyring finds no Secret Service
            self.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        for name in ("LISHUI_RECOVERY_CODE", "LISHUI_DB_PASSPHRASE", "LISHUI_PASSPHRASE"):
            self.env.pop(name, None)

    def run(self, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "lishui_desktop", *args],
            capture_output=True, text=True, encoding="utf-8", env={**self.env, **extra},
            stdin=subprocess.DEVNULL, timeout=300,
        )

    def ok(self, *args: str, **extra: str) -> str:
        result = self.run(*args, **extra)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def refused(self, *args: str, **extra: str) -> str:
        """Exit 2 with one translated line, no traceback."""
        result = self.run(*args, **extra)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("lishui: "), result.stderr
        return lines[0]


def recovery_code_of(machine: Machine, db: Path, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    paper = folder / "paper.txt"
    machine.ok("--db", str(db), "keys", "paper", "--out", str(paper))
    code = paper.read_text(encoding="utf-8").strip().splitlines()[-1]
    recovery_secret(code)  # a well-formed code
    return code


@pytest.fixture
def laptop_db(tmp_path: Path) -> tuple[Machine, Path]:
    laptop = Machine(tmp_path / "laptop")
    db = tmp_path / "laptop" / "lishui.sqlite3"
    laptop.ok("--db", str(db), "init", "--device-name", "平昌-01", "--role", "field")
    laptop.ok("--db", str(db), "demo", "--scale", "0.02")
    return laptop, db


def test_daily_start_needs_no_typing_and_another_computer_needs_the_recovery_code(
    tmp_path: Path, laptop_db: tuple[Machine, Path]
) -> None:
    laptop, db = laptop_db
    assert "健康" in laptop.ok("--db", str(db), "check") or "healthy" in laptop.ok("--db", str(db), "--lang", "en", "check")
    dump = laptop.ok("--db", str(db), "dump", "--json")
    code = recovery_code_of(laptop, db, tmp_path)

    other = Machine(tmp_path / "other")  # the file (and its key file) copied to another computer
    message = other.refused("--db", str(db), "list", "persons")
    assert "恢复码" in message and "file is not a database" not in message
    assert "恢复码" in other.refused("--db", str(db), "check")
    # a typing mistake, and the code of another database: one clear line each, nothing changes
    typo = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert "恢复码" in other.refused("--db", str(db), "db", "unlock", LISHUI_RECOVERY_CODE=typo)
    second = tmp_path / "second.sqlite3"
    laptop.ok("--db", str(second), "init", "--device-name", "x", "--role", "field")
    foreign = recovery_code_of(laptop, second, tmp_path / "p2")
    assert "另一个数据库" in other.refused("--db", str(db), "db", "unlock", LISHUI_RECOVERY_CODE=foreign)
    # the right code opens it and keeps the key in this computer's store: no typing afterwards
    other.ok("--db", str(db), "db", "unlock", LISHUI_RECOVERY_CODE=code.lower().replace("-", " "))
    assert other.ok("--db", str(db), "dump", "--json") == dump


def test_missing_credential_store_falls_back_to_the_recovery_code(
    tmp_path: Path, laptop_db: tuple[Machine, Path]
) -> None:
    laptop, db = laptop_db
    code = recovery_code_of(laptop, db, tmp_path)
    bare = Machine(tmp_path / "bare", store=None)
    message = bare.refused("--db", str(db), "list", "persons")
    assert "凭据" in message and "恢复码" in message
    out = bare.ok("--db", str(db), "list", "persons", "--json", LISHUI_RECOVERY_CODE=code)
    assert json.loads(out)["count"] > 10


def test_a_new_database_without_a_credential_store_asks_for_a_start_passphrase(tmp_path: Path) -> None:
    bare = Machine(tmp_path / "bare", store=None)
    db = tmp_path / "bare" / "lishui.sqlite3"
    assert "口令" in bare.refused("--db", str(db), "init", "--role", "field")
    assert not db.exists()
    assert "8" in bare.refused("--db", str(db), "init", "--role", "field", LISHUI_DB_PASSPHRASE="short")
    bare.ok("--db", str(db), "init", "--role", "field", LISHUI_DB_PASSPHRASE="山高水长-2019")
    assert "口令" in bare.refused("--db", str(db), "check")
    assert "口令" in bare.refused("--db", str(db), "check", LISHUI_DB_PASSPHRASE="wrong passphrase")
    bare.ok("--db", str(db), "check", LISHUI_DB_PASSPHRASE="山高水长-2019")
    key_file = json.loads((tmp_path / "bare" / "lishui.sqlite3-key.json").read_text())
    assert key_file["store"] == "passphrase" and "山高水长" not in json.dumps(key_file, ensure_ascii=False)


def test_the_office_opens_a_returned_laptop_with_its_key(tmp_path: Path) -> None:
    office = Machine(tmp_path / "office")
    office_db = tmp_path / "office" / "office.sqlite3"
    office.ok("--db", str(office_db), "init", "--device-name", "市办-01", "--role", "office")
    assert not (tmp_path / "office" / "office.sqlite3-key.json").exists()  # office's choice: plain
    deployment = tmp_path / "平昌-01.json"
    office.ok("--db", str(office_db), "deployment", "export", "--for", "平昌-01", "--out", str(deployment))
    field = json.loads(deployment.read_text(encoding="utf-8"))["database_encryption"]
    assert field["office_key"] and field["start_passphrase"] is False

    laptop = Machine(tmp_path / "laptop")
    db = tmp_path / "laptop" / "lishui.sqlite3"
    laptop.ok("--db", str(db), "init", "--device-name", "平昌-01", "--join", str(deployment))
    laptop.ok("--db", str(db), "demo", "--scale", "0.02")
    dump = laptop.ok("--db", str(db), "dump", "--json")
    assert json.loads(laptop.ok("--db", str(db), "db", "status", "--json"))["office_copy"] is True

    # the laptop comes back: its files are copied to the office computer
    office.refused("--db", str(db), "dump", "--json")
    office.ok("--db", str(db), "db", "unlock", "--office-db", str(office_db))
    assert office.ok("--db", str(db), "dump", "--json") == dump

    # another office's key does not open it
    other = Machine(tmp_path / "other-office")
    other_db = tmp_path / "other-office" / "o.sqlite3"
    other.ok("--db", str(other_db), "init", "--device-name", "x", "--role", "office")
    assert "恢复码" in other.refused("--db", str(db), "db", "unlock", "--office-db", str(other_db))


def test_the_office_can_require_a_start_passphrase(tmp_path: Path) -> None:
    office = Machine(tmp_path / "office")
    office_db = tmp_path / "office" / "office.sqlite3"
    office.ok("--db", str(office_db), "init", "--device-name", "市办-01", "--role", "office")
    office.ok("--db", str(office_db), "db", "policy", "--start-passphrase", "on", "--office-copy", "off")
    deployment = tmp_path / "d.json"
    office.ok("--db", str(office_db), "deployment", "export", "--for", "p", "--out", str(deployment))
    field = json.loads(deployment.read_text(encoding="utf-8"))["database_encryption"]
    assert field == {"encrypt": True, "start_passphrase": True, "office_key": None}

    laptop = Machine(tmp_path / "laptop")  # it has a credential store, but the office says no
    db = tmp_path / "laptop" / "lishui.sqlite3"
    assert "口令" in laptop.refused("--db", str(db), "init", "--device-name", "p", "--join", str(deployment))
    laptop.ok("--db", str(db), "init", "--device-name", "p", "--join", str(deployment), LISHUI_DB_PASSPHRASE="长江黄河-2020")
    assert not Path(laptop.env["LISHUI_TEST_KEYRING"]).exists() or "database-key" not in Path(
        laptop.env["LISHUI_TEST_KEYRING"]
    ).read_text()
    assert "口令" in laptop.refused("--db", str(db), "check")
    laptop.ok("--db", str(db), "check", LISHUI_DB_PASSPHRASE="长江黄河-2020")


def test_a_damaged_or_missing_key_file_is_explained(tmp_path: Path, laptop_db: tuple[Machine, Path]) -> None:
    laptop, db = laptop_db
    key_file = Path(str(db) + "-key.json")
    saved = key_file.read_bytes()
    key_file.write_text("{not json", encoding="utf-8")
    assert "密钥文件" in laptop.refused("--db", str(db), "check")
    key_file.unlink()
    assert "密钥文件" in laptop.refused("--db", str(db), "list", "persons")
    key_file.write_bytes(saved)
    laptop.ok("--db", str(db), "check")


def test_a_key_that_does_not_open_the_file_is_one_clear_line_in_cli_and_window(tmp_path: Path) -> None:
    """The key file of another database beside this one (the key it holds is checked, but it is
    not this file's): SQLCipher's "file is not a database" and its own log lines ("hmac check
    failed") never reach the user; the window says it and stops instead of offering a backup
    (the backups have the same key)."""
    laptop = Machine(tmp_path / "laptop")
    db, other = tmp_path / "laptop" / "lishui.sqlite3", tmp_path / "laptop" / "other.sqlite3"
    laptop.ok("--db", str(db), "init", "--device-name", "平昌-01", "--role", "field")
    laptop.ok("--db", str(db), "backup", "create")
    laptop.ok("--db", str(other), "init", "--device-name", "平昌-02", "--role", "field")
    Path(str(db) + "-key.json").write_bytes(Path(str(other) + "-key.json").read_bytes())
    line = laptop.refused("--db", str(db), "list", "persons")
    assert "恢复码" in line and "not a database" not in line
    checked = laptop.run("--db", str(db), "check")
    assert checked.returncode == 1 and checked.stderr == "", checked.stderr
    assert checked.stdout.strip().count("\n") == 0 and "恢复码" in checked.stdout and "quick_check" not in checked.stdout
    window = laptop.run("--db", str(db), "--exit-after-start", QT_QPA_PLATFORM="offscreen")
    assert window.returncode == 2
    told = [ln for ln in window.stderr.splitlines() if "propagateSizeHints" not in ln]
    assert len(told) == 1 and "恢复码" in told[0], window.stderr
