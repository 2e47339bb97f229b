"""The keys dialog: fingerprints, passphrase, plain-bundle switch with a warning, reply files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from lishui_desktop.db.database import Database
from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.services.setup import device_info
from lishui_desktop.sync import crypto, keys
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub
from lishui_desktop.ui.keys_dialog import KeysDialog


@pytest.fixture
def dialog(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    widget = KeysDialog(AppContext(db=db, hub=Hub(), device=device_info(db)))
    qtbot.addWidget(widget)
    return widget


def test_fingerprints_and_passphrase(
    dialog: KeysDialog, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    public = keys.ensure_device_keys(db)
    assert dialog.box_label.text() == crypto.key_id(public.box)
    assert dialog.devices.rowCount() >= 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("长长的口令-123", True))
    dialog.set_passphrase()
    assert keys.is_protected(db)
    keys._unlocked.clear()
    dialog.refresh()
    assert dialog.lock_label.text() in ("set, locked", "已设置，已锁定")
    dialog.unlock()
    assert str(db.path) in keys._unlocked


def test_plain_switch_asks_first(
    dialog: KeysDialog, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.plain_box.setChecked(True)
    assert not keys.plain_allowed(db) and not dialog.plain_box.isChecked()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.plain_box.setChecked(True)
    assert keys.plain_allowed(db)


def test_reply_and_paper_files(
    dialog: KeysDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply, paper = tmp_path / "reply.json", tmp_path / "paper.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(reply), ""))
    dialog.write_reply()
    assert reply.exists() and b"box_key" in reply.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(paper), ""))
    dialog.paper_backup()
    assert len(paper.read_text(encoding="utf-8").splitlines()) > 6


def test_issue_offers_roles_in_words(
    dialog: KeysDialog, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The role is chosen by its name in the user's language (never field/lead/office), and the
    devices list shows it the same way."""
    offered: list[str] = []

    def get_item(_parent, _title, _label, items, *args):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return label(ROLES, "lead"), True

    out = tmp_path / "青田-02.json"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("青田-02", True))
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.issue()
    assert offered == [label(ROLES, code) for code in ("field", "lead", "office")]
    assert not set(offered) & {"field", "lead", "office"}
    assert json.loads(out.read_text(encoding="utf-8"))["identity"]["certificate"]["role"] == "lead"
    shown = {dialog.devices.item(r, 1).text() for r in range(dialog.devices.rowCount())}
    assert label(ROLES, "lead") in shown and not shown & {"field", "lead", "office"}
