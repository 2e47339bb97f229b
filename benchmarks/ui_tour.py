"""A scripted tour of the real main window, measuring the longest stall of the UI thread.

A precise 5 ms timer ticks on the UI thread during the whole tour; the UI thread was stalled
for however much later than due a tick arrives. The tour does what a user does: first visits
of every page, a new session and roster rows typed, 同步 opened, saves after it, a bundle
exported, a backup made and restored, a monthly sheet generated and printed to a PDF file (and
to a real printer when CUPS has one). Each stall is put down to the step that was running.
Used by tests/ui/test_ui_stall.py (fails over 250 ms) and benchmarks/bench_ui.py (figures).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

TICK_MS = 5


class StallMeter(QObject):
    """The longest time the UI thread did not get round to a 5 ms timer, by step: on the wall
    clock (what a user sees, machine load included) and in the UI thread's own CPU time (the
    work it did meanwhile: what the program can be blamed for on a machine others load)."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.step = "start"
        self.by_step: dict[str, float] = {}
        self.cpu_by_step: dict[str, float] = {}
        self.last = 0
        self.last_cpu = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.last_cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now, cpu = self.clock.elapsed(), time.thread_time()
        stall = max(0, now - self.last - TICK_MS)
        busy = (cpu - self.last_cpu) * 1000
        self.last, self.last_cpu = now, cpu
        if stall > self.by_step.get(self.step, 0):
            self.by_step[self.step] = float(stall)
        if busy > self.cpu_by_step.get(self.step, 0):
            self.cpu_by_step[self.step] = round(busy, 1)

    @property
    def longest(self) -> tuple[float, str]:
        return _top(self.by_step)

    @property
    def longest_cpu(self) -> tuple[float, str]:
        return _top(self.cpu_by_step)


def _top(by_step: dict[str, float]) -> tuple[float, str]:
    if not by_step:
        return 0.0, ""
    step = max(by_step, key=lambda k: by_step[k])
    return by_step[step], step


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Let the event loop run until `condition()` holds."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the tour waited too long")
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def settle(ms: int = 300) -> None:
    """Let background loads arrive (a user looks at the page for a moment)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@dataclass
class Tour:
    window: Any
    folder: Path
    meter: StallMeter = field(default_factory=StallMeter)
    seconds: dict[str, float] = field(default_factory=dict)
    writes: list[str] = field(default_factory=list)  # steps that wrote the database on the UI thread

    def step(self, name: str, action: Callable[[], None]) -> None:
        self.meter.step = name
        started = time.perf_counter()
        action()
        self.seconds[name] = round(time.perf_counter() - started, 3)

    def run(self) -> dict[str, Any]:
        from lishui_desktop.ui.pages import PAGES

        told: list[str] = []
        answers = _answer_questions(told)
        unwatch = self._watch_writes()
        self.meter.start()
        try:
            settle(500)
            for row, (key, _label, _spec) in enumerate(PAGES):
                self.step(f"first visit: {key}", lambda r=row: (self.window.nav.setCurrentRow(r), settle(400)))
            self.step("new session, roster opens", self.new_session)
            self.step("roster rows", lambda: self.type_rows(5, 0))
            self.step("visit sync", lambda: (self.window.show_page("sync"), settle(800)))
            self.step("roster rows after sync was opened", lambda: self.type_rows(5, 5))
            self.step("export bundle", self.export_bundle)
            self.step("backup and restore", self.backup_and_restore)
            self.step("monthly sheet", self.monthly_sheet)
            self.step("print to a PDF file", self.print_pdf)
            settle(300)
        finally:
            self.meter.stop()
            answers()
            unwatch()
        stall, where = self.meter.longest
        busy, busy_where = self.meter.longest_cpu
        return {"longest_stall_ms": stall, "where": where, "by_step_ms": self.meter.by_step,
                "longest_busy_ms": busy, "busy_where": busy_where, "busy_by_step_ms": self.meter.cpu_by_step,
                "step_seconds": self.seconds, "messages": told, "ui_thread_writes": self.writes}

    def _watch_writes(self) -> Callable[[], None]:
        """Note every write transaction committed on the UI thread (a disk wait a user feels,
        which the thread's CPU time does not show)."""
        import threading

        from sqlalchemy import event

        engine = self.window.ctx.db.engine
        main = threading.main_thread()

        def committed(conn: Any) -> None:
            if threading.current_thread() is main and conn.info.get("wrote"):
                self.writes.append(self.meter.step)
            conn.info.pop("wrote", None)

        def wrote(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE", "REPLAC"):
                conn.info["wrote"] = True

        event.listen(engine, "commit", committed)
        event.listen(engine, "before_cursor_execute", wrote)

        def unwatch() -> None:
            event.remove(engine, "commit", committed)
            event.remove(engine, "before_cursor_execute", wrote)

        return unwatch

    # steps ------------------------------------------------------------------------------------
    def training(self) -> Any:
        return self.window.show_page("training")

    def new_session(self) -> None:
        from lishui_desktop.services.reference import place_id
        from lishui_desktop.ui.ledger.fields import set_value

        page = self.training()
        page.new_record(ask=False)
        for name, value in (("title", "巡检培训班"), ("category", "wealth_leader"),
                            ("organiser_id", place_id("qingtian")), ("start_date", "2019-10-09")):
            set_value(page.form.widgets[name], value)
        page.save()
        roster = page.parts[0]
        wait_until(lambda: QApplication.focusWidget() is roster.form.widgets["person.name"])

    def type_rows(self, count: int, first: int) -> None:
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest

        page = self.training()
        roster = page.parts[0]
        start = roster.model.rowCount()
        for n in range(first, first + count):
            roster.form.widgets["person.name"].setFocus()
            event = QInputMethodEvent()
            event.setCommitString(f"巡检学员{n:02d}")
            QApplication.sendEvent(QApplication.focusWidget(), event)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            QTest.keyClicks(QApplication.focusWidget(), _resident_id(n))
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            QTest.keyClicks(QApplication.focusWidget(), f"137{n:08d}")
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            settle(150)
        wait_until(lambda: roster.model.rowCount() >= start + count)

    def export_bundle(self) -> None:
        page = self.window.show_page("sync")
        page.tabs.setCurrentIndex(1)
        before = page.exporter.result.text()
        job = page.exporter.export_to(self.folder)
        wait_until(lambda: job.finished, 120)
        if job.error is not None:
            raise RuntimeError(f"export failed: {job.error}")
        wait_until(lambda: page.exporter.result.text() != before, 10)

    def backup_and_restore(self) -> None:
        from lishui_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.window.ctx, self.window)
        dialog.show()
        rows = dialog.table.rowCount()
        dialog.create_button.click()
        wait_until(lambda: dialog.table.rowCount() > rows, 120)
        dialog.table.selectRow(0)
        rows = dialog.table.rowCount()
        dialog.restore_button.click()
        wait_until(lambda: dialog.table.rowCount() > rows, 120)  # the pre-restore copy is listed
        dialog.close()

    def monthly_sheet(self) -> None:
        page = self.window.show_page("reports")
        page.select("monthly", county="青田县", month=dt.date(2019, 10, 1))
        wait_until(lambda: page.generate_button.isEnabled(), 60)
        page.generate()
        wait_until(lambda: page.generate_button.isEnabled() and page.preview.path is not None, 60)

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        page = self.window.show_page("reports")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / "月报表.pdf"))
        job = page.preview.print_to(printer)
        wait_until(lambda: job.finished, 60)


def _resident_id(n: int) -> str:
    from stdnum.cn import ric

    born = dt.date(1986, 1, 1) + dt.timedelta(days=97 * n)
    body = f"510823{born:%Y%m%d}{300 + n:03d}"
    return next(body + c for c in "0123456789X" if ric.is_valid(body + c))


def _answer_questions(told: list[str]) -> Callable[[], None]:
    """Yes to every question, OK to every message (a user reading them is not the UI's stall);
    warnings and other boxes are kept in `told`."""
    saved = (QMessageBox.question, QMessageBox.information, QMessageBox.warning, QMessageBox.exec)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(  # type: ignore[method-assign]
        lambda _parent, _title, text, *a, **k: told.append(text) or QMessageBox.StandardButton.Ok)
    QMessageBox.exec = lambda box: told.append(box.text()) or 0  # type: ignore[method-assign]

    def restore() -> None:
        QMessageBox.question, QMessageBox.information, QMessageBox.warning, QMessageBox.exec = saved  # type: ignore[method-assign]

    return restore


def idle_baseline(seconds: float = 1.0) -> tuple[float, float]:
    """The longest stall of an idle event loop (wall, CPU): what this machine's load alone
    does to a program doing nothing, now."""
    meter = StallMeter()
    meter.start()
    settle(int(seconds * 1000))
    meter.stop()
    return meter.longest[0], meter.longest_cpu[0]
