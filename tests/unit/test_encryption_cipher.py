"""The SQLCipher layer: keyed files, the key registry, wrong keys in words, shredding."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from lishui_desktop.db import cipher
from lishui_desktop.db.backup_file import copy_database, integrity_ok
from lishui_desktop.db.database import Database
from lishui_desktop.services import database_key


@pytest.fixture
def keyed(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "k.sqlite3"
    key = os.urandom(32)
    cipher.remember_key(path, key)
    con = cipher.connect(path)
    con.execute("CREATE TABLE t (name TEXT)")
    con.execute("INSERT INTO t VALUES ('哨兵王五')")
    con.commit()
    con.close()
    yield path, key
    cipher.forget_key(path)


def test_an_encrypted_file_reads_only_with_its_key(keyed: tuple[Path, bytes]) -> None:
    path, key = keyed
    assert cipher.is_encrypted(path)
    assert "哨兵王五".encode() not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM t").fetchall()
    with pytest.raises(cipher.WrongKey) as wrong:
        cipher.connect(path, key=os.urandom(32))
    assert "not a database" not in wrong.value.text() and "恢复码" in wrong.value.text()
    assert cipher.connect(path, key=key).execute("SELECT name FROM t").fetchall() == [("哨兵王五",)]


def test_locked_only_when_a_key_file_says_it_is_encrypted(keyed: tuple[Path, bytes]) -> None:
    path, key = keyed
    cipher.forget_key(path)
    assert not cipher.needs_key(path)  # no key file: damaged or foreign, left to the checks
    assert integrity_ok(path)[0] is False
    cipher.key_file(path).write_text("{}", encoding="utf-8")
    assert cipher.needs_key(path)
    with pytest.raises(cipher.DatabaseLocked) as locked:
        Database.open(path)
    assert "恢复码" in locked.value.text()
    cipher.remember_key(path, key)
    assert integrity_ok(path) == (True, "ok")


def test_backups_in_the_backups_folder_use_the_database_key(keyed: tuple[Path, bytes]) -> None:
    path, _key = keyed
    copy = copy_database(path, path.parent / "k-backups" / "manual-20200101-000000.sqlite3")
    assert cipher.is_encrypted(copy) and cipher.key_for(copy) == cipher.key_for(path)
    assert integrity_ok(copy) == (True, "ok")
    assert "哨兵王五".encode() not in copy.read_bytes()


def test_shred_overwrites_then_removes(tmp_path: Path) -> None:
    victim = tmp_path / "plain.bin"
    victim.write_bytes(b"510823199001011234" * 1000)
    assert cipher.shred(victim) and not victim.exists()
    assert not cipher.shred(victim)


def test_recovery_codes_are_checked_before_use() -> None:
    code = database_key.new_recovery_code()
    assert len(code.replace("-", "")) == 32 and code.count("-") == 7
    assert database_key.recovery_secret(code.lower().replace("-", " ")) == database_key.recovery_secret(code)
    broken = code[:5] + ("B" if code[5] != "B" else "C") + code[6:]
    with pytest.raises(database_key.WrongSecret):
        database_key.recovery_secret(broken)
    with pytest.raises(database_key.WrongSecret):
        database_key.recovery_secret(code[:-5])


def test_plain_or_obfuscated_keyrings_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a named backend only the platform's own store counts; keyring's null and fail
    backends (and so a machine without Secret Service) mean: no credential store."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert database_key.credential_store() is None
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert database_key.credential_store() is None
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    if sys.platform.startswith("linux"):
        assert database_key.credential_store() is None  # no D-Bus session: no Secret Service
