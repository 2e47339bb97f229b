"""Merging records entered twice (the same course, placement, pairing... or person) into one.

A merge is an ordinary edit that syncs, written through the same ORM unit of work as a save, so
change capture records every field it changes:
- the survivor is chosen the same way on every computer (a person holding a resident ID, else
  the smallest id), so two offices merging the same pair at once agree;
- the survivor's blank fields are filled from the others;
- the children of the merged-away records move to the survivor (enrolments, activities,
  follow-ups, projects; a person's enrolments and placements), and children that then repeat
  one another (a trainee enrolled on both copies of a session) are merged the same way;
- each merged-away record is marked deleted and leaves a pointer (`merged_records`), so ops
  that arrive later for it land on the survivor (sync/survivors.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.base import Base
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import MergedRecord
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.services.places import check_editor
from lishui_desktop.sync.duplicates import KEYED, KIND_TABLES
from lishui_desktop.sync.survivors import references
from lishui_desktop.sync.tables import synced_columns

CONTEXT = "Sync"
KEEP = frozenset({"deleted"})


class MergeError(UserError):
    context = CONTEXT


@cache
def _models() -> dict[str, Any]:
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}


def table_of(kind: str) -> str:
    """The table behind a ledger kind as users name it (sessions, placements...) or a table name."""
    if kind in KIND_TABLES:
        return KIND_TABLES[kind]
    if kind in KIND_TABLES.values():
        return kind
    raise MergeError(
        QT_TRANSLATE_NOOP("Sync", "Records of kind %1 cannot be merged; use one of: %2"),
        kind, ", ".join(sorted(KIND_TABLES)),
    )


def choose_survivor(table: str, rows: Sequence[Any]) -> Any:
    """The record kept: a person with a resident ID (a place with a code), else the smallest id
    (every computer choosing alike, pointers always go one way and never loop)."""
    held = {"persons": "id_number", "places": "code"}.get(table)
    if held:
        holders = [r for r in rows if getattr(r, held)]
        if holders:
            return min(holders, key=lambda r: r.id)
    return min(rows, key=lambda r: r.id)


def merge_records(db: Database, kind: str, row_ids: Sequence[str]) -> str:
    """Merge the records `row_ids` of `kind` into one; returns the survivor's id."""
    table = table_of(kind)
    if table == "places":
        check_editor(db)  # places are the office's and leads' to change
    with db.transaction() as session:
        return merge_in_session(session, table, row_ids)


def merge_in_session(session: Session, table: str, row_ids: Sequence[str]) -> str:
    """The merge inside the caller's unit of work (e.g. a save that found the same person)."""
    ids = sorted(set(row_ids))
    if len(ids) < 2:
        raise MergeError(QT_TRANSLATE_NOOP("Sync", "Choose at least two records to merge."))
    model = _models()[table]
    rows = []
    for row_id in ids:
        row = session.get(model, row_id)
        if row is None or row.deleted:
            raise MergeError(QT_TRANSLATE_NOOP("Sync", "The record %1 does not exist."), row_id)
        rows.append(row)
    if table == "persons" and len({r.id_number for r in rows if r.id_number}) > 1:
        raise MergeError(QT_TRANSLATE_NOOP("Sync", "These people hold different resident IDs: they are not one person."))
    survivor = choose_survivor(table, rows)
    for other in rows:
        if other is not survivor:
            _fold(session, table, survivor, other)
    session.flush()
    return str(survivor.id)


def _fold(session: Session, table: str, survivor: Any, other: Any) -> None:
    for column in synced_columns(table):
        if column in KEEP:
            continue
        value = getattr(other, column)
        if getattr(survivor, column) in (None, "") and value not in (None, ""):
            setattr(survivor, column, value)
    moved: dict[str, list[Any]] = defaultdict(list)
    for child_table, column in references().get(table, ()):
        child = _models()[child_table]
        for record in session.scalars(select(child).where(getattr(child, column) == other.id)):
            setattr(record, column, survivor.id)
            moved[child_table].append(record)
    pointer = session.get(MergedRecord, other.id)
    if pointer is None:
        session.add(MergedRecord(id=other.id, tbl=table, survivor_id=survivor.id))
    else:
        pointer.tbl, pointer.survivor_id, pointer.deleted = table, survivor.id, False
    other.deleted = True
    session.flush()
    for child_table in moved:
        _merge_repeated_children(session, child_table, survivor.id, table)


def _merge_repeated_children(session: Session, child_table: str, parent_id: str, parent_table: str) -> None:
    """Children of one parent that share a natural key once they moved (the same trainee on
    both copies of a session) are merged too."""
    spec = KEYED.get(child_table)
    if spec is None:
        return
    child = _models()[child_table]
    groups: dict[tuple[Hashable, ...], list[str]] = defaultdict(list)
    for column_table, column in references().get(parent_table, ()):
        if column_table != child_table:
            continue
        for record in session.scalars(
            select(child).where(getattr(child, column) == parent_id, child.deleted.is_(False))
        ):
            key = spec.key(*(getattr(record, c) for c in spec.columns))
            if key is not None:
                groups[key].append(record.id)
    for ids in groups.values():
        if len(ids) > 1:
            merge_in_session(session, child_table, ids)
