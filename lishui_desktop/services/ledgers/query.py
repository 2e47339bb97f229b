"""Paged ledger queries, filtered and sorted in SQL, so 200,000 rows list without delay."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Integer, Select, and_, func, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.util import find_tables

from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Enrolment, Person, Place, Target
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import clean
from lishui_desktop.services.ledgers.person_fields import PERSON_SEARCH
from lishui_desktop.services.ledgers.spec import LedgerError, LedgerSpec, spec_for
from lishui_desktop.services.reference import find_place

PAGE_SIZE = 200
ID_TAIL = re.compile(r"[0-9Xx]{3,18}")
MMAP_BYTES = 512 * 1024 * 1024
CACHE_KIB = 32 * 1024


@dataclass(frozen=True)
class Filters:
    """What a ledger table shows: search text, county, year, category, status, parent, bin."""

    search: str = ""
    county: str | None = None  # a place id, or a place name resolved by `resolve`
    year: int | None = None
    category: str | None = None
    status: str | None = None
    poor: bool | None = None  # registered-poor people only (labor target)
    parent_id: str | None = None
    deleted: bool = False
    records: tuple[str, ...] | None = None  # exactly these records (a dashboard figure's)


# Dashboard targets open a ledger filtered to what the target counts.
TARGET_FILTERS: dict[str, dict[str, Any]] = {
    "training.wealth_leaders": {"category": "wealth_leader"},
    "training.village_cadres": {"category": "village_cadre"},
    "training.coop_cadres": {"category": "coop_cadre"},
    "cadres.leader": {"category": "leader"},
    "cadres.division": {"category": "division"},
    "cadres.section": {"category": "section"},
    "talents.long_term": {"category": "talent_long"},
    "talents.short_term": {"category": "talent_short"},
    "governance.hearings": {"category": "hearing"},
    "governance.joint_meetings": {"category": "joint_meeting"},
    "governance.leader_visits": {"category": "leader_visit"},
    "industry.enterprises": {"category": "enterprise_visit"},
    "pairing.school": {"category": "school"},
    "pairing.hospital": {"category": "hospital"},
    "pairing.town": {"category": "town"},
    "pairing.village": {"category": "village"},
    "labor.placed_poor": {"poor": True},
}


def filters_from(db: Database, values: dict[str, Any]) -> Filters:
    """Filters from a drill-down dict: county (id or name), year, category/kind/level, status,
    target (key or id), search, poor; or a figure's own records (`records`, or `target` with the
    `scope` it was counted for: the records its rule counted, nothing else)."""
    extra: dict[str, Any] = {}
    target = values.get("target")
    records = values.get("records")
    if records is None and target and values.get("scope") and values.get("year"):
        from lishui_desktop.services.progress import counted_records

        records = counted_records(db, str(target), str(values["scope"]), int(values["year"]))
    if records is not None:
        year = values.get("year")
        return Filters(year=int(year) if year not in (None, "") else None, records=tuple(records))
    if target:
        key = str(target)
        if key not in TARGET_FILTERS:
            with db.sessions() as session:
                row = session.get(Target, key)
                key = row.key if row is not None else key
        extra = TARGET_FILTERS.get(key, {})
    category = values.get("category") or values.get("kind") or values.get("level") or extra.get("category")
    year = values.get("year")
    county = values.get("county")
    return Filters(
        search=clean(values.get("search")),
        county=resolve_county(db, county) if county else None,
        year=int(year) if year not in (None, "") else None,
        category=category or None,
        status=values.get("status") or None,
        poor=values.get("poor", extra.get("poor")),
    )


def resolve_county(db: Database, text: str) -> str:
    """A place id from an id or a (Lishui or Sichuan) county name; LedgerError when unknown."""
    with db.sessions() as session:
        if session.get(Place, text) is not None:
            return text
        place = find_place(session, text)
    if place is None:
        raise LedgerError(QT_TRANSLATE_NOOP("Ledgers", "There is no county or unit called %1."), text)
    return place.id


def _conditions(spec: LedgerSpec, f: Filters) -> list[Any]:
    model = spec.model
    where: list[Any] = [model.deleted.is_(f.deleted)]
    where.extend(spec.extra_where())
    if f.parent_id is not None and spec.parent:
        where.append(getattr(model, spec.parent[0]) == f.parent_id)
    if f.search and spec.search:
        where.append(_search(spec, f.search))
    if f.county and spec.counties:
        where.append(or_(*(expr == f.county for expr in spec.counties)))
    if f.year and spec.year and f.records is None:  # a figure's records are exact as they are
        year = spec.year
        first, last = dt.date(f.year, 1, 1), dt.date(f.year, 12, 31)
        if year.integer:
            where.append(year.start == f.year)
        elif year.end is not None:  # on post at some time in the year
            where.append(and_(year.start <= last, or_(year.end.is_(None), year.end >= first)))
        else:
            where.append(and_(year.start >= first, year.start <= last))
    if f.category and spec.category:
        where.append(spec.category.expr == f.category)
    if f.status and spec.status:
        where.append(spec.status.expr == f.status)
    if f.poor is not None and spec.person:
        where.append(Person.poor_household.is_(bool(f.poor)))
    if f.records is not None:
        if spec.kind == "persons":  # the people of the records (trainees counted once each)
            where.append(model.id.in_(select(Enrolment.person_id).where(Enrolment.id.in_(f.records))))
        else:
            where.append(model.id.in_(f.records))
    return where


class _RowKey(ColumnElement[Any]):
    """A person's row key: SQLite's rowid (its covering indexes end in it), the primary key
    on PostgreSQL (which has no rowid)."""

    inherit_cache = True
    type = Integer()


class _PersonsRowKey(_RowKey):
    inherit_cache = True


@compiles(_RowKey)
def _rowid(element: Any, compiler: Any, **kw: Any) -> str:
    return "persons.rowid" if isinstance(element, _PersonsRowKey) else "rowid"


@compiles(_RowKey, "postgresql")
def _primary_key(element: Any, compiler: Any, **kw: Any) -> str:
    return "persons.id" if isinstance(element, _PersonsRowKey) else "id"


def _search(spec: LedgerSpec, text: str) -> Any:
    """Search text in the ledger's columns. People are searched first, in one pass over a
    covering index (digits: the ID index, for an ID tail; else name and village), and their
    records found by person_id: far cheaper than joining every row to test it."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def likes(exprs: Any) -> Any:
        return or_(*(expr.like(pattern, escape="\\") for expr in exprs))

    if spec.kind != "persons" and not spec.person:
        return likes(spec.search)
    columns = (Person.id_number,) if ID_TAIL.fullmatch(text) else PERSON_SEARCH
    rowids: Select[Any] = select(_RowKey()).select_from(Person.__table__).where(likes(columns)).correlate(None)
    if spec.kind == "persons":
        return _PersonsRowKey().in_(rowids)
    people = select(Person.id).where(_PersonsRowKey().in_(rowids)).correlate(None)
    model = spec.model
    by_person = select(model.id).where(model.person_id.in_(people)).correlate(None)
    joins = spec.search_joins or spec.joins
    own = joins(select(model.id).select_from(model)).where(likes(spec.search)).correlate(None)
    # UNION ALL: IN needs no de-duplication, and a plain UNION lets newer SQLite (SQLCipher's
    # 3.5x) merge both sides in id order through the id index, a random walk over the table
    return model.id.in_(union_all(by_person, own))


def _order(spec: LedgerSpec, sort: str | None, descending: bool) -> list[Any]:
    key, desc = (sort, descending) if sort else spec.sort
    order = []
    if key:
        expr = spec.column(key).expr
        order.append(expr.desc() if desc else expr.asc())
    return [*order, spec.model.id]  # id breaks ties, so pages never overlap


def build_select(spec: LedgerSpec, f: Filters, sort: str | None = None, descending: bool = False) -> Select[Any]:
    """SELECT id, <columns> FROM the ledger with its joins, filters and order (id breaks ties)."""
    model = spec.model
    query = select(model.id, *(c.expr.label(c.key) for c in spec.columns)).select_from(model)
    return spec.joins(query).where(*_conditions(spec, f)).order_by(*_order(spec, sort, descending))


def page_ids(spec: LedgerSpec, f: Filters, sort: str | None, descending: bool, offset: int, limit: int) -> Select[Any]:
    """The ids of one page: only the tables the filter and order need (unused LEFT JOINs drop out)."""
    key = sort or spec.sort[0]
    person_first = bool(spec.person and key and spec.column(key).expr.table is Person.__table__)
    # a person ledger's search is a subquery of its own; any other search may need the joins
    conditions = _conditions(spec, replace(f, search="") if spec.person or spec.kind == "persons" else f)
    order = _order(spec, sort, descending)
    own = spec.model.__table__
    query = select(spec.model.id).select_from(spec.model)
    if person_first:
        query = spec.joins(query, person_first=True)
    elif any(t is not own for e in (*conditions, *order) for t in find_tables(e, check_columns=True, include_aliases=True)):
        query = spec.joins(query)
    if f.search and spec.search and (spec.person or spec.kind == "persons"):
        conditions.append(_search(spec, f.search))
    return query.where(*conditions).order_by(*order).offset(offset).limit(limit)


def fetch_page(
    db: Database,
    kind: str,
    f: Filters,
    sort: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[tuple[Any, ...]]:
    """One page of rows: (id, value of each column...). The page's ids are found first on the
    narrowest query, then only those rows are joined for display (a "late row lookup")."""
    spec = spec_for(kind)
    with _reader(db) as conn:
        ids = list(conn.execute(page_ids(spec, f, sort, descending, offset, limit)).scalars())
        if not ids:
            return []
        query = select(spec.model.id, *(c.expr.label(c.key) for c in spec.columns)).select_from(spec.model)
        query = spec.joins(query).where(spec.model.id.in_(ids)).order_by(*_order(spec, sort, descending))
        return [tuple(row) for row in conn.execute(query)]


def _reader(db: Database) -> Any:
    """A read connection with the file memory-mapped and a larger page cache: a 200k-row scan
    then reads memory instead of making a system call per page. An encrypted file cannot be
    memory-mapped: its page cache holds the decrypted pages instead, so it is larger."""
    conn = db.engine.connect()
    if conn.dialect.name == "sqlite":  # a server store caches on the server
        conn.exec_driver_sql(f"PRAGMA mmap_size={MMAP_BYTES}")
        conn.exec_driver_sql(f"PRAGMA cache_size=-{cipher.READ_CACHE_KIB if db.encrypted else CACHE_KIB}")
    return conn


def count(db: Database, kind: str, f: Filters) -> int:
    spec = spec_for(kind)
    query = spec.joins(select(func.count()).select_from(spec.model)).where(*_conditions(spec, f))
    with _reader(db) as conn:
        return int(conn.execute(query).scalar() or 0)


def fetch_all(db: Database, kind: str, f: Filters) -> list[dict[str, Any]]:
    """Every matching row as {key: value} (CLI list, exports)."""
    spec = spec_for(kind)
    with _reader(db) as conn:
        rows = conn.execute(build_select(spec, f))
        return [{"id": row[0], **{c.key: v for c, v in zip(spec.columns, row[1:], strict=True)}} for row in rows]


def places(db: Database, side: str = "") -> list[tuple[str, str]]:
    """(id, name) of live counties and city-level units offered for new records (not retired),
    Lishui first, in code order."""
    query = select(Place.id, Place.name, Place.side).where(
        Place.deleted.is_(False), Place.level.in_(("county", "city")), Place.retired_on.is_(None)
    )
    if side:
        query = query.where(Place.side == side)
    with db.engine.connect() as conn:
        rows = conn.execute(query.order_by(Place.side, Place.level, Place.code)).all()
    return [(r[0], r[1]) for r in rows]


def distinct_values(db: Database, kind: str, field_name: str, limit: int = 2000) -> list[str]:
    """Values typed before in a free-text field, most frequent first (for completion)."""
    spec = spec_for(kind)
    item = spec.field_named(field_name)
    table = Person if item.is_person else spec.model
    column = getattr(table, item.attr)
    query = (
        select(column)
        .where(column.is_not(None), column != "", table.deleted.is_(False))
        .group_by(column)
        .order_by(func.count().desc())
        .limit(limit)
    )
    with db.engine.connect() as conn:
        return [str(v) for v in conn.execute(query).scalars()]


def place_names(session: Session) -> dict[str, str]:
    return {p.id: p.name for p in session.scalars(select(Place))}


def with_parent(f: Filters, parent_id: str | None) -> Filters:
    return replace(f, parent_id=parent_id)
