"""lishui-desktop: offline field ledger for Lishui's East-West poverty-alleviation cooperation."""

from __future__ import annotations

__all__ = ["__version__", "APP_NAME"]

APP_NAME = "lishui-desktop"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("lishui-desktop")
    except Exception:  # not installed (frozen build or source tree)
        return "0.1.0"


__version__ = _version()
