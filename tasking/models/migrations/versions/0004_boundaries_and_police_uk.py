"""Any partnership's boundaries, police.uk months and incidents, hotspot evidence.

The partnership's name is kept in the one "partnership" row of revision 0003.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 08:25:54.647247
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('map_point_exclusion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('excluded_at', sa.DateTime(), nullable=False),
    sa.Column('excluded_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_point_exclusion')),
    sa.UniqueConstraint('longitude', 'latitude', name=op.f('uq_map_point_exclusion_longitude_latitude'))
    )
    op.create_table('police_month',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('force', sa.String(length=120), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('rows_in_file', sa.Integer(), nullable=False),
    sa.Column('rows_kept', sa.Integer(), nullable=False),
    sa.Column('no_location', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_police_month')),
    sa.UniqueConstraint('force', 'month', name=op.f('uq_police_month_force_month'))
    )
    with op.batch_alter_table('police_month', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_police_month_month'), ['month'], unique=False)

    op.create_table('boundary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('vintage', sa.String(length=4), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('min_lon', sa.Float(), nullable=False),
    sa.Column('min_lat', sa.Float(), nullable=False),
    sa.Column('max_lon', sa.Float(), nullable=False),
    sa.Column('max_lat', sa.Float(), nullable=False),
    sa.Column('geometry', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_boundary_area_id_area'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_boundary')),
    sa.UniqueConstraint('kind', 'code', 'vintage', name=op.f('uq_boundary_kind_code_vintage'))
    )
    with op.batch_alter_table('boundary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_boundary_kind'), ['kind'], unique=False)

    op.create_table('police_incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('police_month_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('crime_id', sa.String(length=80), nullable=False),
    sa.Column('crime_type', sa.String(length=100), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('stated_lsoa', sa.String(length=20), nullable=False),
    sa.Column('lsoa_code', sa.String(length=20), nullable=True),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['area.id'], name=op.f('fk_police_incident_area_id_area'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['police_month_id'], ['police_month.id'], name=op.f('fk_police_incident_police_month_id_police_month'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_police_incident'))
    )
    with op.batch_alter_table('police_incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_police_incident_area_id'), ['area_id'], unique=False)
        batch_op.create_index('ix_police_incident_month_type', ['month', 'crime_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_police_incident_police_month_id'), ['police_month_id'], unique=False)

    op.create_table('hotspot_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotspot_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('first_month', sa.String(length=7), nullable=False),
    sa.Column('last_month', sa.String(length=7), nullable=False),
    sa.Column('crime_types', sa.Text(), nullable=False),
    sa.Column('incidents', sa.Integer(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_hotspot_evidence_hotspot_id_hotspot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotspot_evidence')),
    sa.UniqueConstraint('hotspot_id', name=op.f('uq_hotspot_evidence_hotspot_id'))
    )


def downgrade() -> None:
    op.drop_table('hotspot_evidence')
    with op.batch_alter_table('police_incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_police_incident_police_month_id'))
        batch_op.drop_index('ix_police_incident_month_type')
        batch_op.drop_index(batch_op.f('ix_police_incident_area_id'))

    op.drop_table('police_incident')
    with op.batch_alter_table('boundary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_boundary_kind'))

    op.drop_table('boundary')
    with op.batch_alter_table('police_month', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_police_month_month'))

    op.drop_table('police_month')
    op.drop_table('map_point_exclusion')
