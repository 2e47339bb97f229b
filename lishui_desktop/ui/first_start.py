"""First start on a new database: who uses this laptop, and in which role."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.db.database import Database
from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.errors import UserError
from lishui_desktop.services.identity import update_identity
from lishui_desktop.services.setup import DeviceInfo, device_info


class FirstStartDialog(QDialog):
    """Asks the user's name and role once; both can be changed later in Settings."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(460)
        info = device_info(db)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A new database was created. Please tell us who uses this computer; "
                "the name is recorded with your changes. You can change both later in Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.user_name = QLineEdit(info.user_name or "" if info else "")
        self.user_name.setPlaceholderText(self.tr("e.g. 张伟"))
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(label(ROLES, code), code)
        if info is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(info.role)))
        form.addRow(self.tr("Your name"), self.user_name)
        form.addRow(self.tr("Role"), self.role)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_info: DeviceInfo | None = info

    def save(self) -> None:
        try:
            self.result_info = update_identity(
                self.db, user_name=self.user_name.text(), role=str(self.role.currentData())
            )
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.accept()
