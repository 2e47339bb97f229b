"""Schema migrations with Alembic: upgrade older databases after a verified backup.

A database stamped with a revision this program does not know comes from a newer version:
it is refused with one clear message and left untouched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from lishui_desktop.db.backup_file import copy_database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.paths import backups_dir, package_dir


class SchemaTooNew(UserError):
    context = "Database"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(package_dir() / "db" / "migrations"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, db_path: Path) -> str:
    """Bring the database to the head revision; returns what was done.

    'created' for a new file, 'current' when nothing was needed, 'upgraded' after a backup
    was taken and the upgrade ran. Raises SchemaTooNew for a database of a newer version.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return "current"
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(
            QT_TRANSLATE_NOOP(
                "Database",
                "This database was written by a newer version of the program (schema %1). "
                "Install the newer version to open it; the file has not been changed.",
            ),
            current,
        )
    with engine.connect() as conn:
        has_tables = bool(inspect(conn).get_table_names())
    if has_tables:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy_database(db_path, backups_dir(db_path) / f"pre-migration-{stamp}-{current or 'none'}.sqlite3")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return "upgraded" if has_tables else "created"
