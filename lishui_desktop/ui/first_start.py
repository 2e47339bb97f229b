"""First start on a new database, in the GUI alone: who uses this laptop, its device name and
how it joins the deployment (the office's deployment file; or the office itself; or alone).

The dialog runs before the database exists: the deployment file decides how the new
database keeps its key (services/first_start.key_policy), so nothing is created until OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.domain.text import clean
from lishui_desktop.services import first_start
from lishui_desktop.services.first_start import FirstStart


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    box.addWidget(button)
    return row


def _choice_details(label: str, field: QWidget, note: str) -> tuple[QFormLayout, QLabel]:
    """What one choice asks, indented under its radio button: a labelled field and a wrapped note."""
    form = QFormLayout()
    form.setContentsMargins(24, 0, 0, 0)
    form.addRow(label, field)
    explained = QLabel(note)
    explained.setWordWrap(True)
    form.addRow(explained)
    return form, explained


class FirstStartDialog(QDialog):
    """Asks the user's name (required), how this computer takes part in the deployment, and
    its device name (a suggestion: county and number; the office's file may fix it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(640)
        self.deployment: dict | None = None  # type: ignore[type-arg]
        self.name_edited = False
        self.result_choice: FirstStart | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A new database is being created on this computer. Tell us who uses it (the name is "
            "recorded with your changes) and how it takes part in the deployment."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        who = QFormLayout()
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(self.tr("e.g. Zhang Wei"))
        who.addRow(self.tr("Your name"), self.user_name)
        layout.addLayout(who)

        ways = QGroupBox(self.tr("How this computer is set up"))
        ways_box = QVBoxLayout(ways)
        self.way_buttons = QButtonGroup(self)
        self.join = QRadioButton(self.tr("Join the office's deployment with a deployment file"))
        self.office = QRadioButton(self.tr("Set up the office: this computer starts the deployment and issues the laptops"))
        self.alone = QRadioButton(self.tr("Use this laptop alone for now (a trial; its data stays here)"))
        for n, button in enumerate((self.join, self.office, self.alone)):
            self.way_buttons.addButton(button, n)
        self.join.setChecked(True)
        ways_box.addWidget(self.join)
        self.deployment_file = QLineEdit()
        self.deployment_file.setPlaceholderText(self.tr("the deployment file the office gave you"))
        self.browse_deployment = QPushButton(self.tr("Choose…"))
        self.browse_deployment.setAutoDefault(False)
        join_form, self.deployment_note = _choice_details(
            self.tr("Deployment file"), _path_row(self.deployment_file, self.browse_deployment), self.tr(
                "The office writes it for this laptop (on its computer: Tools → Keys and enrolment → "
                "Issue a laptop…)."
            ))
        ways_box.addLayout(join_form)
        ways_box.addWidget(self.office)
        ways_box.addWidget(self.alone)
        layout.addWidget(ways)

        where = QGroupBox(self.tr("Where the database is"))
        where_box = QVBoxLayout(where)
        self.store_buttons = QButtonGroup(self)
        self.on_file = QRadioButton(self.tr("On this computer (a database file)"))
        self.on_server = QRadioButton(self.tr("Database on a PostgreSQL server (an office or a lead whose staff share it)"))
        self.store_buttons.addButton(self.on_file, 0)
        self.store_buttons.addButton(self.on_server, 1)
        self.on_file.setChecked(True)
        where_box.addWidget(self.on_file)
        where_box.addWidget(self.on_server)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText(self.tr("postgresql://user@server/database"))
        server_form, self.server_note = _choice_details(self.tr("Server address (URL)"), self.server_url, self.tr(
            "No password in the address: it is asked when the server wants one (or taken from "
            "~/.pgpass). Field laptops keep their own database file."
        ))
        where_box.addLayout(server_form)
        layout.addWidget(where)

        device = QFormLayout()
        self.county = QComboBox()
        for name in first_start.counties():
            self.county.addItem(name)
        self.device_name = QLineEdit()
        device.addRow(self.tr("Your county"), self.county)
        device.addRow(self.tr("Device name"), self.device_name)
        self.role = QLabel()
        device.addRow(self.tr("Role"), self.role)
        self.reply_file = QLineEdit()
        self.browse_reply = QPushButton(self.tr("Choose…"))
        self.browse_reply.setAutoDefault(False)
        self.reply_label = QLabel(self.tr("Registration reply file"))
        device.addRow(self.reply_label, _path_row(self.reply_file, self.browse_reply))
        layout.addLayout(device)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.way_buttons.idToggled.connect(self._way_toggled)
        self.store_buttons.idToggled.connect(self._way_toggled)
        self.county.currentIndexChanged.connect(lambda _i: self.suggest())
        self.device_name.textEdited.connect(lambda _t: setattr(self, "name_edited", True))
        self.deployment_file.editingFinished.connect(self.read_file)
        self.browse_deployment.clicked.connect(self.choose_deployment)
        self.browse_reply.clicked.connect(self.choose_reply)
        self.suggest()
        self.refresh()

    def _way_toggled(self, _id: int, on: bool) -> None:
        if on:
            self.refresh()

    # --- what is chosen ------------------------------------------------------------------------
    def way(self) -> str:
        return first_start.WAYS[max(0, self.way_buttons.checkedId())]

    def choice(self) -> FirstStart:
        reply = clean(self.reply_file.text())
        return FirstStart(
            way=self.way(),
            user_name=self.user_name.text(),
            device_name=self.device_name.text(),
            deployment_file=Path(clean(self.deployment_file.text())) if self.way() == "join" else None,
            deployment=self.deployment if self.way() == "join" else None,
            reply_file=Path(reply) if reply and self.reply_file.isEnabled() else None,
            server_url=self.server_url.text().strip() if self.on_server.isChecked() else None,
        )

    def suggest(self) -> None:
        """County and the next number the office has not issued (平昌-01, 平昌-02…)."""
        if self.name_edited or (self.way() == "join" and self.choice().issued_name):
            return
        taken = first_start.known_device_names(self.deployment)
        self.device_name.setText(first_start.suggest_device_name(self.county.currentText(), taken))
        self._suggest_reply()

    def _suggest_reply(self) -> None:
        if not self.reply_file.isModified():
            name = clean(self.device_name.text()) or "laptop"
            self.reply_file.setText(str(Path.home() / fill(self.tr("registration-reply_%1.json"), name)))

    def refresh(self) -> None:
        """Fields follow the way in: the office's file fixes the name and role it issued."""
        joining = self.way() == "join"
        for widget in (self.deployment_file, self.browse_deployment, self.deployment_note):
            widget.setEnabled(joining)
        for widget in (self.server_url, self.server_note):
            widget.setEnabled(self.on_server.isChecked())
        choice = self.choice()
        issued = choice.issued_name if joining else None
        if issued:
            self.device_name.setText(issued)
        elif joining and self.deployment is not None and not self.name_edited:
            self.suggest()
        self.device_name.setEnabled(not issued)
        self.county.setEnabled(not issued)
        self.role.setText(label(ROLES, choice.role) + "  " + self.tr("(only the office changes it)"))
        unissued = joining and self.deployment is not None and not issued
        for widget in (self.reply_file, self.browse_reply, self.reply_label):
            widget.setEnabled(unissued)
        if unissued:
            self._suggest_reply()

    def read_file(self) -> None:
        """Read the deployment file as soon as it is named: what it issues shows at once."""
        from lishui_desktop.services.deployment import read_deployment

        text = clean(self.deployment_file.text())
        self.deployment = None
        self.error.clear()
        if text:
            try:
                self.deployment = read_deployment(Path(text).read_bytes())
            except UserError as exc:
                self.error.setText(exc.text())
            except OSError:
                self.error.setText(fill(self.tr("The file %1 cannot be read."), text))
        self._describe_file()
        self.refresh()

    def _describe_file(self) -> None:
        choice = self.choice()
        if self.deployment is None:
            return
        office = str((self.deployment.get("office") or {}).get("name") or "")
        if choice.issued_name:
            text = self.tr("The office %1 issued this computer as %2 (%3).")
            values: tuple[str, ...] = (office, choice.issued_name, label(ROLES, choice.role))
        else:
            text = self.tr(
                "This file issues no computer: the laptop joins and writes a registration reply "
                "file; give it to the office %1, which registers the laptop (Tools → Keys and "
                "enrolment → Register a laptop from its reply file…)."
            )
            values = (office,)
        self.deployment_note.setText(fill(text, *values))

    def choose_deployment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Deployment file"), str(Path.home()))
        if path:
            self.deployment_file.setText(path)
            self.read_file()

    def choose_reply(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Registration reply file"), self.reply_file.text())
        if path:
            self.reply_file.setText(path)
            self.reply_file.setModified(True)

    def save(self) -> None:
        if self.way() == "join" and self.deployment is None and clean(self.deployment_file.text()):
            self.read_file()
        choice = self.choice()
        try:
            first_start.check(choice)
        except UserError as exc:
            self.error.setText(exc.text())
            field = self.user_name if not clean(choice.user_name) else (
                self.deployment_file if choice.way == "join" and choice.deployment is None else (
                    self.server_url if choice.server_url is not None and clean(choice.device_name)
                    else self.device_name))
            field.setFocus()
            return
        self.result_choice = choice
        self.accept()


def ask_first_start(parent: QWidget | None = None) -> FirstStart | None:
    """The first-start dialog; None when the user cancelled (nothing was created)."""
    dialog = FirstStartDialog(parent)
    return dialog.result_choice if dialog.exec() == QDialog.DialogCode.Accepted else None
