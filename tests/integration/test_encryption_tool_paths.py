"""Tool paths on an encrypted database beyond open/dump: undoing an import (its pre-import
backup attached to the database), and databases written before the program chose HMAC-SHA256
for its pages (key files that name no HMAC: SQLCipher 4's default, SHA-512) — they, their
backups and their restores keep working."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.services import database_key, demo, setup
from lishui_desktop.services.database_key import Policy
from tests.integration.test_encryption_at_rest import IDS, NAMES, _roster
from tests.integration.test_encryption_keys import Machine


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_undo_import_on_an_encrypted_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "laptop" / "lishui.sqlite3"
    assert lishui(capsys, "--db", str(db), "init", "--device-name", "平昌-01", "--role", "field")[0] == 0
    assert cipher.is_encrypted(db)
    assert lishui(capsys, "--db", str(db), "excel", "import", "trainees", str(_roster(tmp_path / "a.xlsx", 0)))[0] == 0
    listed = lishui(capsys, "--db", str(db), "list", "trainees", "--json")[1]
    assert NAMES[0] in listed
    code, said, err = lishui(capsys, "--db", str(db), "--lang", "en", "backup", "undo-import")
    assert code == 0 and "a.xlsx" in said and "Traceback" not in err, err
    code, said, err = lishui(capsys, "--db", str(db), "--lang", "en", "backup", "undo-import", "--yes")
    assert code == 0, err
    assert NAMES[0] not in lishui(capsys, "--db", str(db), "list", "trainees", "--json")[1]
    backups = list((tmp_path / "laptop" / "lishui-backups").glob("*.sqlite3"))
    assert len(backups) >= 2 and all(cipher.is_encrypted(p) for p in backups)


def _as_sha512(path: Path, key: bytes) -> None:
    """Rewrite the encrypted file at `path` as the program wrote it before HMAC-SHA256."""
    legacy = path.with_name(path.name + ".legacy")
    with closing(cipher.connect(path, key=key)) as source:
        cipher.remember_key(legacy, key, cipher.LEGACY_HMAC_ALGORITHM)  # the export's HMAC
        try:
            cipher.export(source, legacy, key)
        finally:
            cipher.forget_key(legacy)
    legacy.replace(path)


def _opens_with(path: Path, key: bytes, hmac: str) -> bool:
    con = cipher.driver().connect(str(path))
    try:
        cipher.quiet(con)
        con.execute(cipher.key_pragma(key))
        con.execute(f"PRAGMA cipher_page_size = {cipher.PAGE_SIZE}")
        con.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except cipher.driver().DatabaseError:
        return False
    finally:
        con.close()


def test_a_database_written_with_the_earlier_page_hmac_still_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = Machine(tmp_path / "laptop")
    monkeypatch.setenv("LISHUI_TEST_KEYRING", laptop.env["LISHUI_TEST_KEYRING"])  # its store
    db = tmp_path / "laptop" / "lishui.sqlite3"
    made = database_key.create_key(db, Policy())
    with closing(Database.open(db)) as opened:
        setup.init_database(opened, device_name="平昌-01", role="field")
        database_key.remember_recovery_code(opened, made.recovery_code)
        demo.generate(opened, scale=0.01, seed=5)
    before = laptop.ok("--db", str(db), "dump", "--json")
    laptop.ok("--db", str(db), "backup", "create")
    # as the earlier version left them: SHA-512 pages, a key file that names no HMAC
    files = [db, *(tmp_path / "laptop" / "lishui-backups").glob("*.sqlite3")]
    for path in files:
        _as_sha512(path, made.key)
        assert _opens_with(path, made.key, "HMAC_SHA512") and not _opens_with(path, made.key, "HMAC_SHA256")
    key_file = cipher.key_file(db)
    data = json.loads(key_file.read_text(encoding="utf-8"))
    del data["cipher"]["hmac"]
    key_file.write_text(json.dumps(data), encoding="utf-8")
    cipher.forget_key(db)
    # with this version (a new process, the key from the credential store)
    assert "完好" in laptop.ok("--db", str(db), "check")
    assert laptop.ok("--db", str(db), "dump", "--json") == before
    laptop.ok("--db", str(db), "excel", "import", "trainees", str(_roster(tmp_path / "b.xlsx", 1)))
    assert IDS[1][-4:] in laptop.ok("--db", str(db), "list", "trainees", "--json")
    laptop.ok("--db", str(db), "backup", "undo-import", "--yes")
    assert laptop.ok("--db", str(db), "dump", "--json") == before
    old = json.loads(laptop.ok("--db", str(db), "backup", "list", "--json"))[-1]["id"]  # the oldest
    laptop.ok("--db", str(db), "backup", "restore", old)
    assert laptop.ok("--db", str(db), "dump", "--json") == before
    # on another computer, by the recovery code; and its plain copy for support
    other = Machine(tmp_path / "other")
    other.ok("--db", str(db), "db", "unlock", LISHUI_RECOVERY_CODE=made.recovery_code)
    assert other.ok("--db", str(db), "dump", "--json") == before
    copy = tmp_path / "support.sqlite3"
    other.ok("--db", str(db), "db", "decrypt", "--out", str(copy))
    assert copy.read_bytes().startswith(cipher.SQLITE_HEADER)
    for path in [db, *(tmp_path / "laptop" / "lishui-backups").glob("*.sqlite3")]:
        assert _opens_with(path, made.key, "HMAC_SHA512"), path.name  # the files keep their HMAC
