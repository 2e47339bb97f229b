"""Logging to a rotating file in the data directory; every record is scrubbed of IDs and phones."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from lishui_desktop.domain.masking import scrub
from lishui_desktop.paths import data_dir

LOG_NAME = "lishui.log"
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


def setup_logging(level: int = logging.INFO, console: bool = False) -> Path:
    """Install (once) a rotating file handler (1 MB x 5) under the data dir; returns the file."""
    root = logging.getLogger()
    path = log_dir() / LOG_NAME
    for old in list(root.handlers):
        if getattr(old, "_lishui", False):
            if getattr(old, "baseFilename", "") == str(path):
                return path
            root.removeHandler(old)  # the data dir changed (tests, a second database)
            old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._lishui = True  # type: ignore[attr-defined]
    handler.addFilter(ScrubFilter())
    handler.setFormatter(ScrubbingFormatter(_FORMAT))
    root.addHandler(handler)
    if console:
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
    return path


def crash_report(
    kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> None:
    """Uncaught exceptions: to the log and stderr, with IDs and phones masked (crash reports)."""
    text = scrub("".join(traceback.format_exception(kind, exc, tb)))
    logging.getLogger("lishui.crash").critical("uncaught exception\n%s", text)
    sys.stderr.write(text)
