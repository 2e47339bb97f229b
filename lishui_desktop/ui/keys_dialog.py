"""Keys and enrolment: fingerprints, the office passphrase, the paper backup, the devices the
office issued (who issued each and when) and the office's actions on them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.errors import UserError
from lishui_desktop.services import issuing, trust
from lishui_desktop.sync import keys
from lishui_desktop.ui.context import AppContext


class KeysDialog(QDialog):
    """What keeps bundles private and genuine, explained, with the few actions a user needs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Keys and enrolment"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Bundles are signed with this computer's key and encrypted to the office and the "
                "working-group leads, so a lost USB stick reveals nothing. Compare the fingerprints "
                "below with the office by phone when a laptop is enrolled."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.sign_label, self.box_label, self.lock_label = QLabel(), QLabel(), QLabel()
        grid.addWidget(QLabel(self.tr("Signing key")), 0, 0)
        grid.addWidget(self.sign_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Encryption key")), 1, 0)
        grid.addWidget(self.box_label, 1, 1)
        grid.addWidget(QLabel(self.tr("Passphrase")), 2, 0)
        grid.addWidget(self.lock_label, 2, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.devices = QTableWidget(0, 6, self)
        self.devices.setHorizontalHeaderLabels(
            [self.tr("Device"), self.tr("Role"), self.tr("Issued by"), self.tr("Issued"),
             self.tr("Revoked"), self.tr("Key")]
        )
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.devices.horizontalHeader().setStretchLastSection(True)  # every column whole (issue times too)
        self.devices.verticalHeader().hide()
        layout.addWidget(self.devices, 1)
        self.plain_box = QCheckBox(self.tr("Allow unencrypted bundles (for trials only)"))
        layout.addWidget(self.plain_box)
        buttons = QGridLayout()
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Unlock…"), self.unlock),
            (self.tr("Set passphrase…"), self.set_passphrase),
            (self.tr("Save paper backup…"), self.paper_backup),
            (self.tr("Register a laptop from its reply file…"), self.register_reply),
            (self.tr("Write this laptop's reply file…"), self.write_reply),
            (self.tr("Issue a laptop…"), self.issue),
            (self.tr("Renew the selected device's keys…"), self.renew),
            (self.tr("Revoke the selected device…"), self.revoke),
            (self.tr("Change the selected device's role…"), self.change_role),
            (self.tr("Install a key file from the office…"), self.install),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for n, (text, slot) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button, n // 3, n % 3)
            self.buttons[text] = button
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.plain_box.toggled.connect(self._toggle_plain)
        self.refresh()

    def refresh(self) -> None:
        status = trust.key_status(self.ctx.db)
        self.sign_label.setText(str(status["sign_key_id"]))
        self.box_label.setText(str(status["box_key_id"]))
        if not status["protected"]:
            self.lock_label.setText(self.tr("not set"))
        elif str(self.ctx.db.path) in keys._unlocked:
            self.lock_label.setText(self.tr("set, unlocked for this session"))
        else:
            self.lock_label.setText(self.tr("set, locked"))
        self.buttons[self.tr("Unlock…")].setEnabled(bool(status["protected"]))
        self.plain_box.blockSignals(True)
        self.plain_box.setChecked(bool(status["plain_allowed"]))
        self.plain_box.blockSignals(False)
        for text in (self.tr("Issue a laptop…"), self.tr("Renew the selected device's keys…"),
                     self.tr("Revoke the selected device…"), self.tr("Register a laptop from its reply file…"),
                     self.tr("Change the selected device's role…")):
            self.buttons[text].setEnabled(bool(status["office"]))
        self.rows = status["devices"]
        self.devices.setRowCount(len(self.rows))
        for r, device in enumerate(self.rows):
            values = (
                device["name"],
                label(ROLES, device["role"]),
                device["issuer"] or "-",
                device["issued_at"] or "-",
                device["revoked_at"] or "-",
                device["sign_key_id"] or "-",
            )
            for c, value in enumerate(values):
                self.devices.setItem(r, c, QTableWidgetItem(str(value)))

    def _run(self, work: Callable[[], object], done: str) -> None:
        try:
            work()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return
        finally:
            self.refresh()
        QMessageBox.information(self, self.windowTitle(), done)

    def _ask(self, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.windowTitle(), prompt, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def unlock(self) -> None:
        secret = self._ask(self.tr("The office passphrase:"))
        if secret is not None:
            self._run(
                lambda: keys.box_private(self.ctx.db, secret),
                self.tr("The key is unlocked until the program closes."),
            )

    def set_passphrase(self) -> None:
        old = (
            self._ask(self.tr("The current passphrase:"))
            if keys.is_protected(self.ctx.db)
            else None
        )
        new = self._ask(self.tr("The new passphrase (at least 8 characters):"))
        if new is None or (keys.is_protected(self.ctx.db) and old is None):
            return
        if self._ask(self.tr("The new passphrase once more:")) != new:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The two passphrases differ."))
            return
        self._run(
            lambda: keys.set_passphrase(self.ctx.db, new, old),
            self.tr(
                "The key is protected by the passphrase. Save a paper backup and lock it away."
            ),
        )

    def paper_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save paper backup"), "keys-paper-backup.txt"
        )
        if path:
            self._run(
                lambda: trust.write_paper_backup(self.ctx.db, Path(path)),
                self.tr("Print the file, lock the paper away, then delete the file."),
            )

    def register_reply(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A laptop's reply file"))
        if path:
            self._run(
                lambda: trust.register_reply(self.ctx.db, Path(path).read_bytes()),
                self.tr("The laptop is registered; its bundles will be accepted."),
            )

    def write_reply(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save reply file"), "reply.json")
        if path:
            self._run(
                lambda: trust.write_reply(self.ctx.db, Path(path)),
                self.tr("Give the reply file to the office (it holds no secrets)."),
            )

    def _selected(self) -> str | None:
        row = self.devices.currentRow()
        if not 0 <= row < len(self.rows):
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a device in the list first."))
            return None
        return str(self.rows[row]["id"])

    def issue(self) -> None:
        name, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Name of the new laptop:"))
        if not ok or not name.strip():
            return
        labels = [label(ROLES, code) for code in ROLES]
        chosen, ok = QInputDialog.getItem(self, self.windowTitle(), self.tr("Role:"), labels, 0, False)
        if not ok:
            return
        role = list(ROLES)[labels.index(chosen)]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save its deployment file"), f"{name.strip()}.json")
        if path:
            from lishui_desktop.services.deployment import export_deployment

            self._run(
                lambda: export_deployment(self.ctx.db, Path(path), name.strip(), role),
                self.tr("Issued. On that laptop's first start choose “Join the office's deployment with a "
                        "deployment file” and give it this file (or lishui init --join FILE); keep it "
                        "safe: it holds its keys."),
            )

    def renew(self) -> None:
        device = self._selected()
        if device is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save its key file"), "keys.json")
        if path:
            self._run(
                lambda: trust.write_key_file(self.ctx.db, Path(path), issuing.renew_keys(self.ctx.db, device)),
                self.tr("New keys issued. Install the file on that laptop; keep it safe: it holds its keys."),
            )

    def revoke(self) -> None:
        device = self._selected()
        if device is None:
            return
        answer = QMessageBox.warning(
            self,
            self.windowTitle(),
            self.tr("Revoke this device for good? What the office holds of it stays; everything else it "
                    "wrote or writes is refused everywhere."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: issuing.revoke(self.ctx.db, device),
                      self.tr("Revoked. Send a bundle to every laptop so that they refuse it too."))

    def change_role(self) -> None:
        """The office's action: another role for an issued device (it arrives with the next bundle)."""
        device = self._selected()
        if device is None:
            return
        labels = [label(ROLES, code) for code in ROLES]
        chosen, ok = QInputDialog.getItem(self, self.windowTitle(), self.tr("New role:"), labels, 0, False)
        if ok:
            code = list(ROLES)[labels.index(chosen)]
            self._run(lambda: issuing.change_role(self.ctx.db, device, code),
                      self.tr("The role is changed. Send a bundle to that laptop: it takes the new role from it."))

    def install(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A key file from the office"))
        if path:
            self._run(lambda: issuing.install_key_file(self.ctx.db, Path(path).read_bytes()),
                      self.tr("The new keys are installed."))

    def _toggle_plain(self, on: bool) -> None:
        if on:
            answer = QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "Unencrypted bundles can be read by anyone who finds the file. Use this only for "
                    "a trial. Allow?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.refresh()
                return
        self.ctx.db.set_setting(keys.ALLOW_PLAIN, "1" if on else "0")
        self.refresh()
