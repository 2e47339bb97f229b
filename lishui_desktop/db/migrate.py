"""Schema migrations with Alembic: upgrade older databases after a verified backup.

A database stamped with a revision this program does not know comes from a newer version:
it is refused with one clear message and left untouched.
"""

from __future__ import annotations

import ast
import datetime as dt
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from lishui_desktop.db.backup_file import copy_database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.paths import backups_dir, package_dir

if TYPE_CHECKING:
    from alembic.config import Config


class SchemaTooNew(UserError):
    context = "Database"


# Alembic is imported only when a schema has to change: most starts find the database
# current, and importing Alembic would cost a good part of the program's start-up. The
# scripts' `revision` and `down_revision` are read as Alembic reads them (module-level
# assignments, annotated or not, in any spacing; a merge's tuple of parents), from the
# syntax tree instead of by importing each script.
class _Unreadable(Exception):
    """A script whose revision is not a plain literal: Alembic itself must read it."""


def _assigned(tree: ast.Module, name: str) -> object:
    """The literal value assigned to `name` at module level (the last assignment wins)."""
    value: object = _MISSING
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, expr = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, expr = [node.target], node.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            try:
                value = ast.literal_eval(expr)
            except ValueError:
                raise _Unreadable(name) from None
    return value


_MISSING = object()


def script_revisions(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(all revisions, their heads) of the migration scripts in `folder`."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except SyntaxError:
            raise _Unreadable(path.name) from None
        revision = _assigned(tree, "revision")
        if revision is _MISSING:
            continue  # not a migration script (Alembic skips it too)
        if not isinstance(revision, str):
            raise _Unreadable(path.name)
        revisions.add(revision)
        down = _assigned(tree, "down_revision")
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(d) for d in down)
        elif down not in (None, _MISSING):
            raise _Unreadable(path.name)
    return frozenset(revisions), frozenset(revisions - parents)


@cache
def _script_revisions() -> tuple[frozenset[str], frozenset[str]] | None:
    """(all revisions, their heads) of the program's migrations; None when a script is not
    plain enough to read without Alembic."""
    try:
        return script_revisions(package_dir() / "db" / "migrations" / "versions")
    except _Unreadable:
        return None


def _stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no alembic_version table yet
            return None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(package_dir() / "db" / "migrations"))
    return config


def head_revision() -> str:
    found = _script_revisions()
    if found is not None and len(found[1]) == 1:
        return next(iter(found[1]))
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, db_path: Path) -> str:
    """Bring the database to the head revision; returns what was done.

    'created' for a new file, 'current' when nothing was needed, 'upgraded' after a backup
    was taken and the upgrade ran. Raises SchemaTooNew for a database of a newer version.
    """
    if _stamped_revision(engine) == head_revision():
        return "current"  # the usual start: no Alembic needed
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
    if has_tables and engine.dialect.name == "sqlite":
        # PostgreSQL runs the whole upgrade in one transaction (its DDL is transactional): a
        # failed upgrade leaves the store as it was
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy_database(db_path, backups_dir(db_path) / f"pre-migration-{stamp}-{current or 'none'}.sqlite3")
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return "upgraded" if has_tables else "created"
