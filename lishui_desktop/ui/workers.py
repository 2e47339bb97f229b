"""Running long work off the UI thread: a generator of (done, total, label) in a QThreadPool.

Workers get plain values, open their own session, never touch widgets; results and progress
come back by signal. Database writes go through one single-thread pool.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
        gen = self.job()
        try:
            while True:
                if self.cancelled:
                    gen.close()
                    self.signals.failed.emit(KeyboardInterrupt())
                    return
                done, total, label = next(gen)
                self.signals.progress.emit(done, total, label)
        except StopIteration as stop:
            self.signals.done.emit(stop.value)
        except BaseException as exc:  # reported to the UI thread, shown there
            self.signals.failed.emit(exc)


_write_pool: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """The single-thread pool every database write goes through."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def start(job: Job, *, writes: bool = False) -> tuple[JobSignals, _Runnable]:
    """Run `job` in the background; connect to the returned signals before the event loop runs."""
    signals = JobSignals()
    runnable = _Runnable(job, signals)
    runnable.setAutoDelete(False)
    (write_pool() if writes else QThreadPool.globalInstance()).start(runnable)
    return signals, runnable
