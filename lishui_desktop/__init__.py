"""lishui-desktop: offline field ledger for Lishui's East-West poverty-alleviation cooperation."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["__version__", "APP_NAME"]

APP_NAME = "lishui-desktop"


def _version() -> str:
    """From pyproject.toml in a source tree (the usual developer and editable install: a
    regex on one small file, no scan of every installed distribution at start-up), else from
    the installed metadata (a wheel, the packaged build, which copies it)."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        text = ""
    found = re.search(r'(?m)^version\s*=\s*"([^"]+)"', text)
    if found and 'name = "lishui-desktop"' in text:
        return found.group(1)
    try:
        from importlib.metadata import version

        return version("lishui-desktop")
    except Exception:  # neither: an unpacked copy of the sources
        return "0.0.0+unknown"


__version__ = _version()
