"""Reports page: choose a form and its county, month or session; generate off the UI thread;
preview inside the program; print or save."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThreadPool
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.i18n import fill
from lishui_desktop.previews import PreviewFolder
from lishui_desktop.services import reports
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Changes
from lishui_desktop.ui.report_preview import ReportPreview

ALL = "*"


class ReportsPage(QWidget):
    """Left: the form and its choices; right: the preview of the last generated form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # each preview is deleted when the next replaces it; all of them when the program quits
        # (the document closed first: Windows cannot delete an open file) or the page goes
        self._previews = PreviewFolder()
        self.destroyed.connect(self._previews.close)
        if (app := QCoreApplication.instance()) is not None:
            app.aboutToQuit.connect(self.release_previews)
        self._stale_choices = False

        title = QLabel(self.tr("Printed forms"))
        title.setObjectName("pageTitle")
        self.form_box = QComboBox()
        for key, text in (("monthly", self.tr("Monthly sheet")), ("signin", self.tr("Sign-in sheet")),
                          ("roster", self.tr("Trainee roster")),
                          ("placements", self.tr("Labor placement register")),
                          ("pairings", self.tr("Pairing list"))):
            self.form_box.addItem(text, key)
        self.county_box = QComboBox()
        for box in (self.form_box, self.county_box):  # "All counties (consolidated)" never cut
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.session_box = QComboBox()
        self.session_box.setMinimumContentsLength(24)
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.full_ids = QCheckBox(self.tr("Print full ID numbers and phones"))
        self.full_ids.setToolTip(self.tr("Only when the form must carry them; each such print is recorded."))
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self._running: Any = None
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Form"), self.form_box)
        self.form.addRow(self.tr("County"), self.county_box)
        self.form.addRow(self.tr("Month"), self.month_edit)
        self.form.addRow(self.tr("Session"), self.session_box)
        self.form.addRow(self.tr("From"), self.from_edit)
        self.form.addRow(self.tr("To"), self.to_edit)
        self.form.addRow("", self.full_ids)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(title)
        side_layout.addLayout(self.form)
        side_layout.addWidget(self.generate_button)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.cancel_button)
        side_layout.addWidget(self.status)
        side_layout.addStretch(1)
        side.setMaximumWidth(420)

        self.preview = ReportPreview(discard=self._previews.discard)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.form_box.currentIndexChanged.connect(self._form_changed)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        ctx.hub.data_changed.connect(self._data_changed)
        self._fill_choices()
        self._set_default_dates()
        self._form_changed()
        side.setMinimumWidth(min(side.maximumWidth(), side.sizeHint().width()))  # the choices in full
        QThreadPool.globalInstance().start(reports.warm_up)

    def release_previews(self) -> None:
        self.preview.clear()
        self._previews.close()

    # choices ---------------------------------------------------------------
    def _fill_choices(self) -> None:
        self.county_box.clear()
        self.county_box.addItem(self.tr("All counties (consolidated)"), ALL)
        for name, text in reports.county_choices(self.ctx.db):
            self.county_box.addItem(text, name)
        self._fill_sessions()

    def _fill_sessions(self) -> None:
        current = self.session_box.currentData()
        self.session_box.clear()
        for session_id, text in reports.sessions_for_choice(self.ctx.db):
            self.session_box.addItem(text, session_id)
        index = self.session_box.findData(current)
        if index >= 0:
            self.session_box.setCurrentIndex(index)

    def _set_default_dates(self) -> None:
        today = QDate.currentDate()
        last_month = today.addMonths(-1)
        self.month_edit.setDate(QDate(last_month.year(), last_month.month(), 1))
        self.from_edit.setDate(QDate(today.year(), 1, 1))
        self.to_edit.setDate(today)
        self._latest_asked = False  # asked when the page is first shown, not at start

    def _ask_latest_month(self) -> None:
        """Find the latest month with records, then preview its sheet: when the page is first
        shown, not while the window starts (a 200k-record database: whole-table reads and a
        monthly sheet competing with the first paint, more so decrypting an encrypted file)."""
        if self._latest_asked:
            return
        self._latest_asked = True
        db = self.ctx.db
        workers.start(lambda: reports.latest_month(db), on_done=self._open_on, owner=self)

    def _open_on(self, latest: tuple[int, int] | None) -> None:
        """The page opens on the latest month that has records, its sheet already previewed."""
        if latest is not None and self.preview.path is None and self.generate_button.isEnabled():
            year, month = latest
            self.month_edit.setDate(QDate(year, month, 1))
            self.from_edit.setDate(QDate(year, 1, 1))
            self.to_edit.setDate(QDate(year, month, 1).addMonths(1).addDays(-1))
            if self.form_box.currentData() == "monthly":
                self.generate()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("pairings", "places", "training_sessions", "enrolments"):
            self._stale_choices = True
            if self.isVisible():
                self._refill()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale_choices:
            self._refill()
        self._ask_latest_month()

    def _refill(self) -> None:
        """The county and session lists again (a roster saved elsewhere changes their labels)."""
        self._stale_choices = False
        county = self.county_box.currentData()
        self._fill_choices()
        self.county_box.setCurrentIndex(max(0, self.county_box.findData(county)))

    def _form_changed(self) -> None:
        form = self.form_box.currentData()
        shown = {
            self.county_box: form in ("monthly", "placements"),
            self.month_edit: form == "monthly",
            self.session_box: form in ("signin", "roster"),
            self.from_edit: form == "placements",
            self.to_edit: form == "placements",
            self.full_ids: form in ("signin", "roster", "placements"),
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        all_index = self.county_box.findData(ALL)
        if form == "placements" and all_index >= 0 and self.county_box.currentIndex() == all_index:
            self.county_box.setCurrentIndex(min(3, self.county_box.count() - 1))

    def select(self, form: str, county: str | None = None, month: dt.date | None = None,
               session_id: str | None = None) -> None:
        """Preselect the choices (also used by tests)."""
        self.form_box.setCurrentIndex(self.form_box.findData(form))
        if county is not None:
            self.county_box.setCurrentIndex(self.county_box.findData(county))
        if month is not None:
            self.month_edit.setDate(QDate(month.year, month.month, 1))
        if session_id is not None:
            self.session_box.setCurrentIndex(self.session_box.findData(session_id))

    # generation ------------------------------------------------------------
    def request(self) -> reports.ReportRequest:
        form = self.form_box.currentData()
        county = self.county_box.currentData()
        month = self.month_edit.date()
        out = self._previews.new_file(form)
        return reports.ReportRequest(
            form, out, county=None if county == ALL else county, year=month.year(), month=month.month(),
            session_id=self.session_box.currentData(), date_from=self.from_edit.date().toPython(),
            date_to=self.to_edit.date().toPython(),
            full_ids=self.full_ids.isChecked() and self.full_ids.isVisibleTo(self))

    def generate(self) -> None:
        request = self.request()
        db = self.ctx.db
        self.generate_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Generating…"))
        # a print with full IDs writes its audit row: through the single writer pool then
        self._running = workers.start(
            lambda: reports.generate_steps(db, request),
            writes=request.full_ids,
            on_progress=self._progress,
            on_done=lambda result, r=request: self._done(r, result),
            on_failed=self._failed,
            owner=self,
        )
        self.cancel_button.setVisible(True)

    def cancel(self) -> None:
        """Stops at the next step (the file is only written at the last one)."""
        if self._running is not None:
            self._running.cancel()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(label)

    def _finish(self) -> None:
        self._running = None
        self.generate_button.setEnabled(True)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _done(self, request: reports.ReportRequest, result: reports.ReportResult) -> None:
        self._finish()
        name = self.file_name(request)
        if not self.preview.show_pdf(result.path, name):
            self.status.setText(fill(self.tr("The form was written but cannot be shown here: %1"), str(result.path)))
            return
        text = fill(self.tr("Ready: %1 rows."), str(result.rows))
        if result.full_ids:
            text += " " + self.tr("Full IDs and phones are printed; this was recorded.")
            self.ctx.hub.changed("audit_log")
        self.status.setText(text)

    def file_name(self, request: reports.ReportRequest) -> str:
        """A name a person reads: 月报表_青田县_2019-10.pdf, 签到表_<session>.pdf (no ids)."""
        title = self.form_box.itemText(self.form_box.findData(request.form))
        parts = [title]
        if request.form in ("monthly", "placements"):
            parts.append(request.county or self.tr("All counties"))
        if request.form == "monthly":
            parts.append(f"{request.year}-{request.month:02d}")
        elif request.form == "placements":
            parts.append(f"{request.date_from:%Y-%m-%d}_{request.date_to:%Y-%m-%d}")
        elif request.form in ("signin", "roster"):
            label = self.session_box.itemText(self.session_box.findData(request.session_id))
            parts.append(re.sub(r"\s*\(\d+\)$", "", label))  # without its trainee count
        text = "_".join(p.strip() for p in parts if p and p.strip())
        return re.sub(r'[\\/:*?"<>|\s]+', "_", text)[:80] + ".pdf"

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, workers.Cancelled):
            self.status.setText(self.tr("Cancelled."))
            return
        self.status.setText(workers.describe(exc))
