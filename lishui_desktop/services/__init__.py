"""Use cases shared by the GUI and the CLI: plain values in, dataclasses out.

Importing any service registers sync's change capture on the ORM's unit of work, so every
service's writes of synced rows are captured (lishui_desktop/sync/capture.py): at once when the
ORM is already loaded, else before the first database opens (the services the window starts
with, logs, settings and backups, do not load SQLAlchemy: its frame paints first).
"""

import sys as _sys

from lishui_desktop.db import before_first_open as _before_first_open


def _register_capture() -> None:
    from lishui_desktop.sync import capture  # noqa: F401  (registers the flush hook)


if "sqlalchemy.orm" in _sys.modules:
    _register_capture()
else:
    _before_first_open(_register_capture)
