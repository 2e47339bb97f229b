"""Moving existing data: `lishui db encrypt` turns a plain demo database (with plain backups)
into an encrypted one with an equal `dump --json` and no plain copy left behind; `db decrypt
--out` writes a plain copy for support, audited; backups and restore work encrypted."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from lishui_desktop.cli import main
from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.services import audit, demo, setup


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def plain_demo(tmp_path: Path) -> tuple[Path, list[str]]:
    """A plain database as an earlier version left it: demo data, a few plain backups."""
    path = tmp_path / "laptop" / "lishui.sqlite3"
    db = Database.open(path)
    setup.init_database(db, device_name="平昌-01", role="field")
    demo.generate(db, scale=0.03, seed=7)
    with db.sessions() as session:
        ids = [r[0] for r in session.execute(text("SELECT id_number FROM persons WHERE id_number IS NOT NULL LIMIT 5"))]
    db.close()
    assert ids
    return path, ids


def test_plain_database_is_encrypted_with_equal_dumps_and_no_plain_copy_left(
    plain_demo: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = plain_demo
    for _ in range(2):
        assert lishui(capsys, "--db", str(path), "backup", "create")[0] == 0
    code, before, _err = lishui(capsys, "--db", str(path), "dump", "--json")
    assert code == 0
    folder = path.parent
    assert any(ids[0].encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())  # the scan can fail

    code, out, err = lishui(capsys, "--db", str(path), "--lang", "en", "db", "encrypt")
    assert code == 0, err
    assert "2 backups encrypted" in out
    cipher.forget_key(path)  # a new process: the key comes from the credential store
    code, after, _err = lishui(capsys, "--db", str(path), "dump", "--json")
    assert code == 0 and after == before

    files = [p for p in folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"lishui.sqlite3", "lishui.sqlite3-key.json"}
    assert not [p.name for p in files if p.name.endswith((".shred", ".encrypting", "-wal", ".part"))]
    for p in files:
        data = p.read_bytes()
        assert not data.startswith(cipher.SQLITE_HEADER), p.name
        assert not any(i.encode() in data or i.encode("utf-16-le") in data for i in ids), p.name
    # its backups are encrypted copies of the old ones, and restore works
    code, listing, _err = lishui(capsys, "--db", str(path), "backup", "list", "--json")
    backups = json.loads(listing)
    assert len(backups) == 2 and all(cipher.is_encrypted(Path(b["path"])) for b in backups)
    assert lishui(capsys, "--db", str(path), "backup", "restore", backups[-1]["id"])[0] == 0
    code, restored, _err = lishui(capsys, "--db", str(path), "dump", "--json")
    assert restored == before
    # again: one clear line, nothing changes
    code, _out, err = lishui(capsys, "--db", str(path), "--lang", "zh_CN", "db", "encrypt")
    assert code == 2 and "已经加密" in err


def test_a_damaged_plain_database_is_not_converted(plain_demo: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ids = plain_demo
    con = sqlite3.connect(path)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'persons'").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xa5" * page)
    original = path.read_bytes()
    code, _out, err = lishui(capsys, "--db", str(path), "db", "encrypt")
    assert code == 2 and "损坏" in err and "Traceback" not in err
    assert path.read_bytes() == original and not cipher.key_file(path).exists()


def test_decrypt_writes_an_audited_plain_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "laptop.sqlite3"
    assert lishui(capsys, "--db", str(path), "init", "--device-name", "p", "--role", "lead")[0] == 0
    assert lishui(capsys, "--db", str(path), "demo", "--scale", "0.02")[0] == 0
    code, before, _err = lishui(capsys, "--db", str(path), "dump", "--json")
    out = tmp_path / "support" / "copy.sqlite3"
    code, said, err = lishui(capsys, "--db", str(path), "db", "decrypt", "--out", str(out))
    assert code == 0, err
    assert out.read_bytes().startswith(cipher.SQLITE_HEADER)  # any SQLite tool reads it
    con = sqlite3.connect(out)
    keys = {r[0] for r in con.execute("SELECT key FROM local_settings")}
    con.close()
    assert "database_recovery_code" not in keys  # the recovery code stays with the encrypted file
    assert lishui(capsys, "--db", str(out), "dump", "--json")[1] == before
    with closing(Database.open(path)) as db:
        entry = audit.entries(db, table="database")[0]
    assert entry.kind == "decrypt" and entry.row_count > 100
    code, _out, err = lishui(capsys, "--db", str(path), "db", "decrypt", "--out", str(out))
    assert code == 2 and "已存在" in err
