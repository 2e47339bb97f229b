"""issued identities: devices from office-signed certificates, incarnations, signed segments, forks

The `devices` table was synced like ordinary data (last writer wins), so any laptop could
rewrite keys and roles. It becomes a local store of certificates the office signed; rows of
the old table carry no certificate and are not kept (the office issues every device again).
New: every certificate a device was issued (`device_keys`), the lives of devices
(`incarnations`), the author-signed runs of ops this computer can forward (`sync_segment`)
and refused forks (`sync_fork`).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_table('devices')
    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('user_name', sa.Text(), nullable=True),
    sa.Column('sign_public_key', sa.Text(), nullable=True),
    sa.Column('box_public_key', sa.Text(), nullable=True),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.Text(), nullable=True),
    sa.Column('issuer', sa.String(length=36), nullable=True),
    sa.Column('issuer_name', sa.Text(), nullable=True),
    sa.Column('certificate', sa.Text(), nullable=True),
    sa.Column('revoked_at', sa.Text(), nullable=True),
    sa.Column('revocation', sa.Text(), nullable=True),
    sa.Column('enrolled_at', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('device_keys',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('serial', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('sign_public_key', sa.Text(), nullable=False),
    sa.Column('certificate', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'serial')
    )
    op.create_table('incarnations',
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created', sa.Text(), nullable=False),
    sa.Column('certificate', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('author_id')
    )
    with op.batch_alter_table('incarnations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incarnations_device_id'), ['device_id'], unique=False)
    op.create_table('sync_segment',
    sa.Column('author', sa.String(length=36), nullable=False),
    sa.Column('first', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('author', 'first', 'last'),
    sqlite_with_rowid=False
    )
    op.create_table('sync_fork',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('held', sa.Text(), nullable=True),
    sa.Column('offered', sa.Text(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=True),
    sa.Column('file_name', sa.Text(), nullable=True),
    sa.Column('source_device', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_fork', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_fork_author'), ['author'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_fork', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_fork_author'))
    op.drop_table('sync_fork')
    op.drop_table('sync_segment')
    with op.batch_alter_table('incarnations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incarnations_device_id'))
    op.drop_table('incarnations')
    op.drop_table('device_keys')
    op.drop_table('devices')
    op.create_table('devices',
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('role', sa.String(length=8), nullable=True),
    sa.Column('user_name', sa.Text(), nullable=True),
    sa.Column('sign_public_key', sa.Text(), nullable=True),
    sa.Column('box_public_key', sa.Text(), nullable=True),
    sa.Column('enrolled_at', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
