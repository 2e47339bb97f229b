"""How spreadsheet columns map onto records, and which records of the database a row matches.

Matching (re-import updates instead of duplicating, excel/matching.py): a row with a 记录编号 is
that record (or the record it was merged into); else the ledger's natural key decides: a trainee
is the same person in the same session (category, organiser, start date, normalised title); a
placement the same person, employer and start month; a pairing the same level and places (a row
starting later than the stored pairing is its renewal, a new period); a
cadre the same name, post and start date; funds the same Sichuan county and year. A person is
the same by resident ID, else by name.

Stored rows are read with Core into plain `Stored` rows and written back in bulk
(`write_rows`), inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lishui_desktop.db.models import (
    Enrolment,
    Fund,
    MergedRecord,
    Pairing,
    Person,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain import natural_keys as nk
from lishui_desktop.domain.ids import new_id
from lishui_desktop.excel.matching import RECORD_ID, Key, stored_keys, stored_session_key

# record attribute -> column key, per kind (person attributes separately)
PERSON_ATTRS = {
    "name": "name",
    "gender": "gender",
    "id_number": "id_number",
    "phone": "phone",
    "county_id": "county",
    "town": "town",
    "village": "village",
    "poor_household": "poor_household",
}
SESSION_ATTRS = {
    "title": "title",
    "category": "category",
    "organiser_id": "organiser",
    "partner_county_id": "partner_county",
    "start_date": "start_date",
    "end_date": "end_date",
    "place": "place",
    "hours": "hours",
}
ATTRS: dict[str, dict[str, str]] = {
    "trainees": {"category": "person_category", "role": "role", "notes": "notes"},
    "placements": {
        a: a
        for a in ("employer", "credit_code", "work_place", "industry", "job", "start_date", "end_date",
                  "monthly_wage_fen", "contract", "channel", "notes")
    } | {"responsible_id": "responsible"},
    "pairings": {
        a: a for a in ("level", "lishui_party", "sichuan_party", "start_date", "end_date", "status", "agreement", "notes")
    } | {"lishui_unit_id": "lishui_unit", "sichuan_county_id": "sichuan_county"},
    "cadres": {
        a: a for a in ("name", "gender", "phone", "level", "home_unit", "post", "start_date", "end_date", "notes")
    } | {"lishui_unit_id": "lishui_unit", "county_id": "county"},
    "funds": {
        a: a for a in ("year", "allocated_fen", "allocated_date", "disbursed_fen", "disbursed_date", "notes")
    } | {"county_id": "county", "lishui_unit_id": "lishui_unit"},
}
MODELS: dict[str, Any] = {
    "trainees": Enrolment,
    "placements": Placement,
    "pairings": Pairing,
    "cadres": Secondment,
    "funds": Fund,
}
CHUNK = 900  # parameters of one IN (...)
WRITE_BATCH = 2000  # rows of one executemany (progress between them)
WRITE_CACHE_KIB = 64 * 1024  # page cache while an import writes


def changes(row: Any, attrs: dict[str, str], values: dict[str, Any]) -> dict[str, Any]:
    """The attributes a row's values would change; empty cells never erase what is stored, and
    text equal under the shared normaliser (（第1期） and (第1期)) is no change."""
    found = {}
    for attr, key in attrs.items():
        value = values.get(key)
        if value is not None and value != "" and not nk.same_text(getattr(row, attr), value):
            found[attr] = value
    return found


def chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Stored:
    """One row as plain attributes (read with Core, no ORM identity map).

    A stored row remembers the attributes set on it (its changes, for one bulk UPDATE); a new
    row (`new=True`) is inserted with the values it has in the end.
    """

    def __init__(self, table: Table, values: Mapping[str, Any], new: bool = False) -> None:
        self.__dict__.update(values)
        self.__dict__["_table"], self.__dict__["_new"], self.__dict__["_dirty"] = table, new, {}

    def __getattr__(self, name: str) -> Any:  # every column is set in __init__
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.__dict__[name] = value
        if not self._new:
            self._dirty[name] = value

    def columns(self) -> dict[str, Any]:
        return {c.key: self.__dict__[c.key] for c in self._table.columns}


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


@cache
def _blank(table: Table) -> dict[str, Any]:
    """Every column of `table` with its scalar default, else None."""
    row: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        row[column.key] = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
    return row


def new_row(model: Any, values: Mapping[str, Any], now: str) -> Stored:
    """A new row of `model`'s table: `values`, the columns' scalar defaults, None elsewhere."""
    table = _table(model)
    row = {**_blank(table), "created_at": now, "updated_at": now, **values}
    if row["id"] is None:
        row["id"] = new_id()
    return Stored(table, row, new=True)


@contextmanager
def _page_cache(conn: Connection, kib: int = WRITE_CACHE_KIB) -> Iterator[None]:
    """A larger page cache on this connection while rows are written, then the one it had.

    Capture appends an op for every written field and indexes it by row: with SQLite's default
    2 MB cache those index pages are read and written back again and again."""
    if conn.dialect.name != "sqlite":  # a server store caches on the server
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        with suppress(DBAPIError):  # the connection may be failing already: keep its error
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or 0)}")


class RowWriter(Protocol):
    """How rows reach the database in the caller's transaction: the import passes sync's change
    capture (which writes and captures each batch; excel/ knows nothing of sync)."""

    def insert(self, conn: Connection, table: str, rows: list[Mapping[str, Any]]) -> Any: ...

    def update(self, conn: Connection, table: str, changes: list[tuple[str, Mapping[str, Any]]]) -> Any: ...


def write_rows(session: Session, new: Iterable[Stored], stored: Iterable[Stored], writer: RowWriter) -> Iterator[int]:
    """New rows inserted and stored rows updated, table by table in batches on the session's
    connection through `writer`. Yields how many rows each batch wrote."""
    conn = session.connection()
    inserts: dict[Table, list[Stored]] = {}
    for row in new:
        inserts.setdefault(row._table, []).append(row)
    updates: dict[tuple[Table, tuple[str, ...]], list[tuple[str, Mapping[str, Any]]]] = {}
    for row in stored:
        if row._dirty:
            updates.setdefault((row._table, tuple(sorted(row._dirty))), []).append((row.id, row._dirty))
    with _page_cache(conn):
        for table, rows in inserts.items():  # in the order given: rows pointed at come first
            for batch in chunks(rows, WRITE_BATCH):
                writer.insert(conn, table.name, [row.__dict__ for row in batch])
                yield len(batch)
        for (table, _attrs), changes_of in updates.items():
            for part in chunks(changes_of, WRITE_BATCH):
                writer.update(conn, table.name, part)
                yield len(part)


def _stored(table: Table, columns: list[Any], row: Any, start: int = 0) -> Stored:
    return Stored(table, {c.key: row[start + i] for i, c in enumerate(columns)})


@dataclass
class Existing:
    """Live records the rows of a file may match, loaded in a few queries; each stored row is
    one `Stored` object however many keys find it."""

    persons: dict[str, Stored] = field(default_factory=dict)  # by row id
    sessions: dict[Key, Stored] = field(default_factory=dict)  # by natural key
    sessions_by_id: dict[str, Stored] = field(default_factory=dict)
    records: dict[Key, Stored] = field(default_factory=dict)  # by natural key
    by_id: dict[str, Stored] = field(default_factory=dict)  # by the 记录编号 a file gives
    _rows: dict[tuple[str, str], Stored] = field(default_factory=dict)

    def adopt(self, row: Stored) -> Stored:
        """The one object for this stored row (the first one read)."""
        return self._rows.setdefault((row._table.name, row.id), row)

    def rows(self) -> list[Stored]:
        """Every stored row once."""
        return list(self._rows.values())


def _joined(session: Session, model: Any, key: Any, batch: list[Any]) -> Iterator[tuple[Stored, Stored]]:
    """Live rows of `model` whose `key` column is in `batch`, each with its person."""
    table, people = _table(model), _table(Person)
    cols, person_cols = list(table.columns), list(people.columns)
    query = select(*cols, *person_cols).join(people, people.c.id == table.c.person_id)
    query = query.where(key.in_(batch), table.c.deleted.is_(False))
    for row in session.execute(query):
        yield _stored(table, cols, row), _stored(people, person_cols, row, len(cols))


def survivors(session: Session, ids: set[str]) -> dict[str, str]:
    """Record id -> the id of the record it was merged into (chains followed), for ids that
    were merged away: an export made before a merge still updates the record kept."""
    pointers = _table(MergedRecord)
    found: dict[str, str] = {}
    wanted = set(ids)
    for _step in range(16):
        if not wanted:
            break
        step: dict[str, str] = {}
        for batch in chunks(wanted):
            query = select(pointers.c.id, pointers.c.survivor_id).where(
                pointers.c.id.in_(batch), pointers.c.deleted.is_(False))
            step.update({row.id: row.survivor_id for row in session.execute(query) if row.survivor_id})
        for merged, survivor in step.items():
            found.setdefault(merged, survivor)
            for origin, current in list(found.items()):
                if current == merged:
                    found[origin] = survivor
        wanted = set(step.values()) - set(found)
    return found


def load_existing(session: Session, kind: str, rows: list[dict[str, Any]], person_ids: dict[str, str]) -> Existing:
    """Every live record one of `rows` might match: by its 记录编号, else by its natural key;
    `person_ids` maps resident ID to person row id."""
    found = Existing()
    people = _table(Person)
    person_cols = list(people.columns)
    model = MODELS[kind]
    table = _table(model)
    cols = list(table.columns)
    given = {r[RECORD_ID] for r in rows if r.get(RECORD_ID)}
    moved = survivors(session, given)
    targets: dict[str, list[str]] = {}
    for record_id in given:
        targets.setdefault(moved.get(record_id, record_id), []).append(record_id)

    def person_of(row: Stored) -> Stored:
        return found.persons.setdefault(row.id, found.adopt(row))

    for batch in chunks(set(person_ids.values())):
        for row in session.execute(select(*person_cols).where(people.c.id.in_(batch))):
            person_of(_stored(people, person_cols, row))
    for batch in chunks(targets):
        if kind in ("trainees", "placements"):
            for item, person in _joined(session, model, table.c.id, batch):
                person_of(person)
                for record_id in targets[item.id]:
                    found.by_id[record_id] = found.adopt(item)
        else:
            for row in session.execute(select(*cols).where(table.c.id.in_(batch), table.c.deleted.is_(False))):
                item = found.adopt(_stored(table, cols, row))
                for record_id in targets[item.id]:
                    found.by_id[record_id] = item
    if kind == "trainees":
        _load_sessions(session, found, rows)
        for batch in chunks(list(found.sessions_by_id)):
            for item, person in _joined(session, Enrolment, _table(Enrolment).c.session_id, batch):
                item = found.adopt(item)
                for key in stored_keys(kind, item, person_of(person)):
                    found.records.setdefault(key, item)
    elif kind == "placements":
        names = {r["name"] for r in rows if not r.get("id_number") and r.get("name")}
        for batch in chunks(names):
            query = select(*person_cols).where(people.c.name.in_(batch), people.c.deleted.is_(False))
            for row in session.execute(query):
                person_of(_stored(people, person_cols, row))
        for batch in chunks(list(found.persons)):
            for item, person in _joined(session, Placement, _table(Placement).c.person_id, batch):
                item = found.adopt(item)
                for key in stored_keys(kind, item, person_of(person)):
                    found.records.setdefault(key, item)
    else:
        for row in session.execute(select(*cols).where(table.c.deleted.is_(False)).order_by(table.c.id)):
            item = found.adopt(_stored(table, cols, row))
            for key in stored_keys(kind, item):
                found.records.setdefault(key, item)
    return found


def _load_sessions(session: Session, found: Existing, rows: list[dict[str, Any]]) -> None:
    """Sessions the file's session groups may be: those of the enrolments it names, and those
    starting on the file's start dates (matched by natural key)."""
    sessions = _table(TrainingSession)
    session_cols = list(sessions.columns)
    wanted = {item.session_id for item in found.by_id.values()}
    for batch in chunks(wanted):
        query = select(*session_cols).where(sessions.c.id.in_(batch), sessions.c.deleted.is_(False))
        for row in session.execute(query):
            item = found.adopt(_stored(sessions, session_cols, row))
            found.sessions_by_id[item.id] = item
    for batch in chunks({r["start_date"] for r in rows if r.get("start_date")}):
        query = select(*session_cols).where(sessions.c.start_date.in_(batch), sessions.c.deleted.is_(False))
        for row in session.execute(query.order_by(sessions.c.id)):
            item = found.adopt(_stored(sessions, session_cols, row))
            found.sessions_by_id[item.id] = item
            key = stored_session_key(item)
            if key is not None:
                found.sessions.setdefault(key, item)


def record_values(kind: str, item: Any, person: Person | None = None, session: TrainingSession | None = None) -> dict[str, Any]:
    """A stored record as column values (the inverse of ATTRS) with its id (记录编号), for exports."""
    values = {key: getattr(item, attr) for attr, key in ATTRS[kind].items()}
    values[RECORD_ID] = item.id
    if person is not None:
        values |= {key: getattr(person, attr) for attr, key in PERSON_ATTRS.items()}
    if session is not None:
        values |= {key: getattr(session, attr) for attr, key in SESSION_ATTRS.items()}
    return values
