"""the change log stored as runs: one row per author and record written at once

Capture numbers the ops of one written record consecutively, so they are kept together:
`sync_op_runs(device_id, seq, last, hlc, tbl, row_id, cols, vals, prevs)` holds ops seq..last
at clocks hlc.., the columns, values and previous clocks as JSON arrays (see
lishui_desktop/sync/log.py). A record written costs one log row instead of one per field.
`sync_change_log` becomes a view showing one op per row (and taking single inserts), so
queries written against it keep working. Existing ops are kept as runs of one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 11:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VIEW = (
    "CREATE VIEW sync_change_log AS SELECT r.device_id AS device_id, r.seq + j.key AS seq, "
    "r.hlc + j.key AS hlc, r.tbl AS tbl, r.row_id AS row_id, j.value AS col, "
    "r.vals -> j.key AS value, r.prevs ->> j.key AS prev "
    "FROM sync_op_runs r, json_each(r.cols) j"
)
INSERT_TRIGGER = (
    "CREATE TRIGGER sync_change_log_insert INSTEAD OF INSERT ON sync_change_log BEGIN "
    "INSERT INTO sync_op_runs(device_id, seq, last, hlc, tbl, row_id, cols, vals, prevs) "
    "VALUES (NEW.device_id, NEW.seq, NEW.seq, NEW.hlc, NEW.tbl, NEW.row_id, json_array(NEW.col), "
    "'[' || coalesce(NEW.value, 'null') || ']', "
    "CASE WHEN NEW.prev IS NULL THEN NULL ELSE json_array(NEW.prev) END); END"
)

# PostgreSQL: the same view and single-insert trigger in its own JSON functions (positions in
# the arrays count from 0 as in SQLite's json_each)
PG_VIEW = (
    "CREATE VIEW sync_change_log AS SELECT r.device_id AS device_id, r.seq + j.n - 1 AS seq, "
    "r.hlc + j.n - 1 AS hlc, r.tbl AS tbl, r.row_id AS row_id, j.col AS col, "
    "(r.vals::jsonb -> (j.n - 1)::int)::text AS value, r.prevs::jsonb ->> (j.n - 1)::int AS prev "
    "FROM sync_op_runs r CROSS JOIN LATERAL jsonb_array_elements_text(r.cols::jsonb) "
    "WITH ORDINALITY AS j(col, n)"
)
PG_INSERT_FUNCTION = (
    "CREATE FUNCTION sync_change_log_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO sync_op_runs(device_id, seq, last, hlc, tbl, row_id, cols, vals, prevs) "
    "VALUES (NEW.device_id, NEW.seq, NEW.seq, NEW.hlc, NEW.tbl, NEW.row_id, "
    "jsonb_build_array(NEW.col)::text, '[' || coalesce(NEW.value, 'null') || ']', "
    "CASE WHEN NEW.prev IS NULL THEN NULL ELSE jsonb_build_array(NEW.prev)::text END); "
    "RETURN NEW; END $$"
)
PG_INSERT_TRIGGER = (
    "CREATE TRIGGER sync_change_log_insert INSTEAD OF INSERT ON sync_change_log "
    "FOR EACH ROW EXECUTE FUNCTION sync_change_log_insert()"
)


def upgrade() -> None:
    op.create_table('sync_op_runs',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.Integer(), nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('cols', sa.Text(), nullable=False),
    sa.Column('vals', sa.Text(), nullable=False),
    sa.Column('prevs', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', 'seq'),
    sqlite_with_rowid=False
    )
    op.create_index('ix_sync_op_runs_row', 'sync_op_runs', ['row_id'], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        # a PostgreSQL store is created at this revision or later: no ops to carry over
        op.drop_index('ix_sync_change_log_field', table_name='sync_change_log')
        op.drop_table('sync_change_log')
        op.execute(PG_VIEW)
        op.execute(PG_INSERT_FUNCTION)
        op.execute(PG_INSERT_TRIGGER)
        return
    op.execute(
        "INSERT INTO sync_op_runs(device_id, seq, last, hlc, tbl, row_id, cols, vals, prevs) "
        "SELECT device_id, seq, seq, hlc, tbl, row_id, json_array(col), '[' || coalesce(value, 'null') || ']', "
        "CASE WHEN prev IS NULL THEN NULL ELSE json_array(prev) END FROM sync_change_log ORDER BY device_id, seq"
    )
    op.drop_index('ix_sync_change_log_field', table_name='sync_change_log')
    op.drop_table('sync_change_log')
    op.execute(VIEW)
    op.execute(INSERT_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER sync_change_log_insert")
    op.execute("ALTER TABLE sync_op_runs RENAME TO sync_op_runs_old")
    op.execute("DROP VIEW sync_change_log")
    op.create_table('sync_change_log',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('hlc', sa.Integer(), nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('col', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('prev', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', 'seq'),
    sqlite_with_rowid=False
    )
    op.create_index('ix_sync_change_log_field', 'sync_change_log', ['row_id', 'col'], unique=False)
    op.execute(
        "INSERT INTO sync_change_log(device_id, seq, hlc, tbl, row_id, col, value, prev) "
        "SELECT r.device_id, r.seq + j.key, r.hlc + j.key, r.tbl, r.row_id, j.value, r.vals -> j.key, "
        "r.prevs ->> j.key FROM sync_op_runs_old r, json_each(r.cols) j"
    )
    op.drop_index('ix_sync_op_runs_row', table_name='sync_op_runs_old')
    op.drop_table('sync_op_runs_old')
