"""The migration check reads revisions as Alembic does, so a new script is never missed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from lishui_desktop.db import migrate
from lishui_desktop.db.database import Database
from lishui_desktop.paths import package_dir

VERSIONS = package_dir() / "db" / "migrations" / "versions"


def _write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(body, encoding="utf-8")


def test_every_spelling_alembic_accepts(tmp_path: Path) -> None:
    _write(tmp_path, "a.py", "revision = '0001'\ndown_revision = None\n")
    _write(tmp_path, "b.py", 'revision: str = "0002"\ndown_revision: str | None = "0001"\n')
    _write(tmp_path, "c.py", "revision='0003'\ndown_revision ='0002'\n")
    _write(tmp_path, "d.py", "revision  =  '0004'\ndown_revision = ('0003',)\n")
    _write(tmp_path, "e.py", "revision = '0005'\ndown_revision = '0003'\n")
    _write(tmp_path, "merge.py", "revision = '0006'\ndown_revision = ('0004', '0005')\n")
    _write(tmp_path, "helper.py", "x = 1\n")  # no revision: not a script
    revisions, heads = migrate.script_revisions(tmp_path)
    assert revisions == {"0001", "0002", "0003", "0004", "0005", "0006"}
    assert heads == {"0006"}


def test_the_programs_scripts_read_as_alembic_reads_them() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions, heads = migrate.script_revisions(VERSIONS)
    assert revisions == {r.revision for r in script.walk_revisions()}
    assert heads == set(script.get_heads())
    assert migrate.head_revision() == script.get_current_head()


def test_a_spaced_new_revision_upgrades_instead_of_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database at the current head, then a program with one more script written in the
    usual Alembic form `revision = '9999'`: opening it upgrades (after a backup)."""
    path = tmp_path / "x.sqlite3"
    Database.open(path).close()
    current = migrate.head_revision()
    package = tmp_path / "pkg"
    shutil.copytree(package_dir() / "db" / "migrations", package / "db" / "migrations")
    _write(package / "db" / "migrations" / "versions", "9999_probe.py", (
        '"""probe"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
        f"revision = '9999'\ndown_revision = '{current}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n    op.create_table('probe_table', sa.Column('id', sa.Integer, primary_key=True))\n\n\n"
        "def downgrade() -> None:\n    op.drop_table('probe_table')\n"))
    monkeypatch.setattr(migrate, "package_dir", lambda: package)
    migrate._script_revisions.cache_clear()
    try:
        assert migrate.head_revision() == "9999"
        database = Database.open(path)
        try:
            assert "probe_table" in inspect(database.engine).get_table_names()
        finally:
            database.close()
    finally:
        migrate._script_revisions.cache_clear()
