"""The window on an office store on a PostgreSQL server: the password asked when libpq has none
(kept in this process only, or in the person's pgpass file when they tick "remember"), and the
store set up the first time as the first-start dialog chose."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.db.database import Database
from lishui_desktop.db.server import NeedsPassword, shown
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill
from lishui_desktop.services import server_login
from lishui_desktop.services.first_start import FirstStart

TRIES = 3


class PasswordDialog(QDialog):
    """The server's password for this store: typed hidden, remembered only when ticked."""

    def __init__(self, url: str, refused: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PostgreSQL password"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(fill(self.tr("The server of the store %1 asks for a password."), shown(url)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QLabel(refused)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020")
        layout.addWidget(self.reason)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        layout.addWidget(self.password)
        self.remember = QCheckBox(fill(self.tr("Remember it on this computer (in %1, readable by you alone)"),
                                       str(server_login.pgpass_file())))
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_password(url: str, refused: str) -> tuple[str, bool] | None:
    """(password, remember it), or None when the person cancelled."""
    dialog = PasswordDialog(url, refused)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return None
    return dialog.password.text(), dialog.remember.isChecked()


def open_server_store(url: str, choice: FirstStart | None, quiet: bool) -> Database | None:
    """Open (and the first time set up) the store at `url`; None when the person cancelled.
    Raises UserError for what cannot be opened (one sentence; `quiet`: also a missing password)."""
    from lishui_desktop.services.first_start import set_up
    from lishui_desktop.services.setup import (
        SetupError,
        check_role_for_store,
        is_initialised,
        open_database,
    )

    remember: tuple[str, bool] | None = None
    for attempt in range(TRIES + 1):
        try:
            db = open_database(url)
            break
        except NeedsPassword as exc:
            if quiet or attempt == TRIES:
                raise
            remember = ask_password(url, exc.text() if attempt else "")
            if remember is None:
                return None
            server_login.use_password(remember[0])
    if remember is not None and remember[1]:
        server_login.remember_password(url, remember[0])
    if is_initialised(db):  # a store the office set up already: staff just open it
        return db
    if quiet:  # unattended: never a dialog, never a guessed role
        db.close()
        raise SetupError(
            QT_TRANSLATE_NOOP("Setup", "This database has not been set up yet; run `lishui init` first.")
        )
    from lishui_desktop.ui.first_start import ask_first_start

    try:
        choice = choice or ask_first_start()
        if choice is None:
            db.close()
            return None
        check_role_for_store(choice.role, on_server=True)
        set_up(db, choice)
    except BaseException:
        db.close()
        raise
    return db
