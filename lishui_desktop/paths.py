"""Where data, backups and bundled resources live, frozen or not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "lishui-desktop"
DB_ENV = "LISHUI_DB"


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    override = os.environ.get("LISHUI_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    """The database used when neither --db nor LISHUI_DB is given."""
    return data_dir() / "lishui.sqlite3"


def db_setting(cli_value: str | None) -> str | None:
    """What names the database: --db wins, then LISHUI_DB (a file, or a PostgreSQL URL)."""
    return cli_value or os.environ.get(DB_ENV) or None


def resolve_db(cli_value: str | None) -> Path:
    """--db wins, then LISHUI_DB, then the default embedded database."""
    given = db_setting(cli_value)
    return Path(given).expanduser() if given else default_db()


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database they protect, in a `backups` folder."""
    return db_path.parent / (db_path.stem + "-backups")


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Top-level resources/ in a source tree, or inside the PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return package_dir().parent / "resources"


def i18n_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "i18n"
    return package_dir().parent / "i18n"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def reference_dir() -> Path:
    return resources_dir() / "reference"
