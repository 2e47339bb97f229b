"""Declarative base and the columns every synced table carries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lishui_desktop.domain.ids import new_id


def now_text() -> str:
    """Wall-clock time for display (created/updated), ISO 8601 in local time with offset."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class Base(DeclarativeBase):
    """Base of every table."""


class Synced:
    """Mixin for tables merged by sync: UUID text key, a deleted flag, display timestamps.

    No UNIQUE constraint on natural keys: duplicates entered on two laptops become review items,
    never errors. Rows are never deleted; `deleted` is merged like any other field.
    """

    __synced__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[str] = mapped_column(Text, default=now_text)
    updated_at: Mapped[str] = mapped_column(Text, default=now_text, onupdate=now_text)


# Columns that exist on every synced table but are not merged field by field:
# created_at/updated_at are local display stamps.
LOCAL_COLUMNS = frozenset({"created_at", "updated_at"})
