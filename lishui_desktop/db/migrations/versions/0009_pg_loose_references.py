"""PostgreSQL: the synced tables hold no foreign-key constraints

Sync writes a record as its ops arrive, and a bundle may carry a record that points to one
another laptop's bundle brings later: on SQLite foreign keys are off while ops apply and
`check` lists references still waiting for their record (foreign_key_check). PostgreSQL has no
such switch for a role that is not a superuser (constraints can only be deferred to the commit,
which is too early), so on a PostgreSQL store the references between synced tables are not
constraints; `check` reports those waiting for their record as it does on SQLite
(services/setup.py). Every foreign key of this schema is between synced tables, and records
are never deleted (a `deleted` flag merges instead). SQLite files are unchanged.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 17:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            if key.get("name"):
                op.drop_constraint(key["name"], table, type_="foreignkey")


def downgrade() -> None:
    pass  # the references stay unconstrained (records may still point to ones not yet arrived)
