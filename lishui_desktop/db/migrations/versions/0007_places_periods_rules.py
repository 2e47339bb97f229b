"""places edited by the office, pairing periods, counting rules as data

Places keep their former names and codes (history) and may be retired (a place merged into
another leaves a pointer in merged_records, as any merged record does); a renewed pairing points at the pairing of the period before; a target may carry
its counting rule as JSON. Plain nullable columns: a database of the previous schema gains
them empty, and ops for them from a newer laptop were kept until now (replayed on open).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.add_column(sa.Column('history', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('retired_on', sa.Date(), nullable=True))
    with op.batch_alter_table('pairings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('renews_id', sa.String(length=36), nullable=True))
    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('targets', schema=None) as batch_op:
        batch_op.drop_column('rule')
    with op.batch_alter_table('pairings', schema=None) as batch_op:
        batch_op.drop_column('renews_id')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_column('retired_on')
        batch_op.drop_column('history')
