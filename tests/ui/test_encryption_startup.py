"""The window's start on an encrypted database: no typing when the key is in the credential
store; the recovery code typed in a dialog otherwise (a wrong one explained there); a plain
laptop database offered encryption; a new database created encrypted."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.services import database_key, demo, setup, trust
from lishui_desktop.services.database_key import Policy
from lishui_desktop.sync import dump
from lishui_desktop.ui.unlock_dialog import (
    SecretDialog,
    new_key_at_start,
    offer_encryption,
    unlock_at_start,
)


def _encrypted_db(path: Path) -> str:
    """A field laptop's encrypted database with a little data; returns its recovery code."""
    made = database_key.create_key(path, Policy())
    db = Database.open(path)
    setup.init_database(db, device_name="平昌-01", role="field")
    database_key.remember_recovery_code(db, made.recovery_code)
    demo.generate(db, scale=0.01, seed=3)
    db.close()
    return made.recovery_code


def _answer(qtbot, texts: list[str], seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Type each of `texts` into the next SecretDialog and press OK (records its error text)."""

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SecretDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, step)
            return
        seen.append(dialog.error.text())
        text = texts.pop(0)
        dialog.secret.setText(text)
        if dialog.again is not None:
            dialog.again.setText(text)
        dialog.try_secret()
        if texts:
            QTimer.singleShot(50, step)
        else:
            seen.append(dialog.error.text())

    QTimer.singleShot(0, step)


def test_no_dialog_when_the_key_is_in_the_store(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.sqlite3"
    _encrypted_db(path)
    cipher.forget_key(path)  # as after a restart
    assert unlock_at_start(path)
    assert cipher.key_for(path) is not None


def test_recovery_code_typed_in_the_dialog(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.sqlite3"
    code = _encrypted_db(path)
    cipher.forget_key(path)
    monkeypatch.setenv("LISHUI_TEST_KEYRING", str(tmp_path / "another-computer.json"))
    seen: list[str] = []
    _answer(qtbot, ["ABCD-EFGH", code.lower()], seen)
    assert unlock_at_start(path)
    assert seen[0] == "" and "恢复码" in seen[1]  # the typo explained in the dialog, not a crash
    with closing(Database.open(path)) as db:
        assert setup.record_counts(db)["persons"] > 0
    # the key went into this computer's store: the next start needs no typing
    cipher.forget_key(path)
    assert unlock_at_start(path)


def test_a_plain_laptop_database_is_offered_encryption(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plain.sqlite3"
    db = Database.open(path)
    setup.init_database(db, device_name="平昌-01", role="field")
    demo.generate(db, scale=0.01, seed=3)
    before = dump.dump_text(db)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    db = offer_encryption(db)
    try:
        assert db.encrypted and cipher.is_encrypted(path)
        assert len(told) == 1  # the note to print the paper key backup
        assert "恢复码" in trust.paper_backup_text(db)  # the code is there to print
        assert database_key.recovery_code(db) in trust.paper_backup_text(db)
        assert dump.dump_text(db) == before
    finally:
        db.close()


def test_the_window_creates_a_new_database_encrypted(tmp_path: Path) -> None:
    """In its own process, as a user starts it (the window's timers must not outlive a test)."""
    path = tmp_path / "new.sqlite3"
    env = dict(os.environ, LISHUI_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    started = subprocess.run(
        [sys.executable, "-m", "lishui_desktop", "--db", str(path), "--exit-after-start"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert started.returncode == 0, started.stderr
    assert cipher.is_encrypted(path) and cipher.key_file(path).exists()
    database_key.unlock(path)  # the key went into the credential store: no typing
    try:
        with closing(Database.open(path)) as db:
            assert database_key.recovery_code(db)  # kept for the paper key backup
    finally:
        cipher.forget_key(path)


def test_without_a_credential_store_a_new_database_asks_for_a_start_passphrase(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    path = tmp_path / "new.sqlite3"
    seen: list[str] = []
    _answer(qtbot, ["short", "长江黄河-2020"], seen)
    made = new_key_at_start(path, Policy())
    try:
        assert made is not None and not made.in_credential_store
        assert "8" in seen[1]  # the short one explained in the dialog
        data = database_key.read_key_file(path)
        assert data is not None and data["store"] == "passphrase" and "passphrase" in data
        Database.open(path).close()  # the database is created with it
        cipher.forget_key(path)  # the next start
        with pytest.raises(database_key.NeedKey) as need:
            database_key.unlock(path)
        assert need.value.passphrase and "口令" in need.value.text()
        assert database_key.unlock(path, passphrase="长江黄河-2020") == "passphrase"
    finally:
        cipher.forget_key(path)
