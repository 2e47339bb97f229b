"""Which tables and columns sync merges, and the kind of value each column holds."""

from __future__ import annotations

import re
from functools import cache

from sqlalchemy import Boolean, Date, Integer

from lishui_desktop.db.base import LOCAL_COLUMNS, Base
from lishui_desktop.db.models import synced_tables

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
# Facts about this computer only, never merged: when *this* office registered a device.
LOCAL_FIELDS = frozenset({("devices", "enrolled_at")})


@cache
def table_names() -> tuple[str, ...]:
    return tuple(synced_tables())


@cache
def synced_columns(table: str) -> tuple[str, ...]:
    """The merged columns of a synced table: everything but the key and local stamps."""
    cols = Base.metadata.tables[table].c
    return tuple(
        c.name
        for c in cols
        if c.name != "id" and c.name not in LOCAL_COLUMNS and (table, c.name) not in LOCAL_FIELDS
    )


@cache
def column_kind(table: str, column: str) -> str:
    """'int' (integers and booleans), 'date' (ISO text) or 'text'."""
    col_type = Base.metadata.tables[table].c[column].type
    if isinstance(col_type, Boolean):
        return "bool"
    if isinstance(col_type, Integer):
        return "int"
    if isinstance(col_type, Date):
        return "date"
    return "text"


def is_known(table: str, column: str) -> bool:
    return table in table_names() and column in synced_columns(table)


@cache
def local_tables() -> frozenset[str]:
    """Tables of this program that never sync (identities, settings, the log itself): an op
    naming one is refused, never kept for a later version."""
    return frozenset(name for name in Base.metadata.tables if name not in table_names())


def is_local(table: str) -> bool:
    return table in local_tables()
