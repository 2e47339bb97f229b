"""Logging to a file of this process in the data directory; every record is scrubbed of IDs
and phones.

One log file per process (`lishui-<start time>-<pid>.log`, rotated by its own process only):
the GUI, a CLI command and a second window write at once, and on Windows a file another process
holds open cannot be renamed, so a shared rotating file failed there. Old files are pruned at
start (a file another process still holds is skipped).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import logging.handlers
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from lishui_desktop.domain.masking import scrub
from lishui_desktop.paths import data_dir

LOG_PREFIX = "lishui-"
KEEP_FILES = 20  # process logs kept (with their rotations)
KEEP_DAYS = 30
QUIET_HOURS = 24  # a log written to more recently may belong to a process still running
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ScrubFilter(logging.Filter):
    """Masks every ID- or phone-shaped number in the message, its arguments and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class ScrubbingFormatter(logging.Formatter):
    """A last line of defence: the whole formatted line is scrubbed again."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def process_log_name(when: dt.datetime | None = None, pid: int | None = None) -> str:
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{LOG_PREFIX}{stamp}-{os.getpid() if pid is None else pid}.log"


def prune_logs(folder: Path, keep: Path | None = None, now: float | None = None) -> list[Path]:
    """Delete process logs (and rotations) beyond the newest KEEP_FILES or older than KEEP_DAYS;
    never `keep` nor one written to within QUIET_HOURS. Returns what was deleted."""
    now = time.time() if now is None else now
    logs = sorted(folder.glob(LOG_PREFIX + "*.log"), key=_mtime, reverse=True)
    deleted: list[Path] = []
    for n, path in enumerate(logs):
        age = now - _mtime(path)
        if path == keep or age < QUIET_HOURS * 3600:
            continue
        if n >= KEEP_FILES or age > KEEP_DAYS * 86400:
            for item in [path, *folder.glob(path.name + ".*")]:
                try:
                    item.unlink()
                    deleted.append(item)
                except OSError:  # held open by its process (Windows), or already gone
                    pass
    return deleted


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def setup_logging(level: int = logging.INFO, console: bool = False) -> Path:
    """Install (once per data dir) this process's log file (1 MB x 3); returns the file."""
    root = logging.getLogger()
    folder = log_dir()
    for old in list(root.handlers):
        if getattr(old, "_lishui", False):
            if getattr(old, "_lishui_dir", None) == folder:
                return Path(old.baseFilename)  # type: ignore[attr-defined]
            root.removeHandler(old)  # the data dir changed (tests, a second database)
            old.close()
    path = folder / process_log_name()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler._lishui = True  # type: ignore[attr-defined]
    handler._lishui_dir = folder  # type: ignore[attr-defined]
    handler.addFilter(ScrubFilter())
    handler.setFormatter(ScrubbingFormatter(_FORMAT))
    root.addHandler(handler)
    if console and sys.stderr is not None:
        stream = logging.StreamHandler()
        stream._lishui = True  # type: ignore[attr-defined]
        stream.addFilter(ScrubFilter())
        stream.setFormatter(ScrubbingFormatter(_FORMAT))
        root.addHandler(stream)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.captureWarnings(True)
    sys.excepthook = crash_report
    threading.excepthook = lambda args: crash_report(
        args.exc_type, args.exc_value, args.exc_traceback
    )
    prune_logs(folder, keep=path)
    return path


# Who else hears of a crash (the GUI shows a message box); called with the scrubbed text.
CrashNotifier = Callable[[str], None]
_crash_notifiers: list[CrashNotifier] = []


def add_crash_notifier(notify: CrashNotifier) -> None:
    if notify not in _crash_notifiers:
        _crash_notifiers.append(notify)


def remove_crash_notifier(notify: CrashNotifier) -> None:
    if notify in _crash_notifiers:
        _crash_notifiers.remove(notify)


class LogStream(io.TextIOBase):
    """Stands in for a missing stdout/stderr (a windowed program has none): what is written
    goes to the log, line by line, scrubbed like every record."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._log = logging.getLogger(f"lishui.{name}")
        self._pending = ""
        self._inside = threading.local()  # logging's last resort writes to stderr: this stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        self._emit([line for line in lines if line.strip()])
        return len(text)

    def flush(self) -> None:
        pending, self._pending = self._pending, ""
        self._emit([pending] if pending.strip() else [])

    def _emit(self, lines: list[str]) -> None:
        if getattr(self._inside, "on", False):
            return
        self._inside.on = True
        try:
            for line in lines:
                self._log.warning("%s", line)
        finally:
            self._inside.on = False


def ensure_streams() -> None:
    """Give a windowed program's missing stdout/stderr a stand-in, so nothing that prints (or
    reports a crash) fails with AttributeError on None."""
    if sys.stdout is None:
        sys.stdout = LogStream("stdout")
    if sys.stderr is None:
        sys.stderr = LogStream("stderr")


def crash_report(
    kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> None:
    """Uncaught exceptions: to the log, stderr (when there is one) and whoever asked to hear of
    them, with IDs and phones masked (crash reports). Never raises itself."""
    text = scrub("".join(traceback.format_exception(kind, exc, tb)))
    logging.getLogger("lishui.crash").critical("uncaught exception\n%s", text)
    stream = sys.stderr
    if stream is not None and not isinstance(stream, LogStream):
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError, UnicodeError):
            pass
    for notify in list(_crash_notifiers):
        try:
            notify(text)
        except Exception:  # a notifier that fails must not hide the crash already logged
            logging.getLogger("lishui.crash").exception("crash notifier failed")
