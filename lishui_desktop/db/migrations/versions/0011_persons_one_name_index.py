"""persons: one index leading with the name (ix_persons_identity) instead of two

ix_persons_name (name) repeated the first column of ix_persons_identity (name, birth_date,
village), which answers every lookup by name as well; each person added (a bundle, a roster,
the demo) paid for one more B-tree: a 100k-person office importing 9,000 people spent about a
quarter of the insert on it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 17:45:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_name'))


def downgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_name'), ['name'], unique=False)
