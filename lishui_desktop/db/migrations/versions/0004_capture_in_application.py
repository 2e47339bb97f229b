"""change capture moves into the application

Ops are appended by the program inside each writing transaction (lishui_desktop/sync/capture.py);
the SQL triggers that called back into Python for every row are dropped, so any SQLite tool can
write the file again (`lishui check` reports what such a write changed).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 10:00:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    names = [
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
        )
    ]
    for name in names:
        op.execute(f'DROP TRIGGER "{name}"')


def downgrade() -> None:
    pass  # the older program installs its triggers itself when it opens the file
