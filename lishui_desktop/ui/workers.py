"""The one way into the background: every write and every long job runs here, off the UI thread.

`start(work, ...)` runs `work()` in a pool: a plain function, or a generator function yielding
`(done, total, label)` whose return value is the result. Handlers are connected before the job
starts and are called on the UI thread; a job stays alive until its handlers have run, whoever
started it. Database writes go through one single-thread pool, in the order they were started.
`run(...)` adds what a user sees: a progress dialog after half a second with a cancel button,
one clear message when it fails, and "Retry" when the database was busy.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from lishui_desktop.domain.errors import UserError, file_problem
from lishui_desktop.domain.i18n import fill
from lishui_desktop.domain.masking import scrub
from lishui_desktop.ui.busy import says_busy

log = logging.getLogger("lishui.ui.workers")

Progress = tuple[int, int, str]
Work = Callable[[], Any]  # returns the result, or a generator of Progress returning it

PROGRESS_AFTER_MS = 500


class Cancelled(Exception):  # noqa: N818 - a user's decision, not an error
    """The user cancelled the job; it stopped at its next step."""


class Job(QObject):
    """A handle on one background job: its signals, and `cancel()`."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when the user cancelled

    def __init__(self, work: Work, writes: bool = False) -> None:
        super().__init__()
        self.writes = writes
        self.runnable = _Runnable(work, self)
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._waiting: list[QEventLoop] = []

    def cancel(self) -> None:
        """Stop at the next step (a step under way finishes; its transaction stays whole)."""
        self.runnable.cancelled = True

    @property
    def cancelled(self) -> bool:
        return self.runnable.cancelled

    def wait(self) -> Any:
        """Keep the UI responsive until the job has ended; its result, or its exception raised."""
        if not self.finished:
            # quit by _ended, which every job's signals reach first: a signal already queued
            # when wait() begins would never reach a connection made now
            loop = QEventLoop()
            self._waiting.append(loop)
            loop.exec()
        if self.error is not None:
            raise self.error
        return self.result


class _Runnable(QRunnable):
    def __init__(self, work: Work, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.job = job
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self._run()
        except BaseException as exc:  # reported to the UI thread, shown there
            self._emit("failed", exc)
        else:
            self._emit("done", result)

    def _run(self) -> Any:
        if self.cancelled:
            raise Cancelled()
        outcome = self.work()
        if not isinstance(outcome, Generator):
            return outcome
        steps: Generator[Progress, None, Any] = outcome
        try:
            while True:
                if self.cancelled:
                    steps.close()
                    raise Cancelled()
                done, total, label = next(steps)
                self._emit("progress", done, total, label)
        except StopIteration as stop:
            return stop.value

    def _emit(self, name: str, *args: Any) -> None:
        if isValid(self.job):  # only gone when the program is being torn down
            getattr(self.job, name).emit(*args)


_pools: dict[bool, QThreadPool] = {}
# Jobs stay alive until their handlers have run on the UI thread, even when the widget that
# started them is closed first.
_active: set[Job] = set()


def write_pool() -> QThreadPool:
    """The single-thread pool every database write goes through."""
    if True not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _pools[True] = pool
    return _pools[True]


def _pool(writes: bool) -> QThreadPool:
    return write_pool() if writes else QThreadPool.globalInstance()


def start(
    work: Work,
    *,
    writes: bool = False,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> Job:
    """Run `work` in the background; the handlers run on the UI thread unless `owner` is gone."""
    job = Job(work, writes)
    if on_progress is not None:
        job.progress.connect(_guarded(on_progress, owner))
    job.done.connect(lambda value: _ended(job, value, None))
    job.failed.connect(lambda exc: _ended(job, None, exc))
    if on_done is not None:
        job.done.connect(_guarded(on_done, owner))
    if on_failed is not None:
        job.failed.connect(_guarded(on_failed, owner))
    job.done.connect(lambda _value: _active.discard(job))
    job.failed.connect(lambda _exc: _active.discard(job))
    _active.add(job)
    _pool(writes).start(job.runnable)
    return job


def _ended(job: Job, value: Any, exc: BaseException | None) -> None:
    job.finished, job.result, job.error = True, value, exc
    for loop in job._waiting:
        loop.quit()


def _guarded(handler: Callable[..., None], owner: QObject | None) -> Callable[..., None]:
    if owner is None:
        return handler

    def call(*args: Any) -> None:
        if isValid(owner):
            handler(*args)

    return call


def active() -> int:
    """How many jobs have not reported back yet."""
    return len(_active)


def wait_for_writes(timeout_ms: int = 60_000) -> bool:
    """Wait until every write started so far has committed (or failed)."""
    pool = _pools.get(True)
    return pool is None or pool.waitForDone(timeout_ms)


def finish_all(timeout_ms: int = 30_000) -> bool:
    """At exit: let the writes under way commit, stop the rest at their next step."""
    for job in list(_active):
        if not job.writes:
            job.cancel()
    for pool in (_pools.get(True), QThreadPool.globalInstance()):
        if pool is not None and not pool.waitForDone(timeout_ms):
            return False
    return True


# what the user sees --------------------------------------------------------------------------

def is_busy(exc: BaseException) -> bool:
    """The database was locked or busy (another program reading or writing it)."""
    error: BaseException | None = exc
    while error is not None:
        if isinstance(error, sqlite3.OperationalError) or type(error).__name__ == "OperationalError":
            return says_busy(str(error))
        error = getattr(error, "orig", None) or error.__cause__
    return False


def describe(exc: BaseException) -> str:
    """One sentence for the user (translated); never a traceback."""
    if isinstance(exc, UserError):
        return exc.text()
    if is_busy(exc):
        return QCoreApplication.translate(
            "Workers", "The database is in use by another program (for example one that is reading it), so "
            "nothing was changed. Close that program, or wait a moment, and try again."
        )
    if isinstance(exc, OSError):
        return fill(QCoreApplication.translate("Workers", "The file could not be read or written: %1"), file_problem(exc))
    return fill(QCoreApplication.translate("Workers", "Something went wrong; nothing was changed. Details are in the log file: %1"), scrub(type(exc).__name__))


def report_failure(
    parent: QWidget | None, title: str, exc: BaseException, retry: Callable[[], Any] | None = None
) -> bool:
    """Tell the user why a job failed; offer Retry when the database was busy. True if retried."""
    if isinstance(exc, Cancelled):
        return False
    if not isinstance(exc, UserError | OSError) and not is_busy(exc):
        log.error("job failed", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(exc), parent=parent)
    again = None
    if retry is not None and is_busy(exc):
        again = box.addButton(QCoreApplication.translate("Workers", "Retry"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(again)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if again is not None and retry is not None and box.clickedButton() is again:
        retry()
        return True
    return False


def run(
    parent: QWidget | None,
    title: str,
    work: Work,
    *,
    writes: bool = False,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    label: str = "",
) -> Job:
    """`start` with a progress dialog shown after half a second, and the failure told (Retry
    when the database was busy). `on_failed` runs after that, for cleanup (Cancelled too)."""
    dialog = QProgressDialog(label or title, QCoreApplication.translate("Workers", "Cancel") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setMinimumDuration(PROGRESS_AFTER_MS)

    def progress(done: int, total: int, text: str) -> None:
        if isValid(dialog):
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

    def close() -> None:
        if isValid(dialog):
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def done(value: Any) -> None:
        close()
        if on_done is not None:
            on_done(value)

    def failed(exc: BaseException) -> None:
        close()
        owner_ok = parent is None or isValid(parent)
        if owner_ok:
            report_failure(
                parent, title, exc,
                retry=lambda: run(parent, title, work, writes=writes, on_done=on_done, on_failed=on_failed,
                                  cancellable=cancellable, label=label),
            )
        if on_failed is not None and owner_ok:
            on_failed(exc)

    job = start(work, writes=writes, on_progress=progress, on_done=done, on_failed=failed)
    if cancellable:
        dialog.canceled.connect(job.cancel)
    return job
