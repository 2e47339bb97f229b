"""merged records: the pointer a merged-away record leaves to its survivor

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('merged_records',
    sa.Column('tbl', sa.String(length=40), nullable=True),
    sa.Column('survivor_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('merged_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_records_survivor_id'), ['survivor_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('merged_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_records_survivor_id'))
    op.drop_table('merged_records')
