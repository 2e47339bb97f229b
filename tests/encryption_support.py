"""Test helpers for encrypted databases: open the raw file with the key the program keeps."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def raw_connect(path: Path) -> Any:
    """A DB-API connection to the database file at `path`, plain or encrypted (its key taken
    from the credential store, as the program does at start)."""
    from lishui_desktop.db import cipher
    from lishui_desktop.services import database_key

    database_key.unlock(Path(path))
    return cipher.connect(Path(path))
