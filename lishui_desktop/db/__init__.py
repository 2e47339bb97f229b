"""Persistence: SQLAlchemy 2 models, the engine with its pragmas, Alembic migrations."""

from __future__ import annotations

from collections.abc import Callable

# What the layers above need in place before the first database opens (the services register
# sync's change capture on the ORM here): run once, by `Database.open`. Kept here, without
# SQLAlchemy, so the window can paint before the ORM is loaded with the database.
_before_first_open: list[Callable[[], None]] = []


def before_first_open(step: Callable[[], None]) -> None:
    if step not in _before_first_open:
        _before_first_open.append(step)


def run_before_first_open() -> None:
    while _before_first_open:
        _before_first_open.pop(0)()
