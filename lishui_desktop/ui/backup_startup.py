"""Start-up: tell the user about a damaged database or an interrupted import; daily backup."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services import backup, recovery
from lishui_desktop.ui import workers
from lishui_desktop.ui.hub import Hub

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database

log = logging.getLogger("lishui.ui.backup")


def run_startup_check(db_path: Path, parent: QWidget | None = None) -> bool:
    """quick_check before opening; False when the user chose to quit."""
    report = recovery.startup_check(db_path, full=False)  # the full check runs after start
    if report.ok:
        if report.message:
            QMessageBox.information(parent, QCoreApplication.translate("BackupStartup", "The last import was interrupted"), report.message)
        return True
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("BackupStartup", "The database is damaged"), report.message, parent=parent
    )
    restore = None
    if report.good_backup is not None:
        restore = box.addButton(QCoreApplication.translate("BackupStartup", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("BackupStartup", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(QCoreApplication.translate("BackupStartup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is quit_button:
        return False
    if restore is not None and clicked is restore:
        try:
            good = recovery.restore_newest_good(db_path)
        except UserError as exc:
            QMessageBox.critical(parent, QCoreApplication.translate("BackupStartup", "The database is damaged"), exc.text())
            return False
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupStartup", "Backup restored"),
            fill(QCoreApplication.translate(
                "BackupStartup", "The backup %1 was restored. The damaged file was kept in the backups folder."
            ), good.id),
        )
    return True


def schedule_background_checks(db: Database, hub: Hub | None = None, delay_ms: int = 3000) -> None:
    """Shortly after start, off the UI thread: quick_check the database, then the daily (and
    weekly) backup. Damage found is reported with the offer to restore the newest good backup."""

    def job():  # type: ignore[no-untyped-def]
        yield (0, 2, "quick_check")
        report = recovery.quick_check(db.path)
        if report.ok:
            yield (1, 2, "backup")
            backup.daily_if_due(db.path)
        return report

    def finished(report: recovery.StartupReport) -> None:
        if not report.ok:
            offer_restore(db, report, hub)

    def start() -> None:
        workers.start(job, on_done=finished,
                      on_failed=lambda exc: log.warning("background check failed: %s", exc))

    QTimer.singleShot(delay_ms, start)


def offer_restore(db: Database, report: recovery.StartupReport, hub: Hub | None = None) -> bool:
    """Tell the user the open database is damaged; restore the newest good backup if asked."""
    title = QCoreApplication.translate("BackupStartup", "The database is damaged")
    if report.good_backup is None:
        QMessageBox.critical(None, title, report.message)
        return False
    answer = QMessageBox.question(None, title, report.message)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        backup.restore(db, report.good_backup.id)
    except UserError as exc:
        QMessageBox.critical(None, title, exc.text())
        return False
    if hub is not None:
        hub.changed_everything()
    QMessageBox.information(
        None,
        QCoreApplication.translate("BackupStartup", "Backup restored"),
        fill(QCoreApplication.translate("BackupStartup", "The backup %1 was restored. The damaged file was kept in the backups folder."), report.good_backup.id),
    )
    return True
