"""Running long work off the UI thread: a generator of (done, total, label) in a QThreadPool.

Workers get plain values, open their own session, never touch widgets; results and progress
come back by signal. Database writes go through one single-thread pool.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

Progress = tuple[int, int, str]
Job = Callable[[], Generator[Progress, None, Any]]


class JobSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # the exception


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: JobSignals) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.cancelled = False

    def run(self) -> None:
        try:
            self._run()
        finally:
            _active.discard(self)

    def _run(self) -> None:
        gen = self.job()
        try:
            while True:
                if self.cancelled:
                    gen.close()
                    self._emit("failed", KeyboardInterrupt())
                    return
                done, total, label = next(gen)
                if not self._emit("progress", done, total, label):
                    gen.close()  # nobody listens any more (the window closed): stop
                    return
        except StopIteration as stop:
            self._emit("done", stop.value)
        except BaseException as exc:  # reported to the UI thread, shown there
            self._emit("failed", exc)

    def _emit(self, name: str, *args: Any) -> bool:
        """Send a signal unless its object is gone (the program closed while the job ran)."""
        if not isValid(self.signals):
            return False
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            return False
        return True


_write_pool: QThreadPool | None = None
# Runnables (and so their signal objects) stay alive until their job has ended, even when the
# page that started them is closed first.
_active: set[_Runnable] = set()


def write_pool() -> QThreadPool:
    """The single-thread pool every database write goes through."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def start(
    job: Job,
    *,
    writes: bool = False,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> tuple[JobSignals, _Runnable]:
    """Run `job` in the background.

    Pass the handlers here: they are connected before the job starts, so a job that ends at
    once cannot finish before anyone listens. Signals are queued to the caller's thread.
    """
    signals = JobSignals()
    if on_progress is not None:
        signals.progress.connect(on_progress)
    if on_done is not None:
        signals.done.connect(on_done)
    if on_failed is not None:
        signals.failed.connect(on_failed)
    runnable = _Runnable(job, signals)
    runnable.setAutoDelete(False)
    (write_pool() if writes else QThreadPool.globalInstance()).start(runnable)
    return signals, runnable


def _guarded(handler: Callable[..., None], owner: QObject | None) -> Callable[..., None]:
    if owner is None:
        return handler

    def call(*args: Any) -> None:
        if isValid(owner):
            handler(*args)

    return call
