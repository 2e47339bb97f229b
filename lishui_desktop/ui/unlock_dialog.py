"""Start-up of an encrypted database: the key from the credential store (no typing), else the
start passphrase or recovery code typed here; a new database's key; encrypting a plain one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.services import database_key, encryption
from lishui_desktop.services.database_key import NewKey, Policy
from lishui_desktop.ui import workers


class SecretDialog(QDialog):
    """Asks for a secret (shown as dots) and tries it; a wrong one is explained, not fatal."""

    def __init__(
        self,
        message: str,
        attempt: Callable[[str, str], None],
        *,
        confirm: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.setWindowTitle(QCoreApplication.translate("Unlock", "Encrypted database"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            QCoreApplication.translate("Unlock", "New start passphrase") if confirm else QCoreApplication.translate("Unlock", "Start passphrase or recovery code")
        )
        layout.addWidget(self.secret)
        self.again: QLineEdit | None = None
        if confirm:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            self.again.setPlaceholderText(QCoreApplication.translate("Unlock", "The passphrase once more"))
            layout.addWidget(self.again)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_secret)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_secret(self) -> None:
        again = self.again.text() if self.again is not None else self.secret.text()
        try:
            self.attempt(self.secret.text(), again)
        except UserError as exc:
            self.error.setText(exc.text())
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.accept()


def unlock_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """Hold the key of an encrypted database; False when the user gave up (or it cannot be)."""
    try:
        database_key.unlock(db_path)
        return True
    except database_key.NeedKey as need:
        dialog = SecretDialog(
            need.text(),
            lambda secret, _again: _unlock_typed(db_path, secret),
            parent=parent,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
    except UserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Unlock", "Encrypted database"), exc.text())
        return False


def _unlock_typed(db_path: Path, secret: str) -> None:
    database_key.unlock_with_secret(db_path, secret.strip())


def new_key_at_start(
    db_path: Path, policy: Policy, parent: QWidget | None = None
) -> NewKey | None:
    """The key of a database about to be created: kept in the credential store, or (without
    one, or when the office says so) under a start passphrase chosen here. None: cancelled."""
    made: list[NewKey] = []

    def attempt(passphrase: str | None, again: str | None) -> None:
        if passphrase is not None and passphrase != again:
            raise database_key.WrongSecret(
                QT_TRANSLATE_NOOP("Encryption", "The two passphrases differ.")
            )
        made.append(database_key.create_key(db_path, policy, passphrase))

    try:
        attempt(None, None)
        return made[0]
    except database_key.NeedKey as need:
        dialog = SecretDialog(need.text(), attempt, confirm=True, parent=parent)
        return made[0] if dialog.exec() == QDialog.DialogCode.Accepted and made else None


def offer_encryption(db: Database, parent: QWidget | None = None) -> Database:
    """A plain database of a field or lead laptop: offer to encrypt it now. Returns the
    database to go on with (reopened encrypted, or the same one)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Unlock", "Encrypt the database?"),
        QCoreApplication.translate(
            "Unlock", "This database is not encrypted: whoever finds this laptop or copies its disk can "
            "read every resident ID and phone number in it. Encrypt it now? A verified encrypted "
            "copy replaces it; the plain file and plain backups are overwritten and removed. "
            "This takes a moment."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return db
    path, policy = db.path, encryption.stored_policy(db)
    db.close()
    passphrase: list[str | None] = [None]
    if database_key.passphrase_needed(policy):
        dialog = SecretDialog(
            database_key.why_a_passphrase(policy).text(),
            lambda secret, again: _check_new(passphrase, secret, again),
            confirm=True,
            parent=parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return Database.open(path)
    outcome = _run_with_progress(
        lambda: encryption.encrypt_database(path, policy, passphrase[0]), parent
    )
    if isinstance(outcome, BaseException):
        text = outcome.text() if isinstance(outcome, UserError) else str(outcome)
        QMessageBox.critical(parent, QCoreApplication.translate("Unlock", "Encrypt the database?"), text)
        return Database.open(path)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Unlock", "The database is encrypted"),
        QCoreApplication.translate(
            "Unlock", "The database is encrypted. Print the paper key backup now (Tools, Keys and "
            "enrolment): its recovery code is the only way to open the database on another "
            "computer."
        ),
    )
    return Database.open(path)


def _check_new(store: list[str | None], secret: str, again: str) -> None:
    if secret != again:
        raise database_key.WrongSecret(
            QT_TRANSLATE_NOOP("Encryption", "The two passphrases differ.")
        )
    if len(secret) < database_key.MIN_PASSPHRASE:
        raise database_key.WrongSecret(
            QT_TRANSLATE_NOOP("Encryption", "The start passphrase must have at least 8 characters.")
        )
    store[0] = secret


def _run_with_progress(work: Callable[[], object], parent: QWidget | None) -> object:
    """Run `work` off the UI thread behind a busy dialog; its result or its exception."""
    dialog = QProgressDialog(QCoreApplication.translate("Unlock", "Encrypting the database…"), "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Unlock", "Encrypted database"))  # not the program's name
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    outcome: list[object] = []

    def job():  # type: ignore[no-untyped-def]
        yield (0, 1, "encrypt")
        return work()

    def finish(value: object) -> None:
        outcome.append(value)
        loop.quit()

    workers.start(job, writes=True, on_done=finish, on_failed=finish)
    dialog.show()
    if not outcome:
        loop.exec()
    dialog.close()
    return outcome[0]

