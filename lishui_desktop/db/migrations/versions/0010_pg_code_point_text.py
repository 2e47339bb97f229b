"""PostgreSQL: text compares and sorts in code point order, as SQLite's BINARY does

Whatever locale a PostgreSQL database was created with, every text column takes the "C"
collation: names sort as on SQLite (code point order), ids compare as Python compares them
(the sync layer merges sorted runs of ids in Python: drift, dump), and a filter finds what it
finds on a file. The view of the ops one per row is made again over the changed columns.
SQLite files are unchanged.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 17:25:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VIEW = (  # migration 0005's view of the ops one per row, and its insert trigger
    "CREATE VIEW sync_change_log AS SELECT r.device_id AS device_id, r.seq + j.n - 1 AS seq, "
    "r.hlc + j.n - 1 AS hlc, r.tbl AS tbl, r.row_id AS row_id, j.col AS col, "
    "(r.vals::jsonb -> (j.n - 1)::int)::text AS value, r.prevs::jsonb ->> (j.n - 1)::int AS prev "
    "FROM sync_op_runs r CROSS JOIN LATERAL jsonb_array_elements_text(r.cols::jsonb) "
    "WITH ORDINALITY AS j(col, n)"
)
TRIGGER = (
    "CREATE TRIGGER sync_change_log_insert INSTEAD OF INSERT ON sync_change_log "
    "FOR EACH ROW EXECUTE FUNCTION sync_change_log_insert()"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP VIEW sync_change_log")  # (a view's columns keep their collation: made again)
    columns = bind.exec_driver_sql(
        "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length "
        "FROM information_schema.columns c JOIN information_schema.tables t "
        "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "AND c.data_type IN ('text', 'character varying') ORDER BY 1, 2"
    ).fetchall()
    changes: dict[str, list[str]] = {}
    for table, column, data_type, length in columns:
        kind = "text" if data_type == "text" else f"varchar({length})" if length else "varchar"
        changes.setdefault(table, []).append(f'ALTER COLUMN "{column}" TYPE {kind} COLLATE "C"')
    for table, parts in changes.items():  # one rewrite of each table
        op.execute(f'ALTER TABLE "{table}" ' + ", ".join(parts))
    op.execute(VIEW)
    op.execute(TRIGGER)


def downgrade() -> None:
    pass  # code point order stays (the order SQLite gives)
