"""Settings: language (on restart), user and device name, role, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.i18n import fill, language
from lishui_desktop.paths import data_dir
from lishui_desktop.services import server_login, settings_store
from lishui_desktop.services.identity import update_identity
from lishui_desktop.services.setup import DeviceInfo
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsPage(QWidget):
    """Everything a user may set on this laptop; saved at once, language applies on restart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("MainWindow", "Settings"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        lang_box = QGroupBox(self.tr("Language"))
        lang_form = QFormLayout(lang_box)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = settings_store.load().get("language") or language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self.save_language)
        lang_form.addRow(self.tr("Language of the program"), self.language)
        self.language_note = QLabel(self.tr("A new language takes effect when the program is started again."))
        self.language_note.setWordWrap(True)
        lang_form.addRow(self.language_note)
        layout.addWidget(lang_box)

        who_box = QGroupBox(self.tr("This computer"))
        who_form = QFormLayout(who_box)
        device = ctx.device
        self.user_name = QLineEdit(device.user_name or "" if device else "")
        self.device_name = QLineEdit(device.name if device else "")
        self.role_label = QLabel(label(ROLES, device.role) if device else "-")
        who_form.addRow(self.tr("Your name"), self.user_name)
        who_form.addRow(self.tr("Device name"), self.device_name)
        who_form.addRow(self.tr("Role"), self.role_label)
        self.role_note = QLabel(self.tr(
            "The role is the office's decision (its certificate for this computer): it cannot be "
            "changed here. The office changes it (Tools → Keys and enrolment → Change the selected "
            "device's role…) and this computer takes it from the office's next bundle."
        ))
        self.role_note.setWordWrap(True)
        if device is None or device.role != "office":  # the office itself needs no one to ask
            who_form.addRow(self.role_note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_identity)
        buttons.addWidget(self.save_button)
        self.message = QLabel()
        buttons.addWidget(self.message, 1)
        who_form.addRow(buttons)
        layout.addWidget(who_box)

        where_box = QGroupBox(self.tr("Where the data is"))
        where_form = QFormLayout(where_box)
        self.data_dir_label = QLabel(str(data_dir()))
        self.db_path_label = QLabel(ctx.db.location)  # the file, or the server's URL
        for widget in (self.data_dir_label, self.db_path_label):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where_form.addRow(self.tr("Data directory"), self.data_dir_label)
        where_form.addRow(self.tr("Database on a PostgreSQL server") if ctx.db.on_server else self.tr("Database file"),
                          self.db_path_label)
        self.next_store = QLineEdit(server_login.chosen_store() or "")
        self.next_store.setPlaceholderText(self.tr("postgresql://user@server/database, or empty: the database file"))
        where_form.addRow(self.tr("Open at the next start"), self.next_store)
        store_buttons = QHBoxLayout()
        self.store_button = QPushButton(self.tr("Use from the next start"))
        self.store_button.clicked.connect(self.save_store)
        store_buttons.addWidget(self.store_button)
        self.store_message = QLabel(self.tr(
            "An office or a lead can keep its database on the office's PostgreSQL server (its data "
            "is moved there first, on the command line). Kept on this computer only."
        ))
        self.store_message.setWordWrap(True)
        store_buttons.addWidget(self.store_message, 1)
        where_form.addRow(store_buttons)
        layout.addWidget(where_box)
        for box in (lang_box, who_box, where_box):
            box.setMaximumWidth(760)  # forms stay readable on wide screens
        layout.addStretch(1)
        ctx.hub.device_changed.connect(self._device_changed)

    def _device_changed(self) -> None:
        """The office's bundle changed the role (or a name): shown without a restart."""
        device = self.ctx.device
        self.role_label.setText(label(ROLES, device.role) if device else "-")
        if device and not self.device_name.isModified():
            self.device_name.setText(device.name)

    def save_store(self) -> None:
        """The store the window opens from its next start (the preferences file, not the
        database); a field laptop, a password in the URL: one sentence, nothing saved."""
        from lishui_desktop.db.server import is_server_url
        from lishui_desktop.domain.errors import UserError
        from lishui_desktop.services.setup import check_role_for_store

        text = self.next_store.text().strip()
        try:
            if text and is_server_url(text):
                check_role_for_store(self.ctx.device.role if self.ctx.device else "field", on_server=True)
            server_login.choose_store(text or None)
        except UserError as exc:
            self.store_message.setText(exc.text())
            return
        where = text or self.tr("the database file")
        self.store_message.setText(fill(self.tr("Saved. From the next start the program opens %1."), where))

    def save_language(self) -> None:
        settings_store.save({"language": str(self.language.currentData())})
        self.language_note.setText(
            self.tr("Saved. The new language takes effect when the program is started again.")
        )

    def save_identity(self) -> None:
        db, user, device = self.ctx.db, self.user_name.text(), self.device_name.text()
        self.save_button.setEnabled(False)
        workers.start(lambda: update_identity(db, user_name=user, device_name=device), writes=True,
                      on_done=self._identity_saved, on_failed=self._identity_refused, owner=self)

    def _identity_saved(self, info: DeviceInfo) -> None:
        self.save_button.setEnabled(True)
        self.ctx.device = info
        self.message.setText(self.tr("Saved."))
        self.ctx.hub.changed("devices")

    def _identity_refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(workers.describe(exc))
