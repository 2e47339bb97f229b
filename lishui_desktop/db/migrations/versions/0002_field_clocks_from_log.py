"""field clocks derived from the change log

A field's winning clock is the highest clock of its ops in the change log, found through a
(row_id, col) index; the table that copied it for every field is dropped (it doubled
the writes of every captured or imported op). Fields with concurrent heads keep them in
sync_field_heads. The capture triggers referring to the old table are dropped here and
re-created by the program when it opens the database.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 09:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _drop_capture_triggers() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # the triggers only ever existed in SQLite files
    names = [
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
        )
    ]
    for name in names:
        op.execute(f'DROP TRIGGER "{name}"')


def upgrade() -> None:
    _drop_capture_triggers()
    op.create_table('sync_field_heads',
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('col', sa.String(length=64), nullable=False),
    sa.Column('heads', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', 'col'),
    sqlite_with_rowid=False
    )
    op.execute(
        "INSERT INTO sync_field_heads(tbl, row_id, col, heads) "
        "SELECT tbl, row_id, col, heads FROM sync_field_clock WHERE heads IS NOT NULL"
    )
    op.drop_table('sync_field_clock')
    op.drop_index('ix_sync_change_log_row', table_name='sync_change_log')
    op.create_index('ix_sync_change_log_field', 'sync_change_log', ['row_id', 'col'], unique=False)


def downgrade() -> None:
    _drop_capture_triggers()
    op.drop_index('ix_sync_change_log_field', table_name='sync_change_log')
    op.create_index('ix_sync_change_log_row', 'sync_change_log', ['tbl', 'row_id'], unique=False)
    op.create_table('sync_field_clock',
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('col', sa.String(length=64), nullable=False),
    sa.Column('clock', sa.Text(), nullable=False),
    sa.Column('max_prev', sa.Text(), nullable=True),
    sa.Column('heads', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('tbl', 'row_id', 'col'),
    sqlite_with_rowid=False
    )
    op.execute(
        "INSERT INTO sync_field_clock(tbl, row_id, col, clock, max_prev, heads) "
        "SELECT l.tbl, l.row_id, l.col, printf('%016x', l.hlc) || l.device_id, l.prev, h.heads "
        "FROM sync_change_log l LEFT JOIN sync_field_heads h "
        "ON h.tbl = l.tbl AND h.row_id = l.row_id AND h.col = l.col "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_change_log n WHERE n.tbl = l.tbl "
        "AND n.row_id = l.row_id AND n.col = l.col AND (n.hlc > l.hlc "
        "OR (n.hlc = l.hlc AND n.device_id > l.device_id)))"
    )
    op.drop_table('sync_field_heads')
